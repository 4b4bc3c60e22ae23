"""What a shared file is, decided from its bytes: a name or a browser's claim proves nothing.

Only the kinds a group can show are accepted: PDF, CSV, GeoJSON and PNG/JPEG/WebP images.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass

from server.models.files import FileKind
from server.services.errors import N_

GEOJSON_TYPES = frozenset(
    {
        "FeatureCollection", "Feature", "Point", "MultiPoint", "LineString", "MultiLineString",
        "Polygon", "MultiPolygon", "GeometryCollection",
    }
)  # fmt: skip
# Enough text to judge the delimiter and the columns without reading a big file twice.
CSV_SAMPLE = 64 * 1024


class Unrecognised(Exception):
    """The bytes are not a kind of file we accept; `message` is a gettext msgid."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class Sniffed:
    kind: FileKind
    media_type: str
    extension: str


_IMAGES = (
    (b"\x89PNG\r\n\x1a\n", "image/png", "png"),
    (b"\xff\xd8\xff", "image/jpeg", "jpg"),
)


def sniff(data: bytes) -> Sniffed:
    if data.startswith(b"%PDF-"):
        return Sniffed(FileKind.PDF, "application/pdf", "pdf")
    for magic, media_type, extension in _IMAGES:
        if data.startswith(magic):
            return Sniffed(FileKind.IMAGE, media_type, extension)
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return Sniffed(FileKind.IMAGE, "image/webp", "webp")
    text = _as_text(data)
    if text is None:
        raise Unrecognised(N_("This type of file cannot be shared here."))
    stripped = text.lstrip()
    if stripped.startswith(("{", "[")):
        if _is_geojson(text):
            return Sniffed(FileKind.GEOJSON, "application/geo+json", "geojson")
        raise Unrecognised(N_("This JSON file is not GeoJSON."))
    if _is_csv(text):
        return Sniffed(FileKind.CSV, "text/csv", "csv")
    raise Unrecognised(N_("This type of file cannot be shared here."))


def _as_text(data: bytes) -> str | None:
    if b"\x00" in data[:CSV_SAMPLE]:
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None


def _is_geojson(text: str) -> bool:
    try:
        document = json.loads(text)
    except (ValueError, RecursionError):
        return False
    return isinstance(document, dict) and document.get("type") in GEOJSON_TYPES


def _is_csv(text: str) -> bool:
    sample = text[:CSV_SAMPLE]
    lines = [line for line in sample.splitlines()[:50] if line.strip()]
    if len(sample) >= CSV_SAMPLE and len(lines) > 1:
        lines = lines[:-1]  # the sample may cut the last line in half
    if len(lines) < 2:
        return False
    header = lines[0]
    delimiter = ";" if header.count(";") >= header.count(",") else ","
    if header.count(delimiter) == 0:
        return False
    widths = {len(row) for row in csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter)}
    # Quoted cells may hold the delimiter; every row must still have the header's width.
    return len(widths) == 1
