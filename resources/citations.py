"""Ready citations of a knowledge product: APA (7th edition, report), RIS and BibTeX.

Plain functions of the product, its authors and its URL, so the rules (name inversion, initials, escaping)
are tested on their own; ResourcePage routes ``cite/ris/`` and ``cite/bib/`` to :func:`download`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from django.http import HttpRequest, HttpResponse
from django.utils.html import format_html
from django.utils.http import content_disposition_header
from django.utils.safestring import SafeString

from decnet.content import ordered_rows
from resources.metadata import doi_url, normalise_doi

RIS_CONTENT_TYPE = "application/x-research-info-systems; charset=utf-8"
BIBTEX_CONTENT_TYPE = "application/x-bibtex; charset=utf-8"
# Characters with a meaning in BibTeX values, and how to write them literally.
_BIBTEX_ESCAPES = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


@dataclass(frozen=True)
class Name:
    """A person's name split for citations: the family name (last word) and the given names."""

    family: str
    given: str

    @classmethod
    def parse(cls, full_name: str) -> Name:
        words = full_name.split()
        if len(words) < 2:
            return cls(family=full_name.strip(), given="")
        return cls(family=words[-1], given=" ".join(words[:-1]))

    @property
    def initials(self) -> str:
        """APA initials: "Jean-Pierre Paul" → "J.-P. P."."""
        return " ".join(
            "-".join(f"{part[0]}." for part in word.split("-") if part) for word in self.given.split()
        )

    @property
    def inverted(self) -> str:
        """ "Family, Given" (RIS, BibTeX)."""
        return f"{self.family}, {self.given}" if self.given else self.family


def author_names(product) -> list[Name]:
    authors = ordered_rows(product, "authors", "person")  # the editor's order
    return [Name.parse(author.person.name) for author in authors]


def _apa_authors(names: list[Name]) -> str:
    parts = [f"{name.family}, {name.initials}" if name.initials else name.family for name in names]
    if len(parts) == 1:
        return parts[0]
    if len(parts) <= 20:
        return ", ".join(parts[:-1]) + ", & " + parts[-1]
    return ", ".join(parts[:19]) + ", . . . " + parts[-1]


def apa(product, url: str) -> SafeString:
    """The APA 7 reference of a report, as HTML (the title in italics).

    Author, A. A., & Author, B. B. (Year). *Title*. Publisher. https://doi.org/… (or the page's URL).
    Without people as authors, the publisher is the author and is not repeated.
    """
    names = author_names(product)
    publisher = product.publisher
    author = _apa_authors(names) if names else publisher
    link = doi_url(product.doi) or url
    title = product.title.rstrip(".")
    if names and publisher:
        return format_html(
            "{} ({}). <i>{}</i>. {}. {}", author, product.publication_date.year, title, publisher, link
        )
    return format_html("{} ({}). <i>{}</i>. {}", author, product.publication_date.year, title, link)


def ris(product, url: str) -> str:
    """An RIS record (type RPRT), CRLF line ends as the format asks."""
    date = product.publication_date
    lines = [("TY", "RPRT")]
    lines += [("AU", name.inverted) for name in author_names(product)]
    lines += [
        ("TI", product.title),
        ("PY", str(date.year)),
        ("DA", date.strftime("%Y/%m/%d/")),
        ("PB", product.publisher),
        ("UR", url),
        ("AB", " ".join(product.summary.split())),
        ("LA", product.locale.language_code),
    ]
    if product.doi:
        lines.append(("DO", normalise_doi(product.doi)))
    if product.isbn:
        lines.append(("SN", product.isbn))
    lines.append(("ER", ""))
    return "".join(f"{tag}  - {value}\r\n" for tag, value in lines if value or tag == "ER")


def bibtex_escape(value: str) -> str:
    return "".join(_BIBTEX_ESCAPES.get(char, char) for char in " ".join(value.split()))


def bibtex_key(product) -> str:
    """A citation key such as "mbassi2024fiscal": first author's family name, year, first title word."""
    names = author_names(product)
    first = names[0].family if names else product.publisher or "lpsa"
    word = next((w for w in re.findall(r"\w+", product.title) if len(w) > 3), "report")
    raw = f"{first}{product.publication_date.year}{word}"
    ascii_only = unicodedata.normalize("NFKD", raw).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]", "", ascii_only).lower() or f"lpsa{product.pk}"


def bibtex(product, url: str) -> str:
    """A BibTeX @techreport entry (institution = the publisher), UTF-8."""
    date = product.publication_date
    fields = [
        ("author", " and ".join(name.inverted for name in author_names(product))),
        ("title", product.title),
        ("year", str(date.year)),
        ("institution", product.publisher),
        ("publisher", product.publisher),
        ("url", url),
        ("doi", normalise_doi(product.doi)),
        ("isbn", product.isbn),
        ("language", product.locale.language_code),
    ]
    body = ",\n".join(f"  {name} = {{{bibtex_escape(value)}}}" for name, value in fields if value)
    month = f",\n  month = {_MONTHS[date.month - 1]}"
    return f"@techreport{{{bibtex_key(product)},\n{body}{month}\n}}\n"


FORMATS = {"ris": (ris, RIS_CONTENT_TYPE), "bib": (bibtex, BIBTEX_CONTENT_TYPE)}


def download(product, request: HttpRequest, kind: str) -> HttpResponse:
    """The citation file as an attachment named after the product's slug (``<slug>.ris`` / ``.bib``)."""
    writer, content_type = FORMATS[kind]
    url = request.build_absolute_uri(product.get_url(request=request))
    response = HttpResponse(writer(product, url), content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(True, f"{product.slug}.{kind}")
    return response
