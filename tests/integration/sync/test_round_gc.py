"""A sync round keeps the garbage collector's frozen objects as the process had them."""

from __future__ import annotations

import gc
from pathlib import Path

from tests.integration.sync.conftest import Centre, enrolled_site


def test_a_round_in_a_process_that_froze_its_start_up_leaves_it_frozen(
    sqlite_centre: Centre, tmp_path: Path
) -> None:
    site = enrolled_site(sqlite_centre, tmp_path, "A")
    gc.freeze()  # as the desktop does once its windows are imported (ui.app.settle_start_up)
    try:
        assert not site.sync().errors
        assert gc.get_freeze_count() > 0  # not unfrozen by the round
    finally:
        gc.unfreeze()


def test_a_round_in_a_process_that_froze_nothing_leaves_nothing_frozen(
    sqlite_centre: Centre, tmp_path: Path
) -> None:
    site = enrolled_site(sqlite_centre, tmp_path, "A")
    gc.unfreeze()
    assert not site.sync().errors
    assert gc.get_freeze_count() == 0
