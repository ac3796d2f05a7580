"""`main.py screenshots`: every main screen rendered to PNG, offscreen, from a store's data."""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

from app.adapters.store import Store
from app.domain.clock import SystemClock
from app.domain.identity import Actor, Credential
from app.domain.model import Role
from app.services.settings import device_name


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "screenshots",
        help="render every main screen to PNG (offscreen, with a scan in each scan screen)",
    )
    parser.add_argument("--db", required=True, help="store to show (the demo is made if missing)")
    parser.add_argument("--out", required=True, help="folder for the PNG files")
    parser.add_argument("--lang", default="zh_CN", choices=("zh_CN", "en"))
    parser.add_argument("--size", default="1600x1000", help="window size, WIDTHxHEIGHT")
    parser.set_defaults(func=screenshots)


def _viewer(store: Store) -> Actor:
    """Whoever sees the most screens: an administrator, else a supervisor.

    The screenshots act on a throwaway copy of the store, so the viewer is taken
    as logged in (no PIN is asked for on a copy that is deleted afterwards).
    """
    with store.uow(read_only=True) as uow:
        users = [u for u in uow.users.all() if u.active]
        device = device_name(uow)
    for role in (Role.ADMIN, Role.SUPERVISOR, Role.QA, Role.OPERATOR):
        for user in users:
            if user.role is role:
                return Actor(user.username, user.role, user.display_name, device, Credential.PIN)
    raise SystemExit("the store has no active user")


def screenshots(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from ui.app import application, open_store
    from ui.i18n import install_translators
    from ui.login import LoginDialog
    from ui.main_window import MainWindow
    from ui.screens import SCREENS
    from ui.session import Session
    from ui.site_opening import Site, SiteOpening
    from ui.sounds import Sounds
    from ui.style import apply_style

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    width, height = (int(v) for v in args.size.lower().split("x"))
    app = application()
    translators = install_translators(app, args.lang)
    apply_style(app)
    source = open_store(args.db)
    with tempfile.TemporaryDirectory() as tmp:
        # The demo scans are really performed: on a copy, never on the given store.
        copy = Path(tmp) / "screenshots.db"
        source.backup(copy)
        source.close()
        store = Store(copy)
        session = Session(store, SystemClock(), _viewer(store), sounds=Sounds(enabled=False))
        written = []
        login = LoginDialog(
            SiteOpening.of(Site(store, session.device)), session.tasks, session.clock
        )
        login.resize(640, 360)
        written.append(_save(login, out / f"00-login-{args.lang}.png"))
        login.scanner.uninstall()
        window = MainWindow(session, SCREENS)
        window.resize(width, height)
        window.show()
        for number, key in enumerate(window.screens, start=1):
            screen = window.show_screen(key)
            _settle(session)
            screen.demo()
            _settle(session)
            _painted(screen)
            _settle(session)
            written.append(_save(window, out / f"{number:02d}-{key}-{args.lang}.png"))
        window.close()
        session.close()
        store.close()
    for path in written:
        print(path)
    del translators
    shutil.rmtree(Path(tmp), ignore_errors=True)
    return 0


def _settle(session: Any) -> None:
    from PySide6.QtCore import QCoreApplication

    for _ in range(3):
        session.tasks.wait_idle()
        session.writer.wait_idle()
        QCoreApplication.processEvents()


def _painted(screen: Any, seconds: float = 30.0) -> None:
    """A screen that lays out its charts one per turn of the event loop (the dashboard's
    `painting`) has laid out the last of them."""
    import time

    from PySide6.QtCore import QCoreApplication

    deadline = time.monotonic() + seconds
    while getattr(screen, "painting", False) and time.monotonic() < deadline:
        QCoreApplication.processEvents()


def _save(widget: Any, path: Path) -> Path:
    from PySide6.QtCore import QCoreApplication

    widget.show()
    QCoreApplication.processEvents()
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    return path
