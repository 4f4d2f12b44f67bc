import sqlite3
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import connection


class Command(BaseCommand):
    help = (
        "Copy the SQLite database to FILE with SQLite's online backup, safe while the site "
        "runs. (For PostgreSQL use pg_dump.)"
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "file", type=Path, help="Where to write the backup, e.g. backup.sqlite3"
        )

    def handle(self, *args, file, **options):
        if file.exists():
            raise CommandError(f"{file} exists already; choose a new file name.")
        if connection.vendor != "sqlite":
            raise CommandError(
                f"The database is {connection.vendor}: back it up with pg_dump (see README.md)."
            )
        connection.ensure_connection()
        with sqlite3.connect(file) as target:
            connection.connection.backup(target)
            [(integrity,)] = target.execute("PRAGMA integrity_check").fetchall()
        target.close()
        if integrity != "ok":
            raise CommandError(f"The backup in {file} failed its integrity check: {integrity}")
        self.stdout.write(f"Backed up the database to {file} (integrity check: ok).")
