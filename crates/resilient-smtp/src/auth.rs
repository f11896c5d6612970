//! SMTP AUTH: which mechanism to use and what to send. Secrets never reach a log line, a Debug print or an error.

use std::fmt;

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine;

use crate::error::InputError;

/// A password or token. Its Debug and Display show nothing of it.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    pub fn new(s: impl Into<String>) -> Secret {
        Secret(s.into())
    }
    fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(<redacted>)")
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Credentials {
    Password {
        username: String,
        password: Secret,
    },
    /// XOAUTH2 (Gmail, Microsoft 365) with an access token.
    OAuth2 {
        username: String,
        token: Secret,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mechanism {
    Plain,
    Login,
    /// RFC 2195: the password never crosses the wire, only an HMAC-MD5 of the server's challenge.
    CramMd5,
    XOAuth2,
}

impl Mechanism {
    pub fn name(self) -> &'static str {
        match self {
            Mechanism::Plain => "PLAIN",
            Mechanism::Login => "LOGIN",
            Mechanism::CramMd5 => "CRAM-MD5",
            Mechanism::XOAuth2 => "XOAUTH2",
        }
    }

    pub fn from_name(name: &str) -> Option<Mechanism> {
        [
            Mechanism::Plain,
            Mechanism::Login,
            Mechanism::CramMd5,
            Mechanism::XOAuth2,
        ]
        .into_iter()
        .find(|m| m.name().eq_ignore_ascii_case(name))
    }

    /// The best mechanism both sides support: XOAUTH2 for a token; PLAIN (one round trip) before LOGIN for a
    /// password, and CRAM-MD5 when the server offers neither.
    pub fn choose(creds: &Credentials, offered: &[String]) -> Option<Mechanism> {
        let has = |m: Mechanism| offered.iter().any(|o| o.eq_ignore_ascii_case(m.name()));
        let prefs: &[Mechanism] = match creds {
            Credentials::Password { .. } => &[Mechanism::Plain, Mechanism::Login, Mechanism::CramMd5],
            Credentials::OAuth2 { .. } => &[Mechanism::XOAuth2],
        };
        prefs.iter().copied().find(|&m| has(m))
    }
}

/// One step of an AUTH exchange: what to send, and a version of it safe to log.
pub struct Step {
    pub line: Vec<u8>,
    pub redacted: String,
}

impl Credentials {
    /// Credentials from the caller's options: a username with a password or an OAuth2 token, or nothing.
    pub fn from_options(
        username: Option<String>,
        password: Option<String>,
        oauth2_token: Option<String>,
    ) -> Result<Option<Credentials>, InputError> {
        let credentials = match (username, password, oauth2_token) {
            (None, None, None) => return Ok(None),
            (Some(username), Some(p), None) => Credentials::Password {
                username,
                password: Secret::new(p),
            },
            (Some(username), None, Some(t)) => Credentials::OAuth2 {
                username,
                token: Secret::new(t),
            },
            (None, _, _) => return Err(InputError("a password or oauth2_token needs a username".into())),
            (Some(_), None, None) => return Err(InputError("username given without password or oauth2_token".into())),
            (Some(_), Some(_), Some(_)) => return Err(InputError("give password or oauth2_token, not both".into())),
        };
        // The username goes into AUTH lines: a line break would end the command early.
        if credentials.username().chars().any(|c| matches!(c, '\r' | '\n' | '\0')) {
            return Err(InputError("username contains CR, LF or NUL".into()));
        }
        Ok(Some(credentials))
    }

    pub fn username(&self) -> &str {
        match self {
            Credentials::Password { username, .. } | Credentials::OAuth2 { username, .. } => username,
        }
    }

    /// The lines to send, in order; each after the server's 334 to the one before (the first opens the exchange).
    pub fn steps(&self, mech: Mechanism) -> Vec<Step> {
        let line = |s: String| format!("{s}\r\n").into_bytes();
        match (mech, self) {
            (Mechanism::Plain, Credentials::Password { username, password }) => {
                let token = B64.encode(format!("\0{username}\0{}", password.expose()));
                vec![Step {
                    line: line(format!("AUTH PLAIN {token}")),
                    redacted: "AUTH PLAIN <redacted>".into(),
                }]
            }
            (Mechanism::Login, Credentials::Password { username, password }) => vec![
                Step {
                    line: line("AUTH LOGIN".into()),
                    redacted: "AUTH LOGIN".into(),
                },
                Step {
                    line: line(B64.encode(username)),
                    redacted: "<username>".into(),
                },
                Step {
                    line: line(B64.encode(password.expose())),
                    redacted: "<redacted>".into(),
                },
            ],
            (Mechanism::CramMd5, Credentials::Password { .. }) => vec![Step {
                line: line("AUTH CRAM-MD5".into()),
                redacted: "AUTH CRAM-MD5".into(),
            }],
            (Mechanism::XOAuth2, Credentials::OAuth2 { username, token }) => {
                let blob = B64.encode(format!("user={username}\x01auth=Bearer {}\x01\x01", token.expose()));
                vec![Step {
                    line: line(format!("AUTH XOAUTH2 {blob}")),
                    redacted: "AUTH XOAUTH2 <redacted>".into(),
                }]
            }
            _ => Vec::new(),
        }
    }
}

impl Credentials {
    /// The answer to a CRAM-MD5 challenge (the base64 text of the server's 334): `user hex(HMAC-MD5(password,
    /// challenge))`, base64-encoded. `None` when the challenge is not base64 or these are not password credentials.
    pub fn cram_md5_response(&self, challenge: &str) -> Option<Step> {
        let Credentials::Password { username, password } = self else {
            return None;
        };
        let challenge = B64.decode(challenge.trim()).ok()?;
        let digest = hmac_md5(password.expose().as_bytes(), &challenge);
        let hex = digest.iter().fold(String::with_capacity(32), |mut out, b| {
            use std::fmt::Write;
            let _ = write!(out, "{b:02x}");
            out
        });
        Some(Step {
            line: format!("{}\r\n", B64.encode(format!("{username} {hex}"))).into_bytes(),
            redacted: "<redacted>".into(),
        })
    }
}

/// HMAC (RFC 2104) over MD5, block size 64.
fn hmac_md5(key: &[u8], message: &[u8]) -> [u8; 16] {
    use md5::{Digest, Md5};
    let mut block = [0u8; 64];
    if key.len() > 64 {
        block[..16].copy_from_slice(&Md5::digest(key));
    } else {
        block[..key.len()].copy_from_slice(key);
    }
    let pad = |byte: u8| block.map(|b| b ^ byte);
    let inner = Md5::new().chain_update(pad(0x36)).chain_update(message).finalize();
    Md5::new().chain_update(pad(0x5c)).chain_update(inner).finalize().into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credentials_from_options() {
        let s = |v: &str| Some(v.to_string());
        assert!(Credentials::from_options(None, None, None).unwrap().is_none());
        let c = Credentials::from_options(s("a"), s("p"), None).unwrap().unwrap();
        assert!(matches!(c, Credentials::Password { .. }));
        let c = Credentials::from_options(s("a"), None, s("t")).unwrap().unwrap();
        assert!(matches!(c, Credentials::OAuth2 { .. }));
        for (u, p, t) in [
            (None, s("p"), None),
            (s("a"), None, None),
            (s("a"), s("p"), s("t")),
            (s("a\r\nRSET"), s("p"), None),
        ] {
            assert!(Credentials::from_options(u, p, t).is_err());
        }
    }

    fn pw() -> Credentials {
        Credentials::Password {
            username: "alice".into(),
            password: Secret::new("hunter2"),
        }
    }

    #[test]
    fn secrets_never_print() {
        assert!(!format!("{:?}", pw()).contains("hunter2"));
        for m in [Mechanism::Plain, Mechanism::Login] {
            for s in pw().steps(m) {
                assert!(!s.redacted.contains("hunter2") && !s.redacted.contains("aHVudGVyMg"));
            }
        }
    }

    #[test]
    fn cram_md5_as_rfc_2195() {
        // RFC 2195 §2's example: user tim, password tanstaaftanstaaf.
        let creds = Credentials::Password {
            username: "tim".into(),
            password: Secret::new("tanstaaftanstaaf"),
        };
        let step = creds
            .cram_md5_response("PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+")
            .unwrap();
        assert_eq!(step.line, b"dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw\r\n");
        assert!(!step.redacted.contains("tim"));
        let offered = vec!["CRAM-MD5".to_string()];
        assert_eq!(Mechanism::choose(&creds, &offered), Some(Mechanism::CramMd5));
    }

    #[test]
    fn plain_encoding_and_choice() {
        let steps = pw().steps(Mechanism::Plain);
        assert_eq!(steps[0].line, b"AUTH PLAIN AGFsaWNlAGh1bnRlcjI=\r\n");
        let offered = vec!["login".to_string(), "PLAIN".to_string()];
        assert_eq!(Mechanism::choose(&pw(), &offered), Some(Mechanism::Plain));
        assert_eq!(Mechanism::choose(&pw(), &["LOGIN".to_string()]), Some(Mechanism::Login));
        assert_eq!(Mechanism::choose(&pw(), &["DIGEST-MD5".to_string()]), None);
    }
}
