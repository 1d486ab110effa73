"""Zh WHERE rules for place names a Chinese article writes in Latin letters or by their sound,
each on sentences written for it (never from the dev files)."""

from __future__ import annotations

import datetime as dt

from newsbrief.article import make_article
from newsbrief.lite.where import find_where
from newsbrief.model import Where


def where(text: str) -> list[Where]:
    ws = find_where(make_article(text, lang="zh", date=dt.date(2024, 3, 5)), keep_all=True)
    for w in ws:
        assert text[w.span[0] : w.span[1]] == w.text
    return ws


# --------------------------------------------------------------- rule han_latin_address


def test_han_latin_address_larger_unit_first_is_not_a_name():
    text = "警方昨天在Lancashire Preston 找到了那辆被盗的货车。车主说，Preston 的警察很快赶到现场。"
    ws = where(text)
    assert (ws[0].place, ws[0].country) == ("Preston", "GB")


def test_han_latin_address_needs_the_preposition():
    # a Latin name glued to a place, with no 在 before it, stays a person's name
    text = "店主John Preston 说，这家面包店已经开了二十年。"
    assert "Preston" not in [w.place for w in where(text)]


def test_han_latin_address_not_when_a_capitalised_word_follows():
    text = "比赛在Preston North End 的主场举行。"
    assert not [w for w in where(text) if w.text == "Preston"]
