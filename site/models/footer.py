"""The site footer, edited by editors in Settings → Footer, with its wording translated like any snippet.

Wagtail's settings are one row per site and cannot be translated (wagtail/wagtail#11508: a settings model
has no locale, and wagtail-localize offers no "Translate" action for it). So the footer is split in two:

- :class:`FooterSettings` (a ``BaseSiteSetting``): what is the same in every language — the pages linked
  (about, contact, privacy), the newsletter and member-portal addresses, the contact e-mail and the social
  accounts. Chosen pages are shown in the reader's language wherever they are translated.
- :class:`FooterText` (a ``TranslatableMixin`` snippet chosen in those settings): the wording — the line
  about the site, the licence statement, the newsletter invitation. wagtail-localize translates it exactly
  as it translates topics (string by string, PO files, sync from the source), so every language gets it.

Until editors fill them in, the defaults below and the interface's own translations (locale/) give a
complete footer in every language.
"""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import TranslatableMixin

DEFAULT_MEMBER_PORTAL_URL = "https://localpublicsector.org/"
DEFAULT_CONTACT_EMAIL = "info@decentralization.net"
DEFAULT_LINKEDIN_URL = "https://www.linkedin.com/company/local-public-sector-alliance/"


class FooterText(TranslatableMixin, models.Model):
    """The footer's wording in one language (translated with wagtail-localize)."""

    name = models.CharField(
        max_length=100, default="Footer", help_text=_("For editors only, to tell several versions apart.")
    )
    about = models.TextField(
        blank=True,
        help_text=_("One or two sentences on who publishes the site; empty: the standard sentence."),
    )
    licence = models.TextField(
        blank=True, help_text=_("How readers may reuse the material; empty: the standard statement.")
    )
    newsletter = models.CharField(
        max_length=200,
        blank=True,
        help_text=_("Invitation next to the newsletter link; empty: the standard one."),
    )

    panels = [FieldPanel("name"), FieldPanel("about"), FieldPanel("licence"), FieldPanel("newsletter")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("footer text")
        verbose_name_plural = _("footer texts")

    def __str__(self) -> str:
        return self.name


@register_setting(icon="list-ul")
class FooterSettings(BaseSiteSetting):
    """Links in the footer of every page of one site."""

    text = models.ForeignKey(
        FooterText,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The footer's wording; translate it under Settings → Footer texts."),
    )
    about_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    contact_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    contact_email = models.EmailField(blank=True, default=DEFAULT_CONTACT_EMAIL)
    newsletter_url = models.URLField(
        blank=True,
        default=DEFAULT_MEMBER_PORTAL_URL,
        help_text=_("Where readers sign up for the newsletter."),
    )
    member_portal_url = models.URLField(blank=True, default=DEFAULT_MEMBER_PORTAL_URL)
    # Demo default, to be confirmed with LPSA before launch (like the demo's contact address).
    linkedin_url = models.URLField("LinkedIn", blank=True, default=DEFAULT_LINKEDIN_URL)
    youtube_url = models.URLField("YouTube", blank=True)
    x_url = models.URLField("X", blank=True)
    facebook_url = models.URLField("Facebook", blank=True)

    panels = [
        FieldPanel("text"),
        MultiFieldPanel(
            [
                PageChooserPanel("about_page"),
                PageChooserPanel("contact_page"),
                PageChooserPanel("privacy_page"),
            ],
            heading=_("Pages (empty: the home page's sub-pages 'about', 'contact' and 'privacy')"),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("newsletter_url"), FieldPanel("member_portal_url")],
            heading=_("Contact and community"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("linkedin_url"),
                FieldPanel("youtube_url"),
                FieldPanel("x_url"),
                FieldPanel("facebook_url"),
            ],
            heading=_("Social accounts (empty ones are not shown)"),
        ),
    ]

    class Meta:
        verbose_name = _("footer")

    def social_links(self) -> list[tuple[str, str]]:
        """(network name, URL) of the accounts filled in, in a fixed order."""
        accounts = [
            ("LinkedIn", self.linkedin_url),
            ("YouTube", self.youtube_url),
            ("X", self.x_url),
            ("Facebook", self.facebook_url),
        ]
        return [(name, url) for name, url in accounts if url]
