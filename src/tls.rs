//! TLS through rustls: certificates verified against the system trust store (or the caller's CA file) by default,
//! and what a handshake negotiated, for results and probes.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock};

use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, ServerName, UnixTime};
use tokio_rustls::rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use tokio_rustls::rustls::client::WebPkiServerVerifier;
use tokio_rustls::rustls::crypto::{ring, verify_tls12_signature, verify_tls13_signature, CryptoProvider};
use tokio_rustls::rustls::{self, ClientConfig, DigitallySignedStruct, RootCertStore, SignatureScheme};
use tokio_rustls::TlsConnector;

use crate::error::InputError;

/// How to check the server's certificate.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Default)]
pub struct TlsSettings {
    /// False only when the caller explicitly asked for it (`tls_verify=False`).
    pub verify: bool,
    /// Trust these CAs instead of the system store (Python's `create_default_context(cafile=...)` does the same).
    pub ca_file: Option<PathBuf>,
}

fn provider() -> Arc<CryptoProvider> {
    static P: OnceLock<Arc<CryptoProvider>> = OnceLock::new();
    P.get_or_init(|| Arc::new(ring::default_provider())).clone()
}

/// Trust anchors, loaded once per CA file (the system store takes milliseconds to parse: not per message).
fn roots(ca_file: Option<&PathBuf>) -> Result<Arc<RootCertStore>, InputError> {
    static CACHE: OnceLock<Mutex<HashMap<Option<PathBuf>, Arc<RootCertStore>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    let key = ca_file.cloned();
    if let Some(r) = cache.lock().unwrap().get(&key) {
        return Ok(r.clone());
    }
    let mut store = RootCertStore::empty();
    if let Some(path) = ca_file {
        let bad = |why: String| InputError(format!("ca_file {}: {why}", path.display()));
        let certs = CertificateDer::pem_file_iter(path).map_err(|e| bad(e.to_string()))?;
        for cert in certs {
            store
                .add(cert.map_err(|e| bad(e.to_string()))?)
                .map_err(|e| bad(e.to_string()))?;
        }
        if store.is_empty() {
            return Err(bad("no PEM certificate in it".into()));
        }
    } else {
        let found = rustls_native_certs::load_native_certs();
        let (added, _ignored) = store.add_parsable_certificates(found.certs);
        if added == 0 {
            // A minimal container without ca-certificates: Mozilla's roots, compiled in, rather than no trust.
            log::debug!(target: "resilient_smtp.tls", "no system CA certificates found; using the bundled Mozilla roots");
            store.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
        }
    }
    let store = Arc::new(store);
    cache.lock().unwrap().insert(key, store.clone());
    Ok(store)
}

/// Verifies as webpki does, and remembers what it concluded. `enforce: false` is `tls_verify=False` and probes: the
/// handshake goes on, and the outcome is still known.
#[derive(Debug)]
struct Verifier {
    webpki: Arc<WebPkiServerVerifier>,
    enforce: bool,
    outcome: Arc<Mutex<Option<Result<(), String>>>>,
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
        let verdict = self
            .webpki
            .verify_server_cert(end_entity, intermediates, server_name, ocsp, now);
        *self.outcome.lock().unwrap() = Some(verdict.as_ref().map(|_| ()).map_err(std::string::ToString::to_string));
        match verdict {
            Err(e) if self.enforce => Err(e),
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

/// A connector for one connection, and the slot where its verifier writes what it concluded.
pub struct Tls {
    pub connector: TlsConnector,
    pub verified: Arc<Mutex<Option<Result<(), String>>>>,
}

impl TlsSettings {
    /// Checks the settings (a bad CA file is the caller's error, reported before any connection is made).
    pub fn validate(&self) -> Result<(), InputError> {
        roots(self.ca_file.as_ref()).map(|_| ())
    }

    /// A connector for one connection. Building one costs a config allocation, not a trust-store parse.
    pub fn connector(&self) -> Result<Tls, InputError> {
        let webpki = WebPkiServerVerifier::builder_with_provider(roots(self.ca_file.as_ref())?, provider())
            .build()
            .map_err(|e| InputError(format!("TLS verifier: {e}")))?;
        let verified = Arc::new(Mutex::new(None));
        let verifier = Verifier {
            webpki,
            enforce: self.verify,
            outcome: verified.clone(),
        };
        let config = ClientConfig::builder_with_provider(provider())
            .with_safe_default_protocol_versions()
            .map_err(|e| InputError(format!("TLS configuration: {e}")))?
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(verifier))
            .with_no_client_auth();
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
    pub verified: Option<Result<(), String>>,
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
    pub fn from_connection(conn: &rustls::ClientConnection, verified: Option<Result<(), String>>) -> TlsInfo {
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
