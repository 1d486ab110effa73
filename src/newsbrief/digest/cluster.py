"""Group briefs into events without comparing every pair.

Blocking: only briefs that share a rare key (a place, a name or a number that few briefs in the
folder carry) are ever compared, so the work grows with the number of briefs times the size of a
block, not with the square of the folder. A key carried by more than `max_block` briefs (a country,
a year, a capital city) still counts when two briefs are compared, but never makes them candidates.

Scoring: the cosine of two briefs' key vectors, each key weighted by its inverse document frequency
and by how much its kind says about an event (a shared town says more than a shared country).
Event dates weigh a link down when both briefs have one and they are more than `day_slack` days
apart, and add to it when they overlap. Linked briefs form an event (union-find).
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from .features import Features

KIND_WEIGHT = {
    "place": 1.0,
    "region": 0.5,
    "country": 0.25,
    "name": 1.0,
    "sound": 1.0,
    "word": 0.3,
    "number": 1.0,
}


COMMON_IN = 1  # briefs writing a word in lower case before it counts as a word, not a name


@dataclass(frozen=True)
class GroupOptions:
    threshold: float = 0.3
    link_threshold: float = 0.25
    size_exponent: float = 0.0
    mutual_threshold: float = 0.05
    mutual_link_threshold: float = 0.05
    day_slack: int = 1
    date_bonus: float = 0.1
    apart_factor: float = 0.25
    max_block: int = 40
    town_link_threshold: float = 0.05


class _Sets:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _vectors(
    feats: Sequence[Features],
) -> tuple[list[dict[str, float]], list[float], dict[str, list[int]]]:
    keyed = [f.keys() for f in feats]
    common = common_words(feats)
    for keys in keyed:
        for k in keys:
            if k[:2] == "n:" and k[2:] in common:
                keys[k] = "word"
    postings: dict[str, list[int]] = defaultdict(list)
    for i, keys in enumerate(keyed):
        for k in keys:
            postings[k].append(i)
    n = max(len(feats), 2)
    vectors, norms = [], []
    for keys in keyed:
        vec = {
            k: KIND_WEIGHT[kind] * math.log(1 + n / len(postings[k])) for k, kind in keys.items()
        }
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        vectors.append({k: v / norm for k, v in vec.items()})
        norms.append(norm)
    return vectors, norms, postings


def common_words(feats: Sequence[Features], min_briefs: int = COMMON_IN) -> set[str]:
    """Name tokens that briefs of this folder also write in lower case: lite who takes a
    capitalised word for a name where the article only starts a sentence or a title with it
    ("At least", "Agency"), and such tokens in long English briefs dilute every match. Counted in
    the folder, so no word list decides what an ordinary word is."""
    seen: Counter[str] = Counter()
    for f in feats:
        seen.update(f.lower)
    return {w for w, n in seen.items() if n >= min_briefs}


def _dates_apart(a: Features, b: Features, slack: int) -> bool | None:
    """True when both have dates more than `slack` days apart, False when they overlap."""
    if a.start is None or b.start is None or a.end is None or b.end is None:
        return None
    return a.start > b.end + slack or b.start > a.end + slack


def similarity(
    va: dict[str, float],
    vb: dict[str, float],
    fa: Features,
    fb: Features,
    opts: GroupOptions,
    ratio: float = 1.0,
) -> float:
    """Cosine, raised for a brief with few keys against one with many (`ratio`: the larger norm
    over the smaller): a short Chinese brief whose every name and place recurs in a long English
    one is as good a match as two long ones sharing the same share of theirs."""
    apart = _dates_apart(fa, fb, opts.day_slack)
    if len(va) > len(vb):
        va, vb = vb, va
    score = sum(w * vb[k] for k, w in va.items() if k in vb) * ratio**opts.size_exponent
    if apart:
        # a date read wrong should not undo everything else the two share, so this weighs
        # rather than forbids; two floods in one town a month apart still stay apart
        return score * opts.apart_factor
    if apart is False and score > 0:
        score += opts.date_bonus
    return score


def candidate_pairs(postings: dict[str, list[int]], max_block: int) -> set[tuple[int, int]]:
    pairs: set[tuple[int, int]] = set()
    for key, docs in postings.items():
        if len(docs) < 2 or len(docs) > max_block or key.startswith("c:"):
            continue
        for x in range(len(docs)):
            a = docs[x]
            for b in docs[x + 1 :]:
                pairs.add((a, b))
    return pairs


def _scores(
    feats: Sequence[Features], opts: GroupOptions
) -> tuple[list, dict[tuple[int, int], float]]:
    vectors, norms, postings = _vectors(feats)
    scores: dict[tuple[int, int], float] = {}
    for a, b in candidate_pairs(postings, opts.max_block):
        ratio = max(norms[a], norms[b]) / max(min(norms[a], norms[b]), 1e-9)
        score = similarity(vectors[a], vectors[b], feats[a], feats[b], opts, ratio)
        if score > 0:
            scores[(a, b)] = score
    return vectors, scores


def _mutual_best(feats: Sequence[Features], scores: dict[tuple[int, int], float]) -> set:
    """Pairs in different languages where each is the other's best match in that language: a
    story told in two languages shares fewer keys than two stories told in one (names change
    script, summaries pick other sentences), so across languages rank counts, not only score."""
    best: dict[tuple[int, str], tuple[float, int]] = {}
    for (a, b), score in scores.items():
        la, lb = feats[a].lang, feats[b].lang
        if la == lb:
            continue
        for x, y, ly in ((a, b, lb), (b, a, la)):
            if score > best.get((x, ly), (0.0, -1))[0]:
                best[(x, ly)] = (score, y)
    return {
        (a, b)
        for (a, b) in scores
        if feats[a].lang != feats[b].lang
        and best[(a, feats[b].lang)][1] == b
        and best[(b, feats[a].lang)][1] == a
    }


class _Groups:
    """Union-find whose groups keep the sum of their members' vectors, so the mean similarity
    between two groups is one sparse dot product."""

    def __init__(self, vectors: list[dict[str, float]]) -> None:
        self.sets = _Sets(len(vectors))
        self.vectors = vectors
        self.sums: dict[int, dict[str, float]] = {}
        self.sizes: dict[int, int] = {}

    def merge_if(self, a: int, b: int, floor: float, bonus: float = 0.0) -> None:
        """Merge the groups of a and b when their members' mean similarity, plus `bonus` (the
        pair's dates agree), is at least `floor`."""
        ra, rb = self.sets.find(a), self.sets.find(b)
        if ra == rb:
            return
        sa, sb = self.sums.get(ra, self.vectors[ra]), self.sums.get(rb, self.vectors[rb])
        na, nb = self.sizes.get(ra, 1), self.sizes.get(rb, 1)
        if len(sa) > len(sb):
            sa, sb = sb, sa
        if sum(w * sb[k] for k, w in sa.items() if k in sb) / (na * nb) + bonus < floor:
            return
        merged = dict(sb)
        for k, w in sa.items():
            merged[k] = merged.get(k, 0.0) + w
        self.sets.union(ra, rb)
        root = self.sets.find(ra)
        self.sums[root], self.sizes[root] = merged, na + nb


def _same_town(
    feats: Sequence[Features], scores: dict[tuple[int, int], float], opts: GroupOptions
) -> list[tuple[int, int]]:
    """Pairs of briefs whose event is in the same small town (`Features.town`) and whose dates,
    where both have one, are within the slack; strongest first. Different outlets tell one event
    with different names and numbers, but in the same place."""
    by_town: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(feats):
        if f.town:
            by_town[f.town].append(i)
    pairs = []
    for docs in by_town.values():
        if len(docs) > opts.max_block:
            continue
        for x, a in enumerate(docs):
            for b in docs[x + 1 :]:
                if not _dates_apart(feats[a], feats[b], opts.day_slack):
                    pairs.append((scores.get((a, b), 0.0), a, b))
    return [(a, b) for _, a, b in sorted(pairs, reverse=True)]


def group(feats: Sequence[Features], opts: GroupOptions | None = None) -> list[list[int]]:
    """Indices of `feats` grouped into events; groups in order of their first member.

    Mutual best matches across languages join first; then average linkage over the remaining
    links, strongest first: two groups merge only when their members are alike on average, so
    one article that mentions two stories cannot chain them.
    """
    opts = opts or GroupOptions()
    vectors, scores = _scores(feats, opts)
    groups = _Groups(vectors)
    order = sorted(scores.items(), key=lambda t: (-t[1], t[0]))
    mutual = _mutual_best(feats, scores)

    def bonus(a: int, b: int) -> float:
        # the dates that raised the pair's score count for the groups' mean as well
        return opts.date_bonus if _dates_apart(feats[a], feats[b], opts.day_slack) is False else 0.0

    for (a, b), score in order:
        if (a, b) in mutual and score >= opts.mutual_threshold:
            groups.merge_if(a, b, opts.mutual_link_threshold, bonus(a, b))
    for (a, b), score in order:
        if score >= opts.threshold:
            groups.merge_if(a, b, opts.link_threshold, bonus(a, b))
    for a, b in _same_town(feats, scores, opts):
        groups.merge_if(a, b, opts.town_link_threshold, bonus(a, b))
    out: dict[int, list[int]] = defaultdict(list)
    for i in range(len(feats)):
        out[groups.sets.find(i)].append(i)
    return sorted(out.values(), key=lambda g: g[0])
