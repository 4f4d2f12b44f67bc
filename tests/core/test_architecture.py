"""
The apps stay layered (docs/architecture.md): no import cycle between apps and no app reaching
into another's private names. `lint-imports` (run by `make test`) checks the layers themselves;
these tests read every import statement, those inside functions and migrations included.
"""

import ast
from collections import defaultdict
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
APPS = sorted(
    path.parent.name
    for path in ROOT.glob("*/__init__.py")
    if path.parent.name not in {"tests", "bench", "tools"}
)


def imports_between_apps():
    """Yield ``(importing app, file:line, imported module, imported names)`` across apps."""
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            tree = ast.parse(path.read_text(), filename=str(path))
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    found = [(alias.name, []) for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    found = [(node.module, [alias.name for alias in node.names])]
                else:
                    continue
                for module, names in found:
                    if module.split(".")[0] in APPS and module.split(".")[0] != app:
                        where = f"{path.relative_to(ROOT)}:{node.lineno}"
                        yield app, where, module, names


def test_the_scan_sees_the_apps():
    assert {"core", "services", "website", "contact", "booking", "tyonohjaus"} <= set(APPS)
    assert any(app == "website" for app, *_rest in imports_between_apps())


def test_no_app_imports_a_private_name_of_another():
    private = [
        f"{where}: {module}.{name}"
        for _app, where, module, names in imports_between_apps()
        for name in [*module.split(".")[1:], *names]
        if name.startswith("_") and not name.startswith("__")
    ]
    assert private == []


def test_there_is_no_import_cycle_between_apps():
    graph = defaultdict(set)
    for app, _where, module, _names in imports_between_apps():
        graph[app].add(module.split(".")[0])

    def reaches(start, goal, seen=()):
        return any(
            step == goal or (step not in seen and reaches(step, goal, (*seen, step)))
            for step in graph[start]
        )

    assert [app for app in APPS if reaches(app, app)] == []


def test_no_app_imports_the_project_package():
    assert [
        where
        for _app, where, module, _names in imports_between_apps()
        if module.split(".")[0] == "tyonohjaus"
    ] == []


def test_no_test_module_imports_another():
    """Helpers two test modules share live in tests/support (fixtures in a conftest)."""
    imported = []
    for path in sorted((ROOT / "tests").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
            modules = (
                [alias.name for alias in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            imported += [
                f"{path.relative_to(ROOT)}:{node.lineno} {module}"
                for module in modules
                if module.startswith("tests.") and module.rpartition(".")[2].startswith("test_")
            ]
    assert imported == []
