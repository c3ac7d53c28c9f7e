"""The add on a Dask cluster gives the same answer as the single-process add, byte for byte."""

from __future__ import annotations

import json
import random

import pytest
from typer.testing import CliRunner

from checker.cli import app
from checker.store import add_to_store, check_store
from checker.store.distributed import partitions
from checker.types import Article

# Sentences written for this test; an article takes a few of them with its own figures and names.
GERMAN = [
    "Nach Angaben des Ministeriums sind etwa {n}.000 Soldaten in der Region {place} eingetroffen.",
    "„Die Lage ist sehr ernst“, sagte {person} am {day} in {city}.",
    "Die Regierung kündigte an, weitere {m} Millionen Euro für den Wiederaufbau bereitzustellen.",
    "Mindestens {k} Menschen wurden bei dem Angriff auf einen Bahnhof in {place} verletzt.",
    "Der Bürgermeister erklärte, die Stadt werde die Schulen in der kommenden Woche wieder öffnen.",
]
ENGLISH = [
    "About {n},000 troops have arrived in the {place} region, the ministry said on {day}.",
    '"The situation is very serious," {person} told reporters in {city}.',
    "The government pledged a further {m} million euros for reconstruction.",
    "At least {k} people were injured in the attack on a railway station in {place}.",
    "The mayor said schools in the city would reopen next week.",
]
PLACES = ["Kursk", "Charkiw", "Donezk", "Saporischschja", "Cherson"]
PEOPLE = ["Anna Berger", "Jonas Keller", "Maria Lindqvist", "Peter Novak", "Sofia Marin"]
CITIES = ["Berlin", "Brüssel", "Kiew", "Wien", "Genf"]
DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag"]


def generated_articles(count: int, *, seed: int = 7) -> list[dict[str, str]]:
    rng = random.Random(seed)
    out = []
    for i in range(count):
        templates = GERMAN if i % 2 == 0 else ENGLISH
        values = {
            "n": rng.randint(2, 12), "m": rng.randint(5, 90), "k": rng.randint(3, 60),
            "place": rng.choice(PLACES), "person": rng.choice(PEOPLE), "city": rng.choice(CITIES),
            "day": rng.choice(DAYS),
        }  # fmt: skip
        text = " ".join(t.format(**values) for t in rng.sample(templates, 3))
        out.append(
            {"id": f"gen-{i:03d}", "text": text, "published": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"}
        )
    return out


def test_partitions_keep_the_input_order_and_cover_it():
    articles = [Article(f"a{i}", "x") for i in range(100)]
    parts = partitions(articles, 2)
    assert [a for part in parts for a in part] == articles
    assert [len(p) for p in parts] == [4] * 25  # about 16 a worker


def test_workers_and_scheduler_together_are_a_usage_error(tmp_path):
    (tmp_path / "a.txt").write_text("Ein kurzer Artikel mit genug Wörtern für einen ganzen Satz.\n")
    args = [
        "add",
        str(tmp_path / "a.txt"),
        "--store",
        str(tmp_path / "s"),
        "--workers",
        "2",
        "--scheduler",
        "x:1",
    ]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1
    assert "give --workers N (a local cluster) or --scheduler ADDRESS" in result.output


@pytest.mark.slow
def test_two_workers_give_the_report_of_the_single_process_add(tmp_path, model):
    articles = generated_articles(240)
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    first, later = articles[:200], path
    for name, workers in (("single", None), ("dask", 2)):
        add_to_store(first, tmp_path / name, workers=workers)
        add_to_store(later, tmp_path / name, workers=workers)  # 40 more: an incremental add
    single, dask = check_store(tmp_path / "single"), check_store(tmp_path / "dask")
    assert len(single.run.claims) > 700 and single.run.conflicts
    assert dask.to_json() == single.to_json()
    assert (
        check_store(tmp_path / "dask", new_only=True).to_json()
        == check_store(tmp_path / "single", new_only=True).to_json()
    )
    assert len(list((tmp_path / "dask" / "segments").iterdir())) > 2
