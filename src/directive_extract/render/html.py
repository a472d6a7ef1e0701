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
from html import escape

from directive_extract.models import Directive, Document

ROLES = ("clause", "action", "target", "recurrence", "deadline", "issuer", "coordinator", "addressee", "cue")
LABELS = {
    "clause": "mệnh đề", "action": "việc phải làm", "target": "chỉ tiêu", "recurrence": "định kỳ",
    "deadline": "thời hạn", "issuer": "cơ quan chỉ đạo", "coordinator": "phối hợp",
    "addressee": "cơ quan thực hiện", "cue": "từ chỉ đạo",
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


def _card(d: Directive, n: int, status: str | None) -> str:
    who = ", ".join(a.name for a in d.addressees) or "—"
    rows = [
        ("Thực hiện", who),
        ("Phối hợp", ", ".join(a.name for a in d.coordinators)),
        ("Chỉ đạo", d.issuer.name if d.issuer else ""),
        ("Việc", d.action.text if d.action else d.text),
        ("Thời hạn", f"{d.deadline.text} → {d.deadline.date or '?'}" if d.deadline else ""),
        ("Định kỳ", f"{d.recurrence.text} ({d.recurrence.period or 'không rõ'})" if d.recurrence else ""),
        ("Chỉ tiêu", "; ".join(f"{t.comparator} {t.value:g} {t.unit or ''}".strip() for t in d.targets)),
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


def render(text: str, doc: Document, *, title: str | None = None, statuses: dict[str, str] | None = None) -> str:
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
<style>{_CSS}</style></head>
<body>
<header class="top"><h1>{page_title}</h1>
<p>{len(doc.directives)} chỉ đạo · ngày văn bản {escape(date)} · cơ quan ban hành
{escape(doc.issuer.name if doc.issuer else "?")}</p>
<label>Lọc theo cơ quan thực hiện: <select id="filter"><option value="">(tất cả)</option>{options}</select></label>
<p class="legend">{legend}</p></header>
<main><section class="text" id="text">{_segments(text, marks(doc))}</section>
<aside><h2>Thời hạn</h2>{_timeline(doc)}<h2>Chỉ đạo</h2><div id="cards">{cards}</div></aside></main>
<script>{_JS}</script>
</body></html>
"""


_CSS = """
body{font-family:"Noto Sans","DejaVu Sans","Segoe UI",Roboto,Arial,sans-serif;margin:0;color:#1d2430;background:#f6f7f9}
.top{padding:12px 20px;background:#fff;border-bottom:1px solid #dde}
h1{font-size:18px;margin:0 0 4px} h2{font-size:15px;margin:12px 0 6px}
main{display:grid;grid-template-columns:minmax(0,3fr) minmax(320px,2fr);gap:16px;padding:16px 20px}
.text{white-space:pre-wrap;background:#fff;padding:16px;border:1px solid #dde;border-radius:6px;line-height:1.7;font-size:15px}
.seg{border-radius:3px}
.r-clause{background:#eef3fb}.r-action{background:#dbe8fb}.r-target{background:#ffe0b3}
.r-recurrence{background:#e3d7f7}.r-deadline{background:#ffc9c9}.r-issuer{background:#d4f0f0}
.r-coordinator{background:#d9f2d0}.r-addressee{background:#b8e6a8;font-weight:600}.r-cue{background:#ffe97a;font-weight:600}
.seg.hl{outline:2px solid #1f5fd6;box-shadow:0 0 0 2px #1f5fd633}
.seg.dim{opacity:.35}
.legend .seg{padding:1px 4px;margin-right:4px;font-size:12px}
.card{background:#fff;border:1px solid #dde;border-radius:6px;padding:8px 10px;margin-bottom:8px;cursor:pointer;font-size:13px}
.card.active{border-color:#1f5fd6;box-shadow:0 0 0 2px #1f5fd655}.card.hidden{display:none}
.card dl{display:grid;grid-template-columns:84px 1fr;margin:6px 0 0;gap:2px 8px}.card dt{color:#667}.card dd{margin:0}
.mod{font-size:11px;padding:1px 5px;border-radius:8px;background:#eef}.m-prohibition{background:#fdd}.m-request{background:#efe}
.conf{float:right;color:#889}.status{font-size:11px;padding:1px 5px;border-radius:8px;background:#eee}
.s-accepted,.s-added{background:#d9f2d0}.s-rejected{background:#fdd}.s-corrected{background:#ffe97a}
.timeline{list-style:none;padding:0;margin:0;border-left:3px solid #c9d3e3}
.timeline li{padding:2px 8px;font-size:13px;cursor:pointer}.timeline li.active{background:#dbe8fb}
.timeline time{font-weight:600;margin-right:6px}
"""

_JS = """
(function(){
  const segs=[...document.querySelectorAll('.seg[data-d]')];
  const cards=[...document.querySelectorAll('.card')];
  const items=[...document.querySelectorAll('.timeline li')];
  let pinned=null;
  function show(id){
    segs.forEach(s=>s.classList.toggle('hl', !!id && s.dataset.d.split(' ').includes(id)));
    cards.forEach(c=>c.classList.toggle('active', c.dataset.id===id));
    items.forEach(i=>i.classList.toggle('active', i.dataset.id===id));
  }
  cards.forEach(c=>{
    c.addEventListener('mouseenter',()=>{ if(!pinned) show(c.dataset.id); });
    c.addEventListener('mouseleave',()=>{ if(!pinned) show(null); });
    c.addEventListener('click',()=>{ pinned = pinned===c.dataset.id ? null : c.dataset.id; show(pinned);
      const first=segs.find(s=>s.classList.contains('hl')); if(first) first.scrollIntoView({block:'center'}); });
  });
  items.forEach(i=>i.addEventListener('click',()=>{ pinned=i.dataset.id; show(pinned); }));
  document.getElementById('filter').addEventListener('change',e=>{
    const v=e.target.value; const keep=new Set();
    cards.forEach(c=>{ const ok=!v || JSON.parse(c.dataset.addressees).includes(v);
      c.classList.toggle('hidden',!ok); if(ok) keep.add(c.dataset.id); });
    segs.forEach(s=>s.classList.toggle('dim', !!v && !s.dataset.d.split(' ').some(id=>keep.has(id))));
  });
})();
"""
