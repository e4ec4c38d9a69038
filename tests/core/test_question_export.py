"""Question bank exports: GIFT, Moodle XML and Anki, from hand-built questions of every type."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

from koryo_desktop.core.entities import Choice, Question
from koryo_desktop.core.question_export import (
    ANKI_MODEL_ID,
    MOODLE_GRADES,
    anki_deck_id,
    anki_front,
    answer_text,
    choices,
    gift_escape,
    multiple_weights,
    to_anki,
    to_gift,
    to_moodle_xml,
)

CATEGORY = "$course$/Koryo Desktop"


def q(qid: str, kind: str, prompt: str, **kw) -> Question:  # type: ignore[no-untyped-def]
    return Question(
        id=qid,
        chapter_id=kw.pop("chapter_id", "north-korea"),
        section_id=kw.pop("section_id", None),
        type=kind,
        difficulty=kw.pop("difficulty", "easy"),
        prompt=prompt,
        explanation=kw.pop("explanation", f"Because of {qid}."),
        source_ids=("lee-oped",),
        **kw,
    )


SINGLE = q(
    "signer",
    "single",
    "Who signed for the northern side?",
    choices=(Choice("Nam Il", True), Choice("Kim Il Sung", False), Choice("Peng Dehuai", False)),
    explanation="Nam Il signed.",
)
MULTIPLE = q(
    "villages",
    "multiple",
    "Which were Korean villages in 1864?",
    choices=(
        Choice("Tizinhe", True),
        Choice("Sidimi", True),
        Choice("Chapigou", True),
        Choice("Lyalichi", False),
        Choice("Kazakevichevo", False),
    ),
)
TRUE_FALSE = q("born-1913", "true_false", "All sources agree on 1913.", answer={"answer": False})
TRUE_TRUE = q("armistice-1953", "true_false", "The armistice was signed in 1953.", answer={"answer": True})
NUMBER = q("tizinhe-year", "number", "Which year?", answer={"answer": 1863, "tolerance": 1, "unit": "year"})
DECIMAL = q("share", "number", "What percentage?", answer={"answer": 24.22, "tolerance": 0.5})
SHORT = q("signer-name", "short", "Name the signer.", answer={"accepted": ["Nam Il", "남일", "Нам Ир"]})
MATCH = q(
    "figures",
    "match",
    "Match each figure to its year.",
    answer={
        "pairs": [
            {"left": "Kore Ilbo begins", "right": "1923"},
            {"left": "Posyet raion", "right": "1927"},
            {"left": "Theatre opens", "right": "1932"},
        ]
    },
)
ORDER = q(
    "steps",
    "order",
    "Put these steps in order.",
    answer={"items": ["Decree adopted", "Guards dismissed", "Second decree", "Last transports"]},
)
SPECIAL = q(
    "special",
    "single",
    "Which: a~b = c#d {e} \\ f?",
    choices=(Choice("x = y", True), Choice("{z}", False)),
    explanation="See: 1~2 #3",
)
ALL = [SINGLE, MULTIPLE, TRUE_FALSE, NUMBER, SHORT, MATCH, ORDER]


# ---------------------------------------------------------------------------------------------------------------
# answer_text


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (SINGLE, "Nam Il"),
        (MULTIPLE, "Tizinhe\nSidimi\nChapigou"),
        (TRUE_FALSE, "False"),
        (TRUE_TRUE, "True"),
        (NUMBER, "1863 year (±1)"),
        (DECIMAL, "24.22 (±0.5)"),
        (SHORT, "Nam Il (also accepted: 남일, Нам Ир)"),
        (MATCH, "Kore Ilbo begins → 1923\nPosyet raion → 1927\nTheatre opens → 1932"),
        (ORDER, "1. Decree adopted\n2. Guards dismissed\n3. Second decree\n4. Last transports"),
    ],
)
def test_answer_text(question: Question, expected: str):
    assert answer_text(question) == expected


def test_unknown_type_is_an_error():
    with pytest.raises(ValueError, match="unknown type"):
        answer_text(q("odd", "essay", "Write."))
    with pytest.raises(ValueError, match="unknown type"):
        to_gift([q("odd", "essay", "Write.")], CATEGORY)


# ---------------------------------------------------------------------------------------------------------------
# GIFT


def test_gift_category_first_and_a_block_per_question():
    text = to_gift(ALL, CATEGORY)
    assert "$CATEGORY: $course$/Koryo Desktop\n" in text
    assert text.index("$CATEGORY") < text.index("::signer::")
    for question in ALL:
        assert f"::{question.id}::" in text
    # questions are separated by blank lines; none has a blank line inside
    assert text.count("\n\n") == len(ALL)


def test_gift_single():
    assert to_gift([SINGLE], CATEGORY).endswith(
        "::signer::Who signed for the northern side? {\n"
        "\t=Nam Il\n"
        "\t~Peng Dehuai\n"
        "\t~Kim Il Sung\n"
        "\t####Nam Il signed.\n"
        "}\n"
    )


def test_gift_multiple_weights():
    text = to_gift([MULTIPLE], CATEGORY)
    # shuffled by the question's id; each choice keeps its own grade
    assert (
        "\t~%33.33333%Sidimi\n\t~%-50%Lyalichi\n\t~%33.33333%Tizinhe\n\t~%33.33333%Chapigou\n\t~%-50%Kazakevichevo\n"
    ) in text
    assert "=" not in text.split("::villages::", 1)[1]


def test_gift_true_false_number_short():
    assert "::born-1913::All sources agree on 1913. {\n\tF\n\t####Because of born-1913.\n}" in to_gift(
        [TRUE_FALSE], CATEGORY
    )
    assert "{\n\tT\n" in to_gift([TRUE_TRUE], CATEGORY)
    assert "::tizinhe-year::Which year? {\n\t#1863:1\n" in to_gift([NUMBER], CATEGORY)
    assert "\t#24.22:0.5\n" in to_gift([DECIMAL], CATEGORY)
    assert "::signer-name::Name the signer. {\n\t=Nam Il\n\t=남일\n\t=Нам Ир\n" in to_gift([SHORT], CATEGORY)


def test_gift_match():
    text = to_gift([MATCH], CATEGORY)
    assert "\t=Kore Ilbo begins -> 1923\n\t=Posyet raion -> 1927\n\t=Theatre opens -> 1932\n" in text


def test_gift_order_becomes_matching_with_a_comment():
    text = to_gift([ORDER], CATEGORY)
    comment = text.index("// steps: an order question; GIFT has no ordering type")
    assert comment < text.index("::steps::")
    assert "::steps::For each position (1 \\= first), choose the item that belongs there. Put these steps" in text
    assert "\t=1 -> Decree adopted\n\t=2 -> Guards dismissed\n\t=3 -> Second decree\n\t=4 -> Last transports\n" in text


def test_gift_escapes_special_characters():
    assert gift_escape("a~b=c#d{e}f:g\\h") == "a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h"
    assert gift_escape("one\ntwo") == "one\\ntwo"
    text = to_gift([SPECIAL], CATEGORY)
    assert "::special::Which\\: a\\~b \\= c\\#d \\{e\\} \\\\ f? {" in text
    assert "\t~\\{z\\}\n\t=x \\= y\n\t####See\\: 1\\~2 \\#3\n" in text


def test_gift_short_answer_wildcard_is_literal():
    star = q("star", "short", "Name it.", answer={"accepted": ["A*B"]})
    assert "\t=A\\\\*B\n" in to_gift([star], CATEGORY)


# ---------------------------------------------------------------------------------------------------------------
# Moodle XML


def _parse(questions: list[Question]) -> ET.Element:
    text = to_moodle_xml(questions, CATEGORY)
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>')
    return ET.fromstring(text.encode("utf-8"))


def _by_name(root: ET.Element) -> dict[str, ET.Element]:
    return {el.findtext("name/text"): el for el in root.findall("question") if el.get("type") != "category"}


def test_moodle_xml_structure_and_types():
    root = _parse(ALL)
    assert root.tag == "quiz"
    questions = root.findall("question")
    assert len(questions) == len(ALL) + 1
    assert questions[0].get("type") == "category"
    assert questions[0].findtext("category/text") == CATEGORY
    types = {name: el.get("type") for name, el in _by_name(root).items()}
    assert types == {
        "signer": "multichoice",
        "villages": "multichoice",
        "born-1913": "truefalse",
        "tizinhe-year": "numerical",
        "signer-name": "shortanswer",
        "figures": "matching",
        "steps": "matching",
    }
    for question in ALL:
        el = _by_name(root)[question.id]
        assert el.findtext("defaultgrade") == "1"
        assert question.explanation in el.findtext("generalfeedback/text")
        assert el.find("generalfeedback").get("format") == "html"
        assert question.prompt in el.findtext("questiontext/text")


def test_moodle_xml_single_and_multiple_fractions():
    questions = _by_name(_parse([SINGLE, MULTIPLE]))
    single = questions["signer"]
    assert single.findtext("single") == "true"
    assert [a.get("fraction") for a in single.findall("answer")] == ["100", "0", "0"]
    assert [a.findtext("text") for a in single.findall("answer")] == ["<p>Nam Il</p>", "<p>Peng Dehuai</p>",
                                                                      "<p>Kim Il Sung</p>"]  # fmt: skip
    multiple = questions["villages"]
    assert multiple.findtext("single") == "false"
    fractions = [float(a.get("fraction")) for a in multiple.findall("answer")]
    assert sum(f for f in fractions if f > 0) == pytest.approx(100, abs=0.001)
    assert sum(f for f in fractions if f < 0) == pytest.approx(-100, abs=0.001)
    assert fractions == pytest.approx([33.33333, -50, 33.33333, 33.33333, -50])
    assert multiple.findall("answer")[1].findtext("text") == "<p>Lyalichi</p>"


def test_multiple_weights_are_valid_moodle_grades():
    seven = q("seven", "multiple", "?", choices=tuple(Choice(str(i), i < 7) for i in range(8)))
    weights = multiple_weights(seven)
    assert sorted(weights, reverse=True) == [14.28571] * 7 + [-100]
    for choice, weight in zip(choices(seven), weights, strict=True):  # each weight follows its choice
        assert weight == (14.28571 if choice.correct else -100)
    assert all(abs(w) in MOODLE_GRADES for w in weights)


def test_moodle_xml_true_false_and_numerical():
    questions = _by_name(_parse([TRUE_FALSE, NUMBER, DECIMAL]))
    answers = {a.findtext("text"): a.get("fraction") for a in questions["born-1913"].findall("answer")}
    assert answers == {"true": "0", "false": "100"}
    answer = questions["tizinhe-year"].find("answer")
    assert (answer.findtext("text"), answer.findtext("tolerance"), answer.get("fraction")) == ("1863", "1", "100")
    answer = questions["share"].find("answer")
    assert (answer.findtext("text"), answer.findtext("tolerance")) == ("24.22", "0.5")


def test_moodle_xml_shortanswer_variants_including_hangul():
    short = _by_name(_parse([SHORT]))["signer-name"]
    assert short.findtext("usecase") == "0"
    answers = short.findall("answer")
    assert [a.findtext("text") for a in answers] == ["Nam Il", "남일", "Нам Ир"]
    assert {a.get("fraction") for a in answers} == {"100"}


def test_moodle_xml_matching_and_order():
    questions = _by_name(_parse([MATCH, ORDER]))
    pairs = [(s.findtext("text"), s.findtext("answer/text")) for s in questions["figures"].findall("subquestion")]
    assert pairs == [
        ("<p>Kore Ilbo begins</p>", "1923"),
        ("<p>Posyet raion</p>", "1927"),
        ("<p>Theatre opens</p>", "1932"),
    ]
    order = questions["steps"]
    assert order.findtext("shuffleanswers") == "false"
    assert order.findtext("questiontext/text").startswith("<p>For each position (1 = first)")
    positions = [(s.findtext("text"), s.findtext("answer/text")) for s in order.findall("subquestion")]
    assert positions == [
        ("<p>1</p>", "Decree adopted"),
        ("<p>2</p>", "Guards dismissed"),
        ("<p>3</p>", "Second decree"),
        ("<p>4</p>", "Last transports"),
    ]
    assert "has no ordering type" in to_moodle_xml([ORDER], CATEGORY)


def test_moodle_xml_escapes_html_and_xml():
    tricky = q("tricky", "single", 'Is <b> & "x" bold?', choices=(Choice("a < b", True), Choice("c", False)))
    el = _by_name(_parse([tricky, SPECIAL]))
    assert el["tricky"].findtext("questiontext/text") == '<p>Is &lt;b&gt; &amp; "x" bold?</p>'
    assert "<p>a &lt; b</p>" in [a.findtext("text") for a in el["tricky"].findall("answer")]
    assert el["special"].findtext("questiontext/text") == "<p>Which: a~b = c#d {e} \\ f?</p>"


# ---------------------------------------------------------------------------------------------------------------
# Anki


def _notes(apkg: Path) -> list[tuple[str, str, str]]:
    with zipfile.ZipFile(apkg) as zf:
        assert "collection.anki2" in zf.namelist()
        db = apkg.parent / f"{apkg.stem}.anki2"
        db.write_bytes(zf.read("collection.anki2"))
    conn = sqlite3.connect(db)
    try:
        return [(r[0], r[1], r[2]) for r in conn.execute("SELECT flds, tags, guid FROM notes ORDER BY id")]
    finally:
        conn.close()


def test_anki_package_has_a_note_per_question(tmp_path: Path):
    path = to_anki(ALL, tmp_path / "deck.apkg", "Koryo Desktop")
    assert path == tmp_path / "deck.apkg"
    notes = _notes(path)
    assert len(notes) == len(ALL)
    fields = {n[0].split("\x1f")[3]: n for n in notes}  # keyed by the Source field
    flds, tags, guid = next(v for k, v in fields.items() if "question signer-name" in k)
    question, answer, explanation, source = flds.split("\x1f")
    assert "Name the signer." in question
    assert answer == "Nam Il (also accepted: 남일, Нам Ир)"
    assert explanation == "<p>Because of signer-name.</p>"
    assert "north-korea" in source
    assert set(tags.split()) == {"north-korea", "easy"}
    import genanki

    assert guid == genanki.guid_for("signer-name")
    order_answer = next(n[0] for n in notes if "question steps" in n[0]).split("\x1f")[1]
    assert order_answer == "1. Decree adopted<br>2. Guards dismissed<br>3. Second decree<br>4. Last transports"


def test_anki_ids_are_stable(tmp_path: Path):
    assert anki_deck_id("Koryo Desktop") == anki_deck_id("Koryo Desktop")
    assert anki_deck_id("Koryo Desktop") != anki_deck_id("Koryo Desktop::Chapter 4")
    assert 1 << 30 <= anki_deck_id("Koryo Desktop") < 1 << 31
    to_anki([SINGLE], tmp_path / "a.apkg", "Koryo Desktop")
    with zipfile.ZipFile(tmp_path / "a.apkg") as zf:
        (tmp_path / "a.anki2").write_bytes(zf.read("collection.anki2"))
    conn = sqlite3.connect(tmp_path / "a.anki2")
    try:
        (mid,) = conn.execute("SELECT DISTINCT mid FROM notes").fetchone()
        (decks,) = conn.execute("SELECT decks FROM col").fetchone()
    finally:
        conn.close()
    assert mid == ANKI_MODEL_ID
    assert str(anki_deck_id("Koryo Desktop")) in decks


def test_anki_front_lists_choices_without_giving_the_order_away():
    assert "<ul><li>Nam Il</li><li>Peng Dehuai</li><li>Kim Il Sung</li></ul>" in anki_front(SINGLE)
    front = anki_front(ORDER)
    positions = [front.index(f"<li>{item}</li>") for item in ORDER.answer["items"]]
    assert positions != sorted(positions)
    match = anki_front(MATCH)
    assert "<ol><li>Kore Ilbo begins</li><li>Posyet raion</li><li>Theatre opens</li></ol>" in match
    assert "<li>1923</li>" in match


def test_exports_shuffle_each_questions_choices_the_same_way_every_time():
    """The content files often list the right choice first; no export may keep that order."""
    bank = [
        q(f"q{n}", "single", "?", choices=tuple(Choice(f"choice {i}", i == 0) for i in range(4))) for n in range(40)
    ]
    orders = [[c.text for c in choices(question)] for question in bank]
    assert all(order != [f"choice {i}" for i in range(4)] for order in orders)  # never the file's order
    first_right = sum(order[0] == "choice 0" for order in orders)
    assert first_right <= 20, first_right  # the right choice is not learnably first
    assert orders == [[c.text for c in choices(question)] for question in bank]  # stable across exports
    gift = to_gift(bank, CATEGORY)
    for question, order in zip(bank, orders, strict=True):
        block = gift.split(f"::{question.id}::", 1)[1].split("}", 1)[0]
        assert [line[2:] for line in block.split("\n")[1:5]] == order
        assert anki_front(question).endswith(_html_list(order))
    answers = _by_name(_parse(bank))
    assert [a.findtext("text") for a in answers["q0"].findall("answer")] == [f"<p>{t}</p>" for t in orders[0]]


def _html_list(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"


def test_module_imports_no_qt():
    code = (
        "import sys, koryo_desktop.core.question_export\n"
        "assert not any(m.startswith(('PySide6', 'shiboken6')) for m in sys.modules)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
