"""The ``directive-extract`` command: a thin shell over the library.

Exit codes: 0 ok, 1 a data error (an unreadable input, a failed check), 2 a usage error.
JSON goes to stdout (or ``-o FILE``, written atomically); messages go to stderr, one line each.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from importlib import import_module

from directive_extract.errors import DirectiveExtractError, InputError
from directive_extract.modes import add_mode_option

PROG = "directive-extract"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid date {value!r}; expected YYYY-MM-DD") from None


def _err(message: str) -> None:
    from directive_extract.output import error

    error(message)


def cmd_extract(args: argparse.Namespace) -> int:
    from pathlib import Path

    from directive_extract.batch import run
    from directive_extract.inputs import Input, UsageError, expand, read
    from directive_extract.output import dumps, open_output

    items = list(expand(args.inputs))
    if args.output and args.output != "-":
        out = Path(args.output).resolve()
        for it in items:
            if isinstance(it, Input) and it.path is not None and it.path.resolve() == out:
                _err(f"{args.output}: output would overwrite an input; choose another -o path")
                return 2
    if args.jobs < 1:
        _err(f"--jobs {args.jobs}: expected a whole number of at least 1")
        return 2
    status = 0
    work: list[tuple[str, str | None, str | None]] = []
    for it in items:
        if isinstance(it, UsageError):
            _err(str(it))
            status = max(status, 2)
        elif it.path is None:
            try:
                work.append((it.name, None, read(it, args.max_bytes)))
            except InputError as e:
                _err(str(e))
                status = max(status, 1)
        else:
            work.append((it.name, str(it.path), None))
    results: list[dict[str, object]] = []
    with open_output(args.output) as out_f:
        for outcome in run(
            work, jobs=args.jobs, document_date=args.date, max_bytes=args.max_bytes, mode=args.mode
        ):
            if outcome.record is None:
                _err(str(outcome.error))
                status = max(status, 1)
            elif args.format == "jsonl":
                out_f.write(dumps(outcome.record, indent=None) + "\n")
                out_f.flush()
            else:
                results.append(outcome.record)
        if args.format == "json" and results:
            payload: object = results[0] if len(results) == 1 and len(items) == 1 else results
            out_f.write(dumps(payload) + "\n")
    return status


def cmd_schema(args: argparse.Namespace) -> int:
    from directive_extract.output import dumps, open_output
    from directive_extract.schema import document_schema

    with open_output(args.output) as f:
        f.write(dumps(document_schema()) + "\n")
    return 0


def _optional(module: str) -> Callable[[argparse._SubParsersAction], None] | None:  # type: ignore[type-arg]
    try:
        return import_module(module).register  # type: ignore[no-any-return]
    except ModuleNotFoundError as e:
        if e.name and module.startswith(e.name):
            return None
        raise


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog=PROG, description="Extract directives from Vietnamese official notices and news.")
    p.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    e = sub.add_parser(
        "extract",
        help="extract directives from text files, folders or stdin",
        description="Extract directives; print one JSON document (an array for several "
        "inputs) or JSONL, one document per line.",
    )
    e.add_argument(
        "inputs", nargs="+", metavar="FILE", help="a UTF-8 text file, a folder of .txt files, or - for stdin"
    )
    e.add_argument("--format", choices=["json", "jsonl"], default="json", help="output format (default json)")
    e.add_argument(
        "--date",
        type=_date,
        default=None,
        metavar="YYYY-MM-DD",
        help="the document's date (completes deadlines that omit the year); default: found in the text",
    )
    e.add_argument(
        "-o", "--output", default=None, metavar="FILE", help="write here (atomically) instead of stdout"
    )
    e.add_argument(
        "--max-bytes",
        type=int,
        default=50 * 1024 * 1024,
        metavar="N",
        help="refuse inputs larger than N bytes (default 50 MiB)",
    )
    e.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="worker processes (default 1); output stays in input order",
    )
    add_mode_option(e)
    e.set_defaults(func=cmd_extract)

    s = sub.add_parser(
        "schema",
        help="print the JSON Schema of the output",
        description="Print the JSON Schema of the extract output (as in schemas/).",
    )
    s.add_argument("-o", "--output", default=None, metavar="FILE", help="write here (atomically)")
    s.set_defaults(func=cmd_schema)

    for module in (
        "directive_extract.review.cli",
        "directive_extract.evaluate.cli",
        "directive_extract.render.cli",
        "directive_extract.learn.cli",
    ):
        register = _optional(module)
        if register is not None:
            register(sub)
    return p


def _version() -> str:
    from directive_extract import __version__

    return __version__


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8")
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:
        return int(e.code or 0)
    try:
        return int(args.func(args))
    except DirectiveExtractError as e:
        _err(str(e))
        return 1
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except BrokenPipeError:
        return 1


if __name__ == "__main__":
    sys.exit(main())
