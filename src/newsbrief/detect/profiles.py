"""langdetect, restricted to the candidates a script allows and steered by a prior.

Results are deterministic: one private DetectorFactory per candidate set (profiles loaded once,
in sorted order) whose seed 0 every Detector re-applies on each call, so concurrent callers
cannot disturb one another and the global ``langdetect.DetectorFactory`` is left alone.
"""

from __future__ import annotations

import threading
from typing import Any

# One factory per candidate set (per script): loading only the profiles a script can choose
# among takes 0.16 s for Latin instead of 0.6 s for all 55, and gives the same probabilities
# (a profile's n-gram weights do not depend on which other profiles are loaded).
_factories: dict[frozenset[str], Any] = {}
_factory_lock = threading.Lock()


def _get_factory(langs: frozenset[str]) -> Any:
    factory = _factories.get(langs)
    if factory is None:
        with _factory_lock:
            factory = _factories.get(langs)
            if factory is None:
                import os

                from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

                factory = DetectorFactory()
                names = sorted(n for n in os.listdir(PROFILES_DIRECTORY) if n in langs)
                profiles = []
                for name in names:
                    with open(os.path.join(PROFILES_DIRECTORY, name), encoding="utf-8") as fh:
                        profiles.append(fh.read())
                factory.load_json_profile(profiles)
                factory.seed = 0
                _factories[langs] = factory
    return factory


def langdetect(sample: str, prior: dict[str, float]) -> dict[str, float]:
    """langdetect's probabilities over the languages in `prior` (empty when it finds nothing)."""
    from langdetect.lang_detect_exception import LangDetectException

    factory = _get_factory(frozenset(prior))
    detector = factory.create()
    detector.set_prior_map(prior)
    detector.append(sample)
    try:
        found = detector.get_probabilities()
    except LangDetectException:
        return {}
    out: dict[str, float] = {}
    for item in found:
        code = _norm_code(item.lang)
        out[code] = out.get(code, 0.0) + item.prob
    return out


def _norm_code(code: str) -> str:
    return "zh" if code.startswith("zh") else code
