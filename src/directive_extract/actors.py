"""Actor mentions in Vietnamese directive text (pure: ``str`` in, character offsets out).

:func:`find_actors` finds every mention of a body, an official or a generic class of actors, from
the gazetteer (:mod:`directive_extract.gazetteer`, longest match, case-insensitive) and from
productive patterns (``data/vi/actors/heads.yaml``: "Cục <Name>", "Sở <Name>", scopes such as
"Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương", titles such as "Chủ tịch Ủy ban nhân
dân …"). A productive name ends where a boundary word of ``boundaries.yaml`` begins ("Vụ Kế
hoạch chủ trì" → "Vụ Kế hoạch").

>>> [a.name for a in find_actors("Bộ cũng yêu cầu các sở thông tin và truyền thông tập trung")]
['Bộ', 'Sở Thông tin và Truyền thông']

Decisions (see also the module docs of the data files):

- A plural of a local body ("các sở thông tin và truyền thông", "Sở Y tế các tỉnh") keeps the
  singular canonical name and is ``generic``; scope words stay in span and name as written.
- Shared heads ("các Bộ: Lao động - Thương binh và Xã hội, Nội vụ") give one mention per name;
  the first span includes the head, the others are the written names.
- A body in parentheses right after another ("Cục Tin học hóa (Bộ Thông tin và Truyền thông)") is
  returned as its own mention with ``rule`` ending in ``+parenthetical``;
  :func:`split_actor_list` leaves it out (it qualifies the body before it, it is no list member).
- A head alone ("Bộ", "Sở", "các sở") is a reference: ``id`` None, ``rule`` "bare_head" or
  "bare_plural"; :func:`resolve_reference` finds its antecedent.
- Bare province names are not actors; "tỉnh Lai Châu", "thành phố Hà Nội" are (kind locality).
- A class of bodies keeps what narrows it in span and name, as the gold corpus does: its
  suffix ("các đơn vị có liên quan"), scope ("các sở, ban, ngành tỉnh") and owner ("các đơn vị
  thuộc Bộ Thủy sản", "các cơ quan chức năng thuộc Quận, Huyện, Thị xã"); a class of mixed kinds
  has kind ``other``. A new class with its own words ("tổ chức trung gian thanh toán") starts a
  new mention.
- Words of address stay in the span, not in the name ("đồng chí Giám đốc Sở Nội vụ").
- Names: gazetteer entries give their canonical name (a national organisation written without
  "Việt Nam" gives its local name: "Hội Nông dân"); everything else is the text as written with
  abbreviations expanded, provinces canonical, and "-" or "/" between locality types or class
  words written ", " ("quận - huyện" → "quận, huyện").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from directive_extract.gazetteer import (
    FormIndex,
    Record,
    Token,
    build_index,
    data_file,
    expanded,
    key_of,
    lookup,
    records,
    tokenize,
)
from directive_extract.normalize import normalize_text


@dataclass(frozen=True)
class ActorMatch:
    """One actor mention: ``text == s[start:end]`` of the string given to :func:`find_actors`.

    Example: in "Bộ cũng yêu cầu các sở thông tin và truyền thông tập trung" the second match has
    ``text="các sở thông tin và truyền thông"``, ``name="Sở Thông tin và Truyền thông"``,
    ``kind="department"``, ``id="so_tttt"``, ``generic=True``.
    """

    start: int
    end: int
    text: str
    name: str
    kind: str
    id: str | None
    level: str | None
    generic: bool
    rule: str


# --- data ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Head:
    id: str
    keys: tuple[tuple[str, ...], ...]
    name: str
    kind: str
    level: str | None
    tail: str
    bare: bool
    plural: bool
    scoped: bool
    not_before: frozenset[tuple[str, ...]]
    not_after: frozenset[str]
    common: frozenset[tuple[str, ...]] = frozenset()
    numbered: bool = False


@dataclass(frozen=True)
class _Data:
    main: FormIndex  # everything but localities and titles
    titles: FormIndex
    places: FormIndex  # province names
    heads: tuple[_Head, ...]
    head_keys: frozenset[tuple[str, ...]]
    head_exact: dict[tuple[str, ...], _Head]
    head_folded: dict[tuple[str, ...], _Head]
    domains: dict[str, FormIndex]  # head id → index of the names that follow it ("Y tế")
    boundaries: frozenset[tuple[str, ...]]
    boundary_len: int
    loc_types: dict[tuple[str, ...], str | None]
    loc_len: int
    levels: dict[tuple[str, ...], str | None]
    qualifiers: frozenset[tuple[str, ...]]
    connectors: frozenset[tuple[str, ...]]
    plural: frozenset[str]
    generic_suffixes: tuple[tuple[str, ...], ...]
    generic_more: frozenset[tuple[str, ...]]
    generic_more_len: int
    owners: frozenset[tuple[str, ...]]
    title_prefixes: frozenset[tuple[str, ...]]
    joinable: frozenset[str]
    compounds: dict[str, str]
    name_words: frozenset[tuple[str, ...]]
    served: frozenset[tuple[str, ...]] = frozenset()
    surnames: frozenset[str] = frozenset()
    records: tuple[Record, ...] = field(default=())


def _keys(words: list[str], fold: bool = False) -> frozenset[tuple[str, ...]]:
    return frozenset(key_of(w, fold=fold) for w in words)


@cache
def _folded_keys(words: tuple[str, ...]) -> frozenset[tuple[str, ...]]:
    """Folded token keys of an entry's word list (cached per list)."""
    return _keys([normalize_text(w) for w in words], fold=True)


@cache
def _data() -> _Data:
    recs = records()
    main = build_index([r for r in recs if (r.entry.kind != "locality" or r.generic) and not r.title])
    titles = build_index([r for r in recs if r.title])
    places = build_index([r for r in recs if r.entry.kind == "locality" and not r.generic])
    heads: list[_Head] = []
    domains: dict[str, FormIndex] = {}
    for item in data_file("heads.yaml")["entries"]:
        forms = [normalize_text(f) for f in item["forms"]]
        head = _Head(
            id=str(item["id"]),
            keys=tuple(sorted({key_of(f, fold=False) for f in forms}, key=len, reverse=True)),
            name=forms[0],
            kind=str(item["kind"]),
            level=item.get("level"),
            tail=str(item.get("tail", "proper")),
            bare=bool(item.get("bare", False)),
            plural=bool(item.get("plural", False)),
            scoped=bool(item.get("scoped", False)),
            not_before=_keys([normalize_text(w) for w in item.get("not_before", [])]),
            not_after=frozenset(normalize_text(w) for w in item.get("not_after", [])),
            common=_keys([normalize_text(w) for w in item.get("common_names", [])]),
            numbered=bool(item.get("numbered", False)),
        )
        heads.append(head)
        # The names that follow this head in the gazetteer: "Bộ Y tế" → "Y tế" for head "Bộ".
        dom_recs: list[Record] = []
        for r in recs:
            rest = [f[len(h) + 1 :] for f in r.forms for h in forms if f.startswith(h + " ")]
            if rest and r.entry.kind == head.kind:
                dom_recs.append(replace(r, forms=tuple(rest), case_sensitive=False))
        domains[head.id] = build_index(dom_recs)
    bnd_doc = data_file("boundaries.yaml")
    bnd = bnd_doc["entries"]
    boundaries = _keys([normalize_text(w) for e in bnd for w in e["words"]])
    sc = data_file("scopes.yaml")
    loc_types: dict[tuple[str, ...], str | None] = {}
    for e in sc["locality_types"]:
        for w in e["words"]:
            loc_types[key_of(normalize_text(w), fold=False)] = e.get("level")
    levels: dict[tuple[str, ...], str | None] = {}
    for e in sc["levels"]:
        for w in e["words"]:
            levels[key_of(normalize_text(w))] = e.get("level")
    gen = data_file("generic.yaml")
    return _Data(
        main=main,
        titles=titles,
        places=places,
        heads=tuple(heads),
        head_keys=frozenset(k for h in heads for k in h.keys),
        head_exact={k: h for h in reversed(heads) for k in h.keys},
        head_folded={tuple(w.lower() for w in k): h for h in reversed(heads) for k in h.keys},
        domains=domains,
        boundaries=boundaries,
        boundary_len=max((len(k) for k in boundaries), default=1),
        loc_types=loc_types,
        loc_len=max((len(k) for k in loc_types), default=1),
        levels=levels,
        qualifiers=_keys([normalize_text(w) for w in sc["qualifiers"]], fold=True),
        connectors=frozenset(key_of(c) for c in sc["connectors"]),
        plural=frozenset(normalize_text(w).lower() for w in sc["plural"]),
        generic_suffixes=tuple(
            sorted((key_of(normalize_text(s)) for s in gen.get("suffixes", [])), key=len, reverse=True)
        ),
        generic_more=_keys([normalize_text(w) for w in gen.get("continuations", [])], fold=True),
        generic_more_len=max((len(key_of(w)) for w in gen.get("continuations", [])), default=1),
        owners=_keys([normalize_text(w) for w in gen.get("owners", [])], fold=True),
        name_words=_keys([normalize_text(w) for w in bnd_doc.get("name_words", [])]),
        compounds={
            normalize_text(k).lower(): normalize_text(v) for k, v in (sc.get("compounds") or {}).items()
        },
        joinable=frozenset(normalize_text(w) for w in gen.get("joinable", [])),
        title_prefixes=_keys([normalize_text(w) for w in data_file("titles.yaml").get("prefixes", [])]),
        served=_keys([normalize_text(w) for w in data_file("heads.yaml").get("served_by", [])]),
        surnames=frozenset(normalize_text(w).lower() for w in data_file("titles.yaml").get("surnames", [])),
        records=recs,
    )


# --- candidates ---------------------------------------------------------------------------------


@dataclass
class _Cand:
    i: int  # first token
    j: int  # token after the last
    name: str
    kind: str
    id: str | None
    level: str | None
    generic: bool
    rule: str
    parts: list[_Cand] | None = None
    takes: tuple[str, ...] = ()

    @property
    def size(self) -> int:
        return self.j - self.i


def _cap(word: str) -> bool:
    return bool(word) and word[0].isupper()


def _name_word(word: str) -> bool:
    """A syllable of a person's name: "Nguyễn", not "CHÍNH" nor "các"."""
    return word.isalpha() and word[0].isupper() and (len(word) == 1 or not word[1:].isupper())


class _Scanner:
    """Token-level recogniser over one text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.d = _data()
        self.toks: list[Token] = tokenize(text)
        self.raw = [t.text for t in self.toks]
        self.low = [t.low for t in self.toks]
        self._memo: dict[int, _Cand | None] = {}

    # helpers
    def span_text(self, i: int, j: int) -> str:
        return self.text[self.toks[i].start : self.toks[j - 1].end]

    def adjacent(self, i: int) -> bool:
        """True when token ``i`` follows token ``i-1`` on the same line (spaces only between)."""
        if i <= 0 or i >= len(self.toks):
            return False
        gap = self.text[self.toks[i - 1].end : self.toks[i].start]
        return "\n" not in gap

    def wrapped(self, i: int) -> bool:
        """True when token ``i`` follows token ``i-1`` on the same line or across one line break
        between two words, as in hard-wrapped OCR text ("Bộ Công\nThương"). Only known names
        (gazetteer forms) are read across such a break."""
        if self.adjacent(i):
            return True
        if i <= 0 or i >= len(self.toks):
            return False
        gap = self.text[self.toks[i - 1].end : self.toks[i].start]
        return gap.count("\n") == 1 and self.raw[i - 1][-1].isalnum() and self.raw[i][0].isalnum()

    def starts(
        self,
        keys: frozenset[tuple[str, ...]] | dict[tuple[str, ...], Any],
        i: int,
        n_max: int,
        fold: bool = False,
    ) -> int:
        """Length of the longest key starting at token ``i`` (0 if none)."""
        seq = self.low if fold else self.raw
        for n in range(min(n_max, len(seq) - i), 0, -1):
            if tuple(seq[i : i + n]) in keys and all(self.adjacent(k) for k in range(i + 1, i + n)):
                return n
        return 0

    def in_compound(self, i: int) -> bool:
        """True when token ``i`` is a head glued to the word before it ("cơ sở", "cán bộ")."""
        h = self.head_at(i, fold=True)
        return (
            h is not None
            and i > 0
            and self.adjacent(i)
            and self.raw[i - 1] in h[0].not_after
            and self.text[self.toks[i - 1].end : self.toks[i].start] == " "
        )

    def after_code(self, i: int) -> bool:
        """True when token ``i`` follows "-" or "/" (a document number: "NĐ-CP", "TT-BTC")."""
        start = self.toks[i].start
        before = self.text[max(0, start - 8) : start].rstrip()
        return before.endswith(("-", "/"))

    def is_boundary(self, i: int) -> bool:
        return self.starts(self.d.boundaries, i, self.d.boundary_len) > 0

    def head_at(self, i: int, fold: bool = False) -> tuple[_Head, int] | None:
        """The head starting at token ``i`` (case as written, or folded): (head, tokens)."""
        table = self.d.head_folded if fold else self.d.head_exact
        seq = self.low if fold else self.raw
        for n in (3, 2, 1):
            if i + n <= len(seq):
                h = table.get(tuple(seq[i : i + n]))
                if h is not None and all(self.adjacent(x) for x in range(i + 1, i + n)):
                    return h, n
        return None

    def gaz_at(self, index: FormIndex, i: int) -> tuple[int, Record] | None:
        m = index.match(self.low, self.raw, i)
        while m is not None:
            n, rec = m
            joined = self.adjacent if rec.generic else self.wrapped  # a class is not read across lines
            if all(joined(k) for k in range(i + 1, i + n)):
                return m
            m = index.match(self.low, self.raw, i, limit=n - 1) if n > 1 else None
        return None

    def name_of(self, i: int, j: int) -> str:
        return expanded(self.span_text(i, j))

    # scope ----------------------------------------------------------------------------------
    def place_name(self, i: int) -> tuple[int, str | None] | None:
        """A province name (canonical) or a capitalised name (or a number) at token ``i``:
        (length, canonical name or None to keep the text)."""
        if i >= len(self.toks) or not self.adjacent(i):
            return None
        m = self.gaz_at(self.d.places, i)
        if m is not None:
            return m[0], m[1].entry.name
        n = 0
        while i + n < len(self.toks) and n < 4 and self.adjacent(i + n):
            w = self.raw[i + n]
            if n == 0 and w.isdigit():
                return 1, None
            if not _name_word(w) or self.head_at(i + n) or self.gaz_at(self.d.main, i + n):
                break
            n += 1
        return (n, None) if n else None

    def loc_item(self, k: int) -> tuple[int, str | None, str] | None:
        """One locality item at token ``k``: a type with an optional name or number ("tỉnh Lai Châu",
        "thị xã Long Khánh", "11 phường", "quận") → (tokens, level, name with the place canonical)."""
        d = self.d
        start = k
        number = ""
        if k < len(self.toks) and self.raw[k].isdigit() and self.adjacent(k + 1):
            number = self.raw[k] + " "
            k += 1
        n = self.starts(d.loc_types, k, d.loc_len)
        if not n or not self.adjacent(k):
            return None
        level = d.loc_types[tuple(self.raw[k : k + n])]
        typ = self.name_of(k, k + n)
        typ = d.compounds.get(typ.lower(), typ)
        k += n
        if number:
            return k - start, level, number + typ
        p = self.place_name(k)
        if p is None:
            return k - start, level, typ
        place = p[1] if p[1] is not None else self.span_text(k, k + p[0])
        if place.startswith("Thành phố ") and typ.lower() == "thành phố":
            place = place[len("Thành phố ") :]
        if place[:1].isupper():  # "TP. Hà Nội" → "Thành phố Hà Nội" (abbreviations.yaml before_name)
            typ = expanded(f"{self.span_text(k - n, k)} {place}")[: -len(place)].rstrip()
        return k + p[0] - start, level, f"{typ} {place}"

    def scope(self, j: int) -> tuple[int, str | None, bool, str] | None:
        """A scope after token ``j``: (tokens, level, plural, name). The name keeps the words as
        written, abbreviations expanded, places canonical and the types joined by ", "
        ("quận - huyện" → "quận, huyện"): "các tỉnh, thành phố trực thuộc trung ương"."""
        d = self.d
        k = j
        n = self.starts(d.levels, k, 4, fold=True)  # "các cấp", "cấp tỉnh"
        if n and self.adjacent(k):
            return n, d.levels[tuple(self.low[k : k + n])], self.low[k] in d.plural, self.name_of(k, k + n)
        plural = False
        prefix = ""
        if k < len(self.low) and self.low[k] in d.plural and self.adjacent(k):
            plural = True
            prefix = self.low[k] + " "
            k += 1
        n = self.starts(d.levels, k, 4, fold=True)
        if n and self.adjacent(k):
            return k + n - j, d.levels[tuple(self.low[k : k + n])], plural, prefix + self.name_of(k, k + n)
        # a province written directly: "Sở GD&ĐT Hà Nội", "Sở Nội vụ TP.HCM"
        if not plural:
            m = self.gaz_at(d.places, k) if k < len(self.toks) and self.adjacent(k) else None
            if m is not None:
                return k + m[0] - j, "provincial", False, m[1].entry.name
        item = self.loc_item(k)
        if item is None:
            return None
        n, level, first = item
        parts = [first]
        k += n
        named = not plural and first != self.name_of(k - n, k - n + 1) and " " in first and n > 1
        while not named:  # more items: "tỉnh, thành phố", "quận - huyện", "huyện, thị xã Long Khánh"
            c = self.starts(d.connectors, k, 2, fold=True)
            if c and self.adjacent(k + c):
                nxt = self.loc_item(k + c)
                if nxt is not None:
                    parts.append(nxt[2])
                    k += c + nxt[0]
                    plural = plural or len(parts) > 1
                    continue
            break
        name = prefix + ", ".join(parts)
        q = self.starts(d.qualifiers, k, 4, fold=True)
        if q and self.adjacent(k):
            name += " " + self.name_of(k, k + q)
            k += q
        # "các tỉnh, thành phố: Cần Thơ, An Giang, Cà Mau"
        if k + 1 < len(self.toks) and self.raw[k] == ":" and self.gaz_at(d.places, k + 1):
            places = []
            m2 = k + 1
            while m2 < len(self.toks) and (m := self.gaz_at(d.places, m2)) is not None:
                places.append(m[1].entry.name)
                m2 += m[0]
                if m2 + 1 < len(self.toks) and self.raw[m2] in (",", "và") and self.gaz_at(d.places, m2 + 1):
                    m2 += 1
                    continue
                break
            name += " " + ", ".join(places)
            k = m2
        return k - j, level, plural, name

    # candidates -----------------------------------------------------------------------------
    def best(self, i: int) -> _Cand | None:
        if i in self._memo:
            return self._memo[i]
        gaz = self.gazetteer(i)
        prod = self.productive(i) if gaz is None else None  # a known name is not extended by a pattern
        cands = [
            c
            for c in (
                gaz,
                prod,
                self.title(i),
                self.plural(i),
                self.shared_head(i),
                self.locality(i),
                self.addressed(i),
            )
            if c is not None
        ]
        best = max(cands, key=lambda c: (c.size, -_RULE_ORDER.get(c.rule, 9)), default=None)
        self._memo[i] = best
        return best

    def with_scope(self, c: _Cand, scoped: bool) -> _Cand:
        """``c`` extended by a scope ("Ủy ban nhân dân" + "các tỉnh, thành phố")."""
        if not scoped:
            return c
        s = self.scope(c.j)
        if s is None:
            return c
        n, level, plural, scope_text = s
        j = c.j + n
        if plural:
            k = self.with_suffix(j)
            if k > j:
                scope_text += " " + self.name_of(j, k)
                j = k
        base = c.name
        return _Cand(
            c.i,
            j,
            f"{base} {scope_text}".strip(),
            c.kind,
            c.id,
            level or c.level,
            c.generic or plural or _plural_scope(scope_text),
            c.rule + "+scope",
            takes=c.takes,
        )

    def gazetteer(self, i: int) -> _Cand | None:
        if self.in_compound(i):
            return None
        m = self.gaz_at(self.d.main, i)
        if m is None:
            return None
        n, rec = m
        e = rec.entry
        if n == 1 and not any(c.islower() for c in self.raw[i]) and self.after_code(i):
            return None
        nb = rec.raw.get("not_before")
        if nb and i + n < len(self.toks) and self.starts(_folded_keys(tuple(nb)), i + n, 3, fold=True):
            return None
        if rec.generic:
            return self.generic_tail(
                _Cand(i, i + n, "", e.kind, e.id, e.level, True, "generic"),
                rec.scoped,
                rec.raw.get("owners", True) is not False,
            )
        name = e.name
        if rec.raw.get("as_written"):  # "Hội Nông dân", "UB MTTQ" → "Ủy ban Mặt trận Tổ quốc"
            name = self.name_of(i, i + n)
            name = name[0].upper() + name[1:]
        c = _Cand(i, i + n, name, e.kind, e.id, e.level, False, "gazetteer")
        return self.with_scope(c, rec.scoped)

    def generic_tail(self, c: _Cand, scoped: bool = False, owners: bool = True) -> _Cand:
        """A generic actor with what may follow it: more classes ("các sở, ban, ngành, cơ quan, đơn
        vị"), a suffix ("có liên quan") and an owner ("các đơn vị thuộc Bộ Thủy sản"). The name is
        the text as written, abbreviations expanded, "-" and "/" between classes written ", "."""
        d = self.d
        j = c.j
        while j + 1 < len(self.toks) and self.raw[j] in (",", "và", "-", "/") and self.adjacent(j + 1):
            n = self.starts(d.generic_more, j + 1, d.generic_more_len, fold=True)
            if not n or not self.class_ends(j + 1 + n):
                break  # "các tổ chức tín dụng, tổ chức trung gian thanh toán": a new member
            j += 1 + n
        j = self.with_suffix(j)
        if scoped:  # "các sở, ban, ngành tỉnh", "các đoàn thể quận"
            sc = self.scope(j)
            if sc is not None:
                j += sc[0]
        own = self.starts(d.owners, j, 2, fold=True) if owners else 0
        if own and self.adjacent(j) and j + own < len(self.toks) and self.adjacent(j + own):
            k = j + own
            inner = self.best(k)
            sc = self.scope(k) if self.starts(d.loc_types, k, d.loc_len) else None
            if inner is not None and not inner.generic and inner.parts is None:
                j = inner.j
            elif sc is not None:  # "các cơ quan chức năng thuộc Quận, Huyện, Thị xã"
                j = k + sc[0]
            elif self.low[k] == "địa" and k + 1 < len(self.toks) and self.low[k + 1] == "phương":
                j = k + 2  # "các cơ quan chức năng của địa phương"
            else:
                h = self.head_at(k)
                if h is not None and h[0].bare:
                    j = k + h[1]
        name = _joined(self.name_of(c.i, j), self.d.joinable)
        return replace(c, j=j, name=name)

    def class_ends(self, k: int) -> bool:
        """True when a class word ending before token ``k`` is complete: punctuation, a list word,
        a suffix, an owner or a boundary follows ("cơ quan, đơn vị có liên quan", not "cơ quan Trung
        ương")."""
        if k >= len(self.toks) or not self.adjacent(k):
            return True
        w = self.raw[k]
        if not w[0].isalnum():
            return w != "-"
        d = self.d
        return bool(
            w in (",", "và")
            or self.low[k] == "và"
            or self.starts(frozenset(d.generic_suffixes), k, 4, fold=True)
            or self.starts(d.owners, k, 2, fold=True)
            or self.starts(d.generic_more, k, d.generic_more_len, fold=True) == 0
            and self.is_boundary(k)
        )

    def with_suffix(self, j: int) -> int:
        """``j`` moved over a generic suffix ("có liên quan"), unless a name follows it ("trực thuộc
        Trung ương" is a qualifier, not the suffix "trực thuộc")."""
        sfx = self.starts(frozenset(self.d.generic_suffixes), j, 4, fold=True)
        if not sfx or not self.adjacent(j):
            return j
        k = j + sfx
        if k < len(self.toks) and self.adjacent(k) and _cap(self.raw[k]) and self.raw[k].isalpha():
            place = self.locality(k) or self.loc_place(k)
            return place.j if place is not None else j  # "trên địa bàn Thành phố Hồ Chí Minh"
        return k

    def loc_place(self, k: int) -> _Cand | None:
        """A province name written alone at token ``k`` ("Hà Nội")."""
        m = self.gaz_at(self.d.places, k)
        if m is None:
            return None
        e = m[1].entry
        return _Cand(k, k + m[0], e.name, "locality", e.id, e.level, False, "locality")

    def productive(self, i: int) -> _Cand | None:
        h = self.head_at(i)
        if h is None or self.in_compound(i):
            return None
        head, hn = h
        j = i + hn
        if self.starts(head.not_before, j, 3) and self.adjacent(j):
            return None
        tail_end = self.tail(j) if head.tail == "proper" else j
        if tail_end == j and head.common:
            tail_end = self.common_tail(head, j)
        numbered = head.numbered and j < len(self.toks) and self.adjacent(j) and self.raw[j].isdigit()
        if tail_end == j and numbered and len(self.raw[j]) <= 3:
            tail_end = j + 1  # "Binh đoàn 19", "Quân khu 7"
        if tail_end == j and head.tail == "known":
            m = self.gaz_at(self.d.domains[head.id], j) if j < len(self.toks) and self.adjacent(j) else None
            if m is not None:
                tail_end = j + m[0]
        if tail_end > j:
            name = self.name_of(i, tail_end)
            name = name[0].upper() + name[1:]
            e = lookup(name)
            c = (
                _Cand(i, tail_end, e.name, e.kind, e.id, e.level, False, "head")
                if e is not None
                else _Cand(i, tail_end, name, head.kind, None, head.level, False, "head")
            )
            return self.with_scope(c, head.scoped)
        if head.bare:
            if (
                j < len(self.toks)
                and self.adjacent(j)
                and _cap(self.raw[j])
                and self.raw[j].isalpha()
                and not self.is_boundary(j)
                and self.gaz_at(self.d.main, j) is None
                and self.head_at(j) is None
            ):
                return None  # "Bộ Thủy lợi": an unknown name, not a bare reference
            return _Cand(i, j, head.name, head.kind, None, head.level, False, "bare_head")
        return None

    def common_tail(self, head: _Head, j: int) -> int:
        """End of a common lower-case name after ``head`` ("Nhóm" + "giúp việc"), or a list of them
        ("Trạm khí tượng, khí tượng cao không, thủy văn"), with the body it serves when written
        ("Nhóm giúp việc cho Ban Chỉ đạo"); ``j`` when none."""
        n = self.starts(head.common, j, 5)
        if not n or not self.adjacent(j):
            return j
        k = j + n
        while k + 1 < len(self.toks) and self.raw[k] == "," and self.adjacent(k + 1):
            more = self.starts(head.common, k + 1, 5)  # "Trạm khí tượng, thủy văn, …": a class list
            if not more:
                break
            k += 1 + more
        c = self.starts(self.d.served, k, 2)
        if c and self.adjacent(k) and k + c < len(self.toks) and self.adjacent(k + c):
            body = self.best(k + c)
            if body is not None and not body.generic and body.parts is None and body.kind != "official":
                return body.j
        return k

    def opens_name(self, k: int) -> bool:
        """True when a head at token ``k`` opens a new name ("Ban Chỉ đạo", not "Phòng thủ")."""
        h = self.head_at(k)
        if h is None:
            return False
        nxt = k + h[1]
        return nxt < len(self.toks) and self.adjacent(nxt) and _cap(self.raw[nxt])

    def tail(self, j: int) -> int:
        """End of a capitalised productive name starting at token ``j`` (``j`` when none)."""
        toks, raw = self.toks, self.raw
        if j >= len(toks) or not self.adjacent(j):
            return j
        w = raw[j]
        if not (_cap(w) and w[0].isalpha()) or self.head_at(j) or self.gaz_at(self.d.places, j):
            return j
        k = j + 1
        limit = j + 12
        while k < len(toks) and k < limit and self.adjacent(k):
            w = raw[k]
            if w in ("và", "-", "&") and k + 1 < len(toks) and self.adjacent(k + 1):
                nxt = raw[k + 1]
                if (
                    _cap(nxt)
                    and nxt[0].isalpha()
                    and not self.head_at(k + 1)
                    and self.gaz_at(self.d.main, k + 1) is None
                    and self.gaz_at(self.d.titles, k + 1) is None  # "Ban Chỉ đạo và Trưởng Nhóm"
                ):
                    k += 2
                    continue
                if w == "-" and nxt.isalpha() and nxt.islower() and not self.is_boundary(k + 1):
                    k += 2  # "Vụ Pháp luật dân sự - kinh tế"
                    continue
                break
            if w.isdigit() and len(w) <= 4 and (len(w) >= 3 or _cap(raw[k - 1]) and raw[k - 1][0].isalpha()):
                k += 1  # a number closing the name: "Ban Chỉ đạo Hội nghị WEF Đông Á 2010"
                break
            if not w[0].isalpha():
                break
            if _cap(w):
                if (
                    self.opens_name(k)
                    or self.gaz_at(self.d.main, k) is not None
                    or self.gaz_at(self.d.places, k)
                    or self.starts(self.d.loc_types, k, self.d.loc_len)
                ):
                    break
                k += 1
                continue
            nw = self.starts(self.d.name_words, k, 3)
            if nw:
                k += nw
                continue
            if self.is_boundary(k):
                break
            k += 1
        return k

    def title(self, i: int) -> _Cand | None:
        m = self.gaz_at(self.d.titles, i)
        if m is None:
            return None
        n, rec = m
        j = i + n
        written = self.span_text(i, j)
        title_name = written[0].upper() + written[1:]
        if j < len(self.toks) and self.adjacent(j):
            org = self.best(j)
            ids = rec.raw.get("takes_ids")
            if org is not None and (org.kind in rec.takes or org.generic) and (not ids or org.id in ids):
                return _Cand(
                    i,
                    org.j,
                    f"{title_name} {org.name}",
                    "official",
                    rec.entry.id,
                    org.level,
                    org.generic,
                    "title+" + org.rule,
                )
            if ids:
                return None
            inner = self.title_over_head(i, j, title_name, rec)
            if inner is not None:
                return inner
            h = self.head_at(j, fold=True)
            if h is not None and h[0].kind in rec.takes:
                return _Cand(
                    i,
                    j + h[1],
                    f"{title_name} {h[0].name}",
                    "official",
                    rec.entry.id,
                    h[0].level,
                    False,
                    "title+bare_head",
                )
            if "person" in rec.takes:
                k = j
                while (
                    k < len(self.toks)
                    and k - j < 4
                    and self.adjacent(k)
                    and _name_word(self.raw[k])
                    and not self.head_at(k)
                    and self.gaz_at(self.d.main, k) is None
                ):
                    k += 1
                if k - j >= 2:
                    return _Cand(
                        i,
                        k,
                        f"{title_name} {self.span_text(j, k)}",
                        "official",
                        rec.entry.id,
                        rec.entry.level,
                        False,
                        "title+person",
                    )
                lower = self.lower_person(i, j, rec)
                if lower is not None:
                    return lower
        if rec.raw.get("standalone") is False:
            return None  # "lãnh đạo" alone is a verb
        name = rec.entry.name if rec.entry.name.lower().startswith(written.lower()) else title_name
        return _Cand(i, j, name, "official", rec.entry.id, rec.entry.level, False, "title")

    def lower_person(self, i: int, j: int, rec: Record) -> _Cand | None:
        """A title and a person's name both written in lower case, as in a lower-cased document
        title ("kết luận của phó thủ tướng nguyễn thiện nhân tại …"): the name opens with a known
        surname (titles.yaml ``surnames``) and has two to four syllables; both are capitalised
        ("Phó Thủ tướng Nguyễn Thiện Nhân")."""
        written = self.span_text(i, j)
        if written != written.lower() or self.raw[j] not in self.d.surnames:
            return None
        k = j
        while (
            k < len(self.toks)
            and k - j < 4
            and self.adjacent(k)
            and self.raw[k].isalpha()
            and self.raw[k].islower()
            and not self.is_boundary(k)
        ):
            k += 1
        if k - j < 2:
            return None
        forms = [normalize_text(f) for f in rec.raw.get("forms", [])]
        title = next((f for f in forms if f.lower() == written), written[0].upper() + written[1:])
        person = " ".join(w.capitalize() for w in self.raw[j:k])
        return _Cand(
            i, k, f"{title} {person}", "official", rec.entry.id, rec.entry.level, False, "title+person"
        )

    def title_over_head(self, i: int, j: int, title_name: str, rec: Record) -> _Cand | None:
        """A title whose last word opens the body's name: "Trưởng Ban" + "Chỉ đạo …" → "Trưởng Ban
        Chỉ đạo …" (the body is "Ban Chỉ đạo …", read from the title's last word)."""
        k = j - 1
        h = self.head_at(k)
        if k <= i or h is None or h[1] != 1:
            return None
        org = self.productive(k)
        if org is None or org.j <= j or org.kind not in rec.takes:
            return None
        return _Cand(
            i,
            org.j,
            f"{title_name[: -len(self.raw[k])].rstrip()} {org.name}",
            "official",
            rec.entry.id,
            org.level,
            False,
            "title+" + org.rule,
        )

    def addressed(self, i: int) -> _Cand | None:
        """A title after a word of address: "đồng chí Giám đốc Sở Nội vụ" (the name drops it)."""
        n = self.starts(self.d.title_prefixes, i, 2)
        if not n or i + n >= len(self.toks) or not self.adjacent(i + n):
            return None
        t = self.best(i + n)
        if t is None or t.kind != "official":
            return None
        generic = t.generic or self.low[i] in self.d.plural
        return replace(t, i=i, generic=generic, rule="address+" + t.rule)

    def plural(self, i: int) -> _Cand | None:
        """ "các sở thông tin và truyền thông", "các sở", "các giám đốc sở"."""
        if self.low[i] not in self.d.plural or i + 1 >= len(self.toks) or not self.adjacent(i + 1):
            return None
        inner = self.best(i + 1)
        if (
            inner is not None
            and inner.rule.startswith(("gazetteer", "head", "title"))
            and inner.parts is None
        ):
            rec_level = inner.level
            if inner.kind in ("official",) or rec_level != "central" or inner.rule.startswith("head"):
                return replace(inner, i=i, generic=True, rule=inner.rule + "+plural")
        h = self.head_at(i + 1, fold=True)
        if h is not None and (h[0].plural or self.head_at(i + 1) is not None):
            head, hn = h
            j = i + 1 + hn
            if j < len(self.toks) and self.adjacent(j) and self.starts(head.not_before, j, 3):
                return None
            name = head.name
            # "các Vụ, Cục": more bare heads share the plural
            while j + 1 < len(self.toks) and self.raw[j] == "," and self.adjacent(j + 1):
                h2 = self.head_at(j + 1)
                if h2 is None or self.opens_name(j + 1) or self.gazetteer(j + 1) is not None:
                    break
                name += ", " + h2[0].name
                j += 1 + h2[1]
            k = self.with_suffix(j)
            if k > j:
                name += " " + self.name_of(j, k)
                j = k
            return _Cand(i, j, name, head.kind, None, head.level, True, "bare_plural")
        return None

    def shared_head(self, i: int) -> _Cand | None:
        """ "các Bộ: Lao động - Thương binh và Xã hội, Nội vụ" → one candidate with a part per name."""
        k = i
        if self.low[k] in self.d.plural:
            k += 1
        else:
            return None
        h = self.head_at(k, fold=True) if k < len(self.toks) else None
        if h is None:
            return None
        head, hn = h
        k += hn
        colon = k < len(self.toks) and self.raw[k] == ":"
        if colon:
            k += 1
        if not head.plural:
            return self.shared_proper(i, head, k) if colon and head.tail == "proper" else None
        dom = self.d.domains[head.id]
        parts: list[_Cand] = []
        first = True
        while k < len(self.toks):
            m = self.gaz_at(dom, k)
            if m is None or not self.adjacent(k):
                break
            n, rec = m
            start = i if first else k
            parts.append(
                _Cand(
                    start,
                    k + n,
                    rec.entry.name,
                    rec.entry.kind,
                    rec.entry.id,
                    rec.entry.level,
                    False,
                    "shared_head",
                )
            )
            first = False
            k += n
            if k < len(self.toks) and self.raw[k] in (",", ";") and k + 1 < len(self.toks):
                k += 1
                if self.low[k] == "và":
                    k += 1
                continue
            if k < len(self.toks) and self.low[k] == "và":
                k += 1
                continue
            break
        if len(parts) >= 2 or (colon and parts):
            return _Cand(
                i, parts[-1].j, parts[0].name, head.kind, None, head.level, False, "shared_head", parts=parts
            )
        return None

    def shared_proper(self, i: int, head: _Head, k: int) -> _Cand | None:
        """ "các Vụ: Kế hoạch, Công nghiệp nhẹ, Năng lượng" → a "Vụ …" part per capitalised name."""
        parts: list[_Cand] = []
        while k < len(self.toks) and self.adjacent(k):
            end = self.tail(k)
            if end == k:
                break
            name = f"{head.name} {self.name_of(k, end)}"
            e = lookup(name)
            parts.append(
                _Cand(
                    i if not parts else k,
                    end,
                    e.name if e else name,
                    head.kind,
                    e.id if e else None,
                    e.level if e else head.level,
                    False,
                    "shared_head",
                )
            )
            k = end
            if k + 1 < len(self.toks) and self.raw[k] == "," and self.adjacent(k + 1):
                k += 1
                continue
            break
        if not parts:
            return None
        return _Cand(
            i, parts[-1].j, parts[0].name, head.kind, None, head.level, False, "shared_head", parts=parts
        )

    def locality(self, i: int) -> _Cand | None:
        """ "tỉnh Lai Châu", "thành phố Hà Nội", "TP.HCM" (provinces only, not "thị xã Phú Thọ")."""
        m = self.gaz_at(self.d.places, i)
        if m is not None and _is_acronym_form(self.span_text(i, i + m[0])):
            e = m[1].entry
            return _Cand(i, i + m[0], e.name, "locality", e.id, e.level, False, "locality")
        n = self.starts(self.d.loc_types, i, self.d.loc_len)
        if not n or i + n >= len(self.toks) or not self.adjacent(i + n):
            return None
        if self.d.loc_types[tuple(self.raw[i : i + n])] != "provincial":
            return None
        m = self.gaz_at(self.d.places, i + n)
        if m is None:
            return None
        e = m[1].entry
        j = i + n + m[0]
        typ = self.name_of(i, i + n).lower()
        name = e.name if e.name.lower().startswith(typ) else f"{typ} {e.name}"
        return _Cand(i, j, name, "locality", e.id, e.level, False, "locality")

    # run ------------------------------------------------------------------------------------
    def run(self) -> list[_Cand]:
        out: list[_Cand] = []
        i = 0
        while i < len(self.toks):
            c = self.best(i)
            if c is None:
                i += 1
                continue
            if c.parts is None:
                c = self.with_owner_note(c)
            out.extend(c.parts if c.parts else [c])
            i = c.j
        return out

    def with_owner_note(self, c: _Cand) -> _Cand:
        """``c`` with a parenthesis that says whom it belongs to, kept in span and name: "Trung tâm
        Dự báo khí tượng thủy văn cấp tỉnh (thuộc các Đài Khí tượng Thủy văn khu vực)"."""
        k = c.j
        if k + 2 >= len(self.toks) or self.raw[k] != "(" or not self.adjacent(k):
            return c
        own = self.starts(self.d.owners, k + 1, 2, fold=True)
        if not own or self.low[k + 1] == "của":
            return c
        end = k + 1 + own
        while end < len(self.toks) and end - k < 20 and self.adjacent(end) and self.raw[end] != ")":
            if self.raw[end] in ("(", ";", ":"):
                return c
            end += 1
        if end >= len(self.toks) or self.raw[end] != ")" or end == k + 1 + own:
            return c
        note = self.name_of(k + 1, end)
        return replace(c, j=end + 1, name=f"{c.name} ({note})", rule=c.rule + "+owner")


_RULE_ORDER = {"gazetteer": 0, "generic": 1, "title": 2, "head": 3, "shared_head": 4}


def _is_acronym_form(s: str) -> bool:
    return any(c.isupper() for c in s) and "TP" in s


def _joined(name: str, words: frozenset[str]) -> str:
    """Class words written with "-" or "/" between them joined by ", " ("các sở - ngành" → "các sở,
    ngành"); other hyphens stay ("tổ chức chính trị - xã hội")."""
    if not words:
        return name
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.sub(rf"(?i)(?<!\w)({alt}) ?[-/] ?(?=(?:{alt})(?!\w))", r"\1, ", name)


def _plural_scope(scope: str) -> bool:
    low = scope.lower()
    return low.startswith(("các ", "những ")) or "," in low or " - " in low


def _to_match(sc: _Scanner, c: _Cand) -> ActorMatch:
    start, end = sc.toks[c.i].start, sc.toks[c.j - 1].end
    return ActorMatch(start, end, sc.text[start:end], c.name, c.kind, c.id, c.level, c.generic, c.rule)


def _mark_parenthetical(text: str, found: list[ActorMatch]) -> list[ActorMatch]:
    out: list[ActorMatch] = []
    for k, a in enumerate(found):
        if k > 0:
            prev = found[k - 1]
            before = text[prev.end : a.start]
            after = text[a.end : a.end + 2].lstrip()
            if before.strip() == "(" and after.startswith(")"):
                a = replace(a, rule=a.rule + "+parenthetical")
        out.append(a)
    return out


def find_actors(text: str) -> list[ActorMatch]:
    """All actor mentions of ``text`` (normalised with ``normalize_text``), non-overlapping, in order.

    "Bộ Y tế, Bộ Công an và Ủy ban nhân dân các tỉnh khẩn trương" → "Bộ Y tế", "Bộ Công an",
    "Ủy ban nhân dân các tỉnh" (the last generic, kind people_committee).
    """
    sc = _Scanner(text)
    return _mark_parenthetical(text, [_to_match(sc, c) for c in sc.run()])


def split_actor_list(text: str, start: int, end: int) -> list[ActorMatch]:
    """The actors of a coordinated list in ``text[start:end]``, offsets into ``text``.

    "Bộ Y tế, Bộ Công an và Ủy ban nhân dân các tỉnh" → three actors; "Ủy ban nhân dân các tỉnh,
    thành phố trực thuộc trung ương" and "các bộ, ngành, địa phương" stay one each; shared heads
    ("các Bộ: Tài chính, Nội vụ") give one per name; a body in parentheses after another
    ("Cục Tin học hóa (Bộ Thông tin và Truyền thông)") is left out.
    """
    part = text[start:end]
    out = []
    for a in find_actors(part):
        if a.rule.endswith("+parenthetical"):
            continue
        out.append(replace(a, start=a.start + start, end=a.end + start))
    return out


def _head_of(m: ActorMatch) -> str:
    return m.name.split(" ")[0].lower() if m.name else ""


def resolve_reference(mention: ActorMatch, previous: list[ActorMatch]) -> ActorMatch | None:
    """The antecedent of a bare head: "Bộ" → the last ministry named in ``previous``; "Sở", "các sở"
    → the last Sở. ``None`` when ``mention`` is no reference or nothing fits.

    In "… Bộ Thông tin và Truyền thông đề cập … Bộ cũng yêu cầu …" the second "Bộ" resolves to
    "Bộ Thông tin và Truyền thông".
    """
    if not mention.rule.startswith(("bare_head", "bare_plural")):
        return _short_form_referent(mention, previous)
    head = mention.name.lower()
    for cand in reversed(previous):
        if cand.start >= mention.start:
            continue
        if cand.rule.startswith(("bare_head", "bare_plural")) or (cand.generic and cand.id is None):
            continue
        if cand.kind == mention.kind and _head_of(cand) == head and cand.name.lower() != head:
            return cand
    return None


@cache
def _refer_back() -> tuple[str, ...]:
    forms = data_file("heads.yaml").get("refer_back") or []
    return tuple(sorted((normalize_text(f).lower() for f in forms), key=len, reverse=True))


def _short_form_referent(mention: ActorMatch, previous: list[ActorMatch]) -> ActorMatch | None:
    """A short form referring back to a longer name named before (``refer_back`` in heads.yaml):
    "Ban Chỉ đạo" → "Ban Chỉ đạo Hội nghị WEF Đông Á 2010"; in a title the title keeps its word:
    "Trưởng Ban Chỉ đạo" → "Trưởng Ban Chỉ đạo Hội nghị WEF Đông Á 2010" (kind official), and
    so does a body serving it: "Nhóm giúp việc cho Ban Chỉ đạo" → "Nhóm giúp việc cho Ban Chỉ đạo
    Hội nghị WEF Đông Á 2010", after which "Nhóm giúp việc" refers back to that name. A
    name that only lacks a place ("Hội đồng Thi đua tỉnh" before "… tỉnh Long An") stays."""
    low = mention.name.lower()
    served = _served_by()
    for form in _refer_back():
        p = low.find(form)
        if p < 0 or (
            p > 0 and (low[p - 1] != " " or mention.kind != "official" and not low[:p].endswith(served))
        ):
            continue
        if p + len(form) < len(low) and low[p + len(form)] != " ":
            continue
        org = low[p:]
        for cand in reversed(previous):
            if cand.start >= mention.start or cand.kind == "official" or cand.generic:
                continue
            full = cand.name.lower()
            if not full.startswith(org + " ") or (p == 0 and cand.kind != mention.kind):
                continue
            if org != form and _is_place_word(full[len(org) + 1 :].split(" ")[0]):
                return None
            if p == 0:
                return cand
            return replace(mention, name=mention.name[:p] + cand.name)
        if p == 0 and org == form:
            return None
    return None


@cache
def _served_by() -> tuple[str, ...]:
    """The words (" cho ") linking a common name to the body it serves (heads.yaml)."""
    return tuple(f" {normalize_text(w).lower()} " for w in data_file("heads.yaml").get("served_by") or [])


def _is_place_word(word: str) -> bool:
    return (word,) in _data().loc_types or (word.capitalize(),) in _data().loc_types
