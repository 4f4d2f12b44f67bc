from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET, require_POST

from . import rendering
from .forms import ImageAdminForm
from .models import MARKDOWN_SYNTAX_HELP, Image


@admin.register(Image)
class ImageAdmin(admin.ModelAdmin):
    """The media library: upload once, use on profiles and in Markdown texts."""

    form = ImageAdminForm
    list_display = [
        "thumbnail",
        "title",
        "markdown_syntax",
        "alt_text",
        "decorative",
        "renditions_status",
        "created_at",
    ]
    list_display_links = ["thumbnail", "title"]
    list_filter = ["decorative"]
    # Also what the photo picker on a supervisor searches.
    search_fields = ["title", "alt_text", "caption", "credit"]
    readonly_fields = ["preview", "markdown_usage", "dimensions", "renditions"]
    fieldsets = [
        (None, {"fields": ["file", "preview", "dimensions", "renditions", "title"]}),
        (_("For people who cannot see the image"), {"fields": ["alt_text", "decorative"]}),
        (_("Caption"), {"fields": ["caption", "credit"]}),
        (_("Use in a text"), {"fields": ["markdown_usage"]}),
    ]

    class Media:
        css = {"all": ["css/admin-images.css"]}
        js = ["js/admin-images.js"]

    # The picker the Markdown editor's image button opens (static/js/admin-markdown.js).
    PICKER_LIMIT = 60

    def get_urls(self):
        return [
            path(
                "valitsin/",
                self.admin_site.admin_view(require_GET(self.picker_view)),
                name="images_image_picker",
            ),
            path(
                "valitsin/lataa/",
                self.admin_site.admin_view(require_POST(self.picker_upload_view)),
                name="images_image_picker_upload",
            ),
            *super().get_urls(),
        ]

    def _picker_list(self, request, images, status=200, chosen=None, form=None):
        return TemplateResponse(
            request,
            "admin/images/image/picker_list.html",
            {"images": images, "chosen": chosen, "form": form},
            status=status,
        )

    def picker_view(self, request):
        """GET ``q``: the newest images matching it, as thumbnails to choose from."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        query = request.GET.get("q", "").strip()[:100]
        images = Image.objects.all()
        if query:
            matches = Q(title__icontains=query) | Q(alt_text__icontains=query)
            if query.isdigit() and len(query) < 10:  # the number of a code staff already have
                matches |= Q(pk=int(query))
            images = images.filter(matches)
        return self._picker_list(request, images[: self.PICKER_LIMIT])

    def picker_upload_view(self, request):
        """POST a file and its alternative text: the new image, first in the list."""
        if not self.has_add_permission(request):
            raise PermissionDenied
        form = ImageAdminForm(request.POST, request.FILES)
        if not form.is_valid():
            return self._picker_list(request, [], status=400, form=form)
        image = form.save()
        self.log_addition(request, image, [{"added": {}}])
        return self._picker_list(request, Image.objects.all()[: self.PICKER_LIMIT], chosen=image.pk)

    @admin.display(description=_("image"))
    def thumbnail(self, image):
        return rendering.picture(image, sizes="6rem", ratio="1/1", css_class="admin-thumbnail")

    @admin.display(description=_("preview"))
    def preview(self, image):
        if not image.pk:
            return "–"
        return rendering.picture(image, sizes="20rem", css_class="admin-preview")

    @admin.display(description=_("size"))
    def dimensions(self, image):
        return f"{image.width} × {image.height} px" if image.pk else "–"

    @admin.display(description=_("smaller versions"))
    def renditions_status(self, image):
        if image.renditions_error:
            return format_html('<strong class="errornote">{}</strong>', _("failed"))
        return _("ready") if image.renditions_ready else _("being made")

    @admin.display(description=_("smaller versions"))
    def renditions(self, image):
        if not image.pk:
            return "–"
        if image.renditions_error:
            return format_html(
                '<p class="errornote">{}</p>',
                _(
                    "Making the smaller versions failed (%(error)s). Pages show the original "
                    "image meanwhile. Upload the image again, or ask the site's maintainer to "
                    "look into it."
                )
                % {"error": image.renditions_error},
            )
        if image.renditions_ready:
            return _("Ready: pages offer phones and modern browsers their own versions.")
        return _("Being made: pages show the original image until they are ready.")

    @admin.display(description=_("Markdown"))
    def markdown_syntax(self, image):
        return format_html(
            '<span class="image-code"><code>{}</code>'
            '<button type="button" class="button image-code__copy" data-copy="{}" '
            'data-copied="{}">{}</button></span>',
            image.markdown_syntax,
            image.markdown_syntax,
            _("Copied"),
            _("Copy"),
        )

    @admin.display(description=_("in a Markdown text"))
    def markdown_usage(self, image):
        if not image.pk:
            return _("Save the image first; then its Markdown code is shown here.")
        return format_html(
            "<code>{}</code><br>{}",
            image.markdown_syntax,
            MARKDOWN_SYNTAX_HELP % {"id": image.pk},
        )
