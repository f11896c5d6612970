#!/usr/bin/env bash
# The project's test command (README "Tests"; CI runs it): installs the peers and tools, builds the extension, runs
# the lints (any finding fails it), the module-graph check, the Rust unit tests, the type checks, and the Python suite
# against real servers on loopback.
set -euo pipefail
. "$(dirname "$0")/../scripts/dev-env.sh"
# Lints: formatting and clippy (pedantic, Cargo.toml [workspace.lints.clippy]) for both crates; ruff.
cargo fmt --all --check
cargo clippy --quiet --workspace --all-targets -- -D warnings
ruff format --check .
ruff check .
python scripts/module_graph.py
cargo test --quiet -p resilient-smtp
python -m mypy.stubtest resilient_smtp._core
python -m mypy
python -m pytest "$@"
