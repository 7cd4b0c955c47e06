"""``explorer code``: the program behind a scene, printed or written with its data file, in
English or Korean, and clear errors (exit 2) for scenes it cannot use."""

from __future__ import annotations

import json
import subprocess
import sys

import nbformat
import numpy as np

from explorer.bootstrap import ROOT
from explorer.cli import main
from explorer.code_cli import scene_script
from explorer.core.nn.spec import LayerSpec, ModelSpec
from explorer.core.perceptron import train
from explorer.core.scene import Scene, write_scene

ROSENBROCK = str(ROOT / "resources" / "scenes" / "rosenbrock-race.json")


def _scene(tmp_path, lab: str, state: dict) -> str:
    path = tmp_path / f"{lab}.json"
    write_scene(path, Scene(lab, {lab: state}))
    return str(path)


def test_code_prints_the_scenes_program(capsys):
    assert main(["code", "--scene", ROSENBROCK]) == 0
    out = capsys.readouterr().out
    assert out == scene_script(ROSENBROCK).python()
    assert "rosenbrock-race.json" in out and "apply_gradients" in out
    compile(out, "program.py", "exec")


def test_code_writes_a_valid_korean_notebook(tmp_path):
    out = tmp_path / "race.ipynb"
    assert main(["code", "--scene", ROSENBROCK, "--format", "ipynb", "--out", str(out),
                 "--lang", "ko"]) == 0
    book = nbformat.read(out, as_version=4)
    nbformat.validate(book)
    assert any("경사" in c.source or "옵티마이저" in c.source for c in book.cells
               if c.cell_type == "markdown")


def test_perceptron_program_written_by_the_cli_runs_as_is(tmp_path):
    state = {"gate": "xor", "mode": "learn", "learning_rate": 0.1, "seed": 2, "epochs": 20,
             "step": 0, "speed": 4, "hand": [0.5, -0.3, -0.1], "hidden": True, "mlp_seed": 1,
             "page": "perceptron"}
    out = tmp_path / "xor.py"
    assert main(["code", "--scene", _scene(tmp_path, "perceptron", state), "--out",
                 str(out)]) == 0
    process = subprocess.run([sys.executable, str(out), "--json"], capture_output=True,
                             text=True, timeout=120, check=True)
    result = json.loads(process.stdout.strip().splitlines()[-1])
    run = train("xor", 0.1, 20, 2)
    assert result["weights"][-1] == [*map(float, run.weights), run.bias]
    assert len(result["mlp"]["losses"]) == 5001


def test_training_program_gets_its_data_file_beside_it(tmp_path):
    rng = np.random.default_rng(0)
    points = [[float(x), float(y), int(x > y)] for x, y in rng.uniform(-3, 3, (20, 2))]
    spec = ModelSpec(hidden=(LayerSpec(4, "tanh"),), epochs=2, batch_size=4)
    state = {"version": 1, "data": {"dataset": "drawn", "points": points, "standardize": True},
             "model": spec.to_dict()}
    out = tmp_path / "drawn.py"
    assert main(["code", "--scene", _scene(tmp_path, "training", state), "--out",
                 str(out)]) == 0
    table = np.loadtxt(tmp_path / "drawn_data.csv", delimiter=",", skiprows=1)
    assert table.shape == (20, 4) and "drawn_data.csv" in out.read_text(encoding="utf-8")


def test_bad_scenes_are_refused_with_a_message(tmp_path, capsys):
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    gallery = _scene(tmp_path, "gallery", {})
    bad_formula = json.loads((ROOT / "resources" / "scenes" / "rosenbrock-race.json").read_text(
        encoding="utf-8"))["labs"]["optimizer"]
    bad_formula.update(surface="custom", formula="sin(x")
    for scene, words in ((str(broken), "JSON"), (gallery, "no code"),
                         (_scene(tmp_path, "optimizer", bad_formula), "formula"),
                         (str(tmp_path / "missing.json"), "missing.json")):
        assert main(["code", "--scene", scene]) == 2
        error = capsys.readouterr().err
        assert error.startswith("explorer code: ") and words in error, error
    assert not list(tmp_path.glob("*.py"))
