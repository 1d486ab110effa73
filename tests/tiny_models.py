"""Tiny but real Hugging Face models, built at test time (weights are never committed).

One sentencepiece model is trained on text written here (id/en/zh news-like sentences); from it
we build, per translation pair, a MarianMTModel with its MarianTokenizer files, a T5 summariser,
and a BERT token classifier whose weights are set by hand so that it tags a few known names
deterministically (the test can then check the NER -> who/where path end to end).

Models are saved with the installed transformers (a tokenizer saved by 5.x does not load in
4.x), under a directory keyed by the transformers version.
"""

from __future__ import annotations

import itertools
import json
import random
from pathlib import Path

PAIRS = ("id-en", "en-id", "zh-en", "en-zh")
# Bump when a builder changes, so a cached build from an older version is not reused.
BUILD = 2
# Small on purpose: articles longer than this exercise the chunker through the real tokenizer.
MARIAN_MAX_TOKENS = 48

_ID = [
    "Presiden {p} meresmikan jembatan baru di {c} pada hari Senin.",
    "Menteri {p} mengatakan harga beras di {c} akan turun bulan depan.",
    "Polisi {c} menangkap tiga tersangka penipuan daring, kata {p}.",
    "Banjir melanda {c} setelah hujan deras selama dua hari.",
    "Gubernur {p} meminta warga {c} tetap waspada terhadap cuaca ekstrem.",
    "Pemerintah akan membangun sekolah dan rumah sakit di {c} tahun ini.",
]
_EN = [
    "President {p} opened a new bridge in {c} on Monday.",
    "Minister {p} said rice prices in {c} would fall next month.",
    "Police in {c} arrested three suspects in an online fraud case, {p} said.",
    "Floods hit {c} after two days of heavy rain.",
    "Governor {p} asked residents of {c} to stay alert to extreme weather.",
    "The government will build schools and hospitals in {c} this year.",
]
_ZH = [
    "{p}总统周一在{c}为一座新桥剪彩。",
    "{p}部长说{c}的米价下个月将会下降。",
    "{c}警方逮捕了三名网络诈骗嫌疑人，{p}说。",
    "连续两天大雨后，{c}发生洪灾。",
    "{p}省长要求{c}居民对极端天气保持警惕。",
    "政府今年将在{c}建设学校和医院。",
]
_PEOPLE = ["Budi", "Sari", "Joko", "Wang", "Li", "Anna", "Rahman", "Chen"]
_CITIES = ["Jakarta", "Surabaya", "Bandung", "Fuzhou", "Beijing", "London", "Medan"]
_ZH_PEOPLE = ["王伟", "李娜", "张强", "陈静"]
_ZH_CITIES = ["北京", "福州", "上海", "雅加达", "泗水"]

# The NER model's labels; token -> label index for the hand-set weights.
NER_LABELS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"]
NER_TAGS = {"budi": 1, "santoso": 2, "polri": 3, "jakarta": 5, "surabaya": 5, "fuzhou": 5}


def corpus(lines: int = 6000, seed: int = 7) -> str:
    rnd = random.Random(seed)
    out = []
    for _ in range(lines):
        out.append(rnd.choice(_ID).format(p=rnd.choice(_PEOPLE), c=rnd.choice(_CITIES)))
        out.append(rnd.choice(_EN).format(p=rnd.choice(_PEOPLE), c=rnd.choice(_CITIES)))
        out.append(rnd.choice(_ZH).format(p=rnd.choice(_ZH_PEOPLE), c=rnd.choice(_ZH_CITIES)))
    return "\n".join(out) + "\n"


def train_spm(root: Path, vocab_size: int = 1000) -> Path:
    """A unigram sentencepiece model with T5's ids (pad 0, eos 1, unk 2, no bos)."""
    import sentencepiece as spm

    model = root / "spm.model"
    if model.is_file():
        return model
    root.mkdir(parents=True, exist_ok=True)
    text = root / "corpus.txt"
    text.write_text(corpus(), encoding="utf-8")
    spm.SentencePieceTrainer.train(
        input=str(text),
        model_prefix=str(root / "spm"),
        vocab_size=vocab_size,
        model_type="unigram",
        character_coverage=1.0,
        hard_vocab_limit=False,
        pad_id=0,
        eos_id=1,
        unk_id=2,
        bos_id=-1,
        num_threads=2,
        minloglevel=2,
    )
    return model


def _pieces(spm_path: Path) -> list[tuple[str, float]]:
    import sentencepiece as spm

    sp = spm.SentencePieceProcessor(model_file=str(spm_path))
    return [(sp.id_to_piece(i), sp.get_score(i)) for i in range(sp.get_piece_size())]


def build_marian(out: Path, spm_path: Path, src: str, tgt: str, seed: int = 0) -> Path:
    import shutil

    import torch
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    out.mkdir(parents=True, exist_ok=True)
    pieces = [p for p, _ in _pieces(spm_path) if p not in ("<pad>", "</s>", "<unk>")]
    # Marian's convention: </s> first, <unk> next, <pad> (also the decoder start) last.
    vocab = {"</s>": 0, "<unk>": 1}
    for p in pieces:
        vocab.setdefault(p, len(vocab))
    vocab["<pad>"] = len(vocab)
    (out / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    shutil.copy(spm_path, out / "source.spm")
    shutil.copy(spm_path, out / "target.spm")
    tok = MarianTokenizer(
        source_spm=str(out / "source.spm"),
        target_spm=str(out / "target.spm"),
        vocab=str(out / "vocab.json"),
        source_lang=src,
        target_lang=tgt,
        model_max_length=MARIAN_MAX_TOKENS,
    )
    pad = vocab["<pad>"]
    config = MarianConfig(
        vocab_size=len(vocab),
        d_model=16,
        encoder_layers=1,
        decoder_layers=1,
        encoder_attention_heads=2,
        decoder_attention_heads=2,
        encoder_ffn_dim=32,
        decoder_ffn_dim=32,
        max_position_embeddings=MARIAN_MAX_TOKENS,
        pad_token_id=pad,
        eos_token_id=0,
        decoder_start_token_id=pad,
        forced_eos_token_id=0,
        share_encoder_decoder_embeddings=True,
    )
    torch.manual_seed(seed)
    model = MarianMTModel(config)
    model.save_pretrained(out)
    tok.save_pretrained(out)
    return out


def build_m2m100(out: Path, spm_path: Path, seed: int = 0) -> Path:
    """A many-to-many model (the `*` entry): language tokens `__id__` etc. come after the
    vocabulary (100 codes + 8 made-up words), registered as special tokens as the real one does."""
    import shutil

    import torch
    from transformers import M2M100Config, M2M100ForConditionalGeneration, M2M100Tokenizer

    out.mkdir(parents=True, exist_ok=True)
    vocab = {"<s>": 0, "<pad>": 1, "</s>": 2, "<unk>": 3}
    for piece, _ in _pieces(spm_path):
        if piece not in ("<pad>", "</s>", "<unk>"):
            vocab.setdefault(piece, len(vocab))
    (out / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    shutil.copy(spm_path, out / "sentencepiece.bpe.model")
    tok = M2M100Tokenizer(
        vocab_file=str(out / "vocab.json"),
        spm_file=str(out / "sentencepiece.bpe.model"),
        model_max_length=MARIAN_MAX_TOKENS,
    )
    codes = [tok.convert_ids_to_tokens(tok.get_lang_id(c)) for c in ("id", "en", "zh")]
    tok.add_special_tokens({"additional_special_tokens": codes})
    config = M2M100Config(
        vocab_size=len(vocab) + 100 + 8,
        d_model=16,
        encoder_layers=1,
        decoder_layers=1,
        encoder_attention_heads=2,
        decoder_attention_heads=2,
        encoder_ffn_dim=32,
        decoder_ffn_dim=32,
        max_position_embeddings=64,
        pad_token_id=1,
        bos_token_id=0,
        eos_token_id=2,
        decoder_start_token_id=2,
    )
    torch.manual_seed(seed)
    M2M100ForConditionalGeneration(config).save_pretrained(out)
    tok.save_pretrained(out)
    return out


def build_t5(out: Path, spm_path: Path, seed: int = 0) -> Path:
    import torch
    from transformers import T5Config, T5ForConditionalGeneration, T5Tokenizer

    out.mkdir(parents=True, exist_ok=True)
    tok = T5Tokenizer(vocab=_pieces(spm_path), extra_ids=0, model_max_length=64)
    config = T5Config(
        vocab_size=len(tok),
        d_model=16,
        d_kv=8,
        d_ff=32,
        num_layers=1,
        num_decoder_layers=1,
        num_heads=2,
        pad_token_id=0,
        eos_token_id=1,
        decoder_start_token_id=0,
    )
    torch.manual_seed(seed)
    model = T5ForConditionalGeneration(config)
    with torch.no_grad():
        # Random weights would often stop at once; with pad/eos/unk unreachable the tiny
        # summariser always writes max_new_tokens pieces, so the summary path has text to check.
        model.lm_head.weight[:3] = 0.0
        model.lm_head.weight[3:] *= 50.0
    model.save_pretrained(out)
    tok.save_pretrained(out)
    return out


def build_ner(out: Path) -> Path:
    """BERT token classifier with no encoder layer and hand-set weights: the label of a word is
    read off its embedding, so `Budi Santoso` is PER, `Polri` ORG, `Jakarta` LOC, the rest O."""
    import torch
    from transformers import BertConfig, BertForTokenClassification, BertTokenizer

    out.mkdir(parents=True, exist_ok=True)
    words = sorted(
        {w.strip(".,").lower() for line in corpus(200).splitlines() for w in line.split()}
    )
    chars = sorted({c for line in corpus(200).splitlines() for c in line if not c.isspace()})
    vocab_list = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *NER_TAGS]
    vocab_list += [
        w
        for w in itertools.chain(words, chars, [f"##{c}" for c in "abcdefghijklmnopqrstuvwxyz"])
        if w not in vocab_list
    ]
    vocab = {w: i for i, w in enumerate(dict.fromkeys(vocab_list))}
    tok = BertTokenizer(vocab=vocab, do_lower_case=True, model_max_length=64)
    hidden = 16
    config = BertConfig(
        vocab_size=len(vocab),
        hidden_size=hidden,
        num_hidden_layers=0,
        num_attention_heads=2,
        intermediate_size=32,
        max_position_embeddings=64,
        num_labels=len(NER_LABELS),
        id2label=dict(enumerate(NER_LABELS)),
        label2id={lab: i for i, lab in enumerate(NER_LABELS)},
    )
    model = BertForTokenClassification(config)
    with torch.no_grad():
        emb = model.bert.embeddings
        emb.word_embeddings.weight.zero_()
        emb.position_embeddings.weight.zero_()
        emb.token_type_embeddings.weight.zero_()
        emb.word_embeddings.weight[:, 0] = 1.0  # every token: label O ...
        for word, label in NER_TAGS.items():  # ... except the tagged ones
            emb.word_embeddings.weight[vocab[word], 0] = 0.0
            emb.word_embeddings.weight[vocab[word], label] = 1.0
        model.classifier.weight.zero_()
        model.classifier.bias.zero_()
        for k in range(len(NER_LABELS)):
            model.classifier.weight[k, k] = 1.0
    model.save_pretrained(out)
    tok.save_pretrained(out)
    return out


def build_all(root: Path) -> dict[str, Path]:
    """Every tiny model under `root` (reused when already built); name -> directory."""
    import transformers

    base = root / f"tf-{transformers.__version__}-b{BUILD}"
    done = base / "DONE"
    paths = {f"mt-{p}": base / f"opus-mt-{p}" for p in PAIRS}
    paths["m2m"] = base / "m2m100"
    paths["summ"] = base / "t5-summ"
    paths["ner"] = base / "bert-ner"
    if done.is_file():
        return paths
    spm_path = train_spm(base / "spm")
    for i, pair in enumerate(PAIRS):
        src, tgt = pair.split("-")
        build_marian(paths[f"mt-{pair}"], spm_path, src, tgt, seed=i)
    build_m2m100(paths["m2m"], spm_path)
    build_t5(paths["summ"], spm_path)
    build_ner(paths["ner"])
    done.write_text("ok")
    return paths


def models_yaml(
    paths: dict[str, Path],
    *,
    pairs: tuple[str, ...] = PAIRS,
    summ: bool = True,
    ner: bool = True,
    extra: str = "",
) -> str:
    """A models.yaml pointing at the tiny models (greedy, few new tokens: random weights never
    stop on their own)."""
    gen = "    generation: {num_beams: 1, max_new_tokens: 6}\n    batch_size: 4\n"
    lines = ["version: 1", "translation:"]
    for pair in pairs:
        lines.append(
            f"  {pair}:\n    model: {paths['mt-' + pair]}\n    family: marian\n" + gen.rstrip()
        )
    if summ:
        lines.append(
            f"summarization:\n  '*':\n    model: {paths['summ']}\n    family: t5\n" + gen.rstrip()
        )
    if ner:
        lines.append(f"ner:\n  '*':\n    model: {paths['ner']}\n    family: bert")
    return "\n".join(lines) + "\n" + extra
