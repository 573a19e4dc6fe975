"""Round 34 of the MAT tag (session 20): blind90, 92, 93, 99, 104, 119 and 120, read for
their wrong friendlies.

Those seven sets held 9 of the wrong friendlies on unread text at the start of session 20.
blind128-130 were written first, by fresh writers, frozen and scored on arrival (c0ad118);
then the wrong friendlies of the seven sets were read, and the seven are spent (moved out of
`pipeline.mat.learned.sets.UNREAD`, and the learned reader retrained with them). Three
kinds were fixed in the rules; each case below is a paraphrase of its kind, and fails on
c0ad118 unless marked. The kinds left alone are in the README (MAT tagging).
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
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes", "expected"), LIMITS)
def test_limits_read_in_round34(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), KEPT)
def test_what_round34_keeps(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)
