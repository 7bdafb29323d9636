"""Deterministic synthetic news articles with known answers, for benchmarks.

Every name, place, outlet and organisation is invented from syllables. Each article carries one
*fact sentence* about a subject that no other article of the corpus shares (a tram line, a
disease, a factory...), and a question about it, so retrieval can be scored: the ``evidence``
(the whole fact sentence) and the short ``answer`` are exact substrings of the article text.

Generation is sequential from one seeded ``random.Random``: the same seed gives the same
articles, and ``generate(n)[:m] == generate(m)`` for ``m <= n``.

    from bench.synth import generate
    corpus = generate(200, seed=7)
    corpus.articles[0], corpus.questions[0]
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from rag.ingest import article_id  # noqa: E402
from rag.text import normalize  # noqa: E402
from rag.types import Article  # noqa: E402

FIRST = [
    "Ada",
    "Alvar",
    "Amira",
    "Anselm",
    "Astrid",
    "Bastian",
    "Bettina",
    "Caius",
    "Cosima",
    "Dagny",
    "Darius",
    "Edda",
    "Elias",
    "Elin",
    "Emeric",
    "Farah",
    "Felix",
    "Freya",
    "Gideon",
    "Greta",
    "Hakon",
    "Hedda",
    "Idris",
    "Ilse",
    "Ines",
    "Jonas",
    "Juno",
    "Kasimir",
    "Kira",
    "Lars",
    "Leona",
    "Linnea",
    "Lucian",
    "Magnus",
    "Malin",
    "Marek",
    "Mila",
    "Nadia",
    "Nils",
    "Noor",
    "Oskar",
    "Petra",
    "Quentin",
    "Rania",
    "Rasmus",
    "Runa",
    "Selma",
    "Silas",
    "Soren",
    "Talia",
    "Teodor",
    "Tove",
    "Ulrik",
    "Vera",
    "Viggo",
    "Wilma",
    "Yusuf",
    "Zara",
    "Zeno",
    "Ottilie",
    "Ansel",
    "Brigid",
    "Corin",
    "Dalia",
    "Eskil",
    "Fenna",
    "Gunnar",
    "Halvard",
    "Iona",
]
SUR_A = [
    "Ost",
    "Kell",
    "Varn",
    "Dros",
    "Hal",
    "Brenn",
    "Ekd",
    "Fal",
    "Gund",
    "Hask",
    "Ilm",
    "Jess",
    "Kor",
    "Lind",
    "Marr",
    "Nolt",
    "Orv",
    "Pell",
    "Quar",
    "Rask",
    "Sted",
    "Tarv",
    "Ulm",
    "Vask",
    "Wend",
    "Yard",
    "Zell",
    "Bor",
    "Cald",
    "Dun",
    "Ferr",
    "Grav",
    "Holm",
    "Jarn",
    "Lask",
    "Mott",
]
SUR_B = [
    "ahl",
    "ström",
    "sen",
    "ova",
    "ek",
    "an",
    "ridge",
    "well",
    "ez",
    "ani",
    "ow",
    "ard",
    "ing",
    "er",
    "inen",
    "sky",
    "holm",
    "berg",
    "ley",
]
SUR_B = [s.replace("ö", "o") for s in SUR_B]
PLACE_A = [
    "Varn",
    "Tor",
    "Kel",
    "Mar",
    "Bel",
    "Dun",
    "Os",
    "Hal",
    "Ren",
    "Skel",
    "Cal",
    "Fen",
    "Gil",
    "Mor",
    "Ost",
    "Pell",
    "Quin",
    "Rav",
    "Sel",
    "Tam",
    "Vel",
    "Wyn",
    "Yar",
    "Zel",
    "Brae",
    "Cor",
    "Dav",
    "Eld",
    "Farn",
    "Gry",
    "Ash",
    "Brin",
    "Creel",
    "Drum",
    "Esk",
    "Fald",
    "Harl",
    "Ivel",
    "Kess",
    "Lorn",
]
PLACE_M = ["a", "e", "i", "o", "en", "an", "ar", "or", "il", "", "", ""]
PLACE_B = [
    "holt",
    "mere",
    "wick",
    "by",
    "ford",
    "stead",
    "vale",
    "dun",
    "ness",
    "berg",
    "haven",
    "thorpe",
    "ley",
    "moor",
    "gate",
    "brook",
    "field",
    "bridge",
]
OUTLETS = [
    "The Varnholt Ledger",
    "Osk Valley Courier",
    "Kessmoor Daily",
    "Brae Coast Times",
    "The Fennick Observer",
    "Harrowgate Evening Post",
    "Tamsel Gazette",
    "Quinmoor Chronicle",
    "The Dunmere Standard",
    "Ravelstead Tribune",
    "Yarrow Bay Herald",
    "Wynford Record",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight"}


@dataclass(frozen=True)
class Question:
    """A question one article answers: ``answer`` and ``evidence`` are substrings of its text."""

    article_id: str
    question: str
    answer: str
    evidence: str
    topic: str


@dataclass
class Corpus:
    """Articles and one question per article, in the same order."""

    articles: list[Article]
    questions: list[Question]


class _Names:
    """Invented names that never repeat within one corpus where uniqueness matters."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.used: set[str] = set()

    def unique(self, make: Callable[[], str]) -> str:
        # A few thousand articles need < 10 draws; in corpora of tens of thousands the plain
        # syllable space runs out, and names grow by one syllable until they are new.
        for _ in range(40):
            name = make()
            if name not in self.used:
                self.used.add(name)
                return name
        while name in self.used:
            name += self.rng.choice(SUR_B)
        self.used.add(name)
        return name

    def surname(self) -> str:
        return self.rng.choice(SUR_A) + self.rng.choice(SUR_B)

    def person(self) -> str:
        return f"{self.rng.choice(FIRST)} {self.surname()}"

    def place(self) -> str:
        r = self.rng
        return r.choice(PLACE_A) + r.choice(PLACE_M) + r.choice(PLACE_B)

    def coined(self) -> str:
        """A capitalised invented word for unique subjects (two syllable groups)."""
        r = self.rng
        return (r.choice(PLACE_A) + r.choice(PLACE_M) + r.choice(SUR_B)).capitalize()


@dataclass
class _Ctx:
    """Slot values shared by every sentence of one article."""

    rng: random.Random
    place: str
    place2: str
    outlet: str
    published: date
    people: list[tuple[str, str]]  # (name, role)
    subject: str
    org: str

    def day(self) -> str:
        return self.rng.choice(WEEKDAYS)

    def when(self) -> str:
        d = self.published - timedelta(days=self.rng.randint(1, 60))
        return f"{d.day} {MONTHS[d.month - 1]}"

    def later(self) -> str:
        y = self.published.year + self.rng.randint(1, 3)
        return f"{self.rng.choice(MONTHS)} {y}"

    def n(self, lo: int, hi: int) -> str:
        v = self.rng.randint(lo, hi)
        return f"{v:,}"


def _the(outlet: str) -> str:
    """ "the Kessmoor Daily", "The Varnholt Ledger" -> "the Varnholt Ledger"."""
    return "the " + outlet.removeprefix("The ")


def _last(name: str) -> str:
    return name.split()[-1]


# -- topics -----------------------------------------------------------------------------------
# Each topic: subject(names, ctx-free), org, roles, title, fact(ctx) -> (sentence, answer,
# question), lead, context sentences, quotes. Templates use str.format with ctx-derived slots.

_GENERIC_CONTEXT = [
    "Officials said a full report would be published before the end of {month}.",
    "The decision follows months of debate in {place}, where residents packed {n_small} public meetings.",
    "Critics said the plan had been rushed and that the figures had not been checked independently.",
    "Local businesses in {place2} said they expected the change to affect them within weeks.",
    "A spokesperson for the regional government said it would review the matter on {day}.",
    "The {org} said it had received more than {n_mid} written comments from the public.",
    "An earlier proposal was withdrawn in {year_prev} after a legal challenge by neighbouring {place2}.",
    "Figures released on {day} show the number has grown every year since {year_prev}.",
    "Opposition councillors called for an independent inquiry into how the decision was made.",
    "The regional audit office is expected to examine the costs later this year.",
    "Several community groups in {place} said they had not been consulted before the announcement.",
    "The announcement was made at a press conference at the {org} headquarters on {day}.",
    "Residents of {place2} have until {later} to submit objections.",
    "The issue is likely to feature prominently in the regional elections next spring.",
    "Similar measures in {place2} were introduced {n_small} years ago with mixed results.",
    "{the_outlet} was unable to reach representatives of the regional ministry for comment.",
]

_GENERIC_QUOTES = [
    "We have listened carefully and we believe this is the right decision for {place}",
    "Nobody should be surprised by this, the warning signs were there for years",
    "This is a serious moment and we will not pretend otherwise",
    "We expect to have a clearer picture by {later}",
    "People in {place} deserve honest answers, not slogans",
    "The numbers speak for themselves",
    "We will keep working with everyone who wants to find a solution",
    "I understand the frustration, and I share some of it",
]

_REPORTED = [
    "the {org} had acted too slowly",
    "the figures published on {day} were only preliminary",
    "more staff would be needed before {later}",
    "talks with the regional government would continue next week",
    "the cost of the delay could reach {n_mid} crowns a day",
    "residents of {place2} had raised the same concerns in {year_prev}",
]


@dataclass(frozen=True)
class _Topic:
    name: str
    subject: Callable[[_Names], str]
    org: Callable[[_Names, str], str]
    roles: list[str]
    title: list[str]
    fact: Callable[[_Ctx], tuple[str, str, str]]
    lead: list[str]
    context: list[str]
    quotes: list[str]


def _fact_transit(c: _Ctx) -> tuple[str, str, str]:
    stops, pax = c.rng.randint(4, 19), c.n(3000, 48000)
    ans = f"{pax} passengers a day"
    s = (
        f"The {c.subject} tram line will have {stops} stops and is expected to carry {ans} "
        f"once it opens in {c.later()}."
    )
    return s, ans, f"How many passengers a day is the {c.subject} tram line expected to carry?"


def _fact_strike(c: _Ctx) -> tuple[str, str, str]:
    pct, yrs = f"{c.rng.randint(3, 14)}.{c.rng.randint(0, 9)}", c.rng.randint(2, 4)
    ans = f"{pct} percent over {WORDS[yrs]} years"
    s = f"The {c.subject} Workers Union is demanding a pay rise of {ans}, the union said on {c.day()}."
    return s, ans, f"What pay rise is the {c.subject} Workers Union demanding?"


def _fact_health(c: _Ctx) -> tuple[str, str, str]:
    n, month = c.n(40, 2400), MONTHS[(c.published.month - 2) % 12]
    ans = f"{n} confirmed cases"
    s = f"The {c.org} recorded {ans} of {c.subject} fever in {month}, up from the month before."
    return s, ans, f"How many confirmed cases of {c.subject} fever were recorded in {month}?"


def _fact_factory(c: _Ctx) -> tuple[str, str, str]:
    n = c.n(120, 3800)
    ans = f"employ {n} people"
    s = (
        f"{c.subject} Industries said its new plant in {c.place} would {ans} when it opens "
        f"in {c.later()}."
    )
    return s, ans, f"How many people will the new {c.subject} Industries plant employ?"


def _fact_flood(c: _Ctx) -> tuple[str, str, str]:
    lvl, yr = f"{c.rng.randint(2, 9)}.{c.rng.randint(1, 9)} metres", c.rng.randint(1950, 2015)
    ans = f"{lvl}"
    s = (
        f"The {c.subject} River rose to {ans} at the {c.place} gauge on {c.day()}, its highest "
        f"level since {yr}."
    )
    return s, ans, f"How high did the {c.subject} River rise at the {c.place} gauge?"


def _fact_election(c: _Ctx) -> tuple[str, str, str]:
    a = c.rng.randint(38, 61)
    b = c.rng.randint(20, 99 - a - 5)
    winner, loser = c.people[0][0], c.people[1][0]
    ans = f"{a} percent of the vote"
    s = f"{winner} of the {c.subject} Party won {ans}, ahead of {loser} with {b} percent."
    return s, ans, f"What share of the vote did the {c.subject} Party candidate win?"


def _fact_school(c: _Ctx) -> tuple[str, str, str]:
    cost = f"{c.rng.randint(4, 95)}.{c.rng.randint(1, 9)} million crowns"
    ans = cost
    s = (
        f"The renovation of {c.subject} Academy will cost {ans} and is due to finish by "
        f"{c.later()}, the council said."
    )
    return s, ans, f"How much will the renovation of {c.subject} Academy cost?"


def _fact_sports(c: _Ctx) -> tuple[str, str, str]:
    n = c.n(2000, 41000)
    a, b = c.rng.randint(1, 5), c.rng.randint(0, 4)
    a, b = max(a, b + 1), min(a, b)
    ans = f"{n} spectators"
    s = (
        f"{c.place} beat {c.place2} {a}-{b} in the final of the {c.subject} Cup in front of "
        f"{ans} on {c.day()}."
    )
    return s, ans, f"How many spectators watched the final of the {c.subject} Cup?"


TOPICS: list[_Topic] = [
    _Topic(
        "transit",
        subject=lambda nm: nm.coined(),
        org=lambda nm, p: f"{p} Transport Authority",
        roles=[
            "the city's transport director",
            "mayor of {place}",
            "a councillor who opposed the plan",
            "chair of the {place} Commuters' Association",
        ],
        title=[
            "{place} approves {subject} tram line",
            "Council backs {subject} tram extension in {place}",
            "Work on {subject} tram line to start in {place}",
        ],
        fact=_fact_transit,
        lead=[
            "The {place} city council voted {n_small} to {n_smaller} on {day} to approve the "
            "{subject} tram line, ending a long dispute over the route."
        ],
        context=[
            "Construction is expected to close two lanes of the main road for {n_small} months.",
            "Cyclists' groups urged the council to add protected bike lanes along the route.",
            "Two thirds of the money will come from a regional infrastructure fund.",
            "Engineers rated {n_small} bridges on the existing network as being in poor condition.",
            "Bus routes in {place2} will be redrawn once the tram line opens.",
        ],
        quotes=[
            "This is the most important transport decision the city has made in a generation",
            "We are building a shiny new line while the old ones crumble",
            "Commuters have waited long enough for this",
        ],
    ),
    _Topic(
        "strike",
        subject=lambda nm: nm.coined(),
        org=lambda nm, p: f"{p} Port Authority",
        roles=[
            "general secretary of the union",
            "chief executive of the {place} Port Authority",
            "a shipping analyst at {place2} Maritime",
            "a crane operator",
        ],
        title=[
            "{subject} workers walk out in {place}",
            "Strike by {subject} union halts {place} port",
            "{place} dock strike enters second day",
        ],
        fact=_fact_strike,
        lead=[
            "About {n_mid} workers at the port of {place} walked off the job on {day}, beginning a "
            "{n_small}-day strike over pay and automation."
        ],
        context=[
            "Picket lines remained at all {n_small} gates of the port on {day}.",
            "Vessels were already being diverted to the rival port of {place2}.",
            "The authority said the first automated cranes would not arrive before {later}.",
            "The chamber of commerce estimated that each day of the strike would cost local "
            "businesses about {n_mid} crowns.",
            "Talks between the two sides broke down late on {day}.",
        ],
        quotes=[
            "We have no quarrel with technology, we have a quarrel with an employer that will not talk",
            "The machines will make the port safer and faster",
            "If this lasts beyond the weekend, some of those ships will not come back",
        ],
    ),
    _Topic(
        "health",
        subject=lambda nm: nm.coined(),
        org=lambda nm, p: f"{p} Public Health Agency",
        roles=[
            "chief epidemiologist at the {place} Public Health Agency",
            "head of infectious diseases at {place} University Hospital",
            "the regional health minister",
            "a pharmacist in {place2}",
        ],
        title=[
            "{subject} fever cases rise in {place}",
            "{place} hospitals brace for {subject} fever",
            "Emergency fund to fight {subject} fever in {place}",
        ],
        fact=_fact_health,
        lead=[
            "Health officials in {place} warned on {day} that {subject} fever was spreading faster "
            "than at any time since records began."
        ],
        context=[
            "The fever is spread by mosquitoes that breed in standing water.",
            "Residents were urged to use insect repellent after dusk.",
            "{n_small} patients have been admitted to hospital, the agency said.",
            "The ministry announced an emergency fund of {n_small} million crowns for mosquito control.",
            "A vaccine trial is planned, but results are not expected before {later}.",
        ],
        quotes=[
            "We are seeing the fastest growth since the virus was first identified here",
            "This is not a reason for panic, but it is a reason for care",
            "At this rate, our isolation beds will be full within weeks",
        ],
    ),
    _Topic(
        "factory",
        subject=lambda nm: nm.coined(),
        org=lambda nm, p: f"{p} Chamber of Commerce",
        roles=[
            "chief executive of the company",
            "mayor of {place}",
            "an economist at {place2} University",
            "a union representative",
        ],
        title=[
            "{subject} Industries to build plant in {place}",
            "{place} wins {subject} factory",
            "New {subject} plant promises jobs for {place}",
        ],
        fact=_fact_factory,
        lead=[
            "{subject} Industries confirmed on {day} that it had chosen {place} for its new battery "
            "components plant, beating a rival bid from {place2}."
        ],
        context=[
            "The company will receive tax relief worth {n_mid} crowns over ten years.",
            "Unemployment in {place} stood at {n_small} percent last year, above the national average.",
            "The plant will be built on the site of a former paper mill.",
            "Environmental groups raised concerns about water use at the site.",
            "Construction is expected to begin in {later}.",
        ],
        quotes=[
            "This is a vote of confidence in the people of {place}",
            "We chose this town because of its skills, not its subsidies",
            "Jobs are welcome, but we need to see the contracts first",
        ],
    ),
    _Topic(
        "flood",
        subject=lambda nm: nm.coined(),
        org=lambda nm, p: f"{p} Emergency Service",
        roles=[
            "head of the {place} Emergency Service",
            "a hydrologist at the national weather office",
            "a farmer near {place}",
            "mayor of {place2}",
        ],
        title=[
            "Floods close roads around {place}",
            "{subject} River bursts its banks near {place}",
            "{place} evacuates homes as {subject} River rises",
        ],
        fact=_fact_flood,
        lead=[
            "Emergency crews evacuated {n_mid} homes in {place} on {day} after days of heavy rain "
            "swelled the {subject} River."
        ],
        context=[
            "{n_small} roads were closed and rail services to {place2} were suspended.",
            "Volunteers filled sandbags through the night at the town hall.",
            "Forecasters expect more rain until the end of the week.",
            "Insurance companies said claims could run into millions of crowns.",
            "The last comparable flood, in {year_prev}, damaged more than {n_mid} buildings.",
        ],
        quotes=[
            "We have never seen the water come up this quickly",
            "Please stay away from the riverbanks until the warning is lifted",
            "My fields are a lake and the harvest is gone",
        ],
    ),
    _Topic(
        "election",
        subject=lambda nm: nm.coined(),
        org=lambda nm, p: f"{p} Electoral Board",
        roles=[
            "the newly elected mayor",
            "the outgoing mayor",
            "a political scientist at {place2} University",
            "chair of the {place} Electoral Board",
        ],
        title=[
            "{place} elects new mayor",
            "{subject} Party wins in {place}",
            "Upset in {place} mayoral race",
        ],
        fact=_fact_election,
        lead=[
            "Voters in {place} elected a new mayor on {day} in a race dominated by housing costs "
            "and public transport."
        ],
        context=[
            "Turnout was {n_small} points higher than at the previous election.",
            "The count was delayed by several hours because of a power cut in {place2}.",
            "Housing costs in {place} have risen sharply over the past five years.",
            "The new council will meet for the first time in {later}.",
            "Observers said the campaign had been unusually bitter.",
        ],
        quotes=[
            "Tonight the people of {place} voted for change",
            "We ran a clean campaign and I accept the result",
            "This result will be studied for years",
        ],
    ),
    _Topic(
        "school",
        subject=lambda nm: nm.coined(),
        org=lambda nm, p: f"{p} Education Board",
        roles=[
            "head teacher of the academy",
            "chair of the {place} Education Board",
            "a parent of two pupils",
            "a councillor for {place2}",
        ],
        title=[
            "{subject} Academy to be renovated",
            "{place} approves money for {subject} Academy",
            "Leaking roofs and cold classrooms at {subject} Academy",
        ],
        fact=_fact_school,
        lead=[
            "The {place} council on {day} approved the renovation of {subject} Academy, where pupils "
            "have been taught in temporary classrooms for {n_small} years."
        ],
        context=[
            "The academy has {n_mid} pupils and {n_small} teachers.",
            "Inspectors found leaking roofs and faulty heating in {year_prev}.",
            "Pupils will be moved to a school in {place2} during the works.",
            "Parents had collected more than {n_mid} signatures calling for repairs.",
            "The building dates from the early twentieth century.",
        ],
        quotes=[
            "Our pupils deserve classrooms that are warm and dry",
            "We have waited far too long for this money",
            "Every crown spent on schools is an investment in {place}",
        ],
    ),
    _Topic(
        "sports",
        subject=lambda nm: nm.coined(),
        org=lambda nm, p: f"{p} Football Association",
        roles=[
            "the {place} head coach",
            "captain of the {place} team",
            "the {place2} head coach",
            "a supporter who travelled from {place2}",
        ],
        title=[
            "{place} win the {subject} Cup",
            "{subject} Cup final goes to {place}",
            "Triumph for {place} in {subject} Cup final",
        ],
        fact=_fact_sports,
        lead=["{place} lifted the {subject} Cup on {day} after a tense final against {place2}."],
        context=[
            "The winning goal came {n_small} minutes before the end of normal time.",
            "It was the club's first trophy in {n_small} years.",
            "Thousands of supporters gathered in the main square of {place} to greet the team.",
            "The referee showed {n_small} yellow cards in a bad-tempered second half.",
            "{place2} had been favourites after an unbeaten league season.",
        ],
        quotes=[
            "I am so proud of these players",
            "We were the better team for an hour and then we stopped playing",
            "This one is for everyone who stayed with us in the bad years",
        ],
    ),
]


def _fill(template: str, c: _Ctx, slots: dict[str, str]) -> str:
    r = c.rng
    y = c.published.year
    vals = {
        "place": c.place,
        "place2": c.place2,
        "the_outlet": "T" + _the(c.outlet)[1:],
        "subject": c.subject,
        "org": c.org,
        "day": c.day(),
        "when": c.when(),
        "later": c.later(),
        "month": r.choice(MONTHS),
        "year_prev": str(y - r.randint(2, 12)),
        "n_small": str(r.randint(6, 30)),
        "n_smaller": str(r.randint(1, 5)),
        "n_mid": c.n(1200, 9800),
    } | slots
    return template.format(**vals)


def _paragraphs(topic: _Topic, c: _Ctx, fact: str) -> list[str]:
    r = c.rng
    people = c.people
    quotes = r.sample(topic.quotes, len(topic.quotes)) + r.sample(_GENERIC_QUOTES, 4)
    context = r.sample(topic.context, len(topic.context)) + r.sample(_GENERIC_CONTEXT, 10)
    reported = r.sample(_REPORTED, 3)

    def quote_par(i: int) -> str:
        name, role = people[i % len(people)]
        q = _fill(quotes[i], c, {})
        form = r.randrange(3)
        if form == 0:
            return f'"{q}," said {name}, {role}.'
        if form == 1:
            return f'{name}, {role}, said: "{q}."'
        return f'"{q}," {name} told {_the(c.outlet)} on {c.day()}.'

    pars = [_fill(r.choice(topic.lead), c, {})]
    pars.append(fact + " " + _fill(context[0], c, {}))
    pars.append(quote_par(0))
    pars.append(
        f"{_last(people[1][0])} said {_fill(reported[0], c, {})}. " + _fill(context[1], c, {})
    )
    pars.append(quote_par(1))
    ci, qi = 2, 2
    target = r.randint(280, 470)
    while sum(len(p.split()) for p in pars) < target and ci < len(context) - 1:
        if r.random() < 0.35 and qi < len(quotes):
            pars.append(quote_par(qi))
            qi += 1
        elif r.random() < 0.2 and qi < 5:
            pars.append(
                f"According to {_last(people[qi % len(people)][0])}, "
                f"{_fill(reported[1 + qi % 2], c, {})}."
            )
            qi += 1
        else:
            k = r.randint(1, 2)
            pars.append(" ".join(_fill(t, c, {}) for t in context[ci : ci + k]))
            ci += k
    # Never run past ~500 words: drop trailing paragraphs (the fact stays in paragraph 2).
    while sum(len(p.split()) for p in pars) > 500 and len(pars) > 3:
        pars.pop()
    return pars


def iter_corpus(seed: int = 0) -> Iterator[tuple[Article, Question]]:
    """Endless stream of (article, question); deterministic for ``seed``."""
    rng = random.Random(seed)
    names = _Names(rng)
    start = date(2023, 1, 1)
    i = 0
    while True:
        topic = TOPICS[rng.randrange(len(TOPICS))]
        place = names.place()
        place2 = names.place()
        while place2 == place:
            place2 = names.place()
        subject = names.unique(lambda t=topic: t.subject(names))
        published = start + timedelta(days=rng.randint(0, 3 * 365 - 1))
        ctx = _Ctx(
            rng=rng,
            place=place,
            place2=place2,
            outlet=rng.choice(OUTLETS),
            published=published,
            people=[],
            subject=subject,
            org=topic.org(names, place),
        )
        roles = rng.sample(topic.roles, len(topic.roles))
        ctx.people = [(names.unique(names.person), _fill(role, ctx, {})) for role in roles]
        fact, answer, question = topic.fact(ctx)
        pars = _paragraphs(topic, ctx, fact)
        text = normalize("\n\n".join(pars))
        title = _fill(rng.choice(topic.title), ctx, {})
        aid = article_id(text)
        art = Article(
            id=aid,
            title=title,
            text=text,
            outlet=ctx.outlet,
            author=names.person(),
            published=published,
            url=f"https://example.invalid/synth/{seed}/{i}",
            source=f"synth://{seed}/{i}",
        )
        yield (
            art,
            Question(
                article_id=aid, question=question, answer=answer, evidence=fact, topic=topic.name
            ),
        )
        i += 1


def generate(n: int, seed: int = 0) -> Corpus:
    """``n`` articles and their questions."""
    arts: list[Article] = []
    qs: list[Question] = []
    for art, q in iter_corpus(seed):
        if len(arts) >= n:
            break
        arts.append(art)
        qs.append(q)
    return Corpus(arts, qs)


def generate_articles(n: int, seed: int = 0) -> list[Article]:
    """Just the articles (``generate(n, seed).articles``)."""
    return generate(n, seed).articles


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=2)
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    corpus = generate(a.n, a.seed)
    for art, q in zip(corpus.articles, corpus.questions, strict=True):
        print(
            f"# {art.title}  [{art.id}] {art.outlet} {art.published} "
            f"({len(art.text.split())} words)\n{art.text}\nQ: {q.question}\nA: {q.answer}\n"
        )
