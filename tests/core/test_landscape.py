"""The loss landscape: recorded trajectories, directions, batched slices, the slice as a surface.

The numpy parts (directions, trajectory, Surface.precomputed) run without TensorFlow; the rest is
marked ``keras`` and shares one small trained model (circle, 2→8 tanh→1 sigmoid).
"""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import threading

import numpy as np
import pytest

from explorer.core.data import Dataset, datasets
from explorer.core.nn.directions import (
    filter_normalize,
    interpolation_direction,
    pca_directions,
    random_directions,
)
from explorer.core.nn.landscape import (
    Landscape,
    LandscapeSettings,
    Objective,
    compute_landscape,
    iter_landscape,
    iter_session_landscape,
    landscape_surface,
    naive_grid,
    with_trajectory,
)
from explorer.core.nn.spec import LayerSpec, ModelSpec
from explorer.core.nn.trajectory import WeightTrajectory, flatten, unflatten
from explorer.core.progress import run_to_end
from explorer.core.surfaces import Surface

# --- numpy only -----------------------------------------------------------------------------------


def _weights(seed: int = 0) -> list[np.ndarray]:
    rng = np.random.default_rng(seed)
    return [rng.normal(size=(3, 4)).astype(np.float32), rng.normal(size=4).astype(np.float32),
            rng.normal(size=(4, 2)).astype(np.float32), rng.normal(size=2).astype(np.float32)]


def test_random_directions_are_filter_normalised():
    weights = _weights()
    shapes = [w.shape for w in weights]
    directions = random_directions(weights, seed=3)
    for vector in (directions.d1, directions.d2):
        blocks = unflatten(vector, shapes)
        for block, w in zip(blocks, weights, strict=True):
            if w.ndim == 2:  # per output unit (column): the weights' norm
                np.testing.assert_allclose(np.linalg.norm(block, axis=0),
                                           np.linalg.norm(w, axis=0), rtol=1e-5)
            else:
                assert not block.any()  # biases zeroed by default
    assert not np.allclose(directions.d1, directions.d2)
    np.testing.assert_array_equal(directions.origin, flatten(weights))
    again = random_directions(weights, seed=3)
    np.testing.assert_array_equal(again.d1, directions.d1)
    assert not np.allclose(random_directions(weights, seed=4).d1, directions.d1)
    normalised = unflatten(random_directions(weights, seed=3, bias="normalize").d1, shapes)
    np.testing.assert_allclose(np.abs(normalised[1]), np.abs(weights[1]), rtol=1e-6)
    assert filter_normalize(np.ones((2, 2)), np.zeros((2, 2))).sum() == 0  # no 0/0


def test_pca_and_interpolation_directions_in_numpy():
    rng = np.random.default_rng(1)
    final = rng.normal(size=10)
    u, v = rng.normal(size=10), rng.normal(size=10)
    wave = np.sin(np.linspace(0, 3 * np.pi, 12))
    path = final + np.outer(np.linspace(-1, 0, 12), u) + np.outer(wave, v)
    directions = pca_directions(path, final.astype(np.float32), shapes=[(10,)])
    coords, residual = directions.project(path)
    assert residual.max() < 1e-5  # a path in a plane lies in the PCA plane
    assert coords[0].max() <= 0 and np.allclose(coords[-1], 0, atol=1e-6)
    assert sum(directions.explained_variance) == pytest.approx(1.0)
    line = interpolation_direction(path[0].astype(np.float32), final.astype(np.float32),
                                   shapes=[(10,)])
    alpha, _ = line.project(np.stack([path[0], final]))
    np.testing.assert_allclose(alpha[:, 0], [0.0, 1.0], atol=1e-6)
    with pytest.raises(ValueError, match="train"):
        pca_directions(final[None], final.astype(np.float32), shapes=[(10,)])


def test_trajectory_is_bounded_and_thins_evenly():
    trajectory = WeightTrajectory(1, "batch", max_points=8)
    trajectory.record([np.zeros(3, np.float32)], 0.0)
    for batch in range(1, 101):
        if trajectory.batch_due():
            trajectory.record([np.full(3, batch, np.float32)], float(batch))
    points, positions = trajectory.snapshot()
    assert len(trajectory) <= 8 == trajectory.capacity
    assert positions[0] == 0 and trajectory.stride == 16
    assert np.all(np.diff(positions) == trajectory.interval)  # evenly spaced after thinning
    assert 100 - trajectory.interval < positions[-1] <= 100
    np.testing.assert_array_equal(points[:, 0], positions)  # each point is its own weights
    trajectory.record([np.full(3, 96, np.float32)], positions[-1])  # same position: not twice
    assert len(trajectory) == len(positions)
    epochs = WeightTrajectory(2, "epoch")
    assert [e for e in range(1, 7) if epochs.epoch_due(e)] == [2, 4, 6]
    assert not epochs.batch_due()
    big = WeightTrajectory(1, "batch", max_points=1000, max_bytes=4 * 100 * 50)
    big.record([np.zeros(100, np.float32)], 0.0)
    assert big.capacity == 50 and big.nbytes <= 4 * 100 * 50  # bounded in bytes too
    trajectory.clear()
    assert len(trajectory) == 0 and trajectory.points.shape == (0, 0)
    with pytest.raises(ValueError):
        WeightTrajectory(0, "batch")
    with pytest.raises(ValueError):
        WeightTrajectory(1, "step")  # type: ignore[arg-type]


def _refuse(*_args):
    raise AssertionError("grid() evaluated the surface instead of resampling")


def test_surface_grid_resamples_the_precomputed_grid():
    xs, ys = np.linspace(-1, 1, 11), np.linspace(-2, 2, 21)
    z = (3 * xs[None, :] - ys[:, None] + 0.5).astype(np.float32)  # bilinear resampling is exact
    surface = Surface("sliced", "A sliced plane", 2, "L = 3a − b + ½", ((-1, 1), (-2, 2)),
                      (0.0, 0.0), (), (), 0.1, False, _refuse, _refuse, n_global=0,
                      precomputed=(xs, ys, z))
    gx, gy, grid = surface.grid(512)
    assert grid.shape == (512, 512) and grid.dtype == np.float32 and grid.flags.c_contiguous
    np.testing.assert_allclose(grid, 3 * gx[None, :] - gy[:, None] + 0.5, atol=1e-5)
    np.testing.assert_allclose(surface.grid(11)[2], z[::2], atol=1e-6)  # nodes keep their z
    line = Surface("line", "A line", 1, "L = α²", ((0, 1),), (0.0,), (), (), 0.1, False,
                   _refuse, _refuse, n_global=0,
                   precomputed=(np.linspace(0, 1, 3), None, np.array([0, 1, 4], np.float32)))
    _, none, values = line.grid(5)
    assert none is None
    np.testing.assert_allclose(values, [0, 0.5, 1, 2.5, 4])


def test_landscape_module_imports_no_tensorflow():
    code = ("import sys\nimport explorer.core.nn.landscape\n"
            "print('tensorflow' in sys.modules or 'keras' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"


# --- with TensorFlow ------------------------------------------------------------------------------

keras = pytest.mark.keras


@pytest.fixture(scope="module")
def trained():
    """A small trained model with its path recorded every batch (thinned to ≤ 16 points)."""
    from explorer.core.nn.training import TrainingSession

    data = datasets.load("circle", n_samples=120, seed=0)
    spec = ModelSpec(hidden=(LayerSpec(8, "tanh"),), optimizer="adam", learning_rate=0.05,
                     batch_size=16, epochs=4, seed=1)
    session = TrainingSession(spec, data, record_every=(1, "batch"), max_trajectory_points=16)
    initial = session.model.get_weights()
    result = session.run()
    assert result.status == "finished"
    return session, initial


@pytest.fixture(scope="module")
def small_landscape(trained):
    session, _ = trained
    settings = LandscapeSettings(kind="random", span=0.5, resolution=5, seed=2)
    return run_to_end(iter_session_landscape(session, settings))


def _evaluate_at(session, weights, split="train"):
    from explorer.core.nn.model import evaluate

    saved = session.model.get_weights()
    try:
        session.model.set_weights(weights)
        data = session.dataset
        x, y = (data.x_train, data.y_train) if split == "train" else (data.x_test, data.y_test)
        return evaluate(session.model, session.architecture, x, y)
    finally:
        session.model.set_weights(saved)


@keras
def test_session_records_a_bounded_thinned_path(trained):
    from explorer.core.nn.live import weight_reader

    session, initial = trained
    trajectory = session.trajectory
    assert 8 < len(trajectory) <= 16 and trajectory.stride >= 2  # 4 × 6 batches, thinned
    positions = trajectory.positions
    assert positions[0] == 0 and positions[-1] == 4.0 and np.all(np.diff(positions) > 0)
    for got, want in zip(trajectory.weights(0), initial, strict=True):
        np.testing.assert_array_equal(got, want)
    for got, want in zip(trajectory.weights(-1), session.model.get_weights(), strict=True):
        np.testing.assert_array_equal(got, want)
    fast = weight_reader(session.model)()
    for got, want in zip(fast, session.model.get_weights(), strict=True):
        assert got.dtype == want.dtype
        np.testing.assert_array_equal(got, want)
    assert session.record_every == (1, "batch")


@keras
def test_centre_of_the_grid_is_the_models_loss(trained, small_landscape):
    session, _ = trained
    expected = _evaluate_at(session, session.model.get_weights())
    land = small_landscape
    assert land.loss.shape == (5, 5) and land.loss.dtype == np.float32
    assert land.a[2] == 0 and land.b[2] == 0
    assert land.loss[2, 2] == pytest.approx(expected["loss"], abs=1e-5)
    assert land.centre_loss == pytest.approx(expected["loss"], abs=1e-5)
    assert land.accuracy[2, 2] == pytest.approx(expected["accuracy"], abs=1e-6)
    assert land.minimum_loss <= np.nanmin(land.loss) + 1e-6
    assert land.title == "Loss landscape: 2→8→1 on circle (random directions)"
    assert land.path.shape == (len(session.trajectory), 2) and land.path_loss.shape == (
        len(session.trajectory),)
    assert land.path_residual.max() > 0.1  # random directions: the path is not in the plane
    moved = with_trajectory(land, session.trajectory.points[:3], np.arange(3.0))
    np.testing.assert_allclose(moved.path, land.path[:3], rtol=1e-12, atol=1e-15)  # BLAS order
    np.testing.assert_allclose(moved.path_loss, land.path_loss[:3], rtol=1e-6)


@keras
def test_batched_grid_agrees_with_set_weights_and_evaluate(trained, small_landscape):
    session, _ = trained
    land = small_landscape
    objective = land.plane.objective
    loss, accuracy = naive_grid(session.model, objective, land.plane.directions, land.a, land.b)
    np.testing.assert_allclose(land.loss, loss, atol=1e-5, rtol=1e-5)
    np.testing.assert_allclose(land.accuracy, accuracy, atol=1e-6)


def _blobs(task: str) -> Dataset:
    rng = np.random.default_rng(5)
    x = rng.normal(size=(60, 3)).astype(np.float32)
    if task == "regression":
        y = (x @ np.array([1.0, -2.0, 0.5]) + 0.3).astype(np.float32)
        return Dataset("plane", "Plane", "regression", x, y, x[:10], y[:10], ("a", "b", "c"))
    y = (np.argmax(x, axis=1)).astype(np.float32)
    return Dataset("blobs", "Blobs", "multiclass", x, y, x[:10], y[:10], ("a", "b", "c"),
                   ("0", "1", "2"))


@keras
@pytest.mark.parametrize("task, loss, activation", [
    ("multiclass", "categorical_crossentropy", "relu"),
    ("multiclass", "sparse_categorical_crossentropy", "elu"),
    ("regression", "mae", "sigmoid"),
])
def test_batched_agrees_with_keras_for_every_encoding(task, loss, activation):
    from explorer.core.nn.training import TrainingSession

    spec = ModelSpec(hidden=(LayerSpec(6, activation), LayerSpec(5, "tanh")), loss=loss,
                     epochs=1, seed=3)
    session = TrainingSession(spec, _blobs(task))
    objective = Objective.from_session(session, "test")
    directions = random_directions(session.model.get_weights(), seed=1, bias="normalize")
    land = compute_landscape(objective, directions, span=0.8, resolution=3)
    expected, accuracy = naive_grid(session.model, objective, directions, land.a, land.b)
    np.testing.assert_allclose(land.loss, expected, atol=1e-5, rtol=1e-5)
    if task == "regression":
        assert land.accuracy is None and accuracy is None
    else:
        np.testing.assert_allclose(land.accuracy, accuracy, atol=1e-6)


@keras
def test_pca_plane_contains_the_path_of_a_two_parameter_model():
    from explorer.core.nn.training import TrainingSession

    rng = np.random.default_rng(0)
    x = rng.uniform(-1, 1, size=(32, 1)).astype(np.float32)
    y = (2 * x[:, 0] + 1 + rng.normal(0, 0.1, 32)).astype(np.float32)
    data = Dataset("line", "A line", "regression", x, y, x.copy(), y.copy(), ("x",))
    spec = ModelSpec(hidden=(), output_activation="linear", loss="mse", optimizer="sgd",
                     learning_rate=0.1, batch_size=8, epochs=5, seed=0)
    session = TrainingSession(spec, data, record_every=(1, "batch"))
    session.run()
    assert session.architecture.n_params == 2 and len(session.trajectory) == 21
    land = run_to_end(iter_session_landscape(session, LandscapeSettings(kind="pca",
                                                                        resolution=5)))
    assert land.path_residual.max() < 1e-4
    assert sum(land.explained_variance) == pytest.approx(1.0)
    assert land.explained_variance[0] > land.explained_variance[1]
    np.testing.assert_allclose(land.path[-1], [0, 0], atol=1e-6)  # the path ends at the centre
    (a0, a1), (b0, b1) = land.domain
    assert np.all((land.path >= [a0, b0]) & (land.path <= [a1, b1]))  # the domain fits it
    start_loss = _evaluate_at(session, session.trajectory.weights(0))["loss"]
    assert land.path_loss[0] == pytest.approx(start_loss, rel=1e-4)  # the path is in the plane


@keras
def test_interpolation_endpoints_are_the_initial_and_final_losses(trained):
    session, initial = trained
    settings = LandscapeSettings(kind="interpolation", resolution=21, alpha=(-0.5, 1.5))
    line = run_to_end(iter_session_landscape(session, settings))
    assert line.b is None and line.loss.shape == (21,) and line.centre == (1.0,)
    i0, i1 = int(np.argmin(np.abs(line.a))), int(np.argmin(np.abs(line.a - 1)))
    assert line.a[i0] == pytest.approx(0) and line.a[i1] == pytest.approx(1)
    assert line.loss[i0] == pytest.approx(_evaluate_at(session, initial)["loss"], abs=1e-5)
    final = _evaluate_at(session, session.model.get_weights())["loss"]
    assert line.loss[i1] == pytest.approx(final, abs=1e-5)
    assert line.centre_loss == pytest.approx(final, abs=1e-5)
    assert line.path[0, 0] == pytest.approx(0, abs=1e-6)
    assert line.path[-1, 0] == pytest.approx(1, abs=1e-6)
    surface = landscape_surface(line)
    assert surface.dim == 1 and surface.start == (0.0,)
    h = 1e-4
    for alpha in (0.25, 0.8):
        numeric = (surface.value([alpha + h]) - surface.value([alpha - h])) / (2 * h)
        assert surface.gradient([alpha])[0] == pytest.approx(numeric, rel=1e-4, abs=1e-7)


@keras
def test_slice_surface_gradient_is_autodiff_and_grid_is_precomputed(small_landscape):
    from explorer.core.optim import Race, Racer, create

    land = small_landscape
    surface = landscape_surface(land, prepare=True)
    assert surface.title == land.title and surface.domain == ((-0.5, 0.5), (-0.5, 0.5))
    assert surface.minima == (land.minimum,) and surface.start == (-0.4, 0.4)
    points = np.array([[0.1, -0.2], [-0.3, 0.25], [0.0, 0.0]])
    gradient = surface.gradient(points)
    h = 1e-5
    for d in range(2):
        step = np.zeros(2)
        step[d] = h
        numeric = (surface.value(points + step) - surface.value(points - step)) / (2 * h)
        np.testing.assert_allclose(gradient[:, d], numeric, rtol=1e-5, atol=1e-8)
    assert surface.value(points)[2] == pytest.approx(land.centre_loss, abs=1e-5)
    np.testing.assert_array_equal(surface.grid(5)[2], land.loss)  # the grid itself
    offline = dataclasses.replace(surface, value_xy=_refuse, gradient_xy=_refuse)
    assert offline.grid(512)[2].shape == (512, 512)  # resampled, no network evaluation
    race = Race(surface, [Racer("gd", create("gd", learning_rate=surface.learning_rate)),
                          Racer("adam", create("adam", learning_rate=0.02))],
                np.array([surface.start]))
    race.step(5)
    assert np.all(np.isfinite(race.losses())) and race.step_count == 5
    assert not np.allclose(race.positions[1], surface.start)  # Adam moved


@keras
def test_npz_round_trip(small_landscape, tmp_path):
    land = small_landscape
    path = land.save_npz(tmp_path / "slice.npz")
    assert [p.name for p in tmp_path.iterdir()] == ["slice.npz"]  # no temporary left behind
    again = Landscape.load_npz(path)
    assert again.plane is None
    for f in dataclasses.fields(Landscape):
        if f.name == "plane":
            continue
        mine, theirs = getattr(land, f.name), getattr(again, f.name)
        if isinstance(mine, np.ndarray):
            np.testing.assert_array_equal(mine, theirs)
            assert mine.dtype == theirs.dtype
        else:
            assert mine == theirs, f.name
    (tmp_path / "bad.npz").write_bytes(b"not a zip")
    with pytest.raises(ValueError, match="not a loss-landscape file"):
        Landscape.load_npz(tmp_path / "bad.npz")
    with pytest.raises(ValueError, match="no model"):
        landscape_surface(again)


def _heavy_objective(units: int) -> tuple[Objective, object]:
    rng = np.random.default_rng(0)
    shapes = ((64, units), (units,), (units, 32), (32,), (32, 10), (10,))
    weights = [rng.normal(0, 0.2, size=s).astype(np.float32) for s in shapes]
    labels = rng.integers(0, 10, 2000)
    objective = Objective(shapes, ("relu", "relu", "softmax"), "categorical_crossentropy",
                          "one_hot", True, rng.normal(size=(2000, 64)).astype(np.float32),
                          np.eye(10, dtype=np.float32)[labels], "train", "64→…→10", "noise")
    return objective, random_directions(weights, seed=0)


class _Driver:
    """Drives a job on a plain thread like ui/worker.py does: after every yield it checks the
    cancel request and, if set, closes the generator."""

    def __init__(self, job) -> None:
        self.stop = threading.Event()
        self.seen: list = []
        self.cancelled = False
        self.thread = threading.Thread(target=self._drive, args=(job,))
        self.thread.start()

    def _drive(self, job) -> None:
        for progress in job:
            self.seen.append(progress)
            if self.stop.is_set():
                job.close()
                self.cancelled = True
                break

    def join(self) -> None:
        self.thread.join(60)
        assert not self.thread.is_alive(), "the job did not end"


@keras
def test_cancel_stops_within_200_ms(landscape_gate, fake_clock):
    """Cancel lands at the next check, never after the slow parts: the one-off TensorFlow trace
    (held here until after the cancel) runs on a helper thread the job leaves behind, and the
    chunks are sized to CHUNK_SECONDS of measured time (a fake clock: 1/1024 s per point), so a
    cancel waits for at most the one chunk under way. How fast that is, the bench measures."""
    from explorer.core.nn.landscape import compute as landscape_module
    from explorer.core.nn.landscape.compute import CHUNK_SECONDS, FIRST_CHUNK

    # Cancel during the one-off preparation: the job closes while the trace still waits.
    objective, directions = _heavy_objective(units=48)
    landscape_gate.hold_prepare()
    driver = _Driver(iter_landscape(objective, directions, resolution=101))
    assert landscape_gate.preparing.wait(60)
    driver.stop.set()
    driver.join()
    assert driver.cancelled and any("preparing" in p.message for p in driver.seen)
    assert not landscape_gate.prepare_released.is_set() and landscape_gate.chunks == []
    landscape_gate.release_prepare()

    # Cancel while chunk 5 is being evaluated: that chunk is delivered, no other is computed.
    objective, directions = _heavy_objective(units=64)
    landscape_gate.clock = fake_clock(landscape_module)
    landscape_gate.seconds_per_point = 2.0 ** -10
    landscape_gate.hold_chunk = 5
    driver = _Driver(iter_landscape(objective, directions, resolution=101))
    assert landscape_gate.holding.wait(60)
    driver.stop.set()
    landscape_gate.release()
    driver.join()
    assert driver.cancelled
    per_chunk = int(CHUNK_SECONDS / landscape_gate.seconds_per_point)  # 51 points ≈ 50 ms
    assert landscape_gate.chunks == [FIRST_CHUNK] + [per_chunk] * 4
    assert sum(p.partial is not None for p in driver.seen) == 5


@keras
def test_settings_validate_and_round_trip(trained):
    settings = LandscapeSettings(kind="pca", span=None, resolution=31, split="test", seed=7)
    assert LandscapeSettings.from_dict(settings.to_dict()) == settings
    for bad in ({"kind": "diagonal"}, {"resolution": 2}, {"span": -1.0}, {"split": "val"},
                {"alpha": (1.0, 0.0)}, {"bias": "keep"}, {"max_samples": 0}):
        with pytest.raises(ValueError, match="landscape"):
            LandscapeSettings(**bad)
    with pytest.raises(ValueError, match="unknown field"):
        LandscapeSettings.from_dict({"colour": "red"})
    with pytest.raises(ValueError, match="landscape"):
        LandscapeSettings.from_dict({"alpha": 3})
    from explorer.core.nn.training import TrainingSession

    session, _ = trained
    subset = run_to_end(iter_session_landscape(session, LandscapeSettings(resolution=3,
                                                                         max_samples=20)))
    assert subset.plane.objective.x.shape == (20, 2) and np.isfinite(subset.loss).all()
    fresh = TrainingSession(session.spec, session.dataset)
    with pytest.raises(ValueError, match="train the model"):
        run_to_end(iter_session_landscape(fresh, LandscapeSettings(kind="pca")))
