"""Malay told from Indonesian by marker words: spellings and words one side uses in news and the
other does not (kerana/karena, polis/polisi, RM/Rp), weighted by how sure each is.

The word-frequency model (words.py) weighs every word; the markers add what general word lists
see too faintly: news vocabulary (ringgit, bajet, pihak berkuasa) and multi-word phrases.
"""

from __future__ import annotations

import itertools
import re

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")

# Weighted markers: 3 = a word one side does not use in news, 2 = strongly skewed, 1 = a lean.
# Place names are left out on purpose: Indonesian news about Malaysia names Malaysian places.
_MS_MARKERS = {
    "kerana": 3, "sahaja": 3, "iaitu": 3, "boleh": 2, "kerajaan": 1.5, "daripada": 1,
    "bagi": 1, "beliau": 1, "ialah": 1, "selepas": 2, "semalam": 1, "polis": 3, "wang": 3,
    "kenderaan": 3, "hospital": 2, "syarikat": 3, "peratus": 3, "bilion": 3, "trilion": 2,
    "ringgit": 3, "pelbagai": 3, "apabila": 2, "manakala": 3, "menerusi": 3, "mangsa": 2,
    "kemalangan": 3, "suspek": 3, "bekas": 1.5, "susulan": 2, "ekoran": 3, "cukai": 3,
    "justeru": 3, "mahu": 3, "baharu": 3, "majlis": 2, "lepas": 2, "projek": 3, "pakej": 3,
    "mesyuarat": 3, "perbicaraan": 2, "mahkamah": 1, "jabatan": 2, "pejabat": 1, "seramai": 3,
    "bermula": 1, "berlaku": 1.5, "dijangka": 3, "jangkaan": 2, "berkata": 1, "cuba": 2,
    "percuma": 3, "kenyataan": 1.5, "pesakit": 3, "lebuhraya": 3, "isnin": 3, "khamis": 3,
    "jumaat": 3, "ahad": 2, "ogos": 3, "julai": 3, "disember": 3, "mac": 2, "jun": 1,
    "bandaraya": 3, "perdana": 1, "negeri": 1, "datuk": 1.5, "dato": 2, "tan": 0.5,
    "kewangan": 3, "perkhidmatan": 3, "kesihatan": 1, "pelajar": 1, "sekiranya": 1.5,
    "berbanding": 2, "mendakwa": 1, "dikehendaki": 2, "mengesan": 2, "taraf": 1,
    "tempoh": 2, "kadar": 1, "semalaman": 1, "sempena": 3, "lelaki": 1, "perlawanan": 2,
    "persahabatan": 1, "siasatan": 2, "denggi": 3, "universiti": 3, "kualiti": 3,
    "aktiviti": 3, "komuniti": 3, "fasiliti": 3, "kapasiti": 3, "prioriti": 3,
    "bomba": 3, "kecemasan": 2, "petang": 2, "rasuah": 3, "pertuduhan": 3, "didakwa": 1,
    "sesyen": 3, "lori": 3, "motosikal": 3, "ditunggang": 2, "ditunggangnya": 2,
    "merempuh": 3, "reman": 3, "dadah": 3, "seksyen": 3, "akta": 2, "jenayah": 3,
    "terjejas": 3, "menyiasat": 3, "siasat": 3, "kempen": 3, "undi": 3, "pengundi": 3,
    "kerusi": 3, "pembangkang": 3, "cadangan": 2, "mencadangkan": 2, "kemudahan": 1,
    "pegawai": 2, "kakitangan": 3, "pesara": 3, "elaun": 3, "sekatan": 2, "tarikh": 3,
    "esok": 2, "lewat": 1.5, "jurucakap": 3, "tular": 3, "sebilangan": 3, "ramai": 1.5,
    "pelancong": 3, "pelancongan": 3, "peruntukan": 1.5, "bajet": 3, "belanjawan": 3,
    "perniagaan": 3, "peniaga": 3, "usahawan": 3, "hartanah": 3, "teksi": 3, "stesen": 3,
    "kedai": 2, "disahkan": 0.5, "dikejarkan": 3, "berdekatan": 2, "diniagakan": 3,
    "kawasan": 0.5, "penyelamat": 1, "dalam talian": 3, "berwaspada": 1, "komited": 2,
    "menangani": 1, "sara": 1, "keuntungan": 0.5, "mencatatkan": 1.5, "minit": 3,
    "konsert": 3, "bot": 2, "isytihar": 3, "mengisytiharkan": 3, "diisytiharkan": 3,
    "pengisytiharan": 3, "darjah": 3, "mencecah": 3, "enggan": 0.5, "mengulas": 2,
    "ditemui": 1, "mampu milik": 3, "berentap": 3, "pusat pemindahan": 3, "sebarang": 3,
    "bertolak ansur": 3, "tiada": 2, "kecederaan": 3, "cedera parah": 1, "dijangkiti": 3,
    "rawatan": 3, "jangkitan": 3,
}  # fmt: skip
_ID_MARKERS = {
    "karena": 3, "saja": 3, "yaitu": 3, "bisa": 3, "pemerintah": 2.5, "sudah": 1,
    "rupiah": 3, "kabupaten": 3, "kecamatan": 3, "kelurahan": 3, "desa": 1, "mengatakan": 1,
    "ujar": 2, "ungkap": 2, "tutur": 2, "pihaknya": 3, "terkait": 2, "senin": 3, "kamis": 3,
    "jumat": 3, "maret": 3, "juni": 2, "juli": 2, "agustus": 3, "desember": 3, "setelah": 1,
    "polisi": 3, "polri": 3, "polda": 3, "polres": 3, "mobil": 3, "uang": 3, "kendaraan": 3,
    "universitas": 3, "proyek": 3, "berbagai": 2, "pekan": 1.5, "tersangka": 2, "korban": 2,
    "kecelakaan": 3, "kantor": 2, "acara": 2, "mantan": 3, "pajak": 3, "perusahaan": 3,
    "persen": 3, "miliar": 3, "triliun": 3, "gratis": 2, "banget": 3, "enggak": 3, "nggak": 3,
    "gak": 3, "bupati": 3, "camat": 3, "walikota": 3, "kepolisian": 3, "rumah sakit": 3,
    "wali kota": 3, "pekan lalu": 2, "tahun lalu": 1, "mau": 2, "coba": 2, "bilang": 2,
    "kualitas": 3, "aktivitas": 3, "komunitas": 3, "fasilitas": 3, "kapasitas": 3,
    "prioritas": 3, "dpr": 2, "dprd": 3, "tni": 2, "kpk": 3, "apbn": 3, "apbd": 3,
    "gubernur": 0.5, "warga": 1, "jelang": 2, "menjelang": 1, "sejumlah": 1, "sebanyak": 0.5,
    "bandara": 2, "pesawat": 0.5, "dinas": 2, "pemkot": 3, "pemprov": 3, "pemda": 3,
    "terdampak": 3, "menabrak": 3, "ditabrak": 3, "truk": 3, "toko": 2, "bisnis": 2,
    "kampanye": 3, "oposisi": 2, "usulan": 2, "petugas": 2, "kriminal": 1, "narkoba": 3,
    "pemilu": 3, "tanggal": 2, "besok": 1.5, "wisatawan": 2, "stasiun": 3, "properti": 2,
    "sore": 2, "damkar": 3, "tiongkok": 3, "kalian": 2, "gimana": 3, "juru bicara": 2,
    "banjir bandang": 2, "pemadam kebakaran": 3, "sepeda motor": 2, "lalu lintas": 2,
    "kemarin": 1, "jutaan": 0.5, "ribuan": 0.5, "anggaran": 1,
}  # fmt: skip
_MS_PHRASES = {
    "dalam pada itu": 3, "walau bagaimanapun": 3, "orang ramai": 3, "pihak berkuasa": 3,
    "tahun lepas": 3, "minggu lepas": 3, "bulan lepas": 3, "lebuh raya": 3, "pasar raya": 2,
    "ahli parlimen": 3, "dewan rakyat": 3, "yang berhormat": 3, "kereta api": 1,
    "menteri besar": 3, "tan sri": 3, "datuk seri": 3, "ketua polis": 3, "ke atas": 1.5,
    "dewan undangan": 3, "bank negara": 2, "banjir kilat": 3, "pilihan raya": 3,
    "ibu pejabat": 3, "lapangan terbang": 3, "amerika syarikat": 3, "kos sara": 3,
}  # fmt: skip
_MONEY_MS = re.compile(r"\bRM\s?\d")
_MONEY_ID = re.compile(r"\bRp\.?\s?\d")


def malay_evidence(text: str, words: list[str] | None = None) -> tuple[float, float]:
    """(Malay score, Indonesian score): the weights of the distinct markers found in `text`.

    Each marker counts once, so that a weak marker repeated through a long article does not
    add up to evidence; long texts gather more distinct markers on their real side anyway.
    `words` are the text's words, lower-cased, where the caller has them already.
    """
    if words is None:
        words = [w.lower() for w in _WORD.findall(text)]
    ms: dict[str, float] = {}
    id_: dict[str, float] = {}
    for w in words:
        if w in _MS_MARKERS or w in _ID_MARKERS:
            if w in _MS_MARKERS:
                ms[w] = _MS_MARKERS[w]
            if w in _ID_MARKERS:
                id_[w] = _ID_MARKERS[w]
        elif len(w) >= 7 and w.endswith("iti") and "teliti" not in w:
            ms[w] = 2  # universiti, komuniti: Malay spells the -ity loans -iti ...
        elif len(w) >= 7 and w.endswith("itas"):
            id_[w] = 2  # ... and Indonesian -itas
    for a, b in itertools.pairwise(words):
        pair = f"{a} {b}"
        if pair in _MS_MARKERS or pair in _MS_PHRASES:
            ms[pair] = _MS_MARKERS.get(pair, 0.0) + _MS_PHRASES.get(pair, 0.0)
        if pair in _ID_MARKERS:
            id_[pair] = _ID_MARKERS[pair]
    for a, b, c in zip(words, words[1:], words[2:], strict=False):
        if (tri := f"{a} {b} {c}") in _MS_PHRASES:
            ms[tri] = _MS_PHRASES[tri]
    if _MONEY_MS.search(text):
        ms["RM"] = 3
    if _MONEY_ID.search(text):
        id_["Rp"] = 3
    return sum(ms.values()), sum(id_.values())


def is_malay(ms: float, id_: float) -> bool:
    # Real evidence: at least one strong marker's worth, and clearly more than the other side.
    return ms >= 3 and ms > 2 * id_
