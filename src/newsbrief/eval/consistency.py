"""`eval --task consistency`: does the same story, written in several languages, get the same brief?

Input: parallel segments (NTREX-style), one JSON object per segment with `doc_id`, `seg_in_doc` and
the text in each language under its code (`ind` is read as Indonesian). Segments are grouped by
document and ordered; the first is the headline (a paragraph of its own), the rest form the body.

For each document and each pair of languages that both gave the field, the briefs agree on:
- place: where[0] is the same gazetteer place (name, country, province);
- country: where[0] is in the same country;
- when: the same when.start;
- who: the top who names the same actor. Latin-script names are case-folded and agree when they
  share a word of three letters or more (a surname); a Chinese name is compared through the Latin
  form the article gives next to it ("佐兰·扎耶夫 (Zoran Zaev)"), a Latin name inside it, the
  gazetteer (an organisation named after a place), or else by sound (`translit`: 特朗普 ~ Trump);
  Han-written East Asian names are read against their romanisation (`romanised`: 金正恩 ~ Kim
  Jong-un, 李开复 ~ Kai-Fu Lee); organisations given the same acronym in brackets agree (SCIS);
  counted groups agree on the same number ("384 orang", "384人"); two groups described in their
  own words ("A farmer", "Seorang petani"), or a pair with nothing else to compare by, are counted
  apart.
Coverage: the share of documents where each language gives a where (and a who, a when).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from typing import Any

from ..langs import sentence_joiner
from .match import bigrams, has_cjk, numbers
from .romanised import romanises
from .translit import transliterates

# Codes the parallel file uses -> our language codes.
LANG_KEYS = {"en": "en", "ind": "id", "id": "id", "zh": "zh", "ms": "ms"}
ORDER = ("en", "id", "zh", "ms")
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]{3,}")
# "佐兰·扎耶夫 (Zoran Zaev)" / "佐兰·扎耶夫（Zoran Zaev）": the Latin form given after a name.
_GLOSS = r"\s*[(（]\s*([A-Za-z][A-Za-z .'\-]{1,60})\s*[)）]"
# "Northern Council of Rural Schools (NCRS)", "“北方乡村学校理事会” (NCRS)": the acronym an
# organisation is given by, the same in every language that gives one.
_ACRONYM = r"[”」』\"']?\s*[(（]\s*([A-Z][A-Z0-9&]{1,9})\s*[)）]"
_ACRONYM_NAME = re.compile(r"[A-Z][A-Z0-9&]{1,9}")


def documents(records: Sequence[tuple[int, dict[str, Any]]]) -> dict[str, dict[str, str]]:
    """doc_id -> {lang: article text}, headline first, segments in order."""
    segs: dict[str, list[tuple[int, dict[str, Any]]]] = {}
    for _, rec in records:
        segs.setdefault(str(rec["doc_id"]), []).append((rec["seg_in_doc"], rec))
    docs: dict[str, dict[str, str]] = {}
    for doc_id, items in segs.items():
        items.sort(key=lambda x: x[0])
        texts: dict[str, str] = {}
        for key, lang in LANG_KEYS.items():
            parts = [str(r[key]).strip() for _, r in items if isinstance(r.get(key), str)]
            parts = [p for p in parts if p]
            if not parts or lang in texts:
                continue
            texts[lang] = parts[0] + (
                "\n\n" + sentence_joiner(lang).join(parts[1:]) if len(parts) > 1 else ""
            )
        docs[doc_id] = texts
    return docs


def _gazetteer_words(name: str) -> set[str]:
    from ..lite.gazetteer import gazetteer, key_of

    places = gazetteer().lookup(key_of(name))
    return {w.casefold() for p in places[:1] for w in _LATIN_WORD.findall(p.place)}


def name_words(name: str, text: str) -> set[str] | None:
    """The case-folded Latin words a name can be compared by, or None when it has none."""
    if not name:
        return None
    if not has_cjk(name):
        return {w.casefold() for w in _LATIN_WORD.findall(name)} or None
    latin = {w.casefold() for w in _LATIN_WORD.findall(name)}
    if latin:
        return latin
    m = re.search(re.escape(name) + _GLOSS, text)
    if m:
        return {w.casefold() for w in _LATIN_WORD.findall(m.group(1))} or None
    return _gazetteer_words(name) or None  # else compared by sound (translit)


def acronym_of(name: str, text: str) -> str | None:
    """The acronym an organisation is written as, or given in brackets right after its name."""
    if _ACRONYM_NAME.fullmatch(name):
        return name
    m = re.search(re.escape(name) + _ACRONYM, text) if name else None
    return m.group(1) if m else None


def summary_of(pred: dict[str, Any], text: str) -> dict[str, Any]:
    """What consistency compares, from one brief (Brief.model_dump(mode="json")-shaped)."""
    where = (pred.get("where") or [None])[0]
    who = (pred.get("who") or [None])[0]
    when = pred.get("when") or {}
    return {
        "place": None
        if not where
        else (where.get("place"), where.get("country"), where.get("admin1")),
        "country": None if not where else where.get("country"),
        "when": when.get("start"),
        "who": None if not who else who.get("text"),
        "who_group": bool(who) and who.get("kind") == "group",
        "who_words": None if not who else name_words(who.get("text") or "", text),
        "who_acronym": None if not who else acronym_of(who.get("text") or "", text),
    }


def _same_actor(a: dict[str, Any], b: dict[str, Any]) -> bool | None:
    """Latin forms share a word; a Han name without one sounds like the other's Latin words;
    two Han names share a character bigram; counted groups give the same number ("384 orang",
    "384人"); organisations given the same acronym (SCIS) agree. None: nothing to compare by
    (two groups described in different words)."""
    if a.get("who_acronym") and a.get("who_acronym") == b.get("who_acronym"):
        return True
    na, nb = numbers(a["who"]), numbers(b["who"])
    if na and nb and na & nb:
        return True
    if a.get("who_group") and b.get("who_group"):
        return None
    wa, wb = a["who_words"], b["who_words"]
    if wa is not None and wb is not None:
        return bool(wa & wb)
    ha = a["who"] if wa is None and has_cjk(a["who"]) else None
    hb = b["who"] if wb is None and has_cjk(b["who"]) else None
    if ha and wb is not None:
        return transliterates(ha, wb) or romanises(ha, b["who"])
    if hb and wa is not None:
        return transliterates(hb, wa) or romanises(hb, a["who"])
    if ha and hb:
        return bool(bigrams(ha) & bigrams(hb))
    return None


def _agree(a: dict[str, Any], b: dict[str, Any], key: str) -> bool | None:
    """True/False when both briefs give the field (and it is comparable), else None."""
    if key == "who":
        if a["who"] is None or b["who"] is None:
            return None
        return _same_actor(a, b)
    if a[key] is None or b[key] is None:
        return None
    return a[key] == b[key]


KEYS = ("place", "country", "when", "who")


def score_consistency(briefs: dict[str, dict[str, dict[str, Any]]]) -> dict[str, Any]:
    """doc_id -> {lang: summary_of(...)} -> agreement per language pair and coverage per language."""
    langs = [lang for lang in ORDER if any(lang in d for d in briefs.values())]
    pairs: dict[str, dict[str, Any]] = {}
    for a, b in itertools.combinations(langs, 2):
        row: dict[str, Any] = {}
        docs = [d for d in briefs.values() if a in d and b in d]
        for key in KEYS:
            votes = [v for v in (_agree(d[a], d[b], key) for d in docs) if v is not None]
            row[key] = sum(votes) / len(votes) if votes else None
            row[f"{key}_n"] = len(votes)
        row["docs"] = len(docs)
        pairs[f"{a}-{b}"] = row
    coverage: dict[str, dict[str, Any]] = {}
    for lang in langs:
        docs = [d[lang] for d in briefs.values() if lang in d]
        coverage[lang] = {
            "docs": len(docs),
            "where": sum(d["place"] is not None for d in docs) / len(docs),
            "who": sum(d["who"] is not None for d in docs) / len(docs),
            "when": sum(d["when"] is not None for d in docs) / len(docs),
        }
    return {"pairs": pairs, "coverage": coverage}


def run_consistency(
    records: Sequence[tuple[int, dict[str, Any]]],
    *,
    engine: str = "lite",
    models: str | None = None,
    on_error: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    from ..brief import brief
    from ..errors import ModelUnavailable

    briefs: dict[str, dict[str, dict[str, Any]]] = {}
    details = []
    failed = 0
    for doc_id, texts in documents(records).items():
        for lang, text in texts.items():
            try:
                pred = brief(text, engine=engine, models=models, lang=lang).model_dump(mode="json")
            except ModelUnavailable:
                raise
            except Exception as exc:  # one bad document must not stop the run
                failed += 1
                if on_error:
                    on_error(f"document {doc_id} ({lang}): {type(exc).__name__}: {exc}")
                continue
            s = summary_of(pred, text)
            briefs.setdefault(doc_id, {})[lang] = s
            details.append({"doc_id": doc_id, "lang": lang, **{k: s[k] for k in KEYS}})
    return {
        "n": len(briefs),
        "failed": failed,
        "engine": engine,
        **score_consistency(briefs),
        "records": details,
    }
