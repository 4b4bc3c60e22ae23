"""Switching language with a plain link, so it works without JavaScript."""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from server.config import LANGUAGES
from server.middleware import LANGUAGE_COOKIE
from server.web.forms import redirect, safe_next

ONE_YEAR = 60 * 60 * 24 * 365


async def switch_language(request: Request) -> Response:
    language = request.path_params["code"]
    response = redirect(safe_next(request.query_params.get("next")))
    if language not in LANGUAGES:
        return response
    user = request.state.user
    if user is not None and user.language != language:
        # The profile's choice wins over the cookie, so the switch must change it too.
        user.language = language
        await user.save(update_fields=["language"])
    response.set_cookie(LANGUAGE_COOKIE, language, max_age=ONE_YEAR, samesite="lax")
    return response


routes: list[BaseRoute] = [Route("/lang/{code}", switch_language, name="language")]
