"""Import TensorFlow so that it cannot clash with Mesa's OpenGL in the same process.

TensorFlow ships its own copy of LLVM and loads it into the global symbol scope; Mesa's software
(llvmpipe) and AMD (radeonsi) OpenGL drivers use the system's LLVM. With both in one process the
dynamic linker binds one's LLVM calls to the other's copy and the app crashes the moment the 3-D
view draws after TensorFlow was imported (or TensorFlow starts after the 3-D view). Loading
TensorFlow's libraries with RTLD_DEEPBIND (each binds to its own symbols first) and keeping them
out of the global scope separates the two. ``install()`` arranges that for every later
``import tensorflow`` (including the one inside ``import keras``); it imports nothing itself.

The guard also loads TensorFlow's two core libraries (~850 MB) through libc's ``dlopen`` called
via ctypes, which releases the GIL, before the package runs: Python's own extension loading holds
the GIL for the whole load, and the GUI thread froze for ~0.3 s while the training thread
imported TensorFlow.
"""

from __future__ import annotations

import ctypes
import importlib.abc
import importlib.machinery
import os
import sys
import types
from collections.abc import Sequence
from pathlib import Path
from typing import Any

_FLAGS_MODULE = "tensorflow.python.pywrap_dlopen_global_flags"


def _deep_flags() -> int | None:
    if not sys.platform.startswith("linux") or not hasattr(os, "RTLD_DEEPBIND"):
        return None
    return os.RTLD_NOW | os.RTLD_LOCAL | os.RTLD_DEEPBIND


def _preload_core_libraries(package_dir: Path, flags: int) -> None:
    """dlopen ``libtensorflow*.so*`` with the GIL released; the import then finds them loaded.
    Best effort: any failure leaves the loading to the import itself."""
    try:
        dlopen = ctypes.CDLL(None).dlopen
    except (OSError, AttributeError):
        return
    dlopen.restype, dlopen.argtypes = ctypes.c_void_p, [ctypes.c_char_p, ctypes.c_int]
    for library in sorted(package_dir.glob("libtensorflow*.so*")):
        dlopen(os.fsencode(library), flags)  # the handle stays open, as the import's would


class _GuardedLoader(importlib.abc.Loader):
    """Runs TensorFlow's package initialisation with deep-binding dlopen flags."""

    def __init__(self, loader: Any, flags: int) -> None:
        self._loader = loader
        self._flags = flags

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> types.ModuleType | None:
        return self._loader.create_module(spec)

    def exec_module(self, module: types.ModuleType) -> None:
        previous = sys.getdlopenflags()
        # TensorFlow would switch to RTLD_GLOBAL around its core library; keep our flags instead.
        stub = types.ModuleType(_FLAGS_MODULE)
        stub.set_dlopen_flags = lambda: sys.setdlopenflags(self._flags)  # type: ignore[attr-defined]
        stub.reset_dlopen_flags = lambda: sys.setdlopenflags(self._flags)  # type: ignore[attr-defined]
        sys.modules[_FLAGS_MODULE] = stub
        sys.setdlopenflags(self._flags)
        try:
            if module.__file__:
                _preload_core_libraries(Path(module.__file__).parent, self._flags)
            self._loader.exec_module(module)
        finally:
            sys.setdlopenflags(previous)
            if sys.modules.get(_FLAGS_MODULE) is stub:
                del sys.modules[_FLAGS_MODULE]


class _TensorFlowFinder(importlib.abc.MetaPathFinder):
    def __init__(self, flags: int) -> None:
        self._flags = flags

    def find_spec(self, name: str, path: Sequence[str] | None = None,
                  target: types.ModuleType | None = None) -> importlib.machinery.ModuleSpec | None:
        if name != "tensorflow":
            return None
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        if spec is None or spec.loader is None:
            return None
        spec.loader = _GuardedLoader(spec.loader, self._flags)
        return spec


def install() -> bool:
    """Guard future TensorFlow imports; True if the guard is active (Linux, TF not yet loaded)."""
    flags = _deep_flags()
    if flags is None or "tensorflow" in sys.modules:
        return False
    if not any(isinstance(finder, _TensorFlowFinder) for finder in sys.meta_path):
        sys.meta_path.insert(0, _TensorFlowFinder(flags))
    return True
