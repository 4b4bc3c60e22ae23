"""The words people read for stored roles and topics, in their language."""

from __future__ import annotations

from server import i18n
from server.models import Role, Topic
from server.services.errors import N_

ROLE_LABELS: dict[str, str] = {
    Role.FARMER: N_("farmer"),
    Role.FARMERS_ORGANISATION: N_("farmers' organisation"),
    Role.NGO: N_("NGO"),
    Role.GOVERNMENT: N_("government"),
    Role.KNOWLEDGE_INSTITUTION: N_("knowledge institution"),
    Role.BUSINESS: N_("business"),
    Role.RESIDENT: N_("resident"),
    Role.OTHER: N_("other"),
}
TOPIC_LABELS: dict[str, str] = {
    Topic.NITROGEN: N_("nitrogen"),
    Topic.WATER: N_("water"),
    Topic.LANDSCAPE: N_("landscape"),
    Topic.NATURE: N_("nature"),
    Topic.AGRICULTURE: N_("agriculture"),
    Topic.CLIMATE: N_("climate"),
    Topic.ENERGY: N_("energy"),
    Topic.OTHER: N_("other"),
}


def role_label(role: str, language: str | None = None) -> str:
    return i18n.gettext(ROLE_LABELS.get(role, ROLE_LABELS[Role.OTHER]), language)


def topic_label(topic: str, language: str | None = None) -> str:
    return i18n.gettext(TOPIC_LABELS.get(topic, TOPIC_LABELS[Topic.OTHER]), language)
