"""Built models lent out again instead of rebuilt.

A reset trains the same architecture from the same seed once more. Building and fitting a new
Keras model keeps ~7 MB that TensorFlow never gives back (its traced functions:
keras-team/keras#17458), so a class that trains and resets twenty times grew by 140 MB. A model
lent again has every variable (weights, dropout seed states) and its optimizer's state put back
to their values at build time: the same numbers as a freshly built model, without a new trace.

A model is lent to one owner (a :class:`~explorer.core.nn.training.TrainingSession`) at a time
and comes back when that owner is garbage-collected, unless the owner recompiled it (a new
optimizer, after a divergence or a load): then it is simply dropped.
"""

from __future__ import annotations

import json
import threading
import weakref
from collections import OrderedDict
from typing import Any

import numpy as np

from explorer.core.nn import model as nn_model
from explorer.core.nn.spec import Architecture, ModelSpec

__all__ = ["ModelPool", "lend_model"]

Key = tuple[Architecture, int, str, float, str]  # … options and schedule as JSON


class _Entry:
    """A built model, its optimizer, and the values of both at build time."""

    def __init__(self, model: Any) -> None:
        self.model = model
        self.optimizer = model.optimizer
        self.optimizer.build(model.trainable_variables)  # its slots exist before the first fit
        self.initial = [np.array(v.numpy()) for v in self._variables()]

    def _variables(self) -> list[Any]:
        return [*self.model.variables, *self.optimizer.variables]

    def restore(self) -> None:
        for variable, value in zip(self._variables(), self.initial, strict=True):
            variable.assign(value)


class ModelPool:
    """Idle built models by (architecture, seed, optimizer, learning rate, options,
    schedule); at most ``size`` idle (the least recently returned is dropped first)."""

    def __init__(self, size: int = 4) -> None:
        self.size = size
        self._idle: OrderedDict[Key, list[_Entry]] = OrderedDict()
        self._lock = threading.Lock()

    def lend(self, spec: ModelSpec, architecture: Architecture, owner: object) -> Any:
        """A compiled model for ``spec``, as freshly initialised from its seed, lent to
        ``owner`` until it is garbage-collected."""
        key: Key = (architecture, spec.seed, spec.optimizer, spec.effective_learning_rate,
                    json.dumps([spec.options, spec.schedule], sort_keys=True))
        with self._lock:
            waiting = self._idle.get(key)
            entry = waiting.pop() if waiting else None
            if waiting == []:
                del self._idle[key]
        if entry is None:
            entry = _Entry(nn_model.build_model(spec, architecture))
        else:
            entry.restore()
        weakref.finalize(owner, self._give_back, key, entry)
        return entry.model

    def idle(self) -> int:
        """Models waiting to be lent again."""
        with self._lock:
            return sum(len(entries) for entries in self._idle.values())

    def _give_back(self, key: Key, entry: _Entry) -> None:
        if entry.model.optimizer is not entry.optimizer:
            return  # recompiled: its state no longer matches what restore puts back
        with self._lock:
            self._idle.setdefault(key, []).append(entry)
            self._idle.move_to_end(key)
            while sum(len(entries) for entries in self._idle.values()) > self.size:
                oldest = next(iter(self._idle))
                self._idle[oldest].pop(0)
                if not self._idle[oldest]:
                    del self._idle[oldest]


MODELS = ModelPool()


def lend_model(spec: ModelSpec, architecture: Architecture, owner: object) -> Any:
    """:meth:`ModelPool.lend` from the process's one pool."""
    return MODELS.lend(spec, architecture, owner)
