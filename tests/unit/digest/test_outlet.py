"""An article's outlet, as its input names it: site meta tags and dateline credits."""

from __future__ import annotations

import json

from newsbrief.digest import digest
from newsbrief.digest.load import Loaded, add_outlets, load_briefs
from newsbrief.digest.outlet import outlet_in


def test_a_page_names_its_site_in_its_meta_tags():
    page = '<html><head><meta property="og:site_name" content="Harian &amp; Co"></head></html>'
    assert outlet_in(page) == "Harian & Co"


def test_a_wire_credit_in_the_dateline_is_the_outlet():
    assert outlet_in("Flood hits town\n\nSEMARANG (ANTARA) - Rivers rose overnight.") == "ANTARA"
    assert outlet_in("OSLO, May 5 (Reuters) - Ministers met on Friday.") == "Reuters"
    assert outlet_in("大桥通车\n\n新华社南宁5月5日电 新桥今天通车。") == "新华社"


def test_a_portal_writing_its_name_in_the_dateline_is_the_outlet():
    assert outlet_in("Banjir di Semarang\n\nSEMARANG, KOMPAS.com - Sungai meluap.") == "KOMPAS.com"


def test_an_agency_quoted_in_the_body_or_a_bracket_that_is_no_agency_is_no_outlet():
    assert outlet_in("The mayor told the Associated Press that rivers rose.") is None
    assert outlet_in("OSLO (Norway) - Ministers met.") is None
    assert outlet_in("史密斯告诉美联社，他的家人都已转移到安全地带。") is None


def test_digest_of_an_input_folder_gives_each_article_its_outlet(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Bridge opens in Semarang\n\nSEMARANG (ANTARA) - Governor Budi Santoso opened the new "
        "Kali Garang bridge on Monday, 3 June 2024.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "Bridge opens\n\nGovernor Budi Santoso opened the Kali Garang bridge in Semarang on "
        "3 June 2024.\n",
        encoding="utf-8",
    )
    d = digest(tmp_path, to="en", engine="lite")
    got = {a.path: a.source for e in d.events for a in e.articles}
    assert got == {"a.txt": "ANTARA", "b.txt": None}


def test_only_paths_inside_their_folder_are_read(tmp_path):
    # a manifest line naming a file outside the folder is neither a brief nor an outlet to read
    (tmp_path / "a.txt").write_text("OSLO (Reuters) - Ministers met.", encoding="utf-8")
    (tmp_path / "evil.json").write_text("{}", encoding="utf-8")
    out = tmp_path / "in" / "out"
    out.mkdir(parents=True)
    lines = [
        {"path": "x.txt", "status": "ok", "output": "../../evil.json"},
        {"path": "y.txt", "status": "ok", "output": str(tmp_path / "evil.json")},
    ]
    (out / "manifest.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines))
    loaded, problems = load_briefs(out)
    assert loaded == []
    assert [(p.path, p.error) for p in problems] == [
        ("x.txt", "no brief recorded"),
        ("y.txt", "no brief recorded"),
    ]
    inside = Loaded(path="a.txt", output="a.json", brief=None)  # type: ignore[arg-type]
    outside = Loaded(path="../a.txt", output="b.json", brief=None)  # type: ignore[arg-type]
    (tmp_path / "in" / "a.txt").write_text("OSLO (Reuters) - Ministers met.", encoding="utf-8")
    add_outlets([inside, outside], tmp_path / "in")
    assert (inside.outlet, outside.outlet) == ("Reuters", None)
