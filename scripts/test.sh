#!/usr/bin/env bash
# The project's test command (README "Tests"; CI runs it): installs the peers and tools, builds the extension,
# runs the Rust unit tests, the Python suite against real servers on loopback, and the type-stub check.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/usr/sbin:$PATH"
bash scripts/install-test-deps.sh
. .venv/bin/activate
cargo test --quiet
maturin develop --release --quiet
python -m mypy.stubtest resilient_smtp._core
python -m mypy
python -m pytest "$@"
