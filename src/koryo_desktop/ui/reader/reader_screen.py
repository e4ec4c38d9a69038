"""The chapter reader: table of contents, the chapter page, reading tools and the learner's notes.

Remembers per learner the text size, the theme and where each chapter was left; opens a search hit
scrolled to the hit with the hit highlighted; prints and saves PDF; reads aloud where it can."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QLocale, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QScrollArea,
    QSplitter,
    QToolTip,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex

    from koryo_desktop.ui.reader.notes_panel import NotesPanel

from koryo_desktop.core.entities import Chapter
from koryo_desktop.core.targets import ScreenName
from koryo_desktop.core.targets import target as nav_target
from koryo_desktop.core.text import match_spans, tokens
from koryo_desktop.store.content_store import ContentStore
from koryo_desktop.ui import kiosk_policy as kiosk
from koryo_desktop.ui import theme as ui_theme
from koryo_desktop.ui.learners.current import CurrentLearner
from koryo_desktop.ui.reader import note_dialog
from koryo_desktop.ui.reader.cards import card_html
from koryo_desktop.ui.reader.chapter_html import chapter_html
from koryo_desktop.ui.reader.chapter_view import ChapterView
from koryo_desktop.ui.reader.find_bar import FindBar
from koryo_desktop.ui.reader.read_aloud import ReadAloud
from koryo_desktop.ui.reader.reader_tools import ReaderTools
from koryo_desktop.ui.reader.themes import THEMES
from koryo_desktop.ui.reader.toc_model import TARGET_ROLE, ChapterTocModel
from koryo_desktop.ui.reader.toc_view import TocView
from koryo_desktop.ui.widgets.file_dialogs import save_path
from koryo_desktop.ui.widgets.screen import Screen


class ReaderScreen(Screen):
    name = "reader"

    def __init__(
        self,
        store: ContentStore,
        current: CurrentLearner,
        parent: QWidget | None = None,
        read_aloud: ReadAloud | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.current = current
        self.learner = current.store
        current.switching.connect(self._learner_leaving)
        current.changed.connect(self._learner_arrived)
        self.chapter: Chapter | None = None
        self._opening = False
        self._pending_query: str | None = None
        self._find_spans: list[tuple[int, int]] = []
        self._find_index = -1
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(800)
        self._save_timer.timeout.connect(self.save_position)
        # the contents follow the reading once the page has settled (a chart's image may still be
        # laid out in the same turn of the event loop)
        self._toc_timer = QTimer(self)
        self._toc_timer.setSingleShot(True)
        self._toc_timer.setInterval(0)
        self._toc_timer.timeout.connect(self._follow_in_toc)

        self.toc_model = ChapterTocModel(parent=self)
        self.toc = TocView()
        self.toc.setModel(self.toc_model)
        self.toc.activated.connect(self._on_toc)
        self.toc.clicked.connect(self._on_toc)

        self.view = ChapterView()
        self.view.target_activated.connect(self.target_activated)
        self.view.link_hovered.connect(self._show_card)
        self.view.verticalScrollBar().valueChanged.connect(lambda _v: self._on_scrolled())
        self.find_bar = FindBar()
        self.find_bar.hide()
        self.find_bar.query_changed.connect(self._find)
        self.find_bar.step.connect(self._find_step)
        self.find_bar.closed.connect(self._close_find)
        self._notes: NotesPanel | None = None  # the bookmarks and highlights: made when first opened
        self._notes_box = QWidget()  # its place beside the page
        QVBoxLayout(self._notes_box).setContentsMargins(0, 0, 0, 0)
        self._notes_box.hide()
        self._in_kiosk = False

        self.tools: ReaderTools = ReaderTools(self)
        actions = self.tools.actions
        for name, slot in {
            "previous": self._previous_chapter, "next": self._next_chapter,
            "smaller": lambda: self.set_scale(self.view.scale - 10),
            "larger": lambda: self.set_scale(self.view.scale + 10),
            "normal_size": lambda: self.set_scale(100), "next_theme": self._next_theme,
            "find": self.find_bar.open_bar, "bookmark": self.add_bookmark, "highlight": self.add_highlight,
            "read": self.toggle_read_aloud, "print": self.print_chapter, "pdf": self.export_pdf,
        }.items():  # fmt: skip
            actions[name].triggered.connect(lambda _=False, slot=slot: slot())
        actions["notes"].toggled.connect(self._show_notes)
        self.tools.theme_group.triggered.connect(lambda action: self.set_theme(action.data()))
        buttons = self.tools.buttons
        self.previous_button, self.next_button = buttons["previous"], buttons["next"]
        self.smaller_button, self.larger_button = buttons["smaller"], buttons["larger"]
        self.find_button, self.bookmark_button = buttons["find"], buttons["bookmark"]
        self.highlight_button, self.notes_button = buttons["highlight"], buttons["notes"]
        self.read_button, self.print_button, self.pdf_button = buttons["read"], buttons["print"], buttons["pdf"]
        self.size_label, self.size_box, self.theme_box = (
            self.tools.size_label,
            self.tools.size_box,
            self.tools.theme_box,
        )
        self.size_box.valueChanged.connect(self.set_scale)
        self.theme_box.currentIndexChanged.connect(lambda i: self.set_theme(self.theme_box.itemData(i)))
        self.read_aloud = read_aloud or ReadAloud(parent=self)
        self.read_aloud.sentence_started.connect(self._on_sentence)
        self.read_aloud.finished.connect(self._on_read_finished)

        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.addWidget(self.tools.strip)
        centre_layout.addWidget(self.find_bar)
        centre_layout.addWidget(self.view, 1)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.toc)
        splitter.addWidget(centre)
        splitter.addWidget(self._notes_box)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([270, 960, 300])
        splitter.setChildrenCollapsible(False)
        self.toc.setMinimumWidth(200)
        self._centre = centre
        self._watched: QWidget | None = None  # the scroll area's viewport the screen sits in, if any
        layout = self._box = QVBoxLayout(self)
        layout.addWidget(splitter, 1)

        for keys, slot, context in (
            (QKeySequence.StandardKey.FindNext, lambda: self._find_again(1), Qt.ShortcutContext.WindowShortcut),
            (QKeySequence.StandardKey.FindPrevious, lambda: self._find_again(-1), Qt.ShortcutContext.WindowShortcut),
            (QKeySequence(Qt.Key.Key_Escape), self._escape, Qt.ShortcutContext.WidgetWithChildrenShortcut),
        ):
            QShortcut(QKeySequence(keys), self, slot).setContext(context)
        self.retranslate()

    @property
    def learner_id(self) -> int:
        return self.current.id

    @property
    def notes(self) -> NotesPanel:
        """The panel of bookmarks and highlights, made the first time it is needed (hidden until opened)."""
        if self._notes is None:
            from koryo_desktop.ui.reader.notes_panel import NotesPanel

            panel = self._notes = NotesPanel(self.store, self.current)
            panel.hide()
            panel.target_activated.connect(self.target_activated)
            panel.changed.connect(self._apply_highlights)
            panel.closed.connect(lambda: self.tools.actions["notes"].setChecked(False))
            if self._in_kiosk:
                panel.export_button.hide()
            layout = self._notes_box.layout()
            assert layout is not None
            layout.addWidget(panel)
            self.part_made.emit(panel)
        return self._notes

    def read_aloud_offered(self) -> bool:
        return self.tools.groups["read"].available

    # -- language ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        if self._loaded and self.learner.setting("reader.theme", None, self.learner_id) is None:
            self.set_theme(ui_theme.reader_default(), save=False)  # follow the interface's colours
        self.tools.retranslate()
        # A crowded row would squeeze the box to a letter; let it move into » instead.
        self.theme_box.setMinimumWidth(0)
        self.theme_box.setMinimumWidth(self.theme_box.sizeHint().width())
        self.toc.setAccessibleName(self.tr("Table of contents"))
        self.view.setAccessibleName(self.tr("Chapter text"))
        place = self.current_place() if self.chapter is not None else (None, 0)
        if self._loaded and self.content_language_changed(self.store.language):
            self._opening = True  # the contents are read again: that is no choice of the reader's
            try:
                self.toc_model.set_chapters(self.store.chapters.all(with_sections=True))  # in the new language
                self.toc.expandAll()
            finally:
                self._opening = False
            if self.chapter is not None:
                self.chapter = self.store.chapters.get(self.chapter.id) or self.chapter
        if self.chapter is not None:
            section, offset = place
            self._render()
            self.view.hold(self.view.position_in(section, offset, self._sections()))
            self._select_in_toc(self.chapter.id, section)

    # -- loading -------------------------------------------------------------------------------
    def load_data(self) -> None:
        self.content_language_changed(self.store.language)
        self.toc_model.set_chapters(self.store.chapters.all(with_sections=True))
        self.toc.expandAll()
        self.set_theme(self.learner.setting("reader.theme", ui_theme.reader_default(), self.learner_id), save=False)
        self.set_scale(self.learner.setting("reader.scale", 100, self.learner_id), save=False)
        available = self.read_aloud.available()
        self.tools.strip.set_available(self.tools.groups["read"], available)
        self.tools.actions["read"].setVisible(available)

    def showEvent(self, event: QShowEvent) -> None:
        viewport = self.parentWidget()
        if viewport is not None and viewport is not self._watched and isinstance(viewport.parentWidget(), QScrollArea):
            viewport.installEventFilter(self)  # at large text the screen scrolls: its room is the viewport's
            self._watched = viewport
        self.load()
        if self.chapter is None:
            self.open_record(None)
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self.save_position()
        if self.read_aloud.speaking:
            self.read_aloud.stop()
        super().hideEvent(event)

    # -- another learner -----------------------------------------------------------------------
    def _learner_leaving(self, _learner_id: int) -> None:
        """The learner leaving is still current: their place is saved as theirs."""
        self._save_timer.stop()
        self.save_position()

    def _learner_arrived(self, _learner_id: int) -> None:
        """The new learner's text size, theme, notes and highlights, and their place: where they
        read last (or, new to the reader, the first chapter), as a fresh start would open it."""
        if not self._loaded:
            return  # all of it is read when the reader is first shown
        self.set_theme(self.learner.setting("reader.theme", ui_theme.reader_default(), self.learner_id), save=False)
        self.set_scale(self.learner.setting("reader.scale", 100, self.learner_id), save=False)
        had_chapter, self.chapter = self.chapter is not None, None
        self.view.set_marks("search", [])
        if had_chapter or self.isVisible():
            self.open_record(None)
            if self.isVisible() and self.chapter is not None:
                self.record_shown.emit(f"reader/{self.chapter.id}")  # what is on show, for Back

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
            self.view.hold(self.view.position_in(anchor, 0, self._sections()))
        elif changed:  # continue where the learner left off, exactly
            saved = self.learner.position(chapter.id, self.learner_id)
            section, offset = (saved.section_slug, int(saved.scroll)) if saved else (None, 0)
            self.view.hold(self.view.position_in(section, offset, self._sections()))
        self.view.set_marks("search", [])
        if query:
            self.highlight_query(query, scroll=anchor is None)
        self._select_in_toc(chapter.id, anchor or self.current_place()[0])
        self._update_buttons()
        self.save_position()  # the held place: never the page's top before it is laid out
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
        if index.isValid() and index != self.toc.currentIndex():
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
            self.target_activated.emit(nav_target(ScreenName.READER, target))

    def _next_chapter(self) -> None:
        if target := self._neighbour(1):
            self.target_activated.emit(nav_target(ScreenName.READER, target))

    def _update_buttons(self) -> None:
        self.tools.actions["previous"].setEnabled(self._neighbour(-1) is not None)
        self.tools.actions["next"].setEnabled(self._neighbour(1) is not None)

    # -- position ------------------------------------------------------------------------------
    def _sections(self) -> list[str]:
        return [s.slug for s in self.chapter.sections] + ["summary"] if self.chapter else []

    def current_place(self) -> tuple[str | None, int]:
        """The section at the top of the view and how many characters into it the top line starts."""
        if self.chapter is None:
            return None, 0
        return self.view.section_of(self.view.place(), self._sections())

    def _on_scrolled(self) -> None:
        self._save_timer.start()
        self._toc_timer.start()

    def _follow_in_toc(self) -> None:
        if self.chapter is not None:
            self._select_in_toc(self.chapter.id, self.current_place()[0])  # the contents follow the reading

    def save_position(self) -> None:
        """Saved as the section and the offset in characters within it (see LearnerStore.save_position)."""
        if self.chapter is not None and self._loaded:
            section, offset = self.current_place()
            self.learner.save_position(self.chapter.id, section, offset, self.learner_id)

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
        self.tools.theme_group.actions()[index].setChecked(True)
        if save:
            self.learner.set_setting("reader.theme", key, self.learner_id)

    def _next_theme(self) -> None:
        keys = list(THEMES)
        self.set_theme(keys[(keys.index(self.view.theme.key) + 1) % len(keys)])

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

    def _find_again(self, step: int) -> None:
        if self.find_bar.isVisible() and self.find_bar.edit.text().strip():
            self._find_step(step)
        else:
            self.find_bar.open_bar()

    def _escape(self) -> None:
        """Esc closes what is open: the panel holding the focus, else the find bar, else the notes."""
        focus = QApplication.focusWidget()
        notes = self._notes
        in_notes = focus is not None and notes is not None and notes.isAncestorOf(focus)
        if self.find_bar.isVisible() and not in_notes:
            self.find_bar.close_bar()
        elif notes is not None and notes.isVisible():
            self.tools.actions["notes"].setChecked(False)

    def _close_find(self) -> None:
        self._find_spans = []
        self.view.set_marks("find", [])
        self.view.setFocus()

    # -- bookmarks and highlights --------------------------------------------------------------
    def add_bookmark(self) -> int | None:
        if self.chapter is None:
            return None
        note, ok = note_dialog.ask_note(self, self.tr("Bookmark"),
                                                 self.tr("A note for this bookmark (optional):"))  # fmt: skip
        if not ok:
            return None
        bookmark = self.learner.add_bookmark(self.chapter.id, self.current_place()[0], "", note.strip(),
                                             self.learner_id)  # fmt: skip
        if self._notes is not None:  # made: show the new one (else it is read when the panel opens)
            self._notes.refresh()
        return bookmark

    def add_highlight(self) -> int | None:
        if self.chapter is None:
            return None
        cursor = self.view.textCursor()
        # the page's plain text has plain spaces where the chapter has no-break ones (Russian 171 781)
        quote = cursor.selectedText().replace("\u2029", "\n").replace("\u00a0", " ").strip()
        if not quote:
            near = self.highlight_button if self.highlight_button.isVisible() else self.view
            QToolTip.showText(near.mapToGlobal(QPoint(0, near.height() if near is not self.view else 0)),
                              self.tr("Select some text first, then choose Highlight."))  # fmt: skip
            return None
        note, ok = note_dialog.ask_note(self, self.tr("Highlight"),
                                                 self.tr("A note for this highlight (optional):"))  # fmt: skip
        if not ok:
            return None
        section = self.view.section_of(cursor.selectionStart(), self._sections())[0]  # where the text is
        highlight = self.learner.add_bookmark(self.chapter.id, section, quote, note.strip(), self.learner_id,
                                              kind="highlight")  # fmt: skip
        if self._notes is not None:
            self._notes.refresh()
        self._apply_highlights()
        return highlight

    def _apply_highlights(self) -> None:
        if self.chapter is None:
            return
        text = self.view.document().toPlainText()
        spans = []
        for note in self.learner.bookmarks(self.learner_id, self.chapter.id):
            quote = (note["quote"] or "").replace("\n", " ").replace("\u00a0", " ").strip()
            if note["kind"] == "highlight" and quote:
                flat = text.replace("\n", " ").replace("\u00a0", " ")
                start = flat.find(quote)
                if start >= 0:
                    spans.append((start, start + len(quote)))
        self.view.set_marks("highlight", spans)

    def toggle_notes(self) -> None:
        self.tools.actions["notes"].toggle()

    def _show_notes(self, visible: bool) -> None:
        focus = QApplication.focusWidget()
        had_focus = focus is not None and self._notes is not None and self._notes.isAncestorOf(focus)
        if visible or self._notes is not None:
            self._notes_box.setVisible(visible)
            self.notes.setVisible(visible)
        self._fit_panels()
        if visible:
            self.notes.refresh()
            self.notes.take_focus()
        elif had_focus:
            self.view.setFocus()  # back to the page, not to whatever Qt finds next

    def _fit_panels(self) -> None:
        """Where the contents, the page and the notes do not fit side by side (a small window, large
        text), the contents step aside while the notes are open, rather than crushing the page."""
        margins = self._box.contentsMargins()
        room = (self._watched.width() if self._watched is not None else self.width()) - margins.left() - margins.right()
        notes = self._notes.minimumSizeHint().width() if self._notes is not None else 0
        need = self._centre.minimumSizeHint().width() + notes + self.toc.minimumWidth()
        need += 2 * self.splitter.handleWidth()
        self.toc.setVisible(not (self._notes is not None and self._notes.isVisibleTo(self) and need > room))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_panels()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.Resize:
            self._fit_panels()
        return super().eventFilter(watched, event)

    # -- hover cards ---------------------------------------------------------------------------
    def _show_card(self, target: str, position: QPoint) -> None:
        html = card_html(self.store, target) if target else None
        if html:
            QToolTip.showText(position, html, self.view)
        else:
            QToolTip.hideText()

    # -- print, PDF, read aloud ----------------------------------------------------------------
    def enter_kiosk(self) -> None:
        for name in ("print", "pdf"):
            self.tools.strip.set_available(self.tools.groups[name], False)
            self.tools.actions[name].setVisible(False)
        self._in_kiosk = True
        if self._notes is not None:
            self._notes.export_button.hide()

    def print_chapter(self) -> bool:
        if self.chapter is None or not kiosk.files_allowed():
            return False
        from koryo_desktop.ui.reader.printing import print_with_dialog  # Qt's print module loads on first use

        return print_with_dialog(chapter_html(self.store, self.chapter), self.font(), self, self.chapter.title)

    def export_pdf(self) -> Path | None:
        if self.chapter is None:
            return None
        path = save_path(self, self.tr("Save as PDF"), f"{self.chapter.id}.pdf", self.tr("PDF (*.pdf)"))
        if path is None:
            return None
        from koryo_desktop.ui.reader.printing import export_pdf

        return export_pdf(chapter_html(self.store, self.chapter), self.font(), path, self.chapter.title)

    def toggle_read_aloud(self) -> None:
        if self.read_aloud.speaking:
            self.read_aloud.stop()
            return
        self.read_aloud.set_locale(QLocale("en"))  # the chapters are written in English
        start = self.view.cursorForPosition(QPoint(0, 4)).position()
        self.tools.actions["read"].setChecked(True)
        self.read_aloud.start(self.view.document().toPlainText(), start)

    def _on_sentence(self, start: int, end: int) -> None:
        self.view.set_marks("find", [(start, end)])
        self.view.scroll_to_position(start)

    def _on_read_finished(self) -> None:
        self.tools.actions["read"].setChecked(False)
        self.view.set_marks("find", self._find_spans)
