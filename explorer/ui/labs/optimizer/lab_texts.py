"""The Optimizer Lab's control texts (group titles, labels, tooltips) in the current language.

They keep the context "OptimizerLab" they had as the lab's own ``self.tr`` texts, so their
translations still match.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton

from explorer.core.i18n import tr_noop
from explorer.core.optim import MAX_GRID
from explorer.core.surfaces import SURFACES
from explorer.ui.i18n import translate
from explorer.ui.labs.optimizer.lab_layout import LANDSCAPE_ITEM, OptimizerWidgets


def landscape_item_text() -> str:
    """The chooser's entry for a slice handed over by the Training Lab."""
    return QCoreApplication.translate("OptimizerLab", "Loss landscape (from the Training Lab)")


def retranslate_controls(w: OptimizerWidgets) -> None:
    """Every text of the lab's controls, in the current language."""
    w.groups["surface"].setTitle(QCoreApplication.translate("OptimizerLab", "Surface"))
    w.groups["racers"].setTitle(QCoreApplication.translate("OptimizerLab", "Racers"))
    w.groups["start"].setTitle(QCoreApplication.translate("OptimizerLab", "Start"))
    w.groups["noise"].setTitle(QCoreApplication.translate("OptimizerLab", "SGD randomness"))
    box = w.surface_box
    for index in range(box.count()):
        name = box.itemData(index)
        if name == "custom":
            box.setItemText(index, QCoreApplication.translate("OptimizerLab",
                                                              "Custom formula f(x, y)"))
        elif name == LANDSCAPE_ITEM:
            box.setItemText(index, landscape_item_text())
        elif name in SURFACES:
            box.setItemText(index, translate("Surfaces", SURFACES[name].title))
    box.setToolTip(QCoreApplication.translate(
        "OptimizerLab", "Choosing a surface loads its start; your racers stay"))
    w.formula_edit.setPlaceholderText(QCoreApplication.translate(
        "OptimizerLab", "e.g. sin(x)*cos(y) + 0.1*(x^2+y^2)"))
    w.formula_edit.setToolTip(QCoreApplication.translate(
        "OptimizerLab",
        "Numbers, x, y, + − * / ^, parentheses, sin cos tan exp log sqrt abs tanh sinh "
        "cosh, pi, e. Press Enter to apply."))
    _set_texts((
        (w.add_button, tr_noop("OptimizerLab", "Add racer"), tr_noop(
            "OptimizerLab",
            "Add a racer: mid-race it sets off from the start while the others keep going")),
        (w.remove_button, tr_noop("OptimizerLab", "Remove"),
         tr_noop("OptimizerLab", "Remove the selected racer")),
        (w.suggest_button, tr_noop("OptimizerLab", "Use suggested learning rates"), None)))
    _retranslate_rows(w)
    w.show_label.setText(QCoreApplication.translate("OptimizerLab", "Show"))
    _set_texts((
        (w.log_colour, tr_noop("OptimizerLab", "Log colour"), tr_noop(
            "OptimizerLab",
            "Colour by log₁₀ of the height above the lowest point: shows the shape of narrow "
            "valleys such as Rosenbrock's")),
        (w.show_gradient, tr_noop("OptimizerLab", "−∇L arrows"), tr_noop(
            "OptimizerLab", "Downhill arrows: the direction plain gradient descent moves")),
        (w.show_velocity, tr_noop("OptimizerLab", "Δθ arrows"),
         tr_noop("OptimizerLab", "Step arrows: each racer's last step")),
        (w.log_y, tr_noop("OptimizerLab", "Log-y curves"), None)))
    w.export_gif_button.setToolTip(QCoreApplication.translate(
        "OptimizerLab",
        "Export the race, replayed from step 0, as a GIF or MP4 animation (Ctrl+Shift+E)"))
    w.view_tabs.setTabText(0, QCoreApplication.translate("OptimizerLab", "Surface"))
    w.view_tabs.setTabText(1, QCoreApplication.translate("OptimizerLab", "3-D"))


def _set_texts(rows: Iterable[tuple[QAbstractButton, str, str | None]]) -> None:
    """Each button's marked text and tooltip (None: it keeps the one it has), translated."""
    for button, text, tip in rows:
        button.setText(translate("OptimizerLab", text))
        if tip is not None:
            button.setToolTip(translate("OptimizerLab", tip))


def _retranslate_rows(w: OptimizerWidgets) -> None:
    """The start and randomness rows: each field's name (its label, and the name a refusal
    uses) and its tooltip with the range."""
    names = {"x": "x", "y": "y",
             "grid of starts": QCoreApplication.translate("OptimizerLab", "grid of starts"),
             "noise σ": QCoreApplication.translate("OptimizerLab", "noise σ"),
             "batch size": QCoreApplication.translate("OptimizerLab", "batch size"),
             "seed": QCoreApplication.translate("OptimizerLab", "seed")}
    tips = {
        "x": QCoreApplication.translate("OptimizerLab", "Start x (or click / drag on the surface)"),
        "y": QCoreApplication.translate("OptimizerLab", "Start y (or click / drag on the surface)"),
        "grid of starts": QCoreApplication.translate(
            "OptimizerLab", "1: one start. n: an n×n grid of starts over the domain "
            "(at most {max})").format(max=MAX_GRID),
        "noise σ": QCoreApplication.translate(
            "OptimizerLab", "σ of the Gaussian noise SGD adds to the gradient"),
        "batch size": QCoreApplication.translate(
            "OptimizerLab", "Minibatch size SGD uses on the regression surface"),
        "seed": QCoreApplication.translate(
            "OptimizerLab", "Seed of SGD's randomness: the same seed gives the same race"),
    }
    boxes = {"x": w.start_x, "y": w.start_y, "grid of starts": w.start_grid,
             "noise σ": w.noise, "batch size": w.batch_size, "seed": w.seed}
    for key, number_box in boxes.items():
        number_box.field_name = names[key]
        number_box.range_tip(tips[key])
        w.row_labels[key].setText(names[key])
