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


# ---------------------------------------------------------------------- translations

HOME["fr"] = {
    "title": "Decentralization.Net",
    "introduction": "<p>Decentralization.Net est le site de connaissances de la <b>Local Public Sector "
    "Alliance</b>, un réseau mondial de chercheurs, de praticiens et de décideurs qui travaillent sur la "
    "décentralisation, la gouvernance locale et la gouvernance multiniveau. Vous y trouverez nos analyses, "
    "nos produits de connaissance et un glossaire du domaine, le tout en libre accès.</p>",
}
HOME["es"] = {
    "title": "Decentralization.Net",
    "introduction": "<p>Decentralization.Net es el sitio de conocimiento de la <b>Local Public Sector "
    "Alliance</b>, una red mundial de investigadores, profesionales y responsables de políticas que trabajan "
    "en descentralización, gobernanza local y gobernanza multinivel. Aquí encontrará nuestros análisis, "
    "nuestros productos de conocimiento y un glosario del campo, todo de uso libre.</p>",
}
HOME["pt"] = {
    "title": "Decentralization.Net",
    "introduction": "<p>Decentralization.Net é o site de conhecimento da <b>Local Public Sector "
    "Alliance</b>, uma rede mundial de pesquisadores, profissionais e formuladores de políticas que "
    "trabalham com descentralização, governança local e governança multinível. Aqui você encontra nossas "
    "análises, nossos produtos de conhecimento e um glossário da área, tudo de uso livre.</p>",
}
HOME["ar"] = {
    "title": "Decentralization.Net",
    "introduction": "<p>Decentralization.Net هو موقع المعرفة التابع لـ<b>تحالف القطاع العام المحلي</b> "
    "(Local Public Sector Alliance)، وهو شبكة عالمية من الباحثين والممارسين وصانعي السياسات العاملين في "
    "مجالات اللامركزية والحوكمة المحلية والحوكمة متعددة المستويات. تجدون هنا تحليلاتنا ومنتجاتنا المعرفية "
    "ومسردًا لمصطلحات هذا المجال، وكلها متاحة للاستخدام مجانًا.</p>",
}

STANDARD_PAGES["about"]["fr"] = {
    "title": "À propos de la LPSA",
    "introduction": "La Local Public Sector Alliance est une communauté de pratique mondiale pour celles et "
    "ceux qui veulent que le secteur public fonctionne mieux à tous les niveaux de gouvernement.",
    "body": [
        (
            "paragraph",
            "<p>De nombreux objectifs de développement dépendent de services planifiés, financés et fournis "
            "par plusieurs niveaux de gouvernement. Quand les responsabilités sont floues, que l'argent "
            "reste au centre ou que la redevabilité va dans le mauvais sens, même des politiques bien "
            "financées échouent. La Local Public Sector Alliance (LPSA) existe pour aider les réformateurs à "
            "comprendre et à corriger ces problèmes de système.</p>",
        ),
        (
            "paragraph",
            "<h2>Ce que nous faisons</h2><p>Nous travaillons sur trois axes. Nous <b>produisons des "
            "connaissances</b> : des introductions, des cadres d'évaluation comme "
            '<a page="resources/logica-framework">LoGICA</a>, des profils pays et le '
            '<a page="resources/databook-2025">recueil de données</a>. Nous <b>partageons ces '
            "connaissances</b> par ce site, notre lettre d'information, des webinaires et des cours en "
            "ligne. Et nous <b>rassemblons</b> nos membres dans des groupes de travail régionaux et "
            "thématiques, pour que les réformateurs de différents pays apprennent les uns des autres.</p>",
        ),
        (
            "call_out",
            {
                "title": "La communauté de pratique en 2025",
                "text": "<ul><li>2 443 membres en décembre 2025</li><li>L'adhésion est gratuite</li><li>Plus "
                "de 3 210 participants aux webinaires et réunions de la LPSA depuis 2021</li></ul>",
            },
        ),
        (
            "paragraph",
            "<h2>Comment nous mesurons notre réussite</h2><p>Nous ne comptons pas les lois adoptées. La "
            "réforme est politique et rarement linéaire : nous nous attachons donc aux conditions qui "
            "rendent une bonne réforme possible lorsqu'une occasion se présente, c'est-à-dire une "
            "compréhension commune et plus claire du problème, de meilleures compétences chez celles et ceux "
            "qui conçoivent et mettent en œuvre les réformes, et des coalitions qui poussent dans la même "
            "direction.</p>",
        ),
        (
            "paragraph",
            "<h2>Nous rejoindre</h2><p>Toute personne qui travaille sur la décentralisation et la "
            "gouvernance locale peut rejoindre la communauté de pratique par le "
            f'<a href="{MEMBER_PORTAL_URL}">portail des membres de la LPSA</a>, qui propose un annuaire des '
            "membres, des groupes de travail, des forums et des cours.</p>",
        ),
    ],
}
STANDARD_PAGES["about"]["es"] = {
    "title": "Acerca de la LPSA",
    "introduction": "La Local Public Sector Alliance es una comunidad de práctica mundial para quienes "
    "quieren que el sector público funcione mejor en todos los niveles de gobierno.",
    "body": [
        (
            "paragraph",
            "<p>Muchos objetivos de desarrollo dependen de servicios que se planifican, financian y prestan "
            "entre varios niveles de gobierno. Cuando las responsabilidades no están claras, el dinero se "
            "queda en el centro o la rendición de cuentas va en la dirección equivocada, incluso las "
            "políticas bien financiadas se quedan cortas. La Local Public Sector Alliance (LPSA) existe para "
            "ayudar a los reformadores a entender y resolver esos problemas del sistema.</p>",
        ),
        (
            "paragraph",
            "<h2>Qué hacemos</h2><p>Trabajamos en tres líneas. <b>Generamos conocimiento</b>: guías "
            "introductorias, marcos de evaluación como "
            '<a page="resources/logica-framework">LoGICA</a>, perfiles de país y el '
            '<a page="resources/databook-2025">compendio de datos</a>. <b>Compartimos conocimiento</b> a '
            "través de este sitio, nuestro boletín, seminarios web y cursos en línea. Y <b>convocamos</b> a "
            "nuestros miembros en grupos de trabajo regionales y temáticos para que los reformadores de "
            "distintos países aprendan unos de otros.</p>",
        ),
        (
            "call_out",
            {
                "title": "La comunidad de práctica en 2025",
                "text": "<ul><li>2.443 miembros en diciembre de 2025</li><li>La membresía es "
                "gratuita</li><li>Más de 3.210 participantes en seminarios web y reuniones de la LPSA desde "
                "2021</li></ul>",
            },
        ),
        (
            "paragraph",
            "<h2>Cómo medimos el éxito</h2><p>No contamos leyes aprobadas. La reforma es política y rara vez "
            "lineal, así que nos centramos en las condiciones que hacen posible una buena reforma cuando "
            "surge la oportunidad: una comprensión compartida y más clara del problema, mejores capacidades "
            "entre quienes diseñan y ejecutan las reformas, y coaliciones que empujan en la misma "
            "dirección.</p>",
        ),
        (
            "paragraph",
            "<h2>Únase</h2><p>Cualquier persona que trabaje en descentralización y gobernanza local puede "
            "unirse a la comunidad de práctica a través del "
            f'<a href="{MEMBER_PORTAL_URL}">portal de miembros de la LPSA</a>, que ofrece un directorio de '
            "miembros, grupos de trabajo, foros y cursos.</p>",
        ),
    ],
}
STANDARD_PAGES["about"]["pt"] = {
    "title": "Sobre a LPSA",
    "introduction": "A Local Public Sector Alliance é uma comunidade de prática mundial para quem quer que o "
    "setor público funcione melhor em todos os níveis de governo.",
    "body": [
        (
            "paragraph",
            "<p>Muitos objetivos de desenvolvimento dependem de serviços planejados, financiados e prestados "
            "por vários níveis de governo. Quando as responsabilidades não são claras, o dinheiro fica no "
            "centro ou a prestação de contas corre na direção errada, até políticas bem financiadas ficam "
            "aquém do esperado. A Local Public Sector Alliance (LPSA) existe para ajudar os reformadores a "
            "entender e corrigir esses problemas do sistema.</p>",
        ),
        (
            "paragraph",
            "<h2>O que fazemos</h2><p>Trabalhamos em três frentes. <b>Produzimos conhecimento</b>: guias "
            "introdutórios, quadros de avaliação como "
            '<a page="resources/logica-framework">LoGICA</a>, perfis de país e o '
            '<a page="resources/databook-2025">compêndio de dados</a>. <b>Compartilhamos conhecimento</b> '
            "por meio deste site, do nosso boletim, de webinários e de cursos on-line. E <b>reunimos</b> os "
            "membros em grupos de trabalho regionais e temáticos, para que reformadores de países diferentes "
            "aprendam uns com os outros.</p>",
        ),
        (
            "call_out",
            {
                "title": "A comunidade de prática em 2025",
                "text": "<ul><li>2.443 membros em dezembro de 2025</li><li>A adesão é "
                "gratuita</li><li>Mais de 3.210 participantes em webinários e reuniões da LPSA desde "
                "2021</li></ul>",
            },
        ),
        (
            "paragraph",
            "<h2>Como medimos o sucesso</h2><p>Não contamos leis aprovadas. A reforma é política e raramente "
            "linear, por isso focamos nas condições que tornam possível uma boa reforma quando surge uma "
            "oportunidade: um entendimento comum e mais claro do problema, mais competências entre as "
            "pessoas que desenham e implementam as reformas e coalizões que empurram na mesma direção.</p>",
        ),
        (
            "paragraph",
            "<h2>Participe</h2><p>Qualquer pessoa que trabalhe com descentralização e governança local pode "
            "entrar na comunidade de prática pelo "
            f'<a href="{MEMBER_PORTAL_URL}">portal de membros da LPSA</a>, que oferece um diretório de '
            "membros, grupos de trabalho, fóruns e cursos.</p>",
        ),
    ],
}
STANDARD_PAGES["about"]["ar"] = {
    "title": "عن التحالف",
    "introduction": "تحالف القطاع العام المحلي (LPSA) مجتمع ممارسة عالمي لكل من يريد أن يعمل القطاع العام "
    "على نحو أفضل في جميع مستويات الحكم.",
    "body": [
        (
            "paragraph",
            "<p>تعتمد أهداف إنمائية كثيرة على خدمات تُخطَّط وتُموَّل وتُقدَّم عبر عدة مستويات حكومية. وحين "
            "تكون المسؤوليات غير واضحة، أو يبقى المال في المركز، أو تسير المساءلة في الاتجاه الخاطئ، فإن "
            "السياسات حتى الممولة جيدًا تقصر عن أهدافها. وُجد تحالف القطاع العام المحلي لمساعدة المصلحين على "
            "فهم هذه المشكلات على مستوى النظام ومعالجتها.</p>",
        ),
        (
            "paragraph",
            "<h2>ماذا نفعل</h2><p>نعمل على ثلاثة مسارات. <b>ننتج المعرفة</b>: أدلة تمهيدية، وأطر تقييم مثل "
            '<a page="resources/logica-framework">LoGICA</a>، وملفات قُطرية، و'
            '<a page="resources/databook-2025">كتاب البيانات</a>. <b>ونتشارك المعرفة</b> عبر هذا '
            "الموقع ونشرتنا الإخبارية والندوات الإلكترونية والدورات عبر الإنترنت. <b>ونجمع</b> الأعضاء في "
            "أفرقة عمل إقليمية ومواضيعية كي يتعلم المصلحون في بلدان مختلفة بعضهم من بعض.</p>",
        ),
        (
            "call_out",
            {
                "title": "مجتمع الممارسة في 2025",
                "text": "<ul><li>2443 عضوًا في ديسمبر 2025</li><li>العضوية مجانية</li><li>أكثر من 3210 "
                "مشاركًا في ندوات التحالف واجتماعاته منذ 2021</li></ul>",
            },
        ),
        (
            "paragraph",
            "<h2>كيف نقيس النجاح</h2><p>لا نعدّ القوانين التي تُقَرّ. فالإصلاح عملية سياسية ونادرًا ما يسير "
            "في خط مستقيم، لذلك نركّز على الظروف التي تجعل الإصلاح الجيد ممكنًا حين تسنح الفرصة: فهم مشترك "
            "وأوضح للمشكلة، ومهارات أقوى لدى من يصممون الإصلاحات وينفذونها، وتحالفات تدفع في الاتجاه "
            "نفسه.</p>",
        ),
        (
            "paragraph",
            "<h2>انضموا إلينا</h2><p>يمكن لكل من يعمل في اللامركزية والحوكمة المحلية الانضمام إلى مجتمع "
            "الممارسة عبر "
            f'<a href="{MEMBER_PORTAL_URL}">بوابة أعضاء التحالف</a>، التي توفر دليلًا للأعضاء وأفرقة عمل '
            "ومنتديات ودورات.</p>",
        ),
    ],
}
