"""Play / pause / step / reset with a speed slider: the transport every animated lab shares."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

MIN_SPEED, MAX_SPEED = 1, 500


def _speed_from_slider(position: int) -> int:
    """Slider 0–100 on a log scale, so 1, 10 and 500 steps/s are all easy to reach."""
    return round(math.exp(math.log(MIN_SPEED) + position / 100 * math.log(MAX_SPEED / MIN_SPEED)))


def _slider_from_speed(speed: int) -> int:
    span = math.log(MAX_SPEED / MIN_SPEED)
    return round(100 * math.log(max(speed, MIN_SPEED) / MIN_SPEED) / span)


class PlaybackBar(QWidget):
    play_toggled = Signal(bool)
    step_requested = Signal()
    reset_requested = Signal()
    speed_changed = Signal(int)
    max_steps_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None, unit: str = "steps",
                 rows: int = 1) -> None:
        super().__init__(parent)
        style = self.style()
        self._unit = unit
        self.play_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_MediaPlay),
                                       "")
        self.play_button.setCheckable(True)
        self.step_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_MediaSeekForward), "")
        self.reset_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_MediaSkipBackward), "")
        for button in (self.play_button, self.step_button, self.reset_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep Space for the shortcut
        self.speed_slider = QSlider(Qt.Orientation.Horizontal)
        self.speed_slider.setRange(0, 100)
        self.speed_slider.setMaximumWidth(140)
        self.speed_slider.setMinimumWidth(40)
        self.speed_label = QLabel()
        self.max_steps = QSpinBox()
        self.max_steps.setRange(1, 100_000)
        self.counter = QLabel()
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.counter.setAutoFillBackground(True)  # opaque: its repaint stops at itself
        self._count = 0
        self.speed_title = QLabel()

        self.button_row = QHBoxLayout()
        for widget in (self.play_button, self.step_button, self.reset_button):
            self.button_row.addWidget(widget)
        speed_row = QHBoxLayout()
        speed_row.addWidget(self.speed_title)
        speed_row.addWidget(self.speed_slider)
        speed_row.addWidget(self.speed_label)
        speed_row.addWidget(self.max_steps)
        speed_row.addStretch(1)
        speed_row.addWidget(self.counter)
        # two rows where a lab has more buttons: every lab must fit a 1000-pixel window
        layout: QBoxLayout = QHBoxLayout(self) if rows == 1 else QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.button_row)
        if rows == 1:
            layout.addSpacing(12)
        else:
            self.button_row.addStretch(1)
        layout.addLayout(speed_row)

        self.play_button.toggled.connect(self._on_play_toggled)
        self.step_button.clicked.connect(self.step_requested)
        self.reset_button.clicked.connect(self.reset_requested)
        self.speed_slider.valueChanged.connect(self._on_slider)
        self.max_steps.valueChanged.connect(self.max_steps_changed)
        self.set_speed(20)
        self.retranslate()

    def _unit_texts(self) -> dict[str, str]:
        """The texts that name the unit (templates): steps for a race, samples for the
        perceptron; another unit is named as given, untranslated."""
        if self._unit == "samples":
            return {"rate": self.tr("Samples per second ({low}–{high})"),
                    "stop": self.tr("Stop after this many samples"),
                    "speed": self.tr("{speed} samples/s"),
                    "count": self.tr("samples: {count}")}
        if self._unit == "steps":
            return {"rate": self.tr("Steps per second ({low}–{high})"),
                    "stop": self.tr("Stop after this many steps"),
                    "speed": self.tr("{speed} steps/s"),
                    "count": self.tr("steps: {count}")}
        unit = self._unit
        return {"rate": unit.capitalize() + " per second ({low}–{high})",
                "stop": "Stop after this many " + unit, "speed": "{speed} " + unit + "/s",
                "count": unit + ": {count}"}

    def retranslate(self) -> None:
        """Set every text in the current language (also on a LanguageChange)."""
        texts = self._unit_texts()
        self.play_button.setText(self.tr("Pause") if self.play_button.isChecked()
                                 else self.tr("Play"))
        self.play_button.setToolTip(self.tr("Play or pause (Space)"))
        self.step_button.setText(self.tr("Step"))
        self.step_button.setToolTip(self.tr("Advance one step (→)"))
        self.reset_button.setText(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Back to the start (R)"))
        self.speed_slider.setToolTip(texts["rate"].format(low=MIN_SPEED, high=MAX_SPEED))
        # as wide as the widest speed ("500 samples/s"): whole, and no jitter as it changes
        self.speed_label.setMinimumWidth(self.speed_label.fontMetrics().horizontalAdvance(
            texts["speed"].format(speed=MAX_SPEED)))
        self.speed_label.setText(texts["speed"].format(speed=self.speed))
        self.max_steps.setPrefix(self.tr("max") + " ")
        self.max_steps.setToolTip(texts["stop"])
        # A fixed size, as wide as a long race's count: a label whose size may change asks its
        # layout again at every new text, and under X that repainted the whole window on every
        # frame of a race
        self.counter.setFixedSize(self.counter.fontMetrics().horizontalAdvance(
            texts["count"].format(count=10 * self.max_steps.maximum())),
            self.counter.fontMetrics().height())
        self.counter.setText(texts["count"].format(count=self._count))
        self.speed_title.setText(self.tr("Speed"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def insert_button(self, position: int, button: QPushButton) -> None:
        """Another transport button (a lab's own, e.g. "Epoch") at ``position`` in the row."""
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep Space for the shortcut
        self.button_row.insertWidget(position, button)

    @property
    def speed(self) -> int:
        return _speed_from_slider(self.speed_slider.value())

    def set_speed(self, speed: int) -> None:
        self.speed_slider.setValue(_slider_from_speed(speed))
        self._on_slider()

    def set_playing(self, playing: bool) -> None:
        self.play_button.setChecked(playing)

    def set_count(self, count: int) -> None:
        self._count = count
        self.counter.setText(self._unit_texts()["count"].format(count=count))

    def _on_play_toggled(self, playing: bool) -> None:
        pixmaps = QStyle.StandardPixmap
        icon = pixmaps.SP_MediaPause if playing else pixmaps.SP_MediaPlay
        self.play_button.setIcon(self.style().standardIcon(icon))
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))
        self.play_toggled.emit(playing)

    def _on_slider(self) -> None:
        self.speed_label.setText(self._unit_texts()["speed"].format(speed=self.speed))
        self.speed_changed.emit(self.speed)
