"""The Optimizer Lab's curvature overlay: the eigenvector cross at the selected racer, the text
box, the escape counts at a saddle, the 1-D tangent parabola and the landmarks' tooltips."""

import numpy as np
import pytest

import explorer.ui.labs.optimizer.curvature as overlay_module
from explorer.ui.labs.optimizer.curvature import NEGATIVE, POSITIVE


@pytest.fixture
def lab(open_lab):
    lab = open_lab("optimizer")
    lab.set_surface("himmelblau")
    lab.use_suggested_learning_rates()
    return lab


def _turn_on(lab, start, row=0):
    lab.set_start(start)
    lab.legend.selectRow(row)
    lab.curvature.toggle.setChecked(True)
    return lab.curvature


def _arms(overlay):
    """{sign: [(centre, half-arm vector)]} from the drawn point pairs."""
    found = {}
    for sign, (_halo, line) in overlay.arms.items():
        xs, ys = line.getData()
        points = np.empty((0, 2)) if xs is None else np.column_stack([xs, ys])
        found[sign] = [((a + b) / 2, (b - a) / 2) for a, b in points.reshape(-1, 2, 2)]
    return found


def test_the_toggle_sits_in_the_show_row_and_is_off(lab):
    assert lab.curvature.toggle.text() == "Curvature"
    assert lab.curvature.toggle.parentWidget() is lab.show_velocity.parentWidget()
    assert not lab.curvature.toggle.isChecked()
    assert not lab.curvature.boxes[lab.view2d].isVisible()


def test_the_cross_shows_the_hessians_eigenvectors_at_the_selected_racer(lab):
    overlay = _turn_on(lab, (2.5, 0.5), row=1)  # curves down one way, up the other
    position = lab.race.positions[1][0]
    values, vectors = np.linalg.eigh(lab.surface.hessian(position))
    arms = _arms(overlay)
    assert sum(len(a) for a in arms.values()) == 2
    pixel = np.asarray(lab.view2d.view_box.viewPixelSize())
    lengths = {}
    for value, vector in zip(values, vectors.T, strict=True):
        (centre, half), = [arm for arm in arms[int(np.sign(value))]
                           if abs(abs(arm[1] @ vector) - np.linalg.norm(arm[1])) < 1e-9 *
                           np.linalg.norm(arm[1])] or [(None, None)]
        np.testing.assert_allclose(centre, position, atol=1e-9)
        lengths[value] = np.linalg.norm(half / pixel)  # on screen, ∝ |λ|
    low, high = values
    assert lengths[low] / lengths[high] == pytest.approx(abs(low) / abs(high), rel=1e-6)
    assert overlay.arms[1][1].opts["pen"].color().name().upper() == POSITIVE
    assert overlay.arms[-1][1].opts["pen"].color().name().upper() == NEGATIVE
    box = overlay.boxes[lab.view2d]
    assert box.isVisible()
    text = box.toPlainText()
    assert lab.race.racers[1].name in text and "condition number κ = " in text
    assert "GD: stable, " in text and "< 2(1 + μ) = " in text  # the Momentum racer's limit


def test_on_himmelblaus_saddle_it_says_saddle_and_counts_the_steps_to_leave(lab):
    saddle = lab.surface.saddles[0]
    overlay = _turn_on(lab, saddle)
    text = overlay.boxes[lab.view2d].toPlainText()
    assert "type: saddle" in text
    assert "along the escape direction: " in text and " steps" in text
    assert f"SGD noise σ = {lab.setup.noise_sigma:g}" in text
    xs, _ = overlay.escape.getData()
    assert len(xs) == 12  # two arrows of three segments each
    assert len(_arms(overlay)[1]) == 1 and len(_arms(overlay)[-1]) == 1


def test_it_follows_the_racer_and_recomputes_only_when_it_moved(lab, monkeypatch):
    overlay = _turn_on(lab, (1.0, 1.0))
    calls = []
    original = overlay_module.curvature_at
    monkeypatch.setattr(overlay_module, "curvature_at",
                        lambda *args, **kwargs: calls.append(args) or original(*args, **kwargs))
    lab.redraw()
    lab.redraw()
    assert calls == []
    lab.step_once()
    assert len(calls) == 1
    np.testing.assert_allclose(calls[0][1], lab.race.positions[0][0])
    (centre, _), = _arms(overlay)[1] or _arms(overlay)[-1]
    np.testing.assert_allclose(centre, lab.race.positions[0][0], atol=1e-9)


def test_turning_it_off_clears_everything(lab):
    overlay = _turn_on(lab, (1.0, 1.0))
    overlay.toggle.setChecked(False)
    assert not overlay.boxes[lab.view2d].isVisible()
    assert all(not len(arms) for arms in _arms(overlay).values())


def test_on_the_quartic_it_shows_the_second_derivative_and_the_tangent_parabola(lab):
    lab.set_surface("quartic")
    overlay = _turn_on(lab, (6.0,))
    text = overlay.boxes[lab.view1d].toPlainText()
    second = (12 * 36 - 12 * 6 - 114) / 200
    assert f"f″(x) = {second:.3g}" in text and "type: minimum" in text
    assert "GD: stable" in text
    assert not overlay.boxes[lab.view2d].isVisible()
    xs, ys = overlay.parabola.getData()
    middle = len(xs) // 2
    assert xs[middle] == pytest.approx(6.0)
    assert ys[middle] == pytest.approx(float(lab.surface.value(np.array([6.0]))))


def test_landmark_markers_tell_their_curvature_on_hover(lab):
    assert lab.view2d.landmarks.opts["hoverable"]
    tip = lab.view2d.landmarks.opts["tip"]
    minimum = lab.surface.minima[0]
    text = tip(x=minimum[0], y=minimum[1], data="global minimum")
    assert text.startswith("global minimum (3, 2)")
    assert "type: minimum" in text and "λ₁ = " in text and "condition number" in text
    saddle = lab.surface.saddles[1]
    text = tip(x=saddle[0], y=saddle[1], data="saddle point")
    assert "type: saddle" in text and "along the escape direction: " in text


def test_the_toggle_is_on_screen_at_1000x700(main_window, lab, qtbot):
    main_window.resize(1000, 700)
    qtbot.waitUntil(lambda: main_window.width() == 1000, timeout=10_000)
    toggle = lab.curvature.toggle
    assert toggle.isVisible() and toggle.visibleRegion().boundingRect().size() == toggle.size()


def test_zooming_keeps_the_cross_the_same_size_on_screen(lab):
    overlay = _turn_on(lab, (2.5, 0.5))

    def pixels():
        pixel = np.asarray(lab.view2d.view_box.viewPixelSize())
        return sorted(np.linalg.norm(half / pixel) for arms in _arms(overlay).values()
                      for _, half in arms)

    before = pixels()
    lab.view2d.setRange(xRange=(1, 4), yRange=(-1, 2), padding=0)
    assert pixels() == pytest.approx(before, rel=1e-6)
