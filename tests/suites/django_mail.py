"""Runs Django's own mail test suite (``tests/runtests.py mail`` from the Django sdist) with ``smtplib.SMTP``,
``SMTP_SSL`` and ``LMTP`` replaced by resilient_smtp's facade before Django or its tests import smtplib.

    python tests/suites/django_mail.py DJANGO_SDIST_DIR [--stock] [--json FILE]

``DJANGO_SDIST_DIR`` is the unpacked sdist (``django-5.2.x``, with ``tests/runtests.py``); scripts/install-test-deps.sh
puts one in ``.peer-suites/``. ``--json`` writes ``{"run": n, "failed": [test ids]}``.
"""

from __future__ import annotations

import argparse
import json
import os
import runpy
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cpython_smtplib import patch_smtplib


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("sdist", help="the unpacked Django sdist")
    parser.add_argument("--stock", action="store_true", help="run on smtplib itself")
    parser.add_argument("--json", help="write the outcome here")
    args = parser.parse_args()
    if not args.stock:
        patch_smtplib()
    tests = os.path.join(os.path.abspath(args.sdist), "tests")
    outcome: dict[str, object] = {}
    original_run = unittest.TextTestRunner.run

    def run(self: unittest.TextTestRunner, test: unittest.TestSuite | unittest.TestCase) -> unittest.TestResult:
        result = original_run(self, test)
        outcome["run"] = result.testsRun
        outcome["skipped"] = len(result.skipped)
        outcome["failed"] = sorted(t.id() for t, _ in result.failures + result.errors)
        return result

    unittest.TextTestRunner.run = run  # type: ignore[method-assign]
    sys.argv = [os.path.join(tests, "runtests.py"), "mail", "--parallel=1", "-v", "2"]
    os.chdir(tests)
    sys.path.insert(0, tests)  # as `python runtests.py` has it: settings and test apps are imported from there
    try:
        runpy.run_path(sys.argv[0], run_name="__main__")
    except SystemExit:
        pass
    if args.json:
        with open(args.json, "w") as f:
            json.dump(outcome, f)
    failed = outcome.get("failed", [])
    print(f"{int(outcome.get('run', 0)) - len(failed)} of {outcome.get('run', 0)} passed", file=sys.stderr)  # type: ignore[arg-type]
    return 0


if __name__ == "__main__":
    sys.exit(main())
