#!/usr/bin/env bash
# The benchmark (README "Benchmark"): test dependencies (Postfix's smtp-sink/smtp-source, aiosmtplib), the release
# extension, then benches/bench.py with any arguments given here (e.g. --rounds 5, --quick).
set -euo pipefail
. "$(dirname "$0")/../scripts/dev-env.sh"
# The package byte-compiled, as pip installs it: a process started under PYTHONDONTWRITEBYTECODE=1 (this machine's
# environment) otherwise compiles its modules from source at every start (the outbox bench's worker processes: 0.11
# -> 0.08 s of CPU each).
python -m compileall -q python/resilient_smtp
python benches/bench.py "$@"
