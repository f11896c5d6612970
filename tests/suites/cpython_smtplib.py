"""Runs CPython's own ``test_smtplib`` (from the running interpreter's ``test`` package) with ``smtplib.SMTP``,
``SMTP_SSL`` and ``LMTP`` replaced by resilient_smtp's facade before the test module is imported (its classes capture
``smtplib.SMTP`` at import). Only the test classes that talk to a real server on loopback count: the others patch
``smtplib.socket`` with ``mock_socket``, which a Rust socket never sees.

    python tests/suites/cpython_smtplib.py [--stock] [--retry N] [--json FILE]

prints unittest's report and, with ``--json``, writes ``{"run": n, "failed": [test ids]}``. ``--stock`` runs the
same tests on smtplib itself (the reference: all pass).
"""

from __future__ import annotations

import argparse
import json
import smtplib
import sys
import unittest

# The classes of test_smtplib whose tests run against a threaded server on loopback (53 tests on 3.11).
REAL_SERVER_CLASSES = (
    "DebuggingServerTests",
    "TooLongLineTests",
    "SMTPSimTests",
    "SMTPUTF8SimTests",
    "SMTPAUTHInitialResponseSimTests",
)


def patch_smtplib(retry: int | None = None) -> None:
    """smtplib's classes become the facade's (with ``retry`` as their default when given: ``retry=1`` is smtplib's
    behaviour, no retries)."""
    import resilient_smtp

    classes = [resilient_smtp.SMTP, resilient_smtp.SMTP_SSL]
    if hasattr(resilient_smtp, "LMTP"):  # before issue 10, the facade had no LMTP
        classes.append(resilient_smtp.LMTP)
    for cls in classes:
        if retry is not None:

            def init(self, *args, _base=cls, **kw):  # type: ignore[no-untyped-def]
                kw.setdefault("retry", retry)
                _base.__init__(self, *args, **kw)

            cls = type(cls.__name__, (cls,), {"__init__": init})
        setattr(smtplib, cls.__name__, cls)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stock", action="store_true", help="run on smtplib itself")
    parser.add_argument("--json", help="write the outcome here")
    parser.add_argument("--retry", type=int, help="the facade's default retry= (1: no retries, as smtplib)")
    args = parser.parse_args()
    if not args.stock:
        patch_smtplib(args.retry)
    from test import test_smtplib  # after the patch

    loader = unittest.TestLoader()
    suite = unittest.TestSuite(
        loader.loadTestsFromTestCase(getattr(test_smtplib, name)) for name in REAL_SERVER_CLASSES
    )
    result = unittest.TextTestRunner(verbosity=2, stream=sys.stdout).run(suite)
    # A test method counts once, however many of its subtests failed.
    failed = sorted(
        {t.id().removeprefix("test.test_smtplib.").split(" ")[0] for t, _ in result.failures + result.errors}
    )
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"run": result.testsRun, "skipped": len(result.skipped), "failed": failed}, f)
    print(f"{result.testsRun - len(failed)} of {result.testsRun} passed", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
