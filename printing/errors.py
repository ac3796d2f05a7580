"""Errors raised by the printing layer.

PrintingError          base of everything below
├── InvalidLabelData   the input cannot be encoded (bad GTIN check digit,
│                      a character GS1 forbids, a lot too long, ...)
├── LabelDoesNotFit    the symbol would need modules smaller than a scanner
│                      can read on the chosen label size
└── DeliveryError      the bytes did not reach the printer; `message` says
                       what an operator can do about it (switch the printer
                       on, check the address, install CUPS, ...)
"""

from __future__ import annotations


class PrintingError(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InvalidLabelData(PrintingError):
    pass


class LabelDoesNotFit(PrintingError):
    pass


class DeliveryError(PrintingError):
    pass
