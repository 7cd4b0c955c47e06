"""The Training Lab's data: gates, toy sets, drawn points, CSV import, bundled and cached sets,
standardisation and the registry the UI lists."""

from __future__ import annotations

import contextlib
import gzip
import zipfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from explorer.core.data import (
    DATASETS,
    TASKS,
    CsvTable,
    DataError,
    Dataset,
    bundled,
    from_points,
    load,
    load_boston,
    load_digits,
    load_mnist,
    mnist_available,
    read_csv,
    standardize,
    toy,
)
from explorer.core.data import datasets as ds
from explorer.core.data import toy_sets as toy_data
from explorer.core.data.csv_table import to_number
from explorer.core.perceptron import GATES

TOYS = list(toy_data.TOY_SETS)
CLASSIFIERS = [n for n in TOYS if toy_data.TOY_INFO[n].task != "regression"]
NOISES = [0.0, 0.1, 0.25, 0.5]


def everything(d: Dataset) -> tuple[np.ndarray, np.ndarray]:
    """Train and test stacked back together (float64 for exact geometry checks)."""
    return (np.concatenate([d.x_train, d.x_test]).astype(np.float64),
            np.concatenate([d.y_train, d.y_test]).astype(np.float64))


def assert_well_formed(d: Dataset) -> None:
    """The contract the Keras side relies on."""
    for a in (d.x_train, d.y_train, d.x_test, d.y_test):
        assert a.dtype == np.float32 and a.flags.c_contiguous
    assert d.x_train.ndim == d.x_test.ndim == 2 and d.x_train.shape[1] == d.x_test.shape[1]
    assert d.y_train.shape == (len(d.x_train),) and d.y_test.shape == (len(d.x_test),)
    assert len(d.x_train) > 0 and len(d.x_test) > 0
    assert len(d.feature_names) == d.n_features
    assert np.isfinite(d.x_train).all() and np.isfinite(d.x_test).all()
    if d.task == "regression":
        assert d.class_names == () and d.n_classes == 0
    else:
        y = np.concatenate([d.y_train, d.y_test])
        assert np.array_equal(y, np.round(y)) and y.min() >= 0 and y.max() < d.n_classes
        assert (d.task == "binary") == (d.n_classes == 2)


def write(tmp_path: Path, content: bytes | str, name: str = "data.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode() if isinstance(content, str) else content)
    return path


# --- gates ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", list(GATES))
def test_gate_is_its_truth_table_in_both_splits(name):
    d = load(name)
    assert_well_formed(d)
    assert (d.task, d.class_names, d.feature_names) == ("binary", ("0", "1"), ("x1", "x2"))
    assert d.x_train.shape == (4, 2)
    np.testing.assert_array_equal(d.x_train, GATES[name].inputs)
    np.testing.assert_array_equal(d.y_train, GATES[name].targets)
    np.testing.assert_array_equal(d.x_test, d.x_train)
    np.testing.assert_array_equal(d.y_test, d.y_train)
    assert not np.shares_memory(d.x_test, d.x_train)
    assert load("xor").y_train.tolist() == [0, 1, 1, 0]


# --- toy sets -------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", TOYS)
def test_toy_shapes_split_and_names(name):
    d = toy(name, n_samples=200, noise=0.1, test_fraction=0.3, seed=1)
    assert_well_formed(d)
    assert (d.n_train, d.n_test, d.n_features) == (140, 60, 2)
    assert d.feature_names == ("x1", "x2") and d.is_2d
    assert d.task == toy_data.TOY_INFO[name].task
    x, _ = everything(d)
    assert len(np.unique(x, axis=0)) == 200  # every sample is in exactly one split


@pytest.mark.parametrize("name", CLASSIFIERS)
@pytest.mark.parametrize("n", [10, 101, 200, 999])
def test_toy_classes_are_balanced_overall_and_in_each_split(name, n):
    d = toy(name, n_samples=n, noise=0.2, test_fraction=0.25, seed=3)
    k = d.n_classes
    total = np.bincount(everything(d)[1].astype(int), minlength=k)
    assert total.max() - total.min() <= 1 and total.sum() == n
    test = np.bincount(d.y_test.astype(int), minlength=k)
    assert np.all(np.abs(test - total * d.n_test / n) < 1)  # stratified


@pytest.mark.parametrize("name", TOYS)
def test_toy_seeds_reproduce_and_differ(name):
    a, b = toy(name, seed=7), toy(name, seed=7)
    c = toy(name, seed=8)
    for field in ("x_train", "y_train", "x_test", "y_test"):
        np.testing.assert_array_equal(getattr(a, field), getattr(b, field))
    assert not np.array_equal(a.x_train, c.x_train)


def radius_rule(x):
    return (np.hypot(x[:, 0], x[:, 1]) < 3.0).astype(int)


def quadrant_rule(x):
    return ((x[:, 0] > 0) != (x[:, 1] > 0)).astype(int)


def line_rule(x):
    return (x[:, 0] + x[:, 1] > 0).astype(int)


def nearest_centre_rule(x):
    return np.argmin(((x[:, None, :] - toy_data.BLOB_CENTRES[None]) ** 2).sum(-1), axis=1)


RULES = {"circle": (radius_rule, 0.65), "quadrants": (quadrant_rule, 0.76),
         "gaussians": (line_rule, 0.9), "blobs": (nearest_centre_rule, 0.84)}


@pytest.mark.parametrize("name", list(RULES))
def test_noise_zero_is_cleanly_separable_and_fifty_percent_is_hard(name):
    """The set's own rule classifies 100 % of clean data and ever less as noise grows; at
    50 % it is far from perfect."""
    rule, ceiling = RULES[name]
    accuracy = []
    for noise in NOISES:
        x, y = everything(toy(name, n_samples=2000, noise=noise, seed=5))
        accuracy.append(float(np.mean(rule(x) == y)))
    assert accuracy[0] == 1.0
    assert accuracy == sorted(accuracy, reverse=True)
    assert accuracy[2] < 0.99 and accuracy[3] < ceiling


def test_clean_circle_has_a_gap_between_disc_and_ring():
    x, y = everything(toy("circle", n_samples=1000, noise=0.0))
    r = np.hypot(x[:, 0], x[:, 1])
    assert r[y == 1].max() <= 2.5 + 1e-5 and r[y == 0].min() >= 3.5 - 1e-5
    assert r[y == 0].max() <= 5.0 + 1e-5
    assert np.abs(x).max() <= 6.0


def test_clean_moons_and_spiral_lie_on_their_curves():
    x, y = everything(toy("moons", n_samples=400, noise=0.0))
    u = x / 3.0 + (0.5, 0.25)  # back to scikit-learn's coordinates
    upper, lower = u[y == 0], u[y == 1]
    np.testing.assert_allclose(np.hypot(*upper.T), 1.0, atol=1e-5)
    np.testing.assert_allclose(np.hypot(lower[:, 0] - 1, lower[:, 1] - 0.5), 1.0, atol=1e-5)
    assert (upper[:, 1] >= -1e-6).all() and (lower[:, 1] <= 0.5 + 1e-6).all()

    x, y = everything(toy("spiral", n_samples=400, noise=0.0))
    r = np.hypot(x[:, 0], x[:, 1])
    expected = 1.75 * 2 * np.pi * (r / 5.0) + np.pi * y
    off = np.angle(np.exp(1j * (np.arctan2(x[:, 1], x[:, 0]) - expected)))
    assert np.abs(off[r > 0.05]).max() < 1e-3
    assert r.max() <= 5.0 + 1e-5


@pytest.mark.parametrize("name", CLASSIFIERS)
def test_noise_is_gaussian_jitter_of_the_documented_size(name):
    """Same seed, different noise: the same clean points moved by N(0, (ν·S)²)."""
    clean = toy(name, n_samples=4000, noise=0.0, seed=2)
    noisy = toy(name, n_samples=4000, noise=0.3, seed=2)
    np.testing.assert_array_equal(clean.y_train, noisy.y_train)
    jitter = (noisy.x_train - clean.x_train).astype(np.float64)
    assert jitter.std() == pytest.approx(0.3 * toy_data.NOISE_SCALE[name], rel=0.05)
    assert abs(jitter.mean()) < 0.1 * toy_data.NOISE_SCALE[name]


def test_regression_plane_is_the_documented_plane():
    a, b, c = toy_data.PLANE
    d = toy("plane", n_samples=500, noise=0.0)
    assert_well_formed(d)
    x, y = everything(d)
    coef, *_ = np.linalg.lstsq(np.column_stack([x, np.ones(len(x))]), y, rcond=None)
    np.testing.assert_allclose(coef, [a, b, c], atol=1e-4)
    assert np.abs(x).max() <= 5.0

    x, y = everything(toy("plane", n_samples=5000, noise=0.5, seed=1))
    residual = y - (a * x[:, 0] + b * x[:, 1] + c)
    assert residual.std() == pytest.approx(toy_data.plane_noise_std(0.5), rel=0.05)
    assert residual.std() == pytest.approx((y - residual).std(), rel=0.1)  # signal ≈ noise


@pytest.mark.parametrize("fraction", [0.1, 0.25, 0.3, 0.5, 0.9])
@pytest.mark.parametrize("n", [10, 33, 200])
def test_split_fraction(fraction, n):
    """round(n·fraction) held out, except that training keeps one sample of every class."""
    for name in ("circle", "blobs", "plane"):
        d = toy(name, n_samples=n, test_fraction=fraction)
        expected = int(np.floor(n * fraction + 0.5))
        assert d.n_test == min(expected, n - d.n_classes) and d.n_train + d.n_test == n
        assert d.task == "regression" or set(d.y_train.tolist()) == set(range(d.n_classes))
    assert toy("blobs", n_samples=10, test_fraction=0.9).n_test == 7  # 4+3+3 samples, 1 each kept


def test_training_split_is_shuffled_so_a_validation_tail_sees_every_class():
    d = toy("blobs", n_samples=600, test_fraction=0.2)
    tail = d.y_train[-len(d.y_train) // 5:]
    assert set(tail.tolist()) == {0.0, 1.0, 2.0}


# --- drawn points ---------------------------------------------------------------------------------

def test_from_points_binary_and_multiclass():
    rng = np.random.default_rng(0)
    pts = rng.uniform(-5, 5, (20, 2))
    d = from_points(pts, [0, 1] * 10, test_fraction=0.3, seed=1)
    assert_well_formed(d)
    assert (d.task, d.class_names, d.n_train, d.n_test) == ("binary", ("0", "1"), 14, 6)
    assert d.name == "drawn" and d.feature_names == ("x1", "x2")
    x, _ = everything(d)
    drawn = pts.astype(np.float32).astype(np.float64)
    np.testing.assert_array_equal(x[np.lexsort(x.T)], drawn[np.lexsort(drawn.T)])

    labels = np.arange(20) % 5
    d = from_points(pts, labels, seed=1)
    assert d.task == "multiclass" and d.n_classes == 5
    assert set(d.y_train.tolist()) == {0, 1, 2, 3, 4}  # every class kept for training

    d = from_points(pts, np.where(labels < 2, 0, 3), task="multiclass")
    assert d.class_names == ("0", "1", "2", "3")  # the user's colours are kept


def test_from_points_with_two_points_still_splits():
    d = from_points([[0, 0], [1, 1]], [0, 1])
    assert (d.n_train, d.n_test) == (1, 1)
    d = from_points([[0, 0], [1, 1], [2, 2], [3, 3]], [0.5, 1.0, 1.5, 2.0], task="regression")
    assert d.task == "regression" and d.n_train + d.n_test == 4


@pytest.mark.parametrize(("points", "labels", "task", "message"), [
    ([], [], None, "at least two points"),
    ([[0, 0]], [1], None, "at least two points"),
    ([[0, 0], [1, 1], [2, 2]], [1, 1, 1], None, "all points are in class 1"),
    ([[0, 0], [1, 1]], [0, 5], None, "0 to 4"),
    ([[0, 0], [1, 1]], [0, 0.5], None, "0 to 4"),
    ([[0, 0], [1, 1]], [0, 2], "binary", "choose multiclass"),
    ([[0, 0, 0], [1, 1, 1]], [0, 1], None, "shape (n, 2)"),
    ([[0, 0], [1, 1]], [0, 1, 1], None, "one label per point"),
    ([[0, np.nan], [1, 1]], [0, 1], None, "finite"),
    ([["a", 0], [1, 1]], [0, 1], None, "must be numbers"),
])
def test_from_points_refuses_unusable_drawings(points, labels, task, message):
    with pytest.raises(DataError, match=message.replace("(", r"\(").replace(")", r"\)")):
        from_points(points, labels, task)


# --- CSV import -----------------------------------------------------------------------------------

def test_read_csv_good_file(tmp_path):
    path = write(tmp_path, "x1, x2 ,label\n1,2,3\n-1.5, 2e3 ,1\n\n0.25,-0,7\n", "points.csv")
    table = read_csv(path)
    assert isinstance(table, CsvTable)
    assert table.columns == ("x1", "x2", "label") and table.name == "points"
    assert table.values.dtype == np.float64 and table.values.shape == (3, 3)
    np.testing.assert_array_equal(table.values, [[1, 2, 3], [-1.5, 2000, 1], [0.25, 0, 7]])
    np.testing.assert_array_equal(table.column("label"), [3, 1, 7])


@pytest.mark.parametrize("content", [
    b"\xef\xbb\xbfa,b\r\n1,2\r\n3,4\r\n",  # Excel: BOM and CRLF
    b"a;b\n1;2\n3;4\n",  # a semicolon locale
    b"a\tb\n1\t2\n3\t4",  # tabs, no final newline
    b"a,b\r1,2\r3,4\r",  # old Mac line ends
    b'"a","b"\n"1","2"\n3,4\n',  # quoted cells
    b"\n\na,b\n1,2\n\n3,4\n\n",  # blank lines
])
def test_read_csv_common_dialects(tmp_path, content):
    table = read_csv(write(tmp_path, content))
    assert table.columns == ("a", "b")
    np.testing.assert_array_equal(table.values, [[1, 2], [3, 4]])


def test_csv_classification_maps_values_to_sorted_class_indices(tmp_path):
    rows = "\n".join(f"{i},{i * 0.5},{[7, 3, 1][i % 3]}" for i in range(30))
    table = read_csv(write(tmp_path, "a,b,kind\n" + rows + "\n"))
    d = table.to_dataset("kind", "multiclass", test_fraction=0.2, seed=4)
    assert_well_formed(d)
    assert d.class_names == ("1", "3", "7") and d.feature_names == ("a", "b")
    assert (d.n_train, d.n_test) == (24, 6)
    assert np.bincount(d.y_test.astype(int)).tolist() == [2, 2, 2]
    x, y = everything(d)  # row a has kind [7, 3, 1][a % 3]: class index {1: 0, 3: 1, 7: 2}
    np.testing.assert_array_equal(y, [[2, 1, 0][int(a) % 3] for a in x[:, 0]])

    d = read_csv(write(tmp_path, "v,t\n1,0.5\n2,-2.25\n3,0.5\n4,-2.25\n")).to_dataset("t", "binary")
    assert d.class_names == ("-2.25", "0.5")


def test_csv_regression_and_seeds(tmp_path):
    rows = "\n".join(f"{i},{2 * i + 1}" for i in range(50))
    table = read_csv(write(tmp_path, "x,y\n" + rows))
    d = table.to_dataset("y", "regression", test_fraction=0.1, seed=2)
    assert_well_formed(d)
    assert (d.n_train, d.n_test, d.feature_names) == (45, 5, ("x",))
    x, y = everything(d)
    np.testing.assert_array_equal(y, 2 * x[:, 0] + 1)
    again = table.to_dataset("y", "regression", test_fraction=0.1, seed=2)
    np.testing.assert_array_equal(again.x_test, d.x_test)
    other = table.to_dataset("y", "regression", test_fraction=0.1, seed=3)
    assert not np.array_equal(other.x_test, d.x_test)


BAD_FILES = [  # (content, row, column, words in the message)
    (b"", None, None, "empty"),
    (b"\n \n\n", None, None, "empty"),
    (b"1,2,3\n4,5,6\n", 1, None, "no header"),
    (b"age,y\n1,2\n3,4\n5,6\n7,8\n9,10\nabc,1\n", 7, "age", "'abc' is not a number"),
    (b"a,b\n1,2\n3,\n", 3, "b", "empty"),
    (b"a,b\n1,NA\n", 2, "b", "missing"),
    (b"a,b\n1,nan\n", 2, "b", "missing"),
    (b"a,b\n1,inf\n", 2, "b", "not a finite number"),
    (b"a,b\n1,1e39\n", 2, "b", "too large"),
    (b"a;b\n1,5;2\n", 2, "a", "decimal separator"),
    (b"only\n1\n2\n", 1, None, "only one column"),
    (b"a,b\n1,2\n3,4,5\n", 3, None, "3 cells but the header names 2"),
    (b"a,b,c\n1,2,3\n4,5\n", 3, None, "2 cells"),
    (b"a,b\n", 2, None, "no data rows"),
    (b"a,,c\n1,2,3\n", 1, 2, "no name"),
    (b"a,a\n1,2\n", 1, "a", "unique"),
    (b'a,b\n1,2\n"3"x,4\n', 3, None, "structure"),
]


@pytest.mark.parametrize(("content", "row", "column", "words"), BAD_FILES)
def test_read_csv_refuses_malformed_files_naming_row_and_column(tmp_path, content, row, column,
                                                                words):
    with pytest.raises(DataError) as info:
        read_csv(write(tmp_path, content))
    error = info.value
    assert isinstance(error, ValueError)
    assert (error.row, error.column) == (row, column)
    assert words in str(error)
    if row is not None:
        assert str(error).startswith(f"row {row}")
    if isinstance(column, str):
        assert f"column '{column}'" in str(error)


def test_read_csv_names_the_byte_and_row_of_bad_utf8(tmp_path):
    content = b"a,b\n1,2\n3,4\n5,\xe9t\xe9\n"  # Latin-1 "été"
    with pytest.raises(DataError) as info:
        read_csv(write(tmp_path, content))
    assert (info.value.row, info.value.offset) == (4, 14)
    assert str(info.value).startswith("row 4 (byte 14)") and "UTF-8" in str(info.value)
    with pytest.raises(DataError, match="UTF-8"):
        read_csv(write(tmp_path, "é,b\n1,2\n".encode("cp1252")))


def test_read_csv_refuses_unreadable_paths(tmp_path):
    with pytest.raises(DataError, match="cannot read"):
        read_csv(tmp_path / "missing.csv")
    with pytest.raises(DataError, match="cannot read"):
        read_csv(tmp_path)


def test_read_csv_row_limit(tmp_path):
    path = write(tmp_path, "a,b\n1,2\n3,4\n5,6\n")
    assert read_csv(path, max_rows=3).n_rows == 3
    with pytest.raises(DataError, match="more than 2 data rows") as info:
        read_csv(path, max_rows=2)
    assert info.value.row == 4


def test_read_csv_refuses_more_than_a_million_rows(tmp_path):
    assert ds.MAX_ROWS == 1_000_000
    path = write(tmp_path, b"a,b\n" + b"1,2\n" * (ds.MAX_ROWS + 1))
    with pytest.raises(DataError, match="more than 1,000,000 data rows") as info:
        read_csv(path)
    assert info.value.row == ds.MAX_ROWS + 2


def test_to_dataset_refusals(tmp_path):
    many = "\n".join(f"{i},{i}" for i in range(60))
    table = read_csv(write(tmp_path, "x,price\n" + many))
    with pytest.raises(DataError, match=r"60 distinct values.*choose regression") as info:
        table.to_dataset("price", "multiclass")
    assert info.value.column == "price"
    assert table.to_dataset("price", "regression").n_test == 18
    with pytest.raises(DataError, match="no such column") as info:
        table.to_dataset("cost", "regression")
    assert info.value.column == "cost"
    with pytest.raises(DataError, match="binary classification needs exactly 2"):
        read_csv(write(tmp_path, "x,t\n1,0\n2,1\n3,2\n")).to_dataset("t", "binary")
    with pytest.raises(DataError, match="at least two classes"):
        read_csv(write(tmp_path, "x,t\n1,4\n2,4\n")).to_dataset("t", "multiclass")
    with pytest.raises(DataError, match="at least two are needed"):
        read_csv(write(tmp_path, "x,t\n1,4\n")).to_dataset("t", "regression")
    with pytest.raises(ValueError, match="unknown task"):
        table.to_dataset("price", "ordinal")  # type: ignore[arg-type]


def test_number_rule_is_strict():
    assert [to_number(s) for s in ["1", " -2.5 ", "3e2", "+.5", "5."]] == [1, -2.5, 300, .5, 5]
    assert all(to_number(s) is None for s in ["", "nan", "inf", "1_000", "١", "0x10", "1,5"])


CSV_CHARS = st.sampled_from([*'0123456789,;\t\r\n".-+eE aN_', "\ufeff", "é"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.one_of(
    st.binary(max_size=200),
    st.text(CSV_CHARS, max_size=120).map(lambda s: s.encode()),
    st.text(max_size=80).map(lambda s: ("a,b\n" + s).encode("utf-8", "replace")),
    st.binary(max_size=40).map(lambda b: b"a,b\n1,2\n" + b),
))
def test_fuzz_read_csv_gives_a_table_or_a_data_error(tmp_path_factory, data):
    path = tmp_path_factory.getbasetemp() / "fuzz.csv"
    path.write_bytes(data)
    try:
        table = read_csv(path)
    except DataError as error:
        assert str(error)
        return
    assert len(table.columns) >= 2 and table.values.shape == (table.n_rows, len(table.columns))
    assert table.n_rows >= 1 and np.isfinite(table.values).all()
    for task in TASKS:
        with contextlib.suppress(DataError):
            assert_well_formed(table.to_dataset(table.columns[-1], task))


# --- bundled sets ---------------------------------------------------------------------------------

BOSTON_NAMES = ("CRIM", "ZN", "INDUS", "CHAS", "NOX", "RM", "AGE", "DIS", "RAD", "TAX", "PTRATIO",
                "B", "LSTAT")


def test_boston_is_split_like_keras():
    d = load_boston()
    assert_well_formed(d)
    assert (d.task, d.n_train, d.n_test, d.n_features) == ("regression", 404, 102, 13)
    assert d.feature_names == BOSTON_NAMES
    # keras.datasets.boston_housing.load_data(): the well-known first rows of each split
    np.testing.assert_allclose(d.x_train[0], [1.23247, 0.0, 8.14, 0.0, 0.538, 6.142, 91.7,
                                              3.9769, 4.0, 307.0, 21.0, 396.9, 18.72], rtol=1e-6)
    assert d.y_train[0] == pytest.approx(15.2)
    np.testing.assert_allclose(d.x_test[0], [18.0846, 0.0, 18.1, 0.0, 0.679, 6.434, 100.0,
                                             1.8347, 24.0, 666.0, 20.2, 27.25, 29.05], rtol=1e-6)
    assert d.y_test[0] == pytest.approx(7.2)
    _, y = everything(d)
    assert y.min() == pytest.approx(5.0) and y.max() == pytest.approx(50.0)
    assert y.mean() == pytest.approx(22.5328, abs=1e-3)  # MEDV over all 506 rows


def test_digits():
    d = load_digits()
    assert_well_formed(d)
    assert d.n_train + d.n_test == 1797 and d.n_test == 359
    assert (d.n_features, d.n_classes, d.image_shape, d.task) == (64, 10, (8, 8), "multiclass")
    x, y = everything(d)
    assert x.min() == 0 and x.max() == 16 and np.array_equal(x, np.round(x))
    counts = np.bincount(y.astype(int))
    assert counts.tolist() == [178, 182, 177, 183, 181, 182, 181, 179, 174, 180]
    test = np.bincount(d.y_test.astype(int), minlength=10)
    assert np.all(np.abs(test - counts * 359 / 1797) < 1)  # stratified
    assert d.feature_names[0] == "pixel_0_0" and d.feature_names[-1] == "pixel_7_7"
    assert not np.array_equal(load_digits(seed=1).y_test, d.y_test)


def test_bundled_files_are_small():
    files = [p for p in bundled.RESOURCES.iterdir() if p.is_file()]
    assert {p.name for p in files} >= {"boston_house_prices.csv", "digits.csv.gz", "README.md"}
    assert sum(p.stat().st_size for p in files) < 1_000_000
    with gzip.open(bundled.DIGITS_CSV, "rt") as f:
        assert len(f.readline().split(",")) == 65


# --- MNIST from a Keras cache ---------------------------------------------------------------------

@pytest.fixture
def keras_home(tmp_path, monkeypatch):
    home = tmp_path / "keras-home"
    (home / "datasets").mkdir(parents=True)
    monkeypatch.setenv("KERAS_HOME", str(home))
    return home


def fake_mnist(home: Path, n_train: int = 12, n_test: int = 5) -> None:
    rng = np.random.default_rng(0)
    x_train = rng.integers(0, 256, (n_train, 28, 28), dtype=np.uint8)
    x_train[0, 0, 0], x_train[0, 0, 1] = 255, 0
    np.savez_compressed(home / "datasets" / "mnist.npz", x_train=x_train,
                        y_train=np.arange(n_train, dtype=np.uint8) % 10,
                        x_test=rng.integers(0, 256, (n_test, 28, 28), dtype=np.uint8),
                        y_test=np.arange(n_test, dtype=np.uint8) % 10)


def test_mnist_from_a_fake_keras_cache(keras_home):
    assert not mnist_available()
    assert "mnist" not in [info.name for info in ds.available()]
    with pytest.raises(DataError, match="not in the Keras cache"):
        load_mnist()
    fake_mnist(keras_home)
    assert mnist_available() and bundled.mnist_path() == keras_home / "datasets" / "mnist.npz"
    assert "mnist" in [info.name for info in ds.available()]
    d = load_mnist()
    assert_well_formed(d)
    assert (d.n_train, d.n_test, d.n_features, d.image_shape) == (12, 5, 784, (28, 28))
    assert d.class_names == tuple("0123456789") and d.task == "multiclass"
    assert d.x_train[0, 0] == 1.0 and d.x_train[0, 1] == 0.0
    assert d.x_train.min() >= 0.0 and d.x_train.max() <= 1.0
    assert d.y_train.tolist() == [i % 10 for i in range(12)]
    limited = load_mnist(limit=3)
    assert (limited.n_train, limited.n_test) == (3, 3)
    np.testing.assert_array_equal(limited.x_train, d.x_train[:3])
    assert load("mnist").n_train == 12
    with pytest.raises(ValueError, match="limit"):
        load_mnist(limit=0)


def test_mnist_corrupt_cache_is_not_offered(keras_home):
    (keras_home / "datasets" / "mnist.npz").write_bytes(b"not a zip file")
    assert not mnist_available()
    with pytest.raises(DataError, match="cannot be read"):
        load_mnist()
    with zipfile.ZipFile(keras_home / "datasets" / "mnist.npz", "w") as z:
        z.writestr("other.npy", b"")
    assert not mnist_available()


def test_mnist_wrong_shapes_are_refused(keras_home):
    np.savez(keras_home / "datasets" / "mnist.npz", x_train=np.zeros((2, 8, 8)),
             y_train=np.zeros(2), x_test=np.zeros((2, 8, 8)), y_test=np.zeros(2))
    with pytest.raises(DataError, match="28×28"):
        load_mnist()


def test_keras_home_defaults_to_dot_keras(monkeypatch, tmp_path):
    monkeypatch.delenv("KERAS_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    assert bundled.keras_cache_dir() == tmp_path / ".keras"


# --- standardisation ------------------------------------------------------------------------------

def make(x_train, x_test, y_train=None, y_test=None) -> Dataset:
    x_train, x_test = np.asarray(x_train, np.float32), np.asarray(x_test, np.float32)
    return Dataset("t", "T", "regression", x_train,
                   np.zeros(len(x_train), np.float32) if y_train is None else y_train,
                   x_test, np.zeros(len(x_test), np.float32) if y_test is None else y_test,
                   feature_names=("a", "b", "c"))


def test_standardize_uses_training_statistics_only():
    rng = np.random.default_rng(0)
    train = rng.normal([10, -3, 5], [2, 0.5, 0], (500, 3))
    test = rng.normal([100, 7, 5], [30, 9, 0], (200, 3))  # a very different test set
    s = standardize(make(train, test))
    assert_well_formed(s)
    np.testing.assert_allclose(s.x_train[:, :2].mean(axis=0), 0, atol=1e-5)
    np.testing.assert_allclose(s.x_train[:, :2].std(axis=0), 1, atol=1e-4)
    mean, std = s.standardization
    np.testing.assert_allclose(mean, train.mean(axis=0), rtol=1e-6)
    np.testing.assert_allclose(std[:2], train.std(axis=0)[:2], rtol=1e-5)
    assert std[2] == 1.0 and (s.x_train[:, 2] == 0).all()  # constant feature: std 0 → 1
    np.testing.assert_allclose(s.x_test, (test - mean) / std, rtol=1e-5, atol=1e-5)
    assert s.x_test[:, 0].mean() > 20  # the test set is not re-centred
    # changing only the test data changes nothing about the statistics: no leak
    other = standardize(make(train, test * 3 + 1))
    np.testing.assert_array_equal(other.standardization[0], mean)
    np.testing.assert_array_equal(other.standardization[1], std)
    np.testing.assert_array_equal(other.x_train, s.x_train)


def test_standardize_keeps_labels_and_transform_matches():
    d = toy("circle", n_samples=100, seed=3)
    s = standardize(d)
    assert s.standardization is not None and d.standardization is None
    np.testing.assert_array_equal(s.y_train, d.y_train)
    np.testing.assert_array_equal(s.y_test, d.y_test)
    np.testing.assert_allclose(s.transform(d.x_test), s.x_test, atol=1e-6)
    np.testing.assert_array_equal(d.transform(d.x_test), d.x_test)
    assert standardize(s) is s
    assert load("circle", standardized=True).standardization is not None


# --- registry and load() --------------------------------------------------------------------------

def test_registry_lists_every_data_set_in_order():
    names = list(DATASETS)
    assert names[:6] == ["and", "or", "nand", "nor", "xor", "xnor"]
    assert names[6:13] == TOYS
    assert names[13:] == ["boston", "digits", "mnist"]
    kinds = {info.kind for info in DATASETS.values()}
    assert kinds == {"gate", "toy", "bundled", "mnist"}
    for name, info in DATASETS.items():
        assert info.name == name and info.title and info.description
        assert info.has_noise == info.has_size == (info.kind == "toy")
    assert DATASETS["digits"].has_split and not DATASETS["boston"].has_split


@pytest.mark.parametrize("name", [n for n in DATASETS if n != "mnist"])
def test_every_registered_set_loads_with_its_task(name):
    d = load(name, n_samples=50, noise=0.05, test_fraction=0.2, seed=1)
    assert_well_formed(d)
    assert d.task == DATASETS[name].task and d.name == name


@pytest.mark.parametrize(("options", "message"), [
    ({"noise": 0.6}, "noise must be between 0 and 0.5"),
    ({"noise": -0.1}, "noise"),
    ({"noise": float("nan")}, "noise"),
    ({"test_fraction": 0.05}, "test_fraction must be between 0.1 and 0.9"),
    ({"test_fraction": 0.95}, "test_fraction"),
    ({"n_samples": 9}, "n_samples must be between 10 and 10,000"),
    ({"n_samples": 10_001}, "n_samples"),
    ({"n_samples": 100.5}, "whole number"),
    ({"n_samples": True}, "whole number"),
    ({"seed": -1}, "seed"),
    ({"noise": "a lot"}, "must be a number"),
])
def test_load_refuses_out_of_range_options(options, message):
    with pytest.raises(ValueError, match=message):
        load("circle", **options)
    with pytest.raises(ValueError, match=message):
        load("boston", **options)  # checked even where the option is unused


def test_load_refuses_unknown_names():
    with pytest.raises(ValueError, match="unknown data set 'cirlce'; choose one of and, or"):
        load("cirlce")
    with pytest.raises(ValueError, match="unknown toy set"):
        toy("and")
    assert load(" Circle ").name == "circle"


def test_option_edges_are_accepted():
    assert load("circle", n_samples=10, noise=0.0, test_fraction=0.1).n_test == 1
    assert load("spiral", n_samples=10_000, noise=0.5, test_fraction=0.9).n_test == 9000
