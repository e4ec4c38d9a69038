"""A style for the dark and high-contrast interface colours, where the platform style's frames vanish."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QStyleOptionComplex, QWidget


class FramedStyle(QProxyStyle):
    """The platform style, but text fields, number boxes, check boxes and radio buttons get a frame
    in the palette's mid colour, and scroll bar handles are filled with it. Fusion draws those frames a shade darker than the window, which is
    invisible on the black of the high-contrast colours and faint on the dark ones. Used only with
    those colours."""

    def drawPrimitive(self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter,
                      widget: QWidget | None = None) -> None:  # fmt: skip
        super().drawPrimitive(element, option, painter, widget)
        if element == QStyle.PrimitiveElement.PE_FrameLineEdit:
            self._frame(option, painter)
        elif element in (QStyle.PrimitiveElement.PE_IndicatorCheckBox, QStyle.PrimitiveElement.PE_IndicatorRadioButton):
            self._frame(option, painter, round=element == QStyle.PrimitiveElement.PE_IndicatorRadioButton)

    def drawComplexControl(self, control: QStyle.ComplexControl, option: QStyleOptionComplex, painter: QPainter,
                           widget: QWidget | None = None) -> None:  # fmt: skip
        super().drawComplexControl(control, option, painter, widget)
        if control == QStyle.ComplexControl.CC_SpinBox:
            self._frame(option, painter)
        elif control == QStyle.ComplexControl.CC_ScrollBar:  # the handle, filled in the mid colour
            # PySide6's stub wants a widget here; Qt's QProxyStyle::subControlRect takes none, as QStyle's does
            handle = self.subControlRect(control, option, QStyle.SubControl.SC_ScrollBarSlider, widget)  # type: ignore[arg-type]
            if handle.isValid():
                painter.save()
                painter.setRenderHint(QPainter.RenderHint.Antialiasing)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(option.palette.color(QPalette.ColorRole.Mid))
                painter.drawRoundedRect(QRectF(handle).adjusted(2, 2, -2, -2), 3, 3)
                painter.restore()

    @staticmethod
    def _frame(option: QStyleOption, painter: QPainter, round: bool = False) -> None:
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        role = QPalette.ColorRole.Highlight if focused else QPalette.ColorRole.Mid
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(option.palette.color(role), 2 if focused else 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        if round:
            painter.drawEllipse(rect)
        else:
            painter.drawRoundedRect(rect, 2, 2)
        painter.restore()
