"""What a shared file is, from its bytes; images come out clean or are refused."""

from __future__ import annotations

import io
import json

import pytest
from PIL import Image

from server.files import images, sniff
from server.models import FileKind

GPS_TAG = 0x8825


def png(width: int = 8, height: int = 6, colour: str = "green") -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, format="PNG")
    return out.getvalue()


def jpeg_with_gps() -> bytes:
    image = Image.new("RGB", (40, 30), "blue")
    exif = Image.Exif()
    exif[0x010F] = "Telefoonmaker"  # Make
    exif[GPS_TAG] = {1: "N", 2: (52.0, 5.0, 0.0), 3: "E", 4: (5.0, 40.0, 0.0)}
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif)
    return out.getvalue()


def test_pdf_png_jpeg_webp_by_magic_not_name() -> None:
    assert sniff.sniff(b"%PDF-1.7\n...").kind is FileKind.PDF
    assert sniff.sniff(png()).media_type == "image/png"
    assert sniff.sniff(jpeg_with_gps()).media_type == "image/jpeg"
    out = io.BytesIO()
    Image.new("RGB", (4, 4)).save(out, format="WEBP")
    assert sniff.sniff(out.getvalue()).media_type == "image/webp"


def test_geojson_and_csv_recognised() -> None:
    geo = {"type": "FeatureCollection", "features": []}
    assert sniff.sniff(json.dumps(geo).encode()).kind is FileKind.GEOJSON
    csv_semicolon = b"perceel;stikstof\nA1;3,14\nB2;2,5\n"
    assert sniff.sniff(csv_semicolon).kind is FileKind.CSV
    csv_bom = "\ufeffnaam,waarde\nx,1\ny,2\n".encode()
    assert sniff.sniff(csv_bom).kind is FileKind.CSV


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"this is not a pdf at all, just words", "not csv: one column"),
        (b"\x00\x01\x02binary junk;with;semicolons\n1;2;3\n", "NUL bytes"),
        (b"a;b;c\n1;2\n3\n", "rows of different widths"),
        (json.dumps({"hello": "world"}).encode(), "JSON that is not GeoJSON"),
        (b"\xff\xfe\xfa not utf-8 \x80\x81", "not text"),
        (b"PK\x03\x04zipfile", "a zip"),
    ],
)
def test_other_bytes_are_refused(data: bytes, why: str) -> None:
    with pytest.raises(sniff.Unrecognised):
        sniff.sniff(data)


def test_clean_image_drops_exif_and_gps() -> None:
    original = jpeg_with_gps()
    assert Image.open(io.BytesIO(original)).getexif().get(GPS_TAG)
    cleaned = images.clean(original, "image/jpeg")
    reread = Image.open(io.BytesIO(cleaned.data))
    assert reread.format == "JPEG"
    assert not reread.getexif()
    assert (cleaned.width, cleaned.height) == (40, 30)
    thumb = Image.open(io.BytesIO(cleaned.thumbnail))
    assert thumb.format == "WEBP"
    assert max(thumb.size) <= images.THUMBNAIL_SIZE[0]


def test_decompression_bomb_is_refused() -> None:
    # An all-black PNG compresses to almost nothing but claims 100 million pixels.
    out = io.BytesIO()
    Image.new("1", (10_000, 10_000)).save(out, format="PNG")
    bomb = out.getvalue()
    assert len(bomb) < 200_000
    with pytest.raises(images.BadImage, match="too many pixels"):
        images.clean(bomb, "image/png")


def test_truncated_image_is_refused() -> None:
    data = png(200, 200, "red")
    with pytest.raises(images.BadImage):
        images.clean(data[: len(data) // 2], "image/png")


def test_image_claiming_another_format_is_refused() -> None:
    with pytest.raises(images.BadImage):
        images.clean(png(), "image/jpeg")
