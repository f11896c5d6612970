"""What crosses between the Rust core and the Python layer, pinned: the error kinds, the phases, the option names.
Each side keeps its own list (a match in Rust, a dict or an enum in Python); these tests fail when they drift."""

from __future__ import annotations

import dataclasses
import errno
from typing import Any

import pytest
import resilient_smtp as rs
from resilient_smtp import _core, errors
from resilient_smtp._client import client_options
from resilient_smtp._options import ConnectionOptions, SendOptions


def test_every_core_error_kind_has_an_exception_class_and_no_other() -> None:
    assert set(errors._BY_KIND) == set(_core.ERROR_KINDS)
    assert len(_core.ERROR_KINDS) == len(set(_core.ERROR_KINDS))


@pytest.mark.parametrize("kind", _core.ERROR_KINDS)
@pytest.mark.parametrize("uncertain", [False, True])
def test_each_kind_chooses_a_delivery_error(kind: str, uncertain: bool) -> None:
    for phase in _core.PHASES:
        d: dict[str, Any] = {"kind": kind, "phase": phase, "maybe_delivered": uncertain, "deadline": False}
        for e in (None, errno.ECONNRESET, errno.ECONNREFUSED):
            cls = errors._choose({**d, "errno": e})
            assert issubclass(cls, rs.DeliveryError), (kind, phase, cls)
            assert issubclass(cls, rs.DeliveryUncertain) == (
                uncertain and kind in ("timeout", "disconnected", "malformed")
            )


def test_phases_are_the_same_on_both_sides() -> None:
    assert [p.value for p in rs.Phase] == _core.PHASES
    assert list(_core.DEFAULT_TIMEOUTS) == _core.PHASES
    assert [f.name for f in dataclasses.fields(rs.Timeouts)] == _core.PHASES
    assert set(errors._REJECTED_BY_PHASE) <= set(_core.PHASES)
    for phase in _core.PHASES:
        _core.check_timeout(phase, 1.0)
    with pytest.raises(ValueError, match="unknown phase"):
        _core.check_timeout("handshake", 1.0)


def test_the_native_client_takes_exactly_the_options_client_options_builds() -> None:
    args, _ = client_options("127.0.0.1", 2525, tls="off")
    _core.Client(**args)  # every name is a ClientConfig field
    with pytest.raises(TypeError, match="unknown option"):
        _core.Client(**args, no_such_option=1)


def test_every_declared_option_is_accepted_and_a_stray_one_refused() -> None:
    keys = SendOptions.__optional_keys__
    assert ConnectionOptions.__optional_keys__ <= keys
    with pytest.raises(TypeError, match="no_such_option"):
        client_options("127.0.0.1", 2525, no_such_option=1)
    with pytest.raises(TypeError, match="no_such_option"):
        rs.SMTP(no_such_option=1)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match=r"Sender\(\) got an unexpected keyword argument 'no_such_option'"):
        rs.Sender("127.0.0.1", no_such_option=1)  # type: ignore[call-arg]
