"""Guard rails: the project is consistent and speaks Finnish."""

import pytest
from django.core.management import call_command
from django.template.loader import render_to_string
from django.test import override_settings
from django.utils import translation

from tests.support import processes

pytestmark = pytest.mark.django_db


def test_no_model_change_lacks_a_migration():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def test_system_checks_pass():
    call_command("check", fail_level="WARNING")


def test_finnish_translations_are_compiled_and_active():
    assert translation.get_language() == "fi"
    assert translation.gettext("Skip to content") == "Suoraan sisältöön"


def test_server_error_page_is_finnish_and_needs_no_database():
    html = render_to_string("500.html")

    assert "Jokin meni vikaan" in html
    assert 'lang="fi"' in html


@override_settings(ROOT_URLCONF="tests.support.urls_failing")
def test_an_unhandled_error_shows_the_finnish_error_page(client):
    client.raise_request_exception = False

    response = client.get("/kaatuu/")

    assert response.status_code == 500
    assert "Jokin meni vikaan" in response.content.decode()


def test_a_fresh_checkout_checks_its_migrations_without_any_configuration():
    env = processes.environment(DATABASE_URL="sqlite://:memory:")

    result = processes.manage("makemigrations", "--check", "--dry-run", env=env)

    assert result.returncode == 0, result.stderr
    assert "No changes detected" in result.stdout
