"""Vietnamese administrative time expressions: deadlines, recurrences, urgency, the document date.

Pure module (no spaCy). Functions take a ``str`` and return spans as character offsets into that
exact string (``text[m.start:m.end] == m.text``); the text is normalised internally with
:func:`directive_extract.normalize.normalize` and offsets are mapped back, so NFD input, old tone
placement ("hoá") and U+00A0 spaces work. The words live in ``data/vi/time/*.yaml``.

Example::

    >>> m = find_deadlines("báo cáo Thủ tướng Chính phủ trước ngày 20 tháng 3 năm 2020.")[0]
    >>> (m.text, m.relation, m.date.isoformat(), m.value)
    ('trước ngày 20 tháng 3 năm 2020', 'before', '2020-03-20', '2020-03-20')
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any, Protocol

from directive_extract.normalize import is_normal, normalize
from directive_extract.timex_calendar import (
    add_units,
    can_chi_year,
    lunar_to_solar,
    month_end,
    quarter_bounds,
)
from directive_extract.timex_calendar import lunar_new_year as _lunar_new_year
from directive_extract.timex_lexicon import Lexicon, key, lexicon

__all__ = [
    "TimeMatch",
    "RecurrenceMatch",
    "find_deadlines",
    "parse_deadline",
    "find_recurrences",
    "find_urgency",
    "find_document_date",
    "lunar_new_year",
]

#: Days before the reference date past which a resolved date gets the flag "before_document_date".
PAST_TOLERANCE_DAYS = 60
_LOOKBACK = 60
_CORE_KINDS = (
    "date_words",
    "date_num",
    "quarter",
    "quarter_this",
    "month",
    "month_this",
    "year_part",
    "span",
    "year",
    "holiday",
    "relative",
    "duration",
    "anchor",
)
_DATE_KINDS = {"date_words", "date_num", "anchor"}
_KIND_CLASS = {
    "date_words": "date",
    "date_num": "date",
    "anchor": "date",
    "duration": "duration",
    "holiday": "holiday",
}
_DURATION_LETTER = {"day": "D", "working_day": "D", "week": "W", "month": "M", "quarter": "M", "year": "Y"}
_CLAUSE_START = re.compile(
    r"(?:^|[\n:;(])\s*(?:[-+•*–—]\s*|\(?\d{1,2}[.)]\s*|\(?[a-zđ]\)\s*|[IVX]{1,4}\.\s*)?$"
)


# Characters that ``normalize`` rewrites or drops; text without them, in NFC and with the house
# tone placement, is its own normalisation (the fast path below skips the per-character map).


class _Mapped(Protocol):
    text: str

    def to_raw(self, start: int, end: int) -> tuple[int, int]: ...

    def raw_slice(self, start: int, end: int) -> tuple[int, int, str]: ...


@dataclass(frozen=True)
class _Identity:
    """Already-normalised input: offsets map to themselves."""

    text: str

    def to_raw(self, start: int, end: int) -> tuple[int, int]:
        return start, end

    def raw_slice(self, start: int, end: int) -> tuple[int, int, str]:
        return start, end, self.text[start:end]


def _normalized(text: str) -> _Mapped:
    """``normalize(text)``, or the identity when ``text`` is already normalised (the common case)."""
    if is_normal(text):
        return _Identity(text)
    return normalize(text)


@dataclass(frozen=True)
class TimeMatch:
    """A time limit found in a text; offsets into the string given, ``text == s[start:end]``.

    ``date`` is the last day the phrase allows ("quý III-2020" → 2020-09-30; "trước ngày 15/12/2020"
    → 2020-12-15 with relation "before"); ``start_date`` the first day of a period, range or "from".
    """

    start: int
    end: int
    text: str
    relation: str | None
    date: dt.date | None
    start_date: dt.date | None
    value: str | None
    anchor: str
    flags: tuple[str, ...]
    rule: str


@dataclass(frozen=True)
class RecurrenceMatch:
    """How often: "định kỳ hằng quý" → period "P3M", rrule "FREQ=MONTHLY;INTERVAL=3"."""

    start: int
    end: int
    text: str
    period: str | None
    rrule: str | None
    anchor_day: int | None
    rule: str


@dataclass
class _Resolved:
    start_date: dt.date | None
    date: dt.date | None
    value: str | None
    anchor: str
    flags: list[str]
    rule: list[str]


def lunar_new_year(year: int) -> dt.date:
    """First day of Tết Nguyên đán: ``lunar_new_year(2021) == date(2021, 2, 12)`` (lunar-vn, UTC+7)."""
    return _lunar_new_year(year)


# ----------------------------------------------------------------------------------------------
# Resolution of one time core into dates


def _iso(d: dt.date) -> str:
    return d.isoformat()


def _year_of(m: re.Match[str], ref: dt.date | None, flags: list[str]) -> int | None:
    y = m.groupdict().get("y")
    if y:
        yi = int(y)
        return yi + 2000 if yi < 100 else yi
    flags.append("year_inferred")
    if ref is None:
        flags.append("no_reference_date")
        return None
    return ref.year


def _quarter_num(lex: Lexicon, text: str) -> int:
    return lex.quarter_of[key(text)]


def _sub_bounds(
    lex: Lexicon, sub: str | None, first: dt.date, last: dt.date, of: str, flags: list[str], rule: list[str]
) -> tuple[dt.date, dt.date]:
    """Narrow a quarter or month to its "đầu/giữa/cuối" part."""
    if not sub:
        return first, last
    e = lex.sub_part_of[key(sub)]
    rule.append(e["id"])
    flags.append("approximate")
    if of == "quarter":
        mon = first.month + int(e["index"]) - 1
        return dt.date(first.year, mon, 1), month_end(first.year, mon)
    d1, d2 = e["days"]
    end = last.day if int(d2) == 0 else int(d2)
    return first.replace(day=int(d1)), first.replace(day=end)


def _relative_period(unit: str, offset: int, ref: dt.date) -> tuple[dt.date, dt.date, str | None]:
    if unit == "year":
        y = ref.year + offset
        return dt.date(y, 1, 1), dt.date(y, 12, 31), str(y)
    if unit == "quarter":
        q = (ref.month - 1) // 3 + 1 + offset
        y = ref.year + (q - 1) // 4
        q = (q - 1) % 4 + 1
        a, b = quarter_bounds(y, q)
        return a, b, f"{y}-Q{q}"
    if unit == "month":
        first = add_units(ref.replace(day=1), offset, "month")
        return first, month_end(first.year, first.month), f"{first.year}-{first.month:02d}"
    if unit == "week":
        monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=offset)
        iso = monday.isocalendar()
        return monday, monday + dt.timedelta(days=6), f"{iso[0]}-W{iso[1]:02d}"
    day = ref + dt.timedelta(days=offset)
    return day, day, day.isoformat()


def _holiday_date(e: dict[str, Any], year: int) -> dt.date:
    if e["calendar"] == "lunar":
        return lunar_to_solar(year, int(e["month"]), int(e["day"]))
    return dt.date(year, int(e["month"]), int(e["day"]))


def _resolve(lex: Lexicon, kind: str, m: re.Match[str], ref: dt.date | None) -> _Resolved | None:
    """Dates of one core, or None when it is not a valid date (31/02, month 13)."""
    g = m.groupdict()
    flags: list[str] = []
    rule: list[str] = []
    try:
        if kind in ("date_words", "date_num"):
            rule.append("unit_day" if g.get("ngay") else kind)
            y = _year_of(m, ref, flags)
            d, mo = int(g["d"]), int(g["m"])
            if y is None:
                dt.date(2000, mo, d)  # validates day and month (2000 is a leap year)
                return _Resolved(None, None, f"XXXX-{mo:02d}-{d:02d}", "document_date", flags, rule)
            day = dt.date(y, mo, d)
            anchor = "document_date" if "year_inferred" in flags else "absolute"
            return _Resolved(day, day, _iso(day), anchor, flags, rule)
        if kind == "month":
            rule.append("unit_month")
            y = _year_of(m, ref, flags)
            mo = int(g["m"])
            if not 1 <= mo <= 12:
                return None
            if y is None:
                return _Resolved(None, None, f"XXXX-{mo:02d}", "document_date", flags, rule)
            a, b = _sub_bounds(lex, g.get("sub"), dt.date(y, mo, 1), month_end(y, mo), "month", flags, rule)
            anchor = "document_date" if "year_inferred" in flags else "absolute"
            return _Resolved(a, b, f"{y}-{mo:02d}", anchor, flags, rule)
        if kind == "quarter":
            rule.append("unit_quarter")
            qs = [_quarter_num(lex, g["q"])]
            more = g.get("more") or ""
            for tok in re.findall(r"[IVX]+|[1-4]|\w+", more, re.IGNORECASE):
                if key(tok) in lex.quarter_of and key(tok) not in lex.unit_of:
                    qs.append(_quarter_num(lex, tok))
            rule.extend(f"q{q}" for q in qs)
            y = _year_of(m, ref, flags)
            q1, q2 = min(qs), max(qs)
            if y is None:
                val = f"XXXX-Q{q1}" if q1 == q2 else None
                return _Resolved(None, None, val, "document_date", flags, rule)
            a, _ = quarter_bounds(y, q1)
            _, b = quarter_bounds(y, q2)
            if q1 == q2:
                value: str | None = f"{y}-Q{q1}"
                a, b = _sub_bounds(lex, g.get("sub"), a, b, "quarter", flags, rule)
            elif (q1, q2) == (1, 2):
                value = f"{y}-H1"
            elif (q1, q2) == (3, 4):
                value = f"{y}-H2"
            else:
                value = None
            anchor = "document_date" if "year_inferred" in flags else "absolute"
            return _Resolved(a, b, value, anchor, flags, rule)
        if kind in ("quarter_this", "month_this"):
            unit = "quarter" if kind == "quarter_this" else "month"
            rule.append(f"unit_{unit}")
            if ref is None:
                flags.append("no_reference_date")
                return _Resolved(None, None, None, "relative", flags, rule)
            a, b, value = _relative_period(unit, 0, ref)
            a, b = _sub_bounds(lex, g.get("sub"), a, b, unit, flags, rule)
            return _Resolved(a, b, value, "relative", flags, rule)
        if kind == "year_part":
            e = lex.year_part_of[key(g["part"])]
            rule.append(e["id"])
            if e.get("approximate"):
                flags.append("approximate")
            y = _year_of(m, ref, flags)
            m1, m2 = e["months"]
            suffix = e.get("value")
            if y is None:
                unknown = f"XXXX-{suffix}" if suffix else None
                return _Resolved(None, None, unknown, "document_date", flags, rule)
            anchor = "document_date" if "year_inferred" in flags else "absolute"
            value = f"{y}-{suffix}" if suffix else None
            return _Resolved(dt.date(y, m1, 1), month_end(y, m2), value, anchor, flags, rule)
        if kind == "year":
            rule.append("unit_year")
            y1 = int(g["y"])
            y2 = int(g["y2"]) if g.get("y2") else y1
            if y2 < y1:
                return None
            value = str(y1) if y1 == y2 else f"{y1}/{y2}"
            return _Resolved(dt.date(y1, 1, 1), dt.date(y2, 12, 31), value, "absolute", flags, rule)
        if kind == "span":
            e = lex.span_of[key(g["span"])]
            rule.append(e["id"])
            y1, y2 = int(g["y"]), int(g["y2"])
            if y2 < y1:
                return None
            (sm, sd), (em, ed) = e["start"], e["end"]
            a, b = dt.date(y1, sm, sd), dt.date(y2, em, ed)
            value = f"{y1}/{y2}" if (sm, sd, em, ed) == (1, 1, 12, 31) else f"{a:%Y-%m}/{b:%Y-%m}"
            return _Resolved(a, b, value, "absolute", flags, rule)
        if kind == "holiday":
            e = lex.holiday_of[key(g["hol"])]
            rule.append(e["id"])
            if g.get("y"):
                y: int | None = int(g["y"])
            elif g.get("cc"):
                near = ref.year if ref else dt.date.today().year
                y = can_chi_year(" ".join(g["cc"].split()), near, lex.stems, lex.branches)
                flags.append("year_from_can_chi")
            else:
                flags.append("year_inferred")
                if ref is None:
                    flags.append("no_reference_date")
                    return _Resolved(None, None, None, "document_date", flags, rule)
                y = ref.year
                if _holiday_date(e, y) < ref:
                    y += 1
            if y is None:
                return None
            day = _holiday_date(e, y)
            anchor = "document_date" if "year_inferred" in flags else "absolute"
            return _Resolved(day, day, _iso(day), anchor, flags, rule)
        if kind == "relative":
            e = lex.relative_of[key(g["relw"])]
            rule.append(e["id"])
            if ref is None:
                flags.append("no_reference_date")
                return _Resolved(None, None, None, "relative", flags, rule)
            a, b, value = _relative_period(e["unit"], int(e["offset"]), ref)
            return _Resolved(a, b, value, "relative", flags, rule)
        if kind == "duration":
            unit = lex.unit_of[key(g["unit"])]
            rule.append(f"unit_{unit}")
            n_text = g["n"]
            n = int(n_text) if n_text.isdigit() else lex.number_of[key(n_text)]
            if n <= 0:
                return None
            letter = _DURATION_LETTER[unit]
            value = f"P{n * 3 if unit == 'quarter' else n}{letter}"
            if unit == "working_day":
                flags.append("working_days_ignore_holidays")
            anchor = "relative"
            if g.get("anc"):
                ae = lex.anchor_of[key(g["anc"])]
                rule.append(ae["id"])
                if ae["anchor"] == "event":
                    flags.append("anchor_unresolved")
                    return _Resolved(None, None, value, "relative", flags, rule)
                anchor = "document_date"
            if ref is None:
                flags.append("no_reference_date")
                return _Resolved(None, None, value, anchor, flags, rule)
            return _Resolved(ref, add_units(ref, n, unit), value, anchor, flags, rule)
        if kind == "anchor":
            ae = lex.anchor_of[key(g["anc"])]
            rule.append(ae["id"])
            if ae["anchor"] == "event":
                flags.append("anchor_unresolved")
                return _Resolved(None, None, None, "relative", flags, rule)
            if ref is None:
                flags.append("no_reference_date")
                return _Resolved(None, None, None, "document_date", flags, rule)
            return _Resolved(ref, ref, _iso(ref), "document_date", flags, rule)
    except ValueError:
        return None
    raise ValueError(f"unknown time core kind {kind!r}")


# ----------------------------------------------------------------------------------------------
# Finding deadlines


@dataclass
class _Cand:
    start: int
    core_start: int
    end: int
    kind: str
    relation: str | None
    rel_id: str | None
    rel_key: str | None
    res: _Resolved


def _clause_start(t: str, pos: int) -> bool:
    return _CLAUSE_START.search(t[max(0, pos - 12) : pos]) is not None


def _is_lead_date(lex: Lexicon, t: str, core_start: int, end: int) -> bool:
    """A date heading its paragraph and followed by "<issuer> (đã) ban hành <document>"."""
    before = t[max(0, core_start - 40) : core_start]
    p = lex.patterns
    if not (_clause_start(t, core_start) or p["event_before"].search(before)):
        return False
    return p["issue_after"].match(t[end : end + 200]) is not None


def _candidate(
    lex: Lexicon, t: str, kind: str, m: re.Match[str], ref: dt.date | None, *, whole: bool
) -> _Cand | None:
    p = lex.patterns
    s, e = m.start(), m.end()
    g = m.groupdict()
    if kind == "duration" and re.match(r"\s*\d", t[e : e + 3]):
        return None
    before = t[max(0, s - _LOOKBACK) : s]
    rm = p["relation_before"].search(before)
    rel_entry = lex.relation_of[key(rm.group("rel"))] if rm else None
    start = s - len(before) + rm.start() if rm else s
    # Words that are not relations but end in one ("Trước tình hình") never reach here: a core follows.
    after = t[e : e + 40]
    if p["recurrence_after"].match(after):
        return None  # "ngày 15 tháng 12 hằng năm" is a recurrence's anchor, see find_recurrences
    kind_class = _KIND_CLASS.get(kind, "period")
    if kind == "duration" and (rel_entry is None or not rel_entry.get("durations")):
        return None
    if (
        not whole
        and kind == "date_num"
        and not g.get("ngay")
        and not g.get("y")
        and (g["sep"] != "/" or rel_entry is None)
    ):
        return None
    if not whole and kind == "date_words" and not g.get("ngay") and not g.get("y") and rel_entry is None:
        return None
    res = _resolve(lex, kind, m, ref)
    if res is None:
        return None
    relation: str | None
    if rel_entry is not None:
        if rel_entry["id"] == "rel_by_until" and (
            p["name_guard_before"].search(t[max(0, start - 30) : start])
            or p["name_head_clause"].search(t[max(0, start - 110) : start])
        ):
            return None
        relation = rel_entry.get(f"on_{kind_class}", rel_entry["relation"])
        if relation == "during" and p["completion_before"].search(t[max(0, start - 30) : start]):
            relation = "by"
        if rel_entry.get("shift_days") and kind_class in ("date", "holiday") and res.date is not None:
            shift = dt.timedelta(days=int(rel_entry["shift_days"]))
            res.date = res.date + shift
            res.start_date = res.date
            res.value = _iso(res.date)
        if relation == "before" and kind_class == "period" and "approximate" not in res.flags:
            res.date = res.start_date  # "trước tháng 12/2020": the written boundary, as "trước ngày X" → X
        if relation == "from" and kind_class != "duration":
            res.date = res.start_date
        elif relation == "from" and kind_class == "duration":
            res.start_date = res.date
        res.rule.insert(0, rel_entry["id"])
    else:
        if kind_class in ("duration", "holiday") or kind == "anchor":
            return None
        lead = t[max(0, s - _LOOKBACK) : s]
        if kind_class == "date":
            if not whole:
                if p["event_before"].search(lead):
                    return None
                if p["doc_number_before"].search(lead) or p["doc_type_clause"].search(
                    t[max(0, s - 160) : s]
                ):
                    return None
                if _is_lead_date(lex, t, s, e) or p["past_after"].match(t[e : e + 120]):
                    return None
            relation = "on"
        else:
            if not whole and not _clause_start(t, s):
                return None
            relation = "during"
        res.rule.insert(0, "bare")
    if ref is not None and res.date is not None and res.date < ref - dt.timedelta(days=PAST_TOLERANCE_DAYS):
        res.flags.append("before_document_date")
    return _Cand(start, s, e, kind, relation, rel_entry["id"] if rel_entry else None,
                 key(rm.group("rel")) if rm else None, res)


def _select(cands: list[_Cand]) -> list[_Cand]:
    cands.sort(key=lambda c: (c.start, -(c.end - c.start), _CORE_KINDS.index(c.kind)))
    out: list[_Cand] = []
    last = -1
    for c in cands:
        if c.start >= last:
            out.append(c)
            last = c.end
    return out


def _to_match(n: _Mapped, c: _Cand) -> TimeMatch:
    s, e, text = n.raw_slice(c.start, c.end)
    return TimeMatch(
        start=s,
        end=e,
        text=text,
        relation=c.relation,
        date=c.res.date,
        start_date=c.res.start_date,
        value=c.res.value,
        anchor=c.res.anchor,
        flags=tuple(dict.fromkeys(c.res.flags)),
        rule="+".join(c.res.rule),
    )


def _merge_ranges(lex: Lexicon, t: str, cands: list[_Cand]) -> list[_Cand]:
    """"từ X đến Y" → one range from X's first day to Y's last day."""
    out: list[_Cand] = []
    i = 0
    joiner = lex.patterns["joiner"]
    while i < len(cands):
        a = cands[i]
        if (
            i + 1 < len(cands)
            and a.rel_id == "rel_from"
            and cands[i + 1].rel_id in ("rel_by_until", None)
            and joiner.match(t[a.end : cands[i + 1].core_start])
            and (cands[i + 1].rel_id is not None or t[a.end : cands[i + 1].core_start].strip() in ("-", "–"))
        ) or (
            i + 1 < len(cands)
            and a.rel_id is None
            and cands[i + 1].rel_id is None
            and a.kind in _DATE_KINDS
            and cands[i + 1].kind in _DATE_KINDS
            and t[a.end : cands[i + 1].core_start].strip() in ("-", "–")
        ):
            b = cands[i + 1]
            a_start = a.res.start_date
            flags = a.res.flags + b.res.flags
            inferred_a = "year_inferred" in a.res.flags and "year_inferred" not in b.res.flags
            if inferred_a and a_start and b.res.date:
                try:
                    a_start = a_start.replace(year=b.res.date.year)
                    flags = [f for f in flags if f not in ("year_inferred", "before_document_date")]
                    flags.append("start_year_from_end")
                except ValueError:
                    pass
            a_value = a_start.isoformat() if a.kind in _DATE_KINDS and a_start else a.res.value
            value = f"{a_value}/{b.res.value}" if a_value and b.res.value else None
            rule = ["range", *a.res.rule, *b.res.rule]
            res = _Resolved(a_start, b.res.date, value, b.res.anchor, flags, rule)
            out.append(_Cand(a.start, a.core_start, b.end, b.kind, "range", "range", None, res))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _deadlines(text: str, ref: dt.date | None, *, whole: bool) -> list[TimeMatch]:
    lex = lexicon()
    n = _normalized(text)
    t = n.text
    cands: list[_Cand] = []
    for kind in _CORE_KINDS:
        for m in lex.patterns[kind].finditer(t):
            if m.end() <= m.start():
                continue
            c = _candidate(lex, t, kind, m, ref, whole=whole)
            if c is not None:
                cands.append(c)
    chosen = _merge_ranges(lex, t, _select(cands))
    return [_to_match(n, c) for c in chosen]


def find_deadlines(text: str, ref: dt.date | None = None) -> list[TimeMatch]:
    """Every time limit in ``text`` (a clause or sentence), non-overlapping, in order.

    ``ref`` is the document's date, used for years left out and relative phrases. The span is
    the time phrase with its relation marker: "hoàn thành trong năm 2020" → "trong năm 2020"
    (relation "by", date 2020-12-31). Citations ("Chỉ thị số 24/CT-TTg ngày 13/9/2025"), event
    times ("Chiều ngày 18/11/2025, tại …") and bare periods inside names are not returned.
    """
    return _deadlines(text, ref, whole=False)


def parse_deadline(text: str, ref: dt.date | None = None) -> TimeMatch | None:
    """The time phrase that is the whole of ``text`` (surrounding spaces and punctuation allowed).

    ``parse_deadline("quý III-2020")`` → relation "during", date 2020-09-30, value "2020-Q3".
    Returns None when ``text`` is not exactly one time phrase.
    """
    found = _deadlines(text, ref, whole=True)
    if len(found) != 1:
        return None
    m = found[0]
    if text[: m.start].strip(" \t\n,.;:()") or text[m.end :].strip(" \t\n,.;:()"):
        return None
    return m


# ----------------------------------------------------------------------------------------------
# Recurrence, urgency, document date


def find_recurrences(text: str) -> list[RecurrenceMatch]:
    """How-often phrases: "hằng tháng" → P1M; "trước ngày 10 hằng tháng" → P1M, anchor_day 10,
    rrule "FREQ=MONTHLY;BYMONTHDAY=10"; "6 tháng một lần" → P6M; "định kỳ" → period None.
    "thường xuyên" (constantly) is not a recurrence; nor is "cây hàng năm" (annual crops)."""
    lex = lexicon()
    p = lex.patterns
    n = _normalized(text)
    t = n.text
    found: list[tuple[int, int, str | None, str | None, int | None, str]] = []
    for m in p["recurrence"].finditer(t):
        s, e = m.start(), m.end()
        if p["rec_block_before"].search(t[max(0, s - 20) : s]) or p["rec_block_after"].match(t[e : e + 10]):
            continue
        entry = lex.recurrence_of[key(m.group("term"))]
        period = entry.get("period")
        rrule = f"FREQ={entry['freq']}" if entry.get("freq") else None
        if rrule and entry.get("interval"):
            rrule += f";INTERVAL={entry['interval']}"
        anchor_day = None
        before = t[max(0, s - 40) : s]
        am = p["rec_anchor_before"].search(before)
        mm = p["rec_months_before"].search(before)
        if am and rrule:
            anchor_day = int(am.group("d"))
            s = s - len(before) + am.start()
            if am.group("m") and entry["freq"] == "YEARLY":
                rrule += f";BYMONTH={int(am.group('m'))}"
            rrule += f";BYMONTHDAY={anchor_day}"
        elif mm and rrule and entry["freq"] == "YEARLY":
            months = [int(x) for x in (mm.group("m1"), mm.group("m2")) if x]
            s = s - len(before) + mm.start()
            rrule += ";BYMONTH=" + ",".join(str(x) for x in months)
        found.append((s, e, period, rrule, anchor_day, entry["id"]))
    units = lex.every_n["units"]
    for m in p["every_n"].finditer(t):
        if not (m.group("once") or m.group("lead")):
            continue
        nval = int(m.group("n"))
        letter = {key(k): v for k, v in units.items()}[key(m.group("unit"))]
        if letter == "Q":
            period, freq, interval = f"P{3 * nval}M", "MONTHLY", 3 * nval
        else:
            freq = {"D": "DAILY", "W": "WEEKLY", "M": "MONTHLY", "Y": "YEARLY"}[letter]
            period, interval = f"P{nval}{letter}", nval
        rrule = f"FREQ={freq}" + (f";INTERVAL={interval}" if interval != 1 else "")
        found.append((m.start(), m.end(), period, rrule, None, lex.every_n["id"]))
    # longest first at each position; a composite ("định kỳ hằng quý") absorbs "định kỳ".
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    merged: list[tuple[int, int, str | None, str | None, int | None, str]] = []
    for f in found:
        if merged and f[0] < merged[-1][1]:
            continue
        if merged and merged[-1][5] == "rec_periodic" and re.fullmatch(r"\s*", t[merged[-1][1] : f[0]]):
            prev = merged.pop()
            f = (prev[0], f[1], f[2], f[3], f[4], f[5])
        merged.append(f)
    out: list[RecurrenceMatch] = []
    for s, e, period, rrule, anchor_day, rid in merged:
        rs, re_, rtext = n.raw_slice(s, e)
        out.append(RecurrenceMatch(rs, re_, rtext, period, rrule, anchor_day, rid))
    return out


def find_urgency(text: str) -> list[tuple[int, int, str]]:
    """Urgency words as ``(start, end, rule id)``: "khẩn trương", "ngay", "ngay lập tức", "hỏa tốc".

    They set no deadline. "kịp thời" (in good time) and "sớm" (soon) are not urgency, nor is "ngay"
    in "ngay cả", "ngay tại", "ngay từ" (see ``data/vi/time/urgency.yaml``).
    """
    lex = lexicon()
    n = _normalized(text)
    out: list[tuple[int, int, str]] = []
    for m in lex.patterns["urgency"].finditer(n.text):
        rid = next(k for k, v in m.groupdict().items() if v is not None)
        s, e = n.to_raw(m.start(), m.end())
        out.append((s, e, rid))
    return out


def find_document_date(text: str) -> tuple[dt.date, int, int] | None:
    """The document's own date and the span of its date phrase, or None.

    In order of preference: the header line "Hà Nội, ngày 15 tháng 10 năm 2020"; a lead "Ngày
    30/11/2025, Thủ tướng … ban hành …"; any date followed by "(đã) ký/ban hành <văn bản>" in the
    first third of the text; last, a dated event opening the text ("Ngày 11/01/2010 tại Hà Nội, Bộ …
    đã tổ chức Hội nghị …", the meeting a conclusion notice reports). Never a deadline ("trước
    ngày …") or a cited document's date ("Nghị định số 15/2020/NĐ-CP ngày 03/02/2020").
    """
    lex = lexicon()
    p = lex.patterns
    n = _normalized(text)
    t = n.text
    header_cfg = lex_cfg("header_place_date")
    limit = int(header_cfg["search_chars"])
    place = int(header_cfg["max_place_chars"])
    best: tuple[int, dt.date, int, int] | None = None
    for kind in ("date_words", "date_num"):
        for m in p[kind].finditer(t):
            g = m.groupdict()
            if not g.get("y"):
                continue
            res = _resolve(lex, kind, m, None)
            if res is None or res.date is None:
                continue
            s, e = m.start(), m.end()
            before = t[max(0, s - 60) : s]
            if p["relation_before"].search(before) or p["doc_number_before"].search(before):
                continue
            line_start = t.rfind("\n", 0, s) + 1
            lead_text = t[line_start:s]
            rank: int | None = None
            if (
                s < limit
                and kind == "date_words"
                and g.get("ngay")
                and re.fullmatch(rf"[^\n,.;:]{{1,{place}}},\s*", lead_text)
            ):
                rank = 0
            elif _is_lead_date(lex, t, s, e) and s < max(limit, len(t) // 3):
                rank = 1
            elif (
                s < max(limit, len(t) // 3)
                and p["issue_after"].match(t[e : e + 200])
                and not p["doc_type_clause"].search(t[max(0, s - 160) : s])
            ):
                rank = 2
            elif s < place * 8 and _clause_start(t, s) and p["past_after"].match(t[e : e + 120]):
                rank = 3  # "Ngày 11/01/2010 tại Hà Nội, Bộ … đã tổ chức Hội nghị": a reported meeting
            if rank is None:
                continue
            cand = (rank, res.date, s, e)
            if best is None or (rank, s) < (best[0], best[2]):
                best = cand
    if best is None:
        return None
    rs, re_ = n.to_raw(best[2], best[3])
    return best[1], rs, re_


def lex_cfg(entry_id: str) -> dict[str, Any]:
    """A configuration entry of ``citations.yaml`` by id (e.g. the header search window)."""
    from directive_extract.data import load

    for section in load("time/citations.yaml").values():
        for e in section:
            if e.get("id") == entry_id:
                return e
    raise KeyError(entry_id)
