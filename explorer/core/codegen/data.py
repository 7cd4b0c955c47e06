"""The Training Lab's data in a generated program: a seeded toy set re-created by the lab's own
numpy code (its functions copied out of :mod:`explorer.core.data.toy_sets` by name, with what
they use), or any other data (drawn points, a CSV file, a bundled set) written beside the
program as a CSV file and read back; then the lab's standardisation."""

from __future__ import annotations

import ast
import inspect
import io
from dataclasses import dataclass
from types import ModuleType

from explorer.core.codegen.document import Script, literal
from explorer.core.codegen.texts import text
from explorer.core.data import Dataset, toy_sets

__all__ = ["ToyRecipe", "data_cells", "module_functions"]


@dataclass(frozen=True)
class ToyRecipe:
    """How the lab made a toy set: ``explorer.core.data.toy(name, n_samples=…, …)``."""

    name: str
    n_samples: int
    noise: float
    test_fraction: float
    seed: int


def _used_names(node: ast.AST) -> set[str]:
    """Names a top-level definition uses when it runs (annotations are never evaluated in
    the generated program, which starts with ``from __future__ import annotations``)."""
    if isinstance(node, ast.FunctionDef):
        parts: list[ast.AST] = [*node.body, *node.args.defaults, *node.decorator_list]
    elif isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
        parts = [node.value]
    else:
        parts = []
    return {n.id for part in parts for n in ast.walk(part) if isinstance(n, ast.Name)}


def module_functions(module: ModuleType, names: list[str]) -> str:
    """The source of the named top-level functions and constants of ``module`` and of
    everything of the module they use, in the module's order: the lab's own code, copied."""
    source = inspect.getsource(module)
    definitions: dict[str, ast.stmt] = {}
    for node in ast.parse(source).body:
        if isinstance(node, ast.FunctionDef):
            definitions[node.name] = node
        elif isinstance(node, ast.Assign) and len(node.targets) == 1 \
                and isinstance(node.targets[0], ast.Name):
            definitions[node.targets[0].id] = node
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            definitions[node.target.id] = node
    wanted, pending = set(), list(names)
    while pending:
        name = pending.pop()
        if name in definitions and name not in wanted:
            wanted.add(name)
            pending.extend(_used_names(definitions[name]))
    blocks = [ast.get_source_segment(source, node) for name, node in definitions.items()
              if name in wanted]
    return "\n\n\n".join(block for block in blocks if block)


def _csv_text(raw: Dataset) -> str:
    """Training rows, then test rows: the features, the target and ``test`` (0 or 1), every
    value written exactly (float32 values as the float64 numbers they are)."""
    out = io.StringIO()
    names = list(raw.feature_names) or [f"x{i + 1}" for i in range(raw.n_features)]
    out.write(",".join([*(n.replace(",", " ") for n in names), "target", "test"]) + "\n")
    for test, x, y in ((0, raw.x_train, raw.y_train), (1, raw.x_test, raw.y_test)):
        for row, target in zip(x.tolist(), y.tolist(), strict=True):
            out.write(",".join([*(repr(float(v)) for v in row), repr(float(target)), str(test)])
                      + "\n")
    return out.getvalue()


def data_cells(script: Script, raw: Dataset, toy: ToyRecipe | None, standardize: bool,
               data_file: str, language: str) -> None:
    """Cells defining ``x_train, y_train, x_test, y_test`` (float32) exactly as the lab has
    them: the toy set re-created from ``toy``, else ``raw`` written to ``data_file``."""
    if toy is not None:
        generator = toy_sets.TOY_SETS[toy.name].__name__
        script.markdown(text("training_data_toy", language))
        script.code(module_functions(toy_sets, [generator, "split_indices"]))
        regression = toy_sets.TOY_INFO[toy.name].task == "regression"
        script.code(f'''
            rng = np.random.default_rng({toy.seed})
            x, y = {generator}({toy.n_samples}, {literal(float(toy.noise))}, rng)
            labels = {"None  # regression: not stratified" if regression else "y  # stratified"}
            test_fraction = {literal(float(toy.test_fraction))}
            train, test = split_indices({toy.n_samples}, test_fraction, rng, labels)
            x_train, y_train = x[train].astype(np.float32), y[train].astype(np.float32)
            x_test, y_test = x[test].astype(np.float32), y[test].astype(np.float32)
        ''')
    else:
        script.markdown(text("training_data_file", language, file=data_file))
        script.files[data_file] = _csv_text(raw)
        script.code(f'''
            HERE = Path(__file__).resolve().parent if "__file__" in globals() else Path.cwd()
            # columns: the features, the target, then 1 for a test row (0: training)
            table = np.loadtxt(HERE / {literal(data_file)}, delimiter=",", skiprows=1, ndmin=2)
            features, target = table[:, :-2].astype(np.float32), table[:, -2].astype(np.float32)
            is_test = table[:, -1] == 1
            x_train, y_train = features[~is_test], target[~is_test]
            x_test, y_test = features[is_test], target[is_test]
        ''')
    if standardize:
        script.markdown(text("training_standardize", language))
        script.code('''
            x64 = x_train.astype(np.float64)
            mean, std = x64.mean(axis=0), x64.std(axis=0)  # of the training data only
            std = np.where((std == 0) | (std <= 1e-7 * np.abs(mean)), 1.0, std)  # constant feature
            x_train = ((x64 - mean) / std).astype(np.float32)
            x_test = ((x_test - mean) / std).astype(np.float32)
        ''')
    else:
        script.code("mean, std = np.zeros(x_train.shape[1]), np.ones(x_train.shape[1])"
                    "  # not standardised")

