"""The clause classifier: features from the rules, fusion policy, the packaged model offline, training."""

from __future__ import annotations

import json
import shutil
import socket
from pathlib import Path

import numpy as np
import pytest

from directive_extract.learn.component import (
    LOW_CONFIDENCE,
    MODEL_DIR,
    PROVENANCE,
    ClauseModel,
    Fusion,
    fuse_scored,
)
from directive_extract.learn.features import rule_doc, unit_views
from directive_extract.learn.train import platt
from directive_extract.pipeline import Pipeline, Settings

ROOT = Path(__file__).resolve().parent.parent

# From corpora/raw/021_cd-ttg-108-2025-dac-xa.txt (verbatim lines).
ITEM_2 = (
    "(2) Bộ Quốc phòng có trách nhiệm trực tiếp chỉ đạo chặt chẽ việc xét đề nghị đặc xá cho phạm nhân "
    "đang chấp hành án tại các trại giam, trại tạm giam do Bộ Quốc phòng quản lý."
)
ITEM_7 = (
    "(7) Giao Bộ Công an (Cơ quan Thường trực Hội đồng tư vấn đặc xá) có trách nhiệm theo dõi, tổng hợp "
    "và báo cáo kết quả thực hiện lên Thủ tướng Chính phủ và Hội đồng tư vấn đặc xá."
)
LEADIN_6 = (
    "(6) Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương chỉ đạo các ngành thực hiện "
    "các nội dung sau:\n"
    "- Chỉ đạo Sở Văn hóa, Thể thao và Du lịch phối hợp chặt chẽ với Ban Tuyên giáo tuyên truyền sâu rộng "
    "về công tác đặc xá."
)


@pytest.fixture(scope="module")
def rules() -> Pipeline:
    return Pipeline(Settings(mode="rules"))


@pytest.mark.parametrize(
    ("text", "unit", "present", "absent"),
    [
        (
            ITEM_2,
            0,
            ["__rule_cue__", "__cue_subject__", "__actor_start__", "__marker_paren_decimal__"],
            ["__norule__", "__leadin_item__"],
        ),
        (
            ITEM_7,
            0,
            ["__rule_cue__", "__cue_object__", "__cue_first__", "__verb_first__", "__open0_giao__"],
            ["__actor_start__"],
        ),
        (LEADIN_6, 0, ["__norule__", "__leadin_tail__", "__colon_end__", "__cue_leadin__"], ["__rule_cue__"]),
        (
            LEADIN_6,
            1,
            ["__rule_cue__", "__leadin_item__", "__leadin_addr__", "__marker_dash__", "__depth_1__"],
            ["__leadin_tail__"],
        ),
    ],
    ids=["subject-cue", "object-cue-first", "leadin-tail", "leadin-item"],
)
def test_unit_words_encode_the_rules(
    rules: Pipeline, text: str, unit: int, present: list[str], absent: list[str]
) -> None:
    doc, _ = rule_doc(rules.nlp, text)
    words = unit_views(doc)[unit].words
    for w in present:
        assert w in words
    for w in absent:
        assert w not in words


@pytest.mark.parametrize(
    ("mode", "scores", "kept", "added"),
    [
        ("hybrid", [0.95, 0.05], [], [0]),  # the lead-in's tail is added, the rule's item dropped
        ("hybrid", [0.5, 0.5], [1], []),  # neither sure: the rules decide
        ("hybrid", [0.95, 0.6], [1], [0]),  # drop below 0.3, add at 0.9
        ("model", [0.6, 0.4], [], [0]),  # the model alone: threshold 0.5
        ("model", [0.4, 0.6], [1], []),
    ],
    ids=["drop-and-add", "rules-decide", "keep-and-add", "model-adds", "model-keeps"],
)
def test_fusion_policy(
    rules: Pipeline, mode: str, scores: list[float], kept: list[int], added: list[int]
) -> None:
    doc, _ = rule_doc(rules.nlp, LEADIN_6)
    from directive_extract.components.assemble import Assembler
    from directive_extract.components.common import DRAFT

    asm = Assembler(doc)
    views = unit_views(doc, asm)
    fusion = Fusion(drop_below=0.3, add_above=0.9, model_threshold=0.5)
    out = fuse_scored(asm, doc.user_data[DRAFT], views, [(p, "obligation") for p in scores], mode, fusion)
    starts = [d.start for d in out.directives]
    assert starts == sorted(views[i].unit.start for i in kept + added)
    for d in out.directives:
        i = next(k for k, v in enumerate(views) if v.unit.start == d.start)
        assert d.confidence == round(scores[i], 3)
        assert PROVENANCE in d.provenance
        assert (i in added) == (d.rule == PROVENANCE)
        assert (LOW_CONFIDENCE in d.provenance) == (scores[i] < 0.7)


# From corpora/raw/010_ct-phongchong-tachai-thuocla.txt (verbatim lines 4-6).
CT_010 = (
    "Uỷ ban nhân dân quận yêu cầu các phòng, ban, ngành, Uỷ ban nhân dân 11 phường, Mặt trận, đoàn thể "
    "tăng cường thực hiện các hoạt động phòng, chống tác hại của thuốc lá với các nội dung như sau:\n"
    "1. Tăng cường các biện pháp phòng, chống tác hại của thuốc lá:\n"
    "Hàng năm tổ chức mít - tinh, hội thảo hưởng ứng Ngày Thế giới không thuốc lá 31 tháng 5 và "
    "Tuần lễ Quốc gia không thuốc lá."
)


def test_added_clause_inherits_from_the_leadin(rules: Pipeline) -> None:
    doc, norm = rule_doc(rules.nlp, CT_010)
    from directive_extract.components.assemble import Assembler
    from directive_extract.components.common import DRAFT

    asm = Assembler(doc)
    views = unit_views(doc, asm)
    assert [v.draft is not None for v in views] == [True, False, False]
    scores = [(0.5, "obligation"), (0.0, "obligation"), (0.99, "request")]
    out = fuse_scored(asm, doc.user_data[DRAFT], views, scores, "hybrid", Fusion(1.0, 0.0, 0.3, 0.9))
    added = [d for d in out.directives if d.rule == PROVENANCE]
    assert len(out.directives) == 2 and len(added) == 1
    d = added[0]
    assert norm.text[d.start : d.end].startswith("Hàng năm tổ chức mít - tinh")
    assert [norm.text[a.start : a.end] for a in d.addressees] == [
        "các phòng, ban, ngành",
        "Ủy ban nhân dân 11 phường",
    ]
    assert d.addressees_inherited and d.modality == "request" and d.confidence == 0.99
    assert d.issuer is not None and norm.text[d.issuer.start : d.issuer.end] == "Ủy ban nhân dân quận"


@pytest.mark.parametrize(
    ("a", "b"),
    [(1.0, 0.0), (2.0, -1.0), (0.5, 0.5)],
    ids=["identity", "sharpen-shift", "flatten-shift"],
)
def test_platt_recovers_a_known_calibration(a: float, b: float) -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(0, 2, 20000)
    p = 1 / (1 + np.exp(-x))
    y = (rng.random(x.size) < 1 / (1 + np.exp(-(a * x + b)))).astype(float)
    fa, fb = platt(p, y)
    assert abs(fa - a) < 0.1 and abs(fb - b) < 0.1


def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_packaged_model_loads_offline_and_repeats(monkeypatch: pytest.MonkeyPatch) -> None:
    _no_network(monkeypatch)
    info = json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf-8"))["directive_extract"]
    assert info["train_documents"] and info["dev_documents"]
    assert {d["name"] for d in info["train_documents"]}.isdisjoint(d["name"] for d in info["dev_documents"])
    model = ClauseModel(__import__("spacy").load(MODEL_DIR))
    # spaCy reads meta.json with ujson, whose floats may differ in the last bit
    assert model.fusion.drop_below == pytest.approx(info["fusion"]["drop_below"])
    text = ITEM_2 + "\n" + ITEM_7 + "\n" + LEADIN_6
    first = Pipeline(Settings(mode="hybrid"))(text).model_dump(mode="json")
    again = Pipeline(Settings(mode="hybrid"))(text).model_dump(mode="json")
    assert first == again
    assert first["directives"]
    for d in first["directives"]:
        assert PROVENANCE in d["provenance"]
        assert 0.0 <= d["confidence"] <= 1.0


def test_train_on_two_documents(tmp_path: Path) -> None:
    train_dir, dev_dir = tmp_path / "train", tmp_path / "dev"
    train_dir.mkdir()
    dev_dir.mkdir()
    shutil.copy(ROOT / "corpora" / "train" / "037_cd-bgddt-1638-2025-bao-so-9.review.yaml", train_dir)
    reviewed = ROOT / "corpora" / "train" / "031_cv-sgddt-hanoi-5095-2025-o-nhiem-khong-khi.review.yaml"
    shutil.copy(ROOT / "corpora" / "dev" / "026_kh-ubnd-hcm-188-2025-mam-non.review.yaml", dev_dir)
    from directive_extract.cli import main

    out = tmp_path / "model"
    argv = ["train", "--train", str(train_dir), "--dev", str(dev_dir), "--output", str(out), "--epochs", "2"]
    argv += ["--span-epochs", "2"]  # the span model goes to out/spans
    argv += ["--extra", str(reviewed)]  # a reviewed file trains too
    assert main(argv) == 0
    info = json.loads((out / "meta.json").read_text(encoding="utf-8"))["directive_extract"]
    assert [d["name"] for d in info["train_documents"]] == [
        "037_cd-bgddt-1638-2025-bao-so-9.txt",
        "031_cv-sgddt-hanoi-5095-2025-o-nhiem-khong-khi.txt",
    ]
    assert [d["name"] for d in info["dev_documents"]] == ["026_kh-ubnd-hcm-188-2025-mam-non.txt"]
    assert info["seed"] == 0 and info["default_mode"] in ("rules", "model", "hybrid")
    meta = out / "spans" / "main" / "meta.json"
    spans = json.loads(meta.read_text(encoding="utf-8"))["directive_extract"]
    assert [d["name"] for d in spans["train_documents"]] == [d["name"] for d in info["train_documents"]]
    model = ClauseModel.load(out)
    doc, _ = rule_doc(Pipeline(Settings(mode="rules")).nlp, ITEM_7)
    assert len(model.scores(unit_views(doc))) == 1


@pytest.mark.parametrize(
    ("mode", "model_in_every"),
    [("rules", False), ("model", True), ("hybrid", True)],
    ids=["rules", "model", "hybrid"],
)
def test_extract_mode_option(tmp_path: Path, mode: str, model_in_every: bool) -> None:
    from directive_extract.cli import main

    src = tmp_path / "ct.txt"
    src.write_text(CT_010, encoding="utf-8")
    out = tmp_path / "out.json"
    assert main(["extract", str(src), "--mode", mode, "-o", str(out)]) == 0
    directives = json.loads(out.read_text(encoding="utf-8"))["directives"]
    assert directives
    assert all((PROVENANCE in d["provenance"]) == model_in_every for d in directives)
