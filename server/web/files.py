"""Downloads of shared files and their thumbnails."""

from __future__ import annotations

from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from server.services import file_access

# A shared file is shown as what it is, never run as a page of this site.
_SAFE_HEADERS = {
    "X-Content-Type-Options": "nosniff",
    "Content-Security-Policy": "default-src 'none'; sandbox",
}


def _headers(public: bool) -> dict[str, str]:
    # A hidden post's file is shown to its author and moderators only: no shared cache may
    # keep it and hand it to the next person who asks.
    cache = "public, max-age=3600" if public else "private, no-store"
    return {**_SAFE_HEADERS, "Cache-Control": cache}


async def download(request: Request) -> Response:
    attachment, data, public = await file_access.download(
        request.path_params["id"], request.app.state.settings, viewer=request.state.user
    )
    # Images open in the browser; documents and data are saved, under their shared name.
    disposition = "inline" if attachment.kind == "image" else "attachment"
    headers = {
        **_headers(public),
        "Content-Disposition": f"{disposition}; filename*=UTF-8''{quote(attachment.filename)}",
    }
    return Response(data, media_type=attachment.media_type, headers=headers)


async def thumbnail(request: Request) -> Response:
    _, data, public = await file_access.download(
        request.path_params["id"],
        request.app.state.settings,
        viewer=request.state.user,
        thumbnail=True,
    )
    return Response(data, media_type="image/webp", headers=_headers(public))


routes: list[BaseRoute] = [
    Route("/files/{id:int}/thumbnail.webp", thumbnail, name="file_thumbnail"),
    Route("/files/{id:int}/{name}", download, name="file_download"),
]
