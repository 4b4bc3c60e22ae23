"""Hardening of accounts: login limits under parallel requests, timing, password hashing off the
event loop, mail failures, people from other instances, and one-time reset links."""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import socket
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from typing import Any

import httpx
import pytest
from tortoise.backends.base.client import TransactionalDBClient
from tortoise.connection import get_connections

from server.app import create_app
from server.config import Settings
from server.models import ApiToken, RateLimitHit, User
from server.services import accounts, mail, passwords, tokens
from server.services.errors import Invalid, NotFound, RateLimited
from tests.app.test_web_accounts import sign_up_form
from tests.conftest import PASSWORD, csrf_token, make_user, sent_mails

WRONG = "not the password"


async def _outcomes(attempts: Sequence[Awaitable[Any]]) -> tuple[int, int]:
    """(attempts that got past the limit, attempts refused by it)."""
    results = await asyncio.gather(*attempts, return_exceptions=True)
    for result in results:
        assert isinstance(result, Invalid | RateLimited), result
    past = sum(isinstance(r, Invalid) for r in results)
    return past, len(results) - past


async def test_parallel_wrong_logins_cannot_pass_the_account_limit(settings: Settings) -> None:
    await make_user(settings, "anna")
    limit = settings.login_attempts_per_15_min
    # Each from another address, so only the per-account limit stands in the way.
    attempts = [accounts.authenticate(settings, "anna", WRONG, f"10.0.0.{n}") for n in range(30)]
    past, refused = await _outcomes(attempts)
    assert past <= limit
    assert refused >= 30 - limit
    # Refused attempts are not kept: the lock ends one window after the limit was reached.
    anna = await User.get(username="anna")
    assert await RateLimitHit.filter(key=f"login:account:{anna.id}").count() == past


async def test_parallel_wrong_logins_cannot_pass_the_client_limit(settings: Settings) -> None:
    limit = settings.login_attempts_per_15_min
    attempts = [accounts.authenticate(settings, f"nobody{n}", WRONG, "10.0.0.9") for n in range(30)]
    past, _refused = await _outcomes(attempts)
    assert past <= limit


async def test_parallel_login_posts_get_429(client: httpx.AsyncClient, settings: Settings) -> None:
    await make_user(settings, "anna")
    token = await csrf_token(client, "/login")
    wrong = {"csrf_token": token, "login": "anna", "password": WRONG}
    responses = await asyncio.gather(*(client.post("/login", data=wrong) for _ in range(30)))
    statuses = [r.status_code for r in responses]
    assert set(statuses) <= {422, 429}
    assert statuses.count(422) <= settings.login_attempts_per_15_min
    assert statuses.count(429) >= 30 - settings.login_attempts_per_15_min


async def test_username_and_email_share_one_allowance(settings: Settings) -> None:
    await make_user(settings, "anna")
    limit = settings.login_attempts_per_15_min
    for n in range(limit):
        login = "anna" if n % 2 else " Anna@Example.nl "
        with pytest.raises(Invalid):
            await accounts.authenticate(settings, login, WRONG, f"10.0.1.{n}")
    with pytest.raises(RateLimited):
        await accounts.authenticate(settings, "anna", PASSWORD, "10.0.2.1")


async def test_unknown_logins_are_limited_by_their_normalised_text(settings: Settings) -> None:
    limit = settings.login_attempts_per_15_min
    for n in range(limit):
        with pytest.raises(Invalid):
            await accounts.authenticate(settings, " Nobody " if n % 2 else "nobody", WRONG, str(n))
    with pytest.raises(RateLimited):
        await accounts.authenticate(settings, "NOBODY", WRONG, "10.0.3.1")
    # A very long login is simply wrong, and still makes a key that fits its column.
    for login in ("x" * 5000, "x" * 5000 + "@example.nl"):
        with pytest.raises(Invalid):
            await accounts.authenticate(settings, login, WRONG, "10.0.3.2")


async def test_very_long_names_and_addresses_are_not_found(
    client: httpx.AsyncClient, settings: Settings
) -> None:
    with pytest.raises(NotFound):
        await accounts.get_user("x" * 300)
    with pytest.raises(NotFound):
        await accounts.get_local_user("x" * 300)
    assert (await client.get("/u/" + "x" * 300)).status_code == 404
    token = await csrf_token(client, "/reset")
    reset = await client.post("/reset", data={"csrf_token": token, "email": "x" * 300 + "@a.nl"})
    assert reset.status_code == 303


async def test_right_login_clears_the_account_and_is_not_counted(settings: Settings) -> None:
    anna = await make_user(settings, "anna")
    for _ in range(3):
        with pytest.raises(Invalid):
            await accounts.authenticate(settings, "anna", WRONG, "10.0.4.1")
    assert (await accounts.authenticate(settings, "anna", PASSWORD, "10.0.4.1")).id == anna.id
    assert await RateLimitHit.filter(key=f"login:account:{anna.id}").count() == 0
    assert await RateLimitHit.filter(key="login:client:10.0.4.1").count() == 3


@pytest.fixture
def verifications(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The password hashes checked, in order (the dummy's too)."""
    seen: list[str] = []
    real = passwords._verify

    def counting(password_hash: str, password: str) -> bool:
        seen.append(password_hash)
        return real(password_hash, password)

    monkeypatch.setattr(passwords, "_verify", counting)
    return seen


async def test_unknown_account_does_the_same_password_work(
    settings: Settings, verifications: list[str]
) -> None:
    anna = await make_user(settings, "anna")
    with pytest.raises(Invalid) as unknown:
        await accounts.authenticate(settings, "nobody", WRONG, "10.0.5.1")
    assert len(verifications) == 1
    assert verifications[0].startswith("$argon2")
    with pytest.raises(Invalid) as wrong:
        await accounts.authenticate(settings, "anna", WRONG, "10.0.5.1")
    assert verifications[1] == anna.password_hash
    # The same answer for both, so neither words nor timing tell which accounts exist.
    assert unknown.value.fields == wrong.value.fields


async def test_hashing_runs_in_threads_a_few_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    loop_thread = threading.get_ident()
    lock = threading.Lock()
    state = {"now": 0, "most": 0}
    threads: set[int] = set()
    real = passwords._hasher.hash
    release = threading.Event()

    def slow_hash(password: str) -> str:
        with lock:
            state["now"] += 1
            state["most"] = max(state["most"], state["now"])
            threads.add(threading.get_ident())
        # Held until every hash has been asked for: only the semaphore limits how many run.
        release.wait(timeout=10)
        try:
            return real(password)
        finally:
            with lock:
                state["now"] -= 1

    class Hasher:
        hash = staticmethod(slow_hash)

    monkeypatch.setattr(passwords, "_hasher", Hasher())
    jobs = [asyncio.ensure_future(passwords.hash_password(f"pw {n}")) for n in range(6)]
    # The event loop is free while hashes run: this sleep(0) loop would hang otherwise.
    for _ in range(20):
        await asyncio.sleep(0)
    release.set()
    hashes = await asyncio.gather(*jobs)
    assert all(h.startswith("$argon2") for h in hashes)
    assert loop_thread not in threads
    assert 1 <= state["most"] <= passwords.SLOTS


async def test_registration_hashes_outside_any_transaction(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    in_transaction: list[bool] = []
    real = accounts.hash_password

    async def watching(password: str) -> str:
        connection = get_connections().get("default")
        in_transaction.append(isinstance(connection, TransactionalDBClient))
        return await real(password)

    monkeypatch.setattr(accounts, "hash_password", watching)
    await make_user(settings, "anna")
    assert in_transaction == [False]


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def smtp_down(settings: Settings) -> Settings:
    """Production-like settings whose mail server refuses connections."""
    return dataclasses.replace(
        settings, dev=False, smtp_host="127.0.0.1", smtp_port=_closed_port(), smtp_tls="none"
    )


async def test_send_mail_reports_a_refusing_server(
    smtp_down: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    assert smtp_down.sends_mail
    with caplog.at_level(logging.ERROR, logger="server.services.mail"):
        sent = await mail.send_mail(smtp_down, "anna@example.nl", "Hello", "Body")
    assert sent is False
    assert "could not send mail 'Hello'" in caplog.text
    assert "anna@example.nl" not in caplog.text


@pytest.fixture
async def down_client(smtp_down: Settings, admin: User) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(smtp_down, manage_database=False)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    # Not in development mode, so https: the session cookie is only sent over it.
    async with httpx.AsyncClient(transport=transport, base_url="https://testserver") as c:
        yield c


async def test_registration_works_when_mail_fails(
    down_client: httpx.AsyncClient, smtp_down: Settings
) -> None:
    token = await csrf_token(down_client, "/register")
    response = await down_client.post("/register", data=sign_up_form(token))
    assert response.status_code == 303, response.text
    piet = await User.get(username="piet")
    assert piet.email_confirmed_at is None
    settings_page = await down_client.get("/settings")
    assert settings_page.status_code == 200
    assert "We konden je nu geen e-mail sturen" in settings_page.text
    assert 'action="/confirm/resend"' in settings_page.text
    token = await csrf_token(down_client, "/settings")
    resend = await down_client.post("/confirm/resend", data={"csrf_token": token})
    assert resend.status_code == 303
    assert "We konden de e-mail nu niet sturen" in (await down_client.get("/settings")).text
    assert sent_mails(smtp_down) == []


async def test_password_reset_request_survives_mail_failure(
    down_client: httpx.AsyncClient, smtp_down: Settings
) -> None:
    await make_user(smtp_down, "anna")
    token = await csrf_token(down_client, "/reset")
    response = await down_client.post(
        "/reset", data={"csrf_token": token, "email": "anna@example.nl"}
    )
    assert response.status_code == 303


@pytest.fixture
async def remote() -> User:
    return await User.create(
        username="alice@remote.example",
        name="Alice Remote",
        domain="remote.example",
        ap_id="https://remote.example/users/alice",
        email=None,
    )


async def test_people_from_other_instances_never_log_in(settings: Settings, remote: User) -> None:
    for login in ("alice@remote.example", "Alice@Remote.Example"):
        with pytest.raises(Invalid):
            await accounts.authenticate(settings, login, "", "10.0.6.1")
    with pytest.raises(NotFound):
        await accounts.get_local_user("alice@remote.example")
    with pytest.raises(NotFound):
        await accounts.promote("alice@remote.example")
    assert not (await User.get(id=remote.id)).is_admin


async def test_people_from_other_instances_get_no_api_token(remote: User) -> None:
    with pytest.raises(NotFound):
        await tokens.create_token(remote, "x")
    assert await ApiToken.filter(user_id=remote.id).count() == 0
    # A token row made some other way still does not work.
    secret = "pld_planted"
    await ApiToken.create(user=remote, name="x", token_hash=tokens.token_hash(secret))
    assert await tokens.user_for_token(secret) is None


async def test_remote_token_is_refused_by_the_api(client: httpx.AsyncClient, remote: User) -> None:
    secret = "pld_planted"
    await ApiToken.create(user=remote, name="x", token_hash=tokens.token_hash(secret))
    response = await client.get("/api/v1/me", headers={"authorization": f"Bearer {secret}"})
    assert response.status_code == 401


async def test_local_user_lookup(settings: Settings) -> None:
    anna = await make_user(settings, "anna")
    assert (await accounts.get_local_user(" Anna ")).id == anna.id
    assert (await accounts.promote("anna")).is_admin


def _reset_token(settings: Settings, user: User) -> str:
    serializer = accounts._serializer(settings, "reset-password")
    return str(serializer.dumps({"u": user.id, "h": user.password_hash[-16:]}))


async def test_reset_link_works_once_even_when_used_twice_at_once(settings: Settings) -> None:
    anna = await make_user(settings, "anna")
    token = _reset_token(settings, anna)
    uses: list[Callable[[], Awaitable[User]]] = [
        lambda: accounts.reset_password(settings, token, "first new password"),
        lambda: accounts.reset_password(settings, token, "second new password"),
    ]
    results = await asyncio.gather(*(use() for use in uses), return_exceptions=True)
    assert sum(isinstance(r, User) for r in results) == 1
    assert sum(isinstance(r, NotFound) for r in results) == 1
    with pytest.raises(NotFound):
        await accounts.reset_token_user(settings, token)


async def test_reset_checks_the_repeat_and_keeps_the_link(settings: Settings) -> None:
    anna = await make_user(settings, "anna")
    token = _reset_token(settings, anna)
    with pytest.raises(Invalid) as problem:
        await accounts.reset_password(settings, token, "a long new password", "another one")
    assert set(problem.value.fields) == {"password_repeat"}
    assert (await accounts.reset_token_user(settings, token)).id == anna.id
    user = await accounts.reset_password(
        settings, token, "a long new password", "a long new password"
    )
    assert await passwords.verify_password(user.password_hash, "a long new password")
