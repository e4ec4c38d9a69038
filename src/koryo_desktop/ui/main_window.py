"""The shell: a navigation rail, the stacked screens, back/forward and a global search field.
It only wires the screens together; each screen owns its feature. The rail names every screen;
a screen joins the stack when the navigator first makes it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

if TYPE_CHECKING:
    from PySide6.QtGui import QMouseEvent

    from koryo_desktop.ui.search.search_screen import SearchScreen  # made on its first visit

from koryo_desktop.config import languages
from koryo_desktop.core.targets import ScreenName
from koryo_desktop.ui import theme
from koryo_desktop.ui.navigation import Navigator
from koryo_desktop.ui.qt_app import qapp
from koryo_desktop.ui.widgets.screen import Screen

RAIL = tuple(ScreenName)


class RailArea(QScrollArea):
    """The rail's frame: it scrolls when large text makes the rail taller than the window, so every
    control stays reachable, and it is always as wide as the rail's widest control."""

    def __init__(self, rail: QWidget) -> None:
        super().__init__()
        self.setObjectName("railArea")
        self.setWidget(rail)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the rail's words changed (another language): take its new width
        return super().eventFilter(watched, event)

    def sizeHint(self) -> QSize:
        rail = self.widget()
        width = rail.sizeHint().width() if rail is not None else 0
        return QSize(width + self.verticalScrollBar().sizeHint().width(), 0)

    def minimumSizeHint(self) -> QSize:
        return QSize(self.sizeHint().width(), 0)


class MainWindow(QMainWindow):
    def __init__(
        self, navigator: Navigator, language: str, learner_bar: QWidget | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.navigator = navigator
        self.learner_bar = learner_bar  # who is learning, chosen from any screen
        self.stack = QStackedWidget()
        self._frames: dict[str, QScrollArea] = {}
        self.rail_buttons: dict[str, QToolButton] = {}
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)

        rail = QWidget()
        rail.setObjectName("rail")
        rail_layout = QVBoxLayout(rail)
        rail_layout.setContentsMargins(8, 12, 8, 12)
        rail_layout.setSpacing(4)
        for name in navigator.names():
            if name in RAIL:
                button = QToolButton()
                button.setCheckable(True)
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
                button.setMinimumWidth(150)
                button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)  # one column
                button.clicked.connect(lambda _=False, n=name: self.open_target(n))
                self._group.addButton(button)
                self.rail_buttons[name] = button
                rail_layout.addWidget(button)
        for screen in navigator.made().values():
            self._add_screen(screen)
        navigator.screen_created.connect(self._add_screen)
        rail_layout.addStretch(1)
        if learner_bar is not None:
            rail_layout.addWidget(learner_bar)
        self.language_label = QLabel()
        self.language_box = QComboBox()
        codes = languages()
        for code in codes:
            name = QLocale(code).nativeLanguageName() if code != "en" else "English"
            self.language_box.addItem(name[:1].upper() + name[1:], code)
        self.language_box.setCurrentIndex(codes.index(language) if language in codes else 0)
        self.language_label.setBuddy(self.language_box)
        rail_layout.addWidget(self.language_label)
        rail_layout.addWidget(self.language_box)
        # the whole interface: text size (classrooms, projectors) and colours (dark, high contrast)
        scale, scheme = theme.display()
        self.size_label, self.size_box = QLabel(), QComboBox()
        for value in theme.SCALES:
            self.size_box.addItem(f"{value} %", value)
        self.size_box.setCurrentIndex(max(0, self.size_box.findData(scale)))
        self.colours_label, self.colours_box = QLabel(), QComboBox()
        for key in theme.SCHEMES:
            self.colours_box.addItem("", key)
        self.colours_box.setCurrentIndex(max(0, self.colours_box.findData(scheme)))
        for label, box in ((self.size_label, self.size_box), (self.colours_label, self.colours_box)):
            label.setBuddy(box)
            rail_layout.addWidget(label)
            rail_layout.addWidget(box)

        self.back_button = QToolButton()
        self.forward_button = QToolButton()
        self.back_button.setText("←")
        self.forward_button.setText("→")
        self.back_button.clicked.connect(navigator.back)
        self.forward_button.clicked.connect(navigator.forward)
        self.search_field = QLineEdit()
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMaximumWidth(520)
        self.search_field.textEdited.connect(self._global_search)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.notice_close = QToolButton()
        self.notice_close.setText("×")
        self.notice_close.hide()
        self.notice_close.clicked.connect(self.hide_notice)

        top = QHBoxLayout()
        top.setContentsMargins(12, 8, 12, 0)
        top.addWidget(self.back_button)
        top.addWidget(self.forward_button)
        top.addStretch(1)
        top.addWidget(self.search_field, 2)
        notice_row = QHBoxLayout()
        notice_row.setContentsMargins(12, 4, 12, 0)
        notice_row.addWidget(self.notice, 1)
        self._notice_actions = QHBoxLayout()  # buttons a notice offers (bring back a file…)
        notice_row.addLayout(self._notice_actions)
        notice_row.addWidget(self.notice_close)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(top)
        right_layout.addLayout(notice_row)
        right_layout.addWidget(self.stack, 1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self._rail = rail
        self.rail_area = RailArea(rail)
        layout.addWidget(self.rail_area)
        layout.addWidget(right, 1)
        self.setCentralWidget(central)

        navigator.screen_requested.connect(self._show_screen)
        navigator.navigated.connect(self._update_history_buttons)
        QShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left), self, navigator.back)
        QShortcut(QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Right), self, navigator.forward)
        QShortcut(QKeySequence("Ctrl+K"), self, self._focus_search)
        qapp().focusChanged.connect(self._on_focus)
        self.retranslate()
        self._update_history_buttons()

    # -- wiring --------------------------------------------------------------------------------
    def open_target(self, target: str) -> None:
        if not self.navigator.go(target):
            self.show_notice(self.tr("Nothing to open at “%1”.").replace("%1", target))

    def _add_screen(self, screen: Screen) -> None:
        """Frame a screen the navigator has just made, and listen to it."""
        self.stack.addWidget(self._frame(screen))
        screen.target_activated.connect(self.open_target)
        if hasattr(screen, "record_shown"):
            screen.record_shown.connect(self.navigator.note)

    def _show_screen(self, screen: Screen) -> None:
        name = screen.name
        self.stack.setCurrentWidget(self._frames[name])
        button = self.rail_buttons.get(name)
        if button is not None:
            button.setChecked(True)
        self.search_field.setVisible(name != "search")

    def _frame(self, screen: Screen) -> QScrollArea:
        """A scroll area around `screen`: a screen taller or wider than the window (large text, a
        1024x600 panel) scrolls as a whole, so nothing is ever out of reach and the window never has
        to grow past the screen."""
        frame = QScrollArea()
        frame.setWidget(screen)
        frame.setWidgetResizable(True)
        frame.setFrameShape(QFrame.Shape.NoFrame)
        frame.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._frames[screen.name] = frame
        self.navigator.watch(frame)
        return frame

    def frame(self, name: str) -> QScrollArea:
        """The scroll area the screen `name` is shown in."""
        return self._frames[name]

    def _on_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and QApplication.mouseButtons() == Qt.MouseButton.NoButton:
            self.keep_in_sight(new)  # focus moved by the keyboard (Tab, Alt+letter), not by a click

    def keep_in_sight(self, widget: QWidget | None = None) -> None:
        """Scroll the rail or the screen so that `widget` (the keyboard focus by default) shows: a
        control reached by its Alt+letter, or one the interface size has pushed below the fold,
        must never be changed out of sight."""
        widget = widget or QApplication.focusWidget()
        if widget is None or not self.isAncestorOf(widget):
            return
        area = widget.parentWidget()
        while area is not None and area is not self:
            if isinstance(area, QScrollArea):
                inner = area.widget()
                if inner is not None and inner.isAncestorOf(widget):
                    area.ensureWidgetVisible(widget, 8, 8)
            area = area.parentWidget()

    def current_screen(self) -> QWidget:
        """The module screen on show."""
        frame = self.stack.currentWidget()
        assert isinstance(frame, QScrollArea), "no screen is on show yet"
        screen = frame.widget()
        assert screen is not None
        return screen

    def _update_history_buttons(self, _target: str = "") -> None:
        self.back_button.setEnabled(self.navigator.can_go_back())
        self.forward_button.setEnabled(self.navigator.can_go_forward())

    def _search_screen(self) -> SearchScreen:
        """The search screen, shown (its module is imported once it is made, not at start-up)."""
        from koryo_desktop.ui.search.search_screen import SearchScreen

        self.navigator.go("search")
        search = self.navigator.screens()["search"]
        assert isinstance(search, SearchScreen)
        return search

    def _global_search(self, text: str) -> None:
        search = self._search_screen()
        search.set_query(text)
        search.query_edit.setFocus()
        self.search_field.clear()

    def _focus_search(self) -> None:
        search = self._search_screen()
        search.query_edit.setFocus()
        search.query_edit.selectAll()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.BackButton:
            self.navigator.back()
        elif event.button() == Qt.MouseButton.ForwardButton:
            self.navigator.forward()
        else:
            super().mousePressEvent(event)

    # -- notices -------------------------------------------------------------------------------
    def show_notice(self, text: str, actions: Sequence[tuple[str, Callable[[], None]]] = ()) -> None:
        """Show ``text`` (plain text) above the screens, with a button per (label, action); an
        action's button closes the notice before it runs."""
        self._clear_notice_actions()
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setText(text)
        self.notice.show()
        self.notice_close.show()
        for label, action in actions:
            button = QPushButton(label)
            button.setAccessibleName(label)
            button.clicked.connect(lambda _checked=False, run=action: self._run_notice_action(run))
            self._notice_actions.addWidget(button)

    def _run_notice_action(self, action: Callable[[], None]) -> None:
        self.hide_notice()
        action()

    def notice_actions(self) -> list[QPushButton]:
        """The buttons the notice on show offers."""
        items = (self._notice_actions.itemAt(i) for i in range(self._notice_actions.count()))
        widgets = (item.widget() for item in items if item is not None)
        return [w for w in widgets if isinstance(w, QPushButton)]

    def _clear_notice_actions(self) -> None:
        while self._notice_actions.count():
            item = self._notice_actions.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def hide_notice(self) -> None:
        self._clear_notice_actions()
        self.notice.hide()
        self.notice_close.hide()

    # -- language ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Koryo Desktop — the history of the Koryo-saram"))
        labels = {
            "home": self.tr("Home"), "reader": self.tr("Reader"), "people": self.tr("People"),
            "timeline": self.tr("Timeline"), "quiz": self.tr("Quiz"), "search": self.tr("Search"),
            "glossary": self.tr("Glossary"), "places": self.tr("Places"), "map": self.tr("Map"),
        }  # fmt: skip
        for name, button in self.rail_buttons.items():
            button.setText(labels[name])
            button.setAccessibleName(labels[name])
        self.language_label.setText(self.tr("&Language"))
        self.language_box.setAccessibleName(self.tr("Language"))
        self.size_label.setText(self.tr("Interface si&ze"))
        self.size_box.setAccessibleName(self.tr("Text size of the whole interface"))
        self.colours_label.setText(self.tr("C&olours"))
        self.colours_box.setAccessibleName(self.tr("Colours of the whole interface"))
        names = {"standard": self.tr("Standard"), "dark": self.tr("Dark"), "high-contrast": self.tr("High contrast")}
        for i in range(self.colours_box.count()):
            self.colours_box.setItemText(i, names[self.colours_box.itemData(i)])
        self.back_button.setToolTip(self.tr("Back (Alt+Left)"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.forward_button.setToolTip(self.tr("Forward (Alt+Right)"))
        self.forward_button.setAccessibleName(self.tr("Forward"))
        self.search_field.setPlaceholderText(self.tr("Search everything (Ctrl+K)"))
        self.search_field.setAccessibleName(self.tr("Search everything"))
        self.notice_close.setAccessibleName(self.tr("Close the notice"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
