"""The Data page of the Training Lab: which data set, its options, drawn points, CSV import.

Widgets only: the panel shows a :class:`DataSettings` and emits ``changed`` with the settings
the user asked for; the lab builds the data set and tells the panel whether that worked
(``show_data`` or ``show_error``), so a bad CSV file or too few drawn points leave the data
already loaded in place, with a message naming the row and column.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from explorer.core.data import DATASETS, MAX_CLASSES, DataError, Dataset, datasets, options
from explorer.ui.labs.training.common import (
    ERROR_STYLE,
    NOTE_STYLE,
    class_colour,
    compact,
    data_error_text,
    dataset_description,
    dataset_title,
)
from explorer.ui.labs.training.data_settings import (
    CSV,
    CSV_TASKS,
    DRAWN,
    MAX_POINTS,
    CsvCache,
    DataSettings,
    describe,
)
from explorer.ui.widgets.panels import group, spin_box

CLASS_MARKS = ("● 0", "■ 1", "▲ 2", "◆ 3", "★ 4")


class DataPanel(QWidget):
    """Data set chooser with noise, size, split, seed, standardisation; drawing; CSV."""

    changed = Signal(object)  # the DataSettings the user asked for

    def __init__(self, cache: CsvCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cache = cache
        self.settings = DataSettings()
        self.current: Dataset | None = None
        self.draw_class = 0
        self._build()
        self._connect()
        self.set_settings(self.settings)

    # --- construction -------------------------------------------------------------------------

    def _build(self) -> None:
        self.dataset_box = compact(QComboBox(), 12)
        for info in datasets.available():
            self.dataset_box.addItem(info.title, info.name)
        self.dataset_box.addItem("", DRAWN)
        self.dataset_box.addItem("", CSV)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setStyleSheet(NOTE_STYLE)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error.hide()
        self.source = source = group("", self.dataset_box, self.description, self.summary,
                                     self.error)

        self.n_samples = QSpinBox()
        self.n_samples.setRange(*options.N_SAMPLES_RANGE)
        self.n_samples.setSingleStep(50)
        self.n_samples.setKeyboardTracking(False)
        self.noise = spin_box(0.0, 50.0, 0, 5.0)
        self.noise.setSuffix(" %")
        self.test_percent = spin_box(10.0, 90.0, 0, 5.0)
        self.test_percent.setSuffix(" %")
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setKeyboardTracking(False)
        self.standardize = QCheckBox()
        self.form = form = QFormLayout()
        for field in (self.n_samples, self.noise, self.test_percent, self.seed):
            form.addRow(QLabel(), field)
        self.options = group("", form, self.standardize)

        self.class_buttons = QButtonGroup(self)
        grid = QGridLayout()
        for k, mark in enumerate(CLASS_MARKS):
            button = QToolButton()
            button.setText(mark)
            button.setCheckable(True)
            button.setMinimumWidth(44)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setStyleSheet(f"QToolButton {{ color: {class_colour(k)}; font-weight: bold; }}"
                                 "QToolButton:checked { background: #D8D8D8; }")
            self.class_buttons.addButton(button, k)
            grid.addWidget(button, 0, k)
        self.class_buttons.button(0).setChecked(True)
        self.clear_button = QPushButton()
        self.points_label = QLabel()
        self.draw_hint = hint = QLabel()
        hint.setWordWrap(True)
        hint.setStyleSheet(NOTE_STYLE)
        self.drawing = group("", grid, hint, self.points_label, self.clear_button)

        self.import_button = QPushButton()
        self.csv_file = QLabel()
        self.csv_file.setWordWrap(True)
        self.target_box = compact(QComboBox())
        self.task_box = compact(QComboBox())
        for task in CSV_TASKS:
            self.task_box.addItem(task, task)
        self.csv_form = csv_form = QFormLayout()
        csv_form.addRow(QLabel(), self.target_box)
        csv_form.addRow(QLabel(), self.task_box)
        self.csv_group = group("", self.import_button, self.csv_file, csv_form)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for box in (source, self.options, self.drawing, self.csv_group):
            layout.addWidget(box)
        layout.addStretch(1)
        self._error: tuple[Callable[[], str] | str, bool] | None = None
        self._editable = True
        self.retranslate()

    # --- language -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every text the panel shows, in the current language (the settings stay)."""
        box = self.dataset_box
        for i in range(box.count()):
            name = box.itemData(i)
            if name == DRAWN:
                box.setItemText(i, self.tr("Draw your own points"))
                tip = self.tr("Click the plot to add points, right-click to remove one")
            elif name == CSV:
                box.setItemText(i, self.tr("CSV file…"))
                tip = self.tr("Your own numeric table with a header row")
            else:
                info = DATASETS[name]
                box.setItemText(i, dataset_title(name, info.title))
                tip = dataset_description(name, info.description)
            box.setItemData(i, tip, Qt.ItemDataRole.ToolTipRole)
        box.setToolTip(self.tr("What the network learns from"))
        self.source.setTitle(self.tr("Data set"))
        self.n_samples.setToolTip(self.tr("Number of points in all (training + test)"))
        self.noise.setToolTip(self.tr("How much the classes overlap: 0 % clean, 50 % very hard"))
        self.test_percent.setToolTip(self.tr("Share of the data held out as the test split "
                                             "(stratified by class)"))
        self.seed.setToolTip(self.tr("Seed of the random points and of the split: the same seed "
                                     "gives the same data"))
        self.standardize.setText(self.tr("Standardise features"))
        self.standardize.setToolTip(self.tr("z = (x − mean) / std per feature, with the mean and "
                                            "std of the TRAINING split only (nothing leaks from "
                                            "the test data)"))
        for field, text in ((self.n_samples, self.tr("samples")), (self.noise, self.tr("noise")),
                            (self.test_percent, self.tr("test split")),
                            (self.seed, self.tr("seed"))):
            self.form.labelForField(field).setText(text)
        self.options.setTitle(self.tr("Options"))
        for k in range(len(CLASS_MARKS)):
            self.class_buttons.button(k).setToolTip(self.tr("New points get class {k}").format(k=k))
        self.clear_button.setText(self.tr("Clear points"))
        self.clear_button.setToolTip(self.tr("Remove every drawn point"))
        self.draw_hint.setText(self.tr("Click the plot to add a point of the chosen class; "
                                       "right-click removes the nearest point."))
        self.drawing.setTitle(self.tr("Draw points"))
        self.import_button.setText(self.tr("Import CSV…"))
        self.import_button.setToolTip(self.tr("A numeric table with a header row; you choose the "
                                              "target column and the task"))
        self.target_box.setToolTip(self.tr("The column to predict; every other column is a "
                                           "feature"))
        self.task_box.setToolTip(self.tr("classification: the target's values are classes (at "
                                         "most {n}); regression: predict the number")
                                 .format(n=MAX_CLASSES))
        tasks = {"classification": self.tr("classification"), "regression": self.tr("regression")}
        for i in range(self.task_box.count()):
            task = self.task_box.itemData(i)
            self.task_box.setItemText(i, tasks.get(task, task))
        self.csv_form.labelForField(self.target_box).setText(self.tr("target"))
        self.csv_form.labelForField(self.task_box).setText(self.tr("task"))
        self.csv_group.setTitle(self.tr("CSV file"))
        self._fill_csv_text()
        self._sync_visibility()
        self.show_data(self.current, keep_error=True)
        if self._error is not None and not self.error.isHidden():
            self.show_error(self._error[0])
        self.set_editable(self._editable)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _connect(self) -> None:
        self.dataset_box.activated.connect(self._on_dataset)
        self.n_samples.valueChanged.connect(self._on_option)
        self.noise.valueChanged.connect(self._on_option)
        self.test_percent.valueChanged.connect(self._on_option)
        self.seed.valueChanged.connect(self._on_option)
        self.standardize.toggled.connect(self._on_option)
        self.class_buttons.idToggled.connect(self._on_class)
        self.clear_button.clicked.connect(self.clear_points)
        self.import_button.clicked.connect(self._import_dialog)
        self.target_box.activated.connect(self._on_csv_choice)
        self.task_box.activated.connect(self._on_csv_choice)

    # --- showing settings -----------------------------------------------------------------------

    def set_settings(self, settings: DataSettings) -> None:
        """Show ``settings`` without emitting ``changed``."""
        self.settings = settings
        widgets = (self.dataset_box, self.n_samples, self.noise, self.test_percent, self.seed,
                   self.standardize, self.target_box, self.task_box)
        for widget in widgets:
            widget.blockSignals(True)
        index = self.dataset_box.findData(settings.dataset)
        if index < 0:  # e.g. MNIST no longer cached: list it so the settings stay visible
            info = DATASETS[settings.dataset]
            self.dataset_box.addItem(dataset_title(info.name, info.title), settings.dataset)
            index = self.dataset_box.count() - 1
        self.dataset_box.setCurrentIndex(index)
        self.n_samples.setValue(settings.n_samples)
        self.noise.setValue(round(settings.noise * 100))
        self.test_percent.setValue(round(settings.test_fraction * 100))
        self.seed.setValue(settings.seed)
        self.standardize.setChecked(settings.standardize)
        self._fill_csv_columns()
        self.task_box.setCurrentIndex(max(self.task_box.findData(settings.csv_task), 0))
        for widget in widgets:
            widget.blockSignals(False)
        self._sync_visibility()

    def _fill_csv_columns(self) -> None:
        s = self.settings
        self.target_box.clear()
        table = self.cache.table if self.cache.path == s.csv_path else None
        if table is not None:
            for column in table.columns:
                self.target_box.addItem(column, column)
            target = s.csv_target or table.columns[-1]
            self.target_box.setCurrentIndex(max(self.target_box.findData(target), 0))
        self._fill_csv_text()

    def _fill_csv_text(self) -> None:
        s = self.settings
        table = self.cache.table if self.cache.path == s.csv_path else None
        if table is not None:
            self.csv_file.setText(self.tr("{file}: {rows} rows, {columns} columns").format(
                file=Path(s.csv_path).name, rows=f"{table.n_rows:,}", columns=len(table.columns)))
        else:
            self.csv_file.setText(self.tr("No file imported yet.") if not s.csv_path
                                  else s.csv_path)

    def _sync_visibility(self) -> None:
        s = self.settings
        info = s.info
        drawn, csv = s.dataset == DRAWN, s.dataset == CSV
        self.n_samples.setEnabled(bool(info and info.has_size))
        self.noise.setEnabled(bool(info and info.has_noise))
        self.test_percent.setEnabled(bool((info and info.has_split) or drawn or csv))
        self.seed.setEnabled(bool((info and (info.has_noise or info.has_split)) or drawn or csv))
        self.drawing.setVisible(drawn)
        self.csv_group.setVisible(csv)
        self.points_label.setText(self._points_text())
        if info is not None:
            self.description.setText(dataset_description(info.name, info.description))
        elif drawn:
            self.description.setText(self.tr("Points you draw on the Boundary plot, up to 5 "
                                             "classes."))
        else:
            self.description.setText(self.tr("A numeric CSV table; pick the column to predict."))

    def _points_text(self) -> str:
        counts = [sum(1 for p in self.settings.points if p[2] == k) for k in range(5)]
        used = ", ".join(self.tr("class {k}: {n}").format(k=k, n=n)
                         for k, n in enumerate(counts) if n)
        points = self.tr("{n} points").format(n=len(self.settings.points))
        return self.tr("{points} ({used})").format(points=points, used=used) if used else points

    def show_data(self, data: Dataset | None, keep_error: bool = False) -> None:
        """The data set in use (None: none yet); clears any error."""
        self.current = data
        self.summary.setText(describe(data) if data is not None else "")
        if not keep_error:
            self.error.hide()

    def show_error(self, message: Callable[[], str] | str) -> None:
        """Why the requested data could not be used; the data in use stays. ``message`` may
        be a function that makes it in the current language."""
        self._error = (message, True)
        if callable(message):
            message = message()
        data = self.current
        text = f"⚠ {message}"
        if data is not None:
            text += "\n" + self.tr("Still using: {title}.").format(
                title=dataset_title(data.name, data.title))
        self.error.setText(text)
        self.error.show()

    def set_editable(self, editable: bool) -> None:
        """Data cannot change while a training run is alive."""
        self._editable = editable
        for box in (self.dataset_box, self.options, self.drawing, self.csv_group):
            box.setEnabled(editable)
        tip = "" if editable else self.tr("Stop the training to change the data")
        self.setToolTip(tip)

    # --- user actions ----------------------------------------------------------------------------

    def _emit(self, **changes) -> None:
        self.changed.emit(self.settings.with_changes(**changes))

    def _on_dataset(self, index: int) -> None:
        name = self.dataset_box.itemData(index)
        if name == CSV and not self.settings.csv_path:
            self._import_dialog()
            return
        self._emit(dataset=name)

    def _on_option(self) -> None:
        self._emit(n_samples=self.n_samples.value(), noise=self.noise.value() / 100,
                   test_fraction=self.test_percent.value() / 100, seed=self.seed.value(),
                   standardize=self.standardize.isChecked())

    def _on_class(self, k: int, checked: bool) -> None:
        if checked:
            self.draw_class = k

    def set_draw_class(self, k: int) -> None:
        self.class_buttons.button(k).setChecked(True)

    def add_point(self, x: float, y: float) -> None:
        if len(self.settings.points) >= MAX_POINTS:
            self.show_error(lambda: self.tr("at most {n} points can be drawn").format(
                n=f"{MAX_POINTS:,}"))
            return
        self._emit(points=(*self.settings.points, (float(x), float(y), self.draw_class)))

    def remove_nearest(self, x: float, y: float) -> None:
        points = self.settings.points
        if not points:
            return
        nearest = min(range(len(points)),
                      key=lambda i: (points[i][0] - x) ** 2 + (points[i][1] - y) ** 2)
        self._emit(points=points[:nearest] + points[nearest + 1:])

    def clear_points(self) -> None:
        self._emit(points=())

    def _import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import CSV"), "",
            self.tr("CSV files (*.csv *.txt);;All files (*)"))
        if path:
            self.import_csv(path)
        else:
            self.set_settings(self.settings)  # back to the data set in use

    def import_csv(self, path: str | Path, target: str = "", task: str = "") -> None:
        """Read ``path``; on DataError show it (row, column) and keep the data in use."""
        try:
            table = self.cache.read(str(path))
        except DataError as error:
            self.set_settings(self.settings)
            name = Path(path).name
            self.show_error(lambda why=error: f"{name}: {data_error_text(why)}")
            return
        self._emit(dataset=CSV, csv_path=str(path), csv_target=target or table.columns[-1],
                   csv_task=task or self.settings.csv_task)

    def _on_csv_choice(self) -> None:
        self._emit(csv_target=self.target_box.currentData() or "",
                   csv_task=self.task_box.currentData())
