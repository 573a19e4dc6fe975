"""Round 45 of the MAT tag (session 25): long group descriptions and central Mexico.

blind180-183 were written after round 44, frozen and scored on arrival with 716520c:
0.994 / 0.804 / 0.873 with no wrong friendly, but blind181 (long "about us" pages pasted
into the notes) had friendly recall 0.582: a group's story told around its welcome ("A lot
of us came to CA after an overdose", "An advocacy group once pointed out ...") held words
the frame could not read, and each such sentence demoted the welcome. blind181 and
blind183 (central Mexico, 150 es) were read and are spent; blind180 and blind182 stay
unread. Each case below is a paraphrase of its kind; 18 of the 30 fail on 716520c, and
the other twelve (a paraphrase can miss what made the original fail: "came in off
fentanyl", "on the receiving end of", "you may hear", "We do not accept", "ven cuando
termines" and others) held there already and stay as guards.
"""

from __future__ import annotations

import pytest

from tests.test_mat_round10 import assert_status

_WELCOME = (
    "Members on methadone or buprenorphine share, chair, sponsor and pick up keytags like "
    "everyone else. "
)

#: (lang, notes, expected)
CASES = [
    # a group's story around its welcome limits nothing
    ("en", _WELCOME + "A lot of us came to NA after an overdose and are on bupe.", "friendly"),
    ("en", _WELCOME + "Some of our people came in off fentanyl.", "friendly"),
    ("en", _WELCOME + "Our group started in 2019, after a few of us attended an area "
     "workshop on medication-assisted treatment.", "friendly"),
    ("en", _WELCOME + "An advocacy group for methadone patients once pointed out that AA's "
     "policy does not exclude methadone patients.", "friendly"),
    ("en", _WELCOME + "A newcomer asked, quietly, whether she'd have to hide her Suboxone.",
     "friendly"),
    ("en", _WELCOME + "We started as a meeting without walls, for people on methadone too.",
     "friendly"),
    ("en", _WELCOME + "Some of us stayed alive because of methadone; some of us got clean "
     "without it.", "friendly"),
    # "HOWEVER YOU GOT HERE" is "no matter how"
    ("en", _WELCOME + "However you got here - a court card, a detox, the methadone clinic - "
     "you share, serve and count your clean time like everyone else.", "friendly"),
    # what members were on the receiving end of elsewhere is no policy here
    ("en", "Some of us had been on the receiving end of judgment because we were on "
     "methadone. Here members on MAT are full members: share, chair, sponsor.", "friendly"),
    # a heard view, and a workshop's list of issues, are others' words
    ("en", "You may hear one of the old-timers say that people on Suboxone aren't clean. Our "
     "group conscience: members on MAT share, serve and get keytags like anyone.",
     "friendly"),
    ("en", "Our region's workshop listed some common issues: judgment, being ignored, "
     "being told to leave for being on methadone. The GSR and treasurer are members who "
     "are not on replacement.", "restricted"),
    # a name picked from a line is no officer selected
    ("en", "We picked our name from a line in the pamphlet on medication. Members on "
     "methadone share, chair and sponsor like everyone else.", "friendly"),
    # a heading that names a stance is not a service position
    ("en", "OUR GROUP'S POSITION ON MAINTENANCE: this meeting is not for people on "
     "methadone or Suboxone.", "unfriendly"),
    # steering away: "find ... a better fit"
    ("en", "Folks still getting dosed every day will probably find the open meetings on the "
     "area list a better fit for now.", "unfriendly"),
    ("en", "The founders believed you can't stay sober on a substitute, and we still hold to "
     "that.", "unfriendly"),
    # Spanish: a medical need, AA's "play doctor", second-class meetings, the clinic's dose
    ("es", "Muchos compañeros deben tomar medicación recetada, también metadona, y se les "
     "cuenta su tiempo, hacen servicio y apadrinan como cualquiera.", "friendly"),
    ("es", "Ningún miembro debe 'hacer el papel de médico': si tomas metadona recetada, nadie "
     "te va a pedir que la dejes ni te va a quitar la palabra.", "friendly"),
    ("es", "No hay junta 'de segunda' para los que estamos en metadona: aquí eso no existe.",
     "friendly"),
    ("es", "Hay silla para ti aunque tomes la de la clínica, y la tribuna te toca en tu turno "
     "como a cualquiera.", "friendly"),
    # a keytag that does not depend on the prescription
    ("es", "Tu llavero no depende de tu receta: si estás en metadona el grupo cuenta tu "
     "tiempo como el de todos.", "friendly"),
    # "otras juntas" is another meeting
    ("es", "Somos un grupo de metadona anónimos que nació porque muchos pacientes de "
     "metadona no podían compartir en otras juntas.", "not restricted"),
    # "No aceptamos usuarios ..." and its English and French
    ("es", "No aceptamos usuarios en tratamiento de sustitución con metadona.", "unfriendly"),
    ("en", "We do not accept people on methadone.", "unfriendly"),
    ("fr", "Nous n'acceptons pas les usagers sous méthadone.", "unfriendly"),
    ("es", "Aceptamos usuarios en metadona.", "friendly"),
    # come back after detox, close that cycle first, come when you finish
    ("es", "Compañero en metadona: primero termina tu desintoxicación y luego regresas con "
     "nosotros.", "unfriendly"),
    ("es", "Si todavía vas por tu vasito cada mañana, primero cierra ese ciclo.",
     "unfriendly"),
    ("es", "Si todavía estás en metadona, ven cuando termines.", "unfriendly"),
    # a question put to the group and the meeting that will decide it
    ("es", "Un compañero preguntó en el grupo de WhatsApp si los que están en metadona pueden "
     "recibir llavero. Se va a tratar en la próxima conciencia de grupo.", "unknown"),
    # a view some members remember, and a position some took, are theirs
    ("es", "Algunos miembros adoptaron la postura de que nadie debería tomar medicamento "
     "alguno. En este grupo no: tu metadona no es motivo para quitarte la palabra.",
     "not unfriendly"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes", "expected"), CASES)
def test_cases_read_in_round45(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


def test_the_last_drink_is_no_last_dose() -> None:
    """ "Tu tiempo se cuenta desde tu última copa": the last drink, the usual date, is no
    limit read by a cue (it may still be reviewed for its unread words)."""
    from pipeline.mat.engine import Listing, tag_mat

    decision = tag_mat(
        Listing.from_mapping(
            {
                "id": "r45",
                "notes": "Si estás en metadona, tu tiempo se cuenta desde tu última copa, "
                "como el de cualquiera.",
            }
        )
    )
    assert not any("clean-time-not-counted" in line for line in decision.evidence)
