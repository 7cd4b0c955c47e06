"""What leaves the Perceptron Lab as a picture or an animation: the figure's title line, and
the learning run (or, on the hidden-layer page, the 2-2-1 network's training) replayed in the
live view, one figure a frame.

The lab's behaviour stays in ``lab.py``. These texts were the lab's own ``self.tr`` texts and
keep its context, "PerceptronLab", so their translations still match.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import replace
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from explorer.core.perceptron import GATES, Run
from explorer.ui.figure import FigureInfo, FigureOptions, render_figure
from explorer.ui.labs.perceptron.hidden import HiddenLayerPage
from explorer.ui.labs.perceptron.panel import SampleTransport
from explorer.ui.labs.perceptron.settings import PerceptronSettings
from explorer.ui.labs.perceptron.trainer import GIF_MAX_FRAMES, NetworkTrainer


class ExportOwner(Protocol):
    """The Perceptron Lab as its exports see it (it owns them, so it is described here, not
    imported)."""

    settings: PerceptronSettings
    run: Run
    trainer: NetworkTrainer
    hidden_page: HiddenLayerPage
    playback: SampleTransport

    def pause(self) -> None: ...
    def redraw(self, network: bool = False) -> None: ...
    def sync_mode_widgets(self) -> None: ...
    def showing_hidden(self) -> bool: ...
    def export_target(self) -> QWidget: ...


class LabExports:
    """Answers the window's export questions for the Perceptron Lab (figure texts, frame count,
    frames; see :class:`~explorer.ui.labs.base.Lab`)."""

    def __init__(self, lab: ExportOwner) -> None:
        self.lab = lab

    def figure_info(self) -> FigureInfo:
        """The gate and how it is learnt (the page draws its own legend), the counter."""
        lab = self.lab
        s, gate = lab.settings, GATES[lab.settings.gate].title
        if lab.showing_hidden():
            how = QCoreApplication.translate("PerceptronLab", "2-2-1 network, seed {seed}").format(
                seed=s.mlp_seed)
        else:
            how = QCoreApplication.translate(
                "PerceptronLab", "perceptron rule, η = {eta}, seed {seed}").format(
                eta=f"{s.learning_rate:g}", seed=s.seed)
        return FigureInfo(f"{gate} — {how}", "y = step(w₁x₁ + w₂x₂ + b)", (),
                          lab.playback.counter.text())

    def frame_count(self) -> int:
        lab = self.lab
        if lab.showing_hidden():
            return math.ceil(lab.trainer.epochs / lab.trainer.gif_every()) + 1
        last, per_frame = self._plan()
        return math.ceil(last / per_frame) + 1

    def animation_frames(self, width: int, height: int,
                         options: FigureOptions) -> Iterator[QImage]:
        """The learning run replayed from its start to the current step (or to its end), drawn
        in the live view; on the hidden-layer page, the network's training replayed."""
        self.lab.pause()
        if self.lab.showing_hidden():
            return self._network_frames(width, height, options)
        return self._run_frames(width, height, options)

    def _plan(self) -> tuple[int, int]:
        """(last step, steps per frame): sample by sample, else whole epochs, ≤ ~150 frames."""
        lab = self.lab
        last = lab.settings.step or len(lab.run.history)
        n = len(lab.run.gate.targets)
        per_frame = 1 if last <= GIF_MAX_FRAMES else n * math.ceil(last / (n * GIF_MAX_FRAMES))
        return last, per_frame

    def _run_frames(self, width: int, height: int, options: FigureOptions) -> Iterator[QImage]:
        lab = self.lab
        last, per_frame = self._plan()
        mode = lab.settings.mode
        lab.settings.mode = "learn"
        lab.sync_mode_widgets()
        try:
            step = 0
            while True:
                lab.settings.step = step
                lab.redraw()
                yield render_figure(lab.export_target(), width, height, self.figure_info(),
                                    options)
                if step >= last:
                    return
                step = min(step + per_frame, last)
        finally:
            lab.settings.step = last
            lab.settings.mode = mode
            lab.sync_mode_widgets()
            lab.redraw()

    def _network_frames(self, width: int, height: int,
                        options: FigureOptions) -> Iterator[QImage]:
        lab = self.lab
        gate, seed = GATES[lab.settings.gate], lab.settings.mlp_seed
        for progress in lab.trainer.replay(gate.name, seed):
            running = progress.snapshot.epoch < progress.total_epochs
            lab.hidden_page.show_progress(progress, gate, seed, running)
            info = replace(self.figure_info(), counter=QCoreApplication.translate(
                "PerceptronLab", "epoch {epoch}").format(epoch=progress.snapshot.epoch))
            yield render_figure(lab.export_target(), width, height, info, options)
        lab.redraw(network=True)
