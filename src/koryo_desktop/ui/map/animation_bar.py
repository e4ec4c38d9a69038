"""The controls of the routes' animation: play and pause, a day or a week back and forward, a
slider over the days, and the date with what is happening on it. A timer moves the clock; the
canvas only repaints."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QToolButton, QWidget

from koryo_desktop.core.route_animation import Animation, Track, date_of

FRAME_MS = 50
DAYS_PER_SECOND = 6.0


class AnimationBar(QWidget):
    day_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.animation = Animation([])
        self.play_button = QToolButton()
        self.back_button = QToolButton()
        self.forward_button = QToolButton()
        self.play_button.setCheckable(True)
        self.play_button.toggled.connect(self.set_playing)
        self.back_button.clicked.connect(lambda: self.step(-7))
        self.forward_button.clicked.connect(lambda: self.step(7))
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.valueChanged.connect(self._slid)
        self.date_label = QLabel()
        self.date_label.setWordWrap(True)  # at large text sizes the date wraps rather than push the slider out
        self.slider.setMinimumWidth(100)
        self.timer = QTimer(self)
        self.timer.setInterval(FRAME_MS)
        self.timer.timeout.connect(lambda: self.step(DAYS_PER_SECOND * FRAME_MS / 1000))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.back_button, self.play_button, self.forward_button):
            layout.addWidget(widget)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.date_label)
        self.retranslate()

    def retranslate(self) -> None:
        playing = self.play_button.isChecked()
        # glyphs in the text colour, so they show in every colour scheme (the style's icons are dark)
        for button, glyph, tip in ((self.back_button, "◀◀", self.tr("A week back")),
                                   (self.forward_button, "▶▶", self.tr("A week forward")),
                                   (self.play_button, "▮▮" if playing else "▶",
                                    self.tr("Pause the trains") if playing else self.tr("Play the trains of 1937"))):  # fmt: skip
            button.setText(glyph)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
        self.slider.setAccessibleName(self.tr("Day of the deportation"))
        self._show_date()

    def set_tracks(self, tracks: list[Track]) -> None:
        self.animation = Animation(tracks)
        self.slider.blockSignals(True)
        self.slider.setRange(self.animation.first_day, self.animation.last_day)
        self.slider.setPageStep(7)
        self.slider.setValue(int(self.animation.day))
        self.slider.blockSignals(False)
        self._show_date()

    def set_playing(self, on: bool) -> None:
        if on and self.animation.day >= self.animation.last_day:
            self.animation.seek(self.animation.first_day)
        self.animation.playing = on
        self.timer.start() if on else self.timer.stop()
        if self.play_button.isChecked() != on:
            self.play_button.setChecked(on)
        self.retranslate()

    def step(self, days: float) -> None:
        self.animation.step(days)
        if not self.animation.playing and self.timer.isActive():
            self.set_playing(False)
        self._moved()

    def seek(self, day: float) -> None:
        self.animation.seek(day)
        self._moved()

    def _slid(self, value: int) -> None:
        if int(self.animation.day) != value:
            self.animation.seek(value)
            self._moved(from_slider=True)

    def _moved(self, from_slider: bool = False) -> None:
        if not from_slider:
            self.slider.blockSignals(True)
            self.slider.setValue(int(self.animation.day))
            self.slider.blockSignals(False)
        self._show_date()
        self.day_changed.emit(self.animation.day)

    def date_text(self) -> str:
        if not self.animation.tracks:
            return ""
        day = date_of(self.animation.day)
        return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)

    def _show_date(self) -> None:
        self.date_label.setText(self.date_text())
        self.slider.setAccessibleDescription(self.date_text())
