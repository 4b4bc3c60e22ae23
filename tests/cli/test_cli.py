"""The `polder` command as a person runs it: a real process on a fresh data folder."""

from __future__ import annotations

import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.servers import (
    POLDER,
    clean_env,
    free_port,
    start_serve,
    stop,
    wait_until_answering,
)


def run(data: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = clean_env()
    return subprocess.run(
        [*POLDER, "--data", str(data), *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def rows(data: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(data / "polder.sqlite3") as conn:
        return conn.execute(sql).fetchall()


def test_help_lists_every_command(tmp_path: Path) -> None:
    result = run(tmp_path, "--help")
    assert result.returncode == 0
    for command in ("serve", "migrate", "user", "group", "token"):
        assert command in result.stdout


def test_operator_flow(tmp_path: Path) -> None:
    assert run(tmp_path, "migrate").returncode == 0
    created = run(
        tmp_path,
        "user", "create", "--username", "anna", "--name", "Anna de Boer",
        "--organisation", "LTO Noord", "--email", "anna@example.nl", "--role", "farmer",
        "--admin",
        stdin="a good long password\n",
    )  # fmt: skip
    assert created.returncode == 0, created.stderr
    assert rows(tmp_path, "SELECT username, is_admin, organisation FROM users") == [
        ("anna", 1, "LTO Noord")
    ]
    group = run(
        tmp_path,
        "group", "create", "--slug", "gelderse-vallei", "--title", "Stikstof Gelderse Vallei",
        "--area", "Gelderse Vallei", "--topic", "stikstof", "--owner", "anna",
    )  # fmt: skip
    assert group.returncode == 0, group.stderr
    assert rows(tmp_path, "SELECT role FROM memberships") == [("owner",)]
    token = run(tmp_path, "token", "create", "--user", "anna")
    assert token.returncode == 0 and token.stdout.startswith("pld_")
    assert len(rows(tmp_path, "SELECT token_hash FROM api_tokens")) == 1

    bob = run(
        tmp_path,
        "user", "create", "--username", "bob", "--name", "Bob", "--email", "bob@example.nl",
        stdin="another long password\n",
    )  # fmt: skip
    assert bob.returncode == 0, bob.stderr
    assert run(tmp_path, "user", "promote", "bob").returncode == 0
    assert rows(tmp_path, "SELECT is_admin, organisation FROM users WHERE username='bob'") == [
        (1, "")
    ]


@pytest.mark.parametrize(
    ("args", "stdin", "message"),
    [
        (("user", "create", "--username", "x"), "", "required"),
        (("user", "create", "--username", "Bad Name", "--name", "N", "--email", "a@b.nl"),
         "long enough password\n", "username"),
        (("user", "create", "--username", "anna", "--name", "N", "--email", "a@b.nl"),
         "short\n", "password"),
        (("user", "promote", "nobody"), "", "does not exist"),
        (("group", "create", "--slug", "x", "--title", "T", "--area", "A", "--topic", "water"),
         "", "slug"),
        (("group", "create", "--slug", "abc", "--title", "T", "--area", "A", "--topic", "mars"),
         "", "invalid choice"),
        (("token", "create", "--user", "nobody"), "", "does not exist"),
        (("frobnicate",), "", "invalid choice"),
    ],
)  # fmt: skip
def test_bad_arguments_fail_with_a_message(
    tmp_path: Path, args: tuple[str, ...], stdin: str, message: str
) -> None:
    result = run(tmp_path, *args, stdin=stdin)
    assert result.returncode != 0
    assert message in result.stderr
    if (tmp_path / "polder.sqlite3").exists():
        assert rows(tmp_path, "SELECT count(*) FROM users") == [(0,)]


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    port = free_port()
    log = (tmp_path / "server.log").open("w")
    proc = start_serve(tmp_path, port, clean_env(domain=f"127.0.0.1:{port}"), log)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_answering(
            proc, base + "/static/css/polder.css", (tmp_path / "server.log").read_text
        )
        yield base, tmp_path
    finally:
        stop(proc)
        log.close()


def test_serve_migrates_a_fresh_data_folder_and_asks_for_setup(
    server: tuple[str, Path],
) -> None:
    base, data = server
    response = httpx.get(base + "/", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/setup"
    assert (data / "secret_key").exists()
    assert rows(data, "SELECT version FROM aerich")


def test_people_from_other_instances_get_no_token_and_are_not_promoted(tmp_path: Path) -> None:
    assert run(tmp_path, "migrate").returncode == 0
    with sqlite3.connect(tmp_path / "polder.sqlite3") as conn:
        conn.execute(
            "INSERT INTO users (username, name, organisation, role, password_hash, is_admin, bio,"
            " created_at, domain, ap_id) VALUES ('alice@remote.example', 'Alice', '', 'other',"
            " '', 0, '', '2026-01-01 00:00:00+00:00', 'remote.example',"
            " 'https://remote.example/users/alice')"
        )
    token = run(tmp_path, "token", "create", "--user", "alice@remote.example")
    assert token.returncode != 0 and "does not exist" in token.stderr
    promote = run(tmp_path, "user", "promote", "alice@remote.example")
    assert promote.returncode != 0 and "does not exist" in promote.stderr
    assert rows(tmp_path, "SELECT is_admin FROM users") == [(0,)]
    assert rows(tmp_path, "SELECT count(*) FROM api_tokens") == [(0,)]


def test_serve_on_a_public_host_needs_a_domain(tmp_path: Path) -> None:
    result = run(tmp_path, "serve", "--host", "0.0.0.0", "--port", str(free_port()))
    assert result.returncode == 2
    assert "set POLDER_DOMAIN" in result.stderr


def test_serve_uses_its_port_in_absolute_addresses(tmp_path: Path) -> None:
    port = free_port()
    proc = start_serve(tmp_path, port, clean_env(), subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().startswith(f"Polder runs at {base} ")
        document = wait_until_answering(proc, base + "/.well-known/nodeinfo")
        assert document.status_code == 200
        assert document.json()["links"][0]["href"].startswith(base + "/")
    finally:
        stop(proc)


def test_keys_rotate_makes_a_new_pair_and_refuses_what_is_not_ours(tmp_path: Path) -> None:
    created = run(
        tmp_path, "user", "create", "--username", "anna", "--name", "Anna Jansen",
        "--email", "anna@example.nl", "--role", "farmer", stdin="a long enough password\n",
    )  # fmt: skip
    assert created.returncode == 0, created.stderr
    first = run(tmp_path, "keys", "rotate", "--user", "anna")
    assert first.returncode == 0, first.stderr
    assert "0 server(s)" in first.stdout  # nobody elsewhere knows Anna yet
    assert run(tmp_path, "keys", "rotate", "--instance").returncode == 0
    unknown = run(tmp_path, "keys", "rotate", "--user", "niemand")
    assert unknown.returncode == 2 and "does not exist" in unknown.stderr
    neither = run(tmp_path, "keys", "rotate")
    assert neither.returncode == 2 and "one of the arguments" in neither.stderr
