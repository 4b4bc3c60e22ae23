"""Images are decoded and encoded again before they are kept: that drops EXIF, GPS position and
anything hidden after the image data, and proves the file really is the image it claims to be."""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

from server.services.errors import N_

# 40 megapixels covers any phone photo; a decompression bomb claims far more.
MAX_PIXELS = 40_000_000
THUMBNAIL_SIZE = (480, 480)
_FORMATS = {"image/png": "PNG", "image/jpeg": "JPEG", "image/webp": "WEBP"}


class BadImage(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class CleanImage:
    data: bytes
    width: int
    height: int
    thumbnail: bytes


def clean(data: bytes, media_type: str) -> CleanImage:
    image = _open(data, media_type)
    image = ImageOps.exif_transpose(image) or image
    if image.mode not in ("RGB", "RGBA", "L", "LA"):
        image = image.convert("RGBA" if "A" in image.getbands() else "RGB")
    fmt = _FORMATS[media_type]
    if fmt == "JPEG" and image.mode in ("RGBA", "LA"):
        image = image.convert("RGB")
    out = io.BytesIO()
    # No `exif=` and no `info` passed on: the new file carries pixels only.
    image.save(out, format=fmt, **({"quality": 88} if fmt != "PNG" else {"optimize": True}))
    thumb = image.copy()
    thumb.thumbnail(THUMBNAIL_SIZE)
    thumb_out = io.BytesIO()
    thumb.save(thumb_out, format="WEBP", quality=80)
    return CleanImage(out.getvalue(), image.width, image.height, thumb_out.getvalue())


def _open(data: bytes, media_type: str) -> Image.Image:
    try:
        with warnings.catch_warnings():
            # Pillow only warns between MAX_PIXELS and twice that; refuse those too.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            probe = Image.open(io.BytesIO(data))
            if probe.width * probe.height > MAX_PIXELS:
                raise BadImage(N_("This image is too large: it has too many pixels."))
            if probe.format != _FORMATS.get(media_type):
                raise BadImage(N_("This image file is damaged and cannot be read."))
            probe.verify()
            image = Image.open(io.BytesIO(data))
            image.load()
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise BadImage(N_("This image is too large: it has too many pixels.")) from None
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError):
        raise BadImage(N_("This image file is damaged and cannot be read.")) from None
    return image
