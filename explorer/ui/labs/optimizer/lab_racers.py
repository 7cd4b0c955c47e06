"""The Optimizer Lab's line-up: adding, removing and editing racers, the learning rates a surface
suggests, and the note that says what happened to the race (never a silent restart).
"""

from __future__ import annotations

import math
from typing import Any, Protocol

from explorer.core.i18n import tr_noop
from explorer.core.optim import (
    OPTIMIZERS,
    PALETTE,
    Race,
    Racer,
    RacerSetup,
    RaceSetup,
    State,
    suggested_learning_rate,
    with_suggested_learning_rates,
)
from explorer.core.surfaces import Surface
from explorer.core.surfaces.custom import CUSTOM_TITLE
from explorer.ui.i18n import translate
from explorer.ui.widgets.panels import short_title

MAX_RACERS = len(PALETTE)
CONTEXT = "LineUp"  # the translation context of what the line-up says
SUGGESTS = tr_noop("LineUp", "{surface} suggests: {rates}")
_SURFACE = object()  # a note's value: the current surface's short title, in the current language


def surface_title(surface: Surface) -> str:
    """The surface's title in the current language (a typed formula's keeps the formula; a
    title not marked, such as a loss slice's, is shown as it is)."""
    if surface.name == "custom":
        return translate("Surfaces", CUSTOM_TITLE).format(
            formula=surface.title.partition(": ")[2])
    return translate("Surfaces", surface.title)


def rate_name(racer: Racer, state: State) -> str:
    """The racer's legend name with, under a schedule, the rate of its next step:
    ``Adam η=0.1→0.037 cosine_decay``."""
    optimizer = racer.optimizer
    if optimizer.schedule is None:
        return racer.name
    shown = f"η={optimizer.learning_rate:g}"
    now = optimizer.current_learning_rate(state)
    return racer.name.replace(shown, f"{shown}→{now:.2g}", 1)


class LineUpLab(Protocol):
    """What the line-up needs of the Optimizer Lab (which owns it: named, not imported)."""

    setup: RaceSetup
    surface: Surface
    race: Race
    legend: Any
    hyper_form: Any
    options_form: Any
    schedule_form: Any
    suggest_button: Any
    racers_note: Any

    def rebuild_race(self, replay: int = 0) -> None: ...
    def show_racers(self) -> None: ...


class LineUp:
    """Acts on the lab's set-up and race; the lab rebuilds and redraws."""

    def __init__(self, lab: LineUpLab) -> None:
        self.lab = lab
        self._note: tuple[str, dict[str, Any]] = ("", {})

    def add(self, optimizer: str) -> None:
        """Add a racer with the learning rate the surface suggests. Mid-race it sets off from
        the start while the others keep going; a race at its last step restarts, and says so."""
        lab = self.lab
        if len(lab.setup.racers) >= MAX_RACERS:
            return
        used = {r.color for r in lab.setup.racers}
        color = next(c for c in PALETTE if c not in used)
        racer = RacerSetup(optimizer, {"learning_rate": suggested_learning_rate(
            lab.surface, optimizer)}, color)
        lab.setup.racers.append(racer)
        step, name = lab.race.step_count, racer.build().name
        if step >= lab.setup.max_steps:
            lab.setup.steps_taken = 0
            lab.rebuild_race()
            self.say(tr_noop("LineUp", "{name} added. The race had reached its last step (max "
                                       "{max}), so it restarts from step 0."),
                     name=name, max=lab.setup.max_steps)
        else:
            racer.joined_at = step
            lab.race.join(racer.build())
            lab.show_racers()
            if step:
                self.say(tr_noop("LineUp", "{name} sets off from the start at step {step}; the "
                                           "others keep going."), name=name, step=step)
            else:
                self.say("")
        lab.legend.selectRow(len(lab.setup.racers) - 1)

    def remove_selected(self) -> None:
        lab = self.lab
        row = lab.legend.currentRow()
        if 0 <= row < len(lab.setup.racers):
            name = lab.race.racers[row].name
            del lab.setup.racers[row]
            lab.setup.steps_taken = 0
            lab.rebuild_race()
            self.say(tr_noop("LineUp", "{name} removed; the race restarts from step 0."),
                     name=name)

    def use_suggested_learning_rates(self) -> None:
        """Give every racer the learning rate this surface suggests; the race restarts."""
        lab = self.lab
        lab.setup.racers = with_suggested_learning_rates(lab.setup.racers, lab.surface)
        lab.setup.steps_taken = 0
        lab.rebuild_race()
        self.say(tr_noop("LineUp", "Learning rates set to those {surface} suggests; the race "
                                   "restarts from step 0."), surface=_SURFACE)

    def show_selected(self) -> None:
        """The forms edit the racer selected in the legend: its hyper-parameters, options and
        schedule (with η(t) over the race's steps)."""
        lab = self.lab
        row = lab.legend.currentRow()
        forms = (lab.hyper_form, lab.options_form, lab.schedule_form)
        selected = 0 <= row < len(lab.setup.racers)
        if selected:
            optimizer = lab.race.racers[row].optimizer
            lab.hyper_form.set_optimizer(optimizer.spec, dict(optimizer.hyper))
            lab.options_form.set_options(optimizer.spec, lab.setup.racers[row].options)
            lab.schedule_form.show_schedule(optimizer.schedule, optimizer.learning_rate,
                                            lab.setup.max_steps)
            self.show_rates()
        for form in forms:
            form.setEnabled(selected)

    def edit_selected(self, values: dict[str, Any]) -> None:
        """New hyper-parameters for the selected racer (from the form)."""
        self.change_selected(self.lab.hyper_form, hyper=dict(values))

    def edit_options(self, options: dict[str, Any]) -> None:
        """New common options (weight decay, clipping, EMA) for the selected racer."""
        self.change_selected(self.lab.options_form, options=dict(options))

    def edit_schedule(self, schedule: dict[str, Any] | None) -> None:
        """A new learning-rate schedule (None: constant) for the selected racer."""
        self.change_selected(self.lab.schedule_form, schedule=schedule)

    def change_selected(self, form: Any, **changes: Any) -> None:
        """Give the selected racer new settings if core takes them, and restart the race. A
        combination Keras refuses is named under ``form`` (its ``refuse``) and the racer keeps
        what it had."""
        lab = self.lab
        row = lab.legend.currentRow()
        if not 0 <= row < len(lab.setup.racers):
            return
        racer = lab.setup.racers[row].copy(**changes)
        try:
            optimizer = racer.build_optimizer()
        except ValueError as error:
            form.refuse(str(error))
            return
        racer.schedule = optimizer.schedule.to_dict() if optimizer.schedule else None
        restarted = lab.race.step_count > 0
        lab.setup.racers[row] = racer
        lab.setup.steps_taken = 0
        lab.rebuild_race()
        lab.legend.selectRow(row)
        self.say(tr_noop("LineUp", "Hyper-parameters changed; the race restarts from step 0.")
                 if restarted else "")

    def show_rates(self) -> None:
        """Each scheduled racer's current η in the legend, and the selected racer's next step
        marked on its η(t)."""
        lab = self.lab
        race = lab.race
        lab.legend.set_names([rate_name(racer, state)
                              for racer, state in zip(race.racers, race.states, strict=True)])
        row = lab.legend.currentRow()
        if 0 <= row < len(race.racers):
            lab.schedule_form.show_step(int(race.states[row]["iterations"]),
                                        lab.setup.max_steps)

    # --- what the lab says about its racers ---------------------------------------------------

    def say(self, template: str, **values: Any) -> None:
        """Show a note: ``template`` (marked ``tr_noop("LineUp", ...)``) with ``values``; the
        surface's short title is filled in as shown, and again after a language change."""
        self._note = (template, values)
        self.refresh()

    def refresh(self) -> None:
        """The note and the suggestion's tooltip in the current language."""
        template, values = self._note
        if values.get("surface") is _SURFACE:
            values = {**values, "surface": short_title(surface_title(self.lab.surface))}
        text = translate(CONTEXT, template).format(**values) if template else ""
        self.lab.racers_note.setText(text)
        self.lab.racers_note.setVisible(bool(text))
        self.offer_suggestion()

    def offer_suggestion(self) -> None:
        """The button is enabled when the racers' learning rates differ from the suggested
        ones; its tooltip lists them."""
        lab = self.lab
        rates = [suggested_learning_rate(lab.surface, r.optimizer) for r in lab.setup.racers]
        differ = any(not math.isclose(r.hyper.get("learning_rate", rate), rate)
                     for r, rate in zip(lab.setup.racers, rates, strict=True))
        lab.suggest_button.setEnabled(differ)
        lab.suggest_button.setToolTip(translate(CONTEXT, SUGGESTS).format(
            surface=short_title(surface_title(lab.surface)), rates=", ".join(
                f"{OPTIMIZERS[r.optimizer].title} η={rate:g}"
                for r, rate in zip(lab.setup.racers, rates, strict=True))))

    def say_kept(self) -> None:
        """After a change of surface: the racers stayed; say whether other rates are suggested."""
        if self.lab.setup.racers and self.lab.suggest_button.isEnabled():
            self.say(tr_noop("LineUp", "Your racers and their settings are kept. {surface} "
                                       "suggests other learning rates."), surface=_SURFACE)
        else:
            self.say("")
