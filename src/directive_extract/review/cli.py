"""``directive-extract review export|check|apply|stats``: a thin shell over the review package.

Problems are printed one per line on stderr as ``FILE:LINE: what is wrong, what was expected``;
exit codes: 0 ok, 1 a data error (invalid file, failed check), 2 a usage error.

Example: ``directive-extract review check corpora/dev/*.review.yaml``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from directive_extract.errors import InputError, ReviewFileError
from directive_extract.review.io import DEFAULT_MAX_BYTES


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid date {value!r}; expected YYYY-MM-DD") from None


def _say(line: str) -> None:
    print(line, file=sys.stderr)


def _problems(lines: list[str]) -> int:
    for line in lines:
        _say(line)
    return 1 if lines else 0


def cmd_export(args: argparse.Namespace) -> int:
    from directive_extract.inputs import Input, read
    from directive_extract.review.merge import write_review

    name = args.input
    path = None if name == "-" else Path(name)
    if path is not None and not path.is_file():
        _say(f"{name}: no such file; expected a UTF-8 text file of one notice")
        return 2
    if args.output:
        out = Path(args.output)
    elif path is not None:
        out = path.with_name(path.name.removesuffix(".txt") + ".review.yaml")
    else:
        _say("-: reading stdin needs -o FILE (or -o - for stdout) for the review file")
        return 2
    if path is not None and args.output != "-" and out.resolve() == path.resolve():
        _say(f"{out}: output would overwrite the input; choose another -o path")
        return 2
    try:
        text = read(Input(name, path), args.max_bytes)
    except InputError as e:
        _say(str(e))
        return 1
    from directive_extract import extract

    doc = extract(text, document_date=args.date, source=name)
    if args.output == "-":
        from directive_extract.review.export import export_text

        ident = args.id or (path.name.removesuffix(".txt") if path is not None else "stdin")
        sys.stdout.write(
            export_text(
                text,
                doc,
                doc_id=ident,
                out_dir=Path.cwd(),
                source=name,
                date=args.date,
                reviewer=args.reviewer,
            )
        )
        return 0
    try:
        report = write_review(
            text,
            doc,
            out,
            doc_id=args.id,
            max_bytes=args.max_bytes,
            source=name,
            date=args.date,
            reviewer=args.reviewer,
        )
    except ReviewFileError as e:
        return _problems(e.problems)
    except OSError as e:
        _say(f"{out}: cannot write ({e.strerror or e}); expected a writable path")
        return 1
    if not report.written:
        _say(f"{out}: unchanged ({report.kept} reviewed, {report.unchanged} pending kept)")
    else:
        backup = f"; old file kept as {report.backup}" if report.backup else ""
        _say(
            f"{out}: {report.added} new, {report.updated} updated, {report.unchanged} unchanged pending, "
            f"{report.kept} reviewed kept, {report.dropped} stale pending dropped{backup}"
        )
    return _problems(report.problems)


def cmd_check(args: argparse.Namespace) -> int:
    from directive_extract.review.check import check_path

    status = 0
    for name in args.files:
        result = check_path(name, max_bytes=args.max_bytes)
        for warning in result.warnings:
            _say(warning)
        if result.problems:
            status = max(status, _problems(result.problems))
        elif result.review is not None:
            statuses: dict[str, int] = {}
            for d in result.review.directives or []:
                statuses[d.status] = statuses.get(d.status, 0) + 1
            summary = ", ".join(f"{n} {s}" for s, n in sorted(statuses.items())) or "no directives"
            _say(f"{name}: ok ({summary})")
    return status


def cmd_apply(args: argparse.Namespace) -> int:
    from directive_extract.output import dumps, open_output
    from directive_extract.review.apply import apply_review

    if args.output and args.output != "-" and Path(args.output).resolve() == Path(args.file).resolve():
        _say(f"{args.output}: would overwrite the review file; apply never modifies it, choose another -o")
        return 2
    try:
        doc = apply_review(args.file, max_bytes=args.max_bytes)
    except ReviewFileError as e:
        return _problems(e.problems)
    try:
        with open_output(args.output) as f:
            f.write(dumps(doc.model_dump(mode="json")) + "\n")
    except OSError as e:
        _say(f"{args.output}: cannot write ({e.strerror or e}); expected a writable path")
        return 1
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    from directive_extract.review.stats import format_stats, review_stats

    stats = review_stats(args.files, max_bytes=args.max_bytes)
    if args.json:
        print(json.dumps(stats.as_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_stats(stats))
    return _problems(stats.problems)


def _max_bytes(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"refuse files larger than N bytes (default {DEFAULT_MAX_BYTES // (1024 * 1024)} MiB)",
    )


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``review`` command (export, check, apply, stats) to the main parser."""
    review = subparsers.add_parser(
        "review",
        help="export, check and apply review files (docs/review-format.md)",
        description="Review files: export an extraction for review, check a reviewed file, apply it "
        "(corrected JSON), count what reviewers changed.",
    )
    sub = review.add_subparsers(dest="review_command", metavar="SUBCOMMAND")
    sub.required = True

    e = sub.add_parser(
        "export",
        help="write NOTICE.review.yaml (merging with an existing one)",
        description="Extract directives from a notice and write a review file; if it "
        "exists, keep every reviewed directive and bring in new extractions "
        "as pending (old file kept as .bak).",
    )
    e.add_argument("input", metavar="NOTICE", help="a UTF-8 text file (- for stdin, with -o)")
    e.add_argument(
        "-o",
        "--output",
        default=None,
        metavar="FILE",
        help="the review file (default: NOTICE with .review.yaml)",
    )
    e.add_argument(
        "--date",
        type=_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="the document's date (completes deadlines); default: found in the text",
    )
    e.add_argument("--id", default=None, help="document id (default: the review file's name)")
    e.add_argument("--reviewer", default=None, help="reviewer name written in the file")
    _max_bytes(e)
    e.set_defaults(func=cmd_export)

    c = sub.add_parser(
        "check",
        help="validate review files without writing anything",
        description="Check every quote is in the text, types, unknown keys, checksum. "
        "All problems at once, one line each: FILE:LINE: message.",
    )
    c.add_argument("files", nargs="+", metavar="FILE", help="review files")
    _max_bytes(c)
    c.set_defaults(func=cmd_check)

    a = sub.add_parser(
        "apply",
        help="write the corrected document JSON (as extract prints it)",
        description="Apply a review file: the corrected Document as JSON, offsets "
        "recomputed from the quotes, rejected directives left out.",
    )
    a.add_argument("file", metavar="FILE", help="a review file (never modified)")
    a.add_argument(
        "-o", "--output", default=None, metavar="FILE", help="write here (atomically) instead of stdout"
    )
    _max_bytes(a)
    a.set_defaults(func=cmd_apply)

    s = sub.add_parser(
        "stats",
        help="per-field counts of accepted/corrected/rejected/added",
        description="Count, per field, what reviewers accepted, corrected, rejected "
        "and added, and the system's precision as reviewers see it.",
    )
    s.add_argument("files", nargs="+", metavar="FILE", help="review files or folders")
    s.add_argument("--json", action="store_true", help="print JSON instead of a table")
    _max_bytes(s)
    s.set_defaults(func=cmd_stats)


__all__ = ["register"]
