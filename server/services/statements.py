"""The privacy statement and the accessibility statement: the admin's own text per language,
or else Polder's default, which describes what Polder really does.

Texts are Markdown. The defaults live in `server/statements/{kind}.{language}.md` with two
blanks filled in: the instance's name and whom to contact.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from server.config import LANGUAGES
from server.db import transaction
from server.models import InstanceSettings, User
from server.services.errors import N_, FieldErrors, Forbidden
from server.services.instance import ensure_instance

KINDS = ("privacy", "accessibility")
MAX_TEXT = 50_000
_DEFAULTS = Path(__file__).parent.parent / "statements"


@dataclass(frozen=True)
class Statement:
    kind: str
    language: str
    markdown: str
    is_default: bool


@cache
def _default_text(kind: str, language: str) -> str:
    return (_DEFAULTS / f"{kind}.{language}.md").read_text(encoding="utf-8")


def default_markdown(kind: str, language: str, *, instance: str, contact: str) -> str:
    text = _default_text(kind, language)
    return text.replace("{instance}", instance).replace("{contact}", contact)


def own_text(instance: InstanceSettings | None, kind: str, language: str) -> str:
    texts = (instance.statements or {}) if instance is not None else {}
    value = texts.get(kind, {}).get(language, "")
    return value if isinstance(value, str) else ""


def statement(
    instance: InstanceSettings | None, kind: str, language: str, *, contact: str
) -> Statement:
    """What `/privacy` or `/accessibility` shows in `language`."""
    if kind not in KINDS or language not in LANGUAGES:
        raise ValueError(f"no statement {kind!r} in {language!r}")
    own = own_text(instance, kind, language)
    if own.strip():
        return Statement(kind, language, own, is_default=False)
    name = instance.name if instance is not None else "Polder"
    text = default_markdown(kind, language, instance=name, contact=contact)
    return Statement(kind, language, text, is_default=True)


async def save(actor: User, texts: dict[tuple[str, str], str]) -> InstanceSettings:
    """The admin's texts, by (kind, language); an empty text brings back the default."""
    if not actor.is_admin:
        raise Forbidden(N_("Only admins can change this."))
    errors = FieldErrors()
    cleaned: dict[str, dict[str, str]] = {kind: {} for kind in KINDS}
    for (kind, language), text in texts.items():
        if kind not in KINDS or language not in LANGUAGES:
            raise ValueError(f"no statement {kind!r} in {language!r}")
        value = errors.text(f"{kind}_{language}", text, max_length=MAX_TEXT, required=False)
        cleaned[kind][language] = value
    errors.raise_if_any()
    async with transaction():
        instance = await ensure_instance()
        instance.statements = cleaned
        await instance.save(update_fields=["statements"])
    return instance
