import pytest


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Each test's uploads in a folder of its own, served at /media/ as in `make run`."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.SERVE_MEDIA = True
    return settings.MEDIA_ROOT
