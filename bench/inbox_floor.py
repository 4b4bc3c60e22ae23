"""The ceiling the inbox is held against: a minimal shared inbox on Starlette alone.

Per request: read the body, check the signature's headers, digest and clock window
(`federation.signatures.check_request`), verify RSA with a key parsed once at start (the cache),
insert one row into SQLite (WAL, one connection, a commit per request), answer 202. No
middleware, no ORM, no key fetching, no handlers. Served by uvicorn with the bench's settings:

    BENCH_FLOOR_KEYS=keys.json BENCH_FLOOR_DB=floor.sqlite3 \
        python -m uvicorn bench.inbox_floor:floor_app --factory
"""

from __future__ import annotations

import json
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from pathlib import Path

import aiosqlite
from cryptography.hazmat.primitives.asymmetric import rsa
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from federation.errors import SignatureError
from federation.signatures import IncomingRequest, check_request, load_private_key
from federation.signatures import verify_signature as rsa_verify


def _keys() -> dict[str, rsa.RSAPublicKey]:
    spec = json.loads(Path(os.environ["BENCH_FLOOR_KEYS"]).read_text())
    return {
        f"{actor}#main-key": load_private_key(pem).public_key() for actor, pem in spec["actors"]
    }


def floor_app() -> Starlette:
    keys = _keys()
    path = os.environ["BENCH_FLOOR_DB"]
    conn: aiosqlite.Connection | None = None

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        nonlocal conn
        conn = await aiosqlite.connect(path)
        await conn.execute("PRAGMA journal_mode=WAL")
        await conn.execute(
            "CREATE TABLE IF NOT EXISTS inbox (id INTEGER PRIMARY KEY, ap_id TEXT UNIQUE,"
            " payload TEXT, key_id TEXT, received_at TEXT)"
        )
        await conn.commit()
        yield
        await conn.close()

    async def inbox(request: Request) -> Response:
        body = await request.body()
        incoming = IncomingRequest(
            method="POST", path=request.scope["raw_path"].decode(), headers=request.headers,
            body=body,
        )  # fmt: skip
        try:
            params = check_request(incoming, now=datetime.now(UTC))
            key = keys.get(params.key_id)
            if key is None:
                return Response(status_code=401)
            rsa_verify(incoming, params, key)
        except SignatureError:
            return Response(status_code=401)
        ap_id = json.loads(body)["id"]
        assert conn is not None
        await conn.execute(
            "INSERT OR IGNORE INTO inbox (ap_id, payload, key_id, received_at) VALUES (?,?,?,?)",
            (ap_id, body.decode(), params.key_id, datetime.now(UTC).isoformat()),
        )
        await conn.commit()
        return Response(status_code=202)

    async def health(request: Request) -> Response:
        return Response("ok")

    return Starlette(
        routes=[Route("/inbox", inbox, methods=["POST"]), Route("/health", health)],
        lifespan=lifespan,
    )
