"""The Perceptron Lab's left-hand controls: gate, mode, learning settings, hand weights, the
hidden-layer offer, and the 2-2-1 network's own settings. Each page of views gets the settings
of the model it shows (`ControlPanel.show_for`): the perceptron's rule and η beside a network
that learns by backpropagation with another η would describe the wrong model. Widgets only; the
lab connects them and decides what they do."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
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
from explorer.ui.i18n import translate
from explorer.ui.labs.perceptron.settings import (
    HAND_RANGE,
    LEARNING_RATE_RANGE,
    MAX_EPOCHS,
    MAX_SEED,
    PerceptronSettings,
)
from explorer.ui.labs.perceptron.trainer import MlpProgress
from explorer.ui.widgets.panels import group, spin_box
from explorer.ui.widgets.playback import PlaybackBar

SLIDER_SCALE = 100  # slider units per weight unit: 0.01 resolution
ERROR_STYLE = "color: #B00020;"


class SampleTransport(PlaybackBar):
    """The shared playback bar in sample units, its limit in epochs, plus Epoch and End.

    Its own texts (the bar's) are reset by the bar on a language change; this lab's texts are
    set after them, and ``retranslated`` then tells the lab to rewrite its counter."""

    retranslated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, unit="samples", rows=2)
        self.max_steps.setRange(1, MAX_EPOCHS)
        self.counter.setMinimumWidth(150)
        style = self.style()
        self.step_epoch_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_MediaSeekForward), "")
        self.to_end_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_MediaSkipForward), "")
        self.insert_button(2, self.step_epoch_button)
        self.insert_button(3, self.to_end_button)
        self.retranslate_lab_texts()

    def retranslate_lab_texts(self) -> None:
        self.step_button.setToolTip(self.tr("Visit one sample: apply the rule once (→)"))
        self.reset_button.setToolTip(self.tr("Back to the initial weights of this seed (R)"))
        self.max_steps.setPrefix(self.tr("max epochs") + " ")  # a .ts keeps no trailing space
        self.max_steps.setToolTip(self.tr("Epoch limit: the rule stops here if no epoch is "
                                          "error-free (an epoch visits every row once)"))
        self.step_epoch_button.setText(self.tr("Epoch"))
        self.step_epoch_button.setToolTip(
            self.tr("Finish the current epoch: visit the remaining rows (Shift+→)"))
        self.to_end_button.setText(self.tr("End"))
        self.to_end_button.setToolTip(
            self.tr("Jump to the end of the run: converged or epoch limit (E)"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)  # the bar's own texts first
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_lab_texts()
            self.retranslated.emit()


def transport() -> tuple[SampleTransport, QPushButton, QPushButton]:
    """The shared playback bar in sample units, its limit in epochs, plus Epoch and End."""
    playback = SampleTransport()
    return playback, playback.step_epoch_button, playback.to_end_button


class HandWeights(QWidget):
    """Slider + spin box for each of w₁, w₂, b; ``changed`` fires live while dragging."""

    changed = Signal(float, float, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.sliders: list[QSlider] = []
        self.spins = []
        for row, name in enumerate(self.NAMES):
            slider = QSlider(Qt.Orientation.Horizontal)
            slider.setRange(*(round(v * SLIDER_SCALE) for v in HAND_RANGE))
            spin = spin_box(*HAND_RANGE, 2)
            spin.setSingleStep(0.05)
            spin.setMinimumWidth(72)
            grid.addWidget(QLabel(name), row, 0)
            grid.addWidget(slider, row, 1)
            grid.addWidget(spin, row, 2)
            slider.valueChanged.connect(self._on_slider)
            spin.valueChanged.connect(self._on_spin)
            self.sliders.append(slider)
            self.spins.append(spin)
        self.retranslate()

    NAMES = ("w₁", "w₂", "b")

    def retranslate(self) -> None:
        tips = (self.tr("weight of x₁"), self.tr("weight of x₂"),
                self.tr("bias: the weight of the constant input 1"))
        for name, tip, slider, spin in zip(self.NAMES, tips, self.sliders, self.spins,
                                           strict=True):
            slider.setToolTip(self.tr("{name}: {tip} (drag; the line and the table follow)")
                              .format(name=name, tip=tip))
            spin.setToolTip(f"{name}: {tip}")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

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
            self.gate_box.addItem(gate.title, name)
        self.model_label = QLabel()  # text: retranslate()
        self.model_label.setTextFormat(Qt.TextFormat.RichText)
        self.gate_group = group("", self.gate_box, self.model_label)

        self.learn_radio = QRadioButton()
        self.hand_radio = QRadioButton()
        self.mode_buttons = QButtonGroup(self)
        self.mode_buttons.addButton(self.learn_radio)
        self.mode_buttons.addButton(self.hand_radio)
        self.mode_group = group("", self.learn_radio, self.hand_radio)

        self.rule = QLabel("w ← w + η(d − y)x<br>b ← b + η(d − y)")
        self.rule.setTextFormat(Qt.TextFormat.RichText)
        self.learning_rate = spin_box(*LEARNING_RATE_RANGE, 3)
        self.learning_rate.setSingleStep(0.01)
        self.seed = QSpinBox()
        self.seed.setRange(0, MAX_SEED)
        self.new_seed_button = QPushButton()
        seed_row = QHBoxLayout()
        seed_row.addWidget(self.seed, 1)
        seed_row.addWidget(self.new_seed_button)
        self.rule_label, self.seed_label = QLabel(), QLabel()
        form = QFormLayout()
        form.addRow(self.rule_label, self.rule)
        form.addRow("η", self.learning_rate)
        form.addRow(self.seed_label, seed_row)
        self.learning_group = group("", form)

        self.hand = HandWeights()
        self.preset_buttons: dict[str, QPushButton] = {}
        presets = QHBoxLayout()
        for name in PRESETS:
            button = QPushButton(name.upper())
            presets.addWidget(button)
            self.preset_buttons[name] = button
        self.use_learned_button = QPushButton()
        self.hand_hint = QLabel()
        self.hand_hint.setWordWrap(True)
        self.hand_hint.setStyleSheet("color: #555555;")
        self.presets_label = QLabel()
        self.hand_group = group("", self.hand, self.presets_label, presets,
                                self.use_learned_button, self.hand_hint)

        self.hidden_message = QLabel()
        self.hidden_message.setWordWrap(True)
        self.add_hidden_button = QPushButton()
        self.hidden_group = group("", self.hidden_message, self.add_hidden_button)
        self._hidden_added = False
        self._network: tuple[float, int, int] | None = None
        self.network_group = self._network_group()

        layout = QVBoxLayout(self)
        for box in (self.gate_group, self.mode_group, self.learning_group, self.hand_group,
                    self.hidden_group, self.network_group):
            layout.addWidget(box)
        layout.addStretch(1)
        self.retranslate()

    def _network_group(self) -> QWidget:
        """The 2-2-1 network's settings, shown with its page instead of the perceptron's."""
        self.network_model = (QLabel("h = σ(W₁ᵀx + b₁)"), QLabel("p = σ(w₂·h + b₂), y = [p ≥ 0.5]"))
        self.network_rule = QLabel()
        self.network_units = QLabel()
        self.network_loss = QLabel()
        self.network_learning_rate = QLabel()
        self.network_epochs = QLabel()
        self.mlp_seed = QSpinBox()
        self.mlp_seed.setRange(0, MAX_SEED)
        self.retrain_button = QPushButton()
        self.network_labels = [QLabel() for _ in range(7)]
        form = QFormLayout()
        rows = (self.network_model[0], self.network_model[1], self.network_rule,
                self.network_units, self.network_loss, None, self.network_epochs, self.mlp_seed)
        labels = iter(self.network_labels)
        for widget in rows:
            if widget is None:
                form.addRow("η", self.network_learning_rate)
            else:
                form.addRow(next(labels), widget)
        self.mlp_status = QLabel()
        self.mlp_status.setWordWrap(True)
        return group("", form, self.retrain_button, self.mlp_status)

    def retranslate(self) -> None:
        """Every text the panel sets once, in the current language; the texts that follow the
        run (the hidden-layer offer, the network's status) are rewritten by the lab."""
        for index, gate in enumerate(GATES.values()):
            self.gate_box.setItemText(index, gate.title if gate.linearly_separable else
                                      self.tr("{gate}  (no line separates it)")
                                      .format(gate=gate.title))
        self.gate_box.setToolTip(self.tr("The logic gate whose truth table the perceptron "
                                         "must learn"))
        self.gate_group.setTitle(self.tr("Gate"))
        self.model_label.setText("y = step(w₁x₁ + w₂x₂ + b)<br>"
                                 + self.tr("step(s) = 1 if s ≥ 0, else 0"))
        self.learn_radio.setText(self.tr("Learn with the perceptron rule"))
        self.learn_radio.setToolTip(self.tr("Watch the rule find the weights, sample by sample"))
        self.hand_radio.setText(self.tr("Set the weights by hand"))
        self.hand_radio.setToolTip(self.tr("Move w₁, w₂ and b yourself until every row is "
                                           "right"))
        self.mode_group.setTitle(self.tr("Mode"))
        self.rule.setToolTip(self.tr("Only a wrong output (y ≠ d) moves the weights"))
        self.learning_rate.setToolTip(self.tr("η, the learning rate (the course uses 0.05 = "
                                              "5 %)"))
        self.seed.setToolTip(self.tr("Seed of the initial weights, drawn uniformly from "
                                     "[−1, 1]"))
        self.new_seed_button.setText(self.tr("New seed"))
        self.new_seed_button.setToolTip(self.tr("Start again from other random initial "
                                                "weights (N)"))
        self.rule_label.setText(self.tr("rule"))
        self.seed_label.setText(self.tr("seed"))
        self.learning_group.setTitle(self.tr("Learning"))
        for name, button in self.preset_buttons.items():
            w1, w2, b = PRESETS[name]
            button.setToolTip(self.tr("The course's weights for {gate}: w = ({w1}, {w2}), "
                                      "b = {b}").format(gate=name.upper(), w1=f"{w1:g}",
                                                        w2=f"{w2:g}", b=f"{b:g}"))
        self.use_learned_button.setText(self.tr("Copy the learned weights"))
        self.use_learned_button.setToolTip(self.tr("Start from where the learning run is now"))
        self.hand_hint.setText(self.tr("Tip: click or drag in weight space to set w₁, w₂."))
        self.presets_label.setText(self.tr("Presets"))
        self.hand_group.setTitle(self.tr("Weights by hand"))
        self.add_hidden_button.setText(self._hidden_button_text())
        self.add_hidden_button.setToolTip(self.tr("Train a 2-2-1 network (two sigmoid hidden "
                                                  "units) on this gate with backpropagation, "
                                                  "live"))
        self.hidden_group.setTitle(self.tr("Hidden layer"))
        self._retranslate_network()

    def _retranslate_network(self) -> None:
        for label in self.network_model:
            label.setToolTip(self.tr("σ(z) = 1 / (1 + e⁻ᶻ): sigmoid units in the hidden layer "
                                     "and at the output; y = 1 if p ≥ 0.5, else 0"))
        self.network_rule.setText(self.tr("backpropagation (gradient descent)"))
        self.network_rule.setToolTip(self.tr("Every epoch: the loss on all 4 rows, its gradient "
                                             "by backpropagation, then one step "
                                             "w ← w − η·∂L/∂w"))
        self.network_loss.setText(self.tr("binary cross-entropy"))
        self.network_loss.setToolTip(self.tr("L = mean of −[d·log p + (1 − d)·log(1 − p)] over "
                                             "the rows"))
        self.network_learning_rate.setToolTip(self.tr("η of gradient descent, the network's "
                                                      "own learning rate (not the "
                                                      "perceptron's)"))
        self.network_epochs.setToolTip(self.tr("Full-batch epochs: one gradient step over all "
                                               "4 rows each"))
        self.mlp_seed.setToolTip(self.tr("Seed of the network's initial weights "
                                         "(Glorot-uniform); with 2 hidden units about one seed "
                                         "in four ends in a local minimum"))
        self.retrain_button.setText(self.tr("Train the network again"))
        self.retrain_button.setToolTip(self.tr("Train the 2-2-1 network from its initial "
                                               "weights, live"))
        names = (self.tr("hidden"), self.tr("output"), self.tr("rule"), self.tr("units"),
                 self.tr("loss"), self.tr("epochs"), self.tr("network seed"))
        for label, name in zip(self.network_labels, names, strict=True):
            label.setText(name)
        self.network_group.setTitle(self.tr("2-2-1 network"))
        if self._network is not None:
            self.show_network(*self._network)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_settings(self, s: PerceptronSettings) -> None:
        """Show the lab's settings without emitting a change (the lab is applying them)."""
        widgets = (self.gate_box, self.learn_radio, self.hand_radio, self.learning_rate,
                   self.seed, self.mlp_seed)
        for widget in widgets:
            widget.blockSignals(True)
        self.gate_box.setCurrentIndex(max(self.gate_box.findData(s.gate), 0))
        self.learn_radio.setChecked(s.mode == "learn")
        self.hand_radio.setChecked(s.mode == "hand")
        self.learning_rate.setValue(s.learning_rate)
        self.seed.setValue(s.seed)
        self.mlp_seed.setValue(s.mlp_seed)
        self.hand.set_values(s.hand)
        for widget in widgets:
            widget.blockSignals(False)

    def show_network(self, learning_rate: float, epochs: int, hidden_units: int) -> None:
        """The settings the network trains with (read from its trainer, so they are its own)."""
        self._network = (learning_rate, epochs, hidden_units)
        self.network_units.setText(self.tr("{units} hidden + 1 output, all sigmoid")
                                   .format(units=hidden_units))
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

    def _hidden_button_text(self) -> str:
        return (self.tr("Train the network again") if self._hidden_added
                else self.tr("Add a hidden layer"))

    def show_hidden_offer(self, run: Run, ended: bool, hidden: bool, pending: bool,
                          latest: MlpProgress | None) -> None:
        """The hidden-layer group: shown for gates no line separates, offered once the rule
        has failed (the run reached its epoch limit), then the network's outcome."""
        gate = run.gate
        if gate.linearly_separable:
            return
        if ended:
            self.hidden_message.setText(self.tr("{summary} One hidden layer fixes this.")
                                        .format(summary=run.summary.render(translate)))
        else:
            self.hidden_message.setText(self.tr("No straight line separates {gate}'s classes. "
                                                "Let the rule try until the epoch limit (▶, or "
                                                "End), then add a hidden layer.")
                                        .format(gate=gate.title))
        self.add_hidden_button.setEnabled(ended or hidden)
        self._hidden_added = hidden
        self.add_hidden_button.setText(self._hidden_button_text())
        self.mlp_status.setStyleSheet("")
        if not hidden:
            self.mlp_status.setText("")
        elif pending or latest is None:
            self.mlp_status.setText(self.tr("Training the 2-2-1 network …"))
        elif latest.solved:
            self.mlp_status.setText(self.tr("✔ Solved: 100 % from epoch {epoch}; loss {loss} "
                                            "after {epochs}.")
                                    .format(epoch=latest.solved_from,
                                            loss=f"{latest.snapshot.loss:.4f}",
                                            epochs=latest.snapshot.epoch))
        else:
            self.mlp_status.setText(self.tr("✗ Stuck at {accuracy} %: a local minimum. Try "
                                            "another network seed.")
                                    .format(accuracy=f"{latest.snapshot.accuracy * 100:.0f}"))
