"""``directive-extract render NOTICE.txt|REVIEW.yaml|RESULT.json -o notice.html``."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from directive_extract.errors import DirectiveExtractError, InputError
from directive_extract.models import Document
from directive_extract.output import error


def load_for_render(
    path: Path, text_path: Path | None, document_date: date | None
) -> tuple[str, Document, dict[str, str]]:
    """The text, the directives and review statuses to show for ``path``."""
    from directive_extract.inputs import Input, read

    name = path.name.lower()
    if name.endswith((".yaml", ".yml")):
        from directive_extract.review import apply_review, load_review

        review = load_review(path)
        statuses = {d.id: d.status for d in review.directives or []}
        return review.text, apply_review(path), statuses
    if name.endswith(".json"):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
            raise InputError(f"{path}: not a JSON result of `directive-extract extract` ({e})") from e
        if isinstance(data, list):
            if len(data) != 1:
                raise InputError(f"{path}: holds {len(data)} documents; render one at a time")
            data = data[0]
        try:
            doc = Document.model_validate(data)
        except ValueError as e:
            raise InputError(f"{path}: not a document record ({str(e).splitlines()[0]})") from e
        source = text_path or (Path(doc.source) if doc.source and doc.source != "-" else None)
        if source is None:
            raise InputError(f"{path}: the result names no text file; pass --text NOTICE.txt")
        text = read(Input(str(source), source))
        problems = doc.check_grounding(text)
        if problems:
            raise InputError(f"{path}: spans do not match {source} ({problems[0]}); pass the right --text")
        return text, doc, {}
    from directive_extract.pipeline import extract

    text = read(Input(str(path), path))
    return text, extract(text, document_date=document_date, source=str(path)), {}


def cmd_render(args: argparse.Namespace) -> int:
    from directive_extract.output import open_output
    from directive_extract.render.html import render

    path = Path(args.input)
    if not path.exists():
        return error(f"{path}: no such file", 2)
    try:
        text, doc, statuses = load_for_render(path, Path(args.text) if args.text else None, args.date)
    except DirectiveExtractError as e:
        return error(str(e))
    with open_output(args.output) as f:
        f.write(render(text, doc, title=args.title or path.name, statuses=statuses))
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    from directive_extract.cli import _date

    r = sub.add_parser(
        "render",
        help="an HTML view of a notice's directives",
        description="Write one self-contained HTML page: the text with every span "
        "highlighted, a card per directive, a deadline timeline and a filter.",
    )
    r.add_argument("input", help="a notice (.txt), a review file (.yaml) or an extract result (.json)")
    r.add_argument("-o", "--output", default=None, metavar="FILE", help="the HTML file (default stdout)")
    r.add_argument("--text", default=None, metavar="FILE", help="the notice text, for a .json result")
    r.add_argument("--date", type=_date, default=None, metavar="YYYY-MM-DD", help="the document's date")
    r.add_argument("--title", default=None, help="the page title (default the file name)")
    r.set_defaults(func=cmd_render)
