"""Switching language with a plain link, so it works without JavaScript.

The link only sets a cookie, which wins over the profile's language (see
`i18n.choose_language`). A GET must not change stored data: any site could embed
`<img src="/lang/en">` and so change a logged-in person's profile.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import BaseRoute, Route

from server.config import LANGUAGES
from server.middleware import LANGUAGE_COOKIE
from server.web.forms import redirect, safe_next

ONE_YEAR = 60 * 60 * 24 * 365


def remember_language(response: Response, language: str | None) -> None:
    """Keeps this browser's choice; None forgets it (then profile and browser decide)."""
    if language in LANGUAGES:
        response.set_cookie(LANGUAGE_COOKIE, language, max_age=ONE_YEAR, samesite="lax")
    else:
        response.delete_cookie(LANGUAGE_COOKIE, samesite="lax")


async def switch_language(request: Request) -> Response:
    language = request.path_params["code"]
    response = redirect(safe_next(request.query_params.get("next")))
    if language in LANGUAGES:
        remember_language(response, language)
    return response


routes: list[BaseRoute] = [Route("/lang/{code}", switch_language, name="language")]
