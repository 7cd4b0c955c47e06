"""The Training Lab's exports: the model as a figure's subtitle, and the animated export, the
run replayed from the frames it recorded while it trained (the decision boundary, the maps and
the curves epoch by epoch), never retrained.

While a model trains, the lab keeps the first frame it receives in every epoch and the last
frame of the run (frames come a few times a second, so only some short epochs have one); a run
of thousands of epochs keeps every other one once there are too many, so an export has at most
~``MAX_FRAMES`` frames spread over the whole run. Replaying shows each recorded frame in the
live views, paints the figure, and puts the latest frame back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, Generic, TypeVar

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget

from explorer.core.data import Dataset
from explorer.core.nn.run_record import RunRecord
from explorer.core.nn.spec import Architecture, ModelSpec
from explorer.ui.figure import FigureInfo, FigureOptions, render_figure
from explorer.ui.labs.training.frames import Frame, FramePainter

MAX_FRAMES = 150
Item = TypeVar("Item")


def model_text(architecture: Architecture | None, spec: ModelSpec | None,
               optimizers: str = "") -> str:
    """"2→8 relu→1 sigmoid · binary_crossentropy · adam η=0.01": the model a figure shows;
    ``optimizers`` replaces the spec's own (a comparison's line-up)."""
    if architecture is None or spec is None:
        return ""
    layers = "→".join([str(architecture.n_inputs)] + [
        f"{layer.units} {layer.activation}" for layer in architecture.dense_layers])
    return (f"{layers} · {architecture.loss} · "
            f"{optimizers or f'{spec.optimizer} η={spec.learning_rate:g}'}")


class RunReplay(Generic[Item]):
    """What a run recorded (its first moment of every epoch and its end), and their replay for
    :meth:`Lab.animation_frames`. ``epoch_state(item)`` says an item's completed epochs and
    run state; the items are the solo run's frames or the comparison's snapshots."""

    def __init__(self, epoch_state: Callable[[Item], tuple[int, str]]) -> None:
        self.epoch_state = epoch_state
        self.recorded: list[Item] = []

    def record(self, item: Item) -> None:
        """Keep ``item`` if it is the first of a new epoch, or the end of the run."""
        epoch, state = self.epoch_state(item)
        last = self.epoch_state(self.recorded[-1])[0] if self.recorded else None
        if last is None or epoch > last:
            self.recorded.append(item)
        elif state != "running" and epoch == last:
            self.recorded[-1] = item  # the end of the run replaces the epoch's first moment
        if len(self.recorded) > 2 * MAX_FRAMES:
            self.recorded = self.recorded[::2] + ([] if len(self.recorded) % 2 else
                                                   self.recorded[-1:])

    def clear(self) -> None:
        self.recorded.clear()

    def frame_count(self) -> int:
        return len(self._chosen())

    def _chosen(self) -> list[Item]:
        every = max(1, -(-len(self.recorded) // MAX_FRAMES))
        chosen = self.recorded[::every]
        if self.recorded and chosen[-1] is not self.recorded[-1]:
            chosen.append(self.recorded[-1])
        return chosen

    def frames(self, width: int, height: int, options: FigureOptions,
               show: Callable[[Item], FigureInfo], target: Callable[[], QWidget],
               restore: Callable[[], None]) -> Iterator[QImage] | None:
        """The recorded run as figures — ``show(item)`` draws an item in the live views and
        says its figure's texts — then ``restore()``; None before anything was trained."""
        if not self.recorded:
            return None
        return self._replay(self._chosen(), width, height, options, show, target, restore)

    @staticmethod
    def _replay(chosen: list[Item], width: int, height: int, options: FigureOptions,
                show: Callable[[Item], FigureInfo], target: Callable[[], QWidget],
                restore: Callable[[], None]) -> Iterator[QImage]:
        try:
            for item in chosen:
                info = show(item)
                yield render_figure(target(), width, height, info, options)
        finally:
            restore()


def run_to_dict(replay: RunReplay[Frame]) -> dict[str, Any] | None:
    """The recorded run as a scene stores it (weights per epoch, history), or None."""
    if not replay.recorded:
        return None
    return RunRecord.from_snapshots([frame.snapshot for frame in replay.recorded]).to_dict()


def restore_run(replay: RunReplay[Frame], run: RunRecord, spec: ModelSpec,
                architecture: Architecture, dataset: Dataset) -> Frame:
    """A scene's run back in ``replay`` (its pictures computed again from the weights); the
    last frame, to show."""
    painter = FramePainter(dataset)
    replay.recorded = [painter(snapshot)
                       for snapshot in run.snapshots(spec, architecture, dataset)]
    return replay.recorded[-1]
