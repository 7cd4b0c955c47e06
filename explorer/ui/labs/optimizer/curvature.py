"""The curvature overlay: why the ball does what it does, drawn where the selected racer is.

In the 2-D view the Hessian's eigenvectors are a cross through the racer, each arm as long as
its |λ| (the larger one a fixed share of the view) and coloured by the sign of λ (Okabe–Ito blue
curves up, vermillion curves down); a box says the point's type, λ₁ and λ₂, the condition number
and gradient descent's margin η·λmax against 2. In the 1-D view the curve's tangent parabola
(f″ at the ball) is drawn instead. On a listed saddle (the 1-D hump) the escape direction gets
arrows and the box counts the steps GD needs to leave from ε away, without and with SGD's
noise. Hovering a minimum or saddle marker shows the same numbers there.

Everything is computed in core (``curvature_at``, ``saddle_escape``); items are made once and
fed with ``setData``, and nothing is recomputed unless the racer, its η or the surface changed.
"""

from __future__ import annotations

import html
from typing import Protocol

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QCheckBox

from explorer.core.optim import (
    Curvature,
    Race,
    RaceSetup,
    curvature_at,
    escape_radius,
    number_text,
    point_text,
    saddle_escape,
)
from explorer.core.surfaces import Surface
from explorer.ui.i18n import marked_text, translate
from explorer.ui.labs.optimizer.arrows import HALO, ArrowLayer, arrow_segments, screen_vectors
from explorer.ui.labs.optimizer.marks import CONTEXT as MARK_CONTEXT
from explorer.ui.labs.optimizer.views import CurveView1D, SurfaceView2D
from explorer.ui.widgets.legend import RaceLegend

POSITIVE = "#0072B2"  # Okabe–Ito blue: curves up along this eigenvector
NEGATIVE = "#D55E00"  # Okabe–Ito vermillion: curves down
ARM = 0.12  # the arm of the largest |λ|, as a fraction of the view's shorter side
ESCAPE_ARROW = 0.2  # the escape arrows' length, as a fraction of the view's shorter side
PARABOLA = 0.08  # half-width of the 1-D tangent parabola, as a fraction of the domain
EPSILON = 1e-3  # how far from the saddle the escape runs start
MAX_STEPS = 10000
PLAIN_GD = ("gd", "sgd", "momentum")  # the rules GD's margin describes (momentum: heavy ball)


class CurvatureLab(Protocol):
    """What the overlay reads of the lab."""

    race: Race
    setup: RaceSetup
    legend: RaceLegend
    view2d: SurfaceView2D
    view1d: CurveView1D


class CurvatureOverlay(QObject):
    """The "Curvature" toggle and what it draws on the lab's 1-D and 2-D views."""

    def __init__(self, lab: CurvatureLab) -> None:
        super().__init__()
        self.lab = lab
        self.toggle = QCheckBox()
        self.toggle.installEventFilter(self)  # its LanguageChange retranslates the overlay
        self.toggle.toggled.connect(self.refresh)
        lab.legend.itemSelectionChanged.connect(self.refresh)
        view2d, view1d = lab.view2d, lab.view1d
        self.arms = {sign: (_line(view2d, HALO, 4.0, 9.6), _line(view2d, colour, 2.0, 9.7))
                     for sign, colour in ((1, POSITIVE), (-1, NEGATIVE))}
        self.escape = ArrowLayer(view2d.getPlotItem(), NEGATIVE, "")
        self.parabola = _line(view1d, NEGATIVE, 2.0, 9.7, connect="all")
        self.boxes = {view: _text_box(view) for view in (view2d, view1d)}
        for view in (view2d, view1d):  # the landmark markers tell their curvature on hover
            view.landmarks.opts.update(hoverable=True, tip=self.landmark_tip)
        view2d.view_box.sigRangeChanged.connect(self._draw_cross)
        self._key: tuple | None = None
        self._hidden = False  # hidden already: the redraws while it is off cost nothing
        self._curvature: Curvature | None = None
        self._at_saddle: tuple[float, ...] | None = None
        self._escapes: dict[tuple, int | None] = {}  # hovering asks again at every move
        self.retranslate()

    # --- language -------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.toggle and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        """The toggle's texts and the box in the current language."""
        self.toggle.setText(self.tr("Curvature"))
        self.toggle.setToolTip(self.tr(
            "At the selected racer: the Hessian's eigenvectors (blue curves up, orange curves "
            "down), the point's type, the condition number and GD's margin η·λmax against 2"))
        self._key = None
        self.refresh()

    # --- what is shown --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Follow the selected racer (the first if none is selected; its first start in a grid
        of starts); recompute only when its position, η, the race or the SGD settings changed.
        The lab calls this per redraw."""
        lab = self.lab
        race = lab.race
        if not self.toggle.isChecked() or not race.racers:
            self._key = None
            if not self._hidden:
                self._hide()
            return
        k = self._selected()
        point = race.positions[k][0]
        key = (race, race.racers[k].name, point.tobytes(), self._rule()[0], lab.setup.noise_sigma,
               lab.setup.seed)
        if key == self._key:
            return
        self._key = key
        self._hidden = False
        self._curvature = self._curvature_at(point)
        self._at_saddle = _saddle_at(race.surface, point)
        lines = [self.tr("{name} at {point}").format(name=race.racers[k].name,
                                                     point=point_text(point))]
        self._show(race.surface, self._curvature, lines + self._explain(self._curvature))

    def _selected(self) -> int:
        """The racer selected in the legend, or the first."""
        row = self.lab.legend.currentRow()
        return row if 0 <= row < len(self.lab.race.racers) else 0

    def _rule(self) -> tuple[float, float | None, str | None]:
        """The selected racer's η now, its heavy-ball μ, and its name when GD's margin does not
        describe its rule (an adaptive optimizer); the surface's own η when there is no racer."""
        race = self.lab.race
        if not race.racers:
            return race.surface.learning_rate, None, None
        k = self._selected()
        optimizer = race.racers[k].optimizer
        rate = optimizer.current_learning_rate(race.states[k])
        momentum = optimizer.hyper.get("momentum") if optimizer.name == "momentum" else None
        return rate, momentum, None if optimizer.name in PLAIN_GD else optimizer.spec.title

    def _curvature_at(self, point: np.ndarray | tuple[float, ...]) -> Curvature:
        """The curvature at ``point``, with GD's margin at the selected racer's η and μ where
        it describes the racer's rule."""
        rate, momentum, adaptive = self._rule()
        return curvature_at(self.lab.race.surface, point, None if adaptive else rate, momentum)

    def _explain(self, curvature: Curvature) -> list[str]:
        """The core's lines in the current language; whether GD's margin applies to the
        selected racer; at a saddle, how many steps GD needs to leave it."""
        surface = self.lab.race.surface
        rate, _, adaptive = self._rule()
        lines = [marked_text(line) for line in curvature.lines()]
        if adaptive:
            lines.append(self.tr("{name} scales its own steps: GD's margin does not apply")
                         .format(name=adaptive))
        saddle = _saddle_at(surface, curvature.point)
        if saddle is not None:
            lines += self.escape_lines(surface, saddle, rate)
        return lines

    def escape_lines(self, surface: Surface, saddle: tuple[float, ...], rate: float) -> list[str]:
        """How many GD steps at η = ``rate`` leave the saddle: from ε along the escape
        direction, from ε along the stable one exactly, and with the lab's SGD noise σ."""
        sigma, seed = self.lab.setup.noise_sigma, self.lab.setup.seed

        def steps(along: str, noise: float = 0.0) -> str:
            key = (surface, saddle, rate, along, noise, seed)
            if key not in self._escapes:
                if len(self._escapes) > 64:
                    self._escapes.clear()
                self._escapes[key] = saddle_escape(surface, saddle, rate, EPSILON, noise, seed,
                                                   MAX_STEPS, along)
            count = self._escapes[key]
            return (self.tr("never (in {max} steps)").format(max=MAX_STEPS) if count is None
                    else self.tr("{count} steps").format(count=count))

        values = {"rate": number_text(rate), "radius": number_text(escape_radius(surface)),
                  "epsilon": number_text(EPSILON), "sigma": number_text(sigma)}
        if surface.dim == 1:  # a hump has no stable direction: the other runs start on it
            texts = (self.tr("GD (η = {rate}) leaving the hump (distance > {radius}):"),
                     self.tr("from the hump itself, no noise: {steps}"),
                     self.tr("from the hump itself, SGD noise σ = {sigma}: {steps}"))
        else:
            texts = (self.tr("GD (η = {rate}) leaving the saddle (distance > {radius}):"),
                     self.tr("from ε along the stable direction, no noise: {steps}"),
                     self.tr("from ε along the stable direction, SGD noise σ = {sigma}: "
                             "{steps}"))
        lines = [texts[0].format(**values),
                 self.tr("from ε = {epsilon} along the escape direction: {steps}").format(
                     **values, steps=steps("escape")),
                 texts[1].format(**values, steps=steps("stable"))]
        lines.append(texts[2].format(**values, steps=steps("stable", sigma)) if sigma > 0
                     else self.tr("set noise σ > 0 to see SGD's noise push it off"))
        return lines

    def landmark_tip(self, x: float, y: float, data: object) -> str:
        """A landmark marker's tooltip: its kind and the curvature there (with the selected
        racer's η), and at a saddle the escape counts."""
        surface = self.lab.race.surface
        point = (x,) if surface.dim == 1 else (x, y)
        header = f"{translate(MARK_CONTEXT, str(data))} {point_text(point)}"
        return "\n".join([header, *self._explain(self._curvature_at(point))])

    # --- drawing --------------------------------------------------------------------------------

    def _show(self, surface: Surface, curvature: Curvature, lines: list[str]) -> None:
        flat = surface.dim == 1
        view = self.lab.view1d if flat else self.lab.view2d
        for other, box in self.boxes.items():
            box.setVisible(other is view)
        self.boxes[view].setHtml(_box_html(lines))
        self.parabola.setVisible(flat)
        if flat:
            self._clear_cross()
            self._draw_parabola(surface, curvature)
        else:
            self._draw_cross()

    def _hide(self) -> None:
        self._hidden = True
        for box in self.boxes.values():
            box.setVisible(False)
        self.parabola.setVisible(False)
        self._clear_cross()

    def _clear_cross(self) -> None:
        for items in self.arms.values():
            for item in items:
                item.setData([], [])
        self.escape.clear()

    def _draw_cross(self, *_args) -> None:
        """The eigenvector cross (and escape arrows) in screen pixels, so it keeps its shape
        whatever the zoom or the axes' aspect; redrawn when the view's range changes."""
        curvature, view = self._curvature, self.lab.view2d
        if self._key is None or curvature is None or curvature.dim != 2:
            return
        pixel = view.view_box.viewPixelSize()
        side = min(view.view_box.width(), view.view_box.height())
        if min(pixel) <= 0 or side <= 0 or not np.all(np.isfinite(curvature.eigenvalues)):
            self._clear_cross()
            return
        centre = np.asarray(curvature.point)
        magnitudes = np.abs(curvature.eigenvalues)
        arms = ARM * side * magnitudes / max(float(magnitudes.max()), 1e-300)
        directions, _ = screen_vectors(curvature.eigenvectors.T, pixel)
        scale = np.asarray(pixel)
        for sign, (halo, line) in self.arms.items():
            chosen = (np.sign(curvature.eigenvalues) == sign) & (magnitudes > curvature.tolerance)
            ends = [centre + s * directions[i] * arms[i] * scale
                    for i in np.flatnonzero(chosen) for s in (-1, 1)]
            points = np.array(ends).reshape(-1, 2)
            for item in (halo, line):
                item.setData(points[:, 0], points[:, 1])
        escape = curvature.escape_direction
        if self._at_saddle is None or escape is None:
            self.escape.clear()
            return
        way, _ = screen_vectors(np.array([escape, -escape]), pixel)
        self.escape.set_segments(arrow_segments(np.array([centre, centre]), way,
                                                np.full(2, ESCAPE_ARROW * side), pixel))

    def _draw_parabola(self, surface: Surface, curvature: Curvature) -> None:
        """L(x) + L′(x)·d + ½·f″·d² around the ball: the curve as GD's quadratic model sees it."""
        (x0, x1), = surface.domain
        x = curvature.point[0]
        d = np.linspace(-PARABOLA, PARABOLA, 41) * (x1 - x0)
        with np.errstate(all="ignore"):
            value = float(surface.value(np.array([x])))
            slope = float(surface.gradient(np.array([x]))[0])
        second = float(curvature.eigenvalues[0])
        self.parabola.setPen(pg.mkPen(POSITIVE if second >= 0 else NEGATIVE, width=2))
        self.parabola.setData(x + d, value + slope * d + 0.5 * second * d**2)


def _saddle_at(surface: Surface, point: np.ndarray | tuple[float, ...]
               ) -> tuple[float, ...] | None:
    """The listed saddle (1-D: hump) the point sits on, or None."""
    index = int(surface.landmark_indices(np.asarray(point, dtype=float)))
    first = len(surface.minima)
    if first <= index < first + len(surface.saddles):
        return surface.saddles[index - first]
    return None


def _line(view: pg.PlotWidget, colour: str | tuple, width: float, z: float,
          connect: str = "pairs") -> pg.PlotDataItem:
    item = pg.PlotDataItem(pen=pg.mkPen(colour, width=width), connect=connect)
    item.setZValue(z)
    view.addItem(item)
    return item


def _text_box(view: pg.PlotWidget) -> pg.TextItem:
    """A box pinned to the view's top-left corner (the legend has the top-right one)."""
    box = pg.TextItem(anchor=(0, 0), fill=pg.mkBrush(255, 255, 255, 225),
                      border=pg.mkPen("#888888"))
    box.setParentItem(view.view_box)
    box.setPos(6, 6)
    box.setZValue(30)
    box.setVisible(False)
    return box


def _box_html(lines: list[str]) -> str:
    body = "<br>".join(html.escape(line) for line in lines)
    return f'<div style="color:#111111; font-size:8pt">{body}</div>'
