//! Who holds a lease: `host|boot id|pid|process start time|token`. A worker on the same machine (same host name and
//! boot id) can tell at once whether the holder still exists (its pid with the same start time: a reused pid is a
//! different process), so the leases of a killed worker are taken over in seconds, not after they expire. The token
//! tells apart several workers of one process.

use rand::Rng;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Owner {
    pub host: String,
    pub boot: String,
    pub pid: u32,
    pub started: String,
    pub token: String,
}

fn read_trimmed(path: &str) -> Option<String> {
    std::fs::read_to_string(path).ok().map(|s| s.trim().to_string())
}

fn host_name() -> String {
    read_trimmed("/proc/sys/kernel/hostname")
        .or_else(|| std::env::var("HOSTNAME").ok())
        .unwrap_or_else(|| "localhost".into())
}

/// A process's start time (clock ticks after boot, /proc/PID/stat field 22), or None if it does not exist.
fn start_time(pid: u32) -> Option<String> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name (field 2) is in parentheses and may hold spaces: count from the last ')'.
    let rest = &stat[stat.rfind(')')? + 1..];
    rest.split_whitespace().nth(19).map(str::to_string)
}

impl Owner {
    /// This process, with a fresh token.
    pub fn current() -> Owner {
        let pid = std::process::id();
        Owner {
            host: host_name().replace('|', "_"),
            boot: read_trimmed("/proc/sys/kernel/random/boot_id").unwrap_or_default(),
            pid,
            started: start_time(pid).unwrap_or_default(),
            token: format!("{:08x}", rand::rng().random::<u32>()),
        }
    }

    pub fn parse(text: &str) -> Option<Owner> {
        let mut it = text.split('|');
        let owner = Owner {
            host: it.next()?.to_string(),
            boot: it.next()?.to_string(),
            pid: it.next()?.parse().ok()?,
            started: it.next()?.to_string(),
            token: it.next()?.to_string(),
        };
        Some(owner)
    }

    /// True when `self` (a lease's holder) is a process of this machine's current boot that no longer exists.
    /// Holders on other machines, or from before a reboot we cannot see, are left to their lease's expiry.
    pub fn is_dead_local(&self, me: &Owner) -> bool {
        if self.host != me.host || self.boot.is_empty() || self.boot != me.boot {
            return false;
        }
        match start_time(self.pid) {
            None => true,
            Some(started) => !self.started.is_empty() && started != self.started,
        }
    }
}

impl std::fmt::Display for Owner {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}|{}|{}|{}|{}",
            self.host, self.boot, self.pid, self.started, self.token
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_liveness() {
        let me = Owner::current();
        let parsed = Owner::parse(&me.to_string()).unwrap();
        assert_eq!(parsed, me);
        assert!(!me.is_dead_local(&me), "this process is alive");
        // A child that has exited: its pid no longer exists (or is someone else's, with another start time).
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let pid = child.id();
        let started = start_time(pid).unwrap_or_default();
        child.wait().unwrap();
        let gone = Owner {
            pid,
            started,
            ..me.clone()
        };
        assert!(gone.is_dead_local(&me));
        let elsewhere = Owner {
            host: "other-machine".into(),
            ..gone
        };
        assert!(!elsewhere.is_dead_local(&me));
    }
}
