"""Issue 5 end to end: train in the Training Lab, compute a slice, race optimizers on it."""

import numpy as np
import pytest

from explorer.core.nn.spec import LayerSpec, ModelSpec

pytestmark = pytest.mark.keras


def test_train_compute_a_slice_and_race_on_it(qtbot, main_window):
    main_window.select_lab("training")
    lab = main_window.labs["training"]
    spec = ModelSpec(hidden=(LayerSpec(6, "tanh"),), optimizer="adam", learning_rate=0.02,
                     batch_size=8, epochs=100_000, seed=0)
    lab.apply_state({"data": {"dataset": "circle", "n_samples": 60, "test_fraction": 0.2},
                     "model": spec.to_dict()})
    lab.step_epoch()
    qtbot.waitUntil(lambda: lab.latest is not None and lab.latest.state == "paused"
                    and lab.latest.epoch >= 1, timeout=60_000)
    view = lab.landscape
    lab.view_tabs.setCurrentWidget(view)
    view.form.resolution.setValue(9)
    with qtbot.waitSignal(view.computed, timeout=60_000) as blocker:
        assert view.compute()
    landscape = blocker.args[0]
    assert np.isfinite(landscape.loss).all()
    assert lab.export_target() is view.export_target()
    assert view.race_here()
    qtbot.waitUntil(lambda: main_window.current_lab.name == "optimizer", timeout=60_000)
    optimizer_lab = main_window.labs["optimizer"]
    assert optimizer_lab.surface.name == "landscape"
    optimizer_lab.step_once()
    assert np.isfinite(optimizer_lab.race.losses()).all()
    lab.stop()
