"""Functional optimizers with Keras semantics.

Every update rule is a line-by-line transcription of ``keras.optimizers.<Name>.update_step``
(Keras 3), and ``Optimizer.update`` wraps it in what Keras's base optimizer does around it
(learning-rate schedule, clipping, weight decay, moving average), so what a student sees racing
on a surface is exactly what ``model.compile(optimizer=...)`` would do. The optimizers are pure:
``update`` returns new arrays and never mutates its inputs, which lets the race engine keep
history and lets tests replay trajectories.

    opt = create("adam", learning_rate=0.1, clipnorm=1.0)
    state = opt.init(params)
    params, state = opt.update(params, grads, state)

Modules: ``spec`` (the types), ``options`` (the common arguments), ``classic`` and ``modern``
(the rules), ``catalogue`` (``OPTIMIZERS``, ``create``).
"""

from explorer.core.optim.optimizers.catalogue import OPTIMIZERS, create
from explorer.core.optim.optimizers.common import State
from explorer.core.optim.optimizers.options import OPTION_NAMES, OPTION_PARAMS, Options
from explorer.core.optim.optimizers.spec import Optimizer, OptimizerSpec

__all__ = ["OPTIMIZERS", "OPTION_NAMES", "OPTION_PARAMS", "Optimizer", "OptimizerSpec", "Options",
           "State", "create"]
