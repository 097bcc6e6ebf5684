"""The page editor's shared rules: choosers that speak the page's language, and rows required only to publish.

Every page form (``base_form_class`` of the content pages) offers translatable snippets (topics, countries,
people…) in the page's own language only, with labels an editor can tell apart ("Albanie (AL)"), in a list
that can be filtered by typing. Snippets already chosen stay listed, so saving never drops one silently.
Inline rows a page must have to be published (a post's authors, a product's files) are not pre-added as
empty required rows: a draft saves without them; publishing asks for them.
"""

from __future__ import annotations

from django import forms
from django.db.models import Q
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import TranslatableMixin
from wagtail.snippets.widgets import AdminSnippetChooser


def chooser_label(obj) -> str:
    """What an editor sees for a snippet in a chooser: the model's `chooser_label` if it has one."""
    return getattr(obj, "chooser_label", None) or str(obj)


class FilterableCheckboxes(forms.CheckboxSelectMultiple):
    """Checkboxes with a box that hides the ones whose label does not contain what the editor types."""

    class Media:
        js = ["js/admin-choice-filter.js"]

    def render(self, name, value, attrs=None, renderer=None):
        checkboxes = super().render(name, value, attrs, renderer)
        list_id = (attrs or {}).get("id") or f"id_{name}"
        search = format_html(
            '<input type="search" class="w-field__input decnet-choice-filter" data-choice-filter="{}" '
            'aria-label="{}" placeholder="{}" autocomplete="off">',
            list_id,
            _("Filter the choices"),
            _("Type to filter…"),
        )
        return format_html('<div class="decnet-choices">{}{}</div>', search, checkboxes)


class LocaleSnippetChooser(AdminSnippetChooser):
    """The snippet chooser modal opened on the page's language (the modal's language filter still works)."""

    def __init__(self, model, locale_code: str, **kwargs) -> None:
        self.locale_code = locale_code
        super().__init__(model, **kwargs)

    def get_chooser_modal_url(self) -> str:
        return f"{super().get_chooser_modal_url()}?locale={self.locale_code}"


def _localize_fields(form: forms.BaseForm, locale) -> None:
    """Narrow every translatable-snippet field of `form` to `locale` (plus what is already chosen)."""
    for name, field in form.fields.items():
        queryset = getattr(field, "queryset", None)
        if queryset is None or not issubclass(queryset.model, TranslatableMixin):
            continue
        chosen = form.initial.get(name)
        if chosen is None:
            chosen_ids = []
        elif hasattr(chosen, "__iter__") and not isinstance(chosen, str):  # many-to-many: objects or ids
            chosen_ids = [getattr(item, "pk", item) for item in chosen]
        else:
            chosen_ids = [getattr(chosen, "pk", chosen)]
        field.queryset = queryset.filter(Q(locale=locale) | Q(pk__in=chosen_ids))
        field.label_from_instance = chooser_label
        if isinstance(field, forms.ModelMultipleChoiceField):
            field.widget = FilterableCheckboxes(choices=field.choices)
        elif isinstance(field.widget, AdminSnippetChooser):
            field.widget = LocaleSnippetChooser(queryset.model, locale.language_code)


class LocalizedPageForm(WagtailAdminPageForm):
    """The base form of the content pages (see the module docstring)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        locale = self.instance.locale if self.instance.locale_id else None
        if locale is None:
            return
        _localize_fields(self, locale)
        for formset in self.formsets.values():
            base = formset.form

            def init(child, *args, base=base, **kwargs):
                base.__init__(child, *args, **kwargs)
                _localize_fields(child, locale)

            # Every row of the formset, the empty template row included, is built from this class.
            formset.form = type(base.__name__, (base,), {"__init__": init})

    def clean(self):
        cleaned_data = super().clean()
        if not self.is_deferred_validation:  # publishing or submitting: a draft may still lack them
            for relation, message in getattr(self.instance, "required_to_publish", {}).items():
                formset = self.formsets.get(relation)
                if formset is not None and not _has_rows(formset):
                    self.add_error(None, message)
        return cleaned_data


def _has_rows(formset) -> bool:
    """Whether the formset keeps at least one row (a new row filled in, or an existing one not deleted)."""
    formset.is_valid()  # clean the rows (once: the page form's own validation reuses it)
    return any(
        (form.has_changed() or form.instance.pk) and not formset._should_delete_form(form)
        for form in formset.forms
    )
