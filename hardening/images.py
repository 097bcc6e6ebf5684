"""Image uploads: count pixels × frames from the file's header, before anything decodes the image.

Wagtail's image field compares width × height × frames with ``WAGTAILIMAGES_MAX_IMAGE_PIXELS``, but with
Pillow as its only image library (no Wand/ImageMagick here) Willow reports one frame for every image, and
it decodes the whole image (``Image.load()``) just to read its size. So an animated GIF slips through with
all but one of its frames uncounted, a small file that declares a huge canvas is decompressed before it is
measured, and a truncated file raises an error that becomes a 500. ``HardenedImageField`` reads the size
and the frame count from the header with Pillow (``Image.open`` decodes nothing), refuses what is over the
limit, and only then lets Wagtail's own checks run, turning a decoding failure into a form error.
"""

from __future__ import annotations

import struct
import warnings
from typing import IO

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from wagtail.images.fields import WagtailImageField

# What Pillow raises on a damaged or hostile file (SyntaxError is Pillow's "not a valid <format> file").
IMAGE_DECODING_ERRORS = (OSError, SyntaxError, ValueError, EOFError, IndexError, struct.error)


def image_header(file: IO[bytes]) -> tuple[int, int, int]:
    """Width, height and number of frames, read without decoding the pixels."""
    file.seek(0)
    try:
        with warnings.catch_warnings():
            # Pillow warns above its own 89-megapixel limit; the site's lower limit is checked by the caller.
            warnings.simplefilter("ignore", PILImage.DecompressionBombWarning)
            with PILImage.open(file) as image:
                width, height = image.size
                frames = int(getattr(image, "n_frames", 1) or 1)
    finally:
        file.seek(0)
    return width, height, frames


class HardenedImageField(WagtailImageField):
    """Wagtail's image field; the pixel limit is checked on the header, decoding errors are form errors."""

    def check_image_pixel_size(self, f) -> None:
        try:
            width, height, frames = image_header(f)
        except PILImage.DecompressionBombError:
            # More than twice Pillow's own limit: far beyond the site's.
            raise ValidationError(
                self.error_messages["file_too_many_pixels"]
                % {"num_pixels": _("unknown number"), "max_pixels_count": self.max_image_pixels},
                code="file_too_many_pixels",
            ) from None
        except IMAGE_DECODING_ERRORS:
            raise ValidationError(self.error_messages["invalid_image"], code="invalid_image") from None
        if self.max_image_pixels is not None and width * height * frames > self.max_image_pixels:
            raise ValidationError(
                self.error_messages["file_too_many_pixels"]
                % {"num_pixels": width * height * frames, "max_pixels_count": self.max_image_pixels},
                code="file_too_many_pixels",
            )
        try:
            # Wagtail's own check decodes the first frame: now bounded, and a truncated file is refused.
            super().check_image_pixel_size(f)
        except IMAGE_DECODING_ERRORS:
            raise ValidationError(self.error_messages["invalid_image"], code="invalid_image") from None
