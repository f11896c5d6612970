"""The soak (tests/soak.py) at 2 000 messages: random faults in every command, retry_uncertain both ways, through
Sender.send_many and send(); nothing lost, no unreported duplicate, no wrong outcome, the client's fds and RSS flat."""

from __future__ import annotations

import soak


def test_soak_2000_messages() -> None:
    figures = soak.soak(2000)
    report = "\n".join([soak.HEADER] + [f.row() for f in figures] + [e for f in figures for e in f.examples[:5]])
    assert sum(f.messages for f in figures) == 2000, report
    for f in figures:
        assert (f.lost, f.unreported_duplicates, f.wrong, f.unidentified) == (0, 0, 0, 0), report
        assert f.fds_after <= f.fds_before, report
        assert f.rss_after - f.rss_before < 5, report  # MB: flat (measured: +0.0 over 8 000 messages)
        assert f.delivered > f.messages // 2, report  # the faults were survivable: most got through
    # The faults did happen, after "." too (both ways of retry_uncertain saw messages that may be delivered).
    assert sum(f.uncertain + f.reported_duplicates for f in figures) > 0, report
