"""The question bank in formats teachers' tools import: Moodle GIFT, Moodle XML and Anki (.apkg).

Plain Python (no Qt). genanki is imported only inside `to_anki`.

Choices a teacher should know about:
- Moodle has no ordering question in its core, so an `order` question becomes a matching question:
  positions "1", "2", … on the left, the items on the right (Moodle shuffles the items).
- Units of `number` questions are not graded: the student types the number only.
- The choices of `single` and `multiple` questions are written in an order shuffled with the question's
  id as seed, as the app shuffles them on screen: the same order at every export, and never the
  order of the content files, whose first choice is often the right one.
- `multiple` questions give each right choice 100/n_right % and each wrong one -100/n_wrong %, snapped to the
  grades Moodle accepts, so ticking everything scores nothing.
"""

from __future__ import annotations

import hashlib
import html
import random
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TypeVar

from koryo_desktop.core.entities import Choice, Question

_T = TypeVar("_T")

QUESTION_TYPES = ("single", "multiple", "true_false", "order", "match", "number", "short")

# Moodle's question_bank::fraction_options_full(), as percentages: an imported grade must be one of them.
MOODLE_GRADES = (
    100.0, 90.0, 83.33333, 80.0, 75.0, 70.0, 66.66667, 60.0, 50.0, 40.0, 33.33333, 30.0, 25.0, 20.0, 16.66667,
    14.28571, 12.5, 11.11111, 10.0, 5.0, 0.0,
)  # fmt: skip

ORDER_PREFIX = "For each position (1 = first), choose the item that belongs there. "

# A fixed model id: re-exports update the same note type in Anki instead of adding a new one.
ANKI_MODEL_ID = 1_735_204_517
ANKI_MODEL_NAME = "Koryo Desktop question"
ANKI_CSS = """\
.card { font-family: "Noto Sans", "Noto Sans KR", sans-serif; font-size: 20px; text-align: left;
        color: black; background-color: white; }
.explanation { margin-top: 1em; color: #333; }
.source { margin-top: 1em; font-size: 12px; color: #777; }
"""


# ---------------------------------------------------------------------------------------------------------------
# shared helpers


def _answer(question: Question) -> dict:
    return question.answer if isinstance(question.answer, dict) else {}


def _number(value: object) -> str:
    """1863 → "1863", 24.22 → "24.22", 2.0 → "2"."""
    if isinstance(value, bool):
        return str(int(value))
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _percent(value: float) -> str:
    """A GIFT/Moodle XML percentage with at most 5 decimals: 50 → "50", -100/3 → "-33.33333"."""
    text = f"{value:.5f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


def _grade(exact: float) -> float:
    """The Moodle grade (a percentage, sign kept) nearest to `exact`."""
    nearest = min(MOODLE_GRADES, key=lambda g: abs(g - abs(exact)))
    return nearest if exact >= 0 else -nearest


def choices(question: Question) -> list[Choice]:
    """The question's choices in the export's order: shuffled, seeded by the question's id."""
    return _shuffled(list(question.choices), f"{question.id}:choices")


def multiple_weights(question: Question) -> list[float]:
    """Per choice (in the order of `choices`), the grade in percent: each right choice 100/n_right, each wrong
    one -100/n_wrong."""
    n_right = sum(1 for c in question.choices if c.correct)
    n_wrong = len(question.choices) - n_right
    return [_grade(100 / n_right) if c.correct else _grade(-100 / n_wrong) for c in choices(question)]


def order_items(question: Question) -> list[str]:
    return [str(i) for i in _answer(question).get("items", [])]


def match_pairs(question: Question) -> list[tuple[str, str]]:
    return [(str(p["left"]), str(p["right"])) for p in _answer(question).get("pairs", [])]


def _shuffled(items: Sequence[_T], seed: str) -> list[_T]:
    """The items in a fixed (per seed) order that differs from the given one, so a card does not give the answer."""
    out = list(items)
    random.Random(seed).shuffle(out)
    if len(out) > 1 and out == list(items):
        out = out[1:] + out[:1]
    return out


Translate = Callable[[str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks the exports' words for the catalogs (context "Export"); callers pass ``words``."""
    return text


def _same(text: str) -> str:
    return text


def answer_text(question: Question, words: Translate = _same) -> str:
    """The right answer as readable text; answers with several parts have one part a line."""
    ans = _answer(question)
    kind = question.type
    if kind == "single":
        return next((c.text for c in question.choices if c.correct), "")
    if kind == "multiple":
        return "\n".join(c.text for c in question.choices if c.correct)
    if kind == "true_false":
        return (
            words(QT_TRANSLATE_NOOP("Export", "True"))
            if ans.get("answer")
            else words(QT_TRANSLATE_NOOP("Export", "False"))
        )
    if kind == "number":
        text = _number(ans.get("answer"))
        if ans.get("unit"):
            text += f" {ans['unit']}"
        if ans.get("tolerance"):
            text += f" (±{_number(ans['tolerance'])})"
        return text
    if kind == "short":
        accepted = [str(a) for a in ans.get("accepted", [])]
        if not accepted:
            return ""
        if len(accepted) == 1:
            return accepted[0]
        also = words(QT_TRANSLATE_NOOP("Export", "also accepted: %1")).replace("%1", ", ".join(accepted[1:]))
        return f"{accepted[0]} ({also})"
    if kind == "order":
        return "\n".join(f"{n}. {item}" for n, item in enumerate(order_items(question), 1))
    if kind == "match":
        return "\n".join(f"{left} → {right}" for left, right in match_pairs(question))
    raise ValueError(f"question {question.id}: unknown type {kind!r}")


# ---------------------------------------------------------------------------------------------------------------
# GIFT

_GIFT_SPECIAL = "~=#{}:"


def gift_escape(text: str) -> str:
    """Backslash-escape GIFT's special characters; line breaks become \\n (a blank line would end the question)."""
    out = text.replace("\\", "\\\\")
    for ch in _GIFT_SPECIAL:
        out = out.replace(ch, "\\" + ch)
    return out.replace("\r\n", "\n").replace("\n", "\\n")


def _shortanswer_text(text: str) -> str:
    """Moodle short answers treat * as a wildcard; a literal one is written \\*."""
    return text.replace("*", "\\*")


def _gift_body(question: Question) -> tuple[str, list[str]]:
    """(question text, answer lines) of one question."""
    ans = _answer(question)
    prompt = gift_escape(question.prompt)
    kind = question.type
    if kind == "single":
        return prompt, [f"{'=' if c.correct else '~'}{gift_escape(c.text)}" for c in choices(question)]
    if kind == "multiple":
        weights = multiple_weights(question)
        return prompt, [
            f"~%{_percent(w)}%{gift_escape(c.text)}" for c, w in zip(choices(question), weights, strict=True)
        ]
    if kind == "true_false":
        return prompt, ["T" if ans.get("answer") else "F"]
    if kind == "number":
        value = _number(ans.get("answer"))
        tolerance = ans.get("tolerance")
        return prompt, [f"#{value}:{_number(tolerance)}" if tolerance is not None else f"#{value}"]
    if kind == "short":
        return prompt, [f"={gift_escape(_shortanswer_text(str(a)))}" for a in ans.get("accepted", [])]
    if kind == "match":
        return prompt, [f"={gift_escape(left)} -> {gift_escape(right)}" for left, right in match_pairs(question)]
    if kind == "order":
        lines = [f"={n} -> {gift_escape(item)}" for n, item in enumerate(order_items(question), 1)]
        return gift_escape(ORDER_PREFIX) + prompt, lines
    raise ValueError(f"question {question.id}: unknown type {kind!r}")


def to_gift(questions: Iterable[Question], category: str) -> str:
    """Moodle GIFT text: a $CATEGORY line, then one question per blank-line-separated block."""
    blocks = [f"// Koryo Desktop question bank\n$CATEGORY: {category}"]
    for q in questions:
        text, answers = _gift_body(q)
        lines = []
        if q.type == "order":
            lines.append(f"// {q.id}: an order question; GIFT has no ordering type, so it is a matching question")
            lines.append("// whose left side is the position (1 = first) and whose right side is the item.")
        lines.append(f"::{gift_escape(q.id)}::{text} {{")
        lines.extend(f"\t{a}" for a in answers)
        if q.explanation:
            lines.append(f"\t####{gift_escape(q.explanation)}")
        lines.append("}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


# ---------------------------------------------------------------------------------------------------------------
# Moodle XML


def _html(text: str) -> str:
    paragraphs = [p for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    return "".join(f"<p>{html.escape(p.strip(), quote=False).replace(chr(10), '<br>')}</p>" for p in paragraphs)


def _text(parent: ET.Element, tag: str, text: str, fmt: str | None = None, **attrs: str) -> ET.Element:
    """<tag format="…"><text>…</text></tag>; with fmt="html" the text is HTML-escaped first."""
    el = ET.SubElement(parent, tag, attrs)
    if fmt is not None:
        el.set("format", fmt)
    ET.SubElement(el, "text").text = _html(text) if fmt == "html" else text
    return el


def _value(parent: ET.Element, tag: str, value: str) -> ET.Element:
    el = ET.SubElement(parent, tag)
    el.text = value
    return el


def _xml_answer(parent: ET.Element, fraction: float, text: str, fmt: str, feedback: str = "") -> ET.Element:
    el = _text(parent, "answer", text, fmt, fraction=_percent(fraction))
    _text(el, "feedback", feedback, "html")
    return el


def _xml_matching(el: ET.Element, pairs: list[tuple[str, str]], shuffle: bool) -> None:
    _value(el, "shuffleanswers", "true" if shuffle else "false")
    for left, right in pairs:
        sub = _text(el, "subquestion", left, "html")
        _text(sub, "answer", right)


MOODLE_TYPES = {
    "single": "multichoice",
    "multiple": "multichoice",
    "true_false": "truefalse",
    "number": "numerical",
    "short": "shortanswer",
    "match": "matching",
    "order": "matching",
}


def _xml_question(quiz: ET.Element, q: Question) -> None:
    ans = _answer(q)
    if q.type not in MOODLE_TYPES:
        raise ValueError(f"question {q.id}: unknown type {q.type!r}")
    if q.type == "order":
        note = (
            f" {q.id}: an order question; Moodle's core has no ordering type, so it is a matching question whose "
            "left side is the position (1 = first) and whose right side is the item "
        )
        quiz.append(ET.Comment(note.replace("--", "- -")))  # -- may not appear in an XML comment
    el = ET.SubElement(quiz, "question", type=MOODLE_TYPES[q.type])
    _text(el, "name", q.id)
    _text(el, "questiontext", (ORDER_PREFIX + q.prompt) if q.type == "order" else q.prompt, "html")
    _text(el, "generalfeedback", q.explanation, "html")
    _value(el, "defaultgrade", "1")
    _value(el, "penalty", "0.3333333")
    _value(el, "hidden", "0")
    if q.type in ("single", "multiple"):
        single = q.type == "single"
        _value(el, "single", "true" if single else "false")
        _value(el, "shuffleanswers", "true")
        _value(el, "answernumbering", "abc")
        weights = [100.0 if c.correct else 0.0 for c in choices(q)] if single else multiple_weights(q)
        for choice, weight in zip(choices(q), weights, strict=True):
            _xml_answer(el, weight, choice.text, "html")
    elif q.type == "true_false":
        right = bool(ans.get("answer"))
        _xml_answer(el, 100 if right else 0, "true", "moodle_auto_format")
        _xml_answer(el, 0 if right else 100, "false", "moodle_auto_format")
    elif q.type == "number":
        answer = _xml_answer(el, 100, _number(ans.get("answer")), "moodle_auto_format")
        _value(answer, "tolerance", _number(ans.get("tolerance") or 0))
        _value(el, "unitgradingtype", "0")
        _value(el, "unitpenalty", "0.1000000")
        _value(el, "showunits", "3")
        _value(el, "unitsleft", "0")
    elif q.type == "short":
        _value(el, "usecase", "0")
        for accepted in ans.get("accepted", []):
            _xml_answer(el, 100, _shortanswer_text(str(accepted)), "moodle_auto_format")
    elif q.type == "match":
        _xml_matching(el, match_pairs(q), shuffle=True)
    else:  # order
        _xml_matching(el, [(str(n), item) for n, item in enumerate(order_items(q), 1)], shuffle=False)


def to_moodle_xml(questions: Iterable[Question], category: str) -> str:
    """Moodle XML: <quiz> with a category question, then one <question> per question."""
    quiz = ET.Element("quiz")
    cat = ET.SubElement(quiz, "question", type="category")
    _text(cat, "category", category)
    for q in questions:
        _xml_question(quiz, q)
    ET.indent(quiz, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(quiz, encoding="unicode") + "\n"


# ---------------------------------------------------------------------------------------------------------------
# Anki


def anki_deck_id(deck_name: str) -> int:
    """A deck id derived from the name, in the range genanki recommends: the same name gives the same deck."""
    digest = hashlib.sha256(deck_name.encode("utf-8")).digest()
    return (1 << 30) + int.from_bytes(digest[:8], "big") % (1 << 30)


def _html_list(items: Iterable[str], ordered: bool = False) -> str:
    tag = "ol" if ordered else "ul"
    return f"<{tag}>" + "".join(f"<li>{html.escape(i, quote=False)}</li>" for i in items) + f"</{tag}>"


def anki_front(q: Question, words: Translate = _same) -> str:
    """The Question field: the prompt, and what to choose from as HTML lists."""
    front = _html(q.prompt)
    if q.type in ("single", "multiple"):
        if q.type == "multiple":
            several = words(QT_TRANSLATE_NOOP("Export", "(Several answers.)"))
            front += f"<p><i>{html.escape(several)}</i></p>"
        front += _html_list(c.text for c in choices(q))
    elif q.type == "order":
        front += _html_list(_shuffled(order_items(q), q.id))
    elif q.type == "match":
        pairs = match_pairs(q)
        front += _html_list((left for left, _ in pairs), ordered=True)
        choose = words(QT_TRANSLATE_NOOP("Export", "Choose from:"))
        front += f"<p>{html.escape(choose)}</p>" + _html_list(_shuffled([right for _, right in pairs], q.id))
    elif q.type == "true_false":
        true_or_false = words(QT_TRANSLATE_NOOP("Export", "(True or false?)"))
        front += f"<p><i>{html.escape(true_or_false)}</i></p>"
    return front


def anki_back(q: Question, words: Translate = _same) -> str:
    lines = answer_text(q, words).split("\n")
    return "<br>".join(html.escape(line, quote=False) for line in lines)


def anki_source(q: Question, words: Translate = _same) -> str:
    parts = ["Koryo Desktop", words(QT_TRANSLATE_NOOP("Export", "chapter %1")).replace("%1", q.chapter_id)]
    if q.section_id:
        parts.append(words(QT_TRANSLATE_NOOP("Export", "section %1")).replace("%1", q.section_id))
    parts.append(words(QT_TRANSLATE_NOOP("Export", "question %1")).replace("%1", q.id))
    return html.escape(" · ".join(parts), quote=False)


def anki_tags(q: Question) -> list[str]:
    return [t.replace(" ", "_") for t in (q.chapter_id, q.difficulty) if t]


def to_anki(questions: Iterable[Question], path: Path, deck_name: str, words: Translate = _same) -> Path:
    """Write an Anki package: one note (one card) per question. Returns the path written."""
    import genanki

    model = genanki.Model(
        ANKI_MODEL_ID,
        ANKI_MODEL_NAME,
        fields=[{"name": "Question"}, {"name": "Answer"}, {"name": "Explanation"}, {"name": "Source"}],
        templates=[
            {
                "name": "Card 1",
                "qfmt": "{{Question}}",
                "afmt": '{{FrontSide}}<hr id="answer">{{Answer}}'
                '<div class="explanation">{{Explanation}}</div><div class="source">{{Source}}</div>',
            }
        ],
        css=ANKI_CSS,
        sort_field_index=0,
    )
    deck = genanki.Deck(anki_deck_id(deck_name), deck_name)
    for q in questions:
        deck.add_note(
            genanki.Note(
                model=model,
                fields=[anki_front(q, words), anki_back(q, words), _html(q.explanation), anki_source(q, words)],
                guid=genanki.guid_for(q.id),
                tags=anki_tags(q),
            )
        )
    path = Path(path)
    genanki.Package(deck).write_to_file(str(path))
    return path
