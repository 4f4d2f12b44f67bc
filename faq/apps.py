from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FaqConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "faq"
    verbose_name = _("Frequently asked questions")

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save

        from services import page_cache
        from services.signals import create_initial_revisions

        from .models import Category, Question

        post_migrate.connect(create_initial_revisions, sender=self)
        for model in (Category, Question):
            post_save.connect(page_cache.invalidate, sender=model)
            post_delete.connect(page_cache.invalidate, sender=model)
        # The admin saves a question's forms after the question itself.
        m2m_changed.connect(page_cache.invalidate, sender=Question.forms.through)
