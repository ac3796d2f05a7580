"""GS1 Digital Link URIs (any host, any path prefix) -> Scan, via biip.

What the GS1 Digital Link URI syntax (1.2+) says and how it is read here:

- the path is ``/{primary key AI}/{value}`` then key qualifiers in their fixed
  order (for a GTIN: ``/22/``, ``/10/``, ``/21/``); qualifiers out of that
  order make an invalid URI (BAD_FORMAT, saying what the order is);
- a GTIN-8/12/13 in ``/01/`` is the same GTIN padded to 14 digits;
- other AIs (expiry, production date...) come as query parameters; query
  parameters that are not AIs (``linkType``, ``context``, tracking tags) are
  ignored, as is the fragment;
- values are percent-decoded (``%2F`` in a lot is "/");
- the scheme and host are case-insensitive, and one trailing ``/`` on the
  path (which resolvers and label generators add) is tolerated.
"""

from __future__ import annotations

from datetime import date
from urllib.parse import parse_qsl, unquote, urlsplit

from biip import ParseError
from biip.gs1_digital_link_uris import GS1DigitalLinkURI

from scanning.errors import ScanError
from scanning.gs1 import is_ascii_digits, scan_from_elements, split_hri
from scanning.scan import Scan

_QUALIFIER_ORDER = {"01": ("22", "10", "21"), "8006": ("22", "10", "21")}
_GTIN_KEYS = frozenset({"01", "02"})
_SHORT_GTIN_LENGTHS = frozenset({8, 12, 13})


def parse_digital_link(uri: str, *, raw: str, symbology: str | None, today: date) -> Scan:
    uri = _without_trailing_slash(uri)
    try:
        link = GS1DigitalLinkURI.parse(uri)
    except (ParseError, ValueError) as exc:
        _diagnose(uri, today)
        raise ScanError("BAD_FORMAT", f"not a valid GS1 Digital Link URI: {exc}") from None
    elements = [(element.ai.ai, element.value) for element in link.element_strings]
    return scan_from_elements(elements, raw=raw, symbology=symbology, today=today)


def _without_trailing_slash(uri: str) -> str:
    end = len(uri)
    for mark in ("#", "?"):
        at = uri.find(mark, 0, end)
        end = at if at >= 0 else end
    path_end = end
    while path_end > 0 and uri[path_end - 1] == "/":
        path_end -= 1
    if path_end == end or uri[:path_end].endswith(":/"):
        return uri
    return uri[:path_end] + uri[end:]


def _diagnose(uri: str, today: date) -> None:
    """Re-read the AI/value pairs biip refused, to raise a precise code (TOO_LONG, BAD_DATE...).

    Returns quietly when nothing more precise than biip's message can be said.
    """
    try:
        parts = urlsplit(uri)
    except ValueError:
        return
    segments = [unquote(s) for s in parts.path.split("/") if s]
    path_pairs = _path_pairs(segments)
    pairs = [*path_pairs, *parse_qsl(parts.query)]
    pairs = [(k, v) for k, v in pairs if 2 <= len(k) <= 4 and is_ascii_digits(k)]
    for ai, value in pairs:
        if ai in _GTIN_KEYS and len(value) in _SHORT_GTIN_LENGTHS:
            value = value.zfill(14)
        try:
            scan_from_elements(split_hri(f"({ai}){value}"), raw=uri, symbology=None, today=today)
        except ScanError as exc:
            if exc.code not in ("UNKNOWN_AI", "NOT_A_UDI"):
                raise ScanError(exc.code, f"in the Digital Link URI: {exc.message}") from None
    _check_qualifier_order(path_pairs)


def _path_pairs(segments: list[str]) -> list[tuple[str, str]]:
    """The trailing /AI/value pairs of the path (what comes before is the host's prefix)."""
    pairs: list[tuple[str, str]] = []
    at = len(segments) - 2
    while at >= 0 and is_ascii_digits(segments[at]):
        pairs.append((segments[at], segments[at + 1]))
        at -= 2
    return pairs[::-1]


def _check_qualifier_order(pairs: list[tuple[str, str]]) -> None:
    """Name the rule when key qualifiers are in the wrong order (/01/../21/../10/..)."""
    if not pairs or pairs[0][0] not in _QUALIFIER_ORDER:
        return
    order = _QUALIFIER_ORDER[pairs[0][0]]
    found = [ai for ai, _ in pairs[1:]]
    if all(ai in order for ai in found) and found != sorted(found, key=order.index):
        raise ScanError(
            "BAD_FORMAT",
            f"GS1 Digital Link key qualifiers out of order: after /{pairs[0][0]}/ they must "
            f"come in the order /{'/, /'.join(order)}/ (got /{'/, /'.join(found)}/)",
        )
