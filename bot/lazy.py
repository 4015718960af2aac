"""Packages whose names load on first use, so that a command imports only what it touches."""

from __future__ import annotations

import sys
from collections.abc import Callable
from importlib import import_module


def exports(package: str, where: dict[str, str]) -> Callable[[str], object]:
    """A package's module `__getattr__`: each name of `where` (name -> its submodule, relative
    to `package`) is imported from its submodule when first asked for, then kept."""

    def __getattr__(name: str) -> object:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(import_module(f"{package}.{module}"), name)
        setattr(sys.modules[package], name, value)
        return value

    return __getattr__
