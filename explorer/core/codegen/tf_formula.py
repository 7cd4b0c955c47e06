"""Loss surfaces as TensorFlow source: a formula tree becomes a TensorFlow expression.

A user's formula is emitted from its parse tree (never from the text, so nothing the user
typed reaches the program except through the parser's whitelist). The catalogue's surfaces are
written here in the parser's own language and go through the same emitter, so one piece of
code turns every surface into TensorFlow; the tests check each against the catalogue's numpy
value and gradient.
"""

from __future__ import annotations

import math

from explorer.core.codegen.document import CodegenError
from explorer.core.formula import BinOp, Call, Neg, Node, Num, Var, parse
from explorer.core.surfaces.formulas import CATALOGUE_FORMULAS

__all__ = ["CATALOGUE_FORMULAS", "TF_FUNCTIONS", "surface_formula", "tf_expression"]

# Every function the parser knows (and "sign", which only derivatives use), as TensorFlow.
TF_FUNCTIONS = {
    "sin": "tf.sin", "cos": "tf.cos", "tan": "tf.tan", "exp": "tf.exp", "log": "tf.math.log",
    "sqrt": "tf.sqrt", "abs": "tf.abs", "tanh": "tf.tanh", "sinh": "tf.sinh",
    "cosh": "tf.cosh", "sign": "tf.sign",
}



def surface_formula(name: str) -> str:
    """The formula (in the parser's language) of catalogue surface ``name``."""
    try:
        return CATALOGUE_FORMULAS[name]
    except KeyError:
        raise CodegenError(f"the surface {name!r} has no TensorFlow form yet") from None


def _has_variable(node: Node) -> bool:
    if isinstance(node, Var):
        return True
    if isinstance(node, BinOp):
        return _has_variable(node.left) or _has_variable(node.right)
    if isinstance(node, (Neg, Call)):
        return _has_variable(node.arg)
    return False


def _number(value: float, bare: bool) -> str:
    """A constant: a plain literal beside a tensor operand, else a float64 tensor (so that
    ``sin(2)`` is computed in float64 like numpy does, not as a float32 tensor)."""
    if value == math.pi:
        text = "np.pi"
    elif value == math.e:
        text = "np.e"
    elif math.isfinite(value):
        text = repr(float(value))
    else:
        text = f'float("{value}")'
    return text if bare else f"tf.constant({text}, tf.float64)"


def tf_expression(node: Node | str, bare: bool = False) -> str:
    """TensorFlow source computing ``node`` (a parse tree, or formula text to parse) from the
    float64 tensors ``x`` and ``y``, with the evaluator's semantics (``a^2`` is a square,
    ``a^0.5`` a square root, other powers ``tf.pow``)."""
    if isinstance(node, str):
        node = parse(node).tree
    if isinstance(node, Num):
        return _number(node.value, bare)
    if isinstance(node, Var):
        return node.name
    if isinstance(node, Neg):
        return f"-({tf_expression(node.arg)})"
    if isinstance(node, Call):
        if node.func not in TF_FUNCTIONS:
            raise CodegenError(f"the function {node.func!r} has no TensorFlow form yet")
        return f"{TF_FUNCTIONS[node.func]}({tf_expression(node.arg)})"
    if node.op == "^" and isinstance(node.right, Num) and node.right.value in (2.0, 0.5):
        function = "tf.square" if node.right.value == 2.0 else "tf.sqrt"
        return f"{function}({tf_expression(node.left)})"
    if node.op == "^":  # tf.pow converts a bare number to float32: both sides are tensors
        return f"tf.pow({tf_expression(node.left)}, {tf_expression(node.right)})"
    tensor_left, tensor_right = _has_variable(node.left), _has_variable(node.right)
    left = tf_expression(node.left, bare=tensor_right)
    right = tf_expression(node.right, bare=tensor_left or not tensor_right)
    return f"({left} {node.op} {right})"
