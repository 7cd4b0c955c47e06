"""A generated program as a list of cells, written out as a ``.py`` script or a notebook.

One representation for both formats keeps the script and the notebook the same program: the
notebook's markdown cells become comment blocks in the script, and the script is exactly the
notebook's code cells joined in order. Extra files (a data set written as CSV) travel with it,
to be saved beside the script or notebook.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field
from importlib import metadata
from typing import Any, Literal

from explorer.core.codegen.texts import text

__all__ = ["Cell", "CodegenError", "Script", "app_version", "literal"]

CellKind = Literal["markdown", "code"]


def app_version() -> str:
    """The installed app's version (pyproject's; core may not import the ``explorer`` package
    that also states it)."""
    try:
        return metadata.version("optimizer-explorer")
    except metadata.PackageNotFoundError:
        return "(version unknown)"


def plot_code(shows: str, body: str) -> str:
    """A cell that draws with matplotlib only when a person runs the program (not with
    ``--json``) and only if matplotlib is installed, saying what it would show otherwise;
    ``body`` (written from column 0) runs with ``plt`` imported."""
    return (f'if "--json" not in sys.argv:\n'
            f'    try:\n'
            f'        import matplotlib.pyplot as plt\n'
            f'    except ImportError:\n'
            f'        plt = None\n'
            f'        print("(install matplotlib to see {shows})")\n'
            f'    if plt is not None:\n'
            + textwrap.indent(textwrap.dedent(body).strip("\n"), " " * 8) + "\n")


class CodegenError(ValueError):
    """A scene the code generator cannot turn into a program, with a message for the user."""


@dataclass(frozen=True)
class Cell:
    """One notebook cell: markdown (explanation) or code."""

    kind: CellKind
    text: str


@dataclass
class Script:
    """A generated program: a title, the scene it came from, its cells and its side files
    (name → text, written beside the program, which reads them by that name)."""

    title: str
    scene: str
    language: str = "en"
    cells: list[Cell] = field(default_factory=list)
    files: dict[str, str] = field(default_factory=dict)

    def markdown(self, text: str) -> None:
        self.cells.append(Cell("markdown", textwrap.dedent(text).strip()))

    def code(self, text: str) -> None:
        self.cells.append(Cell("code", textwrap.dedent(text).strip()))

    @property
    def header(self) -> str:
        """Who made the program and from what: the app's version and the scene file."""
        return f"{self.title}\n\n" + text("header", self.language,
                                             version=app_version(), scene=self.scene)

    def python(self) -> str:
        """The program as a ``.py`` script: a docstring header, then every cell in order, the
        markdown cells as comments."""
        parts = ['"""' + self.header.replace('"""', "'''") + '\n"""']
        for cell in self.cells:
            if cell.kind == "code":
                parts.append(cell.text)
            else:
                lines = [wrapped for line in cell.text.splitlines()
                         for wrapped in textwrap.wrap(line, 96) or [""]]
                parts.append("\n".join(f"# {line}".rstrip() for line in lines))
        return "\n\n".join(parts) + "\n"

    def notebook(self) -> Any:
        """The program as an ``nbformat`` v4 notebook (validated)."""
        import nbformat
        from nbformat import v4

        cells = [v4.new_markdown_cell("# " + self.header.replace("\n", "\n\n", 1))]
        cells += [v4.new_code_cell(c.text) if c.kind == "code" else v4.new_markdown_cell(c.text)
                  for c in self.cells]
        book = v4.new_notebook(cells=cells, metadata={
            "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
            "language_info": {"name": "python"}})
        nbformat.validate(book)
        return book

    def notebook_json(self) -> str:
        """The notebook as the text of an ``.ipynb`` file."""
        import nbformat

        return nbformat.writes(self.notebook())


def literal(value: Any) -> str:
    """Python source for a plain value (numbers, bools, None, text, lists, dicts, tuples):
    ``repr`` gives the shortest text that reads back as exactly the same float."""
    if isinstance(value, float) and value != value:  # NaN has no literal
        return 'float("nan")'
    if isinstance(value, float) and value in (float("inf"), float("-inf")):
        return f'float("{value}")'
    if isinstance(value, (list, tuple)):
        items = ", ".join(literal(v) for v in value)
        if isinstance(value, list):
            return f"[{items}]"
        return f"({items},)" if len(value) == 1 else f"({items})"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{literal(k)}: {literal(v)}" for k, v in value.items()) + "}"
    if hasattr(value, "item"):  # numpy scalars
        return literal(value.item())
    return repr(value)
