"""The Perceptron Lab as a numpy program: Rosenblatt's rule on the gate, learning rate, seed
and epoch limit on screen (the weights after every epoch equal the lab's exactly, being the
same operations in the same order), and, when the lab shows the hidden layer, the 2-2-1
sigmoid network trained by backpropagation (the lab's defaults: η = 2, 5000 epochs)."""

from __future__ import annotations

from explorer.core.codegen.document import Script, literal, plot_code
from explorer.core.codegen.texts import text
from explorer.core.perceptron import (
    DEFAULT_MLP_EPOCHS,
    DEFAULT_MLP_LEARNING_RATE,
    DEFAULT_MLP_SEED,
    get_gate,
)

__all__ = ["MLP_HIDDEN_UNITS", "perceptron_script"]

MLP_HIDDEN_UNITS = 2  # the lab's network is 2-2-1


def perceptron_script(gate: str, learning_rate: float, seed: int, epochs: int, *,
                      hidden: bool = False, mlp_seed: int = DEFAULT_MLP_SEED,
                      scene: str = "(unsaved)", language: str = "en") -> Script:
    """The lab's learning run (and its 2-2-1 network when ``hidden``) as a numpy program."""
    g = get_gate(gate)
    script = Script(text("perceptron_title", language, gate=g.title), scene, language)
    script.markdown(text("imports_numpy", language))
    script.code('''
        import json
        import sys

        import numpy as np
    ''')
    script.markdown(text("perceptron_data", language, gate=g.title))
    script.code(f'''
        X = np.array({literal(g.inputs.tolist())})  # inputs x1, x2
        D = np.array({literal(g.targets.tolist())})  # targets of {g.title}
        ETA = {literal(float(learning_rate))}  # learning rate
        SEED = {int(seed)}
        EPOCHS = {int(epochs)}  # the epoch limit
    ''')
    script.markdown(text("perceptron_rule", language, eta=f"{learning_rate:g}", seed=seed,
                         epochs=epochs))
    script.code('''
        def step(s):
            """The course's activation: 1 where s >= 0, else 0."""
            return 1 if s >= 0 else 0


        w1, w2, b = np.random.default_rng(SEED).uniform(-1.0, 1.0, size=3)
        w, b = np.array([w1, w2]), float(b)
        initial = [float(w[0]), float(w[1]), b]
        weights_per_epoch = []
        for epoch in range(1, EPOCHS + 1):
            mistakes = 0
            for x, d in zip(X, D):
                y = step(float(x @ w + b))
                w = w + ETA * (d - y) * x  # w <- w + eta (d - y) x
                b = b + float(ETA * (d - y))  # b <- b + eta (d - y)
                mistakes += int(y != d)
            weights_per_epoch.append([float(w[0]), float(w[1]), b])
            print(f"epoch {epoch}: w1 = {w[0]:.4f}, w2 = {w[1]:.4f}, b = {b:.4f}, "
                  f"mistakes {mistakes}")
            if mistakes == 0:
                break
        result = {"lab": "perceptron", "initial": initial, "weights": weights_per_epoch}
    ''')
    script.markdown(text("perceptron_plot", language))
    script.code(plot_code("the decision line", '''
        figure, axes = plt.subplots(figsize=(4.5, 4.5))
        axes.scatter(X[:, 0], X[:, 1], c=D, cmap="coolwarm", s=120, edgecolors="k")
        xs = np.linspace(-0.5, 1.5, 2)
        if w[1] != 0:
            axes.plot(xs, -(w[0] * xs + b) / w[1], "k-")
        elif w[0] != 0:
            axes.axvline(-b / w[0], color="k")
        axes.set_xlim(-0.5, 1.5)
        axes.set_ylim(-0.5, 1.5)
        axes.set_xlabel("x1")
        axes.set_ylabel("x2")
        plt.show()
    '''))
    if hidden:
        script.markdown(text("mlp", language, gate=g.title, seed=mlp_seed,
                             eta=f"{DEFAULT_MLP_LEARNING_RATE:g}", epochs=DEFAULT_MLP_EPOCHS))
        script.code(f'''
            HIDDEN = {MLP_HIDDEN_UNITS}
            MLP_ETA = {literal(float(DEFAULT_MLP_LEARNING_RATE))}
            MLP_EPOCHS = {DEFAULT_MLP_EPOCHS}
            MLP_SEED = {int(mlp_seed)}
        ''')
        script.code(_MLP)
    script.markdown(text("json", language))
    script.code('''
        if "--json" in sys.argv:
            print(json.dumps(result))
    ''')
    return script


_MLP = '''
def sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))  # = 1 / (1 + exp(-z)), without overflow


rng = np.random.default_rng(MLP_SEED)
limit1, limit2 = np.sqrt(6.0 / (2 + HIDDEN)), np.sqrt(6.0 / (HIDDEN + 1))  # Glorot uniform
W1 = rng.uniform(-limit1, limit1, size=(2, HIDDEN))
W2 = rng.uniform(-limit2, limit2, size=(HIDDEN, 1))
b1, b2 = np.zeros(HIDDEN), np.zeros(1)
T = D.reshape(-1, 1).astype(float)
losses = []
for epoch in range(MLP_EPOCHS + 1):
    h = sigmoid(X @ W1 + b1)  # hidden layer
    z = h @ W2 + b2  # output logit
    losses.append(float(np.mean(np.logaddexp(0.0, z) - T * z)))  # binary cross-entropy
    if epoch == MLP_EPOCHS:
        break
    dz = (sigmoid(z) - T) / len(X)  # backpropagation: output error
    dh = (dz @ W2.T) * h * (1.0 - h)  # ... through W2 and the hidden sigmoid
    W2, b2 = W2 - MLP_ETA * (h.T @ dz), b2 - MLP_ETA * dz.sum(axis=0)
    W1, b1 = W1 - MLP_ETA * (X.T @ dh), b1 - MLP_ETA * dh.sum(axis=0)
accuracy = float(np.mean((z[:, 0] >= 0) == (D == 1)))
print(f"2-{HIDDEN}-1 network: loss {losses[-1]:.4f}, accuracy {accuracy:.0%}")
result["mlp"] = {"losses": losses, "w1": W1.tolist(), "b1": b1.tolist(), "w2": W2.tolist(),
                 "b2": b2.tolist()}
'''
