from __future__ import annotations

import shutil
from pathlib import Path

from aerich import Command

from server.config import Settings
from server.db import MIGRATIONS_DIR, tortoise_config


async def test_models_have_no_changes_without_a_migration(
    settings: Settings, tmp_path: Path, database: None
) -> None:
    # A copy: should the models have changed, aerich writes the new migration there, not here.
    location = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, location)
    command = Command(
        tortoise_config=tortoise_config(settings.database_url),
        app="models",
        location=str(location),
    )
    await command.init()
    assert await command.migrate("unexpected", no_input=True) == "", (
        "the models differ from the last migration: add a migration (docs/architecture.md)"
    )


def test_every_migration_carries_sqlite_and_postgres() -> None:
    for path in sorted(MIGRATIONS_DIR.glob("models/*.py")):
        text = path.read_text()
        assert '"sqlite":' in text and '"postgres":' in text, path.name
