"""Where the learned reader may speak after the rules, and what it may change.

It speaks only where the rules saw people on MAT named (a mention, a finding or a hedge)
and still decided unknown, so the night's thousands of plain listings stay as the rules
left them. There it fills the unknown with its own status when its probability reaches
`rules.LEARNED.fill_at` (restricted or unfriendly) or `fill_friendly_at` (friendly, never
where the rules read a pointer to another meeting or an equal footing denied, nor from a
question nobody answers). Everything it decides goes to review at `CONFIDENCE["learned"]`,
below any rule's friendly.

The thresholds come from five-fold cross-validation on the read sets (grouped by set):
friendly fills at 0.85 or above were right 341 of 343 times, those at 0.80 to 0.85 only 50
of 54. The figures on sets nobody read are in the README (MAT tagging).

The decision keeps the rules' evidence, after a line naming the reader, its probability and
the sentence it leans on most.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from pipeline.mat.frame import evidence_line
from pipeline.mat.learned.features import listing_text
from pipeline.mat.learned.model import STATUSES, learned_model
from pipeline.mat.rules import CONFIDENCE, LEARNED

if TYPE_CHECKING:
    from pipeline.mat.engine import Listing, MatDecision

RULE_ID = "learned-reader"


def second_reading(
    listing: Listing, decision: MatDecision, *, friendly_barred: bool = False
) -> MatDecision:
    """The rules' unknown, filled by the learned reader where it is sure enough.

    The caller (`engine.tag_mat`) calls it only for an unknown where the rules saw people
    on MAT named. `friendly_barred`: the rules read something a bag of words takes for a
    welcome (a pointer to another meeting, an equal footing denied); the reader may then
    fill a limit but never a friendly."""
    model = learned_model()
    text = listing_text(
        listing.fellowship, listing.name, listing.group_name, listing.notes, listing.types
    )
    p = model.probabilities(text)
    best = int(p.argmax())
    status = STATUSES[best]
    if status == "unknown":
        return decision
    if status == "friendly" and (friendly_barred or p[best] < LEARNED.fill_friendly_at):
        return decision
    if p[best] < LEARNED.fill_at:
        return decision
    shown = "\n".join(t for t in (listing.name, listing.group_name, listing.notes) if t)
    sentence = model.leaning_sentence(shown, status)
    if status == "friendly" and _unanswered(sentence, shown):
        # "¿Y si tomo metadona o Suboxone?" alone read friendly 0.85 (session 19 newcomer
        # trial): a question nobody answers states no policy, for the reader as for the rules
        return decision
    key = f"learned={status} p={float(p[best]):.2f}"
    return replace(
        decision,
        status=status,
        confidence=CONFIDENCE["learned"],
        evidence=(evidence_line("listing", key, RULE_ID, sentence), *decision.evidence),
        needs_review=True,
        decided_by="learned",
    )


def _unanswered(sentence: str, text: str) -> bool:
    """The sentence is a question and nothing follows it."""
    if not sentence.rstrip().endswith("?"):
        return False
    at = text.find(sentence)
    return at < 0 or not text[at + len(sentence) :].strip(" \t\n\"'”»)")
