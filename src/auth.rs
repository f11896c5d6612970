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
    XOAuth2,
}

impl Mechanism {
    pub fn name(self) -> &'static str {
        match self {
            Mechanism::Plain => "PLAIN",
            Mechanism::Login => "LOGIN",
            Mechanism::XOAuth2 => "XOAUTH2",
        }
    }

    /// The best mechanism both sides support: XOAUTH2 for a token; PLAIN (one round trip) before LOGIN for a password.
    pub fn choose(creds: &Credentials, offered: &[String]) -> Option<Mechanism> {
        let has = |m: Mechanism| offered.iter().any(|o| o.eq_ignore_ascii_case(m.name()));
        let prefs: &[Mechanism] = match creds {
            Credentials::Password { .. } => &[Mechanism::Plain, Mechanism::Login],
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
    fn plain_encoding_and_choice() {
        let steps = pw().steps(Mechanism::Plain);
        assert_eq!(steps[0].line, b"AUTH PLAIN AGFsaWNlAGh1bnRlcjI=\r\n");
        let offered = vec!["login".to_string(), "PLAIN".to_string()];
        assert_eq!(Mechanism::choose(&pw(), &offered), Some(Mechanism::Plain));
        assert_eq!(Mechanism::choose(&pw(), &["LOGIN".to_string()]), Some(Mechanism::Login));
        assert_eq!(Mechanism::choose(&pw(), &["CRAM-MD5".to_string()]), None);
    }
}
