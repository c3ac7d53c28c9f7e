"""The one language detector: function-word counts, "und" when a text has none."""

import pytest

from checker.lang.detect import detect_language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Die Soldaten sind in der Region und werden bald verlegt.", "de"),
        ("The troops are in the region and will be moved soon.", "en"),
        ("12.000 / 3.000 / 8.000", "und"),
    ],
)
def test_detect_language(text, lang):
    assert detect_language(text) == lang
