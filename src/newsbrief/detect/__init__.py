"""Language identification for news: script evidence, then a word model or langdetect.

The script decides first (Han without Kana/Hangul is Chinese, Kana is Japanese, Hangul is
Korean, Thai is Thai ...; script.py). Latin text is told English, Indonesian or Malay by a
word-frequency model, and goes to langdetect over the other Latin-script languages only when
most of its words are not English, Indonesian or Malay words (latin.py); Malay is called only on
clear evidence from word frequencies and markers (malay.py). Cyrillic, Arabic and Devanagari
text goes to langdetect restricted to the languages written in that script (profiles.py).

Results are deterministic and do not depend on the global ``langdetect.DetectorFactory``.
"""

from __future__ import annotations

from ..model import Candidate, Detection, ParagraphLang
from ..segment import paragraphs as _paragraphs
from . import latin
from .guess import Guess as _Guess
from .latin import WORD as _WORD
from .malay import malay_evidence
from .profiles import langdetect as _langdetect
from .script import (
    CJK,
    CJK_WEIGHT,
    LANG_SCRIPT,
    SCRIPT_LANG,
    dominant_script,
    letters,
    script_counts,
)

__all__ = ["detect", "detect_lines", "malay_evidence"]

# Shared by several langdetect languages: langdetect chooses among these only.
_SCRIPT_CANDIDATES = {
    "Cyrillic": ("ru", "uk", "bg", "mk"),
    "Arabic": ("ar", "fa", "ur"),
    "Devanagari": ("hi", "mr", "ne"),
}
_SHORT_LETTERS = 20
# A language counts towards a mixed article from this share of its characters.
_MIXED_SHARE = 0.15
# Paragraphs starting past this offset are judged by their cheap label only.
_MIXED_DETAIL = 30_000


def _detect_one(text: str) -> _Guess:
    sample = text if len(text) <= 4 * latin.MAX_SAMPLE else text[: 4 * latin.MAX_SAMPLE]
    counts = script_counts(sample)
    script = dominant_script(counts)
    if script is None:
        return _Guess("und", {}, "none", 0, 0, reliable=False)
    if script == "Latin" and _chinese_with_latin_names(sample, counts):
        script = "Han"
    if script == "Latin":
        guess = latin.detect_latin(sample, counts["Latin"])
    elif script == "Han":
        han = counts.get("Han", 0)
        p = min(0.99, 0.7 + 0.03 * han)
        guess = _Guess("zh", {"zh": p, "ja": round(1 - p, 4)}, "Han", han, han)
    elif script in _SCRIPT_CANDIDATES:
        prior = dict.fromkeys(_SCRIPT_CANDIDATES[script], 1.0)
        probs = _langdetect(latin.sample(sample), prior)
        lang = max(probs, key=lambda k: probs[k]) if probs else _SCRIPT_CANDIDATES[script][0]
        probs = probs or {lang: 0.5}
        guess = _Guess(lang, probs, script, counts[script], len(_WORD.findall(sample)))
    else:
        lang = SCRIPT_LANG.get(script, "und")
        n = counts.get(script, 0) + (counts.get("Han", 0) if script in ("Kana", "Hangul") else 0)
        guess = _Guess(lang, {lang: 0.99}, script, n, n)
    _judge_length(guess)
    return guess


def _chinese_with_latin_names(text: str, counts: dict[str, int]) -> bool:
    """Chinese that names people, teams and titles in Latin letters ("BBC 蘇格蘭的 Alasdair Lamont
    在 Tony Macaroni Arena 報導"): the Latin letters outnumber the Han characters, but only the
    Chinese carries the sentence. Capitalised Latin words are taken for names, and the rest must
    weigh less than the Han characters. A short Han name in an English sentence ("Xi Jinping
    (习近平) met ...") stays English: it takes at least four Han characters.
    """
    han = counts.get("Han", 0)
    if han < 4:
        return False
    plain = sum(len(w) for w in _WORD.findall(text) if not w[0].isupper())
    return han * CJK_WEIGHT > plain


def _judge_length(guess: _Guess) -> None:
    """Very short input still gets an answer, but marked unreliable and less confident."""
    short = guess.letters < (_SHORT_LETTERS if guess.script == "Latin" else 4)
    if guess.script == "Latin":
        short = short or guess.words <= 2
    if short:
        guess.reliable = False
        size = guess.letters / (_SHORT_LETTERS if guess.script == "Latin" else 4)
        factor = 0.5 + 0.4 * min(size, 1.0)
        guess.probs = {k: v * factor for k, v in guess.probs.items()}
    elif (
        guess.prob
        + (guess.probs.get("id", 0.0) if guess.lang == "ms" else 0.0)
        + (guess.probs.get("ms", 0.0) if guess.lang == "id" else 0.0)
        < 0.6
    ):
        guess.reliable = False  # ambiguous; Malay against Indonesian alone does not make it so


# -- public API ----------------------------------------------------------------------------------


def detect(text: str) -> Detection:
    """The language of `text`, with confidence, top candidates and, for mixed articles, the
    language of every paragraph."""
    if not isinstance(text, str):
        raise TypeError(f"detect() takes text (str), got {type(text).__name__}")
    paras = _paragraphs(text)
    if len(paras) <= 1 or len(text) < 200:
        return _to_detection(_detect_one(text))
    labels = [_quick_label(text[s:e]) for s, e in paras]
    known = {lab for lab in labels if lab is not None}
    if len(known) <= 1:
        return _to_detection(_detect_one(text))
    return _detect_mixed(text, paras, labels)


def detect_lines(text: str) -> list[Detection]:
    """One Detection per input line, in order; a blank line gives lang 'und', confidence 0."""
    lines = text.split("\n")
    if len(lines) > 1 and lines[-1] == "":
        lines.pop()  # the newline ending the last line does not start another
    return [_to_detection(_detect_one(line)) for line in lines]


def _quick_label(para: str) -> str | None:
    """A cheap language family for a paragraph, or None when it cannot tell."""
    counts = script_counts(para)
    script = dominant_script(counts)
    if script is None or letters(counts) < 30:
        return None
    if script != "Latin":
        return SCRIPT_LANG.get(script, script)
    hits = latin.function_hits([w.lower() for w in _WORD.findall(para)])
    if not hits:
        # A long Latin paragraph with none of the listed function words is in some other
        # language; all such paragraphs share one label, so a whole Swedish article stays cheap.
        return None if counts["Latin"] < 80 else "?"
    ranked = sorted(hits.values(), reverse=True)
    best = max(hits, key=lambda k: hits[k])
    if ranked[0] >= 3 and (len(ranked) == 1 or ranked[0] >= 2 * ranked[1]):
        return best
    return None


def _detect_mixed(text: str, paras: list[tuple[int, int]], labels: list[str | None]) -> Detection:
    # langdetect runs per paragraph only over an article's worth of text; paragraphs further
    # into a huge input keep their cheap label, which bounds the time on a 5 MB paste.
    guesses = [
        _detect_one(text[s:e]) if s < _MIXED_DETAIL else _from_label(lab, e - s)
        for (s, e), lab in zip(paras, labels, strict=True)
    ]
    # A language's share is its characters, a Han/Kana/Hangul character counting like a short
    # word (CJK_WEIGHT), so that a Chinese article quoting an English paragraph stays Chinese.
    sizes = [
        (e - s) * (CJK_WEIGHT if g.script in CJK else 1.0)
        for (s, e), g in zip(paras, guesses, strict=True)
    ]
    # Malay and Indonesian paragraphs are one language for this purpose: decide on all of them
    # together, since one paragraph rarely carries enough markers on its own.
    family = [i for i, g in enumerate(guesses) if g.lang in ("id", "ms")]
    if family:
        joined = "\n".join(text[paras[i][0] : paras[i][1]] for i in family)
        nats = latin.malay_nats(latin.malay_words(_WORD.findall(joined)), malay_evidence(joined))
        lang = "ms" if latin.is_malay_text(nats) else "id"
        other = "id" if lang == "ms" else "ms"
        for i in family:
            g = guesses[i]
            g.probs[lang] = g.probs.get(lang, 0.0) + g.probs.pop(other, 0.0)
            g.lang = lang
    weight: dict[str, float] = {}
    for g, n in zip(guesses, sizes, strict=True):
        if g.lang != "und" and g.reliable:
            weight[g.lang] = weight.get(g.lang, 0) + n
    if not weight:
        return _to_detection(_detect_one(text))
    total = sum(weight.values())
    main = max(weight, key=lambda k: weight[k])
    mixed = sum(1 for v in weight.values() if v / total >= _MIXED_SHARE) > 1
    # Overall distribution: each paragraph's probabilities weighted by its length.
    probs: dict[str, float] = {}
    counted = 0
    for g, n in zip(guesses, sizes, strict=True):
        if g.lang == "und":
            continue
        counted += n
        for k, v in g.probs.items():
            probs[k] = probs.get(k, 0.0) + v * n
    probs = {k: v / counted for k, v in probs.items()}
    script = next((g.script for g in guesses if g.lang == main), "none")
    overall = _Guess(main, probs, script, sum(g.letters for g in guesses), len(text.split()))
    overall.reliable = probs.get(main, 0.0) >= 0.5
    det = _to_detection(overall)
    if mixed:
        det.mixed = True
        # Short paragraphs (datelines, "Baca juga" links) say little: they take the main language.
        det.paragraphs = [
            ParagraphLang(
                span=span,
                lang=g.lang if g.reliable and g.lang != "und" else main,
                confidence=round(g.prob if g.reliable else min(g.prob, 0.5), 4),
            )
            for span, g in zip(paras, guesses, strict=True)
        ]
    return det


def _from_label(label: str | None, size: int) -> _Guess:
    if label is None or label == "?" or label not in LANG_SCRIPT:
        return _Guess("und", {}, "none", 0, 0, reliable=False)
    return _Guess(label, {label: 0.9}, LANG_SCRIPT[label], size, size)


def _to_detection(g: _Guess) -> Detection:
    ranked = sorted(g.probs.items(), key=lambda kv: -kv[1])[:3]
    if g.lang != "und" and (not ranked or ranked[0][0] != g.lang):
        ranked = [(g.lang, g.prob), *[kv for kv in ranked if kv[0] != g.lang]][:3]
    # Runners-up under 1 % are noise (langdetect's floor, a marker-free Malay share).
    kept = [(k, round(v, 4)) for i, (k, v) in enumerate(ranked) if v >= 0.01 or i == 0]
    total = sum(p for _, p in kept)
    if total > 1.0:  # rounding only
        kept = [(k, round(p / total, 4)) for k, p in kept]
    confidence = round(min(max(g.prob, 0.0), 1.0), 4) if g.lang != "und" else 0.0
    return Detection(
        lang=g.lang,
        confidence=confidence,
        reliable=g.reliable and g.lang != "und",
        script=g.script,
        candidates=[Candidate(lang=k, prob=p) for k, p in kept],
    )
