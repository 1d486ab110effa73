"""Digest: the events a folder of briefs reports, each once across languages, as HTML, Markdown
or JSON.

``digest(folder)`` is the library call behind ``newsbrief digest``. The folder is a
``batch --task brief`` output (its manifest says which briefs there are and which inputs failed),
or an input folder, which is briefed first through the batch core into ``briefs`` (resumable).
"""

from __future__ import annotations

from pathlib import Path

from ..errors import UsageError
from ..langs import normalize_lang
from .build import build_event, counts, order_events
from .cluster import GroupOptions, group
from .features import features, has_translations
from .load import DEFAULT_BRIEFS, add_outlets, is_briefs_folder, load_briefs
from .model import Digest, Event, Problem
from .pauses import no_gc_pauses

__all__ = [
    "Digest",
    "Event",
    "GroupOptions",
    "Problem",
    "digest",
    "digest_briefs",
    "render_digest",
    "summary_line",
    "write_atomic",
]


def digest_briefs(
    folder: str | Path,
    *,
    to: str = "en",
    options: GroupOptions | None = None,
    inputs: str | Path | None = None,
) -> Digest:
    """The digest of a batch output folder (manifest + JSON briefs). `inputs`, the folder the
    batch read, lets each article name its outlet; the default briefs folder inside an input
    folder finds it by itself."""
    folder = Path(folder)
    if inputs is None and folder.name == DEFAULT_BRIEFS:
        inputs = folder.parent
    with no_gc_pauses():
        return _digest_briefs(folder, to, options, Path(inputs) if inputs else None)


def _digest_briefs(
    folder: Path, to: str, options: GroupOptions | None, inputs: Path | None
) -> Digest:
    loaded, problems = load_briefs(folder)
    if inputs is not None:
        add_outlets(loaded, inputs)
    # translated summaries, where a model wrote them, add the target language's words as keys
    words = any(has_translations(x.brief) for x in loaded)
    feats = [features(x.brief, words) for x in loaded]
    events = [build_event([loaded[i] for i in g], to) for g in group(feats, options)]
    events = order_events(events)
    return Digest(target_lang=to, events=events, failed=problems, counts=counts(events))


def digest(
    folder: str | Path,
    *,
    to: str = "en",
    briefs: str | Path | None = None,
    engine: str = "auto",
    models: str | None = None,
    offline: bool = False,
    jobs: int = 1,
    quiet: bool = True,
    options: GroupOptions | None = None,
) -> Digest:
    """Digest `folder`: a batch brief output, or an input folder briefed first into `briefs`
    (default: a hidden folder inside it), with the batch's resume rules."""
    to = normalize_lang(to)
    path = Path(folder)
    if not path.is_dir():
        raise UsageError(f"{folder}: no such folder")
    if not is_briefs_folder(path):
        from ..batch.core import TaskSpec
        from ..batch.local import run_batch

        out = Path(briefs) if briefs else path / DEFAULT_BRIEFS
        spec = TaskSpec(
            task="brief", format="json", to=to, engine=engine, models=models, offline=offline
        )
        run_batch(path, out, spec, jobs=jobs, quiet=quiet)
        return digest_briefs(out, to=to, options=options, inputs=path)
    return digest_briefs(path, to=to, options=options)


def render_digest(d: Digest, fmt: str = "html") -> str:
    """`d` as html, markdown or json."""
    if fmt == "json":
        from .text import to_json

        return to_json(d)
    if fmt == "markdown":
        from .text import to_markdown

        return to_markdown(d)
    if fmt == "html":
        from .html import to_html

        return to_html(d)
    raise UsageError(f"unknown format {fmt!r}: use html, markdown or json")


def summary_line(d: Digest, output: str | Path | None = None) -> str:
    """One line for stderr, as batch ends with: what went in, how many events came out."""
    articles = sum(len(e.articles) for e in d.events)
    failed = sum(p.status == "failed" for p in d.failed)
    skipped = len(d.failed) - failed
    wrote = f"; wrote {output}" if output else ""
    return (
        f"newsbrief: digest: {articles} ok, {failed} failed, {skipped} skipped; "
        f"{len(d.events)} event{'' if len(d.events) == 1 else 's'}{wrote}"
    )


def write_atomic(path: str | Path, text: str) -> None:
    """Write `text` to `path` through a temp file, so a failed run never leaves half a page."""
    import os
    import tempfile

    target = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(
            dir=target.parent or ".", prefix=f".{target.name}.", suffix=".tmp"
        )
    except OSError as exc:
        raise UsageError(f"{path}: cannot write: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
