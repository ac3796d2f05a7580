"""Shared test set-up: Qt runs offscreen; every test gets its own data dir."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
