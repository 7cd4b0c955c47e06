"""The Landscape tab's settings form: the slice (a :class:`LandscapeSettings`), how often the
training path is recorded, and the switches of what the plots show."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from explorer.core.i18n import MarkedText, tr_noop
from explorer.core.nn.landscape import LandscapeSettings
from explorer.ui.i18n import translate
from explorer.ui.labs.training.common import NOTE_STYLE, compact
from explorer.ui.widgets.panels import group, side_panel, spin_box

FORM_WIDTH = 250
KIND_ITEMS = ((QT_TRANSLATE_NOOP("LandscapeForm", "Random directions"), "random"),
              (QT_TRANSLATE_NOOP("LandscapeForm", "PCA of the path"), "pca"),
              (QT_TRANSLATE_NOOP("LandscapeForm", "Line θ₀ → θ₁"), "interpolation"))
SPLIT_ITEMS = ((QT_TRANSLATE_NOOP("LandscapeForm", "training"), "train"),
               (QT_TRANSLATE_NOOP("LandscapeForm", "test"), "test"))
BIAS_ITEMS = ((QT_TRANSLATE_NOOP("LandscapeForm", "zero (Li et al.)"), "zero"),
              (QT_TRANSLATE_NOOP("LandscapeForm", "normalised"), "normalize"))
UNIT_ITEMS = ((QT_TRANSLATE_NOOP("LandscapeForm", "epochs"), "epoch"),
              (QT_TRANSLATE_NOOP("LandscapeForm", "batches"), "batch"))
SEED_MAX = 2**31 - 1
SPAN_MAX, ALPHA_MAX, SAMPLES_MAX = 1000.0, 100.0, 10_000_000


def _combo(items: tuple[tuple[str, str], ...]) -> QComboBox:
    """A choice among ``items`` (text, value); :meth:`LandscapeForm.retranslate` names them."""
    box = compact(QComboBox(), 6)
    for text, value in items:
        box.addItem(text, value)
    return box


def select(box: QComboBox, value: str) -> None:
    """Choose the item whose data is ``value`` (the first one if none is)."""
    box.setCurrentIndex(max(0, box.findData(value)))


def _int_box(low: int, high: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setKeyboardTracking(False)
    return box


class LandscapeForm(QWidget):
    """The settings column: the slice (a :class:`LandscapeSettings`), how often the training
    path is recorded, and what the plots show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = _combo(KIND_ITEMS)
        self.span = spin_box(0.0, SPAN_MAX, 2, 0.25)
        self.alpha_low = spin_box(-ALPHA_MAX, ALPHA_MAX, 2, 0.25)
        self.alpha_high = spin_box(-ALPHA_MAX, ALPHA_MAX, 2, 0.25)
        for box in (self.alpha_low, self.alpha_high):
            box.setMaximumWidth(68)
        self.alpha_row = alpha_row = QHBoxLayout()
        self.to_label = QLabel()
        alpha_row.addWidget(self.alpha_low)
        alpha_row.addWidget(self.to_label)
        alpha_row.addWidget(self.alpha_high)
        self.resolution = _int_box(3, 401)
        self.points_note = QLabel()
        self.points_note.setStyleSheet(NOTE_STYLE)
        self.resolution_row = resolution_row = QHBoxLayout()
        resolution_row.addWidget(self.resolution)
        resolution_row.addWidget(self.points_note, 1)
        self.split = _combo(SPLIT_ITEMS)
        self.samples = _int_box(0, SAMPLES_MAX)
        self.seed = _int_box(0, SEED_MAX)
        self.bias = _combo(BIAS_ITEMS)
        self.form = QFormLayout()
        for field in (self.kind, self.span, alpha_row, resolution_row, self.split, self.samples,
                      self.seed, self.bias):
            self.form.addRow(QLabel(), field)
        self.slice_group = slice_group = group("", self.form)

        self.path_note = QLabel()
        self.path_note.setWordWrap(True)
        self.path_note.setStyleSheet(NOTE_STYLE)
        self.record_every = _int_box(1, 100_000)
        self.record_unit = _combo(UNIT_ITEMS)
        record_row = QHBoxLayout()
        self.every_label = QLabel()
        record_row.addWidget(self.every_label)
        record_row.addWidget(self.record_every)
        record_row.addWidget(self.record_unit, 1)
        self.path_group = path_group = group("", self.path_note, record_row)

        self.log_colour = QCheckBox()
        self.show_path = QCheckBox()
        self.show_path.setChecked(True)
        # What the plots show sits beside them (LandscapeView puts it in the tab bar's corner):
        # in the column it was cut off below the fold at 1280 × 800.
        self.show_row = QWidget()
        show_layout = QHBoxLayout(self.show_row)
        show_layout.setContentsMargins(0, 0, 8, 0)
        show_layout.addWidget(self.log_colour)
        show_layout.addWidget(self.show_path)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(side_panel(slice_group, path_group, width=FORM_WIDTH))
        self.kind.currentIndexChanged.connect(self.update_rows)
        self.resolution.valueChanged.connect(self.update_rows)
        self.retranslate()
        self.set_settings(LandscapeSettings())

    def retranslate(self) -> None:
        """Every text of the form in the current language (the values stay)."""
        for box, items in ((self.kind, KIND_ITEMS), (self.split, SPLIT_ITEMS),
                           (self.bias, BIAS_ITEMS), (self.record_unit, UNIT_ITEMS)):
            for i, (text, _) in enumerate(items):
                box.setItemText(i, translate("LandscapeForm", text))
        self.kind.setToolTip(self.tr(
            "Which slice through weight space:\n"
            "• Random: two random directions, each unit's part scaled to that unit's weights "
            "(Li et al. 2018)\n"
            "• PCA: the two directions along which the recorded training path varies most (the "
            "path lies in this plane)\n"
            "• Line: from the initial weights (α = 0) to the final ones (α = 1), extended on "
            "both sides (Goodfellow et al. 2015)"))
        self.span.setSpecialValueText(self.tr("auto"))
        self.span.setToolTip(self.tr(
            "Half-width of the square around the current weights, in units of the directions "
            "(1 = each unit's weights moved by their own size).\n"
            "auto: 1 for random directions, fitted to the path for PCA"))
        for box in (self.alpha_low, self.alpha_high):
            box.setToolTip(self.tr("The α range of the line θ₀ + α·(θ₁ − θ₀): 0 = initial, "
                                   "1 = final"))
        self.to_label.setText(self.tr("to"))
        self.resolution.setToolTip(self.tr("Grid points along each axis (41 → 41 × 41 = 1,681 "
                                           "evaluations of the loss)"))
        self.split.setToolTip(self.tr("The data the loss is measured on"))
        self.samples.setSpecialValueText(self.tr("all"))
        self.samples.setToolTip(self.tr(
            "Use at most this many samples of the split (a seeded random subset) to keep big "
            "data sets quick; all = every sample"))
        self.seed.setToolTip(self.tr("Seed of the random directions (and of the sample "
                                     "subset): the same seed gives the same slice"))
        self.bias.setToolTip(self.tr("Random directions for the biases: zero (the slice moves "
                                     "only the weights, as Li et al.) or each bias's own size"))
        for field, text in ((self.kind, self.tr("Directions")), (self.span, self.tr("Span ±")),
                            (self.alpha_row, self.tr("α from")),
                            (self.resolution_row, self.tr("Resolution")),
                            (self.split, self.tr("Split")), (self.samples, self.tr("Samples")),
                            (self.seed, self.tr("Seed")), (self.bias, self.tr("Biases"))):
            self.form.labelForField(field).setText(text)
        self.slice_group.setTitle(self.tr("Slice"))
        self.record_every.setToolTip(self.tr(
            "Record the weights every k epochs or batches while training (the path PCA and the "
            "line are built from); applies from the next run"))
        self.record_unit.setToolTip(self.tr("Record per epoch or per batch (batches give a "
                                            "finer path)"))
        self.every_label.setText(self.tr("every"))
        self.path_group.setTitle(self.tr("Training path"))
        self.log_colour.setText(self.tr("Log colour (L − L_min)"))
        self.log_colour.setToolTip(self.tr(
            "Colour by log₁₀ of the height above the lowest point: shows the shape of the basin "
            "when the edges are much higher"))
        self.show_path.setText(self.tr("Training path"))
        self.show_path.setToolTip(self.tr(
            "Draw the recorded weights projected onto the slice (exactly in the plane for PCA; "
            "only a shadow for random directions)"))
        self.update_rows()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def settings(self) -> LandscapeSettings:
        """The form as settings; ValueError ("landscape: …") if it is not a valid slice."""
        span = self.span.value()
        return LandscapeSettings(
            kind=self.kind.currentData(), span=None if span <= 0 else span,
            resolution=self.resolution.value(), split=self.split.currentData(),
            seed=self.seed.value(), bias=self.bias.currentData(),
            alpha=(self.alpha_low.value(), self.alpha_high.value()),
            max_samples=self.samples.value() or None)

    @staticmethod
    def out_of_range(settings: LandscapeSettings) -> MarkedText | None:
        """Why valid settings cannot be shown in this form (its boxes' limits), or None."""
        limits = ((settings.seed <= SEED_MAX, tr_noop("Scenes", "seed must be at most {most}"),
                   SEED_MAX),
                  (settings.span is None or settings.span <= SPAN_MAX,
                   tr_noop("Scenes", "span must be at most {most}"), f"{SPAN_MAX:g}"),
                  (all(abs(v) <= ALPHA_MAX for v in settings.alpha),
                   tr_noop("Scenes", "alpha must lie within ±{most}"), f"{ALPHA_MAX:g}"),
                  (settings.max_samples is None or settings.max_samples <= SAMPLES_MAX,
                   tr_noop("Scenes", "max_samples must be at most {most}"), f"{SAMPLES_MAX:,}"))
        return next((MarkedText("Scenes", template, most=most)
                     for ok, template, most in limits if not ok), None)

    def set_settings(self, settings: LandscapeSettings) -> None:
        boxes = (self.kind, self.span, self.alpha_low, self.alpha_high, self.resolution,
                 self.split, self.samples, self.seed, self.bias)
        for box in boxes:
            box.blockSignals(True)
        select(self.kind, settings.kind)
        self.span.setValue(0.0 if settings.span is None else settings.span)
        self.alpha_low.setValue(settings.alpha[0])
        self.alpha_high.setValue(settings.alpha[1])
        self.resolution.setValue(settings.resolution)
        select(self.split, settings.split)
        self.samples.setValue(settings.max_samples or 0)
        self.seed.setValue(settings.seed)
        select(self.bias, settings.bias)
        for box in boxes:
            box.blockSignals(False)
        self.update_rows()

    def update_rows(self) -> None:
        """Only the rows the chosen kind uses, and the number of points."""
        kind = self.kind.currentData()
        line = kind == "interpolation"
        self.form.setRowVisible(self.span, not line)
        self.form.setRowVisible(self.alpha_row, line)
        self.form.setRowVisible(self.bias, kind == "random")
        n = self.resolution.value()
        self.points_note.setText(self.tr("{n} points").format(n=f"{n:,}" if line else
                                                              f"{n * n:,}"))

    def set_record(self, every: int, unit: str) -> None:
        """Show a session's recording interval (without reporting a change)."""
        for box in (self.record_every, self.record_unit):
            box.blockSignals(True)
        self.record_every.setValue(every)
        select(self.record_unit, unit)
        for box in (self.record_every, self.record_unit):
            box.blockSignals(False)
