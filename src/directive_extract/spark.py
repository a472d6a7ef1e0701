"""Run the pipeline on Apache Spark: a DataFrame of texts in, one row of directive records per text out.

Each executor's Python worker builds ONE :class:`directive_extract.Pipeline` the first time it
gets a batch and reuses it for every later batch (Spark reuses Python workers by default,
``spark.python.worker.reuse=true``). The output schema is derived from the pydantic record
contract (:class:`directive_extract.models.Document`) by :func:`spark_schema`, so it follows the
models when they change. Dates (``document_date``, a deadline's ``date``/``start_date``) are Spark
``DateType``; JSON output writes them as ISO strings ("2020-12-15"), exactly as the CLI does.

Example (a text holding "Giao Sở Y tế hoàn thành trước ngày 15/12/2020.")::

    >>> from directive_extract.spark import extract_dataframe
    >>> texts = spark.createDataFrame(
    ...     [("a", "Giao Sở Y tế hoàn thành trước ngày 15/12/2020.")], "id string, text string")
    >>> row = extract_dataframe(texts).first()
    >>> row.directives[0].deadline.date
    datetime.date(2020, 12, 15)

As a script (for ``spark-submit``; see docs/spark.md)::

    python -m directive_extract.spark corpora/raw out.parquet --format parquet
    python -m directive_extract.spark records.jsonl out.jsonl --format jsonl
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import sys
import types
import typing
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any, Literal, get_args, get_origin

from pydantic import BaseModel

from directive_extract.models import Document
from directive_extract.modes import add_mode_option

if TYPE_CHECKING:
    import pandas as pd

    from directive_extract.pipeline import Pipeline, Settings

try:
    from pyspark.sql import DataFrame, SparkSession
    from pyspark.sql import functions as F
    from pyspark.sql.types import (
        ArrayType,
        BooleanType,
        DataType,
        DateType,
        DoubleType,
        LongType,
        StringType,
        StructField,
        StructType,
        TimestampType,
    )
except ImportError as exc:  # pragma: no cover - depends on the environment
    raise ImportError(
        "directive_extract.spark needs pyspark (with pandas and pyarrow): "
        "pip install 'directive-extract[spark]' (from a checkout: pip install -e '.[spark]')"
    ) from exc

__all__ = ["extract_dataframe", "main", "read_input", "run", "spark_schema", "write_output"]

_SCALARS: dict[type, DataType] = {
    str: StringType(),
    int: LongType(),
    float: DoubleType(),
    bool: BooleanType(),
    dt.datetime: TimestampType(),  # before dt.date: a datetime is a date
    dt.date: DateType(),
}


def _spark_type(annotation: Any, where: str) -> tuple[DataType, bool]:
    """The Spark type of one field annotation and whether it may be null.

    >>> _spark_type(dt.date | None, "Deadline.date")
    (DateType(), True)
    """
    origin = get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        if len(args) != 1:
            raise TypeError(f"{where}: a union of several types has no Spark type: {annotation!r}")
        return _spark_type(args[0], where)[0], True
    if origin is Literal:
        values = get_args(annotation)
        if all(isinstance(v, str) for v in values):
            return StringType(), False
        raise TypeError(f"{where}: only string literals map to Spark: {annotation!r}")
    if origin is list:
        (item,) = get_args(annotation)
        element, nullable = _spark_type(item, f"{where}[]")
        return ArrayType(element, containsNull=nullable), False
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return spark_schema(annotation), False
    for python_type, spark_type in _SCALARS.items():
        if annotation is python_type:
            return spark_type, False
    raise TypeError(f"{where}: no Spark type for {annotation!r}")


def spark_schema(model: type[BaseModel] = Document) -> StructType:
    """The Spark schema of a record model, derived from its pydantic fields (in declaration order).

    ``str``/``Literal`` → string, ``int`` → bigint, ``float`` → double, ``bool`` → boolean,
    ``date`` → date, ``list[X]`` → array, a nested model → struct; ``X | None`` is nullable.
    For :class:`~directive_extract.models.Document`, the field ``directives`` is an array of
    ``Directive`` structs whose ``addressees`` are ``Actor`` structs (e.g. name "Sở Y tế").

    >>> spark_schema()["document_date"].dataType
    DateType()
    """
    fields = []
    for name, info in model.model_fields.items():
        data_type, nullable = _spark_type(info.annotation, f"{model.__name__}.{name}")
        fields.append(StructField(name, data_type, nullable))
    return StructType(fields)


# One pipeline per Python worker process and settings, built on the first batch that needs it.
_PIPELINES: dict[Any, Pipeline] = {}


def _pipeline(settings: Settings | None) -> Pipeline:
    from directive_extract.pipeline import Pipeline

    pipe = _PIPELINES.get(settings)
    if pipe is None:
        pipe = _PIPELINES[settings] = Pipeline(settings)
    return pipe


def _as_date(value: Any) -> dt.date | None:
    """A document date from a Spark value: a date, a timestamp, an ISO string or null.

    >>> _as_date("2020-10-15")
    datetime.date(2020, 10, 15)
    """
    if value is None or (isinstance(value, float) and value != value) or type(value).__name__ == "NaTType":
        return None  # NaTType first: pandas' NaT is a datetime subclass
    if isinstance(value, dt.datetime):  # also pandas.Timestamp
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        if not value.strip():
            return None
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            raise ValueError(f"document date {value!r} is not an ISO date (YYYY-MM-DD)") from None
    raise ValueError(f"document date {value!r} ({type(value).__name__}) is not a date")


def _extract_batches(
    batches: Iterator[pd.DataFrame],
    *,
    id_col: str | None,
    columns: list[str],
    settings: Settings | None,
) -> Iterator[pd.DataFrame]:
    """The ``mapInPandas`` function: columns ``_id``, ``_text``, ``_date`` in, output rows out."""
    import pandas as pd

    pipe = _pipeline(settings)
    for batch in batches:
        rows: list[dict[str, Any]] = []
        for ident, text, day in zip(batch["_id"], batch["_text"], batch["_date"], strict=True):
            source = None if ident is None else str(ident)
            text = "" if text is None else text
            doc = pipe(text, document_date=_as_date(day), source=source)
            row = doc.model_dump()
            if id_col is not None:
                row[id_col] = source
            rows.append(row)
        yield pd.DataFrame.from_records(rows, columns=columns) if rows else pd.DataFrame(columns=columns)


def output_schema(id_col: str | None = "id") -> StructType:
    """The schema of :func:`extract_dataframe`'s result: ``id_col`` (string) then the Document fields."""
    schema = spark_schema()
    if id_col is None:
        return schema
    if id_col in schema.fieldNames():
        raise ValueError(f"id column {id_col!r} clashes with a Document field; rename it first")
    return StructType([StructField(id_col, StringType(), True), *schema.fields])


def extract_dataframe(
    df: DataFrame,
    text_col: str = "text",
    id_col: str | None = "id",
    date_col: str | None = None,
    settings: Settings | None = None,
) -> DataFrame:
    """Extract the directives of every text of ``df``: one output row per input row.

    The result has the column ``id_col`` (the input's id as a string; omitted when ``id_col`` is
    None) followed by the fields of :class:`~directive_extract.models.Document` (see
    :func:`spark_schema`); ``source`` is the id too, so a row equals
    ``extract(text, source=id, document_date=date).model_dump()``. ``date_col`` holds each text's
    document date (a date, a timestamp or an ISO string); without it the date is read from the text.
    Offsets index the text exactly as it is in ``text_col``. A null text gives a row with no directives.

    >>> texts = spark.createDataFrame([(1, "Giao Sở Y tế hoàn thành trước ngày 15/12/2020.")], ["id", "text"])
    >>> extract_dataframe(texts).first().directives[0].addressees[0].name
    'Sở Y tế'
    """
    for col in (text_col, id_col, date_col):
        if col is not None and col not in df.columns:
            raise ValueError(f"no column {col!r} in the DataFrame (columns: {', '.join(df.columns)})")
    schema = output_schema(id_col)
    selected = df.select(
        (F.col(id_col).cast("string") if id_col is not None else F.lit(None).cast("string")).alias("_id"),
        F.col(text_col).cast("string").alias("_text"),
        (F.col(date_col) if date_col is not None else F.lit(None).cast("string")).alias("_date"),
    )
    func = functools.partial(
        _extract_batches, id_col=id_col, columns=schema.fieldNames(), settings=settings
    )
    return selected.mapInPandas(func, schema)


def read_input(spark: SparkSession, path: str) -> DataFrame:
    """Texts to extract, as columns ``id``, ``text``, ``date`` (string, may be null).

    A path ending in ``.jsonl``/``.json`` is read as JSON lines ``{"id", "text", "date"}`` (a
    malformed line fails the job); any other path names text files: a folder means its ``*.txt``
    files, and each file is one text whose id is its URI (a leading byte-order mark is dropped, as
    the CLI does). Example record: ``{"id": "ct-24", "text": "Giao Bộ Công an ...", "date": "2025-07-12"}``.
    """
    if path.endswith((".jsonl", ".json")):
        return (
            spark.read.schema("id string, text string, date string")
            .option("mode", "FAILFAST")
            .json(path)
        )
    pattern = path if path.endswith(".txt") or any(c in path for c in "*?[") else path.rstrip("/") + "/*.txt"
    sc = spark.sparkContext
    files = sc.wholeTextFiles(pattern, minPartitions=sc.defaultParallelism)
    rows = files.map(lambda kv: (kv[0], kv[1][1:] if kv[1].startswith("\ufeff") else kv[1], None))
    return spark.createDataFrame(rows, "id string, text string, date string")


def write_output(df: DataFrame, path: str, fmt: Literal["parquet", "jsonl"], overwrite: bool = False) -> None:
    """Write extracted rows as Parquet or JSON lines (a folder of ``part-*`` files, as Spark writes)."""
    writer = df.write.mode("overwrite" if overwrite else "errorifexists")
    if fmt == "parquet":
        writer.parquet(path)
    elif fmt == "jsonl":
        # Nulls kept (Spark drops them by default), so each line has the CLI's keys.
        writer.option("dateFormat", "yyyy-MM-dd").option("ignoreNullFields", "false").json(path)
    else:
        raise ValueError(f"unknown format {fmt!r}: parquet or jsonl")


def run(
    spark: SparkSession,
    source: str,
    output: str,
    fmt: Literal["parquet", "jsonl"] = "parquet",
    *,
    partitions: int | None = None,
    overwrite: bool = False,
    settings: Settings | None = None,
) -> None:
    """Read ``source`` (see :func:`read_input`), extract, write ``output`` (see :func:`write_output`)."""
    texts = read_input(spark, source)
    if partitions:
        texts = texts.repartition(partitions)
    out = extract_dataframe(texts, text_col="text", id_col="id", date_col="date", settings=settings)
    write_output(out, output, fmt, overwrite=overwrite)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m directive_extract.spark",
        description="Extract directives from .txt files or JSON lines with Spark; write Parquet or JSONL.",
    )
    parser.add_argument("input", help="a folder of .txt files, a .txt glob, or a .jsonl of {id,text,date}")
    parser.add_argument("output", help="output folder (Spark writes part files)")
    parser.add_argument("--format", choices=("parquet", "jsonl"), default="parquet")
    parser.add_argument("--partitions", type=int, default=None, help="repartition the texts first")
    parser.add_argument("--overwrite", action="store_true", help="replace an existing output")
    add_mode_option(parser)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``python -m directive_extract.spark`` / ``spark-submit``."""
    from directive_extract.pipeline import Settings

    args = build_parser().parse_args(argv)
    spark = (
        SparkSession.builder.appName("directive-extract")
        # Texts can be large: keep Arrow batches small (the default is 10,000 rows).
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "64")
        .getOrCreate()
    )
    try:
        run(
            spark,
            args.input,
            args.output,
            args.format,
            partitions=args.partitions,
            overwrite=args.overwrite,
            settings=None if args.mode is None else Settings(mode=args.mode),
        )
    finally:
        spark.stop()
    return 0


if __name__ == "__main__":
    # Run the functions of the imported module, not of ``__main__``: cloudpickle would ship
    # ``__main__`` functions by value, each task with a fresh (empty) pipeline cache.
    from directive_extract.spark import main as _main

    sys.exit(_main())
