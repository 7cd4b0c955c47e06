"""Optimizers racing on one network (``explorer.core.nn.compare``): same start, same batches, no
cross-talk, NaN alone, shared controls, and ``explorer train --compare``."""

from __future__ import annotations

import gc
import json
import queue
import threading

import numpy as np
import pytest

from explorer.cli import main
from explorer.core.nn.compare import (
    Comparison,
    Goal,
    RacerSpec,
    default_racers,
    iter_compare_landscape,
    parse_line_up,
    racer_result,
)
from explorer.core.nn.presets import get_preset
from explorer.core.nn.training import TrainingControl, TrainingSession
from explorer.core.progress import run_to_end
from explorer.core.scene import SceneError

pytestmark = pytest.mark.keras


def _preset(name: str, epochs: int):
    preset = get_preset(name)
    return preset.spec.with_changes(epochs=epochs), preset.load_data()


def _assert_same_as_solo(spec, data, racers) -> None:
    comparison = Comparison(spec, data, racers)
    start = comparison.initial_weights()
    for weights in start[1:]:
        for a, b in zip(start[0], weights, strict=True):
            np.testing.assert_array_equal(a, b)
    final = comparison.run()
    histories = [{k: np.array(v) for k, v in r.history.items()} for r in final.racers]
    assert [r.status for r in final.racers] == ["finished"] * len(racers)
    del comparison, final
    gc.collect()
    for racer, history in zip(racers, histories, strict=True):
        solo = TrainingSession(racer.solo_spec(spec), data)
        solo.run()
        assert set(solo.history) == set(history)
        for key, values in solo.history.items():
            np.testing.assert_allclose(history[key], values, rtol=0, atol=1e-6, err_msg=key)


def test_every_racer_matches_its_solo_run():
    spec, data = _preset("xor_relu", 6)
    _assert_same_as_solo(spec, data, default_racers())


def test_validation_matches_a_solo_run_too():
    spec, data = _preset("digits", 2)
    assert spec.validation_split > 0
    _assert_same_as_solo(spec, data, parse_line_up("momentum,adam:0.002"))


def test_a_racer_with_options_and_a_schedule_matches_its_solo_run():
    spec, data = _preset("xor_relu", 4)
    tuned = RacerSpec("adamw", {"learning_rate": 0.02}, {"clipnorm": 0.5},
                      {"name": "cosine_decay", "params": {"decay_steps": 20}})
    solo = tuned.solo_spec(spec).build_optimizer()
    assert solo.options.clipnorm == 0.5 and solo.schedule is not None
    assert solo.label() == tuned.label == "AdamW η=0.02 clipnorm=0.5 cosine_decay"
    config = tuned.keras_optimizer().get_config()  # a keras schedule object, not a float
    assert config["clipnorm"] == 0.5 and config["learning_rate"]["class_name"] == "CosineDecay"
    assert config["learning_rate"]["config"]["decay_steps"] == 20
    _assert_same_as_solo(spec, data, (tuned, RacerSpec("sgd")))


def test_racers_keep_options_and_schedule_in_scenes():
    tuned = RacerSpec("adam", {"learning_rate": 0.01}, {"weight_decay": 0.01},
                      {"name": "exponential_decay", "params": {"decay_steps": 10}})
    data = json.loads(json.dumps(tuned.to_dict()))
    assert RacerSpec.from_dict(data, "racer 1") == tuned
    assert RacerSpec.from_dict({"optimizer": "adam"}, "racer 1") == RacerSpec("adam")  # old
    for bad, message in (({"options": [1]}, "'options' must be an object"),
                         ({"schedule": "cosine"}, "'schedule' must be null or an object"),
                         ({"options": {"clipnorm": 1, "clipvalue": 1}}, "only one of"),
                         ({"schedule": {"name": "nope"}}, "unknown schedule 'nope'")):
        with pytest.raises(SceneError, match=message) as error:
            RacerSpec.from_dict({"optimizer": "adam", **bad}, "racer 2")
        assert error.value.where == "racer 2"
    with pytest.raises(SceneError, match="optimizer: only one of"):
        tuned.with_changes(options={"clipnorm": 1, "clipvalue": 1})


def test_a_nan_stops_only_that_racer():
    spec, data = _preset("boston", 3)
    epochs = []
    final = Comparison(spec, data, parse_line_up("sgd:1e6,adam")).run(
        on_epoch_end=lambda epoch, logs: epochs.append([bool(x) for x in logs]))
    wild, calm = final.racers
    assert wild.status == "diverged" and "too large" in wild.message
    assert wild.message_values["lr"] == "1e+06"
    assert all(np.all(np.isfinite(w)) for pair in wild.weights for w in pair)
    assert calm.status == "finished" and calm.epoch == 3 and len(calm.history["loss"]) == 3
    assert epochs[-1] == [False, True] and final.state == "finished"
    row = racer_result(calm, Goal("loss", 1e9))
    assert row.reached == 1 and set(row.test) == set(row.train) >= {"loss", "mae"}


def test_pause_step_and_stop_act_on_every_racer():
    spec, data = _preset("xor_relu", 50)
    comparison = Comparison(spec, data, default_racers()[:2])
    control = TrainingControl(paused=True)
    paused: queue.Queue = queue.Queue()

    def report(progress) -> None:
        if progress.partial.state == "paused":
            paused.put(progress.partial)

    thread = threading.Thread(target=comparison.run, args=(control, report), daemon=True)
    thread.start()
    first = paused.get(timeout=60)
    assert first.epoch == 0 and first.batch == 0
    control.step_epochs(2)
    second = paused.get(timeout=60)
    assert second.epoch == 2 and all(r.epoch == 2 for r in second.racers)
    control.stop()
    thread.join(timeout=60)
    assert not thread.is_alive() and comparison.epoch == 2


def test_bad_line_ups_are_clear():
    with pytest.raises(ValueError, match="unknown optimizer 'adamm'"):
        parse_line_up("sgd,adamm")
    with pytest.raises(ValueError, match="compare 2–4 optimizers, not 5"):
        parse_line_up("sgd,sgd,adam,adam,rmsprop")
    with pytest.raises(ValueError, match="learning_rate"):
        RacerSpec("adam", {"learning_rate": -1})
    with pytest.raises(SceneError):
        RacerSpec.from_dict({"optimizer": "adam", "speed": 1}, "racer 1")
    assert RacerSpec.from_dict(RacerSpec("momentum").to_dict(), "r") == RacerSpec("momentum")


def test_goal_epochs():
    history = {"loss": [0.9, 0.4, 0.2], "accuracy": [0.5, 0.95, 0.9]}
    assert Goal("loss", 0.5).first_epoch(history) == 2
    assert Goal("accuracy", 0.9).first_epoch(history) == 2
    assert Goal("loss", 0.1).first_epoch(history) is None


def test_cli_json_has_one_history_per_optimizer(capsys):
    assert main(["train", "--preset", "xor_relu", "--compare", "sgd,momentum,adam",
                 "--epochs", "3", "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert [r["optimizer"] for r in document["racers"]] == ["sgd", "momentum", "adam"]
    assert all(len(r["history"]["loss"]) == 3 for r in document["racers"])
    assert all(set(r["result"]["test"]) == {"loss", "accuracy"} for r in document["racers"])


def test_cli_rejects_bad_optimizers(capsys):
    assert main(["train", "--preset", "xor_relu", "--compare", "sgd,nope"]) == 2
    assert "unknown optimizer 'nope'" in capsys.readouterr().err


def test_the_landscape_puts_every_path_on_one_plane_from_the_common_start():
    spec, data = _preset("xor_relu", 4)
    comparison = Comparison(spec, data, parse_line_up("sgd:0.5,adam:0.05"))
    comparison.run()
    result = run_to_end(iter_compare_landscape(comparison, resolution=5))
    assert result.landscape.loss.shape == (5, 5) and result.landscape.kind == "pca"
    assert [len(path) for path in result.paths] == [5, 5]  # the start and 4 epochs each
    for path in result.paths:
        np.testing.assert_allclose(path[0], [0.0, 0.0], atol=1e-9)
    assert all(0 <= off <= 1 for off in result.off_plane())
