"""Stores for the desk, built without the model: articles written for these tests, their real
claims, vectors from hashed words (texts that share words score high), written through the store's
own functions as tests/store/conftest.py does."""

from __future__ import annotations

from pathlib import Path

import pytest
from store_helpers import add_without_model

from checker.api import to_articles

# id -> (outlet, published, url, text): four reports of one count that disagree.
STORY = {
    "troops-a": ("Morgenblatt", "2024-10-23", "https://example.org/a",
                 "Am Mittwoch waren 3.000 nordkoreanische Soldaten in Russland, sagte das Pentagon.\n\n"
                 "„Das ist eine gefährliche Eskalation“, sagte Außenminister Antony Blinken in Brüssel."),
    "troops-b": ("Abendpost", "2024-10-23", "https://example.org/b",
                 "Am Mittwoch waren 8.000 nordkoreanische Soldaten in Russland, sagte das Pentagon.\n\n"
                 "„Das ist keine gefährliche Eskalation“, sagte Außenminister Antony Blinken in Brüssel."),
    "troops-c": ("Daily Ledger", "2024-10-23", "https://example.org/c",
                 "On Wednesday 12,000 North Korean troops were in Russia, the Pentagon said. "
                 "Officials said the troops arrived by train."),
    "troops-d": ("Landbote", "2024-11-04", None,
                 "Nach ukrainischen Angaben kämpfen 11.000 nordkoreanische Soldaten in der Region Kursk."),
    "drones-a": ("Abendpost", "2024-11-04", "https://example.org/e",
                 "In der Nacht zum Montag griffen 40 Drohnen die Stadt Charkiw an, teilte die Armee mit."),
    "drones-b": ("Landbote", "2024-11-04", "https://example.org/f",
                 "In der Nacht zum Montag griffen 90 Drohnen die Stadt Charkiw an, teilte die Armee mit."),
    "troops-e": ("Morgenblatt", "2024-11-04", "https://example.org/g",
                 "Laut Pentagon kämpfen 5.000 nordkoreanische Soldaten in der Region Kursk."),
}  # fmt: skip
# Articles about something else: an add of these changes no finding above.
UNRELATED = {
    "garden": ("Gartenzeitung", "2024-11-10", None,
               "Im Stadtpark blühen in diesem Herbst die Astern besonders lange. Der Gärtner freut sich."),
    "chess": ("Board Weekly", "2024-11-11", None,
              "The chess club meets on Thursdays in the library. New players are welcome."),
}  # fmt: skip


def add_articles(root: Path, records: dict[str, tuple[str, str, str | None, str]]) -> None:
    """What `checker add` writes, with `word_vectors` instead of the model."""
    articles = to_articles(
        [{"id": i, "source": s, "published": p, "url": u, "text": t} for i, (s, p, u, t) in records.items()]
    )
    # the desk's findings are written for figures matched by subject key: hashed words are no
    # stand-in for the model's frame embeddings
    add_without_model(root, articles, with_frames=False)


@pytest.fixture
def desk_store(tmp_path: Path) -> Path:
    root = tmp_path / "store"
    add_articles(root, STORY)
    return root


@pytest.fixture
def stores() -> object:
    class Stores:
        add = staticmethod(add_articles)
        story = STORY
        unrelated = UNRELATED

    return Stores
