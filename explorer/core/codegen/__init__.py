"""Programs from a lab's scene: runnable TensorFlow/Keras scripts and Jupyter notebooks that
reproduce the numbers the lab shows (run with ``--json`` they print them).

Generating imports numpy only; the generated programs import TensorFlow, Keras, numpy and
matplotlib. Modules: ``document`` (``Script``: cells → ``.py`` or ``.ipynb``), ``texts`` (the
explanations, English and Korean), ``tf_formula`` (surfaces as TensorFlow), ``optimizer``,
``perceptron`` and ``data`` (the Training Lab's data). The Training Lab's generator itself is
``explorer.core.nn.codegen.training_script`` (only ``core/nn`` may read a model spec).
"""

from explorer.core.codegen.data import ToyRecipe, data_cells, module_functions
from explorer.core.codegen.document import (
    Cell,
    CodegenError,
    Script,
    app_version,
    literal,
    plot_code,
)
from explorer.core.codegen.optimizer import keras_optimizer_source, optimizer_script, race_steps
from explorer.core.codegen.perceptron import MLP_HIDDEN_UNITS, perceptron_script
from explorer.core.codegen.texts import LANGUAGES, text
from explorer.core.codegen.tf_formula import (
    CATALOGUE_FORMULAS,
    TF_FUNCTIONS,
    surface_formula,
    tf_expression,
)

__all__ = [
    "CATALOGUE_FORMULAS", "LANGUAGES", "MLP_HIDDEN_UNITS", "TF_FUNCTIONS", "Cell",
    "CodegenError", "Script", "ToyRecipe", "app_version", "data_cells", "keras_optimizer_source",
    "literal",
    "module_functions", "optimizer_script", "perceptron_script", "plot_code", "race_steps",
    "surface_formula",
    "text", "tf_expression",
]
