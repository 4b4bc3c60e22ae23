"""Previews of shared files, made once at upload and kept as JSON beside the attachment.

`make_preview` raises only `sniff.Unrecognised`, for a file that is not valid for its kind
(broken GeoJSON, a PDF nobody can read): the upload is then refused. Anything else that goes
wrong while previewing costs the preview, never the upload.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from server.files import sniff
from server.files.previews import csv_table, geojson_shapes, pdf_info
from server.models.files import FileKind
from server.services.errors import N_

log = logging.getLogger(__name__)

_BUILDERS: dict[FileKind, Callable[[bytes], dict[str, Any]]] = {
    FileKind.CSV: csv_table.preview,
    FileKind.GEOJSON: geojson_shapes.preview,
    FileKind.PDF: pdf_info.preview,
}


def make_preview(kind: FileKind, data: bytes) -> dict[str, Any] | None:
    builder = _BUILDERS.get(kind)
    if builder is None:
        return None  # images have their thumbnail
    try:
        return builder(data)
    except sniff.Unrecognised:
        raise
    except Exception:  # a bug or an input we did not foresee must not lose the upload
        log.exception("no preview for a %s file", kind)
        return {"type": kind.value, "error": N_("No preview could be made of this file.")}
