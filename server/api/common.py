"""The API's plumbing: routes built from operations, token auth, reading JSON and queries.

Every API route is an `ApiRoute` made of `Operation`s. The same objects drive dispatch (which
handler, whether a token is needed, which body schema) and the OpenAPI document, so the
document cannot drift from what the server does.
"""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from server import i18n
from server.api.errors import ApiError, error_response
from server.api.schemas import MAX_ID, REQUEST_SCHEMAS, Schema
from server.config import Settings
from server.models import User
from server.services import posts
from server.services.errors import N_, FieldErrors, Invalid, NotAuthenticated, NotFound

# Room for the longest valid post even when every character arrives as a \uXXXX escape.
MAX_BODY_BYTES = 1024 * 1024
_JSON_TYPES = ("application/json",)


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
        body = await read_body(request, op.body) if op.body else {}
        settings: Settings = request.app.state.settings
        return await op.handler(Call(request, user, body, settings))


def bad_request(message: str, **params: Any) -> ApiError:
    """A 400 whose message is translated here, because it carries values."""
    return ApiError(400, "bad_request", i18n.gettext(message) % params)


async def _read_bytes(request: Request) -> bytes:
    too_large = ApiError(413, "too_large", N_("What you sent is too large."))
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and (len(declared) > 12 or int(declared) > MAX_BODY_BYTES):
        raise too_large
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY_BYTES:
            raise too_large
        chunks.append(chunk)
    return b"".join(chunks)


async def read_body(request: Request, schema_name: str) -> dict[str, Any]:
    """The JSON object in the body, checked against the named request schema."""
    media_type = request.headers.get("content-type", "").partition(";")[0].strip().lower()
    if media_type not in _JSON_TYPES and not media_type.endswith("+json"):
        raise ApiError(
            415, "unsupported_media_type", N_("Send JSON (Content-Type: application/json).")
        )
    raw = await _read_bytes(request)
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise bad_request(
            N_("The body is not valid JSON: %(problem)s (line %(line)s, column %(column)s)."),
            problem=exc.msg,
            line=exc.lineno,
            column=exc.colno,
        ) from None
    except (ValueError, RecursionError):
        raise bad_request(N_("The body is not valid JSON in UTF-8.")) from None
    if not isinstance(data, dict):
        raise bad_request(N_('The body must be a JSON object, like {"title": "..."}.'))
    errors = FieldErrors()
    checked: dict[str, Any] = check_value(data, REQUEST_SCHEMAS[schema_name], "", errors)
    errors.raise_if_any()
    return checked


_KIND_MESSAGES = {
    "string": N_("“%(name)s” must be text."),
    "boolean": N_("“%(name)s” must be true or false."),
    "integer": N_("“%(name)s” must be a whole number."),
    "number": N_("“%(name)s” must be a number."),
    "array": N_("“%(name)s” must be a list."),
    "object": N_("“%(name)s” must be an object."),
    "null": N_("“%(name)s” must be empty (null)."),
}
_PYTHON_TYPES: dict[str, Callable[[Any], bool]] = {
    "string": lambda v: isinstance(v, str),
    "boolean": lambda v: isinstance(v, bool),
    # JSON Schema counts 3.0 as an integer too.
    "integer": lambda v: (
        (isinstance(v, int) and not isinstance(v, bool))
        or (isinstance(v, float) and v.is_integer())
    ),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
    "null": lambda v: v is None,
}


def check_value(value: Any, schema: Schema, name: str, errors: FieldErrors) -> Any:
    """Checks types and unknown fields (400) and returns the value with whole numbers as int.

    Over-long text goes into `errors` (422), measured before any stripping so that the limit
    is exactly the schema's. Other rules (required, choices) are the services' job."""
    if "oneOf" in schema:
        options = schema["oneOf"]
        fitting = [s for s in options if _PYTHON_TYPES[s["type"]](value)]
        if not fitting:
            raise bad_request(_KIND_MESSAGES[options[0]["type"]], name=name)
        return check_value(value, fitting[0], name, errors)
    kind = schema["type"]
    if not _PYTHON_TYPES[kind](value):
        raise bad_request(_KIND_MESSAGES[kind], name=name)
    if kind == "string" and not _storable(value):
        raise bad_request(N_("“%(name)s” contains a character that is not allowed."), name=name)
    if kind == "string" and len(value) > schema.get("maxLength", len(value)):
        top = re.split(r"[.\[]", name, maxsplit=1)[0]
        errors.add(
            top, N_("This is too long: at most %(max)s characters."), max=schema["maxLength"]
        )
    if kind == "integer":
        return int(value)
    if kind == "array":
        return [
            check_value(item, schema["items"], f"{name}[{i}]", errors)
            for i, item in enumerate(value)
        ]
    if kind == "object":
        checked = {}
        for key, item in value.items():
            if key not in schema["properties"]:
                raise bad_request(N_("Unknown field: “%(name)s”."), name=_join(name, key))
            checked[key] = check_value(item, schema["properties"][key], _join(name, key), errors)
        return checked
    return value


def _join(prefix: str, key: str) -> str:
    return f"{prefix}.{key}" if prefix else key


def _storable(value: str) -> bool:
    if "\x00" in value:
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate from a JSON \ud800 escape
        return False
    return True


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
