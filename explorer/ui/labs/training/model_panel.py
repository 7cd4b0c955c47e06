"""The Model page of the Training Lab: the form that builds the ``keras.Sequential``, and its
``model.summary()`` table with the (inputs + 1) × units arithmetic.

Widgets only, and TensorFlow-free: the summary comes from ``ModelSpec.resolve`` +
``summarize`` (plain arithmetic), so the table follows every keystroke before Keras is loaded.
``changed`` says which kind of field changed: ``"structure"`` (a new model is needed),
``"learning_rate"`` (can change while paused) or ``"epochs"`` (can change between runs). The
optimizer's options and learning-rate schedule use the Optimizer Lab's forms; a change to either
(or to the rate under a schedule, which Keras cannot assign to a running optimizer) is structural.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from explorer.core.nn.spec import (
    ACTIVATIONS,
    BATCH_SIZE_RANGE,
    EPOCHS_RANGE,
    LOSSES,
    MAX_HIDDEN_LAYERS,
    MAX_UNITS,
    LayerSpec,
    ModelSpec,
    Summary,
)
from explorer.core.optim import OPTIMIZERS, Optimizer
from explorer.core.params import LEARNING_RATE_RANGE
from explorer.ui.i18n import translate
from explorer.ui.labs.training.common import ERROR_STYLE, NOTE_STYLE, compact
from explorer.ui.labs.training.optimizer_form import (
    OptimizerSettings,
    learning_rate_field,
    optimizer_choice,
)
from explorer.ui.widgets.fields import (
    CheckedSpinBox,
    RangeNote,
    range_text,
)
from explorer.ui.widgets.panels import group, spin_box

METRIC_CHOICES: tuple[tuple[str, tuple[str, ...] | None], ...] = (
    (QT_TRANSLATE_NOOP("ModelPanel", "auto (accuracy / mae)"), None),
    ("accuracy", ("accuracy",)), ("mae", ("mae",)), ("mse", ("mse",)),
    (QT_TRANSLATE_NOOP("ModelPanel", "mae and mse"), ("mae", "mse")),
    (QT_TRANSLATE_NOOP("ModelPanel", "accuracy and mse"), ("accuracy", "mse")),
)
LOSS_TIPS = {
    "mse": QT_TRANSLATE_NOOP("ModelPanel", "mean squared error: (y − ŷ)², averaged"),
    "mae": QT_TRANSLATE_NOOP("ModelPanel", "mean absolute error: |y − ŷ|, averaged"),
    "binary_crossentropy": QT_TRANSLATE_NOOP(
        "ModelPanel", "−[y·log p + (1 − y)·log(1 − p)]: one sigmoid output"),
    "categorical_crossentropy": QT_TRANSLATE_NOOP(
        "ModelPanel", "−Σ y_k·log p_k with one-hot labels: one softmax unit per class"),
    "sparse_categorical_crossentropy": QT_TRANSLATE_NOOP(
        "ModelPanel", "the same with class indices instead of one-hot labels"),
}


class LayerRow(QWidget):
    """One hidden Dense layer: units, activation, dropout rate, and a remove button."""

    edited = Signal()
    remove_requested = Signal()

    def __init__(self, index: int, layer: LayerSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(f"{index + 1}")
        self.units = QSpinBox()
        self.units.setRange(1, MAX_UNITS)
        self.units.setMaximumWidth(70)
        self.units.setKeyboardTracking(False)
        self.activation = compact(QComboBox(), 6)
        self.activation.addItems(ACTIVATIONS)
        self.dropout = spin_box(0.0, 0.9, 2, 0.05)
        self.dropout.setMaximumWidth(64)
        self.remove = QToolButton()
        self.remove.setText("✕")
        self.index = index
        self.retranslate()
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 0, 0)
        layout.addWidget(self.units, 0, 1)
        layout.addWidget(self.activation, 0, 2)
        layout.addWidget(self.dropout, 0, 3)
        layout.addWidget(self.remove, 0, 4)
        layout.setColumnStretch(2, 1)
        self.set_layer(layer)
        self.units.valueChanged.connect(self.edited)
        self.activation.activated.connect(self.edited)
        self.dropout.valueChanged.connect(self.edited)
        self.remove.clicked.connect(self.remove_requested)

    def retranslate(self) -> None:
        n = self.index + 1
        self.units.setToolTip(self.tr("Units (neurons) of hidden layer {n}").format(n=n))
        self.activation.setToolTip(self.tr("Activation function (keras.activations)"))
        self.dropout.setToolTip(self.tr("Dropout rate after this layer while training (0 = no "
                                        "Dropout layer)"))
        self.remove.setToolTip(self.tr("Remove hidden layer {n}").format(n=n))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_layer(self, layer: LayerSpec) -> None:
        for w in (self.units, self.activation, self.dropout):
            w.blockSignals(True)
        self.units.setValue(layer.units)
        self.activation.setCurrentText(layer.activation)
        self.dropout.setValue(layer.dropout)
        for w in (self.units, self.activation, self.dropout):
            w.blockSignals(False)

    def layer(self) -> LayerSpec:
        return LayerSpec(self.units.value(), self.activation.currentText(),
                         round(self.dropout.value(), 2))


class SummaryTable(QTableWidget):
    """``model.summary()``: layer, output shape, and Param # = (inputs + 1) × units."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.setColumnWidth(0, 78)  # "hidden_1" over "(Dense)"
        self.setColumnWidth(1, 70)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Layer (type)"), self.tr("Output"),
                                        self.tr("Param #")])
        self.setToolTip(self.tr("What Keras's model.summary() prints. A Dense layer has one "
                                "weight per input per unit plus one bias per unit: (inputs + 1) "
                                "× units."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_summary(self, summary: Summary) -> None:
        rows = summary.rows
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = (f"{row.name}\n({row.kind})", row.shape_text,
                     row.arithmetic if row.kind == "Dense" else "0")
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 2:
                    item.setToolTip(row.arithmetic)
                self.setItem(r, c, item)
        self.resizeRowsToContents()
        height = self.horizontalHeader().height() + sum(self.rowHeight(r)
                                                          for r in range(len(rows)))
        self.setFixedHeight(height + 2 * self.frameWidth() + 2)


class ModelPanel(QWidget):
    """The model form. ``spec()`` reads it; ``set_spec`` fills it without emitting."""

    changed = Signal(str)  # "structure", "learning_rate" or "epochs"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[LayerRow] = []
        self._build()
        self.set_spec(ModelSpec(hidden=(LayerSpec(8, "relu"), LayerSpec(8, "relu")),
                                learning_rate=0.01, epochs=200))

    # --- construction -------------------------------------------------------------------------

    def _build(self) -> None:
        self.layers_box = QVBoxLayout()
        self.layers_box.setSpacing(2)
        self.header = header = QLabel()
        header.setStyleSheet(NOTE_STYLE)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_layer)
        self.input_label = QLabel()
        self.output_label = QLabel()
        for label in (self.input_label, self.output_label):
            label.setStyleSheet(NOTE_STYLE)
            label.setWordWrap(True)
        self.layers_group = layers = group("", self.input_label, header, self.layers_box,
                                           self.add_button, self.output_label)

        self.output_activation = compact(QComboBox())
        self.output_activation.addItem("", None)
        for name in ACTIVATIONS:
            self.output_activation.addItem(name, name)
        self.loss = compact(QComboBox())
        self.loss.addItem("", None)
        for name in LOSSES:
            self.loss.addItem(name, name)
        self.metrics = compact(QComboBox())
        for text, value in METRIC_CHOICES:
            self.metrics.addItem(text, value)
        self.optimizer = optimizer_choice()
        self.learning_rate = learning_rate_field()
        self.batch_size = CheckedSpinBox("batch size", *BATCH_SIZE_RANGE)
        self.epochs = CheckedSpinBox("epochs", *EPOCHS_RANGE)
        self.range_note = RangeNote()
        self.validation = spin_box(0.0, 0.9, 2, 0.05)
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setKeyboardTracking(False)
        self.form = form = QFormLayout()
        for field in (self.output_activation, self.loss, self.metrics, self.optimizer,
                      self.learning_rate, self.batch_size, self.epochs, self.validation,
                      self.seed):
            form.addRow(QLabel(), field)
        self.optimizer_settings = OptimizerSettings(self._optimizer_with)
        self.compile_group = compile_group = group("", form, self.range_note,
                                                   self.optimizer_settings)

        self.summary = SummaryTable()
        self.total = QLabel()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.formula = formula = QLabel()
        formula.setWordWrap(True)
        formula.setStyleSheet(NOTE_STYLE)
        self.summary_group = summary_group = group("", formula, self.summary, self.total,
                                                   self.error)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for box in (layers, summary_group, compile_group):
            layout.addWidget(box)
        layout.addStretch(1)

        for box in (self.output_activation, self.loss, self.metrics):
            box.activated.connect(self._structure_changed)
        self.optimizer.activated.connect(self._on_optimizer)
        for spin in (self.batch_size, self.validation, self.seed):
            spin.valueChanged.connect(self._structure_changed)
        self.learning_rate.valueChanged.connect(self._on_learning_rate)
        self.optimizer_settings.changed.connect(self._structure_changed)
        self.epochs.valueChanged.connect(self._on_epochs)
        for box in (self.learning_rate, self.batch_size, self.epochs):
            self.range_note.watch(box)
        self._total: int | None = None
        self.retranslate()

    # --- language -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every text the form shows, in the current language (the values stay)."""
        self.header.setText(self.tr("#  units · activation · dropout"))
        self.add_button.setText(self.tr("Add hidden layer"))
        self.add_button.setToolTip(self.tr("Append a Dense layer (at most {n})").format(
            n=MAX_HIDDEN_LAYERS))
        self.layers_group.setTitle(self.tr("Layers"))
        auto = self.tr("auto (follows the task)")
        self.output_activation.setItemText(0, auto)
        self.output_activation.setToolTip(self.tr(
            "Output layer activation: auto picks sigmoid (binary, one unit), softmax (one unit "
            "per class) or linear (regression)"))
        self.loss.setItemText(0, auto)
        for i in range(1, self.loss.count()):
            self.loss.setItemData(i, translate("ModelPanel", LOSS_TIPS[self.loss.itemData(i)]),
                                  Qt.ItemDataRole.ToolTipRole)
        self.loss.setToolTip(self.tr("The loss Keras minimises; auto: binary/categorical "
                                     "cross-entropy or mse"))
        for i, (text, _) in enumerate(METRIC_CHOICES):
            self.metrics.setItemText(i, translate("ModelPanel", text))
        self.metrics.setToolTip(self.tr("Metrics Keras reports besides the loss (each gets a "
                                        "curve)"))
        for i in range(self.optimizer.count()):  # core marks them in context "Optimizers"
            spec = OPTIMIZERS[self.optimizer.itemData(i)]
            self.optimizer.setItemData(i, f"{translate('Optimizers', spec.summary)}\n"
                                          f"{translate('Optimizers', spec.rule)}",
                                       Qt.ItemDataRole.ToolTipRole)
        self.optimizer.setToolTip(self.tr("keras.optimizers class, with Keras's defaults (the "
                                          "same update rules the Optimizer Lab races)"))
        self.learning_rate.field_name = self.tr("learning rate")
        self.learning_rate.range_tip(self.tr("η, the step size. Editable while paused: training "
                                             "continues with the same weights and the new rate"))
        self.batch_size.field_name = self.tr("batch size")
        self.batch_size.range_tip(self.tr("Samples per gradient step (one batch)"))
        self.epochs.field_name = self.tr("epochs")
        self.epochs.range_tip(self.tr("Passes over the training data. Raise it after a finished "
                                      "run to train on from the same weights"))
        self.validation.setToolTip(self.tr("Share of the training split Keras holds out for "
                                           "validation (the last rows, as validation_split "
                                           "does)"))
        self.seed.setToolTip(self.tr("Seed of the initial weights, dropout and batch shuffling"))
        for field, text in ((self.output_activation, self.tr("output")),
                            (self.loss, self.tr("loss")), (self.metrics, self.tr("metrics")),
                            (self.optimizer, self.tr("optimizer")),
                            (self.learning_rate, self.tr("learning rate")),
                            (self.batch_size, self.tr("batch size")),
                            (self.epochs, self.tr("epochs")),
                            (self.validation, self.tr("validation")), (self.seed, self.tr("seed"))):
            self.form.labelForField(field).setText(text)
        self.compile_group.setTitle(self.tr("Compile and fit"))
        self.formula.setText(self.tr("model.summary(): a Dense layer has (inputs + 1) × units "
                                     "parameters, one weight per input and unit plus one bias "
                                     "per unit."))
        self.summary_group.setTitle(self.tr("Summary"))
        self._show_total()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_total(self) -> None:
        self.total.setText("" if self._total is None else self.tr(
            "<b>Total params: {n}</b>").format(n=f"{self._total:,}"))

    # --- the layer rows ---------------------------------------------------------------------------

    def _set_rows(self, layers: tuple[LayerSpec, ...]) -> None:
        for row in self.rows:
            self.layers_box.removeWidget(row)
            row.deleteLater()
        self.rows = []
        for i, layer in enumerate(layers):
            row = LayerRow(i, layer)
            row.edited.connect(self._structure_changed)
            row.remove_requested.connect(self._on_remove)
            self.layers_box.addWidget(row)
            self.rows.append(row)
        self.add_button.setEnabled(len(self.rows) < MAX_HIDDEN_LAYERS)

    def add_layer(self) -> None:
        layers = self.hidden()
        if len(layers) >= MAX_HIDDEN_LAYERS:
            return
        units = layers[-1].units if layers else 8
        self._set_rows((*layers, LayerSpec(units, layers[-1].activation if layers else "relu")))
        self._structure_changed()

    def remove_layer(self, index: int) -> None:
        layers = list(self.hidden())
        del layers[index]
        self._set_rows(tuple(layers))
        self._structure_changed()

    def _on_remove(self) -> None:
        for i, row in enumerate(self.rows):
            if row is self.sender():
                self.remove_layer(i)
                return

    def hidden(self) -> tuple[LayerSpec, ...]:
        return tuple(row.layer() for row in self.rows)

    # --- reading and filling ---------------------------------------------------------------------

    def spec(self) -> ModelSpec:
        """The form as a ModelSpec (SceneError if a value is impossible)."""
        return ModelSpec(
            hidden=self.hidden(), output_activation=self.output_activation.currentData(),
            loss=self.loss.currentData(), optimizer=self.optimizer.currentData(),
            learning_rate=float(self.learning_rate.value()),
            metrics=self.metrics.currentData(), batch_size=self.batch_size.value(),
            epochs=self.epochs.value(), validation_split=round(self.validation.value(), 2),
            seed=self.seed.value(), options=dict(self.optimizer_settings.options),
            schedule=self.optimizer_settings.schedule)

    def _optimizer_with(self, **changes: Any) -> Optimizer:
        """The optimizer of the form's spec with ``changes`` (SceneError if Keras refuses)."""
        return self.spec().with_changes(**changes).build_optimizer()

    def set_spec(self, spec: ModelSpec) -> None:
        """Fill the form from ``spec`` without emitting ``changed``."""
        widgets = (self.output_activation, self.loss, self.metrics, self.optimizer,
                   self.learning_rate, self.batch_size, self.epochs, self.validation, self.seed)
        for w in widgets:
            w.blockSignals(True)
        self._set_rows(spec.hidden)
        self.output_activation.setCurrentIndex(self.output_activation.findData(
            spec.output_activation) if spec.output_activation else 0)
        self.loss.setCurrentIndex(self.loss.findData(spec.loss) if spec.loss else 0)
        metrics = spec.metrics
        index = next((i for i, (_, v) in enumerate(METRIC_CHOICES) if v == metrics), -1)
        if index < 0:
            self.metrics.addItem(", ".join(metrics or ()), metrics)
            index = self.metrics.count() - 1
        self.metrics.setCurrentIndex(index)
        self.optimizer.setCurrentIndex(self.optimizer.findData(spec.optimizer))
        self.range_note.clear_note()
        lr, (low, high) = spec.effective_learning_rate, LEARNING_RATE_RANGE
        if not low <= lr <= high:  # a scene may hold any rate Keras takes: say what is used
            self.range_note.say(self.tr("{range}: {rate} became {used}").format(
                range=range_text(self.tr("learning rate"), low, high), rate=f"{lr:g}",
                used=f"{min(max(lr, low), high):g}"))
        self.learning_rate.setValue(lr)
        self.batch_size.setValue(spec.batch_size)
        self.epochs.setValue(spec.epochs)
        self.validation.setValue(spec.validation_split)
        self.seed.setValue(spec.seed)
        self.optimizer_settings.set_settings(spec.options, spec.schedule)
        for w in widgets:
            w.blockSignals(False)
        self.optimizer_settings.show_settings()

    def show_architecture(self, summary: Summary | None, inputs: str, output: str,
                          error: str = "") -> None:
        """The summary table (or why the form cannot make a model)."""
        self.input_label.setText(inputs)
        self.output_label.setText(output)
        if summary is not None:
            self.summary.show_summary(summary)
            self._total = summary.total_params
        else:
            self.summary.setRowCount(0)
            self._total = None
        self._show_total()
        self.error.setText(f"⚠ {error}")
        self.error.setVisible(bool(error))

    def set_running(self, running: bool) -> None:
        """While a run is alive only the learning rate stays editable."""
        for w in (*self.rows, self.add_button, self.output_activation, self.loss, self.metrics,
                  self.optimizer, self.batch_size, self.epochs, self.validation, self.seed,
                  self.optimizer_settings):
            w.setEnabled(not running)
        # Keras cannot assign a rate to an optimizer that follows a schedule
        self.learning_rate.setEnabled(not running or self.optimizer_settings.schedule is None)
        if not running:
            self.add_button.setEnabled(len(self.rows) < MAX_HIDDEN_LAYERS)

    # --- slots ------------------------------------------------------------------------------------

    def _structure_changed(self) -> None:
        self.changed.emit("structure")

    def _on_optimizer(self) -> None:
        """A new optimizer starts from its Keras default learning rate; the options stay if
        Keras takes them for it (else they go back to its defaults)."""
        name = self.optimizer.currentData()
        self.learning_rate.blockSignals(True)
        self.learning_rate.setValue(OPTIMIZERS[name].defaults()["learning_rate"])
        self.learning_rate.blockSignals(False)
        self.optimizer_settings.keep_valid_options()
        self.optimizer_settings.show_settings()
        self.changed.emit("structure")

    def _on_learning_rate(self) -> None:
        if self.optimizer_settings.schedule is None:
            self.changed.emit("learning_rate")
        else:  # the schedule starts from the new rate: a new optimizer
            self.optimizer_settings.show_settings()
            self.changed.emit("structure")

    def _on_epochs(self) -> None:
        self.changed.emit("epochs")
