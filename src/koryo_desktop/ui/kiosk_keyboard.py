"""The kiosk's on-screen keyboard: large keys for the text field a visitor is typing in (a search, a
short answer), in Latin, Korean (jamo composed into syllables, core/onscreen_keys.py) and Cyrillic
layouts. Its keys never take the focus, so the field keeps it; each key edits the field the way
typing does (the field says it was edited, and a search follows as you type)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLineEdit, QPushButton, QSizePolicy, QVBoxLayout, QWidget
from shiboken6 import isValid

from koryo_desktop.core.onscreen_keys import DIGITS, LAYOUTS, Edit, KeyInput

KEY_HEIGHT = 56  # px; keys are at least 48 px wide too
SHORT_NAMES = {"en": "EN", "ko": "한", "ru": "РУ"}


class OnScreenKeyboard(QWidget):
    hide_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("onScreenKeyboard")
        self.setAutoFillBackground(True)
        self.target: QLineEdit | None = None
        self.input = KeyInput()
        self._expected: tuple[str, int] | None = None  # the field as the last key left it
        self._carry = False  # a syllable being composed when another field took over the typing
        self.layout_code = "en"
        self.shift = False
        self.letter_rows: list[list[QPushButton]] = []
        rows = QVBoxLayout(self)
        rows.setContentsMargins(12, 8, 12, 8)
        rows.setSpacing(6)
        self.number_keys = [self._key(c, lambda _=False, c=c: self.type(c)) for c in DIGITS + "-"]
        self.backspace_key = self._key("⌫", self.backspace)
        self.shift_key = self._key("⇧", self.toggle_shift)
        self.shift_key.setCheckable(True)
        longest = [max(len(layout.rows[i]) for layout in LAYOUTS.values()) for i in range(3)]
        for index, length in enumerate(longest):
            keys = [self._key("", lambda _=False, i=index, k=k: self._letter(i, k)) for k in range(length)]
            self.letter_rows.append(keys)
        self.layout_keys = {code: self._key(SHORT_NAMES[code], lambda _=False, c=code: self.set_layout(c))
                            for code in LAYOUTS}  # fmt: skip
        for key in self.layout_keys.values():
            key.setCheckable(True)
        self.space_key = self._key("", lambda: self.type(" "))
        self.space_key.setMinimumWidth(240)
        self.punctuation_keys = [self._key(c, lambda _=False, c=c: self.type(c)) for c in "'.,"]
        self.enter_key = self._key("↵", self.enter)
        self.hide_key = self._key("⌄", self.hide_requested.emit)
        for keys in ([*self.number_keys, self.backspace_key], self.letter_rows[0], self.letter_rows[1],
                     [self.shift_key, *self.letter_rows[2]],
                     [*self.layout_keys.values(), self.space_key, *self.punctuation_keys, self.enter_key,
                      self.hide_key]):  # fmt: skip
            row = QHBoxLayout()
            row.setSpacing(6)
            row.addStretch(1)
            for key in keys:
                row.addWidget(key, 4 if key is self.space_key else 1)
            row.addStretch(1)
            rows.addLayout(row)
        font = QFont(self.font())
        font.setPixelSize(24)
        self.setFont(font)
        self.set_layout("en")
        self.retranslate()

    def _key(self, label: str, action: Callable[..., object]) -> QPushButton:
        key = QPushButton(label)
        key.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field keeps the focus
        key.setAutoRepeat(label == "⌫")
        key.setMinimumSize(48, KEY_HEIGHT)
        key.setMaximumWidth(120)
        key.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        key.clicked.connect(action)
        return key

    # -- layouts ------------------------------------------------------------------------------
    def set_layout(self, code: str) -> None:
        """Latin (en), Korean (ko) or Cyrillic (ru) letters."""
        self.layout_code = code if code in LAYOUTS else "en"
        self.input.reset()
        for key_code, key in self.layout_keys.items():
            key.setChecked(key_code == self.layout_code)
        self._label_letters()

    def toggle_shift(self) -> None:
        self.shift = not self.shift
        self._label_letters()

    def _label_letters(self) -> None:
        self.shift_key.setChecked(self.shift)
        layout = LAYOUTS[self.layout_code]
        font = QFont(self.font())
        if self.layout_code == "ko":  # the jamo's glyphs are drawn small: a size more
            font.setPixelSize(round(font.pixelSize() * 1.3))
        for index, keys in enumerate(self.letter_rows):
            letters = layout.row(index, self.shift)
            for k, key in enumerate(keys):
                key.setVisible(k < len(letters))
                if k < len(letters):
                    key.setText(letters[k])
                    key.setAccessibleName(letters[k])
                    key.setFont(font)

    def _letter(self, row: int, index: int) -> None:
        letters = LAYOUTS[self.layout_code].row(row, self.shift)
        if index < len(letters):
            self.type(letters[index])
        if self.shift:  # one capital (or tense consonant), as on a phone
            self.toggle_shift()

    # -- the field ----------------------------------------------------------------------------
    def attach(self, field: QLineEdit) -> None:
        """Type into ``field`` from now on. A syllable being composed carries over when the field
        took over the text (the global search hands what is typed to the search screen's field)."""
        if field is self.target:
            return
        if self.target is not None and isValid(self.target):
            self.target.removeEventFilter(self)
        self.target = field
        field.installEventFilter(self)
        self._carry = bool(self.input.composing)  # decided at the next key, when the text has moved
        self._expected = None

    def detach(self) -> None:
        if self.target is not None and isValid(self.target):
            self.target.removeEventFilter(self)
        self.target = None
        self.input.reset()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.target and event.type() == QEvent.Type.MouseButtonPress:
            self.input.reset()  # the cursor moves under the finger
            if not self.isVisible():
                self.show()  # a tap in the field brings the keyboard back
        return False

    def _field(self) -> QLineEdit | None:
        field = self.target
        if field is None or not isValid(field) or field.isReadOnly() or not field.isEnabled():
            return None
        if self._expected != (field.text(), field.cursorPosition()) or field.hasSelectedText():
            before = field.text()[: field.cursorPosition()]
            carried = self._carry and not field.hasSelectedText() and before.endswith(self.input.composing)
            if not carried:
                self.input.reset()  # changed by other means since the last key: the syllable is done
        self._carry = False
        return field

    def _apply(self, field: QLineEdit, edit: Edit) -> None:
        cursor = field.cursorPosition()
        remove = min(edit.remove, cursor)
        if field.hasSelectedText():
            if edit.insert:  # a selection is typed over, or deleted, whole
                field.insert(edit.insert)
            else:
                field.del_()
        elif remove:
            field.setSelection(cursor - remove, remove)
            field.insert(edit.insert)
        elif edit.insert:
            field.insert(edit.insert)
        target = self.target  # the edit may have handed the text to another field (the global search)
        self._expected = (target.text(), target.cursorPosition()) if target is not None and isValid(target) else None

    def type(self, char: str) -> None:
        field = self._field()
        if field is not None:
            self._apply(field, self.input.type(char))

    def backspace(self) -> None:
        field = self._field()
        if field is not None:
            self._apply(field, self.input.backspace())

    def enter(self) -> None:
        field = self._field()
        if field is None:
            return
        self.input.reset()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(field, QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r"))
        self._expected = (field.text(), field.cursorPosition()) if isValid(field) else None

    # -- words --------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.backspace_key.setAccessibleName(self.tr("Delete"))
        self.shift_key.setAccessibleName(self.tr("Shift"))
        self.space_key.setAccessibleName(self.tr("Space"))
        self.space_key.setText(self.tr("space"))
        self.enter_key.setAccessibleName(self.tr("Enter"))
        self.hide_key.setAccessibleName(self.tr("Hide the keyboard"))
        names = {"en": self.tr("English letters"), "ko": self.tr("Korean letters"), "ru": self.tr("Russian letters")}
        for code, key in self.layout_keys.items():
            key.setAccessibleName(names[code])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.follow_interface()
        super().changeEvent(event)

    def follow_interface(self) -> None:
        """The letters of the interface's language (the visitor can switch them)."""
        self.set_layout(QLocale().name()[:2])
