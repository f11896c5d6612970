"""Plain-text and HTML renderings of results, errors and attempt histories (for notebooks and the CLI)."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .errors import DeliveryError
    from .types import Attempt, SendResult

# Control characters (C0 but tab, DEL, C1) and the bidirectional controls: what a server could use to drive the
# terminal that shows its text (an OSC title change, a screen clear, reversed text). The core's reply::printable is
# the same rule for the messages it builds.
_UNSAFE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _escape(m: re.Match[str]) -> str:
    n = ord(m.group())
    return f"\\x{n:02x}" if n < 0x100 else f"\\u{n:04x}"


def printable(text: str) -> str:
    """``text`` (from the network) safe to show on a terminal: every control character escaped, newlines too."""
    return _UNSAFE.sub(_escape, text)


_STYLE = (
    "<style>.rsmtp td,.rsmtp th{padding:2px 8px;text-align:left;font-family:monospace;font-size:12px}"
    ".rsmtp tr.fail td{background:#fde2e1}.rsmtp tr.ok td{background:#e3f6e5}</style>"
)


def table_html(headers: Sequence[str], rows: Iterable[Sequence[object]], classes: Iterable[str] = ()) -> str:
    cls = list(classes)
    out: list[str] = ['<table class="rsmtp"><thead><tr>']
    out += [f"<th>{html.escape(h)}</th>" for h in headers]
    out.append("</tr></thead><tbody>")
    for i, row in enumerate(rows):
        c = f' class="{cls[i]}"' if i < len(cls) and cls[i] else ""
        out.append(f"<tr{c}>" + "".join(f"<td>{html.escape('' if v is None else str(v))}</td>" for v in row) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def attempts_html(attempts: Sequence[Attempt]) -> str:
    headers = ["#", "host", "address", "phase", "code", "error", "elapsed", "waited before"]
    rows = [
        [
            a.number,
            a.host,
            f"{a.ip}:{a.port}" if a.ip else "",
            a.phase,
            " ".join(x for x in (str(a.code or ""), a.enhanced_code or "") if x),
            a.error or "delivered",
            f"{a.elapsed:.3f} s",
            f"{a.delay_before:.3f} s" if a.delay_before else "",
        ]
        for a in attempts
    ]
    return table_html(headers, rows, ["ok" if a.ok else "fail" for a in attempts])


def result_html(r: SendResult) -> str:
    head = (
        f"<p><b>Delivered</b> to {html.escape(r.host)} [{html.escape(r.ip)}]:{r.port} in {r.elapsed:.3f} s: "
        f"{r.code} {html.escape(r.reply)}</p>"
    )
    timings = table_html(["phase", "seconds"], [[k, f"{v:.4f}"] for k, v in r.timings.items()])
    refused = ""
    if r.refused:
        refused = "<p>Refused:</p>" + table_html(
            ["recipient", "code", "reply"], [[k, c, m.decode("utf-8", "replace")] for k, (c, m) in r.refused.items()]
        )
    return _STYLE + head + refused + timings + attempts_html(r.attempts)


def error_html(e: DeliveryError) -> str:
    flags = []
    if e.maybe_delivered:
        flags.append("maybe delivered")
    flags.append("transient" if e.transient else "permanent")
    head = f"<p><b>{html.escape(type(e).__name__)}</b>: {html.escape(str(e))} ({', '.join(flags)})</p>"
    return _STYLE + head + attempts_html(e.attempts)


def attempts_text(attempts: Sequence[Attempt]) -> str:
    lines = []
    for a in attempts:
        where = f"{a.host} [{a.ip}]:{a.port}" if a.ip else a.host
        wait = f" after {a.delay_before:.2f} s backoff" if a.delay_before else ""
        outcome = a.error or f"delivered ({a.code} {a.enhanced_code or ''})".replace(" )", ")")
        lines.append(printable(f"  attempt {a.number}{wait}: {where}: {outcome} [{a.elapsed:.3f} s]"))
    return "\n".join(lines)
