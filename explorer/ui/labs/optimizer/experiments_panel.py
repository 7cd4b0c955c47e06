"""What the Optimizer Lab's experiment views (Basin map, Hyper-parameter map) share: the lab
they read, the job that runs one racer's map after another, the racer choosers, the checks of
their scene settings, and :class:`ExperimentView`.

Each view runs its core jobs (``explorer.core.optim.experiments``) on its own
:class:`~explorer.ui.worker.Worker`: partial maps draw as they arrive, a progress bar and Cancel
sit above the plot, and a change of surface, line-up, start or max steps recomputes, merged into
one job by a 300 ms debounce, only while the view is on screen (a hidden view recomputes when it
is shown). A view remembers the inputs of what it shows, so showing it again costs nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from explorer.core.i18n import tr_noop
from explorer.core.optim import Race, RaceSetup
from explorer.core.optim.experiments import STEPS_RANGE
from explorer.core.progress import Job, Progress
from explorer.core.scene import (
    INTEGER_IN,
    MUST_BE_OBJECT,
    ONE_OF,
    UNKNOWN_FIELD,
    problem_at,
    require,
)
from explorer.core.surfaces import Surface
from explorer.ui.figure import LegendEntry
from explorer.ui.i18n import translate
from explorer.ui.widgets.fields import ERROR_STYLE, CheckedSpinBox
from explorer.ui.worker import JobThread, Worker

DEBOUNCE_MS = 300
NOTE_STYLE = "color: #555555;"
WHERE = "optimizer.experiments"
NUMBER_IN = tr_noop("Scenes", "'{key}' must be a number from {low} to {high}, not {value}")
T = TypeVar("T")


class ExperimentLab(Protocol):
    """What the experiment views need of the Optimizer Lab (which owns them: named, not
    imported)."""

    setup: RaceSetup
    surface: Surface
    race: Race
    legend: Any
    view_tabs: Any
    playback: Any
    racers: Any
    start_x: Any
    start_y: Any
    view1d: Any
    view2d: Any

    def set_start(self, point: tuple[float, ...]) -> None: ...
    def play(self) -> None: ...


def chain_jobs(jobs: list[tuple[str, Callable[[], Job[T]]]],
               prepare: Callable[[T], Any] = lambda result: result) -> Job[tuple[Any, ...]]:
    """Run jobs one after another as one job (one racer's map after another's). Each report
    carries the name of the job running as its message and, as its partial result, every job's
    latest result so far (so a throttled report never loses a finished map), each passed
    through ``prepare`` here, on the worker (what the GUI thread would otherwise do per frame).
    """
    results: list[Any] = [None] * len(jobs)
    for k, (name, make) in enumerate(jobs):
        job, latest = make(), None
        try:
            while True:
                try:
                    item = next(job)
                except StopIteration as stop:
                    if stop.value is not latest:
                        results[k] = prepare(stop.value)
                    break
                if item.partial is not None:
                    latest, results[k] = item.partial, prepare(item.partial)
                yield Progress((k + item.fraction) / len(jobs), name,
                               partial=tuple(results) if item.partial is not None else None)
        finally:
            job.close()  # a cancel closes this generator: the core job stops with it
    return tuple(results)


class PickBox(pg.ViewBox):
    """A view box where a left click picks a point of the map; the wheel still zooms."""

    picked = Signal(float, float)

    def mouseClickEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            point = self.mapToView(event.pos())
            self.picked.emit(point.x(), point.y())
            event.accept()
        else:
            super().mouseClickEvent(event)


def racer_icon(color: str) -> QIcon:
    """A swatch of a racer's colour for the racer choosers."""
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)


def fill_racers(box: QComboBox, race: Race, none_text: str | None = None) -> None:
    """The lab's racers as choices (data: the racer's index; -1 for ``none_text``), keeping the
    current choice where it still exists."""
    current = box.currentData()
    box.blockSignals(True)
    box.clear()
    if none_text is not None:
        box.addItem(none_text, -1)
    for k, racer in enumerate(race.racers):
        box.addItem(racer_icon(racer.color), racer.name, k)
    index = box.findData(current)
    box.setCurrentIndex(index if index >= 0 else (1 if none_text is not None and
                                                   box.count() > 1 else 0))
    box.blockSignals(False)


def checked_fields(data: Any, allowed: tuple[str, ...], where: str) -> dict[str, Any]:
    """A view's settings as an object with no field it does not know (SceneError otherwise)."""
    if not isinstance(data, dict):
        raise problem_at(where, MUST_BE_OBJECT)
    unknown = sorted(set(data) - set(allowed))
    if unknown:
        raise problem_at(where, UNKNOWN_FIELD, name=repr(unknown[0]))
    return data


def integer_in(data: dict[str, Any], key: str, low: int, high: int, where: str) -> int:
    value = require(data, key, int, where)
    if not low <= value <= high:
        raise problem_at(where, INTEGER_IN, key=key, low=low, high=f"{high:,}", value=value)
    return value


def number_in(data: dict[str, Any], key: str, low: float, high: float, where: str) -> float:
    value = float(require(data, key, (int, float), where))
    if not low <= value <= high:
        raise problem_at(where, NUMBER_IN, key=key, low=f"{low:g}", high=f"{high:g}",
                         value=f"{value:g}")
    return value


def one_of(data: dict[str, Any], key: str, choices: tuple[Any, ...], where: str) -> Any:
    value = data.get(key)
    if key not in data or value not in choices:
        raise problem_at(where, ONE_OF, key=key, choices=", ".join(map(str, choices)),
                         value=repr(value))
    return value


def steps_box() -> CheckedSpinBox:
    """Steps per run; 0 (shown as the view's special text) follows the lab's max steps."""
    box = CheckedSpinBox("steps", 0, STEPS_RANGE[1])
    box.setSingleStep(100)
    return box


class ExperimentView(QWidget):
    """A view that computes a map on its worker: the progress row, Cancel, messages, the
    debounce and the bookkeeping of which job's signals count. Subclasses build their controls
    and plots, and say what the map depends on (:meth:`inputs`), how to compute it
    (:meth:`make_job`) and how to draw it (:meth:`draw`)."""

    def __init__(self, lab: ExperimentLab, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lab = lab
        self.worker = Worker(self)
        self.results: tuple[Any, ...] = ()
        self.computed_inputs: Any = None  # what the results on screen (or coming) were made of
        self.partials_drawn = 0
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.compute)
        self.compute_button = QPushButton()
        self.cancel_button = QPushButton()
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(14)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.steps_box = steps_box()
        self.compute_button.clicked.connect(lambda: self.compute(force=True))
        self.cancel_button.clicked.connect(self.cancel)
        self._said: tuple[Callable[[], str], str] = (lambda: "", NOTE_STYLE)

    def progress_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.compute_button)
        row.addWidget(self.cancel_button)
        row.addWidget(self.progress, 1)
        return row

    def page(self, controls: QWidget | QLayout, figure: QWidget, *notes: QWidget) -> None:
        """Lay out the controls, the progress row, the message, then the figure with the notes
        that explain it (``printed``: what an exported picture shows, without the controls)."""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        if isinstance(controls, QWidget):
            layout.addWidget(controls)
        else:
            layout.addLayout(controls)
        layout.addLayout(self.progress_row())
        layout.addWidget(self.message)
        self.printed = QWidget()
        printed = QVBoxLayout(self.printed)
        printed.setContentsMargins(0, 0, 0, 0)
        printed.addWidget(figure, 1)
        for note in notes:
            printed.addWidget(note)
        layout.addWidget(self.printed, 1)

    # --- language -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The shared buttons and the last message in the current language (subclasses add
        their own texts and call this)."""
        self.compute_button.setText(self.tr("Compute"))
        self.compute_button.setToolTip(self.tr(
            "Compute the map again now (it also recomputes by itself when the surface, the "
            "racers or the settings change)"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop computing; what is drawn stays"))
        self.steps_box.field_name = self.tr("steps")
        self.steps_box.setSpecialValueText(self.tr("max steps"))
        self.steps_box.range_tip(self.tr(
            "Steps each run may take before it counts as still running; \"max steps\" (0) "
            "follows the lab's max steps"))
        self._show(*self._said)
        tabs = self.lab.view_tabs
        index = tabs.indexOf(self)
        if index >= 0:
            title, tip = self.tab_texts()
            tabs.setTabText(index, title)
            tabs.setTabToolTip(index, tip)

    # --- what subclasses say --------------------------------------------------------------------

    def tab_texts(self) -> tuple[str, str]:
        """The tab's title and tooltip in the current language."""
        raise NotImplementedError

    def line_up_changed(self) -> None:
        """The lab's racers (or surface) changed: update the choosers."""
        raise NotImplementedError

    def state(self) -> dict[str, Any]:
        raise NotImplementedError

    def parse_state(self, data: dict[str, Any], setup: RaceSetup, where: str) -> dict[str, Any]:
        """Validated settings from a scene whose line-up is ``setup``'s (SceneError naming the
        field)."""
        raise NotImplementedError

    def apply_state(self, parsed: dict[str, Any]) -> None:
        raise NotImplementedError

    def inputs(self) -> Any:
        """Everything the map depends on (equal inputs: no need to compute again)."""
        raise NotImplementedError

    def make_job(self) -> Callable[[], Job[tuple[Any, ...]]]:
        """The job computing the map (a ValueError says what is wrong with the settings)."""
        raise NotImplementedError

    def draw(self, results: tuple[Any, ...], complete: bool) -> None:
        raise NotImplementedError

    def progress_text(self, name: str) -> str:
        raise NotImplementedError

    def legend(self) -> tuple[LegendEntry, ...]:
        """What an exported figure's legend lists (none: the maps name their racers)."""
        return ()

    # --- computing ------------------------------------------------------------------------------

    def request(self) -> None:
        """Something the map depends on may have changed: recompute soon if it did and the view
        is on screen (several changes in a row make one job)."""
        if self.isVisible() and self.inputs() != self.computed_inputs:
            self.debounce.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.request()

    def compute(self, force: bool = False) -> bool:
        """Start the job for the current inputs (unless they are what is shown, or ``force``);
        False, with a message, if the settings cannot make a map."""
        self.debounce.stop()
        inputs = self.inputs()
        if not force and (inputs == self.computed_inputs or not self.isVisible()):
            return False  # a hidden view computes when it is shown
        try:
            job = self.make_job()
        except ValueError as error:
            why = str(error)
            self.say(lambda: self.tr("Cannot compute: {error}").format(error=why), ERROR_STYLE)
            return False
        self.computed_inputs = inputs
        self.partials_drawn = 0
        self.progress.setValue(0)
        self.cancel_button.setEnabled(True)
        self.worker.start(job, progress=self._on_progress, partial=self._on_partial,
                          succeeded=self._on_done, failed=self._on_failed,
                          cancelled=self._on_cancelled)
        return True

    def cancel(self) -> None:
        if self.busy:
            self.worker.cancel()
            self.say(lambda: self.tr("Cancelling…"))

    @property
    def busy(self) -> bool:
        return self.worker.busy

    def _current(self, *, live: bool = False) -> bool:
        """The signal comes from the job running now (and, if ``live``, not cancelled)."""
        sender = self.sender()
        return isinstance(sender, JobThread) and sender is self.worker.thread \
            and not (live and sender.is_cancelled)

    def _on_progress(self, fraction: float, name: str) -> None:
        if self._current(live=True):
            self.progress.setValue(round(1000 * fraction))
            self.say(lambda: self.progress_text(name))

    def _on_partial(self, results: object) -> None:
        if self._current(live=True) and isinstance(results, tuple):
            self.partials_drawn += 1
            self.results = results
            self.draw(results, complete=False)

    def _on_done(self, results: object) -> None:
        if not self._current():
            return
        assert isinstance(results, tuple)
        self.results = results
        self._finish()
        self.draw(results, complete=True)
        self.say(lambda: "")

    def _on_failed(self, message: str) -> None:
        if not self._current():
            return
        self._finish()
        self.computed_inputs = None
        text = message.partition(": ")[2] if message.startswith("ValueError: ") else message
        self.say(lambda: self.tr("Could not compute: {error}").format(error=text), ERROR_STYLE)

    def _on_cancelled(self) -> None:
        if not self._current():
            return
        self._finish()
        self.say(lambda: self.tr("Cancelled: press Compute to finish the map."))

    def _finish(self) -> None:
        self.progress.setValue(0)
        self.cancel_button.setEnabled(False)

    def say(self, text: Callable[[], str], style: str = NOTE_STYLE) -> None:
        """Show a message; ``text`` makes it in the current language (again after a change)."""
        self._said = (text, style)
        self._show(text, style)

    def _show(self, text: Callable[[], str], style: str) -> None:
        self.message.setStyleSheet(style)
        shown = text()
        self.message.setText(shown)
        self.message.setVisible(bool(shown))

    def steps(self) -> int:
        """The steps a run gets: the box's, or the lab's max steps when it says 0."""
        return self.steps_box.value() or self.lab.setup.max_steps

    def shutdown(self) -> None:
        """Stop the debounce and the worker, and join its thread (call before destruction)."""
        self.debounce.stop()
        self.worker.stop()


def experiment_text(context: str, template: str, values: dict[str, Any]) -> str:
    """A text core marked in ``context`` with its values, in the current language (a
    landmark's ``kind`` is marked in "Surfaces")."""
    if "kind" in values:
        values = {**values, "kind": translate("Surfaces", str(values["kind"]))}
    return translate(context, template).format(**values)

