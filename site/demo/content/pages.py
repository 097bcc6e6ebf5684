"""The home page and the standard pages (About, Contact, Privacy)."""

# Placeholder: confirm the address with LPSA before the site goes live.
CONTACT_EMAIL = "info@decentralization.net"
MEMBER_PORTAL_URL = "https://localpublicsector.org/"

HOME = {
    "slug": "home",
    "hero_image": {
        "kind": "banner",
        "title": "Decentralization.Net",
        "subtitle": "Knowledge for multilevel governance",
    },
    # Pages shown in the home page's "Featured" block, by slug path below the home page.
    "featured": ["resources/logica-framework", "resources/databook-2025", "blog/working-groups-2025"],
    "en": {
        "title": "Decentralization.Net",
        "introduction": "<p>Decentralization.Net is the knowledge site of the <b>Local Public Sector "
        "Alliance</b>, a global network of researchers, practitioners and policymakers working on "
        "decentralization, local governance and multilevel governance. Here you will find our analysis, our "
        "knowledge products and a glossary of the field, all free to use.</p>",
    },
}

# Standard pages are created in this order below the home page (which is also their menu order).
STANDARD_PAGES = {
    "about": {
        "show_in_menus": True,
        "en": {
            "title": "About LPSA",
            "introduction": "The Local Public Sector Alliance is a global Community of Practice for people "
            "who want public sectors to work better at every level of government.",
            "body": [
                (
                    "paragraph",
                    "<p>Many development goals depend on services that are planned, financed and delivered "
                    "across several levels of government. When responsibilities are unclear, money stays at "
                    "the centre or accountability runs in the wrong direction, even well-funded policies "
                    "fall "
                    "short. The Local Public Sector Alliance (LPSA) exists to help reformers understand and "
                    "fix those system-level problems.</p>",
                ),
                (
                    "paragraph",
                    "<h2>What we do</h2><p>We work along three paths. We <b>develop knowledge</b>: primers, "
                    'assessment frameworks such as <a page="resources/logica-framework">LoGICA</a>, country '
                    'profiles and the <a page="resources/databook-2025">databook</a>. We <b>share '
                    "knowledge</b> through this site, our newsletter, webinars and online courses. And we "
                    "<b>convene</b> members in regional and thematic working groups so that reformers in "
                    "different countries can learn from each other.</p>",
                ),
                (
                    "call_out",
                    {
                        "title": "The Community of Practice in 2025",
                        "text": "<ul><li>2,443 members by December 2025</li><li>Membership is "
                        "free</li><li>More "
                        "than 3,210 participants in LPSA webinars and meetings since 2021</li></ul>",
                    },
                ),
                (
                    "paragraph",
                    "<h2>How we measure success</h2><p>We do not count laws passed. Reform is political and "
                    "rarely linear, so we focus on the conditions that make good reform possible when an "
                    "opportunity arises: a clearer shared understanding of the problem, stronger skills "
                    "among the people who design and implement reforms, and coalitions that push in the same "
                    "direction.</p>",
                ),
                (
                    "paragraph",
                    "<h2>Join us</h2><p>Anyone working on decentralization and local governance can join "
                    "the Community of Practice through the "
                    f'<a href="{MEMBER_PORTAL_URL}">LPSA Member Portal</a>, '
                    "which offers a member directory, working groups, forums and courses.</p>",
                ),
            ],
        },
    },
    "contact": {
        "show_in_menus": True,
        "en": {
            "title": "Contact",
            "introduction": "How to reach the Local Public Sector Alliance and the editors of "
            "Decentralization.Net.",
            "body": [
                (
                    "paragraph",
                    "<h2>Members and working groups</h2><p>Members can reach each other, the working group "
                    f'co-chairs and the secretariat through the <a href="{MEMBER_PORTAL_URL}">LPSA Member '
                    "Portal</a>. Joining is free.</p>",
                ),
                (
                    "paragraph",
                    "<h2>Editorial questions</h2><p>To propose a blog post, report an error in a knowledge "
                    f'product or ask about permissions, write to <a href="mailto:{CONTACT_EMAIL}">'
                    f"{CONTACT_EMAIL}</a>. Please mention the title of the page or product concerned.</p>",
                ),
                (
                    "call_out",
                    {
                        "title": "Reusing our material",
                        "text": "<p>You are welcome to quote and share LPSA knowledge products with a "
                        "reference "
                        "to the original. For translations or adapted versions, please contact us first.</p>",
                    },
                ),
            ],
        },
    },
    "privacy": {
        "show_in_menus": False,
        "en": {
            "title": "Privacy",
            "introduction": "Decentralization.Net is built to be read without being tracked. This page "
            "explains the little we count and how.",
            "body": [
                (
                    "paragraph",
                    "<h2>No cookies for readers</h2><p>Reading this site, searching it and downloading files "
                    "does not set any cookie in your browser. Cookies are used only when editors sign in to "
                    "the site's administration area.</p>",
                ),
                (
                    "paragraph",
                    "<h2>What we count</h2><p>To know which pages and knowledge products are useful, the "
                    "site "
                    "keeps daily totals: how many times each page was viewed and each file was downloaded, "
                    "and "
                    "roughly how many different visitors there were that day. We do not store IP addresses, "
                    "and we keep no log of what an individual reader looked at.</p>",
                ),
                (
                    "paragraph",
                    "<h2>How visitors are counted without tracking them</h2><p>To tell one visitor from "
                    "another within a single day, the server combines the request's address and browser "
                    "description with a random value (a salt) that changes every day, and keeps only a "
                    "one-way hash of the result. The salt and the hashes live only in the server's memory or "
                    "cache and are never written to the database; when the day ends they are discarded, so "
                    "visits cannot be linked from one day to the next or traced back to a person.</p>",
                ),
                (
                    "call_out",
                    {
                        "title": "Do Not Track and Global Privacy Control",
                        "text": "<p>If your browser sends a Do Not Track (DNT) or Global Privacy Control "
                        "(Sec-GPC) signal, we respect it: you are not counted as a visitor, and no hash is "
                        "computed for your requests.</p>",
                    },
                ),
                (
                    "paragraph",
                    "<h2>No third parties</h2><p>The site loads no third-party trackers, advertising, "
                    "analytics services, social media widgets or externally hosted fonts. Everything you see "
                    "is served from our own server.</p>",
                ),
                (
                    "paragraph",
                    "<h2>Questions</h2><p>For any question about this policy, write to "
                    f'<a href="mailto:{CONTACT_EMAIL}">{CONTACT_EMAIL}</a>.</p>',
                ),
            ],
        },
    },
}
