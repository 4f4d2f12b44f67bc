"""
Every systemd unit in deploy/ passes `systemd-analyze verify`, and every timer's calendar
is valid and fires when the README says.

The units name the production paths (/srv/tyonohjaus/app/...), which do not exist here, and
verify refuses a service whose program is missing. So the units are copied to a temporary
folder with that path pointed at a temporary tree holding an executable stub for each program
the units start there; everything else (syntax, calendars, other programs) is verified as is.
"""

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings

DEPLOY = Path(settings.BASE_DIR) / "deploy"
APP_DIR = "/srv/tyonohjaus/app"
UNITS = sorted([*DEPLOY.glob("*.service"), *DEPLOY.glob("*.timer")])
TIMERS = [unit for unit in UNITS if unit.suffix == ".timer"]
# Exec lines may start with prefixes such as "-" or "@" before the program's path.
EXEC_LINE = re.compile(r"^Exec\w+=[-@:+!]*(?P<program>\S+)", re.MULTILINE)
ON_CALENDAR = re.compile(r"^OnCalendar=(?P<spec>.+)$", re.MULTILINE)

# The schedules the README promises, in systemd's normalised form.
EXPECTED_SCHEDULES = {
    "tyonohjaus-send-pending.timer": "*-*-* *:00/10:00",
    "tyonohjaus-purge.timer": "*-*-* 03:15:00",
    "tyonohjaus-backup.timer": "*-*-* 02:30:00",
    "tyonohjaus-bookings.timer": "*-*-* *:05/10:00",
}


def _systemd_analyze():
    path = shutil.which("systemd-analyze")
    if path is None:
        reason = "systemd-analyze is not installed (apt-get install systemd)"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}; CI must verify the deploy units")
        pytest.skip(reason)
    return path


def _offline_copy(unit_dir, app_dir):
    """Copy the units into ``unit_dir``, with APP_DIR pointed at ``app_dir`` and stubs in it."""
    for unit in UNITS:
        text = unit.read_text().replace(APP_DIR, str(app_dir))
        (unit_dir / unit.name).write_text(text)
        for program in EXEC_LINE.findall(text):
            if program.startswith(str(app_dir)):
                stub = Path(program)
                stub.parent.mkdir(parents=True, exist_ok=True)
                stub.write_text("#!/bin/sh\n")
                stub.chmod(0o755)
    app_dir.mkdir(exist_ok=True)
    return sorted(unit_dir.iterdir())


def test_the_deploy_folder_has_units_to_verify():
    assert {"tyonohjaus.service", *EXPECTED_SCHEDULES} <= {unit.name for unit in UNITS}


def test_every_unit_passes_systemd_analyze_verify(tmp_path):
    analyze = _systemd_analyze()
    unit_dir = tmp_path / "units"
    unit_dir.mkdir()
    copies = _offline_copy(unit_dir, tmp_path / "app")

    result = subprocess.run(
        [analyze, "verify", *map(str, copies)],
        capture_output=True,
        text=True,
        timeout=60,
    )

    # Unknown keys and other ignored lines are only warnings, yet they are mistakes too.
    output = (result.stdout + result.stderr).strip()
    assert result.returncode == 0, output
    assert output == ""


@pytest.mark.parametrize("timer", TIMERS, ids=lambda path: path.name)
def test_every_timer_calendar_is_valid(timer):
    analyze = _systemd_analyze()
    specs = ON_CALENDAR.findall(timer.read_text())
    assert specs, f"{timer.name} has no OnCalendar="

    for spec in specs:
        result = subprocess.run(
            [analyze, "calendar", spec], capture_output=True, text=True, timeout=30
        )
        assert result.returncode == 0, result.stderr
        normalized = re.search(r"Normalized form: (.+)", result.stdout)[1].strip()
        if timer.name in EXPECTED_SCHEDULES:
            assert normalized == EXPECTED_SCHEDULES[timer.name]
