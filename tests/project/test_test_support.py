"""The suite's own helpers stay true to what the migrations build."""

import inspect
from pathlib import Path

from tests.support import factories

ROOT = Path(__file__).resolve().parents[2]


def test_reseeding_replays_every_migration_that_grants_a_role():
    """
    Transactional tests and the browser tests' live server empty the tables and seed them again
    with load_seed_content(); a role migration it leaves out gives staff fewer rights there
    than in production (the booking handlers once had no booking rights in the browser tests).
    """
    granting = {
        ".".join(path.relative_to(ROOT).with_suffix("").parts)
        for path in ROOT.glob("*/migrations/0*.py")
        if "core.roles import" in path.read_text(encoding="utf-8")
    }
    replayed = inspect.getsource(factories)

    assert len(granting) >= 10
    assert not {name for name in granting if f'"{name}"' not in replayed}
