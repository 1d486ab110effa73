"""Extractive summary: the lead sentence plus the most central others, in article order.

News puts the point first, so the first body sentence is always taken (lead-N is a strong news
baseline and the lead is nearly always in a reference summary). The rest are chosen by a score
that mixes LexRank-style centrality (PageRank over TF-IDF cosine similarities between sentences),
a decaying position prior, and similarity to the headline when the article has one; each pick
is penalised by its overlap with what is already chosen (MMR), so the summary does not repeat
itself. Words (with stopwords removed) are the units for id/en, Han character bigrams for zh.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from typing import TYPE_CHECKING

from ..model import Article, Sentence, Span
from .layout import layout

if TYPE_CHECKING:  # numpy is imported on first use: `newsbrief --help` stays fast
    import numpy as np

# Lines that are not the story: cross-links, bylines, captions, credits, page furniture.
_JUNK = re.compile(
    r"^\W*(?:baca(?: juga| selengkapnya)?|lihat(?: juga)?|simak(?: juga)?|tonton(?: juga)?|"
    r"klik|ikuti|dapatkan|follow|subscribe|sign up|read (?:also|more)|also read|related|see also|"
    r"more:|editor|editing by|reporting by|writing by|additional reporting|compiled by|penulis|"
    r"reporter|pewarta|penyunting|foto|photo|image|caption|sumber|source|copyright|all rights|"
    r"advertisement|iklan|scroll to continue|watch:|video:|"
    r"相关阅读|延伸阅读|相关新闻|责任编辑|编辑|记者|来源|原标题|图为|图片来源|视频|点击|扫码|关注)"
    r"(?:\W|$)",
    re.IGNORECASE,
)
_BYLINE_TAIL = re.compile(r"^\s*\((?:[A-Z]{1,5}/[A-Z0-9-]{1,6}|[a-z]{2,5}/[a-z]{2,5})\)\s*$")
_STAMP = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:WIB|WITA|WIT|GMT|UTC|AM|PM|am|pm)\b|\b(?:WIB|WITA)\b")
WORD = re.compile(r"[^\W\d_]+|\d+(?:[.,]\d+)*")  # the words `tokens` reads (what.py walks the same)
_HAN = re.compile(r"[\u4e00-\u9fff]")
# Sentence openers that lean on the sentence before.
_DEPENDENT = {
    "serta",
    "dan",
    "tetapi",
    "tapi",
    "sehingga",
    "karena",
    "and",
    "but",
    "or",
    "so",
    "also",
    "which",
    "this",
    "these",
    "it",
    "he",
    "she",
    "they",
    "ia",
    "dia",
    "mereka",
    "hal",
    "itu",
}
_ZH_DEPENDENT = ("但", "而", "并且", "因此", "所以", "他", "她", "他们", "此外", "同时")
_QUOTE_START = ('"', "“", "'", "‘", "「", "『")

# Only the first MAX_CANDIDATES distinct body sentences compete for the summary, from at most
# _MAX_SCANNED sentences. News puts its point first and the position prior already favours the
# top, so a long page loses little; in exchange the sentence x sentence similarity (dense, since
# news sentences share words, so a sparse matrix would not stay small either) is at most
# 400 x 400 whatever the input's size, and time and memory stay linear in the article. The
# longest labelled article has 157 sentences: real articles are scored as before.
MAX_CANDIDATES = 400
_MAX_SCANNED = 4000
_MAX_TERMS = 8192  # columns of the TF-IDF matrix: 400 x 8192 floats is 26 MB

STOPWORDS = {
    "en": set(
        """a an the and or but if of to in on at by for with from as into about over after before
        between during under above than then so that this these those it its is are was were be been
        being has have had do does did will would shall should can could may might must not no nor
        he she they we you i his her their our your them him us me my who whom whose which what when
        where why how all any both each more most other some such only own same too very just also
        said says say told according there here up down out off again further once new one two
        mr mrs ms per while since until because though although however""".split()  # noqa: SIM905
    ),
    "id": set(
        """yang dan di ke dari dalam untuk pada dengan ini itu adalah akan telah sudah belum sedang
        tidak bukan juga atau serta karena oleh sebagai bagi tersebut para saat ketika setelah
        sebelum hingga sampai agar supaya namun tetapi tapi jika kalau bahwa maka lalu kemudian
        masih pun lebih sangat bisa dapat harus ada mereka kami kita ia dia beliau saya anda nya
        kata ujar mengatakan menurut menjelaskan katanya sebuah seorang secara antara lain yakni
        yaitu hal jadi sejak selama tak apa siapa mana bagaimana juga pula tengah baik per atas
        bawah sehingga demikian begitu sendiri""".split()  # noqa: SIM905
    ),
}
_ZH_STOP = set("的了在是和与及等也将对为中上下这那有就都而并于以之其被把从向到由")


def _stem(w: str, lang: str) -> str:
    if lang == "en" and len(w) > 4 and w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    if lang == "id" and len(w) > 5:
        for suf in ("nya", "lah", "kah"):
            if w.endswith(suf):
                return w[: -len(suf)]
    return w


def tokens(text: str, lang: str) -> list[str]:
    """Content units of a sentence: stemmed non-stopwords, or Han bigrams for Chinese."""
    low = text.lower()
    if lang == "zh" or len(_HAN.findall(text)) > len(text) * 0.3:
        out = []
        for run in re.findall(r"[\u4e00-\u9fff]+", low):
            out += [
                run[i : i + 2]
                for i in range(len(run) - 1)
                if run[i] not in _ZH_STOP and run[i + 1] not in _ZH_STOP
            ]
        out += [w for w in WORD.findall(re.sub(r"[\u4e00-\u9fff]", " ", low)) if len(w) > 1]
        return out
    stop = STOPWORDS.get(lang, STOPWORDS["en"])
    return [_stem(w, lang) for w in WORD.findall(low) if w not in stop and len(w) > 1]


def _is_junk(s: Sentence, lang: str) -> bool:
    text = s.text.strip()
    if _JUNK.match(text) or _BYLINE_TAIL.match(text):
        return True
    if lang == "zh" or _HAN.search(text):
        return len(_HAN.findall(text)) < 10
    words = WORD.findall(text)
    if len(words) < 6:
        return True
    # A timestamp or data line ("Selasa, 06 Jun 2023 10:15 WIB"), not a sentence.
    return len(words) < 12 and (
        _STAMP.search(text) is not None or sum(w.isalpha() for w in words) < len(words) / 2
    )


def _is_furniture(s: Sentence, furniture: tuple[Span, ...]) -> bool:
    """Most of the sentence is page furniture the layout pass found (a caption, a credit line)."""
    covered = sum(max(0, min(b, s.end) - max(a, s.start)) for a, b in furniture)
    return covered * 2 > len(s.text.strip())


def _vectors(docs: list[list[str]]) -> np.ndarray:
    """Unit TF-IDF rows, one column per term that two or more docs share.

    A term found in one doc only changes that doc's norm, never a dot product between two
    docs, so it gets no column: the matrix is as wide as the shared vocabulary (at most
    _MAX_TERMS, the commonest kept), not the whole vocabulary, whatever the sentences hold.
    """
    import numpy as np

    df: Counter = Counter()
    for d in docs:
        df.update(set(d))
    n = len(docs)
    shared = [t for t, c in df.most_common(_MAX_TERMS) if c > 1]
    col = {t: j for j, t in enumerate(shared)}
    m = np.zeros((n, max(1, len(col))))
    alone = np.zeros(n)  # squared weights of the terms without a column
    for i, d in enumerate(docs):
        for t, c in Counter(d).items():
            w = (1 + math.log(c)) * (math.log((n + 1) / (df[t] + 1)) + 1)
            j = col.get(t)
            if j is None:
                alone[i] += w * w
            else:
                m[i, j] = w
    norms = np.sqrt(np.einsum("ij,ij->i", m, m) + alone)
    norms[norms == 0] = 1
    return m / norms[:, None]


def _pagerank(sim: np.ndarray, d: float = 0.85, iters: int = 50) -> np.ndarray:
    import numpy as np

    n = sim.shape[0]
    rows = sim.sum(axis=1, keepdims=True)
    trans = np.divide(sim, rows, out=np.full_like(sim, 1.0 / n), where=rows > 0)
    r = np.full(n, 1.0 / n)
    for _ in range(iters):
        nr = (1 - d) / n + d * trans.T @ r
        if np.abs(nr - r).sum() < 1e-8:
            return nr
        r = nr
    return r


def ensure_segmented(article: Article) -> Article:
    """The article with paragraphs and sentences, segmenting it when built by hand without them."""
    if article.sentences or not article.text.strip():
        return article
    from ..segment import paragraphs, sentences

    lang = {"ms": "id"}.get(article.lang, article.lang)
    return article.model_copy(
        update={
            "paragraphs": article.paragraphs or paragraphs(article.text),
            "sentences": sentences(article.text, lang),
        }
    )


def summarize(article: Article, n: int = 3) -> list[Sentence]:
    """`n` sentences of `article` that summarise it, in article order."""
    article = ensure_segmented(article)
    if n <= 0 or not article.sentences:
        return []
    lang = {"ms": "id"}.get(article.lang, article.lang)
    lang = lang if lang in ("id", "en", "zh") else "en"
    lay = layout(article)
    head = lay.headline
    body = [s for s in article.sentences if not (head and s.start < head[1])]
    cands = [s for s in body if not (_is_junk(s, lang) or _is_furniture(s, lay.furniture))]
    if len(cands) < min(n, 2):  # very short or odd input: anything but obvious junk will do
        cands = [s for s in body if not _JUNK.match(s.text.strip())] or body or article.sentences
    # Same sentence twice (a repeated paragraph, a pull quote, the lead again without its
    # dateline): keep the first.
    kept: list[tuple[Sentence, frozenset[str]]] = []
    seen: set[frozenset[str]] = set()
    for s in cands[:_MAX_SCANNED]:
        toks = frozenset(tokens(s.text, lang)) or frozenset({s.text.strip()})
        if toks in seen:
            continue
        seen.add(toks)
        if not any(len(toks & t) >= 0.8 * min(len(toks), len(t)) for _, t in kept):
            kept.append((s, toks))
            if len(kept) == MAX_CANDIDATES:
                break
    cands = [s for s, _ in kept]
    if len(cands) <= n:
        return cands

    import numpy as np

    docs = [tokens(s.text, lang) for s in cands]
    extra = [tokens(article.text[head[0] : head[1]], lang)] if head else []
    vec = _vectors(docs + extra)
    sv = vec[: len(docs)]
    sim = sv @ sv.T
    np.fill_diagonal(sim, 0.0)
    cent = _pagerank(sim)
    cent = cent / cent.max() if cent.max() > 0 else cent
    pos = np.array([1.0 / math.sqrt(1 + i) for i in range(len(cands))])
    title = sv @ vec[-1] if head else np.zeros(len(cands))
    score = 0.45 * cent + 0.35 * pos + 0.2 * title
    for i, s in enumerate(cands):
        head_word = s.text.lstrip().split(" ", 1)[0].lower().strip(",")
        if s.text.lstrip().startswith(_QUOTE_START):
            score[i] *= 0.85  # direct quotes colour a story more than they tell it
        if head_word in _DEPENDENT or s.text.lstrip().startswith(_ZH_DEPENDENT):
            score[i] *= 0.7  # "Serta ...", "But ...": half a thought, read alone
        score[i] *= min(1.0, 0.5 + len(docs[i]) / 16)  # fragments say little

    chosen = [0]  # the lead
    while len(chosen) < n:
        redundancy = sim[:, chosen].max(axis=1)
        mmr = score - 0.5 * redundancy
        mmr[chosen] = -np.inf
        chosen.append(int(mmr.argmax()))
    return [cands[i] for i in sorted(chosen)]
