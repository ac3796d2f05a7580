"""Whatever a scanner or a camera delivers, `parse` answers with a Scan or a ScanError.

About 100,000 inputs in all: mutations of valid GS1, HRI, Digital Link and
HIBC strings, and random text.
"""

from __future__ import annotations

import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scanning.errors import ScanError
from scanning.parse import parse
from scanning.scan import Scan

from .conftest import TODAY, hibc

GS = "\x1d"
VALID = [
    f"]d20109501101530003172512{GS}10AB-123{GS}21SN42",
    "0109501101530003172512311012345",
    "(01)09501101530003(17)251200(10)AB-123(21)X",
    f"]C10209501101530003371200{GS}10L{GS}11240101",
    "https://id.gs1.org/01/09506000134352/10/ABC/21/S1?17=251231&11=240101",
    "]Q1https://example.com/01/4006381333931?10=L1",
    hibc("+A99912345/$$3260520LOT1"),
    hibc("+A123BJC5D6E71"),
    hibc("+$$82432605200LOT1/SSN9/16D20240101L"),
    hibc("+$$+0526SN1L"),
    hibc("+26140LOT1L"),
    "4006381333931",
    "]E096385074",
    "10L1<GS>17251231^]21X\r\n",
    # Real-world shapes (see test_real_world_examples.py): two HIBC symbols in one read,
    # a space check character, /Q quantity, UPC-E, Digital Link with a trailing slash.
    "+A123BJC5D6E71G+$$52001510X3GD",
    "+A123BJCMD6E79++$$52001510X3+ ",
    "+A99912349/$10X3/16D20111231/14D20200131/Q500Z",
    "]A5a123BJC5D6E71G",
    "]E004252614",
    "https://id.gs1.org/01/09506000134352/10/ABC/?17=251231",
]
# Inputs per example: batching keeps hypothesis' per-example overhead off 100,000 inputs
# (2,500 + 1,250 + 1,250 examples of 20).
BATCH = 20
ALPHABET = "0123456789()+$/%-.ABCDLSXZ]dCQe:?=&h tps\x1d<>^{}GS\r\n\t*~#é中"


def check(raw: str) -> None:
    try:
        result = parse(raw, today=TODAY)
    except ScanError as error:
        assert error.code and error.message
        assert error.__cause__ is None, f"internal error reached the safety net: {error!r}"
        return
    assert isinstance(result, Scan)
    assert result.complete or result.missing
    if result.gtin is not None:
        assert len(result.gtin) == 14 and result.gtin.isdigit()


def mutants(seed: int, count: int) -> list[str]:
    """``count`` valid barcodes, each with 1-4 random edits (insert, delete, replace, cut...)."""
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        text = rng.choice(VALID)
        for _ in range(rng.randint(1, 4)):
            pos, char = rng.randint(0, len(text)), rng.choice(ALPHABET)
            op = rng.randrange(5)
            if op == 0:
                text = text[:pos] + char + text[pos:]
            elif op == 1:
                text = text[:pos] + text[pos + 1 :]
            elif op == 2:
                text = text[:pos] + char + text[pos + 1 :]
            elif op == 3:
                text = text[:pos]
            else:
                text = text + text[pos:]
        out.append(text)
    return out


def examples(n: int) -> settings:
    return settings(
        max_examples=n,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )


@examples(2_500)
@given(st.integers(0, 2**32))
def test_mutated_valid_barcodes_give_a_scan_or_a_scan_error(seed: int) -> None:
    for raw in mutants(seed, BATCH):
        check(raw)


@examples(1_250)
@given(st.lists(st.text(alphabet=ALPHABET, max_size=60), min_size=BATCH, max_size=BATCH))
def test_random_barcode_like_text_gives_a_scan_or_a_scan_error(batch: list[str]) -> None:
    for raw in batch:
        check(raw)


@examples(1_250)
@given(st.lists(st.text(max_size=80), min_size=BATCH, max_size=BATCH))
def test_any_unicode_text_gives_a_scan_or_a_scan_error(batch: list[str]) -> None:
    for raw in batch:
        check(raw)
