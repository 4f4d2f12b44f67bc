from django.urls import path

from . import views

app_name = "services"

urlpatterns = [
    path("", views.home, name="home"),
    path("palvelut/", views.form_list, name="form_list"),
    path("palvelut/<slug:slug>/", views.form_detail, name="form_detail"),
    path("tyootteemme/", views.approach, name="approach"),
    path("julkiset-hankinnat/toimittajatiedot/", views.supplier_sheet, name="supplier_sheet"),
    path(
        "julkiset-hankinnat/toimittajatiedot.pdf",
        views.supplier_sheet_pdf_file,
        name="supplier_sheet_pdf",
    ),
    path("<slug:slug>/", views.page, name="page"),
]
