"""Finds the translatable strings in templates and code that a language's catalogue lacks.

Used by the test suite (a missing string fails it) and by developers:
`python -m server.catalogue_check` lists what is missing per language.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.extract import extract_from_dir

from server.i18n import merged_catalog

SERVER_DIR = Path(__file__).parent
MODERATION_DIR = SERVER_DIR.parent / "moderation"
METHODS = [
    ("**/migrations/**", "ignore"),
    ("**.py", "python"),
    ("templates/**.html", "jinja2"),
]
KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2), "N_": None}
OPTIONS = {"templates/**.html": {"extensions": "jinja2.ext.i18n", "newstyle_gettext": "true"}}


def extracted_messages() -> dict[str, str]:
    """Every msgid (the singular for plurals) with the first place it appears."""
    found: dict[str, str] = {}
    # moderation/ raises service messages too; they are shown in the reader's language.
    for folder in (SERVER_DIR, MODERATION_DIR):
        for filename, lineno, message, _comments, _context in extract_from_dir(
            str(folder), METHODS, options_map=OPTIONS, keywords=KEYWORDS
        ):
            msgid = message[0] if isinstance(message, tuple) else message
            if msgid:
                found.setdefault(msgid, f"{folder.name}/{filename}:{lineno}")
    return found


def missing(language: str) -> dict[str, str]:
    catalog = merged_catalog(language)
    return {msgid: where for msgid, where in extracted_messages().items() if msgid not in catalog}


def main() -> int:
    status = 0
    for language in sys.argv[1:] or ["nl"]:
        for msgid, where in sorted(missing(language).items(), key=lambda kv: kv[1]):
            print(f"{language}\t{where}\t{msgid!r}")
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
