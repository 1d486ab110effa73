"""`newsbrief eval`: score detection, briefs, summaries and translations against labelled JSONL.

Record formats (one JSON object per line; blank lines are ignored):

- detect:    {"text", "lang"}
- brief:     {"text", "lang", "date"?, "who", "what", "when", "where", "where_country"?}
- summarize: {"text", "summary", "lang"?, "n"?}
- translate: {"src", "ref", "src_lang", "tgt_lang"}

Gold lists for brief hold phrases copied from the text; any phrase is an acceptable answer. An item
may itself be a list of alternative spellings of ONE entity (["H. Syahrial Noor", "Syahrial Noor"])
so that list recall counts entities, not spellings.

Matching (see `text_match`): Latin scripts compare lowercased content tokens (word characters, minus
a small id/en stopword list); Chinese compares characters (punctuation and spaces dropped). A
prediction matches a gold phrase when the F1 of the two multisets is >= MATCH_F1 (0.5). `when` gold
is ISO ("2023-05-18" or "2023-05-18/2023-05-21"): a hit needs the predicted start and end to equal
the gold's (a single day has no end). An empty gold list means "the article has none": a hit when
the engine predicts nothing too.

The metric functions are pure and cheap; the task runners import the library (and sacrebleu /
rouge-score) only when they run.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError, UsageError

TASKS = ("detect", "brief", "summarize", "translate")
MATCH_F1 = 0.5
FIELDS = ("who", "what", "when", "where")
LIST_FIELDS = ("who", "where")

REQUIRED: dict[str, dict[str, type | tuple[type, ...]]] = {
    "detect": {"text": str, "lang": str},
    "brief": {"text": str, "lang": str, "who": list, "what": list, "when": list, "where": list},
    "summarize": {"text": str, "summary": str},
    "translate": {"src": str, "ref": str, "src_lang": str, "tgt_lang": str},
}

# Function words that would let two unrelated phrases "overlap"; kept small on purpose so that
# content words (names, places, numbers, verbs) decide a match.
_STOPWORDS = """
    a an the of in on at to for and or but by with from as into about after before over under
    is are was were be been being has have had it its this that these those which who whom
    said says say will would also than then there their they he she his her we our you
    yang di ke dari dan atau pada untuk dengan dalam ini itu oleh akan telah sudah juga sebagai
    adalah bahwa kata ujar para tersebut serta bagi pun lebih karena saat sejak hingga sampai
"""
STOPWORDS = frozenset(_STOPWORDS.split())

_WORD = re.compile(r"[^\W_]+", re.UNICODE)


# --------------------------------------------------------------------------- text matching


def is_cjk(ch: str) -> bool:
    o = ord(ch)
    return (
        0x4E00 <= o <= 0x9FFF
        or 0x3400 <= o <= 0x4DBF
        or 0xF900 <= o <= 0xFAFF
        or 0x20000 <= o <= 0x2FFFF
    )


def has_cjk(text: str) -> bool:
    return any(is_cjk(c) for c in text)


def content_tokens(text: str) -> list[str]:
    """Lowercased word tokens minus stopwords (Latin-script matching unit)."""
    return [t for t in _WORD.findall(text.lower()) if t not in STOPWORDS]


def chars(text: str) -> list[str]:
    """Characters minus spaces, punctuation and symbols (Chinese matching unit)."""
    return [
        c
        for c in unicodedata.normalize("NFKC", text).lower()
        if not c.isspace() and unicodedata.category(c)[0] not in "PSZC"
    ]


def units(text: str, lang: str | None = None) -> list[str]:
    """The matching units of `text`: characters for Chinese, content tokens otherwise."""
    zh = lang.startswith("zh") if lang else has_cjk(text)
    return chars(text) if zh else content_tokens(text)


def f1(pred: Sequence[str], gold: Sequence[str]) -> float:
    """Multiset F1 of two unit sequences; 0.0 when either is empty."""
    if not pred or not gold:
        return 0.0
    common = sum((Counter(pred) & Counter(gold)).values())
    if common == 0:
        return 0.0
    p, r = common / len(pred), common / len(gold)
    return 2 * p * r / (p + r)


def overlap_f1(pred: str, gold: str, lang: str | None = None) -> float:
    # Mixed records (a Latin name inside Chinese text) are judged by their own script.
    zh = (lang or "").startswith("zh") or has_cjk(pred) or has_cjk(gold)
    unit = chars if zh else content_tokens
    return f1(unit(pred), unit(gold))


def coverage(pred: str, gold: str, lang: str | None = None) -> float:
    """Share of the gold phrase's units found in `pred` (recall only)."""
    zh = (lang or "").startswith("zh") or has_cjk(pred) or has_cjk(gold)
    unit = chars if zh else content_tokens
    g = unit(gold)
    if not g:
        return 0.0
    return sum((Counter(unit(pred)) & Counter(g)).values()) / len(g)


Gold = str | list[str]


def alternatives(item: Gold) -> list[str]:
    return [item] if isinstance(item, str) else list(item)


def text_match(
    preds: Iterable[str], gold: Iterable[Gold], lang: str | None = None, threshold: float = MATCH_F1
) -> bool:
    """True when any predicted string overlaps any gold phrase with F1 >= threshold."""
    golds = [g for item in gold for g in alternatives(item)]
    return any(overlap_f1(p, g, lang) >= threshold for p in preds if p for g in golds)


# --------------------------------------------------------------------------- dates


def parse_gold_date(value: str) -> tuple[dt.date, dt.date | None]:
    """'2023-05-18' -> (start, None); '2023-05-18/2023-05-21' -> (start, end)."""
    start, _, end = value.strip().partition("/")
    try:
        s = dt.date.fromisoformat(start.strip())
        e = dt.date.fromisoformat(end.strip()) if end.strip() else None
    except ValueError:
        raise ValueError(
            f"when gold {value!r} is not ISO YYYY-MM-DD or YYYY-MM-DD/YYYY-MM-DD"
        ) from None
    if e == s:
        e = None
    if e is not None and e < s:
        raise ValueError(f"when gold {value!r} ends before it starts")
    return s, e


def date_match(start: dt.date | None, end: dt.date | None, gold: Iterable[str]) -> bool:
    """Exact normalised-date match: same start, and same end (None for a single day)."""
    if start is None:
        return False
    end = None if end == start else end
    return any(parse_gold_date(g) == (start, end) for g in gold)


# --------------------------------------------------------------------------- lists


@dataclass
class PR:
    """Micro-averaged precision / recall counts for a predicted list against gold entities."""

    correct_pred: int = 0
    n_pred: int = 0
    matched_gold: int = 0
    n_gold: int = 0

    def add(self, other: PR) -> None:
        self.correct_pred += other.correct_pred
        self.n_pred += other.n_pred
        self.matched_gold += other.matched_gold
        self.n_gold += other.n_gold

    @property
    def precision(self) -> float | None:
        return self.correct_pred / self.n_pred if self.n_pred else None

    @property
    def recall(self) -> float | None:
        return self.matched_gold / self.n_gold if self.n_gold else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "correct_pred": self.correct_pred,
            "n_pred": self.n_pred,
            "matched_gold": self.matched_gold,
            "n_gold": self.n_gold,
        }


def list_pr(preds: Sequence[Sequence[str]], gold: Sequence[Gold], lang: str | None = None) -> PR:
    """P/R of a predicted list. Each prediction is the strings it may be judged by (e.g. the name,
    and role + name); it is correct when one of them matches any gold phrase. Recall counts gold
    entities matched by any prediction."""
    correct = sum(1 for forms in preds if text_match(forms, gold, lang))
    matched = sum(1 for item in gold if any(text_match(forms, [item], lang) for forms in preds))
    return PR(correct, len(preds), matched, len(gold))


# --------------------------------------------------------------------------- records


@dataclass
class Records:
    good: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _check(rec: Any, task: str) -> str | None:
    """Why a parsed record is unusable for `task`, or None."""
    if not isinstance(rec, dict):
        return f"expected a JSON object, got {type(rec).__name__}"
    missing = [k for k in REQUIRED[task] if k not in rec]
    if missing:
        return (
            "missing key"
            + ("s " if len(missing) > 1 else " ")
            + ", ".join(repr(k) for k in missing)
        )
    for key, kind in REQUIRED[task].items():
        if not isinstance(rec[key], kind):
            return f"{key!r} must be a {kind.__name__}, got {type(rec[key]).__name__}"
    text_key = "src" if task == "translate" else "text"
    if not rec[text_key].strip():
        return f"{text_key!r} is empty"
    if task == "brief":
        for key in FIELDS:
            for item in rec[key]:
                alts = alternatives(item) if isinstance(item, (str, list)) else None
                if not alts or not all(isinstance(a, str) and a.strip() for a in alts):
                    return f"{key!r} items must be non-empty strings or lists of them"
        try:
            for g in rec["when"]:
                for a in alternatives(g):
                    parse_gold_date(a)
        except ValueError as exc:
            return str(exc)
        if rec.get("date") is not None:
            try:
                dt.date.fromisoformat(str(rec["date"]))
            except ValueError:
                return f"'date' must be YYYY-MM-DD, not {rec['date']!r}"
    if task == "summarize" and "n" in rec and not (isinstance(rec["n"], int) and rec["n"] > 0):
        return "'n' must be a positive integer"
    return None


def parse_records(lines: Iterable[str], task: str) -> Records:
    """Parse JSONL; a bad line becomes 'line N: why' in `errors` and is skipped."""
    if task not in TASKS:
        raise UsageError(f"unknown eval task {task!r}: use one of {', '.join(TASKS)}")
    out = Records()
    for no, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            out.errors.append(f"line {no}: invalid JSON ({exc.msg} at column {exc.colno})")
            continue
        why = _check(rec, task)
        if why:
            out.errors.append(f"line {no}: {why}")
        else:
            out.good.append((no, rec))
    return out


def read_records(path: str | Path, task: str) -> Records:
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a directory; give a .jsonl file")
    try:
        text = p.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{p}: not UTF-8 text; eval data must be UTF-8 JSON Lines") from None
    return parse_records(text.splitlines(), task)


# --------------------------------------------------------------------------- detect


def score_detect(pairs: Sequence[tuple[str, str]]) -> dict[str, Any]:
    """(gold, predicted) pairs -> accuracy overall and per gold language, and a confusion table."""
    per: dict[str, list[int]] = {}
    confusion: dict[str, Counter[str]] = {}
    for gold, pred in pairs:
        per.setdefault(gold, [0, 0])
        per[gold][0] += gold == pred
        per[gold][1] += 1
        confusion.setdefault(gold, Counter())[pred] += 1
    total = len(pairs)
    return {
        "n": total,
        "accuracy": sum(c for c, _ in per.values()) / total if total else None,
        "by_lang": {g: {"accuracy": c / n, "n": n} for g, (c, n) in sorted(per.items())},
        "confusion": {g: dict(sorted(c.items())) for g, c in sorted(confusion.items())},
    }


def run_detect(records: Sequence[tuple[int, dict]]) -> dict[str, Any]:
    from .detect import detect

    pairs: list[tuple[str, str]] = []
    misses: list[dict[str, Any]] = []
    for no, rec in records:
        gold = rec["lang"].strip().lower()
        pred = detect(rec["text"]).lang
        pairs.append((gold, pred))
        if pred != gold:
            misses.append({"line": no, "gold": gold, "pred": pred, "text": rec["text"][:120]})
    return {**score_detect(pairs), "misses": misses}


# --------------------------------------------------------------------------- brief


def score_brief_record(rec: dict[str, Any], pred: dict[str, Any]) -> dict[str, Any]:
    """Score one brief. `pred` is Brief.model_dump(mode="json")-shaped (who/where lists of dicts,
    what/when dicts or None); only the fields used here are read."""
    lang = rec.get("lang")
    who = pred.get("who") or []
    where = pred.get("where") or []
    what = pred.get("what")
    when = pred.get("when")

    def who_forms(w: dict[str, Any]) -> list[str]:
        forms = [w.get("text") or ""]
        if w.get("role"):
            forms.append(f"{w['role']} {w.get('text') or ''}")
        return forms

    def where_forms(w: dict[str, Any]) -> list[str]:
        return [f for f in (w.get("text"), w.get("place")) if f]

    hits: dict[str, bool] = {}
    # Empty gold = "none in this article": right only when the engine also says none.
    if rec["who"]:
        hits["who"] = bool(who) and text_match(who_forms(who[0]), rec["who"], lang)
    else:
        hits["who"] = not who
    if rec["what"]:
        hits["what"] = bool(what) and text_match([what.get("text") or ""], rec["what"], lang)
    else:
        hits["what"] = not what
    gold_when = [a for g in rec["when"] for a in alternatives(g)]
    if gold_when:
        start = dt.date.fromisoformat(str(when["start"])) if when and when.get("start") else None
        end = dt.date.fromisoformat(str(when["end"])) if when and when.get("end") else None
        hits["when"] = date_match(start, end, gold_when)
    else:
        hits["when"] = not when
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
        "who": list_pr([who_forms(w) for w in who], rec["who"], lang),
        "where": list_pr([where_forms(w) for w in where], rec["where"], lang),
    }
    # Diagnostic only (not a hit): does the predicted what at least contain the gold clause? Tells
    # a verbose-but-right sentence (dateline, trailing clauses) from a wrong sentence.
    what_text = (what or {}).get("text") or ""
    cover = max(
        (coverage(what_text, g, lang) for item in rec["what"] for g in alternatives(item)),
        default=0.0,
    )
    return {"hits": hits, "lists": lists, "what_cover": cover}


def _brief_pred_view(pred: dict[str, Any]) -> dict[str, Any]:
    """The predicted fields, shortened for reports."""
    when = pred.get("when")
    return {
        "who": [
            f"{w.get('role') + ' ' if w.get('role') else ''}{w.get('text')}"
            for w in pred.get("who") or []
        ][:5],
        "what": (pred.get("what") or {}).get("text"),
        "when": None
        if not when
        else (f"{when['start']}/{when['end']}" if when.get("end") else str(when["start"])),
        "when_text": None if not when else when.get("text"),
        "where": [
            f"{w.get('text')} ({w.get('place')}, {w.get('country')})"
            for w in pred.get("where") or []
        ][:5],
    }


def aggregate_brief(scored: Sequence[tuple[str, dict[str, Any]]]) -> dict[str, Any]:
    """(lang, score_brief_record result) pairs -> hit rates and list P/R, per language and overall."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for lang, s in scored:
        groups.setdefault(lang, []).append(s)
    if len(groups) > 1:
        groups["all"] = [s for _, s in scored]

    def summarise(items: list[dict[str, Any]]) -> dict[str, Any]:
        n = len(items)
        hit = {f: sum(i["hits"][f] for i in items) / n for f in FIELDS}
        lists = {}
        for f in LIST_FIELDS:
            pr = PR()
            for i in items:
                pr.add(i["lists"][f])
            lists[f] = pr.as_dict()
        # Diagnostic: the predicted what contains >= 80% of a gold clause (right sentence, maybe verbose).
        cover = sum(i.get("what_cover", 0.0) >= 0.8 for i in items) / n
        return {"n": n, "hit": hit, "lists": lists, "what_cover": cover}

    return {lang: summarise(items) for lang, items in groups.items()}


def run_brief(
    records: Sequence[tuple[int, dict]],
    *,
    engine: str = "lite",
    models: str | None = None,
    on_error: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    from .brief import brief
    from .errors import ModelUnavailable, NewsbriefError

    scored: list[tuple[str, dict[str, Any]]] = []
    details: list[dict[str, Any]] = []
    for no, rec in records:
        date = dt.date.fromisoformat(str(rec["date"])) if rec.get("date") else None
        try:
            # The gold language is passed so that a detection slip does not hide brief quality;
            # `--task detect` measures detection on its own.
            out = brief(rec["text"], engine=engine, models=models, date=date, lang=rec["lang"])
        except ModelUnavailable:
            raise
        except NewsbriefError as exc:
            if on_error:
                on_error(f"line {no}: {exc}")
            continue
        pred = out.model_dump(mode="json")
        s = score_brief_record(rec, pred)
        scored.append((rec["lang"], s))
        details.append(
            {
                "line": no,
                "lang": rec["lang"],
                "id": rec.get("id"),
                "hits": s["hits"],
                "what_cover": round(s["what_cover"], 3),
                "pred": _brief_pred_view(pred),
                "gold": {f: rec[f] for f in FIELDS}
                | ({"where_country": rec["where_country"]} if rec.get("where_country") else {}),
            }
        )
    return {
        "n": len(scored),
        "engine": engine,
        "by_lang": aggregate_brief(scored),
        "records": details,
    }


# --------------------------------------------------------------------------- summarize


class _Tokenizer:
    """rouge-score tokenizer that keeps CJK: every Han character is a token, Latin words are
    lowercased word tokens (the default tokenizer drops everything outside a-z0-9)."""

    _TOKEN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[^\W_]+", re.UNICODE)

    def tokenize(self, text: str) -> list[str]:
        return self._TOKEN.findall(unicodedata.normalize("NFKC", text).lower())


def _rouge_scorer():
    try:
        from rouge_score import rouge_scorer
    except ImportError:
        raise UsageError(
            "eval --task summarize needs rouge-score: pip install 'newsbrief[eval]'"
        ) from None
    return rouge_scorer.RougeScorer(
        ["rouge1", "rouge2", "rougeL"], use_stemmer=False, tokenizer=_Tokenizer()
    )


def rouge(pairs: Sequence[tuple[str, str]]) -> dict[str, float]:
    """Mean ROUGE-1/2/L F1 over (prediction, reference) pairs."""
    scorer = _rouge_scorer()
    tot = {"rouge1": 0.0, "rouge2": 0.0, "rougeL": 0.0}
    for pred, ref in pairs:
        sc = scorer.score(ref, pred)
        for k in tot:
            tot[k] += sc[k].fmeasure
    n = len(pairs)
    return {k: v / n for k, v in tot.items()} if n else dict.fromkeys(tot, 0.0)


def lead_n(text: str, n: int, lang: str) -> str:
    """The baseline: the first n sentences of the article."""
    from .segment import sentences

    sents = sentences(text, lang)[:n]
    return ("" if lang == "zh" else " ").join(s.text for s in sents)


def _lang_of(text: str, given: str | None) -> str:
    if given:
        from .langs import normalize_lang

        return normalize_lang(given)
    from .detect import detect

    code = detect(text).lang
    return "id" if code == "ms" else code


def run_summarize(
    records: Sequence[tuple[int, dict]], *, on_error: Callable[[str], None] | None = None
) -> dict[str, Any]:
    from .article import make_article
    from .errors import NewsbriefError
    from .segment import sentences
    from .summarize import summarize

    _rouge_scorer()  # fail before any work when rouge-score is missing
    by_lang: dict[str, dict[str, list[tuple[str, str]]]] = {}
    details = []
    for no, rec in records:
        try:
            lang = _lang_of(rec["text"], rec.get("lang"))
            # N defaults to the reference's own length, the usual way to compare extractive
            # summaries with a short reference.
            n = rec.get("n") or max(1, len(sentences(rec["summary"], lang)))
            art = make_article(rec["text"], lang=lang)
            sents = summarize(art, sentences=n)
        except NewsbriefError as exc:
            if on_error:
                on_error(f"line {no}: {exc}")
            continue
        joiner = "" if lang == "zh" else " "
        system = joiner.join(s.text for s in sents)
        lead = lead_n(rec["text"], n, lang)
        g = by_lang.setdefault(lang, {"system": [], "lead": []})
        g["system"].append((system, rec["summary"]))
        g["lead"].append((lead, rec["summary"]))
        details.append({"line": no, "lang": lang, "n": n, "system": system, "lead": lead})
    out: dict[str, Any] = {}
    for lang, g in sorted(by_lang.items()):
        out[lang] = {"n": len(g["system"]), "system": rouge(g["system"]), "lead": rouge(g["lead"])}
    if len(by_lang) > 1:
        allsys = [p for g in by_lang.values() for p in g["system"]]
        alllead = [p for g in by_lang.values() for p in g["lead"]]
        out["all"] = {"n": len(allsys), "system": rouge(allsys), "lead": rouge(alllead)}
    return {"n": len(details), "by_lang": out, "records": details}


# --------------------------------------------------------------------------- translate


def mt_scores(hyps: Sequence[str], refs: Sequence[str], tgt_lang: str) -> dict[str, float]:
    """Corpus chrF and BLEU (sacrebleu); BLEU uses the 'zh' tokenizer for Chinese targets."""
    try:
        import sacrebleu
    except ImportError:
        raise UsageError(
            "eval --task translate needs sacrebleu: pip install 'newsbrief[eval]'"
        ) from None
    tok = "zh" if tgt_lang == "zh" else "13a"
    bleu = sacrebleu.corpus_bleu(list(hyps), [list(refs)], tokenize=tok)
    chrf = sacrebleu.corpus_chrf(list(hyps), [list(refs)])
    return {"chrf": chrf.score, "bleu": bleu.score}


def run_translate(
    records: Sequence[tuple[int, dict]],
    *,
    models: str | None = None,
    translate_fn: Callable[[str, str, str], str] | None = None,
    on_error: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Translate each `src` and score per direction. `translate_fn(text, src_lang, tgt_lang)`
    replaces newsbrief's translator (tests); a missing model raises ModelUnavailable."""
    from .errors import ModelUnavailable, NewsbriefError
    from .langs import normalize_lang

    if translate_fn is None:
        from .translate import translate

        def translate_fn(text: str, src: str, tgt: str) -> str:
            return translate(text, tgt, lang=src, models=models).text

    groups: dict[str, tuple[list[str], list[str]]] = {}
    details = []
    for no, rec in records:
        try:
            src, tgt = normalize_lang(rec["src_lang"]), normalize_lang(rec["tgt_lang"])
            hyp = translate_fn(rec["src"], src, tgt)
        except ModelUnavailable:
            raise
        except NewsbriefError as exc:
            if on_error:
                on_error(f"line {no}: {exc}")
            continue
        hyps, refs = groups.setdefault(f"{src}-{tgt}", ([], []))
        hyps.append(hyp)
        refs.append(rec["ref"])
        details.append({"line": no, "pair": f"{src}-{tgt}", "hyp": hyp})
    by_pair = {
        pair: {"n": len(h), **mt_scores(h, r, pair.split("-")[1])}
        for pair, (h, r) in sorted(groups.items())
    }
    return {"n": len(details), "by_pair": by_pair, "records": details}


# --------------------------------------------------------------------------- entry point


def evaluate(
    path: str | Path,
    task: str,
    *,
    engine: str = "lite",
    models: str | None = None,
    on_error: Callable[[str], None] | None = None,
) -> dict[str, Any]:
    """Run one eval task over a JSONL file. Bad records go to `on_error` as 'line N: why'; an
    InputError is raised when no record is usable."""
    recs = read_records(path, task)
    for e in recs.errors:
        if on_error:
            on_error(e)
    if not recs.good:
        raise InputError(f"{path}: no usable {task} records ({len(recs.errors)} bad)")
    if task == "detect":
        result = run_detect(recs.good)
    elif task == "brief":
        result = run_brief(recs.good, engine=engine, models=models, on_error=on_error)
    elif task == "summarize":
        result = run_summarize(recs.good, on_error=on_error)
    else:
        result = run_translate(recs.good, models=models, on_error=on_error)
    if not result["n"]:
        raise InputError(f"{path}: every {task} record failed (see the messages above)")
    return {"task": task, "file": str(path), "skipped": len(recs.errors), **result}


# --------------------------------------------------------------------------- table


def _fmt(x: float | None, pct: bool = False) -> str:
    if x is None:
        return "-"
    return f"{x:.1f}" if pct else f"{x:.3f}"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    widths = [max(len(str(c)) for c in col) for col in zip(header, *rows, strict=True)]

    def line(cells: list[str]) -> str:
        return "  ".join(str(c).ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()

    return [line(header), line(["-" * w for w in widths]), *(line(r) for r in rows)]


def format_table(result: dict[str, Any]) -> str:
    """The human report: one table per task (plus a confusion table for detect)."""
    task = result["task"]
    out = [f"{task}: {result['file']}  records={result['n']}  skipped={result['skipped']}"]
    if task == "detect":
        rows = [[g, str(v["n"]), _fmt(v["accuracy"])] for g, v in result["by_lang"].items()]
        rows.append(["all", str(result["n"]), _fmt(result["accuracy"])])
        out += _table(["lang", "n", "accuracy"], rows)
        preds = sorted({p for c in result["confusion"].values() for p in c})
        out.append("")
        out.append("confusion (rows: gold, columns: predicted)")
        out += _table(
            ["gold", *preds],
            [[g, *(str(c.get(p, 0)) for p in preds)] for g, c in result["confusion"].items()],
        )
    elif task == "brief":
        out[0] += f"  engine={result['engine']}"
        rows = []
        for lang, v in result["by_lang"].items():
            h, ls = v["hit"], v["lists"]
            rows.append(
                [
                    lang,
                    str(v["n"]),
                    *(_fmt(h[f]) for f in FIELDS),
                    *(_fmt(ls[f][k]) for f in LIST_FIELDS for k in ("precision", "recall")),
                    _fmt(v.get("what_cover")),
                ]
            )
        out += _table(
            [
                "lang",
                "n",
                "who",
                "what",
                "when",
                "where",
                "who_P",
                "who_R",
                "where_P",
                "where_R",
                "what_cover",
            ],
            rows,
        )
    elif task == "summarize":
        rows = []
        for lang, v in result["by_lang"].items():
            for name in ("system", "lead"):
                r = v[name]
                rows.append(
                    [
                        lang,
                        str(v["n"]),
                        name if name == "system" else "lead-N",
                        *(_fmt(r[k]) for k in ("rouge1", "rouge2", "rougeL")),
                    ]
                )
        out += _table(["lang", "n", "summary", "R1", "R2", "RL"], rows)
    else:
        rows = [
            [pair, str(v["n"]), _fmt(v["chrf"], True), _fmt(v["bleu"], True)]
            for pair, v in result["by_pair"].items()
        ]
        out += _table(["pair", "n", "chrF", "BLEU"], rows)
    return "\n".join(out) + "\n"
