"""Blocks, list items, sentences and clauses of a normalised text (pure; no spaCy).

A *block* is a non-empty line. A block may open with a list marker ("1.", "a)", "-", "(1)").
Blocks nest by marker family, learnt per document from the order families appear in.
A *sentence* ends at ".", "!" or "?" followed by an upper-case letter, a marker or the end of
the block; a *clause* is a piece of a sentence between semicolons. Offsets index the
normalised text given to :func:`segment`.

Example: "Giao Bộ Y tế:\\n- Rà soát; báo cáo.\\n" gives two blocks; the item "- Rà soát;
báo cáo." has parent 0 (the lead-in ending with ":") and two clauses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from directive_extract.data import load


@dataclass
class Clause:
    """A piece of a sentence between semicolons; ``start``/``end`` exclude outer spaces."""

    start: int
    end: int
    sentence: int
    index_in_sentence: int


@dataclass
class Sentence:
    start: int
    end: int
    block: int
    clauses: list[int] = field(default_factory=list)


@dataclass
class Block:
    """A line. ``marker`` is its list marker, ``parent`` the block it hangs under."""

    start: int
    end: int
    body_start: int
    marker: str | None
    marker_type: str | None
    parent: int | None
    depth: int
    leadin: bool
    sentences: list[int] = field(default_factory=list)


@dataclass
class Segmentation:
    blocks: list[Block]
    sentences: list[Sentence]
    clauses: list[Clause]


@lru_cache(maxsize=1)
def _markers() -> list[tuple[str, str, re.Pattern[str]]]:
    data = load("structure.yaml")
    return [(m["id"], m["type"], re.compile(m["pattern"])) for m in data["list_markers"]]


@lru_cache(maxsize=1)
def _abbrev_re() -> re.Pattern[str]:
    abbrevs = sorted(load("structure.yaml")["abbreviations"], key=len, reverse=True)
    return re.compile(r"(?:^|(?<=\s))(?:" + "|".join(re.escape(a) for a in abbrevs) + r")$")


# a sentence end: the next word opens with a capital (checked with str.isupper, since a range such as
# "À-Ỹ" also holds lower-case letters: "đ" is U+0111), a quote, a bracket, a dash or a list number
_SENT_END = re.compile(r"[.!?…]+[\"”')\]]*(?=\s+(?:\d+[.)]\s|[\"“(\[-]|(\w))|\s*$)")
_LINE = re.compile(r"[^\n]+")


def _match_marker(text: str, pos: int, end: int) -> tuple[str, str, int] | None:
    line = text[pos:end]
    for _id, mtype, pat in _markers():
        m = pat.match(line)
        if m and m.end() < len(line):
            return m.group("m"), mtype, pos + m.end()
    return None


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _sentences(text: str, s: int, e: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    cur = s
    abbrev = _abbrev_re()
    for m in _SENT_END.finditer(text, s, e):
        if m.group(1) is not None and not m.group(1).isupper():
            continue  # "… xác định nhân khẩu… để lập dự thảo": the sentence goes on
        cut = m.end()
        before = text[cur : m.start() + 1]
        if abbrev.search(before):
            continue
        # "1.200" or "15.12" never end here because the next char must be a space.
        a, b = _strip(text, cur, cut)
        if b > a:
            out.append((a, b))
        cur = cut
    a, b = _strip(text, cur, e)
    if b > a:
        out.append((a, b))
    return out


def _clauses(text: str, s: int, e: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    cur = s
    depth = 0
    for i in range(s, e):
        ch = text[i]
        if ch in "([":
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
        elif ch == ";" and depth == 0:
            a, b = _strip(text, cur, i + 1)
            if b > a:
                out.append((a, b))
            cur = i + 1
    a, b = _strip(text, cur, e)
    if b > a:
        out.append((a, b))
    return out


_ENDS_SENTENCE = re.compile(r"[.:;!?…\"”)]\s*$")
_FIRST_CHAR = re.compile(r"\s*(\S)")
_FIGURE_THEN_WORD = re.compile(r"\d+(?:[.,]\d+)*\s+(\w)")


def _logical_lines(text: str) -> list[tuple[int, int]]:
    """Lines, with hard-wrapped continuation lines joined to the line they continue.

    A line continues the one before when that one does not end a sentence and it is not a
    list item, and either it starts in lower case or the document is hard-wrapped (most of
    its lines stop mid-sentence, as in OCR output with blank lines between paragraphs) and the
    line before is not a short list heading ("2. Vụ Pháp luật dân sự - kinh tế").
    """
    lines = [(m.start(), m.end()) for m in _LINE.finditer(text) if text[m.start() : m.end()].strip()]
    if not lines:
        return []
    open_ended = sum(
        1
        for (a, b), (c, _d) in zip(lines, lines[1:], strict=False)
        if not _ENDS_SENTENCE.search(text[a:b]) and "\n\n" not in text[b:c]
    )
    wrapped = "\n\n" in text and open_ended > 0.3 * len(lines)
    out: list[tuple[int, int]] = [lines[0]]
    for a, b in lines[1:]:
        pa, pb = out[-1]
        blank_between = "\n\n" in text[pb:a].replace(" ", "")
        joins = (
            not blank_between
            and not _ENDS_SENTENCE.search(text[pa:pb])
            and _match_marker(text, *_strip(text, a, b)) is None
            and (_starts_lower(text, a) or (wrapped and not _short_heading(text, pa, pb)))
        )
        if joins:
            out[-1] = (pa, b)
        else:
            out.append((a, b))
    return out


def _starts_lower(text: str, pos: int) -> bool:
    """The line at ``pos`` starts with a lower-case letter (any script: "đôn đốc", not "Đôn đốc"),
    or with a figure and a lower-case word ("17 mẫu 4 sào đang có vướng mắc …")."""
    m = _FIRST_CHAR.match(text, pos)
    if m is None:
        return False
    if m.group(1).isdigit():
        fig = _FIGURE_THEN_WORD.match(text, m.start(1))
        return fig is not None and fig.group(1).islower()
    return m.group(1).islower()


def _short_heading(text: str, a: int, b: int, max_words: int = 10) -> bool:
    """ "2. Vụ Pháp luật dân sự - kinh tế": a short list item without final punctuation is a
    heading of its own, not a line hard-wrapped into the next one."""
    s, e = _strip(text, a, b)
    found = _match_marker(text, s, e)
    return found is not None and len(text[found[2] : e].split()) <= max_words


def segment(text: str) -> Segmentation:
    """Split normalised ``text`` into blocks, sentences and clauses."""
    blocks: list[Block] = []
    sentences: list[Sentence] = []
    clauses: list[Clause] = []
    # Open path of list blocks: (block index, marker type).
    path: list[tuple[int, str | None]] = []
    # Depth at which each marker family first appeared under the current lead-in.
    type_depth: dict[str, int] = {}
    root: int | None = None
    for ls, le in _logical_lines(text):
        s, e = _strip(text, ls, le)
        if e <= s:
            continue
        found = _match_marker(text, s, e)
        if found:
            marker, mtype, body = found
        else:
            marker, mtype, body = None, None, s
        heading = _open_heading(text, blocks)
        if mtype is None and heading is not None:
            # "2. Vụ Pháp luật dân sự - kinh tế\nĐôn đốc …:\na) …": paragraphs under a heading item
            # hang under it, and so do the items after them
            parent = heading
        elif mtype is None:
            # A plain line never inherits; a list may go on after it (continuation lines).
            parent = None
        else:
            if mtype in type_depth:
                path = path[: type_depth[mtype]]
            else:
                type_depth[mtype] = len(path)
            # A top-level item hangs under the plain lead-in (ending with ":") that opened the list.
            parent = path[-1][0] if path else root
        leadin = text[s:e].rstrip().endswith(":")
        idx = len(blocks)
        depth = 0 if parent is None else blocks[parent].depth + 1
        block = Block(s, e, body, marker, mtype, parent, depth, leadin)
        blocks.append(block)
        if mtype is not None:
            path.append((idx, mtype))
        elif leadin and heading is None:
            # A plain lead-in opens a new list: families are learnt again under it.
            path = []
            type_depth = {}
            root = idx
        for a, b in _sentences(text, body, e):
            si = len(sentences)
            sent = Sentence(a, b, idx)
            for k, (ca, cb) in enumerate(_clauses(text, a, b)):
                sent.clauses.append(len(clauses))
                clauses.append(Clause(ca, cb, si, k))
            sentences.append(sent)
            block.sentences.append(si)
    _attach_continuations(blocks)
    return Segmentation(blocks, sentences, clauses)


def _open_heading(text: str, blocks: list[Block]) -> int | None:
    """The heading item the next plain line belongs to: the block before, when it is a short
    numbered or lettered item without final punctuation."""
    if not blocks:
        return None
    last = len(blocks) - 1
    return last if _is_heading_block(text, blocks[last]) else None


_HEADING_FAMILIES = ("roman", "decimal", "decimal2", "paren_decimal", "letter")


def _is_heading_block(text: str, b: Block, max_words: int = 10) -> bool:
    """A numbered or lettered item of a few words without final punctuation."""
    body = text[b.body_start : b.end]
    return (
        b.marker_type in _HEADING_FAMILIES
        and not _ENDS_SENTENCE.search(body)
        and len(body.split()) <= max_words
    )


def _attach_continuations(blocks: list[Block]) -> None:
    """A plain line between two items of one list continues the item before it: it hangs where
    that item hangs ("- Rà soát …\nĐẩy mạnh thu ngân sách …\n- Tiếp tục …")."""
    for i in range(1, len(blocks) - 1):
        b, prev, nxt = blocks[i], blocks[i - 1], blocks[i + 1]
        if b.marker is not None or b.leadin or prev.marker is None or prev.leadin:
            continue
        if nxt.marker_type == prev.marker_type and nxt.parent == prev.parent:
            b.parent, b.depth = prev.parent, prev.depth
