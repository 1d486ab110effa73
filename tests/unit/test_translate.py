"""The translate task: chunking and ordering with a fake translator (exact assertions), and the
real loading/generation path through tiny Marian models built at test time."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from newsbrief.errors import ModelUnavailable
from newsbrief.models.base import MODELS, IdentityTranslator, Translator
from newsbrief.models.chunk import fit, translate_segments
from newsbrief.models.translators import PivotTranslator, get_translator
from newsbrief.translate import translate


class Fake:
    """Word-counting translator: wraps each input in [src>tgt ...] and records every batch."""

    def __init__(
        self, src: str = "id", tgt: str = "en", budget: int = 8, name: str = "fake"
    ) -> None:
        self.src, self.tgt = src, tgt
        self.model_ids = [f"{name}-{src}-{tgt}"]
        self.max_input_tokens = budget
        self.batches: list[list[str]] = []

    def count_tokens(self, text: str) -> int:
        # one token per word, one per CJK character, plus the end-of-sentence token
        return len(re.findall(r"[\u4e00-\u9fff]|[^\s\u4e00-\u9fff]+", text)) + 1

    def translate_batch(self, texts: list[str]) -> list[str]:
        self.batches.append(list(texts))
        return [f"[{self.src}>{self.tgt} {t}]" for t in texts]


def test_identity_translator_passes_text_through_untouched():
    tr = IdentityTranslator("zh")
    assert isinstance(tr, Translator) and (tr.src, tr.tgt, tr.model_ids) == ("zh", "zh", [])
    assert tr.translate_batch(["周一下雨。", "  spaced  "]) == ["周一下雨。", "  spaced  "]


def test_pivot_translator_chains_both_legs_and_names_both_models():
    first, second = Fake("id", "en", name="a"), Fake("en", "zh", name="b")
    tr = PivotTranslator(first, second)
    assert isinstance(tr, Translator)
    assert (tr.src, tr.tgt, tr.pivot) == ("id", "zh", "en")
    assert tr.model_ids == ["a-id-en", "b-en-zh"]
    assert tr.translate_batch(["Banjir."]) == ["[en>zh [id>en Banjir.]]"]
    assert first.batches == [["Banjir."]] and second.batches == [["[id>en Banjir.]"]]
    with pytest.raises(ValueError, match="cannot pivot"):
        PivotTranslator(Fake("id", "en"), Fake("zh", "id"))
    assert not isinstance(object(), Translator)


def test_fit_splits_an_overlong_sentence_within_budget_keeping_every_word_in_order():
    tr = Fake(budget=6)
    sentence = " ".join(f"w{i}" for i in range(1, 41)) + "."
    chunks = fit(sentence, tr)
    assert len(chunks) > 1
    assert all(tr.count_tokens(c) <= 6 for c in chunks)
    assert " ".join(chunks).split() == sentence.split()


def test_fit_prefers_clause_boundaries():
    tr = Fake(budget=6)
    chunks = fit("satu dua tiga empat, lima enam tujuh delapan, sembilan sepuluh.", tr)
    assert chunks == ["satu dua tiga empat,", "lima enam tujuh delapan,", "sembilan sepuluh."]


def test_fit_splits_cjk_without_spaces():
    tr = Fake(src="zh", budget=5)
    text = "政府今年将在福州建设学校和医院以及新的道路"
    chunks = fit(text, tr)
    assert all(tr.count_tokens(c) <= 5 for c in chunks)
    assert "".join(chunks) == text


def test_translate_segments_batches_by_length_and_maps_outputs_back():
    tr = Fake(budget=50)
    segs = ["Satu dua tiga empat lima.", "Pendek.", "", "Tiga kata saja."]
    out = translate_segments(tr, segs)
    assert out == [
        "[id>en Satu dua tiga empat lima.]",
        "[id>en Pendek.]",
        "",
        "[id>en Tiga kata saja.]",
    ]
    assert len(tr.batches) == 1
    assert tr.batches[0] == ["Pendek.", "Tiga kata saja.", "Satu dua tiga empat lima."]


def test_article_longer_than_the_limit_keeps_paragraphs_and_every_sentence_once():
    paras = [
        "Kalimat S1 pendek. Kalimat S2 juga pendek.",
        "Kalimat S3 ini sangat panjang " + " ".join(f"kata{i}" for i in range(30)) + " akhir S3.",
        "Kalimat S4. Kalimat S5 terakhir.",
    ]
    text = "\n\n".join(paras)
    tr = Fake(budget=8)
    result = translate(text, "en", lang="id", translator=tr)
    out_paras = result.text.split("\n\n")
    assert len(out_paras) == 3
    markers = re.findall(r"S\d", result.text)
    assert markers == ["S1", "S2", "S3", "S3", "S4", "S5"]  # S3 twice: start and end of it
    assert all(m in out_paras[1] for m in ("kata0", "kata29"))
    words = re.findall(r"kata\d+", result.text)
    assert words == [f"kata{i}" for i in range(30)]  # nothing dropped or duplicated, in order
    assert max(len(b) for b in tr.batches) >= 1
    assert all(tr.count_tokens(t) <= 8 for b in tr.batches for t in b)
    for seg in result.segments:
        assert text[seg.span[0] : seg.span[1]] == seg.text
    assert [s.paragraph for s in result.segments] == [0, 0, 1, 2, 2]
    assert result.models == ["fake-id-en"]


def test_pivot_chains_both_legs_and_lists_both_models():
    first, second = Fake("id", "en", name="a"), Fake("en", "zh", name="b")
    result = translate(
        "Budi pergi ke pasar.", "zh", lang="id", translator=PivotTranslator(first, second)
    )
    assert result.text == "[en>zh [id>en Budi pergi ke pasar.]]"
    assert result.models == ["a-id-en", "b-en-zh"]
    assert result.pivot == "en"


def test_same_language_passes_through_untouched():
    text = "Budi pergi ke pasar.\n\n  Hari ini hujan.  "
    result = translate(text, "id", lang="id")
    assert result.text == text
    assert result.models == []
    assert [s.translation for s in result.segments] == ["Budi pergi ke pasar.", "Hari ini hujan."]


def _yaml(tmp_path: Path, tiny_models, **kw) -> Path:
    from tiny_models import models_yaml

    path = tmp_path / "models.yaml"
    path.write_text(models_yaml(tiny_models, **kw))
    return path


ARTICLES = {
    "id": "Presiden Budi meresmikan jembatan baru di Jakarta pada hari Senin. Banjir melanda "
    "Surabaya setelah hujan deras.\n\nMenteri Sari mengatakan harga beras akan turun.",
    "en": "President Budi opened a new bridge in Jakarta on Monday. Floods hit Surabaya after "
    "heavy rain.\n\nMinister Sari said rice prices would fall.",
    "zh": "王伟总统周一在北京为一座新桥剪彩。连续两天大雨后，福州发生洪灾。\n\n李娜部长说米价将会下降。",
}


@pytest.mark.slow
def test_all_six_directions_through_tiny_models(tmp_path, tiny_models):
    from typer.testing import CliRunner

    from newsbrief.cli import app

    yaml = _yaml(tmp_path, tiny_models)
    MODELS.clear()
    runner = CliRunner()
    for src in ("id", "en", "zh"):
        for tgt in ("id", "en", "zh"):
            if src == tgt:
                continue
            article = tmp_path / f"{src}.txt"
            article.write_text(ARTICLES[src], encoding="utf-8")
            res = runner.invoke(
                app,
                [
                    "translate",
                    str(article),
                    "--to",
                    tgt,
                    "--from",
                    src,
                    "--format",
                    "json",
                    "--models",
                    str(yaml),
                    "--offline",
                ],
            )
            assert res.exit_code == 0, res.output
            out = json.loads(res.stdout)
            pivot = "en" not in (src, tgt)
            assert out["pivot"] == ("en" if pivot else None)
            expected = (
                [f"opus-mt-{src}-en", f"opus-mt-en-{tgt}"] if pivot else [f"opus-mt-{src}-{tgt}"]
            )
            assert [Path(m).name for m in out["models"]] == expected
            assert len(out["segments"]) == 3
            assert all(s["translation"] for s in out["segments"])
            text = ARTICLES[src]
            assert all(text[s["span"][0] : s["span"][1]] == s["text"] for s in out["segments"])
            assert out["text"].count("\n\n") == 1  # two paragraphs, as in the source
    # each of the four models was loaded once, however many directions used it
    assert len(MODELS.loads) == 4
    assert set(MODELS.loads.values()) == {1}


@pytest.mark.slow
def test_real_model_chunks_long_sentences_within_its_max_length(tmp_path, tiny_models):
    from tiny_models import MARIAN_MAX_TOKENS

    yaml = _yaml(tmp_path, tiny_models, pairs=("id-en",))
    tr = get_translator("id", "en", models=str(yaml), offline=True)
    assert tr.max_input_tokens == MARIAN_MAX_TOKENS
    long = (
        "Presiden Budi meresmikan jembatan "
        + " ".join(["baru di Jakarta pada hari Senin"] * 20)
        + "."
    )
    assert tr.count_tokens(long) > MARIAN_MAX_TOKENS
    chunks = fit(long, tr)
    assert len(chunks) > 1
    assert all(tr.count_tokens(c) <= MARIAN_MAX_TOKENS for c in chunks)
    assert " ".join(chunks).split() == long.split()
    calls: list[int] = []
    model = tr.loaded.model
    original = model.generate

    def counting(*args, **kwargs):
        calls.append(kwargs["input_ids"].shape[0])
        assert kwargs["input_ids"].shape[1] <= MARIAN_MAX_TOKENS
        return original(*args, **kwargs)

    model.generate = counting
    try:
        text = "Hari ini hujan. " * 9 + long
        result = translate(text, "en", lang="id", models=str(yaml), offline=True, translator=tr)
    finally:
        del model.generate
    assert len(result.segments) == 10
    assert all(s.translation for s in result.segments)
    # batch_size 4 in the tiny models.yaml: 9 short + len(chunks) long pieces, in full batches
    assert sum(calls) == 9 + len(chunks)
    assert max(calls) == 4 and len(calls) == -(-sum(calls) // 4)


@pytest.mark.slow
def test_models_yaml_with_a_local_directory_is_all_it_takes(tmp_path, tiny_models):
    yaml = tmp_path / "models.yaml"
    yaml.write_text(f"translation:\n  id-en: {{model: {tiny_models['mt-id-en']}}}\n")
    result = translate(
        "Hari ini hujan di Jakarta.", "en", lang="id", models=str(yaml), offline=True
    )
    assert result.models == [str(tiny_models["mt-id-en"])]
    assert result.text.strip()


def test_no_route_for_a_pair_is_a_clear_error(tmp_path):
    yaml = tmp_path / "models.yaml"
    yaml.write_text("translation:\n  id-en: {model: /nonexistent/dir}\n")
    with pytest.raises(ModelUnavailable, match=r"no translation model for id-zh .*en-zh"):
        get_translator("id", "zh", models=str(yaml))
    with pytest.raises(ModelUnavailable, match=r"/nonexistent/dir .*does not exist"):
        get_translator("id", "en", models=str(yaml))


@pytest.mark.slow
def test_many_to_many_entry_forces_the_target_language_token(tmp_path, tiny_models):
    """M2M100 under `*`: src_lang set on the tokenizer, target forced as the first token."""
    yaml = tmp_path / "models.yaml"
    yaml.write_text(
        f"translation:\n  '*':\n    model: {tiny_models['m2m']}\n    family: m2m100\n"
        "    generation: {num_beams: 1, max_new_tokens: 5}\n"
    )
    for src, tgt in (("id", "zh"), ("zh", "en")):
        tr = get_translator(src, tgt, models=str(yaml), offline=True)
        assert not isinstance(tr, PivotTranslator)  # direct: no pivot when `*` is configured
        tok, model = tr.loaded.tokenizer, tr.loaded.model
        bos = tok.get_lang_id(tgt)
        assert tr._extra["forced_bos_token_id"] == bos
        seen = []
        original = model.generate
        src_id = tok.get_lang_id(src)

        def spy(*args, _orig=original, _src=src_id, _seen=seen, **kwargs):
            # the source carries the source language token first
            assert kwargs["input_ids"][0, 0].item() == _src
            ids = _orig(*args, **kwargs)
            _seen.append(ids[:, 1].tolist())
            return ids

        model.generate = spy
        try:
            out = tr.translate_batch(["Hari ini hujan.", "Banjir di Jakarta."])
        finally:
            del model.generate
        assert seen == [[bos, bos]]
        assert len(out) == 2 and not any(o.startswith(f"__{tgt}__") for o in out)


class CountingFake(Fake):
    """Fake that adds up how many characters the chunker asked it to count."""

    counted = 0

    def count_tokens(self, text: str) -> int:
        self.counted += len(text)
        return super().count_tokens(text)


def _greedy_pack(words: list[str], budget: int, tr: Fake) -> list[str]:
    out, current = [], ""
    for w in words:
        if tr.count_tokens((current + w).strip()) <= budget:
            current += w
        else:
            out.append(current.strip())
            current = w
    return [*out, current.strip()] if current.strip() else out


@pytest.mark.parametrize("budget", [2, 3, 7, 50])
def test_fit_packs_words_as_tightly_as_adding_them_one_by_one(budget):
    tr = Fake(budget=budget)
    words = [f"w{i}{'x' * (i % 5)} " for i in range(300)]
    sentence = "".join(words).strip() + "."
    words[-1] = words[-1].strip() + "."
    assert fit(sentence, tr) == _greedy_pack(words, budget, tr)


def test_fit_counts_each_character_a_bounded_number_of_times():
    # Re-counting the growing chunk after every word made this ~250 counts per character.
    tr = CountingFake(budget=500)
    sentence = " ".join(f"kata{i}" for i in range(20_000)) + "."
    chunks = fit(sentence, tr)
    assert " ".join(chunks) == sentence
    assert all(tr.count_tokens(c) <= 500 for c in chunks)
    assert tr.counted < 40 * len(sentence)
