from django.utils.functional import SimpleLazyObject

from .menu import main_menu


def menu(request):
    """The main menu for every template as ``menu``: read only by pages that show it."""
    return {"menu": SimpleLazyObject(main_menu)}
