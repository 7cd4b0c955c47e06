"""The only package that imports tensorflow/keras, and only lazily.

- ``spec``: :class:`ModelSpec` / :class:`LayerSpec`, resolution against a data set, the summary
  table (plain data, no TensorFlow).
- ``presets``: the course's Keras examples (no TensorFlow).
- ``forward``, ``history``, ``snapshot``: numpy forward pass, history CSV, live snapshots
  (no TensorFlow).
- ``model``: build/compile/evaluate/save/load (imports Keras when a function runs).
- ``training`` (+ ``live``): the engine the Training Lab and ``explorer train`` drive.
- ``codegen``: the Training Lab's run as a Keras program, for ``explorer code`` (writes
  TensorFlow code, imports none).

Importing this package, ``spec`` or ``presets`` never imports TensorFlow (tested).
"""

from explorer.core.nn.spec import LayerSpec, ModelSpec

__all__ = ["LayerSpec", "ModelSpec"]
