"""Index updates through Django tasks (search/index_updates.py, `manage.py task_worker`), without a cluster.

With the database task backend a publish writes its engine update to the queue in its own transaction and
the database index at once; the worker retries the update with a bounded backoff while the engine is down,
and runs again what a killed worker abandoned. The cluster itself: tests/search/test_cluster.py.
"""

import logging
import subprocess
from datetime import timedelta

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from opensearchpy.exceptions import ConnectionError as EngineConnectionError
from opensearchpy.exceptions import ConnectionTimeout, NotFoundError, RequestError, TransportError

from blog.models import BlogPostAuthor, BlogPostPage
from search import index_updates
from search.engine import backend_for
from search.index_updates import engine_takes_writes, is_transient, retry_delay, update_engine_index
from search.management.commands.task_worker import HOST, EngineWatch, requeue_abandoned
from tests.factories import (
    BlogPostPageFactory,
    CountryFactory,
    PersonFactory,
    RegionFactory,
    TopicFactory,
    add_author,
)
from tests.search.conftest import engine_in_use, searchable
from tests.search.test_degraded import broken_engine_backends

IMMEDIATE = "django_tasks.backends.immediate.ImmediateBackend"
QUEUE = {"default": {"BACKEND": IMMEDIATE}, "search": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def engine_down(settings):
    settings.WAGTAILSEARCH_BACKENDS = broken_engine_backends()
    settings.SEARCH_FALLBACK_BACKEND = "database"


@pytest.fixture
def queued(engine_down, settings, monkeypatch):
    # The worker closes connections it finds in a transaction, as the test's is: not in process here.
    monkeypatch.setattr("search.management.commands.task_worker.close_old_connections", lambda: None)
    settings.TASKS = QUEUE
    settings.SEARCH_INDEX_RETRY_SECONDS = 1
    settings.SEARCH_INDEX_RETRY_MAX_SECONDS = 2


def updates():
    return DBTaskResult.objects.filter(task_path=update_engine_index.module_path).order_by(
        "enqueued_at", "id"
    )


def found_in_database_index(word: str) -> list[str]:
    return [page.title for page in backend_for("database").search(word, BlogPostPage.objects.all())]


def test_a_publish_queues_the_engine_update_in_its_transaction_and_indexes_the_database_at_once(
    queued, blog_index
):
    with transaction.atomic():
        post = BlogPostPageFactory(parent=blog_index, title="Resilient municipal budgets")
        pending = list(updates())
    assert [(u.status, u.args_kwargs["args"]) for u in pending] == [
        ("READY", ["default", "blog", "blogpostpage", str(post.pk)])
    ]
    assert found_in_database_index("resilient") == ["Resilient municipal budgets"]

    post.title = "Resilient county budgets"
    post.save_revision().publish()  # a save queues one update per save
    assert updates().count() > 1


def test_the_queued_updates_of_one_object_run_once(queued, blog_index):
    post = BlogPostPageFactory(parent=blog_index, title="Fiscal decentralization in Kenya")
    other = BlogPostPageFactory(parent=blog_index, title="Fiscal decentralization in Ghana")
    post.title = "Fiscal decentralization in Kenya, revised"
    post.save_revision().publish()  # one update per save
    mine = [u.id for u in updates() if u.args_kwargs["args"][3] == str(post.pk)]
    assert len(mine) > 2
    taken_elsewhere = update_engine_index.enqueue("default", "blog", "blogpostpage", str(post.pk))
    DBTaskResult.objects.filter(id=taken_elsewhere.id).update(status="RUNNING", worker_ids=["elsewhere:1:x"])

    call_command("task_worker", "--batch", "--max-tasks", "1", verbosity=0)  # the engine is down: it fails
    rows = {u.id: u for u in updates()}
    first = rows[mine[0]]
    assert first.return_value.startswith("retry in ")
    assert [rows[pk].return_value for pk in mine[1:]] == [f"merged into {first.id}"] * (len(mine) - 1)
    assert DBTaskResult.objects.get(id=taken_elsewhere.id).status == "RUNNING"  # another worker's: left alone
    by_object = [u for u in updates() if u.status == "READY"]
    assert sorted(u.args_kwargs["args"][3] for u in by_object) == sorted([str(other.pk), str(post.pk)])


def test_the_worker_runs_the_waiting_updates_as_soon_as_the_engine_is_back(
    queued, blog_index, settings, monkeypatch
):
    settings.SEARCH_INDEX_PROBE_SECONDS = 0
    settings.SEARCH_INDEX_RETRY_SECONDS = 60  # a backoff far longer than the wait for the engine
    settings.SEARCH_INDEX_RETRY_MAX_SECONDS = 60
    BlogPostPageFactory(parent=blog_index, title="Municipal bonds in Peru")
    index_updates.unreachable_engines.clear()
    call_command("task_worker", "--batch", verbosity=0)  # unreachable: the retry waits 60 s
    assert index_updates.unreachable_engines == {"default"}
    (waiting,) = updates().filter(status="READY")
    watch = EngineWatch("search")
    watch.probed.add("default")  # not the worker's first look

    assert watch.check() == 0  # the probe finds the engine still down (a real closed port)
    assert updates().get(id=waiting.id).run_after > timezone.now() + timedelta(seconds=50)

    monkeypatch.setattr(index_updates, "engine_takes_writes", lambda alias: True)  # the engine is back
    assert watch.check() == 1  # due now
    assert updates().get(id=waiting.id).run_after <= timezone.now()
    assert watch.check() == 0  # nothing waits any more

    # An engine that answers all along (updates wait after a refusal, e.g. a 429) keeps its backoff.
    DBTaskResult.objects.filter(id=waiting.id).update(run_after=timezone.now() + timedelta(seconds=60))
    assert watch.check() == 0
    assert updates().get(id=waiting.id).run_after > timezone.now() + timedelta(seconds=50)
    # A worker that starts and finds updates waiting tries them once at once.
    assert EngineWatch("search").check() == 1


def test_the_probe_asks_the_engine_whether_it_takes_writes(settings):
    if engine_in_use() == "database":
        settings.WAGTAILSEARCH_BACKENDS = broken_engine_backends()
        assert engine_takes_writes("default") is False  # a real closed port
    else:
        assert engine_takes_writes("default") is True  # the stage's real node


def test_a_rolled_back_change_queues_nothing(queued, blog_index):
    with pytest.raises(RuntimeError), transaction.atomic():
        BlogPostPageFactory(parent=blog_index, title="Never published")
        raise RuntimeError
    assert not updates().exists()


def test_the_worker_retries_while_the_engine_is_down_with_a_bounded_backoff(queued, blog_index, caplog):
    BlogPostPageFactory(parent=blog_index, title="Fiscal transfers in Nepal")
    delays = []
    with caplog.at_level(logging.WARNING, logger="search.index_updates"):
        for _ in range(4):
            call_command("task_worker", "--batch", verbosity=0)
            *done, waiting = updates()
            assert done[-1].status == "SUCCESSFUL" and done[-1].return_value.startswith("retry in ")
            assert waiting.status == "READY"
            delays.append(round((waiting.run_after - waiting.enqueued_at).total_seconds()))  # queued then
            DBTaskResult.objects.filter(id=waiting.id).update(run_after=timezone.now())  # time passes
    assert delays == [1, 2, 2, 2]  # doubling from 1 s, capped at SEARCH_INDEX_RETRY_MAX_SECONDS
    assert [(u.args_kwargs["args"] + [0])[4] for u in updates()] == [0, 1, 2, 3, 4]  # the attempt number
    assert "did not take blog.blogpostpage" in caplog.text


def test_without_a_worker_the_immediate_backend_keeps_the_embedded_behaviour(engine_down, blog_index, caplog):
    with caplog.at_level(logging.WARNING, logger="search.index_updates"):
        BlogPostPageFactory(parent=blog_index, title="Local elections in Uganda")
    assert found_in_database_index("uganda") == ["Local elections in Uganda"]
    assert "not retried without a task worker" in caplog.text
    assert not updates().exists()


def test_the_worker_refuses_a_backend_without_a_queue(settings):
    settings.TASKS = {"default": {"BACKEND": IMMEDIATE}, "search": {"BACKEND": IMMEDIATE}}
    with pytest.raises(CommandError, match="SEARCH_TASKS_BACKEND=database"):
        call_command("task_worker", "--batch")


def test_runs_abandoned_by_a_dead_worker_or_silent_too_long_are_queued_again(queued, settings):
    settings.SEARCH_INDEX_TASK_ABANDONED_SECONDS = 300
    ended = subprocess.Popen(["true"])
    ended.wait()
    workers = {
        "dead here": f"{HOST}:{ended.pid}:abc",
        "alive here": f"{HOST}:{subprocess.os.getpid()}:abc",
        "elsewhere, recent": "another-host:1:abc",
        "elsewhere, silent": "another-host:2:abc",
    }
    ids = {}
    for name, worker in workers.items():
        result = update_engine_index.enqueue("default", "blog", "blogpostpage", "1")
        started = timezone.now() - timedelta(seconds=600 if name.endswith("silent") else 1)
        DBTaskResult.objects.filter(id=result.id).update(
            status="RUNNING", worker_ids=[worker], started_at=started
        )
        ids[name] = result.id
    assert requeue_abandoned("search") == 2
    status = {name: DBTaskResult.objects.get(id=pk).status for name, pk in ids.items()}
    assert status == {
        "dead here": "READY",
        "alive here": "RUNNING",
        "elsewhere, recent": "RUNNING",
        "elsewhere, silent": "READY",
    }


def test_only_the_engines_refusal_of_the_request_itself_is_final():
    assert is_transient(EngineConnectionError("N/A", "refused", None))
    assert is_transient(ConnectionTimeout("TIMEOUT", "timed out", None))
    for status in (500, 502, 503, 408, 429):
        assert is_transient(TransportError(status, "error", {})), status
    assert not is_transient(RequestError(400, "mapper_parsing_exception", {}))
    # The index, not the document: a cluster recovering its state after a restart answered so (test_cluster)
    assert is_transient(RequestError(400, "invalid_index_name_exception", "already exists as alias"))
    assert is_transient(NotFoundError(404, "index_not_found_exception", {}))
    assert not is_transient(TransportError(403, "forbidden", {}))


def test_the_backoff_doubles_up_to_its_cap(settings):
    settings.SEARCH_INDEX_RETRY_SECONDS = 0.5
    settings.SEARCH_INDEX_RETRY_MAX_SECONDS = 5
    assert [retry_delay(n) for n in range(6)] == [0.5, 1, 2, 4, 5, 5]
    assert retry_delay(10_000) == 5


def _post_with(blog_index, how_many: int) -> BlogPostPage:
    """A post with ``how_many`` authors, topics and countries (of one region), each named by a word of its
    own (``t12x3n0``: the blog index, how many, which one) so that a search finds it by that word."""
    word = f"{blog_index.pk}x{how_many}"
    region = RegionFactory(name=f"Region r{word}")
    post = BlogPostPageFactory(
        parent=blog_index,
        topics=[TopicFactory(name=f"Topic t{word}n{n}") for n in range(how_many)],
        countries=[CountryFactory(name=f"Country c{word}n{n}", region=region) for n in range(how_many)],
    )
    for n in range(how_many):
        add_author(post, PersonFactory(name=f"Author a{word}n{n}"))
    return post


def _documents_read(post: BlogPostPage) -> list[str]:
    """What indexing the post reads through its search fields' relations."""
    return (
        [author.person.name for author in post.authors.all()]
        + [topic.name for topic in post.topics.all()]
        + [f"{country.name} {country.region.name}" for country in post.countries.all()]
    )


def test_indexing_reads_each_relation_of_the_search_fields_once_however_many_related_objects(
    blog_index, django_assert_num_queries
):
    one, three = _post_with(blog_index, 1), _post_with(blog_index, 3)
    # The post, its authors and their people, its topics, its countries and their region, and whether the
    # post is among the indexed objects: 7 reads for one related object each as for three, and none while
    # the document is built (17 reads for one and 29 for three before the prefetch).
    for post, names in ((one, 3), (three, 9)):
        with django_assert_num_queries(7):
            indexed = index_updates.indexed_objects(BlogPostPage, [post.pk])[post.pk]
        with django_assert_num_queries(0):
            assert len(_documents_read(indexed)) == names


def test_the_database_index_holds_every_related_name_after_a_save(blog_index, settings):
    settings.WAGTAILSEARCH_BACKENDS = {"default": broken_engine_backends()["database"]}
    post = _post_with(blog_index, 3)
    post.save_revision().publish()
    backend = backend_for("default")
    for name in _documents_read(post):
        found = backend.search(name.split()[-1], BlogPostPage.objects.live(), operator="and")
        assert post.pk in [page.pk for page in found], name


def test_indexing_many_posts_checks_them_in_one_query(blog_index, django_assert_num_queries):
    posts = [_post_with(blog_index, 1), _post_with(blog_index, 2), _post_with(blog_index, 3)]
    # The same 7 reads for three posts as for one: the check that each is an indexed object is one query.
    with django_assert_num_queries(7):
        indexed = index_updates.indexed_objects(BlogPostPage, [post.pk for post in posts])
    assert sorted(indexed) == sorted(post.pk for post in posts)
    assert all(type(page) is BlogPostPage for page in indexed.values())


def test_an_edit_of_a_posts_relations_reaches_the_index_with_its_publish(blog_index, client, settings):
    """A page writes its relations (topics, countries, authors) after Django's post_save: indexed there, a
    post kept its old topic in the index (its text, the engine's facet fields) until its next save."""
    settings.SEARCH_API_RATE_LIMIT = "off"
    region = RegionFactory(name="Region redit")
    old_topic, new_topic = TopicFactory(name="Topic toldedit"), TopicFactory(name="Topic tnewedit")
    old_country = CountryFactory(name="Country coldedit", region=region)
    new_country = CountryFactory(name="Country cnewedit", region=region)
    post = BlogPostPageFactory(
        parent=blog_index, title="Relations edited", topics=[old_topic], countries=[old_country]
    )
    add_author(post, PersonFactory(name="Author aoldedit"))

    # As the admin's edit view publishes: the revision holds the new relations, publishing saves the page.
    post = BlogPostPage.objects.get(pk=post.pk)
    post.topics.set([new_topic])
    post.countries.set([new_country])
    post.authors.clear()
    post.authors.add(BlogPostAuthor(person=PersonFactory(name="Author anewedit")))
    post.save_revision().publish()
    searchable()

    backend = backend_for("default")
    found = {"tnewedit": True, "cnewedit": True, "anewedit": True}
    found |= {"toldedit": False, "coldedit": False, "aoldedit": False}
    for word, expected in found.items():
        hits = [page.pk for page in backend.search(word, BlogPostPage.objects.live(), operator="and")]
        assert (post.pk in hits) is expected, word
    answer = client.get("/api/v1/search", {"q": "relations edited"}).json()
    assert answer["facets"]["topic"] == {new_topic.slug: 1}
    assert answer["facets"]["country"] == {new_country.code.upper(): 1}
    totals = [({"topic": new_topic.slug}, 1), ({"topic": old_topic.slug}, 0)]
    totals += [({"country": old_country.code}, 0), ({"country": new_country.code}, 1)]
    for params, total in totals:
        answer = client.get("/api/v1/search", {"q": "relations edited", **params}).json()
        assert answer["total"] == total, params
