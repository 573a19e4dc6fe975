"""Round 20 of the MAT tag: concessive contrasts and the German separable "hören ... zu".

Structural, in every language: a concessive word ("aunque", "si bien", "bien que",
"quoique", "obwohl", "although", "even though") between a welcome and the slots after it
sets those slots against the welcome, as "but" always did (`guard.LIST_CONTRAST`); one
that concedes the reader's own treatment ("aunque estés en mantenimiento", "even though
you're on methadone") is part of the welcome. A condition everyone meets ("como
cualquiera", "like anybody") stops at such a contrast: what follows it is no longer the
rule for all (`frame._sentence_findings`). The constructions were first met among the
wrong friendlies of blind73 (now spent, see tests/fixtures/mat/BLIND.md); the cases
paraphrase them and their neighbours in each language, none is quoted.
"""

from __future__ import annotations

import pytest

from pipeline.mat.guard import LIST_CONTRAST
from pipeline.mat.lexicon import fold
from tests.test_mat_round10 import assert_status

CONTRASTS = [
    # a concessive word after an equality: the service after it is not for everyone
    ("es", "Los miembros en tratamiento con metadona comparten como cualquiera, aunque la "
     "secretaría y la coordinación las llevan compañeros sin medicación.", "not friendly"),
    ("es", "Quien toma buprenorfina participa igual que todos, si bien los cargos de servicio "
     "quedan para quienes no toman nada.", "not friendly"),
    ("fr", "Les membres sous méthadone sont les bienvenus, toutefois l'animation et la "
     "trésorerie restent aux membres sans traitement.", "not friendly"),
    ("de", "Substituierte sind willkommen und teilen wie alle, wobei Kassierer und "
     "Sprecherdienst Mitglieder ohne Substitut übernehmen.", "not friendly"),
    ("en", "Members on Suboxone share like anybody, although chairing and the treasury stay "
     "with members who take nothing.", "not friendly"),
]  # fmt: skip

CONCESSIONS = [
    # the concessive word concedes the reader's own treatment: the welcome stands
    ("es", "Hay un lugar para vos aunque estés en mantenimiento con metadona: compartís, "
     "servís y festejás tu tiempo limpio como cualquiera.", "friendly"),
    ("es", "Te esperamos aunque pases cada mañana por el centro a tomar tu dosis de "
     "metadona: compartes, sirves y recibes tus fichas.", "friendly"),
    ("en", "You belong here even though you're on methadone: you share, chair and pick up "
     "keytags like anyone.", "friendly"),
]  # fmt: skip

UNIVERSAL_STOPS = [
    # "como cualquiera" takes back the conditions of everyone's rule, not the limit after the
    # contrast: the slots after "aunque" are read as limited, so restricted, not unknown
    ("es", "Quienes reciben tratamiento con buprenorfina participan de la reunión como "
     "cualquiera, aunque la coordinación y la tesorería quedan en manos de miembros que no "
     "toman medicación.", "restricted"),
    ("en", "Members on methadone share like anybody, although the chair and the treasurer are "
     "members who take nothing.", "restricted"),
]  # fmt: skip

LISTENING = [
    # German "hören ... zu" is listening: a participation limit, not a welcome's list
    ("de", "Wer substituiert wird, hört im Meeting nur zu; geteilt wird von Mitgliedern ohne "
     "Substitution.", "restricted"),
    ("de", "Kein Unterschied zwischen Leuten mit und ohne Substitut: jeder erzählt von sich, "
     "hört zu und übernimmt Dienste.", "friendly"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes", "expected"), CONTRASTS)
def test_a_concessive_word_sets_the_slots_after_it_against_the_welcome(
    lang: str, notes: str, expected: str
) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), CONCESSIONS)
def test_a_concession_of_the_readers_own_treatment_is_part_of_the_welcome(
    lang: str, notes: str, expected: str
) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), UNIVERSAL_STOPS)
def test_a_condition_everyone_meets_stops_at_a_contrast(
    lang: str, notes: str, expected: str
) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), LISTENING)
def test_german_separable_listening(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(
    ("text", "contrasts"),
    [
        ("aunque la coordinacion queda en manos de otros", True),
        ("aunque estes en mantenimiento", False),
        ("aunque pases por la farmacia", False),
        ("aunque las lecturas las hacen otros", True),
        ("bien que le service soit reserve", True),
        ("obwohl du substituiert bist", False),
        ("obwohl der dienst anderen bleibt", True),
        ("even though you're on methadone", False),
        ("toutefois le service reste aux autres", True),
    ],
)
def test_which_concessive_words_contrast(text: str, contrasts: bool) -> None:
    assert (LIST_CONTRAST.search(fold(text)) is not None) is contrasts
