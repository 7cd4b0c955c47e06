"""The bench's on-screen figures (issue 18) need an X server; without one they say why."""

from __future__ import annotations

import shutil

from explorer import frame_bench


def test_screen_figures_are_skipped_with_a_reason_when_no_x_server_can_be_started(monkeypatch):
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.setattr(shutil, "which", lambda name: None)  # no Xvfb installed
    with frame_bench.x_server() as (display, reason):
        assert display is None
    assert "Xvfb is not installed" in reason
    figures = frame_bench.bench_screen()
    assert figures == {"skipped": reason}


def test_an_unusable_display_is_not_taken_for_an_x_server(monkeypatch):
    monkeypatch.setenv("DISPLAY", ":987654")  # no socket for it
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with frame_bench.x_server() as (display, reason):
        assert display is None
    assert "DISPLAY is unusable" in reason


def test_frame_figures_count_the_paints_in_the_span():
    times = [0.5, 1.0, 1.02, 1.04, 1.10, 2.5]
    figures = frame_bench.frame_figures(times, 1.0, 2.0)
    assert figures["fps"] == 4
    assert abs(figures["p50_ms"] - 20) < 1e-6
    assert abs(figures["p99_ms"] - 59.2) < 1e-6
