"""The SQLite database can be backed up while the site runs, and the backup restores."""

import shutil

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from tests.support import processes
from tests.support.live_gunicorn import MIGRATED

ENQUIRY_COUNT = (
    "from contact.models import Enquiry; "
    "print(Enquiry.objects.filter(name='Varmuuskopioitu Asiakas').count())"
)


def manage(database_file, *args):
    env = processes.environment(
        DJANGO_SETTINGS_MODULE="tests.settings", DATABASE_URL=f"sqlite:///{database_file}"
    )
    return processes.manage(*args, env=env, check=True).stdout


def test_backup_and_restore_of_a_sqlite_database(tmp_path):
    live = tmp_path / "db.sqlite3"
    backup = tmp_path / "backup.sqlite3"
    MIGRATED.copy_to_sqlite(live)  # as `migrate` leaves it
    manage(live, "shell", "-c", (
        "from contact.models import Enquiry; "
        "Enquiry.objects.create(name='Varmuuskopioitu Asiakas', email='v@example.com', "
        "message='Viesti')"
    ))  # fmt: skip

    output = manage(live, "backup_database", str(backup))
    assert "integrity check: ok" in output

    # Something goes wrong after the backup ...
    manage(
        live, "shell", "-c", "from contact.models import Enquiry; Enquiry.objects.all().delete()"
    )
    assert manage(live, "shell", "-c", ENQUIRY_COUNT).split()[-1] == "0"
    # ... and the restore (README: stop the site, put the backup in place, start) brings it back.
    for leftover in (live, live.with_name(live.name + "-wal"), live.with_name(live.name + "-shm")):
        leftover.unlink(missing_ok=True)
    shutil.copyfile(backup, live)
    assert manage(live, "shell", "-c", ENQUIRY_COUNT).split()[-1] == "1"
    assert "No migrations to apply." in manage(live, "migrate", "--noinput")


def test_backup_never_overwrites_a_file(tmp_path):
    existing = tmp_path / "backup.sqlite3"
    existing.write_text("vanha varmuuskopio")

    with pytest.raises(CommandError, match="exists already"):
        call_command("backup_database", existing)

    assert existing.read_text() == "vanha varmuuskopio"


def test_backup_points_postgresql_users_to_pg_dump(tmp_path, monkeypatch):
    monkeypatch.setattr(connection, "vendor", "postgresql")

    with pytest.raises(CommandError, match="pg_dump"):
        call_command("backup_database", tmp_path / "backup.sqlite3")
