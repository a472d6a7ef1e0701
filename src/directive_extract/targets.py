"""Numeric targets in a Vietnamese sentence: comparator, value, unit, per-unit, metric and base.

Pure module on top of :mod:`directive_extract.numbers`: takes one sentence (normalised with
``normalize_text``; it may hold several clauses joined by ";") and returns :class:`TargetMatch`
values whose offsets index that string. The words live in ``data/vi/numbers/`` (``comparators.yaml``,
``per_unit.yaml``, ``metric_stops.yaml``, ``units.yaml``). Example::

    >>> t = find_targets("hướng tới mục tiêu chi cho công nghệ thông tin đạt 0,1% ngân sách")[0]
    >>> (t.text, t.comparator, t.value, t.unit, t.rule)
    ('đạt 0,1% ngân sách', '>=', 0.1, '%', 'cmp_achieve')

Decisions (see the data files for the words):

- A figure is a target when it has a unit that is not a time or an age, or a comparator cue; a
  lone number word ("của một lao động") needs a cue or a per-unit "mỗi".
- Durations, dates and ages ("thời hạn vay 10 năm", "trẻ em dưới 5 tuổi") are never targets, nor
  figures after a condition word in the same clause ("tài sản có giá trị từ 300 triệu đồng trở lên").
- The comparator comes from the cue nearest the figure ("tối thiểu đạt khoảng 60%" → ">="); a change
  word gives ``direction`` ("tăng ít nhất 25%" → ">=", increase; "giảm 5%" → "decrease", decrease).
- An item with no cue keeps the comparator of the first earlier cued item of the same shape in the
  sentence (metric before figure, or figure first): "chi cho tuyên truyền 0,3% ngân sách" after
  "… đạt 0,1% ngân sách" is ">=" (rule ``elliptical``). Otherwise a bare figure is "=" (rule
  ``bare_figure``; with a "mỗi" per-unit, rule ``per_unit``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from directive_extract.data import entries
from directive_extract.numbers import (  # the same lookup keys as the number lexicons
    NumberMatch,
    UnitEntry,
    _fold,
    _key,
    _norm,
    find_numbers,
    match_unit,
    unit_entries,
)

_FLAGS = re.IGNORECASE
_BOUNDARY = re.compile(r"[;:,()\n\[\]]|\.(?=\s|[A-ZĐÀ-Ỹ])|\.$")
_SENTENCE_END = re.compile(r"[\n]|\.(?=\s|[A-ZĐÀ-Ỹ])")
_LIST_MARKER = re.compile(r"^(?:[-+•*–]\s*|\(?(?:\d{1,2}|[a-zđ]|[ivx]{1,4})[.)]\s+)+", _FLAGS)


@dataclass(frozen=True)
class TargetMatch:
    """A prescribed quantity in a sentence; every offset pair indexes the sentence passed in.

    Example: "ít nhất 30% dân số trên địa bàn cài đặt ứng dụng này" → comparator ">=", value 30.0,
    unit "%", base "dân số trên địa bàn", metric "dân số trên địa bàn cài đặt ứng dụng".
    """

    start: int
    end: int
    text: str
    comparator: str
    value: float
    value_max: float | None
    unit: str | None
    unit_id: str | None
    currency: str | None
    per: str | None
    metric: tuple[int, int] | None
    base: tuple[int, int] | None
    direction: str | None
    baseline: tuple[int, int] | None
    rule: str




def _alt(terms: list[str]) -> str:
    uniq = sorted({_norm(t) for t in terms if t}, key=lambda t: (-len(t), t))
    parts = []
    for t in uniq:
        pat = r"\s+".join(re.escape(w) for w in t.split())
        if t[-1].isalnum():
            pat += r"(?!\w)"
        if t[0].isalnum():
            pat = r"(?<!\w)" + pat
        parts.append(pat)
    return "(?:" + "|".join(parts) + ")"


@dataclass
class _Lex:
    cue_of: dict[str, dict[str, Any]]
    before_re: re.Pattern[str]
    after_re: re.Pattern[str]
    condition_re: re.Pattern[str]
    baseline_re: re.Pattern[str]
    per_before_re: re.Pattern[str]
    per_after_re: re.Pattern[str]
    lead_re: re.Pattern[str]
    base_end_re: re.Pattern[str]
    trailing_re: re.Pattern[str]
    cue_any_tail_re: re.Pattern[str]
    from_re: re.Pattern[str]
    time_head_re: re.Pattern[str]
    unit_by_id: dict[str, UnitEntry]


@lru_cache(maxsize=1)
def _lex() -> _Lex:
    f = "numbers/comparators.yaml"
    cue_of: dict[str, dict[str, Any]] = {}
    before: list[str] = []
    after: list[str] = []
    for e in entries(f, "cues"):
        for t in e["terms"]:
            if e.get("position") == "after":
                after.append(t)
                cue_of["after:" + _key(t)] = e
            else:
                before.append(t)
                cue_of.setdefault(_key(t), e)
    fillers = [t for e in entries(f, "fillers") for t in e["terms"]]
    for t in fillers:
        cue_of.setdefault(_key(t), {"id": "filler", "strength": "filler"})
    before_re = re.compile(r"(" + _alt(before + fillers) + r")\s*$", _FLAGS)
    after_re = re.compile(r"\s*(" + _alt(after) + r")", _FLAGS)
    condition_re = re.compile(_alt([t for e in entries(f, "conditions") for t in e["terms"]]), _FLAGS)
    base_terms = [t for e in entries(f, "baselines") if not e.get("before") for t in e["terms"]]
    from_terms = [t for e in entries(f, "baselines") if e.get("before") for t in e["terms"]]
    from_re = re.compile(_alt(from_terms), _FLAGS)
    baseline_re = re.compile(r"\s*(" + _alt(base_terms) + r")\s+", _FLAGS)
    p = "numbers/per_unit.yaml"
    nouns = [t for e in entries(p, "nouns") for t in e["terms"]]
    units = unit_entries()
    markers_before = [t for e in entries(p, "markers") if e.get("position") == "before" for t in e["terms"]]
    markers_after = [t for e in entries(p, "markers") if e.get("position") == "after" for t in e["terms"]]
    per_before_re = re.compile(r"(" + _alt(markers_before) + r")\s+(" + _alt(nouns) + r")", _FLAGS)
    per_after_re = re.compile(r"\s*(" + _alt(markers_after) + r")\s*(" + _alt(nouns) + r")", _FLAGS)
    m = "numbers/metric_stops.yaml"
    lead_re = re.compile(_alt([t for e in entries(m, "lead_ins") for t in e["terms"]]), _FLAGS)
    base_end_re = re.compile(_alt([t for e in entries(m, "base_end") for t in e["terms"]]), _FLAGS)
    trailing = [t for e in entries(m, "trailing") for t in e["terms"]]
    trailing_re = re.compile(r"\s*" + _alt(trailing + before + fillers) + r"\s*$", _FLAGS)
    heads = [t for e in entries(m, "time_heads") for t in e["terms"]]
    time_head_re = re.compile(_alt(heads) + r"\s+(?:[IVX]+|\d{1,4})(?:\s*[-–/]\s*\d{2,4})?(?!\w)\s*,?",
                              _FLAGS)
    cue_any_tail_re = re.compile(r"\s+" + _alt(before) + r"\s*$", _FLAGS)
    return _Lex(cue_of, before_re, after_re, condition_re, baseline_re, per_before_re, per_after_re, lead_re,
                base_end_re, trailing_re, cue_any_tail_re, from_re, time_head_re, {u.id: u for u in units})


# (sentence start, shape, inheritable cue entry, direction, unit id, end) of the targets seen so far.
_Shape = tuple[int, str, dict[str, Any] | None, str | None, str | None, int]


def _metric_start(text: str, pos: int, floor: int, figure: int) -> int:
    """Start of the clause before ``pos`` for a metric: parentheses closed before ``pos`` are kept."""
    start = floor
    depth = 0
    i = pos - 1
    while i >= floor:
        c = text[i]
        if c == ")":
            depth += 1
        elif c == "(":
            if depth == 0:
                return i + 1
            depth -= 1
        elif depth == 0 and (c in ";,\n" or c == "." and i + 1 < len(text) and _SENTENCE_END.match(text, i)
                             or c == ":" and text[i + 1:figure].strip()):
            # A colon right before the figure introduces it ("Đất trồng cây …: 05 triệu đồng/1 ha").
            return i + 1
        i -= 1
    return start


def _clause_start(text: str, pos: int, floor: int = 0) -> int:
    start = floor
    for m in _BOUNDARY.finditer(text, floor, pos):
        start = m.end()
    return start


def _clause_end(text: str, pos: int, limit: int) -> int:
    m = _BOUNDARY.search(text, pos, limit)
    return m.start() if m else limit


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def _trim_tail(text: str, s: int, e: int) -> tuple[int, int]:
    """``[s, e)`` without trailing stop words ("… ứng dụng này" → "… ứng dụng") and spaces."""
    lex = _lex()
    s, e = _strip(text, s, e)
    while e > s:
        if text[e - 1] in ":;,-–":
            s, e = _strip(text, s, e - 1)
            continue
        m = lex.trailing_re.search(text, s, e)
        if not m:
            break
        s, e = _strip(text, s, m.start())
    return s, e


def _span(pair: tuple[int, int]) -> tuple[int, int] | None:
    return pair if pair[1] > pair[0] else None


@dataclass
class _Cue:
    entry: dict[str, Any]
    start: int
    end: int


def _left_cues(text: str, pos: int, floor: int) -> list[_Cue]:
    """Cue words right before ``pos`` (nearest first), reading right-to-left over fillers."""
    lex = _lex()
    cues: list[_Cue] = []
    end = pos
    lo = max(floor, pos - 80)
    while end > lo:
        m = lex.before_re.search(text, lo, end)
        if not m:
            break
        e = lex.cue_of.get(_fold(m.group(1)))
        if e is None:
            break
        cues.append(_Cue(e, m.start(1), m.end(1)))
        end = m.start(1)
    return cues


def _metric_left(text: str, s: int, e: int) -> tuple[int, int]:
    """The noun phrase before a figure: after the last lead-in word, list marker and spaces removed."""
    lex = _lex()
    s, e = _strip(text, s, e)
    while s < e and text[s] in ")]}.,;:":
        s += 1
    s, e = _strip(text, s, e)
    lm = _LIST_MARKER.match(text, s, e)
    if lm:
        s = lm.end()
    last = None
    for m in lex.lead_re.finditer(text, s, e):
        last = m
    if last is not None:
        s = last.end()
    s, e = _strip(text, s, e)
    tm = lex.time_head_re.match(text, s, e)
    if tm:
        s, e = _strip(text, tm.end(), e)
    return _trim_tail(text, s, e)


def find_targets(text: str) -> list[TargetMatch]:
    """Every numeric target in one sentence ``text`` (normalised), in order.

    Example: ``find_targets("mỗi tỉnh chọn 01 huyện")`` → one target: "=", 1.0, unit "huyện",
    per "tỉnh", rule ``per_unit``.
    """
    nums = find_numbers(text)
    out: list[TargetMatch] = []
    shapes: list[_Shape] = []
    consumed = floor = 0
    for idx, n in enumerate(nums):
        if n.start < consumed:
            continue
        nxt = nums[idx + 1].start if idx + 1 < len(nums) else len(text)
        t = _target(text, n, floor, nxt, shapes)
        if t is None:
            continue
        out.append(t)
        consumed = t.end
        # The next metric starts after this one's metric when that follows the figure.
        floor = max(t.end, t.metric[1] if t.metric and t.metric[0] >= t.start else t.end)
    return out


def _target(text: str, n: NumberMatch, floor: int, nxt: int, shapes: list[_Shape]) -> TargetMatch | None:
    lex = _lex()
    hit = match_unit(text, n.end)
    unit = hit.entry if hit else None
    if unit is not None and unit.kind in ("time", "age"):
        return None
    pos = hit.end if hit else n.end
    clause_s = _clause_start(text, n.start, floor)
    sent_s = 0
    for m in _SENTENCE_END.finditer(text, 0, n.start):
        sent_s = m.end()
    cues = _left_cues(text, n.start, clause_s)
    real = [c for c in cues if c.entry.get("strength") != "filler"]
    cue_start = real[-1].start if real else n.start
    # Conditions: "có giá trị từ 300 triệu đồng trở lên" says whom a rule applies to.
    if lex.condition_re.search(text, clause_s, cue_start):
        return None
    # Per-unit before the figure: "mỗi người dân một điện thoại thông minh".
    per: str | None = None
    per_start: int | None = None
    for m in lex.per_before_re.finditer(text, clause_s, cue_start):
        per, per_start = m.group(2), m.start(1)
    # After the unit: per ("/ hộ", "cho mỗi hộ"), then "trở lên".
    end = pos
    pm = lex.per_after_re.match(text, pos)
    if pm and per is None:
        per = pm.group(2)
        end = pm.end()
    am = lex.after_re.match(text, end)
    after_cue = None
    if am:
        after_cue = _Cue(lex.cue_of["after:" + _fold(am.group(1))], am.start(1), am.end(1))
        end = am.end()
    bound = after_cue or next((c for c in real if c.entry.get("strength") == "bound"), None)
    change = next((c for c in real if c.entry.get("strength") == "change"), None)
    achieve = next((c for c in real if c.entry.get("strength") == "achieve"), None)
    equal = next((c for c in real if c.entry.get("strength") == "equal"), None)
    word_number = not any(c.isdigit() for c in n.text)
    if unit is None:
        # "gấp đôi" → "lần": a unit implied by the cue.
        cue_unit = next((c.entry.get("unit_id") for c in real if c.entry.get("unit_id")), None)
        unit = lex.unit_by_id.get(str(cue_unit)) if cue_unit else None
    if unit is None and not (bound or change or achieve):
        return None
    if (word_number and " " not in n.text.strip() and not real and after_cue is None and per_start is None
            and unit is not None and unit.kind not in ("percent", "permille")):
        return None  # "của một lao động": a lone number word needs a cue or "mỗi"
    direction = None
    if change is not None:
        direction = str(change.entry["comparator"])
    elif bound is not None and bound.entry.get("direction"):
        direction = str(bound.entry["direction"])
    is_change = direction is not None
    # Metric before the figure, and for a change the reference "từ 7 triệu năm 2005".
    metric_s = _metric_start(text, cue_start, floor, n.start)
    left_end = per_start if per_start is not None else cue_start
    baseline: tuple[int, int] | None = None
    if is_change:
        froms = list(lex.from_re.finditer(text, metric_s, left_end))
        fm = froms[-1] if froms else None
        if fm is not None and find_numbers(text[fm.end(): left_end]):
            baseline = _span(_trim_tail(text, fm.start(), left_end))
            left_end = fm.start()
    left_metric = _metric_left(text, metric_s, left_end)
    metric: tuple[int, int] | None = _span(left_metric)
    # Right phrase: base of a share, baseline of a change.
    clause_e = _clause_end(text, end, len(text))
    right_e = min(clause_e, nxt) if nxt > end else clause_e
    base: tuple[int, int] | None = None
    right = _cut_next_cue(text, _strip(text, end, right_e))
    share = unit is not None and unit.kind in ("percent", "permille")
    if right[1] > right[0]:
        bm = lex.baseline_re.match(text, right[0] - 1 if right[0] > 0 else 0)
        bm = bm if bm and bm.start(1) == right[0] else None
        if bm:
            ref = _trim_tail(text, bm.end(), right[1])
            if is_change:
                baseline = _span((bm.start(1), ref[1]))
            elif share:
                base = _span(ref)
            end = max(end, ref[1])
        elif share:
            full = _trim_tail(text, right[0], right[1])
            be = lex.base_end_re.search(text, full[0], full[1])
            base = _span(_trim_tail(text, full[0], be.start()) if be else full)
            if metric is None and not (be and be.start() == full[0]):
                metric = _span(full)
            if base is not None:
                end = max(end, base[1])
        elif unit is not None and unit.kind == "times" and is_change:
            baseline = _span(_trim_tail(text, right[0], right[1]))
            if baseline:
                end = max(end, baseline[1])
    if is_change and (baseline is None or n.start < baseline[0] and baseline[1] < clause_e):
        # The reference of a change runs to the end of its clause ("so với 2 dự toán").
        bm2 = lex.baseline_re.search(text, baseline[0] if baseline else end, clause_e)
        if bm2 and (baseline is not None or bm2.start(1) >= end):
            baseline = _span(_trim_tail(text, bm2.start(1), clause_e))
    # Comparator: the nearest bound, else the change, "đạt", "là"; else inherited, else "=".
    if left_metric[1] > left_metric[0]:
        shape = "metric_first"
    else:
        shape = "figure_first" if base is not None else "bare"
    decider = bound or change or achieve or equal
    if decider is not None:
        comparator, rule = str(decider.entry["comparator"]), str(decider.entry["id"])
        inherit_entry = decider.entry if decider.entry.get("inheritable") else None
        shapes.append((sent_s, shape, inherit_entry, direction, unit.id if unit else None, n.end))
    else:
        uid = unit.id if unit else None
        same = [sh for sh in shapes if sh[0] == sent_s and sh[2] is not None and sh[4] == uid
                and (shape == "bare" or sh[1] == shape)]
        prior = (same[-1] if shape == "bare" else same[0]) if same else None
        if prior is not None and prior[2] is not None:
            comparator, rule = str(prior[2]["comparator"]), "elliptical"
            # A change carries over only inside one ";"-item ("cắt giảm ít nhất 30% …, 30% …").
            direction = prior[3] if ";" not in text[prior[5]:n.start] else None
            if comparator in ("increase", "decrease") and direction is None:
                comparator = "="
        else:
            comparator, rule = "=", ("per_unit" if per_start is not None else "bare_figure")
    text_s = cues[-1].start if cues else n.start
    start = min(text_s, n.start, per_start if per_start is not None else n.start)
    if baseline is not None and baseline[0] > n.start:
        end = max(end, baseline[1])
    s, e = _strip(text, start, end)
    return TargetMatch(
        start=s,
        end=e,
        text=text[s:e],
        comparator=comparator,
        value=n.value,
        value_max=n.value_max,
        unit=unit.unit if unit else None,
        unit_id=unit.id if unit else None,
        currency=unit.currency if unit else None,
        per=per,
        metric=metric,
        base=base,
        direction=direction,
        baseline=baseline,
        rule=rule,
    )


def _cut_next_cue(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """Drop cue words at the end of a right phrase that belong to the next figure ("… bằng")."""
    lex = _lex()
    s, e = span
    while e > s:
        m = lex.cue_any_tail_re.search(text, s, e)
        if not m:
            break
        e = m.start()
    return _strip(text, s, e)
