"""Questions over the long fictional articles in bench/data/long/ for the answer benchmark.

Each entry is (question, accepted answer values): an answer is *correct* if its text contains
any of the values. Many questions have a confuser nearby in the article (another number, date
or amount in a neighbouring sentence), so a value from the wrong sentence scores as wrong.
"""

QUESTIONS: list[tuple[str, list[str]]] = [
    (
        "How much did Roland Vickery's Trailkeepers fundraisers collect in the first quarter?",
        ["$94 million"],
    ),
    (
        "How much did the Vickery joint fundraising committee transfer to state parties?",
        ["$8.6 million"],
    ),
    ("How much did Annika Rowe's campaign raise in the first quarter?", ["$61 million"]),
    (
        "How much in damages must the Brannock Water Authority pay after the appeal?",
        ["$212 million"],
    ),
    (
        "How much did the jury originally award against the Brannock Water Authority?",
        ["$340 million"],
    ),
    ("By how many votes was Tomas Moravec leading in Upper Kessel?", ["1,214"]),
    ("How many postal ballots remain to be counted in Upper Kessel?", ["38,000"]),
    ("How many confirmed cases are there in the Saltmarsh Legionnaires' outbreak?", ["57"]),
    (
        "Which building's cooling tower is the likely source of the Saltmarsh outbreak?",
        ["Drummond Exchange"],
    ),
    ("How many jobs will Orlenko Systems cut?", ["2,600"]),
    ("What was Orlenko Systems' fourth-quarter revenue?", ["$4.82 billion", "4.82 billion"]),
    ("How many transit workers are on strike in Corvenna?", ["4,700"]),
    ("How much will the Corvenna strike cost businesses each day?", ["$18 million"]),
    ("How many people were evacuated from Pellham Ford?", ["3,400"]),
    ("How high did the Aldern River rise at the Pellham Ford gauge?", ["7.9"]),
    ("How much will the Pellham Ford flood wall and new Millgate Bridge cost?", ["148 million"]),
    ("How did the regional council vote on the Pellham Ford flood wall?", ["23 to 6", "23-6"]),
    (
        "What share of the Merrin River's dry-season flow does Seldana get?",
        ["42 percent", "42%", "42 per cent"],
    ),
    ("How much public money would go toward the Harriers stadium?", ["$640 million"]),
    ("How many seats will the new Harriers stadium have?", ["42,000"]),
]
