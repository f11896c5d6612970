#!/usr/bin/env bash
# Installs what the test suite needs and is idempotent: Debian packages for the real SMTP and DNS peers
# (Postfix's smtp-sink/smtp-source, dnsmasq), then a virtualenv with the Python test tools.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v smtp-sink >/dev/null 2>&1 || [ -x /usr/sbin/smtp-sink ] || need_apt+=(postfix)
command -v dnsmasq >/dev/null 2>&1 || [ -x /usr/sbin/dnsmasq ] || need_apt+=(dnsmasq-base)
# frameworks (issue 13): the Celery tests' broker.
command -v redis-server >/dev/null 2>&1 || [ -x /usr/bin/redis-server ] || need_apt+=(redis-server)
# outbox: PostgreSQL, the shared store the outbox tests and benchmark run a private cluster of (tests/peers.py Postgres).
ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1 || need_apt+=(postgresql)
# dropin (issue 10): peers.PostfixServer, a private Postfix smtpd with Cyrus SASL: saslpasswd2 fills its sasldb,
# the Cyrus modules give it PLAIN, LOGIN and CRAM-MD5.
command -v saslpasswd2 >/dev/null 2>&1 || [ -x /usr/sbin/saslpasswd2 ] || need_apt+=(sasl2-bin)
[ -e /usr/lib/x86_64-linux-gnu/sasl2/libcrammd5.so ] || ls /usr/lib/*/sasl2/libcrammd5.so >/dev/null 2>&1 \
  || need_apt+=(libsasl2-modules)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "missing ${need_apt[*]}: run as root or install them (apt-get install ${need_apt[*]})" >&2
    exit 1
  fi
  # Postfix asks how to configure itself; the tests only use its smtp-sink/smtp-source tools.
  echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need_apt[@]}"
fi

PY=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q "maturin>=1.9.4,<2" pytest pytest-timeout aiosmtpd aiosmtplib cryptography \
  mypy ruff nbclient nbformat ipykernel

# --- arch (issue 14): the lints scripts/test.sh runs need clippy and rustfmt next to cargo.
for component in clippy rustfmt; do
  tool=$([ "$component" = clippy ] && echo clippy || echo fmt)
  cargo "$tool" --version >/dev/null 2>&1 || rustup component add "$component"
done

# frameworks (issue 13): the Django project, the Celery worker and its Redis client, for tests/test_django.py and
# tests/test_celery.py.
.venv/bin/python -m pip install -q "django>=5.2,<5.3" "celery[redis]>=5.4,<6"

# dropin (issue 10): Django 5.2's sdist (installed above by frameworks' line), whose tests/ directory holds its mail
# test suite (the wheel has no tests), for tests/test_peer_suites.py.
if ! ls -d .peer-suites/django-5.2.*/tests >/dev/null 2>&1; then
  mkdir -p .peer-suites
  .venv/bin/python -m pip download -q --no-binary :all: --no-deps "django>=5.2,<5.3" -d .peer-suites
  tar -xzf .peer-suites/django-5.2.*.tar.gz -C .peer-suites
  rm -f .peer-suites/django-5.2.*.tar.gz
fi
