//! A worker's "data started" marks for an SQLite queue: one file per worker, next to the database, one line (the
//! entry's id) per mark. The file is mapped into the worker's memory (shared with the kernel's page cache), so that
//! writing a line is a copy into memory, where a committed database mark was a turn of the writer thread on every
//! delivery's critical path, and a `write()` after it still a system call per message (3.7 % of an SQLite worker's
//! samples: perf, 40 000 messages to smtp-sink).
//!
//! Why a file is enough: every process of an SQLite queue runs on the machine that holds the file (WAL needs shared
//! memory), so whoever takes over a lease can read its holder's journal. A line copied into the mapping survives the
//! death of its process (SIGKILL included: the pages are the page cache's, which a `read()` of the file sees at
//! once), like the WAL commits at `synchronous=NORMAL` the marks were before; against a power loss a thread syncs the
//! file every [`SYNC_EVERY`] while lines are being added, the same window as those commits until their next
//! checkpoint. The file's blocks are allocated when it is made (`posix_fallocate`), so that a full disk is an error
//! at the journal's open, not a `SIGBUS` at a mark; its unwritten tail reads as zero bytes, where a reader stops.
//!
//! Exactness against a takeover, with no lock on the mark's side: a mark copies its line first, and after a fence
//! (the line visible to every reader from then on) reads the clock, sending the data only if the lease had not ended
//! then (`now < lease_until`); a takeover reads the clock first (it takes only leases ended by then) and the file
//! after. If the takeover's read missed the line (or found it unfinished: a line counts only with its newline), the
//! copy ended after that read began, so the holder's clock, read after the copy, is past the takeover's, and past the
//! lease: the delivery stops before its data. If the read found the line, the entry becomes `uncertain`. A mark
//! refused by the clock adds a line withdrawing it, so that a takeover reading both requeues the entry; one reading
//! between the two lines counts it `uncertain`, the safe side. (A takeover still reads under the file's `flock`, as
//! the marks of earlier versions are written under it, their clock read inside it: a worker of each version can run
//! beside the other on one queue while a machine is upgraded; an earlier version reading this one's file takes its
//! zero tail for one more id, which names no entry.) The lock on the mark's side cost two system calls per message:
//! `flock` was 3.3 % of a worker's samples (perf, 20 000 messages to smtp-sink), and without it the work of those
//! messages took 0.66-0.79 s against 0.71-0.85 s (five alternating rounds).
//!
//! The file is replaced by a new one (a new generation) once [`ROTATE_AT`] bytes are written; a generation is deleted
//! once all its entries have their outcome recorded, and the last one when the worker stops. A takeover reads every
//! generation of the holder.

use std::collections::{HashMap, HashSet};
use std::fs::{File, OpenOptions};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, Weak};
use std::time::Duration;

/// How often the marks are synced to disk while they are being added.
const SYNC_EVERY: Duration = Duration::from_millis(100);
/// Begins the line that withdraws a mark written after its lease ended (ids are hexadecimal).
const WITHDRAWN: char = '-';
/// A journal file holds this many bytes of lines before the worker starts a new one.
const ROTATE_AT: usize = 1 << 20;
/// Room in a file beyond [`ROTATE_AT`]: a mark and its withdrawal begun just below it (an id is 32 bytes) fit.
const ROOM: usize = 4096;

/// The directory of an SQLite queue's journals.
pub fn dir_of(db: &Path) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push("-marks");
    PathBuf::from(name)
}

/// The file-name stem of a holder's journals (an owner has no '/'; its '|' are kept out of file names).
fn stem(owner: &str) -> String {
    owner.replace('|', "+").replace('/', "_")
}

/// The holder of a journal file, from its name (`stem.generation`).
pub fn owner_of(file_name: &str) -> Option<String> {
    let (stem, generation) = file_name.rsplit_once('.')?;
    generation.parse::<u64>().ok()?;
    Some(stem.replace('+', "|"))
}

/// `flock(2)` on the whole file (the standard library's `File::lock` is newer than this crate's MSRV).
fn flock(file: &File, operation: libc::c_int) -> std::io::Result<()> {
    use std::os::fd::AsRawFd;
    // SAFETY: a valid descriptor owned by `file`; flock takes no pointers.
    if unsafe { libc::flock(file.as_raw_fd(), operation) } == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error())
    }
}

/// The journal files read by a takeover, still locked (until dropped), with their paths.
pub type Held = Vec<(File, PathBuf)>;

/// A journal file, mapped: its lines are copied into `map` at `len`.
struct Generation {
    map: Mapped,
    path: PathBuf,
    len: usize,
}

/// A file's first `size` bytes mapped shared (what is copied there is the file's content for every reader), unmapped
/// when dropped.
struct Mapped {
    file: File,
    at: std::ptr::NonNull<u8>,
    size: usize,
}

// SAFETY: the mapping is owned by this value alone (never aliased by another `Mapped`), so it may move to another
// thread; the journal writes it only under its mutex.
unsafe impl Send for Mapped {}

impl Mapped {
    /// `file` made `size` bytes long (its blocks allocated) and mapped.
    fn new(file: File, size: usize) -> std::io::Result<Mapped> {
        use std::os::fd::AsRawFd;
        let length = libc::off_t::try_from(size).map_err(|_| std::io::Error::from(std::io::ErrorKind::InvalidInput))?;
        // SAFETY: a valid descriptor owned by `file`; no pointers.
        let allocated = unsafe { libc::posix_fallocate(file.as_raw_fd(), 0, length) };
        if allocated != 0 {
            return Err(std::io::Error::from_raw_os_error(allocated));
        }
        // SAFETY: a new mapping (no address given) of a descriptor we own, at least `size` bytes long now; checked
        // for failure below.
        let at = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                size,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_SHARED,
                file.as_raw_fd(),
                0,
            )
        };
        if at == libc::MAP_FAILED {
            return Err(std::io::Error::last_os_error());
        }
        let at = std::ptr::NonNull::new(at.cast::<u8>()).ok_or_else(|| std::io::Error::other("mmap returned null"))?;
        Ok(Mapped { file, at, size })
    }

    /// Copies `bytes` in at `offset`, then fences: every reader of the file sees them before anything this thread
    /// does next (the mark reads the clock next).
    fn write(&mut self, offset: usize, bytes: &[u8]) {
        assert!(offset + bytes.len() <= self.size, "a journal line beyond its file");
        // SAFETY: in bounds (checked above) of a live mapping that `&mut self` holds alone in this process.
        unsafe { std::ptr::copy_nonoverlapping(bytes.as_ptr(), self.at.as_ptr().add(offset), bytes.len()) };
        std::sync::atomic::fence(Ordering::SeqCst);
    }

    /// The length of the whole lines written so far (those before the first zero byte: a journal's text has none);
    /// an unfinished line after them is written over.
    fn written(&self) -> usize {
        // SAFETY: a live mapping of `size` bytes, read while no copy into it runs (`&self`).
        let bytes = unsafe { std::slice::from_raw_parts(self.at.as_ptr(), self.size) };
        let text = &bytes[..bytes.iter().position(|&b| b == 0).unwrap_or(self.size)];
        text.iter().rposition(|&b| b == b'\n').map_or(0, |end| end + 1)
    }
}

impl Drop for Mapped {
    fn drop(&mut self) {
        // SAFETY: the mapping made in `new`, unmapped once; nothing refers into it after this value.
        unsafe { libc::munmap(self.at.as_ptr().cast(), self.size) };
    }
}

struct State {
    current: Generation,
    number: u64,
    /// Marked entries whose outcome is not yet recorded, per generation.
    open: HashMap<u64, usize>,
}

/// One worker's journal.
pub struct Journal {
    dir: PathBuf,
    stem: String,
    state: Mutex<State>,
    dirty: AtomicBool,
}

fn create(dir: &Path, stem: &str, number: u64) -> std::io::Result<Generation> {
    let path = dir.join(format!("{stem}.{number}"));
    let file = OpenOptions::new()
        .create(true)
        .truncate(false)
        .read(true)
        .write(true)
        .open(&path)?;
    let map = Mapped::new(file, ROTATE_AT + ROOM)?;
    // An owner names its process and a random token, so the file is new; were it not, its lines are kept.
    let len = map.written();
    Ok(Generation { map, path, len })
}

impl Journal {
    /// The journal of `owner` for the queue in `db` (its directory created if missing).
    pub fn open(db: &Path, owner: &str) -> std::io::Result<Arc<Journal>> {
        let dir = dir_of(db);
        std::fs::create_dir_all(&dir)?;
        let stem = stem(owner);
        let current = create(&dir, &stem, 0)?;
        let journal = Arc::new(Journal {
            dir,
            stem,
            state: Mutex::new(State {
                current,
                number: 0,
                open: HashMap::new(),
            }),
            dirty: AtomicBool::new(false),
        });
        let weak = Arc::downgrade(&journal);
        std::thread::Builder::new()
            .name("resilient-smtp-outbox-marks".into())
            .spawn(move || sync_loop(&weak))?;
        Ok(journal)
    }

    /// Records that the data of `id` is about to be sent, if its lease (until `lease_until`, seconds since the epoch)
    /// has not ended; returns the generation to hand back to [`Journal::done`], or None when the lease has ended.
    pub fn mark(&self, id: &str, lease_until: f64) -> std::io::Result<Option<u64>> {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        if state.current.len >= ROTATE_AT {
            self.rotate(&mut state)?;
        }
        if 2 * (id.len() + 2) > ROOM {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                "an entry id too long for the journal",
            ));
        }
        // The line first, the clock after (see the module's comment): no lock between this process and a takeover.
        let line = format!("{id}\n");
        state.append(line.as_bytes());
        if super::now() >= lease_until {
            // Withdrawn, so that a takeover that reads both requeues the entry (this delivery stops before its data).
            state.append(format!("{WITHDRAWN}{id}\n").as_bytes());
            return Ok(None);
        }
        let number = state.number;
        *state.open.entry(number).or_default() += 1;
        self.dirty.store(true, Ordering::Release);
        Ok(Some(number))
    }

    fn rotate(&self, state: &mut State) -> std::io::Result<()> {
        let number = state.number + 1;
        let next = create(&self.dir, &self.stem, number)?;
        let old = std::mem::replace(&mut state.current, next);
        let old_number = std::mem::replace(&mut state.number, number);
        if state.open.get(&old_number).copied().unwrap_or(0) == 0 {
            state.open.remove(&old_number);
            let _ = std::fs::remove_file(&old.path);
        }
        Ok(())
    }

    /// The outcome of an entry marked in `generation` is recorded (or the entry is someone else's now): a past
    /// generation with nothing left open is deleted.
    pub fn done(&self, generation: u64) {
        let mut state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        let left = state.open.get_mut(&generation).map(|n| {
            *n = n.saturating_sub(1);
            *n
        });
        if left == Some(0) && generation != state.number {
            state.open.remove(&generation);
            let _ = std::fs::remove_file(self.dir.join(format!("{}.{generation}", self.stem)));
        }
    }

    /// The worker stopped with every outcome recorded: its journal is no longer needed.
    pub fn remove(&self) {
        let state = self.state.lock().unwrap_or_else(|e| e.into_inner());
        for number in state.open.keys().copied().chain([state.number]) {
            let _ = std::fs::remove_file(self.dir.join(format!("{}.{number}", self.stem)));
        }
    }
}

impl State {
    /// Adds a line to the current generation (in its room: a rotation comes first once [`ROTATE_AT`] is reached).
    fn append(&mut self, line: &[u8]) {
        let at = self.current.len;
        self.current.map.write(at, line);
        self.current.len += line.len();
    }
}

fn sync_loop(journal: &Weak<Journal>) {
    loop {
        std::thread::sleep(SYNC_EVERY);
        let Some(journal) = journal.upgrade() else {
            return;
        };
        if journal.dirty.swap(false, Ordering::AcqRel) {
            let file = {
                let state = journal.state.lock().unwrap_or_else(|e| e.into_inner());
                state.current.map.file.try_clone()
            };
            if let Ok(file) = file {
                let _ = file.sync_data();
            }
        }
    }
}

/// The marks of `owner`'s journals, read under their locks (held by the returned files until they are dropped, so
/// no mark is added to them meanwhile), with the paths read.
pub fn read(db: &Path, owner: &str) -> std::io::Result<(HashSet<String>, Held)> {
    let dir = dir_of(db);
    let prefix = format!("{}.", stem(owner));
    let mut marks = HashSet::new();
    let mut held = Vec::new();
    let entries = match std::fs::read_dir(&dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok((marks, held)),
        Err(e) => return Err(e),
    };
    for entry in entries {
        let entry = entry?;
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if !name.starts_with(&prefix) || owner_of(name).is_none() {
            continue;
        }
        let path = entry.path();
        let mut file = match File::open(&path) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => return Err(e),
        };
        flock(&file, libc::LOCK_EX)?;
        let mut text = String::new();
        file.read_to_string(&mut text)?;
        marks.extend(marked(&text));
        held.push((file, path));
    }
    Ok((marks, held))
}

/// The ids one journal file marks: its lines in order, less those withdrawn after them (in the same file: a mark and
/// its withdrawal are written in one call). The text ends at the file's unwritten (zero) tail; a line without its
/// newline is one being copied, not a mark yet (its holder reads the clock only after the whole line).
fn marked(text: &str) -> HashSet<String> {
    let text = text.split('\0').next().unwrap_or_default();
    let complete = text.rfind('\n').map_or("", |end| &text[..end]);
    let mut marks = HashSet::new();
    for line in complete.lines().filter(|l| !l.is_empty()) {
        match line.strip_prefix(WITHDRAWN) {
            Some(id) => marks.remove(id),
            None => marks.insert(line.to_string()),
        };
    }
    marks
}

/// The holders that have journals for the queue in `db`.
pub fn holders(db: &Path) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir(dir_of(db)) else {
        return Vec::new();
    };
    let mut out: Vec<String> = entries
        .filter_map(Result::ok)
        .filter_map(|e| e.file_name().to_str().and_then(owner_of))
        .collect();
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_are_read_back_and_refused_after_the_lease() {
        let dir = std::env::temp_dir().join(format!("journal-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let db = dir.join("q.db");
        let owner = "host|boot|12|34|abcd";
        let j = Journal::open(&db, owner).unwrap();
        let future = super::super::now() + 60.0;
        assert_eq!(j.mark("a", future).unwrap(), Some(0));
        assert_eq!(
            j.mark("b", super::super::now() - 1.0).unwrap(),
            None,
            "the lease has ended"
        );
        assert_eq!(holders(&db), vec![owner.to_string()]);
        let (marks, held) = read(&db, owner).unwrap();
        assert_eq!(marks, HashSet::from(["a".to_string()]), "b's line is withdrawn");
        drop(held);
        // A holder killed between its line and its clock leaves the line alone: the entry counts as marked; one
        // killed within its line (no newline yet) left no mark.
        let file = dir_of(&db).join(format!("{}.0", stem(owner)));
        let text = std::fs::read(&file).unwrap();
        assert_eq!(text.len(), ROTATE_AT + ROOM, "the file is made whole at once");
        let end = text.iter().position(|&b| b == 0).unwrap() as u64;
        let f = std::fs::OpenOptions::new().write(true).open(&file).unwrap();
        std::os::unix::fs::FileExt::write_all_at(&f, b"c\nd", end).unwrap();
        let (marks, held) = read(&db, owner).unwrap();
        assert_eq!(marks, HashSet::from(["a".to_string(), "c".to_string()]));
        drop(held);
        // A journal opened on that file goes on after its whole lines, over the unfinished one; what it copies
        // into the mapping is in the file for other readers at once.
        let again = Journal::open(&db, owner).unwrap();
        assert_eq!(again.mark("e", future).unwrap(), Some(0));
        let (marks, held) = read(&db, owner).unwrap();
        assert_eq!(
            marks,
            HashSet::from(["a".to_string(), "c".to_string(), "e".to_string()])
        );
        drop(held);
        drop(again);
        j.remove();
        assert!(holders(&db).is_empty());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
