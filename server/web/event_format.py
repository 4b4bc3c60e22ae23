"""Meeting times as people read them, in Amsterdam time and the reader's language."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_time

from server import i18n

TIMEZONE = ZoneInfo("Europe/Amsterdam")


def timespan(start: datetime, end: datetime) -> str:
    """ "dinsdag 14 mei 2030, 19:30–21:30"; over several days both dates are written."""
    language = i18n.current_language.get()
    first, last = start.astimezone(TIMEZONE), end.astimezone(TIMEZONE)
    day = format_date(first, format="full", locale=language)
    begin = format_time(first, format="short", locale=language)
    until = format_time(last, format="short", locale=language)
    if first.date() == last.date():
        return f"{day}, {begin}–{until}"
    other_day = format_date(last, format="full", locale=language)
    return f"{day}, {begin} – {other_day}, {until}"
