"""Deterministic generators for the demo site's images, PDFs and spreadsheets.

Every function returns bytes and depends only on its arguments, so that a second run of the loader produces
byte-identical files (and the loader can compare SHA-1 hashes instead of writing new files). Randomness comes
from a `random.Random` seeded with the caller's key; timestamps are fixed.
"""

from __future__ import annotations

import datetime
import hashlib
import io
import random
import zipfile
from collections.abc import Sequence
from functools import cache
from xml.sax.saxutils import escape

from PIL import Image, ImageDraw, ImageFont

from multilingual.languages import SOURCE_LANGUAGE

BANNER_SIZE = (1200, 675)
PORTRAIT_SIZE = (480, 480)
FIXED_TIMESTAMP = datetime.datetime(2025, 1, 1, 0, 0, 0)
ZIP_DATE_TIME = (2025, 1, 1, 0, 0, 0)

# Muted colour families: (background, shape colours…, text colour).
PALETTES = [
    ("#0f3d3e", ["#1b6b6d", "#3fa796", "#f2c14e", "#e07a5f"], "#ffffff"),
    ("#1d3557", ["#457b9d", "#a8dadc", "#e63946", "#f1faee"], "#ffffff"),
    ("#2b2d42", ["#8d99ae", "#ef233c", "#edf2f4", "#d90429"], "#ffffff"),
    ("#264653", ["#2a9d8f", "#e9c46a", "#f4a261", "#e76f51"], "#ffffff"),
    ("#3d405b", ["#81b29a", "#f2cc8f", "#e07a5f", "#f4f1de"], "#ffffff"),
    ("#14213d", ["#fca311", "#e5e5e5", "#4a6fa5", "#8ecae6"], "#ffffff"),
    ("#f4f1de", ["#e07a5f", "#3d405b", "#81b29a", "#f2cc8f"], "#1f2421"),
    ("#edf6f9", ["#006d77", "#83c5be", "#ffddd2", "#e29578"], "#102a2e"),
]


def seeded_random(key: str) -> random.Random:
    """A random generator that always yields the same sequence for the same key."""
    return random.Random(int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big"))


def sha1(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()  # noqa: S324 - Wagtail's own file_hash is SHA-1


@cache
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def _wrap(draw: ImageDraw.ImageDraw, text: str, font, max_width: int) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if draw.textlength(candidate, font=font) <= max_width or not current:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines


def _png(image: Image.Image) -> bytes:
    # A 64-colour palette keeps flat illustrations small without visible banding; the fast octree quantizer
    # and the default zlib level keep generation at a few hundredths of a second per image.
    buffer = io.BytesIO()
    image.quantize(colors=64, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE).save(
        buffer, format="PNG", compress_level=6
    )
    return buffer.getvalue()


def _palette(rng: random.Random):
    return PALETTES[rng.randrange(len(PALETTES))]


def _title_block(draw, text: str, subtitle: str, colour: str, size: tuple[int, int]) -> None:
    width, height = size
    font = _font(54)
    lines = _wrap(draw, text, font, width - 160)[:4]
    line_height = 66
    top = height - 90 - line_height * len(lines) - (44 if subtitle else 0)
    # A translucent-looking band behind the text keeps it readable over any shape.
    draw.rectangle([(0, top - 30), (width, height)], fill=_band_colour(colour))
    for index, line in enumerate(lines):
        draw.text((80, top + index * line_height), line, font=font, fill=colour)
    if subtitle:
        draw.text((80, top + len(lines) * line_height + 8), subtitle, font=_font(30), fill=colour)


def _band_colour(text_colour: str) -> str:
    return "#0b1f24" if text_colour == "#ffffff" else "#fbfaf5"


def banner_png(key: str, title: str, subtitle: str = "") -> bytes:
    """An abstract 1200×675 illustration: overlapping circles, bars and a grid, with a title band."""
    rng = seeded_random(key)
    background, colours, text_colour = _palette(rng)
    image = Image.new("RGB", BANNER_SIZE, background)
    draw = ImageDraw.Draw(image)
    width, height = BANNER_SIZE
    for x in range(0, width, 60):
        draw.line([(x, 0), (x, height)], fill=_mix(background, colours[0], 0.12))
    for _ in range(rng.randint(5, 9)):
        radius = rng.randint(60, 260)
        cx, cy = rng.randint(0, width), rng.randint(-40, height - 160)
        draw.ellipse([(cx - radius, cy - radius), (cx + radius, cy + radius)], fill=rng.choice(colours))
    for index in range(rng.randint(3, 6)):
        bar_height = rng.randint(80, 320)
        x = width - 90 - index * 70
        draw.rectangle([(x, height - 140 - bar_height), (x + 44, height - 140)], fill=rng.choice(colours))
    _title_block(draw, title, subtitle, text_colour, BANNER_SIZE)
    return _png(image)


def chart_png(key: str, title: str, labels: Sequence[str], values: Sequence[float], unit: str = "") -> bytes:
    """A simple horizontal bar chart on a 1200×675 canvas (for illustrative figures in posts)."""
    rng = seeded_random(key)
    background, colours, _text_colour = PALETTES[6 + rng.randrange(2)]
    image = Image.new("RGB", BANNER_SIZE, background)
    draw = ImageDraw.Draw(image)
    width, height = BANNER_SIZE
    draw.text((60, 40), title, font=_font(40), fill="#1f2421")
    top, bottom, left, right = 130, height - 60, 380, width - 140
    slot = (bottom - top) / max(len(values), 1)
    largest = max(values) if values else 1
    for index, (label, value) in enumerate(zip(labels, values, strict=True)):
        y = top + index * slot
        bar_width = (right - left) * (value / largest if largest else 0)
        draw.text((60, y + slot * 0.25), label, font=_font(26), fill="#1f2421")
        draw.rectangle(
            [(left, y + slot * 0.18), (left + bar_width, y + slot * 0.82)], fill=colours[index % len(colours)]
        )
        draw.text(
            (left + bar_width + 12, y + slot * 0.28), f"{value:g}{unit}", font=_font(24), fill="#1f2421"
        )
    draw.line([(left, top - 10), (left, bottom)], fill="#1f2421", width=2)
    return _png(image)


def portrait_png(key: str, name: str) -> bytes:
    """A placeholder portrait: initials on a coloured disc, for the demo people (no photos of real people)."""
    rng = seeded_random(key)
    background, colours, _text_colour = _palette(rng)
    image = Image.new("RGB", PORTRAIT_SIZE, _mix(background, "#ffffff", 0.85))
    draw = ImageDraw.Draw(image)
    width, height = PORTRAIT_SIZE
    draw.ellipse([(30, 30), (width - 30, height - 30)], fill=background)
    accent = rng.choice(colours)
    draw.pieslice(
        [(30, 30), (width - 30, height - 30)], rng.randint(0, 359), rng.randint(0, 359), fill=accent
    )
    draw.ellipse([(110, 110), (width - 110, height - 110)], fill=background)
    words = name.split()
    initials = (words[0][0] + (words[-1][0] if len(words) > 1 else "")).upper()
    font = _font(110)
    text_width = draw.textlength(initials, font=font)
    draw.text(((width - text_width) / 2, height / 2 - 66), initials, font=font, fill="#ffffff")
    return _png(image)


def _mix(colour_a: str, colour_b: str, amount: float) -> str:
    a = [int(colour_a[i : i + 2], 16) for i in (1, 3, 5)]
    b = [int(colour_b[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * amount):02x}" for x, y in zip(a, b, strict=True))


def pdf_bytes(
    title: str,
    paragraphs: Sequence[str],
    *,
    subtitle: str = "",
    meta: Sequence[str] = (),
    language: str = SOURCE_LANGUAGE,
    author: str = "Local Public Sector Alliance",
) -> bytes:
    """A one- or two-page A4 PDF with a title, a few facts about the publication and some paragraphs.

    `invariant=1` makes ReportLab leave out the creation date and random document id, so the output is
    byte-for-byte stable. Only the 14 standard fonts are used: nothing is embedded and files stay small.
    """
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import mm
    from reportlab.platypus import HRFlowable, Paragraph, SimpleDocTemplate, Spacer

    styles = getSampleStyleSheet()
    heading = ParagraphStyle("DemoTitle", parent=styles["Title"], alignment=0, fontSize=22, leading=27)
    sub = ParagraphStyle("DemoSubtitle", parent=styles["Heading2"], textColor=colors.HexColor("#1b6b6d"))
    body = ParagraphStyle("DemoBody", parent=styles["BodyText"], fontSize=10.5, leading=15, spaceAfter=8)
    small = ParagraphStyle(
        "DemoMeta", parent=styles["BodyText"], fontSize=9, textColor=colors.HexColor("#555555")
    )

    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=22 * mm,
        rightMargin=22 * mm,
        topMargin=20 * mm,
        bottomMargin=20 * mm,
        title=title,
        author=author,
        subject=subtitle or title,
        creator="Decentralization.Net demo content",
        lang=language,
        invariant=1,
        pageCompression=1,
    )
    story = [
        Paragraph(escape("LOCAL PUBLIC SECTOR ALLIANCE · DECENTRALIZATION.NET"), small),
        Spacer(1, 6 * mm),
        Paragraph(escape(title), heading),
    ]
    if subtitle:
        story.append(Paragraph(escape(subtitle), sub))
    story.append(HRFlowable(width="100%", color=colors.HexColor("#1b6b6d"), spaceBefore=4, spaceAfter=8))
    story.extend(Paragraph(escape(line), small) for line in meta)
    story.append(Spacer(1, 5 * mm))
    story.extend(Paragraph(escape(text), body) for text in paragraphs)
    document.build(story)
    return buffer.getvalue()


def xlsx_bytes(title: str, sheets: Sequence[tuple[str, Sequence[str], Sequence[Sequence]]]) -> bytes:
    """An Excel workbook with one sheet per (name, header, rows) triple, with fixed timestamps."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.writer.excel import ExcelWriter

    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, header, rows in sheets:
        sheet = workbook.create_sheet(title=name[:31])
        sheet.append(list(header))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append(list(row))
        for index, column in enumerate(header, start=1):
            letter = sheet.cell(row=1, column=index).column_letter
            sheet.column_dimensions[letter].width = max(12, min(60, len(str(column)) + 4))
        sheet.freeze_panes = "A2"
    workbook.properties.title = title
    workbook.properties.creator = "Local Public Sector Alliance"
    workbook.properties.created = FIXED_TIMESTAMP
    workbook.properties.modified = FIXED_TIMESTAMP

    raw = io.BytesIO()
    with zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
        ExcelWriter(workbook, archive).save()
    return _normalise_zip(raw.getvalue())


def _normalise_zip(data: bytes) -> bytes:
    """Rewrite a ZIP archive with fixed member timestamps (zipfile stamps members with the current time)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE_TIME)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            target.writestr(member, source.read(info.filename))
    return output.getvalue()
