"""Basin maps, hyper-parameter sweeps and stability limits (explorer.core.optim.experiments),
and their command line (basins, sweep)."""

import dataclasses
import json

import numpy as np
import pytest

from explorer.cli import main
from explorer.core.optim import OPTIMIZERS, Race, Racer, Status, create
from explorer.core.optim.experiments import (
    BasinMap,
    iter_basins,
    iter_runs,
    iter_sweep,
    sweep_axis,
    vectorises,
)
from explorer.core.optim.experiments import basins as basins_module
from explorer.core.progress import run_to_end
from explorer.core.surfaces import custom, get

CASES = [  # surface, optimizer, hyper-parameters, steps, grid (Adam needs ~280 steps: 8×8)
    ("himmelblau", "gd", {"learning_rate": 0.01}, 60, 12),
    ("himmelblau", "momentum", {"learning_rate": 0.01, "momentum": 0.5}, 60, 12),
    ("himmelblau", "adam", {"learning_rate": 0.3}, 285, 8),
    ("quartic", "gd", {"learning_rate": 0.1}, 300, 12),
    ("quartic", "momentum", {"learning_rate": 0.05, "momentum": 0.9}, 250, 12),
    ("quartic", "adam", {"learning_rate": 1.3}, 270, 12),
]


def _race_outcome(surface, optimizer, start, steps):
    """One racer from one start, the way the Optimizer Lab races: its status and, when it
    converged, the landmark it sits on."""
    race = Race(surface, [Racer("one", optimizer)], np.asarray(start)[None])
    while race.step_count < steps and not race.finished:
        race.step(min(50, steps - race.step_count))
    status = Status(race.status[0, 0])
    landmark = surface.landmark_at(race.positions[0][0]) if status is Status.CONVERGED else None
    return status, None if landmark is None else landmark.point, race


@pytest.mark.parametrize(("surface_name", "name", "hyper", "steps", "grid"), CASES)
def test_basin_outcomes_equal_one_racer_at_a_time(surface_name, name, hyper, steps, grid):
    surface = get(surface_name)
    optimizer = create(name, **hyper)
    basin_map = run_to_end(iter_basins(surface, optimizer, grid=grid, steps=steps))
    assert basin_map.complete and basin_map.outcome.min() >= 0
    rows = 1 if surface.dim == 1 else grid
    seen = set()
    for row in range(rows):
        for column in range(grid):
            start = basin_map.start(row, column)
            status, landmark, race = _race_outcome(surface, optimizer, start, steps)
            outcome = basin_map.outcomes[basin_map.outcome[row, column]]
            assert (outcome.status, outcome.point) == (status, landmark), start
            stopped = race.stopped_at[0, 0]
            assert basin_map.steps[row, column] == (steps if stopped < 0 else stopped)
            np.testing.assert_allclose(basin_map.points[row, column], race.positions[0][0],
                                       rtol=1e-9, atol=1e-12)
            seen.add(outcome.text())
    assert len(seen) >= 2  # the grid shows more than one outcome


def test_quartic_basins_name_both_minima_with_their_shares():
    basin_map = run_to_end(iter_basins(get("quartic"), create("gd", learning_rate=0.1),
                                       grid=128, steps=500))
    texts = [o.text() for o in basin_map.outcomes]
    assert texts == ["global minimum", "local minimum (−4.34)"]
    shares = basin_map.shares()
    assert shares.sum() == pytest.approx(1.0) and 0.3 < shares[1] < 0.7
    template, values = basin_map.share_parts()[1]
    assert template == "{outcome} {share} %" and values["outcome"] == (
        "{kind} {point}", {"kind": "local minimum", "point": "(−4.34)"})
    assert basin_map.legend_text().startswith("global minimum ")
    assert " · local minimum (−4.34) " in basin_map.legend_text()


def test_stopped_runs_are_their_own_outcomes():
    diverging = run_to_end(iter_basins(get("himmelblau"), create("gd", learning_rate=0.05),
                                       grid=16, steps=50))
    kinds = {o.status for o in diverging.outcomes}
    assert Status.DIVERGED in kinds
    assert diverging.outcomes[-1].text() in ("diverged", "still running at step 50")
    escaping = run_to_end(iter_basins(get("saddle"), create("gd", learning_rate=0.1),
                                      grid=8, steps=200))
    assert [o.text() for o in escaping.outcomes] == ["escaped (loss unbounded below)"]


def test_end_points_without_a_landmark_are_clustered():
    surface = custom("(x^2 - 1)^2 + y^2")
    bare = dataclasses.replace(surface, minima=(), saddles=(), maxima=(), n_global=0)
    basin_map = run_to_end(iter_basins(bare, create("gd", learning_rate=0.05), grid=20,
                                       steps=2000))
    clusters = [o for o in basin_map.outcomes if o.status is Status.CONVERGED]
    assert len(clusters) == 2
    assert sorted(round(o.point[0], 3) for o in clusters) == [-1.0, 1.0]
    assert all(o.template == "end point {point}, L = {loss}" for o in clusters)
    assert basin_map.cluster_radius == pytest.approx(0.01 * np.hypot(6, 6))


def _counting(surface):
    """The surface with a counter of gradient calls (one per step of a band)."""
    calls = [0]

    def gradient_xy(*xy):
        calls[0] += 1
        return surface.gradient_xy(*xy)

    return dataclasses.replace(surface, gradient_xy=gradient_xy), calls


def test_partial_maps_fill_band_by_band(monkeypatch):
    monkeypatch.setattr(basins_module, "BAND_STARTS", 64)  # 4 rows of 16 per band
    job = iter_basins(get("himmelblau"), create("gd", learning_rate=0.01), grid=16, steps=100)
    partials = []
    while True:
        try:
            progress = next(job)
        except StopIteration as stop:
            final = stop.value
            break
        if progress.partial is not None:
            partials.append(progress.partial)
    assert [p.rows_done for p in partials] == [4, 8, 12, 16]
    for partial in partials[:-1]:
        assert isinstance(partial, BasinMap) and not partial.complete
        assert (partial.outcome[: partial.rows_done] >= 0).all()
        assert (partial.outcome[partial.rows_done:] == -1).all()
    assert partials[-1] is final and final.complete
    def texts(basin_map, rows):  # indices may shift as outcomes appear; texts may not
        return [[basin_map.outcomes[i].text() for i in row] for row in basin_map.outcome[rows]]

    assert texts(partials[0], slice(0, 4)) == texts(final, slice(0, 4))


def test_cancel_stops_between_chunks():
    surface, calls = _counting(get("himmelblau"))
    job = iter_basins(surface, create("gd", learning_rate=1e-4), grid=64, steps=5000)
    for _ in range(3):
        next(job)
    computed = calls[0]
    assert 0 < computed < 5000
    job.close()  # what the worker does on Cancel
    assert calls[0] == computed
    with pytest.raises(StopIteration):
        next(job)


def test_bad_basin_settings_are_refused():
    surface, gd = get("himmelblau"), create("gd")
    for kwargs, message in [({"grid": 100_000}, "grid must be"), ({"steps": 0}, "steps must"),
                            ({"domain": ((1, 0), (0, 1))}, "domain must")]:
        with pytest.raises(ValueError, match=message):
            run_to_end(iter_basins(surface, gd, **kwargs))


@pytest.mark.parametrize("name", list(OPTIMIZERS))
def test_every_rule_takes_a_column_of_learning_rates(name):
    assert vectorises(create(name), "learning_rate")


def test_a_sweep_cell_equals_that_setting_alone():
    surface = get("rosenbrock")
    adam = create("adam")
    sweep = run_to_end(iter_sweep(surface, adam, sweep_axis("learning_rate", 1e-3, 0.5, 5,
                                                            log=True),
                                  param=sweep_axis("beta_1", 0.5, 0.95, 3, log=False),
                                  steps=300))
    assert vectorises(adam, "beta_1")
    for row, column in [(0, 0), (1, 3), (2, 4)]:
        alone = create("adam", **sweep.cell_hyper(row, column))
        runs = run_to_end(iter_runs(surface, alone, np.array([surface.start]), 300))
        np.testing.assert_allclose(sweep.points[row, column], runs.points[0], rtol=1e-12)
        assert sweep.status[row, column] == runs.status[0]


BOWL = "x^2 + 5*y^2"  # Hessian diag(2, 10): λmax = 10


def test_sweep_finds_gradient_descents_stability_limit():
    sweep = run_to_end(iter_sweep(custom(BOWL), create("gd"),
                                  sweep_axis("learning_rate", 0.02, 1.0, 40, log=True),
                                  start=(2.0, 1.0), steps=3000))
    assert sweep.limits.lambda_max == pytest.approx(10.0)
    assert sweep.limits.gd == pytest.approx(0.2)
    lrs, status = sweep.learning_rates.values, sweep.status[0]
    assert (status[lrs < 0.2 * 0.95] == Status.CONVERGED).all()
    assert (status[lrs > 0.2 * 1.05] == Status.DIVERGED).all()
    np.testing.assert_allclose(sweep.limit_lines(), [0.2])


def test_sweep_finds_heavy_ball_momentums_stability_limits():
    momenta = sweep_axis("momentum", 0.0, 0.8, 5, log=False)
    sweep = run_to_end(iter_sweep(custom(BOWL), create("momentum"),
                                  sweep_axis("learning_rate", 0.05, 1.0, 40, log=True),
                                  param=momenta, start=(2.0, 1.0), steps=3000))
    limits = sweep.limit_lines()
    np.testing.assert_allclose(limits, 2 * (1 + momenta.values) / 10)
    lrs = sweep.learning_rates.values
    for row, limit in enumerate(limits):
        status = sweep.status[row]
        assert (status[lrs < 0.95 * limit] == Status.CONVERGED).all(), row
        assert (status[lrs > 1.05 * limit] == Status.DIVERGED).all(), row


def test_sweep_refuses_bad_axes_and_parameters():
    lrs = sweep_axis("learning_rate", 1e-3, 1, 4, log=True)
    with pytest.raises(ValueError, match="no numeric hyper-parameter 'beta_1'"):
        run_to_end(iter_sweep(get("bowl"), create("momentum"), lrs,
                              param=sweep_axis("beta_1", 0.1, 0.9, 3, log=False)))
    with pytest.raises(ValueError, match="momentum must stay within"):
        run_to_end(iter_sweep(get("bowl"), create("momentum"), lrs,
                              param=sweep_axis("momentum", 0.5, 2.0, 3, log=False)))
    for args, message in [((1.0, 0.1, 5), "from low to high"), ((0.0, 1.0, 5), "positive"),
                          ((1e-3, 1.0, 0), "number of values")]:
        with pytest.raises(ValueError, match=message):
            sweep_axis("learning_rate", *args, log=True)


# --- command line --------------------------------------------------------------------------


def test_basins_json_gives_axes_outcomes_and_every_cell(capsys):
    assert main(["basins", "--surface", "himmelblau", "--optimizer", "adam", "--lr", "0.1",
                 "--grid", "10", "--steps", "400"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert len(result["axes"]["x"]) == 10 and result["axes"]["y"][0] == -5
    cells = result["cells"]
    assert np.array(cells["final_point"]).shape == (10, 10, 2)
    assert np.array(cells["final_loss"]).shape == (10, 10)
    assert {s for row in cells["status"] for s in row} <= {"converged", "running", "diverged"}
    labels = {o["label"] for o in result["outcomes"]}
    assert "global minimum (3, 2)" in labels
    assert cells["label"][0][0] == result["outcomes"][cells["outcome"][0][0]]["label"]
    assert sum(o["share"] for o in result["outcomes"]) == pytest.approx(1.0)


def test_sweep_json_gives_the_stability_limits(capsys, tmp_path):
    out = tmp_path / "sweep.json"
    assert main(["sweep", "--surface", "custom", "--formula", BOWL, "--optimizer", "momentum",
                 "--lr", "0.05:1:6", "--param", "momentum=0:0.5:2", "--start=2,1",
                 "--steps", "1000", "--out", str(out)]) == 0
    result = json.loads(out.read_text())
    assert result["axes"]["param"] == {"name": "momentum", "values": [0.0, 0.5]}
    assert result["stability"]["gd_learning_rate_limit"] == pytest.approx(0.2)
    assert result["stability"]["optimizer_limit_per_row"] == pytest.approx([0.2, 0.3])
    assert np.array(result["cells"]["final_loss"], dtype=float).shape == (2, 6)
    assert result["cells"]["status"][0][0] == "converged"
    assert result["cells"]["status"][0][-1] == "diverged"


def test_pngs_are_not_blank(tmp_path):
    for args in (["basins", "--surface", "quartic", "--grid", "32", "--steps", "200"],
                 ["sweep", "--surface", "bowl", "--lr", "1e-3:1:16",
                  "--param", "momentum=0:0.9:4", "--optimizer", "momentum", "--steps", "200"]):
        out = tmp_path / f"{args[0]}.png"
        assert main([*args, "--format", "png", "--out", str(out)]) == 0
        data = out.read_bytes()
        assert data.startswith(b"\x89PNG") and len(data) > 200
        import zlib
        idat = data[data.index(b"IDAT") + 4:data.index(b"IEND") - 8]
        assert len(set(zlib.decompress(idat))) > 4  # several colours, not one flat fill


@pytest.mark.parametrize(("args", "message"), [
    (["sweep", "--lr", "1:0.1:5"], "from low to high"),
    (["sweep", "--lr", "0.1:1"], "LO:HI:N"),
    (["sweep", "--optimizer", "adam", "--param", "momentum=0:0.9:4"], "no numeric"),
    (["sweep", "--param", "momentum"], "NAME=LO:HI:N"),
    (["basins", "--grid", "100000"], "grid must be"),
    (["basins", "--optimizer", "nope"], "unknown optimizer"),
    (["basins", "--surface", "nope"], "unknown surface"),
    (["basins", "--set", "beta_9=1"], "no hyper-parameter"),
    (["basins", "--format", "png"], "needs --out"),
])
def test_experiment_errors_are_one_clear_line_and_exit_code_2(capsys, args, message):
    assert main(args) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and err.startswith(f"explorer {args[0]}: ")
