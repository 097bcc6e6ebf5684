"""On the demo content: blog posts per year count each post once, whatever its translations."""

from django.utils import timezone
from wagtail.models import Locale

from blog.models import BlogPostPage
from impact import selectors
from tests.i18n.conftest import translate_page


def english_posts() -> int:
    return BlogPostPage.objects.live().filter(locale=Locale.get_default()).count()


def test_posts_per_year_sums_to_the_posts_in_the_default_language(demo):
    today = timezone.localdate()
    assert english_posts() == 36
    assert BlogPostPage.objects.live().count() > 36  # the demo has translations
    assert sum(selectors.posts_per_year(today).values()) == 36
    by_language = selectors.posts_per_year_by_language(today)
    assert sum(counts["en"] for counts in by_language.values()) == 36
    assert sum(counts["fr"] for counts in by_language.values()) == (
        BlogPostPage.objects.live().filter(locale__language_code="fr").count()
    )


def test_publishing_a_translation_does_not_change_posts_per_year(demo):
    today = timezone.localdate()
    before = selectors.posts_per_year(today)
    translated = BlogPostPage.objects.filter(locale__language_code="fr").values("translation_key")
    post = (
        BlogPostPage.objects.live()
        .filter(locale=Locale.get_default())
        .exclude(translation_key__in=translated)
        .order_by("pk")
        .first()
    )
    translate_page(post, "fr", title="Billet traduit")
    assert selectors.posts_per_year(today) == before
    assert sum(selectors.posts_per_year(today).values()) == 36
