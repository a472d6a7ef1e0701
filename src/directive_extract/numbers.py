"""Vietnamese numbers: digits with Vietnamese separators, scale words, number words and ranges.

Pure module: takes a ``str`` (normalised with ``normalize_text``) and returns values with character
offsets into that same string. The words live in ``data/vi/numbers/`` (``number_words.yaml``,
``multipliers.yaml``, ``units.yaml``, ``labels.yaml``), loaded lazily on first use.

Vietnamese writes "0,1" for 0.1 and "1.200.000" for 1200000; a scale word multiplies
("2,5 triệu" = 2 500 000, "1,2 nghìn tỷ" = 1.2e12). Example::

    >>> parse_number("1.200 tỷ")
    1200000000000.0
    >>> [(m.text, m.value, m.value_max) for m in find_numbers("đạt tỷ lệ từ 1,50 đến 1,65% so dân số")]
    [('từ 1,50 đến 1,65', 1.5, 1.65)]

:func:`find_numbers` returns quantities only: it skips dates ("15/12/2020"), document numbers
("số 234/CĐ-TTg", "Nghị định 15/2020/NĐ-CP"), clock times, phone numbers, list numbering at the start
of a line ("1.", "(2)"), bare years ("2020", "2011-2015") and figures right after a labelling noun
("Điều 12", "khoản 3", "ngày 5", "năm 2020", "Quận 8", "Đề án 30") unless a scale word or a
non-time unit follows ("cấp 500 triệu đồng").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from directive_extract.data import entries
from directive_extract.normalize import normalize_text

_FLAGS = re.IGNORECASE


@dataclass(frozen=True)
class NumberMatch:
    """A quantity in the text: ``text == source[start:end]``; ``value_max`` is the top of a range.

    Example: "từ 80 đến 90" → value 80.0, value_max 90.0.
    """

    start: int
    end: int
    text: str
    value: float
    value_max: float | None


@dataclass(frozen=True)
class UnitEntry:
    """One entry of ``units.yaml``: canonical ``unit``, ``kind`` and ISO ``currency`` for money."""

    id: str
    unit: str
    kind: str
    currency: str | None


@dataclass(frozen=True)
class UnitHit:
    """A unit term found after a figure (offsets into the text)."""

    entry: UnitEntry
    start: int
    end: int


def _norm(term: str) -> str:
    return normalize_text(term)


def _fold(text: str) -> str:
    """Lookup key of text already normalised (matched in the input): lower-cased, spaces collapsed."""
    return " ".join(text.lower().split())


def _key(text: str) -> str:
    return " ".join(_norm(text).lower().split())


def _alt(terms: list[str], boundary: bool = True) -> str:
    """Escaped alternation of ``terms``, longest first; spaces match any run of spaces."""
    uniq = sorted({_norm(t) for t in terms if t}, key=lambda t: (-len(t), t))
    parts = []
    for t in uniq:
        pat = r"\s+".join(re.escape(w) for w in t.split())
        if boundary and t[-1].isalnum():
            pat += r"(?!\w)"
        parts.append(pat)
    return "(?:" + "|".join(parts) + ")"


# Formats (not words): the digit shapes Vietnamese documents use.
_NUM_CORE = (
    r"(?:\d{1,3}(?:,\d{3}){2,}(?![\d,])"  # 1,200,000 (English grouping, two groups or more)
    r"|\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![\d])"  # 1.200.000 / 9.230,51
    r"|\d{1,3}\.\s\d{3}(?![\d.,])"  # OCR "1. 200" (accepted only before a scale word or unit)
    r"|\d+(?:,\d+)?(?![\d]))"  # 30 / 0,1
    r"(?![.,]\d)"
)
_DATE_MASKS = [
    r"\d{1,2}\s?(?P<sep>[/.-])\s?\d{1,2}\s?(?P=sep)\s?\d{2,4}(?!\d)",  # 15/12/2020, 15-12-2020
    r"\d{1,4}/\d{1,4}(?:/\d{1,4})?(?:/[\wĐđ&-]+)*",  # 12/2009, 30/4, 15/2020/NĐ-CP, 234/CĐ-TTg
    r"\d+\s?[-/]\s?[A-ZĐ][\wĐ&]*(?:\s?[-/]\s?[\wĐ&]+)*",  # 12-CT / TW, 77/KH-LT
    r"\d{1,2}\s?[h:]\s?\d{2}(?!\d)",  # 14h30, 14:30
    r"\d{1,2}h(?!\w)",  # 17h
    r"(?<![\d.,])\(?\+?\b0\d{1,3}\)?(?:[ .-]?\d{2,4}){2,3}(?![\d,])",  # phone numbers (checked: >= 9 digits)
    r"(?<![\d.,])0\d{8,}",  # long digit runs from 0: phone numbers
    r"(?:^|(?<=\n))[ \t]*(?:[-+•*][ \t]*)?\(?\d{1,2}(?:\.\d{1,2})*[.)](?!\d)",  # list numbering "1." "3)"
    r"\(\d{1,2}\)",  # "(1)"
    r"(?<![\w])[A-Za-zĐđ]+\d+[\w]*",  # codes glued to letters: H5N1, A1, COVID-19 handled below
    r"[A-Za-zĐđ]+-\d+",  # COVID-19
]


@dataclass
class _Lexicon:
    word_role: dict[str, tuple[str, float, bool]]
    scale_of: dict[str, float]
    units: list[UnitEntry]
    unit_of_term: dict[str, UnitEntry]
    unit_re: re.Pattern[str]
    scale_alt: str
    words_re: re.Pattern[str]
    digits_re: re.Pattern[str]
    label_re: re.Pattern[str]
    mask_re: re.Pattern[str]
    percent_after_re: re.Pattern[str]
    double_after: frozenset[str]
    double_before_re: re.Pattern[str]


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    word_role: dict[str, tuple[str, float, bool]] = {}
    for e in entries("numbers/number_words.yaml"):
        for t in e["terms"]:
            word_role[_key(t)] = (str(e["role"]), float(e["value"]), bool(e.get("standalone", True)))
    scale_of: dict[str, float] = {}
    scale_terms: list[str] = []
    scale_guards: list[str] = []
    for e in entries("numbers/multipliers.yaml"):
        for t in e["terms"]:
            scale_of[_key(t)] = float(e["value"])
            scale_terms.append(t)
        scale_guards += e.get("not_before", [])
    hundred = [t for t, (r, _v, _s) in word_role.items() if r == "hundred"]
    for t in hundred:
        scale_of[t] = 100.0
    guard = r"(?!\s+" + _alt(scale_guards) + ")" if scale_guards else ""
    scale_alt = "(?:" + _alt(scale_terms + hundred) + guard + ")"
    half = [t for t, (r, _v, _s) in word_role.items() if r == "half"]
    units: list[UnitEntry] = []
    unit_of_term: dict[str, UnitEntry] = {}
    unit_parts: list[tuple[str, str]] = []
    for e in entries("numbers/units.yaml"):
        u = UnitEntry(str(e["id"]), str(e["unit"]), str(e["kind"]), e.get("currency"))
        units.append(u)
        nb = e.get("not_before") or []
        for t in e["terms"]:
            unit_of_term[_key(t)] = u
            pat = _alt([t])
            if nb:
                pat += r"(?!\s*" + _alt([str(x) for x in nb]) + ")"
            unit_parts.append((_norm(t), pat))
    unit_parts.sort(key=lambda p: (-len(p[0]), p[0]))
    unit_re = re.compile(r"[ \t]*(?:" + "|".join(f"({p})" for _t, p in unit_parts) + ")", _FLAGS)
    number_words = [t for t in word_role]
    words_re = re.compile(
        r"(?<!\w)" + _alt(number_words + list(scale_of)) + r"(?:\s+" + _alt(number_words + list(scale_of))
        + r")*",
        _FLAGS,
    )
    num_expr = _NUM_CORE + r"(?:\s*" + scale_alt + r")*" + (r"(?:\s+" + _alt(half) + ")?" if half else "")
    unit_any = "(?:" + "|".join(p for _t, p in unit_parts) + ")"
    rng = entries("numbers/number_words.yaml", "ranges")
    joiners = _alt([t for e in rng for t in e["to"]])
    openers = _alt([t for e in rng for t in e["from"]])
    digits_re = re.compile(
        r"(?<![\w.,/])(?:"
        + r"(?P<from>" + openers + r"\s+)?(?P<a>" + num_expr + r")"
        + r"(?:(?P<mid>\s*" + unit_any + r")?\s*(?:[-–—]|(?<=\s)" + joiners + r")\s*"
        + r"(?P<b>" + num_expr + r"))?"
        + r")",
        _FLAGS,
    )
    labels = [t for e in entries("numbers/labels.yaml", "labels") for t in e["terms"]]
    numero = [t for e in entries("numbers/labels.yaml", "numero") for t in e["terms"]]
    joiners_lbl = [t for e in entries("numbers/labels.yaml", "list_joiners") for t in e["terms"]]
    label_re = re.compile(
        r"(?<!\w)" + _alt(labels) + r"(?:\s+" + _alt(numero) + r")?"
        + r"(?:[\s:.]*\d+(?:\s*,\s*|\s+" + _alt(joiners_lbl) + r"\s+))*[\s:.]*$",
        _FLAGS,
    )
    mask_re = re.compile("|".join(f"(?:{m})" for m in _DATE_MASKS), re.MULTILINE)
    pct = [t for u in units if u.kind in ("percent", "permille") for t, v in unit_of_term.items() if v is u]
    percent_after_re = re.compile(r"\s*" + _alt(pct), _FLAGS)
    double_after = [t for e in entries("numbers/number_words.yaml") if e["role"] == "double"
                    for t in e.get("after", [])]
    double_before_re = re.compile(_alt(double_after) + r"\s+$", _FLAGS)
    return _Lexicon(word_role, scale_of, units, unit_of_term, unit_re, scale_alt, words_re, digits_re,
                    label_re, mask_re, percent_after_re, frozenset(_key(t) for t in double_after),
                    double_before_re)


def unit_entries() -> list[UnitEntry]:
    """All entries of ``units.yaml`` (for :mod:`directive_extract.targets` and tests)."""
    return list(_lexicon().units)


def match_unit(text: str, pos: int) -> UnitHit | None:
    """The unit term starting at ``pos`` (after optional spaces), e.g. "%" in "30 %", or ``None``."""
    m = _lexicon().unit_re.match(text, pos)
    if not m:
        return None
    lex = _lexicon()
    for i, g in enumerate(m.groups()):
        if g is not None:
            start = m.start(i + 1)
            entry = lex.unit_of_term.get(_fold(g))
            if entry is None:
                return None
            return UnitHit(entry, start, m.end(i + 1))
    return None


def _digits_value(core: str) -> float:
    s = re.sub(r"\s", "", core)
    if re.fullmatch(r"\d{1,3}(?:,\d{3}){2,}", s):
        return float(s.replace(",", ""))
    if "." in s:
        intpart, _, frac = s.partition(",")
        return float(intpart.replace(".", "") + ("." + frac if frac else ""))
    return float(s.replace(",", "."))


_CORE_RE = re.compile(_NUM_CORE)


def _parse_digit_expr(text: str) -> tuple[float, float] | None:
    """``(value, scale factor)`` of "2,5 triệu" → (2500000.0, 1e6); ``None`` if not a digit number."""
    lex = _lexicon()
    m = _CORE_RE.match(text)
    if not m:
        return None
    value = _digits_value(m.group(0))
    rest = text[m.end():]
    factor = 1.0
    last = 1.0
    for w in rest.split():
        k = _fold(w)
        if k in lex.scale_of:
            last = lex.scale_of[k]
            factor *= last
        elif lex.word_role.get(k, ("",))[0] == "half" and last > 1:
            value += 0.5 * last / factor if factor else 0.0
        else:
            return None
    return value * factor, factor


def _parse_words(tokens: list[str]) -> float | None:
    """Value of a list of lower-cased number words ("ba", "mươi", "lăm" → 35), ``None`` if invalid."""
    lex = _lexicon()
    roles = [lex.word_role.get(t) or (("scale", lex.scale_of[t], True) if t in lex.scale_of else None)
             for t in tokens]
    if not tokens or any(r is None for r in roles):
        return None
    kinds = [r[0] for r in roles if r is not None]
    if "fraction" in kinds:
        i = kinds.index("fraction")
        num, den = _parse_words(tokens[:i]), _parse_words(tokens[i + 1:])
        if num is None or not den:
            return None
        return num / den
    if kinds == ["halfword"] or kinds == ["digit", "halfword"] and roles[0] is not None and roles[0][1] == 1:
        return 0.5
    if kinds == ["double"]:
        return 2.0
    if kinds[0] not in ("digit", "ten"):
        return None
    total = group = 0.0
    digit: float | None = None
    last_scale: float | None = None
    prev = ""
    for r in roles:
        if r is None:
            return None
        role, val, _standalone = r
        if role == "digit":
            if digit is not None:
                return None
            digit = val
        elif role == "ten":
            if digit is not None or group % 100 >= 10:
                return None
            group += 10
        elif role == "tens":
            if digit is None:
                return None
            group += digit * 10
            digit = None
        elif role == "hundred":
            if digit is None:
                return None
            group += digit * 100
            digit = None
        elif role == "filler":
            if prev != "hundred":
                return None
        elif role == "scale":
            g = group + (digit or 0.0)
            if g == 0:
                if total > 0 and last_scale is not None and val > last_scale:
                    total *= val
                else:
                    return None
            else:
                total += g * val
            group, digit, last_scale = 0.0, None, val
        elif role == "half":
            if prev == "scale" and last_scale is not None:
                total += last_scale / 2
            elif prev == "hundred":
                group += 50
            else:
                return None
        else:
            return None
        prev = role
    return total + group + (digit or 0.0)


def parse_number(text: str) -> float | None:
    """The value of a whole number phrase, or ``None`` when ``text`` is not one.

    "0,1" → 0.1, "1.200.000" → 1200000, "2,5 triệu" → 2.5e6, "1,2 nghìn tỷ" → 1.2e12, "ba mươi" → 30,
    "một nửa" → 0.5, "hai phần ba" → 2/3, "gấp đôi" → 2, "01" → 1. A trailing percent unit is ignored
    ("năm mươi phần trăm" → 50).
    """
    lex = _lexicon()
    s = " ".join(normalize_text(text).split())
    if not s:
        return None
    neg = s.startswith("-")
    if neg:
        s = s[1:].lstrip()
    pm = re.search(lex.percent_after_re.pattern + r"$", s, _FLAGS)
    if pm and pm.start() > 0:
        s = s[: pm.start()]
    value: float | None
    if s[:1].isdigit():
        r = _parse_digit_expr(s)
        if r is None:
            return None
        if re.match(r"\d{1,3}\.\s\d{3}$", s) is None and re.search(r"\.\s", s):
            return None
        value = r[0]
    else:
        toks = [_fold(t) for t in s.split()]
        if len(toks) > 1 and toks[0] in lex.double_after:
            toks = toks[1:]
        elif toks and lex.word_role.get(toks[-1], ("",))[0] == "double":
            return None
        value = _parse_words(toks)
    if value is None:
        return None
    return -value if neg else value


def format_vi(value: float, decimals: int | None = None) -> str:
    """Write ``value`` the Vietnamese way: 1200000 → "1.200.000", 0.1 → "0,1", 9230.51 → "9.230,51".

    ``decimals`` fixes the number of decimal places; by default the shortest exact form is used, so
    ``parse_number(format_vi(x)) == x``.
    """
    if decimals is not None:
        s = f"{abs(value):.{decimals}f}"
    else:
        s = format(Decimal(repr(abs(float(value)))), "f")
        if "." in s:
            s = s.rstrip("0").rstrip(".")
    intpart, _, frac = s.partition(".")
    groups = []
    while len(intpart) > 3:
        groups.insert(0, intpart[-3:])
        intpart = intpart[:-3]
    groups.insert(0, intpart)
    out = ".".join(groups) + ("," + frac if frac else "")
    return ("-" if value < 0 and float(s) != 0 else "") + out


def _masked(text: str) -> str:
    """``text`` with dates, document numbers, times, phone numbers and list numbers blanked out."""
    lex = _lexicon()

    def repl(m: re.Match[str]) -> str:
        s = m.group(0)
        if re.fullmatch(r"\(?\+?0[\d() .-]+", s) and len(re.sub(r"\D", "", s)) < 9:
            return s  # too short for a phone number ("01 huyện", "0,5")
        return re.sub(r"\S", "\x00", s)

    return lex.mask_re.sub(repl, text)


_YEAR_RE = re.compile(r"(?:1[89]|20)\d\d")


def _is_year(core: str) -> bool:
    return bool(_YEAR_RE.fullmatch(core.strip()))


def _unit_is_time(hit: UnitHit | None) -> bool:
    return hit is not None and hit.entry.kind in ("time", "age")


def _labelled(text: str, start: int) -> bool:
    return bool(_lexicon().label_re.search(text[max(0, start - 40): start]))


def find_numbers(text: str) -> list[NumberMatch]:
    """Every quantity in ``text`` (normalised), in order, with offsets into ``text``.

    Example: ``find_numbers("hỗ trợ 15 triệu đồng / hộ")`` → one match "15 triệu" = 15000000.0.
    Dates, document and article numbers, years, phone numbers and list numbering are not returned.
    """
    lex = _lexicon()
    has_digit = any(c.isdigit() for c in text)
    masked = _masked(text) if has_digit else text
    out: list[NumberMatch] = []
    for m in lex.digits_re.finditer(masked) if has_digit else ():
        a_text = m.group("a")
        parsed_a = _parse_digit_expr(a_text)
        if parsed_a is None:
            continue
        start, end = m.start(), m.end()
        b_text = m.group("b")
        parsed_b = _parse_digit_expr(b_text) if b_text else None
        core_a = _CORE_RE.match(a_text)
        ocr = core_a is not None and ". " in core_a.group(0)
        after = match_unit(text, end)
        has_scale = parsed_a[1] != 1 or (parsed_b is not None and parsed_b[1] != 1)
        if ocr and not (has_scale or after):
            continue
        if b_text is None and m.group("from"):
            start = m.start("a")
        # A letter glued to the figure is a code ("5G", "12B") unless it is a unit ("15m2"); so is a
        # lone capital after it ("Đội Quản lý thị trường 12 B").
        if end < len(text) and text[end].isalpha() and after is None:
            continue
        if after is None and re.match(r" [A-ZĐ](?![\w])", text[end: end + 3]):
            continue
        if _labelled(text, start) and not has_scale and (after is None or _unit_is_time(after)):
            continue
        if b_text is not None and parsed_b is not None:
            if _is_year(a_text) and _is_year(b_text):
                continue
            va, vb = parsed_a[0], parsed_b[0]
            if parsed_a[1] == 1 and parsed_b[1] != 1:
                va *= parsed_b[1]
            out.append(NumberMatch(start, end, text[start:end], va, vb))
            continue
        if _is_year(a_text) and not has_scale and (after is None or _unit_is_time(after)):
            continue
        out.append(NumberMatch(start, end, text[start:end], parsed_a[0], None))
    taken = [(n.start, n.end) for n in out]
    for n in _find_word_numbers(text, masked):
        if not any(s < n.end and n.start < e for s, e in taken):
            out.append(n)
    out.sort(key=lambda n: n.start)
    return out


def _find_word_numbers(text: str, masked: str) -> list[NumberMatch]:
    lex = _lexicon()
    out: list[NumberMatch] = []
    for m in lex.words_re.finditer(masked):
        spans = [(w.start() + m.start(), w.end() + m.start()) for w in re.finditer(r"\S+", m.group(0))]
        i = 0
        while i < len(spans):
            best: tuple[int, float] | None = None
            for j in range(len(spans), i, -1):
                toks = [_fold(text[s:e]) for s, e in spans[i:j]]
                # "phần trăm" after a number is the percent unit, not a fraction bar.
                bars = [k for k, t in enumerate(toks) if lex.word_role.get(t, ("",))[0] == "fraction"]
                if bars and bars[0] + 1 < len(toks) and toks[bars[0] + 1] in lex.scale_of:
                    continue
                v = _parse_words(toks)
                if v is not None:
                    best = (j, v)
                    break
            if best is None:
                i += 1
                continue
            j, v = best
            s, e = spans[i][0], spans[j - 1][1]
            toks = [_fold(text[a:b]) for a, b in spans[i:j]]
            roles = [lex.word_role.get(t, ("scale", 0.0, True)) for t in toks]
            kinds = [r[0] for r in roles]
            one_half = kinds == ["digit", "halfword"] and roles[0][1] == 1
            single = len(toks) == 1 or one_half
            ok = True
            if roles[0][0] == "double":
                ok = bool(lex.double_before_re.search(text, max(0, s - 12), s))
            elif single:
                hit = match_unit(text, e)
                pct = lex.percent_after_re.match(text, e)
                if one_half:
                    ok = True
                elif not roles[0][2]:
                    ok = pct is not None
                else:
                    ok = hit is not None or pct is not None
            if ok and _labelled(text, s):
                ok = False
            if ok:
                out.append(NumberMatch(s, e, text[s:e], v, None))
            i = j
    return out


__all__ = ["NumberMatch", "UnitEntry", "UnitHit", "find_numbers", "format_vi", "match_unit", "parse_number",
           "unit_entries"]
