"""A real `polder serve` writes no client address to its logs, in either format: the address is
kept only in the rate-limit table, for a day at most (what the default privacy statement says).
The address comes in through X-Forwarded-For from a proxy on the same machine, as behind nginx
or Caddy; the rate-limit table holding it proves that it reached the application."""

from __future__ import annotations

import json
import re
import sqlite3
import subprocess
from pathlib import Path

import httpx
import pytest

from tests.servers import POLDER, clean_env, free_port, start_serve, stop, wait_until_answering

ADDRESS = "203.0.113.77"
PASSWORD = "een lang wachtwoord"


def _visit(base: str) -> None:
    """What a visitor does that rate limits and logs see: pages, a wrong login, a forged form,
    a missing page, an unsigned inbox post."""
    headers = {"X-Forwarded-For": ADDRESS}
    with httpx.Client(base_url=base, headers=headers, timeout=10) as web:
        assert web.get("/").status_code == 200
        token = re.search(r'name="csrf_token" value="([^"]+)"', web.get("/login").text)
        assert token
        wrong = {"csrf_token": token[1], "login": "beheer", "password": "niet dit", "next": "/"}
        assert web.post("/login", data=wrong).status_code == 422
        assert web.post("/login", data={"login": "beheer"}).status_code == 403
        assert web.get("/bestaat-niet").status_code == 404
        inbox = web.post("/inbox", json={"type": "Follow"})
        assert inbox.status_code in (400, 401)


@pytest.mark.parametrize("log_format", ["plain", "json"])
def test_no_client_address_in_the_logs(tmp_path: Path, log_format: str) -> None:
    data, port = tmp_path / "data", free_port()
    env = clean_env(dev="1", domain=f"127.0.0.1:{port}", log_format=log_format)
    subprocess.run(
        [*POLDER, "--data", str(data), "user", "create", "--username", "beheer", "--name",
         "Gea Beheer", "--organisation", "Provincie Gelderland", "--email", "gea@example.nl",
         "--role", "government", "--admin"],
        input=PASSWORD + "\n", env=env, capture_output=True, text=True, timeout=60, check=True,
    )  # fmt: skip
    log_path = tmp_path / "serve.log"
    with log_path.open("wb") as log:
        process = start_serve(data, port, env, log, options=("--log-level", "debug"))
        try:
            base = f"http://127.0.0.1:{port}"
            wait_until_answering(process, base + "/static/css/polder.css", log_path.read_text)
            _visit(base)
        finally:
            stop(process)

    with sqlite3.connect(data / "polder.sqlite3") as db:
        keys = [row[0] for row in db.execute("SELECT key FROM rate_limit_hits")]
    assert any(ADDRESS in key for key in keys), keys
    text = log_path.read_text()
    assert ADDRESS not in text
    # The requests were logged, only without the address.
    for path in ("/login", "/bestaat-niet", "/inbox"):
        assert path in text, text[-2000:]
    if log_format == "json":
        access = [json.loads(line) for line in text.splitlines() if line.startswith("{")]
        lines = [entry for entry in access if entry.get("logger") == "polder.access"]
        assert lines and not any("client" in entry for entry in lines)
