"""The Training Lab driven like a student would: pick data, train live with Keras, pause, change
the learning rate, step, stop; presets, drawing, CSV import, NaN, files, scenes and exports.

Tiny data and few epochs keep it quick; the first training in the session imports TensorFlow
(on the lab's worker thread, as in the app).
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import threading

import numpy as np
import pytest
from PySide6.QtCore import QPointF, QSize, Qt

from explorer.bootstrap import ROOT
from explorer.core.nn.spec import LayerSpec, ModelSpec
from explorer.core.scene import SceneError
from explorer.ui.export import image_to_array
from explorer.ui.worker import running_threads

pytestmark = pytest.mark.keras

SMALL = ModelSpec(hidden=(LayerSpec(6, "tanh"),), optimizer="adam", learning_rate=0.02,
                  batch_size=8, epochs=100_000, seed=0)


@pytest.fixture
def lab(open_lab):
    return open_lab("training")


def _setup(lab, data: dict, spec: ModelSpec = SMALL) -> None:
    lab.apply_state({"data": data, "model": spec.to_dict()})


def _wait_snapshot(qtbot, lab, predicate, timeout=60_000):
    """Wait (on the lab's signal) until the latest snapshot satisfies ``predicate``."""
    def ok() -> bool:
        return lab.latest is not None and predicate(lab.latest)

    while not ok():
        with qtbot.waitSignal(lab.snapshot_received, timeout=timeout):
            pass
    return lab.latest


def _drawn(qtbot, lab):
    """Let the render timer draw the latest snapshot (or a later one) everywhere."""
    target = lab.latest

    def caught_up(key: str) -> bool:
        drawn = lab.render.drawn.get(key)
        return drawn is not None and (drawn.epoch, drawn.batch, drawn.state != "running") >= \
            (target.epoch, target.batch, target.state != "running")

    qtbot.waitUntil(lambda: caught_up(lab.current_view()) and caught_up("curves")
                    and not lab.curves.behind, timeout=10_000)


class RunGate:
    """Holds the lab's training run where the test says, by wrapping its frame painter (called
    on the training thread for every snapshot): after the first snapshot that ``hold_after``'s
    predicate accepts has gone out, the run waits at its next snapshot until the test moves
    on. Snapshots are taken after every batch and reach the GUI unthrottled, so the accepted
    one is on screen while the run waits, one batch later."""

    HOLD_S = 60.0  # the limit of a hold the test forgot to release

    def __init__(self, lab, monkeypatch) -> None:
        from explorer.ui import worker
        from explorer.ui.labs.training import lab as lab_module

        monkeypatch.setattr(lab_module, "SNAPSHOT_S", 0.0)  # a snapshot after every batch
        monkeypatch.setattr(worker, "MAX_PARTIALS_PER_SECOND", float("inf"))  # all delivered
        self._predicate = None
        self._matched = False
        self.holding, self._release = threading.Event(), threading.Event()
        lab.ensure_session()
        painter = lab.painter

        def paint(snapshot):
            if self._matched:
                self._matched = False
                self.holding.set()
                self._release.wait(self.HOLD_S)
            if self._predicate is not None and self._predicate(snapshot):
                self._predicate, self._matched = None, True
            return painter(snapshot)

        lab.painter = paint

    def hold_after(self, predicate) -> None:
        """Hold the run one snapshot after ``predicate`` accepts one (and let a held run go)."""
        release = self._release
        self._predicate, self._matched = predicate, False
        self.holding, self._release = threading.Event(), threading.Event()
        release.set()

    def wait(self) -> None:
        assert self.holding.wait(self.HOLD_S), "the run was not held"

    def release(self) -> None:
        self._release.set()


@pytest.fixture
def gate(lab, monkeypatch):
    made: list[RunGate] = []

    def make() -> RunGate:
        made.append(RunGate(lab, monkeypatch))
        return made[-1]

    yield make
    for one in made:
        one.release()


def _flat(weights) -> np.ndarray:
    return np.concatenate([a.ravel() for pair in weights for a in pair])


def _click(qtbot, view, x: float, y: float, button=Qt.MouseButton.LeftButton) -> None:
    widget = view.plot_widget
    scene_pos = view.viewbox.mapViewToScene(QPointF(x, y))
    qtbot.mouseClick(widget.viewport(), button, pos=widget.mapFromScene(scene_pos))


def test_the_lab_sits_between_perceptron_and_gallery(main_window, lab):
    assert list(main_window.labs) == ["optimizer", "perceptron", "training", "gallery"]
    assert main_window.current_lab is lab and lab.title == "Training Lab"
    assert "Space" in lab.hint and main_window.statusBar().currentMessage() == lab.hint
    assert lab.dataset.name == "circle" and lab.dataset.is_2d
    assert lab.model_panel.total.text() == "<b>Total params: 105</b>"  # 2→8→8→1: 24 + 72 + 9
    assert [lab.view_tabs.tabText(i) for i in range(4)
            if lab.view_tabs.isTabVisible(i)] == ["Boundary", "Weights"]
    assert lab.transport.train_button.isEnabled() and not lab.transport.stop_button.isEnabled()


def test_the_window_shows_the_lab_without_tensorflow():
    code = ("import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
            "from explorer.ui.app import create_application, dispose\n"
            "from explorer.ui.main_window import MainWindow\n"
            "app = create_application(); w = MainWindow(remember=False)\n"
            "w.select_lab('training'); w.show(); app.processEvents()\n"
            "lab = w.labs['training']; lab.apply_preset('boston')\n"
            "print(lab.model_panel.total.text(), 'tensorflow' in sys.modules)\n"
            "w.shutdown(); dispose(w)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=60, check=True).stdout.split()
    assert out[-1] == "False" and "153</b>" in out[-2]


def test_train_pause_change_the_learning_rate_resume_and_stop(qtbot, lab, gate):
    """The run is held (``RunGate``) at each point the test looks at it running, so it can
    never finish before the test pauses or stops it, however fast the machine."""
    _setup(lab, {"dataset": "circle", "n_samples": 60, "seed": 1}, SMALL.with_changes(epochs=2000))
    assert lab.dataset.n_train == 42
    run = gate()
    run.hold_after(lambda s: s.state == "running" and s.epoch >= 1)
    with qtbot.waitSignal(lab.snapshot_received, timeout=60_000):
        qtbot.keyClick(lab, Qt.Key.Key_Space)  # train
    run.wait()
    _wait_snapshot(qtbot, lab, lambda s: s.state == "running" and s.epoch >= 1)
    _drawn(qtbot, lab)
    heat_before, drawn = lab.boundary.heat().copy(), lab.render.drawn["boundary"]
    assert heat_before.shape == (80, 80, 3) and heat_before.dtype == np.uint8  # RGB
    assert len(np.unique(heat_before.reshape(-1, 3), axis=0)) > 20  # shaded, not flat
    run.hold_after(lambda s: s.state == "running" and s.epoch >= drawn.epoch + 5)
    run.wait()
    _wait_snapshot(qtbot, lab, lambda s: s.epoch >= drawn.epoch + 5)
    _drawn(qtbot, lab)
    assert (lab.boundary.heat() != heat_before).any()  # the boundary moved
    curve = lab.curves.data("loss")
    assert len(curve["train_raw"]) >= drawn.epoch + 5
    np.testing.assert_allclose(curve["train_raw"], lab.curves.snapshot.history["loss"])
    assert curve["train_raw_x"][0] == 1.0 and np.isfinite(curve["train"]).all()
    assert lab.transport.progress.bar.value() > 0
    assert "epoch" in lab.transport.progress.counter.text()
    assert "ETA" in lab.transport.progress.eta.text()
    assert len(lab.boundary.maps_image.image.shape) == 3  # the neurons' mosaic (RGB)

    qtbot.keyClick(lab, Qt.Key.Key_Space)  # pause
    run.hold_after(lambda s: False)  # let the held run go: it pauses at its next batch
    paused = _wait_snapshot(qtbot, lab, lambda s: s.state == "paused")
    _drawn(qtbot, lab)
    heatmap = lab.boundary.heatmap  # a paused heatmap is the snapshot's own, not a blend
    assert heatmap.item.opacity() == 1.0 and not heatmap.under.isVisible()
    assert lab.transport.train_button.text() == "Resume"
    assert not lab.model_panel.optimizer.isEnabled() and lab.model_panel.learning_rate.isEnabled()
    lab.model_panel.learning_rate.setValue(0.005)
    changed = _wait_snapshot(qtbot, lab, lambda s: s.state == "paused"
                             and s.learning_rate == pytest.approx(0.005))
    np.testing.assert_array_equal(_flat(changed.weights), _flat(paused.weights))

    run.hold_after(lambda s: s.state == "running" and s.epoch > paused.epoch)
    qtbot.keyClick(lab, Qt.Key.Key_Space)  # resume with the same weights and the new rate
    run.wait()
    resumed = _wait_snapshot(qtbot, lab, lambda s: s.state == "running"
                             and s.epoch > paused.epoch)
    assert resumed.learning_rate == pytest.approx(0.005)
    assert len(resumed.history["loss"]) == resumed.epoch  # the history continued
    with qtbot.waitSignal(lab.run_finished, timeout=60_000) as blocker:
        lab.transport.stop_button.click()
        run.release()  # the held run goes on and meets the stop at its next batch
    assert blocker.args == ["stopped"]
    assert not lab.runner.busy and lab.transport.train_button.text() == "Train"
    assert lab.model_panel.optimizer.isEnabled()


def test_step_one_batch_and_one_epoch(qtbot, lab):
    _setup(lab, {"dataset": "gaussians", "n_samples": 40, "test_fraction": 0.2})
    assert lab.session is None  # 32 training samples: 4 batches of 8
    qtbot.keyClick(lab, Qt.Key.Key_Right)
    s = _wait_snapshot(qtbot, lab, lambda s: s.state == "paused" and s.batch == 1)
    assert (s.epoch, s.batches_per_epoch) == (0, 4) and len(s.batch_history["loss"]) == 1
    qtbot.keyClick(lab, Qt.Key.Key_Right)
    s = _wait_snapshot(qtbot, lab, lambda s: s.state == "paused" and s.batch == 2)
    assert s.epoch == 0
    qtbot.keyClick(lab, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    s = _wait_snapshot(qtbot, lab, lambda s: s.state == "paused" and s.epoch == 1)
    assert s.batch == 0 and len(s.history["loss"]) == 1
    lab.step_epoch()
    s = _wait_snapshot(qtbot, lab, lambda s: s.state == "paused" and s.epoch == 2)
    _drawn(qtbot, lab)
    assert lab.transport.progress.counter.text().startswith("epoch 2/")
    assert len(lab.curves.data("loss")["train_raw"]) == 2
    with qtbot.waitSignal(lab.run_finished, timeout=60_000):
        lab.stop()
    qtbot.keyClick(lab, Qt.Key.Key_R)  # reset: the next run starts from fresh weights
    assert lab.session is None and lab.latest is None and lab.boundary.heat() is None
    assert len(lab.curves.data("loss")["train_raw"]) == 0


def test_a_nan_loss_shows_the_message_and_keeps_finite_weights(qtbot, lab):
    spec = ModelSpec(hidden=(LayerSpec(4, "relu"),), optimizer="sgd", learning_rate=1e6,
                     batch_size=8, epochs=50)
    _setup(lab, {"dataset": "plane", "n_samples": 40}, spec)
    assert [lab.view_tabs.tabText(i) for i in range(4) if lab.view_tabs.isTabVisible(i)] == \
        ["Surface", "Regression", "Weights"]
    with qtbot.waitSignal(lab.run_finished, timeout=60_000) as blocker:
        lab.train()
    assert blocker.args == ["diverged"]
    _drawn(qtbot, lab)
    message = lab.transport.message.text()
    assert lab.transport.is_error
    assert "The loss became" in message and "at epoch" in message and "batch" in message
    assert "lower the learning rate" in message
    assert lab.latest.state == "diverged"
    assert np.isfinite(_flat(lab.latest.weights)).all()
    assert np.isfinite(lab.latest.history.get("loss", [])).all()
    lab.model_panel.learning_rate.setValue(0.01)  # lower it: train on from the kept weights
    assert lab.session is not None and lab.session.spec.learning_rate == 0.01


def test_a_bad_csv_is_refused_with_row_and_column_and_the_data_stays(qtbot, lab, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b,y\n1,2,3\n4,oops,6\n", encoding="utf-8")
    before, settings = lab.dataset, lab.data_settings
    lab.data_panel.import_csv(bad)
    error = lab.data_panel.error
    assert error.isVisibleTo(lab.data_panel)
    assert "row 3" in error.text() and "column 'b'" in error.text()
    assert "'oops' is not a number" in error.text() and "Still using: Circle" in error.text()
    assert lab.dataset is before and lab.data_settings == settings

    good = tmp_path / "good.csv"
    rng = np.random.default_rng(0)
    with good.open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["x1", "x2", "price"])
        for x1, x2 in rng.uniform(-1, 1, (30, 2)):
            writer.writerow([f"{x1:.3f}", f"{x2:.3f}", f"{2 * x1 - x2:.3f}"])
    lab.data_panel.import_csv(good)
    assert not error.isVisibleTo(lab.data_panel)
    assert lab.dataset.name == "csv" and lab.dataset.task == "regression"
    assert lab.dataset.feature_names == ("x1", "x2") and lab.dataset.n_train == 21
    assert lab.view_tabs.isTabVisible(1)  # Regression
    lab.data_panel.import_csv(bad)  # refused again: the good table stays
    assert lab.dataset.name == "csv" and "row 3" in error.text()


def test_drawing_points_adds_and_removes_them(qtbot, lab):
    box = lab.data_panel.dataset_box
    box.setCurrentIndex(box.findData("drawn"))
    box.activated.emit(box.currentIndex())
    assert lab.dataset is None and lab.view_tabs.currentIndex() == 0
    assert not lab.transport.train_button.isEnabled()
    view = lab.boundary
    _click(qtbot, view, -3.0, -3.0)
    lab.data_panel.set_draw_class(1)
    _click(qtbot, view, 3.0, 3.0)
    _click(qtbot, view, 2.5, 3.5)
    lab.data_panel.set_draw_class(2)
    _click(qtbot, view, -3.0, 3.0)
    points = lab.data_settings.points
    assert [p[2] for p in points] == [0, 1, 1, 2]
    assert points[0][:2] == pytest.approx((-3.0, -3.0), abs=0.1)
    assert lab.dataset is not None and lab.dataset.task == "multiclass"
    assert lab.dataset.n_classes == 3 and lab.transport.train_button.isEnabled()
    assert "4 points" in lab.data_panel.points_label.text()
    _click(qtbot, view, -2.8, 2.9, Qt.MouseButton.RightButton)  # removes the class-2 point
    assert [p[2] for p in lab.data_settings.points] == [0, 1, 1]
    assert lab.dataset.task == "binary"
    lab.data_panel.clear_button.click()
    assert lab.data_settings.points == () and lab.dataset is None


def test_presets_fill_the_form_and_boston_has_153_parameters(qtbot, lab):
    box = lab.preset_box
    box.setCurrentIndex(box.findData("boston"))
    box.activated.emit(box.currentIndex())
    panel = lab.model_panel
    assert [(r.units.value(), r.activation.currentText()) for r in panel.rows] == \
        [(8, "relu"), (4, "relu")]
    assert panel.optimizer.currentData() == "adam"
    assert panel.learning_rate.value() == pytest.approx(1e-3)
    assert panel.loss.currentData() == "mse" and panel.metrics.currentData() == ("mae", "mse")
    assert panel.epochs.value() == 20 and panel.batch_size.value() == 32
    assert panel.total.text() == "<b>Total params: 153</b>"
    cells = [panel.summary.item(r, 2).text() for r in range(panel.summary.rowCount())]
    assert cells == ["(13 + 1) × 8 = 112", "(8 + 1) × 4 = 36", "(4 + 1) × 1 = 5"]
    assert lab.dataset.name == "boston" and (lab.dataset.n_train, lab.dataset.n_test) == \
        (404, 102)
    assert lab.data_panel.dataset_box.currentData() == "boston"
    assert not lab.view_tabs.isTabVisible(0) and lab.view_tabs.isTabVisible(1)
    assert lab.state()["preset"] == "boston"
    panel.rows[0].units.setValue(16)  # editing the form leaves the preset
    assert lab.preset is None and panel.total.text() == "<b>Total params: 297</b>"

    box.setCurrentIndex(box.findData("xor_relu"))
    box.activated.emit(box.currentIndex())
    assert lab.dataset.name == "xor" and panel.total.text() == "<b>Total params: 129</b>"
    assert panel.optimizer.currentData() == "rmsprop" and panel.epochs.value() == 500


def test_regression_digits_and_weights_views(qtbot, lab):
    lab.apply_preset("boston")
    lab.model_panel.epochs.setValue(3)
    with qtbot.waitSignal(lab.run_finished, timeout=60_000):
        lab.train()
    lab.view_tabs.setCurrentIndex(1)
    _drawn(qtbot, lab)
    x, y = lab.regression.points.getData()
    assert len(x) == 102 and np.allclose(y, lab.latest.predicted)
    assert "R²" in lab.regression.info.text()
    assert len(lab.curves.plots) == 3  # loss, mae, mse

    lab.apply_preset("digits")
    lab.model_panel.epochs.setValue(1)
    with qtbot.waitSignal(lab.run_finished, timeout=60_000):
        lab.train()
    assert lab.view_tabs.tabText(2) == "Digits" and lab.view_tabs.isTabVisible(2)
    lab.view_tabs.setCurrentIndex(2)
    _drawn(qtbot, lab)
    matrix = lab.digits.matrix.image
    assert matrix.shape == (10, 10) and matrix.sum() == lab.dataset.n_test
    wrong = lab.latest.misclassified
    if len(wrong):
        label = lab.digits.gallery_labels[0].toPlainText()
        true = lab.dataset.class_names[int(lab.dataset.y_test[wrong[0]])]
        assert label.startswith(f"{true}→")
        assert lab.digits.gallery_images[0].image.shape == (8, 8)

    lab.view_tabs.setCurrentIndex(3)
    _drawn(qtbot, lab)
    weights = lab.weights
    assert [k.image.shape for k in weights.kernels] == [(64, 64), (64, 32), (32, 10)]
    kernel = lab.latest.weights[1][0]
    plot = weights.kernel_plots[1]

    def cell_on_screen() -> bool:  # on a real X server the layout settles a little later
        return plot.sceneBoundingRect().contains(plot.vb.mapViewToScene(QPointF(5.2, 2.9)))

    qtbot.waitUntil(cell_on_screen, timeout=10_000)
    weights._on_mouse(plot.vb.mapViewToScene(QPointF(5.2, 2.9)))  # column 5, row 3
    assert f"{kernel[3, 5]:.5g}" in weights.hover.text() and "W[3, 5]" in weights.hover.text()
    ticks = [[value for value, _ in level] for level in
             weights.kernel_plots[2].getAxis("bottom")._tickLevels]
    assert ticks == [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9]]  # whole unit indices only
    assert [v for v, _ in weights.kernel_plots[0].getAxis("left")._tickLevels[0]] == \
        list(range(0, 64, 10))


def test_save_load_model_and_history_csv(qtbot, lab, tmp_path):
    _setup(lab, {"dataset": "xor", "n_samples": 40}, SMALL.with_changes(epochs=5))
    with qtbot.waitSignal(lab.run_finished, timeout=60_000):
        lab.train()
    history = tmp_path / "history.csv"
    lab.export_history(history)
    rows = list(csv.reader(history.open(encoding="utf-8")))
    assert rows[0] == ["epoch", "loss", "accuracy"] and len(rows) == 6
    path = tmp_path / "model.keras"
    with qtbot.waitSignal(lab.file_finished, timeout=30_000) as blocker:
        lab.save_model(path)
    assert blocker.args == ["saved"] and path.is_file()
    trained = _flat(lab.latest.weights)
    qtbot.keyClick(lab, Qt.Key.Key_R)
    assert lab.session is None
    with qtbot.waitSignal(lab.file_finished, timeout=30_000) as blocker:
        lab.load_model(path)
    assert blocker.args == ["loaded"]
    np.testing.assert_allclose(_flat(lab.latest.weights), trained)
    bad = tmp_path / "bad.keras"
    bad.write_text("not a model", encoding="utf-8")
    with qtbot.waitSignal(lab.file_finished, timeout=30_000) as blocker:
        lab.load_model(bad)
    assert blocker.args == ["error"] and lab.transport.is_error
    assert "bad.keras: not a Keras model" in lab.transport.message.text()
    np.testing.assert_allclose(_flat(lab.session.snapshot().weights), trained)


def test_state_round_trip_and_a_corrupt_state_is_refused(lab):
    spec = ModelSpec(hidden=(LayerSpec(5, "tanh", 0.1), LayerSpec(3, "elu")), loss="mse",
                     optimizer="rmsprop", learning_rate=0.003, batch_size=16, epochs=42,
                     validation_split=0.2, seed=7)
    state = {"version": 1, "data": {"dataset": "moons", "n_samples": 120, "noise": 0.2,
                                    "test_fraction": 0.25, "seed": 3, "standardize": True},
             "model": spec.to_dict(), "preset": None, "view": "weights",
             "curves": {"log_y": True, "smoothing": 0.3}}
    lab.apply_state(state)
    saved = lab.state()
    assert saved["model"] == spec.to_dict() and saved["view"] == "weights"
    assert saved["data"]["dataset"] == "moons" and saved["data"]["noise"] == 0.2
    assert saved["curves"] == {"log_y": True, "smoothing": 0.3}
    assert [r.dropout.value() for r in lab.model_panel.rows] == [0.1, 0.0]
    assert lab.dataset.standardization is not None and lab.dataset.n_test == 30
    lab.apply_state({"data": {"dataset": "circle"}})
    lab.apply_state(saved)
    assert lab.state() == saved
    corrupt = [
        [],
        {"model": {"hidden": [{"units": 0}]}},
        {"model": {"optimizer": "sgdx"}},
        {"data": {"dataset": "nope"}},
        {"data": {"noise": 2}},
        {"data": {"dataset": "drawn", "points": [[0, 0, 9]]}},
        {"data": {"dataset": "csv", "csv_path": "/no/such/file.csv"}},
        {"data": {"dataset": "plane"}, "model": {"loss": "binary_crossentropy"}},
        {"view": "sideways"},
        {"curves": {"smoothing": 5}},
        {"version": 99},
        {"extra": 1},
    ]
    for data in corrupt:
        with pytest.raises(SceneError):
            lab.apply_state(data)
        assert lab.state() == saved


def test_png_export_of_the_lab_is_not_blank(qtbot, main_window, lab, tmp_path):
    from PySide6.QtGui import QImage

    path = tmp_path / "training.png"
    main_window.exporter.export_picture(path, QSize(800, 500))
    image = QImage(str(path))
    assert (image.width(), image.height()) == (800, 500)
    pixels = image_to_array(image)
    assert pixels.std() > 20
    assert len(np.unique(pixels.reshape(-1, 3), axis=0)) > 50


def test_closing_during_training_leaves_no_thread(qtbot, main_window, lab, gate):
    _setup(lab, {"dataset": "spiral", "n_samples": 100})
    run = gate()
    run.hold_after(lambda s: s.state == "running")
    lab.train()
    run.wait()  # held mid-run: it cannot have ended
    _wait_snapshot(qtbot, lab, lambda s: s.state == "running")
    assert lab.runner.running and lab.runner.worker.thread.isRunning()
    run.release()  # running, 100,000 epochs to go, as the window closes
    main_window.close()
    assert running_threads() == []


def _train_four_epochs(qtbot, lab) -> None:
    """A small run on quadrants, trained to its end (4 epochs)."""
    _setup(lab, {"dataset": "quadrants", "n_samples": 60},
           ModelSpec(hidden=(LayerSpec(4, "tanh"),), learning_rate=0.05, batch_size=8, epochs=4,
                     seed=0))
    with qtbot.waitSignal(lab.run_finished, timeout=60_000):
        lab.train()
    qtbot.waitUntil(lambda: lab.latest is not None and lab.latest.state == "finished",
                    timeout=10_000)


def test_an_animation_replays_the_recorded_run_without_training_again(qtbot, main_window, lab,
                                                                        tmp_path):
    from PIL import Image

    assert lab.animation_frames(320, 240) is None  # nothing trained yet: nothing to replay
    _train_four_epochs(qtbot, lab)
    epochs = [frame.snapshot.epoch for frame in lab.replay.recorded]
    assert epochs == sorted(set(epochs)) and epochs[-1] == 4  # one frame an epoch, the end
    info = lab.figure_info()
    assert info.counter == "epoch 4" and "tanh" in info.subtitle
    path = tmp_path / "run.gif"
    export = main_window.exporter.export_animation(path, QSize(320, 240), show_dialog=False)
    qtbot.waitUntil(lambda: not export.running, timeout=60_000)
    with Image.open(path) as gif:
        assert gif.n_frames == lab.frame_count() == len(epochs)
        first = np.asarray(gif.convert("RGB"))
        gif.seek(gif.n_frames - 1)
        last = np.asarray(gif.convert("RGB"))
    assert not np.array_equal(first, last)  # the boundary and curves moved
    assert lab.session is not None and lab.session.epoch == 4  # nothing was retrained
    assert lab.latest.state == "finished" and lab.figure_info().counter == "epoch 4"


def test_a_scene_keeps_the_run_and_export_replays_it_headless(qtbot, main_window, lab,
                                                              tmp_path):
    """Issue 19: a scene with a trained run exports the run's replay, never retraining it."""
    from PIL import Image

    from explorer.core.scene import Scene, read_scene, write_scene

    _train_four_epochs(qtbot, lab)
    recorded = [frame.snapshot for frame in lab.replay.recorded]
    path = tmp_path / "run.json"
    write_scene(path, Scene("training", {"training": lab.state()}))
    assert path.stat().st_size < 200_000
    lab.apply_state(read_scene(path).labs["training"])  # a fresh lab state: no session
    assert lab.session is None
    again = [frame.snapshot for frame in lab.replay.recorded]
    assert [s.epoch for s in again] == [s.epoch for s in recorded]
    for a, b in zip(again, recorded, strict=True):
        for (ka, ba), (kb, bb) in zip(a.weights, b.weights, strict=True):
            np.testing.assert_allclose(ka, kb, rtol=1e-6)
            np.testing.assert_allclose(ba, bb, rtol=1e-6, atol=1e-12)
        np.testing.assert_allclose(a.history["loss"], b.history.get("loss", []), rtol=1e-12)
    np.testing.assert_allclose(again[-1].grid, recorded[-1].grid, atol=1e-5)  # from weights
    assert lab.figure_info().counter == "epoch 4"
    gif = tmp_path / "run.gif"
    result = subprocess.run([sys.executable, "main.py", "export", "--scene", str(path),
                             "--out", str(gif), "--size", "320x240"], capture_output=True,
                            text=True, timeout=300, cwd=ROOT,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    with Image.open(gif) as image:
        assert image.n_frames == len(recorded) and image.size == (320, 240)
