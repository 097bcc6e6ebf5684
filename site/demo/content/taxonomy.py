"""Regions, countries, topics and resource types.

Country codes are ISO 3166-1 alpha-2; each country sits in one of LPSA's six world regions.
"""

REGIONS = {
    "africa": {"en": {"name": "Africa"}},
    "asia-pacific": {"en": {"name": "Asia-Pacific"}},
    "europe-central-asia": {"en": {"name": "Europe & Central Asia"}},
    "latin-america-caribbean": {"en": {"name": "Latin America & Caribbean"}},
    "middle-east-north-africa": {"en": {"name": "Middle East & North Africa"}},
    "north-america": {"en": {"name": "North America"}},
}

COUNTRIES = {
    # Africa
    "BJ": {"region": "africa", "en": {"name": "Benin"}},
    "BF": {"region": "africa", "en": {"name": "Burkina Faso"}},
    "CM": {"region": "africa", "en": {"name": "Cameroon"}},
    "ET": {"region": "africa", "en": {"name": "Ethiopia"}},
    "GH": {"region": "africa", "en": {"name": "Ghana"}},
    "KE": {"region": "africa", "en": {"name": "Kenya"}},
    "MG": {"region": "africa", "en": {"name": "Madagascar"}},
    "MW": {"region": "africa", "en": {"name": "Malawi"}},
    "ML": {"region": "africa", "en": {"name": "Mali"}},
    "MZ": {"region": "africa", "en": {"name": "Mozambique"}},
    "NG": {"region": "africa", "en": {"name": "Nigeria"}},
    "RW": {"region": "africa", "en": {"name": "Rwanda"}},
    "SN": {"region": "africa", "en": {"name": "Senegal"}},
    "SL": {"region": "africa", "en": {"name": "Sierra Leone"}},
    "ZA": {"region": "africa", "en": {"name": "South Africa"}},
    "TZ": {"region": "africa", "en": {"name": "Tanzania"}},
    "UG": {"region": "africa", "en": {"name": "Uganda"}},
    "ZM": {"region": "africa", "en": {"name": "Zambia"}},
    # Asia-Pacific
    "BD": {"region": "asia-pacific", "en": {"name": "Bangladesh"}},
    "KH": {"region": "asia-pacific", "en": {"name": "Cambodia"}},
    "IN": {"region": "asia-pacific", "en": {"name": "India"}},
    "ID": {"region": "asia-pacific", "en": {"name": "Indonesia"}},
    "MN": {"region": "asia-pacific", "en": {"name": "Mongolia"}},
    "NP": {"region": "asia-pacific", "en": {"name": "Nepal"}},
    "PK": {"region": "asia-pacific", "en": {"name": "Pakistan"}},
    "PG": {"region": "asia-pacific", "en": {"name": "Papua New Guinea"}},
    "PH": {"region": "asia-pacific", "en": {"name": "Philippines"}},
    "LK": {"region": "asia-pacific", "en": {"name": "Sri Lanka"}},
    "TL": {"region": "asia-pacific", "en": {"name": "Timor-Leste"}},
    "VN": {"region": "asia-pacific", "en": {"name": "Viet Nam"}},
    # Europe & Central Asia
    "AL": {"region": "europe-central-asia", "en": {"name": "Albania"}},
    "FR": {"region": "europe-central-asia", "en": {"name": "France"}},
    "GE": {"region": "europe-central-asia", "en": {"name": "Georgia"}},
    "DE": {"region": "europe-central-asia", "en": {"name": "Germany"}},
    "KZ": {"region": "europe-central-asia", "en": {"name": "Kazakhstan"}},
    "KG": {"region": "europe-central-asia", "en": {"name": "Kyrgyzstan"}},
    "MD": {"region": "europe-central-asia", "en": {"name": "Moldova"}},
    "MK": {"region": "europe-central-asia", "en": {"name": "North Macedonia"}},
    "PL": {"region": "europe-central-asia", "en": {"name": "Poland"}},
    "ES": {"region": "europe-central-asia", "en": {"name": "Spain"}},
    "UA": {"region": "europe-central-asia", "en": {"name": "Ukraine"}},
    # Latin America & Caribbean
    "BO": {"region": "latin-america-caribbean", "en": {"name": "Bolivia"}},
    "BR": {"region": "latin-america-caribbean", "en": {"name": "Brazil"}},
    "CL": {"region": "latin-america-caribbean", "en": {"name": "Chile"}},
    "CO": {"region": "latin-america-caribbean", "en": {"name": "Colombia"}},
    "EC": {"region": "latin-america-caribbean", "en": {"name": "Ecuador"}},
    "GT": {"region": "latin-america-caribbean", "en": {"name": "Guatemala"}},
    "HN": {"region": "latin-america-caribbean", "en": {"name": "Honduras"}},
    "MX": {"region": "latin-america-caribbean", "en": {"name": "Mexico"}},
    "PE": {"region": "latin-america-caribbean", "en": {"name": "Peru"}},
    # Middle East & North Africa
    "EG": {"region": "middle-east-north-africa", "en": {"name": "Egypt"}},
    "IQ": {"region": "middle-east-north-africa", "en": {"name": "Iraq"}},
    "JO": {"region": "middle-east-north-africa", "en": {"name": "Jordan"}},
    "LB": {"region": "middle-east-north-africa", "en": {"name": "Lebanon"}},
    "MA": {"region": "middle-east-north-africa", "en": {"name": "Morocco"}},
    "TN": {"region": "middle-east-north-africa", "en": {"name": "Tunisia"}},
    # North America
    "CA": {"region": "north-america", "en": {"name": "Canada"}},
    "US": {"region": "north-america", "en": {"name": "United States"}},
}

TOPICS = {
    "fiscal-decentralization": {
        "en": {
            "name": "Fiscal decentralization",
            "description": "How revenue, spending responsibilities and borrowing powers are divided between "
            "central, regional and local governments.",
        }
    },
    "intergovernmental-fiscal-transfers": {
        "en": {
            "name": "Intergovernmental fiscal transfers",
            "description": "Grants and revenue shares that move money from one level of government to "
            "another, and the formulas and conditions attached to them.",
        }
    },
    "own-source-revenue": {
        "en": {
            "name": "Own-source revenue",
            "description": "Taxes, fees and charges that local governments set or collect themselves, from "
            "property tax to market fees.",
        }
    },
    "local-public-financial-management": {
        "en": {
            "name": "Local public financial management",
            "description": "Planning, budgeting, procurement, accounting, reporting and audit as practised "
            "by local governments.",
        }
    },
    "local-service-delivery": {
        "en": {
            "name": "Local service delivery",
            "description": "Who provides schools, clinics, water, roads and waste collection on the ground, "
            "and how well those services reach people.",
        }
    },
    "subnational-borrowing": {
        "en": {
            "name": "Subnational borrowing",
            "description": "The rules, markets and safeguards that govern loans and bonds taken on by "
            "regions, provinces and municipalities.",
        }
    },
    "local-elections-accountability": {
        "en": {
            "name": "Local elections & accountability",
            "description": "Elected councils and mayors, and the channels through which residents hold "
            "local officials to account between elections.",
        }
    },
    "urban-governance": {
        "en": {
            "name": "Urban governance",
            "description": "How cities and metropolitan areas are organised, financed and coordinated as "
            "they grow.",
        }
    },
    "multilevel-governance": {
        "en": {
            "name": "Multilevel governance",
            "description": "The division of power, money and coordination across the levels of the public "
            "sector, seen as one system rather than separate tiers.",
        }
    },
    "sdg-localization": {
        "en": {
            "name": "Localization of the SDGs",
            "description": "Turning the Sustainable Development Goals into local plans, budgets and "
            "indicators that subnational governments can act on.",
        }
    },
    "public-sector-reform": {
        "en": {
            "name": "Public sector reform",
            "description": "Changes to the structure, incentives and management of government "
            "institutions, including civil service and territorial reform.",
        }
    },
    "local-climate-finance": {
        "en": {
            "name": "Climate finance at the local level",
            "description": "Channelling adaptation and mitigation funding to and through subnational "
            "governments.",
        }
    },
    "gender-local-governance": {
        "en": {
            "name": "Gender and local governance",
            "description": "Women's representation in local institutions and the gender effects of local "
            "budgets and services.",
        }
    },
}

RESOURCE_TYPES = {
    "primer": {"en": {"name": "Primer"}},
    "assessment-framework": {"en": {"name": "Assessment framework"}},
    "intergovernmental-profile": {"en": {"name": "Intergovernmental profile"}},
    "databook": {"en": {"name": "Databook"}},
    "glossary": {"en": {"name": "Glossary"}},
    "training-material": {"en": {"name": "Training material"}},
    "report": {"en": {"name": "Report"}},
    "other": {"en": {"name": "Other"}},
}


# ---------------------------------------------------------------------- translations
# Names in French, Spanish, Portuguese and Arabic, merged into the entries above as "fr"/"es"/"pt"/"ar" text.

_REGION_NAMES = {
    "africa": ("Afrique", "África", "África", "أفريقيا"),
    "asia-pacific": ("Asie-Pacifique", "Asia-Pacífico", "Ásia-Pacífico", "آسيا والمحيط الهادئ"),
    "europe-central-asia": (
        "Europe et Asie centrale",
        "Europa y Asia Central",
        "Europa e Ásia Central",
        "أوروبا وآسيا الوسطى",
    ),
    "latin-america-caribbean": (
        "Amérique latine et Caraïbes",
        "América Latina y el Caribe",
        "América Latina e Caribe",
        "أمريكا اللاتينية والكاريبي",
    ),
    "middle-east-north-africa": (
        "Moyen-Orient et Afrique du Nord",
        "Oriente Medio y Norte de África",
        "Oriente Médio e Norte da África",
        "الشرق الأوسط وشمال أفريقيا",
    ),
    "north-america": ("Amérique du Nord", "América del Norte", "América do Norte", "أمريكا الشمالية"),
}

_COUNTRY_NAMES = {
    "BJ": ("Bénin", "Benín", "Benim", "بنين"),
    "BF": ("Burkina Faso", "Burkina Faso", "Burkina Faso", "بوركينا فاسو"),
    "CM": ("Cameroun", "Camerún", "Camarões", "الكاميرون"),
    "ET": ("Éthiopie", "Etiopía", "Etiópia", "إثيوبيا"),
    "GH": ("Ghana", "Ghana", "Gana", "غانا"),
    "KE": ("Kenya", "Kenia", "Quênia", "كينيا"),
    "MG": ("Madagascar", "Madagascar", "Madagáscar", "مدغشقر"),
    "MW": ("Malawi", "Malaui", "Malawi", "ملاوي"),
    "ML": ("Mali", "Malí", "Mali", "مالي"),
    "MZ": ("Mozambique", "Mozambique", "Moçambique", "موزمبيق"),
    "NG": ("Nigeria", "Nigeria", "Nigéria", "نيجيريا"),
    "RW": ("Rwanda", "Ruanda", "Ruanda", "رواندا"),
    "SN": ("Sénégal", "Senegal", "Senegal", "السنغال"),
    "SL": ("Sierra Leone", "Sierra Leona", "Serra Leoa", "سيراليون"),
    "ZA": ("Afrique du Sud", "Sudáfrica", "África do Sul", "جنوب أفريقيا"),
    "TZ": ("Tanzanie", "Tanzania", "Tanzânia", "تنزانيا"),
    "UG": ("Ouganda", "Uganda", "Uganda", "أوغندا"),
    "ZM": ("Zambie", "Zambia", "Zâmbia", "زامبيا"),
    "BD": ("Bangladesh", "Bangladés", "Bangladesh", "بنغلاديش"),
    "KH": ("Cambodge", "Camboya", "Camboja", "كمبوديا"),
    "IN": ("Inde", "India", "Índia", "الهند"),
    "ID": ("Indonésie", "Indonesia", "Indonésia", "إندونيسيا"),
    "MN": ("Mongolie", "Mongolia", "Mongólia", "منغوليا"),
    "NP": ("Népal", "Nepal", "Nepal", "نيبال"),
    "PK": ("Pakistan", "Pakistán", "Paquistão", "باكستان"),
    "PG": ("Papouasie-Nouvelle-Guinée", "Papúa Nueva Guinea", "Papua-Nova Guiné", "بابوا غينيا الجديدة"),
    "PH": ("Philippines", "Filipinas", "Filipinas", "الفلبين"),
    "LK": ("Sri Lanka", "Sri Lanka", "Sri Lanka", "سريلانكا"),
    "TL": ("Timor-Leste", "Timor Oriental", "Timor-Leste", "تيمور الشرقية"),
    "VN": ("Viet Nam", "Vietnam", "Vietname", "فيت نام"),
    "AL": ("Albanie", "Albania", "Albânia", "ألبانيا"),
    "FR": ("France", "Francia", "França", "فرنسا"),
    "GE": ("Géorgie", "Georgia", "Geórgia", "جورجيا"),
    "DE": ("Allemagne", "Alemania", "Alemanha", "ألمانيا"),
    "KZ": ("Kazakhstan", "Kazajistán", "Cazaquistão", "كازاخستان"),
    "KG": ("Kirghizistan", "Kirguistán", "Quirguistão", "قيرغيزستان"),
    "MD": ("Moldavie", "Moldavia", "Moldávia", "مولدوفا"),
    "MK": ("Macédoine du Nord", "Macedonia del Norte", "Macedônia do Norte", "مقدونيا الشمالية"),
    "PL": ("Pologne", "Polonia", "Polônia", "بولندا"),
    "ES": ("Espagne", "España", "Espanha", "إسبانيا"),
    "UA": ("Ukraine", "Ucrania", "Ucrânia", "أوكرانيا"),
    "BO": ("Bolivie", "Bolivia", "Bolívia", "بوليفيا"),
    "BR": ("Brésil", "Brasil", "Brasil", "البرازيل"),
    "CL": ("Chili", "Chile", "Chile", "تشيلي"),
    "CO": ("Colombie", "Colombia", "Colômbia", "كولومبيا"),
    "EC": ("Équateur", "Ecuador", "Equador", "الإكوادور"),
    "GT": ("Guatemala", "Guatemala", "Guatemala", "غواتيمالا"),
    "HN": ("Honduras", "Honduras", "Honduras", "هندوراس"),
    "MX": ("Mexique", "México", "México", "المكسيك"),
    "PE": ("Pérou", "Perú", "Peru", "بيرو"),
    "EG": ("Égypte", "Egipto", "Egito", "مصر"),
    "IQ": ("Irak", "Irak", "Iraque", "العراق"),
    "JO": ("Jordanie", "Jordania", "Jordânia", "الأردن"),
    "LB": ("Liban", "Líbano", "Líbano", "لبنان"),
    "MA": ("Maroc", "Marruecos", "Marrocos", "المغرب"),
    "TN": ("Tunisie", "Túnez", "Tunísia", "تونس"),
    "CA": ("Canada", "Canadá", "Canadá", "كندا"),
    "US": ("États-Unis", "Estados Unidos", "Estados Unidos", "الولايات المتحدة"),
}

_TOPIC_TEXT = {
    "fiscal-decentralization": {
        "fr": (
            "Décentralisation budgétaire",
            "Comment les recettes, les compétences de dépense et le pouvoir d'emprunt sont répartis entre "
            "l'État central, les régions et les collectivités locales.",
        ),
        "es": (
            "Descentralización fiscal",
            "Cómo se reparten los ingresos, las responsabilidades de gasto y la capacidad de endeudamiento "
            "entre el gobierno central, los gobiernos regionales y los locales.",
        ),
        "pt": (
            "Descentralização fiscal",
            "Como as receitas, as responsabilidades de despesa e o poder de endividamento se dividem entre o "
            "governo central, os governos regionais e os locais.",
        ),
        "ar": (
            "اللامركزية المالية",
            "كيف تتوزع الإيرادات ومسؤوليات الإنفاق وصلاحيات الاقتراض بين الحكومة المركزية والحكومات "
            "الإقليمية والمحلية.",
        ),
    },
    "intergovernmental-fiscal-transfers": {
        "fr": (
            "Transferts budgétaires intergouvernementaux",
            "Dotations et partages de recettes qui font passer l'argent d'un niveau d'administration à "
            "l'autre, avec les formules et les conditions qui les accompagnent.",
        ),
        "es": (
            "Transferencias fiscales intergubernamentales",
            "Subvenciones y participaciones en ingresos que llevan dinero de un nivel de gobierno a otro, y "
            "las fórmulas y condiciones que las acompañan.",
        ),
        "pt": (
            "Transferências fiscais intergovernamentais",
            "Subvenções e partilhas de receitas que levam dinheiro de um nível de governo a outro, e as "
            "fórmulas e condições associadas.",
        ),
        "ar": (
            "التحويلات المالية بين مستويات الحكم",
            "المنح وحصص الإيرادات التي تنقل الأموال من مستوى حكومي إلى آخر، والصيغ والشروط المرتبطة بها.",
        ),
    },
    "own-source-revenue": {
        "fr": (
            "Ressources propres",
            "Impôts, taxes et redevances que les collectivités locales fixent ou perçoivent elles-mêmes, de "
            "l'impôt foncier aux droits de marché.",
        ),
        "es": (
            "Ingresos propios",
            "Impuestos, tasas y cargos que los gobiernos locales fijan o recaudan por sí mismos, desde el "
            "impuesto predial hasta las tasas de mercado.",
        ),
        "pt": (
            "Receitas próprias",
            "Impostos, taxas e tarifas que os governos locais fixam ou arrecadam por conta própria, do "
            "imposto predial às taxas de mercado.",
        ),
        "ar": (
            "الإيرادات الذاتية",
            "الضرائب والرسوم والأجور التي تحددها الحكومات المحلية أو تحصّلها بنفسها، من ضريبة العقارات إلى "
            "رسوم الأسواق.",
        ),
    },
    "local-public-financial-management": {
        "fr": (
            "Gestion des finances publiques locales",
            "Planification, budgétisation, marchés publics, comptabilité, rapports et audit tels que les "
            "pratiquent les collectivités locales.",
        ),
        "es": (
            "Gestión financiera pública local",
            "Planificación, presupuestación, contratación, contabilidad, informes y auditoría tal como los "
            "practican los gobiernos locales.",
        ),
        "pt": (
            "Gestão financeira pública local",
            "Planejamento, orçamento, compras públicas, contabilidade, relatórios e auditoria tal como os "
            "praticam os governos locais.",
        ),
        "ar": (
            "الإدارة المالية العامة المحلية",
            "التخطيط والموازنة والمشتريات والمحاسبة والتقارير والتدقيق كما تمارسها الحكومات المحلية.",
        ),
    },
    "local-service-delivery": {
        "fr": (
            "Prestation des services locaux",
            "Qui assure sur le terrain les écoles, les centres de santé, l'eau, les routes et la collecte "
            "des déchets, et dans quelle mesure ces services atteignent la population.",
        ),
        "es": (
            "Prestación de servicios locales",
            "Quién presta sobre el terreno escuelas, centros de salud, agua, caminos y recolección de "
            "residuos, y hasta qué punto esos servicios llegan a la gente.",
        ),
        "pt": (
            "Prestação de serviços locais",
            "Quem presta no terreno escolas, postos de saúde, água, estradas e coleta de lixo, e em que "
            "medida esses serviços chegam às pessoas.",
        ),
        "ar": (
            "تقديم الخدمات المحلية",
            "من يقدّم على أرض الواقع المدارس والعيادات والمياه والطرق وجمع النفايات، وإلى أي حد تصل هذه "
            "الخدمات إلى الناس.",
        ),
    },
    "subnational-borrowing": {
        "fr": (
            "Emprunt infranational",
            "Les règles, les marchés et les garde-fous qui encadrent les prêts et les obligations des "
            "régions, provinces et communes.",
        ),
        "es": (
            "Endeudamiento subnacional",
            "Las reglas, los mercados y las salvaguardias que rigen los préstamos y bonos de regiones, "
            "provincias y municipios.",
        ),
        "pt": (
            "Endividamento subnacional",
            "As regras, os mercados e as salvaguardas que regem os empréstimos e títulos de regiões, "
            "províncias e municípios.",
        ),
        "ar": (
            "الاقتراض دون الوطني",
            "القواعد والأسواق والضمانات التي تحكم القروض والسندات التي تحصل عليها الأقاليم والمحافظات "
            "والبلديات.",
        ),
    },
    "local-elections-accountability": {
        "fr": (
            "Élections locales et redevabilité",
            "Conseils et maires élus, et les voies par lesquelles les habitants demandent des comptes aux "
            "élus locaux entre deux élections.",
        ),
        "es": (
            "Elecciones locales y rendición de cuentas",
            "Concejos y alcaldes electos, y los canales por los que los vecinos piden cuentas a las "
            "autoridades locales entre elecciones.",
        ),
        "pt": (
            "Eleições locais e prestação de contas",
            "Câmaras e prefeitos eleitos, e os canais pelos quais os moradores cobram contas das autoridades "
            "locais entre as eleições.",
        ),
        "ar": (
            "الانتخابات المحلية والمساءلة",
            "المجالس ورؤساء البلديات المنتخبون، والقنوات التي يحاسب بها السكان المسؤولين المحليين بين "
            "الانتخابات.",
        ),
    },
    "urban-governance": {
        "fr": (
            "Gouvernance urbaine",
            "Comment les villes et les aires métropolitaines s'organisent, se financent et se coordonnent à "
            "mesure qu'elles grandissent.",
        ),
        "es": (
            "Gobernanza urbana",
            "Cómo se organizan, financian y coordinan las ciudades y las áreas metropolitanas a medida que "
            "crecen.",
        ),
        "pt": (
            "Governança urbana",
            "Como as cidades e as regiões metropolitanas se organizam, se financiam e se coordenam à medida "
            "que crescem.",
        ),
        "ar": ("الحوكمة الحضرية", "كيف تُنظَّم المدن والمناطق الحضرية الكبرى وتُموَّل وتُنسَّق مع نموها."),
    },
    "multilevel-governance": {
        "fr": (
            "Gouvernance multiniveau",
            "La répartition du pouvoir, de l'argent et de la coordination entre les niveaux du secteur "
            "public, vue comme un seul système plutôt que comme des échelons séparés.",
        ),
        "es": (
            "Gobernanza multinivel",
            "El reparto del poder, el dinero y la coordinación entre los niveles del sector público, "
            "entendido como un solo sistema y no como niveles separados.",
        ),
        "pt": (
            "Governança multinível",
            "A divisão de poder, dinheiro e coordenação entre os níveis do setor público, vista como um só "
            "sistema e não como esferas separadas.",
        ),
        "ar": (
            "الحوكمة متعددة المستويات",
            "توزيع السلطة والمال والتنسيق بين مستويات القطاع العام، بوصفها نظامًا واحدًا لا طبقات منفصلة.",
        ),
    },
    "sdg-localization": {
        "fr": (
            "Localisation des ODD",
            "Traduire les objectifs de développement durable en plans, budgets et indicateurs locaux sur "
            "lesquels les collectivités infranationales peuvent agir.",
        ),
        "es": (
            "Localización de los ODS",
            "Convertir los Objetivos de Desarrollo Sostenible en planes, presupuestos e indicadores locales "
            "sobre los que los gobiernos subnacionales puedan actuar.",
        ),
        "pt": (
            "Localização dos ODS",
            "Transformar os Objetivos de Desenvolvimento Sustentável em planos, orçamentos e indicadores "
            "locais sobre os quais os governos subnacionais possam agir.",
        ),
        "ar": (
            "توطين أهداف التنمية المستدامة",
            "تحويل أهداف التنمية المستدامة إلى خطط وموازنات ومؤشرات محلية تستطيع الحكومات دون الوطنية "
            "العمل بها.",
        ),
    },
    "public-sector-reform": {
        "fr": (
            "Réforme du secteur public",
            "Changements apportés à la structure, aux incitations et à la gestion des institutions "
            "publiques, y compris la fonction publique et la réforme territoriale.",
        ),
        "es": (
            "Reforma del sector público",
            "Cambios en la estructura, los incentivos y la gestión de las instituciones públicas, incluidas "
            "la función pública y la reforma territorial.",
        ),
        "pt": (
            "Reforma do setor público",
            "Mudanças na estrutura, nos incentivos e na gestão das instituições públicas, incluindo o "
            "serviço público e a reforma territorial.",
        ),
        "ar": (
            "إصلاح القطاع العام",
            "تغييرات في بنية المؤسسات الحكومية وحوافزها وإدارتها، بما في ذلك الخدمة المدنية والإصلاح "
            "الإقليمي.",
        ),
    },
    "local-climate-finance": {
        "fr": (
            "Financement climatique local",
            "Acheminer les fonds d'adaptation et d'atténuation vers et par les collectivités "
            "infranationales.",
        ),
        "es": (
            "Financiamiento climático local",
            "Canalizar fondos de adaptación y mitigación hacia y a través de los gobiernos subnacionales.",
        ),
        "pt": (
            "Financiamento climático local",
            "Canalizar recursos de adaptação e mitigação para e por meio dos governos subnacionais.",
        ),
        "ar": (
            "تمويل المناخ على المستوى المحلي",
            "توجيه تمويل التكيف والتخفيف إلى الحكومات دون الوطنية وعبرها.",
        ),
    },
    "gender-local-governance": {
        "fr": (
            "Genre et gouvernance locale",
            "La représentation des femmes dans les institutions locales et les effets des budgets et "
            "services locaux selon le genre.",
        ),
        "es": (
            "Género y gobernanza local",
            "La representación de las mujeres en las instituciones locales y los efectos de género de los "
            "presupuestos y servicios locales.",
        ),
        "pt": (
            "Gênero e governança local",
            "A representação das mulheres nas instituições locais e os efeitos de gênero dos orçamentos e "
            "serviços locais.",
        ),
        "ar": (
            "النوع الاجتماعي والحوكمة المحلية",
            "تمثيل المرأة في المؤسسات المحلية والآثار الجندرية للموازنات والخدمات المحلية.",
        ),
    },
}

_RESOURCE_TYPE_NAMES = {
    "primer": ("Introduction", "Guía introductoria", "Guia introdutório", "دليل تمهيدي"),
    "assessment-framework": (
        "Cadre d'évaluation",
        "Marco de evaluación",
        "Quadro de avaliação",
        "إطار تقييم",
    ),
    "intergovernmental-profile": (
        "Profil intergouvernemental",
        "Perfil intergubernamental",
        "Perfil intergovernamental",
        "ملف العلاقات بين مستويات الحكم",
    ),
    "databook": ("Recueil de données", "Compendio de datos", "Compêndio de dados", "كتاب بيانات"),
    "glossary": ("Glossaire", "Glosario", "Glossário", "مسرد"),
    "training-material": (
        "Matériel de formation",
        "Material de formación",
        "Material de formação",
        "مواد تدريبية",
    ),
    "report": ("Rapport", "Informe", "Relatório", "تقرير"),
    "other": ("Autre", "Otro", "Outro", "أخرى"),
}

_LANGUAGES = ("fr", "es", "pt", "ar")
for _slug, _names in _REGION_NAMES.items():
    for _code, _name in zip(_LANGUAGES, _names, strict=True):
        REGIONS[_slug][_code] = {"name": _name}
for _iso, _names in _COUNTRY_NAMES.items():
    for _code, _name in zip(_LANGUAGES, _names, strict=True):
        COUNTRIES[_iso][_code] = {"name": _name}
for _slug, _texts in _TOPIC_TEXT.items():
    for _code, (_name, _description) in _texts.items():
        TOPICS[_slug][_code] = {"name": _name, "description": _description}
for _slug, _names in _RESOURCE_TYPE_NAMES.items():
    for _code, _name in zip(_LANGUAGES, _names, strict=True):
        RESOURCE_TYPES[_slug][_code] = {"name": _name}
