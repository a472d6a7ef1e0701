"""Words and verbs, aligned to the normalised text, as a spaCy ``Doc``.

The ``Doc``'s tokens are syllables, numbers and punctuation marks (so that spans found by
the pure parsers fall on token boundaries), and whitespace other than one space becomes a
whitespace token, so ``doc.text`` is exactly the normalised text. Word boundaries come from
underthesea's ``word_tokenize``; a word is a verb when it is in the verb lexicon
``data/vi/verbs.yaml`` (built from underthesea's POS tagger over the training documents by
``scripts/build_verb_lexicon.py``): its syllables get ``token.tag_ == "V"``, other words "X",
whitespace "_SP". ``token._.word_start`` is True on a word's first syllable: in "Sở Y tế chủ trì
thực hiện" the tokens "chủ", "trì" are one word, tagged "V", and only "chủ" is a word start.

Running underthesea's CRF POS tagger over every line cost about four times the word segmentation
alone; the lexicon gives the same verb decisions in the training documents for most words (the
tagger's own contextual decision is kept in :func:`crf_tag_words`, which the build script uses).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Token

from directive_extract.data import load
from directive_extract.normalize import normalize_text

_TOKEN_RE = re.compile(r"\d+(?:[.,/:-]\d+)*|\w+|[^\w\s]", re.UNICODE)
_LINE_RE = re.compile(r"[^\n]+")
_SPACES = re.compile(r"\s+")
# underthesea's CRFs are quadratic-ish on very long inputs; segment long lines in pieces.
_MAX_TAG_CHARS = 2000
VERBS = "verbs.yaml"

if not Token.has_extension("word_start"):
    Token.set_extension("word_start", default=True)


@lru_cache(maxsize=1)
def _pos_tag() -> Callable[[str], list[tuple[str, str]]]:
    from underthesea import pos_tag

    return pos_tag  # type: ignore[no-any-return]


@lru_cache(maxsize=1)
def _word_tokenize() -> Callable[[str], list[str]]:
    from underthesea import word_tokenize

    return word_tokenize  # type: ignore[no-any-return]


@lru_cache(maxsize=1)
def verb_lexicon() -> frozenset[str]:
    """Lower-cased, normalised verbs of ``data/vi/verbs.yaml`` ("chủ trì", "phối hợp", …)."""
    out: set[str] = set()
    for item in load(VERBS)["entries"]:
        for p in item.get("phrases", []):
            out.add(_SPACES.sub(" ", normalize_text(p).strip().lower()))
    return frozenset(out)


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
    """Lower-case the first letter of a line and of each sentence: underthesea reads a
    capitalised verb at the start ("Cắt giảm …") as a name or a number. Lengths are kept."""

    def low(m: re.Match[str]) -> str:
        ch = m.group(2).lower()
        return m.group(1) + (ch if len(ch) == 1 else m.group(2))

    return _OPENING.sub(low, chunk)


def _align(chunk: str, base: int, words: list[str], out: list[tuple[int, int, str]], tags: list[str]) -> None:
    cur = 0
    for word, tag in zip(words, tags, strict=True):
        at = chunk.find(word, cur)
        if at < 0 or at - cur > 40:
            continue
        out.append((base + at, base + at + len(word), tag))
        cur = at + len(word)


def crf_tag_words(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, POS)`` of every word, tagged by underthesea's CRF POS tagger (slow).

    Words underthesea returns altered (not found verbatim) are skipped.
    """
    pos_tag = _pos_tag()
    words: list[tuple[int, int, str]] = []
    for s, e in _pieces(text):
        chunk = _lower_openings(text[s:e])
        try:
            tagged = pos_tag(chunk)
        except Exception:  # noqa: BLE001 - a tagger failure must not lose the document
            continue
        _align(chunk, s, [w for w, _ in tagged], words, [t for _, t in tagged])
    return words


def tag_words(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, tag)`` of every underthesea word of ``text`` (normalised): "V" for a word of
    the verb lexicon, "X" otherwise. In "Sở Y tế chủ trì" the word "chủ trì" is (8, 15, "V").

    Words underthesea returns altered (not found verbatim) are skipped.
    """
    word_tokenize = _word_tokenize()
    verbs = verb_lexicon()
    words: list[tuple[int, int, str]] = []
    for s, e in _pieces(text):
        chunk = _lower_openings(text[s:e])
        try:
            found = word_tokenize(chunk)
        except Exception:  # noqa: BLE001 - a segmenter failure must not lose the document
            continue
        tags = ["V" if _SPACES.sub(" ", w.lower()) in verbs else "X" for w in found]
        _align(chunk, s, found, words, tags)
    return words


def make_doc(
    nlp: Language, text: str, tagger: Callable[[str], list[tuple[int, int, str]]] | None = None
) -> Doc:
    """A ``Doc`` whose text is exactly ``text``, tokens aligned to underthesea words.

    ``tagger`` gives the words and their tags (default :func:`tag_words`; :func:`crf_tag_words`
    for underthesea's full POS tagger).
    """
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
    words = (tagger or tag_words)(text)
    tags: list[str] = []
    inner: list[int] = []  # tokens inside a word but not at its start
    wi = 0
    for i, (tok, off) in enumerate(zip(toks, offsets, strict=True)):
        tag = "_SP" if tok.isspace() else "X"
        while wi < len(words) and words[wi][1] <= off:
            wi += 1
        if wi < len(words) and words[wi][0] <= off < words[wi][1]:
            tag = words[wi][2]
            if off != words[wi][0]:
                inner.append(i)
        tags.append(tag)
    doc = Doc(nlp.vocab, words=toks, spaces=spaces, tags=tags)
    for i in inner:
        doc[i]._.word_start = False
    return doc
