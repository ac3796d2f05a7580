"""The desktop app as a user starts it, with a probe that reports when it is usable.

    python tests/bench/gui_probe.py --db STORE --user operator --pin 1111

Runs `main.main(["--db", STORE])` in this process (so the app's own start-up
path, imports included, is what is timed) after creating the QApplication that
`ui.app.application()` then reuses, and polls the event loop: it prints
`login` once the log-in dialog is shown and the loop has come back idle, logs
in, prints `window` once the main window is shown and idle, and quits. The
parent (tests/bench/test_bench_startup.py) timestamps each line as it arrives.
With `--bare` it is the floor instead: a bare PySide6 window shown, nothing else.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton, QWidget

ROOT = Path(__file__).resolve().parents[2]


def say(word: str) -> None:
    print(word, flush=True)


def bare() -> int:
    app = QApplication(sys.argv)
    window = QWidget()
    window.resize(800, 600)
    window.show()
    QTimer.singleShot(0, lambda: (say("window"), app.quit()))
    return app.exec()


def shown(name: str) -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if widget.objectName() == name and widget.isVisible():
            return widget
    return None


def main_window() -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if type(widget).__name__ == "MainWindow" and widget.isVisible():
            return widget
    return None


def probe(db: str, user: str, pin: str) -> int:
    sys.path.insert(0, str(ROOT))
    app = QApplication(sys.argv)
    stage = {"now": "login"}

    def poll() -> None:
        # A timer fires only when the loop has nothing else to do: the window
        # found here has been shown and painted, and the app would take a key.
        if stage["now"] == "login":
            dialog = shown("login_dialog")
            if dialog is None:
                return
            say("login")
            stage["now"] = "window"
            dialog.findChild(QLineEdit, "username").setText(user)
            dialog.findChild(QLineEdit, "pin").setText(pin)
            dialog.findChild(QPushButton, "login").click()
        elif stage["now"] == "window" and main_window() is not None:
            say("window")
            stage["now"] = "done"
            app.closeAllWindows()
            app.quit()

    timer = QTimer()
    timer.setInterval(2)
    timer.timeout.connect(poll)
    timer.start()
    import main

    return main.main(["--db", db])


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--user", default="operator")
    parser.add_argument("--pin", default="1111")
    parser.add_argument("--bare", action="store_true")
    args = parser.parse_args()
    sys.exit(bare() if args.bare else probe(args.db, args.user, args.pin))
