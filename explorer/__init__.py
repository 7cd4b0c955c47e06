"""Optimizer Explorer: watch deep learning happen."""

__version__ = "0.1.0"
