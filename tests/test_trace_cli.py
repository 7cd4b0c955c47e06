"""``explorer trace`` with Keras's optimizer options and learning-rate schedules (issue 16)."""

import json

import numpy as np
import pytest

from explorer.cli import main
from explorer.core.optim import create, create_schedule
from explorer.core.surfaces import get


def test_trace_takes_options_and_a_schedule(capsys):
    assert main(["trace", "--surface", "bowl", "--optimizer", "adamw", "--lr", "0.1",
                 "--set", "weight_decay=0.01", "--set", "clipnorm=1", "--set", "beta_1=0.8",
                 "--schedule", "cosine_decay", "--schedule-set", "decay_steps=20",
                 "--schedule-set", "alpha=0.1", "--steps", "30", "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["options"] == {"weight_decay": 0.01, "clipnorm": 1.0}
    assert result["hyper"]["beta_1"] == 0.8 and result["hyper"]["learning_rate"] == 0.1
    assert result["schedule"] == {"name": "cosine_decay", "params": {
        "decay_steps": 20, "alpha": 0.1, "warmup_target": None, "warmup_steps": 0}}
    schedule = create_schedule("cosine_decay", decay_steps=20, alpha=0.1)
    np.testing.assert_allclose(result["learning_rates"], schedule.lr_at(0.1, np.arange(30)))
    opt = create("adamw", learning_rate=0.1, weight_decay=0.01, clipnorm=1, beta_1=0.8,
                 schedule=schedule)
    params = np.array([[-2.5, 1.2]])
    state = opt.init(params)
    for _ in range(30):
        params, state = opt.update(params, get("bowl").gradient(params), state)
    np.testing.assert_allclose(result["points"][-1], params[0])


def test_trace_text_names_the_options_and_schedule(capsys):
    assert main(["trace", "--surface", "quartic", "--optimizer", "lion", "--lr", "0.5",
                 "--set", "use_ema=true", "--schedule", "exponential_decay",
                 "--steps", "2"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert "{'use_ema': True}" in first and "'exponential_decay'" in first


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--set", "clipnorm=1", "--set", "global_clipnorm=1"],
         "only one of clipnorm, clipvalue and global_clipnorm can be set"),
        (["--set", "clipnorm=-1"], "clipnorm must be a finite number ≥ 0"),
        (["--schedule", "cosine_decay", "--schedule-set", "decay=3"],
         "CosineDecay has no parameter 'decay'"),
        (["--schedule", "exponential_decay", "--schedule-set", "decay_rate=-1"],
         "decay_rate must be ≥ 0"),
        (["--schedule", "piecewise_constant_decay", "--schedule-set", "boundaries=10,20",
          "--schedule-set", "values=1,2"], "boundaries should be 1 less than"),
        (["--schedule", "step"], "unknown schedule 'step'"),
        (["--schedule-set", "decay_steps=3"], "--schedule-set needs --schedule NAME"),
        (["--schedule", "cosine_decay", "--schedule-set", "decay_steps"],
         "--schedule-set needs NAME=VALUE"),
    ],
)
def test_bad_options_and_schedules_are_one_clear_line(capsys, args, message):
    assert main(["trace", "--steps", "2", *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("explorer trace: ") and message in err
    assert len(err.strip().splitlines()) == 1
