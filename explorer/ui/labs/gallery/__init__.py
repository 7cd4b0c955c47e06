"""The Gallery lab: activation functions, softmax, vanishing gradients and loss functions."""

from explorer.ui.labs.gallery.lab import GalleryLab

__all__ = ["GalleryLab"]
