"""Rows of the shared store (hardening/sharedstore.py): counters and first-writer markers for all workers."""

from django.db import models


class SharedCounter(models.Model):
    """One key of the shared store: a fixed-window counter or an ``add`` marker, gone once ``expires`` passes.

    ``expires`` is a Unix time in seconds (a float), so the check is one comparison in SQL on every database.
    """

    key = models.CharField(max_length=200, primary_key=True)
    value = models.BigIntegerField(default=0)
    expires = models.FloatField(db_index=True)

    class Meta:
        verbose_name = "shared counter"

    def __str__(self) -> str:
        return f"{self.key} = {self.value}"
