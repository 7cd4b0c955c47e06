"""The Optimizer Lab: optimizers racing on loss surfaces."""

from explorer.ui.labs.optimizer.lab import OptimizerLab

__all__ = ["OptimizerLab"]
