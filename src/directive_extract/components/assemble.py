"""``de_assemble``: group the proposed spans into directive drafts.

Per clause (semicolon pieces, a verbless piece merged into the one before it):
- a clause is a directive when it holds a cue, when it is an item under a lead-in that
  directs ("… thực hiện các nội dung sau:", "3. Bộ Tài chính:"), or when it opens with an
  actor followed by a verb (news style: "Sở … phối hợp với … tham mưu …");
- actors get roles from their position: after an object cue → addressees, before a subject
  or modal cue → addressees, before an object cue → issuer, after "phối hợp với" →
  coordinators, after "tham mưu cho"/"báo cáo" → reported to;
- missing fields are inherited: addressees and issuer from the lead-in, or from the clause
  before in the same sentence; a deadline written once at the end of a sentence applies to
  every clause of it; a lead-in's deadline to its items;
- the action runs from the first word after cue/addressees/coordinators to the clause end,
  without a trailing deadline or recurrence phrase.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from datetime import date as _date

from spacy.language import Language
from spacy.tokens import Doc

from directive_extract.components.common import DRAFT, doc_text, mentions, segmentation
from directive_extract.draft import DirectiveDraft, DocumentDraft, Mention
from directive_extract.lexicon import Lexicon, lexicon
from directive_extract.segment import Segmentation

ROLES = "directives/roles.yaml"
FILTERS = "directives/filters.yaml"

_JOIN = re.compile(r"^(?:\s*(?:,|và|cùng|hoặc|với|;)\s*)*$", re.IGNORECASE)
_PAREN = re.compile(r"^\s*\([^()]*\)")
_TRAIL = re.compile(r"[\s.;:,…]+$")
_YEARS = re.compile(r"\s*(\d{4})\s*[-–]\s*(\d{4})")
_FIGURE = re.compile(r"\d+(?:[.,]\d+)?\s*%|\d+(?:[.,]\d+)*\s+(?:tỷ|triệu|nghìn|ngàn)")
_LEAD = re.compile(r"[\s,;:.\-–]+")
# "UBND tỉnh Đồng Tháp quyết liệt đôn đốc, chỉ đạo …": a verb joined to the cue, up to three syllables
_COORDINATED_VERB = re.compile(r"\s*\w+(?:\s+\w+){0,2}\s*(?:,|\svà)\s*")
_LEADS_TO_COORDINATION = re.compile(r"[\s,]*(?:(?:chủ trì|chủ động|tích cực|khẩn trương)[\s,]*)*")
_PAST_BEFORE = re.compile(r"\s(?:đã|vừa|cũng đã)\s+$")
_NOMINAL_DATE = re.compile(r"\bviệc\s[^,;:]*$")
_POSSESSIVE = re.compile(r"\bcủa\s+$", re.IGNORECASE)


@dataclass
class Unit:
    """A clause after merging: normalised offsets and where it sits."""

    start: int
    end: int
    sentence: int
    block: int
    index_in_sentence: int
    verbs: list[int] = field(default_factory=list)


@dataclass
class Context:
    """What a lead-in passes to the items under it."""

    modality: str | None = None
    cue: Mention | None = None
    issuer: Mention | None = None
    addressees: list[Mention] = field(default_factory=list)
    coordinators: list[Mention] = field(default_factory=list)
    deadline: Mention | None = None
    recurrence: Mention | None = None
    directing: bool = False


def _lex(key: str, name: str) -> Lexicon:
    """The (cached) lexicon under ``key`` in the data file ``name``."""
    return lexicon(name, key)


def _verbs(doc: Doc, start: int, end: int) -> list[int]:
    """Start offsets of verb words in ``[start, end)``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return []
    return [t.idx for t in span if t.tag_ == "V" and t._.word_start and start <= t.idx < end]


def _units(doc: Doc, seg: Segmentation) -> list[Unit]:
    units: list[Unit] = []
    text = doc_text(doc)
    for si, sent in enumerate(seg.sentences):
        k = 0
        for ci in sent.clauses:
            c = seg.clauses[ci]
            verbs = _verbs(doc, c.start, c.end)
            elliptical = (
                units
                and units[-1].sentence == si
                and _FIGURE.search(text, c.start, c.end)
                and _FIGURE.search(text, units[-1].start, units[-1].end)
                and len(text[c.start : c.end].split()) <= 10
            )
            if units and units[-1].sentence == si and (not verbs or elliptical):
                units[-1].end = c.end  # no verb of its own: more objects of the verb before
                continue
            units.append(Unit(c.start, c.end, si, sent.block, k, verbs))
            k += 1
    return units


def _chain(actors: list[Mention], text: str, pos: int, limit: int) -> list[Mention]:
    """Actors written one after another from ``pos``: "Bộ Y tế, Bộ Công an và UBND các tỉnh"."""
    out: list[Mention] = []
    for a in actors:
        if a.start < pos or a.start >= limit:
            continue
        gap = text[pos : a.start]
        if out:
            paren = _PAREN.match(gap)
            if paren:
                gap = gap[paren.end() :]
        if _JOIN.match(gap) or (not out and not gap.strip()):
            out.append(a)
            pos = a.end
            paren = _PAREN.match(text[pos:limit])
            if paren:
                pos += paren.end()
        elif out:
            break
        else:
            break
    return out


def _chain_before(actors: list[Mention], text: str, start: int, pos: int) -> list[Mention]:
    """The actor chain that ends right before ``pos`` (the subject of a cue)."""
    cands = [a for a in actors if start <= a.start and a.end <= pos]
    # the earliest actor whose chain reaches ``pos``: "Thực hiện Chỉ thị … của Thủ tướng Chính phủ
    # …, Uỷ ban nhân dân tỉnh yêu cầu" → the chain is "Uỷ ban nhân dân tỉnh", not the first actor
    for i, first in enumerate(cands):
        chain = _chain(cands[i:], text, first.start, pos)
        gap = text[chain[-1].end : pos] if chain else ""
        gap = _skip_apposition(re.sub(r"^[\s,]*(?:\([^()]*\))?[\s,]*", "", gap))
        for m in reversed(_lex("manner_adverbs", FILTERS).find(gap)):
            gap = gap[: m.start] + gap[m.end :]
        if chain and (not gap.strip(" ,") or _COORDINATED_VERB.fullmatch(gap)):
            return chain
    return []


def _possessed(text: str, start: int, a: Mention) -> bool:
    """``a`` follows "của" (not before ``start``): the owner of a phrase, not a subject."""
    return _POSSESSIVE.search(text, max(start, a.start - 8), a.start) is not None


def _outside(items: list[Mention], spans: list[Mention]) -> list[Mention]:
    """The mentions of ``items`` that lie inside none of ``spans`` (both sorted by start)."""
    starts = [m.start for m in spans]
    out = []
    for m in items:
        k = bisect_left(starts, m.start + 1) - 1  # the last span starting at or before m
        inside = any(spans[j].start <= m.start and m.end <= spans[j].end for j in range(max(0, k - 2), k + 1))
        if not inside:
            out.append(m)
    return out


def _skip_apposition(gap: str, max_words: int = 8) -> str:
    """ "đặc biệt là các đô thị lớn tiếp tục" → "tiếp tục": an emphasis on part of the subject,
    up to the first manner adverb (or the whole gap when it is short and has none)."""
    opens = [m for m in _lex("subject_appositions", FILTERS).find(gap) if m.start == 0]
    if not opens:
        return gap
    rest = gap[opens[0].end :]
    adverbs = _lex("manner_adverbs", FILTERS).find(rest)
    cut = adverbs[0].start if adverbs else len(rest)
    if len(rest[:cut].split()) > max_words or ";" in rest[:cut]:
        return gap
    return rest[cut:]


def _after_phrases(
    lex: Lexicon, actors: list[Mention], text: str, start: int, end: int
) -> list[list[Mention]]:
    groups: list[list[Mention]] = []
    for m in lex.find(text, start, end):
        chain = _chain(actors, text, m.end, end)
        if chain:
            groups.append(chain)
    return groups


def _is_report(
    text: str, start: int, end: int, anchor: int | None, cue: Mention | None = None, window: int = 40
) -> bool:
    """A report of what was done ("Bộ đã phối hợp … chỉ đạo tổ chức thành công …") or praise.

    A past marker right before a directing word ("Thủ tướng đã yêu cầu …") reports a directive,
    which still counts; before another verb it reports an action.
    """
    past = _lex("report_markers", FILTERS)
    praise = _lex("praise", FILTERS)
    if praise.find(text, start, min(end, start + 80)):
        return True
    if anchor is None:
        return False
    markers = past.find(text, max(start, anchor - window), anchor + 1)
    if not markers:
        return False
    if cue is not None and cue.values["pattern"] == "object":
        last = markers[-1]
        if not text[last.end : cue.start].strip():
            return False  # "đã yêu cầu": a reported directive ("đã chủ trì cuộc họp" reports a meeting)
    return True


def _action(
    text: str, start: int, end: int, trailing: list[Mention], actors: list[Mention]
) -> tuple[int, int] | None:
    """The action span: skip joiners, coordination and modal words; cut trailing time phrases."""
    coord = _lex("coordination", ROLES)
    skip = _lex("skip_before_action", FILTERS)
    completion = _lex("completion", FILTERS)
    s = start
    for _ in range(4):
        lead = _LEAD.match(text, s, end)
        if lead:
            s = lead.end()
        moved = False
        for m in coord.find(text, s, min(end, s + 40)):
            if m.start == s:
                chain = _chain(actors, text, m.end, end)
                if chain:
                    s = chain[-1].end
                    paren = _PAREN.match(text[s:end])
                    if paren:
                        s += paren.end()
                    moved = True
                break
        for m in skip.find(text, s, min(end, s + 12)):
            if m.start == s:
                s = m.end
                moved = True
                break
        if not moved:
            break
    lead = _LEAD.match(text, s, end)
    if lead:
        s = lead.end()
    e = end
    for t in sorted(trailing, key=lambda m: -m.end):
        tail = text[t.end : e]
        if (
            t.start >= s
            and _TRAIL.fullmatch(tail or " ") is not None
            or (t.start >= s and not tail.strip(" .;:,"))
        ):
            e = t.start
            comp = [c for c in completion.find(text, max(s, e - 25), e) if not text[c.end : e].strip(" ,")]
            if comp:
                e = comp[-1].start
    trail = _TRAIL.search(text, s, e)
    if trail:
        e = trail.start()
    if e < end:  # something was cut: drop a dangling relation word ("… kết quả thực hiện trước")
        rel = [r for r in _lex("trailing_relations", FILTERS).find(text, max(s, e - 15), e) if r.end == e]
        if rel and rel[-1].start > s:
            e = rel[-1].start
            trail = _TRAIL.search(text, s, e)
            if trail:
                e = trail.start()
    if e <= s:
        return None
    return s, e


def _best_cue(cues: list[Mention]) -> Mention | None:
    directing = [c for c in cues if c.values["pattern"] != "leadin"]
    if not directing:
        return None
    return max(directing, key=lambda c: (c.values["priority"], -c.start))


class Assembler:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.seg = segmentation(doc)
        self.actors = mentions(doc, "actor")
        # a cue word inside an actor's name is part of the name: "giao" in "Bộ Ngoại giao"
        self.cues = _outside(mentions(doc, "cue"), self.actors)
        self.deadlines = mentions(doc, "deadline")
        self.recurrences = mentions(doc, "recurrence")
        self.targets = mentions(doc, "target")
        self.urgency = mentions(doc, "urgency")
        self.contexts: dict[int, Context] = {}
        self.deadline_sentences: set[int] = set()
        self.document_addressees: list[Mention] = []
        self.item_subjects: dict[int, tuple[int, list[Mention]]] = {}
        self._starts: dict[int, list[int]] = {}

    def within(self, items: list[Mention], start: int, end: int) -> list[Mention]:
        """The mentions of ``items`` (sorted by start) inside ``[start, end)``, by bisection."""
        return [m for m in self.starting(items, start, end) if m.end <= end]

    def starting(self, items: list[Mention], start: int, end: int) -> list[Mention]:
        """The mentions of ``items`` that start in ``[start, end)``."""
        key = id(items)
        starts = self._starts.get(key)
        if starts is None or len(starts) != len(items):
            starts = self._starts[key] = [m.start for m in items]
        return items[bisect_left(starts, start) : bisect_left(starts, end)]

    # --- lead-ins -------------------------------------------------------------------------
    def context_of(self, block: int) -> Context | None:
        """The nearest ancestor lead-in's context (computed on first use)."""
        b = self.seg.blocks[block].parent
        while b is not None:
            ctx = self.contexts.get(b)
            if ctx is None:
                ctx = self._leadin_context(b)
                self.contexts[b] = ctx
            if ctx.directing or ctx.addressees or ctx.deadline is not None or ctx.issuer is not None:
                return ctx
            b = self.seg.blocks[b].parent
        return None

    def _concluding_speaker(self, actors: list[Mention], start: int, end: int) -> Mention | None:
        """The actor right before "(đã) có ý kiến kết luận", "kết luận như sau" … in a lead-in."""
        for m in _lex("conclusion_leadins", ROLES).find(self.text, start, end):
            pos = m.start
            past = _PAST_BEFORE.search(self.text, start, pos)
            if past is not None:
                pos = past.start()
            # "… theo Quyết định 489/QĐ-TTg của Thủ tướng Chính phủ, Phó Thủ tướng Chính phủ Trần
            # Hồng Hà có ý kiến": an actor after "của" belongs to the phrase before
            subj = [
                a for a in _chain_before(actors, self.text, start, pos) if not _possessed(self.text, start, a)
            ]
            if subj:
                return subj[0]
        return None

    def _subject_cue(self, cues: list[Mention], actors: list[Mention], u: Unit) -> Mention | None:
        """A modal or subject cue right after the clause's opening actors wins over a directing
        word further on: "Hội đồng quản trị Tổng công ty cần có kế hoạch … để chủ động chỉ đạo …"."""
        body = _body(self.seg, u, self.text)
        for c in cues:
            if c.values["pattern"] not in ("modal", "subject"):
                continue
            subj = _chain_before(actors, self.text, u.start, c.start)
            # at the opening, or after an introductory phrase: "Trên cơ sở kế hoạch …, Hội đồng …"
            if subj and (
                abs(subj[0].start - body) < 3 or self.text[body : subj[0].start].rstrip().endswith(",")
            ):
                return c
        return None

    def _time_header(self, b: int, ctx: Context) -> None:
        """A header naming only a period, "(1) Năm học 2025-2026", dates the items under it; the
        rest of the context comes from the lead-in above."""
        blk = self.seg.blocks[b]
        dls = self.within(self.deadlines, blk.body_start, blk.end)
        if (
            len(dls) != 1
            or self.text[blk.body_start : dls[0].start].strip(" :.,")
            or self.text[dls[0].end : blk.end].strip(" :.,")
        ):
            return
        parent_ctx = self.context_of(b)
        if parent_ctx is not None:
            ctx.directing, ctx.modality, ctx.cue = parent_ctx.directing, parent_ctx.modality, parent_ctx.cue
            ctx.issuer, ctx.addressees = parent_ctx.issuer, parent_ctx.addressees
            ctx.recurrence = parent_ctx.recurrence
        ctx.deadline = dls[0]

    def _leadin_context(self, b: int) -> Context:
        blk = self.seg.blocks[b]
        ctx = Context()
        if not blk.leadin:
            # a header naming only an actor, without a colon: "1. Công an Thành phố"
            actors = self.within(self.actors, blk.body_start, blk.end)
            chain = _chain(actors, self.text, blk.body_start, blk.end) if actors else []
            if (
                chain
                and chain[0].start == blk.body_start
                and not self.text[chain[-1].end : blk.end].strip(" :.,")
            ):
                parent_ctx = self.context_of(b)
                ctx.addressees, ctx.directing = chain, True
                if parent_ctx is not None:
                    ctx.modality, ctx.issuer = parent_ctx.modality, parent_ctx.issuer
                    ctx.deadline, ctx.recurrence = parent_ctx.deadline, parent_ctx.recurrence
            else:
                self._time_header(b, ctx)
            return ctx
        # the last sentence of the lead-in block carries the ":"
        start, end = blk.body_start, blk.end
        if blk.sentences:
            last = self.seg.sentences[blk.sentences[-1]].start
            if self.within(self.cues, last, end) or self.within(self.actors, last, end):
                start = last  # else "… Cụ thể là:": the whole block leads in
        cues = self.within(self.cues, start, end)
        actors = self.within(self.actors, start, end)
        cue = _best_cue(cues)
        parent_ctx = self.context_of(b)
        anchor = cue.start if cue is not None else (cues[0].start if cues else end - 1)
        window = 40
        if cue is None:
            anchor = end - 1  # "Nhiều lĩnh vực đã có chuyển biến …, nổi bật như sau:": the whole lead-in
            window = 400
        reviewing = cue is None and self._results_heading(start, end)
        if cue is None:
            # "Phó Thủ tướng Nguyễn Thiện Nhân đã có ý kiến kết luận như sau:": whoever concludes
            # issues what follows, whether it assesses or directs
            ctx.issuer = self._concluding_speaker(actors, start, end)
        if reviewing or _is_report(self.text, start, end, anchor, cue, window):
            return ctx  # "Lãnh đạo Bộ đã kết luận như sau:": what follows is an assessment
        subj = _chain_before(actors, self.text, start, cue.start) if cue is not None else []
        directed = parent_ctx is not None and parent_ctx.directing
        if cue is not None and subj and cue.values.get("action_in_items") and directed:
            # "(6) Chủ tịch UBND các tỉnh … chỉ đạo các ngành …. Cụ thể là:" under "Thủ tướng yêu cầu:"
            ctx.addressees, ctx.directing = subj, True
        elif cue is not None:
            ctx.cue, ctx.modality, ctx.directing = cue, cue.values["modality"], True
            if cue.values["pattern"] == "object":
                ctx.addressees = _chain(actors, self.text, _skip_ws(self.text, cue.end, end), end)
                subj = _chain_before(actors, self.text, start, cue.start)
                ctx.issuer = subj[0] if subj else None
            else:
                ctx.addressees = _chain_before(actors, self.text, start, cue.start)
        elif any(c.values["pattern"] == "leadin" for c in cues):
            ctx.directing = True
        if not ctx.addressees:
            # a header naming an actor: "3. Bộ Tài chính:", "Giao Bộ Công an:"
            chain = _chain(actors, self.text, _skip_ws(self.text, blk.body_start, end), end)
            if chain and not self.text[chain[-1].end : end].strip(" :.,()"):
                ctx.addressees = chain
                ctx.directing = True
            elif cue is None and actors:
                # the subject of a lead-in: "Theo đó, Chủ tịch UBND các quận … triển khai các nội dung sau:"
                sent = blk.sentences[-1] if blk.sentences else 0
                body = _body(self.seg, Unit(start, end, sent, b, 0), self.text)
                if abs(actors[0].start - body) < 3:
                    ctx.addressees = _chain(actors, self.text, actors[0].start, end)
        if ctx.addressees:
            # "a) Vụ Xuất nhập khẩu chủ trì, phối hợp với các Vụ: … thực hiện các nhiệm vụ sau:" —
            # the partners of the actors who act, not of those they direct ("X chỉ đạo Y phối hợp với Z")
            last = ctx.addressees[-1].end
            for m in _lex("coordination", ROLES).find(self.text, last, end):
                if _LEADS_TO_COORDINATION.fullmatch(self.text, last, m.start):
                    ctx.coordinators = _chain(actors, self.text, _skip_ws(self.text, m.end, end), end)
                break
        if parent_ctx is not None:
            ctx.directing = ctx.directing or parent_ctx.directing
            ctx.modality = ctx.modality or parent_ctx.modality
            ctx.cue = ctx.cue or parent_ctx.cue
            ctx.issuer = ctx.issuer or parent_ctx.issuer
            if not ctx.addressees:
                ctx.addressees = parent_ctx.addressees
                ctx.coordinators = parent_ctx.coordinators
            ctx.deadline = parent_ctx.deadline
            ctx.recurrence = parent_ctx.recurrence
        # a lead-in's own time limit passes to its items, not a date in its purpose clause
        # ("Để …, đặc biệt trong năm 2010, UBND thành phố chỉ thị:")
        # without a directing word a lead-in's date describes ("Xét báo cáo … 05 dự án … có kế hoạch
        # hoàn thành trong năm 2025 …, Phó Thủ tướng … có ý kiến như sau:"); only a plan period
        # ("mục tiêu cụ thể giai đoạn 2026-2030 … như sau:", below) still passes
        dl = self.within(self.deadlines, cue.start, end) if cue is not None else []
        # "… cần xác định việc hoàn thành tuyến chính vào ngày 19/12/2025 là nhiệm vụ …": a date
        # inside a nominalised object is what the lead-in talks about, not its items' time limit
        dl = [m for m in dl if not _NOMINAL_DATE.search(self.text, max(start, m.start - 60), m.start)]
        if dl:
            ctx.deadline = dl[-1]
        elif cue is None:
            period = self._plan_period(start, end)  # "mục tiêu cụ thể giai đoạn 2026-2030 … như sau:"
            if period is not None:
                ctx.deadline = period
        rc = self.within(self.recurrences, start, end)
        if rc:
            ctx.recurrence = rc[-1]
        return ctx

    # --- clauses --------------------------------------------------------------------------
    def run(self) -> DocumentDraft:
        draft = DocumentDraft()
        units = _units(self.doc, self.seg)
        prev_in_sentence: DirectiveDraft | None = None
        prev_sentence = -1
        closing = self.unit_deadlines(units)
        for u, dl in zip(units, closing, strict=True):
            if u.sentence != prev_sentence:
                prev_in_sentence = None
                prev_sentence = u.sentence
            if u.sentence in self.deadline_sentences:
                continue  # "Hoàn thành trước ngày 30/10/2025.": the item's time limit, not a task
            d = self.unit(u, prev_in_sentence, dl)
            if d is not None:
                draft.directives.append(d)
                self.note_item_subject(u, d)
                if (
                    not self.document_addressees
                    and len(draft.directives) <= 2
                    and d.cue is not None
                    and d.cue.values["pattern"] == "object"
                    and d.addressees
                    and not d.addressees_inherited
                    and d.issuer is not None
                ):
                    self.document_addressees = d.addressees
                prev_in_sentence = d
        return draft

    def unit_deadlines(self, units: list[Unit]) -> list[Mention | None]:
        """The time limit written after each unit that closes it or a later unit of its sentence:
        "Khẩn trương xác định …; tuyên truyền …; phối hợp … (xong trước ngày 10/12/2025); có phương án
        … xong trước ngày 30/11/2025." gives 10/12 to the first three, 30/11 to the last; else the
        sentence that closes the item ("Hoàn thành trước ngày 30/10/2025.")."""
        block_deadline = self._block_deadlines()
        out: list[Mention | None] = [None] * len(units)
        pending: list[int] = []  # units of the current sentence still without a closing limit
        for i, u in enumerate(units):
            if pending and units[pending[0]].sentence != u.sentence:
                pending = []
            pending.append(i)
            dls = self.within(self.deadlines, u.start, u.end)
            if dls and not self.text[dls[-1].end : u.end].strip(" .;:,)"):
                for k in pending:
                    out[k] = dls[-1]
                pending = []
            elif dls:
                pending.pop()  # a limit inside the clause is its own; the ones before wait on
        for i, u in enumerate(units):
            if out[i] is None:
                out[i] = block_deadline.get(u.block)
        return out

    def fill_time_targets_action(
        self,
        d: DirectiveDraft,
        u: Unit,
        deadline: Mention | None,
        ctx: Context | None,
        actors: list[Mention],
        action_from: int,
    ) -> None:
        """Deadline (the clause's own, else ``deadline`` closing its sentence or item, else the
        lead-in's), recurrence, urgency, targets and the action span of ``d``."""
        dls = self.within(self.deadlines, u.start, u.end)
        d.deadline = dls[-1] if dls else deadline or (ctx.deadline if ctx else None)
        rcs = self.within(self.recurrences, u.start, u.end)
        d.recurrence = rcs[0] if rcs else (ctx.recurrence if ctx else None)
        d.urgent = bool(self.within(self.urgency, u.start, u.end))
        d.targets = self.starting(self.targets, u.start, u.end)
        d.action = _action(self.text, action_from, u.end, dls + rcs, actors)

    def _block_deadlines(self) -> dict[int, Mention]:
        """Blocks closed by a sentence that only states a time limit, and that limit."""
        out: dict[int, Mention] = {}
        completion = _lex("completion", FILTERS)
        for bi, blk in enumerate(self.seg.blocks):
            if len(blk.sentences) < 2:
                continue
            si = blk.sentences[-1]
            sent = self.seg.sentences[si]
            dls = self.within(self.deadlines, sent.start, sent.end)
            if len(dls) != 1:
                continue
            rest = self.text[sent.start : dls[0].start] + " " + self.text[dls[0].end : sent.end]
            for m in reversed(completion.find(rest)):
                rest = rest[: m.start] + rest[m.end :]
            for m in reversed(_lex("deadline_labels", FILTERS).find(rest)):
                rest = rest[: m.start] + rest[m.end :]
            if not rest.strip(" .;:,-"):
                out[bi] = dls[0]
                self.deadline_sentences.add(si)
        return out

    def _plan_period(self, start: int, end: int) -> Mention | None:
        """A plan's period named in a lead-in: "mục tiêu cụ thể giai đoạn 2026-2030 … như sau:"."""
        for m in _lex("plan_periods", FILTERS).find(self.text, start, end):
            years = _YEARS.match(self.text, m.end, end)
            if years is None:
                continue
            last = int(years.group(2))
            return Mention(
                m.start,
                years.end(),
                "deadline",
                f"{m.id}+period",
                {
                    "relation": "during",
                    "date": _date(last, 12, 31),
                    "value": f"{years.group(1)}/{last}",
                    "start_date": _date(int(years.group(1)), 1, 1),
                    "anchor": "absolute",
                    "flags": [],
                },
            )
        return None

    def _imperative(self, u: Unit) -> bool:
        """An item or a sentence that opens with an action verb: "- Tăng cường kiểm tra …"."""
        blk = self.seg.blocks[u.block]
        if blk.marker is None and blk.parent is None:
            return False  # a plain paragraph opening with a verb is as often a report
        body = _body(self.seg, u, self.text)
        if u.index_in_sentence > 0 or body != _body_of_sentence(self.seg, u, self.text):
            return False
        opens = [
            m
            for m in _lex("imperatives", FILTERS).find(self.text, body, min(u.end, body + 25))
            if m.start == body
        ]
        if not opens:
            return False
        after = self.text[opens[0].end : opens[0].end + 8].lower()
        return not after.lstrip().startswith(("được", "bị", "đã"))

    def _own_requirement(self, u: Unit) -> bool:
        """A lead-in that asks for more than "thực hiện các nội dung sau:" is a directive too."""
        leadins = [c for c in self.within(self.cues, u.start, u.end) if c.values["pattern"] == "leadin"]
        end = leadins[-1].start if leadins else u.end
        directing = [c for c in self.within(self.cues, u.start, end) if c.values["pattern"] != "leadin"]
        cue = _best_cue(directing)
        if cue is None:
            if u.index_in_sentence == 0:
                return False
            # "…; xây dựng phương án thưởng … trước ngày 20/12 và thông báo … các nội dung sau:"
            rest_start = _body(self.seg, u, self.text)
        else:
            actors = self.within(self.actors, u.start, end)
            addr = _chain(actors, self.text, _skip_ws(self.text, cue.end, end), end)
            rest_start = addr[-1].end if addr else cue.end
        rest = self.text[rest_start:end]
        for key in ("generic_leadin_actions", "leadin_objects", "skip_before_action"):
            for m in reversed(_lex(key, FILTERS).find(rest)):
                rest = rest[: m.start] + " " + rest[m.end :]
        return len(rest.replace(",", " ").split()) >= 4

    def _report_destinations(self, actors: list[Mention], u: Unit, known: list[Mention]) -> list[Mention]:
        """ "Báo cáo tiến độ … về Sở Thông tin và Truyền thông": where a report is sent."""
        out: list[Mention] = []
        for verb in _lex("advising", ROLES).find(self.text, u.start, u.end):
            for m in _lex("report_destinations", ROLES).find(self.text, verb.end, min(u.end, verb.end + 120)):
                for a in _chain(actors, self.text, _skip_ws(self.text, m.end, u.end), u.end):
                    if a not in known and a not in out:
                        out.append(a)
                break
        return out

    def default_addressees(self, u: Unit, prev: DirectiveDraft | None, ctx: Context | None) -> list[Mention]:
        """Who acts when a clause names nobody, nearest first: the directive before it in the same
        sentence; the subject that opens its list item ("(2) Bộ trưởng Bộ Công an, … tiếp tục chỉ
        đạo …. Nâng cao hiệu quả …"); its lead-in's or header's actor; the document's addressees
        ("UBND tỉnh yêu cầu các sở, ban, ngành … :" speaks to them throughout)."""
        if prev is not None and prev.addressees and u.index_in_sentence > 0:
            return prev.addressees
        subject = self.item_subjects.get(u.block)
        if subject is not None and subject[0] != u.sentence:
            return subject[1]
        if ctx is not None and ctx.addressees:
            return ctx.addressees
        return self.document_addressees

    def note_item_subject(self, u: Unit, d: DirectiveDraft) -> None:
        """Remember the actors named at the opening of a list item's first sentence."""
        blk = self.seg.blocks[u.block]
        if (
            blk.marker is not None
            and u.block not in self.item_subjects
            and blk.sentences
            and blk.sentences[0] == u.sentence
            and d.addressees
            and not d.addressees_inherited
        ):
            self.item_subjects[u.block] = (u.sentence, d.addressees)

    def _descriptive(self, u: Unit) -> bool:
        """ "Công tác … tiếp tục được đẩy mạnh", "… còn nhiều bất cập": describes, does not direct."""
        body = _body(self.seg, u, self.text)
        words = list(re.finditer(r"\S+", self.text[body : u.end]))
        limit = body + (words[min(11, len(words) - 1)].end() if words else 0)
        return bool(_lex("descriptive_markers", FILTERS).find(self.text, body, limit))

    def _results_heading(self, start: int, end: int) -> bool:
        """ "1. Những kết quả tích cực:", "Hạn chế, yếu kém:": a review section, not a task list."""
        return bool(_lex("review_sections", FILTERS).find(self.text, start, end))

    def _is_heading(self, u: Unit) -> bool:
        """ "1. Về công tác tổ chức hội nghị": a topic line, not a task."""
        piece = self.text[u.start : u.end]
        if piece.rstrip().endswith((".", ";", ":", "!", "?")) or len(piece.split()) > 12:
            return False
        body = _body(self.seg, u)
        return any(m.start == body for m in _lex("topic_headings", FILTERS).find(self.text, body, body + 12))

    def _is_title(self, u: Unit) -> bool:
        """The document's title on its first line, "Chỉ thị về tăng cường công tác quản lý …":
        it names the document, it does not direct."""
        if u.block != 0 or self.seg.blocks[0].marker is not None:
            return False
        piece = self.text[u.start : u.end].rstrip()
        if piece.endswith((".", ";", ":", "!", "?")):
            return False
        return any(
            m.start == u.start
            for m in _lex("document_titles", FILTERS).find(self.text, u.start, u.start + 30)
        )

    def _topic_actors(self, actors: list[Mention], u: Unit, limit: int) -> list[Mention]:
        """ "Với các địa phương có …, cần …" → the actors after the topic marker."""
        body = _body(self.seg, u, self.text)
        for m in _lex("topic_markers", FILTERS).find(self.text, body, min(limit, body + 20)):
            if m.start == body:
                return _chain(actors, self.text, _skip_ws(self.text, m.end, limit), limit)
        return []

    def unit(
        self, u: Unit, prev: DirectiveDraft | None, sentence_deadline: Mention | None
    ) -> DirectiveDraft | None:
        text = self.text
        blk = self.seg.blocks[u.block]
        is_leadin_tail = blk.leadin and u.end >= blk.end - 1
        if is_leadin_tail and not self._own_requirement(u):
            return None
        if self._is_heading(u) or self._is_title(u):
            return None
        cues = self.within(self.cues, u.start, u.end)
        actors = self.within(self.actors, u.start, u.end)
        cue = self._subject_cue(cues, actors, u) or _best_cue(cues)
        ctx = self.context_of(u.block)
        first_verb = u.verbs[0] if u.verbs else None
        if _is_report(text, u.start, u.end, first_verb if cue is None else cue.start, cue, window=80):
            return None
        if (
            cue is not None
            and cue.values["modality"] == "permission"
            and not _chain_before(actors, text, u.start, cue.start)
        ):
            cue = None  # "có thể" in a description, not a permission granted to someone
        if cue is not None and cue.values["pattern"] == "modal":
            body = _body(self.seg, u, text)
            subject = _chain_before(actors, text, u.start, cue.start) or self._topic_actors(
                actors, u, cue.start
            )
            opens_with_verb = any(
                m.start == body for m in _lex("imperatives", FILTERS).find(text, body, min(u.end, body + 25))
            )
            # "Cắt giảm đối tượng phải thực hiện …": a modal inside the object of an imperative;
            # "Việc sản xuất tôm giống … phải được quản lý": a requirement on a thing
            if cue.start - body > 3 and not subject and opens_with_verb:
                # "Cắt giảm đối tượng phải thực hiện …": a modal inside a relative clause
                others = [c for c in cues if c is not cue and c.values["pattern"] != "modal"]
                cue = _best_cue(others)
        if cue is None and self._descriptive(u):
            return None
        rule: str
        if cue is not None:
            rule = "assemble.cue"
        elif ctx is not None and ctx.directing and u.verbs:
            rule = "assemble.leadin_item"
        elif prev is not None and u.verbs:
            rule = "assemble.same_sentence"
        elif self._imperative(u):
            rule = "assemble.imperative"
        elif (
            actors
            and abs(actors[0].start - _body(self.seg, u, text)) < 4
            and any(v >= actors[0].end for v in u.verbs)
        ):
            head = _chain(actors, text, actors[0].start, u.end)
            verb = (
                next(v for v in u.verbs if v >= head[-1].end)
                if any(v >= head[-1].end for v in u.verbs)
                else None
            )
            if verb is None:
                return None
            if any(
                m.start - head[-1].end < 3
                for m in _lex("stative_verbs", FILTERS).find(
                    text, head[-1].end, min(u.end, head[-1].end + 12)
                )
            ):
                return None  # "X là đơn vị …": a description
            gap = text[head[-1].end : verb]
            coord_ok = bool(_lex("coordination", ROLES).find(text, head[-1].end, verb + 1))
            if len(gap.strip(" ,()")) > 60 and not coord_ok:
                return None
            rule = "assemble.actor_verb"
        else:
            return None
        d = DirectiveDraft(u.start, u.end, "obligation", rule)
        d.provenance.append(rule)
        coordinators = [
            a for g in _after_phrases(_lex("coordination", ROLES), actors, text, u.start, u.end) for a in g
        ]
        advised = [
            a for g in _after_phrases(_lex("advising", ROLES), actors, text, u.start, u.end) for a in g
        ]
        advised += self._report_destinations(actors, u, advised)
        taken = {id(a) for a in coordinators + advised}
        free = [a for a in actors if id(a) not in taken]
        action_from = u.start
        if cue is not None:
            d.cue = cue
            d.modality = cue.values["modality"]
            d.provenance.append(cue.rule)
            subj = _chain_before(free, text, u.start, cue.start) if cue.values["pattern"] == "object" else []
            in_item = ctx is not None and ctx.directing
            if in_item and cue.values.get("action_in_items") and not subj and ctx is not None:
                # "- Chỉ đạo Sở Văn hóa … phối hợp …" under "Chủ tịch UBND các tỉnh …:": directing
                # others is the inherited addressee's action
                d.cue = ctx.cue
                d.modality = ctx.modality or "obligation"
                action_from = _body(self.seg, u, text)
            elif subj and in_item and ctx is not None:
                # "(4) Bộ Văn hóa … chỉ đạo các cơ quan …" under a directing lead-in: the subject
                # must act, and directing others is its action
                d.addressees = subj
                d.cue = ctx.cue
                d.modality = ctx.modality or "obligation"
                action_from = subj[-1].end
            elif cue.values["pattern"] == "object":
                addr = _chain(free, text, _skip_ws(text, cue.end, u.end, extra=("cho",)), u.end)
                d.addressees = addr
                if subj:
                    d.issuer = subj[0]
                action_from = addr[-1].end if addr else cue.end
            else:
                d.addressees = _chain_before(free, text, u.start, cue.start)
                if not d.addressees:
                    d.addressees = self._topic_actors(free, u, cue.start)
                if not d.addressees and cue.values["pattern"] in ("subject", "modal"):
                    # "Bộ Công an làm tốt chức năng chủ trì …", "UBND tỉnh An Giang xem xét … giá công
                    # bố phải phù hợp …": the actor that opens the clause is its subject
                    body = _body(self.seg, u, text)
                    head = [a for a in free if abs(a.start - body) < 3 and a.end <= cue.start]
                    if head:
                        d.addressees = _chain(free, text, head[0].start, cue.start)
                action_from = cue.end
        else:
            body = _body(self.seg, u, text)
            head = [a for a in free if abs(a.start - body) < 4]
            if head:
                d.addressees = _chain(free, text, head[0].start, u.end)
                action_from = d.addressees[-1].end if d.addressees else u.start
            if ctx is not None and ctx.modality:
                d.modality = ctx.modality
            if ctx is not None and ctx.cue is not None:
                d.cue = ctx.cue  # the lead-in's directing word, where it is written
                d.provenance.append(ctx.cue.rule)
        if not d.addressees:
            d.addressees = self.default_addressees(u, prev, ctx)
            d.addressees_inherited = bool(d.addressees)
        if d.issuer is None:
            if prev is not None and prev.issuer is not None:
                d.issuer, d.issuer_inherited = prev.issuer, True
            elif ctx is not None and ctx.issuer is not None:
                d.issuer, d.issuer_inherited = ctx.issuer, True
        d.coordinators = coordinators
        if not coordinators and d.addressees_inherited:
            # "Vụ Kế hoạch chủ trì, phối hợp với các Vụ: … thực hiện …; rà soát …": whoever acts
            # for the clause before, with the same partners
            if prev is not None and d.addressees is prev.addressees and prev.coordinators:
                d.coordinators, d.coordinators_inherited = prev.coordinators, True
            elif ctx is not None and d.addressees is ctx.addressees and ctx.coordinators:
                d.coordinators, d.coordinators_inherited = ctx.coordinators, True
        d.reported_to = advised
        self.fill_time_targets_action(d, u, sentence_deadline, ctx, actors, action_from)
        # modality override inside the action: "không được", "nghiêm cấm"
        if d.cue is None:
            for c in cues:
                if c.values["modality"] == "prohibition":
                    d.modality = "prohibition"
        d.confidence = _confidence(d, ctx)
        return d


def _body(seg: Segmentation, u: Unit, text: str = "") -> int:
    """Where the unit's words begin: after a list marker and an opener ("Ngoài ra, ")."""
    pos = max(u.start, seg.blocks[u.block].body_start)
    if text:
        for m in _lex("opening_adverbials", FILTERS).find(text, pos, min(u.end, pos + 40)):
            if m.start == pos:
                pos = _skip_ws(text, m.end, u.end)
            break
        for m in _lex("topic_headings", FILTERS).find(text, pos, min(u.end, pos + 12)):
            colon = text.find(":", m.end, min(u.end, m.end + 80))
            if m.start == pos and colon > 0 and colon + 1 < u.end:
                pos = _skip_ws(text, colon + 1, u.end)
            break
    return pos


def _body_of_sentence(seg: Segmentation, u: Unit, text: str) -> int:
    sent = seg.sentences[u.sentence]
    first = seg.clauses[sent.clauses[0]]
    return _body(seg, Unit(first.start, first.end, u.sentence, u.block, 0), text)


def _skip_ws(text: str, pos: int, end: int, extra: tuple[str, ...] = ()) -> int:
    while pos < end and text[pos] in " ,:":
        pos += 1
    for w in extra:
        if text.startswith(w + " ", pos):
            pos += len(w) + 1
    return pos


def _confidence(d: DirectiveDraft, ctx: Context | None) -> float:
    score = {
        "assemble.cue": 0.75,
        "assemble.leadin_item": 0.7,
        "assemble.same_sentence": 0.6,
        "assemble.actor_verb": 0.5,
        "assemble.imperative": 0.5,
    }.get(d.rule, 0.5)
    if d.addressees:
        score += 0.1
    if d.action is None:
        score -= 0.3
    if d.cue is not None and d.cue.values["pattern"] == "modal" and not d.addressees:
        score -= 0.15
    return round(max(0.05, min(0.95, score)), 2)


def _document_issuer(asm: Assembler, draft: DocumentDraft) -> Mention | None:
    """The document's issuer, in order of evidence: a header line that is only an actor
    ("Thủ tướng chính phủ", "Hội đồng nhân dân tỉnh Lai Châu"); a title "Thông báo kết luận của
    <actor>"; the subject of an issuing verb near the top ("Ngày 16/7/2025, Thủ tướng Chính phủ
    ban hành …"); else the most frequent explicit issuer of its directives."""
    return _header_issuer(asm) or _title_issuer(asm) or _lead_issuer(asm) or _majority_issuer(draft)


def _header_issuer(asm: Assembler) -> Mention | None:
    for blk in asm.seg.blocks[:4]:
        chain = _chain(asm.within(asm.actors, blk.start, blk.end), asm.text, blk.start, blk.end)
        if chain and chain[0].start == blk.start and not asm.text[chain[-1].end : blk.end].strip(" .:"):
            return chain[0]
    return None


def _title_issuer(asm: Assembler) -> Mention | None:
    if not asm.seg.blocks:
        return None
    first = asm.seg.blocks[0]
    for m in _lex("title_authors", ROLES).find(asm.text, first.start, min(first.end, first.start + 80)):
        chain = _chain(
            asm.within(asm.actors, m.end, first.end),
            asm.text,
            _skip_ws(asm.text, m.end, first.end),
            first.end,
        )
        if chain:
            return chain[0]
    return None


def _lead_issuer(asm: Assembler) -> Mention | None:
    issuing = _lex("issuing", ROLES)
    dependent = _lex("advising", ROLES)
    coord = _lex("coordination", ROLES)
    text = asm.text
    for m in issuing.find(text, 0, min(len(text), 600)):
        sent_start = max((s.start for s in asm.seg.sentences if s.start <= m.start), default=0)
        before = [
            a for a in asm.actors if sent_start <= a.start and a.end <= m.start and m.start - a.end < 60
        ]
        for a in before:  # the first actor of the subject: "Cục Phòng bệnh thuộc Bộ Y tế đã ban hành"
            # "Quyết định số 307/2005/QĐ-TTg … của Thủ tướng Chính phủ ban hành …": a cited author
            if _possessed(text, sent_start, a):
                continue
            window = max(sent_start, a.start - 20)
            if dependent.find(text, window, a.start) or coord.find(text, window, a.start):
                continue
            return a
    return None


def _majority_issuer(draft: DocumentDraft) -> Mention | None:
    """The issuer most of the directives name themselves, else the one most inherit from their
    lead-ins ("Ủy ban nhân dân thành phố yêu cầu …:" deep in a Chỉ thị)."""
    return _most_frequent_issuer(draft, explicit=True) or _most_frequent_issuer(draft, explicit=False)


def _most_frequent_issuer(draft: DocumentDraft, explicit: bool) -> Mention | None:
    counts: dict[str, tuple[int, Mention]] = {}
    for d in draft.directives:
        if d.issuer is not None and not (explicit and d.issuer_inherited):
            key = d.issuer.values.get("name", "")
            n, first = counts.get(key, (0, d.issuer))
            counts[key] = (n + 1, first)
    if counts:
        return max(counts.values(), key=lambda x: x[0])[1]
    return None


@Language.component("de_assemble")
def assemble(doc: Doc) -> Doc:
    asm = Assembler(doc)
    draft = asm.run()
    draft.issuer = _document_issuer(asm, draft)
    for d in draft.directives:
        if d.issuer is None and draft.issuer is not None:
            d.issuer, d.issuer_inherited = draft.issuer, True
    doc.user_data[DRAFT] = draft
    return doc
