"""Re-export onto an existing review file: keep the review, bring in new extractions.

Rules (also in docs/review-format.md):

- A directive is the same as an old one when it has the same ``id``, else the same clause
  (quotes compared modulo normalisation and spacing).
- Old directives a reviewer decided on (accepted, corrected, rejected, added) are kept exactly as
  they are, comments included, whether or not the extractor still finds them.
- Old ``pending`` directives are replaced by the new extraction when it differs, kept when it is
  the same, and dropped when the extractor no longer finds them.
- New extractions come in as ``pending``; the list stays in document order.
- The document block, reviewer and comments of the old file are kept. The document text must be
  the same (sha256); a changed text is refused rather than merged, and so is an old file that
  does not pass ``review check`` (nothing is written; its problems are listed).
- If anything changes, the old file is first copied to ``NAME.review.yaml.bak`` (or ``.bak.1``,
  ``.bak.2``… if that exists); if nothing changes the file is not touched.

Example: an old file with ``d-1`` accepted and ``d-2`` pending, re-exported when the extractor
now finds ``d-1`` (changed), ``d-3`` (new) and no longer ``d-2``, gives ``d-1`` as accepted,
``d-3`` pending, and ``d-2`` dropped.
"""

from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from directive_extract.errors import ReviewFileError
from directive_extract.models import Document
from directive_extract.output import atomic_writer
from directive_extract.review.check import check_loaded, plain
from directive_extract.review.export import export_tree, header_line
from directive_extract.review.io import DEFAULT_MAX_BYTES, Loaded, line_of, load_tree, parse
from directive_extract.review.locate import Locator, quote_key
from directive_extract.review.model import REVIEWED, ReviewDirective
from directive_extract.review.write import compose, dump_tree, text_block


@dataclass
class WriteReport:
    """What an export did: the file written, the backup made, and the merge counts."""

    path: Path
    written: bool = True
    backup: Path | None = None
    kept: int = 0  # reviewed directives kept as the reviewer left them
    unchanged: int = 0  # pending directives the extractor still gives as they were
    updated: int = 0  # pending directives replaced by a changed extraction
    added: int = 0  # new extractions
    dropped: int = 0  # pending directives the extractor no longer gives
    problems: list[str] = field(default_factory=list)


def _status(item: Any) -> str | None:
    return str(item.get("status")) if isinstance(item, dict) and item.get("status") is not None else None


def _same_fields(old: Any, new: Any) -> bool:
    try:
        a = ReviewDirective.model_validate(plain(old))
        b = ReviewDirective.model_validate(plain(new))
    except ValidationError:
        return False
    exclude = {"confidence", "extracted", "note", "reviewer"}
    return a.model_dump(exclude=exclude) == b.model_dump(exclude=exclude)


def merge_trees(
    old: CommentedMap, new: CommentedMap, text: str, positions: dict[str, int], report: WriteReport
) -> CommentedMap:
    """Merge the fresh export ``new`` into the reviewed tree ``old`` (modified in place and returned)."""
    locator = Locator(text)
    old_items = old.get("directives")
    olds: list[Any] = list(old_items) if isinstance(old_items, list) else []
    by_id: dict[str, int] = {}
    by_text: dict[str, int] = {}
    for i, item in enumerate(olds):
        if not isinstance(item, dict):
            continue
        if isinstance(item.get("id"), str):
            by_id.setdefault(str(item["id"]), i)
        if isinstance(item.get("text"), str):
            by_text.setdefault(quote_key(str(item["text"])), i)
    used: set[int] = set()
    placed: list[tuple[int, int, Any]] = []  # (position, order, item)
    order = 0
    for item in new["directives"]:
        ident = str(item["id"])
        match = by_id.get(ident)
        if match is None or match in used:
            match = by_text.get(quote_key(str(item["text"])))
        if match is not None and match in used:
            match = None
        position = positions.get(ident, 0)
        if match is None:
            placed.append((position, order, item))
            report.added += 1
        else:
            used.add(match)
            previous = olds[match]
            if _status(previous) in REVIEWED:
                placed.append((position, order, previous))
                report.kept += 1
            elif _same_fields(previous, item):
                placed.append((position, order, previous))
                report.unchanged += 1
            else:
                placed.append((position, order, item))
                report.updated += 1
        order += 1
    last = 0
    for i, item in enumerate(olds):
        if i in used:
            continue
        if _status(item) in REVIEWED or _status(item) is None:
            found = locator.find(str(item.get("text") or "")) if isinstance(item, dict) else []
            last = found[0][0] if found else last
            placed.append((last, order, item))
            order += 1
            report.kept += 1
        else:
            report.dropped += 1
    placed.sort(key=lambda p: (p[0], p[1]))
    merged = CommentedSeq(item for _, _, item in placed)
    if not merged:
        merged.fa.set_flow_style()
    old["directives"] = merged
    return old


def _backup_path(path: Path) -> Path:
    candidate = path.with_name(path.name + ".bak")
    n = 1
    while candidate.exists():
        candidate = path.with_name(f"{path.name}.bak.{n}")
        n += 1
    return candidate


def write_review(
    text: str,
    doc: Document,
    out: Path,
    *,
    doc_id: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    **options: Any,
) -> WriteReport:
    """Write the review file of ``doc`` to ``out``, merging with the file already there.

    ``options`` go to :func:`~directive_extract.review.export.export_tree` (``source``, ``date``,
    ``reviewer``, ``origin``, ``doc_type``). The result is checked before anything is written;
    its problems are returned in the report (a fresh export has none).
    """
    out = Path(out)
    ident = doc_id or out.name.removesuffix(".review.yaml").removesuffix(".yaml")
    report = WriteReport(out)
    new = export_tree(text, doc, doc_id=ident, **options)
    if out.exists():
        loaded = load_tree(out, max_bytes=max_bytes)
        invalid = check_loaded(loaded).problems
        if invalid:  # merge only onto a file that checks: fix it first, nothing is written
            raise ReviewFileError(invalid)
        loaded = load_tree(out, max_bytes=max_bytes)  # a fresh tree: checking does not modify it, but be sure
        old = loaded.data
        old_text = old.get("text")
        sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if not isinstance(old_text, str) or hashlib.sha256(str(old_text).encode("utf-8")).hexdigest() != sha:
            raise ReviewFileError(
                [
                    f"{out}:{line_of(old, ('text',))}: the document text differs from the one reviewed here; "
                    f"expected the same text (export to another file with -o, then move reviews by hand)"
                ]
            )
        positions = {d.id: d.start for d in doc.directives}
        tree = merge_trees(old, new, text, positions, report)
        del tree["text"]
        head = dump_tree(tree)
        content = head if head.endswith("\n") else head + "\n"
        if not content.startswith("# yaml-language-server:"):
            content = header_line(out.parent) + "\n" + content
        content += text_block(text)
        report.problems = check_loaded(Loaded(str(out), content, parse(content, str(out)))).problems
        if content == loaded.source:
            report.written = False
            return report
        report.backup = _backup_path(out)
        shutil.copy2(out, report.backup)
    else:
        content = compose(header_line(out.parent), new, text)
        report.added = len(new["directives"])
        report.problems = check_loaded(Loaded(str(out), content, parse(content, str(out)))).problems
    out.parent.mkdir(parents=True, exist_ok=True)
    with atomic_writer(out) as f:
        f.write(content)
    return report
