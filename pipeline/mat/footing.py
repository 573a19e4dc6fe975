"""Readings of people on MAT that no cue holds, from the shape of a whole sentence.

The cues (`lexicon.CUES`) read a welcome or a ban in the words that say it. Four kinds of
sentence say it by their shape instead, and each writer words them anew:

- **Equal footing**: a sentence naming people on MAT that lists what they do, or says
  nothing a guard word could hold, and puts them level with everyone else ("they do
  everything everybody else does -- read, chair, take birthday cakes").
- **The meeting's own audience**: the first sentence of the notes, or the name, says the
  meeting is a group *for* people on MAT ("Grupo de apoyo entre pares para pacientes con
  metadona, buprenorfina (Suboxone) o naltrexona").
- **A bare ban** (round 27): a sentence that opens on a negation and names people on MAT
  ("NOT FOR PERSONS ON METHADONE OR SUBOXONE", "Pas de participants sous méthadone dans
  cette réunion", "KEIN METHADON, KEIN SUBUTEX"), or denies them admission ("Esta reunión
  no admite a personas en tratamiento con metadona", round 28: "NO ONE on methadone ...
  will be admitted"), and names no slot.
- **Another meeting instead of this one** (round 27): a sentence naming another meeting
  for people on MAT that sets it against this one ("you'll feel more at home there than
  here").
- **A slot held apart** (round 28): a sentence naming a slot that keeps people on MAT out
  of it by a negation bound to them ("Chair positions are filled by members not currently
  on maintenance medication", "les personnes sous TSO ne parrainent pas"), or that leaves
  time on MAT out of the count ("Time on methadone doesn't go toward a chip", "counted
  from the last drink or drug, methadone included").

The welcomes come from round 26. They decide only where the frame read nothing else, always
below the review line (`rules.CONFIDENCE`), and a limit anywhere in the listing still wins:
the end-of-treatment checks (`completion.py`) run after them. The bans decide unfriendly,
and a slot held apart restricted, reviewed, where the frame read nothing else. Per
language, on folded text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.mat.frame import MAX_FIELD_CHARS, _sentence_facts, _sentences
from pipeline.mat.guard import GUARD_SLOT_KINDS, Unread
from pipeline.mat.lexicon import LAST_USE, TARGET, fold
from pipeline.mat.scope import blank_pseudo

LANGS = ("en", "es", "fr", "de")

#: Equal footing, said of people on MAT in a sentence that lists what they do (round 26):
#: "A number of our regulars are on Suboxone and they do everything everybody else does --
#: read, chair, take birthday cakes", "Para los compañeros en Suboxone hay silla, hay palabra
#: y hay servicio, igual que para todos", "gehört bei uns ganz normal dazu - mit Stimme, mit
#: Dienst und mit Jahrestag". A sentence naming MAT whose only unread words are slots
#: (`engine._lists_slots`: no negation, no condition, no contrast, no measure), or no guard
#: word at all ("We treat people on Suboxone like every other member"), and that holds one
#: of these is a reviewed friendly (`engine._equal_footing`). Kept narrow: "same hall",
#: "cualquier tratamiento", "like any other drug" and "anyone on methadone participates as a
#: listener" are not it, and a looser list ("same", "todos", "alle") read 17 non-friendly
#: listings of the read sets as friendly. Per language, on folded text.
EQUAL_FOOTING: dict[str, str] = {
    "en": r"(?:like|same as|as|just as|no different (?:from|than)) (?:every ?(?:body|one)|"
    r"any ?(?:body|one)|(?:any|every) other(?! (?:drug|substance|medication|med|medicine|"
    r"opioid|opiate|narcotic|pill|chemical))|the rest|all the rest|all of us|other members|"
    r"the others)|"
    r"(?:any|every) ?(?:body|one) else|same (?:rotation|rules|way as)|"
    r"(?:zero|no) difference|full (?:participants?|members?)",
    "es": r"(?:igual|lo mismo) que (?:para |a |con )?(?:todos|todas|cualquier|el resto|"
    r"los demas|los otros)|"
    r"(?:como|que) (?:a )?(?:todos|todas|cualquier otr[oa]|el resto|los demas|cualquiera)|"
    r"pleno derecho|tan tuy[ao] como",
    "fr": r"comme (?:tout le monde|les autres|tous|n'importe qu\w+)|a part entiere",
    "de": r"wie (?:alle|jede[rs]?|die anderen)|ganz normal|vollwertig\w*|gleichberechtigt\w*",
}
EQUAL_FOOTING_RE = re.compile(
    r"(?<![\w'])(?:" + "|".join(f"(?:{EQUAL_FOOTING[lang]})" for lang in LANGS) + r")(?![\w'])"
)


#: A group noun opening the sentence, then within a few words "for" an audience
#: (`OWN_AUDIENCE`). The sentence must also name MAT strongly (`frame` reference "strong"):
#: "Selbsthilfegruppe für Menschen mit Alkohol-, Spiel- oder Medikamentensucht" names an
#: addiction to medicines, not people on MAT.
_GROUP_NOUNS = (
    r"group|meeting|circle|gathering|space|session|grupo|reunion|junta|espacio|circulo|"
    r"sesion|groupe|cercle|espace|gruppe|treffen|treff|gesprachskreis|kreis|"
    r"selbsthilfegruppe|runde"
)
_AUDIENCES = (
    r"people|persons?|personas|pacientes|patients|usuari[oa]s|users|women|men|mujeres|"
    r"hombres|moms|mothers|madres|adults|adultos|menschen|personnes|patient\w*|"
    r"substituierte\w*|those|quienes|folks|veterans"
)
OWN_AUDIENCE = re.compile(
    r"^\W*(?:(?:a|an|the|our|un|una|el|la|le|les|une|ein|eine|die|der|das)\s+)?"
    rf"(?:[\w'-]+\s+){{0,3}}?(?:{_GROUP_NOUNS})\w*\W+(?:[\w'-]+\W+){{0,4}}?"
    rf"(?:for|para|pour|fur|von und fur)\s+(?:[\w'-]+\s+){{0,2}}?(?:{_AUDIENCES})(?![\w'])"
)
#: A later sentence of the notes that describes this meeting's own audience (round 33, from
#: blind113: "Medication may take away the cravings, but it can't give you friends. This
#: group is for patients on bupe, methadone or Vivitrol (and anyone curious)").
THIS_GROUP_IS_FOR = re.compile(
    r"^\W*(?:this|our|esta|este|nuestra|nuestro|ce|cette|notre|diese|dieses|unsere)\s+"
    r"(?:group|meeting|circle|grupo|reunion|circulo|groupe|cercle|gruppe)\s+"
    r"(?:is|es|est|ist)\s+(?:for|para|pour|fur)\s"
)
#: What makes such a sentence about someone else, or not a self-description at all: a
#: question (by its "?", or its opening word), families ("Grupo para familiares de
#: personas en metadona"), another place ("un groupe ... se réunit le mardi au CSAPA
#: voisin", "there's also"), a negation, an end of use ("a meeting for people who have
#: stopped replacing one drug with another"), or abstinence as the audience ("Esta reunión
#: es para personas que buscan la abstinencia").
NOT_OWN_AUDIENCE = re.compile(
    r"\?|famil|angehorig|proches|loved ones|partners|(?<![\w'])(?:not|no|never|nobody|ni|"
    r"nunca|sin|ne|n'|pas|sans|nicht|kein\w*|nie|ohne|also|tambien|aussi|auch|hay|existe|"
    r"exist|there(?:'s| is| are)|gibt es|se reunit|trifft sich|se reune|meets at|voisin|"
    r"other|otr[oa]s?|autres?|andere\w*|abstinen\w*|clean|limpi\w+|drug[- ]free|"
    r"libres? de|frei von|sans drogue|stopped|quit|finished|done with|no longer|replac\w+|"
    r"dejad[oa]s?|dejaron|terminad[oa]s?|arrete\w*|aufgehort|abgesetzt|"
    # someone else's group named in passing ("El hospital tiene un grupo ...", "Infos zu
    # Selbsthilfegruppen für Substituierte bekommst du bei der Drogenberatung")
    r"tiene|has|have|offers?|ofrece|bietet|propose|hosts?|info\w*|list\w*|directori\w*|"
    r"directory|folletos?|brochures?|flyers?|pamphlets?)(?![\w'])|n't"
)


def own_audience(fields: Sequence[tuple[str, str]]) -> tuple[str, str] | None:
    """The name, or the first sentence of the notes, when it says the meeting is a group
    for people on MAT: (field, sentence), else None."""
    for field_name, text in fields:
        if field_name not in {"name", "notes"}:
            continue
        scan = fold(text[:MAX_FIELD_CHARS])
        sentences = _sentences(scan)
        if not sentences:
            continue
        for index, (start, end, terminator) in enumerate(sentences):
            sentence = scan[start:end]
            if index and not THIS_GROUP_IS_FOR.match(sentence):
                continue  # after the first, only "This group is for ..." (round 33)
            if (
                OWN_AUDIENCE.match(sentence)
                and "?" not in terminator
                and not NOT_OWN_AUDIENCE.search(sentence)
                and _sentence_facts(sentence)[0] == "strong"
                and not _sentence_facts(sentence)[2]  # "¿Es esta reunión apta para ...?"
            ):
                return field_name, text[start:end].strip()
    return None


#: Who a bare ban names before the medication: "persons on", "personas en", "participants
#: sous", "Menschen im"; each part optional ("No Substitutes", "Pas de méthadone").
_BANNED = (
    r"(?:(?:persons?|people|patients?|participants?|members?|folks|personas|pacientes|"
    r"participantes|miembros|gente|personnes|membres|leute|menschen|patienten|teilnehmende)"
    r"\s+)?(?:(?:on|in|en|de|del|con|sous|im|unter|que toman|who take|taking|using)\s+)?"
    r"(?:(?:a|the|un|una|el|la|los|las|des|du|le|einem?|der|dem)\s+)?"
)
#: A ban that opens the sentence ("NOT FOR PERSONS ON MAT", "NO PACIENTES DE METADONA",
#: "Pas de membres sous méthadone, merci"), a denied admission ("no admite a personas en
#: programas de metadona"), or the German "gehört nicht in dieses Meeting" / "bitte nicht".
#: The medication must follow the ban's words at once (`lexicon.TARGET`).
BAN_OPENING = re.compile(
    r"(?:^\W*(?:not for|no|pas de|keine?|ningun[oa]?|nada de)|"
    # round 33, from blind114: "Reunión seria de puros limpios, nada de suboxón ni jarabe"
    rf",\s*(?:nada de|pas de|keine?|ningun[oa]?))\s+{_BANNED}"
)
BAN_ADMISSION = re.compile(
    r"(?<![\w'])(?:no|not|ne|n'|nicht)\s+(?:se\s+)?(?:admit\w*|accept\w*|acepta\w*|admet\w*|"
    rf"allow\w*|permit\w*)\s+(?:a\s+|les\s+)?{_BANNED}"
)
BAN_GERMAN = re.compile(
    r"gehor(?:t|en) nicht (?:in|zu) (?:dieses|diese|das|unser\w*|den)|bitte nicht\W*$"
)
#: Nobody on MAT admitted (round 28, from blind102): "NO ONE on methadone, suboxone or
#: subutex will be admitted to the house or its meetings". The medication stands between the
#: negated subject and the admission.
BAN_NOBODY_ADMITTED = re.compile(
    r"(?<![\w'])(?:no one|no-one|nobody|nadie|personne|niemand)\s+(?P<who>[^.;:!?]{0,80}?)\s+"
    r"(?:will|shall|may|can|is|gets|sera|wird|darf|es|puede|peut)\s+(?:be\s+|ser\s+|etre\s+)?"
    r"(?:admitted|allowed in|accepted|admitid[oa]|aceptad[oa]|admis|accepte|zugelassen|"
    r"aufgenommen)(?![\w'])"
)
#: Not a ban: the negation reaches everyone ("Not for people on methadone, not for
#: anybody"), or it denies a way of treating them ("NO MAT DISCRIMINATION").
NOT_A_BAN = re.compile(
    r"not for (?:anyone|anybody|everyone|everybody)|ni para nadie|pour personne|fur niemanden|"
    r"(?<![\w'])(?:discriminat\w*|stigma\w*|shame|shaming|judg\w*|questions?|pressure|"
    r"discrimin\w*|estigma\w*|juzga\w*|jugement|diskriminier\w*)(?![\w'])"
)


def bare_ban(sentences: Sequence[tuple[str, str]]) -> tuple[str, str] | None:
    """The first (field, sentence) that bans people on MAT by its shape, else None.
    `sentences` are those the frame named MAT in and found no guard word in."""
    for field_name, sentence in sentences:
        scan = fold(sentence)
        if NOT_A_BAN.search(scan):
            continue
        for pattern in (BAN_OPENING, BAN_ADMISSION):
            if any(TARGET.match(scan, m.end()) for m in pattern.finditer(scan)):
                return field_name, sentence
        if BAN_GERMAN.search(scan) and TARGET.search(scan):
            return field_name, sentence
        nobody = BAN_NOBODY_ADMITTED.search(scan)
        if nobody is not None and TARGET.search(nobody.group("who")):
            return field_name, sentence
    return None


#: A pointer to another meeting that sets it against this one (round 27, after blind100):
#: "We'd point folks on MAT toward the Thursday MARA group - you'll likely feel more at
#: home there than here", "Those on methadone or Suboxone have their own meetings across
#: town". Only in a sentence the frame already read as naming another meeting for people
#: on MAT (`frame` slot "elsewhere"); "Substituierte finden mittwochs eine eigene Gruppe im
#: Kontaktladen" is a notice, so the German "eigene" is left out.
ELSEWHERE_INSTEAD = re.compile(
    r"(?<![\w'])(?:than (?:here|this (?:one|meeting|room|group))|their own (?:meetings?|"
    r"groups?)(?! conscience)|(?:more|better) at home there|sus propias reuniones|leurs propres "
    r"(?:reunions|groupes)|"
    # round 29, from the worn sets: "you'd probably feel more at home at a MARA meeting",
    # "is where you'll want to go", "te conviendront mieux que notre groupe", "plus adaptée
    # que la nôtre", "estarán más a gusto en Narcóticos Anónimos", "encontrará mejor apoyo
    # en otro lugar", "this meeting isn't a fit for them"
    r"(?:more|better) at home (?:at|in|with) (?:an?|the|their|one)|where you(?:'ll| will)? "
    r"(?:want|need) to go|mieux que (?:notre|la notre|le notre|nous|ici)|plus adapt\w* que "
    r"(?:la |le )?notre|(?:more|better) (?:suited|adapted|appropriate) than (?:ours|this|here)|"
    r"(?:mas|mejor) a gusto en|mejor apoyo en otr[oa]|"
    # round 33, from blind112: "ahí se va a sentir más a gusto que aquí"
    r"(?:mas|mejor) (?:[\w'-]+ ){0,8}?que (?:aqui|(?:en )?(?:este grupo|esta reunion))"
    r"(?![\w'])|(?:isn't|is not|aren't|are not) a "
    r"(?:good |great )?fit|wohler (?:in|bei)|besser aufgehoben (?:in|bei)|"
    # round 30, from blind110-111: "if you're still being dosed, there are other meetings
    # for that", "are asked to attend one of the many MAT-friendly meetings in the area",
    # "will find other meetings more suited to them", "where they'll find more
    # identification"
    r"(?:there are|we have|you'll find|you will find) (?:other|plenty of|lots of|many) "
    r"(?:other )?(?:meetings|groups) for (?:that|you|them|those)|"
    r"(?:are|is) asked to (?:attend|go to|try|find) (?:one of )?(?:the )?(?:many |other )?"
    r"(?:another |an? )?[\w§-]*(?: [\w§-]+)? (?:meetings?|groups?)|"
    r"(?:will|would|may|might) find (?:other|another|those) (?:meetings?|groups?)(?: [\w-]+)?"
    r" (?:more |better )?(?:suited|helpful|suitable|appropriate)|"
    r"find more identification|"
    # round 30, from blind115: "you'd likely get more out of SMART Recovery Thursdays"
    r"(?:you'd|you would|they'd|they would) (?:likely |probably |definitely )?get more out "
    r"of|"
    r"(?:hay|tenemos) otras reuniones para (?:eso|ti|ellos|ustedes)|"
    r"d'autres (?:reunions|groupes) (?:pour ca|pour vous|plus adapt\w*)|"
    # round 30, from blind108: "on leur conseille fortement d'aller plutôt aux réunions de
    # Méthadone Anonyme", "un accueil plus adapté au groupe ... qu'à notre réunion"
    r"(?:conseill\w*|recommand\w*|suggere\w*) (?:fortement |vivement )?d'aller "
    r"plutot|qu'a (?:notre|nos) (?:reunions?|groupes?)|"
    r"andere (?:meetings|gruppen) (?:dafur|fur euch|fur dich))(?![\w'])"
)


#: This meeting said to be for the abstinent only (round 29, from the worn sets): "This grp
#: is abstinence only", "This is a complete abstinence mtg", "esta reunión es solo para
#: abstinentes". Read only beside a pointer to another meeting for people on MAT
#: ("MARA was created as a comfortable space for people taking medication - go there"):
#: together they send them away. Alone it is the fellowship's usual word, not a policy;
#: "abstinence-based" is weaker still ("Our area lists MAT-friendly meetings separately;
#: this group is abstinence-based" is labelled unknown).
ABSTINENT_HERE = re.compile(
    r"(?<![\w'])(?:this|ours|our (?:meeting|group)|esta|este|nuestra|nuestro|ce|cette|notre|"
    r"dies|dieses|diese|unser|unsere)(?: (?:meeting|mtg|group|grp|one|reunion|grupo|groupe|"
    r"gruppe))? (?:is|es|est|ist) (?:an? |una? |un |une |ein |eine )?(?:strictly |purely |"
    r"complete(?:ly)? |total(?:ly)? |100% |true |solo |estrictamente |strictement |streng |"
    r"nur )?(?:abstinence[- ]only|(?:complete|total|true) abstinence|"
    r"de abstinencia (?:total|completa)|para abstinentes|d'abstinence (?:totale|complete)|"
    r"pour (?:les )?abstinents|fur abstinente)(?![\w'])"
)


def abstinent_here(fields: Sequence[tuple[str, str]]) -> tuple[str, str] | None:
    """The first (field, sentence) of the notes that says this meeting is for the
    abstinent only (`ABSTINENT_HERE`), else None."""
    for field_name, text in fields:
        if field_name != "notes":
            continue
        scan = fold(text[:MAX_FIELD_CHARS])
        for start, end, _ in _sentences(scan):
            if ABSTINENT_HERE.search(scan, start, end):
                return field_name, text[start:end].strip()
    return None


def elsewhere_instead(clauses: Sequence[tuple[str, str]]) -> tuple[str, str] | None:
    """The first (field, clause) naming another meeting instead of this one, else None."""
    for field_name, clause in clauses:
        if ELSEWHERE_INSTEAD.search(fold(clause)):
            return field_name, clause
    return None


#: A slot held apart from people on MAT (round 28). The guard finds slot words next to MAT
#: but no limiting word it knows, so the frame reads nothing, and these sentences were
#: unknown: on the read sets, 147 restricted listings, 3 unfriendly ones and no friendly or
#: unknown one read so. Four shapes, on folded text, in a sentence whose only unread words
#: are slots:
_MAT = rf"(?:{TARGET.pattern})"
# round 30, from blind108: French "pas de" ("parrains/marraines : pas de traitement de
# substitution en cours")
_HELD_NEGATION = r"(?:n't|not|no|ne|n'|pas de|nicht|keine?\w*|ningun\w*|aucun\w*)"
#: The holders are those not on MAT: "members not currently on maintenance medication",
#: "compañeros que no estén en programa de metadona", "Mitglieder, die keine Substitution
#: mehr bekommen", "1 yr clean, no maintenance meds". `sin`, `sans`, `ohne`, `without`
#: are left out: "dos con buprenorfina ... y dos sin medicación" lists, it does not limit.
HOLDERS_NOT_ON_MAT = re.compile(rf"(?<![\w']){_HELD_NEGATION}\s+(?:\w+\s+){{0,4}}?{_MAT}")
#: People on MAT, then a negated verb: "les membres sous TSO ne parrainent pas", "quien
#: esté en suboxone no coordina", "MAT members hold no trusted-servant positions".
MAT_HOLDERS_DO_NOT = re.compile(
    rf"{_MAT}(?:\s+[\w/()-]+){{0,6}}?\s+(?:(?:do|does|did|can|may|will|are|is)\s*(?:not|n't)|"
    r"don't|doesn't|can't|won't|aren't|isn't|no|ne|n'|pas de|nicht|keine?\w*|hold no)\s"
)
_TIME = r"(?:time|days?|tiempo|dias|temps|jours|zeit|tage|cleanzeit)"
_TIME_ON = r"(?:on|under|in|with|en|con|sous|unter|bajo|mit|im|auf)"
_NOT_COUNTED = (
    r"(?:(?:n't|not|no|never|ne|pas|nicht|kein\w*)\s+(?:\w+\s+){0,3}?(?:count\w*|includ\w*|"
    r"go\w* toward\w*|recogni\w*|entra\w*|cuenta\w*|celebra\w*|comput\w*|incluy\w*|se suma\w*|"
    r"compt\w*|pris en compte|rechn\w*|gerechnet|angerechnet|mitgez\w*|gez\w*lt|zahl\w*)|"
    r"(?:not|no|sans|ohne|sin) (?:includ\w*|inclu\w*|counting|contar|compter|mitgez\w*))"
)
#: Time on MAT, not counted: "Time on methadone doesn't go toward a chip", "el tiempo en
#: PMM no se celebra como tiempo limpio", "Zeit unter Substitution wird nicht mitgezählt".
TIME_ON_MAT_UNCOUNTED = re.compile(
    rf"{_TIME} {_TIME_ON} (?:(?:a|the|el|la|un|una|le|der|dem|einer?)\s+)?(?:\w+\s+){{0,2}}?"
    rf"{_MAT}.{{0,80}}?{_NOT_COUNTED}|"
    rf"{_NOT_COUNTED}.{{0,40}}?{_TIME} {_TIME_ON} (?:\w+\s+){{0,3}}?{_MAT}"
)
_INCLUDED = (
    r"(?:included|incl\.?|including|includes?|incluid[oa]s?|incluyendo|incluye|inclus\w*|compris\w*|"
    r"eingeschlossen|einschlie\w+|inbegriffen)"
)
#: MAT counted as use: "counted from the last drink or drug, methadone included", "ab dem
#: letzten Konsum jeglicher Droge, Methadon und Buprenorphin eingeschlossen". The inclusion
#: must stand at the medication: "chips for anyone, members on maintenance included" names
#: people, not a drug, and no last use.
LAST_USE_INCLUDES_MAT = re.compile(
    rf"{LAST_USE}.{{0,120}}?(?:{_MAT}(?:\s+(?:and|or|y|o|et|ou|und|oder|/|&)\s+\w+)*\s*,?\s*"
    rf"{_INCLUDED}|{_INCLUDED}\s+(?:\w+\s+){{0,2}}?{_MAT})"
)
#: Not held apart: the negation denies harm or a test ("no rompen tu tiempo limpio", "isn't
#: a factor", "not from your last dose", "no tendrás que dejar tu tratamiento"), asks or
#: reports ("Frage ... ob", "kept getting told their time didn't count"), speaks for anyone
#: ("nobody", "regardless"), or is logistics ("don't go into the medication office").
NOT_HELD_APART = re.compile(
    r"reset|break|back row|back of the room|erase|borra|romp|interrupt|against|affect|chang|"
    r"cambi|corta|less\b|"
    r"not from|no desde|nicht mit dem|pas depuis|order|orden|ordre|reihenfolge|grund|reason|"
    r"razon|raison|descalific|disqualif|factor|facteur|faktor|position on|unified|postura|"
    r"haltung|yet|todavia|encore|noch nicht|frage|pregunta|\bob\b|no decision|keine "
    r"entscheidung|requisit|requirement|criteri|besoin|importa|matter|or not|o no\b|ou non|"
    r"oder nicht|whether|\bhear|\bsay|tell|told|suggest|otherwise|question|\bask|judg|juzg|"
    r"\bjug|urteil|stigma|shame|differen|leaves? feeling|ostraci|turned away|turn away|"
    r"regardless|peu importe|\begal|\bever\b|never|nunca|jamais|nie\b|nobody|nadie|personne\b|"
    r"niemand|no one|qualif|recommend|recomend|tendras que|tiene que|tienen que|have to|need to|"
    r"n'a pas a|n'ont pas a|muss nicht|mussen nicht|necesita|brauch|illicit|ilicit|illegal|"
    r"discut|discuss|diskut|office|oficina|bureau|entrance|entrada|parking|"
    # round 28, from blind102: the door itself ("voted not to accept residents on
    # Suboxone"): a ban, not a slot
    r"accept|admit|acept|admiti|admett|aufnehm|aufgenommen|zulass|zugelassen"
)


def held_apart(
    hedges: Sequence[tuple[str, str, tuple[Unread, ...]]], *, clean_time_only: bool = False
) -> tuple[str, str, str] | None:
    """The first (field, sentence, guard kind) that holds a slot apart from people on MAT,
    else None. `hedges` are the frame's unread sentences; the kind is the slot's: clean
    time for time left out of the count, else the sentence's first slot word.

    `clean_time_only` keeps the clean-time shapes, which state their limit outright
    ("chips count from your last drug, and that includes Suboxone"); the shapes built on a
    negation ("MAT members don't ...") are too often reassurance beside a welcome."""
    for field_name, sentence, unread in hedges:
        kinds = [u.kind for u in unread]
        if not kinds or not set(kinds) <= GUARD_SLOT_KINDS:
            continue
        scan = fold(sentence)
        if NOT_HELD_APART.search(scan):
            continue
        if "clean_time" in kinds and (
            TIME_ON_MAT_UNCOUNTED.search(scan) or LAST_USE_INCLUDES_MAT.search(scan)
        ):
            return field_name, sentence, "clean_time"
        if clean_time_only:
            continue
        # "Everyone on methadone, Suboxone or no meds ... takes turns chairing": no negation
        scan = blank_pseudo(scan)
        if HOLDERS_NOT_ON_MAT.search(scan) or MAT_HOLDERS_DO_NOT.search(scan):
            return field_name, sentence, kinds[0]
    return None
