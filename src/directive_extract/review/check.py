"""Validate a review file without writing anything: model, checksum, every quote grounded.

Every problem is reported at once, one line each: ``FILE:LINE: what is wrong, what was
expected``. The same pass builds the corrected :class:`~directive_extract.models.Document`
that ``review apply`` writes, so check and apply can never disagree.

Example: a directive with the typo ``adressees:`` on line 31 gives
``x.review.yaml:31: directive d-1a2b: unknown key 'adressees' (did you mean 'addressees'?); …``.
"""

from __future__ import annotations

import difflib
import hashlib
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from directive_extract.errors import ReviewFileError
from directive_extract.models import Actor, Deadline, Directive, Document, Recurrence, Span, Target
from directive_extract.review.io import DEFAULT_MAX_BYTES, Loaded, line_of, load_tree
from directive_extract.review.locate import Locator, Offsets, quote_key
from directive_extract.review.model import (
    FIELDS,
    ReviewActor,
    ReviewDirective,
    ReviewDocument,
    ReviewFile,
    fingerprints,
)


@dataclass
class Result:
    """What a check found: the validated file (if valid), the applied document, the problems."""

    path: str
    review: ReviewFile | None = None
    document: Document | None = None
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # suspicious but valid: ``FILE:LINE: warning: …``


def plain(value: Any) -> Any:
    """The round-trip tree as plain Python values (ruamel's str/float/int subclasses dropped)."""
    if isinstance(value, dict):
        return {plain(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, bool):
        return bool(value)
    if isinstance(value, str):
        return str(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    return value


def _short(value: Any, limit: int = 60) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _model_at(loc: tuple[Any, ...]) -> type[BaseModel] | None:
    """The pydantic model class whose mapping sits at ``loc`` in a review file."""
    model: type[BaseModel] = ReviewFile
    for part in loc:
        if isinstance(part, int):
            continue
        info = model.model_fields.get(str(part))
        if info is None:
            continue
        inner = _model_in(info.annotation)
        if inner is None:
            return None
        model = inner
    return model


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType, list):
        for arg in typing.get_args(annotation):
            found = _model_in(arg)
            if found is not None:
                return found
    return None


def _where(data: Any, loc: tuple[Any, ...]) -> str:
    """A readable location: ``directive d-1a2b: addressees[0].kind``."""
    parts: list[str] = []
    rest = list(loc)
    if len(rest) >= 2 and rest[0] == "directives" and isinstance(rest[1], int):
        ident = None
        items = data.get("directives") if isinstance(data, dict) else None
        if isinstance(items, list) and 0 <= rest[1] < len(items) and isinstance(items[rest[1]], dict):
            ident = items[rest[1]].get("id")
        parts.append(f"directive {ident}" if isinstance(ident, str) else f"directive #{rest[1] + 1}")
        rest = rest[2:]
    path = ""
    for part in rest:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    if path:
        parts.append(path)
    return ": ".join(parts) if parts else "file"


def _validation_problems(name: str, data: Any, error: ValidationError) -> list[str]:
    out: list[str] = []
    for err in error.errors(include_url=False):
        loc = tuple(err["loc"])
        kind = err["type"]
        where = _where(data, loc[:-1] if kind in ("extra_forbidden", "missing") else loc)
        if kind == "extra_forbidden":
            key = str(loc[-1])
            model = _model_at(loc[:-1])
            allowed = list(model.model_fields) if model else []
            close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.75)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            line = line_of(data, loc)
            out.append(
                f"{name}:{line}: {where}: unknown key {key!r}{hint}; expected one of: {', '.join(allowed)}"
            )
        elif kind == "missing":
            line = line_of(data, loc[:-1])
            out.append(
                f"{name}:{line}: {where}: missing key {str(loc[-1])!r}; "
                f"expected it (see docs/review-format.md)"
            )
        else:
            line = line_of(data, loc)
            msg = err["msg"][0].lower() + err["msg"][1:]
            out.append(f"{name}:{line}: {where}: got {_short(err.get('input'))}, expected: {msg}")
    return out


_PLACEHOLDERS = {"status": "pending", "modality": "obligation"}


def _lenient(item: Any) -> tuple[ReviewDirective | None, bool]:
    """The directive with its invalid parts dropped, so its remaining quotes can still be checked;
    the flag is True when nothing had to be dropped."""
    if not isinstance(item, dict):
        return None, False
    item = dict(item)
    for attempt in range(len(ReviewDirective.model_fields) + 1):
        try:
            return ReviewDirective.model_validate(item), attempt == 0
        except ValidationError as e:
            for err in e.errors(include_url=False):
                key = str(err["loc"][0]) if err["loc"] else ""
                if key in ("id", "text"):
                    return None, False
                if key in _PLACEHOLDERS:
                    item[key] = _PLACEHOLDERS[key]
                else:
                    item.pop(key, None)
    return None, False


class _Grounder:
    """Locates every quote of a validated review file and builds the applied Document."""

    def __init__(self, name: str, data: Any, text: str) -> None:
        self.name = name
        self.data = data
        self.loc = Locator(text)
        self.problems: list[str] = []
        self.warnings: list[str] = []

    def _problem(self, path: tuple[Any, ...], message: str) -> None:
        self.problems.append(f"{self.name}:{line_of(self.data, path, value=True)}: {message}")

    def _warn(self, path: tuple[Any, ...], message: str) -> None:
        self.warnings.append(f"{self.name}:{line_of(self.data, path, value=True)}: warning: {message}")

    def _inside(self, span: Span | None, clause: Offsets | None, path: tuple[Any, ...], what: str) -> None:
        """Warn when a quote that belongs to the clause (action, target) is found only outside it."""
        if (
            span is not None
            and clause is not None
            and not (clause[0] <= span.start and span.end <= clause[1])
        ):
            self._warn(
                path,
                f"{what} {_short(' '.join(span.text.split()))} is not inside the directive's clause; "
                f"expected part of its `text` (or widen `text`)",
            )

    def span(
        self,
        quote: str | None,
        path: tuple[Any, ...],
        clause: Offsets | None,
        what: str,
        *,
        actor: bool = False,
    ) -> tuple[Offsets, str] | None:
        if quote is None:
            return None
        if not quote.strip():
            self._problem(path, f"{what}: empty quote; expected text from the document, or null")
            return None
        found = self.loc.pick(quote, clause, prefer_before=actor)
        if found is None:
            self._problem(
                path,
                f"{what}: quote {_short(quote)} not found in the document text; expected an exact quote "
                f"(matching ignores spacing and tone placement, not spelling or case)",
            )
            return None
        return found, self.loc.span_text(found)

    def plain_span(
        self, quote: str | None, path: tuple[Any, ...], clause: Offsets | None, what: str
    ) -> Span | None:
        got = self.span(quote, path, clause, what)
        if got is None:
            return None
        (s, e), text = got
        return Span(text=text, start=s, end=e)

    def actor(
        self, actor: ReviewActor | None, path: tuple[Any, ...], clause: Offsets | None, what: str
    ) -> Actor | None:
        if actor is None:
            return None
        got = self.span(actor.text, (*path, "text"), clause, f"{what}.text", actor=True)
        if got is None:
            return None
        (s, e), text = got
        inherited = clause is not None and not (clause[0] <= s and e <= clause[1])
        return Actor(
            text=text,
            start=s,
            end=e,
            name=actor.name or " ".join(text.split()),
            kind=actor.kind,
            id=actor.id,
            level=actor.level,
            inherited=inherited,
        )

    def actors(
        self, actors: list[ReviewActor] | None, path: tuple[Any, ...], clause: Offsets | None, what: str
    ) -> list[Actor]:
        out: list[Actor] = []
        for j, a in enumerate(actors or []):
            built = self.actor(a, (*path, j), clause, f"{what}[{j}]")
            if built is not None:
                out.append(built)
        return out

    def directive(
        self, i: int, d: ReviewDirective, position: int, default_reviewer: str | None, *, exact: bool = True
    ) -> Directive | None:
        """Ground directive ``i``; its clause is searched from ``position`` onwards."""
        base = ("directives", i)
        who = f"directive {d.id}"
        clause: Offsets | None = None
        if not d.text.strip():
            self._problem((*base, "text"), f"{who}: text: empty quote; expected the directive's clause")
        else:
            clause = self.loc.pick_from(d.text, position)
            if clause is None:
                self._problem(
                    (*base, "text"),
                    f"{who}: text: quote {_short(d.text)} not found in the document text; expected the "
                    f"directive's clause, quoted (matching ignores spacing and tone placement)",
                )
        cue = self.plain_span(d.cue, (*base, "cue"), clause, f"{who}: cue")
        action = self.plain_span(d.action, (*base, "action"), clause, f"{who}: action")
        self._inside(action, clause, (*base, "action"), f"{who}: action")
        issuer = self.actor(d.issuer, (*base, "issuer"), clause, f"{who}: issuer")
        addressees = self.actors(d.addressees, (*base, "addressees"), clause, f"{who}: addressees")
        coordinators = self.actors(d.coordinators, (*base, "coordinators"), clause, f"{who}: coordinators")
        reported_to = self.actors(d.reported_to, (*base, "reported_to"), clause, f"{who}: reported_to")
        deadline = None
        if d.deadline is not None:
            got = self.span(d.deadline.text, (*base, "deadline", "text"), clause, f"{who}: deadline.text")
            if got is not None:
                (s, e), text = got
                if d.deadline.start_date and d.deadline.date and d.deadline.start_date > d.deadline.date:
                    self._problem(
                        (*base, "deadline", "start_date"),
                        f"{who}: deadline.start_date {d.deadline.start_date} is after "
                        f"date {d.deadline.date}; "
                        f"expected start_date <= date",
                    )
                deadline = Deadline(
                    text=text,
                    start=s,
                    end=e,
                    relation=d.deadline.relation,
                    date=d.deadline.date,
                    start_date=d.deadline.start_date,
                )
        recurrence = None
        if d.recurrence is not None:
            got = self.span(
                d.recurrence.text, (*base, "recurrence", "text"), clause, f"{who}: recurrence.text"
            )
            if got is not None:
                (s, e), text = got
                recurrence = Recurrence(text=text, start=s, end=e, period=d.recurrence.period)
        targets: list[Target] = []
        for j, t in enumerate(d.targets or []):
            tpath = (*base, "targets", j)
            got = self.span(t.text, (*tpath, "text"), clause, f"{who}: targets[{j}].text")
            metric = self.plain_span(t.metric, (*tpath, "metric"), clause, f"{who}: targets[{j}].metric")
            tbase = self.plain_span(t.base, (*tpath, "base"), clause, f"{who}: targets[{j}].base")
            if got is None:
                continue
            (s, e), text = got
            self._inside(
                Span(text=text, start=s, end=e), clause, (*tpath, "text"), f"{who}: targets[{j}].text"
            )
            targets.append(
                Target(
                    text=text,
                    start=s,
                    end=e,
                    comparator=t.comparator,
                    value=t.value,
                    value_max=t.value_max,
                    unit=t.unit,
                    currency=t.currency,
                    per=t.per,
                    metric=metric,
                    base=tbase,
                )
            )
        if exact:
            self._fingerprint_problems(i, d)
        if clause is None:
            return None
        reviewer = d.reviewer or default_reviewer
        stamp = f"review:{d.status}" + (f":{reviewer}" if reviewer else "")
        return Directive(
            id=d.id,
            text=self.loc.span_text(clause),
            start=clause[0],
            end=clause[1],
            modality=d.modality,
            cue=cue,
            issuer=issuer,
            addressees=addressees,
            coordinators=coordinators,
            reported_to=reported_to,
            action=action,
            deadline=deadline,
            recurrence=recurrence,
            targets=targets,
            urgent=d.urgent,
            confidence=d.confidence if d.confidence is not None else 1.0,
            provenance=[stamp],
        )

    def _fingerprint_problems(self, i: int, d: ReviewDirective) -> None:
        if d.extracted is None:
            return
        base = ("directives", i)
        for key in d.extracted:
            if key not in FIELDS:
                self._problem(
                    (*base, "extracted", key),
                    f"directive {d.id}: extracted: unknown field {key!r}; "
                    f"expected one of: {', '.join(FIELDS)} "
                    f"(this block is written by export; do not edit it)",
                )
        if d.status != "accepted":
            return
        now = fingerprints(d)
        changed = [f for f in FIELDS if now.get(f) != d.extracted.get(f)]
        if changed:
            self._problem(
                (*base, "status"),
                f"directive {d.id}: status is accepted but {', '.join(changed)} "
                f"differ(s) from the extraction; "
                f"expected status corrected (or undo the edit)",
            )


def check_loaded(loaded: Loaded) -> Result:
    """Validate and ground an already parsed review file."""
    name, data = loaded.path, loaded.data
    result = Result(name)
    tree = plain(data)
    try:
        result.review = ReviewFile.model_validate(tree)
    except ValidationError as e:
        result.problems.extend(_validation_problems(name, data, e))
    text = tree.get("text")
    if not isinstance(text, str):
        return result
    grounder = _Grounder(name, data, text)
    doc_block = tree.get("document")
    document: ReviewDocument | None = result.review.document if result.review else None
    if document is None and isinstance(doc_block, dict):
        try:
            document = ReviewDocument.model_validate(doc_block)
        except ValidationError:
            document = None
    sha = doc_block.get("sha256") if isinstance(doc_block, dict) else None
    if isinstance(sha, str):
        actual = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if sha != actual:
            result.problems.append(
                f"{name}:{line_of(data, ('document', 'sha256'))}: document.sha256 {sha[:12]}… does not match "
                f"the text ({actual[:12]}…); expected the checksum of `text` (the text must not be edited)"
            )
    doc_issuer = None
    if document is not None and document.issuer is not None:
        doc_issuer = grounder.actor(document.issuer, ("document", "issuer"), None, "document.issuer")
    reviewer = tree.get("reviewer") if isinstance(tree.get("reviewer"), str) else None
    items = tree.get("directives")
    directives: list[Directive] = []
    seen: dict[str, int] = {}
    position = 0
    previous_key = ""
    if isinstance(items, list):
        for i, item in enumerate(items):
            d, exact = _lenient(item)
            if d is None:
                continue  # its problems are reported above, with their full location
            if d.id in seen:
                grounder._problem(
                    ("directives", i, "id"),
                    f"directive {d.id}: duplicate id (also directive #{seen[d.id] + 1}); expected unique ids",
                )
            seen.setdefault(d.id, i)
            key = quote_key(d.text)
            # the same clause quoted again is the next occurrence, not the previous directive's
            start_at = position + 1 if key and key == previous_key else position
            built = grounder.directive(i, d, start_at, reviewer, exact=exact)
            if built is not None:
                position, previous_key = built.start, key
                if d.status != "rejected":
                    directives.append(built)
    result.problems.extend(grounder.problems)
    result.warnings.extend(grounder.warnings)
    if result.review is not None and not result.problems:
        doc = result.review.document
        result.document = Document(
            source=doc.source,
            document_date=doc.date,
            document_date_source="argument" if doc.date else "none",
            issuer=doc_issuer,
            directives=directives,
        )
    return result


def check_path(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Result:
    """Load, validate and ground one review file; unreadable or hostile files become problems."""
    try:
        loaded = load_tree(path, max_bytes=max_bytes)
    except ReviewFileError as e:
        return Result(str(path), problems=list(e.problems))
    return check_loaded(loaded)


def check_review(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[str]:
    """Every problem of review file ``path`` as ``FILE:LINE: message`` (empty when it is valid)."""
    return check_path(path, max_bytes=max_bytes).problems


__all__ = ["Result", "check_loaded", "check_path", "check_review", "plain"]
