//! What a failed probe step most likely means, in words for the person who has to fix it: a stable kind (for
//! programs) and a hint (for people). Built on the same error kinds as delivery; the verdict on retrying stays in
//! `policy.rs`.

use std::net::SocketAddr;

use crate::error::{DnsFailure, ErrorKind, SessionError};
use crate::phase::Phase;
use crate::policy::looks_greylisted;

/// What a failure most likely means, for a reader who has to fix it: a stable kind and a hint.
pub fn diagnose(err: &SessionError, addr: Option<SocketAddr>) -> (&'static str, String) {
    let port = addr.map_or(0, |a| a.port());
    let reply = err.reply();
    let text = reply.map(|r| r.text().to_ascii_lowercase()).unwrap_or_default();
    match (&err.kind, err.phase) {
        (ErrorKind::Dns(DnsFailure::NullMx(d)), _) => (
            "null_mx",
            format!("{d} publishes a null MX (RFC 7505): it accepts no mail at all; check the address"),
        ),
        (ErrorKind::Dns(DnsFailure::NxDomain(d)), _) => {
            ("nxdomain", format!("{d} does not exist in DNS: check the spelling"))
        }
        (ErrorKind::Dns(DnsFailure::NoAddress(h)), _) => (
            "no_address",
            format!(
                "{h} has no address (A/AAAA record): check the name; for an MX host, the domain's MX record points \
                 at a name that does not resolve"
            ),
        ),
        (ErrorKind::Dns(DnsFailure::Temporary(_)), _) | (ErrorKind::Timeout { .. }, Phase::Resolve) => (
            "dns_failure",
            "the DNS server did not answer or failed (SERVFAIL): check the resolver, try again".into(),
        ),
        (ErrorKind::Connect(io), _) if io.kind == std::io::ErrorKind::ConnectionRefused => (
            "refused",
            format!(
                "connection refused: nothing listens on port {port} there, or a firewall rejects it; check the \
                 port (25 relay, 587 submission with STARTTLS, 465 implicit TLS)"
            ),
        ),
        (ErrorKind::Timeout { .. }, Phase::Connect) => (
            "filtered",
            format!(
                "no answer to the connection attempt: port {port} is blocked or filtered by a firewall (many ISPs \
                 and cloud providers block outgoing port 25; try 587 or 465), or the host is down"
            ),
        ),
        (ErrorKind::Connect(_), _) => (
            "unreachable",
            "the network or host is unreachable from here: check routing, VPN, IPv6 connectivity".into(),
        ),
        (ErrorKind::Rejected(r), Phase::Greeting) if r.code == 421 => (
            "greeting_421",
            "the server refuses connections right now (421): busy, rate-limiting or blocking your address; \
             try later or from another network"
                .into(),
        ),
        (ErrorKind::Rejected(_), Phase::Greeting) => (
            "greeting_refused",
            "the server will not talk to you (5xx greeting): your IP address may be on a blocklist".into(),
        ),
        (ErrorKind::Timeout { .. }, Phase::Greeting) if port == 465 => (
            "greeting_timeout",
            "no greeting: port 465 speaks TLS from the first byte; use tls=\"implicit\"".into(),
        ),
        (ErrorKind::Timeout { .. }, Phase::Greeting) => (
            "greeting_timeout",
            "connected, but no greeting came: the server is overloaded, a proxy or antivirus intercepts the \
             port, or it expects TLS first (tls=\"implicit\")"
                .into(),
        ),
        (ErrorKind::Disconnected(_), Phase::Greeting) => (
            "greeting_dropped",
            "the server closed the connection before greeting: it may drop your address, or expect TLS first \
             (tls=\"implicit\")"
                .into(),
        ),
        (ErrorKind::Rejected(_), _) if looks_greylisted(err) => (
            "greylisted",
            "greylisting: the server defers first contact from an unknown sender; it accepts a retry after some \
             minutes (a RetryPolicy with a long enough delay gets through)"
                .into(),
        ),
        (ErrorKind::Rejected(r), _) if r.code == 530 && text.contains("starttls") => (
            "starttls_required",
            "the server requires STARTTLS before this command: use tls=\"starttls\"".into(),
        ),
        (ErrorKind::Rejected(r), _) if r.code == 530 || (r.code == 550 && text.contains("auth")) => (
            "auth_required",
            "the server requires authentication: pass username and password".into(),
        ),
        (ErrorKind::Rejected(r), Phase::Auth) if r.code == 534 || text.contains("application-specific") => (
            "app_password_required",
            "the provider wants an app password (or OAuth2) rather than the account password".into(),
        ),
        (ErrorKind::Rejected(r), Phase::Auth) if r.code == 535 => (
            "bad_credentials",
            "credentials rejected (535): check the username and password; Gmail and Microsoft 365 with two-factor \
             authentication need an app password or OAuth2"
                .into(),
        ),
        (ErrorKind::Rejected(_), Phase::Auth) => (
            "auth_failed",
            "AUTH failed: check the credentials and the mechanism".into(),
        ),
        (ErrorKind::NotSupported(_), Phase::Auth) => (
            "auth_unavailable",
            "AUTH is not possible here: the server offers no (suitable) AUTH, or only after STARTTLS; use \
             tls=\"starttls\" or the submission port 587"
                .into(),
        ),
        (ErrorKind::NotSupported(_), Phase::StartTls) => (
            "starttls_unavailable",
            "the server does not offer STARTTLS: mail and credentials would travel in plaintext".into(),
        ),
        (ErrorKind::Rejected(r), Phase::Rcpt) if r.code == 554 || text.contains("relay") => (
            "relay_denied",
            "relaying denied: authenticate, or send only to domains this server accepts mail for".into(),
        ),
        (ErrorKind::Rejected(r), Phase::Rcpt) if r.enhanced.is_some_and(|e| e.subject == 1) => {
            ("no_such_mailbox", "the recipient address is unknown there".into())
        }
        (ErrorKind::Rejected(r), _) if r.code == 421 => (
            "closing",
            "the server is closing the connection (421): try later".into(),
        ),
        (ErrorKind::Rejected(r), _) if r.is_transient() => (
            "deferred",
            "a temporary refusal (4xx): trying again later may work".into(),
        ),
        (ErrorKind::Rejected(_), _) => ("refused_command", "the server refuses this command".into()),
        (ErrorKind::Certificate(_), _) => certificate_hint(&err.kind.to_string()),
        (ErrorKind::Tls(_), _) => (
            "tls_failed",
            "the TLS handshake failed: no common protocol version or cipher, or the port does not speak TLS".into(),
        ),
        (ErrorKind::ResponseInjection(_), _) => (
            "response_injection",
            "the server (or something in between) sent data before TLS started: a STARTTLS injection attack or a \
             broken proxy"
                .into(),
        ),
        (ErrorKind::Timeout { .. }, phase) => (
            "timeout",
            format!("{} got no reply in time: the server is slow or stalled", phase.label()),
        ),
        (ErrorKind::Disconnected(_), _) => ("dropped", "the server closed the connection".into()),
        (ErrorKind::Malformed(_), _) => ("malformed", "the server's reply is not valid SMTP".into()),
        _ => ("failed", err.kind.to_string()),
    }
}

pub(super) fn certificate_hint(why: &str) -> (&'static str, String) {
    let w = why.to_ascii_lowercase().replace(' ', "");
    if w.contains("expired") {
        (
            "certificate_expired",
            "the server's certificate has expired: the server's admin must renew it".into(),
        )
    } else if w.contains("notvalidforname") {
        (
            "certificate_name",
            "the certificate is for another name: connect with the name it lists (see SANs) or fix the certificate"
                .into(),
        )
    } else if w.contains("unknownissuer") || w.contains("selfsigned") {
        (
            "certificate_untrusted",
            "the certificate's issuer is not trusted: a self-signed or private CA; pass ca_file= with that CA".into(),
        )
    } else {
        (
            "certificate_invalid",
            "the certificate does not verify; a delivery would refuse this server".into(),
        )
    }
}
