"""The Training Lab: a small Keras model, built from a form, trained live on data the user picks."""

from explorer.ui.labs.training.lab import TrainingLab

__all__ = ["TrainingLab"]
