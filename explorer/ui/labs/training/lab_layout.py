"""The Training Lab's widgets and their layout: presets and the Data/Model tabs on the left;
the transport, the view tabs and the curves on the right.

Only construction and the texts the widgets show: the lab connects the signals and owns the
behaviour.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from explorer.core.data import Dataset
from explorer.core.nn.presets import PRESETS
from explorer.core.nn.spec import Architecture
from explorer.core.nn.training import TrainingSession
from explorer.core.scene import SceneError
from explorer.ui.i18n import error_text, marked_text, translate
from explorer.ui.labs.training.boundary import BoundaryView
from explorer.ui.labs.training.common import NOTE_STYLE, compact, dataset_title
from explorer.ui.labs.training.compare_panel import ComparePanel
from explorer.ui.labs.training.compare_view import CompareView
from explorer.ui.labs.training.curves import CurvesView
from explorer.ui.labs.training.data_panel import DataPanel
from explorer.ui.labs.training.data_settings import CsvCache
from explorer.ui.labs.training.digits import DigitsView
from explorer.ui.labs.training.lab_state import VIEWS
from explorer.ui.labs.training.landscape_view import LandscapeView
from explorer.ui.labs.training.model_panel import ModelPanel
from explorer.ui.labs.training.regression import RegressionView
from explorer.ui.labs.training.transport import TransportBar
from explorer.ui.labs.training.weights import WeightsView
from explorer.ui.widgets.panels import PANEL_WIDTH, export_buttons, group


@dataclass
class LabWidgets:
    """Everything the lab talks to after construction (the view tabs follow VIEWS' order)."""

    preset_box: QComboBox
    preset_note: QLabel
    preset_group: QGroupBox
    data_panel: DataPanel
    model_panel: ModelPanel
    left_tabs: QTabWidget
    transport: TransportBar
    export_png_button: QPushButton
    export_gif_button: QPushButton
    boundary: BoundaryView
    regression: RegressionView
    digits: DigitsView
    weights: WeightsView
    landscape: LandscapeView
    view_tabs: QTabWidget
    curves: CurvesView
    splitter: QSplitter
    compare_panel: ComparePanel
    compare_view: CompareView
    right_stack: QStackedWidget  # the solo page, or the compare view


def _scroll(widget: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidget(widget)
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    return scroll


def _preset_box() -> QComboBox:
    box = compact(QComboBox(), 12)
    box.addItem("", None)
    for name, preset in PRESETS.items():
        if preset.available:
            box.addItem(preset.title, name)
    return box



def retranslate_layout(w: LabWidgets, data: Dataset | None) -> None:
    """Set the texts :func:`build_layout` made in the current language."""
    box = w.preset_box
    box.setItemText(0, translate("TrainingLab", "— pick a course example —"))
    for i in range(1, box.count()):
        preset = PRESETS[box.itemData(i)]
        box.setItemText(i, translate("Presets", preset.title))
        box.setItemData(i, translate("Presets", preset.description), Qt.ItemDataRole.ToolTipRole)
    box.setToolTip(translate("TrainingLab", "Fill the data and the model form with an example "
                             "from the course"))
    w.preset_group.setTitle(translate("TrainingLab", "Course preset"))
    w.left_tabs.setTabText(0, translate("TrainingLab", "Data"))
    w.left_tabs.setTabText(1, translate("TrainingLab", "Model"))
    w.left_tabs.setTabToolTip(0, translate("TrainingLab", "What the network learns from"))
    w.left_tabs.setTabToolTip(1, translate("TrainingLab", "The keras.Sequential: layers, loss, "
                                           "optimizer, fit"))
    w.left_tabs.setTabText(2, translate("TrainingLab", "Compare"))
    w.left_tabs.setTabToolTip(2, translate("TrainingLab", "Compare optimizers: the same model and "
                                           "batches, one optimizer each"))
    tips = (translate("TrainingLab", "2-D data: the decision boundary and the neurons"),
            translate("TrainingLab", "Predicted versus target, and the residuals"),
            translate("TrainingLab", "Confusion matrix and misclassified samples"),
            translate("TrainingLab", "Every layer's weights and biases"),
            translate("TrainingLab", "The loss around the trained weights"))
    for view, tip in zip((w.boundary, w.regression, w.digits, w.weights, w.landscape), tips,
                         strict=True):
        w.view_tabs.setTabToolTip(w.view_tabs.indexOf(view), tip)
    name_view_tabs(w.view_tabs, data)


def build_layout(owner: QWidget, cache: CsvCache, session: Callable[[], TrainingSession | None],
                 running: Callable[[], bool]) -> LabWidgets:
    """Create the lab's widgets and lay them out on ``owner``; ``session`` and ``running``
    let the landscape view ask about the current training without holding the lab."""
    preset_box = _preset_box()
    preset_note = QLabel()
    preset_note.setWordWrap(True)
    preset_note.setStyleSheet(NOTE_STYLE)
    presets = group("", preset_box, preset_note)
    data_panel = DataPanel(cache)
    model_panel = ModelPanel()
    left_tabs = QTabWidget()
    left_tabs.addTab(_scroll(data_panel), "")
    left_tabs.addTab(_scroll(model_panel), "")
    compare_panel = ComparePanel()
    left_tabs.addTab(_scroll(compare_panel), "")
    left = QWidget()
    left.setFixedWidth(PANEL_WIDTH)
    left_layout = QVBoxLayout(left)
    left_layout.setContentsMargins(0, 0, 0, 0)
    left_layout.addWidget(presets)
    left_layout.addWidget(left_tabs, 1)

    transport = TransportBar()
    exports, export_png_button, export_gif_button = export_buttons("")
    boundary = BoundaryView()
    regression = RegressionView()
    digits = DigitsView()
    weights = WeightsView()
    view_tabs = QTabWidget()
    landscape = LandscapeView(session, running)
    for view in (boundary, regression, digits, weights, landscape):
        view_tabs.addTab(view, "")
    view_tabs.setCornerWidget(exports)
    curves = CurvesView()
    splitter = QSplitter(Qt.Orientation.Vertical)
    splitter.addWidget(view_tabs)
    splitter.addWidget(curves)
    splitter.setSizes([470, 230])
    splitter.setChildrenCollapsible(False)
    splitter.setAutoFillBackground(True)

    solo = QWidget()
    right = QVBoxLayout(solo)
    right.setContentsMargins(0, 0, 0, 0)
    right.addWidget(transport)
    right.addWidget(splitter, 1)
    compare_view = CompareView()
    right_stack = QStackedWidget()
    right_stack.addWidget(solo)
    right_stack.addWidget(compare_view)
    layout = QHBoxLayout(owner)
    layout.setContentsMargins(6, 6, 6, 6)
    layout.addWidget(left)
    layout.addWidget(right_stack, 1)
    widgets = LabWidgets(preset_box, preset_note, presets, data_panel, model_panel, left_tabs,
                         transport, export_png_button, export_gif_button, boundary, regression,
                         digits, weights,
                         landscape, view_tabs, curves, splitter, compare_panel, compare_view,
                         right_stack)
    retranslate_layout(widgets, None)
    return widgets


def sync_view_tabs(view_tabs: QTabWidget, data: Dataset | None, drawn: bool) -> None:
    """Show the views that fit this data (named for it); if the set of views changed, or the
    current one is hidden, switch to the first view that fits."""
    visible = {
        "boundary": drawn or (data is not None and data.is_2d),
        "regression": data is not None and data.task == "regression",
        "digits": data is not None and data.task != "regression" and not data.is_2d,
        "weights": True,
        "landscape": True,
    }
    before = [view_tabs.isTabVisible(i) for i in range(len(VIEWS))]
    for i, key in enumerate(VIEWS):
        view_tabs.setTabVisible(i, visible[key])
    name_view_tabs(view_tabs, data)
    if before != [visible[k] for k in VIEWS] or \
            not view_tabs.isTabVisible(view_tabs.currentIndex()):
        # other kind of data: show its own view first (Qt may have picked Weights)
        view_tabs.setCurrentIndex(next(i for i, k in enumerate(VIEWS) if visible[k]))


def name_view_tabs(view_tabs: QTabWidget, data: Dataset | None) -> None:
    """The view tabs' names, for this data, in the current language."""
    images = data is not None and data.image_shape is not None
    digits = translate("TrainingLab", "Digits") if images else \
        translate("TrainingLab", "Confusion")
    regression = data is not None and data.task == "regression"
    boundary = translate("TrainingLab", "Surface") if regression else \
        translate("TrainingLab", "Boundary")
    view_tabs.setTabText(VIEWS.index("digits"), digits)
    view_tabs.setTabText(VIEWS.index("boundary"), boundary)
    view_tabs.setTabText(VIEWS.index("regression"), translate("TrainingLab", "Regression"))
    view_tabs.setTabText(VIEWS.index("weights"), translate("TrainingLab", "Weights"))
    view_tabs.setTabText(VIEWS.index("landscape"), translate("TrainingLab", "Landscape"))


def preset_note(preset: str | None) -> str:
    """The note under the preset box: what the chosen example should show."""
    if not preset:
        return translate("TrainingLab", "Or set up data and model yourself.")
    english = PRESETS[preset].expectation
    expectation = translate("Presets", english)
    # English as it always was (str.capitalize); a translation keeps its own case
    expectation = english.capitalize() if expectation == english else \
        expectation[:1].upper() + expectation[1:]
    return translate("TrainingLab", "{expectation}.").format(expectation=expectation)


def architecture_lines(arch: Architecture, data: Dataset) -> tuple[str, str]:
    """The model page's input and output lines."""
    inputs = translate("TrainingLab", "Input: {n} features ({data})").format(
        n=arch.n_inputs, data=dataset_title(data.name, data.title))
    output = translate("TrainingLab", "Output: Dense({units}, {activation}) · loss {loss} · "
                       "metrics {metrics}").format(units=arch.output_units,
                                                   activation=arch.output.activation,
                                                   loss=arch.loss, metrics=", ".join(arch.metrics))
    return inputs, output


def empty_views(w: LabWidgets, arch: Architecture | None) -> None:
    """The views set up for a new model (its layers, hidden units, activations, metrics), and
    emptied of the last one's pictures and curves."""
    if arch is not None:
        w.weights.set_layers([layer.name for layer in arch.dense_layers])
        w.boundary.set_hidden_units(arch.dense_layers[0].units
                                    if len(arch.dense_layers) > 1 else 0)
        w.digits.set_activations(tuple(layer.activation for layer in arch.dense_layers))
        w.curves.set_keys(tuple(arch.metrics))
    w.boundary.clear_model()
    w.regression.clear_model()
    w.digits.clear_model()
    w.weights.clear_model()
    w.curves.clear()


def set_curve_options(curves: CurvesView, log_y: bool, smoothing: float) -> None:
    """A scene's curve options, shown without each box answering on its own, then applied."""
    for box in (curves.log_y, curves.smoothing):
        box.blockSignals(True)
    curves.log_y.setChecked(log_y)
    curves.smoothing.setValue(round(smoothing * 100))
    for box in (curves.log_y, curves.smoothing):
        box.blockSignals(False)
    curves.apply_options()


def model_error_text(problem: ValueError | None, data: Dataset | None) -> str:
    """Why the form's model cannot be built, in the current language ("" if it can); the form
    is the model, so a problem with the whole "model" is said without its location."""
    if problem is None:
        return translate("TrainingLab", "choose valid data first") if data is None else ""
    if isinstance(problem, SceneError) and problem.where == "model":
        return marked_text(problem.values["problem"])
    return error_text(problem)
