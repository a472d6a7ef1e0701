"""Spark: rows of ``extract_dataframe`` in local mode equal ``extract`` on the same texts.

Needs ``pip install -e '.[spark]'`` and Java 17+; without either every test FAILS with the reason
(no skip). One SparkSession (``local[2]``, 1 GB driver, no UI, loopback only) serves the module.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest

import directive_extract
from directive_extract.models import Document

RAW = Path(__file__).resolve().parents[1] / "corpora" / "raw"
# Short real documents of different kinds: a Hanoi Công điện, a Sở GD&ĐT công văn, a Prime
# Minister's Công điện and a Chỉ thị without a dated header (its date stays unknown).
DOCS = [
    "028_cd-ubnd-hanoi-04-2025-lan-chiem-dat",
    "031_cv-sgddt-hanoi-5095-2025-o-nhiem-khong-khi",
    "022_cd-ttg-27-2025-chay-nha-quan8",
    "034_ct-ttg-10-2023-nong-do-con",
]
INSTALL = "pip install -e '.[spark]'"


def _text(name: str) -> str:
    return (RAW / f"{name}.txt").read_text(encoding="utf-8")


def _start_spark() -> Any:
    """A local SparkSession, or a one-line reason (str) why there is none."""
    try:
        import pandas  # noqa: F401
        import pyarrow  # noqa: F401
        from pyspark.sql import SparkSession
    except ImportError as exc:
        return f"pyspark/pandas/pyarrow not importable ({exc}): run {INSTALL}"
    # Workers run this interpreter and import this checkout's package, whether installed or not.
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")  # loopback only, no hostname lookup
    src = str(Path(directive_extract.__file__).resolve().parents[1])
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (src, os.environ.get("PYTHONPATH")) if p)
    try:
        spark = (
            SparkSession.builder.master("local[2]")
            .appName("directive-extract-tests")
            .config("spark.driver.memory", "1g")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.sql.execution.arrow.maxRecordsPerBatch", "2")
            # One task at a time: both partitions go through one reused Python worker, which loads
            # one pipeline (two loading at once on a 2-CPU runner made the module take 85 s, not 55 s).
            .config("spark.task.cpus", "2")
            .getOrCreate()
        )
    except Exception as exc:  # the JVM did not start: say why on one line
        first = (str(exc).strip().splitlines() or [""])[0]
        return f"Spark's JVM did not start ({type(exc).__name__}: {first}); needs Java 17+ on JAVA_HOME/PATH"
    spark.sparkContext.setLogLevel("ERROR")
    return spark


@pytest.fixture(scope="module")
def spark() -> Any:
    session = _start_spark()
    yield session
    if not isinstance(session, str):
        session.stop()


def _need(spark: Any) -> Any:
    if isinstance(spark, str):
        pytest.fail(spark, pytrace=False)
    return spark


@pytest.fixture(scope="module")
def extracted(spark: Any) -> Any:
    """The extracted DataFrame of DOCS (cached) and its rows by id."""
    if isinstance(spark, str):
        return spark
    from directive_extract.spark import extract_dataframe

    texts = spark.createDataFrame([(name, _text(name)) for name in DOCS], "id string, text string")
    out = extract_dataframe(texts, text_col="text", id_col="id").cache()
    return out, {row["id"]: row.asDict(recursive=True) for row in out.collect()}


# (dotted path in the schema, Spark type): each from the pydantic field it must follow.
SCHEMA_ROWS = [
    ("schema_version", "string"),
    ("document_date", "date"),
    ("document_date_source", "string"),
    ("document_date_span.start", "bigint"),
    ("issuer.inherited", "boolean"),
    ("directives[].modality", "string"),
    ("directives[].addressees[].name", "string"),
    ("directives[].deadline.date", "date"),
    ("directives[].deadline.flags", "array<string>"),
    ("directives[].recurrence.anchor_day", "bigint"),
    ("directives[].targets[].value", "double"),
    ("directives[].targets[].metric.text", "string"),
    ("directives[].confidence", "double"),
]


def _field_type(schema: Any, path: str) -> str:
    from pyspark.sql.types import ArrayType

    data_type = schema
    for part in path.split("."):
        data_type = data_type[part.removesuffix("[]")].dataType
        if part.endswith("[]"):
            assert isinstance(data_type, ArrayType), path
            data_type = data_type.elementType
    return str(data_type.simpleString())


@pytest.mark.parametrize(("path", "expected"), SCHEMA_ROWS, ids=[p for p, _ in SCHEMA_ROWS])
def test_schema_follows_the_models(spark: Any, path: str, expected: str) -> None:
    _need(spark)
    from directive_extract.spark import spark_schema

    assert _field_type(spark_schema(), path) == expected


def test_schema_has_every_model_field(spark: Any) -> None:
    _need(spark)
    from directive_extract.models import Directive
    from directive_extract.spark import spark_schema

    schema = spark_schema()
    assert schema.fieldNames() == list(Document.model_fields)
    directive = schema["directives"].dataType.elementType
    assert directive.fieldNames() == list(Directive.model_fields)
    assert not schema["directives"].nullable and schema["issuer"].nullable


@pytest.mark.parametrize("name", DOCS, ids=[d[:3] for d in DOCS])
def test_rows_equal_extract(spark: Any, extracted: Any, name: str) -> None:
    _need(spark)
    _, rows = extracted
    text = _text(name)
    expected = directive_extract.extract(text, source=name).model_dump()
    got = dict(rows[name])
    assert got.pop("id") == name
    assert expected["directives"], "the document must yield directives for the test to mean something"
    assert [(d["start"], d["end"], d["text"]) for d in got["directives"]] == [
        (d["start"], d["end"], d["text"]) for d in expected["directives"]
    ]
    assert got == expected
    assert Document.model_validate(got).check_grounding(text) == []


def test_parquet_reads_back(spark: Any, extracted: Any, tmp_path: Path) -> None:
    spark = _need(spark)
    out, rows = extracted
    from directive_extract.spark import write_output

    write_output(out, str(tmp_path / "out.parquet"), "parquet")
    back = spark.read.parquet(str(tmp_path / "out.parquet")).collect()
    assert {r["id"]: r.asDict(recursive=True) for r in back} == rows


def test_jsonl_records_with_dates(spark: Any, tmp_path: Path) -> None:
    """The script's path: JSON lines {id, text, date} in, JSON lines out, the date given wins."""
    spark = _need(spark)
    from directive_extract.spark import run

    name = DOCS[0]
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": 7, "text": _text(name), "date": "2025-04-23"}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    run(spark, str(source), str(tmp_path / "out"), "jsonl")
    lines = [
        json.loads(line)
        for part in sorted((tmp_path / "out").glob("part-*"))
        for line in part.read_text(encoding="utf-8").splitlines()
    ]
    assert len(lines) == 1
    got = lines[0]
    expected = directive_extract.extract(
        _text(name), source="7", document_date=dt.date(2025, 4, 23)
    ).model_dump(mode="json")
    assert got["id"] == "7"
    assert set(got) == {"id", *expected}  # null fields written, as the CLI does
    assert got["document_date"] == "2025-04-23" and got["document_date_source"] == "argument"
    assert [(d["id"], d["start"], d["end"]) for d in got["directives"]] == [
        (d["id"], d["start"], d["end"]) for d in expected["directives"]
    ]


def test_text_files_folder(spark: Any, tmp_path: Path) -> None:
    """A folder means its .txt files (other files ignored); a byte-order mark is not part of the text."""
    spark = _need(spark)
    from directive_extract.spark import read_input

    name = DOCS[2]
    (tmp_path / "a.txt").write_text("\ufeff" + _text(name), encoding="utf-8")
    (tmp_path / "notes.md").write_text("không phải văn bản", encoding="utf-8")
    rows = read_input(spark, str(tmp_path)).collect()
    assert [Path(r["id"]).name for r in rows] == ["a.txt"]
    assert rows[0]["text"] == _text(name) and rows[0]["date"] is None


def test_bad_date_fails_clearly(spark: Any) -> None:
    spark = _need(spark)
    from directive_extract.spark import extract_dataframe

    texts = spark.createDataFrame(
        [("x", "Giao Sở Y tế báo cáo.", "15/12/2020")], "id string, text string, d string"
    )
    with pytest.raises(Exception, match="is not an ISO date"):
        extract_dataframe(texts, date_col="d").collect()
