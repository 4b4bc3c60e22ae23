"""The API's plumbing: routes built from operations, token auth, reading JSON and queries.

Every API route is an `ApiRoute` made of `Operation`s. The same objects drive dispatch (which
handler, whether a token is needed, which body schema) and the OpenAPI document, so the
document cannot drift from what the server does.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from server import i18n
from server.api import multipart
from server.api.bodies import bad_request, read_body
from server.api.errors import error_response
from server.api.schemas import MAX_ID, Schema
from server.config import Settings
from server.models import User
from server.services import posts
from server.services.attachments import Upload
from server.services.errors import N_, Invalid, NotAuthenticated, NotFound


@dataclass(frozen=True)
class Param:
    name: str
    schema: Schema
    description: str


@dataclass
class Call:
    """One request as a handler sees it: who asks, the checked JSON body, the settings."""

    request: Request
    user: User | None
    body: dict[str, Any]
    settings: Settings
    # Files sent beside the fields, when the operation takes them (multipart/form-data).
    uploads: list[Upload] = field(default_factory=list)

    @property
    def actor(self) -> User:
        if self.user is None:
            raise NotAuthenticated(N_("Send your API token: Authorization: Bearer <token>."))
        return self.user

    def path(self, name: str) -> Any:
        return self.request.path_params[name]

    def query(self, name: str) -> str | None:
        value = self.request.query_params.get(name)
        if value is not None and "\x00" in value:
            raise bad_request(N_("“%(name)s” contains a character that is not allowed."), name=name)
        return value


Handler = Callable[[Call], Awaitable[Response]]


@dataclass(frozen=True)
class Operation:
    method: str
    handler: Handler
    summary: str
    tag: str
    auth: bool = False  # a token is required
    body: str | None = None  # name of the request schema in schemas.REQUEST_SCHEMAS
    status: int = 200
    returns: str | None = None  # name of the response schema; None: no body
    query: tuple[Param, ...] = ()
    also: tuple[int, ...] = ()  # statuses besides those that follow from the above
    description: str = ""
    headers: dict[str, str] = field(default_factory=dict)  # response headers, documented
    files: bool = False  # the body may also come as multipart/form-data with files

    @property
    def operation_id(self) -> str:
        return self.handler.__name__.strip("_")


class ApiRoute(Route):
    """A path with its operations. Answers a wrong method itself, as JSON with `Allow`."""

    def __init__(self, path: str, *operations: Operation) -> None:
        self.operations = {op.method: op for op in operations}
        super().__init__(path, self._dispatch, methods=list(self.operations))

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.methods and scope["method"] not in self.methods:
            message = i18n.gettext("This action is not possible here.")
            response = error_response(405, "method_not_allowed", message)
            response.headers["Allow"] = ", ".join(sorted(self.methods))
            await response(scope, receive, send)
            return
        await super().handle(scope, receive, send)

    async def _dispatch(self, request: Request) -> Response:
        op = self.operations["GET" if request.method == "HEAD" else request.method]
        user: User | None = request.state.user
        if user is None and request.headers.get("authorization"):
            # A token that does not work is a mistake to report, not a reason to read anonymously.
            raise NotAuthenticated(N_("This API token is not valid. Make a new one."))
        if op.auth and user is None:
            raise NotAuthenticated(N_("Send your API token: Authorization: Bearer <token>."))
        settings: Settings = request.app.state.settings
        body: dict[str, Any] = {}
        uploads: list[Upload] = []
        if op.body and op.files and multipart.is_multipart(request):
            body, uploads = await multipart.read(request, op.body, settings)
        elif op.body:
            body = await read_body(request, op.body)
        return await op.handler(Call(request, user, body, settings, uploads))


def path_id(call: Call, name: str, not_found: str) -> int:
    """An id from the path; one beyond the column's range cannot exist."""
    value: int = call.path(name)
    if not 1 <= value <= MAX_ID:
        raise NotFound(not_found)
    return value


def query_limit(call: Call) -> int | None:
    raw = call.query("limit")
    if raw is None or raw == "":
        return None
    text = raw.strip()
    if not (text.isascii() and text.isdigit() and len(text) <= 6):
        message = N_("Choose a number from 1 to %(max)s.")
        raise Invalid({"limit": (message, {"max": posts.MAX_PAGE})})
    return int(text)


def query_cursor(call: Call) -> str | None:
    """The cursor, checked here so that no odd value reaches the database."""
    cursor = call.query("cursor")
    if not cursor:
        return None
    moment, item_id = posts.decode_cursor(cursor)
    try:
        moment.astimezone(UTC)
    except OverflowError:
        item_id = -1
    if not 0 <= item_id <= MAX_ID:
        raise Invalid({"cursor": (N_("This page link is not valid."), {})})
    return cursor


def iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def created(data: dict[str, Any], location: str) -> JSONResponse:
    return JSONResponse(data, status_code=201, headers={"Location": location})


def no_content() -> Response:
    return Response(status_code=204)
