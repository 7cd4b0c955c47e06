"""The Optimizer Lab's race as a TensorFlow program: the surface as TensorFlow operations, one
``tf.Variable`` (float64) per racer and start, the Keras optimizer each racer is, and the steps
``tf.GradientTape`` + ``optimizer.apply_gradients`` take.

The program runs every start of the set-up (the whole start grid when there is one), for the
number of steps the scene has taken (``steps_taken``, or ``max_steps`` when it has taken none).
What the lab adds around the optimizer is reproduced exactly: the seeded noise of SGD racers
(numpy, the same stream per racer), the random minibatches on the regression surface, racers
that joined a running race, and the lab's stopping rule (a racer that diverges stays where it
was, one that has converged stops), so the points equal the lab's.
"""

from __future__ import annotations

import textwrap
from typing import Any

import numpy as np

from explorer.core.codegen.document import CodegenError, Script, literal, plot_code
from explorer.core.codegen.texts import text
from explorer.core.codegen.tf_formula import surface_formula, tf_expression
from explorer.core.formula import BinOp, FormulaError, parse
from explorer.core.optim import DIVERGENCE_FACTOR, Optimizer, RaceSetup
from explorer.core.surfaces import Surface

__all__ = ["keras_optimizer_source", "optimizer_script", "race_steps"]

TOLERANCE = 1e-7  # Race's default: what counts as "barely moved" and "flat"


def race_steps(setup: RaceSetup) -> int:
    """How many steps the program runs: the scene's, or its limit when it has taken none."""
    return setup.steps_taken or setup.max_steps


def _exact(name: str, value: Any, exact: bool) -> str:
    """A keyword's value as source; floats as ``np.float64`` (see keras_optimizer_source)."""
    if exact and isinstance(value, float) and name != "learning_rate":
        return f"np.float64({literal(value)})"
    if isinstance(value, (list, tuple)):  # e.g. PiecewiseConstantDecay's values
        return "[" + ", ".join(_exact(name, v, exact) for v in value) + "]"
    return literal(value)


def keras_optimizer_source(optimizer: Optimizer, exact: bool = True) -> str:
    """``keras.optimizers.<Class>(...)`` with exactly the optimizer's settings: every keyword
    ``Optimizer.keras_config`` gives (so options such as ``clipnorm`` flow through), and its
    learning-rate schedule as a ``keras.optimizers.schedules`` object.

    Keras turns a Python float hyper-parameter into a float32 tensor before casting it to the
    weights' dtype (β₁ = 0.9 becomes 0.899999976), which moves a float64 race by ~1e-6 in a
    few dozen steps; ``np.float64`` values are cast exactly, so they are written that way
    (``exact``; a float32 model casts either to the same float32)."""
    class_name, kwargs = optimizer.keras_config()
    arguments = {name: _exact(name, value, exact) for name, value in kwargs.items()}
    schedule = getattr(optimizer, "schedule", None)
    if schedule is not None:
        schedule_class, schedule_kwargs = schedule.keras_config(optimizer.learning_rate)
        inner = ", ".join(f"{k}={_exact(k + '_', v, exact)}" for k, v in schedule_kwargs.items())
        arguments["learning_rate"] = f"keras.optimizers.schedules.{schedule_class}({inner})"
    joined = ", ".join(f"{k}={v}" for k, v in arguments.items())
    return f"keras.optimizers.{class_name}({joined})"


def _surface_cells(script: Script, setup: RaceSetup, surface: Surface, language: str) -> None:
    """The loss as a TensorFlow function of the point's coordinates."""
    script.markdown(text("race_surface", language, formula=f"`{surface.formula}`"))
    if surface.name == "regression":
        assert surface.data is not None
        rows = ",\n    ".join(literal([float(v) for v in row]) for row in surface.data)
        script.code(textwrap.dedent('''
            # The data of the regression surface (x, y): each point (w, b) is a line y = w·x + b.
            DATA = np.array([
                {rows},
            ])
            X_DATA, Y_DATA = tf.constant(DATA[:, 0]), tf.constant(DATA[:, 1])


            def loss(w, b, x=X_DATA, y=Y_DATA):
                """Mean squared error of the line y = w·x + b over the data (or a minibatch)."""
                return tf.reduce_mean(tf.square(w * x + b - y))


            def loss_at(point, rows=None):
                """L at a point (a tf.Variable or an array); ``rows``: a minibatch of the data."""
                w, b = tf.unstack(tf.convert_to_tensor(point, tf.float64))
                if rows is None:
                    return loss(w, b)
                return loss(w, b, tf.gather(X_DATA, rows), tf.gather(Y_DATA, rows))
        ''').replace("{rows}", rows))
        return
    try:
        formula = setup.formula if setup.surface == "custom" else surface_formula(surface.name)
        tree = parse(formula).tree
    except FormulaError as error:
        raise CodegenError(f"custom formula: {error}") from None
    names = "x" if surface.dim == 1 else "x, y"
    body = tf_expression(tree)
    if isinstance(tree, BinOp) and tree.op != "^":  # no brackets around the whole expression
        body = body[1:-1]
    script.code(f'''
        def loss({names}):
            """{surface.formula}"""
            return {body}


        def loss_at(point, rows=None):
            """L at a point (a tf.Variable or an array of its coordinates)."""
            return loss(*tf.unstack(tf.convert_to_tensor(point, tf.float64)))
    ''')


def _gradient_kind(optimizer: Optimizer, surface: Surface, noise_sigma: float) -> str:
    """What the lab feeds this racer: the exact gradient, plus noise, or a minibatch's."""
    if not optimizer.spec.stochastic:
        return "exact"
    if surface.minibatch_gradient is not None:
        return "minibatch"
    return "noise" if noise_sigma > 0 else "exact"


def optimizer_script(setup: RaceSetup, scene: str = "(unsaved)", language: str = "en") -> Script:
    """The race ``setup`` describes as a runnable TensorFlow program (see the module)."""
    if setup.surface == "landscape":
        raise CodegenError("a race on a network's loss slice cannot be exported: the slice "
                           "belongs to the Training Lab's model (export that lab's code)")
    try:
        surface = setup.build_surface()
    except FormulaError as error:
        raise CodegenError(f"custom formula: {error}") from None
    if not setup.racers:
        raise CodegenError("the race has no racers")
    racers = [r.build() for r in setup.racers]
    starts = setup.starts(surface)
    lo, hi = np.array(surface.domain, dtype=float).T
    centre, half = (lo + hi) / 2, (hi - lo) / 2
    kinds = [_gradient_kind(r.optimizer, surface, setup.noise_sigma) for r in racers]
    script = Script(text("race_title", language, surface=surface.name), scene, language)
    script.markdown(text("imports", language))
    script.code('''
        import json
        import os
        import sys

        import numpy as np

        os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
        import keras  # noqa: E402
        import tensorflow as tf  # noqa: E402

        keras.config.set_floatx("float64")  # the lab computes in float64, so do the optimizers
    ''')
    _surface_cells(script, setup, surface, language)
    script.markdown(text("race_settings", language))
    script.code(f'''
        STARTS = np.array({literal(starts.tolist())})  # one row per starting point
        STEPS = {race_steps(setup)}
        SEED = {setup.seed}
        NOISE_SIGMA = {literal(setup.noise_sigma)}
        BATCH_SIZE = {setup.batch_size}
        TOLERANCE = {literal(TOLERANCE)}  # a step shorter than this on a flat spot: converged
        DOMAIN = np.array({literal(np.asarray(surface.domain, dtype=float).tolist())})
        # A racer that leaves {DIVERGENCE_FACTOR:g}× the domain has diverged.
        LOW = np.array({literal((centre - DIVERGENCE_FACTOR * half).tolist())})
        HIGH = np.array({literal((centre + DIVERGENCE_FACTOR * half).tolist())})
    ''')
    script.markdown(text("race_optimizers", language))
    if "noise" in kinds:
        script.markdown(text("race_noise", language, sigma=f"{setup.noise_sigma:g}"))
    if "minibatch" in kinds:
        script.markdown(text("race_minibatch", language, batch=setup.batch_size))
    entries = "\n".join(
        f"    {{\"name\": {literal(r.name)}, \"joined_at\": {s.joined_at}, "
        f"\"gradient\": {literal(kind)},\n"
        f"     \"optimizer\": lambda: {keras_optimizer_source(r.optimizer)}}},"
        for r, s, kind in zip(racers, setup.racers, kinds, strict=True))
    script.code("# gradient: \"exact\", \"noise\" (plus seeded noise) or \"minibatch\"\n"
                f"RACERS = [\n{entries}\n]")
    script.markdown(text("race_loop", language))
    script.code(_RACE_LOOP)
    script.markdown(text("race_plot", language))
    script.code(_PLOT)
    script.markdown(text("json", language))
    script.code('''
        if "--json" in sys.argv:
            print(json.dumps({"lab": "optimizer", "racers": [
                {"name": racer["name"], "points": np.array(run["points"]).tolist(),
                 "losses": np.array(run["losses"]).tolist()}
                for racer, run in zip(RACERS, runs)]}))
    ''')
    return script


_RACE_LOOP = '''
def compiled_step(variable, optimizer):
    \"\"\"One optimizer step as a TensorFlow graph (traced once, then fast): the gradient
    (plus the racer's noise) is applied with ``optimizer.apply_gradients``; returns the
    gradient used and the loss at the new point.\"\"\"
    optimizer.build([variable])

    @tf.function
    def step(noise, rows):
        with tf.GradientTape() as tape:
            value = loss_at(variable, rows)
        grad = tape.gradient(value, variable, unconnected_gradients="zero") + noise
        optimizer.apply_gradients([(grad, variable)])
        return grad, loss_at(variable)

    return step


def take_step(run, i, noise, rows):
    \"\"\"One step from start i, then the lab's rule: a step to a non-finite point or loss, or
    out of bounds, is undone and the racer stops there (diverged); a tiny step on a flat spot
    is kept and the racer stops (converged).\"\"\"
    variable = run["variables"][i]
    old = variable.numpy()
    grad, new_loss = run["steps"][i](noise, rows)
    grad, new_loss, new = grad.numpy(), float(new_loss), variable.numpy()
    if (not np.isfinite(new).all() or not np.isfinite(new_loss)
            or ((new < LOW) | (new > HIGH)).any()):
        variable.assign(old)
        run["running"][i] = False
        new, new_loss = old, run["losses"][i][-1]
    elif np.linalg.norm(new - old) < TOLERANCE and np.linalg.norm(grad) < np.sqrt(TOLERANCE):
        run["running"][i] = False
    run["points"][i].append(new)
    run["losses"][i].append(new_loss)


def race():
    \"\"\"Every racer from every start, step by step; each racer draws its noise or minibatches
    from its own seeded numpy stream, as the lab does.\"\"\"
    n, dim = STARTS.shape
    runs = []
    for k, racer in enumerate(RACERS):
        variables = [tf.Variable(start, dtype=tf.float64) for start in STARTS]
        start_losses = [float(loss_at(start)) for start in STARTS]
        runs.append({
            "variables": variables,
            # one optimizer per start: each start is a model of its own
            "steps": [compiled_step(v, racer["optimizer"]()) for v in variables],
            "rng": np.random.default_rng([SEED, k]),
            "points": [[start.copy()] for start in STARTS],
            "losses": [[value] for value in start_losses],
            "running": [bool(np.isfinite(value)) for value in start_losses],
        })
    for step in range(1, STEPS + 1):
        for racer, run in zip(RACERS, runs):
            active = step > racer["joined_at"] and any(run["running"])
            noise, rows = np.zeros((n, dim)), [None] * n
            if active and racer["gradient"] == "noise":
                noise = run["rng"].normal(0.0, NOISE_SIGMA, size=(n, dim))
            if active and racer["gradient"] == "minibatch":
                every_row = np.tile(np.arange(len(DATA)), (n, 1))
                rows = tf.constant(run["rng"].permuted(every_row, axis=1)[:, :BATCH_SIZE])
            for i in range(n):
                if active and run["running"][i]:
                    take_step(run, i, tf.constant(noise[i]), rows[i])
                else:
                    run["points"][i].append(run["points"][i][-1])
                    run["losses"][i].append(run["losses"][i][-1])
    return runs


runs = race()
for racer, run in zip(RACERS, runs):
    print(f"{racer['name']}: {np.round(run['points'][0][-1], 6)}, loss {run['losses'][0][-1]:.6g}")
'''

_PLOT = plot_code("the trajectories", '''
figure, (paths, curves) = plt.subplots(1, 2, figsize=(11, 4.5))
xs = np.linspace(*DOMAIN[0], 60 if len(DOMAIN) == 2 else 400)
if len(DOMAIN) == 2:
    ys = np.linspace(*DOMAIN[1], 60)
    heights = np.array([[float(loss_at([a, b])) for a in xs] for b in ys])
    paths.contour(xs, ys, heights, levels=30, cmap="viridis", linewidths=0.6)
else:
    paths.plot(xs, [float(loss_at([a])) for a in xs], color="gray")
for racer, run in zip(RACERS, runs):
    for i, points in enumerate(run["points"]):
        path = np.array(points)
        ys_path = path[:, 1] if len(DOMAIN) == 2 else run["losses"][i]
        line, = paths.plot(path[:, 0], ys_path, ".-", markersize=3, linewidth=1,
                           label=racer["name"] if i == 0 else None,
                           color=None if i == 0 else line.get_color())
    curves.plot(run["losses"][0], label=racer["name"])
paths.set_title("trajectories")
paths.legend()
curves.set_xlabel("step")
curves.set_ylabel("loss")
curves.legend()
plt.show()
''')
