"""Answering the work community map's questionnaire in tests, as a browser does."""

from community_map import content


def all_statements():
    return [s for d in content.dimensions() for s in d.statements]


def answer_all(value_for):
    return {f"s{s.pk}": str(value_for(s)) for s in all_statements()}


def answer_everything(page, choose):
    """Rate each statement of the questionnaire in a browser's ``page``: ``choose(its text)``."""
    statements = page.locator("fieldset.statement")
    for index in range(statements.count()):
        statement = statements.nth(index)
        statement.get_by_label(choose(statement.locator("legend").inner_text())).check()


def submit(client, answers):
    """Send the questionnaire as a browser does: a GET form."""
    return client.get("/tyoyhteisokartta/vastaukset/", answers)
