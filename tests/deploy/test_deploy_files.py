"""deploy/: the compose file, the systemd units and the image name only commands that exist, and
the installed package carries everything the server reads at run time."""

from __future__ import annotations

import configparser
import glob
import re
import shlex
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

from server import cli

ROOT = Path(__file__).parent.parent.parent
DEPLOY = ROOT / "deploy"


def _compose() -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    return document


def _polder_arguments(command: list[str]) -> list[str]:
    """The arguments after `polder` (or the path of a `polder` in a virtualenv)."""
    assert command and Path(command[0]).name == "polder", command
    return command[1:]


def _parses(arguments: list[str]) -> Any:
    try:
        return cli._parser().parse_args(arguments)
    except SystemExit:
        pytest.fail(f"`polder {' '.join(arguments)}` is not a valid polder command")


def test_compose_has_the_documented_services() -> None:
    services = _compose()["services"]
    assert set(services) == {"db", "migrate", "web", "worker-1", "worker-2", "proxy"}
    assert services["db"]["image"].startswith("postgres:")
    assert "pg_isready" in " ".join(services["db"]["healthcheck"]["test"])
    assert any(v.endswith(":/var/lib/postgresql/data") for v in services["db"]["volumes"])
    assert set(services["proxy"]["ports"]) >= {"80:80", "443:443"}
    for name in ("migrate", "web", "worker-1", "worker-2"):
        assert services[name]["environment"]["POLDER_RUN_WORKER"] == "false", name
        assert "polder-data:/data" in services[name]["volumes"], name
        assert services[name]["environment"]["POLDER_DATABASE_URL"].startswith("postgres://")


def test_every_compose_command_is_a_real_polder_command() -> None:
    services = _compose()["services"]
    commands = {name: s["command"] for name, s in services.items() if "command" in s}
    assert set(commands) == {"migrate", "web", "worker-1", "worker-2"}
    parsed = {name: _parses(_polder_arguments(c)) for name, c in commands.items()}
    assert parsed["migrate"].command == "migrate"
    assert parsed["web"].command == "serve" and parsed["web"].workers > 1
    assert parsed["worker-1"].command == parsed["worker-2"].command == "worker"


def test_web_and_workers_wait_for_the_migration_and_the_database() -> None:
    services = _compose()["services"]
    assert services["migrate"]["depends_on"]["db"]["condition"] == "service_healthy"
    for name in ("web", "worker-1", "worker-2"):
        condition = services[name]["depends_on"]["migrate"]["condition"]
        assert condition == "service_completed_successfully", name
    assert "/healthz" in " ".join(services["web"]["healthcheck"]["test"])
    # The image's own health check asks /healthz: only the web service serves it.
    for name in ("migrate", "worker-1", "worker-2"):
        assert services[name]["healthcheck"] == {"disable": True}, name


def _unit(name: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read_string((DEPLOY / "systemd" / name).read_text())
    return parser


@pytest.mark.parametrize(
    ("unit", "expected"),
    [("polder-web.service", ["migrate", "serve"]), ("polder-worker@.service", ["worker"])],
)
def test_systemd_units_start_real_polder_commands(unit: str, expected: list[str]) -> None:
    service = _unit(unit)["Service"]
    lines = [service[key] for key in ("ExecStartPre", "ExecStart") if key in service]
    commands = [_parses(_polder_arguments(shlex.split(line))).command for line in lines]
    assert commands == expected
    assert service["User"] == "polder" and "EnvironmentFile" in service


def test_dockerfile_installs_the_package_and_runs_as_a_user() -> None:
    text = (DEPLOY / "Dockerfile").read_text()
    assert text.startswith("#") and "FROM python:3.11-slim" in text
    # With the s3 extra, so that the image can keep files in object storage too.
    assert re.search(r"^RUN pip install '\.\[s3\]'", text, re.MULTILINE)
    assert re.search(r"^USER polder$", text, re.MULTILINE)
    assert re.search(r'^VOLUME \["/data"\]$', text, re.MULTILINE)
    cmd = re.search(r"^CMD (\[.*\])$", text, re.MULTILINE)
    assert cmd is not None
    assert _parses(_polder_arguments(yaml.safe_load(cmd.group(1)))).command == "serve"
    for copied in re.findall(r"^COPY (\S+) ", text, re.MULTILINE):
        assert (ROOT / copied).exists(), copied


def test_static_files_are_installed_with_the_package() -> None:
    """`pip install .` (the image) must carry every static file: they live beside the packages
    and reach <prefix>/share/polder through pyproject's data-files."""
    data_files = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"][
        "data-files"
    ]
    installed = {
        Path(target, Path(found).name)
        for target, patterns in data_files.items()
        for pattern in patterns
        for found in glob.glob(str(ROOT / pattern))
    }
    # static/vendor is the admin's own npm install (Leaflet), never part of the package.
    shipped = {
        Path("share/polder", path.relative_to(ROOT))
        for path in (ROOT / "static").rglob("*")
        if path.is_file() and "vendor" not in path.relative_to(ROOT / "static").parts[:1]
    }
    assert shipped <= installed, shipped - installed


def test_nginx_example_keeps_metrics_private_and_passes_the_host() -> None:
    text = (DEPLOY / "nginx.conf").read_text()
    assert re.search(r"location = /metrics \{\s*return 404;", text)
    assert "proxy_set_header Host $host;" in text
    assert "client_max_body_size" in text and "ssl_certificate " in text
    caddy = (DEPLOY / "Caddyfile").read_text()
    assert "@metrics path /metrics" in caddy and "respond @metrics 404" in caddy


def test_the_proxy_examples_keep_no_client_addresses() -> None:
    """What the default privacy statement says: addresses only in the rate-limit table."""
    text = (DEPLOY / "nginx.conf").read_text()
    formats = dict(re.findall(r"log_format (\w+) '([^;]*)';", text))
    used = re.findall(r"^\s*access_log \S+ (\w+);", text, re.MULTILINE)
    assert used and all(name in formats for name in used), (formats, used)
    assert not any("$remote_addr" in formats[name] for name in used)
    assert "$request_id" in formats[used[0]]  # lines can be tied to Polder's own
    caddy = [line.split("#")[0].strip() for line in (DEPLOY / "Caddyfile").read_text().splitlines()]
    assert "log" not in [line.split(" ")[0] for line in caddy]
