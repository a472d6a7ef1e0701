"""Words and verbs of the spaCy ``Doc`` (directive_extract.tokens): phrases from corpora/raw."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

from directive_extract.data import load
from directive_extract.normalize import normalize_text
from directive_extract.tokens import VERBS, _segment_crf, make_doc, segment, verb_lexicon

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})


def verbs(nlp: Language, text: str) -> list[str]:
    """The verb words of ``text``, each as its syllables joined by one space."""
    out: list[str] = []
    for tok in make_doc(nlp, text):
        if tok.tag_ == "V" and tok._.word_start:
            out.append(tok.text)
        elif tok.tag_ == "V":
            out[-1] += " " + tok.text
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(  # 030: a capitalised verb opening an item is still a verb
            "- Tăng cường các hoạt động giám sát, phát hiện sớm các trường hợp mắc bệnh, ổ dịch cúm",
            ["Tăng cường", "hoạt động", "giám sát", "phát hiện", "sớm", "mắc"],
            id="030-item-tang-cuong",
        ),
        pytest.param(  # 024
            "- Cắt giảm thủ tục cấp giấy phép xây dựng đối với các công trình",
            ["Cắt giảm", "cấp", "xây dựng"],
            id="024-item-cat-giam",
        ),
        pytest.param(  # 004: "Cần" after a heading's colon
            "b) Phát triển đội tàu biển: Cần khẩn trương tiếp tục thực hiện 22 tàu còn lại",
            ["Phát triển", "Cần", "khẩn trương", "tiếp tục", "thực hiện", "còn lại"],
            id="004-heading-then-can",
        ),
        pytest.param(  # 007: "chủ trì, phối hợp" after an actor; "Sở Tư pháp", "Chương trình" are not verbs
            "b) Sở Tư pháp chủ trì, phối hợp với Sở Tài chính, Sở Nội vụ lập dự kiến Chương trình lập quy "
            "và trình Uỷ ban nhân dân thành phố thông qua trước ngày 30",
            # "lập quy" (law-making) is tagged V by the tagger in most of its training occurrences
            ["chủ trì", "phối hợp", "lập", "dự kiến", "lập quy", "trình", "thông qua"],
            id="007-chu-tri-phoi-hop",
        ),
        pytest.param("Sở Tài chính, Sở Nội vụ", [], id="007-actors-no-verb"),
    ],
)
def test_verbs(nlp: Language, text: str, expected: list[str]) -> None:
    assert verbs(nlp, normalize_text(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Giao Sở Y tế  chủ trì,\tphối hợp\n\n- Tăng cường kiểm tra", id="spaces-tabs-blank"),
        pytest.param("  \n(1) Bộ Tài chính chủ trì.\n", id="leading-space"),
        pytest.param("", id="empty"),
    ],
)
def test_doc_text_is_the_input(nlp: Language, text: str) -> None:
    doc = make_doc(nlp, text)
    assert doc.text == text
    assert all(t.tag_ == "_SP" for t in doc if t.is_space)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        pytest.param("Sở Y tế chủ trì", ["sở", "y tế", "chủ trì"], id="actor-and-verb"),
        pytest.param(  # 001: "Nhà nước" stays with "quản lý" (one dictionary entry)
            "công tác quản lý Nhà nước đối với", ["công tác", "quản lý nhà nước", "đối với"], id="001-longest"
        ),
        pytest.param(  # words never cross a line end or a comma
            "giám sát,\nphát hiện sớm", ["giám sát", ",", "phát hiện", "sớm"], id="030-comma-line"
        ),
        pytest.param("trước ngày 15/12/2020.", ["trước", "ngày", "15/12/2020", "."], id="date-one-token"),
    ],
)
def test_segment(text: str, words: list[str]) -> None:
    got = segment(text)
    assert [k for _, _, k in got] == words
    assert all(text[s:e].lower() == k for s, e, k in got)


def test_word_start_inside_a_verb(nlp: Language) -> None:
    doc = make_doc(nlp, "Sở Y tế chủ trì thực hiện")
    assert [(t.text, t.tag_, t._.word_start) for t in doc][3:] == [
        ("chủ", "V", True),
        ("trì", "V", False),
        ("thực", "V", True),
        ("hiện", "V", False),
    ]


def test_lexicon_examples_and_negatives(nlp: Language) -> None:
    """Every entry's examples hold a verb; its negatives hold none."""
    for item in load(VERBS)["entries"]:
        for ex in item.get("examples", []):
            assert verbs(nlp, ex), (item["id"], ex)
        for neg in item.get("negatives", []):
            assert verbs(nlp, neg) == [], (item["id"], neg)
    assert {"chủ trì", "phối hợp", "tăng cường", "thực hiện"} <= verb_lexicon()
    assert not {"cơ quan", "kết quả", "chương trình"} & verb_lexicon()


def test_lexicon_built_from_train_and_dev_only() -> None:
    script = ROOT / "scripts" / "build_verb_lexicon.py"
    spec = importlib.util.spec_from_file_location("build_verb_lexicon", script)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    used = {p.stem for p in mod.training_files()}
    test = {p.name.removesuffix(".review.yaml") for p in (ROOT / "corpora" / "test").glob("*.review.yaml")}
    train = {p.name.removesuffix(".review.yaml") for p in (ROOT / "corpora" / "train").glob("*.review.yaml")}
    assert test and train <= used
    assert not used & test


def test_segment_fallback_without_the_dictionary() -> None:
    """Without underthesea's dictionary file, ``word_tokenize`` segments (same words here)."""
    text = "Sở Y tế chủ trì, phối hợp"
    assert [k for _, _, k in _segment_crf(text)] == [k for _, _, k in segment(text)]
