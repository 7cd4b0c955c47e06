"""The data sets that come as files: Boston housing and the 8×8 digits bundled in
``resources/datasets``, and MNIST when Keras already has it cached (nothing is downloaded).
A damaged or missing file raises :class:`DataError` with a message marked for translation."""

from __future__ import annotations

import csv
import gzip
import os
import zipfile
from functools import lru_cache
from pathlib import Path

import numpy as np
from numpy.typing import NDArray

from explorer.core.data.csv_table import DataError
from explorer.core.data.dataset import Dataset, f32, make_dataset
from explorer.core.data.options import check_fraction, check_seed
from explorer.core.data.toy_sets import split_indices
from explorer.core.i18n import tr_noop

RESOURCES = Path(__file__).resolve().parents[3] / "resources" / "datasets"
BOSTON_CSV = RESOURCES / "boston_house_prices.csv"
DIGITS_CSV = RESOURCES / "digits.csv.gz"

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
MESSAGES = (BOSTON_DAMAGED, BOSTON_SHAPE, DIGITS_DAMAGED, DIGITS_SHAPE, MNIST_MISSING,
            MNIST_UNREADABLE, MNIST_NOT_DIGITS)


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
    return make_dataset("boston", "Boston housing", "regression", table[:, :13], table[:, 13],
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
    test_fraction = check_fraction(test_fraction)
    table = _digits_table()
    y = table[:, 64]
    train, test = split_indices(len(table), test_fraction,
                                np.random.default_rng(check_seed(seed)), y)
    return make_dataset("digits", "Handwritten digits 8×8", "multiclass", table[:, :64], y,
                        train, test,
                        feature_names=tuple(f"pixel_{r}_{c}" for r in range(8) for c in range(8)),
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
    return Dataset("mnist", "MNIST digits", "multiclass", f32(x_train), f32(parts["y_train"]),
                   f32(x_test), f32(parts["y_test"]),
                   feature_names=tuple(f"pixel_{r}_{c}" for r in range(28) for c in range(28)),
                   class_names=tuple(str(d) for d in range(10)), image_shape=(28, 28))
