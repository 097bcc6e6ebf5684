"""On a real engine, the index carries the analysis of every language of the table (multilingual.languages):
its stemmer exists under the name the engine knows, and the default analyzer runs it."""

import pytest
from wagtail.models import Page

from multilingual import languages


@pytest.mark.parametrize("language", languages.LANGUAGE_TABLE, ids=lambda language: language.code)
def test_the_engine_knows_each_languages_stemmer(search_engine_session, language):
    if search_engine_session is None:
        pytest.skip("needs OPENSEARCH_URL or ELASTICSEARCH_URL")
    if language.stemmer is None:
        pytest.skip(f"{language.code}: no stemming (explicitly)")
    index = search_engine_session.get_index_for_model(Page).name
    name = languages.stemmer_filter_name(language)
    settings = search_engine_session.es.indices.get_settings(index=index)
    analysis = next(iter(settings.values()))["settings"]["index"]["analysis"]
    assert analysis["filter"][name]["language"] == language.stemmer
    assert name in analysis["analyzer"]["default"]["filter"]
    tokens = search_engine_session.es.indices.analyze(
        index=index, body={"tokenizer": "standard", "filter": ["lowercase", name], "text": "municipalities"}
    )["tokens"]
    assert [token["token"] for token in tokens]
