#!/usr/bin/env bash
# The benchmark (README "Benchmark"): test dependencies (Postfix's smtp-sink/smtp-source, aiosmtplib), the release
# extension, then benches/bench.py with any arguments given here (e.g. --rounds 5, --quick).
set -euo pipefail
. "$(dirname "$0")/../scripts/dev-env.sh"
python benches/bench.py "$@"
