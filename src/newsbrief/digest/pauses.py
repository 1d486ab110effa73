"""Allocation-heavy steps run without the cycle collector's pauses."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def no_gc_pauses() -> Iterator[None]:
    """The digest allocates some hundred thousand small objects that live until it returns; the
    cycle collector would walk them all again and again (a third of the time on 10,000 briefs)
    and find nothing to free. It resumes when the step is done."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
