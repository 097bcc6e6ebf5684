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
