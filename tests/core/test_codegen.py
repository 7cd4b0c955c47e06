"""Generated programs reproduce the labs' numbers (issue 17).

Each scene's program is generated, written to a folder and run in one subprocess of the test
environment's Python with ``--json`` (one interpreter runs every program in turn, each as
``__main__`` with its own argv, so TensorFlow is imported once); its JSON is compared with the
numbers the lab computes in-process through core. Notebooks are validated with
``nbformat.validate`` and their code cells run as one program with the same comparison.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from explorer.core.codegen import (
    CATALOGUE_FORMULAS,
    TF_FUNCTIONS,
    CodegenError,
    Script,
    ToyRecipe,
    app_version,
    keras_optimizer_source,
    optimizer_script,
    perceptron_script,
    race_steps,
    tf_expression,
)
from explorer.core.data import from_points, load, read_csv, standardize
from explorer.core.formula import FUNCTIONS, parse
from explorer.core.nn.codegen import comparison_script, training_script
from explorer.core.nn.compare import Comparison, RacerSpec, parse_line_up
from explorer.core.nn.presets import PRESETS
from explorer.core.optim import OPTIMIZERS, RaceSetup, create
from explorer.core.optim.schedules import SCHEDULES, create_schedule
from explorer.core.perceptron import GATES, train, train_mlp
from explorer.core.scene import read_scene
from explorer.core.surfaces import SURFACES

SCENES = Path(__file__).resolve().parents[2] / "resources" / "scenes"

_DRIVER = textwrap.dedent('''
    import contextlib, io, json, runpy, sys
    results = {}
    for path in sys.argv[1:]:
        out = io.StringIO()
        sys.argv = [path, "--json"]
        try:
            with contextlib.redirect_stdout(out):
                runpy.run_path(path, run_name="__main__")
            results[path] = json.loads(out.getvalue().strip().splitlines()[-1])
        except Exception as error:  # reported per program, so one failure names itself
            results[path] = {"error": f"{type(error).__name__}: {error}"}
    print(json.dumps(results))
''')


# --- the scenes -------------------------------------------------------------------------------

def _racer(optimizer: str, joined_at: int = 0, **hyper: object) -> dict:
    return {"optimizer": optimizer, "hyper": hyper, "color": "#0072B2", "joined_at": joined_at}


def optimizer_setups() -> dict[str, RaceSetup]:
    """Catalogue scenes as saved, a custom formula (start grid, SGD noise, a late racer) and
    the regression surface (SGD minibatches; clipnorm, as an option flowing through)."""
    setups = {name: RaceSetup.from_dict(read_scene(SCENES / f"{name}.json").labs["optimizer"])
              for name in ("rosenbrock-race", "quartic-adam-escapes")}
    custom = RaceSetup.for_surface("saddle").to_dict()
    custom.update(surface="custom", formula="sin(x)*cos(y) + 0.1*(x^2 + y^2) + abs(x)^3/10",
                  start_grid=2, steps_taken=40, noise_sigma=0.3, racers=[
                      _racer("sgd", learning_rate=0.05), _racer("adam", 10, learning_rate=0.1),
                      _racer("rmsprop", 20, learning_rate=0.02, clipnorm=1.0)])
    setups["custom"] = RaceSetup.from_dict(custom)
    regression = RaceSetup.for_surface("regression").to_dict()
    regression.update(steps_taken=40, racers=[
        _racer("sgd", learning_rate=0.05), _racer("nadam", learning_rate=0.1, clipnorm=1.0),
        _racer("momentum", learning_rate=0.05, momentum=0.9)])
    setups["regression"] = RaceSetup.from_dict(regression)
    return setups


TRAINING_EPOCHS = 3
AVAILABLE_PRESETS = [name for name, preset in PRESETS.items() if preset.available]


def training_cases(tmp_path) -> dict[str, tuple]:
    """(spec, raw data, toy recipe, standardise) for each available course preset, a toy set,
    drawn points and a CSV file."""
    cases = {}
    for name in AVAILABLE_PRESETS:
        preset = PRESETS[name]
        options = dict(preset.options)
        std = bool(options.pop("standardized", False))
        cases[f"preset-{name}"] = (preset.spec.with_changes(epochs=TRAINING_EPOCHS),
                                   load(preset.dataset, **options), None, std)
    recipe = ToyRecipe("moons", 150, 0.2, 0.3, 5)
    spec = PRESETS["xor_relu"].spec.with_changes(
        loss=None, output_activation=None, epochs=TRAINING_EPOCHS, batch_size=16,
        validation_split=0.2, seed=2)
    raw = load("moons", n_samples=150, noise=0.2, test_fraction=0.3, seed=5)
    cases["toy"] = (spec, raw, recipe, True)
    rng = np.random.default_rng(0)
    points = rng.uniform(-4, 4, (30, 2))
    labels = (points[:, 0] * points[:, 1] > 0).astype(int) + (points[:, 0] > 2)
    cases["drawn"] = (spec.with_changes(validation_split=0.0), from_points(points, labels,
                                                                           None, 0.25, 1),
                      None, False)
    csv = tmp_path / "houses.csv"
    csv.write_text("rooms,age,price\n" + "\n".join(
        f"{r:.2f},{a:.1f},{3 * r - 0.1 * a + e:.3f}" for r, a, e in
        zip(rng.uniform(3, 8, 60), rng.uniform(1, 90, 60), rng.normal(0, 1, 60), strict=True)))
    regression = PRESETS["boston"].spec.with_changes(epochs=TRAINING_EPOCHS, batch_size=8)
    cases["csv"] = (regression, read_csv(csv).to_dataset("price", "regression", 0.3, 4),
                    None, True)
    return cases


PERCEPTRON_CASES = {gate: (gate, 0.1, 3, 30, not GATES[gate].linearly_separable)
                    for gate in GATES}
NOTEBOOKS = ("optimizer-custom", "perceptron-xor", "training-toy")  # run as notebooks


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> dict[str, tuple[Script, object]]:
    """Every program, by case name, with what the lab computes for it."""
    folder = tmp_path_factory.mktemp("programs")
    programs: dict[str, tuple[Script, object]] = {}
    for name, setup in optimizer_setups().items():
        programs[f"optimizer-{name}"] = (optimizer_script(setup, f"{name}.json"), setup)
    for name, (gate, eta, seed, epochs, hidden) in PERCEPTRON_CASES.items():
        script = perceptron_script(gate, eta, seed, epochs, hidden=hidden, language="ko")
        programs[f"perceptron-{name}"] = (script, PERCEPTRON_CASES[name])
    for name, (spec, raw, toy, std) in training_cases(folder).items():
        script = training_script(spec, raw, toy=toy, standardize=std,
                                 data_file=f"{name}_data.csv")
        programs[f"training-{name}"] = (script, (spec, standardize(raw) if std else raw))
    spec = PRESETS["xor_relu"].spec.with_changes(epochs=TRAINING_EPOCHS)
    raw = PRESETS["xor_relu"].load_data()
    sgd, adam = parse_line_up("sgd:0.1,adam:0.01")
    momentum = RacerSpec("momentum", {"learning_rate": 0.05}, {"clipnorm": 1.0},
                         {"name": "exponential_decay", "params": {"decay_steps": 10}})
    racers = (sgd, momentum, adam)  # each with its own options and schedule
    programs["compare-xor"] = (comparison_script(spec, racers, raw, language="ko"),
                               (spec, raw, racers))
    return programs, folder


@pytest.fixture(scope="module")
def results(generated) -> dict[str, dict]:
    """The JSON each program printed: run while the labs' own numbers are computed."""
    programs, folder = generated
    paths = {}
    for name, (script, _) in programs.items():
        for file, content in script.files.items():
            (folder / file).write_text(content, encoding="utf-8")
        path = folder / f"{name}.py"
        if name in NOTEBOOKS:
            import nbformat

            book = nbformat.reads(script.notebook_json(), as_version=4)
            nbformat.validate(book)
            path.write_text("\n\n".join(c.source for c in book.cells if c.cell_type == "code"),
                            encoding="utf-8")
        else:
            path.write_text(script.python(), encoding="utf-8")
        paths[str(path)] = name
    process = subprocess.run([sys.executable, "-c", _DRIVER, *paths], capture_output=True,
                             text=True, cwd=folder, timeout=600)
    assert process.returncode == 0, process.stderr[-3000:]
    return {paths[path]: value for path, value in json.loads(process.stdout).items()}


def _result(results: dict, name: str) -> dict:
    result = results[name]
    assert "error" not in result, result.get("error")
    return result


# --- TensorFlow forms of the surfaces (no TensorFlow needed) ----------------------------------

def test_every_catalogue_surface_has_a_formula_with_its_values_and_gradient():
    rng = np.random.default_rng(7)
    assert set(CATALOGUE_FORMULAS) == set(SURFACES) - {"regression"}
    for name, formula_text in CATALOGUE_FORMULAS.items():
        surface = SURFACES[name]
        lo, hi = np.array(surface.domain).T
        points = rng.uniform(lo, hi, (64, surface.dim))
        formula = parse(formula_text)
        args = [points[:, 0], points[:, 1] if surface.dim == 2 else 0.0]
        gradient = np.stack(formula.gradient(*args), axis=-1)[:, :surface.dim]
        np.testing.assert_allclose(formula.value(*args), surface.value(points), rtol=1e-12,
                                   atol=1e-12, err_msg=name)
        np.testing.assert_allclose(gradient, surface.gradient(points), rtol=1e-10, atol=1e-10,
                                   err_msg=name)


def test_every_function_of_the_parser_has_a_tensorflow_form():
    assert set(FUNCTIONS) <= set(TF_FUNCTIONS)


def test_a_landscape_race_is_refused_with_a_reason():
    setup = RaceSetup.for_surface("bowl")
    setup.surface = "landscape"
    with pytest.raises(CodegenError, match="loss slice"):
        optimizer_script(setup)


def test_generating_imports_no_tensorflow():
    code = textwrap.dedent('''
        import sys
        from explorer.core.codegen import optimizer_script
        from explorer.core.nn.codegen import training_script
        from explorer.core.nn.presets import PRESETS
        from explorer.core.optim import RaceSetup
        optimizer_script(RaceSetup.for_surface("bowl")).python()
        preset = PRESETS["xor_relu"]
        training_script(preset.spec, preset.load_data()).notebook_json()
        assert "tensorflow" not in sys.modules and "keras" not in sys.modules
        assert not any(m.startswith("PySide6") for m in sys.modules)
    ''')
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


def test_notebooks_are_valid_and_explain_in_korean():
    import nbformat

    script = optimizer_script(RaceSetup.for_surface("bowl"), "bowl.json", language="ko")
    book = nbformat.reads(script.notebook_json(), as_version=4)
    nbformat.validate(book)
    markdown = " ".join(c.source for c in book.cells if c.cell_type == "markdown")
    assert "옵티마이저" in markdown and "학습률" in markdown and "bowl.json" in markdown
    assert app_version() in script.python().splitlines()[2]


# --- formulas round-trip through TensorFlow ---------------------------------------------------

@pytest.mark.keras
def test_a_formula_with_every_operator_and_function_round_trips_through_tensorflow():
    tf = pytest.importorskip("tensorflow")
    calls = " + ".join(f"{name}(0.3*x - 0.2*y + 2)" for name in FUNCTIONS)
    text = (f"{calls} - (x^2 - y^0.5 * x^3) / (1 + x^y) * -pi + e^(x/4) - -y + 2*3 - 4/5 "
            "+ abs(x - 1)")
    formula = parse(text)
    rng = np.random.default_rng(3)
    x0, y0 = rng.uniform(0.2, 1.8, 50), rng.uniform(0.2, 1.8, 50)
    x, y = tf.Variable(x0), tf.Variable(y0)
    with tf.GradientTape() as tape:
        value = eval(tf_expression(formula.tree), {"tf": tf, "np": np, "x": x, "y": y})
    gx, gy = tape.gradient(value, [x, y])
    np.testing.assert_allclose(value.numpy(), formula.value(x0, y0), rtol=1e-9)
    want_x, want_y = formula.gradient(x0, y0)
    np.testing.assert_allclose(gx.numpy(), want_x, rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(gy.numpy(), want_y, rtol=1e-9, atol=1e-12)


@pytest.fixture
def keras_float64():
    """Keras computing in float64 (as the optimizer programs do), restored afterwards."""
    keras = pytest.importorskip("keras")
    keras.config.set_floatx("float64")
    yield keras
    keras.config.set_floatx("float32")


OPTIMIZER_CASES = [(name, {}) for name in OPTIMIZERS] + [
    ("adam", {"weight_decay": 0.1, "clipvalue": 0.5}),
    ("sgd", {"use_ema": True, "ema_overwrite_frequency": 7, "global_clipnorm": 1.0}),
    *[("adam", {"schedule": name}) for name in SCHEDULES],
]


@pytest.mark.keras
@pytest.mark.parametrize(("name", "settings"), OPTIMIZER_CASES)
def test_keras_optimizer_source_builds_the_labs_optimizer(keras_float64, name, settings):
    """Every optimizer, common options and every schedule: the emitted constructor steps
    exactly as the lab's optimizer (its settings flow through ``keras_config``)."""
    tf = pytest.importorskip("tensorflow")
    settings = dict(settings)
    if "schedule" in settings:
        spec = SCHEDULES[settings["schedule"]]
        settings["schedule"] = create_schedule(
            spec.name, **({"decay_steps": 10} if "decay_steps" in spec.defaults() else {}))
    optimizer = create(name, **settings)
    keras_optimizer = eval(keras_optimizer_source(optimizer),
                           {"keras": keras_float64, "np": np})
    variable = tf.Variable([1.0, -2.0], dtype=tf.float64)
    points, state = np.array([[1.0, -2.0]]), optimizer.init(np.array([[1.0, -2.0]]))
    rng = np.random.default_rng(0)
    for _ in range(25):
        grad = rng.normal(size=2)
        keras_optimizer.apply_gradients([(tf.constant(grad), variable)])
        points, state = optimizer.update(points, grad[None], state)
    # exact but for Nadam, whose Keras u-product lives in a float32 slot (~1e-10)
    np.testing.assert_allclose(variable.numpy(), points[0], rtol=1e-8, atol=1e-10)


# --- the programs reproduce the labs -----------------------------------------------------------

@pytest.mark.keras
@pytest.mark.parametrize("name", list(optimizer_setups()))
def test_optimizer_program_gives_the_labs_points(generated, results, name):
    setup: RaceSetup = generated[0][f"optimizer-{name}"][1]
    race = setup.build_race(replay=race_steps(setup))
    racers = _result(results, f"optimizer-{name}")["racers"]
    assert len(racers) == len(race.racers)
    for k, racer in enumerate(racers):
        lab = race.tracks[k].points
        points = np.array(racer["points"])
        assert points.shape == lab.shape
        scale = 1.0 + np.abs(lab).max()
        assert np.abs(points - lab).max() <= 1e-5 * scale, racer["name"]


@pytest.mark.keras
@pytest.mark.parametrize("gate", list(PERCEPTRON_CASES))
def test_perceptron_program_gives_the_labs_weights_every_epoch(results, gate):
    _, eta, seed, epochs, hidden = PERCEPTRON_CASES[gate]
    result = _result(results, f"perceptron-{gate}")
    run = train(gate, eta, epochs, seed)
    last = len(run.gate.targets) - 1
    lab = [[float(v) for v in (*u.weights_after, u.bias_after)]
           for u in run.history if u.index == last]
    assert result["weights"] == lab  # exactly
    assert result["initial"] == [*map(float, run.initial.weights), run.initial.bias]
    if hidden:
        mlp = train_mlp(gate, 2)
        np.testing.assert_allclose(result["mlp"]["losses"], mlp.losses, rtol=1e-9)
        np.testing.assert_allclose(result["mlp"]["w1"], mlp.net.w1, rtol=1e-9, atol=1e-12)
    else:
        assert "mlp" not in result


TRAINING_NAMES = [*(f"preset-{name}" for name in AVAILABLE_PRESETS), "toy", "drawn", "csv"]


@pytest.mark.keras
@pytest.mark.parametrize("name", TRAINING_NAMES)
def test_training_program_gives_the_labs_losses(generated, results, name):
    from explorer.core.nn.training import TrainingSession

    spec, data = generated[0][f"training-{name}"][1]
    result = _result(results, f"training-{name}")
    session = TrainingSession(spec, data)
    session.run()
    assert set(result["history"]) == set(session.history)
    assert len(result["history"]["loss"]) == TRAINING_EPOCHS
    np.testing.assert_allclose(result["history"]["loss"][-1], session.history["loss"][-1],
                               rtol=1e-3)
    for key, values in session.history.items():
        np.testing.assert_allclose(result["history"][key], values, rtol=1e-3, atol=1e-6)
    evaluation = session.evaluate()
    np.testing.assert_allclose(result["evaluation"]["loss"], evaluation["loss"], rtol=1e-3)


def test_a_comparison_program_gives_each_optimizers_history(generated, results):
    """The Training Lab's comparison as a program: one history per optimizer, each the lab's."""
    spec, data, racers = generated[0]["compare-xor"][1]
    result = _result(results, "compare-xor")
    final = Comparison(spec, data, racers).run()
    assert list(result["histories"]) == [racer.label for racer in racers]
    for racer, lab in zip(racers, final.racers, strict=True):
        program = result["histories"][racer.label]
        assert set(program) == set(lab.history)
        for key, values in lab.history.items():
            np.testing.assert_allclose(program[key], values, rtol=1e-3, atol=1e-6, err_msg=key)
