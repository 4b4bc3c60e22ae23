"""Storage settings: local by default; s3 checked at start, its secret maybe from a file."""

from __future__ import annotations

from pathlib import Path

import pytest

from server.config import ConfigError, load_settings

S3 = {
    "POLDER_STORAGE": "s3",
    "POLDER_S3_ENDPOINT": "https://s3.example.nl",
    "POLDER_S3_BUCKET": "polder-files",
    "POLDER_S3_ACCESS_KEY": "AKIDPOLDER",
    "POLDER_S3_SECRET_KEY": "geheim-geheim",
}


def test_local_is_the_default(tmp_path: Path) -> None:
    settings = load_settings(environ={"POLDER_DATA_DIR": str(tmp_path)})
    assert settings.storage == "local" and settings.s3_region == "us-east-1"


def test_s3_settings_are_read_and_the_secret_is_not_shown(tmp_path: Path) -> None:
    settings = load_settings(environ={"POLDER_DATA_DIR": str(tmp_path), **S3})
    assert (settings.storage, settings.s3_bucket) == ("s3", "polder-files")
    assert "geheim" not in repr(settings)


def test_the_secret_can_come_from_a_file(tmp_path: Path) -> None:
    secret = tmp_path / "s3-secret"
    secret.write_text("uit-een-bestand\n")
    env = {**S3, "POLDER_DATA_DIR": str(tmp_path), "POLDER_S3_SECRET_KEY_FILE": str(secret)}
    del env["POLDER_S3_SECRET_KEY"]
    assert load_settings(environ=env).s3_secret_key == "uit-een-bestand"
    # Only secrets are read from files; an unreadable one stops the start with its name.
    env["POLDER_S3_SECRET_KEY_FILE"] = str(tmp_path / "missing")
    with pytest.raises(ConfigError, match="POLDER_S3_SECRET_KEY_FILE: cannot read"):
        load_settings(environ=env)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"POLDER_STORAGE": "ftp"}, "POLDER_STORAGE must be one of local, s3"),
        ({"POLDER_S3_BUCKET": ""}, "POLDER_STORAGE=s3\\) need POLDER_S3_BUCKET"),
        (
            {"POLDER_S3_ACCESS_KEY": "", "POLDER_S3_SECRET_KEY": ""},
            "need POLDER_S3_ACCESS_KEY, POLDER_S3_SECRET_KEY",
        ),
        ({"POLDER_S3_ENDPOINT": "s3.example.nl"}, "POLDER_S3_ENDPOINT must be an address"),
        ({"POLDER_S3_PREFIX": "/polder/"}, "POLDER_S3_PREFIX must be a name"),
    ],
)
def test_incomplete_s3_settings_stop_the_start(
    tmp_path: Path, changes: dict[str, str], message: str
) -> None:
    with pytest.raises(ConfigError, match=message):
        load_settings(environ={"POLDER_DATA_DIR": str(tmp_path), **S3, **changes})


def test_every_secret_stays_out_of_repr_and_may_come_from_a_file(tmp_path: Path) -> None:
    key = tmp_path / "key"
    key.write_text("k" * 40)
    settings = load_settings(
        environ={"POLDER_DATA_DIR": str(tmp_path), "POLDER_SECRET_KEY_FILE": str(key)}
    )
    assert settings.secret_key == "k" * 40 and "k" * 40 not in repr(settings)
