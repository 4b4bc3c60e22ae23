"""Reading a JSON body: bounded in size, parsed, and checked against the request schemas."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from starlette.requests import Request

from server import i18n
from server.api.errors import ApiError
from server.api.schemas import REQUEST_SCHEMAS, Schema
from server.services.errors import N_, FieldErrors

# Room for the longest valid post even when every character arrives as a \uXXXX escape.
MAX_BODY_BYTES = 1024 * 1024
_JSON_TYPES = ("application/json",)
_SEND_JSON = N_("Send JSON (Content-Type: application/json).")


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
        raise ApiError(415, "unsupported_media_type", _SEND_JSON)
    return parse_json(await _read_bytes(request), schema_name)


def parse_json(raw: bytes | str, schema_name: str) -> dict[str, Any]:
    """A JSON object checked against the named request schema: 400 when it cannot be read,
    422 (naming the fields) when a text is too long."""
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
