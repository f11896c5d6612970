//! Where to connect: a relay list (each name's addresses in turn) or the recipient domain's MX hosts (RFC 5321 §5.1:
//! preference order, equal preferences shuffled, the domain itself when it has no MX, nothing for a null MX).

use std::net::{IpAddr, SocketAddr};
use std::time::Duration;

use hickory_resolver::config::{ConnectionConfig, NameServerConfig, ResolverConfig};
use hickory_resolver::net::runtime::TokioRuntimeProvider;
use hickory_resolver::proto::rr::RData;
use hickory_resolver::{Resolver, TokioResolver};
use rand::seq::SliceRandom;
use rand::Rng;

use crate::error::InputError;
use crate::error::{DnsFailure, ErrorKind, SessionError};
use crate::phase::Phase;
use crate::session::Peer;

const LOG: &str = "resilient_smtp.route";

/// Postfix's smtp_mx_address_limit: addresses tried per attempt for one domain.
pub const MX_ADDRESS_LIMIT: usize = 5;

/// A relay as the caller wrote it: `host`, `host:port`, `[v6]:port`, or a bare IPv6 address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HostSpec {
    pub host: String,
    pub port: Option<u16>,
}

impl HostSpec {
    pub fn parse(raw: &str) -> Result<HostSpec, InputError> {
        let bad = |why: &str| InputError(format!("host {raw:?}: {why}"));
        let s = raw.trim();
        if s.is_empty() {
            return Err(bad("empty"));
        }
        if s.chars()
            .any(|c| c.is_whitespace() || c.is_control() || c == '/' || c == '@')
        {
            return Err(bad("not a host name, address or host:port"));
        }
        let port = |p: &str| {
            p.parse::<u16>()
                .ok()
                .filter(|&p| p > 0)
                .ok_or_else(|| bad("port must be 1-65535"))
        };
        if let Some(rest) = s.strip_prefix('[') {
            let (addr, tail) = rest.split_once(']').ok_or_else(|| bad("unclosed '['"))?;
            addr.parse::<IpAddr>()
                .map_err(|_| bad("not an IP address inside [...]"))?;
            let port = match tail {
                "" => None,
                t => Some(port(
                    t.strip_prefix(':').ok_or_else(|| bad("expected ':port' after ']'"))?,
                )?),
            };
            return Ok(HostSpec {
                host: addr.to_string(),
                port,
            });
        }
        if s.parse::<IpAddr>().is_ok() {
            return Ok(HostSpec {
                host: s.to_string(),
                port: None,
            });
        }
        match s.rsplit_once(':') {
            Some((h, _)) if h.contains(':') => Err(bad("an IPv6 address with a port is written [addr]:port")),
            Some((h, p)) if !h.is_empty() => Ok(HostSpec {
                host: h.to_string(),
                port: Some(port(p)?),
            }),
            Some(_) => Err(bad("missing host name")),
            None => Ok(HostSpec {
                host: s.to_string(),
                port: None,
            }),
        }
    }
}

/// A DNS server given by the caller: an IP address, optionally with `:port` (53 by default).
pub fn resolver_address(text: &str) -> Result<SocketAddr, InputError> {
    let spec = HostSpec::parse(text)?;
    let ip = spec.host.parse::<IpAddr>().map_err(|_| {
        InputError(format!(
            "resolver {text:?} must be an IP address, optionally with :port"
        ))
    })?;
    Ok(SocketAddr::new(ip, spec.port.unwrap_or(53)))
}

fn resolve_error(failure: DnsFailure) -> SessionError {
    SessionError::new(Phase::Resolve, ErrorKind::Dns(failure))
}

/// `fut` bounded by `limit`, a timeout counting as the resolve phase's.
pub(crate) async fn within<T>(
    limit: Duration,
    fut: impl std::future::Future<Output = Result<T, SessionError>>,
) -> Result<T, SessionError> {
    tokio::time::timeout(limit, fut).await.unwrap_or_else(|_| {
        Err(SessionError::new(
            Phase::Resolve,
            ErrorKind::Timeout {
                limit,
                bound: crate::phase::LimitKind::Phase,
            },
        ))
    })
}

/// A relay's addresses through the system resolver (getaddrinfo: /etc/hosts, nsswitch), as every other client does.
pub async fn relay_peers(spec: &HostSpec, default_port: u16, limit: Duration) -> Result<Vec<Peer>, SessionError> {
    let port = spec.port.unwrap_or(default_port);
    if let Ok(ip) = spec.host.parse::<IpAddr>() {
        return Ok(vec![Peer {
            host: spec.host.clone(),
            addr: SocketAddr::new(ip, port),
        }]);
    }
    let host = spec.host.clone();
    within(limit, async move {
        let found = tokio::net::lookup_host((host.as_str(), port)).await;
        match found {
            Ok(addrs) => {
                let mut peers: Vec<Peer> = Vec::new();
                for addr in addrs {
                    if !peers.iter().any(|p| p.addr == addr) {
                        peers.push(Peer {
                            host: host.clone(),
                            addr,
                        });
                    }
                }
                if peers.is_empty() {
                    return Err(resolve_error(DnsFailure::NoAddress(host.clone())));
                }
                Ok(peers)
            }
            // getaddrinfo says EAI_AGAIN as "Temporary failure in name resolution"; anything else (no such name, no
            // address) will not change by asking again.
            Err(e) if e.to_string().contains("emporary") => Err(resolve_error(DnsFailure::Temporary(e.to_string()))),
            Err(_) => Err(resolve_error(DnsFailure::UnknownHost(host.clone()))),
        }
    })
    .await
}

/// One MX record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Exchange {
    pub preference: u16,
    pub host: String,
}

/// Sorts MX records by preference and shuffles each group of equal preference (RFC 5321 §5.1: MUST randomize).
pub fn order_exchanges(mut mx: Vec<Exchange>, rng: &mut impl Rng) -> Vec<Exchange> {
    mx.shuffle(rng);
    // A stable sort keeps the shuffled order within each preference.
    mx.sort_by_key(|m| m.preference);
    mx
}

/// The MX hosts of a domain: either a list to try, the domain itself (no MX), or a null MX.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MxAnswer {
    Hosts(Vec<Exchange>),
    Implicit,
    Null,
}

pub struct MxResolver {
    resolver: TokioResolver,
}

impl MxResolver {
    /// The system's resolver (resolv.conf), or the given servers (`"127.0.0.1:5353"`).
    pub fn new(servers: &[SocketAddr]) -> Result<MxResolver, InputError> {
        let builder = if servers.is_empty() {
            Resolver::builder_tokio().map_err(|e| InputError(format!("system DNS configuration: {e}")))?
        } else {
            let servers = servers
                .iter()
                .map(|s| {
                    let conn = |mut c: ConnectionConfig| {
                        c.port = s.port();
                        c
                    };
                    NameServerConfig::new(
                        s.ip(),
                        true,
                        vec![conn(ConnectionConfig::udp()), conn(ConnectionConfig::tcp())],
                    )
                })
                .collect();
            Resolver::builder_with_config(
                ResolverConfig::from_name_servers(servers),
                TokioRuntimeProvider::default(),
            )
        };
        let mut builder = builder;
        // One try per server within the phase limit; the delivery loop does the retrying.
        builder.options_mut().attempts = 1;
        builder.options_mut().timeout = Duration::from_secs(5);
        let resolver = builder.build().map_err(|e| InputError(format!("DNS resolver: {e}")))?;
        Ok(MxResolver { resolver })
    }

    fn classify(domain: &str, e: &hickory_resolver::net::NetError) -> DnsFailure {
        if e.is_nx_domain() {
            DnsFailure::NxDomain(domain.to_string())
        } else {
            DnsFailure::Temporary(e.to_string())
        }
    }

    pub async fn mx(&self, domain: &str) -> Result<MxAnswer, SessionError> {
        let fqdn = format!("{}.", domain.trim_end_matches('.'));
        match self.resolver.mx_lookup(fqdn.as_str()).await {
            Ok(lookup) => {
                let mut records: Vec<Exchange> = lookup
                    .answers()
                    .iter()
                    .filter_map(|r| match &r.data {
                        RData::MX(mx) => Some(Exchange {
                            preference: mx.preference,
                            host: mx.exchange.to_ascii(),
                        }),
                        _ => None,
                    })
                    .collect();
                // RFC 7505 §3: a null MX is "MX 0 ." alone; a "." among other records is ignored.
                let is_root = |e: &Exchange| e.host == "." || e.host.is_empty();
                if records.len() == 1 && is_root(&records[0]) {
                    return Ok(MxAnswer::Null);
                }
                records.retain(|e| !is_root(e));
                for r in &mut records {
                    r.host = r.host.trim_end_matches('.').to_string();
                }
                if records.is_empty() {
                    return Ok(MxAnswer::Implicit);
                }
                Ok(MxAnswer::Hosts(records))
            }
            Err(e) if e.is_no_records_found() && !e.is_nx_domain() => Ok(MxAnswer::Implicit),
            Err(e) => Err(resolve_error(Self::classify(domain, &e))),
        }
    }

    pub async fn addresses(&self, host: &str) -> Result<Vec<IpAddr>, SessionError> {
        let fqdn = format!("{}.", host.trim_end_matches('.'));
        match self.resolver.lookup_ip(fqdn.as_str()).await {
            Ok(ips) => Ok(ips.iter().collect()),
            Err(e) if e.is_no_records_found() && !e.is_nx_domain() => {
                Err(resolve_error(DnsFailure::NoAddress(host.to_string())))
            }
            Err(e) => Err(resolve_error(Self::classify(host, &e))),
        }
    }

    /// The addresses to try for `domain`, at most [`MX_ADDRESS_LIMIT`], in order. Hosts that fail to resolve are
    /// skipped; if none resolves, the most telling failure is returned.
    pub async fn peers(
        &self,
        domain: &str,
        port: u16,
        limit: Duration,
        rng: &mut (impl Rng + Send),
    ) -> Result<Vec<Peer>, SessionError> {
        if let Some(literal) = domain.strip_prefix('[').and_then(|d| d.strip_suffix(']')) {
            let ip = literal
                .trim_start_matches("IPv6:")
                .parse::<IpAddr>()
                .map_err(|_| resolve_error(DnsFailure::NoAddress(domain.to_string())))?;
            return Ok(vec![Peer {
                host: ip.to_string(),
                addr: SocketAddr::new(ip, port),
            }]);
        }
        let answer = within(limit, self.mx(domain)).await?;
        let exchanges = match answer {
            MxAnswer::Null => return Err(resolve_error(DnsFailure::NullMx(domain.to_string()))),
            MxAnswer::Implicit => vec![Exchange {
                preference: 0,
                host: domain.to_string(),
            }],
            MxAnswer::Hosts(hosts) => order_exchanges(hosts, rng),
        };
        log::debug!(target: LOG, "MX for {domain}: {:?}", exchanges.iter().map(|e| (e.preference, &e.host)).collect::<Vec<_>>());
        let mut peers = Vec::new();
        let mut last_error = None;
        for ex in &exchanges {
            if peers.len() >= MX_ADDRESS_LIMIT {
                break;
            }
            match within(limit, self.addresses(&ex.host)).await {
                Ok(ips) => {
                    for ip in ips.into_iter().take(MX_ADDRESS_LIMIT - peers.len()) {
                        peers.push(Peer {
                            host: ex.host.clone(),
                            addr: SocketAddr::new(ip, port),
                        });
                    }
                }
                Err(e) => {
                    log::debug!(target: LOG, "MX host {} of {domain}: {e}", ex.host);
                    last_error = Some(e);
                }
            }
        }
        if peers.is_empty() {
            return Err(last_error.unwrap_or_else(|| resolve_error(DnsFailure::NoAddress(domain.to_string()))));
        }
        Ok(peers)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::rngs::SmallRng;
    use rand::SeedableRng;
    use std::collections::HashSet;

    #[test]
    fn host_specs() {
        let p = |s: &str| HostSpec::parse(s).unwrap();
        assert_eq!(
            p("mx.example.com"),
            HostSpec {
                host: "mx.example.com".into(),
                port: None
            }
        );
        assert_eq!(
            p("mx.example.com:2525"),
            HostSpec {
                host: "mx.example.com".into(),
                port: Some(2525)
            }
        );
        assert_eq!(
            p("[::1]:25"),
            HostSpec {
                host: "::1".into(),
                port: Some(25)
            }
        );
        assert_eq!(
            p("::1"),
            HostSpec {
                host: "::1".into(),
                port: None
            }
        );
        assert_eq!(
            p("127.0.0.1:25"),
            HostSpec {
                host: "127.0.0.1".into(),
                port: Some(25)
            }
        );
        for bad in [
            "",
            "host:0",
            "host:99999",
            "a b",
            "[::1",
            "::1:25:x",
            "host\r\n:25",
            ":25",
        ] {
            assert!(HostSpec::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn mx_order_lowest_first_and_ties_shuffled() {
        let records = vec![
            Exchange {
                preference: 20,
                host: "c".into(),
            },
            Exchange {
                preference: 10,
                host: "a1".into(),
            },
            Exchange {
                preference: 10,
                host: "a2".into(),
            },
            Exchange {
                preference: 10,
                host: "a3".into(),
            },
            Exchange {
                preference: 30,
                host: "d".into(),
            },
        ];
        let mut rng = SmallRng::seed_from_u64(42);
        let mut seen = HashSet::new();
        for _ in 0..2000 {
            let o = order_exchanges(records.clone(), &mut rng);
            let prefs: Vec<u16> = o.iter().map(|e| e.preference).collect();
            assert_eq!(prefs, vec![10, 10, 10, 20, 30]);
            seen.insert(o[..3].iter().map(|e| e.host.clone()).collect::<Vec<_>>());
        }
        // All 3! orders of the equal-preference hosts turn up.
        assert_eq!(seen.len(), 6);
    }
}
