"""The detect, summarize and translate eval runners (the brief ones live in brief.py)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from ..errors import UsageError
from ..langs import sentence_joiner

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
    from ..detect import detect

    pairs: list[tuple[str, str]] = []
    misses: list[dict[str, Any]] = []
    for no, rec in records:
        gold = rec["lang"].strip().lower()
        pred = detect(rec["text"]).lang
        pairs.append((gold, pred))
        if pred != gold:
            misses.append({"line": no, "gold": gold, "pred": pred, "text": rec["text"][:120]})
    return {**score_detect(pairs), "misses": misses}


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
    from ..segment import sentences

    sents = sentences(text, lang)[:n]
    return sentence_joiner(lang).join(s.text for s in sents)


def _lang_of(text: str, given: str | None) -> str:
    if given:
        from ..langs import normalize_lang

        return normalize_lang(given)
    from ..detect import detect

    code = detect(text).lang
    return "id" if code == "ms" else code


def run_summarize(
    records: Sequence[tuple[int, dict]], *, on_error: Callable[[str], None] | None = None
) -> dict[str, Any]:
    from ..article import make_article
    from ..errors import NewsbriefError
    from ..segment import sentences
    from ..summarize import summarize

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
        system = sentence_joiner(lang).join(s.text for s in sents)
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
    from ..errors import ModelUnavailable, NewsbriefError
    from ..langs import normalize_lang

    if translate_fn is None:
        from ..translate import translate

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
