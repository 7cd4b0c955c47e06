"""Data sets the Training Lab trains on (numpy only).

Every loader returns a :class:`Dataset`: train and test splits as float32 arrays, the task, and
the names the views need. The Keras side (``explorer.core.nn``) consumes only this type.

Sources: the logic gates of the Perceptron Lab; seeded 2-D toy sets (``toy_sets``,
where "noise" is defined); points the user draws; the user's CSV files (parsed strictly by
``explorer.core.data.csv_table``); Boston housing and 8×8 digits bundled in ``resources/datasets``;
MNIST when Keras already has it cached. The UI lists :data:`DATASETS` and calls :func:`load`.
Bad data raises :class:`DataError` (a ValueError) whose message names the row and column.
"""

from __future__ import annotations

import csv
import dataclasses
import gzip
import os
import zipfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal

import numpy as np
from numpy.typing import ArrayLike, NDArray

from explorer.core.data import toy_sets as toy_data
from explorer.core.data.csv_table import MAX_CLASSES, MAX_ROWS, DataError, encode_classes, parse_csv
from explorer.core.data.task import TASKS, Task
from explorer.core.data.toy_sets import BINARY, XY, split_indices
from explorer.core.i18n import tr_noop
from explorer.core.perceptron import GATES

__all__ = [
    "DATASETS", "MAX_CLASSES", "MAX_DRAWN_CLASSES", "MAX_ROWS", "TASKS", "CsvTable", "DataError",
    "Dataset", "DatasetInfo", "Task", "available", "from_points", "gate", "keras_cache_dir", "load",
    "load_boston", "load_digits", "load_mnist", "mnist_available", "mnist_path", "read_csv",
    "standardize", "toy",
]


MAX_DRAWN_CLASSES = 5
"""Classes the user can draw points of (labels 0..4)."""

RESOURCES = Path(__file__).resolve().parents[3] / "resources" / "datasets"
BOSTON_CSV = RESOURCES / "boston_house_prices.csv"
DIGITS_CSV = RESOURCES / "digits.csv.gz"

NOISE_RANGE = (0.0, 0.5)
TEST_FRACTION_RANGE = (0.1, 0.9)
N_SAMPLES_RANGE = (10, 10_000)


@dataclass(frozen=True)
class Dataset:
    """A split data set. Labels are integer class indices (0..n_classes-1) for classification
    (stored as float32 for uniformity; one-hot encoding is the model's job) and real values for
    regression, shape (n,) for one target."""

    name: str
    title: str
    task: Task
    x_train: np.ndarray
    y_train: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray
    feature_names: tuple[str, ...] = ()
    class_names: tuple[str, ...] = ()
    image_shape: tuple[int, int] | None = None  # e.g. (8, 8) for digits
    standardization: tuple[np.ndarray, np.ndarray] | None = field(default=None, repr=False)

    @property
    def n_features(self) -> int:
        return int(self.x_train.shape[1])

    @property
    def n_classes(self) -> int:
        """Number of classes (0 for regression)."""
        return len(self.class_names) if self.task != "regression" else 0

    @property
    def is_2d(self) -> bool:
        """Two input features: the lab can draw a decision boundary over the plane."""
        return self.n_features == 2

    @property
    def n_train(self) -> int:
        return int(self.x_train.shape[0])

    @property
    def n_test(self) -> int:
        return int(self.x_test.shape[0])

    def transform(self, x: ArrayLike) -> NDArray[np.float32]:
        """Raw feature rows (e.g. a heatmap grid in the plot's coordinates) as the model sees
        them: standardised with the training statistics when this data set is standardised."""
        arr = np.asarray(x, dtype=np.float32)
        if self.standardization is not None:
            mean, std = self.standardization
            arr = (arr - mean) / std
        return np.ascontiguousarray(arr, dtype=np.float32)


def _f32(a: ArrayLike) -> NDArray[np.float32]:
    return np.ascontiguousarray(a, dtype=np.float32)


def _dataset(name: str, title: str, task: Task, x: NDArray, y: NDArray,
             train: NDArray[np.intp], test: NDArray[np.intp], *,
             feature_names: tuple[str, ...], class_names: tuple[str, ...] = (),
             image_shape: tuple[int, int] | None = None) -> Dataset:
    """Assemble a Dataset from index arrays, as float32 C-contiguous copies."""
    return Dataset(name, title, task, _f32(x[train]), _f32(y[train]), _f32(x[test]),
                   _f32(y[test]), feature_names, class_names, image_shape)


def _check_task(task: object) -> Task:
    if task not in TASKS:
        raise ValueError(f"unknown task {task!r}; choose one of {', '.join(TASKS)}")
    return task  # type: ignore[return-value]


def _check_range(what: str, value: object, lo: float, hi: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float | np.integer | np.floating):
        raise ValueError(f"{what} must be a number, got {value!r}")
    if not lo <= float(value) <= hi:  # also refuses NaN
        raise ValueError(f"{what} must be between {lo:g} and {hi:g}, got {value!r}")
    return float(value)


def _check_fraction(test_fraction: object) -> float:
    return _check_range("test_fraction", test_fraction, *TEST_FRACTION_RANGE)


# --- logic gates and toy sets -----------------------------------------------------------------

def gate(name: str) -> Dataset:
    """A logic gate's truth table (AND, OR, NAND, NOR, XOR, XNOR) as a binary data set; with only
    4 rows there is nothing to hold out, so the test split is the same 4 rows (copied)."""
    key = str(name).strip().lower()
    if key not in GATES:
        raise ValueError(f"unknown gate {name!r}; choose one of {', '.join(GATES)}")
    g = GATES[key]
    rows = np.arange(len(g.inputs))
    return _dataset(key, GATE_TITLE.format(gate=g.title), "binary", g.inputs, g.targets, rows,
                    rows.copy(), feature_names=XY, class_names=BINARY)


def toy(name: str, *, n_samples: int = 200, noise: float = 0.1, test_fraction: float = 0.3,
        seed: int = 0) -> Dataset:
    """A seeded 2-D toy set (circle, quadrants, gaussians, spiral, moons, blobs, plane) with
    ``n_samples`` points in all, ``noise`` ∈ [0, 0.5] as defined in ``toy_data``, and a
    stratified ``test_fraction`` held out."""
    key = str(name).strip().lower()
    if key not in toy_data.TOY_SETS:
        raise ValueError(f"unknown toy set {name!r}; choose one of {', '.join(toy_data.TOY_SETS)}")
    n, noise, test_fraction = _check_options(n_samples, noise, test_fraction)
    rng = np.random.default_rng(_check_seed(seed))
    x, y = toy_data.TOY_SETS[key](n, noise, rng)
    title, task, classes, _ = toy_data.TOY_INFO[key]
    train, test = split_indices(n, test_fraction, rng, None if task == "regression" else y)
    return _dataset(key, title, task, x, y, train, test, feature_names=XY, class_names=classes)


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
    test_fraction = _check_fraction(test_fraction)
    if task is None:
        task = "binary" if np.isin(y, (0, 1)).all() else "multiclass"
    task = _check_task(task)
    rng = np.random.default_rng(_check_seed(seed))
    if task == "regression":
        train, test = split_indices(len(x), test_fraction, rng)
        return _dataset("drawn", "Drawn points", task, x, y, train, test, feature_names=XY)
    if not (np.isin(y, np.arange(MAX_DRAWN_CLASSES))).all():
        raise DataError(f"class labels must be whole numbers 0 to {MAX_DRAWN_CLASSES - 1}")
    present = np.unique(y).astype(int)
    if len(present) < 2:
        raise DataError(ONE_CLASS.format(k=present[0]))
    if task == "binary" and not set(present) <= {0, 1}:
        raise DataError(BINARY_CLASSES.format(classes=", ".join(map(str, present))))
    k = 2 if task == "binary" else int(present[-1]) + 1
    train, test = split_indices(len(x), test_fraction, rng, y)
    return _dataset("drawn", "Drawn points", task, x, y, train, test, feature_names=XY,
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
        task = _check_task(task)
        test_fraction = _check_fraction(test_fraction)
        if self.n_rows < 2:
            raise DataError(TOO_FEW_ROWS.format(n=self.n_rows))
        x = np.delete(self.values, self.columns.index(target), axis=1)
        features = tuple(c for c in self.columns if c != target)
        rng = np.random.default_rng(_check_seed(seed))
        title = f"{self.name} → {target}"
        if task == "regression":
            train, test = split_indices(self.n_rows, test_fraction, rng)
            return _dataset("csv", title, task, x, y, train, test, feature_names=features)
        index, class_names = encode_classes(y, task, target)
        train, test = split_indices(self.n_rows, test_fraction, rng, index)
        return _dataset("csv", title, task, x, index, train, test, feature_names=features,
                        class_names=class_names)


def read_csv(path: str | os.PathLike[str], *, max_rows: int = MAX_ROWS) -> CsvTable:
    """Read a numeric CSV file with a header row. Anything else raises DataError naming the row
    and column (see ``explorer.core.data.csv_table``); no other exception escapes."""
    columns, values = parse_csv(path, max_rows=max_rows)
    return CsvTable(columns, values, Path(path).stem or "CSV")


# --- bundled tables: Boston housing and 8×8 digits ---------------------------------------------

@lru_cache(maxsize=1)
def _boston_table() -> tuple[tuple[str, ...], NDArray[np.float64]]:
    try:
        with open(BOSTON_CSV, encoding="utf-8", newline="") as f:
            rows = csv.reader(f)
            next(rows)  # "506,13,…": row count and feature count
            header = tuple(next(rows))
            table = np.array([[float(c) for c in row] for row in rows], dtype=np.float64)
    except (OSError, ValueError, StopIteration, csv.Error) as exc:
        raise DataError(BOSTON_DAMAGED.format(path=BOSTON_CSV, reason=exc)) from None
    if table.shape != (506, 14) or len(header) != 14:
        raise DataError(BOSTON_SHAPE.format(shape=table.shape))
    table.setflags(write=False)
    return header, table


def load_boston() -> Dataset:
    """Boston housing (13 features → MEDV, in $1000s), split exactly as Keras's
    ``boston_housing.load_data(test_split=0.2, seed=113)``: 404 train, 102 test rows."""
    header, table = _boston_table()
    order = np.arange(len(table))
    np.random.RandomState(113).shuffle(order)  # Keras's legacy generator, for the same split
    n_train = int(len(table) * (1 - 0.2))
    return _dataset("boston", "Boston housing", "regression", table[:, :13], table[:, 13],
                    order[:n_train], order[n_train:], feature_names=header[:13])


@lru_cache(maxsize=1)
def _digits_table() -> NDArray[np.float64]:
    try:
        with gzip.open(DIGITS_CSV, "rt", encoding="ascii") as f:
            table = np.loadtxt(f, delimiter=",", dtype=np.float64)
    except (OSError, ValueError, EOFError) as exc:
        raise DataError(DIGITS_DAMAGED.format(path=DIGITS_CSV, reason=exc)) from None
    if table.shape != (1797, 65):
        raise DataError(DIGITS_SHAPE.format(shape=table.shape))
    table.setflags(write=False)
    return table


def load_digits(test_fraction: float = 0.2, seed: int = 0) -> Dataset:
    """The 8×8 handwritten digits (1,797 images, 64 pixel counts 0..16, 10 classes), split
    stratified by digit."""
    test_fraction = _check_fraction(test_fraction)
    table = _digits_table()
    y = table[:, 64]
    train, test = split_indices(len(table), test_fraction,
                                np.random.default_rng(_check_seed(seed)), y)
    return _dataset("digits", "Handwritten digits 8×8", "multiclass", table[:, :64], y, train,
                    test, feature_names=tuple(f"pixel_{r}_{c}" for r in range(8) for c in range(8)),
                    class_names=tuple(str(d) for d in range(10)), image_shape=(8, 8))


# --- MNIST from the Keras cache -----------------------------------------------------------------

_MNIST_KEYS = ("x_train", "y_train", "x_test", "y_test")


def keras_cache_dir() -> Path:
    """Keras's home: $KERAS_HOME, else ~/.keras (or /tmp/.keras when home is not writable)."""
    home = os.environ.get("KERAS_HOME")
    if home:
        return Path(home).expanduser()
    base = os.path.expanduser("~")
    return Path(base if os.access(base, os.W_OK) else "/tmp") / ".keras"


def mnist_path() -> Path | None:
    """Where Keras cached mnist.npz, or None. Like ``keras.utils.get_file``, falls back to
    /tmp/.keras when the Keras home is not writable."""
    home = keras_cache_dir()
    candidates = [home / "datasets" / "mnist.npz"]
    if not os.access(home, os.W_OK):
        candidates.append(Path("/tmp/.keras/datasets/mnist.npz"))
    return next((p for p in candidates if p.is_file()), None)


def mnist_available() -> bool:
    """True when Keras's MNIST is already cached (nothing is ever downloaded)."""
    path = mnist_path()
    if path is None:
        return False
    try:
        with zipfile.ZipFile(path) as z:
            return {f"{k}.npy" for k in _MNIST_KEYS} <= set(z.namelist())
    except (OSError, zipfile.BadZipFile):
        return False


def load_mnist(limit: int | None = None) -> Dataset:
    """MNIST from the Keras cache: 784 pixels scaled to [0, 1], Keras's own 60,000/10,000
    split; ``limit`` keeps at most that many rows of each split (the first ones)."""
    if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int | np.integer)
                              or limit < 1):
        raise ValueError(f"limit must be a positive whole number or None, got {limit!r}")
    path = mnist_path()
    if path is None:
        raise DataError(MNIST_MISSING.format(folder=keras_cache_dir() / "datasets"))
    try:
        with np.load(path, allow_pickle=False) as f:
            parts = {k: f[k][:limit] for k in _MNIST_KEYS}
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile) as exc:
        raise DataError(MNIST_UNREADABLE.format(path=path, reason=exc)) from None
    for split in ("train", "test"):
        x, y = parts[f"x_{split}"], parts[f"y_{split}"]
        if x.ndim != 3 or x.shape[1:] != (28, 28) or y.shape != (len(x),) or len(x) == 0 \
                or not np.isin(y, np.arange(10)).all():
            raise DataError(MNIST_NOT_DIGITS.format(path=path))
    x_train, x_test = (parts[k].reshape(len(parts[k]), 784) / np.float32(255.0)
                       for k in ("x_train", "x_test"))
    return Dataset("mnist", "MNIST digits", "multiclass", _f32(x_train), _f32(parts["y_train"]),
                   _f32(x_test), _f32(parts["y_test"]),
                   feature_names=tuple(f"pixel_{r}_{c}" for r in range(28) for c in range(28)),
                   class_names=tuple(str(d) for d in range(10)), image_shape=(28, 28))


# --- standardisation ---------------------------------------------------------------------------

def standardize(dataset: Dataset) -> Dataset:
    """Z-score every feature with the TRAINING split's mean and std (so nothing about the test
    data leaks into training), applied to both splits; a constant feature keeps std 1. The
    statistics are kept in ``standardization`` for :meth:`Dataset.transform`. A data set that
    is already standardised is returned as it is."""
    if dataset.standardization is not None:
        return dataset
    x = dataset.x_train.astype(np.float64)
    mean, std = x.mean(axis=0), x.std(axis=0)
    std = np.where((std == 0) | (std <= 1e-7 * np.abs(mean)), 1.0, std)  # constant: rounding
    mean32, std32 = _f32(mean), _f32(std)
    return dataclasses.replace(
        dataset, x_train=_f32((x - mean) / std), x_test=_f32((dataset.x_test - mean) / std),
        standardization=(mean32, std32))


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
# Why a bundled or cached data set cannot be read (a damaged install, MNIST not downloaded).
BOSTON_DAMAGED = tr_noop("DataErrors", "the bundled Boston housing file {path} is damaged "
                         "({reason})")
BOSTON_SHAPE = tr_noop("DataErrors", "the bundled Boston housing file has shape {shape}, not "
                       "(506, 14)")
DIGITS_DAMAGED = tr_noop("DataErrors", "the bundled digits file {path} is damaged ({reason})")
DIGITS_SHAPE = tr_noop("DataErrors", "the bundled digits file has shape {shape}, not (1797, 65)")
MNIST_MISSING = tr_noop("DataErrors", "MNIST is not in the Keras cache ({folder}); run "
                        "keras.datasets.mnist.load_data() once while online")
MNIST_UNREADABLE = tr_noop("DataErrors", "the cached MNIST file {path} cannot be read ({reason})")
MNIST_NOT_DIGITS = tr_noop("DataErrors", "the cached MNIST file {path} does not hold 28×28 digit "
                           "images")
MESSAGES = (DRAW_TWO, DRAW_TWO_ONE, ONE_CLASS, BINARY_CLASSES, NO_COLUMN, TOO_FEW_ROWS,
            BOSTON_DAMAGED, BOSTON_SHAPE, DIGITS_DAMAGED, DIGITS_SHAPE, MNIST_MISSING,
            MNIST_UNREADABLE, MNIST_NOT_DIGITS)

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


def _check_options(n_samples: object, noise: object, test_fraction: object
                   ) -> tuple[int, float, float]:
    if isinstance(n_samples, bool) or not isinstance(n_samples, int | np.integer):
        raise ValueError(f"n_samples must be a whole number, got {n_samples!r}")
    lo, hi = N_SAMPLES_RANGE
    if not lo <= n_samples <= hi:
        raise ValueError(f"n_samples must be between {lo:,} and {hi:,}, got {n_samples:,}")
    noise = _check_range("noise", noise, *NOISE_RANGE)
    return int(n_samples), noise, _check_fraction(test_fraction)


def _check_seed(seed: object) -> int:
    if isinstance(seed, bool) or not isinstance(seed, int | np.integer) or seed < 0:
        raise ValueError(f"seed must be a whole number ≥ 0, got {seed!r}")
    return int(seed)


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
    n_samples, noise, test_fraction = _check_options(n_samples, noise, test_fraction)
    seed = _check_seed(seed)
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
