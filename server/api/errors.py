"""The API's one error shape: HTTP status + {"error": code, "message": text[, "fields"]}."""

from __future__ import annotations

from typing import Any

from starlette.responses import JSONResponse

from server import i18n
from server.services.errors import Invalid, ServiceError


class ApiError(Exception):
    """An error raised by API routes themselves (bad JSON, wrong content type, ...)."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def error_response(
    status: int, code: str, message: str, extra: dict[str, Any] | None = None
) -> JSONResponse:
    body: dict[str, Any] = {"error": code, "message": message}
    body.update(extra or {})
    return JSONResponse(body, status_code=status)


def _translate(message: str, params: dict[str, Any]) -> str:
    text = i18n.gettext(message)
    return text % params if params else text


def service_error_response(exc: ServiceError) -> JSONResponse:
    extra = None
    if isinstance(exc, Invalid):
        extra = {
            "fields": {name: _translate(msg, params) for name, (msg, params) in exc.fields.items()}
        }
    return error_response(exc.status, exc.code, _translate(exc.message, exc.params), extra)
