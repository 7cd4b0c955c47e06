"""Loss and metric curves, train and validation, live within the epoch.

One plot per quantity (the loss, then each metric). Per plot: the per-epoch history for
training and validation, each as a faded raw line plus a TensorBoard-style smoothed line, and
the running mean of the epoch under way (from the snapshot's ``batch_history``) as a dotted
tail, so the curve moves during an epoch. Items are made when the set of quantities changes
(a new model) and then only fed with ``setData``. The smoothing is ``smoothing.py``; the
progress strip under the transport is ``progress_strip.py``.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from explorer.core.nn.history import ordered_keys
from explorer.core.nn.snapshot import TrainingSnapshot
from explorer.ui.i18n import translate
from explorer.ui.labs.training.common import (
    NOTE_STYLE,
    TITLE_SIZE,
    TRAIN_COLOUR,
    VAL_COLOUR,
    fixed_plot,
    pen,
)
from explorer.ui.labs.training.smoothing import Smoother
from explorer.ui.widgets.axes import cache_axes, nice_ceiling
from explorer.ui.widgets.native_paint import NativePaintLayout

RAW_ALPHA = 70
MAX_LINE_POINTS = 1500
NAMES = {"loss": QT_TRANSLATE_NOOP("CurvesView", "loss"),
         "accuracy": QT_TRANSLATE_NOOP("CurvesView", "accuracy"),
         "mae": QT_TRANSLATE_NOOP("CurvesView", "mean absolute error"),
         "mse": QT_TRANSLATE_NOOP("CurvesView", "mean squared error")}
MIN_TICK_PX = 18  # labelled ticks of a value axis at least this far apart (text ≈ 13 px)


class SparseAxis(pg.AxisItem):
    """A value axis whose labelled ticks stay MIN_TICK_PX apart. pyqtgraph always labels its
    major ticks, about log(pixels) of them: on the short plots of a 1000 × 700 window the
    loss and accuracy labels overlapped. Spacing grows in 1-2-5 steps until they fit; only
    the major ticks are labelled (a minor level's labels fell between them)."""

    def __init__(self, orientation: str) -> None:
        super().__init__(orientation)
        self.setStyle(maxTextLevel=0)

    def tickSpacing(self, minVal: float, maxVal: float, size: float
                    ) -> list[tuple[float, float]]:
        levels = super().tickSpacing(minVal, maxVal, size)
        if not levels or size <= 0 or maxVal <= minVal:
            return levels
        spacing = levels[0][0]
        while (maxVal - minVal) / spacing * MIN_TICK_PX > size:
            spacing *= 2.5 if f"{spacing:.0e}".startswith("2") else 2.0
        if spacing == levels[0][0]:
            return levels
        return [(spacing, 0), *(level for level in levels if level[0] < spacing)][:2]


class _Curve:
    """The five lines of one quantity on one plot: light ``PlotCurveItem`` s fed by
    :func:`_feed` (log scale and thinning done here), not ``PlotDataItem`` s."""

    def __init__(self, plot: pg.PlotItem) -> None:
        dotted = Qt.PenStyle.DotLine
        self.train_raw = pg.PlotCurveItem(pen=pen(TRAIN_COLOUR, RAW_ALPHA), connect="finite")
        self.val_raw = pg.PlotCurveItem(pen=pen(VAL_COLOUR, RAW_ALPHA), connect="finite")
        self.train = pg.PlotCurveItem(pen=pen(TRAIN_COLOUR), connect="finite")
        self.val = pg.PlotCurveItem(pen=pen(VAL_COLOUR), connect="finite")
        self.running = pg.PlotCurveItem(pen=pen(TRAIN_COLOUR, 255, dotted), connect="finite")
        for item in self.items:
            plot.addItem(item)

    @property
    def items(self) -> tuple[pg.PlotCurveItem, ...]:
        return (self.train_raw, self.val_raw, self.train, self.val, self.running)

    def clear(self) -> None:
        for item in self.items:
            _clear(item)


class CurvesView(QWidget):
    """All the curves of a training; ``show(snapshot)`` draws the latest state."""

    options_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.log_y = QCheckBox()
        self.smoothing = QSlider(Qt.Orientation.Horizontal)
        self.smoothing.setRange(0, 99)
        self.smoothing.setValue(60)
        self.smoothing.setMaximumWidth(160)
        self.smoothing_label = QLabel()
        self.smoothing_label.setMinimumWidth(34)
        self.legend = legend = QLabel()
        legend.setStyleSheet(NOTE_STYLE)
        legend.setWordWrap(True)  # two lines rather than a window wider than 1000 pixels
        self._validation = False
        bar = QHBoxLayout()
        bar.setContentsMargins(4, 0, 4, 0)
        self.title = QLabel()
        bar.addWidget(self.title)
        bar.addSpacing(8)
        bar.addWidget(legend, 1)
        bar.addWidget(self.log_y)
        bar.addSpacing(8)
        self.smoothing_name = QLabel()
        bar.addWidget(self.smoothing_name)
        bar.addWidget(self.smoothing)
        bar.addWidget(self.smoothing_label)
        self.graphics = NativePaintLayout()
        self.graphics.setMinimumHeight(150)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.graphics, 1)
        self.plots: dict[str, pg.PlotItem] = {}
        self.curves: dict[str, _Curve] = {}
        self.snapshot: TrainingSnapshot | None = None
        self._x_end = 0.0
        self._x_ends: dict[str, float] = {}
        self._y_ranges: dict[str, tuple] = {}
        self._dirty: list[str] = []
        self._smoothers: dict[tuple[str, str], Smoother] = {}
        self.log_y.toggled.connect(self.apply_options)
        self.smoothing.valueChanged.connect(self.apply_options)
        self._show_smoothing()
        self.set_keys(("loss",))
        self.retranslate()

    def retranslate(self) -> None:
        """Controls, tooltips, legend and plot titles in the current language."""
        self.title.setText(self.tr("<b>Curves</b>"))
        self.log_y.setText(self.tr("log y"))
        self.log_y.setToolTip(self.tr("Logarithmic y axes: shows progress when the loss gets "
                                      "small"))
        self.smoothing_name.setText(self.tr("smoothing"))
        self.smoothing.setToolTip(self.tr(
            "Smoothing as in TensorBoard: an exponential moving average of the epochs; the raw "
            "values stay as the faded line. It never reaches back over more than a tenth of "
            "the epochs so far, so a short run shows its raw values"))
        self.graphics.setToolTip(self.tr(
            "Loss and metrics per epoch (the history Keras returns), training and validation; "
            "the dotted tail is the epoch under way"))
        self.show_legend(self._validation)
        for key, plot in self.plots.items():
            self._label_plot(key, plot)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _label_plot(self, key: str, plot: pg.PlotItem) -> None:
        title = translate("CurvesView", NAMES[key]) if key in NAMES else key
        plot.setTitle(title, size=TITLE_SIZE)
        plot.setLabel("bottom", self.tr("epoch"))

    @property
    def weight(self) -> float:
        return self.smoothing.value() / 100

    def set_keys(self, keys: tuple[str, ...]) -> None:
        """Make one plot per quantity (loss first); only when the model's metrics change."""
        keys = tuple(dict.fromkeys(("loss", *keys)))
        if keys == tuple(self.plots):
            return
        self.graphics.clear()
        self.plots, self.curves = {}, {}
        for i, key in enumerate(keys):
            plot = fixed_plot(self.graphics.addPlot(row=0, col=i,
                                                    axisItems={"left": SparseAxis("left")}))
            self._label_plot(key, plot)
            plot.showGrid(x=True, y=True, alpha=0.2)
            plot.setLogMode(y=self.log_y.isChecked())
            plot.disableAutoRange()
            cache_axes(plot)
            self.plots[key] = plot
            self.curves[key] = _Curve(plot)
        self._x_end = 0.0
        self._x_ends, self._y_ranges = {}, {}
        self.redraw()

    def show_legend(self, validation: bool) -> None:
        """The legend lists the validation line only when there is one to see."""
        self._validation = validation
        line = "<span style='color:{colour}'><b>{mark}</b> {name}</span>"
        entries = [line.format(colour=TRAIN_COLOUR, mark="━", name=self.tr("training"))]
        if validation:
            entries.append(line.format(colour=VAL_COLOUR, mark="━", name=self.tr("validation")))
        entries += [line.format(colour=TRAIN_COLOUR, mark="┈", name=self.tr("this epoch so far")),
                    self.tr("faded: raw per-epoch values")]
        text = " &nbsp; ".join(entries)
        if self.legend.text() != text:
            self.legend.setText(text)

    def clear(self) -> None:
        self.show_legend(validation=False)
        self.snapshot = None
        self._x_end = 0.0
        self._x_ends, self._y_ranges = {}, {}
        for curve in self.curves.values():
            curve.clear()
        for plot in self.plots.values():
            plot.setXRange(0, 1, padding=0.02)

    def show_snapshot(self, snapshot: TrainingSnapshot) -> None:
        """Take a new snapshot; the plots follow one per :meth:`step` (one per frame), so no
        single frame holds the GUI thread for all of them."""
        self.snapshot = snapshot
        self._dirty = list(self.plots)
        s = snapshot
        self.show_legend(any(k.startswith("val_") and len(v) for k, v in s.history.items()))
        position = s.epoch + s.batch / max(s.batches_per_epoch, 1)
        if s.state == "running":  # the axis grows in steps (never past the planned epochs)
            self._x_end = min(nice_ceiling(position, steps=(1, 5, 10)), float(s.epochs))
        else:
            self._x_end = max(position, 1.0)

    @property
    def behind(self) -> bool:
        """Plots still waiting to show the last snapshot."""
        return bool(self._dirty)

    def step(self) -> bool:
        """Redraw one plot that is behind; True while more are waiting."""
        if self._dirty:
            self._redraw_key(self._dirty.pop(0))
        return bool(self._dirty)

    def redraw(self) -> None:
        """Redraw every plot now."""
        if self.snapshot is None:
            return
        self.show_snapshot(self.snapshot)
        while self.step():
            pass

    def _redraw_key(self, key: str) -> None:
        s = self.snapshot
        if s is None or key not in self.curves:
            return
        curve = self.curves[key]
        log = self.log_y.isChecked()
        w = self.weight
        train = np.asarray(s.history.get(key, ()), dtype=np.float64)
        val = np.asarray(s.history.get(f"val_{key}", ()), dtype=np.float64)
        running = np.asarray(s.batch_history.get(key, ()), dtype=np.float64)
        smoothed_train = train
        for name, raw, line, values in (("train", curve.train_raw, curve.train, train),
                                        ("val", curve.val_raw, curve.val, val)):
            if len(values) == 0:  # e.g. no validation split: leave the empty lines alone
                _clear(raw)
                _clear(line)
                continue
            x = np.arange(1, len(values) + 1, dtype=np.float64)
            _feed(raw, x, values, log)
            smoothed = self._smoother(key, name).smooth(values, w)
            if name == "train":
                smoothed_train = smoothed
            _feed(line, x, smoothed, log)
        if len(running) and len(s.batch_position) == len(running):
            x = np.concatenate([[float(s.epoch)], s.batch_position]) if len(train) else \
                np.asarray(s.batch_position, dtype=np.float64)
            y = np.concatenate([[smoothed_train[-1]], running]) if len(train) else running
            _feed(curve.running, x, y, log)
        else:
            _clear(curve.running)
        plot = self.plots[key]
        if self._x_ends.get(key) != self._x_end:  # each plot's axis changes in its own frame
            self._x_ends[key] = self._x_end
            plot.setXRange(0, self._x_end, padding=0.02)
        self._fit_y(key, plot, np.concatenate([train, val, running]), log)

    def _smoother(self, key: str, name: str) -> Smoother:
        return self._smoothers.setdefault((key, name), Smoother())

    def _fit_y(self, key: str, plot: pg.PlotItem, values: np.ndarray, log: bool) -> None:
        """Set the y range in coarse steps (auto-range would re-layout the ticks every frame)."""
        finite = values[np.isfinite(values)]
        if log:
            finite = finite[finite > 0]
        if finite.size == 0:
            return
        if log:
            lo = math.floor(math.log10(float(finite.min())))
            hi = math.ceil(math.log10(float(finite.max())))
            y_range = (float(lo), float(max(hi, lo + 1)))
        else:
            top = float(finite.max())
            bottom = float(finite.min())
            high = 1.0 if key == "accuracy" and top <= 1 else nice_ceiling(top, 0.0) \
                if top > 0 else 0.0
            low = 0.0 if bottom >= 0 else -nice_ceiling(-bottom, 0.0)
            if high <= low:
                high = low + 1.0
            y_range = (low, high)
        if self._y_ranges.get(key) != (y_range, log):
            self._y_ranges[key] = (y_range, log)
            plot.setYRange(*y_range, padding=0.03)

    def keys_of(self, snapshot: TrainingSnapshot) -> tuple[str, ...]:
        names = ordered_keys({**snapshot.history, **snapshot.batch_history})
        return tuple(k for k in names if not k.startswith("val_"))

    def apply_options(self) -> None:
        """Redraw with the log-y and smoothing controls' current values."""
        self._show_smoothing()
        for plot in self.plots.values():
            plot.setLogMode(y=self.log_y.isChecked())
        self.redraw()
        self.options_changed.emit()

    def _show_smoothing(self) -> None:
        self.smoothing_label.setText(f"{self.weight:.2f}")

    def data(self, key: str = "loss") -> dict[str, np.ndarray]:
        """What the curves of ``key`` show now (x and y of each line; for tests)."""
        curve = self.curves[key]
        out = {}
        for name in ("train_raw", "train", "val_raw", "val", "running"):
            x, y = getattr(curve, name).getData()
            out[name] = np.asarray(y if y is not None else [], dtype=np.float64)
            out[f"{name}_x"] = np.asarray(x if x is not None else [], dtype=np.float64)
        return out


def _clear(item: pg.PlotCurveItem) -> None:
    if item.xData is not None and len(item.xData):
        item.setData([], [])


def _feed(item: pg.PlotCurveItem, x: np.ndarray, y: np.ndarray, log: bool) -> None:
    """Set a line's data: log10 for a log axis (non-positive values become gaps) and, for
    thousands of epochs, every k-th point (the axis is a few hundred pixels wide)."""
    y = np.asarray(y, dtype=np.float64)
    if log:
        with np.errstate(divide="ignore", invalid="ignore"):
            y = np.where(y > 0, np.log10(np.where(y > 0, y, 1.0)), np.nan)
    if len(x) > MAX_LINE_POINTS:
        keep = np.unique(np.append(np.arange(0, len(x), math.ceil(len(x) / MAX_LINE_POINTS)),
                                   len(x) - 1))
        x, y = x[keep], y[keep]
    item.setData(x, y)

