"""The arguments every Keras optimizer takes (``weight_decay``, the three clips, ``use_ema`` and
its momentum and overwrite frequency), as a form that folds away.

The form only gathers values; whoever owns the optimizer builds it with core, which checks
Keras's rules, and on a broken one calls :meth:`OptionsForm.refuse` so the rule is shown in red
under the form while the optimizer keeps its previous settings (rule 6).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFormLayout, QVBoxLayout, QWidget

from explorer.core.optim import OPTION_NAMES, OPTION_PARAMS, OptimizerSpec, Options
from explorer.ui.widgets.fields import RangeNote
from explorer.ui.widgets.hyper_form import OPTIMIZERS_CONTEXT, ParamRows, refuse
from explorer.ui.widgets.panels import CollapsibleGroup

# What a box offers when its "default" tick is taken off: AdamW's decay, a clip of 1, an
# overwrite every 10 steps (the tick itself stands for Keras's None).
FALLBACKS = {"weight_decay": 0.004, "clipnorm": 1.0, "clipvalue": 1.0, "global_clipnorm": 1.0,
             "ema_overwrite_frequency": 10}
EMA_SETTINGS = ("ema_momentum", "ema_overwrite_frequency")


class RuledGroup(CollapsibleGroup):
    """A folding form of Keras-named parameters with a red note at its foot for the Keras rule
    a combination breaks (core checks it; the form only says it)."""

    def __init__(self, context: str, *above: QWidget, expanded: bool = False,
                 parent: QWidget | None = None) -> None:
        body = QWidget()
        form = QFormLayout()
        self.note = RangeNote()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        for widget in above:
            column.addWidget(widget)
        column.addLayout(form)
        self.foot = QVBoxLayout()
        column.addLayout(self.foot)
        column.addWidget(self.note)
        super().__init__(body, expanded=expanded, parent=parent)
        self.rows = ParamRows(form, context, self)

    def refuse(self, rule: str) -> None:
        """Say which of Keras's rules the values break; the previous settings stay in use."""
        refuse(self.note, rule)


class OptionsForm(RuledGroup):
    """Edits one optimizer's common options; emits ``changed`` with those that differ from the
    optimizer's Keras defaults (what a scene stores)."""

    changed = Signal(dict)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(OPTIMIZERS_CONTEXT, parent=parent)
        self.rows.changed.connect(self._emit)
        self._defaults = Options()
        self.retranslate()

    def retranslate(self) -> None:
        self.set_title(self.tr("Options"))
        self.button.setToolTip(self.tr(
            "Arguments every keras.optimizers class takes: weight decay, gradient clipping and "
            "an exponential moving average (EMA) of the weights"))
        self.rows.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_options(self, spec: OptimizerSpec, options: Mapping[str, Any]) -> None:
        """Show ``options`` over ``spec``'s Keras defaults (AdamW decays by 0.004); the note
        goes, since what is shown is now what the optimizer uses."""
        self._defaults = Options(**spec.option_defaults)
        values = {name: options.get(name, getattr(self._defaults, name)) for name in OPTION_NAMES}
        self.rows.show(OPTION_PARAMS, values, FALLBACKS)
        self._enable_ema()
        self.note.clear_note()

    def options(self) -> dict[str, Any]:
        """The options that differ from the optimizer's Keras defaults."""
        return {name: value for name, value in self.rows.values().items()
                if value != getattr(self._defaults, name)}

    def _enable_ema(self) -> None:
        """The EMA's settings only mean something while ``use_ema`` is on."""
        on = bool(self.rows.fields["use_ema"].value())
        for name in EMA_SETTINGS:
            self.rows.fields[name].setEnabled(on)

    def _emit(self) -> None:
        self._enable_ema()
        self.changed.emit(self.options())
