"""The home page's "in numbers" shows the downloads of the past twelve months from the impact counters."""

import datetime
import re

import pytest
from django.utils import timezone
from wagtail.documents import get_document_model

from decnet.home import home_figures
from impact.models import DailyDocumentDownloads


@pytest.mark.django_db
def test_downloads_of_the_past_twelve_months_lead_the_figures(client, home_page):
    document = get_document_model().objects.create(title="Report", file="documents/report.pdf")
    today = timezone.localdate()
    DailyDocumentDownloads.objects.create(date=today, document_id=document.pk, downloads=1200)
    DailyDocumentDownloads.objects.create(
        date=today - datetime.timedelta(days=100), document_id=document.pk, downloads=685
    )
    # Outside the period: not counted.
    DailyDocumentDownloads.objects.create(
        date=today - datetime.timedelta(days=400), document_id=document.pk, downloads=999
    )
    first = home_figures(None, home_page.locale)[0]
    assert (first.value, first.label) == (1885, "downloads of knowledge products in the past 12 months")
    html = client.get("/en/").text
    assert re.search(r'<span class="figure__value">1,?885</span>', html)


@pytest.mark.django_db
def test_no_downloads_yet_no_figure(home_page):
    assert all("download" not in figure.label for figure in home_figures(None, home_page.locale))
