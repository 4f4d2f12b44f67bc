"""Plain factory helpers: build content with sensible defaults, overridable per test."""

import functools
import importlib
import time

from django.contrib.auth.models import Group, User
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.utils import timezone

from contact.forms import TOKEN_SALT
from contact.models import Enquiry
from core import roles, spam
from services.models import KeyQuestion, Page, SupervisionForm

_seed_migration = importlib.import_module("services.migrations.0002_seed_content")
_roles_migration = importlib.import_module("services.migrations.0003_staff_roles")
_contact_roles_migration = importlib.import_module("contact.migrations.0002_enquiry_handler_role")
_map_migration = importlib.import_module("community_map.migrations.0002_seed_map")
_image_roles_migration = importlib.import_module("images.migrations.0002_content_editor_role")
_supervisor_roles_migration = importlib.import_module(
    "supervisors.migrations.0002_content_editor_role"
)
_supervisor_page_migration = importlib.import_module("supervisors.migrations.0003_list_page")
_articles_migration = importlib.import_module("articles.migrations.0002_list_page_and_role")
_sectors_migration = importlib.import_module("supervisors.migrations.0006_qualifications_data")
_menu_migration = importlib.import_module("navigation.migrations.0002_default_menu")
_menu_entries_migration = importlib.import_module(
    "navigation.migrations.0003_booking_and_team_map_entries"
)
_home_migration = importlib.import_module("landing.migrations.0002_home_page_content")
_buyers_page_migration = importlib.import_module("website.migrations.0001_public_buyers_page")
_faq_migration = importlib.import_module("faq.migrations.0002_seed_questions")
_pricing_roles_migration = importlib.import_module("pricing.migrations.0002_content_editor_role")
_booking_roles_migration = importlib.import_module("booking.migrations.0003_roles")
_event_roles_migration = importlib.import_module("events.migrations.0002_roles")
_process_roles_migration = importlib.import_module("processes.migrations.0002_roles")
_evaluation_roles_migration = importlib.import_module("evaluations.migrations.0002_roles")
_booking_feed_roles_migration = importlib.import_module(
    "booking.migrations.0005_calendar_feed_for_booking_handlers"
)
_revision_migrations = [
    importlib.import_module(name)
    for name in (
        "services.migrations.0010_revise_seeded_texts",
        "community_map.migrations.0005_revise_seeded_texts",
        "faq.migrations.0003_revise_seeded_texts",
        "services.migrations.0011_one_voice",
        "community_map.migrations.0010_one_voice",
        "faq.migrations.0004_one_voice",
        "supervisors.migrations.0004_one_voice",
        "services.migrations.0013_terms_not_promised",
        "faq.migrations.0005_terms_not_promised",
    )
]
_testimonial_roles_migration = importlib.import_module(
    "testimonials.migrations.0002_content_editor_role"
)
_client_organisation_roles_migration = importlib.import_module(
    "testimonials.migrations.0004_client_organisation_role"
)
_finnish_fields_migration = importlib.import_module(
    "website.migrations.0002_finnish_texts_in_their_own_fields"
)
_addresses_migration = importlib.import_module(
    "services.migrations.0015_addresses_in_swedish_and_english"
)
# The privacy statement's sections that later migrations added, in the order migrate adds them.
_privacy_statement_updates = [
    importlib.import_module(name)
    for name in (
        "services.migrations.0005_privacy_statement_cookies_and_logs",
        "services.migrations.0008_privacy_statement_controller_and_fields",
        "booking.migrations.0002_privacy_statement_booking",
        "community_map.migrations.0004_privacy_statement_team_map",
        "community_map.migrations.0009_privacy_statement_answer_codes",
    )
]
_events_list_migration = importlib.import_module("events.migrations.0003_list_page")
_events_privacy_migration = importlib.import_module(
    "website.migrations.0004_privacy_statement_events"
)
_processes_privacy_migration = importlib.import_module(
    "website.migrations.0005_privacy_statement_processes"
)
_evaluations_privacy_migration = importlib.import_module(
    "website.migrations.0006_privacy_statement_evaluations"
)
_translations_migration = importlib.import_module(
    "website.migrations.0003_swedish_and_english_texts"
)
CONTENT_EDITORS = roles.CONTENT_EDITORS


@functools.cache
def _migrated_models():
    """
    The models as the migrations know them, so that their functions run here as in migrate:
    on the original columns, without modeltranslation's reading and writing by language.
    """
    return MigrationLoader(connection, ignore_no_migrations=True).project_state().apps


def load_seed_content():
    """Load the seeded content and roles again (transactional tests empty the tables)."""
    apps = _migrated_models()
    _seed_migration.load_content(apps)
    _roles_migration.create_roles(apps)
    _contact_roles_migration.grant_permissions(apps)
    _map_migration.load_map(apps)
    _image_roles_migration.grant_permissions(apps)
    _supervisor_roles_migration.grant_permissions(apps)
    _sectors_migration.add_starting_sectors(apps)
    _sectors_migration.grant_permissions(apps)
    _supervisor_page_migration.load_page(apps)
    _faq_migration.load_questions(apps)
    _faq_migration.grant_permissions(apps)
    _pricing_roles_migration.grant_permissions(apps)
    _testimonial_roles_migration.grant_permissions(apps)
    _client_organisation_roles_migration.grant_permissions(apps)
    _booking_roles_migration.grant_permissions(apps)
    _event_roles_migration.grant_permissions(apps)
    _process_roles_migration.grant_permissions(apps)
    _evaluation_roles_migration.grant_permissions(apps)
    _booking_feed_roles_migration.let_booking_handlers_see_calendars(apps)
    _privacy_statement_updates[0].update_privacy_statement(apps)
    _privacy_statement_updates[1].update_privacy_statement(apps)
    _privacy_statement_updates[2].update_privacy_statement(apps)
    _privacy_statement_updates[3].describe_team_map(apps)
    _privacy_statement_updates[4].describe_answer_codes(apps)
    revise_seeded_texts(apps)
    _menu_migration.load_menu(apps)
    _menu_migration.grant_permissions(apps)
    _menu_entries_migration.add_entries(apps)
    _buyers_page_migration.add_page_and_menu_entry(apps)
    _home_migration.load_home(apps)
    _home_migration.grant_permissions(apps)
    _finnish_fields_migration.copy_finnish(apps, None)
    _translations_migration.add_translations(apps, None)
    _events_privacy_migration.describe_registrations(apps)
    _processes_privacy_migration.describe_processes(apps)
    _evaluations_privacy_migration.describe_evaluations(apps)
    _addresses_migration.add_addresses(apps, None)
    _articles_migration.load_page(apps)
    _events_list_migration.load_page(apps)
    _articles_migration.grant_permissions(apps)


def revise_seeded_texts(apps):
    """
    Run the seeded texts' revisions, as the services, map, questions and supervisors
    migrations do: the second (issue 11), the third (one voice), then the fourth (no term
    promised before it exists).
    """
    for migration in _revision_migrations:
        migration.revise_texts(apps)


def make_form(**overrides):
    values = {
        "name": "Testiohjaus",
        "slug": "testiohjaus",
        "summary": "Lyhyt kuvaus testiohjauksesta.",
        "audience": "Testaajille.",
        "body": "Testiohjauksen leipäteksti.",
        "order": 99,
    }
    values.update(overrides)
    return SupervisionForm.objects.create(**values)


def make_page(**overrides):
    values = {
        "slug": "testisivu",
        "title": "Testisivu",
        "lead": "Testisivun ingressi.",
        "body": "Testisivun leipäteksti.",
        "meta_description": "Testisivun kuvaus hakukoneille.",
    }
    values.update(overrides)
    return Page.objects.create(**values)


def make_question(**overrides):
    values = {"theme": "Testiteema", "question": "Miten testaus onnistuu?", "order": 99}
    values.update(overrides)
    return KeyQuestion.objects.create(**values)


def make_content_editor(username="toimittaja", password="salasana-testi-123"):
    """Return a staff member with the content editor role (and the password set)."""
    user = User.objects.create_user(username=username, password=password, is_staff=True)
    user.groups.add(Group.objects.get(name=CONTENT_EDITORS))
    return user


def make_form_token(age_seconds=60):
    """A contact form token issued ``age_seconds`` ago."""
    return spam.issue_form_token(issued_at=time.time() - age_seconds, salt=TOKEN_SALT)


def contact_data(**overrides):
    """A valid contact form POST, as a person would send it a minute after opening the form."""
    data = {
        "name": "Maija Meikäläinen",
        "email": "maija@example.com",
        "phone": "",
        "organisation": "Esimerkkikunta",
        "topic": str(SupervisionForm.objects.get(slug="ryhmatyonohjaus").pk),
        "group_size": "8",
        "delivery": "on_site",
        "contact_method": "email",
        "message": "Tiimimme kaipaa tukea muutoksessa. Voisimmeko jutella?",
        "website": "",
        "started": make_form_token(),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def make_enquiry(**overrides):
    values = {
        "name": "Matti Meikäläinen",
        "email": "matti@example.com",
        "message": "Kysyisin yksilötyönohjauksesta.",
        "notified_at": timezone.now(),
    }
    values.update(overrides)
    return Enquiry.objects.create(**values)


def log_in_verified(client, user):
    """Log ``user`` in to ``client`` with a verified second factor, as after the code form."""
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    client.force_login(user)
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=True)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return device


def enquiry_handler():
    user = User.objects.create_user("kasittelija", password="x" * 12, is_staff=True)
    user.groups.add(Group.objects.get(name=roles.ENQUIRY_HANDLERS))
    return user
