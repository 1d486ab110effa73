"""Language identification. STUB from the skeleton; the detection helper replaces it."""

from __future__ import annotations

import re

from .types import Candidate, Detection

_HAN = re.compile(r"[\u4e00-\u9fff]")


def detect(text: str) -> Detection:
    if len(_HAN.findall(text)) > len(text) * 0.2:
        return Detection(lang="zh", confidence=0.99, reliable=True, script="Han",
                         candidates=[Candidate(lang="zh", prob=0.99)])
    from langdetect import DetectorFactory, detect_langs

    DetectorFactory.seed = 0
    best = detect_langs(text)[0]
    return Detection(lang=best.lang, confidence=best.prob, reliable=True, script="Latin",
                     candidates=[Candidate(lang=best.lang, prob=best.prob)])


def detect_lines(text: str) -> list[Detection]:
    return [detect(line) for line in text.splitlines() if line.strip()]
