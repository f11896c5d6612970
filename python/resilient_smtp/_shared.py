"""Senders (and outboxes) shared within a process by the framework integrations (Django backends with the same
settings, a Celery worker's tasks): made on first use, closed (QUIT) at exit, forgotten in a forked child (the
parent's connections are not the child's to use or close)."""

from __future__ import annotations

import atexit
import os
import threading
from collections.abc import Hashable
from typing import Callable, Generic, Protocol, TypeVar


class _Closable(Protocol):
    def close(self) -> None: ...


T = TypeVar("T", bound=_Closable)


class SharedSenders(Generic[T]):
    def __init__(self) -> None:
        self._senders: dict[Hashable, T] = {}
        self._lock = threading.Lock()
        atexit.register(self.close_all)
        if hasattr(os, "register_at_fork"):
            os.register_at_fork(after_in_child=self._forget)

    def get(self, key: Hashable, make: Callable[[], T]) -> T:
        """The object for ``key``; ``make()`` (which checks the options) runs only for the first use of a key (or
        when the one made before was closed)."""
        with self._lock:
            sender = self._senders.get(key)
            if sender is None or getattr(sender, "closed", False):
                sender = self._senders[key] = make()
            return sender

    def close_all(self) -> None:
        with self._lock:
            senders = list(self._senders.values())
            self._senders.clear()
        for sender in senders:
            sender.close()

    def _forget(self) -> None:
        self._lock = threading.Lock()
        self._senders.clear()
