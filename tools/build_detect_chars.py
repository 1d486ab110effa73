"""Build src/newsbrief/data/detect_chars_msid.tsv: character n-grams that tell Malay from Indonesian.

    pip install 'newsbrief[detect-data]'    # lingua-language-detector 1.x (and brotli)
    python tools/build_detect_chars.py

lingua-language-detector 1.x ships, inside its wheel, character n-gram models (1 to 5 letters)
for each language, trained by its author on one million sentences of news text per language
from the Leipzig Wortschatz corpora. Each model gives, for an n-gram, the probability of its
last letter after its first n-1 letters within a word. This script keeps the n-grams that both
the Indonesian and the Malay model know and writes, for each, log P(Malay) - log P(Indonesian)
in nats: summed along a word (the longest known n-gram ending at each letter), that is how much
more likely the word's spelling is in Malay news than in Indonesian news. An n-gram whose value
differs by less than PRUNE from what the next shorter one would give is left out (the reader
backs off to the shorter one), which keeps the file small.
"""

from __future__ import annotations

import json
import math
from fractions import Fraction
from importlib import resources
from importlib.metadata import version
from pathlib import Path

import brotli

OUT = (
    Path(__file__).resolve().parent.parent / "src" / "newsbrief" / "data" / "detect_chars_msid.tsv"
)
ORDERS = ("unigrams", "bigrams", "trigrams", "quadrigrams", "fivegrams")
# nats; values are written to 0.01
PRUNE = 0.05

HEADER = """\
# Character n-grams telling Malay from Indonesian (newsbrief.detect.chars).
# Built by tools/build_detect_chars.py from the character n-gram models shipped in the wheel of
# lingua-language-detector {version} (https://github.com/pemistahl/lingua-py, Apache-2.0, by
# Peter M. Stahl), which its author trained on news sentences of the Leipzig Wortschatz corpora
# (https://wortschatz.uni-leipzig.de). Only n-grams both its Indonesian and Malay models know.
# Columns: log P(last letter | the others) in Malay minus the same in Indonesian, in nats; then the
# n-grams (1-5 lower-case letters) with that value. An n-gram missing here backs off to its last
# n-1 letters.
"""


def _model(lang: str, order: str) -> dict[str, float]:
    root = resources.files("lingua").joinpath("language-models", lang, f"{order}.json.br")
    ngrams = json.loads(brotli.decompress(root.read_bytes()))["ngrams"]
    out = {}
    for fraction, grams in ngrams.items():
        logp = math.log(float(Fraction(fraction)))
        for g in grams.split():
            out[g] = logp
    return out


def build() -> dict[str, float]:
    kept: dict[str, float] = {}
    for order in ORDERS:
        ms, id_ = _model("ms", order), _model("id", order)
        for gram in sorted(ms.keys() & id_.keys()):
            value = round(ms[gram] - id_[gram], 2)
            if len(gram) == 1 or abs(value - backoff(gram[1:], kept)) >= PRUNE:
                kept[gram] = value
    return kept


def backoff(gram: str, table: dict[str, float]) -> float:
    """What the reader gives for `gram` when it is not in the table: its longest known suffix."""
    for start in range(len(gram)):
        value = table.get(gram[start:])
        if value is not None:
            return value
    return 0.0


def main() -> None:
    table = build()
    by_value: dict[float, list[str]] = {}
    for gram, value in table.items():
        by_value.setdefault(value, []).append(gram)
    # One line per value: the reader loads 120,000 n-grams in a few hundredths of a second.
    rows = [f"{v:.2f}\t{' '.join(sorted(grams))}" for v, grams in sorted(by_value.items())]
    header = HEADER.format(version=version("lingua-language-detector"))
    OUT.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(table)} n-grams on {len(rows)} lines")


if __name__ == "__main__":
    main()
