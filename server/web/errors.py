"""Error pages for people; the API gets JSON for the same errors (see server.api.errors)."""

from __future__ import annotations

import logging

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from server import i18n
from server.api.errors import ApiError, error_response, service_error_response
from server.files.storage import StoreUnavailable
from server.services.errors import N_, ServiceError
from server.web.forms import CsrfError, error_message
from server.web.templating import render

log = logging.getLogger("polder")

_HTTP_CODES = {
    400: ("bad_request", N_("The request could not be read.")),
    401: ("not_authenticated", N_("Log in first.")),
    403: ("forbidden", N_("You may not do this.")),
    404: ("not_found", N_("This page does not exist.")),
    405: ("method_not_allowed", N_("This action is not possible here.")),
    411: ("length_required", N_("Say how large what you send is (Content-Length).")),
    413: ("too_large", N_("What you sent is too large.")),
    415: ("unsupported_media_type", N_("Send JSON (Content-Type: application/json).")),
    500: ("internal_error", N_("Something went wrong on our side. Please try again later.")),
}


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _page(request: Request, status: int, message: str) -> Response:
    return render(request, "error.html", {"status": status, "message": message}, status_code=status)


async def http_exception(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    code, message = _HTTP_CODES.get(exc.status_code, ("error", N_("Something went wrong.")))
    if _is_api(request):
        return error_response(exc.status_code, code, i18n.gettext(message))
    return _page(request, exc.status_code, i18n.gettext(message))


async def service_exception(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ServiceError)
    if _is_api(request):
        return service_error_response(exc)
    return _page(request, exc.status, error_message(exc))


async def api_exception(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return error_response(exc.status, exc.code, i18n.gettext(exc.message))


async def csrf_exception(request: Request, exc: Exception) -> Response:
    message = i18n.gettext(
        "This form has expired or was not sent from this site. Go back, reload the page and "
        "try again."
    )
    return _page(request, 403, message)


async def server_error(request: Request, exc: Exception) -> Response:
    log.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    code, message = _HTTP_CODES[500]
    if _is_api(request):
        return error_response(500, code, i18n.gettext(message))
    return _page(request, 500, i18n.gettext(message))


async def store_unavailable(request: Request, exc: Exception) -> Response:
    # The operator needs the cause (which store, refused or silent); people need to wait.
    log.error("file store unavailable on %s %s: %s", request.method, request.url.path, exc)
    message = i18n.gettext(N_("Files cannot be reached right now. Please try again later."))
    if _is_api(request):
        return error_response(503, "storage_unavailable", message)
    return _page(request, 503, message)


exception_handlers = {
    HTTPException: http_exception,
    ServiceError: service_exception,
    ApiError: api_exception,
    CsrfError: csrf_exception,
    StoreUnavailable: store_unavailable,
    Exception: server_error,
}
