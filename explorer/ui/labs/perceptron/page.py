"""The single-perceptron page: what the rule just did (in numbers), the input space, weight
space, the truth table and the errors per epoch. It is also what PNG and GIF exports paint,
so the numbers travel with the pictures."""

from __future__ import annotations

import numpy as np
from numpy.typing import NDArray
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from explorer.core.perceptron import DEFAULT_VIEW, Gate, Perceptron, Run, View
from explorer.ui.i18n import translate
from explorer.ui.labs.perceptron.plots import (
    ARROW,
    HIGHLIGHT,
    REGION,
    TITLE_SIZE,
    ClassPlot,
    ErrorsPlot,
    WeightSpacePlot,
    legend_html,
)
from explorer.ui.labs.perceptron.settings import HAND_RANGE
from explorer.ui.labs.perceptron.truth_table import TruthTable

HAND_VIEW: View = (HAND_RANGE, HAND_RANGE)
SOLVED_STYLE = "QLabel { background: #D5EFE6; color: #00513C; padding: 4px; font-weight: bold; }"
WRONG_STYLE = "QLabel { background: #F8D3C0; color: #7A2600; padding: 4px; font-weight: bold; }"
GOOD = "#006B4F"
BAD = "#B00020"


def num(value: float, digits: int = 3) -> str:
    """A number with a real minus sign and no "−0.000"."""
    return f"{float(value) + 0.0:.{digits}f}".replace("-", "−")


def vec(values: NDArray, digits: int = 3) -> str:
    """(a, b) with `num` formatting."""
    return "(" + ", ".join(num(v, digits) for v in values) + ")"


def equation(p: Perceptron, digits: int = 3) -> str:
    """w₁·x₁ + w₂·x₂ + b = 0 written with the signs folded in: "0.50·x₁ − 0.30·x₂ − 0.10 = 0"."""
    w1, w2 = p.weights
    terms = f"{num(w1, digits)}·x₁"
    for value, name in ((w2, "·x₂"), (p.bias, "")):
        sign = "−" if value + 0.0 < 0 else "+"
        terms += f" {sign} {num(abs(value), digits)}{name}"
    return f"{terms} = 0"


def perceptron_at(run: Run, step: int) -> Perceptron:
    """The weights after `step` sample visits of the run (step 0: the initial weights)."""
    if step == 0:
        return run.initial
    update = run.history[step - 1]
    return Perceptron(update.weights_after, update.bias_after)


def weight_path(run: Run) -> NDArray:
    """(w₁, w₂) before the first and after every sample visit: (len(history) + 1, 2)."""
    return np.array([run.initial.weights, *(u.weights_after for u in run.history)])


def fit_weight_view(path: NDArray, margin: float = 0.2, minimum: float = 1.2) -> View:
    """A square view around the whole path of (w₁, w₂): fixed for a run, so nothing jumps,
    and tight, so a step of η·x is a visible arrow."""
    lo, hi = path.min(axis=0), path.max(axis=0)
    centre = (lo + hi) / 2
    half = max(float((hi - lo).max()) / 2 + margin, minimum / 2)
    return ((centre[0] - half, centre[0] + half), (centre[1] - half, centre[1] + half))


class PerceptronPage(QWidget):
    """Input space | weight space over truth table | errors, with a caption on top."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoFillBackground(True)
        self.caption = QLabel()
        self.caption.setTextFormat(Qt.TextFormat.RichText)
        self.caption.setWordWrap(True)
        self.delta_label = QLabel()
        self.delta_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)  # the two plot columns keep equal widths
        self.input_plot = ClassPlot(DEFAULT_VIEW, "x₁", "x₂", "")
        self.weight_plot = WeightSpacePlot(HAND_VIEW)
        self.table_title = QLabel()
        self.table_title.setWordWrap(True)
        self.table = TruthTable(("x₁", "x₂", "", "w·x + b", ""))
        self.errors_plot = ErrorsPlot()
        self.hand_note = QLabel()
        self.hand_note.setWordWrap(True)
        self.hand_note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        grid = QGridLayout()
        grid.addWidget(self.input_plot, 0, 0)
        grid.addWidget(self.weight_plot, 0, 1)
        left = QVBoxLayout()
        left.addWidget(self.table_title)
        left.addWidget(self.table)
        left.addWidget(self.verdict)
        left.addStretch(1)
        grid.addLayout(left, 1, 0)
        grid.addWidget(self.errors_plot, 1, 1)
        grid.addWidget(self.hand_note, 1, 1)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.caption)
        layout.addWidget(self.delta_label)
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setWordWrap(True)
        layout.addWidget(self.legend)
        layout.addLayout(grid, 1)
        self._weight_view: View | None = None
        self.retranslate()

    def retranslate(self) -> None:
        """The texts set once; the captions, the verdict and the table's title follow the run
        and are rewritten by the lab."""
        self.delta_label.setToolTip(self.tr("The update the rule just made: Δw = η(d − y)x, "
                                            "Δb = η(d − y)"))
        self.verdict.setToolTip(self.tr("How many rows of the truth table the current weights "
                                        "get right (the errors chart counts the mistakes made "
                                        "during each epoch instead)"))
        self.input_plot.setTitle(self.tr("input space: the line w₁x₁ + w₂x₂ + b = 0"),
                                 size=TITLE_SIZE)
        self.table_title.setToolTip(self.tr("The table always uses the weights shown as "
                                            "\"now\": after the last update, so the row just "
                                            "visited may already be right although the rule "
                                            "found it wrong"))
        self.table.setHorizontalHeaderLabels(
            ["x₁", "x₂", self.tr("d (target)"), "w·x + b", self.tr("y (output)")])
        visited, now = self.tr("sample just visited"), self.tr("line now")
        before, solving = self.tr("line before"), self.tr("weights that solve the gate")
        self.legend.setText(
            f"{legend_html()} &nbsp; <span style='color:{HIGHLIGHT}'><b>◯</b></span> {visited} "
            f"&nbsp; <b>━</b> {now} &nbsp; <span style='color:#777777'>┅</span> {before} &nbsp; "
            f"<span style='color:{REGION}'>■</span> {solving} &nbsp; "
            f"<span style='color:{ARROW}'><b>→</b></span> Δw")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _set_weight_view(self, view: View) -> None:
        if view != self._weight_view:
            self._weight_view = view
            self.weight_plot.set_view(view)

    def _show_perceptron(self, gate: Gate, p: Perceptron, current: int | None,
                         title: str) -> int:
        """Table, points and verdict for weights p (`title` names them in the table's title:
        "… at the start", "… now" or "… set by hand"); returns how many rows are right."""
        self.table_title.setText(title)
        evaluation = p.evaluate(gate)
        nets = p.net(gate.inputs)
        cells = [(f"{x[0]:g}", f"{x[1]:g}", str(d), num(n), str(y))
                 for x, d, n, y in zip(gate.inputs, gate.targets, nets, evaluation.outputs,
                                       strict=True)]
        self.table.set_rows(cells, list(~evaluation.correct), current)
        self.input_plot.set_points(gate.inputs, gate.targets, evaluation.outputs)
        right = int(evaluation.correct.sum())
        if evaluation.solved:
            self.verdict.setText(self.tr("✔ Solved: all {rows} rows of {gate} are right")
                                 .format(rows=len(cells), gate=gate.title))
            self.verdict.setStyleSheet(SOLVED_STYLE)
        else:
            wrong = len(cells) - right
            self.verdict.setText(self.tr("✗ {wrong} of {rows} rows are wrong with the current "
                                         "weights ({right}/{rows} right)")
                                 .format(wrong=wrong, rows=len(cells), right=right))
            self.verdict.setStyleSheet(WRONG_STYLE)
        return right

    def show_learning(self, run: Run, step: int, path: NDArray) -> None:
        """The run after `step` sample visits: path = all (w₁, w₂) of the run, shape (n+1, 2)."""
        gate, p = run.gate, perceptron_at(run, step)
        update = run.history[step - 1] if step else None
        self._set_weight_view(fit_weight_view(path))
        self.errors_plot.show()
        self.hand_note.hide()
        self.weight_plot.set_pickable(False)
        self._show_perceptron(gate, p, None if update is None else update.index,
                              self.tr("<b>Truth table with the weights at the start</b>")
                              if update is None else
                              self.tr("<b>Truth table with the weights now (after this "
                                      "update)</b>"))
        self.input_plot.set_highlight(None if update is None else update.index)
        moved = update is not None and update.changed
        self.input_plot.set_line(p.weights, p.bias, (update.weights_before, update.bias_before)
                                 if moved else None)
        arrow = (update.weights_before, update.weights_after) if moved else None
        self.weight_plot.show_weights(gate, p.weights, p.bias, path[: step + 1], arrow)
        n = len(gate.targets)
        epochs = step // n
        self.errors_plot.set_errors(run.errors_per_epoch[:epochs], run.wrong_after_epoch[:epochs],
                                    n)
        eta = f"{run.learning_rate:g}"
        if update is None:
            start = (self.tr("<b>Start</b>: w = {w}, b = {b}, drawn uniformly from [−1, 1]. "
                             "The rule visits the rows in order; press → for one sample.")
                     if run.seed is None else
                     self.tr("<b>Start</b> (seed {seed}): w = {w}, b = {b}, drawn uniformly from "
                             "[−1, 1]. The rule visits the rows in order; press → for one "
                             "sample."))
            self.caption.setText(start.format(seed=run.seed, w=vec(p.weights), b=num(p.bias)))
            self.delta_label.setText(self.tr("Δw = η(d − y)x with η = {eta}: nothing yet")
                                     .format(eta=eta))
        else:
            x, d, y = update.x, update.d, update.y
            verdict = (self.tr("<span style='color:{colour}'><b>✗ wrong</b></span>, so the "
                               "weights move").format(colour=BAD)
                       if update.changed else
                       self.tr("<span style='color:{colour}'><b>✓ right</b></span>, so nothing "
                               "changes").format(colour=GOOD))
            now, now_y = float(p.net(x)), int(p.output(x))
            caption = self.tr(
                "<b>Epoch {epoch}, sample {sample} of {samples}</b>: x = {x}, d = {d}. "
                "<i>Before the update:</i> w·x + b = {net} → y = {y} {verdict}. <i>After the "
                "update</i> (the table): w = {w}, b = {b}, and this row gives w·x + b = {now} "
                "→ y = {now_y}.").format(
                    epoch=update.epoch, sample=update.index + 1, samples=n,
                    x=f"({x[0]:g}, {x[1]:g})", d=d, net=num(update.net), y=y, verdict=verdict,
                    w=vec(p.weights), b=num(p.bias), now=num(now), now_y=now_y)
            if step == len(run.history):
                colour = GOOD if run.converged else BAD
                caption += (f"<br><span style='color:{colour}'>"
                            f"<b>{run.summary.render(translate)}</b></span>")
            self.caption.setText(caption)
            self.delta_label.setText(
                f"Δw = η(d − y)x = {eta}·({d} − {y})·({x[0]:g}, {x[1]:g}) = "
                f"{vec(update.delta_w)}    Δb = η(d − y) = {num(update.delta_b)}")

    def show_hand(self, gate: Gate, p: Perceptron) -> None:
        """Hand-set weights: the line, the table and the verdict follow live."""
        self._set_weight_view(HAND_VIEW)
        self.errors_plot.hide()
        self.hand_note.show()
        self.weight_plot.set_pickable(True)
        right = self._show_perceptron(
            gate, p, None, self.tr("<b>Truth table with the weights set by hand</b>"))
        self.input_plot.set_highlight(None)
        self.input_plot.set_line(p.weights, p.bias)
        self.weight_plot.show_weights(gate, p.weights, p.bias)
        self.caption.setText(
            self.tr("<b>Weights set by hand</b> for {gate}: w = {w}, b = {b}. Every row x gives "
                    "y = step(w·x + b).").format(gate=gate.title, w=vec(p.weights, 2),
                                                 b=num(p.bias, 2)))
        self.delta_label.setText(self.tr("The line: {equation} · {right} of {rows} rows right")
                                 .format(equation=equation(p, 2), right=right,
                                         rows=len(gate.targets)))
        tip = (self.tr("Any (w₁, w₂) inside the green region of weight space solves it with "
                       "this b: click there.") if gate.linearly_separable else
               self.tr("No line separates {gate}'s classes: some row stays wrong whatever you "
                       "do. That is why it needs a hidden layer.").format(gate=gate.title))
        self.hand_note.setText(self.tr("<b>Hand mode.</b> Drag the sliders, type numbers, or "
                                       "press a preset. {tip}").format(tip=tip))

    def shown_path(self) -> NDArray:
        """The (w₁, w₂) path drawn in weight space, (k, 2)."""
        xs, ys = self.weight_plot.path.getData()
        return np.empty((0, 2)) if xs is None else np.column_stack([xs, ys])
