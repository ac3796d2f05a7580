"""A site receives only its own users, and master data keeps what a file leaves out.

Against both centres: the pull's filter and the publish's merge are SQL on each.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest

from app.domain.credentials import check_secret
from tests.integration.sync.conftest import ITEM_A, Centre, Site, enrolled_site


@pytest.fixture
def names() -> tuple[str, str, str]:
    """Site codes and a user name of this test's own, so the centre can be shared."""
    tag = uuid.uuid4().hex[:6]
    return f"U{tag}A", f"U{tag}B", f"nurse{tag}"


def _user(site: Site, username: str) -> tuple[str, bool] | None:
    with site.store.uow(read_only=True) as uow:
        user = uow.users.get(username)
    return (user.pin_hash, user.active) if user is not None else None


def test_a_site_receives_only_the_users_assigned_to_it(
    shared_centre: Centre, tmp_path: Path, names: tuple[str, str, str]
) -> None:
    code_a, code_b, nurse = names
    a = enrolled_site(shared_centre, tmp_path, code_a)
    b = enrolled_site(shared_centre, tmp_path, code_b)
    shared_centre.publish(
        "users",
        [
            {"username": nurse, "role": "operator", "pin": "482913", "sites": code_a},
            {"username": f"{nurse}-all", "role": "operator", "pin": "482914", "sites": ""},
        ],
    )

    assert not a.sync().errors and not b.sync().errors

    found = _user(a, nurse)
    assert found is not None and check_secret("482913", found[0])
    assert _user(b, nurse) is None  # neither the user nor the PIN hash reached B
    assert _user(a, f"{nurse}-all") is not None and _user(b, f"{nurse}-all") is not None


def test_a_user_who_leaves_a_site_is_deactivated_there_without_the_pin_hash(
    shared_centre: Centre, tmp_path: Path, names: tuple[str, str, str]
) -> None:
    code_a, code_b, nurse = names
    a = enrolled_site(shared_centre, tmp_path, code_a)
    b = enrolled_site(shared_centre, tmp_path, code_b)
    row = {"username": nurse, "role": "supervisor", "pin": "918273", "sites": f"{code_a},{code_b}"}
    shared_centre.publish("users", [row])
    assert not a.sync().errors and not b.sync().errors
    assert _user(b, nurse) is not None

    shared_centre.publish("users", [{**row, "sites": code_a}])
    assert not a.sync().errors and not b.sync().errors

    kept, left = _user(a, nurse), _user(b, nurse)
    assert kept is not None and kept[1] and check_secret("918273", kept[0])
    assert left is not None and not left[1]
    assert not check_secret("918273", left[0]) and "argon2" not in left[0]


def test_re_importing_items_without_a_column_keeps_what_was_published_for_it(
    shared_centre: Centre, tmp_path: Path, names: tuple[str, str, str]
) -> None:
    code_a, _, _ = names
    di = ITEM_A
    shared_centre.publish("items", [{"gtin": di, "name": "Syringe", "auto_release": "yes"}])
    shared_centre.publish("items", [{"gtin": di, "name": "Syringe 5 ml"}])  # no auto_release
    site = enrolled_site(shared_centre, tmp_path, code_a)

    assert not site.sync().errors

    with site.store.uow(read_only=True) as uow:
        item = uow.items.get(di)
    assert item is not None and item.name == "Syringe 5 ml" and item.auto_release
