"""The Optimizer Lab's replay for an animated export: the race from step 0, a few steps a frame,
drawn in the live view, then put back where it was.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Protocol

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from explorer.core.optim import Race, RaceSetup
from explorer.ui.figure import ALL_ON, FigureInfo, FigureOptions, render_figure

GIF_MAX_FRAMES = 150


class ReplayedLab(Protocol):
    """What the replay needs of the Optimizer Lab (which owns it: named, not imported)."""

    setup: RaceSetup
    race: Race

    def pause(self) -> None: ...
    def redraw(self, force_legend: bool = False) -> None: ...
    def race_view(self) -> QWidget: ...
    def race_info(self) -> FigureInfo: ...


class RaceReplay:
    """Replays the lab's race (replays are deterministic) for :meth:`Lab.animation_frames`."""

    def __init__(self, lab: ReplayedLab) -> None:
        self.lab = lab

    def frames(self, width: int, height: int,
               options: FigureOptions = ALL_ON) -> Iterator[QImage]:
        """Replay the race from step 0 to the current step (or max steps) in the live view. A
        race that had taken steps is put back at its step at the end (a finished race's replay
        stops early) or on cancel, and drawn so; one at step 0 stays where the replay ended."""
        lab = self.lab
        lab.pause()
        live = lab.race.step_count
        last = live or lab.setup.max_steps
        per_frame = max(1, math.ceil(last / GIF_MAX_FRAMES))
        lab.race.reset()
        lab.redraw(force_legend=True)
        try:
            while True:
                yield render_figure(lab.race_view(), width, height, lab.race_info(), options)
                if lab.race.step_count >= last or lab.race.finished:
                    return
                lab.race.step(min(per_frame, last - lab.race.step_count))
                lab.redraw(force_legend=True)
        finally:
            if live:
                self.return_to_step(live)

    def return_to_step(self, step: int) -> None:
        """The race as it was at ``step`` (replays are deterministic), drawn."""
        lab = self.lab
        if lab.race.step_count > step:
            lab.race.reset()
        lab.race.step(step - lab.race.step_count)
        lab.redraw(force_legend=True)

    def frame_count(self) -> int:
        last = self.lab.race.step_count or self.lab.setup.max_steps
        return math.ceil(last / max(1, math.ceil(last / GIF_MAX_FRAMES))) + 1
