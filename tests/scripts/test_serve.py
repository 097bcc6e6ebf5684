"""The production-like server helper shared by the browser tests and the benchmarks finds the project."""

from scripts import serve, site_pages


def test_the_helper_runs_manage_py_from_the_project_root():
    assert (serve.PROJECT / "manage.py").is_file()
    assert (serve.PROJECT / "scripts" / "serve_wsgi.py").is_file()


def test_the_pages_cover_the_source_language_and_a_right_to_left_one(settings):
    assert site_pages.LANGUAGES[0] == settings.LANGUAGE_CODE
    assert site_pages.LANGUAGES[1] in dict(settings.LANGUAGES)
    assert set(site_pages.SEARCH_WORD) == set(site_pages.LANGUAGES)
    assert all(
        path.startswith(f"/{lang}/")
        for lang in site_pages.LANGUAGES
        for path in site_pages.page_paths(lang).values()
    )


def test_ports_are_free_loopback_ports():
    assert 1024 <= serve.free_port() <= 65535
