"""Shared fixtures: one database per test session (SQLite by default, PostgreSQL when
POLDER_TEST_DATABASE_URL is set), emptied between tests; the app driven in-process."""

from __future__ import annotations

import dataclasses
import email
import os
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from tortoise import Tortoise

from server import db
from server.app import create_app
from server.config import Settings, load_settings
from server.models import Group, User
from server.services import accounts, groups, tokens
from server.services import instance as instance_service

PASSWORD = "correct horse battery"
TEST_DB_ENV = "POLDER_TEST_DATABASE_URL"


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    data = tmp_path_factory.mktemp("data")
    url = os.environ.get(TEST_DB_ENV) or f"sqlite://{data / 'test.sqlite3'}"
    return load_settings(
        {"data_dir": str(data), "database_url": url, "domain": "testserver", "dev": True},
        environ={},
    )


async def _reset_postgres_schema() -> None:
    conn = Tortoise.get_connection("default")
    await conn.execute_script("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")


@pytest.fixture(scope="session")
async def database(settings: Settings) -> AsyncIterator[None]:
    await db.connect(settings)
    if db.dialect() == "postgres":
        await _reset_postgres_schema()
    await db.migrate(settings)
    yield
    await db.disconnect()


def _tables() -> list[str]:
    models = Tortoise.apps["models"].values()  # type: ignore[index]
    return [m._meta.db_table for m in models if m._meta.db_table != "aerich"]


@pytest.fixture(autouse=True)
async def clean_database(database: None, settings: Settings) -> AsyncIterator[None]:
    yield
    conn = Tortoise.get_connection("default")
    tables = _tables()
    if db.dialect() == "postgres":
        names = ", ".join(f'"{t}"' for t in tables)
        await conn.execute_script(f"TRUNCATE {names} RESTART IDENTITY CASCADE;")
    else:
        await conn.execute_script(
            "PRAGMA foreign_keys = OFF;"
            + "".join(f'DELETE FROM "{t}";' for t in tables)
            + "PRAGMA foreign_keys = ON;"
        )
    for mail_file in settings.mail_dir.glob("*.eml"):
        mail_file.unlink()


@pytest.fixture
async def instance() -> None:
    await instance_service.ensure_instance(name="Polder Gelderland", region="Gelderland")


@pytest.fixture
async def admin(settings: Settings, instance: None) -> User:
    return await make_user(settings, "beheer", admin=True, organisation="Provincie Gelderland")


def client_for(settings: Settings, **changes: Any) -> httpx.AsyncClient:
    """A browser on an app with these settings, changed by `changes` (max_upload_mb=1, ...)."""
    app = create_app(dataclasses.replace(settings, **changes), manage_database=False)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    return httpx.AsyncClient(transport=transport, base_url="http://testserver")


@pytest.fixture
async def client(settings: Settings, admin: User) -> AsyncIterator[httpx.AsyncClient]:
    """A browser on a set-up instance (it has an admin, `beheer`)."""
    async with client_for(settings) as c:
        yield c


@pytest.fixture
async def fresh_client(settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    """A browser on a brand-new instance: no admin, no instance name yet."""
    async with client_for(settings) as c:
        yield c


@pytest.fixture
async def anna(settings: Settings) -> User:
    """A member of the public: a farmer of LTO Noord (see `make_user`)."""
    return await make_user(settings, "anna")


@pytest.fixture
async def group(anna: User) -> Group:
    """Anna's area group, `gelderse-vallei`."""
    return await make_group(anna)


async def make_user(
    settings: Settings,
    username: str = "anna",
    *,
    admin: bool = False,
    confirmed: bool = True,
    organisation: str = "LTO Noord",
    role: str = "farmer",
    language: str | None = None,
) -> User:
    form = accounts.Registration(
        username=username,
        name=username.capitalize() + " Jansen",
        organisation=organisation,
        private_person=not organisation,
        role=role,
        email=f"{username}@example.nl",
        password=PASSWORD,
        agree_rules=True,
        language=language,
    )
    return await accounts.register(settings, form, admin=admin, confirmed=confirmed)


async def make_group(owner: User | None = None, slug: str = "gelderse-vallei") -> Group:
    form = groups.GroupForm(
        slug=slug,
        title="Stikstof Gelderse Vallei",
        area="Gelderse Vallei",
        topic="stikstof",
        description="Samen werken aan minder stikstof.",
        rules=("Blijf bij het onderwerp", "Noem je bronnen"),
    )
    group = await groups.create_group(None, form)
    if owner is not None:
        await groups.make_owner(group, owner)
    return group


CSRF_RE = re.compile(r'name="csrf_token" value="([^"]+)"')


async def csrf_token(client: httpx.AsyncClient, path: str = "/login") -> str:
    page = await client.get(path)
    match = CSRF_RE.search(page.text)
    assert match, f"no CSRF token on {path} ({page.status_code})"
    return match.group(1)


async def login(client: httpx.AsyncClient, username: str, password: str = PASSWORD) -> None:
    token = await csrf_token(client, "/login")
    response = await client.post(
        "/login", data={"csrf_token": token, "login": username, "password": password}
    )
    assert response.status_code == 303, response.text


def sent_mails(settings: Settings) -> list[email.message.Message]:
    files = sorted(Path(settings.mail_dir).glob("*.eml"), key=lambda p: p.stat().st_mtime_ns)
    return [email.message_from_bytes(f.read_bytes()) for f in files]


async def api_headers(user: User, language: str | None = None) -> dict[str, str]:
    """Headers for the JSON API: a fresh token for `user`, optionally a language."""
    headers = {"authorization": f"Bearer {await tokens.create_token(user, 'tests')}"}
    if language:
        headers["accept-language"] = language
    return headers


# --- Remote people and groups as stored rows (ap-content) ------------------------------------


async def make_remote_user(
    host: str, name: str, *, shared_inbox: bool = False, scheme: str = "https"
) -> User:
    """A person of another instance as `remote_actors` stores one (fresh: never fetched)."""
    from federation.queue import utcnow

    base = f"{scheme}://{host}"
    return await User.create(
        username=f"{name}@{host}",
        name=name.capitalize(),
        domain=host,
        ap_id=f"{base}/u/{name}",
        inbox_url=f"{base}/u/{name}/inbox",
        shared_inbox_url=f"{base}/inbox" if shared_inbox else None,
        fetched_at=utcnow(),
    )


async def make_remote_group(host: str, slug: str = "main", *, scheme: str = "https") -> Group:
    """A group of another instance as `remote_actors` stores one (fresh: never fetched)."""
    from federation.queue import utcnow

    base = f"{scheme}://{host}"
    return await Group.create(
        slug=f"{slug}@{host}",
        title=f"{slug.capitalize()} elders",
        area="",
        domain=host,
        ap_id=f"{base}/c/{slug}",
        inbox_url=f"{base}/c/{slug}/inbox",
        shared_inbox_url=f"{base}/inbox",
        followers_url=f"{base}/c/{slug}/followers",
        fetched_at=utcnow(),
    )
