"""Property: whatever the link does, a site and the centre converge once it behaves again."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.integration.sync.conftest import ITEM_A, ITEM_B, Centre, enrolled_site, seed_master_data
from tests.integration.sync.proxy import Fault, FaultProxy

LINK_FAULTS = [Fault.NONE, Fault.CUT, Fault.LOSE_ANSWER, Fault.DUPLICATE]


@pytest.fixture(scope="module")
def link(shared_centre: Centre) -> Iterator[tuple[Centre, FaultProxy]]:
    if shared_centre.url.startswith("postgresql"):
        pytest.skip("the property is about the link; it runs against the SQLite centre")
    seed_master_data(shared_centre)
    proxy = FaultProxy(shared_centre.port)
    yield shared_centre, proxy
    proxy.close()


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    receipts=st.lists(
        st.tuples(st.sampled_from([ITEM_A, ITEM_B]), st.integers(1, 9)), min_size=1, max_size=8
    ),
    faults=st.lists(st.sampled_from(LINK_FAULTS), min_size=1, max_size=12),
    push_batch=st.integers(1, 4),
)
def test_random_link_faults_never_lose_or_double_an_event(
    link: tuple[Centre, FaultProxy],
    tmp_path_factory: pytest.TempPathFactory,
    receipts: list[tuple[str, int]],
    faults: list[Fault],
    push_batch: int,
) -> None:
    centre, proxy = link
    code = f"P{uuid.uuid4().hex[:8]}"
    proxy.chooser = None
    site = enrolled_site(centre, tmp_path_factory.mktemp(code), code, server=proxy.url)
    assert not site.sync().errors
    for n, (di, qty) in enumerate(receipts):
        assert site.act("receive", di, f"R{n}", qty=qty, location="RCV").ok
    plan = itertools.chain(faults, itertools.repeat(Fault.NONE))
    proxy.chooser = lambda _path: next(plan)

    # Every fault costs at most one round; then the link is good for good.
    for _ in range(len(faults) + 2):
        if not site.sync(push_batch=push_batch).errors:
            break

    assert site.outbox_ids(sent=False) == []
    assert sorted(centre.events_for(code)) == sorted(site.outbox_ids())
    assert centre.stock(code) == site.stock()
    site.store.close()
