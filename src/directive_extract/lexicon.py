"""Phrase lexicons from data files, matched on whole syllables of normalised text (pure).

Example: ``Lexicon.from_entries(entries("directives/cues.yaml"))`` finds "yêu cầu" in
"Bộ cũng yêu cầu các sở" but not in "theo yêu cầu của Bộ" (the entry's ``not_after``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from directive_extract.data import entries, load
from directive_extract.normalize import normalize_text


@dataclass(frozen=True)
class PhraseMatch:
    start: int
    end: int
    text: str
    entry: Mapping[str, Any]

    @property
    def id(self) -> str:
        return str(self.entry["id"])


def phrase_regex(phrases: Iterable[str]) -> re.Pattern[str]:
    """A case-insensitive regex matching any phrase on syllable boundaries, longest first."""
    norm = sorted({normalize_text(p).strip() for p in phrases if p.strip()}, key=len, reverse=True)
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in norm)
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)


def _context_re(words: Iterable[str], before: bool) -> re.Pattern[str] | None:
    norm = sorted({normalize_text(w).strip() for w in words if w.strip()}, key=len, reverse=True)
    if not norm:
        return None
    body = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in norm)
    if before:  # the phrase is preceded by one of the words
        return re.compile(rf"(?<!\w)(?:{body})\s*$", re.IGNORECASE)
    return re.compile(rf"^\s*(?:{body})(?!\w)", re.IGNORECASE)


class Lexicon:
    """Entries with ``phrases`` (and optional ``not_after``/``not_before`` context words)."""

    def __init__(self, items: list[Mapping[str, Any]]) -> None:
        self._items = items
        self._by_phrase: dict[str, Mapping[str, Any]] = {}
        for item in items:
            for p in item.get("phrases", []):
                self._by_phrase.setdefault(normalize_text(p).strip().lower(), item)
        self._re = phrase_regex(self._by_phrase)
        self._ctx = {
            id(item): (
                _context_re(item.get("not_after", []), before=True),
                _context_re(item.get("not_before", []), before=False),
            )
            for item in items
        }

    @classmethod
    def from_file(cls, name: str, key: str = "entries") -> Lexicon:
        return cls(entries(name, key))

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[PhraseMatch]:
        """Non-overlapping matches in ``text[start:end]``, offsets into ``text``."""
        end = len(text) if end is None else end
        out: list[PhraseMatch] = []
        for m in self._re.finditer(text, start, end):
            key = re.sub(r"\s+", " ", m.group()).lower()
            item = self._by_phrase.get(key)
            if item is None:
                continue
            after_re, before_re = self._ctx[id(item)]
            if after_re is not None and after_re.search(text, max(0, m.start() - 30), m.start()):
                continue
            if before_re is not None and before_re.match(text[m.end() : m.end() + 30]):
                continue
            out.append(PhraseMatch(m.start(), m.end(), m.group(), item))
        return out


@cache
def lexicon(name: str, key: str = "entries") -> Lexicon:
    """The cached :class:`Lexicon` of a data file (``key`` names its list)."""
    if key == "entries":
        return Lexicon.from_file(name, key)
    data = load(name)
    return Lexicon(list(data[key]))
