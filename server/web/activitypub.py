"""ActivityPub documents and discovery over HTTP: thin routes over `federation.serving` and
`federation.discovery`.

`negotiated_routes` share their paths with the HTML pages (`/u/…`, `/g/…`, `/p/…`, `/c/…`) and
are reached only through `server.web.negotiation` when the `Accept` header asks for
ActivityStreams; `routes` have paths of their own and sit in the ordinary route list.

Errors here are for other servers and their administrators, so they are JSON with the English
message (never an HTML page), like `federation.errors`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from federation import discovery, inbox, modlog, remote_actors, serving
from federation.documents import ACTIVITY_JSON
from federation.signatures import IncomingRequest
from server import metrics
from server.config import Settings
from server.services.errors import ServiceError
from server.web.state import settings_of

Handler = Callable[[Request], Awaitable[Response]]


class ActivityResponse(JSONResponse):
    media_type = ACTIVITY_JSON


def _error(status: int, code: str, message: str) -> JSONResponse:
    return JSONResponse({"error": code, "message": message}, status_code=status)


def activity(build: Callable[[Request, Settings], Awaitable[dict[str, Any]]]) -> Handler:
    """A GET handler answering `build`'s document, 404/410 as JSON, `Vary: Accept`."""

    async def endpoint(request: Request) -> Response:
        headers = {"Vary": "Accept"}
        try:
            document = await build(request, settings_of(request))
        except serving.Gone as gone:
            return ActivityResponse(gone.document, status_code=410, headers=headers)
        except ServiceError as exc:
            response = _error(exc.status, exc.code, exc.message)
            response.headers["Vary"] = "Accept"
            return response
        return ActivityResponse(document, headers=headers)

    return endpoint


def _name(request: Request, key: str) -> str:
    value: str = request.path_params[key]
    return value


def _number(request: Request) -> int:
    value: int = request.path_params["id"]
    return value


def _item(request: Request) -> str | None:
    # Another instance asks about one post or reply (`?item=` its ActivityPub id).
    value = request.query_params.get("item")
    return value[:500] if value else None


# Discovery ----------------------------------------------------------------------------------


# Discovery documents are public and read by web clients on other origins too.
CORS = {"Access-Control-Allow-Origin": "*"}


async def webfinger(request: Request) -> Response:
    try:
        document = await discovery.webfinger(
            settings_of(request), request.query_params.get("resource", "")
        )
    except discovery.BadResource as exc:
        return _error(400, "bad_request", str(exc))
    except ServiceError as exc:
        return _error(exc.status, exc.code, exc.message)
    return JSONResponse(document, media_type=discovery.JRD, headers=CORS)


async def nodeinfo_links(request: Request) -> Response:
    return JSONResponse(discovery.nodeinfo_links(settings_of(request)), headers=CORS)


async def nodeinfo(request: Request) -> Response:
    document = await discovery.nodeinfo(settings_of(request))
    return JSONResponse(document, media_type=discovery.NODEINFO_TYPE, headers=CORS)


async def host_meta(request: Request) -> Response:
    xml = discovery.host_meta_xml(settings_of(request))
    return Response(xml, media_type="application/xrd+xml", headers=CORS)


async def host_meta_json(request: Request) -> Response:
    return JSONResponse(discovery.host_meta_json(settings_of(request)), headers=CORS)


# Inboxes ------------------------------------------------------------------------------------


def _key_cache(request: Request) -> remote_actors.KeyCache:
    # One cache of parsed public keys per app (per process), made on the first delivery.
    cache: remote_actors.KeyCache | None = getattr(request.app.state, "inbox_keys", None)
    if cache is None:
        cache = request.app.state.inbox_keys = remote_actors.KeyCache()
    return cache


def _request_target(request: Request) -> str:
    # Exactly the bytes the sender signed: no re-encoding of the path or query.
    raw: bytes = request.scope.get("raw_path") or request.scope["path"].encode()
    query: bytes = request.scope.get("query_string", b"")
    return raw.decode("latin-1") + ("?" + query.decode("latin-1") if query else "")


async def receive(request: Request) -> Response:
    """POST to the shared inbox (also the instance actor's) and to each actor's inbox: 202 once
    the activity is stored; 400, 401, 403, 404 or 413 as JSON otherwise."""
    settings = settings_of(request)
    try:
        if "username" in request.path_params or "slug" in request.path_params:
            await inbox.require_local_actor(
                username=request.path_params.get("username"), slug=request.path_params.get("slug")
            )
        body = await inbox.read_body(request.stream(), request.headers.get("content-length"))
        incoming = IncomingRequest(
            method=request.method, path=_request_target(request), headers=request.headers,
            body=body,
        )  # fmt: skip
        received = await inbox.receive(settings, incoming, _key_cache(request))
    except inbox.InboxRefusal as exc:
        metrics.count_inbox("refused", exc.status, exc.code)
        return _error(exc.status, exc.code, exc.message)
    metrics.count_inbox("accepted" if received.stored else "duplicate", 202)
    return Response(status_code=202)


# Routes -------------------------------------------------------------------------------------

negotiated_routes: list[BaseRoute] = [
    Route("/u/{username}", activity(lambda r, s: serving.person(s, _name(r, "username")))),
    Route("/g/{slug}", activity(lambda r, s: serving.group(s, _name(r, "slug")))),
    Route("/p/{id:int}", activity(lambda r, s: serving.post(s, _number(r)))),
    Route("/c/{id:int}", activity(lambda r, s: serving.reply(s, _number(r)))),
    Route("/e/{id:int}", activity(lambda r, s: serving.event(s, _number(r)))),
    Route(
        "/g/{slug}/modlog", activity(lambda r, s: modlog.collection(s, _name(r, "slug"), _item(r)))
    ),
]

routes: list[BaseRoute] = [
    Route("/.well-known/webfinger", webfinger),
    Route("/.well-known/nodeinfo", nodeinfo_links),
    Route("/nodeinfo/2.1", nodeinfo),
    Route("/.well-known/host-meta", host_meta),
    Route("/.well-known/host-meta.json", host_meta_json),
    Route("/actor", activity(lambda r, s: serving.instance_actor(s))),
    Route("/inbox", receive, methods=["POST"]),
    Route("/u/{username}/inbox", receive, methods=["POST"]),
    Route("/g/{slug}/inbox", receive, methods=["POST"]),
    Route("/actor/outbox", activity(lambda r, s: serving.instance_outbox(s))),
    Route("/activities/{rest:path}", activity(lambda r, s: serving.activity(s, _name(r, "rest")))),
    Route(
        "/u/{username}/followers",
        activity(lambda r, s: serving.person_followers(s, _name(r, "username"))),
    ),
    Route(
        "/u/{username}/outbox",
        activity(lambda r, s: serving.person_outbox(s, _name(r, "username"))),
    ),
    Route(
        "/g/{slug}/followers", activity(lambda r, s: serving.group_followers(s, _name(r, "slug")))
    ),
    Route(
        "/g/{slug}/moderators", activity(lambda r, s: serving.group_moderators(s, _name(r, "slug")))
    ),
    Route("/g/{slug}/outbox", activity(lambda r, s: serving.group_outbox(s, _name(r, "slug")))),
    Route("/g/{slug}/featured", activity(lambda r, s: serving.group_featured(s, _name(r, "slug")))),
]
