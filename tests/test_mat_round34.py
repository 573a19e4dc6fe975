"""Round 34 of the MAT tag (session 20): blind90, 92, 93, 99, 104, 119 and 120, read for
their wrong friendlies, then the last wrong friendlies of the oldest read sets.

Those seven sets held 9 of the wrong friendlies on unread text at the start of session 20.
blind128-130 were written first, by fresh writers, frozen and scored on arrival (c0ad118);
then the wrong friendlies of the seven sets were read, and the seven are spent (moved out of
`pipeline.mat.learned.sets.UNREAD`, and the learned reader retrained with them). Three
kinds were fixed in cf5565f, four more after blind131-133 froze, then five more from the
last wrong friendlies of blind7, 20, 23, 65 and 66 (read long ago). Each case below is a
paraphrase of its kind, and fails on c0ad118 unless marked. The kinds left alone are in
the README (MAT tagging, "Round 34").
"""

from __future__ import annotations

import pytest

from tests.test_mat_round10 import assert_status

#: (lang, notes, expected)
LIMITS = [
    # a short aside between the welcome and the limit that names nobody ("No juzgamos.")
    ("es", "Bienvenidos quienes toman metadona. No juzgamos. Solo pedimos que no compartan "
     "en la tribuna hasta terminar la desintoxicación.", "restricted"),
    ("es", "Bienvenidos los que están en buprenorfina. Sin juicios. Solo pedimos que no "
     "pasen a la tribuna hasta terminar la desintoxicación. Calle 8.", "restricted"),
    # already read in English, where the request names who shares (passes on c0ad118)
    ("en", "Welcome, folks on methadone. No judgment. We just ask that nobody shares from "
     "the podium until detox is done.", "restricted"),
    # complete abstinence in Spanish, as "complete abstinence" already was in English
    ("es", "Todos bienvenidos, también quienes toman buprenorfina. Las fichas y la "
     "coordinación se dan desde la abstinencia completa.", "restricted"),
    ("es", "Todo adicto es bienvenido, también si estás en tratamiento con metadona. (Por "
     "acuerdo del grupo, los llaveros se entregan desde la abstinencia completa.)",
     "restricted"),
    # a question put to the group, answered "no" for now
    ("en", "Open meeting, MAT welcome to attend. Whether MAT members can chair is decided by "
     "group vote - currently no.", "restricted"),
    ("en", "Open meeting, people on Suboxone welcome. Whether they can be GSR is up to the "
     "group - for now, no.", "restricted"),
    ("es", "Metadona bienvenida. Si los miembros en metadona pueden coordinar lo decide la "
     "conciencia de grupo: por ahora no.", "restricted"),
    ("fr", "Méthadone bienvenue. La conscience de groupe décidera si les membres sous "
     "méthadone peuvent animer ; pour l'instant non.", "restricted"),
    # a group that follows NA's Bulletin #29 asks members on replacement to listen
    ("en", "MAT friendly meeting!! We follow Bulletin #29 on who shares. Mon 1900, Fleet "
     "Reserve bldg.", "restricted"),
    ("es", "Todos bienvenidos, también quienes están en metadona. El grupo sigue el Boletín "
     "29 en cuanto a quién comparte.", "restricted"),
    # MAT's dose counted as a use
    ("en", "Birthdays last Saturday of the month. Clean time celebrated is counted from last "
     "use, including methadone/suboxone.", "restricted"),
    # from the oldest read sets' last wrong friendlies (blind7, blind65, blind66): a podium
    # kept from them, service given to those not on medication, chips not offered to them
    ("es", "Los compañeros en programas de metadona no suben a tribuna en la junta de "
     "oradores; pueden participar en el compartimiento general.", "restricted"),
    # (in English already read: passes on c0ad118)
    ("en", "People on Suboxone are welcome to share from their seats but don't take the "
     "podium at the speaker meeting.", "restricted"),
    ("es", "Grupo amigable con MAT. Los servicios se asignan a quienes no toman medicación de "
     "reemplazo; todos pueden compartir.", "restricted"),
    ("en", "MAT friendly group. Service positions are given to members not on replacement "
     "medication; everyone may share.", "restricted"),
    ("en", "Chips at the close. Sobriety chips aren't offered to members using MAT, though "
     "you're still invited to the birthday meeting.", "restricted"),
    # a limit that names nobody, by who does it (blind20, blind23)
    ("en", "The readings are read by members who are abstinent per the Basic Text. MAT folks "
     "are invited into the discussion that follows.", "restricted"),
    ("es", "Aquí cabe todo el que quiera dejar de beber, con medicamento o sin él. Ahora bien: "
     "el grupo reserva la entrega de medallas para la sobriedad que no depende de ningún "
     "fármaco de mantenimiento.", "restricted"),
    # (already read in Spanish: passes on c0ad118)
    ("es", "Cumpleaños el último sábado. El tiempo limpio se cuenta desde el último consumo, "
     "incluida la metadona.", "restricted"),
]  # fmt: skip

#: (lang, notes, expected)
EXCLUSIONS = [
    # the practice denied of the members, in a "no substitutes" meeting
    ("en", 'We\'re a "no substitutes" meeting - nobody in this room trades one drug for '
     "another. Lit study.", "unfriendly"),
    # a prescribed drug equated with getting high
    ("en", "There is no safe use of drugs for us. Our bodies don't know the difference "
     "between the drugs prescribed by a physician and the drugs we took to get high - that "
     "includes methadone and subs.", "unfriendly"),
    ("es", "Nuestro cuerpo no distingue entre las drogas recetadas por un médico y las que "
     "usábamos para drogarnos, y eso incluye la metadona.", "unfriendly"),
    # the other meeting fits them better (the learned reader read this on c0ad118; the
    # rules read it now)
    ("en", "People on Suboxone may find the MARA group a better fit. Closed, Sun 7.",
     "unfriendly"),
]  # fmt: skip

#: (lang, notes, expected)
WELCOMES = [
    # a view reported as others' is not the group's (from a newcomer's trial: "Some people
    # say ..." read unfriendly 0.80)
    ("en", "Some people say MAT is 'trading one drug for another.' We don't believe that "
     "here. Members on buprenorphine or methadone are welcome to share and serve.",
     "friendly"),
    ("en", "You may hear that methadone is trading one drug for another. Not here: members "
     "on methadone share and serve.", "friendly"),
    ("es", "Hay quienes dicen que la metadona es cambiar una droga por otra. En este grupo "
     "no: quienes toman metadona son bienvenidos a compartir y servir.", "not unfriendly"),
    # the medication left out of a count is no exclusion of people (the trial's; unfriendly
    # 0.90 on c0ad118)
    ("en", "Clean time counted from last use, medication excluded: your Suboxone or methadone "
     "does not count against you. Chips for all milestones.", "not unfriendly"),
]  # fmt: skip

#: What the round must not change (pass on c0ad118 too).
KEPT = [
    # answered "yes" for now: nothing is limited
    ("en", "Open meeting, MAT welcome to attend. Whether MAT members can chair is decided by "
     "group vote - currently yes.", "friendly"),
    # a short sentence that answers a question is no aside
    ("en", "FAQ. Can I share if I'm on Suboxone? Yes. Can I chair once I've been around a "
     "while? Also yes. Room 12.", "not restricted"),
    # the welcome, then a short aside, then logistics: still a welcome
    ("es", "Bienvenidos los que están en metadona. No juzgamos. Estacionamiento atrás, café "
     "gratis.", "friendly"),
    # Bulletin #29 on the literature table is no policy
    ("en", "Methadone and Suboxone welcome. Literature table has Bulletin #29 and the NA "
     "Groups & Medication pamphlet.", "friendly"),
    # chips not offered as a prize is no limit
    ("en", "Chips aren't offered as prizes; members on methadone get chips like everyone.",
     "friendly"),
    # the stigma denied, not the practice
    ("en", "Nobody here will tell you that taking Suboxone is trading one drug for another.",
     "friendly"),
    # from a newcomer's trial after round 34 (session 20): a bulletin the group stopped
    # following, and a question put to the group answered "yes" in the next sentence
    ("en", "Our group conscience voted in 2023 to stop following Bulletin #29. Everyone on MAT "
     "is welcome to share, chair and celebrate clean time like any other member.",
     "friendly"),
    ("es", "Nuestro grupo dejó de seguir el Boletín 29: quienes toman metadona comparten y "
     "sirven como todos.", "friendly"),
    ("en", "Whether members on MAT can share or chair is decided by the group. At the March "
     "business meeting the group voted yes: full participation.", "friendly"),
    # another meeting that may fit better, said as a choice
    ("en", "Methadone welcome here - and if you find MARA a better fit, that's fine too.",
     "not unfriendly"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes", "expected"), LIMITS)
def test_limits_read_in_round34(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), EXCLUSIONS)
def test_exclusions_read_in_round34(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), WELCOMES)
def test_welcomes_read_in_round34(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), KEPT)
def test_what_round34_keeps(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)
