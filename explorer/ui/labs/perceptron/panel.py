"""The Perceptron Lab's left-hand controls: gate, mode, learning settings, hand weights, the
hidden-layer offer, and the 2-2-1 network's own settings. Each page of views gets the settings
of the model it shows (`ControlPanel.show_for`): the perceptron's rule and η beside a network
that learns by backpropagation with another η would describe the wrong model. Widgets only; the
lab connects them and decides what they do."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSlider,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from explorer.core.perceptron import GATES, PRESETS, Run
from explorer.ui.labs.perceptron.settings import (
    HAND_RANGE,
    LEARNING_RATE_RANGE,
    MAX_EPOCHS,
    MAX_SEED,
)
from explorer.ui.labs.perceptron.trainer import MlpProgress
from explorer.ui.widgets.panels import group, spin_box
from explorer.ui.widgets.playback import PlaybackBar

SLIDER_SCALE = 100  # slider units per weight unit: 0.01 resolution
ERROR_STYLE = "color: #B00020;"


def transport() -> tuple[PlaybackBar, QPushButton, QPushButton]:
    """The shared playback bar in sample units, its limit in epochs, plus Epoch and End."""
    playback = PlaybackBar(unit="samples", rows=2)
    playback.step_button.setToolTip("Visit one sample: apply the rule once (→)")
    playback.reset_button.setToolTip("Back to the initial weights of this seed (R)")
    playback.max_steps.setRange(1, MAX_EPOCHS)
    playback.max_steps.setPrefix("max epochs ")
    playback.max_steps.setToolTip("Epoch limit: the rule stops here if no epoch is error-free "
                                  "(an epoch visits every row once)")
    playback.counter.setMinimumWidth(150)
    style = playback.style()
    step_epoch = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_MediaSeekForward),
                             "Epoch")
    step_epoch.setToolTip("Finish the current epoch: visit the remaining rows (Shift+→)")
    to_end = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_MediaSkipForward), "End")
    to_end.setToolTip("Jump to the end of the run: converged or epoch limit (E)")
    playback.insert_button(2, step_epoch)
    playback.insert_button(3, to_end)
    return playback, step_epoch, to_end


class HandWeights(QWidget):
    """Slider + spin box for each of w₁, w₂, b; ``changed`` fires live while dragging."""

    changed = Signal(float, float, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.sliders: list[QSlider] = []
        self.spins = []
        tips = ("weight of x₁", "weight of x₂", "bias: the weight of the constant input 1")
        for row, (name, tip) in enumerate(zip(("w₁", "w₂", "b"), tips, strict=True)):
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setRange(*(round(v * SLIDER_SCALE) for v in HAND_RANGE))
            slider.setToolTip(f"{name}: {tip} (drag; the line and the table follow)")
            spin = spin_box(*HAND_RANGE, 2)
            spin.setSingleStep(0.05)
            spin.setToolTip(f"{name}: {tip}")
            spin.setMinimumWidth(72)
            grid.addWidget(QLabel(name), row, 0)
            grid.addWidget(slider, row, 1)
            grid.addWidget(spin, row, 2)
            slider.valueChanged.connect(self._on_slider)
            spin.valueChanged.connect(self._on_spin)
            self.sliders.append(slider)
            self.spins.append(spin)

    def values(self) -> tuple[float, float, float]:
        w1, w2, b = (round(spin.value(), 2) for spin in self.spins)
        return w1, w2, b

    def set_values(self, values: tuple[float, float, float]) -> None:
        """Show values without emitting ``changed``."""
        for slider, spin, value in zip(self.sliders, self.spins, values, strict=True):
            for widget in (slider, spin):
                widget.blockSignals(True)
            spin.setValue(value)
            slider.setValue(round(value * SLIDER_SCALE))
            for widget in (slider, spin):
                widget.blockSignals(False)

    def _on_slider(self) -> None:
        for slider, spin in zip(self.sliders, self.spins, strict=True):
            spin.blockSignals(True)
            spin.setValue(slider.value() / SLIDER_SCALE)
            spin.blockSignals(False)
        self.changed.emit(*self.values())

    def _on_spin(self) -> None:
        for slider, spin in zip(self.sliders, self.spins, strict=True):
            slider.blockSignals(True)
            slider.setValue(round(spin.value() * SLIDER_SCALE))
            slider.blockSignals(False)
        self.changed.emit(*self.values())


class ControlPanel(QWidget):
    """All the lab's controls, in groups that show or hide with the mode and the gate."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gate_box = QComboBox()
        for name, gate in GATES.items():
            suffix = "" if gate.linearly_separable else "  (no line separates it)"
            self.gate_box.addItem(f"{gate.title}{suffix}", name)
        self.gate_box.setToolTip("The logic gate whose truth table the perceptron must learn")
        self.model_label = QLabel("y = step(w₁x₁ + w₂x₂ + b)<br>step(s) = 1 if s ≥ 0, else 0")
        self.model_label.setTextFormat(Qt.TextFormat.RichText)
        gate_group = group("Gate", self.gate_box, self.model_label)

        self.learn_radio = QRadioButton("Learn with the perceptron rule")
        self.learn_radio.setToolTip("Watch the rule find the weights, sample by sample")
        self.hand_radio = QRadioButton("Set the weights by hand")
        self.hand_radio.setToolTip("Move w₁, w₂ and b yourself until every row is right")
        self.mode_buttons = QButtonGroup(self)
        self.mode_buttons.addButton(self.learn_radio)
        self.mode_buttons.addButton(self.hand_radio)
        self.mode_group = group("Mode", self.learn_radio, self.hand_radio)

        rule = QLabel("w ← w + η(d − y)x<br>b ← b + η(d − y)")
        rule.setTextFormat(Qt.TextFormat.RichText)
        rule.setToolTip("Only a wrong output (y ≠ d) moves the weights")
        self.learning_rate = spin_box(*LEARNING_RATE_RANGE, 3)
        self.learning_rate.setSingleStep(0.01)
        self.learning_rate.setToolTip("η, the learning rate (the course uses 0.05 = 5 %)")
        self.seed = QSpinBox()
        self.seed.setRange(0, MAX_SEED)
        self.seed.setToolTip("Seed of the initial weights, drawn uniformly from [−1, 1]")
        self.new_seed_button = QPushButton("New seed")
        self.new_seed_button.setToolTip("Start again from other random initial weights (N)")
        seed_row = QHBoxLayout()
        seed_row.addWidget(self.seed, 1)
        seed_row.addWidget(self.new_seed_button)
        form = QFormLayout()
        form.addRow("rule", rule)
        form.addRow("η", self.learning_rate)
        form.addRow("seed", seed_row)
        self.learning_group = group("Learning", form)

        self.hand = HandWeights()
        self.preset_buttons: dict[str, QPushButton] = {}
        presets = QHBoxLayout()
        for name, (w1, w2, b) in PRESETS.items():
            button = QPushButton(name.upper())
            button.setToolTip(f"The course's weights for {name.upper()}: "
                              f"w = ({w1:g}, {w2:g}), b = {b:g}")
            presets.addWidget(button)
            self.preset_buttons[name] = button
        self.use_learned_button = QPushButton("Copy the learned weights")
        self.use_learned_button.setToolTip("Start from where the learning run is now")
        hint = QLabel("Tip: click or drag in weight space to set w₁, w₂.")
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555555;")
        self.hand_group = group("Weights by hand", self.hand, QLabel("Presets"), presets,
                                 self.use_learned_button, hint)

        self.hidden_message = QLabel()
        self.hidden_message.setWordWrap(True)
        self.add_hidden_button = QPushButton("Add a hidden layer")
        self.add_hidden_button.setToolTip("Train a 2-2-1 network (two sigmoid hidden units) on "
                                          "this gate with backpropagation, live")
        self.hidden_group = group("Hidden layer", self.hidden_message, self.add_hidden_button)
        self.network_group = self._network_group()

        layout = QVBoxLayout(self)
        for box in (gate_group, self.mode_group, self.learning_group, self.hand_group,
                    self.hidden_group, self.network_group):
            layout.addWidget(box)
        layout.addStretch(1)

    def _network_group(self) -> QWidget:
        """The 2-2-1 network's settings, shown with its page instead of the perceptron's."""
        self.network_model = (QLabel("h = σ(W₁ᵀx + b₁)"), QLabel("p = σ(w₂·h + b₂), y = [p ≥ 0.5]"))
        for label in self.network_model:
            label.setToolTip("σ(z) = 1 / (1 + e⁻ᶻ): sigmoid units in the hidden layer and at "
                             "the output; y = 1 if p ≥ 0.5, else 0")
        self.network_rule = QLabel("backpropagation (gradient descent)")
        self.network_units = QLabel()
        self.network_rule.setToolTip("Every epoch: the loss on all 4 rows, its gradient by "
                                     "backpropagation, then one step w ← w − η·∂L/∂w")
        self.network_loss = QLabel("binary cross-entropy")
        self.network_loss.setToolTip("L = mean of −[d·log p + (1 − d)·log(1 − p)] over the rows")
        self.network_learning_rate = QLabel()
        self.network_learning_rate.setToolTip("η of gradient descent, the network's own "
                                              "learning rate (not the perceptron's)")
        self.network_epochs = QLabel()
        self.network_epochs.setToolTip("Full-batch epochs: one gradient step over all 4 rows each")
        self.mlp_seed = QSpinBox()
        self.mlp_seed.setRange(0, MAX_SEED)
        self.mlp_seed.setToolTip("Seed of the network's initial weights (Glorot-uniform); with "
                                 "2 hidden units about one seed in four ends in a local minimum")
        self.retrain_button = QPushButton("Train the network again")
        self.retrain_button.setToolTip("Train the 2-2-1 network from its initial weights, live")
        form = QFormLayout()
        form.addRow("hidden", self.network_model[0])
        form.addRow("output", self.network_model[1])
        form.addRow("rule", self.network_rule)
        form.addRow("units", self.network_units)
        form.addRow("loss", self.network_loss)
        form.addRow("η", self.network_learning_rate)
        form.addRow("epochs", self.network_epochs)
        form.addRow("network seed", self.mlp_seed)
        self.mlp_status = QLabel()
        self.mlp_status.setWordWrap(True)
        return group("2-2-1 network", form, self.retrain_button, self.mlp_status)

    def show_network(self, learning_rate: float, epochs: int, hidden_units: int) -> None:
        """The settings the network trains with (read from its trainer, so they are its own)."""
        self.network_units.setText(f"{hidden_units} hidden + 1 output, all sigmoid")
        self.network_learning_rate.setText(f"{learning_rate:g}")
        self.network_epochs.setText(f"{epochs}")

    def show_for(self, page: str, mode: str, separable: bool) -> None:
        """Show the settings of the model on the page ("perceptron" or "hidden") only."""
        perceptron = page == "perceptron"
        self.model_label.setVisible(perceptron)
        self.mode_group.setVisible(perceptron)
        self.learning_group.setVisible(perceptron and mode == "learn")
        self.hand_group.setVisible(perceptron and mode == "hand")
        self.hidden_group.setVisible(perceptron and not separable)
        self.network_group.setVisible(not perceptron)

    def show_hidden_offer(self, run: Run, ended: bool, hidden: bool, pending: bool,
                          latest: MlpProgress | None) -> None:
        """The hidden-layer group: shown for gates no line separates, offered once the rule
        has failed (the run reached its epoch limit), then the network's outcome."""
        gate = run.gate
        if gate.linearly_separable:
            return
        if ended:
            self.hidden_message.setText(f"{run.message} One hidden layer fixes this.")
        else:
            self.hidden_message.setText(f"No straight line separates {gate.title}'s classes. "
                                        f"Let the rule try until the epoch limit (▶, or End), "
                                        f"then add a hidden layer.")
        self.add_hidden_button.setEnabled(ended or hidden)
        self.add_hidden_button.setText("Train the network again" if hidden
                                       else "Add a hidden layer")
        self.mlp_status.setStyleSheet("")
        if not hidden:
            self.mlp_status.setText("")
        elif pending or latest is None:
            self.mlp_status.setText("Training the 2-2-1 network …")
        elif latest.solved:
            self.mlp_status.setText(f"✔ Solved: 100 % from epoch {latest.solved_from}; loss "
                                    f"{latest.snapshot.loss:.4f} after {latest.snapshot.epoch}.")
        else:
            self.mlp_status.setText(f"✗ Stuck at {latest.snapshot.accuracy * 100:.0f} %: a "
                                    f"local minimum. Try another network seed.")
