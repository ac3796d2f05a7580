"""Sync commands: run a centre, enrol sites, import master data there; register and sync a site."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from app.adapters.database import DatabaseError
from app.adapters.store import Store
from app.adapters.sync_state import SyncUnitOfWork
from app.adapters.tabular import TableError, read_table
from app.domain.clock import SystemClock
from app.domain.permissions import Action, permitted
from app.domain.udi import UdiFileError
from app.errors import LotkeeperError
from app.services.bus import execute
from app.services.commands import Command, CorrectRefusedEvent, DiscardRefusedEvent
from app.services.master_data import KINDS
from sync.client.errors import SyncError
from sync.client.registration import register as register_site
from sync.client.session import SyncSession
from sync.protocol import HoldRecord
from sync.server.anchors import site_audit
from sync.server.changes import issue_hold
from sync.server.db import open_centre
from sync.server.enrolment import create_code
from sync.server.master import import_master_data
from sync.server.udid import import_udid
from ui.commands import centre_admin
from ui.commands.options import actor, answer, emit, fail, refused, user_args
from ui.commands.udid import devices_of, warn_conflicts


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("serve", help="run the central sync service")
    p.add_argument("--db", required=True, help="SQLite file path or database URL")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8765)
    p.add_argument("--tls-cert", type=Path, help="serve HTTPS: the certificate (PEM, with chain)")
    p.add_argument("--tls-key", type=Path, help="serve HTTPS: the certificate's private key (PEM)")
    p.add_argument(
        "--workers",
        type=int,
        default=1,
        help="worker processes (PostgreSQL only; SQLite serves from one process)",
    )
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("server", help="administer the centre's database")
    server = p.add_subparsers(dest="server_command", required=True)
    e = server.add_parser("enroll", help="print a one-time enrolment code for a site")
    e.add_argument("--db", required=True)
    e.add_argument("--site", required=True, help="site code, e.g. WARD3")
    e.set_defaults(func=cmd_enroll)
    for kind in KINDS:
        k = server.add_parser(kind, help=f"{kind} master data at the centre")
        actions = k.add_subparsers(dest=f"{kind}_command", required=True)
        i = actions.add_parser("import", help=f"import {kind} from CSV/.xlsx, all rows or none")
        i.add_argument("--db", required=True)
        i.add_argument("file", type=Path)
        i.set_defaults(func=cmd_server_import, kind=kind)
    u = server.add_parser("udid", help="the national UDI database at the centre")
    uactions = u.add_subparsers(dest="udid_command", required=True)
    ui = uactions.add_parser(
        "import",
        help="import downloads (XML or .zip), all or nothing; publish the items sites need",
    )
    ui.add_argument("--db", required=True)
    ui.add_argument("files", nargs="+", type=Path, metavar="FILE")
    ui.set_defaults(func=cmd_server_udid)
    h = server.add_parser("hold", help="block lots at every site (quarantine or recall)")
    h.add_argument("--db", required=True)
    h.add_argument("--gtin", required=True)
    h.add_argument("--lots", required=True, help="comma-separated lot numbers")
    h.add_argument("--kind", choices=("quarantine", "recall"), default="quarantine")
    h.add_argument("--reason", default="")
    h.add_argument("--reference", required=True, help="the hold's id, e.g. a notice number")
    h.add_argument("--lift", action="store_true", help="lift a hold issued earlier")
    h.set_defaults(func=cmd_hold)
    a = server.add_parser(
        "audit", help="each site's audit chain anchors at the centre, and any chain that broke"
    )
    a.add_argument("--db", required=True)
    a.add_argument("--site", help="one site only")
    a.set_defaults(func=cmd_server_audit)
    centre_admin.register(server)

    p = sub.add_parser("register", help="enrol this site's database with a centre")
    p.add_argument("--db", type=Path, required=True)
    p.add_argument("--server", required=True, help="e.g. https://centre.example:8765")
    p.add_argument("--code", required=True, help="one-time code from 'server enroll'")
    p.add_argument("--ca", help="CA certificate file for a centre with its own certificate")
    p.add_argument(
        "--new-identity",
        action="store_true",
        help="a copy of another store becomes a store of its own: new store id, new event ids",
    )
    user_args(p, "an administrator of this site")
    p.set_defaults(func=cmd_register)

    p = sub.add_parser("sync", help="push and pull once; prints a JSON summary")
    p.add_argument("--db", type=Path, required=True)
    p.set_defaults(func=cmd_sync)

    p = sub.add_parser("refused", help="events the centre refused: list, correct or discard")
    p.add_argument("--db", type=Path, required=True)
    p.set_defaults(func=cmd_refused_list)
    settle = p.add_subparsers(dest="refused_command")
    d = settle.add_parser("discard", help="give a refused event up (never sent), audited")
    d.add_argument("--db", type=Path, required=True)
    d.add_argument("seq", type=int, help="the event's number in the outbox")
    d.add_argument("--reason", required=True)
    user_args(d, "a supervisor")
    d.set_defaults(func=cmd_refused_settle)
    c = settle.add_parser("correct", help="send a compensating event instead, audited")
    c.add_argument("--db", type=Path, required=True)
    c.add_argument("seq", type=int)
    c.add_argument("--payload", type=Path, required=True, help="the corrected payload (JSON)")
    c.add_argument("--reason", required=True)
    user_args(c, "a supervisor")
    c.set_defaults(func=cmd_refused_settle)


def cmd_serve(args: argparse.Namespace) -> int:
    import os

    import uvicorn

    from sync.server import worker
    from sync.server.access_log import logging_config
    from sync.server.db import POOL, is_sqlite

    if (args.tls_cert is None) != (args.tls_key is None):
        return fail("--tls-cert and --tls-key go together")
    for tls_file in (args.tls_cert, args.tls_key):
        if tls_file is not None and not tls_file.is_file():
            return fail(f"no such file: {tls_file}")
    if args.workers < 1:
        return fail("--workers must be at least 1")
    if args.workers > 1 and is_sqlite(args.db):
        return fail(
            f"--workers {args.workers} needs a PostgreSQL centre: an SQLite file takes one "
            "writer at a time, so it is served by one process (leave --workers out, or give "
            "--db a postgresql+psycopg://user@host/db URL)"
        )
    options: dict[str, object] = {
        "host": args.host,
        "port": args.port,
        "log_config": logging_config(),
        "access_log": False,  # ours (sync/server/access_log.py) writes one JSON line instead
        "ssl_certfile": str(args.tls_cert) if args.tls_cert else None,
        "ssl_keyfile": str(args.tls_key) if args.tls_key else None,
    }
    engine = open_centre(args.db)  # migrated here, once, before any worker starts
    if args.workers == 1:
        uvicorn.run(worker.served(engine, SystemClock()), **options)  # type: ignore[arg-type]
        return 0
    engine.dispose()
    os.environ[worker.DB_VARIABLE] = args.db
    os.environ[worker.POOL_VARIABLE] = str(max(2, POOL // args.workers))
    uvicorn.run(
        "sync.server.worker:app",
        factory=True,
        workers=args.workers,
        **options,  # type: ignore[arg-type]
    )
    return 0


def cmd_enroll(args: argparse.Namespace) -> int:
    engine = open_centre(args.db)
    print(create_code(engine, SystemClock(), args.site))
    engine.dispose()
    return 0


def cmd_server_import(args: argparse.Namespace) -> int:
    try:
        header, rows = read_table(args.file)
    except TableError as exc:
        return fail(str(exc))
    engine = open_centre(args.db)
    report = import_master_data(engine, SystemClock(), args.kind, header, rows)
    engine.dispose()
    for problem in report.problems:
        print(f"row {problem.row}, column {problem.column}: {problem.problem}", file=sys.stderr)
    if not report.ok:
        print(f"nothing imported: {len(report.problems)} problem(s)", file=sys.stderr)
        return 1
    print(f"published {report.rows} {args.kind} to every site")
    return 0


def cmd_server_udid(args: argparse.Namespace) -> int:
    engine = open_centre(args.db)
    try:
        report = import_udid(engine, devices_of(args.files), SystemClock().now())
    except UdiFileError as error:
        return fail(f"BAD_UDI_FILE: {error}", 1)
    finally:
        engine.dispose()
    warn_conflicts(report.conflicts)
    emit(
        {
            "devices": report.devices,
            "package_levels": report.levels,
            "items_published": report.published,
            "conflicts": report.conflicts,
        }
    )
    return 0


def cmd_hold(args: argparse.Namespace) -> int:
    hold = HoldRecord(
        reference=args.reference,
        kind=args.kind,
        di=args.gtin,
        lots=[lot.strip() for lot in args.lots.split(",") if lot.strip()],
        reason=args.reason,
        active=not args.lift,
    )
    engine = open_centre(args.db)
    issue_hold(engine, hold, SystemClock().now())
    engine.dispose()
    print(f"{'lifted' if args.lift else 'issued'} hold {hold.reference} on {len(hold.lots)} lot(s)")
    return 0


def cmd_server_audit(args: argparse.Namespace) -> int:
    """Exit 1 when a site's chain went backwards or lost an anchored entry."""
    engine = open_centre(args.db)
    try:
        report = site_audit(engine, args.site)
    finally:
        engine.dispose()
    emit(report)
    return 0 if all(entry["ok"] for entry in report) else 1


def _store(path: Path) -> Store | None:
    try:
        return Store(path)
    except DatabaseError as exc:
        fail(str(exc))
        return None


def cmd_register(args: argparse.Namespace) -> int:
    store = _store(args.db)
    if store is None:
        return 2
    try:
        admin = actor(args, store.uow(), SystemClock())
        if admin.role is None or not permitted(admin.role, Action.MANAGE):
            return fail(f"NOT_PERMITTED: {admin.username} is not an administrator", 1)
        answer = register_site(
            store,
            args.server,
            args.code,
            args.ca,
            actor=admin.username,
            new_identity=args.new_identity,
        )
    except LotkeeperError as exc:
        return refused(exc)
    except SyncError as exc:
        return fail(exc.words)
    finally:
        store.close()
    print(f"registered as device {answer.device_id} of site {answer.site}")
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    store = _store(args.db)
    if store is None:
        return 2
    summary = SyncSession(store, SystemClock()).run_round()
    store.close()
    print(json.dumps(summary.to_json(), ensure_ascii=False))
    return 1 if summary.errors else 0


def cmd_refused_list(args: argparse.Namespace) -> int:
    store = _store(args.db)
    if store is None:
        return 2
    try:
        with SyncUnitOfWork(store.engine, read_only=True) as uow:
            for refusal in uow.sync_refusals.open():
                emit(refusal.to_json())
    finally:
        store.close()
    return 0


def cmd_refused_settle(args: argparse.Namespace) -> int:
    command: Command
    if args.refused_command == "correct":
        try:
            payload = json.loads(args.payload.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            return fail(f"{args.payload}: {exc}")
        if not isinstance(payload, dict):
            return fail(f"{args.payload}: the payload must be a JSON object")
        command = CorrectRefusedEvent(args.seq, payload, args.reason)
    else:
        command = DiscardRefusedEvent(args.seq, args.reason)
    store = _store(args.db)
    if store is None:
        return 2
    clock = SystemClock()
    try:
        supervisor = actor(args, store.uow(), clock)
        return answer(execute(SyncUnitOfWork(store.engine), clock, supervisor, command))
    except LotkeeperError as exc:
        return refused(exc)
    finally:
        store.close()
