"""The sync tests' real centre on loopback, reused for recalls across sites."""

from tests.integration.sync.conftest import postgres, sqlite_centre

__all__ = ["postgres", "sqlite_centre"]
