from django.db import transaction
from django.shortcuts import redirect, render
from django.views.decorators.cache import never_cache

from services.models import Page, SupervisionForm
from services.views import visible_to

from . import spam
from .forms import ContactForm

HTTP_TOO_MANY_REQUESTS = 429


def _content_page(request, slug):
    return visible_to(request, Page).filter(slug=slug).first()


@never_cache
def contact(request):
    """Show and accept the contact form; ``?aihe=<slug>`` preselects a form of supervision."""
    status = 200
    rate_limited = False
    if request.method == "POST":
        form = ContactForm(request.POST)
        if spam.is_rate_limited(request):
            rate_limited = True
            status = HTTP_TOO_MANY_REQUESTS
        elif form.is_valid():
            with transaction.atomic():
                enquiry = form.save()
                enquiry.notify_after_commit()
            spam.count_submission(request)
            return redirect("contact:thanks")
        else:
            if form.is_spam:
                spam.count_submission(request)
            status = 400
    else:
        topic = SupervisionForm.objects.published().filter(slug=request.GET.get("aihe", "")).first()
        form = ContactForm(initial={"topic": topic})
    return render(
        request,
        "contact/form.html",
        {
            "form": form,
            "page": _content_page(request, Page.CONTACT_SLUG),
            "rate_limited": rate_limited,
        },
        status=status,
    )


@never_cache
def thanks(request):
    return render(
        request, "contact/thanks.html", {"page": _content_page(request, Page.THANKS_SLUG)}
    )
