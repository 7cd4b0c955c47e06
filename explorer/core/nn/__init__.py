"""The only package that imports tensorflow/keras, and only lazily."""
