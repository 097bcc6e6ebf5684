"""Blog posts for Decentralization.Net.

Each post is keyed by its slug. ``feed_image`` asks the loader to generate a title illustration; body images
refer to entries of ``IMAGES`` by key, and document blocks refer to resource files by their key (see
``resources.py``). Charts are illustrative and say so in their captions.
"""

BLOG_INDEX = {
    "slug": "blog",
    "en": {
        "title": "Blog",
        "introduction": "Analysis, country stories and news from the Local Public Sector Alliance and its "
        "Community of Practice.",
    },
}

IMAGES = {
    "chart-kenya-county-revenue": {
        "kind": "chart",
        "title": "Illustrative: where a typical county's money comes from",
        "labels": ["Equitable share", "Conditional grants", "Own-source revenue", "Other"],
        "values": [74, 11, 12, 3],
        "unit": "%",
    },
    "chart-valuation-roll": {
        "kind": "chart",
        "title": "Illustrative: property tax collected per parcel on the roll",
        "labels": ["Roll updated 2 yrs ago", "5 yrs ago", "10 yrs ago", "15+ yrs ago"],
        "values": [100, 78, 52, 31],
        "unit": "",
    },
    "chart-pbg-minimum-conditions": {
        "kind": "chart",
        "title": "Illustrative: councils meeting minimum conditions",
        "labels": ["Year 1", "Year 2", "Year 3", "Year 4"],
        "values": [41, 58, 69, 73],
        "unit": "%",
    },
    "chart-deconcentrated-spending": {
        "kind": "chart",
        "title": "Illustrative: 'local' spending under three definitions",
        "labels": ["Elected local governments", "+ deconcentrated offices", "+ local public enterprises"],
        "values": [9, 17, 21],
        "unit": "% of GDP",
    },
    "banner-hromada": {
        "kind": "banner",
        "title": "Local governments on the front line of recovery",
        "subtitle": "Illustration",
    },
    "chart-royalty-shares": {
        "kind": "chart",
        "title": "Illustrative: royalty revenue by recipient, before and after reform",
        "labels": [
            "Producing areas (before)",
            "Producing areas (after)",
            "Regional funds (before)",
            "Regional funds (after)",
        ],
        "values": [80, 25, 20, 75],
        "unit": "%",
    },
    "chart-osr-sources": {
        "kind": "chart",
        "title": "Illustrative: own-source revenue of a mid-sized city",
        "labels": ["Property tax", "Business licences", "Market fees", "Building permits", "Other charges"],
        "values": [38, 24, 17, 9, 12],
        "unit": "%",
    },
    "banner-working-groups": {
        "kind": "banner",
        "title": "Regional and thematic working groups, 2025",
        "subtitle": "Community of Practice",
    },
}

POSTS = {
    "kenya-counties-and-the-equitable-share": {
        "date": "2022-01-24",
        "authors": ["samuel-kiprotich-mutai"],
        "topics": ["intergovernmental-fiscal-transfers", "fiscal-decentralization"],
        "countries": ["KE"],
        "feed_image": True,
        "en": {
            "title": "What Kenya's counties have learned about the equitable share",
            "summary": "Nearly a decade into devolution, the fight over Kenya's county transfers has moved "
            "from how much to share to how it is divided and when it arrives.",
            "body": [
                (
                    "paragraph",
                    "<p>When Kenya's 47 county governments took office in 2013, most of the public argument "
                    "was "
                    "about size. The Constitution guarantees counties at least fifteen per cent of the most "
                    "recent audited national revenue, and the early budgets comfortably exceeded that floor. "
                    "Few people then expected that the hardest battles would be fought over the formula and "
                    "the calendar rather than the total.</p>",
                ),
                (
                    "paragraph",
                    "<p>The formula fight came to a head in 2020, when the Senate deadlocked for weeks over "
                    "the "
                    "third basis for dividing revenue among counties. The proposal to weight population more "
                    "heavily would have moved money from sparsely populated, poorer counties to populous "
                    "ones, "
                    "and senators voted their counties' interests. The compromise that ended the stalemate "
                    "raised the total so that no county lost in cash terms, an outcome that is common "
                    "whenever a formula is reopened.</p>",
                ),
                (
                    "image",
                    {
                        "image": "chart-kenya-county-revenue",
                        "alt_text": "Bar chart: equitable share 74 per cent, conditional grants 11, "
                        "own-source revenue 12, other 3.",
                        "caption": "Illustrative composition of a county budget; the figures are rounded "
                        "examples, not data for a specific county.",
                        "credit": "",
                    },
                ),
                (
                    "paragraph",
                    "<p>The calendar problem is less visible but more damaging. When the National Treasury "
                    "releases funds late in the year, counties accumulate pending bills to suppliers and "
                    "delay "
                    "salaries. Contractors then price the risk of late payment into their bids, which raises "
                    "the cost of every county road and health centre. "
                    "Some counties now publish payment schedules and clear the oldest bills first, "
                    "but the root cause lies in the timing of national releases.</p>",
                ),
                (
                    "quote",
                    {
                        "text": "A guaranteed share is only as good as the date on which the money lands in "
                        "the county account.",
                        "attribution": "Samuel Kiprotich Mutai",
                    },
                ),
                (
                    "call_out",
                    {
                        "title": "Read more",
                        "text": "<p>The "
                        '<a page="resources/profile-kenya">Intergovernmental Profile of Kenya</a> '
                        "sets out the full structure of county finance.</p>",
                    },
                ),
            ],
        },
    },
    "property-tax-starts-with-the-valuation-roll": {
        "date": "2022-03-08",
        "authors": ["rafael-bautista-cruz", "priya-raghunathan"],
        "topics": ["own-source-revenue", "urban-governance"],
        "countries": ["PH", "IN"],
        "feed_image": False,
        "en": {
            "title": "Property tax reform starts with the valuation roll",
            "summary": "Cities that want more revenue from property usually look at rates first. The bigger "
            "gains tend to come from the list of properties and the values attached to them.",
            "body": [
                (
                    "paragraph",
                    "<p>Ask a city council how to raise more from property and the discussion quickly turns "
                    "to the tax rate. That is understandable: the rate is the lever councillors control "
                    "directly. "
                    "But in most cities we work with, the rate is not the binding constraint. The binding "
                    "constraint is a valuation roll that misses many properties and undervalues most of the "
                    "rest.</p>",
                ),
                (
                    "paragraph",
                    "<p>In the Philippines, local assessors are supposed to revise property values "
                    "regularly, yet many local governments have postponed revisions for years because higher "
                    "assessments "
                    "are unpopular. Several Indian municipal corporations have taken a different route, "
                    "replacing case-by-case valuation with a unit area method in which the tax depends on "
                    "floor area, location zone and type of use. The Indian approach trades precision for "
                    "transparency, and it makes the roll far easier to keep up to date.</p>",
                ),
                (
                    "image",
                    {
                        "image": "chart-valuation-roll",
                        "alt_text": "Bar chart showing collections per parcel falling from 100 to 31 as the "
                        "valuation roll gets older.",
                        "caption": "Illustrative index of collections per parcel by age of the valuation "
                        "roll (roll updated two years ago = 100).",
                        "credit": "",
                    },
                ),
                (
                    "paragraph",
                    "<p>Digital parcel maps help, but only if they are linked to billing and to the "
                    "treasury. "
                    "We have seen beautiful GIS layers that nobody in the revenue office could open. The "
                    "practical test is simple: can a clerk find a property on the map, see its bill and see "
                    "whether it was paid? "
                    "Where the answer is yes, the next step is usually a modest, well-publicised "
                    "revaluation rather than a rate increase.</p>",
                ),
                (
                    "call_out",
                    {
                        "title": "Three questions before changing the rate",
                        "text": "<ol><li>What share of properties is on the roll?</li><li>When were values "
                        "last revised?</li><li>What share of billed tax is collected?</li></ol>",
                    },
                ),
            ],
        },
    },
    "why-we-built-logica": {
        "date": "2022-04-04",
        "authors": ["amara-nwosu-bello", "hannah-lindqvist"],
        "topics": ["multilevel-governance", "public-sector-reform"],
        "countries": [],
        "feed_image": True,
        "en": {
            "title": "Why we built LoGICA",
            "summary": "Reform proposals are often built on a partial map of the local public sector. LoGICA "
            "is our attempt to draw the whole map, the same way in every country.",
            "body": [
                (
                    "paragraph",
                    "<p>Every country diagnostic we have read starts with a description of the local "
                    "government "
                    "system. Almost every one describes it differently. Some count deconcentrated district "
                    "offices as local government; others ignore them. Some list legal powers without saying "
                    "whether any money follows them. Comparing two countries usually means rereading both "
                    "reports and rebuilding the picture by hand.</p>",
                ),
                (
                    "paragraph",
                    "<p>The Local Governance Institutions Comparative Assessment, LoGICA for short, fixes "
                    "the "
                    "questions rather than the answers. It asks the same things about every tier and every "
                    "type of local body: who appoints or elects its leaders, what it is responsible for, "
                    "where "
                    "its money comes from and to whom it reports. The answers can be as messy as reality, "
                    "but they sit in the same boxes from one country to the next.</p>",
                ),
                (
                    "paragraph",
                    "<p>The framework asks about practice as well as law. A statute may say that "
                    "councils appoint their own staff while, in practice, every appointment needs "
                    "ministry approval. Where the two diverge, LoGICA records both, because the "
                    "gap between them is often the most important finding.</p>",
                ),
                (
                    "quote",
                    {
                        "text": "We wanted a tool that makes the deconcentrated part of the state visible, "
                        "because that is often where most local spending actually happens.",
                        "attribution": "Amara Nwosu-Bello",
                    },
                ),
                (
                    "paragraph",
                    "<p>The first version of the framework is now available in the resource library, with a "
                    "scoring template for country teams. We expect to revise it as teams apply it and tell "
                    "us which questions do not travel well.</p>",
                ),
                (
                    "document",
                    {"document": "logica-framework-en", "label": "Download the LoGICA framework (PDF)"},
                ),
            ],
        },
    },
    "ukraine-hromadas-under-pressure": {
        "date": "2022-05-30",
        "authors": ["marek-kowalczyk"],
        "topics": ["public-sector-reform", "local-service-delivery"],
        "countries": ["UA", "PL"],
        "feed_image": False,
        "en": {
            "title": "Ukraine's hromadas under pressure",
            "summary": "The amalgamated communities created by Ukraine's decentralization reform have become "
            "first responders. Their experience says something about what the reform got right.",
            "body": [
                (
                    "paragraph",
                    "<p>Eight years ago Ukraine began merging thousands of tiny village and town councils "
                    "into "
                    "larger territorial communities, the hromadas. The reform gave them a larger share of "
                    "personal income tax, responsibility for schools and primary care, and the right to plan "
                    "their own investments. Critics worried that the new units were too big to feel local "
                    "and too weak to manage their new functions.</p>",
                ),
                (
                    "paragraph",
                    "<p>The sceptics were not entirely wrong. Some new hromadas stretched across "
                    "dozens of villages, and residents of smaller settlements complained that the "
                    "administration had moved away. But the reform also brought professional "
                    "staff, larger budgets and, for the first time, local leaders with both the "
                    "authority and the money to act.</p>",
                ),
                (
                    "image",
                    {
                        "image": "banner-hromada",
                        "alt_text": "",
                        "caption": "Abstract illustration.",
                        "credit": "",
                    },
                ),
                (
                    "paragraph",
                    "<p>Since February the hromadas have been organising shelter for displaced families, "
                    "keeping water and heating running, and coordinating volunteers. Where they had built "
                    "capable administrations and their own budgets, they could act without waiting for "
                    "instructions. In some occupied or front-line areas, military administrations have taken "
                    "over, which raises hard questions about how and when elected councils will return.</p>",
                ),
                (
                    "paragraph",
                    "<p>Across the border, Polish municipalities have absorbed large numbers of refugees "
                    "into "
                    "schools and clinics. Poland's own reforms of the 1990s, which created strong gminas "
                    "with "
                    "real budgets, made that possible. The lesson from both countries is that local capacity "
                    "built in calm years is what a state draws on in a crisis.</p>",
                ),
                (
                    "quote",
                    {
                        "text": "Decentralization was sold as a governance reform. It turned out to be a "
                        "resilience reform as well.",
                        "attribution": "Marek Kowalczyk",
                    },
                ),
            ],
        },
    },
    "participatory-budgeting-after-porto-alegre": {
        "date": "2022-07-11",
        "authors": ["tomas-echeverria-ruiz"],
        "topics": ["local-elections-accountability", "local-public-financial-management"],
        "countries": ["BR", "PE"],
        "feed_image": True,
        "en": {
            "title": "Participatory budgeting, thirty years after Porto Alegre",
            "summary": "Participatory budgeting travelled the world from a single Brazilian city. Making it "
            "compulsory, as Peru did, shows both its strengths and its limits.",
            "body": [
                (
                    "paragraph",
                    "<p>In 1989 the new administration of Porto Alegre invited residents to neighbourhood "
                    "assemblies to decide how part of the city's investment budget would be spent. The idea "
                    "was partly about fairness, since poorer districts had long been overlooked, and partly "
                    "about trust: people who help choose a project are more likely to pay the taxes that "
                    "fund it.</p>",
                ),
                (
                    "paragraph",
                    "<p>The model spread across Brazil and then abroad. Peru went furthest, writing "
                    "participatory budgeting into national law in 2003 and requiring every regional and "
                    "local government to run a process each year. Compulsion guaranteed coverage, but it "
                    "also "
                    "turned a political innovation into a procedure. In many municipalities participants "
                    "came to the table with long lists of small projects, while the large investments were "
                    "decided elsewhere.</p>",
                ),
                (
                    "paragraph",
                    "<p>Studies of Brazilian cities that adopted the practice have linked it to a "
                    "shift of investment towards poorer neighbourhoods and to better basic "
                    "services such as sanitation. The effects seem strongest where the mayor was "
                    "committed to the process and where it controlled real money rather than a "
                    "token share of the budget.</p>",
                ),
                (
                    "call_out",
                    {
                        "title": "What seems to make participatory budgeting work",
                        "text": "<ul><li>A meaningful share of the investment budget on the "
                        "table</li><li>Clear "
                        "rules about which projects are eligible</li><li>Public follow-up on whether chosen "
                        "projects were built</li></ul>",
                    },
                ),
                (
                    "paragraph",
                    "<p>The lesson for other countries is not to copy a design but to be clear about the "
                    "purpose. If the aim is accountability, the follow-up matters more than the assemblies. "
                    "If the aim is better targeting of investment, the quality of information given to "
                    "participants matters most.</p>",
                ),
            ],
        },
    },
    "deconcentration-is-not-decentralization": {
        "date": "2022-09-19",
        "authors": ["lea-diallo-martin"],
        "topics": ["multilevel-governance", "public-sector-reform"],
        "countries": ["SN", "ML", "BF"],
        "feed_image": False,
        "en": {
            "title": "Deconcentration is not decentralization, but it matters just as much",
            "summary": "In the Sahel, elected communes and the state's own local offices share the same "
            "territory. Reforms that look only at one of them rarely succeed.",
            "body": [
                (
                    "paragraph",
                    "<p>Senegal, Mali and Burkina Faso all covered their territory with elected communes "
                    "during "
                    "the past three decades. Senegal's 2013 reform turned every rural community into a full "
                    "commune; Burkina Faso completed a similar step in 2006. On paper, local democracy "
                    "reaches every village.</p>",
                ),
                (
                    "paragraph",
                    "<p>In practice a mayor's room for manoeuvre depends heavily on the state's "
                    "deconcentrated "
                    "services: the prefect who approves the budget, the treasury official who pays "
                    "suppliers, the district education officer who assigns teachers. When those offices are "
                    "understaffed or distant, decentralized decisions stall at the signature stage.</p>",
                ),
                (
                    "paragraph",
                    "<p>Reform programmes have often treated the two sides separately. Support for "
                    "decentralization went to communes and their associations, while public "
                    "administration reform worked with ministries and their field offices. Few "
                    "programmes asked how a mayor and a sub-prefect were supposed to run a school "
                    "construction programme together, or who would settle a disagreement between "
                    "them.</p>",
                ),
                (
                    "quote",
                    {
                        "text": "A commune can vote a budget in March and still be waiting for its first "
                        "payment in September.",
                        "attribution": "Léa Diallo-Martin",
                    },
                ),
                (
                    "paragraph",
                    "<p>The political upheavals in the region since 2020 have made the question sharper. "
                    "Where elected councils have been suspended or replaced by appointed delegations, the "
                    "deconcentrated administration is often the only part of the local state still "
                    "functioning. Any future reform will have to strengthen both sides and clarify how they "
                    "work together. The place to start is the practical procedures for approving budgets and "
                    "paying suppliers.</p>",
                ),
                (
                    "call_out",
                    {
                        "title": "Definitions",
                        "text": '<p>See the glossary entries for <a page="glossary/deconcentration">'
                        'deconcentration</a> and <a page="glossary/devolution">devolution</a>.</p>',
                    },
                ),
            ],
        },
    },
    "indonesia-village-fund": {
        "date": "2022-10-17",
        "authors": ["rafael-bautista-cruz"],
        "topics": ["intergovernmental-fiscal-transfers", "local-service-delivery"],
        "countries": ["ID"],
        "feed_image": True,
        "en": {
            "title": "Indonesia's village fund: large, fast and still learning",
            "summary": "Few transfer programmes anywhere have grown as quickly as Indonesia's village fund. "
            "Its first years hold lessons about speed, capacity and oversight.",
            "body": [
                (
                    "paragraph",
                    "<p>Indonesia's 2014 Village Law recognised villages as self-governing communities and "
                    "promised them a direct transfer from the national budget. From 2015 the village fund "
                    "began flowing to tens of thousands of villages, each led by an elected village head and "
                    "a consultative council. "
                    "The sums were large by village standards and grew quickly in the first "
                    "years.</p>",
                ),
                (
                    "paragraph",
                    "<p>Most early spending went to roads, drainage, small bridges and water supply, the "
                    "kind of visible infrastructure that village meetings tend to favour. That is not a bad "
                    "outcome: these were real gaps. But it left less room for recurring needs such as early "
                    "childhood education or nutrition, which later guidance tried to encourage.</p>",
                ),
                (
                    "paragraph",
                    "<p>The programme also tested the country's oversight system. Thousands of village "
                    "treasurers had never managed public money before, and district governments, which "
                    "supervise villages, were not staffed for the task. Facilitators financed by the centre "
                    "filled part of the gap, but simpler reporting formats proved just as important.</p>",
                ),
                (
                    "paragraph",
                    "<p>Later reforms tried to steer spending without removing local choice. "
                    "Central guidance sets annual priorities, such as reducing child stunting or "
                    "supporting local economic activity, and villages must show how their plans "
                    "respond. The balance is delicate: too much guidance turns the fund into a "
                    "conditional grant, too little leaves important needs unaddressed.</p>",
                ),
                (
                    "call_out",
                    {
                        "title": "Context",
                        "text": "<p>See the "
                        '<a page="resources/profile-indonesia">Intergovernmental Profile of '
                        "Indonesia</a> for how the village fund fits into the wider transfer system.</p>",
                    },
                ),
            ],
        },
    },
    "transfers-that-arrive-late": {
        "date": "2022-12-05",
        "authors": ["amara-nwosu-bello"],
        "topics": ["intergovernmental-fiscal-transfers", "local-public-financial-management"],
        "countries": ["NG", "GH", "MW"],
        "feed_image": False,
        "en": {
            "title": "The hidden cost of transfers that arrive late",
            "summary": "Predictability gets less attention than adequacy or equity in transfer design, yet "
            "late and uncertain releases can undo the benefits of a well-designed formula.",
            "body": [
                (
                    "paragraph",
                    "<p>Transfer reforms usually focus on two questions: is the pool big enough, and is it "
                    "divided fairly? A third question gets much less attention. Does the money arrive when "
                    "the recipient expects it, in the amount it was told to expect? "
                    "Ask local budget officers what would make their work easier, and this is "
                    "often the first thing they mention.</p>",
                ),
                (
                    "paragraph",
                    "<p>In Ghana, district assemblies plan around their allocation from the District "
                    "Assemblies "
                    "Common Fund, but releases have often come quarters late. In Nigeria the constitution "
                    "routes "
                    "local government allocations through joint accounts controlled by the states, and the "
                    "amount that reaches councils can differ from the published figure. Councils in Malawi "
                    "describe similar uncertainty in development funding.</p>",
                ),
                (
                    "quote",
                    {
                        "text": "Unpredictable money is worth less than predictable money, even when the "
                        "annual total is the same.",
                        "attribution": "Amara Nwosu-Bello",
                    },
                ),
                (
                    "paragraph",
                    "<p>The costs are concrete. Councils delay procurement until cash arrives, then rush to "
                    "spend before the year ends. Contractors add a premium for payment risk. Staff learn "
                    "that the approved budget is a wish list, which weakens the whole planning cycle.</p>",
                ),
                (
                    "paragraph",
                    "<p>Predictability also shapes accountability. When money is late, a council "
                    "can always blame the centre for unfinished projects, and residents cannot "
                    "tell whether the problem lies with the transfer or with local management. A "
                    "published release calendar removes that excuse and gives councillors, "
                    "auditors and citizens a yardstick for judging both levels of government.</p>",
                ),
                (
                    "call_out",
                    {
                        "title": "Simple fixes worth trying",
                        "text": "<ul><li>Publish each council's allocation before its budget is "
                        "prepared</li><li>Release on a fixed monthly or quarterly schedule</li><li>Report "
                        "actual releases against allocations, council by council</li></ul>",
                    },
                ),
            ],
        },
    },
    "nepal-local-governments-second-term": {
        "date": "2023-01-16",
        "authors": ["priya-raghunathan"],
        "topics": ["local-elections-accountability", "multilevel-governance"],
        "countries": ["NP"],
        "feed_image": True,
        "en": {
            "title": "Nepal's local governments begin their second term",
            "summary": "After the 2022 local elections, Nepal's 753 local governments move from building "
            "institutions to delivering on them. Staffing and coordination with provinces will decide how "
            "far they get.",
            "body": [
                (
                    "paragraph",
                    "<p>When Nepal held its first local elections under the federal constitution in 2017, "
                    "the "
                    "newly elected mayors and chairs inherited offices that in many cases had no building, "
                    "no "
                    "accounting system and few staff. Five years later, in May 2022, voters went back to the "
                    "polls to choose their successors.</p>",
                ),
                (
                    "paragraph",
                    "<p>The first term showed what local governments can do when money reaches them "
                    "directly. "
                    "Roads, drinking water schemes and school buildings appeared across the country. It also "
                    "exposed the limits: many local governments still rely on staff seconded from federal "
                    "ministries, and the division of work with the seven provinces remains unsettled.</p>",
                ),
                (
                    "paragraph",
                    "<p>Coordination with the provinces is the main unfinished business. Many "
                    "functions are concurrent under the constitution, and provinces, local "
                    "governments and federal agencies sometimes fund the same road or school in "
                    "the same year. Joint planning and a shared register of projects would save "
                    "money and reduce friction.</p>",
                ),
                (
                    "paragraph",
                    "<p>One feature of Nepal's system deserves wider attention. Parties must nominate a "
                    "woman "
                    "for either the head or the deputy head of each local government, and as a result women "
                    "occupy the great majority of deputy posts. Deputies chair the judicial committees that "
                    "settle local disputes, which has given women a visible role in local justice.</p>",
                ),
                (
                    "quote",
                    {
                        "text": "The first term was about existing. The second has to be about performing.",
                        "attribution": "Priya Raghunathan",
                    },
                ),
            ],
        },
    },
    "performance-based-grants-evidence": {
        "date": "2023-02-20",
        "authors": ["amara-nwosu-bello", "samuel-kiprotich-mutai"],
        "topics": ["intergovernmental-fiscal-transfers", "local-public-financial-management"],
        "countries": ["UG", "TZ", "BD", "GH"],
        "feed_image": False,
        "en": {
            "title": "Performance-based grants: what twenty years of experience tell us",
            "summary": "Grants that reward local governments for meeting management standards have been "
            "tried "
            "from Uganda to Bangladesh. They work best as a complement to, not a substitute for, a sound "
            "formula.",
            "body": [
                (
                    "paragraph",
                    "<p>The idea is simple. A local government receives a development grant only if it meets "
                    "minimum conditions, such as an approved plan, audited accounts and a functioning "
                    "procurement committee, and it receives more if it scores well on a wider set of "
                    "performance measures assessed each year. "
                    "The size of the grant then moves up or down with the score.</p>",
                ),
                (
                    "paragraph",
                    "<p>Uganda pioneered the approach in the late 1990s, and Tanzania, Bangladesh, Ghana and "
                    "others followed with their own systems. The common finding is that compliance with "
                    "minimum conditions improves quickly in the first years, as councils learn what the "
                    "assessment looks for.</p>",
                ),
                (
                    "image",
                    {
                        "image": "chart-pbg-minimum-conditions",
                        "alt_text": "Bar chart rising from 41 per cent in year one to 73 per cent in year "
                        "four.",
                        "caption": "An illustrative trajectory of compliance in the first four annual "
                        "assessments; not data from a particular country.",
                        "credit": "",
                    },
                ),
                (
                    "paragraph",
                    "<p>The harder question is whether better process scores lead to better services. "
                    "Evidence "
                    "is thinner there, and the quality of the annual assessment itself becomes critical: if "
                    "assessors are lenient or if results are negotiated, the incentive disappears. Grants "
                    "that are too small relative to the rest of the budget also struggle to change "
                    "behaviour.</p>",
                ),
                (
                    "paragraph",
                    "<p>Context matters too. Where the regular transfer system is weak, a "
                    "performance grant can become the only reliable source of investment funding, "
                    "and local governments focus on the assessment to the exclusion of everything "
                    "else. Where it sits on top of a sound unconditional grant, it can do what it "
                    "was designed for: reward good management at the margin.</p>",
                ),
                (
                    "call_out",
                    {
                        "title": "Design checklist",
                        "text": "<ul><li>Independent, published assessments</li><li>A grant large enough to "
                        "matter</li><li>Support for councils that fail, not only rewards for those that "
                        "pass</li></ul>",
                    },
                ),
            ],
        },
    },
    "climate-finance-needs-a-local-address": {
        "date": "2023-04-03",
        "authors": ["zanele-dube"],
        "topics": ["local-climate-finance", "intergovernmental-fiscal-transfers"],
        "countries": ["MZ", "BD", "KE"],
        "feed_image": True,
        "en": {
            "title": "Climate finance needs a local address",
            "summary": "Most adaptation happens in particular places, yet very little climate finance "
            "reaches the local governments responsible for those places.",
            "body": [
                (
                    "paragraph",
                    "<p>Floods wash away district roads, droughts dry up village water points and heatwaves "
                    "strain municipal clinics. Local governments are usually the ones expected to respond, "
                    "but international climate funds have mostly been channelled through national ministries "
                    "and large projects.</p>",
                ),
                (
                    "paragraph",
                    "<p>The mismatch is partly about scale. International climate funds were "
                    "designed to finance large projects, with application procedures that a "
                    "district council cannot realistically complete. It is also about trust: "
                    "funders worry that money sent to local governments will be hard to track. "
                    "Both concerns are real, but neither is a reason to bypass the governments "
                    "that own and maintain most local infrastructure.</p>",
                ),
                (
                    "paragraph",
                    "<p>A few approaches try to change that. Performance-based climate resilience grants, "
                    "such "
                    "as those promoted by UNCDF's LoCAL facility in Mozambique, Bangladesh and elsewhere, "
                    "top up "
                    "regular local transfers for adaptation investments. Kenya has encouraged counties to "
                    "set up their own climate change funds and to plan with ward-level committees.</p>",
                ),
                (
                    "quote",
                    {
                        "text": "The question is not whether local governments can handle climate money. It "
                        "is whether we are willing to use the transfer systems we already have.",
                        "attribution": "Zanele Dube",
                    },
                ),
                (
                    "paragraph",
                    "<p>Using existing intergovernmental systems has clear advantages. The money follows "
                    "known "
                    "rules, is audited by the usual institutions and strengthens rather than bypasses local "
                    "budgets. The risk is that climate grants become one more earmark; the best designs "
                    "leave room for local choice within a menu of eligible investments.</p>",
                ),
                (
                    "paragraph",
                    "<p>We will look at these designs more closely over the coming year, starting "
                    "with how allocation formulas can reflect climate risk without becoming too "
                    "complex to explain to the councils that receive the money.</p>",
                ),
            ],
        },
    },
    "tunisia-municipal-experiment": {
        "date": "2023-05-15",
        "authors": ["nadia-el-fassi"],
        "topics": ["local-elections-accountability", "multilevel-governance"],
        "countries": ["TN"],
        "feed_image": False,
        "en": {
            "title": "What happened to Tunisia's municipal experiment?",
            "summary": "Tunisia elected its first freely chosen municipal councils in 2018. Five years later "
            "they have been dissolved. What remains of the reform?",
            "body": [
                (
                    "paragraph",
                    "<p>Tunisia's 2014 constitution devoted a full chapter to local government, and the "
                    "Local "
                    "Authorities Code of 2018 gave municipalities broad powers and the promise of growing "
                    "resources. In May 2018 citizens elected municipal councils across the whole territory, "
                    "including in dozens of newly created municipalities that had never had an elected body "
                    "before.</p>",
                ),
                (
                    "paragraph",
                    "<p>The councils had a difficult start. Transfers grew slowly, staff remained under the "
                    "authority of central ministries, and many councils were split along party lines. Even "
                    "so, "
                    "mayors became visible public figures, and residents in small towns had, for the first "
                    "time, someone local to hold responsible for streets, markets and waste.</p>",
                ),
                (
                    "paragraph",
                    "<p>Fiscally, the councils remained weak. Most of their revenue came from a "
                    "few local taxes and from transfers whose growth lagged behind the promises of "
                    "the Local Authorities Code. Municipal staff were too few, and recruiting more "
                    "required central approval. Residents judged the councils on visible services, "
                    "which many could not afford to improve.</p>",
                ),
                (
                    "paragraph",
                    "<p>In March 2023 the councils were dissolved by presidential decree, and a new "
                    "constitutional order places more weight on regional and district councils chosen "
                    "indirectly. It is too early to know how the new structure will work, but the episode "
                    "shows how quickly legal guarantees can be overturned when no strong constituency "
                    "defends them.</p>",
                ),
                (
                    "call_out",
                    {
                        "title": "Related",
                        "text": '<p>Glossary: <a page="glossary/recentralization">recentralization</a>, '
                        '<a page="glossary/local-democracy">local democracy</a>.</p>',
                    },
                ),
            ],
        },
    },
    "counting-local-public-sector-spending": {
        "date": "2023-06-12",
        "authors": ["samuel-kiprotich-mutai", "hannah-lindqvist"],
        "topics": ["fiscal-decentralization", "multilevel-governance"],
        "countries": ["MA", "US", "CA"],
        "feed_image": False,
        "en": {
            "title": "How much does the local public sector really spend?",
            "summary": "International statistics answer a narrow question: how much do subnational "
            "governments spend? For many reform debates, the wider local public sector is the better unit.",
            "body": [
                (
                    "paragraph",
                    "<p>The standard measure of decentralization is the share of public spending carried out "
                    "by "
                    "subnational governments. It is useful, but it depends on a classification choice. Money "
                    "spent by a ministry's district office counts as central, even if it pays for the same "
                    "clinic that a devolved system would fund locally.</p>",
                ),
                (
                    "paragraph",
                    "<p>The choice has practical consequences. A country that moves teachers from "
                    "a ministry's payroll to local government payrolls will appear to decentralize "
                    "sharply, even if nothing changes in the classroom. Another that gives elected "
                    "councils real authority over a small budget may look highly centralised. "
                    "Comparisons built on a single number can end up rewarding the wrong "
                    "reforms.</p>",
                ),
                (
                    "image",
                    {
                        "image": "chart-deconcentrated-spending",
                        "alt_text": "Bar chart: 9 per cent of GDP for elected local governments, 17 with "
                        "deconcentrated offices, 21 with local public enterprises.",
                        "caption": "Illustrative: the same country can look centralised or decentralised "
                        "depending on what is counted as local.",
                        "credit": "",
                    },
                ),
                (
                    "paragraph",
                    "<p>The distinction matters in countries like Morocco, where regional directorates of "
                    "ministries manage large budgets alongside elected councils. It also matters in North "
                    "America, where school districts in the United States and school boards in Canada are "
                    "separate local bodies, so that local spending figures depend on whether they are "
                    "included.</p>",
                ),
                (
                    "paragraph",
                    "<p>The databook we are building records spending at three levels: elected local "
                    "governments, the deconcentrated state, and other local public bodies. Users can choose "
                    "the definition that fits their question, instead of inheriting one by default. "
                    "We will publish the classification rules with the data, so that others can "
                    "reproduce our figures or challenge them.</p>",
                ),
            ],
        },
    },
    "sdg-localization-budgets-not-reports": {
        "date": "2023-07-24",
        "authors": ["priya-raghunathan", "tomas-echeverria-ruiz"],
        "topics": ["sdg-localization", "local-public-financial-management"],
        "countries": ["CO", "BR", "ES", "MX"],
        "feed_image": True,
        "en": {
            "title": "Localizing the SDGs: budgets, not reports",
            "summary": "Voluntary local reviews have become popular. The places that make real progress are "
            "those that tie SDG targets to the annual budget.",
            "body": [
                (
                    "paragraph",
                    "<p>More and more cities and regions publish voluntary local reviews of their progress "
                    "towards the Sustainable Development Goals. The best of them are honest and informative. "
                    "Many, however, consist mainly of tables that match existing plans to goals and targets, "
                    "with little sign that anything changed as a result.</p>",
                ),
                (
                    "paragraph",
                    "<p>There is nothing wrong with mapping. It is a sensible first step, and it "
                    "helps officials see that much of their everyday work, from water supply to "
                    "waste collection, already contributes to the goals. The problem is stopping "
                    "there. A map of plans against targets says little about whether money "
                    "follows, whether services improve, or who is accountable if they do not.</p>",
                ),
                (
                    "paragraph",
                    "<p>In the ten cases we studied, including municipalities in Colombia and Brazil, "
                    "regional "
                    "governments in Spain and Mexican states, the clearest signs of change appeared where "
                    "SDG "
                    "targets were written into the budget classification. Once a spending line is tagged to "
                    "a "
                    "target, finance officers, councillors and auditors start asking questions about it.</p>",
                ),
                (
                    "quote",
                    {
                        "text": "If a target never appears in a budget document, it will not survive the "
                        "first difficult budget year.",
                        "attribution": "Tomás Echeverría Ruiz",
                    },
                ),
                (
                    "paragraph",
                    "<p>Tagging is not a cure. It can become a box-ticking exercise of its own. But it moves "
                    "the SDG conversation into the room where local priorities are actually decided. "
                    "Several of the municipalities we studied went further and reported on their "
                    "tagged targets to the council together with the annual accounts, which gave "
                    "the targets a place in the political calendar.</p>",
                ),
                (
                    "document",
                    {"document": "sdg-localization-report-en", "label": "Read the full report (PDF)"},
                ),
            ],
        },
    },
    "colombia-royalties-reform": {
        "date": "2023-09-04",
        "authors": ["tomas-echeverria-ruiz"],
        "topics": ["intergovernmental-fiscal-transfers", "fiscal-decentralization"],
        "countries": ["CO", "PE", "BO"],
        "feed_image": False,
        "en": {
            "title": "Sharing natural resource revenue: Colombia's back-and-forth",
            "summary": "Should oil and mining royalties stay where they are produced or be shared across the "
            "country? Colombia has answered the question three times in twenty years.",
            "body": [
                (
                    "paragraph",
                    "<p>Until 2011 most Colombian royalties went directly to the departments and "
                    "municipalities "
                    "where oil and minerals were extracted. A small number of places received very large "
                    "sums, "
                    "which they often struggled to spend well, while the rest of the country saw little "
                    "benefit. Audit bodies repeatedly reported unfinished or poorly planned projects among "
                    "the largest recipients.</p>",
                ),
                (
                    "image",
                    {
                        "image": "chart-royalty-shares",
                        "alt_text": "Bar chart comparing shares to producing areas and regional funds before "
                        "and after a reform.",
                        "caption": "Illustrative shares; the actual Colombian percentages changed several "
                        "times.",
                        "credit": "",
                    },
                ),
                (
                    "paragraph",
                    "<p>The 2011 reform created a general royalties system that pooled most of the money "
                    "into "
                    "regional and national funds, with projects approved by joint committees of national and "
                    "local representatives. Coverage widened, but producing areas complained of losing out "
                    "and of slow approval procedures. A 2019 amendment shifted part of the money back to "
                    "them.</p>",
                ),
                (
                    "paragraph",
                    "<p>The debate is not only about fairness. Concentrated royalties made some "
                    "small municipalities dependent on a volatile source of income: when commodity "
                    "prices fell, their budgets collapsed. Pooling spreads that risk, but it also "
                    "weakens the link between extraction and local benefit, which matters to "
                    "communities that bear the environmental and social costs of mining and oil "
                    "production.</p>",
                ),
                (
                    "paragraph",
                    "<p>Neighbours have made different choices. Peru's mining canon gives half of the income "
                    "tax paid by mining firms to subnational governments of the producing areas, while "
                    "Bolivia "
                    "shares its direct hydrocarbons tax among departments, municipalities and universities. "
                    "No design avoids the tension between rewarding producing areas and treating citizens "
                    "equally.</p>",
                ),
                (
                    "call_out",
                    {
                        "title": "Further reading",
                        "text": "<p>"
                        '<a page="resources/profile-colombia">Intergovernmental Profile: Colombia</a>'
                        "</p>",
                    },
                ),
            ],
        },
    },
    "subnational-borrowing-traffic-lights": {
        "date": "2023-10-09",
        "authors": ["tomas-echeverria-ruiz", "samuel-kiprotich-mutai"],
        "topics": ["subnational-borrowing"],
        "countries": ["CO", "MX", "BR"],
        "feed_image": True,
        "en": {
            "title": "Traffic lights for subnational debt",
            "summary": "Colombia, Mexico and Brazil each tried to stop subnational debt crises with simple, "
            "rules-based indicators. Their experience is useful for countries that are now opening "
            "borrowing to local governments.",
            "body": [
                (
                    "paragraph",
                    "<p>In the 1990s several Latin American federations and unitary states faced the same "
                    "problem: subnational governments borrowed freely and expected the centre to rescue them "
                    "when they could not pay. Economists call this a soft budget constraint. The responses "
                    "shared a common tool, a small set of indicators that determine whether a government may "
                    "borrow more.</p>",
                ),
                (
                    "paragraph",
                    "<p>Colombia's 1997 law classified territorial entities by the ratio of interest to "
                    "operating savings and of debt to current revenue; those in the red zone need central "
                    "approval or cannot borrow at all. Brazil's Fiscal Responsibility Law of 2000 set debt "
                    "ceilings for states and municipalities. Mexico's 2016 financial discipline law "
                    "introduced an alert system that publishes a colour for each state and municipality.</p>",
                ),
                (
                    "paragraph",
                    "<p>The indicators are deliberately crude. They miss contingent liabilities, "
                    "such as the debts of municipal enterprises or unpaid bills to suppliers, "
                    "which have caused trouble in several countries. Their virtue is that they are "
                    "published, easy to compute and tied to clear consequences.</p>",
                ),
                (
                    "quote",
                    {
                        "text": "A good borrowing rule is one that a councillor can understand and a bank "
                        "can check.",
                        "attribution": "Samuel Kiprotich Mutai",
                    },
                ),
                (
                    "paragraph",
                    "<p>Rules work only if the data behind them are reliable and if the centre resists "
                    "bailing "
                    "out a government that breaks them. Countries now drafting borrowing frameworks for "
                    "local governments should invest as much in accounting and reporting as in the ratios "
                    "themselves.</p>",
                ),
                (
                    "call_out",
                    {
                        "title": "Glossary",
                        "text": '<p><a page="glossary/soft-budget-constraint">Soft budget constraint</a>, '
                        '<a page="glossary/fiscal-rules">fiscal rules</a>, '
                        '<a page="glossary/borrowing-autonomy">borrowing autonomy</a>.</p>',
                    },
                ),
            ],
        },
    },
    "training-finance-commissions": {
        "date": "2023-11-20",
        "authors": ["zanele-dube"],
        "topics": ["intergovernmental-fiscal-transfers"],
        "countries": ["ZA", "KE", "NP"],
        "feed_image": False,
        "en": {
            "title": "Teaching grant formulas with a spreadsheet and a mock commission",
            "summary": "Our new training module puts participants in the shoes of a finance commission. The "
            "arguments that follow are the point of the exercise.",
            "body": [
                (
                    "paragraph",
                    "<p>Several countries give an independent body the job of recommending how transfers are "
                    "divided: South Africa's Financial and Fiscal Commission, Kenya's Commission on Revenue "
                    "Allocation and Nepal's National Natural Resources and Fiscal Commission are examples. "
                    "Their staff need to explain technical choices to politicians who care mainly about "
                    "results for their own areas.</p>",
                ),
                (
                    "paragraph",
                    "<p>The module we have just published recreates that situation. Groups receive data for "
                    "twelve fictional districts and a fixed pool of money. They pick indicators, set weights "
                    "and present their allocation to a panel playing the role of parliamentarians, who have "
                    "been briefed to defend particular districts.</p>",
                ),
                (
                    "paragraph",
                    "<p>The exercise fills a day. In the morning, short presentations cover the "
                    "purposes of transfers and the main families of allocation formulas. After "
                    "lunch, groups build their formula in a spreadsheet that recalculates each "
                    "district's share as the weights change. The mock hearing closes the day, "
                    "followed by a discussion of how real commissions handle data gaps, "
                    "hold-harmless clauses and the politics of transition.</p>",
                ),
                (
                    "paragraph",
                    "<p>Participants quickly discover that every formula has winners and losers, that the "
                    "choice of population data can matter more than the weights, and that a transparent rule "
                    "is easier to defend than a clever one. Those are lessons that lectures struggle to "
                    "convey.</p>",
                ),
                (
                    "document",
                    {"document": "igft-training-exercise", "label": "Download the formula exercise (Excel)"},
                ),
            ],
        },
    },
    "morocco-advanced-regionalization": {
        "date": "2024-01-22",
        "authors": ["nadia-el-fassi"],
        "topics": ["multilevel-governance", "fiscal-decentralization"],
        "countries": ["MA"],
        "feed_image": True,
        "en": {
            "title": "Morocco's advanced regionalization, ten years on",
            "summary": "Morocco's regions now have elected presidents, their own development programmes and "
            "a share of national taxes. Their dependence on central ministries is the next frontier.",
            "body": [
                (
                    "paragraph",
                    "<p>The 2011 constitution promised Morocco 'advanced regionalization', and the organic "
                    "laws "
                    "of 2015 delivered a new map of twelve regions with directly elected councils. Regional "
                    "presidents now chair the executive rather than the appointed governor, a real shift in "
                    "a system long dominated by the Ministry of the Interior.</p>",
                ),
                (
                    "paragraph",
                    "<p>Regions prepare multi-year development programmes and receive fixed shares of "
                    "several "
                    "national taxes. Yet much of their investment is carried out through contracts with "
                    "central ministries, which bring co-financing and technical capacity but also central "
                    "priorities. The deconcentration charter adopted in 2018 aims to give regional offices "
                    "of ministries enough authority to negotiate with regions on the spot.</p>",
                ),
                (
                    "paragraph",
                    "<p>The communes, the most local level, have changed less. Many rural communes "
                    "have small budgets and few qualified staff, and they depend heavily on their "
                    "share of value-added tax. Larger cities have more room to act but share "
                    "responsibility for urban services with delegated operators and provincial "
                    "administrations, which makes it hard for residents to know whom to hold "
                    "responsible.</p>",
                ),
                (
                    "quote",
                    {
                        "text": "Regionalization in Morocco has been built from the top down. Its durability "
                        "now depends on whether regions can show results residents notice.",
                        "attribution": "Nadia El-Fassi",
                    },
                ),
                (
                    "paragraph",
                    "<p>Three questions will shape the next decade: whether regions gain revenue "
                    "they can actually adjust, whether the deconcentration charter gives ministry "
                    "offices in the regions real authority, and whether regional councils become a "
                    "place where residents, and not only officials, can follow decisions about "
                    "investment in their territory.</p>",
                ),
                (
                    "call_out",
                    {
                        "title": "Country profile",
                        "text": '<p>Our <a page="resources/profile-morocco">Intergovernmental Profile of '
                        "Morocco</a> will be published early next year.</p>",
                    },
                ),
            ],
        },
    },
    "jordan-lebanon-iraq-local-elections": {
        "date": "2024-02-26",
        "authors": ["nadia-el-fassi"],
        "topics": ["local-elections-accountability"],
        "countries": ["JO", "LB", "IQ"],
        "feed_image": False,
        "en": {
            "title": "Local elections in the Levant: held, postponed and reinvented",
            "summary": "Jordan, Lebanon and Iraq illustrate three different relationships between national "
            "politics and local elections.",
            "body": [
                (
                    "paragraph",
                    "<p>Iraq held provincial council elections in December 2023, the first in a decade. The "
                    "councils had been suspended in 2019 amid protests against corruption and poor services, "
                    "and their return was as much a national political decision as a local one.</p>",
                ),
                (
                    "paragraph",
                    "<p>The campaign was dominated by national parties, but the vote restored an "
                    "elected layer between Baghdad and the municipalities. The new councils choose "
                    "governors and approve provincial plans, so their composition will shape how "
                    "money transferred from the federal budget is spent in each province.</p>",
                ),
                (
                    "paragraph",
                    "<p>Lebanon's municipalities, the only elected bodies that many residents deal with, "
                    "have seen their mandates extended repeatedly since the elections that should have taken "
                    "place "
                    "in 2022. Many are now running on exhausted budgets after years of economic crisis, yet "
                    "they remain the first port of call for residents.</p>",
                ),
                (
                    "paragraph",
                    "<p>Jordan took a third path. A 2015 decentralization law created elected governorate "
                    "councils alongside municipal councils, and a 2021 local administration law reorganised "
                    "the system again before elections in 2022. The reforms show a willingness to experiment "
                    "with local voice, though the councils' budgets remain small.</p>",
                ),
                (
                    "quote",
                    {
                        "text": "Local elections in the region are rarely only about local issues, but they "
                        "still create a local address for accountability.",
                        "attribution": "Nadia El-Fassi",
                    },
                ),
                (
                    "paragraph",
                    "<p>The comparison is a reminder that elections are only one part of local "
                    "accountability. Published budgets, open council meetings and a clear division "
                    "of functions with the centre matter as much, and in all three countries they "
                    "are where reform could make the most difference in the years ahead.</p>",
                ),
            ],
        },
    },
    "india-urban-local-bodies-property-tax": {
        "date": "2024-03-25",
        "authors": ["priya-raghunathan"],
        "topics": ["urban-governance", "own-source-revenue"],
        "countries": ["IN"],
        "feed_image": True,
        "en": {
            "title": "India's cities and the property tax condition",
            "summary": "India's finance commission has tied grants for urban local bodies to property tax "
            "reform. It is a test of whether transfers can encourage local revenue effort.",
            "body": [
                (
                    "paragraph",
                    "<p>Three decades after the 74th constitutional amendment gave urban local bodies a "
                    "constitutional footing, most Indian cities still depend heavily on transfers from their "
                    "state governments. Property tax, the main local tax, yields much less than in "
                    "comparable countries.</p>",
                ),
                (
                    "paragraph",
                    "<p>The causes are familiar. Valuation rolls are out of date, exemptions are "
                    "generous, many properties are missing from the register, and the political "
                    "cost of enforcement falls on councillors who face voters in the same wards. "
                    "In several states the state government, not the city, sets rates or approves "
                    "revisions, leaving cities responsible for collection but with little control "
                    "over the tax itself. Cities that have improved collections usually began by "
                    "fixing the register rather than the rate.</p>",
                ),
                (
                    "paragraph",
                    "<p>The Fifteenth Finance Commission took an unusual step: to be eligible for its grants "
                    "to urban local bodies, states had to set minimum floor rates for property tax and show "
                    "improvement in collections. The condition puts the spotlight on states, which control "
                    "much of the property tax framework, rather than on cities alone.</p>",
                ),
                (
                    "image",
                    {
                        "image": "chart-osr-sources",
                        "alt_text": "Bar chart: property tax 38 per cent, business licences 24, market fees "
                        "17, building permits 9, other 12.",
                        "caption": "Illustrative breakdown of a mid-sized city's own revenue.",
                        "credit": "",
                    },
                ),
                (
                    "paragraph",
                    "<p>Early signs are mixed. Some states revised rates quickly; others met the letter of "
                    "the "
                    "condition with nominal floors. Collection, which depends on up-to-date registers and "
                    "political willingness to enforce, has improved more slowly than rates.</p>",
                ),
                (
                    "call_out",
                    {
                        "title": "Glossary",
                        "text": '<p><a page="glossary/property-tax">Property tax</a>, '
                        '<a page="glossary/fiscal-effort">fiscal effort</a>.</p>',
                    },
                ),
            ],
        },
    },
    "metro-manila-coordination": {
        "date": "2024-04-29",
        "authors": ["rafael-bautista-cruz"],
        "topics": ["urban-governance", "multilevel-governance"],
        "countries": ["PH", "VN"],
        "feed_image": False,
        "en": {
            "title": "Who governs the metropolis? Manila and Ho Chi Minh City compared",
            "summary": "Fast-growing metropolitan areas outgrow the boundaries of their local governments. "
            "Manila and Ho Chi Minh City have chosen very different answers.",
            "body": [
                (
                    "paragraph",
                    "<p>Metro Manila is made up of sixteen cities and one municipality, each with its own "
                    "elected mayor and council. Metropolitan-wide functions such as traffic management and "
                    "flood control fall to a development authority whose governing council brings the mayors "
                    "together, but whose chair is appointed by the President. Residents elect no one for the "
                    "metropolis as a whole.</p>",
                ),
                (
                    "paragraph",
                    "<p>Ho Chi Minh City sits at the other end of the spectrum. As a centrally run city it "
                    "has a "
                    "single city government, and since 2021 it has operated an urban government model that "
                    "removed people's councils at district and ward level, concentrating decisions at city "
                    "level.</p>",
                ),
                (
                    "paragraph",
                    "<p>The contrast extends to finance. Each Metro Manila city raises its own "
                    "property and business taxes and receives its own share of national taxes, so "
                    "wealthy business districts sit next to cities with far fewer resources. Ho "
                    "Chi Minh City's budget, by contrast, is set within a national system in which "
                    "the city shares revenue with the centre at ratios decided nationally.</p>",
                ),
                (
                    "quote",
                    {
                        "text": "Fragmentation gives residents a mayor they can reach. Integration gives the "
                        "city a government that can plan. Most metropolitan areas need something of both.",
                        "attribution": "Rafael Bautista Cruz",
                    },
                ),
                (
                    "paragraph",
                    "<p>Neither model is obviously better. Fragmented systems make coordination on transport "
                    "and drainage painfully slow; integrated systems can lose touch with neighbourhoods. The "
                    "practical question is which functions need a metropolitan scale and how the people "
                    "running them are held to account.</p>",
                ),
            ],
        },
    },
    "ethiopia-woreda-block-grants": {
        "date": "2024-05-27",
        "authors": ["amara-nwosu-bello"],
        "topics": ["intergovernmental-fiscal-transfers", "local-service-delivery"],
        "countries": ["ET"],
        "feed_image": True,
        "en": {
            "title": "Block grants to woredas: Ethiopia's quiet decentralization",
            "summary": "Ethiopia's districts have received block grants for two decades. The system helped "
            "expand basic services, but it now faces severe fiscal and political strain.",
            "body": [
                (
                    "paragraph",
                    "<p>Ethiopia's federal constitution divides power between the federal government and the "
                    "regional states. In the early 2000s several regions went a step further and began "
                    "transferring block grants to woredas, the district governments that run primary "
                    "schools, health posts, agricultural extension and rural water supply.</p>",
                ),
                (
                    "paragraph",
                    "<p>The block grants were allocated by formula and could be spent at the woreda "
                    "council's "
                    "discretion, though most went on the salaries of teachers and health workers. For years, "
                    "development partners co-financed them through a programme designed to protect basic "
                    "services, which gave the system unusual stability and strong reporting.</p>",
                ),
                (
                    "paragraph",
                    "<p>Evaluations of the period generally found that the share of spending "
                    "reaching districts rose, and that access to primary schooling and basic "
                    "health care expanded fastest in places that had been poorly served. The "
                    "system was not perfect: regional formulas differed and woredas raised little "
                    "revenue of their own. But it established the principle that every district "
                    "could count on a predictable allocation.</p>",
                ),
                (
                    "paragraph",
                    "<p>Conflict, inflation and falling external support have since put the system under "
                    "pressure. Woredas report that their grants barely cover salaries, leaving nothing for "
                    "operations or maintenance. The risk is a hollowed-out form of decentralization in which "
                    "districts administer payrolls but cannot improve services. "
                    "Keeping even a small non-salary allocation for each school and health post "
                    "can make a disproportionate difference to what staff are able to do.</p>",
                ),
                (
                    "call_out",
                    {
                        "title": "Why this matters beyond Ethiopia",
                        "text": "<p>Many countries finance local services mainly through wage-dominated "
                        "transfers. When budgets tighten, non-wage spending is cut first, and service "
                        "quality falls even where staff remain in post.</p>",
                    },
                ),
            ],
        },
    },
    "albania-territorial-reform": {
        "date": "2024-06-17",
        "authors": ["marek-kowalczyk"],
        "topics": ["public-sector-reform", "multilevel-governance"],
        "countries": ["AL", "GE", "MD", "MK"],
        "feed_image": False,
        "en": {
            "title": "Fewer, larger municipalities: lessons from the Western Balkans and beyond",
            "summary": "Albania, Georgia and North Macedonia merged hundreds of small local governments. "
            "Moldova is still debating how far to go.",
            "body": [
                (
                    "paragraph",
                    "<p>In 2015 Albania replaced 373 local government units with 61 municipalities. Georgia "
                    "had made a similar move a decade earlier, and North Macedonia reduced its number of "
                    "municipalities in 2004. All three reforms were justified by the same argument: small "
                    "units could not afford professional staff or provide modern services.</p>",
                ),
                (
                    "paragraph",
                    "<p>Amalgamation did produce administrations with more capacity, but the promised "
                    "savings "
                    "were slower to appear, and residents of former municipalities often felt that their "
                    "village had lost its voice. Albania addressed this partly through administrative units "
                    "that keep a local service point in each former municipality.</p>",
                ),
                (
                    "paragraph",
                    "<p>The financial side needed attention too. The larger municipalities "
                    "received new functions, from pre-school education to forestry and irrigation, "
                    "but the transfers and local taxes that went with them grew more slowly. Some "
                    "inherited the debts and arrears of the units they absorbed, which weighed on "
                    "their first budgets. Reformers elsewhere should plan the money at the same "
                    "time as the map.</p>",
                ),
                (
                    "quote",
                    {
                        "text": "Merging municipalities is the easy part. Making the new municipality feel "
                        "like a community takes a decade.",
                        "attribution": "Marek Kowalczyk",
                    },
                ),
                (
                    "paragraph",
                    "<p>Moldova, with nearly 900 first-tier local governments for a population of about 2.5 "
                    "million, is weighing voluntary amalgamation with financial incentives. Its neighbours' "
                    "experience suggests that incentives help, but that a clear deadline and a fallback plan "
                    "matter just as much. "
                    "So does a clear answer to what happens to local staff, who often fear "
                    "amalgamation more than residents do.</p>",
                ),
                (
                    "call_out",
                    {
                        "title": "Glossary",
                        "text": '<p><a page="glossary/territorial-reform">Territorial reform</a>, '
                        '<a page="glossary/intermunicipal-cooperation">intermunicipal cooperation</a>.</p>',
                    },
                ),
            ],
        },
    },
    "women-in-local-councils": {
        "date": "2024-08-05",
        "authors": ["lea-diallo-martin", "priya-raghunathan"],
        "topics": ["gender-local-governance", "local-elections-accountability"],
        "countries": ["IN", "RW", "SN", "BO"],
        "feed_image": True,
        "en": {
            "title": "From seats to influence: women in local councils",
            "summary": "Quotas and parity rules have transformed who sits in local councils. Turning "
            "presence into influence over budgets is the next step.",
            "body": [
                (
                    "paragraph",
                    "<p>India reserved one third of seats in rural and urban local bodies for women in the "
                    "early 1990s, and many states have since raised the share to half. Rwanda's constitution "
                    "requires at least thirty per cent women in decision-making bodies. Senegal's parity law "
                    "and Bolivia's rules on parity and alternation on candidate lists have had similar "
                    "effects on local councils.</p>",
                ),
                (
                    "paragraph",
                    "<p>Research from India suggests that women leaders can shift spending towards services "
                    "such as drinking water that women themselves report as priorities. But councillors "
                    "elected under quotas often describe being excluded from the committees that actually "
                    "decide on budgets and contracts, and in some places relatives exercise power in their "
                    "name.</p>",
                ),
                (
                    "paragraph",
                    "<p>Practical barriers matter as much as formal ones. Council meetings held in "
                    "the evening, long travel distances and limited access to budget documents all "
                    "restrict participation. Networks of women councillors, where they exist, have "
                    "helped by sharing information and by giving newly elected members someone to "
                    "call when they meet resistance.</p>",
                ),
                (
                    "quote",
                    {
                        "text": "A quota opens the door to the council chamber. It does not open the door to "
                        "the finance committee.",
                        "attribution": "Léa Diallo-Martin",
                    },
                ),
                (
                    "paragraph",
                    "<p>Our new initiative on localizing women's empowerment will bring together women local "
                    "leaders from several regions to compare what has helped them gain influence, from "
                    "training and mentoring to rules on committee membership and gender-aware budget "
                    "formats. The aim is practical guidance that local government associations can use in "
                    "their own training.</p>",
                ),
                (
                    "document",
                    {"document": "womens-empowerment-note-en", "label": "Concept note (PDF)"},
                ),
            ],
        },
    },
    "local-pfm-and-subnational-pefa": {
        "date": "2024-09-09",
        "authors": ["priya-raghunathan", "samuel-kiprotich-mutai"],
        "topics": ["local-public-financial-management"],
        "countries": ["BD", "KH", "PK"],
        "feed_image": False,
        "en": {
            "title": "Assessing local public financial management: beyond the scorecard",
            "summary": "Subnational PEFA assessments give a standard picture of local PFM. They are most "
            "useful when combined with an understanding of the intergovernmental system around them.",
            "body": [
                (
                    "paragraph",
                    "<p>The PEFA framework was designed for national governments, but supplementary guidance "
                    "now allows it to be applied to provinces, states and municipalities. A subnational "
                    "assessment scores the usual areas: budget reliability, transparency, asset and "
                    "liability management, predictability and control in execution, accounting and "
                    "reporting, and external scrutiny.</p>",
                ),
                (
                    "paragraph",
                    "<p>That extension has been valuable. It gives subnational governments, "
                    "auditors and development partners a shared vocabulary, and it makes it "
                    "possible to compare the budget credibility of two provinces or the audit "
                    "coverage of a group of municipalities. Some countries have assessed a sample "
                    "of local governments to complement their national assessment.</p>",
                ),
                (
                    "paragraph",
                    "<p>Scores for local governments are often low on budget reliability. That is not always "
                    "a sign of poor local management. When transfers arrive late or differ from what was "
                    "announced, a local budget cannot be executed as approved. The problem lies upstream, in "
                    "the intergovernmental system.</p>",
                ),
                (
                    "call_out",
                    {
                        "title": "Reading a subnational PEFA",
                        "text": "<p>For each weak score, ask whether the cause sits inside the local "
                        "government or in the rules and practices of the level above it.</p>",
                    },
                ),
                (
                    "paragraph",
                    "<p>In Bangladesh, Cambodia and Pakistan, where local governments depend on central or "
                    "provincial transfers and on staff they do not fully control, combining a PEFA-style "
                    "assessment with an InFER review gives a fairer and more useful picture.</p>",
                ),
                (
                    "paragraph",
                    "<p>In practice this means reading each indicator twice: once as a description "
                    "of the local government's own systems, and once as evidence about the rules, "
                    "transfers and oversight that surround it. Reform plans that follow from the "
                    "assessment should be split the same way, with actions for the local "
                    "government and actions for the ministries and agencies above it.</p>",
                ),
            ],
        },
    },
    "chile-elected-regional-governors": {
        "date": "2024-10-14",
        "authors": ["tomas-echeverria-ruiz"],
        "topics": ["multilevel-governance", "local-elections-accountability"],
        "countries": ["CL", "PE"],
        "feed_image": True,
        "en": {
            "title": "Chile's elected regional governors face their second election",
            "summary": "Chile's first directly elected regional governors took office in 2021 alongside "
            "presidential delegates. Ahead of this month's vote, the balance between the two is still being "
            "worked out.",
            "body": [
                (
                    "paragraph",
                    "<p>For most of its history Chile was one of the most centralised countries in Latin "
                    "America. Regional intendants were appointed by the President. In 2021, for the first "
                    "time, Chileans elected regional governors, while a new figure, the presidential "
                    "delegate, took over the central government's functions in each region.</p>",
                ),
                (
                    "paragraph",
                    "<p>The arrangement gave regions an elected voice but left them with limited own revenue "
                    "and a list of powers that must be transferred one by one. Governors have used their "
                    "visibility to press for more, and disagreements with delegates over security and "
                    "emergencies have been frequent.</p>",
                ),
                (
                    "paragraph",
                    "<p>Finance is the clearest gap. Regional governments depend mainly on "
                    "national development funds whose size and rules are set in Santiago, and "
                    "legislation on regional revenue has been under discussion for years. Without "
                    "predictable resources of their own, governors find it hard to turn an "
                    "electoral mandate into programmes that outlast a single term.</p>",
                ),
                (
                    "paragraph",
                    "<p>Peru offers a cautionary comparison. Its regional governments have been elected "
                    "since 2002 and control considerable resources, but a ban on immediate re-election and "
                    "repeated corruption cases have weakened their standing. Elected regional government is "
                    "a beginning, not an end point.</p>",
                ),
                (
                    "quote",
                    {
                        "text": "An elected governor without money is a spokesperson. Chile's next step has "
                        "to be fiscal.",
                        "attribution": "Tomás Echeverría Ruiz",
                    },
                ),
                (
                    "paragraph",
                    "<p>Whatever the result of this month's vote, the next governors will inherit "
                    "the same institutional questions. How they use their mandate, and whether "
                    "Congress gives them the tools to do more, will decide whether Chile's reform "
                    "becomes a real shift of power or remains largely symbolic.</p>",
                ),
            ],
        },
    },
    "special-districts-north-america": {
        "date": "2024-11-11",
        "authors": ["hannah-lindqvist"],
        "topics": ["urban-governance", "multilevel-governance"],
        "countries": ["US", "CA"],
        "feed_image": False,
        "en": {
            "title": "The other local governments: special districts in North America",
            "summary": "The United States has tens of thousands of special-purpose districts. They are a "
            "reminder that local government is not always general-purpose.",
            "body": [
                (
                    "paragraph",
                    "<p>When people count local governments, they usually mean municipalities and counties. "
                    "In "
                    "the United States that leaves out the largest category: special districts that provide "
                    "one service, or a few, such as water, fire protection, libraries, transit or mosquito "
                    "control. Independent school districts add thousands more.</p>",
                ),
                (
                    "paragraph",
                    "<p>Special districts allow services to be organised at the scale that suits them, often "
                    "across municipal boundaries, and to be financed by dedicated taxes or charges. The "
                    "price "
                    "is complexity. A resident may live under a dozen overlapping governments, most of which "
                    "hold low-turnout elections that receive little attention.</p>",
                ),
                (
                    "paragraph",
                    "<p>Financing is as varied as the functions. Some districts levy their own "
                    "property taxes, others rely on charges for water or sewerage, and many issue "
                    "bonds to build infrastructure. Because their budgets sit outside those of "
                    "cities and counties, a full picture of public spending in a metropolitan area "
                    "means adding up dozens of separate accounts.</p>",
                ),
                (
                    "paragraph",
                    "<p>Canada uses a different mix. School boards are elected separately in most provinces, "
                    "while British Columbia's regional districts provide shared services for municipalities "
                    "and rural areas. Both countries show that 'local government' is better understood as an "
                    "ecosystem than as a single tier. "
                    "For international comparisons this matters: figures that count only "
                    "municipalities understate the local public sector in both countries.</p>",
                ),
                (
                    "call_out",
                    {
                        "title": "In the glossary",
                        "text": '<p><a page="glossary/special-purpose-district">Special-purpose district</a>'
                        "</p>",
                    },
                ),
            ],
        },
    },
    "aid-cuts-and-local-governments": {
        "date": "2025-01-13",
        "authors": ["marek-kowalczyk", "nadia-el-fassi"],
        "topics": ["public-sector-reform", "multilevel-governance"],
        "countries": ["MW", "SL", "HN"],
        "feed_image": True,
        "en": {
            "title": "When aid shrinks, what happens to local governance programmes?",
            "summary": "Development partners are cutting governance budgets. Countries that built reforms on "
            "external funding need a plan for keeping the parts that work.",
            "body": [
                (
                    "paragraph",
                    "<p>For two decades a large share of support for decentralization in low-income "
                    "countries "
                    "came from development partners: grants to local governments, technical assistance to "
                    "ministries, funding for local government associations. That support is now falling "
                    "sharply as several donors reduce their aid budgets and shift priorities.</p>",
                ),
                (
                    "paragraph",
                    "<p>The risk is not only that programmes end. It is that systems built around external "
                    "money, such as performance assessments, capacity-building funds or reporting platforms, "
                    "collapse with it. In countries such as Malawi, Sierra Leone and Honduras, parts of the "
                    "local governance architecture were designed with donor co-financing in mind.</p>",
                ),
                (
                    "paragraph",
                    "<p>Local governments feel the change in several ways. Development grants that "
                    "financed much of their investment may stop. Technical staff paid by projects "
                    "may leave. Associations of local governments that relied on partner funding "
                    "for advocacy and training may have to shrink, just when their voice in "
                    "national budget debates is most needed.</p>",
                ),
                (
                    "quote",
                    {
                        "text": "The test of a reform is what survives when the project ends.",
                        "attribution": "Nadia El-Fassi",
                    },
                ),
                (
                    "paragraph",
                    "<p>We suggest a simple triage. Identify which elements are already financed through the "
                    "national budget, which could be with modest reallocation, and which were never "
                    "sustainable. Protect the first group, negotiate for the second, and close the third "
                    "deliberately rather than letting it fade.</p>",
                ),
                (
                    "paragraph",
                    "<p>None of this is easy, and some losses cannot be avoided. But governments "
                    "that decide deliberately what to keep are more likely to preserve the "
                    "institutions that make local governance work.</p>",
                ),
            ],
        },
    },
    "mood-first-applications": {
        "date": "2025-02-17",
        "authors": ["marek-kowalczyk"],
        "topics": ["multilevel-governance", "public-sector-reform"],
        "countries": [],
        "feed_image": False,
        "en": {
            "title": "Opportunity or obstacle? Early lessons from MOOD assessments",
            "summary": "MOOD asks whether a country's multilevel governance helps or hinders development. "
            "The first applications taught us to ask fewer questions, and better ones.",
            "body": [
                (
                    "paragraph",
                    "<p>The first draft of the MOOD assessment had more than a hundred questions. Pilot "
                    "teams "
                    "told us, politely, that nobody would read the answers. The current version asks a dozen "
                    "core questions and expects teams to dig deeper only where the answers point to a "
                    "problem.</p>",
                ),
                (
                    "paragraph",
                    "<p>The most useful question turned out to be the simplest: for the three development "
                    "priorities the government cares most about, which level of government is responsible "
                    "for "
                    "each step, and does it have the money, staff and authority to do it? Mapping this for, "
                    "say, rural water supply often reveals a gap that no sector strategy mentions.</p>",
                ),
                (
                    "paragraph",
                    "<p>A second lesson concerned who should be in the room. Early pilots relied "
                    "on interviews in the capital, which produced a clear picture of policy "
                    "intentions and a blurry one of practice. Adding a few days in two contrasting "
                    "districts, one well connected and one remote, changed several conclusions. "
                    "Officials there could explain, for instance, why a transfer that looks "
                    "predictable on paper arrives in instalments and late.</p>",
                ),
                (
                    "call_out",
                    {
                        "title": "What MOOD is not",
                        "text": "<p>It is not a ranking of countries and not an argument for more "
                        "decentralization in every case. Sometimes the obstacle is too much fragmentation, "
                        "not too little.</p>",
                    },
                ),
                (
                    "paragraph",
                    "<p>The assessment guide is available in English and French in the resource library, and "
                    "we welcome teams who want to try it.</p>",
                ),
                (
                    "paragraph",
                    "<p>We are also learning how to report findings. A list of binding constraints "
                    "is only useful if it is short and if each constraint can be traced to "
                    "evidence that the government itself recognises, so the current template asks "
                    "teams to cite an official document or dataset for every finding.</p>",
                ),
            ],
        },
    },
    "cameroon-benin-madagascar-communes": {
        "date": "2025-03-24",
        "authors": ["lea-diallo-martin"],
        "topics": ["fiscal-decentralization", "intergovernmental-fiscal-transfers"],
        "countries": ["CM", "BJ", "MG"],
        "feed_image": False,
        "en": {
            "title": "Financing communes in francophone Africa: three approaches",
            "summary": "Cameroon, Benin and Madagascar all finance their communes through a national fund. "
            "How those funds are governed makes a large difference.",
            "body": [
                (
                    "paragraph",
                    "<p>Benin's 77 communes have received transfers through a common fund, FADeC, since the "
                    "late 2000s. The fund combines unconditional allocations with sector envelopes, and its "
                    "reliance on published formulas and annual audits has made it one of the better "
                    "documented systems in the region. "
                    "Annual audits of how communes use the fund have made comparisons across "
                    "communes possible.</p>",
                ),
                (
                    "paragraph",
                    "<p>Cameroon adopted a general code on regional and local authorities at the end of 2019 "
                    "and held its first regional elections the following year. The code promises a growing "
                    "share of state revenue for decentralization, but transfers of competences and of money "
                    "have moved at different speeds, and the two anglophone regions have a special status "
                    "whose implementation remains contested.</p>",
                ),
                (
                    "paragraph",
                    "<p>Madagascar's local development fund finances investment in communes, many of which "
                    "have very small budgets and few staff. Here the challenge is less about formula design "
                    "than about reaching communes that struggle to prepare and execute a project at all.</p>",
                ),
                (
                    "paragraph",
                    "<p>Across the three countries the same questions come up. Are allocations "
                    "known before communes prepare their budgets? Can communes spend the money "
                    "through their own accounts, or must every step pass through the treasury? And "
                    "does anyone publish what each commune received, so that councillors and "
                    "residents can compare it with what was promised?</p>",
                ),
                (
                    "quote",
                    {
                        "text": "A national fund is a promise. Its governance decides whether communes can "
                        "plan around it.",
                        "attribution": "Léa Diallo-Martin",
                    },
                ),
            ],
        },
    },
    "databook-2025-release": {
        "date": "2025-05-12",
        "authors": ["hannah-lindqvist", "samuel-kiprotich-mutai"],
        "topics": ["fiscal-decentralization", "multilevel-governance"],
        "countries": ["KE", "NP", "ID", "CO", "UA", "MA"],
        "feed_image": True,
        "en": {
            "title": "The 2025 Decentralization and Multilevel Governance Databook is out",
            "summary": "The new edition of the databook brings the indicators behind our country profiles "
            "together in one spreadsheet, with a codebook for every variable.",
            "body": [
                (
                    "paragraph",
                    "<p>Researchers often ask us for the numbers behind the intergovernmental profiles. The "
                    "databook is our answer: a single spreadsheet with comparable indicators on the "
                    "structure "
                    "of the local public sector, the division of spending and revenue, transfers and local "
                    "elections.</p>",
                ),
                (
                    "paragraph",
                    "<p>The spreadsheet covers the countries for which a LoGICA profile has been "
                    "completed or is under way, and it will grow as new profiles are published. "
                    "Each row is a country and a year; each column is an indicator whose short "
                    "name matches the codebook. Where a value is an estimate rather than a figure "
                    "from an official report, a flag says so, and a separate sheet lists the "
                    "source of every number.</p>",
                ),
                (
                    "paragraph",
                    "<p>This edition adds a distinction we have long argued for: spending by elected local "
                    "governments is reported separately from spending by deconcentrated offices of the "
                    "central government. For several countries, including Morocco and Kenya before 2013, "
                    "that changes the story considerably.</p>",
                ),
                (
                    "paragraph",
                    "<p>We made two deliberate choices. First, the number of tiers and units is "
                    "reported both as it stands in law and as it works in practice, because the "
                    "two can differ for years after a reform. Second, we avoid composite indices. "
                    "A single decentralization score hides exactly the trade-offs reformers need "
                    "to see, so users are invited to combine indicators themselves and to tell us "
                    "how they did it.</p>",
                ),
                (
                    "document",
                    {"document": "databook-2025-data", "label": "Download the databook (Excel)"},
                ),
                (
                    "call_out",
                    {
                        "title": "Tell us what is missing",
                        "text": "<p>Members can suggest variables and report errors through the data working "
                        "group on the member portal.</p>",
                    },
                ),
            ],
        },
    },
    "local-climate-adaptation-grants": {
        "date": "2025-06-23",
        "authors": ["zanele-dube", "amara-nwosu-bello"],
        "topics": ["local-climate-finance", "intergovernmental-fiscal-transfers"],
        "countries": ["ZM", "MZ", "BD", "NP"],
        "feed_image": False,
        "en": {
            "title": "Designing adaptation grants that local governments can use",
            "summary": "Two years after we argued that climate finance needs a local address, more countries "
            "are experimenting with adaptation grants. Design details decide whether they work.",
            "body": [
                (
                    "paragraph",
                    "<p>Adaptation grants to local governments are no longer a curiosity. Mozambique, "
                    "Bangladesh "
                    "and Nepal have tested them in different forms, and several other countries are "
                    "designing their own. The question has moved from whether to how.</p>",
                ),
                (
                    "paragraph",
                    "<p>Three design choices matter most. First, the allocation: climate risk indices are "
                    "appealing, but they must be simple enough to be trusted. Second, eligibility: a menu of "
                    "investments that local governments can choose from balances local knowledge with the "
                    "need to show results. Third, the link to the regular budget: adaptation works best when "
                    "it changes how ordinary roads, drains and water points are built.</p>",
                ),
                (
                    "paragraph",
                    "<p>Monitoring needs equal care. Adaptation results take years to show, so "
                    "most systems track intermediate measures: whether investments were chosen "
                    "through a risk assessment, whether they were built to a higher standard, and "
                    "whether they are maintained. Simple annual checks by the assessors who "
                    "already review ordinary grant conditions tend to be more reliable than "
                    "separate climate audits.</p>",
                ),
                (
                    "paragraph",
                    "<p>Zambia illustrates the opportunity and the risk. Much more money now flows to the "
                    "local "
                    "level through the constituency development fund, but coordinating it with councils' own "
                    "plans and with climate objectives is still a work in progress. "
                    "Linking the two, for instance by asking constituency projects to follow the "
                    "council's risk assessment, would be a modest step with large benefits.</p>",
                ),
                (
                    "quote",
                    {
                        "text": "The best adaptation grant is one that makes every other local investment "
                        "more resilient.",
                        "attribution": "Amara Nwosu-Bello",
                    },
                ),
            ],
        },
    },
    "pakistan-local-governments-after-18th-amendment": {
        "date": "2025-08-18",
        "authors": ["priya-raghunathan"],
        "topics": ["multilevel-governance", "local-elections-accountability"],
        "countries": ["PK"],
        "feed_image": True,
        "en": {
            "title": "Pakistan's local governments, fifteen years after the 18th Amendment",
            "summary": "The 18th Amendment made provinces responsible for local government. The result has "
            "been a series of short-lived local systems and long gaps without elected councils.",
            "body": [
                (
                    "paragraph",
                    "<p>Pakistan's 18th Amendment of 2010 transferred a wide range of functions from the "
                    "federal government to the provinces, and the constitution requires each province to "
                    "establish a local government system with political, administrative and financial "
                    "authority.</p>",
                ),
                (
                    "paragraph",
                    "<p>Provinces have used that power unevenly. Local elections have often been held only "
                    "after court orders, and several provincial governments have dissolved councils before "
                    "the end of their term or rewritten local government laws when the ruling party changed. "
                    "Each new law reshaped the tiers, functions and finances of local governments.</p>",
                ),
                (
                    "paragraph",
                    "<p>The provinces have taken different paths. Some created elected councils at "
                    "union and tehsil level with modest budgets; others gave more weight to "
                    "district governments or to appointed administrators. In several cases a "
                    "province changed its system more than once within a decade, so that "
                    "councillors elected under one law served out their term under another.</p>",
                ),
                (
                    "paragraph",
                    "<p>The instability has costs beyond democracy. Local staff do not know which body they "
                    "will report to next year, provincial finance commissions cannot build stable transfer "
                    "formulas, and citizens lose the habit of taking problems to a local representative.</p>",
                ),
                (
                    "call_out",
                    {
                        "title": "A comparison worth making",
                        "text": "<p>India's 73rd and 74th Amendments also left local government to the "
                        "states "
                        "but fixed minimum standards in the constitution, including regular elections and "
                        "state finance commissions.</p>",
                    },
                ),
                (
                    "paragraph",
                    "<p>A more stable settlement would not need to be uniform across provinces. It "
                    "would need a few guarantees: elections on a fixed timetable, a floor for the "
                    "share of provincial resources that reaches local governments, and protection "
                    "against early dissolution. These ideas are familiar in Pakistan's own "
                    "debates; what has been missing is a coalition able to hold provincial "
                    "governments to them.</p>",
                ),
            ],
        },
    },
    "mongolia-local-development-fund": {
        "date": "2025-09-29",
        "authors": ["rafael-bautista-cruz"],
        "topics": [
            "intergovernmental-fiscal-transfers",
            "local-service-delivery",
            "local-public-financial-management",
        ],
        "countries": ["MN", "TL"],
        "feed_image": False,
        "en": {
            "title": "Letting residents choose: Mongolia's local development fund and Timor-Leste's village "
            "grants",
            "summary": "Two countries with very different histories give residents a direct say over small "
            "investment grants. Both show how participation and transfers can reinforce each other.",
            "body": [
                (
                    "paragraph",
                    "<p>Mongolia created its local development fund in 2013 as part of a broader budget law. "
                    "The fund gives provinces and soums, the rural districts, an investment budget, and "
                    "residents vote on which projects to prioritise. The sums are modest, but in sparsely "
                    "populated areas a new well or a repaired school heating system makes a large "
                    "difference.</p>",
                ),
                (
                    "paragraph",
                    "<p>Allocations follow a formula that takes account of population, area and "
                    "level of development, and local councils make the final decision on the "
                    "projects residents have ranked. Proposals are gathered through surveys and "
                    "public meetings and the results are published, which has made the fund one of "
                    "the more visible ways in which citizens meet their local government.</p>",
                ),
                (
                    "paragraph",
                    "<p>Timor-Leste's national programme for village development, running since the "
                    "mid-2010s, "
                    "transfers grants to each village, or suco, for infrastructure chosen and often built by "
                    "the community. Municipal administrations are still being strengthened, so the programme "
                    "has filled a gap in local investment.</p>",
                ),
                (
                    "quote",
                    {
                        "text": "Small, predictable grants with real local choice build a habit of planning "
                        "that large projects rarely do.",
                        "attribution": "Rafael Bautista Cruz",
                    },
                ),
                (
                    "paragraph",
                    "<p>Both programmes raise the same long-term question: how do community-driven grants "
                    "fit "
                    "into a system of accountable local government? Run in parallel for too long, they can "
                    "leave formal local governments with little to do.</p>",
                ),
                (
                    "paragraph",
                    "<p>Mongolia has answered it by routing the fund through the budgets of "
                    "elected local councils. Timor-Leste faces the choice now, as it builds up its "
                    "municipalities: fold the village programme into a municipal grant system, or "
                    "keep it as a separate channel that gives villages a direct claim on "
                    "resources.</p>",
                ),
            ],
        },
    },
    "own-source-revenue-east-africa": {
        "date": "2025-10-06",
        "authors": ["samuel-kiprotich-mutai"],
        "topics": ["own-source-revenue", "urban-governance"],
        "countries": ["TZ", "ZM", "SL"],
        "feed_image": True,
        "en": {
            "title": "Who should collect the property tax?",
            "summary": "Tanzania, Zambia and Sierra Leone have tried different answers to a deceptively "
            "simple question: which level of government should collect local taxes?",
            "body": [
                (
                    "paragraph",
                    "<p>Property tax is a local tax almost everywhere, but local collection is often weak. "
                    "One response is to hand collection to the national revenue authority, which has better "
                    "systems and enforcement powers. Tanzania did this for several cities in the second half "
                    "of the 2010s, later tried collecting through prepaid electricity purchases, and has "
                    "adjusted the arrangement more than once since.</p>",
                ),
                (
                    "paragraph",
                    "<p>Central collection can raise yields quickly, but it weakens the link between what "
                    "residents pay and what their council provides. Councils also lose control over the "
                    "timing of their revenue, and the data on properties may stay with the revenue "
                    "authority.</p>",
                ),
                (
                    "paragraph",
                    "<p>There is also a capacity argument in the other direction. Councils that "
                    "never collect their main tax never build the valuation, billing and "
                    "enforcement skills they would need to take it back. Moving collection to the "
                    "centre is therefore hard to reverse, and should come with a clear path for "
                    "returning the function once local capacity improves.</p>",
                ),
                (
                    "paragraph",
                    "<p>Freetown, in Sierra Leone, took the opposite route, building its own property "
                    "register "
                    "with a simple points-based valuation and raising collections substantially, though not "
                    "without friction with the central government. Zambian councils, which rely on an "
                    "equalization fund and their own revenue, face similar choices as cities grow.</p>",
                ),
                (
                    "call_out",
                    {
                        "title": "Data",
                        "text": '<p>The <a page="resources/osr-dataset-2024">Local Own-Source Revenue '
                        "Dataset</a> compares revenue by source for a sample of cities.</p>",
                    },
                ),
            ],
        },
    },
    "working-groups-2025": {
        "date": "2025-12-08",
        "authors": ["zanele-dube", "hannah-lindqvist"],
        "topics": ["multilevel-governance", "gender-local-governance"],
        "countries": [],
        "feed_image": False,
        "en": {
            "title": "A year of working groups: what the Community of Practice discussed in 2025",
            "summary": "Fifteen working group meetings, more than five hundred participants and a new member "
            "portal: a look back at the year in LPSA's Community of Practice.",
            "body": [
                (
                    "paragraph",
                    "<p>Our working groups met fifteen times this year, nine times in regional groups and "
                    "six "
                    "in thematic ones, and 539 members of the Community of Practice took part. Discussions "
                    "ranged from transfer reforms in East Africa to municipal finance after conflict and the "
                    "role of women in local councils.</p>",
                ),
                (
                    "image",
                    {
                        "image": "banner-working-groups",
                        "alt_text": "",
                        "caption": "Abstract illustration.",
                        "credit": "",
                    },
                ),
                (
                    "paragraph",
                    "<p>Groups used their meetings in different ways. Some compared recent reforms "
                    "of transfer formulas in their region; others invited a practitioner to walk "
                    "through a reform from the inside, including the parts that did not go to "
                    "plan. Meetings held in French and Spanish brought in members who rarely join "
                    "English-language webinars, and the new strand on localizing women's "
                    "empowerment held its first exchanges between women mayors and "
                    "councillors.</p>",
                ),
                (
                    "paragraph",
                    "<p>The launch of the member portal at localpublicsector.org gave the groups a permanent "
                    "home. Members can now find each other through the directory, continue discussions in "
                    "the forums and follow courses from a single dashboard, at no cost. "
                    "For members far from capital cities it has also replaced long email chains as "
                    "the place where meeting notes, presentations and follow-up questions are "
                    "kept.</p>",
                ),
                (
                    "quote",
                    {
                        "text": "The most valuable moments were often the least planned: a finance official "
                        "from one country explaining to a peer from another how a reform really worked.",
                        "attribution": "Zanele Dube",
                    },
                ),
                (
                    "call_out",
                    {
                        "title": "Join a group",
                        "text": "<p>Membership of the Community of Practice is free. The terms of reference "
                        "of "
                        'the working groups are in the <a page="resources/working-groups-tor">resource '
                        "library</a>.</p>",
                    },
                ),
            ],
        },
    },
}


# ---------------------------------------------------------------------- translations

BLOG_INDEX["fr"] = {
    "title": "Blog",
    "introduction": "Analyses, récits de pays et actualités de la Local Public Sector Alliance et de sa "
    "communauté de pratique.",
}
BLOG_INDEX["es"] = {
    "title": "Blog",
    "introduction": "Análisis, historias de países y noticias de la Local Public Sector Alliance y su "
    "comunidad de práctica.",
}
BLOG_INDEX["pt"] = {
    "title": "Blog",
    "introduction": "Análises, histórias de países e notícias da Local Public Sector Alliance e da sua "
    "comunidade de prática.",
}
BLOG_INDEX["ar"] = {
    "title": "المدونة",
    "introduction": "تحليلات وقصص من البلدان وأخبار من تحالف القطاع العام المحلي ومجتمع الممارسة التابع له.",
}

# Post translations: same blocks, in the same order, as the English body (block ids follow the position).
_POST_TRANSLATIONS: dict[str, dict[str, dict]] = {}

_POST_TRANSLATIONS["tunisia-municipal-experiment"] = {
    "fr": {
        "title": "Qu'est devenue l'expérience municipale tunisienne ?",
        "summary": "La Tunisie a élu ses premiers conseils municipaux librement choisis en 2018. Cinq ans "
        "plus tard, ils ont été dissous. Que reste-t-il de la réforme ?",
        "body": [
            (
                "paragraph",
                "<p>La Constitution tunisienne de 2014 consacrait un chapitre entier au pouvoir local, et le "
                "Code des collectivités locales de 2018 donnait aux communes de larges compétences et la "
                "promesse de ressources croissantes. En mai 2018, les citoyens ont élu des conseils "
                "municipaux sur l'ensemble du territoire, y compris dans des dizaines de communes "
                "nouvellement créées qui n'avaient jamais eu d'organe élu.</p>",
            ),
            (
                "paragraph",
                "<p>Les conseils ont connu des débuts difficiles. Les transferts ont progressé lentement, le "
                "personnel est resté sous l'autorité des ministères centraux et de nombreux conseils étaient "
                "divisés selon des lignes partisanes. Malgré cela, les maires sont devenus des figures "
                "publiques visibles et, dans les petites villes, les habitants avaient pour la première fois "
                "un responsable local à qui demander des comptes pour les rues, les marchés et les "
                "déchets.</p>",
            ),
            (
                "paragraph",
                "<p>Sur le plan financier, les conseils sont restés faibles. L'essentiel de leurs recettes "
                "provenait de quelques impôts locaux et de transferts dont la croissance restait en deçà des "
                "promesses du Code des collectivités locales. Le personnel municipal était trop peu "
                "nombreux, et en recruter davantage exigeait l'accord du centre. Les habitants jugeaient les "
                "conseils sur les services visibles, que beaucoup n'avaient pas les moyens d'améliorer.</p>",
            ),
            (
                "paragraph",
                "<p>En mars 2023, les conseils ont été dissous par décret présidentiel, et un nouvel ordre "
                "constitutionnel donne davantage de poids aux conseils régionaux et de district désignés "
                "indirectement. Il est trop tôt pour savoir comment fonctionnera la nouvelle structure, mais "
                "l'épisode montre avec quelle rapidité des garanties juridiques peuvent être renversées "
                "lorsqu'aucun groupe solide ne les défend.</p>",
            ),
            (
                "call_out",
                {
                    "title": "À lire aussi",
                    "text": '<p>Glossaire : <a page="glossary/recentralization">recentralisation</a>, '
                    '<a page="glossary/local-democracy">démocratie locale</a>.</p>',
                },
            ),
        ],
    },
    "es": {
        "title": "¿Qué fue del experimento municipal tunecino?",
        "summary": "Túnez eligió en 2018 sus primeros concejos municipales escogidos libremente. Cinco años "
        "después fueron disueltos. ¿Qué queda de la reforma?",
        "body": [
            (
                "paragraph",
                "<p>La Constitución tunecina de 2014 dedicaba un capítulo entero al gobierno local, y el "
                "Código de las Colectividades Locales de 2018 otorgó a los municipios amplias competencias y "
                "la promesa de recursos crecientes. En mayo de 2018 la ciudadanía eligió concejos "
                "municipales en todo el territorio, incluidas decenas de municipios recién creados que nunca "
                "habían tenido un órgano electo.</p>",
            ),
            (
                "paragraph",
                "<p>Los concejos tuvieron un comienzo difícil. Las transferencias crecieron despacio, el "
                "personal siguió bajo la autoridad de los ministerios centrales y muchos concejos estaban "
                "divididos por líneas partidarias. Aun así, los alcaldes se convirtieron en figuras públicas "
                "visibles y los vecinos de las ciudades pequeñas tuvieron, por primera vez, a alguien local "
                "a quien pedir cuentas por las calles, los mercados y la basura.</p>",
            ),
            (
                "paragraph",
                "<p>En lo fiscal, los concejos siguieron siendo débiles. La mayor parte de sus ingresos "
                "provenía de unos pocos impuestos locales y de transferencias cuyo crecimiento quedó por "
                "debajo de lo prometido en el Código de las Colectividades Locales. El personal municipal "
                "era escaso, y contratar más requería la aprobación del centro. Los vecinos juzgaban a los "
                "concejos por los servicios visibles, que muchos no podían permitirse mejorar.</p>",
            ),
            (
                "paragraph",
                "<p>En marzo de 2023 los concejos fueron disueltos por decreto presidencial, y un nuevo "
                "orden constitucional da más peso a los consejos regionales y de distrito elegidos de forma "
                "indirecta. Es pronto para saber cómo funcionará la nueva estructura, pero el episodio "
                "muestra con qué rapidez pueden revertirse las garantías legales cuando ningún grupo fuerte "
                "las defiende.</p>",
            ),
            (
                "call_out",
                {
                    "title": "Relacionado",
                    "text": '<p>Glosario: <a page="glossary/recentralization">recentralización</a>, '
                    '<a page="glossary/local-democracy">democracia local</a>.</p>',
                },
            ),
        ],
    },
    "pt": {
        "title": "O que aconteceu com a experiência municipal da Tunísia?",
        "summary": "A Tunísia elegeu em 2018 seus primeiros conselhos municipais escolhidos livremente. "
        "Cinco anos depois, eles foram dissolvidos. O que resta da reforma?",
        "body": [
            (
                "paragraph",
                "<p>A Constituição tunisiana de 2014 dedicava um capítulo inteiro ao poder local, e o Código "
                "das Coletividades Locais de 2018 deu aos municípios amplas competências e a promessa de "
                "recursos crescentes. Em maio de 2018, os cidadãos elegeram conselhos municipais em todo o "
                "território, inclusive em dezenas de municípios recém-criados que nunca tinham tido um órgão "
                "eleito.</p>",
            ),
            (
                "paragraph",
                "<p>Os conselhos tiveram um começo difícil. As transferências cresceram devagar, o pessoal "
                "continuou sob a autoridade dos ministérios centrais e muitos conselhos estavam divididos "
                "por linhas partidárias. Mesmo assim, os prefeitos tornaram-se figuras públicas visíveis e "
                "os moradores das cidades pequenas passaram a ter, pela primeira vez, alguém local a quem "
                "cobrar pelas ruas, pelos mercados e pelo lixo.</p>",
            ),
            (
                "paragraph",
                "<p>Do ponto de vista fiscal, os conselhos continuaram fracos. A maior parte de sua receita "
                "vinha de alguns impostos locais e de transferências cujo crescimento ficou aquém das "
                "promessas do Código das Coletividades Locais. O quadro de pessoal municipal era pequeno, e "
                "contratar mais exigia aprovação do centro. Os moradores julgavam os conselhos pelos "
                "serviços visíveis, que muitos não tinham como melhorar.</p>",
            ),
            (
                "paragraph",
                "<p>Em março de 2023, os conselhos foram dissolvidos por decreto presidencial, e uma nova "
                "ordem constitucional dá mais peso aos conselhos regionais e distritais escolhidos "
                "indiretamente. Ainda é cedo para saber como a nova estrutura vai funcionar, mas o episódio "
                "mostra com que rapidez garantias legais podem ser derrubadas quando nenhum grupo forte as "
                "defende.</p>",
            ),
            (
                "call_out",
                {
                    "title": "Veja também",
                    "text": '<p>Glossário: <a page="glossary/recentralization">recentralização</a>, '
                    '<a page="glossary/local-democracy">democracia local</a>.</p>',
                },
            ),
        ],
    },
    "ar": {
        "title": "ماذا حلّ بالتجربة البلدية في تونس؟",
        "summary": "انتخبت تونس عام 2018 أول مجالس بلدية مختارة بحرية. وبعد خمس سنوات حُلّت هذه المجالس. فما "
        "الذي بقي من الإصلاح؟",
        "body": [
            (
                "paragraph",
                "<p>خصّص دستور تونس لعام 2014 بابًا كاملًا للسلطة المحلية، ومنحت مجلة الجماعات المحلية لعام "
                "2018 البلديات صلاحيات واسعة ووعدًا بموارد متنامية. وفي مايو 2018 انتخب المواطنون مجالس "
                "بلدية في كامل تراب البلاد، بما في ذلك عشرات البلديات المحدثة التي لم يكن لها قط هيكل "
                "منتخب.</p>",
            ),
            (
                "paragraph",
                "<p>كانت بداية المجالس صعبة. فقد نمت التحويلات ببطء، وظل الموظفون تحت سلطة الوزارات "
                "المركزية، وانقسمت مجالس كثيرة على أسس حزبية. ومع ذلك أصبح رؤساء البلديات شخصيات عامة بارزة، "
                "وصار لسكان المدن الصغيرة لأول مرة مسؤول محلي يحاسبونه على الشوارع والأسواق والنفايات.</p>",
            ),
            (
                "paragraph",
                "<p>ماليًا، بقيت المجالس ضعيفة. فمعظم إيراداتها جاء من بضع ضرائب محلية ومن تحويلات تأخر "
                "نموها عن وعود مجلة الجماعات المحلية. وكان عدد الموظفين البلديين قليلًا، وكان انتداب المزيد "
                "منهم يتطلب موافقة المركز. وكان السكان يحكمون على المجالس من خلال الخدمات الظاهرة، التي لم "
                "يكن بوسع كثير منها تحسينها.</p>",
            ),
            (
                "paragraph",
                "<p>في مارس 2023 حُلّت المجالس بمرسوم رئاسي، ويمنح نظام دستوري جديد وزنًا أكبر للمجالس "
                "الجهوية ومجالس الأقاليم المختارة بطريقة غير مباشرة. لا يزال من المبكر معرفة كيف ستعمل "
                "البنية الجديدة، لكن هذه التجربة تُظهر مدى السرعة التي يمكن أن تُلغى بها الضمانات القانونية "
                "حين لا تدافع عنها قاعدة قوية.</p>",
            ),
            (
                "call_out",
                {
                    "title": "ذات صلة",
                    "text": '<p>المسرد: <a page="glossary/recentralization">إعادة المركزية</a>، '
                    '<a page="glossary/local-democracy">الديمقراطية المحلية</a>.</p>',
                },
            ),
        ],
    },
}

_POST_TRANSLATIONS["training-finance-commissions"] = {
    "fr": {
        "title": "Enseigner les formules de dotation avec un tableur et une commission simulée",
        "summary": "Notre nouveau module de formation met les participants à la place d'une commission des "
        "finances. Les débats qui s'ensuivent sont tout l'intérêt de l'exercice.",
        "body": [
            (
                "paragraph",
                "<p>Plusieurs pays confient à un organe indépendant le soin de recommander la répartition "
                "des transferts : la Financial and Fiscal Commission d'Afrique du Sud, la Commission on "
                "Revenue Allocation du Kenya et la National Natural Resources and Fiscal Commission du Népal "
                "en sont des exemples. Leur personnel doit expliquer des choix techniques à des responsables "
                "politiques qui se soucient surtout des résultats pour leur propre circonscription.</p>",
            ),
            (
                "paragraph",
                "<p>Le module que nous venons de publier recrée cette situation. Les groupes reçoivent les "
                "données de douze districts fictifs et une enveloppe fixe. Ils choisissent des indicateurs, "
                "fixent des pondérations et présentent leur répartition à un jury qui joue le rôle de "
                "parlementaires, chargés de défendre certains districts.</p>",
            ),
            (
                "paragraph",
                "<p>L'exercice occupe une journée. Le matin, de courtes présentations portent sur les "
                "finalités des transferts et les grandes familles de formules de répartition. Après le "
                "déjeuner, les groupes construisent leur formule dans un tableur qui recalcule la part de "
                "chaque district à mesure que les pondérations changent. L'audition simulée clôt la journée, "
                "suivie d'une discussion sur la façon dont les vraies commissions gèrent les lacunes de "
                "données, les clauses de garantie et la politique des périodes de transition.</p>",
            ),
            (
                "paragraph",
                "<p>Les participants découvrent vite que toute formule fait des gagnants et des perdants, "
                "que le choix des données de population peut compter davantage que les pondérations, et "
                "qu'une règle transparente est plus facile à défendre qu'une règle ingénieuse. Ce sont des "
                "leçons que les cours magistraux peinent à transmettre.</p>",
            ),
            ("document", {"document": "igft-training-exercise", "label": "Télécharger l'exercice (Excel)"}),
        ],
    },
    "es": {
        "title": "Enseñar fórmulas de transferencias con una hoja de cálculo y una comisión simulada",
        "summary": "Nuestro nuevo módulo de formación pone a los participantes en el lugar de una comisión "
        "de finanzas. Los debates que siguen son el objetivo del ejercicio.",
        "body": [
            (
                "paragraph",
                "<p>Varios países encargan a un organismo independiente recomendar cómo se reparten las "
                "transferencias: la Financial and Fiscal Commission de Sudáfrica, la Commission on Revenue "
                "Allocation de Kenia y la National Natural Resources and Fiscal Commission de Nepal son "
                "ejemplos. Su personal debe explicar decisiones técnicas a políticos a quienes les importan "
                "sobre todo los resultados para sus propias zonas.</p>",
            ),
            (
                "paragraph",
                "<p>El módulo que acabamos de publicar recrea esa situación. Los grupos reciben datos de "
                "doce distritos ficticios y una bolsa fija de dinero. Eligen indicadores, fijan "
                "ponderaciones y presentan su asignación a un panel que hace de parlamentarios, instruidos "
                "para defender a determinados distritos.</p>",
            ),
            (
                "paragraph",
                "<p>El ejercicio ocupa un día. Por la mañana, presentaciones breves tratan los fines de las "
                "transferencias y las principales familias de fórmulas de asignación. Después del almuerzo, "
                "los grupos construyen su fórmula en una hoja de cálculo que recalcula la parte de cada "
                "distrito a medida que cambian las ponderaciones. La audiencia simulada cierra la jornada, "
                "seguida de un debate sobre cómo las comisiones reales manejan las lagunas de datos, las "
                "cláusulas de garantía y la política de las transiciones.</p>",
            ),
            (
                "paragraph",
                "<p>Los participantes descubren pronto que toda fórmula tiene ganadores y perdedores, que la "
                "elección de los datos de población puede pesar más que las ponderaciones y que una regla "
                "transparente es más fácil de defender que una ingeniosa. Son lecciones que a las clases "
                "magistrales les cuesta transmitir.</p>",
            ),
            ("document", {"document": "igft-training-exercise", "label": "Descargar el ejercicio (Excel)"}),
        ],
    },
    "pt": {
        "title": "Ensinar fórmulas de transferência com uma planilha e uma comissão simulada",
        "summary": "Nosso novo módulo de formação coloca os participantes no lugar de uma comissão de "
        "finanças. Os debates que se seguem são o objetivo do exercício.",
        "body": [
            (
                "paragraph",
                "<p>Vários países dão a um órgão independente a tarefa de recomendar como as transferências "
                "são divididas: a Financial and Fiscal Commission da África do Sul, a Commission on Revenue "
                "Allocation do Quênia e a National Natural Resources and Fiscal Commission do Nepal são "
                "exemplos. Seus técnicos precisam explicar escolhas técnicas a políticos que se importam "
                "sobretudo com os resultados para as próprias regiões.</p>",
            ),
            (
                "paragraph",
                "<p>O módulo que acabamos de publicar recria essa situação. Os grupos recebem dados de doze "
                "distritos fictícios e um montante fixo de recursos. Escolhem indicadores, definem pesos e "
                "apresentam sua distribuição a uma banca que faz o papel de parlamentares, orientados a "
                "defender determinados distritos.</p>",
            ),
            (
                "paragraph",
                "<p>O exercício ocupa um dia. De manhã, apresentações curtas tratam das finalidades das "
                "transferências e das principais famílias de fórmulas de distribuição. Depois do almoço, os "
                "grupos montam sua fórmula numa planilha que recalcula a parcela de cada distrito à medida "
                "que os pesos mudam. A audiência simulada encerra o dia, seguida de uma discussão sobre como "
                "as comissões reais lidam com lacunas de dados, cláusulas de garantia e a política das "
                "transições.</p>",
            ),
            (
                "paragraph",
                "<p>Os participantes descobrem rapidamente que toda fórmula tem ganhadores e perdedores, que "
                "a escolha dos dados de população pode pesar mais do que os pesos e que uma regra "
                "transparente é mais fácil de defender do que uma engenhosa. São lições que as aulas "
                "expositivas têm dificuldade em transmitir.</p>",
            ),
            ("document", {"document": "igft-training-exercise", "label": "Baixar o exercício (Excel)"}),
        ],
    },
    "ar": {
        "title": "تعليم صيغ توزيع المنح بجدول بيانات ولجنة صورية",
        "summary": "تضع وحدتنا التدريبية الجديدة المشاركين في موقع لجنة مالية. والنقاشات التي تلي ذلك هي "
        "جوهر التمرين.",
        "body": [
            (
                "paragraph",
                "<p>تُسند بلدان عدة إلى هيئة مستقلة مهمة التوصية بكيفية تقسيم التحويلات، ومن أمثلتها اللجنة "
                "المالية والضريبية في جنوب أفريقيا، ولجنة توزيع الإيرادات في كينيا، واللجنة الوطنية للموارد "
                "الطبيعية والمالية في نيبال. ويتعين على موظفي هذه الهيئات شرح خيارات تقنية لسياسيين يهتمون "
                "أساسًا بالنتائج في مناطقهم.</p>",
            ),
            (
                "paragraph",
                "<p>تعيد الوحدة التي نشرناها للتو تمثيل هذا الموقف. تتلقى المجموعات بيانات اثنتي عشرة منطقة "
                "افتراضية ومبلغًا ثابتًا من المال. فتختار المؤشرات وتحدد الأوزان وتعرض توزيعها على هيئة تؤدي "
                "دور البرلمانيين، وقد طُلب من أعضائها الدفاع عن مناطق بعينها.</p>",
            ),
            (
                "paragraph",
                "<p>يستغرق التمرين يومًا كاملًا. في الصباح تتناول عروض قصيرة أغراض التحويلات والعائلات "
                "الرئيسية لصيغ التوزيع. وبعد الغداء تبني المجموعات صيغتها في جدول بيانات يعيد حساب حصة كل "
                "منطقة كلما تغيرت الأوزان. وتختتم الجلسة الصورية اليوم، يليها نقاش حول كيفية تعامل اللجان "
                "الحقيقية مع نقص البيانات وبنود ضمان الحد الأدنى وسياسات المراحل الانتقالية.</p>",
            ),
            (
                "paragraph",
                "<p>يكتشف المشاركون سريعًا أن لكل صيغة رابحين وخاسرين، وأن اختيار بيانات السكان قد يكون أهم "
                "من الأوزان، وأن القاعدة الشفافة أسهل في الدفاع عنها من القاعدة البارعة. وهذه دروس تعجز "
                "المحاضرات في الغالب عن إيصالها.</p>",
            ),
            ("document", {"document": "igft-training-exercise", "label": "تنزيل التمرين (Excel)"}),
        ],
    },
}

_POST_TRANSLATIONS["special-districts-north-america"] = {
    "fr": {
        "title": "Les autres collectivités locales : les districts spéciaux en Amérique du Nord",
        "summary": "Les États-Unis comptent des dizaines de milliers de districts à vocation spécifique. Ils "
        "rappellent que le gouvernement local n'est pas toujours à compétence générale.",
        "body": [
            (
                "paragraph",
                "<p>Quand on compte les collectivités locales, on pense d'ordinaire aux municipalités et aux "
                "comtés. Aux États-Unis, cela laisse de côté la catégorie la plus nombreuse : les districts "
                "spéciaux qui fournissent un seul service, ou quelques-uns, comme l'eau, la lutte contre les "
                "incendies, les bibliothèques, les transports ou la démoustication. Les districts scolaires "
                "indépendants en ajoutent des milliers.</p>",
            ),
            (
                "paragraph",
                "<p>Les districts spéciaux permettent d'organiser les services à l'échelle qui leur "
                "convient, souvent par-delà les limites communales, et de les financer par des impôts ou des "
                "redevances affectés. Le prix à payer est la complexité. Un habitant peut relever d'une "
                "douzaine d'administrations qui se chevauchent, dont la plupart tiennent des élections à "
                "faible participation qui retiennent peu l'attention.</p>",
            ),
            (
                "paragraph",
                "<p>Le financement est aussi varié que les fonctions. Certains districts lèvent leur propre "
                "impôt foncier, d'autres vivent des redevances d'eau ou d'assainissement, et beaucoup "
                "émettent des obligations pour construire des infrastructures. Comme leurs budgets sont "
                "distincts de ceux des villes et des comtés, obtenir une vue complète de la dépense publique "
                "d'une aire métropolitaine suppose d'additionner des dizaines de comptes séparés.</p>",
            ),
            (
                "paragraph",
                "<p>Le Canada a une autre combinaison. Dans la plupart des provinces, les conseils scolaires "
                "sont élus séparément, tandis que les districts régionaux de la Colombie-Britannique "
                "fournissent des services communs aux municipalités et aux zones rurales. Les deux pays "
                "montrent que le « gouvernement local » se comprend mieux comme un écosystème que comme un "
                "échelon unique. Pour les comparaisons internationales, c'est important : les chiffres qui "
                "ne comptent que les municipalités sous-estiment le secteur public local dans les deux "
                "pays.</p>",
            ),
            (
                "call_out",
                {
                    "title": "Dans le glossaire",
                    "text": '<p><a page="glossary/special-purpose-district">District à vocation '
                    "spécifique</a> (en anglais)</p>",
                },
            ),
        ],
    },
    "es": {
        "title": "Los otros gobiernos locales: los distritos especiales en América del Norte",
        "summary": "Estados Unidos tiene decenas de miles de distritos de propósito específico. Recuerdan "
        "que el gobierno local no siempre es de competencia general.",
        "body": [
            (
                "paragraph",
                "<p>Cuando se cuentan los gobiernos locales, se suele pensar en municipios y condados. En "
                "Estados Unidos eso deja fuera la categoría más numerosa: los distritos especiales que "
                "prestan un solo servicio, o unos pocos, como agua, protección contra incendios, "
                "bibliotecas, transporte o control de mosquitos. Los distritos escolares independientes "
                "suman miles más.</p>",
            ),
            (
                "paragraph",
                "<p>Los distritos especiales permiten organizar los servicios a la escala que les conviene, "
                "a menudo más allá de los límites municipales, y financiarlos con impuestos o cargos "
                "específicos. El precio es la complejidad. Un vecino puede vivir bajo una docena de "
                "gobiernos superpuestos, la mayoría de los cuales celebra elecciones de baja participación "
                "que reciben poca atención.</p>",
            ),
            (
                "paragraph",
                "<p>El financiamiento es tan variado como las funciones. Algunos distritos cobran su propio "
                "impuesto predial, otros dependen de tarifas de agua o alcantarillado, y muchos emiten bonos "
                "para construir infraestructura. Como sus presupuestos están fuera de los de ciudades y "
                "condados, tener un panorama completo del gasto público en un área metropolitana exige sumar "
                "decenas de cuentas separadas.</p>",
            ),
            (
                "paragraph",
                "<p>Canadá usa una combinación distinta. En la mayoría de las provincias los consejos "
                "escolares se eligen por separado, mientras que los distritos regionales de Columbia "
                "Británica prestan servicios compartidos a municipios y zonas rurales. Ambos países muestran "
                "que el «gobierno local» se entiende mejor como un ecosistema que como un único nivel. Para "
                "las comparaciones internacionales esto importa: las cifras que solo cuentan municipios "
                "subestiman el sector público local en los dos países.</p>",
            ),
            (
                "call_out",
                {
                    "title": "En el glosario",
                    "text": '<p><a page="glossary/special-purpose-district">Distrito de propósito '
                    "específico</a> (en inglés)</p>",
                },
            ),
        ],
    },
    "pt": {
        "title": "Os outros governos locais: os distritos especiais na América do Norte",
        "summary": "Os Estados Unidos têm dezenas de milhares de distritos de finalidade específica. Eles "
        "lembram que o governo local nem sempre é de competência geral.",
        "body": [
            (
                "paragraph",
                "<p>Quando se contam os governos locais, costuma-se pensar em municípios e condados. Nos "
                "Estados Unidos, isso deixa de fora a categoria mais numerosa: os distritos especiais que "
                "prestam um único serviço, ou alguns, como água, combate a incêndios, bibliotecas, "
                "transporte ou controle de mosquitos. Os distritos escolares independentes somam outros "
                "milhares.</p>",
            ),
            (
                "paragraph",
                "<p>Os distritos especiais permitem organizar os serviços na escala que lhes convém, muitas "
                "vezes além das fronteiras municipais, e financiá-los com impostos ou tarifas vinculados. O "
                "preço é a complexidade. Um morador pode estar sob uma dúzia de governos sobrepostos, a "
                "maioria dos quais realiza eleições de baixo comparecimento que recebem pouca atenção.</p>",
            ),
            (
                "paragraph",
                "<p>O financiamento é tão variado quanto as funções. Alguns distritos cobram seu próprio "
                "imposto predial, outros dependem de tarifas de água ou esgoto, e muitos emitem títulos para "
                "construir infraestrutura. Como seus orçamentos ficam fora dos das cidades e condados, ter "
                "um quadro completo da despesa pública numa região metropolitana significa somar dezenas de "
                "contas separadas.</p>",
            ),
            (
                "paragraph",
                "<p>O Canadá usa uma combinação diferente. Na maioria das províncias, os conselhos escolares "
                "são eleitos separadamente, enquanto os distritos regionais da Colúmbia Britânica prestam "
                "serviços compartilhados a municípios e áreas rurais. Os dois países mostram que o “governo "
                "local” se entende melhor como um ecossistema do que como uma esfera única. Para as "
                "comparações internacionais, isso importa: números que contam apenas municípios subestimam o "
                "setor público local nos dois países.</p>",
            ),
            (
                "call_out",
                {
                    "title": "No glossário",
                    "text": '<p><a page="glossary/special-purpose-district">Distrito de finalidade '
                    "específica</a> (em inglês)</p>",
                },
            ),
        ],
    },
    "ar": {
        "title": "الحكومات المحلية الأخرى: المناطق الخاصة في أمريكا الشمالية",
        "summary": "في الولايات المتحدة عشرات الآلاف من المناطق ذات الغرض المحدد. وهي تذكّر بأن الحكم المحلي "
        "ليس دائمًا ذا اختصاص عام.",
        "body": [
            (
                "paragraph",
                "<p>حين تُعدّ الحكومات المحلية، يُقصد عادة البلديات والمقاطعات. وفي الولايات المتحدة يُغفل "
                "ذلك الفئة الأكبر عددًا: المناطق الخاصة التي تقدّم خدمة واحدة أو بضع خدمات، مثل المياه أو "
                "الحماية من الحرائق أو المكتبات أو النقل أو مكافحة البعوض. وتضيف المناطق التعليمية المستقلة "
                "آلافًا أخرى.</p>",
            ),
            (
                "paragraph",
                "<p>تتيح المناطق الخاصة تنظيم الخدمات على النطاق الملائم لها، كثيرًا ما يتجاوز حدود "
                "البلديات، وتمويلها بضرائب أو رسوم مخصصة. والثمن هو التعقيد. فقد يعيش الساكن في ظل اثنتي "
                "عشرة حكومة متداخلة، تُجري معظمها انتخابات ضعيفة المشاركة لا تحظى إلا بقليل من الاهتمام.</p>",
            ),
            (
                "paragraph",
                "<p>التمويل متنوع تنوّع الوظائف. فبعض المناطق تفرض ضريبة عقارية خاصة بها، وبعضها يعتمد على "
                "رسوم المياه أو الصرف الصحي، وكثير منها يصدر سندات لبناء البنية التحتية. ولأن موازناتها "
                "مستقلة عن موازنات المدن والمقاطعات، فإن الحصول على صورة كاملة للإنفاق العام في منطقة حضرية "
                "كبرى يتطلب جمع عشرات الحسابات المنفصلة.</p>",
            ),
            (
                "paragraph",
                "<p>تعتمد كندا مزيجًا مختلفًا. ففي معظم المقاطعات تُنتخب المجالس المدرسية بشكل منفصل، بينما "
                "تقدّم المناطق الإقليمية في كولومبيا البريطانية خدمات مشتركة للبلديات والمناطق الريفية. "
                "ويُظهر البلدان أن «الحكم المحلي» يُفهم على نحو أفضل بوصفه منظومة لا مستوى واحدًا. وهذا مهم "
                "في المقارنات الدولية: فالأرقام التي لا تحسب سوى البلديات تقلّل من حجم القطاع العام المحلي "
                "في البلدين.</p>",
            ),
            (
                "call_out",
                {
                    "title": "في المسرد",
                    "text": '<p><a page="glossary/special-purpose-district">المنطقة ذات الغرض '
                    "المحدد</a> (بالإنجليزية)</p>",
                },
            ),
        ],
    },
}

_POST_TRANSLATIONS["own-source-revenue-east-africa"] = {
    "fr": {
        "title": "Qui doit percevoir l'impôt foncier ?",
        "summary": "La Tanzanie, la Zambie et la Sierra Leone ont apporté des réponses différentes à une "
        "question faussement simple : quel niveau de gouvernement doit percevoir les impôts locaux ?",
        "body": [
            (
                "paragraph",
                "<p>L'impôt foncier est presque partout un impôt local, mais son recouvrement local est "
                "souvent faible. Une réponse consiste à confier la collecte à l'administration fiscale "
                "nationale, qui dispose de meilleurs systèmes et de pouvoirs de contrainte. La Tanzanie l'a "
                "fait pour plusieurs villes dans la seconde moitié des années 2010, a ensuite essayé de "
                "percevoir l'impôt par l'achat d'électricité prépayée, et a modifié le dispositif plus d'une "
                "fois depuis.</p>",
            ),
            (
                "paragraph",
                "<p>La collecte centrale peut augmenter rapidement le rendement, mais elle affaiblit le lien "
                "entre ce que paient les habitants et ce que leur conseil leur fournit. Les conseils perdent "
                "aussi la maîtrise du calendrier de leurs recettes, et les données sur les propriétés "
                "peuvent rester entre les mains de l'administration fiscale.</p>",
            ),
            (
                "paragraph",
                "<p>Il existe aussi un argument de capacité en sens inverse. Les conseils qui ne perçoivent "
                "jamais leur principal impôt n'acquièrent jamais les compétences d'évaluation, de "
                "facturation et de recouvrement dont ils auraient besoin pour le reprendre. Centraliser la "
                "collecte est donc difficile à défaire, et devrait s'accompagner d'un chemin clair pour "
                "rendre la fonction une fois la capacité locale renforcée.</p>",
            ),
            (
                "paragraph",
                "<p>Freetown, en Sierra Leone, a pris la voie opposée : elle a constitué son propre registre "
                "foncier avec une évaluation simple par points et a fortement augmenté ses recettes, non "
                "sans frictions avec le gouvernement central. Les conseils zambiens, qui dépendent d'un "
                "fonds de péréquation et de leurs ressources propres, font face à des choix semblables à "
                "mesure que les villes grandissent.</p>",
            ),
            (
                "call_out",
                {
                    "title": "Données",
                    "text": '<p>La <a page="resources/osr-dataset-2024">base de données sur les ressources '
                    "propres locales</a> compare les recettes par source d'un échantillon de villes.</p>",
                },
            ),
        ],
    },
    "es": {
        "title": "¿Quién debe recaudar el impuesto predial?",
        "summary": "Tanzania, Zambia y Sierra Leona han dado respuestas distintas a una pregunta "
        "engañosamente sencilla: ¿qué nivel de gobierno debe recaudar los impuestos locales?",
        "body": [
            (
                "paragraph",
                "<p>El impuesto predial es local casi en todas partes, pero la recaudación local suele ser "
                "débil. Una respuesta es entregar la recaudación a la administración tributaria nacional, "
                "que tiene mejores sistemas y facultades de cobro. Tanzania lo hizo para varias ciudades en "
                "la segunda mitad de la década de 2010, después probó a cobrar mediante la compra de "
                "electricidad prepagada y ha ajustado el arreglo más de una vez desde entonces.</p>",
            ),
            (
                "paragraph",
                "<p>La recaudación central puede elevar rápidamente el rendimiento, pero debilita el vínculo "
                "entre lo que pagan los vecinos y lo que les ofrece su concejo. Los concejos pierden además "
                "el control del calendario de sus ingresos, y los datos sobre los inmuebles pueden quedarse "
                "en manos de la administración tributaria.</p>",
            ),
            (
                "paragraph",
                "<p>También hay un argumento de capacidad en sentido contrario. Los concejos que nunca "
                "recaudan su principal impuesto nunca desarrollan las habilidades de valuación, facturación "
                "y cobro que necesitarían para recuperarlo. Por eso centralizar la recaudación es difícil de "
                "revertir, y debería venir con un camino claro para devolver la función cuando mejore la "
                "capacidad local.</p>",
            ),
            (
                "paragraph",
                "<p>Freetown, en Sierra Leona, tomó el camino opuesto: construyó su propio registro de "
                "inmuebles con una valuación sencilla por puntos y aumentó sustancialmente la recaudación, "
                "aunque no sin roces con el gobierno central. Los concejos de Zambia, que dependen de un "
                "fondo de nivelación y de sus ingresos propios, enfrentan decisiones parecidas a medida que "
                "crecen las ciudades.</p>",
            ),
            (
                "call_out",
                {
                    "title": "Datos",
                    "text": '<p>La <a page="resources/osr-dataset-2024">base de datos de ingresos propios '
                    "locales</a> compara los ingresos por fuente de una muestra de ciudades.</p>",
                },
            ),
        ],
    },
    "pt": {
        "title": "Quem deve cobrar o imposto predial?",
        "summary": "Tanzânia, Zâmbia e Serra Leoa deram respostas diferentes a uma pergunta enganosamente "
        "simples: qual nível de governo deve cobrar os impostos locais?",
        "body": [
            (
                "paragraph",
                "<p>O imposto predial é local quase em toda parte, mas a cobrança local costuma ser fraca. "
                "Uma resposta é entregar a arrecadação à administração tributária nacional, que tem sistemas "
                "melhores e poderes de cobrança. A Tanzânia fez isso em várias cidades na segunda metade da "
                "década de 2010, depois tentou cobrar por meio da compra de energia elétrica pré-paga e "
                "ajustou o arranjo mais de uma vez desde então.</p>",
            ),
            (
                "paragraph",
                "<p>A arrecadação central pode elevar rapidamente o rendimento, mas enfraquece o vínculo "
                "entre o que os moradores pagam e o que a câmara lhes oferece. As câmaras também perdem o "
                "controle do calendário de suas receitas, e os dados sobre os imóveis podem ficar com a "
                "administração tributária.</p>",
            ),
            (
                "paragraph",
                "<p>Há também um argumento de capacidade na direção oposta. Câmaras que nunca cobram seu "
                "principal imposto nunca desenvolvem as competências de avaliação, lançamento e cobrança de "
                "que precisariam para retomá-lo. Por isso, centralizar a arrecadação é difícil de reverter e "
                "deveria vir com um caminho claro para devolver a função quando a capacidade local "
                "melhorar.</p>",
            ),
            (
                "paragraph",
                "<p>Freetown, em Serra Leoa, seguiu o caminho oposto: montou seu próprio cadastro "
                "imobiliário com uma avaliação simples por pontos e aumentou muito a arrecadação, ainda que "
                "não sem atritos com o governo central. As câmaras da Zâmbia, que dependem de um fundo de "
                "equalização e de suas receitas próprias, enfrentam escolhas semelhantes à medida que as "
                "cidades crescem.</p>",
            ),
            (
                "call_out",
                {
                    "title": "Dados",
                    "text": '<p>A <a page="resources/osr-dataset-2024">base de dados de receitas próprias '
                    "locais</a> compara as receitas por fonte de uma amostra de cidades.</p>",
                },
            ),
        ],
    },
    "ar": {
        "title": "من يجب أن يحصّل ضريبة العقارات؟",
        "summary": "قدّمت تنزانيا وزامبيا وسيراليون إجابات مختلفة عن سؤال يبدو بسيطًا: أي مستوى حكومي يجب أن "
        "يحصّل الضرائب المحلية؟",
        "body": [
            (
                "paragraph",
                "<p>ضريبة العقارات ضريبة محلية في كل مكان تقريبًا، لكن تحصيلها المحلي كثيرًا ما يكون ضعيفًا. "
                "ومن الحلول تسليم التحصيل إلى مصلحة الضرائب الوطنية، التي تملك أنظمة أفضل وصلاحيات إنفاذ. "
                "وقد فعلت تنزانيا ذلك في عدة مدن خلال النصف الثاني من العقد الماضي، ثم جرّبت التحصيل عبر "
                "شراء الكهرباء مسبقة الدفع، وعدّلت الترتيب أكثر من مرة منذ ذلك الحين.</p>",
            ),
            (
                "paragraph",
                "<p>قد يرفع التحصيل المركزي الحصيلة بسرعة، لكنه يُضعف الصلة بين ما يدفعه السكان وما يقدّمه "
                "لهم مجلسهم. كما تفقد المجالس التحكم في توقيت إيراداتها، وقد تبقى بيانات العقارات لدى مصلحة "
                "الضرائب.</p>",
            ),
            (
                "paragraph",
                "<p>وثمة أيضًا حجة تتعلق بالقدرات في الاتجاه المعاكس. فالمجالس التي لا تحصّل ضريبتها "
                "الرئيسية أبدًا لا تكتسب أبدًا مهارات التقييم والفوترة والإنفاذ التي تحتاجها لاستعادتها. "
                "ولذلك يصعب التراجع عن مركزة التحصيل، وينبغي أن تقترن بمسار واضح لإعادة الوظيفة حين تتحسن "
                "القدرات المحلية.</p>",
            ),
            (
                "paragraph",
                "<p>سلكت فريتاون في سيراليون الطريق المعاكس، إذ أنشأت سجلها العقاري الخاص بتقييم بسيط قائم "
                "على النقاط ورفعت التحصيل بدرجة كبيرة، وإن لم يخلُ ذلك من احتكاك مع الحكومة المركزية. وتواجه "
                "المجالس في زامبيا، التي تعتمد على صندوق للمعادلة وعلى إيراداتها الذاتية، خيارات مماثلة مع "
                "نمو المدن.</p>",
            ),
            (
                "call_out",
                {
                    "title": "بيانات",
                    "text": '<p>تقارن <a page="resources/osr-dataset-2024">قاعدة بيانات الإيرادات الذاتية '
                    "المحلية</a> الإيرادات بحسب المصدر في عيّنة من المدن.</p>",
                },
            ),
        ],
    },
}

_POST_TRANSLATIONS["nepal-local-governments-second-term"] = {
    "fr": {
        "title": "Les collectivités locales du Népal entament leur second mandat",
        "summary": "Après les élections locales de 2022, les 753 collectivités locales du Népal passent de "
        "la construction des institutions à leurs résultats. Le personnel et la coordination avec les "
        "provinces décideront jusqu'où elles iront.",
        "body": [
            (
                "paragraph",
                "<p>Quand le Népal a tenu ses premières élections locales sous la constitution fédérale en "
                "2017, les maires et présidents nouvellement élus ont hérité de bureaux qui, bien souvent, "
                "n'avaient ni bâtiment, ni système comptable, et peu de personnel. Cinq ans plus tard, en "
                "mai 2022, les électeurs sont retournés aux urnes pour choisir leurs successeurs.</p>",
            ),
            (
                "paragraph",
                "<p>Le premier mandat a montré ce que les collectivités locales peuvent faire quand l'argent "
                "leur parvient directement. Routes, réseaux d'eau potable et bâtiments scolaires sont "
                "apparus dans tout le pays. Il en a aussi révélé les limites : beaucoup de collectivités "
                "dépendent encore de personnel détaché des ministères fédéraux, et le partage du travail "
                "avec les sept provinces n'est toujours pas réglé.</p>",
            ),
            (
                "paragraph",
                "<p>La coordination avec les provinces est le principal chantier inachevé. De nombreuses "
                "compétences sont partagées selon la constitution, et il arrive que provinces, collectivités "
                "locales et agences fédérales financent la même route ou la même école la même année. Une "
                "planification commune et un registre partagé des projets permettraient d'économiser de "
                "l'argent et de réduire les frictions.</p>",
            ),
            (
                "paragraph",
                "<p>Une caractéristique du système népalais mérite davantage d'attention. Les partis doivent "
                "présenter une femme soit à la tête, soit à la tête adjointe de chaque collectivité locale ; "
                "résultat, les femmes occupent la grande majorité des postes d'adjoints. Or les adjoints "
                "président les comités judiciaires qui règlent les litiges locaux, ce qui a donné aux femmes "
                "un rôle visible dans la justice locale.</p>",
            ),
            (
                "quote",
                {
                    "text": "Le premier mandat consistait à exister. Le second doit consister à obtenir des "
                    "résultats.",
                    "attribution": "Priya Raghunathan",
                },
            ),
        ],
    },
    "es": {
        "title": "Los gobiernos locales de Nepal inician su segundo mandato",
        "summary": "Tras las elecciones locales de 2022, los 753 gobiernos locales de Nepal pasan de "
        "construir instituciones a dar resultados con ellas. El personal y la coordinación con las "
        "provincias decidirán hasta dónde llegan.",
        "body": [
            (
                "paragraph",
                "<p>Cuando Nepal celebró en 2017 sus primeras elecciones locales bajo la constitución "
                "federal, los alcaldes y presidentes recién electos heredaron oficinas que en muchos casos "
                "no tenían edificio, ni sistema contable, y contaban con poco personal. Cinco años después, "
                "en mayo de 2022, los votantes volvieron a las urnas para elegir a sus sucesores.</p>",
            ),
            (
                "paragraph",
                "<p>El primer mandato mostró lo que pueden hacer los gobiernos locales cuando el dinero les "
                "llega directamente. Caminos, sistemas de agua potable y escuelas aparecieron en todo el "
                "país. También dejó ver los límites: muchos gobiernos locales aún dependen de personal "
                "adscrito desde los ministerios federales, y el reparto del trabajo con las siete provincias "
                "sigue sin resolverse.</p>",
            ),
            (
                "paragraph",
                "<p>La coordinación con las provincias es la principal tarea pendiente. Muchas funciones son "
                "concurrentes según la constitución, y a veces provincias, gobiernos locales y agencias "
                "federales financian el mismo camino o la misma escuela en el mismo año. Una planificación "
                "conjunta y un registro compartido de proyectos ahorrarían dinero y reducirían los "
                "roces.</p>",
            ),
            (
                "paragraph",
                "<p>Un rasgo del sistema nepalí merece más atención. Los partidos deben postular a una mujer "
                "para la jefatura o la vicejefatura de cada gobierno local y, como resultado, las mujeres "
                "ocupan la gran mayoría de las vicejefaturas. Quienes ocupan esos cargos presiden los "
                "comités judiciales que resuelven los conflictos locales, lo que ha dado a las mujeres un "
                "papel visible en la justicia local.</p>",
            ),
            (
                "quote",
                {
                    "text": "El primer mandato consistió en existir. El segundo tiene que consistir en dar "
                    "resultados.",
                    "attribution": "Priya Raghunathan",
                },
            ),
        ],
    },
    "pt": {
        "title": "Os governos locais do Nepal começam seu segundo mandato",
        "summary": "Depois das eleições locais de 2022, os 753 governos locais do Nepal passam da construção "
        "de instituições à entrega de resultados. O quadro de pessoal e a coordenação com as províncias vão "
        "decidir até onde chegam.",
        "body": [
            (
                "paragraph",
                "<p>Quando o Nepal realizou em 2017 suas primeiras eleições locais sob a constituição "
                "federal, os prefeitos e presidentes recém-eleitos herdaram gabinetes que, em muitos casos, "
                "não tinham prédio, nem sistema contábil, e contavam com pouco pessoal. Cinco anos depois, "
                "em maio de 2022, os eleitores voltaram às urnas para escolher seus sucessores.</p>",
            ),
            (
                "paragraph",
                "<p>O primeiro mandato mostrou o que os governos locais conseguem fazer quando o dinheiro "
                "chega diretamente a eles. Estradas, sistemas de água potável e prédios escolares surgiram "
                "em todo o país. Também expôs os limites: muitos governos locais ainda dependem de "
                "servidores cedidos pelos ministérios federais, e a divisão do trabalho com as sete "
                "províncias continua indefinida.</p>",
            ),
            (
                "paragraph",
                "<p>A coordenação com as províncias é a principal tarefa inacabada. Muitas funções são "
                "concorrentes segundo a constituição, e às vezes províncias, governos locais e agências "
                "federais financiam a mesma estrada ou a mesma escola no mesmo ano. Um planejamento conjunto "
                "e um cadastro compartilhado de projetos economizariam dinheiro e reduziriam atritos.</p>",
            ),
            (
                "paragraph",
                "<p>Uma característica do sistema nepalês merece mais atenção. Os partidos precisam indicar "
                "uma mulher para a chefia ou a vice-chefia de cada governo local e, em consequência, as "
                "mulheres ocupam a grande maioria dos cargos de vice. Os vices presidem os comitês judiciais "
                "que resolvem disputas locais, o que deu às mulheres um papel visível na justiça local.</p>",
            ),
            (
                "quote",
                {
                    "text": "O primeiro mandato foi sobre existir. O segundo tem de ser sobre entregar "
                    "resultados.",
                    "attribution": "Priya Raghunathan",
                },
            ),
        ],
    },
    "ar": {
        "title": "الحكومات المحلية في نيبال تبدأ ولايتها الثانية",
        "summary": "بعد الانتخابات المحلية لعام 2022، تنتقل الحكومات المحلية الـ753 في نيبال من بناء "
        "المؤسسات إلى تحقيق النتائج بها. وسيحدد التوظيف والتنسيق مع المقاطعات مدى ما ستبلغه.",
        "body": [
            (
                "paragraph",
                "<p>حين أجرت نيبال أولى انتخاباتها المحلية في ظل الدستور الاتحادي عام 2017، ورث رؤساء "
                "البلديات ورؤساء المجالس المنتخبون حديثًا مكاتب لم يكن لكثير منها مبنى ولا نظام محاسبي، ولم "
                "يكن فيها إلا عدد قليل من الموظفين. وبعد خمس سنوات، في مايو 2022، عاد الناخبون إلى صناديق "
                "الاقتراع لاختيار خلفائهم.</p>",
            ),
            (
                "paragraph",
                "<p>أظهرت الولاية الأولى ما تستطيع الحكومات المحلية فعله حين يصلها المال مباشرة. فقد ظهرت "
                "الطرق وشبكات مياه الشرب والمباني المدرسية في أنحاء البلاد. كما كشفت الحدود: فكثير من "
                "الحكومات المحلية لا يزال يعتمد على موظفين منتدبين من الوزارات الاتحادية، وتقسيم العمل مع "
                "المقاطعات السبع لم يُحسم بعد.</p>",
            ),
            (
                "paragraph",
                "<p>التنسيق مع المقاطعات هو المهمة الأساسية التي لم تكتمل. فكثير من الوظائف مشتركة بموجب "
                "الدستور، وقد تموّل المقاطعات والحكومات المحلية والوكالات الاتحادية الطريق نفسه أو المدرسة "
                "نفسها في العام نفسه. ومن شأن التخطيط المشترك وسجل موحد للمشاريع أن يوفّرا المال ويخففا "
                "الاحتكاك.</p>",
            ),
            (
                "paragraph",
                "<p>تستحق إحدى سمات النظام النيبالي اهتمامًا أوسع. إذ يجب على الأحزاب ترشيح امرأة لرئاسة كل "
                "حكومة محلية أو لنيابة رئاستها، ونتيجة لذلك تشغل النساء الغالبية العظمى من مناصب النواب. "
                "ويرأس النواب اللجان القضائية التي تفصل في النزاعات المحلية، مما منح النساء دورًا بارزًا في "
                "العدالة المحلية.</p>",
            ),
            (
                "quote",
                {
                    "text": "كانت الولاية الأولى من أجل الوجود. أما الثانية فيجب أن تكون من أجل الأداء.",
                    "attribution": "بريا راغوناثان",
                },
            ),
        ],
    },
}

_POST_TRANSLATIONS["cameroon-benin-madagascar-communes"] = {
    "fr": {
        "title": "Financer les communes en Afrique francophone : trois approches",
        "summary": "Le Cameroun, le Bénin et Madagascar financent tous leurs communes par un fonds national. "
        "La gouvernance de ces fonds fait une grande différence.",
        "body": [
            (
                "paragraph",
                "<p>Les 77 communes du Bénin reçoivent depuis la fin des années 2000 des transferts par un "
                "fonds commun, le FADeC. Le fonds combine des allocations non affectées et des enveloppes "
                "sectorielles, et le recours à des formules publiées et à des audits annuels en a fait l'un "
                "des systèmes les mieux documentés de la région. Les audits annuels de l'utilisation du "
                "fonds par les communes ont rendu possibles les comparaisons entre communes.</p>",
            ),
            (
                "paragraph",
                "<p>Le Cameroun a adopté fin 2019 un code général des collectivités territoriales "
                "décentralisées et a tenu ses premières élections régionales l'année suivante. Le code "
                "promet une part croissante des recettes de l'État pour la décentralisation, mais les "
                "transferts de compétences et d'argent ont avancé à des rythmes différents, et les deux "
                "régions anglophones ont un statut spécial dont la mise en œuvre reste contestée.</p>",
            ),
            (
                "paragraph",
                "<p>À Madagascar, le fonds de développement local finance l'investissement des communes, "
                "dont beaucoup ont de très petits budgets et peu de personnel. Ici, le défi tient moins à la "
                "conception de la formule qu'à la capacité d'atteindre des communes qui ont du mal à "
                "préparer et à exécuter le moindre projet.</p>",
            ),
            (
                "paragraph",
                "<p>Dans les trois pays, les mêmes questions reviennent. Les montants alloués sont-ils "
                "connus avant que les communes préparent leur budget ? Les communes peuvent-elles dépenser "
                "l'argent par leurs propres comptes, ou chaque étape doit-elle passer par le Trésor ? Et "
                "quelqu'un publie-t-il ce que chaque commune a reçu, pour que conseillers et habitants "
                "puissent le comparer avec ce qui avait été promis ?</p>",
            ),
            (
                "quote",
                {
                    "text": "Un fonds national est une promesse. Sa gouvernance décide si les communes "
                    "peuvent planifier en s'appuyant sur elle.",
                    "attribution": "Léa Diallo-Martin",
                },
            ),
        ],
    },
    "es": {
        "title": "Financiar a los municipios en el África francófona: tres enfoques",
        "summary": "Camerún, Benín y Madagascar financian a sus municipios mediante un fondo nacional. La "
        "forma en que se gobiernan esos fondos marca una gran diferencia.",
        "body": [
            (
                "paragraph",
                "<p>Los 77 municipios de Benín reciben transferencias a través de un fondo común, el FADeC, "
                "desde finales de la década de 2000. El fondo combina asignaciones no condicionadas con "
                "bolsas sectoriales, y su apoyo en fórmulas publicadas y auditorías anuales lo ha convertido "
                "en uno de los sistemas mejor documentados de la región. Las auditorías anuales del uso del "
                "fondo por los municipios han hecho posible comparar entre municipios.</p>",
            ),
            (
                "paragraph",
                "<p>Camerún adoptó a finales de 2019 un código general de las colectividades territoriales "
                "descentralizadas y celebró sus primeras elecciones regionales al año siguiente. El código "
                "promete una parte creciente de los ingresos del Estado para la descentralización, pero las "
                "transferencias de competencias y de dinero han avanzado a ritmos distintos, y las dos "
                "regiones anglófonas tienen un estatuto especial cuya aplicación sigue siendo objeto de "
                "disputa.</p>",
            ),
            (
                "paragraph",
                "<p>En Madagascar, el fondo de desarrollo local financia la inversión de los municipios, "
                "muchos de los cuales tienen presupuestos muy pequeños y poco personal. Aquí el reto tiene "
                "menos que ver con el diseño de la fórmula que con llegar a municipios a los que les cuesta "
                "preparar y ejecutar cualquier proyecto.</p>",
            ),
            (
                "paragraph",
                "<p>En los tres países surgen las mismas preguntas. ¿Se conocen las asignaciones antes de "
                "que los municipios preparen su presupuesto? ¿Pueden los municipios gastar el dinero a "
                "través de sus propias cuentas, o cada paso debe pasar por el Tesoro? ¿Y publica alguien lo "
                "que recibió cada municipio, para que concejales y vecinos puedan compararlo con lo "
                "prometido?</p>",
            ),
            (
                "quote",
                {
                    "text": "Un fondo nacional es una promesa. Su gobernanza decide si los municipios pueden "
                    "planificar contando con él.",
                    "attribution": "Léa Diallo-Martin",
                },
            ),
        ],
    },
    "pt": {
        "title": "Financiar as comunas na África francófona: três abordagens",
        "summary": "Camarões, Benim e Madagáscar financiam suas comunas por meio de um fundo nacional. A "
        "forma como esses fundos são governados faz uma grande diferença.",
        "body": [
            (
                "paragraph",
                "<p>As 77 comunas do Benim recebem transferências por meio de um fundo comum, o FADeC, desde "
                "o fim da década de 2000. O fundo combina repasses incondicionais com envelopes setoriais, e "
                "o uso de fórmulas publicadas e de auditorias anuais fez dele um dos sistemas mais bem "
                "documentados da região. As auditorias anuais do uso do fundo pelas comunas tornaram "
                "possíveis as comparações entre comunas.</p>",
            ),
            (
                "paragraph",
                "<p>Camarões adotou no fim de 2019 um código geral das coletividades territoriais "
                "descentralizadas e realizou suas primeiras eleições regionais no ano seguinte. O código "
                "promete uma parcela crescente das receitas do Estado para a descentralização, mas as "
                "transferências de competências e de dinheiro avançaram em ritmos diferentes, e as duas "
                "regiões anglófonas têm um estatuto especial cuja aplicação continua contestada.</p>",
            ),
            (
                "paragraph",
                "<p>Em Madagáscar, o fundo de desenvolvimento local financia investimentos das comunas, "
                "muitas das quais têm orçamentos muito pequenos e pouco pessoal. Ali o desafio tem menos a "
                "ver com o desenho da fórmula do que com alcançar comunas que têm dificuldade para preparar "
                "e executar qualquer projeto.</p>",
            ),
            (
                "paragraph",
                "<p>Nos três países surgem as mesmas perguntas. Os valores são conhecidos antes que as "
                "comunas preparem seus orçamentos? As comunas podem gastar o dinheiro por suas próprias "
                "contas, ou cada etapa precisa passar pelo Tesouro? E alguém publica o que cada comuna "
                "recebeu, para que vereadores e moradores possam comparar com o que foi prometido?</p>",
            ),
            (
                "quote",
                {
                    "text": "Um fundo nacional é uma promessa. Sua governança decide se as comunas podem "
                    "planejar contando com ele.",
                    "attribution": "Léa Diallo-Martin",
                },
            ),
        ],
    },
    "ar": {
        "title": "تمويل الجماعات المحلية في أفريقيا الناطقة بالفرنسية: ثلاث مقاربات",
        "summary": "تموّل الكاميرون وبنين ومدغشقر جماعاتها المحلية عبر صندوق وطني. وطريقة حوكمة هذه الصناديق "
        "تُحدث فرقًا كبيرًا.",
        "body": [
            (
                "paragraph",
                "<p>تتلقى الجماعات المحلية السبع والسبعون في بنين تحويلات عبر صندوق مشترك، هو FADeC، منذ "
                "أواخر العقد الأول من هذا القرن. يجمع الصندوق بين مخصصات غير مشروطة ومظاريف قطاعية، وقد جعله "
                "اعتماده على صيغ منشورة وعمليات تدقيق سنوية من أفضل الأنظمة توثيقًا في المنطقة. وأتاحت "
                "عمليات التدقيق السنوية لاستخدام الجماعات للصندوق إجراء مقارنات بينها.</p>",
            ),
            (
                "paragraph",
                "<p>اعتمدت الكاميرون في أواخر 2019 قانونًا عامًا للجماعات الإقليمية اللامركزية، وأجرت أولى "
                "انتخاباتها الجهوية في العام التالي. يعد القانون بحصة متزايدة من إيرادات الدولة لصالح "
                "اللامركزية، لكن نقل الاختصاصات ونقل الأموال سارا بسرعتين مختلفتين، وللإقليمين الناطقين "
                "بالإنجليزية وضع خاص لا يزال تطبيقه موضع خلاف.</p>",
            ),
            (
                "paragraph",
                "<p>في مدغشقر يموّل صندوق التنمية المحلية استثمارات الجماعات، وكثير منها ذو موازنات صغيرة "
                "جدًا وموظفين قليلين. والتحدي هنا لا يتعلق بتصميم الصيغة بقدر ما يتعلق بالوصول إلى جماعات "
                "تجد صعوبة في إعداد أي مشروع وتنفيذه.</p>",
            ),
            (
                "paragraph",
                "<p>في البلدان الثلاثة تتكرر الأسئلة نفسها. هل تُعرف المخصصات قبل أن تُعدّ الجماعات "
                "موازناتها؟ هل تستطيع الجماعات إنفاق المال عبر حساباتها الخاصة، أم يجب أن تمر كل خطوة عبر "
                "الخزينة؟ وهل ينشر أحدٌ ما تلقته كل جماعة، حتى يتمكن المستشارون والسكان من مقارنته بما "
                "وُعدوا به؟</p>",
            ),
            (
                "quote",
                {
                    "text": "الصندوق الوطني وعد. وحوكمته هي التي تقرر ما إذا كانت الجماعات تستطيع التخطيط "
                    "على أساسه.",
                    "attribution": "ليا ديالو-مارتان",
                },
            ),
        ],
    },
}

_POST_TRANSLATIONS["indonesia-village-fund"] = {
    "fr": {
        "title": "Le fonds villageois indonésien : vaste, rapide et toujours en apprentissage",
        "summary": "Peu de programmes de transferts au monde ont grandi aussi vite que le fonds villageois "
        "indonésien. Ses premières années livrent des leçons sur la vitesse, la capacité et le contrôle.",
        "body": [
            (
                "paragraph",
                "<p>La loi indonésienne de 2014 sur les villages a reconnu les villages comme des "
                "communautés autonomes et leur a promis un transfert direct sur le budget national. À partir "
                "de 2015, le fonds villageois a commencé à parvenir à des dizaines de milliers de villages, "
                "chacun dirigé par un chef de village élu et un conseil consultatif. Les montants étaient "
                "importants à l'échelle d'un village et ont vite augmenté les premières années.</p>",
            ),
            (
                "paragraph",
                "<p>L'essentiel des premières dépenses est allé aux routes, au drainage, aux petits ponts et "
                "à l'approvisionnement en eau, ce type d'infrastructures visibles que privilégient les "
                "assemblées villageoises. Ce n'est pas un mauvais résultat : les besoins étaient réels. Mais "
                "il restait moins de place pour des besoins récurrents comme l'éducation de la petite "
                "enfance ou la nutrition, que des orientations ultérieures ont cherché à encourager.</p>",
            ),
            (
                "paragraph",
                "<p>Le programme a aussi mis à l'épreuve le système de contrôle du pays. Des milliers de "
                "trésoriers de village n'avaient jamais géré d'argent public, et les districts, qui "
                "supervisent les villages, n'avaient pas le personnel nécessaire. Des facilitateurs financés "
                "par le centre ont comblé une partie du manque, mais des formats de compte rendu simplifiés "
                "se sont révélés tout aussi importants.</p>",
            ),
            (
                "paragraph",
                "<p>Les réformes suivantes ont tenté d'orienter la dépense sans supprimer le choix local. "
                "Des orientations nationales fixent des priorités annuelles, comme la réduction du retard de "
                "croissance des enfants ou le soutien à l'activité économique locale, et les villages "
                "doivent montrer comment leurs plans y répondent. L'équilibre est délicat : trop "
                "d'orientations transforment le fonds en dotation conditionnelle, trop peu laissent des "
                "besoins importants sans réponse.</p>",
            ),
            (
                "call_out",
                {
                    "title": "Contexte",
                    "text": '<p>Voir le <a page="resources/profile-indonesia">profil intergouvernemental de '
                    "l'Indonésie</a> (en anglais) pour la place du fonds villageois dans l'ensemble du "
                    "système de transferts.</p>",
                },
            ),
        ],
    },
    "es": {
        "title": "El fondo de aldeas de Indonesia: grande, rápido y todavía aprendiendo",
        "summary": "Pocos programas de transferencias en el mundo han crecido tan rápido como el fondo de "
        "aldeas de Indonesia. Sus primeros años dejan lecciones sobre velocidad, capacidad y control.",
        "body": [
            (
                "paragraph",
                "<p>La Ley de Aldeas de Indonesia de 2014 reconoció a las aldeas como comunidades autónomas "
                "y les prometió una transferencia directa del presupuesto nacional. Desde 2015 el fondo de "
                "aldeas empezó a llegar a decenas de miles de aldeas, cada una encabezada por un jefe de "
                "aldea electo y un consejo consultivo. Las sumas eran grandes para una aldea y crecieron "
                "rápido en los primeros años.</p>",
            ),
            (
                "paragraph",
                "<p>La mayor parte del gasto inicial se destinó a caminos, drenaje, pequeños puentes y "
                "abastecimiento de agua, el tipo de infraestructura visible que suelen preferir las "
                "asambleas de aldea. No es un mal resultado: eran carencias reales. Pero dejó menos margen "
                "para necesidades recurrentes como la educación inicial o la nutrición, que orientaciones "
                "posteriores intentaron fomentar.</p>",
            ),
            (
                "paragraph",
                "<p>El programa también puso a prueba el sistema de control del país. Miles de tesoreros de "
                "aldea nunca habían manejado dinero público, y los gobiernos de distrito, que supervisan a "
                "las aldeas, no tenían personal para la tarea. Facilitadores financiados por el centro "
                "cubrieron parte del vacío, pero los formatos de informe simplificados resultaron igual de "
                "importantes.</p>",
            ),
            (
                "paragraph",
                "<p>Las reformas posteriores intentaron orientar el gasto sin eliminar la elección local. "
                "Las directrices centrales fijan prioridades anuales, como reducir el retraso en el "
                "crecimiento infantil o apoyar la actividad económica local, y las aldeas deben mostrar cómo "
                "responden sus planes. El equilibrio es delicado: demasiada orientación convierte el fondo "
                "en una transferencia condicionada; demasiado poca deja sin atender necesidades "
                "importantes.</p>",
            ),
            (
                "call_out",
                {
                    "title": "Contexto",
                    "text": "<p>Consulte el "
                    '<a page="resources/profile-indonesia">perfil intergubernamental de '
                    "Indonesia</a> (en inglés) para ver cómo encaja el fondo de aldeas en el sistema de "
                    "transferencias.</p>",
                },
            ),
        ],
    },
    "pt": {
        "title": "O fundo das aldeias da Indonésia: grande, rápido e ainda aprendendo",
        "summary": "Poucos programas de transferências no mundo cresceram tão depressa quanto o fundo das "
        "aldeias da Indonésia. Seus primeiros anos trazem lições sobre velocidade, capacidade e controle.",
        "body": [
            (
                "paragraph",
                "<p>A Lei das Aldeias da Indonésia, de 2014, reconheceu as aldeias como comunidades "
                "autônomas e lhes prometeu uma transferência direta do orçamento nacional. A partir de 2015 "
                "o fundo das aldeias começou a chegar a dezenas de milhares de aldeias, cada uma dirigida "
                "por um chefe de aldeia eleito e um conselho consultivo. Os valores eram grandes para uma "
                "aldeia e cresceram rapidamente nos primeiros anos.</p>",
            ),
            (
                "paragraph",
                "<p>A maior parte dos primeiros gastos foi para estradas, drenagem, pequenas pontes e "
                "abastecimento de água, o tipo de infraestrutura visível que as assembleias de aldeia "
                "costumam preferir. Não é um mau resultado: eram lacunas reais. Mas sobrou menos espaço para "
                "necessidades recorrentes como a educação infantil ou a nutrição, que orientações "
                "posteriores tentaram incentivar.</p>",
            ),
            (
                "paragraph",
                "<p>O programa também pôs à prova o sistema de controle do país. Milhares de tesoureiros de "
                "aldeia nunca tinham gerido dinheiro público, e os governos distritais, que supervisionam as "
                "aldeias, não tinham pessoal para a tarefa. Facilitadores financiados pelo centro cobriram "
                "parte da lacuna, mas formatos de relatório simplificados se mostraram igualmente "
                "importantes.</p>",
            ),
            (
                "paragraph",
                "<p>Reformas posteriores tentaram orientar o gasto sem eliminar a escolha local. Diretrizes "
                "centrais fixam prioridades anuais, como reduzir o déficit de crescimento infantil ou apoiar "
                "a atividade econômica local, e as aldeias precisam mostrar como seus planos respondem a "
                "elas. O equilíbrio é delicado: orientação demais transforma o fundo numa transferência "
                "condicionada; orientação de menos deixa necessidades importantes sem resposta.</p>",
            ),
            (
                "call_out",
                {
                    "title": "Contexto",
                    "text": '<p>Veja o <a page="resources/profile-indonesia">perfil intergovernamental da '
                    "Indonésia</a> (em inglês) para entender como o fundo das aldeias se encaixa no sistema "
                    "de transferências.</p>",
                },
            ),
        ],
    },
    "ar": {
        "title": "صندوق القرى في إندونيسيا: كبير وسريع ولا يزال يتعلم",
        "summary": "قلّة من برامج التحويلات في العالم نمت بسرعة نمو صندوق القرى في إندونيسيا. وتحمل سنواته "
        "الأولى دروسًا عن السرعة والقدرات والرقابة.",
        "body": [
            (
                "paragraph",
                "<p>اعترف قانون القرى الإندونيسي لعام 2014 بالقرى بوصفها مجتمعات ذاتية الحكم، ووعدها بتحويل "
                "مباشر من الموازنة الوطنية. ومنذ 2015 بدأ صندوق القرى يصل إلى عشرات الآلاف من القرى، يقود "
                "كلًا منها رئيس قرية منتخب ومجلس استشاري. وكانت المبالغ كبيرة بمقاييس القرية ونمت بسرعة في "
                "السنوات الأولى.</p>",
            ),
            (
                "paragraph",
                "<p>ذهب معظم الإنفاق المبكر إلى الطرق والصرف والجسور الصغيرة وإمدادات المياه، أي نوع البنية "
                "التحتية الظاهرة التي تفضّلها اجتماعات القرى عادة. وليست هذه نتيجة سيئة، فقد كانت فجوات "
                "حقيقية. لكنها تركت مجالًا أقل لاحتياجات متكررة مثل تعليم الطفولة المبكرة أو التغذية، وهو ما "
                "حاولت التوجيهات اللاحقة تشجيعه.</p>",
            ),
            (
                "paragraph",
                "<p>اختبر البرنامج أيضًا نظام الرقابة في البلاد. فآلاف من أمناء صناديق القرى لم يسبق لهم أن "
                "أداروا مالًا عامًا، ولم تكن حكومات المقاطعات التي تشرف على القرى مزودة بما يكفي من الموظفين "
                "لهذه المهمة. وسدّ ميسّرون يموّلهم المركز جزءًا من النقص، لكن نماذج الإبلاغ المبسطة ثبت أنها "
                "لا تقل أهمية.</p>",
            ),
            (
                "paragraph",
                "<p>حاولت الإصلاحات اللاحقة توجيه الإنفاق من دون إلغاء الاختيار المحلي. إذ تحدد التوجيهات "
                "المركزية أولويات سنوية، مثل الحد من التقزم لدى الأطفال أو دعم النشاط الاقتصادي المحلي، وعلى "
                "القرى أن تبيّن كيف تستجيب خططها لها. والتوازن دقيق: فكثرة التوجيه تحوّل الصندوق إلى منحة "
                "مشروطة، وقلته تترك احتياجات مهمة بلا استجابة.</p>",
            ),
            (
                "call_out",
                {
                    "title": "السياق",
                    "text": '<p>انظر <a page="resources/profile-indonesia">ملف العلاقات بين مستويات الحكم في '
                    "إندونيسيا</a> (بالإنجليزية) لمعرفة موقع صندوق القرى في منظومة التحويلات الأوسع.</p>",
                },
            ),
        ],
    },
}

_POST_TRANSLATIONS["metro-manila-coordination"] = {
    "fr": {
        "title": "Qui gouverne la métropole ? Manille et Hô Chi Minh-Ville comparées",
        "summary": "Les aires métropolitaines en forte croissance débordent les limites de leurs "
        "collectivités locales. Manille et Hô Chi Minh-Ville ont choisi des réponses très différentes.",
        "body": [
            (
                "paragraph",
                "<p>Le Grand Manille se compose de seize villes et d'une municipalité, chacune avec son "
                "maire et son conseil élus. Les fonctions métropolitaines comme la gestion du trafic et la "
                "lutte contre les inondations relèvent d'une autorité de développement dont le conseil "
                "réunit les maires, mais dont le président est nommé par le chef de l'État. Les habitants "
                "n'élisent personne pour l'ensemble de la métropole.</p>",
            ),
            (
                "paragraph",
                "<p>Hô Chi Minh-Ville se trouve à l'autre bout du spectre. En tant que ville relevant "
                "directement du centre, elle a un gouvernement municipal unique et applique depuis 2021 un "
                "modèle de gouvernement urbain qui a supprimé les conseils populaires au niveau des "
                "districts et des quartiers, concentrant les décisions au niveau de la ville.</p>",
            ),
            (
                "paragraph",
                "<p>Le contraste s'étend aux finances. Chaque ville du Grand Manille lève ses propres impôts "
                "fonciers et professionnels et reçoit sa part des impôts nationaux, si bien que de riches "
                "quartiers d'affaires voisinent avec des villes aux ressources bien plus faibles. Le budget "
                "d'Hô Chi Minh-Ville, au contraire, s'inscrit dans un système national où la ville partage "
                "ses recettes avec le centre selon des taux fixés à l'échelon national.</p>",
            ),
            (
                "quote",
                {
                    "text": "La fragmentation donne aux habitants un maire qu'ils peuvent joindre. "
                    "L'intégration donne à la ville un gouvernement capable de planifier. La plupart des "
                    "métropoles ont besoin d'un peu des deux.",
                    "attribution": "Rafael Bautista Cruz",
                },
            ),
            (
                "paragraph",
                "<p>Aucun des deux modèles n'est manifestement meilleur. Les systèmes fragmentés rendent la "
                "coordination des transports et du drainage désespérément lente ; les systèmes intégrés "
                "peuvent perdre le contact avec les quartiers. La question pratique est de savoir quelles "
                "fonctions exigent l'échelle métropolitaine et comment ceux qui les gèrent rendent des "
                "comptes.</p>",
            ),
        ],
    },
    "es": {
        "title": "¿Quién gobierna la metrópoli? Manila y Ciudad Ho Chi Minh comparadas",
        "summary": "Las áreas metropolitanas de rápido crecimiento desbordan los límites de sus gobiernos "
        "locales. Manila y Ciudad Ho Chi Minh han elegido respuestas muy distintas.",
        "body": [
            (
                "paragraph",
                "<p>Metro Manila está formada por dieciséis ciudades y un municipio, cada uno con su alcalde "
                "y su concejo electos. Las funciones metropolitanas, como la gestión del tránsito y el "
                "control de inundaciones, corresponden a una autoridad de desarrollo cuyo consejo reúne a "
                "los alcaldes, pero cuyo presidente es designado por el presidente de la República. Los "
                "vecinos no eligen a nadie para la metrópoli en su conjunto.</p>",
            ),
            (
                "paragraph",
                "<p>Ciudad Ho Chi Minh está en el otro extremo. Como ciudad administrada directamente por el "
                "centro tiene un único gobierno municipal, y desde 2021 aplica un modelo de gobierno urbano "
                "que suprimió los consejos populares de distrito y de barrio, concentrando las decisiones en "
                "el nivel de la ciudad.</p>",
            ),
            (
                "paragraph",
                "<p>El contraste se extiende a las finanzas. Cada ciudad de Metro Manila recauda sus propios "
                "impuestos sobre la propiedad y las empresas y recibe su propia parte de los impuestos "
                "nacionales, de modo que ricos distritos de negocios conviven con ciudades de recursos mucho "
                "menores. El presupuesto de Ciudad Ho Chi Minh, en cambio, se fija dentro de un sistema "
                "nacional en el que la ciudad comparte ingresos con el centro según proporciones decididas a "
                "nivel nacional.</p>",
            ),
            (
                "quote",
                {
                    "text": "La fragmentación da a los vecinos un alcalde al que pueden llegar. La "
                    "integración da a la ciudad un gobierno capaz de planificar. La mayoría de las áreas "
                    "metropolitanas necesitan algo de ambas.",
                    "attribution": "Rafael Bautista Cruz",
                },
            ),
            (
                "paragraph",
                "<p>Ningún modelo es claramente mejor. Los sistemas fragmentados vuelven penosamente lenta "
                "la coordinación del transporte y el drenaje; los integrados pueden perder el contacto con "
                "los barrios. La pregunta práctica es qué funciones necesitan escala metropolitana y cómo "
                "rinden cuentas quienes las gestionan.</p>",
            ),
        ],
    },
    "pt": {
        "title": "Quem governa a metrópole? Manila e Cidade de Ho Chi Minh comparadas",
        "summary": "Regiões metropolitanas que crescem depressa ultrapassam os limites de seus governos "
        "locais. Manila e Cidade de Ho Chi Minh escolheram respostas muito diferentes.",
        "body": [
            (
                "paragraph",
                "<p>A Região Metropolitana de Manila é formada por dezesseis cidades e um município, cada um "
                "com prefeito e conselho eleitos. Funções metropolitanas como a gestão do trânsito e o "
                "controle de enchentes cabem a uma autoridade de desenvolvimento cujo conselho reúne os "
                "prefeitos, mas cujo presidente é nomeado pelo presidente da República. Os moradores não "
                "elegem ninguém para a metrópole como um todo.</p>",
            ),
            (
                "paragraph",
                "<p>A Cidade de Ho Chi Minh está na outra ponta do espectro. Como cidade administrada "
                "diretamente pelo centro, tem um único governo municipal e, desde 2021, adota um modelo de "
                "governo urbano que eliminou os conselhos populares nos distritos e bairros, concentrando as "
                "decisões no nível da cidade.</p>",
            ),
            (
                "paragraph",
                "<p>O contraste se estende às finanças. Cada cidade da Região Metropolitana de Manila cobra "
                "seus próprios impostos sobre propriedade e empresas e recebe sua própria parcela dos "
                "impostos nacionais, de modo que distritos empresariais ricos ficam ao lado de cidades com "
                "muito menos recursos. O orçamento da Cidade de Ho Chi Minh, ao contrário, é definido dentro "
                "de um sistema nacional em que a cidade partilha receitas com o centro em proporções "
                "decididas nacionalmente.</p>",
            ),
            (
                "quote",
                {
                    "text": "A fragmentação dá aos moradores um prefeito que eles conseguem alcançar. A "
                    "integração dá à cidade um governo capaz de planejar. A maioria das regiões "
                    "metropolitanas precisa de um pouco de cada.",
                    "attribution": "Rafael Bautista Cruz",
                },
            ),
            (
                "paragraph",
                "<p>Nenhum dos modelos é claramente melhor. Sistemas fragmentados tornam a coordenação do "
                "transporte e da drenagem penosamente lenta; sistemas integrados podem perder o contato com "
                "os bairros. A questão prática é quais funções precisam de escala metropolitana e como quem "
                "as administra presta contas.</p>",
            ),
        ],
    },
    "ar": {
        "title": "من يحكم المدينة الكبرى؟ مقارنة بين مانيلا ومدينة هو تشي منه",
        "summary": "تتجاوز المناطق الحضرية الكبرى سريعة النمو حدود حكوماتها المحلية. وقد اختارت مانيلا "
        "ومدينة هو تشي منه إجابتين مختلفتين تمامًا.",
        "body": [
            (
                "paragraph",
                "<p>تتألف مانيلا الكبرى من ست عشرة مدينة وبلدية واحدة، لكل منها رئيس بلدية ومجلس منتخبان. "
                "أما الوظائف على مستوى المنطقة الحضرية الكبرى، مثل إدارة المرور ومكافحة الفيضانات، فتتولاها "
                "هيئة تنمية يضم مجلسها رؤساء البلديات، لكن رئيسها يعيّنه رئيس الجمهورية. ولا ينتخب السكان "
                "أحدًا للمدينة الكبرى ككل.</p>",
            ),
            (
                "paragraph",
                "<p>تقف مدينة هو تشي منه في الطرف الآخر من الطيف. فبوصفها مدينة تديرها السلطة المركزية "
                "مباشرة، لها حكومة مدينة واحدة، ومنذ 2021 تطبّق نموذجًا للحكم الحضري ألغى المجالس الشعبية "
                "على مستوى الأحياء والدوائر، فتركّزت القرارات على مستوى المدينة.</p>",
            ),
            (
                "paragraph",
                "<p>يمتد التباين إلى المالية. فكل مدينة في مانيلا الكبرى تجمع ضرائبها الخاصة على العقارات "
                "والأعمال وتتلقى حصتها من الضرائب الوطنية، فتجاور أحياء الأعمال الثرية مدنًا مواردها أقل "
                "بكثير. أما موازنة مدينة هو تشي منه فتُحدَّد ضمن نظام وطني تتقاسم فيه المدينة الإيرادات مع "
                "المركز بنسب تُقرَّر على المستوى الوطني.</p>",
            ),
            (
                "quote",
                {
                    "text": "التجزئة تمنح السكان رئيس بلدية يمكنهم الوصول إليه. والتكامل يمنح المدينة حكومة "
                    "قادرة على التخطيط. ومعظم المناطق الحضرية الكبرى تحتاج إلى شيء من الاثنين.",
                    "attribution": "رافاييل باوتيستا كروز",
                },
            ),
            (
                "paragraph",
                "<p>ليس أي من النموذجين أفضل بوضوح. فالأنظمة المجزأة تجعل التنسيق في النقل والصرف بطيئًا إلى "
                "حد مؤلم، والأنظمة المتكاملة قد تفقد صلتها بالأحياء. والسؤال العملي هو: أي الوظائف تحتاج إلى "
                "نطاق المدينة الكبرى، وكيف يُحاسَب من يديرونها؟</p>",
            ),
        ],
    },
}

_POST_TRANSLATIONS["local-climate-adaptation-grants"] = {
    "fr": {
        "title": "Concevoir des dotations d'adaptation que les collectivités locales peuvent utiliser",
        "summary": "Deux ans après avoir soutenu que le financement climatique a besoin d'une adresse "
        "locale, nous voyons davantage de pays expérimenter des dotations d'adaptation. Les détails de "
        "conception décident de leur efficacité.",
        "body": [
            (
                "paragraph",
                "<p>Les dotations d'adaptation aux collectivités locales ne sont plus une curiosité. Le "
                "Mozambique, le Bangladesh et le Népal les ont testées sous différentes formes, et plusieurs "
                "autres pays conçoivent les leurs. La question n'est plus de savoir s'il faut le faire, mais "
                "comment.</p>",
            ),
            (
                "paragraph",
                "<p>Trois choix de conception comptent plus que les autres. D'abord la répartition : les "
                "indices de risque climatique sont séduisants, mais ils doivent rester assez simples pour "
                "inspirer confiance. Ensuite l'éligibilité : un menu d'investissements parmi lesquels les "
                "collectivités choisissent concilie la connaissance locale et la nécessité de montrer des "
                "résultats. Enfin le lien avec le budget ordinaire : l'adaptation fonctionne le mieux "
                "lorsqu'elle change la façon dont on construit les routes, les caniveaux et les points d'eau "
                "ordinaires.</p>",
            ),
            (
                "paragraph",
                "<p>Le suivi demande autant de soin. Les résultats de l'adaptation mettent des années à "
                "apparaître, si bien que la plupart des systèmes suivent des mesures intermédiaires : les "
                "investissements ont-ils été choisis à partir d'une évaluation des risques, ont-ils été "
                "construits selon une norme plus exigeante, sont-ils entretenus ? De simples vérifications "
                "annuelles par les évaluateurs qui examinent déjà les conditions des dotations ordinaires "
                "sont souvent plus fiables que des audits climatiques séparés.</p>",
            ),
            (
                "paragraph",
                "<p>La Zambie illustre à la fois l'occasion et le risque. Beaucoup plus d'argent parvient "
                "désormais au niveau local par le fonds de développement des circonscriptions, mais sa "
                "coordination avec les plans propres des conseils et avec les objectifs climatiques reste en "
                "chantier. Relier les deux, par exemple en demandant aux projets de circonscription de "
                "suivre l'évaluation des risques du conseil, serait un pas modeste aux bénéfices "
                "importants.</p>",
            ),
            (
                "quote",
                {
                    "text": "La meilleure dotation d'adaptation est celle qui rend chaque autre "
                    "investissement local plus résilient.",
                    "attribution": "Amara Nwosu-Bello",
                },
            ),
        ],
    },
    "es": {
        "title": "Diseñar transferencias de adaptación que los gobiernos locales puedan usar",
        "summary": "Dos años después de sostener que el financiamiento climático necesita una dirección "
        "local, más países experimentan con transferencias de adaptación. Los detalles del diseño deciden si "
        "funcionan.",
        "body": [
            (
                "paragraph",
                "<p>Las transferencias de adaptación a gobiernos locales ya no son una curiosidad. "
                "Mozambique, Bangladés y Nepal las han probado de distintas formas, y varios otros países "
                "están diseñando las suyas. La pregunta ha pasado del si al cómo.</p>",
            ),
            (
                "paragraph",
                "<p>Tres decisiones de diseño son las que más importan. Primero, la asignación: los índices "
                "de riesgo climático son atractivos, pero deben ser lo bastante sencillos para generar "
                "confianza. Segundo, la elegibilidad: un menú de inversiones entre las que los gobiernos "
                "locales puedan elegir equilibra el conocimiento local con la necesidad de mostrar "
                "resultados. Tercero, el vínculo con el presupuesto ordinario: la adaptación funciona mejor "
                "cuando cambia la forma en que se construyen los caminos, los desagües y los puntos de agua "
                "de siempre.</p>",
            ),
            (
                "paragraph",
                "<p>El seguimiento requiere el mismo cuidado. Los resultados de la adaptación tardan años en "
                "verse, por lo que la mayoría de los sistemas siguen medidas intermedias: si las inversiones "
                "se eligieron mediante una evaluación de riesgos, si se construyeron con un estándar más "
                "alto y si reciben mantenimiento. Las verificaciones anuales sencillas de los evaluadores "
                "que ya revisan las condiciones de las transferencias ordinarias suelen ser más fiables que "
                "auditorías climáticas separadas.</p>",
            ),
            (
                "paragraph",
                "<p>Zambia ilustra la oportunidad y el riesgo. Ahora llega mucho más dinero al nivel local a "
                "través del fondo de desarrollo de las circunscripciones, pero coordinarlo con los planes "
                "propios de los concejos y con los objetivos climáticos sigue siendo una tarea en curso. "
                "Vincular ambos, por ejemplo pidiendo a los proyectos de circunscripción que sigan la "
                "evaluación de riesgos del concejo, sería un paso modesto con grandes beneficios.</p>",
            ),
            (
                "quote",
                {
                    "text": "La mejor transferencia de adaptación es la que hace más resiliente cualquier "
                    "otra inversión local.",
                    "attribution": "Amara Nwosu-Bello",
                },
            ),
        ],
    },
    "pt": {
        "title": "Desenhar transferências de adaptação que os governos locais possam usar",
        "summary": "Dois anos depois de defendermos que o financiamento climático precisa de um endereço "
        "local, mais países experimentam transferências de adaptação. Os detalhes do desenho decidem se "
        "funcionam.",
        "body": [
            (
                "paragraph",
                "<p>As transferências de adaptação para governos locais já não são uma curiosidade. "
                "Moçambique, Bangladesh e Nepal as testaram de formas diferentes, e vários outros países "
                "estão desenhando as suas. A pergunta deixou de ser se e passou a ser como.</p>",
            ),
            (
                "paragraph",
                "<p>Três escolhas de desenho são as mais importantes. Primeiro, a distribuição: os índices "
                "de risco climático são atraentes, mas precisam ser simples o bastante para inspirar "
                "confiança. Segundo, a elegibilidade: um cardápio de investimentos entre os quais os "
                "governos locais possam escolher equilibra o conhecimento local com a necessidade de mostrar "
                "resultados. Terceiro, o vínculo com o orçamento regular: a adaptação funciona melhor quando "
                "muda a maneira como se constroem as estradas, as valetas e os pontos de água de sempre.</p>",
            ),
            (
                "paragraph",
                "<p>O monitoramento exige o mesmo cuidado. Os resultados da adaptação levam anos para "
                "aparecer, por isso a maioria dos sistemas acompanha medidas intermediárias: se os "
                "investimentos foram escolhidos a partir de uma avaliação de riscos, se foram construídos "
                "com um padrão mais alto e se recebem manutenção. Verificações anuais simples feitas pelos "
                "avaliadores que já examinam as condições das transferências regulares tendem a ser mais "
                "confiáveis do que auditorias climáticas separadas.</p>",
            ),
            (
                "paragraph",
                "<p>A Zâmbia ilustra a oportunidade e o risco. Muito mais dinheiro chega hoje ao nível local "
                "por meio do fundo de desenvolvimento dos círculos eleitorais, mas coordená-lo com os planos "
                "das próprias câmaras e com os objetivos climáticos ainda é um trabalho em andamento. Ligar "
                "os dois, por exemplo pedindo que os projetos dos círculos sigam a avaliação de riscos da "
                "câmara, seria um passo modesto com grandes benefícios.</p>",
            ),
            (
                "quote",
                {
                    "text": "A melhor transferência de adaptação é a que torna mais resiliente todo outro "
                    "investimento local.",
                    "attribution": "Amara Nwosu-Bello",
                },
            ),
        ],
    },
    "ar": {
        "title": "تصميم منح للتكيّف تستطيع الحكومات المحلية استخدامها",
        "summary": "بعد عامين من قولنا إن تمويل المناخ يحتاج إلى عنوان محلي، باتت بلدان أكثر تجرّب منحًا "
        "للتكيّف. وتفاصيل التصميم هي التي تقرر نجاحها.",
        "body": [
            (
                "paragraph",
                "<p>لم تعد منح التكيّف المقدّمة إلى الحكومات المحلية أمرًا غريبًا. فقد اختبرتها موزمبيق "
                "وبنغلاديش ونيبال بأشكال مختلفة، وتعمل بلدان أخرى عدة على تصميم منحها. وانتقل السؤال من «هل» "
                "إلى «كيف».</p>",
            ),
            (
                "paragraph",
                "<p>ثلاثة خيارات في التصميم هي الأهم. أولها التوزيع: فمؤشرات المخاطر المناخية جذابة، لكن يجب "
                "أن تكون بسيطة بما يكفي لتحظى بالثقة. وثانيها الأهلية: فقائمة من الاستثمارات تختار منها "
                "الحكومات المحلية توازن بين المعرفة المحلية والحاجة إلى إظهار النتائج. وثالثها الصلة "
                "بالموازنة العادية: فالتكيّف ينجح أكثر حين يغيّر طريقة بناء الطرق والمصارف ونقاط المياه "
                "المعتادة.</p>",
            ),
            (
                "paragraph",
                "<p>المتابعة تحتاج إلى العناية نفسها. فنتائج التكيّف تستغرق سنوات لتظهر، لذا تتابع معظم "
                "الأنظمة مقاييس وسيطة: هل اختيرت الاستثمارات بناءً على تقييم للمخاطر، وهل بُنيت وفق معيار "
                "أعلى، وهل تجري صيانتها. وغالبًا ما تكون الفحوص السنوية البسيطة التي يجريها المقيّمون الذين "
                "يراجعون أصلًا شروط المنح العادية أكثر موثوقية من عمليات تدقيق مناخي منفصلة.</p>",
            ),
            (
                "paragraph",
                "<p>تجسّد زامبيا الفرصة والخطر معًا. فمبالغ أكبر بكثير تصل الآن إلى المستوى المحلي عبر صندوق "
                "تنمية الدوائر الانتخابية، لكن تنسيقها مع خطط المجالس نفسها ومع الأهداف المناخية لا يزال قيد "
                "الإنجاز. وربط الاثنين، كأن يُطلب من مشاريع الدوائر اتباع تقييم المخاطر الذي يعدّه المجلس، "
                "سيكون خطوة متواضعة ذات فوائد كبيرة.</p>",
            ),
            (
                "quote",
                {
                    "text": "أفضل منحة للتكيّف هي تلك التي تجعل كل استثمار محلي آخر أكثر قدرة على الصمود.",
                    "attribution": "أمارا نووسو-بيلو",
                },
            ),
        ],
    },
}

_POST_TRANSLATIONS["working-groups-2025"] = {
    "fr": {
        "title": "Une année de groupes de travail : ce dont la communauté de pratique a débattu en 2025",
        "summary": "Quinze réunions de groupes de travail, plus de cinq cents participants et un nouveau "
        "portail des membres : retour sur l'année de la communauté de pratique de la LPSA.",
        "body": [
            (
                "paragraph",
                "<p>Nos groupes de travail se sont réunis quinze fois cette année, neuf fois en groupes "
                "régionaux et six en groupes thématiques, et 539 membres de la communauté de pratique y ont "
                "participé. Les discussions ont porté aussi bien sur les réformes des transferts en Afrique "
                "de l'Est que sur les finances municipales après un conflit et sur le rôle des femmes dans "
                "les conseils locaux.</p>",
            ),
            (
                "image",
                {
                    "image": "banner-working-groups",
                    "alt_text": "",
                    "caption": "Illustration abstraite.",
                    "credit": "",
                },
            ),
            (
                "paragraph",
                "<p>Les groupes ont utilisé leurs réunions de différentes manières. Certains ont comparé les "
                "réformes récentes des formules de transferts dans leur région ; d'autres ont invité un "
                "praticien à raconter une réforme de l'intérieur, y compris ce qui ne s'est pas passé comme "
                "prévu. Les réunions tenues en français et en espagnol ont attiré des membres qui "
                "participent rarement aux webinaires en anglais, et le nouvel axe consacré à la localisation "
                "de l'autonomisation des femmes a tenu ses premiers échanges entre femmes maires et "
                "conseillères.</p>",
            ),
            (
                "paragraph",
                "<p>Le lancement du portail des membres sur localpublicsector.org a donné aux groupes un "
                "foyer permanent. Les membres peuvent désormais se retrouver grâce à l'annuaire, poursuivre "
                "les discussions dans les forums et suivre des cours depuis un tableau de bord unique, "
                "gratuitement. Pour les membres éloignés des capitales, il a aussi remplacé les longues "
                "chaînes de courriels comme lieu où l'on conserve comptes rendus, présentations et questions "
                "de suivi.</p>",
            ),
            (
                "quote",
                {
                    "text": "Les moments les plus précieux étaient souvent les moins prévus : un responsable "
                    "des finances d'un pays expliquant à un pair d'un autre pays comment une réforme a "
                    "réellement fonctionné.",
                    "attribution": "Zanele Dube",
                },
            ),
            (
                "call_out",
                {
                    "title": "Rejoindre un groupe",
                    "text": "<p>L'adhésion à la communauté de pratique est gratuite. Les termes de référence "
                    'des groupes de travail se trouvent dans la <a page="resources/working-groups-tor">'
                    "bibliothèque</a>.</p>",
                },
            ),
        ],
    },
    "es": {
        "title": "Un año de grupos de trabajo: de qué habló la comunidad de práctica en 2025",
        "summary": "Quince reuniones de grupos de trabajo, más de quinientos participantes y un nuevo portal "
        "de miembros: un repaso del año en la comunidad de práctica de la LPSA.",
        "body": [
            (
                "paragraph",
                "<p>Nuestros grupos de trabajo se reunieron quince veces este año, nueve en grupos "
                "regionales y seis en temáticos, y participaron 539 miembros de la comunidad de práctica. "
                "Los debates fueron desde las reformas de transferencias en África Oriental hasta las "
                "finanzas municipales después de un conflicto y el papel de las mujeres en los concejos "
                "locales.</p>",
            ),
            (
                "image",
                {
                    "image": "banner-working-groups",
                    "alt_text": "",
                    "caption": "Ilustración abstracta.",
                    "credit": "",
                },
            ),
            (
                "paragraph",
                "<p>Los grupos usaron sus reuniones de maneras distintas. Algunos compararon reformas "
                "recientes de las fórmulas de transferencias en su región; otros invitaron a un profesional "
                "a contar una reforma desde dentro, incluidas las partes que no salieron según lo previsto. "
                "Las reuniones en francés y español atrajeron a miembros que rara vez se suman a los "
                "seminarios web en inglés, y la nueva línea sobre la localización del empoderamiento de las "
                "mujeres celebró sus primeros intercambios entre alcaldesas y concejalas.</p>",
            ),
            (
                "paragraph",
                "<p>El lanzamiento del portal de miembros en localpublicsector.org dio a los grupos un hogar "
                "permanente. Los miembros ya pueden encontrarse a través del directorio, continuar los "
                "debates en los foros y seguir cursos desde un único panel, sin costo. Para los miembros "
                "alejados de las capitales, además, ha sustituido las largas cadenas de correos como el "
                "lugar donde se guardan las actas, las presentaciones y las preguntas pendientes.</p>",
            ),
            (
                "quote",
                {
                    "text": "Los momentos más valiosos fueron a menudo los menos planificados: un "
                    "funcionario de finanzas de un país explicándole a un colega de otro cómo funcionó de "
                    "verdad una reforma.",
                    "attribution": "Zanele Dube",
                },
            ),
            (
                "call_out",
                {
                    "title": "Únase a un grupo",
                    "text": "<p>La membresía de la comunidad de práctica es gratuita. Los términos de "
                    "referencia de los grupos de trabajo están en la <a "
                    'page="resources/working-groups-tor">biblioteca</a>.</p>',
                },
            ),
        ],
    },
    "pt": {
        "title": "Um ano de grupos de trabalho: o que a comunidade de prática discutiu em 2025",
        "summary": "Quinze reuniões de grupos de trabalho, mais de quinhentos participantes e um novo portal "
        "de membros: um balanço do ano na comunidade de prática da LPSA.",
        "body": [
            (
                "paragraph",
                "<p>Nossos grupos de trabalho se reuniram quinze vezes este ano, nove em grupos regionais e "
                "seis em temáticos, e 539 membros da comunidade de prática participaram. As discussões foram "
                "das reformas de transferências na África Oriental às finanças municipais depois de "
                "conflitos e ao papel das mulheres nos conselhos locais.</p>",
            ),
            (
                "image",
                {
                    "image": "banner-working-groups",
                    "alt_text": "",
                    "caption": "Ilustração abstrata.",
                    "credit": "",
                },
            ),
            (
                "paragraph",
                "<p>Os grupos usaram suas reuniões de formas diferentes. Alguns compararam reformas recentes "
                "das fórmulas de transferência em sua região; outros convidaram um profissional para contar "
                "uma reforma por dentro, inclusive as partes que não saíram como planejado. Reuniões "
                "realizadas em francês e espanhol trouxeram membros que raramente participam de webinários "
                "em inglês, e a nova frente sobre a localização do empoderamento das mulheres realizou seus "
                "primeiros intercâmbios entre prefeitas e vereadoras.</p>",
            ),
            (
                "paragraph",
                "<p>O lançamento do portal de membros em localpublicsector.org deu aos grupos uma casa "
                "permanente. Os membros agora podem se encontrar pelo diretório, continuar as discussões nos "
                "fóruns e acompanhar cursos a partir de um único painel, sem custo. Para os membros longe "
                "das capitais, ele também substituiu as longas cadeias de e-mails como o lugar onde ficam "
                "atas, apresentações e perguntas de acompanhamento.</p>",
            ),
            (
                "quote",
                {
                    "text": "Os momentos mais valiosos muitas vezes foram os menos planejados: um técnico de "
                    "finanças de um país explicando a um colega de outro como uma reforma funcionou de "
                    "verdade.",
                    "attribution": "Zanele Dube",
                },
            ),
            (
                "call_out",
                {
                    "title": "Participe de um grupo",
                    "text": "<p>A adesão à comunidade de prática é gratuita. Os termos de referência dos "
                    'grupos de trabalho estão na <a page="resources/working-groups-tor">biblioteca</a>.</p>',
                },
            ),
        ],
    },
    "ar": {
        "title": "عام من أفرقة العمل: ما الذي ناقشه مجتمع الممارسة في 2025",
        "summary": "خمسة عشر اجتماعًا لأفرقة العمل، وأكثر من خمسمئة مشارك، وبوابة جديدة للأعضاء: نظرة إلى "
        "عام مجتمع الممارسة في التحالف.",
        "body": [
            (
                "paragraph",
                "<p>اجتمعت أفرقة العمل خمس عشرة مرة هذا العام، تسع مرات في أفرقة إقليمية وست مرات في أفرقة "
                "مواضيعية، وشارك فيها 539 عضوًا من مجتمع الممارسة. وتراوحت النقاشات بين إصلاحات التحويلات في "
                "شرق أفريقيا والمالية البلدية بعد النزاعات ودور المرأة في المجالس المحلية.</p>",
            ),
            (
                "image",
                {"image": "banner-working-groups", "alt_text": "", "caption": "رسم تجريدي.", "credit": ""},
            ),
            (
                "paragraph",
                "<p>استخدمت الأفرقة اجتماعاتها بطرق مختلفة. فقد قارن بعضها الإصلاحات الأخيرة لصيغ التحويلات "
                "في منطقته، ودعا بعضها الآخر ممارسًا ليروي إصلاحًا من الداخل، بما في ذلك الأجزاء التي لم "
                "تجرِ كما خُطط لها. واستقطبت الاجتماعات التي عُقدت بالفرنسية والإسبانية أعضاء نادرًا ما "
                "يحضرون الندوات الإلكترونية باللغة الإنجليزية، وعقد المسار الجديد المعني بتوطين تمكين المرأة "
                "أولى تبادلاته بين رئيسات بلديات وعضوات مجالس.</p>",
            ),
            (
                "paragraph",
                "<p>منح إطلاق بوابة الأعضاء على localpublicsector.org الأفرقةَ مقرًا دائمًا. فبات بإمكان "
                "الأعضاء التعرف بعضهم على بعض عبر الدليل، ومواصلة النقاش في المنتديات، ومتابعة الدورات من "
                "لوحة واحدة، مجانًا. وبالنسبة إلى الأعضاء البعيدين عن العواصم، حلّت البوابة أيضًا محل سلاسل "
                "البريد الإلكتروني الطويلة مكانًا تُحفظ فيه محاضر الاجتماعات والعروض وأسئلة المتابعة.</p>",
            ),
            (
                "quote",
                {
                    "text": "كانت أثمن اللحظات في الغالب أقلها تخطيطًا: مسؤول مالي من بلد يشرح لنظير من بلد "
                    "آخر كيف نجح إصلاح ما في الواقع.",
                    "attribution": "زانيلي دوبي",
                },
            ),
            (
                "call_out",
                {
                    "title": "انضموا إلى فريق",
                    "text": "<p>العضوية في مجتمع الممارسة مجانية. وتوجد اختصاصات أفرقة العمل في "
                    '<a page="resources/working-groups-tor">المكتبة</a>.</p>',
                },
            ),
        ],
    },
}

for _slug, _texts in _POST_TRANSLATIONS.items():
    for _code, _text in _texts.items():
        POSTS[_slug][_code] = _text
