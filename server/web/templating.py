"""Jinja2 set-up: translations through babel catalogues, dates in Europe/Amsterdam."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from babel.dates import format_datetime as babel_format_datetime
from babel.numbers import format_decimal
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse

from server import i18n, static_files
from server.labels import ROLE_LABELS, TOPIC_LABELS, role_label, topic_label
from server.web.event_format import timespan

TEMPLATE_DIR = Path(__file__).parent.parent / "templates"
TIMEZONE = ZoneInfo("Europe/Amsterdam")


def _(message: str) -> str:
    return i18n.gettext(message)


def format_datetime(value: datetime | None, form: str = "medium") -> str:
    if value is None:
        return ""
    return babel_format_datetime(
        value.astimezone(TIMEZONE), format=form, locale=i18n.current_language.get()
    )


def atom_time(value: datetime | None) -> str:
    """RFC 3339 in UTC, as Atom wants it; an empty feed is as new as the moment it is read."""
    moment = value or datetime.now(UTC)
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def format_number(value: int | float) -> str:
    return format_decimal(value, locale=i18n.current_language.get())


def format_size(size: int) -> str:
    """Bytes as people read them: "850 kB", "3,4 MB" (decimal units, the reader's comma)."""
    if size < 1000:
        return f"{size} B"
    if size < 1_000_000:
        return f"{format_number(round(size / 1000))} kB"
    return f"{format_number(round(size / 1_000_000, 1))} MB"


def _build_environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATE_DIR),
        autoescape=select_autoescape(["html", "xml"]),
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,
    )
    env.install_gettext_callables(  # type: ignore[attr-defined]
        gettext=i18n.gettext, ngettext=i18n.ngettext, newstyle=True
    )
    env.filters["datetime"] = format_datetime
    env.filters["number"] = format_number
    env.filters["timespan"] = timespan
    env.filters["filesize"] = format_size
    env.filters["atom_time"] = atom_time
    env.filters["role_label"] = role_label
    env.filters["topic_label"] = topic_label
    env.globals["ROLE_LABELS"] = ROLE_LABELS
    env.globals["TOPIC_LABELS"] = TOPIC_LABELS
    env.globals["leaflet_installed"] = static_files.leaflet_installed
    env.globals["LEAFLET_URL"] = static_files.LEAFLET_URL
    return env


environment = _build_environment()


class _LazyCsrfToken:
    """Made only when a page prints it (a page with a form): a visitor who only reads gets no
    session cookie."""

    def __init__(self, request: Request) -> None:
        self._request = request

    def __str__(self) -> str:
        from server.web.forms import csrf_token

        return csrf_token(self._request)

    def __html__(self) -> str:
        return str(self)


def render(
    request: Request,
    template: str,
    context: dict[str, Any] | None = None,
    *,
    status_code: int = 200,
    headers: dict[str, str] | None = None,
) -> HTMLResponse:
    has_session = "session" in request.scope
    values: dict[str, Any] = {
        "request": request,
        "user": getattr(request.state, "user", None),
        "lang": i18n.current_language.get(),
        "csrf_token": _LazyCsrfToken(request) if has_session else "",
        "instance": getattr(request.state, "instance", None),
        "settings": request.app.state.settings,
        "flash": request.session.pop("flash", None) if has_session else None,
    }
    values.update(context or {})
    html = environment.get_template(template).render(values)
    return HTMLResponse(html, status_code=status_code, headers=headers)
