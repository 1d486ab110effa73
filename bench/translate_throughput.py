"""Translation throughput: naive transformers loop vs newsbrief's transformers and CTranslate2
paths vs raw CTranslate2, on an opus-mt-size Marian with random weights.

    python bench/translate_throughput.py [--device cpu|cuda] [--sentences 256] [--batch-size 32]

The model (d_model 512, 6+6 layers, 8 heads, FFN 2048, 55k vocab, sentencepiece trained on
samples/) is built once and cached under ~/.cache/newsbrief-bench. Its end-of-sentence logit is
pushed to -1e4, so every path generates exactly --new-tokens tokens (greedy) and tokens/s compare
like for like. Each path runs in its own subprocess so its peak RSS is its own:

  naive    transformers generate() once per sentence (on a subset: it is slow)
  hf       newsbrief's batch core (process_batch, task translate) on the transformers back end
  ct2      the same on the CTranslate2 back end (int8 on CPU, float16 on CUDA)
  raw_ct2  ctranslate2.Translator.translate_batch on the same tokens, nothing else: the ceiling

The last line printed is one JSON object with naive_tok_s, hf_tok_s, ct2_tok_s, raw_ct2_tok_s
and rss_mb.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = Path(os.environ.get("NEWSBRIEF_BENCH_CACHE", Path.home() / ".cache" / "newsbrief-bench"))
VOCAB = 55_000
MAX_POS = 512


def model_dir() -> Path:
    from importlib.metadata import version

    # Keyed by the transformers version: tokenizers saved by one major version may not load in
    # another.
    return CACHE / f"marian-opus-size-tf{version('transformers')}"


def build_model(out: Path) -> Path:
    """Random-weight Marian of opus-mt size with a real (small) sentencepiece, padded vocab."""
    if (out / "DONE").is_file():
        return out
    import sentencepiece as spm
    import torch
    from transformers import GenerationConfig, MarianConfig, MarianMTModel, MarianTokenizer

    out.mkdir(parents=True, exist_ok=True)
    corpus = out / "corpus.txt"
    lines = []
    for path in sorted((ROOT / "samples").rglob("*.txt")):
        lines += [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    corpus.write_text("\n".join(lines * 3) + "\n", encoding="utf-8")
    spm.SentencePieceTrainer.train(
        input=str(corpus),
        model_prefix=str(out / "spm"),
        vocab_size=8000,
        model_type="unigram",
        character_coverage=0.9995,
        hard_vocab_limit=False,
        pad_id=-1,
        eos_id=1,
        unk_id=2,
        bos_id=-1,
        num_threads=2,
        minloglevel=2,
    )
    sp = spm.SentencePieceProcessor(model_file=str(out / "spm.model"))
    pieces = [sp.id_to_piece(i) for i in range(sp.get_piece_size())]
    vocab = {"</s>": 0, "<unk>": 1}
    for p in pieces:
        if p not in ("</s>", "<unk>", "<s>"):
            vocab.setdefault(p, len(vocab))
    n = 0
    while len(vocab) < VOCAB - 1:  # opus-mt's vocabulary size: the output layer is the cost
        vocab.setdefault(f"▁pad{n}", len(vocab))
        n += 1
    vocab["<pad>"] = len(vocab)
    (out / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    for name in ("source.spm", "target.spm"):
        (out / name).write_bytes((out / "spm.model").read_bytes())
    tok = MarianTokenizer(
        source_spm=str(out / "source.spm"),
        target_spm=str(out / "target.spm"),
        vocab=str(out / "vocab.json"),
        source_lang="id",
        target_lang="en",
        model_max_length=MAX_POS,
    )
    pad = vocab["<pad>"]
    config = MarianConfig(
        vocab_size=len(vocab),
        d_model=512,
        encoder_layers=6,
        decoder_layers=6,
        encoder_attention_heads=8,
        decoder_attention_heads=8,
        encoder_ffn_dim=2048,
        decoder_ffn_dim=2048,
        max_position_embeddings=MAX_POS,
        pad_token_id=pad,
        eos_token_id=0,
        decoder_start_token_id=pad,
        forced_eos_token_id=None,
        scale_embedding=True,
        share_encoder_decoder_embeddings=True,
    )
    torch.manual_seed(0)
    model = MarianMTModel(config)
    with torch.no_grad():
        # Random weights would stop at a random step; never ending keeps lengths fixed.
        model.final_logits_bias[0, 0] = -1e4
        model.final_logits_bias[0, pad] = -1e4
    model.generation_config = GenerationConfig(
        decoder_start_token_id=pad,
        eos_token_id=0,
        pad_token_id=pad,
        num_beams=1,
        max_length=MAX_POS,
    )
    model.save_pretrained(out)
    tok.save_pretrained(out)
    (out / "DONE").write_text("ok")
    return out


def sentences(n: int) -> list[str]:
    """n news sentences (Indonesian and English samples), cycling when samples run out."""
    found: list[str] = []
    for lang in ("id", "en"):
        for path in sorted((ROOT / "samples" / lang).glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            found += [
                s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if 40 <= len(s.strip()) <= 260
            ]
    if not found:
        raise SystemExit("no sample sentences under samples/")
    return [found[i % len(found)] for i in range(n)]


def models_yaml(path: Path, backend: str, batch: int, new: int) -> Path:
    out = CACHE / f"models-{backend}.yaml"
    out.write_text(
        "version: 1\ntranslation:\n  id-en:\n"
        f"    model: {path}\n    family: marian\n    backend: {backend}\n"
        f"    batch_size: {batch}\n    generation: {{num_beams: 1, max_new_tokens: {new}}}\n",
        encoding="utf-8",
    )
    return out


def peak_mb() -> float:
    """Peak RSS of this process. VmHWM, not ru_maxrss: on Linux ru_maxrss keeps the parent's
    peak across fork + exec, which would blur the paths together."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- the four paths, each run in a subprocess ---------------------------------------------------


def run_naive(args: argparse.Namespace, sents: list[str]) -> dict:
    import torch
    from transformers import MarianMTModel, MarianTokenizer

    path = model_dir()
    tok = MarianTokenizer.from_pretrained(str(path))
    dtype = torch.float16 if args.device == "cuda" else torch.float32
    model = MarianMTModel.from_pretrained(str(path), dtype=dtype).to(args.device).eval()
    sents = sents[: args.naive_sentences]
    with torch.inference_mode():
        model.generate(**tok(sents[:1], return_tensors="pt").to(args.device), max_new_tokens=4)
        t0 = time.perf_counter()
        tokens = 0
        done = 0
        for s in sents:
            if done >= 4 and time.perf_counter() - t0 > args.naive_seconds:
                break  # per-sentence speed is what is measured; a busy machine need not wait
            done += 1
            enc = tok([s], return_tensors="pt").to(args.device)
            ids = model.generate(
                **enc,
                num_beams=1,
                do_sample=False,
                min_new_tokens=args.new_tokens,
                max_new_tokens=args.new_tokens,
            )
            tokens += ids.shape[1] - 1  # minus the decoder start token
        if args.device == "cuda":
            torch.cuda.synchronize()
        secs = time.perf_counter() - t0
    return {"tokens": tokens, "seconds": secs, "sentences": done}


def run_newsbrief(args: argparse.Namespace, sents: list[str], backend: str) -> dict:
    from newsbrief.batch.core import Item, LoadedEngines, TaskSpec, process_batch
    from newsbrief.batch.local import MODEL_BATCH

    yaml = models_yaml(model_dir(), backend, args.batch_size, args.new_tokens)
    spec = TaskSpec(
        task="translate", to="en", lang="id", models=str(yaml), offline=True, device=args.device
    ).validated()
    engines = LoadedEngines(spec)
    t_load = time.perf_counter()
    engines.translator("id", "en")  # load (and for ct2, convert once) before timing
    process_batch([Item.of("warm.txt", sents[0])], spec, engines)
    load_s = time.perf_counter() - t_load
    # Articles of 8 sentences, one paragraph each, MODEL_BATCH articles per core call: what
    # `newsbrief batch --task translate` does with a folder.
    per = 8
    articles = [" ".join(sents[i : i + per]) + "\n" for i in range(0, len(sents), per)]
    items = [Item.of(f"a{i}.txt", a) for i, a in enumerate(articles)]
    t0 = time.perf_counter()
    segments = 0
    for i in range(0, len(items), MODEL_BATCH):
        for res in process_batch(items[i : i + MODEL_BATCH], spec, engines):
            if res.status != "ok":
                raise SystemExit(f"{backend}: {res.path}: {res.error}")
            segments += len(json.loads(res.output)["segments"])
    secs = time.perf_counter() - t0
    # Every chunk yields exactly new_tokens tokens (the model cannot emit </s>).
    return {
        "tokens": segments * args.new_tokens,
        "seconds": secs,
        "sentences": segments,
        "load_s": round(load_s, 2),
    }


def run_raw_ct2(args: argparse.Namespace, sents: list[str]) -> dict:
    import ctranslate2
    from transformers import AutoTokenizer

    from newsbrief.models import ct2 as nb_ct2
    from newsbrief.models.registry import ModelEntry

    path = model_dir()
    quant = "float16" if args.device == "cuda" else "int8"
    converted = nb_ct2.convert(path, ModelEntry(model=str(path)), quant)
    tr = ctranslate2.Translator(
        str(converted),
        device=args.device,
        compute_type=quant,
        inter_threads=1,
        intra_threads=os.cpu_count() or 1,
    )
    tok = AutoTokenizer.from_pretrained(str(path))
    # The same tokens newsbrief sends: the sentences as its segmenter cut them, with </s>.
    source = [tok.convert_ids_to_tokens(tok(s)["input_ids"]) for s in sents]
    tr.translate_batch(source[:2], beam_size=1, max_decoding_length=4)
    t0 = time.perf_counter()
    res = tr.translate_batch(
        source,
        max_batch_size=args.batch_size,
        beam_size=1,
        max_decoding_length=args.new_tokens,
        min_decoding_length=args.new_tokens,
    )
    secs = time.perf_counter() - t0
    tokens = sum(len(r.hypotheses[0]) for r in res)
    return {"tokens": tokens, "seconds": secs, "sentences": len(source)}


def worker(args: argparse.Namespace) -> None:
    if args.worker == "build":
        build_model(model_dir())
        return
    sents = sentences(args.sentences)
    if args.worker == "naive":
        out = run_naive(args, sents)
    elif args.worker in ("hf", "ct2"):
        out = run_newsbrief(args, sents, "transformers" if args.worker == "hf" else "ctranslate2")
    else:
        out = run_raw_ct2(args, sents)
    out["tok_s"] = out["tokens"] / out["seconds"]
    out["rss_mb"] = round(peak_mb())
    print("RESULT " + json.dumps(out))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--device", default="cpu", choices=["cpu", "cuda"])
    ap.add_argument("--sentences", type=int, default=256, help="inputs for the batched paths")
    ap.add_argument("--naive-sentences", type=int, default=24, help="inputs for the naive loop")
    ap.add_argument("--naive-seconds", type=float, default=40, help="time cap for the naive loop")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--new-tokens", type=int, default=64)
    ap.add_argument("--paths", default="naive,hf,ct2,raw_ct2")
    ap.add_argument(
        "--repeat",
        type=int,
        default=2,
        help="runs of the fast paths (ct2, raw_ct2), interleaved; the best counts",
    )
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        worker(args)
        return
    t0 = time.perf_counter()
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TOKENIZERS_PARALLELISM": "false"}
    # Built in a subprocess too, so this process stays small and imports no torch.
    subprocess.run(
        [sys.executable, __file__, "--worker", "build"], check=True, env=env, capture_output=True
    )
    print(
        f"model: {CACHE} (built/reused in {time.perf_counter() - t0:.1f}s); "
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores",
        flush=True,
    )
    common = [
        "--device",
        args.device,
        "--sentences",
        str(args.sentences),
        "--naive-sentences",
        str(args.naive_sentences),
        "--naive-seconds",
        str(args.naive_seconds),
        "--batch-size",
        str(args.batch_size),
        "--new-tokens",
        str(args.new_tokens),
    ]
    results: dict[str, dict] = {}
    paths = args.paths.split(",")
    fast = [p for p in paths if p in ("ct2", "raw_ct2")]
    # The fast paths alternate, so that load from elsewhere on the machine hits both alike.
    order = [p for p in paths if p not in fast] + fast * max(1, args.repeat)
    for path in order:
        proc = subprocess.run(
            [sys.executable, __file__, "--worker", path, *common],
            capture_output=True,
            text=True,
            env=env,
        )
        line = next((ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")), None)
        if proc.returncode != 0 or line is None:
            sys.stderr.write(proc.stderr[-3000:])
            raise SystemExit(f"{path}: failed (exit {proc.returncode})")
        r = json.loads(line[len("RESULT ") :])
        if path not in results or r["tok_s"] > results[path]["tok_s"]:
            results[path] = r
        extra = f", load {r['load_s']}s" if "load_s" in r else ""
        print(
            f"{path:8s} {r['tok_s']:8.1f} tok/s  ({r['tokens']} tokens, {r['sentences']} "
            f"sentences, {r['seconds']:.1f}s{extra})  peak RSS {r['rss_mb']} MB",
            flush=True,
        )
    tok = {k: round(v["tok_s"], 1) for k, v in results.items()}
    if {"naive", "hf", "ct2", "raw_ct2"} <= set(tok):
        print(
            f"hf/naive {tok['hf'] / tok['naive']:.1f}x (target >= 8), "
            f"ct2/naive {tok['ct2'] / tok['naive']:.1f}x (target >= 20), "
            f"ct2/raw_ct2 {tok['ct2'] / tok['raw_ct2']:.2f} (target >= 0.85)"
        )
    print(
        f"device {args.device}, batch {args.batch_size}, {args.new_tokens} new tokens, greedy; "
        f"total {time.perf_counter() - t0:.0f}s; load average {os.getloadavg()[0]:.1f}",
        flush=True,
    )
    print(
        json.dumps(
            {
                "naive_tok_s": tok.get("naive"),
                "hf_tok_s": tok.get("hf"),
                "ct2_tok_s": tok.get("ct2"),
                "raw_ct2_tok_s": tok.get("raw_ct2"),
                "rss_mb": {k: v["rss_mb"] for k, v in results.items()},
            }
        )
    )


if __name__ == "__main__":
    main()
