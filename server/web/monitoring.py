"""`/healthz` for load balancers and orchestrators (open, no secrets) and `/metrics` for
Prometheus (a token or an allow-listed address). Both answer JSON errors in the API's shape."""

from __future__ import annotations

import hmac
import ipaddress

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import BaseRoute, Route

from server import metrics
from server.config import Settings
from server.services import operations

NO_STORE = {"Cache-Control": "no-store"}


def _error(status: int, code: str, message: str, headers: dict[str, str]) -> JSONResponse:
    return JSONResponse({"error": code, "message": message}, status_code=status, headers=headers)


async def healthz(request: Request) -> Response:
    health = await operations.health()
    status = 200 if health.database else 503
    return JSONResponse(health.document(), status_code=status, headers=NO_STORE)


def _from_allowed_address(settings: Settings, request: Request) -> bool:
    if request.client is None:
        return False
    try:
        address = ipaddress.ip_address(request.client.host)
    except ValueError:
        return False
    return any(address in network for network in settings.metrics_networks)


def _bearer(request: Request) -> str | None:
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def refusal(settings: Settings, request: Request) -> Response | None:
    """None when this scraper may read the metrics, else the error to answer."""
    token = _bearer(request)
    if token is not None and settings.metrics_token:
        if hmac.compare_digest(token.encode(), settings.metrics_token.encode()):
            return None
        return _error(
            401, "unauthorized", "The metrics token is wrong.", {"WWW-Authenticate": "Bearer"}
        )
    if _from_allowed_address(settings, request):
        return None
    if settings.metrics_token:
        message = "Metrics need the token: Authorization: Bearer <POLDER_METRICS_TOKEN>."
        return _error(401, "unauthorized", message, {"WWW-Authenticate": "Bearer"})
    message = "Metrics are not open to this address (see POLDER_METRICS_ALLOW)."
    return _error(403, "forbidden", message, {})


async def metrics_page(request: Request) -> Response:
    settings: Settings = request.app.state.settings
    refused = refusal(settings, request)
    if refused is not None:
        return refused
    body = metrics.exposition(await operations.queues(), await operations.failing_instances())
    return Response(body, media_type=metrics.CONTENT_TYPE, headers=NO_STORE)


routes: list[BaseRoute] = [
    Route("/healthz", healthz, methods=["GET", "HEAD"]),
    Route("/metrics", metrics_page, methods=["GET"]),
]
