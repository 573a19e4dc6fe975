"""The friendly guard: limiting words next to people on MAT that the frame did not read.

A wrong "friendly" sends someone on methadone into a room that turns them away, and each
fresh batch of wording brought limits the cues could not yet read ("we ask you to take
part by listening", "positions need clean time"). So a friendly must rest on a welcome
whose whole neighbourhood was read: any sentence that speaks of people on MAT (or points
back to one with "you"/"they") and holds a word of this vocabulary outside every span a
cue, a pseudo-negation or a benign phrase read, demotes a friendly to unknown with
`mat_needs_review`, and the evidence names the sentence and the unread words.

The vocabulary is broad on purpose, per language (en, es in full; fr, de), in five kinds:
participation, service, clean time, conditions and exclusion cues. It costs recall on
welcomes that mention sharing or keytags in words the frame cannot read; recall is won
back by teaching the cues (`lexicon.CUES`) to read those constructions, never by
narrowing this table. Every pattern runs on folded text (`lexicon.fold`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline.mat.lexicon import DAYS, FELLOWSHIP_LITERATURE, MED_NAMES, SHARED_THINGS
from pipeline.mat.literals import Alternation, read_table

#: kind -> language -> words (regex alternatives on folded text, whole words).
#: "All drugs ... included" in one clause, in every language (a condition word of each).
ALL_DRUGS_INCLUDED = (
    r"(?:(?:all|any|every|tod[oa]s?(?: las?| los)?|cualquier|tous(?: les)?|toutes(?: les)?|"
    r"toute|alle[nmrs]?|jegliche\w*) (?:[\w'-]+ ){0,2}(?:drugs?|substances?|opioids?|opiates?|"
    r"narcotics?|drogas?|sustancias?|opioides|drogues?|opiaces|drogen|substanzen|opioide)|"
    # "from your last use of anything, maintenance meds included"
    r"anything|everything|nada|cualquier cosa|quoi que ce soit|irgendetwas)"
    r"(?:\W+[\w'§-]+){0,9}?\W+(?:included|incl|including|incluid[oa]s?|incluyendo|inclus\w*|"
    r"compris\w*|inbegriffen|eingeschlossen|einschlie(?:ss|ß)lich)"
    # "libres de opioides, incluidos los recetados", "30 días limpios de todo, bupre incluida"
    r"|(?:free (?:of|from)|libres? de|frei von|libres? d'|exempts? d'|clean (?:of|from)|"
    r"limpi[oa]s? de)(?: [\w'-]+){0,2} (?:opioids?|opioides|opiaces|opioide|drogas|drugs|drogues|"
    r"drogen|todo|everything|tout|allem)\W+(?:[\w'§-]+\W+){0,3}?(?:including|included|"
    r"incluid\w*|y compris|compris\w*|einschlie(?:ss|ß)lich|inklusive|inbegriffen)"
    r"|(?:abstinence|abstinencia|abstinenz) (?:complete|totale|completa|total|vollige|"
    r"komplette)(?:\W+[\w'§-]+){0,6}?\W+(?:incluid\w*|inclus\w*|compris\w*|included|including|"
    r"inbegriffen|einschlie(?:ss|ß)lich)"
)

#: Where a guard word may start: not inside a word, but after a one-letter French or
#: Spanish elision ("l'animation", "d'anniversaire", "n'animent") - never "don't".
WORD_START = r"(?<![\w-])(?<!\w\w')"

GUARD_VOCABULARY: dict[str, dict[str, str]] = {
    "participation": {
        "en": r"shar(?:e|es|ed|ing)|speak(?:s|ing|ers?)?|spoke|read(?:s|ing|ings|ers?)?|"
        r"vot(?:e|es|ed|ing)|talk(?:s|ed|ing)?|comment(?:s|ed|ing)?|listen(?:s|ed|ing|ers?)?|"
        r"observ(?:e|es|ed|ing|ers?)|participat(?:e|es|ed|ing|ion)|take part|podium|"
        # round 22: "please identify yourself as a visitor": a passive role, like listening
        r"as (?:an? )?(?:visitors?|guests?)|"
        r"mic|microphone|the floor(?= is| opens)|(?:take|have|has|given|get) the floor",
        "es": r"compart(?:ir|e|es|en|a|as|an|iendo)|habl(?:ar|a|an|en|e|es)|"
        r"le(?:er|e|en|an|as|es)|lecturas?|"
        # round 24: the speakers of a speakers' meeting ("dar su experiencia en la junta de
        # oradores"); a format's "4a orador" names a week, not who may speak
        r"orador(?:es|as?)|"
        r"lector(?:es|as?)?|vot(?:ar|a|an|en|o|os)|coment(?:ar|arios?)|escuch(?:ar|a|an|en)|"
        r"observ(?:ar|adores?|adoras?)|particip(?:ar|a|an|en|aciones?|acion)|tribuna|podio|"
        r"microfono|la palabra|votacion(?:es)?",
        "fr": r"partag(?:er|e|ent|eant)|parl(?:er|e|ent)|prendre la parole|la parole|"
        r"lire|lisent|lectures?|lecteurs?|lectrices?|vot(?:er|e|ent)|comment(?:er|aires?)|"
        r"ecout(?:er|e|ent)|observ(?:er|ateurs?|atrices?)|particip(?:er|e|ent|ation)|tribune|"
        r"micro",
        "de": r"das wort|vorrang|teil(?:en|t)|sprech(?:en)?|spricht|(?:vor)?lesen|liest|"
        r"leser(?:innen)?|lesungen?|"
        r"abstimm(?:en|ung)|stimm(?:en|recht)|kommentier\w*|zuhor\w*|beobacht\w*|"
        # round 20: the separable "hören ... zu" ("Substituierte hören in diesem Meeting zu")
        r"hor(?:en|t|e)(?= (?:[\w-]+ ){0,5}?zu(?![\w']))|"
        r"erzahl(?:en|t|e)(?= von (?:sich|dir|mir|uns|euch))|"
        r"beteilig\w*|mitteil\w*|beitrag\w*|wortmeldung\w*|rednerpult|mikrofon|"
        # round 24: "nicht als Sprecher*innen beim Sprechermeeting"
        r"sprecher\w*|redner\w*",
    },
    "service": {
        "en": r"treasury|tesoreria|tresorerie|kasse|(?:holds?|keeps?|carr(?:y|ies)) the keys?|"
        r"(?:building|door|room|church|hall) keys?|"
        r"chair(?:s|ed|ing|person|persons)?|lead(?:s|ing|ers?)?|led|facilitat\w+|"
        r"secretar(?:y|ies)|treasurers?|sponsor(?:s|ed|ing|ship|ees?)?|gsrs?|"
        r"trusted servants?|services?|positions?|commitments?|offices?|officers?|"
        r"elect(?:s|ed|ion|ions)?|greeters?|rotation|mentor(?:s|ing|ed)?",
        # round 24: every person of "moderar" ("que no moderen la reunión"; "moderación" is
        # drinking less), and "servicios" held ("the CAD's servicios" are a clinic's)
        "es": r"coordin(?:ar|a|an|en|e|es|as|ador|adora|adores|acion)|"
        r"moder(?:ar|a|an|e|en|ador|adora|adores|adoras)|"
        r"(?:ocupar|hacer|asumir|tomar|tener|dar) servicios|"
        r"secretari[oa]s?|"
        r"conduc(?:ir|cion|e|en)|dirig(?:ir|e|en)|"
        r"tesorer[oa]s?|padrin(?:o|os|azgo)|madrinas?|apadrin\w+|amadrin\w+|rsg|"
        r"servidor(?:es)? de confianza|servicio|puestos?|cargos?|compromisos?",
        "fr": r"anim(?:er|ent|ateurs?|atrices?)|secretaires?|tresorier(?:e|s)?|parrain\w*|"
        r"presidence|presider|presid(?:ent|ente)s?|"
        r"marraines?|rsg|serviteurs? de confiance|services?|postes?|fonctions?|engagements?|"
        r"animation|moder(?:er|ateurs?|atrices?|ation)",
        "de": r"leit(?:en|et|ung)|moderier\w*|moderator\w*|sekretar\w*|kassier\w*|"
        # "dienst" but not "Dienstag" (Tuesday), which read as a service word (round 27)
        r"sponsor\w*|dienst(?!ag)\w*|amt|amter|positionen|position|vertrauensdienst\w*|gsr|"
        r"dienstamt\w*|(?:meetings?|gruppen)leitung|leiterin|leiter|"
        # session 25, from blind179: "GSR-Wahl: mind. 1 Jahr clean"
        r"gsr-\w+",
    },
    "clean_time": {
        "en": r"key ?tags?|chips?|medallions?|coins?|anniversar(?:y|ies)|birthdays?|"
        r"clean (?:date|time)|sobriety date|sober date|days|months|count(?:s|ed|ing)?|"
        r"celebrat(?:e|es|ed|ing|ion|ions)|milestones?",
        "es": r"llaveros?|fichas?|medallas?|aniversarios?|cumpleanos|fecha de limpieza|"
        r"tiempo limpio|dias|meses|cont(?:ar|ado)|cuenta(?:n)?|"
        r"celebr(?:ar|a|an|acion|amos|e|en|es)|medallones?",
        "fr": r"(?:date|temps|jours|mois|ans|annees|anniversaires?) d'abstinence|"
        r"porte-cles|jetons?|medailles?|anniversaires?|date de clean|temps clean|"
        r"jours|mois|compt(?:er|e|ent|es|ee)|celebr(?:er|e|ent)|fet(?:er|e|ent)",
        "de": r"schlusselanhanger|anhanger|chips?|medaille(?:n)?|jubilaum\w*|geburtstag\w*|"
        r"jahrestag\w*|"
        r"cleanzeit-chips?|clean-chips?|cleandatum|clean-?zeit|tage|monate|zahl(?:en|t)|gezahlt|"
        r"feier(?:n|t)?|cleanzeit-\w+",
    },
    "condition": {
        # a cross mark limits in any language ("chips ❌ for MAT folks", "chair ✖")
        "en": r"❌|🚫|⛔|✖|✗|✘|"
        r"(?:second|latter) half|segunda (?:mitad|parte)|(?:seconde|deuxieme) (?:moitie|partie)|"
        r"zweiten? halfte|at least|al menos|por lo menos|au moins|mindestens|"
        r"maximum|at most|no more than|maximo|como maximo|au maximum|hochstens|maximal|"
        r"up to (?:\d+|two|three|five|ten) (?:minutes?|mins?)|(?:final|last) round|"
        r"ultima ronda|dernier tour|letzte runde|"
        # a slot answered "no" at the sentence's end ("participan; del servicio, no")
        r"(?<=, )(?:no|non|not|pas|nicht|nein)(?=\W*$)|"
        r"only|until|till|once|as long as|provided|after|before|unless|except(?:ion)?|"
        r"reserved|must|need(?:s|ed)?|requir\w+|should|wait\w*|refrain|limit\w*|first|"
        r"(?:at )?the end|last|end of|"
        r"restrict\w*|conditions?|instead|rather|may not|cannot|can't|"
        # every drug, MAT included: the limit is in the inclusion ("time free of all drugs,
        # prescribed maintenance included"); the other languages' rows below hold it too
        rf"{ALL_DRUGS_INCLUDED}|"
        # who the slot is held by: the drug-free defined without naming a limit word
        r"off|without|w/o|(?:free|sober|clean|abstinent) (?:from|of)|not counting|"
        r"(?:doesn't|does not|don't|do not|won't|will not) (?:count|qualify|apply)|"
        r"held by|go(?:es)? to|rotat\w* among|open to (?:members|those|people) (?:with|who)|"
        r"is for|are for|(?:members|those|people) who (?:are|have been) (?:off|free|clean)|"
        r"(?:those|members|people|anyone) who (?:have|has) (?:already )?(?:finished|completed|"
        r"stopped|tapered)|"
        r"advisory|if (?:there's|there is) (?:still )?time(?: left)?|(?:not |in)appropriate|"
        # round 25: "Those on MAT can share after 9:15 if time allows"
        r"if time (?:allows|permits)|si (?:el tiempo|hay tiempo)|wenn (?:die )?zeit (?:bleibt|"
        r"es zulasst)|si le temps le permet|"
        r"non-voting|(?:stays?|remains?) with (?:members|those|people)|(?<!and )(?<!or )(?<!to )"
        r"(?<!between )(?:members|those|people) who (?:have no|aren't|are not|don't take)(?= \w)|"
        r"whose (?:[\w-]+ )?(?:sobriety|recovery|clean "
        r"time) (?:doesn't|does not) (?:involve|include)|(?:limited|restricted) to (?:members|"
        r"those|people)|"
        r"(?<!and )(?<!or )(?<!to )(?<!between )(?:members|those|people|folks) (?:who are )?not "
        r"(?:on|taking|using)|"
        r"better not|not included in|hold(?:s|ing)? back|step(?:s|ping)? back|give way|"
        r"defer(?:s|ring)? to|apart from|aside from|other than|including (?:the|"
        r"your) (?:daily )?dose|(?:taper|detox|"
        r"treatment) completion|begin\w* (?:on|at|with) "
        r"(?:their|your|the)|on the other hand|in contrast|at the (?:chair's|"
        r"leader's) discretion|(?:less|"
        r"fewer) than \d+|when (?:the )?(?:chair|leader|"
        r"secretary) calls|follow\w* the (?:date|day)|(?:members|those|"
        r"people) with (?:\d|a year|one year|"
        r"continuous)|the day (?:you|that|they)|though|however|although|(?:members|those|"
        r"people) with no|"
        r"reset\w*|whose (?:sobriety|recovery|clean time) (?:doesn't|does not) (?:involve|"
        r"include)|open to (?:members|those) who (?:are not|aren't|don't|do not)|"
        # a contrast that negates what follows: "participent aux partages mais n'animent pas"
        r"(?:but|however|yet) (?:[\w'§]+ ){0,3}?(?:not|never|no|dont|don't|isnt|isn't|arent|"
        r"aren't|cant|can't|wont|won't)|(?:isn'?t|aren'?t|not) for (?:you|them) yet|"
        # an ellipsis that takes the welcome back: "... doesn't reset anything, but methadone does"
        r"(?:but|however|yet|while|whereas) (?:[\w'§/-]+ ){0,6}?(?:do|does|did|will|are|is)\W*$",
        "es": r"solo|solamente|unicamente|hasta|una vez que|siempre (?:y )?que|despues|"
        # session 24, from blind169: "pueden venir y compartir, siempre y cuando no mencionen
        # su medicamento"
        r"siempre y cuando|con tal (?:de )?que|a condicion de que|"
        r"queda\w* para (?:los |las )?(?:otr[oa]s|demas|miembros|quienes|compan\w+|que)|"
        r"para (?:los )?otros|"
        r"antes|a menos que|excepto|excepcion|salvo|reservad\w+|deben|debe|deberian|"
        r"necesit\w+|requi\w+|esper(?:ar|en)|limit\w+|restring\w+|condicion\w*|"
        r"en lugar de|primero|correspond\w*|al final|ultim[oa]s?|"
        r"sin|ya no|para quienes|es para|son para|a partir del?|fuera de|se da a|oyentes|"
        r"libres? de|el dia (?:que|en que)|(?:para|pa'?) (?:los|las) que|"
        r"cuando (?:termin\w*|dejes|deje|haya|hayas|acab\w*|finalic\w*|complet\w*|salgas)|"
        r"sin embargo|aunque|eso si|"
        r"mientras (?:dure|sigas|siga|sigan|esten|este)|mejor no|peticion|de alta de|no incluid\w*|"
        r"(?:quienes|los que|las que) ya (?:hayan|han|haya|terminaron|dejaron)|"
        r"que ya (?:terminaron|dejaron|acabaron|completaron|no (?:toman|estan|usan))|"
        r"ya terminad\w*|incluida la dosis|en cambio|por el contrario|a discrecion del? \w+|"
        r"menos de \d+|menos (?:en|el|la|los|las|para|a)(?![\w])|fuera del?(?![\w])|"
        r"consultiv[oa]s?|si (?:el |queda )?tiempo(?: lo permite| sobra)?|"
        r"ced\w+ (?:el turno|la palabra|el lugar)|"
        r"desde que (?:dejaste|dejes|termines|"
        r"terminaste|acabaste)|"
        r"cuando (?:lo |la )?(?:termin|dej|acab)\w*|cuando ya (?:estes|este|seas|sea|no)|"
        r"lo unico\W*:|una vez (?:finalizad|terminad|"
        r"completad|acabad)\w*|"
        r"(?:lo|la|los|las) dejamos para|no califica\w*|no (?:se )?cuenta\w*|"
        r"(?:pero|sin embargo) (?:[\w'§]+ ){0,3}?(?:no|nunca)|(?:pero|mientras que) "
        r"(?:[\w'§/-]+ ){0,6}?(?:si|tambien)\W*$|"
        r"no (?:se )?(?:computa|cuenta|suma|cuentan|suman)n?",
        "fr": r"seulement|uniquement|jusqu'a|une fois que|tant que|pourvu que|a condition|"
        r"date d'arret|ouvert\w* aux membres (?:qui|dont)|moins de \d+|laiss\w* [\w' ]{0,40}(?:a|"
        r"aux) (?:d'autres|autres)|"
        r"a part (?:les|ceux|celles)|en retrait|la priorite|consultati(?:f|ve|ves|fs)|"
        r"s'il reste du temps|en fin de (?:la )?reunion|"
        r"une fois (?:sevr|termin|fini)\w*|"
        r"arret (?:de tout|complet|total)|suiv\w* la date|"
        r"reste\w* (?:pour|aux)|pour les autres|"
        r"apres|avant|a moins que|sauf|exception|reserve\w*|doivent|doit|devraient|il faut|"
        r"exig\w+|requis|attend(?:re|ent|ons)|attendr\w*|fin du (?:sevrage|traitement)|limit\w+|"
        r"restrei\w+|conditions?|au lieu de|"
        r"d'abord|a la fin|derni\w+|"
        r"sans|ne \w+ qu'\w+|ne \w+ que|ayant (?:cesse|arrete|termine|fini)|n'\w+ (?:\w+ )?qu'\w+|"
        r"qu'a partir|a partir d[eu]|ne comptent? pas|"
        r"seul(?:e|s|es)?|ouvert\w* aux membres qui|suppose\w*|"
        r"tenus? par|confi\w+ (?:aux|a des)|"
        r"pour (?:ceux|celles)|auditeurs?|auditrices?|le jour ou|cependant|toutefois|"
        r"en revanche|par contre|n'etant pas compte\w*|attend(?:ons)? que|n'est plus sous|"
        r"qui ne (?:sont|est) plus|"
        r"(?:ceux|celles|les membres) qui ont (?:deja )?(?:termine|fini|arrete)|"
        r"(?:mais|cependant) (?:[\w'§]+ ){0,3}?(?:ne|n'|pas|jamais)|"
        r"(?:mais|alors que) (?:[\w'§/-]+ ){0,6}?(?:oui|si)\W*$",
        "de": r"nur|erst|bis|sobald|solange|sofern|vorausgesetzt|voraus|voraussetzung\w*|nachdem|"
        r"(?:an (?:die |eine )?(?:\w+ )?)?(?:abstinenz|cleanzeit|nuchternheit) gebunden|"
        r"bevor|au(?:ss|ß)er|vortritt|nicht angebracht|unangebracht|beratend\w*|"
        r"wenn (?:noch )?zeit (?:bleibt|ist)|"
        r"zuruckhalt\w*|halt\w* sich (?:[\w]+ ){0,4}?zuruck|"
        r"bleib\w* (?:fur|den)|(?<=, )dagegen|hingegen|abgeschlossen\w*|beendet haben|hinter sich|"
        r"weniger als \d+|"
        r"nach (?:dem|der|deinem|ihrem) (?:entzug|abdosieren|ende)|"
        r"fur (?:die )?anderen|"
        r"es sei denn|vorbehalten|mussen|muss|sollten|sollen|erforder\w*|voraussetzung\w*|"
        r"wart\w+|beschrank\w*|bedingung\w*|lediglich|anstatt|zuerst|am ende|"
        r"zuletzt|letzte\w*|"
        r"ohne|ab (?:dem|der|ihrem|seinem)|zahl(?:t|en) nicht|nicht gezahlt|frei von|"
        r"ubertragen|gedacht|nicht eingerechnet|(?:ist|sind) fur (?:mitglieder|menschen|leute)|"
        r"die (?:bereits |schon )?(?:abdosiert|aufgehort|ihre \w+ beendet)|"
        r"fur (?:die|diejenigen) (?:mit|die|ohne)|zuhorer\w*|an dem tag|jedoch|allerdings|"
        r"(?:aber|jedoch) (?:[\w'§]+ ){0,3}?(?:nicht|kein\w*|nie)|"
        r"(?:aber|wahrend) (?:[\w'§/-]+ ){0,6}?(?:schon|doch|sehr wohl)\W*$",
    },
    "request": {
        "en": r"please (?:do not|don't|dont) (?:take|chair|read|share|lead|sponsor|serve|speak|"
        r"pick up|collect|ask for|celebrate|vote|"
        # round 28, from blind102: "please don't volunteer for those", "please don't
        # identify as clean"
        r"volunteer|identify|sign up|put (?:your|their) names?|raise|announce|claim|run for)|"
        r"eligib\w+|ineligible|qualif\w+|request\w*|ask(?:s|ed|ing)?|prefer\w*|"
        r"encourag(?:e|es|ed)(?: \w+){0,2} to|expect\w*|suggest\w*|allowed|permitted|"
        # round 29: "on methadone? come on in - just sit out the readings"
        r"(?:please|just) sit out",
        "es": r"elegibles?|calific\w+|ped(?:imos|ir)|pide|piden|solicit\w+|prefer\w+|"
        r"anim\w+ a|alent\w+ a|por favor|sugerimos|rogamos|se ruega|permit\w+",
        "fr": r"eligibles?|qualifi\w+|demand\w+|prefer\w+|encourag\w+ a|merci de|priere|"
        r"pri\w+ de|souhait\w+|autoris\w+|permis",
        "de": r"berechtigt|qualifizier\w*|bitten|gebeten|bevorzug\w*|ermutig\w+|erlaubt",
    },
    "exclusion": {
        "en": r"elsewhere|another meeting|other meetings?|different meeting|other groups?|"
        r"better suited|more comfortable|happier|better served|better off|still using|"
        r"serve (?:you|them|your needs|their needs) better|"
        r"ours is not one(?: of them)?|ours isn't one(?: of them)?|we are not one of them|"
        r"not clean|drug[- ]free|abstinen\w+|completely|totally|separate\w*|stopped using|"
        r"definition of (?:abstinence|clean)|"
        r"count as (?:active )?(?:use|using|relapse)|cuentan? como consumo|"
        r"stopped everything|put (?:it all|everything) down|"
        # round 33, from blind113: not a place ("and that means at the podium too")
        r"means (?!(?:at|on|in|behind) )(?:[\w'§-]+ ){0,3}(?:too|as well|also)|"
        r"exclud(?:e|es|ed|ing)|excluy\w+|"
        r"exclu(?:t|ent|ant|e|es|s)|ausgeschlossen|ausschlie(?:ss|ß)\w*|schlie(?:ss|ß)t",
        "es": r"en otro lugar|otras? reunion\w*|otros? grupos?|mas comod\w+|mejor atendid\w+|"
        r"(?:todavia|aun|siguen?) (?:consum|usa|usan|drog)\w*|no (?:esta|estan) limpi\w+|"
        r"libres? de drogas|abstinen\w+|completamente|totalmente|aparte|dej\w+ todo|"
        r"lo dejaste todo",
        "fr": r"ailleurs|autres? reunions?|autres? groupes?|plus a l'aise|mieux adapte\w*|"
        r"(?:encore|toujours) (?:en train de )?consomm\w*|pas clean|sans drogues?|"
        r"abstinen\w+|completement|totalement",
        "de": r"woanders|anderswo|andere\w* (?:meetings?|gruppen?)|besser aufgehoben|wohler|"
        r"(?:noch|weiter) konsumier\w*|nicht clean|drogenfrei|abstinen\w+|vollig|komplett",
    },
}
GUARD_LANGS = ("en", "es", "fr", "de")
#: The kinds that name a slot (what may be limited), as opposed to the limiting words.
GUARD_SLOT_KINDS = frozenset({"participation", "service", "clean_time"})
#: Limiting words a negation before them takes back ("we don't ask", "nobody is excluded",
#: "ni pedimos recetas", "personne n'est prié de se taire"): a negated condition, request
#: or exclusion word limits nothing. Permissions are the exception: "not allowed" is a limit.
NEGATABLE_KINDS = frozenset({"condition", "request", "exclusion"})
NEVER_NEGATED = re.compile(
    r"allow|permit|eligib|qualif|may not|cannot|can't|autoris|permis|erlaubt|berechtigt|"
    r"only|solo|solamente|seulement|uniquement|nur|erst|until|hasta|jusqu|bis|calific|"
    r"eingerechnet|compte"
)
#: A sentence that opens on a negated subject or a negated "we"/"this group" and goes on
#: with a list ("No one will question your prescription, count your milligrams, or ask you
#: to reset your date"; "This group will not ask you to leave, to stay silent, or to wait
#: for a chip"): the negation takes back every limiting word of the list, up to a contrast.
NEGATED_OPENING = re.compile(
    r"^\W*(?:(?:here|aqui|ici|hier),? )?(?:nobody|no one|no-one|a nadie|nadie|personne|"
    r"niemand|keiner|"
    r"(?:this|our) (?:group|meeting|home group) (?:will not|won't|does not|doesn't|never)|"
    r"we (?:do not|don't|will not|won't|never)|este grupo (?:no|nunca)|nunca|jamais|"
    r"ce groupe (?:ne|n')|diese gruppe (?:wird|fragt|verlangt)? ?(?:nie|nicht|niemals)|"
    r"bei uns muss niemand)(?![\w'])"
)
#: A contrast between a welcome and the slots after it: they are not what it lists ("may
#: attend, but the readings and chairing are done by members with clean time").
LIST_CONTRAST = re.compile(
    r"(?<![\w'])(?:but(?! also)|pero(?! tambien)|mais(?! aussi)|aber|however|"
    r"sin embargo|cependant|jedoch|allerdings|en cambio|par contre|"
    # round 39 (a newcomer's trial): "treated like everyone else, except they can't hold
    # group service" had read friendly at 0.95
    r"except(?! (?:candles|for (?:the )?(?:holidays?|christmas|thanksgiving)|this\s*:))|"
    r"excepto|salvo|"
    r"sauf|ausser|au(?:ss|ß)er|ausgenommen|"
    # round 20: the concessive words of each language ("participan como cualquiera, aunque
    # la coordinación queda en manos de ..."); one that concedes the reader's own treatment
    # ("hay lugar para vos aunque estés en mantenimiento") is no contrast with the welcome
    r"(?:aunque|si bien|bien que|quoique|obwohl|although|even though|though)(?! (?:tu |usted |"
    r"vous |du |ihr |sie )?(?:estes|este|esten|estas|tomes|tome|tomen|uses|use|sigas|siga|sigan|"
    r"sois|soyez|prennes|preniez|you're|you are|you take|you use|you dose|"
    r"(?:du|ihr) (?:[\w-]+ ){0,3}?(?:bist|seid|nimmst|nehmt)(?![\w'])|"
    # a Spanish second person's subjunctive: "aunque pases por la farmacia cada mañana"
    r"(?!(?:las|unas|esas|estas|todas|otras|algunas|ellas|mas|pues) )\w+(?:es|as) ))|"
    r"no obstante|toutefois|neanmoins|wobei|nevertheless|even so|that said)(?![\w'])"
)
#: Where a negated opening's reach ends.
NEGATED_OPENING_ENDS = re.compile(
    r"(?<![\w'])(?:but|however|though|although|except|unless|pero|sin embargo|salvo|excepto|"
    r"mais|cependant|sauf|aber|jedoch|allerdings|au(?:ss|ß)er)(?![\w'])"
)
#: Clean-time words that measure rather than name a slot ("keytags at 90 days"): never read
#: as part of a welcome's list (`frame._welcome_list_read`).
MEASURES = re.compile(r"days|months|dias|meses|jours|mois|tage|monate")
#: Kinds a permission's own words never read: "may share only after 90 days" leaves
#: "only" and "after" unread even inside the permission's span.
STRICT_KINDS = frozenset({"condition", "exclusion"})
#: Listening and watching: a passive role even in a welcome's own list of slots.
_LISTENING_WORDS = r"listen|observ|escuch|ecout|zuhor|^hor(?:en|t|e)$|beobacht|visit|guest|gaste"
LISTENING = re.compile(_LISTENING_WORDS)
#: Participation that is itself a limit ("may listen", "as observers", "the podium is
#: for ..."): never read by a list of permissions, only by a cue.
PASSIVE = re.compile(rf"{_LISTENING_WORDS}|podium|mic|tribun|pult|lectern")


def _compile() -> re.Pattern[str]:
    parts = []
    for kind, by_lang in GUARD_VOCABULARY.items():
        words = "|".join(f"(?:{by_lang[lang]})" for lang in GUARD_LANGS if lang in by_lang)
        parts.append(f"(?P<{kind}>{words})")
    return re.compile(rf"{WORD_START}(?:{'|'.join(parts)})(?![\w'-])")


GUARD = re.compile(_compile().pattern)
#: One pathway in a list of pathways ("people on medication or abstinent").
_PATHWAY = (
    rf"(?:(?:people|members|those|personas|miembros|quienes|personnes|membres|menschen|"
    rf"mitglieder) (?:who are |que estan |qui sont |die )?(?:on |in |taking |en |sous |in )?)?"
    rf"(?:abstinen\w+|abstaining|moderation|still using|harm reduction|cutting (?:back|down)|"
    rf"medication[- ]assisted (?:treatment|recovery)(?: \(§+\))?|medications?|meds|"
    rf"(?:{MED_NAMES})(?: maintenance)?|§+(?: \(§+\))?|maintenance|moderacion|"
    rf"reduccion de danos|reduccion|reduction|medicamentos?|tratamiento|reduction des risques|"
    rf"substitution|"
    rf"traitement|konsumreduktion|substitution)"
)
_AND_OR = r"(?:or|and|o|y|ou|et|oder|und)"
_PATHWAY_SEP = rf"(?:\s*,\s*(?:{_AND_OR}\s+)?|\s+{_AND_OR}\s+)"
#: Phrases that hold a guard word yet limit nothing ("the only requirement", "not
#: required", a list of pathways): they count as read.
_BENIGN_SOURCE = (
    # round 25: alternatives, not conditions: a "whether ... or ..." clause to its
    # comma ("Whether you're on Suboxone or have tapered off, you are welcome here",
    # "ob substituiert oder schon ausgeschlichen", "que tu sois sous TSO ou sevré"), and
    # what some of us did ("Some of us on methadone have tapered off and some have not")
    r"(?:whether|ya sea que|tanto si|ob|que tu sois|que vous soyez|qu'on soit) "
    r"[^,.;:!?()]{0,80}? (?:or|o|ou|oder|como si) "
    # round 28, from blind102: the clause ends before a request ("whether members on
    # maintenance meds can be GSR or treasurer - until then please don't volunteer")
    r"(?:(?!please (?:do not|don't|dont) )[^,.;:!?()]){0,60}|"
    r"(?:some|many|most|a few|several|algun[oa]s|muchos|muchas|varios|varias|"
    r"certains|plusieurs|beaucoup|einige|viele|manche) (?:of us|of our members|de nosotros|"
    r"de nosotras|de nuestros miembros|d'entre nous|de nos membres|von uns|unserer "
    r"mitglieder)(?: [\w§'-]+){0,6}? (?:have|has|had|han|hemos|ont|avons|haben|sind) "
    r"[^,.;:!?()]{0,60}|"
    # round 29, from blind109: a report of other rooms ("sometimes excluded from other
    # 12 step groups; that's why MA exists", "excluded or marginalized in mainstream
    # groups")
    r"(?:excluded|barred|turned away|shunned|marginali[sz]ed|not allowed to share)"
    r"(?: or \w+)? (?:from|in|at|by) (?:other|mainstream|traditional|conventional|many|some|"
    r"most)(?: [\w-]+){0,3}|"
    # round 29: who asks, not what is asked ("Newcomers keep asking, so: On MAT, can I
    # share? Yes.", "people always ask us")
    r"(?:newcomers|people|folks|members|visitors|callers|you all|y'all) (?:keep|kept|"
    r"always|often|sometimes|frequently)? ?ask(?:ing|ed|s)?(?: us)?|(?:keep|kept) "
    r"(?:getting )?asked|frequently asked|preguntas frecuentes|(?:nos )?preguntan "
    r"(?:mucho|siempre|a menudo)|"
    # round 25: a slot done by everybody ("MAT? No problem - everybody shares, everybody
    # celebrates", "aquí todos comparten y sirven"): a permission for all, no limit
    r"(?:everybody|everyone|all of us|todos|todas|tout le monde|alle|jeder) "
    r"(?:here |aqui |ici |hier )?(?:shares?|chairs?|celebrates?|sponsors?|serves?|speaks?|"
    r"reads?|leads?|comparten?|sirven?|celebran?|coordinan?|partage\w*|teil\w*|"
    r"(?:gets?|picks? up) (?:a |their |his |her )?(?:keytags?|chips?|tags?))|"
    # round 24: the senses of "after", "off", "once" and "last" that set no condition:
    # a clock time ("park on the street after 6"), a thing or a place ("grab a Basic
    # Text off the lit table", "walked in off the street"), a past time ("somebody once
    # asked"; "those on methadone share once a quarter" stays a limit), readiness ("once
    # you feel ready"), and the last of the group's own meetings ("from our last group
    # conscience")
    r"(?:after|despues de las?|apres|nach) \d{1,2}(?:[:.h]\d\d)?(?: ?[ap]\.?m\.?| uhr| h)?"
    r"(?! ?(?:days?|weeks?|months?|years?|hours?|dias|semanas|meses|anos|jours|semaines|"
    r"mois|ans|tage|wochen|monate|jahre|stunden|horas|heures))(?![\w:.])|"
    r"off (?:the|a|an) (?!(?:meds?|medications?|medicine|methadone|suboxone|subs?|bupe|"
    r"buprenorphine|program|programme|script|juice|stuff|drugs?|dose|doses|clinic|"
    r"maintenance|replacement|treatment|opioids?|opiates?|pills?)(?![\w-]))[\w-]+|"
    r"(?:lights?|phones?) (?:go |are |turned )?off|left off|"
    r"(?:more than|somebody|someone|some of us|we) once (?!you|they)|"
    # round 40, from blind163: "however" as "in whatever way" ("Sit with us however you're
    # getting well", "however your doctor is helping you do it"), questions sent to a
    # doctor, a fellowship's "position" on an issue, and "no matter how they get here"
    r"however (?:you(?:'re| are)?|your \w+ (?:is|are)|it's|it is|they(?:'re| are)?) "
    r"(?:getting|staying|doing|supported|helping|get|stay|do|working|finding|got)|"
    r"questions? (?:go|goes|should go|are for) to (?:your|the) (?:doctor|prescriber|"
    r"physician|clinic)|"
    r"(?:aa's|na's|ca's|the group's|our|its|their|the fellowship's|a\.a\.'s) (?:official )?"
    r"position (?:is|on|of)|"
    r"no matter (?:how|what way) (?:they|you|people|members|addicts) (?:get|got|came|come|"
    r"arrive) (?:here|to us|in)(?: ?[-–,:] ?[^.;]{0,80})?|"
    # round 39, from blind157 and blind159: parking and street sweeping ("Street parking
    # only, watch the sweeping days"), eligibility for membership ("If you've got a
    # drinking problem you're eligible for membership"), and what a pamphlet asks of groups
    r"(?:street|on-street|off-street|free|paid|permit|lot|limited) parking(?: only)?|"
    r"parking (?:only|lot|garage|in (?:the )?back|behind)|(?:street )?sweeping days?|"
    r"(?:eligible|qualif(?:y|ies|ied)) for membership|"
    r"(?:pamphlet|booklet|bulletin|leaflet|literature)(?: [\w'&-]+){0,3}? asks?(?: (?:for|us|"
    r"groups|each group|every group))?|"
    # round 38: a building shared ("The Sublocade injection clinic shares this building")
    r"shares? (?:the|this|a|our|its|their) (?:building|space|parking|lot|entrance|site|"
    r"floor|address|premises|suite|hall)|"
    # round 37, from blind147: logistics ("Pw texted after you fill in the contact form")
    # and a request made of anyone ("you can be asked to chair")
    r"after (?:you|we) (?:fill|register|sign|email|text|message|contact|rsvp|submit|join "
    r"the (?:waiting room|call))|(?:can|may|could|might) be asked to|"
    # round 36, from blind142: a group's founding ("We got started in 2017 after a few of
    # us kept getting told to 'just listen' at other meetings")
    r"(?:started|founded|formed|began|begun|got going|was born|came together|fundad[oa]|"
    r"se fundo|empezo|comenzo|nacio|fonde|a commence|gegrundet|entstanden)(?: (?:back )?"
    r"(?:in|en|en el|en el ano|im jahr) \d{4})? (?:after|despues de|apres|nach)|"
    r"once (?:you|they)(?:'re| are)? (?:feel |are )?(?:ready|comfortable)|"
    r"(?:our|the|that) last (?:group (?:conscience|inventory)|business meeting|inventory|"
    r"request)|"
    # round 24: AA's "no A.A. member should play doctor"
    r"(?:should|must|debe|doit|soll|sollte)(?: not| no| pas| nicht)? ['\"]?"
    r"(?:play doctor|jugar al medico|hacer de medico|hacer el papel de medico|jouer au medecin|"
    r"arzt spielen)|"
    # session 25, from blind183: a medical need, not a rule ("compañeros que deben tomar
    # medicación recetada")
    r"(?:deben|debe|tienen que|tiene que|must|need to|needs to|have to|has to) (?:tomar|take) "
    r"(?:medicacion|medicamentos?|medicina|medication|medications|meds|prescribed)|"
    # round 24: a keytag schedule ("tu llavero de 30, 60 o 90 días"), people who walked
    # in still using (NA's "some of us showed up still using, some detoxing"), and an
    # abstinence said not to include the medication ("nuestro compromiso con la
    # abstinencia no incluye los medicamentos que tomas")
    r"(?:30|thirty|treinta|trente|dreissig),? (?:60|sixty|sesenta|soixante|sechzig),? "
    r"(?:(?:and|or|y|o|et|ou|und|oder) )?(?:90|ninety|noventa|quatre-vingt-dix|neunzig) "
    r"(?:days|dias|jours|tage)|"
    r"(?:show(?:s|ed)? up|walk(?:s|ed)? in|c[oa]me in|arriv\w+|llega\w*) "
    r"(?:still |todavia |encore |noch )?(?:using|consumiendo|en consommant|konsumierend)|"
    r"(?:abstinence|abstinencia|abstinenz)(?: [\w'-]+){0,3} (?:doesn't|does not|no|ne|"
    r"nicht) (?:include|includes|incluye|inclut|umfasst|mean|means|significa|veut dire|"
    r"bedeutet)|"
    # round 24: asking that asks nothing of people on MAT ("we mail chips if you ask",
    # "ask Dee to get on the list", "newcomers often ask about meds", "the group asked us
    # to post this"), and "without" a judgement rather than a drug
    r"(?:if|when|whenever) (?:you|they) ask(?![\w'])|(?:all|anyone|everyone|those|"
    r"whoever) who asks?(?![\w'])|ask (?:[\w'-]+ ){0,2}questions|"
    r"ask (?:[\w'-]+ ){1,3}to (?:get on|be added to|sign up for) the (?:list|rotation|sheet)|"
    r"(?:newcomers|people|folks|clinics?|providers?|counsell?ors?|visitors) (?:often |"
    r"sometimes |always |keep )?ask(?:ing)? (?:us )?(?:about|whether|if)|"
    r"asked us to (?:add|post|say|include|put|mention|note)|"
    r"without (?:any |a )?(?:distinction|discrimination|scorn|judge?ments?|shame|stigma|"
    r"explanation|having to|fear)|sin (?:ninguna |hacer )?(?:distincion|discriminacion|"
    r"juicios?|verguenza|estigma|explicaciones|tener que|miedo)|sans (?:aucune )?"
    r"(?:distinction|discrimination|jugement|honte|avoir a|crainte|peur)|ohne (?:jeden )?"
    r"(?:unterschied|wertung|scham|urteil|angst|erklarung)|"
    r"(?:the|our|a|its) only requirement|not only(?: \w+)?(?: abstinent| abstinence)?|"
    r"(?:until|till|to|hasta las?|jusqu'a|bis) \d{1,2}(?:[:.h]\d\d)?(?: ?[ap]\.?m)?|"
    r"(?:then |with )?open (?:sharing|share|discussion)|compartir abierto|partage libre|"
    r"(?:chips?|keytags?|medallions?) (?:go|are given|are awarded) (?:by|according to) "
    r"(?:your|their) (?:sobriety|clean) date|"
    r"(?:stack|fold|put away|set up|move) (?:the |your |our )?chairs(?: at the end)?|"
    r"the only thing that (?:matters|counts)|lo unico que importa|la seule chose qui compte|"
    r"(?:is|are|es|son|est|sont|ist|sind) (?:open |abiert[oa]s? |ouverts? |offen )?"
    r"(?:for|to|para|a|pour|fur) (?:everyone|everybody|all members|todos|todo el mundo|tous|"
    r"tout le monde|alle|jeden)|go(?:es)? to (?:every|each) member|"
    r"go(?:es)? to (?:anyone|anybody|everyone|everybody) who asks(?: for (?:them|it|one))?|"
    r"(?:keytags?|chips?|seats?|chairs?|spots?|places?|llaveros?|fichas?|sillas?|lugar) "
    r"(?:is |are |esta |estan )?(?:waiting|esperandote|te espera)(?: for you)?|"
    r"(?:phones?|cell ?phones?|celulares|telefonos|cameras?|video|mics?|ringers?|handys?) "
    r"(?:off|on silent|muted|apagados?|en silencio|aus)|turn off (?:your )?(?:phones?|"
    r"cameras?)|"
    r"das einzige,? was (?:zahlt|wichtig ist)|"
    r"(?:the |our )?group conscience (?:has )?(?:voted|decided|affirmed|agreed)|"
    r"(?:la )?conciencia de grupo (?:voto|decidio|acordo)|"
    r"(?:la )?conscience de groupe a (?:vote|decide)|"
    r"(?:das )?gruppengewissen hat (?:beschlossen|abgestimmt|festgehalten)|"
    r"no requirements?|not required|"
    r"eligible (?:for|to hold|to) (?:every|all|any)|elegibles? para (?:todo|cualquier)|"
    r"eligibles? a (?:tous|toutes)|rotat\w* among (?:all|every|everyone|"
    r"everybody)(?: members)?|"
    r"(?:never|not) (?:be )?a (?:condition|requirement|prerequisite) for|"
    r"no es (?:una )?condicion "
    r"para|n'est pas une condition pour|keine (?:bedingung|voraussetzung) fur|"
    r"abstinen\w* (?:isn't|is not|is no|ain't) (?:a )?(?:requirement|required|necessary|"
    r"condition)(?: (?:to|for) (?:[\w-]+ ){0,1}(?:speak|share|serve|hold|chair|attend)\w*)?|"
    r"la abstinencia no es (?:un |una )?(?:requisito|condicion)(?: para (?:tomar la palabra|"
    r"\w+))?|"
    r"(?:the |our )?(?:home )?(?:group|business meeting)(?: conscience)? (?:has )?(?:voted|"
    r"decided|"
    r"agreed)(?: [\w-]+){0,3}? (?:that|to)|"
    r"we need (?:you|them|everyone)|te necesitamos|(?:on a|nous avons) besoin de (?:toi|vous)|"
    r"as you see fit|como (?:quieras|te parezca)|comme tu veux|wie du willst|"
    r"wir brauchen (?:dich|euch)|"
    r"aunque sigas|even if you(?:'re| are)? (?:still )?(?:on|taking)|meme si (?:tu|vous)|"
    r"auch wenn du|sin (?:tener que )?dar explicaciones|sin reparos|without (?:having to )?"
    r"explain\w*|sans (?:avoir a )?(?:te |vous )?justifier|"
    r"ohne (?:sich )?(?:zu )?rechtfertigen|"
    r"(?:qui )?souhaite arreter de consommer|desire to stop|deseo de dejar|"
    r"however you (?:arrive|come|got here|get here|are)|however (?:it's|it is|you're|you are) "
    r"(?:supported|achieved|done|reached|built|getting there)|"
    r"encouraged to (?:get involved|participate|"
    r"join|share|take part)|(?:los |las |les |te |lo |la )?(?:animamos|alentamos) a "
    r"(?:involucrarse|sumarse)|(?:les |vous |t')?encourageons a s'impliquer|"
    r"go(?:es)? to (?:anyone|everyone|everybody|all)|anyone who asks|"
    r"(?:service|sharing|chips|keytags|service commitments)(?: \w+)? included|"
    r"muss (?:bei uns |hier )?niemand|niemand muss|"
    # the meeting's own clock: "doors open once the pharmacy closes", "Q&A after"
    r"(?:doors? (?:open )?)?once the \w+(?: \w+)? (?:closes|opens)|(?:after|"
    r"before) the meeting|"
    r"(?:questions|q&a)(?: \w+){0,3} after|(?:antes|despues) de la reunion|"
    r"(?:avant|apres) la reunion|(?:vor|nach) dem meeting|se necesitan voluntari\w+|"
    # the usual clean date: from the last drink or use (not the last dose), the day you quit
    r"(?:from|desde|a partir de|ab|mit) (?:the |your |their |el |la |tu |su |dem |deinem |"
    r"ihrem )?"
    r"(?:last|ultim[oa]|derniere|letzten) (?:illicit |illegal |unprescribed )?(?:drink|use|"
    r"consumo|"
    r"consommation|(?:bei)?konsum|trago|schluck)\w*|desde que dejaste de (?:consumir|usar|"
    r"beber)|"
    r"sobald du (?:es )?(?:sagst|willst)|as soon as you say so|en cuanto lo digas|"
    r"des que tu le dis|"
    r"aunque (?:tomes|estes|uses|sigas|tengas)|solo mensajes|text only|messages only|nur sms|"
    r"(?:first|last|second|third|primer|ultimo|premier|dernier|ersten|letzten) (?:"
    + DAYS
    + r")(?: (?:du|de|of|of the|des|im|del) (?:mois|mes|month|monats))?|"
    r"des que (?:vous le souhaitez|"
    r"tu le souhaites|tu veux)|whenever you (?:like|want)|"
    r"cuando quieras|no \W?(?:medication|drug|substance)[- ]free\W? requirement|are for (?:you|"
    r"everyone|all)(?: too)?|not qualified to advise|"
    r"(?:from )?the day (?:you|they) (?:stopped|quit|put down|got clean)(?! (?:it|them|taking|"
    r"the "
    r"medication|your medication|maintenance))(?: using| drinking)?|"
    r"(?:from )?the (?:day|date) (?:you|they) (?:say|give|choose|pick|decide)(?: it does| on)?|"
    r"(?:from )?the day after (?:their|your|the|our) last (?:illicit|illegal|unprescribed) use|"
    r"in no position to|(?:hacer|haga) el papel de medico|jouer (?:au|les) medecins?|"
    r"(?:den )?arzt (?:zu )?spielen|(?:its|the) first (?:line|page|chapter|step|tradition)|"
    r"(?:aunque|even if|meme si|auch wenn) (?:tu |your |ton |deine? )?(?:tratamiento|"
    r"medicacion|treatment|medication|traitement|behandlung|medikation)\w*|"
    r"open to (?:people|anyone|those|folks) with (?:opioid|alcohol|drug|any|a desire)|"
    r"(?:toute personne|quiconque|cualquiera|anyone|jede[rn]?) (?:qui souhaite|que (?:quiera|"
    r"desee|desea)|who "
    r"wants?|der|die) (?:participer|participar|to (?:join|participate|come)|teilnehmen)|"
    r"encourag\w* (?:[\w§-]+ ){0,4}to (?:get involved|participate|join|share|take part|serve|"
    r"take)|"
    r"(?:compte|comptent) "
    r"(?:comme de )?l'abstinence|comme de l'abstinence|"
    r"sin (?:peros|preguntar|hacer preguntas)|everyone who asks|todo el que (?:los|lo) pida|"
    r"if you need (?:to talk|a ride|anything|someone|help)|si necesitas (?:que te lleven|"
    r"hablar|"
    r"ayuda|un raite)|last \d+ min\w* (?:are |is )?reserved for (?:anyone|those|people|"
    r"newcomers) who (?:hasn't|haven't|has not|have not) (?:shared|spoken)|"
    r"parler en .{0,3}je|hablar en primera persona|(?:speak|share) in the first person|"
    r"i[- ]statements|ich-botschaften|(?:pregunta|preguntas|questions?|fragen) (?:al|at the|"
    r"a la|"
    r"am) (?:final|end|fin|ende)|until (?:close|closing|the end(?! of))|hasta el cierre|"
    r"jusqu'a la fin(?! d)|bis zum schluss|on request|a pedido|sur demande|auf anfrage|"
    r"limited parking|parking (?:is )?"
    r"limited|estacionamiento limitado|"
    r"(?:but )?(?:you )?(?:don't|do not|dont|doesn't|does not) (?:need|have) to be (?:a |an )?"
    r"[\w-]+|"
    r"(?:dernier|derniere|ultim[oa]|last|letzte[rn]?) (?:" + DAYS + r") (?:du|de|of|des|im|del) "
    r"(?:mois|mes|month|monats)|(?:el |the |unser )?(?:ultimo|last|letzter) (?:aniversario|"
    r"anniversary|jahres-?chip)|before (?:breakfast|her|him|them|lunch|dinner|the meeting)|"
    r"the day you (?:earn|get|hit|reach)\w*(?: it)?|(?:on|with) [\w§ ]{1,25} and (?:members |"
    r"people |"
    r"those )?(?:off|without) (?:it|them)|(?:doesn't|does not|won't|will not|no|ne|n'|nicht) "
    r"(?:affect|afecta|change|cambia|touche|beruhrt)\w*(?: [\w',-]+){0,8}? (?:eligibility|"
    r"elegibilidad|eligibilite|berechtigung)|"
    r"anyone who calls this (?:their|your) home group(?: votes| can vote)?|"
    r"not once(?: in [\w ]+)? "
    r"has (?:this|our) group asked|"
    r"without (?:any )?reservations?|if you(?:'d)? prefer|si (?:tu )?prefieres|"
    r"si vous preferez|"
    r"wenn du (?:lieber|magst)|comme pour (?:celles|ceux|les autres)|as for (?:those|everyone)|"
    r"como para (?:quienes|los que|las que|los demas)|wie fur (?:die|alle)|"
    r"(?:sans|sin|without|ohne) (?:aucune?|ninguna?|any|jegliche\w*|la moindre) (?:reserves?|"
    r"reservas?|reservations?|conditions?|condicion\w*|vorbehalte?|bedingungen?|restrictions?|"
    r"restriccion\w*|einschrankung\w*|limites?|limits?)|pas de zone .{0,3}sans|"
    r"last (?:year|week|month|time)|el (?:ano|mes) pasado|l'an dernier|letztes jahr|"
    r"le mois (?:passe|dernier)|letzten (?:monat|woche|jahr)|"
    r"(?:the )?last (?:\d+|two|three|four|five|six|few|couple|spring|summer|fall|autumn|winter|"
    r"night|anniversary|meeting|business meeting)|(?:la|el) ultim[oa] (?:reunion|vez|junta)|"
    r"(?:my|his|her|their|our) first (?:night|day|meeting|"
    r"week)|"
    r"(?:de|desde) el dia (?:en )?que dejaste de (?:usar|consumir|beber)|"
    r"(?:free|libres?|frei) (?:of|from|de|von) (?:charge|judg\w+|stigma|shame|cargo|costo|"
    r"estigma|juicio|verguenza|vorurteil\w*|scham)|"
    r"(?:lawn|folding|spare|empty|extra|a|your) chairs?|pull up a chair|"
    r"celebrate recovery|(?:only )?between (?:you|each \w+) and|geht nur (?:dich|sie|euch)|"
    r"ne regarde que (?:toi|vous)|"
    r"(?:y sin (?:el|ella|ellos|ellas)|et sans|and without (?:it|them)|und ohne)(?![\w-])|"
    r"(?:or|o|ou|oder) (?:sans|without|sin|ohne) (?:rien|nothing|nada|nichts|el|ella)|"
    r"before work|antes de trabajar|avant le travail|vor der arbeit|"
    r"solo por hoy|just for today|juste pour aujourd'hui|nur fur heute|"
    r"if (?:the )?weather permits|si el tiempo lo permite|si le temps le permet|"
    r"wenn das wetter "
    r"(?:es )?(?:zulasst|erlaubt)|(?:right )?after (?:the )?(?:morning )?dosing(?: window|"
    r" hours)?|"
    r"(?:with|con|avec|mit) (?:[\w§-]+ ){0,2}(?:or|and|o|y|ou|et|oder|und) "
    r"(?:[\w§-]+ ){0,2}(?:without|sin|sans|ohne)|"
    r"without (?:any )?(?:exceptions?|judg\w+|conditions?|restrictions?|questions?|"
    r"asterisks?|shame|stigma|strings|fine print|limits?)|on or off|"
    r"sin (?:excepcion\w*|letra pequena|condicion\w*|restriccion\w*|juicio\w*|problema\w*|"
    r"rollos|asteriscos?|limites?|distincion\w*|verguenza)|"
    r"sans (?:exceptions?|conditions?|restrictions?|jugements?|reserves?|distinctions?|honte|"
    r"asterisques?|limites?)|"
    r"ohne (?:ausnahmen?|vorbehalte?|bedingungen?|einschrankungen?|urteile?|unterschiede?|"
    r"scham|sternchen|wenn und aber)|"
    r"(?:with |con |avec |mit )?(?:full|plena|pleine|volle\w*) (?:participation|participacion|"
    r"teilnahme)|participacion (?:plena|completa)|participat\w* fully|"
    r"particip\w+ (?:plenamente|pleinement|por igual)|"
    r"(?:every|any) part of the meeting,? including (?:service|sharing|chips|keytags)|"
    r"nothing about (?:participation|sharing|service) is different|"
    r"(?:yes|si|oui|ja),? (?:totally|completely|totalmente|completamente|totalement|vollig|"
    r"komplett)|"
    r"no addict should be denied|(?:don't|do not|never) ask|should (?:not )?play doctor|"
    r"not an? abstinence[- ]only|"
    r"requirement for membership|must take prescribed|el unico requisito|la seule condition|"
    r"die einzige voraussetzung|may or may not|"
    r"no (?:[\w-]+ ){0,2}(?:are |is )?(?:needed|required|necessary)|"
    r"(?:no one|nobody)(?: here)? (?:will |would )?ask\w* (?:about|what|which|whether|if)|"
    r"(?:no one|nobody)(?: here)? (?:is|gets) asked (?:about|whether|if)|"
    r"(?:quiz|grill|interrogate) you about|"
    r"personne ne (?:vous|te) demandera|nadie (?:te|le) (?:preguntara|pedira)|"
    r"niemand (?:wird )?(?:dich|sie) fragen|"
    r"not (?:in opposition|opposed) to abstinence|"
    # round 10, real texts: the MARA preamble ("a therapeutic tool of recovery that may or may
    # not be discontinued in time"), "even if you go to the clinic each morning", "when you
    # first come", "the opportunity (but not the requirement) to share", "it is as wrong to
    # deprive an alcoholic of medication as to encourage them to become dependent again"
    r"(?<![\w-])(?:(?:therapeutic |terapeutica |therapeutique |therapeutisches )?(?:tool|"
    r"herramienta|outil|werkzeug|hilfsmittel) (?:of|for|in|de|para|du|pour|der|zur) (?:la )?"
    r"(?:recovery|recuperacion|retablissement|genesung))|"
    r"(?:may|might|puede|peut|kann) (?:or not|o no|ou non|oder nicht|"
    r"or may not)(?: [\w'-]+){0,4}|"
    r"(?:segun|selon|je nach|dependiendo de) (?:las |les |den )?(?:necesidades|besoins|"
    r"bedurfnissen)(?: [\w'-]+){0,3}|"
    r"(?<![\w-])aunque (?:[\w]+ ){0,2}(?:pases|vayas|tomes|estes|uses|sigas|tengas|recibas|"
    # round 23: "aunque vengas directo de la clínica de metadona"; the group is "para
    # usted", "for you": addressed to the reader, not a condition on who may come
    r"vengas|vengan|venga|llegues|lleguen|salgas)|"
    # round 23: a choice, and what is shared rather than sharing: "you can share or just
    # listen", "please don't share details of where you dose"
    r"(?:share|talk|speak|compartir|hablar|partager|parler|teilen|sprechen) (?:or|o|ou|"
    r"oder) (?:just |simply |solo |simplemente |juste |simplement |nur |einfach )?(?:listen|"
    r"escuchar|ecouter|zuhoren)|"
    rf"(?:please )?(?:don't|do not) share {SHARED_THINGS}(?![\w'])|"
    # session 24: the drug one stays off is not the medication ("If you're on a
    # maintenance med for opioids and trying to stay off crystal, you're one of us")
    r"(?:stay|staying|stays|keep|keeping|keeps|get|getting|trying to stay) (?:off|away from) "
    r"(?:of )?(?:crystal|meth|alcohol|booze|the drink|drinking|street drugs|heroin|fentanyl|"
    r"dope|coke|cocaine|crack|illicit drugs|illegal drugs|the streets?)(?![\w'])|"
    # session 24, from blind164 and blind167: fellowship literature read at the meeting
    # ("we'll read 'In Times of Illness' and 'NA Groups and Medication'")
    rf"(?:we|we'll|we will|we're going to|once a (?:month|week) we) read (?:from )?\W?"
    rf"(?:{FELLOWSHIP_LITERATURE})|(?:leemos|vamos a leer) (?:de )?\W?"
    rf"(?:{FELLOWSHIP_LITERATURE})|(?:right |just )?(?:after|before|despues de|antes de) "
    r"(?:each|every|the|cada|la|el) (?:section|reading|chapter|story|step|tradition|speaker|"
    r"seccion|lectura|capitulo|paso|tradicion|orador)|"
    # session 25, from blind177: a term's merits, an invitation to talk, stigma taken away
    # ("MAR can be a preferred term because it emphasizes a person's commitment to
    # recovery", "encourages members to discuss ... without the stigma")
    r"(?:a |the )?preferred (?:term|word|name|language)|commitment to (?:recovery|sobriety|"
    r"abstinence|the program|their recovery|your recovery)|encourag\w* (?:members|everyone|"
    r"you|people|all) to (?:discuss|talk about|talk openly|be open|read)|without (?:the )?"
    r"stigma|"
    # session 25, from blind181 (long group descriptions): a group's story, not its rule.
    # How members came ("A lot of us came to CA after an opioid overdose", "came in off
    # fentanyl"), how the group began ("started in 2019, after a few of us attended"),
    # what someone once said ("An advocacy group once pointed out"), a question the group
    # gets ("We get asked", "a newcomer asked, quietly, whether"), the tradition's one
    # requirement, "a meeting without walls", "some of us got clean without it", who the
    # meeting is for ("is for anyone"), a count from the day one set an intention, clean
    # time from the day street use stopped, and a stance ("abstinence-oriented rather than
    # abstinence-based", "the official positions of")
    r"(?:came|come|got here|walked in|arrived|found (?:us|this group|na|aa|ca))(?: (?:to|into) "
    r"[\w.]{1,12}(?: [\w.]{1,12})?| in| here| to us)? (?:after|off) (?:an?|the|our|their|"
    r"years|rehab|detox|prison|jail|fentanyl|heroin|pills|crack|meth|dope|opioids|the street)|"
    r"(?:started|began|formed|founded|was born|got started)(?: in \d{4})?,? after|"
    r"once (?:pointed out|said|put it|told|wrote|asked|remarked|noted|shared)|"
    r"(?:we|i) (?:get|got|are|were|have been) asked(?: (?:a lot|often|all the time|this|about "
    r"(?:this|it|that)))?|asked(?:,? \w+,)? (?:whether|if) |"
    r"(?:the |(?:aa|na|ca|cma)'s |our )?only requirement for (?:\w+ )?membership is (?:a|"
    r"the|an honest) desire|(?:la )?unica condicion para (?:ser miembro|pertenecer|la "
    r"membresia) es (?:el|un) (?:honesto )?deseo|"
    # session 25, from blind184 (long Spanish and bilingual descriptions): the AA
    # pamphlet's ask to be honest with one's doctor, "para que lo sepas antes de venir",
    # "si te lo piden", "no es una junta 'libre de medicamentos'", "en los últimos años",
    # "sin que nadie pregunte", "para otros fue un desastre"
    r"(?:only )?(?:ask|asks|pedimos|pedir|piden)\W[^.;!?]{0,40}?(?:honest|sincer\w*|honest\w*) "
    r"(?:with|"
    r"con)|(?:para que lo sepas|just so you know|so you know) antes de venir|si te lo piden|"
    r"if (?:you're |you are )?asked|no es (?:una|un) (?:junta|reunion|zona|grupo|espacio) "
    r"\W?libre de (?:medicamentos|medicinas|medicacion)|en los ultimos anos|in (?:the )?"
    r"(?:last|past|recent) (?:few )?years|sin que nadie (?:te )?pregunte|without anyone "
    r"asking|para otros (?:eso )?fue un desastre|for others it was a disaster|aunque a "
    r"algunos (?:eso )?les ayudo|"
    # session 25, from blind185 (formats pasted whole): rules for all, a member off
    # everything for years, eligibility the same, the chip for one's own date, a reading's
    # question to newcomers, the time one has without using
    r"(?:requirements?|rules?) (?:apply|applies) to (?:everybody|everyone|all (?:members|of "
    r"us))(?: the same way| equally| alike)?|(?:been|was|were) off (?:everything|it all|all of "
    r"it|drugs) for (?:\w+ )?(?:years|decades|months)|same eligibility|equally eligible|"
    r"is for your (?:sobriety|clean) date|stop listening|anyone (?:here )?with less than "
    r"(?:\d+|thirty|ninety) days|(?:el tiempo|los dias) que (?:llevan|llevas|lleva) sin "
    r"consumir|"
    r"(?:that's|that is) the only (?:question|thing|requirement) that matters|"
    r"without walls|(?:got|stayed|stay|get|are|were) clean without (?:it|them|medication|meds)|"
    r"however you (?:got|came|arrived)(?: here| in)?|"
    r"\bis for (?:anyone|everyone|anybody|all of us|all)(?![\w'])|"
    r"(?:from|since) the day (?:they|you|we|she|he) (?:set|made|decided|chose|committed)|"
    r"(?:desde|a partir de) el dia (?:en )?que (?:dejaron|dejaste|dejo|dejamos|dejan|dejas) de "
    r"(?:consumir|usar|drogarse) en la calle|"
    r"abstinence-oriented,? (?:rather than|not|and not) \W?abstinence-(?:based|only)|"
    r"(?:official )?positions? (?:of|on) (?:the )?(?:smart|aa|na|this|our|their|its)(?![\w'])|"
    # session 25, from blind183: "En lugar de sentirte marginado cuando pasas por tu ficha"
    r"(?:en lugar de|en vez de|instead of) (?:sentirte|feeling) \w+|"
    # session 25, from blind179: without judgment ("tauschen Erfahrungen rund ums Methadon
    # aus, ohne Bewertung"), and a choice some make and others not ("certains souhaitent
    # s'en sevrer, d'autres pas")
    r"ohne (?:bewertung|wertung|urteil|vorurteile?)|sans (?:jugement|jugements)|"
    r"sin (?:juzgar|juicios?)|(?:certains|some|algunos|algunas|manche)(?: [\w']+){0,2} "
    r"(?:souhaitent|veulent|want|wish|quieren|desean|wollen|mochten)[^.;!?]{0,40}?,? "
    r"(?:d'autres|others|otros|otras|andere) (?:pas|non|not|no|nicht)|"
    # session 25, from blind177: a speaker's story, not a rule ("Speaker tonight shares
    # about getting off Subutex after 6 years")
    r"(?:speaker|speakers|she|he)(?: tonight| this week)? (?:shares?|talks?|speaks?) "
    r"(?:about|on) (?:getting|coming|tapering|her|his|their) [^.;!?]{0,60}|"
    # session 24, from blind168: "nur weil du Polamidon bekommst" (just because), and
    # abstinence as one way among others ("ob du konsumierst, substituiert wirst oder
    # abstinent lebst")
    # session 24, from blind169: "compartes tu experiencia sin esconder tu tratamiento"
    r"sin (?:tener que )?(?:esconder|ocultar|explicar|justificar)|without (?:having to )?"
    r"(?:hid(?:e|ing)|explain(?:ing)?|justify(?:ing)?)|ohne (?:dich |sich )?(?:zu )?"
    r"(?:verstecken|verheimlichen|rechtfertigen)|sans (?:te |vous |se )?(?:cacher|justifier)|"
    # session 24, from blind168: "keytags go to whoever asks for one", "nobody asks what
    # your doctor prescribes"
    r"(?:go|goes|given|handed out) to (?:whoever|anyone|anybody) (?:who )?(?:asks|wants|"
    r"requests)(?: for (?:one|it|them))?|(?:nobody|no one|nadie|niemand|personne) (?:here )?"
    r"(?:asks|pregunta|fragt|demande) (?:what|que|was|ce que|quel)|"
    r"nur weil|just because|solo porque|solamente porque|juste parce que|seulement parce que|"
    r"(?:we |wir )?(?:can|konnen|podemos|pouvons) (?:\w+ )?(?:only|nur|solo|seulement) "
    r"(?:tell|say|sagen|decir|dire)|"
    r"(?:oder|or|o|ou) (?:ganz |fully |completely |totalmente |totalement )?(?:abstinent\w*|"
    r"en abstinencia|abstinente?s?)(?: (?:lebst|lebt|bist|seid|leben|sind))?(?![\w'])|"
    # session 24, from blind166: honesty, not abstinence ("Sé completamente sincero con tu
    # médico", AA's pamphlet)
    r"(?:completamente|totalmente|completely|totally|fully|entirely|completement|"
    r"totalement|vollig|ganz) (?:sincer\w*|honest\w*|honnete\w*|ehrlich\w*|franc\w*|"
    r"open)|"
    # session 24, from blind164: a decision announced ("but the GROUP voted in 2022:
    # members on MAT are full members")
    r"(?:the|our|this) (?:home )?group(?: conscience)? (?:has )?(?:voted|decided)(?: (?:in|on|"
    r"back in|last) [\w ]{1,20}?)?(?=\s*:)|"
    # session 24, from blind164: a person to go to ("Anyone gives you grief, talk to the
    # GSR")
    r"(?:talk|speak|go|reach out) to (?:the|your|our|a|any) (?:gsr|secretary|chair\w*|"
    r"sponsor|trusted servants?|home group|group conscience)(?![\w'])|"
    # session 24, from the round-39 trial: an opinion not held ("Some old timers have
    # opinions about suboxone - the group doesn't share them")
    r"(?:doesn't|does not|don't|do not|won't|will not|never) share (?:that|those|this|these|"
    r"them|such|their|his|her|the same)(?: (?:views?|opinions?|beliefs?|attitudes?|ideas?|"
    r"positions?|stances?|prejudices?|biases?|feelings?)|(?= *(?:[.;!]|$)))|"
    r"(?:este|esta|this|our|nuestr[oa]|ce|cette|notre|dieses|diese|unser\w*) (?:grupo|reunion|"
    r"junta|meeting|group|groupe|gruppe|treffen) (?:tambien |also |aussi |auch )?(?:es|is|est|"
    r"ist) (?:para|for|pour|fur) (?:usted|ustedes|ti|vos|you|toi|vous|dich|euch)(?![\w'])"
    r"(?! (?:only|solo|solamente|seulement|nur|if|si|wenn|once|cuando|quand))|"
    r"even if you (?:still )?(?:go|stop|pick up|visit|get|receive|dose)|"
    r"when (?:you|we|they) first (?:come|came|arrive|arrived|walk|walked|get|got)|"
    r"(?:first|primera vez) (?:walked|came) (?:in|into|to)|"
    r"(?:but|pero|mais|aber) (?:not|no|pas|nicht|keine) (?:the |la |l'|une |"
    r"die )?(?:requirement|"
    r"obligation|exigencia|obligacion|pflicht|exigence)|"
    r"muss man (?:noch )?nicht|musst du (?:noch )?nicht|man muss nicht|du musst nicht|"
    r"(?:de l'|l')?encourager a redevenir dependant|encourag\w* (?:him|her|them|someone|"
    r"anyone) "
    r"to (?:become|be) (?:re-?)?(?:addicted|dependent)|"
    r"(?:and )?an? (?:chip|keytag|medallion|coin|ficha|llavero|jeton|porte-cles) (?:at|a los|a|"
    r"mit|bei) (?:\d+|thirty|sixty|ninety|treinta|noventa) (?:days|dias|jours|tagen)|"
    r"(?<![\w-])(?:pass|give|hand|bring) (?:them|it|your [\w-]+) to the (?:chair|secretary|"
    r"leader)|(?<![\w-])(?:se lee(?:n)?|(?:we )?read|reads|reading of|on lit|lesen|lecture "
    r"(?:de|du)|lectura de(?:l)?) (?:el |la |las |los |the |our |le |la |les |die |den )?"
    r"(?:preambul[oe]|preamble|praambel|oracion|prayer|priere|gebet|tradiciones|traditions|"
    r"traditionen|pasos|steps|etapes|schritte|promesas|promises|promesses|versprechen)|"
    r"(?:7th|seventh|septima|7a|7e|septieme|siebte) tradi\w+(?: [\w]+){0,3}|"
    r"(?:area|regional|district) service office|oficina de servicio\w*|"
    r"(?:hier )?zahlt nur (?:der|dein) wunsch|lo unico que cuenta es el deseo|"
    r"seul compte le desir|"
    r"(?:keytags?|chips?|medallions?|llaveros?|fichas?|porte-cles|jetons?) (?:are given |"
    r"given out "
    r"|handed out )?(?:at|a|al) (?:the )?(?:end|final|fin)(?: of the meeting| de la reunion)?|"
    r"(?:las )?drogas y (?:las )?armas,? no|drugs and (?:weapons|guns),? no|"
    r"(?:porte-cles|jetons?|medailles?|keytags?|date) d'abstinence|abstinence date|"
    r"if you haven't had a drink|ask (?:after|before) the meeting|if you'd like to be paired|"
    r"todos los dias|every day|tous les jours|jeden tag|taglich|"
    r"(?<![\w-])after (?:their|your|my) first (?:night|meeting|week|time)|"
    r"welcome (?:keytag|chip|packet)s?|llavero de bienvenida|porte-cles de bienvenue|"
    r"introduce (?:themselves|yourself)|rota\w* entre todos(?: los miembros)?|"
    r"tourne entre tous|"
    r"rotiert unter allen|"
    r"(?:code|clave|code porte) (?:a|de) demander|ask for the (?:door )?code|"
    r"after (?:the )?training|(?:we were|we've) all (?:been )?(?:new|newcomers) once|"
    r"todos fuimos nuevos|nous avons tous ete nouveaux|"
    r"(?:es|son|est|sont|ist|sind) (?:para|pour|fur|for) (?:todas las personas|toutes les "
    r"personnes|alle menschen|all people|todas y todos)|need to book|hay que reservar|"
    r"faut-il reserver|sin (?:preguntas|comentarios)(?: ni (?:preguntas|comentarios))?|"
    r"si alguien necesita|if anyone needs|si quelqu'un a besoin|falls jemand|"
    r"first (?:church|baptist|methodist|presbyterian|congregational|lutheran|united|christian|"
    r"unitarian)|"
    r"come to [\w ]{0,20} while still using|"
    r"\w+ du mois|of (?:the|each|every) month|de cada mes|del mes|des monats|im monat|"
    r"kein (?:meeting|treffen) nur fur|not a (?:meeting|group) (?:only )?for|"
    r"if you want to talk(?: first)?|si quieres hablar|"
    r"come to [\w ]{0,20} while still using|"
    r"\w+ du mois|of (?:the|each|every) month|de cada mes|del mes|des monats|im monat|"
    r"kein (?:meeting|treffen) nur fur|not a (?:meeting|group) (?:only )?for|"
    r"if you want to talk(?: first)?|si quieres hablar|"
    r"(?:all )?(?:shares?|sharing) (?:be |are |is )?(?:kept |limited )?(?:to )?(?:about |"
    r"around |"
    r"under |roughly )?(?:\d+|two|three|four|five)(?:[- ](?:or|to) (?:\d+|two|three|four|"
    r"five))? min(?:ute)?s?|"
    r"keep (?:the )?(?:shares|sharing) (?:short|brief)(?:,? (?:about |around )?(?:\d+|two|"
    r"three|"
    r"four|five)(?: or (?:\d+|two|three|four|five))? minutes)?|"
    r"(?:chips?|keytags?|medallions?) (?:at the end of|on the last \w+ of) the month|"
    r"after the (?:twelve |12 )?traditions|after the readings|despues de las lecturas|"
    r"apres les lectures|nach den lesungen|"
    r"need a sponsor(?: right away)?|necesito un padrino|besoin d'un parrain|"
    r"people (?:often )?ask (?:if|whether|about)|la gente pregunta si|on nous demande si|"
    r"(?:whatever|any) your (?:clean|sobriety) date is|"
    r"(?:read|reads|reading|se leen?|lecture des?|lesen) (?:the |las |les |die )?(?:twelve|12|"
    r"doce|"
    r"douze|zwolf) (?:traditions|tradiciones|traditionen|steps|pasos|etapes|schritte)"
    r"(?![^.;]{0,20}(?:faite?s?|done|made|hech[oa]s?|gemacht) (?:par|by|por|von)|\W+(?:by|par|"
    r"por|von|durch) )|"
    r"ask (?:if|whether) anyone is in (?:their|the) first (?:\d+|thirty|"
    r"ninety) days(?: and would like to [\w ]{0,30})?|"
    r"read a paragraph each|(?:pass|passes) (?:a|the) (?:basket|big book|book)|"
    r"(?:chair|secretary|leader) reads (?:this )?(?:before|at the start of|after) the readings|"
    r"first \w+ after the (?:regular )?meeting|"
    r"on (?:a |one )?[\w§]+,? off (?:one|it|them)|"
    r"by (?:your|their) own clean date|segun (?:su|tu) propia fecha limpia|"
    r"(?:nobody here is |is |are )?(?:not )?qualified to (?:recommend|advise|prescribe|tell)|"
    r"abstinence-oriented rather than abstinence-based|without being (?:second-guessed|"
    r"questioned|"
    r"judged)|"
    r"pick (?:their|your) own clean date|nobody second-guesses (?:it|you)|"
    r"comment ca marche|how it works|como funciona|wie es funktioniert|lit les textes|"
    r"ask about starting|"
    r"after attending (?:the|a|an) |despues del taller|apres l'atelier|nach dem workshop|"
    r"(?:someone|somebody) will sit with you(?: after)?|"
    r"(?:ou|or|o|oder) (?:(?:ganz|completely|totalement|del todo) )?(?:sans|without|sin|"
    r"ohne) (?:(?:aucune?|any|ningun[oa]?|jegliche\w*|irgendein\w*) )?(?:traitement|"
    r"treatment|tratamiento|behandlung|medication|medicacion|medikament\w*|substitution|"
    r"sustitucion|§+)|"
    # round 23: the last of a list of treatments, "ob mit Methadon, Polamidon oder ganz
    # ohne - hier ist Platz für dich", "whether on methadone, bupe or nothing at all"
    r"(?:with|con|avec|mit) (?:[\w§-]+,? ){1,6}(?:or|o|ou|oder) (?:ganz |del todo |"
    r"completely )?(?:without|sin|sans|ohne)(?= ?[-:,;]|$)|"
    # round 23: a clean date counted from the last drink or use, which no prescription
    # moves: "your sobriety date is the day you had your last drink", "su fecha es la de
    # su último consumo", "la date d'abstinence est celle de la dernière consommation"
    r"(?:the )?day (?:you|they|we|he|she) (?:last (?:used|drank|picked up|got high)|had "
    r"(?:your|their|our|his|her) last (?:drink|drug|use))(?! (?:of|on|off) (?:any|all|every|"
    r"§))|"
    r"(?:(?:date|fecha)\w*|clean|sobriety) (?:date )?(?:es|is|=|est) (?:la |the |celle )?"
    r"(?:de |of |du |de la )?(?:su |tu |your |their |ta |votre |leur )?(?:ultimo consumo|"
    r"last (?:use|drink)|derni\w+ (?:consommation|usage|verre))(?! (?:de|of|d'un\w*) "
    r"(?:cualquier|toda|any|all|tout\w*|§))|"
    r"seit (?:dem|deinem|ihrem|seinem) letzten (?:konsum|drogenkonsum|trinken|schluck|"
    r"rausch)(?! (?:von|jeglicher|aller|§))|"
    r"(?:cada uno|each member|members|chacun|jede\w*) (?:decide|decides|choisit|elige|elegimos|"
    r"entscheidet) (?:su|their|sa|seine?|his or her) (?:own |propia )?(?:fecha|clean date|"
    r"date)(?: de limpieza)?|"
    r"(?:the )?(?:day|dia) (?:after|despues del?) (?:their |your |the |su |tu )?(?:last|"
    r"ultimo) "
    r"(?:(?:illicit|illegal) (?:drug )?use|consumo ilicito)|"
    r"encouraged to tell|tell (?:their|your) own story|"
    r"(?:first|1st) night|"
    r"but it can't give you (?:friends|community)|"
    r"(?:les )?themes? des dernieres semaines|topics? (?:of|from) (?:the )?(?:last|past|"
    r"recent) weeks?|"
    r"if you need a (?:slip|signature|paper|sheet)|court (?:slips?|cards?|papers?)|"
    r"(?:that|the) rule(?:'s| is) the same for everyone|"
    r"come (?:and )?talk|"
    r"welcome here,? completely|that goes for the (?:podium|mic|chair) too|"
    r"(?:big book|books?|literature|coffee|snacks?) provided|"
    r"(?:a )?personal decision between (?:a|the) member,? (?:their|his or her) sponsor|"
    r"decision personal entre el miembro,? su padrino|"
    r"after last \w+'s|"
    r"motivo para dejar\w* fuera(?: de la (?:junta|reunion))?|"
    r"(?:los |las |les )?anima\w* a (?:facilitar|participar|compartir|servir|coordinar|"
    r"mentorear)|"
    r"personne (?:ici )?ne verifie les ordonnances|nobody (?:here )?checks (?:prescriptions|"
    r"scripts)|nadie (?:anda )?revis\w* (?:las )?recetas|"
    r"frequently asked|often asked|preguntas? frecuentes?|"
    r"pide (?:el|la) (?:paquete|enlace|link|liga)|"
    r"we share (?:our )?experience|"
    r"keep (?:your )?sharing focused|"
    r"s'il le souhaite|si (?:lo )?desea|if (?:they|you) wish|"
    r"einzige voraussetzung ist|"
    r"(?:is|are) for anyone who (?:raises|puts up) (?:a|their) hand|"
    r"(?:phone list|lista de telefonos) (?:is )?(?:passed|goes) around(?: at the end)?|"
    r"(?:chairs|cushions)(?: and (?:chairs|cushions))? provided|"
    r"renommer avec (?:votre|ton) prenom|rename yourself|pon solo tu nombre(?: de pila)?|"
    r"is for you too|so is the chip basket|(?:es|son) para ti tambien|"
    r"privar a un alcoholico de la medicacion que necesita|deprive (?:an|"
    r"any) alcoholic of (?:the )?medication (?:they|he|she) need\w*|"
    r"without fear of judg\w+|sin miedo a ser juzgad\w+|sans peur d'etre juge\w*|"
    r"(?:son|es) para quien (?:entre|llegue|venga)|"
    r"the pamphlet [\w'& ]{0,40} suggests|"
    r"angst vor der abstinenz|terrifi\w+ a l'idee de l'abstinence|scared of abstinence|"
    r"miedo a la abstinencia|"
    r"joue au medecin|juega al medico|plays? doctor|"
    r"sans hierarchie|sin jerarquia|without (?:any )?hierarchy|ohne hierarchie|"
    r"on parle volontiers de|hablamos con gusto de|parte normal de la conversacion|"
    r"without parallel|sin igual|sans pareil|"
    r"pide (?:la|el) (?:lista|paquete|enlace)[\w ]{0,30}al? (?:secretari[oa]|tesorer[oa]|"
    r"coordinador)|"
    r"(?:we'd|we would) be poorer without|"
    r"(?:secretary|chair)(?:'s)? script(?: excerpt)?|"
    r"(?:as )?(?:voted|decided|agreed) (?:in|at) (?:our|the) last (?:group )?(?:inventory|"
    r"conscience|business meeting)|"
    r"because (?:people|folks|newcomers) (?:keep |always |often )?ask(?:ing)?(?: at the door)?|"
    r"(?:cushions|seats|pillows|mats) and chairs(?: both)?(?: available)?|"
    r"el dia (?:en )?que (?:les|te|le|nos) toca|"
    r"(?:solo|only|nur|seulement|uniquement) (?:para|for|fur|pour) (?:varones|hombres|mujeres|"
    r"men|"
    r"women|frauen|manner|femmes|hommes)(?!\w)|"
    r"(?:une fois|einmal|una vez) (?:par|a|al|im|pro) (?:mois|month|monat|mes|semaine|week|"
    r"woche|"
    r"semana)|"
    r"desde el (?:primer )?dia (?:en )?que (?:decides venir|llegas|entras|vienes)|"
    r"(?:no, )?(?:puedes|podes) (?:solo|solamente|nada mas) escuchar|you can just listen|"
    r"tu peux (?:juste|simplement) ecouter|du kannst (?:einfach|auch nur) zuhoren|"
    r"(?:el grupo|the group|la reunion|our group|die gruppe|le groupe|this group) (?:celebra|"
    r"celebrates|feiert|fete) (?:su|its|ihr|son|seinen) (?:aniversario|anniversary|geburtstag|"
    r"jahrestag|anniversaire)|"
    r"wir lesen die ublichen texte|"
    r"sin vueltas ni explicaciones|sin (?:dar )?explicaciones|"
    r"(?:abiert[oa]s )?de par en par para quienes|"
    r"(?:informes|informacion) con (?:el|la) (?:secretari[oa]|coordinador[a]?)|"
    r"(?:a )?(?:coin|chip|keytag|medallion) waiting (?:for you )?(?:on|at|"
    r"for) your anniversary|"
    r"vom \w+ bis zu[mr]? \w+|"
    r"avant qu'on (?:ne )?(?:nous )?le (?:re)?demande|"
    r"(?:nichts|kein thema),? (?:das|was) man (?:rechtfertigen|erklaren) muss|"
    r"(?:please )?share once until everyone(?: who wants to)? has had a chance|"
    r"una participacion por persona hasta que todos|"
    r"reserve prudente|prudent reserve|reserva prudente|"
    r"let the (?:addicts|alcoholics|members) (?:share|do the sharing)|"
    r"keep (?:their|your|the) (?:discussion|sharing|shares?) to (?:their|your) (?:experience|"
    r"problems?) with alcohol|que hablen de su experiencia con el alcohol|"
    r"keine beitrage|nur den hut|"
    r"(?:a )?(?:chip|ficha|keytag|llavero)s? (?:de \d+ dias )?(?:waiting|"
    r"te espera\w*)(?: for you)?(?: when you (?:hit|reach) \d+ days)?|"
    r"(?:you )?belong here completely|completely belong|"
    r"sin letra (?:chica|pequena)|no fine print|sans petits caracteres|ohne kleingedrucktes|"
    r"stairs only|solo escaleras|nur treppen|can't manage (?:them|the stairs)|"
    r"not the only path|no es el unico camino|pas le seul chemin|nicht der einzige weg|"
    r"but regardless of (?:our|their|your) (?:personal )?opinions|"
    r"all (?:anybody|anyone|you) needs? to say|"
    r"(?:we )?get asked about [\w ]{0,20} a lot|"
    r"reminder from the chair|speak about your own experience|crosstalk is discouraged|"
    r"(?:right |just )?(?:after|before) us(?![\w])|frees? up after that|(?:before|after|"
    r"antes de las|despues de las|a partir de las|avant|apres|vor|nach|ab) \d{1,2}(?:[:.h]\d\d|"
    r" ?[ap]\.?m\.?| ?h(?![\w])| uhr)|"
    r"(?:share|tell|shares|tells) (?:her|his|their) story of (?:coming off|getting off|"
    r"tapering)|"
    r"should be made with (?:one's|your|their) sponsor|"
    r"ask the secretary (?:for|about)|"
    r"(?:we )?ask (?:them|guests|visitors|professionals) to let the (?:addicts|alcoholics|"
    r"members) (?:share|do the sharing)|"
    r"drops? (?:people |you )?off (?:at|in front)|"
    r"text the facilitator|"
    r"needs? a (?:chair|secretary|treasurer|gsr) for (?:next|the next|this) (?:quarter|month|"
    r"term)|"
    r"after the regular meeting|"
    r"(?:despues|after|apres|nach) (?:del |the |les |den )?(?:horario de dosificacion|"
    r"dosing hours|"
    r"heures de distribution)|"
    r"(?:share|tell|shares|tells) (?:her|his|their) experience (?:of )?coming off|"
    r"ask (?:our|the) (?:gsr|secretary|chair) (?:if|for)|"
    r"after hours|"
    r"we ask only that you stay respectful|stay respectful and non-disruptive|"
    r"es para gente que toma|is for people (?:who are )?(?:on|taking)|"
    # round 33, from blind114: abstinence said to be from street drugs ("Abstinencia es
    # de drogas de la calle, no de tu tratamiento"), and a concession about the
    # fellowship's program before a welcome ("Aunque nuestro programa promueve la
    # abstinencia completa de drogas, aqui nadie decide que no eres adicto")
    r"abstinen\w+ (?:es|significa|means|is|veut dire|heisst) (?:de |from |about )?(?:las |"
    r"the )?(?:drogas de la calle|street drugs|illicit drugs|drogas ilegales|drogues de rue|"
    r"strassendrogen)|"
    r"^\W*(?:aunque|although|though|even though|bien que|obwohl) (?:nuestro|nuestra|our|el|"
    r"la|the|notre|unser\w*|na|aa) (?:[\w-]+ )?(?:programa|program|programme|programm|"
    r"literatura|literature|fellowship|comunidad|confraternidad)\w* [^,;:]{0,60}?"
    r"abstinen\w+[^,;:]{0,40}|"
    # round 33, from blind112: "We welcome alcoholics on buprenorphine ... w/o any
    # conditions"; "The area service office keeps a list ..., ask any GSR"
    r"(?:w/o|without|sin|sans|ohne) (?:any |ninguna |aucune |jede )?(?:conditions?|"
    r"condiciones?|bedingungen|strings attached)|"
    r"ask (?:any|a|an|your|our|the) (?:[\w.]{1,12} )?(?:gsr|secretary|chairperson|chair|member|"
    r"greeter|"
    r"trusted servant|old-?timer)(?=\W*(?:$|[.;,])| about| for)|"
    # round 33, from blind113: history before a decision ("After the NorCal 'Reducing
    # Stigma for Members on DRT and MAT' workshop our group took a conscience")
    r"^\W*after (?:the|our|a|an|last) [^,:;.]{0,80}?(?:workshop|conference|convention|"
    r"assembly|learning day|forum|panel|training|business meeting|inventory)(?=[\s,:])|"
    # round 33, from blind113: "This group is for patients on bupe, methadone or
    # Vivitrol": who the group is for, no condition
    r"(?:is|are) for (?:patients|people|folks|members|clients|residents|participants|"
    r"those|anyone) (?:who are |currently )?(?:on|taking|receiving|in) (?:§|medication|"
    r"meds|methadone|bupe|buprenorphine|suboxone|sublocade|vivitrol|naltrexone|"
    r"maintenance|replacement)|"
    r"quita el antojo y la abstinencia|pero no te da amigos|"
    r"left off the (?:service )?list|"
    r"solo compartimos nuestra experiencia|"
    r"participaciones breves|(?:hablar|participaciones) en primera persona|kurze beitrage|"
    r"in der ich-form|se presenta solo con su nombre(?: de pila)?|solo para conocerte|"
    r"(?:an den|"
    r"dem) kassierer|hut geht rum|"
    r"picks up where we left off|no need to have read ahead|"
    r"(?:cake )?provided by the group|"
    r"should support the use of (?:mat|§+|medication)|"
    r"without harming (?:them|themselves|others|anyone|someone)|"
    r"encourages? a s'engager dans le service|encouraged to (?:get involved in|"
    r"take on) service|"
    r"business meeting after the last meeting of the month|"
    r"reunion de servicio despues de la ultima reunion|"
    r"pas qualifies pour conseiller|not qualified to (?:advise|recommend)|"
    r"no (?:estamos )?calificados para|"
    r"te animamos a \W?seguir viniendo|"
    r"after sitting in on|"
    r"(?:we )?can only share (?:our|my) (?:own |personal )?experience|"
    r"completely honest|"
    r"habla con el coordinador (?:al final|despues)|"
    r"(?:door|entrance|entry|lot|parking|driveway|alley) off (?:the )?[\w.]+(?: [\w.]+)?|"
    r"tambien para quienes|"
    r"once trained|una vez formad[oa]s?|"
    r"after (?:afternoon |morning )?dosing|"
    r"that's what this room is for|"
    r"under the influence and disruptive|"
    r"had the discussion it suggests|"
    r"stehen allen offen|steht allen offen|"
    r"(?:ist|sind) suchtigen vorbehalten,? (?:- )?und dazu gehorst du|"
    r"en la ultima conciencia de grupo|"
    r"solo te invitamos a que vengas|"
    r"(?:terms?|cargos duran|mandats?|amtszeiten?)(?: are| of| sont de| dauern)? (?:six|6|"
    r"three|3|twelve|12) (?:months|mois|meses|monate)|(?:duran )?un semestre|"
    r"si nadie se ofrece|if nobody volunteers|"
    r"elections?(?: are held| ont lieu)? (?:every|tous les|cada) (?:six|6|three|3) (?:months|"
    r"mois|meses)|elecciones cada (?:seis|6) meses|we vote every (?:six|6|three|3) months|"
    r"(?:shares?|sharing) (?:stay|to) (?:around|about) (?:three|3|five|5|two|2) minutes|"
    r"so everyone (?:gets a turn|who needs to can talk|can share)|keep shares to (?:about |"
    r"around )?(?:three|two|four|five|\d+)(?:-\d+)? minutes|"
    r"only those with a (?:drinking|drug) problem are asked to share|"
    r"is for people who have a desire to stop drinking|"
    r"para personas que tienen el deseo de dejar de beber|"
    r"we ask if anyone is celebrating|envoyes par la poste|certificate of attendance|"
    r"court slips|"
    r"(?:the )?chair (?:may )?gently (?:redirects?|reminds?)|"
    r"silencia tu microfono|acercate al microfono|damit wir heute nicht trinken mussen|"
    r"celebrations? des (?:jours|mois)|celebracion de (?:dias|meses)|"
    r"reunion de service le (?:premier|dernier) \w+ du mois|reunion de servicio el (?:primer|"
    r"ultimo) \w+|service meeting (?:is )?(?:on )?the (?:first|last) \w+|"
    r"(?:these|nowadays|in those|in the old) days(?! (?:clean|sober|on|of|off|without|free))|"
    r"estos dias(?! (?:limpi|sin|en|de))|"
    r"(?:can't|cannot|can not) judge (?:anyone's|another's|someone's|your|their|"
    r"anybody's)(?: \w+)?|"
    r"(?:sponsor|padrino|madrina|parrain|marraine)(?: \w+)?,? (?:and |y |et |und )?(?:(?:your|"
    r"their|his|her|ton|ta|tu|su|deinem|ihrem|dem|el|le|la|the|a) )?(?:doctor|physician|"
    r"medic[oa]|medecin|arzt|arztin|prescriber)|"
    r"(?:our|their|"
    r"its) primary purpose(?: is)? to stay sober(?: and (?:to )?help other alcoholics "
    r"(?:to )?achieve sobriety)?|"
    r""
    r"(?:desire to stop|deseo de dejar de) (?:drinking|using|beber|consumir)(?: cocaine|"
    r" cocaina)?(?: and all (?:other )?mind-altering substances|"
    r" y todas las demas sustancias que alteran la mente)?|"
    r"(?:a|the|un|una|le|el) (?:place|space|room|lugar|espacio|lieu|espace) (?:to|where (?:we|"
    r"you|they|people|members) can|para|donde|pour|ou) (?:talk|share|speak|hablar|compartir|"
    r"parler|partager)(?: (?:about|openly|honestly|de))?|(?:need|want) to talk about|"
    r"the (?:day|moment|minute|second) (?:you|they) (?:walk|walked|come|came|step|"
    r"stepped) (?:in|through)|"
    r"(?:is|are) for anyone who (?:thinks|has|wants|might|may|is)|"
    r"(?:one thing|the one rule|one rule) applies to (?:everybody|everyone|all)|"
    r"first names?(?: only)?|primer nombre|nombre de pila|prenoms?|vornamen?|"
    r"(?:couper|eteindre|silenciar|apagar|ausschalten) (?:vos |tes |les |sus |tus |los |eure |"
    r"ihre |die )?(?:portables|telephones|celulares|telefonos|handys|moviles)|"
    r"(?:on parle|hablamos|we (?:talk|share|speak)|wir sprechen|share|speak|talk|parle|"
    r"hablar) (?:de|about|from|uber|von|desde) (?:sa|su|our|your|their|nuestra|notre|unserer|"
    r"der|la) (?:own |propia |propre |eigenen )?(?:experience|experiencia|experiencias|"
    r"erfahrung)|"
    r"(?:reden|sprechen|teilen|sharing|speaking|participation|participar|hablar)(?: ist| is|"
    r" es)?(?: (?:in|at|en) (?:allen|all|todas las) (?:meetings|reuniones))? (?:suchtigen|"
    r"addicts|adictos|alcoholics|alcoholicos) (?:vorbehalten|reserved|reservad[oa])|"
    r"(?:isn't|is not|not) the only (?:path|way|road|route)|no es el unico camino|"
    r"n'est pas le seul chemin|nicht der einzige weg|"
    r"(?:third|3rd|tercera|troisieme|dritte) (?:tradition|tradicion)|talked it (?:through|"
    r"over)|"
    r"walk you to your car|"
    r"if you(?:'ve| have)? used (?:today|in the last 24 hours),? (?:please |"
    r"we ask (?:that )?you )?(?:just )?(?:listen|hold (?:your|their) share)(?: and talk (?:to|"
    r"with) (?:someone|somebody) after(?: the meeting)?)?|"
    r"(?:when|if) the (?:chair|secretary|leader) asks|cuando (?:el|"
    r"la) coordinador[a]? pregunte|"
    r"(?:signalez|dites|dis)-le au (?:moderateur|president|animateur)|"
    r"(?:seulement|uniquement|only|solo|nur) (?:votre |ton |your |tu |su |deinen |"
    r"ihren )?(?:prenom|first name|nombre|vornamen?)|"
    r"/ first (?:\d+|thirty|ninety) days|"
    r"(?:birthday|anniversary)[- ]night tradition|(?:was|"
    r"is) a (?:\w+[- ])?(?:night )?tradition for years|"
    r"no assigned seating|"
    r"(?:no member|nobody|no one) should play doctor|"
    r"all medical advice should come from a (?:qualified )?(?:physician|doctor)|"
    r"(?:came|come) here after being told elsewhere|"
    r"(?:the )?first week of the month|"
    r"(?:hablar|compartir|share|speak|parler|partager|sprechen|teilen) en primera persona|"
    r"in the first person|a la premiere personne|in der ich-form|no dar consejos|"
    r"se habla (?:de (?:eso|ello|esto) )?con (?:naturalidad|libertad|total libertad)|"
    r"(?:surgio|nacio) a partir de|gegrundet von|was (?:founded|started) by|est ne parce que|"
    r"(?:started|founded) (?:by|when)|"
    r"(?:lesen wir|we read|leemos|nous lisons) (?:gemeinsam|together|juntos|ensemble)|"
    r"si necesitas que (?:alguien )?te (?:acompane|lleve|recoja)|"
    r"sans commentaire|sin comentarios?|without comment\w*|ohne kommentar\w*|no cross-?talk|"
    r"apuntamos solo|"
    r"que nos (?:piden|preguntan) (?:mucho|a menudo|seguido)|(?:we're|we are|"
    r"we get) asked (?:this )?(?:a lot|often)|on nous (?:la|le) (?:pose|demande) souvent|"
    r"for that (?:clean time )?requirement|"
    r"antes de conectarte|before logging on|antes del trabajo|"
    r"(?:es|is) (?:la de |el dia de |the day after )?(?:tu|your|their|su) (?:ultima|"
    r"last) (?:copa|"
    r"trago|drink)(?!,? (?:or|and|y|o) )|(?:the day after )?(?:your|"
    r"their) last drink(?!,? (?:or|"
    r"and|y|o) )|"
    r"(?:clean|abstinent\w*|sobri\w+) (?:oder|o|ou|or) (?:noch |aun |encore |"
    r"still )?(?:konsumierend|consumiendo|consommant|using)|"
    r"includes abstinence|"
    r"(?:a )?safe (?:place|space) to (?:talk|share)|"
    r"talk about whatever|(?:right )?after (?:the )?(?:last )?dosing (?:window|"
    r"hours)(?: closes)?|"
    r"(?:we )?asked intergroup|asking where they could go|"
    r"should (?:back|support) (?:people|those|members)|"
    r"recovery services|servicios de recuperacion|"
    r"you qualify|"
    r"medical advice comes from a qualified physician|(?:from )?a qualified (?:physician|"
    r"doctor)|"
    r"(?:y )?despues compartimos|then we share|puis nous partageons|dann teilen wir|"
    r"(?:an? |your )?(?:\w+ )?(?:keytags?|chips?|fichas?|"
    r"llaveros?) waiting(?: for you)?(?: when you (?:hit|reach|get to) (?:\d+|thirty|sixty|"
    r"ninety) days)?|"
    r"talk about what|"
    r"yes\W+completely|"
    r"(?:reunions|meetings|reuniones) (?:fermees|closed|cerradas) (?:sont|are|son) "
    r"(?:reservees|"
    r"reserved|reservadas|for|pour|para) (?:aux|to|for|a los|para)? ?(?:alcooliques|alcoholics|"
    r"alcoholicos|addicts|adictos|dependants)|"
    r"(?:chacun|cada (?:uno|quien)|everyone|each|jeder) (?:parle|habla|speaks|shares|"
    r"spricht) (?:nur |solo |only )?(?:de soi|de si mismo|for (?:themselves|himself|herself)|"
    r"von sich)|sans conseil ni jugement|sin consejos ni juicios|without advice or "
    r"judg(?:e)?ment|"
    r"(?:la corbeille|the basket|la canasta|der korb) (?:passe|is passed|pasa|geht rum)|"
    r"listen without interrupt\w*|we use \W?i\W? rather than|"
    r"introduce ourselves by first name|"
    r"one shared aim|un objetivo comun|un but commun|"
    r"(?:our|two|a few) (?:simple )?requests? \((?:confidentiality|respect)|"
    r"(?:nobody|no one) is required to (?:say|share|speak)|"
    r"share as much or as little as you (?:choose|like|want)|"
    r"if you need more time to talk|"
    r"since (?:people|folks|newcomers|many) (?:often )?ask|"
    r"if you can't make (?:your|it|the)|at the end of your (?:month|term)|"
    r"no (?:clean[- ]time |sobriety |time )requirements?|"
    r"(?:are |is )?booked (?:\w+ )?(?:months?|weeks?) (?:ahead|out|in advance)|"
    r"if you'd like to share your story|"
    r"sin tener que esconder nada|sans avoir a (?:te|vous) cacher|ohne etwas verstecken zu "
    r"mussen|"
    r"without having to hide (?:anything|it)|se creo (?:justamente )?para hablar con libertad|"
    r"para hablar con libertad|"
    r"(?:cerradas|closed|fermees|geschlossen)\W+(?:solo|only|seulement|nur) (?:para|for|pour|"
    r"fur) (?:personas|people|those|personnes|menschen) (?:con|with|avec|mit) (?:problemas|"
    r"a (?:drug|drinking)|un probleme|problemen)|"
    r"gute bedingungen in der substitution\w*|"
    r"spricht nur von (?:sich|eigenen erfahrungen)|"
    r"para que no (?:te )?(?:quedes|se quede) sol[oa]|"
    r"(?:pedimos|se piden?) (?:los )?celulares en silencio|no salir durante las lecturas|"
    r"asks if anyone is in (?:their|the) first|"
    r"a member tells (?:their|his|her) story|"
    r"until (?:\w+ )?minutes before (?:close|the end|closing)|"
    r"limiter les partages aux questions liees|limit (?:sharing|shares|discussion) to "
    r"(?:matters|"
    r"problems|issues) (?:of|related to) (?:recovery from )?alcoholism|"
    r"(?:partage|share|compartimos) sur une etape|"
    r"24 (?:heures|hours|horas|stunden),? (?:3|three|tres|trois|drei) (?:mois|months|meses|"
    r"monate)|"
    r"nobody has to (?:talk|share|speak)|nadie tiene que hablar|personne n'est oblige de "
    r"parler|"
    r"niemand muss (?:etwas )?sagen|"
    r"(?:medico|doctor|medecin|arzt) y (?:tu |su |ton )?(?:padrino|madrina|sponsor|parrain)|"
    r"(?:se pide|pedimos) hablar de la propia experiencia|"
    r"bevor es brennt|telefonliste|"
    r"(?:no photos?|pas de photos?|no fotos?) without asking|without asking first|"
    r"seulement si tu veux|only if you (?:want|like)|solo si quieres|nur wenn du (?:willst|"
    r"magst)|"
    r"(?:feuilles? de presence|attendance (?:sheets?|slips?|forms?)|"
    r"hojas? de asistencia) [\w ]{0,40}?(?:signees|signed|firmad\w+)(?: a la fin| at the end|"
    r" al final)?|"
    r"before or after (?:group|the meeting)|antes o despues de la reunion|"
    r"(?:that's|that is) what (?:this|the) (?:hour|meeting|group|room) is for|"
    r"(?:el tiempo|la mayor parte del tiempo) es para hablar|"
    r"sans rien du tout|sin nada de nada|without anything at all|"
    r"requirements to attend are short|"
    r"celebrating wins together|honest sharing|"
    r"off the (?:waiting area|lobby|hallway|main hall|kitchen)|"
    r"ask at the (?:front )?desk|a volunteer reads|"
    r"(?:somebody.s )?leftover birthday cake|"
    r"we read tradition|"
    r"par la poste|"
    r"talk to your (?:prescriber|doctor)|"
    r"share if you (?:like|want)|"
    r"should know about|"
    r"tanto si (?:buscas|quieres) dejarlo todo como si no|"
    r"si alguien te pide que seas su (?:padrino|madrina)|"
    r"are asked how (?:their|your) week|"
    r"speak for yourself|"
    r"(?:is )?not part of your treatment plan|"
    r"without (?:any )?discrimination|sin (?:ninguna )?discriminacion|"
    r"sans (?:aucune )?discrimination|ohne (?:jede )?diskriminierung|"
    r"(?:in|at|during) (?:its|our|their|the) last (?:group )?(?:inventory|group conscience|"
    r"business meeting|conciencia de grupo|inventario)|"
    # round 17: AA's closed meeting: "Closed meetings are for those who have a problem with
    # alcohol", "Closed = for those with a drinking problem"
    r"(?:closed|cerradas?|fermees?|geschlossene?) (?:meetings? |reuniones |reunions )?(?:=|"
    r"are|is|son|sont|sind) (?:only )?(?:for|para|pour|fur) (?:those|people|anyone|quienes|"
    r"ceux|personnes|menschen) (?:with|who have|who think they have|con|que tienen|qui ont|"
    r"mit|die) (?:a |un |une |ein(?:en)? )?(?:drinking problem|problem|problema|probleme|"
    r"desire|deseo|desir|wunsch)|"
    r"(?:only )?those who (?:think they )?have a (?:drinking problem|problem with "
    r"(?:alcohol|drinking))|"
    r"(?:pagad[oa]|paid|paye) (?:hasta|through|until|jusqu'\w*)|"
    r"(?:your|their|the|a|his|her|our|my) first (?:(?:na|aa|ca|12-step) )?(?:meetings?|visit|"
    r"time|place|turn|dosing|few (?:meetings|weeks|times))|"
    r"first[- ]hand|first dibs|first pick|"
    r"while (?:they|supplies) last|"
    r"sans passer a l'acte|"
    r"(?:sit, )?listen,? (?:and |or )?share if you (?:like|want|wish)|"
    r"(?:stay )?as long as you (?:like|want|wish)|tanto como quieras|"
    r"aussi longtemps que (?:tu veux|vous voulez)|so lange (?:du willst|ihr wollt)|"
    r"however (?:they|you|we) (?:choose|like|want|wish)|"
    r"sin etiquetas|without labels|sans etiquettes?|ohne etiketten|"
    r"(?:you )?(?:don't|do not|won't) have to (?:talk|share|speak)(?: if you don't want to)?|"
    r"no tienes que (?:hablar|compartir)|no es obligatorio (?:hablar|compartir)|(?:tu n'es|"
    r"vous n'etes) pas oblige\w* de (?:parler|partager)|du musst nicht (?:reden|sprechen|"
    r"teilen)|"
    r"take what you (?:need|like|want|can use)(?: and leave the rest)?|toma lo que (?:te sirva|"
    r"necesites)|prends ce (?:qui te convient|dont tu as besoin)|nimm,? was du brauchst|"
    r"(?:nobody|no one|nadie|personne|niemand) (?:expects|espera|n'attend|erwartet)"
    r"(?: [\w'-]+){0,3} (?:to )?(?:talk|share|speak|hablar|compartir|parler|partager|reden|"
    r"teilen|sprechen)|"
    # what real preambles and formats say in passing (round 10): "may or may not be
    # discontinued in time, dependent upon the needs of the individual", "life-saving for
    # those that need them", "pass them to the chair before we start"
    r"(?<![\w-])(?:dependent|depending|depends) (?:up)?on the needs of (?:the|"
    r"each) (?:individual|"
    r"person|"
    r"member)|(?<![\w-])(?:for|to) (?:those|people|anyone|everyone|patients) (?:that|"
    r"who) need (?:them|it|"
    r"one|medication)|(?:anyone|everyone|those|people) who needs? (?:medication|meds|it|them)|"
    r"(?<![\w-])before (?:we|the meeting) (?:start|starts|begin|begins|open|opens)|"
    r"antes de empezar|"
    r"avant de commencer|vor (?:dem )?beginn|"
    r"(?<![\w-])(?:facilitated|led|run|hosted) by (?:a |an |two |our )?(?:trained |"
    r"certified )*(?:peers?|volunteers?|facilitators?)(?! (?:with|who|on|off|free|sin|sans|"
    r"ohne))|"
    r"(?<![\w-])after (?:the|an|our) (?:[\w'§-]+ ){0,2}(?:workshop|discussion|presentation|"
    r"training|"
    r"forum|"
    r"learning day)|(?:que|qui|who) (?:asi )?(?:lo|le)? ?(?:soliciten|solicitan|demandent|"
    r"ask for "
    r"it)|not qualified to (?:recommend|advise|prescribe|tell)|"
    r"(?<![\w-])no (?:sponsor|one|member|body)(?: [\w-]+){0,3} (?:will|would|should) (?:ever )?"
    r"(?:pressure|push|rush|tell|force|shame)|"
    # abstinence as a goal either way (the harm-reduction and SMART openings): "if abstinence
    # is not your goal, or if abstinence is your goal", "que vous visiez l'abstinence ou non"
    r"abstinen\w*(?: [\w'-]+){0,4}?,? (?:or not|or if (?:abstinen\w* |it )?is(?:n't| not)?"
    r"(?: your goal)?|o (?:si )?no|ou (?:non|pas)|oder nicht)(?![\w'])|"
    r"(?:whether(?: or not)?|regardless of whether|no matter (?:if|whether)|sea o no|"
    r"peu importe que|egal ob|ob) (?:[\w'-]+ ){0,4}?(?:abstinen\w*|l'abstinence)|"
    r"abstinen\w+ (?:is|are) not (?:required|a requirement|necessary)|"
    r"no se (?:requiere|exige) (?:la )?abstinencia|la abstinencia no es (?:un )?requisito|"
    r"l'abstinence n'est pas (?:requise|exigee|obligatoire|une condition)|"
    r"abstinenz ist(?: \w+){0,2} keine (?:teilnahme)?voraussetzung|"
    r"(?:don't|do not|doesn't|does not) (?:have|need) to be (?:clean|abstinent)|"
    r"musst nicht clean sein|no (?:tienes|tiene|tienen) que estar limpi\w+|"
    r"pas besoin d'etre (?:clean|abstinent\w*)|"
    r"shar\w* (?:their |our |your )?experience,? strength,? and hope|"
    r"compart\w+ (?:su |nuestra )?experiencia,? fortaleza y esperanza|"
    r"partag\w+ (?:leur |notre )?experience,? (?:de )?force et (?:d')?espoir|"
    r"teil\w+ (?:ihre |unsere )?erfahrung,? kraft und hoffnung|"
    # round 30, from blind110 (formats pasted into notes): a stage direction says who
    # reads a line and when, not who may serve: "FORMAT (read by secretary after How It
    # Works):", "Chair reads:", "[SECRETARY - read this line every week, right after Why
    # Are We Here:]", "Host script closing:", "Before we close:"
    r"\[(?:the )?(?:secretary|chair|chairperson|facilitator|host|leader|coordinador\w*|"
    r"secretari[oa]|moderador\w*)\b[^\]]{0,100}\]|"
    r"(?:read|leido|leida) (?:aloud |out )?by (?:the )?(?:secretary|chair|chairperson|"
    r"facilitator|host|leader)(?: (?:right )?(?:after|before|at|during) [^:;.()]{0,40})?|"
    r"(?:the )?(?:secretary|chair|chairperson|facilitator|host|leader)(?:'s)? (?:reads?|"
    r"script|format|says)(?: (?:right )?(?:after|before|at|during) [^:;.]{0,40})?(?=\s*:)|"
    r"(?:host|chair|secretary|closing|opening) script(?: \w+)?(?=\s*:)|"
    r"before (?:we|you) close(?=\s*:)|"
    # proper names, not service: "the General Service Conference recommendation"
    r"general service (?:conference|office|board)|"
    r"(?:go|went|goes) to (?:area|region|district|both)(?: service)?(?: meetings?)?|"
    r"run for (?:secretary|chair|treasurer|gsr|office|service)|"
    r"(?:serve|share|help|read|chair) when (?:you're|you are|they're|they are) (?:asked|"
    r"called on|ready)|"
    # requests that limit nobody: "we ask you to stay respectful and non-disruptive"; the
    # MARA preamble's "We ask that you not say anything which may interfere with the
    # progress of another human being"
    r"(?:(?:we )?ask (?:you |everyone |that you )?(?:to )?)?(?:stay|be|remain) "
    r"(?:respectful|courteous|kind)(?: and non-?disruptive)?|"
    r"(?:should not|shouldn't|must not|must never|never)(?:,? under any circumstances,?)? "
    r"(?:meddle|interfere) in (?:the )?(?:relationship|matters) between (?:a |the )?doctor "
    r"and (?:a |the )?patient|"
    r"non-?disruptive|but (?:hear|know|remember|understand) this|"
    # round 30, from blind115: AA's pamphlet ("Some A.A. members must take prescribed
    # medication for serious medical problems"), a ward's "medication pass", whom to ask,
    # and what a service body asked of every group
    r"some (?:a\.?a\.? |aa |n\.?a\.? |na )?members must take prescribed medications? for "
    r"(?:serious )?medical problems|medication pass|"
    r"ask (?:the|our) (?:office|intergroup office|central office|district)|"
    r"(?:right )?after (?:an? |the )?(?:surgery|operation|injury|accident|[\w' ]{0,24}"
    r"medication pass)|"
    r"(?:don't|do not|never) ask (?:residents|patients|clients|anyone|people|members) about "
    r"(?:their|your) (?:meds|medications?)|"
    r"(?:aren't|are not|not) qualified to (?:recommend|advise|prescribe|tell)|"
    r"(?:intergroup|the district|the area|the region|central office) asked (?:every|each|all)"
    r" groups? to|except this(?=\s*:)|"
    r"but each group is autonomous|(?:our|this|the) group (?:voted|decided|chose) not to "
    r"follow (?:that|it|this|the policy)(?: here)?|"
    # round 30, from blind107: literature and whom to ask ("we encourage you to read the
    # Basic Text and the booklet In Times of Illness", "asking whether they can sit in the
    # circle while on Suboxone: talk to the facilitator"); a group conscience set against
    # opinions ("But the group conscience is clear: members on methadone ... can share")
    r"(?:we )?(?:encourage|invite|suggest|ask)\w* (?:you|everyone|newcomers|members) to "
    r"read (?:the|our|a|an)(?: [\w'-]+){1,6}|"
    r"(?:talk|speak) (?:to|with) (?:the|a|your|our) (?:facilitator|chair|chairperson|"
    r"secretary|sponsor|host|coordinator|group contact)|"
    r"(?:asking|wondering) (?:whether|if)|"
    r"but (?:the|our) group(?:'s)? conscience (?:is clear|has spoken|decided|says|is)|"
    r"mais (?:la|notre) conscience de groupe(?: de \w+)? a (?:tranche|decide|parle)|"
    r"(?:nous )?(?:vous |t')?(?:encourageons|invitons|conseillons) a lire (?:le|la|les)"
    r"(?: [\w'-]+){1,6}|(?:et )?a en parler avec (?:des|d'autres) membres|"
    r"(?:les )?programmes? fondes? sur l'abstinence s'adressent aussi|"
    # how anyone asks for the floor or a commitment: "If you want to share, raise your
    # hand. If you want a commitment, ask the secretary."
    r"if you (?:want|would like|'d like|wish) to (?:share|speak|talk),? (?:just |simply )?"
    r"(?:raise your hand|put your hand up|unmute|use the raise-hand button|let the "
    r"(?:chair|secretary|host) know)|"
    r"if you (?:want|would like|'d like) (?:a|to take a|to get a) (?:commitment|service "
    r"position|sponsor|job),? (?:just )?(?:ask|see|talk to|tell) (?:the |a |any )?"
    r"(?:secretary|chair|gsr|member|host)|"
    r"(?:but )?(?:you )?(?:don't|do not|dont) need (?:them|it|that|those|one) to (?:be|feel) "
    r"welcome\w*|"
    r"(?:we )?ask that you not say anything (?:which|that) (?:may|might|could) interfere "
    r"with the progress of another (?:human being|person|member)|"
    r"one thing (?:[\w']+ ){0,4}?(?:newcomers|people|folks|members|visitors) (?:\w+ )?"
    r"ask(?:ed)? about|"
    rf"(?:{_PATHWAY}{_PATHWAY_SEP}){{1,4}}{_PATHWAY}"
)
#: Run phrase by phrase, each only where its strings are (`literals.Alternation`).
BENIGN_ALTERNATION = Alternation(_BENIGN_SOURCE, "benign/", read_table())
BENIGN = BENIGN_ALTERNATION.whole


#: A sentence that opens on a contrast, or sets its subject off as a contrast ("Les postes
#: de service, eux, ..."), takes something back from what came before: after a welcome it
#: is a hedge whatever its words, so an unknown limit in it still reaches a human.
CONTRAST_OPENERS = re.compile(
    r"\W*(?:but(?! (?:hear|know|remember|understand) this| (?:the|our) group(?:'s)? "
    r"conscience (?:is clear|has spoken|decided|says)| each group is autonomous)|"
    r"mais(?! (?:la|notre) conscience de groupe(?: de \w+)? a (?:tranche|decide|parle))|"
    r"however(?! you (?:got|came|arrived))|though|except|that said|"
    r"mind you|one (?:exception|caveat)|"
    # round 30: not "One thing from our format that newcomers always ask about:"
    r"one thing(?! (?:[\w']+ ){0,4}?(?:newcomers|people|folks|members|visitors) (?:\w+ )?ask)|"
    r"pero|sin embargo|no obstante|eso si|aunque|excepto|salvo|lo unico|cependant|toutefois|"
    r"un detalle|"
    r"one caveat|petite precision|un bemol|"
    r"par contre|en revanche|sauf|seule? (?:exception|reserve)|aber|allerdings|jedoch|au(?:ss|ß)er|"
    r"einzige)(?![\w'])|[^,]{1,60},\s*(?:eux|elles|ellos|ellas|they|sie)\s*,"
)
#: The same contrast set off by commas inside a sentence (round 24): "Keytags and medallions,
#: however, go to members counting time without any opiates", "La conciencia de grupo
#: decidió, sin embargo, que no moderen la reunión".
CONTRAST_ASIDE = re.compile(
    r",\s*(?:however|though|that said|sin embargo|no obstante|eso si|cependant|toutefois|"
    r"par contre|en revanche|pourtant|jedoch|allerdings|hingegen|dagegen)\s*,"
)


@dataclass(frozen=True)
class Unread:
    """A guard word the frame did not read: its kind and the word as written."""

    kind: str
    word: str
    #: Where the word starts in its folded sentence (-1 where that is not known).
    start: int = field(default=-1, compare=False)


@lru_cache(maxsize=1 << 16)
def benign_spans(scan: str) -> tuple[tuple[int, int], ...]:
    """Where BENIGN matches in a folded sentence. Cached: the costliest pattern, wanted by
    the unread words, the detached limits and `sets_apart` of the same sentence."""
    return BENIGN_ALTERNATION.spans(scan)


def blank_benign(scan: str) -> str:
    """The folded sentence with its benign phrases blanked to spaces (same length)."""
    for start, end in benign_spans(scan):
        scan = scan[:start] + " " * (end - start) + scan[end:]
    return scan


def unread_words(
    scan: str, read: list[tuple[int, int]], permitted: list[tuple[int, int]]
) -> tuple[Unread, ...]:
    """Guard words of a folded sentence that start outside every read span. `read` are
    spans of limits, pseudo-negations and other meetings (they read every word);
    `permitted` are spans of permissions (they read no condition or exclusion)."""
    candidates = []
    for match in GUARD.finditer(scan):
        start = match.start()
        if any(r0 <= start < r1 for r0, r1 in read):
            continue
        if match.lastgroup not in STRICT_KINDS and any(r0 <= start < r1 for r0, r1 in permitted):
            continue
        candidates.append(match)
    if not candidates:
        return ()
    # the benign phrases (the costliest pattern) only when some guard word is left
    benign = benign_spans(scan)
    return tuple(
        Unread(m.lastgroup or "condition", m.group(0), m.start())
        for m in candidates
        if not any(r0 <= m.start() < r1 for r0, r1 in benign)
    )


#: Limits that name nobody, in a sentence after (or before) a welcome of MAT: polite
#: requests, customs and preferences ("Traditionally our Friday speaker is someone with a
#: year free of every drug, maintenance included", "Agradecemos que las lecturas las
#: hagan miembros con tiempo limpio", "Il est d'usage que les services soient tenus par
#: des membres sans TSO", "P.S. chips go to those off all meds"). The writer of tuning4
#: put a fifth of its limits in such sentences, with no negative word and no name of the
#: medication. A sentence holding a slot word (participation, service, clean time, from
#: GUARD_VOCABULARY) and one of these markers demotes a friendly to unknown with review,
#: whatever it names. Per language, on folded text, whole words.
DETACHED_MARKERS: dict[str, str] = {
    "en": r"advisory|if (?:there's|there is) (?:still )?time|put (?:everything|it all) down|"
    # round 39, from blind159: "Our old format still says 'clean and sober from all
    # mind-altering substances' to share"
    r"(?:clean|sober)(?: and (?:clean|sober))? from (?:all|every|any)|"
    r"who(?:'ve| have) (?:stopped|quit|finished|come off|"
    r"gotten off|got off|put)|(?<!and )(?<!or )(?<!to )(?<!between )(?:members|those|people|"
    r"folks) (?:who are )?not (?:on|taking|using)|"
    r"last (?:use|dose|drink)|counted from|incl|better not|while (?:you're|you are) "
    r"(?:tapering|on)|"
    r"tradition(?:al|ally)?|customar\w*|custom|works? best|we (?:gently |kindly )?"
    r"(?:ask|suggest|request|invite|encourage|prefer|find|hope)\w*|gently|kindly|"
    r"(?:we'd|we would) (?:ask|like|prefer)|it is (?:our )?(?:practice|custom|usual)|"
    r"usually|generally|normally|typically|for (?:your|their) (?:own )?comfort|"
    r"is for|are for|reserved|members with|those with|someone with|people with|drug[- ]free|"
    r"(?:open|reserved|limited) to (?:members|those|people) who|(?:limited|restricted) to "
    r"(?:members|those|people)|clean from all|non-voting|"
    r"free of|off (?:all|every|any)|(?:all|every) (?:drugs?|meds?|medications?|substances?)|"
    r"included|including|no longer|completed?|finished|detox\w*|tapered?|tapering|"
    r"(?:\d+|a|one|two|three|six|ninety|thirty) (?:days?|months?|years?)|"
    r"at least|until|once|only|must|should|need\w*|requir\w+|honou?rs?|but not|except|"
    r"time free|p\.?s\.?|"
    # session 20 (from blind20, read): "The readings are read by members who are abstinent"
    r"(?:members|those|people|folks|addicts) who are (?:completely |totally |fully )?"
    r"(?:abstinent|drug[- ]free|clean from all|off all)|"
    # round 24: "no service w/o clean time"
    r"(?:without|w/o) (?:clean|sober|drug-free|abstinen\w+)|"
    # round 29: "What they can't do for now is be GSR or chair"
    r"what (?:they|you|members|folks|people) (?:can't|cannot|can not|may not)|"
    r"(?:can't|cannot|may not) (?:\w+ ){0,3}?(?:yet|for now)|"
    # session 24, from blind164: "you can absolutely come and share. Just not chair."
    r"^\W*(?:just|only|simply|but|except|though) not|^\W*not [\w ,]{1,25}?though",
    "es": r"consultiv[oa]s?|si (?:queda |sobra )?tiempo|"
    r"que no (?:estan|esten) tomando|que (?:ya )?(?:dejaron|han dejado|dejaron de tomar) (?:todo|"
    r"los sustitutos|la "
    r"metadona)|(?:miembros|quienes|personas|companer\w+) que no (?:toman|estan en)|"
    r"se reserva|reserva para|ultim[oa] (?:dosis|consumo|toma)|desde (?:tu|su) ultim[oa]|"
    # session 20 (from blind23, read): "el grupo reserva la entrega de medallas ... para la
    # sobriedad que no depende de ningún fármaco de mantenimiento"
    r"reserva(?:n|mos)? (?:la|el|las|los) |que no depende\w* de ningun\w*|"
    r"mientras dure|mejor no|"
    r"unicamente|sin ningun\w*|"
    r"peticion|reduccion de dosis|"
    r"tradicion\w*|costumbre|acostumbr\w+|se (?:sugiere|recomienda|pide|ruega|"
    r"acostumbra|espera|prefiere|invita)|agradec\w+|sugerimos|recomendamos|pedimos|pide|piden|"
    r"invitamos|preferimos|amablemente|por lo general|normalmente|habitualmente|"
    r"para (?:su|tu) comodidad|es para|son para|reservad\w+|con tiempo limpio|"
    r"libres? de|sin (?:ella|ellos|medicamentos?|farmacos?|sustitucion|"
    r"metadona|tratamiento|§+)|ya no|complet(?:o|a|os|as|ado|ada|ar|aron|en)|termin\w+|"
    r"desintoxic\w+|"
    r"incluid[oa]s?|a partir del?|hasta|una vez|solo|solamente|deben?|"
    r"necesit\w+|requi\w+|p\.?\s?d\.?|pero no|excepto|salvo|"
    # round 29, from blind105: "Lo que no pueden por ahora es ser RSG ni coordinar"
    r"lo que no pued\w+|no pued\w+ (?:por ahora|todavia|aun)",
    "fr": r"tant que|aussi longtemps que|merci (?:toutefois |cependant |par contre |neanmoins )?de|"
    # round 19: "Le groupe demande simplement que la lecture ... soient assurées par des membres
    # abstinents de tout produit"
    r"demande (?:simplement |seulement |juste )?que|(?:soient|soit) assure\w* par|"
    r"consultati(?:f|ve|ves|fs)|s'il reste du temps|qui ont (?:tout )?arrete|"
    r"(?:membres|personnes) qui ne (?:prennent|sont) pas|"
    r"derniere (?:prise|dose|consommation)|date d'arret|arret de tout|mieux vaut ne pas|"
    r"pendant (?:le|la) (?:sevrage|diminution)|"
    r"tradition\w*|d'usage|coutume|habitude|on vous (?:invite|demande|prie|suggere)|"
    r"nous (?:vous )?(?:invitons|demandons|suggerons|prions|preferons)|invit\w+ a|"
    r"merci de|gentiment|en general|generalement|habituellement|pour votre confort|"
    r"est pour|sont pour|reserve\w*|sans (?:tso|§+|traitement|medicaments?|substitution)|"
    r"libres? de|ne (?:prennent|prend) plus|termin\w+|sevr\w+|inclus|y compris|"
    r"jusqu'a|une fois|seulement|uniquement|doivent|doit|il faut|p\.?s\.?|mais pas|sauf|"
    r"hormis",
    "de": r"solange|nicht angebracht|unangebracht|vorrang|beratend\w*|wenn (?:noch )?zeit bleibt|"
    # session 24, from blind168: "Gruppenleitung und Helferausbildung sind allerdings an
    # Abstinenz gebunden", "setzt Abstinenz voraus"
    r"gebunden|voraus(?:gesetzt)?|voraussetzung\w*|allerdings|jedoch|"
    r"die (?:alles )?(?:aufgehort|abgesetzt)|"
    r"die nicht (?:in|auf)|"
    r"letzte\w* (?:dosis|konsum|einnahme)|lieber nicht|wahrend (?:der|des) "
    r"(?:abdosierung|entzug\w*)|"
    r"tradition\w*|ublich\w*|brauch|gewohnlich|normalerweise|wir (?:bitten|empfehlen|"
    r"schlagen|laden|mochten|wunschen)|bitten|gebeten|empfohlen|freundlich\w*|"
    r"fur (?:deinen|ihren|euren) komfort|ist fur|sind fur|vorbehalten|frei von|"
    r"ohne (?:substitution|medikament\w*|§+)|nicht mehr|abgeschlossen\w*|beendet|"
    r"entzug\w*|eingeschlossen|einschlie(?:ss|ß)lich|bis|sobald|nur|erst|mussen|muss|"
    r"sollten|p\.?s\.?|aber nicht|aber kein\w*|au(?:ss|ß)er|ausgenommen",
}
_SLOT_KINDS = ("participation", "service", "clean_time")
_DETACHED_SLOT = re.compile(
    WORD_START
    + r"(?:"
    + "|".join(
        f"(?:{GUARD_VOCABULARY[kind][lang]})" for kind in _SLOT_KINDS for lang in GUARD_LANGS
    )
    + r")(?![\w'-])"
)
_DETACHED_MARKER = re.compile(
    WORD_START
    + r"(?:"
    + "|".join(f"(?:{DETACHED_MARKERS[lang]})" for lang in GUARD_LANGS)
    + r")(?![\w'-])"
)
#: Logistics that hold a slot word and a marker yet limit nobody.
DETACHED_BENIGN = re.compile(
    # round 16: a chip schedule ("then 30, 60 and 90 days, 6 and 9 months")
    r"(?:30|thirty),? (?:60|sixty),? (?:(?:and|or|y|o|et|ou|und|oder) )?(?:90|ninety)|"
    # round 15: a keytag colour list ("orange for 30 days, green 60")
    r"(?:white|orange|green|red|blue|yellow|gray|grey|black|glow\w*|purple|moonglow)(?: keytags?)? "
    r"(?:for|at|=|-) (?:\d+|thirty|sixty|ninety|a|one|six|nine) (?:days?|months?|years?)|"
    r"business meeting|service meeting|reunion de (?:servicio|negocios)|"
    r"reunion de service|dienstmeeting|arbeitsmeeting|literature|literatura|litterature|"
    r"literatur|(?:7th|seventh|septima|7a|7e|septieme|7\.|siebte) tradi\w+|"
    r"solo por hoy|just for today|juste pour aujourd'hui|nur fur heute|"
    r"(?:women|men|mujeres|hombres|femmes|hommes|frauen|manner) (?:only|solamente|"
    r"seulement|uniquement)|(?:solo|nur) (?:para )?(?:mujeres|hombres|frauen|manner)|"
    r"unmute\w*|mute\w*|screen ?share|waiting room|co-?hosts?|host key|junta de servicio|"
    r"sign-up sheet|book(?:ed)? (?:\w+ )?months? (?:ahead|out)|elected every (?:\w+ )?(?:months?|"
    r"years?)|"
    r"office workers|preambulo,? pasos,? tradiciones|preamble,? steps,? traditions|"
    r"tradition (?:\d+|one|three) is read|(?:is|are) read aloud at every meeting|"
    r"once a (?:month|week)|except candles|by (?:flashlight|candlelight)|ascensor de servicio|"
    r"service elevator|"
    r"rings? the bell|toca la campana|sonne la cloche|lautet die glocke|"
    r"cameras?|camaras?|kameras?|celebrate recovery|(?:lawn|folding) chairs?|"
    r"service (?:animals?|dogs?)|animales de (?:servicio|asistencia)|animaux d'assistance|"
    r"assistenzh\w+|"
    r"(?:just )?like (?:anybody|anyone|everyone|everybody)(?: else)?|como (?:cualquiera|todos)|"
    r"comme tout le monde|wie (?:alle|jede[rs]?)|"
    # schedules and formats: "7am, 7 days", "30, 60, 90 days and up", "Step, Tradition"
    r"(?:7|seven|siete|sept|sieben) (?:days|dias|jours|tage)|days a week|dias a la semana|"
    r"(?:anyone|anybody|any member|every member|everyone|cualquiera|quiconque|n'importe qui|"
    r"jede[rs]?) (?:with|"
    r"con|avec|mit) (?:\d+|a year|one year|ninety|thirty|sixty)(?:[\w ]{0,20} on any path)?|"
    r"needs? (?:a |more )?volunteers?|(?:see|ask|contact|text) the (?:secretary|gsr|chair)|"
    r"busca\w* voluntari\w*|cherche\w* (?:un |des )?benevoles?|such\w* (?:freiwillige|jemanden)|"
    r"and up|y mas|et plus|und mehr|(?:\d(?:st|nd|rd|th|re|e|a|o)\.?|1er|1re) "
    r"(?:week|semaine|semana|woche)|commitments? (?:is|are|last\w*) (?:\d+|one|six|three|twelve) "
    r"months?|(?:\d+|six|three|twelve)[- ]month commitments?|rota\w* (?:cada|every|each|chaque|"
    r"jeden|monthly|weekly)|through (?:multiple |many |several )?years|"
    r"(?:a las|at|a|um|vers) \d{1,2}(?:[:h.]\d\d)?(?: ?[ap]\.?m| uhr| h)?(?![\w'])|(?:24|"
    r"twenty-four) (?:hrs?|hours?|horas|heures|stunden)|"
    r"(?:steps?|pasos?|etapes?|schritte?),? (?:and |y |et |und )?(?:(?:a|\d+|one|the|una|un|"
    r"eine?) )?tradition\w*|\d+ traditions?|tradition (?:each|a|per|every) week|"
    # the literature a format reads, and the newcomers it greets (round 10): "Read the
    # Twelve Traditions", "anyone in their first 30 days", "ask the treasurer"
    r"(?:twelve|12|doce|douze|zwolf|the|las|les|die) (?:traditions?|tradiciones|traditionen|"
    r"steps|pasos|etapes|schritte|concepts|conceptos)|"
    r"(?:their|your|the|sus|tus|los|leurs|tes|vos|les|ihren|deinen|den) (?:first|primeros|"
    r"premiers|ersten) (?:\d+|thirty|ninety|treinta|noventa|trente|dreissig) (?:days|dias|jours|"
    r"tagen?)|"
    r"(?:ask|pide|pidele|pregunta|demande[sz]?|frag\w*)(?: [\w'-]+){0,4} (?:the|al|a la|au|a l'|"
    r"le|la|den|die|beim) (?:treasurer|secretary|chair|tesorer[oa]|secretari[oa]|coordinador\w*|"
    r"tresorier\w*|secretaire|kassier\w*|kassenwart\w*|sekretar\w*)|"
    rf"(?:the |el |le |am )?(?:last|first|ultimo|primer|dernier|premier|letzten?|ersten?) "
    rf"(?:{DAYS})"
)


#: Markers strong enough that a logistics word beside them ("business meeting", "per NA
#: literature") does not make the sentence benign: "Voting at business meetings is open to
#: members with a clean date", "keytags are for total abstinence per NA literature".
DETACHED_STRONG = re.compile(
    r"(?<![\w'-])(?:open to members|members with|are for|is for|reserved|only|must|requir\w*|"
    r"limited to|restricted to|clean from all|non-voting|"
    # round 29, from blind105: "se habló en la reunión de negocios y quedó así: pueden
    # compartir, pero no llevan la secretaría": a decision of the business meeting
    r"quedo asi|(?:so )?it was decided|wurde beschlossen|il a ete decide|"
    r"drug[- ]free|"
    r"definition of|abstinen\w+|clean date|free of|off all|solo|reservad\w+|"
    r"definicion de|seulement|reserve\w*|nur|vorbehalten)(?![\w'-])"
)


#: A length of time in four languages ("90 days", "un ano", "six mois", "ein Jahr"): what a
#: clean-time requirement asks (`engine._DURATION`) and one way a limit sets somebody apart.
DURATION = (
    r"(?:\d+|one|two|three|six|nine|ninety|thirty|sixty|a|un|una|uno|dos|tres|seis|ein|eine|"
    r"zwei|drei|sechs|deux|trois) (?:days?|months?|years?|dias|meses|anos?|jours|mois|ans|"
    r"tage|monate|jahre?)"
)
#: A limit on drugs nobody prescribed ("We ask only that you not share if you've used
#: cocaine or other non-prescribed drugs in the last 24 hrs"): it binds every member alike,
#: so in a sentence that names no MAT it holds no welcome back (round 17).
ILLICIT_USE = re.compile(
    r"non-?prescribed|not prescribed|no recetad\w*|sin receta|non prescrit\w*|"
    r"nicht (?:arztlich )?verschrieben\w*|illicit|ilicit\w*|illicite\w*|illegal\w*|"
    r"street drugs|drogas de la calle|(?:used|consumed|consumido|consumiste|konsumiert) "
    r"(?:\w+ ){0,3}(?:today|hoy|aujourd'hui|heute)"
)
#: Whom or what a limit that names nobody sets apart: a length of time, clean time or
#: abstinence, a drug or medication, or a class of members ("members with", "those who").
#: Round 15: long formats pasted into the notes ("Once the chair taps the table we take our
#: seats", "The Preamble is read ... we ask", "Anonymity and confidentiality are basic
#: requirements") hold a slot word and a marker but set nobody apart; without one of these
#: the sentence is not a limit.
DETACHED_QUALIFIER = re.compile(
    rf"(?<![\w'-]){DURATION}|"
    r"§|drug[- ]free|(?:last|derniere|ultima|letzten?) (?:dose|use|prise|dosis|toma|einnahme)|"
    r"(?<![\w'-])(?:treatment|tratamiento|behandlung|they|them|their|theirs|ellos|ellas|sus?|ils|"
    r"elles|leurs?|eux|ihnen|clean\w*|sober\w*|abstinen\w*|drugs?|meds?|medicat\w*|"
    r"medicin\w*|substances?|prescri\w+|free|off|taper\w*|detox\w*|used|using|"
    r"relaps\w*|maintenance|replacement|substitu\w*|dose\w*|dosis|keytags?|chips?|"
    r"limpi\w*|sobri\w*|drogas?|medicament\w*|medicinas?|sustancias?|recetad\w*|libres?|"
    r"consum\w*|sustitu\w*|llaveros?|fichas?|drogues?|traitements?|sevr\w*|porte-cles|"
    r"nuchtern\w*|drogen|droge|medikament\w*|substanz\w*|frei|entzug\w*|konsum\w*|"
    r"(?:members|those|people|folks|anyone|anybody|someone|persons?|individuals|newcomers|"
    r"miembros|personas|companer\w+|membres|personnes|ceux|celles|mitglieder|"
    r"menschen|leute|jemand|diejenigen) (?:who|with|that|que|con|qui|avec|die|mit|der|ohne|"
    r"sans|sin|without|not|no|ne|nicht|on|en|sous|auf|in their)|quienes)(?![\w'-])"
)


def sets_apart(scan: str) -> bool:
    """Whether a folded sentence holds a DETACHED_QUALIFIER outside its benign phrases
    ("our primary purpose is to stay sober" qualifies nobody)."""
    if DETACHED_QUALIFIER.search(scan) is None:
        return False
    return DETACHED_QUALIFIER.search(blank_benign(scan)) is not None


#: How many sentences from one naming MAT a detached limit without a qualifier still
#: counts: "Welcome, methadone patients. We ask that they share last." (round 15).
DETACHED_NEAR = 1
#: A sentence of at most this many words between them is an aside, not a step away:
#: "Bienvenidos los que están en metadona. No juzgamos. Solo pedimos que no compartan ...
#: hasta terminar la desintoxicación" (session 20, from blind90).
ASIDE_WORDS = 3


@lru_cache(maxsize=1 << 16)
def detached_limit(scan: str) -> tuple[Unread, ...]:
    """The slot word and the marker of a limit that names nobody, in one folded
    sentence; empty when the sentence holds no such pair (`DETACHED_MARKERS`)."""
    if _DETACHED_SLOT.search(scan) is None or _DETACHED_MARKER.search(scan) is None:
        return ()  # blanking benign phrases below never adds a slot or a marker
    original = scan
    scan = blank_benign(scan)  # "the only requirement", "stack chairs"
    slot = _DETACHED_SLOT.search(scan)
    marker = _DETACHED_MARKER.search(scan)
    if slot is None or marker is None:
        return ()
    # the logistics are found in the words as written: BENIGN blanks some of them too
    # (a keytag schedule "30, 60, 90 days")
    logistics = DETACHED_BENIGN.search(scan) or DETACHED_BENIGN.search(original)
    if logistics and not DETACHED_STRONG.search(scan):
        return ()
    return (Unread("detached-slot", slot.group(0)), Unread("detached-limit", marker.group(0)))


def slot_kind(scan: str) -> str | None:
    """The first slot kind (participation, service, clean_time) a folded sentence names:
    what a limit read only from unread words stands for in the evidence."""
    for match in GUARD.finditer(scan):
        if match.lastgroup in GUARD_SLOT_KINDS:
            return match.lastgroup
    return None


# --- the end of treatment: a friendly's last check (`completion.py`) ----------------------

#: Words that tie something to the end of treatment or to being off medication ("keytags
#: from your taper completion date", "quienes ya terminaron su tratamiento", "l'animation
#: revient aux membres sans traitement", "nach dem Entzug"). A welcome that names no limit
#: rarely speaks of finishing treatment, and on the round-7 writers' sets half the wrong
#: friendlies of the round-6 engine did (16 of 32), in every language. Folded text.
COMPLETION_VOCABULARY: dict[str, str] = {
    "en": r"(?:completely |fully |totally |all the way )?off (?:of )?(?:it|them|"
    r"all (?:meds|medications?|drugs|opioids|substances)|(?:the |their |your |his |her )?"
    r"(?:methadone|suboxone|subutex|bupe|buprenorphine|meds|medications?|maintenance|§+|"
    r"subs|opioids?|script|program|everything|replacement))|"
    r"done with (?:it|them|the|their|your|methadone|suboxone|meds|medications?|maintenance|"
    r"treatment|§+)|"
    r"(?:finish(?:es|ed|ing)?|complet(?:es|ed|ing|e|ion of)|end(?:s|ed)? of|ending) "
    r"(?:the |their |your |his |her |a )?(?:taper|treatment|program|programme|detox|"
    r"medications?|maintenance|§+|wean\w*)|"
    r"taper(?:ed|ing)? (?:off|down completely|completion|is complete)|weaned off|detoxed|"
    # round 24: the end of treatment as its subject ("Chips: time starts when maintenance
    # ends")
    r"(?:maintenance|methadone|suboxone|subutex|bupe|buprenorphine|meds|medications?|"
    r"treatment|dosing|§+|subs|(?:the |your |their )?(?:script|program|taper)) (?:ends|ended|"
    r"(?:stops|stopped)(?! (?:you|them|anyone|anybody|people|members|folks|us))|is over|"
    r"are over|is done)|"
    r"after detox|post[- ]detox|drug[- ]free date|completion date|"
    # round 30, from blind111: "Sober means sober. No substitutes, no scripts for opiates.
    # If you're there, join us."
    r"(?:if|once) (?:you're|you are) there,? (?:join us|come (?:on )?in|come|you're welcome|"
    r"welcome|pull up a chair)|"
    r"(?:treatment|taper|detox|program(?:me)?) (?:is|has been|was|will be) (?:complete|"
    r"completed|finished|over|done)|"
    r"(?:stopp(?:ed|ing)|quit(?:ting)?|came off|come off|got off|get off|discontinu\w+) "
    r"(?:all |your |their |the |his |her )?(?:opioid |medication |maintenance )?"
    r"(?:maintenance|methadone|suboxone|subutex|bupe|buprenorphine|meds|medications?|§+|"
    r"subs|opioids?|treatment|dosing)|"
    r"free of (?:all |any )?(?:medications?|maintenance|methadone|opioids?|substances?|drugs|"
    r"narcotics|chemicals|mood[- ]altering \w+)|"
    # round 30, from blind111: not the building ("Meets at the recovery center - a safe,
    # supportive, substance free environment")
    r"(?:medication|meds?|substance|opioid|replacement|maintenance|§+)[- ]free(?! (?:environment|"
    r"space|building|premises|facility|zone|property|campus|setting|site))|"
    r"(?:(?:members|people|folks|addicts|those|anyone) who (?:are|is) (?:completely |totally )?"
    r"drug[- ]free|drug[- ]free (?:members|people|folks|addicts))|"
    r"libres? de (?:medicacion|medicamentos|farmacos)|medikamentenfrei|substitutionsfrei|"
    r"substitutfrei",
    "es": r"(?:termin|acab|finaliz|complet|conclu)\w* (?:el |la |su |tu |sus |"
    r"con (?:el |la |su |tu )?)?(?:tratamiento|programa|pauta|reduccion|desintoxicacion|"
    r"medicacion|sustitucion|proceso|terapia|mantenimiento|metadona|buprenorfina|pmm)|"
    r"(?:una vez|cuando|despues de|tras) (?:\w+ ){0,3}(?:finalizad\w*|terminad\w*|"
    r"acabad\w*|completad\w*|libres?|limpi[oa]s? del todo|fuera de)|"
    r"(?:finalizad|terminad|acabad|concluid)[oa]s? (?:el|la|su|tu) (?:tratamiento|programa|"
    r"pauta|proceso|terapia|reduccion)|"
    r"(?:tratamiento|programa|pauta|proceso|terapia|reduccion|sustitucion) (?:este |sea )?"
    r"(?:terminad|finalizad|acabad|completad|concluid)[oa]s?|"
    r"(?:tratamiento|programa|pauta) (?:termine|acabe|finalice|concluya|haya terminado)|"
    r"despeg\w+ de la|dej\w+ (?:la metadona|el suboxone|la buprenorfina|el tratamiento|"
    r"la medicacion|todo)|(?:el )?final (?:del|de su|de tu) (?:programa|tratamiento|proceso|"
    r"pmm|mantenimiento)|sin (?:ningun )?(?:farmaco|tratamiento|medicacion|sustitut\w+|"
    r"sustitucion|metadona)|listos? para dejar",
    "fr": r"(?:termin|achev|fini|complet)\w* (?:leur |son |sa |votre |ton |ta |le |la )?"
    r"(?:sevrage|traitement|substitution|tso|programme|cure)|"
    r"fin (?:du|de leur|de son|de votre|de ton|de la) (?:sevrage|traitement|substitution|cure)|"
    r"sans (?:traitement|substitution|tso|methadone)|sevres?(?![\w-])|"
    r"(?:auras|aurez|as|avez|aura|ont|aient) decroche|decrocher (?:de|du)|"
    r"apres (?:le|leur|ton|votre) sevrage|"
    # round 30, from blind108: "pas de porte-clés tant que le traitement est en cours"
    r"tant que (?:le |ton |leur |son |votre |ce )?(?:traitement|tso|substitution)"
    r"(?: de substitution)? (?:est|sera|reste|soit) en cours|"
    r"(?:traitement|sevrage|substitution|tso|cure) (?:aura|a|ait) pris fin|"
    r"(?:traitement|sevrage|substitution|tso|cure) prendra fin|"
    r"(?:sevrage|traitement|substitution|tso|cure) (?:est |soit |sera )?(?:termine|acheve|fini|"
    r"arrete)"
    r"e?s?",
    "de": r"(?:substitution|behandlung|entzug|therapie|programm|ausschleichen|abdosierung|"
    r"methadon|medikament)\w* "
    r"(?:\w+ ){0,3}(?:abgeschlossen|beendet|hinter sich)|"
    r"nach (?:dem|der|ihrem|seinem|deinem|eurem) (?:entzug|substitution|behandlung|"
    r"ausschleichen|abdosierung)|ohne (?:substitution|substitut\w*|methadon|ersatzstoff\w*)|"
    r"ausgeschlichen|abdosiert|clean von allem|"
    r"frei(?:heit)? von (?:allen |jeglichen )?(?:ersatzstoff\w*|substitut\w*|medikament\w*|"
    r"opioid\w*|drogen)",
}
COMPLETION = re.compile(
    rf"{WORD_START}(?:" + "|".join(COMPLETION_VOCABULARY[lang] for lang in GUARD_LANGS) + ")"
)

#: What keeps an end-of-treatment word from limiting anyone, read within its sentence:
#: a negation, a question or a quantifier before it ("no one will ask you to come off
#: your meds", "Do I have to be off Suboxone?", "some of us have tapered"), a coordination
#: right before it ("con o sin medicación", "mit und ohne Substitution"), "or not" after it,
#: a list of pathways ("On MAT, off it, tapering"), or a question mark in the rest of its
#: clause.
COMPLETION_WAIVED_BY = re.compile(
    r"(?<![\w])(?:\?|some|many|manche|viele|einige|algun[oa]s|muchos|muchas|certain[es]*|"
    r"plusieurs|not|no|\w*n't|never|nobody|nor|without|whether|ni|sin necesidad|nadie|pas|"
    r"jamais|aucun\w*|nicht|kein\w*|niemand|weder)(?:\W+\w+){0,12}\W*$"
)
COMPLETION_COORDINATED = re.compile(
    r"(?<![\w])(?:and|y|et|und|or|o|ou|oder|u)\W*$|"
    # a list of pathways: "On MAT, off it, tapering, just starting"
    r"(?<![\w])(?:on|en|sous|mit) [\w§'-]+\s*,\s*$|§+\s*,\s*$"
)
#: A member off everything for years is a story, not the end of anyone's treatment asked
#: for: "the member who's been off everything for twenty years" (session 25, blind185).
COMPLETION_STORY = re.compile(
    r"(?:been|was|were|being) off (?:everything|it all|all of it|drugs|all drugs) for "
    r"(?:\w+ )?(?:years|decades|months)"
)
COMPLETION_OR_NOT = re.compile(r"\W*(?:or not|o no|ou non|oder nicht)(?!\w)")

#: The end of treatment as a subject or a time of day, not a condition on anyone: a topic,
#: a speaker's story ("un orador hablará de su experiencia al dejar la buprenorfina",
#: "Tonight's topic: handling cravings while tapering off Suboxone"), or the clinic's hours
#: ("Methadone dosing ends at 10:30, so the lot empties out"). Such a sentence never defers
#: attending (`completion.defers_attending`, round 25). Folded text, any language.
COMPLETION_AS_TOPIC = re.compile(
    r"(?<![\w])(?:topics?|tema|themes?|thema|speakers?|orador\w*|intervenant\w*|sprecher\w*|"
    r"story|stories|historia|histoire|geschichte|experiencia|experience|erfahrung\w*|"
    r"worksheets?|handling|cravings|dosing (?:ends|stops)|\d{1,2}[:.h]\d\d|"
    r"\d{1,2} ?(?:am|pm))(?![\w])"
)


# --- a permission voted down: minutes that say "no" on a later line (`motions.py`) -------

#: A motion and its outcome on one line of minutes, across sentence ends ("Antrag:
#: Substituierte dürfen als Kassierer dienen. Abgelehnt 2:9."). Folded text.
MOTION_REJECTED = re.compile(
    r"(?<![\w])(?:motion|proposal|propuesta|mocion|proposition|antrag)\W"
    r"(?P<motion>[^\n]{0,200}?)"
    r"(?:failed|voted down|defeated|rejected|no prospero|rechazad[oa]|rejetee?|abgelehnt)"
    r"(?![\w])"
)
#: A cheap test before `MOTION_REJECTED`, on the unfolded text (speed only).
MOTION_WORDS = re.compile(r"motion|propos|propuesta|moci|antrag", re.IGNORECASE)
#: What makes the motion a permission: voting it down limits what it would have opened.
MOTION_PERMITS = re.compile(
    r"(?<![\w])(?:may|can|could|allow\w*|permit\w*|eligible|open to|be able to|let|pueden|"
    r"puedan|podran|permit\w*|abrir|peuvent|puissent|autoris\w*|ouvrir|durfen|darf|konnen|"
    r"kann|zulassen|zugelassen|offnen)(?![\w])"
)
#: A negated motion ("members on MAT may not chair") voted down opens the slot instead.
MOTION_NEGATED = re.compile(
    r"(?<![\w])(?:not|no|never|nicht|kein\w*|ne|pas|sin|sans|ohne|nunca|jamais|nie)(?![\w])|n't"
)
