"""Round 42 of the MAT tag (session 24): blind168 and blind169, read for their wrong
friendlies and their misses, and the round-41 newcomer's trial.

blind168-171 were written after round 41, frozen and scored on arrival with 777a89b:
0.984 / 0.855 / 0.873 with two wrong friendlies, one in blind168 (the German-speaking
countries' self-help, 119 de) and one in blind169 (Spanish-speaking meetings of the US
East Coast, 120 es). Those two were read and are spent; blind170 and blind171 stay unread.
A helper who had never seen the rules then tried forty listings of its own (27 of 40
agreed). Each case below is a paraphrase of its kind, and fails on 777a89b unless marked.
"""

from __future__ import annotations

import pytest

from tests.test_mat_round10 import assert_status

#: (lang, notes, expected)
LIMITS = [
    # the wrong friendlies: a service limit after a welcome, in German; a condition on
    # sharing in Spanish ("siempre y cuando no mencionen su medicamento")
    ("de", "Menschen in Substitution sind bei uns willkommen. Gruppenleitung und "
     "Helferausbildung sind allerdings an Abstinenz gebunden.", "restricted"),
    ("de", "Menschen in Substitution sind willkommen. Die Gruppenleitung setzt Abstinenz "
     "voraus.", "restricted"),
    ("es", "Los que están en metadona pueden venir y compartir, siempre y cuando no mencionen "
     "su medicamento en la reunión.", "restricted"),
    # "no" said of one slot in a list of answers, or a slot's question answered "no"
    ("en", "People on buprenorphine: attending yes, sharing yes, service no.", "restricted"),
    ("es", "¿Puedo compartir si tomo metadona? Claro que sí. ¿Y hacer servicio? Todavía no.",
     "restricted"),
    ("en", "MAT members welcome at every meeting. Keytags too? Not yet.", "restricted"),
]  # fmt: skip

#: A question about an obligation or a harm, answered "no": nothing limited.
NOT_LIMITS = [
    # passes on 777a89b
    ("en", "Q: Is this meeting MAT-friendly? A: Yes. Q: Do I need a sponsor first? A: No.",
     "friendly"),
    # passes on 777a89b
    ("es", "P: ¿Estar en tratamiento con bupre me impide recibir mi ficha? R: No. Tu tiempo "
     "limpio se respeta desde el primer día.", "not restricted"),
    # passes on 777a89b
    ("de", "Musst du für ein Amt oder einen Schlüsselanhänger vom Polamidon runter sein? "
     "Nein. Deine Cleanzeit gehört dir.", "friendly"),
]  # fmt: skip

WELCOMES = [
    # German equal treatment: "alles wie bei allen", "alle mit gleicher Stimme",
    # "Mitglied zweiter Klasse", "kein Ausschlussgrund - nicht fürs Teilen, ..."
    ("de", "Ein NA-Meeting, das sich bewusst als offen für substituierte Mitglieder versteht: "
     "teilen, Dienste, Cleanzeit - alles wie bei allen.", "friendly"),
    ("de", "In der Runde redet mit, wer will - mit Methadon oder ganz ohne, alle mit gleicher "
     "Stimme.", "friendly"),
    ("de", "Eine Dosis Substitol vom Arzt macht niemanden zu einem Mitglied zweiter Klasse.",
     "friendly"),
    ("de", "Substitution ist hier kein Ausschlussgrund - nicht fürs Teilen, nicht für "
     "Dienste, nicht für die Cleanzeit.", "friendly"),
    # "kommt wieder" is NA's "keep coming back"; "wir können euch nur sagen" limits nothing
    ("de", "Wenn das Thema Methadon aufkommt, urteilen wir nicht - wir können euch nur sagen: "
     "ihr seid in jedem NA-Meeting willkommen, lest NA-Literatur und kommt wieder.",
     "friendly"),
    ("en", "When methadone comes up we don't judge; we can only tell you that you are welcome "
     "at any NA meeting and to keep coming back.", "friendly"),
    # abstinence as one way among others (passes on 777a89b in this wording)
    ("de", "Egal ob du konsumierst, substituiert wirst oder abstinent lebst - du redest hier "
     "mit und kannst Gruppenaufgaben übernehmen.", "friendly"),
    # "are sober members of this group, period" (passes on 777a89b in this wording)
    ("en", "We're a program of sobriety. Members on methadone or buprenorphine prescribed for "
     "opioid use disorder are sober members of this group, period.", "friendly"),
    # "keytags go to whoever asks"
    ("en", "Your clean date is the date you give us - nobody asks what your doctor "
     "prescribes, and keytags go to whoever asks for one.", "friendly"),
    # Spanish: "el vasito de la clínica", "el que viene de la clínica", "no hay miembros de
    # segunda", "le damos el mismo cuidado"
    ("es", "Aquí nadie te va a mirar raro por el vasito de la clínica. Compartes, sirves el "
     "café, recibes tu llavero.", "friendly"),
    ("es", "El que viene de la clínica comparte cuando quiera y celebra su tiempo limpio con "
     "todos nosotros. Aquí no hay miembros de segunda.", "friendly"),
    # passes on 777a89b in this wording
    ("es", "Al que llega en metadona o suboxone le damos el mismo cuidado que nos ayudó a "
     "nosotros: comparte, sirve, recibe su llavero.", "friendly"),
    # set against other groups, this group's own welcome
    ("es", "A diferencia de otros grupos, este grupo siempre ha dado la bienvenida a miembros "
     "que usan metadona o buprenorfina. Participación plena.", "friendly"),
    # passes on 777a89b
    ("en", "Unlike some groups, this group has always welcomed members on methadone.",
     "friendly"),
    # the trial: "dosed at the window", a view rejected in Spanish
    ("en", "Dosed at the window this morning? Pull up a chair, you belong here and you can "
     "share.", "friendly"),
    ("es", "Algunos veteranos dicen que quien toma metadona no está realmente limpio. El "
     "grupo no está de acuerdo: todos pueden compartir y hacer servicio.", "friendly"),
]  # fmt: skip

EXCLUSIONS = [
    ("de", "In vielen Meetings wird man schief angeschaut, wenn man Methadon nimmt. Bei uns "
     "ist es nicht anders: wer substituiert wird, sollte lieber in ein anderes Meeting "
     "gehen.", "unfriendly"),
    # "nicht aufgenommen werden" is this meeting's own (passes on 777a89b)
    ("de", "Geschlossenes Meeting. Personen in Methadonbehandlung werden in dieses Meeting "
     "nicht aufgenommen.", "unfriendly"),
]  # fmt: skip

NO_POLICY = [
    # how other meetings treat people on MAT
    ("es", "Sabemos que las personas en metadona muchas veces no reciben una cálida "
     "bienvenida en las reuniones.", "unknown"),
    ("en", "At a lot of meetings you get side-eye for being on methadone.", "unknown"),
    ("es", "Existimos porque a muchos pacientes de metadona los excluyen o los humillan en "
     "otros grupos de 12 pasos.", "not unfriendly"),
    # another meeting right after this one; a house, not the meeting
    ("en", "A MAT group meets right after ours in the same room.", "unknown"),
    ("en", "Hosted at Grace sober living (a MAT-friendly residence).", "unknown"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes", "expected"), LIMITS)
def test_limits_read_in_round42(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), NOT_LIMITS)
def test_questions_answered_no_that_limit_nothing(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), WELCOMES)
def test_welcomes_read_in_round42(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), EXCLUSIONS)
def test_exclusions_read_in_round42(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), NO_POLICY)
def test_no_policy_read_in_round42(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)
