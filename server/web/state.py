"""What the middleware put on a request, typed: the instance's settings and who is logged in."""

from __future__ import annotations

from starlette.requests import Request

from server.config import Settings
from server.models import User


def settings_of(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def user_of(request: Request) -> User | None:
    user: User | None = request.state.user
    return user
