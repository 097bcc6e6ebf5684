"""The Decentralization and Multilevel Governance Glossary.

Keys are the term pages' slugs. ``related`` lists the slugs of other terms (each must exist here); ``topics``
lists topic slugs. ``synonyms`` is a semicolon-separated string, as the page model expects.
"""

GLOSSARY = {
    "slug": "glossary",
    "en": {
        "title": "Glossary",
        "introduction": "Short definitions of the terms used in debates on decentralization, local "
        "government finance and multilevel governance. Each entry links to related terms.",
    },
}

LPSA_GLOSSARY = (
    "<p>Local Public Sector Alliance, "
    '<a page="resources/dmlg-glossary">Decentralization and Multilevel Governance Glossary</a> (2023).</p>'
)
RONDINELLI = (
    "<p>Rondinelli, D. A., Nellis, J. R. and Cheema, G. S. (1983). <i>Decentralization in Developing "
    "Countries: A Review of Recent Experience</i>. World Bank Staff Working Paper No. 581.</p>"
)
OATES = "<p>Oates, W. E. (1972). <i>Fiscal Federalism</i>. New York: Harcourt Brace Jovanovich.</p>"
BOADWAY_SHAH = (
    "<p>Boadway, R. and Shah, A. (eds.) (2007). <i>Intergovernmental Fiscal Transfers: Principles and "
    "Practice</i>. Washington, DC: World Bank.</p>"
)

TERMS = {
    "decentralization": {
        "abbreviation": "",
        "related": ["devolution", "deconcentration", "delegation", "centralization"],
        "topics": ["multilevel-governance", "public-sector-reform"],
        "en": {
            "title": "Decentralization",
            "definition": "<p>The transfer of authority, responsibilities and resources from the central "
            "government to lower levels of government or to other bodies closer to the people they serve. "
            "It can be political, administrative or fiscal, and usually combines all three to some "
            "degree.</p>",
            "synonyms": "",
            "sources": RONDINELLI,
        },
    },
    "fiscal-decentralization": {
        "abbreviation": "",
        "related": [
            "expenditure-assignment",
            "tax-assignment",
            "intergovernmental-fiscal-transfers",
            "fiscal-federalism",
        ],
        "topics": ["fiscal-decentralization"],
        "en": {
            "title": "Fiscal decentralization",
            "definition": "<p>The assignment of spending responsibilities and revenue sources to subnational "
            "governments, together with the transfers and borrowing rules that finance them. It determines "
            "how much real discretion local governments have over public money.</p>",
            "synonyms": "",
            "sources": OATES,
        },
    },
    "devolution": {
        "abbreviation": "",
        "related": ["decentralization", "political-decentralization", "local-government", "deconcentration"],
        "topics": ["multilevel-governance"],
        "en": {
            "title": "Devolution",
            "definition": "<p>The strongest form of decentralization: functions, resources and "
            "decision-making "
            "power are transferred to subnational governments that are legally distinct from the centre and "
            "answer to their own elected councils.</p>",
            "synonyms": "democratic decentralization",
            "sources": RONDINELLI,
        },
    },
    "deconcentration": {
        "abbreviation": "",
        "related": ["deconcentrated-agency", "administrative-decentralization", "devolution"],
        "topics": ["multilevel-governance", "public-sector-reform"],
        "en": {
            "title": "Deconcentration",
            "definition": "<p>The relocation of central government staff and tasks to regional or district "
            "offices that remain part of the central hierarchy. Decisions move closer to citizens, but "
            "accountability still runs upwards to the ministry.</p>",
            "synonyms": "administrative deconcentration",
            "sources": RONDINELLI,
        },
    },
    "delegation": {
        "abbreviation": "",
        "related": ["deconcentration", "devolution", "special-purpose-district"],
        "topics": ["public-sector-reform"],
        "en": {
            "title": "Delegation",
            "definition": "<p>An arrangement in which the central government entrusts a defined task to a "
            "local government or a semi-autonomous agency while keeping ultimate responsibility for it, "
            "usually through instructions, earmarked funding and reporting requirements.</p>",
            "synonyms": "",
            "sources": RONDINELLI,
        },
    },
    "subsidiarity": {
        "abbreviation": "",
        "related": ["functional-assignment", "expenditure-assignment", "multilevel-governance"],
        "topics": ["multilevel-governance"],
        "en": {
            "title": "Subsidiarity",
            "definition": "<p>The principle that a public task should be carried out by the lowest level of "
            "government able to perform it well, with higher levels stepping in only where the lower level "
            "cannot.</p>",
            "synonyms": "principle of subsidiarity",
            "sources": "<p>Council of Europe (1985). <i>European Charter of Local Self-Government</i>, "
            "Article 4(3).</p>",
        },
    },
    "intergovernmental-fiscal-transfers": {
        "abbreviation": "IGFT",
        "related": ["equalization-grant", "conditional-grant", "unconditional-grant", "revenue-sharing"],
        "topics": ["intergovernmental-fiscal-transfers"],
        "en": {
            "title": "Intergovernmental fiscal transfers",
            "definition": "<p>Payments from one level of government to another, most often from the centre "
            "to subnational governments. They close fiscal gaps, reduce disparities between places and steer "
            "local spending towards national priorities.</p>",
            "synonyms": "intergovernmental transfers; grants; intergovernmental grants",
            "sources": BOADWAY_SHAH,
        },
    },
    "own-source-revenue": {
        "abbreviation": "OSR",
        "related": ["property-tax", "user-charges", "fiscal-effort", "tax-assignment"],
        "topics": ["own-source-revenue", "fiscal-decentralization"],
        "en": {
            "title": "Own-source revenue",
            "definition": "<p>Revenue that a subnational government raises itself and over which it has some "
            "control, such as local taxes, fees, charges and income from its assets. It excludes transfers "
            "and shared taxes whose rate and base are set by the centre.</p>",
            "synonyms": "local revenue; own revenue",
            "sources": "",
        },
    },
    "equalization-grant": {
        "abbreviation": "",
        "related": [
            "horizontal-fiscal-imbalance",
            "fiscal-capacity",
            "fiscal-need",
            "formula-based-allocation",
        ],
        "topics": ["intergovernmental-fiscal-transfers"],
        "en": {
            "title": "Equalization grant",
            "definition": "<p>A transfer designed to narrow differences between subnational governments in "
            "their ability to provide services, by giving more to places with weaker revenue bases or higher "
            "costs and needs.</p>",
            "synonyms": "equalisation transfer; fiscal equalization grant",
            "sources": BOADWAY_SHAH,
        },
    },
    "conditional-grant": {
        "abbreviation": "",
        "related": [
            "unconditional-grant",
            "matching-grant",
            "capital-grant",
            "intergovernmental-fiscal-transfers",
        ],
        "topics": ["intergovernmental-fiscal-transfers"],
        "en": {
            "title": "Conditional grant",
            "definition": "<p>A transfer that may only be spent on a specified purpose or under specified "
            "conditions, for example on primary school salaries or on road maintenance. It protects national "
            "priorities but limits local discretion.</p>",
            "synonyms": "earmarked grant; specific-purpose grant; categorical grant",
            "sources": "",
        },
    },
    "unconditional-grant": {
        "abbreviation": "",
        "related": ["conditional-grant", "equalization-grant", "fiscal-gap"],
        "topics": ["intergovernmental-fiscal-transfers"],
        "en": {
            "title": "Unconditional grant",
            "definition": "<p>A transfer that the recipient government may spend on any lawful purpose "
            "within its mandate. It supports local autonomy and is often allocated by formula.</p>",
            "synonyms": "general-purpose grant; block grant; discretionary grant",
            "sources": "",
        },
    },
    "vertical-fiscal-imbalance": {
        "abbreviation": "VFI",
        "related": ["fiscal-gap", "horizontal-fiscal-imbalance", "intergovernmental-fiscal-transfers"],
        "topics": ["fiscal-decentralization", "intergovernmental-fiscal-transfers"],
        "en": {
            "title": "Vertical fiscal imbalance",
            "definition": "<p>The mismatch between the spending responsibilities and the own revenues of a "
            "level of government as a whole. Subnational governments typically spend more than they raise, "
            "and transfers cover the difference.</p>",
            "synonyms": "vertical imbalance",
            "sources": "",
        },
    },
    "horizontal-fiscal-imbalance": {
        "abbreviation": "",
        "related": ["vertical-fiscal-imbalance", "equalization-grant", "fiscal-capacity"],
        "topics": ["fiscal-decentralization", "intergovernmental-fiscal-transfers"],
        "en": {
            "title": "Horizontal fiscal imbalance",
            "definition": "<p>Differences among governments at the same level in their capacity to raise "
            "revenue or in the cost of meeting their residents' needs. A mining district and a remote rural "
            "district with the same mandate face very different budgets.</p>",
            "synonyms": "horizontal imbalance; fiscal disparities",
            "sources": "",
        },
    },
    "fiscal-gap": {
        "abbreviation": "",
        "related": ["vertical-fiscal-imbalance", "fiscal-need", "fiscal-capacity"],
        "topics": ["fiscal-decentralization"],
        "en": {
            "title": "Fiscal gap",
            "definition": "<p>The difference between what a government needs to spend to carry out its "
            "assigned functions and what it can raise from its own sources. Transfers are usually sized with "
            "the fiscal gap in mind.</p>",
            "synonyms": "",
            "sources": "",
        },
    },
    "local-public-financial-management": {
        "abbreviation": "LPFM",
        "related": ["pefa", "participatory-budgeting", "accountability"],
        "topics": ["local-public-financial-management"],
        "en": {
            "title": "Local public financial management",
            "definition": "<p>The systems and practices local governments use to plan, budget, collect "
            "revenue, procure, pay, account for and audit public money. Weak local PFM is a frequent reason "
            "why transfers do not turn into services.</p>",
            "synonyms": "local PFM; subnational PFM",
            "sources": "",
        },
    },
    "participatory-budgeting": {
        "abbreviation": "PB",
        "related": ["downward-accountability", "local-democracy", "local-public-financial-management"],
        "topics": ["local-elections-accountability", "local-public-financial-management"],
        "en": {
            "title": "Participatory budgeting",
            "definition": "<p>A process in which residents deliberate on and decide how part of a local "
            "budget is spent. The practice spread worldwide after Porto Alegre, Brazil, introduced it in "
            "1989.</p>",
            "synonyms": "",
            "sources": "",
        },
    },
    "localization": {
        "abbreviation": "",
        "related": ["sdg-localization", "localization-of-aid", "decentralization"],
        "topics": ["sdg-localization", "multilevel-governance"],
        "en": {
            "title": "Localization",
            "definition": "<p>Shifting the design, management and financing of public action towards local "
            "actors, including local governments and local civil society. The term is used both for national "
            "agendas such as the SDGs and for development cooperation.</p>",
            "synonyms": "",
            "sources": "",
        },
    },
    "multilevel-governance": {
        "abbreviation": "MLG",
        "related": ["subsidiarity", "fiscal-federalism", "local-governance", "subnational-government"],
        "topics": ["multilevel-governance"],
        "en": {
            "title": "Multilevel governance",
            "definition": "<p>The way authority, resources and coordination are shared among central, "
            "regional and local governments and other actors. The term emphasises that the levels work as "
            "one interdependent system.</p>",
            "synonyms": "multi-level governance",
            "sources": "<p>Hooghe, L. and Marks, G. (2003). 'Unraveling the Central State, but How? Types of "
            "Multi-level Governance'. <i>American Political Science Review</i> 97(2): 233–243.</p>",
        },
    },
    "subnational-government": {
        "abbreviation": "SNG",
        "related": ["local-government", "municipality", "federalism"],
        "topics": ["multilevel-governance"],
        "en": {
            "title": "Subnational government",
            "definition": "<p>Any government below the national level with its own territory, such as a "
            "state, province, region, county, district or municipality.</p>",
            "synonyms": "sub-national government; subnational authority",
            "sources": "",
        },
    },
    "local-government": {
        "abbreviation": "LG",
        "related": ["municipality", "elected-council", "subnational-government", "local-public-sector"],
        "topics": ["multilevel-governance", "local-service-delivery"],
        "en": {
            "title": "Local government",
            "definition": "<p>A government serving a local territory, usually with an elected council, its "
            "own budget and legal personality. Names vary widely: district, county, commune, municipality, "
            "panchayat.</p>",
            "synonyms": "local authority; local self-government",
            "sources": "",
        },
    },
    "municipality": {
        "abbreviation": "",
        "related": ["local-government", "mayor", "intermunicipal-cooperation"],
        "topics": ["urban-governance"],
        "en": {
            "title": "Municipality",
            "definition": "<p>A local government unit, urban or rural, with its own council and "
            "administration. In many countries it is the lowest tier of general-purpose government.</p>",
            "synonyms": "commune; municipio; town council",
            "sources": "",
        },
    },
    "special-purpose-district": {
        "abbreviation": "",
        "related": ["local-government", "delegation", "intermunicipal-cooperation"],
        "topics": ["urban-governance", "multilevel-governance"],
        "en": {
            "title": "Special-purpose district",
            "definition": "<p>A local public body created to provide a single service or a small set of "
            "services, such as water, fire protection or schools, often across the boundaries of several "
            "general-purpose local governments. The United States has tens of thousands of them.</p>",
            "synonyms": "special district; single-purpose authority",
            "sources": "",
        },
    },
    "tax-assignment": {
        "abbreviation": "",
        "related": ["expenditure-assignment", "own-source-revenue", "revenue-sharing", "piggyback-tax"],
        "topics": ["fiscal-decentralization", "own-source-revenue"],
        "en": {
            "title": "Tax assignment",
            "definition": "<p>The allocation of taxing powers (setting the base, setting the rate, "
            "collecting "
            "and keeping the proceeds) among levels of government. Immobile bases such as property are "
            "usually considered the most suitable for local taxation.</p>",
            "synonyms": "revenue assignment",
            "sources": "",
        },
    },
    "expenditure-assignment": {
        "abbreviation": "",
        "related": ["functional-assignment", "tax-assignment", "subsidiarity"],
        "topics": ["fiscal-decentralization"],
        "en": {
            "title": "Expenditure assignment",
            "definition": "<p>The division of spending responsibilities among levels of government. A clear "
            "assignment is the first step in fiscal decentralization because it defines what the other "
            "instruments must finance.</p>",
            "synonyms": "assignment of expenditure responsibilities",
            "sources": "",
        },
    },
    "revenue-sharing": {
        "abbreviation": "",
        "related": ["tax-assignment", "intergovernmental-fiscal-transfers", "unconditional-grant"],
        "topics": ["intergovernmental-fiscal-transfers"],
        "en": {
            "title": "Revenue sharing",
            "definition": "<p>An arrangement in which the proceeds of a tax collected by one level of "
            "government are divided with other levels, either by origin (where the tax was collected) or by "
            "formula.</p>",
            "synonyms": "tax sharing; shared taxes",
            "sources": "",
        },
    },
    "borrowing-autonomy": {
        "abbreviation": "",
        "related": ["hard-budget-constraint", "municipal-bond", "fiscal-rules"],
        "topics": ["subnational-borrowing"],
        "en": {
            "title": "Borrowing autonomy",
            "definition": "<p>The extent to which a subnational government may take on debt without prior "
            "approval from a higher level. It ranges from outright prohibition to market-based borrowing "
            "within fiscal rules.</p>",
            "synonyms": "subnational borrowing powers",
            "sources": "",
        },
    },
    "soft-budget-constraint": {
        "abbreviation": "",
        "related": ["hard-budget-constraint", "borrowing-autonomy", "fiscal-rules"],
        "topics": ["subnational-borrowing", "fiscal-decentralization"],
        "en": {
            "title": "Soft budget constraint",
            "definition": "<p>A situation in which a subnational government expects to be rescued by a "
            "higher level if it overspends or cannot repay its debts. The expectation itself encourages "
            "overspending.</p>",
            "synonyms": "bailout expectations",
            "sources": "<p>Kornai, J. (1986). 'The Soft Budget Constraint'. <i>Kyklos</i> 39(1): 3–30.</p>",
        },
    },
    "hard-budget-constraint": {
        "abbreviation": "",
        "related": ["soft-budget-constraint", "borrowing-autonomy"],
        "topics": ["subnational-borrowing"],
        "en": {
            "title": "Hard budget constraint",
            "definition": "<p>The condition in which a subnational government must live within its own "
            "revenues, transfers and sustainable borrowing, with no expectation of a bailout.</p>",
            "synonyms": "",
            "sources": "",
        },
    },
    "accountability": {
        "abbreviation": "",
        "related": ["downward-accountability", "upward-accountability", "local-democracy"],
        "topics": ["local-elections-accountability"],
        "en": {
            "title": "Accountability",
            "definition": "<p>The obligation of public officials to explain and justify their decisions to "
            "those they answer to, and to face consequences for poor performance.</p>",
            "synonyms": "",
            "sources": "",
        },
    },
    "downward-accountability": {
        "abbreviation": "",
        "related": ["accountability", "upward-accountability", "elected-council", "participatory-budgeting"],
        "topics": ["local-elections-accountability"],
        "en": {
            "title": "Downward accountability",
            "definition": "<p>Accountability of local officials to residents, through elections, public "
            "meetings, published budgets, complaint mechanisms and the like. It is what distinguishes "
            "devolution from deconcentration.</p>",
            "synonyms": "accountability to citizens",
            "sources": "",
        },
    },
    "upward-accountability": {
        "abbreviation": "",
        "related": ["accountability", "downward-accountability", "deconcentration"],
        "topics": ["local-elections-accountability"],
        "en": {
            "title": "Upward accountability",
            "definition": "<p>Accountability of local officials to higher levels of government, for example "
            "through reporting, audits, inspections and approval of budgets. Necessary in moderation, it "
            "can crowd out accountability to residents when it dominates.</p>",
            "synonyms": "hierarchical accountability",
            "sources": "",
        },
    },
    "local-democracy": {
        "abbreviation": "",
        "related": ["elected-council", "mayor", "downward-accountability"],
        "topics": ["local-elections-accountability"],
        "en": {
            "title": "Local democracy",
            "definition": "<p>The set of institutions through which residents choose, influence and hold "
            "to account their local government, including free local elections, open council meetings and "
            "channels for participation.</p>",
            "synonyms": "",
            "sources": "",
        },
    },
    "elected-council": {
        "abbreviation": "",
        "related": ["mayor", "local-democracy", "local-government"],
        "topics": ["local-elections-accountability"],
        "en": {
            "title": "Elected council",
            "definition": "<p>The representative body of a local or regional government, chosen by residents "
            "in elections. It normally approves the budget, adopts local regulations and oversees the "
            "executive.</p>",
            "synonyms": "local council; municipal council; local assembly",
            "sources": "",
        },
    },
    "mayor": {
        "abbreviation": "",
        "related": ["elected-council", "municipality", "local-democracy"],
        "topics": ["local-elections-accountability", "urban-governance"],
        "en": {
            "title": "Mayor",
            "definition": "<p>The head of a municipal executive. Depending on the country, the mayor is "
            "elected directly by residents, chosen by the council, or appointed by a higher level of "
            "government.</p>",
            "synonyms": "municipal chairperson; alcalde; maire",
            "sources": "",
        },
    },
    "deconcentrated-agency": {
        "abbreviation": "",
        "related": ["deconcentration", "administrative-decentralization", "local-public-sector"],
        "topics": ["public-sector-reform"],
        "en": {
            "title": "Deconcentrated agency",
            "definition": "<p>A field office of a central ministry or agency, such as a district health "
            "office "
            "or a regional education directorate, that operates locally but reports to the centre.</p>",
            "synonyms": "field office; line department",
            "sources": "",
        },
    },
    "public-goods": {
        "abbreviation": "",
        "related": ["spillovers", "fiscal-federalism", "subsidiarity"],
        "topics": ["fiscal-decentralization", "local-service-delivery"],
        "en": {
            "title": "Public goods",
            "definition": "<p>Goods and services that one person can use without reducing their availability "
            "to others and from which it is hard to exclude anyone. Local public goods, like street "
            "lighting, benefit mainly the residents of one area.</p>",
            "synonyms": "collective goods",
            "sources": "<p>Samuelson, P. A. (1954). 'The Pure Theory of Public Expenditure'. <i>Review of "
            "Economics and Statistics</i> 36(4): 387–389.</p>",
        },
    },
    "spillovers": {
        "abbreviation": "",
        "related": ["public-goods", "matching-grant", "intermunicipal-cooperation"],
        "topics": ["fiscal-decentralization"],
        "en": {
            "title": "Spillovers",
            "definition": "<p>Benefits or costs of a local government's activity that fall on residents of "
            "other jurisdictions, such as a regional road or untreated wastewater flowing downstream. "
            "They justify matching grants or assigning the function to a higher level.</p>",
            "synonyms": "externalities; interjurisdictional spillovers",
            "sources": OATES,
        },
    },
    "fiscal-capacity": {
        "abbreviation": "",
        "related": ["fiscal-effort", "fiscal-need", "equalization-grant"],
        "topics": ["fiscal-decentralization", "intergovernmental-fiscal-transfers"],
        "en": {
            "title": "Fiscal capacity",
            "definition": "<p>The revenue a government could raise if it applied standard tax rates and "
            "collection effort to its own bases. Equalization formulas use it so that places are not "
            "penalised for collecting well.</p>",
            "synonyms": "revenue capacity; taxable capacity",
            "sources": "",
        },
    },
    "fiscal-effort": {
        "abbreviation": "",
        "related": ["fiscal-capacity", "own-source-revenue", "performance-based-grant"],
        "topics": ["own-source-revenue"],
        "en": {
            "title": "Fiscal effort",
            "definition": "<p>How much revenue a government actually collects relative to its fiscal "
            "capacity. Some grant formulas reward higher effort to avoid discouraging local revenue "
            "mobilisation.</p>",
            "synonyms": "tax effort; revenue effort",
            "sources": "",
        },
    },
    "fiscal-need": {
        "abbreviation": "",
        "related": ["fiscal-capacity", "fiscal-gap", "formula-based-allocation"],
        "topics": ["intergovernmental-fiscal-transfers"],
        "en": {
            "title": "Fiscal need",
            "definition": "<p>The cost of providing a standard level of the services assigned to a "
            "government, "
            "given the characteristics of its population and territory. Population, poverty, area and "
            "remoteness are common proxies.</p>",
            "synonyms": "expenditure need",
            "sources": "",
        },
    },
    "formula-based-allocation": {
        "abbreviation": "",
        "related": ["equalization-grant", "fiscal-need", "fiscal-capacity", "unconditional-grant"],
        "topics": ["intergovernmental-fiscal-transfers"],
        "en": {
            "title": "Formula-based allocation",
            "definition": "<p>Dividing a grant pool among recipient governments according to a published "
            "formula of objective indicators, rather than by negotiation or discretion. It makes transfers "
            "more predictable and harder to manipulate.</p>",
            "synonyms": "allocation formula; formula grant",
            "sources": "",
        },
    },
    "performance-based-grant": {
        "abbreviation": "PBG",
        "related": ["conditional-grant", "capital-grant", "fiscal-effort"],
        "topics": ["intergovernmental-fiscal-transfers", "local-public-financial-management"],
        "en": {
            "title": "Performance-based grant",
            "definition": "<p>A transfer whose amount depends on the recipient meeting minimum conditions "
            "and "
            "performance measures, typically assessed each year. It aims to reward better management rather "
            "than simply fund spending.</p>",
            "synonyms": "performance-based grant system; results-based grant",
            "sources": "",
        },
    },
    "capital-grant": {
        "abbreviation": "",
        "related": ["recurrent-grant", "conditional-grant", "performance-based-grant"],
        "topics": ["intergovernmental-fiscal-transfers"],
        "en": {
            "title": "Capital grant",
            "definition": "<p>A transfer earmarked for investment in infrastructure and other long-lived "
            "assets, as opposed to day-to-day running costs.</p>",
            "synonyms": "development grant; investment grant",
            "sources": "",
        },
    },
    "recurrent-grant": {
        "abbreviation": "",
        "related": ["capital-grant", "conditional-grant", "unfunded-mandate"],
        "topics": ["intergovernmental-fiscal-transfers"],
        "en": {
            "title": "Recurrent grant",
            "definition": "<p>A transfer that finances ongoing operating costs such as salaries, supplies "
            "and maintenance. A capital grant without matching recurrent funding often leaves new facilities "
            "unstaffed.</p>",
            "synonyms": "operating grant",
            "sources": "",
        },
    },
    "property-tax": {
        "abbreviation": "",
        "related": ["own-source-revenue", "tax-assignment", "user-charges"],
        "topics": ["own-source-revenue", "urban-governance"],
        "en": {
            "title": "Property tax",
            "definition": "<p>A recurrent tax on land and buildings, usually based on their assessed value "
            "or "
            "area. Because property cannot move away, it is widely regarded as the natural local tax, though "
            "it is politically difficult to collect well.</p>",
            "synonyms": "land and buildings tax; rates; real estate tax",
            "sources": "<p>Bahl, R., Martinez-Vazquez, J. and Youngman, J. (eds.) (2008). <i>Making the "
            "Property Tax Work</i>. Cambridge, MA: Lincoln Institute of Land Policy.</p>",
        },
    },
    "user-charges": {
        "abbreviation": "",
        "related": ["own-source-revenue", "property-tax", "public-goods"],
        "topics": ["own-source-revenue", "local-service-delivery"],
        "en": {
            "title": "User charges",
            "definition": "<p>Payments for specific local services, such as water, solid waste collection or "
            "market stalls, that are linked to the use of the service.</p>",
            "synonyms": "user fees; service charges",
            "sources": "",
        },
    },
    "pefa": {
        "abbreviation": "PEFA",
        "related": ["local-public-financial-management", "accountability"],
        "topics": ["local-public-financial-management"],
        "en": {
            "title": "Public Expenditure and Financial Accountability",
            "definition": "<p>An internationally used framework for assessing the performance of public "
            "financial management systems against a standard set of indicators. It can also be applied to "
            "subnational governments.</p>",
            "synonyms": "PEFA framework",
            "sources": "<p>PEFA Secretariat (2016). <i>Framework for Assessing Public Financial "
            "Management</i>. Washington, DC.</p>",
        },
    },
    "sdg-localization": {
        "abbreviation": "",
        "related": ["localization", "voluntary-local-review", "local-governance"],
        "topics": ["sdg-localization"],
        "en": {
            "title": "SDG localization",
            "definition": "<p>The process of adapting the Sustainable Development Goals to local contexts "
            "and building them into subnational plans, budgets and monitoring.</p>",
            "synonyms": "localizing the SDGs; localization of the SDGs",
            "sources": "<p>Global Taskforce of Local and Regional Governments, UNDP and UN-Habitat (2016). "
            "<i>Roadmap for Localizing the SDGs: Implementation and Monitoring at Subnational "
            "Level</i>.</p>",
        },
    },
    "local-economic-development": {
        "abbreviation": "LED",
        "related": ["local-governance", "municipality", "intermunicipal-cooperation"],
        "topics": ["urban-governance"],
        "en": {
            "title": "Local economic development",
            "definition": "<p>Efforts by local governments together with businesses and communities to "
            "strengthen the local economy, for example by improving infrastructure, simplifying business "
            "permits or supporting local value chains.</p>",
            "synonyms": "",
            "sources": "",
        },
    },
    "decentralization-by-default": {
        "abbreviation": "D-by-D",
        "related": ["devolution", "decentralization", "subsidiarity"],
        "topics": ["public-sector-reform", "multilevel-governance"],
        "en": {
            "title": "Decentralization by default",
            "definition": "<p>A policy stance under which every function is presumed to belong to local "
            "government unless there is a good reason to keep it at a higher level. Tanzania used the phrase "
            "'decentralization by devolution' for its own reform programme.</p>",
            "synonyms": "",
            "sources": "",
        },
    },
    "centralization": {
        "abbreviation": "",
        "related": ["decentralization", "recentralization", "unitary-state"],
        "topics": ["multilevel-governance"],
        "en": {
            "title": "Centralization",
            "definition": "<p>The concentration of decision-making power and resources at the national level "
            "of government.</p>",
            "synonyms": "",
            "sources": "",
        },
    },
    "recentralization": {
        "abbreviation": "",
        "related": ["centralization", "decentralization", "unfunded-mandate"],
        "topics": ["multilevel-governance", "public-sector-reform"],
        "en": {
            "title": "Recentralization",
            "definition": "<p>The reversal of earlier decentralization, whether openly through law or "
            "quietly through earmarking, appointed officials or the withholding of transfers.</p>",
            "synonyms": "",
            "sources": "",
        },
    },
    "functional-assignment": {
        "abbreviation": "",
        "related": ["expenditure-assignment", "subsidiarity", "unfunded-mandate"],
        "topics": ["multilevel-governance", "public-sector-reform"],
        "en": {
            "title": "Functional assignment",
            "definition": "<p>The detailed allocation of public functions among levels of government, often "
            "broken down into sub-functions (policy, regulation, financing, delivery) for each sector.</p>",
            "synonyms": "functional review; assignment of functions",
            "sources": "",
        },
    },
    "unfunded-mandate": {
        "abbreviation": "",
        "related": ["functional-assignment", "fiscal-gap", "expenditure-assignment"],
        "topics": ["fiscal-decentralization"],
        "en": {
            "title": "Unfunded mandate",
            "definition": "<p>A responsibility placed on a subnational government by a higher level without "
            "the revenue needed to carry it out.</p>",
            "synonyms": "",
            "sources": "",
        },
    },
    "administrative-decentralization": {
        "abbreviation": "",
        "related": ["deconcentration", "political-decentralization", "fiscal-decentralization"],
        "topics": ["public-sector-reform"],
        "en": {
            "title": "Administrative decentralization",
            "definition": "<p>The transfer of responsibility for planning, managing and delivering public "
            "services, including control over staff, to lower levels of government or field offices.</p>",
            "synonyms": "",
            "sources": "",
        },
    },
    "political-decentralization": {
        "abbreviation": "",
        "related": ["devolution", "local-democracy", "administrative-decentralization"],
        "topics": ["local-elections-accountability", "multilevel-governance"],
        "en": {
            "title": "Political decentralization",
            "definition": "<p>Giving residents and their elected representatives more power over public "
            "decisions, most visibly through the election of local councils and executives.</p>",
            "synonyms": "democratic decentralization",
            "sources": "",
        },
    },
    "market-decentralization": {
        "abbreviation": "",
        "related": ["delegation", "decentralization", "user-charges"],
        "topics": ["public-sector-reform", "local-service-delivery"],
        "en": {
            "title": "Market decentralization",
            "definition": "<p>Shifting the provision of public services from government to private firms, "
            "community groups or non-profit organisations through privatisation, contracting out or "
            "deregulation.</p>",
            "synonyms": "economic decentralization",
            "sources": "",
        },
    },
    "fiscal-federalism": {
        "abbreviation": "",
        "related": ["fiscal-decentralization", "federalism", "public-goods", "multilevel-governance"],
        "topics": ["fiscal-decentralization"],
        "en": {
            "title": "Fiscal federalism",
            "definition": "<p>The branch of public economics that studies which functions and revenue "
            "sources "
            "are best placed at which level of government. Despite the name, it applies to unitary states as "
            "well as federations.</p>",
            "synonyms": "",
            "sources": OATES,
        },
    },
    "federalism": {
        "abbreviation": "",
        "related": ["unitary-state", "quasi-federal-state", "fiscal-federalism"],
        "topics": ["multilevel-governance"],
        "en": {
            "title": "Federalism",
            "definition": "<p>A constitutional arrangement in which sovereignty is divided between a federal "
            "government and constituent states or provinces, each with powers that the other cannot "
            "unilaterally remove.</p>",
            "synonyms": "federal system",
            "sources": "",
        },
    },
    "unitary-state": {
        "abbreviation": "",
        "related": ["federalism", "quasi-federal-state", "centralization"],
        "topics": ["multilevel-governance"],
        "en": {
            "title": "Unitary state",
            "definition": "<p>A state in which sovereignty rests with the central government, which creates "
            "subnational governments and can in principle change their powers. Many unitary states are "
            "nonetheless highly decentralized.</p>",
            "synonyms": "",
            "sources": "",
        },
    },
    "quasi-federal-state": {
        "abbreviation": "",
        "related": ["federalism", "unitary-state", "devolution"],
        "topics": ["multilevel-governance"],
        "en": {
            "title": "Quasi-federal state",
            "definition": "<p>A state that is formally unitary or formally federal but combines features of "
            "both, for instance regions with constitutionally protected autonomy inside a unitary "
            "framework.</p>",
            "synonyms": "regionalised state; hybrid state",
            "sources": "",
        },
    },
    "local-public-sector": {
        "abbreviation": "",
        "related": ["local-government", "deconcentrated-agency", "logica"],
        "topics": ["multilevel-governance", "local-service-delivery"],
        "en": {
            "title": "Local public sector",
            "definition": "<p>All public bodies and resources at the local level, whether they belong to "
            "elected local governments, deconcentrated offices of the centre, public enterprises or "
            "community bodies. Looking at it whole reveals how much local spending lies outside local "
            "government control.</p>",
            "synonyms": "",
            "sources": LPSA_GLOSSARY,
        },
    },
    "local-governance": {
        "abbreviation": "",
        "related": ["local-government", "multilevel-governance", "local-democracy"],
        "topics": ["multilevel-governance", "local-elections-accountability"],
        "en": {
            "title": "Local governance",
            "definition": "<p>The way collective decisions about local public affairs are made and carried "
            "out, "
            "involving local governments but also communities, traditional authorities, civil society and "
            "the private sector.</p>",
            "synonyms": "",
            "sources": "",
        },
    },
    "localization-of-aid": {
        "abbreviation": "",
        "related": ["localization", "local-governance", "sdg-localization"],
        "topics": ["public-sector-reform", "sdg-localization"],
        "en": {
            "title": "Localization of aid",
            "definition": "<p>The commitment by development and humanitarian agencies to route more funding "
            "and decision-making to local and national actors. Local governments are often overlooked in "
            "this agenda in favour of non-governmental organisations.</p>",
            "synonyms": "locally led development",
            "sources": "",
        },
    },
    "logica": {
        "abbreviation": "LoGICA",
        "related": ["local-public-sector", "infer", "multilevel-governance"],
        "topics": ["multilevel-governance"],
        "en": {
            "title": "Local Governance Institutions Comparative Assessment",
            "definition": "<p>LPSA's framework for describing a country's local public sector in a "
            "structured, "
            "comparable way, covering territorial structure, political arrangements, finances and "
            "accountability.</p>",
            "synonyms": "LoGICA framework",
            "sources": '<p>Local Public Sector Alliance, <a page="resources/logica-framework">LoGICA '
            "Framework</a> (2022).</p>",
        },
    },
    "infer": {
        "abbreviation": "InFER",
        "related": ["logica", "intergovernmental-fiscal-transfers", "local-public-financial-management"],
        "topics": ["intergovernmental-fiscal-transfers", "local-public-financial-management"],
        "en": {
            "title": "Intergovernmental Fiscal and Expenditure Review",
            "definition": "<p>LPSA's framework for following public money from the national budget through "
            "transfer systems and local budgets to service delivery, and judging its adequacy, equity and "
            "efficiency along the way.</p>",
            "synonyms": "InFER framework",
            "sources": '<p>Local Public Sector Alliance, <a page="resources/infer-framework">InFER '
            "Framework</a> (2023).</p>",
        },
    },
    "matching-grant": {
        "abbreviation": "",
        "related": ["conditional-grant", "spillovers", "fiscal-effort"],
        "topics": ["intergovernmental-fiscal-transfers"],
        "en": {
            "title": "Matching grant",
            "definition": "<p>A conditional transfer that pays a fixed share of the recipient's spending on "
            "a given purpose, so that each unit the local government spends attracts additional central "
            "money.</p>",
            "synonyms": "cost-sharing grant",
            "sources": "",
        },
    },
    "piggyback-tax": {
        "abbreviation": "",
        "related": ["tax-assignment", "revenue-sharing", "own-source-revenue"],
        "topics": ["own-source-revenue"],
        "en": {
            "title": "Piggyback tax",
            "definition": "<p>A local surcharge levied on a national tax base and usually collected by the "
            "national tax administration, with the local government choosing the rate within limits.</p>",
            "synonyms": "surcharge; surtax",
            "sources": "",
        },
    },
    "intermunicipal-cooperation": {
        "abbreviation": "IMC",
        "related": ["municipality", "special-purpose-district", "territorial-reform"],
        "topics": ["urban-governance", "local-service-delivery"],
        "en": {
            "title": "Intermunicipal cooperation",
            "definition": "<p>Arrangements in which two or more local governments provide a service or "
            "manage a resource jointly, gaining economies of scale without merging.</p>",
            "synonyms": "inter-municipal cooperation; joint service provision",
            "sources": "",
        },
    },
    "territorial-reform": {
        "abbreviation": "",
        "related": ["intermunicipal-cooperation", "municipality", "public-sector-reform"],
        "topics": ["public-sector-reform"],
        "en": {
            "title": "Territorial reform",
            "definition": "<p>Changes to the number, size or boundaries of subnational governments, most "
            "often the amalgamation of small municipalities into larger units.</p>",
            "synonyms": "amalgamation; municipal consolidation",
            "sources": "",
        },
    },
    "public-sector-reform": {
        "abbreviation": "",
        "related": ["decentralization", "territorial-reform", "functional-assignment"],
        "topics": ["public-sector-reform"],
        "en": {
            "title": "Public sector reform",
            "definition": "<p>Deliberate changes to the structures, processes and incentives of public "
            "organisations intended to make them perform better. Decentralization is one of its most "
            "far-reaching forms.</p>",
            "synonyms": "public administration reform",
            "sources": "",
        },
    },
    "local-government-association": {
        "abbreviation": "LGA",
        "related": ["local-government", "multilevel-governance", "intermunicipal-cooperation"],
        "topics": ["multilevel-governance"],
        "en": {
            "title": "Local government association",
            "definition": "<p>A national body that represents local governments collectively in dealings "
            "with the central government and offers its members training and advice.</p>",
            "synonyms": "association of municipalities",
            "sources": "",
        },
    },
    "voluntary-local-review": {
        "abbreviation": "VLR",
        "related": ["sdg-localization", "localization", "accountability"],
        "topics": ["sdg-localization"],
        "en": {
            "title": "Voluntary local review",
            "definition": "<p>A report in which a city or region assesses its own progress towards the "
            "Sustainable Development Goals, modelled on the voluntary national reviews that countries "
            "present at the United Nations.</p>",
            "synonyms": "",
            "sources": "",
        },
    },
    "fiscal-rules": {
        "abbreviation": "",
        "related": ["borrowing-autonomy", "hard-budget-constraint", "soft-budget-constraint"],
        "topics": ["subnational-borrowing"],
        "en": {
            "title": "Fiscal rules",
            "definition": "<p>Lasting numerical limits on budget aggregates, such as ceilings on debt, "
            "deficits "
            "or debt service, that apply to a level of government. For subnational governments they are "
            "often set by national law.</p>",
            "synonyms": "fiscal responsibility rules",
            "sources": "",
        },
    },
    "municipal-bond": {
        "abbreviation": "",
        "related": ["borrowing-autonomy", "fiscal-rules", "capital-grant"],
        "topics": ["subnational-borrowing", "urban-governance"],
        "en": {
            "title": "Municipal bond",
            "definition": "<p>A debt security issued by a local government to finance capital investment, "
            "repaid from general revenues or from the income of the project it funds.</p>",
            "synonyms": "sub-sovereign bond; local government bond",
            "sources": "",
        },
    },
}


# ---------------------------------------------------------------------- translations

GLOSSARY["fr"] = {
    "title": "Glossaire",
    "introduction": "De courtes définitions des termes employés dans les débats sur la décentralisation, les "
    "finances locales et la gouvernance multiniveau. Chaque entrée renvoie aux termes associés.",
}
GLOSSARY["es"] = {
    "title": "Glosario",
    "introduction": "Definiciones breves de los términos que se usan en los debates sobre descentralización, "
    "finanzas de los gobiernos locales y gobernanza multinivel. Cada entrada enlaza con términos "
    "relacionados.",
}
GLOSSARY["pt"] = {
    "title": "Glossário",
    "introduction": "Definições curtas dos termos usados nos debates sobre descentralização, finanças dos "
    "governos locais e governança multinível. Cada verbete remete a termos relacionados.",
}
GLOSSARY["ar"] = {
    "title": "المسرد",
    "introduction": "تعريفات موجزة للمصطلحات المستخدمة في النقاشات حول اللامركزية وتمويل الحكومات المحلية "
    "والحوكمة متعددة المستويات. يحيل كل مدخل إلى المصطلحات ذات الصلة.",
}

# Term translations: slug -> (title, definition, synonyms). Abbreviations are not carried over (the English
# ones rarely exist in other languages); sources are bibliographic and stay as in English.
_FR = {
    "mayor": (
        "Maire",
        "<p>Le chef de l'exécutif municipal. Selon les pays, le maire est élu directement par les habitants, "
        "choisi par le conseil ou nommé par un niveau de gouvernement supérieur.</p>",
        "président du conseil municipal; bourgmestre; alcalde",
    ),
    "elected-council": (
        "Conseil élu",
        "<p>L'organe représentatif d'une collectivité locale ou régionale, choisi par les habitants lors "
        "d'élections. Il adopte normalement le budget et la réglementation locale et contrôle "
        "l'exécutif.</p>",
        "conseil local; conseil municipal; assemblée locale",
    ),
    "decentralization": (
        "Décentralisation",
        "<p>Le transfert de pouvoirs, de responsabilités et de ressources de l'État central vers des niveaux "
        "de gouvernement inférieurs ou vers d'autres organismes plus proches des personnes qu'ils servent. "
        "Elle peut être politique, administrative ou budgétaire, et combine le plus souvent les trois à des "
        "degrés divers.</p>",
        "",
    ),
    "fiscal-decentralization": (
        "Décentralisation budgétaire",
        "<p>L'attribution de compétences de dépense et de sources de recettes aux collectivités "
        "infranationales, avec les transferts et les règles d'emprunt qui les financent. Elle détermine la "
        "marge de décision réelle des collectivités locales sur l'argent public.</p>",
        "décentralisation financière; décentralisation fiscale",
    ),
    "devolution": (
        "Dévolution",
        "<p>La forme la plus poussée de décentralisation : des fonctions, des ressources et un pouvoir de "
        "décision sont transférés à des collectivités infranationales juridiquement distinctes de l'État "
        "central et responsables devant leurs propres conseils élus.</p>",
        "décentralisation démocratique",
    ),
    "deconcentration": (
        "Déconcentration",
        "<p>Le transfert de personnel et de tâches de l'administration centrale vers des services régionaux "
        "ou de district qui restent dans la hiérarchie de l'État. Les décisions se rapprochent des citoyens, "
        "mais les comptes se rendent toujours vers le haut, au ministère.</p>",
        "déconcentration administrative",
    ),
    "delegation": (
        "Délégation",
        "<p>Un dispositif par lequel l'État central confie une tâche définie à une collectivité locale ou à "
        "un organisme semi-autonome tout en en gardant la responsabilité finale, le plus souvent par des "
        "instructions, des crédits affectés et des obligations de compte rendu.</p>",
        "",
    ),
    "subsidiarity": (
        "Subsidiarité",
        "<p>Le principe selon lequel une mission publique doit être exercée par le niveau de gouvernement le "
        "plus bas capable de bien l'accomplir, les niveaux supérieurs n'intervenant que là où le niveau "
        "inférieur ne le peut pas.</p>",
        "principe de subsidiarité",
    ),
    "intergovernmental-fiscal-transfers": (
        "Transferts budgétaires intergouvernementaux",
        "<p>Les versements d'un niveau de gouvernement à un autre, le plus souvent de l'État central vers "
        "les collectivités infranationales. Ils comblent les écarts budgétaires, réduisent les disparités "
        "entre territoires et orientent la dépense locale vers les priorités nationales.</p>",
        "transferts intergouvernementaux; dotations; subventions intergouvernementales",
    ),
    "own-source-revenue": (
        "Ressources propres",
        "<p>Les recettes qu'une collectivité infranationale lève elle-même et sur lesquelles elle a une "
        "certaine maîtrise : impôts locaux, taxes, redevances et revenus de son patrimoine. Elles excluent "
        "les transferts et les impôts partagés dont le taux et l'assiette sont fixés par l'État.</p>",
        "recettes propres; ressources fiscales propres",
    ),
    "equalization-grant": (
        "Dotation de péréquation",
        "<p>Un transfert destiné à réduire les écarts entre collectivités dans leur capacité à fournir des "
        "services, en donnant davantage aux territoires dont la base de recettes est plus faible ou dont les "
        "coûts et les besoins sont plus élevés.</p>",
        "transfert de péréquation; péréquation financière",
    ),
    "conditional-grant": (
        "Dotation conditionnelle",
        "<p>Un transfert qui ne peut être dépensé que pour un objet précis ou à des conditions précises, par "
        "exemple les salaires des enseignants du primaire ou l'entretien des routes. Il protège les "
        "priorités nationales mais limite la marge de décision locale.</p>",
        "dotation affectée; subvention spécifique; subvention catégorielle",
    ),
    "unconditional-grant": (
        "Dotation inconditionnelle",
        "<p>Un transfert que la collectivité bénéficiaire peut dépenser pour toute fin légale relevant de "
        "ses compétences. Il soutient l'autonomie locale et est souvent réparti selon une formule.</p>",
        "dotation globale; dotation de fonctionnement; subvention générale",
    ),
    "vertical-fiscal-imbalance": (
        "Déséquilibre financier vertical",
        "<p>L'écart entre les compétences de dépense et les recettes propres d'un niveau de gouvernement "
        "pris dans son ensemble. Les collectivités infranationales dépensent en général plus qu'elles ne "
        "lèvent, et les transferts couvrent la différence.</p>",
        "déséquilibre vertical",
    ),
    "horizontal-fiscal-imbalance": (
        "Déséquilibre financier horizontal",
        "<p>Les différences entre collectivités d'un même niveau dans leur capacité à lever des recettes ou "
        "dans le coût des besoins de leurs habitants. Un district minier et un district rural isolé, avec "
        "les mêmes compétences, ont des budgets très différents.</p>",
        "déséquilibre horizontal; disparités financières",
    ),
    "fiscal-gap": (
        "Écart budgétaire",
        "<p>La différence entre ce qu'une collectivité doit dépenser pour exercer ses compétences et ce "
        "qu'elle peut tirer de ses ressources propres. Les transferts sont généralement calibrés en fonction "
        "de cet écart.</p>",
        "",
    ),
    "local-public-financial-management": (
        "Gestion des finances publiques locales",
        "<p>Les systèmes et pratiques que les collectivités locales utilisent pour planifier, budgétiser, "
        "percevoir les recettes, passer les marchés, payer, tenir les comptes et auditer l'argent public. "
        "Une gestion locale faible explique souvent que les transferts ne se transforment pas en "
        "services.</p>",
        "GFP locale; gestion financière locale",
    ),
    "participatory-budgeting": (
        "Budget participatif",
        "<p>Un processus par lequel les habitants délibèrent et décident de l'emploi d'une partie d'un "
        "budget local. La pratique s'est répandue dans le monde après son introduction à Porto Alegre, au "
        "Brésil, en 1989.</p>",
        "budgétisation participative",
    ),
    "multilevel-governance": (
        "Gouvernance multiniveau",
        "<p>La manière dont les pouvoirs, les ressources et la coordination sont partagés entre l'État "
        "central, les régions, les collectivités locales et d'autres acteurs. Le terme souligne que les "
        "niveaux forment un seul système interdépendant.</p>",
        "gouvernance à plusieurs niveaux",
    ),
    "subnational-government": (
        "Collectivité infranationale",
        "<p>Tout gouvernement situé sous le niveau national et doté de son propre territoire : État fédéré, "
        "province, région, comté, district ou commune.</p>",
        "gouvernement infranational; autorité infranationale",
    ),
    "local-government": (
        "Collectivité locale",
        "<p>Une administration qui dessert un territoire local, le plus souvent avec un conseil élu, un "
        "budget propre et la personnalité juridique. Les noms varient beaucoup : district, comté, commune, "
        "municipalité, panchayat.</p>",
        "collectivité territoriale; autorité locale; administration locale autonome",
    ),
    "municipality": (
        "Commune",
        "<p>Une collectivité locale, urbaine ou rurale, dotée de son propre conseil et de sa propre "
        "administration. Dans de nombreux pays, c'est l'échelon le plus bas de l'administration à compétence "
        "générale.</p>",
        "municipalité; municipio; conseil municipal",
    ),
    "tax-assignment": (
        "Attribution des impôts",
        "<p>La répartition des pouvoirs fiscaux (fixer l'assiette, fixer le taux, percevoir et conserver le "
        "produit) entre les niveaux de gouvernement. Les assiettes immobiles comme la propriété foncière "
        "sont généralement jugées les plus adaptées à l'impôt local.</p>",
        "attribution des recettes",
    ),
    "expenditure-assignment": (
        "Attribution des compétences de dépense",
        "<p>La répartition des responsabilités de dépense entre les niveaux de gouvernement. Une attribution "
        "claire est la première étape de la décentralisation budgétaire, car elle définit ce que les autres "
        "instruments doivent financer.</p>",
        "répartition des compétences",
    ),
    "revenue-sharing": (
        "Partage des recettes",
        "<p>Un dispositif par lequel le produit d'un impôt perçu par un niveau de gouvernement est partagé "
        "avec d'autres niveaux, soit selon l'origine (là où l'impôt a été perçu), soit selon une "
        "formule.</p>",
        "partage d'impôts; impôts partagés",
    ),
    "centralization": (
        "Centralisation",
        "<p>La concentration du pouvoir de décision et des ressources au niveau national.</p>",
        "",
    ),
    "recentralization": (
        "Recentralisation",
        "<p>Le retour en arrière sur une décentralisation antérieure, ouvertement par la loi ou discrètement "
        "par l'affectation des crédits, la nomination des responsables ou la rétention des transferts.</p>",
        "",
    ),
    "property-tax": (
        "Impôt foncier",
        "<p>Un impôt récurrent sur les terrains et les bâtiments, le plus souvent fondé sur leur valeur "
        "estimée ou leur surface. Comme la propriété ne peut pas se déplacer, on y voit l'impôt local par "
        "excellence, même s'il est politiquement difficile de bien le percevoir.</p>",
        "taxe foncière; impôt sur la propriété",
    ),
    "fiscal-federalism": (
        "Fédéralisme budgétaire",
        "<p>La branche de l'économie publique qui étudie à quel niveau de gouvernement il vaut mieux placer "
        "chaque fonction et chaque source de recettes. Malgré son nom, elle s'applique aux États unitaires "
        "comme aux fédérations.</p>",
        "fédéralisme financier",
    ),
    "political-decentralization": (
        "Décentralisation politique",
        "<p>Donner aux habitants et à leurs élus davantage de pouvoir sur les décisions publiques, le plus "
        "visiblement par l'élection des conseils et des exécutifs locaux.</p>",
        "décentralisation démocratique",
    ),
    "administrative-decentralization": (
        "Décentralisation administrative",
        "<p>Le transfert de la responsabilité de planifier, de gérer et de fournir les services publics, y "
        "compris le contrôle du personnel, à des niveaux de gouvernement inférieurs ou à des services "
        "extérieurs.</p>",
        "",
    ),
    "fiscal-capacity": (
        "Capacité fiscale",
        "<p>Les recettes qu'une collectivité pourrait lever si elle appliquait des taux et un effort de "
        "recouvrement standard à ses propres assiettes. Les formules de péréquation l'utilisent pour ne pas "
        "pénaliser les territoires qui perçoivent bien.</p>",
        "potentiel fiscal; capacité contributive",
    ),
    "fiscal-need": (
        "Besoin de financement",
        "<p>Le coût de la fourniture d'un niveau standard des services confiés à une collectivité, compte "
        "tenu des caractéristiques de sa population et de son territoire. La population, la pauvreté, la "
        "superficie et l'éloignement en sont des indicateurs courants.</p>",
        "besoins de dépense; charges",
    ),
    "local-democracy": (
        "Démocratie locale",
        "<p>L'ensemble des institutions par lesquelles les habitants choisissent leur collectivité locale, "
        "l'influencent et lui demandent des comptes : élections locales libres, séances publiques du conseil "
        "et canaux de participation.</p>",
        "",
    ),
}

_ES = {
    "mayor": (
        "Alcalde",
        "<p>La persona al frente del ejecutivo municipal. Según el país, el alcalde es elegido directamente "
        "por los vecinos, designado por el concejo o nombrado por un nivel superior de gobierno.</p>",
        "intendente; presidente municipal; maire",
    ),
    "elected-council": (
        "Concejo electo",
        "<p>El órgano representativo de un gobierno local o regional, elegido por los vecinos en elecciones. "
        "Normalmente aprueba el presupuesto, adopta normas locales y fiscaliza al ejecutivo.</p>",
        "concejo municipal; cabildo; asamblea local",
    ),
    "decentralization": (
        "Descentralización",
        "<p>La transferencia de autoridad, responsabilidades y recursos del gobierno central a niveles "
        "inferiores de gobierno o a otros organismos más cercanos a las personas a las que sirven. Puede ser "
        "política, administrativa o fiscal, y por lo general combina las tres en alguna medida.</p>",
        "",
    ),
    "fiscal-decentralization": (
        "Descentralización fiscal",
        "<p>La asignación de responsabilidades de gasto y fuentes de ingreso a los gobiernos subnacionales, "
        "junto con las transferencias y las reglas de endeudamiento que los financian. Determina cuánta "
        "discrecionalidad real tienen los gobiernos locales sobre el dinero público.</p>",
        "descentralización financiera",
    ),
    "devolution": (
        "Devolución",
        "<p>La forma más profunda de descentralización: se transfieren funciones, recursos y poder de "
        "decisión a gobiernos subnacionales jurídicamente distintos del centro, que responden ante sus "
        "propios concejos electos.</p>",
        "descentralización democrática",
    ),
    "deconcentration": (
        "Desconcentración",
        "<p>El traslado de personal y tareas del gobierno central a oficinas regionales o distritales que "
        "siguen formando parte de la jerarquía central. Las decisiones se acercan a la ciudadanía, pero la "
        "rendición de cuentas sigue yendo hacia arriba, al ministerio.</p>",
        "desconcentración administrativa",
    ),
    "delegation": (
        "Delegación",
        "<p>Un arreglo por el que el gobierno central encarga una tarea definida a un gobierno local o a un "
        "organismo semiautónomo, pero conserva la responsabilidad última sobre ella, normalmente mediante "
        "instrucciones, fondos asignados y obligaciones de informar.</p>",
        "",
    ),
    "subsidiarity": (
        "Subsidiariedad",
        "<p>El principio según el cual una tarea pública debe realizarla el nivel de gobierno más bajo capaz "
        "de hacerla bien, y los niveles superiores solo intervienen donde el nivel inferior no puede.</p>",
        "principio de subsidiariedad",
    ),
    "intergovernmental-fiscal-transfers": (
        "Transferencias fiscales intergubernamentales",
        "<p>Pagos de un nivel de gobierno a otro, casi siempre del centro a los gobiernos subnacionales. "
        "Cierran brechas fiscales, reducen las disparidades entre territorios y orientan el gasto local "
        "hacia las prioridades nacionales.</p>",
        "transferencias intergubernamentales; subvenciones; participaciones",
    ),
    "own-source-revenue": (
        "Ingresos propios",
        "<p>Los ingresos que un gobierno subnacional recauda por sí mismo y sobre los que tiene cierto "
        "control, como impuestos locales, tasas, cargos y rentas de sus bienes. Excluyen las transferencias "
        "y los impuestos compartidos cuya tasa y base fija el centro.</p>",
        "ingresos locales; recursos propios",
    ),
    "equalization-grant": (
        "Transferencia de nivelación",
        "<p>Una transferencia pensada para reducir las diferencias entre gobiernos subnacionales en su "
        "capacidad de prestar servicios, dando más a los lugares con bases de ingreso más débiles o con "
        "costos y necesidades más altos.</p>",
        "transferencia de igualación; fondo de compensación",
    ),
    "conditional-grant": (
        "Transferencia condicionada",
        "<p>Una transferencia que solo puede gastarse en un fin determinado o bajo condiciones determinadas, "
        "por ejemplo en salarios de maestros de primaria o en mantenimiento de caminos. Protege las "
        "prioridades nacionales pero limita la discrecionalidad local.</p>",
        "transferencia etiquetada; subvención de propósito específico; subvención categórica",
    ),
    "unconditional-grant": (
        "Transferencia no condicionada",
        "<p>Una transferencia que el gobierno receptor puede gastar en cualquier fin lícito dentro de sus "
        "competencias. Apoya la autonomía local y con frecuencia se asigna por fórmula.</p>",
        "transferencia de libre disponibilidad; subvención en bloque; transferencia general",
    ),
    "vertical-fiscal-imbalance": (
        "Desequilibrio fiscal vertical",
        "<p>El desajuste entre las responsabilidades de gasto y los ingresos propios de un nivel de gobierno "
        "en su conjunto. Los gobiernos subnacionales suelen gastar más de lo que recaudan, y las "
        "transferencias cubren la diferencia.</p>",
        "desequilibrio vertical",
    ),
    "horizontal-fiscal-imbalance": (
        "Desequilibrio fiscal horizontal",
        "<p>Las diferencias entre gobiernos del mismo nivel en su capacidad de recaudar ingresos o en el "
        "costo de atender las necesidades de sus habitantes. Un distrito minero y un distrito rural remoto "
        "con las mismas competencias tienen presupuestos muy distintos.</p>",
        "desequilibrio horizontal; disparidades fiscales",
    ),
    "fiscal-gap": (
        "Brecha fiscal",
        "<p>La diferencia entre lo que un gobierno necesita gastar para cumplir sus funciones y lo que puede "
        "recaudar con sus propias fuentes. Las transferencias suelen dimensionarse pensando en esa "
        "brecha.</p>",
        "",
    ),
    "local-public-financial-management": (
        "Gestión financiera pública local",
        "<p>Los sistemas y prácticas que usan los gobiernos locales para planificar, presupuestar, recaudar, "
        "contratar, pagar, contabilizar y auditar el dinero público. Una gestión local débil es una razón "
        "frecuente de que las transferencias no se conviertan en servicios.</p>",
        "GFP local; gestión financiera subnacional",
    ),
    "participatory-budgeting": (
        "Presupuesto participativo",
        "<p>Un proceso en el que los vecinos deliberan y deciden cómo se gasta una parte de un presupuesto "
        "local. La práctica se extendió por el mundo después de que Porto Alegre, en Brasil, la introdujera "
        "en 1989.</p>",
        "",
    ),
    "multilevel-governance": (
        "Gobernanza multinivel",
        "<p>La forma en que la autoridad, los recursos y la coordinación se reparten entre el gobierno "
        "central, los gobiernos regionales y locales y otros actores. El término subraya que los niveles "
        "funcionan como un único sistema interdependiente.</p>",
        "gobernanza de múltiples niveles",
    ),
    "subnational-government": (
        "Gobierno subnacional",
        "<p>Cualquier gobierno por debajo del nivel nacional con territorio propio, como un estado, una "
        "provincia, una región, un condado, un distrito o un municipio.</p>",
        "autoridad subnacional; entidad subnacional",
    ),
    "local-government": (
        "Gobierno local",
        "<p>Un gobierno al servicio de un territorio local, normalmente con un concejo electo, presupuesto "
        "propio y personería jurídica. Los nombres varían mucho: distrito, condado, comuna, municipio, "
        "panchayat.</p>",
        "autoridad local; autogobierno local; gobierno municipal",
    ),
    "municipality": (
        "Municipio",
        "<p>Una unidad de gobierno local, urbana o rural, con su propio concejo y su propia administración. "
        "En muchos países es el nivel más bajo de gobierno de competencia general.</p>",
        "municipalidad; comuna; ayuntamiento",
    ),
    "tax-assignment": (
        "Asignación tributaria",
        "<p>La distribución de las potestades tributarias (definir la base, fijar la tasa, recaudar y "
        "quedarse con lo recaudado) entre los niveles de gobierno. Las bases inmóviles, como la propiedad, "
        "suelen considerarse las más adecuadas para la tributación local.</p>",
        "asignación de ingresos",
    ),
    "expenditure-assignment": (
        "Asignación del gasto",
        "<p>La división de las responsabilidades de gasto entre los niveles de gobierno. Una asignación "
        "clara es el primer paso de la descentralización fiscal, porque define qué deben financiar los demás "
        "instrumentos.</p>",
        "asignación de responsabilidades de gasto; asignación de competencias",
    ),
    "revenue-sharing": (
        "Coparticipación de ingresos",
        "<p>Un arreglo por el que lo recaudado por un impuesto de un nivel de gobierno se reparte con otros "
        "niveles, ya sea según el origen (donde se recaudó) o según una fórmula.</p>",
        "impuestos compartidos; participaciones en ingresos",
    ),
    "centralization": (
        "Centralización",
        "<p>La concentración del poder de decisión y de los recursos en el nivel nacional de gobierno.</p>",
        "",
    ),
    "recentralization": (
        "Recentralización",
        "<p>La reversión de una descentralización anterior, ya sea abiertamente por ley o de forma "
        "silenciosa mediante el etiquetado de fondos, funcionarios designados o la retención de "
        "transferencias.</p>",
        "",
    ),
    "property-tax": (
        "Impuesto predial",
        "<p>Un impuesto periódico sobre terrenos y edificaciones, normalmente basado en su valor catastral o "
        "su superficie. Como la propiedad no puede trasladarse, se considera el impuesto local por "
        "excelencia, aunque es políticamente difícil recaudarlo bien.</p>",
        "impuesto inmobiliario; contribución territorial; impuesto sobre bienes inmuebles",
    ),
    "fiscal-federalism": (
        "Federalismo fiscal",
        "<p>La rama de la economía pública que estudia qué funciones y fuentes de ingreso conviene situar en "
        "cada nivel de gobierno. Pese a su nombre, se aplica tanto a estados unitarios como a "
        "federaciones.</p>",
        "",
    ),
    "political-decentralization": (
        "Descentralización política",
        "<p>Dar a los vecinos y a sus representantes electos más poder sobre las decisiones públicas, sobre "
        "todo mediante la elección de concejos y ejecutivos locales.</p>",
        "descentralización democrática",
    ),
    "administrative-decentralization": (
        "Descentralización administrativa",
        "<p>La transferencia de la responsabilidad de planificar, gestionar y prestar servicios públicos, "
        "incluido el control del personal, a niveles inferiores de gobierno o a oficinas territoriales.</p>",
        "",
    ),
    "fiscal-capacity": (
        "Capacidad fiscal",
        "<p>Los ingresos que un gobierno podría recaudar si aplicara tasas y un esfuerzo de recaudación "
        "estándar a sus propias bases. Las fórmulas de nivelación la usan para no penalizar a los lugares "
        "que recaudan bien.</p>",
        "capacidad de recaudación; capacidad tributaria",
    ),
    "fiscal-need": (
        "Necesidad de gasto",
        "<p>El costo de prestar un nivel estándar de los servicios asignados a un gobierno, dadas las "
        "características de su población y su territorio. La población, la pobreza, la superficie y la "
        "lejanía son indicadores habituales.</p>",
        "necesidades de gasto; necesidad fiscal",
    ),
    "local-democracy": (
        "Democracia local",
        "<p>El conjunto de instituciones mediante las cuales los vecinos eligen, influyen y piden cuentas a "
        "su gobierno local, incluidas elecciones locales libres, sesiones abiertas del concejo y canales de "
        "participación.</p>",
        "",
    ),
}

_PT = {
    "mayor": (
        "Prefeito",
        "<p>O chefe do executivo municipal. Conforme o país, o prefeito é eleito diretamente pelos "
        "moradores, escolhido pelo conselho ou nomeado por um nível superior de governo.</p>",
        "presidente da câmara; alcaide; maire",
    ),
    "elected-council": (
        "Conselho eleito",
        "<p>O órgão representativo de um governo local ou regional, escolhido pelos moradores em eleições. "
        "Em geral aprova o orçamento, adota normas locais e fiscaliza o executivo.</p>",
        "câmara municipal; conselho municipal; assembleia local",
    ),
    "decentralization": (
        "Descentralização",
        "<p>A transferência de autoridade, responsabilidades e recursos do governo central para níveis "
        "inferiores de governo ou para outros órgãos mais próximos das pessoas que atendem. Pode ser "
        "política, administrativa ou fiscal e, em geral, combina as três em algum grau.</p>",
        "",
    ),
    "fiscal-decentralization": (
        "Descentralização fiscal",
        "<p>A atribuição de responsabilidades de despesa e fontes de receita aos governos subnacionais, "
        "junto com as transferências e as regras de endividamento que os financiam. Determina quanta "
        "discricionariedade real os governos locais têm sobre o dinheiro público.</p>",
        "descentralização financeira",
    ),
    "devolution": (
        "Devolução",
        "<p>A forma mais profunda de descentralização: funções, recursos e poder de decisão são transferidos "
        "a governos subnacionais juridicamente distintos do centro, que respondem a seus próprios conselhos "
        "eleitos.</p>",
        "descentralização democrática",
    ),
    "deconcentration": (
        "Desconcentração",
        "<p>A transferência de pessoal e tarefas do governo central para escritórios regionais ou distritais "
        "que continuam na hierarquia central. As decisões ficam mais perto dos cidadãos, mas a prestação de "
        "contas continua subindo até o ministério.</p>",
        "desconcentração administrativa",
    ),
    "delegation": (
        "Delegação",
        "<p>Um arranjo em que o governo central confia uma tarefa definida a um governo local ou a um órgão "
        "semiautônomo, mas mantém a responsabilidade final por ela, em geral por meio de instruções, "
        "recursos vinculados e obrigações de prestar informações.</p>",
        "",
    ),
    "subsidiarity": (
        "Subsidiariedade",
        "<p>O princípio segundo o qual uma tarefa pública deve ser exercida pelo nível de governo mais baixo "
        "capaz de realizá-la bem, cabendo aos níveis superiores intervir apenas onde o nível inferior não "
        "consegue.</p>",
        "princípio da subsidiariedade",
    ),
    "intergovernmental-fiscal-transfers": (
        "Transferências fiscais intergovernamentais",
        "<p>Pagamentos de um nível de governo a outro, quase sempre do centro para os governos subnacionais. "
        "Fecham hiatos fiscais, reduzem as disparidades entre territórios e orientam a despesa local para as "
        "prioridades nacionais.</p>",
        "transferências intergovernamentais; repasses; subvenções intergovernamentais",
    ),
    "own-source-revenue": (
        "Receitas próprias",
        "<p>As receitas que um governo subnacional arrecada por conta própria e sobre as quais tem algum "
        "controle, como impostos locais, taxas, tarifas e rendas do seu patrimônio. Excluem as "
        "transferências e os impostos partilhados cuja alíquota e base são fixadas pelo centro.</p>",
        "receita local; arrecadação própria",
    ),
    "equalization-grant": (
        "Transferência de equalização",
        "<p>Uma transferência destinada a reduzir as diferenças entre governos subnacionais na capacidade de "
        "prestar serviços, dando mais aos lugares com bases de receita mais fracas ou com custos e "
        "necessidades mais altos.</p>",
        "transferência equalizadora; fundo de equalização",
    ),
    "conditional-grant": (
        "Transferência condicionada",
        "<p>Uma transferência que só pode ser gasta numa finalidade determinada ou sob condições "
        "determinadas, por exemplo salários de professores do ensino fundamental ou manutenção de estradas. "
        "Protege as prioridades nacionais, mas limita a discricionariedade local.</p>",
        "transferência vinculada; subvenção específica; subvenção categórica",
    ),
    "unconditional-grant": (
        "Transferência incondicional",
        "<p>Uma transferência que o governo beneficiário pode gastar em qualquer finalidade legal dentro de "
        "suas competências. Apoia a autonomia local e costuma ser distribuída por fórmula.</p>",
        "transferência de livre aplicação; subvenção em bloco; transferência geral",
    ),
    "vertical-fiscal-imbalance": (
        "Desequilíbrio fiscal vertical",
        "<p>O descompasso entre as responsabilidades de despesa e as receitas próprias de um nível de "
        "governo como um todo. Os governos subnacionais costumam gastar mais do que arrecadam, e as "
        "transferências cobrem a diferença.</p>",
        "desequilíbrio vertical",
    ),
    "horizontal-fiscal-imbalance": (
        "Desequilíbrio fiscal horizontal",
        "<p>As diferenças entre governos do mesmo nível na capacidade de arrecadar receitas ou no custo de "
        "atender às necessidades de seus moradores. Um distrito mineiro e um distrito rural remoto com as "
        "mesmas competências enfrentam orçamentos muito diferentes.</p>",
        "desequilíbrio horizontal; disparidades fiscais",
    ),
    "fiscal-gap": (
        "Hiato fiscal",
        "<p>A diferença entre o que um governo precisa gastar para exercer as funções que lhe cabem e o que "
        "consegue arrecadar com fontes próprias. As transferências costumam ser dimensionadas tendo em vista "
        "esse hiato.</p>",
        "",
    ),
    "local-public-financial-management": (
        "Gestão financeira pública local",
        "<p>Os sistemas e práticas que os governos locais usam para planejar, orçar, arrecadar, comprar, "
        "pagar, contabilizar e auditar o dinheiro público. Uma gestão local fraca é um motivo frequente para "
        "que as transferências não se transformem em serviços.</p>",
        "GFP local; gestão financeira subnacional",
    ),
    "participatory-budgeting": (
        "Orçamento participativo",
        "<p>Um processo em que os moradores deliberam e decidem como parte de um orçamento local é gasta. A "
        "prática se espalhou pelo mundo depois que Porto Alegre, no Brasil, a introduziu em 1989.</p>",
        "",
    ),
    "multilevel-governance": (
        "Governança multinível",
        "<p>A forma como a autoridade, os recursos e a coordenação são partilhados entre o governo central, "
        "os governos regionais e locais e outros atores. O termo sublinha que os níveis funcionam como um "
        "único sistema interdependente.</p>",
        "governança em múltiplos níveis",
    ),
    "subnational-government": (
        "Governo subnacional",
        "<p>Qualquer governo abaixo do nível nacional com território próprio, como um estado, uma província, "
        "uma região, um condado, um distrito ou um município.</p>",
        "autoridade subnacional; ente subnacional",
    ),
    "local-government": (
        "Governo local",
        "<p>Um governo que serve um território local, em geral com um conselho eleito, orçamento próprio e "
        "personalidade jurídica. Os nomes variam muito: distrito, condado, comuna, município, panchayat.</p>",
        "autoridade local; autogoverno local; poder local",
    ),
    "municipality": (
        "Município",
        "<p>Uma unidade de governo local, urbana ou rural, com conselho e administração próprios. Em muitos "
        "países, é o nível mais baixo de governo de competência geral.</p>",
        "comuna; municipalidade; câmara municipal",
    ),
    "tax-assignment": (
        "Atribuição tributária",
        "<p>A distribuição dos poderes tributários (definir a base, fixar a alíquota, arrecadar e ficar com "
        "o produto) entre os níveis de governo. Bases imóveis, como a propriedade, costumam ser consideradas "
        "as mais adequadas à tributação local.</p>",
        "atribuição de receitas; competência tributária",
    ),
    "expenditure-assignment": (
        "Atribuição de despesas",
        "<p>A divisão das responsabilidades de despesa entre os níveis de governo. Uma atribuição clara é o "
        "primeiro passo da descentralização fiscal, porque define o que os demais instrumentos precisam "
        "financiar.</p>",
        "atribuição de responsabilidades de despesa; repartição de competências",
    ),
    "revenue-sharing": (
        "Partilha de receitas",
        "<p>Um arranjo em que o produto de um imposto arrecadado por um nível de governo é dividido com "
        "outros níveis, seja pela origem (onde foi arrecadado), seja por fórmula.</p>",
        "repartição de receitas tributárias; impostos partilhados",
    ),
    "centralization": (
        "Centralização",
        "<p>A concentração do poder de decisão e dos recursos no nível nacional de governo.</p>",
        "",
    ),
    "recentralization": (
        "Recentralização",
        "<p>A reversão de uma descentralização anterior, seja abertamente por lei, seja discretamente por "
        "meio de recursos vinculados, dirigentes nomeados ou retenção de transferências.</p>",
        "",
    ),
    "property-tax": (
        "Imposto predial",
        "<p>Um imposto recorrente sobre terrenos e edificações, em geral baseado no valor venal ou na área. "
        "Como a propriedade não pode se mudar, é visto como o imposto local por excelência, embora seja "
        "politicamente difícil cobrá-lo bem.</p>",
        "IPTU; imposto sobre a propriedade; imposto imobiliário",
    ),
    "fiscal-federalism": (
        "Federalismo fiscal",
        "<p>O ramo da economia do setor público que estuda quais funções e fontes de receita ficam melhor em "
        "cada nível de governo. Apesar do nome, aplica-se tanto a estados unitários quanto a federações.</p>",
        "",
    ),
    "political-decentralization": (
        "Descentralização política",
        "<p>Dar aos moradores e a seus representantes eleitos mais poder sobre as decisões públicas, "
        "sobretudo por meio da eleição de conselhos e executivos locais.</p>",
        "descentralização democrática",
    ),
    "administrative-decentralization": (
        "Descentralização administrativa",
        "<p>A transferência da responsabilidade de planejar, gerir e prestar serviços públicos, incluindo o "
        "controle do pessoal, para níveis inferiores de governo ou para unidades regionais.</p>",
        "",
    ),
    "fiscal-capacity": (
        "Capacidade fiscal",
        "<p>A receita que um governo poderia arrecadar se aplicasse alíquotas e esforço de arrecadação "
        "padrão às suas próprias bases. As fórmulas de equalização a usam para não penalizar os lugares que "
        "arrecadam bem.</p>",
        "capacidade de arrecadação; capacidade tributária",
    ),
    "fiscal-need": (
        "Necessidade fiscal",
        "<p>O custo de prestar um nível padrão dos serviços atribuídos a um governo, dadas as "
        "características de sua população e de seu território. População, pobreza, área e isolamento são "
        "indicadores comuns.</p>",
        "necessidade de despesa",
    ),
    "local-democracy": (
        "Democracia local",
        "<p>O conjunto de instituições pelas quais os moradores escolhem, influenciam e cobram contas de seu "
        "governo local, incluindo eleições locais livres, sessões abertas do conselho e canais de "
        "participação.</p>",
        "",
    ),
}

_AR = {
    "mayor": (
        "رئيس البلدية",
        "<p>رئيس الجهاز التنفيذي البلدي. وبحسب البلد، يُنتخب رئيس البلدية مباشرة من السكان، أو يختاره "
        "المجلس، أو يعيّنه مستوى حكومي أعلى.</p>",
        "العمدة; رئيس المجلس البلدي",
    ),
    "elected-council": (
        "المجلس المنتخب",
        "<p>الهيئة التمثيلية لحكومة محلية أو إقليمية، يختارها السكان في انتخابات. وهي عادة تقرّ الموازنة "
        "وتعتمد اللوائح المحلية وتراقب الجهاز التنفيذي.</p>",
        "المجلس المحلي; المجلس البلدي; المجلس الجماعي",
    ),
    "decentralization": (
        "اللامركزية",
        "<p>نقل السلطة والمسؤوليات والموارد من الحكومة المركزية إلى مستويات حكومية أدنى أو إلى هيئات أخرى "
        "أقرب إلى الناس الذين تخدمهم. وقد تكون سياسية أو إدارية أو مالية، وغالبًا ما تجمع بين الثلاث بدرجات "
        "متفاوتة.</p>",
        "",
    ),
    "fiscal-decentralization": (
        "اللامركزية المالية",
        "<p>إسناد مسؤوليات الإنفاق ومصادر الإيرادات إلى الحكومات دون الوطنية، إلى جانب التحويلات وقواعد "
        "الاقتراض التي تموّلها. وهي تحدد مقدار الصلاحية الفعلية التي تملكها الحكومات المحلية في التصرف في "
        "المال العام.</p>",
        "",
    ),
    "devolution": (
        "نقل الصلاحيات",
        "<p>أقوى أشكال اللامركزية: تُنقل الوظائف والموارد وسلطة اتخاذ القرار إلى حكومات دون وطنية مستقلة "
        "قانونيًا عن المركز وتخضع لمساءلة مجالسها المنتخبة.</p>",
        "اللامركزية الديمقراطية; التفويض السياسي",
    ),
    "deconcentration": (
        "عدم التركيز الإداري",
        "<p>نقل موظفي الحكومة المركزية ومهامها إلى مكاتب إقليمية أو محلية تظل جزءًا من التسلسل الهرمي "
        "المركزي. تقترب القرارات من المواطنين، لكن المساءلة تبقى متجهة إلى الأعلى نحو الوزارة.</p>",
        "اللاتركيز الإداري; اللاتمركز",
    ),
    "delegation": (
        "التفويض",
        "<p>ترتيب تعهد بموجبه الحكومة المركزية بمهمة محددة إلى حكومة محلية أو هيئة شبه مستقلة مع احتفاظها "
        "بالمسؤولية النهائية عنها، عادة من خلال التعليمات والتمويل المخصص ومتطلبات الإبلاغ.</p>",
        "",
    ),
    "subsidiarity": (
        "التفريع",
        "<p>المبدأ الذي يقضي بأن تتولى المهمة العامة أدنى مستوى حكومي قادر على أدائها جيدًا، وألا تتدخل "
        "المستويات الأعلى إلا حيث يعجز المستوى الأدنى.</p>",
        "مبدأ التفريع; مبدأ الملاءمة",
    ),
    "intergovernmental-fiscal-transfers": (
        "التحويلات المالية بين مستويات الحكم",
        "<p>مدفوعات من مستوى حكومي إلى آخر، وغالبًا من المركز إلى الحكومات دون الوطنية. تسدّ الفجوات "
        "المالية، وتقلّص الفوارق بين المناطق، وتوجّه الإنفاق المحلي نحو الأولويات الوطنية.</p>",
        "التحويلات الحكومية; المنح الحكومية",
    ),
    "own-source-revenue": (
        "الإيرادات الذاتية",
        "<p>الإيرادات التي تجمعها الحكومة دون الوطنية بنفسها وتملك قدرًا من التحكم فيها، مثل الضرائب "
        "المحلية والرسوم والأجور وعائدات أصولها. ولا تشمل التحويلات ولا الضرائب المشتركة التي يحدد المركز "
        "سعرها ووعاءها.</p>",
        "الإيرادات المحلية; الموارد الذاتية",
    ),
    "equalization-grant": (
        "منحة المعادلة",
        "<p>تحويل يهدف إلى تضييق الفوارق بين الحكومات دون الوطنية في قدرتها على تقديم الخدمات، بإعطاء "
        "المزيد للمناطق ذات القواعد الضريبية الأضعف أو التكاليف والاحتياجات الأعلى.</p>",
        "تحويل التسوية; التسوية المالية",
    ),
    "conditional-grant": (
        "المنحة المشروطة",
        "<p>تحويل لا يجوز إنفاقه إلا على غرض محدد أو وفق شروط محددة، مثل رواتب معلمي المرحلة الابتدائية أو "
        "صيانة الطرق. يحمي الأولويات الوطنية لكنه يحدّ من حرية التصرف المحلية.</p>",
        "المنحة المخصصة; المنحة ذات الغرض المحدد",
    ),
    "unconditional-grant": (
        "المنحة غير المشروطة",
        "<p>تحويل يجوز للحكومة المستفيدة إنفاقه على أي غرض مشروع ضمن اختصاصاتها. يدعم الاستقلالية المحلية "
        "وكثيرًا ما يُوزَّع وفق صيغة.</p>",
        "المنحة العامة; المنحة الإجمالية",
    ),
    "vertical-fiscal-imbalance": (
        "الاختلال المالي الرأسي",
        "<p>عدم التوافق بين مسؤوليات الإنفاق والإيرادات الذاتية لمستوى حكومي بأكمله. وعادة ما تنفق الحكومات "
        "دون الوطنية أكثر مما تجمع، وتغطي التحويلات الفرق.</p>",
        "الاختلال الرأسي",
    ),
    "horizontal-fiscal-imbalance": (
        "الاختلال المالي الأفقي",
        "<p>الفوارق بين الحكومات في المستوى نفسه في قدرتها على جمع الإيرادات أو في تكلفة تلبية احتياجات "
        "سكانها. فمنطقة تعدين ومنطقة ريفية نائية لهما الاختصاصات نفسها تواجهان موازنتين مختلفتين "
        "تمامًا.</p>",
        "الاختلال الأفقي; التفاوت المالي",
    ),
    "fiscal-gap": (
        "الفجوة المالية",
        "<p>الفرق بين ما تحتاج الحكومة إلى إنفاقه لأداء وظائفها المسندة إليها وما تستطيع جمعه من مصادرها "
        "الذاتية. وعادة ما يُحدَّد حجم التحويلات مع أخذ هذه الفجوة في الحسبان.</p>",
        "",
    ),
    "local-public-financial-management": (
        "الإدارة المالية العامة المحلية",
        "<p>الأنظمة والممارسات التي تستخدمها الحكومات المحلية في التخطيط والموازنة وتحصيل الإيرادات "
        "والشراء والدفع والمحاسبة وتدقيق المال العام. وضعف الإدارة المالية المحلية سبب متكرر لعدم تحوّل "
        "التحويلات إلى خدمات.</p>",
        "الإدارة المالية المحلية",
    ),
    "participatory-budgeting": (
        "الموازنة التشاركية",
        "<p>عملية يتداول فيها السكان ويقررون كيفية إنفاق جزء من موازنة محلية. وقد انتشرت هذه الممارسة في "
        "العالم بعد أن اعتمدتها مدينة بورتو أليغري في البرازيل عام 1989.</p>",
        "",
    ),
    "multilevel-governance": (
        "الحوكمة متعددة المستويات",
        "<p>الطريقة التي تُتقاسم بها السلطة والموارد والتنسيق بين الحكومة المركزية والحكومات الإقليمية "
        "والمحلية وجهات فاعلة أخرى. ويؤكد المصطلح أن المستويات تعمل بوصفها نظامًا واحدًا مترابطًا.</p>",
        "الحكم متعدد المستويات",
    ),
    "subnational-government": (
        "الحكومة دون الوطنية",
        "<p>أي حكومة دون المستوى الوطني لها إقليمها الخاص، مثل الولاية أو المقاطعة أو الإقليم أو المحافظة "
        "أو المنطقة أو البلدية.</p>",
        "السلطة دون الوطنية",
    ),
    "local-government": (
        "الحكومة المحلية",
        "<p>حكومة تخدم إقليمًا محليًا، عادة بمجلس منتخب وموازنة خاصة وشخصية اعتبارية. وتختلف التسميات "
        "كثيرًا: منطقة، مقاطعة، جماعة، بلدية، بانشايات.</p>",
        "السلطة المحلية; الجماعة الترابية; الإدارة المحلية",
    ),
    "municipality": (
        "البلدية",
        "<p>وحدة حكم محلي، حضرية أو ريفية، لها مجلسها وإدارتها الخاصان. وهي في كثير من البلدان أدنى مستوى "
        "للحكم ذي الاختصاص العام.</p>",
        "الجماعة; المجلس البلدي",
    ),
    "tax-assignment": (
        "إسناد الضرائب",
        "<p>توزيع صلاحيات فرض الضرائب (تحديد الوعاء، وتحديد السعر، والتحصيل، والاحتفاظ بالحصيلة) بين "
        "مستويات الحكم. وتُعد الأوعية الثابتة مثل العقارات عادة الأنسب للضرائب المحلية.</p>",
        "إسناد الإيرادات",
    ),
    "expenditure-assignment": (
        "إسناد الإنفاق",
        "<p>تقسيم مسؤوليات الإنفاق بين مستويات الحكم. والإسناد الواضح هو الخطوة الأولى في اللامركزية "
        "المالية، لأنه يحدد ما يجب أن تموّله الأدوات الأخرى.</p>",
        "إسناد مسؤوليات الإنفاق; توزيع الاختصاصات",
    ),
    "revenue-sharing": (
        "تقاسم الإيرادات",
        "<p>ترتيب تُقسَّم بموجبه حصيلة ضريبة يجمعها مستوى حكومي مع مستويات أخرى، إما بحسب المنشأ (حيث "
        "جُمعت الضريبة) وإما وفق صيغة.</p>",
        "تقاسم الضرائب; الضرائب المشتركة",
    ),
    "centralization": (
        "المركزية",
        "<p>تركيز سلطة اتخاذ القرار والموارد في المستوى الوطني للحكم.</p>",
        "",
    ),
    "recentralization": (
        "إعادة المركزية",
        "<p>التراجع عن لامركزية سابقة، إما علنًا عبر القانون وإما بهدوء عبر تخصيص الأموال أو تعيين المسؤولين "
        "أو حجب التحويلات.</p>",
        "",
    ),
    "property-tax": (
        "ضريبة العقارات",
        "<p>ضريبة دورية على الأراضي والمباني، تستند عادة إلى قيمتها المقدّرة أو مساحتها. ولأن العقار لا "
        "يمكن أن ينتقل، يُنظر إليها على أنها الضريبة المحلية الطبيعية، وإن كان تحصيلها الجيد صعبًا "
        "سياسيًا.</p>",
        "ضريبة الأملاك; الضريبة العقارية",
    ),
    "fiscal-federalism": (
        "الفيدرالية المالية",
        "<p>فرع من اقتصاديات القطاع العام يدرس أي الوظائف ومصادر الإيرادات يُستحسن وضعها في أي مستوى من "
        "مستويات الحكم. وعلى الرغم من اسمه، ينطبق على الدول الموحدة كما ينطبق على الاتحادات.</p>",
        "الاتحادية المالية",
    ),
    "political-decentralization": (
        "اللامركزية السياسية",
        "<p>منح السكان وممثليهم المنتخبين سلطة أكبر على القرارات العامة، وأوضح صورها انتخاب المجالس "
        "والهيئات التنفيذية المحلية.</p>",
        "اللامركزية الديمقراطية",
    ),
    "administrative-decentralization": (
        "اللامركزية الإدارية",
        "<p>نقل المسؤولية عن تخطيط الخدمات العامة وإدارتها وتقديمها، بما في ذلك الإشراف على الموظفين، إلى "
        "مستويات حكومية أدنى أو إلى المكاتب الميدانية.</p>",
        "",
    ),
    "fiscal-capacity": (
        "القدرة المالية",
        "<p>الإيرادات التي تستطيع الحكومة جمعها لو طبّقت أسعارًا ضريبية وجهدًا تحصيليًا معياريين على "
        "أوعيتها الخاصة. وتستخدمها صيغ المعادلة حتى لا تُعاقَب المناطق التي تحسن التحصيل.</p>",
        "القدرة الضريبية; القدرة على جمع الإيرادات",
    ),
    "fiscal-need": (
        "الحاجة المالية",
        "<p>تكلفة تقديم مستوى معياري من الخدمات المسندة إلى حكومة ما، بالنظر إلى خصائص سكانها وإقليمها. "
        "ومن المؤشرات الشائعة عدد السكان والفقر والمساحة والبعد.</p>",
        "الحاجة إلى الإنفاق",
    ),
    "local-democracy": (
        "الديمقراطية المحلية",
        "<p>مجموعة المؤسسات التي يختار السكان من خلالها حكومتهم المحلية ويؤثرون فيها ويحاسبونها، بما في "
        "ذلك الانتخابات المحلية الحرة والجلسات العلنية للمجلس وقنوات المشاركة.</p>",
        "",
    ),
}

for _code, _terms in (("fr", _FR), ("es", _ES), ("pt", _PT), ("ar", _AR)):
    for _slug, (_title, _definition, _synonyms) in _terms.items():
        TERMS[_slug][_code] = {"title": _title, "definition": _definition, "synonyms": _synonyms}
