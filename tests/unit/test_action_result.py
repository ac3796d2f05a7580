"""An action's result as JSON (what `batch` and the CLI print) names every field it has."""

from __future__ import annotations

from dataclasses import fields
from datetime import date

from app.errors import Code
from app.services.context import ActionResult


def test_the_json_of_a_result_carries_every_field_with_the_gtin_last() -> None:
    result = ActionResult(
        True, Code.ACCEPTED, "done", di="06901234567892", expiry=date(2027, 1, 31)
    )
    data = result.to_json()
    names = {f.name for f in fields(ActionResult)} - {"di"} | {"gtin"}
    assert set(data) == names
    assert list(data)[-1] == "gtin"
    assert data["gtin"] == "06901234567892" and data["expiry"] == "2027-01-31"
    assert data["code"] == Code.ACCEPTED.value
