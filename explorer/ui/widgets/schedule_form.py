"""A learning-rate schedule as a form: constant or one of ``keras.optimizers.schedules``, its
parameters with Keras's names, defaults and ranges (from core), and a small plot of η(t) with a
marker at the current step, so a student sees the rate the next step will use.

The form only gathers values; the owner builds the schedule with core, shows it back with
:meth:`ScheduleForm.show_schedule` and, for a rule it breaks, calls ``refuse`` (the previous
schedule stays).
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from explorer.core.optim import SCHEDULES, Schedule
from explorer.ui.i18n import translate
from explorer.ui.widgets.axes import plain_numbers
from explorer.ui.widgets.options_form import RuledGroup

SCHEDULES_CONTEXT = "Schedules"  # where core marks the schedules' texts
CURVE_POINTS = 2001  # at most, however many steps: η(t) is smooth or piecewise constant
PLOT_HEIGHT = 110
CURVE_COLOUR = "#0072B2"
STEP_PARAMS = ("decay_steps", "first_decay_steps", "warmup_steps")


def plotted_steps(steps: int) -> np.ndarray:
    """The steps 0 … ``steps`` the curve is drawn at (every one, up to CURVE_POINTS)."""
    if steps + 1 <= CURVE_POINTS:
        return np.arange(steps + 1)
    return np.unique(np.linspace(0, steps, CURVE_POINTS).round().astype(int))


def natural_steps(schedule: Schedule) -> int:
    """Steps enough to see a whole schedule (half as many again as its longest span; two
    periods of warm restarts), for a form that has no race to follow (the Training Lab's)."""
    params = schedule.params
    spans = [int(params.get(name) or 0) for name in STEP_PARAMS]
    spans.append(sum(int(params.get(name) or 0) for name in ("decay_steps", "warmup_steps")))
    spans.append(int(params["boundaries"][-1]) if params.get("boundaries") else 0)
    if "t_mul" in params:  # warm restarts: two periods, the second t_mul times as long
        spans.append(int(params["first_decay_steps"] * (1 + params["t_mul"])))
    return max(int(1.5 * max(spans)), 10)


class ScheduleForm(RuledGroup):
    """Chooses and edits one optimizer's learning-rate schedule; emits ``changed`` with
    ``{"name": ..., "params": {...}}`` as typed, or None for a constant rate."""

    changed = Signal(object)

    def __init__(self, expanded: bool = True, parent: QWidget | None = None) -> None:
        self.choice = QComboBox()
        self.choice.addItem("", None)
        for name, spec in SCHEDULES.items():
            self.choice.addItem(spec.keras_class, name)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.formula = QLabel()
        self.formula.setFont(QFont("DejaVu Sans Mono", 9))
        self.formula.setWordWrap(True)
        super().__init__(SCHEDULES_CONTEXT, self.choice, self.summary, self.formula,
                         expanded=expanded, parent=parent)
        self.plot = pg.PlotWidget()
        self.plot.setFixedHeight(PLOT_HEIGHT)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        plain_numbers(self.plot.getPlotItem())
        self.curve = self.plot.plot(pen=pg.mkPen(CURVE_COLOUR, width=1))
        self.marker = pg.ScatterPlotItem(size=8, brush=pg.mkBrush(CURVE_COLOUR),
                                         pen=pg.mkPen("k", width=1))
        self.plot.addItem(self.marker)
        self.foot.addWidget(self.plot)
        self._schedule: Schedule | None = None
        self._learning_rate = 0.0
        self._steps = 0
        self.choice.activated.connect(self._on_choice)
        self.rows.changed.connect(self._emit)
        self.retranslate()

    def retranslate(self) -> None:
        self.set_title(self.tr("Learning-rate schedule"))
        self.button.setToolTip(self.tr(
            "keras.optimizers.schedules: the learning rate as a function of the step"))
        self.choice.setItemText(0, self.tr("constant (no schedule)"))
        for index in range(1, self.choice.count()):
            spec = SCHEDULES[self.choice.itemData(index)]
            self.choice.setItemData(index, translate(SCHEDULES_CONTEXT, spec.summary),
                                    Qt.ItemDataRole.ToolTipRole)
        self.plot.setLabel("bottom", self.tr("step"))
        self.plot.setLabel("left", "η")
        self.plot.setToolTip(self.tr("η(t): the learning rate at each step; the dot is the "
                                     "rate of the next step"))
        spec = self._schedule.spec if self._schedule is not None else None
        self.summary.setText(translate(SCHEDULES_CONTEXT, spec.summary) if spec else "")
        self.rows.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_schedule(self, schedule: Schedule | None, learning_rate: float,
                      steps: int) -> None:
        """Show the schedule in use (None: constant) and its η(t) over ``steps`` steps; the
        note goes, since what is shown is what the optimizer uses."""
        self._schedule, self._learning_rate = schedule, float(learning_rate)
        self.choice.setCurrentIndex(self.choice.findData(schedule.name if schedule else None))
        if schedule is None:
            self.rows.clear()
        else:
            # a warm-up, when its tick is taken off, offers to rise to the rate as set
            self.rows.show(schedule.spec.params, schedule.params,
                           {"warmup_target": learning_rate}, schedule.spec.sequences)
        self.summary.setVisible(schedule is not None)
        self.formula.setText(schedule.spec.formula if schedule else "")
        self.formula.setVisible(schedule is not None)
        self.plot.setVisible(schedule is not None)
        self.note.clear_note()
        self._steps = -1
        self.retranslate()
        self.show_step(None, steps)

    def show_step(self, step: int | None, steps: int) -> None:
        """The marker at ``step`` (None: no marker); the curve again if ``steps`` changed."""
        if self._schedule is None:
            return
        if steps != self._steps:
            self._steps = steps
            xs = plotted_steps(steps)
            self.curve.setData(xs, self._schedule.lr_at(self._learning_rate, xs))
        if step is None:
            self.marker.clear()
        else:
            rate = float(self._schedule.lr_at(self._learning_rate, step))
            self.marker.setData([step], [rate])

    def schedule(self) -> Schedule | None:
        """The schedule shown (the one in use)."""
        return self._schedule

    def values(self) -> dict[str, Any] | None:
        """The schedule as typed: a name and its parameters (lists as text), or None."""
        name = self.choice.currentData()
        return None if name is None else {"name": name, "params": self.rows.values()}

    def _on_choice(self) -> None:
        """Another schedule starts from its Keras defaults."""
        name = self.choice.currentData()
        self.changed.emit(None if name is None else {"name": name, "params": {}})

    def _emit(self) -> None:
        self.changed.emit(self.values())
