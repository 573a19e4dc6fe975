"""Round 9 of the MAT tag: constructions four more writers used (tuning57-tuning60).

Each case paraphrases a construction found on a tuning set when it arrived, in the
languages where the round taught it; the expected status is the one a careful reader
gives the listing alone.
"""

from __future__ import annotations

import pytest

from pipeline.mat.engine import Listing, tag_mat


def status(notes: str) -> str:
    return tag_mat(Listing.from_mapping({"id": "r9", "notes": notes})).status


LIMITS = [
    # "must not" is a prohibition, never a negated requirement
    ("es", "Los servidores de confianza no deben estar tomando naltrexona.", "restricted"),
    ("en", "Trusted servants must not be taking methadone or buprenorphine.", "restricted"),
    # a word reserved for the clean, a time slot, a drug like any other
    ("es", "Las personas en metadona pueden asistir. La palabra en la reunión se reserva "
     "para los adictos limpios.", "restricted"),
    ("en", "Those on replacement therapy may share for up to 2 minutes during the final "
     "round.", "restricted"),
    ("fr", "La méthadone, c'est un produit comme un autre. Quand tu auras décroché, la "
     "porte sera grande ouverte.", "unfriendly"),
    # another group's welcome is not this one's
    ("en", "Some NA groups welcome people on MAT; ours is not one of them.", "not friendly"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes", "expected"), LIMITS)
def test_limits_of_round_9(lang: str, notes: str, expected: str) -> None:
    got = status(notes)
    if expected == "not friendly":
        assert got != "friendly", lang
    else:
        assert got == expected, lang


WELCOMES = [
    ("en", "We do not restrict sharing or service for members on MAT."),
    ("en", "Being on Suboxone won't limit anything you can do in this group."),
    ("fr", "Pas de jugement sur la méthadone ni sur le Subutex, et aucune limite à ta "
     "participation."),
    ("fr", "Être sous Subutex ne fait pas de toi un membre à part."),
    ("de", "Niemand fragt hier nach deiner Dosis. Keine Einschränkungen beim Teilen oder bei "
     "Diensten wegen Substitution."),
    ("de", "Mit Buprenorphin bist du hier kein Mitglied zweiter Klasse."),
    ("es", "En este grupo, estar en mantenimiento con metadona es estar en recuperación."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes"), WELCOMES)
def test_welcomes_of_round_9(lang: str, notes: str) -> None:
    assert status(notes) == "friendly", lang


def test_tomes_o_no_is_a_pathway_not_an_exclusion() -> None:
    notes = "Tu fecha limpia la decides tú, tomes o no buprenorfina."
    assert status(notes) != "unfriendly"
