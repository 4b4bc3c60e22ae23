"""What a shared file is, decided from its bytes: a name or a browser's claim proves nothing.

Only the kinds a group can show are accepted: PDF, CSV, GeoJSON and PNG/JPEG/WebP images.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass

from server.models.files import FileKind
from server.services.errors import N_

GEOJSON_TYPES = frozenset(
    {
        "FeatureCollection", "Feature", "Point", "MultiPoint", "LineString", "MultiLineString",
        "Polygon", "MultiPolygon", "GeometryCollection",
    }
)  # fmt: skip
UTF8, WINDOWS_1252, LATIN_1 = "UTF-8", "Windows-1252", "Latin-1"
DELIMITERS = (";", ",", "\t")
_CONTROLS = frozenset(chr(n) for n in [*range(32), *range(0x7F, 0xA0)]) - set("\t\r\n\f")
# Enough text to judge the delimiter and the columns without reading a big file twice.
CSV_SAMPLE = 64 * 1024


class Unrecognised(Exception):
    """The bytes are not a kind of file we accept, or not a valid one of its kind; `message` is
    a gettext msgid, `params` fill its placeholders."""

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message)
        self.message = message
        self.params = params


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
    decoded = decode_text(data)
    if decoded is None:
        raise Unrecognised(N_("This type of file cannot be shared here."))
    text, encoding = decoded
    stripped = text.lstrip()
    if stripped.startswith(("{", "[")):
        if encoding != UTF8:
            # RFC 7946 allows UTF-8 only; a guess at the letters would put wrong names on a map.
            raise Unrecognised(N_("This GeoJSON file is not in UTF-8."))
        if _is_geojson(text):
            return Sniffed(FileKind.GEOJSON, "application/geo+json", "geojson")
        raise Unrecognised(N_("This JSON file is not GeoJSON."))
    if _is_csv(text):
        return Sniffed(FileKind.CSV, "text/csv", "csv")
    raise Unrecognised(N_("This type of file cannot be shared here."))


def decode_text(data: bytes) -> tuple[str, str] | None:
    """The text and its encoding, or None for bytes that are not text.

    UTF-8 first (with or without the BOM Excel writes); otherwise Windows-1252, what Excel on
    a Dutch Windows saves as "CSV", and Latin-1 for the few bytes Windows-1252 leaves undefined."""
    if b"\x00" in data[:CSV_SAMPLE]:
        return None
    try:
        return data.decode("utf-8-sig"), UTF8
    except UnicodeDecodeError:
        pass
    try:
        text, encoding = data.decode("cp1252"), WINDOWS_1252
    except UnicodeDecodeError:
        text, encoding = data.decode("latin-1"), LATIN_1
    # Every byte is some Latin-1 letter, so binary decodes too: control characters give it away.
    sample = text[:CSV_SAMPLE]
    controls = sum(1 for char in sample if char in _CONTROLS)
    if controls * 100 > len(sample):
        return None
    return text, encoding


def guess_delimiter(header: str) -> str:
    """The most frequent of `;`, `,` and tab in the header line (`;` wins a tie: Dutch
    spreadsheets use it because the comma is their decimal sign)."""
    return max(DELIMITERS, key=header.count)


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
    delimiter = guess_delimiter(header)
    if header.count(delimiter) == 0:
        return False
    width = header.count(delimiter) + 1
    # Quoted cells may hold the delimiter or a line break, so read the lines as a whole; a
    # quotation mark left open swallows the rest of the file that way, so also line by line.
    # Most rows must have the header's width: a table with some ragged rows is still a table
    # (the preview says so), prose that happens to hold a comma is not.
    whole = _widths(csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter))
    by_line = [w for line in lines for w in _widths(csv.reader([line], delimiter=delimiter))]
    return any(2 * rows.count(width) > len(rows) for rows in (whole[1:], by_line[1:]) if rows)


def _widths(reader: Iterable[list[str]]) -> list[int]:
    try:
        return [len(row) for row in reader]
    except csv.Error:  # a cell over the csv module's size limit
        return []
