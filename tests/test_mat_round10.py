"""Round 10 of the MAT tag: the wording of real texts (tuning61-tuning76).

Half of round 10's writers adapted public texts: harm-reduction meeting scripts, the MARA
preamble, SMART statements, the AA pamphlet on medication, NA bulletins, clinic pages and
long meeting formats. Each case paraphrases a construction found on a tuning set when it
arrived, in the languages where the round taught it; the expected status is the one a
careful reader gives the listing alone.
"""

from __future__ import annotations

import pytest

from pipeline.mat.engine import Listing, tag_mat


def status(notes: str, fellowship: str | None = None) -> str:
    record = {"id": "r10", "notes": notes}
    if fellowship:
        record["fellowship"] = fellowship
    return tag_mat(Listing.from_mapping(record)).status


def assert_status(notes: str, expected: str, lang: str) -> None:
    """`expected` is a status, or "not <status>" where only that status would be wrong."""
    got = status(notes)
    if expected.startswith("not "):
        assert got != expected.removeprefix("not "), lang
    else:
        assert got == expected, lang


# --- pseudo-negations: abstinence as a goal either way, a view the group rejects --------
PSEUDO_NEGATIONS = [
    ("en", "If abstinence is not your goal, or if it is, and you take methadone or "
     "Suboxone, you are welcome here.", None),
    ("fr", "Que l'abstinence soit votre objectif ou non, les personnes sous TSO sont les "
     "bienvenues.", None),
    ("de", "Du bist willkommen, ob du Abstinenz anstrebst oder nicht, auch mit Substitution.",
     None),
    ("es", "Si la abstinencia es tu meta o si no lo es, y estás con buprenorfina, eres "
     "bienvenido.", None),
    ("en", "This group strongly opposes calling methadone 'trading one drug for another'.",
     "SMART"),
    ("en", "Nobody here will tell you that you're 'not clean' because you take "
     "buprenorphine.", None),
    ("es", "Aquí no se hace ninguna distinción entre quien toma metadona y quien no.", None),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes", "fellowship"), PSEUDO_NEGATIONS)
def test_pseudo_negations_of_round_10(lang: str, notes: str, fellowship: str | None) -> None:
    assert status(notes, fellowship) == "friendly", lang


# --- welcomes without a welcome word, as real texts phrase them --------------------------
WELCOMES = [
    ("en", "We believe medication is a therapeutic tool of recovery that may or may not be "
     "stopped in time, depending on the needs of each person.", "MARA"),
    ("en", "A peer group that acknowledges medication as an important tool for recovery; "
     "methadone and buprenorphine patients run it."),
    ("en", "Members on buprenorphine are part of our recovery community, with the same vote "
     "in group conscience as everyone else."),
    ("en", "Your methadone dose has nothing to do with your clean date here."),
    ("es", "Las personas en programa de metadona son miembros de pleno derecho: coordinan, "
     "apadrinan y reciben su llavero."),
    ("fr", "Sous traitement de substitution ? Vous êtes ici des membres à part entière."),
    ("de", "Es wird nicht unterschieden zwischen Substituierten und allen anderen."),
    ("de", "Wer substituiert wird, feiert seine Cleanzeit bei uns genauso mit Kuchen."),
]  # fmt: skip


@pytest.mark.parametrize("case", WELCOMES)
def test_welcomes_of_round_10(case: tuple[str, ...]) -> None:
    lang, notes = case[0], case[1]
    fellowship = case[2] if len(case) > 2 else None
    assert status(notes, fellowship) == "friendly", lang


# --- a format's universal rules are no limits ---------------------------------------------
FORMATS = [
    ("en", "Methadone and Suboxone welcome. Format: 1) Serenity Prayer 2) Read the Twelve "
     "Traditions 3) Ask if anyone is in their first 30 days 4) Shares kept to three minutes "
     "5) Keytags at the end."),
    ("es", "Bienvenidos los compañeros en tratamiento con metadona. Se lee el preámbulo; "
     "séptima tradición al final."),
    ("en", "Everyone on MAT is welcome here. If you're new, nobody expects you to talk; "
     "just listen and take what you need."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes"), FORMATS)
def test_formats_are_no_limits(lang: str, notes: str) -> None:
    assert status(notes) == "friendly", lang


# --- limits and exclusions in fresh words: never friendly ---------------------------------
LIMITS = [
    ("de", "Alle sind willkommen, auch Substituierte. Kleine Bitte: Substituierte halten sich "
     "beim Teilen zurück und lassen den Cleanen den Vortritt.", "not friendly"),
    ("es", "Las personas en metadona participan en todo, menos en el apadrinamiento.",
     "not friendly"),
    ("en", "Glad you're here, whatever meds you're on. Chair and secretary are held by "
     "members not on opiate maintenance.", "restricted"),
    ("en", "Being on methadone doesn't stop you coming in. Shares, service and keytags go to "
     "people who've put everything down.", "restricted"),
    ("en", "Members on buprenorphine take part as non-voting members of the group.",
     "restricted"),
    ("en", "Anyone who has used today, methadone doses included, passes when it's their "
     "turn to share.", "restricted"),
    ("es", "Los compañeros en programa de sustitución participan en la reunión escuchando.",
     "restricted"),
    ("es", "Solo pueden asistir quienes no estén tomando ningún sustituto opiáceo.",
     "unfriendly"),
    ("en", "We recommend finishing your taper before attending this group.", "unfriendly"),
    ("fr", "Personnes sous substitution : merci de vous orienter vers une autre réunion "
     "plutôt que vers celle-ci.", "unfriendly"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes", "expected"), LIMITS)
def test_limits_of_round_10(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


def test_own_fellowship_named_in_the_notes_is_no_reference_elsewhere() -> None:
    """'à cette réunion SMART Recovery' is this meeting; 'see the MARA meeting' is not."""
    own = "Vous êtes les bienvenus à cette réunion SMART Recovery, sous méthadone ou non."
    other = "For medication-assisted recovery, see the MARA group on Thursdays."
    assert status(own) == "friendly"
    assert status(other) != "friendly"


def test_another_group_in_the_building_is_not_this_meeting() -> None:
    notes = (
        "En los salones parroquiales también se reúnen Drogadictos Anónimos, que según su "
        "folleto aceptan a personas en tratamiento con metadona."
    )
    assert status(notes) != "friendly"


# --- round 11: four more writers (tuning81-tuning84) ---------------------------------------
ROUND_11 = [
    ("en", "Participants on methadone or naltrexone, and those on no medication at all, are "
     "equally welcome; sharing is voluntary for everyone.", "friendly"),
    ("en", "No one is turned away for being on buprenorphine, and there are no separate rules "
     "for anybody.", "friendly"),
    ("es", "Ni tu receta de metadona ni tu diagnóstico son motivo para dejarte fuera de la "
     "junta.", "not unfriendly"),
    ("en", "Medallions and keytags go to anyone who asks for them, Suboxone or not.",
     "friendly"),
    ("es", "La metadona también es droga. Cuando estés listo para limpiarte de verdad, aquí te "
     "esperamos.", "unfriendly"),
    ("es", "No admitimos a personas en tratamiento con sustitutos de opiáceos.", "unfriendly"),
    ("en", "If you've used in the past 24 hours, and we count a methadone dose as use, please "
     "sit out the topic portion.", "not friendly"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes", "expected"), ROUND_11)
def test_constructions_of_round_11(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)
