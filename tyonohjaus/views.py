from django.shortcuts import render


def csrf_failure(request, reason=""):
    """Explain a failed CSRF check in Finnish, in the site's own layout."""
    return render(request, "403_csrf.html", status=403)
