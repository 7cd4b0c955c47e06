"""The data sets the Training Lab lists, and the one entry point that loads them (numpy only).

Sources: the logic gates of the Perceptron Lab; seeded 2-D toy sets (``toy_sets``, where
"noise" is defined); points the user draws; the user's CSV files (parsed strictly by
``explorer.core.data.csv_table``); the bundled and cached sets of ``bundled``. Every loader
returns a :class:`~explorer.core.data.dataset.Dataset`. The UI lists :data:`DATASETS` and calls
:func:`load`. Bad data raises :class:`DataError` (a ValueError) whose message names the row and
column.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import numpy as np
from numpy.typing import ArrayLike, NDArray

from explorer.core.data import toy_sets as toy_data
from explorer.core.data.bundled import load_boston, load_digits, load_mnist, mnist_available
from explorer.core.data.csv_table import MAX_ROWS, DataError, encode_classes, parse_csv
from explorer.core.data.dataset import Dataset, make_dataset, standardize
from explorer.core.data.options import (
    check_fraction,
    check_options,
    check_seed,
    check_task,
)
from explorer.core.data.task import Task
from explorer.core.data.toy_sets import BINARY, XY, split_indices
from explorer.core.i18n import tr_noop
from explorer.core.perceptron import GATES

MAX_DRAWN_CLASSES = 5
"""Classes the user can draw points of (labels 0..4)."""

# --- logic gates and toy sets -----------------------------------------------------------------

def gate(name: str) -> Dataset:
    """A logic gate's truth table (AND, OR, NAND, NOR, XOR, XNOR) as a binary data set; with only
    4 rows there is nothing to hold out, so the test split is the same 4 rows (copied)."""
    key = str(name).strip().lower()
    if key not in GATES:
        raise ValueError(f"unknown gate {name!r}; choose one of {', '.join(GATES)}")
    g = GATES[key]
    rows = np.arange(len(g.inputs))
    return make_dataset(key, GATE_TITLE.format(gate=g.title), "binary", g.inputs, g.targets,
                        rows, rows.copy(), feature_names=XY, class_names=BINARY)


def toy(name: str, *, n_samples: int = 200, noise: float = 0.1, test_fraction: float = 0.3,
        seed: int = 0) -> Dataset:
    """A seeded 2-D toy set (circle, quadrants, gaussians, spiral, moons, blobs, plane) with
    ``n_samples`` points in all, ``noise`` ∈ [0, 0.5] as defined in ``toy_data``, and a
    stratified ``test_fraction`` held out."""
    key = str(name).strip().lower()
    if key not in toy_data.TOY_SETS:
        raise ValueError(f"unknown toy set {name!r}; choose one of {', '.join(toy_data.TOY_SETS)}")
    n, noise, test_fraction = check_options(n_samples, noise, test_fraction)
    rng = np.random.default_rng(check_seed(seed))
    x, y = toy_data.TOY_SETS[key](n, noise, rng)
    title, task, classes, _ = toy_data.TOY_INFO[key]
    train, test = split_indices(n, test_fraction, rng, None if task == "regression" else y)
    return make_dataset(key, title, task, x, y, train, test, feature_names=XY,
                        class_names=classes)


# --- points the user draws --------------------------------------------------------------------

def from_points(points: ArrayLike, labels: ArrayLike, task: Task | None = None,
                test_fraction: float = 0.3, seed: int = 0) -> Dataset:
    """A data set from points drawn on the plane. ``labels`` are class numbers 0..4 (the colours
    the user drew with, kept as they are) or, for ``task="regression"``, target values. ``task``
    None means binary when the labels are 0/1, else multiclass. Too few points, or a single
    class, raise DataError."""
    try:
        x = np.asarray(points, dtype=np.float64)
        y = np.asarray(labels, dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise DataError(f"points and labels must be numbers ({exc})") from None
    if x.size == 0:  # nothing drawn yet
        x, y = x.reshape(0, 2), y.reshape(0)
    if x.ndim != 2 or x.shape[1] != 2:
        raise DataError(f"points must have shape (n, 2), got {x.shape}")
    if y.shape != (len(x),):
        raise DataError(f"need one label per point: {len(x)} points, labels of shape {y.shape}")
    if not (np.isfinite(x).all() and np.isfinite(y).all()):
        raise DataError("points and labels must be finite numbers")
    if len(x) < 2:
        raise DataError((DRAW_TWO_ONE if len(x) == 1 else DRAW_TWO).format(n=len(x)))
    test_fraction = check_fraction(test_fraction)
    if task is None:
        task = "binary" if np.isin(y, (0, 1)).all() else "multiclass"
    task = check_task(task)
    rng = np.random.default_rng(check_seed(seed))
    if task == "regression":
        train, test = split_indices(len(x), test_fraction, rng)
        return make_dataset("drawn", "Drawn points", task, x, y, train, test,
                            feature_names=XY)
    if not (np.isin(y, np.arange(MAX_DRAWN_CLASSES))).all():
        raise DataError(f"class labels must be whole numbers 0 to {MAX_DRAWN_CLASSES - 1}")
    present = np.unique(y).astype(int)
    if len(present) < 2:
        raise DataError(ONE_CLASS.format(k=present[0]))
    if task == "binary" and not set(present) <= {0, 1}:
        raise DataError(BINARY_CLASSES.format(classes=", ".join(map(str, present))))
    k = 2 if task == "binary" else int(present[-1]) + 1
    train, test = split_indices(len(x), test_fraction, rng, y)
    return make_dataset("drawn", "Drawn points", task, x, y, train, test, feature_names=XY,
                        class_names=tuple(str(i) for i in range(k)))


# --- CSV files ---------------------------------------------------------------------------------

@dataclass(frozen=True, eq=False)
class CsvTable:
    """A numeric table read from a CSV file: column names and float64 ``values`` of shape
    (n_rows, n_columns). The user picks the target before it becomes a Dataset."""

    columns: tuple[str, ...]
    values: NDArray[np.float64]
    name: str = "CSV"

    @property
    def n_rows(self) -> int:
        return int(self.values.shape[0])

    def column(self, name: str) -> NDArray[np.float64]:
        """One column's values (a view)."""
        if name not in self.columns:
            raise DataError(NO_COLUMN.format(columns=", ".join(self.columns)), column=name)
        return self.values[:, self.columns.index(name)]

    def to_dataset(self, target: str, task: Task = "regression", test_fraction: float = 0.3,
                   seed: int = 0) -> Dataset:
        """Train on every other column to predict ``target``. For classification the target's
        distinct values become classes 0..k−1 (class_names: the values as text, sorted); more
        than MAX_CLASSES of them is refused with a hint to use regression."""
        y = self.column(target)
        task = check_task(task)
        test_fraction = check_fraction(test_fraction)
        if self.n_rows < 2:
            raise DataError(TOO_FEW_ROWS.format(n=self.n_rows))
        x = np.delete(self.values, self.columns.index(target), axis=1)
        features = tuple(c for c in self.columns if c != target)
        rng = np.random.default_rng(check_seed(seed))
        title = f"{self.name} → {target}"
        if task == "regression":
            train, test = split_indices(self.n_rows, test_fraction, rng)
            return make_dataset("csv", title, task, x, y, train, test,
                                feature_names=features)
        index, class_names = encode_classes(y, task, target)
        train, test = split_indices(self.n_rows, test_fraction, rng, index)
        return make_dataset("csv", title, task, x, index, train, test,
                            feature_names=features, class_names=class_names)


def read_csv(path: str | os.PathLike[str], *, max_rows: int = MAX_ROWS) -> CsvTable:
    """Read a numeric CSV file with a header row. Anything else raises DataError naming the row
    and column (see ``explorer.core.data.csv_table``); no other exception escapes."""
    columns, values = parse_csv(path, max_rows=max_rows)
    return CsvTable(columns, values, Path(path).stem or "CSV")


# --- registry for the UI -----------------------------------------------------------------------

Kind = Literal["gate", "toy", "bundled", "mnist"]


@dataclass(frozen=True)
class DatasetInfo:
    """What the UI needs to list a data set and enable its options."""

    name: str
    title: str
    kind: Kind
    task: Task
    has_noise: bool
    has_size: bool
    has_split: bool
    description: str


# Why drawn points or a CSV table cannot be used, marked for translation (the lab translates a
# DataError by its template; see explorer.ui.labs.training.common.data_error_text).
DRAW_TWO = tr_noop("DataErrors", "draw at least two points (there are {n}): one to train on "
                   "and one to test")
DRAW_TWO_ONE = tr_noop("DataErrors", "draw at least two points (there is {n}): one to train on "
                       "and one to test")
ONE_CLASS = tr_noop("DataErrors", "all points are in class {k}; draw points of at least two "
                    "classes")
BINARY_CLASSES = tr_noop("DataErrors", "binary classification uses classes 0 and 1, but the "
                         "points use {classes}; choose multiclass")
NO_COLUMN = tr_noop("DataErrors", "no such column; the columns are {columns}")
TOO_FEW_ROWS = tr_noop("DataErrors", "the table has {n} row; at least two are needed to split "
                       "it into training and test data")
MESSAGES = (DRAW_TWO, DRAW_TWO_ONE, ONE_CLASS, BINARY_CLASSES, NO_COLUMN, TOO_FEW_ROWS)

# Titles and descriptions are marked for translation; the Training Lab shows them with
# translate("Datasets", ...) (a gate's through these templates, with the gate's name).
GATE_TITLE = tr_noop("Datasets", "{gate} gate")
GATE_DESCRIPTION = tr_noop("Datasets", "The {gate} truth table: 4 rows, used for training and "
                           "test.")
GATE_DESCRIPTION_HIDDEN = tr_noop("Datasets", "The {gate} truth table: 4 rows, used for "
                                  "training and test; not linearly separable, needs a hidden "
                                  "layer.")


def gate_description(name: str) -> str:
    """GATE_DESCRIPTION or GATE_DESCRIPTION_HIDDEN, filled with the gate's name."""
    g = GATES[name]
    template = GATE_DESCRIPTION if g.linearly_separable else GATE_DESCRIPTION_HIDDEN
    return template.format(gate=g.title)


def _registry() -> dict[str, DatasetInfo]:
    entries = [DatasetInfo(g, GATE_TITLE.format(gate=GATES[g].title), "gate", "binary", False,
                           False, False, gate_description(g))
               for g in GATES]
    entries += [DatasetInfo(name, title, "toy", task, True, True, True, text)
                for name, (title, task, _, text) in toy_data.TOY_INFO.items()]
    entries += [
        DatasetInfo("boston", tr_noop("Datasets", "Boston housing"), "bundled", "regression",
                    False, False, False,
                    tr_noop("Datasets", "Median house value from 13 features (1970s Boston; see "
                            "the README on the B column); Keras's 404/102 split.")),
        DatasetInfo("digits", tr_noop("Datasets", "Handwritten digits 8×8"), "bundled",
                    "multiclass", False, False, True,
                    tr_noop("Datasets", "1,797 small images of digits 0–9 (64 pixels, 0–16).")),
        DatasetInfo("mnist", tr_noop("Datasets", "MNIST digits"), "mnist", "multiclass", False,
                    False, False,
                    tr_noop("Datasets", "70,000 28×28 digit images (784 pixels) from the Keras "
                            "cache, when present; Keras's 60,000/10,000 split.")),
    ]
    return {e.name: e for e in entries}


DATASETS: dict[str, DatasetInfo] = _registry()
"""Every data set by name, in the order the lab lists them. "mnist" is always listed; offer it
only when :func:`mnist_available` (see :func:`available`)."""


def available() -> list[DatasetInfo]:
    """The entries of DATASETS that can be loaded now (MNIST only when Keras has it cached)."""
    return [info for info in DATASETS.values() if info.kind != "mnist" or mnist_available()]


def load(name: str, *, n_samples: int = 200, noise: float = 0.1, test_fraction: float = 0.3,
         seed: int = 0, standardized: bool = False) -> Dataset:
    """The one entry point for the UI: the data set called ``name`` (a key of DATASETS) with
    these options; options a data set does not have (see DatasetInfo) are checked but ignored.
    Raises ValueError for an unknown name or an option out of range (n_samples 10–10,000,
    noise 0–0.5, test_fraction 0.1–0.9), DataError if MNIST is not cached."""
    key = str(name).strip().lower()
    info = DATASETS.get(key)
    if info is None:
        raise ValueError(f"unknown data set {name!r}; choose one of {', '.join(DATASETS)}")
    n_samples, noise, test_fraction = check_options(n_samples, noise, test_fraction)
    seed = check_seed(seed)
    if info.kind == "gate":
        data = gate(key)
    elif info.kind == "toy":
        data = toy(key, n_samples=n_samples, noise=noise, test_fraction=test_fraction, seed=seed)
    elif key == "boston":
        data = load_boston()
    elif key == "digits":
        data = load_digits(test_fraction, seed)
    else:
        data = load_mnist()
    return standardize(data) if standardized else data
