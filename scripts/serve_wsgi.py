"""The production WSGI application plus what the reverse proxy serves in production: ``/media/images/``.

Documents stay with Django (``/documents/``) for their safety headers, exactly as in production.
"""

import os

from django.conf import settings
from whitenoise import WhiteNoise

from decnet.wsgi import application as site_application

images = os.path.join(settings.MEDIA_ROOT, "images")
os.makedirs(images, exist_ok=True)
# autorefresh: renditions are created while pages render, after this process started.
application = WhiteNoise(site_application, autorefresh=True)
application.add_files(images, prefix="media/images/")
