"""Marking a theory paper, free of the database so it can be checked by hand-computed scores.

Rules (printed on the answer key): a single choice or true/false question scores its points when
the answer is the key; a multiple choice question scores its points only when every right option
and no wrong one is chosen (多选题错选、漏选均不得分); an unanswered question scores nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

LETTERS = "ABCDEF"


@dataclass(frozen=True)
class Key:
    kind: str  # labels.QuestionKind value
    answer: str  # "B", "ACD", "T" or "F"
    points_centi: int


def normalise(answer: str) -> str:
    """What a contestant chose, as the key is written: option letters sorted, or T / F."""
    text = answer.strip().upper()
    if text in ("T", "F"):
        return text
    return "".join(sorted({ch for ch in text if ch in LETTERS}))


def score(answers: Mapping[int, str], keys: Mapping[int, Key]) -> int:
    """The paper's score in hundredths of a point; answers to questions not on the paper count nothing."""
    total = 0
    for question, key in keys.items():
        given = answers.get(question)
        if given is not None and normalise(given) == key.answer:
            total += key.points_centi
    return total
