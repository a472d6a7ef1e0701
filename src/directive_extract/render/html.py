"""One self-contained HTML page of a notice and its directives (no network, no external files).

The text is cut at every span boundary; each piece is a ``<span class="seg">`` whose
``data-d`` lists the directives covering it and whose ``data-r`` lists their roles, so the
page's script can highlight one directive's spans when its card is hovered or clicked.
Everything from the document is escaped: a notice containing ``<script>`` renders as text.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from functools import cache
from html import escape
from importlib import resources

from directive_extract.models import Directive, Document, Target

ROLES = ("clause", "action", "target", "recurrence", "deadline", "issuer", "coordinator", "addressee", "cue")
LABELS = {
    "clause": "mệnh đề",
    "action": "việc phải làm",
    "target": "chỉ tiêu",
    "recurrence": "định kỳ",
    "deadline": "thời hạn",
    "issuer": "cơ quan chỉ đạo",
    "coordinator": "phối hợp",
    "addressee": "cơ quan thực hiện",
    "cue": "từ chỉ đạo",
}


@dataclass(frozen=True)
class Mark:
    start: int
    end: int
    role: str
    directive: str


def marks(doc: Document) -> list[Mark]:
    """Every highlighted span of every directive (offsets into the document text)."""
    out: list[Mark] = []
    for d in doc.directives:
        out.append(Mark(d.start, d.end, "clause", d.id))
        if d.action:
            out.append(Mark(d.action.start, d.action.end, "action", d.id))
        if d.cue:
            out.append(Mark(d.cue.start, d.cue.end, "cue", d.id))
        if d.issuer:
            out.append(Mark(d.issuer.start, d.issuer.end, "issuer", d.id))
        for a in d.addressees:
            out.append(Mark(a.start, a.end, "addressee", d.id))
        for a in d.coordinators:
            out.append(Mark(a.start, a.end, "coordinator", d.id))
        if d.deadline:
            out.append(Mark(d.deadline.start, d.deadline.end, "deadline", d.id))
        if d.recurrence:
            out.append(Mark(d.recurrence.start, d.recurrence.end, "recurrence", d.id))
        for t in d.targets:
            out.append(Mark(t.start, t.end, "target", d.id))
    return [m for m in out if m.end > m.start]


def _segments(text: str, ms: list[Mark]) -> str:
    cuts = sorted({0, len(text), *(m.start for m in ms), *(m.end for m in ms)})
    parts: list[str] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        if a >= b:
            continue
        piece = escape(text[a:b])
        cover = [m for m in ms if m.start <= a and b <= m.end]
        if not cover:
            parts.append(piece)
            continue
        roles = sorted({m.role for m in cover}, key=ROLES.index)
        ids = sorted({m.directive for m in cover})
        top = roles[-1]
        parts.append(
            f'<span class="seg r-{top}" data-r="{" ".join(roles)}" data-d="{" ".join(ids)}">{piece}</span>'
        )
    return "".join(parts)


def _target_label(t: Target) -> str:
    """">= 30 %", "= 1 điện thoại thông minh / người dân"."""
    label = f"{t.comparator} {t.value:g}" + (f"–{t.value_max:g}" if t.value_max is not None else "")
    label += f" {t.unit}" if t.unit else ""
    return label + (f" / {t.per}" if t.per else "")


def _card(d: Directive, n: int, status: str | None) -> str:
    who = ", ".join(a.name for a in d.addressees) or "—"
    rows = [
        ("Thực hiện", who),
        ("Phối hợp", ", ".join(a.name for a in d.coordinators)),
        ("Chỉ đạo", d.issuer.name if d.issuer else ""),
        ("Việc", d.action.text if d.action else d.text),
        ("Thời hạn", f"{d.deadline.text} → {d.deadline.date or '?'}" if d.deadline else ""),
        ("Định kỳ", f"{d.recurrence.text} ({d.recurrence.period or 'không rõ'})" if d.recurrence else ""),
        ("Chỉ tiêu", "; ".join(_target_label(t) for t in d.targets)),
    ]
    body = "".join(f"<dt>{escape(k)}</dt><dd>{escape(v)}</dd>" for k, v in rows if v)
    badge = f'<span class="status s-{escape(status)}">{escape(status)}</span>' if status else ""
    addressees = json.dumps([a.name for a in d.addressees], ensure_ascii=False)
    return (
        f'<article class="card" tabindex="0" data-id="{escape(d.id)}" data-addressees="{escape(addressees)}">'
        f'<header><b>#{n}</b> <span class="mod m-{d.modality}">{escape(d.modality)}</span> {badge}'
        f'<span class="conf" title="confidence">{d.confidence:.2f}</span></header><dl>{body}</dl></article>'
    )


def _timeline(doc: Document) -> str:
    dated = sorted(
        ((d.deadline.date, i, d) for i, d in enumerate(doc.directives, 1) if d.deadline and d.deadline.date),
        key=lambda x: (x[0], x[1]),
    )
    if not dated:
        return '<p class="empty">Không có thời hạn.</p>'
    first, last = dated[0][0], dated[-1][0]
    span = max(1, (last - first).days)
    items = []
    for day, n, d in dated:
        left = 100 * (day - first).days / span
        who = ", ".join(a.name for a in d.addressees) or "—"
        items.append(
            f'<li data-id="{escape(d.id)}" style="--x:{left:.1f}%"><time datetime="{day.isoformat()}">'
            f"{day.strftime('%d/%m/%Y')}</time> #{n} {escape(who)}</li>"
        )
    return f'<ol class="timeline">{"".join(items)}</ol>'


def render(
    text: str, doc: Document, *, title: str | None = None, statuses: dict[str, str] | None = None
) -> str:
    """The HTML page for ``text`` and its extracted (or reviewed) ``doc``."""
    statuses = statuses or {}
    names = sorted({a.name for d in doc.directives for a in d.addressees})
    options = "".join(f'<option value="{escape(n)}">{escape(n)}</option>' for n in names)
    cards = "".join(_card(d, i, statuses.get(d.id)) for i, d in enumerate(doc.directives, 1))
    legend = "".join(f'<span class="seg r-{r}">{escape(LABELS[r])}</span> ' for r in ROLES[1:])
    page_title = escape(title or doc.source or "directive-extract")
    date = doc.document_date.isoformat() if isinstance(doc.document_date, dt.date) else "?"
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{page_title}</title>
<style>{_asset("page.css")}</style></head>
<body>
<header class="top"><h1>{page_title}</h1>
<p>{len(doc.directives)} chỉ đạo · ngày văn bản {escape(date)} · cơ quan ban hành
{escape(doc.issuer.name if doc.issuer else "?")}</p>
<label>Lọc theo cơ quan thực hiện:
<select id="filter"><option value="">(tất cả)</option>{options}</select></label>
<p class="legend">{legend}</p></header>
<main><section class="text" id="text">{_segments(text, marks(doc))}</section>
<aside><h2>Thời hạn</h2>{_timeline(doc)}<h2>Chỉ đạo</h2><div id="cards">{cards}</div></aside></main>
<script>{_asset("page.js")}</script>
</body></html>
"""


@cache
def _asset(name: str) -> str:
    """The page's own stylesheet or script, shipped beside this module."""
    return resources.files("directive_extract.render").joinpath(name).read_text(encoding="utf-8")
