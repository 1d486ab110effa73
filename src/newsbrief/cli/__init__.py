"""The `newsbrief` command line: a thin layer over the library (see ``app``)."""

from .app import app, main

__all__ = ["app", "main"]
