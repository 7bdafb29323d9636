"""Rule-based "who said what" extraction: direct quotes and reported speech with their speakers.

Forms read (each has an exact-value test in tests/test_quotes.py):

- speech verbs with quotes or a (that-)clause, in any tense: "X said (that) ...", "X says ...",
  "X is saying ...", "..., X said Tuesday", '"...," said X of the Council on ...', "X told
  reporters/<outlet> ...", "X announced/claimed/argued/admitted/denied that ...", "X wrote on
  Twitter that ...", "X tweeted, "..."", "X said in an interview with Y that ...";
- other cues: "according to X", passive "was disclosed by X", endorsement and object verbs
  ("X endorsed Y", "X urged ...", "X called it ..."), participles (", saying ...");
- speakers: people ([title/role] Name, "Trump attorney Alan Garten", "Name, who ..., said",
  "role, Name, said"), organisations (role "organisation": "The Trump campaign", "NATO",
  "Priorities USA, the super PAC, says", "it said"), plural groups (role "group": "Critics",
  "Democrats in the legislature"); "he/she", "the senator", "the spokesman", "the campaign",
  "the group" resolve to the nearest compatible speaker named before;
- quotes that run over several sentences or paragraphs, and quote-only sentences or
  paragraphs continuing the last speaker;
- headlines, titles, bylines and datelines are never speakers and never searched for names;
- unnamed sources: "a person familiar with the talks said", "two diplomats briefed on the
  negotiations said", "according to three people briefed on the audit", '"...," a senior official
  said', "said a captain who has fished the bay since 1988". The speaker is the description
  as the article writes it, lower-cased and without a relative clause ("a captain"), with the role
  "unnamed source", so a who-said answer reads "a person familiar with the talks (unnamed
  source)" rather than naming nobody or guessing. "The person said", "the officials",
  "one of them" refer back to it. A described source named a little later ("The captain, Gus
  Ramberg, said") takes that name;
  so do a pronoun whose antecedent is a role named later ("The minister, Hedda Sorlie, ..."),
  an organisation described first ("The steelworkers' union ... The union, the Varn
  Federation of Metalworkers, ..."; "The company that runs the ferry said ... Coastline
  Ferries said ...") and a group that "calls itself" a name;
- described groups ("A coalition of fishermen sued ..., saying ...", role "group"), "her/his
  campaign" ("<Surname> campaign", the person named first in that sentence or the one
  before), "the (school) system", "the state energy board", "a study by X found", a lawsuit
  arguing for its plaintiff, and a second source in the same sentence ("X said A, and three
  dock workers said B");
- fourth round: "she said" right after an unnamed source is that source (a pronoun skips a
  speaker the text shows is of the other gender), "They said" after plural sources; records
  speak as written ("court records show", "according to state figures", role "records");
  a document's author speaks ("a poll released by X found", "a filing by the association
  says", "It also found"), and a new document nobody wrote is its description ("an internal
  review has found"); "economists at X estimated" is X; "lawyers for X"; city and county
  offices; "said A, but urged B" / "though he conceded that B" are two statements, and a
  quotation after a comma ends the paraphrase; '"?" X asked' stays one sentence; a company
  named before is "Corvane said"; a lawyer for an appositive client is named later; a legal
  document speaks for who filed it ("X sued ... The suit says"); "said the operator, Doreen
  Mabry, 54", "said Acme's lawyer, Jane Roe", "a retired nurse named X"; a writer's gloss
  (", a move that ...", ", though it did not find ...") ends the statement; a pronoun prefers
  the subject of the sentence before.
- seventh round (general forms found by probing variations, each kept only if no seen set got
  worse): "he/she" after a scene-setting sentence ("In the ... neighborhood, Jane Roe sat")
  or a list ("including Jane Roe"), and a never-quoted person of that gender named just before;
  gender from common given names; a surname two people share is the one named first; "one of
  the diplomats" is the plural source quoted before; a definite description ("the retiree",
  "the 72-year-old") is the person introduced by it; a lede's "the governor announced" is the
  person named next with that title; speech verbs in every finite form, that-only verbs
  ("agreed that"), addressee verbs ("assured residents that", "told the board the ...");
  colon-introduced quotes ('X put it bluntly: "..."'), "As X put it, "...""; unnamed sources
  by a person noun's ending ("a teenager at the rally", "two dockworkers"), without a number
  ("Officials familiar with the plan"), "another official"; "police"; staff "at"/"with" a
  named organisation and "<Org> officials" speak for it (the phrase kept as an alias);
  "the company" for a company named but not yet quoted; "a statement from X said"; a cue that
  is the subject's second verb ("declined to comment but said"); titles before a known given
  name ("Pastor Ruth Okafor"); "according to a statement from X" (X), "according to a memo
  obtained by <outlet>" (the memo); "with X calling it "..."", "released an ad that calls
  ..."; a tag ending in a colon hands the next quotation paragraph to its speaker; "pointed
  to <evidence>", "asked X about Y", "said so", "said little" are no statements.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Literal

from rapidfuzz.distance import Levenshtein

from rag.dates import MONTHS
from rag.text import ABBREVIATIONS, STOPWORDS, content_words, sentences, split_paragraphs
from rag.types import Attribution

__all__ = ["extract_attributions", "resolve_speaker", "same_person"]


def _words(s: str) -> frozenset[str]:
    """A word list written as one string."""
    return frozenset(s.split())


# Verbs whose complement is the statement itself: "said (that) ...", "added, "..."".
SAY_VERBS = _words(
    """said says say stated states told tells added adds noted notes remarked remarks
    elaborated explained explains argued argues claimed claims warned warns insisted insists
    concluded concludes emphasized emphasised emphasizes emphasises stressed stresses
    estimated estimates predicted predicts acknowledged acknowledges admitted admits
    confirmed confirms suggested suggests replied responded countered continued declared
    observed commented recalled wrote writes believes believed maintained maintains
    conceded cautioned disclosed revealed announced reported asked asks tweeted tweets
    posted asserted asserts alleged alleges contended contends testified testifies
    complained complains boasted boasts thinks think hopes fears expects shouted yelled
    joked quipped recounted whispered pleaded doubts doubted suspects suspected
    believe argue warn claim estimate predict contend insist acknowledge allege maintain
    fear hope expect doubt suspect"""
)


def _inflect(lemmas: str) -> frozenset[str]:
    """Third-person and past forms of regular verbs ("recall" -> "recalls", "recalled")."""
    out: set[str] = set()
    for v in lemmas.split():
        if v.endswith("e"):
            out |= {v + "s", v + "d"}
        elif v.endswith("y") and v[-2] not in "aeiou":
            out |= {v[:-1] + "ies", v[:-1] + "ied"}
        elif v.endswith(("sh", "ch", "s", "x")):
            out |= {v + "es", v + "ed"}
        else:
            out |= {v + "s", v + "ed"}
    return frozenset(out)


# Speech verbs in every finite form, so a tense the lists above miss ('"...," she recalls')
# is still a cue.
SPEECH_LEMMAS = """reply respond continue declare observe comment recall concede caution answer
    reiterate remark elaborate explain complain boast testify assert recount whisper shout yell
    plead exclaim retort interject muse joke"""
SAY_VERBS = SAY_VERBS | _inflect(SPEECH_LEMMAS) | _words("quips quipped")
# Plural present forms of object verbs ("Supporters point out that ...", "Critics oppose it").
PLURAL_OBJECT_VERBS = _words(
    "point urge accuse reject deny condemn dismiss defend praise endorse oppose demand"
)
# Beliefs that need "that": "Economists agree that ...", "Farm groups worry that ...".
BELIEF_THAT = _words("agree agrees agreed worry worries worried counter counters")
# Plural present forms, a cue only for the subject's own verb.
BARE_SAY = (
    _words(
        """believe argue warn claim estimate predict contend insist acknowledge allege maintain
    fear hope expect agree worry counter doubt suspect"""
    )
    | PLURAL_OBJECT_VERBS
)
SAY_VERBS = SAY_VERBS | BELIEF_THAT
# Manner-of-speech verbs that report only a quotation ('"Get out!" she shouted').
QUOTE_ONLY = (
    _words("shouted yelled joked quipped recounted whispered pleaded")
    | _inflect("shout yell joke recount whisper plead exclaim retort interject muse")
    | _words("quips")
)
# Verbs whose object is the (paraphrased) statement: "expressed his discontent ...".
OBJECT_VERBS = (
    _words(
        """expressed expresses urged urges criticised criticized criticises criticizes welcomed
    welcomes accused accuses disputed disputes rejected rejects denied denies pointed points
    called calls described describes praised praises condemned condemns dismissed dismisses
    defended defends blamed blames questioned questions highlighted highlights unveiled
    proposed proposes pledged pledges promised promises vowed vows demanded demands
    announced announces credited credits hailed hails cited cites endorsed endorses
    introduced introduces sponsored sponsors opposed opposes supported supports backed backs
    recommended recommends requested requests attributed attributes rated rates blame
    threatened threatens pushed wants"""
    )
    | PLURAL_OBJECT_VERBS
)
# Object verbs that only report speech when followed by a that-clause (else: an outlet's byline).
# Verbs that take an addressee before their that-clause, like "told" ("assured residents that").
TELL_VERBS = _inflect("inform assure remind notify advise")
# Verbs that report speech only with a that-clause ("agreed that ...", not "agreed to terms").
THAT_VERBS = _inflect("agree indicate signal mention project speculate repeat hint") | _words(
    "signalled signalling"
)
THAT_ONLY = frozenset({"reported", "disclosed", "revealed"}) | THAT_VERBS | TELL_VERBS | BELIEF_THAT
SAY_VERBS = SAY_VERBS | THAT_VERBS | TELL_VERBS
PASSIVE_CUES = _words("disclosed announced revealed reported confirmed stated")
# Words between a subject and its cue verb that do not break the attribution.
ADVERBS = _words(
    """also later previously further again then repeatedly publicly separately earlier once
    has had have would will quickly immediately however subsequently firmly long largely
    generally widely mostly broadly privately openly strongly still himself herself itself
    themselves"""
)
# Right after a cue these start a circumstance, not the reported content.
PREPOSITIONS = _words(
    """on in at during after before by to from with when while late earlier yesterday today
    last this outside inside near for as via through amid following"""
)
# Object verbs whose statement is a to-infinitive ("vowed to fight the measure").
INFINITIVE_CUES = _words("vowed vows pledged pledges promised promises threatened threatens")
# After a cue these introduce the statement itself ("urged caution regarding ...").
PARTICLES = frozenset({"regarding", "concerning"})
# Cues of written statements: a memo, a post, a letter.
WRITING_CUES = _words("wrote writes posted posts tweeted tweets")
# Prepositions that some object verbs take before their statement ("pointed to ...").
VERB_PARTICLES = {
    "to": ("point", "refer", "object", "appeal"),
    "for": ("call", "appeal", "push", "ask"),
    "out": ("point",),
    "of": ("warn",),
    "about": ("warn",),
    "against": ("warn", "caution"),
    "at": ("hint",),
    "on": ("call",),
}
# Sentence-initial capitalised words that are never part of a name.
CAP_STOP = _words(
    """the a an this that these those it he she they we i you his her their our its my
    according earlier however meanwhile later then also but and yet still now today yesterday
    on in at when while after before as if since although though separately similarly
    moreover furthermore instead finally last next speaking asked for with from by of to
    most many some others both few all several
    monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december no not"""
)
DETERMINERS = frozenset({"the", "a", "an"})
# First words of organisations' names that are no one's given name ("National Registry of
# Exonerations", "Federal Bureau of Prisons").
ORG_OPENERS = _words(
    "national federal american international united central royal global world tournament"
)
ORG_CONNECTORS = frozenset({"of", "for", "to", "on", "and", "the", "del"})
# Plural nouns that name a group speaking ("Critics said", "Environmental groups warned").
GROUP_NOUNS = _words(
    """officials analysts critics experts economists residents farmers advocates groups police
    opponents supporters democrats republicans lawmakers legislators parents teachers workers
    retailers applicants environmentalists activists protesters scientists researchers doctors
    nurses regulators observers voters leaders organizers organisers forecasters unions
    providers growers owners executives diplomats aides economists investors airlines
    companies employers landlords tenants physicians officers authorities prosecutors
    investigators governors mayors senators ministers riders businesses families commuters
    shoppers students drivers patients customers homeowners merchants lawyers attorneys
    fishermen neighbors neighbours consumers economists allies backers donors campaigns pilots
    engineers historians officers sheriffs clerks boards agencies witnesses staff candidates
    holdouts watchdogs judges"""
)
# Endings of plural nouns for people and institutions ("delegates", "scholars", "hospitals").
AGENT_PLURALS = (
    "ers",
    "ors",
    "ists",
    "ants",
    "ents",
    "ians",
    "ates",
    "ees",
    "ics",
    "ars",
    "ides",
    "itals",
    "cians",
    "ives",
)
# What "her group" / "his union" may stand for: the body the person was named as leading.
MEMBER_BODIES = _words("group organization organisation union coalition nonprofit association firm")
# Lower-case descriptions a name follows directly ("the price-tracking service Pumpwatch").
DESCRIBED_BODIES = _words(
    "service firm group company tracker website publication nonprofit pollster database network"
)
# Bodies that a story names with "called" ("a super PAC called Ledgewood Action").
NAMED_BODIES = _words("pac committee company firm organization organisation nonprofit coalition")
# A local unit through which an organisation speaks ("the Marrow chapter of the ...").
UNIT_NOUNS = _words("chapter branch affiliate affiliates chapters")
# Cues by which a crowd only reacts: no statement of its own from an unlisted plural.
REACTION_CUES = _words(
    """welcomed welcome welcomes praised praise praises hailed hail hails cheered cheer
    applauded applaud condemned condemn criticized criticised criticize criticise described
    describe"""
)
# Nouns that let "a" head a plural ("a few analysts", "a number of critics").
GAUGE_NOUNS = _words("few lot number couple handful dozen majority minority group score host")
# Experts speaking for their employer: "economists at the Bank of Orland estimated".
EMPLOYEE_NOUNS = _words("economists analysts researchers scientists experts staff")
# Plural quantifiers dropped from a group's name ("Some residents said" -> "residents").
DROPPED_QUANTIFIERS = _words("some many several")
QUANTIFIERS = frozenset({"some", "many", "other", "several", "most", "few", "both"})
# Bare head nouns that stand for the organisation quoted last ("The group says ...").
# "Columbus-area", "Denver-based": a place name made into a describing word.
_PLACE_ADJ = re.compile(r"[A-Z][\w.]*-(?:area|based|born|raised|bred)$")
GENERIC_ORGS = _words("group organization organisation company firm coalition agency system")
PRONOUNS = frozenset({"he", "she"})
# Words of a name, title or description that tell "she" from "he".
FEMALE_WORDS = _words(
    """she woman women mother wife daughter sister grandmother aunt spokeswoman chairwoman
    councilwoman congresswoman assemblywoman businesswoman ms mrs madam lady girl"""
)
MALE_WORDS = _words(
    """he man men father husband son brother grandfather uncle spokesman chairman councilman
    congressman assemblyman businessman mr sir gentleman boy"""
)
# Common given names whose bearer the text will call "he" or "she" (names used for both,
# like Dana or Jordan, are in neither list): a pronoun skips a person of the other gender.
MALE_NAMES = _words(
    """aaron adam adrian ahmed alan albert alexander alfred ali andrew angus anthony antonio
    arthur august augustin augustus barry ben benedikt benjamin bernard bill bob brad bradley
    brandon brian bruce caleb callum calvin carl carlos casimir charles chris christopher
    clarence claude clifford clyde colin conrad craig curtis dale damon daniel darius darnell
    darren dave david dean dennis derek desmond devin dmitri dominic donald douglas duncan
    dwayne dwight earl edgar edmund eduardo edward edwin eli elias elijah elliot emil emmett
    eric erik ernest ethan eugene evan evander ezra felix ferdinand francis francisco frank
    franklin fred frederick gabriel gareth garrett garrick gary geoffrey george gerald gilbert
    glenn gordon graham grant gregory gus hank hans harold harry harvey hector helmut henrik
    henry herbert horace howard hugh hugo ian ignatius isaac ivan jack jacob jake jamal james
    jared jason javier jeffrey jeremy jerome jerry jim joe joel john jonah jonas jonathan
    jorge jose joseph joshua josiah juan julian julius justin karl keith ken kenneth kevin kurt
    lance larry lawrence leo leon leonard leopold lionel lorenzo louis luca lucas luis luke
    lyle lyndon malcolm manuel marcus mario mark martin marvin matthew maurice max michael
    miguel miles mohammed muhammad nathan nathaniel neil nicholas nigel noah norman oliver omar
    oscar otto owen patrick paul pedro percy peter phil philip phillip rafael rahul rajiv ralph
    randall ray raymond reginald richard rick robert roberto rodney rodrigo roger roland rolf
    ronald roy ruben rudolph russell ryan samuel scott sean sergei seth silas simeon simon
    stanley stephen steven stuart ted terrence theo theodore thomas timothy tobias todd tom
    tomas tomasz tony travis trent trevor tyler victor vincent vernon wade walt walter warren
    wayne wendell wesley wilfred william willis yusuf zachary kenny danny johnny tommy jimmy
    bobby billy joey ricky randy andy benny eddie freddie frankie terry wally buddy mike matt
    nick steve dan don ron sam pete tim ernie marty vince
    hamish ernesto lysander barnabas bartholomew cornelius cosmo cyrus erasmus ezekiel gideon
    horatio jeremiah lazarus lucian lucius magnus mortimer octavian osgood percival peregrine
    quentin rufus septimus thaddeus ulysses virgil wilbur ambrose alistair aldous archibald
    barnaby basil benedict bertram cassius cedric clement crispin cuthbert ellis fergus
    florian gerard godfrey gregor humphrey inigo isidore lancelot laurence lorcan malachy
    marius maximilian neville niall oswald piers roderick rupert sebastian solomon stanislaus
    sylvester tristan winston xavier zachariah caspar dietrich gunther jurgen klaus lars leif
    nils olaf sven torsten ulrich wolfgang anselm thorvald soren mikkel rasmus bjorn aurelio
    emilio esteban fausto gonzalo ignacio joaquin marcelo mateo nicolas ramon alonso armando
    arturo cesar diego enrique felipe fernando guillermo hernando julio raul sergio aleksander
    bogdan dariusz jerzy kazimierz piotr stanislaw wojciech zbigniew andrei boris fyodor
    grigori igor mikhail nikolai pavel vladimir yuri declan eamon fintan kieran oisin padraig
    ronan seamus cormac brendan aidan ciaran ruairi ewan fraser lachlan murdo torquil"""
)
FEMALE_NAMES = _words(
    """abigail ada adelaide adele agnes alice alicia alison amanda amara amelia amy ana anita
    ann anna anne annelise annette annika antonia april audrey barbara beatrice beatrix beatriz
    bernadette bernice beth bettina betty beverly brenda bridget camille candace carla carmen
    carol caroline carolyn cassandra catherine cecilia celia charlotte cheryl christina
    christine clara claudette claudia colleen constance consuelo corinne cynthia daisy
    danielle daphne deborah delphine denise diana diane dolores donna doreen doris dorothy edith
    eileen elaine eleanor elena eliza elizabeth ella ellen eloise emily emma erica esther
    eugenia eva evelyn farah felicia fiona florence frances francine gail gemma geraldine
    gertrude gloria grace greta gretchen gwen gwendolyn hannah harriet hazel heather helen
    helena hilda hortensia ilse imelda inez ingrid irene iris isabel jacqueline jane janelle
    janet janice jasmine jean jennifer jessica jill joan joanna josephine joyce judith judy
    julia julie karen katherine kathleen kathryn kendra kristen laura lauren leah lena leonora
    lidia lillian linda lisa lise loretta lorna lorraine louise lucia lucille lucinda lucy
    luanne lydia mabel madeline mara marcy margaret margarita marguerite maria maribel marie
    marilyn marion marisa marisol marjorie marsha martha mary maude maya megan melanie melissa
    meredith michelle mildred milena miriam molly monica nadia nadine nancy naomi natalie nina
    nora olivia ottilie patrice patricia paula paulette pauline peggy penelope philippa phyllis
    priya rachel rebecca regina renata renee rhonda rita roberta rosa rosalie rosalind rose
    ruth sabrina sally samantha sandra sarah sharon sheila shirley simone sofia sonia sophia
    stella susan suzanne sylvia tamara teresa theresa tia valentina valeria vanessa vera
    veronica victoria violet virginia vivian wanda wendy wilhelmina yasmin yolanda yvette
    yvonne zoe patty cathy debbie sandy katie kelly jenny becky vicky penny tammy darlene norma
    peg kate liz meg sue pam deb tina
    juliet juliette hildegard winifred dorothea cecily henrietta mireille evangeline georgiana
    celestine cordelia yesenia edna imogen imogene philomena millicent rosamund ottoline
    honoria honora araminta clementine lavinia letitia matilda mathilda octavia ophelia
    perpetua rowena seraphina sybil theodora ursula bertha blanche clarissa cressida delia
    drusilla eudora euphemia fenella genevieve griselda hester isadora isolde jemima leontyne
    lilian lorelei louisa magdalena marcella maxine minerva myrtle nell nellie odette phoebe
    portia rosemary sabine selina serena tabitha thomasina viola vivienne wilma zelda agatha
    adeline alma althea annabel arabella bianca celeste dulcie edwina elspeth esme estelle
    ethel eunice flora frederica gwendolen hattie ida ines irma isabella jocelyn leila lenore
    lettie lilith lottie lucretia margery marian mathilde maud melisande meryl minnie mirabel
    muriel noreen odile perdita rhoda roxanne sadie sylvie tilda trudy valerie velma winnie
    araceli marisela guadalupe esperanza ximena paloma catalina graciela soledad rocio pilar
    ingeborg astrid sigrid solveig liesl birgit dagny elke frieda gudrun heidi helga hedda
    hedwig katrin kerstin marit ragnhild ulrike agnieszka bozena danuta halina jadwiga zofia
    irina ludmila natasha olga svetlana tatiana yelena anouk brigitte colette giselle
    lucienne margot solange aoife siobhan niamh saoirse maeve sinead deirdre orla"""
)
# Capitalised words before a name that are titles, not given names.
TITLES = _words(
    """president vice prime minister general major lieutenant colonel captain admiral sergeant
    mayor councillor councilor senator governor professor prof prof. dr dr. mr mr. mrs mrs.
    ms ms. judge justice ambassador secretary chancellor commissioner director chief deputy
    sheriff inspector superintendent rep rep. sen sen. gov gov. gen gen. maj maj. col col.
    lt lt. capt capt. king queen prince princess pope bishop speaker chairman chairwoman
    spokesman spokeswoman spokesperson commander marshal councilman councilwoman councilmember
    assemblyman assemblywoman assemblymember supervisor clerk auditor treasurer comptroller
    leader whip chairwoman rev rev. father sister democrat republican independent
    judge-executive
    sgt sgt. cpl cpl. corporal det det. detective officer trooper insp insp.
    supt supt. cmdr cmdr. adm adm. atty atty. fr fr. msgr msgr. pvt pvt. spc spc.
    trustee alderman alderwoman selectman selectwoman freeholder regent administrator provost
    dean del del. delegate pastor rabbi imam reverend pro tempore tem counsel principal coach
    firefighter paramedic ranger keeper zookeeper councilmen councilwomen aldermen selectmen
    assemblymen assemblywomen recorder assessor coroner legislator registrar controller
    constable chair"""
)
# Capitalised words that open a title rather than a name ("State Auditor", "City Clerk",
# "Senate Majority Leader"): a title when a name follows.
TITLE_MODIFIERS = _words(
    """state city county senate house majority minority assistant acting former federal
    district associate executive interim freshman sophomore junior senior"""
)
# Honorifics carry no role information.
HONORIFICS = frozenset({"dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "sir"})
# Heads of a public body's name: what "the agency" can stand for.
PUBLIC_HEADS = _words(
    "authority department commission administration bureau board service agency office"
)
# Services named by two lower-case words ("the Korrendal coast guard"); "guard" alone is
# a player ("Star guard Ana Ruiz").
SERVICE_HEADS = frozenset({"coast guard", "national guard", "border patrol", "highway patrol"})
# Head nouns that make a noun phrase an organization rather than a person.
ORG_HEADS = _words(
    """ministry department agency council committee union alliance authority chamber
    government office commission police army navy military bank company group association
    institute university hospital court parliament assembly administration bureau board
    service services federation brotherhood foundation party embassy pentagon kremlin cabinet
    secretariat corporation firm organisation organization coalition network league society trust
    consultancy campaign pac caucus newspaper magazine times post journal tribune herald
    institution center centre fund inc corp ltd airline airlines senate congress house
    press agency ministry regulator watchdog project order reserve together forward system
    laboratory lab clearinghouse ledger gazette courier wire chronicle inquirer globe news
    district delegation club team unit franchise college port zoo museum aquarium library
    sanctuary refuge airport clinic school academy radio lottery fair guild poll conference forum
    division action diocese archdiocese parish congregation synagogue
    patrol shelter academies rescue cooperative tribe band"""
)
# Last words of company names ("St. Brendan Health", "Conway Energy"): organisations that
# "the company" may stand for.
COMPANY_HEADS = _words(
    """health energy services steel ferries railway railroad freight logistics analytics builders paper
    foods motors pharmaceuticals partners capital holdings systems technologies media shipping
    mining oil gas power insurance construction works industries solutions brands farms
    electric chemical chemicals software markets transport plan coatings marine aerospace
    airways apparel biotech dairy entertainment labs materials medical pharma plastics
    properties realty resources robotics studios telecom textiles therapeutics ventures
    wireless consulate coal lumber timber cement corp inc ltd llc plc co confections
    homes fisheries bakery bakeries brewing brewery outfitters stores
    supply manufacturing packaging products distributors trucking cruises hotels resorts
    restaurants financial securities investments communications pharmacy laboratories
    research strategies lodge infrastructure nutrition economics advisors associates
    polymers biosciences sciences devices instruments semiconductors dynamics automotive
    aviation petroleum refining utilities bancorp mutual diagnostics drug drugs meats rail
    poultry produce seafood beverages airlines renewables solar healthcare networks aggregates
    quarries towing"""
)
# (Bodies' own heads, before companies' last words join them: "Congress" speaks alone.)
_BODY_NAMES = ORG_HEADS
ORG_HEADS = ORG_HEADS | COMPANY_HEADS
# Speakers that are not people get this role, so that answers and exports can tell them apart.
ORG_ROLE = "organisation"
# ... and groups of people ("Critics", "county officials") this one.
GROUP_ROLE = "group"
ROLES = {"org": ORG_ROLE, "group": GROUP_ROLE, "unnamed": "unnamed source", "records": "records"}
# Words right after a cue that date it ("said Tuesday that ..."); never part of the content.
TIME_WORDS = _words(
    """monday tuesday wednesday thursday friday saturday sunday yesterday today tonight
    night morning afternoon evening"""
)
# Words of a bare time phrase after a cue ("said a week earlier"): no statement.
TIME_PHRASE = TIME_WORDS | _words(
    "a an the one two three week weeks month months year years day days earlier later ago last "
    "before previously recently then"
)
# Progressive cues ("is saying", "is claiming that").
PROGRESSIVE_CUES = frozenset({"saying", "claiming", "arguing", "insisting", "warning", "telling"})
# Beliefs told as a state of mind: "X is confident that ...", "she was convinced the ...".
BELIEF_ADJECTIVES = _words(
    """confident convinced optimistic skeptical sceptical certain hopeful worried concerned
    doubtful adamant"""
)
# Owners, besides the bodies ORG_HEADS names, whose officer speaks for them rather than as an
# office of its own ("the plant's owner", "the family's lawyer").
_OWNING = frozenset({"plant", "family"})
# Campaign verbs in the progressive, read as their past ("is urging" as "urged").
PROGRESSIVE_OBJECTS = {"urging": "urged", "pushing": "pushed", "pressing": "urged"}
# Objects that tell no statement: "is urging them not to", "pushing the other way".
_NO_CAMPAIGN = re.compile(
    r"(?:them|him|her|us|me|you|it)(?:\s+not\b.*)?|the\s+other\s+way\b.*|\S+(?:\s+\S+)?"
)
# Auxiliaries of a progressive cue ("is saying").
PROGRESSIVE = frozenset({"is", "are", "was", "were", "been", "keeps", "kept"})
# Role nouns that a later "the senator" / "the spokesman" may stand for, with their
# abbreviated titles.
ROLE_ABBREVIATIONS = {
    "senator": "sen.",
    "representative": "rep.",
    "congressman": "rep.",
    "congresswoman": "rep.",
    "governor": "gov.",
}
# Nouns that make a phrase before a name a role ("ministry spokesman Jeon Ha-kyou").
ROLE_NOUNS = _words(
    """minister spokesman spokeswoman spokesperson director executive analyst secretary officer
    chief head president general mayor councillor councilor professor epidemiologist economist
    expert leader chairman chairwoman chair commander official adviser advisor researcher
    scientist lawyer attorney judge manager founder ceo coordinator editor correspondent
    ambassador envoy governor senator lawmaker member representative deputy resident
    spokespeople negotiator organiser organizer activist doctor nurse engineer meteorologist
    advocate librarian fisherman parent resident strategist consultant pollster economist
    historian physician surgeon teacher architect prosecutor investigator owner master
    captain pilot driver farmer student worker novelist columnist author writer poet artist
    musician singer actor actress journalist reporter photographer chef dentist pharmacist
    therapist coach goalkeeper midfielder defenseman defender striker quarterback
    pitcher referee umpire trainer congressman congresswoman moderator waitress waiter
    bartender cashier barber baker butcher mechanic electrician plumber carpenter janitor
    custodian rancher beekeeper shopkeeper lineman welder machinist trucker archivist curator
    chaplain warden dispatcher planner ombudsman veterinarian forecaster hydrologist
    geologist biologist ecologist toxicologist paramedic firefighter mother wife husband daughter
    son widow widower grandmother grandfather aunt uncle stepmother stepfather challenger
    incumbent volunteer landowner homeowner educator retiree renter tenant grower"""
)
# Plural heads that name a speaking group when qualified ("the festival's organisers").
GROUP_HEADS = _words("organisers organizers officials authorities police prosecutors investigators")
# Document nouns: "according to the agency's weekly bulletin" is the agency speaking.
DOCUMENT_NOUNS = _words(
    """report reports bulletin statement data figures estimates assessment analysis survey
    estimate forecast projections count tally documents website average procedures guidelines rules policy handbook manual log update guidance code dashboard"""
)
# Documents and the verbs that say who made them: "a letter Bluecrest sent to members".
LETTER_NOUNS = _words("letter letters notice notices memo memos filing filings statement")
MADE_VERBS = _words(
    "sent filed made released issued published submitted wrote posted mailed gave prepared presented"
)
# ... and, between a document and its maker, the verbs of making it for someone ("a report
# the guild commissioned", "figures the union compiled", "a report that X produced").
MAKER_VERBS = MADE_VERBS | _words("commissioned conducted provided compiled produced releases")
# Documents that speak for their authors: "The report found ...", "according to the audit".
DOC_SUBJECTS = _words(
    """report audit study review survey analysis assessment poll lawsuit filing complaint suit
    motion petition letter memo statement notice ruling summary estimate projection note
    investigation evaluation check forecast outlook opinion testimony"""
)
# ... and as a sentence's subject ("the inspection found"; not "inspection records").
SUBJECT_DOCS = DOC_SUBJECTS | {"inspection", "tally", "count", "projections", "estimates"}
# "X said in a statement. ..., the statement said": the statement is X's.
ISSUED_IN = re.compile(
    r"\b[Ii]n\s+(?:(?:a|an|its|his|her|their)\s+(?:[\w\-]+\s+){0,2}?(statement|notice|letter|memo)"
    # ("said in written testimony that ...": the testimony is the body's.)
    r"|(?:(?:a|an|its|his|her|their)\s+)?(?:written\s+|sworn\s+|prepared\s+)?(testimony))\b"
)
IRREGULAR_PARTICIPLES = _words("made shown seen taken given sent kept put out done")
NUMBER_WORDS = _words(
    """two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty
    twenty-two dozens hundreds"""
)
# Last words of a newspaper's name ("the Sentinel" for "the Bayou Crescent Sentinel").
OUTLET_WORDS = _words(
    """sentinel tribune herald gazette ledger post times journal courier record observer
    harbinger dispatch inquirer chronicle globe register bulletin examiner monitor"""
)
# Documents whose maker is a pollster or a research body.
POLL_NOUNS = frozenset({"poll", "survey", "study", "analysis"})
# Participles of passing a document on, not making it ("data cited by the company").
PASSED_ON = _words("cited provided quoted shared obtained reviewed supplied contacted interviewed")
# Records that speak for nobody named: "court records show", "according to state figures".
# Their speaker is the phrase as written ("campaign finance records"), with this role.
RECORD_NOUNS = _words(
    """records data figures statistics documents filings findings papers results returns tallies
    reports forms disclosures totals logs counts surveys studies"""
)
RECORD_ROLE = "records"
# Court filings speak for whoever filed them, not for the author of the last report.
LEGAL_DOCS = _words("lawsuit filing complaint suit motion petition")
# Cues that only documents (or organisations, with "that") use: "The audit found that ...".
FIND_VERBS = _words("found finds showed shows show suggest")
# Subjects of a passive disclosure that point back to the previous sentence.
ANAPHORS = frozenset({"this", "these", "that", "those", "it", "such"})
# Words that open a subordinate clause, so no noun phrase runs back over them.
SUBORDINATORS = _words("since because after before while until although though unless once whether")
# Who a speaker "told" before the statement itself.
AUDIENCES = _words(
    """reporters journalists lawmakers senators investors supporters members colleagues jurors
    voters residents parents employees workers shareholders students listeners viewers me us
    him them"""
)
# Participles that hand over from a paraphrase to a direct quote: ", stating, "..."".
HANDOVER = _words("stating saying adding noting explaining insisting warning declaring")
# Participles that give the subject's reason or claim after its action ("..., citing costs").
PARTICIPLES = HANDOVER | _words(
    "arguing citing finding ruling concluding alleging claiming predicting acknowledging conceding"
    # "signed the suspension, calling it "a little breathing room"": the quotation.
    " calling"
)
# Bodies that rule and find: "A federal jury ... ruled, finding that ...".
TRIBUNALS = frozenset({"jury", "court"})
# "a study commissioned by the district": who paid for a document did not write it.
COMMISSION_VERBS = frozenset({"commissioned", "ordered", "requested", "kept", "paid"})
# Verbs of a ruling, and the words that make a subject a court.
RULE_VERBS = frozenset({"ruled", "rules", "held", "holds"})
TRIBUNAL_WORDS = frozenset(
    {"jury", "court", "judge", "judges", "justice", "justices", "panel", "majority", "tribunal"}
)
# Cues that may follow the statement and precede the speaker: "The cost will rise, said Jeon."
INVERTIBLE = _words(
    """said says added adds noted notes explained wrote writes warned argued insisted
    acknowledged conceded stated recalled observed continued cautioned"""
)
# Institutions a bare "the X" names even when the article never spells them out.
BARE_ORGS = _words("administration government county city state")
# The cue a participle stands for when it carries a statement of its own.
PARTICIPLE_CUES = {
    "noting": "noted",
    "adding": "added",
    "arguing": "argued",
    "citing": "cited",
    "saying": "said",
    "warning": "warned",
    "insisting": "insisted",
    "stating": "stated",
    "explaining": "explained",
    "declaring": "declared",
    "finding": "found",
    "ruling": "ruled",
    "concluding": "concluded",
    "alleging": "alleged",
    "claiming": "claimed",
    "predicting": "predicted",
    "acknowledging": "acknowledged",
    "conceding": "conceded",
    "calling": "called",
}
# Unquoted reported content needs this many content words to stand beside its quoted fragments.
MIN_REPORTED_WORDS = 5
# Asides between a subject and its cue ("Advocates, for their part, say").
ASIDES = frozenset(
    {
        "for their part",
        "for his part",
        "for her part",
        "for its part",
        "meanwhile",
        "however",
        "in turn",
        "too",
        "though",
        "in response",
        "for now",
        "so far",
        # ("Rydecker's political team, I'm told, believes ...": the writer's sourcing.)
        "i'm told",
        "i am told",
        "we're told",
        "we are told",
    }
)
# ... or fewer with a finite verb of its own ('he was "stunned" by the veto').
SUBJECT_STARTS = _words("he she it they we i the his her its their our")
PRONOUN_SUBJECTS = _words("he she they we i")
FINITE = _words("was were is are had has have would will could can did does should might must")
# A quote-only sentence continues the previous speaker when quotes cover this share of it.
FOLLOW_ON_SHARE = 0.5
# A quote-only paragraph continues the previous paragraph's speaker at this share.
FOLLOW_ON_PARAGRAPH = 0.8
# Pronoun subjects resolve to a person attributed at most this many paragraphs earlier.
PRONOUN_REACH = 3
# "The union said" resolves to an organisation quoted at most this many paragraphs earlier
# (or to the only one that fits).
ALIAS_REACH = 4
# Adjectives that say which of a source's documents, not whose: "a preliminary OSHA report".
WHICH_DOCUMENT = _words("latest newest recent new preliminary final internal draft annual updated")
# A union is often named an association or a local.
UNION_HEADS = _words("union association federation local guild brotherhood lodge")
# Words a union's own name holds ("Spokane Patrol Officers' Lodge", "United Metal Workers").
UNION_NAME_WORDS = UNION_HEADS | _words(
    "workers teamsters lodge employees officers nurses teachers educators council fraternal order"
)
# Unnamed sources ("a person familiar with the talks said", "two diplomats said") are speakers
# too: the description the article gives them is their name, with this role, so that who-said
# answers name them honestly instead of nobody.
UNNAMED_ROLE = ROLES["unnamed"]
# Words that open an unnamed source's description.
UNNAMED_DETS = _words("a an one two three four five six several another")
# Determiners of one unnamed source ("a nurse", "another official"), not of several.
SINGULAR_DETS = _words("a an one another")
# Nouns that stand for a person, or people, the article does not name.
UNNAMED_HEADS = _words(
    """person people official officials source sources diplomat diplomats aide aides
    spokesman spokeswoman spokesperson lawyer lawyers attorney attorneys executive executives
    employee employees member members adviser advisers advisor advisors analyst analysts
    negotiator negotiators donor donors nurse nurses doctor doctors officer officers worker
    families
    workers resident residents woman women man men mother father teacher teachers captain
    operator operators broker brokers staffer staffers investigator investigators neighbor
    neighbour witness witnesses driver drivers owner owners manager managers
    observer strategist organizer organiser volunteer volunteers firefighter firefighters
    operative operatives
    student parent supporter delegate clerk clerks inspector inspectors ally allies
    veterans victim victims citizen citizens athlete athletes fan fans candidate candidates
    justices judges holdouts watchdogs"""
)
# People nouns by their ending ("dockworker", "teenager", "retiree", "pharmacist"), so an
# unnamed source needs no listed noun; these words end the same way but name no one.
AGENT_ENDINGS = re.compile(r"[a-z]{3,}(?:er|or|ist|ian|ee|ent|ant)s?")
NOT_AGENTS = _words(
    """order letter paper number center centre water matter quarter corner border river power
    tower computer chapter floor door error factor sector motor mirror color colour labor
    labour favor honor rumor tumor minor major meter fiber cancer layer filter folder answer
    tender shelter theater theatre disaster barrier server summer winter weather other another
    together whether however never over under after offer counter charter trigger poster
    sticker banner flier flyer newsletter trailer thriller register ledger monitor container
    freighter tanker carrier trucker helicopter tractor reactor generator elevator corridor
    calendar dinner lunch super proposer user percent moment comment payment government
    department agreement document amendment event statement settlement parliament equipment
    investment environment development management treatment requirement announcement
    incident accident president current content extent talent element segment experiment
    instrument argument judgment judgement apartment assessment commitment employment
    enforcement improvement movement plant grant restaurant amount account plan guidance
    instant constant distant significant important relevant recent different"""
)


def _person_noun(low: str) -> bool:
    """A noun for a person: a listed source noun, a role, or an agent noun by its ending."""
    if low in UNNAMED_HEADS or _role_like(low):
        return True
    stem = low[:-1] if low.endswith("s") and not low.endswith("ss") else low
    return bool(AGENT_ENDINGS.fullmatch(low)) and stem not in NOT_AGENTS and low not in NOT_AGENTS


# Bodies a source may be described as, with where they are ("a hospital in Tolvey").
UNNAMED_BODIES = _words(
    "center centre clinic hospital school church shelter charity nonprofit company firm bank"
)
# Collective descriptions: "a coalition of fishermen", "a group of parents".
COLLECTIVE_HEADS = _words("coalition group alliance")
# ... and those that stand for a group only with "of": "a team of astronomers", "a panel of
# three federal judges".
_OF_COLLECTIVES = COLLECTIVE_HEADS | _words("team panel pair trio handful")
# Words that carry an unnamed source's description on after its head ("familiar with ...").
# "a Democratic operative working on the race", "Scientists watching the outbreak say".
MODIFIER_PARTICIPLES = _words(
    "working advising representing watching studying managing living tracking monitoring"
)
UNNAMED_POST = (
    _words("familiar close briefed with in at for from on of involved knowledgeable to")
    | MODIFIER_PARTICIPLES
)
# A relative clause ends the description: "a nurse who has worked there for years".
RELATIVES = _words("who whose which that whom")
# What a company is called before its name ("The developer, Northwind Array, said").
COMPANY_NOUNS = _words(
    """developer company firm operator manufacturer maker insurer lender utility contractor
    carrier retailer chain supplier startup publisher owner seller vendor provider"""
)
# Trades that stand for a company quoted before ("the insurer said"); never a person.
COMPANY_ALIASES = _words(
    """insurer grocer retailer lender utility carrier manufacturer automaker drugmaker
    chipmaker supermarket chain"""
)
# First words of an organisation named by description ("the state energy board", "the city
# transport office", "the county elections office").
SCOPE_WORDS = _words("state federal national regional city county")
# A source described first is looked for by name this many characters further on.
NAMED_LATER_REACH = 500
# Later references to an unnamed source ("The person said", "One of them said").
UNNAMED_REF_HEADS = _words(
    """person people official officials source sources diplomat diplomats aide aides
    donor donors nurse nurses staffer staffers operative operatives"""
)

# (A possessive first word is an owner, not a given name: "Ethiopia's Tigist Alemu".)
_NAME = r"[A-Z][a-z][\w'’\-]*(?<!['’]s)(?:\s+[A-Z][a-z.][\w'’\-]*){1,2}"
_QUOTED = re.compile(r'"[^"\n]*"|“[^”\n]*”')
_TITLED_NAME = re.compile(
    rf"\b(?:[A-Z][a-z]+\.?\s+)*(?i:{'|'.join(sorted(ROLE_NOUNS | TITLES, key=len, reverse=True))})"
    rf"\.?,?\s+({_NAME})"
)
_NAME_APPOSITIVE = re.compile(
    rf"(?<![\w.])({_NAME}|[A-Z][a-z][\w'’\-]+),\s+(?:\d+|a|an|the|who|whose)\b"
)
_NAME_VERB = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))({_NAME}|[A-Z][a-z][\w'’\-]+)\s+(?:(?:himself|herself)\s+)?"
    r"(?:[a-z]+ed|[a-z]{3,}s|has|had|was|is|did|will|would|read|spoke"
    # ("Meriweather shot Darnell Warrender ... He testified": the subject is nearer.)
    r"|shot|hit|struck|beat|won|lost|led|ran|took|gave|made|met|left|sat|stood|wrote|told"
    # ("Amira Sadik brought her two daughters. She says ...".)
    r"|brought|bought|came|went|got|saw|kept|held|began|sent|spent|paid|felt|heard|knew|drove"
    r"|flew|grew|sold|built|fell|rose|chose)\b",
    re.M,
)
_SURNAME_COMMA = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))([A-Z][a-z][\w'’\-]+),\s+[a-z]", re.M)
# ("One longtime delegate from Marquette, Dolores Sundervoll, summed up": the place is the
# description's.)
_ROLE_APPOSITIVE = re.compile(
    rf"\b[a-z]+(?:\s+(?:from|of|in|at|for)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?,\s+({_NAME}),\s"
)
# Past forms a scene-setting sentence uses for its subject ("Consuelo Andrade-Voigt sat ...").
_SCENE_VERBS = (
    r"[a-z]+ed|has|had|was|is|did|will|would|read|spoke|sat|stood|held|took|went|came|gave"
    r"|left|ran|kept|got|made|began|brought|felt|found|heard|knew|lost|met|paid|put|saw|sent"
    r"|thought|won|wore|drove|grew|fell|fought|led|rose|sang|shook|wept|hugged|waits|lives"
)
# A full name as the subject after a fronted phrase ("Outside City Hall, Jane Roe hugged ...",
# "In the ... neighborhood, where ..., Jane Roe sat ...") or in a list ("including Jane Roe").
_NAME_CLAUSE = re.compile(
    rf"(?<=,\s)({_NAME})\s+(?:also\s+|then\s+)?(?:{_SCENE_VERBS})\b"
    rf"|\b(?:including|such\s+as|among\s+them)\s+({_NAME})\b"
)
# A person the story brings on ("The most wrenching testimony came from Corinne Ottersleigh,
# whose husband ...", "Then came Rosario Vespaverne"): whom the next "she said" means.
_CAME_FROM = re.compile(rf"\b(?:came\s+from|[Tt]hen\s+came)\s+({_NAME})\b")
# Lower-case words that never sit inside an organisation's name ("Park said the district").
_LINKS = STOPWORDS | SAY_VERBS | OBJECT_VERBS
# An organisation's capitalised name ("Orrin River Coalition", "Federation of Metalworkers").
# (Spaces only: a name never runs over a line break, as a headline would into a byline.)
_ORG_NAME = (
    r"((?:[A-Z][\w'’\-]+[ \t]+)(?:(?:of|for|and|the)[ \t]+|[A-Z][\w'’\-]+[ \t]+)*[A-Z][\w'’\-]+)"
)
# An organisation's capitalised name with "&" and lower-case connectors ("Center for Motorist
# Safety", "Orrisdale & Penbrooke"), for look-ups over the whole text.
# ("University of Nebraska–Lincoln": an en dash joins a campus to its university; "Society for
# the Prevention of Cruelty to Animals": a "to" inside one well-known kind of name.)
_ORG_RUN = (
    r"[A-Z][\w'’&\-–]*(?:[ \t]+(?:(?:of|for|and|on|the|to(?=[ \t]+(?:Animals|Children)\b))"
    r"[ \t]+)*[A-Z][\w'’&\-–]*)*"
)
# A capitalised name, "U.S." and "Ledgerline/Hollins" included, with lower-case connectors.
_CAP_WORD = r"(?:[A-Z]\.){2,}|[A-Z][\w'’\-–]*(?:/[A-Z][\w'’\-–]*)*"
_FULL_NAME = re.compile(
    rf"(?<![\w.])(?:{_CAP_WORD})(?:[ \t]+(?:(?:of|on|for|and|the|&|to(?=[ \t]+(?:Animals|Children)\b))[ \t]+)*(?:{_CAP_WORD}))*"
)
# Numbers with thousands separators ("2,000") are one token, so their comma is no clause break.
# A sum or a share is one word ("$1.9", "$112", "29%"), so a clause holding it reads on.
_TOKEN = re.compile(
    r"[$€£]?\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|[$€£]?\w[\w'’\-]*(?:[.–]\w[\w'’\-]*)*%?|\S"
)
_OPENERS = '"“'
_CLOSERS = '"”'


@dataclass
class _Tok:
    """A token of one sentence with absolute offsets."""

    kind: Literal["W", "P", "Q"]  # word, punctuation, whole quotation (marks included)
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        """Lower-cased text."""
        return self.text.lower()

    @property
    def cap(self) -> bool:
        """A word starting with a capital letter."""
        return self.kind == "W" and self.text[:1].isupper()


@dataclass
class _Mention:
    """A speaker as written in one sentence, before linking to the article's speakers."""

    surface: str
    kind: Literal[
        "person",
        "org",
        "pron",
        "they",
        "alias",
        "role",
        "itpron",
        "group",
        "doc",
        "anon",
        "anonref",
        "poss",
        "orgdesc",
        "records",
        "holder",
    ]
    title: str = ""
    role: str = ""
    at: int = -1  # where a pronoun stands in the text
    alias: str = ""  # another name the text gives the speaker here ("economists at X")
    doc: str = ""  # the document this author speaks through ("a poll by X found")


@dataclass
class _Speaker:
    """One speaker of the article: canonical name, roles seen, other names used."""

    name: str
    kind: Literal["person", "org", "group", "unnamed", "records"]
    titles: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)


@dataclass
class _Frame:
    """The attribution frame of a sentence: who, through which cue, and the reported span."""

    mention: _Mention
    cue: str
    content: tuple[int, int] | None = None
    passive: bool = False
    # "according to a report released by X": X wrote the report (later "The report found").
    doc: str = ""
    # A participle's statement after a quotation's tag (", adding that ..."): cue and span.
    extra: tuple[str, tuple[int, int]] | None = None


@dataclass
class _Raw:
    """An attribution before the speaker's final role and aliases are known."""

    speaker: _Speaker
    kind: Literal["direct", "reported"]
    cue: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    also: tuple[str, ...] = ()  # names for this statement only ("lawsuit")


def _fold(s: str) -> str:
    """Lower-case, accent-free form for name comparison."""
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower().replace("’", "'")


def _name_tokens(name: str) -> list[str]:
    """Comparable tokens of a name: folded, without titles, possessives and connectors."""
    out = []
    for raw in _fold(name).split():
        t = re.sub(r"'s$|'$", "", raw).strip(".,;:!?\"'()")
        if not t or t in TITLES or t.rstrip(".") in TITLES or t in DETERMINERS:
            continue
        if t in {"of", "and", "for"}:
            continue
        out.append(t)
    return out


def _token_match(a: str, b: str, fuzzy: bool = True) -> bool:
    """Same name token, allowing one edit on tokens of four letters or more."""
    if a == b or a.replace("-", "") == b.replace("-", ""):
        return True
    return fuzzy and min(len(a), len(b)) >= 4 and Levenshtein.distance(a, b) <= 1


def _parts(tokens: list[str]) -> list[str]:
    """Tokens plus the pieces of hyphenated ones ("marchetti-roy" -> "marchetti", "roy")."""
    out = list(tokens)
    for t in tokens:
        if "-" in t:
            out.extend(p for p in t.split("-") if len(p) >= 3)
    return out


def same_person(a: str, b: str, *, fuzzy: bool = True) -> bool:
    """True if two surface forms name the same speaker ("Jeong" ~ "Jeon Ha-kyou")."""
    ta, tb = _name_tokens(a), _name_tokens(b)
    if not ta or not tb:
        return False
    if ta == tb:
        return True
    if len(ta) == 1 or len(tb) == 1:
        single, other = (ta[0], tb) if len(ta) == 1 else (tb[0], ta)
        return len(single) >= 3 and any(_token_match(single, t, fuzzy) for t in _parts(other))
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    pool = _parts(long_)
    for t in short:
        # An initial ("p.") matches a given name that starts with it.
        hit = next(
            (p for p in pool if _token_match(t, p, fuzzy) or (len(t) == 1 and p.startswith(t))),
            None,
        )
        if hit is None:
            return False
        pool.remove(hit)
    return True


def _match_score(name: str, known: str) -> int:
    """2 if a token matches exactly, else 1 (called only for names that are the same person)."""
    ta, tk = set(_name_tokens(name)), set(_parts(_name_tokens(known)))
    return 2 if ta & tk else 1


def _resolve_name(name: str, known: list[str]) -> str | None:
    """The known speaker a name refers to; None when there is none or two fit equally."""
    folded = _fold(name).strip()
    for k in known:
        if _fold(k) == folded:
            return k
    hits = [k for k in known if same_person(name, k)]
    if not hits:
        return None
    best = max(_match_score(name, k) for k in hits)
    top = [k for k in hits if _match_score(name, k) == best]
    # Two equally good candidates: refuse to guess.
    return top[0] if len(top) == 1 else None


def resolve_speaker(name: str, known: list[str]) -> str | None:
    """The canonical speaker in ``known`` that ``name`` (a name or a question) refers to."""
    if not any(t not in STOPWORDS and t not in CAP_STOP for t in _name_tokens(name)):
        # "What", "He": nothing that could be a name.
        return None
    hit = _resolve_name(name, known)
    words = re.findall(r"[\w'’\-]+", name)
    if hit or len(words) <= 1:
        return hit
    if len(words) <= 4 and all(w[:1].isupper() for w in words):
        # A full name that fits nobody ("John Ryder") must not fall back to its surname.
        return None
    # A question: its multi-word capitalised runs as names, then the remaining words alone.
    blocked: set[str] = set()
    for run in re.findall(r"[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)+", name):
        parts = run.split()
        while parts and _fold(parts[0]) in CAP_STOP | STOPWORDS:
            parts = parts[1:]
        if len(parts) >= 2:
            hit = _resolve_name(" ".join(parts), known)
            if hit:
                return hit
            blocked.update(parts)
    found: set[str] = set()
    for w in words:
        if w in blocked:
            continue
        w = re.sub(r"['’]s$", "", w)
        if _fold(w) in STOPWORDS or _fold(w) in CAP_STOP or len(w) < 3:
            continue
        found.update(k for k in known if same_person(w, k))
    return found.pop() if len(found) == 1 else None


def _tokens(text: str, s: int, e: int) -> list[_Tok]:
    """Words, punctuation and whole quotations of ``text[s:e]`` with absolute offsets."""
    quotes: list[tuple[int, int]] = []
    open_at = -1
    for i in range(s, e):
        c = text[i]
        if open_at < 0 and c in _OPENERS:
            open_at = i
        elif open_at >= 0 and c in _CLOSERS:
            quotes.append((open_at, i + 1))
            open_at = -1
    if open_at >= 0 and e - open_at > 1:
        # A quotation that runs on into the next paragraph has no closing mark here.
        quotes.append((open_at, e))
    toks: list[_Tok] = []
    pos = s
    for qs, qe in [*quotes, (e, e)]:
        for m in _TOKEN.finditer(text, pos, qs):
            # "&" joins a firm's name ("Orrisdale & Penbrooke") as a word would.
            kind: Literal["W", "P"] = (
                "W"
                if m.group()[0].isalnum()
                or m.group()[0] == "_"
                or len(m.group()) > 1
                or m.group() == "&"
                else "P"
            )
            toks.append(_Tok(kind, m.group(), m.start(), m.end()))
        if qe > qs:
            toks.append(_Tok("Q", text[qs:qe], qs, qe))
        pos = qe
    # Re-attach the period of abbreviations and initials ("Dr.", "U.S.", "J.").
    merged: list[_Tok] = []
    for t in toks:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and t.text == "."
            and prev.kind == "W"
            and prev.end == t.start
            and (
                prev.low in ABBREVIATIONS
                # ("shortly after 1 a.m., said": the sentence was split already.)
                or prev.low in {"a.m", "p.m"}
                # "who takes the No. 4 to work, says": a number's abbreviation.
                or (prev.text in {"No", "Nos"} and re.match(r"\s*\d", text[t.end : t.end + 3]))
                or (len(prev.text) == 1 and prev.text.isupper())
            )
        ):
            merged[-1] = _Tok("W", prev.text + ".", prev.start, t.end)
        else:
            merged.append(t)
    return _drop_dash_asides(_drop_party_tags(merged))


def _drop_dash_asides(toks: list[_Tok]) -> list[_Tok]:
    """Tokens without a short aside set off by dashes right before a verb of saying ("Frank
    Kershner — no relation to this reporter — said" reads as "Frank Kershner said")."""
    dashes = [x for x, t in enumerate(toks) if t.text in {"—", "--"}]
    for a, b in zip(dashes, dashes[1:], strict=False):
        if (
            a >= 1
            and toks[a - 1].cap
            and 2 <= b - a <= 9
            and b + 1 < len(toks)
            and toks[b + 1].low in SAY_VERBS
            and all(t.kind == "W" or t.text == "," for t in toks[a + 1 : b])
        ):
            return toks[:a] + toks[b + 1 :]
    return toks


_PARTY_TAG = re.compile(r"[DRI]-[A-Z][\w.\-]*")


def _drop_party_tags(toks: list[_Tok]) -> list[_Tok]:
    """Tokens without the party-and-state tag after a lawmaker's name ("Sen. Ann Lee, D-Pa.,
    said" reads as "Sen. Ann Lee said"; "..., R-Mont., who voted against it, said" keeps the
    relative clause's comma)."""
    out: list[_Tok] = []
    x = 0
    while x < len(toks):
        t = toks[x]
        if (
            t.text == ","
            and out
            and out[-1].cap
            and x + 1 < len(toks)
            and _PARTY_TAG.fullmatch(toks[x + 1].text)
        ):
            y = x + 2
            # "R-Hawley Springs", "R-Osage Bend": a place of two words; "D-St. Louis".
            while (
                y < len(toks)
                and y < x + 5
                and (toks[y].kind == "W" and toks[y].cap or toks[y].text == "." and y == x + 2)
            ):
                y += 1
            if y < len(toks) and toks[y].text == ".":
                y += 1
            if y < len(toks) and toks[y].text == ",":
                nxt = toks[y + 1] if y + 1 < len(toks) else None
                # "Its sponsor, state Sen. Carl Whitehorn, R-Winnemucca, said": the name is
                # itself an appositive, whose closing comma stays.
                last = next(
                    (
                        k
                        for k in range(len(out) - 1, max(len(out) - 9, -1), -1)
                        if out[k].text == ","
                    ),
                    None,
                )
                opened = (
                    last is not None
                    and last + 1 < len(out)
                    and out[last + 1].low
                    # ("goes to the Senate, where Majority Leader Eleanor Hasler, R-Ames,
                    # said": a clause of place, whose subject is the name.)
                    not in {"and", "but", "while", "as", "when", "after", "before", "where"}
                    # (Not "The House will vote Friday, Sen. Bradley Caffyn, R-Ind., said": a
                    # clause before the comma is the statement, not a noun the name describes.)
                    and not any(w.low in FINITE for w in out[:last])
                    # (Nor "The bridge fell because nobody checked the plates, Sen. ...": a
                    # subordinate clause, or more words than a description runs to.)
                    and not any(w.low in SUBORDINATORS for w in out[:last])
                    and sum(w.kind == "W" for w in out[:last]) <= 8
                )
                if (
                    not opened
                    and nxt is not None
                    and nxt.kind == "W"
                    and not nxt.cap
                    and (
                        nxt.low in SAY_VERBS
                        or nxt.low in OBJECT_VERBS
                        or nxt.low in ADVERBS
                        or nxt.low in PROGRESSIVE
                        # "Sen. Ann Lee, D-Pa., voted for the bill but said ...".
                        or nxt.low in FINITE
                        or (nxt.low.endswith("ed") and len(nxt.low) > 4)
                    )
                ):
                    y += 1  # "Sen. Ann Lee, D-Pa., said": no comma left before the verb
                elif nxt is not None and nxt.low == "and" and y + 2 < len(toks) and toks[y + 2].cap:
                    y += 1  # "Sen. A, D-Ariz., and Sen. B, R-Okla., said": one subject
                x = y
                continue
        out.append(t)
        x += 1
    return out


def _quote_inner(text: str, q: _Tok) -> tuple[int, int]:
    """Span inside the quotation marks, without the comma that replaced a final period."""
    a = q.start + 1
    b = q.end - 1 if q.end - 1 > q.start and text[q.end - 1] in _CLOSERS else q.end
    while a < b and text[a].isspace():
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] == ","):
        b -= 1
    return a, b


def _span(toks: list[_Tok], text: str) -> tuple[int, int] | None:
    """Character span of a token run, minus a final period, comma or semicolon."""
    while toks and toks[-1].kind == "P" and toks[-1].text in ".,;:":
        toks = toks[:-1]
    if not toks:
        return None
    return toks[0].start, toks[-1].end


def _join(toks: list[_Tok], text: str) -> str:
    """The article text covered by a token run."""
    return text[toks[0].start : toks[-1].end] if toks else ""


def _given_at(run: list[_Tok]) -> int:
    """Index of a known given name that follows capitalised non-names in a name run, if
    the run goes on to a surname ("Pastor Ruth Okafor" -> 1), else -1."""
    names = FEMALE_NAMES | MALE_NAMES
    for k in range(1, len(run) - 1):
        if f"{run[k - 1].low} {run[k].low}" in US_STATES:
            continue  # "West Virginia Rivers Watch": a state, not a title and a given name
        if run[k].low in names and run[k - 1].low not in names:
            return k
    return -1


def _split_title(words: list[str]) -> tuple[str, list[str]]:
    """("City Clerk", ["Howard", "Benning"]) from "City Clerk Howard Benning"; drops "The"."""
    while words and _fold(words[0]) in CAP_STOP and not _given_month(words):
        words = words[1:]
    k = 0
    for i, w in enumerate(words[:-1]):
        low = _fold(w)
        if low in TITLES or low.rstrip(".") in TITLES or _role_like(low):
            k = i + 1
        elif i == k and low.rstrip(".").endswith("s") and low.rstrip(".")[:-1] in TITLES:
            k = i + 1  # "Commissioners Ruby Oxendale and ...": a title shared by two
        elif re.fullmatch(r"[a-z]{2,4}\.", low) and low != "st." and i == k:
            # An abbreviated rank opening the name ("Sgt.", "Cpl.", "Supt."): no given name
            # ends in a period, and a one-letter initial is not abbreviated this way.
            k = i + 1
        elif i == 0 and low in TITLE_MODIFIERS and len(words) >= 3:
            k = 1
        elif i == 0 and re.fullmatch(r"[a-z]+-year-old", low):
            k = 1  # "Ten-year-old Owen Venumworth": an age, not a given name
    names = FEMALE_NAMES | MALE_NAMES
    given = next(
        (
            i
            for i in range(1, len(words) - 1)
            if _fold(words[i]) in names
            and _fold(words[i - 1]) not in names
            # ("San Carlos Apache Tribe", "St. Louis County": a place, not a title.)
            and _fold(words[i - 1]) not in _PLACE_PREFIXES
        ),
        -1,
    )
    if given > k and (
        not any(_fold(w) in ORG_HEADS for w in words[:given])
        # ("Head of School Thomas Gleason": a role of a body, then the name.)
        or (k >= 1 and _fold(words[k]) == "of" and given - k <= 4)
    ):
        k = given  # "Pastor Ruth Okafor": a title before a known given name
    title = " ".join(words[:k])
    return ("" if title.lower() in HONORIFICS else title), words[k:]


# Words that open a place's name before a given name ("San Carlos", "St. Louis").
_PLACE_PREFIXES = _words("san santa santo st. saint los las el la fort port mount lake")
# Words in -s after "this" that are no verbs ("this process", "this class").
NOUN_LIKE_S = _words("process class business bus access address status news series")
# "the county's Board of Elections", "the state's Independent Fiscal Office", "the legislature's
# Oversight Division": a place's (or a legislature's) own body.
PLACE_OWNERS = frozenset(
    {"county's", "county’s", "state's", "state’s", "city's", "city’s"}
    | {"legislature's", "legislature’s"}
)
# Months that are also given names: "June Gaddesden" is a person, "June 3" a date.
GIVEN_MONTHS = _words("april may june")


def _given_month(words: list[str]) -> bool:
    """Whether ``words`` open with a month that is a given name here ("June Gaddesden")."""
    return (
        len(words) >= 2
        and _fold(words[0]) in GIVEN_MONTHS
        and words[1][:1].isupper()
        and _fold(words[1]) not in CAP_STOP
    )


def _without_owner(name: list[str]) -> list[str]:
    """A name without the possessive owner before it ("Ethiopia's Tigist Alemu")."""
    while len(name) > 2 and re.search(r"['’]s$", name[0]):
        name = name[1:]
    return name


def _is_name_word(t: _Tok) -> bool:
    """A capitalised word that can be part of a name (not "The", "However", "AFU")."""
    if not t.cap or t.low.rstrip(".") in CAP_STOP:
        return False
    if re.fullmatch(r"[A-Z]{2,}s", t.text):
        return False  # "Super PACs", "CEOs": a plural of an acronym, no one's name
    if re.fullmatch(r"[A-Z][a-z]+-(?:related|linked|style|wide|friendly|free|heavy)", t.text):
        return False  # "Fireworks-related calls": an adjective opening the sentence
    letters = re.sub(r"[^A-Za-z]", "", t.text)
    # All-caps acronyms are organizations or units, never a person's name.
    return not (len(letters) >= 2 and letters.isupper() and t.low.rstrip(".") not in TITLES)


# Campaign material that speaks for whoever paid for it: "One ad says ...", "The mailers
# called ...", "Its ads warned ...".
AD_NOUNS = _words(
    """ad ads advertisement advertisements mailer mailers flyer flyers commercial commercials
    spot spots billboard billboards"""
)
# "cites a state analysis that found A": a document nobody is named as writing, and its finding.
_CITED_FINDING = re.compile(
    r"(?:a|an)\s+((?:(?:[a-z][\w\-]*|(?:19|20)\d\d)\s+){0,3}(analysis|study|report|survey|audit))"
    r"\s+(?:that|which)\s+(found|showed|concluded)\s+(?:that\s+)?"
)
# Head words that, capitalised alone ("the Guild"), stand for the one body named with them.
NAMED_SHORT_HEADS = _words("guild alliance coalition federation institute foundation association")
# Last words a body is called by alone ("a Caucus analysis" of the Crabapple Caucus); not
# "House" or "Senate", bodies of their own.
_SHORT_BODY_HEADS = NAMED_SHORT_HEADS | _words("caucus project network league society forum")
# Bodies whose own records speak for them ("hospital figures", "company data").
KEEPING_BODIES = _words("hospital company district university union league")
# Documents whose statements writers label by the document ("poll", "audit") as often as by
# its author.
DOC_ALIASES = _words("poll survey study audit memo")
# Participles that say where or when an ad ran ("One ad running in Montana warned").
AD_PARTICIPLES = _words("running airing aired mailed sent")
_AD_DETS = _words("the one an a another its their each both two some this that these those")
# "Fair Shift Action, a super PAC ..., spent about $3.2 million on ads": the sponsor.
_AD_SPONSOR = re.compile(
    rf"(?<![\w.])({_ORG_RUN})(?:,(?P<appos>[^.;]*?),|,)?\s+(?:(?:has|have|had|also|already)\s+)*"
    r"(?:spent|spends|ran|run|runs|aired|airs|launched|bought|mailed|sent|paid\s+for|reserved"
    # ("has put $2.4 million into television ads").
    r"|put|poured|pumped"
    # ("Texans for Parent Power released a digital ad Wednesday": its ad.)
    r"|released|unveiled|debuted"
    r"|(?:is|are|was|began|started)\s+(?:running|airing)"
    # ("Wapiti Liberty PAC ... is spending $3.1 million on an ad that says ...".)
    r"|(?:is|are|was|were)\s+spending"
    # ("..., a conservative group, claimed in a digital ad that ...": its ad.)
    r"|(?:claimed|claims|said|says|charged|charges|argued|argues|warned|warns)(?=\s+in\s+(?:a|an|its|their)\s)"
    # "..., says it will spend "at least $2 million more"": a sponsor by its own word.
    r"|(?:says|said)\s+(?:it|they)\s+(?:will|would|plans?\s+to|planned\s+to)\s+spend"
    # (A decimal point is no sentence end: "$2.4 million into television ads".)
    r"|announced\s+(?=an?\s+\$))\b(?P<rest>(?:[^.;]|\.(?=\d))*)"
)


# Words before "Republican"/"Democrat" in an unnamed lawmaker ("a veteran House Republican").
_PARTY_MODS = _words("veteran senior junior moderate conservative liberal house senate state")
# Prepositions before a place or body that ends a group's phrase ("Residents who live along
# Mallow Creek Road said"), beyond PREPOSITIONS.
_PLACE_PREPS = _words("of to along across around behind beside between beyond off over under")
# Offices named "<word> General", which speak without a holder ("the Arizona Auditor General").
_GENERAL_OFFICES = _words("attorney auditor surgeon inspector solicitor comptroller adjutant")
# Titles as they are written before a name ("Director", "Commissioner").
_TITLE_CAPS = "|".join(sorted(w.capitalize() for w in TITLES if w.isalpha()))

# A speaker's role in a body ("executive director of the Parents for Medical Choice Alliance",
# "policy director of Feed Arkansas Forward, a coalition of food banks").
_SPEAKERS_BODY = re.compile(
    r"\b(?:director|president|chair|chairman|chairwoman|head|founder|co-founder|leader"
    r"|spokesman|spokeswoman|spokesperson|organizer|coordinator|member)\s+(?:of|for|at)\s+"
    rf"(?:the\s+)?({_ORG_RUN})"
    r"(,\s+an?\s+(?:[a-z\-]+\s+){0,3}(?:group|coalition|organization|organisation|nonprofit"
    r"|alliance|network))?"
)
# An ad by its sponsor's possessive ("Impartial Bench Now's latest television spot").
_OWNED_AD = re.compile(
    # ("The Stroudwick campaign's first ad": the campaign's.)
    rf"((?:{_ORG_RUN})(?:\s+campaign)?)['’]s\s+"
    r"(?:[a-z\-]+\s+){0,3}(?:ad|ads|spot|spots|commercial|commercials|mailer|mailers)\b"
    # ("The most-aired spot, a Frontier Promise Action ad, accuses": the sponsor before "ad".)
    rf"|\b(?:[Aa]n?|[Tt]he|One)\s+(?:(?:latest|newest|new|first|second|last)\s+)?((?:{_ORG_RUN}))\s+"
    r"(?:ad|spot|commercial|mailer)\b"
)


# An ad by who paid for it ("The 30-second spot, paid for by the Vireo Michigan Fund, shows").
_PAID_AD = re.compile(
    rf"\b(?:ad|ads|spot|spots|commercial|mailer)\b[^.;]{{0,60}}?\bpaid\s+for\s+by\s+"
    rf"(?:the\s+)?({_ORG_RUN})"
)


# A capitalised name that may run on with "of", "for", "and", "on", "the": who made a
# document ("a report by the Office of Management and Budget").
_DOC_MAKER = r"[A-Z][\w'’\-]*(?:\s+(?:(?:of|for|and|on|the)\s+)*[A-Z][\w'’\-]*)*"
# Documents that speak for themselves when the story names no author ("the study found").
_FINDING_DOCS = _words("study survey analysis report audit review")
# What a filing asks for, not what it says ("The lawsuit asks a judge to ...").
_FILING_ASKS = _words("asks asked calls called accuses accused urges urged seeks sought")
# Documents that speak for themselves when no author is named ("The indictment says").
_SELF_DOCS = _words(
    "indictment contract agreement resolution amendment ordinance warrant affidavit settlement "
    "charter subpoena"
)


def _ad_sponsor(text: str, at: int, possessive: bool) -> str | None:
    """The organisation that last paid for ads or mailers before ``at`` (within the two
    sentences before), or, for "its ads", the one that last spent money."""
    start = at
    for _ in range(3):
        start = max(text.rfind(". ", 0, max(start - 2, 0)), text.rfind("\n", 0, max(start - 2, 0)))
        if start < 0:
            start = 0
            break
    sponsor = None
    for m in _AD_SPONSOR.finditer(text, start, at):
        words = m.group(1).split()
        appos = (m.group("appos") or "").split()
        if appos and appos[0] in {"the", "The"}:
            appos = appos[1:]  # "A super PAC supporting Vanzant, the Spoonbill Action Fund,"
        before = text[max(start, m.start(1) - 30) : m.start(1)].split()
        described = bool(before) and before[-1] in {"with", "supporting", "backing", "opposing"}
        if (
            (len(words) < 2 or described)
            and len(appos) >= 2
            and all(w[:1].isupper() for w in appos)
        ):
            # "Its affiliated super PAC, Leaner Capitol Action, has reserved"; "A super PAC
            # aligned with House Republicans, the Red Earth Action Fund, spent": the name.
            words = appos
        while words and _fold(words[0]) in CAP_STOP:
            words = words[1:]
        if len(words) < 2 or _fold(words[0]) in MALE_NAMES | FEMALE_NAMES:
            continue
        spent_on_ads = any(w in AD_NOUNS for w in re.findall(r"[a-z]+", m.group("rest"))) or (
            # ("is spending $3.1 million on an ad that says": the ad is what it spends on.)
            m.end() >= at
            and re.match(
                r"\s*(?:an?|the|its|their)\s+(?:[\w\-]+\s+){0,2}(?:ad|ads|spot|spots)\b",
                text[at : at + 40],
            )
            is not None
        )
        if spent_on_ads or (possessive and "$" in m.group("rest")):
            sponsor = " ".join(words)
    return sponsor


def _org_words(org: list[_Tok]) -> bool:
    """Whether words make one body's name: capitalised, joined by "of", "for", ... and by the
    "at" of a university's campus ("University of Alabama at Birmingham")."""
    return all(
        t.kind == "W"
        and (
            t.cap
            or t.low in ORG_CONNECTORS
            or (
                t.low == "at"
                and x + 1 < len(org)
                and org[x + 1].cap
                and any(u.low == "university" for u in org[:x])
            )
        )
        for x, t in enumerate(org)
    )


def _called_name(toks: list[_Tok], text: str) -> _Mention | None:
    """ "A group of residents called Keep Juniperton Growing": the body by its name."""
    called = next((x for x, t in enumerate(toks[2:-1], 2) if t.low in {"called", "named"}), None)
    if (
        called is None
        or toks[0].low not in {"a", "an"}
        or toks[1].low not in GENERIC_ORGS | COLLECTIVE_HEADS | NAMED_BODIES
        or not toks[called + 1].cap
        or not all(t.kind == "W" and (t.cap or t.low in ORG_CONNECTORS) for t in toks[called + 1 :])
    ):
        return None
    return _Mention(_join(toks[called + 1 :], text), "org", alias=_join(toks, text))


# Bodies whose name says what they are: "the board" is a body with "Board" in its name.
_NAMED_KINDS = _words("board commission council committee district court school museum library")
# What a campaign mails or airs, whose words are its own ("mailed flyers warning that ...").
_MAILED = _words("flyers fliers mailers ads letters postcards leaflets texts")
# Words that describe a body before its name ("the nonpartisan Legislative Services Agency").
_BODY_ADJECTIVES = _words(
    "nonpartisan bipartisan independent conservative liberal progressive nonprofit federal "
    "influential powerful statewide national local"
)
# Last words of bodies' names that "the agency" never stands for.
_NOT_AGENCIES = _words(
    """council alliance coalition group association union federation league club company inc
    foundation institute project fund campaign pac party caucus network society university
    college church"""
)
# Last words of places' names ("DuPage County"), which no person's name ends in.
_PLACE_ENDS = _words("county city town township parish village borough")
# Names of the bodies "the hospital" and "the museum" stand for that do not hold the word.
_KIND_NAMES = {
    "hospital": r"\b(?:Medical Center|Hospital)$",
    "museum": r"\b(?:Institute of Arts?|Art Institute|Museum of [A-Z][\w ]+)$",
}
# Nouns that say what kind of body the name after them is ("Advocacy group Common Cause").
_BODY_KINDS = _words("group watchdog nonprofit organization organisation coalition")


def _kind_then_name(toks: list[_Tok], text: str) -> _Mention | None:
    """ "Good-government group Open Dominion Watch", "Fiscal watchdog group Pinonvale
    Taxpayers Alliance": a sentence's first words say what the body is, then its name."""
    kind = max((x for x, t in enumerate(toks[1:4], 1) if t.low in _BODY_KINDS), default=None)
    if (
        kind is None
        or kind + 1 >= len(toks)
        or not toks[0].cap
        or toks[0].low in DETERMINERS
        or not all(t.kind == "W" and not t.cap for t in toks[1:kind])
        or not toks[kind + 1].cap
        or not all(t.kind == "W" and (t.cap or t.low in ORG_CONNECTORS) for t in toks[kind + 1 :])
    ):
        return None
    name = _join(toks[kind + 1 :], text)
    return _Mention(name, "org", alias=_join(toks, text))


# Trades a company is described by before its name ("the towboat operator Dunnesey Towing").
_TRADE_KINDS = COMPANY_ALIASES | _words("operator carrier airline railroad hauler shipper")
# ... and last words of such companies' names beyond the usual ones ("Dunnesey Towing").
_TRADE_NAME_ENDS = _words("towing hauling interconnection transportation express lines line")


def _trade_name_at(toks: list[_Tok]) -> int | None:
    """Where the name starts in "the towboat operator Dunnesey Towing" (a company described by
    its trade before its name), or None if the words are not such a phrase."""
    if len(toks) < 3 or toks[0].low != "the":
        return None
    kind = next((x for x, t in enumerate(toks[1:4], 1) if t.cap), None)
    if (
        kind is None
        or kind < 2
        or toks[kind - 1].low not in _TRADE_KINDS
        or not all(t.kind == "W" and not t.cap for t in toks[1:kind])
        or not 1 <= len(toks) - kind <= 4
        or not all(t.kind == "W" and (t.cap or t.low in ORG_CONNECTORS) for t in toks[kind:])
        or not toks[-1].cap
        # (A person so described is no company: "the rail operator Dana Pike".)
        or toks[kind].low in MALE_NAMES | FEMALE_NAMES
        or toks[kind].low in CAP_STOP
        or not (
            # ("The restaurant chain Cantina Moraleja": only an operator may be a person.)
            toks[kind - 1].low != "operator"
            or toks[-1].low in ORG_HEADS | _TRADE_NAME_ENDS
            or len(toks) - kind >= 3
            or any(t.text.isupper() and len(t.text) >= 2 for t in toks[kind:])
        )
    ):
        return None
    return kind


def _trade_then_name(toks: list[_Tok], text: str) -> _Mention | None:
    """ "the towboat operator Dunnesey Towing": the company by its name, as described."""
    kind = _trade_name_at(toks)
    if kind is None:
        return None
    return _Mention(_join(toks[kind:], text), "org", alias=_join(toks[1:], text))


PARTY_WORDS = frozenset({"republican", "democratic", "democrat", "gop", "independent"})
# Last words of the names of places and waters, never of a person ("Colorado River").
_GEO_HEADS = _words(
    "river rivers lake lakes creek bay valley canyon mountain mountains island islands "
    "harbor harbour peninsula desert basin gulf ocean sea coast"
)
# Words for a candidacy that may stand before a name after the statement.
_CANDIDACY = _words("nominee candidate challenger incumbent")


# Words of a members' body's name: "Utility Workers Union" is no utility called "Workers".
_MEMBERS_BODIES = _words("workers employees union association council alliance federation guild")


def _kind_before_name(words: list[str]) -> bool:
    """Whether a capitalised name opens with the kind of company it is ("Utility Crestfall
    Power", "Retailer Pellmart"), not a word of its own name ("Utility Workers Union")."""
    return (
        len(words) >= 2
        and _fold(words[0]) in COMPANY_ALIASES
        and not any(_fold(w) in _MEMBERS_BODIES for w in words[1:])
    )


def _classify(toks: list[_Tok], text: str, loose: bool = False) -> _Mention | None:
    """Read a speaker noun phrase: pronoun, "the union", an organization or [role] Name.

    ``loose``: any words before the name are its role (right after an inverted "said").
    """
    if (
        2 <= len(toks) <= 3
        and toks[0].low.rstrip(".") in MONTHS
        and all(t.low.rstrip(",").isdigit() for t in toks[1:])
    ):
        return None  # "a report dated Nov. 19 found": a date, no speaker
    by_name = (
        _called_name(toks, text) or _kind_then_name(toks, text) or _trade_then_name(toks, text)
    )
    if by_name is not None:
        return by_name
    if len(toks) == 1 and re.fullmatch(r"[A-Z][a-z]+[A-Z]{2,}[A-Za-z]*", toks[0].text):
        # "MoDOT said", "PennDOT said": capitals after lower case make an agency's short name.
        return _Mention(toks[0].text, "org")
    kin = toks[1:] if toks and toks[0].low == "the" else toks
    if (
        len(kin) >= 3
        and kin[0].low == "federal"
        and kin[1].cap
        and kin[1].low in {"bureau", "department", "office", "division", "administration"}
    ):
        # "the federal Bureau of Justice Statistics": the level is no part of the name.
        return _classify(kin[1:], text, loose)
    if (
        len(kin) >= 2
        and kin[-1].text == "4-H"
        and all(t.cap and t.low not in CAP_STOP for t in kin[:-1])
    ):
        return _Mention(_join(kin, text), "org")  # "The Gorsewillow County 4-H said"
    if (
        len(kin) == 2
        and kin[0].text in {"Senate", "House", "Assembly"}
        and kin[1].low in {"clerk", "parliamentarian", "historian"}
    ):
        return _Mention(_join(kin, text), "org")  # "according to the Senate clerk": the office
    if (
        2 <= len(kin) <= 3
        and kin[-1].low == "family"
        and all(t.kind == "W" and t.cap and t.low not in CAP_STOP for t in kin[:-1])
    ):
        # "The Kildonnan family said": the family, by its name.
        return _Mention(_join(kin, text), "group")
    words = [t.text for t in toks]
    if (
        3 <= len(words) <= 5
        and words[0].lower() in {"a", "an", "one", "another", "the"}
        and words[-1].lower() in {"ad", "spot", "commercial", "mailer"}
        and re.fullmatch(
            r"(?:(?:new|latest|second|first)\s+)?[A-Z][\w\-]+(?:\s+campaign)?",
            " ".join(words[1:-1]),
        )
    ):
        # "A Follingsby ad answers that ...": the candidate's campaign, when the text names
        # a person so (not "A Texas ad").
        runner = words[-2] if words[-2] != "campaign" else words[-3]
        if re.search(
            rf"\b[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+{re.escape(runner)}\b", text
        ) and not re.search(rf"\b{re.escape(runner)}\s+[A-Z]", text):
            return _Mention(f"{runner} campaign", "org", alias=_join(toks, text))
    if (
        2 <= len(toks) <= 3
        and toks[-1].low == "staff"
        and all(t.kind == "W" and not t.cap and t.low not in DETERMINERS for t in toks)
    ):
        # "..., city staff said", "county staff estimated": the staff as written.
        return _Mention(_join(toks, text), "group")
    jury = toks[1:] if toks and toks[0].low in {"a", "an", "the"} else toks
    if (
        2 <= len(jury) <= 4
        and jury[-1].low == "jury"
        and jury[-2].low in {"county", "parish", "grand"}
        and all(t.kind == "W" and (t.cap or t.low == "grand") for t in jury[:-1])
    ):
        # "A Hennepin County jury on Monday found that ...": the jury of that county.
        return _Mention(_join(jury, text), "org", alias="jury")
    officer = _body_officer(toks, text, loose)
    if officer is not None:
        return officer
    if len(toks) >= 3 and re.fullmatch(r"[a-z]+-year-old", toks[0].low) and toks[1].cap:
        # "Eight-year-old Ivy Lambcombe said": the age is no part of her name.
        aged = _classify(toks[1:], text, loose)
        if aged is not None and aged.kind == "person":
            return aged
    if (
        len(toks) >= 2
        and toks[0].cap
        and all(t.kind == "W" and t.cap for t in toks[1:])
        and _kind_before_name([t.text for t in toks])
    ):
        # "Utility Crestfall Power said", "Automaker Grelling Motors": the kind of company,
        # then its name (but "Utility Workers Union of America" is a name as a whole).
        firm = _classify(toks[1:], text, loose)
        if firm is not None and firm.kind in ("org", "person") and not firm.title:
            return _Mention(firm.surface, "org")
        if firm is None and len(toks) == 2:
            return _Mention(toks[1].text, "org")  # "Retailer Pellmart said"
    if (
        len(toks) >= 3
        and toks[0].low in EMPLOYEE_NOUNS
        and toks[1].low == "at"
        and _org_words(toks[2:])
        and toks[-1].cap
    ):
        # "according to researchers at Purdue University": the university, as "economists at
        # X estimated" already is; the phrase stays an alias.
        org = toks[3:] if toks[2].low == "the" else toks[2:]
        return _Mention(_join(org, text), "org", alias=_join(toks, text))
    if (
        len(toks) >= 5
        and all(t.kind == "W" and t.cap or t.low == "of" for t in toks)
        and _role_like(toks[0].low)
        and toks[1].low == "of"
    ):
        # "Head of School Thomas Gleason": a role of a body before a person's name.
        role_title, named = _split_title([t.text for t in toks])
        if len(named) == 2 and _fold(named[0]) in FEMALE_NAMES | MALE_NAMES:
            return _Mention(" ".join(named), "person", title=role_title)
    digit = next((x for x, t in enumerate(toks[:-2]) if t.low.isdigit()), None)
    if (
        digit is not None
        and digit >= 1
        and toks[digit - 1].low == "local"
        and all(t.kind == "W" and t.cap for t in toks[digit + 1 :])
    ):
        # "UAW Local 2291 President Deborah Azevedo": the local's officer, by name.
        officer = _classify(toks[digit + 1 :], text, loose)
        if officer is not None and officer.kind == "person" and officer.title:
            officer.title = f"{_join(toks[: digit + 1], text)} {officer.title}"
            return officer
    if (
        len(toks) == 3
        and toks[0].low in {"a", "an"}
        and toks[1].cap
        and "-" in toks[1].text
        and toks[2].low in {"review", "analysis"}
    ):
        # "a Tribune-Herald review": a paper's work, not a person's (pollsters' hyphenated
        # names are read with their polls elsewhere).
        return _Mention(toks[1].text, "org", doc=toks[2].low)
    of_at = next(
        (
            x
            for x in range(2, len(toks) - 2)
            if toks[x].low in DOC_SUBJECTS and toks[x + 1].low == "of" and toks[x - 1].cap
        ),
        None,
    )
    if of_at is not None and toks[0].low in {"a", "an", "the"} and not loose:
        # "a Herald review of the ratings shows": the review's author, not its subject.
        doc = _classify(toks[: of_at + 1], text)
        if (
            doc is not None
            and doc.kind in ("org", "person")
            and not doc.doc
            and toks[of_at].low in DOC_SUBJECTS
        ):
            doc.doc = toks[of_at].low  # ... and it speaks through the review ("shows")
        if doc is not None:
            return doc
    if (
        1 <= len(toks) <= 4
        and toks[-1].low in AD_NOUNS
        and toks[0].low in _AD_DETS
        and all(t.kind == "W" and not t.cap for t in toks[1:])
    ):
        poss = next((x for x, t in enumerate(toks[:-1]) if re.search(r"['’]s$", t.text)), None)
        if poss is not None:
            # "The group's first ad calls ...": the group's.
            last = toks[poss]
            stem = _Tok("W", re.sub(r"['’]s$", "", last.text), last.start, last.end - 2)
            owner = _classify([*toks[:poss], stem], text)
            if owner is not None and owner.kind in ("org", "alias"):
                return owner
        sponsor = _ad_sponsor(text, toks[0].start, any(t.low in {"its", "their"} for t in toks))
        if sponsor is not None:
            return _Mention(sponsor, "org")
    had_det = bool(toks) and toks[0].kind == "W" and toks[0].low == "the"
    if (
        had_det
        and 3 <= len(toks) <= 4
        and toks[-1].low in {"democrat", "republican"}
        and all(t.cap for t in toks[1:])
        and " ".join(t.low for t in toks[1:-1]) in STATE_ABBREVIATIONS
    ):
        # "The Maryland Democrat said": the person introduced as one ("Rep. Ann Lee, D-Md.,").
        return _Mention(_join(toks, text), "role", role=_join(toks[1:], text), alias="party")
    records = _records(toks, text) if toks and all(t.kind == "W" for t in toks) else None
    if records is not None:
        return records
    if (
        2 <= len(toks) <= 5
        and toks[0].low in {"a", "an"}
        and toks[-1].low in SUBJECT_DOCS
        and all(t.kind == "W" and not t.cap and t.low not in STOPWORDS for t in toks[1:])
    ):
        # "an internal review has found": a new document nobody is named as writing; it
        # speaks as described ("internal review"), and "the review" refers back to it.
        return _Mention(_join(toks[1:], text), "doc", role=toks[-1].low, alias="new")
    if (
        3 <= len(toks) <= 5
        and toks[0].low == "the"
        and re.fullmatch(r"(?:19|20)\d\d", toks[1].text)
        and toks[-1].low in SUBJECT_DOCS
        and all(t.kind == "W" and not t.cap for t in toks[2:])
    ):
        # "the 2024 inspection report noted": one dated document, as described.
        return _Mention(_join(toks[1:], text), "doc", role=toks[-1].low, alias="new")
    while toks and toks[0].kind == "W" and toks[0].low in DETERMINERS:
        toks = toks[1:]
    if (
        2 <= len(toks) <= 3
        and toks[-1].text == "Party"
        and toks[-2].text == "Republican"
        and all(t.kind == "W" and not t.cap for t in toks[:-2])
    ):
        # "The state Republican Party said": a party, though "Republican" is also a title; the
        # one the story names by its state ("the Michigan Republican Party"), if any.
        parties: set[str] = set(_STATE_PARTY.findall(text))
        if not parties and toks[0].low == "state":
            # ... or by the state the story is about, the one it names most.
            counts = Counter(
                w for w in re.findall(r"\b[A-Z][a-z]+\b", text) if w.lower() in US_STATES
            )
            if counts:
                parties = {f"{counts.most_common(1)[0][0]} Republican Party"}
        surface = parties.pop() if len(parties) == 1 else _join(toks[-2:], text)
        return _Mention(surface, "org", alias=_join(toks, text) if len(toks) > 2 else "")
    office = _through_office(toks, had_det, text)
    if office is not None:
        return office
    amp = [x for x, t in enumerate(toks) if t.text == "&"]
    if (
        amp
        and all(0 < x < len(toks) - 1 and toks[x - 1].cap and toks[x + 1].cap for x in amp)
        and all(
            t.kind == "W" and (t.cap or (0 < x < len(toks) - 1 and t.low in {"of", "for", "and"}))
            for x, t in enumerate(toks)
            if t.text != "&"
        )
        and toks[0].cap
    ):
        # "Calder Power & Light": a company's name joined by an ampersand.
        return _Mention(_join(toks, text), "org")
    if not toks or any(t.kind != "W" for t in toks):
        return None
    if (
        2 <= len(toks) <= 5
        and toks[0].text in {"Save", "Keep", "Protect", "Stop", "Friends", "Citizens"}
        and all(t.cap or t.low in ORG_CONNECTORS for t in toks)
    ):
        # "Save Our General", "Keep Tarrow Fishing": a campaign's name, not a title.
        return _Mention(_join(toks, text), "org")
    if len(toks) >= 3 and [t.text for t in toks[:2]] == ["Major", "League"]:
        # "Major League Baseball": a league, not a major's name.
        return _Mention(_join(toks, text), "org")
    conj = [x for x, t in enumerate(toks) if t.low == "and"]
    if len(conj) == 1 and 2 <= conj[0] <= len(toks) - 3 and toks[conj[0] + 1].cap:
        # "Sen. Adaeze Pembroke and Sen. Rusty Ruddiford said": two people, together.
        one = _classify(toks[: conj[0]], text)
        two = _classify(toks[conj[0] + 1 :], text)
        if (
            one is not None
            and two is not None
            and one.kind == two.kind == "person"
            and len(one.surface.split()) >= 2
            and len(two.surface.split()) >= 2
            # (Not "United Signal and Track Workers": a union, plural people at its end.)
            and not (toks[-1].low.endswith("s") and _person_noun(toks[-1].low))
        ):
            return _Mention(f"{one.surface} and {two.surface}", "person", alias="joint")
    if conj:
        # "Health and Human Services Deputy Secretary Catherine Dellaspina": a department
        # with "and" in its name, then the title and the person.
        ttl = next(
            (
                x
                for x in range(conj[0] + 2, len(toks) - 2)
                if toks[x].low.rstrip(".") in TITLES or toks[x].low in TITLE_MODIFIERS
            ),
            None,
        )
        if ttl is not None and all(t.cap or t.low in {"and", "of"} for t in toks[:ttl]):
            inner = _classify(toks[ttl:], text)
            if inner is not None and inner.kind == "person" and inner.title:
                inner.title = f"{_join(toks[:ttl], text)} {inner.title}"
                return inner
    body = next((x for x, t in enumerate(toks[:3]) if t.cap), 0)
    if (
        body
        and len(toks) - body >= 3
        and all(t.kind == "W" and t.low in ORG_HEADS for t in toks[:body])
        and toks[body].low.rstrip(".") in TITLES
    ):
        # "but board President Louis Harkendine said", "school board President ...": the
        # body's name, in lower case, belongs to the title.
        inner = _classify(toks[body:], text)
        if inner is not None and inner.kind == "person" and inner.title:
            inner.title = _join(toks[: body + 1], text)
            return inner
    state = next((x for x, t in enumerate(toks[:2]) if t.low == "state"), None)
    if (
        state is not None
        and len(toks) - state >= 3
        and all(t.cap for t in toks[:state])
        and toks[state + 1].cap
        and toks[state + 1].low.rstrip(".") in TITLES
    ):
        # "state Sen. Carl Whitehorn", "Ohio state Sen. Gordon Ulmstead": "state" belongs
        # to the title.
        inner = _classify(toks[state + 1 :], text)
        if inner is not None and inner.kind == "person" and inner.title:
            inner.title = f"{_join(toks[: state + 1], text)} {inner.title}"
            return inner
    if len(toks) >= 4 and toks[0].low == "office" and toks[1].low == "of" and not toks[0].cap:
        # "the office of the Texas attorney general": an office named for its holder.
        return _Mention(_join(toks, text), "org")
    if (
        len(toks) >= 2
        and f"{toks[-2].low} {toks[-1].low}" in SERVICE_HEADS
        # (Not "Sgt. Corwin Stovanecki of the Wyoming Highway Patrol": a person, then whose.)
        and not any(t.low == "of" for t in toks[:-2])
    ):
        # "the Korrendal coast guard said"; "the coast guard" alone refers back to it.
        if len(toks) == 2 and had_det:
            return _Mention(_join(toks, text), "alias")
        return _Mention(_join(toks, text), "org")
    if len(toks) == 1 and toks[0].low in PRONOUNS:
        return _Mention(toks[0].text, "pron", at=toks[0].start)
    if len(toks) == 1 and toks[0].low == "they":
        # "They said": the unnamed sources or group quoted just before, never a person.
        return _Mention(toks[0].text, "they", at=toks[0].start)
    if (
        had_det
        and len(toks) <= 4
        # ("the Republican governor": a party is no name.)
        and not any(
            t.cap and (x == len(toks) - 1 or t.low not in PARTY_WORDS) for x, t in enumerate(toks)
        )
        and (len(toks) <= 3 or any(t.cap for t in toks))
        and (
            _role_like(re.sub(r"['’]s?$", "", toks[-1].low)) or toks[-1].low in TITLES - HONORIFICS
        )
    ):
        # "the spokesman", "the former senator": a person named earlier by that role.
        return _Mention(_join(toks, text), "role", role=toks[-1].low)
    if toks[-1].low in TRIBUNALS and 2 <= len(toks) <= 4 and toks[0].low in _COURT_SPLITS:
        toks = toks[1:]  # "a divided federal appeals court ruled": how it voted, not which
    if (
        toks[-1].low in TRIBUNALS
        and len(toks) <= 3
        and all(t.kind == "W" and not t.cap for t in toks)
    ):
        # "A federal jury found", "a state appeals court ruled"; "the jury" again is the
        # one named before.
        if had_det and len(toks) == 1:
            return _Mention(_join(toks, text), "alias")
        return _Mention(_join(toks, text), "org")
    if had_det and len(toks) == 1 and re.fullmatch(r"\d+-year-old", toks[0].low):
        # "'...,' the 72-year-old said": the person introduced with that age.
        return _Mention(_join(toks, text), "role", role=toks[0].low)
    if (
        had_det
        and 1 <= len(toks) <= 3
        and toks[-1].low in COMPANY_ALIASES
        # (Not "the state's largest utility", described before it is named.)
        and all(
            t.kind == "W" and not t.cap and not re.search(r"['’]s?$|est$", t.low) for t in toks[:-1]
        )
        and not toks[-1].cap
    ):
        # "The insurer said", "the grocer said", "the regional grocery chain said": the
        # company quoted just before.
        return _Mention(_join(toks, text), "alias")
    if had_det and len(toks) == 1 and toks[0].low in BARE_ORGS:
        # "The county said", "the administration has asked": named, if at all, before.
        return _Mention(_join(toks, text), "alias")
    if len(toks) == 1 and toks[0].low == "it":
        return _Mention(toks[0].text, "itpron")
    if toks[-1].low in SUBJECT_DOCS and not toks[-1].cap:
        # "the 212-page report"; "Office of Economic Analysis" is a name, not a document.
        return _classify_doc(toks, text)
    if (
        len(toks) >= 2
        and toks[-1].low in {"order", "post", "posts"}
        and not toks[-1].cap
        and re.search(r"['’]s$", toks[-2].text)
    ):
        # "the commission's order says", "The department's post said": its issuer's.
        return _classify_doc(toks, text)
    if [t.low for t in toks] in (["super", "pac"], ["pac"]) and (had_det or toks[0].text == "PAC"):
        # "the super PAC said": the PAC named before, as "the group" is.
        return _Mention(_join(toks, text), "alias")
    if had_det and [t.low for t in toks] == ["order"]:
        # "..., the order said": the order cited before, its issuer's.
        return _Mention("order", "doc", role="order")
    if toks[-1].low in RECORD_NOUNS | {"count"} and any(
        re.search(r"['’]s$", t.text) for t in toks[:-1]
    ):
        # "the department's own records", "the center's count": the department's.
        return _classify_doc(toks, text)
    if (
        toks[-1].low in RECORD_NOUNS
        and not toks[-1].cap
        and len(toks) >= 2
        and all(t.kind == "W" for t in toks)
        and any(t.cap for t in toks[:-1])
        and (
            toks[0].low in SCOPE_WORDS
            or not any(t.low in ORG_HEADS | COMPANY_HEADS for t in toks[:-1])
        )
    ):
        # "Vessel Sanitation Program records", "Calverbrook Springs fire records": records by
        # a keeper with no word for what it is ("Commerce Department figures" is read below).
        keeper = _classify_doc(toks, text)
        if keeper is not None:
            return keeper
    if len(toks) >= 5 and toks[0].low in TITLES and toks[1].low == "of" and toks[0].cap:
        # "Secretary of State Luanne Hobbs", "Secretary of the Treasury Ann Ode": the title
        # ends at the first capitalised word after "of".
        k = 3 if toks[2].low == "the" else 2
        name = toks[k + 1 :]
        if 2 <= len(name) <= 3 and all(_is_name_word(t) for t in name) and toks[k].cap:
            return _Mention(_join(name, text), "person", title=_join(toks[: k + 1], text))
    if (
        len(toks) >= 2
        and toks[-1].low == "general"
        and toks[-2].low in _GENERAL_OFFICES
        and all(
            t.kind == "W" and (t.cap or (x == 0 and t.low == "state")) for x, t in enumerate(toks)
        )
    ):
        # "according to the Arizona Auditor General": the office, with no holder named.
        return _Mention(_join(toks, text), "org")
    held = max((x for x, t in enumerate(toks) if x >= 3 and t.low in TITLES and t.cap), default=0)
    if (
        held
        and any(t.low == "of" for t in toks[1:held])
        and all(t.kind == "W" and (t.cap or t.low in {"of", "the"}) for t in toks)
        and 2 <= len(toks) - held - 1 <= 3
        and all(_is_name_word(t) for t in toks[held + 1 :])
        and not any(_fold(t.text) in ORG_HEADS for t in toks[held + 1 :])
    ):
        # "Bureau of Prisons Director Colette Riesterer": a body's title before a person.
        return _Mention(
            _join(toks[held + 1 :], text), "person", title=_join(toks[: held + 1], text)
        )
    lower_tail = len(toks)
    while lower_tail > 0 and not toks[lower_tail - 1].cap and toks[lower_tail - 1].kind == "W":
        lower_tail -= 1
    if (
        (
            2 <= lower_tail < len(toks)
            # ("the VA inspector general", "HUD's inspector general": an agency's initials.)
            or (
                lower_tail == 1
                and _acronym(_Tok("W", re.sub(r"['’]s$", "", toks[0].text), 0, 0))
                and [t.low for t in toks[1:]] == ["inspector", "general"]
            )
        )
        and len(toks) - lower_tail <= 3
        and (toks[-1].low in TITLES or _role_like(toks[-1].low))
        and all(t.cap or t.low in ORG_CONNECTORS for t in toks[:lower_tail])
    ):
        # "the Department of Veterans Affairs inspector general": an office of the org.
        owner = _classify(toks[:lower_tail], text) if lower_tail > 1 else None
        if lower_tail == 1 or (owner is not None and owner.kind == "org"):
            return _Mention(_join(toks, text), "org")
    if (
        len(toks) >= 2
        and toks[-1].low.isdigit()
        and toks[0].cap
        and toks[-2].cap
        # "Longshore and Harbour Workers Local 31": connectors inside the name.
        and all(t.cap or t.low in ORG_CONNECTORS for t in toks[:-1])
    ):
        # "Amalgamated Transit Workers Local 88": a numbered branch of an organisation.
        return _Mention(_join(toks, text), "org")
    # ("FCC Wireline Competition Bureau Chief Octavius Brannagan": seven words, one person.)
    if all(t.cap for t in toks) and any(_acronym(t) for t in toks) and len(toks) <= 8:
        last_title = max(
            (x for x, t in enumerate(toks) if t.low.rstrip(".") in TITLES or _role_like(t.low)),
            default=-1,
        )
        name = toks[last_title + 1 :]
        if last_title >= 0 and 2 <= len(name) <= 3 and all(_is_name_word(t) for t in name):
            # "Assistant U.S. Attorney Keiko Hadley": a title holding an acronym.
            return _Mention(_join(name, text), "person", title=_join(toks[: last_title + 1], text))
        if len(toks) <= 5:
            # "NATO", "Priorities USA", "the FBI": an acronym makes the phrase an organisation.
            return _Mention(_join(toks, text), "org")
    for x in range(1, len(toks) - 1):
        if toks[x].low == "in" and len(toks) - x <= 3 and all(t.cap for t in toks[x + 1 :]):
            # "The Norvessan Embassy in Washington": the organisation, its seat an alias.
            seat = _classify(toks[:x], text, loose)
            if seat is not None and seat.kind == "org":
                return _Mention(seat.surface, "org", alias=_join(toks, text))
    for x in range(1, len(toks) - 1):
        # "Professor Anton Feydl of Kessmoor University Hospital": a person and their employer.
        if toks[x].low == "of":
            who = _classify(toks[:x], text, loose)
            if (
                who is not None
                and who.kind == "person"
                and not _role_like(_fold(who.surface))
                and _fold(who.surface).rstrip(".") not in TITLES
                # "the Arizona Secretary of State's Office": an office, no person.
                and not any(_fold(w).rstrip(".") in TITLES for w in who.surface.split())
                # "the National Registry of Exonerations": no person's name opens so, nor
                # ends so ("West Virginia Division of Highways").
                and _fold(who.surface.split()[0]) not in ORG_OPENERS
                and _fold(who.surface.split()[-1]) not in {"division", "directorate", "bureau"}
                # ("Emmet County Registrar of Voters", "Allied Nurses of the Tri-State Region",
                # "State of Wisconsin Investment Board": a body's name holds "of".)
                and not set(_name_tokens(who.surface)) & (ORG_HEADS | _OF_BODY_WORDS)
                # ("Covenant Families of Georgia": a body; no name ends in a plural of people.)
                and _fold(who.surface.split()[-1]) not in GROUP_NOUNS | _PLURAL_MEMBERS
                # ("Members of the House Freedom Caucus said": people, not one "Members".)
                and _fold(who.surface) not in UNNAMED_HEADS
                # ("the Treasure Valley Continuum of Care": three names with no given name
                # among them and a place's word, a body.)
                and not (
                    len([w for w in who.surface.split() if not re.fullmatch(r"[A-Z]\.", w)]) >= 3
                    and _fold(who.surface.split()[0]) not in MALE_NAMES | FEMALE_NAMES
                    and set(_fold(who.surface).split()) & _PLACE_WORDS
                )
            ):
                rest = toks[x + 1 :]
                if rest and rest[0].low in DETERMINERS:
                    rest = rest[1:]
                employer = _join(rest, text)
                who.role = f"{who.role}, {employer}" if who.role else employer
                return who
    posted = next(
        (
            x
            for x in range(len(toks) - 3, 1, -1)
            if toks[x].cap and toks[x].low.rstrip(".") in TITLES and toks[x].low not in PARTY_WORDS
        ),
        None,
    )
    if (
        posted is not None
        and 2 <= len(toks) - posted - 1 <= 3
        and all(t.kind == "W" and t.cap for t in toks[posted + 1 :])
        and not set(_name_tokens(_join(toks[posted + 1 :], text))) & ORG_HEADS
        and any(t.low in ORG_CONNECTORS for t in toks[:posted])
        and all(t.cap or t.low in ORG_CONNECTORS for t in toks[:posted])
        and any(t.low in ORG_HEADS or t.low.endswith("committee") for t in toks[:posted])
    ):
        # "House Transportation Subcommittee on Aviation Chairman Thaddeus Wolsencroft": the
        # person after the title, the body before it part of the title.
        return _Mention(
            _join(toks[posted + 1 :], text), "person", title=_join(toks[: posted + 1], text)
        )
    if (
        len(toks) >= 3
        and toks[0].cap
        and toks[-1].cap
        and all(
            t.cap
            or t.low in ORG_CONNECTORS
            or (x and t.low.isdigit())
            # "Citizens for a Solvent Lindenfield".
            or (t.low in {"a", "an"} and toks[x - 1].low == "for")
            for x, t in enumerate(toks)
        )
        and any(t.low in ORG_CONNECTORS for t in toks)
        and toks[0].low not in CAP_STOP
        # (Not "Georgia Secretary of State Brad Izquierdo": a title, then a given name.)
        and not (
            _given_at(toks) > 0
            and any(t.low.rstrip(".") in TITLES for t in toks[: _given_at(toks)])
        )
    ):
        # "Citizens for Clean Campaigns", "Freedom to Read Project": names of people never
        # hold a lower-case "for" or "to".
        return _Mention(_join(toks, text), "org")
    # ("Corp." and "Inc." end a company's name as "corp" and "inc" do.)
    words = [re.sub(r"['’]s?$|^(corp|inc|ltd|co)\.$", r"\1", t.low) for t in toks]
    i = len(toks)
    # Titles count only when capitalised: "Mayor Tobias Quenell", not "ministry spokesman".
    while i > 0 and (_is_name_word(toks[i - 1]) or (toks[i - 1].cap and toks[i - 1].low in TITLES)):
        i -= 1
    run, prefix = toks[i:], toks[:i]
    # "Meteorologist Sanna Okoye": a capitalised role noun opening a long run is a title.
    lead_role = len(run) >= 3 and (
        _role_like(run[0].low)
        # "State Auditor Janice Trembley", but not "Federal Aviation Administration".
        or (run[0].low in TITLE_MODIFIERS and not any(w in ORG_HEADS for w in words))
    )
    # The name is what follows the last title or role word of the run ("City Clerk Howard
    # Benning", "Senate Majority Leader Paul Okafor", "Fisherman Walt Jessup").
    last_title = max(
        (
            k
            for k, t in enumerate(run[:-1])
            if (t.low in TITLES or _role_like(t.low))
            # ("Midcontinent Independent System Operator": a body's name, no party.)
            and not (t.low == "independent" and any(w in ORG_HEADS for w in words[i + k + 1 :]))
        ),
        default=-1,
    )
    if lead_role:
        last_title = max(last_title, 0)
    given = _given_at(run)
    if given > 0 and not any(w in ORG_HEADS for w in words[: len(prefix) + given]):
        # "Pastor Ruth Okafor", "Public Defender Ruth Okafor": the words before a known
        # given name are a title, listed or not.
        last_title = max(last_title, given - 1)
    has_title = last_title >= 0
    heads = ORG_HEADS | (GROUP_HEADS if len(toks) >= 2 else frozenset())
    if len(words) >= 2 and toks[-1].cap and re.fullmatch(r"[a-z]{3,}(?:ics|tech|ware)", words[-1]):
        # "Mercora Biologics", "Halden Genomics", "Vantrell Robotics": a company's name.
        heads = heads | {words[-1]}
    parts = words[-1].split("-") if words else []
    if (
        toks[-1].cap
        and len(parts) >= 2
        and parts[-1] in OUTLET_WORDS
        and (len(words) >= 2 or parts[0] in OUTLET_WORDS)
    ):
        heads = heads | {words[-1]}  # "the Grisford Courier-Herald": a paper's name
    # A name right after a role noun is a person even if the role names an org
    # ("ministry spokesman Jeon Ha-kyou", "Port Calloway Authority chief executive ...").
    person = bool(run) and (
        has_title
        or (bool(prefix) and (_role_like(prefix[-1].low) or prefix[-1].low in TITLES))
        or not any(w in heads for w in words)
    )
    if not person:
        if (
            had_det
            and len(toks) <= 3
            and not any(t.cap or t.low in STOPWORDS for t in toks)
            and not any(w in heads for w in words)
        ):
            # "the retiree", "the grandmother": a person the text introduced by that noun
            # ("Ruth Okafor, a retiree, ..."), if it did; nobody otherwise.
            return _Mention(_join(toks, text), "role", role=toks[-1].low, alias="epithet")
        if not any(w in heads for w in words):
            return None
        if not any(t.cap for t in toks):
            if any(re.search(r"['’]s?$", t.text) for t in toks[:-1]):
                # Named by description: "the city's tourism office".
                return _Mention(_join(toks, text), "org")
            if len(toks) >= 3 and toks[0].low in SCOPE_WORDS and words[-1] in ORG_HEADS:
                # "the state energy board": an organisation named by its description.
                return _Mention(_join(toks, text), "org")
            # A bare head noun ("the alliance") needs an antecedent.
            return _Mention(_join(toks, text), "alias") if len(toks) <= 2 else None
        if len(toks) == 1 and words[0] in COMPANY_HEADS and words[0] not in _BODY_NAMES:
            return None  # "Solar projects have become ...": a company's last word, alone
        if toks[-1].cap or words[-1] in heads:
            return _Mention(_join(toks, text), "org")
        return None
    title_toks, name_toks = run[: last_title + 1], run[last_title + 1 :]
    state = next(
        (n for n in (2, 1) if len(toks) > n and " ".join(t.low for t in toks[:n]) in US_STATES),
        0,
    )
    if (
        state
        and not prefix
        and not title_toks
        and all(t.cap for t in toks)
        and not any(t.low in FEMALE_NAMES | MALE_NAMES for t in toks[state:])
        and (state == 2 or toks[0].low not in FEMALE_NAMES | MALE_NAMES)
    ):
        # "West Virginia Rivers Watch", "Texas Bail Fund": nobody's name opens with a state.
        return _Mention(_join(toks, text), "org")
    if name_toks and not prefix and re.sub(r"['’]s?$", "", name_toks[-1].low) in ORG_HEADS:
        # "Justice Department", "Labor Department": "Justice" is no title here.
        return _Mention(_join(toks, text), "org")
    if (
        len(name_toks) >= 2
        and re.search(r"['’]s$", name_toks[0].text)
        and all(t.cap for t in name_toks[1:])
    ):
        # "Ethiopia's Tigist Alemu", "Calder's Ruth Okafor": the owner is a place or team,
        # the person is the name after it.
        name_toks = name_toks[1:]
    if not name_toks or not all(_is_name_word(t) for t in name_toks) or len(name_toks) > 4:
        return None
    role_ok = loose or any(_role_like(t.low) or t.low in TITLES for t in prefix)
    role = _join(prefix, text) if prefix and role_ok else ""
    if prefix and not role:
        return None
    title = _join(title_toks, text) if title_toks else ""
    if prefix and title_toks and prefix[-1].low == "of" and role:
        # "Georgia Secretary of State Brad Izquierdo": one title across the "of".
        title, role = _join([*prefix, *title_toks], text), ""
    if title.lower() in HONORIFICS:
        title = ""
    return _Mention(_join(name_toks, text), "person", title=title, role=role)


def _records(toks: list[_Tok], text: str) -> _Mention | None:
    """ "Court records", "campaign finance records", "state figures": records nobody is named
    as keeping; a capitalised keeper ("Commerce Department figures") is left to the caller."""
    if len(toks) == 3 and toks[0].low == "the" and toks[1].low == "same":
        # "according to the same filings": the records cited before.
        toks = [toks[0], toks[2]]
    if len(toks) == 2 and toks[0].low == "the" and toks[1].low in RECORD_NOUNS:
        # "the data show": the data the article cited before, if any.
        return _Mention(_join(toks, text), "doc", role=toks[1].low)
    while toks and toks[0].kind == "W" and toks[0].low in DETERMINERS:
        toks = toks[1:]
    if not toks or toks[-1].low not in RECORD_NOUNS or toks[-1].cap and len(toks) > 1:
        return None
    if (
        len(toks[0].text) >= 2
        and toks[0].text.isupper()
        and "." not in toks[0].text
        and len(toks) > 1
    ):
        return None  # "USDA data": the keeper's, named by its acronym
    if any(t.cap for t in toks[1:]) or any(re.search(r"['’]s?$", t.text) for t in toks[:-1]):
        return None
    if any(t.low in STOPWORDS for t in toks):
        return None
    words = _join(toks, text)
    if not re.search(r"[A-Z]", toks[0].text[1:]):
        words = words[0].lower() + words[1:]  # "Court records show" ("AdImpact data" kept)
    return _Mention(words, "records", role=toks[-1].low)


# Kinds of office a body speaks through ("the FBI's Cincinnati field office").
_OFFICE_KINDS = _words("field regional district area")


def _through_office(toks: list[_Tok], had_det: bool, text: str) -> _Mention | None:
    """ "the agency's regional office", "The FBI's Cincinnati field office": the body, through
    one of its offices (kept as written too, as some label it); ``toks`` without "the"."""
    if len(toks) < 2 or toks[-1].low != "office" or not re.search(r"['’]s$", toks[0].text):
        return None
    middle = toks[1:-1]
    if not toks[0].cap:
        # "according to the agency's regional office": the agency named before.
        if (
            had_det
            and len(toks) <= 3
            and re.fullmatch(r"(?:agency|department|commission|board|bureau)['’]s", toks[0].low)
            and all(t.kind == "W" and not t.cap for t in toks[1:])
        ):
            return _Mention(re.sub(r"['’]s$", "", toks[0].low), "alias", alias=_join(toks, text))
        return None
    if (
        3 <= len(toks) <= 6
        and any(t.low in _OFFICE_KINDS for t in middle)
        and all(t.kind == "W" and (t.cap or t.low in _OFFICE_KINDS) for t in middle)
    ):
        # "The FBI's Cincinnati field office said": the FBI.
        return _Mention(re.sub(r"['’]s$", "", toks[0].text), "org", alias=_join(toks, text))
    return None


def _line_of(text: str, at: int) -> str:
    """The line of ``text`` that holds offset ``at``."""
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1 : len(text) if end < 0 else end]


def _doc_made_by(np: list[_Tok], text: str) -> _Mention | None:
    """ "a letter Bluecrest sent to members", "Notices Quillfeather filed with the state": the
    writer named between the document and its verb speaks through it."""
    k = 1 if np and np[0].low in DETERMINERS else 0
    docs = DOC_SUBJECTS | RECORD_NOUNS | LETTER_NOUNS | {"list", "lists", "order"}
    if len(np) > k + 1 and np[k].low not in docs and not np[k].cap and np[k + 1].low in docs:
        k += 1  # "a preliminary report Redoubt gave the council"
    if len(np) < k + 3 or np[k].low not in docs:
        return None
    if np[k + 1].low == "that" and len(np) >= k + 4:
        # "a study that the Harlow Institute published": the relative pronoun is no name.
        np = [*np[: k + 1], *np[k + 2 :]]
    for w in (1, 2):
        # "a notice the company filed with the state", "an analysis the group released",
        # "filings the hospital chain made with federal regulators".
        if (
            len(np) >= k + 3 + w
            and np[k + 1].low in {"the", "its"}
            # ("reports the PAC filed": the acronym is a common noun here.)
            and all(t.kind == "W" and (not t.cap or t.low == "pac") for t in np[k + 2 : k + 2 + w])
            and np[k + 1 + w].low
            in GENERIC_ORGS
            | COMPANY_NOUNS
            | UNION_HEADS
            | ORG_HEADS
            | {"campaign", "agency", "railroad", "airline", "utility"}
            and np[k + 2 + w].low in MAKER_VERBS
        ):
            head = np[k + 1 + w].low
            named = [
                mm.group(0)
                for mm in re.finditer(
                    rf"(?:{_CAP_WORD})(?:[ \t]+(?:{_CAP_WORD}))*[ \t]+{head.title()}\b",
                    text[: np[0].start],
                )
                # (Not the headline "Senators Grill Airline": a line with no sentence in it.)
                if "." in _line_of(text, mm.start())
            ]
            if len(set(named)) == 1 and head in {"railroad", "airline"}:
                # "a list the railroad provided" after "operated by the Meskwa Valley Railroad".
                return _Mention(named[0], "org", doc=np[k].low)
            made_by = _Mention(_join(np[k + 1 : k + 2 + w], text), "alias")
            made_by.doc = np[k].low
            return made_by
    d = k
    if (
        len(np) > k + 3
        and np[k + 1].low in {"her", "his", "their"}
        and np[k + 2].low in {"office", "campaign"}
        and np[k + 3].low in MAKER_VERBS
    ):
        # "a letter her office sent to the lottery's board": the office of whoever "her" is.
        return _Mention(
            _join(np[k + 1 : k + 3], text),
            "poss",
            role=np[k + 2].low,
            at=np[k + 1].start,
            doc=np[d].low,
        )
    if np[k + 1].low in {"it", "they"} and np[k + 2].low in MAKER_VERBS:
        # "the order it released Thursday": the document of whoever "it" is.
        return _Mention(
            np[k + 1].text, "itpron" if np[k + 1].low == "it" else "they", doc=np[d].low
        )
    if np[k + 1].low in {"he", "she"} and np[k + 2].low in MAKER_VERBS:
        # "according to a memo she sent council members": hers.
        return _Mention(np[k + 1].text, "pron", at=np[k + 1].start, doc=np[d].low)
    if np[k + 1].low == "the" and np[k + 2].cap:
        k += 1  # "a study the Harlow Institute published"
    elif (
        np[k + 1].low == "the"
        and len(np) > k + 3
        and not np[k + 2].cap
        and np[k + 2].low not in docs
        and np[k + 3].cap
    ):
        # "a memo the nonpartisan Legislative Fiscal Bureau released": a describing word.
        np = [*np[: k + 2], *np[k + 3 :]]
        k += 1
    e = k + 1
    while (
        e < len(np)
        and np[e].kind == "W"
        and (
            np[e].cap
            # "a filing Pacific Gas and Electric made": a connector inside the name.
            or (
                np[e].low in {"and", "of", "for"}
                and e > k + 1
                and e + 1 < len(np)
                and np[e + 1].cap
            )
        )
    ):
        e += 1
    if e == k + 1 or e - k - 1 > 6 or e >= len(np) or np[e].low not in MAKER_VERBS:
        return None
    who = _classify(np[k + 1 : e], text)
    if who is None or who.kind not in ("org", "person"):
        return None
    who.doc = np[d].low
    return who


def _doc_by_author(whole: list[_Tok], text: str) -> _Mention | None:
    """The author of "a poll released last week by X", "a 2023 audit by the state comptroller",
    "a filing by the association in a separate case": X speaks through the document."""
    # ("the most recent inspection report by X": a few describing words first.)
    d = next(
        (
            x
            for x, t in enumerate(whole[:6])
            # ("estimates from the county auditor's office": the office's.)
            if t.low in DOC_SUBJECTS | {"findings", "estimates", "projections", "tally", "count"}
            # ("A 2023 inspection by the federal ... Administration found": by someone.)
            or (t.low in _WORK_NOUNS and x + 1 < len(whole) and whole[x + 1].low == "by")
        ),
        None,
    )
    # ("a January poll by X": a month is when, not whose.)
    if d is None or any(
        t.cap for t in whole[1:d] if not t.low[:1].isdigit() and t.low not in CAP_STOP
    ):
        return None
    # ("A poll for the Delossantos campaign by Larchgate Strategies": the client first.)
    reach = 7 if d + 1 < len(whole) and whole[d + 1].low == "for" else 5
    y = next(
        (
            x
            for x in range(d + 1, min(d + reach, len(whole)))
            if whole[x].low == "by"
            or (x == d + 1 and whole[x].low == "from")
            # "a poll out Tuesday from Pemberline Research": when, then whose.
            or (
                whole[x].low == "from"
                and all(
                    t.low in {"out", "released", "published", "issued", "this", "last", "week"}
                    or re.fullmatch(r"[A-Z][a-z]+day", t.text)
                    for t in whole[d + 1 : x]
                )
            )
            # "a poll for the Grisford Courier-Herald found": no pollster named, the client's.
            or (
                x == d + 1
                and whole[x].low == "for"
                and whole[d].low in {"poll", "survey"}
                and not any(t.low == "by" for t in whole)
            )
        ),
        None,
    )
    if y is None or whole[y - 1].low in {"obtained", "seen", "reviewed"}:
        # "obtained by the Northern Health Report": who has it, not who wrote it.
        return None
    if any(t.low in FINITE for t in whole[d + 1 : y]):
        # "the same poll had Ferrandino ahead by six points": a margin, not an author.
        return None
    if whole[y - 1].low in COMMISSION_VERBS:
        pollster = _conducted_by(whole[d:])
        if pollster is not None:
            # "A poll commissioned by the Chronicle and conducted by X in July found".
            return _Mention(_join(pollster, text), "org", doc=whole[d].low)
        frm = next((x for x in range(y + 2, len(whole) - 1) if whole[x].low == "from"), None)
        if frm is not None:
            # "A study commissioned by the city from the Nethercrag Energy Lab": who wrote it.
            maker = [t for t in whole[frm + 1 :] if t.low not in DETERMINERS]
            # ("from Ballard & Fenchley Education Consultants": "&" joins a firm's name.)
            if maker and all(t.cap or t.low in ORG_CONNECTORS or t.text == "&" for t in maker):
                return _Mention(_join(maker, text), "org")
        payer = whole[y + 1 :]
        if payer and payer[0].low == "the":
            payer = payer[1:]
        end = next(
            (x for x, t in enumerate(payer) if not t.cap and t.low not in {"of", "for", "on"}),
            len(payer),
        )
        if end < len(payer) and payer[end].low == "campaign":
            end += 1  # "the Yes on T campaign"
        payer = payer[:end]
        if payer and payer[0].cap and _fold(payer[0].text) not in CAP_STOP and len(payer) >= 2:
            # "A poll commissioned by the Dunharrow Justice Coalition in March found": no
            # pollster named, so the body that paid for it speaks through it.
            who = _classify(payer, text)
            if who is not None and who.kind == "org":
                return _Mention(who.surface, "org", doc=whole[d].low)
        # "a 2025 facilities assessment commissioned by the district found": those who paid
        # for it did not write it; the document speaks as described.
        desc = [t for t in whole[: d + 1] if t.low not in DETERMINERS and not t.low[:1].isdigit()]
        if desc and not any(t.cap for t in desc):
            return _Mention(_join(desc, text), "doc", role=whole[d].low, alias="new")
        return None
    author = whole[y + 1 :]
    # (Callers may pass words only: a comma shows in the text between two of them.)
    comma = next(
        (
            x
            for x in range(2, len(author))
            if author[x].text == "," or "," in text[author[x - 1].end : author[x].start]
        ),
        None,
    )
    if comma is not None and all(t.cap or t.low in ORG_CONNECTORS for t in author[:comma]):
        author = author[:comma]  # "by Pronghorn Strategies, a Denver firm hired by ...": the name
    cut = next(
        (
            x
            for x, t in enumerate(author)
            if x and not t.cap and (t.low.endswith("ed") or t.low in IRREGULAR_PARTICIPLES)
        ),
        None,
    )
    author = author[:cut]  # "a poll by Dawlish Research released Monday": when, not who
    rel = next((x for x, t in enumerate(author) if x and t.low in RELATIVES), None)
    author = author[:rel]  # "a report by Ostrevay Advisory Group that the city released"
    if len(author) < 3 or author[0].low not in EMPLOYEE_NOUNS | {"doctors", "physicians"}:
        for x, t in enumerate(author):
            if x and not t.cap and t.low in PREPOSITIONS and not _org_continues(author, x):
                author = author[:x]
                break
    last_low = max((x for x, t in enumerate(author) if not t.cap), default=-1)
    if (
        0 <= last_low < len(author) - 1
        and author[last_low].low in GENERIC_ORGS | COMPANY_NOUNS | DESCRIBED_BODIES
        and all(t.cap for t in author[last_low + 1 :])
    ):
        # "by the Seattle law firm Ellesmoor Pendlebrock": the firm, by its name.
        # ("a report by the consulting firm X found": the firm's report; not "The report,
        # written by the law firm X, found delays".)
        made = whole[d].low if y == d + 1 else ""
        return _Mention(_join(author[last_low + 1 :], text), "org", doc=made)
    if len(author) >= 3 and author[0].low in EMPLOYEE_NOUNS | {"doctors", "physicians"}:
        # "a study by doctors at Marwick University Hospital": the hospital.
        at = next((x for x, t in enumerate(author) if t.low == "at"), None)
        if at is not None:
            org = author[at + 1 :]
            if org and org[0].low in DETERMINERS:
                org = org[1:]
            if org and _org_words(org):
                # ("researchers at Portland State University", as some label it.)
                return _Mention(
                    _join(org, text), "org", doc=whole[d].low, alias=_join(author, text)
                )
    plain = author[1:] if author and author[0].low in DETERMINERS else author
    if (
        len(plain) >= 3
        and plain[-1].low in EMPLOYEE_NOUNS | {"doctors", "physicians"}
        and _org_words(plain[:-1])
    ):
        # "a report by Portland State University researchers": the university; the phrase
        # stays an alias, as written.
        return _Mention(_join(plain[:-1], text), "org", doc=whole[d].low, alias=_join(plain, text))
    if (
        len(author) >= 3
        and author[0].low == "the"
        and author[1].low in PLACE_OWNERS
        and author[2].cap
    ):
        author = author[2:]  # "prepared by the legislature's Oversight Division": its own name
    if (
        2 <= len(author) <= 4
        and author[0].cap
        and re.search(r"['’]s$", author[0].text)
        and author[-1].low in {"group", "team", "lab", "laboratory"}
        and not any(t.cap for t in author[1:])
    ):
        # "a count by Avelar's research group": the researcher whose group it is.
        stem = re.sub(r"['’]s$", "", author[0].text)
        owner = _classify([_Tok("W", stem, author[0].start, author[0].start + len(stem))], text)
        if owner is not None and owner.kind == "person":
            owner.doc = whole[d].low
            return owner
    who = _unnamed(author, text) or _classify(author, text)
    if who is not None and who.kind in ("org", "person", "alias", "anon", "group"):
        who.doc = whole[d].low
        return who
    bare = author[1:] if author and author[0].low in DETERMINERS else author
    if (
        1 <= len(bare) <= 4
        and not any(t.cap for t in bare)
        and not any(t.low in STOPWORDS for t in bare)
    ):
        # "the state comptroller": an office named by its description.
        return _Mention(_join(bare, text), "org", doc=whole[d].low)
    if (
        len(bare) >= 3
        and bare[0].low in _LEVELS
        and bare[1].cap
        and all(t.cap or t.low in ORG_CONNECTORS for t in bare[1:])
    ):
        # "by the federal Pipeline and Hazardous Materials Safety Administration": the body.
        named = _classify(bare[1:], text)
        if named is not None and named.kind == "org":
            named.doc = whole[d].low
            return named
    if (
        2 <= len(bare) <= 4
        and bare[0].cap
        and bare[-1].low in _OFFICES
        and not any(t.cap or t.low in STOPWORDS for t in bare[1:])
    ):
        # "by the Lisgar state comptroller": a place's office.
        return _Mention(_join(bare, text), "org", doc=whole[d].low)
    return None


# A state's party by name: "the Michigan Republican Party".
_STATE_PARTY = re.compile(r"\b(?!The\b)[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?[ \t]Republican[ \t]Party\b")
# Last words of a utility's name ("Tallowfield Gas and Light", "Westerly Power & Light").
_UTILITY_WORDS = _words("gas light power electric energy utilities utility electricity")


def _is_utility(name: str) -> bool:
    """Whether a body's name ends in a utility's word ("Westerly Power & Light", "City
    Utilities of Springfield" without its town)."""
    words = _name_tokens(re.sub(r"\s+of\s+[A-Z][\w'’\-]+$", "", name))
    return bool(words) and words[-1] in _UTILITY_WORDS


# Work that speaks through its findings when its doer is named ("an inspection by X").
_WORK_NOUNS = _words("inspection")
# Levels of government written in lower case before a body's name ("the federal ...").
_LEVELS = _words("federal state county city national")
# Plurals of people that end a body's name ("Covenant Families of Georgia", "Friends of X").
_PLURAL_MEMBERS = _words(
    """friends citizens veterans mothers fathers taxpayers neighbours bankers growers farmers
    builders nurses teachers engineers physicians doctors lawyers realtors grocers truckers
    manufacturers producers retailers pharmacists dentists"""
)
# Words of places that open or fill a body's name, never a person's ("Treasure Valley").
_PLACE_WORDS = _words("valley river lake mountain mountains bay creek harbor coast prairie basin")
# Offices a document's author may be named by ("the Lisgar state comptroller").
_OFFICES = _words("comptroller controller auditor treasurer inspector")
# Titles that also name an office ("the Figwort County Registrar of Voters").
_OFFICE_TITLES = _words("registrar")


def _record_subject(whole: list[_Tok], text: str) -> _Mention | None:
    """ "Records obtained by the Capitol Ledger show": the records, as written."""
    # A capitalised record noun inside a name is no record ("Bureau of Labor Statistics data").
    x = next(
        (x for x, t in enumerate(whole[:9]) if t.low in RECORD_NOUNS and (x == 0 or not t.cap)),
        None,
    )
    letter = next((x for x, t in enumerate(whole[:3]) if t.low in LETTER_NOUNS), None)
    if (
        x is None
        and letter is not None
        and letter + 2 < len(whole)
        and whole[letter + 1].low in {"from", "by"}
    ):
        # "A statement from Corvane Health said": the writer speaks through it.
        writer = whole[letter + 2 :]
        when = next(
            (
                y
                for y, t in enumerate(writer)
                if y
                and t.low in {"in", "on", "last", "this"}
                and (y + 1 >= len(writer) or not writer[y + 1].cap)
            ),
            None,
        )
        who = _classify(writer[:when], text)  # ("... Services in 2024": when, not who)
        if who is not None and who.kind in ("org", "alias", "person"):
            who.doc = whole[letter].low
            return who
        return None
    if x is not None and x + 2 < len(whole) and whole[x + 1].low == "from":
        # "Data from the state health department show": the department's data.
        author = whole[x + 2 :]
        who = _classify(author, text)
        if who is not None and who.kind in ("org", "alias", "person"):
            who.doc = whole[x].low
            return who
        bare = author[1:] if author[0].low in DETERMINERS else author
        if 1 <= len(bare) <= 5 and not any(t.cap or t.low in STOPWORDS for t in bare):
            return _Mention(_join(bare, text), "org", doc=whole[x].low)
        return None
    m = x if x is not None else 0
    while (
        m > 1
        and x is not None
        and x - m < 2
        and whole[m - 1].kind == "W"
        and not (whole[m - 1].cap or whole[m - 1].low in ORG_CONNECTORS | STOPWORDS)
    ):
        m -= 1  # "... Department of Health inspection reports": a kind of record
    acronym = len(whole[0].text) >= 2 and whole[0].text.isupper() and "." not in whole[0].text
    if (
        x is not None
        and x == len(whole) - 1
        and (m >= 2 or (m == 1 and acronym))
        and whole[0].cap
        and whole[m - 1].cap
        and all(t.cap or t.low in ORG_CONNECTORS for t in whole[:m])
    ):
        # "Federal Election Commission filings show that": the keeper's records, as in
        # "according to Commerce Department figures"; the whole phrase stays an alias.
        keeper = _classify(whole[:m], text)
        if keeper is not None and keeper.kind == "org":
            return _Mention(keeper.surface, "org", alias=_join(whole, text), doc=whole[x].low)
    if x is None or x + 1 >= len(whole) or not whole[x + 1].low.endswith("ed"):
        return None
    if (
        x + 3 < len(whole)
        and whole[x + 2].low == "by"
        and whole[x + 1].low in {"filed", "released", "published", "compiled", "issued"}
    ):
        # "Court papers filed by the city say": the city's papers.
        author = whole[x + 3 :]
        who = _classify(author, text)
        if who is not None and who.kind in ("org", "alias", "person"):
            who.doc = whole[x].low
            return who
    rec = _records(whole[: x + 1], text)
    if rec is not None and rec.kind == "records" and len(whole) > x + 1:
        # "Records filed with the court show": "records", and the phrase as written.
        phrase = _join(whole, text)
        rec.alias = phrase[:1].lower() + phrase[1:]
    return rec


def _body_officer(toks: list[_Tok], text: str, loose: bool) -> _Mention | None:
    """ "School board President Dolores Wetherington", "Fair board Chairman Ted Alcott": the
    officer by name, the body's lower-case noun and the capitalised title both their title."""
    ti = next(
        (
            x
            for x in range(2, min(len(toks) - 2, 5))
            if toks[x].cap and toks[x].low in TITLES and toks[x - 1].low in ORG_HEADS
        ),
        None,
    )
    if ti is None or toks[ti - 1].cap:
        return None
    body = toks[: ti - 1]
    if not all(
        t.kind == "W" and t.cap and _fold(t.text) not in CAP_STOP and t.low not in TITLES
        for t in body
    ):
        return None
    named = _classify(toks[ti:], text, loose)
    if named is None or named.kind != "person" or not named.title:
        return None
    named.title = f"{_join(toks[:ti], text)} {named.title}"
    return named


def _classify_doc(toks: list[_Tok], text: str) -> _Mention | None:
    """A document as subject: "the 212-page report" (its author, found later), "the agency's
    audit" (the agency), "Commerce Department figures" (the department)."""
    noun = toks[-1].low
    poss = next((x for x, t in enumerate(toks[:-1]) if re.search(r"['’]s$", t.text)), None)
    if poss is not None:
        last = toks[poss]
        stem = _Tok("W", re.sub(r"['’]s$", "", last.text), last.start, last.end - 2)
        owner = _classify([*toks[:poss], stem], text)
        if owner is not None and owner.kind in ("person", "org", "alias"):
            owner.doc = noun  # "City Auditor Iris Kettering's report found that ..."
        return owner
    mods = toks[:-1]
    if mods and re.fullmatch(r"(?:19|20)\d\d", mods[0].low):
        mods = mods[1:]  # "a 2019 Stanford University study"
    if noun in RECORD_NOUNS and len(mods) >= 2 and mods[0].low in SCOPE_WORDS and mods[1].cap:
        mods = mods[1:]  # "state Election Law Enforcement Commission records"
    if (
        noun in RECORD_NOUNS
        and len(mods) >= 2
        and mods[0].cap
        and not mods[-1].cap
        and all(t.kind == "W" and t.low not in STOPWORDS for t in mods)
        and not any(re.search(r"['’]s?$", t.text) for t in mods)
    ):
        # "Calverbrook Springs fire records show": a place's records, as written.
        return _Mention(_join(toks, text), "records", role=noun)
    if (
        len(mods) >= 2
        and noun in DOC_SUBJECTS
        and not mods[-1].cap
        and mods[-1].low in _WORK_NOUNS | {"investigation", "compliance", "safety"}
        and mods[0].cap
        and all(t.cap or t.low in ORG_CONNECTORS for t in mods[:-1])
    ):
        mods = mods[:-1]  # "An FDA inspection report found": the agency's
    if mods and mods[0].cap and mods[-1].cap:
        # "Commerce Department figures"; "a Capitol Ledger review found" is the outlet's own
        # sourcing, so the name is not marked as a document's author here.
        maker = _classify(mods, text)
        if (
            maker is not None
            and maker.kind == "person"
            and not maker.title
            and noun in POLL_NOUNS | RECORD_NOUNS
        ):
            # "A Lamplugh Research poll", "Vessel Sanitation Program records": a pollster or a
            # keeper of records, whatever its name ends with.
            maker = _Mention(maker.surface, "org")
        if maker is not None and maker.kind == "org" and noun in RECORD_NOUNS and not maker.alias:
            maker.alias = _join(toks, text)  # "Cal Fire figures": as written, as some label it
        if maker is not None and maker.kind == "org" and noun != "review":
            # "a Stanford University study found ...": the university speaks through it.
            maker.doc = noun
            if noun in {"poll", "survey", "study"} and not maker.alias:
                maker.alias = f"{maker.surface} {noun}"  # as written, as some label it
        return maker
    if any(t.cap for t in mods):
        return None
    return _Mention(_join(toks, text), "doc", role=noun)


def _acronym(t: _Tok) -> bool:
    """An all-capitals word of two or more letters that is not a title ("NATO", "U.S.")."""
    letters = re.sub(r"[^A-Za-z]", "", t.text)
    return len(letters) >= 2 and letters.isupper() and t.low.rstrip(".") not in TITLES


def _role_like(low: str) -> bool:
    """A role noun, or a profession by its suffix ("epidemiologist", "economist")."""
    low = low.removeprefix("co-")  # "Co-owner Ansel Corbell", "co-chair"
    return low in ROLE_NOUNS or (len(low) > 6 and low.endswith(("ologist", "nomist", "alyst")))


# Nouns the rules read as documents, records or organisations, never as a person's epithet.
NOUN_CLASSES = (
    LETTER_NOUNS | DOC_SUBJECTS | DOCUMENT_NOUNS | RECORD_NOUNS | LEGAL_DOCS | GENERIC_ORGS
) | (COMPANY_ALIASES | BARE_ORGS | TRIBUNALS | ORG_HEADS | UNNAMED_REF_HEADS)


def _the_before(toks: list[_Tok], k: int) -> bool:
    """Whether "the" opens the lower-case phrase of at most three words ending at ``k``, and
    the phrase opens a clause ("...," the retiree said; not "who survived the fire said")."""
    for x in range(k - 1, max(k - 4, -1), -1):
        t = toks[x]
        if t.kind == "W" and t.low == "the":
            return x == 0 or toks[x - 1].kind != "W"
        if t.kind != "W" or t.cap or t.low in STOPWORDS:
            return False
    return False


def _left_np(toks: list[_Tok], j: int) -> int:
    """Start index of the noun phrase ending before token ``j`` (stops at punctuation/quotes)."""
    for k in range(2, 6):
        if (
            j - k - 2 >= 0
            and toks[j - k].low == "of"
            and toks[j - k - 1].low in DOC_SUBJECTS
            and toks[j - k - 2].cap
            and all(t.kind == "W" and not t.cap for t in toks[j - k + 1 : j])
        ):
            # "a Herald review of the ratings shows": the document's own phrase ends at it.
            j -= k
            break
    i = j
    while i > 0:
        t = toks[i - 1]
        if t.text == "&" and i >= 2 and toks[i - 2].cap and i < j and toks[i].cap:
            # "Calder Power & Light", "Johnson & Johnson": one name.
            i -= 1
            continue
        if (
            t.text == ","
            and i + 2 < j
            and toks[i].cap
            and toks[i + 1].low == "and"
            and toks[i + 2].cap
            and i >= 3
            and toks[i - 2].cap
            and toks[i - 2].low not in CAP_STOP
            and (toks[i - 3].low == "in" or (toks[i - 3].text == "," and i >= 5))
        ):
            # "Health departments in Kansas, Nebraska and Texas said": a list of places.
            k = i - 3
            while k >= 2 and toks[k].text == "," and toks[k - 1].cap:
                k -= 2
            if toks[k].low == "in":
                i = k + 1  # (the phrase the list is in is the group's, as for two places)
                break
        if t.kind != "W":
            break
        low = t.low
        if (
            low in {"state", "federal", "county", "city"}
            and i < j
            and toks[i].cap
            and toks[i].low not in CAP_STOP
            and (low in {"state", "federal"} or toks[i].low in {"board", "council", "commission"})
        ):
            # "The state Department of Transportation", "the county Board of Commissioners".
            i -= 1
            continue
        if (
            low in _TRADE_KINDS
            and i < j
            and toks[i].cap
            and i >= 2
            and (toks[i - 2].low == "the" or (i >= 3 and toks[i - 3].low == "the"))
            and _trade_name_at(toks[i - 2 if toks[i - 2].low == "the" else i - 3 : j]) is not None
        ):
            # "..., the towboat operator Dunnesey Towing estimated": one described company.
            i -= 1
            continue
        if low in PLACE_OWNERS and i < j and toks[i].cap and toks[i].low not in CAP_STOP:
            # "..., the county's Board of Elections said": the county's own body.
            i -= 1
            continue
        if (low.isdigit() or low == "4-h") and i - 2 >= 0 and toks[i - 2].cap:
            # "Amalgamated Transit Workers Local 88", "The Gorsewillow County 4-H".
            i -= 1
            continue
        if re.fullmatch(r"\d+(?:st|nd|rd|th)", low) and i < j and toks[i].cap:
            # "the U.S. Court of Appeals for the 8th Circuit": an ordinal inside the name.
            i -= 1
            continue
        if low in PRONOUNS or (low in {"it", "they"} and i == j):
            # A pronoun is a whole subject, never part of a longer phrase.
            return i - 1 if i == j else i
        if low in DETERMINERS:
            if (
                i >= 3
                and toks[i - 2].low == "of"
                and (toks[i - 3].cap or toks[i - 3].low == "office")
                and i < j
                and toks[i].cap
            ):
                # "Simon Achebe of the Breckland Institute": the person before the "of".
                i -= 2
                continue
            if (
                low in {"a", "an"}
                and i >= 3
                and toks[i - 2].low == "for"
                and toks[i - 3].cap
                and i < j
                and toks[i].cap
            ):
                # "Citizens for a Solvent Lindenfield": an organisation's name.
                i -= 2
                continue
            if (
                low == "the"
                and i >= 3
                and toks[i - 2].low == "for"
                and toks[i - 3].cap
                and i < j
                and re.fullmatch(r"\d+(?:st|nd|rd|th)", toks[i].low)
            ):
                # "the U.S. Court of Appeals for the 8th Circuit": one name.
                i -= 2
                continue
            return i - 1
        if (
            low == "in"
            and i - 2 >= 0
            and i < j
            and j - i <= 2
            and toks[i].cap
            # ("The FBI's field office in Sacramento": an office in lower case.)
            and (toks[i - 2].cap or toks[i - 2].low in {"office", "division", "bureau"})
            and (
                re.sub(r"['’]s?$", "", toks[i - 2].low) in ORG_HEADS
                # ("The Commission for Looted Art in Europe": a body's name runs on.)
                or _body_name_before(toks, i - 1)
            )
        ):
            # "The Norvessan Embassy in Washington": an organisation's seat.
            i -= 1
            continue
        if low in {"of", "and", "for", "to", "on"}:
            if i - 2 >= 0 and toks[i - 2].cap and i < j and toks[i].cap:
                i -= 1
                continue
            if low == "of" and i - 2 >= 0 and toks[i - 2].low == "office" and i < j:
                # "the office of the Texas attorney general said".
                i -= 1
                continue
            if (
                low == "of"
                and i - 3 >= 0
                and i < j
                and toks[i - 2].low in TITLES
                and (
                    (toks[i - 3].cap and toks[i - 3].low not in CAP_STOP)
                    # "the secretary of state's office", named in full before.
                    or toks[i - 3].low == "the"
                )
                and re.sub(r"['’]s?$", "", toks[i].low) == "state"
            ):
                # "the Marrow secretary of state's office": one title with its "of", named
                # by its state (a bare "the secretary of state's office" needs one before).
                i -= 1
                continue
            if (
                low == "of"
                and i - 2 >= 0
                and i + 1 < j
                and toks[i - 2].low in TITLES
                and not toks[i - 2].cap
                and toks[i].kind == "W"
                and not toks[i].cap
                and toks[i].low not in STOPWORDS
                and toks[j - 1].cap
            ):
                # "Republican secretary of state nominee Franklin Ducasswell said": a role
                # in lower case with its "of", then the name.
                i -= 1
                continue
            break
        if (
            t.cap
            and low in {"our", "the"}
            and i >= 2
            and toks[i - 2].text in {"Save", "Keep", "Protect"}
        ):
            i -= 1  # "Save Our General": a campaign's name runs on
            continue
        if t.cap:
            if low.rstrip(".") in CAP_STOP and not (
                i >= 3 and all(x.cap and x.low not in CAP_STOP for x in toks[i - 3 : i - 1])
            ):
                # "Calder Homes Now" keeps its last word; a lone "However" is no name.
                break
            i -= 1
            continue
        base = re.sub(r"['’]s?$", "", low)
        if (
            base == "family"
            and i == j
            and i >= 2
            and toks[i - 2].cap
            and toks[i - 2].low not in CAP_STOP | PRONOUNS | DETERMINERS
            and (
                re.search(r"['’]s$", toks[i - 2].text)
                # (Not inside another's reported clause: "and that the Ruffin family had asked".)
                or (i >= 3 and toks[i - 3].low == "the" and (i < 4 or toks[i - 4].low != "that"))
            )
        ):
            i -= 1  # "The Kildonnan family has said": the family by its name.
            continue
        if (
            _role_like(base)
            or base in ORG_HEADS
            or (i >= 2 and f"{toks[i - 2].low} {base}" in SERVICE_HEADS)
            or base in GROUP_HEADS
            or base in TITLES
            or (
                base
                in SUBJECT_DOCS | RECORD_NOUNS | BARE_ORGS | COMPANY_ALIASES | TRIBUNALS | {"count"}
                and i == j
            )
            # "the commission's order says": an order is a document after its issuer.
            or (base == "order" and i == j and i >= 2 and re.search(r"['’]s$", toks[i - 2].text))
        ):
            i -= 1
            continue
        if (
            i == j
            and low not in STOPWORDS
            and not low.endswith("s")
            and low not in NOUN_CLASSES
            and _the_before(toks, i - 1)
        ):
            # "the retiree", "the 72-year-old": a head noun after "the" and at most two
            # modifiers, for a person introduced by it (resolution decides).
            i -= 1
            continue
        # A modifier of the role or org word to its right ("transport director"); not a word
        # that opens a clause ("has sharpened since campaign finance reports showed").
        if (
            low not in STOPWORDS
            and low not in SUBORDINATORS
            and i < j
            and toks[i].kind == "W"
            and not toks[i].cap
        ):
            i -= 1
            continue
        break
    return i


def _body_name_before(toks: list[_Tok], k: int) -> bool:
    """Whether the capitalised words before ``toks[k]`` name a body with "for" or "of" in
    it ("Commission for Looted Art", "Friends of the Library")."""
    x = k - 1
    joined = False
    while x >= 0 and (toks[x].cap or toks[x].low in {"for", "of", "the"}):
        if toks[x].low in {"for", "of"}:
            joined = True
        elif toks[x].cap and toks[x].low in ORG_HEADS and joined:
            return True
        x -= 1
    return False


def _appositive_role(toks: list[_Tok], text: str) -> str:
    """Role from an appositive ("spokesperson for the U.S. Department of Defense")."""
    while toks and toks[0].kind == "W" and toks[0].low in DETERMINERS:
        toks = toks[1:]
    if not toks or toks[0].low in {"who", "which", "whose", "whom", "speaking", "according"}:
        return ""
    if toks[0].low in {"asked", "reached", "interviewed", "contacted", "told"}:
        return ""  # "Staverton, asked about the post, said": when, not who
    if any(t.kind != "W" and t.text not in ".'’-" for t in toks):
        return ""
    if not any(t.text[0].isalpha() for t in toks):
        # "Maria Lopez, 54, said": an age is not a role.
        return ""
    rel = next((x for x, t in enumerate(toks) if x and t.low in {"who", "whose"}), len(toks))
    return _join(toks[:rel], text)  # "a mother of three who said ...": the role ends at "who"


def _appositive_chain(toks: list[_Tok], j: int, text: str) -> tuple[_Mention, int] | None:
    """ "Sen. Walter Brisco, a Republican from Tollard, where three mills have closed, wrote":
    a name opening the sentence, then descriptions over several commas, then the cue."""
    lede = _lede_start(toks)
    commas = [x for x in range(lede, j) if toks[x].text == ","]
    if (
        commas
        and toks[lede].cap
        and (
            toks[lede].low in PREPOSITIONS
            # "Back in Thirlbeck's district, wheat farmer Gerald Quintenbaugh, 63, said".
            or (
                toks[lede].low in {"back", "out", "over", "down", "up", "here", "there"}
                and toks[lede + 1].low in PREPOSITIONS
            )
        )
    ):
        # "Outside the Legislative Building, retired teacher Beulah Jankovane, 71, of Garner,
        # said": where it was said opens the sentence; the speaker comes after it.
        lede, commas = commas[0] + 1, commas[1:]
    # "a home health aide from Flint, Mich., who has three children,": the comma between a
    # city and its state opens no description.
    commas = [x for x in commas if not _state_follows(toks, x, j)]
    if len(commas) < 3 or commas[-1] != j - 1:
        return None
    first = toks[lede : commas[0]]
    if not first or len(first) > 6 or any(t.kind != "W" for t in first):
        return None
    for x in commas[:-1]:
        nxt = toks[x + 1] if x + 1 < j else None
        # Each description opens in lower case ("a Republican", "where ..."), or is an age.
        if nxt is None or nxt.kind != "W" or (nxt.cap and not nxt.low.isdigit()):
            return None
    if any(t.low in SAY_VERBS for t in toks[lede : j - 1] if t.kind == "W"):
        return None
    named = _classify(first, text)
    if named is None or named.kind not in ("person", "org"):
        return None
    if named.kind == "person" and len(named.surface.split()) < 2:
        return None
    for a, b in zip(commas, commas[1:], strict=False):
        if named.kind == "person" and not named.role and not toks[a + 1].low.isdigit():
            named.role = _appositive_role(toks[a + 1 : b], text)  # not the age
    return named, lede


def _chapter_of(toks: list[_Tok], j: int, text: str) -> tuple[_Mention, int] | None:
    """ "The Marrow chapter of the Civil Liberties Union praised": the organisation speaks
    through its local unit, and is named by its own name."""
    b = j
    while b > 0 and toks[b - 1].kind == "W" and j - b < 14:
        b -= 1
    words = toks[b:j]
    known = next(
        (
            x
            for x in range(1, len(words) - 2)
            if words[x].low == "known"
            and words[x + 1].low == "as"
            and words[x - 1].low in GENERIC_ORGS | COLLECTIVE_HEADS | {"gang", "network"}
        ),
        None,
    )
    if known is not None and all(t.cap for t in words[known + 2 :]):
        # "A criminal group known as Nightjar claimed": the group by its name.
        return _Mention(_join(words[known + 2 :], text), "org", alias=_join(words, text)), b
    called = next(
        (
            x
            for x in range(1, len(words) - 1)
            if (
                words[x].low in {"called", "named"}
                and (
                    words[x - 1].low in GENERIC_ORGS | COLLECTIVE_HEADS | NAMED_BODIES
                    # "A group of residents called Keep Juniperton Growing".
                    or any(
                        words[y].low == "of"
                        and words[y - 1].low in GENERIC_ORGS | COLLECTIVE_HEADS | NAMED_BODIES
                        for y in range(max(1, x - 6), x - 1)
                    )
                )
            )
            # "A group of opponents calling itself Safe Streets for Cobblestone posted".
            or (words[x - 1].low in {"calling", "calls"} and words[x].low == "itself")
        ),
        None,
    )
    name = words[called + 1 :] if called is not None else []
    if (
        name
        and name[0].cap
        and name[-1].cap
        and all(t.cap or t.low in ORG_CONNECTORS for t in name)
    ):
        # "A super PAC called Ledgewood Action said": the PAC by its name.
        return _Mention(_join(name, text), "org", alias=_join(words, text)), b
    owned = next((x for x, t in enumerate(words) if re.search(r"[A-Za-z]['’]s$", t.text)), None)
    if (
        owned is not None
        and 1 <= j - b - owned - 1 <= 3
        and words[-1].low in UNIT_NOUNS
        and all(t.cap for t in words[owned + 1 : -1])
    ):
        # "The Sierra Club's Colorado chapter said": the organisation, through its unit.
        org = words[: owned + 1]
        if org and org[0].low == "the":
            org = org[1:]
        last = re.sub(r"['’]s$", "", org[-1].text) if org else ""
        if (
            org
            and all(t.cap for t in org)
            and _fold(org[0].text) not in CAP_STOP
            and (
                (len(org) >= 2 and (_fold(last) in ORG_HEADS or len(org) >= 3))
                # ("The NAACP's Ohio chapter": one word as an acronym.)
                or (len(org) == 1 and len(last) >= 3 and last.isupper())
            )
        ):
            whole = " ".join([t.text for t in org[:-1]] + [last])
            return _Mention(whole, "org", alias=_join(words, text)), b
    at = next((x for x, t in enumerate(words) if t.low in UNIT_NOUNS and x + 1 < len(words)), None)
    if at is None or words[at + 1].low != "of":
        return None
    org = words[at + 2 :]
    if org and org[0].low == "the":
        org = org[1:]
    lead = words[:at]
    if lead and lead[0].low in DETERMINERS:
        lead = lead[1:]
    # One word only as an acronym: "the Pennsylvania chapter of the NAACP".
    acronym = len(org) == 1 and len(org[0].text) >= 3 and org[0].text.isupper()
    if (
        (len(org) < 2 and not acronym)
        or not org[0].cap
        or not org[-1].cap
        or not all(t.cap or t.low in ORG_CONNECTORS for t in org)
        # ("The state chapter of the American Civil Liberties Union": a scope, not a name.)
        or not all(t.cap or t.low in SCOPE_WORDS | {"local", "regional"} for t in lead)
    ):
        return None
    return _Mention(_join(org, text), "org", alias=_join(words, text)), b


# "of Toledo, Ohio": a place after a speaker's name, never part of it.
US_STATES = _words(
    """alabama alaska arizona arkansas california colorado connecticut delaware florida georgia
    hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
    michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon
    pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming"""
) | {
    "new hampshire",
    "new jersey",
    "new mexico",
    "new york",
    "north carolina",
    "north dakota",
    "rhode island",
    "south carolina",
    "south dakota",
    "west virginia",
    "d.c.",
}

# AP-style and postal abbreviations of each state, as in "Rep. Ann Lee, D-Md.," or "(R-TX)".
STATE_ABBREVIATIONS = {
    "alabama": ("Ala.", "AL"),
    "alaska": ("Alaska", "AK"),
    "arizona": ("Ariz.", "AZ"),
    "arkansas": ("Ark.", "AR"),
    "california": ("Calif.", "CA"),
    "colorado": ("Colo.", "CO"),
    "connecticut": ("Conn.", "CT"),
    "delaware": ("Del.", "DE"),
    "florida": ("Fla.", "FL"),
    "georgia": ("Ga.", "GA"),
    "hawaii": ("Hawaii", "HI"),
    "idaho": ("Idaho", "ID"),
    "illinois": ("Ill.", "IL"),
    "indiana": ("Ind.", "IN"),
    "iowa": ("Iowa", "IA"),
    "kansas": ("Kan.", "KS"),
    "kentucky": ("Ky.", "KY"),
    "louisiana": ("La.", "LA"),
    "maine": ("Maine", "ME"),
    "maryland": ("Md.", "MD"),
    "massachusetts": ("Mass.", "MA"),
    "michigan": ("Mich.", "MI"),
    "minnesota": ("Minn.", "MN"),
    "mississippi": ("Miss.", "MS"),
    "missouri": ("Mo.", "MO"),
    "montana": ("Mont.", "MT"),
    "nebraska": ("Neb.", "NE"),
    "nevada": ("Nev.", "NV"),
    "new hampshire": ("N.H.", "NH"),
    "new jersey": ("N.J.", "NJ"),
    "new mexico": ("N.M.", "NM"),
    "new york": ("N.Y.", "NY"),
    "north carolina": ("N.C.", "NC"),
    "north dakota": ("N.D.", "ND"),
    "ohio": ("Ohio", "OH"),
    "oklahoma": ("Okla.", "OK"),
    "oregon": ("Ore.", "OR"),
    "pennsylvania": ("Pa.", "PA"),
    "rhode island": ("R.I.", "RI"),
    "south carolina": ("S.C.", "SC"),
    "south dakota": ("S.D.", "SD"),
    "tennessee": ("Tenn.", "TN"),
    "texas": ("Texas", "TX"),
    "utah": ("Utah", "UT"),
    "vermont": ("Vt.", "VT"),
    "virginia": ("Va.", "VA"),
    "washington": ("Wash.", "WA"),
    "west virginia": ("W.Va.", "WV"),
    "wisconsin": ("Wis.", "WI"),
    "wyoming": ("Wyo.", "WY"),
}

# "n.c", "calif", "w.va": the AP forms that end in a point, without it.
_AP_STATES = frozenset(
    ap.lower().rstrip(".") for ap, _ in STATE_ABBREVIATIONS.values() if ap.endswith(".")
)


def _last_named(pats: list[str], plain: str) -> tuple[int, str] | None:
    """Where and as whom the last of these patterns' group-1 names (a person's, two words or
    more, no organisation's) occurs in ``plain``."""
    hits = []
    for pat in pats:
        for mm in re.finditer(pat, plain):
            title, words = _split_title(mm.group(1).split())
            if len(words) >= 2 and not any(_fold(w) in ORG_HEADS for w in words):
                hits.append((mm.start(), " ".join(words)))
    return max(hits) if hits else None


def _lead_trimmed(run: str) -> list[str]:
    """The words of a capitalised run less its opening "The", "A", "However" ... (CAP_STOP)."""
    parts = run.split()
    while parts and _fold(parts[0]) in CAP_STOP:
        parts = parts[1:]
    return parts


def _org_runs_back(plain: str) -> list[tuple[re.Match[str], str]]:
    """Capitalised runs of ``plain``, last first, each with its name less a sentence-initial
    "The"; runs of one word left out."""
    out = []
    for mm in reversed(list(re.finditer(_ORG_RUN, plain))):
        parts = _lead_trimmed(mm.group())
        if len(parts) >= 4 and _fold(parts[0]) in {"members", "leaders"} and parts[1] == "of":
            parts = parts[3:] if parts[2] == "the" else parts[2:]  # "Members of the X Club"
        if len(parts) >= 2:
            out.append((mm, " ".join(parts)))
    return out


def _state_follows(toks: list[_Tok], x: int, j: int) -> bool:
    """Whether the comma at ``x`` parts a city from its state ("from Flint, Mich., who"),
    the state closed by a comma before ``j``."""
    if x < 2 or not toks[x - 1].cap:
        return False
    for n in (1, 2, 3):
        y = x + 1 + n
        if y >= j or toks[y].text != ",":
            continue
        words = toks[x + 1 : y]
        state = " ".join(t.low for t in words)
        short = "".join(t.text for t in words).lower().rstrip(".")
        return (state in US_STATES and all(t.cap for t in words)) or (
            short in _AP_STATES and words[0].cap and words[-1].text == "."
        )
    return False


def _city_state(toks: list[_Tok], j: int) -> tuple[int, int] | None:
    """Token range of "of Toledo, Ohio" (and its closing comma when nothing opened one) just
    before the cue at ``j``, or None."""
    if j < 5 or toks[j - 1].text != ",":
        return None
    for n in (1, 2):
        k = j - 2 - n  # the comma between city and state
        if k < 2 or toks[k].text != ",":
            continue
        words = toks[k + 1 : j - 1]
        state = " ".join(t.low for t in words)
        # "Asheville, N.C.,": the abbreviation's last point is a token of its own.
        short = "".join(t.text for t in words).lower().rstrip(".")
        if not (state in US_STATES and all(t.cap for t in words)) and not (
            short in _AP_STATES and words[0].cap and words[-1].text == "."
        ):
            continue
        i = k
        while i > 0 and toks[i - 1].kind == "W" and toks[i - 1].cap and k - i < 3:
            i -= 1
        if i < k and i >= 3 and toks[i - 1].low in {"near", "outside"} and toks[i - 2].text == ",":
            return i - 2, j  # "The Wrensmoor Elephant Refuge, near Waycross, Ga., said"
        if i == k or i < 2 or toks[i - 1].low not in {"of", "in", "from"}:
            return None
        of = i - 1
        opened = any(t.text == "," for t in toks[_lede_start(toks) : of])
        return of, (j - 1 if opened else j)
    return None


def _campus(toks: list[_Tok], j: int) -> tuple[int, int] | None:
    """Token range of ", Reno" in "the University of Nevada, Reno," just before the cue at
    ``j`` (a campus named after its state), or None."""
    if j < 7 or toks[j - 1].text != ",":
        return None
    for n in (1, 2):
        k = j - 2 - n  # the comma between the state and the campus
        if k < 3 or toks[k].text != "," or not all(t.cap for t in toks[k + 1 : j - 1]):
            continue
        if (
            toks[k - 1].low in US_STATES
            and toks[k - 2].low == "of"
            and toks[k - 3].low == "university"
        ):
            return k, j - 1
    return None


# "who gave only her first name", "identified only by his first name": one name, no surname.
_GAVE_NAME = re.compile(
    r"\b(?:gave|giving|gives|identified|asked\s+to\s+be\s+identified)\s+(?:only\s+)?"
    r"(?:(?:his|her|their)\s+(?:first\s+)?name|by\s+(?:his|her|their)\s+first\s+name)"
    r"(?:\s+only)?(?:\s+as)?$"
)


# "CDC", "U.N.", "NTSB": a short form a full name in the text may spell out.
_ACRONYM = re.compile(r"(?:[A-Z]\.){2,5}|[A-Z]{2,6}")


def _doc_maker(toks: list[_Tok], c: int, text: str) -> tuple[_Mention, int] | None:
    """ "The Tallwood Institute published a report that found ...": who made the document
    speaks through its finding at ``c``."""
    if c < 4 or toks[c - 1].low != "that":
        return None
    d = next((x for x in range(c - 2, max(c - 5, 0), -1) if toks[x].low in DOC_SUBJECTS), None)
    if d is None or d < 2 or toks[d - 1].low not in {"a", "an", "the", "its", "their", "new"}:
        return None
    if any(t.kind != "W" or t.cap for t in toks[d + 1 : c - 1]) and not all(
        t.low in TIME_WORDS for t in toks[d + 1 : c - 1]
    ):
        return None
    v = d - 2
    if toks[v].low not in MAKER_VERBS:
        return None
    maker = _subject_left(toks, v, text)
    if maker is None or maker[0].kind not in ("org", "person", "alias"):
        return None
    maker[0].doc = toks[d].low
    return maker


_Found = tuple[_Mention, int] | None


def _subject_left(toks: list[_Tok], c: int, text: str) -> _Found:
    """Speaker written before the cue at ``c``; returns it with the index where it starts."""
    found = _subject_left_of(toks, c, text)
    prefix = text[toks[0].start : toks[c].start] if 0 < c < len(toks) else ""
    for rule in _SUBJECT_RULES:
        better = rule(toks, c, text, found, prefix)
        if better is not None:
            return better
    return found


def _start_at(toks: list[_Tok], at: int) -> int:
    """Index of the first token that starts at or after offset ``at``."""
    return next(x for x, t in enumerate(toks) if t.start >= at)


def _poll_with_place(toks: list[_Tok], c: int, text: str, found: _Found, prefix: str) -> _Found:
    """ "A Gallwood University poll of residents in five Western states found": the poll,
    whatever place its of-phrase names."""
    if not 0 < c <= len(toks):
        return None
    d = next(
        (
            x
            for x in range(max(c - 12, 0), c - 2)
            if (
                toks[x].low in POLL_NOUNS
                # ("The U.S. Supreme Court's 2024 ruling in Grants Pass v. Johnson held": a
                # ruling, whatever case it was in.)
                or (toks[x].low in {"ruling", "decision"} and toks[x + 1].low == "in")
            )
            and toks[x + 1].low in {"of", "in"}
            and all(
                (t.kind == "W" and t.low not in FINITE and t.low not in RELATIVES)
                or (t.text == "." and toks[y - 1].low in {"v", "vs"})
                for y, t in enumerate(toks[x + 1 : c], x + 1)
            )
        ),
        None,
    )
    if d is None or (found is not None and (found[1] <= d + 1 or toks[d].low in POLL_NOUNS)):
        return None  # (a case's name, "Grants Pass v. Johnson", is no speaker of its ruling)
    by = next((x for x in range(d + 3, c - 1) if toks[x].low == "by"), None)
    if by is not None:
        # "A 2025 study of 14 Southern states by researchers at Clemson University found":
        # the study by its makers, whatever it was of.
        kept = [*toks[: d + 1], *toks[by:c]]
        doc = _subject_left_of([*kept, *toks[c:]], len(kept), text)
        if doc is not None and doc[0].doc:
            return doc
    doc = _subject_left_of([*toks[: d + 1], *toks[c:]], d + 1, text)
    return doc if doc is not None and doc[0].doc else None


def _one_of_them(toks: list[_Tok], c: int, text: str, found: _Found, prefix: str) -> _Found:
    """ "Reporters found two neighbors. One, Jorge Ferreirinha, said ...": the name."""
    if (found is not None and found[0].surface not in {"One", "Another"}) or not prefix:
        return None
    named = re.fullmatch(
        r"(?:One|Another),\s+([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){1,2}),\s*", prefix
    )
    return (_Mention(named.group(1), "person"), 2) if named is not None else None


def _body_of_relative(toks: list[_Tok], c: int, text: str, found: _Found, prefix: str) -> _Found:
    """ "the union that represents federal firefighters says": the union, described so, not
    the words of its relative clause."""
    if found is None or found[0].kind != "group" or found[1] < 2:
        return None
    b = found[1]
    if (
        toks[b - 1].low in {"that", "which", "who"}
        and toks[b - 2].kind == "W"
        and toks[b - 2].text.islower()
        and (toks[b - 2].low in ORG_HEADS or toks[b - 2].low in GROUP_NOUNS)
        # (The relative's own verb, not "a project that hospital officials said".)
        and toks[b].low.endswith(("s", "ed"))
        and toks[b].low not in UNNAMED_HEADS | GROUP_NOUNS
        and not _role_like(toks[b].low)
    ):
        return _Mention(_join(toks[b - 2 : c], text), "group"), b - 2
    return None


def _person_not_town(toks: list[_Tok], c: int, text: str, found: _Found, prefix: str) -> _Found:
    """ "Denise Ulvesgaard, a 58-year-old school bus driver from Dayton, who said" (or "Marvin
    Sirendale, 67, a retired textile worker from Laurens, who said"): the person the
    description is of, not the town it names."""
    if found is None or found[0].kind not in ("person", "org") or found[1] < 2:
        return None
    whose = re.search(
        rf"({_NAME}),\s+(?:\d{{1,3}},\s+)?(?:a|an)\s+[^,;\"]*?\b(?:from|in|of)\s+"
        rf"{re.escape(found[0].surface)},\s+who\s*$",
        prefix,
    )
    if whose is None:
        return None
    return _Mention(whose.group(1), "person"), _start_at(toks, toks[0].start + whose.start(1))


def _state_body(toks: list[_Tok], c: int, text: str, found: _Found, prefix: str) -> _Found:
    """ "The Professional Firefighters of Idaho said": a body of that state, not people called
    "Professional Firefighters" from Idaho."""
    if (
        found is not None
        and found[0].kind == "person"
        and _fold(found[0].role) in US_STATES
        and found[0].surface.split()[-1].endswith("s")
        and _fold(found[0].surface.split()[0]) not in FEMALE_NAMES | MALE_NAMES
    ):
        return _Mention(f"{found[0].surface} of {found[0].role}", "org"), found[1]
    return None


def _backer_named(toks: list[_Tok], c: int, text: str, found: _Found, prefix: str) -> _Found:
    """ "A super PAC aligned with Daniel X, Oregon Forward Together, said": the PAC."""
    backer = re.fullmatch(
        rf"\s*(?:A|An)\s+(?:[a-z\-]+\s+){{0,3}}(?:super\s+PAC|PAC|group|committee|coalition"
        rf"|nonprofit)\s+(?:aligned\s+with|allied\s+with|backing|supporting|opposing|tied\s+to)"
        rf"\s+[^,]+,\s+({_ORG_RUN}),\s*",
        prefix,
    )
    if backer is None:
        return None
    return _Mention(backer.group(1), "org"), _start_at(toks, toks[0].start + backer.start(1))


def _same_sender(toks: list[_Tok], c: int, text: str, found: _Found, prefix: str) -> _Found:
    """ "Another mailer from the same group claims that ...": the group named before."""
    same = re.fullmatch(
        r"\s*(?:[Aa]nother|[Aa]n?|[Oo]ne|[Tt]he)\s+(?:[a-z\-]+\s+)?(?:mailer|ad|letter|flier|flyer"
        r"|post|statement|email|commercial)\s+from\s+the\s+same\s+(group|campaign|PAC|committee)"
        r"\s*",
        prefix,
    )
    return (_Mention(f"the {same.group(1)}", "alias"), 0) if same is not None else None


def _described_then_named(
    toks: list[_Tok], c: int, text: str, found: _Found, prefix: str
) -> _Found:
    """ "one woman, Army veteran Janelle Kasparian, said"; "the foundation, whose chairman, car
    dealer Gerald Haddenham, said": the person the description names."""
    named = re.search(
        rf"(?:^|,\s+(?:and\s+)?)(?:(?:one|another|a|an)\s+[a-z]+|whose\s+[a-z]+(?:\s+[a-z]+)?"
        # ("Another Western Republican, Rep. Benedicta Sorvendale of Idaho, said".)
        rf"|(?:One|Another|An?)\s+(?:[A-Z][a-z]+\s+)?(?:Democrat|Republican|Independent)),\s+"
        rf"(?:[A-Za-z][\w.\-]*\s+){{0,3}}?({_NAME})(?:\s+of\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?,\s*$",
        prefix,
    )
    if named is None or set(_name_tokens(named.group(1))) & ORG_HEADS:
        return None
    title, words = _split_title(named.group(1).split())
    if len(words) < 2:
        return None
    at = toks[0].start + named.start(1) + named.group(1).index(words[0])
    return _Mention(" ".join(words), "person", title=title), _start_at(toks, at)


def _doing_as_said(toks: list[_Tok], c: int, text: str, found: _Found, prefix: str) -> _Found:
    """ "Naylor, leaving the chamber shortly after 1 a.m., said": a person doing something as
    she spoke; what she was doing is no role and no organisation."""
    aside = re.fullmatch(
        rf"({_NAME}|[A-Z][a-z][\w'’\-]+),\s+(?!including|according|regarding|concerning"
        rf"|excluding|following|representing)[a-z]+ing\b[^,;\"]*,\s*",
        prefix,
    )
    if aside is None or set(_name_tokens(aside.group(1))) & ORG_HEADS:
        return None
    return _Mention(aside.group(1), "person"), 0


def _others(toks: list[_Tok], c: int, text: str, found: _Found, prefix: str) -> _Found:
    """ "Others downstream said ...", "Many said ...": more of the people the story has been
    quoting, or some of the crowd it has just described."""
    if (
        found is None
        and 1 <= c <= 4
        and toks[0].text == "Others"
        and all(t.kind == "W" and not t.cap and t.low not in STOPWORDS for t in toks[1:c])
    ):
        return _Mention(_join(toks[:c], text), "group"), 0
    if found is None and c == 1 and toks[0].text in {"Many", "Several", "Some"}:
        return _Mention(toks[0].text, "group", at=toks[0].start, alias="crowd"), 0
    return None


def _described_first(toks: list[_Tok], c: int, text: str, found: _Found, prefix: str) -> _Found:
    """ "The 34-year-old day care owner from Grand Island, who ..., said": a description, to
    be linked to the person named before."""
    described = _described_person(toks, c)
    if described is not None and (found is None or found[1] > 0 or found[0].kind == "role"):
        return described, 0
    return None


def _their_body_named(toks: list[_Tok], c: int, text: str, found: _Found, prefix: str) -> _Found:
    """ "His employer, Kelderby Forge Fuel and Supply, said", "A coalition of ... groups, X,
    says": the organisation named after a description."""
    if found is not None and found[0].kind in ("person", "org"):
        return None
    named = re.fullmatch(
        rf"(?:(?:His|Her|Their|Its)\s+(?:[a-z][\w\-]*\s+){{0,2}}"
        # ("A coalition of neighborhood and labor groups, Elmridge Before Arenas, says".)
        rf"|(?:An?|The)\s+(?:[a-z][\w\-]*\s+){{0,6}})[a-z]+,\s+(?:the\s+)?({_ORG_RUN}),\s*",
        prefix,
    )
    if named is None:
        return None
    at = toks[0].start + named.start(1)
    org = _classify(_tokens(text, at, at + len(named.group(1))), text)
    described = prefix.split()[1].lower() if len(prefix.split()) > 1 else ""
    if prefix.split()[0] in {"A", "An", "The"} and described not in ORG_HEADS:
        return None  # ("A lawyer for one of them, Kessel Builders, said": the lawyer speaks.)
    if org is None and described in ORG_HEADS and len(named.group(1).split()) >= 2:
        # ("A coalition of ..., Elmridge Before Arenas,": a body's name, whatever its words.)
        org = _Mention(named.group(1), "org")
    if org is None or org.kind != "org":
        return None
    return org, _start_at(toks, at)


def _owned_role_named(toks: list[_Tok], c: int, text: str, found: _Found, prefix: str) -> _Found:
    """ "Mexico's consul in Phoenix, Ricardo Ozuna, told reporters": the person named after a
    body's role, not the place the role is in."""
    named = re.fullmatch(
        rf"[A-Z][\w\-]+['’]s\s+(?:[a-z][\w\-]*\s+){{0,3}}[a-z]+"
        rf"(?:\s+(?:in|at|for)\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)?,\s+({_NAME}),\s*",
        prefix,
    )
    if named is None:
        return None
    title, words = _split_title(named.group(1).split())
    if len(words) < 2 or set(map(_fold, words)) & ORG_HEADS:
        return None
    if found is not None and found[0].surface == " ".join(words):
        return None
    at = toks[0].start + named.start(1) + named.group(1).index(words[0])
    return _Mention(" ".join(words), "person", title=title), _start_at(toks, at)


def _family_named(toks: list[_Tok], c: int, text: str, found: _Found, prefix: str) -> _Found:
    """ "The resort's owner, the Kildonnan family, has said": the family the role names."""
    named = re.search(
        r",\s+the\s+([A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?\s+family),\s*(?:(?:has|have|had|also)\s+)*$",
        prefix,
    )
    if found is None or found[0].kind != "role" or named is None:
        return None
    at = toks[0].start + named.start(1)
    return _Mention(named.group(1), "group"), _start_at(toks, at)


def _campaign_of(toks: list[_Tok], c: int, text: str, found: _Found, prefix: str) -> _Found:
    """ "The campaign of her Republican opponent, former prosecutor Walter Cobbington, said":
    the campaign speaks, not the candidate it names."""
    if found is None or found[0].kind != "person" or not toks:
        return None
    lead = re.search(
        r"(?:^|(?<=\s))[Tt]he\s+campaign\s+of\s+(?:[^\".;:,]{1,60},\s+)?(?:[\w.\-]+\s+){0,4}$",
        text[toks[0].start : max(text.find(found[0].surface, toks[found[1]].start), 0)],
    )
    surname = found[0].surface.split()[-1]
    if lead is None or not re.fullmatch(r"[A-Z][\w\-]+", surname):
        return None
    at = toks[0].start + lead.start()
    return _Mention(f"{surname}'s campaign", "org", at=at), _start_at(toks, at)


def _clause_subject(
    toks: list[_Tok], c: int, text: str, openers: set[str], reach: int
) -> tuple[int, tuple[_Mention, int]] | None:
    """The subject of a clause that one of ``openers`` ("after", "while") starts at most
    ``reach`` words before the cue at ``c``, with where the opener stands."""
    k = next((x for x in range(c - 1, max(c - reach, 0) - 1, -1) if toks[x].low in openers), None)
    if k is None or k + 1 >= c or not all(t.kind == "W" for t in toks[k + 1 : c]):
        return None
    inner = _subject_left_of(toks[k + 1 :], c - k - 1, text)
    return (k, inner) if inner is not None else None


def _finding_after(toks: list[_Tok], c: int, text: str, found: _Found, prefix: str) -> _Found:
    """ "..., five days after a state audit found that ...": the finding's maker, in a clause
    that opens with "after", "before", "when" or "since"."""
    if (
        found is not None
        or toks[c].low not in FIND_VERBS
        or c + 1 >= len(toks)
        or toks[c + 1].low != "that"
    ):
        return None  # (Not "a day after a poll showed her gaining ground".)
    clause = _clause_subject(toks, c, text, {"after", "before", "when", "since", "until"}, 9)
    if clause is None or clause[1][0].kind not in ("doc", "org", "alias"):
        return None
    k, (who, at) = clause
    return who, at + k + 1


def _speaking_while(toks: list[_Tok], c: int, text: str, found: _Found, prefix: str) -> _Found:
    """ "The spot shows a padlocked gate while a narrator says, '...'": the one speaking in
    a clause that opens with "while"."""
    clause = (
        None if found is not None else _clause_subject(toks, c, text, {"while", "as", "which"}, 6)
    )
    if (
        clause is None
        or clause[1][1] != 0
        # ("as a narrator says", "a TV ad in which a narrator says": only a narrator's clause
        # may open with "as" or "in which".)
        or (
            toks[clause[0]].low in {"as", "which"}
            and not re.search(r"narrator|announcer|voice", clause[1][0].surface.lower())
        )
        or (toks[clause[0]].low == "which" and toks[clause[0] - 1].low != "in")
        # (Not after a quotation: 'a spot called "Empty Chair," which shows ... while a
        # narrator says that ...' quotes a title first.)
        or any(t.kind == "Q" for t in toks[: clause[0]])
    ):
        return None
    return clause[1][0], clause[0] + 1


def _coalition_of(toks: list[_Tok], c: int, text: str, found: _Found, prefix: str) -> _Found:
    """ "But a coalition of churches, defense lawyers and community groups says": the whole
    coalition, its list and all, not the list's last members."""
    whole = re.search(
        r"\b(?:[Aa]|[Tt]he)\s+(coalition\s+of\s+(?:[a-z][\w\-]*,?\s+){1,8}?(?:and\s+)?"
        r"(?:[a-z][\w\-]*\s+)*?[a-z][\w\-]*s)\s*$",
        prefix,
    )
    if (
        whole is None
        or "," not in whole.group(1)  # (only a list the plain scan cuts at its comma)
        or (found is not None and found[0].kind not in ("group", "anon"))
    ):
        return None
    at = toks[0].start + whole.start(1)
    return _Mention(whole.group(1), "group"), _start_at(toks, at)


# Readings of a sentence's opening that correct the speaker found before a cue, in order.
def _campus_study(toks: list[_Tok], c: int, text: str, found: _Found, prefix: str) -> _Found:
    """ "A 2025 study by the University of Nevada, Reno found": one university, not a person
    named Reno."""
    if (
        found is None
        or found[0].kind != "person"
        or found[1] < 4
        or found[1] != c - 1
        or toks[found[1] - 1].text != ","
        or not toks[found[1] - 2].cap
        or toks[found[1] - 3].low != "of"
        or toks[found[1] - 4].low not in {"university", "college"}
    ):
        return None
    b = found[1]
    inner = _subject_left([*toks[: b - 1], *toks[c:]], b - 1, text)
    if inner is None or inner[0].kind != "org":
        return None
    inner[0].surface = f"{inner[0].surface}, {toks[b].text}"
    return inner


def _first_of_two_bodies(toks: list[_Tok], c: int, text: str, found: _Found, prefix: str) -> _Found:
    """ "The Brotherhood of Rail Operating Crafts and the United Signal and Track Workers said
    in a joint statement": the body named first speaks for both."""
    if (
        found is None
        or found[0].kind not in ("org", "group")
        or not found[0].surface[:1].isupper()
        or found[1] < 3
        or toks[found[1] - 1].low != "and"
        or toks[found[1]].low != "the"
        or not toks[found[1] - 2].cap
    ):
        return None
    b = found[1] - 1
    a = _left_np(toks, b)
    first = _classify(toks[a:b], text) if a < b else None
    if first is None or first.kind != "org" or (a > 0 and toks[a - 1].kind == "W"):
        return None
    return first, a


def _chapter_as_written(toks: list[_Tok], c: int, text: str, found: _Found, prefix: str) -> _Found:
    """ "The Nevada chapter of Moms Demand Action, which pushed the bill, said": the body, with
    the chapter as written kept as an alias."""
    if (
        found is None
        or found[0].kind != "org"
        or found[0].alias
        or found[1] < 3
        or toks[found[1] - 1].low != "of"
        or toks[found[1] - 2].low not in UNIT_NOUNS
        or not toks[found[1] - 3].cap
    ):
        return None
    y = found[1] - 3
    while y > 0 and toks[y - 1].cap and toks[y - 1].low not in DETERMINERS | CAP_STOP:
        y -= 1
    end = next(
        (x for x in range(found[1], c) if toks[x].kind != "W" or toks[x].low in RELATIVES), c
    )
    found[0].alias = _join(toks[y:end], text)
    return found


def _people_then_relative(
    toks: list[_Tok], c: int, text: str, found: _Found, prefix: str
) -> _Found:
    """ "Residents of the historic district, whose streets lead to the gate, said": the
    people the relative clause describes, not the place at the end of their description."""
    if found is not None and found[0].kind != "alias":
        return None
    m = re.fullmatch(r"([A-Z][a-z]+s(?:\s+[\w'’\-]+){1,6}),\s+(?:who|whose)\s[^,]*,\s*", prefix)
    if m is None or m.group(1).split()[0].lower() not in UNNAMED_HEADS | GROUP_NOUNS:
        return None
    k = next((x for x, t in enumerate(toks[:c]) if t.text == ","), 0)
    who = _classify(toks[:k], text) if k else None
    if who is None or who.kind not in ("org", "group"):
        return None
    return _Mention(who.surface, "group"), 0


_SUBJECT_RULES = (
    _finding_after,
    _speaking_while,
    _coalition_of,
    _owned_role_named,
    _family_named,
    _poll_with_place,
    _one_of_them,
    _body_of_relative,
    _person_not_town,
    _state_body,
    _backer_named,
    _same_sender,
    _described_then_named,
    _doing_as_said,
    _others,
    _described_first,
    _campaign_of,
    _their_body_named,
    # (Tried last, in this order, when no rule above reads the subject otherwise.)
    _campus_study,
    _first_of_two_bodies,
    _chapter_as_written,
    _people_then_relative,
)


def _described_person(toks: list[_Tok], c: int) -> _Mention | None:
    """A sentence opening with a person described, not named ("The 34-year-old day care owner
    from Grand Island, who ..., said"): the description, to be linked to a person before."""
    if c < 2 or toks[0].low != "the":
        return None
    x = 1
    while x < c and toks[x].kind == "W" and not toks[x].cap and toks[x].low not in STOPWORDS:
        x += 1
    desc = toks[1:x]
    if not desc or not _person_noun(desc[-1].low) or len(desc) > 5:
        return None
    if any(re.search(r"['’]s$", t.text) for t in desc):
        return None  # "The player's mother, who ..., told": whose, so no one to look back for
    extra = bool(re.fullmatch(r"\d+-year-old", desc[0].low)) and len(desc) > 1
    if x < c and toks[x].low in {"from", "of", "in"}:
        # ("from Grand Island": where the person is from, no part of who.)
        extra = True
        x += 1
        while x < c and toks[x].kind == "W" and toks[x].cap:
            x += 1
    if x < c and toks[x].text == ",":
        # ", who has had diabetes since she was 9,": a relative clause about the person.
        close = next((y for y in range(x + 1, c) if toks[y].text == ","), None)
        if close is None or toks[x + 1].low != "who":
            return None
        extra = True
        x = close + 1
    while x < c and toks[x].low in ADVERBS:
        x += 1
    if x != c or not extra:
        # "The senator (also) said" is read as a role already.
        return None
    surface = " ".join(t.text for t in desc)
    return _Mention(surface, "role", role=desc[-1].low, alias="epithet")


# What a web business is called before or after its name ("the largest resale site").
_WEB_BODIES = _words("site website app platform marketplace")


def _past_or_wrote(low: str) -> bool:
    """A verb of making a document in the past ("co-wrote", "led", "commissioned")."""
    return low.endswith("ed") or low.endswith("wrote") or low in {"led", "ran", "did", "made"}


def _subject_left_of(toks: list[_Tok], c: int, text: str) -> _Found:
    """Speaker written before the cue at ``c``, as written."""
    j = c
    while j > 0 and toks[j - 1].kind == "W" and toks[j - 1].low in ADVERBS:
        j -= 1
    if toks[c].low in {"think", "believe"} and j > 1:
        # "Bianchi doesn't think money alone will solve it": a belief, denied.
        if toks[j - 1].low in {"doesn't", "don't", "didn't"}:
            j -= 1
        elif j > 2 and toks[j - 1].low == "not" and toks[j - 2].low in {"does", "do", "did"}:
            j -= 2
    if (
        j >= 3
        and toks[j - 1].low in TIME_WORDS
        and toks[j - 2].low in {"on", "late", "early"}
        and toks[j - 3].kind == "W"
        and not toks[j - 3].cap
    ):
        # "A federal jury on Monday found that ...": the day is no part of who.
        return _subject_left([*toks[: j - 2], *toks[j:]], c - 2, text)
    if toks[c].low in FIND_VERBS:
        # "..., a 2024 study in a leading cardiology journal found", "..., a 2023 study she
        # co-wrote found": the study, without what is said of it.
        for p in range(j - 2, max(j - 7, 1), -1):
            doc = toks[p - 1].low in {"study", "survey", "analysis", "report", "poll", "audit"}
            if not doc or not all(t.kind == "W" for t in toks[p:j]):
                continue
            if (
                toks[p].low == "in"
                and toks[p + 1].cap
                and all(t.cap for t in toks[p + 1 : j])
                and toks[p - 1].low == "study"
            ):
                # "A 2023 study in JAMA Pediatrics found": the study as the story names it.
                return _Mention(_join(toks[p - 1 : j], text), "records", role="study"), p - 1
            postmod = toks[p].low == "in" and toks[p + 1].low in DETERMINERS
            postmod = postmod or (
                toks[p].low in {"he", "she", "they", "we"}
                and p + 1 == j - 1
                and _past_or_wrote(toks[p + 1].low)
            )
            if postmod:
                return _subject_left([*toks[:p], *toks[j:]], c - (j - p), text)
    if j >= 3 and toks[j - 1].text == ",":
        k = next((x for x in range(j - 2, max(j - 6, 0), -1) if toks[x].text == ","), None)
        if k is not None and " ".join(t.low for t in toks[k + 1 : j - 1]) in ASIDES:
            # "Immigrant advocates, for their part, say ...": the aside is no part of who.
            return _subject_left([*toks[:k], *toks[j:]], c - (j - k), text)
    campus = _campus(toks, j)
    if campus is not None:
        # "a labor economist at the University of Nevada, Reno, thinks": one university.
        a, b = campus
        return _subject_left([*toks[:a], *toks[b:]], c - (b - a), text)
    place = _city_state(toks, j)
    if place is not None:
        # "Ardmore Fluid Systems of Toledo, Ohio, said": the place is no part of the speaker.
        a, b = place
        return _subject_left([*toks[:a], *toks[b:]], c - (b - a), text)
    if j >= 3 and toks[j - 1].text == ")":
        # "Rep. Ann Lee (D-Harlow) said": a party and place in parentheses after the name.
        opener = next((x for x in range(j - 2, max(j - 7, 0), -1) if toks[x].text == "("), -1)
        if opener > 0 and toks[opener - 1].cap:
            j = opener
    if j == 0:
        return None
    sponsored = _ad_by(toks, j, text)
    if sponsored is not None:
        return sponsored
    ad_end = j
    running = next(
        (x for x in range(j - 2, max(j - 7, 0), -1) if toks[x].low in AD_PARTICIPLES), None
    )
    if (
        running is not None
        and toks[running - 1].low in AD_NOUNS
        and all(t.kind == "W" for t in toks[running:j])
    ):
        ad_end = running  # "One ad running in Montana warned": the ad, not where it ran
    if toks[ad_end - 1].low in AD_NOUNS:
        # "One ad says ...", "The mailers called ...": whoever paid for them.
        for b in range(max(ad_end - 4, 0), ad_end):
            ad = _classify(toks[b:ad_end], text) if toks[b].low in _AD_DETS else None
            if ad is not None and ad.kind in ("org", "alias"):
                return ad, b
    unit = _chapter_of(toks, j, text)
    if unit is not None:
        return unit
    if (
        j >= 4
        and toks[j - 1].low in {"office", "campaign"}
        and toks[j - 2].low == "whose"
        and toks[j - 3].text == ","
        and toks[j - 4].cap
    ):
        # "sending the bill to Gov. Andrea Clitheroe, whose office said she would veto it":
        # the office of the one named before the comma.
        return (
            _Mention(
                _join(toks[j - 2 : j], text), "poss", role=toks[j - 1].low, at=toks[j - 2].start
            ),
            j - 2,
        )
    if j >= 3 and toks[j - 1].low in {"which", "who"} and toks[j - 2].text == ",":
        # "... the support of the Tollard Nurses Association, which said that ...", "calls by
        # the foreign minister, Nadia Qorvani, who said ...": whom the relative stands for.
        k = j - 2
        m = k
        while m > 0 and toks[m - 1].text[:1].isupper() and toks[m - 1].kind == "W":
            m -= 1
        if m < k and m >= 3 and toks[m - 1].low == "of" and toks[m - 2].text == ",":
            # "Mortimer Zornsley, 93, of Yeldtock, who told ...": the home town is no antecedent.
            k = m - 2
        if k >= 3 and toks[k - 1].low.isdigit() and toks[k - 2].text == ",":
            k -= 2  # "Tyler Hosk, 34, who said": the age is no antecedent.
        elif (
            k >= 4
            and toks[k - 1].low in {"republican", "democrat", "independent"}
            and toks[k - 2].low in {"a", "an"}
            and toks[k - 3].text == ","
        ):
            k -= 3  # "Gov. Margaret Foulkes, a Republican, who has called it": nor the party
        b = _left_np(toks, k)
        ant = _classify(toks[b:k], text) if b < k else None
        want = "org" if toks[j - 1].low == "which" else "person"
        if want == "org" and b >= 3 and toks[b - 1].text == "," and toks[b].low in {"a", "an"}:
            # "the Hushwell Coalition, a national advocacy group, which says": the body the
            # appositive describes.
            b0 = _left_np(toks, b - 1)
            named = _classify(toks[b0 : b - 1], text) if b0 < b - 1 else None
            if named is not None and named.kind == "org":
                ant, b = named, b0
        s0 = b
        while s0 >= 2 and toks[s0 - 1].text == ",":
            s0 = _left_np(toks, s0 - 1)
        # Only a name in a longer clause ("calls by X, who said"): "Darius Cole, who wrote the
        # law, defended it" opens the sentence, and its own verb comes later.
        if ant is not None and ant.kind == want and s0 > 0 and toks[s0 - 1].kind == "W":
            return ant, b
        if (
            ant is not None
            and ant.kind == want
            and s0 == 0
            and toks[c].low in {"says", "said"}
            and any(
                toks[x].text == "," and toks[x + 1].low in _FINITE_AUX | {"have"}
                for x in range(c + 2, len(toks) - 2)
            )
        ):
            # "The Silver State Sportsmen's League, which says it has 30,000 members, had
            # urged ...": the sentence's own verb comes back after the relative's statement.
            return ant, b
        if toks[j - 1].low == "who" and s0 > 0 and toks[s0 - 1].kind == "W":
            # "... frustrated farm-state lawmakers of both parties, who say ...": a plural
            # group the relative clause stands for.
            head_at = next(
                (
                    x
                    for x in range(j - 3, max(j - 9, -1), -1)
                    if toks[x].kind == "W" and toks[x].low in GROUP_NOUNS
                ),
                None,
            )
            if head_at is not None and all(t.kind == "W" for t in toks[head_at : j - 2]):
                start = head_at
                while (
                    start > 0
                    and head_at - start < 3
                    and toks[start - 1].kind == "W"
                    and toks[start - 1].low not in STOPWORDS | PREPOSITIONS | DETERMINERS
                    and toks[start - 1].low not in SAY_VERBS | OBJECT_VERBS
                    and not toks[start - 1].low.endswith("ed")
                ):
                    start -= 1  # "farm-state lawmakers", "federal regulators"
                return _Mention(_join(toks[start : j - 2], text), "group"), start
    if (
        j >= 3
        and toks[j - 1].low == "who"
        and toks[j - 2].kind == "W"
        and toks[j - 2].low in GROUP_NOUNS
        and toks[j - 3].low in {"from", "by", "among", "with"}
        and toks[c].low in {"argued", "argue", "argues", "contended", "contend", "warned", "warn"}
    ):
        # "The strongest opposition came from Republicans who argued that ...": the plural
        # the restrictive relative picks out speaks.
        return _Mention(toks[j - 2].text, "group"), j - 2
    if toks[j - 1].text == ",":
        chained = _appositive_chain(toks, j, text)
        if chained is not None:
            return chained
        lede = _lede_start(toks)
        if lede < j and toks[lede].low in {"but", "and", "yet", "still", "meanwhile"}:
            lede += 1  # "But Alan Cotterill, who studies ..., thinks": the name after it
        k0 = next((x for x in range(lede, j) if toks[x].text == ","), None)
        if (
            k0 is not None
            and 4 <= k0 - lede <= 8
            and k0 + 1 < j
            and toks[k0 + 1].low == "who"
            and toks[lede].low in GROUP_NOUNS
            and toks[lede + 1].low in {"in", "on"}
            and toks[lede + 2].low == "the"
            and all(t.kind == "W" and t.cap for t in toks[lede + 3 : k0])
        ):
            # "Democrats in the Legislature, who had fought the ban, said": the group, not
            # the body its members sit in.
            return _Mention(_join(toks[lede:k0], text), "group"), lede
        if (
            k0 is not None
            and k0 < j - 1
            and k0 - lede <= 7
            and toks[k0 + 1].low in {"which", "who", "whose"}
            and all(
                t.kind == "W" and (t.cap or t.low in ORG_CONNECTORS | DETERMINERS)
                for t in toks[lede:k0]
            )
            # ("X, whose board endorsed Y in 2023, wrote": the clause's verb is its board's.)
            and (
                toks[k0 + 1].low == "whose"
                or not any(t.low in SAY_VERBS for t in toks[k0 + 1 : j - 1] if t.kind == "W")
            )
        ):
            # "The Western Orchard Growers Council, which represents farms in California,
            # Oregon and Washington, said": the name opening the sentence, whatever commas
            # its relative clause holds.
            first_np = _classify(toks[lede:k0], text)
            if (
                first_np is not None
                and first_np.kind in ("org", "person")
                and (first_np.kind == "org" or len(first_np.surface.split()) >= 2)
            ):
                if (
                    first_np.kind == "person"
                    and toks[k0 + 1].low == "which"
                    # (Not "The United Steelworkers, which represents ...": a union, which
                    # "the company" never stands for.)
                    and not _person_noun(toks[k0 - 1].low)
                ):
                    # "Trennavale Die Casting, which makes transmission housings, said": a
                    # name that "which" describes is a body, whatever its last word.
                    return _Mention(first_np.surface, "org"), lede
                return first_np, lede
            if (
                k0 == lede + 1
                and toks[k0 + 1].low == "which"
                and toks[lede].cap
                and _fold(toks[lede].text) not in CAP_STOP
            ):
                # "Pellmarsh, which operates 212 stores in Michigan, Ohio and Indiana, denied":
                # the one-word name a "which" clause describes is an organisation.
                return _Mention(toks[lede].text, "org"), lede
        # "NAME, appositive, said" or "role, NAME, said".
        k = j - 2
        while k >= 0 and toks[k].kind == "W":
            k -= 1
        if k < 0 or toks[k].text != ",":
            return None
        appos = toks[k + 1 : j - 1]
        if k >= 3 and toks[k - 1].low.isdigit() and toks[k - 2].text == ",":
            # "Maria Lopez, 45, a nurse at the hospital, said": the age is skipped.
            k -= 2
        b = _left_np(toks, k)
        head = toks[b:k]
        # The whole phrase before the first comma ("A spokeswoman for the U.S. attorney's
        # office"), for "role, NAME, said".
        c0 = k
        while c0 > 0 and toks[c0 - 1].kind == "W":
            c0 -= 1
        clause = toks[c0:k]
        at_place = next(
            (x for x, t in enumerate(clause) if t.low in {"in", "near", "from", "around"}), None
        )
        if (
            at_place is not None
            and 1 <= at_place <= 3
            and at_place + 1 < len(clause)
            and all(t.kind == "W" for t in clause)
            and all(t.cap for t in clause[at_place + 1 :])
            and clause[at_place - 1].low.endswith("s")
            and _person_noun(clause[at_place - 1].low)
            and all(
                not t.cap
                # (The sentence's first word: "Some parents", "Farmers near Salina".)
                or (x == 0 and (t.low in DETERMINERS | QUANTIFIERS or _person_noun(t.low)))
                for x, t in enumerate(clause[:at_place])
            )
        ):
            # "Some parents in Manhattan, home to Kansas State, said": the parents, not the
            # town the appositive describes; the group as if the appositive were not there.
            grp = _group([*toks[:k], *toks[j:]], k, text)
            if grp is not None:
                return grp
        if (
            len(appos) == 1
            and appos[0].cap
            and _GAVE_NAME.search(" ".join(t.low for t in clause[-8:]))
        ):
            # "a programmer who gave only her first name, Daria, said": the one name given.
            return _Mention(appos[0].text, "person", alias="given name only"), c0
        if (
            len(head) == 1
            and head[0].cap
            and b == c0
            and appos
            and (
                appos[0].low == "which"
                or (
                    appos[0].low
                    not in {"who", "whose", "whom", "including", "among", "many", "some"}
                    # (Not "Staverton, asked about the post, said": a participle's object.)
                    and not appos[0].low.endswith("ed")
                    and appos[0].low not in IRREGULAR_PARTICIPLES
                    and head[0].low not in GROUP_NOUNS
                    and (
                        re.sub(r"['’]s?$", "", appos[-1].low) in ORG_HEADS | COMPANY_NOUNS
                        # "Stubharbor, the largest resale site operating in the state, said"
                        # (not "Mumby, a retired mail carrier who grows ...": a person).
                        or (
                            _described_head(appos).low in _WEB_BODIES | {"company", "firm"}
                            and not any(t.low in {"who", "whose"} for t in appos)
                        )
                    )
                    # (Not "Cragg, a Republican in her second year in office, said".)
                    and re.sub(r"['’]s?$", "", _described_head(appos).low)
                    in ORG_HEADS | COMPANY_NOUNS | _WEB_BODIES
                )
            )
            and _fold(head[0].text) not in MALE_NAMES | FEMALE_NAMES
        ):
            # "Russia, which sells weapons to both, said"; "TriMet, Portland's transit agency,
            # said": a one-word name that a relative "which" or its description makes a body.
            return _Mention(head[0].text, "org"), b
        if (
            len(clause) >= 2
            and clause[0].low in {"a", "an"}
            and c0 >= 2
            and toks[c0 - 1].text == ","
            and any(t.low in ORG_HEADS | GENERIC_ORGS for t in clause[1:4])
        ):
            # "Homes for Tamsworth, a coalition of builders, renters' groups and ..., said":
            # the description runs over commas; the name before it speaks.
            b0 = _left_np(toks, c0 - 1)
            named_first = _classify(toks[b0 : c0 - 1], text) if b0 < c0 - 1 else None
            if (
                named_first is not None
                and named_first.kind == "org"
                and (b0 == 0 or toks[b0 - 1].kind != "W")
            ):
                return named_first, b0
        if (
            len(clause) >= 4
            and [t.low for t in clause[:3]] == ["the", "family", "of"]
            and all(t.cap for t in clause[3:])
        ):
            # "The family of Tyler Elvington, the freshman who died, said": his family.
            return _Mention(f"{clause[-1].text} family", "group"), c0
        called = _group_called(clause, text)
        if called is not None:
            return called, c0
        if any(t.low in DOC_SUBJECTS | RECORD_NOUNS for t in clause) and any(
            t.low == "by" for t in appos
        ):
            # "The findings, published Tuesday by the Harlan Policy Institute, show that":
            # the author named in the appositive.
            by_author = _doc_by_author([t for t in toks[c0 : j - 1] if t.kind == "W"], text)
            if by_author is not None:
                return by_author, c0
        if (
            appos
            and appos[0].low.endswith("ed")
            and any(t.low in DOC_SUBJECTS for t in clause[:3])
            and any(t.low == "by" for t in clause)
        ):
            # "An analysis by the council's finance staff, released Tuesday, found that".
            by_author = _doc_by_author(clause, text)
            if by_author is not None:
                return by_author, c0
        if len(appos) == 2 and appos[0].low == "local" and appos[1].low.isdigit():
            # "The Seacole Mariners Union, Local 12, argued": the union, its local aside.
            union = _classify(head, text)
            if union is not None and union.kind == "org":
                return union, b
        named = _classify(appos, text)
        # "Columbus-area businesswoman Heather Stolzmann": a place made an adjective describes.
        lead = next(
            (x for x, t in enumerate(appos) if t.cap and not _PLACE_ADJ.match(t.text)), len(appos)
        )
        if (
            named is None
            and 1 <= lead <= 3
            and len(appos) - lead >= 2
            and all(
                t.kind == "W"
                and (not t.cap or _PLACE_ADJ.match(t.text))
                and t.low not in STOPWORDS | PREPOSITIONS | {"who", "whose", "whom", "which"}
                and not t.low.endswith("ing")
                for t in appos[:lead]
            )
        ):
            # "Its chairman, retired accountant Mobrev Hurlbatt, said"; "Its sponsor, state
            # Sen. Dana Kaigron, said": lower-case words before the name describe it.
            tail = _classify(appos[lead:], text)
            if tail is not None and tail.kind == "person" and len(tail.surface.split()) >= 2:
                named = tail
                named.role = _join(appos[: lead + 1] if tail.title else appos[:lead], text)
        if (
            named is not None
            and len(appos) <= 3
            and (
                (
                    len(clause) >= 4
                    and [t.low for t in clause[:3]] == ["one", "of", "the"]
                    and clause[-1].low.removesuffix("s") in COMPANY_NOUNS | GENERIC_ORGS
                )
                # "One of them, Polestead Airlines, said": a body, named.
                or ([t.low for t in clause] == ["one", "of", "them"] and named.kind == "org")
            )
        ):
            # "One of the operators, Zipwell, said": the company named in the appositive.
            return _Mention(named.surface, "org"), c0
        if len(appos) >= 4 and [t.low for t in appos[:3]] in (
            ["which", "calls", "itself"],
            ["who", "calls", "itself"],
        ):
            # "The coalition, which calls itself Keep Tarrow Fishing, said": the name.
            self_named = _classify(appos[3:], text)
            if self_named is not None and self_named.kind in ("person", "org"):
                return _Mention(self_named.surface, "org"), c0
        unnamed = _unnamed_ref(clause) or _unnamed(clause, text)
        if (
            unnamed is not None
            and named is not None
            and len(clause) >= 5
            and [t.low for t in clause[-3:-1]] == ["one", "of"]
            and clause[-4].low == "for"
        ):
            # "A lawyer for one of them, Kessel Builders, said": the appositive names the
            # client, and the lawyer speaks ("The lawyer, Tamsin Rowe, said" names them later).
            desc = _join(clause[: len(clause) - 3], text) + " " + named.surface
            return _Mention(desc[0].lower() + desc[1:], "anon", role=unnamed.role), c0
        if unnamed is not None and unnamed.role in {"person", "people"}:
            # "A second person, a yard worker who asked not to be named, said": the
            # description is the source.
            unnamed = _unnamed(appos, text) or unnamed
        if (
            unnamed is not None
            and named is not None
            and named.kind == "org"
            and len(appos) <= 5
            and unnamed.role in UNNAMED_BODIES | COMPANY_NOUNS | GENERIC_ORGS
        ):
            # "A law firm in Omaha, Sternhagen & Yeadon, said": the body described is named.
            return named, c0
        if unnamed is not None and not (named and named.kind == "person"):
            # "The person, who spoke on condition of anonymity, said"; "One donor, reached by
            # phone, said"; but "A Corps spokesman, Terrence Boyd, said" names him.
            return unnamed, c0
        if clause and clause[0].low in DETERMINERS:
            clause = clause[1:]
        if named and named.kind == "person" and not named.role and appos[0].low not in {"a", "an"}:
            # (Not "Mayor Dana Whitlock, a Democrat, said": a description, not a name.)
            role_np = head[1:] if head and head[0].low in DETERMINERS else head
            if clause and len(clause) > len(role_np) and _role_like(clause[0].low):
                # "A spokeswoman for the governor, Rosa Plum, said": she is the spokeswoman,
                # not the governor.
                named.role = _join(clause, text)
                return named, c0
            if any(_role_like(t.low) for t in role_np):
                named.role = _join(role_np, text)
                # "..., its chairwoman, Sandra Ilkley, said": the possessive opens the phrase.
                return named, b - 1 if b > 0 and toks[b - 1].low in {
                    "its",
                    "his",
                    "her",
                    "their",
                } else b
            # "A spokeswoman for the port, Ana Lind, said": the whole phrase is her role.
            if any(_role_like(re.sub(r"['’]s?$", "", t.low)) for t in clause):
                named.role = _join(clause, text)
                return named, c0
            if (
                toks[c0].low in DETERMINERS | {"its", "his", "her", "their", "that", "this"}
                and clause
                and not clause[0].cap
                and len(named.surface.split()) >= 2
                # (Not "The developer, Northwind Array, said": a company, below.)
                and not any(t.low in COMPANY_NOUNS for t in clause)
            ):
                # "A junior at Brookhaven High School, Marcus Ebright, said": a description
                # in lower case, then the full name of the one it describes.
                named.role = _join(clause, text)
                return named, c0
        subj = _classify(head, text)
        if (
            subj is None
            and head
            and all(t.cap for t in head)
            and len(appos) >= 2
            and appos[0].low in {"a", "an", "the"}
            and any(
                t.low in ORG_HEADS | GENERIC_ORGS for t in appos[1:4] if t.low not in {"of", "for"}
            )
        ):
            # "Calder Homes Now, a coalition of builders ..., called": an organisation.
            return _Mention(_join(head, text), "org"), b
        if (
            subj is not None
            and subj.kind == "person"
            and not subj.title
            and len(head) >= 2
            and all(t.cap for t in head)
            and _fold(head[0].text) not in FEMALE_NAMES | MALE_NAMES
            and len(appos) >= 2
            and (
                (appos[0].low in {"a", "an"} and _described_head(appos).low in GENERIC_ORGS)
                # ("Feeding America, the national network of food banks, said".)
                or (
                    appos[0].low in {"a", "an", "the"}
                    and _described_head(appos).low in {"nonprofit", "network", "watchdog"}
                )
            )
        ):
            # "Salmonberry Rivers Watch, a conservation group, said": no person's name.
            return _Mention(_join(head, text), "org"), b
        if (
            named
            and named.kind in ("person", "org")
            and clause
            and (
                clause[-1].low in COMPANY_NOUNS
                or (named.kind == "org" and any(t.low in COMPANY_NOUNS for t in clause[:3]))
                or (
                    # "The vendor, Paskaker Gaming Systems, said", "The consortium, Northway
                    # Concession Partners, ...": a common noun, then a name that is a body's.
                    named.kind == "org"
                    and named.surface[:1].isupper()
                    and 1 <= len(clause) <= 2
                    and not any(t.cap or t.kind != "W" for t in clause)
                    and not _role_like(clause[-1].low)
                )
                or (
                    # "The campaign behind the amendment, Missourians for Private Decisions,
                    # says": a description in lower case, then the name.
                    named.kind == "org"
                    and named.surface[:1].isupper()
                    and not any(t.cap for t in clause if t.low not in DETERMINERS)
                    and any(
                        t.low in {"campaign", "committee", "coalition", "group"} for t in clause[:3]
                    )
                )
                or (
                    # "The union representing workers at the plant, X Local 88, said": a
                    # description in lower case, then the name.
                    named.kind == "org"
                    and named.surface[:1].isupper()
                    # (A possessive may name whom they work for: "Healwell's technicians".)
                    and not any(
                        t.cap and not re.search(r"['’]s$", t.text)
                        for t in clause
                        if t.low not in DETERMINERS
                    )
                    and any(t.low in UNION_HEADS for t in clause[:3])
                )
            )
            and not named.title
        ):
            # "The developer, Northwind Array, said": a company, named after what it does.
            return _Mention(named.surface, "org"), c0
        if (
            named
            and named.kind == "person"
            and len(named.surface.split()) >= 2
            and (
                subj is None
                or subj.kind in ("org", "alias", "role")
                # "The committee's top Democrat, Rep. Marguerite Onyekachi, said": a party
                # or rank word is no name.
                or all(_fold(w) in TITLES for w in subj.surface.split())
            )
        ):
            # "The state's consumer advocate, Miriam Oduya, said": the name is the speaker.
            return named, c0
        if (
            named
            and appos
            and all(
                t.cap
                or t.low in {"of", "and", "for"}
                or (x == 0 and t.low in DETERMINERS)
                or (x > 0 and t.low.isdigit())
                # "Local 412 of the Amalgamated Transit Workers".
                or (x > 1 and t.low == "the" and appos[x - 1].low == "of")
                for x, t in enumerate(appos)
            )
            and subj is not None
            and subj.kind in ("org", "alias")
            and (named.kind == "org" or (named.kind == "person" and not named.title))
        ):
            # "the state's largest police union, the Calder Fraternal Order of Police, said":
            # a description of an organisation followed by its name.
            org = appos[1:] if appos[0].low in DETERMINERS else appos
            return _Mention(_join(org, text), "org"), b
        lone_plural = subj is not None and len(head) == 1 and head[0].low in GROUP_NOUNS
        if (
            (subj is None or lone_plural)
            and appos
            # (Not "Many residents, including Consuelo Andrade-Voigt, had asked": she stays
            # the one a pronoun after it may stand for.)
            and (named is None or appos[0].low == "including")
            and not (appos[0].low == "including" and any(t.cap for t in appos[1:]))
            and (
                appos[0].low in {"who", "including"}
                or [t.low for t in appos[1:3]] == ["of", "whom"]
            )
        ):
            # "Parents, many of whom had arranged child care, said": the group, with a
            # relative clause set off by commas.
            grp = _group([*toks[:k], *toks[j:]], k, text)
            if grp is not None:
                return grp
        if subj is None:
            # "Tasc's neighbor, a retired teacher, said": the appositive describes the source.
            described = _unnamed(appos, text) if named is None else None
            return (described, c0) if described is not None else None
        if (
            named is not None
            and named.kind == "org"
            and named.surface[:1].isupper()
            and subj.kind == "person"
            and b >= 1
            and toks[b - 1].low in PREPOSITIONS | {"backing", "supporting", "opposing"}
        ):
            # "A super PAC that has spent heavily for Metzger, Pennick Rampart Action, said":
            # the person ends a description; the body named after it speaks.
            return _Mention(named.surface, "org"), c0
        role = _appositive_role(appos, text)
        if role and subj.kind == "person":
            subj.role = role
        return subj, b
    if toks[j - 1].kind != "W":
        return None
    c0 = j
    while c0 > 0 and toks[c0 - 1].kind == "W":
        c0 -= 1
    whole = toks[c0:j]
    unnamed = _unnamed_ref(whole) or _unnamed(whole, text)
    if unnamed is not None:
        return unnamed, c0
    # ("the volunteer group that restored it said": one describing word first.)
    desc_at = 2 if len(whole) >= 5 and whole[1].kind == "W" and not whole[1].cap else 1
    if not (whole[desc_at : desc_at + 1] and whole[desc_at].low in GENERIC_ORGS):
        desc_at = 1
    if (
        len(whole) >= 3 + desc_at
        and whole[0].low == "the"
        and whole[desc_at].low in COMPANY_NOUNS | GENERIC_ORGS
        and whole[desc_at + 1].low in RELATIVES
    ):
        # "The company that runs the only ferry to Gannet Island said ...": named later.
        return _Mention(_join(whole[: desc_at + 1], text), "orgdesc", role=whole[desc_at].low), c0
    if (
        2 <= len(whole) <= 4
        and whole[0].low == "its"
        and whole[-1].low in ORG_HEADS
        # "Its foreign ministry", "Its Foreign Ministry".
        and (not any(t.cap for t in whole[1:]) or all(t.cap for t in whole[1:]))
    ):
        # "Marrach reacted angrily. Its foreign ministry said": the ministry of the country
        # or organisation the sentence before opens with.
        desc = _join(whole[1:], text)
        return _Mention(desc, "poss", role=desc, at=whole[0].start, alias="its"), c0
    if (
        2 <= len(whole) <= 3
        and whole[0].low in {"its", "his", "her", "their"}
        and not any(t.cap for t in whole[1:])
        and _fold(_join(whole[1:], text)) in _HOLDERS
    ):
        # "..., its owner said Thursday.", "his wife said": whom the next sentences name.
        return _Mention(_join(whole, text), "holder", role=_fold(_join(whole[1:], text))), c0
    owned = _possessed_body(whole, text)
    if owned is not None:
        return owned, c0
    by_author = _doc_by_author(whole, text)
    sub = max(
        (x for x, t in enumerate(whole[:-3]) if t.low in {"after", "before", "since", "as"}),
        default=-1,
    )
    if by_author is None and sub >= 0 and whole[sub + 1].low in {"a", "an", "the"}:
        # "The move comes days after a poll by Harlow Point University found ...": the
        # document's author, in a clause of time after the writer's own words.
        by_author = _doc_by_author(whole[sub + 1 :], text)
        if by_author is not None:
            return by_author, c0 + sub + 1
    if by_author is not None:
        return by_author, c0
    made = _doc_made_by(whole, text)
    if made is not None:
        return made, c0
    records = _record_subject(whole, text)
    if records is not None:
        return records, c0
    b = _left_np(toks, j)
    if b >= 2 and toks[b - 1].low == "by" and toks[b - 2].low in DOC_SUBJECTS:
        # "A study by the Brennick Institute for Trade found that ...": the author speaks.
        author = _classify(toks[b:j], text)
        if author is not None and author.kind in ("org", "person"):
            return author, b - 2
    if (
        b >= 2
        and toks[b - 1].low == "of"
        and toks[b - 2].low in {"panel", "majority"}
        and toks[c].low in RULE_VERBS | FIND_VERBS
    ):
        # "A three-judge panel of the U.S. Court of Appeals for the 8th Circuit ruled": the
        # court rules through its panel.
        court = _classify(toks[b:j], text)
        if court is not None and court.kind == "org":
            return court, c0
    if b > 0 and toks[b - 1].kind == "W" and toks[b - 1].low in PREPOSITIONS | _PLACE_PREPS:
        # "The company that runs the ferry to Gannet Island said": an object, not the subject;
        # but "Republicans on the committee defended" is a group.
        return _group(toks, j, text)
    if toks[b].low in GROUP_NOUNS | DROPPED_QUANTIFIERS and b == c0:
        # "Residents of Roan Creek said": people, not an organisation named "Residents of ...".
        group = _group(toks, j, text)
        if group is not None:
            return group
    subj = _classify(toks[b:j], text)
    if (
        subj is None
        or subj.kind == "alias"
        or (subj.kind == "person" and len(toks[b:j]) == 1)
        # "Federal investigators believe": people, though a capital opens the phrase.
        or (subj.kind == "org" and not toks[j - 1].cap and toks[j - 1].low in GROUP_NOUNS)
    ):
        group = _group(toks, j, text)
        if group is not None:
            return group
    return (subj, b) if subj else None


def _speech_cue_at(toks: list[_Tok], j: int) -> bool:
    """Whether the cue at ``j`` (after any adverbs) states something, rather than reacting
    ("Savers in Calloway welcomed the decision", "Employees described a tense day")."""
    while j < len(toks) and toks[j].low in ADVERBS:
        j += 1
    return j < len(toks) and toks[j].low not in REACTION_CUES


def _agent_plural(t: _Tok, text: str) -> bool:
    """A plural noun for people or bodies by its ending ("Delegates", "Scholars", "Hospitals",
    "Superintendents"), beyond the listed group nouns; capitalised, only if the text never
    writes it after a capitalised word, as a surname is ("Vernon Akers ... Akers said")."""
    if not (t.kind == "W" and t.low.isalpha() and t.low.endswith(AGENT_PLURALS)):
        return False
    # (Inside a longer name is no surname: "Colorado State Beekeepers Association".)
    return (
        not t.cap
        or re.search(rf"\b(?!The\b)[A-Z][\w'’\-]*\s+{t.text}\b(?![ \t]+[A-Z])", text) is None
    )


# Words that open a count before a group ("about", "at least", "more than").
_ABOUT = _words("about nearly roughly almost approximately")
_BOUNDS = {("at", "least"), ("more", "than"), ("fewer", "than"), ("as", "many")}


def _how_many(np: list[_Tok]) -> int:
    """Tokens a count takes at the start of a group ("at least 11 other", "about two dozen"),
    or 0."""
    x = 0
    if np and np[0].low in _ABOUT:
        x = 1
    elif len(np) > 1 and (np[0].low, np[1].low) in _BOUNDS:
        x = 3 if np[1].low == "many" and len(np) > 2 and np[2].low == "as" else 2
    if not x or x >= len(np):
        return 0
    if not (np[x].low.replace(",", "").isdigit() or np[x].low in NUMBER_WORDS | {"a", "one"}):
        return 0
    x += 1
    while x < len(np) and np[x].low in {"dozen", "hundred", "other", "more"}:
        x += 1
    return x


def _list_comma(toks: list[_Tok], k: int, j: int) -> bool:
    """Whether the comma at ``k`` joins a list of places ending "... and <Place>" before
    ``j`` ("in Kansas, Nebraska and Texas")."""
    return (
        toks[k].text == ","
        and 0 < k < j - 3
        and toks[k - 1].cap
        and toks[k + 1].cap
        and any(
            toks[x].low == "and" and toks[x + 1].cap and x + 2 == j for x in range(k + 2, j - 1)
        )
    )


def _group(toks: list[_Tok], j: int, text: str) -> tuple[_Mention, int] | None:
    """A plural group as speaker ("Critics", "Environmental groups", "Democrats in the
    legislature"), the whole clause before the cue; with the index where it starts."""
    b = j
    while b > 0 and j - b < 14 and (toks[b - 1].kind == "W" or _list_comma(toks, b - 1, j)):
        b -= 1
    if b > 0 and toks[b - 1].kind == "W":
        return None
    speech = j < len(toks) and toks[j].low in {"said", "say", "says", "told"}
    if j - b > 9 and not (speech and any(t.low in {"who", "that"} for t in toks[b + 1 : b + 4])):
        return None  # a long run is a group only with its relative clause ("... who spoke ...")
    np = toks[b:j]
    if np and np[0].low in {"and", "but"}:
        np = np[1:]  # "..., and internet providers say ..."
        b += 1
    if np and np[0].low in {"among", "of"}:
        # "Among voters who said they had heard ..., the race was tied": a part of those
        # polled, no speaker.
        return None
    rel = max((x for x, t in enumerate(np[:-1]) if t.low == "that"), default=-1)
    if (
        rel >= 0
        and len(np) - rel - 1 <= 3
        and np[-1].low in GROUP_NOUNS | GROUP_HEADS
        and j < len(toks)
        and toks[j].low in {"said", "say", "says"}
    ):
        # "... ending two years of negotiations that team officials said": the relative
        # clause's own subject.
        b += rel + 1
        np = np[rel + 1 :]
    if len(np) >= 3 and np[-2].low == "on" and np[-1].low in TIME_WORDS:
        np = np[:-2]  # "Senators from both parties on Wednesday questioned": when, not who
    if len(np) >= 4 and [t.low for t in np[-3:]] in (
        ["we", "talked", "to"],
        ["we", "spoke", "with"],
        ["we", "interviewed", "recently"],
    ):
        np = np[:-3]  # "Republican strategists we talked to think": the writer's sources
    article = bool(np) and np[0].low in {"a", "an"}
    if np and np[0].low in DETERMINERS:
        np = np[1:]
    if article and len(np) == 2 and np[0].low not in GAUGE_NOUNS and not np[0].cap:
        # "..., a change supporters say would protect growers": "a" cannot head a plural
        # (but "a few analysts" can), so the plural opens a clause of its own, and what
        # comes before it is the writer's gloss on the last sentence.
        b += 2
        np = np[-1:]
    if len(np) >= 2 and np[-1].low in {"there", "here"}:
        np = np[:-1]  # "Officials there said"
    partitive = ""
    if (
        len(np) >= 4
        and (
            np[0].low in QUANTIFIERS | {"all", "most", "none"} | NUMBER_WORDS or np[0].low.isdigit()
        )
        and np[1].low == "of"
        and np[2].low in DETERMINERS | {"her", "his", "their", "its", "our", "those", "these"}
    ):
        # "Several of the drivers said": the source as written, "drivers" its head.
        partitive = _join(np, text)
        np = np[3:]
    said_after = speech or (
        j + 1 < len(toks) and toks[j].low in {"have", "has"} and toks[j + 1].low == "said"
    )
    counted = _how_many(np) if said_after else 0
    if counted and counted < len(np) and np[counted].low.endswith("s"):
        # "At least 11 other Republicans from farm districts have said", "about two dozen
        # members of the House Freedom Caucus said": the people, the count as written.
        partitive = _join(np, text)
        np = np[counted:]
    if not np:
        return None
    gap = next((x for x, t in enumerate(np) if x and t.low in {"that", "which"}), None)
    if gap is not None and gap + 1 < len(np) and toks[b].low in DETERMINERS:
        # "..., a decision that farm groups said would cost ...": the writer's gloss, then a
        # relative clause whose subject speaks.
        b = next(i for i in range(b, j) if toks[i] is np[gap + 1])
        np = np[gap + 1 :]
    relative = next(
        (
            x
            for x, t in enumerate(np)
            if x
            and (
                t.low == "who"
                # "Union leaders representing the center's employees say": the same.
                or (
                    t.low in MODIFIER_PARTICIPLES
                    and x + 1 < len(np)
                    and np[x - 1].low.endswith("s")
                    and np[0].low not in UNNAMED_DETS
                )
                # "Parent groups that backed the law said": "that" after a plural group noun.
                or (t.low == "that" and np[x - 1].low in GROUP_NOUNS and x + 1 < len(np) and speech)
            )
        ),
        None,
    )
    full = _join(np, text)
    if relative is not None:
        # "Security researchers who reviewed the files said": the source is named without
        # its relative clause, which stays as an alias.
        np = np[:relative]
    # The head is the last word before a prepositional phrase ("officials in the county").
    cut = next(
        (
            x
            for x, t in enumerate(np)
            if x and t.low in {"in", "on", "for", "at", "from", "of", "near", "to", "with"}
        ),
        None,
    )
    head_part = np[:cut] if cut is not None else np
    rest = np[cut + 1 :] if cut is not None else []
    if rest and rest[0].low in DETERMINERS:
        rest = rest[1:]
    lead_low = next((x for x, t in enumerate(rest) if t.cap), 0)
    if (
        1 <= lead_low <= 4
        and rest[lead_low - 1].low in GENERIC_ORGS | COMPANY_NOUNS | ORG_HEADS | {"nonprofit"}
        and all(not t.cap for t in rest[:lead_low])
    ):
        # "Advocates with the group Sandover Justice Now", "Analysts at the credit rating
        # agency Stellmark Ratings": the body's name, without its description.
        rest = rest[lead_low:]
    # "at the Kessen Chamber of Commerce": a name may run longer than a description.
    named_rest = bool(rest) and all(t.cap or t.low in ORG_CONNECTORS for t in rest) and rest[0].cap
    if cut is not None and len(rest) > (6 if named_rest else 5):
        return None
    head = head_part[-1].low
    mods = head_part[:-1]
    if (
        head not in GROUP_NOUNS
        and not (_agent_plural(head_part[-1], text) and _speech_cue_at(toks, j))
    ) or any(
        (t.low in STOPWORDS or t.low in CAP_STOP)
        and t.low not in QUANTIFIERS
        # "Librarians and teachers": two groups joined.
        and not (t.low == "and" and x > 0 and mods[x - 1].low in GROUP_NOUNS)
        for x, t in enumerate(mods)
    ):
        return None
    phrase = _join(np, text)
    if relative is not None:
        return _Mention(phrase, "group", alias=full), b
    if named_rest and cut is not None and np[cut].low in {"at", "for", "with"}:
        org = _join(rest, text)
        if np[cut].low in {"at", "with"} and head not in {"lawyers", "attorneys"}:
            # "Economists at the Bank of Orland estimated", "Forecasters at the National
            # Weather Service said": the named organisation speaks through its staff; the
            # phrase stays an alias.
            return _Mention(org, "org", alias=phrase), b
        if head in {"lawyers", "attorneys"} and np[cut].low == "for":
            # "Lawyers for Hexley Freight said": the company's lawyers.
            return _Mention(phrase[0].lower() + phrase[1:], "group", alias=f"{org} lawyers"), b
    if (
        cut is None
        and relative is None
        and head in {"officials", "executives", "leaders", "representatives"}
        and len(mods) >= 2
        and all(t.cap for t in mods)
        and re.sub(r"['’]s?$", "", mods[-1].low) in ORG_HEADS
    ):
        # "Corvane Health officials said": the organisation speaks; the phrase is an alias.
        return _Mention(_join(mods, text), "org", alias=_join(np, text)), b
    if mods and mods[0].low in DROPPED_QUANTIFIERS:
        # "Some residents of the Elm Street neighborhood said": the residents.
        short = _join(np[1:], text)
        return _Mention(short, "group", alias=phrase), b
    if partitive:
        return _Mention(partitive, "group", alias=phrase), b
    return _Mention(phrase, "group"), b


def _unnamed(toks: list[_Tok], text: str) -> _Mention | None:
    """An unnamed source as a whole phrase: "a person familiar with the talks", "two diplomats
    briefed on the negotiations", "a coalition of fishermen"; a relative clause is cut off."""
    if toks and toks[0].low in {"and", "but"}:
        toks = toks[1:]
    by_name = _called_name(toks, text) if len(toks) >= 4 else None
    if by_name is not None:
        return by_name
    if (
        4 <= len(toks) <= 6
        and [t.low for t in toks[:2]] == ["one", "of"]
        and toks[2].low in {"the", "its", "their", "his", "her"}
        and (toks[3].low in UNNAMED_HEADS | GROUP_NOUNS)
        and all(t.kind == "W" and not t.cap for t in toks[1:])
    ):
        # "One of the workers, who asked not to be identified, said".
        words = _join(toks, text)
        return _Mention(words[0].lower() + words[1:], "anon", role=toks[3].low)
    if (
        3 <= len(toks) <= 9
        and toks[0].low in UNNAMED_HEADS | {"people"}
        and toks[0].low.endswith(("s", "people"))
        and toks[1].low in {"familiar", "close", "briefed", "involved", "knowledgeable"}
        and all(t.kind == "W" for t in toks)
    ):
        # "Officials familiar with the plan said", "People close to the governor said":
        # plural sources described without a number.
        words = _join(toks, text)
        return _Mention(words[0].lower() + words[1:], "anon", role=toks[0].low)
    if len(toks) < 2 or toks[0].low not in UNNAMED_DETS or any(t.kind != "W" for t in toks):
        return None
    cut = next((x for x, t in enumerate(toks) if x and t.low in RELATIVES), len(toks))
    if cut < len(toks) and all(t.low in RELATIVES | ADVERBS for t in toks[cut:]):
        # "a coalition of builders that backed the bill": the cue is the relative clause's.
        return None
    toks = toks[:cut]
    head = next(
        (
            x
            for x, t in enumerate(toks[1:6], 1)
            if t.low in UNNAMED_HEADS
            or (_role_like(t.low) and not t.cap)
            or (
                t.low in _OF_COLLECTIVES
                and x + 1 < len(toks)
                and toks[x + 1].low == "of"
                # ("a panel of the state Court of Appeals" is the court.)
                and (
                    t.low in COLLECTIVE_HEADS
                    or (x + 2 < len(toks) and toks[x + 2].low not in DETERMINERS)
                )
            )
            # "a veteran House Republican on the committee": a party member, unnamed.
            or (
                t.low in {"republican", "democrat"}
                and x >= 2
                # (not "a senior House Republican aide": the aide)
                and (x + 1 == len(toks) or toks[x + 1].low in UNNAMED_POST)
                and toks[0].low in SINGULAR_DETS
                and all(m.low in _PARTY_MODS for m in toks[1:x])
            )
        ),
        None,
    )
    if head is None:
        # "a teenager at the rally", "two dockworkers who ...": the last word before the
        # phrase's tail, when its ending makes it a person noun.
        last = next((x for x, t in enumerate(toks) if x and t.low in UNNAMED_POST), len(toks)) - 1
        t = toks[last]
        # "a" needs a singular head: "a change supporters say ..." is no source.
        agrees = (toks[0].low in SINGULAR_DETS) != t.low.endswith("s")
        if (
            1 <= last <= 5
            and agrees
            and not t.cap
            and t.low not in NOUN_CLASSES
            and _person_noun(t.low)
        ):
            head = last
        elif (
            1 <= last <= 4
            and agrees
            and not t.cap
            and re.sub(r"s$", "", t.low) in UNNAMED_BODIES
            and last + 1 < len(toks)
        ):
            # "A rehabilitation center in Tolvey said": a body described, not named; it is
            # told apart by where it is ("in Tolvey"), as an unnamed source by its tail.
            head = last
    if head is None:
        return None
    mods, post = toks[1:head], toks[head + 1 :]
    # "Two other diplomats familiar with the talks": "other" counts them apart, no more.
    if any(
        (t.low in STOPWORDS or t.low in CAP_STOP)
        and t.low != "other"
        # "three current and former employees": "and" between two modifiers.
        and not (t.low == "and" and 0 < x < len(mods) - 1)
        for x, t in enumerate(mods)
    ):
        return None
    if post and (post[0].low not in UNNAMED_POST or len(post) > 10):
        return None
    if len(post) >= 2 and post[0].low == "to" and not (post[1].cap or post[1].low in DETERMINERS):
        # "a judge to order the board ...": an infinitive, not "an aide to the governor".
        return None
    words = _join(toks, text)
    words = words[0].lower() + words[1:]
    kind: Literal["anon", "group"] = "group" if toks[head].low in _OF_COLLECTIVES else "anon"
    # "a St. Aldric executive involved in the talks": also known without the rest.
    short = _join(toks[: head + 1], text) if post else ""
    short = short[:1].lower() + short[1:]
    return _Mention(words, kind, role=toks[head].low, alias=short)


def _unnamed_ref(toks: list[_Tok]) -> _Mention | None:
    """A later reference to an unnamed source: "the person", "the officials", "one of them"."""
    words = [t.low for t in toks]
    if words in (["one", "of", "them"], ["one", "of", "the", "people"]):
        return _Mention(" ".join(words), "anonref", role="")
    if len(words) == 2 and words[0] == "the" and words[1] in UNNAMED_REF_HEADS:
        return _Mention(" ".join(words), "anonref", role=words[1])
    if (
        3 <= len(words) <= 8
        and words[0] == "the"
        and words[1] in COLLECTIVE_HEADS | UNNAMED_HEADS
        and words[2] in UNNAMED_POST
        and not toks[1].cap
    ):
        # "The coalition of Birchwood families said": "a coalition of Birchwood families" again.
        return _Mention(" ".join(t.text for t in toks), "anonref", role=words[1], alias="again")
    return None


def _named_after_comma(toks: list[_Tok], k: int, text: str) -> tuple[_Mention, int] | None:
    """The person named right after the comma at ``k`` ("..., Jane Roe." / "..., Jane Roe,"),
    with the index after the name, or None."""
    if not (k + 2 < len(toks) and toks[k].text == ","):
        return None
    e = k + 1
    while e < len(toks) and toks[e].kind == "W" and toks[e].cap:
        e += 1
    who = _classify(toks[k + 1 : e], text) if 2 <= e - k - 1 <= 3 else None
    if who is None or who.kind != "person" or not (e == len(toks) or toks[e].text in ",."):
        return None
    return who, e


def _subject_right(toks: list[_Tok], c: int, text: str) -> tuple[_Mention, int] | None:
    """Speaker written after an inverted cue ("," said ministry spokesman Jeon Ha-kyou")."""
    named_as = _named_as(toks[c + 1 :], text)
    if named_as is not None:
        return named_as, len(toks) - (1 if toks[-1].kind == "P" else 0)
    if c + 3 < len(toks) and toks[c + 1].low in {"her", "his", "their", "its"}:
        # '"...," said her coach, Dana Vilches.': the name after the described relation.
        k = c + 2
        while k < len(toks) and toks[k].kind == "W" and not toks[k].cap:
            k += 1
        named = _named_after_comma(toks, k, text) if k > c + 2 else None
        if named is not None:
            named[0].role = _join(toks[c + 2 : k], text)
            return named
    if c + 1 < len(toks) and toks[c + 1].low in UNNAMED_DETS:
        # "," said a captain who has fished out of the harbor since 1988."
        k = c + 1
        while k < len(toks) and toks[k].kind == "W":
            if k > c + 2 and toks[k].low in {"who", "whose"}:
                break  # "said a person familiar with it who was not authorized to ...": cut
            k += 1
        unnamed = _unnamed(toks[c + 1 : k], text)
        # '"...," said a lawyer for Acme, Jane Roe.': the name after the description.
        named = _named_after_comma(toks, k, text) if unnamed is not None else None
        if named is not None and unnamed is not None:
            named[0].role = unnamed.surface.split(" ", 1)[1]
            return named
        if unnamed is not None:
            return unnamed, k
    i = c + 1
    seen_cap = False
    while i < len(toks) and toks[i].kind == "W":
        t = toks[i]
        if t.cap:
            seen_cap = True
        elif seen_cap and t.low == "the" and i > c + 1 and toks[i - 1].low == "of":
            pass  # "Edward Alden of the Council on Foreign Relations"
        elif seen_cap and t.low in {"on", "in"} and _org_continues(toks, i):
            pass
        elif (
            seen_cap
            and _role_like(t.low)
            and i + 1 < len(toks)
            and toks[i + 1].cap
            and toks[i + 1].kind == "W"
        ):
            pass  # "said Council member Yvonne Castellano": a role in lower case.
        elif seen_cap and t.low.isdigit() and toks[i - 1].low in {"ward", "district", "precinct"}:
            pass  # "says Ward 3 council member Tamsin Oxenvale"
        elif (
            seen_cap
            and t.low not in STOPWORDS
            and i + 2 < len(toks)
            and _role_like(toks[i + 1].low)
            and toks[i + 2].cap
            and toks[i + 2].kind == "W"
        ):
            pass  # "... Ward 3 council member Tamsin Oxenvale": a two-word role
        elif (seen_cap and t.low not in {"of", "and", "for"}) or (
            not seen_cap and t.low in PREPOSITIONS
        ):
            break
        i += 1
    phrase = toks[c + 1 : i]
    # "the agency said" written as "said the agency on Tuesday": cut the circumstance.
    for n, t in enumerate(phrase):
        if n and not t.cap and t.low in PREPOSITIONS and not _org_continues(phrase, n):
            phrase = phrase[:n]
            i = c + 1 + n
            break
    while phrase and phrase[-1].kind == "W" and phrase[-1].low in TIME_WORDS:
        # "said Smith Tuesday": the day is not part of the name.
        phrase = phrase[:-1]
    if len(phrase) == 1 and re.search(r"['’]s?$", phrase[0].text):
        # "said Acme's lawyer, Jane Roe": the role runs on in lower case to the comma.
        k = i
        while k < len(toks) and toks[k].kind == "W" and not toks[k].cap and k - i < 4:
            k += 1
        if k > i and k < len(toks) and toks[k].text == ",":
            phrase, i = toks[c + 1 : k], k
    if (
        i + 2 < len(toks)
        and toks[i].text == ","
        and phrase
        and (phrase[0].low in DETERMINERS or re.search(r"['’]s?$", phrase[0].text))
    ):
        # "," said the operator, Doreen Mabry, 54.": the name after the role.
        k = i + 1
        while k < len(toks) and toks[k].kind == "W" and toks[k].cap:
            k += 1
        who = _classify(toks[i + 1 : k], text) if 2 <= k - i - 1 <= 3 else None
        if who is not None and who.kind == "person" and (k == len(toks) or toks[k].text in ",."):
            who.role = _join(phrase[1:] if phrase[0].low in DETERMINERS else phrase, text)
            if k + 1 < len(toks) and toks[k].text == "," and toks[k + 1].low.isdigit():
                k += 2
            return who, k
    m = _classify(phrase, text, loose=True)
    if m is None:
        return None
    if i + 1 < len(toks) and toks[i].text == ",":
        k = i + 1
        while k < len(toks) and toks[k].kind == "W":
            k += 1
        role = _appositive_role(toks[i + 1 : k], text)
        if role and m.kind == "person" and (k == len(toks) or toks[k].text in ",."):
            m.role = role
            i = k
    return m, i


def _group_called(toks: list[_Tok], text: str) -> _Mention | None:
    """ "The group Free the Riverton Two", "a group called Linden Falls Parents United": the
    organisation's name after its description."""
    if toks and toks[0].low in {"and", "but"}:
        toks = toks[1:]
    words = [t.low for t in toks[:4]]
    for lead in (["the", "group"], ["a", "group", "called"], ["the", "group", "called"]):
        if words[: len(lead)] == lead:
            rest = toks[len(lead) :]
            if (
                rest
                and rest[0].cap
                and rest[-1].cap
                and all(t.cap or t.low in ORG_CONNECTORS for t in rest)
            ):
                return _Mention(_join(rest, text), "org")
    return None


def _named_as(toks: list[_Tok], text: str) -> _Mention | None:
    """ "one of her volunteers, a retired nurse named Gloria Pettibone": the name given."""
    while toks and toks[-1].kind == "P" and toks[-1].text in ".,":
        toks = toks[:-1]
    x = next((x for x, t in enumerate(toks) if t.low == "named"), None)
    if x is None or x == 0 or not 2 <= len(toks) - x - 1 <= 3:
        return None
    if any(t.kind == "Q" for t in toks):
        return None
    who = _classify(toks[x + 1 :], text)
    if who is None or who.kind != "person":
        return None
    desc = [t for t in toks[:x] if t.kind == "W"]
    start = max((k for k, t in enumerate(toks[:x]) if t.text == ","), default=-1) + 1
    role = toks[start:x]
    if role and role[0].low in DETERMINERS:
        role = role[1:]
    who.role = _join(role, text) if role and desc else ""
    return who


def _org_continues(toks: list[_Tok], i: int) -> bool:
    """True if the preposition at ``i`` sits inside an organisation's name ("Council on ...")."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    prev = toks[i - 1] if i else None
    return (
        nxt is not None
        and prev is not None
        and nxt.cap
        and nxt.low not in CAP_STOP
        and prev.cap
        # ("Centers for Medicare & Medicaid Services", "Center for Motorist Safety".)
        and re.sub(r"['’]s?$", "", prev.low) in ORG_HEADS | {"center", "centers", "institutes"}
        # "Embassy in Washington" is a seat; "Alliance in U.S. District Court" is where it
        # filed.
        and (
            toks[i].low != "in"
            or re.sub(r"['’]s?$", "", prev.low) in {"embassy", "consulate", "office", "bureau"}
        )
    )


# Occasions of a statement that a relative clause may describe ("in a floor speech that ran").
_SPEECH_EVENTS = _words(
    "speech address interview statement hearing appearance briefing conference session post"
    " video message letter email memo testimony remarks debate forum rally meeting podcast ad"
)


# Words a verb goes on with that are not in PREPOSITIONS ("stretched past an hour").
_GOES_ON = _words("past into over until beyond about nearly almost more up down off out")


# Past forms without "-ed" that open a relative clause ("an ad that began running").
_PAST_FORMS = _words("began ran drew went came took made grew brought")


def _relative_verb(toks: list[_Tok], k: int) -> bool:
    """Whether a verb opens the clause at ``k`` ("that stretched past an hour"): a relative
    clause about the occasion, not a that-clause with a subject."""
    if k >= len(toks) or toks[k].kind != "W" or not toks[k].text.islower() or "-" in toks[k].text:
        return False
    low = toks[k].low
    if low in FINITE or low in _PAST_FORMS:
        return True
    # ("that missed connections cost ...": an adjective; a verb goes on with a preposition)
    after = toks[k + 1].low if k + 1 < len(toks) else ""
    return low.endswith("ed") and len(low) > 4 and after in PREPOSITIONS | DETERMINERS | _GOES_ON


def _tells(verb: str) -> bool:
    """A cue whose addressee may stand before the statement ("told reporters that")."""
    return verb.startswith(("told", "tell")) or verb in TELL_VERBS


# Auxiliaries that show a clause has begun ("this time might be different").
_FINITE_AUX = _words("might may would will could can should must was is were are had has")


def _when_gap(gap: list[_Tok]) -> bool:
    """Whether words between a cue and its "that" only say when ("found in June 2025 that",
    "ruled last week that")."""
    return gap[0].low in {"in", "on", "last", "this", "earlier", "late", "early"} and all(
        g.low in MONTHS or g.low in TIME_WORDS or re.fullmatch(r"(?:19|20)\d\d|\d{1,2},?", g.low)
        for g in gap[1:]
    )


# Bodies whose decision after a statement is theirs ("..., the City Council decided Tuesday").
_DECIDING_BODIES = _words("council board commissioners commission court panel committee jury")


def _after_when(toks: list[_Tok], x: int) -> int:
    """Index after the when and the vote that may follow a tag's cue ("Tuesday night in a 9-4
    vote"); ``x`` if there is neither (always a valid index while ``x`` is)."""
    y = x
    while (
        y < len(toks) - 1
        and toks[y].kind == "W"
        and (
            toks[y].low in TIME_WORDS
            or (toks[y].low in {"early", "late"} and toks[y + 1].low in TIME_WORDS)
        )
    ):
        y += 1
    if (
        y + 3 < len(toks)
        and toks[y].low == "in"
        and toks[y + 1].low in {"a", "an"}
        and re.fullmatch(r"\d+-\d+", toks[y + 2].low)
        and toks[y + 3].low in {"vote", "decision", "ruling"}
    ):
        y += 4
    return min(y, len(toks) - 1)


def _content_after(toks: list[_Tok], r: int, verb: str, text: str) -> tuple[int, int] | None:
    """Reported content after the cue ending at token ``r`` (exclusive), or None."""
    n = len(toks)
    start = None
    cue_end = r
    if verb.startswith("claim") and r < n and toks[r].low in {"responsibility", "credit"}:
        return None  # "claimed responsibility for the attack": an act, not a statement
    while (
        r < n
        and toks[r].kind == "W"
        and (
            toks[r].low in TIME_WORDS
            # "said later Tuesday that ...".
            or (
                toks[r].low in {"later", "earlier", "late", "early"}
                and r + 1 < n
                and toks[r + 1].kind == "W"
                and toks[r + 1].low in TIME_WORDS
            )
        )
    ):
        # "said Tuesday that ...", "says today it ...": the day is a circumstance.
        r += 1 if toks[r].low in TIME_WORDS else 2
    # "said in an interview with the Dunmore Gazette that ...": a longer circumstance.
    reach = 14 if r < n and (toks[r].low in PREPOSITIONS or _tells(verb)) else 7
    if (
        r + 1 < n
        and toks[r].low == "at"
        and toks[r + 1].low in {"least", "most"}
        and not _tells(verb)
    ):
        # "said at least five patients had ...": a quantity opens the statement.
        start = r
        reach = 0
    for k in range(r, min(r + reach, n)):
        if toks[k].kind != "W" and toks[k].text != ",":
            # A comma may set off a circumstance ("said Tuesday night, after the vote, that").
            break
        if toks[k].low == "that":
            rest = [t for t in toks[k + 1 :] if t.kind == "W"]
            gap = [t for t in toks[r:k] if t.kind == "W"]
            if any(t.text == "," for t in toks[r:k]) and toks[k - 1].text != ",":
                break  # "said Sunday, as a strike that has ...": no that-clause of the cue
            if verb in THAT_VERBS and gap and not _when_gap(gap):
                break  # "agreed on the outline of a deal that ...": no statement
            if gap and gap[-1].low in _SPEECH_EVENTS and _relative_verb(toks, k + 1):
                break  # "said in a floor speech that stretched past an hour": a relative clause
            # Only a circumstance or an addressee may stand between cue and "that"
            # ("said in a statement that", "told reporters that"), not "said the figures that".
            gap_ok = (
                not gap
                or gap[0].low in PREPOSITIONS
                or gap[0].low in VERB_PARTICLES
                or gap[0].low == "by"
                or _tells(verb)
                # "has said repeatedly that".
                or all(
                    g.low in ADVERBS | {"repeatedly", "publicly", "privately", "unanimously"}
                    for g in gap
                )
                # "ruled 2-1 that".
                or all(re.fullmatch(r"\d+-\d+", g.low) for g in gap)
            )
            # "disputed that explanation": a demonstrative, not a that-clause.
            if gap_ok and (
                len(rest) > 3 or verb in SAY_VERBS or verb in FIND_VERBS or verb in RULE_VERBS
            ):
                start = k + 1
                if start < n and toks[start].text == ",":
                    start += 1  # "said that, under the plan, ..."
            break
    if (
        start is None
        and r + 2 < n
        and toks[r].kind == "Q"
        and verb in SAY_VERBS
        and not re.search(r"[,.!?;:]\W*$", toks[r].text)
        and toks[r + 1].kind == "W"
        and toks[r + 1].low not in {"and", "but", "or", "as", "while", "he", "she", "they"}
        and _has_verb(_join([t for t in toks[r + 1 : r + 9] if t.kind == "W"], text))
    ):
        # 'said "a dozen or so" members were quietly hoping ...': a clause that opens with
        # a quoted phrase is reported speech, the phrase in it.
        start = r
    if start is None:
        if verb in THAT_ONLY or r >= n or toks[r].kind != "W":
            return None
        low = toks[r].low
        if verb in SAY_VERBS and verb not in OBJECT_VERBS:
            outlet = _outlet_end(toks, r) if _tells(verb) else None
            audience = (
                next(
                    (
                        k
                        for k in range(r + 2, min(r + 5, n))
                        if toks[k].low in SUBJECT_STARTS
                        and all(
                            # ("told the board after the vote": no clause after a preposition)
                            t.kind == "W" and t.low not in STOPWORDS | SAY_VERBS | PREPOSITIONS
                            for t in toks[r + 1 : k]
                        )
                    ),
                    None,
                )
                if _tells(verb) and low in DETERMINERS | {"his", "her", "their"}
                else None
            )
            if _tells(verb) and low in AUDIENCES and r + 1 < n:
                # "told reporters the margin was never in doubt".
                r += 1
                low = toks[r].low
                if toks[r].kind != "W" or low in PREPOSITIONS:
                    return None
                if low in TIME_WORDS and (r + 1 >= n or toks[r + 1].kind != "W"):
                    return None  # "told reporters Tuesday, as ...": when, then no clause
                if low in TIME_WORDS and toks[r + 1].low not in _FINITE_AUX | FINITE:
                    r += 1  # "told reporters Tuesday the package would pass": when, then what
                    low = toks[r].low
                    if low in PREPOSITIONS:
                        return None  # "told lawmakers Tuesday in her State of the State ..."
            elif audience is not None:
                # "told the board the clinic would close": the addressee, then the clause.
                r = audience
            elif outlet is not None:
                # "told the Capitol Ledger he had spoken with ...".
                r = outlet
            elif low in {"outside", "inside"} and r + 1 < n and toks[r + 1].low not in DETERMINERS:
                pass  # "said outside groups had ...": an adjective here
            elif low in {"this", "last"} and r + 2 < n and toks[r + 2].low in _FINITE_AUX:
                pass  # "said this time might be different": the clause's own subject
            elif (
                low == "this"
                and r + 1 < n
                and (toks[r + 1].low in _FINITE_AUX or re.fullmatch(r"[a-z]+s", toks[r + 1].low))
                and toks[r + 1].low not in NOUN_LIKE_S
            ):
                pass  # "says this happens most weeks now": "this" is the clause's subject
            elif (
                low in {"late", "early"}
                and r + 1 < n
                and toks[r + 1].kind == "W"
                and not toks[r + 1].cap
                and toks[r + 1].low
                not in TIME_WORDS | {"in", "on", "last", "this", "next", "that", "today"}
            ):
                pass  # "says late filings rarely lead to punishment": an adjective here
            elif (
                low in PREPOSITIONS
                and not _tells(verb)
                and (
                    fronted := next(
                        (
                            k
                            for k in range(r + 3, min(r + 9, n - 1))
                            if toks[k].low in PRONOUN_SUBJECTS | {"it"}
                            and toks[k - 1].text == ","
                            and toks[k + 1].kind == "W"
                        ),
                        None,
                    )
                )
                is not None
                and all(t.kind == "W" for t in toks[r : fronted - 1])
                and toks[r + 1].low in DETERMINERS
            ):
                pass  # "says on a hot day, she can smell it": the statement's own fronted time
            elif low in PREPOSITIONS and not _tells(verb):
                # "said in his last year he lost money ...": a circumstance, then the clause.
                clause = next(
                    (
                        k
                        for k in range(r + 2, min(r + 9, n - 1))
                        if toks[k].low in PRONOUN_SUBJECTS | {"it"}
                        and toks[k - 1].kind == "W"
                        and toks[k - 1].low not in PREPOSITIONS | DETERMINERS | {"that"}
                        and toks[k + 1].kind == "W"
                    ),
                    None,
                )
                if clause is None or any(t.kind != "W" for t in toks[r:clause]):
                    return None
                if any(t.low in {"asked", "pressed"} for t in toks[r:clause]):
                    # "said when asked whether she would sell": the question, not an answer.
                    return None
                r = clause
            elif _tells(verb) or low in PREPOSITIONS:
                return None
            elif (
                low == "over"
                and r + 1 < n
                and toks[r + 1].low in {"footage", "images", "video", "pictures", "photos", "music"}
            ):
                return None  # '"...," the narrator says over footage of a flooded room'
            start = r
        elif (
            verb in {"pointed", "points"}
            and low != "out"
            and not any(t.low == "as" for t in toks[r + 2 :])
        ):
            # "pointed to the closure of the bridge": evidence the speaker cites, not a
            # statement ("pointed out that ...", "pointed to X as an example" state one).
            return None
        elif low == "to" and verb in INFINITIVE_CUES:
            start = r  # "vowed to fight the measure"
        elif low in PREPOSITIONS or low in PARTICLES:
            # "pointed to ...", "urged caution regarding ..."; "announced on Monday" has none.
            if not (low in PARTICLES or verb.startswith(VERB_PARTICLES.get(low, ("\0",)))):
                return None
            start = r + 1
        else:
            start = r
    end = n
    if all(t.kind == "P" or t.low in TIME_PHRASE for t in toks[start:end]):
        # "what she had said a week earlier": a time, not a statement.
        return None
    if verb in FIND_VERBS:
        contrast = next(
            (
                k
                for k in range(start + 3, n - 2)
                if toks[k].text == ","
                and (
                    toks[k + 1].low == "while"
                    # "..., and it ordered the hospital chain to pay": its act, no finding.
                    or (
                        toks[k + 1].low == "and"
                        and toks[k + 2].low in {"it", "they"}
                        # (Not "..., and it recommended that ...": a statement of its own.)
                        and k + 3 < n
                        and toks[k + 3].low not in SAY_VERBS | OBJECT_VERBS | FIND_VERBS
                    )
                )
            ),
            None,
        )
        if contrast is not None:
            # "A city survey found that 58 percent supported the lanes, while business owners
            # opposed them": the finding, without its contrast (labelled so 28 times to 8).
            n = contrast
            end = n
    if verb == "wants":
        # "wants the city to raise its hotel tax": what the speaker would have someone do.
        # (Not "wants tuition frozen" or "wants a new landfill", a thing, left unlabelled.)
        head = []
        for t in toks[start + 1 : start + 8]:
            if t.kind == "P" or t.low in {"which", "that", "who"}:
                break
            head.append(t.low)
        if "to" not in head:
            return None
        which = next(
            (
                k
                for k in range(start + 1, n - 1)
                if toks[k].text == "," and toks[k + 1].low == "which"
            ),
            None,
        )
        if which is not None:
            end = which  # "..., which Vanwinkle has said should be kept": another's view
    if verb in {"asked", "asks"}:
        q = next(
            (x for x in range(start, min(start + 5, n)) if toks[x].low == "about"),
            None,
        )
        if q == start:
            # "Several veterans asked about housing": a topic raised, not a statement.
            return None
        if (
            q is not None
            and q > start
            and all(
                t.cap or t.low in {"him", "her", "them", "the", "his", "its", "their"}
                for t in toks[start:q]
            )
        ):
            # "Reporters asked Dana Whitlock about the vote": a question, not a statement.
            return None
    if verb in {"endorsed", "endorses"}:
        # "has endorsed Kenward, as have two former Republican treasurers", "endorsed the
        # measure, including Council President X", "endorsed the project since it was first
        # proposed, and ...": whom or what it endorsed, as the labels take it.
        cut = next(
            (
                k
                for k in range(start + 1, n)
                if (
                    toks[k].text in {",", ";"}
                    and k + 2 < n
                    and toks[k + 1].low in {"as", "and", "which", "its", "the", "breaking", "to"}
                    and toks[k + 2].low != "long"  # (", as long as the state pays": its terms)
                )
                or toks[k].low == "since"
                or (
                    toks[k].low == "and"
                    and k + 1 < n
                    and (
                        toks[k + 1].low in {"he", "she", "it", "they"}
                        or toks[k + 1].low in _SECOND_VERBS
                    )
                )
            ),
            None,
        )
        if (
            cut is not None
            and cut > start
            and (toks[cut].low == "since" or not any(_is_cue(x) for x in toks[cut + 1 : n]))
        ):
            # (A second clause with a cue of its own, "..., and its president said ...", stays
            # for the split that reads it.)
            end = cut
    if verb in OBJECT_VERBS and verb not in SAY_VERBS:
        # "proposed a heat rule last year, but it has not been finalized": the object only.
        scan = True
        for k in range(start + 1, n - 1):
            if toks[k].text == "," and toks[k + 1].low in {"but", "a", "an"}:
                # "..., but it has not been finalized", "..., a pledge Vaill says ...".
                # (Not ", which": "the decision to close lanes, which she said would ...")
                end = k
                break
            if toks[k].text in {",", ";"} or _cue_follows(toks, k, end):
                # A second clause may hold a statement of its own, split off later from this
                # span ("endorsed it, and the union called it ..."): the span keeps it.
                scan = False
            if scan and toks[k - 1].kind != "Q" and _object_ends(toks, k, end):
                # "endorsed Pellew in March and is expected to ...": the object only. (Not
                # after a quotation: 'praised her "courage" in a statement' stays whole.)
                end = k
                break
        while end - start > 2 and toks[end - 1].kind == "P":
            end -= 1
        tag = next(
            (k for k in range(max(start + 1, end - 5), end - 2) if toks[k].text == ","), None
        )
        if (
            tag is not None
            and toks[tag + 1].low in {"its", "his", "her", "their", "the"}
            and toks[end - 1].low in {"says", "said", "shows", "showed"}
            and all(t.kind == "W" and not t.cap for t in toks[tag + 1 : end])
        ):
            end = tag  # "endorsed 31 members who backed the bill, its website says": a source
        if end - start >= 3 and toks[end - 2].low in {"last", "this", "next"}:
            end -= 2  # "endorsed Dell last month"
        elif end - start > 2 and toks[end - 1].low in TIME_WORDS:
            end -= 1
            if toks[end - 1].low == "on":
                end -= 1
    if (
        verb in {"says", "said", "say"}
        and cue_end >= 3
        and toks[cue_end - 2].low in {"which", "who"}
        and toks[cue_end - 3].text == ","
    ):
        # "Save Jessford, which says it has collected 1,100 signatures, has hired a lawyer": the
        # relative clause, and its statement, end where the sentence's own verb comes back.
        back = next(
            (
                k
                for k in range(start + 1, end - 2)
                if toks[k].text == ","
                and toks[k + 1].low in _FINITE_AUX | {"have"}
                and toks[k + 2].kind == "W"
            ),
            None,
        )
        if back is not None and not any(t.text == "," for t in toks[start:back]):
            end = back
    tail = end
    while tail - start > 3 and toks[tail - 1].kind == "P" and toks[tail - 1].text in ".;":
        tail -= 1
    if tail - start > 4 and toks[tail - 1].kind == "Q" and toks[tail - 2].text == ",":
        # 'said he expected a deal soon, "because neither side can afford a long one."': the
        # quotation after the comma is a statement of its own.
        end = tail - 2
    for k in range(start, n - 2):
        # ", stating, "..."": the paraphrase stops where the quotation takes over.
        if (
            toks[k].text == ","
            and toks[k + 1].low in HANDOVER
            and (toks[k + 2].kind == "Q" or toks[k + 2].text in {",", ":"})
        ):
            # Only a handover to a quotation; ", noting that ..." is a second statement.
            end = k
            break
    return _span(toks[start:end], text)


# Words that date a tag after its cue ("..., the agency said early Wednesday, after ...").
_TAG_TIMES = _words("on last this earlier early late year month week")
# Participles that report a statement after a comma (", writing that ...").
_PARTICIPLE_CUES = PARTICIPLES | _words("writing urging asking pushing wants")
# After an object verb's object, these open a circumstance or a second verb phrase.
_SEASONS = _words("spring summer fall autumn winter")
_WRITINGS = _words(
    """video letter post statement editorial interview op-ed ad email e-mail speech message
    memo tweet column news press release radio facebook instagram fundraising"""
)
_EVENTS = _words("rally conference meeting forum hearing fundraiser event")
# (Cue verbs are left out: "rejected the accusation and said ..." is two statements, split
# elsewhere.)
_SECOND_VERBS = _words(
    """has have had is was are were now also appeared ran campaigned recorded bused
    packed printed signed spoke sent held hosted joined donated gave"""
)


def _object_ends(toks: list[_Tok], k: int, end: int) -> bool:
    """Whether an object verb's object ends before ``toks[k]`` (a time, a medium, a new verb)."""
    t = toks[k]
    nxt = toks[k + 1].low if k + 1 < end else ""
    if t.low in {"and", "but"}:
        # "backed the plan and urged others to ...", "supports it but wants a review"
        ok = k > 0 and toks[k - 1].kind == "W" and nxt in _SECOND_VERBS
        return ok and not _cue_follows(toks, k, end)
    after = _circumstance_end(toks, k, end)
    if after is None:
        return False
    # Only where the object is over: "urged Congress on Tuesday to approve ..." goes on, and
    # ", and the union called it ..." stays for the split that reads it.
    if after >= end or toks[after].text in {".", ";"}:
        return True
    if toks[after].text == ",":
        return not any(_is_cue(x) for x in toks[after + 1 : end])
    return toks[after].low in {"and", "but"} and _object_ends(toks, after, end)


def _is_cue(t: _Tok) -> bool:
    """A word that can report a statement of its own."""
    low = t.low
    return (
        low in SAY_VERBS
        or low in OBJECT_VERBS
        or low in _PARTICIPLE_CUES
        or low in PROGRESSIVE_CUES
        or low in FIND_VERBS
        or low == "according"  # ", according to internal emails": the statement is theirs
    )


def _cue_follows(toks: list[_Tok], k: int, end: int) -> bool:
    """Whether ``toks[k]`` is "and"/"but" before a cue ("and has called for", "and said")."""
    if toks[k].low not in {"and", "but"}:
        return False
    return any(_is_cue(x) for x in toks[k + 1 : min(k + 4, end)])


def _circumstance_end(toks: list[_Tok], k: int, end: int) -> int | None:
    """The index after a time or medium phrase starting at ``toks[k]``, or None."""
    low = [x.low for x in toks[k : min(k + 4, end)]] + ["", "", "", ""]
    if low[0] == "in":
        if low[1] in MONTHS or (len(low[1]) == 4 and low[1].isdigit()):
            return k + 3 if low[2].isdigit() else k + 2  # "in August", "in 2024"
        if low[1] == "the" and low[2] in _SEASONS:
            return k + 3
        if low[1] in {"a", "an", "his", "her", "its", "their"} and any(
            w in _WRITINGS for w in low[2:4]
        ):
            return _phrase_end(toks, k, end)  # "in a video posted online"
        return None
    if low[0] == "on" and (low[1] in TIME_WORDS or low[1] in MONTHS):
        return k + 3 if low[2].isdigit() else k + 2  # "on Friday", "on August 3"
    if low[0] in {"last", "this", "next"} and low[1] in {"week", "month", "year", *TIME_WORDS}:
        return k + 2
    if low[0] == "within" and low[1] in {"minutes", "hours", "days", "an", "a"}:
        return _phrase_end(toks, k, end)  # "within an hour of its announcement"
    if low[0] == "at" and low[1] in {"a", "an"} and any(w in _EVENTS for w in low[2:4]):
        return _phrase_end(toks, k, end)
    return None


def _phrase_end(toks: list[_Tok], k: int, end: int) -> int:
    """The next comma, "and"/"but" or the end of the clause after ``k``."""
    for x in range(k + 1, end):
        if toks[x].text == "," or toks[x].low in {"and", "but"}:
            return x
    return end


# Verbs whose object is a thing put out, no statement ("which posted the route on its website").
_POSTING_VERBS = _words("posted posts published publishes released releases issued issues")
# Words of a body's name that runs on with "of" ("Registrar of Voters", "Nurses of the ...").
# People's bodies named for what they stand by ("Friends of the Ashfell County Library").
_SUPPORTER_BODIES = _words("friends neighbors neighbours taxpayers")
_OF_BODY_WORDS = (
    _words("registrar nurses workers teachers state county city continuum") | _SUPPORTER_BODIES
)
# Words that open what follows "..., according to X," when it is no statement of its own: a
# relative or a description of the source, or the writer's consequence ("so", "because").
_SOURCE_TRAILERS = _words("which who whose when where because so a an")
# Who passes on someone else's belief without being named ("according to two people ...").
_GO_BETWEENS = _words("people aides allies associates advisers advisors sources friends")
# Verbs of a belief that others may pass on ("Sledge thinks A, according to two people").
_RELAYED_BELIEFS = _words("believes thinks expects fears hopes worries doubts believe think")


def _relayed_belief(before: list[_Tok], text: str) -> _Frame | None:
    """ "Sledge thinks the party needs a nominee ..., according to two people who have spoken
    with him": the belief is his, passed on by others; None when the clause is no belief."""
    if len(before) < 5 or before[-1].text != ",":
        return None
    s0 = 1 if before[0].low in {"but", "and", "still", "yet"} else 0
    v = next(
        (x for x in range(s0 + 1, min(s0 + 5, len(before))) if before[x].low in _RELAYED_BELIEFS),
        None,
    )
    if v is None or not all(t.kind == "W" for t in before[s0:v]):
        return None
    who = _classify(before[s0:v], text)
    if who is None or who.kind not in ("person", "org", "group", "alias"):
        return None
    a = v + 1 + (before[v + 1].low == "that")
    content = before[a:-1]
    if len(content) < 3:
        return None
    return _Frame(who, before[v].low, _span(content, text))


def _outlet_end(toks: list[_Tok], r: int) -> int | None:
    """Where the statement starts after "told <the Outlet Name>", if an outlet follows."""
    k = r + 1 if r < len(toks) and toks[r].low == "the" else r
    e = k
    while e < len(toks) and e - k < 5 and toks[e].cap and toks[e].low not in CAP_STOP:
        e += 1
    if e == k or e >= len(toks) or toks[e].kind != "W":
        return None
    nxt = toks[e]
    # The statement opens with its own subject: "he", "the plan", "Harmon".
    return e if nxt.low in SUBJECT_STARTS or (nxt.cap and nxt.low not in CAP_STOP) else None


def _lede_start(toks: list[_Tok]) -> int:
    """Index after a dateline ("ASHBY, Penmore (Harbor Wire) —"), or 0 if there is none."""
    for d in range(min(len(toks), 14)):
        if toks[d].text in {"—", "--", "–"}:
            if all(t.cap or t.kind == "P" or t.low.isupper() for t in toks[:d]):
                return d + 1
            return 0
    return 0


def _before_relative(toks: list[_Tok]) -> list[_Tok]:
    """The tokens before the first relative pronoun after the first word ("a professor at
    Temple University" of "a professor at Temple University who has studied ...")."""
    cut = next((x for x, t in enumerate(toks) if x and t.low in {"who", "whose", "which"}), None)
    return toks if cut is None else toks[:cut]


# Cues of a tag that ends a sentence and reports all before it ("..., investigators said.").
TAIL_CUES = ("said", "says", "reported", "found")


def _sentence_frame(toks: list[_Tok], text: str) -> _Frame | None:
    """The attribution frame of a sentence: the first one, unless the sentence ends with a tag
    that reports all before it ("X warned that A, federal investigators said Wednesday.")."""
    frame = _frame(toks, text)
    if frame is None or frame.content is None or frame.mention.kind not in ("group", "org"):
        return frame
    tag = next(
        (
            k
            for k in range(len(toks) - 3, 2, -1)
            if toks[k].text == ","
            and frame.content[0] < toks[k].start <= frame.content[1] + 1
            and re.fullmatch(
                rf"(?:[A-Za-z][\w\-]*\s+){{1,10}}(?:{'|'.join(TAIL_CUES)})"
                # ("..., administration officials said then.": a time, not a statement.)
                r"(?:\s+(?:on\s+)?[A-Z][a-z]+day|\s+then|\s+at\s+the\s+time|\s+last\s+(?:week|month|year))?"
                r"(?:\s+in\s+(?:a|an|its|their)\s+[\w\s\-]+)?\s*[.!]?",
                text[toks[k].end : toks[-1].end].strip(),
            )
        ),
        None,
    )
    if tag is None or any(t.kind == "Q" for t in toks):
        return frame
    # The earlier verb is the reported speaker's own ("State inspectors warned ... that ...").
    masked = [
        _Tok("W", "x" + t.text, t.start, t.end) if x < tag and t.low == frame.cue else t
        for x, t in enumerate(toks)
    ]
    later = _frame(masked, text)
    if later is None or later.content is None:
        return frame
    if later.content[0] > toks[tag].start:
        # "..., federal investigators said Wednesday in a preliminary report on the collapse
        # that killed four people.": the tag's own words are where, not what.
        content = _span(toks[_lede_start(toks) : tag], text)
        if content is None or later.cue not in TAIL_CUES:
            return frame
        return _Frame(later.mention, later.cue, content)
    if later.content[1] > toks[tag].start + 1:
        return frame
    return later


# Plural nouns spelled like cues, after an owner ("Bortnick's comments could discourage").
_CUE_NOUNS = _words(
    "comments claims remarks warnings estimates findings concerns fears hopes doubts reports"
)


def _campaign_frame(toks: list[_Tok], c: int, text: str) -> _Frame | None:
    """ "The union is urging members to attend", "has been pushing for a probe": a campaign the
    subject is waging, read as "urged", "pushed" ("pushing" only with "for": "pushing a harder
    cap" is often a plan, "pushing lawmakers hard" none); None if ``toks[c]`` is no such cue."""
    n, low = len(toks), toks[c].low
    if not (
        c >= 2
        and toks[c - 1].low in {"is", "are", "been"}
        and c + 1 < n
        and toks[c + 1].kind == "W"
        # ("pushing ahead with the plan": going on, not asking.)
        and toks[c + 1].low not in {"ahead", "back", "forward", "through", "on", "up", "into"}
    ):
        return None
    aux = c - 2 if c >= 3 and toks[c - 2].low == "has" else c - 1
    waging = _subject_left(toks, aux, text)
    content = (
        # ("pushing for full-time positions that combine ...": the thing asked for, whose own
        # "that" is no complement.)
        _span(toks[c + 2 :], text)
        if toks[c + 1].low == "for"
        else _content_after(toks, c + 1, PROGRESSIVE_OBJECTS[low], text)
    )
    if (
        waging is None
        or content is None
        or (low == "pushing" and toks[c + 1].low != "for")
        # ("The group is urging": which group is a guess when several campaign.)
        or _fold(waging[0].surface) in {"group", "the group"}
        or _NO_CAMPAIGN.fullmatch(text[content[0] : content[1]])
    ):
        return None
    cut = re.search(
        r",?\s+and\s+(?:warned|said|told|added|wrote|argued)\b"
        # (after "for", where a clause of its own begins: ", and she used her time")
        + (r"|,\s+(?:and|but|while|which)\s|;" if toks[c + 1].low == "for" else ""),
        text[content[0] : content[1]],
    )
    if cut:
        # "is urging members to oppose the increase and warned in a letter that": the second
        # verb reports on its own.
        content = (content[0], content[0] + cut.start())
    dangling = re.search(r"\s+(?:since|until|by|from|after|before)$", text[: content[1]])
    if dangling:
        # "pushing for a probe ... since last year": the time went, so does "since".
        content = (content[0], dangling.start())
    return _Frame(waging[0], toks[c].text, content)


def _according_side(toks: list[_Tok], c: int, k: int, text: str) -> tuple[int, int] | None:
    """The statement an "according to" phrase (cue at ``c``, source ending at ``k``) is
    attached to: the longer side of the sentence, before it or after it."""
    before = toks[_lede_start(toks) : c]
    after = toks[k + 1 :] if k < len(toks) and toks[k].text == "," else toks[k:]
    return _span(after if len(after) >= len(before) else before, text)


def _open_relative_says(phrase: list[_Tok]) -> bool:
    """A subject holding an unclosed relative clause with its own speech verb: "a retired
    mechanic who said he learned of it when a neighbour mentioned it" is no subject of
    "mentioned" (a closed one, "X, who said so, added", ends at its comma)."""
    rel = next((x for x, t in enumerate(phrase) if t.low in {"who", "which"}), None)
    if rel is None:
        return False
    rest = phrase[rel + 1 :]
    # (Not "a manager who asked not to be named said": that clause holds no statement.)
    said = rest[:1] and rest[0].low in {"said", "says", "told", "wrote", "argued", "warned"}
    return bool(said) and not any(t.text == "," for t in rest)


def _frame(toks: list[_Tok], text: str) -> _Frame | None:
    """The first attribution frame in a sentence's tokens, if any."""
    n = len(toks)
    fallback: _Frame | None = None
    for c, t in enumerate(toks):
        if t.kind != "W":
            continue
        if c >= 2 and toks[c - 2].low == "whose" and any(x.text == "," for x in toks[c:]):
            continue  # "X, whose board endorsed Y, wrote ...": the relative clause's verb
        if c >= 1 and toks[c - 1].low in {"with", "of", "their", "its", "his", "her"}:
            continue  # "helps wildfire survivors with claims": a noun, not a cue
        if c >= 1 and t.cap and toks[c - 1].kind == "W" and toks[c - 1].cap:
            continue  # "Eliza Leyendecker of Hope Missionary Baptist Church said": a name
        if c >= 1 and toks[c - 1].low.endswith(("'s", "’s")) and t.low in _CUE_NOUNS:
            continue  # "Bortnick's comments could discourage parents": a noun
        if t.low == "point" and c + 1 < n and toks[c + 1].low == "to":
            continue  # "Supporters point to research": no statement
        if (
            t.low in {"backed", "backs"}
            and c + 1 < n
            and toks[c + 1].low in {"up", "down", "off", "away", "out", "into"}
        ):
            continue  # "Traffic backed up for nine miles": a queue, not an endorsement
        if t.low == "wants" and any(
            x.kind == "Q" or (x.low in SAY_VERBS and x.low not in OBJECT_VERBS)
            for x in toks[c + 1 :]
        ):
            # '"The president wants 'a clean extension,'" Arnsdale said': another's words;
            # 'wants to ... add a new "shallow loss" program': no quotation of its own.
            continue
        if (
            t.low == "told"
            and c + 1 < n
            and toks[c + 1].text == ","
            and " ".join(x.low for x in toks[max(c - 2, 0) : c + 1]).endswith(
                ("i'm told", "i am told", "we're told", "we are told")
            )
        ):
            continue  # ", I'm told, believes": the writer's sourcing, not a statement
        if (
            t.low == "called"
            and c + 1 < n
            and toks[c + 1].cap
            and re.search(
                r"\b(?:[Aa]|[Aa]n)\s+(?:[\w\-]+\s+){0,4}(?:group|groups|coalition|alliance|network"
                r"|organi[sz]ation|nonprofit|committee|company|firm|PAC)"
                # "A coalition of churches and advocacy groups called Tennerly Forward Together".
                r"(?:\s+of\s+(?:[\w\-]+\s+){0,4}[\w\-]+)?\s*$",
                text[toks[0].start : t.start],
            )
        ):
            continue  # "a coalition of patient groups called Breathe Fair America": its name
        low = t.low
        if low in PROGRESSIVE_OBJECTS:
            campaign = _campaign_frame(toks, c, text)
            if campaign is not None:
                return campaign
        # Passive: "This information was disclosed by South Korea's defence ministry".
        if (
            low in PASSIVE_CUES
            and c >= 1
            and toks[c - 1].low in {"was", "were", "been", "is", "are"}
            and c + 1 < n
            and toks[c + 1].low == "by"
        ):
            k = c + 2
            while k < n and toks[k].kind == "W":
                w = toks[k]
                if not w.cap and w.low in PREPOSITIONS | {"late", "early", "citing"}:
                    break
                k += 1
            agent = _classify(toks[c + 2 : k], text)
            if (
                agent is not None
                and agent.kind in ("records", "doc")
                and _fold(agent.surface).split()[-1] in {"count", "tally"}
            ):
                agent = None  # "Every ballot was confirmed by a hand count": how, not who
            aux = c - 1
            while aux > 0 and toks[aux - 1].low in {"has", "have", "had", "was", "were"}:
                aux -= 1
            if agent and agent.kind not in ("pron", "they") and aux > 0:
                return _Frame(agent, low, _span(toks[:aux], text), passive=True)
        # "according to NAME, ..." / "..., according to NAME".
        if low == "according" and c + 1 < n and toks[c + 1].low == "to":
            source = [t for t in toks[c + 2 : c + 9] if t.kind == "W"]
            relayed = (
                _relayed_belief(toks[_lede_start(toks) : c], text)
                # (Only through people left unnamed: "according to Schexnayder" or "according
                # to a statement of administration policy" is the source's own account.)
                if not any(t.cap for t in source) and any(t.low in _GO_BETWEENS for t in source)
                else None
            )
            if relayed is not None:
                return relayed
            k = c + 2
            while k < n and toks[k].kind == "W":
                k += 1
            np = toks[c + 2 : k]
            when = next(
                (
                    x
                    for x in range(2, len(np) - 1)
                    if np[x].low in {"from", "in"}
                    and np[x - 1].low in DOC_SUBJECTS
                    and (np[x + 1].low in MONTHS or re.fullmatch(r"(?:19|20)\d\d", np[x + 1].low))
                    and x + 3 >= len(np)
                ),
                None,
            )
            if when is not None:
                np = np[:when]  # "a Marquette Law School poll from December": when, not whose
            for_client = next(
                (
                    x
                    for x in range(3, len(np) - 2)
                    if np[x].low == "for"
                    and np[x + 1].low == "the"
                    and np[x + 2].cap
                    and np[x - 1].cap
                    and any(t.low == "by" for t in np[:x])
                ),
                None,
            )
            if for_client is not None:
                # "a survey by Sagewhistle Civic Polling for the Bulletin": who made it.
                np = np[:for_client]
            paid_for = next(
                (
                    x
                    for x in range(3, len(np) - 2)
                    if np[x].low in {"commissioned", "sponsored", "paid"}
                    and np[x - 1].low in POLL_NOUNS
                    and np[x - 2].cap
                ),
                None,
            )
            if paid_for is not None:
                # "a Makepiece Polling survey commissioned by the Memo": the pollster made it.
                np = np[:paid_for]
            if len(np) >= 4 and np[0].low in {"the", "a", "its"}:
                fresh = 2 if [t.low for t in np[1:3]] == ["most", "recent"] else 0
                fresh = fresh or (1 if np[1].low in WHICH_DOCUMENT else 0)
                if fresh and np[1 + fresh].cap:
                    # "the most recent Marquette Law School poll", "a preliminary OSHA report":
                    # which one, not whose.
                    np = [np[0], *np[1 + fresh :]]
            cut = next(
                (x for x in range(2, len(np)) if np[x].low in {"that", "which"} and np[x - 1].cap),
                None,
            )
            if cut is not None:
                # "figures from the Castlemore County Sheriff's Office that the nonprofit gave
                # the council": the relative clause is no part of the source's name.
                np = np[:cut]
            for x in range(1, len(np) - 1):
                if (
                    np[x].low in DOC_SUBJECTS | LETTER_NOUNS | DOCUMENT_NOUNS
                    and np[x + 1].low
                    in {
                        "of",
                        "with",
                        "to",
                    }
                    and any(w.cap or re.search(r"['’]s$", w.text) for w in np[:x])
                ):
                    # "a Pelican Research Group poll of 600 registered voters", "the company's
                    # filing with the utilities commission": who was asked or told is no author.
                    np = np[: x + 1]
                    break
            if (
                len(np) >= 3
                and np[0].low == "the"
                and np[1].low in PLACE_OWNERS - {"county's", "county’s"}
                and np[2].cap
            ):
                np = np[2:]  # "the state's Independent Fiscal Office": the office's own name
            conducted = _conducted_by(np)
            if conducted is not None:
                np = conducted  # "a poll commissioned by X and conducted by Y": Y's poll
            client_doc = ""
            for x in range(1, len(np) - 3):
                y = x + 2  # where "for" stands: right after "conducted" ...
                if (
                    x + 4 < len(np)
                    and np[x + 2].low in {"in", "last", "this", "earlier"}
                    and np[x + 3].low != "for"
                ):
                    y += 2  # ... or after a time: "a poll conducted in June for X"
                if (
                    np[x].low in {"poll", "survey"}
                    and not any(w.cap for w in np[:x])  # (not "a Kovacs Research poll ...")
                    and np[x + 1].low == "conducted"
                    and y + 1 < len(np)
                    and np[y].low == "for"
                    and not any(w.low == "by" for w in np)
                    and np[y + 1 + (np[y + 1].low in DETERMINERS)].cap
                ):
                    # "according to a poll conducted for Cobbleway Public Radio last month":
                    # no pollster named, so the client's poll.
                    client = np[y + 1 :]
                    e = 1 + (client[0].low in DETERMINERS)
                    while e < len(client) and (client[e].cap or client[e].low in ORG_CONNECTORS):
                        e += 1
                    np, client_doc = client[:e], np[x].low
                    break
            owner = next(
                (
                    x
                    for x, w in enumerate(np)
                    if re.search(r"['’]s$", w.text)
                    # ("the Public Employees' Retirement Association's reports": a plural's
                    # apostrophe before a capitalised word is inside the name.)
                    or (re.search(r"s['’]$", w.text) and not (x + 1 < len(np) and np[x + 1].cap))
                ),
                None,
            )
            if (
                owner is not None
                and 0 < owner < len(np) - 2
                and all(
                    w.cap or w.low in ORG_CONNECTORS
                    for w in np[int(np[0].low in DETERMINERS) : owner + 1]
                )
                and np[-1].low in DOC_SUBJECTS | DOCUMENT_NOUNS
                and (np[-1].cap or any(w.cap for w in np[owner + 1 :]))
            ):
                # "the Census Bureau's most recent American Community Survey", "the U.S.
                # Department of Agriculture's June forecast": the bureau's, the department's.
                client_doc = np[-1].low
                np = np[: owner + 1]
            elif (
                owner is not None
                and owner < len(np) - 1
                and np[owner].cap
                and all(
                    w.cap or w.low in ORG_CONNECTORS
                    for w in np[int(np[0].low in DETERMINERS) : owner + 1]
                )
                # (Records stay records: "the Secretary of State's records".)
                and np[-1].low in (DOC_SUBJECTS | DOCUMENT_NOUNS | _OWNED_DOCS) - RECORD_NOUNS
                and all(not w.cap for w in np[owner + 1 :])
            ):
                # "according to Tallowgate's license application", "the Department of Veterans
                # Affairs' own weekly report": the owner's own document.
                client_doc = np[-1].low
                unowned = re.sub(r"['’]s?$", "", np[owner].text)
                np = [
                    *np[:owner],
                    _Tok("W", unowned, np[owner].start, np[owner].start + len(unowned)),
                ]
            for x in range(1, len(np) - 1):
                if (
                    np[x].low in DOC_SUBJECTS | RECORD_NOUNS | LETTER_NOUNS
                    and (np[x + 1].low.endswith("ed") or np[x + 1].low in IRREGULAR_PARTICIPLES)
                    and not any(w.low == "by" for w in np[x + 1 :])
                ):
                    # "according to a Larchmont Polling Institute survey released this
                    # month": the participle says when, not who.
                    np = np[: x + 1]
                    break
            for x in range(1, len(np)):
                if np[x - 1].cap and not np[x].cap and np[x].low in {"late", "early"} | TIME_WORDS:
                    # "posted by the County Clerk's Office late Tuesday".
                    np = np[:x]
                    break
            if (
                len(np) >= 3
                and np[0].low in DETERMINERS
                and re.fullmatch(r"(?:19|20)\d\d", np[1].low)
            ):
                # "according to a 2025 Pew Research Center survey": the year is no name.
                np = [np[0], *np[2:]]
            doc = next((w.low for w in np if w.low in DOC_SUBJECTS | RECORD_NOUNS), client_doc)
            held = next(
                (
                    x
                    for x in range(1, len(np) - 1)
                    if (
                        np[x].low in {"obtained", "seen", "reviewed", "analyzed", "analysed"}
                        and np[x + 1].low == "by"
                    )
                    # "two whip counts shared with the Brief": the counts speak.
                    or (
                        np[x].low in {"shared", "provided", "given", "leaked"}
                        and np[x + 1].low in {"with", "to"}
                    )
                ),
                None,
            )
            if held is not None and held >= 1 and np[held - 1].low in {"it", "they", "he", "she"}:
                held = None  # "figures it provided to the department": its own figures
            if held is not None:
                # "according to a draft agreement seen by the Lakeshore Wire": the document
                # speaks; the outlet only has it.
                desc = np[1:held] if np[0].low in DETERMINERS else np[:held]
                if len(desc) >= 3 and desc[0].low in {"copy", "copies"} and desc[1].low == "of":
                    # "a copy of the contract obtained by WPPR": the contract speaks.
                    desc = desc[3:] if desc[2].low in DETERMINERS else desc[2:]
                if (
                    desc
                    and all(w.kind == "W" and not w.cap for w in desc)
                    # (Not "a list the railroad provided to ...": its maker is named.)
                    and not any(w.low in DETERMINERS for w in desc)
                ):
                    who_doc = _Mention(_join(desc, text), "records", role=desc[-1].low)
                    return _Frame(who_doc, "according to", _according_side(toks, c, k, text))
                if desc and desc[-1].low in RECORD_NOUNS and any(w.cap for w in desc):
                    # "U.S. Department of Agriculture data analyzed by the Press": the
                    # department's data, whoever analyzed it.
                    np = np[:held]
            paid_at = next(
                (
                    x
                    for x in range(2, len(np) - 2)
                    if np[x].low in {"paid", "hired"}
                    and np[x + 1].cap
                    and any(w.low in DOC_SUBJECTS for w in np[:x])
                ),
                None,
            )
            hired = []
            if paid_at is not None:
                e = paid_at + 1
                while e < len(np) and (np[e].cap or np[e].low in ORG_CONNECTORS - {"to"}):
                    e += 1
                if e + 1 < len(np) and np[e].low == "to" and np[e - 1].cap:
                    hired = np[paid_at + 1 : e]
            if hired and set(_name_tokens(_join(hired, text))) & ORG_HEADS:
                # "according to a study the port paid Tarrowmeade Economics to prepare": the
                # firm that wrote it.
                hired_by = _Mention(_join(hired, text), "org")
                return _Frame(hired_by, "according to", _according_side(toks, c, k, text))
            by_at = next((x for x, w in enumerate(np) if w.low == "by"), None)
            if (
                by_at is not None
                and by_at >= 2
                and np[by_at - 1].low in COMMISSION_VERBS
                and np[by_at - 2].low in DOC_SUBJECTS
            ):
                # "according to an economic impact study commissioned by the Riverhawks": those
                # who paid for it did not write it; the study speaks as described.
                desc = [w for w in np[: by_at - 1] if w.low not in DETERMINERS]
                frm = next((x for x in range(by_at + 2, len(np) - 1) if np[x].low == "from"), None)
                writer = [w for w in np[frm + 1 :] if w.low not in DETERMINERS] if frm else []
                if desc and not any(w.cap for w in desc):
                    doc_who = _Mention(_join(desc, text), "doc", role=desc[-1].low, alias="new")
                    if writer and all(w.cap or w.low in ORG_CONNECTORS for w in writer):
                        # "... commissioned by the city from the Nethercrag Energy Lab": the lab.
                        doc_who = _Mention(_join(writer, text), "org")
                    return _Frame(doc_who, "according to", _according_side(toks, c, k, text))
            by = [w.low for w in np].index("by") if any(w.low == "by" for w in np) else -1
            if by > 2 and [w.low for w in np[by - 2 : by]] == ["paid", "for"]:
                # "a Ohmsbury Research poll paid for by a group backing X": the pollster.
                np, by = np[: by - 2], -1
            if by > 1 and np[by - 1].low in PASSED_ON:
                # "according to IQVIA data cited by the company", "Department of Corrections
                # records provided by the family": whoever passes the data on did not make it.
                np = np[: by - 1]
            elif by >= 0:
                np = np[by + 1 :]
                done = next(
                    (
                        x
                        for x, t in enumerate(np)
                        if x
                        and not t.cap
                        and (
                            t.low.endswith("ed")
                            or t.low in IRREGULAR_PARTICIPLES
                            # "by the Wason Center at a Richmond university", "by Drazen
                            # Research for the Herald": the pollster, not where or for whom.
                            or (t.low == "at" and x + 1 < len(np) and np[x + 1].low in {"a", "an"})
                            or (
                                t.low == "for"
                                and np[x - 1].low in COMPANY_HEADS
                                and x + 1 < len(np)
                                and np[x + 1].low == "the"
                            )
                            # "figures compiled by the union from court records": the source's.
                            or (
                                t.low in {"from", "in", "with"}
                                and not (
                                    np[x - 1].cap
                                    and x + 1 < len(np)
                                    and np[x + 1].cap
                                    and np[x + 1].low not in TIME_WORDS
                                )
                            )
                        )
                    ),
                    None,
                )
                np = np[:done]  # "a survey by Ibbotsford Research released in September"
            else:
                # "according to a report from the Harlan Policy Institute", "records from X".
                src = next(
                    (
                        x
                        # ("a preliminary autopsy report from the district coroner's office".)
                        for x in range(min(len(np) - 2, 5))
                        if np[x].low
                        in DOC_SUBJECTS
                        | RECORD_NOUNS
                        | LETTER_NOUNS
                        | {"email", "estimates", "projections"}
                        and np[x + 1].low == "from"
                        and all(w.kind == "W" and not w.cap for w in np[:x])
                    ),
                    None,
                )
                if src is not None:
                    np = np[src + 2 :]
            poss = next((x for x, w in enumerate(np) if re.search(r"['’]s$", w.text)), None)
            owned = np[poss + 1 :] if poss is not None else []
            # ("Skyborne's filings with the Securities and Exchange Commission": whose filings,
            # not where they were filed.)
            owned = owned[: next((x for x, w in enumerate(owned) if w.low == "with"), len(owned))]
            if (
                poss is not None
                and owned
                and all(w.low in DOCUMENT_NOUNS | LETTER_NOUNS or not w.cap for w in owned)
                # ("according to Applewhite's research": her own work speaks for her.)
                and (
                    any(w.low in DOCUMENT_NOUNS | LETTER_NOUNS | OWN_WORK for w in owned)
                    # ("the fair board's records": a body by its kind; "the Secretary of
                    # State's records" stay the records, as writers label them.)
                    or (
                        any(w.low in RECORD_NOUNS for w in owned)
                        and not any(w.cap for w in np[: poss + 1])
                    )
                )
            ):
                head = np[: poss + 1]
                last = head[-1]
                stem = _Tok("W", re.sub(r"['’]s$", "", last.text), last.start, last.end - 2)
                np = [*head[:-1], stem]
            keeper_records = None
            if (
                len(np) >= 2
                and np[-1].low in RECORD_NOUNS - DOCUMENT_NOUNS - {"records"}
                and all(w.cap for w in np[:-1] if w.low not in DETERMINERS | ORG_CONNECTORS)
            ):
                # "according to Federal Election Commission filings": the filings speak.
                body = np[1:] if np[0].low in DETERMINERS else np
                keeper_records = _Mention(_join(body, text), "records", role=np[-1].low)
            if (
                len(np) >= 2
                and np[-1].low in DOCUMENT_NOUNS | {"records"}
                and (
                    np[-2].cap
                    # ("the county health department data"; not "state health data", records
                    # as written: a company's last word in lower case names no body.)
                    or (np[-2].low in ORG_HEADS - COMPANY_HEADS and len(np) >= 3)
                    # ("according to department figures": the department named before.)
                    or (
                        len(np) == 2 and np[-2].low in PUBLIC_HEADS - {"board", "service", "agency"}
                    )
                )
                and not np[-1].cap  # "Nielwood Retail Data" is a name
            ):
                kept_as = _join(np[1:] if np[0].low in DETERMINERS else np, text)
                np = np[:-1]  # "according to Commerce Department figures"
            else:
                kept_as = ""
            made = _doc_made_by(toks[c + 2 : k], text)
            if made is None and any(t.low == "by" for t in toks[c + 2 : k]):
                # "according to a report released Tuesday by state auditors": its author.
                by_author = _doc_by_author(toks[c + 2 : k], text)
                if (
                    by_author is not None
                    and (
                        by_author.kind in ("person", "group")
                        # (A body by its name or a plural of people: "the roundtable" is found
                        # the usual way, as the one named before.)
                        or (
                            by_author.kind == "org"
                            and (
                                any(w[:1].isupper() for w in by_author.surface.split())
                                or by_author.surface.endswith(("ors", "ers", "ists", "ysts"))
                            )
                        )
                    )
                ):
                    made = by_author
                    if made.kind == "org" and made.surface.islower():
                        made = _Mention(made.surface, "group", doc=made.doc)  # "state auditors"
                    made.doc = made.doc or next(
                        (w.low for w in toks[c + 2 : k] if w.low in DOC_SUBJECTS | RECORD_NOUNS),
                        "",
                    )
            if made is not None:
                np, doc = [], made.doc
            who = made or keeper_records or _unnamed(toks[c + 2 : k], text) or _classify(np, text)
            if who is not None and who.kind in ("org", "alias") and kept_as and not who.alias:
                who.alias = kept_as  # "Federal Election Commission records", as written
            plain = np[1:] if np and np[0].low in DETERMINERS else np
            if (
                who is not None
                and who.kind == "org"
                and not who.alias
                and len(plain) >= 2
                and plain[-1].low in {"poll", "survey", "study"}
                and plain[-2].cap
            ):
                who.alias = _join(plain, text)  # "a Thackerton University poll", as written
            who = _possessed_body(np, text) or who  # "according to his campaign"
            bare = np[1:] if np and np[0].low in DETERMINERS else np
            lead = next((x for x, t in enumerate(bare) if t.cap), len(bare))
            if (
                0 < lead < len(bare)
                and all(t.cap for t in bare[lead:])
                and bare[lead - 1].low in DESCRIBED_BODIES
            ):
                # "according to the price-tracking service Pumpwatch": the body by its name.
                who = _Mention(_join(bare[lead:], text), "org", alias=_join(bare, text))
            if (
                (who is None or (who.kind == "alias" and not made))
                and 1 <= len(bare) <= 4
                and (
                    bare[-1].low in GROUP_NOUNS
                    # ("according to state epidemiologists": any plural of people.)
                    or (bare[-1].low.endswith("s") and _person_noun(bare[-1].low))
                )
                and all(t.kind == "W" for t in bare)
            ):
                # "according to state officials": the group as written.
                who = _Mention(_join(bare, text), "group")
            tail = toks[k + 1 :] if k < n and toks[k].text == "," else []
            while tail and tail[-1].text in {".", "!"}:
                tail = tail[:-1]
            if (
                c > _lede_start(toks)
                and 1 <= len(tail) <= 6
                and all(t.kind == "W" for t in tail)
                and tail[-1].cap
                and all(t.cap or t.low in ORG_CONNECTORS for t in tail)
                and not any(t.cap for t in bare)
            ):
                # "..., according to one of its organizers, Teresa Lennox.", "according to the
                # industry's trade group, the Ocean Leisure Association.": the name set off
                # after the description.
                named = _classify(tail[1:] if tail[0].low == "the" else tail, text)
                if named is not None and named.kind in ("person", "org"):
                    if named.kind == "person" and not named.role:
                        named.role = _join(bare, text)
                    before = toks[_lede_start(toks) : c]
                    return _Frame(named, "according to", _span(before, text))
            # "According to a spokesman for the Board of Regents, Nathan Dehart, the board will
            # meet ...": the source named after its description, then the statement.
            lede_named = (
                _named_after_comma(toks, k, text)
                if c == _lede_start(toks)
                and bare
                and not bare[0].cap
                and bare[0].low not in DOC_SUBJECTS | RECORD_NOUNS | DOCUMENT_NOUNS
                else None
            )
            if lede_named is not None and lede_named[1] + 3 < n and toks[lede_named[1]].text == ",":
                named, e = lede_named
                named.role = named.role or _join(bare, text)
                rest = [t for t in toks[e + 1 :] if t.text not in {".", "!"}]
                return _Frame(named, "according to", _span(rest, text))
            own_work = len(np) == 2 and np[1].low in OWN_WORK  # "according to her research"
            if who and (
                who.kind not in ("pron", "they")
                # ("according to her research", "according to a memo she sent")
                or (who.kind == "pron" and (own_work or made is not None))
            ):
                before = toks[_lede_start(toks) : c]
                after = toks[k + 1 :] if k < n and toks[k].text == "," else toks[k:]
                appos = next((x for x, t in enumerate(after[:9]) if t.text == ","), -1)
                if (
                    c == _lede_start(toks)
                    and appos > 1
                    and after[0].low in DETERMINERS
                    and all(t.kind == "W" for t in after[:appos])
                ):
                    # "According to Ann Lee, a spokeswoman for the company, the clinic ...":
                    # the appositive describes the source; the statement follows it.
                    after = after[appos + 1 :]
                if (
                    before
                    and 2 <= appos <= 4
                    and all(t.kind == "W" and t.cap for t in after[:appos])
                    and appos + 2 < len(after)
                    and after[appos + 1].low == "who"
                ):
                    # "..., according to a university spokesman, Derek Tollivant, who said
                    # the firm would report by March": the source is named, and the relative
                    # clause is a statement of his own.
                    named = _classify(after[:appos], text)
                    if named is not None and named.kind == "person":
                        named.role = named.role or _join(
                            [t for t in toks[c + 2 : k] if t.low not in DETERMINERS], text
                        )
                        rel = after[appos + 2 :]
                        rel_extra = None
                        if rel and rel[0].low in SAY_VERBS:
                            tail = rel[2:] if len(rel) > 1 and rel[1].low == "that" else rel[1:]
                            span = _span([t for t in tail if t.text not in {".", "!"}], text)
                            rel_extra = (rel[0].text, span) if span else None
                        return _Frame(named, "according to", _span(before, text), extra=rel_extra)
                if (
                    before
                    and 2 <= appos <= 8
                    and after[0].low in {"a", "an"}
                    and all(t.kind == "W" for t in after[:appos])
                    and appos + 3 < len(after)
                    and after[appos + 1].low in {"which", "who"}
                    and (
                        after[appos + 2].low in SAY_VERBS | FIND_VERBS
                        or after[appos + 2].low == "also"
                    )
                ):
                    # "..., according to a count by the Hushwell Coalition, a national advocacy
                    # group, which says ...": the relative is the source's, past its description.
                    after = after[appos + 1 :]
                if (
                    before
                    and len(after) >= 4
                    and after[0].low in {"which", "who"}
                    and after[1].low == "also"
                    and after[2].low in SAY_VERBS | FIND_VERBS
                ):
                    after = [after[0], *after[2:]]  # "..., which also found that ..."
                if (
                    before
                    and len(after) >= 3
                    and after[0].low in {"which", "who"}
                    and after[1].low in SAY_VERBS | FIND_VERBS
                ):
                    # "..., according to the National Hurricane Center, which said storm surge
                    # reached 11 feet": the statement before, and the relative clause's own.
                    rest = after[3:] if after[2].low == "that" else after[2:]
                    span = _span([t for t in rest if t.text not in {".", "!"}], text)
                    if after[2].low != "that" and after[1].low in _POSTING_VERBS:
                        span = None  # "..., which posted the route on its website": no clause
                    return _Frame(
                        who,
                        "according to",
                        _span(before, text),
                        doc=doc,
                        extra=(after[1].text, span) if span else None,
                    )
                # (Not a clause of its own: "A, according to X, and Y said B" reports A.)
                own = bool(after) and after[0].low in {"and", "but", "while", "though", "although"}
                # (Not "A has 46 percent, according to X, well within the margin of error":
                # a verbless aside after the tag is the writer's.)
                aside = (
                    bool(before)
                    and bool(after)
                    and _has_verb(_join(before, text))
                    and not _has_verb(_join(after, text))
                )
                described = next((x for x, t in enumerate(after[:9]) if t.text == ","), None)
                if (
                    before
                    and _has_verb(_join(before, text))
                    and after
                    and after[0].low in {"the", "a", "an"}
                    and described is not None
                    and described + 1 < len(after)
                    and after[described + 1].low in {"so", "and", "but", "while", "which"}
                ):
                    # "..., according to KFF, the health policy research group, so Georgia is
                    # not an outlier": a description of the source, then the writer's own.
                    aside = True
                if (
                    before
                    and after
                    and after[0].low in _SOURCE_TRAILERS
                    and _has_verb(_join(before, text))
                ):
                    # "Nine of the cases are in Georgia, according to the health department,
                    # which urged residents ...": what follows the source is about the source
                    # (or the writer's: "..., so anyone exposed"), the statement came before.
                    aside = True
                if (
                    len(before) >= 2
                    and before[-1].text == ","
                    and before[-2].low in {"that", "which"}
                    and after
                    and not own
                    and _has_verb(_join(after, text))
                ):
                    # "a budget hole that, according to state auditors, could reach $41
                    # million": the relative clause the tag is set in.
                    return _Frame(who, "according to", _span(after, text), doc=doc)
                side = (
                    after
                    if len(after) >= len(before) and not (own and before) and not aside
                    else before
                )
                return _Frame(who, "according to", _span(side, text), doc=doc)
        if (
            low in {"saying", "warning", "claiming", "arguing", "accusing"}
            and c >= 3
            and toks[c - 1].low in _MAILED
            and toks[c - 2].low in {"mailed", "sent", "ran", "run", "aired", "distributed"}
        ):
            # "Abernathwick's campaign has mailed flyers warning that ...": the sender's.
            sender = _subject_left(toks, c - 2, text)
            if sender is None and toks[c - 3].low in {"has", "have", "had"}:
                sender = _subject_left(toks, c - 3, text)
            if sender is not None and sender[0].kind not in ("pron", "they"):
                return _Frame(sender[0], t.text, _content_after(toks, c + 1, "says", text))
        if (
            low == "saying"
            and c >= 3
            and toks[c - 1].low == "by"
            and toks[c - 2].low in {"opened", "began", "started", "closed", "ended", "responded"}
        ):
            # "Rep. Porter Wolmardine, R-Ky., opened by saying the case showed ...".
            opener = _subject_left(toks, c - 2, text)
            if opener is not None:
                return _Frame(opener[0], t.text, _content_after(toks, c + 1, "says", text))
        # "X is saying (that) ...", "he is also claiming that ...": progressive speech, its
        # subject before the auxiliary (and an adverb, which is no part of the cue).
        aux = c - 2 if c >= 3 and toks[c - 1].low in ADVERBS else c - 1
        if (
            low in PROGRESSIVE_CUES
            and aux >= 1
            and toks[aux].low in PROGRESSIVE
            and (low in {"saying", "telling"} or (c + 1 < n and toks[c + 1].low == "that"))
        ):
            prog = _subject_left(toks, aux, text)
            if prog is not None:
                return _Frame(prog[0], t.text, _content_after(toks, c + 1, "says", text))
            continue
        if (
            low in BELIEF_ADJECTIVES
            and aux >= 1
            and toks[aux].low in PROGRESSIVE - {"keeps", "kept"}
            and c + 2 < n
            and (
                toks[c + 1].low == "that"
                or (
                    low in {"convinced", "confident"}
                    and toks[c + 1].kind == "W"
                    and (toks[c + 1].low in DETERMINERS | PRONOUNS or toks[c + 1].cap)
                )
            )
        ):
            # "Mayor Wehrle is confident that the ballpark will ...": a belief he holds
            # (not "Residents are concerned that ..., said X": X tells of it).
            tagged = any(
                toks[y].low in SAY_VERBS and any(tk.text == "," for tk in toks[max(c, y - 4) : y])
                for y in range(c + 2, n)
            )
            state = None if tagged else _subject_left(toks, aux, text)
            if state is not None:
                return _Frame(state[0], t.text, _content_after(toks, c + 1, "says", text))
            continue
        back = (
            low in {"shot", "fired", "hit", "snapped"} and c + 1 < n and toks[c + 1].low == "back"
        )
        # "The court ruled that ...", "..., the court held.": a tribunal's finding.
        # ("..., the City Council decided Tuesday night in a 9-4 vote, after ...": a body's
        # decision, after the statement.)
        decided = (
            low == "decided"
            and c >= 1
            # ("the district's Board of Education decided": the body's word a little before.)
            and (
                toks[c - 1].low in _DECIDING_BODIES
                or (
                    toks[c - 1].cap
                    and any(x.low in _DECIDING_BODIES for x in toks[max(0, c - 4) : c])
                )
            )
            and any(x.text == "," for x in toks[:c])
        )
        ruling = (
            (low in RULE_VERBS or decided)
            and c + 1 < n
            and (
                (toks[c + 1].low == "that" and not decided)
                or toks[c + 1].kind == "P"
                or toks[_after_when(toks, c + 1)].kind == "P"
                # "..., the Kentucky Supreme Court ruled Friday, ordering ...": the day first.
                or (
                    toks[c + 1].low in TIME_WORDS
                    and c + 2 < n
                    and (toks[c + 2].kind == "P" or toks[c + 2].low == "that")
                )
                # "A three-judge panel ... ruled 2-1 that ...": the vote first.
                or (
                    (
                        re.fullmatch(r"\d+-\d+", toks[c + 1].low) is not None
                        or toks[c + 1].low == "unanimously"
                    )
                    and c + 2 < n
                    and toks[c + 2].low == "that"
                )
                # "The Wisconsin Supreme Court ruled in 2024 that ...": the year first.
                or (
                    toks[c + 1].low in {"in", "last"}
                    and c + 3 < n
                    and (
                        re.fullmatch(r"(?:19|20)\d\d", toks[c + 2].low) is not None
                        or toks[c + 2].low in {"year", "month", "week"} | MONTHS.keys()
                    )
                    and toks[c + 3].low == "that"
                )
                # "..., the Wisconsin Supreme Court ruled Tuesday in a 4-3 decision.": how it
                # ruled, after the statement.
                or (
                    toks[c - 1].cap
                    and any(x.text == "," for x in toks[:c])
                    and (toks[c + 1].low == "in" or toks[c + 1].low in TIME_WORDS)
                    and any(x.low == "in" for x in toks[c + 1 : c + 3])
                    and any(
                        x.low in {"decision", "ruling", "opinion"}
                        and y < n - 1
                        and toks[y + 1].text in {".", ","}
                        for y, x in enumerate(toks[c + 2 : c + 7], start=c + 2)
                    )
                )
            )
        )
        if (
            low not in SAY_VERBS
            and low not in OBJECT_VERBS
            and low not in FIND_VERBS
            and not back
            and not ruling
        ):
            continue
        if t.cap and c > 0 and toks[c - 1].kind == "W" and low not in SAY_VERBS:
            # "a poll by Harlow Point University": a name, not "point out".
            continue
        if (
            c >= 2
            and toks[c - 1].low in {"which", "who"}
            and toks[c - 2].text == ","
            and any(
                toks[y].text == ","
                and any(toks[z].low in SAY_VERBS for z in range(y + 1, min(y + 3, n)))
                for y in range(c + 1, n)
            )
        ):
            # "The Dispatch, ..., which endorsed him in 2024, wrote that ...": the relative
            # clause tells of the past; the sentence's own verb comes after it.
            continue
        if (
            toks
            and toks[0].low == "asked"
            and c < next((x for x, tk in enumerate(toks) if tk.text == ","), n)
        ):
            continue  # "Asked whether he worried that ..., Delvalle said": the question's
        if (
            low in {"called", "named"}
            and c >= 2
            and c + 2 < n
            and toks[c - 2].low in {"a", "an"}
            and not toks[c - 1].cap
            and (toks[c + 1].cap or (toks[c + 1].low == "the" and toks[c + 2].cap))
        ):
            continue  # "a group called the Yarrowfield Justice Alliance": a name, no speech
        if low in {"think", "thinks"} and c + 1 < n and toks[c + 1].low in {"tank", "tanks"}:
            continue  # "a Washington think tank": a noun
        if low in {"suspect", "suspects", "suspected"} and c + 1 < n and toks[c + 1].low == "of":
            continue  # "workers suspected of being ...": accused, not believing
        if (
            c + 1 < n
            and toks[c + 1].low == "so"
            and (
                c + 2 >= n
                or toks[c + 2].kind != "W"
                or toks[c + 2].low.endswith("ly")
                or toks[c + 2].low in TIME_PHRASE | {"on", "in", "at", "to", "publicly"}
            )
        ):
            continue  # "she said so bluntly on Monday": the statement was told before
        if len(t.text) > 1 and t.text.isupper():
            continue  # "WHAT THEY SAID.": a newsletter's section label, not a cue
        if (
            low in {"called", "named"}
            and c >= 1
            and toks[c - 1].low in {"was", "were", "been", "being", "is", "are"}
        ):
            # "a demographer who was called by the plaintiffs": summoned, not speaking.
            continue
        if (
            low.endswith("ed")
            and c >= 1
            and toks[c - 1].low in {"the", "a", "an", "this", "its", "their", "his", "her"}
        ):
            continue  # "the proposed site": an adjective, not a cue
        if low in {"cited", "cites"} and any(
            toks[y].low == "for" and toks[y + 1].low.endswith("ing")
            for y in range(c + 1, min(c + 8, n - 1))
        ):
            # "Inspectors cited the commissary twice for storing salads ...": a citation
            # issued, not a source quoted.
            continue
        if (
            low in {"recalled", "recalls", "recalling"}
            and c + 1 < n
            and (
                toks[c + 1].low[:1].isdigit()
                or toks[c + 1].low
                in {"about", "nearly", "more", "some", "its", "all", "thousands", "millions"}
            )
        ):
            # "Brisket Hollow Foods recalled 12,000 cans": a product recall, not a memory.
            continue
        if (
            low in {"claimed", "claims"}
            and c + 1 < n
            and toks[c + 1].low[:1].isdigit()
            and not any(
                t.low in FINITE or (t.low.endswith("ed") and prev.low not in DETERMINERS)
                for prev, t in itertools.takewhile(
                    lambda pair: pair[1].text not in ",.;", itertools.pairwise(toks[c + 1 :])
                )
            )
        ):
            # "One clerk claimed 143 prizes worth $412,000": prizes taken, not a claim made
            # (but "claimed 40 percent of voters backed it").
            continue
        if (
            low in {"called", "calls"}
            and c >= 1
            and toks[c - 1].low in GENERIC_ORGS | COLLECTIVE_HEADS | NAMED_BODIES
            and c + 1 < n
            and toks[c + 1].cap
        ):
            # "a group called Linden Falls Parents United", "a super PAC called Ledgewood
            # Action": a name, not a statement.
            continue
        if low in BARE_SAY and c >= 1:
            # "Investigators believe ...", "Critics argue ...": a plural subject's own verb,
            # not an infinitive ("could not yet estimate the cost", "to argue that").
            p = c - 1
            skipped = set()
            while p > 0 and toks[p].low in ADVERBS | {"not", "yet", "n't", "also"}:
                skipped.add(toks[p].low)
                p -= 1
            modals = FINITE | {"to", "cannot", "not", "will", "may", "shall"}
            denied_belief = low in {"think", "believe"} and (
                toks[p].low in {"doesn't", "don't", "didn't"}
                or (toks[p].low in {"does", "do", "did"} and "not" in skipped)
            )
            if not denied_belief and (
                toks[p].low in modals or skipped & (modals - {"has", "have", "had"})
            ):
                continue  # "whose office will defend the order": no statement
            # ("Bianchi doesn't think money alone will solve it": a belief, denied.)
        if low in QUOTE_ONLY and not any(x.kind == "Q" for x in toks):
            # "She joked about it": only a quotation makes these speech.
            continue
        if low in {"states", "state"} and not (
            c + 1 < n and (toks[c + 1].low == "that" or toks[c + 1].kind == "Q")
        ):
            # "Voters in three neighbouring states approved ...": the noun, not the verb.
            continue
        prev = toks[c - 1] if c else None
        prev2 = toks[c - 2] if c >= 2 else None
        inverted = prev is not None and (
            prev.kind == "Q" or (prev.text == "," and prev2 is not None and prev2.kind == "Q")
        )
        appositive_left = (
            not inverted
            and prev is not None
            and prev.text == ","
            and c + 1 < n
            and toks[c + 1].kind == "W"
            and not toks[c + 1].cap
        )
        if appositive_left:
            # "The director, Jocelyn Abbington, said the sheriff's office already takes up
            # ...": a speaker before the cue, and the statement after it.
            found_left = _subject_left(toks, c, text)
            appositive_left = found_left is not None and found_left[0].kind in (
                "person",
                "org",
                "anon",
                "group",
            )
        if (
            not inverted
            and not appositive_left
            and prev is not None
            and prev.text == ","
            and low in INVERTIBLE
        ):
            right = _subject_right(toks, c, text)
            if (
                right
                and right[0].kind not in ("pron", "they", "role")
                and (
                    (right[1] >= n - 1 and (right[1] == n or toks[right[1]].kind == "P"))
                    # "..., said a person familiar with the matter, who requested anonymity."
                    or (
                        right[0].kind == "anon"
                        and right[1] + 1 < n
                        and toks[right[1]].text == ","
                        and toks[right[1] + 1].low in RELATIVES
                    )
                    # "..., said a person familiar with the meeting who was not authorized".
                    # (Not "Yolanda Brightman, said two employees who approved ...": a name's
                    # comma, then the cue's own clause.)
                    or (
                        right[0].kind == "anon"
                        and right[1] < n
                        and toks[right[1]].low == "who"
                        and c >= 2
                        and not toks[c - 2].cap
                    )
                    # "The plant will close, said Linda Warfield, who runs the food bank.":
                    # a named speaker, then a relative clause that ends the sentence.
                    or (
                        right[0].kind in ("person", "org")
                        and right[1] + 2 < n
                        and toks[right[1]].text == ","
                        and toks[right[1] + 1].low in {"who", "whose", "which"}
                        and not any(
                            x.text in {",", ";"} or x.kind == "Q"
                            for x in toks[right[1] + 2 : n - 1]
                        )
                    )
                )
                # "NAME, who ..., said he would ...": a clause follows, not a speaker (but "said
                # X, a professor ... who has studied ...": the verb is the relative clause's).
                and (
                    toks[c + 1].cap
                    or toks[c + 1].low in DETERMINERS | UNNAMED_DETS
                    # "..., says Ward 3 council member Tamsin Oxenvale", "said state Sen. X":
                    # the lower-case words are the named person's title.
                    or (right[0].kind == "person" and bool(right[0].title or right[0].role))
                )
                and not _described_subject(toks[_lede_start(toks) : c - 1])
                and not any(t.low in FINITE for t in _before_relative(toks[c + 1 : right[1]]))
            ):
                # "The cost will rise, said Jeon." - content is the clause before the cue.
                return _Frame(right[0], low, _span(toks[_lede_start(toks) : c - 1], text))
        if inverted:
            right = _subject_right(toks, c, text)
            if right:
                return _Frame(right[0], low, None)
        if (
            low in SAY_VERBS
            and c >= 3
            and toks[c - 1].low in {"that", "which"}
            and toks[c - 2].low in AD_NOUNS
        ):
            # "... is spending $3.1 million on an ad that says Vorhees "voted to ..."": the ad
            # speaks for whoever paid for it.
            d = next(
                (x for x in range(c - 3, max(c - 6, -1), -1) if toks[x].low in _AD_DETS),
                None,
            )
            ad = _classify(toks[d : c - 1], text) if d is not None else None
            if ad is not None:
                return _Frame(ad, t.text, _content_after(toks, c + 1, low, text))
        aside_at = _finding_aside(toks, c) if low in FIND_VERBS else _ad_aside(toks, c)
        if aside_at is not None:
            # "..., a survey by X last month found", "..., an analysis by X, a passenger group,
            # found": the finding of the document without the words set between.
            return _frame([*toks[:aside_at], *toks[c:]], text)
        left = _subject_left(toks, c, text)
        if low in FIND_VERBS and (
            left is None or not (left[0].kind in ("doc", "records") or left[0].doc)
        ):
            left = _doc_with_participle(toks, c, text) or left
        if left is None and low in FIND_VERBS:
            left = _doc_maker(toks, c, text)
        if left is None:
            left = _coordinated_subject(toks, c, text)
        if left is None or _open_relative_says(toks[left[1] : c]):
            continue
        subj, b = left
        if (
            ruling
            and not decided
            and not (
                set(_fold(subj.surface).split()) & TRIBUNAL_WORDS
                or set(_fold(f"{subj.title} {subj.role}").split()) & TRIBUNAL_WORDS
            )
        ):
            continue  # "the team held ...": no ruling
        if (low in FIND_VERBS or low in {"rated", "rates"}) and any(
            x.low in SAY_VERBS
            and "," in [y.text for y in toks[max(c + 1, y0 - 6) : y0]]
            # (Not "..., a poll found, while 27 percent said ...": a clause of its own.)
            and not any(
                toks[y].text == ","
                and toks[y + 1].low in {"while", "and", "but", "whereas", "though", "although"}
                for y in range(max(c + 1, y0 - 6), y0 - 1)
            )
            for y0, x in enumerate(toks)
            if y0 > c + 1
        ):
            # "The audit found X, the director said": the director speaks.
            continue
        # A document speaks through "found"/"show" with or without "that".
        doc_like = (
            subj.kind in ("doc", "records")
            or bool(subj.doc)
            # "a Kansas Pulse Survey found": a poll's own name.
            or (
                subj.kind == "org"
                and _fold(subj.surface.split()[-1]) in {"survey", "poll", "monitor", "tracker"}
            )
        )
        # "She also found that the clinics were likely to win": a judge's (or a researcher's)
        # finding, which the labels always take (5 of 5), only with "that".
        person_finding = (
            subj.kind in ("person", "pron")
            and low == "found"
            and [x.low for x in toks[c + 1 : c + 3]][:1] == ["that"]
        )
        if (
            low in FIND_VERBS
            and not doc_like
            and not person_finding
            and (
                (
                    subj.kind not in ("org", "alias", "group", "itpron", "role")
                    # ("Her group found that ...": the body she leads.)
                    and not (subj.kind == "poss" and subj.role in GENERIC_ORGS | ORG_HEADS)
                )
                or toks[c + 1 : c + 2] == []
            )
        ):
            # "The board found that ...": an organisation's finding; "police found a body"
            # is no statement.
            continue
        tail_finding = (
            low == "found"
            and (
                (
                    subj.kind == "org"
                    # A body by its name, not a document of one ("the commission's order").
                    # ("the state Department of Corrections": a scope word before the name.)
                    and all(
                        w[:1].isupper() or w in ORG_CONNECTORS or (x == 0 and w in SCOPE_WORDS)
                        for x, w in enumerate(subj.surface.split())
                    )
                )
                # "..., the court found.", "..., the panel found, pointing to ...": a court
                # named before.
                or (
                    subj.kind in ("alias", "role")
                    and _fold(subj.surface) in {"court", "panel", "jury", "judges", "justices"}
                )
                # "..., the commission found.", "..., the group found, and ...": a body named
                # before; "..., it found.": the body or document just cited.
                or (
                    subj.kind == "alias"
                    and _fold(subj.surface).split()[-1]
                    in ORG_HEADS | GENERIC_ORGS | {"majority", "desk", "firm"}
                )
                or (subj.kind == "itpron" and toks[c + 1].kind == "P")
            )
            and b >= 2
            and toks[b - 1].text == ","
            and toks[b].low not in {"a", "an"}  # ("a Capitol Ledger review found": a document)
            and (
                toks[c + 1].kind == "P"
                or toks[c + 1].low in {"in", "last", "this", "on", "after", "following", "during"}
                # ("..., the jury found Wednesday after six hours of deliberation.")
                or toks[c + 1].low in TIME_WORDS
            )
        )  # "CONTENT, the Government Accountability Office found in a review last spring."
        when_that = next((k for k in range(c + 2, min(c + 6, n)) if toks[k].low == "that"), None)
        if (
            low in FIND_VERBS
            and not doc_like
            and toks[c + 1].low not in ("that", "also")
            and not _found_in_document(toks, c)
            and not tail_finding
            # ("A jury found in June 2025 that ...": when, then the finding.)
            and not (when_that is not None and _when_gap(toks[c + 1 : when_that]))
        ):
            continue
        if (
            low in FIND_VERBS
            and toks[c + 1].low == "also"
            and c + 2 < n
            and toks[c + 2].low != "that"
        ):
            continue
        cue_end = c + 1
        cue = t.text
        if back:
            # '"Meters today, shut-offs tomorrow," Cabrillo shot back.'
            cue, cue_end = f"{t.text} back", c + 2
        if low.startswith("urge") and c + 1 < n and toks[c + 1].low == "caution":
            cue, cue_end = f"{t.text} caution", c + 2
        content = None if low in QUOTE_ONLY else _content_after(toks, cue_end, low, text)
        after_tag = toks[cue_end:]
        if content is None and b >= 2 and toks[b - 1].kind == "Q" and low in SAY_VERBS:
            lede = _lede_start(toks)
            run_in = [t for t in toks[lede : b - 1] if t.kind == "W"]
            if (
                len(run_in) >= 4
                and all(t.kind == "W" for t in toks[lede : b - 1])
                and run_in[0].low not in {"but", "and", "or"}
                and _has_verb(_join(run_in, text))
                and not any(t.low in SAY_VERBS for t in run_in)
                and re.search(r",[\"”’']*$", toks[b - 1].text) is not None
            ):
                # 'The fund lost $1.4 billion on office towers "while the treasurer sat on the
                # board and said nothing," nominee X says': the clause runs into the
                # quotation, and the whole of it is reported.
                content = (toks[lede].start, toks[b - 1].end)
        if (
            content is None
            and b >= 1
            and toks[b - 1].kind == "Q"
            and len(after_tag) >= 4
            and after_tag[0].text == ","
            and after_tag[1].low in HANDOVER - {"saying", "stating"}
            and after_tag[2].kind == "W"
        ):
            # '"We need more time," Das said, adding that she hoped to finish by May': a
            # statement of its own after the quotation's tag.
            skip = 3 if after_tag[2].low == "that" else 2
            extra = _span(after_tag[skip:], text)
            if extra is not None:
                return _Frame(
                    subj, cue, None, extra=(PARTICIPLE_CUES.get(after_tag[1].low, cue), extra)
                )
        while (
            content is None
            and b >= 3
            and toks[b - 1].kind == "W"
            and (toks[b - 1].low in DETERMINERS or re.fullmatch(r"(?:19|20)\d\d", toks[b - 1].low))
        ):
            b -= 1  # "..., a 2019 Stanford University study found."
        if (
            content is None
            and b >= 4
            and subj.kind == "org"
            and toks[b - 1].kind == "W"
            and not toks[b - 1].cap
            and toks[b - 1].low in _BODY_ADJECTIVES
            and toks[b - 2].low in {"the", "a", "an"}
            and toks[b - 3].text == ","
        ):
            b -= 2  # "..., the nonpartisan Indiana Legislative Services Agency estimated."
        if (
            content is None
            and b >= 3
            and subj.kind == "person"
            and subj.title
            and toks[b - 1].kind == "W"
            and not toks[b - 1].cap
            and toks[b - 1].low not in STOPWORDS | SAY_VERBS
        ):
            # "..., House Energy and Commerce oversight subcommittee Chairman Everett Hackleton
            # said": the words before the title describe the post, back to the comma.
            k = b - 1
            while (
                k > 0
                and b - k <= 8
                and toks[k].kind == "W"
                and (
                    toks[k].cap or toks[k].low not in STOPWORDS | SAY_VERBS or toks[k].low == "and"
                )
            ):
                k -= 1
            if toks[k].text == "," and k < b - 1:
                b = k + 1
        if content is None and b >= 3 and toks[b - 1].low in _CANDIDACY:
            # "..., Democratic nominee Ines Calvarrow says.": the candidacy stands before the
            # name (not a role of the speaker's own; "nominee" is no role noun elsewhere).
            k = b - 1 if toks[b - 2].low not in PARTY_WORDS else b - 2
            # ("..., Republican secretary of state nominee Franklin Ducasswell said": the
            # office sought, in lower case, before the candidacy.)
            office = k
            while (
                office >= 2
                and k - office < 5
                and toks[office - 1].kind == "W"
                and not toks[office - 1].cap
                and toks[office - 1].low not in SAY_VERBS | DETERMINERS
            ):
                office -= 1
            if office < k and office >= 2 and toks[office - 1].low in PARTY_WORDS:
                office -= 1
            if office < k and office >= 2 and toks[office - 1].text == ",":
                k = office
            if k >= 2 and toks[k - 1].text == ",":
                b = k
        if content is None and b >= 2 and toks[b - 1].text == ",":
            # "CONTENT, the agency said on Tuesday[, rejecting claims ...]."
            tail = toks[cue_end:]
            # ("..., the Congressional Budget Office estimated last year, though ...".)
            time_words = TIME_WORDS | _TAG_TIMES
            while (
                tail
                and tail[0].kind == "W"
                and tail[0].low in time_words
                # ("said on the Senate floor before the vote": a place, kept for the check)
                and not (tail[0].low == "on" and tail[1:2] and tail[1].low in DETERMINERS)
            ):
                tail = tail[1:]
            if low in {"told", "tells", "tell"}:
                # "..., City Manager Bertrand Slovacek told the council, and ...": whom (not
                # "advises", whose object may be the statement's subject).
                heard = next((x for x, y in enumerate(tail) if y.kind != "W"), len(tail))
                # ("told the Senate Banking Committee on Wednesday, as ...": a named audience,
                # then when.)
                aud_end = 1 if tail and tail[0].low in DETERMINERS else 0
                # ("told a House spending panel Tuesday": lower-case words of the body too.)
                while aud_end < min(len(tail), 6) and (
                    tail[aud_end].cap
                    or (
                        tail[aud_end].kind == "W"
                        and aud_end > 1
                        and tail[aud_end].low not in STOPWORDS | PREPOSITIONS | SAY_VERBS
                    )
                ):
                    aud_end += 1
                while (
                    aud_end < len(tail)
                    and tail[aud_end].kind == "W"
                    and tail[aud_end].low in time_words
                ):
                    aud_end += 1
                by_name = tail[0].cap or (
                    tail[0].low in DETERMINERS and len(tail) > 1 and tail[1].cap
                )
                if heard < len(tail) and (1 <= heard <= 4 or (aud_end == heard and by_name)):
                    tail = tail[heard:]
            comma = next((x for x, y in enumerate(tail) if y.text == ","), -1)
            if (
                0 < comma <= 6
                and tail[0].low in {"in", "on", "at", "during", "through"}
                and all(y.kind == "W" for y in tail[:comma])
            ):
                # "..., the department said in a statement, and one officer was ...".
                tail = tail[comma:]
            lede = _lede_start(toks)
            words_before = sum(1 for x in toks[lede : b - 1] if x.kind == "W")
            if (
                tail
                and tail[0].text == ","
                and (
                    words_before <= 3
                    # "When they climbed out, he said, the kitchen was gone": a fronted
                    # clause of time or condition, then the statement.
                    or (
                        words_before <= 8
                        and toks[lede].low
                        in {"when", "after", "before", "once", "if", "until", "unless", "since"}
                    )
                    # "The two longest beams, she said, came from a single tree": the subject
                    # of the statement, the tag, then its verb.
                    or (
                        words_before <= 8
                        and toks[lede].low in {"the", "his", "her", "its", "their"}
                        and not _has_verb(text[toks[lede].start : toks[b - 1].start])
                        and len(tail) >= 3
                        and tail[1].kind == "W"
                        and not tail[1].cap
                        and tail[1].low not in STOPWORDS | PREPOSITIONS | {"and", "but"}
                        # ("The map violates the constitution, Hall said, ordering new maps":
                        # a participle is the tag's, the statement came before.)
                        and not tail[1].low.endswith("ing")
                    )
                )
                and len(tail) >= 4
                # ("Patient care continues, the statement said, but ...": a clause of its own.)
                and not (
                    tail[1].low in {"and", "but"}
                    and words_before >= 2
                    and toks[lede].low not in PREPOSITIONS
                )
            ):
                # "Without it, the commission warns, shipping lines could ...".
                content = _span(tail[1:], text)
            elif (
                (
                    len(tail) <= 6
                    or tail[0].text == ","
                    # "..., the company said in a notice on its website.": where it was said.
                    or (
                        len(tail) <= 10
                        and tail[0].low in {"in", "on"}
                        and all(y.kind == "W" for y in tail[:-1])
                        and tail[-1].text in {".", "!"}
                        and any(
                            y.low
                            in DOC_SUBJECTS
                            | LETTER_NOUNS
                            | {"post", "interview", "video", "release", "ad", "commercial"}
                            for y in tail[:4]
                        )
                    )
                    # "..., the authority said Monday after its board voted 6-3 to ...".
                    or tail[0].low
                    in {"after", "before", "as", "when", "while", "following", "during"}
                    or _where_and_when(tail, low)
                )
                and not any(
                    x.kind == "Q"
                    # "..., the commission said, and any change would be "extremely
                    # difficult"": a quotation in the speaker's second clause.
                    for x in (
                        tail[2:0]
                        if tail[:1]
                        and tail[0].text == ","
                        and len(tail) > 2
                        and tail[1].low in {"and", "but"}
                        else tail
                    )
                )
            ):
                content = _span(toks[lede : b - 1], text)
                if (
                    content is not None
                    and toks[lede].low in PREPOSITIONS
                    and words_before <= 6
                    and not _has_verb(text[content[0] : content[1]])
                ):
                    content = None  # "In a statement, the association said:": no content
            if (
                content is not None
                and len(tail) >= 5
                and tail[0].text == ","
                and tail[1].low in {"and", "but"}
                and any(
                    x.low in FINITE | _FINITE_AUX or x.low.endswith(("ed", "es"))
                    for x in tail[3:14]
                )
                # "..., a review found, and may have delayed care": no subject, one statement.
                and tail[2].low not in FINITE | _FINITE_AUX
                and not _has_verb(tail[2].text)
                and not any(x.low in SAY_VERBS for x in tail[2:5])
            ):
                # "..., Cuthbertson said, and the governor herself had met with him twice":
                # the clause after the tag is the speaker's too.
                extra = _span(tail[2:], text)
                if extra is not None:
                    return _Frame(subj, cue, content, extra=(cue, extra))
        cited = (
            _CITED_FINDING.match(text, content[0], content[1])
            if content is not None and low in {"cites", "cited"}
            else None
        )
        if cited is not None and content is not None:
            # "The complaint cites a state analysis that found A": the analysis found A.
            cited_doc = _Mention(cited.group(1), "doc", role=cited.group(2).lower(), alias="new")
            return _Frame(cited_doc, cited.group(3), (cited.end(), content[1]))
        if (
            content is not None
            and low in {"declared", "declares", "declare"}
            and re.match(
                r"(?:a|an|the)\s+(?:[\w\-]+\s+){0,3}?(?:emergency|disaster|curfew|holiday|bankruptcy)\b",
                text[content[0] : content[1]],
            )
            # (Unless a second statement follows: "declared an emergency and has asked ...".)
            and len(_split_content(text, content, low)) == 1
            and not re.search(
                r"\b(?:and|but)\s+(?:has\s+|have\s+|had\s+)?(?:asked|urged|called|said|warned|told)\b",
                text[content[0] : content[1]],
            )
        ):
            continue  # "declared a maximum generation emergency": an act, not a statement
        if content is not None and _NO_CONTENT.match(text[content[0] : content[1]]):
            # "Two nurses who asked not to be named said ...": the source's terms; the
            # sentence's own cue comes later.
            continue
        if content is None and not any(x.kind == "Q" for x in toks):
            # "Several poll workers reported receiving calls, according to the sheriff's
            # office": nothing said here; a later cue may still name the source.
            if fallback is None:
                fallback = _Frame(subj, cue, content)
            continue
        if content is not None and text[content[0] : content[1]].lower() in {
            "her",
            "him",
            "them",
            "us",
            "me",
        }:
            continue  # "questioned her", "did not believe him": no statement
        tag = (
            re.search(r",\s+according\s+to\b", text[content[0] : content[1]])
            if content is not None
            else None
        )
        if content is not None and tag is not None:
            record = re.match(
                r",\s+according\s+to\s+(?:a|an|the)\s+(?:transcript|recording|video|audio|tape"
                # ("..., according to a copy of the letter": the copy shows what it said.)
                r"|copy\s+of\s+(?:a|an|the|its|his|her|their)\s+[a-z]+)\b",
                text[content[0] + tag.start() : content[1]],
            )
            if (
                record is None
                and low in {"said", "says", "told", "tells"}
                # (Not "Fifty-four percent of the families who answered an online survey said
                # ..., according to the council": the council's survey.)
                and subj.kind in {"person", "pron", "role", "org", "alias"}
            ):
                # "Vittorelsen said the food bank was grateful for any help, but it needs about
                # $400,000 ..., according to its own budget": the speaker's clause ends where a
                # second one, the source's, begins; with none, at the source.
                spoken = text[content[0] : content[0] + tag.start()]
                second = re.search(
                    r",\s+(?:and|but|though|although|which|while)\s+\S"
                    r"|,\s+(?:a|an)\s+(?:move|decision|step|change|figure|claim)\s",
                    spoken,
                )
                cut = second.start() if second else tag.start()
                # (A point inside is a sentence the splitter missed: no clause of one speaker.)
                if cut >= 12 and not re.search(r"[.!?]\s", spoken[:cut]):
                    return _Frame(subj, cue, (content[0], content[0] + cut))
                continue
            if record is None:
                # "Most voters expect prices to rise, according to the poll": the poll says so.
                continue
            # "Aoki told investors that ..., according to a transcript of the call": the
            # record only shows what she said.
            content = (content[0], content[0] + tag.start())
        return _Frame(subj, cue, content)
    return (
        _participle_frame(toks, text)
        or fallback
        or _absolute_participle_frame(toks, text)
        or _released_doc_frame(toks, text)
        or _second_predicate_frame(toks, text)
    )


# What a court (or a committee) is called after it is named: "the judges", "the panel".
_COURT_REFS = {
    "justices": frozenset({"court"}),
    "judges": frozenset({"court"}),
    "panel": frozenset({"court", "committee", "subcommittee", "commission"}),
}

# Last words of company names that "the company" does not stand for on their own.
_TRADE_ENDS = _words("air gaming casino casinos lines living transit")

# Documents a body or person files about itself ("according to its license application").
_OWNED_DOCS = _words("application applications disclosure disclosures budget")

# Words that open a clause of its own, which a tag's "where and when" never holds.
_CLAUSE_OPENERS = _words("that who which where whom whose because")


def _where_and_when(tail: list[_Tok], verb: str) -> bool:
    """Whether a trailing tag ends in where and when only ("told reporters after a meeting of
    Republican members.", "said at a packed meeting Tuesday night.")."""
    if len(tail) < 2 or tail[-1].text not in {".", "!"}:
        return False
    body = tail[:-1]
    note = next(
        (
            x
            for x in range(2, len(body) - 2)
            if body[x].text == "," and body[x + 1].low in {"where", "which", "when"}
        ),
        None,
    )
    if (
        note is not None
        and body[0].low in {"at", "in", "on", "outside", "inside", "during", "before", "after"}
        and not any(y.kind == "Q" or _is_cue(y) or y.low in SAY_VERBS for y in body[note + 2 :])
    ):
        # "..., Tveitmoe said at a news conference on the steps of the Capitol, where the
        # lawn had been allowed to brown.": the writer's note on the place.
        body = body[:note]
    rel = next(
        (
            x
            for x in range(2, len(body) - 1)
            if body[x].low in {"that", "which"}
            and body[x - 1].low in _SPEECH_EVENTS
            and _relative_verb(body, x + 1)
        ),
        None,
    )
    if rel is not None and not any(y.kind == "Q" or _is_cue(y) for y in body[rel:]):
        body = body[:rel]  # "said in a floor speech that stretched past an hour."
    if _tells(verb) and body[0].low in AUDIENCES:
        body = body[1:]  # the addressee first
    elif _tells(verb) and len(body) > 2 and body[0].low == "the" and body[1].low in _BODIES:
        body = body[2:]  # "told the board before the vote."
    return (
        0 < len(body) <= 12
        and body[0].low in PREPOSITIONS - {"by", "as", "for"}  # ("backed by X": a passive)
        and all(y.kind == "W" for y in body)
        and not any(y.low in FINITE or y.low in _CLAUSE_OPENERS or _is_cue(y) for y in body)
    )


# Bodies a speaker tells something to ("told the board before the vote").
_BODIES = _words("board council committee commission panel jury court crowd audience legislature")


def _found_in_document(toks: list[_Tok], c: int) -> bool:
    """ "The GAO found in a report last year that ...": the finding is in the body's document
    (the document named right after the verb, then "that")."""
    if toks[c].low != "found" or c + 3 >= len(toks) or toks[c + 1].low != "in":
        return False
    that = next((x for x in range(c + 2, min(c + 9, len(toks))) if toks[x].low == "that"), -1)
    return (
        that > 0
        and any(t.low in DOCUMENT_NOUNS | DOC_SUBJECTS for t in toks[c + 2 : that])
        and all(t.kind == "W" for t in toks[c + 1 : that])
    )


# Words after a description's head: a place, a time, or a relative clause about it.
# ("the largest resale site operating in the state" is a site.)
_DESCRIPTION_ENDS = _words(
    "in at from since on of with for who that which whose operating based headquartered"
)


def _described_head(appos: list[_Tok]) -> _Tok:
    """The head noun of a description: the word before its first lower-case preposition ("a
    Republican in her second year in office" is a Republican, not an office)."""
    at = next(
        (x for x, t in enumerate(appos) if x > 1 and t.low in _DESCRIPTION_ENDS),
        len(appos),
    )
    return appos[at - 1]


def _second_predicate_frame(toks: list[_Tok], text: str) -> _Frame | None:
    """ "The panel ordered lawmakers to draw a new map and said it would appoint an expert":
    the sentence's subject, through the "and said" of its second predicate."""
    lede = _lede_start(toks)
    k = lede
    while k < len(toks) and k - lede < 7 and toks[k].kind == "W":
        low = toks[k].low
        if k > lede and not toks[k].cap and (low.endswith("ed") or low in FINITE):
            break
        k += 1
    present = False
    if k >= len(toks) or not toks[k].low.endswith("ed"):
        # ("Gary Ruckman owns six houses and says ...": a name, a present verb, "and says".)
        k = lede
        while k < len(toks) and toks[k].kind == "W" and toks[k].cap:
            k += 1
        present = (
            k - lede >= 2
            and k < len(toks)
            and toks[k].low.endswith("s")
            and toks[k].low not in FINITE | SAY_VERBS
        )
        if not present:
            return None
    if k == lede:
        return None
    end = k
    # "Gov. Cornelius Dabbridge on Wednesday asked ...": the day is no part of the name.
    while end - lede >= 2 and toks[end - 1].low in TIME_WORDS:
        end -= 1
        if toks[end - 1].low in {"on", "late", "early"}:
            end -= 1
    subject = _classify(toks[lede:end], text)
    if subject is None or subject.kind in ("pron", "they", "itpron"):
        return None
    for a in range(k + 2, len(toks) - 2):
        if (
            toks[a].low == "and"
            and toks[a + 1].low
            in ({"says"} if present else {"said", "says", "added", "warned", "argued"})
            and not any(t.kind == "Q" for t in toks[k:a])
        ):
            rest = toks[a + 3 :] if toks[a + 2].low == "that" else toks[a + 2 :]
            content = _span([t for t in rest if t.text not in {".", "!"}], text)
            return _Frame(subject, toks[a + 1].low, content) if content else None
    return None


# Things a campaign or company puts out that then "say" something in a relative clause.
OUTPUT_NOUNS = _words(
    "ad ads advertisement commercial mailer flier flyer video letter statement post email memo"
)


# Offices known by their holder's title ("the governor's office"), from the titles used.
OFFICE_TITLES = {
    "gov.": "governor",
    "governor": "governor",
    "attorney general": "attorney general",
    "mayor": "mayor",
    "sheriff": "sheriff",
    "secretary of state": "secretary of state",
    "district attorney": "district attorney",
    "lt. gov.": "lieutenant governor",
    "lieutenant governor": "lieutenant governor",
    "comptroller": "comptroller",
    "treasurer": "treasurer",
    "auditor": "auditor",
    "state auditor": "state auditor",
    "recorder": "recorder",
    "county recorder": "recorder",
    "county clerk": "county clerk",
}


def _office_of(titles: list[str]) -> str:
    """ "governor's office" for a person titled "Gov." or "Governor"; "" for a legislator."""
    for title in titles:
        low = _fold(title)
        for pre in ("state ", "former ", "acting "):
            if low.startswith(pre):
                low = low[len(pre) :]
        if low in OFFICE_TITLES:
            return f"{OFFICE_TITLES[low]}'s office"
        key = next((k for k in OFFICE_TITLES if " " in k and low.endswith(" " + k)), None)
        if key is not None:
            # "Dauphin County District Attorney": the county's office, by its full title.
            return f"{title.rstrip('.')}'s office"
    return ""


# A sentence's end, not a title's period ("state Sen. Sharon Quashie").
_SENTENCE_END = re.compile(
    r"(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bLt)(?<!\bDr)(?<!\bSt)(?<!\bMr)(?<!\bMs)(?<!\bMrs)"
    r"[.!?]\s+"
)
# "The governor said" is not the lieutenant governor, nor "the president" a vice president.
_NOT_LESSER = r"(?<!(?i:lt)\. )(?<!(?i:lieutenant) )(?<!(?i:vice) )(?<!(?i:vice)-)(?<!(?i:deputy) )"


def _titled_office(text: str, surname: str) -> str:
    """The office of the person the text titles by office ("Gov. Erik Janssen": "governor's
    office"), or ""."""
    titled = re.search(
        rf"\b(Gov\.|Governor|Mayor|Attorney General|Secretary of State|Treasurer|Comptroller"
        rf"|Recorder)\s+(?:[A-Z][\w\-]+\s+){{0,2}}"
        rf"{re.escape(surname)}\b",
        text,
    )
    return _office_of([titled.group(1)]) if titled else ""


# A person's own work that speaks for them ("according to her research").
OWN_WORK = _words("research analysis estimate estimates count calculations study review tally")


def _possessed_body(toks: list[_Tok], text: str) -> _Mention | None:
    """ "Her campaign", "his office": the campaign or office of the person the pronoun stands
    for (resolved against the text later)."""
    if len(toks) == 2 and toks[0].low in {"her", "his"} and toks[1].low in {"campaign", "office"}:
        return _Mention(_join(toks, text), "poss", role=toks[1].low, at=toks[0].start)
    if (
        len(toks) == 3
        and toks[0].low in {"her", "his"}
        and toks[1].low in {"transition", "press", "district", "campaign"}
        and toks[2].low == "office"
    ):
        # "Her transition office said": the governor-elect's, not the governor's office.
        return _Mention(_join(toks, text), "poss", role=_join(toks[1:], text), at=toks[0].start)
    if len(toks) == 2 and toks[0].low in {"her", "his"} and toks[1].low in OWN_WORK:
        # "according to her research": she speaks through her own work.
        return _Mention("she" if toks[0].low == "her" else "he", "pron", at=toks[0].start)
    if len(toks) == 2 and toks[0].low in {"her", "his"} and toks[1].low in MEMBER_BODIES:
        # "Her group believes": the organisation the person was named as leading.
        return _Mention(_join(toks, text), "poss", role=toks[1].low, at=toks[0].start)
    papers = RECORD_NOUNS | DOCUMENT_NOUNS | DOC_SUBJECTS | {"application", "investigation"}
    paper_at = next(
        (x for x in range(1, min(len(toks), 4)) if toks[x].low in papers),
        None,
    )
    if (
        2 <= len(toks) <= 10
        and toks[0].low == "its"
        and paper_at is not None
        and all(t.kind == "W" and not t.cap for t in toks[1:paper_at])
    ):
        # "according to its (most recent) filings with the Federal Election Commission":
        # whoever "it" is.
        return _Mention("its", "itpron", doc=toks[paper_at].low, at=toks[0].start)
    if (
        3 <= len(toks) <= 5
        and toks[0].low == "the"
        and re.fullmatch(r"(company|campaign|agency|union|board|commission)['’]s", toks[1].low)
        and toks[-1].low in papers | {"docket"}
        and all(not t.cap for t in toks[2:])
    ):
        # "according to the company's permit application": the company's.
        owner = toks[1].low.rstrip("s").rstrip("'’")
        return _Mention(owner, "alias", doc=toks[-1].low)
    return None


def _conducted_by(np: list[_Tok]) -> list[_Tok] | None:
    """The pollster of "a poll commissioned by the Chronicle and conducted by Thistlebrook
    Survey Group" (whoever paid for it did not write it), or None."""
    at = next(
        (
            x
            for x in range(1, len(np) - 1)
            # ("commissioned by Pipit and prepared by Waxwing Economic Partners": so too.)
            if np[x].low in {"conducted", "prepared", "written", "done"} and np[x + 1].low == "by"
        ),
        None,
    )
    if at is None or not any(t.low in COMMISSION_VERBS | {"for"} for t in np[:at]):
        return None
    e = at + 2 + (np[at + 2].low in DETERMINERS if at + 2 < len(np) else 0)
    s = e
    while e < len(np) and (np[e].cap or (e > s and np[e].low in ORG_CONNECTORS)):
        e += 1
    return np[s:e] if e > s else None


def _doc_with_participle(toks: list[_Tok], c: int, text: str) -> tuple[_Mention, int] | None:
    """ "a Carverton College poll released last week found", "A poll by Dawlish Research
    released Monday found": the document and its maker, the participle phrase skipped."""
    told_when = False  # the participle stood in the skipped aside (", taken before ...,")
    if c >= 3 and toks[c - 1].text == ",":
        # "A poll by Marlowgate Strategies taken last month, before the announcement, found".
        k0 = next((y for y in range(c - 2, max(c - 10, 0), -1) if toks[y].text == ","), None)
        if k0 is not None and all(t.kind == "W" for t in toks[k0 + 1 : c - 1]):
            told_when = toks[k0 + 1].low.endswith("ed") or toks[k0 + 1].low in IRREGULAR_PARTICIPLES
            c = k0
    # ("a review of 12 studies published last year by the Kellbrant Center for Youth Justice
    # found": the document can stand 16 words before its verb.)
    for x in range(c - 2, max(c - 16, -1), -1):
        if toks[x].kind != "W":
            return None
        if toks[x].low not in DOC_SUBJECTS:
            continue
        between = toks[x + 1 : c]
        if between and between[0].low == "of":
            # "a survey of 600 residents conducted for ...": whom it asked, then the participle.
            p = next(
                (
                    y
                    for y in range(1, min(6, len(between)))
                    if between[y].low.endswith("ed") or between[y].low in IRREGULAR_PARTICIPLES
                ),
                None,
            )
            by_at = next(
                (y for y in range(1, min(9, len(between))) if between[y].low == "by"), None
            )
            if p is not None and all(t.kind == "W" and not t.cap for t in between[1:p]):
                between = between[p:]
            elif by_at is not None and all(t.kind == "W" and not t.cap for t in between[1:by_at]):
                # "A poll of likely voters in the district by Kelsmoor Strategies, taken ...,
                # found": who was asked, then who asked.
                between = between[by_at:]
        k, by = 0, None
        if between and between[0].low in {"by", "for"}:
            k = 1
            while k < len(between) and (between[k].cap or between[k].low in ORG_CONNECTORS):
                k += 1
            by = [t for t in between[1:k] if t.low not in DETERMINERS]
        participle = k < len(between) and (
            between[k].low.endswith("ed")
            or between[k].low in IRREGULAR_PARTICIPLES
            # "A U.S. Department of Agriculture inspection report from 2023 found": when.
            or (
                between[k].low in {"from", "in"}
                and len(between) == k + 2
                and re.fullmatch(r"(?:19|20)\d\d", between[k + 1].low) is not None
            )
        )
        if (
            between
            and between[0].low == "for"
            and toks[x - 1].cap
            and toks[x - 1].low not in DETERMINERS
            and not participle
        ):
            # "a Glimmerdale Research survey for the Tinderbox found": the pollster named
            # before the survey, not its client.
            named_first = _subject_left(toks, x + 1, text)
            if named_first is not None and named_first[0].kind in ("org", "person"):
                named_first[0].kind = "org"
                named_first[0].doc = toks[x].low
                return named_first
        # ("A poll ... by Kelsmoor Strategies, taken before the fine was announced, found":
        # the participle stood in the aside.)
        if not (participle or (by and told_when)) or any(t.low in FINITE for t in between):
            return None
        b = _left_np(toks, x + 1)
        pollster = _conducted_by([toks[x], *between])
        if pollster is not None:
            # "A poll commissioned by the Chronicle and conducted by X in July found".
            return _Mention(_join(pollster, text), "org", doc=toks[x].low), b
        frm = next((y for y in range(k + 1, len(between) - 1) if between[y].low == "from"), None)
        if frm is not None and between[k].low in COMMISSION_VERBS:
            # "A study commissioned by the city from the Nethercrag Energy Lab found": its
            # writer, not who paid for it.
            maker = [t for t in between[frm + 1 :] if t.low not in DETERMINERS]
            if maker and all(t.cap or t.low in ORG_CONNECTORS for t in maker):
                return _Mention(_join(maker, text), "org", doc=toks[x].low), b
        later = next((y for y in range(k, len(between) - 1) if between[y].low == "by"), None)
        named_before = toks[x - 1].cap and toks[x - 1].low not in DETERMINERS  # "a X poll"
        if (
            later is not None
            and later >= 1
            and between[later - 1].low in COMMISSION_VERBS
            and named_before
        ):
            # "a Glenmorrow Civic Research poll commissioned by the Clarion": the pollster
            # named before the poll speaks, not the paper that paid for it.
            later = None
        if not by and later is not None:
            # "A poll conducted for the renters' alliance by Delgarno Strategies in July".
            e = later + 1
            while e < len(between) and (between[e].cap or between[e].low in ORG_CONNECTORS):
                e += 1
            by = [t for t in between[later + 1 : e] if t.low not in DETERMINERS]
            if e + 1 < len(between) and between[e].low in DESCRIBED_BODIES and between[e + 1].cap:
                # "by the Phoenix-based firm Lanternbridge Research": the name after the
                # description, not the description's capitalised first word.
                n = e + 1
                while n < len(between) and between[n].cap:
                    n += 1
                by = between[e + 1 : n]
            while by and by[-1].low in ORG_CONNECTORS:
                by = by[:-1]  # "commissioned by the Lincoln Formham Ledger and released ..."
        by_at = later if later is not None else (0 if between and between[0].low == "by" else None)
        if (
            not by
            and by_at is not None
            and by_at + 2 < len(between)
            and between[by_at + 1].low == "the"
            and between[by_at + 2].low in ORG_HEADS | UNION_HEADS | GENERIC_ORGS
        ):
            # "A survey of former teachers conducted by the union last fall found".
            body = _Mention(_join(between[by_at + 1 : by_at + 3], text), "alias")
            body.doc = toks[x].low
            return body, b
        if not by and k + 1 < len(between) and between[k + 1].low == "for" and not named_before:
            # "a survey ... conducted for Quarrymoor Public Radio found": no pollster named;
            # whoever it was done for.
            e = k + 2
            while e < len(between) and (between[e].cap or between[e].low in ORG_CONNECTORS):
                e += 1
            named = [t for t in between[k + 2 : e] if t.low not in DETERMINERS]
            if named and named[0].cap:
                by = named
        if by:
            who = _classify(by, text)
            if who is None or who.kind not in ("org", "person"):
                return None
            if who.kind == "person" and not who.title and toks[x].low in POLL_NOUNS:
                who = _Mention(who.surface, "org")  # "a poll by Dawlish Research"
            who.doc = toks[x].low
            return who, b
        found = _subject_left(toks, x + 1, text)
        if found is not None and found[0].kind == "org" and toks[x].cap and not found[0].doc:
            found[0].doc = toks[x].low  # "a Tollbridge University Poll released Tuesday found"
        if found is not None and (found[0].kind in ("doc", "records") or found[0].doc):
            return found
        return None
    return None


def _released_doc_frame(toks: list[_Tok], text: str) -> _Frame | None:
    """ "The Ferris-Kamau campaign released an ad that calls Olufemi-Hale "..."": whoever
    put it out speaks through it."""
    if not any(t.kind == "Q" for t in toks):
        return None
    lede = _lede_start(toks)
    end = lede
    while end < len(toks) and toks[end].kind == "W" and (toks[end].cap or toks[end].low == "the"):
        end += 1
    if end > lede and end < len(toks) and toks[end].low in {"campaign", "company", "committee"}:
        end += 1  # "The Ferris-Kamau campaign"
    if end >= len(toks) - 3 or toks[end].low not in MADE_VERBS | {"aired", "launched", "ran"}:
        return None
    for x in range(end + 1, min(end + 12, len(toks) - 1)):
        if toks[x].low in OUTPUT_NOUNS:
            rel = next(
                (y for y in range(x + 1, min(x + 6, len(toks) - 1)) if toks[y].low in RELATIVES),
                None,
            )
            if rel is None or toks[rel + 1].low not in SAY_VERBS | OBJECT_VERBS:
                return None
            who = _classify(toks[lede:end], text)
            if who is None or who.kind not in ("person", "org", "alias"):
                return None
            return _Frame(who, toks[rel + 1].text)
    return None


# Participles that report speech in an absolute clause ("with X calling it "..."").
ABSOLUTE_CUES = _words(
    "calling saying accusing arguing warning insisting describing predicting vowing declaring"
)


def _absolute_participle_frame(toks: list[_Tok], text: str) -> _Frame | None:
    """ "..., with Republican Grant Olufemi-Hale calling her plan "a price-control scheme"":
    the person named right before the participle speaks the quotations after it."""
    quotes = [x for x, t in enumerate(toks) if t.kind == "Q"]
    if not quotes:
        return None
    for p in range(quotes[0] - 1, 1, -1):
        if toks[p].low not in ABSOLUTE_CUES or not toks[p - 1].cap:
            continue
        b = p
        while b > 0 and toks[b - 1].kind == "W" and toks[b - 1].cap and p - b < 5:
            b -= 1
        if b == 0 or toks[b - 1].low not in {"with", "and", ","}:
            return None
        run = toks[b:p]
        while run and (run[0].low in TITLES or run[0].low in {"democrat", "republican"}):
            run = run[1:]  # "Republican Grant Olufemi-Hale": the party is no name
        who = _classify(run, text) if len(run) >= 2 else None
        if who is None or who.kind not in ("person", "org"):
            return None
        return _Frame(who, toks[p].text)
    return None


# Cues that state something as a sentence's second verb ("opened five centers and urged ...").
COORDINATED_CUES = _words(
    "said says told tells warned argued insisted urged urges vowed promised denied accused"
)


def _coordinated_subject(toks: list[_Tok], c: int, text: str) -> tuple[_Mention, int] | None:
    """The subject of a sentence whose cue is its second verb: "Ruth Okafor declined to
    comment on the lawsuit but said ...", "The company voted against it and said ..."."""
    if toks[c].low not in COORDINATED_CUES:
        return None
    j = c
    while j > 0 and toks[j - 1].low in ADVERBS:
        j -= 1
    if j < 3 or toks[j - 1].low not in {"and", "but"}:
        return None
    lede = _lede_start(toks)
    comma = int(lede + 2 < j and toks[lede + 2].text == ",")
    if (
        lede + 3 + comma < j
        and toks[lede].low in {"on", "late", "early"}
        and toks[lede + 1].low in TIME_WORDS
        and toks[lede + 2 + comma].low in PRONOUNS
    ):
        lede += 2 + comma  # "On Tuesday he filed amended reports and said ...": when, then who
    end = lede + 1 if toks[lede].low in PRONOUNS else lede
    while (
        end < j
        and toks[end].kind == "W"
        and (
            toks[end].cap
            or toks[end].low == "the"
            # "Council member Hyacinth Dewmire voted yes but said": a role in lower case.
            or (end > lede and end + 1 < j and toks[end + 1].cap and _role_like(toks[end].low))
            # "The League of Women Voters of Wisconsin does not endorse ... but said": the
            # name's own "of".
            or (
                toks[end].low in {"of", "for"}
                and end > lede
                and toks[end - 1].cap
                and end + 1 < j
                and toks[end + 1].cap
            )
        )
    ):
        end += 1
    if end > lede and toks[end - 1].low == "the" and end + 1 < j and not toks[end].cap:
        end += 1  # "The company declined ...": the noun after "the"
    name_at = lede
    named = [t.low for t in toks[lede : lede + 5]]
    if named[:1] in (["a"], ["an"]) and ("itself" in named or "called" in named):
        # "A group calling itself Save Whinacombe Ground has put up signs and says ...".
        x = lede + named.index("itself" if "itself" in named else "called") + 1
        if x < j and toks[x].cap and toks[x].kind == "W":
            name_at = end = x
            while end < j and toks[end].kind == "W" and toks[end].cap:
                end += 1
    at = end
    if end - lede >= 2 and end < j and toks[end].text == "," and toks[lede].low != "the":
        # "Sen. Patricia Yerkovich, a Democrat like the governor, voted no and said ...": the
        # verb after the appositive.
        close = next((x for x in range(end + 2, min(end + 12, j - 2)) if toks[x].text == ","), 0)
        if close and all(
            # ("Council member Hyacinth Dewmire, who represents the north shore, voted yes
            # but said ...": a relative clause as the appositive.)
            t.kind == "W" and (t.low not in RELATIVES or x == 0)
            for x, t in enumerate(toks[end + 1 : close])
        ):
            at = close + 1
    while at < j - 1 and toks[at].low in ADVERBS - FINITE:
        at += 1  # "Council Member Rosalyn Mbekwe also voted no and said ..."
    if end == lede or at >= j - 1 or toks[at].kind != "W" or toks[at].cap:
        return None
    # The subject's own verb comes right after it ("declined", "voted", "did").
    verb = toks[at].low
    if not (verb.endswith("ed") or verb in FINITE or verb in _SCENE_VERBS.split("|")):
        return None
    if any(t.kind == "Q" or t.low in SAY_VERBS | RELATIVES for t in toks[at:j]):
        return None  # "... a budget that trims ... and adds money": a relative clause's verbs
    subj = _classify(toks[name_at:end], text)
    if subj is None or subj.kind not in ("person", "org", "alias", "pron", "group"):
        return None
    if subj.kind == "pron":
        subj.at = toks[lede].start
    return subj, lede


def _colon_frame(toks: list[_Tok], text: str) -> _Frame | None:
    """A quotation introduced by a colon after a clause about a speaker, with no speech verb:
    'Marisol Fenwick put it bluntly: "..."', 'Fenwick's message was simple: "..."'."""
    qi = next((x for x, t in enumerate(toks) if t.kind == "Q"), -1)
    if qi < 3 or any(t.kind == "W" for t in toks[qi + 1 :]):
        return None
    if toks[0].low == "as" and toks[qi - 1].text == ",":
        # "As Fenwick put it, "..."", "As the mayor said, "..."".
        words = [t.low for t in toks[1 : qi - 1]]
        vx = next((x for x, w in enumerate(words) if w in {"put", "said", "says", "wrote"}), -1)
        tail_ok = vx > 0 and words[vx + 1 :] in ([], ["it"])
        who = _classify(toks[1 : 1 + vx], text) if tail_ok else None
        if who is not None and who.kind in ("person", "pron", "org", "role", "alias"):
            if who.kind == "pron":
                who.at = toks[1].start
            return _Frame(who, words[vx])
        return None
    if toks[qi - 1].text != ":":
        return None
    start = 0
    if toks[0].low in PREPOSITIONS or toks[0].low in {"asked", "later", "afterward", "afterwards"}:
        # "At the hearing, Fenwick put it bluntly:": the subject follows the fronted phrase.
        comma = next((x for x in range(qi - 1) if toks[x].text == ","), -1)
        if comma < 0:
            return None
        start = comma + 1
    end = start
    if end < qi and toks[end].low in PRONOUNS:
        np_toks = [toks[end]]
        end += 1
    else:
        if end < qi and toks[end].low == "the":
            end += 1
        while (
            end < qi
            and toks[end].kind == "W"
            and (
                toks[end].cap
                or (toks[end].low in {"of", "for", "and"} and end + 1 < qi and toks[end + 1].cap)
            )
        ):
            end += 1
            if re.search(r"['’]s?$", toks[end - 1].text):
                break  # "Fenwick's message": the owner of the message speaks
        np_toks = toks[start:end]
    if not np_toks or end >= qi - 1 or np_toks[0].low in {"a", "an"}:
        return None
    owner = bool(re.search(r"['’]s?$", np_toks[-1].text))
    nxt = toks[end]
    if not owner and nxt.text != "," and not re.fullmatch(rf"(?:{_SCENE_VERBS}|put)", nxt.low):
        # "A Quenby campaign mailer ... reads:": the name is a modifier, not the subject.
        return None
    if owner:
        bare = re.sub(r"['’]s?$", "", np_toks[-1].text)
        np_toks = [*np_toks[:-1], _Tok("W", bare, np_toks[-1].start, np_toks[-1].start + len(bare))]
    mention = _classify(np_toks, text)
    if mention is None or mention.kind not in ("person", "pron", "org"):
        return None
    if mention.kind == "pron":
        mention.at = np_toks[0].start
    rest = toks[end : qi - 1]
    if rest and rest[0].text == ",":
        # Skip an appositive: "Marisol Fenwick, a nurse, put it ...".
        close = next((x for x in range(1, len(rest)) if rest[x].text == ","), -1)
        rest = rest[close + 1 :] if close > 0 else []
    verb = next((t.low for t in rest if t.kind == "W"), "")
    if not verb or verb in STOPWORDS - FINITE or not verb.isalpha():
        return None
    return _Frame(mention, verb)


# Cues that open a second source's clause after a bare "and" ("... and critics say ..."); not
# "wrote", which is as often a deed ("while courts and states wrote the rules").
_BARE_AND_CUES = _words("say says said argue argues contend contends insist insists warn warns")


# "and its chairman, Walter Goodall, said": a described source, then its name and cue.
_AND_DESCRIBED_SOURCE = re.compile(
    r"\s+(?:its|his|her|their|the|an?)\s+[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,3},"
    r"\s+(?:[A-Z][\w.'’\-]*\s+){0,3}[A-Z][\w'’\-]*,\s+(?:said|says|told|added)\b"
)


def _second_source(toks: list[_Tok], text: str, frame: _Frame) -> list[tuple[_Frame, list[_Tok]]]:
    """ "X said A, and two freight brokers said B": two frames, each with its quotations;
    [] when the sentence has one source."""
    content = frame.content
    if content is None:
        return []
    judged = _judged_as(toks, text) or _glossed_by(toks, text)
    if judged is not None:
        at, judge = judged
        first = _Frame(
            frame.mention,
            frame.cue,
            (content[0], min(content[1], toks[at].start)),
            frame.passive,
            frame.doc,
        )
        quotes = [t for t in toks if t.kind == "Q"]
        return [
            (first, [q for q in quotes if q.start < toks[at].start]),
            (judge, [q for q in quotes if q.start >= toks[at].start]),
        ]
    for x in range(1, len(toks) - 3):
        # "Supporters say A and critics say B": a second source after a bare "and" too, when
        # its cue comes within five words.
        cue_at = next(
            (y for y in range(x + 2, min(x + 7, len(toks))) if toks[y].low in _BARE_AND_CUES),
            None,
        )
        bare = (
            (
                toks[x].low == "and"
                and toks[x - 1].kind == "W"
                and cue_at is not None
                and all(t.kind == "W" for t in toks[x + 1 : cue_at])
                and content[0] < toks[x].start < content[1]
                # (Not "Dale said the police and firefighters say ...": a clause comes first.)
                and _has_verb(text[content[0] : toks[x - 1].end])
            )
            or (
                # "... has endorsed Knightley and its chairman, Walter Goodall, said B": the
                # second source after its description.
                toks[x].low == "and"
                and toks[x - 1].kind == "W"
                and content[0] < toks[x].start < content[1]
                and _AND_DESCRIBED_SOURCE.match(text, toks[x].end, toks[-1].end) is not None
            )
        )
        if (
            not bare
            and not (
                (
                    toks[x].text == ","
                    # 'A said B had been "a hard worker," and C said ...': the comma is quoted.
                    or (
                        toks[x].kind == "Q"
                        and text[toks[x].start : toks[x].end].rstrip("\"”’' ").endswith(",")
                    )
                )
                and toks[x + 1].low in {"and", "but", "while", "though", "although"}
                # "A, according to university officials, and Weiland said B": after the tag too.
                and content[0]
                < toks[x].start
                < (len(text) if frame.cue == "according to" else content[1])
            )
        ):
            continue
        rest = toks[x + 1 :] if bare else toks[x + 2 :]
        second = _frame(rest, text)
        if (
            second is None
            or (
                second.mention.kind in ("pron", "they", "itpron", "alias", "role", "anonref")
                # ("..., and the coalition has called for ...": a body named before speaks.)
                and not (
                    second.mention.kind == "alias"
                    and re.fullmatch(
                        r"(?:the )?(?:coalition|group|union|campaign|committee|agency|department)",
                        second.mention.surface.lower(),
                    )
                )
            )
            or second.content is None
            # The second subject opens the clause: "..., and Councilman Tom Reyes said", or
            # follows its description: "..., and a spokeswoman for the governor, Rosa Plum, said".
            or (
                _fold(second.mention.surface)
                not in _fold(text[rest[0].start : rest[min(5, len(rest) - 1)].end])
                and not re.match(
                    # ("..., and one woman, Army veteran Janelle Kasparian, said".)
                    rf"(?:an?|the|one|its|his|her|their) [^,]{{1,60}}, (?:[^,]{{0,40}} )?"
                    rf"{re.escape(second.mention.surface)},? [a-z]",
                    text[rest[0].start : second.content[0]],
                )
                # ("..., and an ad by the Fair Farms PAC, airing in Iowa, calls ...".)
                and not re.match(
                    rf"(?:an?|the|one|its|their) (?:[\w\-]+ )?(?:ad|spot|commercial|mailer)s? "
                    rf"(?:paid for )?by (?:the )?{re.escape(second.mention.surface)}\b",
                    text[rest[0].start : second.content[0]],
                    flags=re.IGNORECASE,
                )
            )
        ):
            continue
        if bare and (second.mention.kind not in ("group", "person", "org") or second.passive):
            continue
        quoted_comma = toks[x].kind == "Q"
        cut = toks[x - 1].end if bare else toks[x].end if quoted_comma else toks[x].start
        first = _Frame(
            frame.mention,
            frame.cue,
            (content[0], min(content[1], cut)),
            frame.passive,
            frame.doc,
        )
        split = toks[x].end if quoted_comma else toks[x].start
        quotes = [t for t in toks if t.kind == "Q"]
        return [
            (first, [q for q in quotes if q.start < split]),
            (second, [q for q in quotes if q.start >= split]),
        ]
    return []


# What a second person may call a first one's words: ", an idea Partlow called "..."".
JUDGED_NOUNS = _words("idea promise proposal plan pledge claim move remark argument suggestion")


# Nouns a writer's gloss names a fact or a step by: ", a drop Conley believes will reverse".
GLOSS_NOUNS = JUDGED_NOUNS | _words(
    """figure drop change map line step rollback cut number decision measure policy estimate
    amount increase shift rule law offer outcome price cost"""
)
# Verbs of a glossing source ("a change supporters say would ...", "a move the hospitals warn
# could ...").
GLOSS_VERBS = _words(
    """say says said believe believes think thinks warn warns warned argue argues argued
    contend contends fear fears predict predicts predicted insist insists"""
)


def _glossed_by(toks: list[_Tok], text: str) -> tuple[int, _Frame] | None:
    """ "..., a move the state's hospitals warn could strip coverage from thousands": where the
    gloss starts, and the frame of its source with what it says ("could strip ...")."""
    n = len(toks)
    for x in range(1, n - 5):
        if toks[x].text != "," or toks[x + 1].low not in {"a", "an"}:
            continue
        y = next(
            (
                z + 1
                for z in (x + 2, x + 3)
                if z < n
                and toks[z].low in GLOSS_NOUNS
                and all(t.kind == "W" and not t.cap for t in toks[x + 2 : z + 1])
            ),
            None,
        )
        if y is None:
            continue
        if y < n and toks[y].low in {"that", "which"}:
            y += 1
        v = next((z for z in range(y + 1, min(y + 6, n)) if toks[z].low in GLOSS_VERBS), None)
        if v is None or not all(t.kind == "W" for t in toks[y:v]):
            continue
        a = v + 1 + (v + 1 < n and toks[v + 1].low == "that")
        b = n
        while b > a and toks[b - 1].kind == "P":
            b -= 1
        rest = toks[a:b]
        if len(rest) < 3 or rest[0].kind != "W" or any(t.text == "," for t in rest[:2]):
            continue
        who = _classify(toks[y:v], text)
        if who is None or who.kind == "doc":
            continue
        return x, _Frame(who, toks[v].low, (rest[0].start, rest[-1].end))
    return None


def _judged_as(toks: list[_Tok], text: str) -> tuple[int, _Frame] | None:
    """ "Talley has called for a review, an idea Partlow called "a solution in search of a
    problem."": where the aside starts, and the frame of its quotation (Partlow's)."""
    for x in range(1, len(toks) - 5):
        if not (
            toks[x].text == ","
            and toks[x + 1].low in {"a", "an"}
            and toks[x + 2].low in JUDGED_NOUNS
            and toks[x + 3].cap
        ):
            continue
        e = x + 3
        while e < len(toks) and toks[e].kind == "W" and toks[e].cap:
            e += 1
        if (
            e - x - 3 > 3
            or e + 1 >= len(toks)
            or toks[e].low != "called"
            or toks[e + 1].kind != "Q"
        ):
            continue
        who = _classify(toks[x + 3 : e], text)
        if who is None or who.kind not in ("person", "org"):
            continue
        return x, _Frame(who, "called", None)
    return None


def _filed_by(toks: list[_Tok], k: int) -> int | None:
    """Where the filer starts in "(, and) the Ohio Democratic Party filed a lawsuit last week
    arguing that ...", the participle after ``k`` with no comma: the suit argues for its
    filer. None when ``k`` is not so placed."""
    if toks[k].text == "," or toks[k + 1].low not in {"arguing", "claiming", "alleging"}:
        return None
    at = next((x for x in range(k, max(k - 6, 0), -1) if toks[x].low == "filed"), None)
    if at is None or not any(t.low in LEGAL_DOCS for t in toks[at + 1 : k + 1]):
        return None
    start = at
    while (
        start > 0
        and toks[start - 1].kind == "W"
        and (toks[start - 1].cap or toks[start - 1].low in DETERMINERS)
    ):
        start -= 1
    if start == at or not (start == 0 or toks[start - 1].low in {"and", "but", ","}):
        return None
    return start


def _ad_aside(toks: list[_Tok], c: int) -> int | None:
    """Where a clause set between an ad and its cue starts: "Its first spot, released Monday,
    says", "One of the ads, running in Stukeley's district, says"."""
    if c < 5 or toks[c - 1].text != "," or toks[c].low not in SAY_VERBS:
        return None
    y = next((y for y in range(c - 2, max(c - 16, 1), -1) if toks[y].text == ","), None)
    if (
        y is None
        or not all(t.kind == "W" for t in toks[y + 1 : c - 1])
        or not (
            toks[y + 1].low in {"which", "that"}
            or (not toks[y + 1].cap and toks[y + 1].low.endswith(("ed", "ing")))
        )
        or toks[y - 1].low not in AD_NOUNS
    ):
        return None
    return y


def _ad_by(toks: list[_Tok], j: int, text: str) -> tuple[_Mention, int] | None:
    """ "An ad by the Fair Farms PAC calls ...", "A spot paid for by Keep Nevada Ballots
    Simple warns that ...", with an aside after the name ("..., airing in Iowa, calls"): the
    sponsor speaks through its ad."""
    by_at = next((x for x in range(j - 1, max(j - 16, 0), -1) if toks[x].low == "by"), None)
    if by_at is None or by_at < 2:
        return None
    a = by_at - 1
    if a >= 2 and toks[a].low == "for" and toks[a - 1].low == "paid":
        a -= 2
    if toks[a].low not in AD_NOUNS - {"billboard", "billboards"}:
        return None
    e = by_at + 1
    if e < j and toks[e].low == "the":
        e += 1
    s0 = e
    while (
        e < j
        and toks[e].kind == "W"
        and (toks[e].cap or (e > s0 and toks[e].low in {"for", "of", "and"}))
    ):
        e += 1
    while e > s0 and not toks[e - 1].cap:
        e -= 1
    rest = toks[e:j]
    if e == s0 or not (not rest or (rest[0].text == "," and toks[j - 1].text == ",")):
        return None
    who = _classify(toks[s0:e], text)
    if who is None or who.kind not in ("org", "person") or (who.kind == "person" and who.title):
        return None
    b = a
    while (
        b > a - 4
        and b > 0
        and toks[b - 1].kind == "W"
        and (toks[b - 1].low in _AD_DETS or not toks[b - 1].cap)
    ):
        b -= 1
        if toks[b].low in _AD_DETS:
            break
    if toks[b].low not in _AD_DETS:
        return None
    return _Mention(who.surface, "org"), b


def _described_subject(seg: list[_Tok]) -> bool:
    """ "The lawsuit, filed in Franklin County," before "says": the subject and its description,
    no statement (so what follows the cue is the statement, not its speaker)."""
    if len(seg) < 4 or seg[0].low not in DETERMINERS | {"its", "his", "her", "their"}:
        return False
    comma = next((x for x in range(2, min(5, len(seg))) if seg[x].text == ","), None)
    return (
        comma is not None
        and comma + 1 < len(seg)
        and all(t.kind == "W" and not t.cap for t in seg[1:comma])
        and (
            seg[comma + 1].low in {"which", "who"}
            or (seg[comma + 1].low.endswith(("ed", "ing")) and not seg[comma + 1].cap)
        )
    )


_SEASON_TIMES = _SEASONS | _words("week month year season")


def _finding_aside(toks: list[_Tok], c: int) -> int | None:
    """Where words set between a document and its "found" start: a time ("a survey last
    month found") or the author's description ("by X, a Washington think tank, found")."""
    if c < 4 or c + 1 >= len(toks):
        return None
    j = None
    if toks[c - 1].low in TIME_WORDS and toks[c - 1].cap:
        j = c - 1  # "a poll Tuesday found"
    elif toks[c - 1].low in _SEASON_TIMES | TIME_WORDS and toks[c - 2].low in {"last", "this"}:
        j = c - 2
    elif toks[c - 1].text == ",":
        y = next((y for y in range(c - 2, max(c - 11, 1), -1) if toks[y].text == ","), None)
        if (
            y is not None
            and c - y >= 4
            and toks[y + 1].low in {"a", "an"}
            and all(t.kind == "W" for t in toks[y + 1 : c - 1])
            and toks[y - 1].cap
            and any(t.low == "by" for t in toks[max(0, y - 7) : y - 1])
        ):
            j = y
    if j is None or j < 2:
        return None
    # Only after a document (and its author): "a survey by X", "a Varnham Institute survey".
    head = toks[max(0, j - 8) : j]
    doc = next(
        (
            x
            for x in range(j - 1, max(0, j - 8) - 1, -1)
            if toks[x].low in DOC_SUBJECTS | RECORD_NOUNS | {"tally", "count"}
        ),
        None,
    )
    if doc is None or not head:
        return None
    opens = doc
    while opens > 0 and toks[opens - 1].kind == "W" and toks[opens - 1].low not in DETERMINERS:
        opens -= 1
    opens = max(0, opens - 1)
    if opens >= 1 and (toks[opens - 1].low in SAY_VERBS or toks[opens - 1].low == "that"):
        return None  # "she said a parking study last fall found ...": hers, citing it
    return j


def _participle_frame(toks: list[_Tok], text: str) -> _Frame | None:
    """ "Andersen vetoed the bill on Monday, saying it went too far": the subject speaks."""
    n = len(toks)
    for k in range(1, n - 2):
        filed = _filed_by(toks, k)
        # ("Yount denied that, saying, "There is no Plan B"": the quotation is what she said.)
        quoted = toks[k + 2].text == "," and k + 3 < n and toks[k + 3].kind == "Q"
        if (
            (toks[k].text == "," or filed is not None)
            and toks[k + 1].low in PARTICIPLES
            and (toks[k + 2].kind == "W" or quoted)
        ):
            if toks[k + 1].low in {"finding", "ruling", "concluding"} and toks[k + 2].low != "that":
                continue  # "..., finding the room empty": no finding of fact
            if toks[k + 1].low == "calling" and any(
                toks[x].text == "," and toks[x + 1].low in {"and", "but"} for x in range(k)
            ):
                continue  # "A endorsed her, and the union backed her, calling ...": whose?
            start = 0
            for d in range(min(n, 14)):
                if toks[d].text in {"—", "--", "–"}:
                    start = d + 1  # after a dateline
            if filed is not None:
                start = filed
            f = start
            while f < k and toks[f].kind == "W" and (toks[f].cap or toks[f].low in DETERMINERS):
                f += 1
            if f > start and re.search(r"['’]s?$", toks[f - 1].text):
                # "Hennigan's campaign filed a complaint, arguing ...": the campaign.
                g = f + 1 if f < k and toks[f].low == "own" else f
                if g < k and toks[g].low in ORG_HEADS:
                    f = g + 1
            elif (
                any(t.cap and t.low not in DETERMINERS for t in toks[start:f])
                and f < k
                and toks[f].kind == "W"
                and toks[f].low in ORG_HEADS | GENERIC_ORGS | {"chapter", "branch"}
            ):
                continue  # "the Georgia chapter of ... backed him, calling": not "Georgia"
            who = _classify(toks[start:f], text) if f > start else None
            if (
                f > start
                and f < k
                and toks[f].kind == "W"
                and toks[f].low in GROUP_NOUNS
                and all(t.low in PARTY_WORDS | DETERMINERS for t in toks[start:f])
            ):
                # "Democratic leaders dispute that, saying ...": the party's leaders.
                bare = (
                    toks[start + 1 : f + 1]
                    if toks[start].low in DETERMINERS
                    else toks[start : f + 1]
                )
                who = _Mention(_join(bare, text), "group")
            if (
                who is not None
                and f < k
                and toks[f].kind == "W"
                and toks[f].low in ORG_HEADS | TRIBUNALS | {"appeals"}
            ):
                who = None  # "A Nevada appeals court on Thursday revived ...": not "Nevada"
            if who is None:
                # "A coalition of fishermen sued the board on Monday, saying ...": the
                # description before the first verb.
                v = next(
                    (
                        x
                        for x in range(start + 1, k)
                        if toks[x].kind == "W"
                        and not toks[x].cap
                        and (toks[x].low.endswith("ed") or toks[x].low in SAY_VERBS)
                    ),
                    None,
                )
                who = _unnamed(toks[start:v], text) if v is not None else None
                if who is None and v is not None:
                    # "A federal jury on Thursday ordered ...": the body before its circumstance.
                    p = next((x for x in range(start + 1, v) if toks[x].low in PREPOSITIONS), v)
                    tribunal = _classify(toks[start:p], text)
                    if tribunal is not None and (
                        tribunal.surface.split()[-1] in TRIBUNALS or tribunal.kind == "alias"
                    ):
                        who = tribunal  # (or "The hospital has refused, saying ...")
            if who is None or who.kind == "role":
                return None
            if who.kind == "alias" and not (set(_name_tokens(who.surface)) & ORG_HEADS):
                return None  # ("The hospital has refused, saying ...": the hospital named before.)
            if quoted:
                return _Frame(who, toks[k + 1].text, None)
            content = _content_after(toks, k + 2, "says", text)
            return _Frame(who, toks[k + 1].text, content) if content else None
    return None


class _Registry:
    """The article's speakers, linking each new mention to one seen before."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.speakers: list[_Speaker] = []
        self.last_person: tuple[_Speaker, int] | None = None
        # Where each speaker was last attributed, for "the senator" -> nearest senator.
        self.seen: dict[int, int] = {}
        self.seen_para: dict[int, int] = {}
        self.last_org: tuple[_Speaker, int] | None = None
        # End of the last sentence that yielded an attribution.
        self.last_attr_end = 0
        self.last_attr_kind = ""  # the kind of speaker attributed last
        # Who wrote each document the article cites ("report" -> the auditor's office).
        self.docs: dict[str, _Speaker] = {}
        self.last_doc: _Speaker | None = None
        # Unnamed sources attributed so far, with their paragraph, for "the person said".
        self.unnamed: list[tuple[_Speaker, int]] = []
        # Where each sentence starts, for "her campaign said" -> the sentence's subject.
        self.sentence_starts: list[int] = []
        # "f"/"m" for speakers whose gender the text shows ("spokeswoman", "she said"), so
        # that "she said" after a man's quote looks further back.
        self.gender: dict[int, str] = {}
        # End and paragraph of the last statement a document made ("The report found ...
        # It also found ...").
        self.doc_attr: tuple[int, int] = (-1, -1)
        # "its owner", "his wife" as written, by speaker, for the person the text names next.
        self.holders: dict[int, str] = {}

    def bind_doc(self, noun: str, sp: _Speaker) -> None:
        """Remember ``sp`` as the author of the article's ``noun`` ("the report")."""
        # "a poll conducted for X ... The survey also found": one document, two words for it.
        for word in ("poll", "survey") if noun in ("poll", "survey") else (noun,):
            self.docs[word] = sp
        self.last_doc = sp

    def _doc_author(self, noun: str, paragraph: int, at: int) -> _Speaker | None:
        """Who a document speaks for: its author named before ("a report by X", "X's report"),
        the author of the article's last document, else the organisation quoted last."""
        name = _DOC_MAKER
        starts = [x for x in self.sentence_starts if x <= at] or [0]
        # "the Pennrigg Courts Project, a liberal group, sent a letter ... '...,' the letter
        # says", "A coalition of more than 300 groups sent a letter": the letter just sent,
        # over one cited earlier in the story.
        sent = list(
            re.compile(
                rf"\b(?:({name})(?:,[^,.;\n]{{1,60}},)?"
                r"|(?:A|The)\s+((?:coalition|group)\s+of\s+[^,.;\n]{3,60}?))"
                rf"\s+(?:sent|signed|mailed)\s+"
                # ("sent commissioners a letter Monday": whom it went to first.)
                rf"(?:(?!(?:a|an|its|the)\s)[a-z]+\s+){{0,2}}(?:a|an|its|the)\s+"
                rf"(?:[\w\-]+\s+){{0,2}}{noun}\b"
            ).finditer(self.text, starts[max(0, len(starts) - 3)], starts[-1])
        )
        if sent and sent[-1].group(2):
            return self._get(sent[-1].group(2), "group")
        by = sent[-1].group(1) if sent else ""
        sender = _classify(_tokens(by, 0, len(by)), by) if by else None
        if sender is not None and sender.kind == "org":
            return self._get(sender.surface, "org")
        if noun in self.docs:
            return self.docs[noun]
        pats = [
            # "obtained by the Northern Health Report" names who has the document, not its author.
            rf"\b{noun}s?\b[^.;\n]{{0,80}}?(?<!obtained )(?<!seen )(?<!reviewed )\bby\s+"
            rf"(?:the\s+)?(?:independent\s+)?({name})",
            # "written by the Seattle law firm Ellesmoor Pendlebrock": the firm's name.
            rf"\b{noun}s?\b[^.;\n]{{0,80}}?\bby\s+(?:the\s+|an?\s+)?(?:[\w\-]+\s+){{0,3}}"
            rf"(?:firm|company|group|consultancy|nonprofit)\s+({name})",
            rf"({name})['’]s?\s+(?:[\w\-]+\s+){{0,2}}{noun}\b",
            # "a U.S. Justice Department review of the State Police. ..., the review found":
            # the maker's name before the document.
            rf"\b(?:[Aa]n?|[Tt]he)\s+((?:U\.S\.\s+)?{name})\s+(?:[a-z][\w\-]*\s+)?{noun}\b",
            # "House Majority Leader Gregory Satterthwaite, a Republican, weighed in with a
            # statement."
            rf"({name})(?:,[^,.;\n]{{1,60}},)?\s+(?:released|published|issued|commissioned|filed"
            rf"|put\s+out|weighed\s+in\s+with|responded\s+with)\s+(?:a|an|its|the)\s+"
            rf"(?:[\w\-]+\s+){{0,3}}{noun}\b",
            # "A group of opponents, Friends of Mallow Creek, sent a letter to the board".
            # (The name set off by commas or opening the sentence: not the end of a relative
            # clause, "Rep. Joan Ivatt, who chairs the X Subcommittee, sent a letter".)
            rf"(?:,\s+|(?:^|[.!?]\s+))({name}),?\s+(?:sent|signed|wrote|mailed)\s+"
            rf"(?:a|an|its|the)\s+(?:[\w\-]+\s+){{0,2}}{noun}\b",
        ]
        hits = []
        firms = set()
        paid: list[int] = []
        for x, pat in enumerate(pats):
            for m in re.finditer(pat, self.text[:at]):
                if x == 0 and re.search(
                    r"\b(?:commissioned|paid\s+for|sponsored)\s+by\s+(?:the\s+)?$",
                    self.text[m.start() : m.start(1)],
                ):
                    paid.append(m.start(1))
                hits.append((m.start(1), m.group(1)))
                if x == 1:
                    firms.add(m.group(1))  # named as a firm: a body, whatever it looks like
        # Authors in lower case, named after the last capitalised one: "a report released last
        # month by the city auditor. ..., the audit found" (an office named by its
        # description); "hours before state auditors released a report" (a group).
        lower_authors: list[tuple[str, Literal["org", "group"]]] = [
            (
                r"\b(?:report|audit|review|study|analysis)s?\b[^.;\n]{0,60}?\bby\s+the\s+"
                r"((?:city|county|state|federal)\s+(?:auditor|comptroller|controller|treasurer"
                r"|inspector\s+general|auditor\s+general))\b",
                "org",
            ),
            (
                r"\b((?:[a-z]+\s+)?(?:auditors|investigators|researchers|inspectors|analysts))\s+"
                rf"(?:released|published|issued|completed)\s+(?:a|an|its|their|the)\s+"
                rf"(?:[\w\-]+\s+){{0,3}}(?:{noun}|report|audit|study|review)\b",
                "group",
            ),
            # "a report released Tuesday by state auditors".
            (
                r"\b(?:report|audit|review|study|analysis)s?\b[^.;\n]{0,60}?\bby\s+(?:the\s+)?"
                r"((?:[a-z]+\s+)?(?:auditors|investigators|researchers|inspectors|analysts))\b",
                "group",
            ),
        ]
        for pattern, kind in lower_authors:
            found_lower = list(re.finditer(pattern, self.text[:at]))
            if found_lower and (not hits or found_lower[-1].start(1) > max(h[0] for h in hits)):
                return self._get(found_lower[-1].group(1), kind)
        # "A Ravelcroft Research poll of 420 voters, commissioned by YPR, found": the pollster
        # named just before wrote it, not who paid for it.
        hits = [
            h
            for h in hits
            if h[0] not in paid or not any(p0 < h[0] and p0 >= h[0] - 100 for p0, _ in hits)
        ]
        for _, found in sorted(hits, reverse=True):
            if _ACRONYM.fullmatch(found):
                full = self._spelled_out(found)
                if full is not None:
                    # "The GAO review" after "the Government Accountability Office".
                    return self._get(full, "org")
            toks = _tokens(found, 0, len(found))
            who = _classify(toks, found)
            if who is not None and who.kind in ("person", "org"):
                org = who.kind == "org" or found in firms
                sp = self._get(who.surface, "org" if org else "person")
                if who.title and who.title not in sp.titles:
                    sp.titles.append(who.title)
                return sp
        filer = self._filed_by(noun, paragraph, at)
        if filer is not None:
            return filer
        if noun == "ruling":
            # "A three-judge state court panel struck down the map. ... According to the
            # ruling": the bench that ruled, as the story describes it.
            bench = list(
                re.finditer(
                    # (Not "the ruling is among the broadest by a state court": one phrase.)
                    r"\b(?:[Aa]n?|[Tt]he)\s+((?:(?!(?:by|of|in|at|is|was|among|than|a|an|the)\s)"
                    r"[\w\-]+\s+){0,4}(?:judge|[Cc]ourt|panel|justices))\b",
                    self.text[:at],
                )
            )
            if bench:
                # The fullest description wins: "the court" later is the same bench, named short.
                named = max(reversed(bench), key=lambda mm: len(mm.group(1).split()))
                return self._get(named.group(1), "org")
        if noun in LEGAL_DOCS:
            # "A coalition of fishermen sued ... The lawsuit argues that ...": the plaintiff
            # quoted in this or the previous paragraph.
            recent = sorted(
                (sp for sp in self.speakers if id(sp) in self.seen and sp.kind != "person"),
                key=lambda sp: -self.seen[id(sp)],
            )
            if recent and paragraph - self.seen_para[id(recent[0])] <= 1:
                return recent[0]
            return None
        if self.last_doc is not None:
            return self.last_doc
        if self.last_org and paragraph - self.last_org[1] <= ALIAS_REACH:
            return self.last_org[0]
        return None

    def _sponsor_of(self, noun: str, at: int) -> _Speaker | None:
        """Who a self-speaking document is said to be by ("The resolution, sponsored by Rep.
        Angela Cheswick, says"), or None: its parties are not its authors."""
        found = list(
            re.finditer(
                rf"\b{noun}\b[^.;\n]{{0,60}}?\b(?:sponsored|written|drafted|introduced|filed"
                rf"|circulated|brought)\s+by\s+"
                # ("introduced by the colleague in the video, Rep. Angela Cheswick,".)
                rf"(?:the\s+(?:[a-z]+\s+){{0,5}}[a-z]+,\s+)?"
                rf"(?:the\s+)?((?:[A-Z][\w.]*\s+)*{_DOC_MAKER})",
                self.text[:at],
            )
        )
        if not found:
            return None
        name = found[-1].group(1)
        who = _classify(_tokens(name, 0, len(name)), name)
        if who is None or who.kind not in ("person", "org"):
            return None
        sp = self._get(who.surface, who.kind)
        if who.title and who.title not in sp.titles:
            sp.titles.append(who.title)
        return sp

    def _doc_source(self, noun: str, at: int) -> _Speaker:
        """Who "the study" speaks for when no author was named the usual ways: the one it was
        commissioned from ("a study the city commissioned from the Wrenquarry Transport
        Institute"), else the study as the story describes it ("a facilities study"), else
        the study itself."""
        before = self.text[:at]
        name = _DOC_MAKER
        source = list(
            re.finditer(
                rf"\b{noun}\b[^.;\n]{{0,60}}?\bcommissioned\b[^.;\n]{{0,30}}?\bfrom\s+"
                rf"(?:the\s+|an?\s+(?:[\w\-]+\s+){{0,3}}?(?:firm|company|group|consultancy"
                rf"|nonprofit),\s+)?({name})",
                before,
            )
        )
        if source:
            return self._get(source[-1].group(1), "org")
        described = list(
            re.finditer(rf"\b(?:[Aa]n?|[Tt]he)\s+((?:[a-z][a-z\-]+\s+){{1,2}}){noun}\b", before)
        )
        words = described[-1].group(1).split() if described else []
        while words and words[0] in STOPWORDS:
            words = words[1:]  # ("the same study", "an earlier report": no description)
        if words:
            # "An internal audit report ... according to the report": as described, and its
            # shorter names too ("audit report", "report").
            sp = self._get(f"{' '.join(words)} {noun}", "records")
            for alias in (f"{words[-1]} {noun}", noun):
                if alias != sp.name and alias not in sp.aliases:
                    sp.aliases.append(alias)
            return sp
        return self._get(noun, "records")

    def _filed_by(self, noun: str, paragraph: int, at: int) -> _Speaker | None:
        """Who filed, sued with or released the document: the subject of the last sentence
        that says so ("Hexley Freight sued the city ... The suit says", "The state comptroller
        released an audit ... The audit found")."""
        legal = "|".join(sorted(LEGAL_DOCS))
        if noun in LEGAL_DOCS:
            act = (
                rf"(?:filed|brought)\s+(?:a|an|its|the)\s+(?:[\w\-]+\s+){{0,3}}(?:{legal})\b|sued\b"
            )
        else:
            act = (
                rf"(?:released|published|issued|commissioned)\s+(?:a|an|its|the)\s+"
                rf"(?:[\w\-]+\s+){{0,3}}{noun}\b"
            )
        pat = re.compile(
            rf"(?:^|(?<=[.!?]\s)|(?<=\n))([A-Z][^.!?\n\"“”]{{0,80}}?)\s+(?:has\s+)?(?:{act})"
        )
        hits = list(pat.finditer(self.text, 0, at))
        if not hits:
            return None
        phrase = hits[-1].group(1)
        named = re.search(r",\s+((?:[A-Z][\w'’&\-]*\s+){0,4}[A-Z][\w'’&\-]*),?$", phrase)
        if named is not None and phrase[:1].isupper() and phrase.split()[0] in {"A", "An", "The"}:
            # "A government watchdog group, Campaign Integrity Project, filed": the name.
            phrase = named.group(1)
        toks = _tokens(phrase, 0, len(phrase))
        who = _unnamed(toks, phrase) or _classify(toks, phrase)
        if who is None or who.kind == "role":
            bare = toks[1:] if toks and toks[0].low in DETERMINERS else toks
            if not (1 <= len(bare) <= 4) or any(t.cap or t.low in STOPWORDS for t in bare):
                return None
            who = _Mention(_join(bare, phrase), "org")
        if who.kind not in ("person", "org", "alias", "anon", "group"):
            return None
        start = hits[-1].start(1)
        return self.resolve(who, paragraph, start + len(phrase))

    def _find_role(self, role: str, upto: int, introduced_only: bool = False) -> _Speaker | None:
        """The person "the spokesman" stands for: the nearest speaker with that role or title.

        ``introduced_only``: a noun that is no listed role ("the retiree") names only a
        person the text introduced by it."""
        abbr = ROLE_ABBREVIATIONS.get(role, role)
        fits = [
            sp
            for sp in self.speakers
            if sp.kind == "person"
            and any(
                re.search(
                    # (A "state Rep." is no congressman.)
                    rf"{_NOT_LESSER}{'(?<!state )' if role.startswith('congress') else ''}"
                    # ("the division's district engineer" is no division.)
                    rf"\b(?:{re.escape(role)}|{re.escape(abbr)})(?!['’]s\b)",
                    # ("a Republican who is running to replace the governor" is no governor.)
                    re.split(r"\b(?:who|which|whose)\b", _fold(x))[0],
                )
                for x in [*sp.titles, *sp.roles]
            )
        ]
        # "the congressman" is none of the women holding the title "Rep.".
        wrong = "f" if role in MALE_WORDS else "m" if role in FEMALE_WORDS else ""
        fits = [sp for sp in fits if not wrong or self._gender_of(sp) != wrong]
        introduced = self._introduced_as(role, upto)
        if fits:
            best = max(fits, key=lambda sp: self.seen.get(id(sp), -1))
            if introduced is None or self.seen.get(id(best), -1) >= introduced[0]:
                return best
        if introduced is not None:
            # "Ruth Okafor, a retired farmer, came ... '...,' the farmer said": the person the
            # text introduced with that description, when nearer than any speaker holding it.
            sp = self._get(introduced[1], "person")
            if role not in sp.roles and not re.fullmatch(r"\d+-year-old", role):
                sp.roles.append(role)
            return sp
        if introduced_only:
            return None
        # Named with the role earlier but not yet quoted: "Senator Ines Kolar criticised ...".
        # "Sheriff Gail Prescott", "the authority's chairman, Victor Hume".
        pat = re.compile(
            rf"{_NOT_LESSER}\b(?i:{re.escape(role)}|{re.escape(abbr)}),?\s+((?:[A-Z][\w'’\-]+\s+){{0,2}}"
            rf"[A-Z][\w'’\-]+)"
        )
        names = [m.group(1) for m in pat.finditer(self.text, 0, upto)]
        if not names:
            return None
        sp = self._get(names[-1], "person")
        if not sp.titles and not sp.roles:
            sp.titles.append(role.capitalize())
        return sp

    def _role_ever_named(self, role: str) -> bool:
        """Whether the text anywhere puts a name beside ``role`` ("the clerk, Ann Bell,",
        "Clerk Ann Bell", "Ann Bell, the county clerk")."""
        abbr = ROLE_ABBREVIATIONS.get(role, role)
        words = rf"(?i:{re.escape(role)}|{re.escape(abbr)})"
        return bool(
            re.search(rf"\b{words},?\s+{_NAME}", self.text)
            or re.search(
                rf"{_NAME},\s+(?:(?:the|a|an)\s+)?(?:[\w'’\-]+\s+){{0,3}}{words}\b", self.text
            )
        )

    def _org_speaking_next(self, at: int) -> _Speaker | None:
        """The organisation that opens one of the next sentences with "said"/"says"."""
        window = _QUOTED.sub(lambda mm: " " * len(mm.group()), self.text[at : at + 300])
        later = re.search(
            r"(?:^\s*|[.!?]\s+|\n)((?:(?:[A-Z][\w'’\-]+|&)\s+){0,4}[A-Z][\w'’\-]+)\s+(?:said|says)\b",
            window,
        )
        if later is None:
            return None
        name = " ".join(w for w in later.group(1).split() if _fold(w) not in CAP_STOP)
        later_org = _classify(_tokens(name, 0, len(name)), name) if name else None
        if later_org is not None and later_org.kind == "org":
            return self._get(later_org.surface, "org")
        return None

    def _person_introduced_as(self, noun: str, at: int) -> _Speaker | None:
        """The person last introduced by ``noun`` before ``at`` ("the developer, Silas
        Vandermeer," or "Silas Vandermeer, a developer,"), if their given name is known."""
        plain = self._prose_before(at)
        hits = [
            (mm.start(), mm.group(1))
            for mm in re.finditer(rf"\b{re.escape(noun)},\s+({_NAME}),", plain)
        ]
        introduced = self._introduced_as(noun, at)
        if introduced is not None:
            hits.append(introduced)
        for _, name in sorted(hits, reverse=True):
            title, words = _split_title(name.split())
            if len(words) >= 2 and _fold(words[0]) in FEMALE_NAMES | MALE_NAMES:
                return self._get(" ".join(words), "person")
        return None

    def _crowd_before(self, at: int) -> str | None:
        """The people the sentence before "Many said" or "Several said" is about ("Not every
        rider agreed", "Residents were not persuaded", "county clerks had spent ..."), or
        None."""
        starts = [x for x in self.sentence_starts if x < at]
        if not starts or "\n" in self.text[starts[-1] : at]:
            return None
        words = re.findall(r"[A-Za-z]+", _QUOTED.sub(" ", self.text[starts[-1] : at]))
        for x, raw in enumerate(words):
            word = raw.lower()
            mod = words[x - 1] if x else ""
            if mod in ("every", "each") and _person_noun(word) and not word.endswith("s"):
                return word + "s"
            if word.endswith("s") and word not in NOT_AGENTS and _person_noun(word):
                if mod.islower() and mod not in STOPWORDS and not _person_noun(mod):
                    return f"{mod} {word}"  # "county clerks"
                return word
        return None

    def _role_named_after(self, role: str, at: int) -> _Speaker | None:
        """A lede's "the state's governor announced" with nobody named yet: the person the
        next sentences name with that title ("Gov. Evander Sallinen-Crewe said")."""
        if any(sp.kind == "person" for sp in self.speakers) or not _role_like(role):
            return None
        abbr = ROLE_ABBREVIATIONS.get(role, role)
        end = at + 400
        while end < len(self.text) and (self.text[end].isalnum() or self.text[end] in "'’-"):
            end += 1  # never cut a name in two ("Rosalind Yearwoo")
        window = _QUOTED.sub(lambda mm: " " * len(mm.group()), self.text[at:end])
        found = re.search(
            rf"\b(?i:{re.escape(role)}|{re.escape(abbr.rstrip('.'))})\.?,?\s+({_NAME})", window
        )
        if found is None:
            return None
        title, words = _split_title(found.group(1).split())
        if len(words) < 2 or any(_fold(w) in ORG_HEADS for w in words):
            return None
        sp = self._get(" ".join(words), "person")
        said_as = found.group(0)[: found.start(1) - found.start()].strip(" ,")
        if said_as[:1].isupper():
            # "Gov. Evander Sallinen-Crewe": a title; "the minister, Hedda Sorlie": a role.
            if said_as not in sp.titles:
                sp.titles.append(said_as)
        elif role not in sp.roles:
            sp.roles.append(role)
        return sp

    def _introduced_as(self, role: str, upto: int) -> tuple[int, str] | None:
        """Where and as whom the text last introduced a person by ``role`` in an appositive
        ("Ruth Okafor, a retired farmer,", "Ruth Okafor, 72," for "the 72-year-old")."""
        plain = _QUOTED.sub(lambda mm: " " * len(mm.group()), self.text[:upto])
        age = re.fullmatch(r"(\d+)-year-old", role)
        if age:
            pats = [
                rf"({_NAME}),\s+{age.group(1)}\b",
                rf"\b{age.group(1)}-year-old\s+(?:[a-z]+\s+){{0,2}}({_NAME})",
            ]
        else:
            head = re.escape(role)
            pats = [
                rf"({_NAME}),\s+(?:\d+,\s+)?(?:a|an|the|[A-Z][\w'’\-]*['’]s)\s+"
                rf"(?:[\w\-]+\s+){{0,4}}?{head}\b(?!['’])",
                rf"({_NAME}),\s+who\s+(?:is|was|works\s+as|worked\s+as)\s+(?:a|an|the)\s+"
                rf"(?:[\w\-]+\s+){{0,3}}?{head}\b",
            ]
        return _last_named(pats, plain)

    def _recent_org(self, head: str, paragraph: int) -> _Speaker | None:
        """The organisation quoted most recently that "the company"/"the group" can name."""
        orgs = sorted(
            (sp for sp in self.speakers if sp.kind == "org" and id(sp) in self.seen),
            key=lambda sp: -self.seen[id(sp)],
        )
        if head not in GENERIC_ORGS:
            # "The union said": an organisation whose name has no head of another kind
            # ("Amalgamated Transit Workers Local 88", not "Lakeport Transit Authority").
            same = UNION_HEADS if head in UNION_HEADS else {head}
            orgs = [
                sp
                for sp in orgs
                if not (set(_name_tokens(sp.name)) & ORG_HEADS) - same and not sp.name.isupper()
            ]
            if head in UNION_HEADS:
                # ... and a union's name says what it is (not "Ellesmoor Pendlebrock", a firm).
                orgs = [sp for sp in orgs if set(_name_tokens(sp.name)) & UNION_NAME_WORDS]
            if head in _NAMED_KINDS:
                # "The board said": a board, not the parent group "Carrowbeck Reads First"
                # quoted since, whose name says nothing of what it is.
                orgs = [sp for sp in orgs if head in _name_tokens(sp.name)]
        if head == "agency":
            # "according to the agency": a public body, not the wildlands council or the
            # company quoted since.
            orgs = [sp for sp in orgs if (_name_tokens(sp.name) or [""])[-1] not in _NOT_AGENCIES]
        if head in {"campaign", "committee"}:
            # "The opposition campaign said": a campaign, a committee or a PAC ("Coloradans
            # for Housing Growth"), never the pollster quoted last.
            orgs = [
                sp
                for sp in orgs
                if re.search(
                    r"\b(?:campaign|for|pac|committee|action|victory|fund)\b", _fold(sp.name)
                )
            ]
        if head in {"company", "firm", "system"}:
            # A company is named by its brand ("Conway Energy"), not "... Medical Center" or
            # an agency's acronym ("FBI"), nor by people ("Federal investigators").
            orgs = [
                sp
                for sp in orgs
                if (
                    not (set(_name_tokens(sp.name)) & ORG_HEADS) - COMPANY_HEADS
                    and not sp.name.isupper()
                    # (Not "Centers for Disease Control and Prevention", an agency.)
                    and sp.name not in FEDERAL_ACRONYMS.values()
                    and (_name_tokens(sp.name) or [""])[-1] not in GROUP_NOUNS
                    and not any(h in _fold(sp.name) for h in SERVICE_HEADS)
                    # "Confectionery Workers Local 88" is a union, whatever its first word.
                    and not set(_name_tokens(sp.name)) & UNION_HEADS
                )
                or self._described_as_company(sp.name)
            ]
        if not orgs:
            return None
        if paragraph - self.seen_para.get(id(orgs[0]), -99) <= ALIAS_REACH or len(orgs) == 1:
            # The nearest one, or the only one that fits however far back it was quoted.
            return orgs[0]
        return None

    def _company_mentioned(self, at: int, after: int = -1) -> _Speaker | None:
        """ "The company said" when no organisation has spoken yet: the company named last
        before it, by a company's kind of name or as the text describes it. With ``after``
        (where the company quoted last spoke), only one named after that."""
        plain = self._prose_before(at)
        if after >= 0:
            plain = " " * after + plain[after:]
        known = {
            _name_tokens(o.name)[0]: o
            for o in self.speakers
            if o.kind == "org" and len(_name_tokens(o.name)) >= 2
        }
        # An organisation that speaks by the one word itself ("Parcelwise said") is that one.
        known |= {
            _name_tokens(o.name)[0]: o
            for o in self.speakers
            if o.kind == "org" and len(_name_tokens(o.name)) == 1
        }
        # "Brightwell's shares fell", "Hollowmere declined to say": the short form alone.
        short = [
            (mm.start(), known[_fold(mm.group(1) or mm.group(2))])
            for mm in re.finditer(
                r"\b([A-Z][\w\-]+)['’]s?\s|(?:^|(?<=[.!?]\s)|(?<=\n))([A-Z][\w\-]+)\s(?![A-Z])",
                plain,
            )
            if _fold(mm.group(1) or mm.group(2)) in known
        ]
        names = list(re.finditer(_ORG_NAME, plain))
        if after >= 0:
            # A company quoted before stays "the company" unless the text names another since:
            # by its short possessive form ("Brightwell's shares fell"), or by a company's
            # kind of name ("the boats' owner, Brekkvold Fisheries").
            for mm in reversed(names):
                if mm.start() < after or (short and short[-1][0] >= mm.start()):
                    break
                intro = re.search(
                    r"(\w+)['’]?s?,\s+(?:the\s+)?$", plain[max(0, mm.start() - 40) : mm.start()]
                )
                if not intro or _fold(intro.group(1)) not in COMPANY_NOUNS:
                    # "It competes with Halden Energy" names a company, but "the company"
                    # is still the one quoted; "the boats' owner, Brekkvold Fisheries" is new.
                    continue
                words = [re.sub(r"['’]s?$", "", w) for w in mm.group(1).split()]
                while words and _fold(words[0]) in CAP_STOP:
                    words = words[1:]
                if (
                    len(words) >= 2
                    and _fold(words[-1]) in COMPANY_HEADS
                    and not {_fold(w) for w in words} & PUBLIC_HEADS
                ):
                    return self._get(" ".join(words), "org")
            return short[-1][1] if short else None
        for mm in reversed(names):
            if short and short[-1][0] >= mm.start():
                # "Brightwell's shares fell. The company said": Brightwell Health, named so.
                return short[-1][1]
            employer = re.search(
                r",\s+(?:an?|the)\s+(?:[\w\-]+\s+){0,3}?(\w+)\s+(?:at|with)\s+$",
                plain[max(0, mm.start() - 60) : mm.start()],
            )
            if (
                employer
                and not employer.group(1).endswith("s")
                and _person_noun(employer.group(1).lower())
                # ("a partner at Lanternhill Aviation Advisors, a consulting firm": "the firm".)
                and not re.match(
                    rf",\s+(?:a|an|the)\s+(?:[\w\-]+\s+){{0,3}}(?:{'|'.join(sorted(COMPANY_NOUNS))})\b",
                    plain[mm.end() : mm.end() + 60],
                )
            ):
                # "an airline analyst at Trestlewood Capital": where a person works, not the
                # company the story is about.
                continue
            words = mm.group(1).split()
            while words and _fold(words[0]) in CAP_STOP:
                words = words[1:]
            words = [re.sub(r"['’]s?$", "", w) for w in words]
            if len(words) < 2:
                continue
            name = " ".join(words)
            last = _fold(words[-1])
            company = (
                last in COMPANY_HEADS or re.fullmatch(r"[a-z]{3,}(?:ics|tech|ware)", last)
            ) and not {_fold(w) for w in words} & (PUBLIC_HEADS | {"ministry", "court"})
            # ("California Department of Insurance" is an agency, not an insurer.)
            if company or self._described_as_company(name):
                return self._get(name, "org")
            based = re.fullmatch(r"(.+?) of [A-Z][\w\-]+", name)
            if (
                based
                and _fold(based.group(1).split()[-1]) in COMPANY_HEADS
                and " " in based.group(1)
            ):
                # "operated by Norley Marine Transport of Varnock": the company, not its town.
                return self._get(based.group(1), "org")
        if short:
            return short[-1][1]
        # "Brightquill, the maker of the popular Quillmap app,": a one-word company described.
        nouns = "|".join(sorted(COMPANY_NOUNS | {"company", "firm"}))
        described = [
            mm.group(1)
            for mm in re.finditer(
                rf"\b([A-Z][\w\-]+),\s+(?:the|a|an)\s+(?:[\w\-]+\s+){{0,3}}(?:{nouns})\b", plain
            )
            if _fold(mm.group(1)) not in CAP_STOP | FEMALE_NAMES | MALE_NAMES
            # (Not the last word of a longer name: "Department of Insurance, the ...".)
            and not re.search(r"(?:[A-Z][\w'’\-]*|of|and|for)\s+$", plain[: mm.start()])
        ]
        return self._get(described[-1], "org") if described else None

    def _ad_group(self, at: int) -> _Speaker | None:
        """ "The group says it will spend ..." right after the ads a named group ran."""
        sponsor = _ad_sponsor(self.text, at, possessive=False)
        return self._get(sponsor, "org") if sponsor else None

    def _speakers_body(self, at: int) -> _Speaker | None:
        """ "..., said Caroline Iacobucci, policy director of Feed Arkansas Forward, a coalition
        of food banks. The group says": the body the sentence before gives its speaker."""
        starts = [x for x in self.sentence_starts if x < at]
        if len(starts) < 2:
            return None
        before = self._prose_before(at)[starts[-2] : starts[-1]]
        m = _SPEAKERS_BODY.search(before)
        if m is None:
            return None
        words = m.group(1).split()
        described = m.group(2) is not None
        if len(words) < 2 or not (described or _fold(words[-1]) in ORG_HEADS):
            return None
        return self._get(" ".join(words), "org")

    def _but_it(self, at: int) -> _Mention | None:
        """ "The NTSB did not send a witness, but it said ...": the body that opens the
        sentence, which "it" after ", but" stands for."""
        starts = [x for x in self.sentence_starts if x < at]
        head = self.text[starts[-1] : at] if starts else ""
        if not re.search(r",\s+(?:but|and)\s+it\b", head):
            return None
        opener = re.match(
            r"(?:The\s+)?([A-Z][\w&'’.\-]*(?:\s+(?:(?:of|for|and)\s+)?[A-Z][\w&'’.\-]*)*)\s+"
            r"(?:did|does|declined|has|had|would|could|was|is|[a-z]+ed)\b",
            head,
        )
        if (
            opener is None
            or _fold(opener.group(1).split()[0]) in CAP_STOP | MALE_NAMES | FEMALE_NAMES
        ):
            return None
        words = _name_tokens(opener.group(1))
        if not (opener.group(1).isupper() or set(words) & ORG_HEADS):
            return None  # a body by its name or acronym, not a person
        return _Mention(opener.group(1), "org")

    def _opening_org(self, at: int) -> _Speaker | None:
        """The organisation that opens the sentence ``at`` is in, described or not ("The
        Maritime Heritage Forum, the nonprofit that ..., received ..., according to the
        group's tax filings"), or None."""
        starts = [x for x in self.sentence_starts if x < at]
        if not starts:
            return None
        m = re.match(
            rf"(?:The[ \t]+)?({_ORG_RUN})(?:,[^,.;\n]*,)?[ \t]+"
            r"(?:has|have|had|is|was|will|would|[a-z]+ed)\b",
            self.text[starts[-1] : at],
        )
        if m is None:
            return None
        words = m.group(1).split()
        if (
            len(words) < 2
            or _fold(words[0]) in MALE_NAMES | FEMALE_NAMES | TITLES | CAP_STOP
            or any(sp.kind == "person" and same_person(m.group(1), sp.name) for sp in self.speakers)
            # ("Varrick and Ysgarth had ignored parents ..., the group says": two people the
            # story names, the statement's subject, not the group.)
            or (
                " and " in m.group(1)
                and all(
                    any(
                        _fold(given.group(1)) not in CAP_STOP | ORG_HEADS
                        for given in re.finditer(
                            rf"\b([A-Z][a-z]+)\s+{re.escape(part)}\b(?!\s+[A-Z])",
                            self.text[: starts[-1]],
                        )
                    )
                    for part in m.group(1).split(" and ")
                )
            )
        ):
            return None
        return self._get(m.group(1), "org")

    def _subject_org(self, at: int, previous: bool = False) -> _Speaker | None:
        """ "Corbelline Mills will close its plant ..., the company said"; "The Tacoma Tide
        fired its coach ... '...,' the club said": the name that opens this sentence, else
        the one that opens the article's first sentence, when it is no person's.

        ``previous``: only the sentence before ("Saguaro Forward stood by the ad. '...,' the
        group said")."""
        starts = [x for x in self.sentence_starts if x < at]
        lede = next((x for x in self.sentence_starts if self.text[x : x + 1].strip()), None)
        order = ([starts[-1]] if starts else []) + ([lede] if lede is not None else [])
        if previous:
            order = [starts[-2]] if len(starts) >= 2 else []
        for start in order:
            head = self.text[start : start + 200]
            # "TACOMA, Wash. — ", "CHICAGO (TW) — ": a dateline opens with a word in capitals.
            dateline = re.match(r"[A-Z]{2,}\b[^\n—–]{0,50}?\s[—–-]{1,2}\s+", head)
            if dateline:
                head = head[dateline.end() :]
            verb = (
                r"(?!(?:of|and|for|to|on|the|in|at)\b)[a-z]+"
                if previous
                else r"(?:will|is|are|has|have|had|was|were|plans|would|[a-z]+ed)"
            )
            m = re.match(
                # ("The recall committee, Quennisby Parents for Accountability, collected ...":
                # the sentence before opens with a description, then the group's name.)
                (r"(?:The\s+(?:[a-z\-]+\s+){0,2}[a-z\-]+,\s+)?" if previous else "")
                + r"(?:The\s+)?([A-Z][\w'’&\-]+(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w'’&\-]+){1,4})"
                + (r",?" if previous else "")
                + rf"\s+{verb}\b",
                head,
            )
            if m is None:
                continue
            words = m.group(1).split()
            if words[0] == "The":
                # "The FBI said ...": the article, then a one-word name.
                words = words[1:]
                if len(words) < 2:
                    continue
            if (
                _fold(words[0]) in MALE_NAMES | FEMALE_NAMES | TITLES
                or any(_fold(w) in TITLES for w in words)
                or any(
                    sp.kind == "person" and same_person(m.group(1), sp.name) for sp in self.speakers
                )
                # "The Granton City Council voted": no company, and no team either.
                or (not previous and any(_fold(w) in ORG_HEADS - COMPANY_HEADS for w in words))
            ):
                return None
            return self._get(" ".join(words), "org")
        return None

    def _described_as_company(self, name: str) -> bool:
        """Whether the text calls ``name`` a company ("Aurelis Launch Services, the private
        company that built the rocket"), whatever its name ends with."""
        if any(sp.kind == "person" and _fold(sp.name) == _fold(name) for sp in self.speakers):
            return False  # "Tyler Allerdyce, a canning line operator," is a person
        nouns = "|".join(sorted(COMPANY_NOUNS))
        return bool(
            re.search(
                rf"\b{re.escape(name)},\s+(?:a|an|the|its)\s+(?:[\w\-]+\s+){{0,4}}?(?:{nouns})\b"
                # (Not "a filing with the X Department, the company said": a new subject.)
                r"(?!\s+(?:said|says|told|added|wrote|announced|has|had|is|was|will|disclosed"
                r"|reported|confirmed|denied|acknowledged|stated|noted|argued|warned|estimated)\b)",
                self.text,
            )
        )

    def _public_body(self, at: int) -> _Speaker | None:
        """The public body named last before ``at`` by its own kind of name, for "the agency"
        ("The Pellham Area Transit Authority paid ...")."""
        bodies = re.findall(
            r"((?:[A-Z][\w'’\-]+\s+(?:of\s+(?:the\s+)?)?){1,5}(?:Authority|Department"
            r"|Commission|Administration|Bureau|Board|Service))\b",
            self._prose_before(at),
        )
        names = [" ".join(w for w in b.split() if _fold(w) not in CAP_STOP) for b in bodies]
        names = [n for n in names if len(n.split()) >= 2]
        plain = self._prose_before(at)
        initials = list(re.finditer(rf"\b({'|'.join(FEDERAL_ACRONYMS)})\b", plain))
        if initials and (not names or initials[-1].start() > plain.rfind(names[-1])):
            # "The FDA itself has been cautious ... the agency has acknowledged": the federal
            # agency named last by its initials, spelled out with the initials as an alias.
            full = self._spelled_out(initials[-1].group(1)) or initials[-1].group(1)
            sp = self._get(full, "org")
            if initials[-1].group(1) not in sp.aliases:
                sp.aliases.append(initials[-1].group(1))
            return sp
        return self._get(names[-1], "org") if names else None

    def _find_org(self, alias: str, upto: int) -> _Speaker | None:
        """The organization "the agency" refers to: a known one, or one named before ``upto``."""
        head = _name_tokens(alias)[-1] if _name_tokens(alias) else ""
        # "The governor's office disputed that. ..., the office said": the office just named
        # by its owner, not another office quoted earlier ("the governor's budget office").
        para = self.text.rfind("\n\n", 0, upto) + 1
        owned = (
            list(
                re.finditer(
                    rf"\b[Tt]he\s+([a-z]+['’]s\s+{re.escape(head)})\b", self.text[para:upto]
                )
            )
            if head
            else []
        )
        same_head = [
            sp for sp in self.speakers if sp.kind == "org" and head in _name_tokens(sp.name)
        ]
        if (
            owned
            and same_head
            and not any(sp.name.lower() == owned[-1].group(1).lower() for sp in same_head)
            # (Not where a known one is named after it: "The mayor's campaign sees it
            # differently. ..., the Hinchliffe campaign said".)
            and not any(sp.name in self.text[para + owned[-1].end() : upto] for sp in same_head)
        ):
            return self._get(owned[-1].group(1), "org")
        # "the university" is "Eastmere State University" or the "University of X" before
        # the "American Association of University Professors" quoted since.
        kind_name = _KIND_NAMES.get(head)
        for whole_head in (True, False):
            for sp in reversed(self.speakers):
                words = _name_tokens(sp.name)
                if sp.kind == "org" and kind_name and re.search(kind_name, sp.name):
                    # "Glenmarrow Regional Medical Center ... The hospital said"; "the
                    # Vessmaran Institute of Art ... The museum said".
                    return sp
                if sp.kind != "org" or not head or head not in words:
                    continue
                if words[0] in _MEMBERS_BODIES or words[-1] in _MEMBERS_BODIES - {head}:
                    continue  # the "Kentucky Hospital Association" is no hospital
                if _fold(sp.name.split()[0]) in _SUPPORTER_BODIES and sp.name.split()[1:2] == [
                    "of"
                ]:
                    continue  # "Friends of the Ashfell County Library" is no library
                at = words.index(head)
                if not whole_head or at == len(words) - 1 or words[at + 1] == "of":
                    return sp
        # An organization named earlier in the text but not yet quoted.
        cap = head.capitalize()
        pat = re.compile(
            # ("Fraternal Order of Police Lodge 27": a lodge's or local's number is its name.)
            rf"((?:[A-Z][\w'’\-]*\s+(?:(?:of|and|for)\s+)?)+{cap}(?:\s+\d+\b)?\b"
            # ("Gelderbrook Bay Port Authority" for "the port": the body, not the place.)
            r"(?:\s+(?:Authority|Commission|Agency|Corporation|Company)\b)?"
            # ("Iowa Department of Health and Human Services": its whole name, "of" and all.)
            rf"(?:\s+of(?:\s+(?:and\s+)?(?!(?:{_TITLE_CAPS})\b)[A-Z]\w*)+)?"
            # ("Bureau of Prisons Director Colette Riesterer": the name ends at a title.)
            rf"|{cap}(?:\s+of(?:\s+(?!(?:{_TITLE_CAPS})\b)[A-Z]\w*)+))"
        )
        # "the Lakeport school district ... the district": up to two lower-case words between.
        low_pat = re.compile(
            rf"((?:[A-Z][\w'’\-]*\s+)+(?:(?!(?:{'|'.join(sorted(_LINKS))})\s)[a-z]+['’]?\s+){{0,2}})"
            rf"{re.escape(head)}\b"
        )
        # Names inside a quotation are the speaker's words ("Same pill. Same company."), not
        # the organisation the writer means.
        plain = _QUOTED.sub(lambda mm: " " * len(mm.group()), self.text[:upto])
        hits = [
            (m.start(), m.group(1))
            for m in pat.finditer(plain)
            # (Not the "Association of Art Museum Directors" for "the museum".)
            if _fold(m.group(1).split()[0]) not in _MEMBERS_BODIES
            and not re.match(
                r"\s+(?:Directors|Association|Federation|Alliance)\b", plain[m.end() :]
            )
        ]
        if head == "hospital" and not hits:
            # "the hospital" for "Dovecote Valley Medical Center".
            hpat = re.compile(r"((?:[A-Z][\w'’\-]*\s+)+(?:Medical\s+Center|Hospital|Clinic))\b")
            hits = [(m.start(), m.group(1)) for m in hpat.finditer(plain)][-1:]
        if head in UNION_HEADS and not hits:
            # "the union" for "the Presque Harbor Education Association" or "... Local 31".
            unions = "|".join(
                sorted({w.capitalize() for w in UNION_HEADS} | {"Workers", "Teamsters"})
            )
            members = "Nurses|Teachers|Educators|Employees|Officers|Firefighters"
            upat = re.compile(
                rf"((?:[A-Z][\w'’\-]*\s+(?:(?:of|and|for)\s+)?)+(?:{unions})"
                r"(?:\s+United)?(?:\s+\d+)?"  # "Retail Pharmacy Workers United"
                # "United Registered Nurses of Connecticut": its members, then where.
                rf"|(?:[A-Z][\w'’\-]*\s+)+(?:{members})(?:\s+of(?:\s+[A-Z][\w'’\-]*){{1,3}})?"
                r"(?![\w'’\-]|\s+[A-Z]))"  # (Not "Ohio Nurses" of "Ohio Nurses Collective".)
            )
            hits = [(m.start(), m.group(1)) for m in upat.finditer(plain)][-1:]
        # "the Trump campaign ... The campaign said": a lower-case head after a name; but
        # "Hatchard's production company, Liberty Signal Media," is named right after.
        named_after = re.compile(
            r",\s+(?:the\s+)?((?:[A-Z][\w'’&\-]*\s+){1,4}[A-Z][\w'’&\-]*)\s*[,.]"
        )
        # "A local campaign group, Friends of Tolworth Fields, has started": the name given
        # right after a description with that head.
        described = re.compile(
            rf"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[a-z][\w\-]*['’]?\s+){{0,3}}{re.escape(head)},"
            rf"\s+((?:[A-Z][\w'’&\-]*\s+(?:(?:of|for|and|the|to)\s+)*){{1,5}}[A-Z][\w'’&\-]*)\s*[,.]"
        )
        hits += [(m.start(), m.group(1)) for m in described.finditer(plain)]
        called = re.compile(
            rf"\b{re.escape(head)}\s+(?:called|named|known\s+as)\s+"
            r"((?:[A-Z][\w'’&\-]*\s+(?:(?:of|for|and|the|to)\s+)*){0,5}[A-Z][\w'’&\-]*)"
        )
        hits += [
            (m.start(), m.group(1))
            for m in called.finditer(plain)
            # (Not "The board named Assistant Superintendent Philomena Aldtree acting ...".)
            if _fold(m.group(1).split()[0]).rstrip(".") not in TITLES | TITLE_MODIFIERS
        ]
        if head in {"group", "coalition", "organization", "organisation", "campaign", "committee"}:
            # "Opponents have organized under the name Friends of Mossglen Creek".
            named_as = re.compile(
                r"\bunder\s+the\s+name\s+((?:[A-Z][\w'’&\-]*\s+(?:(?:of|for|and|the|to)\s+)*){0,5}"
                r"[A-Z][\w'’&\-]*)"
            )
            hits += [(m.start(), m.group(1)) for m in named_as.finditer(plain)]
        proper = bool(hits)
        for m in low_pat.finditer(plain):
            given = named_after.match(plain, m.end())
            if given is None and proper:
                # "a Missouri credit union ... the Osgarth Valley Federal Credit Union": the
                # name, not the description.
                continue
            hits.append((m.start(), given.group(1) if given else m.group(0)))
        for _, found in sorted(hits):
            words = found.split()
            # Drop a sentence-initial "The" caught by the capitalised run (and what ran into
            # it across a quotation blanked out: 'Amundsley "..." The committee').
            stop = max(
                (x for x, w in enumerate(words) if _fold(w) in CAP_STOP and w[:1].isupper()),
                default=-1,
            )
            words = words[stop + 1 :]
            if len(words) >= 2 and words[0][:1].isupper():
                return self._get(" ".join(words), "org")
        return None

    def _org_name(self, name: str) -> str:
        """An organisation's name as the text gives it in full: no possessive ("the Federal
        Trade Commission's website"), "Co." with its period, and a short form completed."""
        # ("the committee's majority staff, which was obtained by ...": the relative's start.)
        name = re.sub(r",\s+(?:which|who|that)\b.*$", "", name)
        name = re.sub(r"['’]s?$", "", name)
        name = re.sub(r"(['’]s) own ", r"\1 ", name)  # "the Legislature's own research office"
        name = re.sub(r"^[A-Z][\w.]*-based\s+(?=[A-Z])", "", name)  # "the Mobile-based X Group"
        # "a report prepared by the X Board of Elections for the commission": whom it was for
        # is no part of the maker's name.
        name = re.sub(r"\s+(?:for|to|with)\s+(?:the|its|their)\s+[a-z][\w\-]*$", "", name)
        client = re.fullmatch(r"(.+ ([A-Z][\w\-]*)) for the [A-Z][\w\-]*", name)
        if client and _fold(client.group(2)) in COMPANY_HEADS and " " in client.group(1):
            name = client.group(1)  # "Coteau Research for the Courier": the pollster
        described = re.fullmatch(
            r"(?:[a-z][\w\-]*\s+){1,3}(?:union|group|coalition|firm|company|nonprofit|pac"
            r"|organization|organisation)\s+([A-Z][\w'’&\-]*(?:\s+[A-Z][\w'’&\-]*)*)",
            name,
        )
        if described is not None:
            name = described.group(1)  # "The rail union SMART-TD backs": the union by its name
        # (Only a parent body's initials or the White House: "Inlandboatmen's Union of the
        # Pacific" and "Dalmarra's Ministry of Agriculture" hold the possessive in the name.)
        owned = re.fullmatch(r"(?:[A-Z]{2,}|White House)['’]s\s+([A-Z].*)", name)
        if (
            owned is not None
            and len(owned.group(1).split()) >= 3
            and set(_name_tokens(owned.group(1))) & ORG_HEADS
        ):
            # "The White House's Office of Management and Budget said": the office, by its
            # own name.
            name = owned.group(1)
        named_first = re.fullmatch(
            r"([A-Z][\w'’&\-]*(?:\s+[A-Z][\w'’&\-]*)*)\s+(?:(?:trade|advocacy|industry|business"
            r"|civic|parent|parents|environmental|conservation|watchdog|activist|neighborhood)\s+)?"
            r"(?:group|coalition|organization|organisation)",
            name,
        )
        if named_first is not None and _fold(named_first.group(1).split()[0]) not in CAP_STOP:
            # "The Nebraska Cattlemen trade group said", "the Save Kirkendale High group": the
            # body by its name, the description after it no part of it.
            name = named_first.group(1)
        if re.search(r"\b(?:Co|Inc|Corp|Ltd)$", name) and f"{name}." in self.text:
            name += "."  # "Gorringe Appliance Co." keeps its period
        if len(name.split()) == 1 and _fold(name) in OUTLET_WORDS:
            # "The Sentinel's editorial board" after "the Bayou Crescent Sentinel": the paper's
            # full name.
            outlet = re.search(rf"\b((?:[A-Z][\w'’\-]+\s+){{1,3}}){re.escape(name)}\b", self.text)
            if outlet is not None and outlet.group(1).split()[0] not in {"The", "A", "An"}:
                name = f"{outlet.group(1)}{name}"
            elif outlet is not None and len(outlet.group(1).split()) >= 2:
                name = f"{' '.join(outlet.group(1).split()[1:])} {name}"
        for _ in range(3):
            if len(name.split()) < 2 or not name[:1].isupper():
                break
            # "the Weather Service said" after "the National Weather Service", "the Board of
            # Elections" after "the Kellbridge County Board of Elections": the full name.
            fuller = re.search(rf"\b([A-Z][\w'’\-]+)[ \t]+{re.escape(name)}\b", self.text)
            if (
                fuller is not None
                and _fold(fuller.group(1)) not in CAP_STOP | TITLES | DETERMINERS
                and not fuller.group(1).endswith("s")  # "Customers Hollowmere Energy": a headline
                and not fuller.group(1).endswith("-based")  # "the Mobile-based X Group"
                # (a sentence's first word may be anything capitalised, not part of a name)
                and not re.search(
                    r"(?:^|[.!?]\s+|\n)$", self.text[max(0, fuller.start() - 4) : fuller.start()]
                )
            ):
                name = f"{fuller.group(1)} {name}"
            else:
                break
        return name

    def _get(
        self, name: str, kind: Literal["person", "org", "group", "unnamed", "records"]
    ) -> _Speaker:
        """The speaker called ``name``, created on first mention."""
        also = ""
        if kind == "org":
            name = self._org_name(name)
            plain = re.fullmatch(r"((?:[A-Z][\w'’\-]*\s+){2,}([A-Z][\w'’\-]*))\s+department", name)
            if plain is not None and _fold(plain.group(2)) not in BARE_ORGS | {
                "township",
                "parish",
                "borough",
            }:
                # "The Linn County Public Health department": its name is capitalised; the
                # writer's word for what it is stays an alias.
                name, also = plain.group(1).strip(), name
            system = re.fullmatch(r"((?:[A-Z][\w'’\-]*\s+){2,}[A-Z][\w'’\-]*)\s+system", name)
            if system is not None and not also:
                also = system.group(1)  # "the Ostmere County Public Library system": the library
            owned = re.fullmatch(r"[a-z]+['’]s ((?:[a-z]+ )+[a-z]+)", name)
            if owned is not None and not also:
                also = owned.group(1)  # "the district's review committee": "review committee"
            unit = re.fullmatch(
                r"((?:U\.S\.\s+)?[A-Z][\w\-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w\-]*)+)['’]s?"
                r"\s+(?:[a-z][\w\-]*\s+){0,3}(?:unit|division|office|bureau|program|staff|team)",
                name,
            )
            if unit is not None and not also and set(_name_tokens(unit.group(1))) & ORG_HEADS:
                # "the Arizona Department of Corrections' jail oversight unit": the department,
                # as writers also name the source.
                also = unit.group(1)
            within = re.fullmatch(
                r"((?:[A-Z][\w\-]+ )+(?:Division|Office|Bureau|Unit|Center|Centre|Institute))"
                r" of the [A-Z].*",
                name,
            )
            if within is not None and not also:
                # "the Program Evaluation Division of the General Assembly": the division, by
                # its own name too.
                also = within.group(1)
            office = re.fullmatch(r"((?:[a-z]+ ){0,2}[a-z]+)['’]s office", name)
            holders = [
                sp
                for sp in self.speakers
                if office is not None
                and sp.kind == "org"
                and re.search(rf"\b{re.escape(office.group(1))}\b", _fold(sp.name))
                and sp.name[:1].isupper()
            ]
            if office is not None and len(holders) == 1:
                # "The registrar's office said" after "the Washoe County Registrar of Voters":
                # the office named before.
                owner = holders[0].name + ("'" if holders[0].name.endswith("s") else "'s")
                for alias in (name, f"{owner} office"):
                    if alias not in holders[0].aliases:
                        holders[0].aliases.append(alias)
                return holders[0]
        if kind == "group":
            bare = re.fullmatch(r"(?i:most|many|all|few)\s+(.+)", name)
            if bare is not None:
                also = bare.group(1)  # "Most Wall Street analysts" are also "Wall Street analysts"
        if kind == "person":
            # "Gov. Marcus Oxenholme's budget": the person, not the possessive.
            name = re.sub(r"['’]s?$", "", name)
        for sp in self.speakers:
            if sp.kind == kind and (
                _fold(sp.name) == _fold(name)
                # Two full names one letter apart ("Anna Berg", "Anna Borg") are two people.
                or (kind == "person" and same_person(name, sp.name, fuzzy=False))
            ):
                if len(_name_tokens(name)) > len(_name_tokens(sp.name)):
                    # A fuller form replaces a surname-only first mention.
                    sp.aliases.append(sp.name)
                    sp.name = name
                elif name != sp.name and name not in sp.aliases:
                    sp.aliases.append(name)
                if also and also not in sp.aliases:
                    sp.aliases.append(also)
                return sp
        if kind == "org" and len(name.split()) >= 2:
            # "Tenbury Marine said" after "Tenbury Marine Transport": the full name, with the
            # short one as an alias (a company's last word only, never "... and ...").
            longer = re.search(
                rf"\b{re.escape(name)}\s+([A-Z][\w'’\-]+)\b(?!\s+(?:and|&)\s)", self.text
            )
            if longer is not None and _fold(longer.group(1)) in COMPANY_HEADS:
                full = f"{name} {longer.group(1)}"
                for other in self.speakers:
                    if other.kind == "org" and _fold(other.name) == _fold(full):
                        if name not in other.aliases:
                            other.aliases.append(name)
                        return other
                sp = _Speaker(full, kind, aliases=[name])
                self.speakers.append(sp)
                return sp
        sp = _Speaker(name, kind, aliases=[also] if also else [])
        self.speakers.append(sp)
        return sp

    def _person_by_token(self, token: str, upto: int) -> _Speaker | None:
        """The person a lone surname (or a misspelling of it) refers to, if any."""
        first = self._first_bearer(token, upto)
        if first is not None:
            return first
        persons = [sp for sp in self.speakers if sp.kind == "person"]
        hit = resolve_speaker(token, [sp.name for sp in reversed(persons)])
        if hit:
            return next(sp for sp in persons if sp.name == hit)
        # Named in full earlier in a sentence without a quote.
        pat = re.compile(rf"\b((?:[A-Z][\w'’\-]+[ \t]+){{1,3}}{re.escape(token)})(?![\w\-])")
        for m in pat.finditer(self.text, 0, upto):
            title, name = _split_title(m.group(1).split())
            name = _without_owner(name)
            if any(_fold(w) in ORG_HEADS | GROUP_HEADS | LETTER_NOUNS | RECORD_NOUNS for w in name):
                continue  # "Notices Quillfeather filed": a document, then its writer
            if len(name) >= 2:
                sp = self._get(" ".join(name), "person")
                if title and title not in sp.titles:
                    sp.titles.append(title)
                return sp
        # A given name alone ("Marisol said") for the one person named in full with it.
        given = re.compile(rf"\b{re.escape(token)}[ \t]+((?:[A-Z][\w'’\-]+[ \t]+)?[A-Z][\w'’\-]+)")
        fulls = {
            f"{token} {m.group(1)}"
            for m in given.finditer(_QUOTED.sub(" ", self.text[:upto]))
            if not any(_fold(w) in ORG_HEADS | GROUP_HEADS | CAP_STOP for w in m.group(1).split())
        }
        if len(fulls) == 1 and _fold(token) in FEMALE_NAMES | MALE_NAMES:
            return self._get(fulls.pop(), "person")
        return None

    def _first_bearer(self, token: str, upto: int) -> _Speaker | None:
        """The person a bare surname shared by two people named before ``upto`` stands for:
        the one named first, as news copy names a relative in full ("his daughter, Annelise
        Thorne-Ambler") and keeps the bare surname for its main subject."""
        # ("Pommerance" is not "Terrence Pommerance-Watts".)
        pat = re.compile(rf"\b((?:[A-Z][\w'’\-]+[ \t]+){{1,2}}){re.escape(token)}(?![\w\-])")
        names: list[str] = []
        for m in pat.finditer(self.text, 0, upto):
            title, name = _split_title([*m.group(1).split(), token])
            name = [
                w
                for x, w in enumerate(name)
                if _fold(w) not in CAP_STOP or x == 0 and _given_month(name)
            ]
            name = _without_owner(name)
            if len(name) < 2 or any(_fold(w) in ORG_HEADS | GROUP_HEADS for w in name):
                continue
            full = " ".join(name)
            if not any(same_person(full, n, fuzzy=False) for n in names):
                names.append(full)
        if len(names) < 2:
            return None
        sp = self._get(names[0], "person")
        return sp

    def _named_in_full(self, token: str, upto: int) -> _Speaker | None:
        """The person a bare surname stands for when the text named only one person in full
        with it before ``upto`` ("Wake County voter Thomas Unthank ... Unthank is")."""
        shared = self._first_bearer(token, upto)
        if shared is not None:
            return shared
        m = re.search(rf"\b([A-Z][a-z]+)[ \t]+{re.escape(token)}(?![\w\-])", self.text[:upto])
        if m is None or _fold(m.group(1)) not in FEMALE_NAMES | MALE_NAMES:
            return None
        return self._get(f"{m.group(1)} {token}", "person")

    def _answerer(self, at: int, want: str) -> _Speaker | None:
        """ "X accused Hethham of ... She answered that ...": the one accused answers.

        Only for a reply verb right after the pronoun, and a speaker already known by the
        name the sentence before puts after "accused", "criticized", "pressed" and the like.
        """
        if not re.match(
            r"(?:[Hh]e|[Ss]he)\s+(?:answered|responded|replied|retorted|countered|shot\s+back)\b",
            self.text[at : at + 30],
        ):
            return None
        opening = max((x for x in self.sentence_starts if x <= at), default=0)
        before = max((x for x in self.sentence_starts if x < opening), default=0)
        hit = re.search(
            r"\b(?:accused|criticized|criticised|attacked|challenged|pressed|questioned|blamed)"
            r"\s+((?:[A-Z][a-z][\w'’\-]*\s+){0,2}[A-Z][a-z][\w'’\-]*)",
            _QUOTED.sub(lambda mm: " " * len(mm.group()), self.text[before:opening]),
        )
        if hit is None:
            return None
        name = re.sub(r"['’]s?$", "", hit.group(1))
        for sp in self.speakers:
            if (
                sp.kind == "person"
                and same_person(name, sp.name, fuzzy=False)
                and self._gender_of(sp) in ("", want)
            ):
                return sp
        return None

    def _mentioned_after(self, start: int, at: int, want: str = "") -> _Speaker | None:
        """The last person named between ``start`` and ``at`` (quotes ignored), for "she said".

        A person known to be of the other gender than ``want`` ("f"/"m") is passed over:
        "he" after "Whitcombe's criticism" is not Whitcombe when she is a "she".

        Counts a title or role before a name ("Rep. Harriet Blaine"), a name before an
        appositive ("Walt Jessup, 62,"), a name opening a clause with its verb ("Todd
        Bickerstaff read"), and the surname of a speaker already known ("Vaill has").
        """
        region = _QUOTED.sub(lambda m: " " * len(m.group()), self.text[start:at])
        if region[:1] == " ":
            # The region starts after a sentence's period: its next sentence opens here.
            region = "\n" + region[1:]
        # "Asked by Morrow who she meant, she said": the questioner is not the speaker.
        region = re.sub(
            r"\b(?:[Aa]sked|[Pp]ressed|[Qq]uestioned|[Cc]hallenged)\s+by\s+[^,]*",
            lambda m: " " * len(m.group()),
            region,
        )
        hits: list[tuple[int, list[str]]] = []
        for m in _TITLED_NAME.finditer(region):
            hits.append((m.end(), m.group(1).split()))
        for m in _NAME_APPOSITIVE.finditer(region):
            if re.search(
                r"(?:\b(?:at|in|from|near)|[A-Z][\w'’\-]+\s+of)\s+$", region[: m.start(1)]
            ):
                # "a fifth-grader at Sporringdale Elementary, who", "Sen. Miriam Ostlemarren
                # of Quarlington Falls, whose husband": a place.
                continue
            if _fold(m.group(1).split()[-1]) in _GEO_HEADS:
                continue  # "along the lower Colorado River, a plan she said": a river
            hits.append((m.end(1), m.group(1).split()))
        for m in _NAME_VERB.finditer(region):
            hits.append((m.end(1), m.group(1).split()))
        for m in _SURNAME_COMMA.finditer(region):
            # "Urquhart, campaigning in Erie, did not back away.": a surname opening the
            # sentence before its participle clause (a person only if the text names one so).
            if _fold(m.group(1)) not in CAP_STOP:
                hits.append((m.end(1), [m.group(1)]))
        for m in _ROLE_APPOSITIVE.finditer(region):
            # "Abernathy's mother, Loretta Abernathy, spoke ...": a name set off after a role.
            hits.append((m.end(1), m.group(1).split()))
        for m in _NAME_CLAUSE.finditer(region):
            g = 1 if m.group(1) else 2
            hits.append((m.end(g), m.group(g).split()))
        for m in _CAME_FROM.finditer(region):
            hits.append((m.end(1), m.group(1).split()))
        for sp in self.speakers:
            if sp.kind != "person":
                continue
            last = sp.name.split()[-1]
            for m in re.finditer(rf"\b{re.escape(last)}\b", region):
                # A surname two people share stands for the one named first.
                bearer = self._first_bearer(last, start + m.start())
                hits.append((m.end(), (bearer or sp).name.split()))
        for m in re.finditer(r"(?:^|[.!?]\s+|\n)([A-Z][a-z]+)\s+(?:is|was|has|had)\b", region):
            # "Unthank is a retired schoolteacher ... He said": a surname opening a sentence,
            # of a person the text named in full before, though not yet quoted.
            bearer = self._named_in_full(m.group(1), start + m.start(1))
            if bearer is not None:
                hits.append((m.end(1), bearer.name.split()))
        # In the last sentence that names anyone, its subject comes first ("Marsh, who sat at
        # the defense table, did not react as Wendover testified. He has said ...").
        bounds = [0] + [m.end() for m in _SENTENCE_END.finditer(region)]
        if hits:
            last_sent = max(b for b in bounds if b <= max(h[0] for h in hits) - 1)

            def subject_first(h: tuple[int, list[str]]) -> tuple[int, int]:
                # The sentence opens with the name (after any title): its subject.
                if region[h[0] : h[0] + 2] in ("'s", "’s"):
                    return (0, h[0])  # "Claypool's chief of staff, Gordon Jakeman,": the owner
                lead = region[last_sent : h[0]].split() if h[0] > last_sent else []
                fronted = next((x for x, w in enumerate(lead) if w.endswith(",")), None)
                if (
                    fronted is not None
                    and fronted + 1 < len(lead)
                    and _fold(lead[0]) in PREPOSITIONS | {"back", "out", "down", "up", "outside"}
                ):
                    # "Back on County Road 400 North, Ingleheart has a yard sign for Ansgarde.
                    # She says": a fronted place or time, then the subject.
                    lead = lead[fronted + 1 :]
                while lead and (_fold(lead[0]) in CAP_STOP or _fold(lead[0]).rstrip(".") in TITLES):
                    lead = lead[1:]
                at_start = bool(lead) and len(lead) <= len(h[1]) and lead == h[1][-len(lead) :]
                return (1 if at_start else 0, h[0])

            hits.sort(key=subject_first, reverse=True)
        for _, words in hits:
            title, name = _split_title(words)
            if not name or any(_fold(w) in ORG_HEADS for w in name):
                continue
            if len(name) == 1:
                one = self._person_by_token(name[0], start + len(region))
                if one is not None and (not want or self._gender_of(one) in ("", want)):
                    return one
                continue
            full = self._get(" ".join(name), "person")
            if want and self._gender_of(full) not in ("", want):
                continue
            if title and title not in full.titles:
                full.titles.append(title)
            return full
        return None

    def _party_member(self, role: str, upto: int) -> _Speaker | None:
        """The person "the Maryland Democrat" stands for: the last one introduced before
        ``upto`` as that state's Democrat ("Rep. Ann Lee, D-Md.,", "Ann Lee, a Maryland
        Democrat,", "Maryland Democratic Rep. Ann Lee")."""
        state, party = _fold(role).rsplit(" ", 1)
        abbr = "|".join(re.escape(a) for a in STATE_ABBREVIATIONS[state])
        named = rf"(?i:{re.escape(state)})\s+(?i:{party}(?:ic)?)"
        plain = self._prose_before(upto)
        pats = [
            rf"({_NAME}),?\s+\(?{party[0].upper()}-(?:{abbr})(?![\w.])",
            rf"({_NAME}),\s+(?:a|the)\s+(?:[\w\-]+\s+){{0,2}}?{named}\b",
            rf"{named}\s+(?:[A-Z][a-z]{{1,5}}\.\s+)?({_NAME})",
        ]
        last = _last_named(pats, plain)
        if last is None:
            return None
        sp = self._get(last[1], "person")
        if role not in sp.roles:
            sp.roles.append(role)
        return sp

    def _prose_before(self, at: int) -> str:
        """The text before ``at`` with quotations blanked out, offsets kept."""
        return _QUOTED.sub(lambda mm: " " * len(mm.group()), self.text[:at])

    def _run_by(self, at: int) -> _Speaker | None:
        """ "The camp is run by the Ponderosa Ridge YMCA. The organization said": the body the
        sentence before says runs what the story is about."""
        m = re.search(
            rf"\b(?:run|operated|owned|managed|organized|organised|sponsored)[ \t]+by[ \t]+"
            rf"(?:the[ \t]+)?({_ORG_RUN})",
            self._sentence_before(at),
        )
        if m is None or len(m.group(1).split()) < 2 or _fold(m.group(1).split()[0]) in CAP_STOP:
            return None
        if not set(_name_tokens(m.group(1))) & ORG_HEADS and not re.search(
            r"\b[A-Z]{2,}\b", m.group(1)
        ):
            return None  # ("run by Dana Pike": a person)
        return self._get(m.group(1), "org")

    def _place_named(self, noun: str, at: int, *, opener: bool = False) -> _Speaker | None:
        """The city, town or village "the <noun>" stands for: the one "the <noun> of X" names
        ("The city of Coyote Bend"); with ``opener``, the place whose own thing the sentence
        before opens with ("Flagstaff's bag ban took effect in 2024"); else the place whose
        mayor the story named ("Mayor Cressida Fenwoolde of Heskethby Springs")."""
        plain = self._prose_before(at)
        places = re.findall(
            rf"\b(?i:{noun})[ \t]+of[ \t]+((?:[A-Z][a-z]+[ \t]+){{0,2}}[A-Z][a-z]+)\b", plain
        )
        lead = (
            re.match(
                r"\s*([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)['’]s[ \t]+[a-z]", self._sentence_before(at)
            )
            if opener
            else None
        )
        if (
            not places
            and lead is not None
            and _fold(lead.group(1).split()[0]) not in CAP_STOP
            and not any(
                sp.kind == "person" and lead.group(1).split()[-1] in sp.name.split()
                for sp in self.speakers
            )
        ):
            places = [lead.group(1)]
        if not places:
            places = re.findall(
                r"\bMayor[ \t]+(?:[A-Z][\w'’\-.]*[ \t]+){1,3}of[ \t]+"
                r"((?:[A-Z][a-z]+[ \t]+)?[A-Z][a-z]+)\b",
                plain,
            )
        return self._get(places[-1], "org") if places else None

    def _sentence_before(self, at: int) -> str:
        """The sentence before the one ``at`` is in ("" for the first)."""
        starts = [x for x in self.sentence_starts if x < at]
        return self.text[starts[-2] : starts[-1]] if len(starts) >= 2 else ""

    def _opening_person(self, at: int) -> _Speaker | None:
        """The person whose full name opens the sentence before ``at``, if any."""
        lead = re.match(
            rf"\s*({_NAME})\s+(has|had|was|is|does|did|will|would|[a-z]+ed|[a-z]{{3,}}s)\b",
            self._sentence_before(at),
        )
        if lead is None:
            return None
        words = lead.group(1).split()
        if (
            _fold(words[0]) in CAP_STOP | TITLES
            or any(_fold(w) in ORG_HEADS | US_STATES | {"new", "north", "south"} for w in words)
            # ("New Jersey lawmakers voted": a group, not a person's verb.)
            or _person_noun(lead.group(2))
            or lead.group(2) in GROUP_NOUNS
        ):
            return None
        return self._get(lead.group(1), "person")

    def _named_before(self, at: int) -> _Speaker | None:
        """Fallback antecedent for "she said" with nobody quoted yet: the last full name."""
        start = self.text.rfind("\n", 0, max(self.text.rfind("\n", 0, at), 0)) + 1
        pat = re.compile(r"\b([A-Z][a-z][\w'’\-]*(?:\s+[A-Z][a-z][\w'’\-]*){1,2})\b")
        names = []
        for mm in pat.finditer(self.text, start, at):
            words = mm.group(1).split()
            while words and (_fold(words[0]) in CAP_STOP or _fold(words[0]) in TITLES):
                words = words[1:]
            if len(words) >= 2 and not any(_fold(w) in ORG_HEADS for w in words):
                names.append(" ".join(words))
        return self._get(names[-1], "person") if names else None

    def _named_later(self, m: _Mention, at: int) -> _Speaker | None:
        """The name a source described first is given soon after ("," said a captain ...
        The captain, Gus Ramberg, said")."""
        if m.surface.split()[0] not in SINGULAR_DETS:
            return None
        name = r"((?:[A-Z][\w'’.\-]+\s+){1,2}[A-Z][\w'’\-]+)"
        pats = [
            rf"\b[Tt]he\s+(?:[\w\-]+\s+){{0,2}}{re.escape(m.role)},\s+{name},",
            # "She later gave her name as Leticia Gomes."
            r"\b(?:gave\s+(?:her|his|their)\s+name\s+as|identified\s+(?:herself|himself)\s+as)"
            r"\s+((?:[A-Z][\w'’\-]+\s+){1,2}[A-Z][\w'’\-]+)\b",
        ]
        if m.role == "judge":
            # "A federal judge on Tuesday blocked ... / U.S. District Judge Cornelius Yarby
            # wrote": the judge's title and name.
            pats.append(r"\bJudge\s+((?:[A-Z][\w'’.\-]+\s+){0,2}[A-Z][\w'’\-]+)\b")
        window = self.text[at : at + NAMED_LATER_REACH]
        hits = [mm for pat in pats if (mm := re.search(pat, window))]
        if not hits:
            return None
        first = min(hits, key=lambda mm: mm.start())
        title, words = _split_title(first.group(1).split())
        if len(words) < 2 or any(_fold(w) in ORG_HEADS for w in words):
            return None
        sp = self._get(" ".join(words), "person")
        if m.surface not in sp.roles:
            sp.roles.append(m.surface)
        return sp

    def _company_named_before(self, word: str, at: int, trades: bool = False) -> _Speaker | None:
        """ "Corvane said" after "sold by Corvane Analytics, a software company": the company
        whose name starts with the word, if the text shows it is one."""
        run = r"((?:\s+[A-Z][\w'’\-]+){1,3})"
        for mm in re.finditer(rf"\b{re.escape(word)}{run}", self.text[:at]):
            name = word + mm.group(1)
            last = _fold(name.split()[-1])
            after = self.text[mm.end() : mm.end() + 40]
            described = re.match(
                rf",\s+(?:a|an|the)\s+(?:[\w\-]+\s+){{0,3}}(?:{'|'.join(COMPANY_NOUNS)})\b", after
            ) or re.search(
                # "a Des Moines ad agency, Bythell Creative": the description before the name.
                rf"\b(?:{'|'.join(sorted(COMPANY_NOUNS | {'agency'}))}),\s+$",
                self.text[max(0, mm.start() - 40) : mm.start()],
            )
            # ("Cardinal said" after "Cardinal Air", "Tallowgate" after "Tallowgate Gaming".)
            if last in ORG_HEADS or (trades and last in _TRADE_ENDS) or described:
                amp = re.match(r"[ \t]+&[ \t]+[A-Z][\w'’\-]+", self.text[mm.end() : at])
                if amp is not None:
                    name += amp.group()  # "Ochrevale Power & Light", not "Ochrevale Power"
                org = self._get(name, "org")
                if word not in org.aliases:
                    org.aliases.append(word)
                return org
        return None

    def _opener_company(self, at: int) -> _Speaker | None:
        """ "Verdelune is based in Vancouver. The company said ...": the company whose short
        name opens the sentence before, in the same paragraph."""
        starts = [x for x in self.sentence_starts if x < at]
        if len(starts) < 2 or "\n" in self.text[starts[-2] : starts[-1]]:
            return None
        opener = re.match(
            r"([A-Z][\w\-]+)\s+(?:is|was|has|had|makes|owns|runs|operates)\b",
            self.text[starts[-2] : starts[-1]],
        )
        if opener is None or _fold(opener.group(1)) in CAP_STOP:
            return None
        return self._company_named_before(
            opener.group(1), starts[-2], trades=True
        ) or self._only_name_opened_by(opener.group(1), starts[-2])

    def _only_name_opened_by(self, word: str, at: int) -> _Speaker | None:
        """ "Veldmark said" after "a pipeline operated by Veldmark Midstream": the one longer
        name the word opens before ``at``, when the word is nobody's surname."""
        plain = self._prose_before(at)
        if re.search(rf"\b[A-Z][a-z]+\.?[ \t]+{re.escape(word)}\b", plain):
            return None  # ("Gov. Brian Veldmark", "Ann Veldmark": a person's name)
        runs = {
            mm.group(0)
            for mm in re.finditer(
                rf"\b{re.escape(word)}(?:[ \t]+[A-Z][\w'’\-]+){{1,3}}\b(?![ \t]+[A-Z])", plain
            )
        }
        runs = {
            r
            for r in runs
            if not any(_fold(w) in TITLES | CAP_STOP | TIME_WORDS for w in r.split()[1:])
        }
        if len(runs) != 1:
            return None
        org = self._get(runs.pop(), "org")
        if word not in org.aliases:
            org.aliases.append(word)
        return org

    def _records_keeper(self, records: str, at: int) -> _Speaker | None:
        """The body whose own numbers "council data" or "agency figures" are: the last one of
        that kind named before ``at`` ("the Electric Reliability Council of Texas"), if any."""
        kind_data = re.fullmatch(
            r"(?:the\s+)?(?:[a-z]+\s+)?(council|agency|department|commission|board|bureau"
            r"|authority|committee|center|service)(?:['’]s)?\s+(?:data|figures|numbers"
            r"|estimates|records)",
            _fold(records),
        )
        if kind_data is None:
            return None
        head = kind_data.group(1)
        kinds = (
            {"agency", "division", "department", "bureau", "administration", "commission"}
            if head == "agency"
            else {head}
        )
        plain = self._prose_before(at)
        names = [
            re.sub(r"^(?:The|A|An)\s+", "", mm.group())
            for mm in re.finditer(_ORG_RUN, plain)
            if set(_name_tokens(mm.group())) & kinds
            and len(mm.group().split()) >= 2
            # ("THE AGENCY:" is a section head in capitals, no name.)
            and not mm.group().isupper()
        ]
        return self._get(names[-1], "org") if names else None

    def _named_of_kind(self, head: str, at: int) -> _Speaker | None:
        """The organisation named last before ``at`` whose name says it is a ``head``
        ("Vantrelle Airlines" for "the airline", "Association of Cabin Professionals" for "the
        union"), with no head of another kind in it ("Lakeport Transit Authority" is no union)."""
        same = (UNION_HEADS if head in UNION_HEADS else {head}) | {head + "s"}
        if head == "railroad":
            same |= {"rail", "railway"}  # "Snarvelt Rail" is "the railroad"
        for _, name in _org_runs_back(self._prose_before(at)):
            toks = set(_name_tokens(name))
            if not toks & same or (toks & ORG_HEADS) - same:
                continue
            if (
                head in UNION_HEADS
                and not toks & UNION_NAME_WORDS - UNION_HEADS
                # A union's name says whose it is ("Cabin Professionals", "Teamsters").
                and not re.search(r"\b(?:of|for)\b", name)
            ):
                continue
            return self._get(name, "org")
        return None

    def _schools_named(self, at: int) -> _Speaker | None:
        """The school system named last before ``at`` as "<Place> (Public|Community|...)
        Schools" ("Dunmoth Public Schools"), if any."""
        names = re.findall(
            r"\b((?:[A-Z][\w'’\-]+[ \t]+){1,3}(?:Public|Community|Area|City|County|Unified"
            r"|Consolidated|Independent)[ \t]+Schools)\b",
            self._prose_before(at),
        )
        names = [re.sub(r"^(?:The|A|An)\s+", "", n) for n in names]
        names = [n for n in names if _fold(n.split()[0]) not in CAP_STOP]
        return self._get(names[-1], "org") if names else None

    def _org_epithet(self, phrase: str, role: str, at: int) -> _Speaker | None:
        """The organisation "the <phrase>" stands for when no person holds that role: one
        described so before ("PJM Interconnection, the grid operator, said"), or, for one
        word, the last one named whose name ends in it ("the patrol": "Iowa State Patrol")."""
        plain = self._prose_before(at)
        described = None
        for mm in re.finditer(
            rf"({_ORG_RUN}),\s+(?:the|an?)\s+(?:[\w'’\-]+\s+){{0,3}}?{re.escape(phrase)}(?=[,.;])",
            plain,
        ):
            parts = _lead_trimmed(mm.group(1))
            name = " ".join(parts)
            known = next((s for s in self.speakers if s.name == name), None)
            if (known is not None and known.kind == "org") or (
                known is None and len(parts) >= 2 and set(_name_tokens(name)) & ORG_HEADS
            ):
                described = self._get(name, "org")
        if described is None:
            # ... or the other way round: "The charity, Stars and Valor Relief Fund, is
            # accused of ...".
            for mm in re.finditer(
                rf"\b[Tt]he\s+(?:[\w'’\-]+\s+){{0,2}}?{re.escape(phrase)},\s+({_ORG_RUN}),",
                plain,
            ):
                parts = _lead_trimmed(mm.group(1))
                name = " ".join(parts)
                if len(parts) >= 2 and set(_name_tokens(name)) & ORG_HEADS:
                    described = self._get(name, "org")
        if described is None and phrase in {"town", "village"}:
            place = self._place_named(phrase, at)  # "the town wrote"
            if place is not None:
                return place
        last = phrase.split()[-1]
        if described is None and " " in phrase and last in {"operator", "regulator", "utility"}:
            # "The Midcontinent Independent System Operator, which runs the grid, ... The grid
            # operator said": the body named before whose name ends in the word.
            described = next(
                (
                    self._get(name, "org")
                    for _mm, name in _org_runs_back(plain)
                    if _fold(name.split()[-1]) == last
                ),
                None,
            )
        # ("The three-judge panel held": a court's panel, however many judges it has.)
        if described is not None or (" " in phrase and phrase.split()[-1] not in _COURT_REFS):
            return described
        bodies = _COURT_REFS.get(role)
        if bodies:
            # "The judges found that ...", "the panel ruled": the court (or, for a panel,
            # the committee) named last before it. ("The majority" may be another court's.)
            end = len(plain)
            of = list(re.finditer(r"\bpanel\s+of\s+(?:the\s+)?(?:U\.S\.\s+)?(?=[A-Z])", plain))
            if role == "panel" and of:
                # "A three-judge panel of the U.S. Court of Appeals for the 6th Circuit ... the
                # panel found": the body the panel was said to be of, not a court named since.
                first = re.compile(_ORG_RUN).match(plain, of[-1].end())
                end = first.end() if first is not None else end
            for mm, name in _org_runs_back(plain):
                if mm.end() <= end and set(_name_tokens(name)) & bodies:
                    circuit = re.match(
                        r"\s+for\s+the\s+\d+(?:st|nd|rd|th)\s+(?:Circuit|District)\b",
                        plain[mm.end() :],
                    )
                    us = "U.S. " if plain[max(0, mm.start() - 5) : mm.start()] == "U.S. " else ""
                    full = us + name + (circuit.group() if circuit else "")
                    return self._get(" ".join(full.split()), "org")
            return None
        if _person_noun(role):
            return None
        for _, name in _org_runs_back(plain):
            # ("the division": the "West Virginia Division of Highways" too.)
            if _fold(name.split()[-1]) == role or re.search(
                rf"\b{re.escape(role)} of ", _fold(name)
            ):
                return self._get(name, "org")
        return None

    def _described_org(self, desc: str, at: int) -> _Speaker | None:
        """The organisation a lower-case description stands for: a known one whose name ends
        with it ("fire marshal's office" for "state fire marshal's office"), or one named
        before whose name holds its words ("operators' association" for "Dunmore Terminal
        Operators Association")."""
        folded = _fold(desc)
        for sp in reversed(self.speakers):
            if sp.kind == "org" and sp.name != desc and _fold(sp.name).endswith(" " + folded):
                return sp
        words = {re.sub(r"'s?$", "", w) for w in folded.split()} - DETERMINERS - SCOPE_WORDS
        if len(words) < 2:
            return None
        for mm in reversed(list(re.finditer(_ORG_NAME, self.text[:at]))):
            parts = mm.group(1).split()
            while parts and _fold(parts[0]) in CAP_STOP:
                parts = parts[1:]  # a sentence-initial "The"
            name = " ".join(parts)
            toks = {re.sub(r"'s?$", "", w) for w in _fold(name).split()}
            if words <= toks and len(toks) > len(words):
                return self._get(name, "org")
        return None

    def _sentence_subject(self, at: int) -> str:
        """The name the sentence before ``at`` opens with, if it is no person's ("Marrach
        reacted angrily."), else ""."""
        starts = [s for s in self.sentence_starts if s <= at] or [0]
        if len(starts) < 2:
            return ""
        lead = re.match(
            r"\s*((?:[A-Z][\w'’\-]+\s+){0,3}[A-Z][\w'’\-]+)\s+[a-z]",
            self.text[starts[-2] : starts[-1]],
        )
        if lead is None:
            return ""
        words = [w for w in lead.group(1).split() if _fold(w) not in CAP_STOP]
        if not words or any(
            sp.kind == "person" and same_person(sp.name, " ".join(words)) for sp in self.speakers
        ):
            return ""
        return " ".join(words)

    def _subject_person(self, at: int, want: str = "") -> _Speaker | None:
        """The person "her"/"his" at ``at`` stands for: the first person named in the sentence
        before it, else in the sentence before ("Quist raised $6.4 million ..., her campaign
        said"; "Voss has not been accused. Her campaign said")."""
        starts = [s for s in self.sentence_starts if s <= at] or [0]
        prev = starts[-2] if len(starts) >= 2 else starts[-1]
        regions = [(starts[-1], at), (prev, starts[-1])]
        # Abbreviated titles keep their period ("State Sen. Marisol Echeverry").
        pat = re.compile(r"[A-Z][a-z][\w'’\-]*\.?(?:\s+[A-Z][a-z][\w'’\-]*\.?)*")
        for start, end in regions:
            region = _QUOTED.sub(lambda mm: " " * len(mm.group()), self.text[start:end])
            for mm in pat.finditer(region):
                # ("Metzger's office denied ...": the possessive is the person.)
                words = [re.sub(r"['’]s$", "", w) for w in mm.group().split()]
                while words and (
                    _fold(words[0]) in CAP_STOP
                    or _fold(words[0]) in TITLES
                    or _fold(words[0]).rstrip(".") in TITLES | TITLE_MODIFIERS
                ):
                    words = words[1:]
                if words and words[-1].endswith("."):
                    continue  # a sentence's last word, or an abbreviation: no name
                if words and _fold(words[-1]) in TITLES:
                    continue  # "Georgia Secretary of State Brad Izquierdo": a title, then the name
                # "State Attorney General Yolanda Nieves": "General" is still title;
                # "Corporation Counsel Ellen Whitsome": a title holding an organisation's word.
                _, words = _split_title(words)
                if not words or any(_fold(w) in ORG_HEADS for w in words):
                    continue
                if len(words) >= 2:
                    sp = self._get(" ".join(words[-3:]), "person")
                    if want and self._gender_of(sp) not in ("", want):
                        continue  # "Kitson said ... Dellamonte ... her campaign": not Kitson's
                    full = mm.group().split()
                    title = [w for w in full[: len(full) - len(words)] if _fold(w) not in CAP_STOP]
                    if title and " ".join(title) not in sp.titles:
                        sp.titles.append(" ".join(title))
                    return sp
                if not words:
                    continue
                one = self._person_by_token(words[0], start + mm.end())
                if one is not None and (not want or self._gender_of(one) in ("", want)):
                    return one
        return None

    def _role_named_later(self, pos: int, at: int) -> _Speaker | None:
        """ "The country's trade minister has said little. ... she said ... The minister, Hedda
        Sorlie, ...": a pronoun whose antecedent is a role that is named a little later."""
        if pos < 0:
            return None
        region = _QUOTED.sub(" ", self.text[max(0, pos - 300) : pos])
        roles = [w for w in re.findall(r"[a-z]+", region) if _role_like(w)]
        if not roles:
            return None
        name = r"((?:[A-Z][\w'’.\-]+\s+){1,2}[A-Z][\w'’\-]+)"
        found = re.search(
            rf"\b[Tt]he\s+{re.escape(roles[-1])},\s+{name},", self.text[at : at + NAMED_LATER_REACH]
        )
        if found is None:
            return None
        title, words = _split_title(found.group(1).split())
        if len(words) < 2:
            return None
        sp = self._get(" ".join(words), "person")
        if roles[-1] not in sp.roles:
            sp.roles.append(roles[-1])
        return sp

    def _unnamed_antecedent(self, head: str, paragraph: int) -> _Speaker | None:
        """The unnamed source "the person" / "the officials" / "one of them" stands for."""

        def stem(w: str) -> str:
            return "person" if w == "people" else w.removesuffix("s")

        for sp, para in reversed(self.unnamed):
            if paragraph - para > ALIAS_REACH:
                break
            words = _fold(sp.name).split()
            if (not head and words[0] not in SINGULAR_DETS) or (
                head and any(stem(w) == stem(head) for w in words)
            ):
                return sp
        return None

    def _joint(self, name: str) -> _Speaker:
        """Two people speaking together ("A and B"), kept as a group so that neither person's
        own name ever merges into it."""
        found = next((sp for sp in self.speakers if sp.name == name), None)
        if found is None:
            found = _Speaker(name, "group")
            self.speakers.append(found)
        return found

    def resolve(self, m: _Mention, paragraph: int, at: int) -> _Speaker | None:
        """Link a mention to the article's speakers; None if it names nobody."""
        if m.kind == "group" and re.fullmatch(r"(?:the\s+)?(?:boosters|owners|staff)", m.surface):
            # "In a post on the band's Facebook page, the boosters wrote": the band's.
            page = self._page_owner([m.surface.split()[-1]], at)
            if page is not None:
                return page
        held_by = re.fullmatch(r"(?:the\s+)?([a-z]+)['’]s\s+(?:owners|operators)", m.surface)
        if m.kind == "group" and held_by is not None:
            # "Quarnhollow Mountain Resort will close ..., the resort's owners said": the body
            # the story names with that word, speaking through its owners.
            held_body = self._named_with(held_by.group(1), at)
            if held_body is not None:
                return held_body
        if m.kind == "group" and m.alias == "crowd":
            crowd = self._crowd_before(m.at)
            if crowd is None:
                return self._get(m.surface, "group")
            told = self._get(crowd, "group")
            for alias in (m.surface, f"{m.surface} {crowd}"):
                if alias not in told.aliases:
                    told.aliases.append(alias)
            return told
        if (
            m.kind == "person"
            and " " not in m.surface
            and m.role
            and re.split(r"\s+(?:for|of|at|with|in|on|to|whose|that|which|who)\s+", m.role)[0]
            .split()[-1]
            .lower()
            in GENERIC_ORGS | {"nonprofit", "association", "alliance", "corporation"}
        ):
            # "NetChoice, a trade group whose members include ..., said": a body, described.
            m = _Mention(m.surface, "org")
        if (
            m.kind == "person"
            and not m.title
            and len(m.surface.split()) >= 2
            and m.surface.split()[-1] in {"County", "Township", "Parish", "Borough"}
        ):
            # "Polk County urged residents ...": a county is no one's name.
            m = _Mention(m.surface, "org")
        if m.kind == "role" and m.alias == "epithet" and m.role in _SELF_DOCS:
            # "The indictment says ...", "The separation agreement says ...": a document.
            m = _Mention(m.surface, "doc", role=m.role)
        if m.kind == "person" and len(m.surface.split()) >= 3 and " and " not in m.surface:
            # "Mayor Lowell Parramore, standing in front of ..., said": a title read as part
            # of the name on the way in; the person is the name after it.
            title, given_names = _split_title(m.surface.split())
            if title and len(given_names) >= 2:
                m = replace(m, surface=" ".join(given_names), title=m.title or title)
        if m.kind == "person" and m.alias == "joint":
            for part in m.surface.split(" and "):
                self._get(part, "person")
            return self._joint(m.surface)
        pair = re.fullmatch(r"([A-Z][\w'’\-]+) and ([A-Z][\w'’\-]+)", m.surface)
        if m.kind in ("person", "org") and pair:
            # "Brackenbury and Alcantara wrote": the two people named before, together.
            both = [self._person_by_token(pair.group(x), at) for x in (1, 2)]
            if all(both):
                together = self._joint(" and ".join(sp.name for sp in both if sp))
                if m.surface not in together.aliases:
                    together.aliases.append(m.surface)
                return together
        if m.kind == "anon" and _fold(m.surface).startswith("one of "):
            # "Three diplomats said ... '...,' one of the diplomats said": one of the plural
            # source quoted just before speaks for it, as "one of them" does.
            group = self._unnamed_antecedent(m.role, paragraph)
            if group is not None and _fold(group.name).split()[0] not in SINGULAR_DETS:
                return group
        if m.kind == "anon":
            named = self._named_later(m, at)
            if named is not None:
                return named
            where = self.text.rfind(m.surface, 0, at)
            named_first = re.search(
                r"([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)+),\s+(?:\d{1,3},\s+)?$",
                self.text[max(0, where - 80) : where],
            )
            if (
                where > 0
                and named_first is not None
                and _fold(m.surface).split()[0] in {"a", "an"}
                and _fold(named_first.group(1)).split()[0] not in CAP_STOP
                and re.match(r"\s+who\b", self.text[where + len(m.surface) :])
            ):
                # "Among them was Teresa Lindqvarre-Ruhm, 41, a bus driver from Oshkosh who
                # ... said": the description is hers.
                title, given = _split_title(named_first.group(1).split())
                person = self._get(" ".join(given), "person")
                if title and title not in person.titles:
                    person.titles.append(title)
                if m.surface not in person.roles:
                    person.roles.append(m.surface)
                return person
            if re.fullmatch(
                r"(?:an?|one ad['’]s|the ad['’]s|one spot['’]s) (?:narrator|announcer|voice-?over)",
                _fold(m.surface),
            ):
                sponsor = self._narrated_by(at, paragraph, m.surface)
                if sponsor is not None:
                    return sponsor
            # "A federal judge on Thursday blocked ...": the day is no part of who.
            surface = re.sub(
                r"\s+(?:(?:on|late|early)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday"
                r"|sunday)|(?:last|this)\s+(?:year|month|week|spring|summer|fall|winter))$",
                "",
                m.surface,
                flags=re.IGNORECASE,
            )
            source = self._get(surface, "unnamed")
            if m.alias and m.alias not in source.aliases:
                source.aliases.append(m.alias)
            return source
        if m.kind == "role" and m.role in {"narrator", "announcer"}:
            # "The group's first ad ... '...,' the narrator says": its sponsor speaks.
            sponsor = self._narrated_by(at, paragraph, f"the {m.role}")
            if sponsor is not None:
                return sponsor
        if m.kind == "anonref" and m.alias == "again":
            rest = _fold(m.surface).split(" ", 1)[1]
            before = next(
                (
                    sp
                    for sp in reversed(self.speakers)
                    if _fold(sp.name) in (f"a {rest}", f"an {rest}", f"one {rest}")
                ),
                None,
            )
            if before is None and m.role.endswith("s") and m.role in GROUP_NOUNS:
                # "The owners of two rival towing firms say": a group met here first.
                return self._get(m.surface.split(" ", 1)[1], "group")
            return before
        if m.kind == "anonref" and m.role and not m.role.endswith("s"):
            # "One senior Democratic aide put it more bluntly: '...,' the aide said": the one
            # the sentence describes, before a source quoted earlier ("two Republican aides").
            starts = [x for x in self.sentence_starts if x <= at] or [0]
            opening = _QUOTED.sub(lambda mm: " " * len(mm.group()), self.text[starts[-1] : at])
            described = re.match(
                rf"\s*((?:One|An?)\s+(?:[\w\-]+\s+){{0,3}}{re.escape(m.role)})\s+(?!said\b)[a-z]+",
                opening,
            )
            if described is not None:
                return self._get(described.group(1), "unnamed")
        if m.kind == "anonref":
            found = self._unnamed_antecedent(m.role, paragraph)
            if found is None and m.role and _role_like(m.role):
                return self._find_role(m.role, at)
            if found is None and m.alias != "again" and m.role.endswith("s"):
                # "The nurses said in a letter" with no nurses quoted before: the group.
                return self._get(m.role, "group")
            return found
        if m.kind == "orgdesc":
            # The organisation that speaks in the next sentences ("Coastline Ferries said").
            found = self._org_speaking_next(at) or self._recent_org(m.role, paragraph)
            if found is None and m.role in GENERIC_ORGS:
                # "..., the volunteer group that restored it said. ... said Bernadette
                # Gissingham, president of the Friends of the Glemham Point Light": the body
                # whose officer the next paragraphs quote.
                officer = re.search(
                    rf"\b(?:president|director|chair|chairman|chairwoman|founder|head|leader)"
                    rf"[ \t]+of[ \t]+(?:the[ \t]+)?({_ORG_RUN})",
                    self.text[at : at + NAMED_LATER_REACH],
                )
                if officer is not None and len(officer.group(1).split()) >= 2:
                    found = self._get(officer.group(1), "org")
            return found
        if m.kind == "holder":
            held = self._get(m.surface[:1].lower() + m.surface[1:], "unnamed")
            self.holders[id(held)] = m.role
            return held
        if m.kind == "poss" and m.alias == "its":
            owner = self._sentence_subject(m.at)
            return self._get(f"{owner} {m.role}", "org") if owner else None
        if m.kind == "poss":
            want = "f" if m.surface.lower().startswith("her") else "m"
            who = self._subject_person(
                m.at, want if m.surface.lower()[:3] in ("her", "his") else ""
            )
            if who is None:
                # "...," said X, president of Y. "..." Her group believes': as "she" would.
                pron = _Mention("she" if want == "f" else "he", "pron", at=m.at)
                who = self._pronoun(pron, paragraph, at, want)
            if who is None:
                return None
            if m.role in MEMBER_BODIES:
                led = self._body_led_by(who, m.at)
                return self._get(led, "org") if led else None
            return self._held_body(who, m.role)
        if m.kind == "they":
            return self._plural_antecedent(paragraph)
        if m.kind == "pron":
            want = "f" if m.surface.lower() == "she" else "m"
            sp = self._pronoun(m, paragraph, at, want)
            if sp is not None and id(sp) not in self.gender:
                self.gender[id(sp)] = want
            return sp
        return self._resolve_rest(m, paragraph, at)

    def _named_with(self, noun: str, at: int) -> _Speaker | None:
        """The body named last before ``at`` whose name ends with ``noun`` ("Quarnhollow
        Mountain Resort" for "resort"), or None."""
        named = re.findall(
            rf"\b((?:[A-Z][\w'’\-]*[ \t]+){{1,4}}{noun.capitalize()})\b(?![ \t]+[A-Z])",
            self._prose_before(at),
        )
        named = [re.sub(r"^(?:The|A|An)\s+", "", n) for n in named]
        named = [n for n in named if " " in n and _fold(n.split()[0]) not in CAP_STOP]
        return self._get(named[-1], "org") if named else None

    def _page_owner(self, heads: list[str], at: int) -> _Speaker | None:
        """ "In a post on the Hallamoor Parents Network Facebook page, the group wrote": the
        body whose page it is ("the fair's Facebook page, the board": the fair's board)."""
        if len(heads) != 1:
            return None
        starts = [x for x in self.sentence_starts if x <= at] or [0]
        prose = self._prose_before(at)[starts[-1] :]
        page = re.search(
            r"\bon\s+(?:the\s+)?((?:[A-Z][\w'’\-]*\s+){0,5}?[A-Z][\w'’\-]*|[a-z]+['’]s)\s+"
            r"(?:official\s+)?(?:(?:Facebook|Instagram|TikTok|YouTube|X)\s+)?"
            r"(?:page|account|website|web\s+site|feed)\b",
            prose,
        )
        if page is None:
            return None
        owner = page.group(1)
        if owner[0].isupper():
            if _fold(owner.split()[0]) in CAP_STOP or owner in {"Facebook", "Instagram", "X"}:
                return None
            found = _classify(_tokens(owner, 0, len(owner)), owner)
            if found is None or found.kind != "org":
                return None
            return self._get(found.surface, "org")
        noun = re.sub(r"['’]s$", "", owner)
        if heads[0] in {"board", "boosters", "council", "staff"} and heads[0] != noun:
            body = self._named_with(noun, starts[-1])
            return self._get(f"{body.name} {heads[0]}", "org") if body is not None else None
        if heads[0] in COMPANY_ALIASES | GENERIC_ORGS | {noun, "owners", "owner"}:
            return self._named_with(noun, starts[-1])
        return None

    def _named_in_sentence(self, heads: list[str], at: int) -> _Speaker | None:
        """ "... deliveries at Saint Wendreda, according to the hospital": the one body called
        so before that the sentence itself names (by its name or its first two words)."""
        if len(heads) != 1:
            return None
        starts = [x for x in self.sentence_starts if x <= at] or [0]
        prose = self._prose_before(at)[starts[-1] :]
        hits = [
            o
            for o in self.speakers
            if o.kind == "org"
            and id(o) in self.seen
            and (heads[0] in o.aliases or heads[0] in _name_tokens(o.name))
            and len(o.name.split()) >= 2
            and re.search(rf"\b{re.escape(' '.join(o.name.split()[:2]))}\b", prose)
        ]
        return hits[0] if len(hits) == 1 else None

    def _named_as(self, head: str, at: int) -> _Speaker | None:
        """The body last named with ``head`` as its description ("the Clearfork Accountability
        Project, a nonpartisan watchdog group"), if any."""
        # (A description is in lower case but for a party or "Tennessee-based": "House
        # Republicans, the Coulee Country Majority PAC," names the PAC, not House Republicans.)
        pat = re.compile(
            rf"({_ORG_RUN}),[ \t]+(?:a|an|the)[ \t]+"
            rf"(?:(?:[a-z][\w\-]*|[A-Z]\w*-[a-z][\w\-]*|Democratic|Republican|GOP)[ \t]+){{0,4}}"
            # ("Louisiana Policyholders United, a nonprofit that helps ...": then "the group".)
            rf"(?i:{'group|nonprofit' if head == 'group' else re.escape(head)})\b"
        )
        # ... or the other way round: "A conservative group, the Article Three Bulwark Project,",
        # "A criminal group calling itself Ninth Candle".
        # ("a coalition of patient groups called Breathe Fair America": a group by any name.)
        kinds = "group|groups|coalition|alliance" if head == "group" else re.escape(head)
        before = re.compile(
            rf"\b(?:[Aa]n?|[Aa]nother)[ \t]+(?:[\w\-]+[ \t]+){{0,4}}(?i:{kinds})(?:,[ \t]+"
            rf"(?:the[ \t]+)?({_ORG_RUN}),|[ \t]+(?:calling[ \t]+itself|called|known[ \t]+as)"
            rf"[ \t]+(?:the[ \t]+)?({_ORG_RUN}))"
        )
        found = [
            (mm.start(), name)
            for p in (pat, before)
            for mm in p.finditer(self.text, 0, at)
            for name in [mm.group(1) or (mm.group(2) if p is before else None) or ""]
            if name[:1].isupper()
        ]
        if not found:
            return None
        words = max(found)[1].split()
        while words and _fold(words[0]) in CAP_STOP:
            words = words[1:]
        return self._get(" ".join(words), "org") if len(words) >= 2 else None

    def _narrated_by(self, at: int, paragraph: int, alias: str) -> _Speaker | None:
        """The sponsor of the ad a narrator at ``at`` speaks in (``alias``, "a narrator", added
        to its names), or None."""
        # "Texans for Parent Power released a digital ad ... A narrator says": the ad's
        # sponsor speaks through its narrator; "in one of its ads", "The group's first ad":
        # its owner.
        starts = [x for x in self.sentence_starts if x <= at] or [0]
        before = starts[-2] if len(starts) > 1 else 0
        # An ad this very sentence names by its sponsor comes first ("The latest Main Street
        # Justice Fund ad ... shows a darkened courtroom while a narrator says").
        sponsor = self._ad_named_by(_OWNED_AD, starts[-1], at) or self._ad_group(at)
        ad = r"\s+(?:[a-z\-]+\s+){0,2}(?:ads?|commercials?|spots?)\b"
        if sponsor is None and re.search(r"\bits" + ad, self.text[starts[-1] : at]):
            sponsor = self._subject_org(at, previous=True)
        if sponsor is None and re.search(
            r"(?:^|[.!?]\s+)Its" + ad, self.text[starts[max(0, len(starts) - 4)] : at]
        ):
            # "Sound Money Arizona ... says it will spend ... Its first ad went up last week.
            # '...,' a narrator says": the body quoted last (a person to the registry until
            # its title, "a super PAC", makes it a body).
            bodies = [
                sp
                for sp in self.speakers
                if id(sp) in self.seen
                and paragraph - self.seen_para.get(id(sp), -99) <= 1
                and sp.name[:1].isupper()  # (not "filings with the Federal Election Commission")
                and (
                    sp.kind == "org"
                    or any(
                        re.search(r"\b(?:PAC|group|committee|coalition)$", t)
                        for t in sp.titles + sp.roles
                    )
                )
            ]
            sponsor = max(bodies, key=lambda sp: self.seen[id(sp)], default=None)
        runs = re.match(
            rf"(?:The[ \t]+)?({_ORG_RUN})(?:,[^,;\n]*,)?[ \t]+(?:is|was|has[ \t]+been|began|started)"
            r"[ \t]+(?:running|airing)[ \t]+an?\b",
            self.text[starts[-1] : at],
        )
        if sponsor is None and runs is not None and _fold(runs.group(1).split()[0]) not in CAP_STOP:
            # "The Great Lakes Retirement Integrity Fund, a super PAC ..., is running a TV ad
            # in which a narrator says": the body running it.
            sponsor = self._get(runs.group(1), "org")
        owner = re.search(
            r"\b[Tt]he\s+(group|committee|PAC|campaign|coalition|organization)['’]s" + ad,
            self.text[before:at],
        )
        if sponsor is None and owner is not None:
            # "Kansans for Clean Counts says ... The group's first ad ...": the body last quoted.
            sponsor = self._recent_org(owner.group(1).lower(), paragraph)
        from_campaign = re.search(
            r"\b(?:one|an?\s+ad|the\s+ad)\s+from\s+([A-Z][\w\-]+)['’]s?\s+campaign\b",
            self.text[starts[-1] : at],
        )
        if sponsor is None and from_campaign is not None:
            # "In one from Ebberhall's campaign, a narrator says": that candidate's campaign.
            sponsor = self._get(f"{from_campaign.group(1)} campaign", "org")
        # "The 30-second spot, paid for by the Vireo Michigan Fund, shows a padlocked gate
        # while a narrator says": who paid for the ad this sentence or the one before
        # describes; else "Impartial Bench Now's latest television spot ...": the sponsor
        # whose ad the sentence before describes.
        sponsor = (
            sponsor
            or self._ad_named_by(_PAID_AD, before, at)
            or self._ad_named_by(_OWNED_AD, before, at)
            or self._ad_sponsor_back(at, paragraph)
        )
        if sponsor is not None and alias not in sponsor.aliases:
            sponsor.aliases.append(alias)
        return sponsor

    def _person_named(self, words: str, at: int) -> _Speaker:
        """The person ``words`` name ("Republican Wade Gillingham", "Rellisford"): one named
        before by that surname, else a new one by the name as written."""
        who = _classify(_tokens(words, 0, len(words)), words)
        name = who.surface if who is not None and who.kind == "person" else words
        if len(name.split()) == 1:
            known = self._person_by_token(name, at)
            if known is not None:
                return known
        return self._get(name, "person")

    def _ad_sponsor_back(self, at: int, paragraph: int) -> _Speaker | None:
        """Who paid for the ad a narrator at ``at`` speaks in, as the sentence naming the ad or
        the paragraphs before describe it, when no ad names its sponsor the usual ways."""
        top = self.text.rfind("\n\n", 0, self.text.rfind("\n\n", 0, at))
        window = self._prose_before(at)[max(top, 0) :]
        ads = list(re.finditer(r"\b(?:ad|ads|spot|spots|commercial|commercials)\b", window))
        if not ads:
            return None
        last = ads[-1]
        if len(ads) >= 2 and window[max(last.start() - 4, 0) : last.start()].lower() == "the ":
            # '"...," a narrator says in the ad': the ad the sentence before described.
            last = ads[-2]
        ad_at = max(top, 0) + last.start()
        opening = max((x for x in self.sentence_starts if x <= ad_at), default=0)
        sentence = self.text[opening:at]
        paid = re.search(
            r"\bpaid\s+for\s+by\s+the\s+(?:[a-z\-]+\s+){0,3}(council|group|committee"
            r"|coalition|association|union|fund|campaign)\b",
            sentence,
        )
        paid_campaign = re.search(
            r"\bpaid\s+for\s+by\s+(?:the\s+)?([A-Z][\w\-]+)\s+campaign\b", sentence
        ) or re.search(
            r"\b([A-Z][\w\-]+)['’]s\s+(?:[\w\-]+\s+){0,3}(?:ad|spot|commercial)\b", sentence
        )
        candidate = (
            self._person_by_token(paid_campaign.group(1), at)
            if paid is None
            and paid_campaign is not None
            and _fold(paid_campaign.group(1)) not in CAP_STOP
            else None
        )
        if candidate is not None:
            # "A television spot paid for by the Esquivane-Holbrane campaign", "Vessendry's
            # first television ad": the candidate's campaign.
            return self._held_body(candidate, "campaign")
        if paid is not None:
            # "A television spot paid for by the restaurant council": the council named before.
            return self._named_of_kind(paid.group(1), at) or self._recent_org(
                paid.group(1), paragraph
            )
        one = re.search(
            r"\b(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:(?:new|latest|first|second|television|digital"
            r"|radio)\s+)*([A-Z][\w\-]+)\s+(?:campaign\s+)?(?:ad|spot|commercial)\b",
            sentence,
        )
        if one is not None and _fold(one.group(1)) not in CAP_STOP:
            # "One Bedrock ad": the body named in full before ("Bedrock Prosperity Fund");
            # "A Telkamp ad": the candidate's campaign.
            word = one.group(1)
            full = [
                mm.group(0)
                for mm in re.finditer(
                    rf"\b{re.escape(word)}(?:[ \t]+[A-Z][\w'’\-]+)+", self.text[:at]
                )
            ]
            body = next(
                (
                    n
                    for n in reversed(full)
                    if (_name_tokens(n) or [""])[-1] in ORG_HEADS | {"fund", "action", "pac"}
                ),
                None,
            )
            if body is not None:
                return self._get(body, "org")
            person = next(
                (
                    sp
                    for sp in reversed(self.speakers)
                    if sp.kind == "person" and _fold(sp.name.split()[-1]) == _fold(word)
                ),
                None,
            )
            if person is not None:
                return self._held_body(person, "campaign")
        owner = (
            re.search(
                r"\b(?:ad|spot|commercial)\s+(?:from|by)\s+([A-Z][\w\-]+)['’]s\s+campaign\b",
                sentence,
            )
            # ("Armitrage's campaign calls that "..." in a television ad that began airing".)
            or re.search(
                r"\b([A-Z][\w\-]+)['’]s\s+campaign\b[^.\n]{0,80}?\bin\s+an?\s+(?:[\w\-]+\s+){0,2}"
                r"(?:ad|spot|commercial)\b",
                sentence,
            )
            or re.search(
                r"\b(?:ad|spot|commercial)\s+(?:that\s+)?(?:her|his)\s+campaign\b", sentence
            )
            # ("Her first television ad shows a bass boat at sunrise as a narrator says".)
            or re.search(
                r"\b(?:[Hh]er|[Hh]is)\s+(?:(?:new|latest|first|second|third|last|closing|opening"
                r"|television|TV|digital|radio)\s+)*(?:ad|spot|commercial)\b",
                sentence,
            )
        )
        if owner is not None:
            # "A television ad from Rellisford's campaign", "A television ad her campaign
            # began running": the candidate's campaign (for "her", the one named before).
            if owner.groups():
                name = owner.group(1)
            else:
                names = [
                    m.group(0)
                    for m in _FULL_NAME.finditer(self.text, max(top, 0), ad_at)
                    if len(m.group(0).split()) >= 2
                ]
                who = None
                for n in reversed(names):
                    if _fold(n.split()[-1]) in ORG_HEADS | _PLACE_ENDS:
                        continue  # "a former DuPage County treasurer": a place, no one
                    who = _classify(_tokens(n, 0, len(n)), n)
                    if who is not None and who.kind == "person":
                        break
                    who = None
                if who is None:
                    # ("Trunnicott, a two-term state senator, ... she told the Briefing. / Her
                    # first television ad ..."): the person quoted last, nearby.
                    quoted = self.last_person
                    if quoted is None or paragraph - quoted[1] > 1:
                        return None
                    return self._held_body(quoted[0], "campaign")
                name = who.surface
            return self._held_body(self._person_named(name, at), "campaign")
        launched = r"(?:released|launched|unveiled|began\s+airing|began\s+running|is\s+airing)"
        campaign_ad = list(
            re.finditer(
                rf"((?:[A-Z][\w.\-]+\s+){{0,3}}[A-Z][\w\-]+)['’]s\s+campaign\s+{launched}"
                rf"\s+(?:a|an|its)\s+",
                window,
            )
        )
        if campaign_ad:
            # "as Republican Wade Gillingham's campaign released a television ad ... The
            # 30-second ad ... as a narrator says": the candidate's campaign.
            return self._held_body(self._person_named(campaign_ad[-1].group(1), at), "campaign")
        spenders = list(
            re.finditer(
                rf"\b(?:PAC|group|committee)\s+(?:backing|supporting|aligned\s+with)\s+[^,.]{{1,40}},"
                rf"\s+(?:the\s+)?({_ORG_RUN}),"
                rf"|\b(?:[Tt]he|[Aa]n?)\s+(?:group|PAC|super\s+PAC|committee),\s+(?:the\s+)?({_ORG_RUN}),"
                # ("The super PAC Show-Me Ledger Watch, which backs Fothergrist, is running".)
                rf"|\b[Tt]he\s+(?:super\s+PAC|PAC)\s+({_ORG_RUN})\b"
                rf"|({_ORG_RUN}),\s+an?\s+(?:[\w\-']+\s+){{0,4}}(?:super\s+PAC|PAC|group|committee)\b",
                window,
            )
        )
        if spenders:
            # "A super PAC backing Dunmoreth, Ambrevoss Action Fund, began airing an ad";
            # "Prairie Ledger Action, a super PAC that has reserved ... Its first ad": the
            # spender the paragraphs before describe last.
            name = next(g for g in spenders[-1].groups() if g)
            if len(name.split()) >= 2:
                return self._get(name, "org")
        kind_ad = re.search(
            r"\b(?:ad|spot|commercial)\s+(?:that\s+)?the\s+(group|fund|pac|PAC|committee|coalition)"
            rf"\s+{launched}",
            sentence,
        )
        if kind_ad is not None:
            # "An ad the fund began airing in Phoenix": the fund named before.
            head = kind_ad.group(1).lower()
            return self._named_of_kind(head, at) or self._recent_org(head, paragraph)
        return None

    def _ad_named_by(self, pattern: re.Pattern[str], start: int, at: int) -> _Speaker | None:
        """The sponsor the last match of ``pattern`` (an ad named with its sponsor) names
        between ``start`` and ``at``, when it is a body's name, not a person's."""
        found = list(pattern.finditer(self._prose_before(at), start))
        words = next((g for g in found[-1].groups() if g), "").split() if found else []
        while words and _fold(words[0]) in CAP_STOP:
            words = words[1:]
        if len(words) < 2 or _fold(words[0]) in MALE_NAMES | FEMALE_NAMES:
            return None
        return self._get(" ".join(words), "org")

    def _held_body(self, who: _Speaker, role: str) -> _Speaker:
        """The campaign or office of ``who`` ("Hennigan campaign"). An office goes by its own
        name ("Gov. Teresa Valenzuela ... Her office said": the governor's office), with the
        holder's office and the holder as aliases, as writers name either."""
        surname = who.name.split()[-1]
        short = f"{surname} {role}"
        office = _office_of(who.titles) if role == "office" else ""
        if role == "office" and not office:
            office = _titled_office(self.text, surname)  # "Gov. Erik Janssen ... Janssen's office"
        body = self._get(office or short, "org")
        possessive = f"{who.name.split()[-1]}'s {role}"  # "Clitheroe's office"
        full = f"{who.name}'s {role}"  # "Andrea Clitheroe's office"
        person = who.kind == "person"
        for alias in (
            (short, possessive, full, who.name)
            if role == "office" and person
            else (possessive, full)
            if person
            else ()
        ):
            if alias != body.name and alias not in body.aliases:
                body.aliases.append(alias)
        return body

    def _body_led_by(self, who: _Speaker, at: int) -> str:
        """The organisation a person was introduced as leading or working for ("Gwendolyn
        Sunderhaus, president of the Center for Motorist Safety"; "Camille Ridgeway directs the
        Natural State Health Access Project"), or ""."""
        org = rf"({_ORG_RUN})"
        names = [re.escape(n) for n in (who.name, *who.aliases) if n]
        pat = re.compile(
            rf"\b(?:{'|'.join(names)})\b[^.\n]{{0,60}}?\b(?:of|at|directs|leads|runs|heads"
            # ("director of the advocacy group Patients Before Patents": a description first.)
            rf"|founded|chairs)[ \t]+(?:the[ \t]+)?(?:[a-z][\w\-]*[ \t]+){{0,2}}{org}"
        )
        found = [mm.group(1) for mm in pat.finditer(self.text, 0, at) if " " in mm.group(1)]
        # "... a parent group, Bramblecourt Families for Decency. Its founder, Kristen
        # Hessthorne, said"; "... a group called Quendrath Deserves Better. Its chairwoman is
        # retired schoolteacher Maria Elcombe": the body the sentence before names.
        its = re.compile(
            rf"{org}(?:,[ \t]+[a-z][^.\n]{{0,60}})?\.[ \t]+Its[ \t]+(?:[a-z]+[ \t]+){{0,2}}(?:founder|president"
            rf"|director|leader|chair|chairman|chairwoman|chairperson|head|executive|spokesman"
            rf"|spokeswoman|spokesperson|organizer|coordinator)(?:,|[ \t]+is)[ \t]+"
            rf"(?:[a-z][\w\-]*[ \t]+){{0,3}}(?:{'|'.join(names)})\b"
        )
        found += [
            mm.group(1)
            for mm in its.finditer(self.text, 0, at)
            if " " in mm.group(1) and (not found or mm.start() > self.text.rfind(found[-1], 0, at))
        ]
        if not found:
            # "... said Walter Rabb, a retired accountant who chairs the group", "The group's
            # director, Dr. Renata Monahan,": the group the text named before as such.
            led = re.compile(
                rf"\b(?:{'|'.join(names)})\b[^.\n]{{0,80}}?\bwho[ \t]+(?:chairs|leads|heads|directs"
                rf"|runs|founded)[ \t]+the[ \t]+(group|coalition|organization)\b"
                rf"|\b[Tt]he[ \t]+(group|coalition|organization)['’]s[ \t]+(?:[a-z]+[ \t]+){{0,2}}"
                rf"(?:director|president|chair|chairwoman|chairman|founder|leader|head),[ \t]+"
                rf"(?:[A-Z][\w.]*[ \t]+){{0,3}}(?:{'|'.join(names)})\b"
            )
            hits = list(led.finditer(self.text, 0, at))
            hit = hits[-1] if hits else None
            group = self._named_as(hit.group(1) or hit.group(2), hit.start()) if hit else None
            if group is not None:
                found.append(group.name)
        return found[-1] if found else ""

    def _gender_of(self, sp: _Speaker) -> str:
        """ "f", "m" or "" for a speaker, from pronouns resolved to them or their roles."""
        if id(sp) in self.gender:
            return self.gender[id(sp)]
        words = set(re.findall(r"[a-z]+", _fold(" ".join([sp.name, *sp.titles, *sp.roles]))))
        if sp.kind not in ("person", "unnamed"):
            return ""
        if words & FEMALE_WORDS:
            return "f"
        if words & MALE_WORDS:
            return "m"
        given = _fold(sp.name).split()[0] if sp.kind == "person" and " " in sp.name else ""
        if given in FEMALE_NAMES:
            return "f"
        if given in MALE_NAMES:
            return "m"
        return ""

    def _single_unnamed(self, paragraph: int) -> _Speaker | None:
        """The unnamed single source attributed last, if within pronoun reach."""
        for sp, para in reversed(self.unnamed):
            if paragraph - para > PRONOUN_REACH:
                return None
            if sp.name.split()[0] in SINGULAR_DETS and not _fold(sp.name).startswith(
                ("a group", "a coalition", "an alliance")
            ):
                return sp
            words = sp.name.split()
            if (
                len(words) == 2
                and re.search(r"[a-z]['’]s$", words[0])
                and _role_like(_fold(words[1]))
                and not words[1].endswith("s")
            ):
                return sp  # "the player's mother": one person, by whose she is
        return None

    def _plural_antecedent(self, paragraph: int) -> _Speaker | None:
        """What "they" stands for: the plural unnamed source or group quoted last, nearby."""
        recent = sorted(
            (sp for sp in self.speakers if id(sp) in self.seen and sp.kind in ("unnamed", "group")),
            key=lambda sp: -self.seen[id(sp)],
        )
        for sp in recent[:1]:
            first = sp.name.split()[0].lower()
            if paragraph - self.seen_para[id(sp)] <= 1 and first not in SINGULAR_DETS:
                return sp
        return None

    def _pronoun(self, m: _Mention, paragraph: int, at: int, want: str) -> _Speaker | None:
        """The person or unnamed source "he"/"she" stands for."""
        if m.at >= 0:
            answered = self._answerer(m.at, want)
            if answered is not None:
                return answered
            # A person named after the last attribution (this paragraph or the one before)
            # is nearer than the last speaker.
            para_start = self.text.rfind("\n", 0, m.at)
            prev_para = self.text.rfind("\n", 0, max(para_start - 1, 0))
            while prev_para > 0 and self.text[prev_para - 1] == "\n":
                prev_para = self.text.rfind("\n", 0, prev_para - 1)
            if self.text[prev_para + 1 : prev_para + 2] in ('"', "“") and prev_para > 0:
                # The paragraph before is a quote that runs on into this one: the person
                # named just before the quote opened is as near ("Loretta Abernathy spoke.
                # / "My son called for help. ... / "That's all I asked," she said").
                prev_para = self.text.rfind("\n", 0, prev_para - 1)
                while prev_para > 0 and self.text[prev_para - 1] == "\n":
                    prev_para = self.text.rfind("\n", 0, prev_para - 1)
            start = prev_para + 1
            if self.last_attr_kind in ("person", "unnamed", "group"):
                # Records and organisations quoted since do not push a person named earlier
                # in the paragraph out of reach ("Toveley ... gave $15,000, records show.
                # ... he acknowledged").
                start = max(self.last_attr_end, start)
            end = m.at
            opening = max((x for x in self.sentence_starts if x <= m.at), default=0)
            theirs = re.search(
                r"\b(?:his|her)\s+(?:[a-z]+\s+){0,2}[a-z]+,\s+[A-Z][^,]{1,40},\s*$",
                self.text[opening : m.at],
            )
            if theirs is not None:
                # "In a statement released through his agent, Jimmy Testa, he said": "he" is
                # whoever "his" is, not the agent named after it.
                end = opening + theirs.start()
            near = self._mentioned_after(start, end, want) if start < end else None
            if near is not None:
                return near
        person = None
        if self.last_person and paragraph - self.last_person[1] <= PRONOUN_REACH:
            person = self.last_person[0]
        anon = self._single_unnamed(paragraph)
        if anon is not None and m.at >= 0:
            # Only right after the source's own statement: no other sentence in between.
            gap = _QUOTED.sub(" ", self.text[self.seen.get(id(anon), 0) : m.at])
            own = set(_fold(anon.name).split())
            # "The nurse spoke on condition of anonymity." may stand between; "The country's
            # trade minister has said little." names someone else.
            other = [
                w
                for w in re.findall(r"[A-Za-z]+", gap)
                if _fold(w) not in own
                and (_role_like(_fold(w)) or _fold(w) in UNNAMED_HEADS or _fold(w) in TITLES)
            ]
            if self.seen.get(id(anon)) != self.last_attr_end or (
                re.search(r"[.!?]\s", gap) and other
            ):
                anon = None
        # "A person close to the operators said ... '...,' she said": the unnamed source
        # quoted last, when it was quoted after the last named person.
        cands = sorted(
            (sp for sp in (person, anon) if sp is not None),
            key=lambda sp: -self.seen.get(id(sp), -1),
        )
        fits = [sp for sp in cands if self._gender_of(sp) in ("", want)]
        if fits:
            return fits[0]
        if cands:
            # Both known to be of the other gender: someone quoted earlier who fits.
            recent = sorted(
                (
                    sp
                    for sp in self.speakers
                    if sp.kind in ("person", "unnamed")
                    and id(sp) in self.seen
                    and paragraph - self.seen_para[id(sp)] <= PRONOUN_REACH
                ),
                key=lambda sp: -self.seen[id(sp)],
            )
            older = [sp for sp in recent if self._gender_of(sp) == want]
            # Else the nearest whose gender the text does not show ("Mayor Dana Whitlock").
            if not older and m.at >= 0:
                # "Talmadge pressed Priya Wendover ... '...,' she said": a person of that
                # gender named in this paragraph or the one before, though never quoted.
                para_start = self.text.rfind("\n", 0, m.at)
                wide = self.text.rfind("\n", 0, max(para_start - 1, 0)) + 1
                lexicon = FEMALE_NAMES if want == "f" else MALE_NAMES
                opposite = MALE_NAMES if want == "f" else FEMALE_NAMES
                region = _QUOTED.sub(lambda mm: " " * len(mm.group()), self.text[wide : m.at])
                found = [
                    re.sub(r"['’]s?$", "", mm.group()).split()
                    for mm in re.finditer(_NAME, region)
                    # ("a hospital in Des Moines": a place, not a person.)
                    if not re.search(r"\b(?:in|at|from|near|to)\s+$", region[: mm.start()])
                ]
                names = [w for w in found if _fold(w[0]) in lexicon]
                # Else a full name whose given name is not of the other gender, when everyone
                # quoted nearby is ("Tom Reyes said ... founded by Dana Whitlock ... she said").
                names = names or [
                    w
                    for w in found
                    if _fold(w[0]) not in opposite | CAP_STOP | TITLES
                    and not any(_fold(x) in ORG_HEADS | CAP_STOP for x in w)
                    and not any(same_person(" ".join(w), sp.name) for sp in self.speakers)
                ]
                if names:
                    return self._get(" ".join(names[-1][:3]), "person")
            older = older or [
                sp for sp in recent if sp.kind == "person" and not self._gender_of(sp)
            ]
            return older[0] if older else cands[0]
        return self._named_before(at) or self._role_named_later(m.at, at)

    def _resolve_rest(self, m: _Mention, paragraph: int, at: int) -> _Speaker | None:
        """Link a mention that is not a pronoun."""
        if m.kind in ("org", "person") and _ACRONYM.fullmatch(m.surface):
            full = self._spelled_out(m.surface)
            if full is not None:
                # "according to the CDC" after "the Centers for Disease Control and
                # Prevention": one speaker, by its full name.
                spelled = self._get(full, "org")
                for alias in (m.surface, m.alias):
                    # ("FDA records": the records' phrase stays a name for it too.)
                    if alias and alias not in spelled.aliases:
                        spelled.aliases.append(alias)
                return spelled
        if m.kind == "role" and m.alias == "party":
            member = self._party_member(m.role, at)
            if member is not None:
                return member
            # Nobody introduced so: the person quoted last ("the Ohio Republican" after the
            # Speaker's quotes, in a story that never gave his state).
            persons = [sp for sp in self.speakers if sp.kind == "person"]
            if persons:
                return max(persons, key=lambda sp: self.seen.get(id(sp), -1))
            m = _Mention(m.role, "org")
        if m.kind == "role":
            phrase = re.sub(r"^(?:the|a|an)\s+", "", _fold(m.surface))
            if " " in phrase:
                # "The inspector general found": the "Department of Veterans Affairs inspector
                # general" cited before, an office rather than a person.
                for office in reversed(self.speakers):
                    if office.kind == "org" and _fold(office.name).endswith(" " + phrase):
                        return office
            if m.alias == "epithet":
                found = self._find_role(
                    m.role, at, introduced_only=True
                ) or self._person_introduced_as(m.role, at)
                if found is None and m.role in COMPANY_NOUNS | COMPANY_ALIASES | {"employer"}:
                    # A lede's "the state's largest utility said": the company named next.
                    found = self._org_speaking_next(at)
                if found is None and _person_noun(m.role):
                    # "Aisha Camberlin does not see it that way. The 34-year-old day care owner
                    # said": the person the sentence before opens with.
                    found = self._opening_person(at)
                if found is None:
                    found = self._org_epithet(phrase, m.role, at)
                return found
            named = self._find_role(m.role, at) or self._role_named_after(m.role, at)
            if " " not in phrase:
                # "A Democratic strategist ... said ... '...,' the strategist said": the
                # unnamed source quoted before, when nobody named holds that role, or when
                # it spoke since the one named did ("One Republican member who will be in
                # the room predicted ... '...,' the member said").
                unnamed = self._unnamed_antecedent(m.role, paragraph)
                if unnamed is not None and (
                    named is None or self.seen.get(id(unnamed), -1) > self.seen.get(id(named), -1)
                ):
                    named = unnamed
            possessor = re.match(r"([\w.\-]+)['’]s?\s", phrase)
            if named is None and possessor and m.role in {"owner", "operator"}:
                # "..., the resort's owner said": the body named with that word.
                owner_body = self._named_with(possessor.group(1), at)
                if owner_body is not None:
                    return owner_body
            if (
                named is None
                and " " in phrase
                and not phrase.endswith("inspector general")
                # ("the agency's inspector general", "the plant's owner": the body's, named
                # before; "the board's executive director" is an office of its own.)
                and not (
                    possessor
                    and (
                        m.surface[:1].isupper()
                        or possessor.group(1) in _OWNING
                        # ("the federation's president": the federation speaks; "the board's
                        # executive director" is a public office.)
                        or possessor.group(1)
                        in ORG_HEADS - {"board", "district", "council", "commission"}
                    )
                )
                and not self._role_ever_named(m.role)
            ):
                # "The county clerk said the election would be held June 9", nobody anywhere
                # named as the clerk: the office speaks, as written.
                return self._get(phrase, "unnamed")
            if named is None and phrase in _OFFICE_TITLES:
                # "according to the registrar" after "the Figwort County Registrar of Voters":
                # the office so named, when no registrar is named as a person.
                offices = re.findall(
                    rf"\b((?:[A-Z][\w'’\-]+[ \t]+){{1,3}}{phrase.capitalize()}(?:[ \t]+of[ \t]+"
                    r"[A-Z][\w'’\-]+)?)\b(?![ \t]+[A-Z])",
                    self._prose_before(at),
                )
                offices = [re.sub(r"^(?:The|A|An)\s+", "", o) for o in offices]
                offices = [o for o in offices if " " in o and _fold(o.split()[0]) not in CAP_STOP]
                if offices:
                    return self._get(offices[-1], "org")
            return named
        if m.kind == "records":
            keeper = self._records_keeper(m.surface, at)
            if keeper is not None:
                if m.surface not in keeper.aliases:
                    keeper.aliases.append(m.surface)
                return keeper
            keeping = m.surface.split()
            if len(keeping) == 2 and keeping[0] in KEEPING_BODIES:
                # "according to hospital figures": the hospital's own, as "the hospital" is.
                own = self._resolve_rest(_Mention(keeping[0], "alias"), paragraph, at)
                if own is not None and own.kind == "org":
                    if m.surface not in own.aliases:
                        own.aliases.append(m.surface)
                    return own
            kept = self._get(m.surface, "records")
            if m.alias and m.alias not in kept.aliases:
                kept.aliases.append(m.alias)
            keeper_name = re.fullmatch(
                r"((?:U\.S\.\s+)?[A-Z][\w'’\-]*(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w'’\-]*)+)"
                r"(?:\s+[a-z][\w\-]*)+",
                m.surface,
            )
            if keeper_name is not None and keeper_name.group(1) not in kept.aliases:
                # "Surface Transportation Board filings", "U.S. Coast Guard credentialing
                # data": the body that keeps them, as some writers name the source.
                kept.aliases.append(keeper_name.group(1))
            if m.role in RECORD_NOUNS:
                # "campaign finance reports show ... the reports show": the same records.
                self.docs[m.role] = kept
            return kept
        if m.kind == "doc" and m.role in RECORD_NOUNS:
            # "the data show": only the data cited before speak again.
            return self.docs.get(m.role)
        if m.kind == "doc" and m.alias == "new":
            described = self._get(m.surface, "records")
            self.bind_doc(m.role, described)
            return described
        if m.kind == "doc":
            # (A self-speaking document is not its parties': "Ingraham's conciliation
            # agreement with the FEC says" is the agreement's.)
            sp = (
                self._sponsor_of(m.role, at)
                if m.role in _SELF_DOCS
                else self._doc_author(m.role, paragraph, at)
            )
            if sp is None and m.role in _FINDING_DOCS | _SELF_DOCS | (LEGAL_DOCS - {"filing"}):
                # (With no author found, the document as the story describes it.)
                sp = self._doc_source(m.role, at)
            if sp is not None:
                self.bind_doc(m.role, sp)
            return sp
        if m.kind == "itpron":
            if (
                self.last_doc is not None
                and self.doc_attr[0] == self.last_attr_end
                and self.doc_attr[1] == paragraph
            ):
                # "The report found ... It also found ...": the document again.
                return self.last_doc
            maker = None
            if m.doc:
                # "The commission found ..., according to the order it released", "The school
                # took in $31 million, according to its most recent filing": the body that
                # opens the sentence.
                starts = [x for x in self.sentence_starts if x < at]
                opener = re.match(r"The ([a-z]+) ", self.text[starts[-1] : at]) if starts else None
                maker = self._opening_org(at)
                if maker is None and opener is not None and opener.group(1) in ORG_HEADS:
                    maker = self._find_org(f"the {opener.group(1)}", at)
                if maker is None and opener is not None and opener.group(1) in COMPANY_NOUNS:
                    maker = self._resolve_rest(_Mention(opener.group(1), "alias"), paragraph, at)
                if maker is not None:
                    self.bind_doc(m.doc, maker)
                    return maker
            but_it = self._but_it(at) if maker is None else None
            if but_it is not None:
                return self._resolve_rest(but_it, paragraph, at)
            # "It warned that ...": the organisation quoted in this or the previous paragraph.
            if self.last_org and paragraph - self.last_org[1] <= 1:
                return self.last_org[0]
            return maker
        if m.kind == "alias":
            heads = _name_tokens(m.surface)
            where = self.text.rfind(m.surface, 0, at)
            if where > 0 and re.search(
                r"\b(?:that|which|who)\s+(?!(?:the|a|an|its|their)\s)[a-z]+\s+(?:the\s+)?$",
                self.text[max(0, where - 30) : where],
            ):
                # "The dockworkers' local that works the port said": the port is no speaker.
                return None
            if heads and heads[-1] in COMPANY_NOUNS:
                # "the developer, Silas Vandermeer, ... '...,' the developer testified": a
                # person the text introduced by that noun, when a given name shows it.
                person = self._person_introduced_as(heads[-1], at)
                if person is not None:
                    return person
            named_here = self._named_in_sentence(heads, at)
            if named_here is not None:
                return named_here
            page = self._page_owner(heads, at)
            if page is not None:
                if m.surface not in page.aliases:
                    page.aliases.append(m.surface)
                return page
            if (
                len(heads) == 2
                and heads[1] == "board"
                and heads[0] in {"fair", "library", "hospital"}
            ):
                # "the fair board announced" after "Harlowquist County Fair": that fair's board.
                held = list(
                    re.finditer(
                        rf"\b((?:[A-Z][\w'’\-]*\s+){{1,3}}{heads[0].capitalize()})\b(?!\s+[A-Z])",
                        self._prose_before(at),
                    )
                )
                words = held[-1].group(1).split() if held else []
                if words and words[0] in {"The", "A", "An"}:
                    words = words[1:]  # ("The Ustwick County Fair opens Friday.")
                if len(words) >= 2 and _fold(words[0]) not in CAP_STOP:
                    return self._get(f"{' '.join(words)} Board", "org")
                if not held:
                    return self._get(m.surface, "org")  # no fair named: the board as written
            if heads and heads[-1] in {"team", "club", "franchise"}:
                # A team's name rarely holds "team": the one the story opens with, or none
                # (never the council it was bargaining with).
                sp = next(
                    (
                        o
                        for o in reversed(self.speakers)
                        if o.kind == "org" and heads[-1] in _name_tokens(o.name)
                    ),
                    None,
                ) or self._subject_org(at)
                if sp is None and heads[-1] == "club":
                    # "The Foxhole Booster Club started a petition ... according to the club":
                    # a club's name says so, though it has not spoken yet.
                    sp = self._named_of_kind("club", at)
                if sp is None:
                    # "The Quillanford Mavericks, the city's Double-A baseball team since 1992,
                    # will move ..., the team said": the team the text describes so.
                    teams = list(
                        re.finditer(
                            rf"(?:^|[.!?—]\s+|\n)(?:The\s+)?({_ORG_RUN}),\s+(?:the|a|an)\s+"
                            rf"(?:[\w'’\-]+\s+){{0,5}}?{heads[-1]}\b",
                            self._prose_before(at),
                        )
                    )
                    if teams and _fold(teams[-1].group(1).split()[0]) not in CAP_STOP:
                        sp = self._get(teams[-1].group(1), "org")
                if sp is None and heads[-1] == "team":
                    # "... a new stadium for the Billings Thistlebacks. The team says": the
                    # last plural name after "the" (a club's name is its players').
                    named_team = [
                        mm.group(1)
                        for mm in re.finditer(
                            r"\bthe[ \t]+((?:[A-Z][\w'’\-]+[ \t]+){0,2}[A-Z][a-z]+s)\b"
                            r"(?![ \t]+[A-Z])(?!['’])",
                            self._prose_before(at),
                        )
                        if _fold(mm.group(1).split()[-1])
                        not in GROUP_NOUNS
                        | ORG_HEADS
                        | COMPANY_HEADS
                        | {"states", "democrats", "republicans"}
                        and _fold(mm.group(1).split()[0]) not in CAP_STOP
                    ]
                    if named_team:
                        sp = self._get(named_team[-1], "org")
                if sp is not None and m.surface not in sp.aliases:
                    sp.aliases.append(m.surface)
                return sp
            # "the insurer" names no organisation by its words: only the company quoted last.
            trade = bool(heads) and heads[-1] in COMPANY_ALIASES
            sp = None
            if heads in (["county"], ["township"], ["borough"], ["parish"]):
                # "The county has denied ..." after "Quendrath County" (not the "Quendrath
                # County Auditor's Office" named since): the county itself; "the township
                # wrote" after "Heathermoss Township" the same way.
                counties = re.findall(
                    rf"\b((?:[A-Z][a-z]+[ \t]+){{1,2}}{heads[0].capitalize()})\b(?![ \t]+[A-Z])",
                    self._prose_before(at),
                )
                counties = [c for c in counties if c.split()[0] not in {"The", "A", "An"}]
                if counties:
                    sp = self._get(counties[-1], "org")
            if heads in (["city"], ["town"], ["village"]):
                sp = self._place_named(heads[0], at, opener=True)  # "The city says"
            if heads == ["campaign"]:
                # "The Rumbleforth campaign seized on the moment. ... the campaign wrote": the
                # campaign the sentence before opens with.
                opener = re.match(
                    r"\s*The\s+([A-Z][\w\-]+)\s+campaign\b", self._sentence_before(at)
                )
                if opener is not None:
                    sp = self._get(f"{opener.group(1)} campaign", "org")
            if heads == ["utility"]:
                # "a study the utility commissioned" after "The city's gas supplier, Tallowfield
                # Gas and Light, said": the body whose name says it sells power, gas or water.
                sp = next(
                    (o for o in reversed(self.speakers) if o.kind == "org" and _is_utility(o.name)),
                    None,
                )
            if sp is None and not trade and len(heads) >= 2 and heads[-1] in ORG_HEADS:
                # "a survey by the owners council" after "the Greater Oxcarden Apartment
                # Owners Council" (not the "Building Trades Council"): all its words.
                sp = self._described_org(m.surface, at)
            if sp is None and len(heads) == 2 and heads[-1] == "agency":
                # "The fire agency said" after "Polk County Fire Rescue said": the body quoted
                # before whose name holds what the agency does.
                sp = max(
                    (
                        o
                        for o in self.speakers
                        if o.kind == "org"
                        and id(o) in self.seen
                        and heads[0] in _name_tokens(o.name)
                        # (A transit workers' union is no "transit agency".)
                        and not set(_name_tokens(o.name)) & (UNION_HEADS | COMPANY_HEADS)
                    ),
                    key=lambda o: self.seen[id(o)],
                    default=None,
                )
            if sp is None and not trade:
                sp = self._find_org(m.surface, at)
            if heads and heads[-1] == "agency" and heads == ["agency"]:
                # "..., the National Weather Service said. ... according to the agency's gauge
                # data": the public body quoted in this paragraph, over one named earlier.
                just = max(
                    (o for o in self.speakers if o.kind == "org" and id(o) in self.seen),
                    key=lambda o: self.seen[id(o)],
                    default=None,
                )
                if (
                    just is not None
                    and self.seen_para.get(id(just)) == paragraph
                    and set(_name_tokens(just.name)) & PUBLIC_AGENCY_WORDS
                ):
                    sp = just
                else:
                    # "The Division of Highways defended its handling of the bridge. '...,'
                    # the agency said": the public body the sentence before opens with.
                    lead_body = self._subject_org(at, previous=True)
                    if lead_body is not None and set(_name_tokens(lead_body.name)) & (
                        PUBLIC_AGENCY_WORDS | {"division"}
                    ):
                        sp = lead_body
            if heads and heads[-1] in {"group", "organization", "organisation", "pac", "coalition"}:
                # "Saguaro Forward stood by the ad. '...,' the group said": the group the
                # sentence before opens with, before any body quoted earlier; else the one
                # named as such ("the Clearfork Accountability Project, a watchdog group").
                # (Of a group named as one and a group that ran ads, the one named later.)
                named_group = [
                    g
                    for g in (
                        self._named_as(heads[-1], at),
                        # ("Sonoran Spire Action, a super PAC, ... The group's first ad".)
                        self._named_as("PAC", at) if heads[-1] == "group" else None,
                        self._ad_group(at),
                    )
                    if g is not None
                ]
                named_group.sort(key=lambda g: self.text.rfind(g.name, 0, at))
                sp = (
                    self._opening_org(at)
                    or self._subject_org(at, previous=True)
                    or self._run_by(at)
                    or self._speakers_body(at)
                    or (named_group[-1] if named_group else None)
                    or sp
                )
            if sp is None and heads and heads[-1] in GENERIC_ORGS | ORG_HEADS:
                sp = self._recent_org(heads[-1], paragraph)
                if sp is not None and len(heads) == 1 and heads[0] not in GENERIC_ORGS:
                    # "The Institute for Campus Affordability ... A report by the institute
                    # found": the one of that kind named since the last one spoke.
                    named = self._named_of_kind(heads[0], at)
                    if (
                        named is not None
                        and named is not sp
                        and self.text.rfind(named.name, 0, at) > self.seen.get(id(sp), -1)
                    ):
                        sp = named
                if (
                    sp is not None
                    and heads[-1] == "agency"
                    and not set(_name_tokens(sp.name)) & PUBLIC_HEADS
                    and self._public_body(at) is not None
                ):
                    # "The agency denied ..." after the union spoke: a union, a company or a
                    # hospital is no agency; the public body named before is.
                    sp = None
            if heads and (
                heads[-1]
                in {"company", "firm", "chain", "automaker", "drugmaker", "chipmaker", "retailer"}
                or heads[-2:] == ["health", "system"]
            ):
                # ("the health system": a hospital company, "Saint Ottilien Health".)
                named = self._company_mentioned(at, after=self.seen.get(id(sp), -1) if sp else -1)
                starts = [x for x in self.sentence_starts if x <= at] or [0]
                opening = self.text[starts[-1] : at].lstrip()
                quoted = next(
                    (
                        o
                        for o in self.speakers
                        if o.kind == "org"
                        and id(o) in self.seen
                        and len(o.name.split()) >= 3
                        and opening.startswith(" ".join(o.name.split()[:2]) + " ")
                    ),
                    None,
                )
                # "Prairie Quillvarra considered that option, the company said": the company
                # quoted before, by the short name the sentence opens with.
                sp = quoted or self._opener_company(at) or named or sp
            if sp is None and heads and heads[-1] in {"company", "firm"}:
                sp = self._subject_org(at)
            if sp is None and heads and heads[-1] in COMPANY_ALIASES:
                # The company quoted last whose name ends like a company's ("... Health
                # Plan"), not "Kittredge School of Public Health".
                firms = sorted(
                    (
                        o
                        for o in self.speakers
                        if o.kind == "org"
                        and id(o) in self.seen
                        and (_name_tokens(o.name) or [""])[-1] in COMPANY_HEADS
                        # "School of Public Health" is no company.
                        and " of " not in o.name
                    ),
                    key=lambda o: -self.seen[id(o)],
                )
                sp = firms[0] if firms else None
            if sp is None and heads and heads[-1] == "agency":
                sp = self._public_body(at)
            if sp is None and heads and heads[-1] in TRIBUNALS:
                # "The jury found" after "A federal jury on Thursday ordered ...".
                body = re.search(
                    rf"\b(?:[Aa]n?|[Tt]he)\s+((?:[a-z]+\s+){{1,2}}{heads[-1]})\b", self.text[:at]
                )
                if body is not None:
                    sp = self._get(body.group(1), "org")
                elif heads == ["jury"] and re.search(r"\b[Aa]\s+jury\b", self._prose_before(at)):
                    # "A jury found in June that ...": the jury, never described further.
                    sp = self._get("jury", "org")
            if sp is None and heads and heads[-1] in {"paper", "newspaper"}:
                # "The paper reported" after "first reported by the weekly Harbor Lantern".
                outlets = re.findall(
                    r"\b(?:newspaper|weekly|daily|paper|tabloid)\s+(?:the\s+)?"
                    r"([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,3})",
                    self.text[:at],
                )
                if outlets:
                    sp = self._get(outlets[-1], "org")
            if sp is None and heads and heads[-1] in BARE_ORGS:
                # "The county said" with no county named: the county, as the text calls it.
                sp = self._get(heads[-1], "org")
            if (
                sp is None
                and len(heads) >= 2
                and heads[-1] in ORG_HEADS
                and m.surface[:1].islower()
                and heads[0] not in DETERMINERS
                and len(heads) == 2
                and (
                    heads[0].endswith(("ing", "ed"))
                    # "A survey by the parade committee found": a document's maker, so named
                    # (not "a study the school board commissioned", the study's).
                    or (
                        bool(m.doc)
                        and f"by the {m.surface}" in self.text[max(0, at - 300) : at + 300]
                    )
                    # "after a review committee found that": one the text brings in so.
                    or (
                        heads[-1] in {"committee", "panel"}
                        and re.search(
                            rf"\b[Aa]n?\s+{re.escape(m.surface)}\b",
                            self.text[max(0, at - 200) : at],
                        )
                        is not None
                    )
                )
            ):
                # "the investigating committee concluded": a body the text names only so.
                sp = self._get(m.surface, "org")
            if sp is None and len(heads) == 1 and heads[0] in ORG_HEADS:
                # "Flight attendants at Vantrelle Airlines walked off ... the airline said":
                # the body of that kind named before it, though it has not spoken yet.
                where = self.text.rfind(m.surface, 0, at)
                if not re.search(
                    r"\b(?:that|which|who)\s+[a-z]+\s+(?:the\s+)?$",
                    self.text[max(0, where - 30) : where],
                ):
                    # (Not "The union local that works the port said": the port is no speaker.)
                    sp = self._named_of_kind(heads[0], at)
            if sp is None and heads in (["district"], ["school", "district"]):
                # "The district said" after "The Ivesford Community Schools board voted": a
                # school district whose name says "Schools", not "district".
                sp = self._schools_named(at)
            # "the company" with no company named before it: nobody to attribute to.
            for written in (m.surface, m.alias):
                if sp is not None and written and written != sp.name and written not in sp.aliases:
                    sp.aliases.append(written)
            return sp
        if m.kind == "org" and not any(ch.isupper() for ch in m.surface):
            # "The steelworkers' union said ... The union, the Varn Federation of
            # Metalworkers, represents ...": the name given right after the description.
            head = re.sub(r"['’]s?$", "", _fold(m.surface).split()[-1])
            org = (
                r"((?:[A-Z][\w'’\-]+\s+)(?:(?:of|for|and|the)\s+|[A-Z][\w'’\-]+\s+)*[A-Z][\w'’\-]+)"
            )
            later = re.search(
                rf"(?<!for )(?<!of )(?<!at )\b[Tt]he\s+{re.escape(head)},\s+(?:the\s+)?{org},",
                self.text[at : at + NAMED_LATER_REACH],
            )
            named_kind = (
                _classify(_tokens(later.group(1), 0, len(later.group(1))), later.group(1))
                if later
                else None
            )
            if named_kind is None or named_kind.kind != "org":
                # "A spokesman for the department, Trevor Nakashima,": a person, not its name.
                later = None
            if later is not None:
                named_org = self._get(later.group(1), "org")
                if m.surface not in named_org.aliases:
                    named_org.aliases.append(m.surface)
                return named_org
            known = self._described_org(m.surface, at)
            if known is None and head in COMPANY_ALIASES | COMPANY_NOUNS | {"cooperative"}:
                # "..., the region's largest electric cooperative said. The Halverwick Electric
                # Cooperative said ...": the one of that kind speaking next.
                known = self._org_speaking_next(at)
                if known is not None and _fold(known.name).split()[-1] != head:
                    known = None
            if known is not None:
                if m.surface not in known.aliases:
                    known.aliases.append(m.surface)
                return known
        if m.kind == "group" and m.role in COLLECTIVE_HEADS:
            # "A coalition of farmers ... sued. ... The group, the Orrin River Coalition, has
            # 300 members": the coalition's name.
            later = re.search(
                rf"\b[Tt]he\s+(?:group|coalition|alliance),\s+(?:the\s+)?{_ORG_NAME},",
                self.text[at : at + 3 * NAMED_LATER_REACH],
            )
            if later is not None:
                named_org = self._get(later.group(1), "org")
                if m.surface not in named_org.aliases:
                    named_org.aliases.append(m.surface)
                return named_org
        if m.kind == "org":
            short = re.fullmatch(
                r"([A-Z][\w\-]+)\s+(?:group|coalition|alliance|union|association)", m.surface
            )
            known_org = (
                next(
                    (
                        sp
                        for sp in reversed(self.speakers)
                        if sp.kind == "org"
                        and sp.name.split()[0] == short.group(1)
                        and len(sp.name.split()) >= 3
                    ),
                    None,
                )
                if short
                else None
            )
            if known_org is not None:
                # "The Eastgrove group says" after "the Eastgrove Neighbors Alliance": the same
                # body by its first word and what it is.
                if m.surface not in known_org.aliases:
                    known_org.aliases.append(m.surface)
                return known_org
            owned = re.fullmatch(
                r"(?:[A-Z][\w.'’\-]*\s+){0,3}([A-Z][\w\-]+)['’]s\s+(campaign)", m.surface
            )
            firm = re.fullmatch(r"([A-Z][\w\-]+)['’]s\s+(?:company|firm)", m.surface)
            before = {id(sp): list(sp.aliases) for sp in self.speakers}
            company = self._company_named_before(firm.group(1), at) if firm else None
            if company is not None:
                # "Calloway's company said" after "Calloway Holdings": the company so named.
                # The owner's surname alone stays his, not an alias of the company.
                company.aliases[:] = before.get(id(company), [])
                if m.surface not in company.aliases:
                    company.aliases.append(m.surface)
                return company
            if owned is not None:
                # "Sen. Gareth Pellew's campaign", "Pellew's campaign": one speaker, the
                # "Pellew campaign", however the candidate is titled.
                sp = self._get(f"{owned.group(1)} {owned.group(2)}", "org")
                if m.surface not in sp.aliases:
                    sp.aliases.append(m.surface)
                return sp
            # "state Department of Transportation", "... Clearinghouse at Syracuse University":
            # the organisation's own name, with the longer form kept as an alias.
            name = re.sub(r"^(?:state|federal)\s+(?=[A-Z])", "", m.surface)
            # "the Sedgwick-Tatham polling firm": the firm's name, without what it is.
            name = re.sub(
                r"^(.*\b[A-Z][\w'’\-]*)\s+(?:polling|research|consulting|lobbying|law)\s+firm$",
                r"\1",
                name,
            )
            # "the United Food and Retail Workers union": the union's name, without the noun.
            # ("the Campo Unido farmworkers' union": its name, without what it is.)
            name = re.sub(
                r"^(.*\b[A-Z][\w'’\-]*)(?:\s+[a-z][\w'’\-]*){0,2}\s+(?:union|coalition|alliance)$",
                r"\1",
                name,
            )
            # "the newspaper Dagsposten", "the state broadcaster NRK": the outlet's own name.
            name = re.sub(
                r"^(?:[a-z][\w\-]*\s+){0,3}(?:newspaper|magazine|daily|weekly|tabloid|broadcaster"
                r"|website|network|news\s+agency|wire\s+service|group|nonprofit|organi[sz]ation"
                r"|coalition|alliance|company|firm|charity|watchdog|think\s+tank|project|pollster"
                r"|site|platform)\s+(?=[A-Z])",
                "",
                name,
            )
            if not re.match(r"(?:.*\s)?University(?:\s+of\s+[A-Z][\w'’\-]*)*\s+at\s+[A-Z]", name):
                # (Not "University of Alabama at Birmingham": a campus is part of the name.)
                name = re.sub(
                    r"\s+at\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'’\-]*)*$",
                    "",
                    name,
                )
            # "the nonpartisan Senate Fiscal Agency": a description in lower case before the name
            # (not "office of Attorney General X", the holder's office).
            name = re.sub(
                r"^(?!office of )(?:[a-z][\w'’\-]*\s+){1,2}(?=[A-Z][\w'’\-]*\s+(?:(?:of|for|and)\s+)?[A-Z])",
                "",
                name,
            )
            if name == name.lower():
                # "the secretary of state's office" after "the Georgia Secretary of State's
                # Office": the one named in full before.
                in_full = re.search(
                    rf"((?:[A-Z][\w'’\-]*\s+){{1,3}})(?i:{re.escape(name)})\b",
                    self._prose_before(at),
                )
                if in_full is not None and in_full.group(1).split()[0] not in {"The", "A", "An"}:
                    named = self._get(in_full.group(0), "org")
                    if m.surface not in named.aliases:
                        named.aliases.append(m.surface)
                    return named
            # "The Kansas City Trellis's editorial board": the paper.
            name = re.sub(r"^(.*\b[A-Z][\w'’\-]*)['’]s?\s+editorial\s+board$", r"\1", name)
            owned = re.fullmatch(
                r"([A-Z][\w'’\-]+|governor|mayor|senator)['’]s (\w+)", name
            ) or re.fullmatch(
                # ("The sheriff's campaign says": his campaign; "the sheriff's office" is an
                # agency of its own.)
                r"(sheriff|treasurer|auditor|comptroller|commissioner|prosecutor|incumbent"
                r"|challenger)['’]s (campaign)",
                name,
            )
            owner = None
            if owned is not None and owned.group(2) in MEMBER_BODIES | {"campaign", "office"}:
                # "Iddon's group" is the group Iddon leads; "the governor's campaign" is
                # the governor's, by name.
                owner = (
                    self._person_by_token(owned.group(1), at)
                    if owned.group(1)[:1].isupper()
                    else self._find_role(owned.group(1), at)
                )
            if owned is not None and owner is not None and owner.kind == "person":
                role = owned.group(2)
                led = self._body_led_by(owner, at) if role in MEMBER_BODIES else ""
                owners = self._get(led, "org") if led else self._held_body(owner, role)
                if m.surface not in owners.aliases and m.surface != owners.name:
                    owners.aliases.append(m.surface)
                return owners
            # "Hennigan's (own) campaign": the campaign, as "the Hennigan campaign".
            name = re.sub(r"^(.*?)['’]s?\s+(?:own\s+)?(campaign|committee)$", r"\1 \2", name)
            # "Corvane Health officials said": the company speaks; the phrase stays an alias.
            name = re.sub(
                r"^((?:[A-Z][\w'’&\-]*\s+){1,5}?[A-Z][\w'’&\-]*)\s+(?:officials|executives|leaders"
                r"|representatives|spokespeople|managers)$",
                r"\1",
                name,
            )
            if " " not in name and _fold(name) not in ORG_HEADS:
                # "Pellmarsh, which operates ...," after "Pellmarsh Drug": the company's name.
                company = self._company_named_before(name, at)
                if company is not None:
                    if m.alias and m.alias not in company.aliases:
                        company.aliases.append(m.alias)  # ("a Vanderbilt poll", as written)
                    return company
            if " " not in name and _fold(name) in _SHORT_BODY_HEADS and name[:1].isupper():
                # "according to a Caucus analysis" after "the Crabapple Caucus": the one body
                # named before whose name ends in that word.
                ends = {
                    n
                    for _, n in _org_runs_back(self._prose_before(at))
                    if len(n.split()) >= 2 and n.split()[-1] == name
                }
                ends = {re.sub(r"^(?:The|A|An)\s+", "", n) for n in ends}
                if len(ends) == 1:
                    whole = self._get(ends.pop(), "org")
                    for other in (m.surface, m.alias):
                        if other and other not in whole.aliases:
                            whole.aliases.append(other)
                    return whole
            sp = self._get(name, "org")
            for other in (m.surface, m.alias):
                if other and other != name and other not in sp.aliases:
                    sp.aliases.append(other)
            return sp
        if m.kind == "group" and _fold(m.surface) in {"auditors", "the auditors"}:
            # "..., the auditors wrote": those the story said made the audit.
            auditor = self._auditors_before(at, paragraph)
            if auditor is not None:
                return auditor
        if m.kind == "group":
            grp = self._get(m.surface, "group")
            if m.alias and m.alias not in grp.aliases:
                grp.aliases.append(m.alias)
            return grp
        if m.alias == "given name only":
            return self._get(m.surface, "person")
        sp = None
        if len(_name_tokens(m.surface)) == 1:
            sp = self._person_by_token(m.surface, at)
            if sp is not None and m.surface not in sp.aliases and m.surface != sp.name:
                sp.aliases.append(m.surface)
        if sp is None and len(_name_tokens(m.surface)) == 1 and m.role in _KIN:
            # "His wife, Odile, said": a relative the story names by the given name alone.
            return self._get(m.surface, "person")
        if sp is None and len(_name_tokens(m.surface)) == 1 and len(m.surface) >= 3:
            # "the Fed" for the Federal Reserve quoted before: the first word's short form.
            low = _fold(m.surface)
            orgs = [
                o
                for o in self.speakers
                if o.kind == "org" and (_name_tokens(o.name) or [""])[0].startswith(low)
            ]
            if len(orgs) == 1:
                if m.surface not in orgs[0].aliases:
                    orgs[0].aliases.append(m.surface)
                return orgs[0]
            company = self._company_named_before(m.surface, at, trades=True)
            if company is not None:
                return company
            company = self._only_name_opened_by(m.surface, at)
            if company is not None:
                return company
        if sp is None and not m.title and not m.role and " " in m.surface:
            # "St. Aldric said" after "St. Aldric Health System": the short form of a company
            # named before, when the words never stood alone before it.
            earlier = self.text[: max(self.text.rfind(m.surface, 0, at), 0)]
            alone = re.search(rf"\b{re.escape(m.surface)}\b(?!\s+[A-Z])", earlier)
            company = None if alone else self._company_named_before(m.surface, at)
            if company is not None:
                return company
        if sp is None:
            if len(_name_tokens(m.surface)) == 1:
                if self._proper_noun(m.surface):
                    # "Parcelwise said", "Russia said": a name the text uses mid-sentence
                    # that no person bears is a company, a country or a team.
                    return self._get(m.surface, "org")
                # A lone capitalised word nobody was named as ("Critics") is no speaker.
                return None
            sp = self._get(m.surface, "person")
        if m.title and m.title not in sp.titles:
            sp.titles.append(m.title)
        if m.role and m.role not in sp.roles:
            sp.roles.append(m.role)
        return sp

    def _auditors_before(self, at: int, paragraph: int) -> _Speaker | None:
        """Who "the auditors" are: the auditing body, auditor or "state auditors" that spoke
        or made the audit before ``at``, or None."""

        def auditing(sp: _Speaker) -> bool:
            name = sp.name
            return bool(
                re.search(
                    r"\w\s+auditors$|Auditor|\bAudit\b|Inspector General|Board of Accounts", name
                )
                or any(re.search(r"[Aa]uditor|Inspector General", t) for t in sp.titles)
            )

        seen = [sp for sp in self.speakers if id(sp) in self.seen and auditing(sp)]
        if seen:
            return max(seen, key=lambda sp: self.seen[id(sp)])
        if not re.search(r"\b(?:audit|report)\b", self.text[:at]):
            return None
        author = self._doc_author("audit", paragraph, at)
        return author if author is not None and auditing(author) else None

    def _spelled_out(self, acronym: str) -> str | None:
        """The name in this text whose capitalised words' initials open with ``acronym``
        ("Centers for Disease Control and Prevention" for CDC, "United Nations" for U.N.)."""
        letters = acronym.replace(".", "")
        for mm in re.finditer(_ORG_NAME, self.text):
            name = mm.group(1)
            if self.text[max(0, mm.start() - 5) : mm.start()] == "U.S. ":
                name = "U.S. " + name  # "U.S. Department of Agriculture" for USDA
            words = [w for w in name.split() if w[:1].isupper()]
            while words and _fold(words[0]) in CAP_STOP:
                words = words[1:]
            initials = "".join(re.sub(r"[^A-Z]", "", w) if "." in w else w[0] for w in words)
            if (
                len(words) >= 2
                and initials.startswith(letters)
                and len(initials) <= len(letters) + 1
            ):
                return name[name.index(words[0]) :]
            if len(words) >= 3 and words[0] == "U.S." and initials[2:] == letters:
                # "ICE" for "U.S. Immigration and Customs Enforcement".
                return name[name.index(words[0]) :]
            if len(words) >= 3 and words[0] == "Department" and initials[1:] == letters:
                # "HHS" for "Department of Health and Human Services".
                return name[name.index(words[0]) :]
            own = name[name.index(words[0]) :].split() if words else []
            with_of = "".join(w[0] for w in own if w[:1].isupper() or w == "of")
            if len(words) >= 3 and with_of.upper() == letters and "of" in own:
                # "ODOT" for "Oklahoma Department of Transportation".
                return name[name.index(words[0]) :]
        # "FAA data show" in a story that never spells it out: the agency's usual name.
        return FEDERAL_ACRONYMS.get(letters)

    def _proper_noun(self, word: str) -> bool:
        """Whether ``word`` is a name in this text: capitalised mid-sentence ("workers at
        Parcelwise"), never in lower case, and neither a given name nor part of a person's."""
        low = _fold(word)
        if low in MALE_NAMES or low in FEMALE_NAMES or low in STOPWORDS or low in CAP_STOP:
            return False
        if re.search(rf"\b{re.escape(low)}\b", self.text):  # "critics", "officials"
            return False
        if any(sp.kind == "person" and low in _name_tokens(sp.name) for sp in self.speakers):
            return False
        if re.search(rf"\b{re.escape(word)}\s+[A-Z]", self.text):
            return False  # the short form of a longer name ("Mercora" for Mercora Biologics)
        return re.search(rf"\b[a-z][\w,]*\s+{re.escape(word)}\b", self.text) is not None

    def role(self, sp: _Speaker) -> str:
        """Most informative role: longest title plus longest description, orgs spelled out."""
        descs = [self._expand(r) for r in sp.roles]
        title = max(sp.titles, key=len, default="")
        desc = max(descs, key=len, default="")
        if title and desc and title.lower() not in desc.lower():
            # "Meteorologist" + "of the Coastal Weather Institute" reads as one phrase.
            sep = " " if re.match(r"(?:of|at|for|from|with)\b", desc) else "; "
            return f"{title}{sep}{desc}"
        return desc or title

    def _expand(self, role: str) -> str:
        """ "ministry spokesman" -> "South Korea's defence ministry spokesman" when known."""
        role = re.sub(r"^(?:the|a|an)\s+", "", role, flags=re.I)
        m = re.match(r"([a-z]+)(['’]s)?\b", role)
        if not m:
            return role
        for sp in self.speakers:
            head = m.group(1)
            if (
                sp.kind == "org"
                and _name_tokens(sp.name)[-1:] == [head]
                and _fold(sp.name).endswith(head)
            ):
                return sp.name + role[len(head) :]
        return role


# "X said A and that B", "said A, noting that B", "acknowledged A but said B": two statements.
# Also "said A, but urged B", "said A and accused B of ...", "said A, though he conceded that B".
_CONTENT_SPLIT = re.compile(
    r"(?:,?\s+(?:(?:and|but)\s+(?:(?:also\s+)?(\w+ed|said|says|argues?|contends?|insists?|notes?"
    r"|warns?|adds?|claims?|recommends?)\s+)?that|(?:and|but)\s+(said|says|thinks|believes))"
    r"|,\s+(noting|adding|arguing|saying|warning|insisting|citing)(?:\s+that)?"
    # "... and would ask state attorneys general to investigate", "and was asking residents to".
    r"|,?\s+(?:and|but)\s+(?:(?:would|will|was|is|were|are)\s+|(?:has|have)\s+(?=called\s+for))?"
    r"(urged|urging|urge|accused|asked|blamed|pointed\s+to|cited|dismissed|defended"
    r"|asking|ask|called\s+on|calling\s+on|called\s+for|calling\s+for|praised|criticized"
    # "said he would appeal and called the report "a rushed document"": a second statement.
    r"|called(?=\s+(?:the|a|an|it|him|her|them|his|their)\s))"
    r"|,?\s+(?:though|although|while)\s+(?:he|she|it|they)\s+(\w+ed)\s+that"
    # "would defend its contract, which he said could be ended only ...": a second claim.
    r"|,\s+(?:which|where)\s+(?:he|she|it|they)\s+(said|says|added)(?:\s+that)?"
    # "found that A, and it recommended that B": the same source, a second statement.
    r"|,?\s+(?:and|but)\s+(?:he|she|it|they)\s+(?:has\s+|have\s+|had\s+)?"
    r"(called\s+for|\w+ed|said|believes|thinks|says|expects|fears|hopes|doubts|admits"
    r"|acknowledges|concedes|insists|warns|argues)"
    r"(?!\s+so\b)(?:\s+that)?"
    # "..., and she told reporters on Wednesday that B": a second statement to someone else.
    r"|,?\s+and\s+(?:(?:in|on|last|this|earlier)\s+[\w.]+\s+)?(?:he|she|it|they)\s+(told|said|added)"
    r"\s+(?:[\w.'’]+\s+){1,4}?that"
    # "said he was open to changes but warned the council that B": to someone, a second one.
    r"|,?\s+(?:and|but)\s+(warned|told|assured|reminded)\s+(?:[\w.'’]+\s+){1,4}?that"
    # "defended the price, telling senators that B": the statement after the addressee.
    r"|,\s+(telling)\s+(?:[\w.'’]+\s+){1,4}?that"
    # "said A and predicted B": a second verb of speech without "that".
    r"|\s+(?:and|but)\s+(predicted|warned|argued|insisted|acknowledged|conceded|estimated|suggested)"
    # ... or a name with its verb: "and predicted Garrmont would win support".
    r"(?=\s+(?:the|a|an|it|he|she|they|[a-z]+s|[A-Z][a-z]+\s+(?:would|will|could|might|was|is))\s)"
    # "said the plan would pass, though she said it could take a year".
    r"|,\s+(?:though|although)\s+(?:he|she|it|they)\s+(said|says)(?:\s+that)?"
    # "believes the mayor acted within his authority and supports continued enforcement".
    r"|\s+(?:and|but)\s+(supports|opposes|backs|favors|favours)(?=\s+[a-z])"
    # "is saying the bill will cost jobs and promised on Wednesday to push for changes".
    r"|\s+and\s+(promised|vowed|pledged)(?:\s+on\s+[A-Z][a-z]+day)?(?=\s+to\s)"
    # "said the governor would review the text but expected to sign it": what she expects.
    r"|\s+but\s+(expected|expects)(?=\s+to\s)"
    # "said the state would help and wrote on Facebook that ...": a second, written statement.
    r"|\s+and\s+(wrote|posted)\s+(?:on\s+[A-Z][\w.]*\s+"
    # "endorsed Dyball last month and wrote in a guest column that ...".
    r"|in\s+(?:a|an|her|his|its|their)\s+(?:[\w\-]+\s+){0,2}?(?:column|letter|op-ed|post|essay)"
    r"\s+(?:to\s+[\w\-]+\s+(?:[\w\-]+\s+)?)?)?that"
    # "believes the town will be stronger, though he acknowledged it may take years" (last,
    # so that the groups above keep their numbers).
    r"|,\s+(?:though|although)\s+(?:he|she|it|they)\s+(acknowledged|conceded|admitted|cautioned)"
    r"(?=\s+(?:it|he|she|they|the|a|an|there)\s)"
    # "said he had reservations, but he would let the bill come to a vote": a second claim.
    r"|,\s+but(?=\s+(?:he|she|they|it)\s+(?:would|will|could|might)\s))\s+"
    # "says the district is short 22 drivers, and she is asking parents to drive": a request.
    r"|,\s+and\s+(?:he|she|they|it)\s+(?:is|are|was|were)\s+(asking|urging)\s+(?=[a-z])"
    # "believes A, and at last week's board meeting she said B": a second statement after a
    # circumstance.
    r"|,\s+and\s+(?:at|in|on|during|after)\s+(?:[\w.'’]+\s+){1,5}?(?:he|she|it|they)\s+"
    r"(said|says|added)(?:\s+that)?\s+"
    # "thinks A, and he told supporters at a campaign stop in Rio Rancho on Wednesday night
    # that B": an addressee and a place before the that-clause.
    r"|,\s+and\s+(?:he|she|it|they)\s+(told)\s+(?:[\w.'’]+\s+){5,12}?that\s+"
)


_CONCESSION = re.compile(
    r",\s+(?:though|although)\s+(?!(?:he|she|it|they)\s+\w+ed\s+that\b)"
    r"(?!(?:he|she|it|they)\s+(?:said|says|acknowledged|conceded|admitted|cautioned)\b)"
    # The writer's gloss on the statement: ", a move that critics ...", ", leaving ...".
    r"|,[\"”]?\s+(?:a|an)\s+(?:move|decision|step|change|figure|increase|decline|drop|cut|jump|deal|line|result)"
    r"\s+(?:that|which|drawn|based|taken)\b"
    # ", a figure the Department of Homeland Security has said it could meet only if ...",
    # ", a claim election officials have rejected": what others make of it.
    r"|,\s+a\s+(?:figure|claim|number|estimate|assertion|contention|charge)\s+(?!of\b)(?=\S+\s+\S)"
    r"|,\s+(?:leaving|prompting|forcing|sparking|drawing|pointing)\s"
    # "Trelawney has said he will stay neutral, but he has not endorsed ...", "..., but she
    # declined to say where": what the speaker has not done, told by the writer.
    r"|,\s+but\s+(?:he|she|they|it)\s+(?:(?:has|have|had|did|does|do)\s+(?:not|yet)\b"
    r"|declined\b|refused\b|stopped\s+short\b|would\s+not\s+say\b)"
    # "..., and she said so bluntly on Monday": that she said it, not what.
    r"|,?\s+and\s+(?:he|she|they|it)\s+(?:has\s+|had\s+)?said\s+so\b"
    # "... it was sending investigators, and the federal Pipeline and Hazardous Materials
    # Safety Administration ordered ...": another body's act, told by the writer.
    r"|,\s+and\s+the\s+(?:federal\s+|state\s+)?(?:agency|(?:[A-Z][\w\-]*\s+(?:(?:and|of|for)\s+)?){1,7})"
    r"(?:began|(?!said\b|added\b|noted\b|warned\b)[a-z]+ed)\s"
    # "..., which investigators have blamed on a vehicle": another party's view, not the
    # speaker's.
    r"|,\s+which\s+(?:investigators|officials|police|experts|critics|authorities|prosecutors"
    r"|regulators|analysts)\s"
    # "..., an idea Kostrana rejected in August": the writer on how others took it.
    r"|,\s+(?:a|an)\s+(?:idea|proposal|plan|claim|charge|assertion|accusation|position|view)"
    r"\s+(?:that\s+|which\s+)?(?:[A-Z]|the\s|his\s|her\s|its\s|their\s)"
    # The writer's note on a place or an event named at the end: "..., where the company has
    # its headquarters", "..., in which she is expected to run".
    r"|,\s+(?:where|in\s+which)\s+(?!(?:he|she|it|they)\s+(?:said|says|added)\b)"
    r"(?:the|a|an|it|its|he|she|they|[A-Z])"
    # ... and on the speaker: "..., as the maker of accounting software struggles to ...".
    r"|,\s+as\s+the\s+(?:[\w\-]+\s+){0,2}(?:" + "|".join(sorted(COMPANY_NOUNS)) + r")\s+of\s"
    # "... would respond to the letter but did not commit to the deadline": what the speaker
    # did not do is the writer's, not the statement.
    r"|,?\s+but\s+(?:did\s+not|didn't|declined\s+to|refused\s+to|would\s+not\s+say)\s"
    # ("said she had not decided and declined to discuss the firms": so too after "and".)
    r"|,?\s+and\s+(?:declined\s+to|refused\s+to|would\s+not\s+say|did\s+not\s+say)\s"
)


# The writer's aside that closes a reported statement: ", which Republicans will hold by five
# seats", ", because Ostravia holds elections in February", ", far fewer than ...", ", mostly
# by combining ...". Cut only when what comes before is a whole clause with its own verb (not
# "the order, which affects 780 holders, was needed ...").
_ASIDE = re.compile(
    # Only a subject relative ("which would eliminate ..."): "which the union rejected on
    # Friday" tells what became of the statement and stays with it (the seed's labels).
    r",\s+(?:which\s+(?!(?:he|she|it|they|we|I|the|a|an|his|her|its|their|[A-Z]\w*)\b)"
    r"|because\s"
    # ", an omission she called "a discourtesy"": the writer's name for what was said.
    r"|an?\s+[a-z]+\s+(?:he|she|they|it)\s+(?:called|described|termed|dubbed)\s"
    r"|which\s+(?:he|she|they)\s+called\s"
    # ", meaning the map would likely be used": the writer's consequence of it.
    r"|meaning\s+(?:the|that|a|an)\s"
    r"|far\s+(?:fewer|more|less|below|above)\s|(?:mostly|largely|partly|chiefly)\s+(?:by|in|through|because|from)\s)"
)


def _has_verb(words: str) -> bool:
    """Whether a stretch of reported content holds a finite verb (a modal, "was", "-ed")."""
    toks = re.findall(r"[a-z'’]+", words.lower())
    return any(t in FINITE or (t.endswith("ed") and len(t) > 4) for t in toks)


def _cut_aside(text: str, a: int, b: int) -> int:
    """The end of a reported span without the writer's closing aside, if it has one."""
    for m in _ASIDE.finditer(text, a, b):
        if text.count('"', a, m.start()) % 2 or text.count("“", a, m.start()) > text.count(
            "”", a, m.start()
        ):
            continue  # inside a quoted fragment
        rest = text[m.end() : b]
        if re.search(r",\s+(?:" + "|".join(sorted(FINITE)) + r")\b", rest):
            continue  # the aside closes and the clause goes on
        if _has_verb(text[a : m.start()]) and len(content_words(text[a : m.start()])) >= 3:
            return m.start()
    return b


# Second verbs that end a statement without making one ("and pointed to a 2024 report").
_ENDS_ONLY = frozenset({"blamed", "pointed", "cited", "dismissed", "defended"})


def _split_content(text: str, span: tuple[int, int], cue: str) -> list[tuple[str, int, int]]:
    """A reported span cut where a second statement starts; each part with its cue."""
    a, b = span
    b = _cut_aside(text, a, b)
    semi = text.rfind("; ", a, b) if cue == "according to" else text.find("; ", a, b)
    if semi > a and not text.count('"', a, semi) % 2:
        # "has called for a freeze on property taxes; Zamarripa-Ansbergen has proposed ...":
        # a semicolon ends the statement (the writers cut there 28 times against once); a
        # source named after it ("No gun was found; ..., according to the TBI") has the last.
        if cue == "according to":
            a = semi + 2
        else:
            b = semi
    if cue in RULE_VERBS:
        act = re.search(r",\s+[a-z]+ing\b", text[a:b])
        if act is not None and not text.count('"', a, a + act.start()) % 2:
            # "ruled that the state has underfunded its schools, giving lawmakers until July":
            # what the court then did is no part of its finding.
            b = a + act.start()
    concession = _CONCESSION.search(text, a, b)
    if concession is not None and not text.count('"', a, concession.start()) % 2:
        # "said at least two veterans died, though it did not find that ...": the concession
        # is no part of the statement (unless it is one of its own: "though she conceded that").
        b = concession.start()
    parts: list[tuple[str, int, int]] = []
    pos, cur_cue = a, cue
    for m in _CONTENT_SPLIT.finditer(text, a, b):
        if _QUOTED.search(text, pos, m.start()) and text.count('"', pos, m.start()) % 2:
            continue  # inside a quoted fragment
        if (
            (m.group(6) or (m.group(4) and re.match(r",?\s+but\b", m.group())))
            and cue in OBJECT_VERBS
            and cue not in SAY_VERBS
        ):
            # "questioned the poll's sample, which it says undercounted renters", "welcomed
            # the vote but urged the council to ...": one statement, kept whole. (But "backed
            # the change and urged ..." is two: the writers label what was backed on its own.)
            continue
        if m.group(7) and m.group(7).split()[0] not in SAY_VERBS | OBJECT_VERBS | FIND_VERBS:
            continue  # ", and it closed the plant": no second statement
        verb = next((g for g in m.groups() if g), None)
        if verb and verb.startswith(("called", "calling")):
            verb = "called"
        verb = {
            "urging": "urged",
            "urge": "urged",
            "asking": "asked",
            "ask": "asked",
            "telling": "told",
        }.get(verb or "", verb)
        if m.start() > pos:
            end = m.start()
            if cur_cue in OBJECT_VERBS and cur_cue not in SAY_VERBS:
                # "endorsed Dyball last month and wrote ...": the object, not when.
                when = _TRAILING_WHEN.search(text, pos, end)
                end = when.start() if when and when.start() > pos else end
            parts.append((cur_cue, pos, end))
        pos = m.end()
        if verb:
            cur_cue = {
                "noting": "noted",
                "adding": "added",
                "arguing": "argued",
                "citing": "cited",
            }.get(verb, "said" if verb == "saying" else ("warned" if verb == "warning" else verb))
            if verb == "insisting":
                cur_cue = "insisted"
            if verb.split()[0] in _ENDS_ONLY:
                cur_cue = ""  # "said A and blamed the House": A ends there; the rest is no claim
    if b > pos:
        parts.append((cur_cue, pos, b))
    parts = [p for p in parts if p[0]]
    for n, (c, x, y) in enumerate(parts):
        tail = _ENDORSED_TAIL.search(text, x, y) if c.lower() in _ENDORSE_CUES else None
        if tail is not None and tail.start() > x:
            # "endorsed Treadwell in August", "endorsed Gorrell in March and appeared in one of
            # her ads": whom, not when or what else.
            parts[n] = (c, x, tail.start())
    # An object verb's object may be short ("opposed the bill, arguing that ...").
    # ... and a first clause cut off a second statement may be short ("the outage was over,
    # but urged customers to ...").
    first_min = 1 if (cue in OBJECT_VERBS and cue not in SAY_VERBS) or len(parts) > 1 else 2
    kept = [
        (c, x, y)
        for n, (c, x, y) in enumerate(parts)
        if len(content_words(text[x:y])) >= (first_min if n == 0 else 2)
        # ("and warned that more could follow": short, but a clause of its own.)
        or (n > 0 and content_words(text[x:y]) and _has_verb(text[x:y]))
    ]
    return kept or [(cue, a, b)]


def _headings(text: str) -> list[tuple[int, int]]:
    """Spans of headline, title, byline and dateline paragraphs: never a speaker's words."""
    out = []
    paras = split_paragraphs(text)
    for x, (s, e) in enumerate(paras):
        para = text[s:e]
        words = para.split()
        if not words or len(words) > 25:
            continue
        ends_sentence = para.rstrip()[-1] in ".!?\"”'’:;)"
        byline = words[0] in {"By", "BY"} and len(words) <= 8
        following = text[paras[x + 1][0] : paras[x + 1][1]].split() if x + 1 < len(paras) else []
        over_byline = bool(following) and following[0] in {"By", "BY"} and len(following) <= 8
        if over_byline or (x == 0 and not ends_sentence):
            # The opening line, or the one over a byline, is the headline, even in sentence
            # case with a speech verb ("University says researcher fabricated data") or ending
            # on a quotation ("... She Calls It 'A Lie'").
            out.append((s, e))
            continue
        caps = sum(1 for w in words if w[:1].isupper()) / len(words)
        # A paragraph that quotes or reports speech is text, even without its final period.
        speech = any(c in para for c in _OPENERS) or any(
            w.lower().strip(",.") in SAY_VERBS for w in words
        )
        # A headline in title case is a heading even with a speech verb ("Finance Chief Tells
        # Jury She Warned Founder").
        title_case = caps >= 0.8 and len(words) >= 4 and not any(c in para for c in _OPENERS)
        if byline or (
            not ends_sentence and (title_case or (not speech and (caps >= 0.6 or len(words) <= 12)))
        ):
            out.append((s, e))
    return out


def _subject_then_quote(text: str, a: int, qa: int, qb: int, b: int) -> bool:
    """Whether the reported span a..b is a subject of a few words and then the quotation
    qa..qb that carries its verb ('the neighbors "aren't done."'): the quotation alone is
    no statement of its own."""
    lead = re.findall(r"[A-Za-z'’\-]+", text[a:qa])
    first = re.findall(r"[A-Za-z'’]+", text[qa:qb])
    verb = first[0].lower() if first else ""
    return (
        2 <= len(lead) <= 4
        and lead[0].lower() in _NP_OPENERS
        and not _has_verb(" ".join(lead[1:]))
        and not re.search(r"[A-Za-z]", text[qb:b])
        and (
            verb in FINITE | _IRREGULAR_PASTS | _MODALS
            or re.fullmatch(r"[a-z]+n['’]t", verb) is not None
            or re.fullmatch(r"[a-z]{3,}(?<!s)s|[a-z]{3,}ed", verb) is not None
        )
    )


# Words that open a subject noun phrase before a quotation that carries its verb.
_NP_OPENERS = _words("the a an his her its their this these those")
_MODALS = _words("will would can could should may might must shall")
# Irregular past forms that make a clause of the writer's ("she understood why ...").
_IRREGULAR_PASTS = _words(
    "understood knew thought felt told said took gave made found saw got kept left lost won paid"
)


def _substantial(text: str, span: tuple[int, int], quotes: list[_Tok]) -> bool:
    """True if the reported span says enough outside its quoted fragments."""
    a, b = span
    pieces, pos = [], a
    for q in quotes:
        if a <= q.start and q.end <= b:
            pieces.append(text[pos : q.start])
            pos = q.end
    pieces.append(text[pos:b])
    outside = " ".join(pieces)
    words = content_words(outside)
    if len(words) >= MIN_REPORTED_WORDS:
        return True
    low = re.findall(r"[a-z]+", outside.lower())
    inside = [q for q in quotes if a <= q.start and q.end <= b]
    lead = re.findall(r"[A-Za-z]+", text[a : inside[0].start]) if inside else []
    if (
        inside
        and (
            len(lead) >= 2
            # ('said it "respectfully disagrees" with several findings': the subject, its
            # verb in the quotation, and the writer's words after it.)
            or (
                len(lead) == 1
                and lead[0].lower() in {"it", "he", "she", "they", "we"}
                # (Not 'said it "welcomes the scrutiny" in a statement': a circumstance.)
                and not re.fullmatch(
                    r"[\s,]*(?:in|on|at|during|to|through)\s+(?:(?:a|an|the|his|her|its|their)\s+)?"
                    r"(?:[\w\-]+\s*){1,3}[.,]?\s*",
                    text[inside[-1].end : b],
                )
            )
        )
        and re.search(r"[A-Za-z]", text[inside[-1].end : b])
    ):
        # 'she felt "no happiness" about the decision': a fragment set in a clause of
        # the writer's; the statement is the whole clause.
        return True
    if inside and _subject_then_quote(text, a, inside[0].start, inside[0].end, inside[0].end):
        # 'said the neighbors "aren't done."', 'said the mayor "supports the council's
        # approach."': the subject is the writer's, its verb opens the quotation.
        return True
    if (
        low
        and (low[0] in SUBJECT_STARTS or len(words) >= 2 or outside.strip()[:1].isupper())
        and (
            (_has_verb(outside) or any(w in _IRREGULAR_PASTS for w in low[1:]))
            and any(
                w in FINITE or w in _IRREGULAR_PASTS or (w.endswith("ed") and len(w) > 4)
                for w in low[1:]
            )
        )
    ):
        # 'said the provisions amounted to "amnesty"', 'wrote that Republicans had "a culture
        # of corruption"': a subject and its verb outside the quotation.
        return True
    if re.fullmatch(
        r"\s*(?:that\s+)?(?:the|a|an|his|her|its|their|this)\s+(?:[a-z'’\-]+\s+){0,2}?[a-z\-]*[a-rt-z]"
        r"\s+(?!as\s)[a-z]+[^s\W]s\s*",
        outside,
    ):
        # 'said that the state's system needs "modernizing."': a subject and its verb in
        # the present tense, then the quoted words.
        return True
    # A clause of its own: a subject ("he", "the senator", "footage released too quickly")
    # and a finite verb.
    return (
        bool(low)
        # ("lawmakers should not "punish success."": a bare plural subject and its modal.)
        and (
            low[0] in SUBJECT_STARTS
            or len(words) >= 2
            or (
                len(low) >= 2
                and low[0].endswith("s")
                and low[0] not in STOPWORDS
                and low[1] in FINITE
            )
        )
        # "he respected the court but that the ruling "..."": a past tense counts too, in
        # the first of two that-clauses.
        and any(
            w in FINITE
            or (
                low[0] in PRONOUN_SUBJECTS
                and _has_verb(w)
                and re.search(r"\b(?:and|but)\s+that\b", outside) is not None
            )
            # 'said the loans make him the only candidate who "can't be bought"': a common
            # verb in the present or an irregular past after its subject.
            or (x >= 1 and low[0] in SUBJECT_STARTS and w in _COMMON_VERBS)
            for x, w in enumerate(low)
        )
    )


# Verbs that _has_verb misses (no "-ed", no auxiliary), in the forms a clause's verb takes.
_COMMON_VERBS = _words(
    """make makes made take takes took give gives gave keep keeps kept mean means meant
    leave leaves left come comes came go goes went get gets got need needs want wants put
    puts cost costs shows show let lets"""
)


_AND_THAT = re.compile(r"\s*,?\s+and\s+that\s+")


def _and_that_after_quote(
    text: str, quote: _Tok, end: int, cue: str
) -> tuple[str, tuple[int, int]] | None:
    """'said "the right answer is more housing," and that he would bring a plan': the
    clause after the quotation is a second statement, reported (cue and span)."""
    m = _AND_THAT.match(text, quote.end, end)
    if m is None or cue.lower() not in SAY_VERBS:
        return None
    b = end
    while b > m.end() and text[b - 1] in " .\n":
        b -= 1
    return (cue, (m.end(), b)) if b - m.end() > 10 else None


def _split_semicolons(text: str, sents: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Sentences cut at a semicolon that opens another attributed clause: "Kelmora says the
    treaty gives it the waters; Varnesse says the treaty was superseded" is two statements."""
    out = []
    for para, s, e in sents:
        start = s
        for m in re.finditer(r";\s+", text[s:e]):
            cut = s + m.start()
            if text.count('"', start, cut) % 2 or text.count("“", start, cut) > text.count(
                "”", start, cut
            ):
                continue  # inside a quotation
            head = re.findall(r"[\w'’\-]+", text[s + m.end() : e])[:8]
            if any(w.lower() in (SAY_VERBS - OBJECT_VERBS) | FIND_VERBS for w in head[1:]):
                out.append((para, start, cut + 1))
                start = s + m.end()
        both = list(re.finditer(r",\s+according to\b[^,;]*,\s+(?:and|but|while)\s+", text[start:e]))
        if len(both) == 1 and "according to" in text[start + both[0].end() : e]:
            # "A, according to the U.S. Drought Monitor, and B, according to the State
            # Engineer": two sourced statements in one sentence.
            m = both[0]
            out.append((para, start, start + m.end() - 1))
            start = start + m.end()
        out.append((para, start, e))
    return out


# A sentence cut after a clock time ("10:15 p.m.") whose next words carry on the time.
_CLOCK_END = re.compile(r"\d\s*[ap]\.m\.\s*$")
_CLOCK_GOES_ON = re.compile(
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|ET|EST|EDT|CT|CST|CDT|MT|MST"
    r"|MDT|PT|PST|PDT)\b"
)


def _join_tags(text: str, sents: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """Sentences with a speech tag split off a question or exclamation put back: '"Why?"' +
    'Talmadge asked.' is one sentence."""
    out: list[tuple[int, int, int]] = []
    for para, s, e in sents:
        if (
            out
            and out[-1][0] == para
            and _CLOCK_END.search(text, out[-1][1], out[-1][2])
            and _CLOCK_GOES_ON.match(text, s, e)
        ):
            # "at about 10:15 p.m. Wednesday, and ...": a time of day, no sentence end.
            out[-1] = (para, out[-1][1], e)
            continue
        if (
            out
            and out[-1][0] == para
            and re.search(r"[?!][\"”]\s*$", text[out[-1][1] : out[-1][2]])
        ):
            words = text[s:e].split()
            if len(words) <= 8 and any(w.lower().strip(",.;") in SAY_VERBS for w in words[:5]):
                out[-1] = (para, out[-1][1], e)
                continue
        out.append((para, s, e))
    return out


_NO_CONTENT = re.compile(
    r"(?:not\s+to\s+be\s+(?:named|identified)\b"
    r"|(?:that\s+)?(?:his|her|their)\s+names?\s+not\s+be\s+(?:used|published|printed)\b"
    r"|(?:that|this|these|those)\s*[.,;]?$"
    # "said so", "said as much", "said the same": a pointer to another statement.
    r"|(?:so|as\s+much|the\s+same)(?:\s+(?:too|again|publicly|on\s+\w+))?\s*[.,;]?$"
    # "has said little in public", "said nothing about the talks": no statement.
    r"|(?:little|nothing|much|less|more)\b(?:\s+(?:in\s+public|publicly|about|on|since)\b.*)?$)"
)


# "..., a retired nurse who said she voted for ...": a statement inside a relative clause.
_RELATIVE_SAID = re.compile(
    r"(?:\bwho\s+(?:(?:has\s+)?(?P<cue>said|says|told\s+(?:the\s+)?[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*)*)"
    # ("who wrote the law", "who argued the case": authorship, unless "that" follows.)
    r"(?:\s+that)?|(?P<wrote>wrote|argued|warned)\s+that"
    # ("a Democrat who has called for Cuthbert to release his communications".)
    r"|(?:has\s+)?(?P<called>called)\s+for"
    # ("Mayor Gloria Hargis, who has endorsed the measure, is saying ...".)
    # ("Howard Yelland, who endorsed Wendleby in December, introduced her".)
    r"|(?:has\s+|have\s+)?(?P<endorsed>endorsed))"
    # ("the Show-Me Teachers Guild, which has endorsed the bill": a body's endorsement.)
    r"|(?<=,\s)which\s+(?:has\s+|have\s+)?(?P<which>endorsed)"
    # ("The Sky Island Wildlands Council, which argues that the wall blocks ...": a body's.)
    r"|(?<=,\s)which\s+(?:has\s+long\s+|has\s+)?(?P<whichsays>says|said|argues|argued|contends"
    r"|maintains|insists)(?:\s+that)?"
    # ("Tolquorin Earthworks, a Phoenix construction company that says it was never ...".)
    r"|(?<=\s)(?:company|firm|group|nonprofit|organization|coalition|developer|contractor)\s+that"
    r"\s+(?P<thatsays>says|argues|contends|maintains|insists)(?:\s+that)?)\s+(?=\S)"
)
# Where a relative clause's endorsement goes on past whom it names ("in his last two races").
_ENDORSED_WHERE = re.compile(r"\s+in\s+(?:the|his|her|their|its|both|each|all|every)\b")
# The relative clause ends where the sentence's own verb comes back (", told the council").
_RELATIVE_END = re.compile(
    r",\s+(?:said|says|told|called|asked|thinks|believes|wants|urged|added|argued|testified"
    r"|is|was|has|had|[a-z]{3,}ed)\b|\s+and\s+that\b|\s+(?:he|she)\s+said\b"
)
# "Cornelius Lambston, 68, a retired bus mechanic in Macon" / "Keedy," right before "who".
_RELATIVE_PERSON = re.compile(
    r"([A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,3})(?:,\s+\d{1,3})?"
    r"(?:,\s+(?:(?:a|an|the)\s+[^,\"“”]{1,80}?|[DRI]-[A-Z][\w.\- ]*)|\s+(?:a|an)\s+\d+-year-old)?"
    r",?\s+$"
)
# Words that end a group's noun phrase on its left ("complaints from keepers who said").
_RELATIVE_STOPS = _words("from by were are was is include includes including among heard")


def _relative_statements(
    text: str, s: int, e: int, found: list[_Raw], reg: _Registry, para: int
) -> list[_Raw]:
    """Statements in "NAME, a retired nurse who said ..." and "two nurses who said ..."
    relative clauses that no other cue of the sentence has taken."""
    out: list[_Raw] = []
    for m in _RELATIVE_SAID.finditer(text, s, e):
        cs = m.end()
        stop = _RELATIVE_END.search(text, cs, e)
        ce = stop.start() if stop else e
        while ce > cs and text[ce - 1] in " .,;:":
            ce -= 1
        endorsing = bool(m.group("endorsed") or m.group("which"))
        if endorsing:
            # Whom or what it endorsed, not what the sentence goes on to say of it.
            ce = min([ce] + [x.start() + cs for x in re.finditer(r"\s+since\b|,", text[cs:ce])])
            when = _ENDORSED_TAIL.search(text, cs, ce) or _ENDORSED_WHERE.search(text, cs, ce)
            if when is not None and when.start() > cs:
                # "who endorsed Wendleby in December", "which endorsed Vintenberg in his last
                # two races": whom, not when.
                ce = when.start()
        if len(text[cs:ce].split()) < (1 if endorsing else 3) or any(
            r.start < ce and cs < r.end for r in found
        ):
            continue
        if text[cs:ce].split()[0].lower() in {"so", "nothing", "little", "otherwise", "as"}:
            continue  # "who said so last year": no statement of its own
        before = text[s : m.start()]
        mention: _Mention | None = None
        if m.group("thatsays"):
            body = re.search(rf"({_ORG_RUN}),\s+(?:a|an)\s+[^,;\"“”]{{0,60}}$", before)
            if body is None or _fold(body.group(1).split()[0]) in CAP_STOP:
                continue
            mention = _Mention(body.group(1), "org")
        if m.group("which") or m.group("whichsays"):
            body = re.search(rf"({_ORG_RUN}),\s+$", before)
            named = (
                _classify(_tokens(text, s + body.start(1), s + body.end(1)), text) if body else None
            )
            if named is None or named.kind != "org":
                continue
            mention = named
        person = None if mention is not None else _RELATIVE_PERSON.search(before)
        if person is not None and re.search(
            r"\b(?:from|in|of|at|near|outside|for|to|on)\s+$", before[: person.start(1)]
        ):
            # "a teacher from El Paso who says": a place, not the speaker.
            continue
        if person is not None:
            ns = s + person.start(1)
            who = _classify(_tokens(text, ns, s + person.end(1)), text)
            if who is not None and who.kind == "person":
                mention = who
        if mention is None and person is None:
            words = _tokens(text, s, m.start())
            x = len(words)
            while (
                x > 0
                and len(words) - x < 6
                and words[x - 1].kind == "W"
                and (words[x - 1].low not in _RELATIVE_STOPS or len(words) - x == 0)
            ):
                x -= 1
            np_ = words[x:]
            if np_ and np_[0].low == "and":
                np_ = np_[1:]
            if np_ and (np_[-1].low.endswith("s") or np_[0].low in {"a", "an"}):
                mention = _unnamed(np_, text)
                if mention is None and np_[-1].low.endswith("s"):
                    said = _Tok("W", "said", np_[-1].end, np_[-1].end)
                    grouped = _group([*np_, said], len(np_), text)
                    mention = grouped[0] if grouped is not None else None
        if mention is None:
            continue
        sp = reg.resolve(mention, para, m.start())
        if sp is None:
            continue
        written = next(
            m.group(g)
            for g in ("cue", "wrote", "called", "endorsed", "which", "whichsays", "thatsays")
            if m.group(g)
        )
        cue = written.split()[0]
        out.append(_Raw(sp, "reported", cue, cs, ce, s, e))
    return out


def _open_paragraphs(text: str, raws: list[_Raw], heads: list[tuple[int, int]]) -> list[_Raw]:
    """Quote paragraphs left open by the wire convention: a quotation that runs over several
    paragraphs has no closing mark until its last one, and each paragraph opens with a mark.
    The open paragraphs belong to the speaker of the quotation the run ends with."""
    paras = _body_paragraphs(text, heads)
    out: list[_Raw] = []
    for n, (s, e) in enumerate(paras):
        body = text[s:e].rstrip()
        straight_open = body.startswith('"') and body.count('"') == 1
        curly_open = body.startswith("“") and "”" not in body
        if not (straight_open or curly_open):
            continue
        # The run continues while the next paragraphs open a quotation too.
        owner = None
        for ns, ne in paras[n + 1 : n + 4]:
            if not text[ns:ne].startswith(('"', "“")):
                break
            owner = next((r for r in raws if r.kind == "direct" and ns <= r.start < ne), None)
            if owner is not None:
                break
        if owner is None:
            continue
        a, b = s + 1, s + len(body)
        if b - a >= 20 and not any(r.start < b and a < r.end for r in raws):
            out.append(_Raw(owner.speaker, "direct", owner.cue, a, b, s, e))
    return out


# What a merger story calls its two parties together ("the two companies said").
PARTY_NOUNS = _words("companies firms systems airlines carriers banks lenders chains insurers")
_BUY = r"(?:buy|acquire|purchase|merge[ \t]+with|combine[ \t]+with|take[ \t]+over)"
_CAP_RUN = rf"(?:{_CAP_WORD})(?:[ \t]+(?:{_CAP_WORD}))*"
# "Cardinal Air has agreed to buy Grayhaven Airways": buyer and bought.
_DEAL = re.compile(
    rf"({_CAP_RUN})[ \t]+(?:has[ \t]+|have[ \t]+|had[ \t]+)?"
    rf"(?:agreed[ \t]+to[ \t]+|plans[ \t]+to[ \t]+|will[ \t]+)?{_BUY}s?[ \t]+({_CAP_RUN})"
)
# "The merger between Carrowfield Health and Blessington Medical Partners": the parties.
_MERGER = re.compile(rf"\bmerger[ \t]+(?:between|of)[ \t]+({_CAP_RUN})[ \t]+and[ \t]+({_CAP_RUN})")
# "... said that it had agreed to buy Granary Market Group": the bought only.
_DEAL_OBJECT = re.compile(
    rf"\b(?:agreed|agreement|deal|plans?)[ \t]+to[ \t]+{_BUY}[ \t]+({_CAP_RUN})"
)


def _names_both_parties(sp: _Speaker) -> bool:
    """Whether a group speaker is "the (two) companies", "both banks" and the like."""
    words = _fold(sp.name).split()
    while words and words[0] in {"the", "two", "both"}:
        words = words[1:]
    return sp.kind == "group" and " ".join(words) in PARTY_NOUNS


def _deal_parties(text: str, raws: list[_Raw]) -> str | None:
    """ "Cardinal Air and Grayhaven Airways" when a story opens on one buying the other, or
    the two organisations quoted together ("Saint Aubrey Health and Monongahela Valley
    Medical said"); None otherwise."""
    m = _DEAL.search(text)
    if m is not None:
        first = [w for w in m.group(1).split() if _fold(w) not in CAP_STOP]
        if first and m.group(2):
            return f"{' '.join(first)} and {m.group(2)}"
    m = _MERGER.search(text)
    if m is not None:
        return f"{m.group(1)} and {m.group(2)}"
    m = _DEAL_OBJECT.search(text)
    if m is not None:
        # "Verbena Foods, the fifth-largest grocery chain, said Monday that it had agreed to
        # buy Granary Market Group": the buyer opens the sentence.
        opening = max(text.rfind("\n", 0, m.start()), text.rfind(". ", 0, m.start())) + 1
        buyer = _FULL_NAME.search(text, opening, m.start())
        words = [w for w in buyer.group(0).split() if _fold(w) not in CAP_STOP] if buyer else []
        if words:
            return f"{' '.join(words)} and {m.group(1)}"
    joint = {
        r.speaker.name
        for r in raws
        if r.speaker.kind == "org"
        and re.fullmatch(
            rf"(?:{_CAP_WORD})(?: (?:{_CAP_WORD}))* and (?:{_CAP_WORD})(?: (?:{_CAP_WORD}))*",
            r.speaker.name,
        )
    }
    return joint.pop() if len(joint) == 1 else None


_COUNTY = re.compile(r"\b([A-Z][a-z]+) County\b")


def _story_state(text: str) -> str:
    """The one US state a story is about: named at least twice, twice as often as any other."""
    counts: dict[str, int] = {}
    for state in US_STATES:
        name = " ".join(w.capitalize() for w in state.split())
        found = len(re.findall(rf"\b{name}\b(?![ \t]+(?:State|City|University))", text))
        if found:
            counts[name] = found
    for name in list(counts):
        # "West Virginia" also matches "Virginia": those are not Virginia's.
        counts[name] -= sum(n for other, n in counts.items() if other.endswith(" " + name))
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
        return ""
    return ranked[0][0]


def _dateline_city(text: str) -> str:
    """The city of the story's dateline ("TUCSON, Ariz. —"), in title case, or ""."""
    m = re.search(
        r"(?m)^([A-Z][A-Z.'\- ]{2,}[A-Z]),[ \t]+[A-Z][a-z]+\.?[ \t]*(?:\([^)]*\)[ \t]*)?[—–-]", text
    )
    return " ".join(w.capitalize() for w in m.group(1).split()) if m else ""


def _dateline_town(text: str) -> str:
    """The town of a story's dateline written with or without its state ("CALDERHAVEN —",
    "TUCSON, Ariz. —"), in title case, when the story names it again; or ""."""
    city = _dateline_city(text)
    if city:
        return city
    m = re.search(r"(?m)^([A-Z][A-Z.'’\- ]{2,}[A-Z])[ \t]*(?:\([^)]*\)[ \t]*)?[—–]", text)
    if m is None:
        return ""
    words = m.group(1).split()
    town = " ".join(w.capitalize() for w in words)
    if (
        words[-1] in {"COUNTY", "PARISH", "BOROUGH", "TOWNSHIP"}
        or _fold(town) in US_STATES | {"washington", "new york"}
        # (A town is named again in the story; a section's name is not.)
        or not re.search(rf"\b{re.escape(town)}\b", text[m.end() :])
    ):
        return ""
    return town


def _council_city(text: str) -> str:
    """The one city whose council or hall the story names ("the Carrowmere City Council"), or
    ""."""
    cities = set(re.findall(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) City (?:Council|Hall)\b", text))
    cities = {c.removeprefix("The ") for c in cities}
    cities = {c for c in cities if _fold(c.split()[0]) not in CAP_STOP}
    return cities.pop() if len(cities) == 1 else ""


def _article_names(text: str) -> dict[tuple[str, ...], str]:
    """Every capitalised name of two or more words in ``text``, by its folded words."""
    fulls: dict[tuple[str, ...], str] = {}
    for mm in _FULL_NAME.finditer(text):
        words = mm.group(0).split()
        while words and _fold(words[0]) in CAP_STOP:
            words = words[1:]
        if len(words) > 2 and (words[0] == "PAC" or re.search(r"['’]s$", words[0])):
            words = words[1:]  # "super PAC Brighter Days Fund", "NHTSA's Office of ..."
        if _kind_before_name(words):
            words = words[1:]  # "Utility Crestfall Power": the company is "Crestfall Power".
        cut = next((x for x in range(1, len(words) - 1) if _fold(words[x + 1]) in TIME_WORDS), None)
        words = words[:cut]  # "Dunmore Port Authority on Monday": the name ends at the day.
        seat = next(
            (
                x
                for x in range(2, len(words) - 1)
                if words[x] == "of" and _fold(words[x - 1]) in COMPANY_HEADS
            ),
            None,
        )
        words = words[:seat]  # "Brantwood Fluid Systems of Toledo": the company, not its town.
        held = next(
            (
                x
                for x in range(3, len(words) - 1)
                if "of" in words[1:x] and re.fullmatch(_TITLE_CAPS, words[x])
            ),
            None,
        )
        words = words[:held]  # "Bureau of Prisons Director Colette Riesterer": the body.
        of = words.index("of") if "of" in words else -1
        if (
            of >= 3
            and re.fullmatch(_TITLE_CAPS, words[0])
            and not set(_name_tokens(" ".join(words[1:of]))) & ORG_HEADS
        ):
            continue  # "Mayor Cressida Fenwoolde of Heskethby Springs": a person and her town
        if len(words) < 2:
            continue
        name = re.sub(r"['’]s?$", "", " ".join(words))
        fulls.setdefault(tuple(_fold(w) for w in re.split(r"[ \t/]+", name)), name)
    return fulls


def _usual_name(sp: _Speaker) -> None:
    """Rename an organisation to the form its kind usually goes by, the old form an alias:
    "NHTSA's Office of X" → "Office of X", "PAC Brighter Days Fund" → "Brighter Days Fund",
    "Local 562 of the X Workers" → "X Workers Local 562"."""
    owned = re.fullmatch(
        r"[A-Z][\w.&\-]*['’]s ([A-Z][\w'’\-]*(?: (?:of|for|and|on|the|[A-Z][\w'’\-]*))+)",
        sp.name,
    )
    if owned and owned.group(1).split()[-1][:1].isupper():
        sp.aliases.append(sp.name)
        sp.name = owned.group(1)
    pac = re.fullmatch(r"PAC ((?:[A-Z][\w'’\-]* ?){2,})", sp.name)
    if pac:
        sp.aliases.append(sp.name)
        sp.name = pac.group(1).strip()
    local = re.fullmatch(r"Local (\d+) of (?:the )?(.+)", sp.name)
    if local:
        sp.aliases.append(sp.name)
        sp.name = f"{local.group(2)} Local {local.group(1)}"
    bare = sp.name.removeprefix("U.S. ")
    initials = next((k for k, v in FEDERAL_ACRONYMS.items() if v == bare), None)
    if initials and initials not in sp.aliases:
        sp.aliases.append(initials)  # "Federal Trade Commission" is also "FTC"
    if initials and bare != sp.name and bare not in sp.aliases:
        sp.aliases.append(bare)  # "U.S. Environmental Protection Agency", also without "U.S."
    seat = re.fullmatch(r"(.+ ([A-Z][a-z]+)) of ([A-Z][a-z]+(?: [A-Z][a-z]+)?)", sp.name)
    if seat and _fold(seat.group(2)) in COMPANY_HEADS:
        # "Solvane Ridge Energy of Denver": the company, not its town.
        sp.aliases.append(sp.name)
        sp.name = seat.group(1)
    office = re.fullmatch(r"office of (.+)", sp.name)
    if office:
        words = office.group(1).split()
        k = next(
            (
                k
                for k in range(len(words) - 2, 0, -1)
                if _fold(" ".join(words[:k])) in OFFICE_TITLES
            ),
            0,
        )
        if k:
            # "The office of Attorney General Marcus Tillery": the attorney general's office.
            sp.aliases.append(sp.name)
            sp.name = f"{OFFICE_TITLES[_fold(' '.join(words[:k]))]}'s office"


def _holds(key: tuple[str, ...], short: tuple[str, ...]) -> bool:
    """Whether the longer name ``key`` is the body ``short`` names."""
    n = len(short)
    if n == 2 and short[1] in {"department", "ministry"} and key[-3:] == (short[1], "of", short[0]):
        return True  # "the Agriculture Department" is the "U.S. Department of Agriculture".
    at = [i for i in range(len(key) - n + 1) if key[i : i + n] == short]
    if not at:
        return False
    i = at[0]
    if short[-1] == "county" and i + n < len(key):
        # "Quendrath County" is the county, not the "Quendrath County Auditor's Office".
        return False
    if i + n < len(key) and not (
        key[-1] in ORG_HEADS or key[-1] in OUTLET_WORDS or ORG_CONNECTORS & set(key[1:-1])
    ):
        # A longer name that goes on past the short one must read as an organisation's:
        # "Coast Guard Capt" is a title, not a body.
        return False
    if any(w == "and" and not i <= x < i + n for x, w in enumerate(key)):
        # "Coast Guard and the National Transportation Safety Board": two bodies.
        return False
    # "the Senate" is not "the Senate Judiciary Committee": a body named by its head word is
    # a longer name only with a qualifier before it or "of ..." after.
    return not (short[-1] in ORG_HEADS and i + n < len(key) and key[i + n] not in ORG_CONNECTORS)


def _companies_by_first_words(
    text: str, raws: list[_Raw], reg: _Registry, renamed: dict[int, _Speaker]
) -> None:
    """ "Umbersby Crest said" after "the parent company, Umbersby Crest Health, said": two
    capitalised words read as a person's name are the company whose name they begin, when no
    title goes with them and the last of them never stands alone ("Crest said" would be a
    person's surname)."""
    orgs = [sp for sp in reg.speakers if sp.kind == "org"]
    for r in raws:
        sp = r.speaker
        if sp.kind != "person" or sp.titles or sp.roles or id(sp) in renamed:
            continue
        words = tuple(_fold(w) for w in sp.name.split())
        if len(words) < 2:
            continue
        longer = {
            o.name
            for o in orgs
            if len(o.name.split()) > len(words)
            and tuple(_fold(w) for w in o.name.split()[: len(words)]) == words
            and _fold(o.name.split()[-1]) in COMPANY_HEADS
        }
        last = re.escape(sp.name.split()[-1])
        alone = re.search(rf"(?<!{re.escape(sp.name.split()[-2])} ){last}\b", text)
        if len(longer) != 1 or alone is not None:
            continue
        own = next(o for o in orgs if o.name in longer)
        if sp.name not in own.aliases:
            own.aliases.append(sp.name)
        renamed[id(sp)] = own


def _name_orgs_in_full(text: str, raws: list[_Raw], reg: _Registry, outlet: str = "") -> None:
    """An organisation quoted under a short form ("Kestrelmoor", "the Coast Guard", "the
    Texas Commission") takes the one longer name in the article that holds it ("Kestrelmoor
    National Bank", "U.S. Coast Guard", "Texas Commission on Jail Standards")."""
    fulls = _article_names(text)
    people = {_fold(sp.name) for sp in reg.speakers if sp.kind == "person"}
    renamed: dict[int, _Speaker] = {}
    # The paper's own name, from the article's metadata ("The Greystoke Morning Ledger").
    paper = re.sub(r"\s*\([^)]*\)\s*$", "", outlet).strip()
    paper = re.sub(r"^[Tt]he\s+", "", paper)
    paper_key = tuple(_fold(w) for w in paper.split())
    # "the two companies said" in a story about a deal: the two parties to it (the deal is
    # looked for only when such a speaker is there).
    together = {id(r.speaker): r.speaker for r in raws if _names_both_parties(r.speaker)}
    pair = _deal_parties(text, raws) if together else None
    if pair is not None:
        parties = reg._get(pair, "org")
        for sp in together.values():
            if sp.name not in parties.aliases:
                parties.aliases.append(sp.name)
            renamed[id(sp)] = parties
    _companies_by_first_words(text, raws, reg, renamed)
    for r in raws:
        sp = r.speaker
        if sp.kind != "org" or id(sp) in renamed:
            continue
        _usual_name(sp)
        short = tuple(_fold(w) for w in sp.name.split())
        n = len(short)
        initials = "".join(w[0] for w in paper.split() if w[:1].isupper())
        own_paper = (
            len(paper_key) > n
            and paper_key[-n:] == short
            # ("the Crierpost" in the Fenwraxley Weekly Crierpost: its own last word.)
            and (paper_key[-1] in OUTLET_WORDS or n == 1)
        )
        if (
            own_paper
            # ("a KPR review" in Kettlewind Public Radio's copy: the station by its initials.)
            or (len(initials) >= 2 and sp.name == initials)
            # ("an Ospreyline tally" in the Ospreyline News Service's copy: its first word.)
            or (n == 1 and len(paper_key) > 1 and paper_key[0] == short[0])
        ):
            # "the Ledger" in the Ledger's own copy.
            sp.aliases.append(sp.name)
            sp.name = paper
            renamed[id(sp)] = sp
            continue
        holder = re.fullmatch(r"([A-Z][\w\-]+)['’]s office", sp.name)
        if holder is not None:
            office = _titled_office(text, holder.group(1))
            if office:
                # "Janssen's office said" of Gov. Erik Janssen: the governor's office, as
                # "her office" of a governor already is.
                own = reg._get(office, "org")
                if sp.name not in own.aliases:
                    own.aliases.append(sp.name)
                renamed[id(sp)] = own
                continue
        member = re.fullmatch(
            r"(senator|congressman|congresswoman|representative|councilman"
            r"|councilwoman|assemblyman|assemblywoman|delegate)['’]s (office|campaign)",
            _fold(sp.name),
        )
        if member is not None:
            # "The senator's office said": the one senator's, named as a legislator's office
            # is ("Aldercott office", as "her office" of a senator already is).
            title = _MEMBER_TITLES.get(member.group(1), "")
            holders = (
                {
                    mm.group(1).split()[-1]
                    for mm in re.finditer(
                        rf"\b(?:{title})[ \t]+([A-Z][\w'’\-]+(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z][\w'’\-]+)+)",
                        text,
                    )
                }
                if title
                else set()
            )
            if len(holders) == 1:
                own = reg._get(f"{holders.pop()} {member.group(2)}", "org")
                if sp.name not in own.aliases:
                    own.aliases.append(sp.name)
                renamed[id(sp)] = own
                continue
        if n == 1 and short[0] in ORG_HEADS - NAMED_SHORT_HEADS:
            # "the House" is no "White House": a lone head word names a body of its own.
            renamed[id(sp)] = sp
            continue
        hits = {
            name
            for key, name in fulls.items()
            if len(key) > n and _fold(name) not in people and _holds(key, short)
        }
        if n >= 3 and short[0] in {"county's", "county’s"}:
            # "The county's medical examiner's office", "the county's own planning
            # department": the county's office.
            drop = 2 if short[1] == "own" else 1
            short = ("county", *short[drop:])
            n = len(short)
            sp.aliases.append(sp.name)
            sp.name = "county " + sp.name.split(" ", drop)[drop]
        county_office = re.fullmatch(
            r"(?:sheriff|coroner|assessor|clerk|treasurer|district attorney|medical examiner)['’]s"
            r" office"
            # "the elections department" of the one county.
            r"|elections? (?:department|office|board)",
            short[0] + " " + " ".join(short[1:]),
        )
        if not hits and ((short[0] == "county" and n >= 2) or county_office):
            # "the county assessor's office", "the sheriff's office" in a story about one
            # county: that county's.
            counties = {
                m.group(1) for m in _COUNTY.finditer(text) if _fold(m.group(1)) not in CAP_STOP
            }
            if len(counties) == 1:
                rest = sp.name if county_office else sp.name.split(" ", 1)[1]
                hits = {f"{counties.pop()} County {rest}"}
        if not hits and re.fullmatch(
            r"(?:(?:Department|Office|Division|Bureau|Board) of [A-Z].*"
            r"|(?:Democratic|Republican) Party|Supreme Court|Court of Appeals)",
            sp.name,
        ):
            # "the state Department of Corrections", "The state's Department of Medicaid" in
            # a story about one state: that state's.
            state = _story_state(text)
            said = re.search(rf"\b[Ss]tate(?:['’]s)?\s+{re.escape(sp.name)}\b", text)
            if state and said:
                hits = {f"{state} {sp.name}"}
            counties = {
                m.group(1) for m in _COUNTY.finditer(text) if _fold(m.group(1)) not in CAP_STOP
            }
            if (
                # ("the county Board of Elections", with or without the possessive.)
                re.search(rf"\b[Cc]ounty(?:['’]s)?\s+{re.escape(sp.name)}\b", text)
                and len(counties) == 1
            ):
                # "the county's Office of Emergency Services" in a story about one county.
                hits = {f"{counties.pop()} County {sp.name}"}
            districts = set(re.findall(r"\b((?:[A-Z][a-z]+[ \t]+){1,3}School District)\b", text))
            if (
                not hits
                and len(districts) == 1
                and re.search(rf"\bdistrict['’]s\s+{re.escape(sp.name)}\b", text)
            ):
                # "the district's Board of Education" in a story about the one school district.
                hits = {f"{districts.pop()} {sp.name}"}
        city_body = re.fullmatch(r"city['’]s ([a-z]+(?: [a-z]+)? (?:department|office))", sp.name)
        if not hits and city_body:
            # "the city's finance department" under a "TUCSON, Ariz. —" dateline.
            city = _dateline_town(text)
            if city:
                hits = {f"{city} {city_body.group(1)}"}
        if (
            not hits
            and re.fullmatch(r"Chamber of Commerce|Board of Education|Housing Authority", sp.name)
            and re.search(rf"\b[Cc]ity['’]s\s+{re.escape(sp.name)}\b", text)
        ):
            # "the city's Chamber of Commerce" in a story about the Carrowmere City Council.
            city = _dateline_city(text) or _council_city(text)
            if city:
                hits = {f"{city} {sp.name}"}
        if not hits and sp.name in {"City Council", "Town Council", "Village Board"}:
            # "FROBISHERTON — ..., the City Council decided": the council of the dateline's
            # town (or of the one city the story's council is named for).
            city = _dateline_town(text) or _council_city(text)
            if city:
                hits = {f"{city} {sp.name}"}
        dot = re.fullmatch(r"([A-Z][a-z]+)DOT", sp.name)
        if not hits and dot:
            # "MoDOT said" after "the Missouri Department of Transportation": the state's.
            states = {
                mm.group(1)
                for mm in re.finditer(
                    r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?) Department of Transportation", text
                )
                # ("Mo" for Missouri: the short form's letters in the state's name, in order.)
                if re.fullmatch(
                    ".*?".join(map(re.escape, dot.group(1).lower())) + ".*", mm.group(1).lower()
                )
                and mm.group(1)[0] == dot.group(1)[0]
            }
            if len(states) == 1:
                hits = {f"{states.pop()} Department of Transportation"}
        if len(hits) == 1:
            full = hits.pop()
            target = next((x for x in reg.speakers if x.name == full and x is not sp), None)
            if target is None:
                if sp.name not in sp.aliases:
                    sp.aliases.append(sp.name)
                sp.name = full
                target = sp
            elif sp.name not in target.aliases:
                target.aliases.append(sp.name)
            renamed[id(sp)] = target
        else:
            renamed[id(sp)] = sp
    for r in raws:
        r.speaker = renamed.get(id(r.speaker), r.speaker)


# Federal agencies that wire copy often names only by their initials.
FEDERAL_ACRONYMS = {
    "FAA": "Federal Aviation Administration",
    "FTA": "Federal Transit Administration",
    "FRA": "Federal Railroad Administration",
    "FBI": "Federal Bureau of Investigation",
    "EPA": "Environmental Protection Agency",
    "CDC": "Centers for Disease Control and Prevention",
    "FDA": "Food and Drug Administration",
    "FEMA": "Federal Emergency Management Agency",
    "ICE": "Immigration and Customs Enforcement",
    "CBP": "Customs and Border Protection",
    "IRS": "Internal Revenue Service",
    "SEC": "Securities and Exchange Commission",
    "FTC": "Federal Trade Commission",
    "FCC": "Federal Communications Commission",
    "FEC": "Federal Election Commission",
    "NTSB": "National Transportation Safety Board",
    "NHTSA": "National Highway Traffic Safety Administration",
    "OSHA": "Occupational Safety and Health Administration",
    "USDA": "U.S. Department of Agriculture",
    "HHS": "Department of Health and Human Services",
    "DHS": "Department of Homeland Security",
    "CBO": "Congressional Budget Office",
    "GAO": "Government Accountability Office",
    "NIH": "National Institutes of Health",
    "NOAA": "National Oceanic and Atmospheric Administration",
    "TSA": "Transportation Security Administration",
    "DEA": "Drug Enforcement Administration",
    "ATF": "Bureau of Alcohol, Tobacco, Firearms and Explosives",
    "BLS": "Bureau of Labor Statistics",
    "NLRB": "National Labor Relations Board",
    "CFPB": "Consumer Financial Protection Bureau",
    "HUD": "Department of Housing and Urban Development",
    "NRC": "Nuclear Regulatory Commission",
    "FERC": "Federal Energy Regulatory Commission",
    "PHMSA": "Pipeline and Hazardous Materials Safety Administration",
    "VA": "Department of Veterans Affairs",
    "NASA": "National Aeronautics and Space Administration",
    "USGS": "U.S. Geological Survey",
}
# Words that make a body's name an agency's ("National Weather Service").
PUBLIC_AGENCY_WORDS = _words("agency service administration bureau department commission")
# Titles of the legislators a "senator's office" may belong to.
_MEMBER_TITLES = {
    "senator": r"Sen\.|Senator",
    "congressman": r"Rep\.|Congressman",
    "congresswoman": r"Rep\.|Congresswoman",
    "representative": r"Rep\.|Representative",
    "councilman": r"Councilman|Councilmember|Council [Mm]ember",
    "councilwoman": r"Councilwoman|Councilmember|Council [Mm]ember",
    "assemblyman": r"Assemblyman",
    "assemblywoman": r"Assemblywoman",
    "delegate": r"Del\.|Delegate",
}
# Offices a story's opening may give before it names their holder ("a state senator says").
_LEDE_OFFICES = {
    "senator": ("sen.", "senator"),
    "representative": ("rep.", "representative"),
    "lawmaker": ("sen.", "rep.", "senator", "representative", "lawmaker", "legislator", "del."),
    "legislator": ("sen.", "rep.", "senator", "representative", "lawmaker", "legislator"),
    "commissioner": ("commissioner",),
    "councilman": ("councilman", "council member"),
    "councilwoman": ("councilwoman", "council member"),
    "delegate": ("del.", "delegate"),
}


_SPOKESPERSON = re.compile(
    r"an? (?:(?P<before>.+?) )?(?:spokesman|spokeswoman|spokesperson|representative)"
    r"(?: for (?:the )?(?P<after>.+))?"
)


def _spokesperson_bodies(raws: list[_Raw], reg: _Registry) -> None:
    """ "A State Department spokesperson said", "a division spokesman said": the unnamed source
    speaks for a body, which becomes a name of the source too (as writers label either)."""
    orgs = [sp for sp in reg.speakers if sp.kind == "org"]
    for sp in {id(r.speaker): r.speaker for r in raws}.values():
        m = _SPOKESPERSON.fullmatch(sp.name) if sp.kind == "unnamed" else None
        body = (m.group("before") or m.group("after") or "") if m else ""
        if not body or len(body.split()) > 6:
            continue
        known = _body_named(body, orgs, reg)
        name = (
            known
            or FEDERAL_ACRONYMS.get(body)
            or (body if body[:1].isupper() else "")
            # "A spokesman for the investment board": the board, as written.
            or (re.sub(r"^the ", "", body) if body.split()[-1] in ORG_HEADS else "")
        )
        title, words = _split_title(name.split())
        if title and len(words) >= 2 and _fold(words[0]) in FEMALE_NAMES | MALE_NAMES:
            name = " ".join(words)  # "a spokesman for Sen. Luis Fagundes": the senator
        if name and name not in sp.aliases:
            sp.aliases.append(name)


def _body_named(body: str, orgs: list[_Speaker], reg: _Registry) -> str | None:
    """The organisation ``body`` ("State Department", "division") names: a known one, else the
    one name in the text with that word."""
    known = next(
        (
            o.name
            for o in orgs
            if _fold(body) in {_fold(n) for n in (o.name, *o.aliases)}
            or (body.islower() and " " not in body and body in _name_tokens(o.name))
        ),
        None,
    )
    if known is None and body.islower() and " " not in body:
        # "a division spokesman" after "the Nevada Division of Water Resources".
        named = {
            re.sub(r"^(?:The|A|An)\s+", "", mm.group(0))
            for mm in _FULL_NAME.finditer(reg.text)
            if body.title() in mm.group(0).split() and len(mm.group(0).split()) >= 2
        }
        known = named.pop() if len(named) == 1 else None
    return known


# Bodies whose people or papers speak for them ("zoo officials", "commission records", "a
# department budget memo"); not a campaign's or a court's records, which others keep.
BODY_PHRASE_HEADS = _words(
    """zoo museum aquarium library sanctuary refuge airport clinic school academy university
    college hospital district port agency commission department company league"""
)
_BODY_PHRASE = re.compile(
    rf"(?:an? |the )?(?P<head>{'|'.join(sorted(BODY_PHRASE_HEADS))})(?: (?!finance)[a-z]+)?"
    rf" (?:officials|{'|'.join(sorted(RECORD_NOUNS | DOCUMENT_NOUNS | LETTER_NOUNS))})"
)


def _body_phrases(raws: list[_Raw], reg: _Registry) -> None:
    """ "zoo officials announced", "according to commission records": the one organisation of
    that kind the story names speaks, with the phrase kept as its alias."""
    orgs = [sp for sp in reg.speakers if sp.kind == "org"]
    for sp in {id(r.speaker): r.speaker for r in raws}.values():
        m = _BODY_PHRASE.fullmatch(sp.name) if sp.kind in ("group", "records") else None
        if m is None:
            continue
        head = m.group("head")
        # Every organisation named with that head ("Keldmoor Zoo", "University of X"), not
        # "Police Chief Angela Flitcroft": the phrase speaks for it only when there is one.
        names = {
            re.sub(r"^(?:the|a|an)\s+", "", _fold(n))
            for n in [
                *(o.name for o in orgs),
                *(mm.group(0) for mm in _FULL_NAME.finditer(reg.text)),
            ]
        }
        fits = set()
        for n in names:
            words = n.split()
            at = words.index(head) if head in words else -1
            if (
                at > 0
                and (at == len(words) - 1 or words[at + 1] == "of")
                or 0 <= at < len(words) - 2
                and words[at + 1] == "of"
            ):
                fits.add(n)
        known = _body_named(head, orgs, reg) if len(fits) == 1 else None
        if (
            known is None
            or not known[:1].isupper()
            or _fold(known).removeprefix("the ") not in fits
        ):
            continue  # (a proper name only: not "city finance department")
        body = reg._get(known, "org")
        if sp.name not in body.aliases:
            body.aliases.append(sp.name)
        for r in raws:
            if r.speaker is sp:
                r.speaker = body


# Federal departments a story may name by their short form ("the Commerce Department").
_US_DEPARTMENTS = (
    "Commerce|Justice|State|Defense|Treasury|Labor|Energy|Education|Agriculture|Interior"
    "|Transportation|Veterans Affairs|Homeland Security"
)


# Federal bodies writers name with or without "U.S." ("the Census Bureau").
_US_PREFIXED = frozenset(
    {"Census Bureau", "Postal Service", "Forest Service", "Coast Guard", "Geological Survey"}
    | {"Fish and Wildlife Service", "Army Corps of Engineers", "Mint", "Border Patrol"}
)


def _placed_forms(sp: _Speaker, state: str) -> list[str]:
    """A body's name with the place writers may put before it: the story's state ("State
    Election Board" is the "Georgia State Election Board"; "the state's Criminal Justice
    Commission" the "Oregon Criminal Justice Commission") or "U.S." for a federal bureau."""
    if sp.kind != "org":
        return []
    if sp.name in _US_PREFIXED or (
        # "EPA records show": the "U.S. Environmental Protection Agency" to other writers.
        sp.name in FEDERAL_ACRONYMS.values() and not sp.name.startswith(("U.S.", "United States"))
    ):
        return [f"U.S. {sp.name}"]
    words = sp.name.split()
    if (
        len(words) >= 3
        and _fold(words[0]) in US_STATES
        and words[1] in {"Department", "Division", "Office", "Bureau"}
    ):
        return [" ".join(words[1:])]  # "Virginia Department of Taxation" in a Virginia story
    if (
        state
        and len(words) >= 2
        and _fold(words[0]) not in US_STATES
        and not sp.name.startswith(state)
        and (
            words[0] in {"State", "Department", "Division", "Office", "Bureau"}
            or words[-1] in {"Commission", "Board", "Department", "Agency", "Division"}
            or sp.name.lower().startswith("secretary of state")
        )
    ):
        return [f"{state} {sp.name}"]
    return []


def _story_county(text: str) -> str:
    """The one county a story names ("Tamsbrook County"), at least twice and twice as often
    as any other, without "County"; or ""."""
    counts: dict[str, int] = {}
    for m in re.finditer(r"\b([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)[ \t]+County\b", text):
        name = m.group(1).split()[-1] if _fold(m.group(1).split()[0]) in CAP_STOP else m.group(1)
        counts[name] = counts.get(name, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
        return ""
    return ranked[0][0]


# Bodies of a county that writers name with or without the county ("the county Board of
# Elections" is the "Tamsbrook County Board of Elections").
_COUNTY_BODIES = re.compile(
    r"(?:county\s+)?(?:Board\s+of\s+(?:Elections|Supervisors|Commissioners|Health)|Sheriff['’]s"
    r"\s+Office|Democratic\s+Party|Republican\s+Party|clerk['’]s\s+office)$"
)
# Offices of a city the same way ("the city clerk's office", "the city's Department of
# Transportation").
_CITY_BODIES = re.compile(
    r"city\s+(?:clerk|engineer|attorney|auditor|manager)['’]s\s+office|city\s+(?:staff|officials)"
)


# A town's offices named without the town ("the clerk's office").
_TOWN_OFFICES = re.compile(
    r"(?:clerk|assessor|engineer|treasurer|collector)['’]s\s+office"
    r"|(?:finance|budget|housing|planning|building)\s+(?:department|office)"
)
# First words of a body's name that say no place ("Board of Elections", "Police Department").
_PLACELESS_OPENERS = _words(
    "board department sheriff's democratic republican division police finance office"
)


def _local_forms(sp: _Speaker, text: str, city: str, county: str) -> list[str]:
    """A local body's name with its county or city before it, as other writers name it:
    "Board of Elections" in a story about one county, "city clerk's office" (or "the city's
    Department of Transportation") in a story from one city."""
    if (
        sp.kind not in ("org", "group", "unnamed")
        or not sp.name
        # (A capitalised name that opens with a place, "Pardolin Police", has its own.)
        or (sp.name[0].isupper() and _fold(sp.name.split()[0]) not in _PLACELESS_OPENERS)
    ):
        return []
    out = []
    if county and _COUNTY_BODIES.fullmatch(sp.name):
        body = re.sub(r"^county\s+", "", sp.name)
        out.append(f"{county} County {body}")
    own = re.fullmatch(r"(?:city|town|village)(?:['’]s)?\s+([a-z][a-z'’ ]+)", sp.name)
    if city and own and not _CITY_BODIES.fullmatch(sp.name):
        # "the town assessor's office", "the city's finance department": the town's.
        out.append(f"{city} {own.group(1)}")
    elif city and (
        _CITY_BODIES.fullmatch(sp.name)
        or re.search(rf"\bcity['’]s\s+{re.escape(sp.name)}\b", text)
        or (_TOWN_OFFICES.fullmatch(sp.name) and not county)
    ):
        out.append(f"{city} {sp.name}")
    return out


def _written_forms(sp: _Speaker) -> list[str]:
    """Other ways writers name an organisation: "Wisconsin Democratic Party" is also
    "Democratic Party of Wisconsin" (and back), "city's public works department" is "public
    works department", "Commerce Department" is "U.S. Commerce Department", and a paper quoted
    through its editorial board is that board too."""
    if sp.kind == "records" and re.match(r"(?:19|20)\d\d ", sp.name):
        return [sp.name[5:]]  # "2025 state audit" is "state audit" too
    kept = re.fullmatch(
        r"[a-z ]+ (?:with|from) (?:the )?([A-Z].+?)(?: on [A-Z][a-z]+day)?", sp.name
    )
    if sp.kind in ("records", "org") and kept:
        return [kept.group(1)]  # "filings with the Federal Election Commission": the FEC's
    if sp.kind == "group":
        # "Most farm economists" is "farm economists" as writers label them.
        m = re.fullmatch(r"(?:[Mm]ost|[Mm]any|[Ss]ome|[Ss]everal) (?!of\b)([a-z].+)", sp.name)
        return [m.group(1)] if m else []
    if sp.kind != "org":
        return []
    forms = []
    m = re.fullmatch(r"([A-Z][\w.]*(?: [A-Z][\w.]*)?) (appeals|supreme) court", sp.name)
    if m:  # "Nevada appeals court" is the "Nevada Court of Appeals"
        forms.append(
            f"{m.group(1)} Court of Appeals"
            if m.group(2) == "appeals"
            else f"{m.group(1)} Supreme Court"
        )
    m = re.fullmatch(r"([A-Z][\w.]*(?: [A-Z][\w.]*)?) (Democratic|Republican) Party", sp.name)
    if m and m.group(1).split()[-1] not in {"State", "County"}:  # (not "Nevada State ...")
        forms.append(f"{m.group(2)} Party of {m.group(1)}")
    m = re.fullmatch(r"(Democratic|Republican) Party of ([A-Z][\w.]*(?: [A-Z][\w.]*)?)", sp.name)
    if m:
        forms.append(f"{m.group(2)} {m.group(1)} Party")
    m = re.fullmatch(r"(?:city|county|state)(?:['’]s)? ([a-z].+)", sp.name)
    if m:
        forms.append(m.group(1))  # ("the city parks department": "parks department")
    owner = re.fullmatch(
        r"((?:[A-Z][\w.&\-]*\s+){1,6}[A-Z][\w.&\-]*)['’]s (?:[a-z]+ )*office", sp.name
    )
    if owner is not None and _fold(owner.group(1).split()[-1]) in ORG_HEADS:
        forms.append(owner.group(1))  # "the National Labor Relations Board's regional office"
    if sp.name.startswith("U.S. ") and len(sp.name.split()) >= 3:
        forms.append(sp.name[5:])  # "U.S. Education Department" is "Education Department"
    m = re.fullmatch(r"([A-Z][a-z]+(?: [A-Z][a-z]+)?) ([A-Z]{2,5})", sp.name)
    if m and _fold(m.group(1)) in US_STATES and m.group(2) in FEDERAL_ACRONYMS:
        # "Ohio EPA" is the "Ohio Environmental Protection Agency".
        forms.append(f"{m.group(1)} {FEDERAL_ACRONYMS[m.group(2)]}")
    m = re.fullmatch(r"ACLU( of [A-Z].+)?", sp.name)
    if m:
        forms.append(f"American Civil Liberties Union{m.group(1) or ''}")
    m = re.fullmatch(r"([A-Z][\w.]*(?: [A-Z][\w.]*)?)['’]s ([A-Z].+)", sp.name)
    if m and _fold(m.group(1)) in US_STATES and " " in m.group(2):
        forms.append(m.group(2))  # "New Mexico's State Ethics Commission"
    chapter = re.fullmatch(r".+ chapter of (?:the )?([A-Z].+)", sp.name)
    if chapter:
        forms.append(chapter.group(1))  # "the Vantmoor chapter of the AAUP": the AAUP too
    for alias in sp.aliases:
        state = re.fullmatch(
            r"(?:[Tt]he )?([A-Z][a-z]+(?: [A-Z][a-z]+)?) chapter of (?:the )?([A-Z].+)", alias
        )
        if state and _fold(state.group(1)) in US_STATES:
            # "the Kansas chapter of the American Civil Liberties Union" is the "American
            # Civil Liberties Union of Kansas" to some writers.
            forms += [state.group(0).removeprefix("The ").removeprefix("the ")]
            forms += [f"{state.group(2)} of {state.group(1)}"]
    office = re.fullmatch(
        # ("Secretary of State Carl Heckford's office": a title with its "of".)
        r"(?:(?:[A-Z][\w.]*|of)\s+){0,4}?([A-Z][a-z][\w\-]*\s+(?:[A-Z]\.\s+)?([A-Z][\w\-]+))['’]s office",
        sp.name,
    )
    if office:
        # "Attorney General Marcus Pelsworthy's office" is "Marcus Pelsworthy's office" and
        # "Pelsworthy's office" to other writers.
        forms += [
            form
            for form in (f"{office.group(1)}'s office", f"{office.group(2)}'s office")
            if form != sp.name
        ]
    lodge = re.fullmatch(r"(.+? (?:Lodge|Local) \d+) of (?:the )?.+", sp.name)
    if lodge:
        forms.append(lodge.group(1))  # "Fennimarsh Lodge 14 of the Fraternal Order of Police"
    dept = re.fullmatch(rf"(?:U\.S\. )?({_US_DEPARTMENTS}) Department", sp.name)
    if dept:
        the = "the " if dept.group(1) in {"Interior", "Treasury"} else ""
        forms += [f"U.S. {dept.group(1)} Department", f"U.S. Department of {the}{dept.group(1)}"]
    if any(a.endswith("editorial board") for a in sp.aliases):
        forms.append(f"{sp.name} editorial board")
    return forms


# Relatives, whom a story may name by the given name alone ("His wife, Odile, said").
_KIN = _words(
    """wife husband daughter son mother father brother sister granddaughter grandson
    grandmother grandfather niece nephew aunt uncle cousin"""
)
# How a court voted, before its description ("a divided federal appeals court").
_COURT_SPLITS = _words("divided unanimous split sharply-divided")
# A court's proper name as wire copy writes it.
_NAMED_COURT = re.compile(
    r"\b(?:\d+(?:st|nd|rd|th)\s+U\.S\.\s+Circuit\s+Court\s+of\s+Appeals"
    r"|U\.S\.\s+Court\s+of\s+Appeals\s+for\s+the\s+(?:\d+(?:st|nd|rd|th)|Federal|District\s+of"
    r"\s+Columbia)\s+Circuit)"
)


def _court_by_name(raws: list[_Raw], text: str = "") -> None:
    """ "..., a federal appeals court ruled Friday. A three-judge panel of the U.S. Court of
    Appeals for the 8th Circuit ruled ...": a court described in lower case is the one court
    the story names (when it names one), with the description kept as an alias."""
    named = {
        id(r.speaker): r.speaker
        for r in raws
        if r.speaker.kind == "org"
        and r.speaker.name[:1].isupper()
        and re.search(r"\bCourt\b", r.speaker.name)
    }
    if not named:
        # "A three-judge panel of the 8th U.S. Circuit Court of Appeals partly reversed ...":
        # the court the story names, though not as a speaker.
        written = {
            re.sub(r"^the\s+", "", mm.group(0), flags=re.I) for mm in _NAMED_COURT.finditer(text)
        }
        if len(written) == 1:
            name = written.pop()
            named = {0: _Speaker(name, "org")}
    if len(named) != 1:
        return
    court = next(iter(named.values()))
    spoke = any(r.speaker is court for r in raws)
    for r in raws:
        sp = r.speaker
        if (
            sp.kind == "org"
            and re.fullmatch(r"(?:[a-z\-]+\s+){0,3}court", sp.name)
            and (
                spoke
                # (A court found only in the text: of the kind the description says.)
                or ("appeals" in sp.name and re.search(r"Appeals|Circuit", court.name))
                or ("supreme" in sp.name and "Supreme" in court.name)
            )
        ):
            for alias in (sp.name, *sp.aliases):
                if alias not in court.aliases:
                    court.aliases.append(alias)
            r.speaker = court


def _records_again(raws: list[_Raw]) -> None:
    """ "FEC filings show ... according to the filings": the bare records noun is the records
    (and their keeper) cited before under that noun."""
    for x, r in enumerate(raws):
        noun = r.speaker.name
        if r.speaker.kind != "records" or noun not in RECORD_NOUNS:
            continue
        before = next(
            (
                o.speaker
                for o in reversed(raws[:x])
                if o.speaker is not r.speaker
                and any(n.endswith(" " + noun) for n in (o.speaker.name, *o.speaker.aliases))
            ),
            None,
        )
        if before is not None:
            r.speaker = before


def _body_paragraphs(text: str, heads: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The story's paragraphs, without its headline, byline and run-in heads."""
    return [p for p in split_paragraphs(text) if not any(hs <= p[0] < he for hs, he in heads)]


def _name_lede_sources(text: str, raws: list[_Raw], heads: list[tuple[int, int]]) -> None:
    """ "... and a state senator says the sheriff's account does not add up" in a story's
    first two paragraphs is the one state senator it names and quotes later ("State Sen.
    Vivian Marchesello")."""
    body = _body_paragraphs(text, heads)
    if len(body) < 3:
        return
    lede_end = body[1][1]
    for r in raws:
        sp = r.speaker
        m = re.fullmatch(r"an? ((?:[a-z\-]+ ){0,2})([a-z]+)", sp.name)
        if sp.kind != "unnamed" or r.start >= lede_end or m is None:
            continue
        office = _LEDE_OFFICES.get(m.group(2))
        if office is None:
            continue
        mods = [w for w in m.group(1).split() if w not in {"democratic", "republican"}]
        later = {id(o.speaker): o.speaker for o in raws if o.start >= lede_end}
        fits = []
        for cand in later.values():
            desc = _fold(" ".join([*cand.titles, *cand.roles]))
            if (
                cand.kind == "person"
                and any(re.search(rf"(?<![\w.]){re.escape(w)}(?!\w)", desc) for w in office)
                and all(w in desc.split() for w in mods)
            ):
                fits.append(cand)
        if len(fits) == 1:
            who = fits[0]
            for o in raws:
                if o.speaker is sp:
                    o.speaker = who
            if sp.name not in who.aliases:
                who.aliases.append(sp.name)


# Who a body or a person has, as a story's first sentences name an unnamed source ("its
# owner said"), named in the sentences after.
_HOLDERS = _words(
    """owner owners operator operators sponsor sponsors leader leaders pastor publisher
    founder founders developer wife husband"""
) | {"chief executive", "top executive", "general manager", "lead sponsor"}
# Words that introduce the holder where the text names them ("Jane Roe, who owns the diner").
_HOLDER_STEMS = {
    "owner": r"own",
    "operator": r"operat|runs\b|run\b",
    "sponsor": r"sponsor|author",
    "developer": r"develop",
}


def _name_holders(
    text: str, raws: list[_Raw], heads: list[tuple[int, int]], holders: dict[int, str]
) -> None:
    """ "... will reopen Saturday, its owner said Thursday. / Honoria Gaskelwyn, whose
    grandfather bought the diner, said ...": an unnamed holder in a story's first two
    paragraphs is the person or body that speaks next; later, the next speaker the text
    names so ("Doctors treated him, his wife said. ... His wife, Marisela Baldassworth,")."""
    if not holders:
        return
    body = _body_paragraphs(text, heads)
    if not body:
        return
    for r in raws:
        sp = r.speaker
        role = holders.get(id(sp))
        if role is None:
            continue
        at = sum(1 for p, _ in body[1:] if p <= r.start)
        lede = at <= 1
        reach = body[min(at + (2 if lede else 6), len(body) - 1)][1]
        head = role.split()[-1]
        plural = head.endswith("s")
        stem = _HOLDER_STEMS.get(head.removesuffix("s"), re.escape(head.removesuffix("s")))
        found = None
        for o in raws:
            if not (r.end <= o.start < reach) or o.speaker is sp:
                continue
            if o.speaker.kind not in ("person", "org") or (plural and o.speaker.kind != "org"):
                # ("its owners announced": a body, not one of the family named next.)
                continue
            if lede or re.search(rf"\b(?:{stem})", text[o.sentence_start : o.sentence_end]):
                found = o.speaker
                break
        if found is None:
            # Nobody named so: the holder by the noun ("its pastor told the council").
            sp.name = role
            continue
        for o in raws:
            if o.speaker is sp:
                o.speaker = found


_RUN_IN_HEAD = re.compile(r"\*\*[^*\n]{1,80}\*\*[ \t]+|[A-Z][A-Z'’ \-]{2,40}:[ \t]+(?=[A-Z])")


def _run_in_heads(
    text: str, sents: list[tuple[int, int, int]]
) -> tuple[list[tuple[int, int, int]], list[tuple[int, int]]]:
    """Sentences without a newsletter's run-in heading ("**What Bexleigh says.** The treasurer
    is saying ...", "THE AGENCY: The Division ..."), and the headings' spans: a heading is no
    speaker or statement."""
    out, heads = [], []
    for para, s, e in sents:
        m = _RUN_IN_HEAD.match(text, s, e)
        if m is not None and m.end() < e:
            heads.append((s, m.end()))
            s = m.end()
        out.append((para, s, e))
    return out, heads


# "Sen. Franklin Mauldry sent a letter Tuesday to the postmaster": whose the letter is, for
# "The letter says ..." after it.
_SENT_DOC = re.compile(
    rf"^(?:The[ \t]+)?({_ORG_RUN})(?:,[^,.;\n]{{1,80}},)?[ \t]+(?:has[ \t]+|had[ \t]+)?"
    r"(?:sent|mailed|released|issued|posted|published|circulated)[ \t]+(?:a|an|its|their)[ \t]+"
    r"(?:[\w\-]+[ \t]+){0,3}?(letter|memo|notice|petition)\b"
)


def _register_sent_doc(text: str, s: int, e: int, reg: _Registry, para: int) -> None:
    """Note whose document a sentence says someone sent, so "the <document> says" is theirs."""
    m = _SENT_DOC.match(text[s:e])
    if m is None or _fold(m.group(1).split()[0]) in CAP_STOP:
        return
    who = _classify(_tokens(text, s + m.start(1), s + m.end(1)), text)
    if who is None or who.kind not in ("person", "org"):
        return
    sp = reg.resolve(who, para, s + m.start(1))
    if sp is not None:
        reg.docs[m.group(2).lower()] = sp


def extract_attributions(text: str, *, article_id: str = "", outlet: str = "") -> list[Attribution]:
    """All statements in ``text`` with their speakers, in text order.

    ``outlet`` is the publishing paper's name, if known: "the Ledger" quoted in its own copy
    ("a 2025 Ledger poll found") is then "Greystoke Morning Ledger".

    The outlet's own sourcing ("Caliber.Az reports citing Yonhap") is not a statement and
    yields nothing; a passive disclosure whose subject is "This"/"This information" reports
    the previous sentence, and its sentence span then covers both sentences.
    """
    sents, run_in = _run_in_heads(text, _split_semicolons(text, _join_tags(text, sentences(text))))
    heads = _headings(text) + run_in
    masked = text
    for hs, he in heads:
        # Headlines and bylines are never searched for names or organisations.
        masked = masked[:hs] + " " * (he - hs) + masked[he:]
    reg = _Registry(masked)
    raws: list[_Raw] = []
    reg.sentence_starts = [s for _, s, _ in sents]
    first_of_para = {para: si for si, (para, _, _) in reversed(list(enumerate(sents)))}
    prev_raw: tuple[int, int, _Raw] | None = None  # (paragraph, sentence index, last attribution)
    # The filer a legal document spoke for last, its names and the sentence it did so in.
    legal_said: tuple[_Speaker, tuple[str, ...], int] | None = None
    for si, (para, s, e) in enumerate(sents):
        if any(hs <= s < he for hs, he in heads):
            continue
        toks = _tokens(text, s, e)
        quotes = [t for t in toks if t.kind == "Q"]
        _register_sent_doc(text, s, e, reg, para)
        frame = _sentence_frame(toks, text) or (_colon_frame(toks, text) if quotes else None)
        if frame is None:
            # "X signed a law Wednesday ..., a move the state's hospitals warn could ...":
            # only the gloss has a source.
            glossed = _glossed_by(toks, text)
            frame = glossed[1] if glossed is not None else None
        found: list[_Raw] = []
        parts = _second_source(toks, text, frame) if frame is not None else []
        if frame is not None and frame.content is None and frame.extra is None and quotes:
            frame.extra = _and_that_after_quote(text, quotes[0], e, frame.cue)
        if frame is not None:
            for part, part_quotes in parts or [(frame, quotes)]:
                sp = reg.resolve(part.mention, para, e)
                before_part = len(found)
                if sp is not None and (part.doc or part.mention.doc):
                    reg.bind_doc(part.doc or part.mention.doc, sp)
                issued = ISSUED_IN.search(text, s, e)
                if sp is not None and issued and part.mention.kind != "doc":
                    # Not via bind_doc: "the report found" later still means the report.
                    reg.docs[issued.group(1) or issued.group(2)] = sp
                if sp is not None:
                    sent_s = s
                    content = part.content
                    if content and part.passive:
                        subj = _fold(text[content[0] : content[1]]).split()
                        if subj and subj[0] in ANAPHORS and si > 0:
                            _, ps, pe = sents[si - 1]
                            content = _span(_tokens(text, ps, pe), text)
                            sent_s = ps
                    # The statement's parts, each with its cue (split once, used twice): 'said
                    # he would appeal and called the report "..."' gives the quotation "called".
                    parts_of = (
                        _split_content(text, content, part.cue)
                        if content and content[1] > content[0]
                        else []
                    )
                    for q in part_quotes:
                        a, b = _quote_inner(text, q)
                        qcue = next(
                            (
                                pc
                                for pc, cs, ce in parts_of[1:]
                                if cs <= q.start and q.end <= ce and pc in OBJECT_VERBS
                            ),
                            part.cue,
                        )
                        if (
                            part.extra is not None
                            and part.extra[1][0] <= q.start
                            and q.end <= part.extra[1][1]
                            and _substantial(text, part.extra[1], part_quotes)
                        ):
                            continue  # a fragment of the second clause, reported whole below
                        if b > a:
                            found.append(_Raw(sp, "direct", qcue, a, b, s, e))
                    if part.extra is not None:
                        ecue, (es, ee) = part.extra
                        found.append(_Raw(sp, "reported", ecue, es, ee, s, e))
                    if content and content[1] > content[0]:
                        whole = not part_quotes or _substantial(text, content, part_quotes)
                        for k, (cue, cs, ce) in enumerate(parts_of):
                            inside = [q for q in part_quotes if cs <= q.start and q.end <= ce]
                            if not whole and not (
                                # 'said "...," and that he would bring a plan': the second
                                # clause stands on its own beside the quotation.
                                k > 0 and (not inside or _substantial(text, (cs, ce), inside))
                            ):
                                continue
                            lead = text[cs : inside[0].start].split() if inside else []
                            if (
                                inside
                                and cue.lower() in OBJECT_VERBS - SAY_VERBS
                                and len(lead) <= 3
                                and not any(w.lower() in FINITE for w in lead)
                                and not text[inside[-1].end : ce].strip(" .,;")
                            ):
                                # 'called the attack "desperate and dishonest" and said ...':
                                # the quotation is the first statement; its frame is no other.
                                continue
                            found.append(_Raw(sp, "reported", cue, cs, ce, sent_s, e))
                    if (
                        content
                        and sp.kind in ("person", "unnamed")
                        and id(sp) not in reg.gender
                        # (Not "Amber Trautman said he had eaten": her given name says she.)
                        and not reg._gender_of(sp)
                    ):
                        # "Talmadge said he ...": the pronoun right after the cue is the speaker.
                        first = text[content[0] : content[0] + 4].lower()
                        if first.startswith(("he ", "she ")):
                            reg.gender[id(sp)] = "f" if first.startswith("she") else "m"
                    reg.seen[id(sp)] = e
                    reg.seen_para[id(sp)] = para
                    reg.last_attr_end = e
                    reg.last_attr_kind = sp.kind
                    if part.doc or part.mention.doc or part.mention.kind == "doc":
                        reg.doc_attr = (e, para)
                    if sp.kind == "org":
                        reg.last_org = (sp, para)
                    if sp.kind == "person":
                        reg.last_person = (sp, para)
                    if sp.kind == "unnamed":
                        reg.unnamed.append((sp, para))
                    filed = (
                        part.mention.role
                        if part.mention.kind == "doc"
                        else part.mention.doc or part.doc
                    )
                    if filed in LEGAL_DOCS and filed not in _fold(sp.name).split():
                        # "The lawsuit, filed by X, claims": X's, and the lawsuit's as
                        # writers also label it (for these statements only; "the suit" is
                        # a "lawsuit" to some).
                        also = (filed, "lawsuit") if filed == "suit" else (filed,)
                        for r in found[before_part:]:
                            r.also = also
                        legal_said = (sp, also, si)
                    elif filed in DOC_ALIASES and filed not in _fold(sp.name).split():
                        # "a poll by Ravidge University found": the university's, and the
                        # poll's as some label it (for these statements only); so too "an
                        # audit released by the state auditor".
                        for r in found[before_part:]:
                            r.also = (filed,)
                    elif (
                        part.mention.kind == "itpron"
                        and legal_said is not None
                        and legal_said[0] is sp
                        and legal_said[2] == si - 1
                    ):
                        # "The suit ... claims that A. It asks a panel to B": the suit again.
                        for r in found[before_part:]:
                            r.also = legal_said[1]
                        legal_said = (sp, legal_said[1], si)
        elif (
            quotes
            and prev_raw
            and prev_raw[1] == si - 1
            and (prev_raw[0] == para or (prev_raw[0] == para - 1 and first_of_para[para] == si))
        ):
            # A quote-only sentence (or paragraph) right after an attributed one continues
            # that speaker.
            share = sum(q.end - q.start for q in quotes) / max(e - s, 1)
            if share >= (FOLLOW_ON_SHARE if prev_raw[0] == para else FOLLOW_ON_PARAGRAPH):
                last = prev_raw[2]
                for q in quotes:
                    a, b = _quote_inner(text, q)
                    if b > a:
                        found.append(_Raw(last.speaker, "direct", last.cue, a, b, s, e))
        found.extend(_relative_statements(text, s, e, found, reg, para))
        if found:
            raws.extend(found)
            prev_raw = (para, si, found[-1])
        elif frame is not None and text[s:e].rstrip().endswith(":"):
            # "Ruth Okafor said:" closing a paragraph: the quotation that follows is hers.
            sp = reg.resolve(frame.mention, para, e)
            if sp is not None:
                prev_raw = (para, si, _Raw(sp, "direct", frame.cue, s, s, s, e))
    raws.extend(_open_paragraphs(text, raws, heads))
    # "The pilot asked not to be named because ...": the source's terms, not a statement;
    # "Haugen rejected that": a pointer to another statement, with no content.
    raws = [r for r in raws if not _NO_CONTENT.match(text[r.start : r.end]) or r.kind == "direct"]
    # "The lawsuit asks a judge to ...", "The suit accuses the company of ...": what a filing
    # seeks is no statement of its own (the writers label what it says or alleges).
    raws = [
        r
        for r in raws
        if not (
            r.speaker.kind == "records"
            and _fold(r.speaker.name).split()[-1] in LEGAL_DOCS | _SELF_DOCS
            and r.cue.lower() in _FILING_ASKS
        )
        # ("Franklin County dispatch data added as much as 20 minutes": no speech of records.)
        and not (
            r.speaker.kind == "records"
            and _fold(r.speaker.name).split()[-1] in RECORD_NOUNS
            and r.cue.lower() in {"added", "adds"}
        )
    ]
    # A quoted fragment inside the same writer's reported statement ('wrote that the bill
    # took "a one-size-fits-all approach" to ...') is part of that statement, not another:
    # the writing is quoted, and the paraphrase holds it.
    raws = [
        r
        for r in raws
        if r.kind != "direct"
        or not any(
            o.kind == "reported"
            and o.speaker is r.speaker
            and (o.cue in WRITING_CUES or _subject_then_quote(text, o.start, r.start, r.end, o.end))
            and o.start < r.start - 1
            and r.end <= o.end
            for o in raws
        )
    ]
    raws.extend(_according_continued(text, raws))
    _authors_of_finding(raws)
    raws.sort(key=lambda r: (r.start, r.end))
    _name_orgs_in_full(masked, raws, reg, outlet)
    _name_lede_sources(text, raws, heads)
    _name_holders(text, raws, heads, reg.holders)
    _records_again(raws)
    _court_by_name(raws, text)
    _spokesperson_bodies(raws, reg)
    _body_phrases(raws, reg)
    out = []
    state = _story_state(text)
    city = _dateline_town(text) or _council_city(text)
    county = _story_county(text)
    for r in raws:
        sp = r.speaker
        if sp.kind in ("org", "person"):
            # "an inspection by Major League Baseball last spring": the time is no part of it.
            sp.name = _TRAILING_WHEN.sub("", sp.name) or sp.name
        called = re.fullmatch(
            r"(?:[A-Za-z\-]+\s+){0,3}(?:group|page|account|coalition|organization|nonprofit)"
            r"\s+(?:called|named)\s+([A-Z].+)",
            sp.name,
        )
        if sp.kind == "org" and called is not None:
            # "a Facebook group called Susquehanna Stray Spotters": the group, by its name.
            if sp.name not in sp.aliases:
                sp.aliases.append(sp.name)
            sp.name = called.group(1)
        if (
            sp.kind == "org"
            and re.search(r"\b(?:Co|Inc|Corp|Ltd|Bros)$", sp.name)
            and re.search(rf"\b{re.escape(sp.name)}\.", text)
        ):
            # "Stallbrecht Paper Co." at a sentence's end lost its period as a name.
            if sp.name not in sp.aliases:
                sp.aliases.append(sp.name)
            sp.name += "."
        if sp.kind == "group":
            # "Rural Republicans in particular believe": the emphasis is no part of who.
            sp.name = re.sub(r"\s+(?:in\s+particular|especially|above\s+all)$", "", sp.name)
        aliases = tuple(
            dict.fromkeys(
                a
                for a in [
                    *sp.aliases,
                    *_short_forms(sp.name),
                    *_written_forms(sp),
                    *_placed_forms(sp, state),
                    *_local_forms(sp, text, city, county),
                    *_described_forms(sp, text, r),
                    *r.also,
                    # "A Herald/Sorrelwood College poll found": "<maker> poll", as some label it.
                    *(f"{sp.name} {d}" for d in r.also if d in DOC_ALIASES and sp.kind == "org"),
                ]
                if a != sp.name
            )
        )
        out.append(
            Attribution(
                speaker=sp.name,
                quote=text[r.start : r.end],
                kind=r.kind,
                cue=r.cue,
                start=r.start,
                end=r.end,
                sentence_start=r.sentence_start,
                sentence_end=r.sentence_end,
                role=reg.role(sp) if sp.kind == "person" else ROLES[sp.kind],
                article_id=article_id,
                aliases=aliases,
            )
        )
    return out


def _described_forms(sp: _Speaker, text: str, r: _Raw) -> list[str]:
    """A group or document named with what sets it apart, as the sentence writes it
    ("Democrats who opposed the measure", "records obtained by WQMV", "a study commissioned
    by the county"), when the speaker's own name is the bare noun."""
    if sp.kind not in ("group", "records", "unnamed") and not (
        sp.kind == "org" and len(sp.name.split()) == 1 and sp.name.islower()
    ):
        return []
    cue = r"(?:say|says|said|show|shows|showed|found|find|finds|believe|believes|think|thinks"
    cue += r"|argue|argued|argues|warned|estimated|expect|expects|want|wants|worry|worried)"
    out = []
    for m in re.finditer(
        rf"\b({re.escape(sp.name)}\s+(?:who|that|obtained\s+by|commissioned\s+by)\s+[^,.;\"“”]{{3,70}}?)"
        rf"\s+{cue}\b",
        text[max(0, r.sentence_start - 1) : r.sentence_end],
        flags=re.IGNORECASE,
    ):
        out.append(m.group(1))
    # "Records obtained by the Lakeshore Wire under the state's public records law show",
    # "according to records obtained by the Clarion through a request": who obtained them,
    # without how.
    for m in re.finditer(
        rf"\b((?i:{re.escape(sp.name)})\s+obtained\s+by\s+(?:the\s+)?[A-Z][\w'’\-]*"
        rf"(?:[ \t]+[A-Z][\w'’\-]*)*)",
        text[max(0, r.sentence_start - 1) : r.sentence_end],
    ):
        if m.group(1) not in out:
            out.append(m.group(1))
    return out


def _authors_of_finding(raws: list[_Raw]) -> None:
    """ "A study by X found A, though the authors noted B": B is X's too."""
    for r in raws:
        if _fold(r.speaker.name) not in {"authors", "the authors", "its authors"}:
            continue
        finding = next(
            (
                o
                for o in raws
                if o.sentence_start == r.sentence_start and o.end <= r.start and o.cue in FIND_VERBS
            ),
            None,
        )
        if finding is not None:
            r.speaker = finding.speaker


# "..., according to the county, and <B>." (or "while <B>"): B is the source's too. The
# source is plain words (no comma, quote or clause break), and B is a clause with its own
# subject.
_ACCORDING_AND = re.compile(
    r"\s*,?\s*according\s+to\s+[^,;\"“”\n]{1,100}?,\s+(?:and|but|while|whereas)\s+"
)
# First words that make B a predicate of the sentence's subject ("but did not begin ...").
_NO_SUBJECT = _words(
    "did does do was were is are has have had could would will can may might should also then"
    " not never"
)
# Words that give B a source of its own ("and Weiland said ...", "..., auditors report").
_OWN_CUES = SAY_VERBS | FIND_VERBS | _words("report reports estimate estimates")


def _according_continued(text: str, raws: list[_Raw]) -> list[_Raw]:
    """A second clause after "according to X, and" that X is also the source of."""
    out = []
    for r in raws:
        if r.cue != "according to" or r.kind != "reported":
            continue
        m = _ACCORDING_AND.match(text, r.end)
        if m is None or m.end() >= r.sentence_end:
            continue
        a, b = m.end(), r.sentence_end
        while b > a and text[b - 1] in " .;:\n":
            b -= 1
        words = text[a:b].split()
        first = words[0].lower() if words else ""
        if (
            len(words) < 5  # ("the point stands", "payments can take months": the writer's)
            or first in _NO_SUBJECT
            or first.endswith("ed")
            # Its own cue makes it someone else's statement.
            or any(w.lower().strip(",.") in _OWN_CUES for w in words)
            or any(o.start < b and a < o.end for o in raws)
        ):
            continue
        out.append(
            _Raw(
                r.speaker,
                "reported",
                "according to",
                a,
                b,
                r.sentence_start,
                r.sentence_end,
                r.also,
            )
        )
    return out


# Cues whose object is whom the speaker backs ("endorsed Treadwell").
_ENDORSE_CUES = frozenset({"endorsed", "endorses", "endorse"})
# When an endorsement was made, or the endorser's next act, after whom it names.
_ENDORSED_TAIL = re.compile(
    r"\s+(?:(?:on|in|late|early|since)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
    r"|Sunday|January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.|(?:19|20)\d\d)\b"
    r"|(?:last|this|earlier\s+this)\s+(?:spring|summer|fall|autumn|winter|year|month|week)\b"
    r"|a\s+(?:day|week|month)\s+(?:later|earlier)\b"
    # ("endorsed Pinkowitz in an editorial Sunday, writing ...": where, not whom.)
    r"|in\s+(?:an?|its|their|the)\s+(?:[\w\-]+\s+)?(?:editorial|statement|letter|post|video|email)\b"
    # (Not money: "endorsed X and spent $85,000 on ads, according to records" is the records'.)
    r"|and\s+(?:has\s+|had\s+)?(?:appeared|campaigned|hosted|headlined|recorded|starred"
    r"|joined)\b)"
)
# A time at the end of a speaker's name is the writer's circumstance, not the name.
_TRAILING_WHEN = re.compile(
    r"\s+(?:(?:last|this|next)\s+(?:spring|summer|fall|autumn|winter|year|month|week)"
    r"|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|in\s+(?:19|20)\d\d)$"
)
# "Juckett Rodeo Company of Salina": the company, also without its town.
_COMPANY_OF_PLACE = re.compile(
    r"^(.+?\b(?:Company|Co\.|Corp\.|Corporation|Inc\.))\s+of\s+[A-Z][a-z]+$"
)
# "A mailer from the county Democratic Party says": the party, as some label it.
_PIECE_FROM = re.compile(
    r"^(?:a|an|the)\s+(?:mailer|flier|flyer|ad|letter|statement|post|memo|email|brochure)"
    r"\s+from\s+(?:the\s+)?(.+)$"
)


# "U.S. Labor Department's Office of Inspector General": the office by its own name.
_OWNED_OFFICE = re.compile(
    r"^[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*['’]s\s+([A-Z]\w+(?:\s+(?:of\s+)?[A-Z]\w+)+)$"
)


def _short_forms(name: str) -> list[str]:
    """Other names writers use for a speaker written with its town, as a piece from it, or as
    a body's named office."""
    forms = [
        m.group(1)
        for m in (_COMPANY_OF_PLACE.match(name), _PIECE_FROM.match(name), _OWNED_OFFICE.match(name))
        if m
    ]
    if re.fullmatch(r"[A-Z][\w.\- ]*[a-z]/[A-Z][\w.\- ]*", name):
        forms.append(name.replace("/", " and "))  # "A Candlewick Brief/Fernvale Research poll"
    return forms


def speaker_names(attributions: list[Attribution]) -> dict[str, set[str]]:
    """Canonical speaker -> every name used for them (full name, aliases, surname)."""
    names: dict[str, set[str]] = {}
    for a in attributions:
        s = names.setdefault(a.speaker, {a.speaker})
        s.update(x for x in a.aliases if x)
        parts = a.speaker.split()
        if len(parts) > 1 and parts[-1][:1].isupper() and "'" not in a.speaker:
            # A surname stands for a person; an organisation's last word does not ("Health"
            # of "Brightwell Health", "Security" of "Center for Health Information Security"
            # would make any sentence with that word look like it names the organisation).
            low = [p.lower() for p in parts]
            if a.role != ORG_ROLE and low[-1] not in ORG_HEADS and not ORG_CONNECTORS & set(low):
                s.add(parts[-1])
    return names
