"""The Optimizer Lab's "Hyper-parameters" tab: for which learning rates (and momenta, β's, …)
does a racer's optimizer converge from the start, and how fast?

With a second axis (one of the racer's numeric hyper-parameters) the view is a map over learning
rate × that parameter; without one it is the learning-rate range test: final loss against the
learning rate, one curve per racer. Hovering tells a cell's numbers; theory's stability limits
(GD η < 2/λmax, heavy-ball momentum η < 2(1+μ)/λmax at the minimum the start falls into) are
drawn as lines and explained under the plot. Clicking a cell gives the racer that setting and
replays the race on the Surface tab.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QStackedWidget, QWidget

from explorer.core.i18n import tr_noop
from explorer.core.optim import OPTIMIZERS, RaceSetup, Status, number_text
from explorer.core.optim.experiments import (
    DEFAULT_LEARNING_RATES,
    Sweep,
    check_sweep_param,
    iter_sweep,
    sweep_axis,
    with_row_hyper,
)
from explorer.core.params import LEARNING_RATE_RANGE, HyperParam
from explorer.core.progress import Job
from explorer.core.scene import problem_at
from explorer.ui.figure import LegendEntry
from explorer.ui.i18n import translate
from explorer.ui.labs.optimizer.experiments_panel import (
    ExperimentLab,
    ExperimentView,
    chain_jobs,
    checked_fields,
    fill_racers,
    integer_in,
    number_in,
    one_of,
)
from explorer.ui.labs.optimizer.sweep_plots import MODES, RangeTestPlot, SweepMap, lowest_loss
from explorer.ui.widgets.fields import CheckedDoubleSpinBox, CheckedSpinBox

CONTEXT = "SweepView"
COUNTS = {"lr_count": (2, 256), "param_count": (2, 128)}
DEFAULT_PARAM_COUNT = 16
# Second-axis ranges that show something (the parameter's whole range where not listed).
DEFAULT_RANGES = {"momentum": (0.0, 0.99), "beta_1": (0.0, 0.999), "beta_2": (0.9, 0.9999),
                  "rho": (0.0, 0.99)}
FIELDS = ("racer", "param", "param_low", "param_high", "param_count", "lr_low", "lr_high",
          "lr_count", "steps", "colour")
STATUS_NAMES = {Status.RUNNING: tr_noop("SweepView", "still running"),
                Status.CONVERGED: tr_noop("SweepView", "converged"),
                Status.DIVERGED: tr_noop("SweepView", "diverged"),
                Status.ESCAPED: tr_noop("SweepView", "escaped (unbounded below)"),
                Status.UNDEFINED: tr_noop("SweepView", "undefined (no real value)")}
NOT_A_PARAM = tr_noop("Scenes", "'param' must be a numeric hyper-parameter of racer {racer}'s "
                                "optimizer or null, not {value}")


def sweepable(optimizer: str) -> list[HyperParam]:
    """The hyper-parameters a second axis can sweep: numeric, not counts, not the learning
    rate."""
    return [p for p in OPTIMIZERS[optimizer].params
            if not p.is_bool and not p.integer and p.default is not None
            and p.name != "learning_rate"]


def default_range(param: HyperParam) -> tuple[float, float]:
    return DEFAULT_RANGES.get(param.name, (param.minimum, param.maximum))


class SweepView(ExperimentView):
    """The hyper-parameter map (or range test) of the lab's racers on the current surface."""

    def __init__(self, lab: ExperimentLab, parent: QWidget | None = None) -> None:
        super().__init__(lab, parent)
        self.racer_box, self.param_box, self.colour_box = QComboBox(), QComboBox(), QComboBox()
        for box in (self.racer_box, self.param_box, self.colour_box):
            box.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(10)
        self.racer_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for mode in MODES:
            self.colour_box.addItem("", mode)
        self.param_low = CheckedDoubleSpinBox("from", 0.0, 1.0)
        self.param_high = CheckedDoubleSpinBox("to", 0.0, 1.0)
        self.param_count = CheckedSpinBox("values", *COUNTS["param_count"])
        self.param_count.setValue(DEFAULT_PARAM_COUNT)
        low, high, count = DEFAULT_LEARNING_RATES
        self.lr_low = CheckedDoubleSpinBox("η from", *LEARNING_RATE_RANGE)
        self.lr_high = CheckedDoubleSpinBox("η to", *LEARNING_RATE_RANGE)
        self.lr_count = CheckedSpinBox("values", *COUNTS["lr_count"])
        for box in (self.lr_low, self.lr_high, self.param_low, self.param_high):
            box.setDecimals(5)
        self.lr_low.setValue(low)
        self.lr_high.setValue(high)
        self.lr_count.setValue(count)
        self.labels = {key: QLabel() for key in ("racer", "param", "from", "to", "values",
                                                 "lr", "lr_to", "lr_values", "steps", "colour")}
        controls = QWidget()
        grid = QGridLayout(controls)
        grid.setContentsMargins(0, 0, 0, 0)
        rows = ((("racer", self.racer_box), ("param", self.param_box)),
                (("from", self.param_low), ("to", self.param_high), ("values", self.param_count)),
                (("lr", self.lr_low), ("lr_to", self.lr_high), ("lr_values", self.lr_count)),
                (("steps", self.steps_box), ("colour", self.colour_box)))
        for r, row in enumerate(rows):
            for c, (key, widget) in enumerate(row):
                grid.addWidget(self.labels[key], r, 2 * c)
                grid.addWidget(widget, r, 2 * c + 1)
        grid.setColumnStretch(6, 1)
        self.map = SweepMap()
        self.range_test = RangeTestPlot()
        self.figure = QStackedWidget()
        self.figure.addWidget(self.map)
        self.figure.addWidget(self.range_test)
        self.readout, self.limit_note = QLabel(), QLabel()
        for label in (self.readout, self.limit_note):
            label.setWordWrap(True)
        self.page(controls, self.figure, self.readout, self.limit_note)
        self.shown_racers: list[int] = []
        self.line_up_changed()
        self._connect()

    def _connect(self) -> None:
        self.racer_box.currentIndexChanged.connect(self._on_racer)
        self.param_box.currentIndexChanged.connect(self._on_param)
        self.colour_box.currentIndexChanged.connect(lambda _i: self.draw(self.results, False))
        for box in (self.param_low, self.param_high, self.param_count, self.lr_low,
                    self.lr_high, self.lr_count, self.steps_box):
            box.valueChanged.connect(self.request)
        self.map.picked.connect(self._on_map_picked)
        self.map.hovered.connect(self._on_map_hovered)
        self.range_test.picked.connect(self._on_range_picked)
        self.range_test.hovered.connect(self._on_range_hovered)

    def retranslate(self) -> None:
        texts = {"racer": self.tr("Racer"), "param": self.tr("Second axis"),
                 "from": self.tr("from"), "to": self.tr("to"), "values": self.tr("values"),
                 "lr": self.tr("Learning rate from"), "lr_to": self.tr("to"),
                 "lr_values": self.tr("values"), "steps": self.tr("Steps"),
                 "colour": self.tr("Colour")}
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.racer_box.setToolTip(self.tr(
            "The racer whose optimizer is swept; a click on the map gives it that setting"))
        self.param_box.setToolTip(self.tr(
            "The hyper-parameter along the vertical axis; none: the learning-rate range test "
            "(final loss against the learning rate, one curve per racer)"))
        if self.param_box.count():
            self.param_box.setItemText(0, self.tr("none (range test)"))
        self.lr_low.field_name = self.tr("lowest learning rate")
        self.lr_high.field_name = self.tr("highest learning rate")
        self.lr_count.field_name = self.param_count.field_name = self.tr("values")
        if self.param_box.currentData() is None:  # no hyper-parameter to name the range by
            self.param_low.field_name = self.tr("lowest value")
            self.param_high.field_name = self.tr("highest value")
        self._tip_param_range()
        self.lr_count.range_tip(self.tr("Learning rates (columns of the map)"))
        self.param_count.range_tip(self.tr("Values of the second axis (rows of the map)"))
        self.lr_low.range_tip(self.tr("Lowest learning rate (the axis is logarithmic)"))
        self.lr_high.range_tip(self.tr("Highest learning rate"))
        names = {"loss": self.tr("final loss"), "steps": self.tr("steps to converge"),
                 "diverged": self.tr("diverged?")}
        for index, mode in enumerate(MODES):
            self.colour_box.setItemText(index, names[mode])
        self.colour_box.setToolTip(self.tr(
            "Colour by log₁₀ of the final loss above the lowest minimum, by the steps needed "
            "to converge, or only by whether the run converged, diverged or is still running"))
        self.map.setToolTip(self.tr("Hover: the cell's numbers. Click: give the racer this "
                                    "setting and replay the race"))
        self.range_test.setToolTip(self.tr("Hover: each racer's numbers. Click: give the racer "
                                           "this learning rate and replay the race"))
        self.map.colour_bar.axis.setLabel(self._colour_label())
        self.range_test.setLabel("bottom", self.tr("learning rate η"))
        self.range_test.setLabel("left", "L − L*")
        self.map.setLabel("bottom", self.tr("learning rate η"))
        super().retranslate()
        self.draw(self.results, complete=not self.busy)

    def tab_texts(self) -> tuple[str, str]:
        return self.tr("Hyper-parameters"), self.tr(
            "Hyper-parameter map: which learning rates (and momenta, β's, …) converge from "
            "the start, and how fast")

    def _colour_label(self) -> str:
        return {"loss": "log₁₀(L − L*)", "steps": self.tr("steps")}.get(
            self.colour_box.currentData(), "")

    # --- the line-up and the settings -----------------------------------------------------------

    def line_up_changed(self) -> None:
        fill_racers(self.racer_box, self.lab.race)
        self._fill_params()

    def racer(self) -> int:
        k = self.racer_box.currentData()
        return k if isinstance(k, int) and 0 <= k < len(self.lab.race.racers) else -1

    def _fill_params(self) -> None:
        """The chosen racer's sweepable hyper-parameters, keeping the current one if it has it."""
        current = self.param_box.currentData()
        k = self.racer()
        params = sweepable(self.lab.race.racers[k].optimizer.name) if k >= 0 else []
        self.param_box.blockSignals(True)
        self.param_box.clear()
        self.param_box.addItem(self.tr("none (range test)"), None)
        for param in params:
            self.param_box.addItem(param.name, param.name)
        self.param_box.setCurrentIndex(max(self.param_box.findData(current), 0))
        self.param_box.blockSignals(False)
        self._show_param_range(keep=True)

    def param(self) -> HyperParam | None:
        k, name = self.racer(), self.param_box.currentData()
        if k < 0 or name is None:
            return None
        return next(p for p in sweepable(self.lab.race.racers[k].optimizer.name)
                    if p.name == name)

    def _show_param_range(self, keep: bool = False) -> None:
        """The range boxes for the chosen parameter (its default range unless ``keep`` and the
        values fit)."""
        param = self.param()
        for box in (self.param_low, self.param_high, self.param_count):
            box.setEnabled(param is not None)
        if param is None:
            return
        values = (self.param_low.value(), self.param_high.value())
        fits = all(param.minimum <= v <= param.maximum for v in values) and values[0] < values[1]
        low, high = values if keep and fits else default_range(param)
        for box, value in ((self.param_low, low), (self.param_high, high)):
            box.blockSignals(True)
            box.field_name = param.name
            box.setRange(param.minimum, param.maximum)
            box.setSingleStep((param.maximum - param.minimum) / 20)
            box.setValue(value)
            box.blockSignals(False)
        self._tip_param_range()

    def _tip_param_range(self) -> None:
        self.param_low.range_tip(self.tr("Lowest value of the second axis"))
        self.param_high.range_tip(self.tr("Highest value of the second axis"))

    def _on_racer(self) -> None:
        self._fill_params()
        self.request()

    def _on_param(self) -> None:
        self._show_param_range()
        self.request()

    def state(self) -> dict[str, Any]:
        return {"racer": self.racer_box.currentData(), "param": self.param_box.currentData(),
                "param_low": self.param_low.value(), "param_high": self.param_high.value(),
                "param_count": self.param_count.value(), "lr_low": self.lr_low.value(),
                "lr_high": self.lr_high.value(), "lr_count": self.lr_count.value(),
                "steps": self.steps_box.value(), "colour": self.colour_box.currentData()}

    def parse_state(self, data: dict[str, Any], setup: RaceSetup, where: str) -> dict[str, Any]:
        checked_fields(data, FIELDS, where)
        racers = len(setup.racers)
        parsed = {"racer": integer_in(data, "racer", min(0, racers - 1), racers - 1, where),
                  "colour": one_of(data, "colour", MODES, where),
                  "steps": integer_in(data, "steps", 0, self.steps_box.maximum(), where)}
        for key in ("lr_low", "lr_high"):
            parsed[key] = number_in(data, key, *LEARNING_RATE_RANGE, where)
        for key, (low, high) in COUNTS.items():
            parsed[key] = integer_in(data, key, low, high, where)
        name = data.get("param")
        params = {p.name: p for p in sweepable(setup.racers[parsed["racer"]].optimizer)} \
            if racers else {}
        if "param" not in data or (name is not None and name not in params):
            raise problem_at(where, NOT_A_PARAM, racer=parsed["racer"], value=repr(name))
        parsed["param"] = name
        for key in ("param_low", "param_high"):
            low, high = (params[name].minimum, params[name].maximum) if name else (-1e9, 1e9)
            parsed[key] = number_in(data, key, low, high, where)
        return parsed

    def apply_state(self, parsed: dict[str, Any]) -> None:
        self.racer_box.setCurrentIndex(max(self.racer_box.findData(parsed["racer"]), 0))
        self.param_box.setCurrentIndex(max(self.param_box.findData(parsed["param"]), 0))
        for key in ("param_low", "param_high", "param_count", "lr_low", "lr_high", "lr_count"):
            getattr(self, key).setValue(parsed[key])
        self.steps_box.setValue(parsed["steps"])
        self.colour_box.setCurrentIndex(MODES.index(parsed["colour"]))
        self.request()

    # --- computing ------------------------------------------------------------------------------

    def start(self) -> tuple[float, ...]:
        setup = self.lab.setup
        return tuple(setup.start if setup.start is not None else self.lab.surface.start)

    def _swept(self) -> list[int]:
        """The racers computed: the chosen one on a map, every racer in the range test."""
        if self.param() is not None:
            return [self.racer()] if self.racer() >= 0 else []
        return list(range(len(self.lab.race.racers)))

    def inputs(self) -> Any:
        param = self.param()
        swept = {"learning_rate": 1.0, **({param.name: param.default} if param else {})}
        racers = tuple(with_row_hyper(self.lab.race.racers[k].optimizer, swept).describe()
                       for k in self._swept())  # the swept values do not change the map
        axes = tuple(box.value() for box in (self.param_low, self.param_high, self.param_count,
                                             self.lr_low, self.lr_high, self.lr_count))
        return (self.lab.surface, self.start(), racers, param and param.name, axes,
                self.steps())

    def make_job(self) -> Callable[[], Job[tuple[Any, ...]]]:
        swept = self._swept()
        if not swept:
            raise ValueError(self.tr("add a racer first"))
        learning_rates = sweep_axis("learning_rate", self.lr_low.value(), self.lr_high.value(),
                                    self.lr_count.value(), log=True)
        param, axis = self.param(), None
        if param is not None:
            axis = sweep_axis(param.name, self.param_low.value(), self.param_high.value(),
                              self.param_count.value(), log=False)
            check_sweep_param(self.lab.race.racers[swept[0]].optimizer.name, axis)
        surface, start, steps = self.lab.surface, self.start(), self.steps()
        racers = [self.lab.race.racers[k] for k in swept]
        self.shown_racers, self.results = swept, ()
        jobs = [(racer.name, lambda o=racer.optimizer: iter_sweep(
            surface, o, learning_rates, param=axis, start=start, steps=steps)) for racer in racers]
        return lambda: chain_jobs(jobs)

    def progress_text(self, name: str) -> str:
        return self.tr("Computing the hyper-parameter map of {name}…").format(name=name)

    # --- drawing and reading --------------------------------------------------------------------

    def _best(self, sweep: Sweep) -> float:
        surface = self.lab.surface
        return lowest_loss(sweep, [float(surface.value(np.asarray(m))) for m in surface.minima])

    def draw(self, results: tuple[Any, ...], complete: bool) -> None:
        sweeps = [s for s in results if s is not None]
        mapped = bool(sweeps) and sweeps[0].param is not None
        self.figure.setCurrentWidget(self.map if mapped else self.range_test)
        self.map.colour_bar.axis.setLabel(self._colour_label())
        self.limit_note.setText(self._limit_text(sweeps[0]) if sweeps else "")
        if not sweeps:
            return
        if mapped:
            self.map.show_sweep(sweeps[0], self.colour_box.currentData(), self._best(sweeps[0]))
            racers = self.lab.race.racers
            if self.shown_racers and self.shown_racers[0] < len(racers):
                hyper = racers[self.shown_racers[0]].optimizer.hyper
                value = hyper.get(sweeps[0].param.name)
                self.map.show_current(float(hyper["learning_rate"]),
                                      None if value is None else float(value))
        else:
            self.range_test.show_sweeps(results, self.lab.race, self.shown_racers,
                                        self._best(sweeps[0]))
        for item in (self.map.limit, *self.range_test.limits):
            item.setToolTip(self.limit_note.text())  # hovering a line explains it

    def legend(self) -> tuple[LegendEntry, ...]:
        """The racers drawn: the one mapped (its ring marks its own setting), or a line each
        in the range test, named without the learning rate it sweeps."""
        racers = self.lab.race.racers
        shown = [racers[k] for k in self.shown_racers if k < len(racers)]
        if self.figure.currentWidget() is self.map:
            return tuple(LegendEntry(r.color, r.name, "ball") for r in shown[:1])
        return tuple(LegendEntry(r.color, r.optimizer.spec.title, "line") for r in shown)

    def _limit_text(self, sweep: Sweep) -> str:
        limits = sweep.limits
        if limits is None:
            return self.tr("No stability limit: theory needs a minimum with positive curvature "
                           "near the start.")
        return self.tr(
            "Dashed lines: theory's stability limits at the minimum {point} (λmax = {lam}, the "
            "Hessian's largest eigenvalue). Gradient descent converges for η < 2/λmax = {gd}; "
            "heavy-ball momentum μ for η < 2(1+μ)/λmax. Adaptive optimizers have no such "
            "simple line.").format(point="(" + ", ".join(number_text(c) for c in limits.minimum)
                                   + ")", lam=number_text(limits.lambda_max),
                                   gd=number_text(limits.gd))

    def cell_text(self, sweep: Sweep, row: int, column: int) -> str:
        """A cell's numbers: "η = 0.01, momentum = 0.9: final loss 0.00012, 37 steps,
        converged"."""
        hyper = sweep.cell_hyper(row, column)
        setting = ", ".join(f"{'η' if k == 'learning_rate' else k} = {number_text(v)}"
                            for k, v in hyper.items())
        status = Status(int(sweep.status[row, column]))
        return self.tr("{setting}: final loss {loss}, {steps} steps, {status}").format(
            setting=setting, loss=number_text(float(sweep.losses[row, column])),
            steps=int(sweep.steps[row, column]),
            status=translate(CONTEXT, STATUS_NAMES[status]))

    def _on_map_hovered(self, x: float, y: float) -> None:
        cell = self.map.cell_at(x, y)
        sweep = self.map.sweep
        if cell is not None and sweep is not None and cell[0] < sweep.rows_done:
            self.readout.setText(self.cell_text(sweep, *cell))

    def _on_range_hovered(self, x: float, _y: float) -> None:
        found = self.range_test.column_at(x)
        if found is None:
            return
        racers = self.lab.race.racers
        lines = [f"{racers[k].name}: " + self.cell_text(sweep, 0, found[1])
                 for k, sweep in zip(self.shown_racers, self.range_test.sweeps, strict=False)
                 if sweep is not None and k < len(racers) and sweep.rows_done]
        self.readout.setText("\n".join(lines))

    def _on_map_picked(self, x: float, y: float) -> None:
        cell = self.map.cell_at(x, y)
        if cell is not None and self.map.sweep is not None and self.shown_racers:
            self.apply_setting(self.shown_racers[0], self.map.sweep.cell_hyper(*cell))

    def _on_range_picked(self, x: float, _y: float) -> None:
        found = self.range_test.column_at(x)
        sweep = self.range_test.sweeps[found[0]] if found is not None else None
        if sweep is not None and self.racer() >= 0:
            self.apply_setting(self.racer(), sweep.cell_hyper(0, found[1]))

    def apply_setting(self, racer: int, hyper: dict[str, float]) -> None:
        """Give racer ``racer`` these hyper-parameters and replay the race on the Surface
        tab (a setting the optimizer refuses is said, and nothing changes)."""
        lab = self.lab
        if racer >= len(lab.setup.racers):
            return
        values = {**lab.setup.racers[racer].hyper, **hyper}
        try:
            lab.setup.racers[racer].copy(hyper=values).build_optimizer()
        except ValueError as error:
            why = str(error)
            self.say(lambda: self.tr("Cannot use this setting: {error}").format(error=why))
            return
        lab.legend.selectRow(racer)
        lab.racers.edit_selected(values)
        lab.view_tabs.setCurrentIndex(0)
        lab.play()
