"""The Training Lab's scene state: the dict a scene file holds, checked before the lab changes.

Pure (no widgets): :func:`parse_scene` validates every field, builds the data set and resolves
the model against it, so a bad scene is refused with a :class:`SceneError` while the lab still
shows what it showed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from explorer.core.data import DataError, Dataset
from explorer.core.nn.presets import PRESETS
from explorer.core.nn.spec import ModelSpec
from explorer.core.scene import SceneError
from explorer.ui.labs.training.data_settings import DRAWN, CsvCache, DataSettings, build_dataset

STATE_VERSION = 1
VIEWS = ("boundary", "regression", "digits", "weights", "landscape")
STATE_KEYS = {"version", "data", "model", "preset", "view", "curves"}


@dataclass(frozen=True)
class LabScene:
    """A validated Training Lab state; ``dataset`` is None only for a drawn set without points
    (or whose points cannot make a data set yet)."""

    settings: DataSettings
    spec: ModelSpec
    preset: str | None
    view: str
    log_y: bool
    smoothing: float
    dataset: Dataset | None


def scene_to_dict(settings: DataSettings, spec: ModelSpec, preset: str | None, view: str,
                  log_y: bool, smoothing: float) -> dict[str, Any]:
    """The lab's state as a scene file stores it."""
    return {"version": STATE_VERSION, "data": settings.to_dict(), "model": spec.to_dict(),
            "preset": preset, "view": view, "curves": {"log_y": log_y, "smoothing": smoothing}}


def parse_scene(data: Any, cache: CsvCache) -> LabScene:
    """Validate everything (data, model, their fit); raise SceneError on the first problem."""
    where = "training lab"
    if not isinstance(data, dict):
        raise SceneError(f"{where}: must be an object")
    unknown = sorted(set(data) - STATE_KEYS)
    if unknown:
        raise SceneError(f"{where}: unknown field {unknown[0]!r}")
    if data.get("version", STATE_VERSION) != STATE_VERSION:
        raise SceneError(f"{where}: unsupported version {data.get('version')!r}")
    settings = DataSettings.from_dict(data.get("data", {}))
    spec = ModelSpec.from_dict(data.get("model", {}))
    preset = data.get("preset")
    if preset is not None and preset not in PRESETS:
        raise SceneError(f"{where}: unknown preset {preset!r}")
    view = data.get("view", "boundary")
    if view not in VIEWS:
        raise SceneError(f"{where}: 'view' must be one of {', '.join(VIEWS)}")
    curves = data.get("curves", {})
    if not isinstance(curves, dict) or set(curves) - {"log_y", "smoothing"}:
        raise SceneError(f"{where}: 'curves' must be an object with log_y and smoothing")
    log_y = curves.get("log_y", False)
    smoothing = curves.get("smoothing", 0.6)
    if not isinstance(log_y, bool):
        raise SceneError(f"{where}: curves 'log_y' must be true or false")
    if isinstance(smoothing, bool) or not isinstance(smoothing, int | float) \
            or not 0 <= smoothing <= 0.99:
        raise SceneError(f"{where}: curves 'smoothing' must be a number 0–0.99")
    dataset = None
    if not (settings.dataset == DRAWN and not settings.points):
        try:
            dataset = build_dataset(settings, cache)
        except (DataError, ValueError) as error:
            if settings.dataset != DRAWN:
                raise SceneError(f"{where}, data: {error}") from None
    if dataset is not None:
        spec.resolve(dataset.n_features, dataset.task, dataset.n_classes)  # SceneError
    return LabScene(settings, spec, preset, view, log_y, smoothing, dataset)
