"""Every phase's stall and every reply fault from a real smtp-sink: the class, phase, codes, maybe_delivered, and how
late it was raised. The table itself is in fault_matrix.py."""

from __future__ import annotations

import pickle
import smtplib
import socket

import pytest
import resilient_smtp as rs
from fault_matrix import FAULTS, LIMIT, Fault, provoke, provoke_connect_timeout

SLACK = 0.5


def check_common(e: BaseException, elapsed: float) -> None:
    assert isinstance(e, smtplib.SMTPException)
    assert isinstance(e, rs.DeliveryError)
    assert e.host == "127.0.0.1" and e.ip == "127.0.0.1" and isinstance(e.port, int)
    assert f"at 127.0.0.1 [127.0.0.1]:{e.port}" in str(e)
    assert len(e.attempts) == 1 and e.attempts[0].error is not None
    assert e.elapsed is not None and 0 < e.elapsed <= elapsed + 0.05
    clone = pickle.loads(pickle.dumps(e))
    assert type(clone) is type(e) and str(clone) == str(e) and clone.phase == e.phase
    assert clone.smtp_code == e.smtp_code and clone.maybe_delivered == e.maybe_delivered


@pytest.mark.parametrize("fault", FAULTS, ids=[f.id for f in FAULTS])
def test_fault(fault: Fault) -> None:
    e, elapsed = provoke(fault)
    check_common(e, elapsed)
    for cls in fault.classes:
        assert isinstance(e, cls), f"{type(e).__mro__} is not a {cls}"
    assert e.phase == fault.phase
    assert e.transient is fault.transient
    assert e.maybe_delivered is fault.maybe_delivered
    if fault.code is not None:
        assert e.smtp_code == fault.code
        assert isinstance(e.smtp_error, bytes) and e.smtp_error
        assert e.enhanced_code is not None and e.enhanced_code[0] == str(fault.code)[0]
        assert e.args[0] == ({"bob@example.net": (e.smtp_code, e.smtp_error)} if fault.phase == "rcpt" else e.smtp_code)
    if fault.limit is not None:
        assert isinstance(e, TimeoutError) and isinstance(e, socket.timeout)
        assert e.limit == pytest.approx(fault.limit)
        assert f"timed out after {fault.limit:.1f} s" in str(e)
        assert elapsed <= fault.limit + SLACK
    else:
        assert not isinstance(e, TimeoutError)
        assert elapsed <= SLACK


def test_connect_timeout_on_full_backlog() -> None:
    e, elapsed = provoke_connect_timeout()
    check_common(e, elapsed)
    assert isinstance(e, rs.SMTPTimeoutError) and isinstance(e, socket.timeout)
    assert e.phase == "connect" and e.transient and not e.maybe_delivered
    assert LIMIT - 0.05 <= elapsed <= LIMIT + SLACK
