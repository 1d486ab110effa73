"""Build src/newsbrief/data/detect_words.tsv: word frequencies for English, Indonesian, Malay.

    pip install 'newsbrief[detect-data]'    # wordfreq
    python tools/build_detect_words.py
    python tools/build_detect_words.py --check-markers   # markers the word lists contradict

The Latin-script detector scores a sentence by how often each of its words is used in each of
the three languages (naive Bayes over words). wordfreq's "small" lists (words used at least once
per million words) give those frequencies; they are built from Wikipedia, subtitles, news, web
text and more (see wordfreq's README), so they say how the languages are written in general,
not in one outlet. Each row keeps the Zipf value (log10 of frequency per billion words) for each
language the word is listed in, rounded to 0.01; an empty cell means "not in that list".
"""

from __future__ import annotations

import re
import sys
from importlib.metadata import version
from pathlib import Path

from wordfreq import get_frequency_dict

DATA = Path(__file__).resolve().parent.parent / "src" / "newsbrief" / "data"
OUT = DATA / "detect_words.tsv"
MARKERS = DATA / "detect_malay_markers.tsv"
LANGS = ("en", "id", "ms")
# The detector's word pattern: letters, with inner apostrophes and hyphens.
WORD = re.compile(r"^[^\W\d_]+(?:['’-][^\W\d_]+)*$")

HEADER = """\
# Word frequencies for telling English, Indonesian and Malay apart (newsbrief.detect).
# Built by tools/build_detect_words.py from the "small" word lists of wordfreq {version}
# (https://github.com/rspeer/wordfreq). Its id and ms lists come from Wikipedia, OpenSubtitles and
# OSCAR web text; its en list adds news, books, Twitter and Reddit.
# wordfreq's code is Apache-2.0; its data, and so this derived file, is licensed CC BY-SA 4.0
# (https://creativecommons.org/licenses/by-sa/4.0/), attribution: wordfreq, Robyn Speer et al.
# Columns: word, then the Zipf frequency (log10 per billion words) in en, id, ms; empty = unlisted.
"""


def main() -> None:
    freqs = {lang: get_frequency_dict(lang, "small") for lang in LANGS}
    words = sorted({w for table in freqs.values() for w in table if WORD.match(w)})
    rows = []
    for w in words:
        cells = []
        for lang in LANGS:
            f = freqs[lang].get(w)
            cells.append(f"{_zipf(f):.2f}" if f else "")
        rows.append("\t".join([w, *cells]))
    header = HEADER.format(version=version("wordfreq"))
    OUT.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(rows)} words")


def _zipf(freq: float) -> float:
    import math

    return math.log10(freq) + 9.0


def check_markers() -> int:
    """Print the Malay/Indonesian markers whose side the word lists contradict; return how many.

    A one-word marker is contradicted when both languages list it and it is more frequent on the
    other side. Words missing from a list (news vocabulary) and phrases (the lists count words,
    not phrases) are not judged.
    """
    freqs = {lang: get_frequency_dict(lang, "small") for lang in ("id", "ms")}
    bad = 0
    for line in MARKERS.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        side, weight, marker = line.split("\t")
        other = "id" if side == "ms" else "ms"
        own_f, other_f = freqs[side].get(marker, 0.0), freqs[other].get(marker, 0.0)
        if " " not in marker and own_f and other_f and own_f < other_f:
            print(f"{side}\t{weight}\t{marker}\tmore frequent in {other}")
            bad += 1
    return bad


if __name__ == "__main__":
    if sys.argv[1:] == ["--check-markers"]:
        sys.exit(1 if check_markers() else 0)
    main()
