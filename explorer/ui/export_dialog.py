"""The export dialog: format, size (slide presets or custom), PNG scale, frame rate and
duration of an animation, and the figure's legend, title and counter switches."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QSpinBox,
    QWidget,
)

from explorer.ui.export import MAX_SIDE, MIN_SIDE
from explorer.ui.figure import FigureOptions
from explorer.ui.figure_files import MAX_SCALE, MOTION_SUFFIXES, STILL_SUFFIXES

PRESETS = (QSize(1920, 1080), QSize(1280, 720), QSize(1080, 1080))
MAX_FPS = 60.0


@dataclass(frozen=True)
class ExportChoice:
    """What the user chose: the file suffix, the size, the figure's options and the frame rate."""

    suffix: str
    size: QSize
    options: FigureOptions
    fps: float = 15.0
    part: str | None = None  # a key of the lab's export_parts(), None: the whole view


class ExportDialog(QDialog):
    """Chooses an export. ``animated``: GIF/MP4 with frame rate and duration (``frames`` frames);
    otherwise PNG (with a scale for high-DPI slides), SVG or PDF."""

    def __init__(self, parent: QWidget | None, animated: bool, screen_size: QSize,
                 frames: int = 1, parts: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self._frames = max(1, frames)
        self.setWindowTitle(self.tr("Export animation") if animated else self.tr("Export picture"))
        form = QFormLayout(self)
        self.format = QComboBox()
        for suffix in MOTION_SUFFIXES if animated else STILL_SUFFIXES:
            self.format.addItem(self._format_name(suffix), suffix)
        form.addRow(self.tr("Format"), self.format)
        self.part = QComboBox()  # what the figure shows, when the lab offers parts
        for key, name in (parts or {}).items():
            self.part.addItem(name, key)
        if self.part.count():
            form.addRow(self.tr("Shows"), self.part)
        self.preset = QComboBox()
        for size in PRESETS:
            self.preset.addItem(self._preset_name(size), size)
        self.preset.addItem(self.tr("As on screen ({width}×{height})").format(
            width=screen_size.width(), height=screen_size.height()), screen_size)
        self.preset.addItem(self.tr("Custom"), None)
        form.addRow(self.tr("Size"), self.preset)
        self.width_box, self.height_box = QSpinBox(), QSpinBox()
        for box, value in ((self.width_box, 1920), (self.height_box, 1080)):
            box.setRange(MIN_SIDE, MAX_SIDE)
            box.setValue(value)
            box.setSuffix(" px")
        form.addRow(self.tr("Width"), self.width_box)
        form.addRow(self.tr("Height"), self.height_box)
        self.scale = QSpinBox()
        self.scale.setRange(1, MAX_SCALE)
        self.scale.setSuffix("×")
        self.scale.setToolTip(self.tr("More pixels for sharp slides on high-DPI screens: 2× "
                                      "doubles width and height"))
        form.addRow(self.tr("Scale"), self.scale)
        self.fps = QDoubleSpinBox()
        self.fps.setRange(1.0, MAX_FPS)
        self.fps.setValue(15.0)
        self.fps.setSuffix(" " + self.tr("frames/s"))
        self.duration = QDoubleSpinBox()
        self.duration.setRange(self._frames / MAX_FPS, float(self._frames))
        self.duration.setDecimals(1)
        self.duration.setSuffix(" " + self.tr("s", "seconds"))
        self.duration.setToolTip(self.tr("{count} frames: the frame rate follows the duration")
                                 .format(count=self._frames))
        if animated:
            form.addRow(self.tr("Frame rate"), self.fps)
            form.addRow(self.tr("Duration"), self.duration)
        else:
            self.fps.hide()
            self.duration.hide()
        self.legend = QCheckBox(self.tr("Legend"))
        self.title_box = QCheckBox(self.tr("Title"))
        self.counter = QCheckBox(self.tr("Step or epoch counter"))
        for box in (self.legend, self.title_box, self.counter):
            box.setChecked(True)
            form.addRow("", box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.preset.currentIndexChanged.connect(self._on_preset)
        self.format.currentIndexChanged.connect(self._on_format)
        self.fps.valueChanged.connect(self._on_fps)
        self.duration.valueChanged.connect(self._on_duration)
        self._on_preset()
        self._on_format()
        self._on_fps()

    def _format_name(self, suffix: str) -> str:
        return {".png": self.tr("PNG image"), ".svg": self.tr("SVG (vector)"),
                ".pdf": self.tr("PDF (vector)"), ".gif": self.tr("GIF animation"),
                ".mp4": self.tr("MP4 video (H.264)")}[suffix]

    def _preset_name(self, size: QSize) -> str:
        name = self.tr("square") if size.width() == size.height() else self.tr("slides")
        return f"{size.width()}×{size.height()} ({name})"

    def _on_preset(self) -> None:
        size = self.preset.currentData()
        custom = size is None
        self.width_box.setEnabled(custom)
        self.height_box.setEnabled(custom)
        if not custom:
            self.width_box.setValue(size.width())
            self.height_box.setValue(size.height())

    def _on_format(self) -> None:
        self.scale.setEnabled(self.format.currentData() == ".png")

    def _on_fps(self) -> None:
        self.duration.blockSignals(True)
        self.duration.setValue(self._frames / self.fps.value())
        self.duration.blockSignals(False)

    def _on_duration(self) -> None:
        self.fps.blockSignals(True)
        self.fps.setValue(min(MAX_FPS, self._frames / max(self.duration.value(), 1e-3)))
        self.fps.blockSignals(False)

    def choice(self) -> ExportChoice:
        """The export as chosen (read after the dialog is accepted)."""
        scale = self.scale.value() if self.format.currentData() == ".png" else 1
        options = FigureOptions(legend=self.legend.isChecked(), title=self.title_box.isChecked(),
                                counter=self.counter.isChecked(), scale=scale)
        return ExportChoice(self.format.currentData(),
                            QSize(self.width_box.value(), self.height_box.value()), options,
                            self.fps.value(), self.part.currentData())
