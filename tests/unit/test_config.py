from __future__ import annotations

from pathlib import Path

import pytest

from server.config import ConfigError, is_configured, is_loopback_host, load_settings


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
        ({"POLDER_PAGE_SIZE": "0"}, "POLDER_PAGE_SIZE must be from 1 to 100"),
        ({"POLDER_PAGE_SIZE": "-5"}, "POLDER_PAGE_SIZE must be from 1 to 100"),
        ({"POLDER_PAGE_SIZE": "101"}, "POLDER_PAGE_SIZE must be from 1 to 100"),
        ({"POLDER_LOGIN_ATTEMPTS_PER_15_MIN": "0"}, "1 or more"),
        ({"POLDER_LOGIN_ATTEMPTS_PER_15_MIN": "-1"}, "1 or more"),
        ({"POLDER_METRICS_TOKEN": "short"}, "POLDER_METRICS_TOKEN must be at least 16"),
        ({"POLDER_METRICS_ALLOW": "10.0.0.1, nonsense"}, "POLDER_METRICS_ALLOW must list"),
        ({"POLDER_LOG_FORMAT": "xml"}, "POLDER_LOG_FORMAT must be one of plain, json"),
        ({"POLDER_WORKER_NICE": "-1"}, "POLDER_WORKER_NICE must be from 0 to 19"),
        ({"POLDER_WORKER_NICE": "20"}, "POLDER_WORKER_NICE must be from 0 to 19"),
        ({"POLDER_DEV_CLOCK": "/tmp/clock"}, "POLDER_DEV_CLOCK is for development"),
    ],
)
def test_bad_values_are_refused_clearly(tmp_path: Path, env: dict[str, str], message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_settings(environ={"POLDER_DATA_DIR": str(tmp_path), **env})


def test_broken_toml_is_refused(tmp_path: Path) -> None:
    (tmp_path / "polder.toml").write_text("domain = \n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_settings({"data_dir": str(tmp_path)}, environ={})


def test_page_size_and_attempts_at_their_bounds_are_accepted(tmp_path: Path) -> None:
    env = {
        "POLDER_DATA_DIR": str(tmp_path),
        "POLDER_PAGE_SIZE": "1",
        "POLDER_LOGIN_ATTEMPTS_PER_15_MIN": "1",
    }
    settings = load_settings(environ=env)
    assert (settings.page_size, settings.login_attempts_per_15_min) == (1, 1)
    assert load_settings(environ={**env, "POLDER_PAGE_SIZE": "100"}).page_size == 100


def test_page_size_from_toml_is_checked_too(tmp_path: Path) -> None:
    (tmp_path / "polder.toml").write_text("page_size = 0\n")
    with pytest.raises(ConfigError, match="POLDER_PAGE_SIZE"):
        load_settings({"data_dir": str(tmp_path)}, environ={})


def test_is_configured_sees_environment_and_toml_but_not_defaults(tmp_path: Path) -> None:
    assert not is_configured("domain", tmp_path, environ={})
    assert is_configured("domain", tmp_path, environ={"POLDER_DOMAIN": "polder.example.nl"})
    (tmp_path / "polder.toml").write_text('domain = "polder.example.nl"\n')
    assert is_configured("domain", tmp_path, environ={})


@pytest.mark.parametrize(
    ("host", "loopback"),
    [("127.0.0.1", True), ("localhost", True), ("::1", True), ("[::1]", True),
     ("0.0.0.0", False), ("192.168.1.5", False), ("polder.example.nl", False), ("::", False)],
)  # fmt: skip
def test_loopback_hosts(host: str, loopback: bool) -> None:
    assert is_loopback_host(host) is loopback


def test_ipv6_loopback_domain_with_port_uses_http(tmp_path: Path) -> None:
    settings = load_settings({"data_dir": str(tmp_path), "domain": "[::1]:8111"}, environ={})
    assert settings.base_url == "http://[::1]:8111"


def test_metrics_allow_list_is_parsed(tmp_path: Path) -> None:
    env = {"POLDER_DATA_DIR": str(tmp_path), "POLDER_METRICS_ALLOW": "10.1.2.3, 192.168.0.0/24,::1"}
    networks = [str(n) for n in load_settings(environ=env).metrics_networks]
    assert networks == ["10.1.2.3/32", "192.168.0.0/24", "::1/128"]
