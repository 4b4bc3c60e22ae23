"""The application: routes, middleware and lifespan, readable on one screen."""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import AsyncIterator

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.routing import BaseRoute, Mount
from starlette.staticfiles import StaticFiles

from federation import publish
from federation.worker import BackgroundWorker
from server import db
from server.api import routes as api_routes
from server.config import Settings, load_settings
from server.give_way import CountRequestsMiddleware, RequestsInFlight
from server.logs import LOG_LEVEL_ENV, configure_logging
from server.middleware import RequestContextMiddleware
from server.security import SecurityHeadersMiddleware
from server.services import instance as instance_service
from server.static_files import STATIC_DIR
from server.telemetry import TelemetryMiddleware
from server.web import errors as web_errors
from server.web import monitoring
from server.web import routes as web_routes
from server.web.negotiation import ContentNegotiationMiddleware
from server.web.unavailable import DatabaseUnavailableMiddleware

log = logging.getLogger("polder")


async def _close_file_store(settings: Settings) -> None:
    # The object store keeps a connection pool per process; the local store holds nothing.
    if settings.storage == "s3":
        from server.files import s3  # the optional extra polder[s3]

        await s3.close_shared()


SESSION_MAX_AGE = 60 * 60 * 24 * 30


async def _announce_setup_code(settings: Settings) -> None:
    if await instance_service.needs_setup():
        code = instance_service.setup_code(settings)
        if code is not None:
            log.warning("This instance is not set up yet. Set-up code: %s", code)


def create_app(
    settings: Settings, *, manage_database: bool = True, migrate_on_start: bool = True
) -> Starlette:
    """`manage_database=False` leaves connecting and migrating to the caller (tests);
    `migrate_on_start=False` is for worker processes whose parent already migrated."""
    requests = RequestsInFlight()  # the in-process workers give way to these

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if manage_database:
            await db.connect(settings)
            if migrate_on_start:
                await db.migrate(settings)
            await _announce_setup_code(settings)
        # Deliveries go out from this process unless `polder worker` processes do it; the
        # in-process test app (manage_database=False) never sends anything by itself.
        deliveries = (
            BackgroundWorker(settings, give_way=requests.give_way)
            if manage_database and settings.run_worker
            else None
        )
        if deliveries is not None:
            await deliveries.start()
        try:
            yield
        finally:
            if deliveries is not None:
                await deliveries.stop()
            await _close_file_store(settings)
            if manage_database:
                await db.disconnect()

    routes: list[BaseRoute] = [
        Mount("/api/v1", routes=api_routes.routes),
        Mount("/static", app=StaticFiles(directory=STATIC_DIR), name="static"),
        *monitoring.routes,
        *web_routes.routes,
    ]
    app = Starlette(
        routes=routes,
        middleware=_middleware(settings, requests),
        exception_handlers=web_errors.exception_handlers,
        lifespan=lifespan,
    )
    app.state.settings = settings
    publish.configure(settings)  # services publish local changes with these settings
    return app


def _middleware(settings: Settings, requests: RequestsInFlight) -> list[Middleware]:
    return [
        Middleware(CountRequestsMiddleware, requests=requests),
        # Outermost but for the count of requests in flight: it times and counts everything
        # below.
        Middleware(TelemetryMiddleware),
        Middleware(SecurityHeadersMiddleware, img_origins=settings.map_tiles_origins),
        # Below telemetry and the security headers, so that a 503 is counted and carries them.
        Middleware(DatabaseUnavailableMiddleware),
        Middleware(ContentNegotiationMiddleware),
        Middleware(
            SessionMiddleware,
            secret_key=settings.secret_key,
            session_cookie="polder_session",
            max_age=SESSION_MAX_AGE,
            same_site="lax",
            https_only=settings.scheme == "https",
        ),
        Middleware(RequestContextMiddleware, settings=settings),
    ]


def app_from_environment() -> Starlette:
    """Factory for `polder serve --workers N`: each worker process reads the same settings
    (the parent puts its overrides into the environment) and the parent has migrated."""
    settings = load_settings()
    configure_logging(settings.log_format, os.environ.get(LOG_LEVEL_ENV, "info"))
    return create_app(settings, migrate_on_start=False)
