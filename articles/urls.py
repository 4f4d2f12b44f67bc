from django.urls import path

from . import views

app_name = "articles"

urlpatterns = [
    path("", views.article_list, name="list"),
    # A slug has no dot, so no article's address can be the feed's.
    path("atom.xml", views.article_feed, name="feed"),
    path("<slug:slug>/", views.article_detail, name="detail"),
]
