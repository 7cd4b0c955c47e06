"""The Training Lab's Landscape tab driven like a user would: compute, cancel, race, export.

A small model (circle, 2→8 tanh→1) is trained once for the module; each test hosts a fresh
LandscapeView in a plain window, and fails if a worker thread outlives it.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QVBoxLayout, QWidget

from explorer.core.data import datasets
from explorer.core.nn.landscape import Landscape
from explorer.core.nn.spec import LayerSpec, ModelSpec
from explorer.core.nn.training import TrainingControl, TrainingSession
from explorer.core.scene import SceneError
from explorer.core.surfaces import Surface
from explorer.ui.export import image_to_array
from explorer.ui.labs.training.landscape_view import LandscapeView
from explorer.ui.worker import running_threads

pytestmark = pytest.mark.keras
TIMEOUT_MS = 30_000


def _train(spec: ModelSpec, n_samples: int) -> TrainingSession:
    data = datasets.load("circle", n_samples=n_samples, seed=0)
    session = TrainingSession(spec, data, record_every=(1, "batch"))
    assert session.run(TrainingControl(), None).status == "finished"
    return session


@pytest.fixture(scope="module")
def session():
    spec = ModelSpec(hidden=(LayerSpec(8, "tanh"),), optimizer="adam", learning_rate=0.05,
                     batch_size=16, epochs=4, seed=1, validation_split=0.0)
    return _train(spec, 120)


class Host:
    """Stands in for the Training Lab: which session, and whether it is training."""

    def __init__(self, session: TrainingSession | None) -> None:
        self.session, self.is_training = session, False

    def get(self) -> TrainingSession | None:
        return self.session

    def training(self) -> bool:
        return self.is_training


@pytest.fixture
def host(session):
    return Host(session)


@pytest.fixture
def view(qtbot, host):
    window = QWidget()
    QVBoxLayout(window).setContentsMargins(0, 0, 0, 0)
    widget = LandscapeView(host.get, host.training)
    window.layout().addWidget(widget)
    qtbot.addWidget(window)
    window.resize(930, 650)
    window.show()
    qtbot.waitExposed(window)
    yield widget
    widget.shutdown()
    assert not running_threads(), "the landscape worker outlived its view"


def _compute(qtbot, view: LandscapeView, **settings) -> Landscape:
    view.apply_state({**view.state(), **settings})
    with qtbot.waitSignal(view.computed, timeout=TIMEOUT_MS) as blocker:
        qtbot.mouseClick(view.compute_button, Qt.MouseButton.LeftButton)
    landscape = blocker.args[0]
    assert isinstance(landscape, Landscape) and view.landscape is landscape
    return landscape


def test_random_slice_draws_the_grid_with_the_models_loss_at_the_centre(qtbot, view, session):
    land = _compute(qtbot, view, kind="random", span=0.5, resolution=9, seed=2)
    assert view.tabs.stack.currentWidget() is view.tabs.map
    image = view.tabs.map.image.image
    assert image.dtype == np.float32 and image.flags.c_contiguous
    np.testing.assert_array_equal(image, land.loss)  # the heatmap is the grid itself
    levels = view.tabs.map.image.getLevels()
    assert levels[0] == pytest.approx(float(land.loss.min()))
    expected = session.evaluate("train")["loss"]
    assert land.loss[4, 4] == pytest.approx(expected, abs=1e-4)
    assert land.centre_loss == pytest.approx(expected, abs=1e-4)
    centre = view.tabs.map.centre.data
    assert (tuple(centre["x"]), tuple(centre["y"])) == ((0.0,), (0.0,))
    minimum = view.tabs.map.minimum.data
    assert tuple(minimum["x"]) == (land.minimum[0],) and tuple(minimum["y"]) == (land.minimum[1],)
    assert len(view.tabs.map.contours.getData()[0]) > 0
    assert view.tabs.partials_drawn == 0 and "loss" in view.info.text()
    assert view.race_button.isEnabled() and view.tabs.npz_button.isEnabled()
    view.form.log_colour.setChecked(True)  # log colour redraws the same grid, log-scaled
    np.testing.assert_allclose(view.tabs.map.image.image,
                               np.log10(land.loss - land.loss.min() + 1e-3), rtol=1e-6)
    state = view.state()
    assert state["kind"] == "random" and state["resolution"] == 9 and state["span"] == 0.5


def test_partial_rows_are_drawn_while_computing(qtbot, view):
    shown: list[int] = []  # rows on screen after each partial grid
    original = view.tabs.map.show_grid

    def spy(loss, log_scale, split, rows=None):
        original(loss, log_scale, split, rows)
        shown.append(0 if view.tabs.map.values is None else len(view.tabs.map.values))

    view.tabs.map.show_grid = spy
    land = _compute(qtbot, view, kind="random", resolution=151)
    assert shown and min(shown) < 151  # a part of the grid (complete rows only) was drawn
    assert shown == sorted(shown)  # rows fill in, never go back
    assert shown[-1] == 151 and view.tabs.map.image.image.shape == land.loss.shape
    assert not np.isnan(view.tabs.map.image.image).any()


def test_pca_draws_the_training_path(qtbot, view, session):
    land = _compute(qtbot, view, kind="pca", resolution=11)
    xs, ys = view.tabs.map.path.getData()
    assert len(xs) == len(session.trajectory) > 2
    np.testing.assert_allclose(np.column_stack([xs, ys]), land.path)
    assert tuple(view.tabs.map.start.data["x"]) == (land.path[0, 0],)
    assert "PC 1" in view.tabs.map.getAxis("bottom").labelText
    legend, box = view.tabs.map.legend, view.tabs.map.getPlotItem().vb
    assert legend.isVisible() and len(legend.items) == 4
    assert not legend.sceneBoundingRect().intersects(box.sceneBoundingRect())  # hides no point
    view.form.show_path.setChecked(False)
    assert view.tabs.map.path.getData()[0] is None or len(view.tabs.map.path.getData()[0]) == 0


def test_interpolation_shows_the_line_with_both_ends(qtbot, view):
    land = _compute(qtbot, view, kind="interpolation", resolution=21, alpha=[-0.5, 1.5])
    line = view.tabs.line
    assert view.tabs.stack.currentWidget() is line and view.export_target() is line
    alpha, loss = view.tabs.line.loss_curve.getData()
    np.testing.assert_array_equal(loss, land.loss)
    assert alpha[0] == -0.5 and alpha[-1] == 1.5
    ends = view.tabs.line.endpoints.data
    assert list(ends["x"]) == [0.0, 1.0]
    assert ends["y"][1] == pytest.approx(land.centre_loss)
    assert [m.value() for m in view.tabs.line.marks[:2]] == [0.0, 1.0]
    assert view.tabs.line.accuracy_curve.getData()[1] is not None
    assert not view.tabs.isTabEnabled(1)  # no 3-D view of a line
    with qtbot.waitSignal(view.race_requested, timeout=TIMEOUT_MS) as blocker:
        assert view.race_here()
    surface = blocker.args[0]
    assert surface.dim == 1 and surface.domain == ((-0.5, 1.5),) and surface.start == (0.0,)


def test_cancel_stops_quickly_and_keeps_the_previous_landscape(qtbot, host, landscape_gate):
    """Cancel lands at the job's next check: the chunk under way (held until after the cancel)
    is the last one computed, and the previous landscape stays. Speed is the bench's."""
    window = QWidget()
    view = LandscapeView(host.get, host.training, window)
    qtbot.addWidget(window)
    try:
        before = _compute(qtbot, view, kind="random", resolution=5)
        landscape_gate.chunks.clear()
        landscape_gate.hold_chunk = 2  # the second chunk waits for the test
        view.apply_state({**view.state(), "resolution": 401})
        qtbot.mouseClick(view.compute_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: view.tabs.partials_drawn > 0 and landscape_gate.holding.is_set(),
                        timeout=TIMEOUT_MS)
        thread = view.worker.thread
        assert thread is not None and thread.isRunning()
        qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
        landscape_gate.release()
        assert thread.wait(TIMEOUT_MS)
        assert len(landscape_gate.chunks) == 2  # no chunk after the one under way
        qtbot.waitUntil(lambda: not view.busy, timeout=TIMEOUT_MS)
        assert view.landscape is before
        np.testing.assert_array_equal(view.tabs.map.image.image, before.loss)
        assert "Cancelled" in view.message.text() and view.compute_button.isEnabled()
    finally:
        view.shutdown()
    assert not running_threads()


def test_invalid_settings_show_a_message_and_change_nothing(qtbot, view, host):
    land = _compute(qtbot, view, kind="random", resolution=5)
    view.apply_state({**view.state(), "kind": "interpolation"})
    view.form.alpha_low.setValue(2.0)
    view.form.alpha_high.setValue(1.0)
    qtbot.mouseClick(view.compute_button, Qt.MouseButton.LeftButton)
    assert "alpha" in view.message.text() and not view.busy
    assert view.landscape is land
    before = view.state()  # the last valid settings: still loadable
    for bad in ({"resolution": 1}, {"kind": "spiral"}, {"colour": "red"}, {"seed": 2**31},
                "not a dict"):
        data = {**before, **bad} if isinstance(bad, dict) else bad
        with pytest.raises(SceneError, match="landscape"):
            view.apply_state(data)
        assert view.form.alpha_low.value() == 2.0  # the form is unchanged
    host.is_training = True
    view.refresh()
    assert not view.compute_button.isEnabled()
    assert "Pause" in view.compute_button.toolTip()
    assert not view.compute()
    host.session = None
    view.refresh()
    assert not view.compute_button.isEnabled()


def test_pca_without_a_path_reports_the_core_message(qtbot, view, host):
    spec = ModelSpec(hidden=(LayerSpec(4, "tanh"),), epochs=1, seed=0)
    fresh = TrainingSession(spec, datasets.load("circle", n_samples=60, seed=0))
    host.session = fresh  # never trained: no recorded path
    view.refresh()
    view.apply_state({**view.state(), "kind": "pca", "resolution": 5})
    qtbot.mouseClick(view.compute_button, Qt.MouseButton.LeftButton)
    assert view.busy
    qtbot.waitUntil(lambda: not view.busy, timeout=TIMEOUT_MS)
    assert "training path" in view.message.text() and view.landscape is None


def test_race_here_emits_a_surface_of_the_slice(qtbot, view):
    land = _compute(qtbot, view, kind="random", span=0.5, resolution=9, seed=2)
    with qtbot.waitSignal(view.race_requested, timeout=TIMEOUT_MS) as blocker:
        qtbot.mouseClick(view.race_button, Qt.MouseButton.LeftButton)
    surface = blocker.args[0]
    assert isinstance(surface, Surface) and surface.dim == 2
    assert surface.domain == ((-0.5, 0.5), (-0.5, 0.5))
    np.testing.assert_allclose(surface.grid(9)[2], land.loss, atol=1e-6)
    gradient = surface.gradient(np.array([0.0, 0.0]))
    assert gradient.shape == (2,) and np.isfinite(gradient).all()
    assert not view.busy and view.race_button.isEnabled()


def test_grid_npz_round_trip_and_errors(qtbot, view, tmp_path):
    assert not view.save_grid(tmp_path / "none.npz")  # nothing computed yet
    land = _compute(qtbot, view, kind="pca", resolution=7)
    assert view.save_grid(tmp_path / "slice.npz")
    loaded = Landscape.load_npz(tmp_path / "slice.npz")
    np.testing.assert_array_equal(loaded.loss, land.loss)
    np.testing.assert_array_equal(loaded.a, land.a)
    np.testing.assert_array_equal(loaded.path, land.path)
    assert loaded.kind == "pca" and loaded.title == land.title
    assert not view.save_grid(tmp_path / "missing" / "slice.npz")
    assert "not saved" in view.message.text()
    assert not (tmp_path / "missing").exists()


def test_png_export_has_the_requested_size_and_a_picture(qtbot, view, tmp_path):
    _compute(qtbot, view, kind="random", resolution=11)
    assert view.export_target() is view.tabs.map
    assert view.export_png(tmp_path / "slice.png", 640, 480)
    image = QImage(str(tmp_path / "slice.png"))
    assert (image.width(), image.height()) == (640, 480)
    pixels = image_to_array(image)
    assert pixels.std() > 20 and len(np.unique(pixels.reshape(-1, 3), axis=0)) > 50
    assert not view.export_png(tmp_path / "nowhere" / "x.png")


def test_shutdown_stops_a_running_computation(qtbot, view, landscape_gate):
    landscape_gate.hold_prepare()  # the computation is still preparing when the view shuts down
    view.apply_state({**view.state(), "kind": "random", "resolution": 401})
    assert view.compute()
    assert landscape_gate.preparing.wait(TIMEOUT_MS / 1000)
    assert view.worker.thread is not None and view.worker.thread.isRunning()
    view.shutdown()
    assert not running_threads()
    assert landscape_gate.chunks == []


@pytest.mark.gl
def test_three_d_tab_is_made_on_first_show(qtbot, view, gl_available):
    land = _compute(qtbot, view, kind="pca", resolution=11)
    assert view.tabs.view3d is None
    view.tabs.setCurrentIndex(1)
    assert view.tabs.view3d is not None and view.export_target() is view.tabs.view3d.widget
    assert view.tabs.view3d.widget.mesh is not None
    path = view.tabs.view3d.path
    assert path.pos.shape[1] == 3 and len(path.pos) <= len(land.path)
