"""Workers that start warm: the offline engine's data is loaded once, in the parent, before the
worker processes are forked, so that they share it instead of each loading it again.

The Chinese segmenter's dictionary and tags take 1–3 s to load (more on a busy machine); loaded in
every worker, they made `--jobs 2` slower than `--jobs 1` on a mixed folder. The parent loads them
only when the folder holds Chinese text (a sniff of the files' first bytes), so a batch without
Chinese never pays for it. Where processes are not forked (spawn platforms), workers load lazily,
on their first Chinese article, as before.

The segmenter's load need not hold the workers back: while the parent loads it, one early worker,
forked before the load, briefs the folder's Latin-script articles, and stops (finishing the
article it is on) once the warm workers are forked; what it did not reach goes to them
(batch.local).
"""

from __future__ import annotations

import multiprocessing
import re
from collections.abc import Callable, Iterator, Sequence
from multiprocessing.context import BaseContext
from pathlib import Path

_HAN = re.compile("[\u4e00-\u9fff]{4}")
# Enough to see whether a folder holds Chinese without reading all of a big one.
_SNIFF_FILES = 400
_SNIFF_BYTES = 4096

# One short article per script: briefing it loads everything the engine needs for that script.
_WARM_TEXT = {
    "zh": "新华社北京5月16日电 外交部发言人王立群16日在北京宣布，论坛将于18日在昆明举行。",
    "latin": "JAKARTA - Banjir melanda Banjarmasin, Senin (5/6). Warga mengungsi ke masjid.",
}


def pool_context() -> BaseContext | None:
    """'fork' where the platform has it (workers inherit what the parent loaded), else None."""
    if "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return None


def sample_heads(read_head: Callable[[int], bytes | None], count: int) -> Iterator[bytes]:
    """The first bytes of up to _SNIFF_FILES inputs, spread evenly over `count`; `read_head(i)`
    gives input i's (None if unreadable: left out, the run reports it)."""
    step = max(1, count // _SNIFF_FILES)
    for i in range(0, max(0, count), step):
        head = read_head(i)
        if head:
            yield head


def has_chinese(read_head: Callable[[int], bytes | None], count: int) -> bool:
    """True when any of the sampled inputs (`sample_heads`) starts with Chinese text."""
    return any(is_chinese(head) for head in sample_heads(read_head, count))


def is_chinese(data: bytes | str) -> bool:
    """True when an article holds Chinese text (a run of Han characters)."""
    text = data.decode("utf-8", "ignore") if isinstance(data, bytes) else data
    return _HAN.search(text) is not None


def warm_lite(chinese: bool, latin: bool = True) -> None:
    """Load the offline engine's data in this process (gazetteer, word lists when `latin`; jieba
    when `chinese`), by briefing a short text of each script the batch will see."""
    from ..brief import brief

    texts: Sequence[str] = ([_WARM_TEXT["latin"]] if latin else []) + (
        [_WARM_TEXT["zh"]] if chinese else []
    )
    for text in texts:
        try:
            brief(text, engine="lite", date=None)
        except Exception:  # warming is an optimisation: the batch reports real errors itself
            return


def head_reader(paths: Sequence[str | Path]) -> Callable[[int], bytes | None]:
    def read(i: int) -> bytes | None:
        try:
            with open(paths[i], "rb") as fh:
                return fh.read(_SNIFF_BYTES)
        except OSError:
            return None

    return read
