"""Words and verbs, aligned to the normalised text, as a spaCy ``Doc``.

The ``Doc``'s tokens are syllables, numbers and punctuation marks (so that spans found by
the pure parsers fall on token boundaries), and whitespace other than one space becomes a
whitespace token, so ``doc.text`` is exactly the normalised text. Words are found by longest
match in underthesea's word dictionary (:func:`segment`); a word is a verb when it is in the
verb lexicon ``data/vi/verbs.yaml`` (built by ``scripts/build_verb_lexicon.py`` from underthesea's
POS tagger over the training documents): its syllables get ``token.tag_ == "V"``, other words
"X", whitespace "_SP". ``token._.word_start`` is True on a word's first syllable: in "Sở Y tế chủ
trì thực hiện" the tokens "chủ", "trì" are one word, tagged "V", and only "chủ" is a word start.

Running underthesea's CRF POS tagger over every line cost about four times its word segmentation
alone, and the segmentation CRF itself about as much as the rest of the pipeline; the dictionary
and the lexicon give the same scores on train and dev (benchmarks/RESULTS.md). The tagger is kept
in :func:`crf_tag_words` for the build script.
"""

from __future__ import annotations

import importlib.util
import pickle
import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Token

from directive_extract.data import load
from directive_extract.normalize import is_normal, normalize_text

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


def segment(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, key)`` of the words of ``text`` (normalised): the longest entry of underthesea's
    word dictionary starting at each syllable (at most ``_MAX_WORD`` syllables on one line, one
    space apart), else one syllable, number or mark; ``key`` is the word lower-cased.

    In "Sở Y tế chủ trì" the words are "sở", "y tế", "chủ trì". Without that dictionary (another
    underthesea version), the words of underthesea's ``word_tokenize``.
    """
    vocab = _dictionary()
    if vocab is None:
        return _segment_crf(text)
    low = text.lower()
    toks = [(m.start(), m.end()) for m in _TOKEN_RE.finditer(low)]
    out: list[tuple[int, int, str]] = []
    n = len(toks)
    i = 0
    while i < n:
        s, e = toks[i]
        best, best_key = 1, low[s:e]
        if best_key.isalpha():
            key = best_key
            j = i + 1
            while (
                j < n
                and j - i < _MAX_WORD
                and toks[j][0] == toks[j - 1][1] + 1
                and low[toks[j - 1][1]] == " "
            ):
                key = key + " " + low[toks[j][0] : toks[j][1]]
                j += 1
                if key in vocab:
                    best, best_key = j - i, key
        out.append((s, toks[i + best - 1][1], best_key))
        i += best
    return out


def _segment_crf(text: str) -> list[tuple[int, int, str]]:
    word_tokenize = _word_tokenize()
    out: list[tuple[int, int, str]] = []
    for s, e in _pieces(text):
        chunk = _lower_openings(text[s:e])
        try:
            found = word_tokenize(chunk)
        except Exception:  # noqa: BLE001 - a segmenter failure must not lose the document
            continue
        _align(chunk, s, found, out, [w.lower() for w in found])  # syllables joined by one space
    return out


_MAX_WORD = 4  # syllables: the dictionary's longer entries are idioms and names
_WS_MODEL = "ws_crf_vlsp2013_20230727"  # underthesea 9.5's word-segmentation model


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str] | None:
    """underthesea's word-segmentation dictionary (72 547 entries; lower-case, normalised, at most
    ``_MAX_WORD`` syllables), or None when the file is not where underthesea 9.5 keeps it."""
    spec = importlib.util.find_spec("underthesea")  # its file, without importing the package (slow)
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "pipeline" / "word_tokenize" / "models" / _WS_MODEL / "dictionary.bin"
    try:
        with path.open("rb") as f:
            raw = pickle.load(f)  # a plain pickled set of words, shipped with underthesea
    except Exception:  # noqa: BLE001 - missing or changed: segment with the CRF instead
        return None
    if not isinstance(raw, (set, frozenset, list)):
        return None
    out: set[str] = set()
    for w in raw:
        if isinstance(w, str) and w.count(" ") < _MAX_WORD:
            w = w.lower()
            out.add(w if is_normal(w) else normalize_text(w).lower())
    return frozenset(out)


def tag_words(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, tag)`` of every word of ``text`` (see :func:`segment`): "V" for a word of the
    verb lexicon, "X" otherwise. In "Sở Y tế chủ trì" the word "chủ trì" is (8, 15, "V")."""
    verbs = verb_lexicon()
    return [(s, e, "V" if key in verbs else "X") for s, e, key in segment(text)]


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
