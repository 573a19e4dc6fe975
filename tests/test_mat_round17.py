"""Rounds 17 to 19 of the MAT tag: feeds, formats, treatment settings, traps (tuning113-121).

Each case paraphrases a construction met on a tuning set when it arrived, in the languages
where the round taught it; the expected status is the one a careful reader gives the
listing alone. The structural cases are read by `frame.py` and `engine.py`:
- a terse feed's dashed list is read item by item;
- a sentence carried by "you" carries the reference to MAT on only if it says something of
  MAT, or points back with "they" ("If you want to share, raise your hand" does not);
- a limit on drugs nobody prescribed binds every member alike;
- a field that spells its own "M.A.T." out as something else holds no acronym.
The rest are rows of the vocabularies in `lexicon.py`, `guard.py` and `scope.py`.
"""

from __future__ import annotations

import pytest

from pipeline.mat.engine import Listing, tag_mat
from tests.test_mat_round10 import assert_status, status

# --- structure: dashed lists, what "you" carries, illicit use ------------------------------
STRUCTURE = [
    ("en", "NOON DAILY EXCEPT SUNDAY - DOORS OPEN 20 MINUTES EARLY - PLEASE BE ON TIME - "
     "JFT READING + TOPIC - MAT WELCOME - SMOKING ON BACK PATIO ONLY - WHEELCHAIR ACCESSIBLE",
     "friendly"),
    # an item of the list that limits service still holds the welcome back
    ("en", "MAT WELCOME - CHAIRS NEED 1 YR DRUG FREE - OPEN - WHEELCHAIR ACCESSIBLE",
     "not friendly"),
    # "you" in a format line two sentences on does not speak of people on MAT
    ("en", "Members on methadone or buprenorphine are welcome here. Coffee is in the kitchen. "
     "Please silence your phones. If you want to share, raise your hand and wait to be "
     "called.", "friendly"),
    # "they" carries the question's subject on to the limit
    ("en", "Do people on Suboxone get keytags? They can pick up a white welcome tag. "
     "Clean-time tags start once they're off it.", "restricted"),
    ("en", "Do we welcome members on buprenorphine? It depends what you're asking. "
     "Attending: yes, always. Reading or chairing: this group keeps those for members who "
     "are completely off it.", "not friendly"),
    ("en", "MOUD? Welcome. Take a chip, chair a night, grab a sponsor. We ask only that you "
     "not share if you've used cocaine or other non-prescribed drugs in the last 24 hours.",
     "friendly"),
    ("es", "¿Tomás medicación para la adicción? Bienvenido: fichas, servicio y apadrinamiento "
     "abiertos para vos. Pedimos no compartir si consumiste drogas no recetadas en las "
     "últimas 24 horas.", "friendly"),
    # a limit that names the medication is no illicit use
    ("en", "MOUD? Welcome. We ask members on methadone not to share in their first 90 days.",
     "restricted"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes", "expected"), STRUCTURE)
def test_structure_of_rounds_17_and_18(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


# --- other groups, other rooms -------------------------------------------------------------
NOT_THIS_MEETING = [
    ("en", "FYI the Wednesday 'Keep It Simple' group over on Elm voted to let members on "
     "Suboxone chair. (That was their group conscience, not ours.) We meet Fridays."),
    ("fr", "Le groupe de Montreuil a voté pour être un groupe ouvert aux personnes sous "
     "substitution ; renseignez-vous auprès d'eux."),
    ("es", "La oficina intergrupal puede orientar sobre grupos que reciben a personas en "
     "tratamiento con medicamentos; pregunte por teléfono."),
    ("en", "How members on DRT take part here is being discussed at the business meeting; "
     "all members are encouraged to come."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes"), NOT_THIS_MEETING)
def test_what_another_group_decided_is_not_this_meetings_policy(lang: str, notes: str) -> None:
    assert_status(notes, "unknown", lang)


def test_a_meeting_that_sends_people_on_mat_elsewhere_is_no_friendly() -> None:
    notes = (
        "Folks on MAT: the MARA group on Wednesdays at St. Luke's is the meeting for you. "
        "This one is abstinence only. We are glad you are here."
    )
    assert status(notes) == "unfriendly"


# --- limits and counts ---------------------------------------------------------------------
LIMITS = [
    ("de", "Substituierte hören zu, teilen nicht.", "restricted"),
    ("de", "Wir teilen nicht nur Erfahrung: Substituierte sind willkommen.", "friendly"),
    ("en", "Methadone counts against your clean time here.", "restricted"),
    ("de", "Methadon zählt gegen deine Cleanzeit.", "restricted"),
    ("en", "Methadone does not count against your clean time here.", "friendly"),
    ("de", "Substitution zählt bei uns nicht gegen deine Abstinenztage.", "friendly"),
    ("es", "El tratamiento con medicamentos no le resta ni un día a tu limpieza en este grupo.",
     "friendly"),
    ("fr", "La méthadone ne compte pas contre ton abstinence.", "friendly"),
    ("en", "Clean time here is counted from your last non-prescribed use - medication taken "
     "as prescribed, methadone and buprenorphine included, doesn't reset anybody's date.",
     "friendly"),
    # "reemplazo" now wakes the reader up: a friendly name with a limit in its notes
    ("es", "Grupo amigable con MAT. Nota: la coordinación rota entre miembros con 90 días "
     "completamente limpios (sin terapia de reemplazo).", "not friendly"),
    ("de", "Gruppenleitung: nur ohne Substitution.", "restricted"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes", "expected"), LIMITS)
def test_limits_and_counts_of_round_17(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


def test_a_mara_groups_dose_stability_rule_restricts_service() -> None:
    notes = (
        "Preamble, steps, open sharing. Group conscience note: the chair rotation is open to "
        "members who've been stable on one dose for six months; anyone still in dose "
        "adjustments is asked to sit out service for now."
    )
    assert status(notes, "MARA") == "restricted"


def test_mat_spelled_out_as_something_else_is_no_acronym() -> None:
    listing = Listing(
        name="M.A.T. Meeting (Monday Afternoon Topic)",
        notes="The M.A.T. - Monday Afternoon Topic - a rotating topic discussion. 3pm, "
        "St. Paul's United Methodist Church, room 4.",
    )
    assert tag_mat(listing).status == "unknown"
    assert tag_mat(Listing(name="MAT Meeting", notes="MAT welcome.")).status == "friendly"


# --- welcomes, pseudo-negations and equalities in four languages ---------------------------
PHRASES = [
    ("es", "A nadie se le pregunta si toma naltrexona o metadona, y a nadie se le niega la "
     "palabra por eso.", "friendly"),
    ("es", "Si estás con Suboxone o metadona pautada, ven tal cual: te recibimos como a "
     "cualquier adicto.", "friendly"),
    ("es", "Con o sin tratamiento de mantenimiento, participas en todo igual.", "friendly"),
    ("es", "Aquí no hay distinción entre quien toma metadona y quien no.", "friendly"),
    ("es", "Medallas y fichas se entregan también a quienes siguen su tratamiento con "
     "buprenorfina.", "friendly"),
    ("de", "Wer Methadon bekommt, ist bei uns vollwertiges Gruppenmitglied.", "friendly"),
    ("de", "Kein Unterschied zwischen Leuten mit und ohne Substitut.", "friendly"),
    ("de", "Für Substituierte gelten bei uns dieselben Spielregeln wie für alle anderen.",
     "friendly"),
    ("de", "Auch mit Substitution kannst du bei uns Gruppensprecherin werden.", "friendly"),
    ("de", "Medikamentöse Behandlung gilt bei uns als Teil deines Plans, nicht als Rückfall.",
     "friendly"),
    ("fr", "Le groupe n'est pas une « zone sans médicaments » : votre traitement, méthadone "
     "comprise, ne change rien à votre place.", "friendly"),
    ("fr", "Membres sous méthadone : mêmes porte-clés, même parrainage, mêmes services que "
     "tout le monde.", "friendly"),
    ("en", "MAT is not an issue at this meeting.", "friendly"),
    ("en", "Methadone is an issue for this group.", "unfriendly"),
    ("en", "Whether you take methadone, buprenorphine or nothing at all, you can share here.",
     "friendly"),
    ("en", "Is there anyone here on medication-assisted treatment who's wondering if they "
     "belong? You do. You're welcome to share, to pick up keytags and to serve.", "friendly"),
    ("en", "Closed meetings are for those who have a problem with alcohol. People on MAT are "
     "welcome and can take part in everything.", "friendly"),
    # the AA definition is no cover for an exclusion: "for people who've stopped" still limits
    ("en", "Being on bupe means you're still loaded, and our closed meeting is for people "
     "who've stopped.", "unfriendly"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes", "expected"), PHRASES)
def test_phrases_of_rounds_17_and_18(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


# --- round 19: precision traps (tuning119-121) ---------------------------------------------
ROUND_19 = [
    ("fr", "Bienvenue à quiconque désire arrêter de boire, Subutex ou pas. Le groupe demande "
     "simplement que la lecture des Étapes et l'animation soient assurées par des membres "
     "abstinents de tout produit.", "not friendly"),
    ("en", "Alumni and community women welcome, MAT or not! Speakers for the monthly speaker "
     "night are alumni who have graduated from all medication.", "restricted"),
    ("es", "Cuando sueltes la metadona vuelve, tu llavero te espera.", "unfriendly"),
    ("es", "Vos sos bienvenido, las drogas y las armas no; y para este grupo la metadona entra "
     "en esa lista.", "unfriendly"),
    ("fr", "Groupe de suivi pour anciens résidents : admission sur contrôle urinaire négatif "
     "aux opiacés, méthadone incluse.", "unfriendly"),
    # a programme's guests and a peer centre's openness say nothing of this meeting
    ("es", "Primer sábado: reunión de información pública con invitados del programa de "
     "metadona del hospital.", "unknown"),
    ("en", "About the center: it is a peer-run space open to people on every pathway, "
     "including medication-assisted recovery. The NA meeting is Wednesdays at 7.", "unknown"),
    ("fr", "Un traitement de substitution pris comme prescrit ne remet pas ton temps "
     "d'abstinence à zéro dans ce groupe.", "friendly"),
    ("en", "Members whose sobriety includes Suboxone or methadone take their chips right along "
     "with everyone else.", "friendly"),
    ("en", "People on methadone are welcome. Sit anywhere, you don't have to talk.", "friendly"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes", "expected"), ROUND_19)
def test_precision_traps_of_round_19(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


def test_mat_spelled_out_in_another_field_is_no_acronym() -> None:
    listing = Listing(name="MAT Meeting", notes="MAT = Monday Afternoon Topic. 3pm, library.")
    assert tag_mat(listing).status == "unknown"
