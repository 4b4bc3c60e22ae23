"""Per-request context: who is asking (session or API token), in which language, on which
instance; and the first-run redirect to the set-up page."""

from __future__ import annotations

from starlette.datastructures import Headers
from starlette.requests import HTTPConnection
from starlette.responses import RedirectResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from server import i18n
from server.config import Settings
from server.models import User
from server.services import instance as instance_service
from server.services import tokens

LANGUAGE_COOKIE = "lang"
_SETUP_FREE = (
    "/setup", "/static/", "/api/", "/lang/", "/healthz", "/.well-known/", "/nodeinfo/", "/actor",
    "/inbox",
)  # fmt: skip


def _is_machine_path(scope: Scope) -> bool:
    path: str = scope["path"]
    if path.startswith("/static/") or path in ("/healthz", "/metrics"):
        return True  # /healthz must answer (503) even when the database does not
    return scope["method"] == "POST" and (path == "/inbox" or path.endswith("/inbox"))


class RequestContextMiddleware:
    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.settings = settings
        self._set_up = False

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        # Static files need no person, language or instance, and neither do other servers
        # posting to an inbox (the busiest path of a federated instance): no queries for them.
        if scope["type"] != "http" or _is_machine_path(scope):
            await self.app(scope, receive, send)
            return
        conn = HTTPConnection(scope)
        path = scope["path"]
        is_api = path.startswith("/api/")
        user = await (self._token_user(conn) if is_api else self._session_user(conn))
        state = scope.setdefault("state", {})
        state["user"] = user
        state["instance"] = None if is_api else await instance_service.get_instance()
        language = i18n.choose_language(
            chosen=conn.cookies.get(LANGUAGE_COOKIE),
            profile_language=user.language if user else None,
            accept_language=Headers(scope=scope).get("accept-language", ""),
            default=self.settings.default_language,
        )
        token = i18n.current_language.set(language)
        try:
            if not is_api and await self._needs_setup(path):
                await RedirectResponse("/setup", status_code=303)(scope, receive, send)
                return
            await self.app(scope, receive, send)
        finally:
            i18n.current_language.reset(token)

    async def _needs_setup(self, path: str) -> bool:
        if self._set_up or path.startswith(_SETUP_FREE):
            return False
        # Once an admin exists the answer never changes, so stop asking.
        self._set_up = not await instance_service.needs_setup()
        return not self._set_up

    async def _session_user(self, conn: HTTPConnection) -> User | None:
        uid = conn.session.get("uid")
        if not isinstance(uid, int):
            return None
        user = await User.get_or_none(id=uid)
        # A password change elsewhere ends other sessions: the session remembers the hash tail.
        if user is None or conn.session.get("pw") != user.password_hash[-12:]:
            return None
        return user

    async def _token_user(self, conn: HTTPConnection) -> User | None:
        header = conn.headers.get("authorization", "")
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token:
            return None
        return await tokens.user_for_token(token.strip())
