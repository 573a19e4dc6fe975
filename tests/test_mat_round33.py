"""Round 33 of the MAT tag: blind112, blind113 and blind114, read after blind119-121 froze.

blind119-121 were written at the start of session 18, before any rule changed, by writers
that had never seen the rules, frozen and scored on arrival (697a29e). Round 33 was then
written from the misses of blind112 (the Deep South and Gulf Coast), blind113 (West Coast
harm-reduction spaces) and blind114 (Spanish-language meetings of US intergroups), which
had not been looked at since session 17; all three are spent. Each case below is a
paraphrase of the kind of listing it came from. 30 of these 34 cases fail on 697a29e;
the four that pass there are one welcome it already read ("a drunk on Suboxone is just a
drunk too - same program, same coin") and three decisions that earlier drafts of this
round broke (NOT_WELCOMES).
"""

from __future__ import annotations

import pytest

from pipeline.mat.engine import Listing, tag_mat
from tests.test_mat_round10 import assert_status

#: (lang, notes, expected)
EXCLUSIONS = [
    # "isn't for" had not been read, only "is not for"
    ("en", "Group conscience: quit cold turkey like we did. This meeting isn't for people on "
     "MAT. Wed 7pm.", "unfriendly"),
    ("en", "Big Book study. This group isn't for folks on Suboxone.", "unfriendly"),
    # "not open to" with who it is not open to
    ("en", "Men's step study, closed. Not open to men currently taking methadone or "
     "Suboxone.", "unfriendly"),
    # the practice opposed, said of this group
    ("en", "We don't trade one drug for another here. Newcomers detoxing off methadone, this "
     "meeting is for you.", "unfriendly"),
    # a pointer away that compares with this group, in Spanish
    ("es", "Mensaje de abstinencia completa. Si está en metadona o Suboxone le recomendamos "
     "el grupo MARA en línea, ahí se va a sentir más a gusto que aquí.", "unfriendly"),
    # a bare ban after a comma
    ("es", "Reunión seria de puros limpios, nada de suboxón ni jarabe. Jueves 8pm.",
     "unfriendly"),
]  # fmt: skip

LIMITS = [
    # "our Intergroup rep" is a service position, not another meeting
    ("en", "Members taking Suboxone or methadone are not eligible to sponsor or to be our "
     "Intergroup rep.", "restricted"),
    # a negated subject does not reach across a comma into a new welcome; the limit after
    # it stands ("not at this group": it had read unfriendly at 0.9)
    ("en", "Nobody gets turned away for being on methadone or Suboxone, come on in. We do ask "
     "MAT members not to chair until they're off replacement.", "restricted"),
    ("en", "We don't judge anybody's meds. That said, if you're on maintenance we ask that "
     "you sit out the sobriety countdown.", "restricted"),
    # an answer that goes on limits what its question asked (it read friendly at 0.95)
    ("es", "¿Se puede compartir estando en suboxone? Sí claro. ¿Coordinar o ser RSG? Eso no, "
     "hasta que termines el tratamiento.", "restricted"),
    # a second person denied, after a sentence that named MAT (it read friendly at 0.85)
    ("es", "Sí, puedes compartir si estás en suboxone. No, no puedes coordinar. Sí, te "
     "queremos.", "restricted"),
]  # fmt: skip

#: A fellowship prior that decided friendly, with a slot tied to the end of treatment
#: (it read friendly at 0.97 and was not queued for review).
PRIOR_WITH_LIMIT = ("MA peer support, Mon 9am, clinic annex. Chair rotates monthly among "
                    "members who've completed their taper; everybody else is encouraged to "
                    "share.")  # fmt: skip

WELCOMES = [
    # a refutation of the belief set out before it
    ("en", "Those of us on medication have often felt judged, like we didn't belong in NA. "
     "Not at this group: nobody on methadone or bupe is a second-class member here.",
     "friendly"),
    ("en", "Those who take medication tend to feel judged, like they don't belong in NA. Not "
     "at this group: Vivitrol, Sublocade, methadone - you belong here.", "friendly"),
    # equality said without "welcome"
    ("en", "Clean date = the day you quit street drugs. If you been on a prescribed "
     "maintenance dose since then, that's still your clean date.", "friendly"),
    ("en", "We don't count a prescribed MAT dose as 'using'.", "friendly"),
    ("en", "Around here a drunk on Suboxone is just a drunk too - same program, same coin.",
     "friendly"),
    ("es", "A los compañeros que vienen de la clínica de metadona los tratamos como a "
     "cualquier otro miembro: hablan en tribuna, hacen servicio y cumplen años.",
     "friendly"),
    # pseudo-negations: a condition denied, a negated subject in Spanish
    ("en", "We welcome alcoholics on buprenorphine, naltrexone or methadone w/o any "
     "conditions - your sobriety date is yours to claim.", "friendly"),
    ("es", "Aquí no se le pide a nadie que deje su tratamiento de mantenimiento (metadona, "
     "buprenorfina) para participar de lleno: compartir, facilitar, todo.", "friendly"),
    ("es", "¿Estás en metadona o Suboxone? No importa: aquí nadie te va a negar la palabra, "
     "el servicio ni tu ficha.", "friendly"),
    ("es", "Nadie se queda sin llavero por estar en programa de suboxone o metadona, y nadie "
     "se queda sin palabra.", "friendly"),
    ("es", "Nadie es rechazado por estar en tratamiento de mantenimiento y todos pueden "
     "compartir.", "friendly"),
    # a question answered at once
    ("en", "Not sure if you're 'allowed' here on Sublocade or methadone? You are. No taper "
     "required.", "friendly"),
    # a place named in the welcome, history before a decision, a comparison with another
    # meeting, a concession about the program, abstinence redefined
    ("en", "People on meds for opioid use are welcome here, period, and that means at the "
     "podium too.", "friendly"),
    ("en", "After the area's 'Reducing Stigma for Members on DRT and MAT' workshop our group "
     "took a conscience: members on DRT/MAT share, serve and celebrate clean time here.",
     "friendly"),
    ("en", "Like the MARA meeting down the hall on Tuesdays, we're MAT-friendly: members on "
     "bupe or methadone share and serve here too.", "friendly"),
    ("es", "Aunque nuestro programa promueve la abstinencia completa de drogas, aquí nadie "
     "decide que no eres adicto en recuperación porque necesitas un medicamento. "
     "Compañeros en metadona: no tienen que esconderse, compartan y sirvan.", "friendly"),
    ("es", "Somos un grupo de abstinencia total... y eso no quita que los compañeros en "
     "metadona o buprenorfina compartan, sirvan y cuenten su tiempo como ellos decidan. "
     "Abstinencia es de drogas de la calle, no de tu tratamiento.", "friendly"),
    # a group for people on MAT says so after its first sentence (it read unfriendly)
    ("en", "Medication may take away the cravings, but it can't give you friends. This group "
     "is for patients on bupe, methadone or Vivitrol (and anyone curious) to build a "
     "support network.", "friendly"),
]  # fmt: skip

NOT_WELCOMES = [
    # asking a servant for a list limits nobody (it read restricted)
    ("en", "The area service office keeps a list of MAT-friendly meetings, ask any GSR. This "
     "group: open discussion.", "unknown"),
    # "not in this room" after a negated sentence is no refutation of it
    ("en", "Don't let anyone tell you methadone isn't recovery. Not in this room, anyway.",
     "friendly"),
    # "que este grupo" is no comparison without "más" or "mejor"
    ("es", "La medicación no es algo que este grupo tenga que vigilar. A nadie se le aparta "
     "de compartir, servir o celebrar por una receta.", "not unfriendly"),
    # a bare "Puedes ..." after a welcome is anyone's, not a limit on people on MAT
    ("es", "¿Puedo venir si tomo Suboxone? Sí. Y puedes compartir. Puedes ocupar cualquier "
     "puesto cuando haya elecciones.", "friendly"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes", "expected"), EXCLUSIONS)
def test_explicit_and_implicit_exclusions_from_round33(
    lang: str, notes: str, expected: str
) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), LIMITS)
def test_clean_time_and_service_limits_from_round33(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


def test_a_fellowship_prior_with_a_slot_tied_to_the_end_of_treatment_is_restricted() -> None:
    decision = tag_mat(
        Listing.from_mapping(
            {"fellowship": "Methadone Anonymous", "name": "Methadone Anonymous - Houma",
             "notes": PRIOR_WITH_LIMIT}
        )
    )  # fmt: skip
    assert decision.status == "restricted"
    assert decision.needs_review
    assert any("completion-slot-limit" in line for line in decision.evidence)


@pytest.mark.parametrize(("lang", "notes", "expected"), WELCOMES)
def test_welcomes_and_pseudo_negations_from_round33(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), NOT_WELCOMES)
def test_what_round33_must_not_read(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)
