"""What a PDF is: its title, its number of pages and whether it is locked with a password."""

from __future__ import annotations

import io
import logging
from typing import Any

from pypdf import PdfReader

from server.files import sniff
from server.services.errors import N_

MAX_TITLE = 200


def preview(data: bytes) -> dict[str, Any]:
    # pypdf warns loudly about every small flaw of a real-world PDF; we only want the facts.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        # strict=False reads the damaged-but-usual PDFs that viewers open too.
        reader = PdfReader(io.BytesIO(data), strict=False)
    except Exception:  # pypdf raises many kinds; whichever it is, nobody can read this file
        raise sniff.Unrecognised(N_("This PDF file is damaged and cannot be read.")) from None
    encrypted = _safe(lambda: bool(reader.is_encrypted), False)
    if encrypted:
        # Many PDFs are locked only against editing, with an empty password for reading.
        _safe(lambda: reader.decrypt(""), None)
    pages = _safe(lambda: len(reader.pages), None)
    if pages is None and not encrypted:
        raise sniff.Unrecognised(N_("This PDF file is damaged and cannot be read."))
    title = _safe(lambda: reader.metadata.get("/Title") if reader.metadata else None, None)
    title = " ".join(str(title).split())[:MAX_TITLE] if title else ""
    return {"type": "pdf", "pages": pages, "title": title, "encrypted": encrypted}


def _safe(read: Any, default: Any) -> Any:
    try:
        return read()
    except Exception:  # a damaged part of the PDF costs that fact, not the preview
        return default
