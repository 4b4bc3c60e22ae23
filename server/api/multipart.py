"""Reading a body with files: multipart/form-data, the fields as JSON in a part named `data`.

A client sends in `data` exactly what it would send as a JSON body, so the same schema checks
it; each file goes in `files-N` (N from 0), with `files-N-title`, `files-N-description` and
`files-N-licence` beside it. These are the web form's names, so a refusal names the same field
in the API as on the page.
"""

from __future__ import annotations

import re
from typing import Any

from starlette.datastructures import FormData, UploadFile
from starlette.formparsers import MultiPartException
from starlette.requests import Request

from server import i18n
from server.api.bodies import MAX_BODY_BYTES, bad_request, parse_json
from server.api.errors import ApiError
from server.config import Settings
from server.files import licences, upload_form
from server.services.attachments import MAX_FILES, FileTooLarge, Upload
from server.services.errors import N_, Invalid

MEDIA_TYPE = upload_form.MEDIA_TYPE
DATA_FIELD = "data"
_FILE_FIELD = re.compile(r"files-(\d{1,3})(-title|-description|-licence)?")
# `data`, and per file the file and its three texts.
_MAX_PARTS = 1 + 4 * MAX_FILES
# The description of every operation that takes files, in the OpenAPI document.
FILES_HELP = (
    "To share files with it, send `multipart/form-data`: the fields as JSON in the part `data`, "
    "each file in `files-0`, `files-1`, … with `files-N-title`, `files-N-description` and "
    "`files-N-licence` beside it. PDF, CSV, GeoJSON, PNG, JPEG and WebP; the type is read from "
    "the content. A refused file is named in `fields` (`files-N`), and nothing is kept."
)


is_multipart = upload_form.is_multipart


def limit(settings: Settings) -> int:
    """The largest body: every file at its limit, and room for the fields."""
    return MAX_FILES * settings.max_upload_mb * 1024 * 1024 + MAX_BODY_BYTES


async def read(
    request: Request, schema_name: str, settings: Settings
) -> tuple[dict[str, Any], list[Upload]]:
    """The checked fields and the files. The declared size is checked before a byte is read,
    so that a body over the limit is refused without being received whole."""
    try:
        upload_form.check_declared_size(request, limit(settings))
    except upload_form.LengthRequired:
        raise ApiError(
            411, "length_required", N_("Say how large what you send is (Content-Length).")
        ) from None
    except upload_form.BodyTooLarge:
        message = N_("What you sent is too large: at most %(count)s files of %(mb)s MB each.")
        text = i18n.gettext(message) % {"count": MAX_FILES, "mb": settings.max_upload_mb}
        raise ApiError(413, "too_large", text) from None
    try:
        form = await upload_form.read(
            request, max_files=MAX_FILES, max_fields=_MAX_PARTS, max_field_size=MAX_BODY_BYTES,
            max_file_size=settings.max_upload_mb * 1024 * 1024,
        )  # fmt: skip
    except upload_form.FileTooLarge as exc:
        raise FileTooLarge(exc.field_name, settings.max_upload_mb) from None
    except MultiPartException as exc:
        raise bad_request(
            N_("The files and fields could not be read: %(problem)s"), problem=exc.message
        ) from None
    try:
        _check_names(form)
        return await _fields(form, schema_name), await _uploads(form)
    finally:
        await form.close()


def _check_names(form: FormData) -> None:
    """Only known names; a file in each `files-N` and text beside it; files counted from 0
    without gaps, so that a refusal of `files-1` means the second file the client sent."""
    files: set[int] = set()
    texts: dict[int, str] = {}
    for name, value in form.multi_items():
        found = _FILE_FIELD.fullmatch(name)
        if name == DATA_FIELD:
            continue
        if found is None:
            raise bad_request(N_("Unknown field: “%(name)s”."), name=name)
        n, is_file = int(found.group(1)), isinstance(value, UploadFile)
        if is_file != (found.group(2) is None):
            wanted = N_("“%(name)s” must be text.") if is_file else N_("“%(name)s” must be a file.")
            raise bad_request(wanted, name=name)
        if is_file:
            files.add(n)
        else:
            texts[n] = name
    if files and max(files) >= MAX_FILES:
        raise Invalid({"files": (N_("Share at most %(max)s files at a time."), {"max": MAX_FILES})})
    if files != set(range(len(files))):
        raise bad_request(N_("Number the files from “files-0” on, without gaps."))
    for n, name in texts.items():
        if n not in files:
            raise bad_request(N_("“%(name)s” belongs to no file."), name=name)


async def _fields(form: FormData, schema_name: str) -> dict[str, Any]:
    data = form.get(DATA_FIELD)
    if data is None:
        raise bad_request(N_("Send the fields as JSON in the part “%(name)s”."), name=DATA_FIELD)
    if isinstance(data, UploadFile):
        # `curl -F data=@post.json` sends the part as a file; it is read the same way.
        raw = await data.read(MAX_BODY_BYTES + 1)
        if len(raw) > MAX_BODY_BYTES:
            raise ApiError(413, "too_large", N_("What you sent is too large."))
        return parse_json(raw, schema_name)
    return parse_json(data, schema_name)


async def _uploads(form: FormData) -> list[Upload]:
    found = []
    for n in range(MAX_FILES):
        part = form.get(f"files-{n}")
        if not isinstance(part, UploadFile):
            continue
        found.append(
            Upload(
                filename=part.filename or f"file-{n}",
                data=await part.read(),
                title=_text(form, f"files-{n}-title"),
                description=_text(form, f"files-{n}-description"),
                licence=_text(form, f"files-{n}-licence") or licences.DEFAULT,
            )
        )
    return found


def _text(form: FormData, name: str) -> str:
    value = form.get(name)
    if not isinstance(value, str):
        return ""
    if "\x00" in value:
        raise bad_request(N_("“%(name)s” contains a character that is not allowed."), name=name)
    return value
