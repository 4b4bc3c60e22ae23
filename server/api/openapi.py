"""The OpenAPI 3.1 document, built from the route table itself so it cannot miss a route."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from starlette.responses import Response

from moderation import instances
from server.api import multipart
from server.api.common import ApiRoute, Call, Operation, Param
from server.api.schemas import MAX_ID, REQUEST_SCHEMAS, RESPONSE_SCHEMAS, Schema, ref, text
from server.files import licences
from server.services import accounts, attachments, groups

_CONVERTOR = re.compile(r"\{(\w+)(?::\w+)?\}")
_PATH_PARAMS: dict[str, Schema] = {
    "slug": {"type": "string", "pattern": groups.SLUG_RE.pattern},
    "post_id": {"type": "integer", "minimum": 1, "maximum": MAX_ID},
    "reply_id": {"type": "integer", "minimum": 1, "maximum": MAX_ID},
    "event_id": {"type": "integer", "minimum": 1, "maximum": MAX_ID},
    "report_id": {"type": "integer", "minimum": 1, "maximum": MAX_ID},
    "username": {"type": "string", "pattern": accounts.USERNAME_RE.pattern},
    "host": {"type": "string", "pattern": instances.HOST_RE.pattern},
}  # fmt: skip
_ERRORS = {
    400: ("bad_request", "The request could not be read: malformed JSON, a wrong type, an "
          "unknown field or a character that cannot be stored."),
    401: ("not_authenticated", "No API token, or one that does not work."),
    403: ("forbidden", "You may not do this (not your item, not a member, not an owner)."),
    404: ("not_found", "No such group, post, reply, meeting or person."),
    411: ("length_required", "A body with files must say its size (Content-Length)."),
    413: ("too_large", "The body is too large: JSON over 1 MB, or files over their limit."),
    415: ("unsupported_media_type", "The body is not sent as application/json."),
    409: ("conflict", "This clashes with how things stand: reported twice, decided already."),
    422: ("invalid", "A field breaks a rule; `fields` says which and why."),
    429: ("rate_limited", "Too many of these in a short time; try again later."),
    507: ("insufficient_storage", "There is no room left to keep files."),
}  # fmt: skip
_DESCRIPTION = """The JSON API of a Polder server.

Reading public things needs no token. Writing needs a personal API token (make one on your
account page or with `polder token create`), sent as `Authorization: Bearer <token>`.

Every error is `{"error": "<code>", "message": "<text>"}` with a fitting HTTP status; `invalid`
(422) adds `fields`, a message per field. Messages follow `Accept-Language` (nl or en).
Lists that can grow page with a cursor: pass `next_cursor` back as `cursor` until it is null.
"""


def _statuses(op: Operation, path_params: list[str]) -> list[int]:
    statuses = {401, *op.also}
    if op.auth and op.method != "GET":
        statuses.add(403)
    if op.body:
        statuses.update((400, 413, 415, 422))
    if op.files:
        statuses.update((411, 507))
    if op.query:
        statuses.update((400, 422))
    if path_params:
        statuses.add(404)
    return sorted(statuses)


def _parameters(path_params: list[str], query: Sequence[Param]) -> list[Schema]:
    params = [
        {"name": name, "in": "path", "required": True, "schema": _PATH_PARAMS[name]}
        for name in path_params
    ]
    params += [
        {"name": p.name, "in": "query", "required": False, "schema": p.schema,
         "description": p.description}
        for p in query
    ]  # fmt: skip
    return params


def _success(op: Operation, *, with_headers: bool = True) -> Schema:
    response: Schema = {"description": op.summary}
    if op.returns:
        response["content"] = {"application/json": {"schema": ref(op.returns)}}
    if op.headers and with_headers:
        response["headers"] = {
            name: {"description": text, "schema": {"type": "string", "format": "uri"}}
            for name, text in op.headers.items()
        }
    return response


def _operation(op: Operation, path_params: list[str]) -> Schema:
    responses: dict[str, Schema] = {str(op.status): _success(op)}
    for status in _statuses(op, path_params):
        if status < 400:
            responses[str(status)] = _success(op, with_headers=False)
        else:
            responses[str(status)] = {"$ref": f"#/components/responses/{_ERRORS[status][0]}"}
    document: Schema = {
        "operationId": op.operation_id,
        "summary": op.summary,
        "tags": [op.tag],
        "parameters": _parameters(path_params, op.query),
        "responses": responses,
        # Public reads work with or without a token; everything else needs one.
        "security": [{"bearerAuth": []}] if op.auth else [{}, {"bearerAuth": []}],
    }
    if op.description:
        document["description"] = op.description
    if op.body:
        content: Schema = {"application/json": {"schema": ref(op.body)}}
        if op.files:
            content[multipart.MEDIA_TYPE] = {
                "schema": multipart_schema(op.body),
                "encoding": {multipart.DATA_FIELD: {"contentType": "application/json"}},
            }
        document["requestBody"] = {"required": True, "content": content}
    return document


def multipart_schema(body: str) -> Schema:
    """The fields as JSON in `data`, and up to MAX_FILES files, each with its texts."""
    properties: Schema = {multipart.DATA_FIELD: ref(body)}
    for n in range(attachments.MAX_FILES):
        name = f"files-{n}"
        properties[name] = {"type": "string", "contentMediaType": "application/octet-stream"}
        properties[f"{name}-title"] = text(attachments.MAX_TITLE, required=False)
        properties[f"{name}-description"] = text(attachments.MAX_DESCRIPTION, required=False)
        properties[f"{name}-licence"] = {"type": "string", "enum": list(licences.LICENCES)}
    return {
        "type": "object",
        "properties": properties,
        "required": [multipart.DATA_FIELD],
        "additionalProperties": False,
    }


def openapi_path(route: ApiRoute) -> tuple[str, list[str]]:
    """`/posts/{post_id:int}` → (`/posts/{post_id}`, ["post_id"])."""
    return _CONVERTOR.sub(r"{\1}", route.path), _CONVERTOR.findall(route.path)


def build_document(routes: Sequence[ApiRoute]) -> dict[str, Any]:
    paths: dict[str, Schema] = {}
    for route in routes:
        path, params = openapi_path(route)
        paths[path] = {
            method.lower(): _operation(op, params) for method, op in route.operations.items()
        }
    error = {"application/json": {"schema": ref("Error")}}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Polder API", "version": "1.0.0", "description": _DESCRIPTION},
        # Relative: the document is served from the API's own root on any domain.
        "servers": [{"url": "/api/v1"}],
        "tags": [{"name": "groups"}, {"name": "discussions"}, {"name": "meetings"},
                 {"name": "people"}, {"name": "moderation"}, {"name": "meta"}],
        "paths": paths,
        "components": {
            "schemas": {**REQUEST_SCHEMAS, **RESPONSE_SCHEMAS},
            "responses": {
                code: {"description": text, "content": error} for code, text in _ERRORS.values()
            },
            "securitySchemes": {
                "bearerAuth": {
                    "type": "http",
                    "scheme": "bearer",
                    "description": "A personal API token (starts with pld_).",
                }
            },
        },
    }  # fmt: skip


def route(api_routes: list[ApiRoute]) -> ApiRoute:
    """The document's own route; `api_routes` is the final table, this route included."""
    cache: dict[str, bytes] = {}

    async def openapi_document(call: Call) -> Response:
        if "json" not in cache:
            cache["json"] = json.dumps(build_document(api_routes)).encode()
        return Response(cache["json"], media_type="application/json")

    return ApiRoute(
        "/openapi.json",
        Operation("GET", openapi_document, "This document (OpenAPI 3.1)", "meta",
                  returns="OpenAPIDocument"),
    )  # fmt: skip
