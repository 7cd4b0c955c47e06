"""The landscape form's settings (:class:`LandscapeSettings`): what a slice is computed with,
checked field by field with errors that name the field, as scenes store them."""

from __future__ import annotations

import math
from dataclasses import dataclass, fields
from typing import Any

from explorer.core.i18n import tr_noop
from explorer.core.nn.directions import BIAS_MODES, KINDS, BiasMode, Kind
from explorer.core.nn.plane import SPLITS, Split
from explorer.core.scene import AT, UNKNOWN_FIELD, SceneError, problem_at

DEFAULT_ALPHA = (-0.5, 1.5)
MAX_RESOLUTION = 401
WHERE = "landscape"  # the scene path of the settings, in their errors


@dataclass(frozen=True)
class LandscapeSettings:
    """The landscape form: direction kind, span (half-width; None = 1 for random directions, fit
    the path for PCA), resolution per axis, split, seed and bias handling (random), the line's
    α range (interpolation), and at most ``max_samples`` samples of the split (None = all; a
    seeded subset keeps MNIST-sized slices quick). Invalid settings raise a SceneError (a
    ValueError) naming the field."""

    kind: Kind = "random"
    span: float | None = None
    resolution: int = 41
    split: Split = "train"
    seed: int = 0
    bias: BiasMode = "zero"
    alpha: tuple[float, float] = DEFAULT_ALPHA
    max_samples: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "alpha", tuple(float(v) for v in self.alpha))
        checks = [
            (self.kind in KINDS, tr_noop("Scenes", "kind must be one of {choices}, not {value}"),
             {"choices": ", ".join(KINDS), "value": repr(self.kind)}),
            (self.span is None or (isinstance(self.span, (int, float)) and math.isfinite(
                self.span) and self.span > 0), tr_noop("Scenes", "span must be a number > 0, not "
                                                                 "{value}"),
             {"value": repr(self.span)}),
            (isinstance(self.resolution, int) and 3 <= self.resolution <= MAX_RESOLUTION,
             tr_noop("Scenes", "resolution must be an integer 3–{most}, not {value}"),
             {"most": MAX_RESOLUTION, "value": repr(self.resolution)}),
            (self.split in SPLITS, tr_noop("Scenes", "split must be 'train' or 'test', not "
                                                     "{value}"), {"value": repr(self.split)}),
            (isinstance(self.seed, int) and 0 <= self.seed < 2**32,
             tr_noop("Scenes", "seed must be an integer 0–4294967295, not {value}"),
             {"value": repr(self.seed)}),
            (self.bias in BIAS_MODES, tr_noop("Scenes", "bias must be 'zero' or 'normalize', not "
                                                        "{value}"), {"value": repr(self.bias)}),
            (len(self.alpha) == 2 and all(map(math.isfinite, self.alpha))
             and self.alpha[0] < self.alpha[1],
             tr_noop("Scenes", "alpha must be (low, high), not {value}"), {"value": self.alpha}),
            (self.max_samples is None or (isinstance(self.max_samples, int)
                                          and self.max_samples >= 1),
             tr_noop("Scenes", "max_samples must be a positive integer or None, not {value}"),
             {"value": repr(self.max_samples)}),
        ]
        for ok, template, values in checks:
            if not ok:
                raise problem_at(WHERE, template, **values)

    def to_dict(self) -> dict[str, Any]:
        return {f.name: list(v) if isinstance(v := getattr(self, f.name), tuple) else v
                for f in fields(self)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> LandscapeSettings:
        unknown = sorted(set(data) - {f.name for f in fields(cls)})
        if unknown:
            raise problem_at(WHERE, UNKNOWN_FIELD, name=repr(unknown[0]))
        try:
            return cls(**data)
        except TypeError as error:  # e.g. alpha not a pair (Python's words, not translated)
            raise SceneError(AT, where=WHERE, problem=error) from None

