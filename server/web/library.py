"""A group's library: every document, data file and image shared in it, newest first."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from server.files import licences
from server.models import FileKind
from server.services import groups, posts
from server.services import library as library_service
from server.services.errors import Invalid
from server.web.groups import bad_link
from server.web.templating import render

KINDS = tuple(kind for kind in FileKind if kind is not FileKind.OTHER)


async def library(request: Request) -> Response:
    group = await groups.get_group(request.path_params["slug"])
    chosen = request.query_params.get("type") or ""
    kind = FileKind(chosen) if chosen in {k.value for k in KINDS} else None
    cursor = request.query_params.get("cursor") or None
    try:
        after = posts.decode_cursor(cursor) if cursor else None
    except Invalid as exc:
        return bad_link(request, exc)
    rows, next_key = await library_service.page(group, kind, after)
    context = {
        "group": group,
        "files": rows,
        "kinds": KINDS,
        "chosen": kind.value if kind else "",
        "next_cursor": posts.encode_cursor(*next_key) if next_key else None,
        "licences": licences.LICENCES,
    }
    return render(request, "files/library.html", context)


routes: list[BaseRoute] = [Route("/g/{slug}/library", library, name="group_library")]
