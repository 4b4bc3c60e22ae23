"""Response headers that keep pages from being framed, sniffed or leaking where people came
from, and a refusal of NUL characters in addresses (no database accepts them in text)."""

from __future__ import annotations

from starlette.datastructures import MutableHeaders
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# No inline scripts or styles anywhere, so the policy can be strict.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
HEADERS = {
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": "geolocation=(), camera=(), microphone=()",
}


def _refuse_nul(scope: Scope) -> Response:
    if scope["path"].startswith("/api/"):
        message = "This address does not exist."
        return JSONResponse({"error": "not_found", "message": message}, status_code=404)
    return PlainTextResponse("Not found", status_code=404)


def content_security_policy(img_origins: tuple[str, ...] = ()) -> str:
    """The policy; `img_origins` are the only other hosts pages may load from: the map tile
    server the admin configured, if any."""
    if not img_origins:
        return CONTENT_SECURITY_POLICY
    return CONTENT_SECURITY_POLICY.replace(
        "img-src 'self' data:", "img-src 'self' data: " + " ".join(img_origins)
    )


class SecurityHeadersMiddleware:
    def __init__(self, app: ASGIApp, img_origins: tuple[str, ...] = ()) -> None:
        self.app = app
        self.headers = {"Content-Security-Policy": content_security_policy(img_origins), **HEADERS}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if "\x00" in scope["path"] or b"%00" in scope.get("query_string", b""):
            await _refuse_nul(scope)(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in self.headers.items():
                    headers.setdefault(name, value)
            await send(message)

        await self.app(scope, receive, send_with_headers)
