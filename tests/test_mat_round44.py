"""Round 44 of the MAT tag (session 25): the wrong friendlies of blind177 and blind179,
a friendly that rests on "all pathways" alone, and a few of their misses.

blind176-179 were written after round 43, frozen and scored on arrival with dc329db:
0.950 / 0.873 / 0.884 with two wrong friendlies, one in blind177 (secular and smaller
fellowships) and one in blind179 (French- and German-speaking Europe). Those two sets were
read and are spent; blind176 and blind178 stay unread. Each case below is a paraphrase of
its kind, and fails on dc329db unless marked.
"""

from __future__ import annotations

import pytest

from pipeline.mat.engine import Listing, tag_by_rules, tag_mat
from tests.test_mat_round10 import assert_status

#: (lang, notes, expected)
CASES = [
    # blind177's wrong friendly: "asked to hold their shares" is a limit, not service held
    ("en", "Group conscience: members currently on maintenance meds are asked to hold their "
     "shares til the last 10 min.", "restricted"),
    # while members on MAT who hold positions still open service (passes on dc329db)
    ("en", "Members on MAT hold our secretary and treasurer positions.", "friendly"),
    # blind179's wrong friendly: Swiss heroin-assisted treatment is MAT
    ("de", "Teilnehmende in der heroingestützten Behandlung (HeGeBe) hören bitte vorerst "
     "nur zu.", "restricted"),
    ("en", "People in heroin-assisted treatment are asked to listen only for now.",
     "restricted"),
    # an exclusion in parentheses qualifies the subject of a slot's verb
    ("en", "Only members with a year clean (no methadone or bupe) speak at the podium on "
     "speaker night.", "restricted"),
    ("en", "Only members with a year clean (no methadone) may chair.", "restricted"),
    # (passes on dc329db: an unread condition, reviewed)
    ("es", "Solo compañeros con un año limpio (sin metadona) pueden coordinar.", "restricted"),
    # while the same parenthesis after the door itself excludes (passes on dc329db)
    ("en", "This is a meeting for the clean (no methadone).", "unfriendly"),
    # a member's own "harm reduction approach", not condemned, is not the meeting's
    ("en", "We don't condemn anyone who chooses a harm reduction approach, but we encourage "
     "abstinence. Members on methadone may attend and share; chair and treasurer are for "
     "members abstinent 6 months.", "restricted"),
    ("en", "We don't condemn anyone on methadone.", "friendly"),
    # "Not this one:" answers the sentence before it; ", not this one" still excludes
    ("en", "Some rooms around here turn away people from the clinic. Not this one: patients "
     "on bupe or methadone share and take commitments like anybody.", "friendly"),
    ("en", "If you're on methadone, the MARA group is the right room for you, not this one.",
     "unfriendly"),
    # German clean time not counted, with fillers between verb and negation
    ("de", "Schlüsselanhänger ab 30 Tagen – Zeit unter Substitution zählt dabei leider "
     "nicht.", "restricted"),
    # a welcome's concession is not an exclusion
    ("de", "Du bist willkommen, auch wenn du noch nicht clean bist oder substituiert wirst.",
     "friendly"),
    ("en", "You're welcome even if you're not clean yet or you're on methadone.", "friendly"),
    # "nobody is sent out"
    ("de", "Rausgeschickt wird niemand, der substituiert wird.", "friendly"),
    # sobriety defined to leave out prescribed opioids
    ("de", "Meeting für nüchterne Alkoholiker:innen – und nüchtern heisst bei uns auch: keine "
     "Opiate, auch nicht vom Arzt.", "unfriendly"),
    ("en", "Sober here means no opioids, not even prescribed ones.", "unfriendly"),
    ("es", "Limpio quiere decir sin metadona.", "unfriendly"),  # (passes on dc329db)
    # while "clean means no drugs" beside a welcome names no MAT (passes on dc329db)
    ("en", "Clean means no drugs, and methadone members count their time like anyone.",
     "friendly"),
    # "mind. 1 Jahr" is one sentence, and a GSR election is service
    ("de", "Anhänger ab dem letzten Konsum inkl. Substitutionsmittel. GSR-Wahl: mind. 1 Jahr "
     "clean, ohne Substitut.", "restricted"),
    # steering to another meeting in French and Spanish (pass on dc329db as unread
    # exclusions, reviewed; now read by a cue)
    ("fr", "Si tu es sous méthadone, tu seras sans doute plus à l'aise au groupe MARA du "
     "samedi.", "unfriendly"),
    ("es", "Si estás en metadona, seguramente estarás más cómodo en el grupo MARA del "
     "sábado.", "unfriendly"),
    # a question on the agenda, in French
    ("fr", "On nous demande souvent si les personnes sous méthadone peuvent partager : la "
     "question est à l'ordre du jour de la prochaine conscience de groupe.", "unknown"),
    # drugs prescribed as substitution are not people included
    ("fr", "Un groupe de dépendants qui s'entraident à rester abstinents de toutes drogues, "
     "y compris celles prescrites en substitution.", "unfriendly"),
    # a speaker's story is not a rule
    ("en", "Speaker tonight shares about getting off Subutex after six years. Pizza after.",
     "unknown"),
    # psychiatric medication is not MAT
    ("en", "Members who use psychiatric medications under a doctor's care are welcome to "
     "participate.", "unknown"),
    # a term's merits and a commitment to recovery limit nothing
    ("en", "Medication Assisted Recovery can be a preferred term because it stresses a "
     "person's commitment to recovery while using medications - and people in MAR are "
     "welcome here as full participants.", "friendly"),
    # the reader's own fear, named to be answered
    ("de", "Vielleicht denkst du, dass du mit Methadon nicht willkommen bist, solange du "
     "nicht clean bist. Das ist nicht der Fall – teilen, Dienst und Cleanzeit-Feier stehen "
     "dir offen.", "friendly"),
    # "zählen mit dir" is counting days together, not methadone counted as a drug
    ("de", "Dein Substitut ist deine Sache – wir zählen mit dir die Tage, nicht die "
     "Milligramm.", "not unfriendly"),
    ("de", "Methadon und Subutex zählen auch mit.", "unfriendly"),  # (passes on dc329db)
    # a denied equation: substitution does not mean "not clean"
    ("de", "Substitution heisst bei uns nicht „nicht clean“.", "not unfriendly"),
    # without judgment, and a choice some make and others not
    ("de", "Bezüger kommen und gehen – wir tauschen Erfahrungen rund ums Methadon aus, ohne "
     "Bewertung.", "not unfriendly"),
    ("fr", "Certains souhaitent se sevrer de la méthadone, d'autres pas. Que tu veuilles "
     "arrêter ou continuer, ta place est la même dans le groupe.", "friendly"),
    # German idiom and brands: Compensan, Kapanol; "dein erster Tag ist dein erster Tag"
    ("de", "Wenn du Substitol oder Methadon nimmst: du sitzt bei uns nicht am Katzentisch.",
     "friendly"),
    ("de", "Ob du dein Compensan trinkst oder nicht: dein erster Tag ist dein erster Tag.",
     "friendly"),
    # "teilnehmer" is not "teilen": a pamphlet after the meeting limits nobody (passes on
    # dc329db, where a sentence break kept it from the welcome)
    ("de", "Menschen in Substitution sind willkommen. Neue Teilnehmer bekommen nach dem "
     "Meeting eine Meetingsliste.", "friendly"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes", "expected"), CASES)
def test_cases_read_in_round44(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(
    "record",
    [
        {"name": "All Recovery Meeting - Community Center", "notes": "Narcan on site."},
        {"name": "Peer Support", "notes": "All pathways to recovery are welcome here."},
    ],
)
def test_all_pathways_alone_is_unknown_and_reviewed(record: dict[str, str]) -> None:
    """On the read sets, "all pathways" with nothing else was friendly about as often as
    unknown (`rules.BACKING_ONLY`): it goes to review, with its evidence, not out as a
    friendly. The rules alone: the learned reader may still call it friendly, below 0.8 and
    reviewed."""
    listing = Listing.from_mapping({"id": "r44", "fellowship": "other", **record})
    decision = tag_by_rules(listing)
    assert decision.status == "unknown"
    assert decision.needs_review
    assert any("all-pathways" in line for line in decision.evidence)
    hybrid = tag_mat(listing)
    assert hybrid.status == "unknown" or (hybrid.confidence < 0.8 and hybrid.needs_review)


def test_all_pathways_still_backs_a_fellowship_prior() -> None:
    record = {
        "id": "r44",
        "fellowship": "SMART",
        "notes": "All pathways to recovery are welcome here.",
    }
    assert tag_mat(Listing.from_mapping(record)).status == "friendly"
