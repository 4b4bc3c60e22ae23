"""Translations: babel catalogues read from `server/locale/<lang>/*.po` at start.

Every area keeps its own `.po` file so that catalogues grow without conflicts; they are merged
per language. The source strings are English; Dutch is the default language.
"""

from __future__ import annotations

import gettext as _gettext
from contextvars import ContextVar
from functools import cache
from io import BytesIO
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from server.config import LANGUAGES

LOCALE_DIR = Path(__file__).parent / "locale"

current_language: ContextVar[str] = ContextVar("current_language", default="nl")


def merged_catalog(language: str) -> Catalog:
    merged = Catalog(locale=language)
    for po in sorted((LOCALE_DIR / language).glob("*.po")):
        with po.open("rb") as fh:
            for message in read_po(fh, locale=language):
                if message.id and message.string and not message.fuzzy:
                    merged[message.id] = message
    return merged


@cache
def translations(language: str) -> _gettext.GNUTranslations:
    buffer = BytesIO()
    write_mo(buffer, merged_catalog(language))
    buffer.seek(0)
    return _gettext.GNUTranslations(buffer)


def gettext(message: str, language: str | None = None) -> str:
    return translations(language or current_language.get()).gettext(message)


def ngettext(singular: str, plural: str, n: int, language: str | None = None) -> str:
    return translations(language or current_language.get()).ngettext(singular, plural, n)


def choose_language(
    *, chosen: str | None, profile_language: str | None, accept_language: str, default: str
) -> str:
    """This browser's explicit choice (the cookie) first, then the profile, then the browser's
    Accept-Language. The cookie goes first so that switching needs no write to the profile:
    a switch is a plain GET link, and a GET must not change stored data."""
    for candidate in (chosen, profile_language):
        if candidate in LANGUAGES:
            return candidate
    for lang, _q in _parse_accept_language(accept_language):
        base = lang.split("-", 1)[0]
        if base in LANGUAGES:
            return base
    return default


def _parse_accept_language(header: str) -> list[tuple[str, float]]:
    parsed: list[tuple[str, float]] = []
    for part in header.split(","):
        piece = part.strip()
        if not piece:
            continue
        lang, _, params = piece.partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        parsed.append((lang.strip().lower(), q))
    return sorted(parsed, key=lambda item: -item[1])
