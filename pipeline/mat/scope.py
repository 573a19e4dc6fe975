"""Scope as data: negation triggers, pseudo-negations, terminations, questions and answers.

This is the ConText/NegEx approach of clinical text processing (Chapman et al.; medspaCy's
`ConText`): a trigger word opens a scope that runs in its direction until a termination
word, a clause break or a word limit, and every policy cue inside the scope is flipped.
Pseudo-triggers look like negations but are not ("no matter", "whether or not") and are
blanked before triggers are searched. Every pattern works on folded text (lower case,
accents stripped, see `lexicon.fold`), and says which languages it serves.

Tables, not branches: add a word here, then run `pytest tests/test_mat*.py`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

Direction = Literal["forward", "backward", "bidirectional"]


@dataclass(frozen=True)
class ScopeEntry:
    """One row of a scope table: the words, their direction, and the languages served."""

    pattern: str
    direction: Direction
    langs: tuple[str, ...]
    note: str = ""


#: Words that negate what follows them (forward) in their clause.
NEGATION_TRIGGERS: tuple[ScopeEntry, ...] = (
    ScopeEntry(
        r"not|no|never|nobody|none|nothing|neither|nor|cannot|without|less than|"
        r"oppose[sd]?|reject[sd]?|disagree(?:s)? with|a myth that|"
        r"[a-z]+n't|dont|doesnt|isnt|arent|cant|wont|shouldnt",
        "forward", ("en",),
    ),
    # round 28, from blind102: "Nobody's sobriety gets an asterisk here - MAT or not"
    ScopeEntry(r"nobody's|no one's|no-one's|no one|no-one|at no point|in no way|"
               r"none of (?:us|our members|them)|not one of us",
               "forward", ("en",)),
    ScopeEntry(r"no|nunca|nadie|ningun[oa]?|ni|jamas|tampoco|en ningun momento|"
               r"ninguno de nosotros", "forward",
               ("es",)),
    ScopeEntry(r"ne|n'(?=[a-z])|pas|jamais|aucun[e]?|non|nul(?:le)?", "forward", ("fr",),
               "French 'ne ... pas': the 'ne' (or n') before the verb opens the scope"),
    ScopeEntry(r"nicht|kein(?:e|en|er|em|es)?|nie|niemals|niemand", "forward", ("de",)),
)  # fmt: skip

#: Phrases that contain a negation word but do not negate: blanked before the search.
PSEUDO_NEGATIONS: tuple[ScopeEntry, ...] = (
    # session 20, a newcomer's trial: a view reported as others', to its clause's end, is not
    # the group's ("Some people say MAT is 'trading one drug for another.' We don't believe
    # that here"): no limit read inside it
    # (session 21, a newcomer's trial: "Some old-timers used to say ... shouldn't share until
    # they're off it, but this group has never held that view")
    ScopeEntry(r"(?:some (?:people|folks|members|addicts|old-timers)(?: (?:of|in|at|from) "
               r"[\w' -]{1,30}?(?= (?:say|says|said|think|claim|claims|will|may|tell|talk)))?|"
               r"some of them|a few of them|some|others|people|you "
               r"(?:may|might|will|'ll|often) hear(?: (?:people|some|it))?) (?:used to |once |"
               r"would |sometimes |still |often |always |may |might |will )?(?:say|says|said|"
               r"think|thinks|claim|claims|will tell you|may tell you|tell you|"
               # session 24, from blind164: "Some old-timers still talk about 'real' clean
               # time but the GROUP voted ..."
               r"talk about|talks about|go on about|goes on about|talk of)(?: that)? "
               r"[^.;!?]{0,80}|you (?:may|might|will|'ll|often) hear(?: that)? [^.;!?]{0,80}|"
               # session 25, from blind181: a workshop's list of what members met elsewhere
               # ("listed some common issues: judgment and condescension, being ignored")
               r"(?:listed|named|identified|described) (?:some |the )?(?:common |main |usual )?"
               r"(?:issues|problems|barriers|challenges|experiences)[^.;!?]{0,160}|"
               # session 25, from blind183: a position some members took ("Algunos miembros
               # adoptaron la postura de que nadie debería tomar medicamento alguno")
               r"(?:have |has |had )?(?:taken|took|adopted) the (?:position|stance|view) that "
               r"[^.;!?]{0,80}|(?:adopt\w+|tom\w+) la (?:postura|posicion) de que [^.;!?]{0,80}|"
               # session 25, from blind181: "you may hear one of them say at some point
               # that ...", and what members were on the receiving end of elsewhere
               r"you (?:may|might|will|'ll|often) hear (?:one of them|someone|somebody|"
               r"people|an old-timer|old-timers|a member|members)(?: [\w']+){0,4}? (?:say|"
               r"says|claim|tell you)(?: that)? [^.;!?]{0,80}|(?:been |were |was )?on the "
               r"receiving end of [^.;!?]{0,120}|"
               # round 38, from blind150: an old text's words ("Old notes said 'methadone
               # users listen only' - that is NO LONGER the group conscience")
               r"(?:old|older|previous|former|earlier|outdated) (?:notes?|flyers?|formats?|"
               r"listings?|versions?|wording|literature|pamphlets?|signs?|scripts?)"
               r"(?: [\w'-]+){0,4}? (?:said|says|say|read|reads|used to say)[^.;!?]{0,80}",
               "bidirectional", ("en",), "a view reported as others'"),
    # session 25, from blind179: the reader's own fear, named to be answered ("Vielleicht
    # denkst du, dass du mit Methadon nicht willkommen bist ... Wir versichern dir: das ist
    # nicht der Fall")
    ScopeEntry(r"(?:you may|you might|maybe you|perhaps you|you probably) (?:think|believe|"
               r"fear|worry|have heard|assume)(?: that)? [^.;!?]{0,80}|"
               r"vielleicht (?:denkst|glaubst|meinst|furchtest) du,? (?:dass )?[^.;!?]{0,80}|"
               r"(?:denkst|glaubst) du vielleicht,? (?:dass )?[^.;!?]{0,80}|"
               r"(?:quizas|quiza|tal vez|a lo mejor) (?:pienses|piensas|creas|crees|temas|temes) "
               r"que [^.;!?]{0,80}|(?:peut-etre (?:que )?(?:tu penses|tu crois|vous pensez|"
               r"vous croyez)|tu (?:penses|crois) peut-etre|vous (?:pensez|croyez) peut-etre) "
               r"(?:que |qu')[^.;!?]{0,80}",
               "bidirectional", ("en", "es", "fr", "de"), "a view reported as others'"),
    # session 24, a newcomer's trial: what happens at other meetings ("At a lot of
    # meetings you get side-eye for being on methadone"), up to a contrast
    ScopeEntry(r"^\W*(?:at|in) (?:a lot of|lots of|many|most|plenty of|some|other|too many) "
               r"(?:other )?(?:meetings|rooms|groups)(?: (?:around|in|out) [\w ]{1,20}?)?,? "
               r"[^.;!?]{0,80}",
               "bidirectional", ("en",), "a view reported as others'"),
    # session 24, from blind164: how other meetings receive people on MAT ("Potential
    # members on MAT tend to get less than a warm welcome at meetings")
    ScopeEntry(r"(?:less than|anything but|far from|not always) (?:a |the )?(?:warm |friendly |"
               r"full |real )?welcome(?: (?:at|in) [\w' ]{0,30}?(?:meetings|rooms|groups))?",
               "bidirectional", ("en",), "a view reported as others'"),
    # round 38, from blind150: a telling nobody does ("No-one here will ... tell you your
    # clean time doesn't count"); session 24, from blind173: "Not a meeting where anyone's
    # going to tell you to get off your meds"
    ScopeEntry(r"not a (?:meeting|group|place|room) where (?:anyone|anybody|someone|people|"
               r"folks)(?:'s| is| are| will|'ll)? (?:going to |gonna )?(?:tell|ask|make|force|"
               r"push|pressure)[^.;!?]{0,80}|"
               # session 25, from blind185: "This is not a meeting where people on methadone
               # are asked to keep quiet, take a different chip, or step down from service"
               r"not a (?:meeting|group|place|room) where [^.;!?]{0,60}? (?:are|is|get|gets) "
               r"(?:asked|told|made|forced|pressured|expected) to[^.;!?]{0,100}|"
               r"(?:no-one|no one|nobody)(?: here)?(?: [\w',-]+){0,6}? or (?:will )?tell "
               r"(?:you|them|anyone)[^.;!?]{0,80}|"
               # round 39, from blind157: "We're not going to tell you your Buvidal jab isn't
               # recovery" (to a contrast: "..., but please ..." is the group's own)
               r"(?:we're|we are|we|nobody|no one|no-one)(?: here)? (?:(?:is|are|'re) )?(?:not "
               r"going to|won't|will not|will never|never|isn't going to|is never going to) "
               r"(?:tell|say to) (?:you|anyone|them)(?:(?! but )[^.;!?]){0,80}",
               "bidirectional", ("en",), "a telling nobody here does"),
    # session 24, from blind169: "las personas en metadona muchas veces no reciben una
    # cálida bienvenida en las reuniones"
    ScopeEntry(r"(?:reciben|recibe|encuentran|encuentra|tienen|tiene) (?:una )?(?:calida |buena "
               r"|verdadera )?bienvenida(?: en (?:las|otras|muchas|algunas) (?:reuniones|salas|"
               r"grupos))?",
               "bidirectional", ("es",), "a view reported as others'"),
    ScopeEntry(r"(?:hay quienes?|algunos(?: veteranos| companeros| miembros)?|algunas "
               r"personas|alguna gente|la gente|otros) (?:solian |solia )?(?:dice|dicen|decian|"
               r"decir|piensa|piensan|pensaban|pensar|cree|creen|creian|creer|opina|opinan|"
               # session 25, from blind183: "Algunos compañeros recuerdan que ..."
               r"recuerda|recuerdan|sostiene|sostienen|insiste|insisten|afirma|afirman) que "
               r"[^.;!?]{0,80}",
               "bidirectional", ("es",), "a view reported as others'"),
    ScopeEntry(r"no matter|not only|not just|whether or not|whether you are or not|or not|"
               r"with or without|on or off|not until|doesn'?t matter|does not matter|not (?:for|in|"
               r"at|"
               r"with) (?:[\w'-]+,? ){1,6}(?:or |nor )?"
               r"[\w'-]+ either|on (?:[\w§-]+ ){1,2}or off|"
               r"no distinction|makes? no difference|no difference|no problem|no worries|"
               r"no judge?ment|non-?judge?mental|"
               # session 24: those who never took it ("Members who've never taken a
               # maintenance med are equally welcome"): the welcome is not negated
               r"never(?:(?<=who never)|(?<=who've never)|(?<=who have never)|(?<=who had never)|"
               r"(?<=that never)|(?<=that have never)) (?:taken|used|been on|needed|tried)|"
               # session 24, from blind166: how members first came, not a condition ("no
               # todos llegamos limpios, algunos llegamos todavía consumiendo o con metadona")
               r"(?:not all of us|not everyone|not every one of us|no todos|no todas|pas tous|"
               r"nicht alle)(?: [\w']+){0,2}? (?:arrived|came|walked in|got here|llegamos|"
               r"llegaron|vinimos|sommes arrives|kamen)(?: [\w']+){0,2}? (?:clean|sober|limpi[oa]s|"
               r"clean|nuchtern)|(?:some of us|many of us|most of us|algun[oa]s|much[oa]s|"
               r"certains|manche)(?: de nosotros| d'entre nous| von uns)? (?:arrived|came|walked "
               r"in|got here|llegamos|vinimos|sommes arrives|kamen)(?: [\w']+){0,3}? (?:still "
               r"using|using|high|loaded|drunk|consumiendo|drogad[oa]s|borrach[oa]s|defonces|"
               r"drauf)|"
               # session 24, from blind168: "kein Ausschlussgrund - nicht fürs Teilen, nicht
               # für Dienste, nicht für die Cleanzeit": the negations list what it bars from
               r"(?:kein (?:ausschlussgrund|hindernis|hinderungsgrund)|(?:not|no|never) "
               r"an? (?:reason|barrier|bar|obstacle) to (?:exclude|keep)\w*(?: (?:anyone|you|"
               r"them|people))?|no es (?:motivo|razon|impedimento) (?:de exclusion|para excluir)"
               r")(?: [\w']+){0,2}?(?:\s*[-\u2013\u2014:,]\s*|\s+)(?:(?:nicht|not|nor|no|ni|"
               r"weder|noch) (?:furs|fur|for|from|para|beim|bei|zum|zur|in|en)(?: die| den| das| "
               r"der| the| el| la)? [\w-]+,?\s*)+|"
               # session 24, from blind175 and blind173: "There is absolutely no reason why
               # addicts shouldn't attend", "doesn't infer anyone isn't sober because ...", a
               # quoted view "you won't hear from this group", a list of slights and "none
               # of that for members on MAT"
               r"no reason (?:why )?(?:[\w']+ ){0,3}(?:shouldn't|should not|can't|cannot|"
               r"couldn't|mustn't)|(?:doesn't|does not|don't|do not|won't|will not|never) "
               r"(?:infer|assume|decide|say|think|believe|consider|judge|call|label)(?: that)? "
               r"(?:anyone|anybody|you|someone|people|members|they)(?:'re| are| is)? (?:isn't|"
               r"aren't|is not|are not|not|isnt|arent) (?:sober|clean)|"
               r"(?:\"[^\"]{3,80}\"|'[^']{3,80}')\s*[-\u2013\u2014:,]*\s*(?:you won't hear "
               r"(?:that|it)|you will not hear (?:that|it)|not (?:here|at this group|in this "
               r"group)|nobody here (?:says|will say) (?:that|it)|we don't say (?:that|it))|"
               r"(?:^|(?<=[.;!?] ))[^.;!?]{3,160}?\s[-\u2013\u2014:]+\s*none of (?:that|this|"
               r"those)(?= (?:for|here|at|in|is|happens|goes|flies)(?![\w'])|\s*[.,;!]|\s*$)|"
               # session 24, from blind167: "People on methadone/bupe welcome, no strings --
               # share, chair, sponsor"
               r"no strings(?: attached)?|no catch|no conditions|no ifs,? ands,? or buts|"
               # session 25, from blind181: "HOWEVER YOU GOT HERE: It doesn't matter..."
               r"however you (?:got|came|arrived)(?: here| in)?|no matter how you (?:got|came)"
               r"(?: here| in)?|"
               # session 25, from blind179: a denied equation ("Substitution heisst bei uns
               # nicht 'nicht clean'", "MAT doesn't mean 'not clean' here")
               r"(?:heisst|bedeutet|means?|significa|veut dire)(?: bei uns| hier| here| aqui| "
               r"ici)? (?:nicht|not|no|pas) \W{0,2}(?:nicht|not|no|pas) (?:clean|sober|limpio|"
               r"sobrio|abstinent)|(?:doesn't|does not|don't|do not) mean \W{0,2}(?:not|un)"
               r" ?(?:clean|sober)|"
               # session 25, from blind177: medication likened to abstinence ("a prescribed
               # regimen ... as crucial to their total recovery as is abstinence")
               r"as (?:crucial|important|essential|vital|necessary)(?: [\w']+){0,6}? as (?:is )?"
               r"abstinence|"
               # session 25, from blind179: a welcome's concession ("Du bist willkommen, auch
               # wenn du noch nicht clean bist oder substituiert wirst")
               r"(?:even if|even though|auch wenn|selbst wenn)(?: [\w']+){0,3}? (?:not|nicht) "
               r"(?:yet |noch |ganz |completely |quite )?(?:clean|sober|abstinent|nuchtern)|"
               # round 40, from blind163: "it's not our business and you're a full member"
               r"(?:it's|it is|that's|that is|its) (?:not|none of) (?:our|anybody's|anyone's|"
               r"the group's|my) business|"
               r"without judge?ment|without being judged|no questions asked|no shame|"
               r"no stigma|not alone|no longer alone|nothing to hide|"
               r"neither \w+ nor the (?:lack|absence) of it|(?:on )?nothing at all|"
               # round 38, from blind150: "chairing in no time like everybody else", "nothing's
               # off limits to you"
               r"in no time|nothing(?:'s| is) off[- ]limits?|"
               r"(?:but )?(?:you )?(?:don't|do not|dont|doesn't|does not) (?:have|need) to go "
               r"(?:there|elsewhere)|"
               r"§+ or no §+|(?:methadone|suboxone|meds|medication) or no (?:methadone|suboxone|"
               r"meds|medication)|"
               # round 37, from blind143 and blind147: "bupe or no bupe", "script or no
               # script", "People on methadone, bupe or no meds all participate fully"
               r"(?:bupe|subs|script|scripts|mat|moud|dose|meds|medication|§+) or no (?:bupe|subs|"
               r"script|scripts|mat|moud|dose|meds|medication|§+)|(?:, ?|or |on )no (?:meds|"
               r"medications?|medicine)(?: at all)?|"
               # round 30, from blind110: "But you don't need them to be welcome here" (them:
               # the MAT meetings of a list): nothing is needed, nothing denied
               r"(?:don't|do not|doesn't|does not|dont) need (?:them|it|that|those|one|any of "
               r"(?:that|those|them)|an? [\w§-]+ (?:meeting|group)) to (?:be|feel) welcome\w*|"
               r"(?:don't|do not|doesn't|does not|never) (?:make|draw) (?:any|a) "
               r"(?:distinction|difference)|(?:doesn't|don't|do not|does not|never) (?:have|"
               r"need) to "
               r"(?:hide|explain|justify)\w*|ain't no (?:difference|different|distinction)",
               "bidirectional", ("en",)),
    ScopeEntry(r"(?:can't|cannot|can not) give you (?:friends|community|fellowship|a home group)|"
               r"(?:nobody|no one) expects you to (?:talk|share|speak)[;,.]? (?:just )?listen|"
               r"(?:nobody|no one)(?: here)? (?:is going to|will) tell you (?:that )?you (?:don't|"
               r"do not) belong|"
               r"(?:those|people|anyone|folks) on no (?:medication|meds|medicine)(?: at all)?|"
               r"(?:please )?(?:don't|do not) share your screen(?: unless [\w' ]{0,30})?|"
               r"nothing is required of (?:you|anyone)|"
               # round 13: "doesn't disqualify you from anything: not sharing, not service, not
               # a chip" lists what is not taken away
               r"(?:from|de|en) (?:anything|nothing|rien|nada)(?: [\w ]{0,20}?)?\W+(?:(?:not|ni|"
               r"pas|"
               r"nicht) (?:a |an |the |your |de |du |la |el |un |una )?[\w-]+,? (?:(?:or|and|ni|et|"
               r"und|y) )?){0,5}(?:not|ni|pas|nicht) "
               r"(?:a |an |the |your |de |du |la |el |un |una )?[\w-]+|"
               # round 13: "welcome, as are people who are still using": others welcomed too
               r"as (?:are|is) (?:people|those|folks|anyone) (?:who are |who're )?still using|"
               # round 13: a newcomer's question about having to talk; a choice the group
               # does not enforce
               r"(?:do i|do we|do you|will i) (?:have|need) to (?:talk|share|speak)|tengo que "
               r"(?:hablar|compartir)|muss ich (?:etwas sagen|sprechen|teilen)|(?:dois-je|est-ce "
               r"que je dois) (?:parler|partager)|not an issue for (?:this|the|"
               r"our) group to enforce|"
               # round 14: abstinence as a goal either way, in French; treatment begun at any time
               r"du musst nichts sagen|wer nur zuhoren mochte|"
               r"ou si elle ne l'est pas|whether you started [\w ]{0,20} or [\w ]{0,20} ago|"
               # round 13: "an alternative to abstinence-only groups" names no limit here
               r"(?:an )?alternative to abstinence-only(?: [\w-]+){0,3}|"
               # round 13: the newcomer FAQ's "Do I have to talk? No, you can just listen"
               r"(?:no|nein|non|nope)\W+(?:puedes|podes|kannst du|du kannst|tu peux|vous pouvez|"
               r"you can|feel free to)(?: \w+)? (?:solo |solamente |nur |juste |simplement |just |"
               r"simply )?(?:escuchar|zuhoren|ecouter|listen)|zuhoren reicht(?: vollig| vollkommen|"
               r" "
               r"auch)?|(?:escuchar|listening|ecouter) (?:es suficiente|basta|is (?:fine|enough)|"
               r"suffit)|"
               r"participation is (?:always )?optional[^.;]{0,40}|"
               r"nobody will make you (?:talk|share|speak)|pass if you(?:'d| would) rather not "
               r"(?:read|share)|"
               r"a veces la gente llega a (?:na|aa)[\w ]{0,10} todavia consumiendo|"
               r"not for [\w§ ]{1,40}, not for (?:anybody|"
               r"anyone)(?: else)?|(?:nobody|no one)(?: here)? will ask you to (?:come off|stop|"
               r"give up|"
               r"taper)[^.;]{0,60}",
               "bidirectional", ("en",), "what medication cannot do: no limit on anyone"),
    # round 25: history, not policy: what was done to someone elsewhere or before ("Started
    # by friends of a member who got shamed out of the rooms over his Suboxone script"), and
    # what a workshop talked about ("our group talked about judgment, being ignored, and not
    # finding opportunities to serve")
    ScopeEntry(r"(?:who|that|when|after|because|since|after being|cuando|porque|als|weil|"
               r"parce qu'(?:il|elle)) (?:got|was|were|had been|fue|fueron|wurde|wurden|a ete|"
               r"ont ete) (?:\w+ly )?(?:shamed|kicked|thrown|run|turned|pushed|driven|chased|"
               r"told to leave|asked to leave|rechazad\w+|expulsad\w+|echad\w+|"
               r"rausgeworfen|abgewiesen|vire\w*|exclu\w*|rejete\w*)(?: (?:out|away))?"
               r"(?: of [\w ]{0,30})?|"
               r"(?:talked|spoke|hablaron|sprachen|on a parle|nous avons parle) "
               r"(?:about|de|uber) [^.;()]{0,160}",
               "bidirectional", ("en", "es", "fr", "de"),
               "a story of exclusion elsewhere or before, or a workshop's topics"),
    # round 30 (blind115): 'Not a "no MAT" meeting. Never was.'; "with no conditions on
    # sharing, service or clean time"
    ScopeEntry(r"not an? [\"']?no[- ](?:§+|mat|methadone|meds|medications?|suboxone|bupe)[\"']? "
               r"(?:meeting|group|zone|room)|(?:with )?no (?:extra |special |additional )?"
               r"(?:conditions?|strings)(?: attached)? (?:on|to|for)",
               "bidirectional", ("en",), "a ban or a condition denied"),
    # round 30 (blind107): the fellowship's caution, not this group's door: "NA approaches
    # recovery through abstinence, cautioning against the substitution of one drug for
    # another"
    ScopeEntry(r"caution(?:s|ing|ed)? against (?:the )?(?:substitut\w+|trad\w+|replac\w+) "
               r"(?:of )?one (?:drug|substance) (?:for|with) another",
               "bidirectional", ("en",), "a fellowship's caution, not a policy of the group"),
    # round 27 (blind100, from NA's own words): who comes, not who may: "Sometimes people
    # come to NA meetings while still using drugs, detoxing, or on drug replacement therapy"
    ScopeEntry(r"(?:sometimes |many |some )?(?:people|folks|addicts|members|newcomers) "
               r"(?:come|came|arrive|show up) (?:to (?:na |aa |ca |our |the )?meetings? )?"
               r"while [^.;]{0,120}|"
               r"a veces (?:la gente|las personas|algunos|los adictos) (?:llega|llegan|viene|"
               r"vienen) a (?:las )?reuniones mientras [^.;]{0,120}",
               "bidirectional", ("en", "es"), "who comes to meetings, not who may"),
    ScopeEntry(r"sin importar|no importa|sin juzgar|sin juicios?|sin distincion|no solo|o no|"
               r"no hacemos (?:ninguna )?(?:distincion|diferencia)|ninguna distincion|"
               r"no hay diferencia|"
               r"no hay problema|"
               r"no es (?:ningun )?problema|"
               r"nadie te va a obligar a (?:hablar|compartir)|"
               r"sea o no|sin estigma|sin verguenza|con o sin|tomes o no tomes|tomes o no|"
               r"tome o no|"
               r"no (?:se )?(?:hace\w*|hay|existe\w*|tiene\w*) (?:ninguna|ningun|"
               r"nada de) (?:distincion|"
               r"diferencia)|no (?:tiene|tienes|tienen) que (?:esconder|ocultar|explicar|"
               r"justificar)\w*",
               "bidirectional", ("es",)),
    ScopeEntry(r"peu importe|n'importe|sans jugement|sans juger|sans distinction|"
               r"non seulement|ou non|ou pas|avec ou sans|sans stigmat\w*|sans honte|"
               r"pas de (?:probleme|souci)|"
               r"aucune (?:difference|"
               r"distinction)|(?:ne fai\w+|n'y a) (?:aucune|pas de) (?:difference|distinction)|"
               r"pas de (?:difference|distinction)|"
               r"personne ne (?:t'|vous )obligera a parler|"
               r"n'a pas a (?:se )?(?:cacher|justifier|expliquer)|sans faire de (?:difference|"
               r"distinction)|"
               # round 40, from blind161: "la méthadone ne change rien à ta place dans le
               # cercle"
               r"ne changen?t? rien (?:a|au|aux)",
               "bidirectional", ("fr",)),
    ScopeEntry(r"egal ob|ob \w+ oder nicht|oder nicht|mit oder ohne|"
               r"ohne (?:zu )?(?:urteilen|bewerten|"
               r"vorurteile?|wertung)|nicht nur|unabhangig davon|ohne scham|ohne stigma|"
               r"keinen? unterschied|kein problem|(?:machen|macht|gibt es) (?:da |hier )?keinen? "
               r"unterschied|muss (?:es |sich )?nicht (?:verstecken|rechtfertigen|erklaren)|"
               r"(?:weder|noch) (?:beim|bei der|bei den|im|in der)|wird nicht unterschieden|"
               r"(?:unterscheiden|unterscheidet) (?:wir )?nicht|kein unterschied zwischen",
               "bidirectional", ("de",)),
    # round 29, from blind105: "Esto no es una reunión libre de medicación ni una sala de
    # espera hasta que dejes la metadona": no waiting room, so no wait until anything
    ScopeEntry(r"(?:not|nor|no es|ni|n'est pas|kein|keine) (?:a |una |un |une |ein |eine )?"
               r"(?:waiting room|sala de espera|salle d'attente|wartezimmer|wartesaal|"
               r"warteraum)(?:,? (?:until|till|hasta que|jusqu'a ce que|bis)"
               r"(?: [\w'§-]+){1,6})?",
               "bidirectional", ("en", "es", "fr", "de")),
    # round 29, from blind105: "No es que no puedas venir si estás con metadona: claro que
    # puedes": a negated denial, read as neither
    ScopeEntry(r"no es que no|it's not that (?:you|they) (?:can't|cannot)|it is not that "
               r"(?:you|they) (?:can't|cannot)|ce n'est pas que (?:tu|vous|ils) ne|"
               r"nicht,? dass (?:du|ihr|sie) nicht",
               "bidirectional", ("es", "en", "fr", "de")),
)  # fmt: skip

#: Words that end a negation scope and start a new clause. Direction "backward" means
#: the clause they open limits the clause before it ("you may share, as long as ...").
TERMINATIONS: tuple[ScopeEntry, ...] = (
    ScopeEntry(r"but|however|although|though|yet|whereas|while|and we|and there|so|in order to|"
               r"so that",
               "forward", ("en",)),
    ScopeEntry(r"as long as|provided(?: that)?|until|till|except|unless|only if|only when|"
               r"only after|only once|once", "backward", ("en",),
               "a condition: what follows limits the permission before it"),
    ScopeEntry(r"pero|sin embargo|aunque|mientras|para (?:ser|pertenecer|formar parte)",
               "forward", ("es",)),
    # round 33, from blind114: a new subject after "and" ends a negated subject's reach:
    # "Nadie es rechazado por estar en tratamiento de mantenimiento y todos pueden compartir"
    ScopeEntry(r"(?:y|and|et|und)(?= (?:todos|todas|everyone|everybody|all of us|tous|tout le "
               r"monde|alle) (?:pueden|podemos|can|may|get|gets|peuvent|konnen|durfen))",
               "forward", ("es", "en", "fr", "de")),
    ScopeEntry(r"siempre (?:y )?que|hasta que|excepto|salvo|a menos que|solo si|solo cuando",
               "backward", ("es",)),
    ScopeEntry(r"mais|cependant|toutefois|bien que|alors que|pour (?:etre|appartenir|faire partie)",
               "forward", ("fr",)),
    ScopeEntry(r"tant que|pourvu que|jusqu'a ce que|jusqu'a|sauf|a moins que|seulement si",
               "backward", ("fr",)),
    ScopeEntry(r"aber|jedoch|allerdings|obwohl|wahrend", "forward", ("de",)),
    ScopeEntry(r"solange|sofern|bis|au(?:ss|ß)er|es sei denn|nur wenn|nur falls", "backward",
               ("de",)),
)  # fmt: skip

#: Words that open an answer to the question just before them.
ANSWER_YES = (
    r"no hay problema|no problem|no worries|pas de (?:probleme|souci)|kein problem|"
    r"(?:it )?doesn'?t matter|no importa|da igual|peu importe|egal|"
    r"yes|yep|yeah|absolutely|of course|sure|certainly|definitely|si|claro|por supuesto|"
    r"oui|bien sur|evidemment|ja|naturlich|selbstverstandlich|klar|welcome|bienvenid[oa]s?|"
    r"bienvenue?s?|willkommen|adelante|come on in|non-issue|not an issue|no issue|kein thema|"
    r"not a problem|come as you are|no pasa nada|ven como eres|viens comme tu es|"
    r"pull up a chair|grab a (?:seat|chair|coffee)|(?:have|take) a seat|prends une chaise|"
    r"nimm dir einen stuhl|sientate|pasa(?:le)?|jump in|(?:you're|you are) exactly who|your seat|"
    r"komm,? wie du bist|"
    r"never a problem|nunca (?:es )?(?:un )?problema|jamais un probleme|nie ein problem|"
    r"same as (?:everyone|everybody|anyone)(?: else)?|igual que (?:todos|cualquiera)|"
    r"comme tout le monde|wie alle(?: anderen)?|"
    # round 17: "Is there anyone here on MAT who's wondering if they belong? You do."
    r"you do|you belong|(?:you|they) do belong|perteneces|tu fais partie|du gehorst dazu|"
    # round 33, from blind113: "Not sure if you're 'allowed' here on Sublocade or methadone?
    # You are."
    r"(?:yes,? )?(?:you|they) (?:sure |absolutely |certainly )?(?:are|can|may)(?=[\s.!]*$)|"
    # round 36, from blind140: "On MAT? So are a couple of our trusted servants."
    r"so (?:are|is|am|were|was)(?= (?:we|i|a|some|many|several|half|most|lots|plenty|our|"
    r"\d))"
)
ANSWER_NO = (
    # round 33, from blind114: "¿Coordinar o ser RSG? Eso no, hasta que termines"
    r"eso no|eso tampoco|esto no|that,? no|not that|ca non|das nicht|"
    # session 24, from blind166: "¿Recibo llavero? No mientras estés en el programa";
    # "Do I get a keytag? Not while you're on it"
    r"not (?:while|until|till|as long as)(?= )|(?:not yet|todavia no|aun no|pas encore|noch "
    r"nicht)(?=\W*$)|"
    r"no|nope|non|nein|not (?:here|with us|at (?:this|our) (?:group|meeting)|in (?:this|our) "
    r"(?:group|meeting))|aqui no|en este grupo no|pas ici|pas chez nous|nicht hier|nicht bei uns"
)
#: How a written answer may open: "A: Of course." "R : Oui."
ANSWER_LABEL = r"(?:a|r|answer|respuesta|reponse|antwort)\s*:\s*"
#: A sentence that opens like a question states no policy, even without its "?":
#: "Topic: should people on MAT share". Imperatives ("Do not share") are not questions.
#: A wh-word opens a question only after "Topic:" ("When it comes to sharing, we ask..." is
#: a statement).
QUESTION_START = (
    r"^\W*(?:(?:topic|discussion|question|tonight'?s topic|this week'?s topic|tema|sujet|"
    r"thema)\W+(?:what|how|why|when|who|whether)|(?:(?:topic|discussion|question|tonight'?s "
    r"topic|this week'?s topic|tema|sujet|thema)\W+)?(?:is|are|should|can|could|does|do|was|"
    r"were|will|would|wondering|est-ce))(?!n't|\s+not\b|not\b)\b"
)
#: Discussion topics and sentences that are about MAT as a subject, not a policy.
TOPIC_START = (
    r"^\W*(?:topic|tonight'?s topic|this week'?s topic|discussion|tema|sujet|thema)\W|"
    r"^\W*(?:this|next|the) (?:month|week)'?s? topics?\W|^\W*topics?\W|^\W*temas? del (?:mes|dia|"
    r"semana)\W|^\W*(?:les )?(?:sujets?|themes?) du (?:mois|jour)\W|^\W*themen? (?:des|im) "
    r"monats?\W|"
    r"questions? (?:about|on|as to) (?:whether|if)|preguntas? (?:sobre|de) si|"
    r"questions? (?:sur|de savoir) si|fragen? (?:dazu|daruber)?,? ob|"
    r"^\W*(?:it's|it is|this is|that's) a (?:question|topic|subject|issue|conversation)|"
    r"(?:hosts?|holds?|organi[sz]es?|presents?) an? (?:[\w§-]+ ){0,4}(?:workshop|seminar|panel|"
    r"forum|"
    r"training)|"
    r"^\W*(?:es|c'est) une? (?:conversacion|conversation|tema|sujet)|"
    # session 24, from blind167: fellowship literature read at the meeting, announced
    # ("Tonight's reading from In Times of Illness: ...", "Lectura del mes: Boletín Nº 29")
    r"^\W*(?:(?:tonight'?s|today'?s|this (?:week|month)'?s|the) )?readings?(?: (?:from|of) "
    r"[^:.;]{1,60})?\s*:|^\W*lecturas?(?: del (?:mes|dia|semana))?\s*:|^\W*lecture du "
    r"(?:mois|jour)\s*:"
)
#: An answer after a dash or colon, in a list of answers to the question before ("MAT
#: friendly? Yes and no. Attend, share, hang out - yes. Keytags - no."; round 36, from
#: blind140): it continues the question's subject, and `frame.read_field` reads a "yes" as
#: the question answered yes, a "no" by the cues or else as the slots it names held back.
DASH_ANSWER = re.compile(
    r"^(?P<asked>[^.?!]{1,80}?)(?: ?[-:]+) ?(?:(?P<yes>yes|si|oui|ja)|no|non|nein)\W*$"
)
#: "Yes and no" answers neither way, and continues the question's subject (round 36).
_YES_AND_NO = r"\W*(?:yes|si|oui|ja),? (?:and|or|y|o|et|ou|und|oder) (?:no|non|nein)(?![\w'])"
#: A sentence that continues the one before it, so it inherits its subject: a contrast
#: word first, or (for pro-drop Spanish, French and German modals) a bare modal verb.
CONTINUES = (
    r"^\W*(?:but|however|though|yet|still|also|and|pero|sin embargo|aunque|tambien|mais|"
    r"cependant|toutefois|aussi|aber|jedoch|allerdings|auch|share|serve|join|come|celebrate|"
    r"comparte|ven|unete|partage|viens|venez|teile|komm|vuelve|regresa|reviens|revenez|"
    r"come back)(?![\w'])|"
    # round 17: "Folks on MAT: the MARA group is the meeting for you. This one is abstinence
    # only."
    r"^\W*(?:this one|this meeting|this group|ours|esta reunion|este grupo|la nuestra|"
    r"celle-ci|ce groupe|cette reunion|dieses meeting|diese gruppe|unsere gruppe)(?= is | es | "
    r"est | ist )|^\W*(?:[\w']+\W+)?"
    r"(?:no |ne |n')?(?:pueden|deben|podran|peuvent|doivent|durfen|konnen|mussen|sollen)(?![\w'])|"
    # round 33, from blind114: a second person denied ("Sí, puedes compartir si estás en
    # suboxone. No, no puedes coordinar."); a bare "Puedes ..." may be anyone's
    r"^\W*(?:[\w']+\W+)?(?:no |ne |n')(?:puedes|podes|podras|debes|peux|pourras|dois)(?![\w'])|"
    # round 36, from blind140: a list of answers after the question ("MAT friendly? Yes and
    # no. Attend, share, hang out - yes. Keytags - no.")
    rf"{DASH_ANSWER.pattern}|^{_YES_AND_NO}\W*$"
)
#: How many words a forward negation reaches (NegEx uses five; one more for "may not be").
MAX_SCOPE_WORDS = 6
#: A negated subject ("Nobody", "Niemand", "Nadie", "Personne") negates its whole clause,
#: however long: "Niemand wird hier wegen Methadon schief angeschaut oder ausgeschlossen".
SUBJECT_NEGATION = re.compile(
    r"(?:nobody(?:'s)?|no one(?:'s)?|no-one(?:'s)?|nadie|personne|niemand|at no point|in no way|"
    r"en ningun momento|"
    r"none of (?:us|our members|them)|not one of us|ninguno de nosotros|aucun d'entre nous|"
    r"nothing|ningun compa\w*|niemanden|niemandem|"
    # session 24, from blind166: "ningún adicto en tratamiento con metadona o buprenorfina
    # se queda fuera"; "no member on MAT is ..."
    r"ningun[oa]? (?:adict[oa]|miembro|persona|integrante|companer[oa])|aucun(?:e)? "
    r"(?:membre|dependant|personne)|kein(?:e)? (?:mitglied|suchtige[rn]?|mensch)|"
    r"no (?:member|addict|person|one of (?:us|them))(?= )|"
    # round 30, from blind115: "There is no rule in this group that people on maintenance
    # meds must listen only", 'this group has no "clean time doesn't count on bupe" rule'
    r"no (?:such )?rules?(?= (?:in|at|for|that|saying|says))|no [\"'][^\"']{1,80}[\"'] rules?|"
    r"keiner von uns|(?:never|don't|do not|dont) let (?:anyone|anybody)|no dejes que nadie|"
    r"ne laisse(?:z)? personne|lass dir von niemandem)(?![\w'])"
)
SUBJECT_SCOPE_WORDS = 16
#: Negations that continue the one before them ("ni ... ni", "neither ... nor").
_CARRIED_NEGATION = frozenset({"ni", "nor", "noch", "neither", "tampoco"})


def _alternatives(entries: tuple[ScopeEntry, ...]) -> str:
    return "|".join(f"(?:{e.pattern})" for e in entries)


#: Never a hyphen prefix: "non-patients", "no-shows" negate nothing (round 15).
NEGATION = re.compile(rf"(?<![\w'])(?:{_alternatives(NEGATION_TRIGGERS)})(?:(?<=')|(?![\w'-]))")
PSEUDO = re.compile(rf"(?<![\w'])(?:{_alternatives(PSEUDO_NEGATIONS)})(?![\w'])")
#: The views reported as others' among the pseudo-negations: neither a limit nor a
#: permission is read inside one ("Some old-timers still say people on methadone shouldn't
#: share" permits nothing; session 24)
_REPORTED_NOTE = "a view reported as others'"
_REPORTED = tuple(e for e in PSEUDO_NEGATIONS if e.note == _REPORTED_NOTE)
REPORTED_VIEW = re.compile(rf"(?<![\w'])(?:{_alternatives(_REPORTED)})(?![\w'])")
#: Where a reported view gives way to the group's own words ("..., but the group voted:")
REPORTED_VIEW_ENDS = re.compile(
    r"(?<![\w'])(?:but|however|yet|though|pero|sin embargo|mais|cependant|aber|jedoch)(?![\w'])|"
    r":|\s[-\u2013\u2014]+\s"
)


#: The group rejecting the view it reports, in the same sentence: what the view denies,
#: the group allows ("..., but this group has never held that view").
VIEW_REJECTED = re.compile(
    r"never (?:held|shared|agreed with) (?:that|this|those) (?:view|opinion|belief)s?|"
    r"(?:don't|do not|doesn't|does not) (?:believe|agree with|hold|buy) (?:that|this|it|any of)|"
    r"(?:we|the group|this group) disagrees?|(?:voted|decided) (?:otherwise|differently)|"
    r"(?:isn't|is not|that's not|that is not) (?:true|so|the case|how we)|"
    r"no (?:es asi|es cierto|pensamos asi|estamos de acuerdo)|ce n'est pas (?:vrai|le cas)|"
    r"(?:das )?stimmt (?:so )?nicht"
)


def reported_views(scan: str) -> list[tuple[int, int]]:
    """The spans of views reported as others' in a folded sentence, each cut at the first
    contrast or colon after its opening; none where the sentence goes on to reject them
    (there the negation inside the view is dropped, as for any pseudo-negation)."""
    spans = []
    for match in REPORTED_VIEW.finditer(scan):
        start, end = match.span()
        cut = REPORTED_VIEW_ENDS.search(scan, start + 1, end)
        stop = cut.start() if cut else end
        if VIEW_REJECTED.search(scan, stop) is None:
            spans.append((start, stop))
    return spans


_FORWARD = tuple(e for e in TERMINATIONS if e.direction == "forward")
_BACKWARD = tuple(e for e in TERMINATIONS if e.direction == "backward")
#: Clause breaks: punctuation, dashes, and every termination word.
CLAUSE_BREAK = re.compile(
    # an opening quote after "a", "an", "the" or "no" is inside the clause (rounds 30-31:
    # 'This isn't a "listen only" meeting', 'this group has no "clean time doesn't count
    # on bupe" rule')
    r"[,;:()]|(?<!\sa\s)(?<!\san\s)(?<!the\s)(?<!\sno\s)\"|\s[-]+\s|"
    rf"(?<![\w'])(?:{_alternatives(TERMINATIONS)})(?![\w'])"
)
CONDITION = re.compile(rf"(?<![\w'])(?:{_alternatives(_BACKWARD)})(?![\w'])")
ANSWER = re.compile(
    # "MAT friendly? Yes and no." answers neither way (round 36, from blind140)
    rf"^(?!{_YES_AND_NO})"
    rf"\W*(?:{ANSWER_LABEL})?(?:(?P<yes>{ANSWER_YES})|(?P<no>{ANSWER_NO}))(?![\w'])"
)
QUESTION = re.compile(QUESTION_START)
#: A sentence that opens by refuting the one before (round 29, from blind105: "Pensamos
#: que, si estábamos en metadona, no éramos bienvenidos. No es así: …"): what the refuted
#: sentence denies is the belief the listing sets out to correct.
REFUTED = re.compile(
    r"^\W*(?:no es (?:asi|cierto|verdad)|eso no es (?:asi|cierto|verdad)|(?:that's|that is|"
    r"it's|it is) not (?:so|true|the case)|not so|(?:that|this) (?:isn't|is not) (?:so|true|"
    r"the case)|wrong|c'est faux|ce n'est pas (?:vrai|le cas)|(?:das )?stimmt (?:so )?nicht|"
    r"falsch|"
    # round 33, from blind112 and blind113: "Those of us on medication have often felt judged
    # and treated like we didn't belong in NA. Not at this group: ..."
    r"not (?:at|in) (?:this|our) (?:group|meeting|room|home group)(?=\s*(?::|-))|"
    # round 37, from blind147: "... treated as if they don't belong in NA. Not here: members
    # on methadone share, chair and collect keyrings like anyone"
    r"(?:not here|aqui no|pas ici|nicht hier|not with us)(?=\s*(?::|-))|"
    # round 33, from blind114: "Antes este grupo no dejaba compartir a los de metadona. Eso
    # cambió: ... ahora comparten, sirven y reciben llaveros como todos"
    r"(?:eso|esto|todo eso|that|this|all that|cela|ca|das|dies) (?:cambio|ha cambiado|"
    r"changed|has changed|a change|hat sich geandert)(?=\s*(?::|-|\.|,|$))|"
    # round 30, from blind115: "Area policy (2009) says members on DRT shouldn't hold service
    # positions. But each group is autonomous, and in 2023 our group voted not to follow that"
    r"but each group is autonomous(?=[^.;]{0,60}(?:not to follow|voted not|decided not))|"
    # round 35 (session 21, from blind139): "Yes, area literature says drug replacement isn't
    # clean time. This group voted otherwise: members on Suboxone/methadone share ..."
    # session 24, a newcomer's trial: "El grupo no está de acuerdo: todos pueden compartir"
    r"(?:el grupo|nosotros|nuestro grupo|the group|this group|our group|we|die gruppe|wir|le "
    r"groupe|nous) (?:no esta de acuerdo|no estamos de acuerdo|disagrees?|(?:doesn't|does not|"
    r"don't|do not) agree|sieht das anders|sehen das anders|n'est pas d'accord|ne sommes pas "
    r"d'accord)|"
    r"(?:(?:this|our) (?:home )?group|we|the group(?: conscience)?) (?:voted|decided|chose|"
    r"sees it) (?:otherwise|differently)|(?:este|nuestro) grupo (?:voto|decidio) (?:lo "
    r"contrario|otra cosa|distinto)|"
    # round 39 (a newcomer's trial): "The poster by the door says MAT members can't do
    # service. It's out of date - the group voted it down in 2023"
    r"(?:it's|it is|that's|that is|this is|(?:the|that|this) (?:poster|flyer|sign|rule|"
    r"format|note) is) (?:out of date|outdated|obsolete|no longer (?:true|valid|in force|"
    r"our policy|the case))|(?:eso|esto) (?:ya no (?:vale|aplica|es asi)|esta desactualizado))"
    r"(?![\w'])"
)
#: A segment after ";" that opens on a bare modal (Spanish, French, German drop the
#: subject): "...a quienes siguen un tratamiento; aquí pueden compartir" speaks of them.
PRO_DROP = re.compile(
    r"^\W*(?:(?:aqui|aca|ici|hier|tambien|aussi|auch|alli)\W+)?(?:pueden|podran|peuvent|"
    r"pourront|durfen|konnen)(?![\w'])"
)
TOPIC = re.compile(TOPIC_START)
CONTINUATION = re.compile(CONTINUES)
#: A question or a personal view reported inside a sentence: a topic, not a policy.
REPORTED_QUESTION = re.compile(
    TOPIC_START[TOPIC_START.index("|questions") + 1 :]
    + r"|(?:will )?discuss(?:es|ing)? (?:whether|if)|discutira si|discutera (?:de savoir )?si|"
    r"diskutier\w*,? ob|(?:han|ha|have|has) (?:preguntado|asked) (?:si|whether|if)|"
    r"(?<!nadie se le )(?<!nadie se les )(?<!nunca se le )(?<!nadie te )(?<!nadie le )"
    r"(?<!nadie les )(?<!nunca te )preguntan? si|(?:ont|a) demande si|"
    r"(?:someone|somebody|a member|members|people|folks|"
    r"newcomers) (?:has |have )?asked (?:us )?(?:at [\w ]{0,40} )?(?:whether|if)|"
    # session 24, from blind167: "People keep asking if Sublocade/Suboxone folks can share
    # here - group has not taken a conscience on it yet"
    r"ask(?:ing|s)?(?:(?<=keep asking)|(?<=kept asking)|(?<=keeps asking)|(?<=often ask)|"
    r"(?<=often asks)|(?<=always ask)|(?<=always asks)|(?<=sometimes ask)|(?<=frequently ask)|"
    r"(?<=regularly ask)) (?:us |me )?(?:whether|if)|asked(?<=get asked) (?:whether|if)|"
    # session 24, from blind167: "Our group is still talking through what that means for
    # members on MAT who want to chair"
    # (not where a rule holds meanwhile: "still deciding whether members on maintenance
    # can be GSR - until then please don't volunteer")
    r"(?:(?:talking|working|thinking|sorting) (?:through|out)|discussing|deciding|figuring "
    r"out) (?:what|whether|if|how)(?![^.;!?]*(?:until then|"
    r"till then|in the meantime|for now|meanwhile|hasta entonces|mientras tanto|en attendant|"
    r"bis dahin))|"
    r"to ask (?:us )?"
    r"(?:whether|if)|alguien pregunt\w* si|"
    r"quelqu'un a demande si|jemand hat gefragt,? ob|(?:haben|hat) gefragt,? ob|"
    # round 39, from blind157: "if you're wondering whether your ORT meds affect your clean
    # date, or whether you can share, grab one of us"
    # (a question put as one, "Wondering if you can come while on Suboxone? Yes.", is not)
    r"if (?:you're|you are|youre|anyone is|anyone's) wondering (?:about )?(?:whether|if)|"
    r"si te (?:preguntas|estas preguntando) si|si (?:tu te demandes|vous vous demandez) si|"
    r"(?:wenn|falls) (?:du dich fragst|sie sich fragen),? ob"
    + r"|(?:a member|a speaker|speaker|she|he) (?:shares?|talks?|tells?|explains?) "
    r"(?:that|about|her|his|how|why)|(?:un miembro|una miembro|el orador) (?:comparte|cuenta)"
)
_WORD = re.compile(r"[\w'§]+")


def blank_pseudo(text: str) -> str:
    """Same-length copy with pseudo-negations blanked, so no trigger is found inside them."""
    return blank_spans(text, [m.span() for m in PSEUDO.finditer(text)])


def blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """`blank_pseudo` from spans already found by `PSEUDO.finditer`, for a caller that needs
    the spans too: a sentence is searched for pseudo-negations once (speed only)."""
    if not spans:
        return text
    parts: list[str] = []
    last = 0
    for start, end in spans:
        parts.append(text[last:start])
        parts.append(" " * (end - start))
        last = end
    parts.append(text[last:])
    return "".join(parts)


def clause_start(text: str, position: int) -> int:
    """Where the clause holding `position` starts (0 when nothing breaks it)."""
    start = 0
    # the whole text, not up to `position`: a break may look ahead ("y todos pueden")
    for brk in CLAUSE_BREAK.finditer(text):
        if brk.end() > position:
            break
        start = brk.end()
    return start


#: English auxiliaries before a cue's own "not" (`negated`).
_AUXILIARY = re.compile(
    r"(?:does|do|did|is|are|was|were|will|would|can|could|has|have|had|should|may|must)\s+"
)


def negated(
    text: str,
    cue_start: int,
    cue_end: int,
    *,
    inside: bool,
    max_words: int = MAX_SCOPE_WORDS,
    subjects: bool = True,
) -> bool:
    """A forward trigger in the cue's clause, at most MAX_SCOPE_WORDS words before the
    cue (or inside its span when `inside`: "may not share"), and no termination between.

    `text` is a sentence with pseudo-negations already blanked. Without `subjects`, a
    negated subject before the cue is not its negation (`Cue.in_subject`).
    """
    start = clause_start(text, cue_start)
    if not inside and SUBJECT_NEGATION.match(text, cue_start):
        return False  # "... et personne ne te mettra à l'écart": its own negated statement
    own = NEGATION.match(text, cue_start) if not inside else None
    if own is None and not inside:
        # "…does not reset clean time and does not limit service": a cue that opens on an
        # auxiliary and its own "not" holds its own negation, as one opening on "not" does
        # (round 21); the earlier clause's "not" is spent on the earlier verb
        aux = _AUXILIARY.match(text, cue_start)
        own = NEGATION.match(text, aux.end()) if aux else None
    if own is not None:
        # "nadie pierde la palabra": the cue is its own negated statement; "ni"/"nor" carry
        # the negation before them rather than undoing it; only a negated subject before a
        # cue's "not" takes it back ("No one is told they're 'not clean'")
        if SUBJECT_NEGATION.match(text, cue_start) or own.group(0) in _CARRIED_NEGATION:
            return False
        before = NEGATION.finditer(text, start, cue_start)
        return any(SUBJECT_NEGATION.match(text, t.start()) for t in before)
    end = cue_end if inside else cue_start
    for trigger in NEGATION.finditer(text, start, end):
        words_between = len(_WORD.findall(text, trigger.end(), cue_start))
        subject = SUBJECT_NEGATION.match(text, trigger.start())
        if subject and not subjects:
            continue
        reach = SUBJECT_SCOPE_WORDS if subject else max_words
        if trigger.start() >= cue_start or words_between <= reach:
            return True
    return False
