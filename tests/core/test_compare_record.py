"""A comparison as a scene stores it (``explorer.core.nn.compare.CompareRecord``): round trip
through JSON to float32 precision, thinning within ``MAX_VALUES``, the maps rebuilt from the
weights, and corrupt records refused with the marked message (issue 21)."""

from __future__ import annotations

import json
from typing import Any

import numpy as np
import pytest

from explorer.core.data import load
from explorer.core.nn.compare import (
    CompareRecord,
    CompareSnapshot,
    Comparison,
    RacerSnapshot,
    parse_line_up,
)
from explorer.core.nn.compare.record import WRONG_COMPARE_RUN, WRONG_RACER_COUNT
from explorer.core.nn.presets import get_preset
from explorer.core.nn.run_record import MAX_VALUES
from explorer.core.nn.spec import LayerSpec, ModelSpec
from explorer.core.scene import SceneError

SPEC = ModelSpec(hidden=(LayerSpec(4, "tanh"),), batch_size=16, epochs=5, seed=0)
RACERS = parse_line_up("sgd:0.1,adam:0.01")
DATA = load("moons", n_samples=80)
ARCH = SPEC.resolve(DATA.n_features, DATA.task, DATA.n_classes)


def _weights(rng: np.random.Generator) -> tuple:
    return tuple((rng.normal(size=(layer.inputs, layer.units)).astype(np.float32),
                  rng.normal(size=layer.units).astype(np.float32))
                 for layer in ARCH.dense_layers)


def _snapshots(epochs: int, seed: int = 0) -> list[CompareSnapshot]:
    """A made-up race of two racers, one snapshot an epoch (plain data: no TensorFlow)."""
    rng = np.random.default_rng(seed)
    history = [{"loss": rng.random(epochs), "accuracy": rng.random(epochs),
                "val_loss": rng.random(epochs)} for _ in RACERS]
    result = []
    for epoch in range(1, epochs + 1):
        last = epoch == epochs
        racers = tuple(RacerSnapshot(
            i, r.optimizer, r.label, "finished" if last else "running", epoch,
            {k: v[:epoch] for k, v in history[i].items()}, _weights(rng), None, 0.5 * epoch,
            test={"loss": 0.25, "accuracy": 0.75} if last else {})
            for i, r in enumerate(RACERS))
        result.append(CompareSnapshot("finished" if last else "running", epoch, 0, 3, epochs,
                                      racers, ((-2.0, 3.0), (-1.5, 2.0))))
    return result


def _json(record: CompareRecord) -> Any:
    return json.loads(json.dumps(record.to_dict()))


def test_a_record_round_trips_to_float32_precision():
    snapshots = _snapshots(6)
    record = CompareRecord.from_snapshots(snapshots)
    back = CompareRecord.from_dict(_json(record), ARCH, RACERS, "compare run")
    assert back.epochs == (1, 2, 3, 4, 5, 6) and back.state == "finished"
    assert back.grid_extent == ((-2.0, 3.0), (-1.5, 2.0))
    last = snapshots[-1]
    for stored, live in zip(back.racers, last.racers, strict=True):
        assert stored.label == live.label and stored.status == "finished"
        assert stored.test == {"loss": 0.25, "accuracy": 0.75}
        assert set(stored.history) == set(live.history)
        for key, values in live.history.items():
            assert stored.history[key] == tuple(float(v) for v in values)
    for at, snapshot in enumerate(snapshots):
        for stored, live in zip(back.racers, snapshot.racers, strict=True):
            for (k, b), (k0, b0) in zip(stored.weights[at], live.weights, strict=True):
                np.testing.assert_allclose(k, k0, rtol=1e-6)  # 7 significant digits
                np.testing.assert_allclose(b, b0, rtol=1e-6)


def test_snapshots_are_rebuilt_with_maps_histories_and_results():
    record = CompareRecord.from_snapshots(_snapshots(4))
    rebuilt = record.snapshots(SPEC, ARCH, DATA)
    assert [s.epoch for s in rebuilt] == [1, 2, 3, 4]
    assert [s.state for s in rebuilt] == ["running"] * 3 + ["finished"]
    for snapshot in rebuilt:
        assert snapshot.grid_extent == ((-2.0, 3.0), (-1.5, 2.0))
        for racer in snapshot.racers:
            assert racer.grid is not None and np.isfinite(racer.grid).all()
            assert racer.epoch == snapshot.epoch
            assert all(len(v) == snapshot.epoch for v in racer.history.values())
    assert rebuilt[-1].racers[1].test == {"loss": 0.25, "accuracy": 0.75}
    assert rebuilt[0].racers[1].test == {}


def test_thinning_keeps_the_first_and_last_epochs_within_max_values():
    per_epoch = sum(k.size + b.size for racer in _snapshots(1)[0].racers
                    for k, b in racer.weights)
    epochs = MAX_VALUES // per_epoch + 40
    record = CompareRecord.from_snapshots(_snapshots(epochs))
    assert record.epochs[0] == 1 and record.epochs[-1] == epochs
    assert 2 < len(record.epochs) < epochs
    stored = sum(k.size + b.size for racer in record.racers for layers in racer.weights
                 for k, b in layers)
    assert stored <= MAX_VALUES
    back = CompareRecord.from_dict(_json(record), ARCH, RACERS, "compare run")
    assert back.epochs == record.epochs


def _corrupt(change) -> dict:
    data = _json(CompareRecord.from_snapshots(_snapshots(3)))
    change(data)
    return data


@pytest.mark.parametrize(("name", "change", "template"), [
    ("one racer too few", lambda d: d["racers"].pop(), WRONG_RACER_COUNT),
    ("a weight of the wrong shape", lambda d: d["racers"][0]["weights"][1][0][0].pop(),
     WRONG_COMPARE_RUN),
    ("a NaN weight", lambda d: d["racers"][1]["weights"][0][1][1].__setitem__(0, float("nan")),
     WRONG_COMPARE_RUN),
    ("no history", lambda d: d["racers"][0].pop("history"), WRONG_COMPARE_RUN),
    ("a history too short", lambda d: d["racers"][1]["history"]["loss"].pop(),
     WRONG_COMPARE_RUN),
    ("one epoch's weights missing", lambda d: d["racers"][0]["weights"].pop(),
     WRONG_COMPARE_RUN),
    ("another optimizer", lambda d: d["racers"][0].__setitem__("optimizer", "rmsprop"),
     WRONG_COMPARE_RUN),
    ("an unknown message", lambda d: d["racers"][0].__setitem__("message_template", "{x.y}"),
     WRONG_COMPARE_RUN),
    ("epochs out of order", lambda d: d.__setitem__("epochs", [3, 2, 1]), WRONG_COMPARE_RUN),
    ("still running", lambda d: d.__setitem__("state", "running"), WRONG_COMPARE_RUN),
])
def test_corrupt_records_are_refused_with_the_marked_message(name, change, template):
    with pytest.raises(SceneError) as caught:
        CompareRecord.from_dict(_corrupt(change), ARCH, RACERS, "compare run")
    problem = caught.value.values["problem"]
    assert problem.context == "Scenes" and problem.template == template, name
    assert str(caught.value).startswith("compare run")


def test_a_record_of_another_model_is_refused():
    other = SPEC.with_changes(hidden=(LayerSpec(5, "tanh"),))
    arch = other.resolve(DATA.n_features, DATA.task, DATA.n_classes)
    with pytest.raises(SceneError, match="does not fit the model"):
        CompareRecord.from_dict(_corrupt(lambda d: None), arch, RACERS, "compare run")


@pytest.mark.keras
def test_a_real_race_with_a_diverged_racer_is_replayed_from_its_record():
    """A racer that diverged keeps a shorter history and its message; the maps rebuilt from
    the stored weights are the live ones."""
    preset = get_preset("boston")
    spec, data = preset.spec.with_changes(epochs=3), preset.load_data()
    arch = spec.resolve(data.n_features, data.task, data.n_classes)
    racers = parse_line_up("sgd:1e6,adam:0.01")
    comparison = Comparison(spec, data, racers)
    recorded: list[CompareSnapshot] = []
    final = comparison.run(on_epoch_end=lambda epoch, logs: recorded.append(
        comparison.snapshot("running")))
    recorded[-1] = final
    record = CompareRecord.from_dict(_json(CompareRecord.from_snapshots(recorded)), arch,
                                     racers, "compare run")
    wild, calm = record.racers
    assert wild.status == "diverged" and wild.trained < 3 and calm.trained == 3
    rebuilt = record.snapshots(spec, arch, data)
    assert [s.epoch for s in rebuilt] == [1, 2, 3]
    end = rebuilt[-1].racers[0]
    assert end.status == "diverged" and end.message == final.racers[0].message
    for live, again in zip(final.racers, rebuilt[-1].racers, strict=True):
        assert (live.grid is None) == (again.grid is None)  # no map: 13 features
        assert again.test == pytest.approx(live.test)
        assert again.seconds == pytest.approx(live.seconds, abs=1e-3)
