"""Activations and losses agree with Keras (float64), their derivatives with finite differences.

Tolerances: 1e-6 relative everywhere, plus an absolute 1e-12 floor for two documented Keras
quirks — TensorFlow's float64 ``erfc`` loses ~1e-6 relative in gelu's far tail (values below
1e-13; ours matches an arbitrary-precision erfc), and ``keras.losses.log_cosh`` subtracts log 2
computed in float32 (a 2e-9 offset, so it gets an absolute 1e-8).
"""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pytest

from explorer.core.functions import (
    ACTIVATIONS,
    EPSILON,
    LOSSES,
    BatchError,
    evaluate_batch,
    get_activation,
    get_loss,
    parse_batch,
    path_gradients,
    path_summary,
    sweep,
)
from explorer.core.functions.activations import (
    MAX_DEPTH,
    SELU_ALPHA,
    SELU_SCALE,
    softmax,
    softmax_jacobian,
)

RTOL, ATOL = 1e-6, 1e-12
EXTREMES = np.array([-1e4, -50.0, -1e-9, 0.0, 1e-9, 50.0, 1e4])
PARAM_SETS = {
    "leaky_relu": [{}, {"negative_slope": 0.05}, {"negative_slope": 0.9}],
    "elu": [{}, {"alpha": 0.4}, {"alpha": 2.5}],
    "gelu": [{}, {"approximate": True}],
}
ACTIVATION_CASES = [(name, params) for name in ACTIVATIONS
                    for params in PARAM_SETS.get(name, [{}])]
KERAS_CASES = [(n, p) for n, p in ACTIVATION_CASES if ACTIVATIONS[n].keras]


def _keras():
    return pytest.importorskip("keras")


def _tf():
    return pytest.importorskip("tensorflow")


def _inputs(seed: int = 0, n: int = 2000) -> np.ndarray:
    return np.random.default_rng(seed).normal(0.0, 4.0, n)


def _away_from_kinks(x: np.ndarray, kinks: tuple[float, ...], gap: float = 1e-3) -> np.ndarray:
    keep = np.ones_like(x, dtype=bool)
    for k in kinks:
        keep &= np.abs(x - k) > gap
    return x[keep]


# --- the contract -----------------------------------------------------------------------------

def test_every_function_of_the_issue_is_there():
    assert set(ACTIVATIONS) == {
        "step", "sigmoid", "hard_sigmoid", "tanh", "relu", "leaky_relu", "relu6", "elu", "selu",
        "gelu", "silu", "softplus", "softsign", "exponential", "linear"}
    assert set(LOSSES) == {
        "mse", "rmse", "mae", "huber", "log_cosh", "binary_crossentropy",
        "categorical_crossentropy", "sparse_categorical_crossentropy", "hinge", "squared_hinge"}
    assert get_activation("swish") is ACTIVATIONS["silu"]
    assert get_loss("mean_squared_error") is LOSSES["mse"]
    with pytest.raises(ValueError, match="unknown activation"):
        get_activation("relu7")


def test_descriptions_and_slider_ranges():
    for f in ACTIVATIONS.values():
        assert f.title and f.formula and f.derivative_formula and f.output_range
        for p in f.params:
            assert isinstance(p.default, bool) or p.minimum <= p.default <= p.maximum
    for loss in LOSSES.values():
        assert loss.formula and loss.gradient_formula and loss.output_activation
        assert loss.problem in ("regression", "binary", "multiclass_onehot",
                                "multiclass_integer")
    assert ACTIVATIONS["leaky_relu"].defaults() == {"negative_slope": 0.2}
    assert ACTIVATIONS["gelu"].defaults() == {"approximate": False}
    assert LOSSES["huber"].defaults() == {"delta": 1.0}
    assert LOSSES["binary_crossentropy"].activation_for() == "sigmoid"
    assert LOSSES["binary_crossentropy"].activation_for(from_logits=True).startswith("linear")


def test_unknown_keyword_is_an_error_not_ignored():
    with pytest.raises(TypeError, match="negative_slope"):
        ACTIVATIONS["leaky_relu"].value(1.0, alpha=0.3)
    with pytest.raises(TypeError, match="delta"):
        LOSSES["mse"].value([1.0], [2.0], delta=2.0)


# --- activations ------------------------------------------------------------------------------

@pytest.mark.keras
@pytest.mark.parametrize(("name", "params"), KERAS_CASES)
def test_activation_matches_keras(name, params):
    keras = _keras()
    x = np.concatenate([_inputs(), EXTREMES])
    ours = ACTIVATIONS[name].value(x, **params)
    theirs = np.asarray(getattr(keras.activations, name)(x, **params))
    assert theirs.dtype == np.float64
    np.testing.assert_array_equal(np.isfinite(ours), np.isfinite(theirs))
    finite = np.isfinite(theirs)
    np.testing.assert_allclose(ours[finite], theirs[finite], rtol=RTOL, atol=ATOL)


@pytest.mark.keras
@pytest.mark.parametrize(("name", "params"), KERAS_CASES)
def test_derivative_matches_tensorflow_autodiff_including_kinks(name, params):
    tf = _tf()
    keras = _keras()
    f = ACTIVATIONS[name]
    x = np.concatenate([_inputs(1, 500), EXTREMES, f.kinks])
    tensor = tf.constant(x)
    with tf.GradientTape() as tape:
        tape.watch(tensor)
        y = getattr(keras.activations, name)(tensor, **params)
    theirs = tape.gradient(y, tensor).numpy()
    ours = f.derivative(x, **params)
    np.testing.assert_array_equal(np.isfinite(ours), np.isfinite(theirs))
    finite = np.isfinite(theirs)
    # TF's gradient of erfc is ~5e-9 off in absolute terms (ours agrees with an arbitrary-
    # precision erfc to 1e-14); gelu′ crosses 0 near x = −0.75, so that shows as relative error.
    atol = 1e-8 if name == "gelu" else ATOL
    np.testing.assert_allclose(ours[finite], theirs[finite], rtol=RTOL, atol=atol)


@pytest.mark.parametrize(("name", "params"), ACTIVATION_CASES)
def test_derivative_matches_central_differences(name, params):
    f = ACTIVATIONS[name]
    x = _away_from_kinks(np.random.default_rng(2).uniform(-8, 8, 400), f.kinks)
    h = 1e-6
    numeric = (f.value(x + h, **params) - f.value(x - h, **params)) / (2 * h)
    np.testing.assert_allclose(f.derivative(x, **params), numeric, rtol=1e-6, atol=1e-8)


def test_extreme_inputs_are_finite_except_the_exponential():
    for name, f in ACTIVATIONS.items():
        value, slope = f.value(EXTREMES), f.derivative(EXTREMES)
        if name == "exponential":  # e^10000 is inf in Keras as well
            assert np.isinf(value[-1]) and np.all(np.isfinite(value[:-1]))
        elif name == "step":
            assert np.isnan(slope[3]) and np.all(slope[np.arange(7) != 3] == 0)
        else:
            assert np.all(np.isfinite(value)) and np.all(np.isfinite(slope)), name


def test_step_is_the_perceptron_threshold():
    f = ACTIVATIONS["step"]
    np.testing.assert_array_equal(f.value([-1.0, 0.0, 2.0]), [0.0, 0.0, 1.0])
    assert not f.keras


def test_selu_constants_and_hard_sigmoid_definition():
    assert ACTIVATIONS["selu"].value(1.0) == pytest.approx(SELU_SCALE)
    assert ACTIVATIONS["selu"].value(-50.0) == pytest.approx(-SELU_SCALE * SELU_ALPHA)
    np.testing.assert_allclose(ACTIVATIONS["hard_sigmoid"].value([-3.0, 0.0, 1.5, 3.0]),
                               [0.0, 0.5, 0.75, 1.0])


# --- softmax ----------------------------------------------------------------------------------

@pytest.mark.keras
def test_softmax_matches_keras_with_extremes():
    keras = _keras()
    z = np.random.default_rng(3).normal(0, 5, (20, 6))
    z[0] = [1e4, -1e4, 0, 0, 1e4, 3]
    np.testing.assert_allclose(softmax(z), np.asarray(keras.activations.softmax(z)),
                               rtol=RTOL, atol=ATOL)
    np.testing.assert_allclose(softmax(z, temperature=2.5),
                               np.asarray(keras.activations.softmax(z / 2.5)), rtol=RTOL,
                               atol=ATOL)
    assert np.all(np.isfinite(softmax(z)))


@pytest.mark.parametrize("temperature", [1.0, 0.3, 4.0])
def test_softmax_jacobian_matches_finite_differences(temperature):
    z = np.random.default_rng(4).normal(0, 2, 5)
    h = 1e-6
    numeric = np.empty((5, 5))
    for j in range(5):
        step = np.zeros(5)
        step[j] = h
        numeric[:, j] = (softmax(z + step, temperature) - softmax(z - step, temperature)) / (2 * h)
    jac = softmax_jacobian(z, temperature)
    np.testing.assert_allclose(jac, numeric, rtol=1e-6, atol=1e-9)
    np.testing.assert_allclose(jac.sum(axis=0), 0.0, atol=1e-12)


def test_softmax_temperature_limits():
    z = np.array([2.0, 1.0, 0.1])
    assert softmax(z, 0.01).argmax() == 0 and softmax(z, 0.01)[0] > 0.999
    np.testing.assert_allclose(softmax(z, 1e6), 1 / 3, atol=1e-6)
    with pytest.raises(ValueError, match="temperature"):
        softmax(z, 0.0)


# --- losses -----------------------------------------------------------------------------------

def _loss_data(seed: int = 5, batch: int = 8, k: int = 4) -> dict[str, tuple]:
    """(y_true, y_pred) per loss and setting, with points away from kinks and clip edges."""
    rng = np.random.default_rng(seed)
    t = rng.normal(size=(batch, k))
    e = rng.choice([-1, 1], (batch, k)) * rng.uniform(0.05, 3.0, (batch, k))
    e[np.abs(np.abs(e) - 1.0) < 0.05] += 0.1  # away from huber's δ = 1
    binary = rng.integers(0, 2, (batch, k)).astype(float)
    probs = rng.uniform(0.05, 0.95, (batch, k))
    onehot = np.eye(k)[rng.integers(0, k, batch)]
    dist = rng.dirichlet(np.ones(k) * 3, batch) * 0.9 + 0.1 / k
    logits = rng.normal(0, 3, (batch, k))
    scores = np.where(np.abs(1 - np.abs(logits)) < 0.05, logits * 1.2, logits)
    return {
        "mse": [(t, t + e, {})], "rmse": [(t, t + e, {})], "mae": [(t, t + e, {})],
        "huber": [(t, t + e, {}), (t, t + e, {"delta": 0.4})], "log_cosh": [(t, t + e, {})],
        "binary_crossentropy": [(binary, probs, {}), (binary, logits, {"from_logits": True})],
        "categorical_crossentropy": [(onehot, dist * 1.7, {}),
                                     (onehot, logits, {"from_logits": True})],
        "sparse_categorical_crossentropy": [(onehot.argmax(1), dist, {}),
                                            (onehot.argmax(1), logits, {"from_logits": True})],
        "hinge": [(binary, scores, {}), (2 * binary - 1, scores, {})],
        "squared_hinge": [(binary, scores, {}), (2 * binary - 1, scores, {})],
    }


LOSS_CASES = [(name, i) for name, cases in _loss_data().items() for i in range(len(cases))]


def _keras_loss(keras, name: str, y_true, y_pred, params) -> np.ndarray:
    if name == "rmse":  # not a Keras loss function: √ of Keras's per-sample mse
        return np.sqrt(np.asarray(keras.losses.mean_squared_error(y_true, y_pred)))
    function = getattr(keras.losses, LOSSES[name].keras_function)
    return np.asarray(function(y_true, y_pred, **params))


@pytest.mark.keras
@pytest.mark.parametrize(("name", "case"), LOSS_CASES)
def test_loss_matches_keras(name, case):
    keras = _keras()
    y_true, y_pred, params = _loss_data()[name][case]
    theirs = _keras_loss(keras, name, y_true, y_pred, params)
    ours = LOSSES[name].value(y_true, y_pred, **params)
    assert ours.shape == theirs.shape == (8,)
    np.testing.assert_allclose(ours, theirs, rtol=RTOL, atol=1e-8 if name == "log_cosh" else ATOL)


@pytest.mark.parametrize(("name", "case"), LOSS_CASES)
def test_loss_gradient_matches_central_differences(name, case):
    y_true, y_pred, params = _loss_data()[name][case]
    loss = LOSSES[name]
    h = 1e-6
    numeric = np.empty_like(y_pred)
    for index in np.ndindex(y_pred.shape):
        up, down = y_pred.copy(), y_pred.copy()
        up[index] += h
        down[index] -= h
        row = index[0]
        numeric[index] = (loss.value(y_true, up, **params)[row] -
                          loss.value(y_true, down, **params)[row]) / (2 * h)
    np.testing.assert_allclose(loss.gradient(y_true, y_pred, **params), numeric,
                               rtol=1e-6, atol=1e-8)


EXTREME_LOSS_CASES = {
    "binary_crossentropy": [
        (np.array([[1.0, 0.0, 1.0, 0.0]]), np.array([[0.0, 1.0, 1.0, 0.0]]), {}),
        (np.array([[1.0, 0.0, 1.0, 0.0]]), np.array([[-1e4, 1e4, 1e4, -1e4]]),
         {"from_logits": True})],
    "categorical_crossentropy": [
        (np.array([[1.0, 0, 0], [0, 1, 0]]), np.array([[0.0, 1, 0], [0, 1, 0]]), {}),
        (np.array([[1.0, 0, 0], [0, 1, 0]]), np.array([[-1e4, 1e4, 0], [0, 1e4, -1e4]]),
         {"from_logits": True})],
    "sparse_categorical_crossentropy": [
        (np.array([0, 1]), np.array([[0.0, 1, 0], [0, 1, 0]]), {}),
        (np.array([0, 1]), np.array([[-1e4, 1e4, 0], [0, 1e4, -1e4]]), {"from_logits": True})],
    "mse": [(np.array([[1e4, -1e4]]), np.array([[-1e4, 1e4]]), {})],
    "huber": [(np.array([[1e4, -1e4]]), np.array([[-1e4, 1e4]]), {})],
    "log_cosh": [(np.array([[1e4, -1e4]]), np.array([[-1e4, 1e4]]), {})],
    "hinge": [(np.array([[1.0, 0.0]]), np.array([[-1e4, 1e4]]), {})],
    "squared_hinge": [(np.array([[1.0, 0.0]]), np.array([[-1e4, 1e4]]), {})],
}


@pytest.mark.keras
@pytest.mark.parametrize(("name", "case"), [(n, i) for n, c in EXTREME_LOSS_CASES.items()
                                            for i in range(len(c))])
def test_extreme_inputs_give_keras_values_and_gradients(name, case):
    keras, tf = _keras(), _tf()
    y_true, y_pred, params = EXTREME_LOSS_CASES[name][case]
    ours = LOSSES[name].value(y_true, y_pred, **params)
    theirs = _keras_loss(keras, name, y_true, y_pred, params)
    assert np.all(np.isfinite(ours))
    np.testing.assert_allclose(ours, theirs, rtol=RTOL, atol=1e-8)
    tensor = tf.constant(y_pred)
    with tf.GradientTape() as tape:
        tape.watch(tensor)
        total = tf.reduce_sum(getattr(keras.losses, LOSSES[name].keras_function)(
            y_true, tensor, **params))
    gradient = LOSSES[name].gradient(y_true, y_pred, **params)
    assert np.all(np.isfinite(gradient))
    np.testing.assert_allclose(gradient, tape.gradient(total, tensor).numpy(), rtol=RTOL,
                               atol=ATOL)


def test_crossentropy_is_clipped_at_epsilon():
    bce = LOSSES["binary_crossentropy"]
    assert bce.value([[1.0]], [[0.0]])[0] == pytest.approx(-np.log(EPSILON))
    assert bce.gradient([[1.0]], [[0.0]])[0, 0] == 0.0  # the clip stops the gradient
    assert bce.gradient([[1.0]], [[1e-3]])[0, 0] == pytest.approx(-1e3)


def test_shapes_and_labels_are_checked():
    with pytest.raises(ValueError, match="shape"):
        LOSSES["mse"].value(np.zeros((2, 3)), np.zeros((2, 2)))
    assert LOSSES["mse"].value(np.zeros(4), np.ones((4, 1))).shape == (4,)
    with pytest.raises(ValueError, match="labels"):
        LOSSES["sparse_categorical_crossentropy"].value([0, 3], np.full((2, 3), 1 / 3))


# --- the batch table --------------------------------------------------------------------------

def test_parse_batch_names_the_bad_cell():
    y_true, y_pred = parse_batch([("1, 0, 0", "[0.7 0.2 0.1]"), ("0 1 0", "0.1;0.8;0.1")])
    assert y_true.shape == y_pred.shape == (2, 3)
    with pytest.raises(BatchError, match=r"row 2, y_pred: 'o\.8' is not a number") as info:
        parse_batch([("1, 0", "0.3, 0.7"), ("0, 1", "0.2, o.8")])
    assert (info.value.row, info.value.column) == (1, 1)
    with pytest.raises(BatchError, match="row 2, y_true has 3 numbers but row 1 has 2"):
        parse_batch([("1, 0", "0.3, 0.7"), ("0, 1, 0", "0.2, 0.8")])
    with pytest.raises(BatchError, match="is empty"):
        parse_batch([("", "1")])
    with pytest.raises(BatchError, match="finite"):
        parse_batch([("nan", "1")])


def test_evaluate_batch_applies_only_the_fitting_losses():
    results = {r.label: r for r in evaluate_batch(*parse_batch([("1 0 0", "0.7 0.2 0.1"),
                                                                ("0 0 1", "0.2 0.3 0.5")]))}
    assert results["categorical_crossentropy"].mean == pytest.approx(
        np.mean([-np.log(0.7), -np.log(0.5)]))
    assert results["sparse_categorical_crossentropy"].values is None
    assert "integer label" in results["sparse_categorical_crossentropy"].reason
    assert results["mse"].values is not None
    sparse = {r.label: r for r in evaluate_batch(*parse_batch([("2", "0.1 0.2 0.7")]))}
    assert sparse["sparse_categorical_crossentropy"].mean == pytest.approx(-np.log(0.7))
    assert "same number" in sparse["mse"].reason
    logits = {r.label: r for r in evaluate_batch(*parse_batch([("1", "2.5"), ("0", "-1")]))}
    assert "from_logits" in logits["binary_crossentropy"].reason
    assert logits["binary_crossentropy (from_logits=True)"].values is not None
    assert logits["hinge"].values is not None


def test_sweeps_cover_each_target():
    s = sweep("value", value=2.0, half_width=1.0, points=11)
    assert s.x[0] == 1.0 and s.x[-1] == 3.0 and "mse" in s.losses
    s = sweep("class", label=1)
    assert s.x[0] == 0.0 and s.x[-1] == 1.0 and s.x[1] < 1e-8
    values = LOSSES["binary_crossentropy"].value(s.y_true, s.y_pred)
    assert np.all(np.isfinite(values)) and values[0] == pytest.approx(-np.log(EPSILON))
    s = sweep("onehot", label=2, classes=4)
    np.testing.assert_allclose(s.y_pred.sum(axis=1), 1.0)
    assert np.all(s.y_pred[:, 2] == s.x)
    with pytest.raises(ValueError, match="unknown target"):
        sweep("ranking")


# --- vanishing gradients ----------------------------------------------------------------------

def test_path_gradients_are_products_of_derivatives():
    products = path_gradients("sigmoid", 30, 100, seed=1)
    assert products.shape == (100, 30)
    assert np.all(products[:, -1] <= 0.25 ** 30)
    assert np.all(np.diff(products, axis=1) <= 0)
    np.testing.assert_array_equal(products, path_gradients("sigmoid", 30, 100, seed=1))
    relu = path_gradients("relu", 10, 500, seed=1)
    assert set(np.unique(relu)) <= {0.0, 1.0}
    median, dead = path_summary(relu)
    assert dead[0] == pytest.approx(0.5, abs=0.06) and dead[-1] > 0.99 and median[-1] == 0
    tanh = path_gradients("tanh", 10, 500, seed=1)
    assert np.median(tanh[:, -1]) > np.median(products[:, 9])  # tanh vanishes more slowly
    shifted = path_gradients("relu", 10, 500, center=3.0, seed=1)
    assert path_summary(shifted)[1][-1] < 0.1  # positive inputs keep ReLU paths alive
    with pytest.raises(ValueError, match="depth"):
        path_gradients("relu", MAX_DEPTH + 1)
    with pytest.raises(ValueError, match="distribution"):
        path_gradients("relu", 3, distribution="cauchy")


def test_core_functions_do_not_import_qt_or_tensorflow():
    code = ("import sys, explorer.core.functions; "
            "bad = [m for m in ('PySide6', 'pyqtgraph', 'tensorflow', 'keras') "
            "if m in sys.modules]; print(bad); sys.exit(1 if bad else 0)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            cwd=str(__import__("pathlib").Path(__file__).parents[2]))
    assert result.returncode == 0, result.stdout + result.stderr
