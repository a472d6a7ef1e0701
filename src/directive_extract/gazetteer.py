"""The actor gazetteer: named bodies, titles and generic actors from ``data/vi/actors/*.yaml`` (pure).

Every entry has an ASCII ``id``, a canonical ``name``, a ``kind`` (the ``ActorKind`` of
``models.py``), a ``level`` and, where a merge or rename happened, ``replaced_by``. Mentions are
looked up case-insensitively after abbreviations are expanded, so "Bộ TT&TT", "bộ thông tin và
truyền thông" and "Bộ Thông tin và Truyền thông" all give the same entry:

>>> lookup("Bộ TT&TT").name
'Bộ Thông tin và Truyền thông'
>>> canonical_name("UBND tỉnh Lai Châu")
'Ủy ban nhân dân tỉnh Lai Châu'

Data is read on first use and cached. The token keys used here are also the ones the recogniser
(:mod:`directive_extract.actors`) matches on, so both agree on what a form is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any, get_args

from directive_extract.data import entries, load
from directive_extract.errors import DataFileError
from directive_extract.models import ActorKind
from directive_extract.normalize import normalize_text

ACTOR_DIR = "actors"
#: Gazetteer files (under ``data/vi/actors/``) whose entries have a ``name``.
NAMED_FILES = (
    "government.yaml",
    "ministries.yaml",
    "departments.yaml",
    "provincial.yaml",
    "provinces.yaml",
    "party.yaml",
    "organisations.yaml",
    "enterprises.yaml",
    "titles.yaml",
)
#: Files of generic actors (entries with ``phrases`` instead of a ``name``).
GENERIC_FILE = "generic.yaml"
KINDS = frozenset(get_args(ActorKind))
LEVELS = frozenset({"central", "provincial", "district", "commune"})

# A word (with inner "&", ".", "-" joining letters: "TT&TT", "TP.HCM", "LĐ-TB&XH", "NĐ-CP") or one
# punctuation character. The same tokens key the gazetteer and the recogniser.
TOKEN_RE = re.compile(r"\w+(?:[&.\-]\w+)*|[^\w\s]")


@dataclass(frozen=True)
class Entry:
    """A gazetteer entry, e.g. ``Entry("bo_tttt", "Bộ Thông tin và Truyền thông", "ministry",
    "central", "bo_khcn")`` (merged into Bộ Khoa học và Công nghệ in 2025)."""

    id: str
    name: str
    kind: str
    level: str | None
    replaced_by: str | None


@dataclass(frozen=True)
class Record:
    """An entry with what the recogniser needs: its surface forms and flags."""

    entry: Entry
    file: str
    forms: tuple[str, ...]
    scoped: bool = False
    generic: bool = False
    case_sensitive: bool = False
    title: bool = False
    takes: tuple[str, ...] = ()
    raw: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)


@dataclass(frozen=True)
class Token:
    """One token of a text: ``text[start:end] == text_``."""

    start: int
    end: int
    text: str

    @property
    def low(self) -> str:
        """The case-folded token; "&" folds to "và" ("Kế hoạch & Đầu tư" = "Kế hoạch và Đầu tư")."""
        return "và" if self.text == "&" else self.text.lower()


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` with their offsets: ``tokenize("Bộ TT&TT")`` → "Bộ", "TT&TT"."""
    return [Token(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text)]


def key_of(form: str, *, fold: bool = True) -> tuple[str, ...]:
    """The token key of a form ("Bộ Y tế" → ("bộ", "y", "tế")); ``fold=False`` keeps the case."""
    toks = tokenize(normalize_text(form))
    return tuple(t.low for t in toks) if fold else tuple(t.text for t in toks)


def _is_acronym(form: str) -> bool:
    """True when the form has no lower-case letter ("UBND", "TP.HCM"): matched case-sensitively."""
    return not any(c.islower() for c in form)


# --- abbreviations -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Abbreviation:
    id: str
    short: tuple[str, ...]
    expansion: str
    scan: bool
    before_name: str | None = None


@cache
def abbreviations() -> tuple[Abbreviation, ...]:
    """The entries of ``abbreviations.yaml``, normalised."""
    out = []
    for item in entries(f"{ACTOR_DIR}/abbreviations.yaml"):
        out.append(
            Abbreviation(
                id=str(item["id"]),
                short=tuple(normalize_text(s) for s in item.get("short", [])),
                expansion=normalize_text(str(item["expansion"])),
                scan=bool(item.get("scan", True)),
                before_name=normalize_text(str(item["before_name"])) if item.get("before_name") else None,
            )
        )
    return tuple(out)


@cache
def _before_name() -> dict[str, str]:
    """Short forms whose expansion before a capitalised name differs ("TP. Hà Nội" → "Thành phố Hà
    Nội", "các tỉnh, TP" → "các tỉnh, thành phố")."""
    return {s: a.before_name for a in abbreviations() if a.before_name for s in a.short}


@cache
def _abbr_re() -> tuple[re.Pattern[str], dict[str, str]]:
    table: dict[str, str] = {}
    for a in abbreviations():
        for s in a.short:
            table.setdefault(s, a.expansion)
    parts = []
    for s in sorted(table, key=len, reverse=True):
        body = re.escape(s).replace(r"\ ", r"\s*")
        tail = r"(?!\w)" if s[-1].isalnum() else ""
        parts.append(body + tail)
    return re.compile(rf"(?<![\w&.\-/])(?:{'|'.join(parts)})(?![&\-/]\w)"), table


def expand_abbreviations(text: str) -> str:
    """Expand every abbreviation of ``abbreviations.yaml`` in ``text`` (whole words, case as written).

    "Sở GD&ĐT Hà Nội" → "Sở Giáo dục và Đào tạo Hà Nội"; "UBND TP. Hà Nội" → "Ủy ban nhân dân
    Thành phố Hà Nội" (``before_name``: the expansion before a capitalised name). A "." closing
    "TP." is eaten with the abbreviation.
    """
    pattern, table = _abbr_re()
    named = _before_name()

    def repl(m: re.Match[str]) -> str:
        got = re.sub(r"\s+", " ", m.group())
        exp = table.get(got)
        if exp is None:  # "TP. HCM" written with other spacing
            exp = next((v for k, v in table.items() if re.sub(r"\s+", "", k) == re.sub(r"\s+", "", got)), got)
        if got in named and _cap_follows(text, m.end()):
            exp = named[got]
        return exp

    out = pattern.sub(repl, text)
    out = re.sub(r"(thành phố|Thành phố) \.\s*", r"\1 ", out)
    return out


def _cap_follows(text: str, pos: int) -> bool:
    """True when the next word after ``pos`` (past a "." and spaces) opens with a capital."""
    m = re.match(r"\.?\s*(\w)", text[pos:])
    return m is not None and m.group(1).isupper()


def canonical_name(mention: str) -> str:
    """The canonical name of a mention: the gazetteer name when there is an entry, else the text with
    abbreviations expanded and spaces collapsed ("UBND tỉnh Lai Châu" → "Ủy ban nhân dân tỉnh Lai Châu")."""
    entry = lookup(mention)
    if entry is not None:
        return entry.name
    return expanded(mention)


def expanded(mention: str) -> str:
    """The mention with abbreviations expanded and spaces collapsed, without a gazetteer lookup
    ("các tỉnh, TP" → "các tỉnh, thành phố")."""
    text = expand_abbreviations(normalize_text(mention))
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"\s+([,;:)])", r"\1", text)


# --- records -----------------------------------------------------------------------------------


def _ref_id(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, dict):
        return str(value["id"])
    return str(value)


def _derived_forms(form: str) -> set[str]:
    """Forms with one or two expansions replaced by their short forms ("Sở Giáo dục và Đào tạo" →
    "Sở GD&ĐT"), except a bare ambiguous short form (``scan: false``) on its own."""
    out = {form}
    for _ in range(2):
        new = set()
        for f in out:
            for a in abbreviations():
                if a.expansion in f:
                    for s in a.short:
                        g = f.replace(a.expansion, s)
                        if not (g == s and not a.scan):
                            new.add(g)
        out |= new
    return out


def _record(item: dict[str, Any], file: str) -> Record:
    ident = str(item["id"])
    kind = str(item.get("kind", "other"))
    if kind not in KINDS:
        raise DataFileError(
            f"{ACTOR_DIR}/{file}: entry {ident!r} has kind {kind!r}, expected one of {sorted(KINDS)}"
        )
    level = item.get("level")
    if level is not None and level not in LEVELS:
        raise DataFileError(
            f"{ACTOR_DIR}/{file}: entry {ident!r} has level {level!r}, expected one of {sorted(LEVELS)}"
        )
    phrases = [normalize_text(p) for p in item.get("phrases", [])]
    name = normalize_text(str(item.get("name") or (phrases[0] if phrases else ident)))
    written = [name, *phrases]
    for key in ("variants", "abbreviations", "forms"):
        written.extend(normalize_text(str(v)) for v in item.get(key, []) or [])
    forms: set[str] = set()
    for w in written:
        forms |= _derived_forms(w)
    return Record(
        entry=Entry(ident, name, kind, level, _ref_id(item.get("replaced_by"))),
        file=file,
        forms=tuple(sorted(forms, key=lambda f: (-len(f), f))),
        scoped=bool(item.get("scoped", False)),
        generic=bool(item.get("generic", False)) or bool(phrases),
        case_sensitive=bool(item.get("case_sensitive", False)),
        title="takes" in item,
        takes=tuple(str(t) for t in item.get("takes", []) or []),
        raw=item,
    )


@cache
def records() -> tuple[Record, ...]:
    """All gazetteer records (named files, then generic phrases), in file order."""
    out = [_record(item, f) for f in NAMED_FILES for item in entries(f"{ACTOR_DIR}/{f}")]
    out.extend(_record(item, GENERIC_FILE) for item in entries(f"{ACTOR_DIR}/{GENERIC_FILE}"))
    return tuple(out)


@cache
def record_by_id() -> dict[str, Record]:
    """Records by id (ids are unique across files; the data test checks it)."""
    return {r.entry.id: r for r in records()}


@dataclass(frozen=True)
class FormIndex:
    """Token-key indexes: case-folded keys for ordinary forms, exact keys for acronyms; the key
    lengths met after each first token, so a lookup tries only lengths that exist."""

    folded: dict[tuple[str, ...], Record]
    exact: dict[tuple[str, ...], Record]
    max_len: int
    folded_lens: dict[str, tuple[int, ...]] = field(default_factory=dict)
    exact_lens: dict[str, tuple[int, ...]] = field(default_factory=dict)

    def match(
        self, low: list[str], raw: list[str], i: int, limit: int | None = None
    ) -> tuple[int, Record] | None:
        """The longest form starting at token ``i``: (token count, record)."""
        if i >= len(low):
            return None
        n_max = len(low) - i if limit is None else min(limit, len(low) - i)
        lens = sorted({*self.exact_lens.get(raw[i], ()), *self.folded_lens.get(low[i], ())}, reverse=True)
        for n in lens:
            if n > n_max:
                continue
            rec = self.exact.get(tuple(raw[i : i + n]))
            if rec is None:
                rec = self.folded.get(tuple(low[i : i + n]))
            if rec is not None:
                return n, rec
        return None


def _lengths(keys: dict[tuple[str, ...], Record]) -> dict[str, tuple[int, ...]]:
    out: dict[str, set[int]] = {}
    for k in keys:
        if k:
            out.setdefault(k[0], set()).add(len(k))
    return {w: tuple(sorted(ns, reverse=True)) for w, ns in out.items()}


def build_index(recs: list[Record] | tuple[Record, ...]) -> FormIndex:
    """Index the forms of ``recs``; on a clash of keys the earlier record wins."""
    folded: dict[tuple[str, ...], Record] = {}
    exact: dict[tuple[str, ...], Record] = {}
    for r in recs:
        for f in r.forms:
            if r.case_sensitive or _is_acronym(f):
                exact.setdefault(key_of(f, fold=False), r)
            else:
                folded.setdefault(key_of(f), r)
    longest = max((len(k) for k in [*folded, *exact]), default=1)
    return FormIndex(folded, exact, longest, _lengths(folded), _lengths(exact))


@cache
def _lookup_index() -> dict[tuple[str, ...], Record]:
    """Keys of every form after abbreviation expansion, case-folded."""
    out: dict[tuple[str, ...], Record] = {}
    for r in records():
        for f in r.forms:
            out.setdefault(key_of(expand_abbreviations(f)), r)
    return out


def lookup(mention: str) -> Entry | None:
    """The entry a mention names, or ``None``: case-insensitive, abbreviations expanded.

    ``lookup("Bộ TT&TT").id == "bo_tttt"``; ``lookup("sở thông tin và truyền thông").id == "so_tttt"``.
    """
    text = normalize_text(mention).strip().strip(".,;:")
    if not text:
        return None
    idx = _lookup_index()
    rec = idx.get(key_of(expand_abbreviations(text)))
    if rec is None:
        rec = idx.get(key_of(text))
    if rec is None:
        return None
    if (
        rec.case_sensitive
        and not any(normalize_text(f) == text for f in rec.forms)
        and text != rec.entry.name
    ):
        exp = expand_abbreviations(text)
        if not any(exp == expand_abbreviations(f) for f in rec.forms):
            return None
    return rec.entry


@cache
def data_file(name: str) -> Any:
    """A raw actor data file (``heads.yaml``, ``scopes.yaml``, ``boundaries.yaml`` …)."""
    return load(f"{ACTOR_DIR}/{name}")
