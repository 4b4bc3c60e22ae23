"""Reading a multipart body with files, stopping at the first file over its size limit.

Starlette's parser bounds the number of files and the size of text fields, not the size of a
file: a 60 MB file in a body allowed to carry three 20 MB files would be received whole before
it could be refused. This parser counts each file's bytes as they arrive and stops there.
"""

from __future__ import annotations

from typing import Any

from starlette.datastructures import FormData
from starlette.formparsers import MultiPartException, MultiPartParser
from starlette.requests import Request

MEDIA_TYPE = "multipart/form-data"


class FileTooLarge(MultiPartException):
    """One file in the body is over the limit; `field_name` says which."""

    def __init__(self, field_name: str) -> None:
        super().__init__(f"{field_name} is over the size limit")
        self.field_name = field_name


class LengthRequired(Exception):
    """The body's size was not declared (or not as a plain number)."""


class BodyTooLarge(Exception):
    """The declared size is over what the form may weigh."""


def check_declared_size(request: Request, limit: int) -> None:
    """Refuses a body by its declared size, before a byte of it is read."""
    declared = request.headers.get("content-length", "")
    # isascii: "²".isdigit() is true, and int() refuses it.
    if not (declared.isascii() and declared.isdigit() and len(declared) <= 15):
        raise LengthRequired
    if int(declared) > limit:
        raise BodyTooLarge


class _BoundedFileParser(MultiPartParser):
    def __init__(self, *args: Any, max_file_size: int, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.max_file_size = max_file_size
        self._file_bytes = 0

    def on_part_begin(self) -> None:
        super().on_part_begin()
        self._file_bytes = 0

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        part = self._current_part
        if part.file is not None:
            self._file_bytes += end - start
            if self._file_bytes > self.max_file_size:
                raise FileTooLarge(part.field_name)
        super().on_part_data(data, start, end)


def is_multipart(request: Request) -> bool:
    media_type = request.headers.get("content-type", "").partition(";")[0]
    return media_type.strip().lower() == MEDIA_TYPE


async def read(
    request: Request, *, max_files: int, max_fields: int, max_field_size: int, max_file_size: int
) -> FormData:
    """The form; raises FileTooLarge for a file over `max_file_size` (the rest is not read)
    and MultiPartException for a body that is not well-formed multipart. The caller closes
    the form's files."""
    parser = _BoundedFileParser(
        request.headers,
        request.stream(),
        max_files=max_files,
        max_fields=max_fields,
        max_part_size=max_field_size,
        max_file_size=max_file_size,
    )
    return await parser.parse()
