"""Models lent again after a reset train exactly as freshly built ones (weights, dropout seeds
and optimizer state put back), and a recompiled model is never lent again."""

from __future__ import annotations

import gc

import numpy as np
import pytest

from explorer.core.data import Dataset
from explorer.core.nn.pool import ModelPool
from explorer.core.nn.spec import LayerSpec, ModelSpec
from explorer.core.nn.training import TrainingSession

pytestmark = pytest.mark.keras


def _circle(n: int = 48) -> Dataset:
    rng = np.random.default_rng(3)
    x = rng.uniform(-1.5, 1.5, size=(n + 8, 2)).astype(np.float32)
    y = (np.hypot(x[:, 0], x[:, 1]) < 1.0).astype(np.float32)
    return Dataset("circle", "Circle", "binary", x[:n], y[:n], x[n:], y[n:], ("x", "y"),
                   ("outside", "inside"))


def _spec(optimizer: str, seed: int = 4, dropout: bool = False) -> ModelSpec:
    return ModelSpec(hidden=(LayerSpec(6, "tanh", dropout=0.3 if dropout else 0.0),),
                     optimizer=optimizer, learning_rate=0.05, batch_size=8, epochs=6, seed=seed)


def _train(pool: ModelPool, spec: ModelSpec, monkeypatch) -> tuple[list[float], int]:
    monkeypatch.setattr("explorer.core.nn.training.lend_model", pool.lend)
    session = TrainingSession(spec, _circle())
    session.run()
    result = list(session.history["loss"]), id(session.model)
    del session
    gc.collect()
    return result


@pytest.mark.parametrize(("optimizer", "dropout"), [("adam", True), ("adagrad", False),
                                                   ("momentum", False)])
def test_a_model_lent_again_trains_like_a_fresh_one(monkeypatch, optimizer, dropout):
    pool = ModelPool()
    spec = _spec(optimizer, dropout=dropout)
    first, first_id = _train(pool, spec, monkeypatch)
    assert pool.idle() == 1
    again, again_id = _train(pool, spec, monkeypatch)
    assert again_id == first_id  # the same Keras model, not a new build
    fresh, fresh_id = _train(ModelPool(), spec, monkeypatch)
    assert fresh_id != first_id
    np.testing.assert_array_equal(again, first)
    np.testing.assert_array_equal(fresh, first)


def test_another_seed_builds_another_model_and_the_pool_stays_small(monkeypatch):
    pool = ModelPool(size=2)
    ids = {_train(pool, _spec("adam", seed=seed), monkeypatch)[1] for seed in range(3)}
    assert len(ids) == 3 and pool.idle() == 2


def test_a_recompiled_model_is_not_lent_again(monkeypatch):
    from explorer.core.nn import model as nn_model

    pool = ModelPool()
    monkeypatch.setattr("explorer.core.nn.training.lend_model", pool.lend)
    session = TrainingSession(_spec("adam"), _circle())
    nn_model.compile_model(session.model, session.spec, session.architecture)  # as load() does
    del session
    gc.collect()
    assert pool.idle() == 0
