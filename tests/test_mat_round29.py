"""Round 29 of the MAT tag: requests, purposes and pointers elsewhere.

Written from the tuning sets and the worn and spent blind sets only, after blind104-106
were frozen and scored (they moved none). The cases paraphrase the kinds found there
(none is quoted from a blind set):
- a request between MAT and a verb is no permission: "if you're on Suboxone please
  listen today and share with a member afterward" limits sharing, it does not list it
  (it read friendly, 0.85, unreviewed); "just sit out the readings" after a welcome;
- sharing left to the end or after the meeting ("el compartir ... se deja para el
  final", "teilen danach beim Kaffee");
- a denial "for this purpose" limits the slot named there or just before ("Officers need
  a year free of all substances; methadone counts as a substance for this purpose"): a
  chip or a position, not the door (nine restricted listings read unfriendly);
- "counts as a substance" is no clean time that counts; "clean time is counted from your
  last use, and that includes maintenance doses" is time left out, not a welcome;
- "we don't believe in trading one drug for another" opposes the practice: an exclusion,
  not its denial;
- more ways of sending people elsewhere instead ("you'd feel more at home at a MARA
  meeting", "mieux que notre groupe", "más a gusto en…", "isn't a fit"), also where no
  cue named the other meeting, and a pointer beside "this group is abstinence only";
- welcomes in other words: "you won't get pushback here for being on MAT", "clean is
  clean, meds or not";
- after the freeze, from blind105 (now spent): a limit after a welcome that names nobody
  ("lo que no pueden por ahora es ser RSG", "what they can't do for now"), also after a
  business meeting's decision ("quedó así: pueden compartir, pero no llevan la
  secretaría"; both were friendly at 0.85); "no es que no puedas venir" is no ban; "no
  pueden participar en esta reunión" is the room, not sharing; "no es … ni una sala de
  espera hasta que dejes la metadona" is no waiting room (a pseudo-negation); a sentence
  refuted by the next ("… no éramos bienvenidos. No es así") is the belief corrected, not
  a ban;
- false limits from the worn sets: clean time "se cuenta desde que dejaron de consumir" is
  the last use, not the last dose (it read as time not counted, 0.85); "newcomers keep
  asking" names who asks, not a request;
- from blind109 (read after blind107-109 were frozen, and spent): a report of exclusion
  in other rooms ("excluded from other 12-step groups; that's why MA exists") is no ban of
  this one (two Methadone Anonymous meetings read unfriendly at 0.9); a motion whose vote
  was postponed or tabled decides nothing (one read friendly at 0.95); "same as the rest
  of us" after the slots is a welcome; "this meeting probably isn't where you want to be
  right now", said to people on MAT, sends them away.
"""

from __future__ import annotations

import pytest

from tests.test_mat_round10 import assert_status, status

REQUEST_IS_NO_PERMISSION = [
    ("en", "If you're on methadone or Suboxone please listen tonight and share with a "
     "member after the meeting.", "restricted"),
    ("en", "If you have dosed today, methadone included, please hold your share and talk "
     "with someone afterward.", "not friendly"),
    ("en", "Open discussion, everyone welcome (on bupe? come on in - just sit out the "
     "readings and the chip ceremony).", "restricted"),
    ("en", "We have never asked a member on methadone to sit out, and we never will.",
     "friendly"),
]  # fmt: skip

SHARING_AT_THE_END = [
    ("es", "Bienvenidos todos (el compartir de los compañeros en metadona se deja para el "
     "final).", "restricted"),
    ("de", "Alle sind willkommen; Substituierte hören im Meeting zu und teilen danach beim "
     "Kaffee.", "restricted"),
    ("en", "Members on Suboxone share and afterwards we all go for pizza.", "friendly"),
]  # fmt: skip

FOR_THIS_PURPOSE = [
    ("en", "Treasurer and GSR need 6 months free of all mind-altering substances. "
     "Methadone/bupe counts as a substance for this purpose.", "restricted"),
    ("en", "Medallions mark drug-free time. Maintenance medication counts as a drug for this "
     "purpose.", "restricted"),
    ("es", "Llavero de 90 días = 90 días sin ninguna droga. A estos efectos la metadona "
     "cuenta como droga.", "restricted"),
    ("en", "Keytags at the end. Clean time is counted from your last use of any opioid, and "
     "that includes prescribed maintenance doses.", "restricted"),
]  # fmt: skip

OPPOSED_PRACTICE = [
    ("en", "We don't believe in trading one drug for another; if you're on a maintenance "
     "med, think hard about whether this is the right room for you.", "unfriendly"),
    ("en", "We don't believe methadone is trading one drug for another.", "friendly"),
]  # fmt: skip

ELSEWHERE_INSTEAD = [
    ("en", "Sundays 7 pm, complete abstinence. If you're on methadone, you'd probably feel "
     "more at home at a MARA meeting.", "unfriendly"),
    ("en", "People on MAT: the Tuesday MARA meeting at the library is where you'll want to "
     "go.", "unfriendly"),
    ("fr", "Pour les personnes sous TSO, la réunion MARA du jeudi est plus adaptée que la "
     "nôtre.", "unfriendly"),
    ("es", "Los compañeros en metadona estarán más a gusto en el grupo de su centro.",
     "unfriendly"),
    ("en", "MARA meets Mondays for people taking medication - go there. This grp is "
     "abstinence only.", "unfriendly"),
    ("en", "Our area lists MAT-friendly meetings separately; this group is abstinence-based.",
     "not friendly"),
]  # fmt: skip

FROM_BLIND105 = [
    ("es", "Los compañeros en buprenorfina vienen y comparten. Lo que no pueden por ahora es "
     "ser RSG ni coordinar.", "restricted"),
    ("es", "Unos compañeros en metadona comparten y sirven, y otros no están de acuerdo. Se "
     "habló en la reunión de negocios y quedó así: pueden compartir, pero no llevan la "
     "tesorería.", "restricted"),
    ("en", "Members on methadone can come and share. What they can't do for now is be GSR or "
     "chair.", "restricted"),
    ("es", "No es que no puedas venir si estás en metadona: claro que puedes.", "not unfriendly"),
    ("es", "Personas en Suboxone o metadona: no pueden participar en esta reunión.",
     "unfriendly"),
    ("es", "Esto no es una reunión libre de medicación ni una sala de espera hasta que dejes "
     "la buprenorfina.", "friendly"),
    ("en", "This is not a medication-free meeting, nor a waiting room until you come off "
     "methadone.", "friendly"),
    ("en", "Please wait in the waiting room until you are off methadone.", "not friendly"),
    ("es", "Muchos pensábamos que, estando en metadona, no éramos bienvenidos. No es así.",
     "not unfriendly"),
]  # fmt: skip

FALSE_LIMITS = [
    ("es", "Aquí los compañeros en metadona son miembros de pleno derecho: su tiempo limpio se "
     "cuenta desde que dejaron de consumir.", "friendly"),
    ("es", "El tiempo limpio se cuenta desde que dejaste la metadona.", "restricted"),
    ("en", "Open share at 7. Newcomers keep asking, so: on Suboxone, can I share? Yes. Can I "
     "get a keytag? Yes.", "friendly"),
]  # fmt: skip

FROM_BLIND109 = [
    ("en", "Methadone patients too often get excluded from other 12-step groups; that's why "
     "this Methadone Anonymous group exists.", "friendly", "Methadone Anonymous"),
    ("en", "By and for people on methadone or buprenorphine, so often excluded or "
     "marginalized in mainstream groups.", "friendly", "Methadone Anonymous"),
    ("en", "Members on methadone are excluded.", "unfriendly", "NA"),
    ("en", "Business meeting: motion to add 'members on MAT are welcome to share' to the "
     "format - vote postponed, no quorum.", "unknown", "NA"),
    ("en", "Tabled until the next business meeting: whether members on MOUD can hold service "
     "positions.", "unknown", "NA"),
    ("en", "If your doctor has you on methadone, you take the podium, a commitment and your "
     "chip same as the rest of us.", "friendly", "AA"),
    ("en", "If you're on a replacement program, this meeting probably isn't where you want "
     "to be right now.", "unfriendly", "NA"),
    ("en", "This meeting isn't where you want to be if you want a big crowd; "
     "methadone folks welcome.", "friendly", "NA"),
]  # fmt: skip

WELCOME_IN_OTHER_WORDS = [
    ("en", "You won't get pushback here for saying you're on MAT.", "friendly"),
    ("en", "At this group clean is clean, meds or not.", "friendly"),
    ("en", "Clean is clean. No methadone.", "unfriendly"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes", "expected"), REQUEST_IS_NO_PERMISSION)
def test_welcome_then_restriction_a_request_is_no_permission(
    lang: str, notes: str, expected: str
) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), SHARING_AT_THE_END)
def test_clean_time_or_service_limit_sharing_at_the_end(
    lang: str, notes: str, expected: str
) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), FOR_THIS_PURPOSE)
def test_clean_time_or_service_limit_for_this_purpose(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), OPPOSED_PRACTICE)
def test_implicit_exclusion_an_opposed_practice(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), ELSEWHERE_INSTEAD)
def test_other_meeting_reference_elsewhere_instead(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), WELCOME_IN_OTHER_WORDS)
def test_welcome_without_welcome_word(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), FROM_BLIND105)
def test_mixed_signals_from_blind105(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), FALSE_LIMITS)
def test_pseudo_negation_false_limits(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected", "fellowship"), FROM_BLIND109)
def test_mixed_signals_from_blind109(lang: str, notes: str, expected: str, fellowship: str) -> None:
    assert status(notes, fellowship) == expected, lang
