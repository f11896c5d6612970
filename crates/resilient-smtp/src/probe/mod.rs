//! A connectivity probe, step by step: DNS, TCP connect, greeting, EHLO, STARTTLS (or implicit TLS), EHLO again, AUTH,
//! an optional MAIL/RCPT test ended by RSET (no message is sent), QUIT. Every step is timed under the phase names of
//! errors, and every address gets a verdict with hints in plain words (port filtered or refused, STARTTLS required,
//! bad credentials, certificate expired or for another name, greylisting, null MX).
//!
//! The certificate is checked but not enforced, so a bad one is still described; it is then reported as a problem,
//! since a delivery (which enforces it) would fail there.

use std::fmt::Write;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::envelope::Mailbox;
use rand::rngs::SmallRng;
use rand::SeedableRng;

use crate::error::{DnsFailure, ErrorKind, SessionError};
use crate::phase::{Budget, Phase};
use crate::reply::Reply;
use crate::route::{order_exchanges, relay_peers, within, HostSpec, MxAnswer, MxResolver};
use crate::session::{Peer, Session, SessionConfig, TlsMode};
use crate::tls::{TlsInfo, Trust};

mod diagnose;
use diagnose::certificate_hint;
pub use diagnose::diagnose;

/// What to probe: a domain's MX hosts, or one host (name or address) on a port.
#[derive(Clone, Debug)]
pub enum Target {
    Mx { domain: String, port: u16 },
    Host { spec: HostSpec, port: u16 },
}

impl Target {
    pub fn describe(&self) -> String {
        match self {
            Target::Mx { domain, .. } => domain.clone(),
            Target::Host { spec, port } if spec.host.contains(':') => {
                format!("[{}]:{port}", spec.host)
            }
            Target::Host { spec, port } => format!("{}:{port}", spec.host),
        }
    }
}

pub struct ProbeOptions {
    /// Timeouts, TLS trust (`verify` is ignored: the outcome is recorded, not enforced), credentials, HELO name.
    pub session: Arc<SessionConfig>,
    pub tls_mode: TlsMode,
    /// DNS servers to ask instead of the system's (for the MX lookup and, when given, host names).
    pub resolver: Option<Arc<MxResolver>>,
    /// Given with `rcpt_to` (or alone): MAIL FROM / RCPT TO are tried and then RSET. `None` with recipients: `<>`.
    pub mail_from: Option<Mailbox>,
    pub rcpt_to: Vec<Mailbox>,
    /// Set when `mail_from` was given, even as the null sender.
    pub test_mail: bool,
}

/// How a step ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    Ok,
    /// It went through, but something is worth knowing (no STARTTLS offered, certificate not trusted).
    Warning,
    Failed,
    /// Not run because the server does not offer it (STARTTLS on a plain-only server without `tls="starttls"`).
    Skipped,
}

impl Status {
    pub fn name(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Warning => "warning",
            Status::Failed => "failed",
            Status::Skipped => "skipped",
        }
    }
}

#[derive(Clone, Debug)]
pub struct Step {
    pub phase: Phase,
    pub status: Status,
    pub elapsed: Duration,
    /// What was sent, credentials redacted ("EHLO client.example", "AUTH PLAIN <redacted>").
    pub command: Option<String>,
    pub reply: Option<Reply>,
    /// One line for a reader: "MX 10 mx1.example.com", "TLSv1.3 TLS13_AES_256_GCM_SHA384", the error.
    pub detail: String,
}

/// Something that makes a host unusable (`severity` "error") or is worth fixing ("warning").
#[derive(Clone, Debug)]
pub struct Problem {
    pub phase: Phase,
    /// A short stable name: "refused", "filtered", "greeting_421", "starttls_required", "bad_credentials",
    /// "certificate_expired", "certificate_name", ...
    pub kind: &'static str,
    pub error: bool,
    pub message: String,
    pub hint: String,
}

#[derive(Clone, Debug)]
pub struct HostReport {
    pub host: String,
    /// The MX preference, for a domain's hosts.
    pub preference: Option<u16>,
    pub addr: Option<SocketAddr>,
    pub steps: Vec<Step>,
    pub greeting: Option<Reply>,
    /// EHLO keywords as offered: after TLS when TLS was started, otherwise the plain ones.
    pub capabilities: Vec<String>,
    pub starttls_offered: bool,
    pub auth_mechanisms: Vec<String>,
    pub tls: Option<TlsInfo>,
    /// `Some(true)` when AUTH with the given credentials succeeded.
    pub authenticated: Option<bool>,
    pub problems: Vec<Problem>,
}

impl HostReport {
    fn new(host: &str, preference: Option<u16>, addr: Option<SocketAddr>) -> HostReport {
        HostReport {
            host: host.to_string(),
            preference,
            addr,
            steps: Vec::new(),
            greeting: None,
            capabilities: Vec::new(),
            starttls_offered: false,
            auth_mechanisms: Vec::new(),
            tls: None,
            authenticated: None,
            problems: Vec::new(),
        }
    }

    /// Usable: no step failed and no problem makes it unusable.
    pub fn ok(&self) -> bool {
        !self.problems.iter().any(|p| p.error)
    }

    /// The phase of the first error, if any.
    pub fn failed_phase(&self) -> Option<Phase> {
        self.problems.iter().find(|p| p.error).map(|p| p.phase)
    }

    fn step(&mut self, phase: Phase, status: Status, elapsed: Duration, detail: String) -> &mut Step {
        self.steps.push(Step {
            phase,
            status,
            elapsed,
            command: None,
            reply: None,
            detail,
        });
        self.steps.last_mut().unwrap()
    }

    fn problem(&mut self, phase: Phase, kind: &'static str, message: String, hint: String) {
        self.problems.push(Problem {
            phase,
            kind,
            error: true,
            message,
            hint,
        });
    }

    fn warning(&mut self, phase: Phase, kind: &'static str, message: String, hint: String) {
        self.problems.push(Problem {
            phase,
            kind,
            error: false,
            message,
            hint,
        });
    }

    /// Records a failed step and the problem it means.
    fn fail(&mut self, err: &SessionError, elapsed: Duration, command: Option<String>) {
        let (kind, hint) = diagnose(err, self.addr);
        let step = self.step(err.phase, Status::Failed, elapsed, err.kind.to_string());
        step.command = command;
        step.reply = err.reply().cloned();
        self.problem(err.phase, kind, err.to_string(), hint);
    }
}

#[derive(Clone, Debug)]
pub struct ProbeReport {
    pub target: String,
    /// "mx" or "host".
    pub mode: &'static str,
    pub port: u16,
    /// Steps that belong to the target rather than to one host (the MX lookup).
    pub steps: Vec<Step>,
    /// The MX records as returned, ordered as they would be tried.
    pub mx: Vec<(u16, String)>,
    pub hosts: Vec<HostReport>,
    /// Problems of the target itself (null MX, no such domain).
    pub problems: Vec<Problem>,
    pub started_at: SystemTime,
    pub elapsed: Duration,
}

impl ProbeReport {
    /// Mail can go through: the target resolved and at least one host passed every step.
    pub fn ok(&self) -> bool {
        !self.problems.iter().any(|p| p.error) && self.hosts.iter().any(HostReport::ok)
    }

    /// The phase that stopped it: the target's own problem, else the furthest any host got before its first error
    /// (what a delivery would run into at best: with port 25 filtered everywhere, `connect`; with one host reachable
    /// but its certificate expired, `starttls`).
    pub fn failed_phase(&self) -> Option<Phase> {
        if self.ok() {
            return None;
        }
        self.problems
            .iter()
            .find(|p| p.error)
            .map(|p| p.phase)
            .or_else(|| self.hosts.iter().filter_map(HostReport::failed_phase).max())
            .or(Some(Phase::Resolve))
    }

    pub fn started_unix(&self) -> f64 {
        self.started_at
            .duration_since(UNIX_EPOCH)
            .map_or(0.0, |d| d.as_secs_f64())
    }
}

/// Probes `target`. Never fails: everything that goes wrong is in the report.
pub async fn probe(target: &Target, opts: &ProbeOptions) -> ProbeReport {
    let started_at = SystemTime::now();
    let started = Instant::now();
    let mut report = ProbeReport {
        target: target.describe(),
        mode: match target {
            Target::Mx { .. } => "mx",
            Target::Host { .. } => "host",
        },
        port: match target {
            Target::Mx { port, .. } | Target::Host { port, .. } => *port,
        },
        steps: Vec::new(),
        mx: Vec::new(),
        hosts: Vec::new(),
        problems: Vec::new(),
        started_at,
        elapsed: Duration::ZERO,
    };
    let resolve_limit = opts.session.timeouts.get(Phase::Resolve);
    match target {
        Target::Mx { domain, port } => {
            let resolver = match &opts.resolver {
                Some(r) => r.clone(),
                None => match MxResolver::new(&[]) {
                    Ok(r) => Arc::new(r),
                    Err(e) => {
                        report.problems.push(Problem {
                            phase: Phase::Resolve,
                            kind: "dns_failure",
                            error: true,
                            message: e.0.clone(),
                            hint: "no usable DNS configuration: pass resolver=".into(),
                        });
                        report.elapsed = started.elapsed();
                        return report;
                    }
                },
            };
            probe_mx(&mut report, &resolver, domain, *port, resolve_limit).await;
        }
        Target::Host { spec, port } => {
            let port = spec.port.unwrap_or(*port);
            let mut host = HostReport::new(&spec.host, None, None);
            let t = Instant::now();
            let found = match (&opts.resolver, spec.host.parse::<IpAddr>()) {
                (_, Ok(ip)) => Ok(vec![ip]),
                (Some(r), Err(_)) => within(resolve_limit, r.addresses(&spec.host)).await,
                (None, Err(_)) => relay_peers(spec, port, resolve_limit)
                    .await
                    .map(|peers| peers.iter().map(|p| p.addr.ip()).collect()),
            };
            let elapsed = t.elapsed();
            match found {
                Err(e) => {
                    host.fail(&e, elapsed, None);
                    report.hosts.push(host);
                }
                Ok(ips) => {
                    let literal = spec.host.parse::<IpAddr>().is_ok();
                    for ip in ips {
                        let mut h = HostReport::new(&spec.host, None, Some(SocketAddr::new(ip, port)));
                        if !literal {
                            h.step(
                                Phase::Resolve,
                                Status::Ok,
                                elapsed,
                                format!("{} has address {ip}", spec.host),
                            );
                        }
                        report.hosts.push(h);
                    }
                }
            }
        }
    }
    // Every address at once (a filtered port 25 on five MX hosts costs one connect timeout, not five), listed in the
    // order a delivery would try them.
    let hosts = std::mem::take(&mut report.hosts);
    report.hosts = futures::future::join_all(hosts.into_iter().enumerate().map(|(i, mut h)| async move {
        if h.addr.is_some() && i >= MAX_PROBED_ADDRESSES {
            h.step(
                Phase::Connect,
                Status::Skipped,
                Duration::ZERO,
                format!("not probed: the first {MAX_PROBED_ADDRESSES} addresses are"),
            );
        } else {
            probe_address(&mut h, opts).await;
        }
        h
    }))
    .await;
    report.elapsed = started.elapsed();
    report
}

/// Addresses probed per target (Postfix tries 5 per delivery; a probe looks a little further).
pub const MAX_PROBED_ADDRESSES: usize = 10;

async fn probe_mx(report: &mut ProbeReport, resolver: &MxResolver, domain: &str, port: u16, limit: Duration) {
    let t = Instant::now();
    let answer = within(limit, resolver.mx(domain)).await;
    let elapsed = t.elapsed();
    let target_step = |status, detail: String| Step {
        phase: Phase::Resolve,
        status,
        elapsed,
        command: Some(format!("MX {domain}")),
        reply: None,
        detail,
    };
    let exchanges = match answer {
        Err(e) => {
            let (kind, hint) = diagnose(&e, None);
            report.steps.push(target_step(Status::Failed, e.kind.to_string()));
            report.problems.push(Problem {
                phase: Phase::Resolve,
                kind,
                error: true,
                message: e.to_string(),
                hint,
            });
            return;
        }
        Ok(MxAnswer::Null) => {
            let e = SessionError::new(Phase::Resolve, ErrorKind::Dns(DnsFailure::NullMx(domain.into())));
            let (kind, hint) = diagnose(&e, None);
            report
                .steps
                .push(target_step(Status::Failed, "null MX (MX 0 .)".into()));
            report.problems.push(Problem {
                phase: Phase::Resolve,
                kind,
                error: true,
                message: e.kind.to_string(),
                hint,
            });
            return;
        }
        Ok(MxAnswer::Implicit) => {
            report.steps.push(target_step(
                Status::Ok,
                "no MX record: the domain itself is its mail host (implicit MX, RFC 5321 §5.1)".into(),
            ));
            vec![(0u16, domain.to_string(), None)]
        }
        Ok(MxAnswer::Hosts(records)) => {
            let ordered = order_exchanges(records, &mut SmallRng::from_os_rng());
            report.steps.push(target_step(
                Status::Ok,
                ordered
                    .iter()
                    .map(|e| format!("MX {} {}", e.preference, e.host))
                    .collect::<Vec<_>>()
                    .join(", "),
            ));
            ordered
                .into_iter()
                .map(|e| (e.preference, e.host, Some(e.preference)))
                .collect()
        }
    };
    report.mx = exchanges.iter().map(|(p, h, _)| (*p, h.clone())).collect();
    for (_, host, preference) in exchanges {
        let t = Instant::now();
        let found = within(limit, resolver.addresses(&host)).await;
        let elapsed = t.elapsed();
        match found {
            Err(e) => {
                let mut h = HostReport::new(&host, preference, None);
                h.fail(&e, elapsed, Some(format!("A/AAAA {host}")));
                report.hosts.push(h);
            }
            Ok(ips) => {
                let listed = ips
                    .iter()
                    .map(std::string::ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", ");
                for ip in ips {
                    let mut h = HostReport::new(&host, preference, Some(SocketAddr::new(ip, port)));
                    h.step(
                        Phase::Resolve,
                        Status::Ok,
                        elapsed,
                        format!("{host} has address {listed}"),
                    )
                    .command = Some(format!("A/AAAA {host}"));
                    report.hosts.push(h);
                }
            }
        }
    }
}

/// Runs one step of the dialogue, timing it; on failure records the step and the problem, and returns `None`.
macro_rules! step {
    ($h:expr, $cmd:expr, $fut:expr) => {{
        let t = Instant::now();
        let out = $fut.await;
        let elapsed = t.elapsed();
        match out {
            Ok(v) => Some((v, elapsed)),
            Err(e) => {
                $h.fail(&e, elapsed, $cmd);
                None
            }
        }
    }};
}

fn caps_detail(s: &Session) -> String {
    let words: Vec<String> = s
        .caps()
        .lines
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.trim().to_string())
        .collect();
    if words.is_empty() {
        "no extensions (HELO or a bare EHLO reply)".into()
    } else {
        words.join(", ")
    }
}

fn tls_detail(info: &TlsInfo) -> String {
    let mut out = format!("{} {}", info.version, info.cipher);
    if let Some(c) = &info.certificate {
        let _ = write!(out, "; certificate {} issued by {}", c.subject, c.issuer);
        if !c.sans.is_empty() {
            let _ = write!(out, " for {}", c.sans.join(" "));
        }
        let _ = write!(out, "; expires {}", date(c.not_after));
    }
    match &info.verified {
        Some(Ok(Trust::Chain)) => out += "; verified",
        Some(Ok(Trust::AsIs)) => out += "; verified (the certificate in ca_file itself, trusted as is: no CA chain)",
        Some(Err(why)) => {
            let _ = write!(out, "; NOT verified: {why}");
        }
        None => {}
    }
    out
}

/// A Unix time as a UTC date (the civil-from-days algorithm, to avoid a date crate for one line).
pub fn date(unix: i64) -> String {
    let days = unix.div_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// The dialogue with one address.
async fn probe_address(h: &mut HostReport, opts: &ProbeOptions) {
    let Some(addr) = h.addr else { return };
    let peer = Peer {
        host: h.host.clone(),
        addr,
    };
    let budget = Budget::default();
    let Some((mut s, elapsed)) = step!(h, None, Session::connect(peer, opts.session.clone(), budget)) else {
        return;
    };
    h.step(Phase::Connect, Status::Ok, elapsed, format!("connected to {addr}"));
    let result = dialogue(h, &mut s, opts).await;
    if result.is_some() {
        let t = Instant::now();
        let reply = s.command(Phase::Quit, "QUIT").await;
        let elapsed = t.elapsed();
        // QUIT's outcome changes nothing: a server that hangs up without 221 is common.
        let (status, detail, reply) = match reply {
            Ok(r) => (Status::Ok, r.to_string(), Some(r)),
            Err(e) => (Status::Warning, e.kind.to_string(), None),
        };
        let step = h.step(Phase::Quit, status, elapsed, detail);
        step.command = Some("QUIT".into());
        step.reply = reply;
    }
    s.close().await;
}

async fn handshake(h: &mut HostReport, s: &mut Session, command: Option<String>) -> Option<()> {
    let t = Instant::now();
    let out = if command.is_some() {
        s.starttls().await.map(|_| ())
    } else {
        s.handshake().await
    };
    let elapsed = t.elapsed();
    if let Err(e) = out {
        h.fail(&e, elapsed, command);
        return None;
    }
    let info = s.tls().cloned().unwrap_or_default();
    let status = match &info.verified {
        Some(Err(why)) => {
            let (kind, hint) = certificate_hint(why);
            let subject = info
                .certificate
                .as_ref()
                .map(|c| format!(" ({}; {})", c.sans.join(" "), date(c.not_after)))
                .unwrap_or_default();
            h.problem(
                Phase::StartTls,
                kind,
                format!("certificate of {} not trusted: {why}{subject}", h.host),
                hint,
            );
            Status::Failed
        }
        _ => Status::Ok,
    };
    let step = h.step(Phase::StartTls, status, elapsed, tls_detail(&info));
    step.command = command;
    h.tls = Some(info);
    Some(())
}

async fn hello(h: &mut HostReport, s: &mut Session, helo: &str) -> Option<()> {
    let ((), elapsed) = step!(h, Some(format!("EHLO {helo}")), s.hello())?;
    let detail = caps_detail(s);
    let step = h.step(Phase::Ehlo, Status::Ok, elapsed, detail);
    step.command = Some(format!("EHLO {helo}"));
    step.reply = s.ehlo().cloned();
    h.capabilities = s
        .caps()
        .lines
        .iter()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty())
        .collect();
    h.starttls_offered |= s.caps().starttls;
    h.auth_mechanisms.clone_from(&s.caps().auth);
    Some(())
}

async fn dialogue(h: &mut HostReport, s: &mut Session, opts: &ProbeOptions) -> Option<()> {
    let helo = opts.session.helo_name.clone();
    if opts.tls_mode == TlsMode::Implicit {
        handshake(h, s, None).await?;
    }
    let ((), elapsed) = step!(h, None, s.greet())?;
    h.greeting = s.greeting().cloned();
    let detail = s.greeting().map(std::string::ToString::to_string).unwrap_or_default();
    let step = h.step(Phase::Greeting, Status::Ok, elapsed, detail);
    step.reply = s.greeting().cloned();
    hello(h, s, &helo).await?;
    match opts.tls_mode {
        TlsMode::Required | TlsMode::Opportunistic if s.caps().starttls => {
            handshake(h, s, Some("STARTTLS".into())).await?;
            hello(h, s, &helo).await?;
        }
        TlsMode::Required => {
            let e = SessionError::new(
                Phase::StartTls,
                ErrorKind::NotSupported("the server does not offer STARTTLS".into()),
            );
            h.fail(&e, Duration::ZERO, None);
            return None;
        }
        TlsMode::Opportunistic => {
            h.step(
                Phase::StartTls,
                Status::Skipped,
                Duration::ZERO,
                "STARTTLS not offered".into(),
            );
            h.warning(
                Phase::StartTls,
                "no_tls",
                format!("{} offers no STARTTLS", h.host),
                "mail (and any credentials) would travel in plaintext".into(),
            );
        }
        TlsMode::Implicit | TlsMode::Off => {}
    }
    if let Some(creds) = &opts.session.credentials {
        let shown = format!("AUTH ({} as {})", h.auth_mechanisms.join("/"), creds.username());
        let t = Instant::now();
        let out = s.authenticate().await;
        let elapsed = t.elapsed();
        match out {
            Ok(reply) => {
                h.authenticated = Some(true);
                let detail = match &reply {
                    Some(r) => format!("authenticated as {}: {r}", creds.username()),
                    None => format!("authenticated as {}", creds.username()),
                };
                let step = h.step(Phase::Auth, Status::Ok, elapsed, detail);
                step.command = Some(shown);
                step.reply = reply;
            }
            Err(e) => {
                h.authenticated = Some(false);
                h.fail(&e, elapsed, Some(shown));
                // A refused AUTH leaves the connection usable: the MAIL test may still say more.
                let usable = match &e.kind {
                    ErrorKind::Rejected(r) => r.code != 421,
                    ErrorKind::NotSupported(_) => true,
                    _ => false,
                };
                if !usable {
                    return None;
                }
            }
        }
    }
    if opts.test_mail || !opts.rcpt_to.is_empty() {
        mail_test(h, s, opts).await?;
    }
    Some(())
}

/// MAIL FROM and RCPT TO for each recipient, then RSET: what the server would say, without sending a message.
async fn mail_test(h: &mut HostReport, s: &mut Session, opts: &ProbeOptions) -> Option<()> {
    let from = opts
        .mail_from
        .as_ref()
        .map(std::string::ToString::to_string)
        .unwrap_or_default();
    let line = format!("MAIL FROM:<{from}>");
    let (reply, elapsed) = step!(h, Some(line.clone()), s.command(Phase::Mail, &line))?;
    let mail_ok = reply.is_positive();
    if mail_ok {
        let step = h.step(Phase::Mail, Status::Ok, elapsed, reply.to_string());
        step.command = Some(line);
        step.reply = Some(reply);
    } else {
        h.fail(
            &SessionError::new(Phase::Mail, ErrorKind::Rejected(reply.clone())),
            elapsed,
            Some(line),
        );
        if reply.code == 421 {
            return None;
        }
    }
    if mail_ok {
        for rcpt in &opts.rcpt_to {
            let line = format!("RCPT TO:<{rcpt}>");
            let (reply, elapsed) = step!(h, Some(line.clone()), s.command(Phase::Rcpt, &line))?;
            if reply.is_positive() {
                let step = h.step(Phase::Rcpt, Status::Ok, elapsed, reply.to_string());
                step.command = Some(line);
                step.reply = Some(reply);
            } else {
                h.fail(
                    &SessionError::new(Phase::Rcpt, ErrorKind::Rejected(reply.clone())),
                    elapsed,
                    Some(line),
                );
                if reply.code == 421 {
                    return None;
                }
            }
        }
    }
    let (reply, elapsed) = step!(h, Some("RSET".to_string()), s.command(Phase::Rset, "RSET"))?;
    let status = if reply.is_positive() {
        Status::Ok
    } else {
        Status::Warning
    };
    let step = h.step(Phase::Rset, status, elapsed, reply.to_string());
    step.command = Some("RSET".into());
    step.reply = Some(reply);
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(date(0), "1970-01-01");
        assert_eq!(date(951_782_400), "2000-02-29");
        assert_eq!(date(1_764_028_800), "2025-11-25");
    }

    #[test]
    fn hints() {
        let rej = |phase, code, text: &str| SessionError::new(phase, ErrorKind::Rejected(Reply::new(code, text)));
        assert_eq!(
            diagnose(&rej(Phase::Greeting, 421, "4.3.2 busy"), None).0,
            "greeting_421"
        );
        assert_eq!(
            diagnose(
                &rej(Phase::Mail, 530, "5.7.0 Must issue a STARTTLS command first"),
                None
            )
            .0,
            "starttls_required"
        );
        assert_eq!(
            diagnose(&rej(Phase::Auth, 535, "5.7.8 Authentication credentials invalid"), None).0,
            "bad_credentials"
        );
        assert_eq!(
            diagnose(&rej(Phase::Rcpt, 450, "4.7.1 Greylisted"), None).0,
            "greylisted"
        );
        assert_eq!(
            certificate_hint("invalid peer certificate: Expired").0,
            "certificate_expired"
        );
        assert_eq!(
            certificate_hint("invalid peer certificate: NotValidForName").0,
            "certificate_name"
        );
    }
}
