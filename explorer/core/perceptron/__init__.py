"""The perceptron: logic gates, Rosenblatt's rule one sample at a time and the geometry of its
decision line (``rule``); and the 2-2-1 network that solves XOR (``network``)."""

from explorer.core.perceptron.network import (
    DEFAULT_MLP_EPOCHS,
    DEFAULT_MLP_LEARNING_RATE,
    DEFAULT_MLP_SEED,
    MlpRun,
    MlpSnapshot,
    TwoLayerNet,
    iter_mlp_training,
    sigmoid,
    train_mlp,
)
from explorer.core.perceptron.rule import (
    DEFAULT_LEARNING_RATE,
    DEFAULT_VIEW,
    DEFAULT_WEIGHT_VIEW,
    GATES,
    PRESETS,
    TEXT_CONTEXT,
    Evaluation,
    Gate,
    Line,
    Message,
    Perceptron,
    Run,
    Update,
    View,
    decision_line,
    get_gate,
    half_plane_polygons,
    step,
    train,
    weight_region,
    which_side_when_flat,
)

__all__ = [
    "DEFAULT_LEARNING_RATE", "DEFAULT_MLP_EPOCHS", "DEFAULT_MLP_LEARNING_RATE",
    "DEFAULT_MLP_SEED", "DEFAULT_VIEW", "DEFAULT_WEIGHT_VIEW", "GATES", "PRESETS", "TEXT_CONTEXT",
    "Evaluation", "Gate", "Line", "Message", "MlpRun", "MlpSnapshot", "Perceptron", "Run",
    "TwoLayerNet", "Update", "View",
    "decision_line", "get_gate", "half_plane_polygons", "iter_mlp_training", "sigmoid", "step",
    "train", "train_mlp", "weight_region", "which_side_when_flat",
]
