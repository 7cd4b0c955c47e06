"""The Training Lab's scene state: the dict a scene file holds, checked before the lab changes.

Pure (no widgets): :func:`parse_scene` validates every field, builds the data set and resolves
the model against it, so a bad scene is refused with a :class:`SceneError` while the lab still
shows what it showed.

A recorded run is stored beside the set-up it belongs to: the solo run under ``"run"`` and
the comparison's under ``"compare_run"``, a key of its own rather than a field of ``"compare"``,
because ``"compare"`` is the line-up (:class:`CompareSetup`, plain data also written without a
run) while the run needs the resolved model and that line-up to be checked; a scene written
before runs were stored has neither and still loads.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from explorer.core.data import DataError, Dataset
from explorer.core.i18n import MarkedText, tr_noop
from explorer.core.nn.compare import CompareRecord, CompareSetup
from explorer.core.nn.presets import PRESETS
from explorer.core.nn.run_record import RunRecord
from explorer.core.nn.spec import ModelSpec
from explorer.core.scene import MUST_BE_OBJECT, UNKNOWN_FIELD, SceneError, problem_at
from explorer.ui.labs.training.data_settings import DRAWN, CsvCache, DataSettings, build_dataset

STATE_VERSION = 1
VIEWS = ("boundary", "regression", "digits", "weights", "landscape")
STATE_KEYS = {"version", "data", "model", "preset", "view", "curves", "compare", "run",
              "compare_run"}


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
    compare: CompareSetup = field(default_factory=CompareSetup)
    run: RunRecord | None = None  # the last run, replayed without training again
    compare_run: CompareRecord | None = None  # the last comparison, the same way


def scene_to_dict(settings: DataSettings, spec: ModelSpec, preset: str | None, view: str,
                  log_y: bool, smoothing: float) -> dict[str, Any]:
    """The lab's state as a scene file stores it."""
    return {"version": STATE_VERSION, "data": settings.to_dict(), "model": spec.to_dict(),
            "preset": preset, "view": view, "curves": {"log_y": log_y, "smoothing": smoothing}}


def parse_scene(data: Any, cache: CsvCache) -> LabScene:
    """Validate everything (data, model, their fit); raise SceneError on the first problem."""
    where = "training lab"
    if not isinstance(data, dict):
        raise problem_at(where, MUST_BE_OBJECT)
    unknown = sorted(set(data) - STATE_KEYS)
    if unknown:
        raise problem_at(where, UNKNOWN_FIELD, name=repr(unknown[0]))
    if data.get("version", STATE_VERSION) != STATE_VERSION:
        raise problem_at(where, tr_noop("Scenes", "unsupported version {value}"),
                         value=repr(data.get("version")))
    settings = DataSettings.from_dict(data.get("data", {}))
    spec = ModelSpec.from_dict(data.get("model", {}))
    preset = data.get("preset")
    if preset is not None and preset not in PRESETS:
        raise problem_at(where, tr_noop("Scenes", "unknown preset {name}"), name=repr(preset))
    view = data.get("view", "boundary")
    if view not in VIEWS:
        raise problem_at(where, tr_noop("Scenes", "'view' must be one of {choices}"),
                         choices=", ".join(VIEWS))
    curves = data.get("curves", {})
    if not isinstance(curves, dict) or set(curves) - {"log_y", "smoothing"}:
        raise problem_at(where, tr_noop("Scenes", "'curves' must be an object with log_y and "
                                                  "smoothing"))
    log_y = curves.get("log_y", False)
    smoothing = curves.get("smoothing", 0.6)
    if not isinstance(log_y, bool):
        raise problem_at(where, tr_noop("Scenes", "curves 'log_y' must be true or false"))
    if isinstance(smoothing, bool) or not isinstance(smoothing, int | float) \
            or not 0 <= smoothing <= 0.99:
        raise problem_at(where, tr_noop("Scenes", "curves 'smoothing' must be a number 0–0.99"))
    compare = CompareSetup.from_dict(data.get("compare", {}))
    dataset = None
    if not (settings.dataset == DRAWN and not settings.points):
        try:
            dataset = build_dataset(settings, cache)
        except (DataError, ValueError) as error:
            if settings.dataset != DRAWN:
                raise SceneError(tr_noop("Scenes", "{where}, data: {problem}"), where=where,
                                 problem=error) from None
    run = compare_run = None
    if dataset is not None:
        architecture = spec.resolve(dataset.n_features, dataset.task, dataset.n_classes)
        if data.get("run") is not None:
            run = RunRecord.from_dict(data["run"], architecture,
                                      MarkedText("Scenes", tr_noop("Scenes", "{where}, run"),
                                                 where=where))
        if data.get("compare_run") is not None:
            compare_run = CompareRecord.from_dict(
                data["compare_run"], architecture, compare.racers,
                MarkedText("Scenes", tr_noop("Scenes", "{where}, comparison run"), where=where))
    return LabScene(settings, spec, preset, view, log_y, smoothing, dataset, compare, run,
                    compare_run)
