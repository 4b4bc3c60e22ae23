"""Form handling: CSRF tokens, reading posted forms, turning service errors into field errors."""

from __future__ import annotations

import hmac
import re
import secrets
from collections.abc import Sequence
from typing import Any

from starlette.datastructures import FormData
from starlette.datastructures import UploadFile as StarletteUploadFile
from starlette.exceptions import HTTPException
from starlette.formparsers import MultiPartException
from starlette.requests import Request
from starlette.responses import RedirectResponse

from server import i18n
from server.config import Settings
from server.files import licences, upload_form
from server.models import Rule
from server.services.attachments import FileTooLarge, Upload
from server.services.errors import Invalid, ServiceError

CSRF_FIELD = "csrf_token"
MAX_FORM_FIELDS = 200


class CsrfError(Exception):
    """The form did not carry this session's CSRF token."""


def csrf_token(request: Request) -> str:
    token = request.session.get("csrf")
    if not token:
        token = secrets.token_urlsafe(32)
        request.session["csrf"] = token
    return str(token)


async def read_form(request: Request) -> FormData:
    """The posted form, after checking its CSRF token against the session's."""
    form = await request.form(max_files=0, max_fields=MAX_FORM_FIELDS)
    _check_csrf(request, form)
    return form


def _check_csrf(request: Request, form: FormData) -> None:
    sent = form.get(CSRF_FIELD)
    expected = request.session.get("csrf")
    if not isinstance(sent, str) or not expected or not hmac.compare_digest(sent, expected):
        raise CsrfError


# File inputs a form offers at once; with the text fields this bounds what a form may weigh.
FORM_FILES = 3


def upload_limit(settings: Settings) -> int:
    """The largest form with files: every file at its limit, and room for the text fields."""
    return FORM_FILES * settings.max_upload_mb * 1024 * 1024 + 1024 * 1024


async def read_upload_form(request: Request, settings: Settings) -> FormData:
    """A posted form that may carry files. The declared size is checked before a byte is read,
    and each file's size while it arrives, so that nothing over the limit is received whole."""
    try:
        upload_form.check_declared_size(request, upload_limit(settings))
    except upload_form.LengthRequired:
        raise HTTPException(411) from None
    except upload_form.BodyTooLarge:
        raise HTTPException(413) from None
    if upload_form.is_multipart(request):
        try:
            form = await upload_form.read(
                request, max_files=FORM_FILES, max_fields=MAX_FORM_FIELDS,
                max_field_size=1024 * 1024, max_file_size=settings.max_upload_mb * 1024 * 1024,
            )  # fmt: skip
        except upload_form.FileTooLarge as exc:
            raise FileTooLarge(exc.field_name, settings.max_upload_mb) from None
        except MultiPartException:
            raise HTTPException(400) from None
    else:
        form = await request.form(max_files=0, max_fields=MAX_FORM_FIELDS)
    _check_csrf(request, form)
    return form


async def uploaded(form: FormData, field: str) -> list[Upload]:
    """The files chosen in `field-N` inputs, with their `-title`, `-description`, `-licence`."""
    found = []
    for n in range(FORM_FILES):
        part = form.get(f"{field}-{n}")
        if not isinstance(part, StarletteUploadFile) or not part.filename:
            continue
        found.append(
            Upload(
                filename=part.filename,
                data=await part.read(),
                title=text(form, f"{field}-{n}-title"),
                description=text(form, f"{field}-{n}-description"),
                licence=text(form, f"{field}-{n}-licence") or licences.DEFAULT,
            )
        )
    return found


def chosen_ids(form: FormData, name: str) -> list[int]:
    """The ids ticked in a group of checkboxes; anything that is not an id is left out."""
    values = [value for value in form.getlist(name) if isinstance(value, str)]
    return [int(value) for value in values if value.isdigit() and 0 < int(value) < 2**31]


def text(form: FormData, name: str) -> str:
    """A posted text field; NUL characters are dropped. Nobody types them, and PostgreSQL
    refuses them in text, so keeping them would turn a stray byte into a server error."""
    value = form.get(name)
    return value.replace("\x00", "") if isinstance(value, str) else ""


def checked(form: FormData, name: str) -> bool:
    return text(form, name) in ("on", "1", "true", "yes")


def translate(message: str, params: dict[str, Any]) -> str:
    translated = i18n.gettext(message)
    return translated % params if params else translated


def field_errors(exc: Invalid) -> dict[str, str]:
    return {field: translate(msg, params) for field, (msg, params) in exc.fields.items()}


def error_message(exc: ServiceError) -> str:
    return translate(exc.message, exc.params)


def flash(request: Request, message: str) -> None:
    """A one-time notice shown on the next page (after a redirect)."""
    request.session["flash"] = message


def redirect(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


def safe_next(value: str | None, default: str = "/") -> str:
    """Only same-site paths: never let a `next` parameter send people elsewhere."""
    if value and value.startswith("/") and not value.startswith("//") and "\\" not in value:
        return value
    return default


_BLANK_LINES = re.compile(r"\n\s*\n")


def rules_text(rules: Sequence[Rule]) -> str:
    """Rules as forms show them: a block per rule, the rule on its first line, an explanation
    below it, blocks apart by an empty line."""
    return "\n\n".join(f"{r.title}\n{r.body}".strip() for r in rules)


def parse_rules(text: str) -> tuple[str, ...]:
    return tuple(b.strip() for b in _BLANK_LINES.split(text.replace("\r\n", "\n")) if b.strip())
