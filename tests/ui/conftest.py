"""UI tests run offscreen on a copy of a small real store (SCREENS, built once: tests/stores.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.adapters.store import Store
from app.domain.clock import FixedClock
from app.services.people import authenticate
from tests.stores import StoreCopy
from tests.ui.store_builder import NOW, OPERATOR, SCREENS, SUPERVISOR
from ui.session import Session
from ui.sounds import Sounds


class FakeClock:
    """Monotonic seconds the test moves by hand: fast bursts and slow typing on demand."""

    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOTKEEPER_HOME", str(tmp_path / "home"))


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def store(store_copy: StoreCopy) -> Iterator[Store]:
    s = Store(store_copy(SCREENS))
    yield s
    s.close()


@pytest.fixture
def key_clock() -> FakeClock:
    return FakeClock()


def _session(store: Store, clock: FixedClock, who: tuple[str, str, str]) -> Session:
    actor = authenticate(store.uow(), clock, who[0], who[1])
    return Session(store, clock, actor, sounds=Sounds(enabled=False))


@pytest.fixture
def operator_session(qapp: object, store: Store, clock: FixedClock) -> Iterator[Session]:
    session = _session(store, clock, OPERATOR)
    yield session
    session.tasks.wait_idle()
    session.close()


@pytest.fixture
def supervisor_session(qapp: object, store: Store, clock: FixedClock) -> Iterator[Session]:
    session = _session(store, clock, SUPERVISOR)
    yield session
    session.tasks.wait_idle()
    session.close()
