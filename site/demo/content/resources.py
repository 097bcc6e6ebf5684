"""Knowledge products for the resource library.

Each product has at least one file. A file entry names its format ("pdf" or "xlsx") and language; the PDF text
is taken from the product's own title, summary and body unless the file carries its own ``text`` (used for the
French and Spanish editions). Spreadsheets name a ``dataset`` built by ``decnet.demo.datasets``.

DOIs use the 10.5555 test prefix; ISBNs have valid check digits but are fictitious.
"""

LIBRARY = {
    "slug": "resources",
    "en": {
        "title": "Resource library",
        "introduction": "Primers, assessment frameworks, country profiles, data and training material "
        "produced "
        "by the Local Public Sector Alliance and its members. Every product can be downloaded free of "
        "charge.",
    },
}

RESOURCES = {
    # ------------------------------------------------------------------ primers
    "decentralization-primer": {
        "type": "primer",
        "publication_date": "2021-02-15",
        "authors": ["amara-nwosu-bello", "marek-kowalczyk"],
        "topics": ["fiscal-decentralization", "multilevel-governance", "public-sector-reform"],
        "countries": [],
        "doi": "10.5555/lpsa.2021.001",
        "isbn": "978-1-7391842-0-9",
        "cover": True,
        "files": [
            {
                "key": "decentralization-primer-en",
                "format": "pdf",
                "language": "en",
                "en": {"label": "Primer (PDF)"},
            },
            {
                "key": "decentralization-primer-fr",
                "format": "pdf",
                "language": "fr",
                "en": {"label": "Version française (PDF)"},
                "text": {
                    "title": "La décentralisation : une introduction",
                    "paragraphs": [
                        "Cette introduction présente les trois formes classiques de la décentralisation "
                        "(déconcentration, délégation et dévolution) et explique pourquoi la réussite d'une "
                        "réforme dépend autant des finances locales que des textes juridiques.",
                        "Chaque chapitre se termine par une série de questions destinées aux équipes qui "
                        "préparent un diagnostic national ou un projet de loi.",
                    ],
                },
            },
            {
                "key": "decentralization-primer-es",
                "format": "pdf",
                "language": "es",
                "en": {"label": "Versión en español (PDF)"},
                "text": {
                    "title": "La descentralización: una introducción",
                    "paragraphs": [
                        "Esta guía explica las tres formas clásicas de descentralización (desconcentración, "
                        "delegación y devolución) y muestra por qué una reforma depende tanto de las "
                        "finanzas locales como de la ley que la establece.",
                        "Cada capítulo concluye con preguntas prácticas para los equipos que preparan un "
                        "diagnóstico de país o una propuesta legislativa.",
                    ],
                },
            },
        ],
        "en": {
            "title": "Decentralization: A Primer",
            "summary": "A short, plain-language introduction to what decentralization is, the forms it takes "
            "and the conditions under which it improves public services.",
            "body": [
                (
                    "paragraph",
                    "<p>Debates about decentralization often stall because participants mean different "
                    "things by the word. This primer sets out a common vocabulary: it separates "
                    '<a page="glossary/deconcentration">deconcentration</a>, '
                    '<a page="glossary/delegation">delegation</a> and '
                    '<a page="glossary/devolution">devolution</a>, and it treats political, administrative '
                    "and fiscal decentralization as three dimensions of one system rather than as separate "
                    "reforms.</p>",
                ),
                (
                    "paragraph",
                    "<h2>What the primer covers</h2><ul><li>Why countries decentralize, and why some later "
                    "recentralize</li><li>Assigning functions before assigning money</li><li>Local "
                    "elections, "
                    "councils and accountability to residents</li><li>Common failure modes: unfunded "
                    "mandates, capture and weak local administrations</li></ul>",
                ),
                (
                    "call_out",
                    {
                        "title": "Who it is for",
                        "text": "<p>Officials, parliamentarians, journalists and development partners who "
                        "need a "
                        "reliable overview in an afternoon. No background in public finance is assumed.</p>",
                    },
                ),
            ],
        },
    },
    "fiscal-decentralization-primer": {
        "type": "primer",
        "publication_date": "2021-09-06",
        "authors": ["amara-nwosu-bello", "samuel-kiprotich-mutai"],
        "topics": ["fiscal-decentralization", "intergovernmental-fiscal-transfers", "own-source-revenue"],
        "countries": [],
        "doi": "10.5555/lpsa.2021.002",
        "isbn": "978-1-7391842-1-6",
        "cover": True,
        "files": [
            {
                "key": "fiscal-decentralization-primer-en",
                "format": "pdf",
                "language": "en",
                "en": {"label": "Primer (PDF)"},
            },
            {
                "key": "fiscal-decentralization-primer-fr",
                "format": "pdf",
                "language": "fr",
                "en": {"label": "Version française (PDF)"},
                "text": {
                    "title": "La décentralisation budgétaire : une introduction",
                    "paragraphs": [
                        "Ce guide suit l'ordre recommandé pour concevoir un système de finances locales : "
                        "d'abord les compétences, ensuite les ressources propres, puis les transferts et "
                        "enfin l'emprunt.",
                        "Il propose des exemples chiffrés simples pour montrer comment un déséquilibre "
                        "vertical apparaît et comment une dotation de péréquation peut le corriger.",
                    ],
                },
            },
        ],
        "en": {
            "title": "Fiscal Decentralization: A Primer",
            "summary": "The four pillars of intergovernmental finance (expenditure assignment, revenue "
            "assignment, transfers and borrowing) explained with worked examples.",
            "body": [
                (
                    "paragraph",
                    "<p>Fiscal decentralization is where reform promises meet arithmetic. This companion to "
                    "the general primer walks through the four pillars in the order a designer should tackle "
                    "them: "
                    "first decide who does what, then who taxes what, then how transfers close the remaining "
                    "gap, and only then how much subnational governments may borrow.</p>",
                ),
                (
                    "paragraph",
                    "<p>Each chapter includes a small numerical example. One shows how a "
                    '<a page="glossary/vertical-fiscal-imbalance">vertical fiscal imbalance</a> arises when '
                    "spending is devolved faster than revenue; another shows how an equalization formula "
                    "changes the allocation between a rich and a poor district.</p>",
                ),
                (
                    "call_out",
                    {
                        "title": "Use it with",
                        "text": "<p>The Intergovernmental Fiscal Transfers primer and the InFER framework, "
                        "which turn the concepts here into a structured country review.</p>",
                    },
                ),
            ],
        },
    },
    "intergovernmental-transfers-primer": {
        "type": "primer",
        "publication_date": "2022-05-23",
        "authors": ["samuel-kiprotich-mutai"],
        "topics": ["intergovernmental-fiscal-transfers", "fiscal-decentralization"],
        "countries": ["KE", "ID", "CO"],
        "doi": "10.5555/lpsa.2022.003",
        "isbn": "",
        "cover": False,
        "files": [
            {
                "key": "intergovernmental-transfers-primer-en",
                "format": "pdf",
                "language": "en",
                "en": {"label": "Primer (PDF)"},
            }
        ],
        "en": {
            "title": "Intergovernmental Fiscal Transfers: A Primer",
            "summary": "How grant systems are designed, what each type of transfer is good for, and how to "
            "read an allocation formula critically.",
            "body": [
                (
                    "paragraph",
                    "<p>In most countries transfers are the largest source of money for local governments, "
                    "so their design shapes local behaviour more than any decentralization law. The primer "
                    "classifies transfers by purpose (filling the fiscal gap, equalizing, steering spending, "
                    "rewarding performance) and by form (shared taxes, formula grants, conditional and "
                    "capital grants).</p>",
                ),
                (
                    "paragraph",
                    "<p>Short cases from Kenya, Indonesia and Colombia illustrate three different answers to "
                    "the same question: how much of the national budget should be shared, and by what "
                    "rule.</p>",
                ),
            ],
        },
    },
    # ------------------------------------------------------------------ assessment frameworks
    "logica-framework": {
        "type": "assessment-framework",
        "publication_date": "2022-03-01",
        "authors": ["amara-nwosu-bello", "samuel-kiprotich-mutai", "hannah-lindqvist"],
        "topics": ["multilevel-governance", "fiscal-decentralization", "local-elections-accountability"],
        "countries": [],
        "doi": "10.5555/lpsa.2022.010",
        "isbn": "",
        "cover": True,
        "files": [
            {
                "key": "logica-framework-en",
                "format": "pdf",
                "language": "en",
                "en": {"label": "Framework (PDF)"},
            },
            {
                "key": "logica-framework-template",
                "format": "xlsx",
                "language": "en",
                "dataset": "logica-template",
                "en": {"label": "Scoring template (Excel)"},
            },
            {
                "key": "logica-framework-es",
                "format": "pdf",
                "language": "es",
                "en": {"label": "Resumen en español (PDF)"},
                "text": {
                    "title": "LoGICA: evaluación comparada de las instituciones de gobernanza local",
                    "paragraphs": [
                        "LoGICA describe de manera sistemática cómo está organizado el sector público local "
                        "de "
                        "un país: qué niveles de gobierno existen, qué funciones ejercen, de dónde provienen "
                        "sus recursos y ante quién rinden cuentas.",
                        "El resultado es un perfil comparable entre países que ayuda a formular mejores "
                        "preguntas antes de proponer una reforma.",
                    ],
                },
            },
        ],
        "en": {
            "title": "LoGICA: Local Governance Institutions Comparative Assessment Framework",
            "summary": "A structured method for mapping a country's local public sector (its tiers, "
            "functions, finances and accountability lines) so that it can be compared with other countries.",
            "body": [
                (
                    "paragraph",
                    "<p>LoGICA starts from a simple observation: reform proposals are often built on an "
                    "incomplete picture of how the local public sector actually works. The framework asks a "
                    "fixed set of questions about every tier of government and every type of local body, "
                    "including deconcentrated offices that decentralization laws tend to overlook.</p>",
                ),
                (
                    "paragraph",
                    "<h2>Four modules</h2><ol><li>Territorial and administrative structure</li><li>Political "
                    "structure and local elections</li><li>Expenditure and revenue assignment, transfers and "
                    "borrowing</li><li>Accountability, oversight and citizen participation</li></ol>",
                ),
                (
                    "paragraph",
                    "<p>Answers are recorded in a scoring template, which makes it possible to place a "
                    "country "
                    "on a common scale without hiding the institutional detail behind a single index. The "
                    "intergovernmental profiles in this library are built with LoGICA.</p>",
                ),
                (
                    "call_out",
                    {
                        "title": "Using LoGICA in your country",
                        "text": "<p>Teams applying the framework can join the thematic working group on "
                        "assessment methods for peer review of draft profiles.</p>",
                    },
                ),
            ],
        },
    },
    "infer-framework": {
        "type": "assessment-framework",
        "publication_date": "2023-04-17",
        "authors": ["samuel-kiprotich-mutai", "priya-raghunathan"],
        "topics": [
            "intergovernmental-fiscal-transfers",
            "local-public-financial-management",
            "fiscal-decentralization",
        ],
        "countries": [],
        "doi": "10.5555/lpsa.2023.011",
        "isbn": "",
        "cover": False,
        "files": [
            {
                "key": "infer-framework-en",
                "format": "pdf",
                "language": "en",
                "en": {"label": "Framework (PDF)"},
            },
        ],
        "en": {
            "title": "InFER: Intergovernmental Fiscal and Expenditure Review Framework",
            "summary": "Guidance for reviewing how public money flows between levels of government and "
            "whether it reaches the services it is meant to fund.",
            "body": [
                (
                    "paragraph",
                    "<p>A conventional public expenditure review looks at the national budget and stops at "
                    "the "
                    "point where money is transferred to subnational governments. InFER follows the money "
                    "further. It traces allocations from the national budget through transfer systems and "
                    "local budgets to the facilities where services are delivered.</p>",
                ),
                (
                    "paragraph",
                    "<p>The review is organised around questions about adequacy (is there enough money for "
                    "the "
                    "assigned functions?), equity (is it shared fairly across places?), efficiency (is it "
                    "turned into services?) and predictability (do local governments know in advance what "
                    "they will receive?).</p>",
                ),
                (
                    "call_out",
                    {
                        "title": "Data you will need",
                        "text": "<ul><li>Approved and executed budgets for each tier</li><li>Transfer "
                        "allocations by local government</li><li>Basic service output data by "
                        "locality</li></ul>",
                    },
                ),
            ],
        },
    },
    "mood-assessment": {
        "type": "assessment-framework",
        "publication_date": "2024-02-12",
        "authors": ["marek-kowalczyk", "nadia-el-fassi"],
        "topics": ["multilevel-governance", "public-sector-reform"],
        "countries": [],
        "doi": "10.5555/lpsa.2024.012",
        "isbn": "",
        "cover": True,
        "files": [
            {
                "key": "mood-assessment-en",
                "format": "pdf",
                "language": "en",
                "en": {"label": "Assessment guide (PDF)"},
            },
            {
                "key": "mood-assessment-fr",
                "format": "pdf",
                "language": "fr",
                "en": {"label": "Guide en français (PDF)"},
                "text": {
                    "title": "MOOD : la gouvernance multiniveaux, atout ou obstacle au développement ?",
                    "paragraphs": [
                        "L'évaluation MOOD aide à déterminer si l'organisation du secteur public entre ses "
                        "différents niveaux favorise ou freine l'atteinte des objectifs de développement "
                        "d'un pays.",
                        "Elle combine une revue documentaire, des entretiens avec les acteurs clés et un "
                        "atelier de validation.",
                    ],
                },
            },
        ],
        "en": {
            "title": "MOOD: Multilevel Governance as an Opportunity or Obstacle to Development",
            "summary": "A rapid assessment that asks whether a country's multilevel governance arrangements "
            "help or hinder progress on its development goals.",
            "body": [
                (
                    "paragraph",
                    "<p>Sector reformers in health, education or water often discover that their programmes "
                    "stall for reasons that lie outside the sector: unclear assignment of functions, "
                    "transfers that arrive late, or local officials who answer upwards rather than to "
                    "residents. MOOD is designed to surface these system-level obstacles early.</p>",
                ),
                (
                    "paragraph",
                    "<p>The assessment can be completed in six to eight weeks. It combines a desk review, "
                    "interviews with officials at each level of government and a validation workshop, and it "
                    "ends with a short list of binding constraints rather than a long list of "
                    "recommendations.</p>",
                ),
            ],
        },
    },
    "promote-framework": {
        "type": "assessment-framework",
        "publication_date": "2024-10-07",
        "authors": ["priya-raghunathan", "zanele-dube"],
        "topics": ["local-public-financial-management", "local-service-delivery", "public-sector-reform"],
        "countries": [],
        "doi": "",
        "isbn": "",
        "cover": False,
        "files": [
            {
                "key": "promote-framework-en",
                "format": "pdf",
                "language": "en",
                "en": {"label": "Framework (PDF)"},
            },
            {
                "key": "promote-worksheets",
                "format": "xlsx",
                "language": "en",
                "dataset": "promote-worksheets",
                "en": {"label": "Self-assessment worksheets (Excel)"},
            },
        ],
        "en": {
            "title": "PROMOTE: Promoting Results-Oriented Management for Local Transformation and Efficiency",
            "summary": "A practical framework that helps local governments link plans, budgets and service "
            "results, and track whether management changes make a difference.",
            "body": [
                (
                    "paragraph",
                    "<p>Many local governments produce development plans, annual budgets and performance "
                    "reports "
                    "that barely refer to one another. PROMOTE offers a sequence of small, testable steps "
                    "that "
                    "connect them: choose a few service results that matter to residents, cost them, budget "
                    "for them and report on them in a form councillors can use.</p>",
                ),
                (
                    "call_out",
                    {
                        "title": "Start small",
                        "text": "<p>Pilot local governments usually begin with a single service, such as "
                        "waste collection or primary health, before extending the approach to the whole "
                        "budget.</p>",
                    },
                ),
                (
                    "paragraph",
                    "<p>The accompanying worksheets help a local management team rate its current practice "
                    "and agree on priorities for the next budget cycle.</p>",
                ),
            ],
        },
    },
    # ------------------------------------------------------------------ intergovernmental profiles
    "profile-kenya": {
        "type": "intergovernmental-profile",
        "publication_date": "2021-11-15",
        "authors": ["samuel-kiprotich-mutai", "amara-nwosu-bello"],
        "topics": ["fiscal-decentralization", "intergovernmental-fiscal-transfers", "own-source-revenue"],
        "countries": ["KE"],
        "doi": "10.5555/lpsa.2022.101",
        "isbn": "",
        "cover": False,
        "files": [
            {
                "key": "profile-kenya-en",
                "format": "pdf",
                "language": "en",
                "en": {"label": "Country profile (PDF)"},
            },
            {
                "key": "profile-kenya-data",
                "format": "xlsx",
                "language": "en",
                "dataset": "profile-kenya",
                "en": {"label": "Data annex (Excel)"},
            },
        ],
        "en": {
            "title": "Intergovernmental Profile: Kenya",
            "summary": "Kenya's devolved system since the 2010 Constitution: two levels of government, 47 "
            "counties and a constitutionally protected equitable share.",
            "body": [
                (
                    "paragraph",
                    "<p>The 2010 Constitution replaced a highly centralised state with two levels of "
                    "government, national and county. The 47 counties, each with an elected governor and "
                    "county assembly, took over functions such as primary health care, county roads, "
                    "agriculture and early childhood education after the 2013 elections.</p>",
                ),
                (
                    "paragraph",
                    "<p>Counties are financed mainly by an unconditional equitable share, which the "
                    "Constitution sets at no less than fifteen per cent of the most recent audited national "
                    "revenue. The Commission on Revenue Allocation recommends the formula for dividing it "
                    "among counties. Own-source revenue remains modest in most counties, and delays in the "
                    "release of funds have been a recurring concern.</p>",
                ),
                (
                    "call_out",
                    {
                        "title": "Part of a series",
                        "text": "<p>This profile belongs to the LoGICA series of Local Public Sector Country "
                        "Profiles, which use a common structure so that countries can be compared.</p>",
                    },
                ),
            ],
        },
    },
    "profile-uganda": {
        "type": "intergovernmental-profile",
        "publication_date": "2023-01-30",
        "authors": ["amara-nwosu-bello"],
        "topics": ["intergovernmental-fiscal-transfers", "local-service-delivery"],
        "countries": ["UG"],
        "doi": "10.5555/lpsa.2023.102",
        "isbn": "",
        "cover": False,
        "files": [
            {
                "key": "profile-uganda-en",
                "format": "pdf",
                "language": "en",
                "en": {"label": "Country profile (PDF)"},
            },
        ],
        "en": {
            "title": "Intergovernmental Profile: Uganda",
            "summary": "Uganda's local government system under the 1997 Local Governments Act, with "
            "districts, municipalities and sub-counties financed largely by sector grants.",
            "body": [
                (
                    "paragraph",
                    "<p>Uganda was one of the first African countries to adopt devolution as national "
                    "policy. "
                    "The Local Governments Act of 1997 created elected councils at district and sub-county "
                    "level and in urban authorities, and gave them responsibility for much of primary "
                    "education, primary health, agricultural extension and local roads.</p>",
                ),
                (
                    "paragraph",
                    "<p>Over time the financing system came to rely on sector conditional grants, while "
                    "local "
                    "revenue shrank after the abolition of graduated tax. Reforms since the mid-2010s have "
                    "consolidated grants, introduced allocation formulas and linked part of development "
                    "funding to assessments of local government performance.</p>",
                ),
            ],
        },
    },
    "profile-nepal": {
        "type": "intergovernmental-profile",
        "publication_date": "2023-06-19",
        "authors": ["priya-raghunathan", "samuel-kiprotich-mutai"],
        "topics": ["fiscal-decentralization", "multilevel-governance", "local-elections-accountability"],
        "countries": ["NP"],
        "doi": "10.5555/lpsa.2023.103",
        "isbn": "",
        "cover": False,
        "files": [
            {
                "key": "profile-nepal-en",
                "format": "pdf",
                "language": "en",
                "en": {"label": "Country profile (PDF)"},
            },
            {
                "key": "profile-nepal-data",
                "format": "xlsx",
                "language": "en",
                "dataset": "profile-nepal",
                "en": {"label": "Data annex (Excel)"},
            },
        ],
        "en": {
            "title": "Intergovernmental Profile: Nepal",
            "summary": "Nepal's transition to a federal state with seven provinces and 753 local governments "
            "under the 2015 Constitution.",
            "body": [
                (
                    "paragraph",
                    "<p>The 2015 Constitution turned Nepal into a federal republic with three spheres of "
                    "government: federal, provincial and local. The 753 local governments, which include "
                    "metropolitan cities, municipalities and rural municipalities, were elected for the "
                    "first time in 2017 and received a broad list of exclusive and concurrent functions.</p>",
                ),
                (
                    "paragraph",
                    "<p>Fiscal transfers follow the Intergovernmental Fiscal Arrangement Act, with "
                    "equalization, "
                    "conditional, complementary and special grants, and the National Natural Resources and "
                    "Fiscal Commission recommends how revenue is shared. The profile pays particular "
                    "attention to the capacity of newly created local administrations to plan and spend.</p>",
                ),
            ],
        },
    },
    "profile-indonesia": {
        "type": "intergovernmental-profile",
        "publication_date": "2022-08-29",
        "authors": ["rafael-bautista-cruz", "samuel-kiprotich-mutai"],
        "topics": ["fiscal-decentralization", "intergovernmental-fiscal-transfers", "local-service-delivery"],
        "countries": ["ID"],
        "doi": "10.5555/lpsa.2023.104",
        "isbn": "",
        "cover": False,
        "files": [
            {
                "key": "profile-indonesia-en",
                "format": "pdf",
                "language": "en",
                "en": {"label": "Country profile (PDF)"},
            },
        ],
        "en": {
            "title": "Intergovernmental Profile: Indonesia",
            "summary": "Indonesia's 'big bang' decentralization of 2001 and the transfer system that "
            "finances its provinces, districts, cities and villages.",
            "body": [
                (
                    "paragraph",
                    "<p>Indonesia moved a large share of public spending and civil servants to districts and "
                    "cities almost overnight in 2001. Provinces play a coordinating role, while districts "
                    "(<i>kabupaten</i>) and cities (<i>kota</i>) deliver most basic services. Regional heads "
                    "have been directly elected since 2005.</p>",
                ),
                (
                    "paragraph",
                    "<p>The transfer system combines a general allocation grant, special allocation grants "
                    "for specific purposes and shared revenue from natural resources and taxes. Since 2015 a "
                    "village fund has also channelled money directly to tens of thousands of villages. A "
                    "2022 law on central–regional fiscal relations set out the next stage of reform.</p>",
                ),
            ],
        },
    },
    "profile-colombia": {
        "type": "intergovernmental-profile",
        "publication_date": "2023-08-21",
        "authors": ["tomas-echeverria-ruiz"],
        "topics": ["intergovernmental-fiscal-transfers", "subnational-borrowing"],
        "countries": ["CO"],
        "doi": "10.5555/lpsa.2024.105",
        "isbn": "",
        "cover": False,
        "files": [
            {
                "key": "profile-colombia-en",
                "format": "pdf",
                "language": "en",
                "en": {"label": "Country profile (PDF)"},
            },
            {
                "key": "profile-colombia-es",
                "format": "pdf",
                "language": "es",
                "en": {"label": "Perfil en español (PDF)"},
                "text": {
                    "title": "Perfil intergubernamental: Colombia",
                    "paragraphs": [
                        "Colombia es un Estado unitario con departamentos y municipios dotados de autonomía "
                        "desde la Constitución de 1991.",
                        "El Sistema General de Participaciones financia sobre todo educación, salud y agua "
                        "potable, mientras que las regalías se distribuyen a través de un sistema propio. El "
                        "endeudamiento territorial está sujeto a indicadores de solvencia y sostenibilidad.",
                    ],
                },
            },
        ],
        "en": {
            "title": "Intergovernmental Profile: Colombia",
            "summary": "A unitary state with strong municipal autonomy, earmarked transfers for social "
            "sectors and rules-based limits on subnational debt.",
            "body": [
                (
                    "paragraph",
                    "<p>Since the 1991 Constitution, Colombia's departments and municipalities have elected "
                    "their "
                    "own governors and mayors and carry major responsibilities in education, health and "
                    "water. "
                    "The General System of Participations transfers a share of national current revenue to "
                    "them, most of it earmarked by sector.</p>",
                ),
                (
                    "paragraph",
                    "<p>Royalties from oil and mining are distributed through a separate system that was "
                    "overhauled in 2011–2012 to spread the money more widely across the territory. Borrowing "
                    "by subnational entities is governed by solvency and sustainability indicators that have "
                    "become a reference point for other countries in the region.</p>",
                ),
            ],
        },
    },
    "profile-ukraine": {
        "type": "intergovernmental-profile",
        "publication_date": "2024-06-24",
        "authors": ["marek-kowalczyk"],
        "topics": ["public-sector-reform", "multilevel-governance", "fiscal-decentralization"],
        "countries": ["UA"],
        "doi": "10.5555/lpsa.2024.106",
        "isbn": "",
        "cover": False,
        "files": [
            {
                "key": "profile-ukraine-en",
                "format": "pdf",
                "language": "en",
                "en": {"label": "Country profile (PDF)"},
            },
        ],
        "en": {
            "title": "Intergovernmental Profile: Ukraine",
            "summary": "Ukraine's decentralization since 2014: amalgamated hromadas, a new district map and "
            "local governments that kept working under martial law.",
            "body": [
                (
                    "paragraph",
                    "<p>Ukraine's reform began in 2014 with voluntary amalgamation of small councils into "
                    "larger "
                    "territorial communities, or hromadas, and was completed in 2020 when the whole country "
                    "was covered by 1,469 hromadas and a smaller number of consolidated districts.</p>",
                ),
                (
                    "paragraph",
                    "<p>Amalgamated communities received a substantial share of personal income tax and new "
                    "responsibilities for schools, primary care and local infrastructure. Since 2022 they "
                    "have "
                    "also organised shelter, repairs and support for displaced people, which has made local "
                    "capacity a central question for recovery planning.</p>",
                ),
            ],
        },
    },
    "profile-morocco": {
        "type": "intergovernmental-profile",
        "publication_date": "2025-01-20",
        "authors": ["nadia-el-fassi", "lea-diallo-martin"],
        "topics": ["multilevel-governance", "fiscal-decentralization"],
        "countries": ["MA"],
        "doi": "10.5555/lpsa.2025.107",
        "isbn": "",
        "cover": False,
        "files": [
            {
                "key": "profile-morocco-en",
                "format": "pdf",
                "language": "en",
                "en": {"label": "Country profile (PDF)"},
            },
            {
                "key": "profile-morocco-fr",
                "format": "pdf",
                "language": "fr",
                "en": {"label": "Profil en français (PDF)"},
                "text": {
                    "title": "Profil intergouvernemental : Maroc",
                    "paragraphs": [
                        "La Constitution de 2011 a ouvert la voie à la régionalisation avancée, précisée par "
                        "les lois organiques de 2015 sur les régions, les préfectures et provinces et les "
                        "communes.",
                        "Les douze régions disposent d'une part de plusieurs impôts nationaux, tandis que la "
                        "charte de la déconcentration administrative de 2018 cherche à rapprocher les "
                        "services de l'État des collectivités.",
                    ],
                },
            },
        ],
        "en": {
            "title": "Intergovernmental Profile: Morocco",
            "summary": "Advanced regionalization under the 2011 Constitution: twelve elected regions, "
            "provinces and prefectures, and some 1,500 communes.",
            "body": [
                (
                    "paragraph",
                    "<p>Morocco's 2011 Constitution committed the country to 'advanced regionalization'. "
                    "Organic laws adopted in 2015 defined the powers of the twelve regions, the prefectures "
                    "and provinces, and the communes, and regional councils have been directly elected since "
                    "then.</p>",
                ),
                (
                    "paragraph",
                    "<p>Regions receive fixed shares of several national taxes, but much of their investment "
                    "depends on contracts with central ministries. A national charter on administrative "
                    "deconcentration, adopted in 2018, aims to give the regional offices of ministries "
                    "enough authority to work with elected councils on an equal footing.</p>",
                ),
            ],
        },
    },
    # ------------------------------------------------------------------ databooks
    "databook-2025": {
        "type": "databook",
        "publication_date": "2025-05-05",
        "authors": ["hannah-lindqvist", "samuel-kiprotich-mutai"],
        "topics": ["fiscal-decentralization", "multilevel-governance", "intergovernmental-fiscal-transfers"],
        "countries": ["KE", "UG", "NP", "ID", "CO", "UA", "MA", "PH", "BR", "GH"],
        "doi": "10.5555/lpsa.2025.200",
        "isbn": "978-1-7391842-4-7",
        "cover": True,
        "files": [
            {
                "key": "databook-2025-data",
                "format": "xlsx",
                "language": "en",
                "dataset": "databook",
                "en": {"label": "Databook (Excel)"},
            },
            {
                "key": "databook-2025-codebook",
                "format": "pdf",
                "language": "en",
                "en": {"label": "Codebook (PDF)"},
            },
        ],
        "en": {
            "title": "Decentralization and Multilevel Governance Databook, 2025 edition",
            "summary": "Comparable indicators on the size, structure and financing of the local public "
            "sector, with a codebook describing every variable.",
            "body": [
                (
                    "paragraph",
                    "<p>The databook gathers in one spreadsheet the indicators that LPSA's country profiles "
                    "rely "
                    "on: the number of tiers and local governments, the share of public spending and revenue "
                    "at each level, the composition of local revenue, and basic facts about local "
                    "elections.</p>",
                ),
                (
                    "paragraph",
                    "<p>Each variable is defined in the codebook, including the treatment of deconcentrated "
                    "spending, which many international datasets record as local although local councils "
                    "have no say over it.</p>",
                ),
                (
                    "call_out",
                    {
                        "title": "Demonstration data",
                        "text": "<p>On this demo site the spreadsheet contains generated placeholder values, "
                        "not official statistics.</p>",
                    },
                ),
            ],
        },
    },
    "osr-dataset-2024": {
        "type": "databook",
        "publication_date": "2024-08-26",
        "authors": ["samuel-kiprotich-mutai", "rafael-bautista-cruz"],
        "topics": ["own-source-revenue", "urban-governance"],
        "countries": ["PH", "KE", "TZ", "GH", "PE", "VN"],
        "doi": "10.5555/lpsa.2024.201",
        "isbn": "",
        "cover": False,
        "files": [
            {
                "key": "osr-dataset-2024-data",
                "format": "xlsx",
                "language": "en",
                "dataset": "own-source-revenue",
                "en": {"label": "Dataset (Excel)"},
            },
            {
                "key": "osr-dataset-2024-note",
                "format": "pdf",
                "language": "en",
                "en": {"label": "Methodological note (PDF)"},
            },
        ],
        "en": {
            "title": "Local Own-Source Revenue Dataset, 2024",
            "summary": "Revenue by source for a sample of cities and districts, standardised so that "
            "property tax, business licences and user charges can be compared across countries.",
            "body": [
                (
                    "paragraph",
                    "<p>Comparisons of local revenue effort are hampered by differences in how countries "
                    "classify taxes, fees and charges. This dataset maps local revenue lines to a common "
                    "classification and reports them per resident.</p>",
                ),
                (
                    "paragraph",
                    "<p>The methodological note explains the classification and lists known gaps, such as "
                    "revenue collected by utilities owned by local governments.</p>",
                ),
            ],
        },
    },
    # ------------------------------------------------------------------ glossaries
    "dmlg-glossary": {
        "type": "glossary",
        "publication_date": "2023-11-06",
        "authors": ["hannah-lindqvist", "lea-diallo-martin", "tomas-echeverria-ruiz"],
        "topics": ["multilevel-governance", "fiscal-decentralization"],
        "countries": [],
        "doi": "10.5555/lpsa.2023.300",
        "isbn": "978-1-7391842-2-3",
        "cover": True,
        "files": [
            {"key": "dmlg-glossary-en", "format": "pdf", "language": "en", "en": {"label": "Glossary (PDF)"}},
            {
                "key": "dmlg-glossary-fr",
                "format": "pdf",
                "language": "fr",
                "en": {"label": "Glossaire en français (PDF)"},
                "text": {
                    "title": "Glossaire de la décentralisation et de la gouvernance multiniveaux",
                    "paragraphs": [
                        "Ce glossaire définit les termes les plus courants des finances locales et de la "
                        "gouvernance multiniveaux, de la dévolution à la péréquation.",
                        "Les définitions sont volontairement courtes et renvoient aux termes voisins.",
                    ],
                },
            },
            {
                "key": "dmlg-glossary-es",
                "format": "pdf",
                "language": "es",
                "en": {"label": "Glosario en español (PDF)"},
                "text": {
                    "title": "Glosario de descentralización y gobernanza multinivel",
                    "paragraphs": [
                        "El glosario reúne definiciones breves de los términos más usados en finanzas "
                        "subnacionales y gobernanza multinivel.",
                        "Cada entrada remite a términos relacionados para facilitar la consulta.",
                    ],
                },
            },
        ],
        "en": {
            "title": "Decentralization and Multilevel Governance Glossary",
            "summary": "Short, consistent definitions of the terms used in debates on decentralization, "
            "local "
            "finance and multilevel governance, available as a searchable online glossary and as a PDF.",
            "body": [
                (
                    "paragraph",
                    '<p>The glossary is also published on this site as an <a page="glossary">online A–Z '
                    "index</a>, where each term links to related entries. The downloadable edition "
                    "reproduces the same definitions for use offline and in training.</p>",
                ),
                (
                    "paragraph",
                    "<p>Definitions were drafted by members of the Community of Practice and reviewed for "
                    "consistency across languages, so that a term such as <i>dévolution</i> or "
                    "<i>transferencias intergubernamentales</i> carries the same meaning in every "
                    "edition.</p>",
                ),
            ],
        },
    },
    "igft-pocket-glossary": {
        "type": "glossary",
        "publication_date": "2020-10-12",
        "authors": ["amara-nwosu-bello"],
        "topics": ["intergovernmental-fiscal-transfers"],
        "countries": [],
        "doi": "",
        "isbn": "",
        "cover": False,
        "files": [
            {
                "key": "igft-pocket-glossary-en",
                "format": "pdf",
                "language": "en",
                "en": {"label": "Pocket glossary (PDF)"},
            },
        ],
        "en": {
            "title": "Intergovernmental Transfers: A Pocket Glossary",
            "summary": "Forty terms that come up in every negotiation over a grant formula, defined on two "
            "pages for quick reference.",
            "body": [
                (
                    "paragraph",
                    "<p>Prepared for a training workshop for finance commission staff, this two-page "
                    "glossary "
                    "covers the vocabulary of grant design: fiscal need, fiscal capacity, equalization, "
                    "matching requirements, hold-harmless clauses and more.</p>",
                ),
            ],
        },
    },
    # ------------------------------------------------------------------ training material
    "intro-course-workbook": {
        "type": "training-material",
        "publication_date": "2022-09-12",
        "authors": ["zanele-dube", "hannah-lindqvist"],
        "topics": ["multilevel-governance", "fiscal-decentralization", "local-service-delivery"],
        "countries": [],
        "doi": "",
        "isbn": "",
        "cover": True,
        "files": [
            {
                "key": "intro-course-workbook-en",
                "format": "pdf",
                "language": "en",
                "en": {"label": "Workbook (PDF)"},
            },
        ],
        "en": {
            "title": "Introduction to Decentralization and Local Governance: Course Workbook",
            "summary": "Exercises, reading lists and discussion questions for LPSA's self-paced introductory "
            "online course.",
            "body": [
                (
                    "paragraph",
                    "<p>The workbook accompanies the six units of the introductory course. Each unit pairs a "
                    "short reading with an exercise that asks participants to apply the concept to a country "
                    "they know, for instance by listing which level of government is responsible for each "
                    "step in running a primary school.</p>",
                ),
                (
                    "call_out",
                    {
                        "title": "Facilitators",
                        "text": "<p>Suggested timings and answer notes for group sessions are included at "
                        "the end of each unit.</p>",
                    },
                ),
            ],
        },
    },
    "igft-training-module": {
        "type": "training-material",
        "publication_date": "2023-11-13",
        "authors": ["zanele-dube", "amara-nwosu-bello"],
        "topics": ["intergovernmental-fiscal-transfers"],
        "countries": ["ZA", "KE", "GH"],
        "doi": "",
        "isbn": "",
        "cover": False,
        "files": [
            {
                "key": "igft-training-module-en",
                "format": "pdf",
                "language": "en",
                "en": {"label": "Trainer's guide (PDF)"},
            },
            {
                "key": "igft-training-exercise",
                "format": "xlsx",
                "language": "en",
                "dataset": "formula-exercise",
                "en": {"label": "Formula exercise (Excel)"},
            },
        ],
        "en": {
            "title": "Designing Intergovernmental Transfers: Training Module",
            "summary": "A one-day module in which participants build and test an equalization formula with "
            "a spreadsheet of fictional districts.",
            "body": [
                (
                    "paragraph",
                    "<p>Participants receive data on twelve fictional districts and a fixed grant pool. "
                    "Working "
                    "in groups, they choose indicators of need and capacity, assign weights and compare the "
                    "resulting allocations, then defend their choices to a mock finance commission.</p>",
                ),
                (
                    "paragraph",
                    "<p>The exercise makes trade-offs visible: every weight that helps remote districts "
                    "takes money from somewhere else, and data quality limits which indicators can be used "
                    "fairly.</p>",
                ),
            ],
        },
    },
    "logica-assessor-training": {
        "type": "training-material",
        "publication_date": "2024-11-18",
        "authors": ["hannah-lindqvist", "zanele-dube"],
        "topics": ["multilevel-governance", "public-sector-reform"],
        "countries": [],
        "doi": "",
        "isbn": "",
        "cover": False,
        "files": [
            {
                "key": "logica-assessor-training-en",
                "format": "pdf",
                "language": "en",
                "en": {"label": "Slides and notes (PDF)"},
            },
            {
                "key": "logica-assessor-training-fr",
                "format": "pdf",
                "language": "fr",
                "en": {"label": "Support en français (PDF)"},
                "text": {
                    "title": "Formation des évaluateurs LoGICA",
                    "paragraphs": [
                        "Ce support de formation prépare les équipes nationales à appliquer la grille LoGICA "
                        "et à documenter leurs sources.",
                        "Il comprend des exercices de notation à partir de cas fictifs.",
                    ],
                },
            },
        ],
        "en": {
            "title": "Applying LoGICA: Training for Country Assessors",
            "summary": "Slides and speaker notes for a two-day training of country teams preparing a LoGICA "
            "profile.",
            "body": [
                (
                    "paragraph",
                    "<p>The training walks assessors through each module of the framework, shows how to "
                    "document sources for every answer, and practises scoring on fictional cases before "
                    "teams turn to their own country.</p>",
                ),
            ],
        },
    },
    # ------------------------------------------------------------------ reports
    "impact-report-2025": {
        "type": "report",
        "publication_date": "2026-01-02",
        "authors": ["hannah-lindqvist"],
        "topics": ["multilevel-governance"],
        "countries": [],
        "doi": "10.5555/lpsa.2025.400",
        "isbn": "",
        "cover": True,
        "files": [
            {
                "key": "impact-report-2025-en",
                "format": "pdf",
                "language": "en",
                "en": {"label": "Report (PDF)"},
            },
        ],
        "en": {
            "title": "LPSA Impact Report 2025",
            "summary": "How the Alliance contributed to better decentralization and multilevel governance in "
            "2025 through knowledge development, knowledge sharing and convening.",
            "body": [
                (
                    "paragraph",
                    "<p>The report describes LPSA's work along three pathways. Knowledge development "
                    "produced "
                    "primers, assessment frameworks and country profiles that help reformers define problems "
                    "more precisely. Knowledge sharing reached practitioners through Decentralization.Net, "
                    "the "
                    "newsletter, webinars and online courses. Convening brought members together in regional "
                    "and thematic working groups.</p>",
                ),
                (
                    "call_out",
                    {
                        "title": "2025 in numbers",
                        "text": "<ul><li>2,443 members in the Community of Practice by December, with no "
                        "membership fee</li><li>1,885 downloads of knowledge products over twelve "
                        "months</li><li>50,923 users and 88,318 page views on "
                        "Decentralization.Net</li><li>539 "
                        "members at working group meetings: nine regional and six thematic</li></ul>",
                    },
                ),
                (
                    "paragraph",
                    "<p>The report also reflects on a difficult context: shrinking international support for "
                    "governance programmes and growing pressure on local democratic space in many "
                    "countries.</p>",
                ),
            ],
        },
    },
    "crossroads-report-2025": {
        "type": "report",
        "publication_date": "2025-06-30",
        "authors": ["marek-kowalczyk", "nadia-el-fassi", "tomas-echeverria-ruiz"],
        "topics": ["multilevel-governance", "public-sector-reform", "local-elections-accountability"],
        "countries": ["TN", "UA", "CL", "ET", "PH"],
        "doi": "10.5555/lpsa.2025.401",
        "isbn": "978-1-7391842-5-4",
        "cover": False,
        "files": [
            {
                "key": "crossroads-report-2025-en",
                "format": "pdf",
                "language": "en",
                "en": {"label": "Full report (PDF)"},
            },
            {
                "key": "crossroads-report-2025-brief",
                "format": "pdf",
                "language": "en",
                "en": {"label": "Policy brief (PDF)"},
            },
        ],
        "en": {
            "title": "Decentralization at a Crossroads: Multilevel Governance in a Time of Shrinking Aid",
            "summary": "A comparative look at how reduced donor funding and the rise of centralising "
            "politics are changing the prospects for local governance reform.",
            "body": [
                (
                    "paragraph",
                    "<p>Five country cases, from the dissolution of elected municipal councils in Tunisia to "
                    "the resilience of local governments in Ukraine, show that decentralization can move "
                    "backwards as well as forwards. The report asks what reformers can do when political "
                    "windows close and external funding declines.</p>",
                ),
                (
                    "paragraph",
                    "<p>Its main argument is that durable reform depends less on new laws than on coalitions "
                    "of officials, local government associations and researchers who can act when "
                    "opportunities reopen.</p>",
                ),
            ],
        },
    },
    "sdg-localization-report": {
        "type": "report",
        "publication_date": "2023-07-10",
        "authors": ["priya-raghunathan", "tomas-echeverria-ruiz"],
        "topics": ["sdg-localization", "local-service-delivery", "local-public-financial-management"],
        "countries": ["CO", "BR", "IN", "ID", "KE", "SN", "ES", "MX", "PH", "GH"],
        "doi": "10.5555/lpsa.2023.402",
        "isbn": "978-1-7391842-3-0",
        "cover": False,
        "files": [
            {
                "key": "sdg-localization-report-en",
                "format": "pdf",
                "language": "en",
                "en": {"label": "Report (PDF)"},
            },
            {
                "key": "sdg-localization-report-es",
                "format": "pdf",
                "language": "es",
                "en": {"label": "Resumen ejecutivo (PDF)"},
                "text": {
                    "title": "Localizar los ODS: lecciones de diez países",
                    "paragraphs": [
                        "Los gobiernos locales que mejor avanzan en los ODS no son los que producen más "
                        "informes, sino los que vinculan sus metas con el presupuesto anual.",
                        "El informe compara diez experiencias y propone indicadores sencillos que los "
                        "municipios pueden medir con sus propios datos.",
                    ],
                },
            },
        ],
        "en": {
            "title": "Localizing the SDGs: Lessons from Ten Countries",
            "summary": "What separates SDG localization that changes budgets from SDG localization that only "
            "changes reports.",
            "body": [
                (
                    "paragraph",
                    "<p>Voluntary local reviews have multiplied, but many stop at mapping existing plans "
                    "against "
                    "the goals. The ten cases in this report look for evidence that localization changed "
                    "what local governments spend money on, and find it mainly where targets were tied to "
                    "the annual budget and to transfers.</p>",
                ),
                (
                    "call_out",
                    {
                        "title": "Three lessons",
                        "text": "<ol><li>Pick few targets that local governments control</li><li>Use data "
                        "the municipality already produces</li><li>Report in the budget, not beside "
                        "it</li></ol>",
                    },
                ),
            ],
        },
    },
    # ------------------------------------------------------------------ other
    "working-groups-tor": {
        "type": "other",
        "publication_date": "2024-01-15",
        "authors": ["zanele-dube"],
        "topics": ["multilevel-governance"],
        "countries": [],
        "doi": "",
        "isbn": "",
        "cover": False,
        "files": [
            {
                "key": "working-groups-tor-en",
                "format": "pdf",
                "language": "en",
                "en": {"label": "Terms of reference (PDF)"},
            },
        ],
        "en": {
            "title": "Regional and Thematic Working Groups: Terms of Reference",
            "summary": "How LPSA's working groups are convened, who can join and what members can expect.",
            "body": [
                (
                    "paragraph",
                    "<p>Working groups are open to any member of the Community of Practice. Each has two "
                    "volunteer co-chairs, meets online several times a year and agrees a short work plan, "
                    "for example a joint review of transfer reforms in its region or a series of peer "
                    "exchanges.</p>",
                ),
            ],
        },
    },
    "womens-empowerment-note": {
        "type": "other",
        "publication_date": "2024-07-29",
        "authors": ["lea-diallo-martin", "priya-raghunathan"],
        "topics": ["gender-local-governance", "local-elections-accountability"],
        "countries": ["IN", "RW", "SN", "BO"],
        "doi": "",
        "isbn": "",
        "cover": False,
        "files": [
            {
                "key": "womens-empowerment-note-en",
                "format": "pdf",
                "language": "en",
                "en": {"label": "Concept note (PDF)"},
            },
            {
                "key": "womens-empowerment-note-fr",
                "format": "pdf",
                "language": "fr",
                "en": {"label": "Note conceptuelle (PDF)"},
                "text": {
                    "title": "Localiser l'autonomisation des femmes",
                    "paragraphs": [
                        "Cette note présente une initiative de l'Alliance sur la place des femmes dans les "
                        "institutions locales et sur l'effet des budgets locaux sur l'égalité.",
                        "Elle propose un programme d'échanges entre élues locales de plusieurs régions.",
                    ],
                },
            },
        ],
        "en": {
            "title": "Localizing Women's Empowerment: Concept Note",
            "summary": "Why women's representation in local councils and gender-aware local budgeting belong "
            "on the decentralization agenda, and what LPSA proposes to do about it.",
            "body": [
                (
                    "paragraph",
                    "<p>Reserved seats, quotas and parity rules have brought large numbers of women into "
                    "local "
                    "councils in countries such as India, Rwanda and Bolivia, yet representation has not "
                    "always translated into "
                    "influence over budgets. The note proposes peer exchanges among women local leaders and "
                    "a small set of indicators for tracking the gender effects of local spending.</p>",
                ),
            ],
        },
    },
}
