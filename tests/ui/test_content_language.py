"""The content follows the interface's language: switching it while a screen is open shows that
screen's texts in the new language at once, English (tagged) where a translation is missing, and a
question keeps its place, its choices' order and its statistics."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from koryo_desktop.app import Started


def switch_language(qtbot, app: Started, lang: str) -> None:
    box = app.window.language_box
    box.setCurrentIndex(box.findData(lang))
    qtbot.waitUntil(lambda: app.store.language == lang)


def page_text(browser) -> str:
    return browser.document().toPlainText()


def test_a_person_page_switches_language_in_place(started: Started, qtbot):
    app = started
    assert app.navigator.go("people/nam-il")
    people = app.navigator.screens()["people"]
    assert "Soviet Korean officer" in page_text(people.detail)
    switch_language(qtbot, app, "ko")
    qtbot.waitUntil(lambda: "1953년 정전 협정에 북측 대표로 서명한" in page_text(people.detail))
    assert "[영어 원문]" not in page_text(people.detail)  # translated whole: no tag
    assert app.navigator.current == "people/nam-il"
    switch_language(qtbot, app, "ru")  # only the summary is Russian: the page says the rest is English
    qtbot.waitUntil(lambda: "Советский кореец" in page_text(people.detail))
    assert "[на английском]" in page_text(people.detail)
    switch_language(qtbot, app, "en")
    qtbot.waitUntil(lambda: "Soviet Korean officer" in page_text(people.detail))


def test_an_event_without_a_translation_shows_in_english_with_a_tag(started: Started, qtbot):
    app = started
    switch_language(qtbot, app, "ko")
    assert app.navigator.go("timeline/deportation")
    timeline = app.navigator.screens()["timeline"]
    text = page_text(timeline.card)
    assert "Trains carry families west." in text and "[영어 원문]" in text  # never blank
    assert app.navigator.go("timeline/armistice-signed")
    qtbot.waitUntil(lambda: "그날 밤 전투가 멈춘다." in page_text(timeline.card))
    assert "[영어 원문]" not in page_text(timeline.card)


def test_the_reader_shows_the_chapter_in_the_new_language_at_the_same_section(panel: Started, qtbot):
    app = panel
    assert app.navigator.go("reader/deportation-1937#waves")
    reader = app.navigator.screens()["reader"]
    qtbot.waitUntil(lambda: reader.current_place()[0] == "waves")
    korean_title = app.store.chapters.get("deportation-1937")  # English now
    assert korean_title is not None
    switch_language(qtbot, app, "ko")
    title = app.store.chapters.get("deportation-1937").title
    qtbot.waitUntil(lambda: title in reader.view.toPlainText())
    assert title != korean_title.title
    assert reader.current_place()[0] == "waves"  # the reader keeps the place
    assert any(title in reader.toc_model.index(r, 0).data() for r in range(reader.toc_model.rowCount()))
    switch_language(qtbot, app, "ru")
    title = app.store.chapters.get("deportation-1937").title
    qtbot.waitUntil(lambda: title in reader.view.toPlainText())
    assert reader.current_place()[0] == "waves"


def test_a_chapter_section_without_a_translation_is_english_and_tagged(started: Started, qtbot):
    app = started
    switch_language(qtbot, app, "ko")
    assert app.navigator.go("reader/north-korea")
    reader = app.navigator.screens()["reader"]
    qtbot.waitUntil(lambda: "판문점에서 서명했다" in reader.view.toPlainText())
    text = reader.view.toPlainText()
    assert "소련 고려인과 북한" in text  # the chapter's title
    assert "Numbers [영어 원문]" in text  # the section with no translation yet: English, tagged


def test_a_question_on_screen_switches_language_and_keeps_its_choices_order(started: Started, qtbot):
    app = started
    assert app.navigator.go("quiz/signer")
    quiz = app.navigator.screens()["quiz"]
    page = quiz.session_page
    qtbot.waitUntil(lambda: page.prompt.text() == "Who signed for the northern side?")
    english = list(page.widget.presented.options)
    switch_language(qtbot, app, "ko")
    qtbot.waitUntil(lambda: page.prompt.text() == "북측을 대표해 서명한 사람은 누구인가?")
    korean = list(page.widget.presented.options)
    translation = {"Nam Il": "남일", "Someone else": "다른 사람"}
    assert korean == [translation[o] for o in english]  # the same order as the learner saw before
    right = korean.index("남일")
    qtbot.keyClick(page.widget, Qt.Key(Qt.Key.Key_1 + right))
    qtbot.keyClick(page.widget, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.feedback.isVisible())
    attempts = app.learner.attempts(quiz.learner_id)
    assert [a["question_id"] for a in attempts] == ["signer"] and attempts[0]["correct"]  # the same question
    switch_language(qtbot, app, "en")  # the feedback follows too
    qtbot.waitUntil(lambda: "Nam Il signed." in page.feedback.body.text())


def test_made_questions_speak_the_interface_language(panel: Started, qtbot):
    app = panel
    switch_language(qtbot, app, "ko")
    assert app.navigator.go("quiz")
    quiz = app.navigator.screens()["quiz"]
    made = [q for q in quiz.bank.generated.catalog.values()]
    assert made, "the fixture content makes questions"
    for question in made:
        assert not any(word in question.prompt for word in ("In which", "Where did", "Who was")), question.prompt
        assert "It happened" not in question.explanation


def test_korean_breaks_lines_between_words(started: Started, qtbot):
    """Hangul keeps its words whole at the end of a line (a word longer than the line excepted)."""
    text = "1937년 가을 소련 극동의 고려인들은 중앙아시아로 강제이주되었다. 그들은 화물열차를 타고 한 달 넘게 이동했다."
    broken = []
    for width in range(120, 420, 9):
        document = QTextDocument()
        document.setDefaultFont(QApplication.font())
        document.setPlainText(text)
        document.setTextWidth(width)
        document.documentLayout().documentSize()
        block = document.firstBlock()
        layout = block.layout()
        for i in range(layout.lineCount() - 1):
            line = layout.lineAt(i)
            segment = block.text()[line.textStart() : line.textStart() + line.textLength()]
            if segment.endswith(" ") or " " not in segment.strip():
                continue  # ends between words, or is one word wider than the line
            broken.append((width, segment))
    assert broken == []


def test_the_glossary_lists_each_term_in_the_interface_language(started: Started, qtbot):
    """A Korean reader finds 정전 협정 in the list, not "armistice", and the other languages' forms
    beside it; the detail names the term in the reader's language and gives the English."""
    from koryo_desktop.ui.models.record_list_model import ID_ROLE

    nav = started.navigator
    nav.go("glossary/armistice")
    glossary = nav.screens()["glossary"]

    def row(term_id: str) -> tuple[str, str]:
        model = glossary.proxy
        r = next(r for r in range(model.rowCount()) if model.index(r, 0).data(ID_ROLE) == term_id)
        title, _, subtitle = model.index(r, 0).data().partition("\n")
        return title, subtitle

    assert row("armistice")[0] == "armistice"
    started.window.language_box.setCurrentIndex(started.window.language_box.findData("ko"))
    qtbot.waitUntil(lambda: row("armistice")[0] == "정전 협정")
    assert "armistice" in row("armistice")[1]
    text = glossary.detail.toPlainText()
    assert text.startswith("정전 협정") and "영어" in text and "armistice" in text
    started.window.language_box.setCurrentIndex(started.window.language_box.findData("ru"))
    qtbot.waitUntil(lambda: row("armistice")[0] == "перемирие")


@pytest.mark.parametrize("lang", ["ko", "ru"])
def test_the_glossary_is_in_the_readers_alphabetical_order(panel: Started, qtbot, lang: str):
    panel.window.language_box.setCurrentIndex(panel.window.language_box.findData(lang))
    panel.navigator.go("glossary")
    model = panel.navigator.screens()["glossary"].proxy
    titles = [model.index(r, 0).data().partition("\n")[0] for r in range(model.rowCount())]
    assert len(titles) > 60
    native = [t for t in titles if not t[0].isascii()]
    assert len(native) > 50 and native == sorted(native, key=lambda t: t.casefold().replace("ё", "е"))
