"""The Perceptron Lab's core: gates, the classic rule, its geometry, and the XOR network."""

from __future__ import annotations

import numpy as np
import pytest

from explorer.core.perceptron import (
    DEFAULT_VIEW,
    GATES,
    PRESETS,
    Gate,
    Line,
    Perceptron,
    TwoLayerNet,
    decision_line,
    half_plane_polygons,
    iter_mlp_training,
    train,
    train_mlp,
    weight_region,
    which_side_when_flat,
)
from explorer.core.perceptron import network as mlp

SEPARABLE = ["and", "or", "nand", "nor"]
NOT_SEPARABLE = ["xor", "xnor"]
X = np.array([[0, 0], [0, 1], [1, 0], [1, 1]], dtype=float)
XOR = np.array([0, 1, 1, 0])


def shoelace(poly: np.ndarray) -> float:
    """Signed area (positive for counter-clockwise), written out independently of the module."""
    if len(poly) == 0:
        return 0.0
    total = 0.0
    for i in range(len(poly)):
        x0, y0 = poly[i]
        x1, y1 = poly[(i + 1) % len(poly)]
        total += x0 * y1 - x1 * y0
    return total / 2


def inside_convex(poly: np.ndarray, pt: np.ndarray, tol: float = 1e-9) -> bool:
    """Point in a counter-clockwise convex polygon: left of (or on) every edge."""
    for i in range(len(poly)):
        a, b = poly[i], poly[(i + 1) % len(poly)]
        if (b[0] - a[0]) * (pt[1] - a[1]) - (b[1] - a[1]) * (pt[0] - a[0]) < -tol:
            return False
    return len(poly) > 0


# --- gates ---


def test_gates_truth_tables_in_order() -> None:
    assert list(GATES) == ["and", "or", "nand", "nor", "xor", "xnor"]
    expected = {
        "and": [0, 0, 0, 1], "or": [0, 1, 1, 1], "nand": [1, 1, 1, 0],
        "nor": [1, 0, 0, 0], "xor": [0, 1, 1, 0], "xnor": [1, 0, 0, 1],
    }
    for name, gate in GATES.items():
        assert gate.name == name and gate.title == name.upper()
        assert gate.inputs.shape == (4, 2) and gate.inputs.dtype == float
        np.testing.assert_array_equal(gate.inputs, X)
        assert gate.targets.tolist() == expected[name]
        assert gate.linearly_separable == (name in SEPARABLE)
    with pytest.raises(ValueError):
        GATES["and"].targets[0] = 1  # read-only: a lab cannot corrupt the table


def test_unknown_gate_and_bad_settings_are_clear_errors() -> None:
    with pytest.raises(ValueError, match="unknown gate 'nandd'"):
        train("nandd")
    with pytest.raises(ValueError, match="learning rate"):
        train("and", learning_rate=0)
    with pytest.raises(ValueError, match="epochs"):
        train("and", epochs=0)
    assert train("AND").converged  # names are case-insensitive


# --- the model and one step of the rule ---


def test_step_fires_at_exactly_zero_and_output_is_vectorised() -> None:
    p = Perceptron(np.array([1.0, 1.0]), -1.0)
    assert p.output(X).tolist() == [0, 1, 1, 1]  # (0,1) and (1,0) have net exactly 0
    assert p.net(X).tolist() == [-1.0, 0.0, 0.0, 1.0]
    assert int(p.output([1.0, 1.0])) == 1
    assert Perceptron(np.zeros(2), 0.0).output(X).tolist() == [1, 1, 1, 1]
    q, u = p.step_sample([0.0, 1.0], 0, 0.5)  # the rule sees the same step: net 0 → y = 1
    assert u.net == 0.0 and u.y == 1 and u.changed
    assert q.weights.tolist() == [1.0, 0.5] and q.bias == -1.5


def test_step_sample_by_hand_and_pure() -> None:
    p = Perceptron(np.array([0.2, -0.1]), 0.0)
    q, u = p.step_sample([1.0, 1.0], 0, 0.5, epoch=3, index=2)
    # net = 0.2 - 0.1 + 0 = 0.1 ≥ 0 → y = 1; d − y = −1; Δw = 0.5·(−1)·(1, 1)
    assert (u.epoch, u.index, u.d, u.y) == (3, 2, 0, 1)
    assert u.net == pytest.approx(0.1)
    assert u.delta_w.tolist() == [-0.5, -0.5] and u.delta_b == -0.5
    assert q.weights.tolist() == pytest.approx([-0.3, -0.6]) and q.bias == -0.5
    assert u.weights_before.tolist() == [0.2, -0.1] and u.bias_before == 0.0
    assert u.weights_after.tolist() == pytest.approx([-0.3, -0.6]) and u.bias_after == -0.5
    assert p.weights.tolist() == [0.2, -0.1] and p.bias == 0.0  # the original is untouched
    r, v = q.step_sample([0.0, 1.0], 0, 0.5)  # net = −0.6 − 0.5 < 0 → y = 0 = d: no change
    assert not v.changed and v.delta_w.tolist() == [0.0, 0.0] and v.delta_b == 0.0
    assert r.weights.tolist() == q.weights.tolist() and r.bias == q.bias


def test_seeded_initial_weights_are_uniform_w1_w2_b() -> None:
    p = Perceptron.random(0)
    assert p.weights.tolist() == pytest.approx([0.27392337, -0.46042657], abs=1e-8)
    assert p.bias == pytest.approx(-0.91805295, abs=1e-8)
    w1, w2, b = np.random.default_rng(7).uniform(-1, 1, size=3)
    assert train("and", seed=7).initial.weights.tolist() == [w1, w2]
    assert train("and", seed=7).initial.bias == b


# --- training ---


def test_hand_worked_and_seed_0() -> None:
    """AND from seed 0, η = 0.05, the updates worked out by hand from the seeded start."""
    run = train("and", seed=0)
    h = run.history
    # Epoch 1: rows 0..2 have negative nets and target 0 (no change); row (1,1) has
    # net = 0.27392337 − 0.46042657 − 0.91805295 = −1.10455615 → y = 0, d = 1: add 0.05.
    assert [u.y for u in h[:4]] == [0, 0, 0, 0]
    assert [u.changed for u in h[:4]] == [False, False, False, True]
    assert h[3].net == pytest.approx(-1.10455615, abs=1e-8)
    assert h[3].weights_after.tolist() == pytest.approx([0.32392337, -0.41042657], abs=1e-8)
    assert h[3].bias_after == pytest.approx(-0.86805295, abs=1e-8)
    # Epoch 2: same pattern, net(1,1) = 0.32392337 − 0.41042657 − 0.86805295 = −0.95455615.
    assert h[7].net == pytest.approx(-0.95455615, abs=1e-8)
    assert h[7].weights_after.tolist() == pytest.approx([0.37392337, -0.36042657], abs=1e-8)
    # After 7 such epochs w = (0.62392337, −0.11042657), b = −0.56805295, so in epoch 8 the
    # row (1,0) has net 0.62392337 − 0.56805295 = 0.05587042 ≥ 0 → y = 1, d = 0: subtract.
    u = h[4 * 7 + 2]
    assert (u.epoch, u.index, u.y, u.d) == (8, 2, 1, 0)
    assert u.net == pytest.approx(0.05587042, abs=1e-8)
    assert u.weights_after.tolist() == pytest.approx([0.57392337, -0.11042657], abs=1e-8)
    assert u.bias_after == pytest.approx(-0.61805295, abs=1e-8)
    # Then (1,1): 0.57392337 − 0.11042657 − 0.61805295 = −0.15455615 → y = 0, d = 1: add.
    assert h[4 * 7 + 3].net == pytest.approx(-0.15455615, abs=1e-8)
    assert run.errors_per_epoch[:8] == [1, 1, 1, 1, 1, 1, 1, 2]
    assert run.converged and run.epochs_run == 13
    assert run.weights.tolist() == pytest.approx([0.57392337, 0.08957343], abs=1e-8)
    assert run.bias == pytest.approx(-0.61805295, abs=1e-8)
    assert run.message == "Converged after 13 epochs: every row is right."


@pytest.mark.parametrize("name", SEPARABLE)
def test_separable_gates_converge_for_50_seeds_and_history_replays(name: str) -> None:
    gate = GATES[name]
    for seed in range(50):
        run = train(name, learning_rate=0.05, epochs=100, seed=seed)
        assert run.converged and run.epochs_run <= 100, (name, seed)
        assert not run.cycles and run.cycle_start is None and run.linearly_separable
        assert run.errors_per_epoch[-1] == 0 and all(e > 0 for e in run.errors_per_epoch[:-1])
        assert run.perceptron.evaluate(gate).solved
        assert len(run.history) == 4 * run.epochs_run
        # Replay the rule from the initial weights with our own arithmetic.
        w = [float(run.initial.weights[0]), float(run.initial.weights[1])]
        b = run.initial.bias
        wrong = [0] * run.epochs_run
        for k, u in enumerate(run.history):
            assert (u.epoch, u.index) == (k // 4 + 1, k % 4)
            x, d = gate.inputs[u.index], int(gate.targets[u.index])
            assert u.x.tolist() == x.tolist() and u.d == d
            assert u.weights_before.tolist() == pytest.approx(w, abs=1e-12)
            assert u.bias_before == pytest.approx(b, abs=1e-12)
            y = 1 if w[0] * x[0] + w[1] * x[1] + b >= 0 else 0
            assert u.y == y
            w = [w[0] + 0.05 * (d - y) * x[0], w[1] + 0.05 * (d - y) * x[1]]
            b = b + 0.05 * (d - y)
            assert u.weights_after.tolist() == pytest.approx(w, abs=1e-12)
            assert u.bias_after == pytest.approx(b, abs=1e-12)
            assert u.delta_w.tolist() == pytest.approx([0.05 * (d - y) * x[0],
                                                        0.05 * (d - y) * x[1]])
            wrong[u.epoch - 1] += y != d
        assert wrong == run.errors_per_epoch
        assert run.weights.tolist() == pytest.approx(w, abs=1e-12)
        assert run.bias == pytest.approx(b, abs=1e-12)


def test_step_sample_reproduces_train() -> None:
    """The UI steps one sample at a time; it must land exactly where `train` does."""
    run = train("nor", seed=3)
    p = run.initial
    for u in run.history:
        p, v = p.step_sample(u.x, u.d, 0.05, epoch=u.epoch, index=u.index)
        assert v.y == u.y
    assert p.weights.tolist() == run.weights.tolist() and p.bias == run.bias


def test_train_from_a_given_perceptron() -> None:
    start = Perceptron.from_preset("and")
    run = train("and", initial=start)
    assert run.converged and run.epochs_run == 1 and len(run.history) == 4
    assert run.seed is None and run.errors_per_epoch == [0]
    assert run.message == "Converged after 1 epoch: every row is right."
    assert run.weights.tolist() == [0.5, 0.5] and run.bias == -0.7


def test_epoch_limit_on_a_separable_gate_says_so() -> None:
    run = train("and", seed=0, epochs=2)
    assert not run.converged and run.epochs_run == 2 and not run.cycles
    assert run.message.startswith("Not converged after 2 epochs: 1 row still wrong.")


@pytest.mark.parametrize("name", NOT_SEPARABLE)
@pytest.mark.parametrize("seed", [0, 1, 2, 7, 42])
def test_xor_and_xnor_never_converge_and_cycle(name: str, seed: int) -> None:
    run = train(name, epochs=1000, seed=seed)
    assert not run.converged and run.epochs_run == 1000 and not run.linearly_separable
    assert len(run.errors_per_epoch) == 1000 and min(run.errors_per_epoch) >= 1
    assert run.cycles and run.cycle_start is not None and run.cycle_period is not None
    assert 0 <= run.cycle_start < run.cycle_start + run.cycle_period <= 1000
    # Check the claim independently: from cycle_start on, the state at each epoch end repeats
    # with the reported period.
    ends = [np.append(run.initial.weights, run.initial.bias)]
    ends += [np.append(u.weights_after, u.bias_after) for u in run.history if u.index == 3]
    s, per = run.cycle_start, run.cycle_period
    for e in range(s, 1001 - per):
        np.testing.assert_allclose(ends[e], ends[e + per], atol=1e-9)
    # ... and it is the first repeat: every epoch-end state before s + per is new.
    firsts = ends[: s + per]
    assert all(not np.allclose(firsts[i], firsts[j], atol=1e-9)
               for j in range(len(firsts)) for i in range(j))
    still = run.perceptron.evaluate(name).errors
    assert still >= 1
    last = run.errors_per_epoch[-1]
    assert run.message == (
        f"No straight line separates {name.upper()}'s classes: after 1000 epochs, with the "
        f"current weights, {still} of 4 rows are wrong; the last epoch made "
        f"{last} mistake{'' if last == 1 else 's'} (one update each) and the weights cycle.")


# --- hand-set weights ---


def test_presets_solve_their_gates() -> None:
    assert PRESETS == {"and": (0.5, 0.5, -0.7), "nand": (-0.5, -0.5, 0.7),
                       "or": (0.5, 0.5, -0.2)}
    for name, (w1, w2, b) in PRESETS.items():
        ev = Perceptron(np.array([w1, w2]), b).evaluate(name)
        assert ev.solved and ev.accuracy == 1.0 and ev.errors == 0
        assert ev.outputs.tolist() == GATES[name].targets.tolist()
        assert Perceptron.from_preset(name).evaluate(GATES[name]).solved


def test_evaluate_a_wrong_setting() -> None:
    ev = Perceptron(np.array([0.5, 0.5]), -0.2).evaluate("and")  # the OR weights on AND
    assert ev.outputs.tolist() == [0, 1, 1, 1]
    assert ev.correct.tolist() == [True, False, False, True]
    assert ev.accuracy == 0.5 and not ev.solved and ev.errors == 2
    ev = Perceptron(np.array([0.5, 0.5]), -0.7).evaluate("xor")  # AND weights on XOR
    assert ev.outputs.tolist() == [0, 0, 0, 1] and ev.accuracy == 0.25
    assert ev.correct.tolist() == [True, False, False, False]


# --- geometry ---


def test_decision_line_general() -> None:
    line = decision_line((0.5, 0.5), -0.7)  # x1 + x2 = 1.4 in the default view
    assert isinstance(line, Line)
    np.testing.assert_allclose(line.points, [[-0.1, 1.5], [1.5, -0.1]], atol=1e-12)
    line = decision_line((1.0, 2.0), -1.0, view=((0, 1), (0, 1)))  # x1 + 2 x2 = 1
    np.testing.assert_allclose(line.points, [[0.0, 0.5], [1.0, 0.0]], atol=1e-12)


def test_decision_line_vertical_and_horizontal() -> None:
    v = decision_line((2.0, 0.0), -1.0)  # x1 = 0.5
    assert v is not None and v.p0 == (0.5, -0.5) and v.p1 == (0.5, 1.5)
    h = decision_line((0.0, -4.0), 1.0)  # x2 = 0.25
    assert h is not None and h.p0 == (-0.5, 0.25) and h.p1 == (1.5, 0.25)


def test_decision_line_flat_outside_and_corners() -> None:
    assert decision_line((0.0, 0.0), 0.3) is None
    assert which_side_when_flat(0.3) == 1 and which_side_when_flat(0.0) == 1
    assert which_side_when_flat(-0.3) == 0
    assert decision_line((1.0, 1.0), 5.0) is None  # x1 + x2 = −5: far outside
    assert decision_line((1.0, 0.0), -2.0) is None  # x1 = 2: right of the view
    # The diagonal passes through two corners: one segment, no duplicate endpoints.
    diag = decision_line((1.0, -1.0), 0.0)
    assert diag is not None and diag.p0 == (-0.5, -0.5) and diag.p1 == (1.5, 1.5)
    # Through one corner and across: x1 + x2 = 1 from (−0.5, 1.5) to (1.5, −0.5).
    anti = decision_line((1.0, 1.0), -1.0)
    assert anti is not None and anti.p0 == (-0.5, 1.5) and anti.p1 == (1.5, -0.5)
    # Only touching the corner (−0.5, −0.5): nothing to draw.
    assert decision_line((1.0, 1.0), 1.0) is None
    with pytest.raises(ValueError, match="view"):
        decision_line((1.0, 1.0), 0.0, view=((1, 0), (0, 1)))


HALF_PLANE_CASES = [
    ((0.5, 0.5), -0.7), ((2.0, 0.0), -1.0), ((0.0, -4.0), 1.0), ((1.0, -1.0), 0.0),
    ((1.0, 1.0), 1.0), ((1.0, 1.0), 5.0), ((-1.0, -1.0), 5.0), ((0.0, 0.0), 0.2),
    ((0.0, 0.0), -0.2), ((-0.3, 0.9), 0.1), ((1e-9, 1.0), -0.5), ((3.0, -2.0), 0.4),
]


@pytest.mark.parametrize(("w", "b"), HALF_PLANE_CASES)
def test_half_planes_partition_the_view(w: tuple[float, float], b: float) -> None:
    (xmin, xmax), (ymin, ymax) = DEFAULT_VIEW
    ones, zeros = half_plane_polygons(w, b)
    assert ones.ndim == 2 and ones.shape[1] == 2 and zeros.ndim == 2 and zeros.shape[1] == 2
    a1, a0 = shoelace(ones), shoelace(zeros)
    assert a1 >= 0 and a0 >= 0  # counter-clockwise (or empty)
    assert a1 + a0 == pytest.approx((xmax - xmin) * (ymax - ymin), rel=1e-12)
    wv = np.asarray(w)
    for poly, sign in ((ones, 1.0), (zeros, -1.0)):
        for vx in poly:
            assert sign * (wv @ vx + b) >= -1e-12
            assert xmin - 1e-12 <= vx[0] <= xmax + 1e-12 and ymin - 1e-12 <= vx[1] <= ymax + 1e-12
    # Random points of the view lie in the polygon of their own class.
    pts = np.random.default_rng(1).uniform((xmin, ymin), (xmax, ymax), size=(200, 2))
    out = Perceptron(wv, b).output(pts)
    for pt, y in zip(pts, out, strict=True):
        if abs(wv @ pt + b) > 1e-9:
            assert inside_convex(ones if y == 1 else zeros, pt)


def test_half_plane_numbers() -> None:
    ones, zeros = half_plane_polygons((2.0, 0.0), -1.0)  # x1 ≥ 0.5 is class 1
    assert shoelace(ones) == pytest.approx(2.0) and shoelace(zeros) == pytest.approx(2.0)
    ones, zeros = half_plane_polygons((1.0, 1.0), 1.0)  # touches a corner: all class 1
    assert shoelace(ones) == pytest.approx(4.0) and zeros.shape == (0, 2)
    ones, zeros = half_plane_polygons((0.0, 0.0), -1.0)  # flat, b < 0: all class 0
    assert ones.shape == (0, 2) and shoelace(zeros) == pytest.approx(4.0)
    ones, _ = half_plane_polygons((0.5, 0.5), -0.7)  # AND preset: triangle (−0.1,1.5)…(1.5,1.5)
    assert shoelace(ones) == pytest.approx(0.5 * 1.6 * 1.6)


def test_weight_region_for_and() -> None:
    region = weight_region("and", -0.7)
    assert shoelace(region) == pytest.approx(0.5 * 0.7 * 0.7)  # w1 < .7, w2 < .7, w1+w2 ≥ .7
    assert inside_convex(region, np.array([0.5, 0.5]))
    assert not inside_convex(region, np.array([0.2, 0.2]))
    corners = {tuple(np.round(v, 12)) for v in region}
    assert corners == {(0.7, 0.0), (0.0, 0.7), (0.7, 0.7)}
    # Every interior point solves AND with b = −0.7; points outside do not.
    rng = np.random.default_rng(0)
    for w in rng.uniform(-2, 2, size=(300, 2)):
        if all(abs(x @ w - 0.7) > 1e-9 for x in X):
            assert inside_convex(region, w) == Perceptron(w, -0.7).evaluate("and").solved


def test_weight_region_empty_cases() -> None:
    for b in np.linspace(-2, 2, 41):
        assert weight_region("xor", b).shape == (0, 2)
        assert weight_region("xnor", b).shape == (0, 2)
    assert weight_region("or", 0.1).shape == (0, 2)  # row (0,0) → 0 needs b < 0
    assert weight_region("or", 0.0).shape == (0, 2)  # strict: b = 0 makes (0,0) fire
    assert weight_region("nand", -0.5).shape == (0, 2)  # row (0,0) → 1 needs b ≥ 0
    nand = weight_region("nand", 0.7)
    assert inside_convex(nand, np.array([-0.5, -0.5])) and shoelace(nand) > 0
    small = weight_region("or", -0.2, view=((0.0, 1.0), (0.0, 1.0)))  # clipped to the view
    assert shoelace(small) == pytest.approx(0.8 * 0.8)


# --- the 2-2-1 network that solves XOR ---


def test_mlp_default_solves_xor_fast_and_deterministically() -> None:
    """Solved early (epoch 196 of 5000), the same every time (how fast: a bench question)."""
    run = train_mlp()
    assert run.epochs_run == 5000 and run.learning_rate == 2.0 and run.seed == 0
    assert run.solved and run.solved_at == 196
    assert run.net.predict(X).tolist() == XOR.tolist() and run.accuracies[-1] == 1.0
    assert run.losses.shape == (5001,) and run.losses[-1] < 0.002 < 0.69 < run.losses[0]
    assert run.losses[0] == pytest.approx(run.initial.loss(X, XOR), rel=1e-12)
    assert run.losses[-1] == pytest.approx(run.net.loss(X, XOR), rel=1e-9)
    assert "epoch 196" in run.message
    again = train_mlp()
    for name in mlp.PARAM_NAMES:
        np.testing.assert_array_equal(getattr(run.net, name), getattr(again.net, name))


def test_mlp_shapes_and_initialisation() -> None:
    net = TwoLayerNet.initial(hidden=3, seed=5)
    assert (net.w1.shape, net.b1.shape, net.w2.shape, net.b2.shape) == ((2, 3), (3,), (3, 1), (1,))
    assert np.all(net.b1 == 0) and np.all(net.b2 == 0)
    assert np.all(np.abs(net.w1) <= np.sqrt(6 / 5)) and np.all(np.abs(net.w2) <= np.sqrt(6 / 4))
    grid = np.stack(np.meshgrid(np.linspace(-0.5, 1.5, 7), np.linspace(-0.5, 1.5, 5)), -1)
    p = net.predict_proba(grid.reshape(-1, 2))
    assert p.shape == (35,) and np.all((p > 0) & (p < 1))
    assert net.hidden(X).shape == (4, 3)
    big = TwoLayerNet(np.full((2, 2), 1e4), np.zeros(2), np.full((2, 1), -1e4), np.zeros(1))
    assert np.isfinite(big.loss(X, XOR)) and np.all(np.isfinite(big.gradients(X, XOR)["w1"]))


@pytest.mark.parametrize(("hidden", "seed"), [(2, 0), (3, 4)])
def test_mlp_gradients_match_central_differences(hidden: int, seed: int) -> None:
    net = TwoLayerNet.initial(hidden, seed)
    rng = np.random.default_rng(seed)
    net.b1 += rng.normal(size=net.b1.shape)  # non-zero biases exercise every term
    net.b2 += rng.normal(size=net.b2.shape)
    grads = net.gradients(X, XOR)
    eps = 1e-6
    for name in mlp.PARAM_NAMES:
        numeric = np.zeros_like(getattr(net, name))
        for i in range(numeric.size):
            plus, minus = net.copy(), net.copy()
            getattr(plus, name).flat[i] += eps
            getattr(minus, name).flat[i] -= eps
            numeric.flat[i] = (plus.loss(X, XOR) - minus.loss(X, XOR)) / (2 * eps)
        np.testing.assert_allclose(grads[name], numeric, rtol=1e-6, atol=1e-9)
        assert np.abs(grads[name]).max() > 1e-4  # a real gradient, not trivially zero


def test_fast_training_loop_is_plain_gradient_descent() -> None:
    start = TwoLayerNet.initial(2, 0)
    grads = start.gradients(X, XOR)
    one = train_mlp(epochs=1, learning_rate=0.7)
    for name in mlp.PARAM_NAMES:
        np.testing.assert_allclose(getattr(one.net, name),
                                   getattr(start, name) - 0.7 * grads[name], atol=1e-14)


def test_hidden_space_makes_xor_linearly_separable() -> None:
    net = train_mlp().net
    h = net.hidden(X)
    assert h.shape == (4, 2) and np.all((h > 0) & (h < 1))
    # Direct check: the output unit is a line in hidden space with XOR on the right sides.
    z = h @ net.w2[:, 0] + net.b2[0]
    assert ((z >= 0).astype(int)).tolist() == XOR.tolist()
    # And the classic perceptron rule, which only converges on separable data, converges.
    hidden_gate = Gate("xor-hidden", "XOR in hidden space", h, XOR, True)
    run = train(hidden_gate, epochs=10_000, seed=0)
    assert run.converged and run.perceptron.evaluate(hidden_gate).solved
    # While the raw inputs are not separable: no (w1, w2) for any bias.
    assert all(weight_region("xor", b, view=((-50, 50), (-50, 50))).size == 0
               for b in np.linspace(-10, 10, 81))


def test_a_stuck_seed_says_so() -> None:
    stuck = train_mlp(seed=9)  # 2 hidden units: this seed ends in a local minimum
    assert not stuck.solved and stuck.solved_at is None and stuck.accuracies[-1] < 1.0
    assert "local minimum" in stuck.message
    assert train_mlp(hidden=4, seed=9).solved  # more hidden units get out of it


def test_iter_mlp_training_snapshots() -> None:
    snaps = list(iter_mlp_training(every=500))
    assert [s.epoch for s in snaps] == list(range(0, 5001, 500))
    run = train_mlp()
    for s in snaps:
        assert s.loss == pytest.approx(run.losses[s.epoch], rel=1e-12)
        assert s.accuracy == run.accuracies[s.epoch]
    assert snaps[-1].accuracy == 1.0
    np.testing.assert_array_equal(snaps[-1].params["w1"], run.net.w1)
    np.testing.assert_array_equal(snaps[0].net.w1, TwoLayerNet.initial(2, 0).w1)  # a copy
    assert [s.epoch for s in iter_mlp_training(epochs=120, every=50)] == [0, 50, 100, 120]
    gen = iter_mlp_training(every=1)  # the UI may stop between yields
    first = [next(gen) for _ in range(3)]
    gen.close()
    assert [s.epoch for s in first] == [0, 1, 2]
    with pytest.raises(ValueError, match="every"):
        next(iter_mlp_training(every=0))


def test_mlp_is_reexported_from_perceptron() -> None:
    """The issue names these under the perceptron module; they live in mlp.py."""
    from explorer.core.perceptron import TwoLayerNet as Reexported
    from explorer.core.perceptron import iter_mlp_training as reexported_iter
    from explorer.core.perceptron import train_mlp as reexported_train

    assert Reexported is TwoLayerNet and reexported_train is train_mlp
    assert reexported_iter is iter_mlp_training
    import explorer.core.perceptron.rule as module

    with pytest.raises(AttributeError, match="no_such_name"):
        _ = module.no_such_name
