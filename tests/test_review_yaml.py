"""YAML written by the tool: exact round trips, readable Vietnamese; locator; schema sync; stats; CLI."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import directive_extract
from directive_extract.cli import main
from directive_extract.models import Actor, Directive, Document
from directive_extract.review import load_review, review_schema
from directive_extract.review.export import export_text
from directive_extract.review.io import round_trip_yaml
from directive_extract.review.locate import Locator, quote_key
from directive_extract.review.stats import review_stats
from directive_extract.review.write import dump_tree, text_block

ROOT = Path(__file__).resolve().parents[1]

TEXTS = [
    ("plain", "Điều 1. Giao Sở Y tế chủ trì, phối hợp với Sở Tài chính.\n", "|"),
    ("no-final-newline", "Bộ Y tế khẩn trương hướng dẫn", "|-"),
    ("many-final-newlines", "Thủ tướng Chính phủ yêu cầu:\n\n\n", "|+"),
    ("nbsp", "Bộ cũng yêu cầu\u00a0các sở thông tin và truyền thông\n", "|"),
    ("tab", "(1)\tBộ Công an:\n- Chủ trì, phối hợp với Bộ Xây dựng\n", "|"),
    ("leading-spaces", "   Kế hoạch chuyển đổi số trong năm 2020\nSở thông tin\n", "|2"),
    ("trailing-spaces", "Bộ Tài chính:  \n- Thực hiện đôn đốc \n", "|"),
    ("crlf", "Điều 1.\r\nGiao Sở Y tế chủ trì.\r\n", '"'),
    ("lone-cr", "Điều 1.\rGiao Sở Y tế.", '"'),
    ("crlf-nbsp-tab", "\tĐiều 1.\u00a0Giao\r\n  Sở Y tế chủ trì.\r\n", '"'),
    ("control-chars", "Bộ Y tế\x0b\x1f\x7f\u2028\ufeff chủ trì", '"'),
    ("yaml-lookalikes", '--- \n... \n# không phải chú thích: "x" {a: b}\n', "|"),
    ("empty", "", '"'),
]


@pytest.mark.parametrize(("text", "style"), [t[1:] for t in TEXTS], ids=[t[0] for t in TEXTS])
def test_text_block_round_trips_exactly(text: str, style: str) -> None:
    block = text_block(text)
    assert block.startswith(f"text: {style}")
    assert yaml.safe_load(block) == {"text": text}
    assert str(round_trip_yaml().load(block)["text"]) == text
    assert "\\u" not in block.replace("\\u2028", "").replace("\\ufeff", "")  # only non-printables escaped
    for word in ("Điều", "Bộ", "Sở", "Thủ tướng", "không"):
        if word in text:
            assert word in block  # Vietnamese stays readable


def test_double_quoted_fallback_keeps_one_source_line_per_text_line() -> None:
    block = text_block("Điều 1.\r\nGiao Sở Y tế chủ trì.\r\n")
    assert block == 'text: "Điều 1.\\r\\n\\\n  Giao Sở Y tế chủ trì.\\r\\n\\\n  "\n'


def _doc(text: str) -> Document:
    loc = Locator(text)
    s, e = loc.find("Giao Sở Y tế chủ trì")[0]
    a_s, a_e = loc.find("Sở Y tế")[0]
    actor = Actor(text=text[a_s:a_e], start=a_s, end=a_e, name="Sở Y tế", kind="department")
    return Document(
        directives=[
            Directive(
                id="d-1",
                text=text[s:e],
                start=s,
                end=e,
                modality="obligation",
                addressees=[actor],
                confidence=0.5,
                provenance=["assemble.cue"],
            )
        ]
    )


@pytest.mark.parametrize("newline", ["\n", "\r\n"], ids=["lf", "crlf"])
def test_exported_file_reads_back_with_pyyaml(tmp_path: Path, newline: str) -> None:
    text = newline.join(["Điều 1.", "Giao Sở Y tế chủ trì,\u00a0phối hợp\tvới Sở Tài chính: thực hiện.", ""])
    content = export_text(text, _doc(text), doc_id="t", out_dir=tmp_path, date=dt.date(2025, 7, 16))
    assert content.startswith("# yaml-language-server: $schema=")
    data = yaml.safe_load(content)
    assert data["text"] == text and data["document"]["date"] == dt.date(2025, 7, 16)
    assert data["directives"][0]["addressees"][0] == {
        "text": "Sở Y tế",
        "name": "Sở Y tế",
        "kind": "department",
    }
    assert "# rules: assemble.cue" in content and "\\u" not in content
    path = tmp_path / "t.review.yaml"
    path.write_text(content, encoding="utf-8")
    assert load_review(path).text == text
    tree = round_trip_yaml().load(content)
    del tree["text"]
    assert dump_tree(tree) + text_block(text) == content  # re-dumping is stable (merge relies on it)


LOCATE = [
    # (text, quote, clause or None, expected occurrence start) — phrases from corpora/raw/025 and the sample
    ("nbsp", "yêu cầu\u00a0các sở", "yêu cầu các sở", None, 0),
    ("spacing", "tập trung  thúc\nđẩy", "tập trung thúc đẩy", None, 0),
    ("tone-placement", "Cục Tin học hoá", "Cục Tin học hóa", None, 0),
    ("nfd", "Bo\u0302\u0323 Công an", "Bộ Công an", None, 0),
    ("inside-clause", "Bộ Công an: Bộ Công an chủ trì", "Bộ Công an", (12, 30), 12),
    ("before-clause", "(1) Bộ Công an:\n- Chủ trì", "Bộ Công an", (16, 25), 4),
]


@pytest.mark.parametrize(
    ("text", "quote", "clause", "start"), [x[1:] for x in LOCATE], ids=[x[0] for x in LOCATE]
)
def test_locate(text: str, quote: str, clause: tuple[int, int] | None, start: int) -> None:
    got = Locator(text).pick(quote, clause, prefer_before=True)
    assert got is not None and got[0] == start


def test_deadline_after_the_clause_in_its_line_beats_an_earlier_line() -> None:
    text = (
        "- Chủ trì A, hoàn thành trong tháng 10 năm 2025.\n- Chủ trì B, hoàn thành trong tháng 10 năm 2025."
    )
    loc = Locator(text)
    clause = loc.find("Chủ trì B")[0]
    got = loc.pick("hoàn thành trong tháng 10 năm 2025", clause, prefer_before=False)
    assert got == loc.find("hoàn thành trong tháng 10 năm 2025")[1]
    assert loc.pick("hoàn thành trong tháng 10 năm 2025", clause, prefer_before=True)[0] < clause[0]


def test_schema_file_is_generated_from_the_models() -> None:
    committed = json.loads((ROOT / "schemas/review-file.schema.json").read_text(encoding="utf-8"))
    assert committed == review_schema(), (
        "schemas/review-file.schema.json drifted: run PYTHONPATH=src python -c "
        '"from directive_extract.review import write_schema; write_schema()"'
    )
    assert committed["additionalProperties"] is False


def test_stats_per_field(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "Điều 1.\nGiao Sở Y tế chủ trì, phối hợp với Sở Tài chính.\n"
    path = tmp_path / "s.review.yaml"
    path.write_text(export_text(text, _doc(text), doc_id="s", out_dir=tmp_path), encoding="utf-8")
    tree = round_trip_yaml().load(path.read_text(encoding="utf-8"))
    del tree["text"]
    d = tree["directives"][0]
    d["status"] = "corrected"
    d["addressees"][0]["name"] = "Sở Y tế Hà Nội"  # corrected
    d["coordinators"] = [{"text": "Sở Tài chính", "name": "Sở Tài chính", "kind": "department"}]  # added
    d["cue"] = "Giao"  # added
    path.write_text(dump_tree(tree) + text_block(text), encoding="utf-8")
    stats = review_stats([tmp_path])
    assert stats.problems == [] and stats.files == 1
    assert stats.directives.corrected == 1 and stats.directives.precision(directive=True) == 1.0
    f = stats.fields
    assert (f["addressees"].corrected, f["coordinators"].added, f["cue"].added) == (1, 1, 1)
    assert (f["text"].accepted, f["modality"].accepted, f["text"].precision()) == (1, 1, 1.0)
    assert f["addressees"].precision() == 0.0 and f["deadline"].precision() is None
    assert main(["review", "stats", "--json", str(path)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["fields"]["addressees"]["corrected"] == 1 and out["directives"]["precision"] == 1.0


def test_cli_export_check_apply(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    notice = tmp_path / "notice.txt"
    text = "Điều 1.\nGiao Sở Y tế chủ trì, phối hợp với Sở Tài chính.\n"
    notice.write_text(text, encoding="utf-8")
    calls: list[tuple[str, object]] = []

    def fake_extract(t: str, *, document_date: dt.date | None = None, source: str | None = None) -> Document:
        calls.append((t, document_date))
        return _doc(t)

    monkeypatch.setitem(vars(directive_extract), "extract", fake_extract)
    assert main(["review", "export", str(notice), "--date", "2025-07-16", "--reviewer", "annotator-a"]) == 0
    out = tmp_path / "notice.review.yaml"
    assert calls == [(text, dt.date(2025, 7, 16))] and out.exists()
    assert main(["review", "check", str(out)]) == 0
    assert main(["review", "apply", str(out), "-o", str(tmp_path / "applied.json")]) == 0
    applied = json.loads((tmp_path / "applied.json").read_text(encoding="utf-8"))
    assert applied["document_date"] == "2025-07-16"
    assert applied["directives"][0]["provenance"] == ["review:pending:annotator-a"]
    assert main(["review", "export", str(notice)]) == 0  # re-export: nothing changed, file untouched
    assert not (tmp_path / "notice.review.yaml.bak").exists()
    err = capsys.readouterr().err
    assert "1 new" in err and "unchanged" in err and f"{out}: ok (1 pending)" in err
    for cmd in ("export", "check", "apply", "stats"):
        assert main(["review", cmd, "--help"]) == 0
        assert f"review {cmd}" in capsys.readouterr().out


def test_same_clause_twice_takes_the_next_occurrence(tmp_path: Path) -> None:
    # Thông báo kết luận style: the same clause closes two sections
    item = "- Báo cáo kết quả về Văn phòng Chính phủ.\n"
    text = f"1. Bộ Y tế:\n{item}2. Bộ Công an:\n{item}"
    loc = Locator(text)
    clauses = loc.find("Báo cáo kết quả về Văn phòng Chính phủ")
    assert len(clauses) == 2
    directives = [
        Directive(id=f"d-{i}", text=text[s:e], start=s, end=e, modality="obligation", confidence=0.5)
        for i, (s, e) in enumerate(clauses)
    ]
    path = tmp_path / "twice.review.yaml"
    path.write_text(export_text(text, Document(directives=directives), doc_id="2020_01", out_dir=tmp_path))
    assert (
        yaml.safe_load(path.read_text(encoding="utf-8"))["document"]["id"] == "2020_01"
    )  # not the int 202001
    from directive_extract.review import apply_review

    assert [(d.start, d.end) for d in apply_review(path).directives] == clauses


def test_cli_export_to_stdout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    notice = tmp_path / "notice.txt"
    notice.write_text("Điều 1.\nGiao Sở Y tế chủ trì.\n", encoding="utf-8")
    monkeypatch.setitem(vars(directive_extract), "extract", lambda t, **_: _doc(t))
    assert main(["review", "export", str(notice), "-o", "-"]) == 0
    out = capsys.readouterr().out
    assert yaml.safe_load(out)["directives"][0]["text"] == "Giao Sở Y tế chủ trì"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notice.txt"]


_ALPHABET = list("aĐờ ế\u00a0\t\r\n:#-|>\"'\\{}[]&*!%@`\x0b\u2028\ufeff")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(_ALPHABET), max_size=40))
def test_any_text_round_trips(text: str) -> None:
    block = text_block(text)
    assert yaml.safe_load(block) == {"text": text}
    assert str(round_trip_yaml().load(block)["text"]) == text


_WORDS = ["Bộ", "Y", "tế", "hoá", "thuỷ", "lợi", "chủ", "trì"]
_SPACES = [" ", "  ", "\u00a0", "\t", "\n", "\r\n", " \u00a0 "]


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SPACES)), min_size=2, max_size=12), st.data()
)
def test_located_span_is_the_quote_modulo_spacing(parts: list[tuple[str, str]], data: st.DataObject) -> None:
    text = "".join(w + s for w, s in parts)
    i = data.draw(st.integers(0, len(parts) - 1))
    j = data.draw(st.integers(i, len(parts) - 1))
    quote = " ".join(w for w, _ in parts[i : j + 1])  # typed with plain spaces
    loc = Locator(text)
    found = loc.find(quote)
    assert found
    for s, e in found:
        assert quote_key(text[s:e]) == quote_key(quote)
        assert text[s:e] == text[s:e].strip()
