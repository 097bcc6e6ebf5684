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
