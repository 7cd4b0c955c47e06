"""A computed loss-landscape slice (:class:`Landscape`), the grid while it is computed
(:class:`LandscapePartial`), and the slice's ``.npz`` file, written atomically."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from explorer.core.nn.directions import Kind
from explorer.core.nn.plane import Plane


@dataclass(frozen=True, eq=False)
class LandscapePartial:
    """A grid while it is computed: NaN where no value yet (rows fill in order)."""

    a: np.ndarray
    b: np.ndarray | None
    loss: np.ndarray
    accuracy: np.ndarray | None
    done: int
    total: int


_SCALARS = ("kind", "domain", "resolution", "split", "seed", "bias", "centre", "centre_loss",
            "centre_accuracy", "minimum", "minimum_loss", "explained_variance", "title",
            "model_label", "data_name", "seconds")
_ARRAYS = ("a", "b", "loss", "accuracy", "path", "path_loss", "path_positions", "path_residual")
NPZ_VERSION = 1


@dataclass(frozen=True, eq=False)
class Landscape:
    """A computed slice. ``loss[j, i] = L(a[i], b[j])`` (rows go up in b, like
    ``Surface.grid``), float32; a line has ``b = None`` and ``loss[i] = L(a[i])``.

    ``centre`` is where the current weights are ((0, 0) on a plane, α = 1 on the line),
    ``minimum`` the lowest point of the slice (the grid's, refined when a local quadratic
    finds a lower value). ``path`` is the recorded trajectory in slice coordinates (T, dim),
    ``path_loss`` L at those (projected) coordinates, for drawing the path on the surface,
    ``path_residual`` each point's distance from the slice relative to the farthest point's
    distance from the origin (≈ 0 for PCA directions, ≈ 1 for random ones). ``plane``
    evaluates the slice anywhere (None after :meth:`load_npz`).
    """

    kind: Kind
    a: np.ndarray
    b: np.ndarray | None
    loss: np.ndarray
    accuracy: np.ndarray | None
    domain: tuple[tuple[float, float], ...]
    resolution: int
    split: str
    seed: int | None
    bias: str | None
    centre: tuple[float, ...]
    centre_loss: float
    centre_accuracy: float | None
    minimum: tuple[float, ...]
    minimum_loss: float
    path: np.ndarray | None
    path_loss: np.ndarray | None
    path_positions: np.ndarray | None
    path_residual: np.ndarray | None
    explained_variance: tuple[float, float] | None
    title: str
    model_label: str
    data_name: str
    seconds: float
    plane: Plane | None = field(default=None, repr=False)

    @property
    def dim(self) -> int:
        return 1 if self.b is None else 2

    @property
    def start(self) -> tuple[float, ...]:
        """Where the recorded training began, in slice coordinates (else the centre)."""
        if self.path is not None and len(self.path):
            return tuple(float(c) for c in self.path[0])
        return self.centre

    def save_npz(self, path: str | os.PathLike[str]) -> Path:
        """Write the grid and everything needed to redraw it as ``.npz``, atomically."""
        target = Path(path)
        if not target.parent.is_dir():
            raise OSError(f"{target.parent}: no such folder")
        arrays = {name: getattr(self, name) for name in _ARRAYS if getattr(self, name) is not None}
        meta = {name: getattr(self, name) for name in _SCALARS}
        meta["version"] = NPZ_VERSION
        handle, temp = tempfile.mkstemp(suffix=".npz", dir=target.parent, prefix=".saving-")
        try:
            with os.fdopen(handle, "wb") as stream:
                np.savez_compressed(stream, meta=np.array(json.dumps(meta)), **arrays)
            os.replace(temp, target)
        finally:
            if os.path.exists(temp):
                os.unlink(temp)
        return target

    @classmethod
    def load_npz(cls, path: str | os.PathLike[str]) -> Landscape:
        """Read what :meth:`save_npz` wrote (without ``plane``); ValueError if it is not one."""
        try:
            with np.load(path, allow_pickle=False) as data:
                meta = json.loads(str(data["meta"]))
                arrays = {name: data.get(name) for name in _ARRAYS}
        except (OSError, KeyError, ValueError) as error:
            raise ValueError(f"{Path(path).name}: not a loss-landscape file ({error})") from None
        if meta.pop("version", None) != NPZ_VERSION:
            raise ValueError(f"{Path(path).name}: unknown loss-landscape file version")
        meta["domain"] = tuple(tuple(r) for r in meta["domain"])
        for name in ("centre", "minimum", "explained_variance"):
            if meta[name] is not None:
                meta[name] = tuple(meta[name])
        return cls(**meta, **arrays)

