"""The dashboard's period form: two dates, validated, defaulting to the past twelve months."""

import datetime

from django import forms
from django.utils.translation import gettext_lazy as _

from impact.selectors import Period, default_period

MAX_PERIOD_DAYS = 20 * 366


class PeriodForm(forms.Form):
    start = forms.DateField(label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    end = forms.DateField(label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def clean(self) -> dict:
        cleaned = super().clean()
        if self.errors:
            return cleaned
        default = default_period()
        end = cleaned.get("end") or default.end
        start = cleaned.get("start") or (default_period(end).start if cleaned.get("end") else default.start)
        if end < start:
            raise forms.ValidationError(_("The start of the period must not be after its end."))
        if (end - start).days >= MAX_PERIOD_DAYS:
            raise forms.ValidationError(_("Choose a period of at most 20 years."))
        if start < datetime.date(1900, 1, 1):
            raise forms.ValidationError(_("Choose a period after 1900."))
        cleaned["period"] = Period(start, end)
        return cleaned

    @property
    def period(self) -> Period:
        return self.cleaned_data["period"]
