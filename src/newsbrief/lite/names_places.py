"""Is this capitalised word a place? A cached check so that places are not taken for people.

It asks the shared gazetteer (`lite.gazetteer`, loaded once for `where` too) for primary names
only, plus a few Indonesian names of countries and regions.
"""

from __future__ import annotations

from functools import lru_cache

# Indonesian and Malay names of countries and regions that the English gazetteer does not carry.
_LOCAL_NAMES = """
tiongkok|cina|amerika|amerika serikat|as|inggris|jepang|korea|korea selatan|korea utara|korsel|
korut|jerman|prancis|perancis|belanda|arab saudi|saudi|mesir|rusia|ukraina|selandia baru|
filipina|kamboja|laos|myanmar|brunei|brunei darussalam|singapura|timor leste|irak|suriah|
yordania|lebanon|turki|yunani|italia|spanyol|swiss|swedia|norwegia|denmark|finlandia|polandia|
kanada|meksiko|brasil|argentina|afrika selatan|palestina|uni emirat arab|makau|eropa|afrika|
asia|asia tenggara|asia timur|asia selatan|timur tengah|eropa barat|jawa|sumatra|sumatera|
kalimantan|sulawesi|papua|nusa tenggara|maluku|jabodetabek|jawa barat|jawa tengah|jawa timur|
sumatera utara|sumatera barat|sumatera selatan|kalimantan timur|kalimantan barat|
kalimantan selatan|kalimantan tengah|kalimantan utara|sulawesi selatan|sulawesi utara|
sulawesi tengah|sulawesi tenggara|sulawesi barat|nusa tenggara barat|nusa tenggara timur|
papua barat|papua tengah|papua selatan|papua pegunungan|papua barat daya|maluku utara|
dki jakarta|di yogyakarta|yogyakarta|jogja|yogya|jakarta selatan|jakarta pusat|jakarta barat|
jakarta timur|jakarta utara|tangerang selatan|bekasi|depok|bogor|bandung|surabaya|semarang|
medan|makassar|palembang|denpasar|batam|pekanbaru|padang|malang|solo|surakarta|manado|
pontianak|balikpapan|samarinda|banjarmasin|jayapura|kupang|mataram|ambon|ternate|
southeast asia|east asia|south asia|middle east|europe|africa|north america|latin america|
south america|asia pacific|asia-pacific|indo-pacific|pacific|atlantic|arctic|antarctica|
gaza|west bank|crimea|donbas|kashmir|tibet|xinjiang|hong kong|macau|taiwan|kurdistan|
silicon valley|wall street|capitol hill|downing street|white house|mongolia|indonesia
"""

# Scottish, Welsh and Irish are left out: they usually open an institution's own name
# ("Scottish Power", "Welsh Government", "Irish Times"), not describe a person.
_DEMONYMS = """
chinese|indonesian|american|british|english|french|german|japanese|korean|indian|russian|
ukrainian|australian|malaysian|singaporean|thai|vietnamese|filipino|european|asian|african|
arab|israeli|palestinian|iranian|turkish|saudi|egyptian|canadian|mexican|brazilian|italian|
spanish|dutch|swiss|swedish|polish|greek|pakistani|bangladeshi|afghan|iraqi|syrian|lebanese|
emirati|qatari|taiwanese|mongolian|cambodian|burmese|myanmar|laotian|bruneian|timorese|
nigerian|kenyan|south african|new zealand|western|us|u.s.|uk|u.k.|eu|un|nato|asean|
briton|czech|croatian|serbian|slovak|slovenian|hungarian|romanian|bulgarian|austrian|belgian|
danish|norwegian|finnish|portuguese|argentine|argentinian|chilean|
colombian|peruvian|venezuelan|cuban|ecuadorian|uruguayan|moroccan|algerian|tunisian|ethiopian|
ghanaian|ugandan|tanzanian|zimbabwean|sri lankan|nepali|nepalese|kazakh|uzbek|armenian|
azerbaijani|jordanian|kuwaiti|omani|bahraini|yemeni|belarusian|lithuanian|latvian|estonian|
papuan|fijian|samoan|tongan|north korean|south korean|ukrainians|americans|chileans
"""


def _split(text: str) -> frozenset[str]:
    return frozenset(w.strip() for w in text.replace("\n", "").split("|") if w.strip())


DEMONYMS = _split(_DEMONYMS)


@lru_cache(maxsize=65536)
def _kinds(name: str) -> frozenset[str]:
    from .gazetteer import gazetteer, key_of

    return frozenset(p.kind for p in gazetteer().lookup(key_of(name)) if not p.alias)


_LOCAL = _split(_LOCAL_NAMES)


def is_region(name: str) -> bool:
    """A country, first-level subdivision, continent or well-known region."""
    key = name.lower().strip()
    return key in _LOCAL or bool(_kinds(name.strip()) & {"country", "region"})


def is_country(name: str) -> bool:
    """A country or one of the local names of countries and big regions (not a province: many
    provinces share a name with people, e.g. Nelson, Victoria, Mendoza)."""
    key = name.lower().strip()
    return key in _LOCAL or "country" in _kinds(name.strip())


def is_place(name: str, *, cities: bool = True) -> bool:
    if is_region(name):
        return True
    return cities and bool(_kinds(name.strip()))


def is_demonym(word: str) -> bool:
    return word.lower() in DEMONYMS


# A city this big lends its name to teams and companies ("Chicago Cubs", "Melbourne Victory");
# smaller places share theirs with given names (Eugene, Logan, Marion).
_BIG_CITY = 250_000


@lru_cache(maxsize=65536)
def is_big_city(name: str) -> bool:
    from .gazetteer import gazetteer, key_of

    return any(
        p.kind == "city" and p.population >= _BIG_CITY and not p.alias
        for p in gazetteer().lookup(key_of(name.strip()))
    )
