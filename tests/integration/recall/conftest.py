"""The sync tests' real centre on loopback, reused for recalls across sites."""

from tests.integration.sync.conftest import centre, postgres, sqlite_centre

__all__ = ["centre", "postgres", "sqlite_centre"]
