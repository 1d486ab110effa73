"""Group briefs into events without comparing every pair.

Blocking: only briefs that share a rare key (a place, a name or a number that few briefs in the
folder carry) are ever compared, so the work grows with the number of briefs times the size of a
block, not with the square of the folder. A key carried by more than `max_block` briefs (a country,
a year, a capital city) still counts when two briefs are compared, but never makes them candidates.

Scoring: the cosine of two briefs' key vectors, each key weighted by its inverse document frequency
and by how much its kind says about an event (a shared town says more than a shared country).
Event dates veto a link when both briefs have one and they are more than `day_slack` days apart,
and add to it when they overlap. Linked briefs form an event (union-find).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from .features import Features

KIND_WEIGHT = {
    "place": 1.0,
    "region": 0.5,
    "country": 0.25,
    "name": 1.0,
    "sound": 0.7,
    "number": 1.0,
}


@dataclass(frozen=True)
class GroupOptions:
    threshold: float = 0.15
    link_threshold: float = 0.1
    size_exponent: float = 0.0
    day_slack: int = 1
    date_bonus: float = 0.1
    max_block: int = 40


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
    if apart:
        return 0.0
    if len(va) > len(vb):
        va, vb = vb, va
    score = sum(w * vb[k] for k, w in va.items() if k in vb) * ratio**opts.size_exponent
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


def group(feats: Sequence[Features], opts: GroupOptions | None = None) -> list[list[int]]:
    """Indices of `feats` grouped into events; groups in order of their first member.

    Average linkage over the candidate links, strongest first: two groups merge only when their
    members are alike on average, so one article that mentions two stories cannot chain them.
    """
    opts = opts or GroupOptions()
    vectors, norms, postings = _vectors(feats)
    links = []
    for a, b in candidate_pairs(postings, opts.max_block):
        ratio = max(norms[a], norms[b]) / max(min(norms[a], norms[b]), 1e-9)
        score = similarity(vectors[a], vectors[b], feats[a], feats[b], opts, ratio)
        if score >= opts.threshold:
            links.append((score, a, b))
    links.sort(key=lambda t: (-t[0], t[1], t[2]))
    sets = _Sets(len(feats))
    sums: dict[int, dict[str, float]] = {}
    sizes: dict[int, int] = {}
    for _, a, b in links:
        ra, rb = sets.find(a), sets.find(b)
        if ra == rb:
            continue
        sa, sb = sums.get(ra, vectors[ra]), sums.get(rb, vectors[rb])
        na, nb = sizes.get(ra, 1), sizes.get(rb, 1)
        if len(sa) > len(sb):
            sa, sb = sb, sa
        mean = sum(w * sb[k] for k, w in sa.items() if k in sb) / (na * nb)
        if mean < opts.link_threshold:
            continue
        merged = dict(sb)
        for k, w in sa.items():
            merged[k] = merged.get(k, 0.0) + w
        sets.union(ra, rb)
        root = sets.find(ra)
        sums[root], sizes[root] = merged, na + nb
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(feats)):
        groups[sets.find(i)].append(i)
    return sorted(groups.values(), key=lambda g: g[0])
