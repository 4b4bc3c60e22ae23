"""Previews of shared files: tables, maps and PDF facts, and the files refused as invalid."""

from __future__ import annotations

import io
import json
import re
from typing import Any

import pytest
from pypdf import PdfWriter

from server.files import previews, sniff
from server.files.previews import make_preview
from server.models import FileKind


def test_windows_1252_and_ragged_csv_are_accepted_prose_and_binary_not() -> None:
    assert sniff.sniff("naam;plaats\nRené;Ede\nZoë;Epe\n".encode("cp1252")).kind is FileKind.CSV
    ragged = b"a;b;c\n1;2;3\n4;5\n6;7;8\n9;10;11\n"
    assert sniff.sniff(ragged).kind is FileKind.CSV
    unclosed = b'a;b;c\n1;"2;3\n4;5;6\n7;8;9\n'
    assert sniff.sniff(unclosed).kind is FileKind.CSV
    prose = (
        b"Dit is een verhaal, met komma's.\nHet gaat over water, land en lucht.\n"
        b"Zo, dat was het, dan.\n"
    )
    with pytest.raises(sniff.Unrecognised):
        sniff.sniff(prose)
    with pytest.raises(sniff.Unrecognised):
        sniff.sniff(bytes(range(1, 256)) * 40)


def csv_preview(data: bytes) -> dict[str, Any]:
    result = make_preview(FileKind.CSV, data)
    assert result is not None
    return result


def test_semicolons_and_decimal_commas_give_a_numeric_summary() -> None:
    data = b"perceel;stikstof;datum\nA1;1.234,56;2026-01-05\nB2;12,5;2026-02-01\nC3;;2026-03-01\n"
    result = csv_preview(data)
    assert result["delimiter"] == ";" and result["headers"] == ["perceel", "stikstof", "datum"]
    assert result["rows"][0] == ["A1", "1.234,56", "2026-01-05"] and result["total_rows"] == 3
    name, amount, day = result["columns"]
    assert name["type"] == "text" and day["type"] == "date"
    assert amount["type"] == "number" and amount["empty"] == 1
    assert amount["min"] == 12.5 and amount["max"] == 1234.56
    assert amount["mean"] == pytest.approx((1234.56 + 12.5) / 2)
    assert result["messages"] == [] and not result["encoding_guessed"]


def test_comma_delimiter_reads_points_as_decimals() -> None:
    result = csv_preview(b"name,value\nx,1.5\ny,2.5\n")
    assert result["delimiter"] == ","
    assert (result["columns"][1]["min"], result["columns"][1]["mean"]) == (1.5, 2.0)


def test_windows_1252_is_decoded_and_flagged_as_guessed() -> None:
    result = csv_preview("naam;plaats\nRené;Ede\n".encode("cp1252"))
    assert result["rows"] == [["René", "Ede"]]
    assert result["encoding_guessed"] and result["encoding"] == "Windows-1252"
    assert any("UTF-8" in message for message in result["messages"])


def test_broken_quoting_still_shows_rows_with_a_message() -> None:
    result = csv_preview(b'a;b;c\n1;"2;3\n4;5;6\n7;8\n')
    assert ["4", "5", "6"] in result["rows"] and ["7", "8"] in result["rows"]
    assert any("quotation marks" in message for message in result["messages"])
    assert any("different number of columns" in message for message in result["messages"])


def test_long_file_keeps_100_rows_and_counts_all() -> None:
    data = b"n;x\n" + b"".join(b"%d;%d\n" % (n, n) for n in range(250))
    result = csv_preview(data)
    assert len(result["rows"]) == 100 and result["total_rows"] == 250
    assert result["columns"][1]["max"] == 249.0


def geojson(document: object) -> bytes:
    return json.dumps(document).encode()


SQUARE = [[[5.6, 52.0], [5.7, 52.0], [5.7, 52.1], [5.6, 52.1], [5.6, 52.0]]]
VALID = {
    "type": "FeatureCollection",
    "features": [
        {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": SQUARE},
         "properties": {"naam": "<b>Perceel</b>", "ha": 12}},
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [5.65, 52.05]},
         "properties": {"naam": "Put"}},
        {"type": "Feature", "geometry": {"type": "LineString",
                                         "coordinates": [[5.6, 52.0], [5.7, 52.1]]},
         "properties": None},
    ],
}  # fmt: skip


def test_valid_feature_collection_gives_a_map_and_a_table() -> None:
    result = make_preview(FileKind.GEOJSON, geojson(VALID))
    assert result is not None and result["total_features"] == 3
    assert result["map"]["viewbox"] == "0 0 600 400"
    body = result["map"]["body"]
    assert body.count("<path") == 2 and body.count("<circle") == 1
    assert "Perceel" not in body and "<b>" not in body  # only numbers reach the markup
    assert re.fullmatch(r'(<path class="\w+" d="[MLZ0-9. ]+"/>|<circle [a-z0-9=". ]+/>)+', body)
    assert result["columns"] == ["naam", "ha"]
    assert result["features"][0] == {"geometry": "Polygon", "values": ["<b>Perceel</b>", "12"]}


def _feature(geometry: object) -> dict[str, object]:
    return {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [5, 52]},
         "properties": {}},
        {"type": "Feature", "geometry": geometry, "properties": {}},
    ]}  # fmt: skip


def _nested(depth: int) -> dict[str, object]:
    geometry: dict[str, object] = {"type": "Point", "coordinates": [5, 52]}
    for _ in range(depth):
        geometry = {"type": "GeometryCollection", "geometries": [geometry]}
    return geometry


def test_geometry_collection_is_drawn() -> None:
    result = make_preview(FileKind.GEOJSON, geojson(_feature(_nested(2))))
    assert result is not None and result["map"]["body"].count("<circle") == 2


@pytest.mark.parametrize(
    ("document", "message"),
    [
        (_feature({"type": "Point", "coordinates": [5.0, 95.0]}), "latitude outside -90 to 90"),
        (_feature({"type": "Point", "coordinates": [190.0, 52.0]}), "longitude outside"),
        (_feature({"type": "Polygon", "coordinates": [SQUARE[0][:-1]]}), "not closed"),
        (_feature({"type": "Point", "coordinates": ["5", 52]}), "not a number"),
        (_feature({"type": "Circle", "coordinates": [5, 52]}), "unknown type"),
        ({"type": "Kaart", "features": []}, "not GeoJSON"),
        (_feature(_nested(6)), "nested too deeply"),
    ],
)
def test_invalid_geojson_is_refused_naming_the_problem(document: object, message: str) -> None:
    with pytest.raises(sniff.Unrecognised) as refused:
        make_preview(FileKind.GEOJSON, geojson(document))
    assert message in refused.value.message
    if document.get("type") == "FeatureCollection":  # type: ignore[attr-defined]
        assert refused.value.params == {"n": 2}


def test_many_points_are_simplified_to_the_budget() -> None:
    line = [[5 + n / 100_000, 52 + n / 100_000] for n in range(50_000)]
    result = make_preview(FileKind.GEOJSON, geojson({"type": "LineString", "coordinates": line}))
    assert result is not None
    assert result["map"]["body"].count("L") <= 20_001
    assert result["messages"]


def pdf(title: str = "Rapport stikstof", pages: int = 3) -> bytes:
    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(200, 200)
    writer.add_metadata({"/Title": title})
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_pdf_pages_and_title_are_read() -> None:
    assert make_preview(FileKind.PDF, pdf()) == {
        "type": "pdf", "pages": 3, "title": "Rapport stikstof", "encrypted": False
    }  # fmt: skip


def test_pdf_locked_with_a_password_is_kept_and_said_to_be_locked() -> None:
    writer = PdfWriter()
    writer.add_blank_page(200, 200)
    writer.encrypt(user_password="geheim", owner_password="baas")
    out = io.BytesIO()
    writer.write(out)
    result = make_preview(FileKind.PDF, out.getvalue())
    assert result is not None and result["encrypted"] is True and result["pages"] is None


@pytest.mark.parametrize("data", [b"%PDF-1.7\n...", pdf()[:200], b"%PDF-1.4\n" + b"\x00" * 5000])
def test_damaged_pdf_is_refused(data: bytes) -> None:
    with pytest.raises(sniff.Unrecognised, match="damaged"):
        make_preview(FileKind.PDF, data)


def test_images_have_no_preview_and_a_failing_builder_costs_only_the_preview(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert make_preview(FileKind.IMAGE, b"\x89PNG") is None

    def broken(data: bytes) -> dict[str, Any]:
        raise ValueError("bug")

    monkeypatch.setitem(previews._BUILDERS, FileKind.CSV, broken)
    assert make_preview(FileKind.CSV, b"a;b\n1;2\n") == {
        "type": "csv", "error": "No preview could be made of this file."
    }  # fmt: skip
