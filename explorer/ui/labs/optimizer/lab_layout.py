"""The Optimizer Lab's widgets and their layout: the control column on the left (surface, racers,
start, SGD randomness); the transport, the "Show" options, the views and the curves on the right.

Only construction: the lab connects the signals and owns the behaviour. The "Show" options sit
above the views they change, not at the foot of the scrolling column, where a 700-pixel-high
window hid them. Number fields take their ranges from core and say in red what they refuse.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from explorer.core.optim import OPTIMIZERS, SETUP_RANGES
from explorer.core.surfaces import SURFACES
from explorer.ui.labs.optimizer.plots import RaceCurves
from explorer.ui.labs.optimizer.views import CurveView1D, SurfaceView2D
from explorer.ui.widgets.fields import (
    ERROR_STYLE,
    CheckedDoubleSpinBox,
    CheckedSpinBox,
    RangeNote,
    noted,
)
from explorer.ui.widgets.hyper_form import HyperParamForm
from explorer.ui.widgets.legend import RaceLegend
from explorer.ui.widgets.options_form import OptionsForm
from explorer.ui.widgets.panels import (
    ExportButtons,
    ShortTitleComboBox,
    group,
    lab_columns,
    side_panel,
)
from explorer.ui.widgets.playback import PlaybackBar
from explorer.ui.widgets.schedule_form import ScheduleForm

NOTE_STYLE = "color: #555555;"
START_LIMIT = 1e6
SEED_MAX = 2**31 - 1  # the largest a QSpinBox holds
LANDSCAPE_ITEM = "landscape"


@dataclass
class OptimizerWidgets:
    """Everything the lab talks to after construction."""

    surface_box: ShortTitleComboBox
    formula_label: QLabel
    formula_edit: QLineEdit
    formula_error: QLabel
    legend: RaceLegend
    add_button: QToolButton
    remove_button: QPushButton
    suggest_button: QPushButton
    racers_note: QLabel
    hyper_form: HyperParamForm
    start_x: CheckedDoubleSpinBox
    start_y: CheckedDoubleSpinBox
    start_grid: CheckedSpinBox
    noise: CheckedDoubleSpinBox
    batch_size: CheckedSpinBox
    seed: CheckedSpinBox
    notes: dict[str, RangeNote]
    log_colour: QCheckBox
    show_gradient: QCheckBox
    show_velocity: QCheckBox
    log_y: QCheckBox
    playback: PlaybackBar
    export_png_button: QPushButton
    export_gif_button: QPushButton
    view2d: SurfaceView2D
    view1d: CurveView1D
    flat_stack: QStackedWidget
    view_tabs: QTabWidget
    view3d_holder: QWidget
    curves: RaceCurves
    groups: dict[str, QGroupBox]
    row_labels: dict[str, QLabel]
    show_label: QLabel
    exports: ExportButtons
    options_form: OptionsForm
    schedule_form: ScheduleForm


def _surface_group() -> tuple[QWidget, ShortTitleComboBox, QLabel, QLineEdit, QLabel]:
    box = ShortTitleComboBox()
    for name, surface in SURFACES.items():
        box.addItem(surface.title, name)
    box.addItem("", "custom")
    box.setSizeAdjustPolicy(box.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(16)
    formula_label = QLabel()
    formula_label.setWordWrap(True)
    formula_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    formula_edit = QLineEdit()
    formula_error = QLabel()
    formula_error.setStyleSheet(ERROR_STYLE)
    formula_error.setWordWrap(True)
    return (group("", box, formula_label, formula_edit, formula_error), box,
            formula_label, formula_edit, formula_error)


def _number_form(boxes: list[tuple[str, CheckedSpinBox | CheckedDoubleSpinBox]],
                 notes: dict[str, RangeNote], labels: dict[str, QLabel]) -> QFormLayout:
    """A form of checked number boxes, each with its red note under it (kept in ``notes``, by
    the English name); the row labels (kept in ``labels``) get their texts in
    :func:`retranslate_layout`."""
    form = QFormLayout()
    for name, box in boxes:
        cell, notes[name] = noted(box)
        labels[name] = QLabel(name)
        form.addRow(labels[name], cell)
    return form


def _double(name: str, low: float, high: float, decimals: int) -> CheckedDoubleSpinBox:
    box = CheckedDoubleSpinBox(name, low, high)
    box.setDecimals(decimals)
    box.setSingleStep(0.1)
    return box


def _racers_group() -> tuple[QWidget, RaceLegend, QToolButton, QPushButton, QPushButton, QLabel,
                             HyperParamForm]:
    legend = RaceLegend()
    legend.setFixedHeight(legend.rows_height())
    add_button = QToolButton()
    add_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(add_button)
    for name, spec in OPTIMIZERS.items():
        menu.addAction(spec.title).setData(name)
    add_button.setMenu(menu)
    remove_button = QPushButton()
    buttons = QHBoxLayout()
    buttons.addWidget(add_button)
    buttons.addWidget(remove_button)
    suggest_button = QPushButton()
    racers_note = QLabel()
    racers_note.setWordWrap(True)
    racers_note.setStyleSheet(NOTE_STYLE)
    racers_note.hide()
    hyper_form = HyperParamForm()
    return (group("", legend, buttons, suggest_button, racers_note, hyper_form), legend,
            add_button, remove_button, suggest_button, racers_note, hyper_form)


def _show_row() -> tuple[QWidget, QLabel, QCheckBox, QCheckBox, QCheckBox, QCheckBox]:
    log_colour, show_gradient, show_velocity, log_y = (QCheckBox() for _ in range(4))
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel()
    layout.addWidget(label)
    for box in (log_colour, show_gradient, show_velocity, log_y):
        layout.addWidget(box)
    layout.addStretch(1)
    return row, label, log_colour, show_gradient, show_velocity, log_y


def build_layout(owner: QWidget) -> OptimizerWidgets:
    """Create the lab's widgets and lay them out on ``owner``."""
    surface_group, surface_box, formula_label, formula_edit, formula_error = _surface_group()
    (racers_group, legend, add_button, remove_button, suggest_button, racers_note,
     hyper_form) = _racers_group()

    notes: dict[str, RangeNote] = {}
    row_labels: dict[str, QLabel] = {}
    start_x = _double("x", -START_LIMIT, START_LIMIT, 3)
    start_y = _double("y", -START_LIMIT, START_LIMIT, 3)
    start_grid = CheckedSpinBox("grid of starts", *(int(v) for v in SETUP_RANGES["start_grid"]))
    start_group = group("", _number_form([
        ("x", start_x), ("y", start_y), ("grid of starts", start_grid)], notes, row_labels))
    noise = _double("noise σ", *SETUP_RANGES["noise_sigma"], 3)
    batch_size = CheckedSpinBox("batch size", *(int(v) for v in SETUP_RANGES["batch_size"]))
    seed = CheckedSpinBox("seed", 0, SEED_MAX)
    noise_group = group("", _number_form([
        ("noise σ", noise), ("batch size", batch_size), ("seed", seed)], notes, row_labels))
    options_form, schedule_form = OptionsForm(), ScheduleForm()
    scroll = side_panel(surface_group, racers_group, schedule_form, options_form, start_group,
                        noise_group)

    playback = PlaybackBar()
    show, show_label, log_colour, show_gradient, show_velocity, log_y = _show_row()
    exports = ExportButtons("")
    export_png_button, export_gif_button = exports.png, exports.gif
    view2d = SurfaceView2D()
    view1d = CurveView1D()
    flat_stack = QStackedWidget()
    flat_stack.addWidget(view2d)
    flat_stack.addWidget(view1d)
    view_tabs = QTabWidget()
    view_tabs.addTab(flat_stack, "")
    view3d_holder = QWidget()
    QVBoxLayout(view3d_holder).setContentsMargins(0, 0, 0, 0)
    view_tabs.addTab(view3d_holder, "3-D")
    view_tabs.setCornerWidget(exports)
    curves = RaceCurves()
    splitter = QSplitter(Qt.Orientation.Vertical)
    splitter.addWidget(view_tabs)
    splitter.addWidget(curves)
    splitter.setSizes([520, 200])
    splitter.setChildrenCollapsible(False)

    lab_columns(owner, scroll, playback, show, splitter)
    return OptimizerWidgets(
        surface_box, formula_label, formula_edit, formula_error, legend, add_button,
        remove_button, suggest_button, racers_note, hyper_form, start_x, start_y, start_grid,
        noise, batch_size, seed, notes, log_colour, show_gradient, show_velocity, log_y,
        playback, export_png_button, export_gif_button, view2d, view1d, flat_stack, view_tabs,
        view3d_holder, curves,
        {"surface": surface_group, "racers": racers_group, "start": start_group,
         "noise": noise_group}, row_labels, show_label, exports, options_form, schedule_form)

