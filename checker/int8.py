"""Faster embedding: the model's transformer as an int8 ONNX graph, run by onnxruntime.

Embedding dominates the checker's run time. sentence-transformers' own ONNX backend needs
`optimum-onnx`, whose releases pin transformers < 4.58 and so cannot sit beside
sentence-transformers 6; this module does the same steps itself: export the model's transformer
to ONNX, quantise its weights to int8 per channel (onnxruntime's dynamic quantisation), and run
it with the model's own tokenizer, prompt, truncation and pooling. The graph is built locally from
the loaded weights on first use and cached; nothing is downloaded.

Measured against the float32 model (docs/benchmarks.md, "Embedding"): about twice the sentences
a second on 2 cores, cosine to the float32 vector 0.995 on average, and the same `score.py news`.

A graph runs without its model: texts are tokenised by the model's own fast tokenizer (the
`tokenizers` backend, saved as JSON), and what a caller needs of the model (its dimension, prompt,
fingerprint) is kept beside it in a "ready" record per model folder (`save_ready`). A later process
finds the record by the folder's files (names, sizes, modification times) and loads neither torch
nor sentence-transformers (`load_ready`): about 8 s less at every start on 2 cores, paid by every
process that embeds (each worker of a cluster, every `checker check`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import warnings
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from .config import cache_dir
from .errors import ModelError
from .fsio import atomic_dir, write_atomic

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

log = logging.getLogger(__name__)

GRAPH_FILE = "model-int8.onnx"
READY_FILE = "ready.json"  # what running the graph needs of its model: tokenizer, pooling, facts
TOKENIZER_FILE = "tokenizer.json"
INPUTS = ("input_ids", "attention_mask", "token_type_ids")
# Each graph input, as the field of a `tokenizers.Encoding` that holds it.
ENCODING_FIELDS = {"input_ids": "ids", "attention_mask": "attention_mask", "token_type_ids": "type_ids"}
# The sentence-transformers module layouts the graph reproduces, and the poolings it runs.
MODULE_KINDS = (("Transformer", "Pooling"), ("Transformer", "Pooling", "Normalize"))
POOLING_KINDS = ("mean", "cls")
# Bump when the export or the quantisation changes: cached graphs of older versions are rebuilt.
BUILD_VERSION = "1"


@dataclass(frozen=True, eq=False)
class Int8Graph:
    """An int8 graph of one model's transformer, ready to run."""

    session: Any  # onnxruntime.InferenceSession
    inputs: tuple[str, ...]
    pooling: str  # "mean" or "cls"
    max_length: int
    workers: int  # texts run side by side, one core each
    tokenizer: Any  # tokenizers.Tokenizer: the model's own, truncating at max_length, no padding
    path: Path  # the graph file


def supports(model: SentenceTransformer) -> bool:
    """Whether the model is a transformer with mean or CLS pooling (and optional Normalize)."""
    names = tuple(type(module).__name__ for module in model)
    if names not in MODULE_KINDS:
        return False
    fast_tokenizer = hasattr(model.tokenizer, "backend_tokenizer")
    return _pooling(model) in POOLING_KINDS and hasattr(model[0], "auto_model") and fast_tokenizer


def load_int8(model: SentenceTransformer, key: str) -> Int8Graph:
    """The int8 graph of ``model``, built into the cache on first use.

    Args:
        key: what identifies the model's weights (its fingerprint): the cache folder's name.

    Raises:
        ModelError: the model's layout is not supported or the graph cannot be built.
    """
    if not supports(model):
        raise ModelError(
            "int8 embedding needs a transformer with mean or CLS pooling and a fast tokenizer; "
            "use --precision float32"
        )
    folder = cache_dir() / "int8" / _slug(f"{key}/v{BUILD_VERSION}")
    path = folder / GRAPH_FILE
    if not path.is_file():
        _build(model, folder)
    tokenizer = model.tokenizer.backend_tokenizer.to_str()
    return _graph(path, tokenizer, _pooling(model), int(model.max_seq_length or 512))


def save_ready(folder: Path, graph: Int8Graph, facts: dict[str, Any]) -> None:
    """Keep beside the graph what a later process needs to run it for the model in ``folder``
    without loading the model: the tokenizer, the pooling, and the caller's ``facts`` (JSON)."""
    record = {
        "graph": str(graph.path),
        "pooling": graph.pooling,
        "max_length": graph.max_length,
        "facts": facts,
    }
    target = _ready_folder(folder)
    try:
        shutil.rmtree(target, ignore_errors=True)  # a record that could not be read
        with atomic_dir(target, keep_existing=True) as work:
            write_atomic(work / TOKENIZER_FILE, graph.tokenizer.to_str())
            write_atomic(work / READY_FILE, json.dumps(record, sort_keys=True))
    except OSError as e:  # a cache: without it the next process loads the model again
        log.warning("cannot keep the int8 record of %s in %s (%s)", folder, target, e)


def load_ready(folder: Path) -> tuple[Int8Graph, dict[str, Any]] | None:
    """The graph and facts that `save_ready` kept for the model in ``folder``, or None when there is
    no record of the folder as it is now (a file changed, added or removed) or it cannot be read."""
    ready = _ready_folder(folder)
    try:
        record = json.loads((ready / READY_FILE).read_text(encoding="utf-8"))
        tokenizer = (ready / TOKENIZER_FILE).read_text(encoding="utf-8")
        graph = _graph(Path(record["graph"]), tokenizer, str(record["pooling"]), int(record["max_length"]))
        return graph, dict(record["facts"])
    except (OSError, ValueError, KeyError, TypeError) as e:  # no record, or one to build again
        log.debug("no ready int8 record for %s (%s)", folder, e)
        return None


def _graph(path: Path, tokenizer_json: str, pooling: str, max_length: int) -> Int8Graph:
    import onnxruntime as ort
    from tokenizers import Tokenizer

    if not path.is_file():
        raise FileNotFoundError(path)
    tokenizer = Tokenizer.from_str(tokenizer_json)
    tokenizer.no_padding()  # each text runs alone (encode_int8)
    tokenizer.enable_truncation(max_length)
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1  # parallel across texts instead (encode_int8)
    options.inter_op_num_threads = 1
    options.log_severity_level = 3  # onnxruntime's own warnings go to stderr, not through logging
    session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    inputs = tuple(i.name for i in session.get_inputs())
    workers = len(os.sched_getaffinity(0))
    return Int8Graph(session, inputs, pooling, max_length, workers, tokenizer, path)


def _ready_folder(folder: Path) -> Path:
    """The record's folder: named by the model folder's path and its files as they are now."""
    digest = hashlib.sha256(f"v{BUILD_VERSION}\n{folder.resolve()}".encode())
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        stat = path.stat()
        digest.update(f"\n{path.relative_to(folder)}\t{stat.st_size}\t{stat.st_mtime_ns}".encode())
    return cache_dir() / "int8" / "ready" / digest.hexdigest()[:32]


def encode_int8(graph: Int8Graph, texts: list[str]) -> np.ndarray:
    """L2-normalised float32 rows for ``texts`` (prompt already prepended).

    Each text runs alone, on one core per worker: int8 activations are scaled per run, so a text
    in a batch would get a vector that depends on its neighbours (and on their padding). Alone,
    a text always gets the same vector; and on 2 cores two single-text runs side by side were
    measured faster than batches of 64 on two threads (about 125 against 90 texts a second).
    The model's fast tokenizer run directly gives the ids its transformers wrapper gives (checked
    on the 1,032 paragraphs of GNAD's first texts and on texts over the length limit).
    """
    encoded = graph.tokenizer.encode_batch(texts)

    def one(i: int) -> np.ndarray:
        feed = {
            name: np.asarray([getattr(encoded[i], ENCODING_FIELDS[name])], dtype=np.int64)
            for name in graph.inputs
        }
        hidden = graph.session.run(None, feed)[0][0]
        return hidden[0] if graph.pooling == "cls" else hidden.mean(axis=0)

    with ThreadPoolExecutor(graph.workers) as pool:
        pooled = np.stack(list(pool.map(one, range(len(texts))))) if texts else np.zeros((0, 0))
    norms = np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
    return (pooled / norms).astype(np.float32)


def _pooling(model: SentenceTransformer) -> str:
    """The pooling mode: sentence-transformers 6 names it ``pooling_mode``, older ones a getter."""
    pooling = model[1]
    getter = getattr(pooling, "get_pooling_mode_str", None)
    return str(getattr(pooling, "pooling_mode", None) or (getter() if getter else ""))


def _slug(key: str) -> str:
    """A folder name for a model key: readable start, hash for uniqueness."""
    readable = "".join(c if c.isalnum() or c in "-_." else "_" for c in key.split("/")[0])[:60]
    return f"{readable}-{hashlib.sha256(key.encode()).hexdigest()[:16]}"


def _build(model: SentenceTransformer, folder: Path) -> None:
    """Export and quantise into a temporary folder, then move it in place (atomic for readers).

    When another process built the same graph first, its folder is kept.
    """
    log.info("building the int8 graph of the embedding model into %s", folder)
    with atomic_dir(folder, keep_existing=True) as work:
        try:
            _export(model, work / "model.onnx")
            _quantise(work / "model.onnx", work / GRAPH_FILE)
        except Exception as e:  # any failure of the foreign exporters is the user's to see
            raise ModelError(f"cannot build the int8 embedding graph ({e}); use --precision float32") from e
        (work / "model.onnx").unlink()


def _token_vectors(transformer: Any, names: tuple[str, ...]) -> Any:
    """The transformer as a module of positional inputs returning only its token vectors (for export)."""
    import torch

    class TokenVectors(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.transformer = transformer

        def forward(self, *inputs: Any) -> Any:
            return self.transformer(**dict(zip(names, inputs, strict=True))).last_hidden_state

    return TokenVectors().eval()


def _export(model: SentenceTransformer, path: Path) -> None:
    import torch

    sample = model.tokenizer(
        ["passage: ein Satz", "passage: two sentences here"], padding=True, return_tensors="pt"
    )
    names = tuple(name for name in INPUTS if name in sample)
    axes = {name: {0: "batch", 1: "tokens"} for name in names}
    with _quiet(), torch.no_grad():
        torch.onnx.export(
            _token_vectors(model[0].auto_model, names),
            tuple(sample[name] for name in names),
            str(path),
            input_names=list(names),
            output_names=["last_hidden_state"],
            dynamic_axes={**axes, "last_hidden_state": {0: "batch", 1: "tokens"}},
            opset_version=17,
            dynamo=False,  # the TorchScript exporter needs no extra packages
        )


def _quantise(source: Path, target: Path) -> None:
    from onnxruntime.quantization import QuantType, quantize_dynamic

    # Per-channel int8 weights: measured cosine to float32 0.995 on average (per-tensor: 0.987).
    with _quiet():
        quantize_dynamic(str(source), str(target), weight_type=QuantType.QInt8, per_channel=True)


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """The exporters warn about tracing details that do not apply here; the library never prints.

    The quantiser warns through the root logger (``logging.warning``), which would also give the
    root logger a handler to stderr for good: a handler that drops everything is put there first.
    """
    root = logging.getLogger()
    dropping = logging.NullHandler()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        onnx_logger = logging.getLogger("onnxruntime")
        level, root_level = onnx_logger.level, root.level
        onnx_logger.setLevel(logging.ERROR)
        root.setLevel(logging.ERROR)
        root.addHandler(dropping)
        try:
            yield
        finally:
            root.removeHandler(dropping)
            onnx_logger.setLevel(level)
            root.setLevel(root_level)
