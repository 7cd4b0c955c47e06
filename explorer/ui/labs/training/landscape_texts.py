"""What a landscape says in words: its title, its axes' titles and the line of numbers under it,
in the current language (core's texts are English). Shared by the Landscape tab and compare
mode's slice."""

from __future__ import annotations

import numpy as np

from explorer.core.nn.directions import KIND_TITLES
from explorer.core.nn.landscape import LANDSCAPE_TITLE, LANDSCAPE_TITLE_TEST
from explorer.ui.i18n import translate


def axis_labels(land) -> tuple[str, str]:
    """The slice's axis titles: which direction each coordinate moves along."""
    if land.kind == "pca" and land.explained_variance is not None:
        v1, v2 = land.explained_variance
        return (translate("LandscapePlots", "a   (PC 1: {percent} % of the path's variance)")
                .format(percent=f"{100 * v1:.1f}"),
                translate("LandscapePlots", "b   (PC 2: {percent} %)").format(
                    percent=f"{100 * v2:.1f}"))
    return (translate("LandscapePlots", "a   (random direction δ₁)"),
            translate("LandscapePlots", "b   (random direction δ₂)"))


def landscape_title(land) -> str:
    """The slice's title in the current language (core's ``land.title`` in English)."""
    template = LANDSCAPE_TITLE_TEST if land.split == "test" else LANDSCAPE_TITLE
    directions = KIND_TITLES.get(land.kind)
    if directions is None:
        return land.title
    return translate("Landscape", template).format(
        model=land.model_label, data=translate("Datasets", land.data_name),
        directions=translate("Landscape", directions))


def summary(land) -> str:
    """One rich-text line of numbers under the plot."""
    loss = f"{land.centre_loss:.4g}"
    where = "α = 1" if land.b is None else translate("LandscapePlots", "centre")
    if land.centre_accuracy is None:
        current = translate("LandscapePlots", "<b>Current weights</b> ({where}): loss {loss}")\
            .format(where=where, loss=loss)
    else:
        current = translate("LandscapePlots", "<b>Current weights</b> ({where}): loss {loss}, "
                            "accuracy {accuracy} %").format(
            where=where, loss=loss, accuracy=f"{100 * land.centre_accuracy:.1f}")
    point = ", ".join(f"{c:+.3g}" for c in land.minimum)
    parts = [current, translate("LandscapePlots", "<b>lowest point</b> {loss} at ({point})")
             .format(loss=f"{land.minimum_loss:.4g}", point=point)]
    residual = land.path_residual
    if land.b is not None and residual is not None and len(residual):
        off = float(np.max(residual))
        percent = f"{100 * off:.0f}"
        parts.append(translate("LandscapePlots", "the training path lies up to {percent} % of "
                               "its length off this plane: the picture shows its shadow")
                     .format(percent=percent) if off >= 0.005 else
                     translate("LandscapePlots", "the training path lies up to {percent} % of "
                               "its length off this plane, so it is drawn where it is")
                     .format(percent=percent))
    return " · ".join(parts)
