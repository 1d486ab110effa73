"""`eval --task brief`: score each brief's top answers against gold, two ways.

- strict (`hit`): our own labelled sets. A top who/where matches a gold phrase by unit F1 >= 0.5, a
  what by F1 too, a when by its ISO dates; an empty gold list means "none expected".
- lenient (`top1`): real published news, whose gold is several coders' fragments. A top who/where
  hits when it shares a content word (Chinese: a bigram) with a gold phrase; a what hits when it is
  one clause or sentence of the body (not the headline, at most 45 words / 90 Chinese characters)
  holding at least half of a gold phrase's units; a when hits by its ISO date or by its phrase
  (shared unit, agreeing numbers), and only when it quotes a phrase of the text, so that the
  publication date never passes for the event date. Empty or null gold is not scored here.

Each predicted field's `confidence`, when the engine gives one, is kept with its lenient hit so that
the report can show the hit rate per confidence band (calibration).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Sequence
from typing import Any

from .match import (
    FIELDS,
    LIST_FIELDS,
    PR,
    alternatives,
    coverage,
    date_match,
    frame_only,
    half_covered,
    headline_span,
    list_pr,
    one_clause,
    report_date_only,
    shares_unit,
    text_match,
    when_phrase_match,
)

BANDS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)


def who_forms(w: dict[str, Any]) -> list[str]:
    forms = [w.get("text") or ""]
    if w.get("role"):
        forms.append(f"{w['role']} {w.get('text') or ''}")
    return forms


def where_forms(w: dict[str, Any]) -> list[str]:
    return [f for f in (w.get("text"), w.get("place")) if f]


def _iso(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def score_brief_record(rec: dict[str, Any], pred: dict[str, Any]) -> dict[str, Any]:
    """Strict score of one brief. `pred` is Brief.model_dump(mode="json")-shaped; only the fields
    used here are read. A hit is None where the record has no gold for the field."""
    lang = rec.get("lang")
    who = pred.get("who") or []
    where = pred.get("where") or []
    what = pred.get("what")
    when = pred.get("when")
    hits: dict[str, bool | None] = dict.fromkeys(FIELDS)
    # Empty gold = "none in this article": right only when the engine also says none.
    if rec.get("who") is not None:
        gold = rec["who"]
        hits["who"] = (bool(who) and text_match(who_forms(who[0]), gold, lang)) if gold else not who
    if rec.get("what") is not None:
        gold = rec["what"]
        what_text = (what or {}).get("text") or ""
        hits["what"] = (bool(what) and text_match([what_text], gold, lang)) if gold else not what
    if rec.get("when") is not None:
        gold_when = [a for g in rec["when"] for a in alternatives(g)]
        if gold_when:
            start, end = _iso((when or {}).get("start")), _iso((when or {}).get("end"))
            hits["when"] = date_match(start, end, gold_when)
        else:
            hits["when"] = not when
    if rec.get("where") is not None:
        if rec["where"]:
            top = where[0] if where else None
            ok = top is not None and text_match(where_forms(top), rec["where"], lang)
            want = rec.get("where_country")
            if ok and want:
                ok = (top.get("country") or "").upper() == str(want).upper()
            hits["where"] = ok
        else:
            hits["where"] = not where
    lists = {
        "who": list_pr([who_forms(w) for w in who], rec.get("who") or [], lang),
        "where": list_pr([where_forms(w) for w in where], rec.get("where") or [], lang),
    }
    # Diagnostic only (not a hit): does the predicted what at least contain the gold clause? Tells
    # a verbose-but-right sentence (dateline, trailing clauses) from a wrong sentence.
    what_text = (what or {}).get("text") or ""
    cover = max(
        (
            coverage(what_text, g, lang)
            for item in rec.get("what") or []
            for g in alternatives(item)
        ),
        default=0.0,
    )
    return {"hits": hits, "lists": lists, "what_cover": cover}


def _is_headline(what: dict[str, Any], text: str) -> bool:
    head = headline_span(text)
    if head is None:
        return False
    span = what.get("span")
    if span:
        return span[0] < head[1] and span[1] > head[0]
    return (what.get("text") or "").strip() in text[head[0] : head[1]]


def _grounded(when: dict[str, Any], text: str) -> bool:
    """The when quotes a phrase of the article (not a date filled in from the publication date)."""
    span = when.get("span")
    phrase = (when.get("text") or "").strip()
    if not phrase:
        return False
    return not span or bool(text[span[0] : span[1]].strip())


def lenient_hits(rec: dict[str, Any], pred: dict[str, Any]) -> dict[str, bool | None]:
    """Top-1 hits by the lenient real-news scorer (module docstring); None = not scored."""
    lang, text = rec.get("lang"), rec.get("text") or ""
    out: dict[str, bool | None] = dict.fromkeys(FIELDS)
    who, where = pred.get("who") or [], pred.get("where") or []
    what, when = pred.get("what"), pred.get("when")
    if rec.get("who"):
        out["who"] = bool(who) and shares_unit(who_forms(who[0]), rec["who"], lang)
    if rec.get("where"):
        out["where"] = bool(where) and shares_unit(where_forms(where[0]), rec["where"], lang)
    if rec.get("what"):
        wt = (what or {}).get("text") or ""
        out["what"] = (
            bool(what)
            and one_clause(wt)
            and not _is_headline(what, text)
            and half_covered(wt, rec["what"], lang)
        )
    gold_iso = [a for g in rec.get("when") or [] for a in alternatives(g)]
    gold_text = [a for g in rec.get("when_text") or [] for a in alternatives(g)]
    if gold_iso or gold_text:
        ok = False
        if when and _grounded(when, text):
            start, end = _iso(when.get("start")), _iso(when.get("end"))
            ok = bool(gold_iso) and date_match(start, end, gold_iso)
            ok = ok or when_phrase_match(when.get("text") or "", gold_text, lang)
        out["when"] = ok
    return out


def field_confidence(pred: dict[str, Any], name: str) -> float | None:
    """The engine's confidence in its top answer for a field, when it gives one."""
    value = pred.get(name)
    if isinstance(value, list):
        value = value[0] if value else None
    if not isinstance(value, dict):
        return None
    conf = value.get("confidence")
    return float(conf) if isinstance(conf, (int, float)) else None


def band_of(conf: float) -> str:
    for lo, hi in itertools.pairwise(BANDS):
        if conf < hi or hi == BANDS[-1]:
            return f"{lo:.1f}-{hi:.1f}"
    return f"{BANDS[-2]:.1f}-{BANDS[-1]:.1f}"


def _rate(values: Sequence[bool | None]) -> tuple[float | None, int]:
    scored = [v for v in values if v is not None]
    return (sum(scored) / len(scored) if scored else None), len(scored)


def calibration(items: Sequence[dict[str, Any]]) -> dict[str, dict[str, dict[str, Any]]]:
    """Per field and confidence band: how many scored top answers fell there and how many hit."""
    out: dict[str, dict[str, dict[str, Any]]] = {}
    for f in FIELDS:
        bands: dict[str, list[bool]] = {}
        for i in items:
            hit, conf = i["top1"][f], i["confidence"].get(f)
            if hit is None or conf is None:
                continue
            bands.setdefault(band_of(conf), []).append(hit)
        out[f] = {b: {"n": len(v), "hit": sum(v) / len(v)} for b, v in sorted(bands.items()) if v}
    return out


def _rate_of(items: Sequence[dict[str, Any]], field: str, kind: str) -> dict[str, Any]:
    """The lenient hit rate of `field` over the records whose gold is of `kind`."""
    rate, n = _rate([i["top1"][field] for i in items if i.get(f"{field}_gold") == kind])
    return {"top1": rate, "n": n}


def aggregate_brief(scored: Sequence[tuple[str, dict[str, Any]]]) -> dict[str, Any]:
    """(lang, scored record) pairs -> hit rates and list P/R, per language and overall."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for lang, s in scored:
        groups.setdefault(lang, []).append(s)
    if len(groups) > 1:
        groups["all"] = [s for _, s in scored]

    def summarise(items: list[dict[str, Any]]) -> dict[str, Any]:
        n = len(items)
        hit, scored_n, top1, top1_n = {}, {}, {}, {}
        for f in FIELDS:
            hit[f], scored_n[f] = _rate([i["hits"][f] for i in items])
            top1[f], top1_n[f] = _rate([i["top1"][f] for i in items if "top1" in i])
        lists = {}
        for f in LIST_FIELDS:
            pr = PR()
            for i in items:
                pr.add(i["lists"][f])
            lists[f] = pr.as_dict()
        # Diagnostic: the predicted what holds >= 80% of a gold clause (right sentence, maybe verbose).
        cover = sum(i.get("what_cover", 0.0) >= 0.8 for i in items) / n
        # the lenient what and when apart on event golds and on golds of the report's frame
        by_gold = {
            f"{f}_by_gold": {k: _rate_of(items, f, k) for k in kinds}
            for f, kinds in GOLD_SPLITS.items()
        }
        return {
            "n": n,
            **by_gold,
            "hit": hit,
            "scored": scored_n,
            "top1": top1,
            "top1_n": top1_n,
            "lists": lists,
            "what_cover": cover,
            "calibration": calibration([i for i in items if "top1" in i]),
        }

    return {lang: summarise(items) for lang, items in groups.items()}


def _when_view(when: dict[str, Any] | None) -> str | None:
    if not when:
        return None
    if not when.get("start"):
        return when.get("partial")
    return f"{when['start']}/{when['end']}" if when.get("end") else str(when["start"])


def _brief_pred_view(pred: dict[str, Any]) -> dict[str, Any]:
    """The predicted fields, shortened for reports."""
    when = pred.get("when")
    return {
        "who": [
            f"{w.get('role') + ' ' if w.get('role') else ''}{w.get('text')}"
            for w in pred.get("who") or []
        ][:5],
        "what": (pred.get("what") or {}).get("text"),
        "when": _when_view(when),
        "when_text": None if not when else when.get("text"),
        "where": [
            f"{w.get('text')} ({w.get('place')}, {w.get('country')})"
            for w in pred.get("where") or []
        ][:5],
    }


def score_one(rec: dict[str, Any], pred: dict[str, Any]) -> dict[str, Any]:
    """Strict and lenient scores of one brief, with the engine's confidences."""
    s = score_brief_record(rec, pred)
    s["top1"] = lenient_hits(rec, pred)
    s["confidence"] = {f: field_confidence(pred, f) for f in FIELDS}
    if rec.get("what"):
        s["what_gold"] = "frame" if frame_only(rec["what"]) else "event"
    if rec.get("when_text") and not rec.get("when"):
        report = report_date_only(rec["when_text"], rec.get("text") or "")
        s["when_gold"] = "report" if report else "event"
    return s


# Per field, the two kinds of gold the report keeps apart: golds that name the event, and golds
# that only name the report's frame (a dateline or credit as the what, the filing date as the
# when), which a brief that leaves the frame out cannot hit.
GOLD_SPLITS = {"what": ("event", "frame"), "when": ("event", "report")}


def run_brief(
    records: Sequence[tuple[int, dict]],
    *,
    engine: str = "lite",
    models: str | None = None,
    on_error: Callable[[str], None] | None = None,
    brief_fn: Callable[..., Any] | None = None,
) -> dict[str, Any]:
    """Brief each record with the gold language and date, and score it. `brief_fn` replaces the
    library's brief (tests)."""
    from ..errors import ModelUnavailable, NewsbriefError

    if brief_fn is None:
        from ..brief import brief as brief_fn

    scored: list[tuple[str, dict[str, Any]]] = []
    details: list[dict[str, Any]] = []
    failed = 0
    for no, rec in records:
        date = _iso(rec.get("date"))
        try:
            # The gold language is passed so that a detection slip does not hide brief quality;
            # `--task detect` measures detection on its own.
            out = brief_fn(rec["text"], engine=engine, models=models, date=date, lang=rec["lang"])
        except ModelUnavailable:
            raise
        except NewsbriefError as exc:
            failed += 1
            if on_error:
                on_error(f"line {no}: {exc}")
            continue
        except Exception as exc:  # one bad record must not stop a scoring run
            failed += 1
            if on_error:
                on_error(f"line {no}: the engine failed ({type(exc).__name__}: {exc})")
            continue
        pred = out.model_dump(mode="json")
        s = score_one(rec, pred)
        scored.append((rec["lang"], s))
        details.append(
            {
                "line": no,
                "lang": rec["lang"],
                "id": rec.get("id"),
                "hits": s["hits"],
                "top1": s["top1"],
                "confidence": s["confidence"],
                "what_cover": round(s["what_cover"], 3),
                "pred": _brief_pred_view(pred),
                "gold": {f: rec.get(f) for f in (*FIELDS, "when_text") if f in rec}
                | ({"where_country": rec["where_country"]} if rec.get("where_country") else {}),
            }
        )
    return {
        "n": len(scored),
        "failed": failed,
        "engine": engine,
        "by_lang": aggregate_brief(scored),
        "records": details,
    }
