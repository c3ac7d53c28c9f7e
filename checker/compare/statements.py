"""Statements that say the same thing except for a negation or a day.

Only near-identical sentences are compared (a syndicated copy, a light edit): there a flipped
"nicht"/"not" or a changed weekday is a real disagreement, while in looser paraphrases such word
differences are too often just different phrasing.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator, Mapping, Sequence

from ..lang import every_language
from ..lang.shared import WORD
from ..types import Article, Claim, Conflict, Pair, Severity

# Pairs below this similarity are paraphrases at best; their word differences mean little.
MIN_SCORE = 0.95
# At least this share of the words must be the same, in the same order.
MIN_SAME_WORDS = 0.8

# A statement may be in any language: the words of all of them.
NEGATIONS = every_language("compare", "STATEMENT_NEGATIONS")
WEEKDAYS = every_language("compare", "WEEKDAYS")


def compare_statements(
    claims: Sequence[Claim], pairs: Sequence[Pair], articles: Mapping[str, Article]
) -> Iterator[Conflict]:
    """Findings for paired statements of different articles: a negation or a weekday differs.

    Example:
        >>> a = Claim("a#0", "a", "statement", "Die Truppen sind am Montag nicht eingetroffen.", 0, 46)
        >>> b = Claim("b#0", "b", "statement", "Die Truppen sind am Montag eingetroffen.", 0, 40)
        >>> [c.label for c in compare_statements([a, b], [Pair("a#0", "b#0", 0.97)], {})]
        ['negation']
    """
    by_id = {claim.id: claim for claim in claims}
    for pair in pairs:
        one, other = by_id.get(pair.a), by_id.get(pair.b)
        if one is None or other is None or pair.same_article or pair.score < MIN_SCORE:
            continue
        if one.kind == other.kind == "statement":
            conflict = _compare(one, other)
            if conflict is not None:
                yield conflict


def _compare(one: Claim, other: Claim) -> Conflict | None:
    a_words, b_words = _words(one.text), _words(other.text)
    matcher = difflib.SequenceMatcher(
        a=[w.lower() for w in a_words], b=[w.lower() for w in b_words], autojunk=False
    )
    same = sum(block.size for block in matcher.get_matching_blocks())
    if same < MIN_SAME_WORDS * max(len(a_words), len(b_words)):
        return None
    changed = [
        (op, a_words[i1:i2], b_words[j1:j2]) for op, i1, i2, j1, j2 in matcher.get_opcodes() if op != "equal"
    ]
    changed_words = {w.lower() for _, old, new in changed for w in (*old, *new)}
    if not changed_words:
        return None
    if changed_words <= NEGATIONS:
        return _conflict(
            one,
            other,
            "negation",
            "high",
            "one says the opposite: a negation differs",
            matcher,
            a_words,
            b_words,
        )
    if all(_is_day(word) for word in changed_words):
        return _conflict(
            one, other, "date", "medium", "the same event on a different day", matcher, a_words, b_words
        )
    return None


def _conflict(
    one: Claim,
    other: Claim,
    label: str,
    severity: Severity,
    reason: str,
    matcher: difflib.SequenceMatcher[str],
    a_words: list[str],
    b_words: list[str],
) -> Conflict:
    diff = [(op, a_words[i1:i2], b_words[j1:j2]) for op, i1, i2, j1, j2 in matcher.get_opcodes()]
    changes = "; ".join(
        f"{' '.join(old) or '—'} → {' '.join(new) or '—'}" for op, old, new in diff if op != "equal"
    )
    return Conflict(
        id="",
        kind="statement",
        label=label,
        severity=severity,
        claim_ids=tuple(sorted((one.id, other.id))),
        article_ids=tuple(sorted({one.article_id, other.article_id})),
        summary=f"{one.article_id} vs {other.article_id}: {changes}",
        details={"reason": reason, "diff": diff},
    )


def _is_day(word: str) -> bool:
    # "Dienstagabend", "Mittwochmorgen": German compounds start with the weekday
    return any(word.startswith(day) for day in WEEKDAYS)


def _words(text: str) -> list[str]:
    return WORD.findall(text)
