"""Spreadsheet contents for the demo knowledge products, built deterministically.

Numeric series are placeholders generated from a seeded random generator and are labelled as such in every
workbook; the few facts in the profile annexes (numbers of tiers and units, election years) are real.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from demo.data import collection
from demo.files import seeded_random
from multilingual.languages import SOURCE_LANGUAGE

Sheet = tuple[str, Sequence[str], Sequence[Sequence]]

PLACEHOLDER_NOTE = (
    "Demonstration file generated for the Decentralization.Net demo site. Numeric series are placeholders, "
    "not official statistics."
)


def _readme(title: str, rows: Sequence[tuple[str, str]]) -> Sheet:
    return ("README", ["Item", "Description"], [("Title", title), ("Note", PLACEHOLDER_NOTE), *rows])


def databook() -> list[Sheet]:
    variables = [
        ("tiers", "Number of tiers of subnational government"),
        ("sng_spending_pct", "Subnational government spending, % of general government spending"),
        (
            "deconcentrated_pct",
            "Spending by deconcentrated central offices, % of general government spending",
        ),
        ("sng_revenue_pct", "Subnational own-source revenue, % of general government revenue"),
        ("transfers_pct", "Transfers, % of subnational revenue"),
        ("local_elections", "Local councils directly elected (1 = yes)"),
    ]
    rows = []
    for code, entry in sorted(collection("taxonomy").countries.items()):
        for year in (2021, 2022, 2023):
            rng = seeded_random(f"databook:{code}:{year}")
            spending = round(rng.uniform(8, 45), 1)
            rows.append(
                (
                    code,
                    entry[SOURCE_LANGUAGE]["name"],
                    entry["region"],
                    year,
                    rng.choice((1, 2, 2, 3)),
                    spending,
                    round(rng.uniform(2, 20), 1),
                    round(spending * rng.uniform(0.2, 0.6), 1),
                    round(rng.uniform(30, 90), 1),
                    1 if rng.random() > 0.15 else 0,
                )
            )
    header = ["iso2", "country", "region", "year", *[name for name, _ in variables]]
    return [
        _readme("Decentralization and Multilevel Governance Databook, 2025 edition", variables),
        ("Data", header, rows),
    ]


def own_source_revenue() -> list[Sheet]:
    sources = ["Property tax", "Business licences", "Market fees", "Building permits", "Other charges"]
    rows = []
    for code in ("GH", "KE", "PE", "PH", "TZ", "VN"):
        for city in range(1, 4):
            rng = seeded_random(f"osr:{code}:{city}")
            for source in sources:
                rows.append(
                    (
                        code,
                        collection("taxonomy").countries[code][SOURCE_LANGUAGE]["name"],
                        f"Sample city {city}",
                        source,
                        round(rng.uniform(0.5, 25), 2),
                    )
                )
    return [
        _readme("Local Own-Source Revenue Dataset, 2024", [("value", "Revenue per resident, US dollars")]),
        ("Data", ["iso2", "country", "city", "revenue_source", "value"], rows),
    ]


def logica_template() -> list[Sheet]:
    questions = [
        ("A. Structure", "How many tiers of subnational government are there?"),
        ("A. Structure", "Are there deconcentrated administrative units alongside local governments?"),
        ("A. Structure", "Do local governments have legal personality and their own budget?"),
        ("B. Politics", "Are local councils directly elected?"),
        ("B. Politics", "How is the local executive chosen?"),
        ("B. Politics", "Can a higher level dismiss or suspend a local council?"),
        ("C. Finance", "Are functions assigned to each tier in law?"),
        ("C. Finance", "Can local governments set the rate of at least one tax?"),
        ("C. Finance", "Is the main transfer allocated by a published formula?"),
        ("C. Finance", "May local governments borrow, and under what rules?"),
        ("D. Accountability", "Are local budgets and accounts published?"),
        ("D. Accountability", "Are local accounts audited by an independent body each year?"),
    ]
    rows = [
        (module, f"Q{index:02d}", text, "", "", "") for index, (module, text) in enumerate(questions, start=1)
    ]
    return [
        _readme(
            "LoGICA scoring template",
            [("Score", "0 = absent, 1 = partial, 2 = in law, 3 = in law and practice")],
        ),
        ("Questions", ["module", "id", "question", "score", "evidence", "source"], rows),
    ]


def promote_worksheets() -> list[Sheet]:
    statements = [
        ("Planning", "The development plan names a small number of service results."),
        ("Planning", "Each result has a baseline and a target."),
        ("Budgeting", "Budget lines can be traced to the results in the plan."),
        ("Budgeting", "Recurrent costs of new investments are budgeted."),
        ("Execution", "Managers receive monthly reports on spending against budget."),
        ("Reporting", "The annual report states progress on each result."),
        ("Reporting", "Council discusses the annual report in a public session."),
    ]
    rows = [(area, text, "") for area, text in statements]
    return [
        _readme("PROMOTE self-assessment worksheets", [("Rating", "1 = not yet, 2 = partly, 3 = fully")]),
        ("Self-assessment", ["practice_area", "statement", "rating"], rows),
    ]


def formula_exercise() -> list[Sheet]:
    header = ["district", "population", "poverty_rate", "area_km2", "own_revenue", "need_index", "allocation"]
    rows = []
    for index in range(12):
        rng = seeded_random(f"formula:{index}")
        row = index + 2
        rows.append(
            (
                f"District {chr(ord('A') + index)}",
                rng.randint(40_000, 650_000),
                round(rng.uniform(0.08, 0.55), 2),
                rng.randint(300, 9_000),
                rng.randint(50_000, 2_000_000),
                f"=0.6*B{row}/SUM($B$2:$B$13)+0.3*C{row}/SUM($C$2:$C$13)+0.1*D{row}/SUM($D$2:$D$13)",
                f"=F{row}*100000000",
            )
        )
    return [
        _readme(
            "Transfer formula exercise (fictional districts)",
            [("need_index", "Weights 60% population, 30% poverty, 10% area; edit them and compare")],
        ),
        ("Districts", header, rows),
    ]


def _facts(title: str, facts: Sequence[tuple[str, object, str]]) -> list[Sheet]:
    return [_readme(title, []), ("Key facts", ["indicator", "value", "note"], facts)]


def profile_kenya() -> list[Sheet]:
    return _facts(
        "Intergovernmental Profile: Kenya, data annex",
        [
            ("Levels of government", 2, "National and county (Constitution of Kenya, 2010)"),
            ("County governments", 47, ""),
            ("First county elections", 2013, ""),
            ("Minimum equitable share", "15%", "Of the most recent audited national revenue"),
            ("Body recommending the revenue-sharing formula", "Commission on Revenue Allocation", ""),
        ],
    )


def profile_nepal() -> list[Sheet]:
    return _facts(
        "Intergovernmental Profile: Nepal, data annex",
        [
            ("Spheres of government", 3, "Federal, provincial, local (Constitution of Nepal, 2015)"),
            ("Provinces", 7, ""),
            ("Local governments", 753, ""),
            ("Metropolitan cities", 6, ""),
            ("Sub-metropolitan cities", 11, ""),
            ("Municipalities", 276, ""),
            ("Rural municipalities", 460, ""),
            ("Local elections", "2017, 2022", ""),
        ],
    )


DATASETS: dict[str, Callable[[], list[Sheet]]] = {
    "databook": databook,
    "own-source-revenue": own_source_revenue,
    "logica-template": logica_template,
    "promote-worksheets": promote_worksheets,
    "formula-exercise": formula_exercise,
    "profile-kenya": profile_kenya,
    "profile-nepal": profile_nepal,
}
