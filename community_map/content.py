"""The map's published content as plain data, kept until staff change any of it (core.parts)."""

import hashlib
from dataclasses import replace
from decimal import Decimal

from core.parts import cached_part
from services.models import KeyQuestion, SupervisionForm

from .models import Dimension, RecommendationRule, Reflection, Statement
from .scoring import DimensionData, RuleData, StatementData

# What the dimensions show: each statement's dimension and its key question.
DIMENSION_KINDS = (Dimension, Statement, KeyQuestion)


def _load_dimensions(statement_ids=None):
    if statement_ids is None:
        statements = Statement.objects.published().filter(dimension__published=True)
    else:
        # A follow-up's statements as its baseline asked them, published or not since.
        statements = Statement.objects.filter(pk__in=statement_ids)
    statements = statements.select_related("dimension__key_question").order_by(
        "dimension__order", "dimension__pk", "order", "pk"
    )
    dimensions, members = {}, {}
    for statement in statements:
        dimension = statement.dimension
        dimensions.setdefault(dimension.pk, dimension)
        members.setdefault(dimension.pk, []).append(
            StatementData(statement.pk, statement.text, statement.reverse_scored, statement.crisis)
        )
    return [
        DimensionData(
            pk=dimension.pk,
            slug=dimension.slug,
            name=dimension.name,
            description=dimension.description,
            question=dimension.key_question.question if dimension.key_question else "",
            statements=tuple(members[pk]),
        )
        for pk, dimension in dimensions.items()
    ]


def _load_reflections():
    reflections = {}
    for reflection in Reflection.objects.all():
        reflections.setdefault(reflection.dimension_id, {})[reflection.band] = reflection.text
    return reflections


def _load_rules():
    rules = (
        RecommendationRule.objects.published()
        .filter(supervision_form__published=True)
        .select_related("supervision_form")
    )
    return [
        RuleData(
            kind=rule.kind,
            threshold=float(Decimal(rule.threshold)),
            form_name=rule.supervision_form.name,
            form_url=rule.supervision_form.get_absolute_url(),
            reason=rule.reason,
            dimension_pk=rule.dimension_id,
        )
        for rule in rules
    ]


def dimensions():
    """The published dimensions, each with its published statements (one query, cached)."""
    return cached_part("map:dimensions", DIMENSION_KINDS, _load_dimensions)


def dimensions_with_reflections():
    return _with_reflections(dimensions())


def _with_reflections(dimension_list):
    reflections = cached_part("map:reflections", (Reflection, Dimension), _load_reflections)
    return [replace(d, reflections=reflections.get(d.pk, {})) for d in dimension_list]


def statements_key(statement_ids):
    """A short name for a set of statements, for cache keys."""
    text = ",".join(str(pk) for pk in sorted(statement_ids))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def dimensions_of(statement_ids, *, with_reflections=False):
    """
    The dimensions of exactly ``statement_ids`` (those that still exist), each with those of
    its statements, in the map's order: what a follow-up asks and compares (cached).
    """
    ids = sorted(set(statement_ids))
    found = cached_part(
        f"map:dimensions-of:{statements_key(ids)}", DIMENSION_KINDS, lambda: _load_dimensions(ids)
    )
    return _with_reflections(found) if with_reflections else found


def survey_dimensions(survey, *, with_reflections=False):
    """What ``survey`` asks: a follow-up its baseline's statements, any other the published."""
    if survey.statement_ids:
        return dimensions_of(survey.statement_ids, with_reflections=with_reflections)
    return dimensions_with_reflections() if with_reflections else dimensions()


def rules():
    return cached_part("map:rules", (RecommendationRule, SupervisionForm), _load_rules)


def statement_pks(dimension_list):
    return {statement.pk for d in dimension_list for statement in d.statements}
