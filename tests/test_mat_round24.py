"""Round 24 of the MAT tag: limits that a welcome earlier in the listing hid.

Each construction was read among the wrong friendlies that stayed in spent and worn blind
sets, and in the tuning sets; the cases below paraphrase them (none is quoted from a blind
set). Round 24 was written after blind92-94 arrived and froze, without looking at them:
- a contrast set off by commas inside a sentence ("Keytags, however, go to...", "El grupo
  decidió, sin embargo, que...") takes something back from the welcome before it, as one
  that opens the sentence does (`guard.CONTRAST_ASIDE`), and "No obstante" opens one;
  the slot the contrast names is the limit it stands for;
- "without exception" only insists on whatever the sentence rules: it is no welcome alone
  ("bleibt diesem Meeting bitte fern - das gilt ohne Ausnahme" came out friendly at 0.95);
- staying away asked for is an exclusion ("stay away from this meeting", "bleibt ... fern",
  "absténganse de venir");
- slot words missing from the guard's vocabulary: every person of Spanish "moderar",
  "oradores", held "servicios", "medallones", German "Sprecher";
- the senses of "after", "off", "once" and "last" that set no condition (a clock time, a
  thing or a place, a past time, readiness, the group's last conscience), which had turned
  welcomes into restrictions (`guard.BENIGN`); the logistics of a limit that names nobody
  are found in the words as written (a keytag schedule is blanked as benign, and still marks
  logistics);
- asking that asks nothing of people on MAT ("we mail chips if you ask", "the group asked us
  to post this"), and "without" a judgement ("without distinction", "sin ninguna
  distinción") rather than a drug;
- a keytag schedule ("30, 60 o 90 días"), people who walked in "still using", an abstinence
  said not to include the medication, and "igual que cualquier otro miembro" set no
  condition either;
- a sentence that says the one before it holds for people on MAT ("That goes for bupe and
  methadone too") carries its reference back to it;
- medication said not to be using ("Taking your medication for a brain disorder is not
  'using'", "Tomar metadona no es consumir") is an equality, while "members who are not
  using anything, methadone included" still sets people apart;
- after round 24 froze, blind94 (terse US feeds) was read, and with it spent: "time starts
  when maintenance ends" ties clean time to the end of treatment; "w/o clean time" is
  "without"; "NO MAT RESTRICTIONS" is no "no MAT" (a run of "§" had been cut short by
  backtracking) but no restriction; "MED-ASSISTED OK" names MAT; "tu fecha es tu fecha" is
  an equality; AA's "no member should play doctor" sets no condition;
- a rule "like anybody" after a contrast does not cover what stands before the contrast:
  "No se entregan fichas a quienes siguen en Suboxone, aunque pueden compartir como
  cualquiera" came out friendly at 0.95.
"""

from __future__ import annotations

import pytest

from tests.test_mat_round10 import assert_status

CONTRAST_INSIDE_A_SENTENCE = [
    ("en", "Anyone on methadone is welcome to sit in. Chips and keytags, however, go to "
     "members counting time without any opiates.", "restricted"),
    ("es", "Las personas en metadona son bienvenidas. El grupo decidió, sin embargo, que no "
     "coordinen la reunión ni tengan cargos de servicio.", "restricted"),
    ("es", "Todos son bienvenidos, también quienes toman buprenorfina. No obstante, por "
     "conciencia de grupo, no ocupan cargos mientras sigan en tratamiento.", "restricted"),
    ("fr", "Les personnes sous méthadone sont les bienvenues. Les postes de service, "
     "toutefois, restent aux membres abstinents.", "restricted"),
    # no contrast: the welcome stands
    ("en", "Anyone on methadone is welcome to sit in, share and chair. Keytags at the end.",
     "friendly"),
]  # fmt: skip

WITHOUT_EXCEPTION_AND_STAYING_AWAY = [
    ("de", "Wer substituiert wird, bleibt diesem Meeting bitte fern - das gilt ohne Ausnahme.",
     "unfriendly"),
    ("en", "People on methadone, please stay away from this meeting, no exceptions.",
     "unfriendly"),
    ("es", "Quienes estén en programa de metadona, por favor absténganse de venir, sin "
     "excepción.", "unfriendly"),
    ("fr", "Les personnes sous méthadone sont priées de s'abstenir de venir, sans exception.",
     "unfriendly"),
    # a welcome that insists stays a welcome
    ("en", "Methadone patients welcome, no exceptions.", "friendly"),
    ("de", "Niemand auf Methadon muss diesem Meeting fernbleiben.", "friendly"),
]  # fmt: skip

SLOT_WORDS = [
    ("es", "Bienvenidos todos, también quienes están en metadona. Nota del grupo: quien esté "
     "en metadona no puede ocupar servicios ni dar su experiencia en la junta de oradores.",
     "not friendly"),
    ("es", "Bienvenidos los compañeros en metadona. En este grupo quienes toman metadona no "
     "moderan la reunión.", "not friendly"),
    ("es", "Bienvenidos los compañeros en metadona. En este grupo quienes toman metadona no "
     "reciben medallones.", "not friendly"),
    ("de", "Substituierte herzlich willkommen! Bitte habt Verständnis, dass wir Substituierte "
     "nicht als Sprecher beim Sprechermeeting einladen.", "not friendly"),
    # "moderación" is drinking less, the clinic's "servicios" are no slot
    ("es", "Bienvenidos los compañeros en metadona; la moderación y la reducción de daños "
     "también tienen lugar aquí.", "friendly"),
    ("es", "Bienvenidos los compañeros en metadona, que es uno de los servicios del centro de "
     "salud.", "friendly"),
]  # fmt: skip


WORDS_THAT_SET_NO_CONDITION = [
    ("en", "Methadone and bupe folks welcome here, doors open after 6:30.", "friendly"),
    ("en", "People on Suboxone are welcome - grab a Basic Text off the lit table and keep "
     "coming back.", "friendly"),
    ("en", "MAT welcome; share, read, and take a turn chairing once you feel ready.",
     "friendly"),
    ("en", "From our last group conscience: members on methadone are welcome.", "friendly"),
    ("en", "Candlelight format. Members on methadone welcome. Keytags go out at 30, 60, 90 "
     "days, 6 months and yearly - one schedule for every addict.", "friendly"),
    ("en", "Members on MAT are welcome. We read the Preamble; once a month someone with some "
     "time answers questions from the room.", "friendly"),
    # the same words as conditions
    ("en", "People on MAT are welcome and can chair once they're off methadone.",
     "restricted"),
    ("en", "Methadone folks welcome, and you can get chips after 90 days off it.",
     "restricted"),
    ("en", "Suboxone users welcome to sit in; keytags only after you taper off.", "restricted"),
    ("en", "Folks on methadone can join us once they're working toward a zero dose.",
     "not friendly"),
    ("en", "Members on methadone are welcome; we mail chips if you ask.", "friendly"),
    ("en", "MAT welcome: members on methadone share, sponsor and chair without distinction.",
     "friendly"),
    ("es", "Los compañeros en metadona comparten y hacen servicio sin ninguna distinción.",
     "friendly"),
    ("en", "Members on methadone are welcome; we ask that you listen during the discussion.",
     "restricted"),
    ("en", "Folks on bupe welcome, but we ask you to hold off on chips while on it.",
     "restricted"),
    ("es", "No se entregan fichas a quienes siguen en Suboxone, aunque pueden compartir como "
     "cualquiera.", "restricted"),
]  # fmt: skip


SCHEDULES_NARRATIVES_AND_BACK_REFERENCES = [
    ("es", "Los compañeros en metadona reciben su llavero de 30, 60 o 90 días igual que "
     "cualquier otro miembro.", "friendly"),
    ("en", "Some of us showed up still using, some on drug replacement therapy - whatever you "
     "take when you walk in, you are welcome here.", "friendly"),
    ("es", "Las personas en tratamiento con metadona son bienvenidas; nuestro compromiso con la "
     "abstinencia no incluye los medicamentos que tomas según tu médico.", "friendly"),
    ("en", "Open discussion. Treated like every other member: share, serve, sponsor, take a "
     "keytag. That goes for bupe and methadone too.", "friendly"),
    ("en", "Taking your medication for a brain disorder is not 'using'.", "friendly"),
    ("es", "Tomar metadona no es consumir.", "friendly"),
    ("en", "Chairs are members who are not using anything, methadone included.", "restricted"),
    ("en", "Members on methadone are welcome. Keytags go to members with drug-free time. That "
     "goes for bupe too.", "restricted"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes", "expected"), SCHEDULES_NARRATIVES_AND_BACK_REFERENCES)
def test_schedules_narratives_and_back_references(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


TERSE_FEEDS = [
    ("en", "Open to anyone w/ a desire to stop drinking, meds or not. Chips: time starts when "
     "maintenance ends.", "restricted"),
    ("en", "MAT not a barrier. (note: area policy = no service w/o clean time; this group "
     "follows area.)", "not friendly"),
    ("en", "NO MAT RESTRICTIONS at this group. Keytags, service, sharing open to all.",
     "friendly"),
    ("en", "No MAT.", "unfriendly"),
    ("en", "MED-ASSISTED OK. share, chair, keytags - everything.", "friendly"),
    ("es", "Tu fecha limpia es tu fecha aunque estés en metadona.", "friendly"),
    ("en", "No A.A. member should 'play doctor' - nobody here is turned away for being on "
     "methadone or bupe.", "friendly"),
    # "stops you" is no end of treatment
    ("en", "Nothing about your morning methadone stops you from taking part fully here.",
     "friendly"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes", "expected"), TERSE_FEEDS)
def test_terse_feeds(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), WORDS_THAT_SET_NO_CONDITION)
def test_words_that_set_no_condition(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), CONTRAST_INSIDE_A_SENTENCE)
def test_a_contrast_inside_a_sentence(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), WITHOUT_EXCEPTION_AND_STAYING_AWAY)
def test_without_exception_and_staying_away(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), SLOT_WORDS)
def test_slot_words_of_the_guard(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)
