"""A connectivity probe: can this machine send mail through that server, and if not, why not?

``probe("example.com")`` looks up the domain's MX hosts and talks to each of their addresses (all at once, listed in
the order a delivery would try them); ``probe("smtp.example.com:587", username=..., password=...)`` talks to one
server. Every step (DNS, connect, greeting, EHLO, STARTTLS, EHLO again,
AUTH, an optional MAIL/RCPT test ended by RSET, QUIT) is timed under the phase names the exceptions use, and each host
gets a verdict with hints. No message is ever sent. The password never appears in the report.
"""

from __future__ import annotations

import dataclasses
import html
import ipaddress
import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from . import _core
from ._client import TimeoutsArg, default_port, default_tls, local_hostname, timeouts_of
from ._options import integer, text
from ._render import _STYLE, printable, table_html
from .types import Phase

__all__ = ["EXIT_CODES", "PROBE_TIMEOUT_CAP", "HostProbe", "ProbeProblem", "ProbeReport", "ProbeStep", "probe"]

#: Unless set in ``timeouts=``, no probe step waits longer than this (swaks' default); deliveries keep RFC limits.
PROBE_TIMEOUT_CAP = 30.0

#: Process exit codes of ``resilient-smtp probe`` (and ``send``), one per failed phase, like swaks'.
EXIT_CODES: dict[str, int] = {
    "ok": 0,
    "internal error": 1,
    "usage error": 2,
    "maybe delivered (send only)": 3,
    **{str(p): 20 + i for i, p in enumerate(Phase)},
}


def exit_code_for(phase: str | None) -> int:
    """The exit code for a failure in ``phase`` (0 for ``None``: nothing failed)."""
    if phase is None:
        return 0
    return EXIT_CODES.get(str(phase), 1)


@dataclass(frozen=True)
class ProbeStep:
    """One timed step: ``status`` is ``"ok"``, ``"warning"``, ``"failed"`` or ``"skipped"``."""

    phase: Phase
    status: str
    elapsed: float
    command: str | None
    code: int | None
    reply: str | None
    detail: str

    @classmethod
    def from_core(cls, d: Mapping[str, Any]) -> ProbeStep:
        return cls(**{**d, "phase": Phase(d["phase"])})

    @property
    def ok(self) -> bool:
        return self.status != "failed"

    def to_dict(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d["phase"] = str(self.phase)
        return d


@dataclass(frozen=True)
class ProbeProblem:
    """What is wrong (``severity="error"``: unusable) or worth fixing (``"warning"``), where, and a hint."""

    phase: Phase
    kind: str
    severity: str
    message: str
    hint: str
    host: str | None
    address: str | None

    @classmethod
    def from_core(cls, d: Mapping[str, Any]) -> ProbeProblem:
        return cls(**{**d, "phase": Phase(d["phase"])})

    def to_dict(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d["phase"] = str(self.phase)
        return d

    def __str__(self) -> str:
        where = f"{self.host} ({self.address}) " if self.address else (f"{self.host} " if self.host else "")
        return printable(f"{where}{self.phase}: {self.message}")


@dataclass(frozen=True)
class HostProbe:
    """The dialogue with one address of one host, and its verdict."""

    host: str
    preference: int | None
    ip: str | None
    port: int | None
    ok: bool
    failed_phase: Phase | None
    steps: list[ProbeStep]
    greeting: str | None
    capabilities: list[str]
    starttls_offered: bool
    auth_mechanisms: list[str]
    tls: dict[str, Any] | None
    authenticated: bool | None
    problems: list[ProbeProblem]

    @classmethod
    def from_core(cls, d: Mapping[str, Any]) -> HostProbe:
        return cls(
            **{
                **d,
                "failed_phase": Phase(d["failed_phase"]) if d["failed_phase"] else None,
                "steps": [ProbeStep.from_core(s) for s in d["steps"]],
                "problems": [ProbeProblem.from_core(p) for p in d["problems"]],
            }
        )

    @property
    def address(self) -> str:
        if self.ip is None:
            return ""
        return f"[{self.ip}]:{self.port}" if ":" in self.ip else f"{self.ip}:{self.port}"

    def to_dict(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d["failed_phase"] = str(self.failed_phase) if self.failed_phase else None
        d["steps"] = [s.to_dict() for s in self.steps]
        d["problems"] = [p.to_dict() for p in self.problems]
        return d


@dataclass(frozen=True)
class ProbeReport:
    """What :func:`probe` found. ``ok``: mail can go through (the target resolved and at least one host passed every
    step). ``failed_phase`` when not: the target's own problem (DNS), else the furthest phase any host reached before
    failing. ``problems`` lists every error and warning, the target's and each host's, in order."""

    target: str
    mode: str
    port: int
    ok: bool
    failed_phase: Phase | None
    steps: list[ProbeStep]
    mx: list[tuple[int, str]]
    hosts: list[HostProbe]
    problems: list[ProbeProblem]
    started_at: float
    elapsed: float
    options: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_core(cls, d: Mapping[str, Any], options: dict[str, Any] | None = None) -> ProbeReport:
        hosts = [HostProbe.from_core(h) for h in d["hosts"]]
        problems = [ProbeProblem.from_core(p) for p in d["problems"]]
        for h in hosts:
            problems.extend(h.problems)
        return cls(
            target=d["target"],
            mode=d["mode"],
            port=d["port"],
            ok=d["ok"],
            failed_phase=Phase(d["failed_phase"]) if d["failed_phase"] else None,
            steps=[ProbeStep.from_core(s) for s in d["steps"]],
            mx=[(int(p), str(h)) for p, h in d["mx"]],
            hosts=hosts,
            problems=problems,
            started_at=d["started_at"],
            elapsed=d["elapsed"],
            options=dict(options or {}),
        )

    @property
    def exit_code(self) -> int:
        """The CLI's exit code for this report (see :data:`EXIT_CODES`)."""
        return 0 if self.ok else exit_code_for(self.failed_phase or "resolve")

    @property
    def errors(self) -> list[ProbeProblem]:
        return [p for p in self.problems if p.severity == "error"]

    def rows(self) -> list[tuple[str, str, ProbeStep]]:
        """Every step in order as ``(host, address, step)``; the target's own steps (the MX lookup) first."""
        out: list[tuple[str, str, ProbeStep]] = [(self.target, "", s) for s in self.steps]
        for h in self.hosts:
            out += [(h.host, h.address, s) for s in h.steps]
        return out

    def to_dict(self) -> dict[str, Any]:
        """The report as plain data (JSON-serializable)."""
        return {
            "target": self.target,
            "mode": self.mode,
            "port": self.port,
            "ok": self.ok,
            "failed_phase": str(self.failed_phase) if self.failed_phase else None,
            "exit_code": self.exit_code,
            "steps": [s.to_dict() for s in self.steps],
            "mx": [[p, h] for p, h in self.mx],
            "hosts": [h.to_dict() for h in self.hosts],
            "problems": [p.to_dict() for p in self.problems],
            "started_at": self.started_at,
            "elapsed": self.elapsed,
            "options": dict(self.options),
        }

    def to_json(self, **kwargs: Any) -> str:
        return json.dumps(self.to_dict(), **kwargs)

    def _verdict(self) -> str:
        if self.ok:
            n = sum(h.ok for h in self.hosts)
            return f"USABLE ({n} of {len(self.hosts)} address{'es' if len(self.hosts) != 1 else ''} passed)"
        return f"NOT USABLE: failed at {self.failed_phase or 'resolve'}"

    def __str__(self) -> str:
        return probe_text(self)

    def __repr__(self) -> str:
        return (
            f"<ProbeReport {self.target} ok={self.ok} hosts={len(self.hosts)} "
            f"failed_phase={str(self.failed_phase) if self.failed_phase else None}>"
        )

    def _repr_html_(self) -> str:
        return probe_html(self)


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def _tls_lines(h: HostProbe) -> list[str]:
    lines = []
    if h.tls:
        t = h.tls
        line = f"TLS {t['version']} {t['cipher']}"
        if t.get("verified") is True and t.get("trusted_as_is"):
            line += (
                ", certificate verified: it is itself in ca_file (self-signed, trusted as is; dates and name checked)"
            )
        elif t.get("verified") is True:
            line += ", certificate verified"
        elif t.get("verified") is False:
            line += f", certificate NOT verified ({t.get('verify_error')})"
        lines.append(line)
        c = t.get("certificate")
        if c:
            import datetime

            expiry = datetime.datetime.fromtimestamp(c["not_after"], datetime.timezone.utc).strftime("%Y-%m-%d")
            lines.append(f"certificate subject {c['subject']}, issuer {c['issuer']}")
            lines.append(f"certificate names {' '.join(c['sans']) or '(none)'}, expires {expiry}")
    return lines


def probe_text(r: ProbeReport) -> str:
    """The report as a plain-text table (what the CLI prints)."""
    tls = f", tls {r.options['tls']}" if r.options.get("tls") else ""
    out = [
        (
            f"probe {r.target} ({'MX hosts' if r.mode == 'mx' else 'host'}, port {r.port}{tls}): {r._verdict()} "
            f"in {r.elapsed:.3f} s"
        ),
        "",
    ]
    headers = ("host", "address", "phase", "status", "time", "detail")
    rows = [
        tuple(map(printable, (host, addr, str(s.phase), s.status, _ms(s.elapsed), s.detail)))
        for host, addr, s in r.rows()
    ]
    widths = [max([len(headers[i])] + [len(row[i]) for row in rows]) for i in range(5)]

    def fmt(row: Sequence[str]) -> str:
        return "  ".join(v.ljust(widths[i]) if i < 5 else v for i, v in enumerate(row)).rstrip()

    out.append(fmt(headers))
    out.append(fmt(["-" * w for w in widths] + ["------"]))
    out += [fmt(row) for row in rows]
    for h in r.hosts:
        extra = _tls_lines(h)
        if h.auth_mechanisms:
            extra.append(f"AUTH mechanisms offered: {' '.join(h.auth_mechanisms)}")
        if h.authenticated is not None:
            extra.append("AUTH test: " + ("accepted" if h.authenticated else "failed"))
        if extra:
            out.append("")
            out.append(f"{h.host} ({h.address}):" if h.address else f"{h.host}:")
            out += [f"  {line}" for line in extra]
    if r.problems:
        out.append("")
        out.append("problems:")
        for p in r.problems:
            out.append(f"  {p.severity.upper()} {p}")
            out.append(f"    hint: {p.hint}")
    # Every line escaped: server text (greeting, replies, certificate names) never reaches the terminal raw.
    return "\n".join(map(printable, out))


_PROBE_STYLE = "<style>.rsmtp tr.warn td{background:#fff4ce}.rsmtp tr.skip td{color:#888}</style>"


def probe_html(r: ProbeReport) -> str:
    """The report as a compact HTML table, one row per step, the failing steps highlighted."""
    verdict = html.escape(r._verdict())
    color = "#1a7f37" if r.ok else "#cf222e"
    head = (
        f"<p><b>probe {html.escape(r.target)}</b> (port {r.port}): "
        f'<b style="color:{color}">{verdict}</b> in {r.elapsed:.3f} s</p>'
    )
    rows = r.rows()
    cls = {"ok": "ok", "failed": "fail", "warning": "warn", "skipped": "skip"}
    steps = table_html(
        ["host", "address", "phase", "status", "time", "detail"],
        [[host, addr, str(s.phase), s.status, _ms(s.elapsed), s.detail] for host, addr, s in rows],
        [cls.get(s.status, "") for _, _, s in rows],
    )
    extra = []
    for h in r.hosts:
        lines = _tls_lines(h)
        if h.auth_mechanisms:
            lines.append(f"AUTH mechanisms offered: {' '.join(h.auth_mechanisms)}")
        if lines:
            extra.append(
                f"<p><b>{html.escape(h.host)}</b> {html.escape(h.address)}: "
                + "; ".join(html.escape(x) for x in lines)
                + "</p>"
            )
    problems = ""
    if r.problems:
        items = "".join(
            f"<li><b>{html.escape(p.severity)}</b> {html.escape(str(p))}<br><i>hint: {html.escape(p.hint)}</i></li>"
            for p in r.problems
        )
        problems = f"<ul>{items}</ul>"
    return _STYLE + _PROBE_STYLE + '<div class="rsmtp-probe">' + head + steps + "".join(extra) + problems + "</div>"


def _split_target(target: str, port: int | None) -> tuple[str, int | None, bool]:
    """``(host, port or None, mx)``: ``user@domain`` and a bare name without a port are mail domains (MX lookup; a
    name without MX records is its own mail host); ``host:port``, an IP address, or ``port=`` make it one host."""
    t = target.strip()
    if "@" in t:  # an address: always its domain's MX hosts, on port= if given
        return t.rpartition("@")[2], port, True
    explicit: int | None = None
    host = t
    if t.startswith("["):
        host, _, tail = t[1:].partition("]")
        if tail.startswith(":") and tail[1:].isdigit():
            explicit = int(tail[1:])
    elif t.count(":") == 1:
        head, _, tail = t.partition(":")
        if tail.isdigit():
            host, explicit = head, int(tail)
    try:
        ipaddress.ip_address(host)
        literal = True
    except ValueError:
        literal = False
    if explicit is not None and port is not None and explicit != port:
        raise ValueError(f"target {target!r} has port {explicit} but port={port} was given")
    chosen = explicit if explicit is not None else port
    if chosen is not None and not 0 < chosen < 65536:
        raise ValueError(f"target {target!r}: port must be 1-65535")
    return host, chosen, chosen is None and not literal


def probe(
    target: str,
    *,
    port: int | None = None,
    tls: str | None = None,
    ca_file: str | os.PathLike[str] | None = None,
    username: str | None = None,
    password: str | None = None,
    timeouts: TimeoutsArg = None,
    resolver: str | Sequence[str] | None = None,
    mail_from: str | None = None,
    rcpt_to: str | Sequence[str] | None = None,
    helo_name: str | None = None,
) -> ProbeReport:
    """Probes a mail domain's MX hosts (``"example.com"``, or ``"someone@example.com"``, also with ``port=``) or one
    server (``"smtp.example.com:587"``, ``"[::1]:25"``, or a name with ``port=``) and returns a :class:`ProbeReport`.

    ``tls`` defaults by port like ``send()``: 465 ``"implicit"``, 587 ``"starttls"``, else ``"opportunistic"``. The
    certificate is always checked (against ``ca_file`` or the system store) and described, but a bad one does not stop
    the probe: it is reported as a problem. With ``username``/``password`` AUTH is tested (never over plaintext).
    With ``rcpt_to`` (and optionally ``mail_from``, default the null sender) MAIL FROM/RCPT TO are tested, then RSET:
    no message is sent. ``timeouts`` as in ``send()``; unset phases are capped at :data:`PROBE_TIMEOUT_CAP` seconds.
    ``resolver`` (``"127.0.0.1:5353"``) replaces the system's DNS servers.
    """
    if not isinstance(target, str) or not target.strip():
        raise ValueError(f"target must be a domain, an address or host:port, not {target!r}")
    # Types here; the rules (port range, TLS modes, durations) are the core's (ProbeConfig in crates/resilient-smtp/src/config.rs).
    if port is not None:
        integer("port", port)
    for name, value in (
        ("tls", tls),
        ("username", username),
        ("password", password),
        ("mail_from", mail_from),
        ("helo_name", helo_name),
    ):
        text(name, value)
    host, chosen_port, mx = _split_target(target, port)
    if tls is None:
        tls = default_tls(chosen_port)
    if chosen_port is None:
        chosen_port = default_port(tls)
    limits = timeouts_of(timeouts)
    if isinstance(resolver, str):
        resolver = [resolver]
    if isinstance(rcpt_to, str):
        rcpt_to = [rcpt_to]
    recipients = list(rcpt_to or [])
    for r in recipients:
        if not isinstance(r, str):
            raise TypeError(f"rcpt_to items must be strings, not {type(r).__name__}")
    if mail_from is None and recipients:
        mail_from = ""
    helo = helo_name or local_hostname()
    out = _core.probe(
        f"[{host}]" if ":" in host else host,
        chosen_port,
        mx=mx,
        tls=tls,
        helo_name=helo,
        username=username,
        password=password,
        timeouts=list(limits.resolved(cap=PROBE_TIMEOUT_CAP).items()),
        ca_file=os.fspath(ca_file) if ca_file is not None else None,
        resolver=list(resolver) if resolver is not None else None,
        mail_from=mail_from,
        rcpt_to=recipients,
    )
    options = {
        "tls": tls,
        "port": chosen_port,
        "username": username,
        "helo_name": helo,
        "ca_file": os.fspath(ca_file) if ca_file is not None else None,
        "resolver": list(resolver) if resolver is not None else None,
        "mail_from": mail_from,
        "rcpt_to": recipients,
    }
    return ProbeReport.from_core(out, options)
