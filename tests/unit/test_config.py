from __future__ import annotations

from pathlib import Path

import pytest

from server.config import ConfigError, load_settings


def test_defaults_use_sqlite_in_data_folder_and_generate_secret(tmp_path: Path) -> None:
    settings = load_settings({"data_dir": str(tmp_path)}, environ={})
    assert settings.database_url == f"sqlite://{tmp_path / 'polder.sqlite3'}"
    secret_file = tmp_path / "secret_key"
    assert secret_file.read_text() == settings.secret_key
    assert secret_file.stat().st_mode & 0o077 == 0
    # The same key on the next start: sessions and tokens survive restarts.
    assert load_settings({"data_dir": str(tmp_path)}, environ={}).secret_key == settings.secret_key
    assert settings.base_url == "http://127.0.0.1:8000"


def test_environment_beats_toml_and_overrides_beat_environment(tmp_path: Path) -> None:
    (tmp_path / "polder.toml").write_text('domain = "toml.example.nl"\npage_size = 30\n')
    env = {"POLDER_DOMAIN": "env.example.nl", "POLDER_DATA_DIR": str(tmp_path)}
    settings = load_settings(environ=env)
    assert settings.domain == "env.example.nl"
    assert settings.page_size == 30
    assert settings.base_url == "https://env.example.nl"
    assert load_settings({"domain": "cli.example.nl"}, environ=env).domain == "cli.example.nl"


def test_dev_mode_uses_http(tmp_path: Path) -> None:
    env = {"POLDER_DOMAIN": "polder.test", "POLDER_DEV": "1", "POLDER_DATA_DIR": str(tmp_path)}
    settings = load_settings(environ=env)
    assert settings.dev and settings.base_url == "http://polder.test"
    assert not settings.sends_mail


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({"POLDER_DEV": "perhaps"}, "true or false"),
        ({"POLDER_PAGE_SIZE": "many"}, "whole number"),
        ({"POLDER_DATABASE_URL": "mysql://x"}, "sqlite:// or postgres://"),
        ({"POLDER_DEFAULT_LANGUAGE": "de"}, "nl, en"),
        ({"POLDER_DOMAIN": "http://x/y"}, "host name"),
        ({"POLDER_SECRET_KEY": "short"}, "32 characters"),
    ],
)
def test_bad_values_are_refused_clearly(tmp_path: Path, env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_settings(environ={"POLDER_DATA_DIR": str(tmp_path), **env})


def test_broken_toml_is_refused(tmp_path: Path) -> None:
    (tmp_path / "polder.toml").write_text("domain = \n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_settings({"data_dir": str(tmp_path)}, environ={})
