from tests.i18n.conftest import compiled_messages, locales, translated_home  # noqa: F401 (fixtures)
