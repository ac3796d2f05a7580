"""The Qt binding itself must survive a long session of signals.

PySide6 6.12.0 on Python 3.11 dropped a reference to True/False on every
Signal.emit, so a shift of scanning aborted the process ("bool_dealloc").
Run in a child process: a binding that crashes fails this test, not the run.
"""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
from PySide6.QtCore import QCoreApplication, QObject, Signal
app = QCoreApplication([])
class Source(QObject):
    value = Signal(object)
source = Source()
seen = []
source.value.connect(seen.append)
for i in range(50_000):
    source.value.emit(None if i % 2 else (i, None))
print(len(seen))
"""


def test_fifty_thousand_signal_emits_do_not_corrupt_the_interpreter() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "50000"
