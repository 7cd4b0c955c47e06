"""The Gallery's functions: activations and losses with Keras's names, values and gradients.

    from explorer.core.functions import ACTIVATIONS, LOSSES
    ACTIVATIONS["elu"].derivative(x, alpha=1.0)
    LOSSES["huber"].gradient(y_true, y_pred, delta=1.0)

The definitions live in :mod:`.activations` and :mod:`.losses` (with :mod:`.batch`, a typed
batch, and :mod:`.curves`, a loss against the prediction); this package is the one place
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
from explorer.core.functions.batch import BatchError, BatchResult, evaluate_batch, parse_batch
from explorer.core.functions.curves import TARGETS, sweep
from explorer.core.functions.losses import EPSILON, LOSSES, PROBLEMS, Loss, get_loss

__all__ = [
    "ACTIVATIONS", "DISTRIBUTIONS", "EPSILON", "LOSSES", "PROBLEMS", "SOFTMAX_FORMULA",
    "SOFTMAX_JACOBIAN_FORMULA", "TARGETS", "Activation", "BatchError", "BatchResult", "Loss",
    "evaluate_batch", "get_activation", "get_loss", "parse_batch", "path_gradients",
    "path_summary", "softmax", "softmax_jacobian", "sweep",
]
