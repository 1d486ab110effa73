"""`batch --task translate` checks the translators its inputs need before it touches --out: a
missing one is one line on stderr and a non-zero exit, not the same failure for every file."""

from __future__ import annotations

from conftest import run_cli
from newsbrief.batch.core import TaskSpec
from newsbrief.batch.preflight import needed_pairs

ID = "Banjir melanda lima kelurahan di Jakarta Utara pada Senin setelah hujan deras, kata polisi."
EN = "Floods hit five districts of north Jakarta on Monday after heavy rain, the police said."
ZH = "新华社北京5月16日电 外交部发言人今天宣布，论坛将于18日在昆明举行，多国代表出席。"


def test_the_pairs_needed_follow_the_languages_found():
    to_en = TaskSpec(task="translate", to="en").validated()
    assert needed_pairs([ID, EN, ZH, ID], to_en) == [("id", "en"), ("zh", "en")]
    assert needed_pairs([EN], to_en) == []  # English to English needs no model
    from_id = TaskSpec(task="translate", to="en", lang="id").validated()
    assert needed_pairs([EN], from_id) == [("id", "en")]  # --from wins over detection


def test_a_missing_translator_stops_the_batch_before_it_writes(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for i, text in enumerate([ID, EN, ID, ZH]):
        (src / f"{i}.txt").write_text(text, encoding="utf-8")
    yaml = tmp_path / "models.yaml"
    yaml.write_text("version: 1\ntranslation: {}\n")
    out = tmp_path / "out"
    args = ["batch", str(src), "--out", str(out), "--task", "translate", "--to", "en"]
    res = run_cli([*args, "--models", str(yaml), "--offline"])
    assert res.code == 1
    lines = res.err.strip().splitlines()
    assert len(lines) == 1, res.err
    assert "no translation model for id-en" in lines[0]
    assert "these inputs need id-en and zh-en" in lines[0]
    assert "nothing was translated or written" in lines[0]
    assert not out.exists()
    # English only: nothing to load, the batch runs as before
    for p in src.glob("*.txt"):
        if p.read_text(encoding="utf-8") != EN:
            p.unlink()
    res = run_cli([*args, "--models", str(yaml), "--offline", "--quiet"])
    assert res.code == 0, res.err
    assert "1 ok, 0 failed" in res.err
