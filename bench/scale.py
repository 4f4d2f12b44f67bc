"""
A site in use, for `make bench SCALE=N`: on top of the example content, per unit of N,

- 2 supervisors with calendars (three weekly windows of three hours, 30-minute meetings),
- 500 bookings: 46 % in the future, spread over 26 weeks (most beyond the 42-day horizon),
  the rest over the past year, one in ten cancelled,
- 200 enquiries over the past two years,
- 10 frequently asked questions,
- 5 team surveys with 300 answers each (320 answer codes, so some are still unused).

SCALE=10 gives 20 supervisors, 5,000 bookings (2,308 ahead), 2,000 enquiries, 100 questions
and 50 surveys. Rows are written with the models' managers and bulk_create, straight into the
bench's own temporary database (never the developer's), and every one says it is an example:
supervisors and calendars carry ``is_example``; other names start with "Esimerkki".

A survey of 300 answers is bigger than the site's form allows (team.MAX_MEMBERS): the point is
to see what the results page costs when a large work community answers.
"""

import random
from datetime import UTC, datetime, time, timedelta

from django.db import transaction
from django.utils import timezone

from booking.models import Booking, Calendar, Mode, WeeklyHours
from booking.public_holidays import is_holiday
from booking.timefmt import HELSINKI
from community_map import answer_codes, content, team
from community_map.models import AnswerCode, TeamResponse, TeamSurvey
from contact.models import Enquiry
from core.url_tokens import token_hash
from faq.models import Category, Question
from services.models import SupervisionForm
from supervisors.models import Credential, Sector, Supervisor

PER_UNIT = {
    "supervisors": 2,
    "bookings": 500,
    "enquiries": 200,
    "questions": 10,
    "surveys": 5,
}
FUTURE_SHARE = 2308 / 5000
FUTURE_DAYS = 26 * 7
PAST_DAYS = 365
CANCELLED_SHARE = 0.1
SURVEY_ANSWERS = 300
SURVEY_CODES = 320
MEETING = timedelta(minutes=30)
FIRST_NAMES = ["Anni", "Elias", "Helmi", "Ilmari", "Kaisa", "Lauri", "Maija", "Oskari",
               "Pihla", "Raimo", "Saara", "Tuomas", "Ulla", "Veikko", "Venla", "Aleksi",
               "Iida", "Juho", "Noora", "Onni"]  # fmt: skip
SECTORS = ["sosiaaliala", "terveydenhuolto", "opetusala", "kunta-ala", "järjestöt", "seurakunnat"]
TEXT = (
    "Esimerkkiteksti: työnohjauksessa pysähdytään oman työn äärelle, tarkastellaan vaativia "
    "tilanteita ja etsitään niihin uusia näkökulmia yhdessä ohjaajan kanssa. "
)


def counts(scale):
    return {name: per_unit * scale for name, per_unit in PER_UNIT.items()}


@transaction.atomic
def load(scale, seed=1):
    """
    Add ``scale`` units of a site in use. Return how many rows of each kind were added, and
    the results token and an unused answer code of the first open survey (its pages are
    measured in place of the small example survey's).
    """
    rng = random.Random(seed)
    wanted = counts(scale)
    forms = list(SupervisionForm.objects.published())
    supervisors = _supervisors(wanted["supervisors"], forms, rng)
    calendars = _calendars(supervisors, rng)
    bookings = _bookings(wanted["bookings"], calendars, forms, rng)
    enquiries = _enquiries(wanted["enquiries"], forms, supervisors, rng)
    questions = _questions(wanted["questions"], forms, rng)
    surveys, survey_keys = _surveys(wanted["surveys"], rng)
    added = {
        "supervisors": len(supervisors),
        "bookings": len(bookings),
        "future bookings": sum(b.start > timezone.now() for b in bookings),
        "enquiries": len(enquiries),
        "questions": len(questions),
        "surveys": len(surveys),
        "survey answers": TeamResponse.objects.filter(survey__in=surveys).count(),
    }
    return added, survey_keys


def _supervisors(number, forms, rng):
    # The example supervisors' drawn portraits, shared: each profile shows a picture.
    photos = [s.photo for s in Supervisor.objects.filter(is_example=True, photo__isnull=False)]
    start = Supervisor.objects.count()
    supervisors = Supervisor.objects.bulk_create(
        Supervisor(
            name=f"{FIRST_NAMES[index % len(FIRST_NAMES)]} Esimerkki {index + 1}",
            slug=f"esimerkki-ohjaaja-{index + 1}",
            photo=photos[index % len(photos)] if photos else None,
            role="Työnohjaaja – esimerkkiprofiili, ei oikea henkilö",
            introduction="Esimerkkiprofiili kuormitusmittausta varten. " + TEXT,
            body=f"## Miten työskentelen\n\n{TEXT * 3}\n\n## Kokemus\n\n{TEXT * 2}",
            languages=["fi"] if index % 3 else ["fi", "en"],
            places=rng.choice(["Helsinki", "Tampere", "Turku", "Oulu, Kuopio"]),
            is_example=True,
            order=start + index,
        )
        for index in range(number)
    )
    Through = Supervisor.forms.through
    Through.objects.bulk_create(
        Through(supervisor_id=supervisor.pk, supervisionform_id=form.pk)
        for supervisor in supervisors
        for form in rng.sample(forms, min(3, len(forms)))
    )
    sectors = Sector.for_names(SECTORS)
    Supervisor.sectors.through.objects.bulk_create(
        Supervisor.sectors.through(supervisor_id=supervisor.pk, sector_id=sector.pk)
        for supervisor in supervisors
        for sector in rng.sample(sectors, 2)
    )
    training, background = Credential.Kind.SUPERVISOR_TRAINING, Credential.Kind.BACKGROUND
    Credential.objects.bulk_create(
        Credential(
            supervisor=supervisor,
            kind=kind,
            title=title,
            issuer="Esimerkkioppilaitos",
            credits=credits,
            year=year,
            order=order,
        )
        for supervisor in supervisors
        for order, (kind, title, credits, year) in enumerate(
            [
                (training, "Esimerkkipätevyys: työnohjaajakoulutus", 60, 2016),
                (background, "Esimerkkitutkinto", None, 2009),
            ]
        )
    )
    return supervisors


def _calendars(supervisors, rng):
    calendars = Calendar.objects.bulk_create(
        Calendar(
            supervisor=supervisor,
            mode=rng.choice(list(Mode)),
            location="Esimerkki: ohjeet lähetetään sähköpostilla.",
            is_example=True,
        )
        for supervisor in supervisors
    )
    hours = []
    for calendar in calendars:
        for weekday in sorted(rng.sample(range(5), 3)):
            first = rng.choice([8, 9, 12, 13])
            hours.append(
                WeeklyHours(
                    calendar=calendar, weekday=weekday, start=time(first), end=time(first + 3)
                )
            )
    WeeklyHours.objects.bulk_create(hours)
    return [(calendar, [h for h in hours if h.calendar is calendar]) for calendar in calendars]


def _meeting_starts(weekly, first_day, last_day):
    """Every meeting start in ``weekly``'s windows from ``first_day`` to ``last_day``."""
    starts = []
    day = first_day
    while day <= last_day:
        if not is_holiday(day):
            for hours in weekly:
                if hours.weekday == day.weekday():
                    moment = datetime.combine(day, hours.start, tzinfo=HELSINKI).astimezone(UTC)
                    end = datetime.combine(day, hours.end, tzinfo=HELSINKI).astimezone(UTC)
                    while moment + MEETING <= end:
                        starts.append(moment)
                        moment += MEETING
        day += timedelta(days=1)
    return starts


def _share(total, parts, index):
    return total // parts + (index < total % parts)


def _bookings(number, calendars, forms, rng):
    now = timezone.now()
    today = now.astimezone(HELSINKI).date()
    future_total = round(number * FUTURE_SHARE)
    rows = []
    for index, (calendar, weekly) in enumerate(calendars):
        future = _share(future_total, len(calendars), index)
        past = _share(number - future_total, len(calendars), index)
        ahead = [s for s in _meeting_starts(weekly, today, today + timedelta(FUTURE_DAYS))
                 if s > now + timedelta(hours=1)]  # fmt: skip
        behind = [s for s in _meeting_starts(weekly, today - timedelta(PAST_DAYS), today)
                  if s + MEETING < now]  # fmt: skip
        for start in rng.sample(ahead, future) + rng.sample(behind, past):
            rows.append(_booking(calendar, start, forms, rng, now, len(rows) + 1))
    return Booking.objects.bulk_create(rows)


def _booking(calendar, start, forms, rng, now, number):
    topic = rng.choice(forms)
    created = min(now, start - timedelta(days=rng.randint(2, 30)))
    booking = Booking(
        supervisor_id=calendar.supervisor_id,
        start=start,
        end=start + MEETING,
        mode=calendar.mode,
        location=calendar.location,
        topic=topic,
        topic_name=topic.name,
        sector=rng.choice(SECTORS),
        name=f"Esimerkki Asiakas {number}",
        email=f"asiakas{number}@example.com",
        organisation=f"Esimerkkiorganisaatio {number % 40 + 1}",
        note="Esimerkkiviesti: toivomme ryhmätyönohjausta syksystä alkaen.",
        created_at=created,
        changed_at=created,
        client_sent_sequence=0,
        staff_sent_sequence=0,
        reminder_sent_at=start - timedelta(hours=20) if start < now else None,
    )
    if rng.random() < CANCELLED_SHARE:
        booking.status = Booking.Status.CANCELLED
        booking.cancelled_at = created + timedelta(hours=1)
        booking.cancelled_by = Booking.CancelledBy.CLIENT
    booking.new_manage_key()
    return booking


def _enquiries(number, forms, supervisors, rng):
    now = timezone.now()
    rows = []
    for index in range(number):
        sent = now - timedelta(minutes=rng.randint(10, 730 * 24 * 60))
        topic = rng.choice([*forms, None])
        supervisor = rng.choice([*supervisors, None, None])
        handled = sent < now - timedelta(days=7)
        rows.append(
            Enquiry(
                name=f"Esimerkki Lähettäjä {index + 1}",
                email=f"lahettaja{index + 1}@example.com",
                organisation=f"Esimerkkiorganisaatio {index % 40 + 1}",
                topic=topic,
                topic_name=topic.name if topic else "",
                supervisor=supervisor,
                supervisor_name=supervisor.name if supervisor else "",
                message="Esimerkkiviesti: " + TEXT,
                status=Enquiry.Status.HANDLED if handled else Enquiry.Status.NEW,
                created_at=sent,
                handled_at=sent + timedelta(days=2) if handled else None,
                notified_at=sent,
                confirmed_at=sent,
            )
        )
    return Enquiry.objects.bulk_create(rows)


def _questions(number, forms, rng):
    categories = list(Category.objects.all())
    questions = Question.objects.bulk_create(
        Question(
            category=categories[index % len(categories)],
            question=f"Esimerkkikysymys {index + 1}: miten työnohjaus sopii meille?",
            answer=f"{TEXT * 2}\n\n{TEXT}Lue lisää [hinnoista](/hinnat/).",
            order=100 + index,
        )
        for index in range(number)
    )
    Through = Question.forms.through
    Through.objects.bulk_create(
        Through(question_id=question.pk, supervisionform_id=rng.choice(forms).pk)
        for question in questions
    )
    return questions


def _surveys(number, rng):
    """Surveys of SURVEY_ANSWERS answers: open ones shown in steps, every third closed."""
    today = timezone.localdate()
    statements = sorted(content.statement_pks(content.dimensions()))
    made, keys = [], None
    for index in range(number):
        token = team.results_token_for(f"esimerkki-{index}-{rng.random()}")
        codes = answer_codes.codes_for(token, SURVEY_CODES)
        digests = [answer_codes.digest(code) for code in codes]
        closed = index % 3 == 2
        if keys is None and not closed:
            keys = {"results_token": token, "answer_code": codes[SURVEY_ANSWERS]}
        made.append(
            (
                TeamSurvey(
                    name=f"Esimerkkitiimi {index + 1}",
                    member_count=SURVEY_CODES,
                    threshold=5,
                    reveal=TeamSurvey.Reveal.CLOSED if closed else TeamSurvey.Reveal.STEPS,
                    results_token_hash=token_hash(token),
                    created_on=today - timedelta(days=20),
                    ends_on=today - timedelta(days=1) if closed else today + timedelta(days=14),
                    closed_on=today - timedelta(days=1) if closed else None,
                    answer_count=SURVEY_ANSWERS,
                    used_codes=sorted(digests[:SURVEY_ANSWERS]),
                    shown_steps=0 if closed else SURVEY_ANSWERS // 5,
                ),
                digests,
            )
        )
    surveys = TeamSurvey.objects.bulk_create(survey for survey, _digests in made)
    AnswerCode.objects.bulk_create(
        AnswerCode(survey=survey, digest=digest)
        for survey, (_unsaved, digests) in zip(surveys, made, strict=True)
        for digest in digests
    )
    TeamResponse.objects.bulk_create(
        TeamResponse(
            survey=survey,
            answers=_answers(statements, rng),
            step=None if survey.closed_on else answer // 5 + 1,
        )
        for survey in surveys
        for answer in range(SURVEY_ANSWERS)
    )
    return surveys, keys


def _answers(statements, rng):
    """One member's answers: mostly 2–4, now and then 1, 5 or "en osaa sanoa" (0)."""
    return {str(pk): rng.choice([0, 1, 2, 3, 3, 3, 4, 4, 4, 5]) for pk in statements}
