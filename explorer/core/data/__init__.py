"""Data sets for the Training Lab: logic gates, seeded toy sets (``toy_sets``), points the user
drew, CSV files (``csv_table``), and the bundled Boston housing and 8×8 digits and the cached
MNIST (``bundled``), each a :class:`Dataset` (``dataset``); ``datasets`` lists them and loads
one by name, with the options ``options`` checks."""

from explorer.core.data.bundled import (
    keras_cache_dir,
    load_boston,
    load_digits,
    load_mnist,
    mnist_available,
    mnist_path,
)
from explorer.core.data.csv_table import MAX_CLASSES, MAX_ROWS, DataError
from explorer.core.data.dataset import Dataset, standardize
from explorer.core.data.datasets import (
    DATASETS,
    MAX_DRAWN_CLASSES,
    CsvTable,
    DatasetInfo,
    available,
    from_points,
    gate,
    load,
    read_csv,
    toy,
)
from explorer.core.data.task import TASKS, Task

__all__ = [
    "DATASETS",
    "MAX_CLASSES",
    "MAX_DRAWN_CLASSES",
    "MAX_ROWS",
    "TASKS",
    "CsvTable",
    "DataError",
    "Dataset",
    "DatasetInfo",
    "Task",
    "available",
    "from_points",
    "gate",
    "keras_cache_dir",
    "load",
    "load_boston",
    "load_digits",
    "load_mnist",
    "mnist_available",
    "mnist_path",
    "read_csv",
    "standardize",
    "toy",
]
