"""The command line: trace output, headless screenshot and export, and clear errors."""

import csv
import io
import json
import os
import subprocess
import sys

import numpy as np
import pytest

from explorer.bootstrap import ROOT
from explorer.cli import main


def _run(*args: str, env_extra: dict | None = None, timeout: int = 120):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY",
                                                             "QT_QPA_PLATFORM")}
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)


def test_trace_json_reproduces_the_quartic_escape(capsys):
    assert main(["trace", "--surface", "quartic", "--optimizer", "adam", "--lr", "1.3",
                 "--start=-8", "--steps", "100", "--set", "epsilon=1e-10",
                 "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["hyper"]["epsilon"] == 1e-10 and result["hyper"]["learning_rate"] == 1.3
    assert len(result["points"]) == 101 and result["points"][0] == [-8.0]
    assert result["points"][-1][0] > 6
    assert result["status"] == "running"


def test_trace_csv_has_a_header_and_one_row_per_step(capsys):
    assert main(["trace", "--surface", "rosenbrock", "--optimizer", "momentum", "--lr", "1e-3",
                 "--steps", "5", "--format", "csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == ["step", "x", "y", "loss"]
    assert len(rows) == 7 and rows[1][:3] == ["0", "-1.5", "2"]


def test_trace_reports_divergence(capsys):
    assert main(["trace", "--surface", "rosenbrock", "--optimizer", "gd", "--lr", "0.1",
                 "--steps", "50", "--format", "json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["status"].startswith("diverged @")
    assert np.isfinite(result["losses"]).all()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--optimizer", "lbfgs"], "unknown optimizer 'lbfgs'"),
        (["--surface", "moon"], "unknown surface"),
        (["--set", "beta_3=1"], "no hyper-parameter 'beta_3'"),
        (["--set", "oops"], "NAME=VALUE"),
        (["--surface", "custom", "--formula", "x +* y"], "position"),
        (["--start", "a,b"], "--start must be numbers"),
    ],
)
def test_trace_errors_are_one_clear_line(capsys, args, message):
    assert main(["trace", *args]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_screenshot_renders_offscreen_without_a_display(tmp_path):
    from PIL import Image

    out = tmp_path / "shot.png"
    result = _run("--lab", "optimizer", "--screenshot", str(out), "--size", "1024x700")
    assert result.returncode == 0, result.stderr
    with Image.open(out) as image:
        assert image.size == (1024, 700)
        pixels = np.asarray(image.convert("RGB"), dtype=float)
    assert pixels.std() > 20


def test_gui_without_a_display_says_how_to_run_it():
    result = _run()
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "--screenshot" in lines[0]


def test_corrupt_scene_at_launch_is_refused_with_a_message(tmp_path):
    scene = tmp_path / "bad.json"
    scene.write_text('{"format": "optimizer-explorer-scene", "version": 99, "lab": "optimizer"}')
    result = _run("--scene", str(scene), "--screenshot", str(tmp_path / "x.png"))
    assert result.returncode == 2
    assert "newer version" in result.stderr
    assert not (tmp_path / "x.png").exists()


def test_export_command_writes_png_and_gif(tmp_path):
    from PIL import Image

    scene = tmp_path / "scene.json"
    from explorer.core.optim import RaceSetup
    from explorer.core.scene import Scene, write_scene

    setup = RaceSetup.for_surface("himmelblau", max_steps=20)
    write_scene(scene, Scene("optimizer", {"optimizer": setup.to_dict()}))
    png, gif = tmp_path / "view.png", tmp_path / "race.gif"
    assert _run("export", "--scene", str(scene), "--out", str(png), "--size", "800x600")\
        .returncode == 0
    assert _run("export", "--scene", str(scene), "--out", str(gif), "--size", "300x200")\
        .returncode == 0
    with Image.open(png) as image:
        assert image.size == (800, 600)
    with Image.open(gif) as image:
        assert image.size == (300, 200) and image.n_frames == 21
    bad = _run("export", "--out", str(tmp_path / "x.png"), "--size", "0x5")
    assert bad.returncode == 2 and "impossible" in bad.stderr


def test_export_command_writes_vector_figures_and_refuses_bad_values(tmp_path):
    """SVG and PDF from the extension, the switches, and clear refusals (exit 2)."""
    svg, pdf = tmp_path / "view.svg", tmp_path / "view.pdf"
    assert _run("export", "--lab", "optimizer", "--out", str(svg), "--no-legend", "--lang",
                "ko").returncode == 0
    text = svg.read_text(encoding="utf-8")
    assert "<svg" in text and "4차 함수" in text  # the title, in Korean, as text
    assert "GD η=" not in text  # --no-legend
    assert _run("export", "--lab", "gallery", "--out", str(pdf), "--size", "640x480")\
        .returncode == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    for args, message in ((("--out", str(tmp_path / "x.bmp")), "must end in"),
                          (("--out", str(tmp_path / "x.png"), "--scale", "5"), "scale 5"),
                          (("--out", str(tmp_path / "x.gif"), "--fps", "0"), "--fps")):
        bad = _run("export", *args)
        assert bad.returncode == 2 and message in bad.stderr, bad.stderr


def test_python_dash_m_explorer_runs_the_same_cli():
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-m", "explorer", "trace", "--steps", "2",
                             "--format", "json"], cwd=ROOT, capture_output=True, text=True,
                            env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)["points"]) == 3
