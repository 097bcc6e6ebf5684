"""Authors of the demo posts and knowledge products.

These people are invented. Names, roles and organisations are plausible but belong to nobody; their photos are
generated placeholder portraits (initials on a disc).
"""

PEOPLE = {
    "amara-nwosu-bello": {
        "name": "Amara Nwosu-Bello",
        "en": {
            "role": "Senior Fellow, Intergovernmental Finance",
            "organisation": "Local Public Sector Alliance",
            "bio": "Amara works on transfer design and revenue assignment in West and East Africa. Before "
            "joining the Alliance she spent nine years in a state ministry of finance, where she helped "
            "rebuild the allocation formula for local government grants.",
        },
    },
    "tomas-echeverria-ruiz": {
        "name": "Tomás Echeverría Ruiz",
        "en": {
            "role": "Programme Lead, Latin America & Caribbean",
            "organisation": "Local Public Sector Alliance",
            "bio": "Tomás coordinates the Alliance's regional working group for Latin America. His research "
            "covers royalty sharing, municipal borrowing and the politics of recentralization in the Andean "
            "countries.",
        },
    },
    "priya-raghunathan": {
        "name": "Priya Raghunathan",
        "en": {
            "role": "Research Associate, Local Public Financial Management",
            "organisation": "Centre for Subnational Finance Studies",
            "bio": "Priya studies how panchayats and urban local bodies plan and execute their budgets. She "
            "has led local PFM diagnostics in South Asia and teaches a short course on subnational budget "
            "analysis.",
        },
    },
    "lea-diallo-martin": {
        "name": "Léa Diallo-Martin",
        "en": {
            "role": "Coordinator, Francophone Africa",
            "organisation": "Local Public Sector Alliance",
            "bio": "Léa supports reform teams in the Sahel and Central Africa. She writes about "
            "deconcentration, "
            "the role of prefects, and what decentralization laws look like once they meet municipal "
            "budgets.",
        },
    },
    "marek-kowalczyk": {
        "name": "Marek Kowalczyk",
        "en": {
            "role": "Local Governance Adviser, Europe & Central Asia",
            "organisation": "Institute for Territorial Reform",
            "bio": "Marek advised municipal amalgamation programmes in Central and Eastern Europe for "
            "fifteen "
            "years. He is interested in how small municipalities cooperate and how reforms survive changes "
            "of government.",
        },
    },
    "nadia-el-fassi": {
        "name": "Nadia El-Fassi",
        "en": {
            "role": "Researcher, Multilevel Governance in the Arab Region",
            "organisation": "Mediterranean Governance Lab",
            "bio": "Nadia researches regionalization and municipal finance in North Africa and the Levant. "
            "She "
            "co-chairs the Alliance's thematic group on local governance in fragile and conflict-affected "
            "settings.",
        },
    },
    "samuel-kiprotich-mutai": {
        "name": "Samuel Kiprotich Mutai",
        "en": {
            "role": "Public Finance Economist",
            "organisation": "Local Public Sector Alliance",
            "bio": "Samuel builds the datasets behind the Alliance's country profiles. His work focuses on "
            "measuring subnational spending and revenue consistently across countries with very different "
            "reporting systems.",
        },
    },
    "hannah-lindqvist": {
        "name": "Hannah Lindqvist",
        "en": {
            "role": "Data and Learning Manager",
            "organisation": "Local Public Sector Alliance",
            "bio": "Hannah edits the Decentralization and Multilevel Governance Databook and runs the "
            "Alliance's online courses. She previously worked on open budget data for a municipal "
            "association.",
        },
    },
    "rafael-bautista-cruz": {
        "name": "Rafael Bautista Cruz",
        "en": {
            "role": "Urban Governance Specialist",
            "organisation": "Pacific Rim Cities Network",
            "bio": "Rafael works with city governments in Southeast Asia on revenue mobilisation and "
            "metropolitan coordination. He is a former budget officer of a highly urbanised city.",
        },
    },
    "zanele-dube": {
        "name": "Zanele Dube",
        "en": {
            "role": "Training Coordinator",
            "organisation": "Local Public Sector Alliance",
            "bio": "Zanele designs the Alliance's training modules and facilitates peer-learning sessions "
            "for local government associations in Southern Africa.",
        },
    },
}


# ---------------------------------------------------------------------- translations
# Role and bio in French, Spanish, Portuguese and Arabic; names and organisations are the people's own.

_TRANSLATIONS = {
    "amara-nwosu-bello": {
        "fr": (
            "Chercheuse principale, finances intergouvernementales",
            "Amara travaille sur la conception des transferts et l'attribution des recettes en Afrique de "
            "l'Ouest et de l'Est. Avant de rejoindre l'Alliance, elle a passé neuf ans dans le ministère des "
            "Finances d'un État fédéré, où elle a contribué à refondre la formule de répartition des "
            "dotations aux collectivités locales.",
        ),
        "es": (
            "Investigadora principal, finanzas intergubernamentales",
            "Amara trabaja en el diseño de transferencias y la asignación de ingresos en África Occidental y "
            "Oriental. Antes de unirse a la Alianza pasó nueve años en el ministerio de finanzas de un "
            "estado, donde ayudó a rehacer la fórmula de asignación de las subvenciones a los gobiernos "
            "locales.",
        ),
        "pt": (
            "Pesquisadora sênior, finanças intergovernamentais",
            "Amara trabalha com o desenho de transferências e a atribuição de receitas na África Ocidental e "
            "Oriental. Antes de entrar na Aliança, passou nove anos na secretaria de finanças de um estado, "
            "onde ajudou a refazer a fórmula de repartição das transferências aos governos locais.",
        ),
        "ar": (
            "باحثة أولى، المالية بين مستويات الحكم",
            "تعمل أمارا على تصميم التحويلات وإسناد الإيرادات في غرب أفريقيا وشرقها. قبل انضمامها إلى التحالف "
            "أمضت تسع سنوات في وزارة المالية لإحدى الولايات، حيث ساعدت في إعادة بناء صيغة توزيع المنح على "
            "الحكومات المحلية.",
        ),
    },
    "tomas-echeverria-ruiz": {
        "fr": (
            "Responsable de programme, Amérique latine et Caraïbes",
            "Tomás coordonne le groupe de travail régional de l'Alliance pour l'Amérique latine. Ses "
            "recherches portent sur le partage des redevances, l'emprunt municipal et la politique de la "
            "recentralisation dans les pays andins.",
        ),
        "es": (
            "Líder de programa, América Latina y el Caribe",
            "Tomás coordina el grupo de trabajo regional de la Alianza para América Latina. Su investigación "
            "abarca el reparto de regalías, el endeudamiento municipal y la política de la recentralización "
            "en los países andinos.",
        ),
        "pt": (
            "Líder de programa, América Latina e Caribe",
            "Tomás coordena o grupo de trabalho regional da Aliança para a América Latina. Sua pesquisa "
            "trata da partilha de royalties, do endividamento municipal e da política da recentralização nos "
            "países andinos.",
        ),
        "ar": (
            "قائد برنامج، أمريكا اللاتينية والكاريبي",
            "ينسّق توماس فريق العمل الإقليمي للتحالف في أمريكا اللاتينية. تتناول أبحاثه تقاسم عائدات الموارد "
            "والاقتراض البلدي وسياسات إعادة المركزية في بلدان الأنديز.",
        ),
    },
    "priya-raghunathan": {
        "fr": (
            "Chargée de recherche, gestion des finances publiques locales",
            "Priya étudie la manière dont les panchayats et les collectivités urbaines planifient et "
            "exécutent leurs budgets. Elle a dirigé des diagnostics de gestion des finances publiques "
            "locales en Asie du Sud et enseigne un cours court d'analyse budgétaire infranationale.",
        ),
        "es": (
            "Investigadora asociada, gestión financiera pública local",
            "Priya estudia cómo los panchayats y los gobiernos urbanos planifican y ejecutan sus "
            "presupuestos. Ha dirigido diagnósticos de gestión financiera local en Asia meridional y enseña "
            "un curso breve de análisis presupuestario subnacional.",
        ),
        "pt": (
            "Pesquisadora associada, gestão financeira pública local",
            "Priya estuda como os panchayats e os governos urbanos planejam e executam seus orçamentos. "
            "Liderou diagnósticos de gestão financeira local no Sul da Ásia e ministra um curso breve de "
            "análise orçamentária subnacional.",
        ),
        "ar": (
            "باحثة مشاركة، الإدارة المالية العامة المحلية",
            "تدرس بريا كيف تخطط مجالس البانشايات والهيئات المحلية الحضرية لموازناتها وتنفذها. قادت تشخيصات "
            "للإدارة المالية المحلية في جنوب آسيا، وتدرّس دورة قصيرة في تحليل الموازنات دون الوطنية.",
        ),
    },
    "lea-diallo-martin": {
        "fr": (
            "Coordinatrice, Afrique francophone",
            "Léa accompagne des équipes de réforme au Sahel et en Afrique centrale. Elle écrit sur la "
            "déconcentration, le rôle des préfets et ce que deviennent les lois de décentralisation quand "
            "elles rencontrent les budgets communaux.",
        ),
        "es": (
            "Coordinadora, África francófona",
            "Léa acompaña a equipos de reforma en el Sahel y África Central. Escribe sobre la "
            "desconcentración, el papel de los prefectos y en qué se convierten las leyes de "
            "descentralización cuando se topan con los presupuestos municipales.",
        ),
        "pt": (
            "Coordenadora, África francófona",
            "Léa apoia equipes de reforma no Sahel e na África Central. Escreve sobre a desconcentração, o "
            "papel dos prefeitos de Estado e o que acontece com as leis de descentralização quando encontram "
            "os orçamentos municipais.",
        ),
        "ar": (
            "منسقة، أفريقيا الناطقة بالفرنسية",
            "تدعم ليا فرق الإصلاح في منطقة الساحل ووسط أفريقيا. تكتب عن عدم التركيز الإداري ودور الولاة، "
            "وعمّا تؤول إليه قوانين اللامركزية حين تصطدم بموازنات البلديات.",
        ),
    },
    "marek-kowalczyk": {
        "fr": (
            "Conseiller en gouvernance locale, Europe et Asie centrale",
            "Marek a conseillé pendant quinze ans des programmes de fusion de communes en Europe centrale et "
            "orientale. Il s'intéresse à la coopération entre petites communes et à la façon dont les "
            "réformes survivent aux changements de gouvernement.",
        ),
        "es": (
            "Asesor de gobernanza local, Europa y Asia Central",
            "Marek asesoró durante quince años programas de fusión de municipios en Europa Central y "
            "Oriental. Le interesa cómo cooperan los municipios pequeños y cómo sobreviven las reformas a "
            "los cambios de gobierno.",
        ),
        "pt": (
            "Assessor de governança local, Europa e Ásia Central",
            "Marek assessorou por quinze anos programas de fusão de municípios na Europa Central e Oriental. "
            "Interessa-se por como os pequenos municípios cooperam e por como as reformas sobrevivem às "
            "mudanças de governo.",
        ),
        "ar": (
            "مستشار في الحوكمة المحلية، أوروبا وآسيا الوسطى",
            "قدّم ماريك المشورة طوال خمسة عشر عامًا لبرامج دمج البلديات في أوروبا الوسطى والشرقية. يهتم "
            "بكيفية تعاون البلديات الصغيرة وبكيفية صمود الإصلاحات أمام تغيّر الحكومات.",
        ),
    },
    "nadia-el-fassi": {
        "fr": (
            "Chercheuse, gouvernance multiniveau dans la région arabe",
            "Nadia étudie la régionalisation et les finances municipales en Afrique du Nord et au Levant. "
            "Elle copréside le groupe thématique de l'Alliance sur la gouvernance locale dans les contextes "
            "fragiles et touchés par les conflits.",
        ),
        "es": (
            "Investigadora, gobernanza multinivel en la región árabe",
            "Nadia investiga la regionalización y las finanzas municipales en el Norte de África y el "
            "Levante. Copreside el grupo temático de la Alianza sobre gobernanza local en contextos frágiles "
            "y afectados por conflictos.",
        ),
        "pt": (
            "Pesquisadora, governança multinível na região árabe",
            "Nadia pesquisa a regionalização e as finanças municipais no Norte da África e no Levante. "
            "Copreside o grupo temático da Aliança sobre governança local em contextos frágeis e afetados "
            "por conflitos.",
        ),
        "ar": (
            "باحثة، الحوكمة متعددة المستويات في المنطقة العربية",
            "تبحث نادية في الجهوية والمالية البلدية في شمال أفريقيا والمشرق. وتشارك في رئاسة الفريق "
            "المواضيعي للتحالف المعني بالحوكمة المحلية في السياقات الهشة والمتأثرة بالنزاعات.",
        ),
    },
    "samuel-kiprotich-mutai": {
        "fr": (
            "Économiste des finances publiques",
            "Samuel construit les jeux de données sur lesquels reposent les profils pays de l'Alliance. Son "
            "travail vise à mesurer de façon cohérente les dépenses et les recettes infranationales dans des "
            "pays aux systèmes de reporting très différents.",
        ),
        "es": (
            "Economista de finanzas públicas",
            "Samuel construye los conjuntos de datos que sustentan los perfiles de país de la Alianza. Su "
            "trabajo se centra en medir de forma coherente el gasto y los ingresos subnacionales en países "
            "con sistemas de información muy distintos.",
        ),
        "pt": (
            "Economista de finanças públicas",
            "Samuel constrói as bases de dados por trás dos perfis de país da Aliança. Seu trabalho busca "
            "medir de forma consistente a despesa e a receita subnacionais em países com sistemas de "
            "informação muito diferentes.",
        ),
        "ar": (
            "خبير اقتصادي في المالية العامة",
            "يبني صامويل مجموعات البيانات التي تقوم عليها الملفات القُطرية للتحالف. يركّز عمله على قياس "
            "الإنفاق والإيرادات دون الوطنية بطريقة متسقة بين بلدان تختلف أنظمة الإبلاغ فيها اختلافًا كبيرًا.",
        ),
    },
    "hannah-lindqvist": {
        "fr": (
            "Responsable des données et de l'apprentissage",
            "Hannah dirige la publication du Recueil de données sur la décentralisation et la gouvernance "
            "multiniveau et anime les cours en ligne de l'Alliance. Elle a auparavant travaillé sur les "
            "données budgétaires ouvertes pour une association de communes.",
        ),
        "es": (
            "Gerente de datos y aprendizaje",
            "Hannah edita el Compendio de datos sobre descentralización y gobernanza multinivel y dirige los "
            "cursos en línea de la Alianza. Antes trabajó en datos presupuestarios abiertos para una "
            "asociación de municipios.",
        ),
        "pt": (
            "Gerente de dados e aprendizagem",
            "Hannah edita o Compêndio de dados sobre descentralização e governança multinível e coordena os "
            "cursos on-line da Aliança. Antes, trabalhou com dados orçamentários abertos para uma associação "
            "de municípios.",
        ),
        "ar": (
            "مديرة البيانات والتعلّم",
            "تحرّر هانا كتاب بيانات اللامركزية والحوكمة متعددة المستويات وتدير الدورات الإلكترونية للتحالف. "
            "عملت سابقًا على بيانات الموازنة المفتوحة لدى رابطة للبلديات.",
        ),
    },
    "rafael-bautista-cruz": {
        "fr": (
            "Spécialiste de la gouvernance urbaine",
            "Rafael travaille avec des municipalités d'Asie du Sud-Est sur la mobilisation des recettes et "
            "la coordination métropolitaine. Il a été responsable du budget d'une ville fortement urbanisée.",
        ),
        "es": (
            "Especialista en gobernanza urbana",
            "Rafael trabaja con gobiernos municipales del Sudeste Asiático en la movilización de ingresos y "
            "la coordinación metropolitana. Fue responsable de presupuesto de una ciudad altamente "
            "urbanizada.",
        ),
        "pt": (
            "Especialista em governança urbana",
            "Rafael trabalha com prefeituras do Sudeste Asiático na mobilização de receitas e na coordenação "
            "metropolitana. Foi responsável pelo orçamento de uma cidade altamente urbanizada.",
        ),
        "ar": (
            "أخصائي في الحوكمة الحضرية",
            "يعمل رافاييل مع حكومات المدن في جنوب شرق آسيا على تعبئة الإيرادات والتنسيق على مستوى المناطق "
            "الحضرية الكبرى. شغل سابقًا منصب مسؤول الموازنة في مدينة عالية التحضر.",
        ),
    },
    "zanele-dube": {
        "fr": (
            "Coordinatrice de la formation",
            "Zanele conçoit les modules de formation de l'Alliance et anime des séances d'apprentissage "
            "entre pairs pour les associations de collectivités locales d'Afrique australe.",
        ),
        "es": (
            "Coordinadora de formación",
            "Zanele diseña los módulos de formación de la Alianza y facilita sesiones de aprendizaje entre "
            "pares para asociaciones de gobiernos locales del África austral.",
        ),
        "pt": (
            "Coordenadora de formação",
            "Zanele desenha os módulos de formação da Aliança e facilita sessões de aprendizagem entre pares "
            "para associações de governos locais da África Austral.",
        ),
        "ar": (
            "منسقة التدريب",
            "تصمّم زانيلي الوحدات التدريبية للتحالف وتيسّر جلسات التعلّم بين الأقران لروابط الحكومات المحلية "
            "في الجنوب الأفريقي.",
        ),
    },
}

for _slug, _texts in _TRANSLATIONS.items():
    for _code, (_role, _bio) in _texts.items():
        PEOPLE[_slug][_code] = {"role": _role, "bio": _bio}
