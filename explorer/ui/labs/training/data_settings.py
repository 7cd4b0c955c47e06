"""What data the Training Lab trains on, as plain data: the scene file's "data" object.

Qt-free so it can be validated completely before the lab changes anything (rule 6). Building
the :class:`~explorer.core.data.Dataset` goes through ``explorer.core.data``; a CSV file
is read once and kept (:class:`CsvCache`) so choosing another target column does not re-read it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import numpy as np

from explorer.core.data import (
    DATASETS,
    CsvTable,
    DataError,
    Dataset,
    datasets,
    options,
    standardize,
)
from explorer.core.i18n import tr_noop
from explorer.core.scene import INTEGER_IN, MUST_BE_OBJECT, UNKNOWN_FIELD, Where, problem_at
from explorer.ui.i18n import translate

DRAWN = "drawn"
CSV = "csv"
MAX_POINTS = 2000
CSV_TASKS = ("classification", "regression")


@dataclass(frozen=True)
class DataSettings:
    """``dataset``: a key of ``DATASETS``, ``"drawn"`` or ``"csv"``; options as ``load`` takes
    them; the drawn points as (x, y, class); the CSV file with its target and task."""

    dataset: str = "circle"
    n_samples: int = 200
    noise: float = 0.1
    test_fraction: float = 0.3
    seed: int = 0
    standardize: bool = False
    points: tuple[tuple[float, float, int], ...] = field(default_factory=tuple)
    csv_path: str = ""
    csv_target: str = ""
    csv_task: str = "regression"

    def to_dict(self) -> dict[str, Any]:
        return {"dataset": self.dataset, "n_samples": self.n_samples, "noise": self.noise,
                "test_fraction": self.test_fraction, "seed": self.seed,
                "standardize": self.standardize,
                "points": [[x, y, k] for x, y, k in self.points],
                "csv_path": self.csv_path, "csv_target": self.csv_target,
                "csv_task": self.csv_task}

    @classmethod
    def from_dict(cls, data: Any, where: Where = "training lab data") -> DataSettings:
        """Validate every field (SceneError naming it); missing fields take defaults."""
        if not isinstance(data, dict):
            raise problem_at(where, MUST_BE_OBJECT)
        unknown = sorted(set(data) - set(cls().to_dict()))
        if unknown:
            raise problem_at(where, UNKNOWN_FIELD, name=repr(unknown[0]))
        d = {**cls().to_dict(), **data}
        name = d["dataset"]
        if not isinstance(name, str) or (name not in DATASETS and name not in (DRAWN, CSV)):
            raise problem_at(where, tr_noop("Scenes", "unknown data set {name}; choose one of "
                                                      "{choices}"),
                             name=repr(name), choices=", ".join([*DATASETS, DRAWN, CSV]))
        n = d["n_samples"]
        lo, hi = options.N_SAMPLES_RANGE
        if isinstance(n, bool) or not isinstance(n, int) or not lo <= n <= hi:
            raise problem_at(where, INTEGER_IN, key="n_samples", low=lo, high=f"{hi:,}",
                             value=repr(n))
        _number(d, "noise", *options.NOISE_RANGE, where)
        _number(d, "test_fraction", *options.TEST_FRACTION_RANGE, where)
        seed = d["seed"]
        if isinstance(seed, bool) or not isinstance(seed, int) or not 0 <= seed < 2**31:
            raise problem_at(where, tr_noop("Scenes", "'seed' must be an integer ≥ 0, not {value}"),
                             value=repr(seed))
        if not isinstance(d["standardize"], bool):
            raise problem_at(where, tr_noop("Scenes", "'standardize' must be true or false"))
        points = d["points"]
        if not isinstance(points, list) or len(points) > MAX_POINTS:
            raise problem_at(where, tr_noop("Scenes", "'points' must be a list of at most {most} "
                                                      "[x, y, class] triples"), most=MAX_POINTS)
        checked = []
        for i, p in enumerate(points):
            if (not isinstance(p, list | tuple) or len(p) != 3
                    or not all(_finite(v) for v in p[:2]) or isinstance(p[2], bool)
                    or not isinstance(p[2], int)
                    or not 0 <= p[2] < datasets.MAX_DRAWN_CLASSES):
                raise problem_at(where, tr_noop("Scenes", "point {number} must be [x, y, class] "
                                                          "with a class 0–{most}, not {value}"),
                                 number=i + 1, most=datasets.MAX_DRAWN_CLASSES - 1, value=repr(p))
            checked.append((float(p[0]), float(p[1]), int(p[2])))
        for key in ("csv_path", "csv_target"):
            if not isinstance(d[key], str):
                raise problem_at(where, tr_noop("Scenes", "{key} must be text"), key=repr(key))
        if d["csv_task"] not in CSV_TASKS:
            raise problem_at(where, tr_noop("Scenes", "'csv_task' must be one of {choices}"),
                             choices=", ".join(CSV_TASKS))
        if name == CSV and not d["csv_path"]:
            raise problem_at(where, tr_noop("Scenes", "a CSV data set needs 'csv_path'"))
        return cls(name, n, float(d["noise"]), float(d["test_fraction"]), seed,
                   d["standardize"], tuple(checked), d["csv_path"], d["csv_target"],
                   d["csv_task"])

    def with_changes(self, **changes: Any) -> DataSettings:
        return replace(self, **changes)

    @property
    def info(self) -> datasets.DatasetInfo | None:
        return DATASETS.get(self.dataset)


def _finite(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _number(d: dict[str, Any], key: str, lo: float, hi: float, where: Where) -> None:
    value = d[key]
    if not _finite(value) or not lo <= value <= hi:
        raise problem_at(where, tr_noop("Scenes", "{key} must be a number {low}–{high}, not "
                                                  "{value}"),
                         key=repr(key), low=f"{lo:g}", high=f"{hi:g}", value=repr(value))


class CsvCache:
    """The last CSV table read, by path (reading a big file twice would be slow)."""

    def __init__(self) -> None:
        self.path = ""
        self.table: CsvTable | None = None

    def read(self, path: str) -> CsvTable:
        """The table at ``path``; DataError (row, column) when it cannot be used."""
        if self.table is None or path != self.path:
            table = datasets.read_csv(path)
            self.path, self.table = path, table
        return self.table


def csv_task(table: CsvTable, target: str, task: str) -> str:
    """The Dataset task for the user's choice: classification is binary for two values."""
    if task == "regression":
        return "regression"
    return "binary" if len(np.unique(table.column(target))) == 2 else "multiclass"


def build_dataset(settings: DataSettings, cache: CsvCache) -> Dataset:
    """The data set ``settings`` describe. Raises DataError/ValueError with a clear message."""
    s = settings
    if s.dataset == DRAWN:
        if not s.points:
            raise DataError("no points yet: click the plot to add points of the chosen class")
        arr = np.asarray(s.points, dtype=np.float64)
        data = datasets.from_points(arr[:, :2], arr[:, 2], None, s.test_fraction, s.seed)
    elif s.dataset == CSV:
        if not Path(s.csv_path).is_file():
            raise DataError(f"{s.csv_path}: no such file")
        table = cache.read(s.csv_path)
        target = s.csv_target or table.columns[-1]
        data = table.to_dataset(target, csv_task(table, target, s.csv_task), s.test_fraction,
                                s.seed)
    else:
        return datasets.load(s.dataset, n_samples=s.n_samples, noise=s.noise,
                             test_fraction=s.test_fraction, seed=s.seed,
                             standardized=s.standardize)
    return standardize(data) if s.standardize else data


def raw_features(data: Dataset, x: np.ndarray) -> np.ndarray:
    """Model inputs back in the data's own units (undo standardisation) for drawing."""
    if data.standardization is None:
        return np.asarray(x, dtype=np.float64)
    mean, std = data.standardization
    return np.asarray(x, dtype=np.float64) * std + mean


def describe(data: Dataset) -> str:
    """One line about a data set: sizes, features and task (in the current language)."""
    if data.task == "regression":
        task = translate("DataSettings", "regression")
    else:
        kind = {"binary": translate("DataSettings", "binary"),
                "multiclass": translate("DataSettings", "multiclass")}.get(data.task, data.task)
        task = translate("DataSettings", "{kind} classification, {n} classes").format(
            kind=kind, n=data.n_classes)
    same = data.name in ("and", "or", "nand", "nor", "xor", "xnor")
    if same:
        split = translate("DataSettings", "{n} rows (train = test)").format(n=data.n_train)
    else:
        split = translate("DataSettings", "{train} train / {test} test").format(
            train=f"{data.n_train:,}", test=f"{data.n_test:,}")
    features = translate("DataSettings", "{n} features").format(n=data.n_features)
    text = f"{split} · {features} · {task}"
    if data.standardization is not None:
        text += " · " + translate("DataSettings", "standardised")
    return text
