"""The Keras training engine: course presets, the live controls, NaN handling, files, the CLI.

Everything here imports TensorFlow (marked ``keras``). Data sets are built here (gates from the
perceptron module, small seeded clouds), except the Boston/digits checks which use the bundled
files through ``explorer.core.data.datasets.load``.
"""

from __future__ import annotations

import csv
import io
import json
import threading
import time
import zipfile

import numpy as np
import pytest

from explorer.cli import main
from explorer.core.data import Dataset
from explorer.core.nn.model import ModelFileError
from explorer.core.nn.presets import PRESETS
from explorer.core.nn.spec import LayerSpec, ModelSpec
from explorer.core.nn.training import TrainingControl, TrainingSession
from explorer.core.perceptron import GATES

pytestmark = pytest.mark.keras


def _gate(name: str) -> Dataset:
    gate = GATES[name]
    x, y = gate.inputs.astype(np.float32), gate.targets.astype(np.float32)
    return Dataset(name, gate.title, "binary", x, y, x.copy(), y.copy(), ("x1", "x2"),
                   ("0", "1"))


def _circle(n: int = 64, seed: int = 0) -> Dataset:
    rng = np.random.default_rng(seed)
    x = rng.uniform(-1.5, 1.5, size=(n + 16, 2)).astype(np.float32)
    y = (np.hypot(x[:, 0], x[:, 1]) < 1.0).astype(np.float32)
    return Dataset("circle", "Circle", "binary", x[:n], y[:n], x[n:], y[n:], ("x", "y"),
                   ("outside", "inside"))


def _line(n: int = 8) -> Dataset:
    x = np.stack([np.linspace(-1, 1, n), np.linspace(1, -0.5, n) ** 2], axis=1)
    y = 3 * x[:, 0] - x[:, 1] + 0.5
    x, y = x.astype(np.float32), y.astype(np.float32)
    return Dataset("line", "A plane", "regression", x, y, x.copy(), y.copy(), ("a", "b"))


HOLD_S = 60.0  # a held run's limit, reached only if the test forgets to release it


class Collector:
    """A ``report`` that keeps every snapshot and lets the test wait for one.

    With ``hold``, the training thread waits inside the report of the first snapshot that
    ``hold`` accepts (``holding`` is set) until the test sets ``released``.
    """

    def __init__(self, hold=None) -> None:
        self.snapshots: list = []
        self.messages: list[str] = []
        self._cond = threading.Condition()
        self.hold = hold
        self.holding, self.released = threading.Event(), threading.Event()

    def __call__(self, progress) -> None:
        with self._cond:
            self.snapshots.append(progress.partial)
            self.messages.append(progress.message)
            self._cond.notify_all()
        if self.hold is not None and not self.holding.is_set() and self.hold(progress.partial):
            self.holding.set()
            self.released.wait(HOLD_S)

    def mark(self) -> int:
        with self._cond:
            return len(self.snapshots)

    def wait_for(self, predicate, since: int = 0, timeout: float = 30.0):
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for snapshot in self.snapshots[since:]:
                    if predicate(snapshot):
                        return snapshot
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    states = [(s.state, s.epoch, s.batch) for s in self.snapshots[since:]]
                    raise AssertionError(f"no matching snapshot; got {states}")
                self._cond.wait(remaining)


class Runner:
    """``session.run`` in a plain thread, keeping its result or exception."""

    def __init__(self, session: TrainingSession, control: TrainingControl, report, **options):
        self.result = None
        self.error: BaseException | None = None

        def target() -> None:
            try:
                self.result = session.run(control, report, **options)
            except BaseException as error:
                self.error = error

        self.thread = threading.Thread(target=target, daemon=True)
        self.thread.start()

    def join(self, timeout: float = 30.0):
        self.thread.join(timeout)
        assert not self.thread.is_alive(), "training did not end"
        if self.error is not None:
            raise self.error
        return self.result


def _paused(since_state: str = "paused"):
    return lambda s: s.state == since_state


def _flat(weights) -> np.ndarray:
    return np.concatenate([a.ravel() for pair in weights for a in pair])


# --- the course presets -----------------------------------------------------------------------


@pytest.mark.parametrize("name", ["xor_relu", "xor_softmax", "or_linear", "nand_linear"])
def test_preset_reaches_full_accuracy(name):
    preset = PRESETS[name]
    session = TrainingSession(preset.spec, _gate(preset.dataset))
    result = session.run()
    assert (result.status, result.epoch) == ("finished", preset.spec.epochs)
    assert len(session.history["loss"]) == preset.spec.epochs
    assert session.evaluate()["accuracy"] == 1.0
    assert session.history["accuracy"][-1] == 1.0


def test_linear_unit_cannot_learn_xor():
    preset = PRESETS["xor_linear"]
    session = TrainingSession(preset.spec, _gate("xor"))
    session.run()
    evaluation = session.evaluate()
    assert evaluation["accuracy"] <= 0.75  # chance: no line separates XOR
    assert evaluation["loss"] == pytest.approx(0.25, abs=0.005)  # best a line can do: ½·½


def test_preset_data_and_boston_regression():
    preset = PRESETS["boston"]
    data = preset.load_data()
    assert (data.x_train.shape, data.x_test.shape) == ((404, 13), (102, 13))
    session = TrainingSession(preset.spec, data)
    assert session.model.count_params() == 153
    collector = Collector()
    session.run(report=collector)
    loss = session.history["loss"]
    assert len(loss) == 20 and loss[-1] < loss[0] / 3
    assert set(session.history) == {"loss", "mae", "mse"}
    evaluation = session.evaluate()
    assert list(evaluation) == ["loss", "mae", "mse"] and evaluation["mae"] < 12
    final = collector.snapshots[-1]
    assert final.state == "finished" and final.grid is None and final.confusion is None
    assert final.predicted.shape == final.target.shape == (102,)
    np.testing.assert_allclose(final.predicted, session.predict(data.x_test)[:, 0], rtol=1e-4,
                               atol=1e-3)


def test_digits_snapshot_has_confusion_and_misclassified():
    preset = PRESETS["digits"]
    data = preset.load_data()
    session = TrainingSession(preset.spec.with_changes(epochs=3), data)
    assert session.model.count_params() == 6_570
    collector = Collector()
    session.run(report=collector)
    final = collector.snapshots[-1]
    assert final.confusion.shape == (10, 10) and final.confusion.sum() == len(data.x_test)
    assert len(final.misclassified) == len(data.x_test) - np.trace(final.confusion)
    accuracy = session.evaluate()["accuracy"]
    assert final.test_accuracy == pytest.approx(accuracy, abs=1e-6)
    assert set(session.history) == {"loss", "accuracy", "val_loss", "val_accuracy"}


# --- snapshots ------------------------------------------------------------------------------------


def test_two_d_snapshot_grid_maps_and_copies():
    spec = ModelSpec(hidden=(LayerSpec(6, "tanh"),), optimizer="adam", learning_rate=0.05,
                     batch_size=16, epochs=5)
    data = _circle()
    session = TrainingSession(spec, data)
    collector = Collector()
    session.run(report=collector, snapshot_interval=0)
    assert len(collector.snapshots) >= 5 * 4  # every batch with interval 0
    final = collector.snapshots[-1]
    assert final.grid.shape == (80, 80) and final.grid.dtype == np.float32
    assert final.grid.flags.c_contiguous and not final.grid.flags.writeable
    assert final.hidden_maps.shape == (6, 32, 32)
    assert [w.shape for pair in final.weights for w in pair] == [(2, 6), (6,), (6, 1), (1,)]
    (x0, _), (y0, y1) = final.grid_extent
    assert x0 < data.x_train[:, 0].min() and y1 > data.x_train[:, 1].max()
    corner = session.predict(np.array([[x0, y0]], dtype=np.float32))[0, 0]
    assert final.grid[0, 0] == pytest.approx(corner, abs=1e-5)  # row 0 is y0, column 0 is x0
    middle = collector.snapshots[len(collector.snapshots) // 2]
    assert not np.array_equal(_flat(middle.weights), _flat(final.weights))  # copies, not views
    assert middle.history["loss"].shape[0] < final.history["loss"].shape[0]
    assert final.fraction == 1.0 and final.samples_per_second > 0


def test_snapshot_histories_are_frozen_prefixes_of_the_session_history():
    spec = ModelSpec(hidden=(LayerSpec(4),), batch_size=16, epochs=70, validation_split=0.25)
    session = TrainingSession(spec, _circle(64))
    collector = Collector()
    session.run(report=collector, snapshot_interval=0)  # a snapshot every batch
    snapshots = collector.snapshots
    assert len(snapshots) > 70 * 3
    for s in snapshots[::7] + snapshots[-1:]:
        assert set(s.history) == (set(session.history) if s.epoch else set())
        for key, values in s.history.items():  # as they were when taken, never changed since
            assert len(values) == s.epoch and values.dtype == np.float64
            assert not values.flags.writeable
            np.testing.assert_array_equal(values, session.history[key][:s.epoch])
    with pytest.raises(ValueError):
        snapshots[-1].history["loss"][0] = 1.0


def test_history_arrays_copy_only_what_is_new():
    from explorer.core.nn.history import HistoryArrays

    arrays, values = HistoryArrays(), [1.0, 2.0]
    first = arrays.views({"loss": values})["loss"]
    values.extend(float(v) for v in range(3, 200))  # past the first buffer: it grows
    second = arrays.views({"loss": values})["loss"]
    np.testing.assert_array_equal(first, [1.0, 2.0])
    np.testing.assert_array_equal(second, values)
    values[0] = -1.0  # a value already copied is not read again (the lists only grow) ...
    assert arrays.views({"loss": values})["loss"][0] == 1.0
    fresh = [5.0]  # ... but a new list (a reset) is copied from the start
    np.testing.assert_array_equal(arrays.views({"loss": fresh})["loss"], [5.0])
    assert arrays.views({}) == {}


def test_confusion_is_refreshed_at_most_twice_a_second_and_at_the_end(fake_clock):
    from explorer.core.nn import live

    spec = ModelSpec(hidden=(LayerSpec(4),), batch_size=64, epochs=300)
    session = TrainingSession(spec, _circle(64))  # one batch per epoch: many epochs a second
    clock = fake_clock(live)  # the run's clock: 10 ms per snapshot, on any machine

    def collector_advancing(progress) -> None:
        collector(progress)
        clock.advance(0.01)

    collector = Collector()
    began = clock.monotonic()
    session.run(report=collector_advancing, snapshot_interval=0)
    seconds = clock.monotonic() - began
    snapshots = collector.snapshots
    epochs = sorted({s.confusion_epoch for s in snapshots})
    assert len(epochs) <= seconds / 0.5 + 2  # the first, one per half second, the final
    assert snapshots[-1].confusion_epoch == 300
    assert snapshots[-1].confusion.sum() == len(session.views._labels)


def test_multiclass_grid_has_class_probabilities():
    rng = np.random.default_rng(3)
    centres = np.array([[0, 2], [2, -1], [-2, -1]], dtype=np.float32)
    y = np.repeat(np.arange(3), 20).astype(np.float32)
    x = (centres[y.astype(int)] + rng.normal(scale=0.4, size=(60, 2))).astype(np.float32)
    data = Dataset("blobs", "Blobs", "multiclass", x[::2], y[::2], x[1::2], y[1::2],
                   ("x", "y"), ("a", "b", "c"))
    session = TrainingSession(ModelSpec(hidden=(LayerSpec(8),), epochs=2), data)
    collector = Collector()
    session.run(report=collector)
    final = collector.snapshots[-1]
    assert final.grid.shape == (80, 80, 3)
    np.testing.assert_allclose(final.grid.sum(axis=2), 1.0, atol=1e-5)
    assert final.confusion.shape == (3, 3)


# --- live control -------------------------------------------------------------------------------


def test_pause_step_learning_rate_and_stop_while_paused(monkeypatch):
    from explorer.core.nn import live

    # A paused run wakes on the control's commands, not on its poll for ``cancelled``: with
    # that poll an hour long, every command below (and the stop) must wake it by itself.
    monkeypatch.setattr(live, "WAIT_POLL", 3600.0)
    spec = ModelSpec(hidden=(LayerSpec(8, "tanh"),), optimizer="sgd", learning_rate=0.1,
                     batch_size=8, epochs=20)
    session = TrainingSession(spec, _circle(64))  # 8 batches per epoch
    assert session.model is not None  # build before the clock matters
    control = TrainingControl(paused=True)
    collector = Collector()
    runner = Runner(session, control, collector, snapshot_interval=60.0)  # forced ones only

    start = collector.wait_for(_paused())
    assert (start.epoch, start.batch, start.batches_per_epoch) == (0, 0, 8)

    mark = collector.mark()
    control.step_batches(3)
    s1 = collector.wait_for(_paused(), mark)
    assert (s1.epoch, s1.batch) == (0, 3)
    assert len(s1.batch_history["loss"]) == 3 and "loss" not in s1.history
    np.testing.assert_allclose(s1.batch_position, [1 / 8, 2 / 8, 3 / 8])

    mark = collector.mark()
    control.step_batches(6)  # 5 finish epoch 1, 1 more into epoch 2
    s2 = collector.wait_for(_paused(), mark)
    assert (s2.epoch, s2.batch) == (1, 1) and len(s2.history["loss"]) == 1
    np.testing.assert_allclose(s2.batch_position, [1 + 1 / 8])

    mark = collector.mark()
    control.step_epochs(1)  # finishes the epoch under way
    s3 = collector.wait_for(_paused(), mark)
    assert (s3.epoch, s3.batch) == (2, 0) and len(s3.history["loss"]) == 2
    assert not np.array_equal(_flat(s2.weights), _flat(s3.weights))

    mark = collector.mark()
    control.set_learning_rate(1e-9)  # while paused: applied at once, weights untouched
    s4 = collector.wait_for(lambda s: s.state == "paused" and s.learning_rate == 1e-9, mark)
    assert float(session.model.optimizer.learning_rate) == pytest.approx(1e-9)
    np.testing.assert_array_equal(_flat(s4.weights), _flat(s3.weights))

    mark = collector.mark()
    control.step_batches(1)  # trains on with the same weights and the tiny rate
    s5 = collector.wait_for(_paused(), mark)
    assert (s5.epoch, s5.batch) == (2, 1)
    np.testing.assert_allclose(_flat(s5.weights), _flat(s4.weights), atol=1e-7)

    mark = collector.mark()
    control.set_learning_rate(0.5)
    control.step_batches(1)
    s6 = collector.wait_for(lambda s: s.state == "paused" and s.batch == 2, mark)
    assert s6.learning_rate == 0.5
    assert np.abs(_flat(s6.weights) - _flat(s5.weights)).max() > 1e-4

    control.stop()  # wakes the paused run at once (the poll would take an hour)
    result = runner.join()
    assert (result.status, result.epoch) == ("stopped", 2)  # the cut epoch does not count
    stopped = collector.snapshots[-1]
    assert stopped.state == "stopped" and len(stopped.history["loss"]) == 2
    assert session.spec.learning_rate == 0.5

    # A new run continues with the same weights and history up to the planned epochs.
    control = TrainingControl(paused=True)
    collector2 = Collector()
    runner = Runner(session, control, collector2, snapshot_interval=60.0)
    again = collector2.wait_for(_paused())
    np.testing.assert_array_equal(_flat(again.weights), _flat(stopped.weights))
    assert again.epoch == 2
    control.resume()
    result = runner.join()
    assert (result.status, result.epoch) == ("finished", 20)
    assert len(session.history["loss"]) == 20
    assert collector2.snapshots[-1].state == "finished"


def test_stop_while_running_takes_effect_quickly():
    """A stop made while a batch is under way ends the run after at most that one more batch
    (the training waits in its report, held by the test, while the stop is made)."""
    spec = ModelSpec(hidden=(LayerSpec(8),), batch_size=8, epochs=100_000)
    session = TrainingSession(spec, _circle(64))  # 8 batches per epoch
    control = TrainingControl()
    collector = Collector(hold=lambda s: s.state == "running" and s.epoch >= 2)
    runner = Runner(session, control, collector, snapshot_interval=0)
    assert collector.holding.wait(HOLD_S)
    held = collector.snapshots[-1]
    control.stop()
    collector.released.set()
    result = runner.join()
    assert result.status == "stopped" and 2 <= result.epoch < 100_000
    stopped = collector.snapshots[-1]
    assert stopped.state == "stopped" and stopped.eta_seconds is not None
    steps = held.batches_per_epoch
    trained_after = (stopped.epoch * steps + stopped.batch) - (held.epoch * steps + held.batch)
    assert 0 <= trained_after <= 1  # the stop took effect at the next batch's end
    assert collector.snapshots[-1].eta_seconds is not None


def test_cancelled_callable_stops_a_paused_run():
    session = TrainingSession(ModelSpec(hidden=(LayerSpec(4),), epochs=10), _gate("and"))
    cancel = threading.Event()
    collector = Collector()
    runner = Runner(session, TrainingControl(paused=True), collector, cancelled=cancel.is_set)
    collector.wait_for(_paused())
    cancel.set()
    assert runner.join().status == "stopped"  # noticed by the paused run's poll


def test_control_validates_commands():
    control = TrainingControl()
    for bad in (0, -1, 1.5, True):
        with pytest.raises(ValueError, match="positive integer"):
            control.step_batches(bad)
    with pytest.raises(ValueError, match="learning_rate must be a finite number > 0"):
        control.set_learning_rate(float("nan"))
    control.stop()
    assert control.stopped
    control.rearm(paused=True)
    assert control.paused and not control.stopped


# --- NaN ----------------------------------------------------------------------------------------


def test_nan_loss_stops_with_a_message_and_keeps_the_last_good_weights():
    spec = ModelSpec(hidden=(), output_activation="linear", loss="mse", optimizer="sgd",
                     learning_rate=1e6, batch_size=8, epochs=50)  # one batch per epoch
    session = TrainingSession(spec, _line(8))
    initial = session.model.get_weights()
    collector = Collector()
    result = session.run(report=collector, snapshot_interval=0)  # a weight copy every batch
    assert result.status == "diverged"
    bad_epoch = int(result.message.split("at epoch ")[1].split(",")[0])
    assert bad_epoch >= 3
    assert f"at epoch {bad_epoch}, batch 1:" in result.message
    assert "learning rate 1e+06 is too large" in result.message
    assert "lower the learning rate" in result.message
    weights = session.model.get_weights()
    assert all(np.isfinite(w).all() for w in weights)
    # The loss of epoch k was computed from the weights after epoch k-1, so the last weights
    # known to give a finite loss are those after epoch k-2.
    good = [s for s in collector.snapshots
            if s.state == "running" and (s.epoch, s.batch) == (bad_epoch - 2, 0)]
    expected = [a for pair in good[-1].weights for a in pair] if good else initial
    for mine, theirs in zip(weights, expected, strict=True):
        np.testing.assert_array_equal(mine, theirs)
    final = collector.snapshots[-1]
    assert final.state == "diverged" and final.message == result.message
    assert len(session.history["loss"]) == result.epoch == bad_epoch - 1
    assert all(np.isfinite(session.history["loss"]))

    session.set_learning_rate(0.05)  # lower it and train on from the restored weights
    result = session.run()
    assert result.status == "finished" and np.isfinite(session.evaluate()["loss"])


# --- reset, save, load, history -------------------------------------------------------------


def test_reset_reinitialises_from_the_seed():
    spec = ModelSpec(hidden=(LayerSpec(4),), epochs=3, seed=7)
    session = TrainingSession(spec, _gate("or"))
    first = session.model.get_weights()
    session.run()
    assert session.epoch == 3
    session.reset()
    assert session.epoch == 0 and session.history == {}
    for a, b in zip(first, session.model.get_weights(), strict=True):
        np.testing.assert_array_equal(a, b)
    other = TrainingSession(spec.with_changes(seed=8), _gate("or"))
    assert not np.array_equal(first[0], other.model.get_weights()[0])


def test_save_and_load_round_trip(tmp_path):
    spec = ModelSpec(hidden=(LayerSpec(5, "sigmoid"),), loss="categorical_crossentropy",
                     optimizer="adam", learning_rate=0.05, epochs=20)
    data = _gate("xor")
    session = TrainingSession(spec, data)
    session.run()
    path = session.save(tmp_path / "xor.keras")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["xor.keras"]
    fresh = TrainingSession(spec.with_changes(seed=99), data)
    fresh.load(path)
    np.testing.assert_allclose(fresh.predict(data.x_test), session.predict(data.x_test),
                               atol=1e-6)
    from explorer.core.nn.model import load_model

    raw = load_model(path)
    np.testing.assert_allclose(raw.predict(data.x_test, verbose=0),
                               session.predict(data.x_test), atol=1e-6)


def test_bad_model_files_get_clear_errors(tmp_path):
    session = TrainingSession(ModelSpec(hidden=(LayerSpec(3),), epochs=1), _gate("and"))
    with pytest.raises(ModelFileError, match=r"must end in \.keras"):
        session.save(tmp_path / "model.h5")
    with pytest.raises(ModelFileError, match="no such folder"):
        session.save(tmp_path / "missing" / "m.keras")
    with pytest.raises(ModelFileError, match="no such file"):
        session.load(tmp_path / "absent.keras")
    text = tmp_path / "text.keras"
    text.write_text("hello", encoding="utf-8")
    with pytest.raises(ModelFileError, match="not a Keras model"):
        session.load(text)
    empty_zip = tmp_path / "empty.keras"
    with zipfile.ZipFile(empty_zip, "w") as archive:
        archive.writestr("readme.txt", "not a model")
    with pytest.raises(ModelFileError, match="cannot read the model"):
        session.load(empty_zip)
    other = TrainingSession(ModelSpec(hidden=(LayerSpec(7),), epochs=1), _gate("and"))
    saved = other.save(tmp_path / "seven.keras")
    with pytest.raises(ModelFileError, match="its layers do not match"):
        session.load(saved)


def test_history_csv_from_a_session(tmp_path):
    spec = ModelSpec(hidden=(LayerSpec(6),), batch_size=16, epochs=3, validation_split=0.25)
    session = TrainingSession(spec, _circle(64))
    session.run()
    path = session.write_history_csv(tmp_path / "history.csv")
    rows = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert rows[0] == ["epoch", "loss", "accuracy", "val_loss", "val_accuracy"]
    assert [r[0] for r in rows[1:]] == ["1", "2", "3"]
    assert float(rows[3][1]) == pytest.approx(session.history["loss"][2], rel=1e-6)


def test_validation_split_must_leave_samples():
    spec = ModelSpec(hidden=(LayerSpec(2),), validation_split=0.8)
    with pytest.raises(ValueError, match=r"validation_split 0\.8 leaves no training "
                                         r"samples out of 4"):
        TrainingSession(spec, _gate("or")).run()


# --- the train command ----------------------------------------------------------------------


def test_train_cli_text(capsys):
    assert main(["train", "--preset", "or_linear", "--epochs", "3", "--seed", "1"]) == 0
    out = capsys.readouterr().out
    assert "Total params: 3" in out and "(2 + 1) × 1 = 3" in out
    lines = [line for line in out.splitlines() if line.startswith("Epoch")]
    assert len(lines) == 3 and lines[0].startswith("Epoch 1/3 - loss: ")
    assert "Test evaluation (4 samples): loss: " in out and "accuracy: " in out


def test_train_cli_json(capsys):
    assert main(["train", "--preset", "xor_softmax", "--epochs", "4", "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["summary"]["total_params"] == 27
    assert [row["params"] for row in document["summary"]["layers"]] == [15, 12]
    assert len(document["history"]["loss"]) == 4 and document["epochs"] == 4
    assert set(document["evaluation"]) == {"loss", "accuracy"}
    assert document["status"] == "finished" and document["spec"]["epochs"] == 4


def test_train_cli_errors(capsys):
    assert main(["train", "--preset", "nope"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0
    assert err.startswith("explorer train: unknown preset 'nope'; choose one of xor_relu")
    assert main(["train", "--preset", "boston", "--epochs", "0"]) == 2
    assert "'epochs' must be an integer 1–1,000,000" in capsys.readouterr().err
