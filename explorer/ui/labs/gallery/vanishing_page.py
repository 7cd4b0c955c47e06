"""Vanishing gradients: the product of n derivatives along backprop paths, side by side, log y."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from explorer.core.functions import (
    ACTIVATIONS,
    DISTRIBUTIONS,
    get_activation,
    path_gradients,
    path_summary,
)
from explorer.core.i18n import tr_noop
from explorer.ui.i18n import translate
from explorer.ui.labs.gallery.common import (
    GalleryPage,
    choice,
    color,
    float_box,
    int_box,
    integer,
    number,
    pen,
    style_plot,
    wrapped_label,
)
from explorer.ui.widgets.panels import group, side_panel

COMPARE = ("sigmoid", "tanh", "relu")  # drawn in palette colours 0, 1, 2 wherever they appear
CHOSEN_COLOUR = 4
MAX_DEPTH, MAX_PATHS, MAX_SEED = 100, 2000, 2**31 - 1
CENTER_LIMIT, SPREAD_LIMIT = 10.0, 10.0
SHOWN_PATHS = 25
LOG_FLOOR = -300.0
WHERE = "vanishing-gradients page"
CONTEXT = "Activations"  # where core marked the functions' titles and the distributions
EXPLANATION = tr_noop(
    "VanishingPage",
    "Backpropagation through n layers multiplies the local derivatives: "
    "∂L/∂z₁ = ∂L/∂zₙ · f′(zₙ)·…·f′(z₁). Weights are set to 1 here so only the activation's "
    "share shows; each path draws its pre-activations zₗ from the chosen distribution "
    "(seeded, so every activation sees the same inputs).\n\n"
    "σ′ ≤ 0.25, so sigmoid's product shrinks at least like 0.25ⁿ. tanh′ ≤ 1 but drops fast "
    "away from 0. ReLU′ is exactly 1 or 0: a path passes the gradient unchanged or is cut "
    "('dead'); μ > 0 keeps paths alive. The mean of a ReLU product is the share of paths "
    "still alive (½ⁿ for μ = 0); in a real network He initialisation (weights × √2) makes up for "
    "the half that are cut.")


class VanishingPage(GalleryPage):
    key = "vanishing"
    title = tr_noop("Gallery", "Vanishing gradients")

    def __init__(self, state: dict[str, Any] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings: dict[str, Any] = self.default_state()
        self.results: dict[str, np.ndarray] = {}
        self._recompute = QTimer(self)
        self._recompute.setSingleShot(True)
        self._recompute.setInterval(0)
        self._recompute.timeout.connect(self.refresh)
        self._build()
        self.apply(state or self.default_state())
        self.retranslate()

    def retranslate(self) -> None:
        """Every text of the page in the current language (the state is kept)."""
        for i, name in enumerate(ACTIVATIONS):
            self.activation_box.setItemText(i, translate(CONTEXT, ACTIVATIONS[name].title))
        for i, title in enumerate(DISTRIBUTIONS.values()):
            self.distribution.setItemText(i, translate(CONTEXT, title))
        self.activation_box.setToolTip(self.tr(
            "Each panel is a deep network of n layers with one activation. This sets the "
            "activation of the first panel's network; the other panels stay sigmoid, tanh and "
            "ReLU, for comparison."))
        self.activation_label.setToolTip(self.activation_box.toolTip())
        self.activation_label.setText(self.tr("activation of the deep network in this panel ↓"))
        self.depth.setToolTip(self.tr("Depth n: how many layers the gradient passes"))
        self.distribution.setToolTip(self.tr("Where the pre-activations zₗ come from"))
        self.center.setToolTip(self.tr("Centre μ of the inputs zₗ"))
        self.spread.setToolTip(self.tr("Spread σ (standard deviation, or the half-width of the "
                                       "uniform)"))
        self.paths.setToolTip(self.tr("How many random paths (the median is over them)"))
        self.seed.setToolTip(self.tr("Seed of the random inputs: same seed, same figure"))
        for box, text in ((self.depth, self.tr("depth n")),
                          (self.distribution, self.tr("inputs zₗ")),
                          (self.center, self.tr("centre μ")), (self.spread, self.tr("spread σ")),
                          (self.paths, self.tr("paths")), (self.seed, self.tr("seed"))):
            self.form.labelForField(box).setText(text)
        self.experiment_group.setTitle(self.tr("Experiment"))
        self.explanation_group.setTitle(self.tr("What you see"))
        self.explanation.setText(translate("VanishingPage", EXPLANATION))
        for plot in self.panels:
            plot.setLabel("bottom", self.tr("layers l"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _build(self) -> None:
        self.activation_box = QComboBox()
        for name, f in ACTIVATIONS.items():
            self.activation_box.addItem(f.title, name)
        self.depth = int_box(1, MAX_DEPTH, "")
        self.distribution = QComboBox()
        for name, title in DISTRIBUTIONS.items():
            self.distribution.addItem(title, name)
        self.center = float_box(-CENTER_LIMIT, CENTER_LIMIT, "")
        self.spread = float_box(0.0, SPREAD_LIMIT, "")
        self.paths = int_box(10, MAX_PATHS, "")
        self.seed = int_box(0, MAX_SEED, "")
        self.form = form = QFormLayout()
        form.addRow("depth n", self.depth)
        form.addRow("inputs zₗ", self.distribution)
        form.addRow("centre μ", self.center)
        form.addRow("spread σ", self.spread)
        form.addRow("paths", self.paths)
        form.addRow("seed", self.seed)
        self.activation_box.activated.connect(
            lambda _: self.set(activation=self.activation_box.currentData()))
        self.distribution.activated.connect(
            lambda _: self.set(distribution=self.distribution.currentData()))
        for key, box in (("depth", self.depth), ("center", self.center),
                         ("spread", self.spread), ("paths", self.paths), ("seed", self.seed)):
            box.valueChanged.connect(lambda v, key=key: self.set(**{key: v}))
        self.explanation = wrapped_label()
        self.experiment_group = group("", form)
        self.explanation_group = group("", self.explanation)
        panel = side_panel(self.experiment_group, self.explanation_group)

        self.graphics = pg.GraphicsLayoutWidget()
        self.panels: list[pg.PlotItem] = []
        self.path_items: list[pg.PlotDataItem] = []
        self.median_items: list[pg.PlotDataItem] = []
        self.mean_items: list[pg.PlotDataItem] = []
        for i in range(len(COMPARE) + 1):
            plot = self.graphics.addPlot(row=0, col=i)
            plot.setMenuEnabled(False)
            plot.showGrid(x=True, y=True, alpha=0.25)
            plot.setLogMode(y=True)
            style_plot(plot, left="|∏ f′(zₗ)|" if i == 0 else "")
            if self.panels:
                plot.setYLink(self.panels[0])
            paths = pg.PlotDataItem(connect="finite")
            median = pg.PlotDataItem(connect="finite")
            mean = pg.PlotDataItem(connect="finite")
            for item in (paths, median, mean):
                plot.addItem(item)
            self.panels.append(plot)
            self.path_items.append(paths)
            self.median_items.append(median)
            self.mean_items.append(mean)
        self.summary = wrapped_label(rich=True)
        right = QVBoxLayout()
        right.addLayout(self._panel_header())
        right.addWidget(self.graphics, 1)
        right.addWidget(self.summary)
        layout = QHBoxLayout(self)
        layout.addWidget(panel)
        layout.addLayout(right, 1)

    def _panel_header(self) -> QHBoxLayout:
        """The activation selector above the one panel it controls, and a note above the
        others saying they are fixed: beside them in the form its role was unclear."""
        chooser = QVBoxLayout()
        self.activation_label = QLabel()  # texts: retranslate()
        self.activation_label.setWordWrap(True)
        chooser.addWidget(self.activation_label)
        chooser.addWidget(self.activation_box)
        self.fixed_note = QLabel()
        self.fixed_note.setWordWrap(True)
        self.fixed_note.setStyleSheet("color: #555555;")
        self.fixed_note.setAlignment(Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft)
        self.header = QHBoxLayout()
        self.header.addLayout(chooser, 1)
        self.header.addWidget(self.fixed_note, len(COMPARE))
        return self.header

    # --- computing and drawing --------------------------------------------------------------

    def shown_activations(self) -> list[str]:
        """The chosen activation first, then whichever of sigmoid, tanh, ReLU it is not."""
        chosen = self.settings["activation"]
        return [chosen, *(name for name in COMPARE if name != chosen)]

    def set(self, **changes: Any) -> None:
        """Change settings; the recompute runs once the event loop is free, so a burst of
        spin-box steps (up to 2000 paths × 100 layers each) costs one computation."""
        self.settings.update(changes)
        self._sync_controls()
        self._recompute.start()

    def refresh(self) -> None:
        self._recompute.stop()
        s = self.settings
        names = self.shown_activations()
        self.results = {name: path_gradients(
            name, s["depth"], s["paths"], distribution=s["distribution"], center=s["center"],
            spread=s["spread"], seed=s["seed"]) for name in names}
        layers = np.arange(1, s["depth"] + 1, dtype=float)
        lowest, highest, lines = 0.0, 0.0, []
        for i, plot in enumerate(self.panels):
            shown = i < len(names)
            plot.setVisible(shown)
            if not shown:
                continue
            name = names[i]
            col = color(COMPARE.index(name) if name in COMPARE else CHOSEN_COLOUR)
            products = self.results[name]
            median, dead = path_summary(products)
            sample = _gaps(products[:SHOWN_PATHS])
            xs = np.tile(np.append(layers, np.nan), len(sample))
            self.path_items[i].setData(xs, np.append(sample, np.full((len(sample), 1), np.nan),
                                                     axis=1).ravel(),
                                       pen=pen(col, 1, alpha=70))
            self.median_items[i].setData(layers, _gaps(median), pen=pen(col, 2))
            self.mean_items[i].setData(layers, _gaps(products.mean(axis=0)),
                                       pen=pen("#000000", 1, dashed=True))
            positive = products[products > 0]
            if positive.size:
                lowest = min(lowest, float(np.log10(positive.min())))
                highest = max(highest, float(np.log10(positive.max())))
            function = translate(CONTEXT, ACTIVATIONS[name].title)
            title = (self.tr("{function} (your choice ↑)") if i == 0 else
                     self.tr("{function} (fixed)")).format(function=function)
            plot.setTitle(f"<span style='color:{col}'>■</span> {title}", size="10pt")
            numbers = self.tr("median {median}, mean {mean}, {dead} of paths exactly 0").format(
                median=_sci(median[-1]), mean=_sci(products[:, -1].mean()),
                dead=f"{dead[-1]:.0%}")
            lines.append(f"<span style='color:{col}'>■</span> <b>{name}</b>: {numbers}")
        fixed = names[1:]
        self.header.setStretch(1, len(fixed))  # the note spans the fixed panels below it
        self.fixed_note.setText(self.tr("fixed, for comparison: {functions}").format(
            functions=" · ".join(translate(CONTEXT, ACTIVATIONS[name].title) for name in fixed)))
        for plot in self.panels:
            plot.setXRange(1, max(s["depth"], 2), padding=0.03)
        low = max(np.floor(lowest) - 0.5, LOG_FLOOR)
        self.panels[0].setYRange(low, max(highest, 0.0) + 0.5, padding=0)
        self.summary.setText(self.tr(
            "Thin lines: {shown} of the {paths} paths · thick: their median · black dashed: "
            "their mean · an exact 0 (a cut ReLU path) cannot be drawn on a log axis.<br>After "
            "n = {depth} layers: {results}").format(
            shown=SHOWN_PATHS, paths=s["paths"], depth=s["depth"],
            results=" &nbsp;·&nbsp; ".join(lines)))

    # --- state --------------------------------------------------------------------------------

    def _sync_controls(self) -> None:
        s = self.settings
        boxes = (self.activation_box, self.distribution, self.depth, self.center, self.spread,
                 self.paths, self.seed)
        for box in boxes:
            box.blockSignals(True)
        self.activation_box.setCurrentIndex(self.activation_box.findData(s["activation"]))
        self.distribution.setCurrentIndex(self.distribution.findData(s["distribution"]))
        self.depth.setValue(s["depth"])
        self.center.setValue(s["center"])
        self.spread.setValue(s["spread"])
        self.paths.setValue(s["paths"])
        self.seed.setValue(s["seed"])
        for box in boxes:
            box.blockSignals(False)

    @classmethod
    def default_state(cls) -> dict[str, Any]:
        return {"activation": "sigmoid", "depth": 20, "distribution": "normal", "center": 0.0,
                "spread": 1.0, "paths": 200, "seed": 0}

    def state(self) -> dict[str, Any]:
        return dict(self.settings)

    @classmethod
    def validate(cls, data: Any) -> dict[str, Any]:
        activation = choice(data, "activation", (*ACTIVATIONS, "swish"), WHERE)
        return {"activation": get_activation(activation).name,
                "depth": integer(data, "depth", 1, MAX_DEPTH, WHERE),
                "distribution": choice(data, "distribution", tuple(DISTRIBUTIONS), WHERE),
                "center": number(data, "center", -CENTER_LIMIT, CENTER_LIMIT, WHERE),
                "spread": number(data, "spread", 0.0, SPREAD_LIMIT, WHERE),
                "paths": integer(data, "paths", 10, MAX_PATHS, WHERE),
                "seed": integer(data, "seed", 0, MAX_SEED, WHERE)}

    def apply(self, state: dict[str, Any]) -> None:
        self.settings = dict(state)
        self._sync_controls()
        self.refresh()


def _gaps(values: np.ndarray) -> np.ndarray:
    """Exact zeros (a dead ReLU path) cannot be drawn on a log axis: leave a gap instead."""
    return np.where(values > 0, values, np.nan)


def _sci(value: float) -> str:
    return "0" if value == 0 else f"{value:.2g}"

