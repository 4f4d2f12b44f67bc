"""
The role matrix. For each staff role the migrations create, and for a staff session that has
given only the password, every admin page, action and preview, and every public preview, is
allowed or refused as the README's role table says; and no role but those who handle bookings
(or enquiries) reaches a client's details by any route the admin or the site offers.

The routes come from the admin site's registry and URLconf and from the site's URLconf and
sitemap, so a newly registered model, admin page or action is covered at once; a model or admin
page that ROLE_TABLE or CUSTOM_ADMIN_URLS does not classify fails the test until it is.
"""

import re
from dataclasses import dataclass

import pytest
from django.conf import settings
from django.contrib import admin
from django.contrib.admin import helpers
from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.auth.models import Group, Permission, User
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.test import Client
from django.urls import URLResolver, reverse

from booking.models import Booking
from core import roles
from processes import agreements
from supervisors.models import Supervisor
from tests.support.bookings import book_soonest, make_calendar, make_supervisor
from tests.support.factories import log_in_verified, make_enquiry
from tests.support.site_urls import public_addresses
from tests.support.supervision import make_process

pytestmark = pytest.mark.django_db

CONTENT = roles.CONTENT_EDITORS
HANDLERS = roles.ENQUIRY_HANDLERS
PROCESSES = roles.PROCESS_HANDLERS
SUPERVISING = roles.SUPERVISORS
EDIT = frozenset({"view", "add", "change", "delete"})
# SiteDetails and HomePage: one record, edited in place, never added twice or deleted.
ONE_OF_A_KIND = frozenset({"view", "change"})

# The README's role table ("The first administrator and staff roles"): what each role may do
# with each model in the admin. A model or role not named here is for superusers only.
ROLE_TABLE = {
    "services.supervisionform": {CONTENT: EDIT},
    "services.keyquestion": {CONTENT: EDIT},
    "services.page": {CONTENT: EDIT},
    "services.sitedetails": {CONTENT: ONE_OF_A_KIND},
    "landing.homepage": {CONTENT: ONE_OF_A_KIND},
    "navigation.menuitem": {CONTENT: EDIT},
    "images.image": {CONTENT: EDIT},
    "supervisors.supervisor": {CONTENT: EDIT},
    "supervisors.sector": {CONTENT: EDIT},
    "pricing.pricerow": {CONTENT: EDIT},
    "pricing.priceterm": {CONTENT: EDIT},
    "faq.category": {CONTENT: EDIT},
    "faq.question": {CONTENT: EDIT},
    "articles.article": {CONTENT: EDIT},
    "testimonials.testimonial": {CONTENT: EDIT},
    "testimonials.clientorganisation": {CONTENT: EDIT},
    "community_map.dimension": {CONTENT: EDIT},
    "community_map.recommendationrule": {CONTENT: EDIT},
    "booking.calendar": {CONTENT: EDIT, HANDLERS: {"view", "issue_feed"}},
    "contact.enquiry": {HANDLERS: {"view", "change", "delete"}},
    "booking.booking": {HANDLERS: {"view", "change"}},
    "events.event": {CONTENT: EDIT},
    "events.registration": {HANDLERS: {"view", "change"}},
    "community_map.teamsurvey": {},
    # A supervisor's rights hold for their own processes only (tests/processes/test_roles.py).
    "processes.process": {PROCESSES: EDIT, SUPERVISING: {"view", "add", "change"}},
    "processes.agreementterms": {PROCESSES: EDIT, SUPERVISING: {"view"}},
    # A supervisor's own processes' rounds only (tests/evaluations/test_admin_and_roles.py).
    "evaluations.evaluationround": {
        PROCESSES: EDIT,
        SUPERVISING: {"view", "add", "change"},
    },
    "evaluations.impactfigure": {PROCESSES: {"view", "add", "change"}},
    "auth.user": {},
    "auth.group": {},
    "axes.accessattempt": {},
    "axes.accesslog": {},
    "axes.accessfailurelog": {},
    "django_tasks_database.dbtaskresult": {},
}

# The model admins' own pages beyond Django's five: who may open each, by the role's rights.
EDITING = frozenset({"add", "change"})
CUSTOM_ADMIN_URLS = {
    "markdown_preview": ("POST", lambda rights: bool(EDITING & rights)),
    "preview": ("POST", lambda rights: bool(EDITING & rights)),
    "sortable_update": ("POST", lambda rights: "change" in rights),
    "recoverlist": ("GET", lambda rights: rights >= EDITING),
    "recover": ("GET", lambda rights: rights >= EDITING),
    "revision": ("GET", lambda rights: "change" in rights),
    "password_change": ("GET", lambda rights: "change" in rights),
    "compare": ("GET", lambda rights: bool({"view", "change"} & rights)),
    "move": ("POST", lambda rights: "change" in rights),
    # The Markdown editor's image picker (images.admin): its list, and its upload in place.
    "picker": ("GET", lambda rights: "view" in rights),
    "picker_upload": ("POST", lambda rights: "add" in rights),
    # A process's agreement (or a version of it) as the purchaser sees it, and its PDF.
    "agreement": ("GET", lambda rights: "view" in rights),
    "agreement_pdf": ("GET", lambda rights: "view" in rights),
    # An evaluation round's code slips, closing it early, its process's results and summary.
    "slips": ("GET", lambda rights: bool({"view", "change"} & rights)),
    "close": ("POST", lambda rights: "change" in rights),
    "results": ("GET", lambda rights: bool({"view", "change"} & rights)),
    "summary": ("GET", lambda rights: bool({"view", "change"} & rights)),
    "summary_pdf": ("GET", lambda rights: bool({"view", "change"} & rights)),
}

DJANGOS_OWN = {"changelist", "add", "change", "history", "delete"}

# The admin site's own pages (beyond each model's), and the roles that may open each.
ALL = frozenset(roles.STAFF_ROLES)
SITE_PAGES = {
    "index": ALL,
    "password_change": ALL,
    "password_change_done": ALL,
    "jsi18n": ALL,
    "two_factor_recovery_codes": ALL,
    "statistics": {HANDLERS},
    # An app's list of models: whoever may use one of them.
    "app_list": "by app",
    # The login flow, open before the second factor (tests/core/test_admin_two_factor.py).
    "login": None,
    "logout": None,
    "two_factor_enrol": None,
    "two_factor_verify": None,
    "two_factor_invitation": None,
    # Pages for an object or a search term: every one is crawled for clients' details below.
    "autocomplete": None,
    "view_on_site": None,
}

# Unique words in every detail of one client's booking, one enquiry and one supervision process.
BOOKING_SECRET = "zqvaraus"
ENQUIRY_SECRET = "zqviesti"
PROCESS_SECRET = "zqprosessi"
# Who may see them: the README's table again. The supervisor role's user here leads the
# process (staff_member); another supervisor's process is tests/processes/test_roles.py's.
HANDLES = {
    BOOKING_SECRET: {HANDLERS},
    ENQUIRY_SECRET: {HANDLERS},
    PROCESS_SECRET: {PROCESSES, SUPERVISING},
}
PROCESS_SUPERVISOR = "prosessin-ohjaaja"
# Searched for: the start of each word (a search box shows what was searched for).
SEARCHES = [word[:5] for word in HANDLES]


@dataclass(frozen=True)
class Route:
    method: str
    url: str
    may: frozenset  # the roles that may use it


def rights(role, label):
    return set(ROLE_TABLE.get(label, {}).get(role, set()))


def roles_with(label, allowed):
    return frozenset(role for role in roles.STAFF_ROLES if allowed(rights(role, label)))


def first_object(model):
    return model._default_manager.order_by("pk").first()


def url_args(pattern_name, pattern, obj):
    """The arguments to reverse one of a model admin's own URLs, or None if it needs data."""
    from reversion.models import Version

    route = str(pattern.pattern)
    takes_arguments = "<" in route or (route.startswith("^") and re.compile(route).groups)
    if not takes_arguments:
        return []
    if obj is None:
        return None
    if pattern_name.endswith("_move"):
        return [obj.pk, "alas"]
    if pattern_name.endswith(("_recover", "_revision", "_compare")):
        version = Version.objects.get_for_object(obj).first()
        if version is None:
            return None
        return [version.pk] if pattern_name.endswith("_recover") else [obj.pk, version.pk]
    return [obj.pk]


def admin_routes():
    """Every admin route of every registered model, with the roles that may use it."""
    routes = []
    for model, model_admin in admin.site._registry.items():
        label = model._meta.label_lower
        base = f"{model._meta.app_label}_{model._meta.model_name}"
        obj = first_object(model)
        view = roles_with(label, lambda r: bool({"view", "change"} & r))
        routes.append(Route("GET", reverse(f"admin:{base}_changelist"), view))
        routes.append(
            Route("GET", reverse(f"admin:{base}_add"), roles_with(label, lambda r: "add" in r))
        )
        if obj is not None:
            routes.append(Route("GET", reverse(f"admin:{base}_change", args=[obj.pk]), view))
            routes.append(Route("GET", reverse(f"admin:{base}_history", args=[obj.pk]), view))
            routes.append(
                Route(
                    "GET",
                    reverse(f"admin:{base}_delete", args=[obj.pk]),
                    roles_with(label, lambda r: "delete" in r),
                )
            )
        for pattern in model_admin.get_urls():
            name = getattr(pattern, "name", None)
            kind = (name or "").removeprefix(base + "_")
            if name is None or kind in DJANGOS_OWN:
                continue
            assert kind in CUSTOM_ADMIN_URLS, f"{name}: say in CUSTOM_ADMIN_URLS who may open it"
            method, allowed = CUSTOM_ADMIN_URLS[kind]
            args = url_args(name, pattern, obj)
            if args is None:
                continue
            url = reverse(f"admin:{name}", args=args)
            routes.append(Route(method, url, roles_with(label, allowed)))
    return routes + site_routes()


def site_routes():
    """The admin site's own pages, from its URLconf."""
    routes = []
    for pattern in admin.site.get_urls():
        name = getattr(pattern, "name", None)
        if isinstance(pattern, URLResolver) or name is None:
            continue  # a model's own URLs, or the catch-all that answers 404
        assert name in SITE_PAGES, f"admin:{name}: say in SITE_PAGES who may open it"
        may = SITE_PAGES[name]
        if may == "by app":
            for app_label in {model._meta.app_label for model in admin.site._registry}:
                labels = [m._meta.label_lower for m in admin.site._registry]
                may_use = frozenset(
                    role
                    for role in roles.STAFF_ROLES
                    if any(
                        rights(role, label) for label in labels if label.startswith(f"{app_label}.")
                    )
                )
                routes.append(Route("GET", reverse("admin:app_list", args=[app_label]), may_use))
        elif may is not None:
            routes.append(Route("GET", reverse(f"admin:{name}"), frozenset(may)))
    return routes


def actions_for(role):
    """``{changelist url: {action name: allowed?}}`` for every registered model with actions."""
    expected = {}
    for model, model_admin in admin.site._registry.items():
        label = model._meta.label_lower
        role_rights = rights(role, label)
        if not {"view", "change"} & role_rights:
            continue
        expected[changelist_of(model)] = {}
        for name in action_names(model_admin):
            function, _name, _description = model_admin.get_action(name)
            needed = set(getattr(function, "allowed_permissions", ()) or ())
            expected[changelist_of(model)][name] = needed <= role_rights
    return expected


def changelist_of(model):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist")


def action_names(model_admin):
    return {"delete_selected"} | {
        action if isinstance(action, str) else action.__name__
        for action in model_admin.actions or []
    }


def every_action():
    """``(changelist url, action name, pks)`` for every action of every registered model."""
    for model, model_admin in admin.site._registry.items():
        pks = list(model._default_manager.values_list("pk", flat=True))
        for name in sorted(action_names(model_admin)):
            yield changelist_of(model), name, pks


LOG_IN_FIRST = ("/hallinta/login/", "/hallinta/kaksivaiheinen/")


def refused(response):
    """Whether the admin refused: 403/404, or sent the user to log in or give the second factor."""
    hops = [url for url, _status in response.redirect_chain]
    return response.status_code in (403, 404) or any(hop.startswith(LOG_IN_FIRST) for hop in hops)


def send(client, route, follow=True):
    """Use ``route``, following the admin's redirects (a one-of-a-kind list opens its record)."""
    if route.method == "GET":
        return client.get(route.url, follow=follow)
    return client.post(route.url, {}, follow=follow)


def snapshot():
    """Every row of every model the admin lists, to see that a refused request changed nothing."""
    return {
        model._meta.label_lower: sorted(map(repr, model._default_manager.values_list()))
        for model in admin.site._registry
    }


def staff_member(role, username):
    user = User.objects.create_user(username, password="x" * 12, is_staff=True)
    user.groups.add(Group.objects.get(name=role))
    if role == SUPERVISING:
        Supervisor.objects.filter(slug=PROCESS_SUPERVISOR, account=None).update(account=user)
    return user


@pytest.fixture
def site(client, settings):
    """A booking and an enquiry whose every detail carries a secret word."""
    settings.ADMIN_REQUIRE_2FA = True
    calendar = make_calendar(make_supervisor(published=True))
    booking = book_soonest(
        client,
        calendar,
        name=f"Asiakas {BOOKING_SECRET}nimi",
        email=f"{BOOKING_SECRET}@example.com",
        phone="+358 40 999 1234",
        organisation=f"{BOOKING_SECRET}organisaatio",
        note=f"{BOOKING_SECRET}viesti",
    )
    Booking.objects.filter(pk=booking.pk).update(
        staff_notes=f"{BOOKING_SECRET}muistiinpano",
        map_summary=f"{BOOKING_SECRET}kartta",
        email_error=f"{BOOKING_SECRET}virhe",
    )
    make_enquiry(
        name=f"Lähettäjä {ENQUIRY_SECRET}nimi",
        email=f"{ENQUIRY_SECRET}@example.com",
        organisation=f"{ENQUIRY_SECRET}organisaatio",
        message=f"{ENQUIRY_SECRET}viesti",
        supervisor=calendar.supervisor,
    )
    process = make_process(
        supervisors=[make_supervisor(slug=PROCESS_SUPERVISOR, name="Prosessin Ohjaaja")],
        goals=[(f"{PROCESS_SECRET}tavoite", f"{PROCESS_SECRET}mittari")],
        organisation=f"{PROCESS_SECRET}organisaatio",
        purchaser_name=f"Tilaaja {PROCESS_SECRET}nimi",
        purchaser_email=f"{PROCESS_SECRET}@example.com",
        employer_information=f"{PROCESS_SECRET}kerrotaan",
    )
    agreements.current_version(process)
    # A handler's change is in the admin's log, under the name the admin gives the booking.
    LogEntry.objects.create(
        user=staff_member(HANDLERS, "lokittaja"),
        content_type=ContentType.objects.get_for_model(Booking),
        object_id=str(booking.pk),
        object_repr=str(Booking.objects.get(pk=booking.pk))[:200],
        action_flag=CHANGE,
        change_message='[{"changed": {"fields": ["staff_notes"]}}]',
    )
    return booking


def verified_client(role, username):
    client = Client()
    log_in_verified(client, staff_member(role, username))
    return client


def password_only_client(role, username):
    client = Client()
    client.force_login(staff_member(role, username))
    return client


def test_the_role_table_names_every_role_the_migrations_create_and_every_admin_model():
    readme = (settings.BASE_DIR / "README.md").read_text()
    readme_roles = set(re.findall(r"^\| (\S[^|]*?) \| ", readme, re.M))
    created = set(Group.objects.values_list("name", flat=True))

    assert created == set(roles.STAFF_ROLES)
    assert created <= readme_roles
    unclassified = {m._meta.label_lower for m in admin.site._registry} - set(ROLE_TABLE)
    assert unclassified == set(), "say in ROLE_TABLE who may use these admin models"


@pytest.mark.parametrize("role", roles.STAFF_ROLES)
def test_each_admin_page_is_open_to_exactly_the_roles_the_table_names(site, role):
    client = verified_client(role, "rooli")
    routes = admin_routes()
    wrong = []
    assert len(routes) > 100
    assert {route.method for route in routes} == {"GET", "POST"}

    for route in routes:
        before = snapshot() if route.method == "POST" else None
        response = send(client, route)
        if (role in route.may) == refused(response):
            wrong.append((route.method, route.url, response.status_code))
        if role not in route.may and before is not None:
            assert snapshot() == before, route

    assert wrong == []


def offered_actions(html):
    """The actions a changelist's action menu offers."""
    menu = re.search(r'<select name="action".*?</select>', html, re.S)
    return set(re.findall(r'<option value="(\w+)"', menu[0])) if menu else set()


@pytest.mark.parametrize("role", roles.STAFF_ROLES)
def test_each_admin_action_is_offered_to_exactly_the_roles_the_table_names(site, role):
    client = verified_client(role, "rooli")
    checked = 0

    for changelist, expected in actions_for(role).items():
        html = client.get(changelist).content.decode()
        if 'class="action-checkbox"' not in html:
            continue  # an empty list offers no actions
        checked += 1
        assert offered_actions(html) == {name for name, ok in expected.items() if ok}, changelist
    # A supervisor has one list with actions: their processes (the terms they only read).
    assert checked >= (1 if role == SUPERVISING else 2)


@pytest.mark.parametrize("role", roles.STAFF_ROLES)
def test_a_refused_action_changes_nothing(site, role):
    client = verified_client(role, "rooli")
    allowed = actions_for(role)

    for changelist, name, pks in every_action():
        if allowed.get(changelist, {}).get(name):
            continue
        before = snapshot()
        client.post(
            changelist,
            {"action": name, helpers.ACTION_CHECKBOX_NAME: pks, "post": "yes", "confirm": "yes"},
        )
        assert snapshot() == before, (changelist, name)


def publishable_items():
    """One item, unpublished, of each model whose admin previews it at its own public page."""
    for model, model_admin in admin.site._registry.items():
        item = first_object(model)
        has_preview = getattr(model_admin, "has_preview", lambda item: False)
        if item is None or not has_preview(item) or not hasattr(item, "published"):
            continue
        model._default_manager.filter(pk=item.pk).update(published=False)
        yield model._meta.label_lower, item.get_absolute_url()


@pytest.mark.parametrize("role", roles.STAFF_ROLES)
@pytest.mark.parametrize("verified", [True, False], ids=["verified", "password-only"])
def test_public_previews_follow_the_table_and_need_the_second_factor(site, role, verified):
    client = (verified_client if verified else password_only_client)(role, "rooli")
    previews = list(publishable_items())
    assert {"services.page", "services.supervisionform", "supervisors.supervisor"} <= {
        label for label, _url in previews
    }

    for label, url in previews:
        response = client.get(url)
        may = verified and bool({"view", "change"} & rights(role, label))
        assert (response.status_code == 200 and "Esikatselu" in response.text) == may, url
        if not may:
            assert response.status_code == 404, url


@pytest.mark.parametrize("role", roles.STAFF_ROLES)
def test_without_the_second_factor_every_admin_route_sends_to_it(site, role):
    client = password_only_client(role, "rooli")

    for route in admin_routes():
        before = snapshot() if route.method == "POST" else None
        # The first answer is what counts: the page it sends to is tested on its own.
        response = send(client, route, follow=False)
        assert response.status_code == 302, route
        assert response["Location"].startswith("/hallinta/kaksivaiheinen/"), route
        if before is not None:
            assert snapshot() == before, route


def everything_a_client_can_reach(client):
    """Every page, search, autocomplete, action answer and feed a client can get, as text."""
    for route in admin_routes():
        yield route.url, send(client, route)
    for model in admin.site._registry:
        changelist = changelist_of(model)
        item = first_object(model)
        if item is not None:
            content_type = ContentType.objects.get_for_model(model)
            on_site = reverse("admin:view_on_site", args=[content_type.pk, item.pk])
            yield on_site, client.get(on_site, follow=True)
        for word in SEARCHES:
            yield f"{changelist}?q={word}", client.get(changelist, {"q": word})
        for field in model._meta.get_fields():
            if (
                isinstance(field, (models.ForeignKey, models.ManyToManyField))
                and not field.auto_created
            ):
                for word in SEARCHES:
                    query = {
                        "app_label": model._meta.app_label,
                        "model_name": model._meta.model_name,
                        "field_name": field.name,
                        "term": word,
                    }
                    yield f"autocomplete {query}", client.get(reverse("admin:autocomplete"), query)
    for changelist, name, pks in every_action():
        yield (
            f"{changelist} {name}",
            client.post(
                changelist, {"action": name, helpers.ACTION_CHECKBOX_NAME: pks}, follow=True
            ),
        )
    for address in public_addresses(Client()):
        yield address, client.get(address)


def text_of(response):
    content = b"".join(response) if response.streaming else response.content
    return content.decode(errors="replace").lower()


@pytest.mark.parametrize(
    "who",
    [
        *[(role, True) for role in roles.STAFF_ROLES],
        *[(role, False) for role in roles.STAFF_ROLES],
        ("no role", True),
    ],
    ids=lambda who: f"{who[0]}-{'verified' if who[1] else 'password-only'}",
)
def test_no_one_but_those_who_handle_them_reaches_a_clients_details(site, who):
    role, verified = who
    if role == "no role":
        client = Client()
        user = User.objects.create_user("tyhja", password="x" * 12, is_staff=True)
        log_in_verified(client, user)
    else:
        client = (verified_client if verified else password_only_client)(role, "rooli")
    may_see = {word for word, handlers in HANDLES.items() if verified and role in handlers}
    leaks = []

    for where, response in everything_a_client_can_reach(client):
        text = text_of(response)
        leaks += [(where, word) for word in HANDLES if word not in may_see and word in text]
        assert "/ajanvaraus/kalenteri/" not in text or BOOKING_SECRET in may_see, where

    assert leaks == [], "\n".join(map(str, leaks))


def test_the_inbox_tells_of_bookings_only_those_who_may_read_them(site):
    reader = User.objects.create_user("lukija", password="x" * 12, is_staff=True)
    reader.user_permissions.add(Permission.objects.get(codename="view_enquiry"))
    client = Client()
    log_in_verified(client, reader)
    handler = verified_client(HANDLERS, "kasittelija")
    notice = "varattu tutustumiskeskustelu on tulossa"

    assert notice not in client.get(reverse("admin:contact_enquiry_changelist")).text
    assert notice in handler.get(reverse("admin:contact_enquiry_changelist")).text
