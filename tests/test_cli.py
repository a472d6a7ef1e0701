"""The command line: formats, inputs, atomic output and one-line errors with the right exit codes."""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import pytest

from directive_extract.cli import main
from tests.conftest import SAMPLE

SHORT = "Giao Bộ Y tế chủ trì, hoàn thành trước ngày 15/12/2020.\n"


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_help_on_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    for args in (
        ["--help"],
        ["extract", "--help"],
        ["schema", "--help"],
        ["evaluate", "--help"],
        ["review", "--help"],
    ):
        code, out, _ = run(args, capsys)
        assert code == 0 and "usage:" in out


def test_extract_sample_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["extract", str(SAMPLE), "--date", "2020-10-15"], capsys)
    assert code == 0, err
    doc = json.loads(out)
    assert doc["document_date"] == "2020-10-15" and doc["document_date_source"] == "argument"
    text = SAMPLE.read_text(encoding="utf-8")
    for d in doc["directives"]:
        assert text[d["start"] : d["end"]] == d["text"]


def test_library_and_cli_agree(capsys: pytest.CaptureFixture[str], sample_text: str) -> None:
    import datetime as dt

    import directive_extract as de

    code, out, _ = run(["extract", str(SAMPLE), "--date", "2020-10-15"], capsys)
    lib = de.extract(sample_text, document_date=dt.date(2020, 10, 15), source=str(SAMPLE))
    assert json.loads(out) == lib.model_dump(mode="json")


def test_several_inputs_give_an_array_and_jsonl_streams(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(SHORT, encoding="utf-8")
    b.write_text(SHORT.replace("Y tế", "Công an"), encoding="utf-8")
    code, out, _ = run(["extract", str(a), str(b), "--date", "2020-10-15"], capsys)
    assert code == 0 and [d["source"] for d in json.loads(out)] == [str(a), str(b)]
    code, out, _ = run(["extract", str(tmp_path), "--format", "jsonl", "--date", "2020-10-15"], capsys)
    lines = out.strip().split("\n")
    assert code == 0 and [json.loads(x)["source"] for x in lines] == [str(a), str(b)]


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(SHORT.encode("utf-8"))))
    code, out, _ = run(["extract", "-", "--date", "2020-10-15"], capsys)
    assert code == 0 and json.loads(out)["source"] == "-"


def test_document_date_found_in_text(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    p = tmp_path / "cd.txt"
    p.write_text(
        "Ngày 16/7/2025, Thủ tướng Chính phủ ký Công điện số 108/CĐ-TTg.\n" + SHORT, encoding="utf-8"
    )
    code, out, _ = run(["extract", str(p)], capsys)
    doc = json.loads(out)
    assert code == 0 and doc["document_date"] == "2025-07-16" and doc["document_date_source"] == "text"
    span = doc["document_date_span"]
    assert p.read_text(encoding="utf-8")[span["start"] : span["end"]] == span["text"]


def test_output_file_is_atomic_and_never_an_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.txt"
    src.write_text(SHORT, encoding="utf-8")
    out = tmp_path / "out.json"
    code, stdout, _ = run(["extract", str(src), "-o", str(out), "--date", "2020-10-15"], capsys)
    assert code == 0 and stdout == "" and json.loads(out.read_text(encoding="utf-8"))["source"] == str(src)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    code, _, err = run(["extract", str(src), "-o", str(src)], capsys)
    assert code == 2 and "overwrite an input" in err and src.read_text(encoding="utf-8") == SHORT


@pytest.mark.parametrize(
    ("content", "code", "message"),
    [
        pytest.param(b"", 1, "empty input", id="empty"),
        pytest.param(b"   \n\n", 1, "empty input", id="blank"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", 1, "binary file", id="binary"),
        pytest.param("Bô Y tê ".encode("latin-1"), 1, "not valid UTF-8", id="not-utf8-latin1"),
    ],
)
def test_unreadable_data(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes, code: int, message: str
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    got, out, err = run(["extract", str(bad)], capsys)
    assert got == code and out == ""
    assert err.count("\n") == 1 and message in err and str(bad) in err and "Traceback" not in err


def test_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["extract", str(tmp_path / "missing.txt")], capsys)
    assert code == 2 and "no such file" in err and err.count("\n") == 1
    empty_dir = tmp_path / "empty"
    empty_dir.mkdir()
    code, _, err = run(["extract", str(empty_dir)], capsys)
    assert code == 2 and "no .txt files" in err
    code, _, err = run(["extract", str(SAMPLE), "--date", "15/10/2020"], capsys)
    assert code == 2 and "expected YYYY-MM-DD" in err and err.count("\n") == 1
    code, _, err = run([], capsys)
    assert code == 2


def test_good_inputs_still_processed_beside_bad_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.txt"
    good.write_text(SHORT, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\xfa")
    code, out, err = run(
        [
            "extract",
            str(bad),
            str(good),
            str(tmp_path / "nope.txt"),
            "--format",
            "jsonl",
            "--date",
            "2020-10-15",
        ],
        capsys,
    )
    assert code == 2  # the worst: a usage error
    assert [json.loads(x)["source"] for x in out.strip().split("\n")] == [str(good)]
    assert err.count("\n") == 2


def test_fifo_refused_without_hanging(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    code, _, err = run(["extract", str(fifo)], capsys)
    assert code == 1 and "not a regular file" in err


def test_utf8_and_utf16_bom(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for enc in ("utf-8-sig", "utf-16"):
        p = tmp_path / f"{enc}.txt"
        p.write_bytes(SHORT.encode(enc))
        code, out, _ = run(["extract", str(p), "--date", "2020-10-15"], capsys)
        doc = json.loads(out)
        assert code == 0 and doc["directives"] and SHORT[doc["directives"][0]["start"] :][:4] == "Giao"


def test_schema_command_matches_committed_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["schema"], capsys)
    committed = (Path(__file__).resolve().parents[1] / "schemas" / "document.schema.json").read_text("utf-8")
    assert code == 0 and json.loads(out) == json.loads(committed)


def test_huge_sparse_file_refused_before_reading(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:
        f.truncate(1 << 30)  # 1 GiB, sparse: nothing is written to disk
    code, _, err = run(["extract", str(big)], capsys)
    assert code == 1 and "over the limit" in err and "--max-bytes" in err
    code, _, err = run(["extract", str(big), "--max-bytes", "100"], capsys)
    assert code == 1 and "over the limit of 100" in err


def test_symlink_loop_and_dangling_link(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    loop = tmp_path / "loop.txt"
    os.symlink(loop, loop)
    dangling = tmp_path / "dangling.txt"
    os.symlink(tmp_path / "nowhere.txt", dangling)
    for p in (loop, dangling):
        code, _, err = run(["extract", str(p)], capsys)
        assert code == 1 and str(p) in err and err.count("\n") == 1 and "Traceback" not in err


def test_jobs_two_keeps_input_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.conftest import RAW

    names = sorted(RAW.glob("*.txt"))[:5]
    code1, out1, _ = run(["extract", *map(str, names), "--format", "jsonl", "--jobs", "1"], capsys)
    code2, out2, _ = run(["extract", *map(str, names), "--format", "jsonl", "--jobs", "2"], capsys)
    assert code1 == code2 == 0 and out1 == out2
    assert [json.loads(x)["source"] for x in out2.strip().split("\n")] == [str(p) for p in names]


def test_unreadable_file_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # root reads any file whatever its mode, so the refusal is simulated at open()
    good = tmp_path / "good.txt"
    good.write_text(SHORT, encoding="utf-8")
    locked = tmp_path / "locked.txt"
    locked.write_text(SHORT, encoding="utf-8")
    real_open = open

    def guarded(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        if str(file) == str(locked):
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("builtins.open", guarded)
    code, out, err = run(
        ["extract", str(locked), str(good), "--format", "jsonl", "--date", "2020-10-15"], capsys
    )
    assert code == 1 and "locked.txt: cannot read (Permission denied)" in err and err.count("\n") == 1
    assert [json.loads(x)["source"] for x in out.strip().split("\n")] == [str(good)]
