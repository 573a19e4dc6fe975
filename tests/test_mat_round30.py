"""Round 30 of the MAT tag: formats read aloud, requests that limit nobody, and pointers away.

blind110-112 were written at the start of session 17 by writers that had never seen the
rules, frozen and scored on arrival (f5fa5d2). blind110 (meeting formats and scripts pasted
into notes) and blind111 (northern New England) were then read, so they are spent; the
cases below quote or paraphrase them. blind112 has not been looked at.
- a stage direction says who reads a line and when, not who may serve: "FORMAT (read by
  secretary after How It Works):", "[SECRETARY - read this line every week, right after
  Why Are We Here:]", "Chair reads:", "Before we close:" (five welcomes read restricted
  at 0.6, the secretary taken for a service limit and "after" for a condition);
- requests that limit nobody: the MARA preamble's "We ask that you not say anything which
  may interfere with the progress of another human being", "we ask you to stay respectful
  and non-disruptive", "if you want to share, raise your hand", "serve when you're asked",
  "run for secretary, go to area"; "the General Service Conference" is a name, not service;
- pointers away: "a 12-step group called Methadone Is Recovery" is another meeting (it
  read friendly at 0.95); "are asked to attend one of the many MAT-friendly meetings",
  "there are other meetings for that", "will find other meetings more suited to them",
  "where they'll find more identification" send people on MAT away;
- advice is no permission: "if you take prescribed medication, talk to your sponsor" (it
  read friendly at 0.85, the sponsor taken for service);
- clean time and sharing limits in other words: "we don't hand out tags for time on
  methadone", "chips are for time since finishing a taper, not time on medication", NA's
  Bulletin #29 "would not be carrying the Narcotics Anonymous message";
- exclusions: "Sober means sober. No substitutes ... If you're there, join us" (it read
  friendly at 0.75), "no exceptions for maintenance";
- welcomes in other words: the Third Tradition's "you're a member the minute you say you
  are", "none of it depends on your dose", "we don't ask whether you're on bupe", "an
  equal voice", "même jeton, même liste", "every bit as much a member", and slots said as
  commands after a sentence naming MAT ("Keep your date, keep your commitments");
- a question the group has not settled decides nothing ("group conscience hasn't settled
  it", "we get asked a lot whether people on Suboxone can share here");
- a quote after an article is inside the clause: "This isn't a "listen only" meeting".
"""

from __future__ import annotations

import pytest

from tests.test_mat_round10 import assert_status, status

STAGE_DIRECTIONS = [
    ("en", 'FORMAT (read by secretary after How It Works): "Members who are receiving '
     "methadone, buprenorphine or any other medication-assisted treatment are welcome here "
     "as full members of this group. You may share, hold a service position and pick up a "
     'keytag for your clean time like anyone else."', "friendly"),
    ("en", "[SECRETARY - read this line every week, right after Why Are We Here:] This "
     "group welcomes members receiving medication-assisted treatment. If you're on "
     "methadone, buprenorphine or naltrexone you can share, take a service commitment, and "
     "receive keytags for your clean time here.", "friendly"),
    ("en", 'Secretary reads after the Traditions: We know that folks on MAT "might not even '
     'know from meeting to meeting how their use of these medications will be looked at." '
     "So here it is in writing: members on methadone, buprenorphine or naltrexone are "
     "welcome, may share, may serve, and get keytags for their clean time.", "friendly"),
    ("en", "Host script closing: ...Thanks for coming. Before we close: people on MAT "
     "(methadone, Suboxone, Vivitrol, Sublocade) are welcome in this meeting - share, get "
     "numbers from the chat, pick up a chip at your anniversary.", "friendly"),
    # a stage direction hides no limit of its own sentence
    ("en", "Chair reads: members on methadone are welcome, but please do not share until "
     "you have tapered off.", "restricted"),
]  # fmt: skip

REQUESTS_THAT_LIMIT_NOBODY = [
    ("en", "People on methadone, buprenorphine or naltrexone are welcome and share like "
     "everyone else. If you attend under the influence we ask you to stay respectful and "
     "non-disruptive.", "friendly"),
    ("en", 'This isn\'t a "listen only" meeting for anybody - including people on methadone '
     "or bupe. If you want to share, raise your hand. If you want a commitment, ask the "
     "secretary.", "friendly"),
    ("en", "This is not a medication-free meeting and nobody's going to make you sit in the "
     "back row because of your prescription. Methadone, bupe, Vivitrol: share when you want "
     "to, serve when you're asked.", "friendly"),
    ("en", "Members receiving MAT are welcome here and encouraged to get involved in service "
     "- set up chairs, make coffee, run for secretary, go to area.", "friendly"),
    ("en", "We post the General Service Conference recommendation by the coffee: members of "
     "AA should not, under any circumstances, meddle in the relationship between doctor and "
     "patient, especially in matters of treatment and medication.", "unknown"),
]  # fmt: skip

MARA_PREAMBLE = (
    "Whether or not you are utilizing medication-assisted recovery, you are welcome here. "
    "We ask that you not say anything which may interfere with the progress of another "
    "human being."
)

POINTERS_AWAY = [
    ("en", "For methadone patients: there is a 12-step group called Methadone Is Recovery "
     "that meets Thursdays at the clinic on 2nd Ave. Ask at the clinic front desk.",
     "unknown"),
    ("en", "This is NOT a MAT meeting. Persons on methadone, Suboxone, Sublocade, etc. are "
     "asked to attend one of the many MAT-friendly meetings in the area.", "unfriendly"),
    ("en", "This isn't a harm reduction or medication-assisted meeting - if you're still "
     "being dosed, there are other meetings for that.", "unfriendly"),
    ("en", "We share clean time from all drugs only. Those on replacement therapy will find "
     "other meetings more suited to them.", "unfriendly"),
    ("en", "Our meeting is for women staying sober without any mood- or mind-altering "
     "substances. Women on methadone or Suboxone may want to try the Tuesday MARA meeting "
     "at the clinic, where they'll find more identification.", "unfriendly"),
    ("es", "Esta reunión es de abstinencia completa. Si estás en metadona, hay otras "
     "reuniones para eso.", "unfriendly"),
    # the other meeting named first, then this one's own welcome
    ("en", "There's a MARA meeting Thursday nights at this same Y if you want a room full "
     "of people on MAT - lots of our members go to both. But hear this: if you're on "
     "methadone or bupe you are every bit as much a member of THIS group. Share, get a "
     "sponsor, take a commitment, same as anybody.", "friendly"),
]  # fmt: skip

ADVICE_IS_NO_PERMISSION = [
    ("en", "If you take prescribed medication, talk to your sponsor.", "unknown"),
    ("es", 'Si tomas medicamentos recetados, habla con tu padrino o madrina y lee el folleto '
     '"En tiempos de enfermedad" que tenemos en la mesa de literatura.', "unknown"),
    ("en", "Members on methadone share and chair here.", "friendly"),
]  # fmt: skip

LIMITS_IN_OTHER_WORDS = [
    ("en", "Members on MAT are welcome and encouraged to share. Keytags are given for clean "
     "time as NA defines it (complete abstinence), so we don't hand out tags for time on "
     "methadone or buprenorphine.", "restricted"),
    ("en", "This group follows Bulletin #29: sharing or leading at meetings by members on "
     "methadone and other drug replacement programs \"would not be carrying the Narcotics "
     'Anonymous message of recovery."', "restricted"),
]  # fmt: skip

EXCLUSIONS = [
    ("en", "Sober means sober. No substitutes, no scripts for opiates. If you're there, "
     "join us.", "unfriendly"),
    ("en", "Our group is made up of people who are completely chemically free - no "
     "exceptions for methadone maintenance.", "unfriendly"),
    # the end of a task, or a celebration when it is due, is no condition on MAT
    ("en", "Coffee's on by 6:45 - if you get there first, start the pot. Folks on methadone "
     "or Suboxone are welcome here, full stop.", "friendly"),
    ("en", "Bupe, methadone, naltrexone, doesn't matter to us. You count your days like the "
     "rest of us and we throw you a celebration when you get there.", "friendly"),
    # the building, not the members
    ("en", "Meets at the recovery center - a safe, supportive, substance free environment, "
     "welcoming to everyone seeking recovery. The group explicitly welcomes members on MAT: "
     "share, chair, take chips.", "friendly"),
]  # fmt: skip

WELCOMES_IN_OTHER_WORDS = [
    ("en", "Whether or not you take a prescribed med for opioid use disorder, you're a "
     "member here the minute you say you are. Share, sponsor, chair - none of it depends "
     "on your dose.", "friendly"),
    ("en", "We don't ask whether you're on bupe. Your clean date is the day you say it is. "
     "Every member gets a vote, a voice and a keytag.", "friendly"),
    ("fr", "Ici, votre date de sobriété vous appartient. Méthadone, Suboxone ou rien du "
     "tout : même jeton, même liste pour présider, même café.", "friendly"),
    ("en", "People on methadone, bupe, or still figuring it out all get an equal voice here "
     "- share, facilitate, whatever.", "friendly"),
    ("en", "That won't happen here over a bupe or methadone script. Keep your date, keep "
     "your commitments, keep coming.", "friendly"),
    ("en", "One thing from our format that newcomers always ask about: you don't have to be "
     "off Suboxone or methadone to be one of us here, and you don't have to hide it either. "
     "Share, get a sponsor, pick up your chip.", "friendly"),
    # one command is no list, and a list needs a sentence naming MAT before it
    ("en", "Methadone welcome. Share, don't compare.", "not friendly"),
    ("en", "Share, get a sponsor, pick up your chip.", "unknown"),
]  # fmt: skip

UNSETTLED = [
    ("en", '"The use of medication can be controversial in our fellowship" - it is here too. '
     "Some members on MAT share at this meeting, some members think they shouldn't, and "
     "group conscience hasn't settled it.", "unknown"),
    ("en", "We get asked a lot whether people on Suboxone can share here. Come to a business "
     "meeting and see how our group conscience works.", "unknown"),
    # not yet decided as one of the pathways: no pending question
    ("en", "No abstinence required. Doesn't matter if you dose at a clinic every morning, "
     "take bupe, or haven't decided anything yet; we set goals and check in weekly.",
     "friendly"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes", "expected"), STAGE_DIRECTIONS)
def test_explicit_welcome_in_a_format_read_aloud(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), REQUESTS_THAT_LIMIT_NOBODY)
def test_false_friend_requests_that_limit_nobody(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


def test_fellowship_prior_the_mara_preamble_is_a_welcome() -> None:
    assert status(MARA_PREAMBLE, "MARA") == "friendly"


@pytest.mark.parametrize(("lang", "notes", "expected"), POINTERS_AWAY)
def test_other_meeting_reference_pointers_away(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), ADVICE_IS_NO_PERMISSION)
def test_medication_mention_no_policy_advice(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), LIMITS_IN_OTHER_WORDS)
def test_clean_time_or_service_limit_in_other_words(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


def test_clean_time_limit_in_a_mara_meeting() -> None:
    notes = (
        "MARA group. Heads up: our milestone chips are for time since finishing a taper, not "
        "time on medication - group decided this in 2022 and not everyone agrees."
    )
    assert status(notes, "MARA") == "restricted"


@pytest.mark.parametrize(("lang", "notes", "expected"), EXCLUSIONS)
def test_implicit_exclusion_in_other_words(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), WELCOMES_IN_OTHER_WORDS)
def test_welcome_without_welcome_word(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), UNSETTLED)
def test_question_without_answer_unsettled(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


def test_pseudo_negation_no_need_of_the_other_meetings_to_be_welcome() -> None:
    notes = (
        "The clinic posts a list of MAT-specific meetings and MARA groups - great resources. "
        "But you don't need them to be welcome here: our group conscience is full "
        "participation for members on methadone or bupe, including keytags and service."
    )
    assert status(notes) != "unfriendly"


# --- from blind107 (Alaska, Hawaii, the Pacific) and blind108 (French), read after
# blind110-111 were fixed, and spent ---------------------------------------------------

FROM_BLIND107 = [
    # a denial's place or gerund is the slot it limits, not the door
    ("en", "Welcome to everybody on MOUD - come, listen, get phone numbers. Just so you know: "
     "this group doesn't support members on MAT sponsoring others.", "restricted"),
    ("en", "No DRT members at the podium. Speaker mtg 2nd & 4th Sat.", "restricted"),
    ("en", "Zoom room: if you're on Suboxone or methadone, please keep your mic muted during "
     "shares and use the chat for support.", "restricted"),
    # but a plain Zoom rule, with a welcome, stays a welcome
    ("en", "Zoom meeting. Please keep your mic muted during shares. Methadone patients "
     "welcome.", "friendly"),
    # the fellowship's caution is no ban; the keytag limit decides
    ("en", "NA approaches recovery through abstinence, cautioning against the substitution of "
     "one drug for another. Keytags here are given for time clean from all drugs; time on "
     "methadone or Suboxone maintenance does not count toward keytags.", "restricted"),
    ("en", "Closed meeting for sober alcoholics - sober meaning not on any opioid, prescribed "
     "or otherwise. Wed 8pm.", "unfriendly"),
    ("en", "For men who've put it all down - booze, dope, and the stuff the clinic hands "
     "out.", "unfriendly"),
    ("en", "Chip table is for time free of EVERY mind-altering drug, doctor's orders or not.",
     "restricted"),
    ("en", "If you're on buprenorphine or naltrexone, your sober date is your sober date.",
     "friendly"),
    ("en", "Buprenorphine, methadone and naltrexone are treated here as part of your path, not "
     "a detour from it.", "friendly"),
    ("en", "FYI the chapel on base also hosts a SMART meeting that welcomes people on "
     "medication.", "unknown"),
    ("en", "(The 'Open Door' group that meets Tuesdays in the clinic building is the "
     "MAT-friendly one in our district, per their own group conscience.)", "unknown"),
    ("en", "Old-school meeting, lots of 20+ yr members with strong opinions about 'clean'. But "
     "the group conscience is clear: members on methadone or bupe can share, serve and get "
     "keytags here.", "friendly"),
    ("en", "The group excludes nobody because of a prescribed treatment, methadone included.",
     "friendly"),
]  # fmt: skip

FROM_BLIND108 = [
    ("fr", "Ta date d'abstinence c'est ta date — qu'il y ait de la métha ou du Subutex dans "
     "ton parcours, personne ici ne va la recompter. Tu partages et tu fais du service comme "
     "n'importe qui.", "friendly"),
    ("fr", "Ta sobriété t'appartient : que ton médecin te prescrive de la méthadone ou de la "
     "suboxone ne change rien à ta date ni à ta place dans le groupe.", "friendly"),
    ("fr", "Le groupe n'exclut personne à cause d'un traitement prescrit, substitution "
     "comprise. Partage, service, porte-clés : pas de condition supplémentaire.", "friendly"),
    ("fr", "Chez nous le compteur ne se remet pas à zéro parce que tu prends ta méthadone : "
     "jetons, anniversaires, service, pareil pour tous.", "friendly"),
    ("fr", "Métha, Sub, rien : bienvenue. Tu peux partager dès ta première réunion.",
     "friendly"),
    ("fr", "Certains anciens vous diront que la méthadone n'est pas l'abstinence. Mais la "
     "conscience de groupe de mars a tranché : les membres sous TSO partagent, font du service "
     "et reçoivent leurs porte-clés comme les autres.", "friendly"),
    ("fr", "Ce n'est pas parce que tu es sous métha ou sous Sub que tu ne peux pas partager : "
     "tu peux, et on t'écoutera. Par contre pas de porte-clés tant que le traitement est en "
     "cours.", "restricted"),
    ("fr", "Quoi que tu prennes en arrivant, tu es le bienvenu. (Conscience de groupe : les "
     "personnes sous TSO ne prennent ni porte-clés ni jetons tant que le traitement est en "
     "cours.)", "restricted"),
    ("fr", "Responsables de groupe et parrains/marraines : pas de traitement de substitution "
     "en cours.", "restricted"),
    ("fr", "Les patients sous méthadone trouveront un accueil plus adapté au groupe Méthadone "
     "Anonyme du mardi qu'à notre réunion.", "unfriendly"),
    ("fr", "Les nouveaux ont souvent des questions sur les médicaments prescrits : nous vous "
     "encourageons à lire le Texte de base et la brochure « En période de maladie ».",
     "unknown"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "notes", "expected"), FROM_BLIND107)
def test_mixed_signals_from_blind107(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)


@pytest.mark.parametrize(("lang", "notes", "expected"), FROM_BLIND108)
def test_mixed_signals_from_blind108_in_french(lang: str, notes: str, expected: str) -> None:
    assert_status(notes, expected, lang)
