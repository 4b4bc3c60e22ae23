"""The `polder` command: serve, migrate, and the operator's tasks for users, groups and tokens."""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import getpass
import os
import signal
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from server import db
from server.config import (
    ENV_PREFIX,
    ConfigError,
    Settings,
    is_configured,
    is_loopback_host,
    load_settings,
    validate_s3,
)
from server.files.storage import local_store
from server.i18n import gettext
from server.logs import LOG_LEVEL_ENV, configure_logging
from server.models import Role, Topic
from server.services import accounts, file_stores, groups, tokens
from server.services import instance as instance_service
from server.services.errors import Invalid, ServiceError
from server.supervise import Supervisor


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="polder", description="Polder: a federated community server for area processes."
    )
    parser.add_argument("--data", help="data folder (default ./data, or POLDER_DATA_DIR)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    serve = commands.add_parser("serve", help="run the web server (migrates first)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--data", dest="data_sub", help=argparse.SUPPRESS)
    serve.add_argument("--log-level", default="info")
    serve.add_argument("--workers", type=int, default=1, help="number of web processes")

    worker = commands.add_parser(
        "worker", help="deliver activities and apply received ones (background work)"
    )
    worker.add_argument("--data", dest="data_sub", help=argparse.SUPPRESS)
    worker.add_argument("--max-in-flight", type=int, default=32, help="deliveries at once")
    worker.add_argument("--per-host", type=int, default=4, help="deliveries at once per host")

    migrate = commands.add_parser("migrate", help="apply database migrations")
    migrate.add_argument("--data", dest="data_sub", help=argparse.SUPPRESS)

    user = commands.add_parser("user", help="manage people").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    create = user.add_parser("create", help="create an account (password from prompt or stdin)")
    create.add_argument("--username", required=True)
    create.add_argument("--name", required=True, help="real name")
    create.add_argument("--organisation", default="", help="leave out for a private person")
    create.add_argument("--email", required=True)
    create.add_argument("--role", default=Role.OTHER.value, choices=[r.value for r in Role])
    create.add_argument("--admin", action="store_true", help="make this person an admin")
    promote = user.add_parser("promote", help="make an existing person an admin")
    promote.add_argument("username")

    group = commands.add_parser("group", help="manage area groups").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    gcreate = group.add_parser("create", help="create an area group")
    gcreate.add_argument("--slug", required=True, help="web address, e.g. gelderse-vallei")
    gcreate.add_argument("--title", required=True)
    gcreate.add_argument("--area", required=True)
    gcreate.add_argument("--topic", required=True, choices=[t.value for t in Topic])
    gcreate.add_argument("--description", default="")
    gcreate.add_argument("--owner", help="username of the group's first owner")

    token = commands.add_parser("token", help="manage API tokens").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    tcreate = token.add_parser("create", help="create an API token for a person")
    tcreate.add_argument("--user", required=True)
    tcreate.add_argument("--name", default="cli")
    _operations_commands(commands)
    return parser


def _operations_commands(commands: Any) -> None:
    """Commands for the administrator of a running instance: keys and the file store."""
    keys = commands.add_parser("keys", help="manage the actors' signing keys").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    rotate = keys.add_parser(
        "rotate", help="give a person, group or the instance a new key pair and tell other servers"
    )
    whose = rotate.add_mutually_exclusive_group(required=True)
    whose.add_argument("--user", help="username of a person on this instance")
    whose.add_argument("--group", help="slug of a group on this instance")
    whose.add_argument("--instance", action="store_true", help="the instance's own actor")
    files = commands.add_parser("files", help="manage where shared files live").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    files.add_parser(
        "copy-to-s3",
        help="copy every file from the data folder to the S3 bucket (safe to run again)",
    )


def _fail(message: str) -> int:
    print(f"polder: error: {message}", file=sys.stderr)
    return 2


def _describe(exc: ServiceError) -> str:
    if isinstance(exc, Invalid):
        return "; ".join(
            f"{name}: {gettext(msg, 'en') % params if params else gettext(msg, 'en')}"
            for name, (msg, params) in exc.fields.items()
        )
    text = gettext(exc.message, "en")
    return text % exc.params if exc.params else text


def _read_password() -> str:
    if sys.stdin.isatty():
        first = getpass.getpass("Password: ")
        if first != getpass.getpass("Password again: "):
            raise ValueError("the passwords are not the same")
        return first
    return sys.stdin.readline().rstrip("\n")


async def _with_db(settings: Settings, work: Callable[[], Awaitable[int]]) -> int:
    await db.connect(settings)
    try:
        await db.migrate(settings)
        return await work()
    finally:
        await db.disconnect()


async def _user_create(settings: Settings, args: argparse.Namespace) -> int:
    password = _read_password()
    form = accounts.Registration(
        username=args.username,
        name=args.name,
        organisation=args.organisation,
        private_person=not args.organisation,
        role=args.role,
        email=args.email,
        password=password,
        agree_rules=True,
    )
    await instance_service.ensure_instance()
    user = await accounts.register(settings, form, admin=args.admin, confirmed=True)
    print(f"created {'admin ' if user.is_admin else ''}{user.username}")
    return 0


async def _user_promote(settings: Settings, args: argparse.Namespace) -> int:
    user = await accounts.promote(args.username)
    print(f"{user.username} is now an admin")
    return 0


async def _group_create(settings: Settings, args: argparse.Namespace) -> int:
    owner = await accounts.get_user(args.owner) if args.owner else None
    form = groups.GroupForm(
        slug=args.slug,
        title=args.title,
        area=args.area,
        topic=args.topic,
        description=args.description,
    )
    group = await groups.create_group(None, form)
    if owner is not None:
        await groups.make_owner(group, owner)
    print(f"created group {group.slug}: {settings.base_url}/g/{group.slug}")
    return 0


async def _token_create(settings: Settings, args: argparse.Namespace) -> int:
    # People from other instances never act here, so they get no token.
    user = await accounts.get_local_user(args.user)
    print(await tokens.create_token(user, args.name))
    return 0


async def _keys_rotate(settings: Settings, args: argparse.Namespace) -> int:
    from federation import key_rotation
    from federation.local_keys import instance_row

    row: key_rotation.KeyedRow
    if args.user:
        row = await accounts.get_local_user(args.user)
    elif args.group:
        row = await groups.get_group(args.group)
    else:
        row = await instance_row()
    told = await key_rotation.rotate(settings, row)
    print(f"new key pair made; {told} server(s) will be told by the delivery worker")
    return 0


async def _files_copy_to_s3(settings: Settings, args: argparse.Namespace) -> int:
    from server.files import s3  # the optional extra polder[s3]

    target = s3.shared_store(settings)
    try:
        report = await file_stores.copy_all(local_store(settings.data_dir), target)
    finally:
        await s3.close_shared()
    print(f"{report.copied} files are in {target.config.where}")
    for label, keys in (("missing", report.missing), ("damaged", report.damaged)):
        if keys:
            print(f"{len(keys)} {label} in {settings.data_dir / 'files'}: {', '.join(keys)}")
    return 1 if report.missing or report.damaged else 0


_ACTIONS: dict[tuple[str, str], Callable[[Settings, argparse.Namespace], Awaitable[int]]] = {
    ("user", "create"): _user_create,
    ("user", "promote"): _user_promote,
    ("group", "create"): _group_create,
    ("token", "create"): _token_create,
    ("keys", "rotate"): _keys_rotate,
    ("files", "copy-to-s3"): _files_copy_to_s3,
}


def _serve(settings: Settings, args: argparse.Namespace) -> int:
    import uvicorn

    from server.app import create_app

    if args.workers < 1:
        return _fail("--workers must be 1 or more")
    options: dict[str, Any] = {
        "host": args.host,
        "port": args.port,
        "log_level": args.log_level,
        "proxy_headers": True,
        "server_header": False,
        # Logging is ours (server.logs): one format for every line, our own access lines.
        "log_config": None,
        "access_log": False,
    }
    print(f"Polder runs at {settings.base_url} (data in {settings.data_dir})", flush=True)
    if args.workers == 1:
        uvicorn.run(create_app(settings), **options)
        return 0
    # Migrate once here, so that the worker processes do not race each other to do it.
    asyncio.run(_with_db(settings, _migrated))
    _share_metrics(settings)
    os.environ[ENV_PREFIX + "DATA_DIR"] = str(settings.data_dir)
    # The web processes read their settings again: give them the domain derived here too.
    os.environ[ENV_PREFIX + "DOMAIN"] = settings.domain
    os.environ[LOG_LEVEL_ENV] = args.log_level
    # One delivery worker beside the web processes rather than one inside each: on SQLite
    # several would fight over the single write lock ("database is locked"), and a worker of
    # its own leaves the web processes free to answer.
    # It is supervised: a worker that dies is started again, or nothing would be delivered.
    delivering = _delivery_supervisor(settings) if settings.run_worker else None
    if delivering is not None:
        delivering.start()
    os.environ[ENV_PREFIX + "RUN_WORKER"] = "false"
    try:
        uvicorn.run(
            "server.app:app_from_environment", factory=True, workers=args.workers, **options
        )
    finally:
        if delivering is not None:
            delivering.stop()
    return 0


def _share_metrics(settings: Settings) -> None:
    """All processes of this `serve` count into one folder, so that a scrape of /metrics, which
    any one web process answers, sums them all. An operator's own folder is left as it is."""
    from server import metrics

    if not os.environ.get(metrics.MULTIPROCESS_ENV):
        metrics.prepare_multiprocess_folder(settings.data_dir / "metrics")


def _delivery_supervisor(settings: Settings) -> Supervisor:
    command = [sys.executable, "-m", "server.cli", "--data", str(settings.data_dir), "worker"]
    return Supervisor("delivery worker", command, dict(os.environ))


def _serve_settings(
    settings: Settings, args: argparse.Namespace, overrides: dict[str, Any]
) -> Settings:
    """Absolute links (mails, federation) need the address people reach. Without a configured
    POLDER_DOMAIN that is the address served on, which is only known to be right on this
    machine (loopback); anywhere else the operator must say it."""
    if is_configured("domain", settings.data_dir):
        return settings
    if not is_loopback_host(args.host):
        raise ConfigError(
            f"--host {args.host} is reachable from other machines: set POLDER_DOMAIN (or domain"
            " in polder.toml) to the address people use, e.g. polder.example.nl"
        )
    host = f"[{args.host.strip('[]')}]" if ":" in args.host else args.host
    return load_settings({**overrides, "domain": f"{host}:{args.port}"})


def _worker(settings: Settings, args: argparse.Namespace) -> int:
    from federation.queue import utcnow
    from federation.worker import Limits, run_deliveries
    from server import dev_clock

    if args.max_in_flight < 1 or args.per_host < 1:
        return _fail("--max-in-flight and --per-host must be 1 or more")
    limits = Limits(max_in_flight=args.max_in_flight, per_group=args.per_host)
    clock = utcnow
    if settings.dev_clock:  # only in development mode (checked with the settings)
        clock = dev_clock.FileClock(Path(settings.dev_clock))
        limits = dataclasses.replace(limits, poll_interval=dev_clock.POLL_SECONDS)
    os.nice(settings.worker_nice)

    async def deliver() -> int:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, stop.set)
        print(f"Polder delivers for {settings.base_url}; stop with Ctrl+C", flush=True)
        await run_deliveries(settings, stop, limits=limits, clock=clock)
        print("delivery worker stopped", flush=True)
        return 0

    return asyncio.run(_with_db(settings, deliver))


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    overrides: dict[str, Any] = {"data_dir": getattr(args, "data_sub", None) or args.data}
    try:
        settings = load_settings(overrides)
    except ConfigError as exc:
        return _fail(str(exc))
    configure_logging(settings.log_format, getattr(args, "log_level", "info"))
    if args.command == "serve":
        try:
            settings = _serve_settings(settings, args, overrides)
        except ConfigError as exc:
            return _fail(str(exc))
        return _serve(settings, args)
    if args.command == "worker":
        return _worker(settings, args)
    if args.command == "migrate":
        return asyncio.run(_with_db(settings, _migrated))
    action = _ACTIONS[(args.command, args.action)]
    if args.command == "files":
        try:
            validate_s3(settings)  # the target, whichever store is in use now
        except ConfigError as exc:
            return _fail(str(exc))
    try:
        return asyncio.run(_with_db(settings, lambda: action(settings, args)))
    except ServiceError as exc:
        return _fail(_describe(exc))
    except ValueError as exc:
        return _fail(str(exc))


async def _migrated() -> int:
    print("database is up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
