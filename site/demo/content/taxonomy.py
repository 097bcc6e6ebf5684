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
