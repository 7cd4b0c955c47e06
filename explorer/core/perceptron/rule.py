"""The Perceptron Lab's model: logic gates, the classic learning rule and its geometry.

One numpy implementation shared by the lab, the CLI and the tests, so what a student steps
through by hand, what the CLI prints and what the tests check are the same numbers.

The model, as taught: y = step(w·x + b) with step(s) = 1 if s ≥ 0 else 0; the bias is a weight
on a constant input 1. The rule, sample by sample: w ← w + η(d − y)x, b ← b + η(d − y).
The 2-2-1 network that fixes XOR lives beside it, in `explorer.core.perceptron.network`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from explorer.core.i18n import tr_noop

__all__ = [  # plus, lazily, the MLP names in _MLP_NAMES (see __getattr__ at the end)
    "DEFAULT_LEARNING_RATE", "DEFAULT_VIEW", "DEFAULT_WEIGHT_VIEW", "GATES", "PRESETS",
    "TEXT_CONTEXT", "Evaluation", "Gate", "Line", "Message", "Perceptron", "Run", "Update",
    "View", "decision_line",
    "get_gate", "half_plane_polygons", "step", "train", "weight_region", "which_side_when_flat",
]

View = tuple[tuple[float, float], tuple[float, float]]
"""((xmin, xmax), (ymin, ymax)) of a plot's visible rectangle."""

DEFAULT_LEARNING_RATE = 0.05  # 학습율 5 % in the course notes
DEFAULT_VIEW: View = ((-0.5, 1.5), (-0.5, 1.5))  # the input square with a margin
DEFAULT_WEIGHT_VIEW: View = ((-2.0, 2.0), (-2.0, 2.0))  # (w1, w2) plane for weight_region

# Hand-set weights (w1, w2, b) from the course notes; each solves its gate.
PRESETS: dict[str, tuple[float, float, float]] = {
    "and": (0.5, 0.5, -0.7),
    "nand": (-0.5, -0.5, 0.7),
    "or": (0.5, 0.5, -0.2),
}

TEXT_CONTEXT = "Perceptron"  # the translation context of the texts this package builds

_EMPTY = np.empty((0, 2))
_EMPTY.setflags(write=False)


def _readonly(a: ArrayLike, dtype: Any) -> NDArray[Any]:
    """Copy into a read-only array so frozen records really are frozen."""
    arr = np.array(a, dtype=dtype)
    arr.setflags(write=False)
    return arr


def step(s: ArrayLike) -> NDArray[np.int_]:
    """The course's activation: 1 where s ≥ 0, else 0 (so a net of exactly 0 fires)."""
    return (np.asarray(s) >= 0).astype(int)


@dataclass(frozen=True)
class Message:
    """A sentence core builds for display, kept as a template marked with ``tr_noop`` and its
    values (numbers already written as text, or other Messages such as "3 epochs"), so the UI
    translates the template before it fills it in; ``str()`` gives the English sentence."""

    template: str
    values: Mapping[str, Any] = field(default_factory=dict)
    context: str = TEXT_CONTEXT

    def render(self, translate: Callable[[str, str], str] | None = None) -> str:
        """The sentence, each template passed through ``translate(context, template)`` first
        (the UI passes ``explorer.ui.i18n.translate``; None: English)."""
        values = {key: value.render(translate) if isinstance(value, Message) else value
                  for key, value in self.values.items()}
        template = self.template if translate is None else translate(self.context, self.template)
        return template.format(**values)

    def __str__(self) -> str:
        return self.render()


@dataclass(frozen=True, eq=False)
class Gate:
    """A truth table: one row of `inputs` per sample, its 0/1 target in `targets`."""

    name: str
    title: str
    inputs: NDArray[np.float64]
    targets: NDArray[np.int_]
    linearly_separable: bool

    def __post_init__(self) -> None:
        inputs, targets = _readonly(self.inputs, float), _readonly(self.targets, int)
        if inputs.ndim != 2 or inputs.shape[1] != 2 or targets.shape != (len(inputs),):
            raise ValueError(f"gate {self.name!r}: inputs must be (n, 2) and targets (n,)")
        if not np.isin(targets, (0, 1)).all():
            raise ValueError(f"gate {self.name!r}: targets must be 0 or 1")
        object.__setattr__(self, "inputs", inputs)
        object.__setattr__(self, "targets", targets)


_ROWS = ((0, 0), (0, 1), (1, 0), (1, 1))
_TRUTH = {
    "and": (0, 0, 0, 1), "or": (0, 1, 1, 1), "nand": (1, 1, 1, 0),
    "nor": (1, 0, 0, 0), "xor": (0, 1, 1, 0), "xnor": (1, 0, 0, 1),
}
GATES: dict[str, Gate] = {
    name: Gate(name, name.upper(), np.array(_ROWS), np.array(t), name not in ("xor", "xnor"))
    for name, t in _TRUTH.items()
}


def get_gate(gate: str | Gate) -> Gate:
    """Accept a gate or its name (any case), with a clear error for a typo."""
    if isinstance(gate, Gate):
        return gate
    try:
        return GATES[str(gate).lower()]
    except KeyError:
        raise ValueError(f"unknown gate {gate!r}; choose one of {', '.join(GATES)}") from None


@dataclass(frozen=True, eq=False)
class Evaluation:
    """How a perceptron does on every row of a gate."""

    outputs: NDArray[np.int_]
    correct: NDArray[np.bool_]
    accuracy: float
    solved: bool

    @property
    def errors(self) -> int:
        """Number of misclassified rows."""
        return int((~self.correct).sum())


@dataclass(frozen=True, eq=False)
class Update:
    """One visit of the rule to one sample: what it saw, what it changed (maybe nothing)."""

    epoch: int  # 1-based, like the notes' "1라운드"
    index: int  # row of the gate, 0-based
    x: NDArray[np.float64]
    d: int  # target
    y: int  # output before the update
    net: float  # w·x + b before the update
    delta_w: NDArray[np.float64]  # η(d − y)x
    delta_b: float  # η(d − y)
    weights_before: NDArray[np.float64]
    bias_before: float
    weights_after: NDArray[np.float64]
    bias_after: float

    @property
    def changed(self) -> bool:
        """True when the sample was misclassified, so the weights moved."""
        return self.y != self.d


@dataclass(frozen=True, eq=False)
class Perceptron:
    """Immutable weights (w1, w2) and bias b, so the UI can keep every step and go back."""

    weights: NDArray[np.float64]
    bias: float = 0.0

    def __post_init__(self) -> None:
        w = _readonly(self.weights, float)
        if w.shape != (2,):
            raise ValueError(f"a perceptron has 2 weights, got shape {w.shape}")
        object.__setattr__(self, "weights", w)
        object.__setattr__(self, "bias", float(self.bias))

    @classmethod
    def random(cls, seed: int | None = 0) -> Perceptron:
        """Initial weights as taught: w1, w2, b drawn (in that order) uniformly from [−1, 1]."""
        w1, w2, b = np.random.default_rng(seed).uniform(-1.0, 1.0, size=3)
        return cls(np.array([w1, w2]), float(b))

    @classmethod
    def from_preset(cls, name: str) -> Perceptron:
        """The course's hand-set weights for `name` (see PRESETS)."""
        w1, w2, b = PRESETS[name.lower()]
        return cls(np.array([w1, w2]), b)

    def net(self, x: ArrayLike) -> NDArray[np.float64]:
        """Weighted sum w·x + b; x is (2,) or (n, 2), the result has shape x.shape[:-1]."""
        return np.asarray(x, dtype=float) @ self.weights + self.bias

    def output(self, x: ArrayLike) -> NDArray[np.int_]:
        """step(w·x + b), vectorised like `net`."""
        return step(self.net(x))

    def evaluate(self, gate: str | Gate) -> Evaluation:
        """Score any weights (learned or typed in) against a gate's truth table."""
        g = get_gate(gate)
        outputs = _readonly(self.output(g.inputs), int)
        correct = _readonly(outputs == g.targets, bool)
        return Evaluation(outputs, correct, float(correct.mean()), bool(correct.all()))

    def step_sample(
        self, x: ArrayLike, d: int, learning_rate: float = DEFAULT_LEARNING_RATE,
        *, epoch: int = 1, index: int = 0,
    ) -> tuple[Perceptron, Update]:
        """Apply the rule to one sample; pure, so the UI can step and `train` can reuse it."""
        xv = _readonly(x, float)
        net = float(self.net(xv))
        y = int(step(net))
        delta_w = _readonly(learning_rate * (d - y) * xv, float)
        delta_b = float(learning_rate * (d - y))
        after = Perceptron(self.weights + delta_w, self.bias + delta_b)
        update = Update(
            epoch, index, xv, int(d), y, net, delta_w, delta_b,
            self.weights, self.bias, after.weights, after.bias,
        )
        return after, update


@dataclass(frozen=True, eq=False)
class Run:
    """The outcome of `train`, with every sample visit kept for replay and plots."""

    gate: Gate
    learning_rate: float
    seed: int | None  # None when training started from a given perceptron
    initial: Perceptron
    perceptron: Perceptron  # final
    converged: bool
    epochs_run: int
    history: list[Update]
    errors_per_epoch: list[int]  # mistakes made *during* each epoch (= updates made)
    cycles: bool
    cycle_start: int | None  # epoch (0 = initial weights) whose end state later recurred
    cycle_period: int | None  # epochs between the two visits of that state
    message: str  # the summary in English (for the CLI and logs)
    wrong_after_epoch: list[int]  # rows wrong with the weights *at the end* of each epoch
    summary: Message  # the same summary as a template and values, for the UI to translate

    @property
    def rows_wrong(self) -> int:
        """Rows the final weights get wrong: what the summary counts (not the epoch's mistakes,
        which were made with weights that each update then changed)."""
        return self.wrong_after_epoch[-1]

    @property
    def weights(self) -> NDArray[np.float64]:
        """Final (w1, w2)."""
        return self.perceptron.weights

    @property
    def bias(self) -> float:
        """Final b."""
        return self.perceptron.bias

    @property
    def linearly_separable(self) -> bool:
        """Whether any line can solve the gate (the convergence theorem's condition)."""
        return self.gate.linearly_separable


def _epochs(n: int) -> Message:
    return Message(tr_noop("Perceptron", "{n} epoch") if n == 1
                   else tr_noop("Perceptron", "{n} epochs"), {"n": n})


def _rows(n: int) -> Message:
    return Message(tr_noop("Perceptron", "{n} row") if n == 1
                   else tr_noop("Perceptron", "{n} rows"), {"n": n})


def _mistakes(n: int) -> Message:
    return Message(tr_noop("Perceptron", "{n} mistake") if n == 1
                   else tr_noop("Perceptron", "{n} mistakes"), {"n": n})


def train(
    gate: str | Gate, learning_rate: float = DEFAULT_LEARNING_RATE, epochs: int = 100,
    seed: int | None = 0, initial: Perceptron | None = None,
) -> Run:
    """Run the classic rule over rows 0..n-1 each epoch until an epoch has no error.

    `history` records every sample visit, including those with y == d whose delta is zero, so
    the lab can replay the run one sample at a time. `errors_per_epoch` counts the mistakes
    made while the epoch ran (each one an update, judged with the weights of that moment);
    `wrong_after_epoch` counts the rows the weights at the epoch's end get wrong. On XOR the
    two differ (4 mistakes in an epoch, 2 rows wrong after it), so both are kept.

    Weights only ever move by η·(integer vector), so at each epoch end the state is hashed on
    that lattice: meeting it again means the rule is cycling, which is what happens on
    XOR/XNOR (no line separates them, so it can never converge).
    """
    g = get_gate(gate)
    if not (np.isfinite(learning_rate) and learning_rate > 0):
        raise ValueError(f"learning rate must be a positive number, got {learning_rate!r}")
    if epochs < 1:
        raise ValueError(f"epochs must be at least 1, got {epochs!r}")
    start = initial if initial is not None else Perceptron.random(seed)
    origin = np.append(start.weights, start.bias)

    def lattice(p: Perceptron) -> tuple[int, ...]:
        return tuple(np.rint((np.append(p.weights, p.bias) - origin) / learning_rate).astype(int))

    seen = {lattice(start): 0}
    cycle_start: int | None = None
    cycle_period: int | None = None
    history: list[Update] = []
    errors: list[int] = []
    wrong_after: list[int] = []
    p, converged = start, False
    for epoch in range(1, epochs + 1):
        wrong = 0
        for i, (x, d) in enumerate(zip(g.inputs, g.targets, strict=True)):
            p, update = p.step_sample(x, int(d), learning_rate, epoch=epoch, index=i)
            history.append(update)
            wrong += update.changed
        errors.append(wrong)
        wrong_after.append(p.evaluate(g).errors)
        if wrong == 0:
            converged = True
            break
        if cycle_start is None:
            key = lattice(p)
            if key in seen:
                cycle_start, cycle_period = seen[key], epoch - seen[key]
            else:
                seen[key] = epoch

    n_run, rows = len(errors), len(g.targets)
    still = wrong_after[-1]
    if converged:
        summary = Message(tr_noop("Perceptron", "Converged after {epochs}: every row is right."),
                          {"epochs": _epochs(n_run)})
    elif not g.linearly_separable:
        template = (
            tr_noop("Perceptron", "No straight line separates {gate}'s classes: after {epochs}, "
                    "with the current weights, {wrong} of {rows} rows are wrong; the last "
                    "epoch made {mistakes} (one update each) and the weights cycle.")
            if cycle_start is not None else
            tr_noop("Perceptron", "No straight line separates {gate}'s classes: after {epochs}, "
                    "with the current weights, {wrong} of {rows} rows are wrong; the last "
                    "epoch made {mistakes} (one update each)."))
        summary = Message(template, {"gate": g.title, "epochs": _epochs(n_run), "wrong": still,
                                     "rows": rows, "mistakes": _mistakes(errors[-1])})
    else:
        summary = Message(
            tr_noop("Perceptron", "Not converged after {epochs}: {wrong_rows} still wrong. "
                    "{gate} is linearly separable, so more epochs will get there."),
            {"epochs": _epochs(n_run), "wrong_rows": _rows(still), "gate": g.title})
    return Run(
        g, float(learning_rate), None if initial is not None else seed, start, p, converged,
        n_run, history, errors, cycle_start is not None, cycle_start, cycle_period,
        str(summary), wrong_after, summary,
    )


# --- geometry: the decision line, its half-planes, and the solving region of weight space ---


@dataclass(frozen=True)
class Line:
    """A drawable segment of the decision line, already clipped to the view."""

    p0: tuple[float, float]
    p1: tuple[float, float]

    @property
    def points(self) -> NDArray[np.float64]:
        """(2, 2) array: rows are the endpoints, ready for xs = points[:, 0], ys = points[:, 1]."""
        return np.array([self.p0, self.p1])


def _view(view: View) -> tuple[float, float, float, float]:
    (xmin, xmax), (ymin, ymax) = view
    xmin, xmax, ymin, ymax = float(xmin), float(xmax), float(ymin), float(ymax)
    if not (xmin < xmax and ymin < ymax):
        raise ValueError(f"view must be ((xmin, xmax), (ymin, ymax)) with min < max, got {view}")
    return xmin, xmax, ymin, ymax


def _rect(view: View) -> NDArray[np.float64]:
    xmin, xmax, ymin, ymax = _view(view)
    return np.array([(xmin, ymin), (xmax, ymin), (xmax, ymax), (xmin, ymax)])


def _tol(view: View) -> float:
    xmin, xmax, ymin, ymax = _view(view)
    return 1e-12 * max(xmax - xmin, ymax - ymin, abs(xmin), abs(xmax), abs(ymin), abs(ymax))


def which_side_when_flat(bias: float) -> int:
    """With w1 = w2 = 0 there is no line: the whole plane outputs step(b)."""
    return int(bias >= 0)


def decision_line(weights: ArrayLike, bias: float, view: View = DEFAULT_VIEW) -> Line | None:
    """Segment of w1·x1 + w2·x2 + b = 0 inside the view, or None if nothing of it is visible.

    None also when w1 = w2 = 0 (see `which_side_when_flat`) and when the line only touches the
    view at one point (a corner): there is no length to draw. Endpoints are sorted by (x, y).
    """
    w1, w2 = (float(v) for v in np.asarray(weights, dtype=float).reshape(2))
    b = float(bias)
    xmin, xmax, ymin, ymax = _view(view)
    tol = _tol(view)
    found: list[tuple[float, float]] = []
    if w2 != 0:  # crossings of the left and right edges
        for xv in (xmin, xmax):
            y = -(w1 * xv + b) / w2
            if ymin - tol <= y <= ymax + tol:
                found.append((xv, min(max(y, ymin), ymax)))
    if w1 != 0:  # crossings of the bottom and top edges
        for yh in (ymin, ymax):
            x = -(w2 * yh + b) / w1
            if xmin - tol <= x <= xmax + tol:
                found.append((min(max(x, xmin), xmax), yh))
    unique: list[tuple[float, float]] = []
    for pt in found:  # a corner is found from two edges
        if all(np.hypot(pt[0] - q[0], pt[1] - q[1]) > tol for q in unique):
            unique.append(pt)
    if len(unique) < 2:
        return None
    pairs = [(a, c) for i, a in enumerate(unique) for c in unique[i + 1:]]
    a, c = max(pairs, key=lambda ac: np.hypot(ac[0][0] - ac[1][0], ac[0][1] - ac[1][1]))
    lo, hi = sorted((a, c))
    return Line(lo, hi)


def _clip(poly: NDArray[np.float64], a: NDArray[np.float64], c: float,
          tol: float) -> NDArray[np.float64]:
    """Sutherland–Hodgman: keep the part of convex `poly` where a·p + c ≥ 0."""
    if len(poly) == 0:
        return _EMPTY
    f = poly @ a + c
    out: list[NDArray[np.float64]] = []
    for i in range(len(poly)):
        s, e, fs, fe = poly[i - 1], poly[i], f[i - 1], f[i]
        if fe >= 0:
            if fs < 0:
                out.append(s + fs / (fs - fe) * (e - s))
            out.append(e)
        elif fs >= 0:
            out.append(s + fs / (fs - fe) * (e - s))
    cleaned: list[NDArray[np.float64]] = []
    for pt in out:  # drop repeated vertices (the line through a vertex adds it twice)
        if not cleaned or np.hypot(*(pt - cleaned[-1])) > tol:
            cleaned.append(pt)
    if len(cleaned) > 1 and np.hypot(*(cleaned[0] - cleaned[-1])) <= tol:
        cleaned.pop()
    if len(cleaned) < 3:
        return _EMPTY
    arr = np.array(cleaned)
    x, y = arr[:, 0], arr[:, 1]
    area = 0.5 * abs(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1)))
    return arr if area > tol * tol else _EMPTY


def half_plane_polygons(
    weights: ArrayLike, bias: float, view: View = DEFAULT_VIEW,
) -> tuple[NDArray[np.float64], NDArray[np.float64]]:
    """The view split by the decision line: (region where the output is 1, where it is 0).

    Each is a (k, 2) array of counter-clockwise vertices, or an empty (0, 2) array when that
    class is not visible, so the UI can shade both without special cases.
    """
    w = np.asarray(weights, dtype=float).reshape(2)
    rect, tol = _rect(view), _tol(view)
    if not w.any():
        return (rect, _EMPTY) if which_side_when_flat(bias) else (_EMPTY, rect)
    return _clip(rect, w, float(bias), tol), _clip(rect, -w, -float(bias), tol)


def weight_region(gate: str | Gate, bias: float,
                  view: View = DEFAULT_WEIGHT_VIEW) -> NDArray[np.float64]:
    """Polygon of the (w1, w2) that solve `gate` with this bias, clipped to the view.

    Each row x with target d is a half-plane of weight space (d = 1: w·x + b ≥ 0; d = 0:
    w·x + b < 0); their intersection is convex. Empty (0, 2) when nothing solves it (XOR).
    """
    g, b = get_gate(gate), float(bias)
    poly, tol = _rect(view), _tol(view)
    for x, d in zip(g.inputs, g.targets, strict=True):
        sign = 1.0 if d == 1 else -1.0
        if not x.any():  # the row (0, 0) only constrains the bias
            if not (b >= 0 if d == 1 else b < 0):
                return _EMPTY
            continue
        poly = _clip(poly, sign * x, sign * b, tol)
    return poly
