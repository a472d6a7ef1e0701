"""The span model: its fusion policy on real sentences, the packaged model offline, training,
and the calibration check of ``evaluate``."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from directive_extract.components.assemble import Assembler, _units
from directive_extract.components.common import DRAFT
from directive_extract.evaluate.run import format_report
from directive_extract.evaluate.scoring import Scores, score_document
from directive_extract.learn.component import forced_draft
from directive_extract.learn.features import rule_doc
from directive_extract.learn.span_fusion import PREFIX, SpanPolicy, fuse_spans, search_policy
from directive_extract.learn.spans import HEADS, SPANS_DIR, SpanModel, gold_spans
from directive_extract.models import Directive, Document, Span
from directive_extract.normalize import normalize
from directive_extract.pipeline import Pipeline, Settings
from tests.test_model import _no_network

ROOT = Path(__file__).resolve().parent.parent

# corpora/raw/010_ct-phongchong-tachai-thuocla.txt, line 4 (verbatim)
LEAD_010 = (
    "Uỷ ban nhân dân quận yêu cầu các phòng, ban, ngành, Uỷ ban nhân dân 11 phường, Mặt trận, đoàn thể "
    "tăng cường thực hiện các hoạt động phòng, chống tác hại của thuốc lá với các nội dung như sau:"
)
# corpora/raw/010_ct-phongchong-tachai-thuocla.txt, lines 19-20 (verbatim)
HEADER_010 = (
    "2.2 Phòng Văn hoá - Thông tin:\n"
    "- Phối hợp với phòng Y tế hàng năm tổ chức mít-tinh, hội thảo hưởng ứng Ngày Thế giới không thuốc "
    "lá 31 tháng 5 và Tuần lễ Quốc gia không thuốc lá."
)
# corpora/raw/064_qd-ttg-bcd-hoinghi-wef-dong-a-2010.txt, lines 17-18 (verbatim)
GROUP_064 = (
    "Nhóm giúp việc có nhiệm vụ:\n- Giúp Ban Chỉ đạo đôn đốc, điều phối hoạt động chuẩn bị cho Hội nghị;"
)


@pytest.fixture(scope="module")
def rules() -> Pipeline:
    return Pipeline(Settings(mode="rules"))


def _span(text: str, quote: str, label: str) -> tuple[int, int, str]:
    i = text.index(quote)
    return (i, i + len(quote), label)


def test_rule_addressees_written_in_the_clause_are_kept(rules: Pipeline) -> None:
    doc, norm = rule_doc(rules.nlp, LEAD_010)
    asm = Assembler(doc)
    draft = doc.user_data[DRAFT]
    (d,) = draft.directives
    before = [norm.text[a.start : a.end] for a in d.addressees]
    assert "các phòng, ban, ngành" in before and not d.addressees_inherited
    spans = [_span(norm.text, "Mặt trận", "ADDRESSEE")]  # the model disagrees: one actor only
    (out,) = fuse_spans(asm, draft, spans, SpanPolicy()).directives
    assert [norm.text[a.start : a.end] for a in out.addressees] == before
    assert not any(p.startswith(PREFIX) for p in out.provenance)
    assert d.provenance == out.provenance  # the rule draft itself is not touched


def test_model_fills_empty_coordinators_with_the_text_as_written(rules: Pipeline) -> None:
    doc, norm = rule_doc(rules.nlp, HEADER_010)
    asm = Assembler(doc)
    draft = doc.user_data[DRAFT]
    (d,) = draft.directives
    assert d.coordinators == []  # "Phối hợp với phòng Y tế": the rules name no coordinator here
    # the header's actor, inherited by the rules, stays: the model's span there agrees
    spans = [
        _span(norm.text, "Phòng Văn hóa - Thông tin", "ADDRESSEE"),
        _span(norm.text, "phòng Y tế", "COORDINATOR"),
    ]
    (out,) = fuse_spans(asm, draft, spans, SpanPolicy()).directives
    assert [norm.text[c.start : c.end] for c in out.coordinators] == ["phòng Y tế"]
    assert out.coordinators[0].rule == PREFIX and out.coordinators[0].values["name"] == "phòng Y tế"
    assert f"{PREFIX}:coordinators" in out.provenance
    assert [a.values["name"] for a in out.addressees] == ["Phòng Văn hóa - Thông tin"]
    assert f"{PREFIX}:addressees" not in out.provenance
    off = SpanPolicy(fill_coordinators=False)
    (kept,) = fuse_spans(asm, draft, spans, off).directives
    assert kept.coordinators == [] and f"{PREFIX}:coordinators" not in kept.provenance


def test_model_fills_empty_addressees_from_the_leadin(rules: Pipeline) -> None:
    doc, norm = rule_doc(rules.nlp, GROUP_064)
    asm = Assembler(doc)
    unit = _units(doc, asm.seg)[1]
    assert norm.text[unit.start : unit.end].startswith("Giúp Ban Chỉ đạo")
    item = forced_draft(asm, unit, "obligation", [])  # the item as the clause model adds it
    item.addressees, item.addressees_inherited = [], False  # … with no addressee found by the rules
    draft = replace(doc.user_data[DRAFT], directives=[item])
    spans = [_span(norm.text, "Nhóm giúp việc", "ADDRESSEE")]
    (out,) = fuse_spans(asm, draft, spans, SpanPolicy()).directives
    assert [norm.text[a.start : a.end] for a in out.addressees] == ["Nhóm giúp việc"]
    assert out.addressees_inherited  # written in the lead-in, not in the clause
    assert f"{PREFIX}:addressees" in out.provenance
    (none,) = fuse_spans(asm, draft, spans, SpanPolicy(inherit=False)).directives
    assert none.addressees == [] and f"{PREFIX}:addressees" not in none.provenance
    assert item.addressees == []  # the input draft is left as it was


def test_gold_spans_label_where_written_once() -> None:
    from directive_extract.models import Actor

    text = GROUP_064
    norm = normalize(text)

    def actor(quote: str) -> Actor:
        i = text.index(quote)
        return Actor(text=quote, start=i, end=i + len(quote), name=quote, kind="other", inherited=True)

    item = text.split("\n")[1]
    directives = []
    for k in range(2):  # two directives (a duplicate) inheriting the same lead-in actor
        i = text.index(item)
        directives.append(
            Directive(
                id=f"d{k}",
                text=item,
                start=i,
                end=i + len(item),
                modality="obligation",
                addressees=[actor("Nhóm giúp việc")],
                action=Span(text="Giúp Ban Chỉ đạo", start=i + 2, end=i + 18),
                confidence=1.0,
            )
        )
    spans = gold_spans(norm, Document(directives=directives))
    assert spans["main"] == [(0, 14, "ADDRESSEE"), (30, 46, "ACTION")]
    assert norm.text[30:46] == "Giúp Ban Chỉ đạo"
    assert spans["inner"] == []


def test_packaged_span_model_loads_offline_and_repeats(
    monkeypatch: pytest.MonkeyPatch, rules: Pipeline
) -> None:
    _no_network(monkeypatch)
    model = SpanModel.load(SPANS_DIR)
    info = model.info
    assert set(info["heads"]) == set(HEADS)
    assert info["train_documents"] and info["dev_documents"]
    assert {d["name"] for d in info["train_documents"]}.isdisjoint(d["name"] for d in info["dev_documents"])
    assert set(info["policy"]) == set(SpanPolicy().as_dict())
    text = LEAD_010 + "\n" + HEADER_010
    doc, _ = rule_doc(rules.nlp, text)
    asm = Assembler(doc)
    first = model.predict(doc, asm, doc.user_data[DRAFT])
    assert first == model.predict(doc, asm, doc.user_data[DRAFT])
    for s, e, label in first:
        assert (
            0 <= s < e <= len(text)
            and label in info["heads"]["main"]["labels"] + info["heads"]["inner"]["labels"]
        )
    pipe = Pipeline(Settings(mode="hybrid"))
    a = pipe(text).model_dump(mode="json")
    b = Pipeline(Settings(mode="hybrid"))(text).model_dump(mode="json")
    assert a == b and a["directives"]


def _train(tmp: Path, name: str, extra: list[str]) -> Path:
    from directive_extract.cli import main

    dev = tmp / "dev"
    if not dev.exists():
        dev.mkdir()
        shutil.copy(ROOT / "corpora" / "dev" / "026_kh-ubnd-hcm-188-2025-mam-non.review.yaml", dev)
    out = tmp / name
    argv = ["train", "--dev", str(dev), "--limit", "1", "--epochs", "2", "--span-epochs", "2"]
    argv += ["--output", str(out / "clause"), "--spans-output", str(out / "spans")]
    if extra:
        argv += ["--extra", *extra]
    assert main(argv) == 0
    return out


def test_training_is_reproducible_and_takes_reviewed_files(tmp_path: Path) -> None:
    reviewed = str(ROOT / "corpora" / "train" / "031_cv-sgddt-hanoi-5095-2025-o-nhiem-khong-khi.review.yaml")
    a = _train(tmp_path, "a", [reviewed])
    b = _train(tmp_path, "b", [reviewed])
    for part in ("clause/textcat_multilabel/model", "spans/main/ner/model", "spans/inner/ner/model"):
        assert (a / part).read_bytes() == (b / part).read_bytes(), part
    info = json.loads((a / "spans" / "main" / "meta.json").read_text(encoding="utf-8"))["directive_extract"]
    names = [d["name"] for d in info["train_documents"]]
    assert len(names) == 2 and names[1] == "031_cv-sgddt-hanoi-5095-2025-o-nhiem-khong-khi.txt"
    assert [d["name"] for d in info["dev_documents"]] == ["026_kh-ubnd-hcm-188-2025-mam-non.txt"]
    assert info["seed"] == 0 and info["heads"]["main"]["config"]
    loaded = SpanModel.load(a / "spans")
    assert loaded.info["policy"] == info["policy"]


TEXT = "Giao Bộ Y tế rà soát các quy định; Bộ Công an kiểm tra; các tỉnh báo cáo."


def _directive(clause: str, confidence: float) -> Directive:
    i = TEXT.index(clause)
    return Directive(
        id=f"d{i}", text=clause, start=i, end=i + len(clause), modality="obligation", confidence=confidence
    )


def test_calibration_counts_confident_directives_that_match() -> None:
    gold = Document(
        directives=[
            _directive("Giao Bộ Y tế rà soát các quy định;", 1.0),
            _directive("các tỉnh báo cáo.", 1.0),
        ]
    )
    pred = Document(
        directives=[
            _directive("Giao Bộ Y tế rà soát các quy định;", 0.95),  # confident, right
            _directive("Bộ Công an kiểm tra;", 0.9),  # confident (the bound counts), wrong
            _directive("các tỉnh báo cáo.", 0.6),  # right, not confident
        ]
    )
    s = score_document(pred, gold)
    cal = s.as_dict()["calibration"]
    assert (cal["predicted"], cal["matched"], cal["share"]) == (2, 1, 0.5)
    total = Scores()
    total.add(s)
    total.add(score_document(Document(directives=[_directive("các tỉnh báo cáo.", 0.99)]), gold))
    assert total.as_dict()["calibration"]["predicted"] == 3
    assert total.as_dict()["calibration"]["matched"] == 2
    result = {
        "documents": 1,
        "gold_directives": 2,
        "overall": s.as_dict(),
        "per_document": [],
        "errors": [],
    }
    line = next(x for x in format_report(result).splitlines() if x.startswith("confidence ≥ 0.9"))
    assert line.split()[-2:] == ["1/2", "0.500"]


def test_policy_search_keeps_only_switches_that_improve() -> None:
    def score(p: SpanPolicy) -> float:  # addressee filling helps, new actors help only with it
        return (1.0 if p.fill_addressees else 0.0) + (0.5 if p.fill_addressees and p.new_actors else 0.0)

    policy, tried = search_policy(score)
    on = {k for k, v in policy.as_dict().items() if v}
    assert on == {"fill_addressees", "new_actors"}  # fill_issuer etc. only tie: they stay off
    assert max(tried.values()) == 1.5 and len(tried) <= 2 * len(SpanPolicy().as_dict()) + 1


def test_only_the_heads_and_blocks_the_policy_reads_are_predicted(pipeline) -> None:  # type: ignore[no-untyped-def]
    # the packaged policy fills empty addressees only: the main head, over the blocks of the
    # directives the rules left without addressees — and the spans found there are the same as
    # when every block is predicted
    from directive_extract.components.assemble import Assembler
    from directive_extract.components.common import DRAFT
    from directive_extract.learn.features import rule_doc
    from directive_extract.learn.span_fusion import SpanPolicy, needed
    from directive_extract.learn.spans import packaged_spans
    from tests.conftest import raw_text

    model = packaged_spans()
    policy = SpanPolicy(**model.info["policy"])
    doc, _ = rule_doc(pipeline.nlp, raw_text("057_kh-ubnd-langson-279-2025-dieu-chinh-quy-hoach"))
    asm = Assembler(doc)
    draft = doc.user_data[DRAFT]
    heads, blocks = needed(policy, asm, draft)
    assert heads == {"main"} and blocks is not None
    assert 0 < len(blocks) < len(asm.seg.blocks)
    some = model.predict(doc, asm, draft, heads=heads, blocks=blocks)
    every = model.predict(doc, asm, draft)
    inside = [
        x for x in every if any(asm.seg.blocks[b].start <= x[0] < asm.seg.blocks[b].end for b in blocks)
    ]
    assert [x for x in some if x[2] in ("ADDRESSEE", "ISSUER", "ACTION", "DEADLINE")] == [
        x for x in inside if x[2] in ("ADDRESSEE", "ISSUER", "ACTION", "DEADLINE")
    ]
