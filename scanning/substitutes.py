"""Scanner quirks: what keyboard-wedge scanners send instead of the GS character.

A USB scanner in keyboard mode types its data. ASCII 29 (GS, the FNC1
separator of GS1 symbols) has no key, so scanners are configured to type a
stand-in, or drop it. We only accept stand-ins that cannot be barcode data:
GS1 data uses the 82-character set (no ``^ ] { } [ \\ ~ # $ @``) and HIBC uses
the Code 39 set, so ``^]``, ``{GS}``, ``[GS]``, a bare ``^`` (the GS1 Barcode
Syntax Engine's FNC1 notation) and the ``\\x1d`` spelling can never be
mistaken for data. ``<GS>`` is made only of legal GS1 characters,
but no real lot or serial contains it and it is the most common scanner
setting, so it is in the default too. A bare ``~`` is deliberately not in
the default: several scanner brands use it as a prefix/suffix marker; add it
per device if that device really sends it for GS.
"""

from __future__ import annotations

from collections.abc import Sequence

GS = "\x1d"

DEFAULT_GS_SUBSTITUTES: tuple[str, ...] = (
    "<GS>",
    "{GS}",
    "[GS]",
    "<FNC1>",
    "{FNC1}",
    "^]",
    "\\x1d",
    "\\x1D",
    "\\u001d",
    "\\u001D",
    "\u241d",  # SYMBOL FOR GROUP SEPARATOR, what some wedge drivers type
    "<F1>",  # how Cognex DataMan and several verifiers show FNC1
    "^",  # GS1 Barcode Syntax Engine notation for FNC1 ("^0109506000134352...")
)

# Terminators a scanner appends; stripped from both ends, never from inside.
LINE_TERMINATORS = "\r\n\t"


def restore_gs(text: str, substitutes: Sequence[str] = DEFAULT_GS_SUBSTITUTES) -> str:
    """Replace every configured stand-in by the real GS character."""
    for substitute in substitutes:
        if substitute and substitute in text:
            text = text.replace(substitute, GS)
    return text


def strip_terminators(text: str) -> str:
    """Drop the CR/LF/Tab a scanner adds; spaces stay (a HIBC check character can be one)."""
    return text.strip(LINE_TERMINATORS)
