"""Claim-level verification: adversarial claims built from the sample articles are all caught.

Each claim cites the whole article it was built from, so only sentence-level alignment (not
"the number occurs somewhere in the passage") can catch it.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from rag.cite import verify
from rag.quotes import extract_attributions, speaker_names
from rag.text import normalize
from rag.types import Chunk, Passage, RemovalKind

from conftest import SEEDS

ARTICLES = {
    "kursk": "caliber-az-2024-11-05-north-korean-troops-kursk.json",
    "fever_june": "sample-northmere-tarrow-fever.json",
    "fever_july": "sample-northmere-tarrow-fever-july.json",
    "strike": "sample-port-calloway-strike.json",
    "deal": "sample-port-calloway-deal.json",
    "tram": "sample-varnholt-tram-extension.json",
}


def passage_of(text: str, name: str = "s", **meta) -> Passage:
    """``text`` as one passage of article ``name``."""
    chunk = Chunk(
        id=f"{name}-0",
        article_id=name,
        index=0,
        text=text,
        start=0,
        end=len(text),
        paragraph=0,
        paragraph_end=0,
        n_tokens=0,
        **meta,
    )
    return Passage(chunk=chunk, rank=1, attributions=extract_attributions(text, article_id=name))


def whole_article(name: str) -> tuple[list[Passage], dict[str, set[str]]]:
    """The article as one passage, with the attributions extracted from it."""
    data = json.loads((SEEDS / ARTICLES[name]).read_text(encoding="utf-8"))
    p = passage_of(
        normalize(data["text"]),
        name,
        title=data["title"],
        outlet=data["outlet"],
        published=date.fromisoformat(data["published"]),
    )
    return [p], speaker_names(p.attributions)


N, S, Q, G, M = (
    RemovalKind.NUMBER,
    RemovalKind.SPEAKER,
    RemovalKind.UNVERIFIED_QUOTE,
    RemovalKind.NEGATION,
    RemovalKind.NAME,
)

ADVERSARIAL = [
    # -- the right number with the wrong subject, or a number from another sentence --------
    ("kursk", "Jeon Ha-kyou said 12,000 North Korean troops had moved to frontline areas [1].", N),
    ("fever_june", "The agency said 37 of the new cases were found in Osk and Vellbridge [1].", N),
    ("tram", "Harbour Road will lose two lanes during construction lasting 37 months [1].", N),
    ("deal", "The deal guarantees every crane operator a job until at least 2026 [1].", N),
    (
        "strike",
        "Each day of the strike would cost local businesses about 8.7 million crowns [1].",
        N,
    ),
    ("strike", "The authority offered a 5.2 percent pay rise over two years [1].", N),
    ("fever_july", "Confirmed cases of Tarrow fever fell to 412 in July [1].", N),
    ("tram", "The project is expected to cost 168 million crowns [1].", N),
    ("kursk", "Ryder said 11,000 to 13,000 North Korean forces could be deployed in Kursk [1].", N),
    ("strike", "About 2,300 dock workers began a 48-hour strike over automated cranes [1].", N),
    ("tram", "Vornholm said the extension would add seven stops [1].", N),
    (
        "strike",
        "Marchetti said crane operators would fall from 410 to 95 within five years [1].",
        N,
    ),
    # -- the date of one event with another event ------------------------------------------
    ("kursk", "South Korea's defence ministry disclosed the figure on November 4 [1].", N),
    (
        "kursk",
        "Ukraine defeated the strategic objectives of the largest army in Europe in 2024 [1].",
        N,
    ),
    ("deal", "The ballot on the agreement is planned for October 14 [1].", N),
    (
        "tram",
        "The Varnholt City Council voted 9 to 4 on Wednesday to approve the extension [1].",
        M,
    ),
    (
        "fever_june",
        "Carla Benning announced an emergency fund of 5 million crowns on Tuesday [1].",
        M,
    ),
    ("fever_june", "Tomas Rell said residents reported the flooded ditch in June [1].", M),
    (
        "fever_july",
        "Carla Benning said the emergency fund would stay until the end of October [1].",
        M,
    ),
    # -- the right speaker with another person's quote or statement ------------------------
    (
        "kursk",
        'Ryder said, "a significant number of them have moved to frontline areas, '
        'including Kursk" [1].',
        S,
    ),
    ("kursk", 'Jeon Ha-kyou said, "nothing that we would categorize as significant" [1].', S),
    (
        "kursk",
        "Jeon Ha-kyou said the deployment could be significant in terms of combat capability [1].",
        S,
    ),
    (
        "fever_june",
        'Strand said, "At this rate, they will be full by the middle of August" [1].',
        S,
    ),
    (
        "fever_july",
        "Dr. Helena Strand said the isolation ward had never been more than two-thirds full [1].",
        S,
    ),
    ("strike", 'Rasmus Ekdahl said, "We have no quarrel with technology" [1].', S),
    ("deal", 'Delphine Marchetti called the agreement "fair to the workers" [1].', S),
    ("tram", 'Maren Ostrowe said, "This is the most important transport decision" [1].', S),
    (
        "tram",
        "Tobias Quenell argued that the money would be better spent repairing bridges [1].",
        S,
    ),
    # -- a wrong name or place ----------------------------------------------------------------
    (
        "kursk",
        "Ukraine's defence ministry said 10,000 North Korean servicemen are in Russia [1].",
        N,
    ),
    ("strike", "Liang Wenhao said vessels were being diverted to the port of Calloway [1].", M),
    ("fever_june", "Strand said 61 percent of the new cases were found in Kessmoor [1].", M),
    ("fever_july", "The vaccine trial will enrol 1,200 volunteers from Osk and Kessmoor [1].", M),
    # -- a negation added or dropped --------------------------------------------------------
    ("kursk", "Russian troops were able to push the Ukrainians back far [1].", G),
    ("kursk", "South Korea's military is not monitoring the situation in Ukraine [1].", G),
    ("fever_june", "Feydl said results of the vaccine trial are expected before 2026 [1].", G),
    ("fever_july", "Further deaths have been recorded since June [1].", G),
    ("strike", "Ekdahl told reporters that permanent employees would lose their jobs [1].", G),
    ("tram", "Quenell said Eastgate has not waited long enough [1].", G),
    # -- a quote that is not in the source --------------------------------------------------
    ("tram", 'Ostrowe said, "We are building a shiny new line while the old ones thrive" [1].', Q),
]

FAITHFUL = [
    ("kursk", "Approximately 10,000 North Korean servicemen have been stationed in Russia [1]."),
    ("kursk", "South Korea's defence ministry disclosed the information on November 5 [1]."),
    (
        "kursk",
        "Jeon Ha-kyou said more than 10,000 North Korean troops have been sent to Russia [1].",
    ),
    ("kursk", "Ryder urged caution regarding numbers that can be misleading [1]."),
    (
        "kursk",
        "Patrick Ryder said the deployment could be significant in terms of combat capability [1].",
    ),
    (
        "kursk",
        'Ryder said, "They regained some additional territory, but nothing that we would '
        'categorize as significant" [1].',
    ),
    ("fever_june", "Feydl said results of the vaccine trial are not expected before 2026 [1]."),
    ("fever_july", "Confirmed cases of Tarrow fever in Northmere fell to 298 in July [1]."),
    ("strike", "Marchetti said crane operators would fall from 410 to 95 within three years [1]."),
    ("strike", "Ekdahl told reporters that no permanent employee would lose their job [1]."),
    ("tram", "The Varnholt City Council voted 9 to 4 on Thursday to approve the extension [1]."),
    ("deal", "Under the deal, the authority will retrain 280 operators [1]."),
]


@pytest.mark.parametrize(("article", "claim", "kind"), ADVERSARIAL)
def test_adversarial_claim_is_removed(article, claim, kind):
    passages, speakers = whole_article(article)
    v = verify(claim, passages, speakers=speakers)
    assert v.text == ""
    assert [r.kind for r in v.removed] == [kind], [str(r) for r in v.removed]


@pytest.mark.parametrize(("article", "claim"), FAITHFUL)
def test_faithful_claim_survives(article, claim):
    passages, speakers = whole_article(article)
    v = verify(claim, passages, speakers=speakers)
    assert v.text == claim, [str(r) for r in v.removed]
    assert v.removed == []


def test_table_has_at_least_thirty_adversarial_claims():
    assert len(ADVERSARIAL) >= 30


def one_sentence(text: str) -> list[Passage]:
    return [passage_of(text)]


ROWE = (
    "Filings show that a committee supporting Rowe transferred $2.4 million to state parties in "
    "the first quarter, a little more than a quarter of the amount sent by the Vickery joint "
    "committee."
)
WELLS = "Rell's bakery lost 40 customers after Benning's ministry closed 12 wells in Osk."
HARBOUR = (
    "Harbour master Celia Danforth counted 14 waiting ships, and the Coastguard made 3 rescues."
)


@pytest.mark.parametrize(
    ("source", "claim", "kept"),
    [
        # Every number and name of the claim is in the sentence, but bound to another subject.
        (ROWE, "The Vickery joint committee transferred $2.4 million to state parties [1].", False),
        (WELLS, "Benning's ministry lost 40 customers [1].", False),
        (HARBOUR, "The Coastguard counted 14 waiting ships [1].", False),
        # The same facts with their own subjects survive.
        (ROWE, "A committee supporting Rowe transferred $2.4 million to state parties [1].", True),
        (WELLS, "Benning's ministry closed 12 wells in Osk [1].", True),
        (HARBOUR, "Celia Danforth counted 14 waiting ships [1].", True),
    ],
)
def test_a_number_stays_with_its_subject(source, claim, kept):
    v = verify(claim, one_sentence(source))
    assert (v.text == claim) is kept, [str(r) for r in v.removed]
    if not kept:
        assert [r.kind for r in v.removed] == [RemovalKind.NUMBER]


def other_then(article: str) -> tuple[list[Passage], dict[str, set[str]]]:
    """Two passages: another seed article first (the one a habit-cited [1] points at), then
    ``article``."""
    decoy = "tram" if article != "tram" else "kursk"
    first, s1 = whole_article(decoy)
    second, s2 = whole_article(article)
    return [first[0], second[0]], {**s1, **s2}


@pytest.mark.parametrize("decoy_first", [True, False])
@pytest.mark.parametrize(("article", "claim", "kind"), ADVERSARIAL)
def test_re_citing_never_lets_an_adversarial_claim_through(article, claim, kind, decoy_first):
    # The claim cites [1]: the wrong article (re-cited to its own, it must still be caught) or
    # its own (re-cited to the other article, it must be caught there too).
    passages, speakers = other_then(article)
    if not decoy_first:
        passages.reverse()
    v = verify(claim, passages, speakers=speakers, auto_cite=True)
    assert v.text == ""
    assert v.citations == {}
    assert v.removed, "a removed claim must say why"


@pytest.mark.parametrize(("article", "claim"), FAITHFUL)
def test_a_faithful_claim_citing_the_wrong_passage_is_re_cited(article, claim):
    passages, speakers = other_then(article)
    v = verify(claim, passages, speakers=speakers, auto_cite=True)
    assert v.text == claim  # renumbered: the re-cited passage is the answer's [1]
    assert v.removed == []
    assert [c.passage.chunk.article_id for c in v.citations.values()] == [article]
    assert v.auto_cited == 1


@pytest.mark.parametrize(("article", "claim"), FAITHFUL[:3])
def test_without_auto_cite_a_wrong_citation_stays_wrong(article, claim):
    passages, speakers = other_then(article)
    v = verify(claim, passages, speakers=speakers)
    assert v.text == ""
    assert len(v.removed) == 1
