"""Build data/time_zones.tsv: time-zone abbreviations that name one country's clocks.

Source: the IANA time zone database as the system ships it (zone1970.tab lists each zone's
countries; zoneinfo gives each zone's abbreviation). An abbreviation written after a clock time
("04:00 BST", "pukul 10.00 WIB") says which country's clock the reporter reads. Only letter
abbreviations in use since 2010 are kept, and only those whose zones all have the same principal
country (the first zone1970.tab lists; Europe/London is GB before GG, IM, JE):
EST (the US, Canada, Jamaica, Panama…) is left out, BST (the UK) is kept.

Run: python tools/build_time_zones.py [ZONEINFO_DIR]   (default /usr/share/zoneinfo)
"""

from __future__ import annotations

import sys
from collections import defaultdict
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

OUT = Path(__file__).resolve().parent.parent / "src" / "newsbrief" / "data" / "time_zones.tsv"
YEARS = range(2010, 2026)


def main() -> None:
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/zoneinfo")
    countries: dict[str, set[str]] = defaultdict(set)
    for line in (root / "zone1970.tab").read_text().splitlines():
        if line.startswith("#") or not line.strip():
            continue
        codes, _, zone = line.split("\t")[:3]
        tz = ZoneInfo(zone)
        for year in YEARS:
            for month in (1, 7):
                abbr = datetime(year, month, 15, 12, tzinfo=tz).tzname() or ""
                if abbr.isalpha() and abbr.isupper():
                    countries[abbr].add(codes.split(",")[0])
    rows = sorted((a, next(iter(cs))) for a, cs in countries.items() if len(cs) == 1)
    head = (
        "# Time-zone abbreviation -> the one country whose clocks use it (ISO 3166 code).\n"
        "# Built by tools/build_time_zones.py from the IANA time zone database (zone1970.tab and\n"
        "# zoneinfo, abbreviations in use 2010-2025); do not edit by hand.\n"
    )
    OUT.write_text(head + "".join(f"{a}\t{c}\n" for a, c in rows))
    print(f"{OUT}: {len(rows)} abbreviations")


if __name__ == "__main__":
    main()
