from django.urls import path

from core.languages import localized

from . import views

app_name = "services"

urlpatterns = [
    path("", views.home, name="home"),
    path(localized("palvelut/", sv="tjanster/", en="services/"), views.form_list, name="form_list"),
    path(
        localized("palvelut/<slug:slug>/", sv="tjanster/<slug:slug>/", en="services/<slug:slug>/"),
        views.form_detail,
        name="form_detail",
    ),
    path(
        localized("tyootteemme/", sv="vart-arbetssatt/", en="our-approach/"),
        views.approach,
        name="approach",
    ),
    path(
        localized(
            "julkiset-hankinnat/toimittajatiedot/",
            sv="offentliga-upphandlingar/leverantorsuppgifter/",
            en="public-procurement/supplier-details/",
        ),
        views.supplier_sheet,
        name="supplier_sheet",
    ),
    path(
        localized(
            "julkiset-hankinnat/toimittajatiedot.pdf",
            sv="offentliga-upphandlingar/leverantorsuppgifter.pdf",
            en="public-procurement/supplier-details.pdf",
        ),
        views.supplier_sheet_pdf_file,
        name="supplier_sheet_pdf",
    ),
    path("<slug:slug>/", views.page, name="page"),
]
