"""The program behind each lab's picture (issue 17): a lab's state (as a scene stores it) →
the generated :class:`~explorer.core.codegen.Script`, for the Code view and ``main.py code``.

The labs' own validators read the state first (the same checks a scene file gets), so a
program is only ever made from a state the lab itself would accept.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from explorer.core.codegen import Script

LABS = ("optimizer", "perceptron", "training")  # the labs that have a program


def lab_script(name: str, state: dict[str, Any], scene: str, language: str = "en",
               data_file: str = "data.csv") -> Script:
    """The program of lab ``name`` in ``state``; ``scene`` names where it came from (the
    script's header); SceneError/CodegenError/ValueError when it cannot be made."""
    from explorer.core.codegen import CodegenError

    if name == "optimizer":
        return _optimizer(state, scene, language)
    if name == "perceptron":
        return _perceptron(state, scene, language)
    if name == "training":
        return _training(state, scene, language, data_file)
    raise CodegenError(f"the {name} lab has no code to export; choose {' or '.join(LABS)}")


def _optimizer(state: dict[str, Any], scene: str, language: str) -> Script:
    from explorer.core.codegen import optimizer_script
    from explorer.core.optim import RaceSetup

    return optimizer_script(RaceSetup.from_dict(state), scene, language)


def _perceptron(state: dict[str, Any], scene: str, language: str) -> Script:
    from explorer.core.codegen import perceptron_script
    from explorer.ui.labs.perceptron.settings import PerceptronSettings

    settings, _run = PerceptronSettings.from_dict(state)
    return perceptron_script(settings.gate, settings.learning_rate, settings.seed,
                             settings.epochs, hidden=settings.hidden, mlp_seed=settings.mlp_seed,
                             scene=scene, language=language)


def _training(state: dict[str, Any], scene: str, language: str, data_file: str) -> Script:
    from explorer.core.codegen import CodegenError, ToyRecipe
    from explorer.core.data import toy_sets
    from explorer.core.nn.codegen import comparison_script, training_script
    from explorer.ui.labs.training.data_settings import CsvCache, build_dataset
    from explorer.ui.labs.training.lab_state import parse_scene

    lab = parse_scene(state, CsvCache())
    if lab.dataset is None:
        raise CodegenError("the drawn data set has no points yet")
    settings = lab.settings
    raw = build_dataset(settings.with_changes(standardize=False), CsvCache())
    toy = None
    if settings.dataset in toy_sets.TOY_SETS:
        toy = ToyRecipe(settings.dataset, settings.n_samples, settings.noise,
                        settings.test_fraction, settings.seed)
    if lab.compare.enabled:  # the comparison: one run per optimizer, same start and batches
        return comparison_script(lab.spec, lab.compare.racers, raw, toy=toy,
                                 standardize=settings.standardize, scene=scene,
                                 data_file=data_file, language=language)
    return training_script(lab.spec, raw, toy=toy, standardize=settings.standardize,
                           scene=scene, data_file=data_file, language=language)
