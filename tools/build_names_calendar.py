"""Build src/newsbrief/data/names_calendar.txt: month and weekday names in English and Indonesian.

A capitalised month or weekday ("Mei", "Senin", "Friday") is a date word, not part of a name; the
offline name finder reads these lists (newsbrief.lite.names_lexicon). They come from the Unicode
CLDR through Babel (https://babel.pocoo.org), not from news text:

    pip install 'newsbrief[lexicon-data]'    # babel
    python tools/build_names_calendar.py

Indonesian weekday abbreviations (Sen, Sel, Min …) are left out: they are given names ("Min Aung
Hlaing") far more often than dates in running text.
"""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path

from babel import Locale

OUT = Path(__file__).resolve().parents[1] / "src/newsbrief/data/names_calendar.txt"


def names(lang: str) -> list[str]:
    loc = Locale.parse(lang)
    out: list[str] = []
    for width in ("wide", "abbreviated"):
        out += [loc.months["format"][width][m] for m in range(1, 13)]
    out += [loc.days["format"]["wide"][d] for d in range(7)]
    if lang == "en":
        out += [loc.days["format"]["abbreviated"][d] for d in range(7)]
    seen: dict[str, None] = {}
    for w in out:
        seen.setdefault(w.lower().rstrip("."), None)
    return list(seen)


def main() -> None:
    lines = [
        "# Month and weekday names, wide and abbreviated, by language (newsbrief.lite.names_lexicon).",
        f"# Built by tools/build_names_calendar.py from the Unicode CLDR via Babel {version('babel')};",
        "# CLDR data: Unicode License v3 (https://www.unicode.org/license.txt). Do not edit by hand.",
    ]
    for lang in ("en", "id"):
        lines += ["", f"[{lang}]", " | ".join(names(lang))]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
