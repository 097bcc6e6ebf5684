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
