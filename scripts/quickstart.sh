#!/usr/bin/env bash
# README's "try it" command: sets everything up, runs the in-process demo (failover, backoff, honest outcomes),
# then examples/quickstart.py against a local Postfix smtp-sink that it starts and stops.
set -euo pipefail
. "$(dirname "$0")/../scripts/dev-env.sh"
resilient-smtp demo
port=$(python -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
user=(); [ "$(id -u)" = 0 ] && user=(-u nobody)
smtp-sink "${user[@]}" "127.0.0.1:$port" 16 &
sink=$!
trap 'kill $sink 2>/dev/null || true' EXIT
python - "$port" <<'PY'
import socket, sys, time
for _ in range(200):
    try:
        socket.create_connection(("127.0.0.1", int(sys.argv[1])), 0.2).close()
        break
    except OSError:
        time.sleep(0.02)
PY
python examples/quickstart.py "127.0.0.1:$port"
