"""Exact-value tests for rule-based attribution extraction (rag/quotes.py)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from rag.quotes import extract_attributions, resolve_speaker, same_person

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED = "caliber-az-2024-11-05-north-korean-troops-kursk.json"
SAMPLES = [
    "sample-varnholt-tram-extension.json",
    "sample-port-calloway-strike.json",
    "sample-northmere-tarrow-fever.json",
]


def _text(name: str) -> str:
    return json.loads((SEEDS / name).read_text(encoding="utf-8"))["text"]


def _bench() -> ModuleType:
    """bench/attributions.py, loaded by path (bench/ is scripts, not a package)."""
    spec = importlib.util.spec_from_file_location(
        "bench_attributions", ROOT / "bench/attributions.py"
    )
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


RYDER = "Patrick Ryder"
SEED_EXPECTED = [
    (
        "South Korea's defence ministry",
        "reported",
        "disclosed",
        "Approximately 10,000 North Korean servicemen have been stationed in Russia, with a "
        "significant number sent to frontline areas",
    ),
    (
        "Jeon Ha-kyou",
        "direct",
        "said",
        "More than 10,000 North Korean troops have now been sent to Russia, and we understand "
        "that a significant number of them have moved to frontline areas, including Kursk",
    ),
    (
        "Jeon Ha-kyou",
        "reported",
        "added",
        "while there was no new information regarding North Korean troop activity, South "
        "Korea's military and intelligence agencies are closely monitoring the situation in "
        "Ukraine",
    ),
    (
        RYDER,
        "direct",
        "stated",
        "The response of the Russian military and political leadership to the beginning of the "
        "Kursk operation of the Ukrainian army in the first days of the offensive was very "
        "confusing in terms of attempts to dislodge the AFU from the region.",
    ),
    (
        RYDER,
        "direct",
        "elaborated",
        "For the most part, they (Russian troops) were not able to push the Ukrainians back far. "
        "They regained some additional territory, but nothing that we would categorize as "
        "significant.",
    ),
    (RYDER, "direct", "noted", "these additional 10,000-11,000-12,000 (North Korean) forces"),
    (RYDER, "direct", "noted", "could be significant in terms of combat capability."),
    (
        RYDER,
        "direct",
        "emphasized",
        "how these forces will be used, how they are integrated into Russian command and control.",
    ),
    (
        RYDER,
        "reported",
        "remarked",
        "the battle-hardened AFU soldiers are likely to continue their operations in the Kursk "
        "region, including retaining the territory they have taken control of",
    ),
    (RYDER, "direct", "urged caution", "numbers that can be misleading."),
    (
        RYDER,
        "reported",
        "pointed",
        "Ukraine's success against a much larger Russian army in 2022 as an example",
    ),
    (
        RYDER,
        "direct",
        "pointed",
        "Look at what Ukraine did when Russia invaded Ukraine in 2022, and how there was a small "
        "number of forces capable of largely defeating the strategic objectives of what was and "
        "is the largest army in Europe.",
    ),
    (
        RYDER,
        "reported",
        "concluded",
        "much will depend on how the Russian Federation decides to use this North Korean "
        'contingent and "how well integrated they are, what kind of combat experience they have."',
    ),
    (
        RYDER,
        "direct",
        "concluded",
        "how well integrated they are, what kind of combat experience they have.",
    ),
    (
        RYDER,
        "direct",
        "added",
        "In the meantime, we continue to consult very closely with our allies and partners.",
    ),
    (
        "Volodymyr Zelenskyy",
        "reported",
        "expressed",
        "his discontent with the West, accusing it of a muted response to the deployment of "
        "thousands of North Korean troops, marking a significant escalation in the war",
    ),
]


def test_seed_article_exact_attributions() -> None:
    text = _text(SEED)
    got = extract_attributions(text, article_id="kursk")
    assert [(a.speaker, a.kind, a.cue, a.quote) for a in got] == SEED_EXPECTED
    assert all(a.article_id == "kursk" for a in got)


def test_seed_roles_and_aliases() -> None:
    by_speaker = {a.speaker: a for a in extract_attributions(_text(SEED))}
    assert by_speaker["Jeon Ha-kyou"].role == "South Korea's defence ministry spokesman"
    assert by_speaker["Jeon Ha-kyou"].aliases == ("Jeong",)
    assert by_speaker[RYDER].role == (
        "Major General; spokesperson for the U.S. Department of Defense"
    )
    assert by_speaker[RYDER].aliases == ("Ryder",)
    assert by_speaker["Volodymyr Zelenskyy"].role == "Ukrainian President"
    assert by_speaker["South Korea's defence ministry"].role == "organisation"
    # The outlet's own sourcing is not a statement.
    assert "Caliber.Az" not in by_speaker and "Yonhap" not in by_speaker


@pytest.mark.parametrize("name", [SEED, *SAMPLES])
def test_offsets_and_order(name: str) -> None:
    text = _text(name)
    got = extract_attributions(text)
    assert got
    for a in got:
        assert text[a.start : a.end] == a.quote
        assert a.sentence_start <= a.start < a.end <= a.sentence_end
        assert a.quote == a.quote.strip()
    assert [(a.start, a.end) for a in got] == sorted((a.start, a.end) for a in got)


def test_passive_anaphor_span_covers_antecedent() -> None:
    text = _text(SEED)
    a = extract_attributions(text)[0]
    assert (a.start, a.end, a.sentence_start, a.sentence_end) == (0, 125, 0, 266)


ORG = "organisation"
# (text, [(speaker, kind, cue, quote, start, end, role)])
PATTERNS = {
    "quote_said_role_name": (
        '"We will rebuild the pier," said harbour master Ines Kolar during a briefing.',
        [("Ines Kolar", "direct", "said", "We will rebuild the pier", 1, 25, "harbour master")],
    ),
    "name_appositive_stated": (
        'Ines Kolar, the harbour master, stated, "The pier reopens in May."',
        [("Ines Kolar", "direct", "stated", "The pier reopens in May.", 41, 65, "harbour master")],
    ),
    "name_said_that": (
        "Ines Kolar said that the pier would reopen in May.",
        [("Ines Kolar", "reported", "said", "the pier would reopen in May", 21, 49, "")],
    ),
    "name_noted_without_that": (
        "Ines Kolar noted the repairs were ahead of schedule.",
        [("Ines Kolar", "reported", "noted", "the repairs were ahead of schedule", 17, 51, "")],
    ),
    "according_to_first": (
        "According to Ines Kolar, the repairs cost 4 million crowns.",
        [
            (
                "Ines Kolar",
                "reported",
                "according to",
                "the repairs cost 4 million crowns",
                25,
                58,
                "",
            )
        ],
    ),
    "according_to_last": (
        "The repairs cost 4 million crowns, according to Ines Kolar.",
        [
            (
                "Ines Kolar",
                "reported",
                "according to",
                "The repairs cost 4 million crowns",
                0,
                33,
                "",
            )
        ],
    ),
    "role_name_told_reporters": (
        "Harbour master Ines Kolar told reporters that the pier would reopen in May.",
        [
            (
                "Ines Kolar",
                "reported",
                "told",
                "the pier would reopen in May",
                46,
                74,
                "Harbour master",
            )
        ],
    ),
    "passive_by_org": (
        "The closure was announced by the Dunmore Port Authority on Monday.",
        [("Dunmore Port Authority", "reported", "announced", "The closure", 0, 11, ORG)],
    ),
    "passive_anaphor": (
        "The pier will stay shut until May.\nThis was disclosed by the Dunmore Port Authority.",
        [
            (
                "Dunmore Port Authority",
                "reported",
                "disclosed",
                "The pier will stay shut until May",
                0,
                33,
                ORG,
            )
        ],
    ),
    "title_name_expressed": (
        "Mayor Ines Kolar expressed her frustration with the contractor.",
        [
            (
                "Ines Kolar",
                "reported",
                "expressed",
                "her frustration with the contractor",
                27,
                62,
                "Mayor",
            )
        ],
    ),
    "pronoun_elaborated": (
        'Ines Kolar said the pier was unsafe. She elaborated, "The pilings are rotten."',
        [
            ("Ines Kolar", "reported", "said", "the pier was unsafe", 16, 35, ""),
            ("Ines Kolar", "direct", "elaborated", "The pilings are rotten.", 54, 77, ""),
        ],
    ),
    "pronoun_emphasized_that": (
        "Ines Kolar said the pier was unsafe. She emphasized that nobody had been hurt.",
        [
            ("Ines Kolar", "reported", "said", "the pier was unsafe", 16, 35, ""),
            ("Ines Kolar", "reported", "emphasized", "nobody had been hurt", 57, 77, ""),
        ],
    ),
    "follow_on_quote_without_cue": (
        '"The pier is closed," said Ines Kolar. "It will stay closed until May."',
        [
            ("Ines Kolar", "direct", "said", "The pier is closed", 1, 19, ""),
            ("Ines Kolar", "direct", "said", "It will stay closed until May.", 40, 70, ""),
        ],
    ),
    "quote_then_pronoun_cue": (
        'Ines Kolar spoke on Monday. "We are doing our best," she said.',
        [("Ines Kolar", "direct", "said", "We are doing our best", 29, 50, "")],
    ),
    "content_then_org_said": (
        "The pier will reopen in May, the Dunmore Port Authority said on Tuesday.",
        [("Dunmore Port Authority", "reported", "said", "The pier will reopen in May", 0, 27, ORG)],
    ),
    "two_fragments_no_reported": (
        'Ines Kolar noted that the deployment of "new cranes" and "more tugs."',
        [
            ("Ines Kolar", "direct", "noted", "new cranes", 41, 51, ""),
            ("Ines Kolar", "direct", "noted", "more tugs.", 58, 68, ""),
        ],
    ),
    # A clause of its own around the fragments (subject + finite verb) is reported speech too.
    "fragments_in_own_clause": (
        'Ines Kolar noted that the pier was "unsafe" and "beyond repair."',
        [
            (
                "Ines Kolar",
                "reported",
                "noted",
                'the pier was "unsafe" and "beyond repair."',
                22,
                64,
                "",
            ),
            ("Ines Kolar", "direct", "noted", "unsafe", 36, 42, ""),
            ("Ines Kolar", "direct", "noted", "beyond repair.", 49, 63, ""),
        ],
    ),
    "paraphrase_then_stating_quote": (
        'Ines Kolar pointed to the storm damage of last winter as the main cause, stating, "We '
        'lost 40 pilings."',
        [
            (
                "Ines Kolar",
                "reported",
                "pointed",
                "the storm damage of last winter as the main cause",
                22,
                71,
                "",
            ),
            ("Ines Kolar", "direct", "pointed", "We lost 40 pilings.", 83, 102, ""),
        ],
    ),
    "org_alias": (
        "The Dunmore Port Authority closed the pier. The authority said the closure would last "
        "until May.",
        [
            (
                "Dunmore Port Authority",
                "reported",
                "said",
                "the closure would last until May",
                63,
                95,
                ORG,
            )
        ],
    ),
    "name_of_employer": (
        "Professor Anton Feydl of Kessmoor University Hospital said the ward was full.",
        [
            (
                "Anton Feydl",
                "reported",
                "said",
                "the ward was full",
                59,
                76,
                "Professor; Kessmoor University Hospital",
            )
        ],
    ),
    "urged_caution": (
        'Ines Kolar urged caution regarding "early estimates."',
        [("Ines Kolar", "direct", "urged caution", "early estimates.", 36, 52, "")],
    ),
    "curly_quotes_around_cue": (
        "“The bridge will reopen in April,” Transport Secretary Oliver Pask said, “but only for "
        "cars.”",
        [
            (
                "Oliver Pask",
                "direct",
                "said",
                "The bridge will reopen in April",
                1,
                32,
                "Transport Secretary",
            ),
            ("Oliver Pask", "direct", "said", "but only for cars.", 74, 92, "Transport Secretary"),
        ],
    ),
}


@pytest.mark.parametrize("case", sorted(PATTERNS))
def test_patterns(case: str) -> None:
    text, expected = PATTERNS[case]
    got = extract_attributions(text)
    assert [(a.speaker, a.kind, a.cue, a.quote, a.start, a.end, a.role) for a in got] == expected
    for a in got:
        assert text[a.start : a.end] == a.quote


@pytest.mark.parametrize(
    "text",
    [
        "Caliber.Az reports citing South Korean media outlet Yonhap.",
        "The company that runs the ferry said the boats were full.",
        "The company said it would appeal.",
        "He said the plan was a mistake.",
        'The so-called "emergency lane" has been closed since January.',
        "When asked by the media whether the plan was late, officials declined to comment.",
    ],
)
def test_no_attribution(text: str) -> None:
    assert extract_attributions(text) == []


@pytest.mark.parametrize(
    ("name", "alias", "canonical"),
    [
        (SEED, "Jeong", "Jeon Ha-kyou"),
        (SEED, "Ryder", RYDER),
        ("sample-varnholt-tram-extension.json", "Ostrow", "Maren Ostrowe"),
        ("sample-varnholt-tram-extension.json", "Quenell", "Tobias Quenell"),
        ("sample-port-calloway-strike.json", "Ekdal", "Rasmus Ekdahl"),
        ("sample-port-calloway-strike.json", "alliance", "Harbour and Freight Workers Alliance"),
        ("sample-northmere-tarrow-fever.json", "agency", "Northmere Public Health Agency"),
    ],
)
def test_alias_linking(name: str, alias: str, canonical: str) -> None:
    got = extract_attributions(_text(name))
    assert all(alias in a.aliases for a in got if a.speaker == canonical)
    assert any(a.speaker == canonical for a in got)
    assert not any(a.speaker == alias for a in got)


def test_different_people_one_letter_apart_stay_apart() -> None:
    text = (
        "Anna Berg said that costs rose. Berg added that the vote was close. "
        "Anna Borg, a rival, said she disagreed."
    )
    assert [a.speaker for a in extract_attributions(text)] == [
        "Anna Berg",
        "Anna Berg",
        "Anna Borg",
    ]


KNOWN = ["Jeon Ha-kyou", "Patrick Ryder", "Volodymyr Zelenskyy", "South Korea's defence ministry"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("Jeon Ha-kyou", "Jeon Ha-kyou"),
        ("Jeong", "Jeon Ha-kyou"),
        ("jeon", "Jeon Ha-kyou"),
        ("Ha-kyou Jeon", "Jeon Ha-kyou"),
        ("ryder", RYDER),
        ("Ryder's", RYDER),
        ("Major General Patrick Ryder", RYDER),
        ("P. Ryder", RYDER),
        ("Zelensky", "Volodymyr Zelenskyy"),
        ("President Volodymyr Zelensky", "Volodymyr Zelenskyy"),
        ("defence ministry", "South Korea's defence ministry"),
        ("What did Jeong say?", "Jeon Ha-kyou"),
        ("what did ryder say about Kursk", RYDER),
        ("Smith", None),
        ("What", None),
        ("John Ryder", None),
        ("", None),
    ],
)
def test_resolve_speaker(query: str, expected: str | None) -> None:
    assert resolve_speaker(query, KNOWN) == expected


def test_resolve_speaker_refuses_ambiguous_surname() -> None:
    assert resolve_speaker("Berg", ["Anna Berg", "Karl Berg"]) is None
    assert resolve_speaker("Berg", ["Anna Berg", "Anna Borg"]) == "Anna Berg"


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Jeong", "Jeon Ha-kyou", True),
        ("Ryder", "Patrick Ryder", True),
        ("Patrick Ryder", "Major General Patrick Ryder", True),
        ("Volodymyr Zelensky", "Volodymyr Zelenskyy", True),
        ("Ha-kyou Jeon", "Jeon Ha-kyou", True),
        ("Marchetti", "Delphine Marchetti-Roy", True),
        ("Patrick Ryder", "John Ryder", False),
        ("Ryder", "Jeon Ha-kyou", False),
        ("Li", "Liang Wenhao", False),
        ("", "Patrick Ryder", False),
    ],
)
def test_same_person(a: str, b: str, expected: bool) -> None:
    assert same_person(a, b) is expected
    assert same_person(b, a) is expected


def test_gold_precision_recall() -> None:
    result = _bench().run()
    total = result["total"]
    assert total["gold"] == 53
    # Every labelled seed statement, nothing else (the in-sample set; it caught a split of
    # "welcomed A but urged B" in the fourth round).
    assert total["precision"] == 1.0, result["errors"]
    assert total["recall"] == 1.0, result["errors"]
    assert total["speaker_accuracy"] == 1.0, result["errors"]


def test_gold_quotes_are_exact_substrings() -> None:
    import yaml

    gold = yaml.safe_load((ROOT / "tests/data/attributions_gold.yaml").read_text(encoding="utf-8"))
    assert sorted(gold) == sorted([SEED, *SAMPLES])
    for name, items in gold.items():
        text = _text(name)
        for g in items:
            assert g["quote"] in text, (name, g["quote"])
            assert g["kind"] in {"direct", "reported"}


def test_sample_articles_are_well_formed() -> None:
    for name in SAMPLES:
        d = json.loads((SEEDS / name).read_text(encoding="utf-8"))
        assert set(d) == {"title", "text", "outlet", "author", "published", "url"}
        assert d["outlet"].endswith(" (sample)") and d["url"] == ""
        assert d["published"][:4] in {"2024", "2025"}
        assert 250 <= len(d["text"].split()) <= 450
        assert "kursk" not in d["text"].lower()


# Wire-copy patterns from issue 9: (text, [(speaker, kind, cue, quote, start, end, role)]).
WIRE_PATTERNS = {
    # Groups of people speak too, with role "group" (issue 9's gold counts them).
    "group_bare_plural": (
        "Critics said the plan was a mistake.",
        [("Critics", "reported", "said", "the plan was a mistake", 13, 35, "group")],
    ),
    "group_with_place": (
        "Democrats in the legislature said the cuts would close schools.",
        [
            (
                "Democrats in the legislature",
                "reported",
                "said",
                "the cuts would close schools",
                34,
                62,
                "group",
            )
        ],
    ),
    "group_modifier_warned_that": (
        "Environmental groups warned that the dam would kill the river.",
        [
            (
                "Environmental groups",
                "reported",
                "warned",
                "the dam would kill the river",
                33,
                61,
                "group",
            )
        ],
    ),
    # "Some" is dropped from the name since the fourth round (kept as an alias), as the
    # labels write it ("Some residents said" -> "residents").
    "group_quantifier": (
        "Some parents said the drills frightened their children.",
        [
            (
                "parents",
                "reported",
                "said",
                "the drills frightened their children",
                18,
                54,
                "group",
            )
        ],
    ),
    "federal_org_is_no_title": (
        "The Federal Harbour Administration said it would dredge the channel.",
        [
            (
                "Federal Harbour Administration",
                "reported",
                "said",
                "it would dredge the channel",
                40,
                67,
                "organisation",
            )
        ],
    ),
    "state_title_before_name": (
        "State Auditor Janice Trembley said the books did not balance.",
        [
            (
                "Janice Trembley",
                "reported",
                "said",
                "the books did not balance",
                35,
                60,
                "State Auditor",
            )
        ],
    ),
    "says_present": (
        "Ines Kolar says the pier will reopen in May.",
        [("Ines Kolar", "reported", "says", "the pier will reopen in May", 16, 43, "")],
    ),
    "is_saying_that": (
        "Ines Kolar is saying that the pier will reopen in May.",
        [("Ines Kolar", "reported", "saying", "the pier will reopen in May", 26, 53, "")],
    ),
    "org_campaign_said_weekday_that": (
        "The Kolar campaign said Tuesday that it raised $2 million in June.",
        [
            (
                "Kolar campaign",
                "reported",
                "said",
                "it raised $2 million in June",
                37,
                65,
                "organisation",
            )
        ],
    ),
    "org_acronym_appositive_says": (
        "Dunmore Forward USA, the main pro-Kolar super PAC, says it will spend $9 million on ads.",
        [
            (
                "Dunmore Forward USA",
                "reported",
                "says",
                "it will spend $9 million on ads",
                56,
                87,
                "organisation",
            )
        ],
    ),
    "inverted_name_of_org": (
        '"The tariffs will hurt the harbour," said Edward Brannock of the Council on Maritime Trade.',
        [
            (
                "Edward Brannock",
                "direct",
                "said",
                "The tariffs will hurt the harbour",
                1,
                34,
                "Council on Maritime Trade",
            )
        ],
    ),
    "role_plus_name": (
        "Kolar attorney Alan Greave said the lawsuit had no merit.",
        [("Alan Greave", "reported", "said", "the lawsuit had no merit", 32, 56, "Kolar attorney")],
    ),
    "told_outlet_quote": (
        'Alan Greave told The Dunmore Gazette, "We will win this case."',
        [("Alan Greave", "direct", "told", "We will win this case.", 39, 61, "")],
    ),
    "announced_that": (
        "Ines Kolar announced that the pier would close for a month.",
        [("Ines Kolar", "reported", "announced", "the pier would close for a month", 26, 58, "")],
    ),
    "claimed_that": (
        "Ines Kolar claimed that the contractor had cut corners.",
        [("Ines Kolar", "reported", "claimed", "the contractor had cut corners", 24, 54, "")],
    ),
    "argued": (
        "Ines Kolar argued the repairs could wait until spring.",
        [("Ines Kolar", "reported", "argued", "the repairs could wait until spring", 18, 53, "")],
    ),
    "admitted_that": (
        "Ines Kolar admitted that the budget was too small.",
        [("Ines Kolar", "reported", "admitted", "the budget was too small", 25, 49, "")],
    ),
    "denied_that": (
        "Ines Kolar denied that she had seen the report.",
        [("Ines Kolar", "reported", "denied", "she had seen the report", 23, 46, "")],
    ),
    "multi_sentence_quote": (
        '"We will fight this. We have the votes," Ines Kolar said.',
        [("Ines Kolar", "direct", "said", "We will fight this. We have the votes", 1, 38, "")],
    ),
    "multi_paragraph_quote": (
        '"We will fight this," Ines Kolar said. "We have the votes.\n"And we will use them."',
        [
            ("Ines Kolar", "direct", "said", "We will fight this", 1, 19, ""),
            ("Ines Kolar", "direct", "said", "We have the votes.", 40, 58, ""),
            ("Ines Kolar", "direct", "said", "And we will use them.", 60, 81, ""),
        ],
    ),
    "quote_only_paragraph": (
        '"The pier is closed," said Ines Kolar.\n"Nobody goes near it until the divers are done."',
        [
            ("Ines Kolar", "direct", "said", "The pier is closed", 1, 19, ""),
            (
                "Ines Kolar",
                "direct",
                "said",
                "Nobody goes near it until the divers are done.",
                40,
                86,
                "",
            ),
        ],
    ),
    "according_to_org": (
        "According to the Dunmore Port Authority, the pier will reopen in May.",
        [
            (
                "Dunmore Port Authority",
                "reported",
                "according to",
                "the pier will reopen in May",
                41,
                68,
                "organisation",
            )
        ],
    ),
    "in_a_statement": (
        "In a statement, the Dunmore Port Authority said the pier would reopen in May.",
        [
            (
                "Dunmore Port Authority",
                "reported",
                "said",
                "the pier would reopen in May",
                48,
                76,
                "organisation",
            )
        ],
    ),
    "who_clause": (
        "Ines Kolar, who has run the harbour since 2019, said the pier would reopen in May.",
        [("Ines Kolar", "reported", "said", "the pier would reopen in May", 53, 81, "")],
    ),
    "said_in_interview_with": (
        "Ines Kolar said in an interview with the Dunmore Gazette that the pier would reopen.",
        [("Ines Kolar", "reported", "said", "the pier would reopen", 62, 83, "")],
    ),
    "wrote_on_twitter": (
        "Ines Kolar wrote on Twitter that the pier would reopen in May.",
        [("Ines Kolar", "reported", "wrote", "the pier would reopen in May", 33, 61, "")],
    ),
    "tweeted_quote": (
        'Ines Kolar tweeted, "The pier reopens Monday."',
        [("Ines Kolar", "direct", "tweeted", "The pier reopens Monday.", 21, 45, "")],
    ),
    "the_senator": (
        "Senator Ines Kolar visited the pier. The senator said the pilings were rotten.",
        [("Ines Kolar", "reported", "said", "the pilings were rotten", 54, 77, "Senator")],
    ),
    "the_spokesman": (
        'Port Authority spokesman Tomas Brell spoke on Monday. "We are on schedule," the spokesman said.',
        [("Tomas Brell", "direct", "said", "We are on schedule", 55, 73, "Spokesman")],
    ),
    "the_campaign": (
        "The Kolar campaign bought airtime on Monday. The campaign said the ads would run for a week.",
        [
            (
                "Kolar campaign",
                "reported",
                "said",
                "the ads would run for a week",
                63,
                91,
                "organisation",
            )
        ],
    ),
    "no_final_period_still_text": (
        'Headline Of The Day\n"We will win," Ines Kolar said',
        [("Ines Kolar", "direct", "said", "We will win", 21, 32, "")],
    ),
    "acronym_org": (
        "NATO said the exercise would continue.",
        [("NATO", "reported", "said", "the exercise would continue", 10, 37, "organisation")],
    ),
    "headline_byline_not_speaker": (
        'Harbour Chief Warns Of Pier Collapse\nBy Anna Vell\n"The pier is failing," said Ines Kolar.',
        [("Ines Kolar", "direct", "said", "The pier is failing", 51, 70, "")],
    ),
}


@pytest.mark.parametrize("case", sorted(WIRE_PATTERNS))
def test_wire_patterns(case: str) -> None:
    text, expected = WIRE_PATTERNS[case]
    got = extract_attributions(text)
    assert [(a.speaker, a.kind, a.cue, a.quote, a.start, a.end, a.role) for a in got] == expected
    for a in got:
        assert text[a.start : a.end] == a.quote


@pytest.mark.parametrize(
    "text",
    [
        'British Bank Abruptly Drops Russian Network\nThe bank closed the accounts. "We had no choice," she said.',
        "By Anna Vell\nThe pier closed on Monday.",
        "The mayor announced that the pier would close.",
        "The senator said the pilings were rotten.",
    ],
)
def test_wire_no_speaker(text: str) -> None:
    """Headlines and bylines are never speakers; a bare role with nobody named is nobody."""
    assert extract_attributions(text) == []


def _data_module() -> ModuleType:
    """bench/attrib_data.py, loaded by path."""
    spec = importlib.util.spec_from_file_location(
        "bench_attrib_data", ROOT / "bench/attrib_data.py"
    )
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize(
    ("folder", "articles"),
    [
        ("attrib_dev", 53),
        ("attrib_heldout", 15),
        ("attrib_heldout2", 5),
        ("attrib_heldout3", 8),
        ("attrib_heldout4", 5),
    ],
)
def test_attribution_sets_are_built_from_their_sources(folder: str, articles: int) -> None:
    """gold.yaml and articles/*.json are exactly what src/*.txt gives; spans are exact."""
    import yaml

    base = ROOT / "tests" / "data" / folder
    gold = yaml.safe_load((base / "gold.yaml").read_text(encoding="utf-8"))
    assert len(gold) == articles
    parsed: dict = {}
    for src in sorted((base / "src").glob("*.txt")):
        parsed.update(_data_module().parse_source(src.read_text(encoding="utf-8")))
    assert sorted(parsed) == sorted(gold)
    for name, items in gold.items():
        article = json.loads((base / "articles" / name).read_text(encoding="utf-8"))
        assert article == parsed[name][0]
        assert items == parsed[name][1]
        assert 150 <= len(article["text"].split()) <= 900
        for g in items:
            assert article["text"][g["start"] : g["end"]] == g["quote"]


def test_parse_body_marks() -> None:
    text, gold = _data_module().parse_body('"[[q|Ines Kolar|We rebuild]]," Kolar said.')
    assert text == '"We rebuild," Kolar said.'
    assert gold == [
        {
            "speaker": "Ines Kolar",
            "kind": "direct",
            "category": "speech_quoted",
            "quote": "We rebuild",
            "start": 1,
            "end": 11,
        }
    ]


def test_dev_set_per_category_gate() -> None:
    """The development set (tuned on) must stay above these; the held-out set is only reported."""
    cats = _bench().run_set(ROOT / "tests" / "data" / "attrib_dev")["categories"]
    # 53 articles since the fifth round (8 added in the fourth and 2 in the fifth with the
    # blind sets' miss patterns); every floor is at or above the 43-article one.
    assert cats["speech_quoted"]["recall"] >= 0.99
    assert cats["speech_reported"]["recall"] >= 0.965
    assert cats["total"]["precision"] >= 0.97
    assert cats["total"]["speaker_accuracy"] >= 0.99
    assert cats["other_reported"]["recall"] >= 0.88


# Issue 9, second round: forms found missing on the development set (own fictional sentences).
NEWS_PATTERNS = {
    "group_after_and": (
        "Few homes have been connected, and internet providers say federal paperwork is to blame.",
        [
            (
                "internet providers",
                "reported",
                "say",
                "federal paperwork is to blame",
                58,
                87,
                "group",
            )
        ],
    ),
    "age_then_role_appositive": (
        "Maria Lopez, 45, a nurse at the hospital, said the unit was short-staffed.",
        [
            (
                "Maria Lopez",
                "reported",
                "said",
                "the unit was short-staffed",
                47,
                73,
                "nurse at the hospital",
            )
        ],
    ),
    "org_relative_clause_numbered_local": (
        "The Marlow Dockworkers Local 12, which represents crane drivers, said it had not been consulted.",
        [
            (
                "Marlow Dockworkers Local 12",
                "reported",
                "said",
                "it had not been consulted",
                70,
                95,
                "organisation",
            )
        ],
    ),
    "justice_department_is_no_title": (
        "The Justice Department, which runs the courts, said it had hired 40 new judges.",
        [
            (
                "Justice Department",
                "reported",
                "said",
                "it had hired 40 new judges",
                52,
                78,
                "organisation",
            )
        ],
    ),
    "the_sheriff_named_before": (
        "Sheriff Ada Brennock opened the jail on Monday. The sheriff said two cells had flooded overnight.",
        [
            (
                "Ada Brennock",
                "reported",
                "said",
                "two cells had flooded overnight",
                65,
                96,
                "Sheriff",
            )
        ],
    ),
    "the_chairman_named_in_appositive": (
        "Talks stalled, and Ruth Amsel met the board's chairman, Tobias Wren, on Friday. The chairman said the vote would wait until March.",
        [
            (
                "Tobias Wren",
                "reported",
                "said",
                "the vote would wait until March",
                98,
                129,
                "Chairman",
            )
        ],
    ),
    "the_union_for_an_association": (
        "The Hollin Teachers Association said it would ask for a 9 percent raise.\n\nThe district offered 3 percent.\n\nThe city council met.\n\nThe mayor was away.\n\nThe union said its members would vote on Friday.",
        [
            (
                "Hollin Teachers Association",
                "reported",
                "said",
                "it would ask for a 9 percent raise",
                37,
                71,
                "organisation",
            ),
            (
                "Hollin Teachers Association",
                "reported",
                "said",
                "its members would vote on Friday",
                166,
                198,
                "organisation",
            ),
        ],
    ),
    "noting_that_is_a_second_statement": (
        "Councillor Mina Osei said the mill would stay open, noting that it still had orders for a year.",
        [
            ("Mina Osei", "reported", "said", "the mill would stay open", 26, 50, "Councillor"),
            (
                "Mina Osei",
                "reported",
                "noted",
                "it still had orders for a year",
                64,
                94,
                "Councillor",
            ),
        ],
    ),
    "doc_author_from_according_to": (
        "Overtime doubled, according to an audit released Monday by the Dunmore city auditor's office.\n\nThe report found the fire department paid $4 million in overtime.",
        [
            (
                "Dunmore city auditor's office",
                "reported",
                "according to",
                "Overtime doubled",
                0,
                16,
                "organisation",
            ),
            (
                "Dunmore city auditor's office",
                "reported",
                "found",
                "the fire department paid $4 million in overtime",
                112,
                159,
                "organisation",
            ),
        ],
    ),
    "doc_prepared_by_found_that": (
        "The 80-page review, prepared by the Tarrow Policy Institute, found that the pumps were never tested.",
        [
            (
                "Tarrow Policy Institute",
                "reported",
                "found",
                "the pumps were never tested",
                72,
                99,
                "organisation",
            )
        ],
    ),
    "doc_found_then_speaker_said": (
        "The audit found a gap of 12 votes out of 9,000 cast, county clerk Rosa Imbert said.",
        [
            (
                "Rosa Imbert",
                "reported",
                "said",
                "The audit found a gap of 12 votes out of 9,000 cast",
                0,
                51,
                "county clerk",
            )
        ],
    ),
    "told_outlet_without_that": (
        "Councillor Bram Ode said the vote was close. Ode told the Marlow Post he had counted every ballot twice.",
        [
            ("Bram Ode", "reported", "said", "the vote was close", 25, 43, "Councillor"),
            (
                "Bram Ode",
                "reported",
                "told",
                "he had counted every ballot twice",
                70,
                103,
                "Councillor",
            ),
        ],
    ),
    "told_outlet_in_interview_that": (
        "Mina Osei told the Marlow Post in an interview on Monday that she would run again.",
        [("Mina Osei", "reported", "told", "she would run again", 62, 81, "")],
    ),
    "postposed_with_trailing_clause": (
        "A recount confirmed the result, officials said Monday, rejecting claims of fraud by the losing side.",
        [("officials", "reported", "said", "A recount confirmed the result", 0, 30, "group")],
    ),
    "dateline_and_secretary_of_state": (
        "DUNMORE, Arden — The wage measure will be on the ballot, Secretary of State Lena Vos said Monday.",
        [
            (
                "Lena Vos",
                "reported",
                "said",
                "The wage measure will be on the ballot",
                17,
                55,
                "Secretary of State",
            )
        ],
    ),
    "parenthetical_speaker": (
        "The Port Board met on Monday. Without the grant, the board warns, the ferry will stop running in May.",
        [
            (
                "Port Board",
                "reported",
                "warns",
                "the ferry will stop running in May",
                66,
                100,
                "organisation",
            )
        ],
    ),
    "circumstance_then_clause": (
        "Farmer Ivo Palm sold his land. Palm said in his final year he lost money on most sales.",
        [("Ivo Palm", "reported", "said", "he lost money on most sales", 59, 86, "Farmer")],
    ),
    "said_outside_as_adjective": (
        "City Clerk Ana Ruiz said outside groups had spent $3 million on the race.",
        [
            (
                "Ana Ruiz",
                "reported",
                "said",
                "outside groups had spent $3 million on the race",
                25,
                72,
                "City Clerk",
            )
        ],
    ),
    "reported_clause_around_quoted_words": (
        'Union spokesman Carl Ode said footage released too quickly could be "taken out of context."',
        [
            (
                "Carl Ode",
                "reported",
                "said",
                'footage released too quickly could be "taken out of context."',
                30,
                91,
                "Union spokesman",
            ),
            ("Carl Ode", "direct", "said", "taken out of context.", 69, 90, "Union spokesman"),
        ],
    ),
    "coalition_in_appositive": (
        'Harbor Homes Now, a coalition of builders, called the veto "a gift to landlords".',
        [("Harbor Homes Now", "direct", "called", "a gift to landlords", 60, 79, "organisation")],
    ),
    "group_after_preposition": (
        "Democrats on the committee defended the nominee's record.",
        [
            (
                "Democrats on the committee",
                "reported",
                "defended",
                "the nominee's record",
                36,
                56,
                "group",
            )
        ],
    ),
    "state_department_modifier": (
        "The state Department of Health said it was reviewing the request.",
        [
            (
                "Department of Health",
                "reported",
                "said",
                "it was reviewing the request",
                36,
                64,
                "organisation",
            )
        ],
    ),
    "the_company_for_a_brand": (
        "Osprey Health, which runs six clinics, said Monday that hackers stole records.\n\nThe company said there was no sign the data had been sold.",
        [
            ("Osprey Health", "reported", "said", "hackers stole records", 56, 77, "organisation"),
            (
                "Osprey Health",
                "reported",
                "said",
                "there was no sign the data had been sold",
                97,
                137,
                "organisation",
            ),
        ],
    ),
}


@pytest.mark.parametrize("case", sorted(NEWS_PATTERNS))
def test_news_patterns(case: str) -> None:
    text, expected = NEWS_PATTERNS[case]
    got = extract_attributions(text)
    assert [(a.speaker, a.kind, a.cue, a.quote, a.start, a.end, a.role) for a in got] == expected
    for a in got:
        assert text[a.start : a.end] == a.quote


@pytest.mark.parametrize(
    "text",
    [
        "Police found a car in the river.",
        "Voters in four states approved similar measures.",
        "Mayor Ines Arnott spoke on Monday. She repeated what she had said a week earlier.",
    ],
)
def test_news_no_statement(text: str) -> None:
    """A finding with no author, "states" as a noun and "said a week earlier" say nothing."""
    assert extract_attributions(text) == []


def test_finding_reported_by_officials() -> None:
    """ "X found Y, officials said": the officials speak, not the investigators."""
    text = "Investigators found the car in the river, county officials said."
    got = [(a.speaker, a.cue, a.quote, a.role) for a in extract_attributions(text)]
    assert got == [
        ("county officials", "said", "Investigators found the car in the river", "group")
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "alias"),
    [
        (
            "The state Department of Health said it was reviewing the request.",
            "Department of Health",
            "state Department of Health",
        ),
        (
            "Filings tripled, according to data released by the Court Records Project at "
            "Halden University.",
            "Court Records Project",
            "Court Records Project at Halden University",
        ),
    ],
)
def test_org_name_without_modifier_keeps_long_form(text: str, speaker: str, alias: str) -> None:
    """An organisation is named by its own name; "state ..." / "... at X University" is an alias."""
    (a,) = extract_attributions(text)
    assert (a.speaker, a.aliases, a.role) == (speaker, (alias,), "organisation")


# Other cues (belief, endorsement, "according to", documents), found missing on the dev set.
OTHER_CUES = {
    "according_to_department_figures": (
        "Steel imports rose 14 percent last year, according to Commerce Department figures.",
        [("Commerce Department", "according to", "Steel imports rose 14 percent last year")],
    ),
    "citing_after_an_action": (
        "Sheriff Ada Brennock spoke. She declined to name the inmates, citing their families' "
        "privacy.",
        [("Ada Brennock", "citing", "their families' privacy")],
    ),
    "vowed_to_infinitive": (
        "Harbor business groups have vowed to fight the measure.",
        [("Harbor business groups", "vowed", "to fight the measure")],
    ),
    "endorsed_without_the_time": (
        "The Marlow Police Union endorsed Ode last month.",
        [("Marlow Police Union", "endorsed", "Ode")],
    ),
    "proposed_object_stops_at_but": (
        "The Harbor Safety Agency proposed a noise rule last year, but it has not been finalized.",
        [("Harbor Safety Agency", "proposed", "a noise rule")],
    ),
    "opposed_then_arguing_that": (
        "The Pellworth Hospital Council has opposed the bill, arguing that small hospitals "
        "could not afford the upgrades.",
        [
            ("Pellworth Hospital Council", "opposed", "the bill"),
            (
                "Pellworth Hospital Council",
                "argued",
                "small hospitals could not afford the upgrades",
            ),
        ],
    ),
    "blame_present": (
        "Republicans blame the governor's budget for the shortfall.",
        [("Republicans", "blame", "the governor's budget for the shortfall")],
    ),
    "long_pushed_for": (
        "Advocates for tenants have long pushed for rent limits.",
        [("Advocates for tenants", "pushed", "rent limits")],
    ),
    "asked_then_saying": (
        "The Glenmoor Water Board asked regulators on Monday to approve a rate increase, saying "
        "it needed money for new pipes.",
        [
            ("Glenmoor Water Board", "asked", "regulators on Monday to approve a rate increase"),
            ("Glenmoor Water Board", "said", "it needed money for new pipes"),
        ],
    ),
    "governors_from_states_warning": (
        "Governors from four states urged Congress to approve fire funding, warning that crews "
        "were stretched thin.",
        [
            ("Governors from four states", "urged", "Congress to approve fire funding"),
            ("Governors from four states", "warned", "crews were stretched thin"),
        ],
    ),
}


@pytest.mark.parametrize("case", sorted(OTHER_CUES))
def test_other_cues(case: str) -> None:
    text, expected = OTHER_CUES[case]
    got = extract_attributions(text)
    assert [(a.speaker, a.cue, a.quote) for a in got] == expected
    for a in got:
        assert text[a.start : a.end] == a.quote


def test_short_form_of_an_organisation_quoted_before() -> None:
    """ "the Fed" is the Federal Reserve when that is the only organisation it can shorten."""
    text = (
        "The Federal Reserve said it would rule soon.\n\nIn approving the deal, the Fed said the "
        "banks had committed to keeping branches open."
    )
    got = [(a.speaker, a.quote, a.aliases) for a in extract_attributions(text)]
    assert got == [
        ("Federal Reserve", "it would rule soon", ("Fed",)),
        ("Federal Reserve", "the banks had committed to keeping branches open", ("Fed",)),
    ]


def test_object_stops_before_an_appositive() -> None:
    """ "promised X, a pledge Y says ...": the promise is X only."""
    text = (
        "Mayor Ann Lee has promised to hire 50 officers, a pledge her rival says the city "
        "cannot afford."
    )
    got = [(a.speaker, a.cue, a.quote) for a in extract_attributions(text)]
    assert got == [("Ann Lee", "promised", "to hire 50 officers")]


def test_relative_clause_then_said_clause_is_no_inverted_speaker() -> None:
    """ "X, who ..., said he would ...": X speaks; the clause after "said" is never a speaker."""
    text = (
        "Superintendent Rhea Voss, who has led the district for six years, said she would carry "
        "out the board's decision."
    )
    got = [(a.speaker, a.role, a.quote) for a in extract_attributions(text)]
    assert got == [("Rhea Voss", "Superintendent", "she would carry out the board's decision")]


def test_capitalised_document_word_is_part_of_a_name() -> None:
    """ "Office of Budget Analysis" is an organisation; only a lower-case "analysis" is a document."""
    text = "The Dunmore Office of Budget Analysis said tax revenue grew 2 percent."
    got = [(a.speaker, a.role, a.quote) for a in extract_attributions(text)]
    assert got == [
        ("Dunmore Office of Budget Analysis", "organisation", "tax revenue grew 2 percent")
    ]


# Unnamed sources, described speakers, campaigns and speakers named later ("who said" misses
# on the long held-out set, rebuilt on the dev set). An unnamed source is named by the
# description the article gives it, with the role "unnamed source", so that a who-said answer
# names it honestly; a source named a few sentences later gets that name.
SOURCE_PATTERNS = {
    "unnamed_familiar_with": (
        "A person familiar with the talks said the draft would cut the duty to 5 percent.",
        [
            (
                "a person familiar with the talks",
                "unnamed source",
                "reported",
                "said",
                "the draft would cut the duty to 5 percent",
                38,
                79,
            )
        ],
    ),
    "unnamed_counted_briefed_on": (
        "Two diplomats briefed on the negotiations said the sticking point was a quota.",
        [
            (
                "two diplomats briefed on the negotiations",
                "unnamed source",
                "reported",
                "said",
                "the sticking point was a quota",
                47,
                77,
            )
        ],
    ),
    "unnamed_after_quote": (
        '"Nothing is agreed until everything is agreed," a senior trade official said.',
        [
            (
                "a senior trade official",
                "unnamed source",
                "direct",
                "said",
                "Nothing is agreed until everything is agreed",
                1,
                45,
            )
        ],
    ),
    "unnamed_inverted_relative_cut": (
        '"We lost two seasons," said a captain who has fished the bay since 1988.',
        [("a captain", "unnamed source", "direct", "said", "We lost two seasons", 1, 20)],
    ),
    "unnamed_named_later_appositive": (
        '"They drew a line on a chart," said a captain who has fished the bay since 1988. The captain, Gus Ramberg, said the corridor would close a fifth of his grounds.',
        [
            ("Gus Ramberg", "captain", "direct", "said", "They drew a line on a chart", 1, 28),
            (
                "Gus Ramberg",
                "captain",
                "reported",
                "said",
                "the corridor would close a fifth of his grounds",
                112,
                159,
            ),
        ],
    ),
    "unnamed_one_of_them": (
        "Two diplomats said the talks had stalled over steel quotas. One of them said the quota was the only open issue.",
        [
            (
                "two diplomats",
                "unnamed source",
                "reported",
                "said",
                "the talks had stalled over steel quotas",
                19,
                58,
            ),
            (
                "two diplomats",
                "unnamed source",
                "reported",
                "said",
                "the quota was the only open issue",
                77,
                110,
            ),
        ],
    ),
    "unnamed_according_to": (
        "The county auditor found $2 million in unpaid invoices, according to three people briefed on the audit.",
        [
            (
                "three people briefed on the audit",
                "unnamed source",
                "reported",
                "according to",
                "The county auditor found $2 million in unpaid invoices",
                0,
                54,
            )
        ],
    ),
    "described_group_saying": (
        "A coalition of fishermen sued the energy board on Monday, saying the cable route would cut through scallop grounds.",
        [
            (
                "a coalition of fishermen",
                "group",
                "reported",
                "saying",
                "the cable route would cut through scallop grounds",
                65,
                114,
            )
        ],
    ),
    "described_group_relative_is_org": (
        'Calder Homes Now, a coalition of builders that backed the bill, called the veto "a gift to owners".',
        [("Calder Homes Now", "organisation", "direct", "called", "a gift to owners", 81, 97)],
    ),
    "her_campaign_same_sentence": (
        "Senate candidate Marla Quist raised $6.4 million in the quarter, more than Sen. Dwight Harmon, her campaign said Tuesday.",
        [
            (
                "Quist campaign",
                "organisation",
                "reported",
                "said",
                "Senate candidate Marla Quist raised $6.4 million in the quarter, more than Sen. Dwight Harmon",
                0,
                93,
            )
        ],
    ),
    "his_campaign_previous_sentence": (
        "Tomas Brandt, a former aide to Governor Lena Ostrow, announced his run in May. His campaign said it had raised $2 million since then.",
        [
            (
                "Tomas Brandt",
                "former aide to Governor Lena Ostrow",
                "reported",
                "announced",
                "his run in May",
                63,
                77,
            ),
            (
                "Brandt campaign",
                "organisation",
                "reported",
                "said",
                "it had raised $2 million since then",
                97,
                132,
            ),
        ],
    ),
    "the_system": (
        "Valewood Health System said it would close the clinic in June. The system said patients would be moved to Harlow.",
        [
            (
                "Valewood Health System",
                "organisation",
                "reported",
                "said",
                "it would close the clinic in June",
                28,
                61,
            ),
            (
                "Valewood Health System",
                "organisation",
                "reported",
                "said",
                "patients would be moved to Harlow",
                79,
                112,
            ),
        ],
    ),
    "school_system": (
        "The Tarrow school system said it expected $2 million a year from the substation.",
        [
            (
                "Tarrow school system",
                "organisation",
                "reported",
                "said",
                "it expected $2 million a year from the substation",
                30,
                79,
            )
        ],
    ),
    "state_board_description": (
        "The state energy board said it could not comment on pending litigation.",
        [
            (
                "state energy board",
                "organisation",
                "reported",
                "said",
                "it could not comment on pending litigation",
                28,
                70,
            )
        ],
    ),
    "study_by_org_found": (
        "A study by the Brennick Institute for Trade found that the standoff had cut trade by 9 percent.",
        [
            (
                "Brennick Institute for Trade",
                "organisation",
                "reported",
                "found",
                "the standoff had cut trade by 9 percent",
                55,
                94,
            )
        ],
    ),
    "officials_there": (
        "Officials there said the levy had hurt carmakers more than it had hurt exporters.",
        [
            (
                "Officials",
                "group",
                "reported",
                "said",
                "the levy had hurt carmakers more than it had hurt exporters",
                21,
                80,
            )
        ],
    ),
    "second_source_after_and": (
        "Corran Shipping Company said it had moved two ships to Port Esk, and three dock "
        "workers said waits had doubled since Monday.",
        [
            (
                "Corran Shipping Company",
                "organisation",
                "reported",
                "said",
                "it had moved two ships to Port Esk",
                29,
                63,
            ),
            (
                "three dock workers",
                "unnamed source",
                "reported",
                "said",
                "waits had doubled since Monday",
                93,
                123,
            ),
        ],
    ),
    "second_source_takes_its_quote": (
        "The mayor, Ann Ode, said the plan was dead, and Councilman Tom Reyes said he agreed "
        'with her "on every point."',
        [
            ("Ann Ode", "mayor", "reported", "said", "the plan was dead", 25, 42),
            # The clause around the fragment is reported whole (round 13), and the fragment
            # stays a quotation of its own.
            (
                "Tom Reyes",
                "Councilman",
                "reported",
                "said",
                'he agreed with her "on every point."',
                74,
                110,
            ),
            ("Tom Reyes", "Councilman", "direct", "said", "on every point.", 94, 109),
        ],
    ),
    "calls_itself_names_the_group": (
        "Fishermen formed a coalition in May. The coalition, which calls itself Keep Tarrow Fishing, said the board had ignored its maps.",
        [
            (
                "Keep Tarrow Fishing",
                "organisation",
                "reported",
                "said",
                "the board had ignored its maps",
                97,
                127,
            )
        ],
    ),
    "company_described_then_named": (
        'The developer, Northwind Array, said it had changed the route twice. "We have listened," the company said in a statement.',
        [
            (
                "Northwind Array",
                "organisation",
                "reported",
                "said",
                "it had changed the route twice",
                37,
                67,
            ),
            ("Northwind Array", "organisation", "direct", "said", "We have listened", 70, 86),
        ],
    ),
    "pronoun_role_named_later": (
        "The country's trade minister has said little in public. Asked about the talks on Monday, she said she was hopeful. The minister, Hedda Sorlie, faces pressure from steelworkers.",
        [("Hedda Sorlie", "minister", "reported", "said", "she was hopeful", 98, 113)],
    ),
    "org_description_named_later": (
        "The steelworkers' union said any agreement had to include a cap on imports. The union, the Varn Federation of Metalworkers, represents 38,000 people.",
        [
            (
                "Varn Federation of Metalworkers",
                "organisation",
                "reported",
                "said",
                "any agreement had to include a cap on imports",
                29,
                74,
            )
        ],
    ),
    "review_by_laboratory_concluded": (
        "A review by the Coastal Fisheries Laboratory concluded that buried cables had little lasting effect on scallops.",
        [
            (
                "Coastal Fisheries Laboratory",
                "organisation",
                "reported",
                "concluded",
                "buried cables had little lasting effect on scallops",
                60,
                111,
            )
        ],
    ),
    "company_described_then_named_next_sentence": (
        "The company that runs the only ferry to Gannet Island said Wednesday it would cut winter service to three round trips. Coastline Ferries said the schedule would return in April.",
        [
            (
                "Coastline Ferries",
                "organisation",
                "reported",
                "said",
                "it would cut winter service to three round trips",
                69,
                117,
            ),
            (
                "Coastline Ferries",
                "organisation",
                "reported",
                "said",
                "the schedule would return in April",
                142,
                176,
            ),
        ],
    ),
    "lawsuit_speaks_for_its_plaintiff": (
        "A coalition of oystermen sued the port on Monday, saying the dredging would bury their beds.\n\nThe lawsuit, filed in federal court, argues that the port never studied the silt.",
        [
            (
                "a coalition of oystermen",
                "group",
                "reported",
                "saying",
                "the dredging would bury their beds",
                57,
                91,
            ),
            (
                "a coalition of oystermen",
                "group",
                "reported",
                "argues",
                "the port never studied the silt",
                143,
                174,
            ),
        ],
    ),
    "unnamed_the_person": (
        "A person close to the board said the vote had been delayed. The person, who was not authorised to speak, said the chair would resign.",
        [
            (
                "a person close to the board",
                "unnamed source",
                "reported",
                "said",
                "the vote had been delayed",
                33,
                58,
            ),
            (
                "a person close to the board",
                "unnamed source",
                "reported",
                "said",
                "the chair would resign",
                110,
                132,
            ),
        ],
    ),
    # Issue 9, fourth round: "she said" right after an unnamed source is that source (it was
    # left unattributed before; the blind sets label it with the source's description).
    "unnamed_pronoun_continues_the_source": (
        'A nurse who worked the night shift said the ambulance had arrived late. "We did what we could," she said.',
        [
            (
                "a nurse",
                "unnamed source",
                "reported",
                "said",
                "the ambulance had arrived late",
                40,
                70,
            ),
            ("a nurse", "unnamed source", "direct", "said", "We did what we could", 73, 93),
        ],
    ),
}


@pytest.mark.parametrize("case", sorted(SOURCE_PATTERNS))
def test_source_patterns(case: str) -> None:
    """Exact speaker, role, kind, cue, quote and span of every statement."""
    text, expected = SOURCE_PATTERNS[case]
    got = [
        (a.speaker, a.role, a.kind, a.cue, a.quote, a.start, a.end)
        for a in extract_attributions(text)
    ]
    assert got == expected
    for _, _, _, _, quote, start, end in expected:
        assert text[start:end] == quote


# Issue 9, fourth round: the heldout3/heldout4 miss patterns (own fictional sentences), each
# with the exact speaker, role, kind, cue, quote and span.
ROUND4_PATTERNS = {
    "unnamed_source_then_she_said": (
        'A person close to the operators said the alarm was off. "Nobody thought it was a building," she said.',
        [
            (
                "a person close to the operators",
                "unnamed source",
                "reported",
                "said",
                "the alarm was off",
                37,
                54,
            ),
            (
                "a person close to the operators",
                "unnamed source",
                "direct",
                "said",
                "Nobody thought it was a building",
                57,
                89,
            ),
        ],
    ),
    "she_said_skips_a_man_to_the_spokeswoman": (
        'A spokeswoman for the port said ships were waiting. Councilman Piet Marsh said the port was failing. "We are doing our best," she said.',
        [
            (
                "a spokeswoman for the port",
                "unnamed source",
                "reported",
                "said",
                "ships were waiting",
                32,
                50,
            ),
            ("Piet Marsh", "Councilman", "reported", "said", "the port was failing", 79, 99),
            (
                "a spokeswoman for the port",
                "unnamed source",
                "direct",
                "said",
                "We are doing our best",
                102,
                123,
            ),
        ],
    ),
    "they_said_plural_unnamed_source": (
        "Two people briefed on the talks said a mediator had stepped in. They said the dispute was over shift lengths.",
        [
            (
                "two people briefed on the talks",
                "unnamed source",
                "reported",
                "said",
                "a mediator had stepped in",
                37,
                62,
            ),
            (
                "two people briefed on the talks",
                "unnamed source",
                "reported",
                "said",
                "the dispute was over shift lengths",
                74,
                108,
            ),
        ],
    ),
    "records_show": (
        "Court records show eviction filings rose 22 percent in 2025.",
        [
            (
                "court records",
                "records",
                "reported",
                "show",
                "eviction filings rose 22 percent in 2025",
                19,
                59,
            )
        ],
    ),
    "records_show_after_the_statement": (
        "Wendover pleaded guilty last year to one count of conspiracy, court records show.",
        [
            (
                "court records",
                "records",
                "reported",
                "show",
                "Wendover pleaded guilty last year to one count of conspiracy",
                0,
                60,
            )
        ],
    ),
    "records_obtained_by_outlet": (
        "Records obtained by the Capitol Ledger show that the night shift was short on 211 nights.",
        [
            (
                "records",
                "records",
                "reported",
                "show",
                "the night shift was short on 211 nights",
                49,
                88,
            )
        ],
    ),
    "according_to_state_figures": (
        "According to state figures, Orland issued fewer permits than any other city.",
        [
            (
                "state figures",
                "records",
                "reported",
                "according to",
                "Orland issued fewer permits than any other city",
                28,
                75,
            )
        ],
    ),
    "poll_released_by_found": (
        "A poll released last week by Pell State University found that Grange trailed by 4 points.",
        [
            (
                "Pell State University",
                "organisation",
                "reported",
                "found",
                "Grange trailed by 4 points",
                62,
                88,
            )
        ],
    ),
    "audit_by_office_described": (
        "A 2023 audit by the state comptroller found that the office had skipped reviews.",
        [
            (
                "state comptroller",
                "organisation",
                "reported",
                "found",
                "the office had skipped reviews",
                49,
                79,
            )
        ],
    ),
    "filing_by_named_org_then_filing": (
        "The Orland Apartment Association disputed the report. A filing by the association in a separate case says taxes rose faster than rents. The filing asks the board to allow larger increases.",
        [
            (
                "Orland Apartment Association",
                "organisation",
                "reported",
                "disputed",
                "the report",
                42,
                52,
            ),
            (
                "Orland Apartment Association",
                "organisation",
                "reported",
                "says",
                "taxes rose faster than rents",
                106,
                134,
            ),
            (
                "Orland Apartment Association",
                "organisation",
                "reported",
                "asks",
                "the board to allow larger increases",
                152,
                187,
            ),
        ],
    ),
    "report_then_it_also_found": (
        "Rents rose 38 percent, according to a report released Monday by the Orland Housing Institute. It also found that the city had added 4,100 units.",
        [
            (
                "Orland Housing Institute",
                "organisation",
                "reported",
                "according to",
                "Rents rose 38 percent",
                0,
                21,
            ),
            (
                "Orland Housing Institute",
                "organisation",
                "reported",
                "found",
                "the city had added 4,100 units",
                113,
                143,
            ),
        ],
    ),
    "new_document_described_then_the_review": (
        "Care was delayed for dozens of patients, an internal review has found. The review, obtained by the Northern Health Report, found that women waited longer. It concluded that 31 patients waited two hours.",
        [
            (
                "internal review",
                "records",
                "reported",
                "found",
                "Care was delayed for dozens of patients",
                0,
                39,
            ),
            ("internal review", "records", "reported", "found", "women waited longer", 134, 153),
            (
                "internal review",
                "records",
                "reported",
                "concluded",
                "31 patients waited two hours",
                173,
                201,
            ),
        ],
    ),
    "the_data_show_refers_to_cited_data": (
        "The backlog topped 4 million, according to data released Monday by the Transactional Records Access Clearinghouse. The average case takes four years, the data show.",
        [
            (
                "Transactional Records Access Clearinghouse",
                "organisation",
                "reported",
                "according to",
                "The backlog topped 4 million",
                0,
                28,
            ),
            (
                "Transactional Records Access Clearinghouse",
                "organisation",
                "reported",
                "show",
                "The average case takes four years",
                115,
                148,
            ),
        ],
    ),
    "study_by_doctors_at_hospital": (
        "Scooter injuries tripled in a year, a study by doctors at Marwick University Hospital has found.",
        [
            (
                "Marwick University Hospital",
                "organisation",
                "reported",
                "found",
                "Scooter injuries tripled in a year",
                0,
                34,
            )
        ],
    ),
    "economists_at_org_estimated": (
        "Economists at the Bank of Orland estimated that rising rents cut spending by $310 million.",
        [
            (
                "Bank of Orland",
                "organisation",
                "reported",
                "estimated",
                "rising rents cut spending by $310 million",
                48,
                89,
            )
        ],
    ),
    "said_a_but_urged_b": (
        "Carmen Iwu said the state's data pointed the same way, but urged cities to stop waiting.",
        [
            ("Carmen Iwu", "", "reported", "said", "the state's data pointed the same way", 16, 53),
            ("Carmen Iwu", "", "reported", "urged", "cities to stop waiting", 65, 87),
        ],
    ),
    "said_a_though_conceded_b": (
        "Carl Whitby said he would ask for a new vote, though he conceded that the votes were unlikely to change.",
        [
            ("Carl Whitby", "", "reported", "said", "he would ask for a new vote", 17, 44),
            (
                "Carl Whitby",
                "",
                "reported",
                "conceded",
                "the votes were unlikely to change",
                70,
                103,
            ),
        ],
    ),
    "said_a_and_warned_b": (
        "Felix Amundsen said the commission would ask for every inspection, and warned that Hexley could lose its lease.",
        [
            (
                "Felix Amundsen",
                "",
                "reported",
                "said",
                "the commission would ask for every inspection",
                20,
                65,
            ),
            ("Felix Amundsen", "", "reported", "warned", "Hexley could lose its lease", 83, 110),
        ],
    ),
    "trailing_quotation_is_its_own_statement": (
        'Yusuf Arslan said he expected a deal within two weeks, "because neither side can afford a long one."',
        [
            ("Yusuf Arslan", "", "reported", "said", "he expected a deal within two weeks", 18, 53),
            (
                "Yusuf Arslan",
                "",
                "direct",
                "said",
                "because neither side can afford a long one.",
                56,
                99,
            ),
        ],
    ),
    "company_lawyer_named": (
        "Hexley Freight's lawyer, Dana Whitcombe, said the company was cooperating fully.",
        [
            (
                "Dana Whitcombe",
                "Hexley Freight's lawyer",
                "reported",
                "said",
                "the company was cooperating fully",
                46,
                79,
            )
        ],
    ),
    "lawyers_for_company": (
        "Lawyers for Hexley Freight said the company would pay to clear the debris.",
        [
            (
                "lawyers for Hexley Freight",
                "group",
                "reported",
                "said",
                "the company would pay to clear the debris",
                32,
                73,
            )
        ],
    ),
    "lawyers_for_the_description": (
        "Lawyers for the coalition said the gauge readings supported their case.",
        [
            (
                "Lawyers for the coalition",
                "group",
                "reported",
                "said",
                "the gauge readings supported their case",
                31,
                70,
            )
        ],
    ),
    "lawyer_for_one_of_them_named_later": (
        "A lawyer for one of them, Kessel Builders, said the company had paid nothing. The lawyer, Tamsin Rowe, said the firm would cooperate.",
        [
            (
                "Tamsin Rowe",
                "lawyer for Kessel Builders",
                "reported",
                "said",
                "the company had paid nothing",
                48,
                76,
            ),
            (
                "Tamsin Rowe",
                "lawyer for Kessel Builders",
                "reported",
                "said",
                "the firm would cooperate",
                108,
                132,
            ),
        ],
    ),
    "city_office_is_an_organisation": (
        "The city housing office said it had approved 1,850 new units.",
        [
            (
                "city housing office",
                "organisation",
                "reported",
                "said",
                "it had approved 1,850 new units",
                29,
                60,
            )
        ],
    ),
    "county_office_after_the_statement": (
        "Teller County will close two of its clinics, the county health office said on Wednesday.",
        [
            (
                "Teller County health office",
                "organisation",
                "reported",
                "said",
                "Teller County will close two of its clinics",
                0,
                43,
            )
        ],
    ),
    "office_described_shorter_later": (
        "An inspection report by the state fire marshal's office found that the alarm was broken. The fire marshal's office said its inquiry would take six weeks.",
        [
            (
                "state fire marshal's office",
                "organisation",
                "reported",
                "found",
                "the alarm was broken",
                67,
                87,
            ),
            (
                "state fire marshal's office",
                "organisation",
                "reported",
                "said",
                "its inquiry would take six weeks",
                120,
                152,
            ),
        ],
    ),
    "description_of_a_named_org": (
        "The Dunmore Terminal Operators Association met on Monday. The operators' association said no new talks were scheduled.",
        [
            (
                "Dunmore Terminal Operators Association",
                "organisation",
                "reported",
                "said",
                "no new talks were scheduled",
                90,
                117,
            )
        ],
    ),
    "group_with_of_and_quantifier": (
        "Some residents of the Elm Street neighborhood said they would ask for a community center.",
        [
            (
                "residents of the Elm Street neighborhood",
                "group",
                "reported",
                "said",
                "they would ask for a community center",
                51,
                88,
            )
        ],
    ),
    "group_of_place": (
        "Residents of Roan Creek said they had not been told.",
        [
            (
                "Residents of Roan Creek",
                "group",
                "reported",
                "said",
                "they had not been told",
                29,
                51,
            )
        ],
    ),
    "inverted_role_name_age": (
        '"I am not scared of a robot," said the operator, Doreen Mabry, 54.',
        [("Doreen Mabry", "operator", "direct", "said", "I am not scared of a robot", 1, 27)],
    ),
    "question_then_speech_tag": (
        "Gregory Talmadge rose. “You were the finance chief. Wasn't that your job?” Talmadge asked.",
        [
            (
                "Gregory Talmadge",
                "",
                "direct",
                "asked",
                "You were the finance chief. Wasn't that your job?",
                24,
                73,
            )
        ],
    ),
    "interrupted_quotation": (
        'Kendra Oduya voted no. "We found $6 million for a roof," Oduya said, "but we can\'t find a doctor?"',
        [
            ("Kendra Oduya", "", "direct", "said", "We found $6 million for a roof", 24, 54),
            ("Kendra Oduya", "", "direct", "said", "but we can't find a doctor?", 70, 97),
        ],
    ),
    "multi_paragraph_quotation": (
        'Octavia Grange spoke on Saturday. "Six families have buried someone," Grange said.\n\n"Not one has gotten an answer.\n\n"I am running because they deserve one."',
        [
            ("Octavia Grange", "", "direct", "said", "Six families have buried someone", 35, 67),
            ("Octavia Grange", "", "direct", "said", "Not one has gotten an answer.", 85, 114),
            (
                "Octavia Grange",
                "",
                "direct",
                "said",
                "I am running because they deserve one.",
                117,
                155,
            ),
        ],
    ),
    "told_outlet_comma_quotation": (
        'Lyle Hammond told the Capitol Ledger, "We cannot hire fast enough."',
        [("Lyle Hammond", "", "direct", "told", "We cannot hire fast enough.", 39, 66)],
    ),
    "inverted_said_name_of_org": (
        '"Landlords always say that," said Adaeze Okonkwo of the Orland Tenants Union.',
        [
            (
                "Adaeze Okonkwo",
                "Orland Tenants Union",
                "direct",
                "said",
                "Landlords always say that",
                1,
                26,
            )
        ],
    ),
    "curly_interrupted_quotation": (
        "Priya Wendover testified for hours. “The first time, he said it was a timing problem,” Wendover said, “and that the money would be back.”",
        [
            (
                "Priya Wendover",
                "",
                "direct",
                "said",
                "The first time, he said it was a timing problem",
                37,
                84,
            ),
            ("Priya Wendover", "", "direct", "said", "and that the money would be back.", 103, 136),
        ],
    ),
    "said_at_least": (
        "Owen Pradhan said he would sue. He said at least five other patients had called.",
        [
            ("Owen Pradhan", "", "reported", "said", "he would sue", 18, 30),
            (
                "Owen Pradhan",
                "",
                "reported",
                "said",
                "at least five other patients had called",
                40,
                79,
            ),
        ],
    ),
    "company_by_its_first_word": (
        "The program was sold by Corvane Analytics, a software company. Corvane said the tool had been configured locally.",
        [
            (
                "Corvane Analytics",
                "organisation",
                "reported",
                "said",
                "the tool had been configured locally",
                76,
                112,
            )
        ],
    ),
    "company_described_then_named": (
        "The European company leading the consortium, Halvard Energy, said it was in close contact with both governments.",
        [
            (
                "Halvard Energy",
                "organisation",
                "reported",
                "said",
                "it was in close contact with both governments",
                66,
                111,
            )
        ],
    ),
    "coalition_named_later": (
        "A coalition of farmers and fishing guides sued the mill on Monday, saying the river was too low.\n\nThe group, the Orrin River Coalition, has about 300 members.",
        [
            (
                "Orrin River Coalition",
                "organisation",
                "reported",
                "saying",
                "the river was too low",
                74,
                95,
            )
        ],
    ),
    "coalition_again": (
        "A coalition of Birchwood families filed a complaint, saying the plan was unfair. The coalition of Birchwood families said it would go to court.",
        [
            (
                "a coalition of Birchwood families",
                "group",
                "reported",
                "saying",
                "the plan was unfair",
                60,
                79,
            ),
            (
                "a coalition of Birchwood families",
                "group",
                "reported",
                "said",
                "it would go to court",
                122,
                142,
            ),
        ],
    ),
    "title_case_headline_with_speech_verb": (
        "Finance Chief Tells Jury She Warned Founder\n\nPriya Wendover said the money was missing.",
        [("Priya Wendover", "", "reported", "said", "the money was missing", 65, 86)],
    ),
    "pronoun_after_role_appositive": (
        "Gov. Ada Lindqvist said she would not comment. The judge, Harold Mbeki, set a hearing for Sept. 10. He said he would decide then.",
        [
            ("Ada Lindqvist", "Gov.", "reported", "said", "she would not comment", 24, 45),
            ("Harold Mbeki", "", "reported", "said", "he would decide then", 108, 128),
        ],
    ),
    "second_person_described_in_appositive": (
        "A second person, a yard worker who asked not to be named, said the alarm had been off for months.",
        [
            (
                "a yard worker",
                "unnamed source",
                "reported",
                "said",
                "the alarm had been off for months",
                63,
                96,
            )
        ],
    ),
    "role_noun_unnamed_source": (
        'A state hydrologist who spoke on condition of anonymity said the flow was a third of normal. "Most of that is the drought," she said.',
        [
            (
                "a state hydrologist",
                "unnamed source",
                "reported",
                "said",
                "the flow was a third of normal",
                61,
                91,
            ),
            (
                "a state hydrologist",
                "unnamed source",
                "direct",
                "said",
                "Most of that is the drought",
                94,
                121,
            ),
        ],
    ),
    "numbered_union_in_appositive": (
        "The drivers' union, Amalgamated Transit Workers Local 412, said its members would stay out.",
        [
            (
                "Amalgamated Transit Workers Local 412",
                "organisation",
                "reported",
                "said",
                "its members would stay out",
                64,
                90,
            )
        ],
    ),
    "one_of_the_workers": (
        'One of the workers, who asked not to be identified, said the crane had failed twice. "It was a matter of time," he said.',
        [
            (
                "one of the workers",
                "unnamed source",
                "reported",
                "said",
                "the crane had failed twice",
                57,
                83,
            ),
            (
                "one of the workers",
                "unnamed source",
                "direct",
                "said",
                "It was a matter of time",
                86,
                109,
            ),
        ],
    ),
    "aide_to_an_official_then_she_said": (
        "An aide to the governor, speaking on condition of anonymity, said the bill would be signed. She said the governor had no doubts.",
        [
            (
                "an aide to the governor",
                "unnamed source",
                "reported",
                "said",
                "the bill would be signed",
                66,
                90,
            ),
            (
                "an aide to the governor",
                "unnamed source",
                "reported",
                "said",
                "the governor had no doubts",
                101,
                127,
            ),
        ],
    ),
    "according_to_court_filings": (
        "According to court filings, the company owed $2 million.",
        [
            (
                "court filings",
                "records",
                "reported",
                "according to",
                "the company owed $2 million",
                28,
                55,
            )
        ],
    ),
    "complaint_filed_by_a_person": (
        "Dorrit Mills filed a complaint on Monday. The complaint says the landlord ignored repairs.",
        [("Dorrit Mills", "", "reported", "says", "the landlord ignored repairs", 61, 89)],
    ),
    "adding_that_after_a_quotation_tag": (
        'Priya Das, who chairs the panel, said the vote would wait. "We need more time," Das said, adding that she hoped to finish by May.',
        [
            ("Priya Das", "", "reported", "said", "the vote would wait", 38, 57),
            ("Priya Das", "", "direct", "said", "We need more time", 60, 77),
            ("Priya Das", "", "reported", "added", "she hoped to finish by May", 102, 128),
        ],
    ),
    "company_name_by_its_last_word": (
        "Hexley Freight said in a statement that it was cooperating. The company said its yard was safe.",
        [
            ("Hexley Freight", "organisation", "reported", "said", "it was cooperating", 40, 58),
            ("Hexley Freight", "organisation", "reported", "said", "its yard was safe", 77, 94),
        ],
    ),
    "infinitive_after_a_role_is_no_source": (
        "The suit, filed in state court, asks a judge to order the board to redraw the route.",
        [],
    ),
    "inverted_said_unnamed_then_relative": (
        "The plan will be delayed, said a person familiar with the matter, who requested anonymity.",
        [
            (
                "a person familiar with the matter",
                "unnamed source",
                "reported",
                "said",
                "The plan will be delayed",
                0,
                24,
            )
        ],
    ),
    "report_from_org_found": (
        "A report from the Harlan Policy Institute found that rents rose 12 percent.",
        [
            (
                "Harlan Policy Institute",
                "organisation",
                "reported",
                "found",
                "rents rose 12 percent",
                53,
                74,
            )
        ],
    ),
    "according_to_report_from_org": (
        "According to a report from the Harlan Policy Institute, rents rose 12 percent.",
        [
            (
                "Harlan Policy Institute",
                "organisation",
                "reported",
                "according to",
                "rents rose 12 percent",
                56,
                77,
            )
        ],
    ),
    "findings_published_by_org_in_appositive": (
        "The findings, published Tuesday by the Harlan Policy Institute, show that rents rose 12 percent.",
        [
            (
                "Harlan Policy Institute",
                "organisation",
                "reported",
                "show",
                "rents rose 12 percent",
                74,
                95,
            )
        ],
    ),
    "lawsuit_filed_by_unnamed_plaintiffs": (
        "The lawsuit, filed by three families in federal court, claims that the school ignored bullying.",
        [
            (
                "three families",
                "unnamed source",
                "reported",
                "claims",
                "the school ignored bullying",
                67,
                94,
            )
        ],
    ),
    "has_said_repeatedly_that": (
        "Ruth Ebbe, the mayor, has said repeatedly that the budget is balanced.",
        [("Ruth Ebbe", "mayor", "reported", "said", "the budget is balanced", 47, 69)],
    ),
    "newspaper_reported_that": (
        "The Harbor Ledger reported that the budget was balanced.",
        [
            (
                "Harbor Ledger",
                "organisation",
                "reported",
                "reported",
                "the budget was balanced",
                32,
                55,
            )
        ],
    ),
    "title_with_an_acronym": (
        "Assistant U.S. Attorney Keiko Hadley told the judge that the government expected to rest its case.",
        [
            (
                "Keiko Hadley",
                "Assistant U.S. Attorney",
                "reported",
                "told",
                "the government expected to rest its case",
                57,
                97,
            )
        ],
    ),
    "bare_county_is_the_county": (
        "The county said the committee's members were set by state law.",
        [
            (
                "county",
                "organisation",
                "reported",
                "said",
                "the committee's members were set by state law",
                16,
                61,
            )
        ],
    ),
    "according_to_records_from_org": (
        "According to records from the Linden Falls School District, parents filed 37 challenges last year.",
        [
            (
                "Linden Falls School District",
                "organisation",
                "reported",
                "according to",
                "parents filed 37 challenges last year",
                60,
                97,
            )
        ],
    ),
    "school_district_named_before": (
        "The Lakeport school district hired 40 teachers. According to the district, the contract will cost about $190 million.",
        [
            (
                "Lakeport school district",
                "organisation",
                "reported",
                "according to",
                "the contract will cost about $190 million",
                75,
                116,
            )
        ],
    ),
    "object_verb_but_urged_stays_whole": (
        "The Varnholt Cyclists' Union welcomed the vote but urged the council to add bike lanes.",
        [
            (
                "Varnholt Cyclists' Union",
                "organisation",
                "reported",
                "welcomed",
                "the vote but urged the council to add bike lanes",
                38,
                86,
            )
        ],
    ),
    "role_phrase_then_name_then_the_role": (
        'A spokeswoman for the port, Ana Lind, said ships were waiting. "We are working around the clock," the spokeswoman said.',
        [
            (
                "Ana Lind",
                "spokeswoman for the port",
                "reported",
                "said",
                "ships were waiting",
                43,
                61,
            ),
            (
                "Ana Lind",
                "spokeswoman for the port",
                "direct",
                "said",
                "We are working around the clock",
                64,
                95,
            ),
        ],
    ),
    "inverted_company_lawyer_named": (
        '"We will appeal," said Acme\'s lawyer, Jane Roe.',
        [("Jane Roe", "Acme's lawyer", "direct", "said", "We will appeal", 1, 15)],
    ),
    "inverted_lawyer_for_company_named": (
        '"We will appeal," said a lawyer for Acme, Jane Roe.',
        [("Jane Roe", "lawyer for Acme", "direct", "said", "We will appeal", 1, 15)],
    ),
    "manner_verb_with_a_quotation": (
        'Ana Lind stood on the bank. "Get out!" she shouted.',
        [("Ana Lind", "", "direct", "shouted", "Get out!", 29, 37)],
    ),
    "manner_verb_without_a_quotation": (
        "Ana Lind joked about it.",
        [],
    ),
    "she_added_after_a_multi_sentence_quote": (
        '"Nobody asked us," Ana Lind said. "Nobody ever asks us. And nobody will, unless we make them," she added.',
        [
            ("Ana Lind", "", "direct", "said", "Nobody asked us", 1, 16),
            (
                "Ana Lind",
                "",
                "direct",
                "added",
                "Nobody ever asks us. And nobody will, unless we make them",
                35,
                92,
            ),
        ],
    ),
    "she_said_uses_gender_from_said_she": (
        'Ana Lind said she was tired. Piet Holm said he was not. "We will see," she said.',
        [
            ("Ana Lind", "", "reported", "said", "she was tired", 14, 27),
            ("Piet Holm", "", "reported", "said", "he was not", 44, 54),
            ("Ana Lind", "", "direct", "said", "We will see", 57, 68),
        ],
    ),
    "the_filing_after_filed_a_lawsuit": (
        "Hexley Freight filed a lawsuit against the city on Monday. The filing says the city broke the lease.",
        [
            (
                "Hexley Freight",
                "organisation",
                "reported",
                "says",
                "the city broke the lease",
                75,
                99,
            )
        ],
    ),
    "the_suit_after_sued": (
        "Hexley Freight sued the city on Monday. The suit says the city broke the lease.",
        [
            (
                "Hexley Freight",
                "organisation",
                "reported",
                "says",
                "the city broke the lease",
                54,
                78,
            )
        ],
    ),
    "the_motion_after_filed_a_motion": (
        "The city filed a motion to dismiss. The motion argues that the lease expired in 2024.",
        [("city", "organisation", "reported", "argues", "the lease expired in 2024", 59, 84)],
    ),
    "the_complaint_after_a_described_filer": (
        "A coalition of tenants filed a complaint with the state. The complaint says the landlord ignored repairs.",
        [
            (
                "a coalition of tenants",
                "group",
                "reported",
                "says",
                "the landlord ignored repairs",
                76,
                104,
            )
        ],
    ),
    "court_papers_filed_by": (
        "Court papers filed by the city say the lease expired in 2024.",
        [("city", "organisation", "reported", "say", "the lease expired in 2024", 35, 60)],
    ),
    "the_audit_after_released_an_audit": (
        "The state comptroller released an audit on Tuesday. The audit found that the office had skipped reviews.",
        [
            (
                "state comptroller",
                "organisation",
                "reported",
                "found",
                "the office had skipped reviews",
                73,
                103,
            )
        ],
    ),
    "data_from_an_office": (
        "Data from the state health department show that cases rose 12 percent.",
        [
            (
                "state health department",
                "organisation",
                "reported",
                "show",
                "cases rose 12 percent",
                48,
                69,
            )
        ],
    ),
    "records_reviewed_by_outlet": (
        "Police records reviewed by the Ledger show that officers were called to the house twice.",
        [
            (
                "police records",
                "records",
                "reported",
                "show",
                "officers were called to the house twice",
                48,
                87,
            )
        ],
    ),
    "short_first_clause_before_but_urged": (
        "A spokesman for the utility said the outage was over, but urged customers to conserve power.",
        [
            (
                "a spokesman for the utility",
                "unnamed source",
                "reported",
                "said",
                "the outage was over",
                33,
                52,
            ),
            (
                "a spokesman for the utility",
                "unnamed source",
                "reported",
                "urged",
                "customers to conserve power",
                64,
                91,
            ),
        ],
    ),
    "statement_said_after_said_in_a_statement": (
        'The mayor\'s office said in a statement that the plan was final. "We will not revisit it," the statement said.',
        [
            ("mayor's office", "organisation", "reported", "said", "the plan was final", 44, 62),
            ("mayor's office", "organisation", "direct", "said", "We will not revisit it", 65, 87),
        ],
    ),
    "one_of_the_lawyers_named": (
        'Lawyers for the Corvane family said they would appeal. "This is not over," one of the lawyers, Ines Roth, said.',
        [
            (
                "Lawyers for the Corvane family",
                "group",
                "reported",
                "said",
                "they would appeal",
                36,
                53,
            ),
            ("Ines Roth", "", "direct", "said", "This is not over", 56, 72),
        ],
    ),
    "inverted_description_named_x": (
        'Grange spoke. "The sheriff wants you to believe that," said one of her volunteers, a retired nurse named Gloria Pettibone. "I worked in that clinic for 11 years."',
        [
            (
                "Gloria Pettibone",
                "retired nurse",
                "direct",
                "said",
                "The sheriff wants you to believe that",
                15,
                52,
            ),
            (
                "Gloria Pettibone",
                "retired nurse",
                "direct",
                "said",
                "I worked in that clinic for 11 years.",
                124,
                161,
            ),
        ],
    ),
    "unnamed_source_gave_her_name_later": (
        '"They decided this in August," said a mother of two students who spoke at the meeting. She later gave her name as Leticia Gomes. Gomes said her son would ride a bus.',
        [
            (
                "Leticia Gomes",
                "mother of two students",
                "direct",
                "said",
                "They decided this in August",
                1,
                28,
            ),
            (
                "Leticia Gomes",
                "mother of two students",
                "reported",
                "said",
                "her son would ride a bus",
                140,
                164,
            ),
        ],
    ),
    "pronoun_prefers_the_sentence_subject": (
        "Julian Marsh founded the firm. Priya Wendover said he lied. Marsh, who sat at the defense table, did not react as Wendover testified. He has said in interviews that he was misled.",
        [
            ("Priya Wendover", "", "reported", "said", "he lied", 51, 58),
            ("Julian Marsh", "", "reported", "said", "he was misled", 165, 178),
        ],
    ),
    "office_of_an_org_then_the_office_found": (
        "GRANTON (Harbor Wire) — Veterans waited 47 days for care, according to a report released Monday by the Department of Veterans Affairs inspector general.\n\nThe inspector general found that schedulers had kept secret lists. The report said two veterans died while waiting, though it did not find that the delays caused the deaths.",
        [
            (
                "Department of Veterans Affairs inspector general",
                "organisation",
                "reported",
                "according to",
                "Veterans waited 47 days for care",
                24,
                56,
            ),
            (
                "Department of Veterans Affairs inspector general",
                "organisation",
                "reported",
                "found",
                "schedulers had kept secret lists",
                187,
                219,
            ),
            (
                "Department of Veterans Affairs inspector general",
                "organisation",
                "reported",
                "said",
                "two veterans died while waiting",
                237,
                268,
            ),
        ],
    ),
    "number_with_comma_in_an_appositive": (
        "The Pellham Bus Riders Union, which has about 2,000 members, said riders should not pay for managers' mistakes.",
        [
            (
                "Pellham Bus Riders Union",
                "organisation",
                "reported",
                "said",
                "riders should not pay for managers' mistakes",
                66,
                110,
            )
        ],
    ),
    "told_jurors": (
        "Judge Harriet Lomax told jurors the trial was expected to last another three weeks.",
        [
            (
                "Harriet Lomax",
                "Judge",
                "reported",
                "told",
                "the trial was expected to last another three weeks",
                32,
                82,
            )
        ],
    ),
    "the_system_is_the_health_company": (
        "Tavener Health said it would close the ward. The system said the unit delivered 19 babies a month.",
        [
            (
                "Tavener Health",
                "organisation",
                "reported",
                "said",
                "it would close the ward",
                20,
                43,
            ),
            (
                "Tavener Health",
                "organisation",
                "reported",
                "said",
                "the unit delivered 19 babies a month",
                61,
                97,
            ),
        ],
    ),
    "the_company_is_the_electric_utility": (
        "Calder Valley Electric said it was cooperating. The company has said in court filings that its equipment did not start the fire.",
        [
            (
                "Calder Valley Electric",
                "organisation",
                "reported",
                "said",
                "it was cooperating",
                28,
                46,
            ),
            (
                "Calder Valley Electric",
                "organisation",
                "reported",
                "said",
                "its equipment did not start the fire",
                91,
                127,
            ),
        ],
    ),
    "group_named_after_the_group": (
        'The group Free the Riverton Two, which organized protests, called the announcement "a long-overdue victory."',
        [
            (
                "Free the Riverton Two",
                "organisation",
                "direct",
                "called",
                "a long-overdue victory.",
                84,
                107,
            )
        ],
    ),
    "group_called_after_a_quantifier_clause": (
        "Most opposed the policy, but a group called Linden Falls Parents United, which formed last spring, urged the board to go further.",
        [
            (
                "Linden Falls Parents United",
                "organisation",
                "reported",
                "urged",
                "the board to go further",
                105,
                128,
            )
        ],
    ),
    "writer_gloss_ends_the_statement": (
        "The Kestrel Bay Port Authority said Monday it would begin dredging in September, a move that oystermen have vowed to fight in court.",
        [
            (
                "Kestrel Bay Port Authority",
                "organisation",
                "reported",
                "said",
                "it would begin dredging in September",
                43,
                79,
            )
        ],
    ),
    "possessive_report_found": (
        "City Auditor Iris Kettering's report found that the agency paid 212 invoices.",
        [
            (
                "Iris Kettering",
                "City Auditor",
                "reported",
                "found",
                "the agency paid 212 invoices",
                48,
                76,
            )
        ],
    ),
    "outlet_review_found_is_no_statement": (
        "Many counties have spent little of the money, a Capitol Ledger review found.",
        [],
    ),
    "said_when_asked_is_no_statement": (
        '"Never," Ana Lind said when asked whether she would sell.',
        [("Ana Lind", "", "direct", "said", "Never", 1, 6)],
    ),
    "quote_then_adding_colon_quote": (
        'Ana Lind was blunt. "We are not going anywhere," she said, adding: "This is our home."',
        [
            ("Ana Lind", "", "direct", "said", "We are not going anywhere", 21, 46),
            ("Ana Lind", "", "direct", "said", "This is our home.", 68, 85),
        ],
    ),
    "inverted_role_appositive_name": (
        '"We are not going anywhere," the farmer, Ana Lind, said.',
        [("Ana Lind", "farmer", "direct", "said", "We are not going anywhere", 1, 26)],
    ),
}


@pytest.mark.parametrize("case", sorted(ROUND4_PATTERNS))
def test_round4_patterns(case: str) -> None:
    """Unnamed sources and pronouns, records and documents, second clauses, lawyers,
    offices, and direct-quote forms."""
    text, expected = ROUND4_PATTERNS[case]
    got = [
        (a.speaker, a.role, a.kind, a.cue, a.quote, a.start, a.end)
        for a in extract_attributions(text)
    ]
    assert got == expected
    for a in extract_attributions(text):
        assert text[a.start : a.end] == a.quote


def test_round4_aliases() -> None:
    """The longer or other names a speaker is given here are kept as aliases."""
    econ = extract_attributions(ROUND4_PATTERNS["economists_at_org_estimated"][0])[0]
    assert econ.aliases == ("Economists at the Bank of Orland",)
    lawyers = extract_attributions(ROUND4_PATTERNS["lawyers_for_company"][0])[0]
    assert lawyers.aliases == ("Hexley Freight lawyers",)
    some = extract_attributions(ROUND4_PATTERNS["group_with_of_and_quantifier"][0])[0]
    assert some.aliases == ("Some residents of the Elm Street neighborhood",)
    corvane = extract_attributions(ROUND4_PATTERNS["company_by_its_first_word"][0])[0]
    assert corvane.aliases == ("Corvane",)
    ops = extract_attributions(ROUND4_PATTERNS["description_of_a_named_org"][0])[0]
    assert ops.aliases == ("operators' association",)
    coalition = extract_attributions(ROUND4_PATTERNS["coalition_named_later"][0])[0]
    assert coalition.aliases == ("a coalition of farmers and fishing guides",)


ROUND5_PATTERNS: dict[str, tuple[str, list[tuple[str, str, str, str, str, int, int]]]] = {
    "company_short_name_then_the_company": (
        "A jury ordered Vantrell Chemical to pay $212 million. Vantrell said it would appeal "
        'the verdict. "We are disappointed," the company said in a statement.',
        [
            (
                "Vantrell Chemical",
                "organisation",
                "reported",
                "said",
                "it would appeal the verdict",
                68,
                95,
            ),
            ("Vantrell Chemical", "organisation", "direct", "said", "We are disappointed", 98, 117),
        ],
    ),
    "writer_note_as_the_maker_of": (
        "Quillfeather Software said it would cut about 2,400 jobs, as the maker of payroll "
        "programs struggles to keep up.",
        [
            (
                "Quillfeather Software",
                "organisation",
                "reported",
                "said",
                "it would cut about 2,400 jobs",
                27,
                56,
            )
        ],
    ),
    "writer_note_where_place": (
        "Two people familiar with the plans said about 700 of the jobs were in San Ardo, where "
        "the company has its headquarters.",
        [
            (
                "two people familiar with the plans",
                "unnamed source",
                "reported",
                "said",
                "about 700 of the jobs were in San Ardo",
                40,
                78,
            )
        ],
    ),
    "writer_note_in_which_event": (
        "Elliot Brannigan denied that the veto had anything to do with the election, in which "
        "Vashti is expected to run.",
        [
            (
                "Elliot Brannigan",
                "",
                "reported",
                "denied",
                "the veto had anything to do with the election",
                29,
                74,
            )
        ],
    ),
    "writer_note_a_deal_that": (
        "Harvest Lane Markets said it had agreed to buy Bellamy Foods for $11 billion, a deal "
        "that would create the second-largest grocer.",
        [
            (
                "Harvest Lane Markets",
                "organisation",
                "reported",
                "said",
                "it had agreed to buy Bellamy Foods for $11 billion",
                26,
                76,
            )
        ],
    ),
    "open_quote_paragraph_then_he_said_not_her": (
        "Gareth Pellew said he welcomed debates. Dana Whitcombe said she had raised $2 million."
        "\n\nAt the town hall, Pellew took questions. Asked about Whitcombe's criticism, he grew"
        ' animated.\n\n"She is entitled to her opinion. I wrote the insulin cap.\n\n"If she'
        ' wants to run against that record, she can," he said.',
        [
            ("Gareth Pellew", "", "reported", "said", "he welcomed debates", 19, 38),
            ("Dana Whitcombe", "", "reported", "said", "she had raised $2 million", 60, 85),
            (
                "Gareth Pellew",
                "",
                "direct",
                "said",
                "She is entitled to her opinion. I wrote the insulin cap.",
                184,
                240,
            ),
            (
                "Gareth Pellew",
                "",
                "direct",
                "said",
                "If she wants to run against that record, she can",
                243,
                291,
            ),
        ],
    ),
    "titled_candidates_campaign_is_surname_campaign": (
        "Sen. Gareth Pellew's campaign said Monday that it would spend $4 million on ads.",
        [
            (
                "Pellew campaign",
                "organisation",
                "reported",
                "said",
                "it would spend $4 million on ads",
                47,
                79,
            )
        ],
    ),
    "newspaper_name_without_the_noun": (
        "In Varsholm, the newspaper Dagsposten reported that the government was preparing "
        "tariffs on whiskey.",
        [
            (
                "Dagsposten",
                "organisation",
                "reported",
                "reported",
                "the government was preparing tariffs on whiskey",
                52,
                99,
            )
        ],
    ),
    "embassy_in_capital": (
        "The Norvessan Embassy in Washington said in a statement that it had offered to let "
        "inspectors visit mills.",
        [
            (
                "Norvessan Embassy",
                "organisation",
                "reported",
                "said",
                "it had offered to let inspectors visit mills",
                61,
                105,
            )
        ],
    ),
    "org_which_said": (
        "Whitcombe won the support of the Tollard Nurses Association, which said that she "
        "would put patients first.",
        [
            (
                "Tollard Nurses Association",
                "organisation",
                "reported",
                "said",
                "she would put patients first",
                77,
                105,
            )
        ],
    ),
    "economists_at_long_org_name": (
        "Economists at the Kessler Center for International Economics estimated that the "
        "tariff would raise steel prices by 4 percent.",
        [
            (
                "Kessler Center for International Economics",
                "organisation",
                "reported",
                "estimated",
                "the tariff would raise steel prices by 4 percent",
                76,
                124,
            )
        ],
    ),
    "poll_by_org_in_time_clause": (
        "The move comes days after a poll by Harlow Point University found Pellew leading Dana "
        "Whitcombe by 6 points among likely voters.",
        [
            (
                "Harlow Point University",
                "organisation",
                "reported",
                "found",
                "Pellew leading Dana Whitcombe by 6 points among likely voters",
                66,
                127,
            )
        ],
    ),
    "inverted_council_member_lower_case_role": (
        '"We gave them every chance," said Council member Yvonne Castellano, who led the push.',
        [
            (
                "Yvonne Castellano",
                "Council member",
                "direct",
                "said",
                "We gave them every chance",
                1,
                26,
            )
        ],
    ),
    "union_description_then_numbered_local": (
        "The drivers' union, Local 412 of the Amalgamated Transit Workers, said its members "
        "wanted to keep their jobs.",
        [
            (
                # Named as unions name their locals; "Local 412 of the ..." stays an alias.
                "Amalgamated Transit Workers Local 412",
                "organisation",
                "reported",
                "said",
                "its members wanted to keep their jobs",
                71,
                108,
            )
        ],
    ),
    "org_then_description_with_commas": (
        "Homes for Tamsworth, a coalition of builders, renters' groups and tenant organizations, "
        "said the veto would keep rents high.",
        [
            (
                "Homes for Tamsworth",
                "organisation",
                "reported",
                "said",
                "the veto would keep rents high",
                93,
                123,
            )
        ],
    ),
    "owners_company_is_the_named_company": (
        "The trial of Calloway Holdings opened Monday. Calloway's company said it would continue "
        "to operate normally.",
        [
            (
                "Calloway Holdings",
                "organisation",
                "reported",
                "said",
                "it would continue to operate normally",
                70,
                107,
            )
        ],
    ),
    "wrote_that_with_quoted_fragment_is_one_statement": (
        'In her veto message, Eleanor Vashti wrote that the bill took "a one-size-fits-all '
        'approach" to a state of very different towns.',
        [
            (
                "Eleanor Vashti",
                "",
                "reported",
                "wrote",
                'the bill took "a one-size-fits-all approach" to a state of very different towns',
                47,
                126,
            )
        ],
    ),
    "the_role_again_is_the_unnamed_source": (
        "A Democratic strategist who has advised both candidates said the contest had "
        "tightened. The strategist spoke on condition of anonymity to discuss private polling."
        '\n\n"Six weeks ago, half the state had never heard her name," the strategist said.',
        [
            (
                "a Democratic strategist",
                "unnamed source",
                "reported",
                "said",
                "the contest had tightened",
                61,
                86,
            ),
            (
                "a Democratic strategist",
                "unnamed source",
                "direct",
                "said",
                "Six weeks ago, half the state had never heard her name",
                165,
                219,
            ),
        ],
    ),
    "which_he_said_is_a_second_statement": (
        "Kristof Amsel said the company would defend its contract, which he said could be "
        "ended early only for failures within its control.",
        [
            (
                "Kristof Amsel",
                "",
                "reported",
                "said",
                "the company would defend its contract",
                19,
                56,
            ),
            (
                "Kristof Amsel",
                "",
                "reported",
                "said",
                "could be ended early only for failures within its control",
                72,
                129,
            ),
        ],
    ),
    "two_other_sources_and_writers_gloss_an_idea": (
        "Two other diplomats familiar with the talks said Selmara had proposed placing monitors "
        "along the border, an idea Kostrana rejected in August.",
        [
            (
                "two other diplomats familiar with the talks",
                "unnamed source",
                "reported",
                "said",
                "Selmara had proposed placing monitors along the border",
                49,
                103,
            )
        ],
    ),
    "name_in_object_position_who_said": (
        "The announcement followed calls by the foreign minister, Nadia Qorvani, who said in an "
        "interview that both sides had agreed to discuss a truce.",
        [
            (
                "Nadia Qorvani",
                "",
                "reported",
                "said",
                "both sides had agreed to discuss a truce",
                102,
                142,
            )
        ],
    ),
    "subject_who_clause_is_not_the_statement": (
        "Darius Cole, who wrote the law creating the market, defended the lottery.",
        [("Darius Cole", "", "reported", "defended", "the lottery", 61, 72)],
    ),
    "two_word_short_name_of_a_company": (
        "St. Aldric Health System and Bluecrest Health Plan failed to agree. St. Aldric said "
        "Bluecrest had refused to raise its payments.",
        [
            (
                "St. Aldric Health System",
                "organisation",
                "reported",
                "said",
                "Bluecrest had refused to raise its payments",
                84,
                127,
            )
        ],
    ),
    "union_name_without_the_noun": (
        "The United Food and Retail Workers union said in a statement that it had grave concerns "
        "about the deal.",
        [
            (
                "United Food and Retail Workers",
                "organisation",
                "reported",
                "said",
                "it had grave concerns about the deal",
                66,
                102,
            )
        ],
    ),
    "person_named_like_a_foundation_stays_a_person": (
        "The Jane Doe Foundation gave money. Jane Doe founded it. Jane Doe said she was proud of "
        "the gift.",
        [("Jane Doe", "", "reported", "said", "she was proud of the gift", 71, 96)],
    ),
    "the_paper_is_the_weekly_named_before": (
        "The story was first reported by the weekly Harbor Lantern. The paper reported that the "
        "board had voted 5-2 in a closed session.",
        [
            (
                "Harbor Lantern",
                "organisation",
                "reported",
                "reported",
                "the board had voted 5-2 in a closed session",
                83,
                126,
            )
        ],
    ),
    "asked_not_to_be_named_is_no_statement": (
        "A harbor pilot said the crews were worried about their pensions. The pilot asked not to "
        "be named because the talks are continuing.",
        [
            (
                "a harbor pilot",
                "unnamed source",
                "reported",
                "said",
                "the crews were worried about their pensions",
                20,
                63,
            )
        ],
    ),
    "company_name_ending_in_coatings": (
        "Orvale Coatings agreed to pay $36 million. Orvale said the settlement was not an "
        "admission of wrongdoing.",
        [
            (
                "Orvale Coatings",
                "organisation",
                "reported",
                "said",
                "the settlement was not an admission of wrongdoing",
                55,
                104,
            )
        ],
    ),
    "the_insurer_is_the_company_quoted_before": (
        "Bluecrest Health Plan said it would drop the hospital. Economists at the Kittredge "
        "School of Public Health estimated that most disputes end quickly. The insurer said "
        "members could find doctors through its website.",
        [
            (
                "Bluecrest Health Plan",
                "organisation",
                "reported",
                "said",
                "it would drop the hospital",
                27,
                53,
            ),
            (
                "Kittredge School of Public Health",
                "organisation",
                "reported",
                "estimated",
                "most disputes end quickly",
                122,
                147,
            ),
            (
                "Bluecrest Health Plan",
                "organisation",
                "reported",
                "said",
                "members could find doctors through its website",
                166,
                212,
            ),
        ],
    ),
    "according_to_a_letter_x_sent_then_the_letter_says": (
        "Bluecrest Health Plan said it would drop the hospital. Members in treatment can keep "
        "their doctors for 90 days, according to a letter Bluecrest sent to members last week. "
        "The letter says members should call the number on their card.",
        [
            (
                "Bluecrest Health Plan",
                "organisation",
                "reported",
                "said",
                "it would drop the hospital",
                27,
                53,
            ),
            (
                "Bluecrest Health Plan",
                "organisation",
                "reported",
                "according to",
                "Members in treatment can keep their doctors for 90 days",
                55,
                110,
            ),
            (
                "Bluecrest Health Plan",
                "organisation",
                "reported",
                "says",
                "members should call the number on their card",
                187,
                231,
            ),
        ],
    ),
    "notices_x_filed_show_that": (
        "Quillfeather Software said it would cut jobs. Notices Quillfeather filed with the state "
        "labor department show that Quillfeather will eliminate 512 positions in April.",
        [
            (
                "Quillfeather Software",
                "organisation",
                "reported",
                "said",
                "it would cut jobs",
                27,
                44,
            ),
            (
                "Quillfeather Software",
                "organisation",
                "reported",
                "show",
                "Quillfeather will eliminate 512 positions in April",
                115,
                165,
            ),
        ],
    ),
    "capitalised_keeper_filings_show_that": (
        "Federal Election Commission filings show that Pellew had $9.1 million in the bank at "
        "the end of March.",
        [
            (
                "Federal Election Commission",
                "organisation",
                "reported",
                "show",
                "Pellew had $9.1 million in the bank at the end of March",
                46,
                101,
            )
        ],
    ),
    "jury_ruled_finding_that": (
        "A federal jury on Thursday ordered Vantrell Chemical to pay $212 million to residents, "
        "finding that the company's plant had contaminated the water.",
        [
            (
                "federal jury",
                "organisation",
                "reported",
                "finding",
                "the company's plant had contaminated the water",
                100,
                146,
            )
        ],
    ),
    "the_jury_again_found_that": (
        "A federal jury ordered Vantrell to pay. The verdict came after a long trial. The jury "
        "found that Vantrell had known since 2009 that chemicals were leaking.",
        [
            (
                "federal jury",
                "organisation",
                "reported",
                "found",
                "Vantrell had known since 2009 that chemicals were leaking",
                97,
                154,
            )
        ],
    ),
    "finding_without_that_is_no_statement": (
        "The senator left the hearing early, finding the room half empty.",
        [],
    ),
    "asked_by_questioner_she_said_is_the_witness": (
        '"I asked where the number came from," Ellen Varga said. Asked by Adaeze Morrow who she '
        'meant, she said, "Mr. Calloway\'s office."',
        [
            (
                "Ellen Varga",
                "",
                "direct",
                "said",
                "I asked where the number came from",
                1,
                35,
            ),
            ("Ellen Varga", "", "direct", "said", "Mr. Calloway's office.", 105, 127),
        ],
    ),
    "asked_her_name_not_be_used_is_no_statement": (
        "One donor said she gave $500. One donor asked her name not be used because she feared "
        "losing her job.",
        [("one donor", "unnamed source", "reported", "said", "she gave $500", 15, 28)],
    ),
    "rejected_that_has_no_content": ("Maren Haugen rejected that.", []),
    "inverted_tag_then_after_clause": (
        "Bus and subway fares in Brantford will rise 25 cents in July, the Brantford Regional "
        "Transit Authority said Monday after its board voted 6-3 to approve the first increase.",
        [
            (
                "Brantford Regional Transit Authority",
                "organisation",
                "reported",
                "said",
                "Bus and subway fares in Brantford will rise 25 cents in July",
                0,
                60,
            )
        ],
    ),
    "coal_company_short_name": (
        "The fine was imposed on Appalachian Ridge Coal on Monday. Appalachian Ridge said it "
        "would contest the fine.",
        [
            (
                "Appalachian Ridge Coal",
                "organisation",
                "reported",
                "said",
                "it would contest the fine",
                81,
                106,
            )
        ],
    ),
    "spokesman_for_the_department_name_is_no_org_name": (
        "All but three of the patients were unvaccinated, the Okonee County Health Department "
        "said.\n\nThe county health department urged visitors to watch for symptoms.\n\nA "
        "spokesman for the department, Trevor Nakashima, said the clinic had vaccinated 160 "
        "people.",
        [
            (
                "Okonee County Health Department",
                "organisation",
                "reported",
                "said",
                "All but three of the patients were unvaccinated",
                0,
                47,
            ),
            (
                "Okonee County Health Department",
                "organisation",
                "reported",
                "urged",
                "visitors to watch for symptoms",
                127,
                157,
            ),
            (
                "Trevor Nakashima",
                "spokesman for the department",
                "reported",
                "said",
                "the clinic had vaccinated 160 people",
                215,
                251,
            ),
        ],
    ),
    "name_then_descriptions_over_several_commas": (
        "Lawmakers cheered. Sen. Walter Brisco, a Republican from Tollard, where three mills "
        'have closed since 2022, wrote on Twitter: "Good. Enforce the law."',
        [
            (
                "Walter Brisco",
                "Sen.; Republican from Tollard",
                "direct",
                "wrote",
                "Good. Enforce the law.",
                127,
                149,
            )
        ],
    ),
    "name_age_and_description_keep_the_description_as_role": (
        "Walter Brisco, 61, a Republican from Tollard, said the tariff was overdue.",
        [
            (
                "Walter Brisco",
                "Republican from Tollard",
                "reported",
                "said",
                "the tariff was overdue",
                51,
                73,
            )
        ],
    ),
    "its_ministry_after_the_country_reacts": (
        "Three diplomats said the talks were frozen.\n\nMarrach reacted angrily. Its foreign "
        "ministry said in a statement that Tessaly was using the incident as an excuse. The "
        "ministry said its own investigation showed that the guards had fired first.",
        [
            (
                "three diplomats",
                "unnamed source",
                "reported",
                "said",
                "the talks were frozen",
                21,
                42,
            ),
            (
                "Marrach foreign ministry",
                "organisation",
                "reported",
                "said",
                "Tessaly was using the incident as an excuse",
                116,
                159,
            ),
            (
                "Marrach foreign ministry",
                "organisation",
                "reported",
                "said",
                "its own investigation showed that the guards had fired first",
                179,
                239,
            ),
        ],
    ),
    "analysis_by_author_then_participle_appositive": (
        "An analysis by the council's finance staff, released Tuesday evening, found that the "
        "revenue forecast assumed sales-tax growth of 4.5 percent.",
        [
            (
                "council's finance staff",
                "organisation",
                "reported",
                "found",
                "the revenue forecast assumed sales-tax growth of 4.5 percent",
                81,
                141,
            )
        ],
    ),
    "found_a_and_it_recommended_b": (
        "A report by the Calder Emergency Management Institute found that two of the three "
        "roads had been blocked by fallen power lines, and it recommended that the county "
        "require the utility to shut off power.",
        [
            (
                "Calder Emergency Management Institute",
                "organisation",
                "reported",
                "found",
                "two of the three roads had been blocked by fallen power lines",
                65,
                126,
            ),
            (
                "Calder Emergency Management Institute",
                "organisation",
                "reported",
                "recommended",
                "the county require the utility to shut off power",
                152,
                200,
            ),
        ],
    ),
    "which_investigators_blamed_is_not_the_speakers": (
        "Calder Valley Electric said its equipment did not start the fire, which investigators "
        "have blamed on a vehicle that caught fire.",
        [
            (
                "Calder Valley Electric",
                "organisation",
                "reported",
                "said",
                "its equipment did not start the fire",
                28,
                64,
            )
        ],
    ),
    "the_agency_is_the_authority_named_before": (
        "The Pellham Area Transit Authority overpaid contractors, the audit found.\n\nIn a "
        "written response, the agency said it accepts all 19 recommendations.",
        [
            # An audit with no author named speaks for itself (round 166).
            (
                "audit",
                "records",
                "reported",
                "found",
                "The Pellham Area Transit Authority overpaid contractors",
                0,
                55,
            ),
            (
                "Pellham Area Transit Authority",
                "organisation",
                "reported",
                "said",
                "it accepts all 19 recommendations",
                114,
                147,
            ),
        ],
    ),
    "capitalised_profession_before_name": (
        'Novelist Clara Voight said libraries "made my career."',
        [("Clara Voight", "Novelist", "direct", "said", "made my career.", 38, 53)],
    ),
    "one_of_the_operators_named_company": (
        "Two companies run the scooters. One of the operators, Zipwell, said in an emailed "
        "statement that it would add a helmet selfie check to its app.",
        [
            (
                "Zipwell",
                "organisation",
                "reported",
                "said",
                "it would add a helmet selfie check to its app",
                97,
                142,
            )
        ],
    ),
}


@pytest.mark.parametrize("case", sorted(ROUND5_PATTERNS))
def test_round5_patterns(case: str) -> None:
    """Short company names, and the writer's notes after a reported statement."""
    text, expected = ROUND5_PATTERNS[case]
    got = [
        (a.speaker, a.role, a.kind, a.cue, a.quote, a.start, a.end)
        for a in extract_attributions(text)
    ]
    assert got == expected
    for a in extract_attributions(text):
        assert text[a.start : a.end] == a.quote


def test_round5_company_aliases() -> None:
    """A company's short name and "the company" are kept as its aliases."""
    text = ROUND5_PATTERNS["company_short_name_then_the_company"][0]
    assert extract_attributions(text)[1].aliases == ("Vantrell", "company")


def test_round5_name_forms_kept_as_aliases() -> None:
    """The titled campaign, the outlet noun and the embassy's seat stay as aliases."""
    alias = {
        case: extract_attributions(ROUND5_PATTERNS[case][0])[0].aliases
        for case in (
            "titled_candidates_campaign_is_surname_campaign",
            "newspaper_name_without_the_noun",
            "embassy_in_capital",
        )
    }
    assert alias == {
        "titled_candidates_campaign_is_surname_campaign": ("Sen. Gareth Pellew's campaign",),
        "newspaper_name_without_the_noun": ("newspaper Dagsposten",),
        "embassy_in_capital": ("Norvessan Embassy in Washington",),
    }
    fec = extract_attributions(ROUND5_PATTERNS["capitalised_keeper_filings_show_that"][0])[0]
    assert fec.aliases == (
        "Federal Election Commission filings",
        "FEC",
        "U.S. Federal Election Commission",
    )
    firm = extract_attributions(ROUND5_PATTERNS["owners_company_is_the_named_company"][0])[0]
    # The owner's surname alone is not made an alias of his company.
    assert firm.aliases == ("Calloway's company",)


def test_round5_short_forms_kept_as_aliases() -> None:
    """An unnamed source without its post-modifier, and records as written, are aliases."""
    source = extract_attributions(
        "A St. Aldric executive involved in the talks said the two sides had last met on Monday."
    )
    assert [(a.speaker, a.aliases) for a in source] == [
        ("a St. Aldric executive involved in the talks", ("a St. Aldric executive",))
    ]
    records = extract_attributions(
        "Records filed with the court show that Calloway Holdings refinanced four buildings."
    )
    assert [(a.speaker, a.aliases) for a in records] == [
        ("records", ("records filed with the court",))
    ]


# Round 6: rules written from the errors on dev/heldout5/heldout6, each a general form.
ROUND6_PATTERNS: dict[str, tuple[str, list[tuple[str, str, str, str, str, int, int]]]] = {
    "abbreviated_rank_is_a_title": (
        '"Nobody wants bad cops off the street more than good cops do," said Sgt. Dominic '
        "Ferraro, the union's president. Ferraro said the change violated the contract.",
        [
            (
                "Dominic Ferraro",
                "Sgt.; union's president",
                "direct",
                "said",
                "Nobody wants bad cops off the street more than good cops do",
                1,
                60,
            ),
            (
                "Dominic Ferraro",
                "Sgt.; union's president",
                "reported",
                "said",
                "the change violated the contract",
                126,
                158,
            ),
        ],
    ),
    "pronoun_after_open_quote_paragraph_is_the_person_named_before_it": (
        "The family's lawyer, Josiah Wentworth, said the vote was a first step. The boy's "
        "mother, Loretta Abernathy, spoke during the public comment period.\n\n"
        '"My son called for help. The people who came did not help him.\n\n'
        "\"That's all I've ever asked for,\" she said.",
        [
            (
                "Josiah Wentworth",
                "family's lawyer",
                "reported",
                "said",
                "the vote was a first step",
                44,
                69,
            ),
            (
                "Loretta Abernathy",
                "",
                "direct",
                "said",
                "My son called for help. The people who came did not help him.",
                150,
                211,
            ),
            ("Loretta Abernathy", "", "direct", "said", "That's all I've ever asked for", 214, 244),
        ],
    ),
    "writers_which_clause_after_a_whole_clause_is_cut": (
        "Analysts said the result would not change control of the House, which would stay "
        "with Republicans by at least five seats. Ansel Drury said the authority expected to "
        "sign the contract in January, which he said would give the crews three months to "
        "decide.",
        [
            (
                "Analysts",
                "group",
                "reported",
                "said",
                "the result would not change control of the House",
                14,
                62,
            ),
            (
                "Ansel Drury",
                "",
                "reported",
                "said",
                "the authority expected to sign the contract in January",
                139,
                193,
            ),
            (
                "Ansel Drury",
                "",
                "reported",
                "said",
                "would give the crews three months to decide",
                209,
                252,
            ),
        ],
    ),
    "object_relative_which_stays_with_the_statement": (
        "Rasmus Ekdahl said the authority had offered a 4.5 percent pay rise over two years, "
        "which the union rejected on Friday.",
        [
            (
                "Rasmus Ekdahl",
                "",
                "reported",
                "said",
                "the authority had offered a 4.5 percent pay rise over two years, which the union "
                "rejected on Friday",
                19,
                118,
            )
        ],
    ),
    "which_clause_inside_the_subject_is_kept": (
        "The Harlan Water Board said the order, which affects about 780 holders of water "
        "rights, was needed to protect supplies.",
        [
            (
                "Harlan Water Board",
                "organisation",
                "reported",
                "said",
                "the order, which affects about 780 holders of water rights, was needed to "
                "protect supplies",
                28,
                118,
            )
        ],
    ),
    "because_and_far_fewer_asides_are_cut": (
        "Priya Ramaswamy-Cole said the two airlines overlapped on only 31 routes, far fewer "
        "than in the deal the government blocked last year. Analysts said the March meeting "
        "would be harder, because Ostravia holds national elections in February.",
        [
            (
                "Priya Ramaswamy-Cole",
                "",
                "reported",
                "said",
                "the two airlines overlapped on only 31 routes",
                26,
                71,
            ),
            (
                "Analysts",
                "group",
                "reported",
                "said",
                "the March meeting would be harder",
                148,
                181,
            ),
        ],
    ),
    "the_agency_is_a_public_body_not_the_union_quoted_last": (
        "The Amalgamated Transit Workers Local 417 said its members had voted to strike after "
        "talks with the Port Hallam Regional Transit Authority broke down. The agency denied "
        "that it was building a new headquarters.",
        [
            (
                "Amalgamated Transit Workers Local 417",
                "organisation",
                "reported",
                "said",
                "its members had voted to strike after talks with the Port Hallam Regional "
                "Transit Authority broke down",
                47,
                149,
            ),
            (
                "Port Hallam Regional Transit Authority",
                "organisation",
                "reported",
                "denied",
                "it was building a new headquarters",
                174,
                208,
            ),
        ],
    ),
    "the_company_is_never_a_name_inside_a_quotation": (
        'Corbridge Pharmaceuticals disputed the findings. "Same pill. Same factory. Same '
        'company," Sen. Hedda Oberlin said. In a statement, the company said the report was a '
        "one-sided account.",
        [
            (
                "Corbridge Pharmaceuticals",
                "organisation",
                "reported",
                "disputed",
                "the findings",
                35,
                47,
            ),
            (
                "Hedda Oberlin",
                "Sen.",
                "direct",
                "said",
                "Same pill. Same factory. Same company",
                50,
                87,
            ),
            (
                "Corbridge Pharmaceuticals",
                "organisation",
                "reported",
                "said",
                "the report was a one-sided account",
                148,
                182,
            ),
        ],
    ),
    "plural_after_a_gloss_noun_and_party_word_before_a_name": (
        "The committee voted to advance a farm bill that would move billions of dollars into "
        "crop insurance, a change supporters say would protect growers against bad years. The "
        "committee's top Democrat, Rep. Marguerite Onyekachi of Cresswell, said the bill would "
        "mostly help the largest farms. A few analysts say the bill will pass the House.",
        [
            (
                "supporters",
                "group",
                "reported",
                "say",
                "would protect growers against bad years",
                124,
                163,
            ),
            (
                "Marguerite Onyekachi",
                "Rep.; Cresswell",
                "reported",
                "said",
                "the bill would mostly help the largest farms",
                240,
                284,
            ),
            ("few analysts", "group", "reported", "say", "the bill will pass the House", 305, 333),
        ],
    ),
    "and_would_ask_or_was_asking_is_a_second_statement": (
        "The American Red Cross said it had opened three shelters in the county and was asking "
        "residents who could stay with family or friends to do so. The United Food and Retail "
        "Workers union said it had grave concerns about the deal and would ask state attorneys "
        "general to investigate it.",
        [
            (
                "American Red Cross",
                "",
                "reported",
                "said",
                "it had opened three shelters in the county",
                28,
                70,
            ),
            (
                "American Red Cross",
                "",
                "reported",
                "asked",
                "residents who could stay with family or friends to do so",
                86,
                142,
            ),
            (
                "United Food and Retail Workers",
                "organisation",
                "reported",
                "said",
                "it had grave concerns about the deal",
                190,
                226,
            ),
            (
                "United Food and Retail Workers",
                "organisation",
                "reported",
                "asked",
                "state attorneys general to investigate it",
                241,
                282,
            ),
        ],
    ),
    "and_she_told_reporters_that_is_a_second_statement": (
        "Beatrice Lund said she will write her own version, and she told reporters on "
        "Wednesday that she did not expect a final bill before the fall.",
        [
            ("Beatrice Lund", "", "reported", "said", "she will write her own version", 19, 49),
            (
                "Beatrice Lund",
                "",
                "reported",
                "told",
                "she did not expect a final bill before the fall",
                92,
                139,
            ),
        ],
    ),
    "plural_people_nouns_by_ending_and_without_relative_clause": (
        "Hospitals said they had arranged carpools and shuttles for nurses. Aides to both "
        "senators said they hoped to introduce it in June. Security researchers who reviewed "
        "the files said they appeared to be genuine. Board chair Vernon Akers said the schools "
        "would open in the fall. Akers said the vote was not close.",
        [
            (
                "Hospitals",
                "group",
                "reported",
                "said",
                "they had arranged carpools and shuttles for nurses",
                15,
                65,
            ),
            (
                "Aides to both senators",
                "group",
                "reported",
                "said",
                "they hoped to introduce it in June",
                95,
                129,
            ),
            (
                "Security researchers",
                "group",
                "reported",
                "said",
                "they appeared to be genuine",
                180,
                207,
            ),
            (
                "Vernon Akers",
                "Board chair",
                "reported",
                "said",
                "the schools would open in the fall",
                239,
                273,
            ),
            ("Vernon Akers", "Board chair", "reported", "said", "the vote was not close", 286, 308),
        ],
    ),
    "plural_present_belief_and_argue_but_not_an_infinitive": (
        "Federal investigators believe Nightjar operates from outside the United States. Critics "
        "argue that the law protects too little. Brightwell Health said it could not yet "
        "estimate the cost of the breach.",
        [
            (
                "Federal investigators",
                "group",
                "reported",
                "believe",
                "Nightjar operates from outside the United States",
                30,
                78,
            ),
            ("Critics", "group", "reported", "argue", "the law protects too little", 99, 126),
            (
                "Brightwell Health",
                "organisation",
                "reported",
                "said",
                "it could not yet estimate the cost of the breach",
                151,
                199,
            ),
        ],
    ),
    "gloss_then_that_clause_subject_speaks": (
        "Regulators ordered farmers to stop drawing water, a decision that farm groups said "
        "would cost the region's growers hundreds of millions of dollars.",
        [
            (
                "farm groups",
                "group",
                "reported",
                "said",
                "would cost the region's growers hundreds of millions of dollars",
                83,
                146,
            )
        ],
    ),
    "local_chapter_speaks_for_its_organisation": (
        "The Marrow chapter of the Civil Liberties Union praised the vote. The Essenby chapter "
        "of the American Association of University Professors called on the university to drop "
        "all charges against students.",
        [
            ("Civil Liberties Union", "organisation", "reported", "praised", "the vote", 56, 64),
            (
                "American Association of University Professors",
                "organisation",
                "reported",
                "called",
                "the university to drop all charges against students",
                149,
                200,
            ),
        ],
    ),
    "unnamed_observer_and_short_reported_clause_beside_a_fragment": (
        "A Republican observer, who asked not to be named, said the count was quiet and orderly "
        "all day. Rafael Domingo-Price, who heads the pilots' union, told Meridian Business Wire "
        'that pilots had been "blindsided" by the announcement.',
        [
            (
                "a Republican observer",
                "unnamed source",
                "reported",
                "said",
                "the count was quiet and orderly all day",
                55,
                94,
            ),
            (
                "Rafael Domingo-Price",
                "",
                "reported",
                "told",
                'pilots had been "blindsided" by the announcement',
                180,
                228,
            ),
            ("Rafael Domingo-Price", "", "direct", "told", "blindsided", 197, 207),
        ],
    ),
    "group_known_as_name_speaks_by_its_name": (
        "A criminal group known as Nightjar claimed on its website that it had taken about 900 "
        "gigabytes of data.",
        [
            (
                "Nightjar",
                "organisation",
                "reported",
                "claimed",
                "it had taken about 900 gigabytes of data",
                63,
                103,
            )
        ],
    ),
    "company_name_with_ampersand": (
        "Calder Power & Light said it had cut electricity to about 22,000 customers, and that "
        "power could remain off through the weekend.",
        [
            (
                "Calder Power & Light",
                "organisation",
                "reported",
                "said",
                "it had cut electricity to about 22,000 customers",
                26,
                74,
            ),
            (
                "Calder Power & Light",
                "organisation",
                "reported",
                "said",
                "power could remain off through the weekend",
                85,
                127,
            ),
        ],
    ),
}


@pytest.mark.parametrize("case", sorted(ROUND6_PATTERNS))
def test_round6_patterns(case: str) -> None:
    """Titles, pronouns across quote paragraphs, and the writer's clauses after a statement."""
    text, expected = ROUND6_PATTERNS[case]
    got = [
        (a.speaker, a.role, a.kind, a.cue, a.quote, a.start, a.end)
        for a in extract_attributions(text)
    ]
    assert got == expected
    for a in extract_attributions(text):
        assert text[a.start : a.end] == a.quote


def test_round6_group_keeps_its_relative_clause_as_alias() -> None:
    """ "Security researchers who reviewed the files" is named without the clause."""
    text = ROUND6_PATTERNS["plural_people_nouns_by_ending_and_without_relative_clause"][0]
    assert extract_attributions(text)[2].aliases == ("Security researchers who reviewed the files",)


def test_round6_unlisted_plural_reacting_is_no_statement() -> None:
    """A plural found by its ending speaks with a clause, not by welcoming or describing."""
    assert extract_attributions("Savers in Calloway welcomed the decision.") == []
    assert extract_attributions("Employees described a tense day at the headquarters.") == []


# Round 7: general forms found by probing variations of the seen sets' errors (a scene-setting
# subject, a shared surname, one of a plural source, any tense of a speech verb, ...).
ROUND7_PATTERNS: dict[str, tuple[str, list[tuple[str, str, str, str, str, int, int]]]] = {
    "pronoun_is_the_subject_after_a_fronted_phrase": (
        'A city engineer who was not authorized to speak publicly said the pool had leaked for years.\n\nIn the Ridley Park neighborhood, where the pool has stood since 1962, Consuelo Andrade-Voigt sat on her front steps.\n\n"My kids learned to swim here," she said.',
        [
            (
                "a city engineer",
                "unnamed source",
                "reported",
                "said",
                "the pool had leaked for years",
                62,
                91,
            ),
            (
                "Consuelo Andrade-Voigt",
                "",
                "direct",
                "said",
                "My kids learned to swim here",
                213,
                241,
            ),
        ],
    ),
    "pronoun_is_a_person_named_in_a_list": (
        'Mayor Dana Whitlock said the city could not afford repairs. Many residents, including Consuelo Andrade-Voigt, had asked the council to wait.\n\n"My kids learned to swim here," she said.',
        [
            (
                "Dana Whitlock",
                "Mayor",
                "reported",
                "said",
                "the city could not afford repairs",
                25,
                58,
            ),
            (
                "Consuelo Andrade-Voigt",
                "",
                "direct",
                "said",
                "My kids learned to swim here",
                143,
                171,
            ),
        ],
    ),
    "shared_surname_is_the_person_named_first": (
        'The scheme run by the executive, Garrick Thorne-Ambler, cost savers $340 million. His daughter, Annelise Thorne-Ambler, wrote that her father had been a good parent.\n\nBefore he was sentenced, Thorne-Ambler spoke for six minutes.\n\n"I am ashamed of that," he said.',
        [
            (
                "Annelise Thorne-Ambler",
                "daughter",
                "reported",
                "wrote",
                "her father had been a good parent",
                131,
                164,
            ),
            ("Garrick Thorne-Ambler", "", "direct", "said", "I am ashamed of that", 231, 251),
        ],
    ),
    "one_of_a_plural_source_is_that_source": (
        'Three diplomats involved in the talks said the draft had been agreed. "It fell apart over dinner," one of the diplomats said.',
        [
            (
                "three diplomats involved in the talks",
                "unnamed source",
                "reported",
                "said",
                "the draft had been agreed",
                43,
                68,
            ),
            (
                "three diplomats involved in the talks",
                "unnamed source",
                "direct",
                "said",
                "It fell apart over dinner",
                71,
                96,
            ),
        ],
    ),
    "speech_verbs_in_any_tense": (
        '"We have nowhere else to go," Marisol Fenwick recalls. "The next hospital is 60 miles away," Fenwick answered.',
        [
            ("Marisol Fenwick", "", "direct", "recalls", "We have nowhere else to go", 1, 27),
            (
                "Marisol Fenwick",
                "",
                "direct",
                "answered",
                "The next hospital is 60 miles away",
                56,
                90,
            ),
        ],
    ),
    "one_of_the_workers_with_no_source_before_is_new": (
        '"We were told on Friday," one of the workers said.',
        [
            (
                "one of the workers",
                "unnamed source",
                "direct",
                "said",
                "We were told on Friday",
                1,
                23,
            ),
        ],
    ),
    "epithet_is_the_person_introduced_by_it": (
        'Ruth Okafor, a retiree who lives in Eastgate, came to the meeting with her neighbors. "The whole town came out," the retiree said.',
        [
            ("Ruth Okafor", "retiree", "direct", "said", "The whole town came out", 87, 110),
        ],
    ),
    "epithet_after_an_inverted_cue": (
        'Ruth Okafor, a retired pastor, came to the meeting. "The whole town came out," said the pastor.',
        [
            ("Ruth Okafor", "pastor", "direct", "said", "The whole town came out", 53, 76),
        ],
    ),
    "age_epithet_is_the_person_of_that_age": (
        'Ruth Okafor, 72, came to the meeting with her neighbors. "The whole town came out," the 72-year-old said.',
        [
            ("Ruth Okafor", "", "direct", "said", "The whole town came out", 58, 81),
        ],
    ),
    "epithet_nobody_was_introduced_by_is_no_speaker": (
        'Ruth Okafor came to the meeting. "The whole town came out," the grandmother said.',
        [],
    ),
    "role_introduced_nearer_than_a_speaker_holding_it": (
        'The lawyer for the county, Amos Reed, said the vote was legal.\n\nLena Cho, a lawyer for the nurses, filed suit on Friday. "The county broke its word," the lawyer said.',
        [
            (
                "Amos Reed",
                "lawyer for the county",
                "reported",
                "said",
                "the vote was legal",
                43,
                61,
            ),
            ("Lena Cho", "lawyer", "direct", "said", "The county broke its word", 122, 147),
        ],
    ),
    "noun_inside_a_relative_clause_is_no_epithet": (
        "Residents who survived the fire said the report matched their memories.",
        [
            ("Residents", "group", "reported", "said", "the report matched their memories", 37, 70),
        ],
    ),
    "colon_after_a_clause_about_the_speaker": (
        'Marisol Fenwick, a nurse, put it bluntly: "We have nowhere else to go."',
        [
            ("Marisol Fenwick", "", "direct", "put", "We have nowhere else to go.", 43, 70),
        ],
    ),
    "colon_after_the_speaker_s_message": (
        'Marisol Fenwick, a nurse, spoke last. Fenwick\'s message to the board was simple: "We have nowhere else to go."',
        [
            ("Marisol Fenwick", "", "direct", "message", "We have nowhere else to go.", 82, 109),
        ],
    ),
    "colon_after_a_name_that_only_modifies_is_no_speaker": (
        'A Quenby campaign mailer sent to voters reads: "Eight years. Higher rents."',
        [],
    ),
    "plural_source_noun_with_nobody_before_is_a_group": (
        '"We have nowhere else to go," the nurses said in a letter to the board.',
        [
            ("nurses", "group", "direct", "said", "We have nowhere else to go", 1, 27),
        ],
    ),
    "unnamed_source_by_its_noun_ending": (
        'A teenager at the rally, who declined to give her name, said she had studied there. "It is a disgrace," said one patient, a retired farmer.',
        [
            (
                "a teenager at the rally",
                "unnamed source",
                "reported",
                "said",
                "she had studied there",
                61,
                82,
            ),
            ("one patient", "unnamed source", "direct", "said", "It is a disgrace", 85, 101),
        ],
    ),
    "plural_unnamed_source_by_its_noun_ending": (
        "Two dockworkers who spoke on condition of anonymity said supervisors had told them not to talk.",
        [
            (
                "two dockworkers",
                "unnamed source",
                "reported",
                "said",
                "supervisors had told them not to talk",
                57,
                94,
            ),
        ],
    ),
    "a_with_a_plural_noun_is_no_unnamed_source": (
        "The committee advanced the bill, a change supporters say would protect growers in bad years.",
        [
            (
                "supporters",
                "group",
                "reported",
                "say",
                "would protect growers in bad years",
                57,
                91,
            ),
        ],
    ),
    "staff_at_a_named_organisation_speak_for_it": (
        "Forecasters at the National Weather Service said humidity would rise slightly on Thursday.",
        [
            (
                "National Weather Service",
                "organisation",
                "reported",
                "said",
                "humidity would rise slightly on Thursday",
                49,
                89,
            ),
        ],
    ),
    "that_only_verbs_need_a_that_clause": (
        "Marisol Fenwick agreed that the clinic would close by June. The two sides agreed on the outline of a deal that would keep it open.",
        [
            ("Marisol Fenwick", "", "reported", "agreed", "the clinic would close by June", 28, 58),
        ],
    ),
    "addressee_before_the_statement": (
        "Marisol Fenwick assured residents that the clinic would stay open. Fenwick told the board the clinic would close by June.",
        [
            ("Marisol Fenwick", "", "reported", "assured", "the clinic would stay open", 39, 65),
            ("Marisol Fenwick", "", "reported", "told", "the clinic would close by June", 90, 120),
        ],
    ),
    "circumstance_set_off_by_commas_before_that": (
        "Marisol Fenwick said Tuesday night, after the vote, that the clinic would close by June.",
        [
            ("Marisol Fenwick", "", "reported", "said", "the clinic would close by June", 57, 87),
        ],
    ),
    "that_after_an_unrelated_comma_clause_is_no_statement": (
        "The talks will resume on Tuesday, two people briefed on the talks said Sunday, as a strike that has stranded riders entered its second week.",
        [
            (
                "two people briefed on the talks",
                "unnamed source",
                "reported",
                "said",
                "The talks will resume on Tuesday",
                0,
                32,
            ),
        ],
    ),
    "description_after_a_titled_name_is_no_name": (
        "Mayor Dana Whitlock, a Democrat, said the closure was needed.",
        [
            (
                "Dana Whitlock",
                "Mayor; Democrat",
                "reported",
                "said",
                "the closure was needed",
                38,
                60,
            ),
        ],
    ),
    "pronoun_skips_a_person_whose_given_name_shows_the_other_gender": (
        'Under cross-examination, the defense lawyer, Gregory Talmadge, pressed Priya Wendover on why she had not gone to the board. "Wasn\'t that your job?" Talmadge asked.\n\n"I did go to the board," she said.',
        [
            ("Gregory Talmadge", "", "direct", "asked", "Wasn't that your job?", 125, 146),
            ("Priya Wendover", "", "direct", "said", "I did go to the board", 166, 187),
        ],
    ),
    "pronoun_falls_back_to_the_nearest_person_of_unknown_gender": (
        'Mayor Dana Whitlock defended the closure. Council member Roy Tillman opposed it.\n\n"We had no money left," she said.\n\n"They found money for a garage," he said.',
        [
            ("Dana Whitlock", "Mayor", "reported", "defended", "the closure", 29, 40),
            ("Roy Tillman", "Council member", "reported", "opposed", "it", 77, 79),
            ("Dana Whitlock", "Mayor", "direct", "said", "We had no money left", 83, 103),
            (
                "Roy Tillman",
                "Council member",
                "direct",
                "said",
                "They found money for a garage",
                118,
                147,
            ),
        ],
    ),
    "the_company_is_an_organisation_the_text_calls_a_company": (
        "The rocket was destroyed over the ocean, Aurelis Launch Services, the private company that built the rocket, said. No one was hurt, the company said.",
        [
            (
                "Aurelis Launch Services",
                "organisation",
                "reported",
                "said",
                "The rocket was destroyed over the ocean",
                0,
                39,
            ),
            (
                "Aurelis Launch Services",
                "organisation",
                "reported",
                "said",
                "No one was hurt",
                115,
                130,
            ),
        ],
    ),
    "group_with_a_relative_clause_set_off_by_commas": (
        "Parents, many of whom had scrambled to arrange child care, said they were relieved. Residents, who had waited for hours, said they were angry.",
        [
            ("Parents", "group", "reported", "said", "they were relieved", 64, 82),
            ("Residents", "group", "reported", "said", "they were angry", 126, 141),
        ],
    ),
    "descriptor_before_an_organisation_s_name_is_dropped": (
        "The group Mendral Parents for Public Schools said testing had crowded out teaching. The advocacy group Homes for Tamsworth said the veto would keep rents high.",
        [
            (
                "Mendral Parents for Public Schools",
                "organisation",
                "reported",
                "said",
                "testing had crowded out teaching",
                50,
                82,
            ),
            (
                "Homes for Tamsworth",
                "organisation",
                "reported",
                "said",
                "the veto would keep rents high",
                128,
                158,
            ),
        ],
    ),
    "lede_role_is_the_person_named_next_with_that_title": (
        "Velmora will resettle up to 5,000 refugees, the state's governor announced on Monday.\n\nGov. Evander Sallinen-Crewe said the state would spend $42 million.",
        [
            (
                "Evander Sallinen-Crewe",
                "Gov.",
                "reported",
                "announced",
                "Velmora will resettle up to 5,000 refugees",
                0,
                42,
            ),
            (
                "Evander Sallinen-Crewe",
                "Gov.",
                "reported",
                "said",
                "the state would spend $42 million",
                120,
                153,
            ),
        ],
    ),
    "said_little_or_nothing_is_no_statement": (
        "Hedda Sorlie said little in public. Sorlie said nothing about the talks. Sorlie said much of the money was gone.",
        [
            ("Hedda Sorlie", "", "reported", "said", "much of the money was gone", 85, 111),
        ],
    ),
    "described_body_with_its_place_is_an_unnamed_source": (
        "A rehabilitation center in Tolvey said it had taken in 23 of them. A hospital said it was full.",
        [
            (
                "a rehabilitation center in Tolvey",
                "unnamed source",
                "reported",
                "said",
                "it had taken in 23 of them",
                39,
                65,
            ),
        ],
    ),
    "given_name_alone_is_the_person_named_in_full_with_it": (
        'Marisol Fenwick, a nurse there, led the protest. "We have nowhere else to go," Marisol said.',
        [
            ("Marisol Fenwick", "", "direct", "said", "We have nowhere else to go", 50, 76),
        ],
    ),
    "as_x_put_it": (
        'Marisol Fenwick, a nurse there, led the protest. As Fenwick put it, "We have nowhere else to go."',
        [
            ("Marisol Fenwick", "", "direct", "put", "We have nowhere else to go.", 69, 96),
        ],
    ),
    "officials_with_a_named_organisation": (
        "Officials with the Harlow County Health Department said the clinic would close by June.",
        [
            (
                "Harlow County Health Department",
                "organisation",
                "reported",
                "said",
                "the clinic would close by June",
                56,
                86,
            ),
        ],
    ),
    "group_with_an_including_appositive": (
        "Opponents, including the state's largest teachers union, say the measure would drain school budgets.",
        [
            (
                "Opponents",
                "group",
                "reported",
                "say",
                "the measure would drain school budgets",
                61,
                99,
            ),
        ],
    ),
    "party_and_place_in_parentheses_after_the_name": (
        "Rep. Ann Lee (D-Harlow) said the clinic would close by June.",
        [
            ("Ann Lee", "Rep.", "reported", "said", "the clinic would close by June", 29, 59),
        ],
    ),
    "organisation_officials_speak_for_the_organisation": (
        "Corvane Health officials said the clinic would close by June. Harlow County officials said it would not.",
        [
            (
                "Corvane Health",
                "organisation",
                "reported",
                "said",
                "the clinic would close by June",
                30,
                60,
            ),
            ("Harlow County officials", "group", "reported", "said", "it would not", 91, 103),
        ],
    ),
    "company_name_by_its_ending_is_an_organisation": (
        "Mercora Biologics said the vaccine worked. About 11,400 women took part in the trial, the company said.",
        [
            ("Mercora Biologics", "organisation", "reported", "said", "the vaccine worked", 23, 41),
            (
                "Mercora Biologics",
                "organisation",
                "reported",
                "said",
                "About 11,400 women took part in the trial",
                43,
                84,
            ),
        ],
    ),
    "secretary_of_state_s_office": (
        "The Marrow secretary of state's office said the recount was required by state law.",
        [
            (
                "Marrow secretary of state's office",
                "organisation",
                "reported",
                "said",
                "the recount was required by state law",
                44,
                81,
            ),
        ],
    ),
    "police_as_speaker": (
        "Two students were charged with assaulting an officer, police said. State police said the road was closed.",
        [
            (
                "police",
                "group",
                "reported",
                "said",
                "Two students were charged with assaulting an officer",
                0,
                52,
            ),
            ("State police", "group", "reported", "said", "the road was closed", 85, 104),
        ],
    ),
    "mid_sentence_tag_with_a_circumstance_then_and": (
        "Most were released, according to the Marlowe Police Department. Two students were charged with assaulting an officer, the department said in a statement, and one officer was treated for a hand injury.",
        [
            (
                "Marlowe Police Department",
                "organisation",
                "reported",
                "according to",
                "Most were released",
                0,
                18,
            ),
            (
                "Marlowe Police Department",
                "organisation",
                "reported",
                "said",
                "Two students were charged with assaulting an officer",
                64,
                116,
            ),
            # Round 12: the clause after ", the department said in a statement, and" is the
            # department's too (four such clauses in heldout12 were labelled so).
            (
                "Marlowe Police Department",
                "organisation",
                "reported",
                "said",
                "one officer was treated for a hand injury",
                158,
                199,
            ),
        ],
    ),
    "pronoun_clause_with_a_past_tense_beside_a_quoted_fragment": (
        'Gov. Franklin Dozier said in a statement that he respected the court but that the ruling "oversteps the line."',
        [
            (
                "Franklin Dozier",
                "Gov.",
                "reported",
                "said",
                "he respected the court",
                46,
                68,
            ),
            (
                "Franklin Dozier",
                "Gov.",
                "reported",
                "said",
                'the ruling "oversteps the line."',
                78,
                110,
            ),
        ],
    ),
    "telling_an_addressee_that": (
        "Lucas Hale defended the price on Tuesday, telling senators that the price reflected a decade of research.",
        [
            ("Lucas Hale", "", "reported", "defended", "the price", 20, 29),
            (
                "Lucas Hale",
                "",
                "reported",
                "told",
                "the price reflected a decade of research",
                64,
                104,
            ),
        ],
    ),
    "pointed_to_evidence_is_no_statement": (
        "Ansgar Ennis pointed to those numbers at the ceremony. Ennis pointed out that the port had lost two shipping lines.",
        [
            (
                "Ansgar Ennis",
                "",
                "reported",
                "pointed",
                "the port had lost two shipping lines",
                78,
                114,
            ),
        ],
    ),
    "called_it_a_quotation_is_the_quotation_only": (
        'Owen Farrish called the attack "desperate and dishonest" and said the senator had written the law.',
        [
            ("Owen Farrish", "", "direct", "called", "desperate and dishonest", 32, 55),
            ("Owen Farrish", "", "reported", "said", "the senator had written the law", 66, 97),
        ],
    ),
    "unlisted_title_before_a_known_given_name": (
        '"We will appeal," said Pastor Ruth Okafor. Public Defender Tom Reyes said the county would appeal. Mary Ann Smith said the ruling was wrong.',
        [
            ("Ruth Okafor", "Pastor", "direct", "said", "We will appeal", 1, 15),
            ("Tom Reyes", "Public Defender", "reported", "said", "the county would appeal", 74, 97),
            ("Mary Ann Smith", "", "reported", "said", "the ruling was wrong", 119, 139),
        ],
    ),
    "said_so_is_no_statement": (
        "Mary Ann Smith said so too. Tom Reyes said as much on Tuesday. Ruth Okafor said the same rules applied.",
        [
            ("Ruth Okafor", "", "reported", "said", "the same rules applied", 80, 102),
        ],
    ),
    "second_verb_of_the_subject_is_the_cue": (
        "Ruth Okafor declined to comment on the lawsuit but said the clinic would close. Mayor Oren Blackwood opened five warming centers and urged residents to check on elderly neighbours.",
        [
            ("Ruth Okafor", "", "reported", "said", "the clinic would close", 56, 78),
            (
                "Oren Blackwood",
                "Mayor",
                "reported",
                "urged",
                "residents to check on elderly neighbours",
                139,
                179,
            ),
        ],
    ),
    "second_verb_inside_a_relative_clause_is_no_cue": (
        "The Port Ellery City Council approved a budget that trims the police department and adds money for crisis teams.",
        [],
    ),
    "statement_from_an_organisation_speaks_for_it": (
        "Corvane Health runs the clinic. A statement from Corvane Health said the clinic would close in June.",
        [
            (
                "Corvane Health",
                "organisation",
                "reported",
                "said",
                "the clinic would close in June",
                69,
                99,
            ),
        ],
    ),
    "the_company_named_before_but_not_yet_quoted": (
        'Corvane Health runs the clinic. In a statement, the company said: "We regret the decision."',
        [
            ("Corvane Health", "organisation", "direct", "said", "We regret the decision.", 67, 90),
        ],
    ),
    "the_company_by_its_short_possessive_name": (
        "Brightwell Health said it had found the breach. Greyfield Labs said the files were real.\n\nBrightwell's shares fell 6 percent on Monday. The company said in a filing that it could not yet estimate the cost.",
        [
            (
                "Brightwell Health",
                "organisation",
                "reported",
                "said",
                "it had found the breach",
                23,
                46,
            ),
            ("Greyfield Labs", "organisation", "reported", "said", "the files were real", 68, 87),
            (
                "Brightwell Health",
                "organisation",
                "reported",
                "said",
                "it could not yet estimate the cost",
                170,
                204,
            ),
        ],
    ),
    "the_company_quoted_before_is_not_one_merely_mentioned": (
        "Corvane Health said it would close the clinic. It competes with Halden Energy. The company said the decision was final.",
        [
            (
                "Corvane Health",
                "organisation",
                "reported",
                "said",
                "it would close the clinic",
                20,
                45,
            ),
            (
                "Corvane Health",
                "organisation",
                "reported",
                "said",
                "the decision was final",
                96,
                118,
            ),
        ],
    ),
    "inverted_unnamed_source_with_a_number_and_a_relative_clause": (
        "The talks had stalled, said one official, who spoke on condition of anonymity. Another official said the talks would resume.",
        [
            ("one official", "unnamed source", "reported", "said", "The talks had stalled", 0, 21),
            (
                "another official",
                "unnamed source",
                "reported",
                "said",
                "the talks would resume",
                101,
                123,
            ),
        ],
    ),
    "plural_sources_described_without_a_number": (
        "Officials familiar with the plan said the talks had stalled. People close to the governor said she would veto it.",
        [
            (
                "officials familiar with the plan",
                "unnamed source",
                "reported",
                "said",
                "the talks had stalled",
                38,
                59,
            ),
            (
                "people close to the governor",
                "unnamed source",
                "reported",
                "said",
                "she would veto it",
                95,
                112,
            ),
        ],
    ),
    "modifiers_joined_by_and": (
        "Three current and former employees said the talks had stalled.",
        [
            (
                "three current and former employees",
                "unnamed source",
                "reported",
                "said",
                "the talks had stalled",
                40,
                61,
            ),
        ],
    ),
    "source_s_terms_before_the_cue_are_skipped": (
        'Two nurses who asked not to be named said they learned of the closure from the news. "We were never asked," one of them said.',
        [
            (
                "two nurses",
                "unnamed source",
                "reported",
                "said",
                "they learned of the closure from the news",
                42,
                83,
            ),
            ("two nurses", "unnamed source", "direct", "said", "We were never asked", 86, 105),
        ],
    ),
    "tag_with_a_colon_before_a_quotation_paragraph": (
        'Ruth Okafor said:\n\n"We will appeal. We have no choice."\n\nIn a statement, the Harlow Nurses Association said:\n\n"We have nowhere else to go."',
        [
            ("Ruth Okafor", "", "direct", "said", "We will appeal. We have no choice.", 20, 54),
            (
                "Harlow Nurses Association",
                "organisation",
                "direct",
                "said",
                "We have nowhere else to go.",
                111,
                138,
            ),
        ],
    ),
    "epithet_for_a_person_introduced_role_first": (
        'Prosecutors said the mayor steered the land to the developer, Silas Vandermeer, in exchange for cash.\n\n"He counted it in front of me," the developer testified.',
        [
            (
                "Prosecutors",
                "group",
                "reported",
                "said",
                "the mayor steered the land to the developer, Silas Vandermeer, in exchange for cash",
                17,
                100,
            ),
            (
                "Silas Vandermeer",
                "",
                "direct",
                "testified",
                "He counted it in front of me",
                104,
                132,
            ),
        ],
    ),
    "lede_company_description_is_the_company_named_next": (
        "More than 200,000 homes remained without power on Sunday, and the state's largest utility said some customers might wait until Wednesday.\n\nWessen Power & Light said 1,400 line workers were working around the clock.",
        [
            (
                "Wessen Power & Light",
                "organisation",
                "reported",
                "said",
                "some customers might wait until Wednesday",
                95,
                136,
            ),
            (
                "Wessen Power & Light",
                "organisation",
                "reported",
                "said",
                "1,400 line workers were working around the clock",
                165,
                213,
            ),
        ],
    ),
    "said_with_a_circumstance_then_it": (
        "The region's biggest employer said on Monday it would cut 2,000 jobs.\n\nCorvane Systems said the cuts would come in three waves.",
        [
            (
                "Corvane Systems",
                "organisation",
                "reported",
                "said",
                "it would cut 2,000 jobs",
                45,
                68,
            ),
            (
                "Corvane Systems",
                "organisation",
                "reported",
                "said",
                "the cuts would come in three waves",
                92,
                126,
            ),
        ],
    ),
    "absolute_participle_with_a_quotation": (
        'The candidates clashed on Tuesday, with Democrat Yolanda Ferris-Kamau accusing her opponent of taking money and Republican Grant Olufemi-Hale calling her plan "a price-control scheme."',
        [
            ("Grant Olufemi-Hale", "", "direct", "calling", "a price-control scheme.", 160, 183),
        ],
    ),
    "released_document_that_says": (
        'The Ferris-Kamau campaign released an ad on Wednesday that calls Olufemi-Hale "Big Pharma\'s favorite candidate."',
        [
            (
                "Ferris-Kamau campaign",
                "organisation",
                "direct",
                "calls",
                "Big Pharma's favorite candidate.",
                79,
                111,
            ),
        ],
    ),
    "participles_of_rulings_and_claims": (
        "A state appeals court on Friday revived a lawsuit against the refinery, ruling that a lower court had been wrong to dismiss the case.",
        [
            (
                "state appeals court",
                "organisation",
                "reported",
                "ruling",
                "a lower court had been wrong to dismiss the case",
                84,
                132,
            ),
        ],
    ),
    "asked_someone_about_is_a_question_and_she_is_the_one_asked": (
        "Tom Reyes said the clinic would close.\n\nReporters asked Dana Whitlock about the vote. She said it was final.",
        [
            ("Tom Reyes", "", "reported", "said", "the clinic would close", 15, 37),
            ("Dana Whitlock", "", "reported", "said", "it was final", 95, 107),
        ],
    ),
    "pronoun_past_a_speaker_of_the_other_gender_to_a_name_just_before": (
        'Tom Reyes said the clinic would close.\n\nThe clinic was founded by Dana Whitlock in 1998. "This is a betrayal," she said.',
        [
            ("Tom Reyes", "", "reported", "said", "the clinic would close", 15, 37),
            ("Dana Whitlock", "", "direct", "said", "This is a betrayal", 90, 108),
        ],
    ),
    "according_to_forms": (
        "The clinic will close in June, according to a statement from Corvane Health. It lost $4 million, according to people familiar with the plan. Staff will be cut, according to an internal memo obtained by the Harlow Courier.\n\nAccording to Ann Lee, a spokeswoman for Corvane Health, the clinic will close in June.",
        [
            (
                "Corvane Health",
                "organisation",
                "reported",
                "according to",
                "The clinic will close in June",
                0,
                29,
            ),
            (
                "people familiar with the plan",
                "unnamed source",
                "reported",
                "according to",
                "It lost $4 million",
                77,
                95,
            ),
            ("internal memo", "records", "reported", "according to", "Staff will be cut", 141, 158),
            ("Ann Lee", "", "reported", "according to", "the clinic will close in June", 279, 308),
        ],
    ),
    "its_delegation": (
        "Kessland denied the charge. Its delegation said in a statement that Ostravan artillery had fired first.",
        [
            (
                "Kessland delegation",
                "organisation",
                "reported",
                "said",
                "Ostravan artillery had fired first",
                68,
                102,
            ),
        ],
    ),
    "two_groups_joined": (
        "Parents and teachers said the plan was rushed.",
        [
            ("Parents and teachers", "group", "reported", "said", "the plan was rushed", 26, 45),
        ],
    ),
}


@pytest.mark.parametrize("case", sorted(ROUND7_PATTERNS))
def test_round7_patterns(case: str) -> None:
    """Pronouns after scene-setting sentences, shared surnames, group members, verb tenses."""
    text, expected = ROUND7_PATTERNS[case]
    got = [
        (a.speaker, a.role, a.kind, a.cue, a.quote, a.start, a.end)
        for a in extract_attributions(text)
    ]
    assert got == expected
    for a in extract_attributions(text):
        assert text[a.start : a.end] == a.quote


# Round 8 (after the blind heldout8 run): descriptions before a full name, "of City, State", a
# place's possessive before a name.
ROUND8_PATTERNS: dict[str, tuple[str, list[tuple[str, str, str, str, str, int, int]]]] = {
    "a_description_then_the_full_name": (
        'Parents spoke first. A sophomore at Dunmore High School, Lena Castellan, said the novel was the first book she had finished.\n\n"I saw my brother in it," she said.',
        [
            (
                "Lena Castellan",
                "sophomore at Dunmore High School",
                "reported",
                "said",
                "the novel was the first book she had finished",
                78,
                123,
            ),
            (
                "Lena Castellan",
                "sophomore at Dunmore High School",
                "direct",
                "said",
                "I saw my brother in it",
                127,
                149,
            ),
        ],
    ),
    "a_company_named_after_what_it_does_stays_a_company": (
        'The supplier, Quillon Valve Works, said it had met every specification. "We will cooperate fully," the company said.',
        [
            (
                "Quillon Valve Works",
                "organisation",
                "reported",
                "said",
                "it had met every specification",
                40,
                70,
            ),
            (
                "Quillon Valve Works",
                "organisation",
                "direct",
                "said",
                "We will cooperate fully",
                73,
                96,
            ),
        ],
    ),
    "an_organisation_of_city_and_state": (
        "The supplier, Brantwood Fluid Systems of Toledo, Ohio, said in a statement that it had followed the specifications.",
        [
            (
                "Brantwood Fluid Systems",
                "organisation",
                "reported",
                "said",
                "it had followed the specifications",
                80,
                114,
            ),
        ],
    ),
    "a_person_of_city_and_state": (
        "Mayor Orla Pennick of Dayton, Ohio, said the city would appeal the ruling.",
        [
            (
                "Orla Pennick",
                "Mayor",
                "reported",
                "said",
                "the city would appeal the ruling",
                41,
                73,
            ),
        ],
    ),
    "a_name_after_a_place_possessive": (
        "Kenya's Amos Kiprotich, who finished second, said he was relieved.",
        [
            ("Amos Kiprotich", "", "reported", "said", "he was relieved", 50, 65),
        ],
    ),
    "a_lone_name_used_mid_sentence_is_an_organisation": (
        'Workers at a Quorra warehouse voted to join the union.\n\nQuorra said it was disappointed by the outcome.\n\n"We will review our options," the company said in a statement.',
        [
            (
                "Quorra",
                "organisation",
                "reported",
                "said",
                "it was disappointed by the outcome",
                68,
                102,
            ),
            ("Quorra", "organisation", "direct", "said", "We will review our options", 106, 132),
        ],
    ),
    "a_country_speaks_by_its_name": (
        "Border guards from Valdoria and Meskett clashed on Monday. Meskett said three of its guards had died.",
        [
            (
                "Meskett",
                "organisation",
                "reported",
                "said",
                "three of its guards had died",
                72,
                100,
            ),
        ],
    ),
    "a_lone_given_name_nobody_bears_is_no_speaker": (
        "The shelter was full by 6 p.m. on Tuesday, volunteers said.\n\nRay said he would sleep by the river again.",
        [
            (
                "volunteers",
                "group",
                "reported",
                "said",
                "The shelter was full by 6 p.m. on Tuesday",
                0,
                41,
            ),
        ],
    ),
    "a_surname_for_a_name_given_after_a_possessive": (
        'The runner-up, Kenya\'s Amos Kiprotich, will be declared the winner, the Haldane Athletics Federation said.\n\n"I wanted to win that race on the road," Kiprotich said.',
        [
            (
                "Haldane Athletics Federation",
                "organisation",
                "reported",
                "said",
                "The runner-up, Kenya's Amos Kiprotich, will be declared the winner",
                0,
                66,
            ),
            (
                "Amos Kiprotich",
                "",
                "direct",
                "said",
                "I wanted to win that race on the road",
                109,
                146,
            ),
        ],
    ),
    "an_organisation_at_a_university_is_named_without_it": (
        "At least 34 rural hospitals are at risk of closing, according to the Center for Rural Health Policy at the University of Tressel Medical Center.",
        [
            (
                "Center for Rural Health Policy",
                "organisation",
                "reported",
                "according to",
                "At least 34 rural hospitals are at risk of closing",
                0,
                50,
            ),
        ],
    ),
    "a_lower_case_description_before_an_organisation": (
        "School spending would rise by about $240 million, according to the nonpartisan Senate Fiscal Agency.",
        [
            (
                "Senate Fiscal Agency",
                "organisation",
                "reported",
                "according to",
                "School spending would rise by about $240 million",
                0,
                48,
            ),
        ],
    ),
    "a_source_who_gave_only_a_first_name": (
        'A protester in Corva Square, a 24-year-old programmer who gave only her first name, Ileana, said she had voted for the first time.\n\n"I stood in line for an hour," she said.',
        [
            ("Ileana", "", "reported", "said", "she had voted for the first time", 97, 129),
            ("Ileana", "", "direct", "said", "I stood in line for an hour", 133, 160),
        ],
    ),
    "a_source_identified_only_by_a_first_name": (
        "A nurse who asked to be identified only by her first name, Mirela, said the ward was short of staff.",
        [
            ("Mirela", "", "reported", "said", "the ward was short of staff", 72, 99),
        ],
    ),
    "a_company_described_then_named_is_called_by_its_name": (
        "The trial turned on messages from Doyle's production company, Brightwater Signal Media. A producer wrote to Doyle.\n\nBrightwater Signal Media settled in September. The company said it had found no evidence to support Doyle's claims.",
        [
            (
                "Brightwater Signal Media",
                "organisation",
                "reported",
                "said",
                "it had found no evidence to support Doyle's claims",
                180,
                230,
            ),
        ],
    ),
    "a_one_word_name_with_which_is_a_body": (
        "Meskovia, which sells weapons to both countries, said it supported any dialogue that reduces tensions.",
        [
            (
                "Meskovia",
                "organisation",
                "reported",
                "said",
                "it supported any dialogue that reduces tensions",
                54,
                101,
            ),
        ],
    ),
    "a_one_word_name_described_as_an_agency": (
        "Railcorp, Brandon's transit agency, said its trains had slowed automatically when the alert came in.",
        [
            (
                "Railcorp",
                "organisation",
                "reported",
                "said",
                "its trains had slowed automatically when the alert came in",
                41,
                99,
            ),
        ],
    ),
    "a_one_word_name_described_as_a_person_is_left_alone": (
        "Marsh, a retired teacher, said the plan was unfair.",
        [],
    ),
    "a_statement_opening_with_this_or_last": (
        "A spokesman, Viktor Balan, said the count was fair.\n\nHe said this time might be different because the economy was weaker. Mayor Orla Pennick said last year was the hardest of her career.",
        [
            ("Viktor Balan", "spokesman", "reported", "said", "the count was fair", 32, 50),
            (
                "Viktor Balan",
                "spokesman",
                "reported",
                "said",
                "this time might be different because the economy was weaker",
                61,
                120,
            ),
            (
                "Orla Pennick",
                "Mayor",
                "reported",
                "said",
                "last year was the hardest of her career",
                146,
                185,
            ),
        ],
    ),
    "said_this_week_that_stays_a_circumstance": (
        "Mayor Orla Pennick said this week that the budget was short.",
        [
            ("Orla Pennick", "Mayor", "reported", "said", "the budget was short", 39, 59),
        ],
    ),
    "an_inverted_unnamed_source_with_a_relative_clause": (
        "Heaton was told of the decision at a short meeting, said a person familiar with the meeting who was not authorized to discuss it publicly.",
        [
            (
                "a person familiar with the meeting",
                "unnamed source",
                "reported",
                "said",
                "Heaton was told of the decision at a short meeting",
                0,
                50,
            ),
        ],
    ),
    "a_name_then_said_then_a_clause_with_who": (
        "The department's secretary, Yolanda Brightwood, said two employees who approved the invoices had been placed on leave.",
        [
            (
                "Yolanda Brightwood",
                "department's secretary",
                "reported",
                "said",
                "two employees who approved the invoices had been placed on leave",
                53,
                117,
            ),
        ],
    ),
    "the_group_for_a_group_described_then_named": (
        "Ben Ortiga, the president of the Kestrels' largest supporters' group, the Rip Tidewater, said he was sorry to see him go.\n\nThe group will hold a tailgate before Wednesday's match, the group said on its website.",
        [
            (
                "Ben Ortiga",
                "president of the Kestrels' largest supporters' group",
                "reported",
                "said",
                "he was sorry to see him go",
                94,
                120,
            ),
            (
                "Rip Tidewater",
                "organisation",
                "reported",
                "said",
                "The group will hold a tailgate before Wednesday's match",
                123,
                178,
            ),
        ],
    ),
    "a_name_never_runs_over_a_line_break": (
        "Utility Says Hackers Stole Data on 2.1 Million Customers\n\nBy Lark Pemberton, Business Writer\n\nBrackwater Energy said on Thursday that hackers had stolen the names of 2.1 million customers.\n\nBrackwater said it had mailed letters to all affected customers.",
        [
            (
                "Brackwater Energy",
                "organisation",
                "reported",
                "said",
                "hackers had stolen the names of 2.1 million customers",
                134,
                187,
            ),
            (
                "Brackwater Energy",
                "organisation",
                "reported",
                "said",
                "it had mailed letters to all affected customers",
                206,
                253,
            ),
        ],
    ),
    "a_possessive_description_before_an_organisation": (
        "The league's Department of Player Safety said on Monday that the hit was avoidable. The suspension was the longest this season, the league's Department of Player Safety said.",
        [
            (
                "Department of Player Safety",
                "organisation",
                "reported",
                "said",
                "the hit was avoidable",
                61,
                82,
            ),
            (
                "Department of Player Safety",
                "organisation",
                "reported",
                "said",
                "The suspension was the longest this season",
                84,
                126,
            ),
        ],
    ),
    "a_sports_role_before_a_name_is_a_title": (
        'Coach Petra Lindgaard said the team supported the player. "He is a clean player," Lindgaard said.\n\nGoalkeeper Nils Ahlquist wrote on Instagram: "Thank you, coach."',
        [
            (
                "Petra Lindgaard",
                "Coach",
                "reported",
                "said",
                "the team supported the player",
                27,
                56,
            ),
            ("Petra Lindgaard", "Coach", "direct", "said", "He is a clean player", 59, 79),
            ("Nils Ahlquist", "Goalkeeper", "direct", "wrote", "Thank you, coach.", 145, 162),
        ],
    ),
    "an_acronym_is_the_name_it_spells": (
        "The Centers for Disease Control and Prevention says measles is one of the most contagious diseases. The country has recorded 212 cases so far this year, according to the CDC.\n\nDelegates from both countries and the United Nations met in Geneva. The talks will resume next week, the U.N. said.",
        [
            (
                "Centers for Disease Control and Prevention",
                "organisation",
                "reported",
                "says",
                "measles is one of the most contagious diseases",
                52,
                98,
            ),
            (
                "Centers for Disease Control and Prevention",
                "organisation",
                "reported",
                "according to",
                "The country has recorded 212 cases so far this year",
                100,
                151,
            ),
            (
                "United Nations",
                "organisation",
                "reported",
                "said",
                "The talks will resume next week",
                244,
                275,
            ),
        ],
    ),
    # A federal acronym the story never spells out takes its usual name (FBI kept as an alias).
    "an_acronym_nothing_spells_out_takes_the_agencys_name": (
        "The FBI is investigating the breach, the FBI said in a statement.",
        [
            (
                "Federal Bureau of Investigation",
                "organisation",
                "reported",
                "said",
                "The FBI is investigating the breach",
                0,
                35,
            ),
        ],
    ),
    "claimed_responsibility_is_an_act_and_the_company_is_the_one_named_last": (
        "Brackwater Energy said on Thursday that hackers had stolen customer data.\n\nA ransomware group calling itself Nightjar claimed responsibility for the attack, according to the security firm Tallis Security.\n\nBrackwater declined to say whether it had paid a ransom.\n\nThe company said it would offer affected customers free credit monitoring.",
        [
            (
                "Brackwater Energy",
                "organisation",
                "reported",
                "said",
                "hackers had stolen customer data",
                40,
                72,
            ),
            (
                "Tallis Security",
                "organisation",
                "reported",
                "according to",
                "A ransomware group calling itself Nightjar claimed responsibility for the attack",
                75,
                155,
            ),
            (
                "Brackwater Energy",
                "organisation",
                "reported",
                "said",
                "it would offer affected customers free credit monitoring",
                281,
                337,
            ),
        ],
    ),
    "a_trustee_is_a_title": (
        'Trustee Isolde Pennworth said she was prepared for that fight. "Let them overrule us in public," Pennworth said.',
        [
            (
                "Isolde Pennworth",
                "Trustee",
                "reported",
                "said",
                "she was prepared for that fight",
                30,
                61,
            ),
            (
                "Isolde Pennworth",
                "Trustee",
                "direct",
                "said",
                "Let them overrule us in public",
                64,
                94,
            ),
        ],
    ),
    "an_acronym_of_a_us_department": (
        "The U.S. Department of Agriculture said on Friday that it had confirmed the cases. Migrating birds most likely brought the virus into the region, the USDA said.",
        [
            (
                "U.S. Department of Agriculture",
                "organisation",
                "reported",
                "said",
                "it had confirmed the cases",
                55,
                81,
            ),
            (
                "U.S. Department of Agriculture",
                "organisation",
                "reported",
                "said",
                "Migrating birds most likely brought the virus into the region",
                83,
                144,
            ),
        ],
    ),
    "a_company_whose_name_ends_in_corp_is_the_company": (
        'The mine\'s owner, Tarrowvale Copper Corp., said in a statement that rain had overwhelmed the spillway.\n\n"We deeply regret the impact," the company said. It said the discharge had stopped by Monday afternoon.',
        [
            (
                "Tarrowvale Copper Corp.",
                "organisation",
                "reported",
                "said",
                "rain had overwhelmed the spillway",
                68,
                101,
            ),
            (
                "Tarrowvale Copper Corp.",
                "organisation",
                "direct",
                "said",
                "We deeply regret the impact",
                105,
                132,
            ),
            (
                "Tarrowvale Copper Corp.",
                "organisation",
                "reported",
                "said",
                "the discharge had stopped by Monday afternoon",
                161,
                206,
            ),
        ],
    ),
}


@pytest.mark.parametrize("case", sorted(ROUND8_PATTERNS))
def test_round8_patterns(case: str) -> None:
    """A lower-case description then a full name; a place after "of"; "Kenya's <name>"; a lone
    name used mid-sentence that no person bears."""
    text, expected = ROUND8_PATTERNS[case]
    got = [
        (a.speaker, a.role, a.kind, a.cue, a.quote, a.start, a.end)
        for a in extract_attributions(text)
    ]
    assert got == expected


# Round 11 (lead, from heldout11's errors, and heldout8-10 seen): descriptions before a name,
# statements and notices, organisations named by description, the company or team a story opens
# with, fragments inside the writer's clause, semicolons.
ROUND11_PATTERNS: dict[str, tuple[str, list[tuple[str, str, str, str, str, int, int]]]] = {
    "lower_case_description_before_an_appositive_name": (
        "The coalition met on Monday. Its treasurer, retired pharmacist Odile Brancroft, said the coalition had raised $40,000 since June.",
        [
            (
                "Odile Brancroft",
                "retired pharmacist",
                "reported",
                "said",
                "the coalition had raised $40,000 since June",
                85,
                128,
            ),
        ],
    ),
    "state_title_in_an_appositive_after_a_role": (
        "The measure cleared the House on Thursday. Its sponsor, state Rep. Lionel Farthingale, said the bill would cap rent increases at 5 percent a year.",
        [
            (
                "Lionel Farthingale",
                "state Rep.",
                "reported",
                "said",
                "the bill would cap rent increases at 5 percent a year",
                92,
                145,
            ),
        ],
    ),
    "including_before_a_name_is_no_description": (
        'Many parents, including Rosalind Ekwueme-Barr, had asked the board to delay the vote.\n\n"We need more time," she said.',
        [
            ("Rosalind Ekwueme-Barr", "", "direct", "said", "We need more time", 88, 105),
        ],
    ),
    "the_statement_speaks_for_who_issued_it": (
        "The hospital will close its birthing center on March 1, Wrenfield Health Partners said in a statement. It had not been able to hire enough nurses for two years, the statement said.",
        [
            (
                "Wrenfield Health Partners",
                "organisation",
                "reported",
                "said",
                "The hospital will close its birthing center on March 1",
                0,
                54,
            ),
            (
                "Wrenfield Health Partners",
                "organisation",
                "reported",
                "said",
                "It had not been able to hire enough nurses for two years",
                103,
                159,
            ),
        ],
    ),
    "the_notice_speaks_for_the_company_that_posted_it": (
        "Brisket Hollow Foods recalled 12,000 cans of chili on Tuesday. The cans may contain small pieces of glass from a broken jar, the company said in a notice on its website. No injuries have been reported so far, the notice said.",
        [
            (
                "Brisket Hollow Foods",
                "organisation",
                "reported",
                "said",
                "The cans may contain small pieces of glass from a broken jar",
                63,
                123,
            ),
            (
                "Brisket Hollow Foods",
                "organisation",
                "reported",
                "said",
                "No injuries have been reported so far",
                170,
                207,
            ),
        ],
    ),
    "a_coast_guard_named_in_lower_case_is_an_organisation": (
        "The freighter lost power about 30 miles offshore before dawn, the Tressaly coast guard said on Friday. Later the coast guard said all 22 crew members had been taken off safely.",
        [
            (
                "Tressaly coast guard",
                "organisation",
                "reported",
                "said",
                "The freighter lost power about 30 miles offshore before dawn",
                0,
                60,
            ),
            (
                "Tressaly coast guard",
                "organisation",
                "reported",
                "said",
                "all 22 crew members had been taken off safely",
                130,
                175,
            ),
        ],
    ),
    "a_company_named_as_the_owner_becomes_the_company": (
        "Inspectors from the Marwood Harbor Authority said the dock had been cleared. Reporters waited outside the offices of the barge's owner, Quellbrook Shipping. The company said its crew had followed every safety rule.",
        [
            (
                "Inspectors from the Marwood Harbor Authority",
                "group",
                "reported",
                "said",
                "the dock had been cleared",
                50,
                75,
            ),
            (
                "Quellbrook Shipping",
                "organisation",
                "reported",
                "said",
                "its crew had followed every safety rule",
                174,
                213,
            ),
        ],
    ),
    "the_union_described_then_named": (
        "The union representing nurses at the clinic, Healthcare Workers Local 902, said in a statement that staffing had fallen below safe levels.",
        [
            (
                "Healthcare Workers Local 902",
                "organisation",
                "reported",
                "said",
                "staffing had fallen below safe levels",
                100,
                137,
            ),
        ],
    ),
    "the_credit_union_is_the_named_one_not_the_description": (
        "A Kansas credit union lost $2 million to fraud last year. The Pelliford Plains Federal Credit Union fired its branch manager in May. In a statement, the credit union said it had tightened its rules for large transfers.",
        [
            (
                "Pelliford Plains Federal Credit Union",
                "organisation",
                "reported",
                "said",
                "it had tightened its rules for large transfers",
                171,
                217,
            ),
        ],
    ),
    "a_group_described_then_named_is_the_group": (
        "Vantage Rowe Homes said it would start building in April. A neighborhood group, Save Ashdown Meadow, has collected signatures against the project. It had gathered about 2,100 names by Sunday, the group said.",
        [
            (
                "Vantage Rowe Homes",
                "organisation",
                "reported",
                "said",
                "it would start building in April",
                24,
                56,
            ),
            (
                "Save Ashdown Meadow",
                "organisation",
                "reported",
                "said",
                "It had gathered about 2,100 names by Sunday",
                147,
                190,
            ),
        ],
    ),
    "a_survey_named_by_its_maker_and_a_participle": (
        "Most renters back the cap, according to a Tillbrook Research Group survey released this week. Support was strongest among voters under 35, the poll found.",
        [
            (
                "Tillbrook Research Group",
                "organisation",
                "reported",
                "according to",
                "Most renters back the cap",
                0,
                25,
            ),
            (
                "Tillbrook Research Group",
                "organisation",
                "reported",
                "found",
                "Support was strongest among voters under 35",
                94,
                137,
            ),
        ],
    ),
    "a_time_after_the_office_is_not_its_name": (
        "The levy passed with 58 percent of the vote, according to unofficial results posted by the Harnell County Elections Office late Tuesday.",
        [
            (
                "Harnell County Elections Office",
                "organisation",
                "reported",
                "according to",
                "The levy passed with 58 percent of the vote",
                0,
                43,
            ),
        ],
    ),
    "a_commissioned_study_speaks_for_itself": (
        "Fixing the two bridges would cost about $31 million over ten years, a 2024 engineering study commissioned by the county found.",
        [
            (
                "engineering study",
                "records",
                "reported",
                "found",
                "Fixing the two bridges would cost about $31 million over ten years",
                0,
                66,
            ),
        ],
    ),
    "a_quoted_fragment_inside_the_writers_clause": (
        'Councilwoman Mara Bellamy left the chamber early. After the vote, Bellamy said she felt "no regret at all" about the decision to resign.',
        [
            (
                "Mara Bellamy",
                "Councilwoman",
                "reported",
                "said",
                'she felt "no regret at all" about the decision to resign',
                79,
                135,
            ),
            ("Mara Bellamy", "Councilwoman", "direct", "said", "no regret at all", 89, 105),
        ],
    ),
    "a_semicolon_opens_a_second_statement": (
        "The dispute turns on one map. The Tressaly government says an 1898 survey gives it the island; the Orvane government says the survey was never signed.",
        [
            (
                "Tressaly government",
                "organisation",
                "reported",
                "says",
                "an 1898 survey gives it the island",
                59,
                93,
            ),
            (
                "Orvane government",
                "organisation",
                "reported",
                "says",
                "the survey was never signed",
                122,
                149,
            ),
        ],
    ),
    "the_company_the_lede_opens_with": (
        "DENVER (TW) — Halvorsen Kitchens will close its factory in Pueblo by June and move the work to Texas, eliminating about 310 jobs, the company said on Monday.",
        [
            (
                "Halvorsen Kitchens",
                "organisation",
                "reported",
                "said",
                "Halvorsen Kitchens will close its factory in Pueblo by June and move the work to Texas, eliminating about 310 jobs",
                14,
                128,
            ),
        ],
    ),
    "the_club_the_lede_opens_with": (
        'SPOKANE, Wash. — The Spokane Riverhawks fired their manager on Sunday after a sixth straight loss.\n\n"We thank him for three hard-working seasons," the club said in a statement.',
        [
            (
                "Spokane Riverhawks",
                "organisation",
                "direct",
                "said",
                "We thank him for three hard-working seasons",
                101,
                144,
            ),
        ],
    ),
    "a_team_is_never_the_council_it_bargained_with": (
        'The Dalbury City Council voted 6-1 for the lease. The Kestrels\' owner, Ansel Whitmire, said in a statement that he was "relieved for the fans." The team had threatened to move to another state if a deal was not reached.',
        [
            (
                "Ansel Whitmire",
                "Kestrels' owner",
                "reported",
                "said",
                'he was "relieved for the fans."',
                112,
                143,
            ),
            (
                "Ansel Whitmire",
                "Kestrels' owner",
                "direct",
                "said",
                "relieved for the fans.",
                120,
                142,
            ),
        ],
    ),
    "results_from_an_office_speak_for_the_office": (
        "Ortega won 53.4 percent of the vote, according to unofficial results from the Delacombe County Elections Office. The elections office said about 1,900 ballots were still to be counted.",
        [
            (
                "Delacombe County Elections Office",
                "organisation",
                "reported",
                "according to",
                "Ortega won 53.4 percent of the vote",
                0,
                35,
            ),
            (
                "Delacombe County Elections Office",
                "organisation",
                "reported",
                "said",
                "about 1,900 ballots were still to be counted",
                139,
                183,
            ),
        ],
    ),
    "a_year_before_the_maker_is_no_part_of_its_name": (
        "Most parents favor a later school start, according to a 2024 Fenwright Research Institute survey.",
        [
            (
                "Fenwright Research Institute",
                "organisation",
                "reported",
                "according to",
                "Most parents favor a later school start",
                0,
                39,
            ),
        ],
    ),
    "a_name_with_and_before_made_is_the_filer": (
        "A transformer at the substation had failed an inspection in March, according to a filing Brayton Gas and Electric made with state regulators on Monday night.",
        [
            (
                "Brayton Gas and Electric",
                "organisation",
                "reported",
                "according to",
                "A transformer at the substation had failed an inspection in March",
                0,
                65,
            ),
        ],
    ),
    "the_day_is_no_part_of_an_unnamed_source": (
        "A federal judge on Tuesday blocked the state from enforcing its new library law, ruling that the law probably violates the First Amendment.",
        [
            (
                "a federal judge",
                "unnamed source",
                "reported",
                "ruling",
                "the law probably violates the First Amendment",
                93,
                138,
            ),
        ],
    ),
    "a_numbered_local_with_and_in_its_name": (
        "Members approved the contract by 88 percent to 12 percent, the Tug and Barge Operators Local 17 said on Sunday.",
        [
            (
                "Tug and Barge Operators Local 17",
                "organisation",
                "reported",
                "said",
                "Members approved the contract by 88 percent to 12 percent",
                0,
                57,
            ),
        ],
    ),
    "a_union_is_never_the_company": (
        "Drummond Orchards will lay off 90 packing workers in May, the company said on Monday. The Farm and Cannery Workers Local 6 said in a statement that it would fight the layoffs. Shipments will resume next week after repairs to the cold store, the company said.",
        [
            (
                "Drummond Orchards",
                "organisation",
                "reported",
                "said",
                "Drummond Orchards will lay off 90 packing workers in May",
                0,
                56,
            ),
            (
                "Farm and Cannery Workers Local 6",
                "organisation",
                "reported",
                "said",
                "it would fight the layoffs",
                148,
                174,
            ),
            (
                "Drummond Orchards",
                "organisation",
                "reported",
                "said",
                "Shipments will resume next week after repairs to the cold store",
                176,
                239,
            ),
        ],
    ),
}


@pytest.mark.parametrize("case", sorted(ROUND11_PATTERNS))
def test_round11_patterns(case: str) -> None:
    """Who speaks, by what cue, over which exact span, for each round-11 pattern."""
    text, expected = ROUND11_PATTERNS[case]
    got = [
        (a.speaker, a.role, a.kind, a.cue, a.quote, a.start, a.end)
        for a in extract_attributions(text)
    ]
    assert got == expected


def test_bench_speaker_names_ignore_a_leading_article() -> None:
    """The scorer takes "a nurse in the unit" and "the nurse in the unit" for one source."""
    norm = _bench().norm
    assert norm("a nurse in the unit") == "nurse in the unit"
    assert norm("The Tacoma Tide") == "tacoma tide"
    assert norm("An Oregon judge") == "oregon judge"
    assert norm("Anna Berg") == "anna berg"


def test_bench_speaker_names_ignore_a_leading_count() -> None:
    """ "one Democratic strategist", "another aide" and "two people familiar with the talks"
    are the labelled "Democratic strategist", "aide" and "people familiar with the talks"."""
    norm = _bench().norm
    assert norm("one Democratic strategist") == "democratic strategist"
    assert norm("another aide") == "aide"
    assert norm("two people familiar with the talks") == "people familiar with the talks"
    assert norm("the two senators") == "senators"
    assert norm("Another") == "another"


# Round 12 (lead, from heldout12's errors after its clean run): pollsters and margins, offices
# named after titles, records with participles, campaigns, two people together, groups, plural
# present cues, tags before a second clause.
ROUND12_PATTERNS: dict[str, tuple[str, list[tuple[str, str, str, str, str, int, int]]]] = {
    "a_margin_after_by_is_no_pollster": (
        "The race is tied, according to a poll released Monday by Brantley College.\n\nIn May, the same poll had Osgood ahead by five points.\n\nMost voters expect prices to keep rising, according to the poll.",
        [
            (
                "Brantley College",
                "organisation",
                "reported",
                "according to",
                "The race is tied",
                0,
                16,
            ),
            (
                "Brantley College",
                "organisation",
                "reported",
                "according to",
                "Most voters expect prices to keep rising",
                132,
                172,
            ),
        ],
    ),
    "an_office_named_after_a_title_is_an_organisation": (
        "About a third of voters are registered as independents, according to the Nevada Secretary of State's Office.",
        [
            (
                "Nevada Secretary of State's Office",
                "organisation",
                "reported",
                "according to",
                "About a third of voters are registered as independents",
                0,
                54,
            ),
        ],
    ),
    "a_deputy_administrator_is_one_title": (
        "The official, FAA Deputy Administrator Lorna Petrakis, told the panel that the agency had hired 1,500 controllers last year.",
        [
            (
                "Lorna Petrakis",
                "FAA Deputy Administrator; official",
                "reported",
                "told",
                "the agency had hired 1,500 controllers last year",
                75,
                123,
            ),
        ],
    ),
    "filings_made_public_and_the_same_filings": (
        "Corliss lent his campaign another $4 million, according to Federal Election Commission filings made public Thursday. Her campaign had $6.1 million left on Oct. 1, according to the same filings.",
        [
            (
                "Federal Election Commission filings",
                "records",
                "reported",
                "according to",
                "Corliss lent his campaign another $4 million",
                0,
                44,
            ),
            (
                "Federal Election Commission filings",
                "records",
                "reported",
                "according to",
                "Her campaign had $6.1 million left on Oct. 1",
                117,
                161,
            ),
        ],
    ),
    "a_possessive_campaign_before_a_participle": (
        '"We will keep going," Renata Quist said. Quist\'s campaign filed a complaint with the elections board, arguing that the ads were coordinated illegally.',
        [
            ("Renata Quist", "", "direct", "said", "We will keep going", 1, 19),
            (
                "Quist campaign",
                "organisation",
                "reported",
                "arguing",
                "the ads were coordinated illegally",
                115,
                149,
            ),
        ],
    ),
    "two_people_named_together": (
        'Rep. Harold Benning said the agency was slow. Rep. Dolores Ybarra said the agency was careless. In a joint letter, Benning and Ybarra wrote that they expected "a full staffing plan within 30 days."',
        [
            ("Harold Benning", "Rep.", "reported", "said", "the agency was slow", 25, 44),
            ("Dolores Ybarra", "Rep.", "reported", "said", "the agency was careless", 71, 94),
            (
                "Harold Benning and Dolores Ybarra",
                "group",
                "reported",
                "wrote",
                'they expected "a full staffing plan within 30 days."',
                145,
                197,
            ),
        ],
    ),
    "the_group_the_sentence_before_opens_with": (
        'The sheriff\'s office said the ad was false and misleading to voters. Desert Ledger Action stood by the ad. "Every claim is backed by public records," the group said in a statement.',
        [
            (
                "sheriff's office",
                "organisation",
                "reported",
                "said",
                "the ad was false and misleading to voters",
                26,
                67,
            ),
            (
                "Desert Ledger Action",
                "organisation",
                "direct",
                "said",
                "Every claim is backed by public records",
                108,
                147,
            ),
        ],
    ),
    "owners_met_first_as_the_owners_of": (
        "The owners of three rival bakeries say they lost most of their city contracts in 2023.",
        [
            (
                "owners of three rival bakeries",
                "group",
                "reported",
                "say",
                "they lost most of their city contracts in 2023",
                39,
                85,
            ),
        ],
    ),
    "allies_of_a_candidate_are_a_group": (
        "Mendel's allies argue that her seniority is worth more to the district than any new face.",
        [
            (
                "Mendel's allies",
                "group",
                "reported",
                "argue",
                "her seniority is worth more to the district than any new face",
                27,
                88,
            ),
        ],
    ),
    "point_out_then_argue_as_two_statements": (
        "Supporters of the measure point out that it exempts new buildings for 10 years and argue that it is milder than the cap Oregon passed in 2019.",
        [
            (
                "Supporters of the measure",
                "group",
                "reported",
                "point",
                "it exempts new buildings for 10 years",
                41,
                78,
            ),
            (
                "Supporters of the measure",
                "group",
                "reported",
                "argue",
                "it is milder than the cap Oregon passed in 2019",
                94,
                141,
            ),
        ],
    ),
    "its_role_and_name_after_the_statement": (
        "The state party has not endorsed anyone in the primary and will not do so, its chairman, Felipe Arquette, said.",
        [
            (
                "Felipe Arquette",
                "chairman",
                "reported",
                "said",
                "The state party has not endorsed anyone in the primary and will not do so",
                0,
                73,
            ),
        ],
    ),
    "is_also_saying_with_an_adverb": (
        "Marcus Tolliver spoke in Dayton. In recent days he is also saying he will refuse money from corporate political action committees.",
        [
            (
                "Marcus Tolliver",
                "",
                "reported",
                "saying",
                "he will refuse money from corporate political action committees",
                66,
                129,
            ),
        ],
    ),
    "the_secretary_of_states_office_named_in_full_before": (
        "Lenz received 51 percent, according to unofficial results from the Ohio Secretary of State's Office. Early voting begins Oct. 8 in most counties, the secretary of state's office said.",
        [
            (
                "Ohio Secretary of State's Office",
                "organisation",
                "reported",
                "according to",
                "Lenz received 51 percent",
                0,
                24,
            ),
            (
                "Ohio Secretary of State's Office",
                "organisation",
                "reported",
                "said",
                "Early voting begins Oct. 8 in most counties",
                101,
                144,
            ),
        ],
    ),
    "a_clause_after_the_tag_is_the_speakers_too": (
        'Nina Halvorsen, the governor\'s spokeswoman, called that account "false." The chief of staff had met with Senate staff six times since May, Halvorsen said, and the governor herself had met with the leader twice.',
        [
            ("Nina Halvorsen", "governor's spokeswoman", "direct", "called", "false.", 65, 71),
            (
                "Nina Halvorsen",
                "governor's spokeswoman",
                "reported",
                "said",
                "The chief of staff had met with Senate staff six times since May",
                73,
                137,
            ),
            (
                "Nina Halvorsen",
                "governor's spokeswoman",
                "reported",
                "said",
                "the governor herself had met with the leader twice",
                159,
                209,
            ),
        ],
    ),
    "called_by_the_plaintiffs_is_no_speech": (
        "The case turned on the testimony of Orla Fenwick, a statistician at Ridgeway University who was called by the plaintiffs. She testified that the map moved about 40,000 voters out of the district.",
        [
            (
                "Orla Fenwick",
                "",
                "reported",
                "testified",
                "the map moved about 40,000 voters out of the district",
                141,
                194,
            ),
        ],
    ),
    "a_capitalised_point_is_a_name": (
        "The move comes days after a poll by Harlow Point University found Pellew leading by six points among likely voters.",
        [
            (
                "Harlow Point University",
                "organisation",
                "reported",
                "found",
                "Pellew leading by six points among likely voters",
                66,
                114,
            ),
        ],
    ),
    "a_universitys_study_found_after_the_statement": (
        "Rent caps reduced the supply of rental housing by about 12 percent, a 2021 Marlow University study found.",
        [
            (
                "Marlow University",
                "organisation",
                "reported",
                "found",
                "Rent caps reduced the supply of rental housing by about 12 percent",
                0,
                66,
            ),
        ],
    ),
    "a_pollsters_poll_with_a_participle_phrase": (
        "A Tennant Research poll taken in early October found Ruiz ahead 49 percent to 45 percent.",
        [
            (
                "Tennant Research",
                "organisation",
                "reported",
                "found",
                "Ruiz ahead 49 percent to 45 percent",
                53,
                88,
            ),
        ],
    ),
    "a_poll_released_last_week_found_after_the_statement": (
        "Most voters disapprove of the budget talks, a Hollis College poll released last week found.",
        [
            (
                "Hollis College",
                "organisation",
                "reported",
                "found",
                "Most voters disapprove of the budget talks",
                0,
                42,
            ),
        ],
    ),
    "a_poll_by_a_pollster_with_a_participle": (
        "A poll by Wexcombe Research released Monday found Tran leading 47 percent to 44 percent.",
        [
            (
                "Wexcombe Research",
                "organisation",
                "reported",
                "found",
                "Tran leading 47 percent to 44 percent",
                50,
                87,
            ),
        ],
    ),
    "a_poll_conducted_for_one_group_by_another": (
        "A poll conducted for the tenants' union by Brisbane Strategies in July found 58 percent of likely voters backing the measure.",
        [
            (
                "Brisbane Strategies",
                "organisation",
                "reported",
                "found",
                "58 percent of likely voters backing the measure",
                77,
                124,
            ),
        ],
    ),
    "the_campaign_is_never_the_pollster": (
        "The committee, Oregonians for Fair Rents, has raised $3 million. A poll by Wexcombe Research released Monday found the measure ahead. The opposition campaign said its own polling showed support falling below 50 percent.",
        [
            (
                "Wexcombe Research",
                "organisation",
                "reported",
                "found",
                "the measure ahead",
                115,
                132,
            ),
        ],
    ),
    "shot_back_is_a_speech_cue": (
        'Mara Delgado spoke first. "Meters today, shut-offs tomorrow," Delgado shot back.',
        [
            ("Mara Delgado", "", "direct", "shot back", "Meters today, shut-offs tomorrow", 27, 59),
        ],
    ),
    "but_did_not_is_the_writers": (
        "The FAA said it would respond to the letter but did not commit to a deadline.",
        [
            (
                "Federal Aviation Administration",
                "organisation",
                "reported",
                "said",
                "it would respond to the letter",
                13,
                43,
            ),
        ],
    ),
    "a_second_clause_with_a_quoted_fragment": (
        'Filing closes March 30 and primaries are set for June 9, the Idaho Election Commission said, and any change to the map after May would be "extremely difficult" to carry out.',
        [
            (
                "Idaho Election Commission",
                "organisation",
                "reported",
                "said",
                "Filing closes March 30 and primaries are set for June 9",
                0,
                55,
            ),
            (
                "Idaho Election Commission",
                "organisation",
                "reported",
                "said",
                'any change to the map after May would be "extremely difficult" to carry out',
                97,
                172,
            ),
        ],
    ),
}


@pytest.mark.parametrize("case", sorted(ROUND12_PATTERNS))
def test_round12_patterns(case: str) -> None:
    """Who speaks, by what cue, over which exact span, for each round-12 pattern."""
    text, expected = ROUND12_PATTERNS[case]
    got = [
        (a.speaker, a.role, a.kind, a.cue, a.quote, a.start, a.end)
        for a in extract_attributions(text)
    ]
    assert got == expected


# Round 13 (lead, from heldout13's errors after its clean run): party-and-state tags, titles with
# "state", offices, asides, relative clauses with lists, sources named after "according to".
ROUND13_PATTERNS: dict[str, tuple[str, list[tuple[str, str, str, str, str, int, int]]]] = {
    "a_party_tag_with_periods_after_a_senator": (
        "Committee Chairman Leonard Okafor, D-Ill., said he expected the bill to reach the floor in April.",
        [
            (
                "Leonard Okafor",
                "Committee Chairman",
                "reported",
                "said",
                "he expected the bill to reach the floor in April",
                48,
                96,
            ),
        ],
    ),
    "a_party_tag_before_a_relative_clause": (
        'Sen. William Tasker, R-Mont., who voted against it, said the legalization provisions amounted to "amnesty with extra paperwork."',
        [
            (
                "William Tasker",
                "Sen.",
                "reported",
                "said",
                'the legalization provisions amounted to "amnesty with extra paperwork."',
                57,
                128,
            ),
            ("William Tasker", "Sen.", "direct", "said", "amnesty with extra paperwork.", 98, 127),
        ],
    ),
    "a_party_tag_inside_an_appositive": (
        "Its sponsor, state Sen. Carl Whitmore, R-Elko, said he would begin counting votes for an override immediately.",
        [
            (
                "Carl Whitmore",
                "state Sen.",
                "reported",
                "said",
                "he would begin counting votes for an override immediately",
                52,
                109,
            ),
        ],
    ),
    "a_party_tag_after_and": (
        "Two senators spoke, and Sen. Ann Lee, D-Ohio, said she would vote no on the bill this week.",
        [
            (
                "Ann Lee",
                "Sen.",
                "reported",
                "said",
                "she would vote no on the bill this week",
                51,
                90,
            ),
        ],
    ),
    "a_clause_with_its_own_verb_around_a_quotation": (
        'Rep. Ana Villaverde, D-N.M., wrote on X that Republicans had "a culture of corruption, not just one bad apple."',
        [
            (
                "Ana Villaverde",
                "Rep.",
                "reported",
                "wrote",
                'Republicans had "a culture of corruption, not just one bad apple."',
                45,
                111,
            ),
        ],
    ),
    "a_place_before_state_sen": (
        'Ohio state Sen. Gordon Ulrich, a Republican, said he was "seriously considering" a run for the seat.',
        [
            (
                "Gordon Ulrich",
                "Ohio state Sen.; Republican",
                "reported",
                "said",
                'he was "seriously considering" a run for the seat',
                50,
                99,
            ),
            (
                "Gordon Ulrich",
                "Ohio state Sen.; Republican",
                "direct",
                "said",
                "seriously considering",
                58,
                79,
            ),
        ],
    ),
    "the_office_of_the_attorney_general": (
        "Texas officials were more skeptical; the office of the Texas attorney general said it was reviewing whether the bill would preempt state laws.",
        [
            (
                "office of the Texas attorney general",
                "organisation",
                "reported",
                "said",
                "it was reviewing whether the bill would preempt state laws",
                83,
                141,
            ),
        ],
    ),
    "both_campaigns_as_a_group": (
        "Both campaigns say they expect the ads to keep coming through November.",
        [
            (
                "Both campaigns",
                "group",
                "reported",
                "say",
                "they expect the ads to keep coming through November",
                19,
                70,
            ),
        ],
    ),
    "an_aside_between_subject_and_cue": (
        "Immigrant advocates, for their part, say the bill does too little for the millions of other immigrants.",
        [
            (
                "Immigrant advocates",
                "group",
                "reported",
                "say",
                "the bill does too little for the millions of other immigrants",
                41,
                102,
            ),
        ],
    ),
    "a_relative_clause_with_a_list_of_places": (
        "The Western Orchard Growers Council, which represents farms in California, Oregon and Washington, said a third of its members had left crops unpicked.",
        [
            (
                "Western Orchard Growers Council",
                "organisation",
                "reported",
                "said",
                "a third of its members had left crops unpicked",
                103,
                149,
            ),
        ],
    ),
    "and_called_the_report_is_a_second_statement": (
        'His attorney, Marcia Tennant, said he would appeal and called the report "a rushed document built on assumptions."',
        [
            ("Marcia Tennant", "attorney", "reported", "said", "he would appeal", 35, 50),
            (
                "Marcia Tennant",
                "attorney",
                "direct",
                "called",
                "a rushed document built on assumptions.",
                74,
                113,
            ),
        ],
    ),
    "a_source_named_after_according_to": (
        "The university has hired an outside law firm to review the case, according to a university spokesman, Derek Tolliver, who said the firm would report to the trustees by March.",
        [
            (
                "Derek Tolliver",
                "university spokesman",
                "reported",
                "according to",
                "The university has hired an outside law firm to review the case",
                0,
                63,
            ),
            (
                "Derek Tolliver",
                "university spokesman",
                "reported",
                "said",
                "the firm would report to the trustees by March",
                127,
                173,
            ),
        ],
    ),
    "advocates_with_a_named_group": (
        "Advocates with the group Sandown Justice Now say they will push for more money for the crisis team next year.",
        [
            (
                "Sandown Justice Now",
                "organisation",
                "reported",
                "say",
                "they will push for more money for the crisis team next year",
                49,
                108,
            ),
        ],
    ),
    "a_court_ruled_that": (
        "In 2023 the state's Commonwealth Court ruled that the school funding system violated the state constitution.",
        [
            (
                "Commonwealth Court",
                "organisation",
                "reported",
                "ruled",
                "the school funding system violated the state constitution",
                50,
                107,
            ),
        ],
    ),
    "a_judge_ruled_that": (
        "Judge Ann Leclerc ruled that the law was void and could not be enforced.",
        [
            (
                "Ann Leclerc",
                "Judge",
                "reported",
                "ruled",
                "the law was void and could not be enforced",
                29,
                71,
            ),
        ],
    ),
    "held_is_a_ruling_only_for_a_court": (
        "The team held that the game was fair.",
        [],
    ),
    "experts_largely_agree_that": (
        "Economists largely agree that tariffs on metals raise costs for manufacturers that use them.",
        [
            (
                "Economists",
                "group",
                "reported",
                "agree",
                "tariffs on metals raise costs for manufacturers that use them",
                30,
                91,
            ),
        ],
    ),
    "groups_worry_that": (
        "Farm groups worry that trading partners will retaliate against American soybeans and pork.",
        [
            (
                "Farm groups",
                "group",
                "reported",
                "worry",
                "trading partners will retaliate against American soybeans and pork",
                23,
                89,
            ),
        ],
    ),
    "worry_about_is_no_statement": (
        "Parents worry about the cost of the new buses this year.",
        [],
    ),
    "many_of_her_supporters_believe": (
        "Many of her supporters in farm country believe metering is the first step toward rationing.",
        [
            # Round 15: the partitive is kept as written, its head an alias.
            (
                "Many of her supporters in farm country",
                "group",
                "reported",
                "believe",
                "metering is the first step toward rationing",
                47,
                90,
            ),
        ],
    ),
    "a_long_description_before_a_one_word_name": (
        "The nonpartisan fact-checking project VeriCheck found that Tremaine sold his shares in 2014 but stayed on as a paid adviser until 2017.",
        [
            (
                "VeriCheck",
                "organisation",
                "reported",
                "found",
                "Tremaine sold his shares in 2014 but stayed on as a paid adviser until 2017",
                59,
                134,
            ),
        ],
    ),
    "a_capitalised_data_ends_a_name": (
        "The two companies sell about 38 percent of the salty snacks in U.S. grocery stores, according to estimates by the market research firm Nolwood Retail Data.",
        [
            (
                "Nolwood Retail Data",
                "organisation",
                "reported",
                "according to",
                "The two companies sell about 38 percent of the salty snacks in U.S. grocery stores",
                0,
                82,
            ),
        ],
    ),
    "a_note_from_analysts_at_a_firm": (
        'The price was "full but fair," according to a note from analysts at Rowlands Capital.',
        [
            (
                "Rowlands Capital",
                "organisation",
                "reported",
                "according to",
                'The price was "full but fair,"',
                0,
                30,
            ),
            ("Rowlands Capital", "organisation", "direct", "according to", "full but fair", 15, 28),
        ],
    ),
    "according_to_officials_as_a_group": (
        "More than 300,000 homes and businesses were without power on Tuesday, according to state officials.",
        [
            (
                "state officials",
                "group",
                "reported",
                "according to",
                "More than 300,000 homes and businesses were without power on Tuesday",
                0,
                68,
            ),
        ],
    ),
    "according_to_a_body_which_said": (
        "The storm came ashore with winds of 120 mph, according to the National Weather Service, which said storm surge reached 11 feet in parts of the parish.",
        [
            (
                "National Weather Service",
                "organisation",
                "reported",
                "according to",
                "The storm came ashore with winds of 120 mph",
                0,
                43,
            ),
            (
                "National Weather Service",
                "organisation",
                "reported",
                "said",
                "storm surge reached 11 feet in parts of the parish",
                99,
                149,
            ),
        ],
    ),
    "an_estimate_by_a_utility_named_before": (
        "Gulfmark Electric, the main utility in the region, said it had 6,000 line workers on the ground. About 60 percent of customers should have power back by Sunday, according to the utility's estimate.",
        [
            (
                "Gulfmark Electric",
                "organisation",
                "reported",
                "said",
                "it had 6,000 line workers on the ground",
                56,
                95,
            ),
            (
                "Gulfmark Electric",
                "organisation",
                "reported",
                "according to",
                "About 60 percent of customers should have power back by Sunday",
                97,
                159,
            ),
        ],
    ),
    "a_body_named_only_by_its_description": (
        "Dr. Graham Pettifer altered images of cell samples between 2018 and 2025, the investigating committee concluded in a 212-page report.",
        [
            (
                "investigating committee",
                "organisation",
                "reported",
                "concluded",
                "Dr. Graham Pettifer altered images of cell samples between 2018 and 2025",
                0,
                72,
            ),
        ],
    ),
}


@pytest.mark.parametrize("case", sorted(ROUND13_PATTERNS))
def test_round13_patterns(case: str) -> None:
    """Who speaks, by what cue, over which exact span, for each round-13 pattern."""
    text, expected = ROUND13_PATTERNS[case]
    got = [
        (a.speaker, a.role, a.kind, a.cue, a.quote, a.start, a.end)
        for a in extract_attributions(text)
    ]
    assert got == expected


# Round 14 (lead, from heldout14's errors after its clean run): two-word places in party tags,
# polls "of N voters", commissioned studies, filings "with" a commission, "counter that", groups
# before "who say", a speaker before "said" over a long phrase after it.
ROUND14_PATTERNS: dict[str, tuple[str, list[tuple[str, str, str, str, str, int, int]]]] = {
    "a_party_tag_with_a_two_word_place": (
        "House Speaker Gideon Tremont, R-Hawley Springs, who supports vouchers, told reporters that he would not bring the bill to the floor.",
        [
            (
                "Gideon Tremont",
                "House Speaker",
                "reported",
                "told",
                "he would not bring the bill to the floor",
                91,
                131,
            ),
        ],
    ),
    "a_poll_of_voters_names_its_pollster": (
        "Only 31 percent of voters approve of the pardon, according to a Pelham Research Group poll of 600 registered voters. The governor's approval fell to 41 percent, the survey found.",
        [
            (
                "Pelham Research Group",
                "organisation",
                "reported",
                "according to",
                "Only 31 percent of voters approve of the pardon",
                0,
                47,
            ),
            (
                "Pelham Research Group",
                "organisation",
                "reported",
                "found",
                "The governor's approval fell to 41 percent",
                117,
                159,
            ),
        ],
    ),
    "a_study_commissioned_by_the_team": (
        "The stadium would support 3,100 permanent jobs, according to an economic impact study commissioned by the Riverhawks.",
        [
            (
                "economic impact study",
                "records",
                "reported",
                "according to",
                "The stadium would support 3,100 permanent jobs",
                0,
                46,
            ),
        ],
    ),
    "a_filing_with_a_commission_is_the_companys": (
        "Cascade Ridge Power wants a rate increase. The increase would add about $23 a month to the average bill, according to the company's filing with the Washington Utilities and Transportation Commission.",
        [
            (
                "Cascade Ridge Power",
                "organisation",
                "reported",
                "according to",
                "The increase would add about $23 a month to the average bill",
                43,
                103,
            ),
        ],
    ),
    "a_party_tag_before_is_saying": (
        "Rep. Anthony Culp, R-Ga., is saying he will vote against any compromise that does not include the work requirements.",
        [
            (
                "Anthony Culp",
                "Rep.",
                "reported",
                "saying",
                "he will vote against any compromise that does not include the work requirements",
                36,
                115,
            ),
        ],
    ),
    "counter_that_is_a_cue": (
        "Republicans counter that work requirements help people find jobs.",
        [
            (
                "Republicans",
                "group",
                "reported",
                "counter",
                "work requirements help people find jobs",
                25,
                64,
            ),
        ],
    ),
    "that_director_and_a_name": (
        "The budget director objected. That director, Jocelyn Abbot, said the sheriff's office already takes up 41 percent of the county's general fund.",
        [
            (
                "Jocelyn Abbot",
                "director",
                "reported",
                "said",
                "the sheriff's office already takes up 41 percent of the county's general fund",
                65,
                142,
            ),
        ],
    ),
    "said_and_predicted_are_two_statements": (
        "Arturo Zamora said states had recovered far more through settlements than through verdicts and predicted the case would settle before trial.",
        [
            (
                "Arturo Zamora",
                "",
                "reported",
                "said",
                "states had recovered far more through settlements than through verdicts",
                19,
                90,
            ),
            (
                "Arturo Zamora",
                "",
                "reported",
                "predicted",
                "the case would settle before trial",
                105,
                139,
            ),
        ],
    ),
    "a_group_before_who_say": (
        "The impasse has frustrated farm-state lawmakers of both parties, who say growers need certainty about crop insurance before they plant next spring.",
        [
            (
                "farm-state lawmakers of both parties",
                "group",
                "reported",
                "say",
                "growers need certainty about crop insurance before they plant next spring",
                73,
                146,
            ),
        ],
    ),
    "a_company_short_name_takes_its_full_name": (
        "A barge owned by Tenby Marine Transport hit a bridge pier on Monday. Tenby Marine said it was deeply sorry for the spill and would pay for the cleanup.",
        [
            (
                "Tenby Marine Transport",
                "organisation",
                "reported",
                "said",
                "it was deeply sorry for the spill and would pay for the cleanup",
                87,
                150,
            ),
        ],
    ),
    "a_coordinated_name_is_not_a_longer_name": (
        "Halvorsen Foods and Brightmoor Brands agreed to merge on Monday. Halvorsen Foods said the deal would close next year after regulators approve it.",
        [
            (
                "Halvorsen Foods",
                "organisation",
                "reported",
                "said",
                "the deal would close next year after regulators approve it",
                86,
                144,
            ),
        ],
    ),
    "analysts_at_an_agency_named_after_its_description": (
        "Analysts at the credit rating agency Stellwood Ratings believe the merger would improve the hospital's finances.",
        [
            (
                "Stellwood Ratings",
                "organisation",
                "reported",
                "believe",
                "the merger would improve the hospital's finances",
                63,
                111,
            ),
        ],
    ),
    "reports_show_as_records": (
        "The group spent about $2.3 million on mailers between January and mid-March, campaign finance reports show.",
        [
            (
                "campaign finance reports",
                "records",
                "reported",
                "show",
                "The group spent about $2.3 million on mailers between January and mid-March",
                0,
                75,
            ),
        ],
    ),
    "according_to_his_campaign": (
        "Sheriff Raymond Delgado spoke. Delgado has now raised $88,000, most of it from county residents, according to his campaign.",
        [
            (
                "Delgado campaign",
                "organisation",
                "reported",
                "according to",
                "Delgado has now raised $88,000, most of it from county residents",
                31,
                95,
            ),
        ],
    ),
    "a_website_owned_by_a_commission": (
        "The agency has sued to block at least six hospital mergers since 2020, according to the Federal Trade Commission's website.",
        [
            (
                "Federal Trade Commission",
                "organisation",
                "reported",
                "according to",
                "The agency has sued to block at least six hospital mergers since 2020",
                0,
                69,
            ),
        ],
    ),
    "its_capitalised_ministry": (
        "Vesmaria rejected that account. Its Foreign Ministry said the trawlers were in waters its fleet has fished for centuries.",
        [
            (
                "Vesmaria Foreign Ministry",
                "organisation",
                "reported",
                "said",
                "the trawlers were in waters its fleet has fished for centuries",
                58,
                120,
            ),
        ],
    ),
    "the_union_named_as_an_association": (
        "The Presque Bay Education Association went on strike. The union believes the pension increase is far smaller than the district claims.",
        [
            (
                "Presque Bay Education Association",
                "organisation",
                "reported",
                "believes",
                "the pension increase is far smaller than the district claims",
                73,
                133,
            ),
        ],
    ),
}


@pytest.mark.parametrize("case", sorted(ROUND14_PATTERNS))
def test_round14_patterns(case: str) -> None:
    """Who speaks, by what cue, over which exact span, for each round-14 pattern."""
    text, expected = ROUND14_PATTERNS[case]
    got = [
        (a.speaker, a.role, a.kind, a.cue, a.quote, a.start, a.end)
        for a in extract_attributions(text)
    ]
    assert got == expected


# Round 15 (lead, from heldout15's errors after its clean run): possessive campaigns past titles,
# provosts, "Co.", documents a body released, department data, two people speaking together.
ROUND15_PATTERNS: dict[str, tuple[str, list[tuple[str, str, str, str, str, int, int]]]] = {
    "her_campaign_past_an_abbreviated_title": (
        "The Democratic side: State Sen. Marisol Echevarria, the likely nominee, has no serious primary opponent. She believes a long Republican fight will help her, and her campaign says it has already reserved $5 million in fall television time.",
        [
            (
                "Marisol Echevarria",
                "State Sen.",
                "reported",
                "believes",
                "a long Republican fight will help her",
                118,
                155,
            ),
            (
                "Echevarria campaign",
                "organisation",
                "reported",
                "says",
                "it has already reserved $5 million in fall television time",
                179,
                237,
            ),
        ],
    ),
    "a_provost_is_a_title": (
        "Provost Hyacinth Boulter said about 11,000 students would qualify.",
        [
            (
                "Hyacinth Boulter",
                "Provost",
                "reported",
                "said",
                "about 11,000 students would qualify",
                30,
                65,
            ),
        ],
    ),
    "co_keeps_its_period": (
        "Gorring Appliance Co. will lay off 420 workers, according to a notice the company filed with the state on Friday. Sales have fallen for six straight quarters, Gorring said in the notice.",
        [
            (
                "Gorring Appliance Co.",
                "organisation",
                "reported",
                "according to",
                "Gorring Appliance Co. will lay off 420 workers",
                0,
                46,
            ),
            (
                "Gorring Appliance Co.",
                "organisation",
                "reported",
                "said",
                "Sales have fallen for six straight quarters",
                114,
                157,
            ),
        ],
    ),
    "an_analysis_the_group_released": (
        "The Waddell Good Government League believes the limits are too easy to evade. Bundles of maximum donations appeared in the reports of at least six candidates, according to an analysis the group released in March.",
        [
            (
                "Waddell Good Government League",
                "organisation",
                "reported",
                "believes",
                "the limits are too easy to evade",
                44,
                76,
            ),
            (
                "Waddell Good Government League",
                "organisation",
                "reported",
                "according to",
                "Bundles of maximum donations appeared in the reports of at least six candidates",
                78,
                157,
            ),
        ],
    ),
    "department_data_speak_for_the_department": (
        "About 4,300 procedures were performed in the state in 2024, according to state health department data.",
        [
            (
                "state health department",
                "organisation",
                "reported",
                "according to",
                "About 4,300 procedures were performed in the state in 2024",
                0,
                58,
            ),
        ],
    ),
    "two_titled_people_with_party_tags": (
        "Moderates are trying to write a compromise. Sen. Adaeze Pembury, D-Ariz., and Sen. Rusty Ruddock, R-Okla., said Friday that they had a draft that paired a shorter extension with a smaller disaster package.",
        [
            (
                "Adaeze Pembury and Rusty Ruddock",
                "group",
                "reported",
                "said",
                "they had a draft that paired a shorter extension with a smaller disaster package",
                124,
                204,
            ),
        ],
    ),
    "two_titled_people_joined_by_and": (
        "Mayor Ann Leclair and Chief Tom Ruiz said the city would hire 40 officers next year.",
        [
            (
                "Ann Leclair and Tom Ruiz",
                "group",
                "reported",
                "said",
                "the city would hire 40 officers next year",
                42,
                83,
            ),
        ],
    ),
    "a_partitive_source_is_kept_as_written": (
        "Twenty-two of those donors told the Tribune-Herald that they had never contributed to any political campaign.",
        [
            (
                "Twenty-two of those donors",
                "group",
                "reported",
                "told",
                "they had never contributed to any political campaign",
                56,
                108,
            ),
        ],
    ),
    "a_reflexive_after_the_subject": (
        "Rebecca Dunmore herself claimed she is the only conservative in this race who has put criminals in prison.",
        [
            (
                "Rebecca Dunmore",
                "",
                "reported",
                "claimed",
                "she is the only conservative in this race who has put criminals in prison",
                32,
                105,
            ),
        ],
    ),
    "her_office_said": (
        "Sen. Ruth Fanshaw questioned the nominee for an hour. Her office said later Tuesday that the senator had asked for a private meeting next week.",
        [
            ("Ruth Fanshaw", "Sen.", "reported", "questioned", "the nominee for an hour", 29, 52),
            (
                "Fanshaw office",
                "organisation",
                "reported",
                "said",
                "the senator had asked for a private meeting next week",
                89,
                142,
            ),
        ],
    ),
    "a_section_label_in_capitals_is_no_cue": (
        'WHAT THEY SAID. Sen. Lorna Heemstra went first. "We are done asking nicely," she told the executives.',
        [
            ("Lorna Heemstra", "", "direct", "told", "We are done asking nicely", 49, 74),
        ],
    ),
    "del_is_a_title": (
        '"This bill is about the moment before the worst moment," said Del. Renata Kilburn, D-Fairfax, the bill\'s chief sponsor, in a floor speech.',
        [
            (
                "Renata Kilburn",
                "Del.; bill's chief sponsor",
                "direct",
                "said",
                "This bill is about the moment before the worst moment",
                1,
                54,
            ),
        ],
    ),
    "a_pastor_is_a_title": (
        'Pastor Ezekiel Dromore, whose church hosted the gathering, wrote on the church\'s Facebook page that members "will make their own medical decisions."',
        [
            (
                "Ezekiel Dromore",
                "Pastor",
                "direct",
                "wrote",
                "will make their own medical decisions.",
                109,
                147,
            ),
        ],
    ),
    "the_union_named_as_workers": (
        "The United Forge and Mill Workers, which represents about 19,000 members in the district, endorsed Caldwell over two rivals. The union said its executive board voted unanimously.",
        [
            (
                "United Forge and Mill Workers",
                "organisation",
                "reported",
                "endorsed",
                "Caldwell over two rivals",
                99,
                123,
            ),
            (
                "United Forge and Mill Workers",
                "organisation",
                "reported",
                "said",
                "its executive board voted unanimously",
                140,
                177,
            ),
        ],
    ),
    "a_described_filer_then_its_name": (
        "A government watchdog group, Campaign Fairness Project, filed a complaint on Tuesday against the super PAC. The group could sue the super PAC directly if the commission does not act, the complaint says.",
        [
            (
                "Campaign Fairness Project",
                "organisation",
                "reported",
                "says",
                "The group could sue the super PAC directly if the commission does not act",
                108,
                181,
            ),
        ],
    ),
}


@pytest.mark.parametrize("case", sorted(ROUND15_PATTERNS))
def test_round15_patterns(case: str) -> None:
    """Who speaks, by what cue, over which exact span, for each round-15 pattern."""
    text, expected = ROUND15_PATTERNS[case]
    got = [
        (a.speaker, a.role, a.kind, a.cue, a.quote, a.start, a.end)
        for a in extract_attributions(text)
    ]
    assert got == expected


# Round 16 (lead, from heldout16's and heldout17's errors after their clean runs): modals before a
# base-form cue, polls "for" a group, "Pro Tempore", semicolons before a finding, editorial boards,
# a paper named in full before.
ROUND16_PATTERNS: dict[str, tuple[str, list[tuple[str, str, str, str, str, int, int]]]] = {
    "whose_office_will_defend_is_no_statement": (
        "The governor's office said the order would stand. Attorney General Nicole Verhart, whose office will defend the order, said she was confident it would be upheld.",
        [
            (
                "governor's office",
                "organisation",
                "reported",
                "said",
                "the order would stand",
                27,
                48,
            ),
            (
                "Nicole Verhart",
                "Attorney General",
                "reported",
                "said",
                "she was confident it would be upheld",
                124,
                160,
            ),
        ],
    ),
    "a_poll_for_a_group": (
        "A poll for the Show-Me Civic League released last month showed 52 percent of likely voters supporting the amendment.",
        [
            (
                "Show-Me Civic League",
                "organisation",
                "reported",
                "showed",
                "52 percent of likely voters supporting the amendment",
                63,
                115,
            ),
        ],
    ),
    "president_pro_tempore_is_one_title": (
        "Senate President Pro Tempore Carla Ashdown said the Senate would take it up the following Tuesday.",
        [
            (
                "Carla Ashdown",
                "Senate President Pro Tempore",
                "reported",
                "said",
                "the Senate would take it up the following Tuesday",
                48,
                97,
            ),
        ],
    ),
    "a_semicolon_before_a_finding": (
        "Many teachers believe the raise is overdue; the Arkwright Teachers Union's own survey found that 38 percent of members had considered leaving.",
        [
            ("teachers", "group", "reported", "believe", "the raise is overdue", 22, 42),
            (
                "Arkwright Teachers Union",
                "organisation",
                "reported",
                "found",
                "38 percent of members had considered leaving",
                97,
                141,
            ),
        ],
    ),
    "an_editorial_board_speaks_for_its_paper": (
        'The Kansas City Trellis\'s editorial board, which endorsed the amendment in April, wrote on Sunday that the new title "reads like it was drafted in a campaign war room."',
        [
            (
                "Kansas City Trellis",
                "organisation",
                "reported",
                "wrote",
                'the new title "reads like it was drafted in a campaign war room."',
                103,
                168,
            ),
        ],
    ),
    "a_paper_named_in_full_before": (
        "The story was first reported by the Marsh Harbor Sentinel. The Sentinel's editorial board has urged the auditor to review every pardon the governor has signed since 2024.",
        [
            (
                "Marsh Harbor Sentinel",
                "organisation",
                "reported",
                "urged",
                "the auditor to review every pardon the governor has signed since 2024",
                100,
                169,
            ),
        ],
    ),
    "an_agency_named_before_the_company_is_no_company": (
        'Pinecrest Mutual Insurers will stop renewing policies. In a filing with the California Department of Insurance, the company said it could no longer "responsibly price" the risk of catastrophic fire.',
        [
            (
                "Pinecrest Mutual Insurers",
                "organisation",
                "reported",
                "said",
                'it could no longer "responsibly price" the risk of catastrophic fire',
                129,
                197,
            ),
            (
                "Pinecrest Mutual Insurers",
                "organisation",
                "direct",
                "said",
                "responsibly price",
                149,
                166,
            ),
        ],
    ),
    "is_claiming_that": (
        'A third candidate, businessman Troy Dunstan, is claiming that the attorney general has "turned his office into a campaign headquarters."',
        [
            (
                "Troy Dunstan",
                "businessman",
                "reported",
                "claiming",
                'the attorney general has "turned his office into a campaign headquarters."',
                62,
                136,
            ),
            (
                "Troy Dunstan",
                "businessman",
                "direct",
                "claiming",
                "turned his office into a campaign headquarters.",
                88,
                135,
            ),
        ],
    ),
    "are_arguing_over_is_no_statement": (
        "The two campaigns are still arguing over that stage.",
        [],
    ),
    "a_campaign_described_then_named": (
        "The campaign behind the amendment, Missourians for Private Choices, says that language is false and will go to court this week.",
        [
            (
                "Missourians for Private Choices",
                "organisation",
                "reported",
                "says",
                "language is false and will go to court this week",
                78,
                126,
            ),
        ],
    ),
    "a_group_called_a_name": (
        "The protesters later told reporters that they belonged to a group called Baymore Youth Climate Action. The group said in a statement posted on its website that its members had bought tickets.",
        [
            (
                "protesters",
                "group",
                "reported",
                "told",
                "they belonged to a group called Baymore Youth Climate Action",
                41,
                101,
            ),
            (
                "Baymore Youth Climate Action",
                "organisation",
                "reported",
                "said",
                "its members had bought tickets",
                160,
                190,
            ),
        ],
    ),
    "a_short_form_takes_the_fuller_name": (
        "The National Weather Bureau issued a flood warning. More rain is forecast for Tuesday, the Weather Bureau said in its latest outlook.",
        [
            (
                "National Weather Bureau",
                "organisation",
                "reported",
                "said",
                "More rain is forecast for Tuesday",
                52,
                85,
            ),
        ],
    ),
    "the_health_system_is_the_hospital_company": (
        "Saint Odile Health was attacked on Monday. More than 400 scheduled surgeries have been postponed, according to the health system, which said its emergency rooms remained open.",
        [
            (
                "Saint Odile Health",
                "organisation",
                "reported",
                "according to",
                "More than 400 scheduled surgeries have been postponed",
                43,
                96,
            ),
            (
                "Saint Odile Health",
                "organisation",
                "reported",
                "said",
                "its emergency rooms remained open",
                141,
                174,
            ),
        ],
    ),
}


@pytest.mark.parametrize("case", sorted(ROUND16_PATTERNS))
def test_round16_patterns(case: str) -> None:
    """Who speaks, by what cue, over which exact span, for each round-16 pattern."""
    text, expected = ROUND16_PATTERNS[case]
    got = [
        (a.speaker, a.role, a.kind, a.cue, a.quote, a.start, a.end)
        for a in extract_attributions(text)
    ]
    assert got == expected


# Rounds 19-31 (dev: heldout12-19, then heldout20-31 after their clean runs): short organisation names take the longer name in
# the article that holds them; records keepers with "of"/"and"; "the reports" again; union
# locals; a second source after its description; chapters of acronyms; an age before "who".
ROUND19_PATTERNS: dict[str, tuple[str, list[tuple[str, str, str, str, str, int, int]]]] = {
    "a_short_bank_name_takes_its_full_name": (
        "Kestrelmoor National Bank agreed to buy the failed lender's deposits. Kestrelmoor said it welcomed Ferrowgate's customers.",
        [
            (
                "Kestrelmoor National Bank",
                "organisation",
                "reported",
                "said",
                "it welcomed Ferrowgate's customers",
                87,
                121,
            ),
        ],
    ),
    "a_records_keeper_named_with_of_and_and": (
        "Large breaches more than doubled between 2020 and 2026, Department of Health and Human Services data show.",
        [
            (
                "Department of Health and Human Services",
                "organisation",
                "reported",
                "show",
                "Large breaches more than doubled between 2020 and 2026",
                0,
                54,
            ),
        ],
    ),
    "a_short_guard_name_takes_the_us_name": (
        "The barge hit a pier at 1:30 a.m., according to the U.S. Coast Guard. The company's towboats had four accidents since 2020, Coast Guard records show.",
        [
            (
                "U.S. Coast Guard",
                "organisation",
                "reported",
                "according to",
                "The barge hit a pier at 1:30 a.m.",
                0,
                33,
            ),
            (
                "U.S. Coast Guard",
                "organisation",
                "reported",
                "show",
                "The company's towboats had four accidents since 2020",
                70,
                122,
            ),
        ],
    ),
    "two_bodies_joined_by_and_are_no_longer_name": (
        "The company said it was cooperating with the Coast Guard and the National Transportation Safety Board. The boats had four accidents, Coast Guard records show.",
        [
            (
                "Coast Guard",
                "organisation",
                "reported",
                "show",
                "The boats had four accidents",
                103,
                131,
            ),
        ],
    ),
    "a_lone_head_word_keeps_its_own_name": (
        "The White House said the bill was dead. The House said it would vote anyway.",
        [
            ("White House", "organisation", "reported", "said", "the bill was dead", 21, 38),
            ("House", "organisation", "reported", "said", "it would vote anyway", 55, 75),
        ],
    ),
    "national_registry_of_x_is_no_person": (
        "Mistaken identification played a role in a quarter of exonerations, according to the National Registry of Exonerations.",
        [
            (
                "National Registry of Exonerations",
                "organisation",
                "reported",
                "according to",
                "Mistaken identification played a role in a quarter of exonerations",
                0,
                66,
            ),
        ],
    ),
    "disclosure_forms_are_records": (
        "He holds shares in two oil companies, financial disclosure forms show.",
        [
            (
                "financial disclosure forms",
                "records",
                "reported",
                "show",
                "He holds shares in two oil companies",
                0,
                36,
            ),
        ],
    ),
    "the_reports_again_are_the_records_cited_before": (
        "Brightmarrow PAC spent about $310,000, campaign finance reports show. Prairieline Taxpayers Alliance spent about $140,000, the reports show.",
        [
            (
                "campaign finance reports",
                "records",
                "reported",
                "show",
                "Brightmarrow PAC spent about $310,000",
                0,
                37,
            ),
            (
                "campaign finance reports",
                "records",
                "reported",
                "show",
                "Prairieline Taxpayers Alliance spent about $140,000",
                70,
                121,
            ),
        ],
    ),
    "a_numbered_local_is_named_as_unions_name_it": (
        "The plant's union, Local 562 of the United Metal and Appliance Workers, said it would demand that the company honor seniority rules.",
        [
            (
                "United Metal and Appliance Workers Local 562",
                "organisation",
                "reported",
                "said",
                "it would demand that the company honor seniority rules",
                77,
                131,
            ),
        ],
    ),
    "a_second_source_after_its_description": (
        "The Acme administration says it is open to a compromise, and a spokeswoman for the governor, Rosa Plumtrevet, said talks would continue.",
        [
            (
                "Acme administration",
                "organisation",
                "reported",
                "says",
                "it is open to a compromise",
                29,
                55,
            ),
            (
                "Rosa Plumtrevet",
                "spokeswoman for the governor",
                "reported",
                "said",
                "talks would continue",
                115,
                135,
            ),
        ],
    ),
    "a_second_source_after_a_possessive_description": (
        "The Pellridge chapter of the American Association of University Professors said cuts would have meant larger classes, and its president, chemistry professor Lionel Gaskarth, said he was relieved.",
        [
            (
                "American Association of University Professors",
                "organisation",
                "reported",
                "said",
                "cuts would have meant larger classes",
                80,
                116,
            ),
            (
                "Lionel Gaskarth",
                "chemistry professor",
                "reported",
                "said",
                "he was relieved",
                179,
                194,
            ),
        ],
    ),
    "a_chapter_of_an_acronym_speaks_for_it": (
        "The Pennsylvania chapter of the NAACP said arrests fell.",
        [
            ("NAACP", "organisation", "reported", "said", "arrests fell", 43, 55),
        ],
    ),
    "a_spokeswoman_for_someone_is_no_one_else": (
        "A spokeswoman for the governor, Rosa Plumtrevet, said talks would continue.",
        [
            (
                "Rosa Plumtrevet",
                "spokeswoman for the governor",
                "reported",
                "said",
                "talks would continue",
                54,
                74,
            ),
        ],
    ),
    "an_age_between_name_and_who_said": (
        "Among them was Tyler Hoskerville, 34, who said his family had lost everything.",
        [
            ("Tyler Hoskerville", "", "reported", "said", "his family had lost everything", 47, 77),
        ],
    ),
    "records_quoted_since_keep_a_person_in_reach": (
        'Harold Quenharrow, a rancher, said the race was close.\n\nGrant Toveley has also been criticized for his giving. He gave $15,000 to Democrats, donation records show. Asked about the gifts, he acknowledged that he had "written checks" he regrets.',
        [
            ("Harold Quenharrow", "rancher", "reported", "said", "the race was close", 35, 53),
            (
                "donation records",
                "records",
                "reported",
                "show",
                "He gave $15,000 to Democrats",
                111,
                139,
            ),
            (
                "Grant Toveley",
                "",
                "reported",
                "acknowledged",
                'he had "written checks" he regrets',
                208,
                242,
            ),
            ("Grant Toveley", "", "direct", "acknowledged", "written checks", 216, 230),
        ],
    ),
    "a_laboratories_company_by_its_first_word": (
        "Corvanta Laboratories is recalling 2 million bottles. Corvanta said it would reimburse patients.",
        [
            (
                "Corvanta Laboratories",
                "organisation",
                "reported",
                "said",
                "it would reimburse patients",
                68,
                95,
            ),
        ],
    ),
    "data_cited_by_another_are_their_makers": (
        "Corvanta Laboratories sells the pills. About 1.4 million Americans filled a prescription last year, according to IQVIA data cited by the company.",
        [
            (
                "IQVIA",
                "organisation",
                "reported",
                "according to",
                "About 1.4 million Americans filled a prescription last year",
                39,
                98,
            ),
        ],
    ),
    "records_provided_by_the_family_are_the_keepers": (
        "He has had no disciplinary reports in 14 years, according to Florida Department of Corrections records provided by the family.",
        [
            (
                "Florida Department of Corrections",
                "organisation",
                "reported",
                "according to",
                "He has had no disciplinary reports in 14 years",
                0,
                46,
            ),
        ],
    ),
    "a_name_then_himself_is_the_sentence_subject": (
        "Rep. Luis Figueroa said turnout would decide it.\n\nMark Gentry has a car dealership. Gentry himself has said little about national issues. Asked Monday about tariffs, he said he had not read the plan.",
        [
            ("Luis Figueroa", "Rep.", "reported", "said", "turnout would decide it", 24, 47),
            ("Mark Gentry", "", "reported", "said", "he had not read the plan", 174, 198),
        ],
    ),
    "a_sentence_case_headline_over_a_byline_is_no_statement": (
        "University says researcher fabricated data\n\nBy Nadia Bexley\n\nAn inquiry by Eastmere State University found errors. The university said it had asked the journals to retract the papers.",
        [
            (
                "Eastmere State University",
                "organisation",
                "reported",
                "said",
                "it had asked the journals to retract the papers",
                135,
                182,
            ),
        ],
    ),
    "the_university_is_the_one_named_so_not_a_professors_group": (
        "A report by Eastmere State University found errors.\n\nThe American Association of University Professors said it was worried.\n\nThe university says it has hired two more officers.",
        [
            ("Eastmere State University", "organisation", "reported", "found", "errors", 44, 50),
            (
                "American Association of University Professors",
                "organisation",
                "reported",
                "said",
                "it was worried",
                108,
                122,
            ),
            (
                "Eastmere State University",
                "organisation",
                "reported",
                "says",
                "it has hired two more officers",
                145,
                175,
            ),
        ],
    ),
    "a_department_named_the_other_way_round": (
        "The U.S. Department of Agriculture froze the grants. The Agriculture Department said it does not comment on pending litigation.",
        [
            (
                "U.S. Department of Agriculture",
                "organisation",
                "reported",
                "said",
                "it does not comment on pending litigation",
                85,
                126,
            ),
        ],
    ),
    "the_two_companies_are_the_buyer_and_the_bought": (
        "Cardinal Air has agreed to buy Grayhaven Airways for $3.4 billion, the two companies said Monday. The combined airline will keep the Cardinal name, the companies said.",
        [
            (
                "Cardinal Air and Grayhaven Airways",
                "organisation",
                "reported",
                "said",
                "Cardinal Air has agreed to buy Grayhaven Airways for $3.4 billion",
                0,
                65,
            ),
            (
                "Cardinal Air and Grayhaven Airways",
                "organisation",
                "reported",
                "said",
                "The combined airline will keep the Cardinal name",
                98,
                146,
            ),
        ],
    ),
    "a_nickname_is_a_given_name_after_an_occupation": (
        "Shrimper Kenny Boudreaux says his boat survived the storm but his customers did not.",
        [
            (
                "Kenny Boudreaux",
                "Shrimper",
                "reported",
                "says",
                "his boat survived the storm but his customers did not",
                30,
                83,
            ),
        ],
    ),
    "her_office_is_the_governors_office": (
        # (Round 118: declaring an emergency is an act, no statement of its own.)
        "Gov. Teresa Valenzuela declared an emergency. Her office said she had asked for a grant.",
        [
            (
                "governor's office",
                "organisation",
                "reported",
                "said",
                "she had asked for a grant",
                62,
                87,
            ),
        ],
    ),
    "his_office_of_a_senator_keeps_his_name": (
        "Sen. Tom Ostervane holds shares. His office said the trust was managed independently.",
        [
            (
                "Ostervane office",
                "organisation",
                "reported",
                "said",
                "the trust was managed independently",
                49,
                84,
            ),
        ],
    ),
    "her_office_of_a_state_attorney_general": (
        "State Attorney General Yolanda Nieves has opened an inquiry into the breach, her office said. Nieves believes patients had a right to know.",
        [
            (
                "attorney general's office",
                "organisation",
                "reported",
                "said",
                "State Attorney General Yolanda Nieves has opened an inquiry into the breach",
                0,
                75,
            ),
            (
                "Yolanda Nieves",
                "State Attorney General",
                "reported",
                "believes",
                "patients had a right to know",
                110,
                138,
            ),
        ],
    ),
    "a_surname_before_a_participle_clause_is_the_subject": (
        'Carl Tornquist wrote that the media would rather fact-check a chair.\n\nRaymond Urquhart toured Erie. Urquhart, campaigning in Erie on Wednesday, did not back away. "I will not apologize," he told supporters.',
        [
            (
                "Carl Tornquist",
                "",
                "reported",
                "wrote",
                "the media would rather fact-check a chair",
                26,
                67,
            ),
            ("Raymond Urquhart", "", "direct", "told", "I will not apologize", 164, 184),
        ],
    ),
    "a_pac_called_x_is_x": (
        "A super PAC called Ledgewood Action said it would spend more.",
        [
            ("Ledgewood Action", "organisation", "reported", "said", "it would spend more", 41, 60),
        ],
    ),
    "the_super_pac_x_is_x": (
        "On the other side, the super PAC Brighter Days Fund announced a $9 million buy in Arizona.",
        [
            (
                "Brighter Days Fund",
                "organisation",
                "reported",
                "announced",
                "a $9 million buy in Arizona",
                62,
                89,
            ),
        ],
    ),
    "ice_spelled_out_after_us": (
        'The sheriff ended cooperation with U.S. Immigration and Customs Enforcement. In a statement, ICE said the decision "puts politics ahead of public safety."',
        [
            (
                "U.S. Immigration and Customs Enforcement",
                "organisation",
                "reported",
                "said",
                'the decision "puts politics ahead of public safety."',
                102,
                154,
            ),
        ],
    ),
    "hhs_spelled_out_after_department": (
        "Breaches doubled, Department of Health and Human Services data show. Ransomware caused 70 percent of them, an HHS report found.",
        [
            (
                "Department of Health and Human Services",
                "organisation",
                "reported",
                "show",
                "Breaches doubled",
                0,
                16,
            ),
            (
                "Department of Health and Human Services",
                "organisation",
                "reported",
                "found",
                "Ransomware caused 70 percent of them",
                69,
                105,
            ),
        ],
    ),
    "filings_the_hospital_chain_made": (
        "Hackers took records of 2.3 million patients of Wendmere Health, according to filings the hospital chain made with regulators. The breach was detected on Aug. 19, the filings show.",
        [
            (
                "Wendmere Health",
                "organisation",
                "reported",
                "according to",
                "Hackers took records of 2.3 million patients of Wendmere Health",
                0,
                63,
            ),
            (
                "Wendmere Health",
                "organisation",
                "reported",
                "show",
                "The breach was detected on Aug. 19",
                127,
                161,
            ),
        ],
    ),
    "pro_tem_is_title": (
        "Senate President Pro Tem Walter Ridgecomb, R-Enid, said the Senate had stretched as far as it could.",
        [
            (
                "Walter Ridgecomb",
                "Senate President Pro Tem",
                "reported",
                "said",
                "the Senate had stretched as far as it could",
                56,
                99,
            ),
        ],
    ),
    "a_division_of_x_is_no_person": (
        "The West Virginia Division of Highways said in a statement that the bridge had passed its inspection.",
        [
            (
                "West Virginia Division of Highways",
                "organisation",
                "reported",
                "said",
                "the bridge had passed its inspection",
                64,
                100,
            ),
        ],
    ),
    "a_group_calling_itself_x": (
        "A group of opponents calling itself Safe Streets for Cobblestone posted on Facebook that the council was rushing.",
        [
            (
                "Safe Streets for Cobblestone",
                "organisation",
                "reported",
                "posted",
                "the council was rushing",
                89,
                112,
            ),
        ],
    ),
    "a_keeper_with_a_kind_of_record": (
        "The commissary stored salads at unsafe temperatures twice, Mississippi State Department of Health inspection reports show.",
        [
            (
                "Mississippi State Department of Health",
                "organisation",
                "reported",
                "show",
                "The commissary stored salads at unsafe temperatures twice",
                0,
                57,
            ),
        ],
    ),
    "cited_for_doing_is_a_citation_not_a_source": (
        "Inspectors cited the commissary twice for storing salads at unsafe temperatures, Mississippi State Department of Health inspection reports show.",
        [
            (
                "Mississippi State Department of Health",
                "organisation",
                "reported",
                "show",
                "Inspectors cited the commissary twice for storing salads at unsafe temperatures",
                0,
                79,
            ),
        ],
    ),
    "according_to_figures_from_x_that_someone_gave": (
        "Calls had fallen, according to figures from the Castlemore County Sheriff's Office that the nonprofit gave the council.",
        [
            (
                "Castlemore County Sheriff's Office",
                "organisation",
                "reported",
                "according to",
                "Calls had fallen",
                0,
                16,
            ),
        ],
    ),
    "a_present_tense_verb_makes_the_subject_near": (
        "Patricia Hoskyns said the rule works.\n\nCamille Ridgeway directs the Natural State Health Access Project, a Little Rock advocacy group. She thinks the state has not fixed the problems.",
        [
            ("Patricia Hoskyns", "", "reported", "said", "the rule works", 22, 36),
            (
                "Camille Ridgeway",
                "",
                "reported",
                "thinks",
                "the state has not fixed the problems",
                146,
                182,
            ),
        ],
    ),
    "an_owned_office_by_its_own_name": (
        'In a letter to the company last week, NHTSA\'s Office of Defects Investigation wrote that it was "concerned by the length of time" the company took to act.',
        [
            (
                "Office of Defects Investigation",
                "organisation",
                "reported",
                "wrote",
                'it was "concerned by the length of time" the company took to act',
                89,
                153,
            ),
        ],
    ),
    "wrote_on_x_ends_a_sentence": (
        '"Lyle went to Washington to drain the swamp," Dale Hornbeck wrote on X. His campaign said it would put the sale in an ad.',
        [
            (
                "Dale Hornbeck",
                "",
                "direct",
                "wrote",
                "Lyle went to Washington to drain the swamp",
                1,
                43,
            ),
            (
                "Hornbeck campaign",
                "organisation",
                "reported",
                "said",
                "it would put the sale in an ad",
                90,
                120,
            ),
        ],
    ),
    "a_union_described_with_a_possessive_then_named": (
        "The union representing Healwell's technicians, Retail Pharmacy Workers United, said the closures were bad.",
        [
            (
                "Retail Pharmacy Workers United",
                "organisation",
                "reported",
                "said",
                "the closures were bad",
                84,
                105,
            ),
        ],
    ),
    "a_state_then_title_then_name_is_the_person": (
        "Georgia Secretary of State Brad Izquierdo, a Republican, said the rule was bad.",
        [
            (
                "Brad Izquierdo",
                "Georgia Secretary of State; Republican",
                "reported",
                "said",
                "the rule was bad",
                62,
                78,
            ),
        ],
    ),
    "his_office_after_a_state_and_title": (
        "Georgia Secretary of State Brad Izquierdo, a Republican, has opposed the rule. His office told the board in a June letter that it exceeds the board's authority.",
        [
            (
                "Brad Izquierdo",
                "Georgia Secretary of State; Republican",
                "reported",
                "opposed",
                "the rule",
                69,
                77,
            ),
            (
                "Georgia Secretary of State's office",
                "organisation",
                "reported",
                "told",
                "it exceeds the board's authority",
                127,
                159,
            ),
        ],
    ),
    "the_companies_after_it_agreed_to_buy_x": (
        "Verbena Foods, the country's fifth-largest grocery chain, said Monday that it had agreed to buy Granary Market Group for $9.6 billion.\n\nGranary shareholders would receive $48 a share, the companies said in a joint announcement.",
        [
            (
                "Verbena Foods",
                "organisation",
                "reported",
                "said",
                "it had agreed to buy Granary Market Group for $9.6 billion",
                75,
                133,
            ),
            (
                "Verbena Foods and Granary Market Group",
                "organisation",
                "reported",
                "said",
                "Granary shareholders would receive $48 a share",
                136,
                182,
            ),
        ],
    ),
    "west_virginia_is_no_title_and_given_name": (
        "The West Virginia Rivers Watch said lawmakers had weakened tank inspection rules in 2019.",
        [
            (
                "West Virginia Rivers Watch",
                "organisation",
                "reported",
                "said",
                "lawmakers had weakened tank inspection rules in 2019",
                36,
                88,
            ),
        ],
    ),
    "a_company_possessive_before_a_surname": (
        "Heartline Power restored service. Renee Wasilewski, a spokeswoman, said crews were out.\n\nHeartline's Wasilewski says customers should check the outage map.",
        [
            ("Renee Wasilewski", "spokeswoman", "reported", "said", "crews were out", 72, 86),
            (
                "Renee Wasilewski",
                "spokeswoman",
                "reported",
                "says",
                "customers should check the outage map",
                117,
                154,
            ),
        ],
    ),
    "the_statement_someone_weighed_in_with": (
        'Officers filed three reports, police reports show.\n\nHouse Majority Leader Gregory Satterthwaite, a Republican, weighed in with a statement. "The votes are not there," the statement said.',
        [
            (
                "police reports",
                "records",
                "reported",
                "show",
                "Officers filed three reports",
                0,
                28,
            ),
            (
                "Gregory Satterthwaite",
                "House Majority Leader",
                "direct",
                "said",
                "The votes are not there",
                141,
                164,
            ),
        ],
    ),
    "her_group_is_the_body_she_was_named_as_leading": (
        '"Ten months is a long time," said Gwendolyn Sunderhaus, president of the Center for Motorist Safety, a consumer group in Washington. "Those rear seats are where the kids sit." Her group believes the agency should fine the company.',
        [
            (
                "Gwendolyn Sunderhaus",
                "president of the Center for Motorist Safety",
                "direct",
                "said",
                "Ten months is a long time",
                1,
                26,
            ),
            (
                "Gwendolyn Sunderhaus",
                "president of the Center for Motorist Safety",
                "direct",
                "said",
                "Those rear seats are where the kids sit.",
                134,
                174,
            ),
            (
                "Center for Motorist Safety",
                "organisation",
                "reported",
                "believes",
                "the agency should fine the company",
                195,
                229,
            ),
        ],
    ),
    "her_group_after_directs_the_x": (
        "Camille Ridgeway directs the Natural State Health Access Project, a Little Rock advocacy group. She thinks the state has not fixed the problems. Her group has called for automatic wage checks.",
        [
            (
                "Camille Ridgeway",
                "",
                "reported",
                "thinks",
                "the state has not fixed the problems",
                107,
                143,
            ),
            (
                "Natural State Health Access Project",
                "organisation",
                "reported",
                "called",
                "automatic wage checks",
                170,
                191,
            ),
        ],
    ),
    "two_according_to_sources_in_one_sentence": (
        "Nearly 90 percent of New Mexico is in severe drought, according to the U.S. Drought Monitor, and the Rio Grande ran dry for nine days last month, according to the Office of the State Engineer.",
        [
            (
                "U.S. Drought Monitor",
                "organisation",
                "reported",
                "according to",
                "Nearly 90 percent of New Mexico is in severe drought",
                0,
                52,
            ),
            (
                "Office of the State Engineer",
                "organisation",
                "reported",
                "according to",
                "the Rio Grande ran dry for nine days last month",
                97,
                144,
            ),
        ],
    ),
    "a_one_word_company_described_as_the_maker": (
        "WASHINGTON — Brightquill, the maker of the popular Quillmap navigation app, will pay a fine. Brightquill did not admit wrongdoing. The company said in a blog post that it had always disclosed its data practices.",
        [
            (
                "Brightquill",
                "organisation",
                "reported",
                "said",
                "it had always disclosed its data practices",
                168,
                210,
            ),
        ],
    ),
    "the_hospital_is_the_medical_center": (
        "Nurses walked out at Dovecote Valley Medical Center on Tuesday. The hospital said the reports are filed by nurses.",
        [
            (
                "Dovecote Valley Medical Center",
                "organisation",
                "reported",
                "said",
                "the reports are filed by nurses",
                82,
                113,
            ),
        ],
    ),
    "his_campaign_after_his_quotes": (
        'At a stop in Livingston, Grant Eidsvold told reporters that the house was "where my kids finished high school."\n\n"My family is here," he said. "Anybody can count the nights."\n\nHis campaign said in a statement that the tax credit had been an error.',
        [
            (
                "Grant Eidsvold",
                "",
                "reported",
                "told",
                'the house was "where my kids finished high school."',
                60,
                111,
            ),
            (
                "Grant Eidsvold",
                "",
                "direct",
                "told",
                "where my kids finished high school.",
                75,
                110,
            ),
            ("Grant Eidsvold", "", "direct", "said", "My family is here", 114, 131),
            ("Grant Eidsvold", "", "direct", "said", "Anybody can count the nights.", 144, 173),
            (
                "Eidsvold campaign",
                "organisation",
                "reported",
                "said",
                "the tax credit had been an error",
                214,
                246,
            ),
        ],
    ),
    "her_office_after_a_corporation_counsel": (
        "Clerk Dana Quistgaard said she would not allow volunteers into the vault. Corporation Counsel Ellen Whitsome has not issued an opinion. Her office said an opinion was expected within two weeks.",
        [
            (
                "Dana Quistgaard",
                "Clerk",
                "reported",
                "said",
                "she would not allow volunteers into the vault",
                27,
                72,
            ),
            (
                "Whitsome office",
                "organisation",
                "reported",
                "said",
                "an opinion was expected within two weeks",
                152,
                192,
            ),
        ],
    ),
    "an_ampersand_inside_a_firms_name": (
        "Martin Wachter, a partner at Orrisdale & Penbrooke, told the Sheet that his firm had surveyed 1,412 likely voters.",
        [
            (
                "Martin Wachter",
                "partner at Orrisdale & Penbrooke",
                "reported",
                "told",
                "his firm had surveyed 1,412 likely voters",
                72,
                113,
            ),
        ],
    ),
    "said_as_the_second_predicate": (
        "Mayor Tom Bell visited the site and said the city would rebuild.",
        [
            ("Tom Bell", "Mayor", "reported", "said", "the city would rebuild", 41, 63),
        ],
    ),
    "the_ruling_speaks_for_the_bench_described": (
        "A three-judge state court panel on Tuesday struck down the map. Lawyers asked the court for a stay. According to the ruling, the map moved about 340,000 Black residents out of the 6th District.",
        [
            ("Lawyers", "group", "reported", "asked", "the court for a stay", 78, 98),
            (
                "three-judge state court panel",
                "organisation",
                "reported",
                "according to",
                "the map moved about 340,000 Black residents out of the 6th District",
                125,
                192,
            ),
        ],
    ),
    "according_to_a_description_then_the_person": (
        "A group of about 40 has formed on social media and is weighing legal action, according to one of its organizers, Teresa Lennox.",
        [
            (
                "Teresa Lennox",
                "one of its organizers",
                "reported",
                "according to",
                "A group of about 40 has formed on social media and is weighing legal action",
                0,
                75,
            ),
        ],
    ),
    "according_to_a_description_then_the_body": (
        "Fewer than one in 1,000 sailings had a reportable outbreak last year, according to the cruise industry's trade group, the Ocean Leisure Association.",
        [
            (
                "Ocean Leisure Association",
                "organisation",
                "reported",
                "according to",
                "Fewer than one in 1,000 sailings had a reportable outbreak last year",
                0,
                68,
            ),
        ],
    ),
    "a_second_source_after_an_according_to_tag": (
        "Athletic director Monica Weiland fired the coach. The search is expected to take about four weeks, according to university officials, and Weiland said she hoped to have a new coach in place before December.",
        [
            (
                "university officials",
                "group",
                "reported",
                "according to",
                "The search is expected to take about four weeks",
                50,
                97,
            ),
            (
                "Monica Weiland",
                "",
                "reported",
                "said",
                "she hoped to have a new coach in place before December",
                151,
                205,
            ),
        ],
    ),
    "according_to_a_described_service_by_its_name": (
        "The average price of regular gasoline in Texas was $2.91 a gallon on Tuesday, according to the price-tracking service Pumpwatch.",
        [
            (
                "Pumpwatch",
                "organisation",
                "reported",
                "according to",
                "The average price of regular gasoline in Texas was $2.91 a gallon on Tuesday",
                0,
                76,
            ),
        ],
    ),
    "an_acronyms_data_are_its_keepers": (
        "The three farms are the first outbreaks since April, according to the U.S. Department of Agriculture. Nearly 19 million birds have been lost this year, USDA data show.",
        [
            (
                "U.S. Department of Agriculture",
                "organisation",
                "reported",
                "according to",
                "The three farms are the first outbreaks since April",
                0,
                51,
            ),
            (
                "U.S. Department of Agriculture",
                "organisation",
                "reported",
                "show",
                "Nearly 19 million birds have been lost this year",
                102,
                150,
            ),
        ],
    ),
    "the_proposed_site_is_no_cue": (
        "More than 140 people signed up to speak. Lorraine Gaffney, a retired teacher who lives two blocks from the proposed site, told the council that her neighborhood had been promised a grocery store.",
        [
            (
                "Lorraine Gaffney",
                "retired teacher",
                "reported",
                "told",
                "her neighborhood had been promised a grocery store",
                144,
                194,
            ),
        ],
    ),
    "according_to_a_keepers_records_keeps_the_phrase": (
        "Donnachie had $2.4 million in his campaign account, according to Federal Election Commission records.",
        [
            (
                "Federal Election Commission",
                "organisation",
                "reported",
                "according to",
                "Donnachie had $2.4 million in his campaign account",
                0,
                50,
            ),
        ],
    ),
    "the_group_is_the_one_named_a_group": (
        "The complaint, filed by the Clearfork Accountability Project, a nonpartisan watchdog group, asks the office to investigate. Donnachie bought shares of Redwing Dynamics. The complaint is the third filed since 2024, according to the group.",
        [
            (
                "Clearfork Accountability Project",
                "organisation",
                "reported",
                "asks",
                "the office to investigate",
                97,
                122,
            ),
            (
                "Clearfork Accountability Project",
                "organisation",
                "reported",
                "according to",
                "The complaint is the third filed since 2024",
                169,
                212,
            ),
        ],
    ),
    "her_office_of_a_county_district_attorney": (
        'The prosecutor who brought the case, Dauphin County District Attorney Felicia Rundfield, called the pardon "a slap in the face." In a statement, her office said the evidence against Ortolani "was overwhelming and remains so."',
        [
            (
                "Felicia Rundfield",
                "Dauphin County District Attorney; prosecutor who brought the case",
                "direct",
                "called",
                "a slap in the face.",
                108,
                127,
            ),
            (
                "Dauphin County District Attorney's office",
                "organisation",
                "reported",
                "said",
                'the evidence against Ortolani "was overwhelming and remains so."',
                161,
                225,
            ),
        ],
    ),
    "the_audit_of_auditors_named_in_lower_case": (
        "The director resigned Tuesday, hours before state auditors released a report that found retailers had claimed winning tickets. The 84-page audit found that 37 store owners had each claimed 20 or more prizes. One clerk claimed 143 prizes, the report said.",
        [
            (
                "state auditors",
                "group",
                "reported",
                "found",
                "37 store owners had each claimed 20 or more prizes",
                156,
                206,
            ),
            (
                "state auditors",
                "group",
                "reported",
                "said",
                "One clerk claimed 143 prizes",
                208,
                236,
            ),
        ],
    ),
    "an_owned_field_office_in_a_city": (
        "The FBI's field office in Sacramento said it was aware of the attack.",
        [
            (
                "Federal Bureau of Investigation",
                "organisation",
                "reported",
                "said",
                "it was aware of the attack",
                42,
                68,
            ),
        ],
    ),
    "a_headline_ending_on_a_quotation_over_a_byline": (
        "Gillingham Ad Hits Castellon on Prison Deal; She Calls It 'A Lie'\n\nBy Marcus Delucca\nStaff Writer\n\nPHOENIX — Attorney General Rebecca Castellon ran the office for four years. \"He is attacking me for the investigation I opened,\" Castellon said.",
        [
            (
                "Rebecca Castellon",
                "Attorney General",
                "direct",
                "said",
                "He is attacking me for the investigation I opened",
                176,
                225,
            ),
        ],
    ),
    "a_described_challenger_named_with_a_place_adjective": (
        "Sen. Douglas Warrick is seeking a fourth term. A Republican challenger, Columbus-area businesswoman Heather Stolzmann, said Monday that she was considering a run.",
        [
            (
                "Heather Stolzmann",
                "Columbus-area businesswoman",
                "reported",
                "said",
                "she was considering a run",
                136,
                161,
            ),
        ],
    ),
    "a_described_law_firm_named_after_the_comma": (
        "A law firm in Omaha, Sternhagen & Yeadon, said Tuesday that it had filed a proposed class-action lawsuit against the university.",
        [
            (
                "Sternhagen & Yeadon",
                "organisation",
                "reported",
                "said",
                "it had filed a proposed class-action lawsuit against the university",
                60,
                127,
            ),
        ],
    ),
    "major_league_baseball_is_a_league": (
        "The park falls short of 11 standards, according to a letter from Major League Baseball that the team shared with the Courier.",
        [
            (
                "Major League Baseball",
                "organisation",
                "reported",
                "according to",
                "The park falls short of 11 standards",
                0,
                36,
            ),
        ],
    ),
    "a_budget_office_summary_with_its_release_time": (
        "About $9 billion would go to rebuilding roads, according to a Congressional Budget Office summary released Wednesday night.",
        [
            (
                "Congressional Budget Office",
                "organisation",
                "reported",
                "according to",
                "About $9 billion would go to rebuilding roads",
                0,
                45,
            ),
        ],
    ),
    "the_county_office_in_a_story_about_one_county": (
        "Property owners in Oxlade County filed more than 31,000 appeals. The median assessment rose 58 percent, according to figures released by the county assessor's office.",
        [
            (
                "Oxlade County assessor's office",
                "organisation",
                "reported",
                "according to",
                "The median assessment rose 58 percent",
                65,
                102,
            ),
        ],
    ),
    "a_report_the_guild_commissioned": (
        "The Ohio Dental Guild, which represents about 5,000 dentists, argues that patients will end up in emergency rooms. Visits rose 37 percent, according to a report the guild commissioned from researchers at Ohio State University.",
        [
            (
                "Ohio Dental Guild",
                "organisation",
                "reported",
                "argues",
                "patients will end up in emergency rooms",
                74,
                113,
            ),
            (
                "Ohio Dental Guild",
                "organisation",
                "reported",
                "according to",
                "Visits rose 37 percent",
                115,
                137,
            ),
        ],
    ),
    "a_study_that_an_institute_published": (
        "Rents rose 12 percent, according to a study that the Harlow Institute published in May.",
        [
            (
                "Harlow Institute",
                "organisation",
                "reported",
                "according to",
                "Rents rose 12 percent",
                0,
                21,
            ),
        ],
    ),
    "a_belief_told_as_a_state_of_mind": (
        "Yarrowdale Mayor Gerald Wehrle is confident that the ballpark will anchor a riverfront district. Council member Ana Pruitt is skeptical that the bonds will be repaid.",
        [
            (
                "Gerald Wehrle",
                "Yarrowdale Mayor",
                "reported",
                "confident",
                "the ballpark will anchor a riverfront district",
                49,
                95,
            ),
            (
                "Ana Pruitt",
                "Council member",
                "reported",
                "skeptical",
                "the bonds will be repaid",
                141,
                165,
            ),
        ],
    ),
    "a_state_of_mind_reported_by_another": (
        "Residents are concerned that the plant will close, said Linda Warfield, who runs the food bank.",
        [
            (
                "Linda Warfield",
                "",
                "reported",
                "said",
                "Residents are concerned that the plant will close",
                0,
                49,
            ),
        ],
    ),
    "doubts_and_suspects_are_beliefs": (
        "Linda Warfield runs the city's economic office. But Warfield doubts the team would listen. Police suspect the fire was set.",
        [
            ("Linda Warfield", "", "reported", "doubts", "the team would listen", 68, 89),
            ("Police", "group", "reported", "suspect", "the fire was set", 106, 122),
        ],
    ),
    "suspected_of_is_no_belief": (
        "Agents detained 147 workers suspected of being in the country illegally, Immigration and Customs Enforcement said.",
        [
            (
                "Immigration and Customs Enforcement",
                "organisation",
                "reported",
                "said",
                "Agents detained 147 workers suspected of being in the country illegally",
                0,
                71,
            ),
        ],
    ),
    "a_second_statement_after_where_she_said": (
        "Dr. Priya Ramaswell runs a clinic. Ramaswell believes the state would save more lives by expanding treatment in rural counties, where she said clinics are often an hour's drive apart.",
        [
            (
                "Priya Ramaswell",
                "",
                "reported",
                "believes",
                "the state would save more lives by expanding treatment in rural counties",
                54,
                126,
            ),
            (
                "Priya Ramaswell",
                "",
                "reported",
                "said",
                "clinics are often an hour's drive apart",
                143,
                182,
            ),
        ],
    ),
    "a_second_belief_after_and_he_believes": (
        "Rep. Travis Wendholt voted no. Wendholt has called for a separate vote on every emergency spending bill, and he believes leadership will face a larger revolt in September.",
        [
            (
                "Travis Wendholt",
                "",
                "reported",
                "called",
                "a separate vote on every emergency spending bill",
                55,
                103,
            ),
            (
                "Travis Wendholt",
                "",
                "reported",
                "believes",
                "leadership will face a larger revolt in September",
                121,
                170,
            ),
        ],
    ),
    "and_she_said_so_is_no_second_statement": (
        "Renata Quillbrook, the attorney general, believes lawmakers spent too much of the last settlement on roads, and she said so bluntly on Monday.",
        [
            (
                "Renata Quillbrook",
                "attorney general",
                "reported",
                "believes",
                "lawmakers spent too much of the last settlement on roads",
                50,
                106,
            ),
        ],
    ),
    "a_named_speaker_then_a_closing_relative_clause": (
        "Residents are concerned that the plant will close, said Linda Warfield, who runs the food bank. Prices will rise, said Harlow Analytics, which tracks fuel costs.",
        [
            (
                "Linda Warfield",
                "",
                "reported",
                "said",
                "Residents are concerned that the plant will close",
                0,
                49,
            ),
            ("Harlow Analytics", "organisation", "reported", "said", "Prices will rise", 96, 112),
        ],
    ),
    "another_body_acts_after_the_statement": (
        "The National Transportation Safety Board said it was sending a team of seven investigators, and the federal Pipeline and Hazardous Materials Safety Administration ordered the company to keep the line shut.",
        [
            (
                "National Transportation Safety Board",
                "organisation",
                "reported",
                "said",
                "it was sending a team of seven investigators",
                46,
                90,
            ),
        ],
    ),
    "one_ad_speaks_for_whoever_paid_for_it": (
        'The Justice Forward Fund, a liberal advocacy group, has spent more than $600,000 on television ads opposing her, according to the firm AdImpact. One ad says Ruvelasco "decided before she read the briefs."',
        [
            (
                "AdImpact",
                "organisation",
                "reported",
                "according to",
                "The Justice Forward Fund, a liberal advocacy group, has spent more than $600,000 on television ads opposing her",
                0,
                111,
            ),
            (
                "Justice Forward Fund",
                "organisation",
                "direct",
                "says",
                "decided before she read the briefs.",
                168,
                203,
            ),
        ],
    ),
    "the_mailers_speak_for_their_sponsor": (
        'Citizens for Ballot Clarity, a statewide group, spent about $48,000 on mailers and digital ads this spring. The mailers called ranked-choice voting "a scheme to let the fringe decide."',
        [
            (
                "Citizens for Ballot Clarity",
                "organisation",
                "direct",
                "called",
                "a scheme to let the fringe decide.",
                149,
                183,
            ),
        ],
    ),
    "its_ads_after_a_group_spent_money": (
        'On the other side, the Workplace Freedom Council, a business-backed group, spent about $1.9 million. Its ads warned that Swearengin would "hand the keys of every small business to union bosses."',
        [
            (
                "Workplace Freedom Council",
                "organisation",
                "reported",
                "warned",
                'Swearengin would "hand the keys of every small business to union bosses."',
                121,
                194,
            ),
            (
                "Workplace Freedom Council",
                "organisation",
                "direct",
                "warned",
                "hand the keys of every small business to union bosses.",
                139,
                193,
            ),
        ],
    ),
    "the_group_described_before_its_name": (
        "The Justice Forward Fund, a liberal advocacy group, has spent more than $600,000 on ads. A conservative group, the Article Three Bulwark Project, has answered with its own ads. The group has endorsed Ruvelasco and says it has collected 140 letters of support.",
        [
            (
                "Article Three Bulwark Project",
                "organisation",
                "reported",
                "endorsed",
                "Ruvelasco",
                200,
                209,
            ),
            (
                "Article Three Bulwark Project",
                "organisation",
                "reported",
                "says",
                "it has collected 140 letters of support",
                219,
                258,
            ),
        ],
    ),
    "the_groups_filings_in_the_groups_own_sentence": (
        "The Office of Congressional Conduct said the trips raised questions. The Maritime Heritage Forum, the nonprofit that sponsored the trip, received nearly all of its money from Ruddersby Freight Lines, according to the group's tax filings.",
        [
            (
                "Office of Congressional Conduct",
                "organisation",
                "reported",
                "said",
                "the trips raised questions",
                41,
                67,
            ),
            (
                "Maritime Heritage Forum",
                "organisation",
                "reported",
                "according to",
                "The Maritime Heritage Forum, the nonprofit that sponsored the trip, received nearly all of its money from Ruddersby Freight Lines",
                69,
                198,
            ),
        ],
    ),
    "a_state_senator_in_the_lede_named_later": (
        "The family of a man who died in the county jail is calling on Sheriff Dale Ruddimore to release video, and a state senator says the sheriff's explanation does not add up.\n\nTerrence Pommerance-Watts was found unresponsive in a holding cell.\n\nState Sen. Vivian Marchesello, whose district includes the jail, said she had asked for the records.",
        [
            (
                "Vivian Marchesello",
                "State Sen.",
                "reported",
                "says",
                "the sheriff's explanation does not add up",
                128,
                169,
            ),
            (
                "Vivian Marchesello",
                "State Sen.",
                "reported",
                "said",
                "she had asked for the records",
                311,
                340,
            ),
        ],
    ),
    "a_bare_surname_is_not_a_double_barrelled_one": (
        'Terrence Pommerance-Watts was found unresponsive in a holding cell. His mother, Loretta Pommerance, says her son told jail staff he was diabetic.\n\n"He told them," Pommerance said.',
        [
            (
                "Loretta Pommerance",
                "mother",
                "reported",
                "says",
                "her son told jail staff he was diabetic",
                105,
                144,
            ),
            ("Loretta Pommerance", "mother", "direct", "said", "He told them", 148, 160),
        ],
    ),
    "a_described_delegate_named_after_a_place": (
        'Cheryl Ventimore, the outgoing chair, said the party was united.\n\nOne longtime delegate from Marquette, Dolores Sundervoll, summed up the mood near the exits. "Somebody is always mad on Saturday night," she said.',
        [
            (
                "Cheryl Ventimore",
                "outgoing chair",
                "reported",
                "said",
                "the party was united",
                43,
                63,
            ),
            (
                "Dolores Sundervoll",
                "",
                "direct",
                "said",
                "Somebody is always mad on Saturday night",
                160,
                200,
            ),
        ],
    ),
    "a_copy_of_the_contract_is_the_contract": (
        "The company is paid about $1.1 million a year, according to a copy of the contract obtained by WPPR.",
        [
            (
                "contract",
                "records",
                "reported",
                "according to",
                "The company is paid about $1.1 million a year",
                0,
                45,
            ),
        ],
    ),
    "a_boards_published_procedures_and_a_call_log": (
        "No strike can happen until the board releases the sides, according to the National Mediation Board's published procedures. A fire truck was on standby, according to the Quarrendale Fire Department's call log.",
        [
            (
                "National Mediation Board",
                "organisation",
                "reported",
                "according to",
                "No strike can happen until the board releases the sides",
                0,
                55,
            ),
            (
                "Quarrendale Fire Department",
                "organisation",
                "reported",
                "according to",
                "A fire truck was on standby",
                123,
                150,
            ),
        ],
    ),
    "the_sheriffs_office_of_the_one_county": (
        "A man died in the Yarrowmere County Jail. The sheriff's office said in a written response that the log was incomplete.",
        [
            (
                "Yarrowmere County sheriff's office",
                "organisation",
                "reported",
                "said",
                "the log was incomplete",
                95,
                117,
            ),
        ],
    ),
    "an_agency_named_only_by_its_initials": (
        "The number of new pilot certificates fell 9 percent last year, FAA data show.",
        [
            (
                "Federal Aviation Administration",
                "organisation",
                "reported",
                "show",
                "The number of new pilot certificates fell 9 percent last year",
                0,
                61,
            ),
        ],
    ),
    "one_of_them_named_as_a_company": (
        'The major airlines have largely stayed quiet. One of them, Polestead Airlines, said it was "monitoring the situation closely."',
        [
            (
                "Polestead Airlines",
                "organisation",
                "reported",
                "said",
                'it was "monitoring the situation closely."',
                84,
                126,
            ),
            (
                "Polestead Airlines",
                "organisation",
                "direct",
                "said",
                "monitoring the situation closely.",
                92,
                125,
            ),
        ],
    ),
    "told_me_in_first_person_copy": (
        "Leah Wintercaske runs the campaign. Wintercaske also told me the new chair would meet with union leaders this week.",
        [
            (
                "Leah Wintercaske",
                "",
                "reported",
                "told",
                "the new chair would meet with union leaders this week",
                61,
                114,
            ),
        ],
    ),
    "said_and_but_thinks_are_two_statements": (
        "Councilor Wendell Ysidro said he personally supports fluoride but thinks the petitioners had earned a vote.",
        [
            (
                "Wendell Ysidro",
                "Councilor",
                "reported",
                "said",
                "he personally supports fluoride",
                30,
                61,
            ),
            (
                "Wendell Ysidro",
                "Councilor",
                "reported",
                "thinks",
                "the petitioners had earned a vote",
                73,
                106,
            ),
        ],
    ),
    "though_she_said_is_a_second_statement": (
        "Mayor Ann Voss said the plan would pass, though she said it could take a year. Mayor Ann Voss said the tax would rise, though the city said it could wait.",
        [
            ("Ann Voss", "Mayor", "reported", "said", "the plan would pass", 20, 39),
            ("Ann Voss", "Mayor", "reported", "said", "it could take a year", 57, 77),
            ("Ann Voss", "Mayor", "reported", "said", "the tax would rise", 99, 117),
        ],
    ),
    "a_list_the_railroad_provided": (
        "The train, operated by the Meskwa Valley Railroad, was traveling with 112 cars. Nine of the cars carried hazardous materials, according to a list the railroad provided to emergency responders.",
        [
            (
                "Meskwa Valley Railroad",
                "organisation",
                "reported",
                "according to",
                "Nine of the cars carried hazardous materials",
                80,
                124,
            ),
        ],
    ),
    "a_papers_review_of_the_ratings": (
        "Of the 27 nominees, 22 received that rating, a Tribune-Herald review of the ratings shows. A Herald analysis of the filings found that 14 had paid late.",
        [
            (
                "Tribune-Herald",
                "organisation",
                "reported",
                "shows",
                "Of the 27 nominees, 22 received that rating",
                0,
                43,
            ),
            ("Herald", "organisation", "reported", "found", "14 had paid late", 135, 151),
        ],
    ),
    "a_pollsters_poll_keeps_its_written_name": (
        "Kitching has 46 percent, according to a Thackerton University poll released Monday, well within the margin of error. 86 percent of voters support a ban, according to a Dunnottar Research survey released in March.",
        [
            (
                "Thackerton University",
                "organisation",
                "reported",
                "according to",
                "Kitching has 46 percent",
                0,
                23,
            ),
            (
                "Dunnottar Research",
                "organisation",
                "reported",
                "according to",
                "86 percent of voters support a ban",
                117,
                151,
            ),
        ],
    ),
    "a_poll_found_while_others_said": (
        "Sixty-one percent of Americans support aid, a Rasterfield Research poll found, while 27 percent said the money should be offset.",
        [
            (
                "Rasterfield Research",
                "organisation",
                "reported",
                "found",
                "Sixty-one percent of Americans support aid",
                0,
                42,
            ),
        ],
    ),
    "a_think_tank_is_no_belief": (
        "The Tallwood Fiscal Policy Institute, a Washington think tank, published a report that found work requirements could save money.",
        [
            (
                "Tallwood Fiscal Policy Institute",
                "organisation",
                "reported",
                "found",
                "work requirements could save money",
                93,
                127,
            ),
        ],
    ),
    "a_long_description_of_an_unnamed_nurse": (
        'Beverly Ashenhurst runs the hospital. A nurse in the emergency department at Halvering Memorial in Kenosha, who asked not to be named, said medication orders were taking up to an hour.\n\n"We are double-checking every dose by hand," she said.',
        [
            (
                "a nurse in the emergency department at Halvering Memorial in Kenosha",
                "unnamed source",
                "reported",
                "said",
                "medication orders were taking up to an hour",
                140,
                183,
            ),
            (
                "a nurse in the emergency department at Halvering Memorial in Kenosha",
                "unnamed source",
                "direct",
                "said",
                "We are double-checking every dose by hand",
                187,
                228,
            ),
        ],
    ),
    "the_senators_office_is_the_one_senators": (
        "Sen. Mark Aldercott sold shares in September. The senator's office said he had paid the late fee.",
        [
            (
                "Aldercott office",
                "organisation",
                "reported",
                "said",
                "he had paid the late fee",
                72,
                96,
            ),
        ],
    ),
    "counts_shared_with_the_paper_speak": (
        "At least 14 Republicans are likely to vote no, according to two whip counts shared with the Brief, enough to sink the bill.",
        [
            (
                "two whip counts",
                "records",
                "reported",
                "according to",
                "At least 14 Republicans are likely to vote no",
                0,
                45,
            ),
        ],
    ),
    "the_group_calling_itself_a_name": (
        'A criminal group calling itself Ninth Candle claimed responsibility, according to Omar Hartsell, a researcher. The FBI said it was investigating. In a post on the site, the group wrote that it held "2.1 terabytes" of files.',
        [
            (
                "Omar Hartsell",
                "",
                "reported",
                "according to",
                "A criminal group calling itself Ninth Candle claimed responsibility",
                0,
                67,
            ),
            (
                "Federal Bureau of Investigation",
                "organisation",
                "reported",
                "said",
                "it was investigating",
                124,
                144,
            ),
            (
                "Ninth Candle",
                "organisation",
                "reported",
                "wrote",
                'it held "2.1 terabytes" of files',
                190,
                222,
            ),
        ],
    ),
    "a_poll_by_a_firm_released_on_a_day": (
        "A poll by Dawlish Research released Monday found Cabrillo leading 47 percent to 44 percent.",
        [
            (
                "Dawlish Research",
                "organisation",
                "reported",
                "found",
                "Cabrillo leading 47 percent to 44 percent",
                49,
                90,
            ),
        ],
    ),
    "according_to_her_research": (
        '"The jobs are gone," said Ingrid Sjostrand, an economist. Workers took an average of 22 weeks to find new jobs, according to her research.',
        [
            ("Ingrid Sjostrand", "economist", "direct", "said", "The jobs are gone", 1, 18),
            (
                "Ingrid Sjostrand",
                "economist",
                "reported",
                "according to",
                "Workers took an average of 22 weeks to find new jobs",
                58,
                110,
            ),
        ],
    ),
    "a_quote_does_not_join_two_names": (
        'Nadia Amundsley ran the lab. The report by a faculty committee found that Amundsley "engaged in research misconduct." The committee found that images had been duplicated. Amundsley said she would appeal.',
        [
            # (Round 142: "a faculty committee" is the committee the text brings in so.)
            (
                "faculty committee",
                "organisation",
                "direct",
                "found",
                "engaged in research misconduct.",
                85,
                116,
            ),
            (
                "faculty committee",
                "organisation",
                "reported",
                "found",
                "images had been duplicated",
                143,
                169,
            ),
            ("Nadia Amundsley", "", "reported", "said", "she would appeal", 186, 202),
        ],
    ),
    "asked_whether_he_worried_is_the_question": (
        'Gov. Joaquin Delvalle signed the order. Insurance commissioner Tamsin Glenmurrow said the order was legal. Asked whether he worried that insurers would leave, Delvalle said, "They have been leaving."',
        [
            (
                "Tamsin Glenmurrow",
                "Insurance commissioner",
                "reported",
                "said",
                "the order was legal",
                86,
                105,
            ),
            ("Joaquin Delvalle", "", "direct", "said", "They have been leaving.", 175, 198),
        ],
    ),
    "a_relative_clause_before_the_main_verb": (
        'The Kellisburg Dispatch, the largest newspaper in the district, which endorsed him in 2024, wrote in an editorial on Wednesday that he owed Cheswick "an apology."',
        [
            (
                "Kellisburg Dispatch",
                "largest newspaper in the district",
                "direct",
                "wrote",
                "an apology.",
                150,
                161,
            ),
        ],
    ),
    "a_report_written_by_a_described_firm": (
        "The 112-page report, written by the Seattle law firm Ellesmoor Pendlebrock at the council's request, found that complaints were set aside. According to the report, Batterby was told about the backlog.",
        [
            (
                "Ellesmoor Pendlebrock",
                "organisation",
                "reported",
                "found",
                "complaints were set aside",
                112,
                137,
            ),
            (
                "Ellesmoor Pendlebrock",
                "organisation",
                "reported",
                "according to",
                "Batterby was told about the backlog",
                164,
                199,
            ),
        ],
    ),
    "a_survey_by_a_firm_released_in_a_month": (
        "Sixty-six percent of voters oppose new drilling, according to a survey by Ibbotsford Research released in September.",
        [
            (
                "Ibbotsford Research",
                "organisation",
                "reported",
                "according to",
                "Sixty-six percent of voters oppose new drilling",
                0,
                47,
            ),
        ],
    ),
    "the_union_is_named_as_a_union": (
        "The report, written by the law firm Ellesmoor Pendlebrock, found delays. The Spokane Patrol Officers' Lodge said the chief was treated unfairly. The union said its members take no pleasure in anyone's firing.",
        [
            (
                "Spokane Patrol Officers' Lodge",
                "organisation",
                "reported",
                "said",
                "the chief was treated unfairly",
                113,
                143,
            ),
            (
                "Spokane Patrol Officers' Lodge",
                "organisation",
                "reported",
                "said",
                "its members take no pleasure in anyone's firing",
                160,
                207,
            ),
        ],
    ),
    "the_state_department_of_the_one_state": (
        "JEFFERSON CITY, Mo. — Missouri prisons are short of guards. The state Department of Corrections said it had capped overtime. Missouri pays less than Kansas. Pay is about $21.50 an hour, according to the state Office of Administration.",
        [
            (
                "Missouri Department of Corrections",
                "organisation",
                "reported",
                "said",
                "it had capped overtime",
                101,
                123,
            ),
            (
                "Missouri Office of Administration",
                "organisation",
                "reported",
                "according to",
                "Pay is about $21.50 an hour",
                157,
                184,
            ),
        ],
    ),
    "the_citys_department_under_a_dateline": (
        "TUCSON, Ariz. — The council met on Tuesday. The city has spent $63 million on the line, according to the city's finance department.",
        [
            (
                "Tucson finance department",
                "organisation",
                "reported",
                "according to",
                "The city has spent $63 million on the line",
                44,
                86,
            ),
        ],
    ),
    "a_second_source_after_a_quoted_comma": (
        'Near the end, the moderator asked each candidate to name one thing. Dwight Hazelgrove said Elena Cardenosa had been "a hard worker for her ward," and Cardenosa said Hazelgrove had served the city honorably in uniform.',
        [
            (
                "Dwight Hazelgrove",
                "",
                "reported",
                "said",
                'Elena Cardenosa had been "a hard worker for her ward,"',
                91,
                145,
            ),
            ("Dwight Hazelgrove", "", "direct", "said", "a hard worker for her ward", 117, 143),
            (
                "Elena Cardenosa",
                "",
                "reported",
                "said",
                "Hazelgrove had served the city honorably in uniform",
                165,
                216,
            ),
        ],
    ),
    "the_group_that_ran_the_ads": (
        'On the other side, the Gorsefield Conservation League has run digital ads in the districts of a dozen Republicans. One of them, aimed at Rep. Daniel Kowalcyk, R-Pa., shows a sunset as a narrator says, "Some places are worth more." The group says it will spend at least $800,000 before the vote.',
        [
            (
                "Gorsefield Conservation League",
                "organisation",
                "direct",
                "says",
                "Some places are worth more.",
                202,
                229,
            ),
            (
                "Gorsefield Conservation League",
                "organisation",
                "reported",
                "says",
                "it will spend at least $800,000 before the vote",
                246,
                293,
            ),
        ],
    ),
    "a_lawsuit_filed_by_a_group_in_a_court": (
        "The lawsuit, filed by the Ohio Fair Ballot Alliance in U.S. District Court in Columbus, asks a judge to order the state to restore the names. The group says the removals violate federal law.",
        [
            (
                "Ohio Fair Ballot Alliance",
                "organisation",
                "reported",
                "asks",
                "a judge to order the state to restore the names",
                93,
                140,
            ),
            (
                "Ohio Fair Ballot Alliance",
                "organisation",
                "reported",
                "says",
                "the removals violate federal law",
                157,
                189,
            ),
        ],
    ),
    "a_company_and_its_home_town": (
        "Commissioners voted for the project, which Solvane Ridge Energy of Denver says will power 40,000 homes.",
        [
            (
                "Solvane Ridge Energy",
                "organisation",
                "reported",
                "says",
                "will power 40,000 homes",
                79,
                102,
            ),
        ],
    ),
    "the_office_of_a_titled_holder": (
        "The office of Attorney General Marcus Tillery confirmed that it had received the referral. The office of Gov. Ann Voss said it would respond.",
        [
            (
                "attorney general's office",
                "organisation",
                "reported",
                "confirmed",
                "it had received the referral",
                61,
                89,
            ),
            ("governor's office", "organisation", "reported", "said", "it would respond", 124, 140),
        ],
    ),
    "a_poll_with_an_aside_before_found": (
        "A poll by Marlowgate Strategies taken last month, before the announcement, found Tollevik at 44% and a generic Democrat at 45%.",
        [
            (
                "Marlowgate Strategies",
                "organisation",
                "reported",
                "found",
                "Tollevik at 44% and a generic Democrat at 45%",
                81,
                126,
            ),
        ],
    ),
    "the_agency_that_just_spoke": (
        "Officials at the Vanderlugt County Emergency Management Agency ordered evacuations. Parts of the county received 11.4 inches of rain, the National Weather Service said. The lake rose about six feet in 36 hours, according to the agency's gauge data.",
        [
            (
                "National Weather Service",
                "organisation",
                "reported",
                "said",
                "Parts of the county received 11.4 inches of rain",
                84,
                132,
            ),
            (
                "National Weather Service",
                "organisation",
                "reported",
                "according to",
                "The lake rose about six feet in 36 hours",
                169,
                209,
            ),
        ],
    ),
    "a_dated_report_speaks_as_described": (
        'The National Weather Service said it rained. Seepage had been found along the dam, the 2024 inspection report noted, and it recommended that the owner repair the spillway "as soon as practicable."',
        [
            ("National Weather Service", "organisation", "reported", "said", "it rained", 34, 43),
            (
                "2024 inspection report",
                "records",
                "reported",
                "noted",
                "Seepage had been found along the dam",
                45,
                81,
            ),
            (
                "2024 inspection report",
                "records",
                "reported",
                "noted",
                'it recommended that the owner repair the spillway "as soon as practicable."',
                121,
                196,
            ),
        ],
    ),
    "a_memo_a_described_bureau_released": (
        "The veto removes $62 million, according to a memo the nonpartisan Legislative Fiscal Bureau released Thursday.",
        [
            (
                "Legislative Fiscal Bureau",
                "organisation",
                "reported",
                "according to",
                "The veto removes $62 million",
                0,
                28,
            ),
        ],
    ),
    "a_filing_the_bank_made": (
        "Farrowdeep Bank was hacked. The breach could cost the bank $40 million, according to a filing the bank made with the Securities and Exchange Commission.",
        [
            (
                "Farrowdeep Bank",
                "organisation",
                "reported",
                "according to",
                "The breach could cost the bank $40 million",
                28,
                70,
            ),
        ],
    ),
    "the_order_it_released_and_the_order_said": (
        "The Kentucky Legislative Ethics Commission fined Lambkin, according to the order it released Thursday. Among the gifts were two basketball tickets, the order said. The lobbyists worked for a hospital chain, the commission's order says.",
        [
            (
                "Kentucky Legislative Ethics Commission",
                "organisation",
                "reported",
                "according to",
                "The Kentucky Legislative Ethics Commission fined Lambkin",
                0,
                56,
            ),
            (
                "Kentucky Legislative Ethics Commission",
                "organisation",
                "reported",
                "said",
                "Among the gifts were two basketball tickets",
                103,
                146,
            ),
            (
                "Kentucky Legislative Ethics Commission",
                "organisation",
                "reported",
                "says",
                "The lobbyists worked for a hospital chain",
                164,
                205,
            ),
        ],
    ),
    "a_union_lodge_keeps_its_number": (
        "The Heywardine Fraternal Order of Police Lodge 31 opposed the measure.",
        [
            (
                "Heywardine Fraternal Order of Police Lodge 31",
                "organisation",
                "reported",
                "opposed",
                "the measure",
                58,
                69,
            ),
        ],
    ),
    "the_agencys_latest_update": (
        "Norovirus was the cause, the Centers for Disease Control and Prevention said. Of the passengers, 281 had reported vomiting, according to the agency's latest update.",
        [
            (
                "Centers for Disease Control and Prevention",
                "organisation",
                "reported",
                "said",
                "Norovirus was the cause",
                0,
                23,
            ),
            (
                "Centers for Disease Control and Prevention",
                "organisation",
                "reported",
                "according to",
                "Of the passengers, 281 had reported vomiting",
                78,
                122,
            ),
        ],
    ),
    "a_study_commissioned_from_a_lab": (
        "A study commissioned by the city from the Nethercrag Energy Lab found that an all-electric home would cost less. The study also estimated that the ban would cut emissions.",
        [
            (
                "Nethercrag Energy Lab",
                "organisation",
                "reported",
                "found",
                "an all-electric home would cost less",
                75,
                111,
            ),
            (
                "Nethercrag Energy Lab",
                "organisation",
                "reported",
                "estimated",
                "the ban would cut emissions",
                143,
                170,
            ),
        ],
    ),
    "the_state_court_and_party_of_the_one_state": (
        "TOPEKA, Kan. — Kansas voters must show proof. The state Supreme Court ruled that the law stands. Kansas officials cheered. The state Democratic Party said the ruling was wrong.",
        [
            ("Kansas Supreme Court", "organisation", "reported", "ruled", "the law stands", 81, 95),
            (
                "Kansas Democratic Party",
                "organisation",
                "reported",
                "said",
                "the ruling was wrong",
                155,
                175,
            ),
        ],
    ),
    "a_final_report_a_long_named_department_posted": (
        "The state removed 412,300 people from Medicaid, according to a final report the Georgia Department of Community Health posted Monday night with no press release. The department says about 38,000 people have since re-enrolled.",
        [
            (
                "Georgia Department of Community Health",
                "organisation",
                "reported",
                "according to",
                "The state removed 412,300 people from Medicaid",
                0,
                46,
            ),
            (
                "Georgia Department of Community Health",
                "organisation",
                "reported",
                "says",
                "about 38,000 people have since re-enrolled",
                182,
                224,
            ),
        ],
    ),
    "an_ampersand_in_a_letter_writers_name": (
        'A letter from the Centers for Medicare & Medicaid Services in 2024 warned Georgia that its wait times were "among the longest in the nation."',
        [
            (
                "Centers for Medicare & Medicaid Services",
                "organisation",
                "reported",
                "warned",
                'Georgia that its wait times were "among the longest in the nation."',
                74,
                141,
            ),
            (
                "Centers for Medicare & Medicaid Services",
                "organisation",
                "direct",
                "warned",
                "among the longest in the nation.",
                108,
                140,
            ),
        ],
    ),
    "the_audit_of_the_city_auditor": (
        "She pointed to a report released last month by the city auditor. The contract lets the company keep plate images for a year, the audit found.",
        [
            (
                "city auditor",
                "organisation",
                "reported",
                "found",
                "The contract lets the company keep plate images for a year",
                65,
                123,
            ),
        ],
    ),
    "a_group_called_a_name_is_no_cue": (
        "Keisha Roddenby, who leads a group called the Yarrowfield Justice Alliance, said her group had gathered more than 1,100 signatures.",
        [
            (
                "Keisha Roddenby",
                "",
                "reported",
                "said",
                "her group had gathered more than 1,100 signatures",
                81,
                130,
            ),
        ],
    ),
    "a_survey_conducted_for_a_station": (
        "Fifty-four percent of residents favored the cameras, a survey of 600 residents conducted for Quarrymoor Public Radio found in August.",
        [
            (
                "Quarrymoor Public Radio",
                "organisation",
                "reported",
                "found",
                "Fifty-four percent of residents favored the cameras",
                0,
                51,
            ),
        ],
    ),
    "principal_and_coach_are_titles": (
        "Principal Angela Tuddenham said a custodian had sheltered in a hallway. Coach Dana Ruiz said the team would win.",
        [
            (
                "Angela Tuddenham",
                "Principal",
                "reported",
                "said",
                "a custodian had sheltered in a hallway",
                32,
                70,
            ),
            ("Dana Ruiz", "Coach", "reported", "said", "the team would win", 93, 111),
        ],
    ),
    "the_shooter_is_the_subject_he_stands_for": (
        "Former police Officer Kyle Meriweather was convicted in 2022. Meriweather shot Darnell Warrender, 27, four times after stopping him on Oct. 3, 2021. He testified at trial that he believed Warrender was reaching for a gun.",
        [
            (
                "Kyle Meriweather",
                "Officer",
                "reported",
                "testified",
                "he believed Warrender was reaching for a gun",
                176,
                220,
            ),
        ],
    ),
    "a_second_statement_told_in_september": (
        "Martin Ruskington owns the team. Ruskington has said the team would look at other cities if no deal was reached, and in September he told The Harrowmont Daily Sentinel that he had spoken with officials in two other cities.",
        [
            (
                "Martin Ruskington",
                "",
                "reported",
                "said",
                "the team would look at other cities if no deal was reached",
                53,
                111,
            ),
            (
                "Martin Ruskington",
                "",
                "reported",
                "told",
                "he had spoken with officials in two other cities",
                173,
                221,
            ),
        ],
    ),
    "said_and_wrote_on_facebook": (
        'Gov. Harold Sternquist said the state would assist the investigation and wrote on Facebook that Nebraskans were "praying for the workers."',
        [
            (
                "Harold Sternquist",
                "Gov.",
                "reported",
                "said",
                "the state would assist the investigation",
                28,
                68,
            ),
            (
                "Harold Sternquist",
                "Gov.",
                "reported",
                "wrote",
                'Nebraskans were "praying for the workers."',
                96,
                138,
            ),
        ],
    ),
    "and_the_coalition_has_called_for": (
        "Jonah Zeidenberg leads the Missouri Data Dignity Coalition. Zeidenberg believes two other Missouri cities will consider similar contracts this year, and the coalition has called for a state law limiting how long such images can be kept.",
        [
            (
                "Jonah Zeidenberg",
                "",
                "reported",
                "believes",
                "two other Missouri cities will consider similar contracts this year",
                80,
                147,
            ),
            (
                "Missouri Data Dignity Coalition",
                "organisation",
                "reported",
                "called",
                "a state law limiting how long such images can be kept",
                182,
                235,
            ),
        ],
    ),
    "a_union_named_united": (
        'Healwell will close 40 stores. Retail Pharmacy Workers United called the closures "the predictable result of years of understaffing." The union has urged the company to offer transfers to every affected worker.',
        [
            (
                "Retail Pharmacy Workers United",
                "organisation",
                "direct",
                "called",
                "the predictable result of years of understaffing.",
                83,
                132,
            ),
            (
                "Retail Pharmacy Workers United",
                "organisation",
                "reported",
                "urged",
                "the company to offer transfers to every affected worker",
                154,
                209,
            ),
        ],
    ),
    "the_companies_of_a_merger": (
        "The merger between Carrowfield Health and Blessington Medical Partners would create a system of 41 hospitals. The companies say the combination would save $350 million a year.",
        [
            (
                "Carrowfield Health and Blessington Medical Partners",
                "organisation",
                "reported",
                "say",
                "the combination would save $350 million a year",
                128,
                174,
            ),
        ],
    ),
    "an_ampersand_in_a_railroads_full_name": (
        "The train, operated by Wabanna & Erie Railway, was heading from Toledo. In a statement, Wabanna & Erie said it was working with officials.",
        [
            (
                "Wabanna & Erie Railway",
                "organisation",
                "reported",
                "said",
                "it was working with officials",
                108,
                137,
            ),
        ],
    ),
    "the_memo_she_wrote": (
        "The city's finance director, Pamela Akinyemi, wrote in a memo to the council that the increase would push the fund below its reserve. The memo projected that the city faces a shortfall.",
        [
            (
                "Pamela Akinyemi",
                "city's finance director",
                "reported",
                "wrote",
                "the increase would push the fund below its reserve",
                82,
                132,
            ),
            (
                "Pamela Akinyemi",
                "city's finance director",
                "reported",
                "projected",
                "the city faces a shortfall",
                158,
                184,
            ),
        ],
    ),
    "a_spokeswoman_for_someone_named_after_the_comma": (
        'Gov. Tom Falkridge spoke. Sen. Keisha Ardenwick said it was wrong. A spokeswoman for Falkridge, Dana Crowmarsh, denied that. "The governor did not whip a single vote," she said.',
        [
            ("Keisha Ardenwick", "Sen.", "reported", "said", "it was wrong", 53, 65),
            (
                "Dana Crowmarsh",
                "",
                "direct",
                "said",
                "The governor did not whip a single vote",
                126,
                165,
            ),
        ],
    ),
    "senators_on_a_day": (
        "WASHINGTON — Senators from both parties on Wednesday questioned the chief executives of two hospital systems, warning that the deal could raise prices.",
        [
            (
                "Senators from both parties",
                "group",
                "reported",
                "questioned",
                "the chief executives of two hospital systems",
                64,
                108,
            ),
            (
                "Senators from both parties",
                "group",
                "reported",
                "warned",
                "the deal could raise prices",
                123,
                150,
            ),
        ],
    ),
    "the_countys_own_department": (
        "Kelvenby County may leave the authority. A survey by the county's own planning department found that 58 percent of county residents had not used the buses.",
        [
            (
                "Kelvenby County planning department",
                "organisation",
                "reported",
                "found",
                "58 percent of county residents had not used the buses",
                101,
                154,
            ),
        ],
    ),
    "the_filings_again": (
        "Mossberg has put more money into the race than his opponents raised, FEC filings show. The loans account for 91 percent of the money his campaign has spent, according to the filings.",
        [
            (
                "Federal Election Commission",
                "organisation",
                "reported",
                "show",
                "Mossberg has put more money into the race than his opponents raised",
                0,
                67,
            ),
            (
                "Federal Election Commission",
                "organisation",
                "reported",
                "according to",
                "The loans account for 91 percent of the money his campaign has spent",
                87,
                155,
            ),
        ],
    ),
    "a_federal_agency_is_no_company": (
        "The Centers for Disease Control and Prevention said 40 people fell ill after eating at Cantina Moraleja. In a statement posted on its website, the company said it was heartbroken.",
        [
            (
                "Centers for Disease Control and Prevention",
                "organisation",
                "reported",
                "said",
                "40 people fell ill after eating at Cantina Moraleja",
                52,
                103,
            ),
        ],
    ),
    "the_courts_code_of_conduct": (
        "The Pennsylvania Supreme Court's own rules leave recusal to the justice. A justice should step aside, according to the court's code of conduct.",
        [
            (
                "Pennsylvania Supreme Court",
                "organisation",
                "reported",
                "according to",
                "A justice should step aside",
                73,
                100,
            ),
        ],
    ),
    "the_groups_first_ad_after_a_super_pac": (
        'Sonoran Spire Action, a super PAC, has reserved airtime. The group\'s first ad calls Pruneda "a career politician."',
        [
            (
                "Sonoran Spire Action",
                "organisation",
                "direct",
                "calls",
                "a career politician.",
                93,
                113,
            ),
        ],
    ),
    "believes_and_supports_are_two_statements": (
        "Brian Eckersall spoke. Eckersall believes the mayor acted within his authority and supports continued enforcement.",
        [
            (
                "Brian Eckersall",
                "",
                "reported",
                "believes",
                "the mayor acted within his authority",
                42,
                78,
            ),
            ("Brian Eckersall", "", "reported", "supports", "continued enforcement", 92, 113),
        ],
    ),
    "a_described_source_then_the_writers_clause": (
        "The national average for procedural removals was about 69 percent, according to KFF, the health policy research group, so Georgia is not an outlier.",
        [
            (
                "KFF",
                "organisation",
                "reported",
                "according to",
                "The national average for procedural removals was about 69 percent",
                0,
                65,
            ),
        ],
    ),
    "strategists_we_talked_to": (
        "Expansion supporters believe the numbers help. Republican strategists we talked to think voters care far more about grocery prices.",
        [
            ("Expansion supporters", "group", "reported", "believe", "the numbers help", 29, 45),
            (
                "Republican strategists",
                "group",
                "reported",
                "think",
                "voters care far more about grocery prices",
                89,
                130,
            ),
        ],
    ),
    "the_family_of_a_named_man": (
        "The family of Tyler Elvington, the Bexworth University freshman who died in September, said Tuesday that the university had been warned.",
        [
            (
                "Elvington family",
                "group",
                "reported",
                "said",
                "the university had been warned",
                105,
                135,
            ),
        ],
    ),
    "a_governors_office_by_his_surname": (
        "Gov. Erik Janssen pardoned 12 protesters. Janssen's office said the pardons take effect immediately.",
        [
            (
                "governor's office",
                "organisation",
                "reported",
                "said",
                "the pardons take effect immediately",
                64,
                99,
            ),
        ],
    ),
    "the_coalitions_mailers": (
        'The Fenmoor Jobs Coalition opposes the measure. The coalition\'s mailers warn that "your favorite spot could close."',
        [
            (
                "Fenmoor Jobs Coalition",
                "organisation",
                "reported",
                "opposes",
                "the measure",
                35,
                46,
            ),
            (
                "Fenmoor Jobs Coalition",
                "organisation",
                "direct",
                "warn",
                "your favorite spot could close.",
                83,
                114,
            ),
        ],
    ),
    "a_poll_of_voters_by_a_firm_with_a_dated_aside": (
        "A poll of likely voters in the district by Kelsmoor Strategies, taken before the fine was announced, found Ingraham leading Akhtar 47 percent to 43 percent.",
        [
            (
                "Kelsmoor Strategies",
                "organisation",
                "reported",
                "found",
                "Ingraham leading Akhtar 47 percent to 43 percent",
                107,
                155,
            ),
        ],
    ),
    "a_possessive_is_no_part_of_a_persons_name": (
        'Gov. Marcus Oxenholme\'s budget would cut the award. His office says the cut would save money. "We do not spend money we do not have," Oxenholme told reporters last Tuesday.',
        [
            (
                "governor's office",
                "organisation",
                "reported",
                "says",
                "the cut would save money",
                68,
                92,
            ),
            (
                "Marcus Oxenholme",
                "Gov.",
                "direct",
                "told",
                "We do not spend money we do not have",
                95,
                131,
            ),
        ],
    ),
    "her_firm_estimated": (
        '"Halvorden has too many stores," said Harriet Sowerbutts, a retail analyst at Mercator Wetherall Securities. The chain could close another 200 stores within two years, her firm estimated in a note to clients.',
        [
            (
                "Harriet Sowerbutts",
                "retail analyst at Mercator Wetherall Securities",
                "direct",
                "said",
                "Halvorden has too many stores",
                1,
                30,
            ),
            (
                "Mercator Wetherall Securities",
                "organisation",
                "reported",
                "estimated",
                "The chain could close another 200 stores within two years",
                109,
                166,
            ),
        ],
    ),
    "her_group_after_a_described_group_she_directs": (
        '"A cap for one product is a press release," said Beatriz Ngcobo, director of the advocacy group Patients Before Patents. Her group believes Congress should cap insulin costs for every patient.',
        [
            (
                "Beatriz Ngcobo",
                "director of the advocacy group Patients Before Patents",
                "direct",
                "said",
                "A cap for one product is a press release",
                1,
                41,
            ),
            (
                "Patients Before Patents",
                "organisation",
                "reported",
                "believes",
                "Congress should cap insulin costs for every patient",
                140,
                191,
            ),
        ],
    ),
    "the_super_pac_named_before": (
        "Kestle County Forward, a super PAC, ran the ad. In a statement Wednesday, the super PAC said its funding came from Maryland families.",
        [
            (
                "Kestle County Forward",
                "organisation",
                "reported",
                "said",
                "its funding came from Maryland families",
                93,
                132,
            ),
        ],
    ),
    "the_countys_medical_examiners_office": (
        "PHOENIX — Maricopa County has seen record heat. The county's medical examiner's office says more than half of last year's heat deaths were among people experiencing homelessness.",
        [
            (
                "Maricopa County medical examiner's office",
                "organisation",
                "reported",
                "says",
                "more than half of last year's heat deaths were among people experiencing homelessness",
                92,
                177,
            ),
        ],
    ),
    "the_district_attorneys_office_of_the_one_county": (
        "OAKLAND — Alameda County prosecutors got referrals. The district attorney's office said it had received the referrals.",
        [
            (
                "Alameda County district attorney's office",
                "organisation",
                "reported",
                "said",
                "it had received the referrals",
                88,
                117,
            ),
        ],
    ),
    "the_departments_own_dashboard": (
        "Oakland has a rent program run by the Housing Department. About 2,100 applications were pending, according to the department's own dashboard.",
        [
            (
                "Housing Department",
                "organisation",
                "reported",
                "according to",
                "About 2,100 applications were pending",
                58,
                95,
            ),
        ],
    ),
    "figures_compiled_by_the_union_from_records": (
        "The Eastbay Renters Union sued. Evictions fell by 40 percent, according to figures compiled by the union from court records. Tariffs hurt, according to a study by the Council on Foreign Relations in May.",
        [
            (
                "Eastbay Renters Union",
                "organisation",
                "reported",
                "according to",
                "Evictions fell by 40 percent",
                32,
                60,
            ),
            (
                "Council on Foreign Relations",
                "organisation",
                "reported",
                "according to",
                "Tariffs hurt",
                125,
                137,
            ),
        ],
    ),
    "according_to_a_study_commissioned_from_a_lab": (
        "Bills will fall, according to a study commissioned by the city from the Nethercrag Energy Lab. A study, commissioned by the county from the Tarrow Policy Lab, found that rents will rise.",
        [
            (
                "Nethercrag Energy Lab",
                "organisation",
                "reported",
                "according to",
                "Bills will fall",
                0,
                15,
            ),
            ("Tarrow Policy Lab", "organisation", "reported", "found", "rents will rise", 170, 185),
        ],
    ),
    "a_spokesperson_speaks_for_the_named_body": (
        "A State Department spokesperson said the department does not comment on actions by individual states.",
        [
            (
                "a State Department spokesperson",
                "unnamed source",
                "reported",
                "said",
                "the department does not comment on actions by individual states",
                37,
                100,
            ),
        ],
    ),
    "a_division_spokesman_after_the_division": (
        "The Nevada Division of Water Resources must still approve the transfer. A division spokesman said it had received the application.",
        [
            (
                "a division spokesman",
                "unnamed source",
                "reported",
                "said",
                "it had received the application",
                98,
                129,
            ),
        ],
    ),
    "an_agency_spokesperson_by_its_initials": (
        "The U.S. Environmental Protection Agency said it had sent two coordinators. An EPA spokesperson said the agency would decide in the coming days.",
        [
            (
                "U.S. Environmental Protection Agency",
                "organisation",
                "reported",
                "said",
                "it had sent two coordinators",
                46,
                74,
            ),
            (
                "an EPA spokesperson",
                "unnamed source",
                "reported",
                "said",
                "the agency would decide in the coming days",
                101,
                143,
            ),
        ],
    ),
    "a_pollsters_poll_commissioned_by_a_paper": (
        "Voters were split 46 percent to 45 percent, a Glenmorrow Civic Research poll commissioned by the Clarion and released last week found.",
        [
            (
                "Glenmorrow Civic Research",
                "organisation",
                "reported",
                "found",
                "Voters were split 46 percent to 45 percent",
                0,
                42,
            ),
        ],
    ),
    "a_campaign_named_save_our_x": (
        "Save Our General believes a sale will lead to cuts, and the group has called for a citywide referendum.",
        [
            (
                "Save Our General",
                "organisation",
                "reported",
                "believes",
                "a sale will lead to cuts",
                26,
                50,
            ),
            (
                "Save Our General",
                "organisation",
                "reported",
                "called",
                "a citywide referendum",
                81,
                102,
            ),
        ],
    ),
    "a_poll_paid_for_by_a_group": (
        "His rating fell to 36 percent, according to a Ohmsbury Research poll paid for by a group backing Yountsey.",
        [
            (
                "Ohmsbury Research",
                "organisation",
                "reported",
                "according to",
                "His rating fell to 36 percent",
                0,
                29,
            ),
        ],
    ),
    "a_sum_in_a_who_clause": (
        "Mayor Ellis Varnum spoke. Varnum, who unveiled his $1.9 billion plan Thursday, said the city faced a $112 million deficit.",
        [
            (
                "Ellis Varnum",
                "Mayor",
                "reported",
                "said",
                "the city faced a $112 million deficit",
                84,
                121,
            ),
        ],
    ),
    "according_to_x_though_others_say": (
        "The statue was cut from its base at the Dunmore Museum of Art. It was insured for $2 million, according to the museum, though experts say it would be worth more today.",
        [
            (
                "Dunmore Museum of Art",
                "organisation",
                "reported",
                "according to",
                "It was insured for $2 million",
                63,
                92,
            ),
            ("experts", "group", "reported", "say", "it would be worth more today", 138, 166),
        ],
    ),
    "supporters_say_a_and_critics_say_b": (
        "The House passed the bill, a change that supporters say will ease a shortage and critics say will lower the bar.",
        [
            ("supporters", "group", "reported", "say", "will ease a shortage", 56, 76),
            ("critics", "group", "reported", "say", "will lower the bar", 93, 111),
        ],
    ),
    "a_zoo_speaks_as_the_zoo": (
        "The Pellow Zoo will close its bird house. The zoo said in a news release that the birds will go to a sanctuary.",
        [
            (
                "Pellow Zoo",
                "organisation",
                "reported",
                "said",
                "the birds will go to a sanctuary",
                78,
                110,
            ),
        ],
    ),
    "zoo_officials_speak_for_the_zoo": (
        "The Pellow Zoo will close its bird house, zoo officials announced Tuesday.",
        [
            (
                "Pellow Zoo",
                "organisation",
                "reported",
                "announced",
                "The Pellow Zoo will close its bird house",
                0,
                40,
            ),
        ],
    ),
    "the_agency_after_federal_initials": (
        "The Fenwick Growers Alliance opposed the rule. The FDA has been cautious. The agency has acknowledged that some children may be sensitive to the dye.",
        [
            ("Fenwick Growers Alliance", "organisation", "reported", "opposed", "the rule", 37, 45),
            (
                "Food and Drug Administration",
                "organisation",
                "reported",
                "acknowledged",
                "some children may be sensitive to the dye",
                107,
                148,
            ),
        ],
    ),
    "commission_records_are_the_commissions": (
        "The Ohio Gaming Oversight Commission met Monday. The commission has fined four casinos since 2018, according to commission records.",
        [
            (
                "Ohio Gaming Oversight Commission",
                "organisation",
                "reported",
                "according to",
                "The commission has fined four casinos since 2018",
                49,
                97,
            ),
        ],
    ),
    "a_month_that_is_a_given_name": (
        "Commissioners Larry Oswin and June Tarrant voted no. Tarrant said she objected to the cost. She thinks the county could have leased the machines.",
        [
            ("June Tarrant", "", "reported", "said", "she objected to the cost", 66, 90),
            (
                "June Tarrant",
                "",
                "reported",
                "thinks",
                "the county could have leased the machines",
                103,
                144,
            ),
        ],
    ),
    "a_party_tag_with_a_two_word_town": (
        "Rep. Marcus Pellam, D-St. Louis, said the bill went too far.",
        [
            ("Marcus Pellam", "Rep.", "reported", "said", "the bill went too far", 38, 59),
        ],
    ),
    "a_january_poll_by_a_pollster": (
        "Fifty-two percent of voters opposed the plan, a January poll by Garrow Research found.",
        [
            (
                "Garrow Research",
                "organisation",
                "reported",
                "found",
                "Fifty-two percent of voters opposed the plan",
                0,
                44,
            ),
        ],
    ),
    "a_poll_named_survey": (
        "Most residents back the levy, a Kansas Horizon Survey found.",
        [
            (
                "Kansas Horizon Survey",
                "organisation",
                "reported",
                "found",
                "Most residents back the levy",
                0,
                28,
            ),
        ],
    ),
    "said_a_but_warned_the_council_that_b": (
        "Mayor Ellis Varnum spoke. Varnum said he was open to changes but warned the council that any new money would come from parks.",
        [
            ("Ellis Varnum", "Mayor", "reported", "said", "he was open to changes", 38, 60),
            (
                "Ellis Varnum",
                "Mayor",
                "reported",
                "warned",
                "any new money would come from parks",
                89,
                124,
            ),
        ],
    ),
    "believes_a_but_he_said_b": (
        "Sen. Tom Ashgrove believes lawmakers will restore the money, but he said the college could not plan on it.",
        [
            (
                "Tom Ashgrove",
                "Sen.",
                "reported",
                "believes",
                "lawmakers will restore the money",
                27,
                59,
            ),
            (
                "Tom Ashgrove",
                "Sen.",
                "reported",
                "said",
                "the college could not plan on it",
                73,
                105,
            ),
        ],
    ),
    "a_report_prepared_for_the_commission": (
        "Nine of the 40 scanners failed, according to a report prepared by the Dorrin County Board of Elections for the commission.",
        [
            (
                "Dorrin County Board of Elections",
                "organisation",
                "reported",
                "according to",
                "Nine of the 40 scanners failed",
                0,
                30,
            ),
        ],
    ),
    "a_public_health_department": (
        "The Linn County Public Health department said it would offer free shots on Saturday.",
        [
            (
                "Linn County Public Health",
                "organisation",
                "reported",
                "said",
                "it would offer free shots on Saturday",
                46,
                83,
            ),
        ],
    ),
    "but_a_name_then_a_who_clause_with_a_comma": (
        "But Alan Pirrie, who studies housing at the University of California, Berkeley, thinks the study has been stretched.",
        [
            ("Alan Pirrie", "", "reported", "thinks", "the study has been stretched", 87, 115),
        ],
    ),
    "a_poll_conducted_for_a_client": (
        "Forty-eight percent of voters backed Measure H, according to a poll conducted for Dunmere Public Radio last month. The survey also found that support was highest among renters.",
        [
            (
                "Dunmere Public Radio",
                "organisation",
                "reported",
                "according to",
                "Forty-eight percent of voters backed Measure H",
                0,
                46,
            ),
            (
                "Dunmere Public Radio",
                "organisation",
                "reported",
                "found",
                "support was highest among renters",
                142,
                175,
            ),
        ],
    ),
    "a_bureaus_named_survey": (
        "Renters make up 57.6 percent of households, according to the Census Bureau's most recent American Community Survey.",
        [
            (
                "Census Bureau",
                "organisation",
                "reported",
                "according to",
                "Renters make up 57.6 percent of households",
                0,
                42,
            ),
        ],
    ),
    "her_campaign_is_the_womans": (
        'Sen. Ann Dorrell opposed it. Rep. Tom Kivell said he expected the House to pass it, setting up a fight that Dorrell has vowed to resist. In an email Wednesday, her campaign wrote that the senator "will not trade it away."',
        [
            (
                "Ann Dorrell",
                "Sen.",
                "reported",
                "opposed",
                "it",
                25,
                27,
            ),
            (
                "Tom Kivell",
                "Rep.",
                "reported",
                "said",
                "he expected the House to pass it, setting up a fight that Dorrell has vowed to resist",
                50,
                135,
            ),
            (
                "Dorrell campaign",
                "organisation",
                "reported",
                "wrote",
                'the senator "will not trade it away."',
                184,
                221,
            ),
        ],
    ),
    "a_lottery_speaks": (
        "Director Naomi Fenster quit. The Iowa Lottery runs the games. The lottery said all drawings would go ahead.",
        [
            (
                "Iowa Lottery",
                "organisation",
                "reported",
                "said",
                "all drawings would go ahead",
                79,
                106,
            ),
        ],
    ),
    "a_board_named_in_full_before": (
        "The Kellworth County Board of Elections met. Every ballot was confirmed by a hand count, according to the Board of Elections.",
        [
            (
                "Kellworth County Board of Elections",
                "organisation",
                "reported",
                "according to",
                "Every ballot was confirmed by a hand count",
                45,
                87,
            ),
        ],
    ),
    "the_countys_capitalised_office": (
        "The fire grew in Plover County. About 3,100 homes remained under evacuation orders, according to the county's Office of Emergency Services.",
        [
            (
                "Plover County Office of Emergency Services",
                "organisation",
                "reported",
                "according to",
                "About 3,100 homes remained under evacuation orders",
                32,
                82,
            ),
        ],
    ),
    "a_subject_and_present_verb_before_a_quote": (
        'Gov. Richard Ebbert got it. Ebbert has said that the state\'s certification system needs "modernizing."',
        [
            (
                "Richard Ebbert",
                "",
                "reported",
                "said",
                'the state\'s certification system needs "modernizing."',
                49,
                102,
            ),
            ("Richard Ebbert", "", "direct", "said", "modernizing.", 89, 101),
        ],
    ),
    "said_a_quote_and_that_b": (
        'Mayor Kevin Fenwright opposes the measure. In a statement, Fenwright said "the right answer is more housing," and that he would bring the council a plan this fall.',
        [
            ("Kevin Fenwright", "Mayor", "reported", "opposes", "the measure", 30, 41),
            (
                "Kevin Fenwright",
                "Mayor",
                "direct",
                "said",
                "the right answer is more housing",
                75,
                107,
            ),
            (
                "Kevin Fenwright",
                "Mayor",
                "reported",
                "said",
                "he would bring the council a plan this fall",
                119,
                162,
            ),
        ],
    ),
    "a_plural_subject_and_modal_before_a_quote": (
        'The Tarrow Leave Alliance said in a statement that "a program that is used was needed" and that lawmakers should not "punish success."',
        [
            (
                "Tarrow Leave Alliance",
                "organisation",
                "direct",
                "said",
                "a program that is used was needed",
                52,
                85,
            ),
            (
                "Tarrow Leave Alliance",
                "organisation",
                "reported",
                "said",
                'lawmakers should not "punish success."',
                96,
                134,
            ),
            (
                "Tarrow Leave Alliance",
                "organisation",
                "direct",
                "said",
                "punish success.",
                118,
                133,
            ),
        ],
    ),
    "told_investors_according_to_a_transcript": (
        "Margaret Aldous told investors in March that the company was cooperating fully, according to a transcript of the call.",
        [
            (
                "Margaret Aldous",
                "",
                "reported",
                "told",
                "the company was cooperating fully",
                45,
                78,
            ),
        ],
    ),
    "a_one_word_company_which_clause": (
        "Attorney General Ann Colby sued Pellwick Drug. Pellwick, which operates 212 stores in Michigan, Ohio and Indiana, denied the allegations.",
        [
            ("Pellwick Drug", "organisation", "reported", "denied", "the allegations", 121, 136),
        ],
    ),
    "the_countys_board_said_inverted": (
        "Voters in Kellworth County will use new machines. The machines would be in every polling place by 2028, the county's Board of Elections said.",
        [
            (
                "Kellworth County Board of Elections",
                "organisation",
                "reported",
                "said",
                "The machines would be in every polling place by 2028",
                50,
                102,
            ),
        ],
    ),
    "a_letter_her_office_sent": (
        "State Auditor Rhonda Isling spoke. According to a letter her office sent to the lottery's board, billings rose from $3 million to $9.6 million.",
        [
            (
                "auditor's office",
                "organisation",
                "reported",
                "according to",
                "billings rose from $3 million to $9.6 million",
                97,
                142,
            ),
        ],
    ),
    "a_pac_named_after_a_party": (
        'A super PAC aligned with House Republicans, the Coulee Ridge Majority PAC, said it had reserved $4 million. "Voters will not be fooled," the PAC said in a statement.',
        [
            (
                "Coulee Ridge Majority PAC",
                "organisation",
                "reported",
                "said",
                "it had reserved $4 million",
                80,
                106,
            ),
            (
                "Coulee Ridge Majority PAC",
                "organisation",
                "direct",
                "said",
                "Voters will not be fooled",
                109,
                134,
            ),
        ],
    ),
    "a_company_named_after_its_description": (
        "The agency, Bythell Creative, got contracts. Bythell said in a statement that its work was approved through the lottery's standard process.",
        [
            (
                "Bythell Creative",
                "organisation",
                "reported",
                "said",
                "its work was approved through the lottery's standard process",
                78,
                138,
            ),
        ],
    ),
    "a_participle_aside_is_no_role": (
        'Treasurer Howard Stavely defended the fund. Stavely, asked about the post, said, "She is welcome to."',
        [
            ("Howard Stavely", "Treasurer", "reported", "defended", "the fund", 34, 42),
            ("Howard Stavely", "Treasurer", "direct", "said", "She is welcome to.", 82, 100),
        ],
    ),
    "said_name_a_professor_who_has_studied": (
        "Oversight boards remain uncommon, said Samuel Rawlins, a professor at Temple University who has studied civilian review in 40 cities.",
        [
            (
                "Samuel Rawlins",
                "professor at Temple University",
                "reported",
                "said",
                "Oversight boards remain uncommon",
                0,
                32,
            ),
        ],
    ),
    "a_party_tag_before_voted_but_said": (
        "Senate Minority Leader Yvette Wroth, D-Decatur, voted for the bill but said she had serious concerns about advertising.",
        [
            (
                "Yvette Wroth",
                "Senate Minority Leader",
                "reported",
                "said",
                "she had serious concerns about advertising",
                76,
                118,
            ),
        ],
    ),
    "signed_calling_it_a_quotation": (
        'Gov. Laura Wexley signed a suspension of the gas tax, calling it "a little breathing room for families."',
        [
            (
                "Laura Wexley",
                "Gov.",
                "direct",
                "calling",
                "a little breathing room for families.",
                66,
                103,
            ),
        ],
    ),
    "its_ads_after_a_pac_says_it_will_spend": (
        'Keelmore Forward spent $1 million on ads. The Saucer Run Prosperity Fund, a super PAC, says it will spend "at least $2 million more" before Election Day. Its ads accuse Manzo of being "soft on crime."',
        [
            (
                "Saucer Run Prosperity Fund",
                "organisation",
                "reported",
                "says",
                'it will spend "at least $2 million more" before Election Day',
                92,
                152,
            ),
            (
                "Saucer Run Prosperity Fund",
                "organisation",
                "direct",
                "says",
                "at least $2 million more",
                107,
                131,
            ),
            (
                "Saucer Run Prosperity Fund",
                "organisation",
                "direct",
                "accuse",
                "soft on crime.",
                185,
                199,
            ),
        ],
    ),
    "believes_a_and_she_has_called_for_b": (
        "Club president Neha Tarrant spoke. She believes the race will lose runners, and she has called for a vote of last year's finishers.",
        [
            ("Neha Tarrant", "", "reported", "believes", "the race will lose runners", 48, 74),
            ("Neha Tarrant", "", "reported", "called", "a vote of last year's finishers", 99, 130),
        ],
    ),
    "according_to_a_memo_she_sent": (
        "City Attorney Helen Waterbury spoke. Courts in two other states have upheld similar boards, according to a memo she sent council members last week.",
        [
            (
                "Helen Waterbury",
                "",
                "reported",
                "according to",
                "Courts in two other states have upheld similar boards",
                37,
                90,
            ),
        ],
    ),
    "the_governors_campaign_by_name": (
        "Gov. Tom Axworth is running again. The governor's campaign dismissed the numbers as meaningless.",
        [
            (
                "Axworth campaign",
                "organisation",
                "reported",
                "dismissed",
                "the numbers as meaningless",
                69,
                95,
            ),
        ],
    ),
    "a_persons_group_is_the_group_she_leads": (
        "Carla Iddle leads Keep Grisby Rolling, a group of drivers. Iddle's group has promised a petition drive if the council passes the fee.",
        [
            (
                "Keep Grisby Rolling",
                "organisation",
                "reported",
                "promised",
                "a petition drive if the council passes the fee",
                86,
                132,
            ),
        ],
    ),
    "a_name_whose_board_endorsed": (
        'The Ward 3 Neighborhood Association, whose board endorsed Garfield in 2023, wrote in a letter that Garfield "attends our meetings."',
        [
            (
                "Ward 3 Neighborhood Association",
                "organisation",
                "direct",
                "wrote",
                "attends our meetings.",
                109,
                130,
            ),
        ],
    ),
    "a_name_a_republican_who_has_called_it": (
        'The program is a signature initiative of Gov. Margaret Foulds, a Republican, who has called it "the engine of our rural comeback."',
        [
            (
                "Margaret Foulds",
                "Gov.",
                "direct",
                "called",
                "the engine of our rural comeback.",
                96,
                129,
            ),
        ],
    ),
    "a_departments_month_forecast": (
        "Farmers will harvest less wheat, according to the U.S. Department of Agriculture's June forecast.",
        [
            (
                "U.S. Department of Agriculture",
                "organisation",
                "reported",
                "according to",
                "Farmers will harvest less wheat",
                0,
                31,
            ),
        ],
    ),
    "the_legislatures_own_office": (
        "A 2024 report by the Legislature's own research office found that the department did not track jobs.",
        [
            (
                "Legislature's research office",
                "organisation",
                "reported",
                "found",
                "the department did not track jobs",
                66,
                99,
            ),
        ],
    ),
    "a_citizens_for_a_name": (
        "The Citizens for a Solvent Lindale has called for a public vote on the bonds and says it will begin collecting signatures this week.",
        [
            (
                "Citizens for a Solvent Lindale",
                "organisation",
                "reported",
                "called",
                "a public vote on the bonds",
                50,
                76,
            ),
            (
                "Citizens for a Solvent Lindale",
                "organisation",
                "reported",
                "says",
                "it will begin collecting signatures",
                86,
                121,
            ),
        ],
    ),
    "says_a_and_claims_that_b": (
        "The Halford General Hospital faces a strike. The hospital says it has hired 310 nurses and claims that its turnover rate has fallen to 14 percent.",
        [
            (
                "Halford General Hospital",
                "organisation",
                "reported",
                "says",
                "it has hired 310 nurses",
                63,
                86,
            ),
            (
                "Halford General Hospital",
                "organisation",
                "reported",
                "claims",
                "its turnover rate has fallen to 14 percent",
                103,
                145,
            ),
        ],
    ),
    "a_poll_for_a_paper": (
        "Fifty-two percent of city voters oppose the fee, a poll for the Grisby Courier-Herald found in October.",
        [
            (
                "Grisby Courier-Herald",
                "organisation",
                "reported",
                "found",
                "Fifty-two percent of city voters oppose the fee",
                0,
                47,
            ),
        ],
    ),
    "a_drought_monitor_showed": (
        "Nearly 70 percent of the state's wheat acres are in severe drought, the U.S. Drought Monitor showed last week.",
        [
            (
                "U.S. Drought Monitor",
                "organisation",
                "reported",
                "showed",
                "Nearly 70 percent of the state's wheat acres are in severe drought",
                0,
                66,
            ),
        ],
    ),
    "a_review_of_minutes_by_the_newsletter": (
        "The board has approved every commitment since 2019, a Quillbrook review of board minutes shows. Only two of those votes were not unanimous, the review found.",
        [
            (
                "Quillbrook",
                "organisation",
                "reported",
                "shows",
                "The board has approved every commitment since 2019",
                0,
                50,
            ),
            (
                "Quillbrook",
                "organisation",
                "reported",
                "found",
                "Only two of those votes were not unanimous",
                96,
                138,
            ),
        ],
    ),
    "the_lawsuit_filed_by_her_claims": (
        "Harriet Culver filed a complaint. The complaint, filed Sept. 30 by Harriet Culver of Tanner Street, claims that Garfield moved in 2025.",
        [
            (
                "Harriet Culver",
                "Tanner Street",
                "reported",
                "claims",
                "Garfield moved in 2025",
                112,
                134,
            ),
        ],
    ),
    "she_after_a_name_that_opens_the_sentence": (
        "Nurse Rosa Palermo said the clinic was busy. Amira Sadiq brought her two daughters, ages 6 and 9. She says she had meant to get the younger one's second shot for months.",
        [
            ("Rosa Palermo", "Nurse", "reported", "said", "the clinic was busy", 24, 43),
            (
                "Amira Sadiq",
                "",
                "reported",
                "says",
                "she had meant to get the younger one's second shot for months",
                107,
                168,
            ),
        ],
    ),
    "state_initials_with_of": (
        "The Oklahoma Department of Transportation closed the bridge. A temporary bridge is expected to open in December, ODOT said.",
        [
            (
                "Oklahoma Department of Transportation",
                "organisation",
                "reported",
                "said",
                "A temporary bridge is expected to open in December",
                61,
                111,
            ),
        ],
    ),
    "a_union_and_its_local": (
        "The Seacombe Mariners Union, Local 12, argued that the ferry service pays captains less.",
        [
            (
                "Seacombe Mariners Union",
                "organisation",
                "reported",
                "argued",
                "the ferry service pays captains less",
                51,
                87,
            ),
        ],
    ),
    "a_capitalised_poll_with_a_participle": (
        "Sakamura leads Pasterly 44 percent to 41 percent, a Tollbury University Poll released Tuesday found.",
        [
            (
                "Tollbury University Poll",
                "organisation",
                "reported",
                "found",
                "Sakamura leads Pasterly 44 percent to 41 percent",
                0,
                48,
            ),
        ],
    ),
    "a_poll_by_a_hyphenated_paper": (
        "Most voters favored hiring more officers, a poll by the Herald-Dispatch found this month.",
        [
            (
                "Herald-Dispatch",
                "organisation",
                "reported",
                "found",
                "Most voters favored hiring more officers",
                0,
                40,
            ),
        ],
    ),
    "reports_the_pac_filed": (
        "The largest group is Pennsylvanians for Fair Courts, a super PAC. Most of its money came from one donor, according to reports the PAC filed with the Department of State.",
        [
            (
                "Pennsylvanians for Fair Courts",
                "organisation",
                "reported",
                "according to",
                "Most of its money came from one donor",
                66,
                103,
            ),
        ],
    ),
    "camel_case_data_keeps_its_name": (
        "About $19 million went to television, AdSignal data shows.",
        [
            (
                "AdSignal data",
                "records",
                "reported",
                "shows",
                "About $19 million went to television",
                0,
                36,
            ),
        ],
    ),
    "in_a_filing_with_an_agency_the_company": (
        "Dunmore Foods will close 41 stores. In a filing with the Securities and Exchange Commission, the company disclosed that its sales had fallen for six quarters.",
        [
            (
                "Dunmore Foods",
                "organisation",
                "reported",
                "disclosed",
                "its sales had fallen for six quarters",
                120,
                157,
            ),
        ],
    ),
    "a_university_campus_after_its_state": (
        "Jonathan Fillmore, a labor economist at the University of Nevada, Reno, thinks the job losses will be smaller than the industry predicts.",
        [
            (
                "Jonathan Fillmore",
                "labor economist at the University of Nevada",
                "reported",
                "thinks",
                "the job losses will be smaller than the industry predicts",
                79,
                136,
            ),
        ],
    ),
    "data_analyzed_by_a_paper": (
        "At least 11 of the 41 stores are in low-income tracts, according to U.S. Department of Agriculture data analyzed by the Brackley Press.",
        [
            (
                "U.S. Department of Agriculture",
                "organisation",
                "reported",
                "according to",
                "At least 11 of the 41 stores are in low-income tracts",
                0,
                53,
            ),
        ],
    ),
    "the_regional_grocery_chain_said_in_a_lede": (
        "CINCINNATI (BP) — Dunmore Foods will close 41 of its supermarkets by the end of May, the regional grocery chain said Tuesday, blaming rising costs.",
        [
            (
                "Dunmore Foods",
                "organisation",
                "reported",
                "said",
                "Dunmore Foods will close 41 of its supermarkets by the end of May",
                18,
                83,
            ),
        ],
    ),
    "according_to_x_which_also_found": (
        "The funds paid $612 million in fees, according to the state's Independent Fiscal Office, which also found that returns trailed benchmarks.",
        [
            (
                "Independent Fiscal Office",
                "organisation",
                "reported",
                "according to",
                "The funds paid $612 million in fees",
                0,
                35,
            ),
            (
                "Independent Fiscal Office",
                "organisation",
                "reported",
                "found",
                "returns trailed benchmarks",
                111,
                137,
            ),
        ],
    ),
    "a_group_under_the_name": (
        "Opponents have organized for more than a year under the name Friends of Mossby Creek. The group says it has collected more than 3,100 signatures.",
        [
            (
                "Friends of Mossby Creek",
                "organisation",
                "reported",
                "says",
                "it has collected more than 3,100 signatures",
                101,
                144,
            ),
        ],
    ),
    "a_fiscal_note_prepared_by": (
        "The wage could reduce fast-food employment by 1 to 3 percent, a fiscal note prepared by the Legislative Counsel Bureau estimated.",
        [
            (
                "Legislative Counsel Bureau",
                "organisation",
                "reported",
                "estimated",
                "The wage could reduce fast-food employment by 1 to 3 percent",
                0,
                60,
            ),
        ],
    ),
    "whose_office_said": (
        "RALEIGH — The House voted 68-50 on Tuesday to lift the cap, sending the bill to Gov. Andrea Clitherow, whose office said she would almost certainly veto it.",
        [
            (
                "governor's office",
                "organisation",
                "reported",
                "said",
                "she would almost certainly veto it",
                121,
                155,
            ),
        ],
    ),
    "a_study_paid_for_by_x_and_conducted_by_y": (
        "Ethanol plants could earn an extra $300 million a year, according to a study paid for by the company and conducted by Furrowby Agricultural Economics.",
        [
            (
                "Furrowby Agricultural Economics",
                "organisation",
                "reported",
                "according to",
                "Ethanol plants could earn an extra $300 million a year",
                0,
                54,
            ),
        ],
    ),
    "a_poll_commissioned_by_x_and_conducted_by_y": (
        "A poll commissioned by the Chronicle and conducted by Thistlewood Survey Group in July found that 51 percent of likely voters favored the tax.",
        [
            (
                "Thistlewood Survey Group",
                "organisation",
                "reported",
                "found",
                "51 percent of likely voters favored the tax",
                98,
                141,
            ),
        ],
    ),
    "according_to_its_filings": (
        "Pavewick Forward, a super PAC, has spent $1.2 million since May on ads, according to its filings with the Federal Election Commission.",
        [
            (
                "Pavewick Forward",
                "organisation",
                "reported",
                "according to",
                "Pavewick Forward, a super PAC, has spent $1.2 million since May on ads",
                0,
                70,
            ),
        ],
    ),
    "according_to_the_companys_application": (
        "Tollbury Carbon Solutions is the developer. The line would capture 9 million tons a year, according to the company's permit application.",
        [
            (
                "Tollbury Carbon Solutions",
                "organisation",
                "reported",
                "according to",
                "The line would capture 9 million tons a year",
                44,
                88,
            ),
        ],
    ),
    "the_automaker_said_in_a_lede": (
        "DELMONT, Ind. (RW) — Kestrel Motors will lay off about 1,800 workers this summer, the automaker said Wednesday, blaming slower sales.",
        [
            (
                "Kestrel Motors",
                "organisation",
                "reported",
                "said",
                "Kestrel Motors will lay off about 1,800 workers this summer",
                21,
                80,
            ),
        ],
    ),
    "a_locals_president_by_name": (
        "In a video posted on Facebook, UAW Local 2291 President Deborah Azevado said the union would fight to keep as many jobs as possible.",
        [
            (
                "Deborah Azevado",
                "UAW Local 2291 President",
                "reported",
                "said",
                "the union would fight to keep as many jobs as possible",
                77,
                131,
            ),
        ],
    ),
    "a_pollsters_survey_for_a_paper": (
        "Seventy-one percent of Ohio voters support a cap on property tax increases, a Glimmerby Research survey for the Tinderbox found last week.",
        [
            (
                "Glimmerby Research",
                "organisation",
                "reported",
                "found",
                "Seventy-one percent of Ohio voters support a cap on property tax increases",
                0,
                74,
            ),
        ],
    ),
    "an_ad_sponsor_named_after_its_description": (
        'A Colorado-based group, Ivybury Plains Alliance, has spent at least $85,000 on mailers since June. One mailer claims that "wind turbines have been linked to sleep loss."',
        [
            (
                "Ivybury Plains Alliance",
                "organisation",
                "direct",
                "claims",
                "wind turbines have been linked to sleep loss.",
                123,
                168,
            ),
        ],
    ),
    "a_named_possessive_office_and_his_office": (
        'Rep. Tom Metzler faces a probe. Metzler\'s office denied any wrongdoing. "Every trip was cleared in advance," his office said in a statement.',
        [
            ("Metzler office", "organisation", "reported", "denied", "any wrongdoing", 56, 70),
            (
                "Metzler office",
                "organisation",
                "direct",
                "said",
                "Every trip was cleared in advance",
                73,
                106,
            ),
        ],
    ),
    "claims_after_with_is_a_noun": (
        'Consumer advocates see it differently. The Tinderby Policyholders Project, a nonprofit that helps wildfire survivors with claims, accused insurers of "taking the premiums in the good years."',
        [
            (
                "Tinderby Policyholders Project",
                "organisation",
                "direct",
                "accused",
                "taking the premiums in the good years.",
                151,
                189,
            ),
        ],
    ),
    "officials_in_a_that_clause": (
        "The council voted 7-6 early Tuesday to commit $410 million, ending two years of negotiations that team officials said had come close to collapse at least twice.",
        [
            (
                "team officials",
                "group",
                "reported",
                "said",
                "had come close to collapse at least twice",
                118,
                159,
            ),
        ],
    ),
    "the_fair_said": (
        "The Iowa State Fair drew a record crowd. The fair said its first-aid stations treated 214 people.",
        [
            (
                "Iowa State Fair",
                "organisation",
                "reported",
                "said",
                "its first-aid stations treated 214 people",
                55,
                96,
            ),
        ],
    ),
    "a_review_of_studies_published_by_x_found": (
        "Curfews have little measurable effect on juvenile crime, a review of 12 studies published last year by the Kellbury Center for Youth Justice found.",
        [
            (
                "Kellbury Center for Youth Justice",
                "organisation",
                "reported",
                "found",
                "Curfews have little measurable effect on juvenile crime",
                0,
                55,
            ),
        ],
    ),
    "the_most_recent_inspection_report_by_x_found": (
        "The jail was out of compliance with 14 state standards, the most recent inspection report by the Ohio Department of Rehabilitation and Correction found.",
        [
            (
                "Ohio Department of Rehabilitation and Correction",
                "organisation",
                "reported",
                "found",
                "The jail was out of compliance with 14 state standards",
                0,
                54,
            ),
        ],
    ),
    "a_company_of_its_town": (
        "The towboat is operated by Norbury Marine Transport of Varnock. In a statement, the company said its crew had followed all safety procedures.",
        [
            (
                "Norbury Marine Transport",
                "organisation",
                "reported",
                "said",
                "its crew had followed all safety procedures",
                97,
                140,
            ),
        ],
    ),
    "says_this_happens": (
        "Three men sleep on cots because there are no beds left. Sheriff Angela Wiltby says this happens most weeks now.",
        [
            (
                "Angela Wiltby",
                "Sheriff",
                "reported",
                "says",
                "this happens most weeks now",
                83,
                110,
            ),
        ],
    ),
    "river_pilots_said": (
        "The river was running high after heavy rain. River pilots said high water makes the approach to the bridge one of the hardest on the river.",
        [
            (
                "River pilots",
                "group",
                "reported",
                "said",
                "high water makes the approach to the bridge one of the hardest on the river",
                63,
                138,
            ),
        ],
    ),
    "the_airline_named_before_it_spoke": (
        "Pilots at Corrandel Airlines walked out at dawn. It had canceled 600 flights by noon, the airline said, and it expected more cancellations on Friday.",
        [
            (
                "Corrandel Airlines",
                "organisation",
                "reported",
                "said",
                "It had canceled 600 flights by noon",
                49,
                84,
            ),
            (
                "Corrandel Airlines",
                "organisation",
                "reported",
                "said",
                "it expected more cancellations on Friday",
                108,
                148,
            ),
        ],
    ),
    "the_union_named_in_a_speakers_title": (
        '"We waited long enough," said Dara Pell, president of the Association of Ramp Workers, which represents 9,000 baggage handlers. The union says its members are not paid for overtime.',
        [
            (
                "Dara Pell",
                "president of the Association of Ramp Workers",
                "direct",
                "said",
                "We waited long enough",
                1,
                22,
            ),
            (
                "Association of Ramp Workers",
                "organisation",
                "reported",
                "says",
                "its members are not paid for overtime",
                143,
                180,
            ),
        ],
    ),
    "the_campaign_of_a_described_candidate": (
        'The campaign of her Democratic opponent, former judge Willa Rennick, said it "welcomes the scrutiny" in a statement.',
        [
            ("Rennick campaign", "organisation", "direct", "said", "welcomes the scrutiny", 78, 99),
        ],
    ),
    "the_campaign_of_a_titled_candidate_who": (
        "The campaign of Councilman Otis Brayfield, who trails in most polls, said it had not seen the complaint.",
        [
            (
                "Brayfield campaign",
                "organisation",
                "reported",
                "said",
                "it had not seen the complaint",
                74,
                103,
            ),
        ],
    ),
    "one_comma_name_comma_said": (
        "Reporters spoke to four neighbors. One, Hal Drummet, said he saw the candidate twice a week.",
        [
            ("Hal Drummet", "", "reported", "said", "he saw the candidate twice a week", 58, 91),
        ],
    ),
    "the_union_that_represents_x_says": (
        "Crews are short. The union that represents state park rangers says many posts are empty.",
        [
            (
                "union that represents state park rangers",
                "group",
                "reported",
                "says",
                "many posts are empty",
                67,
                87,
            ),
        ],
    ),
    "a_poll_of_people_in_a_place_found": (
        "A Tilbury College poll of voters in three Plains states found that 55 percent favor the plan. Most of them oppose new taxes, the poll showed.",
        [
            (
                "Tilbury College",
                "organisation",
                "reported",
                "found",
                "55 percent favor the plan",
                67,
                92,
            ),
            (
                "Tilbury College",
                "organisation",
                "reported",
                "showed",
                "Most of them oppose new taxes",
                94,
                123,
            ),
        ],
    ),
    "clause_tag_but_clause": (
        "Orrin Health said the outage began Monday. Patient care continues, the statement said, but some clinics had closed early.",
        [
            ("Orrin Health", "organisation", "reported", "said", "the outage began Monday", 18, 41),
            ("Orrin Health", "organisation", "reported", "said", "Patient care continues", 43, 65),
            (
                "Orrin Health",
                "organisation",
                "reported",
                "said",
                "some clinics had closed early",
                91,
                120,
            ),
        ],
    ),
    "said_that_a_and_warned_that_b": (
        "The Coastal Insurers Council said Friday that two carriers had stopped writing policies and warned that more could follow.",
        [
            (
                "Coastal Insurers Council",
                "organisation",
                "reported",
                "said",
                "two carriers had stopped writing policies",
                46,
                87,
            ),
            (
                "Coastal Insurers Council",
                "organisation",
                "reported",
                "warned",
                "more could follow",
                104,
                121,
            ),
        ],
    ),
    "is_saying_a_and_promised_to_b": (
        "Senate Minority Leader Grant Ollery is saying the plan will raise rents and promised on Tuesday to fight it next year.",
        [
            (
                "Grant Ollery",
                "Senate Minority Leader",
                "reported",
                "saying",
                "the plan will raise rents",
                46,
                71,
            ),
            (
                "Grant Ollery",
                "Senate Minority Leader",
                "reported",
                "promised",
                "to fight it next year",
                96,
                117,
            ),
        ],
    ),
    "said_a_but_expected_to_b": (
        "Ramsay's office said the governor would read the bill but expected to sign it next week.",
        [
            (
                "Ramsay's office",
                "organisation",
                "reported",
                "said",
                "the governor would read the bill",
                21,
                53,
            ),
            (
                "Ramsay's office",
                "organisation",
                "reported",
                "expected",
                "to sign it next week",
                67,
                87,
            ),
        ],
    ),
    "the_x_group_for_the_x_alliance": (
        "The Fernbrook Homeowners Alliance, a group of residents, opposes the rezoning. The Fernbrook group says it will gather signatures.",
        [
            (
                "Fernbrook Homeowners Alliance",
                "organisation",
                "reported",
                "opposes",
                "the rezoning",
                65,
                77,
            ),
            (
                "Fernbrook Homeowners Alliance",
                "organisation",
                "reported",
                "says",
                "it will gather signatures",
                104,
                129,
            ),
        ],
    ),
    "the_port_in_a_relative_clause_is_no_speaker": (
        "The Port of Haddle won a federal grant. The dockworkers' local that works the port said it welcomed the grant.",
        [],
    ),
    "x_group_is_the_group_x_founded_its_founder": (
        "The vote followed complaints by a parent group, Harlow Parents United. Its founder, Denise Oakhurst, said the group had read the books aloud. Oakhurst's group endorsed two board members last year.",
        [
            (
                "Denise Oakhurst",
                "founder",
                "reported",
                "said",
                "the group had read the books aloud",
                106,
                140,
            ),
            (
                "Harlow Parents United",
                "organisation",
                "reported",
                "endorsed",
                "two board members",
                168,
                185,
            ),
        ],
    ),
    "x_group_is_the_group_x_chairs_its_chairwoman_is": (
        "The recall is run by a group called Save Tillman County. Its chairwoman is retired nurse Maria Pennock. Pennock's group backs former deputy Luis Arreola for the job.",
        [
            (
                "Save Tillman County",
                "organisation",
                "reported",
                "backs",
                "former deputy Luis Arreola for the job",
                126,
                164,
            ),
        ],
    ),
    "tag_at_the_end_reports_a_verb_of_its_own": (
        "CASPER, Wyo. (AP) — State engineers warned twice that the dam's spillway was cracking, federal investigators said Tuesday in a report on the failure.",
        [
            (
                "federal investigators",
                "group",
                "reported",
                "said",
                "State engineers warned twice that the dam's spillway was cracking",
                20,
                85,
            ),
        ],
    ),
    "described_person_from_a_place_who_said": (
        "Aisha Brontley does not see it that way. The 41-year-old florist from Laramie, who has run her shop since 2009, said she paid $300 more this year.",
        [
            ("Aisha Brontley", "", "reported", "said", "she paid $300 more this year", 117, 145),
        ],
    ),
    "the_county_is_the_county_not_its_office": (
        "The man died in Vellmont County jail, according to the Vellmont County Sheriff's Office. The county has denied in court filings that its guards acted improperly.",
        [
            (
                "Vellmont County Sheriff's Office",
                "organisation",
                "reported",
                "according to",
                "The man died in Vellmont County jail",
                0,
                36,
            ),
            (
                "Vellmont County",
                "organisation",
                "reported",
                "denied",
                "its guards acted improperly",
                133,
                160,
            ),
        ],
    ),
    "the_suit_is_a_lawsuit_and_it_again": (
        "A group of farmers sued the state on Monday. The suit, filed in federal court in Omaha, claims that the rule violates the Clean Water Act. It asks a judge to block the rule before spring.",
        [
            (
                "a group of farmers",
                "group",
                "reported",
                "claims",
                "the rule violates the Clean Water Act",
                100,
                137,
            ),
            (
                "a group of farmers",
                "group",
                "reported",
                "asks",
                "a judge to block the rule before spring",
                147,
                186,
            ),
        ],
    ),
    "a_short_named_poll_keeps_its_written_form": (
        "Dana Kirk teaches at Corrow University. A Corrow poll conducted in May found that 61 percent of voters want change. Only 22 percent favored the current system, the poll found.",
        [
            (
                "Corrow University",
                "organisation",
                "reported",
                "found",
                "61 percent of voters want change",
                82,
                114,
            ),
            (
                "Corrow University",
                "organisation",
                "reported",
                "found",
                "Only 22 percent favored the current system",
                116,
                158,
            ),
        ],
    ),
    "a_poll_out_tuesday_from_x_found": (
        "A poll out Tuesday from Harrowgate Research found that 44 percent of voters had heard of the deal. Of those, 61 percent opposed it, the poll showed.",
        [
            (
                "Harrowgate Research",
                "organisation",
                "reported",
                "found",
                "44 percent of voters had heard of the deal",
                55,
                97,
            ),
            (
                "Harrowgate Research",
                "organisation",
                "reported",
                "showed",
                "Of those, 61 percent opposed it",
                99,
                130,
            ),
        ],
    ),
    "according_to_estimates_from_an_office": (
        "The plant would pay $2.3 million a year in taxes, according to estimates from the county treasurer's office.",
        [
            (
                "county treasurer's office",
                "organisation",
                "reported",
                "according to",
                "The plant would pay $2.3 million a year in taxes",
                0,
                48,
            ),
        ],
    ),
    "a_narrator_speaks_for_the_ads_sponsor": (
        'A school-choice group, Parents First Ohio, released a digital ad Monday. A narrator says, "Every child deserves a way out." The group says it will spend $2 million more.',
        [
            (
                "Parents First Ohio",
                "organisation",
                "direct",
                "says",
                "Every child deserves a way out.",
                91,
                122,
            ),
            (
                "Parents First Ohio",
                "organisation",
                "reported",
                "says",
                "it will spend $2 million more",
                139,
                168,
            ),
        ],
    ),
    "a_narrator_in_its_ads": (
        'Fair Courts Michigan said it had 300 paid canvassers. In one of its television ads, a narrator says Dunleavy "will put politicians in your kitchen."',
        [
            (
                "Fair Courts Michigan",
                "organisation",
                "reported",
                "said",
                "it had 300 paid canvassers",
                26,
                52,
            ),
            (
                "Fair Courts Michigan",
                "organisation",
                "direct",
                "says",
                "will put politicians in your kitchen.",
                110,
                147,
            ),
        ],
    ),
    "a_study_by_researchers_at_x_keeps_the_researchers": (
        "A 2023 study by researchers at Carrow State University found that sweeps moved people to other blocks.",
        [
            (
                "Carrow State University",
                "organisation",
                "reported",
                "found",
                "sweeps moved people to other blocks",
                66,
                101,
            ),
        ],
    ),
    "a_poll_in_a_month_found": (
        "A Tillbury College poll in March found that 71 percent of voters backed the raise. Voters were split on vouchers, the poll found.",
        [
            (
                "Tillbury College",
                "organisation",
                "reported",
                "found",
                "71 percent of voters backed the raise",
                44,
                81,
            ),
            (
                "Tillbury College",
                "organisation",
                "reported",
                "found",
                "Voters were split on vouchers",
                83,
                112,
            ),
        ],
    ),
    "says_late_filings": (
        "Marta Quillon, who studies ethics at the University of Oregon, says late filings rarely lead to punishment.",
        [
            (
                "Marta Quillon",
                "",
                "reported",
                "says",
                "late filings rarely lead to punishment",
                68,
                106,
            ),
        ],
    ),
    "supports_a_but_opposes_b": (
        "Gina Farrow, who owns a bakery on Elm Street, supports the plant but opposes the length of the tax break.",
        [
            ("Gina Farrow", "", "reported", "supports", "the plant", 55, 64),
            ("Gina Farrow", "", "reported", "opposes", "the length of the tax break", 77, 104),
        ],
    ),
    "x_descriptor_union_is_x": (
        "The Tierra Nueva farmworkers' union supports the visa provisions but opposes the wage freeze.",
        [
            ("Tierra Nueva", "organisation", "reported", "supports", "the visa provisions", 45, 64),
            ("Tierra Nueva", "organisation", "reported", "opposes", "the wage freeze", 77, 92),
        ],
    ),
    "according_to_a_poll_from_a_month": (
        "Only 31% of voters trust the council, according to a Tarrant Law School poll from November. Nearly two in three want an ethics office, the poll found.",
        [
            (
                "Tarrant Law School",
                "organisation",
                "reported",
                "according to",
                "Only 31% of voters trust the council",
                0,
                36,
            ),
            (
                "Tarrant Law School",
                "organisation",
                "reported",
                "found",
                "Nearly two in three want an ethics office",
                92,
                133,
            ),
        ],
    ),
    "the_institute_named_since_the_last_org_spoke": (
        '"We need money," United Dining Workers of Colorado said in a statement. The Institute for Campus Costs tracks tuition. A report by the institute found that class sizes rose by 9%.',
        [
            (
                "United Dining Workers of Colorado",
                "organisation",
                "direct",
                "said",
                "We need money",
                1,
                14,
            ),
            (
                "Institute for Campus Costs",
                "organisation",
                "reported",
                "found",
                "class sizes rose by 9%",
                156,
                178,
            ),
        ],
    ),
    "a_survey_by_the_owners_council": (
        "The Greater Pellham Apartment Owners Council opposes the plan. The Pellham Building Trades Council backs it. A separate survey by the owners council found that most residents worried about rent limits.",
        [
            (
                "Greater Pellham Apartment Owners Council",
                "organisation",
                "reported",
                "opposes",
                "the plan",
                53,
                61,
            ),
            (
                "Pellham Building Trades Council",
                "organisation",
                "reported",
                "backs",
                "it",
                105,
                107,
            ),
            (
                "Greater Pellham Apartment Owners Council",
                "organisation",
                "reported",
                "found",
                "most residents worried about rent limits",
                160,
                200,
            ),
        ],
    ),
    "believes_a_though_she_acknowledged_b": (
        "Rhoda Pinsley believes the town will be stronger for it, though she acknowledged it may take years.",
        [
            (
                "Rhoda Pinsley",
                "",
                "reported",
                "believes",
                "the town will be stronger for it",
                23,
                55,
            ),
            ("Rhoda Pinsley", "", "reported", "acknowledged", "it may take years", 81, 98),
        ],
    ),
    "said_a_but_acknowledged_b": (
        'Greg Dunmorrow said he had asked outside groups to "keep it clean" but acknowledged he could not control them.',
        [
            (
                "Greg Dunmorrow",
                "",
                "reported",
                "said",
                'he had asked outside groups to "keep it clean"',
                20,
                66,
            ),
            ("Greg Dunmorrow", "", "direct", "said", "keep it clean", 52, 65),
            (
                "Greg Dunmorrow",
                "",
                "reported",
                "acknowledged",
                "he could not control them",
                84,
                109,
            ),
        ],
    ),
    "when_clause_tag_then_statement": (
        "Hal Brisket, 67, said he rode it out in the basement. When they climbed out, he said, the kitchen was gone and the car was in the street.",
        [
            ("Hal Brisket", "", "reported", "said", "he rode it out in the basement", 22, 52),
            (
                "Hal Brisket",
                "",
                "reported",
                "said",
                "the kitchen was gone and the car was in the street",
                86,
                136,
            ),
        ],
    ),
    "a_coalition_called_x_then_the_group_says": (
        '"Because it is right," said Victor Sall of the Dunmere Institute. Outside the Capitol, a coalition of patient groups called Fair Pills Now held a rally. The group says it has collected 90,000 signatures.',
        [
            ("Victor Sall", "Dunmere Institute", "direct", "said", "Because it is right", 1, 20),
            (
                "Fair Pills Now",
                "organisation",
                "reported",
                "says",
                "it has collected 90,000 signatures",
                168,
                202,
            ),
        ],
    ),
    "plural_title_before_two_names": (
        "Commissioners Rhea Dallow and Lyle Tamsworth voted no. Dallow argued that the county should first expand its pretrial release program.",
        [
            (
                "Rhea Dallow",
                "Commissioners",
                "reported",
                "argued",
                "the county should first expand its pretrial release program",
                74,
                133,
            ),
        ],
    ),
    "name_a_description_from_a_town_who_said": (
        "Several patients testified. Among them was Denise Wolloby, a 58-year-old bus driver from Dayton, who said she had rationed her inhaler for two years.",
        [
            (
                "Denise Wolloby",
                "",
                "reported",
                "said",
                "she had rationed her inhaler for two years",
                106,
                148,
            ),
        ],
    ),
    "the_campaign_the_sentence_before_opens_with": (
        'Holt\'s campaign manager, Dana Pier, said the candidate meant port security. The Brannock campaign seized on the moment. In an email to supporters, the campaign wrote that Holt "does not know Georgia."',
        [
            (
                "Dana Pier",
                "Holt's campaign manager",
                "reported",
                "said",
                "the candidate meant port security",
                41,
                74,
            ),
            (
                "Brannock campaign",
                "organisation",
                "direct",
                "wrote",
                "does not know Georgia.",
                177,
                199,
            ),
        ],
    ),
    "council_data_show": (
        "The Plains Reliability Council of Kansas runs the grid. Solar farms supplied a quarter of the power on Monday, council data show.",
        [
            (
                "Plains Reliability Council of Kansas",
                "organisation",
                "reported",
                "show",
                "Solar farms supplied a quarter of the power on Monday",
                56,
                109,
            ),
        ],
    ),
    "according_to_agency_figures": (
        "The state Division of Motor Vehicles issued about 4,200 free IDs in the first month, according to agency figures.",
        [
            (
                "Division of Motor Vehicles",
                "organisation",
                "reported",
                "according to",
                "The state Division of Motor Vehicles issued about 4,200 free IDs in the first month",
                0,
                83,
            ),
        ],
    ),
    "the_company_said_after_its_short_name": (
        'Prairie Vellum Health, the Tulsa company that runs the hospital, said it had lost $4 million. Rural hospitals can convert to emergency hospitals, which keep an emergency room open. Prairie Vellum considered that option, the company said, but concluded that it "would not close the gap."',
        [
            (
                "Prairie Vellum Health",
                "organisation",
                "reported",
                "said",
                "it had lost $4 million",
                70,
                92,
            ),
            (
                "Prairie Vellum Health",
                "organisation",
                "reported",
                "said",
                "Prairie Vellum considered that option",
                181,
                218,
            ),
            (
                "Prairie Vellum Health",
                "organisation",
                "direct",
                "said",
                "would not close the gap.",
                261,
                285,
            ),
        ],
    ),
    "said_a_but_he_would_b": (
        "House Speaker Dwight Abbel said Wednesday that he had real reservations about ending the holiday, but he would let the bill come to a vote.",
        [
            (
                "Dwight Abbel",
                "House Speaker",
                "reported",
                "said",
                "he had real reservations about ending the holiday",
                47,
                96,
            ),
            (
                "Dwight Abbel",
                "House Speaker",
                "reported",
                "said",
                "he would let the bill come to a vote",
                102,
                138,
            ),
        ],
    ),
    "the_guild_is_the_guild_not_its_steward": (
        '"This hospital takes everybody," said Ebony Dorrance, a nurse and a steward for the Fallowmere Nurses Guild. The guild said in a statement that it would fight the closure.',
        [
            (
                "Ebony Dorrance",
                "nurse and a steward for the Fallowmere Nurses Guild",
                "direct",
                "said",
                "This hospital takes everybody",
                1,
                30,
            ),
            (
                "Fallowmere Nurses Guild",
                "organisation",
                "reported",
                "said",
                "it would fight the closure",
                144,
                170,
            ),
        ],
    ),
    "others_downstream_said": (
        "Others downstream said they were glad someone was finally paying attention.",
        [
            (
                "Others downstream",
                "group",
                "reported",
                "said",
                "they were glad someone was finally paying attention",
                23,
                74,
            ),
        ],
    ),
    "a_long_tail_tag_by_a_polling_firm": (
        "Voters would mostly blame Congress, not the president, for a shutdown, a poll released Monday by the Hartwell-Doone polling firm found.",
        [
            (
                "Hartwell-Doone",
                "organisation",
                "reported",
                "found",
                "Voters would mostly blame Congress, not the president, for a shutdown",
                0,
                69,
            ),
        ],
    ),
    "an_aside_with_a_time_in_am": (
        "Bev Naylor spoke late. Naylor, leaving the chamber shortly after 1 a.m., said she would start collecting money for a lawyer.",
        [
            (
                "Bev Naylor",
                "",
                "reported",
                "said",
                "she would start collecting money for a lawyer",
                78,
                123,
            ),
        ],
    ),
    "the_company_for_a_rail_company": (
        "The train derailed, according to the railroad, Pellston Rail. Five of those cars were carrying hazardous materials, the company said, and none had been breached.",
        [
            (
                "Pellston Rail",
                "organisation",
                "reported",
                "according to",
                "The train derailed",
                0,
                18,
            ),
            (
                "Pellston Rail",
                "organisation",
                "reported",
                "said",
                "Five of those cars were carrying hazardous materials",
                62,
                114,
            ),
            (
                "Pellston Rail",
                "organisation",
                "reported",
                "said",
                "none had been breached",
                138,
                160,
            ),
        ],
    ),
    "the_va_is_the_department_of_veterans_affairs": (
        "Veterans waited months for care. The VA said in a statement that it had cut the average wait to 32 days.",
        [
            (
                "Department of Veterans Affairs",
                "organisation",
                "reported",
                "said",
                "it had cut the average wait to 32 days",
                65,
                103,
            ),
        ],
    ),
    "hurricane_center_data_show": (
        "The National Hurricane Center tracked the storm. Its winds rose by 50 mph in a day, hurricane center data show.",
        [
            (
                "National Hurricane Center",
                "organisation",
                "reported",
                "show",
                "Its winds rose by 50 mph in a day",
                49,
                82,
            ),
        ],
    ),
    "one_woman_titled_name_said": (
        "Several veterans asked about housing, and one woman, Army veteran Janet Kassler, said she had been living in her car.",
        [
            ("Janet Kassler", "", "reported", "said", "she had been living in her car", 86, 116),
        ],
    ),
    "a_survey_done_for_a_client_by_a_pollster": (
        "Voters are split, according to a Longmere Polling survey done for the city's Chamber of Commerce.",
        [
            ("Longmere Polling", "", "reported", "according to", "Voters are split", 0, 16),
        ],
    ),
    "a_judge_last_year_keeps_no_time_in_its_name": (
        "A federal judge in Ohio last year declined to block the ban, ruling that the company had not shown it was likely to win.",
        [
            (
                "a federal judge in Ohio",
                "unnamed source",
                "reported",
                "ruling",
                "the company had not shown it was likely to win",
                73,
                119,
            ),
        ],
    ),
    "owners_filings_with_a_regulator": (
        "Pelham Airways will buy Northwing. The merger would save $600 million a year, according to Pelham's filings with the Securities and Exchange Commission. The deal includes a breakup fee, the filings show.",
        [
            (
                "Pelham Airways",
                "organisation",
                "reported",
                "according to",
                "The merger would save $600 million a year",
                35,
                76,
            ),
            (
                "Pelham Airways",
                "organisation",
                "reported",
                "show",
                "The deal includes a breakup fee",
                153,
                184,
            ),
        ],
    ),
    "another_mailer_from_the_same_group": (
        'The largest spender, a group called Hearthwood Ohio, has sent mailers attacking Ann Vell. Another mailer from the same group claims that Vell "voted to release violent criminals," citing a 2023 vote.',
        [
            (
                "Hearthwood Ohio",
                "organisation",
                "direct",
                "claims",
                "voted to release violent criminals",
                143,
                177,
            ),
        ],
    ),
    "a_section_head_in_capitals_is_no_agency": (
        "THE AGENCY: The EPA says the rule is modest. One in six wells exceeded the limit, according to agency data.",
        [
            (
                "Environmental Protection Agency",
                "organisation",
                "reported",
                "says",
                "the rule is modest",
                25,
                43,
            ),
            (
                "Environmental Protection Agency",
                "organisation",
                "reported",
                "according to",
                "One in six wells exceeded the limit",
                45,
                80,
            ),
        ],
    ),
    "a_writers_im_told_is_no_speaker": (
        "Rydell's political team, I'm told, believes a broke state party could cost Republicans two seats.",
        [
            (
                "Rydell's political team",
                "organisation",
                "reported",
                "believes",
                "a broke state party could cost Republicans two seats",
                44,
                96,
            ),
        ],
    ),
    "a_state_body_of_plural_people_is_a_body": (
        "The Professional Paramedics of Idaho said in a statement that the law was unfair.",
        [
            (
                "Professional Paramedics of Idaho",
                "organisation",
                "reported",
                "said",
                "the law was unfair",
                62,
                80,
            ),
        ],
    ),
    "a_super_pac_aligned_with_x_named_y": (
        "A super PAC aligned with Daniel Harwick, Oregon Forward Now, said Tuesday that it had reserved $1.2 million in television time.",
        [
            (
                "Oregon Forward Now",
                "organisation",
                "reported",
                "said",
                "it had reserved $1.2 million in television time",
                79,
                126,
            ),
        ],
    ),
    "a_person_described_as_an_operator_is_no_company": (
        'Workers at Brindlecott Brewing voted to join the union. "We won," said Ida Marrowfield, a forklift operator who led the drive. The company had argued that wages were fair.',
        [
            (
                "Ida Marrowfield",
                "forklift operator",
                "direct",
                "said",
                "We won",
                57,
                63,
            ),
            (
                "Brindlecott Brewing",
                "organisation",
                "reported",
                "argued",
                "wages were fair",
                155,
                170,
            ),
        ],
    ),
    "an_agencys_regional_office_is_the_agency": (
        "The election was certified by the National Labor Relations Board, according to the board. The charges are still pending, according to the agency's regional office.",
        [
            (
                "National Labor Relations Board",
                "organisation",
                "reported",
                "according to",
                "The election was certified by the National Labor Relations Board",
                0,
                64,
            ),
            (
                "National Labor Relations Board",
                "organisation",
                "reported",
                "according to",
                "The charges are still pending",
                90,
                119,
            ),
        ],
    ),
    "the_governor_is_not_the_lieutenant_governor": (
        'Lt. Gov. Owen Drabwick, a Republican who wants to replace the governor, said the money was hidden. Gov. Rhoda Pellingham said she would not respond. "I have a state to run," the governor said.',
        [
            (
                "Owen Drabwick",
                "Lt. Gov.; Republican",
                "reported",
                "said",
                "the money was hidden",
                77,
                97,
            ),
            ("Rhoda Pellingham", "Gov.", "reported", "said", "she would not respond", 126, 147),
            ("Rhoda Pellingham", "Gov.", "direct", "said", "I have a state to run", 150, 171),
        ],
    ),
    "a_poll_by_a_described_firm_is_the_firms": (
        "Drabwick led by 9 points, a poll released last week by the Tucson-based firm Quillhaven Research found.",
        [
            (
                "Quillhaven Research",
                "organisation",
                "reported",
                "found",
                "Drabwick led by 9 points",
                0,
                24,
            ),
        ],
    ),
    "the_congressman_is_neither_a_congresswoman_nor_a_state_rep": (
        "Rep. Elias Thornquist, R-Ohio, said he would not sign the pledge. Rep. Ada Wexcombe said she opposed it. State Rep. Hugo Pallister said the law was fair. The congressman says he is not worried.",
        [
            (
                "Elias Thornquist",
                "Rep.",
                "reported",
                "said",
                "he would not sign the pledge",
                36,
                64,
            ),
            ("Ada Wexcombe", "Rep.", "reported", "said", "she opposed it", 89, 103),
            ("Hugo Pallister", "State Rep.", "reported", "said", "the law was fair", 136, 152),
            ("Elias Thornquist", "Rep.", "reported", "says", "he is not worried", 175, 192),
        ],
    ),
    "a_party_that_filed_a_lawsuit_arguing_is_the_speaker": (
        "She wants the court to strike it down, and the Ohio Democratic Party filed a lawsuit last week arguing that the label tells voters how to vote.",
        [
            (
                "Ohio Democratic Party",
                "organisation",
                "reported",
                "arguing",
                "the label tells voters how to vote",
                108,
                142,
            ),
        ],
    ),
    "an_affiliated_pacs_ad_is_the_pacs": (
        'The group is spending money. Its affiliated super PAC, Fairmast Action, has reserved $1.2 million in television time. One of its ads says "Thornquist has been in Washington too long."',
        [
            (
                "Fairmast Action",
                "organisation",
                "direct",
                "says",
                "Thornquist has been in Washington too long.",
                139,
                182,
            ),
        ],
    ),
    "an_ad_running_in_a_state_is_its_sponsors": (
        'A super PAC, Ledgerwise PAC, spent $4 million on ads this fall, filings show. One ad running in Montana warned that "Washington wants your wallet."',
        [
            (
                "filings",
                "records",
                "reported",
                "show",
                "A super PAC, Ledgerwise PAC, spent $4 million on ads this fall",
                0,
                62,
            ),
            (
                "Ledgerwise PAC",
                "organisation",
                "direct",
                "warned",
                "Washington wants your wallet.",
                117,
                146,
            ),
        ],
    ),
    "a_group_called_the_x_is_the_group": (
        "Her lawyers, from a legal group called the Harrowgate Liberty Counsel, filed a response. The group has argued that state law allows the arrangement.",
        [
            (
                "Harrowgate Liberty Counsel",
                "organisation",
                "reported",
                "argued",
                "state law allows the arrangement",
                115,
                147,
            ),
        ],
    ),
    "a_letters_copy_shows_what_the_agency_warned": (
        'The Federal Trade Commission has not said whether it will join the case. But the agency warned in a letter last spring that the deal "raises serious concerns", according to a copy of the letter.',
        [
            (
                "Federal Trade Commission",
                "organisation",
                "reported",
                "warned",
                'the deal "raises serious concerns"',
                124,
                158,
            ),
        ],
    ),
    "a_cited_analysis_that_found_is_the_speaker": (
        "The complaint cites a state analysis that found prices rose 14 percent after mergers.",
        [
            (
                "state analysis",
                "records",
                "reported",
                "found",
                "prices rose 14 percent after mergers",
                48,
                84,
            ),
        ],
    ),
    "a_clerk_who_asked_not_to_be_named": (
        "County Clerk Nora Abbotsley said her office had no trouble, while a clerk in a rural county, who asked not to be named, said the training was a burden.",
        [
            (
                "Nora Abbotsley",
                "County Clerk",
                "reported",
                "said",
                "her office had no trouble",
                33,
                58,
            ),
            (
                "a clerk in a rural county",
                "unnamed source",
                "reported",
                "said",
                "the training was a burden",
                125,
                150,
            ),
        ],
    ),
    "a_clerk_who_claimed_prizes_made_no_claim": (
        "State auditors released a report on Monday. One clerk in Dayton claimed 143 prizes worth a combined $412,000, the report said.",
        [
            (
                "auditors",
                "group",
                "reported",
                "said",
                "One clerk in Dayton claimed 143 prizes worth a combined $412,000",
                44,
                108,
            ),
        ],
    ),
    "a_holders_office_keeps_the_full_name_form": (
        "Secretary of State Ana Quillford warned the county on Tuesday. Her office said Wednesday that it would ask a court to block the plan.",
        [
            (
                "Ana Quillford",
                "Secretary of State",
                "reported",
                "warned",
                "the county on Tuesday",
                40,
                61,
            ),
            (
                "secretary of state's office",
                "organisation",
                "reported",
                "said",
                "it would ask a court to block the plan",
                94,
                132,
            ),
        ],
    ),
    "a_governor_elects_transition_office_is_hers": (
        "Gov. Ralph Tenderby granted 23 commutations. Governor-elect Mara Hollinsby said she will review the process. Her transition office said she had no comment on the decisions.",
        [
            (
                "Mara Hollinsby",
                "Governor-elect",
                "reported",
                "said",
                "she will review the process",
                80,
                107,
            ),
            (
                "Hollinsby transition office",
                "organisation",
                "reported",
                "said",
                "she had no comment on the decisions",
                136,
                171,
            ),
        ],
    ),
    "a_newsletter_run_in_heading_is_no_speaker": (
        'State Treasurer Owen Pickerell moved the money in March.\n\n**What Pickerell says.** The treasurer is saying the audit "cherry-picks" a few dates.',
        [
            (
                "Owen Pickerell",
                "Treasurer",
                "reported",
                "saying",
                'the audit "cherry-picks" a few dates',
                107,
                143,
            ),
            ("Owen Pickerell", "Treasurer", "direct", "saying", "cherry-picks", 118, 130),
        ],
    ),
    "an_audits_findings_keep_the_audit_as_written": (
        "State Auditor Nell Ransome released an audit on Friday. The audit found that the office did not seek bids.",
        [
            (
                "Nell Ransome",
                "State Auditor",
                "reported",
                "found",
                "the office did not seek bids",
                77,
                105,
            ),
        ],
    ),
    "the_agency_is_the_body_the_sentence_before_opens_with": (
        'The National Transportation Safety Board said it had recovered the bearings.\n\nThe Division of Highways defended its handling of the bridge. The bridge was "inspected on schedule," the agency said in a statement.',
        [
            (
                "National Transportation Safety Board",
                "organisation",
                "reported",
                "said",
                "it had recovered the bearings",
                46,
                75,
            ),
            (
                "Division of Highways",
                "organisation",
                "reported",
                "defended",
                "its handling of the bridge",
                112,
                138,
            ),
            (
                "Division of Highways",
                "organisation",
                "direct",
                "said",
                "inspected on schedule",
                156,
                177,
            ),
        ],
    ),
    "a_pronouns_employer_named_after_it": (
        "The driver, Dennis Lobberwick, 61, was killed. His employer, Kelderby Forge Fuel and Supply, said in a statement that the truck was under the limit.",
        [
            (
                "Kelderby Forge Fuel and Supply",
                "organisation",
                "reported",
                "said",
                "the truck was under the limit",
                118,
                147,
            ),
        ],
    ),
    "an_owned_committee_is_also_the_committee": (
        "The district's own review committee had recommended that eight of the 11 books stay on the shelves.",
        [
            (
                "district's review committee",
                "organisation",
                "reported",
                "recommended",
                "eight of the 11 books stay on the shelves",
                57,
                98,
            ),
        ],
    ),
    "hospital_figures_are_the_hospitals": (
        "Saint Wendreda Medical Center will stop delivering babies, the hospital announced Thursday. The ward delivered 212 babies last year, according to hospital figures.",
        [
            (
                "Saint Wendreda Medical Center",
                "organisation",
                "reported",
                "announced",
                "Saint Wendreda Medical Center will stop delivering babies",
                0,
                57,
            ),
            (
                "Saint Wendreda Medical Center",
                "organisation",
                "reported",
                "according to",
                "The ward delivered 212 babies last year",
                92,
                131,
            ),
        ],
    ),
    "the_hospital_the_sentence_names": (
        "Saint Wendreda Medical Center will close its ward, the hospital said. Cressbeck Regional Hospital said it was adding beds. Medicaid births make up 60 percent of deliveries at Saint Wendreda, according to the hospital.",
        [
            (
                "Saint Wendreda Medical Center",
                "organisation",
                "reported",
                "said",
                "Saint Wendreda Medical Center will close its ward",
                0,
                49,
            ),
            (
                "Cressbeck Regional Hospital",
                "organisation",
                "reported",
                "said",
                "it was adding beds",
                103,
                121,
            ),
            (
                "Saint Wendreda Medical Center",
                "organisation",
                "reported",
                "according to",
                "Medicaid births make up 60 percent of deliveries at Saint Wendreda",
                123,
                189,
            ),
        ],
    ),
    "a_pollster_at_a_described_university": (
        "Forty-nine percent support it, according to a poll released in February by the Wason-Fistus Center at a Richmond university.",
        [
            (
                "Wason-Fistus Center",
                "organisation",
                "reported",
                "according to",
                "Forty-nine percent support it",
                0,
                29,
            ),
        ],
    ),
    "experts_contacted_by_the_paper_are_the_source": (
        "No mayor has faced a recall vote since 1961, according to state election law experts contacted by the Chubon.",
        [
            (
                "state election law experts",
                "group",
                "reported",
                "according to",
                "No mayor has faced a recall vote since 1961",
                0,
                43,
            ),
        ],
    ),
    "league_figures_are_the_leagues": (
        "Major League Baseball said it had approved the move. Thirty-one teams have moved since 2021, according to league figures.",
        [
            (
                "Major League Baseball",
                "organisation",
                "reported",
                "said",
                "it had approved the move",
                27,
                51,
            ),
            (
                "Major League Baseball",
                "organisation",
                "reported",
                "according to",
                "Thirty-one teams have moved since 2021",
                53,
                91,
            ),
        ],
    ),
    "and_declined_to_is_no_part_of_the_statement": (
        "Attorney General Rebecca Nollingham said she had not decided whether to file charges and declined to discuss the firms by name.",
        [
            (
                "Rebecca Nollingham",
                "Attorney General",
                "reported",
                "said",
                "she had not decided whether to file charges",
                41,
                84,
            ),
        ],
    ),
    "but_she_admits_is_a_second_statement": (
        "Sen. Jennifer Maldenhurst says she is working with budget writers on a backfill, but she admits there is no guarantee it will survive the session.",
        [
            (
                "Jennifer Maldenhurst",
                "Sen.",
                "reported",
                "says",
                "she is working with budget writers on a backfill",
                31,
                79,
            ),
            (
                "Jennifer Maldenhurst",
                "Sen.",
                "reported",
                "admits",
                "there is no guarantee it will survive the session",
                96,
                145,
            ),
        ],
    ),
    "a_role_of_a_body_before_a_name": (
        'Head of School Thomas Gleason says the surplus is committed. "I respect our teachers," Gleason said.',
        [
            (
                "Thomas Gleason",
                "Head of School",
                "reported",
                "says",
                "the surplus is committed",
                35,
                59,
            ),
            (
                "Thomas Gleason",
                "Head of School",
                "direct",
                "said",
                "I respect our teachers",
                62,
                84,
            ),
        ],
    ),
    "an_all_capitals_run_in_heading_is_no_speaker": (
        "Lindenmoor Health Services won the contract in 2022.\n\nTHE COMPANY PUSHES BACK: Lindenmoor denied that it had overbilled anyone. In a written response included at the back of the audit, the company wrote that the auditor had erred.",
        [
            (
                "Lindenmoor Health Services",
                "organisation",
                "reported",
                "denied",
                "it had overbilled anyone",
                102,
                126,
            ),
            (
                "Lindenmoor Health Services",
                "organisation",
                "reported",
                "wrote",
                "the auditor had erred",
                208,
                229,
            ),
        ],
    ),
    "its_most_recent_filing_is_the_subjects": (
        "The Ravelsby Day School is on strike. The school took in $31 million last year, according to its most recent filing with the Internal Revenue Service.",
        [
            (
                "Ravelsby Day School",
                "organisation",
                "reported",
                "according to",
                "The school took in $31 million last year",
                38,
                78,
            ),
        ],
    ),
    "the_city_of_x_is_the_city": (
        "The city of Coyote Bend will clear the camp next week, Mayor Ana Granados says, after the City Council voted 5-2. The city says everyone in the camp will be offered a bed.",
        [
            (
                "Ana Granados",
                "Mayor",
                "reported",
                "says",
                "The city of Coyote Bend will clear the camp next week",
                0,
                53,
            ),
            (
                "Coyote Bend",
                "organisation",
                "reported",
                "says",
                "everyone in the camp will be offered a bed",
                128,
                170,
            ),
        ],
    ),
    "a_headline_is_no_airline": (
        "Senators Grill Airline Over Delays\n\nSkyhollow Airlines had a meltdown in July. The system had not been stress-tested, according to an internal review the airline provided to the committee.",
        [
            (
                "Skyhollow Airlines",
                "organisation",
                "reported",
                "according to",
                "The system had not been stress-tested",
                79,
                116,
            ),
        ],
    ),
    "denied_that_saying_a_quotation": (
        'Sen. Deborah Yount leads the chamber. Two senior Republican aides said she had a backup plan. Yount denied that, saying, "There is no Plan B on my desk."',
        [
            (
                "two senior Republican aides",
                "unnamed source",
                "reported",
                "said",
                "she had a backup plan",
                71,
                92,
            ),
            ("Deborah Yount", "", "direct", "saying", "There is no Plan B on my desk.", 122, 152),
        ],
    ),
    "a_countrys_consul_in_a_city_named": (
        'Mexico\'s consul in Phoenix, Ricardo Ozuna, told reporters that his government had asked for "clear information."',
        [
            (
                "Ricardo Ozuna",
                "",
                "reported",
                "told",
                'his government had asked for "clear information."',
                63,
                112,
            ),
            ("Ricardo Ozuna", "", "direct", "told", "clear information.", 93, 111),
        ],
    ),
    "he_after_his_agent_named_is_not_the_agent": (
        'Eastmont fired coach Rick Yocham on Sunday.\n\nIn a statement released through his agent, Jimmy Testa, he said he was "grateful for five incredible years."',
        [
            (
                "Rick Yocham",
                "",
                "reported",
                "said",
                'he was "grateful for five incredible years."',
                109,
                153,
            ),
            ("Rick Yocham", "", "direct", "said", "grateful for five incredible years.", 117, 152),
        ],
    ),
    "a_surname_opening_a_sentence_is_the_subject": (
        'The challenge was filed Friday by Wake County voter Thomas Unthank.\n\n"This is a family in the middle of a move," Derek Rickabaugh said.\n\nUnthank is a retired teacher and a volunteer for Rickabaugh\'s rival, state Sen. Sharon Quashie. He said he filed the challenge on his own.',
        [
            (
                "Derek Rickabaugh",
                "",
                "direct",
                "said",
                "This is a family in the middle of a move",
                70,
                110,
            ),
            (
                "Thomas Unthank",
                "",
                "reported",
                "said",
                "he filed the challenge on his own",
                241,
                274,
            ),
        ],
    ),
    "a_name_a_present_verb_and_says": (
        "Gary Ruckman owns six rental houses in Greeley and says he has raised rents only twice in eight years.",
        [
            (
                "Gary Ruckman",
                "",
                "reported",
                "says",
                "he has raised rents only twice in eight years",
                56,
                101,
            ),
        ],
    ),
    "she_said_is_not_the_city_her_son_was_in": (
        "Amber Trautman's son, Caleb, 7, spent four days at a hospital in Des Moines. Trautman said he had eaten half a sandwich. \"He's home now,\" she said.",
        [
            ("Amber Trautman", "", "reported", "said", "he had eaten half a sandwich", 91, 119),
            ("Amber Trautman", "", "direct", "said", "He's home now", 122, 135),
        ],
    ),
    "said_her_coach_named_after": (
        'The runner kept training. "She is at every practice before I am," said her coach, Dana Vilches.',
        [
            (
                "Dana Vilches",
                "coach",
                "direct",
                "said",
                "She is at every practice before I am",
                27,
                63,
            ),
        ],
    ),
    "an_idea_another_called_is_theirs": (
        'Council member Beth Partlow opposed it. Jerome Talley has also called for a review of every street, an idea Partlow called "a solution in search of a problem."',
        [
            ("Beth Partlow", "Council member", "reported", "opposed", "it", 36, 38),
            ("Jerome Talley", "", "reported", "called", "a review of every street", 74, 98),
            (
                "Beth Partlow",
                "Council member",
                "direct",
                "called",
                "a solution in search of a problem.",
                124,
                158,
            ),
        ],
    ),
    "the_guild_is_the_one_guild_named": (
        "The Pennsylvania Nurses Guild won the vote. The Guild accused the hospital of holding meetings.",
        [
            (
                "Pennsylvania Nurses Guild",
                "organisation",
                "reported",
                "accused",
                "the hospital of holding meetings",
                62,
                94,
            ),
        ],
    ),
    "a_denied_belief_is_a_belief": (
        "Harbor master Carla Bianchi runs the dock. Bianchi doesn't think money alone will solve the problem.",
        [
            (
                "Carla Bianchi",
                "",
                "reported",
                "think",
                "money alone will solve the problem",
                65,
                99,
            ),
        ],
    ),
    "believes_a_and_she_says_b": (
        "Harbor master Carla Bianchi runs the dock. She believes the shortage is a national one and she says a federal study found the average captain is over 55.",
        [
            ("Carla Bianchi", "", "reported", "believes", "the shortage is a national one", 56, 86),
            (
                "Carla Bianchi",
                "",
                "reported",
                "says",
                "a federal study found the average captain is over 55",
                100,
                152,
            ),
        ],
    ),
    "a_coalition_named_after_its_description": (
        "A coalition of neighborhood and labor groups, Elmridge Before Arenas, says it has collected 4,000 sign-ups.",
        [
            (
                "Elmridge Before Arenas",
                "organisation",
                "reported",
                "says",
                "it has collected 4,000 sign-ups",
                75,
                106,
            ),
        ],
    ),
    "a_lawyer_for_a_company_is_the_lawyer": (
        'A lawyer for one of them, Kessel Builders, said the company had "never reimbursed a contribution." The lawyer, Tamsin Rowe, said the firm would cooperate.',
        [
            (
                "Tamsin Rowe",
                "lawyer for Kessel Builders",
                "reported",
                "said",
                'the company had "never reimbursed a contribution."',
                48,
                98,
            ),
            (
                "Tamsin Rowe",
                "lawyer for Kessel Builders",
                "direct",
                "said",
                "never reimbursed a contribution.",
                65,
                97,
            ),
            (
                "Tamsin Rowe",
                "lawyer for Kessel Builders",
                "reported",
                "said",
                "the firm would cooperate",
                129,
                153,
            ),
        ],
    ),
    "a_persons_own_research": (
        "Economist Nadia Applewhite studies disasters. Costs have tripled since the 1990s, according to Applewhite's research.",
        [
            (
                "Nadia Applewhite",
                "Economist",
                "reported",
                "according to",
                "Costs have tripled since the 1990s",
                46,
                80,
            ),
        ],
    ),
    "the_boards_case_docket_is_the_boards": (
        "The workers filed their petition with the National Labor Relations Board. An election could be held in December, according to the board's online case docket.",
        [
            (
                "National Labor Relations Board",
                "organisation",
                "reported",
                "according to",
                "An election could be held in December",
                74,
                111,
            ),
        ],
    ),
    "the_group_a_speaker_chairs": (
        'The opposition, a group called Stop the Transit Tax, has raised less. "It is a tax on diapers," said Walter Rabb, a retired accountant who chairs the group.\n\nRabb\'s group believes the cost estimate is too low.',
        [
            (
                "Walter Rabb",
                "retired accountant",
                "direct",
                "said",
                "It is a tax on diapers",
                71,
                93,
            ),
            (
                "Stop the Transit Tax",
                "organisation",
                "reported",
                "believes",
                "the cost estimate is too low",
                180,
                208,
            ),
        ],
    ),
    "the_groups_director_named": (
        "The Show-Me Ballot Project, a nonpartisan voter education group, accused the secretary of \"manufacturing a headline.\" The group's director, Dr. Renata Monahan, fears that the timing could scare voters. Monahan's group believes thousands of the flagged voters are students.",
        [
            (
                "Show-Me Ballot Project",
                "organisation",
                "direct",
                "accused",
                "manufacturing a headline.",
                91,
                116,
            ),
            (
                "Renata Monahan",
                "group's director",
                "reported",
                "fears",
                "the timing could scare voters",
                171,
                200,
            ),
            (
                "Show-Me Ballot Project",
                "organisation",
                "reported",
                "believes",
                "thousands of the flagged voters are students",
                227,
                271,
            ),
        ],
    ),
    "a_report_from_a_described_office": (
        "The inmate died, the sheriff said. The cause of death is pending, according to a preliminary autopsy report from the district coroner's office.",
        [
            (
                "district coroner's office",
                "organisation",
                "reported",
                "according to",
                "The cause of death is pending",
                35,
                64,
            ),
        ],
    ),
    "and_she_is_asking_is_a_second_statement": (
        "Superintendent Karen Dunlap says the district is short about 22 drivers, and she is asking parents to drive their children to school.",
        [
            (
                "Karen Dunlap",
                "Superintendent",
                "reported",
                "says",
                "the district is short about 22 drivers",
                33,
                71,
            ),
            (
                "Karen Dunlap",
                "Superintendent",
                "reported",
                "asked",
                "parents to drive their children to school",
                91,
                132,
            ),
        ],
    ),
    "a_tail_tag_with_last_year": (
        "Capping costs would save $6 billion over a decade, the Congressional Budget Office estimated last year, though it could raise premiums slightly.",
        [
            (
                "Congressional Budget Office",
                "organisation",
                "reported",
                "estimated",
                "Capping costs would save $6 billion over a decade",
                0,
                49,
            ),
        ],
    ),
    "a_poll_tag_this_month_then_with": (
        "Forty-eight percent of voters support the tax, a Blackgate Research poll commissioned by the Courier-Post found this month, with 9 percent undecided.",
        [
            (
                "Blackgate Research",
                "organisation",
                "reported",
                "found",
                "Forty-eight percent of voters support the tax",
                0,
                45,
            ),
        ],
    ),
    "pointing_to_is_no_part_of_the_belief": (
        "Planner Theresa Pace backs it. Pace believes the region has changed since then, pointing to population growth.",
        [
            ("Theresa Pace", "Planner", "reported", "backs", "it", 27, 29),
            (
                "Theresa Pace",
                "Planner",
                "reported",
                "believes",
                "the region has changed since then",
                45,
                78,
            ),
        ],
    ),
    "a_class_year_is_a_title": (
        'Junior Dylan Fukuda, a nursing student, said his lab had a waiting list. "It should be 30," he said.',
        [
            (
                "Dylan Fukuda",
                "Junior; nursing student",
                "reported",
                "said",
                "his lab had a waiting list",
                45,
                71,
            ),
            (
                "Dylan Fukuda",
                "Junior; nursing student",
                "direct",
                "said",
                "It should be 30",
                74,
                89,
            ),
        ],
    ),
    "an_endorsement_ends_before_its_time": (
        "Former Gov. Lorraine Lavington endorsed Kitching in August, two days after the primary.",
        [
            ("Lorraine Lavington", "Former Gov.", "reported", "endorsed", "Kitching", 40, 48),
        ],
    ),
    "an_endorsement_ends_before_a_second_verb": (
        "The Tollway Riders Union endorsed the plan in December and bused 200 members to the hearing.",
        [
            ("Tollway Riders Union", "organisation", "reported", "endorsed", "the plan", 34, 42),
        ],
    ),
    "an_endorsement_ends_before_its_medium": (
        "Sen. Mara Quillfeather endorsed Bascombe in a video posted online.",
        [
            ("Mara Quillfeather", "Sen.", "reported", "endorsed", "Bascombe", 32, 40),
        ],
    ),
    "an_endorsement_keeps_an_according_to": (
        "A senior administrator described Vasterling as a top earner in a 2022 email, according to internal emails shown at trial.",
        [],
    ),
    "an_urging_goes_on_after_its_day": (
        "Governors from five states urged Congress on Tuesday to approve $4 billion in emergency funding.",
        [
            (
                "Governors from five states",
                "group",
                "reported",
                "urged",
                "Congress on Tuesday to approve $4 billion in emergency funding",
                33,
                95,
            ),
        ],
    ),
    "a_support_ends_before_but": (
        "The Farm Bureau endorsed Yeldham in February but has not campaigned with him.",
        [
            ("Farm Bureau", "organisation", "reported", "endorsed", "Yeldham", 25, 32),
        ],
    ),
    "an_audit_by_a_places_office": (
        "A 2025 audit by the Lisgar state comptroller found that the agency's overtime spending had doubled since 2019.",
        [
            (
                "Lisgar state comptroller",
                "organisation",
                "reported",
                "found",
                "the agency's overtime spending had doubled since 2019",
                56,
                109,
            ),
        ],
    ),
    "an_inspection_by_a_federal_body": (
        "A 2023 inspection by the federal Pipeline and Hazardous Materials Safety Administration found that corrosion had thinned the pipe's walls.",
        [
            (
                "Pipeline and Hazardous Materials Safety Administration",
                "organisation",
                "reported",
                "found",
                "corrosion had thinned the pipe's walls",
                99,
                137,
            ),
        ],
    ),
    "an_investigation_as_a_tail_tag": (
        "Deputies in one Arizona county stopped Latino drivers far more often than other drivers, a 2011 Justice Department investigation found.",
        [
            (
                "Justice Department",
                "organisation",
                "reported",
                "found",
                "Deputies in one Arizona county stopped Latino drivers far more often than other drivers",
                0,
                87,
            ),
        ],
    ),
    "a_second_statement_after_a_meeting": (
        "Commissioner Ann Faucher believes the current contractor has failed the county, and at last week's board meeting she said she would call for a vote in July.",
        [
            (
                "Ann Faucher",
                "Commissioner",
                "reported",
                "believes",
                "the current contractor has failed the county",
                34,
                78,
            ),
            (
                "Ann Faucher",
                "Commissioner",
                "reported",
                "said",
                "she would call for a vote in July",
                122,
                155,
            ),
        ],
    ),
    "a_second_statement_told_at_a_stop": (
        "Alex Hatchett thinks the inquiry will drag into October, and he told supporters at a campaign stop in Rio Rancho on Wednesday night that he would raise it at every debate.",
        [
            (
                "Alex Hatchett",
                "",
                "reported",
                "thinks",
                "the inquiry will drag into October",
                21,
                55,
            ),
            (
                "Alex Hatchett",
                "",
                "reported",
                "told",
                "he would raise it at every debate",
                137,
                170,
            ),
        ],
    ),
    "an_ad_sponsor_with_a_decimal_sum": (
        'A conservative group, the Bunting Judicial Network, has put $2.4 million into television ads in Maine. One ad calls Pettengill "a judge who follows the law, not the mob."',
        [
            (
                "Bunting Judicial Network",
                "organisation",
                "direct",
                "calls",
                "a judge who follows the law, not the mob.",
                128,
                169,
            ),
        ],
    ),
    "an_ad_sponsor_named_after_a_description": (
        'A super PAC supporting Vanzant, the Spoonbill Action Fund, has spent $1.1 million on ads in the district. One of its mailers describes Vanzant as "a Central Florida conservative who fought for his country."',
        [
            (
                "Spoonbill Action Fund",
                "organisation",
                "direct",
                "describes",
                "a Central Florida conservative who fought for his country.",
                147,
                205,
            ),
        ],
    ),
    "a_study_prepared_by_a_firm": (
        "The new ballpark would generate about $11 million a year in new spending, according to a study commissioned by Pipit and prepared by Waxwing Economic Partners.",
        [
            (
                "Waxwing Economic Partners",
                "organisation",
                "reported",
                "according to",
                "The new ballpark would generate about $11 million a year in new spending",
                0,
                72,
            ),
        ],
    ),
    "a_named_poll_as_a_tail_tag": (
        "Vanzant leads Mosby 38% to 33% among likely Republican primary voters, the Egret Coast Poll showed.",
        [
            (
                "Egret Coast Poll",
                "organisation",
                "reported",
                "showed",
                "Vanzant leads Mosby 38% to 33% among likely Republican primary voters",
                0,
                69,
            ),
        ],
    ),
    "an_ad_sponsor_named_after_its_allies": (
        'A super PAC aligned with House Republicans, the Red Earth Action Fund, spent more than $1.4 million on television ads in Missouri. One ad said the current districts were "drawn by liberal judges, not by you."',
        [
            (
                "Red Earth Action Fund",
                "organisation",
                "reported",
                "said",
                'the current districts were "drawn by liberal judges, not by you."',
                143,
                208,
            ),
            (
                "Red Earth Action Fund",
                "organisation",
                "direct",
                "said",
                "drawn by liberal judges, not by you.",
                171,
                207,
            ),
        ],
    ),
    "a_study_the_utility_commissioned": (
        "The city's gas supplier, Tallowfield Gas and Light, said the ban would raise costs. An all-electric new home costs about $6,400 more to build, according to a study the utility commissioned last year.",
        [
            (
                "Tallowfield Gas and Light",
                "organisation",
                "reported",
                "said",
                "the ban would raise costs",
                57,
                82,
            ),
            (
                "Tallowfield Gas and Light",
                "organisation",
                "reported",
                "according to",
                "An all-electric new home costs about $6,400 more to build",
                84,
                141,
            ),
        ],
    ),
    "a_gloss_names_what_supporters_say": (
        "The council voted 6-1 to adopt new boundaries, a map that supporters say reflects the city's growth.",
        [
            ("supporters", "group", "reported", "say", "reflects the city's growth", 73, 99),
        ],
    ),
    "a_gloss_names_what_a_person_believes": (
        "Enrollment is down 11 percent from last year, according to the district, a drop Janice Conley believes will reverse once housing is rebuilt.",
        [
            (
                "Janice Conley",
                "",
                "reported",
                "believes",
                "will reverse once housing is rebuilt",
                103,
                139,
            ),
        ],
    ),
    "a_gloss_after_a_statement": (
        "Sen. Elena Quezada has asked for $2 million to keep the rural transmitters running, a proposal she says has support from at least six Republicans.",
        [
            (
                "Elena Quezada",
                "",
                "reported",
                "says",
                "has support from at least six Republicans",
                104,
                145,
            ),
        ],
    ),
    "a_state_republican_party_is_a_party": (
        'LANSING, Mich. - The state Republican Party said in a statement that the Michigan complaint was "a partisan stunt."',
        [
            (
                "Michigan Republican Party",
                "organisation",
                "reported",
                "said",
                'the Michigan complaint was "a partisan stunt."',
                69,
                115,
            ),
            (
                "Michigan Republican Party",
                "organisation",
                "direct",
                "said",
                "a partisan stunt.",
                97,
                114,
            ),
        ],
    ),
    "the_conference_is_the_one_named": (
        "Diane McQuaid, commissioner of the Prairie Ridge Conference, said the rules would not change. The conference believes Congress should settle the question, and McQuaid has endorsed a Senate bill.",
        [
            (
                "Diane McQuaid",
                "commissioner of the Prairie Ridge Conference",
                "reported",
                "said",
                "the rules would not change",
                66,
                92,
            ),
            (
                "Prairie Ridge Conference",
                "organisation",
                "reported",
                "believes",
                "Congress should settle the question",
                118,
                153,
            ),
            (
                "Diane McQuaid",
                "commissioner of the Prairie Ridge Conference",
                "reported",
                "endorsed",
                "a Senate bill",
                180,
                193,
            ),
        ],
    ),
    "a_poll_for_a_client_by_a_pollster": (
        "A poll for the Delossantos campaign by Larchgate Strategies, shared with The Mistral Memo, found Heatherly leading 46 percent to 31 percent.",
        [
            (
                "Larchgate Strategies",
                "organisation",
                "reported",
                "found",
                "Heatherly leading 46 percent to 31 percent",
                97,
                139,
            ),
        ],
    ),
    "according_to_a_description_then_a_name": (
        "According to a spokesman for the Board of Regents, Nathan Dehart, the board will meet in special session next week.",
        [
            (
                "Nathan Dehart",
                "spokesman for the Board of Regents",
                "reported",
                "according to",
                "the board will meet in special session next week",
                66,
                114,
            ),
        ],
    ),
    "a_pollster_without_its_description": (
        "A poll by Pronghorn Strategies, a Denver firm hired by a group of downtown business owners, found voters almost evenly split.",
        [
            (
                "Pronghorn Strategies",
                "organisation",
                "reported",
                "found",
                "voters almost evenly split",
                98,
                124,
            ),
        ],
    ),
    "a_field_office_speaks_for_its_body": (
        'The FBI\'s Cincinnati field office said it was investigating and that it "strongly discourages" paying ransoms.',
        [
            (
                "Federal Bureau of Investigation",
                "organisation",
                "reported",
                "said",
                "it was investigating",
                39,
                59,
            ),
            (
                "Federal Bureau of Investigation",
                "organisation",
                "reported",
                "said",
                'it "strongly discourages" paying ransoms',
                69,
                109,
            ),
            (
                "Federal Bureau of Investigation",
                "organisation",
                "direct",
                "said",
                "strongly discourages",
                73,
                93,
            ),
        ],
    ),
    "a_clock_time_is_no_sentence_end": (
        "Twenty-three cars left the tracks at about 10:15 p.m. Wednesday, and at least three of them were leaking, the Osterkill Fire Department said. No injuries were reported.",
        [
            (
                "Osterkill Fire Department",
                "organisation",
                "reported",
                "said",
                "Twenty-three cars left the tracks at about 10:15 p.m. Wednesday, and at least three of them were leaking",
                0,
                104,
            ),
        ],
    ),
    "a_belief_passed_on_by_unnamed_people": (
        "Former Gov. Harold Sledge has stayed neutral. But Sledge thinks the party needs a nominee who can win suburban voters, according to two people who have spoken with him recently.",
        [
            (
                "Harold Sledge",
                "",
                "reported",
                "thinks",
                "the party needs a nominee who can win suburban voters",
                64,
                117,
            ),
        ],
    ),
    "a_belief_told_by_a_named_source_stays_the_sources": (
        "The district expects to spend about $85,000 on new materials and teacher training, according to Ray Schexnayder.",
        [
            (
                "Ray Schexnayder",
                "",
                "reported",
                "according to",
                "The district expects to spend about $85,000 on new materials and teacher training",
                0,
                81,
            ),
        ],
    ),
    "a_firefighter_is_a_title": (
        "Firefighter Andre Rector said he did not remember much of the rescue.",
        [
            (
                "Andre Rector",
                "Firefighter",
                "reported",
                "said",
                "he did not remember much of the rescue",
                30,
                68,
            ),
        ],
    ),
    "poultry_ends_a_company_name": (
        "Tallbrook Poultry recalled 40,000 pounds of chicken on Friday. Tallbrook said it had found no problems at the plant.",
        [
            (
                "Tallbrook Poultry",
                "organisation",
                "reported",
                "said",
                "it had found no problems at the plant",
                78,
                115,
            ),
        ],
    ),
    "and_predicted_a_name_with_its_verb": (
        "Committee Chairman Roger Brackaker, R-Ark., said he expected a vote on the nomination next week and predicted Garrmont would win support from three Democrats.",
        [
            (
                "Roger Brackaker",
                "Committee Chairman",
                "reported",
                "said",
                "he expected a vote on the nomination next week",
                49,
                95,
            ),
            (
                "Roger Brackaker",
                "Committee Chairman",
                "reported",
                "predicted",
                "Garrmont would win support from three Democrats",
                110,
                157,
            ),
        ],
    ),
    "a_time_after_the_maker_is_no_part_of_its_name": (
        "Drexel Field failed 11 of the 22 standards, according to an inspection by Major League Baseball last spring.",
        [
            (
                "Major League Baseball",
                "organisation",
                "reported",
                "according to",
                "Drexel Field failed 11 of the 22 standards",
                0,
                42,
            ),
        ],
    ),
    "a_company_of_a_town_is_also_the_company": (
        "The contractor, Juckett Rodeo Company of Salina, said in a letter to the board in March that it was cutting back.",
        [
            (
                "Juckett Rodeo Company of Salina",
                "organisation",
                "reported",
                "said",
                "it was cutting back",
                93,
                112,
            ),
        ],
    ),
    "a_mailer_from_a_party_is_also_the_party": (
        'Democrats have their own attack piece. A mailer from the county Democratic Party says Kellett "let two people die in his jail."',
        [
            (
                "a mailer from the county Democratic Party",
                "unnamed source",
                "direct",
                "says",
                "let two people die in his jail.",
                95,
                126,
            ),
        ],
    ),
    "an_ally_speaking_on_condition_of_anonymity": (
        "A longtime Niederhauser ally on the council, speaking on condition of anonymity to discuss the race candidly, said the filings had hurt the campaign.",
        [
            (
                "a longtime Niederhauser ally on the council",
                "unnamed source",
                "reported",
                "said",
                "the filings had hurt the campaign",
                115,
                148,
            ),
        ],
    ),
    "a_poll_conducted_in_june_for_a_client": (
        "Most city voters support capping rent increases, according to a poll conducted in June for the Quisterham Civic Institute. Support was highest among renters, the poll found.",
        [
            (
                "Quisterham Civic Institute",
                "organisation",
                "reported",
                "according to",
                "Most city voters support capping rent increases",
                0,
                47,
            ),
            (
                "Quisterham Civic Institute",
                "organisation",
                "reported",
                "found",
                "Support was highest among renters",
                123,
                156,
            ),
        ],
    ),
    "the_company_is_not_an_analysts_employer": (
        'Skylark Regional Airlines filed for bankruptcy on Monday. Flights would operate as scheduled, the company said.\n\n"Regional carriers live and die on their contracts," said Gabrielle Ohanesian, an airline analyst at Trestlewood Capital.\n\nIts pilots are paid in line with other regional carriers, the company has said.',
        [
            (
                "Skylark Regional Airlines",
                "organisation",
                "reported",
                "said",
                "Flights would operate as scheduled",
                58,
                92,
            ),
            (
                "Gabrielle Ohanesian",
                "airline analyst at Trestlewood Capital",
                "direct",
                "said",
                "Regional carriers live and die on their contracts",
                114,
                163,
            ),
            (
                "Skylark Regional Airlines",
                "organisation",
                "reported",
                "said",
                "Its pilots are paid in line with other regional carriers",
                236,
                292,
            ),
        ],
    ),
    "the_firm_an_analyst_works_for_when_described_as_one": (
        '"Small towns are losing that fight everywhere," said Kumar Raman, a partner at Lanternhill Aviation Advisors, a consulting firm in Chicago. At least 38 small airports lost all scheduled service, the firm estimated in a report this spring.',
        [
            (
                "Kumar Raman",
                "partner at Lanternhill Aviation Advisors",
                "direct",
                "said",
                "Small towns are losing that fight everywhere",
                1,
                45,
            ),
            (
                "Lanternhill Aviation Advisors",
                "organisation",
                "reported",
                "estimated",
                "At least 38 small airports lost all scheduled service",
                140,
                193,
            ),
        ],
    ),
    "she_answered_is_the_one_accused": (
        'Lucia Hethham, a former deputy, is running for sheriff against Sheriff Dale Kellett.\n\nHethham called the mailer "a flat-out lie" and said she had never taken a position on bail reform. Safe Bracknell PAC has received $180,000 from a Kellett donor who owns a towing company with county contracts, according to state campaign finance reports.\n\nKellett\'s campaign manager, Rhonda Folkwell, told the Dispatch that the campaign had "no role" in the mailer. But she also said the mailer "raised fair questions."\n\nDemocrats have their own attack piece. A mailer from the county Democratic Party says Kellett "let two people die in his jail." The Kellett campaign said the mailer exploited "a family\'s tragedy for votes."\n\nTHE DEBATE. At last Tuesday\'s forum in Woldington, Kellett accused Hethham of "running against the people she used to work with." She answered that she was running for them.',
        [
            (
                "Lucia Hethham",
                "",
                "direct",
                "called",
                "a flat-out lie",
                113,
                127,
            ),
            (
                "Lucia Hethham",
                "",
                "reported",
                "said",
                "she had never taken a position on bail reform",
                138,
                183,
            ),
            (
                "state campaign finance reports",
                "records",
                "reported",
                "according to",
                "Safe Bracknell PAC has received $180,000 from a Kellett donor who owns a towing company with county contracts",
                185,
                294,
            ),
            (
                "Rhonda Folkwell",
                "Kellett's campaign manager",
                "reported",
                "told",
                'the campaign had "no role" in the mailer',
                410,
                450,
            ),
            (
                "Rhonda Folkwell",
                "Kellett's campaign manager",
                "direct",
                "told",
                "no role",
                428,
                435,
            ),
            (
                "Rhonda Folkwell",
                "Kellett's campaign manager",
                "reported",
                "said",
                'the mailer "raised fair questions."',
                470,
                505,
            ),
            (
                "a mailer from the county Democratic Party",
                "unnamed source",
                "direct",
                "says",
                "let two people die in his jail.",
                602,
                633,
            ),
            (
                "Kellett campaign",
                "organisation",
                "reported",
                "said",
                'the mailer exploited "a family\'s tragedy for votes."',
                661,
                713,
            ),
            (
                "Kellett campaign",
                "organisation",
                "direct",
                "said",
                "a family's tragedy for votes.",
                683,
                712,
            ),
            (
                "Dale Kellett",
                "Sheriff",
                "direct",
                "accused",
                "running against the people she used to work with.",
                794,
                843,
            ),
            (
                "Lucia Hethham",
                "",
                "reported",
                "answered",
                "she was running for them",
                863,
                887,
            ),
        ],
    ),
    "a_group_in_a_place_the_appositive_describes": (
        "Some parents in Manhattan, home to Kansas State, said they were tired of hearing that the numbers did not work.",
        [
            (
                "parents in Manhattan",
                "group",
                "reported",
                "said",
                "they were tired of hearing that the numbers did not work",
                54,
                110,
            ),
        ],
    ),
    "people_near_a_place_with_an_appositive": (
        "Farmers near Salina, the county seat, said the rain came too late.",
        [
            ("Farmers near Salina", "group", "reported", "said", "the rain came too late", 43, 65),
        ],
    ),
    "found_in_a_report_then_that": (
        "The GAO found in a report last year that the program was four years behind schedule.",
        [
            (
                "Government Accountability Office",
                "organisation",
                "reported",
                "found",
                "the program was four years behind schedule",
                41,
                83,
            ),
        ],
    ),
    "found_in_a_car_is_no_finding": (
        "Police found in a car that was parked nearby a bag of cash.",
        [],
    ),
    "the_group_after_a_nonprofit_description": (
        '"We are losing money," said the Gulf Coast Insurance Council, an industry group. Louisiana Policyholders United, a nonprofit that helps homeowners fight denied claims, has spent $2 million. The group found in a review of state data that insurers denied a third of claims.',
        [
            (
                "Gulf Coast Insurance Council",
                "organisation",
                "direct",
                "said",
                "We are losing money",
                1,
                20,
            ),
            (
                "Louisiana Policyholders United",
                "organisation",
                "reported",
                "found",
                "insurers denied a third of claims",
                237,
                270,
            ),
        ],
    ),
    "endorsement_without_its_source_tag": (
        "The Pathfinder Scholarship Fund, a nonprofit that administers scholarships, has spent $2 million. The group has endorsed 31 House members who backed the bill, its website says.",
        [
            (
                "Pathfinder Scholarship Fund",
                "organisation",
                "reported",
                "endorsed",
                "31 House members who backed the bill",
                121,
                157,
            ),
        ],
    ),
    "fronted_day_before_a_pronoun_and_said": (
        "Derek Niederhauser blamed a former treasurer. On Tuesday, he filed amended reports and said he would return every dollar.",
        [
            ("Derek Niederhauser", "", "reported", "blamed", "a former treasurer", 26, 44),
            ("Derek Niederhauser", "", "reported", "said", "he would return every dollar", 92, 120),
        ],
    ),
    "appositive_before_the_first_verb_and_said": (
        "Arthur Moretti, the police chief, is not part of the bargaining unit and said he would not take sides.",
        [
            ("Arthur Moretti", "", "reported", "said", "he would not take sides", 78, 101),
        ],
    ),
    "co_owner_is_a_title": (
        "Co-owner Ansel Corbell says the crew replaced 61 of the timbers.",
        [
            (
                "Ansel Corbell",
                "Co-owner",
                "reported",
                "says",
                "the crew replaced 61 of the timbers",
                28,
                63,
            ),
        ],
    ),
    "town_moderator_is_a_title": (
        "Town Moderator Ellis Hobley said it was the longest town meeting in his 19 years.",
        [
            (
                "Ellis Hobley",
                "Town Moderator",
                "reported",
                "said",
                "it was the longest town meeting in his 19 years",
                33,
                80,
            ),
        ],
    ),
    "a_year_in_office_describes_a_person": (
        'Gov. Lorraine Cragg unveiled a plan. "Your house is not an ATM," Cragg, a Republican in her second year in office, said at a news conference.',
        [
            (
                "Lorraine Cragg",
                "Gov.; Republican in her second year in office",
                "reported",
                "unveiled",
                "a plan",
                29,
                35,
            ),
            (
                "Lorraine Cragg",
                "Gov.; Republican in her second year in office",
                "direct",
                "said",
                "Your house is not an ATM",
                38,
                62,
            ),
        ],
    ),
    "a_body_found_in_a_review_after_the_statement": (
        "The department's systems include 4,000 programs, the Government Accountability Office found in a review last spring, and fixing them would take years.",
        [
            (
                "Government Accountability Office",
                "organisation",
                "reported",
                "found",
                "The department's systems include 4,000 programs",
                0,
                47,
            ),
            (
                "Government Accountability Office",
                "organisation",
                "reported",
                "found",
                "fixing them would take years",
                121,
                149,
            ),
        ],
    ),
    "an_office_found_after_the_statement": (
        "He died of complications from alcohol withdrawal, the Furzebrook County Medical Examiner's Office found.",
        [
            (
                "Furzebrook County Medical Examiner's Office",
                "organisation",
                "reported",
                "found",
                "He died of complications from alcohol withdrawal",
                0,
                48,
            ),
        ],
    ),
    "an_outlets_review_found_is_no_body": (
        "Counties have spent little of the money, a Capitol Ledger review found.",
        [],
    ),
    "and_recommends_that_is_a_second_statement": (
        "The U.S. Postal Service has warned that mail can take a week and recommends that voters mail ballots early.",
        [
            (
                "U.S. Postal Service",
                "organisation",
                "reported",
                "warned",
                "mail can take a week",
                40,
                60,
            ),
            (
                "U.S. Postal Service",
                "organisation",
                "reported",
                "recommends",
                "voters mail ballots early",
                81,
                106,
            ),
        ],
    ),
    "a_departments_office_by_its_own_name": (
        "Colorado paid $412 million to fraudsters, the U.S. Labor Department's Office of Inspector General found.",
        [
            (
                "U.S. Labor Department's Office of Inspector General",
                "organisation",
                "reported",
                "found",
                "Colorado paid $412 million to fraudsters",
                0,
                40,
            ),
        ],
    ),
    "a_party_tag_after_a_tail_speaker": (
        "The House would vote on a clean extension, House Majority Leader Bradley Caffyn, R-Ind., told reporters after a closed-door meeting.",
        [
            (
                "Bradley Caffyn",
                "House Majority Leader",
                "reported",
                "told",
                "The House would vote on a clean extension",
                0,
                41,
            ),
        ],
    ),
    "a_party_tag_in_an_appositive_name_still_opens_it": (
        "Its sponsor, state Sen. Carl Whitehorn, R-Winnemucca, said the bill would pass.",
        [
            ("Carl Whitehorn", "state Sen.", "reported", "said", "the bill would pass", 59, 78),
        ],
    ),
    "a_tag_between_the_subject_and_its_verb": (
        "Deborah Lyall spoke. The two longest beams, she said, came from a single tree in Maine.",
        [
            ("Deborah Lyall", "", "reported", "said", "came from a single tree in Maine", 54, 86),
        ],
    ),
    "a_group_with_a_long_relative_clause_says": (
        "Some residents who spoke at a community meeting Tuesday night said they worried about the cost.",
        [
            ("Some residents", "group", "reported", "said", "they worried about the cost", 67, 94),
        ],
    ),
    "a_group_named_with_that_and_its_verb_says": (
        "Parent groups that backed the law said they would press lawmakers for a narrower bill.",
        [
            (
                "Parent groups",
                "group",
                "reported",
                "said",
                "they would press lawmakers for a narrower bill",
                39,
                85,
            ),
        ],
    ),
    "a_long_group_run_does_not_describe": (
        "Residents of Drovnik who fled to the nearby town of Belavir described hours of gunfire.",
        [],
    ),
    "a_present_verb_before_a_closing_quoted_fragment": (
        'Warren Sugden ran. Sugden says the loans make him the only candidate who "can\'t be bought."',
        [
            (
                "Warren Sugden",
                "",
                "reported",
                "says",
                'the loans make him the only candidate who "can\'t be bought."',
                31,
                91,
            ),
            ("Warren Sugden", "", "direct", "says", "can't be bought.", 74, 90),
        ],
    ),
    "an_irregular_past_before_a_quoted_fragment": (
        'Warren Sugden ran. Sugden said the loans made him "unbuyable."',
        [
            ("Warren Sugden", "", "reported", "said", 'the loans made him "unbuyable."', 31, 62),
            ("Warren Sugden", "", "direct", "said", "unbuyable.", 51, 61),
        ],
    ),
    "the_citys_chamber_of_commerce_by_the_council_city": (
        'The Carrowmere City Council voted 6-3 to ban gas hookups. The city\'s Chamber of Commerce, which opposed the ordinance, says the numbers show the council "moved too fast."',
        [
            (
                "Carrowmere Chamber of Commerce",
                "organisation",
                "reported",
                "says",
                'the numbers show the council "moved too fast."',
                124,
                170,
            ),
            (
                "Carrowmere Chamber of Commerce",
                "organisation",
                "direct",
                "says",
                "moved too fast.",
                154,
                169,
            ),
        ],
    ),
    "a_coalition_of_groups_called_by_its_name": (
        "A coalition of churches and advocacy groups called Tennerly Forward Together argues that the county could shrink the jail population.",
        [
            (
                "Tennerly Forward Together",
                "organisation",
                "reported",
                "argues",
                "the county could shrink the jail population",
                89,
                132,
            ),
        ],
    ),
    "a_group_of_residents_called_before_a_which_clause": (
        "A group of residents called Keep Juniperton Growing, which collected about 900 signatures against the annexation, says it will try to put the decision before voters.",
        [
            (
                "Keep Juniperton Growing",
                "organisation",
                "reported",
                "says",
                "it will try to put the decision before voters",
                119,
                164,
            ),
        ],
    ),
    "according_to_researchers_at_a_university": (
        "Grain facilities recorded eight explosions a year, according to researchers at Purdue University.",
        [
            (
                "Purdue University",
                "organisation",
                "reported",
                "according to",
                "Grain facilities recorded eight explosions a year",
                0,
                49,
            ),
        ],
    ),
    "a_spanish_connector_in_a_groups_name": (
        "Immigrant advocates praised the lawsuit. Puentes del Noroeste, a Latino advocacy group, said in a statement that the rule would scare immigrants.",
        [
            ("Immigrant advocates", "group", "reported", "praised", "the lawsuit", 28, 39),
            (
                "Puentes del Noroeste",
                "organisation",
                "reported",
                "said",
                "the rule would scare immigrants",
                113,
                144,
            ),
        ],
    ),
    "the_writers_name_for_what_was_said_is_cut": (
        '"Twenty years goes by fast," Patricia Yerkovich said. She said the governor had not called her before announcing the plan, an omission she called "a discourtesy, at the very least."',
        [
            ("Patricia Yerkovich", "", "direct", "said", "Twenty years goes by fast", 1, 26),
            (
                "Patricia Yerkovich",
                "",
                "reported",
                "said",
                "the governor had not called her before announcing the plan",
                63,
                121,
            ),
            (
                "Patricia Yerkovich",
                "",
                "direct",
                "said",
                "a discourtesy, at the very least.",
                147,
                180,
            ),
        ],
    ),
    "the_writers_consequence_after_meaning_is_cut": (
        "Teresa Gunnham teaches law. Gunnham said a challenge could take more than a year to resolve, meaning the map would likely be used this fall.",
        [
            (
                "Teresa Gunnham",
                "",
                "reported",
                "said",
                "a challenge could take more than a year to resolve",
                41,
                91,
            ),
        ],
    ),
    "an_endorsement_then_a_guest_column": (
        "Former Gov. Franklin Edgley endorsed Dolores Dyball last month and wrote in a guest column that the office is not a place for experiments.",
        [
            ("Franklin Edgley", "Former Gov.", "reported", "endorsed", "Dolores Dyball", 37, 51),
            (
                "Franklin Edgley",
                "Former Gov.",
                "reported",
                "wrote",
                "the office is not a place for experiments",
                96,
                137,
            ),
        ],
    ),
    "said_then_wrote_in_a_letter_to_members": (
        "Franklin Edgley said the plan was sound and wrote in a letter to members that the sheriff had lost their trust.",
        [
            ("Franklin Edgley", "", "reported", "said", "the plan was sound", 21, 39),
            (
                "Franklin Edgley",
                "",
                "reported",
                "wrote",
                "the sheriff had lost their trust",
                78,
                110,
            ),
        ],
    ),
    "a_dash_aside_between_the_speaker_and_said": (
        "Board President Frank Kershner — no relation to this reporter — said the board would begin planning next year.",
        [
            (
                "Frank Kershner",
                "Board President",
                "reported",
                "said",
                "the board would begin planning next year",
                69,
                109,
            ),
        ],
    ),
    "which_she_called_is_the_writers_gloss": (
        'Nora Erskine teaches law. Erskine said the appeal was unlikely to succeed in the 5th Circuit, which she called "one of the most deferential courts."',
        [
            (
                "Nora Erskine",
                "",
                "reported",
                "said",
                "the appeal was unlikely to succeed in the 5th Circuit",
                39,
                92,
            ),
            ("Nora Erskine", "", "direct", "said", "one of the most deferential courts.", 112, 147),
        ],
    ),
    "a_tag_ending_in_where_and_when_after_told_reporters": (
        "WASHINGTON - A fight left leaders scrambling for votes Wednesday.\n\nThe House would vote on a clean 90-day extension by Friday, House Majority Leader Bradley Caffyn told reporters after a closed-door meeting of Republican members.",
        [
            (
                "Bradley Caffyn",
                "House Majority Leader",
                "reported",
                "told",
                "The House would vote on a clean 90-day extension by Friday",
                67,
                125,
            ),
        ],
    ),
    "a_tag_ending_at_a_meeting_and_a_time": (
        "The fight has split county government.\n\nThe county had no choice but to keep going, Commissioner Victor Zumwalde said at a packed meeting Tuesday night.",
        [
            (
                "Victor Zumwalde",
                "Commissioner",
                "reported",
                "said",
                "The county had no choice but to keep going",
                40,
                82,
            ),
        ],
    ),
    "backed_by_after_an_appositive_is_no_tag": (
        "The candidates are Circuit Judge Helen Cormbry, backed by Democrats, and Circuit Judge Ross Ashbee, a former prosecutor backed by Republicans and the state's largest business lobby.",
        [],
    ),
    "the_office_just_named_by_its_owner": (
        "The plan would cost $310 million a year, according to the governor's budget office.\n\nThe governor's office disputed that. Completion rates at the colleges rose four points in the two years after a smaller pilot program, the office said in a fact sheet handed to reporters.",
        [
            (
                "governor's budget office",
                "organisation",
                "reported",
                "according to",
                "The plan would cost $310 million a year",
                0,
                39,
            ),
            (
                "governor's office",
                "organisation",
                "reported",
                "said",
                "Completion rates at the colleges rose four points in the two years after a smaller pilot program",
                122,
                218,
            ),
        ],
    ),
    "a_campaign_named_after_its_owners_form": (
        "The mayor's campaign sees it differently. The recall is \"a sore loser's revenge,\" the Hinchley campaign said in an email to supporters Monday night. The campaign said it had already raised $90,000 to fight the recall.",
        [
            (
                "Hinchley campaign",
                "organisation",
                "direct",
                "said",
                "a sore loser's revenge",
                57,
                79,
            ),
            (
                "Hinchley campaign",
                "organisation",
                "reported",
                "said",
                "it had already raised $90,000 to fight the recall",
                167,
                216,
            ),
        ],
    ),
    "independent_inside_a_bodys_name_is_no_party": (
        "The Midcontinent Independent System Operator, which runs the grid for 15 states, said it had called on every available power plant.",
        [
            (
                "Midcontinent Independent System Operator",
                "organisation",
                "reported",
                "said",
                "it had called on every available power plant",
                86,
                130,
            ),
        ],
    ),
    "declared_an_emergency_is_an_act_not_a_statement": (
        "County Judge Harlan Oxby declared a local disaster emergency Saturday after the creek rose.",
        [],
    ),
    "declared_an_emergency_and_has_asked_stays": (
        "County Mayor Janet Ussery declared a local state of emergency Saturday and has asked the state to request a federal disaster declaration.",
        [
            (
                "Janet Ussery",
                "County Mayor",
                "reported",
                "declared",
                "a local state of emergency Saturday and has asked the state to request a federal disaster declaration",
                35,
                136,
            ),
        ],
    ),
    "declared_that_the_vote_was_over_stays": (
        "Senate President Carla Wimbury declared that the debate was over and called the vote.",
        [
            (
                "Carla Wimbury",
                "Senate President",
                "reported",
                "declared",
                "the debate was over",
                45,
                64,
            ),
        ],
    ),
    "he_after_a_role_appositive_with_an_owner_is_the_named_one": (
        'Gov. Theodora Claypool proposed the merger on Monday. "It saves money," Claypool said.\n\nClaypool\'s chief of staff, Gordon Jakeman, disputed that. He said the governor had met with both university presidents twice in December.',
        [
            ("Theodora Claypool", "Gov.", "reported", "proposed", "the merger", 32, 42),
            ("Theodora Claypool", "Gov.", "direct", "said", "It saves money", 55, 69),
            (
                "Gordon Jakeman",
                "",
                "reported",
                "said",
                "the governor had met with both university presidents twice in December",
                154,
                224,
            ),
        ],
    ),
    "a_doc_makers_name_stops_before_which": (
        "THE MEMO. An internal memo by the committee's majority staff, which was obtained by the Brief, recommends subpoenaing the contracting officer who approved the last two modifications.",
        [
            (
                "committee's majority staff",
                "organisation",
                "reported",
                "recommends",
                "subpoenaing the contracting officer who approved the last two modifications",
                106,
                181,
            ),
        ],
    ),
    "a_narrator_speaks_for_the_body_whose_spot_is_described": (
        "Impartial Bench Now's latest television spot, airing in Milwaukee and Green Bay, shows a gavel slamming on a stack of campaign checks. \"Franklin Ertel took money from the people whose cases he'll decide,\" a narrator says.",
        [
            (
                "Impartial Bench Now",
                "organisation",
                "direct",
                "says",
                "Franklin Ertel took money from the people whose cases he'll decide",
                136,
                202,
            ),
        ],
    ),
    "judge_executive_is_a_title": (
        '"Nobody from Hollowridge ever walked into this office. Not once," said County Judge-Executive Dewey Caudrell-Gibbs.',
        [
            (
                "Dewey Caudrell-Gibbs",
                "County Judge-Executive",
                "direct",
                "said",
                "Nobody from Hollowridge ever walked into this office. Not once",
                1,
                63,
            ),
        ],
    ),
    "the_group_is_the_body_of_the_speaker_just_quoted": (
        'A study by the Diamond Lakes Fiscal Research Center, a nonpartisan group in Fayetteville, estimated that a family spends $11,800 a year on groceries.\n\n"Fifteen dollars is fifteen dollars," said Caroline Iacobucci, policy director of Feed Arkansas Forward, a coalition of food banks. The group says nearly one in five Arkansas children lives in a household that sometimes runs short of food.',
        [
            (
                "Diamond Lakes Fiscal Research Center",
                "organisation",
                "reported",
                "estimated",
                "a family spends $11,800 a year on groceries",
                105,
                148,
            ),
            (
                "Caroline Iacobucci",
                "policy director of Feed Arkansas Forward",
                "direct",
                "said",
                "Fifteen dollars is fifteen dollars",
                152,
                186,
            ),
            (
                "Feed Arkansas Forward",
                "organisation",
                "reported",
                "says",
                "nearly one in five Arkansas children lives in a household that sometimes runs short of food",
                298,
                389,
            ),
        ],
    ),
    "a_federal_judge_is_the_judge_named_next": (
        "HELENA, Mont. (QNS) — A federal judge on Tuesday blocked a Montana law that bars cities from using ranked-choice voting, ruling that the state had likely overstepped by voiding a method that one city's voters had adopted in 2021.\n\nU.S. District Judge Cornelius Yarby wrote in a 41-page opinion that the state had offered no evidence.",
        [
            (
                "Cornelius Yarby",
                "U.S. District Judge; federal judge on Tuesday",
                "reported",
                "ruling",
                "the state had likely overstepped by voiding a method that one city's voters had adopted in 2021",
                133,
                228,
            ),
            (
                "Cornelius Yarby",
                "U.S. District Judge; federal judge on Tuesday",
                "reported",
                "wrote",
                "the state had offered no evidence",
                299,
                332,
            ),
        ],
    ),
    "a_capitalised_cue_word_inside_a_name_is_no_cue": (
        'Eliza Leyendecker of Hope Missionary Baptist Church said the vote was "more than we had a year ago."',
        [
            (
                "Eliza Leyendecker",
                "Hope Missionary Baptist Church",
                "reported",
                "said",
                'the vote was "more than we had a year ago."',
                57,
                100,
            ),
            (
                "Eliza Leyendecker",
                "Hope Missionary Baptist Church",
                "direct",
                "said",
                "more than we had a year ago.",
                71,
                99,
            ),
        ],
    ),
    "an_owners_comments_are_a_noun": (
        "Bortnick's comments could discourage parents from vaccinating on time, the American Academy of Pediatrics believes.",
        [
            (
                "American Academy of Pediatrics",
                "organisation",
                "reported",
                "believes",
                "Bortnick's comments could discourage parents from vaccinating on time",
                0,
                69,
            ),
        ],
    ),
    "an_owners_statement_says_stays_a_cue": (
        'The ballot will include a statement from each side. The committee\'s statement says the board "stopped listening"; Vanessa Shultz\'s says she "listened to everyone and then did her job."',
        [
            (
                "Vanessa Shultz",
                "",
                "direct",
                "says",
                "listened to everyone and then did her job.",
                141,
                183,
            ),
        ],
    ),
    "point_to_is_no_statement": (
        "Supporters point to research showing that oversight boards reduce complaints.",
        [],
    ),
    "a_tag_told_the_board_before_the_vote_is_a_tag": (
        "Without the increase, the authority would have to cut service on nine routes, General Manager Denise Kyte told the board before the vote.",
        [
            (
                "Denise Kyte",
                "General Manager",
                "reported",
                "told",
                "Without the increase, the authority would have to cut service on nine routes",
                0,
                76,
            ),
        ],
    ),
    "a_tag_said_on_the_floor_before_the_vote_is_a_tag": (
        "The crop insurance changes are the most important part of the bill, Sen. Arlene Beardmore, R-Kan., the chairwoman of the Senate Agriculture Committee, said on the Senate floor before the vote.",
        [
            (
                "Arlene Beardmore",
                "Sen.; chairwoman of the Senate Agriculture Committee",
                "reported",
                "said",
                "The crop insurance changes are the most important part of the bill",
                0,
                66,
            ),
        ],
    ),
    "where_a_named_leader_said_is_the_leader": (
        "The bill now goes to the Senate, where Majority Leader Eleanor Hasler, R-Ames, said her caucus would take it up within weeks.",
        [
            (
                "Eleanor Hasler",
                "Majority Leader",
                "reported",
                "said",
                "her caucus would take it up within weeks",
                84,
                124,
            ),
        ],
    ),
    "a_titled_owners_office_has_the_owners_name_too": (
        "Secretary of State Carl Heckford's office said the ruling would not change the August filing deadline.",
        [
            (
                "Secretary of State Carl Heckford's office",
                "organisation",
                "reported",
                "said",
                "the ruling would not change the August filing deadline",
                47,
                101,
            ),
        ],
    ),
    "the_groups_first_ad_is_the_groups": (
        'But a new super PAC, Kansans for Clean Counts, says it will spend at least $400,000 on the race. The group\'s first ad, which began running Saturday, shows Belding at a folding table. "Janet Belding has counted every vote for 14 years," the narrator says.',
        [
            (
                "Kansans for Clean Counts",
                "organisation",
                "reported",
                "says",
                "it will spend at least $400,000 on the race",
                52,
                95,
            ),
            (
                "Kansans for Clean Counts",
                "organisation",
                "direct",
                "says",
                "Janet Belding has counted every vote for 14 years",
                184,
                233,
            ),
        ],
    ),
    "its_first_ad_a_sentence_before_is_the_bodys": (
        'A super PAC, Sound Money Arizona, says it will spend at least $2 million on his behalf.\n\nIts first ad went up statewide last week. "The old way is not working. Bryce Spyridakis will protect your future," a narrator says.',
        [
            (
                "Sound Money Arizona",
                "super PAC",
                "reported",
                "says",
                "it will spend at least $2 million on his behalf",
                39,
                86,
            ),
            (
                "Sound Money Arizona",
                "super PAC",
                "direct",
                "says",
                "The old way is not working. Bryce Spyridakis will protect your future",
                132,
                201,
            ),
        ],
    ),
    "says_over_footage_is_no_statement": (
        '"He sold insurance for twenty years," the narrator says over footage of a flooded living room.',
        [],
    ),
    "a_bodys_title_before_a_name_is_a_title": (
        "Bureau of Prisons Director Colette Riesterer testified that the agency had hired 3,100 officers. The bureau said in a written statement that recruitment bonuses had cut vacancies.",
        [
            (
                "Colette Riesterer",
                "Bureau of Prisons Director",
                "reported",
                "testified",
                "the agency had hired 3,100 officers",
                60,
                95,
            ),
            (
                "Bureau of Prisons",
                "organisation",
                "reported",
                "said",
                "recruitment bonuses had cut vacancies",
                141,
                178,
            ),
        ],
    ),
    "an_auditor_general_is_an_office": (
        "The state investment pool lost about $40 million in value in 2022, according to the Arizona Auditor General.",
        [
            (
                "Arizona Auditor General",
                "organisation",
                "reported",
                "according to",
                "The state investment pool lost about $40 million in value in 2022",
                0,
                65,
            ),
        ],
    ),
    "the_forum_is_the_forum_its_president_leads": (
        '"Blood clots do not show up on a checklist," said Raymond Wuensch, a family physician in Crowsfoot and president of the Wisconsin Physicians Forum.\n\nThe forum said in a statement that it would ask Assembly members to require a follow-up visit.',
        [
            (
                "Raymond Wuensch",
                "family physician in Crowsfoot and president of the Wisconsin Physicians Forum",
                "direct",
                "said",
                "Blood clots do not show up on a checklist",
                1,
                42,
            ),
            (
                "Wisconsin Physicians Forum",
                "organisation",
                "reported",
                "said",
                "it would ask Assembly members to require a follow-up visit",
                184,
                242,
            ),
        ],
    ),
    "the_letter_says_is_the_body_that_sent_it": (
        "A group of opponents, Friends of Mallow Creek, sent a letter to the board last week signed by 412 residents. The letter says the pit would change the village.",
        [
            (
                "Friends of Mallow Creek",
                "organisation",
                "reported",
                "says",
                "the pit would change the village",
                125,
                157,
            ),
        ],
    ),
    "in_particular_is_no_part_of_a_group": (
        "Rural Republicans in particular believe cutting long-distance service would hurt their towns.",
        [
            (
                "Rural Republicans",
                "group",
                "reported",
                "believe",
                "cutting long-distance service would hurt their towns",
                40,
                92,
            ),
        ],
    ),
    "residents_who_live_along_a_road_are_residents": (
        "Residents who live along Mallow Creek Road said blasting and truck traffic would ruin a quiet corner of the village.",
        [
            (
                "Residents",
                "group",
                "reported",
                "said",
                "blasting and truck traffic would ruin a quiet corner of the village",
                48,
                115,
            ),
        ],
    ),
    "a_veteran_house_republican_is_an_unnamed_source": (
        '"Everybody on this panel has a constituent with a horror story," a veteran House Republican on the committee said.',
        [
            (
                "a veteran House Republican on the committee",
                "unnamed source",
                "direct",
                "said",
                "Everybody on this panel has a constituent with a horror story",
                1,
                62,
            ),
        ],
    ),
    "the_end_of_a_relative_clause_sends_no_letter": (
        'Rep. Joan Ivatt, R-Fla., who chairs the House Veterans\' Affairs Subcommittee on Oversight and Investigations, sent a letter to the secretary last week. The letter says that veterans "are waiting longer for a copy of their own records."',
        [],
    ),
    "r124_board_officer": (
        "Steer weights were up this year. Fair board President Dolores Wetherington said a mild spring and good hay prices had helped.",
        [
            (
                "Dolores Wetherington",
                "Fair board President",
                "reported",
                "said",
                "a mild spring and good hay prices had helped",
                80,
                124,
            ),
        ],
    ),
    "r124_age_then_appositive_who": (
        "Among them was Marvin Sirendale, 67, a retired textile worker from Laurens, who said his brother had lost his house to gambling debts.",
        [
            (
                "Marvin Sirendale",
                "",
                "reported",
                "said",
                "his brother had lost his house to gambling debts",
                85,
                133,
            ),
        ],
    ),
    "r124_spelled_age": (
        'Ten-year-old Owen Venumworth showed a market goat and placed fourth.\n\n"He kept trying to eat my shirt," Owen said of his goat.',
        [
            ("Owen Venumworth", "", "direct", "said", "He kept trying to eat my shirt", 71, 101),
        ],
    ),
    "r124_state_party_epithet": (
        "Rep. Lucinda Rathmore, D-Md., sent the letter Tuesday. The Maryland Democrat agrees on the diagnosis. She said Congress shared the blame for years of underfunding.",
        [
            (
                "Lucinda Rathmore",
                "Maryland Democrat",
                "reported",
                "said",
                "Congress shared the blame for years of underfunding",
                111,
                162,
            ),
        ],
    ),
    "r124_state_party_appositive": (
        "Rep. Ann Voss, a New York Democrat, and Sen. Tom Hale, R-Ohio, introduced the bill. The Ohio Republican said it would pass.",
        [
            ("Tom Hale", "Sen.; Ohio Republican", "reported", "introduced", "the bill", 74, 82),
            ("Tom Hale", "Sen.; Ohio Republican", "reported", "said", "it would pass", 109, 122),
        ],
    ),
    "r124_state_party_not_the_party": (
        "The Ohio Republican Party said the vote was rigged.",
        [
            (
                "Ohio Republican Party",
                "organisation",
                "reported",
                "said",
                "the vote was rigged",
                31,
                50,
            ),
        ],
    ),
    "r124_plural_boards": (
        "Candidates must file by early February, and county election boards say they need new district lines at least 60 days before that to print ballots.",
        [
            (
                "county election boards",
                "group",
                "reported",
                "say",
                "they need new district lines at least 60 days before that to print ballots",
                71,
                145,
            ),
        ],
    ),
    "r124_relative_statement_ends_at_main_verb": (
        "A group calling itself Save Jessford, which says it has collected 1,100 signatures against the plan, has hired a lawyer and an engineer.",
        [
            (
                "Save Jessford",
                "organisation",
                "reported",
                "says",
                "it has collected 1,100 signatures against the plan",
                49,
                99,
            ),
        ],
    ),
    "r124_opening_org_relative_says": (
        "Gun rights groups praised the veto. The Silver State Sportsmen's League, which says it has 30,000 members, had urged its members to call the governor's office.",
        [
            ("Gun rights groups", "group", "reported", "praised", "the veto", 26, 34),
            (
                "Silver State Sportsmen's League",
                "organisation",
                "reported",
                "says",
                "it has 30,000 members",
                84,
                105,
            ),
        ],
    ),
    "r124_relative_endorsement_keeps_object": (
        "The Northern Prosperity Fund, which backs Tuttle, has reserved $14 million in ads.",
        [],
    ),
    "r124_state_party_epithet_unintroduced": (
        'House Speaker Raymond Tollivar reached a deal Sunday. "Nobody got everything," Tollivar said.\n\nThe Ohio Republican said he expected a vote on Tuesday morning.',
        [
            (
                "Raymond Tollivar",
                "House Speaker",
                "direct",
                "said",
                "Nobody got everything",
                55,
                76,
            ),
            (
                "Raymond Tollivar",
                "House Speaker",
                "reported",
                "said",
                "he expected a vote on Tuesday morning",
                120,
                157,
            ),
        ],
    ),
    "r125_spelled_age_before_full_name": (
        'Children at the celebration had other priorities. Eight-year-old Ivy Lambcombe said her favourite part of the library was the fish tank.\n\n"And the books about sharks," she added.',
        [
            (
                "Ivy Lambcombe",
                "",
                "reported",
                "said",
                "her favourite part of the library was the fish tank",
                84,
                135,
            ),
            ("Ivy Lambcombe", "", "direct", "added", "And the books about sharks", 139, 165),
        ],
    ),
    "r125_number_abbreviation_in_appositive": (
        "Riders waiting at the stop were mostly in favour. Dashiell Jessridge, a line cook who takes the No. 4 to work, says he has been late three times this month.",
        [
            (
                "Dashiell Jessridge",
                "line cook",
                "reported",
                "says",
                "he has been late three times this month",
                116,
                155,
            ),
        ],
    ),
    "r125_party_group_in_a_body_with_relative": (
        "Democrats in the Legislature, who had fought the ban in committee, said they would try to repeal it in the next session.",
        [
            (
                "Democrats in the Legislature",
                "group",
                "reported",
                "said",
                "they would try to repeal it in the next session",
                72,
                119,
            ),
        ],
    ),
    "r126_unnamed_office": (
        "Voters in two precincts petitioned for a recall, according to the Hubobane County Board of Elections. The county clerk said the special election would be held June 9.",
        [
            (
                "Hubobane County Board of Elections",
                "organisation",
                "reported",
                "according to",
                "Voters in two precincts petitioned for a recall",
                0,
                47,
            ),
            (
                "county clerk",
                "unnamed source",
                "reported",
                "said",
                "the special election would be held June 9",
                124,
                165,
            ),
        ],
    ),
    "r126_office_named_elsewhere": (
        "The county clerk says the office is closed this week. Brenda Holtkamp, the county clerk, said the repairs would take five days.",
        [
            (
                "Brenda Holtkamp",
                "county clerk",
                "reported",
                "said",
                "the repairs would take five days",
                94,
                126,
            ),
        ],
    ),
    "r126_agency_officer_not_office": (
        "The plant's owner said the leak was fixed by noon.",
        [],
    ),
    "r126_party_role": (
        'Gov. Stuart Ebblethorpe vetoed the bill on Friday. "I want teachers to be paid more," the Republican governor said at a news conference in his Statehouse office.',
        [
            (
                "Stuart Ebblethorpe",
                "Governor",
                "direct",
                "said",
                "I want teachers to be paid more",
                52,
                83,
            ),
        ],
    ),
    "r126_progressive_urging": (
        "Keith Gardehurst, president of the Friends of the Cobbet Mill Library, spoke first. He is urging residents to pack the commission's budget hearing on Feb. 24.",
        [
            (
                "Keith Gardehurst",
                "",
                "reported",
                "urging",
                "residents to pack the commission's budget hearing on Feb. 24",
                97,
                157,
            ),
        ],
    ),
    "r126_progressive_pushing_for": (
        "Rep. Yolanda Quilery-Wendjack, the ranking member, has been pushing for a probe of the Detroit processing center since last year.",
        [
            (
                "Yolanda Quilery-Wendjack",
                "Rep.; ranking member",
                "reported",
                "pushing",
                "a probe of the Detroit processing center since last year",
                72,
                128,
            ),
        ],
    ),
    "r126_pushing_ahead_no_statement": (
        "Officials in Dunnehurst are pushing ahead with the plan despite the cost.",
        [],
    ),
    "r126_officer_of_org_not_office": (
        "The American Farm Bureau Federation opposes the cuts. The federation's president said the cuts would weaken the safety net.",
        [
            (
                "American Farm Bureau Federation",
                "organisation",
                "reported",
                "opposes",
                "the cuts",
                44,
                52,
            ),
        ],
    ),
    "r126_board_office": (
        "The board certified the petitions Friday. The board's executive director said early voting begins Thursday.",
        [
            (
                "board's executive director",
                "unnamed source",
                "reported",
                "said",
                "early voting begins Thursday",
                78,
                106,
            ),
        ],
    ),
    "r126_urging_them_not": (
        "Members of the union asked whether to strike. Zehnder's union is urging them not to.",
        [
            ("Members of the union", "group", "reported", "asked", "whether to strike", 27, 44),
        ],
    ),
    "r126_pushing_for_clause_cut": (
        "The union that represents drivers in several districts is pushing for full-time positions that combine driving with jobs in schools, and it has hired a lobbyist.",
        [
            (
                "union that represents drivers in several districts",
                "group",
                "reported",
                "pushing",
                "full-time positions that combine driving with jobs in schools",
                70,
                131,
            ),
        ],
    ),
    "r127_job_word_before_name": (
        "Waitress Rosamund Pellworthy said she had not decided what she would do next.",
        [
            (
                "Rosamund Pellworthy",
                "Waitress",
                "reported",
                "said",
                "she had not decided what she would do next",
                34,
                76,
            ),
        ],
    ),
    "r127_job_word_baker": (
        "Baker Amos Tillingham said the ovens would stay cold until March.",
        [
            (
                "Amos Tillingham",
                "Baker",
                "reported",
                "said",
                "the ovens would stay cold until March",
                27,
                64,
            ),
        ],
    ),
    "r127_company_kind_before_name": (
        "Utility Crestmoor Power said it had cut electricity to about 3,000 customers in the canyon.",
        [
            (
                "Crestmoor Power",
                "organisation",
                "reported",
                "said",
                "it had cut electricity to about 3,000 customers in the canyon",
                29,
                90,
            ),
        ],
    ),
    "r127_company_kind_one_word": (
        "Retailer Pellmart said holiday sales fell 4 percent from last year.",
        [
            (
                "Pellmart",
                "organisation",
                "reported",
                "said",
                "holiday sales fell 4 percent from last year",
                23,
                66,
            ),
        ],
    ),
    "r127_company_kind_union_kept": (
        "Utility Workers Union of America said its members would strike on Monday.",
        [
            (
                "Utility Workers Union of America",
                "organisation",
                "reported",
                "said",
                "its members would strike on Monday",
                38,
                72,
            ),
        ],
    ),
    "r127_relative_person_appositive": (
        "Among those removed was Cornelius Lambwick, 68, a retired bus mechanic in Macon who said he learned of it when a neighbour mentioned it.",
        [
            (
                "Cornelius Lambwick",
                "",
                "reported",
                "said",
                "he learned of it when a neighbour mentioned it",
                89,
                135,
            ),
        ],
    ),
    "r127_relative_person_then_verb": (
        "Ashlyn Bostwright, a mother of three who said she had attended the October reading with her daughter, told the board the books should stay.",
        [
            (
                "Ashlyn Bostwright",
                "mother of three",
                "reported",
                "said",
                "she had attended the October reading with her daughter",
                46,
                100,
            ),
            (
                "Ashlyn Bostwright",
                "mother of three",
                "reported",
                "told",
                "the books should stay",
                117,
                138,
            ),
        ],
    ),
    "r127_relative_party_district": (
        "Olivia Naizewood, D-Madison, who says she attended one dinner in 2024, wants the ethics commission to act.",
        [
            ("Olivia Naizewood", "", "reported", "says", "she attended one dinner in 2024", 38, 69),
            # (Round 141: what she wants done is her stated aim too.)
            ("Olivia Naizewood", "", "reported", "wants", "the ethics commission to act", 77, 105),
        ],
    ),
    "r127_relative_group": (
        "During the trial, jurors heard from two nurses who said they had reported Vasterwick to their managers for years.",
        [
            (
                "two nurses",
                "unnamed source",
                "reported",
                "said",
                "they had reported Vasterwick to their managers for years",
                56,
                112,
            ),
        ],
    ),
    "r127_relative_group_pair": (
        "The party chair resigned on Sunday after months of pressure from donors and county leaders who said the party was broke.",
        [
            (
                "donors and county leaders",
                "group",
                "reported",
                "said",
                "the party was broke",
                100,
                119,
            ),
        ],
    ),
    "r127_relative_unnamed_wrote": (
        "He read aloud from a letter by a constituent who wrote that she had spent two nights on a terminal floor in Denver.",
        [
            (
                "a constituent",
                "unnamed source",
                "reported",
                "wrote",
                "she had spent two nights on a terminal floor in Denver",
                60,
                114,
            ),
        ],
    ),
    "r127_relative_authorship_skipped": (
        "Darius Colewick, who wrote the law creating the market, said the lottery was fair.",
        [
            ("Darius Colewick", "", "reported", "said", "the lottery was fair", 61, 81),
        ],
    ),
    "r127_relative_closed_clause": (
        "The plan will fail, Ann Sorbeck, who said so last year, warned on Monday.",
        [
            ("Ann Sorbeck", "", "reported", "warned", "The plan will fail", 0, 18),
        ],
    ),
    "r127_relative_not_subject_of_later_verb": (
        "Among those removed was Cornelius Lambwick, 68, a retired bus driver in Macon who said he learned of it when a neighbour mentioned it.",
        [
            (
                "Cornelius Lambwick",
                "",
                "reported",
                "said",
                "he learned of it when a neighbour mentioned it",
                87,
                133,
            ),
        ],
    ),
    "r128_endorsed_in_month": (
        "The race has tightened.\n\nThe Michigan Guild of Toolmakers endorsed Treadwick in August, and its president, Beverly Trevallon, said he understood manufacturing.",
        [
            (
                "Michigan Guild of Toolmakers",
                "organisation",
                "reported",
                "endorsed",
                "Treadwick",
                67,
                76,
            ),
            (
                "Beverly Trevallon",
                "president",
                "reported",
                "said",
                "he understood manufacturing",
                131,
                158,
            ),
        ],
    ),
    "r128_endorsed_then_appeared": (
        "The race has split the party.\n\nAtlanta Mayor Patricia Dellacourt endorsed Gorrellby in March and appeared in one of her ads.",
        [
            ("Patricia Dellacourt", "Atlanta Mayor", "reported", "endorsed", "Gorrellby", 74, 83),
        ],
    ),
    "r128_endorsed_on_day": (
        "The primary is in May.\n\nThe Ohio Farm and Trucking Guild endorsed Gentrow on Sunday, calling him a friend of farmers.",
        [
            (
                "Ohio Farm and Trucking Guild",
                "organisation",
                "reported",
                "endorsed",
                "Gentrow",
                66,
                73,
            ),
        ],
    ),
    "r128_endorsed_a_day_later": (
        "Two groups weighed in.\n\nThe Summit Valley Mercury endorsed Faulkby. The Ohio Farm and Trucking Guild endorsed Gentrow a day later.",
        [
            ("Summit Valley Mercury", "", "reported", "endorsed", "Faulkby", 59, 66),
            (
                "Ohio Farm and Trucking Guild",
                "organisation",
                "reported",
                "endorsed",
                "Gentrow",
                110,
                117,
            ),
        ],
    ),
    "r128_endorsed_money_kept": (
        "The union has money.\n\nThe union endorsed Rawsworth in his 2024 campaign and spent about $85,000 on ads, according to city campaign finance records.",
        [
            (
                "city campaign finance records",
                "records",
                "reported",
                "according to",
                "The union endorsed Rawsworth in his 2024 campaign and spent about $85,000 on ads",
                22,
                102,
            ),
        ],
    ),
    "r129_called_x_and_has_called_for": (
        "Farm groups are split.\n\nThe Humane Harvest League called the method cruel and has called for the USDA to stop paying compensation to farms that use it.",
        [
            (
                "Humane Harvest League",
                "organisation",
                "reported",
                "called",
                "the method cruel",
                57,
                73,
            ),
            (
                "Humane Harvest League",
                "organisation",
                "reported",
                "called",
                "the USDA to stop paying compensation to farms that use it",
                93,
                150,
            ),
        ],
    ),
    "r129_said_and_has_called_for": (
        "The outbreak spread.\n\nGwen Ehrlichby said parents should not have to play roulette with a bag of salad and has called for a Senate hearing on produce safety.",
        [
            (
                "Gwen Ehrlichby",
                "",
                "reported",
                "said",
                "parents should not have to play roulette with a bag of salad",
                42,
                102,
            ),
            (
                "Gwen Ehrlichby",
                "",
                "reported",
                "called",
                "a Senate hearing on produce safety",
                122,
                156,
            ),
        ],
    ),
    "r129_team_of": (
        "The telescope found it.\n\nA team of astronomers said Thursday that they had found signs of water vapor in the atmosphere of a rocky planet.",
        [
            (
                "a team of astronomers",
                "group",
                "reported",
                "said",
                "they had found signs of water vapor in the atmosphere of a rocky planet",
                66,
                137,
            ),
        ],
    ),
    "r129_panel_of": (
        "The map was challenged.\n\nA panel of three federal judges ruled that the map was unconstitutional.",
        [
            (
                "a panel of three federal judges",
                "group",
                "reported",
                "ruled",
                "the map was unconstitutional",
                68,
                96,
            ),
        ],
    ),
    "r130_title_before_participle_appositive": (
        "The tornado hit at dusk.\n\nMayor Lowell Parrowmore, standing in front of what had been the town's only grocery store, said the town would rebuild.",
        [
            ("Lowell Parrowmore", "Mayor", "reported", "said", "the town would rebuild", 122, 144),
        ],
    ),
    "r130_class_year_before_name": (
        "The court was crowned at halftime.\n\nSenior Jaylen Whitmorby, the king, said he had not expected to win.",
        [
            (
                "Jaylen Whitmorby",
                "Senior; king",
                "reported",
                "said",
                "he had not expected to win",
                76,
                102,
            ),
        ],
    ),
    "r130_relative_after_place_skipped": (
        "The ads are on the air.\n\nGoodgrove's own ad features a teacher from El Paso who says the schools will suffer.",
        [],
    ),
    "r131_according_to_and_second_clause": (
        "The shortage is worst in the plains.\n\nMore than 500 counties in 46 states now have a shortage of large-animal vets, according to the U.S. Department of Agriculture, and large-animal practice typically pays less than treating dogs and cats in a city.",
        [
            (
                "U.S. Department of Agriculture",
                "organisation",
                "reported",
                "according to",
                "More than 500 counties in 46 states now have a shortage of large-animal vets",
                38,
                114,
            ),
            (
                "U.S. Department of Agriculture",
                "organisation",
                "reported",
                "according to",
                "large-animal practice typically pays less than treating dogs and cats in a city",
                169,
                248,
            ),
        ],
    ),
    "r131_according_to_and_own_speaker_skipped": (
        "The budget is tight.\n\nThe county spent $4 million on overtime last year, according to the county's finance department, and Sheriff Dana Hazelgrove said her office would need more next year.",
        [
            (
                "county finance department",
                "organisation",
                "reported",
                "according to",
                "The county spent $4 million on overtime last year",
                22,
                71,
            ),
            (
                "Dana Hazelgrove",
                "Sheriff",
                "reported",
                "said",
                "her office would need more next year",
                152,
                188,
            ),
        ],
    ),
    "r131_according_to_but_no_subject_skipped": (
        "The breach was large.\n\nThe bank learned of the breach in March, according to the filing, but did not begin notifying customers until Monday.",
        [],
    ),
    "r131_though_the_authors_noted": (
        "Research from other cities is mixed.\n\nA 2024 study by the Urban Institute found no measurable increase in reported crime near new shelters, though the authors noted that complaints about litter did rise in the first year.",
        [
            (
                "Urban Institute",
                "organisation",
                "reported",
                "found",
                "no measurable increase in reported crime near new shelters",
                80,
                138,
            ),
            (
                "Urban Institute",
                "organisation",
                "reported",
                "noted",
                "complaints about litter did rise in the first year",
                170,
                220,
            ),
        ],
    ),
    "r131_survey_by_the_lowercase_committee": (
        "The day ended with fireworks.\n\nA survey by the parade committee found that four in five residents want the parade to keep its traditional route.",
        [
            (
                "parade committee",
                "organisation",
                "reported",
                "found",
                "four in five residents want the parade to keep its traditional route",
                75,
                143,
            ),
        ],
    ),
    "r131_study_the_board_commissioned_not_its_maker": (
        "The old wing is past saving.\n\nThe roof has leaked in 11 places since 2022, according to a facilities study the school board commissioned last year.",
        [],
    ),
    "r131_operative_working_on_the_race": (
        "The race is close.\n\nA senior Democratic operative working on the race told the Dispatch that internal polling showed abortion outranking the economy.",
        [
            (
                "a senior Democratic operative working on the race",
                "unnamed source",
                "reported",
                "told",
                "internal polling showed abortion outranking the economy",
                93,
                148,
            ),
        ],
    ),
    "r131_group_representing_workers": (
        "The closure surprised the staff.\n\nUnion leaders representing the center's 71 employees say they learned about the plan from the news.",
        [
            (
                "Union leaders",
                "group",
                "reported",
                "say",
                "they learned about the plan from the news",
                91,
                132,
            ),
        ],
    ),
    "r131_ap_state_after_town": (
        "Sellers are worried.\n\nJocelyn Arkenvale, 34, who sells handmade ceramics in Asheville, N.C., said about 70 percent of her sales came from the app.",
        [
            (
                "Jocelyn Arkenvale",
                "",
                "reported",
                "said",
                "about 70 percent of her sales came from the app",
                98,
                145,
            ),
        ],
    ),
    "r131_which_says_after_appositive": (
        "The count was done by the Hushwell Coalition, a national advocacy group, which says the pace has picked up since California acted.",
        [
            (
                "Hushwell Coalition",
                "organisation",
                "reported",
                "says",
                "the pace has picked up since California acted",
                84,
                129,
            ),
        ],
    ),
    "r131_according_to_then_appositive_which_says": (
        "Dozens of cities limit gas blowers, according to a count by the Hushwell Coalition, a national advocacy group, which says the pace has picked up since California acted.",
        [
            (
                "Hushwell Coalition",
                "organisation",
                "reported",
                "according to",
                "Dozens of cities limit gas blowers",
                0,
                34,
            ),
            (
                "Hushwell Coalition",
                "organisation",
                "reported",
                "says",
                "the pace has picked up since California acted",
                122,
                167,
            ),
        ],
    ),
    "r131_appeals_court_ruling_that": (
        "RENO, Nev. (AP) — A Nevada appeals court on Thursday revived a petition to recall the mayor, ruling that a lower-court judge was wrong to throw out about 2,300 signatures.",
        [
            (
                "Nevada appeals court",
                "organisation",
                "reported",
                "ruling",
                "a lower-court judge was wrong to throw out about 2,300 signatures",
                105,
                170,
            ),
        ],
    ),
    "r131_place_before_speaker": (
        "The bill passed 30-19.\n\nOutside the Legislative Building, retired teacher Beulah Jankovane, 71, of Garner, said she supported the bill.",
        [
            (
                "Beulah Jankovane",
                "retired teacher",
                "reported",
                "said",
                "she supported the bill",
                112,
                134,
            ),
        ],
    ),
    "r131_she_not_the_school": (
        "The anthem was sung by 11-year-old Ottilie Raskelby, a fifth-grader at Sporringdale Elementary, who won the honor in an essay contest. She said she had practiced in front of her dog every night for two weeks.",
        [
            (
                "Ottilie Raskelby",
                "",
                "reported",
                "said",
                "she had practiced in front of her dog every night for two weeks",
                144,
                207,
            ),
        ],
    ),
    "r131_the_railroad_is_the_rail_company": (
        "Twenty-two cars of a 96-car Snarvelt Rail freight train left the tracks at about 3 a.m., according to the railroad.\n\nThe railroad said it expected to reopen the line by Monday.",
        [
            (
                "Snarvelt Rail",
                "organisation",
                "reported",
                "according to",
                "Twenty-two cars of a 96-car Snarvelt Rail freight train left the tracks at about 3 a.m.",
                0,
                87,
            ),
            (
                "Snarvelt Rail",
                "organisation",
                "reported",
                "said",
                "it expected to reopen the line by Monday",
                135,
                175,
            ),
        ],
    ),
    "r131_backed_and_urged_two_statements": (
        "The rule is new.\n\nThe Gemhollow Liberty Caucus backed the change and urged county parties to begin registration drives.",
        [
            (
                "Gemhollow Liberty Caucus",
                "organisation",
                "reported",
                "backed",
                "the change",
                54,
                64,
            ),
            (
                "Gemhollow Liberty Caucus",
                "organisation",
                "reported",
                "urged",
                "county parties to begin registration drives",
                75,
                118,
            ),
        ],
    ),
    "r131_said_and_blamed_ends_the_statement": (
        "The bill passed.\n\nAgriculture Committee Chair Rosalind Ouverdine, D-Minn., said she voted for the extension reluctantly and blamed the House for the stalled talks.",
        [
            (
                "Rosalind Ouverdine",
                "Agriculture Committee Chair",
                "reported",
                "said",
                "she voted for the extension reluctantly",
                80,
                119,
            ),
        ],
    ),
    "r131_the_hospital_refused_saying": (
        "Nurses want limits on patients per nurse.\n\nThe Dovecote Valley Medical Center has refused, arguing that fixed ratios would force it to close beds.",
        [
            (
                "Dovecote Valley Medical Center",
                "organisation",
                "reported",
                "arguing",
                "fixed ratios would force it to close beds",
                104,
                145,
            ),
        ],
    ),
    "r132_a_figure_others_doubt_is_no_part": (
        "The package passed 68-31.\n\nSen. Raymond Kettlewade voted yes. Kettlewade said the new hiring money alone would put 4,500 agents on the line within two years, a figure the Department of Homeland Security has said it could meet only if Congress paid for faster checks.",
        [
            (
                "Raymond Kettlewade",
                "",
                "reported",
                "said",
                "the new hiring money alone would put 4,500 agents on the line within two years",
                78,
                156,
            ),
        ],
    ),
    "r132_a_claim_officials_rejected_is_no_part": (
        "Cordavista Ballot Watch sued the county.\n\nThe group says the machines can be altered through their internal modems, a claim that state and federal officials have repeatedly rejected.",
        [
            (
                "Cordavista Ballot Watch",
                "organisation",
                "reported",
                "says",
                "the machines can be altered through their internal modems",
                57,
                114,
            ),
        ],
    ),
    "r132_most_recent_poll_and_the_same_poll": (
        "She has raised $2 million, according to campaign finance reports.\n\nCaddensby leads 46 percent to 42 percent among likely voters, according to the most recent Marquette Law School poll, within the margin of error. The same poll found that 22 percent of voters had not heard enough about him.",
        [
            (
                "campaign finance reports",
                "records",
                "reported",
                "according to",
                "She has raised $2 million",
                0,
                25,
            ),
            (
                "Marquette Law School",
                "organisation",
                "reported",
                "according to",
                "Caddensby leads 46 percent to 42 percent among likely voters",
                67,
                127,
            ),
            (
                "Marquette Law School",
                "organisation",
                "reported",
                "found",
                "22 percent of voters had not heard enough about him",
                238,
                289,
            ),
        ],
    ),
    "r133_one_word_site_with_description": (
        "Resale platforms lobbied hard against the cap.\n\nStubharbor, the largest resale site operating in the state, said in a statement that the cap would push fans toward scammers.",
        [
            (
                "Stubharbor",
                "organisation",
                "reported",
                "said",
                "the cap would push fans toward scammers",
                133,
                172,
            ),
        ],
    ),
    "r134_poll_by_maker_for_client": (
        "Lines were long this summer.\n\nMany travelers waited more than 45 minutes at security, according to a survey by Sagewhistle Civic Polling for the Bulletin. Most of them blamed staffing rather than new technology, the survey found.",
        [
            (
                "Sagewhistle Civic Polling",
                "",
                "reported",
                "according to",
                "Many travelers waited more than 45 minutes at security",
                30,
                84,
            ),
            (
                "Sagewhistle Civic Polling",
                "",
                "reported",
                "found",
                "Most of them blamed staffing rather than new technology",
                155,
                210,
            ),
        ],
    ),
    "r135_org_described_as_epithet": (
        "Demand would peak at about 158,000 megawatts on Tuesday, PJM Interconnection, the grid operator, said in an alert.\n\nThere was enough generation to meet the load, the grid operator said.",
        [
            (
                "PJM Interconnection",
                "organisation",
                "reported",
                "said",
                "Demand would peak at about 158,000 megawatts on Tuesday",
                0,
                55,
            ),
            (
                "PJM Interconnection",
                "organisation",
                "reported",
                "said",
                "There was enough generation to meet the load",
                116,
                160,
            ),
        ],
    ),
    "r135_org_named_by_last_word": (
        "Two people remained missing Thursday evening, the Iowa State Patrol said.\n\nThe names of the missing would not be released until their families were notified, the patrol said.",
        [
            (
                "Iowa State Patrol",
                "organisation",
                "reported",
                "said",
                "Two people remained missing Thursday evening",
                0,
                44,
            ),
            (
                "Iowa State Patrol",
                "organisation",
                "reported",
                "said",
                "The names of the missing would not be released until their families were notified",
                75,
                156,
            ),
        ],
    ),
    "r135_common_noun_then_org_name": (
        "The agency said it had begun recovering the money. The vendor, Paskaker Gaming Systems, said every payment it received had been approved in writing.",
        [
            (
                "Paskaker Gaming Systems",
                "organisation",
                "reported",
                "said",
                "every payment it received had been approved in writing",
                93,
                147,
            ),
        ],
    ),
    "r135_lower_case_body_before_title": (
        "Lessingham's school board looked at that option in the spring, but board President Louis Harkendine said the bids came in about 30 percent higher than the district's own costs.",
        [
            (
                "Louis Harkendine",
                "board President",
                "reported",
                "said",
                "the bids came in about 30 percent higher than the district's own costs",
                105,
                175,
            ),
        ],
    ),
    "r135_where_note_after_tag": (
        "Gov. Rosalind Tveitmoe signed the order on Monday.\n\nThe state could no longer treat the drought as a temporary emergency, Tveitmoe said at a news conference on the steps of the Capitol, where the lawn had been allowed to brown.",
        [
            (
                "Rosalind Tveitmoe",
                "",
                "reported",
                "said",
                "The state could no longer treat the drought as a temporary emergency",
                52,
                120,
            ),
        ],
    ),
    "r135_which_clause_after_to_is_no_tag": (
        "Separately, the ministers agreed to set up a working group on food export bans, which several countries imposed during the grain shortages of 2022.",
        [],
    ),
    "r135_city_state_comma_in_chain": (
        "Parents rallied outside. Tomasina Vukelich, a home health aide from Flint, Mich., who has three children, said the 2021 payments had covered her family's child care for most of that year.",
        [
            (
                "Tomasina Vukelich",
                "",
                "reported",
                "said",
                "the 2021 payments had covered her family's child care for most of that year",
                111,
                186,
            ),
        ],
    ),
    "r135_said_then_according_to_document": (
        "Constance Vittorelsen runs the food bank.\n\nVittorelsen said the food bank was grateful for any help, but it needs about $400,000 to get through the end of the year, according to its own budget.",
        [
            (
                "Constance Vittorelsen",
                "",
                "reported",
                "said",
                "the food bank was grateful for any help",
                60,
                99,
            ),
        ],
    ),
    "r135_said_gloss_then_according_to": (
        "Red Cross spokeswoman Denise Laborde said shelters would accept pets, a change the group made after earlier storms, according to the organization's own after-action reports.",
        [
            (
                "Denise Laborde",
                "Red Cross spokeswoman",
                "reported",
                "said",
                "shelters would accept pets",
                42,
                68,
            ),
        ],
    ),
    "r135_survey_share_said_is_the_source": (
        "Parents appear divided. Fifty-four percent of the 410 families who answered an online survey said they supported the teachers, according to the Ravelsby Parents Council, which ran the survey last week.",
        [
            (
                "Ravelsby Parents Council",
                "organisation",
                "reported",
                "according to",
                "Fifty-four percent of the 410 families who answered an online survey said they supported the teachers",
                24,
                125,
            ),
        ],
    ),
    "r136_second_predicate_day_not_in_name": (
        "COLUMBIA, S.C. — Gov. Cornelius Dabbridge on Wednesday asked lawmakers to cut the state's top income tax rate, and said he wanted the tax eliminated entirely.",
        [
            (
                "Cornelius Dabbridge",
                "Gov.",
                "reported",
                "said",
                "he wanted the tax eliminated entirely",
                120,
                157,
            ),
        ],
    ),
    "r136_plural_council_title": (
        "Councilmen Thorvald Stegmeier and Anselm Wiggerton said they admired Tennyford but worried about the cost to businesses.",
        [
            (
                "Thorvald Stegmeier and Anselm Wiggerton",
                "group",
                "reported",
                "said",
                "they admired Tennyford but worried about the cost to businesses",
                56,
                119,
            ),
        ],
    ),
    "r136_panel_is_the_court_named": (
        "A three-judge panel of the U.S. Court of Appeals for the 6th Circuit struck down the map on Friday.\n\nThe panel found that the map split Black neighborhoods among three districts.",
        [
            (
                "U.S. Court of Appeals for the 6th Circuit",
                "organisation",
                "reported",
                "found",
                "the map split Black neighborhoods among three districts",
                122,
                177,
            ),
        ],
    ),
    "r136_panel_is_the_committee_named": (
        "The House Oversight Committee met on Tuesday.\n\nThe panel said the agency had failed to track its contracts.",
        [
            (
                "House Oversight Committee",
                "organisation",
                "reported",
                "said",
                "the agency had failed to track its contracts",
                62,
                106,
            ),
        ],
    ),
    "r136_majority_left_alone": (
        "The Supreme Court allowed a similar map to stand in 2024. The majority did not believe him.",
        [],
    ),
    "r136_but_has_not_is_the_writers": (
        "Rep. Arthur Trelawney is retiring. Trelawney has said he will stay neutral in the primary, but he has not endorsed anyone.",
        [
            (
                "Arthur Trelawney",
                "",
                "reported",
                "said",
                "he will stay neutral in the primary",
                54,
                89,
            ),
        ],
    ),
    "r136_semicolon_ends_statement": (
        "Rep. Kurt Rijkaard spoke first. Rijkaard has called for a freeze on property taxes for homeowners over 65; Zamarripa-Ansbergen has proposed a child tax credit.",
        [
            (
                "Kurt Rijkaard",
                "",
                "reported",
                "called",
                "a freeze on property taxes for homeowners over 65",
                56,
                105,
            ),
        ],
    ),
    "r136_according_to_after_semicolon": (
        "No gun was found; Warrender had been reaching for his wallet, according to the Tennessee Bureau of Investigation, which reviewed the video.",
        [
            (
                "Tennessee Bureau of Investigation",
                "organisation",
                "reported",
                "according to",
                "Warrender had been reaching for his wallet",
                18,
                60,
            ),
        ],
    ),
    "r136_and_described_second_source": (
        "The Ohio Republican Party has endorsed Knightley and its chairman, Walter Goodall, said the party's support had not changed.",
        [
            ("Ohio Republican Party", "organisation", "reported", "endorsed", "Knightley", 39, 48),
            (
                "Walter Goodall",
                "chairman",
                "reported",
                "said",
                "the party's support had not changed",
                88,
                123,
            ),
        ],
    ),
    "r136_short_name_of_airline": (
        "Cardinal Air will buy Grayhaven Airlines for $2 billion.\n\nCardinal said it expected the deal to close in the first half of 2027.",
        [
            (
                "Cardinal Air",
                "organisation",
                "reported",
                "said",
                "it expected the deal to close in the first half of 2027",
                72,
                127,
            ),
        ],
    ),
    "r136_union_not_the_airline": (
        "Pinnacrest Air agreed to the merger.\n\nThe Pinnacrest pilots' union said it supported the deal in principle.",
        [
            (
                "Pinnacrest",
                "organisation",
                "reported",
                "said",
                "it supported the deal in principle",
                72,
                106,
            ),
        ],
    ),
    "r137_according_to_owners_application": (
        "Tallowgate Gaming won the license in 2024.\n\nThe Vechtmoor resort would employ about 1,800 people, according to Tallowgate's license application, and would pay the city about $11 million a year.",
        [
            (
                "Tallowgate Gaming",
                "organisation",
                "reported",
                "according to",
                "The Vechtmoor resort would employ about 1,800 people",
                44,
                96,
            ),
        ],
    ),
    "r137_according_to_plural_owners_report": (
        "The Department of Veterans Affairs is behind.\n\nAbout 312,000 disability claims have been pending for more than 125 days, according to the Department of Veterans Affairs' own weekly report, up from 190,000 a year ago.",
        [
            (
                "Department of Veterans Affairs",
                "organisation",
                "reported",
                "according to",
                "About 312,000 disability claims have been pending for more than 125 days",
                47,
                119,
            ),
        ],
    ),
    "r137_owners_records_stay_records": (
        "Secretary of State Lena Arbuthnell certified the count.\n\nThe 2018 measure passed with 62 percent of the vote, according to the Secretary of State's records.",
        [
            (
                "Secretary of State Lena Arbuthnell",
                "organisation",
                "reported",
                "according to",
                "The 2018 measure passed with 62 percent of the vote",
                57,
                108,
            ),
        ],
    ),
    "r137_witnesses_group": (
        "Witnesses said they heard a sound like thunder before the lights on the bridge went dark.",
        [
            (
                "Witnesses",
                "group",
                "reported",
                "said",
                "they heard a sound like thunder before the lights on the bridge went dark",
                15,
                88,
            ),
        ],
    ),
    "r137_court_found_tail": (
        "The Indiana Court of Appeals voided the license on Friday.\n\nThe commission had departed without explanation from the scoring system it published, the court found.",
        [
            (
                "Indiana Court of Appeals",
                "organisation",
                "reported",
                "found",
                "The commission had departed without explanation from the scoring system it published",
                60,
                144,
            ),
        ],
    ),
    "r137_panel_of_court_found_tail": (
        "A three-judge panel of the U.S. Court of Appeals for the 6th Circuit struck down the map. The state may appeal to the U.S. Supreme Court.\n\nOhio could have drawn at least one additional district, the panel found, pointing to maps submitted by the plaintiffs' expert.",
        [
            (
                "U.S. Court of Appeals for the 6th Circuit",
                "organisation",
                "reported",
                "found",
                "Ohio could have drawn at least one additional district",
                139,
                193,
            ),
        ],
    ),
    "r138_pronoun_skips_place_after_of": (
        "Among the Republicans who crossed over was Sen. Miriam Ostlemarren of Quarlington Falls, whose husband has Type 1 diabetes. She said she had watched him ration insulin during a stretch without coverage.",
        [
            (
                "Miriam Ostlemarren",
                "",
                "reported",
                "said",
                "she had watched him ration insulin during a stretch without coverage",
                133,
                201,
            ),
        ],
    ),
    "r138_pronoun_keeps_testimony_of_name": (
        "The case turned on the testimony of Fiona Heathcote, a demographer who was called by the plaintiffs. She testified that the map moved about 62,000 residents.",
        [
            (
                "Fiona Heathcote",
                "",
                "reported",
                "testified",
                "the map moved about 62,000 residents",
                120,
                156,
            ),
        ],
    ),
    "r138_description_who_said_is_the_named": (
        "Patient advocates packed the Senate gallery for the vote. Among them was Teresa Lindqvarre-Ruhm, 41, a bus driver from Oshkosh who has Type 1 diabetes and who said her insulin costs $380 a month under her current plan.",
        [
            (
                "Teresa Lindqvarre-Ruhm",
                "bus driver from Oshkosh",
                "reported",
                "said",
                "her insulin costs $380 a month under her current plan",
                164,
                217,
            ),
        ],
    ),
    "r138_back_in_place_opener": (
        "Back in Thirlbeck's district, wheat farmer Gerald Quintenbaugh, 63, said he was just glad something had passed.",
        [
            (
                "Gerald Quintenbaugh",
                "wheat farmer",
                "reported",
                "said",
                "he was just glad something had passed",
                73,
                110,
            ),
        ],
    ),
    "r138_tournament_of_roses_association": (
        "The band will march in the Tournament of Roses Parade on New Year's Day. About 700,000 people line the route each year, according to the Tournament of Roses Association.",
        [
            (
                "Tournament of Roses Association",
                "organisation",
                "reported",
                "according to",
                "About 700,000 people line the route each year",
                73,
                118,
            ),
        ],
    ),
    "a_relative_after_the_source_is_about_the_source": (
        "Nine of the cases are in Georgia, according to the Georgia Department of Public Health, which urged residents to check their freezers.",
        [
            (
                "Georgia Department of Public Health",
                "organisation",
                "reported",
                "according to",
                "Nine of the cases are in Georgia",
                0,
                32,
            ),
        ],
    ),
    "a_when_clause_after_the_source_is_the_writers": (
        "The last time the House removed a speaker mid-session was in 1921, according to the Oklahoma Historical Society, when lawmakers deposed a speaker accused of taking bribes.",
        [
            (
                "Oklahoma Historical Society",
                "organisation",
                "reported",
                "according to",
                "The last time the House removed a speaker mid-session was in 1921",
                0,
                65,
            ),
        ],
    ),
    "a_described_source_after_according_to_keeps_the_statement_before": (
        "More than 300 parents signed the letters, according to Dana Morrissette, a mother of three who helped organize the drive.",
        [
            (
                "Dana Morrissette",
                "",
                "reported",
                "according to",
                "More than 300 parents signed the letters",
                0,
                40,
            ),
        ],
    ),
    "the_club_is_the_club_named_before": (
        "The Foxhole Booster Club started a petition in April. The petition gathered more than 6,000 signatures, according to the club.",
        [
            (
                "Foxhole Booster Club",
                "organisation",
                "reported",
                "according to",
                "The petition gathered more than 6,000 signatures",
                54,
                102,
            ),
        ],
    ),
    "the_division_is_the_division_of_named_before": (
        "The West Virginia Division of Highways closed the bridge in May. The bridge carried about 9,000 vehicles a day, according to the division.",
        [
            (
                "West Virginia Division of Highways",
                "organisation",
                "reported",
                "according to",
                "The bridge carried about 9,000 vehicles a day",
                65,
                110,
            ),
        ],
    ),
    "a_relative_that_posted_a_thing_is_no_statement": (
        "The Division of Highways said it had no record of her calls. Detours will add about 25 minutes for drivers, according to the division, which posted the route on its website Tuesday.",
        [
            (
                "Division of Highways",
                "organisation",
                "reported",
                "said",
                "it had no record of her calls",
                30,
                59,
            ),
            (
                "Division of Highways",
                "organisation",
                "reported",
                "according to",
                "Detours will add about 25 minutes for drivers",
                61,
                106,
            ),
        ],
    ),
    "members_of_a_club_are_not_its_name": (
        '"I went to every game this year," said Marisol Duarte, a junior. Members of the Tillingbourne Athletics Booster Club have pledged $14 million toward a new facility since the season ended, according to the club.',
        [
            (
                "Marisol Duarte",
                "junior",
                "direct",
                "said",
                "I went to every game this year",
                1,
                31,
            ),
            (
                "Members of the Tillingbourne Athletics Booster Club",
                "organisation",
                "reported",
                "according to",
                "Members of the Tillingbourne Athletics Booster Club have pledged $14 million toward a new facility since the season ended",
                65,
                186,
            ),
        ],
    ),
    "a_company_name_with_an_ampersand_stays_whole": (
        "Attorney General Renata Blythequist sued the utility on Tuesday, saying Ochrevale Power & Light hid the true cost of two rate increases. Ochrevale said in a statement that the lawsuit was without merit.",
        [
            (
                "Renata Blythequist",
                "Attorney General",
                "reported",
                "saying",
                "Ochrevale Power & Light hid the true cost of two rate increases",
                72,
                135,
            ),
            (
                "Ochrevale Power & Light",
                "organisation",
                "reported",
                "said",
                "the lawsuit was without merit",
                172,
                201,
            ),
        ],
    ),
    "a_department_named_with_of_and_and_is_the_department": (
        "The rule, issued in May by the Iowa Department of Health and Human Services, was set to take effect Aug. 15. The department said in a statement that it was reviewing the ruling.",
        [
            (
                "Iowa Department of Health and Human Services",
                "organisation",
                "reported",
                "said",
                "it was reviewing the ruling",
                149,
                176,
            ),
        ],
    ),
    "a_narrator_in_a_sponsors_named_ad_speaks_for_the_sponsor": (
        'The most-aired spot, a Frontier Promise Action ad, accuses Quistellan of voting to let dealers walk. "Soft on crime. Wrong for Colorado," a narrator says.',
        [
            (
                "Frontier Promise Action",
                "organisation",
                "direct",
                "says",
                "Soft on crime. Wrong for Colorado",
                102,
                135,
            ),
        ],
    ),
    "a_narrator_in_a_campaigns_ad_speaks_for_the_campaign": (
        'The Stroudwick campaign\'s first ad, airing in Grand Rapids, shows a stack of envelopes on a kitchen table. "Four ballots. One house. Nobody checking," a narrator says.',
        [
            (
                "Stroudwick campaign",
                "organisation",
                "direct",
                "says",
                "Four ballots. One house. Nobody checking",
                108,
                148,
            ),
        ],
    ),
    "the_letter_just_sent_speaks_for_its_sender": (
        'The Verrimont Legal Alliance sent a letter to senators in March backing the nominee. On the other side, the Pennrigg Courts Project, a liberal group, sent a letter signed by 140 civil rights lawyers to every Republican senator. "A judge who calls the law a relic should not enforce it," the letter says.',
        [
            (
                "Pennrigg Courts Project",
                "organisation",
                "direct",
                "says",
                "A judge who calls the law a relic should not enforce it",
                229,
                284,
            ),
        ],
    ),
    "a_party_description_then_a_titled_name_is_the_name": (
        "Another Western Republican, Rep. Benedicta Sorvendale of Idaho, said she was considering signing as well.",
        [
            (
                "Benedicta Sorvendale",
                "",
                "reported",
                "said",
                "she was considering signing as well",
                69,
                104,
            ),
        ],
    ),
    "the_aide_is_the_one_the_sentence_describes": (
        'Two Republican aides told the Memo that Hemmingtrove is leaning yes. One senior Democratic aide put it more bluntly: "We are one senator short and we know it," the aide said.',
        [
            (
                "two Republican aides",
                "unnamed source",
                "reported",
                "told",
                "Hemmingtrove is leaning yes",
                40,
                67,
            ),
            (
                "One senior Democratic aide",
                "unnamed source",
                "direct",
                "said",
                "We are one senator short and we know it",
                118,
                157,
            ),
        ],
    ),
    "the_divisions_engineer_is_no_division": (
        'About 6,800 vehicles crossed the bridge each day, according to the West Virginia Division of Highways. "We did not make this decision lightly," said Cordelia Waltersham, the division\'s district engineer. The division said it would give an update on the load tests by Friday.',
        [
            (
                "West Virginia Division of Highways",
                "organisation",
                "reported",
                "according to",
                "About 6,800 vehicles crossed the bridge each day",
                0,
                48,
            ),
            (
                "Cordelia Waltersham",
                "division's district engineer",
                "direct",
                "said",
                "We did not make this decision lightly",
                104,
                141,
            ),
            (
                "West Virginia Division of Highways",
                "organisation",
                "reported",
                "said",
                "it would give an update on the load tests by Friday",
                222,
                273,
            ),
        ],
    ),
    "wants_someone_to_do_something_is_a_stated_aim": (
        "Council member Florian Westerbeke, who represents the northeast side, wants the city to raise its hotel tax before cutting jobs.",
        [
            (
                "Florian Westerbeke",
                "Council member",
                "reported",
                "wants",
                "the city to raise its hotel tax before cutting jobs",
                76,
                127,
            ),
        ],
    ),
    "wants_with_a_participle_after_to_clause": (
        "Barnaby Stroudwick is running for secretary of state. Stroudwick wants the state to end its permanent mail-ballot list. He also wants clerks to keep drop boxes watched by cameras.",
        [
            (
                "Barnaby Stroudwick",
                "",
                "reported",
                "wants",
                "the state to end its permanent mail-ballot list",
                71,
                118,
            ),
            (
                "Barnaby Stroudwick",
                "",
                "reported",
                "wants",
                "clerks to keep drop boxes watched by cameras",
                134,
                178,
            ),
        ],
    ),
    "wants_a_thing_is_no_statement": (
        "Gov. Warren Swinford wants tuition frozen. The county wants a new landfill.",
        [],
    ),
    "wants_to_do_is_no_statement": (
        "Florian Westerbeke wants to raise the hotel tax before cutting jobs.",
        [],
    ),
    "wants_inside_anothers_quoted_words_is_theirs": (
        '"The president wants a clean extension, on time," said Kevin Arnsdale, a White House spokesman.',
        [
            (
                "Kevin Arnsdale",
                "White House spokesman",
                "direct",
                "said",
                "The president wants a clean extension, on time",
                1,
                47,
            ),
        ],
    ),
    "wants_ends_before_a_relative_with_anothers_view": (
        "The union, AFSCME Local 3391, said the cuts were unfair. The union wants the city to draw on its $9 million reserve fund, which the mayor considers untouchable.",
        [
            (
                "AFSCME Local 3391",
                "organisation",
                "reported",
                "said",
                "the cuts were unfair",
                35,
                55,
            ),
            (
                "AFSCME Local 3391",
                "organisation",
                "reported",
                "wants",
                "the city to draw on its $9 million reserve fund",
                73,
                120,
            ),
        ],
    ),
    "a_finding_ends_before_its_contrast": (
        "A city survey found that 58 percent of east-side residents supported the bike lanes, while business owners along the avenue opposed them by a narrow margin.",
        [
            (
                "city survey",
                "records",
                "reported",
                "found",
                "58 percent of east-side residents supported the bike lanes",
                25,
                83,
            ),
        ],
    ),
    "a_finding_ends_before_the_bodys_own_act": (
        "A Hennepin County jury on Monday found that Bellmoor Health System was negligent, and it ordered the hospital chain to pay $14 million to the widow.",
        [
            (
                "Hennepin County jury",
                "organisation",
                "reported",
                "found",
                "Bellmoor Health System was negligent",
                44,
                80,
            ),
        ],
    ),
    "a_finding_keeps_a_second_clause_that_states": (
        "A 2025 report by the Government Accountability Office found that the Corps spent $312 million on dredging, and it warned that the agency lacked a long-term plan.",
        [
            (
                "Government Accountability Office",
                "organisation",
                "reported",
                "found",
                "the Corps spent $312 million on dredging",
                65,
                105,
            ),
            (
                "Government Accountability Office",
                "organisation",
                "reported",
                "warned",
                "the agency lacked a long-term plan",
                126,
                160,
            ),
        ],
    ),
    "the_day_between_subject_and_finding_is_no_part_of_who": (
        "A federal jury on Tuesday found that the station had acted with malice.",
        [
            (
                "federal jury",
                "organisation",
                "reported",
                "found",
                "the station had acted with malice",
                37,
                70,
            ),
        ],
    ),
    "a_finding_in_an_after_clause_is_its_makers": (
        "The board voted in June to remove the books after a review committee found that they contained explicit material.",
        [
            (
                "review committee",
                "organisation",
                "reported",
                "found",
                "they contained explicit material",
                80,
                112,
            ),
        ],
    ),
    "a_poll_that_showed_someone_gaining_is_no_finding": (
        "The stop came a day after a poll showed her gaining ground.",
        [],
    ),
    "an_endorsement_is_whom_it_endorsed_as_have_others": (
        "The Allerdale Educators Union, the state's largest teachers' union, has endorsed Kenward, as have two former Republican treasurers.",
        [
            (
                "Allerdale Educators Union",
                "organisation",
                "reported",
                "endorsed",
                "Kenward",
                81,
                88,
            ),
        ],
    ),
    "an_endorsement_ends_before_since": (
        "The Brennerton Metro Chamber has endorsed the project since it was first proposed.",
        [
            (
                "Brennerton Metro Chamber",
                "organisation",
                "reported",
                "endorsed",
                "the project",
                42,
                53,
            ),
        ],
    ),
    "an_endorsement_keeps_its_terms": (
        "The Skellow Dairy Cooperative has endorsed mandatory testing, as long as the state pays for it.",
        [
            (
                "Skellow Dairy Cooperative",
                "organisation",
                "reported",
                "endorsed",
                "mandatory testing, as long as the state pays for it",
                43,
                94,
            ),
        ],
    ),
    "who_has_endorsed_in_a_relative_clause": (
        "Mayor Gloria Hargis, who has endorsed the measure, is saying a higher wage would reduce the city's spending.",
        [
            (
                "Gloria Hargis",
                "Mayor",
                "reported",
                "endorsed",
                "the measure",
                38,
                49,
            ),
            (
                "Gloria Hargis",
                "Mayor",
                "reported",
                "saying",
                "a higher wage would reduce the city's spending",
                61,
                107,
            ),
        ],
    ),
    "which_has_endorsed_after_a_bodys_name": (
        "Phones disrupted classes every day, according to a survey released in January by the Show-Me Teachers Guild, which has endorsed the bill.",
        [
            (
                "Show-Me Teachers Guild",
                "organisation",
                "reported",
                "according to",
                "Phones disrupted classes every day",
                0,
                34,
            ),
            (
                "Show-Me Teachers Guild",
                "organisation",
                "reported",
                "endorsed",
                "the bill",
                128,
                136,
            ),
        ],
    ),
    "a_relative_endorsement_ends_at_its_comma": (
        "The state Republican Party, which has endorsed Sotheby for a second term, did not respond to requests for comment.",
        [
            (
                "Republican Party",
                "organisation",
                "reported",
                "endorsed",
                "Sotheby for a second term",
                47,
                72,
            ),
        ],
    ),
    "a_registrar_of_voters_is_one_body": (
        "About 9,800 of the signatures were valid, according to the Figwort County Registrar of Voters.",
        [
            (
                "Figwort County Registrar of Voters",
                "organisation",
                "reported",
                "according to",
                "About 9,800 of the signatures were valid",
                0,
                40,
            ),
        ],
    ),
    "nurses_of_a_region_are_one_union": (
        "The nurses' union, the Allied Nurses of the Tri-State Region, has called for an independent review of the company's security spending.",
        [
            (
                "Allied Nurses of the Tri-State Region",
                "organisation",
                "reported",
                "called",
                "an independent review of the company's security spending",
                77,
                133,
            ),
        ],
    ),
    "the_state_of_x_board_is_one_body": (
        "The fund's holdings returned 6.8 percent a year, according to the State of Wisconsin Investment Board.",
        [
            (
                "State of Wisconsin Investment Board",
                "organisation",
                "reported",
                "according to",
                "The fund's holdings returned 6.8 percent a year",
                0,
                47,
            ),
        ],
    ),
    "a_person_of_an_institution_stays_a_person": (
        '"Tariffs are a tax," said Edward Alden of the Council on Foreign Relations.',
        [
            (
                "Edward Alden",
                "Council on Foreign Relations",
                "direct",
                "said",
                "Tariffs are a tax",
                1,
                18,
            ),
        ],
    ),
    "a_group_keeps_its_relative_as_a_name": (
        "Several residents who spoke Tuesday said they had been evicted so owners could list their homes.",
        [
            (
                "several residents",
                "unnamed source",
                "reported",
                "said",
                "they had been evicted so owners could list their homes",
                41,
                95,
            ),
        ],
    ),
    "records_keep_who_obtained_them": (
        "Records obtained by WQMV show the department's travel spending tripled.",
        [
            (
                "records",
                "records",
                "reported",
                "show",
                "the department's travel spending tripled",
                30,
                70,
            ),
        ],
    ),
    "a_study_keeps_who_commissioned_it": (
        "A study commissioned by the county found that about 32 percent of people held in the jail were awaiting trial.",
        [
            (
                "study",
                "records",
                "reported",
                "found",
                "about 32 percent of people held in the jail were awaiting trial",
                46,
                109,
            ),
        ],
    ),
    "the_letter_said_after_a_body_sent_someone_a_letter": (
        "The Michigan Ballot Reach Coalition, a nonpartisan group, sent commissioners a letter Monday urging them to delay the vote. The letter said about 1,100 registered voters live within walking distance of the courthouse.",
        [
            (
                "Michigan Ballot Reach Coalition",
                "organisation",
                "reported",
                "said",
                "about 1,100 registered voters live within walking distance of the courthouse",
                140,
                216,
            ),
        ],
    ),
    "a_judges_finding_with_that_is_hers": (
        "U.S. District Judge Philippa Ventrescu blocked the rule on Thursday. She also found that the clinics challenging the rule were likely to win at trial.",
        [
            (
                "Philippa Ventrescu",
                "",
                "reported",
                "found",
                "the clinics challenging the rule were likely to win at trial",
                89,
                149,
            ),
        ],
    ),
    "a_persons_finding_without_that_is_none": (
        "Officer Dana Whitlock stopped the car. She found a bag of pills under the seat.",
        [],
    ),
    "friends_of_a_library_are_one_body": (
        "The Friends of the Ashfell County Library, a volunteer group that runs the library's book sales, wrote in a letter to the board that it would donate $25,000.",
        [
            (
                "Friends of the Ashfell County Library",
                "organisation",
                "reported",
                "wrote",
                "it would donate $25,000",
                133,
                156,
            ),
        ],
    ),
    "friends_of_a_library_are_not_the_library": (
        "Anyone who owes the Ashfell County Public Library late fees can have them wiped away. The Friends of the Ashfell County Library said it would donate $25,000. Late fees made up less than 1 percent of the library's budget, according to the library's annual report.",
        [
            (
                "Friends of the Ashfell County Library",
                "organisation",
                "reported",
                "said",
                "it would donate $25,000",
                133,
                156,
            ),
            (
                "Ashfell County Public Library",
                "organisation",
                "reported",
                "according to",
                "Late fees made up less than 1 percent of the library's budget",
                158,
                219,
            ),
        ],
    ),
    "neighbors_of_a_place_are_one_group": (
        "Neighbors of Sorrelmoor Ridge, a group of about 400 residents formed last fall, says two private wells near the site have tested high for nitrates.",
        [
            (
                "Neighbors of Sorrelmoor Ridge",
                "organisation",
                "reported",
                "says",
                "two private wells near the site have tested high for nitrates",
                85,
                146,
            ),
        ],
    ),
    "the_group_is_the_one_named_after_its_description": (
        "Board President Leopoldine Varrick and board member Solomon Ysgarth were recalled. The recall committee, Quennisby Parents for Accountability, collected more than 2,900 signatures last spring. Varrick and Ysgarth had ignored parents when they voted to close the school, the group says.",
        [
            (
                "Quennisby Parents for Accountability",
                "organisation",
                "reported",
                "says",
                "Varrick and Ysgarth had ignored parents when they voted to close the school",
                193,
                268,
            ),
        ],
    ),
    "staff_as_written_speak": (
        "The rodeo draws about 4,000 spectators a night, fair staff said. City staff estimated that enforcement would cost about $300,000 a year.",
        [
            (
                "fair staff",
                "group",
                "reported",
                "said",
                "The rodeo draws about 4,000 spectators a night",
                0,
                46,
            ),
            (
                "City staff",
                "group",
                "reported",
                "estimated",
                "enforcement would cost about $300,000 a year",
                91,
                135,
            ),
        ],
    ),
    "the_staff_alone_names_nobody": (
        "The staff said the plan would cost $4 million.",
        [],
    ),
    "a_narrator_in_an_ad_paid_for_by_a_group_speaks_for_it": (
        'The 30-second spot, paid for by the Vireo Michigan Fund, shows a padlocked factory gate while a narrator says, "Nathan Treadwell made millions. Michigan workers got pink slips."',
        [
            (
                "Vireo Michigan Fund",
                "organisation",
                "direct",
                "says",
                "Nathan Treadwell made millions. Michigan workers got pink slips.",
                112,
                176,
            ),
        ],
    ),
    "a_narrator_in_a_sponsors_latest_ad_speaks_for_that_sponsor": (
        'Fair Courts Forward has spent $2 million on ads. The latest Main Street Justice Fund ad shows a darkened courtroom while a narrator says, "Too soft for Wisconsin."',
        [
            (
                "Main Street Justice Fund",
                "organisation",
                "direct",
                "says",
                "Too soft for Wisconsin.",
                139,
                162,
            ),
        ],
    ),
    "while_critics_say_is_the_critics": (
        "Prices rose 4 percent last year, while critics say the plan will fail.",
        [
            (
                "critics",
                "group",
                "reported",
                "say",
                "the plan will fail",
                51,
                69,
            ),
        ],
    ),
    "no_narrator_after_a_title_in_quotes": (
        'The campaign released a spot called "Empty Chair," which shows an empty desk while a narrator says the senator missed votes.',
        [],
    ),
    "an_agencys_inspector_general_by_its_initials": (
        "Veterans waited an average of 38 days, according to a report released in July by the VA inspector general. The report found that the nearest clinic had been short three doctors.",
        [
            (
                "VA inspector general",
                "organisation",
                "reported",
                "according to",
                "Veterans waited an average of 38 days",
                0,
                37,
            ),
            (
                "VA inspector general",
                "organisation",
                "reported",
                "found",
                "the nearest clinic had been short three doctors",
                129,
                176,
            ),
        ],
    ),
    "an_agencys_inspector_general_by_its_possessive_initials": (
        "The department failed to document why, according to a 2025 report by HUD's inspector general. The report also found that one officer had approved changes worth $62 million.",
        [
            (
                "HUD's inspector general",
                "organisation",
                "reported",
                "according to",
                "The department failed to document why",
                0,
                37,
            ),
            (
                "HUD's inspector general",
                "organisation",
                "reported",
                "found",
                "one officer had approved changes worth $62 million",
                121,
                171,
            ),
        ],
    ),
    "the_member_is_the_unnamed_member_who_spoke_since": (
        'Committee member Carmen Varela said the bill was dead. One Republican member who will be in the room predicted that the chairman would offer a deal. "If he does that, I think half of us fold," the member said.',
        [
            (
                "Carmen Varela",
                "Committee member",
                "reported",
                "said",
                "the bill was dead",
                36,
                53,
            ),
            (
                "one Republican member",
                "unnamed source",
                "reported",
                "predicted",
                "the chairman would offer a deal",
                116,
                147,
            ),
            (
                "one Republican member",
                "unnamed source",
                "direct",
                "said",
                "If he does that, I think half of us fold",
                150,
                190,
            ),
        ],
    ),
    "a_coalition_keeps_its_whole_list": (
        "But a coalition of churches, defense lawyers and community groups says the county is building for the wrong problem.",
        [
            (
                "coalition of churches, defense lawyers and community groups",
                "group",
                "reported",
                "says",
                "the county is building for the wrong problem",
                71,
                115,
            ),
        ],
    ),
    "the_letter_a_coalition_sent_is_the_coalitions": (
        "A coalition of more than 300 groups sent a letter to House leaders this week. The letter said the cuts would shift the cost of hunger onto food banks.",
        [
            (
                "coalition of more than 300 groups",
                "group",
                "reported",
                "said",
                "the cuts would shift the cost of hunger onto food banks",
                94,
                149,
            ),
        ],
    ),
    "a_relative_clause_after_the_occasion_is_no_statement": (
        "The cuts would fall hardest on small farms, Sen. Helen Brackvoss, D-Minn., said in a floor speech that stretched past an hour.",
        [
            (
                "Helen Brackvoss",
                "Sen.",
                "reported",
                "said",
                "The cuts would fall hardest on small farms",
                0,
                42,
            ),
        ],
    ),
    "an_adjective_after_that_still_opens_the_statement": (
        "Airlines for America said in written testimony that missed connections cost carriers about $180 million.",
        [
            (
                "Airlines for America",
                "group",
                "reported",
                "said",
                "missed connections cost carriers about $180 million",
                52,
                103,
            ),
        ],
    ),
    "a_company_described_as_a_seller_speaks_by_its_first_word": (
        "Her office sued Vellichor Vacation Clubs, a timeshare seller, in 2025. Vellichor said in a statement that it had complied fully with the agreement.",
        [
            (
                "Vellichor Vacation Clubs",
                "organisation",
                "reported",
                "said",
                "it had complied fully with the agreement",
                106,
                146,
            ),
        ],
    ),
    "a_department_with_and_in_its_name_before_the_title": (
        "The hearing ran long. The deal will save Medicare about $11 billion over five years, Health and Human Services Deputy Secretary Catherine Dellaspina testified.",
        [
            (
                "Catherine Dellaspina",
                "Health and Human Services Deputy Secretary",
                "reported",
                "testified",
                "The deal will save Medicare about $11 billion over five years",
                22,
                83,
            ),
        ],
    ),
    "a_trailing_then_after_the_cue_is_no_statement": (
        "The deal was signed in January. Two other companies have sought similar terms, administration officials said then.",
        [
            (
                "administration officials",
                "group",
                "reported",
                "said",
                "Two other companies have sought similar terms",
                32,
                77,
            ),
        ],
    ),
    "a_name_described_as_a_group_is_the_group_that_writes_next": (
        'The Oregon Cattlemen\'s Association said the relief money was welcome. Salmonberry Rivers Watch, a conservation group, said salmon were dying in warm streams. In a post on Facebook, the group wrote that the order "trims lawns."',
        [
            (
                "Oregon Cattlemen's Association",
                "organisation",
                "reported",
                "said",
                "the relief money was welcome",
                40,
                68,
            ),
            (
                "Salmonberry Rivers Watch",
                "organisation",
                "reported",
                "said",
                "salmon were dying in warm streams",
                123,
                156,
            ),
            (
                "Salmonberry Rivers Watch",
                "organisation",
                "reported",
                "wrote",
                'the order "trims lawns."',
                202,
                226,
            ),
        ],
    ),
    "a_group_that_claimed_in_an_ad_is_the_ads_sponsor": (
        'Outside groups have weighed in loudly. Harkaway is the candidate of the "Washington cocktail circuit," Frontier Tenacity Action, a conservative advocacy group, claimed in a digital ad that began running in several states last week. The ad says "she has never met a spending bill she could not love."',
        [
            (
                "Frontier Tenacity Action",
                "organisation",
                "reported",
                "claimed",
                'Harkaway is the candidate of the "Washington cocktail circuit,"',
                39,
                102,
            ),
            (
                "Frontier Tenacity Action",
                "organisation",
                "direct",
                "claimed",
                "Washington cocktail circuit",
                73,
                100,
            ),
            (
                "Frontier Tenacity Action",
                "organisation",
                "direct",
                "says",
                "she has never met a spending bill she could not love.",
                245,
                298,
            ),
        ],
    ),
    "the_ruling_speaks_for_the_court_not_a_phrase_ending_in_court": (
        "Lawmakers met on Friday.\n\nExperts say the ruling is among the broadest by a state court since 2019, when the Kentucky Supreme Court took the case.\n\nIf the legislature fails, the ruling says, a special master appointed by the court will draw one.",
        [
            (
                "Experts",
                "group",
                "reported",
                "say",
                "the ruling is among the broadest by a state court since 2019, when the Kentucky Supreme Court took the case",
                38,
                145,
            ),
            (
                "Kentucky Supreme Court",
                "organisation",
                "reported",
                "says",
                "a special master appointed by the court will draw one",
                191,
                244,
            ),
        ],
    ),
    "a_study_with_no_author_speaks_for_itself": (
        "Doctors worry about smoke. Heavy smoke days were linked to a rise in heart attacks, the study found.",
        [
            (
                "study",
                "records",
                "reported",
                "found",
                "Heavy smoke days were linked to a rise in heart attacks",
                27,
                82,
            ),
        ],
    ),
    "a_study_commissioned_from_an_institute_is_the_institutes": (
        "The numbers come from a study the city commissioned from the Wrenquarry Transport Institute. Traffic entering the zone would fall by 17 to 22 percent, the study found.",
        [
            (
                "Wrenquarry Transport Institute",
                "organisation",
                "reported",
                "found",
                "Traffic entering the zone would fall by 17 to 22 percent",
                93,
                149,
            ),
        ],
    ),
    "a_study_named_by_its_kind_speaks_by_that_name": (
        "The roof leaks, according to a facilities study the school board commissioned last year. The study estimated that repairs would cost $29 million.",
        [
            (
                "facilities study",
                "records",
                "reported",
                "estimated",
                "repairs would cost $29 million",
                114,
                144,
            ),
        ],
    ),
    "a_finding_tag_may_end_with_its_time": (
        "Ex-Manager Convicted\n\nTREVENNICK, Mo. — A federal jury on Wednesday convicted the former branch manager of stealing $3.2 million.\n\nThe manager was guilty of 17 counts of bank fraud, the jury found after about six hours of deliberation. He faces up to 30 years.",
        [
            (
                "federal jury",
                "organisation",
                "reported",
                "found",
                "The manager was guilty of 17 counts of bank fraud",
                131,
                180,
            ),
        ],
    ),
    "a_study_in_a_journal_found_is_the_studys_finding": (
        "Doctors worry. Heavy smoke days were linked to a 7 percent rise in heart attacks, a 2024 study in a leading cardiology journal found.",
        [
            (
                "2024 study",
                "records",
                "reported",
                "found",
                "Heavy smoke days were linked to a 7 percent rise in heart attacks",
                15,
                80,
            ),
        ],
    ),
    "said_its_president_then_the_name_is_the_person": (
        'Unions weighed in. The Brennivar County Deputies Association has endorsed Hallowick. "Our people are tired. We need the space," said its president, Sgt. Lyle Brammerton.',
        [
            (
                "Brennivar County Deputies Association",
                "organisation",
                "reported",
                "endorsed",
                "Hallowick",
                74,
                83,
            ),
            (
                "Lyle Brammerton",
                "Sgt.; president",
                "direct",
                "said",
                "Our people are tired. We need the space",
                86,
                125,
            ),
        ],
    ),
    "a_fact_check_by_an_outlet_is_the_outlets_finding": (
        "Critics weighed in. A fact check by the Tucson Beacon-Gazette found that the claim was misleading.",
        [
            (
                "Tucson Beacon-Gazette",
                "organisation",
                "reported",
                "found",
                "the claim was misleading",
                73,
                97,
            ),
        ],
    ),
    "a_court_ruling_with_its_day_then_an_act_is_its_finding": (
        "The vote was close. The Osterlyn map violates the state constitution, the Osterlyn Supreme Court ruled Friday, ordering lawmakers to draw new districts.",
        [
            (
                "Osterlyn Supreme Court",
                "organisation",
                "reported",
                "ruled",
                "The Osterlyn map violates the state constitution",
                20,
                68,
            ),
        ],
    ),
    "a_court_rules_on_a_day_that": (
        "The vote was close. The Osterlyn Supreme Court ruled Friday that the map violates the state constitution.",
        [
            (
                "Osterlyn Supreme Court",
                "organisation",
                "reported",
                "ruled",
                "the map violates the state constitution",
                65,
                104,
            ),
        ],
    ),
    "a_state_body_found_in_an_inspection_report_at_the_end": (
        "The jail has drawn attention. The jail failed to meet staffing standards on 140 days last year, the state Department of Corrections found in an inspection report released in June.",
        [
            (
                "Department of Corrections",
                "organisation",
                "reported",
                "found",
                "The jail failed to meet staffing standards on 140 days last year",
                30,
                94,
            ),
        ],
    ),
    "a_participle_after_a_tags_day_is_the_tags_own": (
        "The vote was close. The map violates the constitution, Justice Mary Hallowend said Friday, ordering new maps.",
        [
            (
                "Mary Hallowend",
                "Justice",
                "reported",
                "said",
                "The map violates the constitution",
                20,
                53,
            ),
        ],
    ),
    "officials_said_then_ends_the_sentence": (
        "The deal drew interest. Two other companies have asked about similar terms, administration officials said then.",
        [
            (
                "administration officials",
                "group",
                "reported",
                "said",
                "Two other companies have asked about similar terms",
                24,
                74,
            ),
        ],
    ),
    "a_network_described_as_such_is_a_body": (
        "Food is short. Feeding Osterlyn, the statewide network of food banks, said on Monday that one in seven children lacks food. The network said the shelves were empty across the region.",
        [
            (
                "Feeding Osterlyn",
                "organisation",
                "reported",
                "said",
                "one in seven children lacks food",
                90,
                122,
            ),
            (
                "Feeding Osterlyn",
                "organisation",
                "reported",
                "said",
                "the shelves were empty across the region",
                141,
                181,
            ),
        ],
    ),
    "a_ruling_ends_before_what_the_court_then_did": (
        "The Osterlyn Supreme Court ruled Friday that the state has underfunded its public schools for at least five years, giving lawmakers until July 1 to write a new formula.",
        [
            (
                "Osterlyn Supreme Court",
                "organisation",
                "reported",
                "ruled",
                "the state has underfunded its public schools for at least five years",
                45,
                113,
            ),
        ],
    ),
    "a_nominee_after_the_statement_says_it": (
        "The race heated up. The license went to a donor, Democratic nominee Ines Calvarrow says in a new television ad.",
        [
            (
                "Ines Calvarrow",
                "",
                "reported",
                "says",
                "The license went to a donor",
                20,
                47,
            ),
        ],
    ),
    "a_legislatures_division_prepared_the_note": (
        "The bill passed. The raise would cost about $310 million a year, according to a fiscal note prepared by the legislature's Oversight Division.",
        [
            (
                "Oversight Division",
                "organisation",
                "reported",
                "according to",
                "The raise would cost about $310 million a year",
                17,
                63,
            ),
        ],
    ),
    "a_report_with_no_author_speaks_as_described": (
        "The trial ended. An internal audit report shown at trial concluded that at least 212 accounts had been affected. About two-thirds of the money came from members older than 75, according to the report.",
        [
            (
                "internal audit report",
                "records",
                "reported",
                "according to",
                "About two-thirds of the money came from members older than 75",
                113,
                174,
            ),
        ],
    ),
    "a_report_released_by_state_auditors_is_theirs": (
        "The fund put $240 million into the firm, according to a report released Tuesday by state auditors. The treasurer approved the investment in 2024, the report found.",
        [
            (
                "state auditors",
                "group",
                "reported",
                "according to",
                "The fund put $240 million into the firm",
                0,
                39,
            ),
            (
                "state auditors",
                "group",
                "reported",
                "found",
                "The treasurer approved the investment in 2024",
                99,
                144,
            ),
        ],
    ),
    "a_consultants_report_by_a_firm_that_the_city_released": (
        "The sale needs approval. The city would need to spend about $480 million to replace its lead lines, according to a consultant's report by Wexmoor Advisory Group that the administration released with the proposal.",
        [
            (
                "Wexmoor Advisory Group",
                "organisation",
                "reported",
                "according to",
                "The city would need to spend about $480 million to replace its lead lines",
                25,
                98,
            ),
        ],
    ),
    "a_place_named_with_an_appositive_is_no_she": (
        "Water plan. Gov. Adrienne Buchwald on Wednesday proposed spending $600 million to buy water rights from farmers along the lower Colorado River, a plan she said would protect cities without forcing anyone off their land.",
        [
            (
                "Adrienne Buchwald",
                "",
                "reported",
                "said",
                "would protect cities without forcing anyone off their land",
                160,
                218,
            ),
        ],
    ),
    "party_leaders_dispute_saying": (
        "The race tightened. Democratic leaders dispute that, saying the supermajority depends on how a vacant seat is filled next month.",
        [
            (
                "Democratic leaders",
                "group",
                "reported",
                "saying",
                "the supermajority depends on how a vacant seat is filled next month",
                60,
                127,
            ),
        ],
    ),
    "the_registrars_office_is_the_registrar_named_before": (
        "The recount ended. The county sent cure notices to all 212 voters, according to the Washoe County Registrar of Voters. The registrar's office said its staff had followed state law.",
        [
            (
                "Washoe County Registrar of Voters",
                "organisation",
                "reported",
                "according to",
                "The county sent cure notices to all 212 voters",
                19,
                65,
            ),
            (
                "Washoe County Registrar of Voters",
                "organisation",
                "reported",
                "said",
                "its staff had followed state law",
                147,
                179,
            ),
        ],
    ),
    "a_group_named_before_found_at_the_end": (
        "Ballotwise Osterlyn, a nonpartisan group, studied 40 years of ballot measures. Fewer than half of those that reached the ballot succeeded, the group found.",
        [
            (
                "Ballotwise Osterlyn",
                "organisation",
                "reported",
                "found",
                "Fewer than half of those that reached the ballot succeeded",
                79,
                137,
            ),
        ],
    ),
    "a_commission_found_then_its_second_clause": (
        "The Osterlyn Ethics Commission fined the lobbyist $40,000 on Tuesday. Mistaner had filed reports that understated his spending, the commission found, and he had split bills among several cards.",
        [
            (
                "Osterlyn Ethics Commission",
                "organisation",
                "reported",
                "found",
                "Mistaner had filed reports that understated his spending",
                70,
                126,
            ),
            (
                "Osterlyn Ethics Commission",
                "organisation",
                "reported",
                "found",
                "he had split bills among several cards",
                154,
                192,
            ),
        ],
    ),
    "an_outlook_is_a_document_of_its_maker": (
        "The National Weather Service issued its seasonal outlook on Thursday. Risk would spread into northern California by August, the outlook found.",
        [
            (
                "National Weather Service",
                "organisation",
                "reported",
                "found",
                "Risk would spread into northern California by August",
                70,
                122,
            ),
        ],
    ),
    "a_survey_last_month_found": (
        "The vote was close. Most voters back the plan, a Varnham Polling Institute survey last month found.",
        [
            (
                "Varnham Polling Institute",
                "organisation",
                "reported",
                "found",
                "Most voters back the plan",
                20,
                45,
            ),
        ],
    ),
    "an_analysis_by_a_described_group_found": (
        "The merger was approved. Fares would rise by 10 to 20 percent, an analysis by the Fair Skies Project, a passenger advocacy group, found.",
        [
            (
                "Fair Skies Project",
                "organisation",
                "reported",
                "found",
                "Fares would rise by 10 to 20 percent",
                25,
                61,
            ),
        ],
    ),
    "a_report_by_the_consulting_firm_found": (
        "Layoffs rose. Many of those companies increased spending on AI at the same time, a report by the consulting firm Morvanth Partners found.",
        [
            (
                "Morvanth Partners",
                "organisation",
                "reported",
                "found",
                "Many of those companies increased spending on AI at the same time",
                14,
                79,
            ),
        ],
    ),
    "a_tally_by_the_association_named_before": (
        "The Osterlyn School Nutrition Association counted the states that sued. Seven of those states have Democratic attorneys general, a tally by the association found.",
        [
            (
                "Osterlyn School Nutrition Association",
                "organisation",
                "reported",
                "found",
                "Seven of those states have Democratic attorneys general",
                72,
                127,
            ),
        ],
    ),
    "a_count_by_a_researchers_group_is_hers": (
        "Lauren Avelar, a professor at Kent State University, studies body cameras. At least 38 large cities now set a deadline, according to a count by Avelar's research group.",
        [
            (
                "Lauren Avelar",
                "",
                "reported",
                "according to",
                "At least 38 large cities now set a deadline",
                75,
                118,
            ),
        ],
    ),
    "a_study_she_cites_stays_hers": (
        "Hyacinth Azelmeyer disputes that. She says a parking study last fall found downtown garages are rarely more than 60 percent full.",
        [
            (
                "Hyacinth Azelmeyer",
                "",
                "reported",
                "says",
                "a parking study last fall found downtown garages are rarely more than 60 percent full",
                43,
                128,
            ),
        ],
    ),
    "an_indictment_says": (
        "The mayor was charged on Tuesday. The indictment says Renteria pressed city officials to rewrite the bid rules in 2023.",
        [
            (
                "indictment",
                "records",
                "reported",
                "says",
                "Renteria pressed city officials to rewrite the bid rules in 2023",
                54,
                118,
            ),
        ],
    ),
    "a_separation_agreement_says_as_described": (
        "The superintendent resigned. The separation agreement, which the Gazette obtained, says both sides agreed to part ways quietly.",
        [
            (
                "separation agreement",
                "records",
                "reported",
                "says",
                "both sides agreed to part ways quietly",
                88,
                126,
            ),
        ],
    ),
    "a_parties_agreement_is_the_agreements": (
        'Rep. Clay Ingraham will pay an $86,000 fine, according to a conciliation agreement the FEC made public Wednesday. The agreement says the loans came from a company owned by Ingraham\'s brother-in-law. "I signed a check," Ingraham said.',
        [
            (
                "conciliation agreement",
                "records",
                "reported",
                "says",
                "the loans came from a company owned by Ingraham's brother-in-law",
                133,
                197,
            ),
            (
                "Clay Ingraham",
                "",
                "direct",
                "said",
                "I signed a check",
                200,
                216,
            ),
        ],
    ),
    "a_lawsuits_ask_is_no_statement": (
        "Pharmacies face a new suit. The lawsuit, filed in Franklin County, says the company's stores dispensed more than 41 million pills. The lawsuit asks a judge to order refunds.",
        [
            (
                "lawsuit",
                "records",
                "reported",
                "says",
                "the company's stores dispensed more than 41 million pills",
                72,
                129,
            ),
        ],
    ),
    "an_ad_released_monday_says": (
        "Forward Tollard, a super PAC, says it will spend at least $1.5 million on digital ads. Its first spot, released Monday, says Pellew took more than $600,000 from the drug industry.",
        [
            (
                "Forward Tollard",
                "organisation",
                "reported",
                "says",
                "it will spend at least $1.5 million on digital ads",
                35,
                85,
            ),
            (
                "Forward Tollard",
                "organisation",
                "reported",
                "says",
                "Pellew took more than $600,000 from the drug industry",
                125,
                178,
            ),
        ],
    ),
    "one_of_the_ads_running_in_a_district_says": (
        'Pavewise Forward has spent $1.2 million on ads thanking Republicans. One of the ads, running in Stukeley\'s district, says "Greg Stukeley fixed your commute."',
        [
            (
                "Pavewise Forward",
                "organisation",
                "direct",
                "says",
                "Greg Stukeley fixed your commute.",
                123,
                156,
            ),
        ],
    ),
    "a_pac_spending_on_an_ad_that_says": (
        "The race tightened. Wapiti Liberty PAC, which supports Treadwell, is spending $3.1 million on an ad that says Vorhees voted to raise your grocery bill.",
        [
            (
                "Wapiti Liberty PAC",
                "organisation",
                "reported",
                "says",
                "Vorhees voted to raise your grocery bill",
                110,
                150,
            ),
        ],
    ),
    "a_programs_records_show": (
        "The ship was cleared. The Coral Meridian scored 91 out of 100 in its most recent inspection, Vessel Sanitation Program records show.",
        [
            (
                "Vessel Sanitation Program",
                "organisation",
                "reported",
                "show",
                "The Coral Meridian scored 91 out of 100 in its most recent inspection",
                22,
                91,
            ),
        ],
    ),
    "a_towns_fire_records_show": (
        "The ban passed. Calls about fireworks in Calverbrook Springs fell from 61 in 2021 to 23 last year, Calverbrook Springs fire records show.",
        [
            (
                "Calverbrook Springs fire records",
                "records",
                "reported",
                "show",
                "Calls about fireworks in Calverbrook Springs fell from 61 in 2021 to 23 last year",
                16,
                97,
            ),
        ],
    ),
    "a_state_commissions_records_show": (
        "The contracts drew scrutiny. The owner and his wife gave a combined $61,400 to the campaign, state Election Law Enforcement Commission records show.",
        [
            (
                "Election Law Enforcement Commission",
                "organisation",
                "reported",
                "show",
                "The owner and his wife gave a combined $61,400 to the campaign",
                29,
                91,
            ),
        ],
    ),
    "dispatch_data_add_no_statement": (
        "The hospital diverted ambulances. Franklin County emergency dispatch data added as much as 20 minutes to some trips, the hospital said.",
        [],
    ),
    "a_related_adjective_is_no_name": (
        "The ban passed. Fireworks-related calls in Calverbrook Springs fell from 61 in 2021 to 23 last year, Calverbrook Springs fire records show.",
        [
            (
                "Calverbrook Springs fire records",
                "records",
                "reported",
                "show",
                "Fireworks-related calls in Calverbrook Springs fell from 61 in 2021 to 23 last year",
                16,
                99,
            ),
        ],
    ),
    "a_bureaus_projections_show": (
        "The Bureau of Reclamation issued projections on Monday. Arizona's share will be cut by another 9 percent, the bureau's latest projections show.",
        [
            (
                "Bureau of Reclamation",
                "organisation",
                "reported",
                "show",
                "Arizona's share will be cut by another 9 percent",
                56,
                104,
            ),
        ],
    ),
    "a_centers_count_shows": (
        "The Sheps Center tracks rural hospital closures. Oklahoma has lost nine of them, the center's count shows.",
        [
            (
                "Sheps Center",
                "organisation",
                "reported",
                "shows",
                "Oklahoma has lost nine of them",
                49,
                79,
            ),
        ],
    ),
    "an_acronyms_plural_is_no_name": (
        "The race is expensive. Super PACs have spent $71 million on the race, according to AdWatch Tally.",
        [
            (
                "AdWatch Tally",
                "",
                "reported",
                "according to",
                "Super PACs have spent $71 million on the race",
                23,
                68,
            ),
        ],
    ),
    "who_endorsed_her_in_december": (
        "The rally was loud. Former state Senate President Howard Yelland, who endorsed Wendleby in December, introduced her on Wednesday.",
        [
            (
                "Howard Yelland",
                "Senate President",
                "reported",
                "endorsed",
                "Wendleby",
                79,
                87,
            ),
        ],
    ),
    "which_endorsed_him_in_his_last_two_races": (
        "The bill passed. The Shenandoah Sportsmen's League, which endorsed Vintenberg in his last two races, wrote on Facebook that he had betrayed the people who sent him.",
        [
            (
                "Shenandoah Sportsmen's League",
                "organisation",
                "reported",
                "endorsed",
                "Vintenberg",
                67,
                77,
            ),
            (
                "Shenandoah Sportsmen's League",
                "organisation",
                "reported",
                "wrote",
                "he had betrayed the people who sent him",
                124,
                163,
            ),
        ],
    ),
    "a_fronted_place_then_the_subject_is_she": (
        "Maria Ansgarde wants the landfill closed. Back on County Road 400 North, Sharon Ingleheart has a yard sign for Ansgarde. She says she has voted Republican her whole life.",
        [
            (
                "Sharon Ingleheart",
                "",
                "reported",
                "says",
                "she has voted Republican her whole life",
                130,
                169,
            ),
        ],
    ),
    "a_chapter_with_a_relative_clause_keeps_its_name": (
        "The veto stood. The Nevada chapter of Moms Demand Action, which pushed the bill, said its volunteers had made more than 9,000 calls. The group said it would target lawmakers who voted no.",
        [
            (
                "Moms Demand Action",
                "organisation",
                "reported",
                "said",
                "its volunteers had made more than 9,000 calls",
                86,
                131,
            ),
            (
                "Moms Demand Action",
                "organisation",
                "reported",
                "said",
                "it would target lawmakers who voted no",
                148,
                186,
            ),
        ],
    ),
    "a_justice_department_review_found": (
        "The beating led to a U.S. Justice Department review of the State Police. Troopers used excessive force in a pattern of stops, the review found in 2025.",
        [
            (
                "U.S. Justice Department",
                "organisation",
                "reported",
                "found",
                "Troopers used excessive force in a pattern of stops",
                73,
                124,
            ),
        ],
    ),
    "a_county_recorder_is_a_title": (
        'The count began. Maricopa County Recorder Imogen Salvaterre called the plan "a purge with a clipboard."',
        [
            (
                "Imogen Salvaterre",
                "Maricopa County Recorder",
                "direct",
                "called",
                "a purge with a clipboard.",
                77,
                102,
            ),
        ],
    ),
    "a_pac_named_after_the_person_it_backs": (
        "The race tightened. A conservative super PAC that has spent heavily for Metzger, Pennick Rampart Action, said in an email that it continued to support him.",
        [
            (
                "Pennick Rampart Action",
                "organisation",
                "reported",
                "said",
                "it continued to support him",
                127,
                154,
            ),
        ],
    ),
    "an_endorsement_in_an_editorial_is_of_whom": (
        "The race tightened. The Fennimoor Ledger endorsed Pinkowitz in an editorial Sunday.",
        [
            (
                "Fennimoor Ledger",
                "organisation",
                "reported",
                "endorsed",
                "Pinkowitz",
                50,
                59,
            ),
        ],
    ),
    "a_panel_of_the_8th_circuit_ruled_2_1_that": (
        "The vote was close. A three-judge panel of the U.S. Court of Appeals for the 8th Circuit ruled 2-1 that the law's burdens were modest and evenly shared.",
        [
            (
                "U.S. Court of Appeals for the 8th Circuit",
                "organisation",
                "reported",
                "ruled",
                "the law's burdens were modest and evenly shared",
                104,
                151,
            ),
        ],
    ),
    "a_study_in_a_named_journal_found": (
        "Gun deaths fell. A 2023 study in JAMA Pediatrics found that states with such laws saw about 13 percent fewer gun deaths among children.",
        [
            (
                "study in JAMA Pediatrics",
                "records",
                "reported",
                "found",
                "states with such laws saw about 13 percent fewer gun deaths among children",
                60,
                134,
            ),
        ],
    ),
    "state_health_data_as_written": (
        "Deaths rose. Nevada recorded 14 unintentional firearm deaths of children from 2019 through 2024, according to state health data.",
        [
            (
                "state health data",
                "records",
                "reported",
                "according to",
                "Nevada recorded 14 unintentional firearm deaths of children from 2019 through 2024",
                13,
                95,
            ),
        ],
    ),
    "says_on_a_hot_day_she_can": (
        "On a clear day, Sharon Ingleheart can see the landfill from her porch. She says on a hot day, she can smell it from her kitchen.",
        [
            (
                "Sharon Ingleheart",
                "",
                "reported",
                "says",
                "on a hot day, she can smell it from her kitchen",
                80,
                127,
            ),
        ],
    ),
    "a_resolution_introduced_by_a_described_member_is_hers": (
        "Seven Republicans voted for the resolution, which was introduced by the colleague in the video, Rep. Angela Cheswick, D-Calif. The resolution says that Fitzmorrow shared fabricated footage.",
        [
            (
                "Angela Cheswick",
                "Rep.",
                "reported",
                "says",
                "Fitzmorrow shared fabricated footage",
                152,
                188,
            ),
        ],
    ),
    "a_study_by_a_university_with_its_city": (
        "The bill passed. A 2025 study by the University of Nevada, Reno found that plastic bags made up about 9 percent of the litter collected along state highways.",
        [
            (
                "University of Nevada, Reno",
                "organisation",
                "reported",
                "found",
                "plastic bags made up about 9 percent of the litter collected along state highways",
                75,
                156,
            ),
        ],
    ),
    "a_librarys_own_counts": (
        "The Ostmere County Public Library will close on Sundays. Weekend visits make up about 22 percent of the system's traffic, according to the library's own counts.",
        [
            (
                "Ostmere County Public Library",
                "organisation",
                "reported",
                "according to",
                "Weekend visits make up about 22 percent of the system's traffic",
                57,
                120,
            ),
        ],
    ),
    "a_court_in_the_lede_is_the_court_named_later": (
        "Appeals court reinstates ID law\n\nLINCOLN, Neb. — Nebraska may enforce its new photo identification requirement at the polls this November, a federal appeals court ruled Friday.\n\nA three-judge panel of the U.S. Court of Appeals for the 8th Circuit ruled 2-1 that the law's burdens were modest.",
        [
            (
                "U.S. Court of Appeals for the 8th Circuit",
                "organisation",
                "reported",
                "ruled",
                "Nebraska may enforce its new photo identification requirement at the polls this November",
                49,
                137,
            ),
            (
                "U.S. Court of Appeals for the 8th Circuit",
                "organisation",
                "reported",
                "ruled",
                "the law's burdens were modest",
                262,
                291,
            ),
        ],
    ),
    "a_library_system_is_also_the_library": (
        "Libraries will close on Sundays. All seven branches will close on Sundays starting April 5, the Ostmere County Public Library system announced Monday.",
        [
            (
                "Ostmere County Public Library system",
                "organisation",
                "reported",
                "announced",
                "All seven branches will close on Sundays starting April 5",
                33,
                90,
            ),
        ],
    ),
    "a_name_which_describes_is_a_body": (
        "Quorvane Die Casting, which makes pump housings for tractors, said in a statement that every worker was safe. The company said it would pay motel costs for evacuated families.",
        [
            (
                "Quorvane Die Casting",
                "organisation",
                "reported",
                "said",
                "every worker was safe",
                87,
                108,
            ),
            (
                "Quorvane Die Casting",
                "organisation",
                "reported",
                "said",
                "it would pay motel costs for evacuated families",
                127,
                174,
            ),
        ],
    ),
    "a_plural_a_restrictive_who_picks_out_speaks": (
        "The sharpest criticism came from Democrats who argued that the plan would starve rural schools.",
        [
            (
                "Democrats",
                "group",
                "reported",
                "argued",
                "the plan would starve rural schools",
                59,
                94,
            ),
        ],
    ),
    "according_to_any_plural_of_people": (
        "The first case was reported in early March, according to county epidemiologists.",
        [
            (
                "county epidemiologists",
                "group",
                "reported",
                "according to",
                "The first case was reported in early March",
                0,
                42,
            ),
        ],
    ),
    "according_to_inside_a_relative_clause": (
        "The board voted to close the plant after a shortfall that, according to state auditors, could top $12 million next year.",
        [
            (
                "state auditors",
                "group",
                "reported",
                "according to",
                "could top $12 million next year",
                88,
                119,
            ),
        ],
    ),
    "a_spot_paid_for_by_the_council_named_before": (
        'The Harrowfield Grocers Council, which opposes the tax, said it would fight it.\n\nA radio spot paid for by the grocers council shows a cashier counting coins while a narrator says "Measure 7 costs you at the register."',
        [
            (
                "Harrowfield Grocers Council",
                "organisation",
                "reported",
                "said",
                "it would fight it",
                61,
                78,
            ),
            (
                "Harrowfield Grocers Council",
                "organisation",
                "direct",
                "says",
                "Measure 7 costs you at the register.",
                180,
                216,
            ),
        ],
    ),
    "one_short_name_ad_is_the_fund_named_before": (
        'The biggest spender is Granitefall Liberty Fund, a super PAC tied to party leaders.\n\nOne Granitefall ad, running since Monday, shows an empty factory while a narrator says "Dana Ostrova shipped these jobs away."',
        [
            (
                "Granitefall Liberty Fund",
                "organisation",
                "direct",
                "says",
                "Dana Ostrova shipped these jobs away.",
                173,
                210,
            ),
        ],
    ),
    "a_candidate_ad_is_the_campaign": (
        '"We will win this," Marcus Pellingham said.\n\nA Pellingham ad that began airing Friday features a retired nurse. "Tess Ardwin forgot about us," a narrator says.',
        [
            (
                "Marcus Pellingham",
                "",
                "direct",
                "said",
                "We will win this",
                1,
                17,
            ),
            (
                "Pellingham campaign",
                "organisation",
                "direct",
                "says",
                "Tess Ardwin forgot about us",
                113,
                140,
            ),
        ],
    ),
    "an_ad_her_campaign_runs_is_her_campaign": (
        'The challenger, Republican Sen. Loretta Quistberg, has made the ranch a theme. A web ad her campaign began running Monday shows the ranch gate. A narrator says "Hal Vennor wants your vote. He just doesn\'t want your zip code."',
        [
            (
                "Quistberg campaign",
                "organisation",
                "direct",
                "says",
                "Hal Vennor wants your vote. He just doesn't want your zip code.",
                161,
                224,
            ),
        ],
    ),
    "an_ad_from_a_candidates_campaign": (
        'A television ad from Ostrander\'s campaign shows a pile of unpaid bills. "Pia Lindqvell let the bills pile up," a narrator says.',
        [
            (
                "Ostrander campaign",
                "organisation",
                "direct",
                "says",
                "Pia Lindqvell let the bills pile up",
                73,
                108,
            ),
        ],
    ),
    "its_ad_after_the_super_pac_described": (
        'That was a jab at Copperleaf Action, a super PAC that has reserved $2 million in airtime for Norburn. The group bought time in three markets, according to filings. Its first ad, released Monday, shows a broken piggy bank while a narrator says, "Rhea Talvan spent your savings."',
        [
            (
                "filings",
                "records",
                "reported",
                "according to",
                "The group bought time in three markets",
                102,
                140,
            ),
            (
                "Copperleaf Action",
                "organisation",
                "direct",
                "says",
                "Rhea Talvan spent your savings.",
                245,
                276,
            ),
        ],
    ),
    "a_super_pac_backing_a_candidate_began_airing_an_ad": (
        'A super PAC backing Quist, Thornmoor Action Fund, began airing an ad last week over footage of a closed mill. "Jon Ellery sold the mill. You lost the paycheck," the narrator says.',
        [
            (
                "Thornmoor Action Fund",
                "organisation",
                "direct",
                "says",
                "Jon Ellery sold the mill. You lost the paycheck",
                111,
                158,
            ),
        ],
    ),
    "records_obtained_by_an_outlet_are_named_with_it": (
        "Records obtained by the Tallow Courier under the state's open records law show that the board met in secret four times.",
        [
            (
                "records",
                "records",
                "reported",
                "show",
                "the board met in secret four times",
                84,
                118,
            ),
        ],
    ),
    "according_to_records_obtained_by_an_outlet": (
        "The county signed the contract on March 2, according to records obtained by the Tallow Courier through a public records request.",
        [
            (
                "records",
                "records",
                "reported",
                "according to",
                "The county signed the contract on March 2",
                0,
                41,
            ),
        ],
    ),
    "a_poll_commissioned_by_a_named_body_is_its": (
        "A poll commissioned by the Marrowdale Renters Coalition in May found that 58 percent of voters back the cap. Support was highest downtown, the poll showed.",
        [
            (
                "Marrowdale Renters Coalition",
                "organisation",
                "reported",
                "found",
                "58 percent of voters back the cap",
                74,
                107,
            ),
            (
                "Marrowdale Renters Coalition",
                "organisation",
                "reported",
                "showed",
                "Support was highest downtown",
                109,
                137,
            ),
        ],
    ),
    "a_poll_commissioned_by_a_campaign_is_the_campaigns": (
        "A poll commissioned by the Yes on K campaign and released Monday found that 51 percent of likely voters favor the measure.",
        [
            (
                "Yes on K campaign",
                "organisation",
                "reported",
                "found",
                "51 percent of likely voters favor the measure",
                76,
                121,
            ),
        ],
    ),
    "the_auditors_are_the_state_auditors_named_before": (
        "The fund lost money on the deal, according to a report released Monday by state auditors. The loss could reach $30 million, the auditors estimated.",
        [
            (
                "state auditors",
                "group",
                "reported",
                "according to",
                "The fund lost money on the deal",
                0,
                31,
            ),
            (
                "state auditors",
                "group",
                "reported",
                "estimated",
                "The loss could reach $30 million",
                90,
                122,
            ),
        ],
    ),
    "the_auditors_are_the_office_that_spoke_before": (
        'The Office of Inspector General said the agency ignored four warnings. "The agency chose speed over safety," the auditors wrote.',
        [
            (
                "Office of Inspector General",
                "organisation",
                "reported",
                "said",
                "the agency ignored four warnings",
                37,
                69,
            ),
            (
                "Office of Inspector General",
                "organisation",
                "direct",
                "wrote",
                "The agency chose speed over safety",
                72,
                106,
            ),
        ],
    ),
    "two_bodies_joined_the_first_speaks": (
        "The Brotherhood of Canal Lock Keepers and the United Dredge and Barge Workers said in a joint statement that the talks had collapsed.",
        [
            (
                "Brotherhood of Canal Lock Keepers",
                "organisation",
                "reported",
                "said",
                "the talks had collapsed",
                109,
                132,
            ),
        ],
    ),
    "a_union_with_and_in_its_name_is_no_pair_of_people": (
        "The United Dredge and Barge Workers said the strike would start Monday.",
        [
            (
                "United Dredge and Barge Workers",
                "organisation",
                "reported",
                "said",
                "the strike would start Monday",
                41,
                70,
            ),
        ],
    ),
    "a_brotherhood_of_crafts_is_a_body": (
        "The Brotherhood of Canal Lock Keepers has called for the bill's passage since it was introduced, and says locks have been understaffed for a decade.",
        [
            (
                "Brotherhood of Canal Lock Keepers",
                "organisation",
                "reported",
                "called",
                "the bill's passage since it was introduced",
                53,
                95,
            ),
            (
                "Brotherhood of Canal Lock Keepers",
                "organisation",
                "reported",
                "says",
                "locks have been understaffed for a decade",
                106,
                147,
            ),
        ],
    ),
    "a_body_of_a_state_ending_in_a_plural_of_people": (
        "Covenant Parents of Ohio, a conservative advocacy group, said in a statement that it would ask senators to bury the bill.",
        [
            (
                "Covenant Parents of Ohio",
                "organisation",
                "reported",
                "said",
                "it would ask senators to bury the bill",
                82,
                120,
            ),
        ],
    ),
    "a_plural_apostrophe_inside_a_name_is_no_owner": (
        "The fund wrote down its buildings by $1.4 billion, according to the Public Employees' Retirement Association's annual reports.",
        [
            (
                "Public Employees' Retirement Association",
                "organisation",
                "reported",
                "according to",
                "The fund wrote down its buildings by $1.4 billion",
                0,
                49,
            ),
        ],
    ),
    "a_trade_group_after_its_name": (
        "The Dakota Cattlemen trade group said ranchers were already sending animals to other plants.",
        [
            (
                "Dakota Cattlemen",
                "organisation",
                "reported",
                "said",
                "ranchers were already sending animals to other plants",
                38,
                91,
            ),
        ],
    ),
    "a_union_described_before_its_name": (
        "The rail union SMART-TD backs the bill.",
        [
            (
                "SMART-TD",
                "organisation",
                "reported",
                "backs",
                "the bill",
                30,
                38,
            ),
        ],
    ),
    "the_white_house_office_by_its_name": (
        "The White House's Office of Management and Budget said in a statement that advisers would recommend a veto.",
        [
            (
                "White House's Office of Management and Budget",
                "organisation",
                "reported",
                "said",
                "advisers would recommend a veto",
                75,
                106,
            ),
        ],
    ),
    "a_date_after_dated_is_no_speaker": (
        "An FDA inspection report dated Nov. 19 found that bacteria were present on a drying tower.",
        [
            (
                "Food and Drug Administration",
                "organisation",
                "reported",
                "found",
                "bacteria were present on a drying tower",
                50,
                89,
            ),
        ],
    ),
    "a_maker_with_an_ampersand": (
        "A study commissioned by the district from Ballard & Fenchley Education Consultants estimated that closing the school would save $1.3 million a year.",
        [
            (
                "Ballard & Fenchley Education Consultants",
                "organisation",
                "reported",
                "estimated",
                "closing the school would save $1.3 million a year",
                98,
                147,
            ),
        ],
    ),
    "the_auditors_are_the_legislative_audit": (
        "The lottery paid $4 million under no-bid contracts, according to a report released in June by Arkansas Legislative Audit. The auditors also found that $2.3 million had been moved without approval.",
        [
            (
                "Arkansas Legislative Audit",
                "organisation",
                "reported",
                "according to",
                "The lottery paid $4 million under no-bid contracts",
                0,
                50,
            ),
            (
                "Arkansas Legislative Audit",
                "organisation",
                "reported",
                "found",
                "$2.3 million had been moved without approval",
                151,
                195,
            ),
        ],
    ),
    "an_ad_by_a_pac_speaks_for_it": (
        'An ad by the Fair Farms PAC calls crop insurance "corporate welfare."',
        [
            (
                "Fair Farms PAC",
                "organisation",
                "direct",
                "calls",
                "corporate welfare.",
                50,
                68,
            ),
        ],
    ),
    "a_spot_paid_for_by_a_campaign": (
        "A spot paid for by Keep Tollard Ballots Simple warns that the measure is a trap.",
        [
            (
                "Keep Tollard Ballots Simple",
                "organisation",
                "reported",
                "warns",
                "the measure is a trap",
                58,
                79,
            ),
        ],
    ),
    "an_ad_by_a_pac_as_a_second_clause_with_an_aside": (
        'The group Heritage Action has urged senators to adopt the cut, and an ad by the Taxpayers for Fair Farms PAC, airing in Iowa and Nebraska, calls crop insurance "corporate welfare with a cowboy hat on."',
        [
            (
                "Heritage Action",
                "organisation",
                "reported",
                "urged",
                "senators to adopt the cut",
                36,
                61,
            ),
            (
                "Taxpayers for Fair Farms PAC",
                "organisation",
                "direct",
                "calls",
                "corporate welfare with a cowboy hat on.",
                161,
                200,
            ),
        ],
    ),
    "said_early_and_a_day_then_an_after_clause": (
        "The jail will get $1.2 million less next year, Board Chairwoman Gloria Cuddesdon said early Wednesday, after the vote.",
        [
            (
                "Gloria Cuddesdon",
                "Board Chairwoman",
                "reported",
                "said",
                "The jail will get $1.2 million less next year",
                0,
                45,
            ),
        ],
    ),
    "a_long_post_before_a_title_back_to_the_comma": (
        "The agency waited 41 days before the recall, House Energy and Commerce oversight subcommittee Chairman Everett Hackleton said Wednesday as he opened a hearing.",
        [
            (
                "Everett Hackleton",
                "Chairman",
                "reported",
                "said",
                "The agency waited 41 days before the recall",
                0,
                43,
            ),
        ],
    ),
    "an_inverted_says_with_a_lower_case_title": (
        "The lanes will save lives, says state Sen. Tamsin Oxenvale.",
        [
            (
                "Tamsin Oxenvale",
                "state Sen.",
                "reported",
                "says",
                "The lanes will save lives",
                0,
                25,
            ),
        ],
    ),
    "an_inverted_says_with_a_ward_and_a_two_word_role": (
        "QUORRINGTON — The protected bike lanes planned for Smeltmoor Avenue will save lives, says Ward 3 council member Tamsin Oxenvale, who is running for a second term.",
        [
            (
                "Tamsin Oxenvale",
                "Ward 3 council member",
                "reported",
                "says",
                "The protected bike lanes planned for Smeltmoor Avenue will save lives",
                14,
                83,
            ),
        ],
    ),
    "a_part_of_those_polled_is_no_speaker": (
        "A Sandrevik Survey Group poll of 650 likely voters released Monday found Vellasandro leading 47 percent to 41 percent. Among voters who said they had heard about the audit, the race was tied, the poll found.",
        [
            (
                "Sandrevik Survey Group",
                "organisation",
                "reported",
                "found",
                "Vellasandro leading 47 percent to 41 percent",
                73,
                117,
            ),
            (
                "Sandrevik Survey Group",
                "organisation",
                "reported",
                "found",
                "Among voters who said they had heard about the audit, the race was tied",
                119,
                190,
            ),
        ],
    ),
    "a_pollster_named_before_its_payer": (
        "A Ravelcroft Research poll of 420 likely voters, commissioned by YPR and the Quellinghurst Courier, found Prothmore at 46 percent. The poll also found that 58 percent of voters under 40 support the lanes.",
        [
            (
                "Ravelcroft Research",
                "organisation",
                "reported",
                "found",
                "Prothmore at 46 percent",
                106,
                129,
            ),
            (
                "Ravelcroft Research",
                "organisation",
                "reported",
                "found",
                "58 percent of voters under 40 support the lanes",
                156,
                203,
            ),
        ],
    ),
    "a_place_near_a_city_and_state_is_no_part_of_the_speaker": (
        "The Wrensmoor Elephant Refuge, near Waycross, Ga., said it would move both elephants in October.",
        [
            (
                "Wrensmoor Elephant Refuge",
                "organisation",
                "reported",
                "said",
                "it would move both elephants in October",
                56,
                95,
            ),
        ],
    ),
    "an_agency_inspection_report_from_a_year": (
        "A U.S. Department of Agriculture inspection report from 2023 found that the barn's concrete floors had contributed to foot problems.",
        [
            (
                "U.S. Department of Agriculture",
                "organisation",
                "reported",
                "found",
                "the barn's concrete floors had contributed to foot problems",
                72,
                131,
            ),
        ],
    ),
    "a_clause_opening_with_a_quoted_phrase_is_reported": (
        'Garrison Kebbleworth said "a dozen or so" members were quietly hoping the bill would die.',
        [
            (
                "Garrison Kebbleworth",
                "",
                "reported",
                "said",
                '"a dozen or so" members were quietly hoping the bill would die',
                26,
                88,
            ),
            (
                "Garrison Kebbleworth",
                "",
                "direct",
                "said",
                "a dozen or so",
                27,
                40,
            ),
        ],
    ),
    "as_a_narrator_says_is_the_sponsors": (
        'A super PAC, Colorado Taxpayers First, has spent about $2.3 million on ads. One shows an empty office tower as a narrator says, "Helena Brimblecott bet your retirement on empty buildings."',
        [
            (
                "Colorado Taxpayers First",
                "organisation",
                "direct",
                "says",
                "Helena Brimblecott bet your retirement on empty buildings.",
                129,
                187,
            ),
        ],
    ),
    "the_ad_a_candidates_campaign_released": (
        'PHOENIX — The race turned on one contract this week, as Republican Wade Gillingham\'s campaign released a television ad attacking Rebecca Castellon.\n\nThe 30-second ad, which began airing Monday, shows a cell door sliding shut as a narrator says, "Rebecca Castellon looked the other way."\n\n"She approved it," Gillingham said.',
        [
            (
                "Gillingham campaign",
                "organisation",
                "direct",
                "says",
                "Rebecca Castellon looked the other way.",
                246,
                285,
            ),
            (
                "Wade Gillingham",
                "",
                "direct",
                "said",
                "She approved it",
                289,
                304,
            ),
        ],
    ),
    "an_ad_the_fund_began_airing": (
        'The Carrollton Fund for Voting Justice called the vote "a betrayal." The group said it would keep running ads.\n\nAn ad the fund began airing in Phoenix on Monday shows long lines as a narrator says, "Senator Ickenham says she believes in voting rights."',
        [
            (
                "Carrollton Fund for Voting Justice",
                "organisation",
                "direct",
                "called",
                "a betrayal.",
                56,
                67,
            ),
            (
                "Carrollton Fund for Voting Justice",
                "organisation",
                "reported",
                "said",
                "it would keep running ads",
                84,
                109,
            ),
            (
                "Carrollton Fund for Voting Justice",
                "organisation",
                "direct",
                "says",
                "Senator Ickenham says she believes in voting rights.",
                199,
                251,
            ),
        ],
    ),
    "a_committee_chairman_by_name_after_a_long_post": (
        "WASHINGTON — The FAA let drone companies expand too fast, House Transportation Subcommittee on Aviation Chairman Thaddeus Wolsencroft said Wednesday as he opened a hearing.",
        [
            (
                "Thaddeus Wolsencroft",
                "House Transportation Subcommittee on Aviation Chairman",
                "reported",
                "said",
                "The FAA let drone companies expand too fast",
                13,
                56,
            ),
        ],
    ),
    "two_names_joined_before_a_title_are_no_post": (
        "The Ledger asked all five supervisors whether the results were accurate. Marchtallow and Supervisor Anthony Beresford said yes.",
        [
            (
                "Ledger",
                "organisation",
                "reported",
                "asked",
                "all five supervisors whether the results were accurate",
                17,
                71,
            ),
        ],
    ),
    "a_spot_paid_for_by_a_candidates_campaign": (
        'Beatriz Esquivane-Holbrane is running. A television spot paid for by the Esquivane-Holbrane campaign shows the jail at night while a narrator says, "Thirty-eight minutes. Nobody came."',
        [
            (
                "Esquivane-Holbrane campaign",
                "organisation",
                "direct",
                "says",
                "Thirty-eight minutes. Nobody came.",
                149,
                183,
            ),
        ],
    ),
    "a_candidates_own_ad": (
        'Kevin Vessendry is running. Vessendry\'s first television ad, which began running Tuesday in Houston, shows a shredder while a narrator says, "Ignatius Wickersdane skipped the bidding."',
        [
            (
                "Vessendry campaign",
                "organisation",
                "direct",
                "says",
                "Ignatius Wickersdane skipped the bidding.",
                142,
                183,
            ),
        ],
    ),
    "a_pronoun_and_a_quoted_verb_make_a_clause": (
        'Ignatius Wickersdane said it "respectfully disagrees" with several findings.',
        [
            (
                "Ignatius Wickersdane",
                "",
                "reported",
                "said",
                'it "respectfully disagrees" with several findings',
                26,
                75,
            ),
            (
                "Ignatius Wickersdane",
                "",
                "direct",
                "said",
                "respectfully disagrees",
                30,
                52,
            ),
        ],
    ),
    "an_irregular_past_makes_a_clause_before_a_quotation": (
        'Rosamund Castelvray said she understood why teachers "finally hit the wall."',
        [
            (
                "Rosamund Castelvray",
                "",
                "reported",
                "said",
                'she understood why teachers "finally hit the wall."',
                25,
                76,
            ),
            (
                "Rosamund Castelvray",
                "",
                "direct",
                "said",
                "finally hit the wall.",
                54,
                75,
            ),
        ],
    ),
    "a_clause_running_into_a_quotation_before_its_tag": (
        'SALEM, Ore. (ZPS) — Smoke from wildfires burning in the Cascades has become "a public health emergency in every sense of the word," Oregon Gov. Lorraine Fanshallow said Tuesday as she signed an order.',
        [
            (
                "Lorraine Fanshallow",
                "Oregon Gov.",
                "reported",
                "said",
                'Smoke from wildfires burning in the Cascades has become "a public health emergency in every sense of the word,"',
                20,
                131,
            ),
            (
                "Lorraine Fanshallow",
                "Oregon Gov.",
                "direct",
                "said",
                "a public health emergency in every sense of the word",
                77,
                129,
            ),
        ],
    ),
    "a_quotation_alone_before_its_tag_stays_direct": (
        '"We will win," Garrison Kebbleworth said.',
        [
            (
                "Garrison Kebbleworth",
                "",
                "direct",
                "said",
                "We will win",
                1,
                12,
            ),
        ],
    ),
    "told_whom_in_a_mid_sentence_tag_then_a_second_clause": (
        "The new signs will go up in May, City Manager Bertrand Slovacek told the council, and the change will cost about $14,000.",
        [
            (
                "Bertrand Slovacek",
                "City Manager",
                "reported",
                "told",
                "The new signs will go up in May",
                0,
                31,
            ),
            (
                "Bertrand Slovacek",
                "City Manager",
                "reported",
                "told",
                "the change will cost about $14,000",
                86,
                120,
            ),
        ],
    ),
    "told_whom_in_a_closing_tag": (
        "The new signs will go up in May, City Manager Bertrand Slovacek told reporters.",
        [
            (
                "Bertrand Slovacek",
                "City Manager",
                "reported",
                "told",
                "The new signs will go up in May",
                0,
                31,
            ),
        ],
    ),
    "a_court_ruled_in_a_year_that": (
        "The Wisconsin Supreme Court ruled in 2024 that local election officials may use drop boxes, reversing a ruling from two years earlier.",
        [
            (
                "Wisconsin Supreme Court",
                "organisation",
                "reported",
                "ruled",
                "local election officials may use drop boxes",
                47,
                90,
            ),
        ],
    ),
    "a_judge_ruled_last_year_that": (
        "A federal judge ruled last year that the map was illegal.",
        [
            (
                "a federal judge",
                "unnamed source",
                "reported",
                "ruled",
                "the map was illegal",
                37,
                56,
            ),
        ],
    ),
    "a_home_town_after_an_age_is_no_antecedent": (
        "One of the stories came from Mortimer Zornsley, 93, of Yeldtock, who told the Clarion that he had shown his first hog at the fair in 1942.",
        [
            (
                "Mortimer Zornsley",
                "",
                "reported",
                "told",
                "he had shown his first hog at the fair in 1942",
                91,
                137,
            ),
        ],
    ),
    "two_words_that_begin_a_company_name_are_the_company": (
        "The hospital's parent company, Umbersby Crest Health, said Tuesday it would close the unit. \"We did not decide lightly,\" Umbersby Crest's chief executive said. Umbersby Crest said it would offer prenatal visits at the clinic.",
        [
            (
                "Umbersby Crest Health",
                "organisation",
                "reported",
                "said",
                "it would close the unit",
                67,
                90,
            ),
            (
                "Umbersby Crest Health",
                "organisation",
                "reported",
                "said",
                "it would offer prenatal visits at the clinic",
                180,
                224,
            ),
        ],
    ),
    "a_company_named_by_its_first_word_ending_in_renewables": (
        "Brightvane Renewables wants to build a solar farm on 900 acres. Brightvane, a company based in Charlotte, says the land can return to farming when the panels come down.",
        [
            (
                "Brightvane Renewables",
                "organisation",
                "reported",
                "says",
                "the land can return to farming when the panels come down",
                111,
                167,
            ),
        ],
    ),
    "an_archivist_title_before_a_name": (
        "Archivist Percival Pogmore said about a fifth of the collection showed mold damage.",
        [
            (
                "Percival Pogmore",
                "Archivist",
                "reported",
                "said",
                "about a fifth of the collection showed mold damage",
                32,
                82,
            ),
        ],
    ),
    "no_subject_runs_back_over_since": (
        "The dispute has sharpened since campaign finance reports showed that executives gave $86,000 to the campaign.",
        [
            (
                "campaign finance reports",
                "records",
                "reported",
                "showed",
                "executives gave $86,000 to the campaign",
                69,
                108,
            ),
        ],
    ),
    "a_family_by_its_name_speaks": (
        "The Kildonnan family has said it is committed to keeping the mountain open.",
        [
            (
                "Kildonnan family",
                "group",
                "reported",
                "said",
                "it is committed to keeping the mountain open",
                30,
                74,
            ),
        ],
    ),
    "a_family_named_after_a_role": (
        "The resort's owner, the Kildonnan family, has said it is committed to keeping the mountain open.",
        [
            (
                "Kildonnan family",
                "group",
                "reported",
                "said",
                "it is committed to keeping the mountain open",
                51,
                95,
            ),
        ],
    ),
    "a_family_inside_another_reported_clause_is_not_a_speaker": (
        "Mayor Jerome Talley said the city would hold a dedication that day, and that the Ruffin family had asked that it be small.",
        [
            (
                "Jerome Talley",
                "Mayor",
                "reported",
                "said",
                "the city would hold a dedication that day",
                25,
                66,
            ),
            (
                "Jerome Talley",
                "Mayor",
                "reported",
                "said",
                "the Ruffin family had asked that it be small",
                77,
                121,
            ),
        ],
    ),
    "testimony_came_from_a_person_she_then_said": (
        'Rep. Rosalind Oxspring asked why the gallery was not cleaned. The most wrenching testimony came from Corinne Ottersleigh, whose husband, Dale, was one of the four men killed. "Dale told me in December that the gallery was a mess," she told lawmakers. She said her husband had raised the problem with a supervisor.',
        [
            (
                "Rosalind Oxspring",
                "Rep.",
                "reported",
                "asked",
                "why the gallery was not cleaned",
                29,
                60,
            ),
            (
                "Corinne Ottersleigh",
                "",
                "direct",
                "told",
                "Dale told me in December that the gallery was a mess",
                176,
                228,
            ),
            (
                "Corinne Ottersleigh",
                "",
                "reported",
                "said",
                "her husband had raised the problem with a supervisor",
                260,
                312,
            ),
        ],
    ),
    "a_possessed_mother_with_a_relative_clause_then_she_said": (
        "Coach Philippa Spindlecroft said the team would appeal. The player's mother, who asked that the family not be named to protect her son, told the Herald that the family had turned in every form. \"He's sixteen. He reads the comments online,\" she said.",
        [
            (
                "Philippa Spindlecroft",
                "Coach",
                "reported",
                "said",
                "the team would appeal",
                33,
                54,
            ),
            (
                "player's mother",
                "unnamed source",
                "reported",
                "told",
                "the family had turned in every form",
                157,
                192,
            ),
            (
                "player's mother",
                "unnamed source",
                "direct",
                "said",
                "He's sixteen. He reads the comments online",
                195,
                237,
            ),
        ],
    ),
    "a_state_dot_by_its_short_name": (
        "A federal review found that the Missouri Department of Transportation could not document how $47 million had been spent. MoDOT said it had found records for about $11 million since then.",
        [
            (
                "federal review",
                "records",
                "reported",
                "found",
                "the Missouri Department of Transportation could not document how $47 million had been spent",
                28,
                119,
            ),
            (
                "Missouri Department of Transportation",
                "organisation",
                "reported",
                "said",
                "it had found records for about $11 million since then",
                132,
                185,
            ),
        ],
    ),
    "the_agency_after_nasa_in_a_possessive": (
        "The plan would move NASA's Glenn Research Center to Alabama. The agency said in a statement that it would work with Congress on any proposal.",
        [
            (
                "National Aeronautics and Space Administration",
                "organisation",
                "reported",
                "said",
                "it would work with Congress on any proposal",
                97,
                140,
            ),
        ],
    ),
    "a_subject_then_the_quotation_that_holds_its_verb": (
        'After the vote, Gwendolyn Urswick said the neighbors "aren\'t done."',
        [
            (
                "Gwendolyn Urswick",
                "",
                "reported",
                "said",
                'the neighbors "aren\'t done."',
                39,
                67,
            ),
        ],
    ),
    "a_subject_then_a_quoted_present_verb": (
        'Mayor Ann Lee said the plan "supports the council\'s approach."',
        [
            (
                "Ann Lee",
                "Mayor",
                "reported",
                "said",
                'the plan "supports the council\'s approach."',
                19,
                62,
            ),
        ],
    ),
    "called_a_thing_a_quoted_name_keeps_the_quotation": (
        "Sen. Tobias Rackenford said the plan was bad. He called the railroad's staffing cuts \"a bet with other people's lives.\"",
        [
            (
                "Tobias Rackenford",
                "Sen.",
                "reported",
                "said",
                "the plan was bad",
                28,
                44,
            ),
            (
                "Tobias Rackenford",
                "Sen.",
                "reported",
                "called",
                "the railroad's staffing cuts \"a bet with other people's lives.\"",
                56,
                119,
            ),
            (
                "Tobias Rackenford",
                "Sen.",
                "direct",
                "called",
                "a bet with other people's lives.",
                86,
                118,
            ),
        ],
    ),
    "a_narrator_in_the_ad_a_campaign_described_before": (
        'Armitrage\'s campaign calls that "the $86,000 question" in a television ad that began airing last week. "They gave him $86,000. He gave them a discount," a narrator says in the ad, over footage of downed power lines.',
        [
            (
                "Armitrage campaign",
                "organisation",
                "direct",
                "calls",
                "the $86,000 question",
                33,
                53,
            ),
            (
                "Armitrage campaign",
                "organisation",
                "direct",
                "says",
                "They gave him $86,000. He gave them a discount",
                104,
                150,
            ),
        ],
    ),
    "her_first_ad_is_her_campaigns": (
        'State Sen. Simone Trunnicott is challenging him.\n\nTrunnicott, a two-term state senator from Fayetteville, has made the trips the center of her campaign. "You don\'t get to take a free vacation from a bidder," she told the Briefing.\n\nHer first television ad shows a bass boat at sunrise as a narrator says, "While Prescott Quayfield fished, Arkansas paid more."',
        [
            (
                "Simone Trunnicott",
                "",
                "direct",
                "told",
                "You don't get to take a free vacation from a bidder",
                154,
                205,
            ),
            (
                "Trunnicott campaign",
                "organisation",
                "direct",
                "says",
                "While Prescott Quayfield fished, Arkansas paid more.",
                306,
                358,
            ),
        ],
    ),
    "an_adverb_between_subject_and_its_first_verb": (
        "Council Member Rosalyn Mbekwe also voted no and said the city should have waited for the county's shelter plan.",
        [
            (
                "Rosalyn Mbekwe",
                "Council Member",
                "reported",
                "said",
                "the city should have waited for the county's shelter plan",
                53,
                110,
            ),
        ],
    ),
    "a_preliminary_acronym_report_is_the_agencys": (
        "Dust had built up on a conveyor gallery, according to a preliminary OSHA report. The report found that a bearing had been overheating for days.",
        [
            (
                "Occupational Safety and Health Administration",
                "organisation",
                "reported",
                "according to",
                "Dust had built up on a conveyor gallery",
                0,
                39,
            ),
            (
                "Occupational Safety and Health Administration",
                "organisation",
                "reported",
                "found",
                "a bearing had been overheating for days",
                103,
                142,
            ),
        ],
    ),
    "a_union_named_by_its_members_then_where": (
        "The strike by members of the United Registered Nurses of Connecticut began at 7 a.m. Monday. The union said chronic understaffing had pushed nurses to care for as many as eight patients.",
        [
            (
                "United Registered Nurses of Connecticut",
                "organisation",
                "reported",
                "said",
                "chronic understaffing had pushed nurses to care for as many as eight patients",
                108,
                185,
            ),
        ],
    ),
    "a_union_named_by_its_members_not_cut_short": (
        "The Ohio Nurses Collective represents about 1,900 nurses at the hospital.\n\nNurses routinely care for eight patients per shift, the union says.",
        [],
    ),
    "a_group_calling_itself_then_two_verbs": (
        "A group calling itself Save Whinacombe Ground has put up more than 200 signs and says it has gathered 1,400 signatures.",
        [
            (
                "Save Whinacombe Ground",
                "organisation",
                "reported",
                "says",
                "it has gathered 1,400 signatures",
                86,
                118,
            ),
        ],
    ),
    "the_port_is_the_port_authority": (
        "The Gelderbrook Bay Port Authority board voted 5-2 Thursday night to approve the terminal.\n\nThe port says it lowered the roofline by 18 feet in response.",
        [
            (
                "Gelderbrook Bay Port Authority",
                "organisation",
                "reported",
                "says",
                "it lowered the roofline by 18 feet in response",
                106,
                152,
            ),
        ],
    ),
    "people_then_a_relative_clause_then_said": (
        "Residents of the historic district, whose streets lead to the terminal gate, said they already sit in traffic on sailing days.",
        [
            (
                "Residents of the historic district",
                "group",
                "reported",
                "said",
                "they already sit in traffic on sailing days",
                82,
                125,
            ),
        ],
    ),
    "a_sergeant_of_the_highway_patrol_is_a_person": (
        '"We had people driving into a wall of white," said Sgt. Corwin Stovanecki of the Wyoming Highway Patrol.',
        [
            (
                "Corwin Stovanecki",
                "Sgt.; Wyoming Highway Patrol",
                "direct",
                "said",
                "We had people driving into a wall of white",
                1,
                43,
            ),
        ],
    ),
    "county_legislator_is_a_title": (
        "County Legislator Perpetua Towednack, a Democrat who represents the east side, said she would propose adding $500,000 to the transit budget.",
        [
            (
                "Perpetua Towednack",
                "County Legislator; Democrat",
                "reported",
                "said",
                "she would propose adding $500,000 to the transit budget",
                84,
                139,
            ),
        ],
    ),
    "what_kind_of_body_then_its_name": (
        'Good-government group Open Dominion Watch said it would ask the General Assembly to revisit the idea. Fiscal watchdog group Pinonvale Taxpayers Alliance called the bill "an open-ended promise."',
        [
            (
                "Open Dominion Watch",
                "organisation",
                "reported",
                "said",
                "it would ask the General Assembly to revisit the idea",
                47,
                100,
            ),
            (
                "Pinonvale Taxpayers Alliance",
                "organisation",
                "direct",
                "called",
                "an open-ended promise.",
                170,
                192,
            ),
        ],
    ),
    "a_diocese_of_a_region_is_a_body": (
        "The church's diocese, the Episcopal Diocese of Western New York, said in a statement that it had started an emergency fund.",
        [
            (
                "Episcopal Diocese of Western New York",
                "organisation",
                "reported",
                "said",
                "it had started an emergency fund",
                90,
                122,
            ),
        ],
    ),
    "agency_records_show_with_the_us_name": (
        "The plant has reported three chlorine releases since 2021, EPA records show.",
        [
            (
                "Environmental Protection Agency",
                "organisation",
                "reported",
                "show",
                "The plant has reported three chlorine releases since 2021",
                0,
                57,
            ),
        ],
    ),
    "the_hospital_is_the_medical_center_not_the_association": (
        "Glenmarrow Regional Medical Center will stop delivering babies on Oct. 31, the hospital announced Tuesday.\n\nMedicaid pays for about 60 percent of births in the region, according to the Kentucky Hospital Association.\n\nThe hospital said it would hold a community meeting Sept. 4.",
        [
            (
                "Glenmarrow Regional Medical Center",
                "organisation",
                "reported",
                "announced",
                "Glenmarrow Regional Medical Center will stop delivering babies on Oct. 31",
                0,
                73,
            ),
            (
                "Kentucky Hospital Association",
                "organisation",
                "reported",
                "according to",
                "Medicaid pays for about 60 percent of births in the region",
                108,
                166,
            ),
            (
                "Glenmarrow Regional Medical Center",
                "organisation",
                "reported",
                "said",
                "it would hold a community meeting Sept. 4",
                235,
                276,
            ),
        ],
    ),
    "the_museum_is_the_institute_of_art": (
        "The Vessmaran Institute of Art said it would return 14 objects to Peru.\n\nThe Association of Art Museum Directors said returns had become common.\n\nThe museum said it would replace the display with an exhibit on how the objects were traced.",
        [
            (
                "Vessmaran Institute of Art",
                "organisation",
                "reported",
                "said",
                "it would return 14 objects to Peru",
                36,
                70,
            ),
            (
                "Association of Art Museum Directors",
                "organisation",
                "reported",
                "said",
                "returns had become common",
                118,
                143,
            ),
            (
                "Vessmaran Institute of Art",
                "organisation",
                "reported",
                "said",
                "it would replace the display with an exhibit on how the objects were traced",
                162,
                237,
            ),
        ],
    ),
    "the_board_named_someone_is_no_name_for_the_board": (
        "The board named Assistant Superintendent Philomena Aldtree acting superintendent.\n\nThree of the five board members who voted to fire him won their seats on a slate backed by a parent group, Carrowbeck Reads First. The group had called for the superintendent's removal.\n\nThe board said it would begin a national search in January.",
        [
            (
                "Carrowbeck Reads First",
                "organisation",
                "reported",
                "called",
                "the superintendent's removal",
                239,
                267,
            ),
        ],
    ),
    "a_companys_last_word_alone_is_no_company": (
        "The project was proposed by Brightacre Renewables, which said it would produce about 150 megawatts.\n\nSolar projects have become a flashpoint across the county.\n\nConstruction could begin next summer, the company said.",
        [
            (
                "Brightacre Renewables",
                "organisation",
                "reported",
                "said",
                "it would produce about 150 megawatts",
                62,
                98,
            ),
            (
                "Brightacre Renewables",
                "organisation",
                "reported",
                "said",
                "Construction could begin next summer",
                161,
                197,
            ),
        ],
    ),
    "told_reporters_and_a_day_then_a_circumstance": (
        "An aid package should pass without spending cuts, Rep. Seraphina Wyndemoorle told reporters Tuesday, as conservatives threatened to sink it. Rep. Barnaby Quellinger told reporters Wednesday the package would fail.",
        [
            (
                "Seraphina Wyndemoorle",
                "Rep.",
                "reported",
                "told",
                "An aid package should pass without spending cuts",
                0,
                48,
            ),
            (
                "Barnaby Quellinger",
                "Rep.",
                "reported",
                "told",
                "the package would fail",
                190,
                212,
            ),
        ],
    ),
    "a_lawmakers_party_tag_after_a_clause": (
        'State inspectors rated the bridge in "fair" condition eight months before it fell into the river, Rep. Lucinda Abbotrigg, R-W.Va., said Wednesday as she opened the hearing. The bridge fell because nobody checked the plates, Sen. Ann Lee, R-Ky., said.',
        [
            (
                "Lucinda Abbotrigg",
                "Rep.",
                "reported",
                "said",
                'State inspectors rated the bridge in "fair" condition eight months before it fell into the river',
                0,
                96,
            ),
            (
                "Lucinda Abbotrigg",
                "Rep.",
                "direct",
                "said",
                "fair",
                38,
                42,
            ),
            (
                "Ann Lee",
                "Sen.",
                "reported",
                "said",
                "The bridge fell because nobody checked the plates",
                173,
                222,
            ),
        ],
    ),
    "an_office_sought_before_the_candidacy": (
        "Nevada's 181 mail ballot drop boxes should be cut to one per county, Republican secretary of state nominee Franklin Ducasswell said Tuesday, making the boxes the center of the race.",
        [
            (
                "Franklin Ducasswell",
                "",
                "reported",
                "said",
                "Nevada's 181 mail ballot drop boxes should be cut to one per county",
                0,
                67,
            ),
        ],
    ),
    "a_three_judge_panel_is_the_court": (
        "The governor had the authority to sign the amendment, the Wisconsin Court of Appeals ruled Thursday.\n\nThe three-judge panel held that the 1991 law gave the governor power to negotiate amendments.",
        [
            (
                "Wisconsin Court of Appeals",
                "organisation",
                "reported",
                "ruled",
                "The governor had the authority to sign the amendment",
                0,
                52,
            ),
            (
                "Wisconsin Court of Appeals",
                "organisation",
                "reported",
                "held",
                "the 1991 law gave the governor power to negotiate amendments",
                134,
                194,
            ),
        ],
    ),
    "but_it_said_is_the_body_the_sentence_opens_with": (
        "The NTSB did not send a witness, but it said in a statement that its final report would be released by early next year.",
        [
            (
                "National Transportation Safety Board",
                "organisation",
                "reported",
                "said",
                "its final report would be released by early next year",
                65,
                118,
            ),
        ],
    ),
    "a_body_that_says_in_a_relative_clause": (
        "The lawsuit was brought by Tolquorin Earthworks, a Phoenix construction company that says it was never given a chance to bid. The Sky Island Wildlands Council, which argues that the wall blocks jaguar crossings, welcomed the delay.",
        [
            (
                "Tolquorin Earthworks",
                "organisation",
                "reported",
                "says",
                "it was never given a chance to bid",
                90,
                124,
            ),
            (
                "Sky Island Wildlands Council",
                "organisation",
                "reported",
                "argues",
                "the wall blocks jaguar crossings",
                178,
                210,
            ),
            (
                "Sky Island Wildlands Council",
                "organisation",
                "reported",
                "welcomed",
                "the delay",
                221,
                230,
            ),
        ],
    ),
    "the_testimony_is_the_bodys_that_gave_it": (
        'The Kansas Hospital Association said in written testimony that at least nine other rural hospitals were at risk of closing. "Corvalla is not the exception. It is the preview," the testimony said.',
        [
            (
                "Kansas Hospital Association",
                "organisation",
                "reported",
                "said",
                "at least nine other rural hospitals were at risk of closing",
                63,
                122,
            ),
            (
                "Kansas Hospital Association",
                "organisation",
                "direct",
                "said",
                "Corvalla is not the exception. It is the preview",
                125,
                173,
            ),
        ],
    ),
    "members_of_a_caucus_are_no_one_named_members": (
        "Members of the House Freedom Caucus said they would vote against any rule bringing the bill to the floor.",
        [
            (
                "Members of the House Freedom Caucus",
                "organisation",
                "reported",
                "said",
                "they would vote against any rule bringing the bill to the floor",
                41,
                104,
            ),
        ],
    ),
    "a_counted_group_keeps_its_count_and_its_people": (
        "At least 11 other Republicans from farm districts have said they will join him. More than 60 parents said they would keep their children home. At least five members have asked leadership for a compromise version, the aides said.",
        [
            (
                "At least 11 other Republicans from farm districts",
                "group",
                "reported",
                "said",
                "they will join him",
                60,
                78,
            ),
            (
                "More than 60 parents",
                "group",
                "reported",
                "said",
                "they would keep their children home",
                106,
                141,
            ),
            (
                "aides",
                "group",
                "reported",
                "said",
                "At least five members have asked leadership for a compromise version",
                143,
                211,
            ),
        ],
    ),
    "a_relative_clause_then_two_verbs": (
        "Council member Hyacinth Dewmire, who represents the north shore, voted yes but said her constituents would be cut off from the town center.",
        [
            (
                "Hyacinth Dewmire",
                "Council member",
                "reported",
                "said",
                "her constituents would be cut off from the town center",
                84,
                138,
            ),
        ],
    ),
    "a_one_word_body_described_as_a_trade_group": (
        "NetChoice, a trade group whose members include Meta and Google, said in a statement that it was reviewing all options.\n\nAnn Hollis spoke first. Hollis, a lawyer for the group, said the suit was weak.",
        [
            (
                "NetChoice",
                "organisation",
                "reported",
                "said",
                "it was reviewing all options",
                89,
                117,
            ),
            (
                "Ann Hollis",
                "lawyer for the group",
                "reported",
                "said",
                "the suit was weak",
                181,
                198,
            ),
        ],
    ),
    "a_study_of_something_by_researchers_at": (
        "A 2025 study of 14 Southern states by researchers at Clemson University found that a $5,000 raise cut the rate at which first-year teachers quit.",
        [
            (
                "Clemson University",
                "organisation",
                "reported",
                "found",
                "a $5,000 raise cut the rate at which first-year teachers quit",
                83,
                144,
            ),
        ],
    ),
    "a_body_running_an_ad_in_which_a_narrator_says": (
        'The Great Lakes Retirement Integrity Fund, a super PAC financed largely by a Detroit executive, is running a TV ad in which a narrator says "Nathaniel Ostrebeck lost your pension\'s money. Then he hid it."',
        [
            (
                "Great Lakes Retirement Integrity Fund",
                "organisation",
                "direct",
                "says",
                "Nathaniel Ostrebeck lost your pension's money. Then he hid it.",
                141,
                203,
            ),
        ],
    ),
    "a_candidates_campaign_ad_then_the_narrator": (
        'Deborah Yarrowick said the claims were paid slowly.\n\nA Yarrowick campaign ad shows a woman standing in a gutted living room. "Barnabas Lusignan took $212,000 from the insurance industry," the narrator says.',
        [
            (
                "Deborah Yarrowick",
                "",
                "reported",
                "said",
                "the claims were paid slowly",
                23,
                50,
            ),
            (
                "Yarrowick campaign",
                "organisation",
                "direct",
                "says",
                "Barnabas Lusignan took $212,000 from the insurance industry",
                126,
                185,
            ),
        ],
    ),
    "the_team_the_lede_describes": (
        "QUILLANFORD, Ky. — The Quillanford Mavericks, the city's Double-A baseball team since 1992, will move to a new ballpark in Tennessee after the 2027 season, the team said Wednesday.",
        [
            (
                "Quillanford Mavericks",
                "organisation",
                "reported",
                "said",
                "The Quillanford Mavericks, the city's Double-A baseball team since 1992, will move to a new ballpark in Tennessee after the 2027 season",
                19,
                154,
            ),
        ],
    ),
    "the_fair_board_is_the_fairs": (
        "AMBLECREST — The grand champion steer at this year's Harlowquist County Fair has been disqualified after a urine test found a banned drug, the fair board announced Monday.",
        [
            (
                "Harlowquist County Fair Board",
                "organisation",
                "reported",
                "announced",
                "The grand champion steer at this year's Harlowquist County Fair has been disqualified after a urine test found a banned drug",
                13,
                137,
            ),
        ],
    ),
    "a_courts_ruling_in_a_case_held": (
        "The U.S. Supreme Court's 2024 ruling in Grants Pass v. Johnson held that cities may punish people for sleeping outside even when no shelter bed is available.",
        [
            (
                "U.S. Supreme Court",
                "organisation",
                "reported",
                "held",
                "cities may punish people for sleeping outside even when no shelter bed is available",
                73,
                156,
            ),
        ],
    ),
    "a_described_body_after_the_statement": (
        "The cut would reduce state revenue by about $1.6 billion a year, the nonpartisan Indiana Legislative Services Agency estimated.",
        [
            (
                "Indiana Legislative Services Agency",
                "organisation",
                "reported",
                "estimated",
                "The cut would reduce state revenue by about $1.6 billion a year",
                0,
                63,
            ),
        ],
    ),
    "opened_by_saying": (
        "Subcommittee Chairman Rep. Porter Wolmardine, R-Ky., opened by saying the case showed a failure by everybody with a badge.",
        [
            (
                "Porter Wolmardine",
                "Subcommittee Chairman Rep.",
                "reported",
                "saying",
                "the case showed a failure by everybody with a badge",
                70,
                121,
            ),
        ],
    ),
    "a_state_chapter_speaks_for_its_body": (
        "The state chapter of the American Civil Liberties Union said it would watch how the law was enforced.",
        [
            (
                "American Civil Liberties Union",
                "organisation",
                "reported",
                "said",
                "it would watch how the law was enforced",
                61,
                100,
            ),
        ],
    ),
    "a_long_title_with_an_agencys_initials": (
        "FCC Wireline Competition Bureau Chief Octavius Brannagan testified that the commission had tightened its rules.",
        [
            (
                "Octavius Brannagan",
                "FCC Wireline Competition Bureau Chief",
                "reported",
                "testified",
                "the commission had tightened its rules",
                72,
                110,
            ),
        ],
    ),
    "flyers_a_campaign_mailed_say_its_words": (
        "Abernathwick's campaign has mailed flyers warning that Ansgarde's plan would leave a hole in the budget.",
        [
            (
                "Abernathwick campaign",
                "organisation",
                "reported",
                "warning",
                "Ansgarde's plan would leave a hole in the budget",
                55,
                103,
            ),
        ],
    ),
    "a_letter_someone_sent_then_the_letter_says": (
        "Sen. Franklin Mauldry sent a letter Tuesday to the postmaster general. The letter says the public is paying more for stamps and getting mail later.",
        [
            (
                "Franklin Mauldry",
                "",
                "reported",
                "says",
                "the public is paying more for stamps and getting mail later",
                87,
                146,
            ),
        ],
    ),
    "a_bodys_name_with_of_then_two_verbs": (
        "The League of Women Voters of Wisconsin does not endorse candidates but said drop boxes had helped rural voters.",
        [
            (
                "League of Women Voters of Wisconsin",
                "organisation",
                "reported",
                "said",
                "drop boxes had helped rural voters",
                77,
                111,
            ),
        ],
    ),
    "a_pollsters_survey_commissioned_by_a_paper": (
        "Rastrelli leads 46 percent to 41 percent among likely voters, according to a Makepiece Polling survey commissioned by the Memo, with 13 percent undecided.",
        [
            (
                "Makepiece Polling",
                "",
                "reported",
                "according to",
                "Rastrelli leads 46 percent to 41 percent among likely voters",
                0,
                60,
            ),
        ],
    ),
    "which_polling_is_no_pollster": (
        "Public polling suggests Padilla has the early edge.",
        [],
    ),
    "a_universitys_campus_is_part_of_its_name": (
        "A 2025 study by researchers at the University at Buffalo found that small-city bus systems lose riders. Students on belted buses were safer, according to researchers at the University of Alabama at Birmingham.",
        [
            (
                "University at Buffalo",
                "organisation",
                "reported",
                "found",
                "small-city bus systems lose riders",
                68,
                102,
            ),
            (
                "University of Alabama at Birmingham",
                "organisation",
                "reported",
                "according to",
                "Students on belted buses were safer",
                104,
                139,
            ),
        ],
    ),
    "a_company_that_says_after_it_proposed_it_by_its_first_word": (
        "The tower was proposed by Kestrelline Wireless Infrastructure. The company says it will fill a dead zone.\n\nKestrelline said in a written response to the board that one alternative site was in a wetland.",
        [
            (
                "Kestrelline Wireless Infrastructure",
                "organisation",
                "reported",
                "says",
                "it will fill a dead zone",
                80,
                104,
            ),
            (
                "Kestrelline Wireless Infrastructure",
                "organisation",
                "reported",
                "said",
                "one alternative site was in a wetland",
                164,
                201,
            ),
        ],
    ),
    "traffic_backed_up_is_no_endorsement_and_the_patrol_is_the_highway_patrol": (
        "No one was seriously hurt, the Missouri State Highway Patrol said. Traffic backed up for about nine miles at the height of the evening rush, the patrol said in a statement.",
        [
            (
                "Missouri State Highway Patrol",
                "organisation",
                "reported",
                "said",
                "No one was seriously hurt",
                0,
                25,
            ),
            (
                "Missouri State Highway Patrol",
                "organisation",
                "reported",
                "said",
                "Traffic backed up for about nine miles at the height of the evening rush",
                67,
                139,
            ),
        ],
    ),
    "a_county_registrar_is_a_title_before_a_name": (
        "Most county clerks have stayed out of the race.\n\nWashoe County Registrar Delia Farquill said her office already checks every box at least once a day.",
        [
            (
                "Delia Farquill",
                "Washoe County Registrar",
                "reported",
                "said",
                "her office already checks every box at least once a day",
                93,
                148,
            ),
        ],
    ),
    "the_registrar_is_the_registrar_of_voters_named_before": (
        "About 9,800 of them were valid, according to the Figwort County Registrar of Voters.\n\nBallots will go out to all 61,000 registered voters on May 26, according to the registrar.",
        [
            (
                "Figwort County Registrar of Voters",
                "organisation",
                "reported",
                "according to",
                "About 9,800 of them were valid",
                0,
                30,
            ),
            (
                "Figwort County Registrar of Voters",
                "organisation",
                "reported",
                "according to",
                "Ballots will go out to all 61,000 registered voters on May 26",
                86,
                147,
            ),
        ],
    ),
    "the_district_is_the_schools_named_before": (
        "The Ivesford Community Schools board voted 5-2 Monday night to move start times.\n\nThe district said it would extend its before-school program at no cost to families.",
        [
            (
                "Ivesford Community Schools",
                "organisation",
                "reported",
                "said",
                "it would extend its before-school program at no cost to families",
                100,
                164,
            ),
        ],
    ),
    "a_body_of_bankers_is_no_person_titled_independent": (
        "- The Independent Community Bankers of America said small lenders should not pay for a midsize bank's failure.",
        [
            (
                "Independent Community Bankers of America",
                "organisation",
                "reported",
                "said",
                "small lenders should not pay for a midsize bank's failure",
                52,
                109,
            ),
        ],
    ),
    "health_departments_in_a_list_of_states": (
        "Health departments in Kansas, Nebraska and Texas said they were tracing campers who had returned there.",
        [
            (
                "Health departments in Kansas, Nebraska and Texas",
                "group",
                "reported",
                "said",
                "they were tracing campers who had returned there",
                54,
                102,
            ),
        ],
    ),
    "a_body_for_something_in_a_place_keeps_its_seat": (
        'The Commission for Looted Art in Europe, which helped the family, welcomed the decision. In a statement, the group said, "Museums that do the right thing late still do the right thing."',
        [
            (
                "Commission for Looted Art",
                "organisation",
                "reported",
                "welcomed",
                "the decision",
                75,
                87,
            ),
            (
                "Commission for Looted Art",
                "organisation",
                "direct",
                "said",
                "Museums that do the right thing late still do the right thing.",
                122,
                184,
            ),
        ],
    ),
    "a_lone_head_word_is_the_body_named_before_ending_in_it": (
        "The Crabapple Caucus is a bloc of 30 members.\n\nFlight delays rose 41 percent, according to a Caucus analysis of federal data.",
        [
            (
                "Crabapple Caucus",
                "organisation",
                "reported",
                "according to",
                "Flight delays rose 41 percent",
                47,
                76,
            ),
        ],
    ),
    "challenger_and_volunteer_are_descriptions_before_a_name": (
        "Intro.\n\nChallenger Theodora Jaskolwitz said the jail failed a man who begged for help. Volunteer Cordelia Abblewhite said the eagle glared at everyone.",
        [
            (
                "Theodora Jaskolwitz",
                "Challenger",
                "reported",
                "said",
                "the jail failed a man who begged for help",
                44,
                85,
            ),
            (
                "Cordelia Abblewhite",
                "Volunteer",
                "reported",
                "said",
                "the eagle glared at everyone",
                122,
                150,
            ),
        ],
    ),
    "a_fire_rescue_service_is_a_body_and_the_agency_after_it": (
        "LAKELAND, Fla. (OPS) — A sinkhole opened in a parking lot early Monday, Polk County Fire Rescue said.\n\nNo one was hurt, the agency said. The hole was about 35 feet deep at its center, the fire agency said in a statement.",
        [
            (
                "Polk County Fire Rescue",
                "organisation",
                "reported",
                "said",
                "A sinkhole opened in a parking lot early Monday",
                23,
                70,
            ),
            (
                "Polk County Fire Rescue",
                "organisation",
                "reported",
                "said",
                "No one was hurt",
                103,
                118,
            ),
            (
                "Polk County Fire Rescue",
                "organisation",
                "reported",
                "said",
                "The hole was about 35 feet deep at its center",
                137,
                182,
            ),
        ],
    ),
    "a_ledes_largest_cooperative_is_the_one_speaking_next": (
        "SPRINGFIELD, Mo. (FNS) — More than 48,000 homes remained without power Friday, the region's largest electric cooperative said.\n\nThe Halverwick Electric Cooperative said about 1,200 poles had snapped.",
        [
            (
                "Halverwick Electric Cooperative",
                "organisation",
                "reported",
                "said",
                "More than 48,000 homes remained without power Friday",
                25,
                77,
            ),
            (
                "Halverwick Electric Cooperative",
                "organisation",
                "reported",
                "said",
                "about 1,200 poles had snapped",
                169,
                198,
            ),
        ],
    ),
    "a_court_ruled_in_a_decision_after_the_statement": (
        "Intro.\n\nThe maps violate the state constitution, the Wisconsin Supreme Court ruled Tuesday in a 4-3 decision.",
        [
            (
                "Wisconsin Supreme Court",
                "organisation",
                "reported",
                "ruled",
                "The maps violate the state constitution",
                8,
                47,
            ),
        ],
    ),
    "city_utilities_of_a_town_is_the_utility": (
        "The main burst, City Utilities of Springfield said. Crews shut off the main by 4 a.m., the utility said.",
        [
            (
                "City Utilities",
                "organisation",
                "reported",
                "said",
                "The main burst",
                0,
                14,
            ),
            (
                "City Utilities",
                "organisation",
                "reported",
                "said",
                "Crews shut off the main by 4 a.m.",
                52,
                85,
            ),
        ],
    ),
    "a_nutrition_company_by_its_first_word_and_the_company_after": (
        "Alistair Breckenmoor, the chief executive of Bellquaver Nutrition, testified Wednesday.\n\nBellquaver says it has hired an outside safety auditor. In a full-page ad last month, the company wrote that it was sorry.",
        [
            (
                "Bellquaver Nutrition",
                "organisation",
                "reported",
                "says",
                "it has hired an outside safety auditor",
                105,
                143,
            ),
            (
                "Bellquaver Nutrition",
                "organisation",
                "reported",
                "wrote",
                "it was sorry",
                198,
                210,
            ),
        ],
    ),
    "a_county_is_no_persons_name": (
        "Intro.\n\nPolk County urged residents to report new cracks and said a hotline would stay open.",
        [
            (
                "Polk County",
                "organisation",
                "reported",
                "urged",
                "residents to report new cracks",
                26,
                56,
            ),
            (
                "Polk County",
                "organisation",
                "reported",
                "said",
                "a hotline would stay open",
                66,
                91,
            ),
        ],
    ),
    "the_sheriffs_campaign_is_the_sheriffs_by_name": (
        "Sheriff Cyrus Hollinshead said the jail was fully staffed.\n\nThe sheriff's campaign says she is a disgruntled former employee.",
        [
            (
                "Cyrus Hollinshead",
                "Sheriff",
                "reported",
                "said",
                "the jail was fully staffed",
                31,
                57,
            ),
            (
                "Hollinshead campaign",
                "organisation",
                "reported",
                "says",
                "she is a disgruntled former employee",
                88,
                124,
            ),
        ],
    ),
    "a_board_chair_is_a_title_before_a_name": (
        "Intro.\n\nBoard of Supervisors Chair Agatha Brackensole disputed that account. The chair said the board had acted.",
        [
            (
                "Agatha Brackensole",
                "Board of Supervisors Chair",
                "reported",
                "disputed",
                "that account",
                63,
                75,
            ),
            (
                "Agatha Brackensole",
                "Board of Supervisors Chair",
                "reported",
                "said",
                "the board had acted",
                92,
                111,
            ),
        ],
    ),
    "the_fire_agency_is_the_fire_service_quoted_before": (
        "LAKELAND, Fla. (OPS) — A sinkhole opened early Monday, Polk County Fire Rescue said.\n\nPolk County urged residents to report cracks.\n\nThe fire agency said the hole had stopped growing by Monday evening.",
        [
            (
                "Polk County Fire Rescue",
                "organisation",
                "reported",
                "said",
                "A sinkhole opened early Monday",
                23,
                53,
            ),
            (
                "Polk County",
                "organisation",
                "reported",
                "urged",
                "residents to report cracks",
                104,
                130,
            ),
            (
                "Polk County Fire Rescue",
                "organisation",
                "reported",
                "said",
                "the hole had stopped growing by Monday evening",
                154,
                200,
            ),
        ],
    ),
    "a_narrator_in_one_from_a_candidates_campaign": (
        'Both campaigns have turned the issue into television ads. In one from Ebberhall\'s campaign, a narrator says "Garrick Follingsby wants fewer Ohioans voting. Ask him why."',
        [
            (
                "Ebberhall campaign",
                "organisation",
                "direct",
                "says",
                "Garrick Follingsby wants fewer Ohioans voting. Ask him why.",
                109,
                168,
            ),
        ],
    ),
    "a_candidates_ad_by_surname_answers": (
        'Secretary of State Garrick Follingsby defended the purge.\n\nA Follingsby ad answers that his opponent "would let the dead vote." A Texas ad says nothing of it.',
        [
            (
                "Garrick Follingsby",
                "Secretary of State",
                "reported",
                "defended",
                "the purge",
                47,
                56,
            ),
            (
                "Follingsby campaign",
                "organisation",
                "reported",
                "answers",
                'his opponent "would let the dead vote."',
                88,
                127,
            ),
        ],
    ),
    "a_county_board_is_also_named_with_its_county": (
        "TAMSBROOK — The Tamsbrook County school board race heats up. Tamsbrook County voters decide in May.\n\nTurnout was about 19 percent, according to the county Board of Elections.",
        [
            (
                "Tamsbrook County Board of Elections",
                "organisation",
                "reported",
                "according to",
                "Turnout was about 19 percent",
                101,
                129,
            ),
        ],
    ),
    "the_city_clerks_office_is_also_named_with_its_city": (
        "PARDOLIN, Ore. — The Pardolin City Council met Tuesday.\n\nThe city clerk's office said it expected to finish checking signatures by Aug. 31.",
        [
            (
                "city clerk's office",
                "organisation",
                "reported",
                "said",
                "it expected to finish checking signatures by Aug. 31",
                86,
                138,
            ),
        ],
    ),
    "landowner_and_extension_educator_are_descriptions_before_a_name": (
        "Intro.\n\nLandowner Wilbur Eddingsworth said the lease paid well. Extension Educator Priscilla Vanquellen said the storm hit at the worst time.",
        [
            (
                "Wilbur Eddingsworth",
                "Landowner",
                "reported",
                "said",
                "the lease paid well",
                43,
                62,
            ),
            (
                "Priscilla Vanquellen",
                "Extension Educator",
                "reported",
                "said",
                "the storm hit at the worst time",
                109,
                140,
            ),
        ],
    ),
    "a_continuum_of_care_in_a_valley_is_a_body": (
        "Intro.\n\nAbout 1,900 people were homeless in January, according to the Treasure Valley Continuum of Care, up 14 percent from a year earlier.",
        [
            (
                "Treasure Valley Continuum of Care",
                "organisation",
                "reported",
                "according to",
                "About 1,900 people were homeless in January",
                8,
                51,
            ),
        ],
    ),
    "one_ads_narrator_speaks_for_the_pac_that_ran_it": (
        "Intro.\n\nA super PAC, Lone Star Ledger Fund, has spent $2.4 million on ads backing Eckersham. One ad's narrator says, \"Valentina Coddrington wants Hollywood's help.\"",
        [
            (
                "Lone Star Ledger Fund",
                "organisation",
                "direct",
                "says",
                "Valentina Coddrington wants Hollywood's help.",
                118,
                163,
            ),
        ],
    ),
    "a_clubs_state_chapter_speaks_for_the_club": (
        "Intro.\n\nEnvironmental groups had pushed for a 2028 date. The Sierra Club's Colorado chapter said it was disappointed. The NAACP's Ohio chapter said it would sue.",
        [
            (
                "Environmental groups",
                "group",
                "reported",
                "pushed",
                "a 2028 date",
                44,
                55,
            ),
            (
                "Sierra Club",
                "organisation",
                "reported",
                "said",
                "it was disappointed",
                97,
                116,
            ),
            (
                "NAACP",
                "organisation",
                "reported",
                "said",
                "it would sue",
                148,
                160,
            ),
        ],
    ),
    "according_to_a_poll_while_the_rest_is_the_polls_too": (
        "Intro.\n\nSixty-two percent of likely Michigan voters support banning most noncompetes, according to a March poll by Peninsular Opinion Research, while only 21 percent oppose it.",
        [
            (
                "Peninsular Opinion Research",
                "organisation",
                "reported",
                "according to",
                "Sixty-two percent of likely Michigan voters support banning most noncompetes",
                8,
                84,
            ),
            (
                "Peninsular Opinion Research",
                "organisation",
                "reported",
                "according to",
                "only 21 percent oppose it",
                150,
                175,
            ),
        ],
    ),
    "a_study_a_body_paid_a_firm_to_prepare_is_the_firms": (
        "Intro.\n\nClosing the plant in 2029 would save members about $180 million, according to a study the cooperative paid Sarrowgate Energy Advisors to prepare. The study also found that replacing the plant would raise rates slightly.",
        [
            (
                "Sarrowgate Energy Advisors",
                "organisation",
                "reported",
                "according to",
                "Closing the plant in 2029 would save members about $180 million",
                8,
                71,
            ),
            (
                "Sarrowgate Energy Advisors",
                "organisation",
                "reported",
                "found",
                "replacing the plant would raise rates slightly",
                180,
                226,
            ),
        ],
    ),
    "a_study_paid_for_then_a_second_clause": (
        "Intro.\n\nThe terminal would bring as many as 160 ship visits a year, according to a study the port paid Tarrowmeade Economics to prepare, and passengers would spend about $48 million a year in town.",
        [
            (
                "Tarrowmeade Economics",
                "organisation",
                "reported",
                "according to",
                "The terminal would bring as many as 160 ship visits a year",
                8,
                66,
            ),
            (
                "Tarrowmeade Economics",
                "organisation",
                "reported",
                "according to",
                "passengers would spend about $48 million a year in town",
                141,
                196,
            ),
        ],
    ),
    "her_group_found_is_the_body_she_leads": (
        'Intro.\n\n"They can post them," said Constance Umphreville, director of the Patient Price Project. Her group found that prices varied tenfold within a single city.',
        [
            (
                "Constance Umphreville",
                "director of the Patient Price Project",
                "direct",
                "said",
                "They can post them",
                9,
                27,
            ),
            (
                "Patient Price Project",
                "organisation",
                "reported",
                "found",
                "prices varied tenfold within a single city",
                118,
                160,
            ),
        ],
    ),
}


@pytest.mark.parametrize("case", sorted(ROUND19_PATTERNS))
def test_round19_patterns(case: str) -> None:
    """Who speaks, by what cue, over which exact span, for each round-19 pattern."""
    text, expected = ROUND19_PATTERNS[case]
    got = [
        (a.speaker, a.role, a.kind, a.cue, a.quote, a.start, a.end)
        for a in extract_attributions(text)
    ]
    assert got == expected


def test_a_federal_agency_keeps_its_initials_as_an_alias() -> None:
    """ "the Federal Trade Commission" is also "FTC", as writers label it."""
    text = "Markets are concentrated, according to the Federal Trade Commission's guidelines."
    got = extract_attributions(text)
    assert [(a.speaker, a.aliases) for a in got] == [
        ("Federal Trade Commission", ("FTC", "U.S. Federal Trade Commission"))
    ]


def test_a_poll_by_a_named_maker_is_also_the_poll() -> None:
    """ "a statewide poll by Ravidge University found" is the university's, and "poll" to
    writers who label the document (for those statements only)."""
    text = (
        "Tessary Hall opened in May. Most voters backed the plan, a statewide poll by Quellmere"
        " University found. Support was even, the poll found."
    )
    got = extract_attributions(text)
    assert [(a.speaker, a.aliases) for a in got] == [
        ("Quellmere University", ("poll", "Quellmere University poll")),
        ("Quellmere University", ("poll", "Quellmere University poll")),
    ]


def test_written_forms_of_offices_audits_committees_and_records() -> None:
    """The forms writers label by: the holder's full name for "her office", the audit for its
    findings, the committee without its owner, the hospital for its figures, a station's
    initials for the station."""
    cases = [
        (
            "Secretary of State Ana Quillford warned the county on Tuesday. Her office said"
            " Wednesday that it would ask a court to block the plan.",
            "",
            [
                ("Ana Quillford", ()),
                (
                    "secretary of state's office",
                    (
                        "Quillford office",
                        "Quillford's office",
                        "Ana Quillford's office",
                        "Ana Quillford",
                    ),
                ),
            ],
        ),
        (
            "State Auditor Nell Ransome released an audit on Friday. The audit found that the"
            " office did not seek bids.",
            "",
            [("Nell Ransome", ("audit",))],
        ),
        (
            "The district's own review committee had recommended that eight of the 11 books"
            " stay on the shelves.",
            "",
            [("district's review committee", ("review committee",))],
        ),
        (
            "He has granted 311 pardons since 2019, according to a KPR review of board records.",
            "Kettlewind Public Radio (sample)",
            [("Kettlewind Public Radio", ("KPR",))],
        ),
    ]
    for text, outlet, want in cases:
        got = extract_attributions(text, outlet=outlet)
        assert [(a.speaker, a.aliases) for a in got] == want


def test_a_pollster_for_a_client_and_a_state_department_keep_short_forms() -> None:
    """ "by X Research for the Herald" keeps "X Research"; "the Virginia Department of
    Taxation" is also "Department of Taxation", as writers label them."""
    text = (
        "Fifty-eight percent support the increase, according to a poll released last week by"
        " Drazaeskilt Research for the Omaha Herald."
    )
    assert [(a.speaker, a.aliases) for a in extract_attributions(text)] == [
        (
            "Drazaeskilt Research for the Omaha Herald",
            ("Drazaeskilt Research", "poll", "Drazaeskilt Research for the Omaha Herald poll"),
        )
    ]
    text = (
        "About 6,800 students received scholarships last year, according to the Virginia"
        " Department of Taxation."
    )
    assert [(a.speaker, a.aliases) for a in extract_attributions(text)] == [
        ("Virginia Department of Taxation", ("Department of Taxation",))
    ]


def test_a_spokesperson_for_a_senator_or_an_acronym_keeps_the_principal() -> None:
    """ "a spokesman for Sen. Luis Fagundes" speaks for the senator; "an FTA spokeswoman" for
    the Federal Transit Administration: each kept as an alias, as writers label either."""
    text = "A spokesman for Sen. Luis Fagundes said the senator would vote no."
    assert [(a.speaker, a.aliases) for a in extract_attributions(text)] == [
        ("a spokesman for Sen. Luis Fagundes", ("a spokesman", "Luis Fagundes"))
    ]
    text = "The grant is the largest this year, an FTA spokeswoman says."
    assert [(a.speaker, a.aliases) for a in extract_attributions(text)] == [
        ("an FTA spokeswoman", ("Federal Transit Administration",))
    ]


def test_a_joint_poll_a_city_department_and_a_us_department_keep_written_forms() -> None:
    """ "A Herald/Sorrelwood College poll" keeps "<maker> poll"; "the city parks department"
    is also "parks department"; "U.S. Education Department" also "Education Department"."""
    cases = [
        (
            "A Herald/Sorrelwood College poll released last month found that 49 percent of"
            " voters support it.",
            [
                (
                    "Herald/Sorrelwood College",
                    (
                        "Sorrelwood College poll",
                        "Sorrelwood College",
                        "Herald and Sorrelwood College",
                        "poll",
                        "Herald/Sorrelwood College poll",
                    ),
                )
            ],
        ),
        (
            "Replacing the signs would cost about $38,000, the city parks department estimated.",
            [("city parks department", ("parks department",))],
        ),
        (
            "The U.S. Education Department has said it will not bring cases against states.",
            [
                (
                    "U.S. Education Department",
                    ("Education Department", "U.S. Department of Education"),
                )
            ],
        ),
    ]
    for text, want in cases:
        assert [(a.speaker, a.aliases) for a in extract_attributions(text)] == want


def test_an_agencys_regional_office_keeps_the_agency() -> None:
    """ "the National Labor Relations Board's regional office" is the board's, as writers label it."""
    text = (
        "Votes were counted, according to the National Labor Relations Board's regional office"
        " in Philadelphia."
    )
    assert [(a.speaker, a.aliases) for a in extract_attributions(text)] == [
        (
            "National Labor Relations Board's regional office",
            (
                "National Labor Relations Board",
                "National Labor Relations Board's regional office in Philadelphia",
            ),
        )
    ]


def test_a_recorders_office_is_named_by_the_office() -> None:
    """ "Recorder Denise Floros ... Her office" is the recorder's office, the holder kept."""
    text = (
        "Carl Jeansonne wants to unseat Recorder Denise Floros, a Democrat. Her office estimated"
        " that a full hand count would require about 150 workers."
    )
    assert [(a.speaker, a.aliases) for a in extract_attributions(text)] == [
        (
            "recorder's office",
            ("Floros office", "Floros's office", "Denise Floros's office", "Denise Floros"),
        )
    ]


def test_a_wire_services_first_word_and_a_secretary_of_states_office() -> None:
    """ "an Ospreyline tally" in the Ospreyline News Service's copy is the service; "Her
    office" of "Secretary of State Christine Rahimi" is the secretary of state's office."""
    text = "It is the fourth open seat this cycle, according to an Ospreyline tally."
    got = extract_attributions(text, outlet="Ospreyline News Service (sample)")
    assert [(a.speaker, a.aliases) for a in got] == [("Ospreyline News Service", ("Ospreyline",))]
    text = (
        "Secretary of State Christine Rahimi is named as the defendant. Her office said in a"
        " statement that it would defend the law."
    )
    assert [(a.speaker, a.aliases) for a in extract_attributions(text)] == [
        (
            "secretary of state's office",
            ("Rahimi office", "Rahimi's office", "Christine Rahimi's office", "Christine Rahimi"),
        )
    ]


def test_a_study_that_found_keeps_its_written_name() -> None:
    """ "a 2024 University of Arizona study found" keeps "University of Arizona study"."""
    text = "Visitors spend $1.3 billion a year, a 2024 University of Arizona study found."
    got = extract_attributions(text)
    assert [(a.speaker, a.aliases) for a in got] == [
        ("University of Arizona", ("University of Arizona study", "study"))
    ]


def test_a_spokesperson_keeps_the_body_as_an_alias() -> None:
    """An unnamed spokesperson speaks for the body named in the description, which writers
    label as the speaker too."""
    text = (
        "The U.S. Environmental Protection Agency sent two coordinators. An EPA spokesperson"
        " said the agency would decide soon. A State Department spokesperson said it had no"
        " comment."
    )
    got = extract_attributions(text)
    assert [(a.speaker, a.aliases) for a in got if a.role == "unnamed source"] == [
        ("an EPA spokesperson", ("Environmental Protection Agency",)),
        ("a State Department spokesperson", ("State Department",)),
    ]


def test_a_pollsters_poll_is_an_alias_as_written() -> None:
    """ "according to a Thackerton University poll released Monday" keeps "Thackerton
    University poll" as a name for the pollster, as the phrase was written."""
    text = "Kitching has 46 percent, according to a Thackerton University poll released Monday."
    got = extract_attributions(text)
    assert [(a.speaker, a.aliases) for a in got] == [
        ("Thackerton University", ("Thackerton University poll", "poll"))
    ]


def test_the_papers_own_name_comes_from_its_metadata() -> None:
    """ "a 2025 Ledger poll found" in the Ledger's own copy names the paper in full."""
    text = "A 2025 Ledger poll found that 61 percent of voters want more school money."
    got = extract_attributions(text, outlet="The Greystoke Morning Ledger (sample)")
    assert [(a.speaker, a.aliases, a.cue, a.quote) for a in got] == [
        (
            "Greystoke Morning Ledger",
            ("Ledger poll", "Ledger", "poll", "Greystoke Morning Ledger poll"),
            "found",
            "61 percent of voters want more school money",
        )
    ]
    assert [a.speaker for a in extract_attributions(text)] == ["Ledger"]
    # A paper whose name ends in no usual paper word ("Crierpost") is named so too.
    own = "Turnout ran above 30 percent, a Crierpost analysis of the returns found."
    got = extract_attributions(own, outlet="Fenwraxley Weekly Crierpost")
    assert [(a.speaker, a.aliases) for a in got] == [
        ("Fenwraxley Weekly Crierpost", ("Crierpost",))
    ]


def test_ingest_gives_the_extractor_the_papers_name(tmp_path, fake_embedder) -> None:
    """An article's ``outlet`` reaches the extractor at ingest: its own short name is in full."""
    import json

    from rag.index import Index
    from rag.settings import Settings

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "poll.json").write_text(
        json.dumps(
            {
                "title": "School money poll",
                "outlet": "The Greystoke Morning Ledger",
                "text": "A 2025 Ledger poll found that 61 percent of voters want more school money.",
            }
        )
    )
    idx = Index(Settings(data_dir=tmp_path / "data"), embedder=fake_embedder)
    idx.ingest([folder], progress=False)
    assert [(a.speaker, a.quote) for a in idx.catalog.attributions()] == [
        ("Greystoke Morning Ledger", "61 percent of voters want more school money")
    ]


def test_a_state_party_keeps_both_written_forms() -> None:
    """ "Wisconsin Democratic Party" is also "Democratic Party of Wisconsin", as writers label it."""
    text = (
        "MADISON, Wis. (AP) — Wisconsin's new map passed in Wisconsin. The state Democratic "
        "Party said it was pleased."
    )
    got = extract_attributions(text)
    assert [(a.speaker, a.aliases) for a in got] == [
        (
            "Wisconsin Democratic Party",
            ("state Democratic Party", "Democratic Party", "Democratic Party of Wisconsin"),
        )
    ]


def test_her_office_keeps_its_holder_as_an_alias() -> None:
    """ "a letter her office sent" is the auditor's office, and the auditor herself by alias."""
    text = (
        "State Auditor Rhonda Isling spoke. According to a letter her office sent to the "
        "lottery's board, billings rose."
    )
    got = extract_attributions(text)
    assert [(a.speaker, a.aliases) for a in got] == [
        (
            "auditor's office",
            ("Isling office", "Isling's office", "Rhonda Isling's office", "Rhonda Isling"),
        )
    ]


def test_a_federal_department_keeps_its_written_forms() -> None:
    """ "The Agriculture Department" is also "U.S. Department of Agriculture", as writers label it."""
    text = "The Agriculture Department said it was reviewing the request."
    got = extract_attributions(text)
    assert [(a.speaker, a.aliases) for a in got] == [
        (
            "Agriculture Department",
            ("U.S. Agriculture Department", "U.S. Department of Agriculture"),
        )
    ]


def test_a_lawsuit_speaks_for_its_filer_and_keeps_its_name() -> None:
    """ "The lawsuit, filed by X, claims": X's statement, labelled "lawsuit" too (that one only)."""
    text = (
        "Harriet Culver filed a complaint. The complaint, filed Sept. 30 by Harriet Culver, "
        "claims that Garfield moved in 2025."
    )
    got = extract_attributions(text)
    assert [(a.speaker, a.aliases) for a in got] == [("Harriet Culver", ("complaint",))]


def test_a_state_body_keeps_its_name_without_the_state() -> None:
    """ "New Mexico's State Ethics Commission" is also "State Ethics Commission"."""
    text = "New Mexico's State Ethics Commission met. The commission found that he used the plane."
    got = extract_attributions(text)
    assert [(a.speaker, a.aliases) for a in got] == [
        ("New Mexico's State Ethics Commission", ("commission", "State Ethics Commission"))
    ]


def test_written_forms_of_a_pollster_an_audit_and_a_spokesmans_board() -> None:
    """ "the Mobile-based X Group", "a 2025 state audit", "a spokesman for the investment board"
    keep the forms writers label them by."""
    text = (
        "Most voters back a ban, a March poll by the Mobile-based Dunsley Group found. "
        "A 2025 state audit found that a third of the dams had not been inspected. "
        "A spokesman for the investment board said staff would present an analysis in July."
    )
    got = extract_attributions(text)
    assert [(a.speaker, a.aliases) for a in got] == [
        (
            "Mobile-based Dunsley Group",
            ("Dunsley Group", "poll", "Mobile-based Dunsley Group poll"),
        ),
        ("2025 state audit", ("state audit",)),
        ("a spokesman for the investment board", ("a spokesman", "investment board")),
    ]


def test_a_pollster_for_a_paper_keeps_its_own_name() -> None:
    """ "conducted last week by Coteau Research for the Courier": "Coteau Research" too."""
    text = (
        "Most voters think he should resign, according to a survey of 400 voters conducted "
        "last week by Cotewell Research for the Courier."
    )
    got = extract_attributions(text)
    assert [(a.speaker, a.aliases) for a in got] == [
        (
            "Cotewell Research for the Courier",
            ("Cotewell Research", "survey", "Cotewell Research for the Courier survey"),
        )
    ]


def test_records_kept_with_a_body_and_a_chapter_keep_the_bodys_name() -> None:
    """ "filings with the FEC", "the X chapter of the AAUP": the body's name as an alias."""
    text = (
        "The party had $148,000 in cash, according to filings with the Federal Election "
        "Commission on Monday. The faculty union, the Vantley chapter of the American "
        "Association of University Professors, believes the university could cut salaries."
    )
    got = extract_attributions(text)
    assert [(a.speaker, a.aliases) for a in got] == [
        (
            # ("on Monday" is when, not who: trimmed since round 100.)
            "filings with the Federal Election Commission",
            ("Federal Election Commission",),
        ),
        (
            "Vantley chapter of the American Association of University Professors",
            ("American Association of University Professors",),
        ),
    ]


def test_a_role_named_400_characters_later_keeps_the_whole_name() -> None:
    """ "the state's auditor general, who said ..." named just past the look-ahead window:
    "Rosalind Yearwell", never "Rosalind Yearw"."""
    lede = (
        "Prisons paid $211 million in overtime, according to an audit released by the state's "
        "auditor general, who said the spending was a symptom of a staffing crisis."
    )
    # The window the lede's role looks ahead in ends inside the surname.
    name_at = len(lede) + 400 - len("Auditor General Rosalind Yearw")
    filler = " Officers worked long shifts, and the numbers kept rising."
    body = lede
    while len(body) + len(filler) < name_at - 1:
        body += filler
    body += " " * (name_at - len(body))
    text = body + "Auditor General Rosalind Yearwell said the state must hire more officers."
    assert {a.speaker for a in extract_attributions(text)} == {"Rosalind Yearwell"}


def test_the_suit_and_it_keep_lawsuit_as_a_name_for_their_statements() -> None:
    """ "The suit, filed ..., claims" and "It asks" next are the filer's, and "suit" and
    "lawsuit" label them too (writers use either)."""
    text = (
        "A group of farmers sued the state on Monday. The suit, filed in federal court in Omaha,"
        " claims that the rule violates the Clean Water Act. It asks a judge to block the rule."
    )
    got = extract_attributions(text)
    assert [(a.speaker, a.cue, a.aliases) for a in got] == [
        ("a group of farmers", "claims", ("a group", "suit", "lawsuit")),
        ("a group of farmers", "asks", ("a group", "suit", "lawsuit")),
    ]


def test_a_poll_by_a_short_name_keeps_the_written_form() -> None:
    """ "A Corrow poll" after "Corrow University": the university, with "Corrow poll" kept."""
    text = (
        "Dana Kirk teaches at Corrow University. A Corrow poll conducted in May found that 61"
        " percent of voters want change."
    )
    got = extract_attributions(text)
    assert [(a.speaker, a.aliases) for a in got] == [
        ("Corrow University", ("Corrow", "Corrow poll", "poll", "Corrow University poll"))
    ]


def test_a_study_by_researchers_keeps_them_as_an_alias() -> None:
    """ "a study by researchers at X found": X, with "researchers at X" kept as written."""
    text = "A 2023 study by researchers at Carrow State University found that sweeps moved people."
    got = extract_attributions(text)
    assert [(a.speaker, a.aliases) for a in got] == [
        (
            "Carrow State University",
            ("researchers at Carrow State University", "study", "Carrow State University study"),
        )
    ]


def test_a_narrator_keeps_its_description_as_an_alias() -> None:
    """An ad's narrator speaks for the sponsor; "a narrator" stays a name for those lines."""
    text = (
        "A school-choice group, Parents First Ohio, released a digital ad Monday. A narrator"
        ' says, "Every child deserves a way out."'
    )
    got = extract_attributions(text)
    assert [(a.speaker, a.aliases) for a in got] == [("Parents First Ohio", ("a narrator",))]


def test_a_titled_office_and_a_state_chapter_keep_their_other_written_forms() -> None:
    """ "Attorney General X Y's office" is also "X Y's office" and "Y's office"; "the Kansas
    chapter of the ACLU" is also "the ACLU of Kansas", as other writers put them."""
    text = (
        "Attorney General Marcus Pellow's office said it was reviewing the decision. The Kansas"
        " chapter of the American Civil Liberties Union said it would campaign against the bond."
    )
    got = extract_attributions(text)
    assert [(a.speaker, a.aliases) for a in got] == [
        (
            "Attorney General Marcus Pellow's office",
            ("Marcus Pellow's office", "Pellow's office"),
        ),
        (
            "American Civil Liberties Union",
            (
                "The Kansas chapter of the American Civil Liberties Union",
                "Kansas chapter of the American Civil Liberties Union",
                "American Civil Liberties Union of Kansas",
            ),
        ),
    ]


def test_a_named_office_is_also_the_surnames_office() -> None:
    """ "Arlene Ballantyne's office" is "Ballantyne's office" to other writers."""
    text = "Arlene Ballantyne's office said the state had set aside $12 million."
    got = extract_attributions(text)
    assert [(a.speaker, a.aliases) for a in got] == [
        ("Arlene Ballantyne's office", ("Ballantyne's office",))
    ]


def test_a_body_keeps_the_place_writers_put_before_it() -> None:
    """ "the State Election Board" in a Georgia story is also the "Georgia State Election
    Board"; "the Census Bureau" is also the "U.S. Census Bureau"."""
    text = (
        "ATLANTA (AP) — Three Georgia counties will offer 12 days of early voting, the State"
        " Election Board said Tuesday. Georgia voters were upset. Growth was fast, according to"
        " Census Bureau estimates."
    )
    got = extract_attributions(text)
    assert [(a.speaker, a.aliases) for a in got] == [
        ("State Election Board", ("Georgia State Election Board",)),
        ("Census Bureau", ("Census Bureau estimates", "U.S. Census Bureau")),
    ]


def test_a_group_counted_with_most_is_also_the_bare_group() -> None:
    """ "Most Wall Street analysts believe" is also "Wall Street analysts" to other writers."""
    text = "Most Wall Street analysts believe the deal was fairly priced, though many worry."
    got = extract_attributions(text)
    assert [(a.speaker, a.aliases, a.quote) for a in got] == [
        ("Most Wall Street analysts", ("Wall Street analysts",), "the deal was fairly priced")
    ]


def test_the_lodge_keeps_its_number() -> None:
    """ "The lodge" after "Fraternal Order of Police Lodge 27 President X" is lodge 27."""
    text = (
        "The police union is backing the chief. Fraternal Order of Police Lodge 27 President"
        ' Curtis McAlister said officers were "exhausted." The lodge has called for a signing'
        " bonus of $15,000 for new recruits."
    )
    got = extract_attributions(text)
    assert [(a.speaker, a.cue, a.quote) for a in got] == [
        (
            "Fraternal Order of Police Lodge 27",
            "called",
            "a signing bonus of $15,000 for new recruits",
        )
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "aliases"),
    [
        (
            "The contractor, Juckett Rodeo Company of Salina, said in a letter that it was"
            " cutting back.",
            "Juckett Rodeo Company of Salina",
            ("Juckett Rodeo Company",),
        ),
        (
            'A mailer from the county Democratic Party says Kellett "let two people die."',
            "a mailer from the county Democratic Party",
            ("a mailer", "county Democratic Party"),
        ),
    ],
)
def test_a_speaker_written_with_its_town_or_as_a_piece_has_the_short_name(
    text: str, speaker: str, aliases: tuple[str, ...]
) -> None:
    """Writers label "Juckett Rodeo Company" and "county Democratic Party" as well."""
    got = extract_attributions(text)
    assert [(a.speaker, a.aliases) for a in got] == [(speaker, aliases)]


def test_west_virginia_is_not_also_virginia_when_placing_a_body() -> None:
    """ "West Virginia" twice makes the story West Virginia's, though "Virginia" matches too."""
    text = (
        "CHARLESTON, W.Va. (CGPS) — West Virginia sued the EPA on Monday. The rule would close"
        " six West Virginia plants, the attorney general said.\n\n"
        "The state's Public Service Commission has disputed that estimate."
    )
    got = [a for a in extract_attributions(text) if a.cue == "disputed"]
    assert [(a.speaker, a.aliases) for a in got] == [
        (
            "Public Service Commission",
            ("state's Public Service Commission", "West Virginia Public Service Commission"),
        )
    ]


def test_a_departments_named_office_keeps_its_own_name() -> None:
    """ "the U.S. Labor Department's Office of Inspector General" is also "Office of Inspector
    General", as writers label it."""
    text = (
        "Colorado paid $412 million to fraudsters, the U.S. Labor Department's Office of"
        " Inspector General found."
    )
    assert [(a.speaker, a.aliases) for a in extract_attributions(text)] == [
        (
            "U.S. Labor Department's Office of Inspector General",
            ("Office of Inspector General", "Labor Department's Office of Inspector General"),
        )
    ]


def test_a_joint_poll_keeps_its_makers_joined_by_and() -> None:
    """ "A Candlewick Brief/Fernvale Research poll" is also "Candlewick Brief and Fernvale
    Research", as writers label a joint poll."""
    text = (
        "A Candlewick Brief/Fernvale Research poll of registered voters last month found that"
        " 68 percent believed the Pentagon wastes money."
    )
    got = extract_attributions(text)
    assert [(a.speaker, a.quote) for a in got] == [
        ("Candlewick Brief/Fernvale Research", "68 percent believed the Pentagon wastes money")
    ]
    assert "Candlewick Brief and Fernvale Research" in got[0].aliases


def test_a_titled_owners_office_answers_to_the_owners_name():
    """Round 122: "Secretary of State Carl Heckford's office" is also "Carl Heckford's office"."""
    (a,) = extract_attributions(
        ROUND19_PATTERNS["a_titled_owners_office_has_the_owners_name_too"][0]
    )
    assert a.aliases == ("Carl Heckford's office", "Heckford's office")


def test_a_narrator_is_an_alias_of_the_ads_sponsor():
    text = ROUND19_PATTERNS["the_groups_first_ad_is_the_groups"][0]
    assert [a.aliases for a in extract_attributions(text)] == [("the narrator",)] * 2


def test_members_of_a_club_answer_to_the_clubs_name():
    """Round 139: "according to the club" after "Members of the X Club have pledged": the
    club, whose own name is an alias of the speaker the sentence opens with."""
    text = ROUND19_PATTERNS["members_of_a_club_are_not_its_name"][0]
    assert [a.aliases for a in extract_attributions(text)][-1] == (
        "club",
        "Tillingbourne Athletics Booster Club",
    )


def test_a_county_jury_answers_to_jury():
    """Round 142: "A Hennepin County jury" is also "jury", as writers label a verdict."""
    text = ROUND19_PATTERNS["a_finding_ends_before_the_bodys_own_act"][0]
    assert [a.aliases for a in extract_attributions(text)] == [("jury",)]


def test_a_relative_who_has_called_for_or_has_said():
    """Round 142: "X, who has called for Y, said ..." and "who has said she will not run"."""
    text = (
        "State Sen. Ingrid Paulsen, a Democrat who has called for Cuthbert to release his"
        " communications, said the subpoena was serious. Gov. Natalie Janssen, who has said she"
        " will not seek a third term, signed the bill."
    )
    assert [(a.speaker, a.cue, a.quote) for a in extract_attributions(text)] == [
        ("Ingrid Paulsen", "called", "Cuthbert to release his communications"),
        ("Ingrid Paulsen", "said", "the subpoena was serious"),
        ("Natalie Janssen", "said", "she will not seek a third term"),
    ]


def test_groups_and_documents_keep_what_sets_them_apart_as_names():
    """Round 145: "Several residents who spoke Tuesday", "Records obtained by WQMV" and "study
    commissioned by the county" are names of the speaker too, as writers label them."""
    got = [
        a.aliases
        for case in (
            "a_group_keeps_its_relative_as_a_name",
            "records_keep_who_obtained_them",
            "a_study_keeps_who_commissioned_it",
        )
        for a in extract_attributions(ROUND19_PATTERNS[case][0])
    ]
    assert got == [
        ("Several residents who spoke Tuesday",),
        ("records obtained by WQMV", "Records obtained by WQMV"),
        ("study commissioned by the county",),
    ]


def test_records_obtained_by_an_outlet_keep_who_obtained_them() -> None:
    """Records "obtained by the Tallow Courier under the state's open records law" are also
    named by who obtained them, without how, as writers label them."""
    text = (
        "Records obtained by the Tallow Courier under the state's open records law show that"
        " the board met in secret four times.\n\nThe county signed the contract on March 2,"
        " according to records obtained by the Tallow Courier through a public records"
        " request."
    )
    got = extract_attributions(text)
    assert [(a.speaker, a.aliases) for a in got] == [
        (
            "records",
            (
                "records obtained by the Tallow Courier under the state's open records law",
                "Records obtained by the Tallow Courier under the state's open records law",
                "Records obtained by the Tallow Courier",
            ),
        ),
        (
            "records",
            (
                "records obtained by the Tallow Courier under the state's open records law",
                "records obtained by the Tallow Courier",
            ),
        ),
    ]


def test_records_keep_the_body_that_keeps_them_as_a_name() -> None:
    """ "according to Surface Transportation Board filings": the filings speak, and the board
    that keeps them is a name for the source too, as some writers label it."""
    text = (
        "The railroad's workforce fell 28 percent, according to Surface Transportation Board"
        " filings. Licensed mariners have declined 12 percent, according to U.S. Coast Guard"
        " credentialing data."
    )
    got = extract_attributions(text)
    assert [(a.speaker, a.aliases) for a in got] == [
        ("Surface Transportation Board filings", ("Surface Transportation Board",)),
        ("U.S. Coast Guard credentialing data", ("U.S. Coast Guard",)),
    ]


def test_a_keeper_is_a_title() -> None:
    """ "Keeper Rutherford Quelchmore": the zoo keeper by his name, the title apart."""
    text = (
        "Keeper Rutherford Quelchmore, who has cared for the pair for 15 years, will travel"
        ' with them. "They will be fine," he said.'
    )
    got = extract_attributions(text)
    assert [(a.speaker, a.quote) for a in got] == [("Rutherford Quelchmore", "They will be fine")]


def test_a_bodys_unit_keeps_the_body_as_a_name() -> None:
    """ "the Arizona Department of Corrections' jail oversight unit": the unit speaks, and the
    department is a name for it too, as writers label the source."""
    text = (
        "Officers logged cell checks that never happened, according to the review by the"
        " Arizona Department of Corrections' jail oversight unit."
    )
    got = extract_attributions(text)
    assert [(a.speaker, a.aliases) for a in got] == [
        (
            "Arizona Department of Corrections' jail oversight unit",
            ("Arizona Department of Corrections", "Department of Corrections' jail oversight unit"),
        )
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "aliases"),
    [
        (
            "TAMSBROOK — The Tamsbrook County school board race heats up. Tamsbrook County voters"
            " decide in May.\n\nTurnout was about 19 percent, according to the county Board of"
            " Elections.",
            "Tamsbrook County Board of Elections",
            ("county Board of Elections", "Board of Elections"),
        ),
        (
            "PARDOLIN, Ore. — The Pardolin City Council met Tuesday.\n\nThe city clerk's office"
            " said it expected to finish checking signatures by Aug. 31.",
            "city clerk's office",
            ("clerk's office", "Pardolin city clerk's office"),
        ),
        (
            # A dateline without its state is the town when the story names it again.
            "CALDERHAVEN — The council voted 5-2. Calderhaven has 540 rentals.\n\nThe cap"
            " will cost $40,000, according to the town's finance department.",
            "town's finance department",
            ("finance department", "Calderhaven finance department"),
        ),
        (
            "BRAMGROVE — Residents met Saturday. Bramgrove voters decide.\n\nThat would cover"
            " 4 percent of the budget, according to the town assessor's office.",
            "town assessor's office",
            ("Bramgrove assessor's office",),
        ),
        (
            "CALDERHAVEN — The council voted 5-2. Calderhaven has 540 rentals.\n\nThe city"
            " has 540 licensed rentals, according to the clerk's office.",
            "clerk's office",
            ("Calderhaven clerk's office",),
        ),
        (
            # A section's name in capitals is no dateline: the story never names it again.
            "BUDGET WATCH — The council voted 5-2.\n\nThe city has 540 licensed rentals,"
            " according to the clerk's office.",
            "clerk's office",
            (),
        ),
        (
            # Two counties as often as each other: no county is the story's.
            "Ames County and Boone County voters decide. Ames County and Boone County agree."
            "\n\nTurnout was low, according to the county Board of Elections.",
            "Board of Elections",
            ("county Board of Elections",),
        ),
    ],
)
def test_local_bodies_named_with_their_place(
    text: str, speaker: str, aliases: tuple[str, ...]
) -> None:
    """A county's or city's office is also named with the story's one county or city."""
    (got,) = extract_attributions(text)
    assert (got.speaker, got.aliases) == (speaker, aliases)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "MILLBRANDT — The Ferrowby Diner will reopen Saturday, its owner said Thursday."
            "\n\nHonoria Gaskelwyn, whose grandfather bought the diner in 1958, said she had"
            " considered closing.",
            [
                ("Honoria Gaskelwyn", "The Ferrowby Diner will reopen Saturday"),
                ("Honoria Gaskelwyn", "she had considered closing"),
            ],
        ),
        (
            "BRUSHCREEK HOLLOW — The last mine will close in March, its owner announced Monday."
            "\n\nDunraven Coal Company said falling demand had made the mine unprofitable.",
            [
                ("Dunraven Coal Company", "The last mine will close in March"),
                ("Dunraven Coal Company", "falling demand had made the mine unprofitable"),
            ],
        ),
        (
            # Owners are a body or a family: not the one owner named next.
            "KEPPELWHITE — The diner will close Sept. 28, its owners announced this week."
            "\n\nHigh costs made the decision, owner Ottoline Strathmorlan, 68, said Monday.",
            [
                ("owners", "The diner will close Sept. 28"),
                ("Ottoline Strathmorlan", "High costs made the decision"),
            ],
        ),
        (
            "The painter fell Monday.\n\nCrews reached him. Chief Leonora Cathermoor said the"
            " wind made it hard.\n\nDoctors treated him for a broken wrist, his wife said."
            "\n\nA neighbor, Tobias Quellmarsh, said the bridge was closed.\n\nBaldassworth's wife,"
            " Marisela Baldassworth, said she learned of it from a text.",
            [
                ("Leonora Cathermoor", "the wind made it hard"),
                ("Marisela Baldassworth", "Doctors treated him for a broken wrist"),
                ("Tobias Quellmarsh", "the bridge was closed"),
                ("Marisela Baldassworth", "she learned of it from a text"),
            ],
        ),
        (
            "The city's only shelter is full most nights, its pastor told the council.",
            [("pastor", "The city's only shelter is full most nights")],
        ),
    ],
)
def test_a_holder_is_whom_the_text_names_next(text: str, expected: list[tuple[str, str]]) -> None:
    """ "..., its owner said" is the person or body the next sentences name: in the story's
    first paragraphs whoever speaks next, later the next speaker the text names so."""
    got = extract_attributions(text)
    assert [(a.speaker, a.quote) for a in got] == expected


@pytest.mark.parametrize(
    ("text", "speaker", "aliases"),
    [
        (
            "Not every rider agreed. Several said they doubted the city.",
            "riders",
            ("Several", "Several riders"),
        ),
        (
            "Residents were not persuaded. Many said the smell had gotten worse.",
            "residents",
            ("Many", "Many residents"),
        ),
        (
            "The order took effect in March, and county clerks had spent the spring preparing."
            " Several said they would now have to retrain poll workers.",
            "county clerks",
            ("Several", "Several county clerks"),
        ),
        (
            # Nobody counted before: the crowd as written.
            "More than 150 people packed the hearing. Many said the county should pay.",
            "Many",
            (),
        ),
    ],
)
def test_many_said_is_the_crowd_just_described(
    text: str, speaker: str, aliases: tuple[str, ...]
) -> None:
    """ "Many said", "Several said": the people the sentence before is about."""
    (got,) = extract_attributions(text)
    assert (got.speaker, got.aliases) == (speaker, aliases)


def test_one_of_a_group_after_and_is_a_second_source() -> None:
    """ "Several veterans asked about housing, and one woman, Army veteran Janelle Kasparian,
    said ...": she is the second source, and a topic asked about is no statement."""
    text = (
        "Several veterans asked about housing, and one woman, Army veteran Janelle Kasparian,"
        " said she had been living in her car."
    )
    got = extract_attributions(text)
    assert [(a.speaker, a.quote) for a in got] == [
        ("Janelle Kasparian", "she had been living in her car"),
    ]


def test_a_company_keeps_the_period_of_its_co() -> None:
    """ "Stallbrecht Paper Co." ends a sentence: the name keeps its period, as written."""
    text = (
        "The last shift ended Friday at Stallbrecht Paper Co.\n\nStallbrecht Paper said in a"
        " statement that the decision was painful."
    )
    got = extract_attributions(text)
    assert [(a.speaker, a.aliases) for a in got] == [
        ("Stallbrecht Paper Co.", ("Stallbrecht Paper", "Stallbrecht Paper Co"))
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Indiana University studied curfews.\n\nIn a post on the Hallamoor Parents Network"
            ' Facebook page, the group wrote that the city "would rather ticket our kids."',
            "Hallamoor Parents Network",
        ),
        (
            "The Ormscaddon County Fair opened Friday.\n\nIn a post on the fair's Facebook page,"
            ' the board wrote that the pumpkin "will be remembered."',
            "Ormscaddon County Fair board",
        ),
        (
            "Quarnhollow Mountain Resort closed early.\n\nIn a post on the resort's Facebook"
            ' page, the owners wrote that the staff had "fought for every inch."',
            "Quarnhollow Mountain Resort",
        ),
        (
            "Prairie Hollingvast Grain Cooperative owns the silo.\n\nIn a statement posted on"
            " the cooperative's website, the company wrote that it would cooperate.",
            "Prairie Hollingvast Grain Cooperative",
        ),
    ],
)
def test_a_post_on_a_bodys_page_is_that_bodys(text: str, speaker: str) -> None:
    """ "In a post on the X Facebook page, the group wrote": the body whose page it is."""
    (got,) = extract_attributions(text)
    assert got.speaker == speaker


def test_the_township_is_the_township_named_before() -> None:
    """ "the township wrote" after "Heathermoss Township": that township, as a county."""
    text = (
        "Heathermoss Township owns the beach.\n\nIn a post on Facebook, the township wrote"
        " that the beach would stay open."
    )
    (got,) = extract_attributions(text)
    assert got.speaker == "Heathermoss Township"


@pytest.mark.parametrize(
    ("text", "speaker", "aliases"),
    [
        (
            "BISMARCK (QRPS) — North Dakota may require voters to show a photo ID, a federal"
            " appeals court ruled Tuesday.\n\nA three-judge panel of the 8th U.S. Circuit Court"
            " of Appeals partly reversed a ruling last year.",
            "8th U.S. Circuit Court of Appeals",
            ("federal appeals court",),
        ),
        (
            "DENVER — Utah may require users to verify their ages, a divided federal appeals"
            " court ruled Tuesday.\n\nThe ruling by the U.S. Court of Appeals for the 10th"
            " Circuit is the first.",
            "U.S. Court of Appeals for the 10th Circuit",
            ("federal appeals court", "Court of Appeals for the 10th Circuit"),
        ),
        (
            # A supreme court is no court of appeals the story names.
            "DENVER — The map is fair, the state supreme court ruled Tuesday.\n\nThe U.S. Court"
            " of Appeals for the 10th Circuit ruled otherwise in 2019.",
            "state supreme court",
            ("supreme court",),
        ),
    ],
)
def test_a_court_described_is_the_court_the_story_names(
    text: str, speaker: str, aliases: tuple[str, ...]
) -> None:
    """ "a federal appeals court ruled" is the one appeals court the story names, even where
    that court never speaks; "divided" says how it voted, not which court."""
    got = extract_attributions(text)
    assert (got[0].speaker, got[0].aliases) == (speaker, aliases)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # "Juliet" is a woman's name: "she" is not the woman named before her.
            "Hildegard Fennewith said she had hired two team members.\n\nJuliet Hackerby,"
            ' whose son joined as a freshman, said he used to skip school. "He talks about gear'
            ' ratios at dinner," she said.',
            [
                ("Hildegard Fennewith", "she had hired two team members"),
                ("Juliet Hackerby", "he used to skip school"),
                ("Juliet Hackerby", "He talks about gear ratios at dinner"),
            ],
        ),
        (
            # A known given name after a title of the moment: the title is no part of it.
            "Pronouncer Lysander Wexingham said he could not remember a longer final.",
            [("Lysander Wexingham", "he could not remember a longer final")],
        ),
        (
            "Lionel Babinquet said his premium rose. His wife, Odile, said she was voting for"
            " Augeraud.",
            [
                ("Lionel Babinquet", "his premium rose"),
                ("Odile", "she was voting for Augeraud"),
            ],
        ),
    ],
)
def test_given_names_tell_who_is_who(text: str, expected: list[tuple[str, str]]) -> None:
    """Given names tell a pronoun's gender and where a title ends; a relative may be named by
    the given name alone."""
    got = extract_attributions(text)
    assert [(a.speaker, a.quote) for a in got] == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The homes are run by Lyndquarrow Senior Living. Lyndquarrow said it had offered"
            " raises.",
            "Lyndquarrow Senior Living",
        ),
        (
            "Buses are run by Fallowgrange Coach Lines. Fallowgrange said it had hired drivers.",
            "Fallowgrange Coach Lines",
        ),
    ],
)
def test_a_company_by_the_first_word_of_its_name(text: str, speaker: str) -> None:
    """ "Lyndquarrow said" after "Lyndquarrow Senior Living": the company, by its first word."""
    (got,) = extract_attributions(text)
    assert got.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker", "aliases"),
    [
        (
            "The Ohio EPA said it would hold a hearing.",
            "Ohio EPA",
            ("Ohio Environmental Protection Agency",),
        ),
        (
            "The ACLU of Tennessee said the law was vague.",
            "ACLU of Tennessee",
            ("American Civil Liberties Union of Tennessee",),
        ),
        (
            # "San" opens a place's name: no title before the given name "Carlos".
            "The San Carlos Apache Tribe has opposed the mine, which it says would disturb land.",
            "San Carlos Apache Tribe",
            (),
        ),
        (
            "About 2,400 people were homeless, according to the Spokane Regional Continuum of"
            " Care, and 900 slept outside.",
            "Spokane Regional Continuum of Care",
            (),
        ),
        (
            "Residents reported 14 sightings, according to a Facebook group called Susquehanna"
            " Stray Spotters, which has 9,000 members.",
            "Susquehanna Stray Spotters",
            ("Facebook group called Susquehanna Stray Spotters",),
        ),
    ],
)
def test_bodies_by_the_names_writers_give_them(
    text: str, speaker: str, aliases: tuple[str, ...]
) -> None:
    """A state's EPA and the ACLU spelled out, a tribe whose place opens with "San", a
    continuum of care, and a group "called" something: each by the name a label would use."""
    got = extract_attributions(text)
    assert (got[0].speaker, got[0].aliases) == (speaker, aliases)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A pipeline operated by Veldmark Midstream leaked oil.\n\nVeldmark said it shut down"
            " the line within two hours.",
            [("Veldmark Midstream", "it shut down the line within two hours")],
        ),
        (
            # A surname after a given name is a person's, never a company's first word.
            "Gov. Anna Tenbury spoke at Tenbury Hall. Tenbury said the state would help.",
            [("Anna Tenbury", "the state would help")],
        ),
    ],
)
def test_a_word_that_opens_one_name_is_that_name(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """ "Veldmark said" after "Veldmark Midstream", when no person bears the word."""
    got = extract_attributions(text)
    assert [(a.speaker, a.quote) for a in got] == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("In a dissent, three justices wrote that the majority had erred.", "three justices"),
        ("Ethics watchdogs said the case tests a system.", "Ethics watchdogs"),
        ("The holdouts said the bill spent too much.", "holdouts"),
        ('The judges called the float "the best thing we have seen."', "judges"),
        ("Several candidates said they would welcome it.", "several candidates"),
    ],
)
def test_more_plural_sources(text: str, speaker: str) -> None:
    """Justices, watchdogs, holdouts, judges and candidates are people who speak as a group."""
    (got,) = extract_attributions(text)
    assert got.speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A super PAC, Trust Land for Kids, has spent $900,000 on ads backing him. One ad's"
            ' narrator says Sorrelbane "sold our kids\' land for pocket change."',
            "Trust Land for Kids",
        ),
        (
            "The super PAC Show-Me Ledger Watch, which backs Fothergrist, is running a TV ad in"
            ' the St. Louis market. "Thirty-eight million dollars. Gone," the ad\'s narrator'
            " says.",
            "Show-Me Ledger Watch",
        ),
    ],
)
def test_a_narrator_speaks_for_the_pac_that_runs_the_ads(text: str, speaker: str) -> None:
    """ "A super PAC, X, has spent ... on ads. One ad's narrator says": X speaks."""
    got = extract_attributions(text)
    assert got[-1].speaker == speaker


def test_the_company_is_the_one_whose_name_opens_the_sentence_before() -> None:
    """ "Verdelune is based in Vancouver. The company said": Verdelune Mining, not the polling
    firm quoted last."""
    text = (
        'Sondervick Research polled voters. "This is a race," said Cassius Ulvermead,'
        " Sondervick's polling director.\n\nVerdelune Mining wants the lease.\n\nVerdelune is"
        " based in Vancouver. The company said in a statement that it had followed every"
        " state rule."
    )
    got = extract_attributions(text)
    assert [(a.speaker, a.quote) for a in got] == [
        ("Cassius Ulvermead", "This is a race"),
        ("Verdelune Mining", "it had followed every state rule"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A jury found in June 2025 that Orsini had steered a contract.",
            [("jury", "Orsini had steered a contract")],
        ),
        # A finding needs its "that": no statement in what police found.
        ("Police found in June a body in the river.", []),
    ],
)
def test_a_finding_after_when_it_was_made(text: str, expected: list[tuple[str, str]]) -> None:
    """ "found in June 2025 that ...": the time between the cue and "that" is no object."""
    got = extract_attributions(text)
    assert [(a.speaker, a.quote) for a in got] == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The share has fallen by a third since 2016, according to the federal Bureau of"
            " Justice Statistics.",
            "Bureau of Justice Statistics",
        ),
        (
            "Her speech was the longest in the chamber since 1991, according to the Senate clerk.",
            "Senate clerk",
        ),
        ("The Gorsewillow County 4-H said its shows would go on.", "Gorsewillow County 4-H"),
        (
            # "state" stays a name for it: writers label "the state Department of ..." so.
            "The road will close in May, according to the state Department of Transportation.",
            "Department of Transportation",
        ),
    ],
)
def test_federal_bodies_and_chamber_clerks(text: str, speaker: str) -> None:
    """ "the federal Bureau of ...": the bureau by its name; "the Senate clerk": the office;
    "the Gorsewillow County 4-H": the club."""
    (got,) = extract_attributions(text)
    assert got.speaker == speaker
    if speaker == "Department of Transportation":
        assert got.aliases == ("state Department of Transportation",)


def test_the_owners_of_a_body_named_with_their_word_speak_for_it() -> None:
    """ "Quarnhollow Mountain Resort will close ..., the resort's owners said": the resort."""
    text = (
        "(OWR) — Quarnhollow Mountain Resort will close for the season on Sunday, the resort's"
        " owners said Thursday, after a winter of rain."
    )
    (got,) = extract_attributions(text)
    assert (got.speaker, got.quote) == (
        "Quarnhollow Mountain Resort",
        "Quarnhollow Mountain Resort will close for the season on Sunday",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            # The fair is named, so the board is that fair's.
            "The Ustwick County Fair opens Friday.\n\nThe first fair drew about 4,000 people,"
            " according to the fair board's records.",
            [("Ustwick County Fair Board", "The first fair drew about 4,000 people")],
        ),
        (
            # No fair named: the board as the text calls it.
            "The first pie contest had four entries, according to the fair board's records.",
            [("fair board", "The first pie contest had four entries")],
        ),
        (
            "The charity, Stars and Valor Relief Fund, is accused of waste.\n\nJust 9 percent"
            " went to aid, according to the charity's federal tax filings.",
            [("Stars and Valor Relief Fund", "Just 9 percent went to aid")],
        ),
    ],
)
def test_records_of_a_body_named_by_its_kind(text: str, expected: list[tuple[str, str]]) -> None:
    """ "according to the fair board's records", "the charity's federal tax filings": the
    body the records are of, by the name the story gives it."""
    got = extract_attributions(text)
    assert [(a.speaker, a.quote) for a in got] == expected


@pytest.mark.parametrize(
    ("text", "speaker", "alias"),
    [
        (
            "More than 2,000 barges were waiting by Monday afternoon, the towboat operator"
            " Dunnesey Towing estimated.",
            "Dunnesey Towing",
            "towboat operator Dunnesey Towing",
        ),
        (
            "The restaurant chain Cantina Morelada said Wednesday that it was pulling its salsas.",
            "Cantina Morelada",
            "restaurant chain Cantina Morelada",
        ),
        (
            "The grid operator Pellwick Interconnection said demand would peak Tuesday.",
            "Pellwick Interconnection",
            "grid operator Pellwick Interconnection",
        ),
    ],
)
def test_a_company_described_by_its_trade_before_its_name(
    text: str, speaker: str, alias: str
) -> None:
    """ "the towboat operator Dunnesey Towing": the company by its name."""
    (got,) = extract_attributions(text)
    assert (got.speaker, got.role, got.aliases) == (speaker, "organisation", (alias,))


def test_a_person_described_by_a_trade_is_no_company() -> None:
    """ "the rail operator Dana Pike said": two words that do not end like a company's name."""
    got = extract_attributions("Fares will rise, the rail operator Dana Pike said.")
    assert [a.role for a in got if a.role == "organisation"] == []


def test_the_town_whose_mayor_the_story_named() -> None:
    """ "Mayor Cressida Fenwoolde of Heskethby Springs said ... the town wrote": that town, and
    the mayor stays a person rather than part of a body's name."""
    text = (
        "Mayor Cressida Fenwoolde of Heskethby Springs said her town had lost 200 rentals. In a"
        ' post on Facebook, the town wrote that the veto left local workers "on their own'
        ' again."'
    )
    got = extract_attributions(text)
    assert [(a.speaker, a.cue, a.quote) for a in got] == [
        ("Cressida Fenwoolde", "said", "her town had lost 200 rentals"),
        ("Heskethby Springs", "wrote", 'the veto left local workers "on their own again."'),
    ]


def test_an_operative_quoted_again_and_a_unanimous_ruling() -> None:
    """ "..., the operative said" after "A Democratic operative ... said"; "The three-judge
    panel ruled unanimously that ..." for the court named before."""
    text = (
        "A Democratic operative working on legislative races said the party was nervous about"
        ' the seat. "Nobody thought about this race in July," the operative said.\n\nA police'
        " department cannot keep video secret, the Tennessee Court of Appeals ruled Wednesday."
        "\n\nThe three-judge panel ruled unanimously that the law has no exception for internal"
        " files."
    )
    got = extract_attributions(text)
    assert [(a.speaker, a.kind, a.quote) for a in got] == [
        (
            "a Democratic operative working on legislative races",
            "reported",
            "the party was nervous about the seat",
        ),
        (
            "a Democratic operative working on legislative races",
            "direct",
            "Nobody thought about this race in July",
        ),
        (
            "Tennessee Court of Appeals",
            "reported",
            "A police department cannot keep video secret",
        ),
        (
            "Tennessee Court of Appeals",
            "reported",
            "the law has no exception for internal files",
        ),
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "aliases"),
    [
        (
            "The Midcontinent Independent System Operator, which runs the grid for 15 states,"
            " declared an emergency.\n\nThe grid operator said it expected demand to peak again"
            " Thursday.",
            "Midcontinent Independent System Operator",
            (),
        ),
        (
            "The Hallamoor Police Department has 80 officers.\n\nOfficers answered 47 calls in"
            " May, according to department figures.",
            "Hallamoor Police Department",
            ("department", "department figures"),
        ),
        (
            "Cal Fire said the blaze grew overnight.\n\nThe camp is run by the Ponderosa Ridge"
            " YMCA. The organization said in a statement that it would refund fees.",
            "Ponderosa Ridge YMCA",
            ("organization",),
        ),
        (
            "A 2019 survey by the American Society for the Prevention of Cruelty to Animals"
            " found that most lost dogs are recovered.",
            "American Society for the Prevention of Cruelty to Animals",
            (
                "American Society",
                "survey",
                "American Society for the Prevention of Cruelty to Animals survey",
            ),
        ),
        (
            "A report by Portland State University researchers in 2025 found that fines rarely"
            " moved people into housing.",
            "Portland State University",
            ("Portland State University researchers",),
        ),
    ],
)
def test_bodies_named_before_by_the_last_word_their_owner_or_their_staff(
    text: str, speaker: str, aliases: tuple[str, ...]
) -> None:
    """ "The grid operator said" for the "... System Operator"; "department figures" for the
    department named before; "The organization said" after "The camp is run by the X YMCA";
    "Cruelty to Animals" one name; "Portland State University researchers" for the university."""
    got = extract_attributions(text)
    assert (got[-1].speaker, got[-1].role, got[-1].aliases) == (speaker, "organisation", aliases)


def test_an_en_dash_joins_a_campus_to_its_university() -> None:
    """ "the University of Nebraska–Lincoln", not "Lincoln"."""
    (got,) = extract_attributions(
        "A 2025 study by researchers at the University of Nebraska–Lincoln found that districts"
        " filled openings faster."
    )
    assert (got.speaker, got.quote) == (
        "University of Nebraska–Lincoln",
        "districts filled openings faster",
    )


def test_a_letter_mailed_by_a_company_named_for_its_trade() -> None:
    """ "Kipstone Aggregates ... In a letter to residents mailed last month, the company wrote
    that ...": the company, whose name ends in what it sells."""
    text = (
        "Kipstone Aggregates wants to expand its quarry.\n\nIn a letter to residents mailed last"
        " month, the company wrote that the expansion would be invisible from every road."
    )
    (got,) = extract_attributions(text)
    assert (got.speaker, got.cue, got.quote) == (
        "Kipstone Aggregates",
        "wrote",
        "the expansion would be invisible from every road",
    )


def test_a_statement_told_to_a_named_committee_on_a_day() -> None:
    """ "..., Everard Lockmayne, told the Senate Banking Committee on Wednesday, as senators
    pressed him": the committee and the day are whom and when, not a new clause."""
    text = (
        "WASHINGTON — Overdraft coverage is a service customers choose, the chief executive of"
        " Tamberlode Bank, Everard Lockmayne, told the Senate Banking Committee on Wednesday, as"
        " senators pressed him on fees."
    )
    (got,) = extract_attributions(text)
    assert (got.speaker, got.role, got.cue, got.quote) == (
        "Everard Lockmayne",
        "chief executive of Tamberlode Bank",
        "told",
        "Overdraft coverage is a service customers choose",
    )


def test_figures_a_tribal_band_filed() -> None:
    """ "according to figures the band filed with the state": the band named before."""
    text = (
        "The Nistowan Lake Band of Ojibwe opened the sportsbook in 2025.\n\nThe sportsbook took"
        " in $61 million in its first six months, according to figures the band filed with the"
        " state."
    )
    (got,) = extract_attributions(text)
    assert (got.speaker, got.cue, got.quote) == (
        "Nistowan Lake Band of Ojibwe",
        "according to",
        "The sportsbook took in $61 million in its first six months",
    )


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (
            "FROBISHERTON — Gas-powered leaf blowers will be banned within city limits starting"
            " in 2028, the City Council decided Tuesday night in a 9-4 vote, after a hearing that"
            " stretched past midnight. Frobisherton has 41,000 residents.",
            "Frobisherton City Council",
            "Gas-powered leaf blowers will be banned within city limits starting in 2028",
        ),
        (
            "Wind turbines in Ivelmoor County must stand at least half a mile from any home, the"
            " county Board of Commissioners decided early Monday in a 4-1 vote, more than doubling"
            " the old limit.",
            "Ivelmoor County Board of Commissioners",
            "Wind turbines in Ivelmoor County must stand at least half a mile from any home",
        ),
    ],
)
def test_a_bodys_decision_after_the_statement(text: str, speaker: str, quote: str) -> None:
    """ "..., the City Council decided Tuesday night in a 9-4 vote, after ...": the council's,
    named for the dateline's town; "the county Board of Commissioners" the one county's."""
    (got,) = extract_attributions(text)
    assert (got.speaker, got.cue, got.quote) == (speaker, "decided", quote)


def test_a_person_deciding_is_no_decision_to_report() -> None:
    """ "She stayed home, she decided.": only a body's decision is taken as a statement."""
    assert extract_attributions("She stayed home, she decided.") == []


def test_told_a_panel_described_in_lower_case_on_a_day() -> None:
    """ "..., Rep. Isolde Wyncrombie told a House spending panel Tuesday, as ...": whom and
    when, then a clause of the writer's."""
    text = (
        "WASHINGTON — The harbor is two bad winters away from closing, Rep. Isolde Wyncrombie"
        " told a House spending panel Tuesday, as Republicans moved to cut the money."
    )
    (got,) = extract_attributions(text)
    assert (got.speaker, got.cue, got.quote) == (
        "Isolde Wyncrombie",
        "told",
        "The harbor is two bad winters away from closing",
    )


@pytest.mark.parametrize(
    ("text", "speaker", "quote"),
    [
        (
            "The Quellbridge Police Department closed the street.\n\nThe department's post said"
            " Main Street was closed for the bees.",
            "Quellbridge Police Department",
            "Main Street was closed for the bees",
        ),
        (
            "Beekeepers say swarms are common in late spring. The Colorado State Beekeepers"
            " Association disagrees.",
            "Beekeepers",
            "swarms are common in late spring",
        ),
        (
            "QUELLBRIDGE — Students in the Quellbridge School District will go to school four days"
            " a week, the district's Board of Education decided Tuesday night in a 4-3 vote.",
            "Quellbridge School District Board of Education",
            "Students in the Quellbridge School District will go to school four days a week",
        ),
        (
            "The beam of the Glemham Point Lighthouse swept across Lake Huron on Saturday, the"
            ' volunteer group that restored it said, after seven years of repairs.\n\n"It came'
            ' on," said Bernadette Gissingham, president of the Friends of the Glemham Point'
            " Light.",
            "Friends of the Glemham Point Light",
            "The beam of the Glemham Point Lighthouse swept across Lake Huron on Saturday",
        ),
        (
            "Flagstaff's bag ban took effect in 2024. Litter fell by about 70 percent in its first"
            " year, according to the city.",
            "Flagstaff",
            "Litter fell by about 70 percent in its first year",
        ),
    ],
)
def test_whose_post_group_board_and_city(text: str, speaker: str, quote: str) -> None:
    """ "The department's post said" is the department's; "Beekeepers say" a group though a
    body's name holds the word; "the district's Board of Education decided" the one
    district's board; "the volunteer group that restored it said" the body whose president
    speaks next; "according to the city" after "Flagstaff's bag ban" Flagstaff."""
    got = extract_attributions(text)
    assert (got[0].speaker, got[0].quote) == (speaker, quote)


def test_the_team_named_last_by_its_plural_name() -> None:
    """ "... a new stadium for the Billings Thistlebacks. ... The team says": that club."""
    text = (
        "The council voted 6-5 to put $38 million toward a new stadium for the Billings"
        " Thistlebacks.\n\nThe team says the new ballpark will host 120 events a year."
    )
    (got,) = extract_attributions(text)
    assert (got.speaker, got.quote) == (
        "Billings Thistlebacks",
        "the new ballpark will host 120 events a year",
    )


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("Surveys show voters want an end to the switch.", "surveys", "show"),
        ("Studies suggest merchants overestimate how many customers drive.", "studies", "suggest"),
    ],
)
def test_surveys_and_studies_speak_as_written(text: str, speaker: str, cue: str) -> None:
    """ "Surveys show ...", "Studies suggest ...": records with no keeper named, as written
    ("Polls show a close race" stays unread: writers leave it unlabelled, seven sets to one)."""
    (got,) = extract_attributions(text)
    assert (got.speaker, got.role, got.cue) == (speaker, "records", cue)


def test_a_division_of_a_body_is_also_named_alone() -> None:
    """ "the Program Evaluation Division of the General Assembly" is also "Program Evaluation
    Division", as writers label it."""
    (got,) = extract_attributions(
        "A report by the Program Evaluation Division of the General Assembly found that vacancy"
        " rates had led to lockdowns."
    )
    assert (got.speaker, got.aliases) == (
        "Program Evaluation Division of the General Assembly",
        ("Program Evaluation Division",),
    )


def test_records_of_an_office_named_by_its_title_stay_the_records() -> None:
    """ "according to the Secretary of State's records": the office holder, and the records as
    written, which is how writers label them (only a body named by its kind, "the fair board's
    records", is read as the body)."""
    text = (
        "Secretary of State Lena Arbuthnell certified the count.\n\nThe 2018 measure passed"
        " with 62 percent of the vote, according to the Secretary of State's records."
    )
    got = extract_attributions(text)
    assert (got[-1].speaker, got[-1].aliases[0]) == (
        "Secretary of State Lena Arbuthnell",
        "Secretary of State's records",
    )
