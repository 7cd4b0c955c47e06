"""The Gallery's functions: activations and losses with Keras's names, values and gradients.

    from explorer.core.functions import ACTIVATIONS, LOSSES
    ACTIVATIONS["elu"].derivative(x, alpha=1.0)
    LOSSES["huber"].gradient(y_true, y_pred, delta=1.0)

The definitions live in :mod:`.activations` and :mod:`.losses`; this package is the one place
the rest of the app imports them from.
"""

from explorer.core.functions.activations import (
    ACTIVATIONS,
    DISTRIBUTIONS,
    SOFTMAX_FORMULA,
    SOFTMAX_JACOBIAN_FORMULA,
    Activation,
    get_activation,
    path_gradients,
    path_summary,
    softmax,
    softmax_jacobian,
)
from explorer.core.functions.losses import (
    EPSILON,
    LOSSES,
    PROBLEMS,
    TARGETS,
    BatchError,
    BatchResult,
    Loss,
    evaluate_batch,
    get_loss,
    parse_batch,
    sweep,
)

__all__ = [
    "ACTIVATIONS", "DISTRIBUTIONS", "EPSILON", "LOSSES", "PROBLEMS", "SOFTMAX_FORMULA",
    "SOFTMAX_JACOBIAN_FORMULA", "TARGETS", "Activation", "BatchError", "BatchResult", "Loss",
    "evaluate_batch", "get_activation", "get_loss", "parse_batch", "path_gradients",
    "path_summary", "softmax", "softmax_jacobian", "sweep",
]
