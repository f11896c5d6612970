//! Bulk concurrency for cross-transaction pipelining (see [`crate::session::Tail`]).
//!
//! A bulk delivery holds one of the stream's `concurrency` permits while it works on a connection. When it has its
//! 354 and parks its session (content unsent) for the next transaction to carry, it gives its permit up, so that a
//! waiting delivery can take the session over; it takes a permit again before it does anything else on a connection
//! (flushing its own content when nobody came: a free permit means nobody is waiting). Outside a bulk stream there is
//! no permit and nothing parks.

use std::future::Future;
use std::sync::{Arc, Mutex};

use tokio::sync::{OwnedSemaphorePermit, Semaphore};

struct Share {
    permits: Arc<Semaphore>,
    held: Mutex<Option<OwnedSemaphorePermit>>,
}

tokio::task_local! {
    static SHARE: Share;
}

/// Runs one bulk delivery under `permits` (taking one first).
pub async fn bulk_delivery<F: Future>(permits: Arc<Semaphore>, fut: F) -> F::Output {
    let permit = permits.clone().acquire_owned().await.expect("never closed");
    bulk_delivery_holding(permits, permit, fut).await
}

/// Runs one bulk delivery under `permits`, with `permit`, one of them, already taken (by a caller that bounds how
/// long it waits for one).
pub async fn bulk_delivery_holding<F: Future>(
    permits: Arc<Semaphore>,
    permit: OwnedSemaphorePermit,
    fut: F,
) -> F::Output {
    let share = Share {
        permits,
        held: Mutex::new(Some(permit)),
    };
    SHARE.scope(share, fut).await
}

/// Whether this task is a bulk delivery (its transactions may park their content for the next one).
pub fn in_bulk() -> bool {
    SHARE.try_with(|_| ()).is_ok()
}

/// Gives this delivery's permit up (a parked transaction: nothing is in flight for it).
pub fn release() {
    let _ = SHARE.try_with(|s| s.held.lock().unwrap().take());
}

/// Takes a permit again if this delivery gave its own up (at once outside a bulk stream).
pub async fn hold() {
    let Ok(Some(permits)) = SHARE.try_with(|s| s.held.lock().unwrap().is_none().then(|| s.permits.clone())) else {
        return;
    };
    let permit = permits.acquire_owned().await.expect("never closed");
    let _ = SHARE.try_with(|s| *s.held.lock().unwrap() = Some(permit));
}
