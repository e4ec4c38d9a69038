"""A large, focusable button whose title and word-wrapped description suit a touch screen."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget


class CardButton(QPushButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("homeCard")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.heading = QLabel()
        self.heading.setObjectName("cardHeading")  # styled by ui/theme.py, at the interface text size
        self.body = QLabel()
        self.body.setWordWrap(True)
        layout = self._box = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        for label in (self.heading, self.body):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)

    def set_texts(self, heading: str, body: str) -> None:
        self.heading.setText(heading)
        self.body.setText(body)
        self.body.setVisible(bool(body))
        self.setAccessibleName(heading)
        self.setAccessibleDescription(body)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        hint = self._box.sizeHint()
        return QSize(max(220, hint.width()), max(72, hint.height()))

    def minimumSizeHint(self) -> QSize:
        return QSize(160, self._box.minimumSize().height())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(72, self._box.totalHeightForWidth(width))
