"""The learned partners: a second opinion on which of the carriers and retailers a passage names are the maker's
partners in its event (``candidate_model``).

The rules (``extract._partners``, ``partner_roles``) keep every known name outside a side clause and a few roles
(owners, networks, rivals). Other hands write partners the rules keep though the guide does not ("tested with the
bands used by T-Mobile", "investors including Amazon", the carrier whose exclusive ends) and leave out ones it does
("the store, which sells it alongside Verizon"). The model weighs each name the passage gives, or the rules found
by pointing back, by the words beside it, the rules' own answer and hint, and the rules' kind; on the dev batches
no rule was written from, cross-validated by file, it is right more often than the rules (figures in
``benchmarks/train_candidate_models.py``'s output). Its guess says so in the hint, with what the rules said.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from gui.core.evidence.candidate_model import CandidateModel, load_candidate_model

__all__ = ["MODEL_FILE", "candidates", "learned_partners", "partner_features", "partner_model"]

MODEL_FILE = Path(__file__).with_name("partner_model.npz")

_WORD = re.compile(r"[a-z]+|\d+")


@lru_cache(maxsize=1)
def partner_model() -> CandidateModel | None:
    """The shipped model, or None when its file is missing (the rules alone)."""
    return load_candidate_model(MODEL_FILE)


def candidates(vocabulary, passage: str, rules_partners) -> dict[str, list[tuple[int, int]]]:
    """Each partner the rules kept or the passage names (by ``vocabulary``, an ``extract.Vocabulary``), in that
    order, with where the passage names it (none: the rules found it by pointing back)."""
    found: dict[str, list[tuple[int, int]]] = {name: [] for name in rules_partners}
    for start, end, name in vocabulary.partners.finditer(passage):
        found.setdefault(name, []).append((start, end))
    return found


def partner_features(
    passage: str, name: str, spans: list[tuple[int, int]], rules_partners, rules_hint: str, rules_kind: str, count: int
) -> list[str]:
    """What the model reads of one candidate: the rules' answer and hint, the rules' kind, the words beside its first
    two mentions, where it is named, and the passage's words. The training script calls this same function."""
    low = passage.lower()
    hint = " ".join(rules_hint.split()[:4])
    features = ["bias", f"hint:{hint}", f"kind:{rules_kind}", f"n:{min(count, 4)}"]
    if name in rules_partners:
        features += ["rules_in", f"rules_in_kind:{rules_kind}", f"rules_in_hint:{hint}"]
    else:
        features.append(f"rules_out_kind:{rules_kind}")
    if not spans:
        features.append("no_mention")
    for start, end in spans[:2]:
        left = _WORD.findall(low[max(0, start - 50) : start])
        right = _WORD.findall(low[end : end + 40])
        features += [f"l:{w}" for w in left[-4:]] + [f"r:{w}" for w in right[:4]]
        if left:
            features.append(f"l1:{left[-1]}")
        if right:
            features.append(f"r1:{right[0]}")
        if len(left) > 1:
            features.append(f"l2:{left[-2]} {left[-1]}")
        if start < 3:
            features.append("starts")
        features.append(f"pos:{min(4, start * 5 // max(1, len(passage)))}")
    features += [f"w:{w}" for w in sorted(set(_WORD.findall(low)))]
    return features


def learned_partners(
    vocabulary, passage: str, rules_partners: tuple[str, ...], rules_hint: str, rules_kind: str
) -> tuple[tuple[str, ...], str]:
    """The partners to prefill and why: the rules' where the model keeps the same names (or there is no model),
    else the names it keeps, saying that they are a guess, what it changed and what the rules said."""
    model = partner_model()
    if model is None:
        return rules_partners, rules_hint
    found = candidates(vocabulary, passage, rules_partners)
    chances = {
        name: model.probability(partner_features(passage, name, spans, rules_partners, rules_hint, rules_kind, len(found)))
        for name, spans in found.items()
    }
    kept = tuple(name for name, chance in chances.items() if chance > 0.5)
    if set(kept) == set(rules_partners):
        return rules_partners, rules_hint
    changes = [f"added {name} ({chances[name]:.0%} sure)" for name in kept if name not in rules_partners]
    changes += [f"left out {name} ({1 - chances[name]:.0%} sure)" for name in rules_partners if name not in kept]
    return kept, (
        f"a guess learned from {model.passages:,} labelled passages: {', '.join(changes)}; the rules said {rules_hint}"
    )
