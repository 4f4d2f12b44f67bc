"""Run manage.py in a separate process, with an environment the test controls."""

import os
import subprocess
import sys

from django.conf import settings


def environment(**values):
    """This process's environment without any DJANGO_ setting, plus ``values``."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    env.update(values)
    return env


def manage(*args, env, check=False):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=check,
        timeout=300,
    )


def manage_in_background(*args, env):
    """``manage.py`` with ``args``, started and left running; its output (both streams) piped."""
    return subprocess.Popen(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
