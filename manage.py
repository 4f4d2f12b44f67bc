#!/usr/bin/env python
"""Django's command-line utility for administrative tasks."""

import os
import sys

# Commands that only read or write the project's own code need none of production's secrets:
# they run in development mode unless told otherwise, so that `manage.py makemigrations` works
# on a fresh checkout. Every other command is production by default, as the settings say.
CODE_ONLY_COMMANDS = {"makemigrations", "makemessages", "compilemessages"}


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "tyonohjaus.settings")
    if len(sys.argv) > 1 and sys.argv[1] in CODE_ONLY_COMMANDS:
        os.environ.setdefault("DJANGO_DEBUG", "1")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
