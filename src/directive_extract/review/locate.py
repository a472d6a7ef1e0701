"""Quote → character offsets in the original document text.

Quotes match the document modulo normalisation: NFC, one tone-placement convention and any run
of white space (spaces, U+00A0, tabs, line breaks) equal to one space. Offsets are returned in
the *original* text, and callers re-read the span text there, so ``raw[start:end]`` is always
the span's text even when the reviewer typed the quote with other spacing.

Example: in ``"Giao Sở Thông tin\\u00a0và Truyền thông"`` the quote ``"Sở Thông tin và Truyền
thông"`` is found at ``(5, 33)``.
"""

from __future__ import annotations

from directive_extract.normalize import normalize, normalize_text

Offsets = tuple[int, int]


def quote_key(quote: str) -> str:
    """The matching key of a quote: normalised, white space collapsed, stripped."""
    return " ".join(normalize_text(quote).split())


class Locator:
    """Finds quotes in one document text and maps them back to raw offsets."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self._norm = normalize(raw)
        chars: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        text = self._norm.text
        i, n = 0, len(text)
        while i < n:
            if text[i].isspace():
                j = i
                while j < n and text[j].isspace():
                    j += 1
                chars.append(" ")
                starts.append(i)
                ends.append(j)
                i = j
            else:
                chars.append(text[i])
                starts.append(i)
                ends.append(i + 1)
                i += 1
        self._key = "".join(chars)
        self._starts = starts
        self._ends = ends

    def find(self, quote: str) -> list[Offsets]:
        """Every occurrence of ``quote`` as raw ``(start, end)``, in document order."""
        key = quote_key(quote)
        if not key:
            return []
        out: list[Offsets] = []
        i = self._key.find(key)
        while i >= 0:
            ns, ne = self._starts[i], self._ends[i + len(key) - 1]
            out.append(self._norm.to_raw(ns, ne))
            i = self._key.find(key, i + 1)
        return out

    def span_text(self, offsets: Offsets) -> str:
        """The original text at ``offsets``."""
        return self.raw[offsets[0] : offsets[1]]

    def pick(self, quote: str, clause: Offsets | None, *, prefer_before: bool = True) -> Offsets | None:
        """The occurrence of ``quote`` that belongs to ``clause`` (rules in docs/review-format.md).

        Inside the clause if it occurs there. Otherwise, with ``prefer_before`` (actors: inherited
        from a lead-in or header), the nearest before it, else the nearest after; without it
        (deadlines, targets written at the end of a sentence) the nearest on either side, an
        occurrence in the clause's own line first, before on a tie. ``None`` when the quote
        does not occur at all.
        """
        found = self.find(quote)
        if not found:
            return None
        if clause is None:
            return found[0]
        cs, ce = clause
        inside = [o for o in found if o[0] >= cs and o[1] <= ce]
        if inside:
            return inside[0]
        before = [o for o in found if o[0] < cs]
        after = [o for o in found if o[0] >= cs]
        if prefer_before or not after:
            return before[-1] if before else after[0]
        if not before:
            return after[0]
        # a deadline written at the end of the sentence beats one in an earlier line (the title)
        near_before = "\n" not in self.raw[before[-1][1] : cs]
        near_after = "\n" not in self.raw[ce : after[0][0]]
        if near_before != near_after:
            return before[-1] if near_before else after[0]
        gap_before = max(0, cs - before[-1][1])
        gap_after = max(0, after[0][0] - ce)
        return before[-1] if gap_before <= gap_after else after[0]

    def pick_from(self, quote: str, position: int) -> Offsets | None:
        """The first occurrence starting at or after ``position`` (else the nearest before it)."""
        found = self.find(quote)
        if not found:
            return None
        after = [o for o in found if o[0] >= position]
        return after[0] if after else found[-1]
