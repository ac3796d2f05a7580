"""`recall ...` commands: the site's (app.recall_cli) plus the centre's side.

`recall create --server-db URL` issues a recall at the centre, writing its
database directly as `server hold` does; `recall status --server-db URL ID`
shows each site's lock time and progress and the network-wide stock.
"""

from __future__ import annotations

import argparse
import getpass

from app.domain.clock import SystemClock
from sync.server.db import open_centre
from sync.server.errors import CentreError
from sync.server.recalls import issue_recall, recall_status
from ui.commands.options import emit, fail
from ui.commands.recall import build, cmd_create, new_recall_from


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    create, recall = build(sub)
    create.add_argument("--server-db", help="issue at the centre (SQLite path or database URL)")
    create.set_defaults(func=cmd_create_anywhere)
    status = recall.add_parser(
        "status", help="the centre's view of a recall: lock time and progress per site"
    )
    status.add_argument("--server-db", required=True)
    status.add_argument("id")
    status.set_defaults(func=cmd_status)


def cmd_create_anywhere(args: argparse.Namespace) -> int:
    if not args.server_db:
        return cmd_create(args)
    try:
        # The centre's database belongs to whoever holds the file: the OS user issues it.
        recall = new_recall_from(args).issue(
            SystemClock().now(), getpass.getuser(), origin="centre"
        )
    except (ValueError, OSError) as exc:
        return fail(str(exc))
    engine = open_centre(args.server_db)
    try:
        lots = issue_recall(engine, recall)
    except CentreError as exc:
        return fail(exc.message, 1)
    finally:
        engine.dispose()
    emit({"id": recall.id, "lots": lots, "deadline": recall.deadline, "drill": recall.drill})
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    engine = open_centre(args.server_db)
    try:
        emit(recall_status(engine, args.id))
    except CentreError as exc:
        return fail(exc.message, 1)
    finally:
        engine.dispose()
    return 0
