"""GS1 Digital Link URIs (any host, any path prefix) -> Scan, via biip."""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from urllib.parse import parse_qsl, unquote, urlsplit

from biip import ParseError
from biip.gs1_digital_link_uris import GS1DigitalLinkURI

from scanning.errors import ScanError
from scanning.gs1 import scan_from_elements, split_hri
from scanning.scan import Scan


def parse_digital_link(uri: str, *, raw: str, symbology: str | None, today: date) -> Scan:
    try:
        link = GS1DigitalLinkURI.parse(uri)
    except (ParseError, ValueError) as exc:
        _diagnose(uri)
        raise ScanError("BAD_FORMAT", f"not a valid GS1 Digital Link URI: {exc}") from None
    elements = [(element.ai.ai, element.value) for element in link.element_strings]
    return scan_from_elements(elements, raw=raw, symbology=symbology, today=today)


def _diagnose(uri: str) -> None:
    """Re-read the AI/value pairs biip refused, to raise a precise code (TOO_LONG, BAD_DATE...).

    Returns quietly when nothing more precise than biip's message can be said.
    """
    try:
        parts = urlsplit(uri)
    except ValueError:
        return
    segments = [unquote(s) for s in parts.path.split("/") if s]
    pairs = [*pairwise(segments), *parse_qsl(parts.query)]
    pairs = [(k, v) for k, v in pairs if 2 <= len(k) <= 4 and k.isascii() and k.isdigit()]
    for ai, value in pairs:
        try:
            split_hri(f"({ai}){value}")
        except ScanError as exc:
            if exc.code != "UNKNOWN_AI":
                raise ScanError(exc.code, f"in the Digital Link URI: {exc.message}") from None
