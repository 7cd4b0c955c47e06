"""The Perceptron Lab: logic gates, the learning rule, and why XOR needs a hidden layer."""

from explorer.ui.labs.perceptron.lab import PerceptronLab

__all__ = ["PerceptronLab"]
