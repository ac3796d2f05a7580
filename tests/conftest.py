"""Shared test set-up: Qt runs offscreen; every test gets its own data dir."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# PIN hashes as cheap as argon2id allows, so the suite stays fast (the real cost: credentials.py).
os.environ.setdefault("LOTKEEPER_ARGON2_TIME_COST", "1")
os.environ.setdefault("LOTKEEPER_ARGON2_MEMORY_KIB", "1024")
# No OS key store in tests: device tokens go to the owner-only file beside each database.
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")

# Every test store's builder and the fixtures that copy it (tests/stores.py).
pytest_plugins = ["tests.stores"]
