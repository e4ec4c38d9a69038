"""The Learning Record Store in the teacher's tools: its settings, the class report read from it,
and a word when the store refused statements (the settings say which, and why)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from koryo_desktop.ui.quiz.wrap_button import WrapButton
from koryo_desktop.ui.xapi_service import XapiService


class XapiTools(QWidget):
    report_requested = Signal()

    def __init__(self, service: XapiService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.settings_button, self.report_button = WrapButton(), WrapButton()
        self.settings_button.clicked.connect(self.open_settings)
        self.report_button.clicked.connect(self.report_requested)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.settings_button)
        layout.addWidget(self.report_button)
        layout.addWidget(self.notice)
        service.sent.connect(lambda *_: self.refresh())
        self.retranslate()

    def retranslate(self) -> None:
        self.settings_button.set_label(self.tr("Learning Record Store…"))
        self.report_button.set_label(self.tr("Class report from the Learning Record Store…"))
        self.refresh()

    def refresh(self) -> None:
        self.report_button.setVisible(bool(self.service.settings.endpoint))
        refused = self.service.state()[0]["refused"] if self.service.settings.endpoint else 0
        self.notice.setText(self.tr("The Learning Record Store refused %n statement(s): its settings say why.", "",
                                    refused))  # fmt: skip
        self.notice.setVisible(refused > 0)

    def open_settings(self) -> bool:
        from koryo_desktop.ui.quiz.xapi_dialog import XapiDialog

        dialog = XapiDialog(self.service, self)
        accepted = dialog.exec() == XapiDialog.DialogCode.Accepted
        dialog.deleteLater()
        self.refresh()
        return accepted
