"""Developer tool: write the next migration for both SQLite and PostgreSQL.

    python -m server.makemigration add_federation

Aerich writes SQL for the one database it runs against, so this runs it twice — on a scratch
SQLite file and on a scratch PostgreSQL database (POLDER_MIGRATION_PG_URL, default the local
`polder_migrations`), both first brought to the latest migration — and writes one file that
carries both texts and picks by dialect (see docs/architecture.md). Review the SQL it writes:
SQLite cannot alter columns in place, and aerich's SQLite output may need a hand-written
table rebuild.
"""

from __future__ import annotations

import asyncio
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from aerich import Command
from tortoise import Tortoise

from server.config import load_settings
from server.db import MIGRATIONS_DIR, connect, disconnect, migrate, tortoise_config

PG_URL = os.environ.get(
    "POLDER_MIGRATION_PG_URL", "postgres://postgres@127.0.0.1:5432/polder_migrations"
)
_FUNCTION = r'async def %s\(db: BaseDBAsyncClient\) -> str:\n    return """(.*?)"""'


async def _generate(url: str, name: str, scratch: Path) -> Path:
    settings = load_settings({"data_dir": str(scratch), "database_url": url}, environ={})
    await connect(settings)
    if url.startswith("postgres"):
        await Tortoise.get_connection("default").execute_script(
            "DROP SCHEMA public CASCADE; CREATE SCHEMA public;"
        )
    await migrate(settings)
    location = scratch / "migrations"
    shutil.copytree(MIGRATIONS_DIR, location)
    command = Command(tortoise_config(url), app="models", location=str(location))
    await command.init()
    written = await command.migrate(name, no_input=True)
    await disconnect()
    if not written:
        raise SystemExit("the models match the last migration: nothing to write")
    return location / "models" / written


def _part(text: str, function: str) -> str:
    match = re.search(_FUNCTION % function, text, re.S)
    if match is None:
        raise SystemExit(f"aerich's output has no {function}()")
    return match.group(1)


def _merge(sqlite_file: Path, postgres_file: Path) -> str:
    lite, pg = sqlite_file.read_text(), postgres_file.read_text()
    state = pg[pg.index("MODELS_STATE") :]
    return f'''"""{sqlite_file.stem}: SQL for both dialects (python -m server.makemigration)."""

from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True

_UPGRADE = {{
    "sqlite": """{_part(lite, "upgrade")}""",
    "postgres": """{_part(pg, "upgrade")}""",
}}

_DOWNGRADE = {{
    "sqlite": """{_part(lite, "downgrade")}""",
    "postgres": """{_part(pg, "downgrade")}""",
}}


async def upgrade(db: BaseDBAsyncClient) -> str:
    return _UPGRADE[db.capabilities.dialect]


async def downgrade(db: BaseDBAsyncClient) -> str:
    return _DOWNGRADE[db.capabilities.dialect]


{state}'''


def _generate_apart(url: str, name: str, scratch: Path) -> Path:
    """`_generate` in a process of its own: Tortoise keeps each model's SQL templates (with
    the first dialect's placeholders) for the life of the process, so a second database in
    the same process gets SQLite's `?` where PostgreSQL wants `$1`."""
    command = [sys.executable, "-m", "server.makemigration", "--one", url, name, str(scratch)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        raise SystemExit(result.stderr or result.stdout)
    return Path(result.stdout.strip().splitlines()[-1])


def main(name: str) -> Path:
    with tempfile.TemporaryDirectory() as lite_dir, tempfile.TemporaryDirectory() as pg_dir:
        lite_file = _generate_apart(f"sqlite://{lite_dir}/db.sqlite3", name, Path(lite_dir))
        pg_file = _generate_apart(PG_URL, name, Path(pg_dir))
        target = MIGRATIONS_DIR / "models" / lite_file.name
        target.write_text(_merge(lite_file, pg_file))
    return target


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--one":
        print(asyncio.run(_generate(sys.argv[2], sys.argv[3], Path(sys.argv[4]))))
    elif len(sys.argv) == 2:
        print(main(sys.argv[1]))
    else:
        raise SystemExit("usage: python -m server.makemigration NAME")
