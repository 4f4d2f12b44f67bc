"""
Data migrations that add a section to a seeded page of running text (the privacy statement,
say) in every language, only where staff have not rewritten it: for migrations from now on.

A section is inserted after its anchor (the seeded text it follows) in each language whose
text still holds the anchor exactly once and not yet the section's heading; the change is
recorded in the page's history (django-reversion), as the seeded text was.
"""

from django.core import serializers
from django.utils import timezone, translation
from django.utils.translation import gettext


def with_section(body, anchor, section):
    """``body`` with ``section`` after ``anchor``, or None to leave it as it is."""
    text = (body or "").replace("\r\n", "\n")
    heading = section.splitlines()[0]
    if heading in text or text.count(anchor) != 1:
        return None
    return text.replace(anchor, anchor + section)


def record_revision(apps, page, comment):
    """A revision of ``page`` (a services.Page) in its history, with ``comment`` in Finnish."""
    Revision = apps.get_model("reversion", "Revision")
    Version = apps.get_model("reversion", "Version")
    ContentType = apps.get_model("contenttypes", "ContentType")
    with translation.override("fi"):
        comment = gettext(comment)
    revision = Revision.objects.create(date_created=timezone.now(), comment=comment)
    Version.objects.create(
        revision=revision,
        object_id=str(page.pk),
        content_type=ContentType.objects.get_or_create(app_label="services", model="page")[0],
        db="default",
        format="json",
        serialized_data=serializers.serialize("json", [page]),
        object_repr=page.title,
    )


def add_section(apps, slug, anchors, sections, comment):
    """Add ``sections`` (by language) after ``anchors`` to the page ``slug``'s bodies."""
    page = apps.get_model("services", "Page").objects.filter(slug=slug).first()
    if page is None:
        return
    changed = []
    for language, anchor in anchors.items():
        body = with_section(getattr(page, f"body_{language}"), anchor, sections[language])
        if body is not None:
            setattr(page, f"body_{language}", body)
            changed.append(f"body_{language}")
    if "body_fi" not in changed:
        return
    page.body = page.body_fi  # the original column keeps the Finnish text's copy
    page.save(update_fields=["body", *changed, "updated_at"])
    record_revision(apps, page, comment)
