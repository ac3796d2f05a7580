"""Stored codes in both languages, from the very table the screens translate with.

The "Codes" context of resources/translations/lotkeeper_zh_CN.ts and
lotkeeper_en.ts holds, per message, a "kind:code" key (the disambiguation
comment), the English word (source) and its translation. ui/code_words.py
writes those messages (lupdate) and translates them with Qt; this module reads
the same files with the standard library, once, so a document shows a code in
Chinese and English exactly as the two screens would.

A key the files lack prints as the code itself in both languages:
tests/unit/printing/test_words.py fails on any such gap, or on a Chinese word
that is still English.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from printing.resource_dir import TRANSLATIONS

CONTEXT = "Codes"


@dataclass(frozen=True, slots=True)
class Word:
    """One code's (or template's) Chinese and English."""

    zh: str
    en: str

    def __str__(self) -> str:
        return f"{self.zh} {self.en}" if self.zh != self.en else self.zh

    def fill(self, **values: Word | str | int) -> Word:
        """The template with its {placeholders} filled, a Word's own language in each."""
        zh = {k: v.zh if isinstance(v, Word) else v for k, v in values.items()}
        en = {k: v.en if isinstance(v, Word) else v for k, v in values.items()}
        return Word(self.zh.format(**zh), self.en.format(**en))


def _messages(path: Path) -> dict[str, tuple[str, str]]:
    """key -> (source, finished translation or "")."""
    out: dict[str, tuple[str, str]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            key = message.findtext("comment")
            if not key:
                continue
            translation = message.find("translation")
            done = translation is not None and translation.get("type") is None
            out[key] = (
                message.findtext("source") or "",
                (translation.text or "") if done and translation is not None else "",
            )
    return out


@lru_cache(maxsize=1)
def table() -> Mapping[str, Word]:
    """Every key in either file; an untranslated side falls back to the English source."""
    zh = _messages(TRANSLATIONS / "lotkeeper_zh_CN.ts")
    en = _messages(TRANSLATIONS / "lotkeeper_en.ts")
    out = {}
    for key in zh.keys() | en.keys():
        source = (zh.get(key) or en[key])[0]
        out[key] = Word(zh.get(key, ("", ""))[1] or source, en.get(key, ("", ""))[1] or source)
    return out


def lookup(kind: str, code: str) -> Word | None:
    return table().get(f"{kind}:{code}")


def word(kind: str, code: str | int) -> Word:
    """The code's words; the code itself where the table has none (a gap the tests catch)."""
    return lookup(kind, str(code)) or Word(str(code), str(code))
