"""
A snapshot of the test database's rows, put back before a test that must not see changes.

The browser tests share one live server and one seeded database for the whole run. Seeding
takes longer than most browser tests themselves (on PostgreSQL several times longer), so it
is done once, and the rows are put back before each test: every test starts from exactly the
seeded rows, whatever the tests before it wrote (or a transactional test flushed).

SQLite (the in-memory test database, whose one connection the live server shares) is copied
whole with SQLite's backup API, and put back before every test: that takes well under a
millisecond. PostgreSQL keeps each table's rows as COPY data and compares a checksum of every
row with the snapshot's; only a test that follows one that changed them pays for putting them
back (about a tenth of a second). PostgreSQL's sequences are left as they are: ids go on
counting up, as they did when every test flushed the tables.
"""

import sqlite3

from django.db import connection, transaction


class SQLiteSnapshot:
    def __init__(self):
        connection.ensure_connection()
        self._copy = sqlite3.connect(":memory:", check_same_thread=False)
        self._raw().backup(self._copy)

    def _raw(self):
        connection.ensure_connection()
        return connection.connection

    def changed(self):
        return True  # cheaper to put back than to find out

    def restore(self):
        self._copy.backup(self._raw())

    def close(self):
        self._copy.close()


class PostgresSnapshot:
    def __init__(self):
        self._tables = sorted(connection.introspection.table_names())
        quote = connection.ops.quote_name
        self._quoted = [quote(table) for table in self._tables]
        self._checksum = self._current_checksum()
        self._rows = {}
        with connection.cursor() as cursor:
            raw = cursor.cursor
            for index, count, _sum in self._checksum:
                if count:
                    table = self._quoted[index]
                    with raw.copy(f"COPY {table} TO STDOUT (FORMAT BINARY)") as copy:
                        self._rows[table] = b"".join(bytes(block) for block in copy)

    def _current_checksum(self):
        parts = [
            f"SELECT {index}, count(*), coalesce(sum(hashtextextended(t::text, 0)), 0) "
            f"FROM {table} AS t"
            for index, table in enumerate(self._quoted)
        ]
        with connection.cursor() as cursor:
            cursor.execute(" UNION ALL ".join(parts))
            return sorted(cursor.fetchall())

    def changed(self):
        return (
            sorted(connection.introspection.table_names()) != self._tables
            or self._current_checksum() != self._checksum
        )

    def restore(self):
        # Django's foreign keys are DEFERRABLE INITIALLY DEFERRED: checked at the commit, when
        # every table holds its rows again.
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(f"TRUNCATE {', '.join(self._quoted)}")
            raw = cursor.cursor
            for table, data in self._rows.items():
                with raw.copy(f"COPY {table} FROM STDIN (FORMAT BINARY)") as copy:
                    copy.write(data)

    def close(self):
        self._rows.clear()


def take():
    """A snapshot of the rows of the test database as they are now."""
    if connection.vendor == "sqlite":
        if not connection.is_in_memory_db():
            raise RuntimeError("The browser tests expect SQLite's in-memory test database.")
        return SQLiteSnapshot()
    if connection.vendor == "postgresql":
        return PostgresSnapshot()
    raise RuntimeError(f"No snapshot for {connection.vendor}")
