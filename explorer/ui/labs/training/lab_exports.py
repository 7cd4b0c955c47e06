"""The Training Lab's exports: which widget a picture paints, its parts, the figure's texts, and
the animated export (the solo run or the comparison replayed from what it recorded).

Kept apart from the lab so the lab file holds the page's behaviour and this one what leaves it
as a figure; the texts keep the lab's translation context ("TrainingLab"), where they were
written first.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Protocol

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from explorer.core.nn.snapshot import TrainingSnapshot
from explorer.ui.figure import ALL_ON, FigureInfo, FigureOptions
from explorer.ui.i18n import translate
from explorer.ui.labs.training.common import dataset_title
from explorer.ui.labs.training.frames import Frame
from explorer.ui.labs.training.lab_replay import model_text


class ExportOwner(Protocol):
    """What the exports need of the Training Lab (which owns them: named, not imported)."""

    compare: Any
    view_tabs: Any
    landscape: Any
    splitter: Any
    curves: Any
    dataset: Any
    architecture: Any
    spec: Any
    latest: Any
    frame: Any
    runner: Any
    replay: Any
    render: Any

    def pause(self) -> None: ...


class LabExports:
    """The lab's side of the window's exports (see :class:`~explorer.ui.labs.base.Lab`)."""

    def __init__(self, lab: ExportOwner) -> None:
        self.lab = lab

    def target(self) -> QWidget:
        lab = self.lab
        if lab.compare.on:
            return lab.compare.view.splitter
        if lab.view_tabs.currentWidget() is lab.landscape:
            return lab.landscape.export_target()
        return lab.splitter

    def parts(self) -> dict[str, tuple[str, QWidget]]:
        """The view with the curves as one figure, or each alone."""
        lab = self.lab
        if lab.compare.on or lab.view_tabs.currentWidget() is lab.landscape:
            return {}
        return {"both": (translate("TrainingLab", "View and curves"), lab.splitter),
                "view": (translate("TrainingLab", "The view alone"),
                         lab.view_tabs.currentWidget()),
                "curves": (translate("TrainingLab", "The curves alone"), lab.curves)}

    def figure_info(self) -> FigureInfo:
        """The data and the model (layers, loss, optimizer), the epoch; the views carry their
        own legends."""
        lab = self.lab
        data = dataset_title(lab.dataset.name, lab.dataset.title) if lab.dataset else ""
        if lab.compare.on:  # the line-up, and where the comparison stands
            s = lab.compare.latest
            model = model_text(lab.architecture, lab.spec, ", ".join(
                racer.label for racer in lab.compare.panel.racers()))
        else:
            s, model = lab.latest, model_text(lab.architecture, lab.spec)
        return FigureInfo(data, model, counter=translate("TrainingLab", "epoch {epoch}").format(
            epoch=s.epoch) if s else "")

    def animation_frames(self, width: int, height: int,
                         options: FigureOptions = ALL_ON) -> Iterator[QImage] | None:
        """The run (or the comparison) replayed from what it recorded, epoch by epoch: never
        retrained."""
        lab = self.lab
        if lab.compare.on:
            return lab.compare.animation_frames(width, height, options, self.figure_info())
        if lab.runner.running:
            lab.pause()
        live = (lab.latest, lab.frame)
        return lab.replay.frames(width, height, options, self.show_frame, self.target,
                                 lambda: self.show_frame(live[1], live[0]))

    def frame_count(self) -> int:
        lab = self.lab
        return (lab.compare.replay if lab.compare.on else lab.replay).frame_count()

    def show_frame(self, frame: Frame | None, snapshot: TrainingSnapshot | None = None
                   ) -> FigureInfo:
        """Draw ``frame`` on the views and every curve at once; its figure's texts."""
        lab = self.lab
        lab.frame = frame
        lab.latest = frame.snapshot if frame is not None else snapshot
        lab.render.draw(force=True)
        lab.curves.redraw()
        return self.figure_info()
