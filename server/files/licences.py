"""The licences a person can choose for a file they share (shown beside every download)."""

from __future__ import annotations

from server.services.errors import N_

DEFAULT = "cc-by-4.0"
# key → (label msgid, address of the licence text or "")
LICENCES: dict[str, tuple[str, str]] = {
    "cc-by-4.0": (
        N_("CC BY 4.0: free to use, name the maker"),
        "https://creativecommons.org/licenses/by/4.0/",
    ),
    "cc-by-sa-4.0": (
        N_("CC BY-SA 4.0: free to use, name the maker, share under the same licence"),
        "https://creativecommons.org/licenses/by-sa/4.0/",
    ),
    "cc0-1.0": (
        N_("CC0 1.0: free to use, no conditions"),
        "https://creativecommons.org/publicdomain/zero/1.0/",
    ),
    "all-rights-reserved": (N_("All rights reserved: ask the maker before you reuse it"), ""),
}
