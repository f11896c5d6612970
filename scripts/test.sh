#!/usr/bin/env bash
# The project's test command (README "Tests"; CI runs it): installs the peers and tools, builds the extension,
# runs the Rust unit tests, the Python suite against real servers on loopback, and the type-stub check.
set -euo pipefail
. "$(dirname "$0")/../scripts/dev-env.sh"
python scripts/module_graph.py
cargo test --quiet
python -m mypy.stubtest resilient_smtp._core
python -m mypy
python -m pytest "$@"
