#!/usr/bin/env bash
# The benchmark (README "Benchmark"): test dependencies (Postfix's smtp-sink/smtp-source, aiosmtplib), the release
# extension, then benches/bench.py with any arguments given here (e.g. --rounds 5, --quick).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/usr/sbin:$PATH"
bash scripts/install-test-deps.sh
. .venv/bin/activate
maturin develop --release --quiet
python benches/bench.py "$@"
