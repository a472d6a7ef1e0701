"""Text normalisation with an offset map back to the raw input.

The pipeline works on normalised text: NFC, one tone-placement convention ("hoá" → "hóa",
"thuỷ" → "thủy"), every space-like character (U+00A0, tabs, U+2002…) as a plain space,
CRLF and CR as "\\n", zero-width characters dropped. :class:`Normalized` keeps, for every
normalised character, the raw characters it came from, so a span found in the normalised
text maps back to the input exactly: ``raw[n.raw_start(s):n.raw_end(e)]``.

Example: ``normalize("Tin học hoá\\u00a0xong").text == "Tin học hóa xong"``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_DROP = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}

# Open syllables whose tone mark sits on the first vowel of "oa", "oe", "uy" in the
# convention this package uses ("hóa", "khỏe", "thủy"). "uy" after "q" is "qu"+"y" and
# keeps its mark on "y" ("quý"); a following letter makes the syllable closed ("hoàn").
_TONE_MARKS = "\u0301\u0300\u0309\u0303\u0323"
_PAIR_TONED_RE = re.compile(r"(?<![qQ])([oO][áàảãạÁÀẢÃẠéèẻẽẹÉÈẺẼẸ]|[uU][ýỳỷỹỵÝỲỶỸỴ])(?!\w)")


def _move_tone(pair: str) -> str:
    """ "oá" → "óa": move the tone mark from the second vowel to the first."""
    first, second = pair[0], pair[1]
    decomposed = unicodedata.normalize("NFD", second)
    marks = [c for c in decomposed[1:] if c in _TONE_MARKS]
    if not marks:
        return pair
    base2 = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONE_MARKS))
    first_new = unicodedata.normalize("NFC", first + marks[0])
    if len(first_new) != 1 or len(base2) != 1:
        return pair
    return first_new + base2


def _tone_pairs(text: str) -> str:
    """Apply the tone-placement convention; the result has the same length as ``text``."""
    return _PAIR_TONED_RE.sub(lambda m: _move_tone(m.group(1)), text)


@dataclass(frozen=True)
class Normalized:
    """Normalised text plus, per normalised character, the raw range it came from."""

    raw: str
    text: str
    _starts: tuple[int, ...]
    _ends: tuple[int, ...]

    def raw_start(self, i: int) -> int:
        """Raw offset where normalised character ``i`` begins (``len(text)`` → ``len(raw)``)."""
        if i >= len(self._starts):
            return len(self.raw)
        return self._starts[i]

    def raw_end(self, j: int) -> int:
        """Raw offset where a normalised span ending (exclusive) at ``j`` ends."""
        if j <= 0:
            return self._starts[0] if self._starts else 0
        return self._ends[j - 1]

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span ``[start, end)`` to the raw input."""
        if end <= start:
            s = self.raw_start(start)
            return s, s
        return self.raw_start(start), self.raw_end(end)

    def raw_slice(self, start: int, end: int) -> tuple[int, int, str]:
        """Raw ``(start, end, text)`` of a normalised span."""
        s, e = self.to_raw(start, end)
        return s, e, self.raw[s:e]

    def from_raw(self, raw_offset: int) -> int:
        """The normalised offset of the first character at or after ``raw_offset``."""
        import bisect

        return bisect.bisect_left(self._starts, raw_offset)


def _is_space(ch: str) -> bool:
    return ch in "\t\v\f" or (unicodedata.category(ch) == "Zs")


def normalize(raw: str) -> Normalized:
    """Normalise ``raw`` and keep the offset map. Never raises on any ``str``."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i = 0
    n = len(raw)
    while i < n:
        ch = raw[i]
        if ch == "\r":
            j = i + 2 if i + 1 < n and raw[i + 1] == "\n" else i + 1
            out.append("\n")
            starts.append(i)
            ends.append(j)
            i = j
            continue
        if ch in _DROP:
            i += 1
            continue
        if ch == "\n":
            out.append("\n")
            starts.append(i)
            ends.append(i + 1)
            i += 1
            continue
        if _is_space(ch) or (unicodedata.category(ch) in ("Cc", "Cs", "Zl", "Zp")):
            out.append(" ")
            starts.append(i)
            ends.append(i + 1)
            i += 1
            continue
        # A base character and the combining marks after it form one cluster.
        j = i + 1
        while j < n and unicodedata.combining(raw[j]):
            j += 1
        cluster = raw[i:j]
        composed = unicodedata.normalize("NFC", cluster) if j - i > 1 or ord(ch) > 0x7F else cluster
        if not composed:
            i = j
            continue
        for c in composed:
            out.append(c)
            starts.append(i)
            ends.append(j)
        i = j
    joined = "".join(out)
    text = _tone_pairs(joined)
    if text != joined:
        # a tone mark moved from one vowel to the other ("uý" → "úy"): each character of the pair
        # now carries part of both raw characters, so both map to the raw range of the pair
        for m in _PAIR_TONED_RE.finditer(joined):
            k = m.start(1)
            if text[k : k + 2] != joined[k : k + 2]:
                starts[k + 1] = starts[k]
                ends[k] = ends[k + 1]
    return Normalized(raw=raw, text=text, _starts=tuple(starts), _ends=tuple(ends))


_NEEDS_NORMALIZE = re.compile(
    "[\r\t\v\f\x00-\x09\x0b-\x1f\x7f-\xa0\u00ad\u1680\u2000-\u200f\u2028-\u202f"
    "\u205f-\u2060\u3000\ufeff\ud800-\udfff]"
)


def is_normal(text: str) -> bool:
    """True when ``normalize_text(text) == text`` (checked cheaply): lets callers skip the offset map."""
    if _NEEDS_NORMALIZE.search(text):
        return False
    return text.isascii() or (unicodedata.is_normalized("NFC", text) and not _PAIR_TONED_RE.search(text))


def normalize_text(raw: str) -> str:
    """Only the normalised text (for lexicon entries and tests)."""
    return normalize(raw).text


def fold(text: str) -> str:
    """A lookup key: normalised and lower-cased (diacritics kept)."""
    return normalize_text(text).lower()
