# Sourced by the project's commands (test.sh, quickstart.sh, benches/run.sh): installs what is missing (Debian
# postfix and dnsmasq-base, the .venv with the Python tools), activates the .venv, and builds the extension into it.
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="/usr/sbin:$PATH"
bash scripts/install-test-deps.sh
. .venv/bin/activate
maturin develop --release --quiet
