"""Shared fixtures: a test PKI, message builders, and a check that every test stops the servers it started."""

from __future__ import annotations

import email.message
import logging
from pathlib import Path

import pytest
from peers import Pki, make_pki


@pytest.fixture(scope="session")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return make_pki(Path(tmp_path_factory.mktemp("pki")))


def make_message(
    sender: str = "alice@example.com",
    to: str = "bob@example.net",
    subject: str = "hello",
    body: str = "Hello, world.\n",
    **headers: str,
) -> email.message.EmailMessage:
    msg = email.message.EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    for k, v in headers.items():
        msg[k.replace("_", "-")] = v
    msg.set_content(body)
    return msg


@pytest.fixture
def message() -> email.message.EmailMessage:
    return make_message()


@pytest.fixture(autouse=True)
def _quiet_native_logs(caplog: pytest.LogCaptureFixture) -> None:
    # Each test sees only its own records; the library reads the logger level on every call.
    caplog.set_level(logging.INFO, logger="resilient_smtp")
