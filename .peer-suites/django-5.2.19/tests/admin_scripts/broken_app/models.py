from django.db import modelz  # NOQA
