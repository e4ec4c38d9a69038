"""The kiosk's one window, full screen for as long as the kiosk runs: the attract screen, the
visitor's app (with the on-screen keyboard under it when a text field has the focus), "Are you still
there?", the staff pages and "one moment" are pages of it. The screen never shows the desktop between
two visitors, and no window manager has to be trusted with a second full-screen window."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QStackedLayout, QVBoxLayout, QWidget
from shiboken6 import isValid

from koryo_desktop.ui.kiosk_attract import AttractScreen
from koryo_desktop.ui.kiosk_keyboard import OnScreenKeyboard
from koryo_desktop.ui.kiosk_screens import OneMomentScreen, StillTherePrompt
from koryo_desktop.ui.kiosk_staff import StaffPage
from koryo_desktop.ui.qt_app import qapp


class KioskShell(QWidget):
    def __init__(self, staff: StaffPage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Koryo Desktop")
        self.setObjectName("kioskShell")
        self.pages = QStackedLayout(self)
        self.attract = AttractScreen()
        self.visit = QWidget()
        self._visit_layout = QVBoxLayout(self.visit)
        self._visit_layout.setContentsMargins(0, 0, 0, 0)
        self._visit_layout.setSpacing(0)
        self.keyboard = OnScreenKeyboard()
        self.keyboard.hide()
        self.keyboard.hide_requested.connect(self.keyboard.hide)
        self._visit_layout.addWidget(self.keyboard)
        self.prompt = StillTherePrompt()
        self.staff = staff
        self.waiting = OneMomentScreen("")
        for page in (self.attract, self.visit, self.prompt, self.staff, self.waiting):
            self.pages.addWidget(page)
        self.app_window: QWidget | None = None
        qapp().focusChanged.connect(self._focus_changed)

    def set_app_window(self, window: QWidget | None) -> None:
        """Show ``window`` (the visitor's main window) on the visit page; None takes it away (the
        caller deletes it)."""
        if self.app_window is not None and isValid(self.app_window):
            self._visit_layout.removeWidget(self.app_window)
            self.app_window.hide()
        self.keyboard.detach()
        self.keyboard.hide()
        self.keyboard.follow_interface()
        self.app_window = window
        if window is not None:
            self._visit_layout.insertWidget(0, window, 1)
            window.show()

    def show_page(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)

    def current(self) -> QWidget | None:
        return self.pages.currentWidget()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        window = self.app_window
        if new is None or window is None or not isValid(window) or not window.isAncestorOf(new):
            return
        if isinstance(new, QLineEdit) and not new.isReadOnly() and new.echoMode() == QLineEdit.EchoMode.Normal:
            self.keyboard.attach(new)
            self.keyboard.show()
        else:  # the visitor moved on to a list or a button: the screen gets its room back
            self.keyboard.hide()

    def stop(self) -> None:
        """Before the shell goes: no more news of the focus."""
        qapp().focusChanged.disconnect(self._focus_changed)
        self.keyboard.detach()
