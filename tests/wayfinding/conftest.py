from tests.i18n.conftest import compiled_messages, locales, shared_home_translations, translated_home  # noqa: F401 (fixtures)
