"""The manifest keeps one line per input after any number of runs (compacted at each run's end)."""

from __future__ import annotations

import json

from newsbrief.batch.compact import compact


def _line(**obj) -> bytes:
    return json.dumps(obj).encode() + b"\n"


def test_compaction_keeps_the_newest_header_and_the_last_state_of_every_input():
    raw = (
        _line(fingerprint={"v": 1})
        + _line(path="b.txt", status="failed", error="boom")
        + _line(path="a.txt", status="ok", output="a.json", output_sha256="11")
        + _line(path="a.txt", status="skipped")
        + b'{"path": "c.txt", "sta'  # cut short by a kill
        + b"\n"
        + _line(fingerprint={"v": 2})
        + _line(path="b.txt", status="ok", output="b.json")
    )
    lines = [json.loads(x) for x in compact(raw).splitlines()]
    assert lines == [
        {"fingerprint": {"v": 2}},
        {"path": "a.txt", "status": "ok", "output": "a.json", "output_sha256": "11"},
        {"path": "b.txt", "status": "ok", "output": "b.json"},
    ]
    assert compact(compact(raw)) == compact(raw)
    assert compact(b"") == b""
