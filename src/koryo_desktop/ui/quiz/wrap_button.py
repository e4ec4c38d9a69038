"""A push button whose words wrap, so that a long label (in Russian, at 200 %) never makes a narrow
window wider; and the checkable kind the matching question uses."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget


class WrapButton(QPushButton):
    def __init__(self, parent: QWidget | None = None, expanding: bool = True) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding if expanding else QSizePolicy.Policy.Preferred,
                           QSizePolicy.Policy.Minimum)  # fmt: skip
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = self._box = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(self.label)

    def set_label(self, text: str) -> None:
        """The words (the button's own text stays empty: the label draws them, wrapped)."""
        self.label.setText(text)
        self.setAccessibleName(text.replace("…", "").replace("&", ""))
        self.updateGeometry()

    def label_text(self) -> str:
        return self.label.text()

    def set_bold(self, bold: bool) -> None:
        font = QFont()  # only the weight: the size follows the interface
        font.setBold(bold)
        self.label.setFont(font)

    def _least(self) -> int:
        return int(self.fontMetrics().height() * 2.2)

    def sizeHint(self) -> QSize:
        hint = self._box.sizeHint()
        return QSize(hint.width(), max(hint.height(), self._least()))

    def minimumSizeHint(self) -> QSize:
        return QSize(min(self._box.sizeHint().width(), self.fontMetrics().averageCharWidth() * 14), self._least())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self._least(), self._box.totalHeightForWidth(width))


class PairButton(WrapButton):
    """A checkable wrapping button, its words on the left (one side of a pair to match)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCheckable(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
