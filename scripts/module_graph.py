"""Checks the Rust crate's module graph (run by scripts/test.sh; exits 1 on a finding).

1. The SMTP core (crates/resilient-smtp) has no cycle: module A depends on B when a file of A names `crate::B` (in
   a `use` or a path; comments and unit-test modules ignored). A cycle is printed as the chain of modules that
   closes it.
2. The core depends on neither pyo3 nor the bindings (its Cargo.toml, and no file naming them). That the bindings
   (crates/resilient-smtp-python) name only what the core's lib.rs re-exports is the compiler's to check now: the
   core's modules are private.

`python scripts/module_graph.py --layers` also prints the modules in dependency order, leaves first.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "crates" / "resilient-smtp" / "src"
BINDINGS = "resilient_smtp_python"

_COMMENT = re.compile(r"//[^\n]*|/\*.*?\*/", re.DOTALL)
_STRING = re.compile(r'"(?:\\.|[^"\\])*"')
_TESTS = re.compile(r"#\[cfg\(test\)\]\s*(?:pub(?:\([^)]*\))?\s+)?mod\s+\w+\s*\{")
_GROUP = re.compile(r"crate::\{([^}]*)\}")
_PATH = re.compile(r"crate::(\w+)")


def code_of(path: Path) -> str:
    """The file's text without comments, string literals (a doc comment naming a module is not a dependency) and
    `#[cfg(test)]` modules (a unit test may drive a module through the ones above it: not part of the built graph)."""
    code = _STRING.sub('""', _COMMENT.sub("", path.read_text()))
    while (m := _TESTS.search(code)) is not None:
        depth, end = 0, m.end() - 1
        for end in range(m.end() - 1, len(code)):
            depth += {"{": 1, "}": -1}.get(code[end], 0)
            if depth == 0:
                break
        code = code[: m.start()] + code[end + 1 :]
    return code


def module_of(path: Path) -> str:
    """`src/x.rs` and `src/x/*.rs` are module x."""
    rel = path.relative_to(SRC)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def references(code: str) -> list[str]:
    """The first segment of every `crate::` path (`crate::a::B` and `crate::{a::B, C}` name a and C)."""
    out = []
    for group in _GROUP.findall(code):
        out += [item.strip().split("::")[0].split(" ")[0] for item in group.split(",") if item.strip()]
    return out + _PATH.findall(_GROUP.sub("", code))


def graph() -> tuple[dict[str, set[str]], list[str]]:
    """The core's dependency edges, and the findings of rule 2."""
    files = sorted(p for p in SRC.rglob("*.rs") if p.name not in ("lib.rs", "testpeer.rs"))
    modules = {module_of(p) for p in files}
    edges: dict[str, set[str]] = {m: set() for m in modules}
    problems = []
    manifest = (SRC.parent / "Cargo.toml").read_text()
    if re.search(r"^(pyo3|resilient-smtp-python)\b", manifest, re.MULTILINE):
        problems.append("crates/resilient-smtp/Cargo.toml: the core depends on pyo3 or the bindings")
    for path in files:
        module, code = module_of(path), code_of(path)
        if re.search(rf"\b(pyo3|{BINDINGS})\b", code):
            problems.append(f"{path.relative_to(ROOT)}: the core names the bindings or pyo3")
        for name in references(code):
            if name in modules and name != module:
                edges[module].add(name)
    return edges, sorted(set(problems))


def find_cycle(edges: dict[str, set[str]]) -> list[str] | None:
    """A cycle as a list of modules (first == last), or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(m: str) -> list[str] | None:
        state[m] = 1
        path.append(m)
        for n in sorted(edges[m]):
            if state.get(n) == 1:
                return [*path[path.index(n) :], n]
            if n not in state and (found := visit(n)):
                return found
        path.pop()
        state[m] = 2
        return None

    for m in sorted(edges):
        if m not in state and (found := visit(m)):
            return found
    return None


def layers(edges: dict[str, set[str]]) -> list[list[str]]:
    """Modules by depth: each layer depends only on the layers before it."""
    depth: dict[str, int] = {}

    def d(m: str) -> int:
        if m not in depth:
            depth[m] = 1 + max((d(n) for n in edges[m]), default=-1)
        return depth[m]

    out: list[list[str]] = [[] for _ in range(max(map(d, edges), default=-1) + 1)]
    for m in sorted(edges):
        out[depth[m]].append(m)
    return out


def main() -> int:
    edges, problems = graph()
    cycle = find_cycle(edges)
    if cycle:
        problems.append("module cycle: " + " -> ".join(cycle))
    for p in problems:
        print(p, file=sys.stderr)
    if not problems and "--layers" in sys.argv:
        for i, layer in enumerate(layers(edges)):
            print(f"{i}: " + ", ".join(f"{m} (-> {', '.join(sorted(edges[m])) or '-'})" for m in layer))
    if not problems:
        print(f"module graph: {len(edges)} core modules, no cycle, no pyo3")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
