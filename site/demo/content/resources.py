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


# ---------------------------------------------------------------------- translations

LIBRARY["fr"] = {
    "title": "Bibliothèque",
    "introduction": "Introductions, cadres d'évaluation, profils pays, données et matériel de formation "
    "produits par la Local Public Sector Alliance et ses membres. Tous les produits sont téléchargeables "
    "gratuitement.",
}
LIBRARY["es"] = {
    "title": "Biblioteca",
    "introduction": "Guías introductorias, marcos de evaluación, perfiles de país, datos y material de "
    "formación elaborados por la Local Public Sector Alliance y sus miembros. Todos los productos se pueden "
    "descargar gratis.",
}
LIBRARY["pt"] = {
    "title": "Biblioteca",
    "introduction": "Guias introdutórios, quadros de avaliação, perfis de país, dados e material de formação "
    "produzidos pela Local Public Sector Alliance e seus membros. Todos os produtos podem ser baixados "
    "gratuitamente.",
}
LIBRARY["ar"] = {
    "title": "المكتبة",
    "introduction": "أدلة تمهيدية وأطر تقييم وملفات قُطرية وبيانات ومواد تدريبية من إنتاج تحالف القطاع العام "
    "المحلي وأعضائه. يمكن تنزيل جميع المنتجات مجانًا.",
}

# Product translations. "files" gives the label of each file, in the order of the product's "files".
_RESOURCE_TRANSLATIONS = {
    "logica-framework": {
        "fr": {
            "title": "LoGICA : cadre d'évaluation comparative des institutions de gouvernance locale",
            "summary": "Une méthode structurée pour décrire le secteur public local d'un pays (ses échelons, "
            "ses fonctions, ses finances et ses lignes de redevabilité) afin de pouvoir le comparer à celui "
            "d'autres pays.",
            "body": [
                (
                    "paragraph",
                    "<p>LoGICA part d'un constat simple : les propositions de réforme reposent souvent sur "
                    "une image incomplète du fonctionnement réel du secteur public local. Le cadre pose une "
                    "série fixe de questions sur chaque échelon de gouvernement et chaque type d'organisme "
                    "local, y compris les services déconcentrés que les lois de décentralisation ont "
                    "tendance à oublier.</p>",
                ),
                (
                    "paragraph",
                    "<h2>Quatre modules</h2><ol><li>Structure territoriale et "
                    "administrative</li><li>Structure politique et élections locales</li><li>Attribution des "
                    "dépenses et des recettes, transferts et emprunt</li><li>Redevabilité, contrôle et "
                    "participation citoyenne</li></ol>",
                ),
                (
                    "paragraph",
                    "<p>Les réponses sont consignées dans une grille de notation, qui permet de situer un "
                    "pays sur une échelle commune sans cacher le détail institutionnel derrière un indice "
                    "unique. Les profils intergouvernementaux de cette bibliothèque sont construits avec "
                    "LoGICA.</p>",
                ),
                (
                    "call_out",
                    {
                        "title": "Appliquer LoGICA dans votre pays",
                        "text": "<p>Les équipes qui appliquent le cadre peuvent rejoindre le groupe de "
                        "travail thématique sur les méthodes d'évaluation pour une relecture par les pairs "
                        "de leurs projets de profil.</p>",
                    },
                ),
            ],
            "files": ["Cadre (PDF)", "Grille de notation (Excel)", "Résumé en espagnol (PDF)"],
        },
        "es": {
            "title": "LoGICA: Marco de evaluación comparativa de las instituciones de gobernanza local",
            "summary": "Un método estructurado para describir el sector público local de un país (sus "
            "niveles, funciones, finanzas y líneas de rendición de cuentas) de modo que pueda compararse con "
            "el de otros países.",
            "body": [
                (
                    "paragraph",
                    "<p>LoGICA parte de una observación sencilla: las propuestas de reforma a menudo se "
                    "basan en una imagen incompleta de cómo funciona realmente el sector público local. El "
                    "marco plantea un conjunto fijo de preguntas sobre cada nivel de gobierno y cada tipo de "
                    "entidad local, incluidas las oficinas desconcentradas que las leyes de "
                    "descentralización suelen pasar por alto.</p>",
                ),
                (
                    "paragraph",
                    "<h2>Cuatro módulos</h2><ol><li>Estructura territorial y "
                    "administrativa</li><li>Estructura política y elecciones locales</li><li>Asignación de "
                    "gastos e ingresos, transferencias y endeudamiento</li><li>Rendición de cuentas, control "
                    "y participación ciudadana</li></ol>",
                ),
                (
                    "paragraph",
                    "<p>Las respuestas se registran en una plantilla de puntuación, que permite situar a un "
                    "país en una escala común sin ocultar el detalle institucional detrás de un índice "
                    "único. Los perfiles intergubernamentales de esta biblioteca se elaboran con LoGICA.</p>",
                ),
                (
                    "call_out",
                    {
                        "title": "Aplicar LoGICA en su país",
                        "text": "<p>Los equipos que aplican el marco pueden unirse al grupo de trabajo "
                        "temático sobre métodos de evaluación para que sus pares revisen los borradores de "
                        "perfil.</p>",
                    },
                ),
            ],
            "files": ["Marco (PDF)", "Plantilla de puntuación (Excel)", "Resumen en español (PDF)"],
        },
        "pt": {
            "title": "LoGICA: Quadro de avaliação comparativa das instituições de governança local",
            "summary": "Um método estruturado para mapear o setor público local de um país (suas esferas, "
            "funções, finanças e linhas de prestação de contas) de forma que possa ser comparado com o de "
            "outros países.",
            "body": [
                (
                    "paragraph",
                    "<p>O LoGICA parte de uma constatação simples: as propostas de reforma muitas vezes se "
                    "baseiam numa imagem incompleta de como o setor público local realmente funciona. O "
                    "quadro faz um conjunto fixo de perguntas sobre cada nível de governo e cada tipo de "
                    "órgão local, inclusive as unidades desconcentradas que as leis de descentralização "
                    "costumam esquecer.</p>",
                ),
                (
                    "paragraph",
                    "<h2>Quatro módulos</h2><ol><li>Estrutura territorial e administrativa</li><li>Estrutura "
                    "política e eleições locais</li><li>Atribuição de despesas e receitas, transferências e "
                    "endividamento</li><li>Prestação de contas, controle e participação cidadã</li></ol>",
                ),
                (
                    "paragraph",
                    "<p>As respostas são registradas numa planilha de pontuação, que permite situar um país "
                    "numa escala comum sem esconder o detalhe institucional atrás de um índice único. Os "
                    "perfis intergovernamentais desta biblioteca são construídos com o LoGICA.</p>",
                ),
                (
                    "call_out",
                    {
                        "title": "Aplicar o LoGICA no seu país",
                        "text": "<p>As equipes que aplicam o quadro podem participar do grupo de trabalho "
                        "temático sobre métodos de avaliação para a revisão por pares de seus rascunhos de "
                        "perfil.</p>",
                    },
                ),
            ],
            "files": ["Quadro (PDF)", "Planilha de pontuação (Excel)", "Resumo em espanhol (PDF)"],
        },
        "ar": {
            "title": "LoGICA: إطار التقييم المقارن لمؤسسات الحوكمة المحلية",
            "summary": "منهج منظّم لرسم خريطة القطاع العام المحلي في بلد ما (مستوياته ووظائفه وماليته وخطوط "
            "المساءلة فيه) بحيث يمكن مقارنته ببلدان أخرى.",
            "body": [
                (
                    "paragraph",
                    "<p>ينطلق LoGICA من ملاحظة بسيطة: كثيرًا ما تُبنى مقترحات الإصلاح على صورة ناقصة عن "
                    "كيفية عمل القطاع العام المحلي فعليًا. يطرح الإطار مجموعة ثابتة من الأسئلة عن كل مستوى "
                    "حكومي وكل نوع من الهيئات المحلية، بما في ذلك المكاتب غير الممركزة التي تميل قوانين "
                    "اللامركزية إلى إغفالها.</p>",
                ),
                (
                    "paragraph",
                    "<h2>أربع وحدات</h2><ol><li>البنية الإقليمية والإدارية</li><li>البنية السياسية "
                    "والانتخابات المحلية</li><li>إسناد الإنفاق والإيرادات والتحويلات "
                    "والاقتراض</li><li>المساءلة والرقابة ومشاركة المواطنين</li></ol>",
                ),
                (
                    "paragraph",
                    "<p>تُسجَّل الإجابات في نموذج للتنقيط يتيح وضع البلد على مقياس مشترك من دون إخفاء "
                    "التفاصيل المؤسسية خلف مؤشر واحد. والملفات الخاصة بالعلاقات بين مستويات الحكم في هذه "
                    "المكتبة مبنية باستخدام LoGICA.</p>",
                ),
                (
                    "call_out",
                    {
                        "title": "استخدام LoGICA في بلدك",
                        "text": "<p>يمكن للفرق التي تطبّق الإطار الانضمام إلى فريق العمل المواضيعي المعني "
                        "بأساليب التقييم لمراجعة مسودات الملفات من قِبل الأقران.</p>",
                    },
                ),
            ],
            "files": ["الإطار (PDF)", "نموذج التنقيط (Excel)", "ملخص بالإسبانية (PDF)"],
        },
    },
    "databook-2025": {
        "fr": {
            "title": "Recueil de données sur la décentralisation et la gouvernance multiniveau, édition 2025",
            "summary": "Des indicateurs comparables sur la taille, la structure et le financement du secteur "
            "public local, avec un dictionnaire des variables qui décrit chacune d'elles.",
            "body": [
                (
                    "paragraph",
                    "<p>Le recueil rassemble dans un seul tableur les indicateurs sur lesquels s'appuient "
                    "les profils pays de la LPSA : le nombre d'échelons et de collectivités locales, la part "
                    "des dépenses et des recettes publiques à chaque niveau, la composition des recettes "
                    "locales et des faits de base sur les élections locales.</p>",
                ),
                (
                    "paragraph",
                    "<p>Chaque variable est définie dans le dictionnaire des variables, y compris le "
                    "traitement des dépenses déconcentrées, que de nombreuses bases de données "
                    "internationales comptent comme locales alors que les conseils locaux n'ont aucune prise "
                    "sur elles.</p>",
                ),
                (
                    "call_out",
                    {
                        "title": "Données de démonstration",
                        "text": "<p>Sur ce site de démonstration, le tableur contient des valeurs générées, "
                        "et non des statistiques officielles.</p>",
                    },
                ),
            ],
            "files": ["Recueil de données (Excel)", "Dictionnaire des variables (PDF)"],
        },
        "es": {
            "title": "Compendio de datos sobre descentralización y gobernanza multinivel, edición 2025",
            "summary": "Indicadores comparables sobre el tamaño, la estructura y el financiamiento del "
            "sector público local, con un libro de códigos que describe cada variable.",
            "body": [
                (
                    "paragraph",
                    "<p>El compendio reúne en una sola hoja de cálculo los indicadores en los que se apoyan "
                    "los perfiles de país de la LPSA: el número de niveles y de gobiernos locales, la parte "
                    "del gasto y de los ingresos públicos en cada nivel, la composición de los ingresos "
                    "locales y datos básicos sobre las elecciones locales.</p>",
                ),
                (
                    "paragraph",
                    "<p>Cada variable se define en el libro de códigos, incluido el tratamiento del gasto "
                    "desconcentrado, que muchas bases de datos internacionales registran como local aunque "
                    "los concejos locales no tengan ninguna voz sobre él.</p>",
                ),
                (
                    "call_out",
                    {
                        "title": "Datos de demostración",
                        "text": "<p>En este sitio de demostración la hoja de cálculo contiene valores "
                        "generados, no estadísticas oficiales.</p>",
                    },
                ),
            ],
            "files": ["Compendio de datos (Excel)", "Libro de códigos (PDF)"],
        },
        "pt": {
            "title": "Compêndio de dados sobre descentralização e governança multinível, edição 2025",
            "summary": "Indicadores comparáveis sobre o tamanho, a estrutura e o financiamento do setor "
            "público local, com um livro de códigos que descreve cada variável.",
            "body": [
                (
                    "paragraph",
                    "<p>O compêndio reúne numa única planilha os indicadores em que se apoiam os perfis de "
                    "país da LPSA: o número de esferas e de governos locais, a parcela da despesa e da "
                    "receita públicas em cada nível, a composição da receita local e fatos básicos sobre as "
                    "eleições locais.</p>",
                ),
                (
                    "paragraph",
                    "<p>Cada variável é definida no livro de códigos, inclusive o tratamento da despesa "
                    "desconcentrada, que muitas bases de dados internacionais registram como local embora os "
                    "conselhos locais não tenham qualquer voz sobre ela.</p>",
                ),
                (
                    "call_out",
                    {
                        "title": "Dados de demonstração",
                        "text": "<p>Neste site de demonstração, a planilha contém valores gerados, não "
                        "estatísticas oficiais.</p>",
                    },
                ),
            ],
            "files": ["Compêndio de dados (Excel)", "Livro de códigos (PDF)"],
        },
        "ar": {
            "title": "كتاب بيانات اللامركزية والحوكمة متعددة المستويات، إصدار 2025",
            "summary": "مؤشرات قابلة للمقارنة عن حجم القطاع العام المحلي وبنيته وتمويله، مع دليل ترميز يصف "
            "كل متغير.",
            "body": [
                (
                    "paragraph",
                    "<p>يجمع كتاب البيانات في جدول بيانات واحد المؤشرات التي تعتمد عليها الملفات القُطرية "
                    "للتحالف: عدد المستويات والحكومات المحلية، وحصة الإنفاق العام والإيرادات العامة في كل "
                    "مستوى، وتركيبة الإيرادات المحلية، ومعلومات أساسية عن الانتخابات المحلية.</p>",
                ),
                (
                    "paragraph",
                    "<p>يُعرَّف كل متغير في دليل الترميز، بما في ذلك طريقة احتساب الإنفاق غير الممركز الذي "
                    "تسجّله قواعد بيانات دولية كثيرة على أنه محلي مع أن المجالس المحلية لا رأي لها فيه.</p>",
                ),
                (
                    "call_out",
                    {
                        "title": "بيانات للعرض",
                        "text": "<p>على موقع العرض هذا يحتوي جدول البيانات على قيم مولَّدة، وليس على "
                        "إحصاءات رسمية.</p>",
                    },
                ),
            ],
            "files": ["كتاب البيانات (Excel)", "دليل الترميز (PDF)"],
        },
    },
    "dmlg-glossary": {
        "fr": {
            "title": "Glossaire de la décentralisation et de la gouvernance multiniveau",
            "summary": "Des définitions courtes et cohérentes des termes employés dans les débats sur la "
            "décentralisation, les finances locales et la gouvernance multiniveau, disponibles sous forme de "
            "glossaire en ligne consultable et en PDF.",
            "body": [
                (
                    "paragraph",
                    "<p>Le glossaire est aussi publié sur ce site sous forme d'"
                    '<a page="glossary">index en ligne de A à Z</a>, où chaque terme renvoie aux entrées '
                    "associées. L'édition téléchargeable reprend les mêmes définitions pour un usage hors "
                    "ligne et en formation.</p>",
                ),
                (
                    "paragraph",
                    "<p>Les définitions ont été rédigées par des membres de la communauté de pratique et "
                    "relues pour être cohérentes d'une langue à l'autre, de sorte qu'un terme comme "
                    "<i>dévolution</i> ou <i>transferencias intergubernamentales</i> ait le même sens dans "
                    "chaque édition.</p>",
                ),
            ],
            "files": [
                "Glossaire (PDF, anglais)",
                "Glossaire en français (PDF)",
                "Glossaire en espagnol (PDF)",
            ],
        },
        "es": {
            "title": "Glosario de descentralización y gobernanza multinivel",
            "summary": "Definiciones breves y coherentes de los términos que se usan en los debates sobre "
            "descentralización, finanzas locales y gobernanza multinivel, disponibles como glosario en línea "
            "con buscador y en PDF.",
            "body": [
                (
                    "paragraph",
                    "<p>El glosario también se publica en este sitio como un "
                    '<a page="glossary">índice en línea de la A a la Z</a>, donde cada término enlaza con '
                    "entradas relacionadas. La edición descargable reproduce las mismas definiciones para "
                    "usarlas sin conexión y en formación.</p>",
                ),
                (
                    "paragraph",
                    "<p>Las definiciones fueron redactadas por miembros de la comunidad de práctica y "
                    "revisadas para que sean coherentes entre idiomas, de modo que un término como "
                    "<i>dévolution</i> o <i>transferencias intergubernamentales</i> tenga el mismo "
                    "significado en todas las ediciones.</p>",
                ),
            ],
            "files": ["Glosario (PDF, inglés)", "Glosario en francés (PDF)", "Glosario en español (PDF)"],
        },
        "pt": {
            "title": "Glossário de descentralização e governança multinível",
            "summary": "Definições curtas e coerentes dos termos usados nos debates sobre descentralização, "
            "finanças locais e governança multinível, disponíveis como glossário on-line pesquisável e em "
            "PDF.",
            "body": [
                (
                    "paragraph",
                    "<p>O glossário também é publicado neste site como um "
                    '<a page="glossary">índice on-line de A a Z</a>, em que cada termo remete a verbetes '
                    "relacionados. A edição para download reproduz as mesmas definições para uso off-line e "
                    "em formações.</p>",
                ),
                (
                    "paragraph",
                    "<p>As definições foram redigidas por membros da comunidade de prática e revisadas para "
                    "serem coerentes entre os idiomas, de modo que um termo como <i>dévolution</i> ou "
                    "<i>transferencias intergubernamentales</i> tenha o mesmo sentido em todas as "
                    "edições.</p>",
                ),
            ],
            "files": ["Glossário (PDF, inglês)", "Glossário em francês (PDF)", "Glossário em espanhol (PDF)"],
        },
        "ar": {
            "title": "مسرد اللامركزية والحوكمة متعددة المستويات",
            "summary": "تعريفات موجزة ومتسقة للمصطلحات المستخدمة في النقاشات حول اللامركزية والمالية المحلية "
            "والحوكمة متعددة المستويات، متاحة في صورة مسرد إلكتروني قابل للبحث وفي ملف PDF.",
            "body": [
                (
                    "paragraph",
                    "<p>يُنشر المسرد أيضًا على هذا الموقع في صورة "
                    '<a page="glossary">فهرس إلكتروني من الألف إلى الياء</a>، يحيل فيه كل مصطلح إلى '
                    "المداخل ذات الصلة. وتعيد النسخة القابلة للتنزيل نشر التعريفات نفسها للاستخدام دون اتصال "
                    "وفي التدريب.</p>",
                ),
                (
                    "paragraph",
                    "<p>صاغ التعريفات أعضاء في مجتمع الممارسة، وروجعت لضمان اتساقها بين اللغات، بحيث يحمل "
                    "مصطلح مثل <i>dévolution</i> أو <i>transferencias intergubernamentales</i> المعنى نفسه "
                    "في كل إصدار.</p>",
                ),
            ],
            "files": ["المسرد (PDF، بالإنجليزية)", "المسرد بالفرنسية (PDF)", "المسرد بالإسبانية (PDF)"],
        },
    },
    "logica-assessor-training": {
        "fr": {
            "title": "Appliquer LoGICA : formation des évaluateurs pays",
            "summary": "Diapositives et notes de l'intervenant pour une formation de deux jours destinée aux "
            "équipes nationales qui préparent un profil LoGICA.",
            "body": [
                (
                    "paragraph",
                    "<p>La formation fait parcourir aux évaluateurs chaque module du cadre, montre comment "
                    "documenter les sources de chaque réponse et fait pratiquer la notation sur des cas "
                    "fictifs avant que les équipes ne passent à leur propre pays.</p>",
                ),
            ],
            "files": ["Diapositives et notes (PDF, anglais)", "Support en français (PDF)"],
        },
        "es": {
            "title": "Aplicar LoGICA: formación para evaluadores de país",
            "summary": "Diapositivas y notas del ponente para una formación de dos días dirigida a equipos "
            "de país que preparan un perfil LoGICA.",
            "body": [
                (
                    "paragraph",
                    "<p>La formación guía a los evaluadores por cada módulo del marco, muestra cómo "
                    "documentar las fuentes de cada respuesta y practica la puntuación con casos ficticios "
                    "antes de que los equipos pasen a su propio país.</p>",
                ),
            ],
            "files": ["Diapositivas y notas (PDF, inglés)", "Material en francés (PDF)"],
        },
        "pt": {
            "title": "Aplicar o LoGICA: formação para avaliadores de país",
            "summary": "Slides e notas do apresentador para uma formação de dois dias destinada às equipes "
            "nacionais que preparam um perfil LoGICA.",
            "body": [
                (
                    "paragraph",
                    "<p>A formação conduz os avaliadores por cada módulo do quadro, mostra como documentar "
                    "as fontes de cada resposta e pratica a pontuação com casos fictícios antes que as "
                    "equipes passem ao próprio país.</p>",
                ),
            ],
            "files": ["Slides e notas (PDF, inglês)", "Material em francês (PDF)"],
        },
        "ar": {
            "title": "تطبيق LoGICA: تدريب المقيّمين القُطريين",
            "summary": "شرائح عرض وملاحظات للمدرّب لدورة تدريبية مدتها يومان للفرق القُطرية التي تُعدّ ملفًا "
            "وفق LoGICA.",
            "body": [
                (
                    "paragraph",
                    "<p>يأخذ التدريب المقيّمين عبر كل وحدة من وحدات الإطار، ويبيّن كيفية توثيق مصادر كل "
                    "إجابة، ويتيح التمرّن على التنقيط باستخدام حالات افتراضية قبل أن تنتقل الفرق إلى "
                    "بلدانها.</p>",
                ),
            ],
            "files": ["الشرائح والملاحظات (PDF، بالإنجليزية)", "مواد التدريب بالفرنسية (PDF)"],
        },
    },
    "igft-pocket-glossary": {
        "fr": {
            "title": "Transferts intergouvernementaux : glossaire de poche",
            "summary": "Quarante termes qui reviennent dans toute négociation sur une formule de dotation, "
            "définis sur deux pages pour une consultation rapide.",
            "body": [
                (
                    "paragraph",
                    "<p>Préparé pour un atelier de formation du personnel des commissions des finances, ce "
                    "glossaire de deux pages couvre le vocabulaire de la conception des dotations : besoin "
                    "de financement, capacité fiscale, péréquation, contreparties exigées, clauses de "
                    "garantie et bien d'autres.</p>",
                ),
            ],
            "files": ["Glossaire de poche (PDF, anglais)"],
        },
        "es": {
            "title": "Transferencias intergubernamentales: glosario de bolsillo",
            "summary": "Cuarenta términos que aparecen en toda negociación sobre una fórmula de "
            "transferencias, definidos en dos páginas para consulta rápida.",
            "body": [
                (
                    "paragraph",
                    "<p>Preparado para un taller de formación del personal de comisiones de finanzas, este "
                    "glosario de dos páginas cubre el vocabulario del diseño de transferencias: necesidad de "
                    "gasto, capacidad fiscal, nivelación, contrapartidas, cláusulas de garantía y más.</p>",
                ),
            ],
            "files": ["Glosario de bolsillo (PDF, inglés)"],
        },
        "pt": {
            "title": "Transferências intergovernamentais: glossário de bolso",
            "summary": "Quarenta termos que aparecem em toda negociação sobre uma fórmula de transferências, "
            "definidos em duas páginas para consulta rápida.",
            "body": [
                (
                    "paragraph",
                    "<p>Preparado para uma oficina de formação de técnicos de comissões de finanças, este "
                    "glossário de duas páginas cobre o vocabulário do desenho de transferências: necessidade "
                    "fiscal, capacidade fiscal, equalização, contrapartidas, cláusulas de garantia e "
                    "mais.</p>",
                ),
            ],
            "files": ["Glossário de bolso (PDF, inglês)"],
        },
        "ar": {
            "title": "التحويلات بين مستويات الحكم: مسرد الجيب",
            "summary": "أربعون مصطلحًا ترد في كل تفاوض على صيغة لتوزيع المنح، معرَّفة في صفحتين للرجوع إليها "
            "بسرعة.",
            "body": [
                (
                    "paragraph",
                    "<p>أُعدّ هذا المسرد المؤلف من صفحتين لورشة تدريبية لموظفي لجان المالية، ويغطي مفردات "
                    "تصميم المنح: الحاجة المالية، والقدرة المالية، والمعادلة، ومتطلبات المساهمة المقابلة، "
                    "وبنود ضمان الحد الأدنى، وغير ذلك.</p>",
                ),
            ],
            "files": ["مسرد الجيب (PDF، بالإنجليزية)"],
        },
    },
    "working-groups-tor": {
        "fr": {
            "title": "Groupes de travail régionaux et thématiques : termes de référence",
            "summary": "Comment les groupes de travail de la LPSA sont réunis, qui peut y participer et ce "
            "que les membres peuvent en attendre.",
            "body": [
                (
                    "paragraph",
                    "<p>Les groupes de travail sont ouverts à tout membre de la communauté de pratique. "
                    "Chacun a deux coprésidents bénévoles, se réunit en ligne plusieurs fois par an et "
                    "adopte un court plan de travail, par exemple un examen commun des réformes des "
                    "transferts dans sa région ou une série d'échanges entre pairs.</p>",
                ),
            ],
            "files": ["Termes de référence (PDF, anglais)"],
        },
        "es": {
            "title": "Grupos de trabajo regionales y temáticos: términos de referencia",
            "summary": "Cómo se convocan los grupos de trabajo de la LPSA, quién puede unirse y qué pueden "
            "esperar sus miembros.",
            "body": [
                (
                    "paragraph",
                    "<p>Los grupos de trabajo están abiertos a cualquier miembro de la comunidad de "
                    "práctica. Cada uno tiene dos copresidentes voluntarios, se reúne en línea varias veces "
                    "al año y acuerda un plan de trabajo breve, por ejemplo una revisión conjunta de las "
                    "reformas de transferencias en su región o una serie de intercambios entre pares.</p>",
                ),
            ],
            "files": ["Términos de referencia (PDF, inglés)"],
        },
        "pt": {
            "title": "Grupos de trabalho regionais e temáticos: termos de referência",
            "summary": "Como os grupos de trabalho da LPSA são convocados, quem pode participar e o que os "
            "membros podem esperar.",
            "body": [
                (
                    "paragraph",
                    "<p>Os grupos de trabalho estão abertos a qualquer membro da comunidade de prática. Cada "
                    "um tem dois copresidentes voluntários, reúne-se on-line várias vezes por ano e combina "
                    "um plano de trabalho curto, por exemplo uma análise conjunta das reformas de "
                    "transferências na sua região ou uma série de intercâmbios entre pares.</p>",
                ),
            ],
            "files": ["Termos de referência (PDF, inglês)"],
        },
        "ar": {
            "title": "أفرقة العمل الإقليمية والمواضيعية: الاختصاصات",
            "summary": "كيف تُعقد أفرقة العمل التابعة للتحالف، ومن يمكنه الانضمام إليها، وما الذي يمكن "
            "للأعضاء أن يتوقعوه.",
            "body": [
                (
                    "paragraph",
                    "<p>أفرقة العمل مفتوحة لأي عضو في مجتمع الممارسة. لكل منها رئيسان مشاركان متطوعان، "
                    "وتجتمع عبر الإنترنت عدة مرات في السنة، وتتفق على خطة عمل قصيرة، مثل مراجعة مشتركة "
                    "لإصلاحات التحويلات في منطقتها أو سلسلة من التبادلات بين الأقران.</p>",
                ),
            ],
            "files": ["الاختصاصات (PDF، بالإنجليزية)"],
        },
    },
}

_RESOURCE_TRANSLATIONS.update(
    {
        "osr-dataset-2024": {
            "fr": {
                "title": "Base de données sur les ressources propres locales, 2024",
                "summary": "Les recettes par source d'un échantillon de villes et de districts, normalisées "
                "pour que l'impôt foncier, les patentes et les redevances d'usagers puissent être comparés "
                "d'un pays à l'autre.",
                "body": [
                    (
                        "paragraph",
                        "<p>Les comparaisons de l'effort fiscal local se heurtent aux différences dans la "
                        "façon dont les pays classent impôts, taxes et redevances. Cette base rattache "
                        "chaque ligne de recettes locales à une classification commune et les rapporte au "
                        "nombre d'habitants.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>La note méthodologique explique la classification et recense les lacunes "
                        "connues, comme les recettes perçues par les régies et entreprises appartenant aux "
                        "collectivités locales.</p>",
                    ),
                ],
                "files": ["Base de données (Excel)", "Note méthodologique (PDF, anglais)"],
            },
            "es": {
                "title": "Base de datos de ingresos propios locales, 2024",
                "summary": "Ingresos por fuente de una muestra de ciudades y distritos, estandarizados para "
                "que el impuesto predial, las patentes comerciales y los cargos a usuarios puedan compararse "
                "entre países.",
                "body": [
                    (
                        "paragraph",
                        "<p>Las comparaciones del esfuerzo fiscal local tropiezan con las diferencias en la "
                        "forma en que los países clasifican impuestos, tasas y cargos. Esta base asigna cada "
                        "rubro de ingreso local a una clasificación común y lo expresa por habitante.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>La nota metodológica explica la clasificación y enumera las lagunas conocidas, "
                        "como los ingresos que cobran las empresas de servicios de propiedad de los "
                        "gobiernos locales.</p>",
                    ),
                ],
                "files": ["Base de datos (Excel)", "Nota metodológica (PDF, inglés)"],
            },
            "pt": {
                "title": "Base de dados de receitas próprias locais, 2024",
                "summary": "Receitas por fonte de uma amostra de cidades e distritos, padronizadas para que "
                "o imposto predial, os alvarás de funcionamento e as tarifas de usuários possam ser "
                "comparados entre países.",
                "body": [
                    (
                        "paragraph",
                        "<p>As comparações do esforço fiscal local esbarram nas diferenças na forma como os "
                        "países classificam impostos, taxas e tarifas. Esta base associa cada linha de "
                        "receita local a uma classificação comum e a apresenta por habitante.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>A nota metodológica explica a classificação e lista as lacunas conhecidas, como "
                        "as receitas arrecadadas por empresas de serviços públicos pertencentes aos governos "
                        "locais.</p>",
                    ),
                ],
                "files": ["Base de dados (Excel)", "Nota metodológica (PDF, inglês)"],
            },
            "ar": {
                "title": "قاعدة بيانات الإيرادات الذاتية المحلية، 2024",
                "summary": "إيرادات عيّنة من المدن والمناطق بحسب المصدر، موحّدة بحيث يمكن مقارنة ضريبة "
                "العقارات ورخص الأعمال ورسوم المستخدمين بين البلدان.",
                "body": [
                    (
                        "paragraph",
                        "<p>تصطدم مقارنات الجهد الضريبي المحلي باختلاف طرق تصنيف البلدان للضرائب والرسوم "
                        "والأجور. تربط قاعدة البيانات هذه كل بند من بنود الإيرادات المحلية بتصنيف مشترك "
                        "وتعرضه بحسب عدد السكان.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>تشرح المذكرة المنهجية التصنيف وتعدّد الثغرات المعروفة، مثل الإيرادات التي "
                        "تحصّلها المرافق المملوكة للحكومات المحلية.</p>",
                    ),
                ],
                "files": ["قاعدة البيانات (Excel)", "المذكرة المنهجية (PDF، بالإنجليزية)"],
            },
        },
        "womens-empowerment-note": {
            "fr": {
                "title": "Localiser l'autonomisation des femmes : note conceptuelle",
                "summary": "Pourquoi la représentation des femmes dans les conseils locaux et la "
                "budgétisation locale sensible au genre ont leur place dans l'agenda de la décentralisation, "
                "et ce que la LPSA propose de faire.",
                "body": [
                    (
                        "paragraph",
                        "<p>Sièges réservés, quotas et règles de parité ont fait entrer un grand nombre de "
                        "femmes dans les conseils locaux de pays comme l'Inde, le Rwanda et la Bolivie, mais "
                        "la représentation ne s'est pas toujours traduite en influence sur les budgets. La "
                        "note propose des échanges entre pairs parmi les élues locales et un petit ensemble "
                        "d'indicateurs pour suivre les effets de la dépense locale selon le genre.</p>",
                    ),
                ],
                "files": ["Note conceptuelle (PDF, anglais)", "Note conceptuelle (PDF, français)"],
            },
            "es": {
                "title": "Localizar el empoderamiento de las mujeres: nota conceptual",
                "summary": "Por qué la representación de las mujeres en los concejos locales y la "
                "presupuestación local con perspectiva de género deben estar en la agenda de la "
                "descentralización, y qué propone hacer la LPSA.",
                "body": [
                    (
                        "paragraph",
                        "<p>Los escaños reservados, las cuotas y las reglas de paridad han llevado a muchas "
                        "mujeres a los concejos locales en países como India, Ruanda y Bolivia, pero la "
                        "representación no siempre se ha traducido en influencia sobre los presupuestos. La "
                        "nota propone intercambios entre pares de lideresas locales y un pequeño conjunto de "
                        "indicadores para seguir los efectos de género del gasto local.</p>",
                    ),
                ],
                "files": ["Nota conceptual (PDF, inglés)", "Nota conceptual (PDF, francés)"],
            },
            "pt": {
                "title": "Localizar o empoderamento das mulheres: nota conceitual",
                "summary": "Por que a representação das mulheres nos conselhos locais e o orçamento local "
                "sensível ao gênero pertencem à agenda da descentralização, e o que a LPSA propõe fazer.",
                "body": [
                    (
                        "paragraph",
                        "<p>Cadeiras reservadas, cotas e regras de paridade levaram muitas mulheres aos "
                        "conselhos locais em países como Índia, Ruanda e Bolívia, mas a representação nem "
                        "sempre se traduziu em influência sobre os orçamentos. A nota propõe intercâmbios "
                        "entre pares de lideranças femininas locais e um pequeno conjunto de indicadores "
                        "para acompanhar os efeitos de gênero da despesa local.</p>",
                    ),
                ],
                "files": ["Nota conceitual (PDF, inglês)", "Nota conceitual (PDF, francês)"],
            },
            "ar": {
                "title": "توطين تمكين المرأة: مذكرة مفاهيمية",
                "summary": "لماذا ينبغي أن يكون تمثيل المرأة في المجالس المحلية والموازنة المحلية المراعية "
                "للنوع الاجتماعي جزءًا من أجندة اللامركزية، وما الذي يقترح التحالف القيام به.",
                "body": [
                    (
                        "paragraph",
                        "<p>أدخلت المقاعد المخصصة والحصص وقواعد المناصفة أعدادًا كبيرة من النساء إلى "
                        "المجالس المحلية في بلدان مثل الهند ورواندا وبوليفيا، غير أن التمثيل لم يتحول دائمًا "
                        "إلى تأثير في الموازنات. تقترح المذكرة تبادلات بين الأقران من القيادات النسائية "
                        "المحلية ومجموعة صغيرة من المؤشرات لتتبع الآثار الجندرية للإنفاق المحلي.</p>",
                    ),
                ],
                "files": ["المذكرة المفاهيمية (PDF، بالإنجليزية)", "المذكرة المفاهيمية (PDF، بالفرنسية)"],
            },
        },
        "intro-course-workbook": {
            "fr": {
                "title": "Introduction à la décentralisation et à la gouvernance locale : cahier du cours",
                "summary": "Exercices, listes de lectures et questions de discussion pour le cours "
                "d'introduction en ligne et en autonomie de la LPSA.",
                "body": [
                    (
                        "paragraph",
                        "<p>Le cahier accompagne les six unités du cours d'introduction. Chaque unité "
                        "associe une courte lecture à un exercice qui demande aux participants d'appliquer "
                        "la notion à un pays qu'ils connaissent, par exemple en indiquant quel niveau de "
                        "gouvernement est responsable de chaque étape du fonctionnement d'une école "
                        "primaire.</p>",
                    ),
                    (
                        "call_out",
                        {
                            "title": "Animateurs",
                            "text": "<p>Des durées indicatives et des éléments de réponse pour les séances "
                            "en groupe figurent à la fin de chaque unité.</p>",
                        },
                    ),
                ],
                "files": ["Cahier (PDF, anglais)"],
            },
            "es": {
                "title": "Introducción a la descentralización y la gobernanza local: cuaderno del curso",
                "summary": "Ejercicios, listas de lecturas y preguntas de debate para el curso introductorio "
                "en línea y a su propio ritmo de la LPSA.",
                "body": [
                    (
                        "paragraph",
                        "<p>El cuaderno acompaña las seis unidades del curso introductorio. Cada unidad "
                        "combina una lectura breve con un ejercicio que pide a los participantes aplicar el "
                        "concepto a un país que conozcan, por ejemplo indicando qué nivel de gobierno es "
                        "responsable de cada paso del funcionamiento de una escuela primaria.</p>",
                    ),
                    (
                        "call_out",
                        {
                            "title": "Facilitadores",
                            "text": "<p>Al final de cada unidad se incluyen tiempos sugeridos y notas de "
                            "respuesta para las sesiones en grupo.</p>",
                        },
                    ),
                ],
                "files": ["Cuaderno (PDF, inglés)"],
            },
            "pt": {
                "title": "Introdução à descentralização e à governança local: caderno do curso",
                "summary": "Exercícios, listas de leitura e questões para debate do curso introdutório "
                "on-line e autoinstrucional da LPSA.",
                "body": [
                    (
                        "paragraph",
                        "<p>O caderno acompanha as seis unidades do curso introdutório. Cada unidade combina "
                        "uma leitura curta com um exercício que pede aos participantes que apliquem o "
                        "conceito a um país que conhecem, por exemplo indicando qual nível de governo é "
                        "responsável por cada etapa do funcionamento de uma escola de ensino "
                        "fundamental.</p>",
                    ),
                    (
                        "call_out",
                        {
                            "title": "Facilitadores",
                            "text": "<p>Tempos sugeridos e notas de resposta para as sessões em grupo estão "
                            "no fim de cada unidade.</p>",
                        },
                    ),
                ],
                "files": ["Caderno (PDF, inglês)"],
            },
            "ar": {
                "title": "مقدمة في اللامركزية والحوكمة المحلية: كراسة الدورة",
                "summary": "تمارين وقوائم قراءات وأسئلة للنقاش للدورة التمهيدية الإلكترونية ذاتية الوتيرة "
                "التي يقدّمها التحالف.",
                "body": [
                    (
                        "paragraph",
                        "<p>ترافق الكراسة الوحدات الست للدورة التمهيدية. تجمع كل وحدة بين قراءة قصيرة وتمرين "
                        "يطلب من المشاركين تطبيق المفهوم على بلد يعرفونه، كأن يحددوا أي مستوى حكومي مسؤول عن "
                        "كل خطوة في تشغيل مدرسة ابتدائية.</p>",
                    ),
                    (
                        "call_out",
                        {
                            "title": "للميسّرين",
                            "text": "<p>تتضمن نهاية كل وحدة توقيتات مقترحة وملاحظات حول الإجابات للجلسات "
                            "الجماعية.</p>",
                        },
                    ),
                ],
                "files": ["الكراسة (PDF، بالإنجليزية)"],
            },
        },
        "igft-training-module": {
            "fr": {
                "title": "Concevoir les transferts intergouvernementaux : module de formation",
                "summary": "Un module d'une journée au cours duquel les participants construisent et testent "
                "une formule de péréquation à l'aide d'un tableur de districts fictifs.",
                "body": [
                    (
                        "paragraph",
                        "<p>Les participants reçoivent des données sur douze districts fictifs et une "
                        "enveloppe de dotation fixe. En groupes, ils choisissent des indicateurs de besoin "
                        "et de capacité, leur attribuent des pondérations et comparent les répartitions "
                        "obtenues, puis défendent leurs choix devant une commission des finances "
                        "simulée.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>L'exercice rend les arbitrages visibles : chaque pondération qui aide les "
                        "districts isolés retire de l'argent ailleurs, et la qualité des données limite les "
                        "indicateurs que l'on peut utiliser équitablement.</p>",
                    ),
                ],
                "files": ["Guide du formateur (PDF, anglais)", "Exercice sur la formule (Excel)"],
            },
            "es": {
                "title": "Diseñar transferencias intergubernamentales: módulo de formación",
                "summary": "Un módulo de un día en el que los participantes construyen y prueban una fórmula "
                "de nivelación con una hoja de cálculo de distritos ficticios.",
                "body": [
                    (
                        "paragraph",
                        "<p>Los participantes reciben datos de doce distritos ficticios y una bolsa de "
                        "transferencias fija. En grupos, eligen indicadores de necesidad y capacidad, "
                        "asignan ponderaciones y comparan las asignaciones resultantes, y luego defienden "
                        "sus decisiones ante una comisión de finanzas simulada.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>El ejercicio hace visibles las disyuntivas: cada ponderación que ayuda a los "
                        "distritos remotos quita dinero a otros, y la calidad de los datos limita qué "
                        "indicadores se pueden usar con equidad.</p>",
                    ),
                ],
                "files": ["Guía del formador (PDF, inglés)", "Ejercicio de fórmula (Excel)"],
            },
            "pt": {
                "title": "Desenhar transferências intergovernamentais: módulo de formação",
                "summary": "Um módulo de um dia em que os participantes constroem e testam uma fórmula de "
                "equalização com uma planilha de distritos fictícios.",
                "body": [
                    (
                        "paragraph",
                        "<p>Os participantes recebem dados de doze distritos fictícios e um montante fixo de "
                        "transferências. Em grupos, escolhem indicadores de necessidade e de capacidade, "
                        "atribuem pesos e comparam as distribuições resultantes; depois defendem suas "
                        "escolhas diante de uma comissão de finanças simulada.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>O exercício torna visíveis os dilemas: cada peso que ajuda os distritos remotos "
                        "tira dinheiro de outro lugar, e a qualidade dos dados limita quais indicadores "
                        "podem ser usados com justiça.</p>",
                    ),
                ],
                "files": ["Guia do formador (PDF, inglês)", "Exercício de fórmula (Excel)"],
            },
            "ar": {
                "title": "تصميم التحويلات بين مستويات الحكم: وحدة تدريبية",
                "summary": "وحدة تدريبية ليوم واحد يبني فيها المشاركون صيغة للمعادلة ويختبرونها باستخدام "
                "جدول بيانات لمناطق افتراضية.",
                "body": [
                    (
                        "paragraph",
                        "<p>يتلقى المشاركون بيانات عن اثنتي عشرة منطقة افتراضية ومبلغًا ثابتًا للمنح. "
                        "يختارون في مجموعات مؤشرات للحاجة والقدرة، ويحددون لها أوزانًا، ويقارنون التوزيعات "
                        "الناتجة، ثم يدافعون عن خياراتهم أمام لجنة مالية صورية.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>يُظهر التمرين المفاضلات بوضوح: فكل وزن يساعد المناطق النائية يأخذ المال من مكان "
                        "آخر، وجودة البيانات تحدّ من المؤشرات التي يمكن استخدامها بإنصاف.</p>",
                    ),
                ],
                "files": ["دليل المدرّب (PDF، بالإنجليزية)", "تمرين الصيغة (Excel)"],
            },
        },
        "sdg-localization-report": {
            "fr": {
                "title": "Localiser les ODD : les leçons de dix pays",
                "summary": "Ce qui distingue une localisation des ODD qui change les budgets d'une "
                "localisation qui ne change que les rapports.",
                "body": [
                    (
                        "paragraph",
                        "<p>Les examens locaux volontaires se sont multipliés, mais beaucoup s'arrêtent à la "
                        "mise en regard des plans existants avec les objectifs. Les dix cas de ce rapport "
                        "cherchent des preuves que la localisation a changé ce à quoi les collectivités "
                        "locales consacrent leur argent, et les trouvent surtout là où les cibles étaient "
                        "liées au budget annuel et aux transferts.</p>",
                    ),
                    (
                        "call_out",
                        {
                            "title": "Trois leçons",
                            "text": "<ol><li>Choisir peu de cibles que les collectivités locales "
                            "maîtrisent</li><li>Utiliser les données que la commune produit "
                            "déjà</li><li>Rendre compte dans le budget, pas à côté</li></ol>",
                        },
                    ),
                ],
                "files": ["Rapport (PDF, anglais)", "Résumé analytique en espagnol (PDF)"],
            },
            "es": {
                "title": "Localizar los ODS: lecciones de diez países",
                "summary": "Qué distingue la localización de los ODS que cambia presupuestos de la que solo "
                "cambia informes.",
                "body": [
                    (
                        "paragraph",
                        "<p>Los informes locales voluntarios se han multiplicado, pero muchos se quedan en "
                        "cotejar los planes existentes con los objetivos. Los diez casos de este informe "
                        "buscan pruebas de que la localización cambió aquello en lo que los gobiernos "
                        "locales gastan su dinero, y las encuentran sobre todo donde las metas se vincularon "
                        "al presupuesto anual y a las transferencias.</p>",
                    ),
                    (
                        "call_out",
                        {
                            "title": "Tres lecciones",
                            "text": "<ol><li>Elegir pocas metas que los gobiernos locales "
                            "controlen</li><li>Usar datos que el municipio ya produce</li><li>Informar en el "
                            "presupuesto, no al margen</li></ol>",
                        },
                    ),
                ],
                "files": ["Informe (PDF, inglés)", "Resumen ejecutivo (PDF)"],
            },
            "pt": {
                "title": "Localizar os ODS: lições de dez países",
                "summary": "O que separa a localização dos ODS que muda orçamentos da que muda apenas "
                "relatórios.",
                "body": [
                    (
                        "paragraph",
                        "<p>As revisões locais voluntárias se multiplicaram, mas muitas param no cruzamento "
                        "dos planos existentes com os objetivos. Os dez casos deste relatório procuram "
                        "evidências de que a localização mudou aquilo em que os governos locais gastam seu "
                        "dinheiro, e as encontram sobretudo onde as metas foram ligadas ao orçamento anual e "
                        "às transferências.</p>",
                    ),
                    (
                        "call_out",
                        {
                            "title": "Três lições",
                            "text": "<ol><li>Escolher poucas metas que os governos locais "
                            "controlam</li><li>Usar dados que o município já produz</li><li>Prestar contas "
                            "no orçamento, não ao lado dele</li></ol>",
                        },
                    ),
                ],
                "files": ["Relatório (PDF, inglês)", "Resumo executivo em espanhol (PDF)"],
            },
            "ar": {
                "title": "توطين أهداف التنمية المستدامة: دروس من عشرة بلدان",
                "summary": "ما الذي يميّز توطين أهداف التنمية المستدامة الذي يغيّر الموازنات عن التوطين الذي "
                "لا يغيّر سوى التقارير.",
                "body": [
                    (
                        "paragraph",
                        "<p>تكاثرت المراجعات المحلية الطوعية، لكن كثيرًا منها يتوقف عند مطابقة الخطط القائمة "
                        "مع الأهداف. تبحث الحالات العشر في هذا التقرير عن أدلة على أن التوطين غيّر أوجه "
                        "إنفاق الحكومات المحلية لأموالها، وتجدها أساسًا حيث رُبطت الغايات بالموازنة السنوية "
                        "وبالتحويلات.</p>",
                    ),
                    (
                        "call_out",
                        {
                            "title": "ثلاثة دروس",
                            "text": "<ol><li>اختيار عدد قليل من الغايات التي تتحكم فيها الحكومات "
                            "المحلية</li><li>استخدام البيانات التي تنتجها البلدية أصلًا</li><li>الإبلاغ في "
                            "الموازنة لا إلى جانبها</li></ol>",
                        },
                    ),
                ],
                "files": ["التقرير (PDF، بالإنجليزية)", "الملخص التنفيذي بالإسبانية (PDF)"],
            },
        },
    }
)

for _key, _texts in _RESOURCE_TRANSLATIONS.items():
    for _code, _text in _texts.items():
        RESOURCES[_key][_code] = _text
