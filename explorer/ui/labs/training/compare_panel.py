"""The Training Lab's "Compare optimizers" page: the switch, and 2–4 racers, each an optimizer
with its learning rate and (behind "⚙") its other Keras settings, in the Optimizer Lab's
colours.

Only the form: :meth:`ComparePanel.setup` reads it as a :class:`CompareSetup` (plain data,
what scenes store) and :meth:`ComparePanel.set_setup` fills it; the lab's compare mode
(``compare_mode.py``) does the rest.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from explorer.core.nn.compare import (
    GOAL_KEYS,
    MAX_RACERS,
    CompareSetup,
    Goal,
    RacerSpec,
    default_racers,
)
from explorer.core.optim import PALETTE
from explorer.ui.labs.training.common import NOTE_STYLE, compact
from explorer.ui.labs.training.optimizer_form import learning_rate_field, optimizer_choice
from explorer.ui.labs.training.racer_dialog import RacerDialog
from explorer.ui.widgets.legend import swatch


class _RacerRow:
    """One racer's widgets: on/off (with its colour), optimizer, learning rate, a button for
    its other Keras settings and a summary of them; ``racer`` is the racer they show."""

    def __init__(self, index: int, grid: QGridLayout) -> None:
        self.used = QCheckBox()
        self.used.setIcon(swatch(PALETTE[index]))
        self.optimizer = optimizer_choice()
        self.learning_rate = learning_rate_field()
        self.settings = QToolButton()
        self.settings.setText("⚙")
        self.summary = QLabel()
        self.summary.setStyleSheet(NOTE_STYLE)
        for column, widget in enumerate((self.used, self.optimizer, self.learning_rate,
                                         self.settings)):
            grid.addWidget(widget, 2 * index + 1, column)
        grid.addWidget(self.summary, 2 * index + 2, 1, 1, 3)
        self.racer = RacerSpec(self.optimizer.currentData())
        self.optimizer.activated.connect(self._on_optimizer)
        self.learning_rate.valueChanged.connect(self._on_learning_rate)

    def _on_optimizer(self) -> None:
        """A newly chosen optimizer starts from Keras's defaults; the options and schedule stay
        if Keras takes them for it."""
        name = self.optimizer.currentData()
        try:
            self.set_racer(RacerSpec(name, {}, self.racer.options, self.racer.schedule))
        except ValueError:
            self.set_racer(RacerSpec(name))

    def _on_learning_rate(self, value: float) -> None:
        """The racer's rate (the box's range is one Keras takes with any settings)."""
        self.set_racer(self.racer.with_changes(hyper={**self.racer.hyper,
                                                      "learning_rate": value}))

    def show(self, racer: RacerSpec | None) -> None:
        self.used.setChecked(racer is not None)
        if racer is not None:
            self.set_racer(racer)

    def set_racer(self, racer: RacerSpec) -> None:
        """Take ``racer`` and show it (the learning rate without emitting)."""
        self.racer = racer
        self.optimizer.setCurrentIndex(max(self.optimizer.findData(racer.optimizer), 0))
        blocked = self.learning_rate.blockSignals(True)
        self.learning_rate.setValue(racer.learning_rate)
        self.learning_rate.blockSignals(blocked)
        self.summary.setText(racer.label)

    def widgets(self) -> tuple[QWidget, ...]:
        """The widgets a running comparison locks."""
        return self.used, self.optimizer, self.learning_rate, self.settings


class ComparePanel(QWidget):
    """The switch and the line-up; ``changed`` whenever either changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet(NOTE_STYLE)
        grid = QGridLayout()
        self.heads = [QLabel(), QLabel(), QLabel()]
        self.dialog: RacerDialog | None = None  # the racer settings open, if any
        for column, head in enumerate(self.heads):
            grid.addWidget(head, 0, column)
        self.rows = [_RacerRow(i, grid) for i in range(MAX_RACERS)]
        self.goal_label = QLabel()
        self.goal_key = compact(QComboBox())
        for key in GOAL_KEYS:
            self.goal_key.addItem(key, key)  # Keras's history keys: never translated
        self.goal_value = QDoubleSpinBox()
        self.goal_value.setRange(0.0, 1e9)
        self.goal_value.setDecimals(4)
        self.goal_value.setKeyboardTracking(False)
        goal = QHBoxLayout()
        goal.addWidget(self.goal_label)
        goal.addWidget(self.goal_key)
        goal.addWidget(self.goal_value)
        layout = QVBoxLayout(self)
        layout.addWidget(self.enabled)
        layout.addWidget(self.note)
        layout.addLayout(grid)
        layout.addLayout(goal)
        layout.addStretch(1)
        for row, racer in zip(self.rows, default_racers(), strict=True):
            row.show(racer)
        self.set_setup(CompareSetup())
        self.enabled.toggled.connect(self.changed)
        self.goal_key.activated.connect(self.changed)
        self.goal_value.valueChanged.connect(self.changed)
        for row in self.rows:
            row.used.toggled.connect(self.changed)
            row.optimizer.activated.connect(self.changed)
            row.learning_rate.valueChanged.connect(self.changed)
            row.settings.clicked.connect(lambda _=False, row=row: self.edit(row))
        self.retranslate()

    def retranslate(self) -> None:
        self.enabled.setText(self.tr("Compare optimizers"))
        self.enabled.setToolTip(self.tr("Train the model once per optimizer, all from the same "
                                        "initial weights and on the same batches"))
        self.note.setText(self.tr("Pick 2–4 optimizers. Each one trains its own copy of the "
                                  "model: only the optimizer differs."))
        for head, text in zip(self.heads, (self.tr("Use"), self.tr("Optimizer"),
                                           self.tr("Learning rate")), strict=True):
            head.setText(text)
        for row in self.rows:
            row.settings.setToolTip(self.tr("This optimizer's Keras settings: hyper-parameters, "
                                            "options and learning-rate schedule"))
        self.goal_label.setText(self.tr("Goal"))
        tip = self.tr("The results table gives the first epoch at which each optimizer reached "
                      "this value (at most, for a loss; at least, for an accuracy)")
        for widget in (self.goal_label, self.goal_key, self.goal_value):
            widget.setToolTip(tip)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def on(self) -> bool:
        return self.enabled.isChecked()

    def racers(self) -> tuple[RacerSpec, ...]:
        """The checked racers, in row order (the colours follow the rows)."""
        return tuple(row.racer for row in self.rows if row.used.isChecked())

    def colours(self) -> tuple[str, ...]:
        return tuple(PALETTE[i] for i, row in enumerate(self.rows) if row.used.isChecked())

    def setup(self) -> CompareSetup:
        return CompareSetup(self.on, self.racers(), self.goal())

    def goal(self) -> Goal:
        return Goal(self.goal_key.currentData(), float(self.goal_value.value()))

    def set_setup(self, setup: CompareSetup) -> None:
        """Show ``setup`` without emitting ``changed``."""
        widgets = [self.enabled, self.goal_key, self.goal_value] + [
            w for row in self.rows for w in row.widgets()]
        for widget in widgets:
            widget.blockSignals(True)
        self.enabled.setChecked(setup.enabled)
        for i, row in enumerate(self.rows):
            row.show(setup.racers[i] if i < len(setup.racers) else None)
        self.goal_key.setCurrentIndex(max(self.goal_key.findData(setup.goal.key), 0))
        self.goal_value.setValue(setup.goal.value)
        for widget in widgets:
            widget.blockSignals(False)

    def set_editable(self, editable: bool) -> None:
        """Locked while a comparison trains (its line-up is the run's)."""
        for row in self.rows:
            for widget in row.widgets():
                widget.setEnabled(editable)
        self.enabled.setEnabled(editable)

    def edit(self, row: _RacerRow) -> None:
        """Open ``row``'s racer settings (window-modal); OK takes them."""
        self.dialog = dialog = RacerDialog(row.racer, self)
        dialog.accepted.connect(lambda: self._take(row, dialog.racer))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _take(self, row: _RacerRow, racer: RacerSpec) -> None:
        row.set_racer(racer)
        self.changed.emit()
