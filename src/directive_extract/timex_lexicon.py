"""The Vietnamese words of :mod:`directive_extract.timex`, read from ``data/vi/time/*.yaml``.

Loaded lazily on first use and cached; every term is normalised with ``normalize_text`` and
``re.escape``-d before it enters a pattern. Example: ``lexicon().relation_of["chậm nhất"]`` is the
entry ``rel_by_latest`` (relation ``by``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from directive_extract.data import entries, load
from directive_extract.normalize import normalize_text

FLAGS = re.IGNORECASE


def norm(term: str) -> str:
    """A lexicon term as it appears in normalised text, lower-cased as a lookup key."""
    return normalize_text(term).lower()


def alt(terms: list[str]) -> str:
    """A regex alternation of ``terms``, longest first, escaped, any run of spaces matching ``\\s+``."""
    uniq = sorted({normalize_text(t) for t in terms if t}, key=lambda t: (-len(t), t))
    return "(?:" + "|".join(r"\s+".join(re.escape(w) for w in t.split()) for t in uniq) + ")"


def key(text: str) -> str:
    """Lookup key of matched text: normalised, lower-cased, spaces collapsed."""
    return " ".join(norm(text).split())


def _terms(items: list[dict[str, Any]], field_name: str = "terms") -> list[str]:
    return [t for it in items for t in it.get(field_name, [])]


@dataclass
class Lexicon:
    """Everything the time grammar needs, built once from the data files."""

    relation_of: dict[str, dict[str, Any]] = field(default_factory=dict)
    unit_of: dict[str, str] = field(default_factory=dict)
    quarter_of: dict[str, int] = field(default_factory=dict)
    span_of: dict[str, dict[str, Any]] = field(default_factory=dict)
    year_part_of: dict[str, dict[str, Any]] = field(default_factory=dict)
    sub_part_of: dict[str, dict[str, Any]] = field(default_factory=dict)
    relative_of: dict[str, dict[str, Any]] = field(default_factory=dict)
    anchor_of: dict[str, dict[str, Any]] = field(default_factory=dict)
    number_of: dict[str, int] = field(default_factory=dict)
    holiday_of: dict[str, dict[str, Any]] = field(default_factory=dict)
    stems: list[str] = field(default_factory=list)
    branches: list[str] = field(default_factory=list)
    recurrence_of: dict[str, dict[str, Any]] = field(default_factory=dict)
    every_n: dict[str, Any] = field(default_factory=dict)
    urgency_of: dict[str, dict[str, Any]] = field(default_factory=dict)
    patterns: dict[str, re.Pattern[str]] = field(default_factory=dict)


def _unit_words(lex: Lexicon, unit: str) -> list[str]:
    return [w for w, u in lex.unit_of.items() if u == unit]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Build (once) the lexicon and its compiled patterns."""
    lex = Lexicon()
    rel_entries = entries("time/relations.yaml")
    for e in rel_entries:
        for t in e["terms"]:
            lex.relation_of[key(t)] = e
    completion = entries("time/relations.yaml", "completion")
    joiners = entries("time/relations.yaml", "range_joiners")
    guards = entries("time/relations.yaml", "name_guards")
    heads = entries("time/relations.yaml", "name_heads")
    dur_block = _terms(entries("time/relative.yaml", "duration_blockers"))
    for e in entries("time/periods.yaml", "units"):
        for t in e["terms"]:
            lex.unit_of[key(t)] = e["unit"]
    for e in entries("time/periods.yaml", "quarter_numerals"):
        for t in e["terms"]:
            lex.quarter_of[key(t)] = e["value"]
    for e in entries("time/periods.yaml", "spans"):
        for t in e["terms"]:
            lex.span_of[key(t)] = e
    for e in entries("time/periods.yaml", "year_parts"):
        for t in e["terms"]:
            lex.year_part_of[key(t)] = e
    for e in entries("time/periods.yaml", "sub_parts"):
        for t in e["terms"]:
            lex.sub_part_of[key(t)] = e
    this_words = _terms(entries("time/periods.yaml", "this_period_words"))
    connectors = _terms(entries("time/periods.yaml", "connectors"))
    for e in entries("time/relative.yaml"):
        for t in e["terms"]:
            lex.relative_of[key(t)] = e
    for e in entries("time/relative.yaml", "anchors"):
        for t in e["terms"]:
            lex.anchor_of[key(t)] = e
    for e in entries("time/relative.yaml", "number_words"):
        for t in e["terms"]:
            lex.number_of[key(t)] = int(e["value"])
    links = _terms(entries("time/relative.yaml", "duration_links"))
    for e in entries("time/holidays.yaml"):
        for t in e["terms"]:
            lex.holiday_of[key(t)] = e
    cc = entries("time/holidays.yaml", "can_chi")[0]
    lex.stems, lex.branches = list(cc["stems"]), list(cc["branches"])
    for e in entries("time/recurrence.yaml"):
        for t in e["terms"]:
            lex.recurrence_of[key(t)] = e
    lex.every_n = entries("time/recurrence.yaml", "every_n")[0]
    blockers = entries("time/recurrence.yaml", "blockers")[0]
    for e in entries("time/urgency.yaml"):
        for t in e["terms"]:
            lex.urgency_of[key(t)] = e
    doc_types = _terms(entries("time/citations.yaml", "doc_types"))
    ev = entries("time/citations.yaml", "event_prefixes")
    day_parts = _terms([e for e in ev if e["id"] == "event_day_parts"])
    clock = next(e for e in ev if e["id"] == "event_clock")
    issue = _terms(entries("time/citations.yaml", "issue_verbs"))
    past = entries("time/citations.yaml", "past_markers")[0]
    load("time/citations.yaml")

    ngay = alt(_unit_words(lex, "day"))
    thang = alt(_unit_words(lex, "month"))
    nam = alt(_unit_words(lex, "year"))
    quy = alt(_unit_words(lex, "quarter"))
    qn = alt(list(lex.quarter_of)) + r"(?!\w)"
    # after a connector a numeral without its own "quý" must be a symbol ("Quý I, II"), not a word
    # ("trong quý I, hai đơn vị …" is not quarters I-II)
    qsym = alt([q for q in lex.quarter_of if re.fullmatch(r"[ivx0-9]+", q)]) + r"(?!\w)"
    conn = alt(connectors)
    sub = alt(list(lex.sub_part_of))
    this = alt(this_words)
    b = r"(?<![\w])"
    yr = r"(?P<y>(?:19|20)\d\d)(?!\d)"
    year_tail = rf"(?:(?:\s*[/-]\s*|\s*,?\s*{nam}\s+){yr})"
    hours = alt(clock["terms"])
    minutes = alt(clock["minutes"])
    clock_re = rf"\d{{1,2}}\s*{hours}(?:\s*\d{{1,2}}(?:\s*{minutes})?)?"
    yp_alts = []
    for e in entries("time/periods.yaml", "year_parts"):
        block = e.get("not_followed_by") or []
        neg = rf"(?!\s+{alt(block)}(?!\w))" if block else ""
        yp_alts.append(alt(e["terms"]) + neg)
    year_parts_re = "(?:" + "|".join(yp_alts) + ")"
    units_re = alt(list(lex.unit_of))
    numw = alt([w for w in lex.number_of])
    rec_terms = alt(list(lex.recurrence_of))

    cores = {
        "date_words": rf"{b}(?:(?P<ngay>{ngay})\s+)?(?P<d>\d{{1,2}})\s+{thang}\s+(?P<m>\d{{1,2}})(?!\d)"
        rf"(?:\s*,?\s*(?:{nam}\s+)(?P<y>(?:19|20)\d\d)(?!\d))?",
        "date_num": rf"(?<![\w./,-])(?:(?P<ngay>{ngay})\s+)?(?P<d>\d{{1,2}})\s?(?P<sep>[/.-])\s?"
        rf"(?P<m>\d{{1,2}})(?:\s?(?P=sep)\s?(?P<y>\d{{4}}|\d{{2}}))?(?![\w/]|[.,-]\d)",
        "quarter": rf"{b}(?:(?P<sub>{sub})\s+)?{quy}\s+(?P<q>{qn})"
        rf"(?P<more>(?:\s*{conn}\s*(?:{quy}\s+{qn}|{qsym}))*){year_tail}?(?![\w/])",
        "quarter_this": rf"{b}(?P<sub>{sub})\s+{quy}(?:\s+{this})?(?!\s*\w)",
        "month": rf"{b}(?:(?P<sub>{sub})\s+)?{thang}\s+(?P<m>\d{{1,2}})(?!\d){year_tail}?(?![\w/]|[.-]\d)",
        "month_this": rf"{b}(?P<sub>{sub})\s+{thang}(?:\s+{this}(?!\w))?(?!\s*\d)",
        "year_part": rf"{b}(?P<part>{year_parts_re})(?:\s*,?\s*{yr})?(?![\w/])",
        "year": rf"{b}{nam}\s+{yr}(?:\s*[-–—]\s*(?P<y2>(?:19|20)\d\d)(?!\d))?(?![\w/])",
        "span": rf"{b}(?P<span>{alt(list(lex.span_of))})\s+(?:[IVX\d]{{1,4}}\s*\(\s*)?{yr}\s*[-–—]?\s*"
        rf"(?P<y2>(?:19|20)\d\d)(?!\d)\)?",
        "holiday": rf"{b}(?P<hol>{alt(list(lex.holiday_of))})(?!\w)"
        rf"(?:\s+(?P<cc>{alt(lex.stems)}\s+{alt(lex.branches)})(?!\w))?(?:\s*,?\s*(?:{nam}\s+)?{yr})?",
        "relative": rf"{b}(?P<relw>{alt(list(lex.relative_of))})(?!\w)",
        "duration": rf"{b}(?P<n>\d{{1,3}}|{numw})(?:\s*\((?P<nw>[^()\d]{{1,20}})\))?\s+"
        rf"(?P<unit>{units_re})(?!\w)(?:\s+{alt(links)}\s+(?P<anc>{alt(list(lex.anchor_of))}))?(?!\w)(?!\s+{alt(dur_block)}(?!\w))",
        "anchor": rf"{b}(?P<anc>{alt(list(lex.anchor_of))})(?!\w)",
    }
    lex.patterns = {k: re.compile(v, FLAGS) for k, v in cores.items()}
    p = lex.patterns
    p["relation_before"] = re.compile(
        rf"(?<![\w])(?P<rel>{alt(list(lex.relation_of))})\s+(?P<clock>{clock_re}\s*,?\s*)?$", FLAGS
    )
    p["completion_before"] = re.compile(rf"(?<![\w]){alt(_terms(completion))}\s*$", FLAGS)
    p["joiner"] = re.compile(rf"^\s*(?:{alt(_terms(joiners))})?\s*$", FLAGS)
    p["name_guard_before"] = re.compile(rf"(?<![\w]){alt(_terms(guards))}\s*$", FLAGS)
    p["name_head_clause"] = re.compile(rf"(?<![\w]){alt(_terms(heads))}(?!\w)[^,;:.\n]{{0,100}}$")
    p["event_before"] = re.compile(
        rf"(?:(?<![\w]){alt(day_parts)}\s*(?:,\s*)?|{clock_re}\s*,?\s*)$", FLAGS
    )
    p["doc_number_before"] = re.compile(r"\d+[\w.]*(?:\s?[/-]\s?[\w.&]+)+\s*(?:,\s*)?$")
    p["doc_type_clause"] = re.compile(rf"(?<![\w]){alt(doc_types)}(?!\w)[^,;:.\n]{{0,120}}$")
    p["recurrence_after"] = re.compile(
        rf"^(?:\s*{conn}\s*(?:{thang}|{ngay})\s+\d{{1,2}})*\s*{rec_terms}(?!\w)", FLAGS
    )
    p["issue_after"] = re.compile(
        rf"^\s*,?(?:[^.;\n]|\.(?=\S)|(?<=[A-ZĐ])\.(?=\s)){{0,140}}?"
        rf"(?<![\w]){alt(issue)}\s+(?:\S+\s+){{0,2}}?{alt(doc_types)}(?!\w)",
        FLAGS,
    )
    p["past_after"] = re.compile(
        rf"^[^.;:\n]{{0,{int(past['window'])}}}?(?<![\w]){alt(past['terms'])}(?!\w)", FLAGS
    )
    p["recurrence"] = re.compile(rf"{b}(?P<term>{rec_terms})(?!\w)", FLAGS)
    en = lex.every_n
    p["every_n"] = re.compile(
        rf"{b}(?:(?P<lead>{alt(en['lead_terms'])})\s+)?(?P<n>\d{{1,2}})\s+(?P<unit>{alt(list(en['units']))})"
        rf"(?:\s*(?P<once>{alt(en['once_terms'])}))?(?!\w)",
        FLAGS,
    )
    p["rec_block_before"] = re.compile(rf"(?<![\w]){alt(blockers['before'])}\s+$", FLAGS)
    p["rec_block_after"] = re.compile(rf"^\s+{alt(blockers['after'])}(?!\w)", FLAGS)
    p["rec_anchor_before"] = re.compile(
        rf"(?<![\w]){ngay}\s+(?P<d>\d{{1,2}})(?:\s+{thang}\s+(?P<m>\d{{1,2}}))?\s*$", FLAGS
    )
    p["rec_months_before"] = re.compile(
        rf"(?<![\w]){thang}\s+(?P<m1>\d{{1,2}})(?:\s*{conn}\s*{thang}\s+(?P<m2>\d{{1,2}}))?\s*$", FLAGS
    )
    urg_alts = []
    for e in entries("time/urgency.yaml"):
        block = e.get("not_followed_by") or []
        neg = rf"(?!\s+{alt(block)}(?!\w))" if block else ""
        urg_alts.append(rf"(?P<{e['id']}>{alt(e['terms'])})(?!\w){neg}")
    p["urgency"] = re.compile(rf"{b}(?:" + "|".join(urg_alts) + ")", FLAGS)
    return lex


def unit_key(lex: Lexicon, word: str) -> str:
    """The neutral unit of a matched unit word ("ngày làm việc" → "working_day")."""
    return lex.unit_of[key(word)]
