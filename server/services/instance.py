"""The instance itself: first-run set-up, its name, region and rules of conduct."""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass

from server.config import Settings
from server.db import transaction
from server.i18n import gettext
from server.models import InstanceSettings, Rule, User
from server.services import accounts
from server.services import rules as rule_texts
from server.services.errors import N_, FieldErrors, Forbidden

SETUP_CODE_FILE = "setup_code"
DEFAULT_RULES = [
    (N_("Be respectful"), N_("Talk about ideas, not about people. No insults or threats.")),
    (N_("Stay on topic"), N_("Write about the area process of this group.")),
    (N_("Be honest"), N_("Share facts with their source. Say so when something is your opinion.")),
    (N_("Respect privacy"), N_("Do not share personal details of others without consent.")),
]


async def get_instance() -> InstanceSettings | None:
    return await InstanceSettings.get_or_none(id=1)


async def needs_setup() -> bool:
    return not await accounts.admin_exists()


def setup_code(settings: Settings) -> str | None:
    """The one-time code a public instance's set-up asks for, so that whoever reaches a fresh
    instance first cannot make themselves its admin. The operator finds it in the server's log
    and in the data folder. A local instance (http on loopback or development) needs none."""
    if settings.scheme == "http":
        return None
    path = settings.data_dir / SETUP_CODE_FILE
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(12))
        path.chmod(0o600)
    return path.read_text().strip()


async def setup(
    settings: Settings,
    *,
    name: str,
    region: str,
    admin: accounts.Registration,
    code: str = "",
) -> User:
    """First run: name the instance and create its first admin, together or not at all."""
    errors = FieldErrors()
    name = errors.text("instance_name", name, max_length=100)
    region = errors.text("region", region, max_length=100)
    expected = setup_code(settings)
    if expected is not None and not hmac.compare_digest(code.strip(), expected):
        errors.add(
            "setup_code",
            N_("This code is not right. You find it in the log of the server and in the file "
               "setup_code in its data folder."),
        )  # fmt: skip
    errors.raise_if_any()
    async with transaction():
        if await accounts.admin_exists():
            raise Forbidden(N_("This instance is already set up."))
        user = await accounts.register(settings, admin, admin=True, confirmed=True)
        await InstanceSettings.update_or_create(defaults={"name": name, "region": region}, id=1)
        if not await Rule.filter(group_id=None).exists():
            # Stored in the instance's language: rules are text the admin edits, not labels.
            lang = settings.default_language
            for position, (title, body) in enumerate(DEFAULT_RULES, start=1):
                await Rule.create(
                    group=None,
                    position=position,
                    title=gettext(title, lang),
                    body=gettext(body, lang),
                )
    (settings.data_dir / SETUP_CODE_FILE).unlink(missing_ok=True)
    return user


async def ensure_instance(name: str = "Polder", region: str = "") -> InstanceSettings:
    """Used by the CLI, which may create an admin without the web set-up."""
    instance, _ = await InstanceSettings.get_or_create(
        defaults={"name": name, "region": region}, id=1
    )
    return instance


@dataclass(frozen=True)
class InstanceForm:
    name: str
    region: str
    description: str
    group_creation: str
    open_registration: bool
    rules: tuple[str, ...]


async def update_instance(actor: User, form: InstanceForm) -> InstanceSettings:
    """Instance settings and its rules of conduct (one rule per entry: title, then an
    optional explanation after a line break), changed together or not at all."""
    if not actor.is_admin:
        raise Forbidden(N_("Only admins can change this."))
    errors = FieldErrors()
    name = errors.text("instance_name", form.name, max_length=100)
    region = errors.text("region", form.region, max_length=100)
    description = errors.text("description", form.description, max_length=5000, required=False)
    if form.group_creation not in ("members", "admins"):
        errors.add("group_creation", N_("Choose an option from the list."))
    rules = rule_texts.check(errors, form.rules)
    errors.raise_if_any()
    async with transaction():
        instance = await ensure_instance()
        instance.name, instance.region, instance.description = name, region, description
        instance.group_creation = form.group_creation
        instance.open_registration = form.open_registration
        await instance.save()
        await rule_texts.replace(None, rules, actor=actor)
    return instance


async def instance_rules() -> list[Rule]:
    return await Rule.filter(group_id=None).order_by("position")
