"""Settings, read once at start from POLDER_* environment variables and `polder.toml`.

Precedence: explicit overrides (CLI flags) > environment > the data folder's TOML file >
defaults. The secret key is generated on first start and kept in the data folder.
"""

from __future__ import annotations

import importlib.util
import ipaddress
import os
import secrets
import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

ENV_PREFIX = "POLDER_"
TOML_NAME = "polder.toml"
SECRET_FILE = "secret_key"  # noqa: S105 — a file name, not a secret
LANGUAGES = ("nl", "en")
MAX_PAGE_SIZE = 100


class ConfigError(Exception):
    """A setting is missing or has a value that cannot work."""


@dataclass(frozen=True)
class Settings:
    domain: str = "127.0.0.1:8000"
    data_dir: Path = Path("data")
    database_url: str = ""
    secret_key: str = field(default="", repr=False)
    dev: bool = False
    default_language: str = "nl"
    mail_from: str = "polder@localhost"
    smtp_host: str = ""
    smtp_port: int = 587
    smtp_user: str = ""
    smtp_password: str = field(default="", repr=False)
    smtp_tls: str = "starttls"
    login_attempts_per_15_min: int = 10
    page_size: int = 20
    # `polder serve` delivers activities from inside the web process; switch off when
    # `polder worker` processes do it.
    run_worker: bool = True
    # `polder worker` lowers its own CPU priority by this much (Unix nice, 0–19), so that on a
    # busy machine the web processes answer first; the work waits safely in the database.
    worker_nice: int = 10
    # Development and tests only: a file holding an ISO 8601 time that `polder worker` takes as
    # the current time, read again each time it asks, so that a test can move time for another
    # process (days of retries in seconds). Empty: the real clock.
    dev_clock: str = ""
    # Moderation by trust: the instance's bounds for every group's flag threshold.
    flag_min_flags: int = 3
    flag_share: float = 0.05
    flag_min_account_age_days: int = 7
    # /metrics is refused unless a scraper shows this token (Bearer) or comes from an address
    # in `metrics_allow` (comma-separated addresses or networks).
    metrics_token: str = field(default="", repr=False)
    metrics_allow: str = ""
    log_format: str = "plain"
    # Shared files (documents, data, images): the largest one accepted.
    max_upload_mb: int = 20
    # Where the bytes of shared files live: "local" (`files/` in the data folder) or "s3"
    # (any S3-compatible object store; see docs/deploy.md).
    storage: str = "local"
    s3_endpoint: str = ""
    s3_bucket: str = ""
    s3_region: str = "us-east-1"
    s3_access_key: str = ""
    s3_secret_key: str = field(default="", repr=False)
    s3_prefix: str = ""
    # "Download my data" is built in the request up to this many posts and replies (and 10 MB
    # of shared files); above, the worker prepares it. 0: always prepared by the worker.
    export_at_once_items: int = 500
    # The optional interactive map on top of the drawn one: a tile server's address with {z},
    # {x} and {y} (https://tile.example.nl/{z}/{x}/{y}.png) and the credit it asks for.
    # Empty: no page loads anything from another host.
    map_tiles: str = ""
    map_attribution: str = ""

    @property
    def map_tiles_origins(self) -> tuple[str, ...]:
        """The tile server's origin, for the pages' Content-Security-Policy."""
        if not self.map_tiles:
            return ()
        parts = urlsplit(self.map_tiles.replace("{s}", "a"))
        origin = f"{parts.scheme}://{parts.netloc}"
        # Leaflet's {s} stands for the server's a., b. and c. subdomains.
        if "{s}" in self.map_tiles:
            return tuple(origin.replace("://a.", f"://{s}.") for s in "abc")
        return (origin,)

    @property
    def scheme(self) -> str:
        return "http" if self.dev or _is_loopback_domain(self.domain) else "https"

    @property
    def base_url(self) -> str:
        return f"{self.scheme}://{self.domain}"

    @property
    def mail_dir(self) -> Path:
        """Development mode writes mails here instead of sending them."""
        return self.data_dir / "mail"

    @property
    def sends_mail(self) -> bool:
        return bool(self.smtp_host) and not self.dev

    @property
    def metrics_networks(self) -> tuple[IPNetwork, ...]:
        return parse_networks(self.metrics_allow)


IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
LOG_FORMATS = ("plain", "json")
MIN_METRICS_TOKEN = 16
STORAGES = ("local", "s3")
FILE_SUFFIX = "_FILE"


def parse_networks(text: str) -> tuple[IPNetwork, ...]:
    """`10.0.0.5, 192.168.1.0/24, ::1` → networks; raises ValueError on a bad entry."""
    return tuple(
        ipaddress.ip_network(part.strip(), strict=False) for part in text.split(",") if part.strip()
    )


def _is_loopback_domain(domain: str) -> bool:
    if domain.startswith("["):  # [::1]:8000
        return is_loopback_host(domain[1:].partition("]")[0])
    host = domain.rsplit(":", 1)[0] if domain.count(":") == 1 else domain
    return is_loopback_host(host)


def is_loopback_host(host: str) -> bool:
    host = host.strip("[]")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _coerce(name: str, raw: Any, kind: type) -> Any:
    if kind is bool:
        if isinstance(raw, bool):
            return raw
        value = str(raw).strip().lower()
        if value in ("1", "true", "yes", "on"):
            return True
        if value in ("0", "false", "no", "off", ""):
            return False
        raise ConfigError(f"{name} must be true or false, not {raw!r}")
    if kind is int:
        try:
            return int(raw)
        except (TypeError, ValueError):
            raise ConfigError(f"{name} must be a whole number, not {raw!r}") from None
    if kind is float:
        try:
            return float(raw)
        except (TypeError, ValueError):
            raise ConfigError(f"{name} must be a number like 0.05, not {raw!r}") from None
    if kind is Path:
        return Path(str(raw)).expanduser()
    return str(raw)


_KINDS: dict[str, type] = {"bool": bool, "int": int, "float": float, "Path": Path, "str": str}


def load_settings(
    overrides: dict[str, Any] | None = None, environ: dict[str, str] | None = None
) -> Settings:
    env = os.environ if environ is None else environ
    overrides = {k: v for k, v in (overrides or {}).items() if v is not None}
    kinds = {f.name: _KINDS[str(f.type)] for f in fields(Settings)}

    data_dir_raw = overrides.get("data_dir") or env.get(ENV_PREFIX + "DATA_DIR") or "data"
    data_dir = Path(str(data_dir_raw)).expanduser().resolve()
    file_values = _read_toml(data_dir / TOML_NAME)

    values: dict[str, Any] = {}
    for name, kind in kinds.items():
        env_name = ENV_PREFIX + name.upper()
        if name in overrides:
            values[name] = _coerce(name, overrides[name], kind)
        elif env_name in env:
            values[name] = _coerce(env_name, env[env_name], kind)
        elif env_name + FILE_SUFFIX in env and name in _SECRETS:
            values[name] = _read_secret(env_name + FILE_SUFFIX, env[env_name + FILE_SUFFIX])
        elif name in file_values:
            values[name] = _coerce(f"{TOML_NAME}: {name}", file_values[name], kind)
    values["data_dir"] = data_dir
    if not values.get("database_url"):
        values["database_url"] = f"sqlite://{data_dir / 'polder.sqlite3'}"
    if not values.get("secret_key"):
        values["secret_key"] = _secret_key(data_dir)
    settings = Settings(**values)
    _validate(settings)
    return settings


# Settings kept out of `repr` are secrets; each may also come from a file named by
# POLDER_<NAME>_FILE (Docker and systemd credentials), so that it stays out of the environment.
_SECRETS = frozenset(f.name for f in fields(Settings) if not f.repr)


def _read_secret(env_name: str, path: str) -> str:
    try:
        return Path(path).expanduser().read_text().strip()
    except OSError as exc:
        raise ConfigError(f"{env_name}: cannot read {path}: {exc.strerror}") from None


def is_configured(name: str, data_dir: Path, environ: dict[str, str] | None = None) -> bool:
    """Whether the operator set `name` in the environment or the data folder's TOML file, as
    opposed to it having its default."""
    env = os.environ if environ is None else environ
    if env.get(ENV_PREFIX + name.upper()):
        return True
    return name in _read_toml(data_dir / TOML_NAME)


def _read_toml(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path} is not valid TOML: {exc}") from None


def _secret_key(data_dir: Path) -> str:
    path = data_dir / SECRET_FILE
    if path.exists():
        return path.read_text().strip()
    data_dir.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(48)
    # Exclusive create: two processes starting at once must not end up with two keys.
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text().strip()
    with os.fdopen(fd, "w") as fh:
        fh.write(key)
    return key


def _validate(settings: Settings) -> None:
    if not settings.domain or "/" in settings.domain:
        raise ConfigError("POLDER_DOMAIN must be a host name like polder.example.nl")
    if not settings.database_url.startswith(("sqlite://", "postgres://", "postgresql://")):
        raise ConfigError("POLDER_DATABASE_URL must start with sqlite:// or postgres://")
    if settings.default_language not in LANGUAGES:
        raise ConfigError(f"POLDER_DEFAULT_LANGUAGE must be one of {', '.join(LANGUAGES)}")
    if settings.smtp_tls not in ("starttls", "ssl", "none"):
        raise ConfigError("POLDER_SMTP_TLS must be starttls, ssl or none")
    if len(settings.secret_key) < 32:
        raise ConfigError("POLDER_SECRET_KEY must be at least 32 characters")
    if not 1 <= settings.page_size <= MAX_PAGE_SIZE:
        raise ConfigError(f"POLDER_PAGE_SIZE must be from 1 to {MAX_PAGE_SIZE}")
    if settings.login_attempts_per_15_min < 1:
        raise ConfigError("POLDER_LOGIN_ATTEMPTS_PER_15_MIN must be 1 or more")
    if not 1 <= settings.flag_min_flags <= 100:
        raise ConfigError("POLDER_FLAG_MIN_FLAGS must be from 1 to 100")
    if not 0 <= settings.flag_share <= 0.5:
        raise ConfigError("POLDER_FLAG_SHARE must be from 0 to 0.5 (a share, 0.05 is 5%)")
    if not 0 <= settings.flag_min_account_age_days <= 365:
        raise ConfigError("POLDER_FLAG_MIN_ACCOUNT_AGE_DAYS must be from 0 to 365")
    _validate_operations(settings)


def _validate_operations(settings: Settings) -> None:
    if settings.metrics_token and len(settings.metrics_token) < MIN_METRICS_TOKEN:
        raise ConfigError(f"POLDER_METRICS_TOKEN must be at least {MIN_METRICS_TOKEN} characters")
    try:
        settings.metrics_networks  # noqa: B018 — parsed here so that a typo stops the start
    except ValueError as exc:
        raise ConfigError(
            f"POLDER_METRICS_ALLOW must list IP addresses or networks (10.0.0.0/8): {exc}"
        ) from None
    if settings.log_format not in LOG_FORMATS:
        raise ConfigError(f"POLDER_LOG_FORMAT must be one of {', '.join(LOG_FORMATS)}")
    if not 1 <= settings.max_upload_mb <= 1024:
        raise ConfigError("POLDER_MAX_UPLOAD_MB must be from 1 to 1024 (megabytes)")
    if settings.dev_clock and not settings.dev:
        raise ConfigError("POLDER_DEV_CLOCK is for development and tests: it needs POLDER_DEV")
    if not 0 <= settings.worker_nice <= 19:
        raise ConfigError("POLDER_WORKER_NICE must be from 0 to 19 (0: same priority as the web)")
    if settings.export_at_once_items < 0:
        raise ConfigError("POLDER_EXPORT_AT_ONCE_ITEMS must be 0 or more")
    _validate_storage(settings)
    _validate_map(settings)


def _validate_map(settings: Settings) -> None:
    if not settings.map_tiles:
        return
    schemes = ("https://", "http://") if settings.dev else ("https://",)
    placeholders = all(p in settings.map_tiles for p in ("{z}", "{x}", "{y}"))
    if not settings.map_tiles.startswith(schemes) or not placeholders:
        raise ConfigError(
            "POLDER_MAP_TILES must be an https address with {z}, {x} and {y}, like "
            "https://tile.example.nl/{z}/{x}/{y}.png"
        )
    if not settings.map_attribution.strip():
        raise ConfigError(
            "POLDER_MAP_ATTRIBUTION is needed with POLDER_MAP_TILES: tile servers "
            "ask to be credited, e.g. '© OpenStreetMap contributors'"
        )


def _validate_storage(settings: Settings) -> None:
    if settings.storage not in STORAGES:
        raise ConfigError(f"POLDER_STORAGE must be one of {', '.join(STORAGES)}")
    if settings.storage == "s3":
        validate_s3(settings)


def validate_s3(settings: Settings) -> None:
    """The object store settings are complete (also before `polder files copy-to-s3`)."""
    missing = [
        f"POLDER_{name.upper()}"
        for name in ("s3_bucket", "s3_region", "s3_access_key", "s3_secret_key")
        if not getattr(settings, name)
    ]
    if missing:
        raise ConfigError(f"Files in S3 (POLDER_STORAGE=s3) need {', '.join(missing)}")
    if importlib.util.find_spec("aiobotocore") is None:
        raise ConfigError("Files in S3 need the s3 extra: pip install 'polder[s3]'")
    if settings.s3_endpoint and not settings.s3_endpoint.startswith(("https://", "http://")):
        raise ConfigError("POLDER_S3_ENDPOINT must be an address like https://s3.example.nl")
    if settings.s3_prefix.startswith("/") or ".." in settings.s3_prefix:
        raise ConfigError("POLDER_S3_PREFIX must be a name like polder/ (no leading / and no ..)")
