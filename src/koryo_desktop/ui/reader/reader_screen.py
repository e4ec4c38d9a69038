"""The chapter reader: table of contents, the chapter page, reading tools and the learner's notes.

Remembers per learner the text size, the theme and where each chapter was left; opens a search hit
scrolled to the hit with the hit highlighted; prints and saves PDF; reads aloud where it can."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QLocale, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QSpinBox,
    QSplitter,
    QToolBar,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import QModelIndex

from koryo_desktop.core.entities import Chapter
from koryo_desktop.core.text import match_spans, tokens
from koryo_desktop.store.content_store import ContentStore
from koryo_desktop.store.learner_store import GUEST_ID, LearnerStore
from koryo_desktop.ui import kiosk_policy as kiosk
from koryo_desktop.ui import theme as ui_theme
from koryo_desktop.ui.reader.cards import card_html
from koryo_desktop.ui.reader.chapter_html import chapter_html
from koryo_desktop.ui.reader.chapter_view import MAX_SCALE, MIN_SCALE, ChapterView
from koryo_desktop.ui.reader.find_bar import FindBar
from koryo_desktop.ui.reader.notes_panel import NotesPanel
from koryo_desktop.ui.reader.read_aloud import ReadAloud
from koryo_desktop.ui.reader.themes import THEMES
from koryo_desktop.ui.reader.toc_model import TARGET_ROLE, ChapterTocModel
from koryo_desktop.ui.reader.toc_view import TocView
from koryo_desktop.ui.widgets.screen import Screen


class ReaderScreen(Screen):
    name = "reader"

    def __init__(
        self,
        store: ContentStore,
        learner: LearnerStore,
        parent: QWidget | None = None,
        read_aloud: ReadAloud | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.learner = learner
        self.learner_id = GUEST_ID
        self.chapter: Chapter | None = None
        self._opening = False
        self._pending_query: str | None = None
        self._find_spans: list[tuple[int, int]] = []
        self._find_index = -1
        self._opened_at: str | None = None  # the section opened by a link, until the reader scrolls away

        self.toc_model = ChapterTocModel(parent=self)
        self.toc = TocView()
        self.toc.setModel(self.toc_model)
        self.toc.activated.connect(self._on_toc)
        self.toc.clicked.connect(self._on_toc)

        self.view = ChapterView()
        self.view.target_activated.connect(self.target_activated)
        self.view.link_hovered.connect(self._show_card)
        self.view.verticalScrollBar().valueChanged.connect(lambda _v: self._save_timer.start())
        self.view.verticalScrollBar().actionTriggered.connect(self._on_user_scroll)
        self.find_bar = FindBar()
        self.find_bar.hide()
        self.find_bar.query_changed.connect(self._find)
        self.find_bar.step.connect(self._find_step)
        self.find_bar.closed.connect(self._close_find)
        self.notes = NotesPanel(store, learner)
        self.notes.hide()
        self.notes.target_activated.connect(self.target_activated)
        self.notes.changed.connect(self._apply_highlights)

        self.previous_button = self._tool(self._previous_chapter)
        self.next_button = self._tool(self._next_chapter)
        self.smaller_button = self._tool(lambda: self.set_scale(self.view.scale - 10))
        self.larger_button = self._tool(lambda: self.set_scale(self.view.scale + 10))
        self.size_box = QSpinBox()
        self.size_box.setRange(MIN_SCALE, MAX_SCALE)
        self.size_box.setSingleStep(10)
        self.size_box.setSuffix(" %")
        self.size_box.valueChanged.connect(self.set_scale)
        self.theme_box = QComboBox()
        self.theme_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for key in THEMES:
            self.theme_box.addItem("", key)
        self.theme_box.currentIndexChanged.connect(lambda i: self.set_theme(self.theme_box.itemData(i)))
        self.find_button = self._tool(self.find_bar.open_bar)
        self.bookmark_button = self._tool(self.add_bookmark)
        self.highlight_button = self._tool(self.add_highlight)
        self.notes_button = self._tool(self.toggle_notes)
        self.notes_button.setCheckable(True)
        self.print_button = self._tool(self.print_chapter)
        self.pdf_button = self._tool(self.export_pdf)
        self.read_aloud = read_aloud or ReadAloud(parent=self)
        self.read_aloud.sentence_started.connect(self._on_sentence)
        self.read_aloud.finished.connect(self._on_read_finished)
        self.read_button = self._tool(self.toggle_read_aloud)
        self.read_button.setCheckable(True)
        self.size_label = QLabel()
        self.size_label.setBuddy(self.size_box)

        self._tool_actions: dict[QWidget, QAction] = {}
        # a tool bar, so that what does not fit (large text, long Russian labels) moves into its » menu
        bar = QToolBar()
        bar.setMovable(False)
        bar.setFloatable(False)
        for widget in (self.previous_button, self.next_button):
            bar.addWidget(widget)
        bar.addSeparator()
        for widget in (self.size_label, self.smaller_button, self.size_box, self.larger_button, self.theme_box):
            bar.addWidget(widget)
        bar.addSeparator()
        for widget in (self.find_button, self.bookmark_button, self.highlight_button, self.notes_button,
                       self.read_button, self.print_button, self.pdf_button):  # fmt: skip
            action = bar.addWidget(widget)
            self._tool_actions[widget] = action
            if widget is self.read_button:
                self._read_action = action  # hidden until a speech engine is found
                action.setVisible(False)
        self._tool_bar = bar
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addWidget(bar)
        centre_layout.addWidget(self.find_bar)
        centre_layout.addWidget(self.view, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.toc)
        splitter.addWidget(centre)
        splitter.addWidget(self.notes)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([270, 960, 300])
        splitter.setChildrenCollapsible(False)
        self.toc.setMinimumWidth(200)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(800)
        self._save_timer.timeout.connect(self.save_position)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, lambda: self.set_scale(self.view.scale + 10)),
            ("Ctrl+=", lambda: self.set_scale(self.view.scale + 10)),
            (QKeySequence.StandardKey.ZoomOut, lambda: self.set_scale(self.view.scale - 10)),
            ("Ctrl+0", lambda: self.set_scale(100)),
            (QKeySequence.StandardKey.Find, self.find_bar.open_bar),
            ("Ctrl+D", self.add_bookmark),
            ("Ctrl+H", self.add_highlight),
            (QKeySequence.StandardKey.Print, self.print_chapter),
            ("Ctrl+PgDown", self._next_chapter),
            ("Ctrl+PgUp", self._previous_chapter),
        ):
            shortcut = QShortcut(QKeySequence(keys), self, slot)
            shortcut.setContext(context)
        self.retranslate()

    def read_aloud_offered(self) -> bool:
        return self._read_action.isVisible()

    def _tool(self, slot: Callable[[], object]) -> QToolButton:
        button = QToolButton()
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.clicked.connect(lambda _=False: slot())
        return button

    # -- language ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        if self._loaded and self.learner.setting("reader.theme", None, self.learner_id) is None:
            self.set_theme(ui_theme.reader_default(), save=False)  # follow the interface's colours
        texts = {
            self.previous_button: (self.tr("◀ Previous"), self.tr("Previous chapter (Ctrl+Page Up)")),
            self.next_button: (self.tr("Next ▶"), self.tr("Next chapter (Ctrl+Page Down)")),
            self.smaller_button: (self.tr("A−"), self.tr("Smaller text (Ctrl+Minus)")),
            self.larger_button: (self.tr("A+"), self.tr("Larger text (Ctrl+Plus)")),
            self.find_button: (self.tr("Find"), self.tr("Find in this chapter (Ctrl+F)")),
            self.bookmark_button: (self.tr("Bookmark"), self.tr("Bookmark this place (Ctrl+D)")),
            self.highlight_button: (self.tr("Highlight"), self.tr("Highlight the selected text (Ctrl+H)")),
            self.notes_button: (self.tr("Notes"), self.tr("Show your bookmarks and highlights")),
            self.read_button: (self.tr("Read aloud"), self.tr("Read this chapter aloud")),
            self.print_button: (self.tr("Print…"), self.tr("Print this chapter (Ctrl+P)")),
            self.pdf_button: (self.tr("PDF…"), self.tr("Save this chapter as PDF")),
        }
        for button, (text, tip) in texts.items():
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip.split(" (")[0])
        extension = self._tool_bar.findChild(QToolButton, "qt_toolbar_ext_button")
        if extension is not None:
            extension.setAccessibleName(self.tr("More reading tools"))
            extension.setToolTip(self.tr("More reading tools"))
        self.size_label.setText(self.tr("&Text size"))
        self.size_box.setAccessibleName(self.tr("Text size"))
        self.theme_box.setAccessibleName(self.tr("Reading theme"))
        for i in range(self.theme_box.count()):
            self.theme_box.setItemText(i, THEMES[self.theme_box.itemData(i)].label())
        # A crowded tool bar would squeeze the box to a letter; let it overflow into » instead.
        self.theme_box.setMinimumWidth(0)
        self.theme_box.setMinimumWidth(self.theme_box.sizeHint().width())
        self.toc.setAccessibleName(self.tr("Table of contents"))
        self.view.setAccessibleName(self.tr("Chapter text"))
        if self.chapter is not None:
            fraction = self.view.scroll_fraction()
            self._render()
            self.view.set_scroll_fraction(fraction)

    # -- loading -------------------------------------------------------------------------------
    def load_data(self) -> None:
        self.toc_model.set_chapters(self.store.chapters.all(with_sections=True))
        self.toc.expandAll()
        self.set_theme(self.learner.setting("reader.theme", ui_theme.reader_default(), self.learner_id), save=False)
        self.set_scale(self.learner.setting("reader.scale", 100, self.learner_id), save=False)
        self._read_action.setVisible(self.read_aloud.available())

    def showEvent(self, event: QEvent) -> None:  # type: ignore[override]
        self.load()
        if self.chapter is None:
            self.open_record(None)
        super().showEvent(event)  # type: ignore[arg-type]

    def hideEvent(self, event: QEvent) -> None:  # type: ignore[override]
        self.save_position()
        if self.read_aloud.speaking:
            self.read_aloud.stop()
        super().hideEvent(event)  # type: ignore[arg-type]

    def set_pending_query(self, query: str | None) -> None:
        self._pending_query = query

    def open_record(self, record: str | None, anchor: str | None = None) -> bool:
        """Open a chapter (at a section); with no chapter, continue where the learner left off."""
        self.load()
        query, self._pending_query = self._pending_query, None
        if record is None:
            if self.chapter is not None:
                return True
            last = self.learner.last_position(self.learner_id)
            chapters = self.toc_model.chapters()
            record = last.chapter_id if last and self.store.chapters.get(last.chapter_id) else None
            record = record or (chapters[0].id if chapters else None)
            if record is None:
                return True
        chapter = self.store.chapters.get(record)
        if chapter is None or (anchor and anchor not in {s.slug for s in chapter.sections} | {"summary"}):
            return False
        if self.chapter is not None and self.chapter.id != chapter.id:
            self.save_position()
        changed = self.chapter is None or self.chapter.id != chapter.id
        self.chapter = chapter
        if changed:
            self._render()
        if anchor:
            self.view.scrollToAnchor(anchor)
            self._opened_at = anchor
        elif changed:
            self._opened_at = None
            saved = self.learner.position(chapter.id, self.learner_id)
            fraction = saved.scroll if saved else 0.0
            QTimer.singleShot(0, self.view, lambda: self.view.set_scroll_fraction(fraction))
            self.view.set_scroll_fraction(fraction)
        self.view.set_marks("search", [])
        if query:
            self.highlight_query(query, scroll=anchor is None)
        self._select_in_toc(chapter.id, anchor)
        self._update_buttons()
        self.learner.save_position(chapter.id, anchor or self._current_section(), self.view.scroll_fraction(),
                                   self.learner_id)  # fmt: skip
        return True

    def _render(self) -> None:
        assert self.chapter is not None
        self.view.set_page(chapter_html(self.store, self.chapter))
        self._find_spans, self._find_index = [], -1
        if self.find_bar.isVisible():
            self._find(self.find_bar.edit.text())
        self._apply_highlights()

    def _select_in_toc(self, chapter_id: str, slug: str | None) -> None:
        index = self.toc_model.index_of(chapter_id, slug)
        if index.isValid():
            self._opening = True
            self.toc.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.toc.scrollTo(index)
            self._opening = False

    def _on_toc(self, index: QModelIndex) -> None:
        if not self._opening and index.isValid():
            self.target_activated.emit(index.data(TARGET_ROLE))

    def _chapter_ids(self) -> list[str]:
        return [c.id for c in self.toc_model.chapters()]

    def _neighbour(self, step: int) -> str | None:
        ids = self._chapter_ids()
        if self.chapter is None or self.chapter.id not in ids:
            return None
        i = ids.index(self.chapter.id) + step
        return ids[i] if 0 <= i < len(ids) else None

    def _previous_chapter(self) -> None:
        if target := self._neighbour(-1):
            self.target_activated.emit(f"reader/{target}")

    def _next_chapter(self) -> None:
        if target := self._neighbour(1):
            self.target_activated.emit(f"reader/{target}")

    def _update_buttons(self) -> None:
        self.previous_button.setEnabled(self._neighbour(-1) is not None)
        self.next_button.setEnabled(self._neighbour(1) is not None)

    # -- position ------------------------------------------------------------------------------
    def _current_section(self) -> str | None:
        if self.chapter is None:
            return None
        if self._opened_at:
            return self._opened_at  # opened at a section and not scrolled by the reader since
        return self.view.section_at_top([s.slug for s in self.chapter.sections])

    def _on_user_scroll(self, _action: int) -> None:
        self._opened_at = None

    def save_position(self) -> None:
        if self.chapter is not None and self._loaded:
            self.learner.save_position(self.chapter.id, self._current_section(), self.view.scroll_fraction(),
                                       self.learner_id)  # fmt: skip

    # -- text size and theme -------------------------------------------------------------------
    def set_scale(self, percent: int, save: bool = True) -> None:
        value = self.view.set_scale(int(percent))
        if self.size_box.value() != value:
            self.size_box.blockSignals(True)
            self.size_box.setValue(value)
            self.size_box.blockSignals(False)
        if save:
            self.learner.set_setting("reader.scale", value, self.learner_id)

    def set_theme(self, key: str, save: bool = True) -> None:
        key = key if key in THEMES else "light"
        self.view.set_theme(key)
        index = self.theme_box.findData(key)
        if self.theme_box.currentIndex() != index:
            self.theme_box.blockSignals(True)
            self.theme_box.setCurrentIndex(index)
            self.theme_box.blockSignals(False)
        if save:
            self.learner.set_setting("reader.theme", key, self.learner_id)

    # -- find and search hits ------------------------------------------------------------------
    def _spans(self, query: str) -> list[tuple[int, int]]:
        words = tokens(query)
        return match_spans(self.view.document().toPlainText(), words) if words else []

    def highlight_query(self, query: str, scroll: bool = True) -> None:
        spans = self._spans(query)
        self.view.set_marks("search", spans)
        if spans and scroll:
            self.view.scroll_to_position(spans[0][0])

    def _find(self, text: str) -> None:
        self._find_spans = self._spans(text)
        self._find_index = -1
        self.view.set_marks("find", self._find_spans)
        self._find_step(1)

    def _find_step(self, step: int) -> None:
        if not self._find_spans:
            self.find_bar.show_count(0, 0)
            return
        self._find_index = (self._find_index + step) % len(self._find_spans)
        start, end = self._find_spans[self._find_index]
        self.view.scroll_to_position(start)
        cursor = self.view.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, cursor.MoveMode.KeepAnchor)
        self.view.setTextCursor(cursor)
        self.find_bar.show_count(self._find_index + 1, len(self._find_spans))

    def _close_find(self) -> None:
        self._find_spans = []
        self.view.set_marks("find", [])
        self.view.setFocus()

    # -- bookmarks and highlights --------------------------------------------------------------
    def add_bookmark(self) -> int | None:
        if self.chapter is None:
            return None
        note, ok = QInputDialog.getText(self, self.tr("Bookmark"), self.tr("A note for this bookmark (optional):"))
        if not ok:
            return None
        bookmark = self.learner.add_bookmark(self.chapter.id, self._current_section(), "", note.strip(),
                                             self.learner_id)  # fmt: skip
        self.notes.refresh()
        return bookmark

    def add_highlight(self) -> int | None:
        if self.chapter is None:
            return None
        cursor = self.view.textCursor()
        quote = cursor.selectedText().replace("\u2029", "\n").strip()
        if not quote:
            QToolTip.showText(self.highlight_button.mapToGlobal(QPoint(0, self.highlight_button.height())),
                              self.tr("Select some text first, then choose Highlight."))  # fmt: skip
            return None
        note, ok = QInputDialog.getText(self, self.tr("Highlight"), self.tr("A note for this highlight (optional):"))
        if not ok:
            return None
        section = self.view.section_at_top([s.slug for s in self.chapter.sections])
        highlight = self.learner.add_bookmark(self.chapter.id, section, quote, note.strip(), self.learner_id,
                                              kind="highlight")  # fmt: skip
        self.notes.refresh()
        self._apply_highlights()
        return highlight

    def _apply_highlights(self) -> None:
        if self.chapter is None:
            return
        text = self.view.document().toPlainText()
        spans = []
        for note in self.learner.bookmarks(self.learner_id, self.chapter.id):
            quote = (note["quote"] or "").replace("\n", " ").strip()
            if note["kind"] == "highlight" and quote:
                flat = text.replace("\n", " ")
                start = flat.find(quote)
                if start >= 0:
                    spans.append((start, start + len(quote)))
        self.view.set_marks("highlight", spans)

    def toggle_notes(self) -> None:
        visible = not self.notes.isVisible()
        self.notes.setVisible(visible)
        self.notes_button.setChecked(visible)
        if visible:
            self.notes.refresh()

    # -- hover cards ---------------------------------------------------------------------------
    def _show_card(self, target: str, position: QPoint) -> None:
        html = card_html(self.store, target) if target else None
        if html:
            QToolTip.showText(position, html, self.view)
        else:
            QToolTip.hideText()

    # -- print, PDF, read aloud ----------------------------------------------------------------
    def enter_kiosk(self) -> None:
        for button in (self.print_button, self.pdf_button):
            self._tool_actions[button].setVisible(False)
        self.notes.export_button.hide()

    def print_chapter(self) -> bool:
        if self.chapter is None or not kiosk.files_allowed():
            return False
        from koryo_desktop.ui.reader.printing import print_with_dialog  # Qt's print module loads on first use

        return print_with_dialog(chapter_html(self.store, self.chapter), self.font(), self, self.chapter.title)

    def export_pdf(self) -> Path | None:
        if self.chapter is None or not kiosk.files_allowed():
            return None
        suggested = str(Path.home() / f"{self.chapter.id}.pdf")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), suggested, self.tr("PDF (*.pdf)"))
        if not name:
            return None
        from koryo_desktop.ui.reader.printing import export_pdf

        return export_pdf(chapter_html(self.store, self.chapter), self.font(), Path(name), self.chapter.title)

    def toggle_read_aloud(self) -> None:
        if self.read_aloud.speaking:
            self.read_aloud.stop()
            return
        self.read_aloud.set_locale(QLocale("en"))  # the chapters are written in English
        start = self.view.cursorForPosition(QPoint(0, 4)).position()
        self.read_button.setChecked(True)
        self.read_aloud.start(self.view.document().toPlainText(), start)

    def _on_sentence(self, start: int, end: int) -> None:
        self.view.set_marks("find", [(start, end)])
        self.view.scroll_to_position(start)

    def _on_read_finished(self) -> None:
        self.read_button.setChecked(False)
        self.view.set_marks("find", self._find_spans)
