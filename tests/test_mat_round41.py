"""Round 41 of the MAT tag (session 24): what the round-39 newcomer's trial left, and
blind164, blind166 and blind167, read for their wrong friendlies and their misses.

Session 23's trial (a helper who had never seen the rules tried forty listings of its own)
left six readings alone (`TRIAL`). blind164-167 were written after round 40, frozen and
scored on arrival with 54eb7ad: 0.956 / 0.895 / 0.902 with three wrong friendlies (one in
blind164, Pennsylvania and western New York; two in blind166, Spain and South America).
blind164, blind166 and blind167 (meeting formats and readings) were read and are spent;
blind165 stays unread. Each case below is a paraphrase of its kind, and fails on 54eb7ad
unless marked.
"""

from __future__ import annotations

import pytest

from pipeline.mat.engine import Listing, tag_mat
from tests.test_mat_round10 import assert_status

#: (lang, notes, expected)
TRIAL = [
    # "to taper" is said only of medication: nobody telling you to is a welcome
    ("en", "Nobody will tell you to taper. Come as you are.", "friendly"),
    ("en", "We will never pressure anyone to taper.", "friendly"),
    # an opinion the group does not hold is no limit on sharing
    ("en", "Some old timers have opinions about suboxone - the group doesn't share them.",
     "not restricted"),
    ("es", "Algunos veteranos tienen opiniones sobre la buprenorfina; el grupo no las "
     "comparte.", "not restricted"),
    # while "do not share" of people on MAT still is one (passes on 54eb7ad)
    ("es", "Los compañeros en metadona no comparten, solo escuchan.", "restricted"),
    # an implicit exclusion in Australian idiom: methadone as "the syrup from the chemist",
    # "this isn't that meeting"
    ("en", "If you're on the syrup from the chemist, this isn't that meeting.", "unfriendly"),
    # passes on 54eb7ad (the learned reader's guess, reviewed)
    ("en", "If you're on methadone, this isn't that meeting.", "unfriendly"),
    # clean time from the last use, not the last dose: time on MAT counts
    ("en", "We count clean time from your last hit, not your last dose.", "friendly"),
    ("en", "Your clean date is the day you stopped using, not the day you stopped dosing.",
     "friendly"),
    # passes on 54eb7ad
    ("es", "Contamos tu tiempo limpio desde tu último consumo, no desde tu última dosis.",
     "friendly"),
    # and the other way round: clean time from the last dose is a limit
    ("en", "Your clean date is the day you stopped dosing, not the day you stopped using.",
     "restricted"),
    ("en", "Clean time counts from your last dose.", "restricted"),
    ("es", "Tu tiempo limpio cuenta desde tu última dosis.", "restricted"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes", "expected"), TRIAL)
def test_the_round39_trial_leftovers(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


#: The three wrong friendlies of blind164 and blind166, and limits like them.
LIMITS = [
    # a permission, then a slot held back in a fragment of its own
    ("en", "Not a no-MAT meeting - you can absolutely come and share. Just not chair.",
     "restricted"),
    ("en", "People on Suboxone can come and share. Not chair, though.", "restricted"),
    # a keytag asked for and refused while on the program
    ("es", "¿Puedo venir con metadona? Claro. ¿Recibo llavero? No mientras estés en el "
     "programa; el resto, todo igual.", "restricted"),
    ("en", "Can I come on methadone? Sure. Do I get a keytag? Not while you're on the "
     "program.", "restricted"),
    # a permission for one round, not the sharing round
    ("es", "Compañeros en metadona o bupre: pueden hablar en la ronda de bienvenida, no en "
     "la de compartir.", "restricted"),
    # passes on 54eb7ad
    ("en", "Members on methadone can speak during introductions, not during the sharing.",
     "restricted"),
    # "incl. replacement": clean of all drugs to share
    ("en", "We don't judge anybody's path. That said, we ask that only addicts clean of ALL "
     "drugs (incl. replacement) share at this meeting.", "restricted"),
    # "a maintenance med", one of them
    ("en", "If you are on a maintenance med please listen only during the share portion; "
     "talk with members after.", "restricted"),
]  # fmt: skip

#: Exclusions blind166 and blind164 put in words the rules did not read.
EXCLUSIONS = [
    ("es", "Por conciencia de grupo, quienes estén en tratamiento con metadona no participan "
     "de este grupo.", "unfriendly"),
    # passes on 54eb7ad
    ("en", "People on methadone are not part of this group.", "unfriendly"),
    # "nothing from the clinic to 'maintain'", "a drug a doctor hands out to replace it"
    ("en", "Drug-free meeting for people who've stopped everything - nothing from the clinic, "
     "nothing from the pharmacy to 'maintain.'", "unfriendly"),
    ("en", "We hold to 'sober' meaning free of every drug a doctor hands out to replace it. "
     "Come when you're ready to be done with all of it.", "unfriendly"),
    # a quotation the group stands on stays the group's (passes on 54eb7ad, where no
    # quotation of the literature was set aside)
    ("en", "From the Basic Text: \"Our bodies don't know the difference between the drugs "
     "prescribed by a physician and the drugs prescribed by ourselves.\" This group stands on "
     "that. We are for addicts done with all of it - the clinic included.", "unfriendly"),
]  # fmt: skip

#: Welcomes blind164, blind166 and blind167 wrote that read as limits, exclusions or
#: nothing.
WELCOMES = [
    # "less than a warm welcome" is how other meetings receive them
    ("en", "Potential members on MAT tend to get less than a warm welcome at meetings - this "
     "group is working to change that. Methadone and Suboxone members share, serve, get "
     "keytags.", "friendly"),
    # "ningún adicto ... se queda fuera", however long the subject
    ("es", "Ningún adicto en tratamiento con metadona o buprenorfina se queda fuera. Aquí "
     "compartes, sirves y tu tiempo cuenta.", "friendly"),
    ("en", "No member on methadone or buprenorphine is ever turned away or asked to sit out.",
     "friendly"),
    # "si arrancaste con bupre": you started on it, not a clean date that starts
    ("es", "Tu fecha es tu fecha: si arrancaste con bupre o con metadona, el llavero te lo "
     "llevás igual.", "friendly"),
    # "no strings" is no "no sharing"
    ("en", "People on methadone/bupe welcome, no strings -- share, chair, sponsor, get your "
     "tags.", "friendly"),
    # "tiene su sitio en el servicio", "su fecha limpia es su fecha limpia"
    ("es", "Quien viene con metadona no es ignorado, se le toma en serio y tiene su sitio en "
     "el servicio. Su fecha limpia es su fecha limpia.", "friendly"),
    # "your voice is as good as anyone's" (passes on 54eb7ad: the learned reader's guess,
    # reviewed)
    ("en", "People on methadone: your voice is as good as anyone's.", "friendly"),
    # dosed at the window
    ("en", "Whether you get dosed at the window every morning or haven't taken an aspirin in "
     "20 yrs, your voice counts here: share, chair, chips.", "friendly"),
    # the old-timers' talk, then the group's vote
    ("en", "Some old-timers still talk about 'real' clean time but the GROUP voted in 2022: "
     "members on MAT are full members - share, serve, keytags. Anyone gives you grief, talk "
     "to the GSR.", "friendly"),
    # those who never took it are welcome too: no negation of the welcome (passes on
    # 54eb7ad, where "a maintenance med" was not yet read as MAT)
    ("en", "This meeting is yours if you take methadone or buprenorphine: share, chair, "
     "sponsor. Members who've never taken a maintenance med are equally welcome.",
     "friendly"),
    # the drug one stays off is not the medication
    ("en", "If you're on a maintenance med for opioids and trying to stay off crystal, you're "
     "one of us.", "friendly"),
]  # fmt: skip

#: Listings with no policy of their own that read as one.
NO_POLICY = [
    # another meeting, in Spanish ("existe una reunión ... en el grupo de Providencia")
    ("es", "Existe una reunión temática 'Recuperación y medicamentos' en el grupo de "
     "Providencia los domingos, abierta a quienes están en tratamiento con buprenorfina.",
     "unknown"),
    # passes on 54eb7ad in this wording
    ("en", "Topic discussion tonight; the MAT-inclusive Open Door group also meets downtown "
     "Thursdays.", "unknown"),
    ("en", "Open share. A medication-assisted support group meets downstairs right after "
     "ours.", "unknown"),
    # a question people keep asking, undecided
    ("en", "People keep asking if Sublocade/Suboxone folks can share here - group has not "
     "taken a conscience on it yet, stay tuned.", "unknown"),
    ("en", "Our group is still talking through what that means for members on MAT who want "
     "to chair - be patient with us.", "unknown"),
    # a view reported as others', with nothing of the group's own
    ("en", "Some old-timers still say people on methadone shouldn't share.", "unknown"),
    ("en", "People on methadone often get less than a warm welcome at meetings.", "unknown"),
    # fellowship literature read at the meeting
    ("en", "Public Relations workshop: we'll read 'In Times of Illness' and 'NA Groups and "
     "Medication', ten minutes of discussion after each section.", "unknown"),
    ("en", "Tonight's reading from In Times of Illness: decisions about medication are "
     "personal and should be made in consultation with one's sponsor. Open sharing after.",
     "unknown"),
    ("en", "Readings, and from the Basic Text: \"There are times, however, such as health "
     "problems involving surgery, when medication may be valid. This does not constitute a "
     "license to use.\" Topic discussion after.", "unknown"),
    ("es", "Lectura del mes: Boletín Nº 29. \"Otros llegamos a nuestras primeras reuniones "
     "bajo tratamiento con metadona y nos asustaba la idea de la abstinencia.\" Después se "
     "comparte sobre el tema.", "unknown"),
    ("es", "Reunión de literatura. Sé completamente sincero con tu médico sobre cómo tomás "
     "tus medicamentos.", "unknown"),
    # how members first came is no condition on coming
    ("en", "Not all of us arrived clean; some of us came still using or on methadone.",
     "unknown"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes", "expected"), LIMITS)
def test_limits_read_in_round41(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), EXCLUSIONS)
def test_exclusions_read_in_round41(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), WELCOMES)
def test_welcomes_read_in_round41(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), NO_POLICY)
def test_no_policy_read_in_round41(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


def test_every_pathway_alone_is_a_reviewed_guess() -> None:
    """ "All pathways welcome" and no medication named: on the read sets' "other"
    fellowships, 22 such friendlies against 20 unknowns. Round 41 kept it friendly at 0.6,
    reviewed; round 44 (session 25, blind177: four such unknowns called friendly on
    arrival) leaves it unknown, reviewed, with its evidence (`rules.BACKING_ONLY`)."""
    decision = tag_mat(
        Listing.from_mapping(
            {
                "fellowship": "other",
                "name": "Pathways Community Meeting",
                "notes": "For anyone impacted by addiction. Have an open mind to multiple "
                "pathways to recovery. Zoom for July-Aug.",
            }
        )
    )
    assert decision.status == "unknown" or decision.confidence <= 0.6
    assert decision.needs_review
