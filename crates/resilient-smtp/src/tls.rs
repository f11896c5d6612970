//! TLS through rustls: certificates verified against the system trust store (or the caller's CA file) by default,
//! and what a handshake negotiated, for results and probes.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};

use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};
use tokio_rustls::rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use tokio_rustls::rustls::client::WebPkiServerVerifier;
use tokio_rustls::rustls::crypto::{ring, verify_tls12_signature, verify_tls13_signature, CryptoProvider};
use tokio_rustls::rustls::{self, ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme};
use tokio_rustls::TlsConnector;

use crate::error::InputError;

/// How to check the server's certificate, and the client certificate to show it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct TlsSettings {
    /// False only when the caller explicitly asked for it (`tls_verify=False`).
    pub verify: bool,
    /// Trust these CAs instead of the system store (Python's `create_default_context(cafile=...)` does the same).
    pub ca_file: Option<PathBuf>,
    /// Trust these DER certificates (an `ssl.SSLContext`'s CAs) instead of the system store, with `ca_file`'s.
    pub ca_der: Vec<Vec<u8>>,
    /// False when an `ssl.SSLContext` said `check_hostname = False`: the chain is checked, the name is not.
    pub skip_hostname: bool,
    /// A client certificate chain (PEM) and its key (PEM; in the chain's file when `None`) for servers that ask.
    pub client_cert: Option<PathBuf>,
    pub client_key: Option<PathBuf>,
}

/// The caller's trust anchors: the store webpki verifies against, and the certificates as given, so one that is
/// itself the server's certificate can be recognised (OpenSSL trusts a certificate found in its CA file as is).
struct Anchors {
    store: Arc<RootCertStore>,
    own: Vec<CertificateDer<'static>>,
}

fn provider() -> Arc<CryptoProvider> {
    static P: OnceLock<Arc<CryptoProvider>> = OnceLock::new();
    P.get_or_init(|| Arc::new(ring::default_provider())).clone()
}

type AnchorKey = (Option<PathBuf>, Vec<Vec<u8>>);

/// Trust anchors, loaded once per CA file (the system store takes milliseconds to parse: not per message).
fn anchors(ca_file: Option<&PathBuf>, ca_der: &[Vec<u8>]) -> Result<Arc<Anchors>, InputError> {
    static CACHE: OnceLock<Mutex<HashMap<AnchorKey, Arc<Anchors>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    let key = (ca_file.cloned(), ca_der.to_vec());
    if let Some(r) = cache.lock().unwrap().get(&key) {
        return Ok(r.clone());
    }
    let mut store = RootCertStore::empty();
    let mut own: Vec<CertificateDer<'static>> = ca_der.iter().map(|d| CertificateDer::from(d.clone())).collect();
    if let Some(path) = ca_file {
        let bad = |why: String| InputError(format!("ca_file {}: {why}", path.display()));
        for cert in CertificateDer::pem_file_iter(path).map_err(|e| bad(e.to_string()))? {
            own.push(cert.map_err(|e| bad(e.to_string()))?);
        }
        if own.len() == ca_der.len() {
            return Err(bad("no PEM certificate in it".into()));
        }
    }
    if own.is_empty() {
        let found = rustls_native_certs::load_native_certs();
        let (added, _ignored) = store.add_parsable_certificates(found.certs);
        if added == 0 {
            // A minimal container without ca-certificates: Mozilla's roots, compiled in, rather than no trust.
            log::debug!(target: "resilient_smtp.tls", "no system CA certificates found; using the bundled Mozilla roots");
            store.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
        }
    } else {
        for cert in &own {
            store
                .add(cert.clone())
                .map_err(|e| InputError(format!("CA certificate not usable: {e}")))?;
        }
    }
    let anchors = Arc::new(Anchors {
        store: Arc::new(store),
        own,
    });
    cache.lock().unwrap().insert(key, anchors.clone());
    Ok(anchors)
}

/// A server certificate the caller trusts as is (it is in their CA file, as the self-signed `openssl req -x509`
/// certificate is, with CA:TRUE): what webpki refuses as "CA used as end entity", OpenSSL accepts. The dates and
/// the name are still checked; the handshake's signature proves the server holds its key.
fn trusted_as_is(
    cert: &CertificateDer<'_>,
    name: &ServerName<'_>,
    now: UnixTime,
    check_name: bool,
) -> Result<(), String> {
    use x509_parser::prelude::*;
    let (_, parsed) = X509Certificate::from_der(cert.as_ref()).map_err(|e| format!("unreadable certificate: {e}"))?;
    let now_secs = i64::try_from(now.as_secs()).unwrap_or(i64::MAX);
    let validity = parsed.validity();
    if now_secs < validity.not_before.timestamp() {
        return Err("certificate in ca_file is not valid yet".into());
    }
    if now_secs > validity.not_after.timestamp() {
        return Err("certificate in ca_file has expired".into());
    }
    if !check_name {
        return Ok(());
    }
    let has_san = parsed.subject_alternative_name().ok().flatten().is_some();
    if has_san {
        let ee = webpki::EndEntityCert::try_from(cert).map_err(|e| format!("unreadable certificate: {e}"))?;
        return ee
            .verify_is_valid_for_subject_name(name)
            .map_err(|e| format!("certificate in ca_file is not valid for this name: {e}"));
    }
    // No subjectAltName: the common name, as OpenSSL's hostname check falls back to it (DNS names only).
    let ServerName::DnsName(dns) = name else {
        return Err("certificate in ca_file is not valid for this IP address (it has no subjectAltName)".into());
    };
    let matches = parsed
        .subject()
        .iter_common_name()
        .filter_map(|cn| cn.as_str().ok())
        .any(|cn| cn.eq_ignore_ascii_case(dns.as_ref()));
    if matches {
        Ok(())
    } else {
        Err(format!("certificate in ca_file is not valid for {}", dns.as_ref()))
    }
}

/// How a certificate that verified was trusted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Trust {
    /// A chain to a trusted CA (the system's, or the caller's CA file).
    Chain,
    /// The certificate is itself in the caller's CA file ([`trusted_as_is`]): dates and name checked, no chain.
    AsIs,
}

/// The verifier's conclusion: how the certificate was trusted, or why it was not.
pub type Verdict = Result<Trust, String>;

/// Verifies as webpki does, and remembers what it concluded. `enforce: false` is `tls_verify=False` and probes: the
/// handshake goes on, and the outcome is still known.
struct Verifier {
    webpki: Arc<WebPkiServerVerifier>,
    anchors: Arc<Anchors>,
    enforce: bool,
    check_name: bool,
    outcome: Arc<Mutex<Option<Verdict>>>,
}

impl std::fmt::Debug for Verifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Verifier")
            .field("enforce", &self.enforce)
            .finish_non_exhaustive()
    }
}

impl ServerCertVerifier for Verifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        let verdict = if self.anchors.own.iter().any(|c| c.as_ref() == end_entity.as_ref()) {
            trusted_as_is(end_entity, server_name, now, self.check_name)
                .map(|()| Trust::AsIs)
                .map_err(|why| {
                    let e = rustls::CertificateError::Other(rustls::OtherError(Arc::new(AsIs(why.clone()))));
                    (rustls::Error::InvalidCertificate(e), why)
                })
        } else {
            match self
                .webpki
                .verify_server_cert(end_entity, intermediates, server_name, ocsp, now)
            {
                Err(rustls::Error::InvalidCertificate(
                    rustls::CertificateError::NotValidForName | rustls::CertificateError::NotValidForNameContext { .. },
                )) if !self.check_name => Ok(Trust::Chain),
                Err(e) => {
                    let why = e.to_string();
                    Err((e, why))
                }
                Ok(_) => Ok(Trust::Chain),
            }
        };
        *self.outcome.lock().unwrap() = Some(verdict.as_ref().map(|&t| t).map_err(|(_, why)| why.clone()));
        match verdict {
            Err((e, _)) if self.enforce => Err(e),
            _ => Ok(ServerCertVerified::assertion()),
        }
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls12_signature(message, cert, dss, &provider().signature_verification_algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls13_signature(message, cert, dss, &provider().signature_verification_algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        provider().signature_verification_algorithms.supported_schemes()
    }
}

/// Why a certificate the caller trusts as is did not pass (its dates or its name).
#[derive(Debug)]
struct AsIs(String);

impl std::fmt::Display for AsIs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for AsIs {}

/// A connector for one connection, and the slot where its verifier writes what it concluded.
pub struct Tls {
    pub connector: TlsConnector,
    pub verified: Arc<Mutex<Option<Verdict>>>,
}

impl TlsSettings {
    /// Checks the settings (a bad CA file or client certificate is the caller's error, reported before any
    /// connection is made).
    pub fn validate(&self) -> Result<(), InputError> {
        anchors(self.ca_file.as_ref(), &self.ca_der)?;
        self.client_auth().map(|_| ())
    }

    /// The client certificate chain and key, read from their files.
    fn client_auth(&self) -> Result<Option<(Vec<CertificateDer<'static>>, PrivateKeyDer<'static>)>, InputError> {
        let Some(cert) = &self.client_cert else {
            if self.client_key.is_some() {
                return Err(InputError("client_key given without client_cert".into()));
            }
            return Ok(None);
        };
        let bad = |path: &PathBuf, why: String| InputError(format!("client certificate {}: {why}", path.display()));
        let chain = CertificateDer::pem_file_iter(cert)
            .map_err(|e| bad(cert, e.to_string()))?
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| bad(cert, e.to_string()))?;
        if chain.is_empty() {
            return Err(bad(cert, "no PEM certificate in it".into()));
        }
        let key_file = self.client_key.as_ref().unwrap_or(cert);
        let key =
            PrivateKeyDer::from_pem_file(key_file).map_err(|e| bad(key_file, format!("no usable private key: {e}")))?;
        Ok(Some((chain, key)))
    }

    /// A connector for one connection. Building one costs a config allocation, not a trust-store parse.
    /// `enforce: false` lets the handshake go on with a certificate that does not verify (opportunistic TLS with
    /// nothing secret to send, RFC 7435); the outcome is still recorded.
    pub fn connector(&self, enforce: bool) -> Result<Tls, InputError> {
        let anchors = anchors(self.ca_file.as_ref(), &self.ca_der)?;
        let webpki = WebPkiServerVerifier::builder_with_provider(anchors.store.clone(), provider())
            .build()
            .map_err(|e| InputError(format!("TLS verifier: {e}")))?;
        let verified = Arc::new(Mutex::new(None));
        let verifier = Verifier {
            webpki,
            anchors,
            enforce: self.verify && enforce,
            check_name: !self.skip_hostname,
            outcome: verified.clone(),
        };
        let builder = ClientConfig::builder_with_provider(provider())
            .with_safe_default_protocol_versions()
            .map_err(|e| InputError(format!("TLS configuration: {e}")))?
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(verifier));
        let config = match self.client_auth()? {
            Some((chain, key)) => builder
                .with_client_auth_cert(chain, key)
                .map_err(|e| InputError(format!("client certificate: {e}")))?,
            None => builder.with_no_client_auth(),
        };
        Ok(Tls {
            connector: TlsConnector::from(Arc::new(config)),
            verified,
        })
    }
}

/// The name to verify the certificate against: the host name we were given (the MX or relay name), or its IP.
pub fn server_name(host: &str) -> Option<ServerName<'static>> {
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    ServerName::try_from(bare.to_owned()).ok()
}

/// What a TLS handshake negotiated.
#[derive(Clone, Debug, Default)]
pub struct TlsInfo {
    pub version: String,
    pub cipher: String,
    /// `None` when verification was not asked for and not reached; `Some(Err)` says why the certificate is bad.
    pub verified: Option<Verdict>,
    pub certificate: Option<CertInfo>,
}

#[derive(Clone, Debug, Default)]
pub struct CertInfo {
    pub subject: String,
    pub issuer: String,
    pub sans: Vec<String>,
    pub not_before: i64,
    pub not_after: i64,
}

impl TlsInfo {
    pub fn from_connection(conn: &rustls::ClientConnection, verified: Option<Verdict>) -> TlsInfo {
        let version = conn
            .protocol_version()
            .map(|v| format!("{v:?}").replace("TLSv1_", "TLSv1."))
            .unwrap_or_default();
        let cipher = conn
            .negotiated_cipher_suite()
            .map(|c| format!("{:?}", c.suite()))
            .unwrap_or_default();
        let certificate = conn
            .peer_certificates()
            .and_then(|c| c.first())
            .and_then(|der| cert_info(der));
        TlsInfo {
            version,
            cipher,
            verified,
            certificate,
        }
    }
}

fn cert_info(der: &CertificateDer<'_>) -> Option<CertInfo> {
    use x509_parser::prelude::*;
    let (_, cert) = X509Certificate::from_der(der.as_ref()).ok()?;
    let sans = cert
        .subject_alternative_name()
        .ok()
        .flatten()
        .map(|ext| {
            ext.value
                .general_names
                .iter()
                .map(|n| match n {
                    GeneralName::DNSName(d) => format!("DNS:{d}"),
                    GeneralName::IPAddress(b) if b.len() == 4 => {
                        format!("IP:{}", std::net::Ipv4Addr::new(b[0], b[1], b[2], b[3]))
                    }
                    GeneralName::IPAddress(b) if b.len() == 16 => {
                        let a: [u8; 16] = (*b).try_into().unwrap();
                        format!("IP:{}", std::net::Ipv6Addr::from(a))
                    }
                    other => format!("{other}"),
                })
                .collect()
        })
        .unwrap_or_default();
    Some(CertInfo {
        subject: cert.subject().to_string(),
        issuer: cert.issuer().to_string(),
        sans,
        not_before: cert.validity().not_before.timestamp(),
        not_after: cert.validity().not_after.timestamp(),
    })
}

/// Sorts a handshake failure: a certificate the verifier rejected is the caller's trust problem (permanent); anything
/// else is the connection's.
pub fn is_certificate_error(err: &std::io::Error) -> bool {
    err.get_ref()
        .and_then(|inner| inner.downcast_ref::<rustls::Error>())
        .is_some_and(|e| matches!(e, rustls::Error::InvalidCertificate(_)))
}
