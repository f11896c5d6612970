"""Awaits one send_async inside asyncio.run() and exits: the shape that aborted at interpreter exit with
pyo3-async-runtimes' future_into_py (its issue #40). Run by tests/test_exit_crash.py and benches; argv: host:port."""

import asyncio
import sys

import resilient_smtp

MESSAGE = b"From: a@example.com\r\nTo: b@example.net\r\nSubject: exit probe\r\n\r\nhello\r\n"


async def main(address: str) -> None:
    await resilient_smtp.send_async(MESSAGE, address, tls="off", retry=1)


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
