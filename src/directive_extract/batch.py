"""Running the pipeline over many inputs, in this process or in worker processes.

``run(items, jobs=N)`` yields one :class:`Outcome` per input, **in input order**, as soon as
it (and every input before it) is done. Workers load the pipeline once each; an input is
read inside the worker, so the parent holds file names, not texts.
"""

from __future__ import annotations

import multiprocessing as mp
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from directive_extract.errors import DirectiveExtractError, InputError
from directive_extract.inputs import Input, read


@dataclass(frozen=True)
class Outcome:
    name: str
    record: dict[str, Any] | None
    error: str | None = None


_PIPELINE: Any = None
_OPTIONS: dict[str, Any] = {}


def _init(options: dict[str, Any]) -> None:
    global _PIPELINE, _OPTIONS
    from directive_extract.pipeline import Pipeline, Settings

    _PIPELINE = Pipeline(Settings(mode=options["mode"])) if options.get("mode") else Pipeline()
    _OPTIONS = options


_WARM_UP = "Giao Bộ Y tế chủ trì, hoàn thành trước ngày 15/12/2020, đạt ít nhất 30% dân số."


def _init_warm(options: dict[str, Any]) -> None:
    """Build the pipeline and run it once, so every lexicon, gazetteer and model is loaded."""
    if _PIPELINE is None or _OPTIONS.get("mode") != options.get("mode"):
        _init(options)
        _PIPELINE(_WARM_UP)
    _set_options(options)


def _set_options(options: dict[str, Any]) -> None:
    global _OPTIONS
    _OPTIONS = options


def _one(item: tuple[str, str | None, str | None]) -> Outcome:
    name, path, text = item
    try:
        if text is None:
            from pathlib import Path

            text = read(Input(name, Path(path) if path else None), _OPTIONS["max_bytes"])
        doc = _PIPELINE(text, document_date=_OPTIONS["document_date"], source=name)
        return Outcome(name, doc.model_dump(mode="json"))
    except (InputError, DirectiveExtractError) as e:
        return Outcome(name, None, str(e))


def run(
    items: Iterable[tuple[str, str | None, str | None]],
    *,
    jobs: int = 1,
    document_date: date | None = None,
    max_bytes: int,
    mode: str | None = None,
) -> Iterator[Outcome]:
    """Process ``(name, path, text)`` items (``text`` given only for stdin), in order;
    ``mode`` is ``Settings.mode`` (None: the default)."""
    options = {"document_date": document_date, "max_bytes": max_bytes, "mode": mode}
    if jobs <= 1:
        _init(options)
        for item in items:
            yield _one(item)
        return
    if "fork" in mp.get_all_start_methods():
        # load everything once here; forked workers share it copy-on-write instead of each
        # loading the lexicons, the gazetteer and the model again
        _init_warm(options)
        ctx = mp.get_context("fork")
        initializer = _set_options
    else:
        ctx = mp.get_context()
        initializer = _init_warm
    with ctx.Pool(jobs, initializer=initializer, initargs=(options,)) as pool:
        yield from pool.imap(_one, items, chunksize=1)
