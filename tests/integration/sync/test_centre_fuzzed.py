"""The centre never answers 500 to a client's bytes: schemathesis against its own OpenAPI.

Fuzzed (bodies and parameters that fit the schema, and ones that do not) and
stateful (an issued recall followed to its status), against a real centre
on loopback, bounded in examples so the whole module runs in about a minute.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis import Case, GenerationMode
from schemathesis.generation.stateful.state_machine import APIStateMachine

from sync.protocol import VERSION_HEADER
from sync.server.recalls import ADMIN_TOKEN_ENV
from tests.integration.sync.conftest import (
    Centre,
    enrolled_site,
    free_port,
    seed_master_data,
)

ADMIN = "fuzz-admin-token"
EXAMPLES = 50  # per operation and mode: about 600 requests in all


class Fuzzed:
    """A running centre, an enrolled device's token, and the schema read from the centre."""

    def __init__(self, tmp_path: Path) -> None:
        previous = os.environ.get(ADMIN_TOKEN_ENV)
        os.environ[ADMIN_TOKEN_ENV] = ADMIN
        try:
            self.centre = Centre(str(tmp_path / "centre.db"), free_port())
            self.centre.start()
        finally:
            if previous is None:
                os.environ.pop(ADMIN_TOKEN_ENV)
            else:
                os.environ[ADMIN_TOKEN_ENV] = previous
        seed_master_data(self.centre)
        self.token = enrolled_site(self.centre, tmp_path, "FZ").token()
        self.schema = schemathesis.openapi.from_url(
            self.centre.base + "/openapi.json", headers={"Authorization": f"Bearer {ADMIN}"}
        )
        self.schema.config.update(base_url=self.centre.base)
        self.schema.config.generation.update(
            modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE], max_examples=EXAMPLES
        )

    def headers(self, case: Case) -> dict[str, str]:
        secret = ADMIN if case.path.startswith("/v1/admin") else self.token
        return {VERSION_HEADER: "3", "Authorization": f"Bearer {secret}"}


@pytest.fixture(scope="module")
def fuzzed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Fuzzed]:
    found = Fuzzed(tmp_path_factory.mktemp("fuzz"))
    yield found
    found.centre.stop()


OPERATIONS = [
    "GET /v1/health",
    "POST /v1/enrol",
    "POST /v1/push",
    "GET /v1/pull",
    "GET /v1/audit/anchors",
    "POST /v1/admin/recalls",
    "GET /v1/admin/recalls/{recall_id}",
]


def _answered_without_a_server_error(fuzzed: Fuzzed, case: Case) -> None:
    response = case.call(headers=fuzzed.headers(case), timeout=30)
    assert response.status_code < 500, f"{case.method} {case.path}: {response.text[:500]}"
    if response.status_code >= 400:
        assert response.json()["error"]  # a code for a person, never a traceback


def test_the_fuzzed_operations_are_all_the_centre_has(fuzzed: Fuzzed) -> None:
    labels = {result.ok().label for result in fuzzed.schema.get_all_operations()}
    assert labels == set(OPERATIONS)


# Operations that take input, so that input can also be wrong.
WITH_INPUT = [op for op in OPERATIONS if op.startswith("POST") or "{" in op or "pull" in op]


@pytest.mark.parametrize(
    ("label", "mode"),
    [(op, GenerationMode.POSITIVE) for op in OPERATIONS]
    + [(op, GenerationMode.NEGATIVE) for op in WITH_INPUT],
)
def test_no_request_a_client_can_send_gets_a_500(
    fuzzed: Fuzzed, label: str, mode: GenerationMode
) -> None:
    operation = fuzzed.schema.find_operation_by_label(label)
    assert operation is not None

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        derandomize=True,
        database=None,
        phases=[Phase.explicit, Phase.generate],  # no shrinking: the time stays bounded
    )
    def sends(case: Case) -> None:
        _answered_without_a_server_error(fuzzed, case)

    sends()


def test_no_sequence_of_requests_gets_a_500(fuzzed: Fuzzed) -> None:
    class Machine(fuzzed.schema.as_state_machine()):  # type: ignore[misc]
        def get_call_kwargs(self, case: Case) -> dict[str, Any]:
            return {"headers": fuzzed.headers(case), "timeout": 30}

        def validate_response(self, response: Any, case: Case, **kwargs: Any) -> None:
            assert response.status_code < 500, f"{case.method} {case.path}: {response.text[:500]}"
            if response.status_code >= 400:
                assert response.json()["error"]

    assert issubclass(Machine, APIStateMachine)
    Machine.run(
        settings=settings(
            max_examples=15,
            stateful_step_count=6,
            deadline=None,
            suppress_health_check=list(HealthCheck),
            derandomize=True,
            database=None,
            phases=[Phase.explicit, Phase.generate],
        )
    )
