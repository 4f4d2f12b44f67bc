"""
Editing Markdown in the admin: a roomier editor with a live preview, and a preview of the
unsaved form in the real page layout, in a new tab.

Both previews are drawn by the server with the one sanitising renderer the public pages use
(services/markdown.py), so what staff see is what visitors will get, scripts and
``javascript:`` links removed alike. The editor's script (static/js/admin-markdown.js) only
sends the text to the same origin and shows the answer: the admin's CSP stays as strict as
the site's, and without JavaScript the field is a plain textarea.
"""

from django import forms
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse, HttpResponseNotAllowed
from django.shortcuts import render
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import gettext_lazy as _

from . import markdown
from .models import MARKDOWN_HELP

# The most text one live preview renders (a long page body is a few tens of kilobytes).
PREVIEW_MAX_CHARS = 100_000


class MarkdownEditor(forms.Textarea):
    """A tall textarea, with a formatting toolbar and a live preview once its script runs."""

    # In the app (not templates/): widgets are drawn by the form renderer, which reads apps only.
    template_name = "services/admin/markdown_editor.html"

    def __init__(self, preview_url, picker_urls=None, attrs=None):
        super().__init__(attrs={"rows": 20, "class": "markdown-editor__input", **(attrs or {})})
        self.preview_url = preview_url
        # (list, upload) of the image picker the image button opens; None: it inserts a
        # placeholder code instead.
        self.picker_urls = picker_urls

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["preview_url"] = self.preview_url
        if self.picker_urls:
            context["widget"]["picker_url"], context["widget"]["upload_url"] = self.picker_urls
        return context

    class Media:
        css = {"all": ["css/admin-editor.css"]}
        js = ["js/admin-markdown.js"]


def is_markdown_field(db_field):
    # The help text first: building a form field of every other field (a URL field's warns of
    # Django 6's default scheme) is not needed to tell.
    return str(MARKDOWN_HELP) in str(db_field.help_text) and isinstance(
        db_field.formfield(), forms.CharField
    )


def private(response):
    """Nothing a preview shows may be kept by a browser or a proxy, or indexed."""
    add_never_cache_headers(response)
    patch_cache_control(response, private=True)
    response["X-Robots-Tag"] = "noindex"
    return response


class PreviewMixin:
    """
    For a ModelAdmin: the Markdown editor on its Markdown fields, a live-preview endpoint,
    and (where ``preview_page`` returns a template) a "Preview" button on the change form.
    """

    def preview_page(self, request, obj):
        """``(template, context)`` of the public page showing unsaved ``obj``, or None."""
        return None

    def _url_name(self, view):
        return f"{self.opts.app_label}_{self.opts.model_name}_{view}"

    def get_urls(self):
        own = [
            path(
                "markdown-esikatselu/",
                self.admin_site.admin_view(self.markdown_preview_view),
                name=self._url_name("markdown_preview"),
            ),
            path(
                "esikatselu/",
                self.admin_site.admin_view(self.page_preview_view),
                name=self._url_name("preview"),
            ),
            path(
                "<path:object_id>/esikatselu/",
                self.admin_site.admin_view(self.page_preview_view),
                name=self._url_name("preview"),
            ),
        ]
        return own + super().get_urls()

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        if is_markdown_field(db_field):
            kwargs["widget"] = MarkdownEditor(
                preview_url=reverse(f"{self.admin_site.name}:{self._url_name('markdown_preview')}"),
                picker_urls=self._image_picker_urls(request),
            )
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def _image_picker_urls(self, request):
        """The image picker's addresses (images.admin), for staff who may see the images."""
        if not request.user.has_perm("images.view_image"):
            return None
        upload = None
        if request.user.has_perm("images.add_image"):
            upload = reverse(f"{self.admin_site.name}:images_image_picker_upload")
        return reverse(f"{self.admin_site.name}:images_image_picker"), upload

    def _may_edit(self, request, obj=None):
        if obj is None:
            return self.has_add_permission(request) or self.has_change_permission(request)
        return self.has_change_permission(request, obj)

    def markdown_preview_view(self, request):
        """POST ``text``: the sanitised HTML the public page would show for it."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        if not self._may_edit(request):
            raise PermissionDenied
        text = request.POST.get("text", "")
        if len(text) > PREVIEW_MAX_CHARS:
            return private(
                HttpResponse(
                    _("The text is too long to preview."),
                    status=413,
                    content_type="text/plain; charset=utf-8",
                )
            )
        html, _headings = markdown.render(text)
        return private(HttpResponse(html, content_type="text/html; charset=utf-8"))

    def page_preview_view(self, request, object_id=None):
        """The posted, unsaved form shown in the public page's own layout."""
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        obj = None
        if object_id is not None:
            obj = self.get_object(request, unquote(object_id))
            if obj is None:
                raise Http404
        if not self._may_edit(request, obj):
            raise PermissionDenied
        form_class = self.get_form(request, obj, change=obj is not None)
        form = form_class(request.POST, request.FILES, instance=obj)
        page = self.preview_page(request, form.instance) if form.is_valid() else None
        if page is None:
            context = {
                **self.admin_site.each_context(request),
                "title": _("The preview cannot be shown"),
                "opts": self.opts,
                "form": form,
            }
            return private(
                TemplateResponse(request, "admin/preview_error.html", context, status=400)
            )
        template, context = page
        context = {**context, "preview": True, "unsaved_preview": True}
        return private(render(request, template, context))

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if self.has_preview(obj):
            url_name = f"{self.admin_site.name}:{self._url_name('preview')}"
            context["preview_url"] = (
                reverse(url_name, args=[obj.pk]) if obj is not None else reverse(url_name)
            )
        return super().render_change_form(request, context, add, change, form_url, obj)

    def has_preview(self, obj):
        return type(self).preview_page is not PreviewMixin.preview_page
