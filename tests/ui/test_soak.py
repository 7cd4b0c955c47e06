"""The soak (``python main.py bench --soak``) runs, tiny, and long races draw a bounded trail.

Only what the soak returns is checked, never how fast anything ran (DESIGN rule 9): the
figures themselves are the bench's business.
"""

import io
import json

import numpy as np
import pytest

from explorer.core.optim import PALETTE, RacerSetup, RaceSetup
from explorer.ui.labs.optimizer.decimate import DRAWN_POINTS, PeakTrace, trail_indices

CHECK_KEYS = {"figure", "value", "unit", "target", "pass"}


def test_trail_indices_keep_the_ends_and_at_most_the_limit():
    assert trail_indices(0).size == 0
    assert trail_indices(5, limit=8).tolist() == [0, 1, 2, 3, 4]
    for length in (2049, 10_000, 60_001):
        shown = trail_indices(length, limit=2048)
        assert len(shown) <= 2049
        assert shown[0] == 0 and shown[-1] == length - 1
        assert np.all(np.diff(shown) > 0)
    # a power-of-two stride: points stay put as the race grows; when the stride doubles,
    # every other one goes and none moves
    assert set(trail_indices(5_000)[:-1]) <= set(trail_indices(7_000))
    longer = trail_indices(9_000)
    assert set(longer[longer < 8_000]) <= set(trail_indices(8_000))


def test_peak_trace_bounded_and_keeps_every_extreme():
    rng = np.random.default_rng(0)
    values = rng.normal(size=50_000)
    values[12_345] = 99.0  # a spike must stay visible
    trace = PeakTrace(limit=500)
    seen = 0
    while seen < len(values):
        chunk = int(rng.integers(1, 700))
        trace.extend(values[seen:seen + chunk])
        seen += chunk
        xs, ys = trace.xy()
        assert len(xs) == len(ys) <= 502
        assert ys.max() == values[:seen].max() and ys.min() == values[:seen].min()
        assert xs[0] >= 0 and xs[-1] <= seen - 1
    assert trace.count == len(values)
    small = PeakTrace(limit=500)
    small.extend(values[:100])
    np.testing.assert_array_equal(small.xy()[1], values[:100])  # short series: as they are


def test_long_race_draws_a_decimated_trail_and_keeps_every_point(open_lab):
    lab = open_lab("optimizer")
    setup = RaceSetup.for_surface("rosenbrock", max_steps=100_000)
    setup.racers = [RacerSetup("rmsprop", {"learning_rate": 0.05}, PALETTE[0]),
                    RacerSetup("gd", {"learning_rate": 1e-3}, PALETTE[1])]
    lab.apply_setup(setup)
    lab.race.step(6_000)
    lab.step_once()  # one more step, drawn now
    for k, track in enumerate(lab.race.tracks):
        assert track.length == 6_002  # stored: every point (scenes, exports, read-outs)
        xs, ys = lab.view2d.trails[k].getData()
        assert len(xs) <= DRAWN_POINTS + 1
        np.testing.assert_array_equal((xs[0], ys[0]), track.points[0, 0])
        np.testing.assert_array_equal((xs[-1], ys[-1]), track.points[0, -1])
        steps, losses = lab.curves.loss_lines[k].getData()
        assert len(steps) <= DRAWN_POINTS + 2
        assert losses.max() == track.losses.max() and losses.min() == track.losses.min()
    assert lab.state()["steps_taken"] == 6_001
    lab.reset()
    lab.step_once()
    xs, _ = lab.view2d.trails[0].getData()
    assert len(xs) == 2  # a reset race starts its trail (and curves) again


def test_soak_optimizer_and_perceptron_tiny(main_window):
    from explorer.soak import soak_optimizer, soak_perceptron

    optimizer = soak_optimizer(main_window, seconds=0.6, speed=50, edge_s=0.2)
    assert {"fps_first", "fps_last", "fps_ratio", "rss_growth_mib", "steps",
            "trail_points_stored", "trail_points_drawn"} <= optimizer.keys()
    assert len(optimizer["checks"]) == 2
    perceptron = soak_perceptron(main_window, epochs=12, epoch_limit=5, mlp_epochs=100)
    assert perceptron["rule_epochs"] == 12 and perceptron["rule_runs"] == 3
    assert perceptron["mlp_epochs"] == 100
    for result in (optimizer, perceptron):
        assert all(set(check) == CHECK_KEYS for check in result["checks"])


@pytest.mark.keras
def test_every_soak_scenario_runs_tiny_and_reports(qapp, settings):
    from explorer.soak import SCENARIOS, run_scenarios, write_table
    from explorer.ui.worker import running_threads

    results = run_scenarios({
        "optimizer": {"seconds": 0.6, "speed": 50, "edge_s": 0.2},
        "perceptron": {"epochs": 6, "epoch_limit": 5, "mlp_epochs": 50},
        "training": {"epochs": 3, "cycles": 2, "cycle_epochs": 1},
        "landscape": {"slices": 2, "resolution": 5, "train_epochs": 1},
    })
    assert not running_threads()
    assert {*SCENARIOS, "total_s", "pass"} <= results.keys()
    training, landscape = results["training"], results["landscape"]
    assert training["epochs"] == 3 and training["worker_threads_left"] == 0
    assert {"rss_growth_mib", "python_threads_before", "python_threads_after"} <= training.keys()
    assert landscape["slices"] == 2
    assert {"rss_after_first_mib", "rss_growth_mib"} <= landscape.keys()
    for name in SCENARIOS:
        assert results[name]["checks"]
        assert all(set(check) == CHECK_KEYS for check in results[name]["checks"])
    json.dumps(results)  # --json prints them
    out = io.StringIO()
    write_table(results, out)
    assert out.getvalue().count("PASS") + out.getvalue().count("FAIL") >= 8
