"""The GS1 mod-10 check digit (GTIN, SSCC, GLN), with nothing else loaded.

Its own module so that code which only checks or completes an identifier
(identification at receiving, the UDI reader) does not load the AI table.
"""

from __future__ import annotations


def check_digit_holds(digits: str) -> bool:
    """Whether the last of ``digits`` is the GS1 mod-10 check digit of the others."""
    return digits[-1] == gs1_check_digit_of(digits[:-1])


def gs1_check_digit_of(body: str) -> str:
    """The GS1 mod-10 check digit completing ASCII digits ``body``.

    Weights 3, 1, 3 ... from the right. Digits become their weighted values
    through byte tables, summed in C (4x biip's loop): the UDI database
    import checks millions of DIs.
    """
    data = body.encode("ascii")
    total = sum(data[-1::-2].translate(_TIMES_3)) + sum(data[-2::-2].translate(_TIMES_1))
    return str(-total % 10)


_TIMES_1 = bytes.maketrans(b"0123456789", bytes(range(10)))
_TIMES_3 = bytes.maketrans(b"0123456789", bytes(range(0, 30, 3)))
