//! Which process this is, cheaply: a counter bumped in every forked child (`pthread_atfork`), so what must not touch
//! its parent's connections or runtime threads after `fork()` notices with one atomic load instead of a `getpid()`
//! system call per message.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Once;

static GENERATION: AtomicU64 = AtomicU64::new(0);

#[cfg(unix)]
extern "C" fn forked_child() {
    GENERATION.fetch_add(1, Ordering::SeqCst);
}

/// 0 in the process that first asked, plus one per `fork()` since (always 0 where there is no fork).
pub fn generation() -> u64 {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        // SAFETY: registers a handler that only bumps an atomic, which is async-signal-safe.
        #[cfg(unix)]
        unsafe {
            libc::pthread_atfork(None, None, Some(forked_child));
        }
    });
    GENERATION.load(Ordering::Acquire)
}
