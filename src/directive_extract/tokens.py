"""Words and parts of speech from underthesea, aligned to the normalised text, as a spaCy ``Doc``.

The ``Doc``'s tokens are syllables, numbers and punctuation marks (so that spans found by
the pure parsers fall on token boundaries), and whitespace other than one space becomes a
whitespace token, so ``doc.text`` is exactly the normalised text. Each token carries the
underthesea POS tag of the word it belongs to (``token.tag_``, e.g. "V", "N", "Np") and
``token._.word_start`` (True on a word's first syllable): "thông tin" is two tokens, one word.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Token

_TOKEN_RE = re.compile(r"\d+(?:[.,/:-]\d+)*|\w+|[^\w\s]", re.UNICODE)
_LINE_RE = re.compile(r"[^\n]+")
# underthesea's CRF is quadratic-ish on very long inputs; tag long lines in pieces.
_MAX_TAG_CHARS = 2000

if not Token.has_extension("word_start"):
    Token.set_extension("word_start", default=True)


@lru_cache(maxsize=1)
def _pos_tag():  # type: ignore[no-untyped-def]
    from underthesea import pos_tag

    return pos_tag


def _pieces(text: str) -> list[tuple[int, int]]:
    """Line pieces of at most ``_MAX_TAG_CHARS`` characters, cut at spaces."""
    out: list[tuple[int, int]] = []
    for m in _LINE_RE.finditer(text):
        s, e = m.start(), m.end()
        while e - s > _MAX_TAG_CHARS:
            cut = text.rfind(" ", s, s + _MAX_TAG_CHARS)
            if cut <= s:
                cut = s + _MAX_TAG_CHARS
            out.append((s, cut))
            s = cut
        if e > s and text[s:e].strip():
            out.append((s, e))
    return out


_OPENING = re.compile(r"(^[\W\d]*?(?:(?:\d+[.)]|\([\dA-Za-z]+\)|[a-zđ][.)]|[-+•*–])\s*)?|[.!?:;]\s+)(\w)")


def _lower_openings(chunk: str) -> str:
    """Lower-case the first letter of a line and of each sentence: underthesea's tagger reads a
    capitalised verb at the start ("Cắt giảm …") as a name or a number. Lengths are kept."""

    def low(m: re.Match[str]) -> str:
        ch = m.group(2).lower()
        return m.group(1) + (ch if len(ch) == 1 else m.group(2))

    return _OPENING.sub(low, chunk)


def tag_words(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, POS)`` of every underthesea word found in ``text`` (normalised).

    Words underthesea returns altered (not found verbatim) are skipped; their syllables
    keep the default tag "X".
    """
    pos_tag = _pos_tag()
    words: list[tuple[int, int, str]] = []
    for s, e in _pieces(text):
        chunk = _lower_openings(text[s:e])
        try:
            tagged = pos_tag(chunk)
        except Exception:  # noqa: BLE001 - a tagger failure must not lose the document
            continue
        cur = 0
        for word, tag in tagged:
            at = chunk.find(word, cur)
            if at < 0 or at - cur > 40:
                continue
            words.append((s + at, s + at + len(word), tag))
            cur = at + len(word)
    return words


def make_doc(nlp: Language, text: str) -> Doc:
    """A ``Doc`` whose text is exactly ``text``, tokens aligned to underthesea words."""
    toks: list[str] = []
    spaces: list[bool] = []
    offsets: list[int] = []
    pos = 0
    for m in _TOKEN_RE.finditer(text):
        gap = text[pos : m.start()]
        if gap:
            if toks and gap == " ":
                spaces[-1] = True
            else:
                toks.append(gap)
                spaces.append(False)
                offsets.append(pos)
        toks.append(m.group())
        spaces.append(False)
        offsets.append(m.start())
        pos = m.end()
    if pos < len(text):
        toks.append(text[pos:])
        spaces.append(False)
        offsets.append(pos)
    doc = Doc(nlp.vocab, words=toks, spaces=spaces)
    words = tag_words(text)
    wi = 0
    for tok, off in zip(doc, offsets, strict=True):
        tok.tag_ = "X" if not tok.is_space else "_SP"
        while wi < len(words) and words[wi][1] <= off:
            wi += 1
        if wi < len(words) and words[wi][0] <= off < words[wi][1]:
            tok.tag_ = words[wi][2]
            tok._.word_start = off == words[wi][0]
    return doc
