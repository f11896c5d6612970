//! One TCP (or TLS) connection with a read buffer: writing commands, reading replies. Timeouts are the caller's
//! (the session's) business; this module only moves bytes and finds reply boundaries.

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio_rustls::client::TlsStream;

use crate::error::{ErrorKind, IoFailure};
use crate::reply::{printable, LineBuffer, Reply, ReplyParser};

pub enum Stream {
    Plain(TcpStream),
    Tls(Box<TlsStream<TcpStream>>),
    /// After a failed STARTTLS handshake, or once shut down.
    Closed,
}

pub struct Conn {
    pub stream: Stream,
    pub rbuf: LineBuffer,
}

fn lost(e: &std::io::Error) -> ErrorKind {
    ErrorKind::Disconnected(Some(IoFailure::from(e)))
}

impl Conn {
    pub fn new(tcp: TcpStream) -> Conn {
        // Commands are small and answered one by one (or pipelined in one write): never wait for Nagle.
        let _ = tcp.set_nodelay(true);
        Conn {
            stream: Stream::Plain(tcp),
            rbuf: LineBuffer::default(),
        }
    }

    pub fn is_tls(&self) -> bool {
        matches!(self.stream, Stream::Tls(_))
    }

    pub async fn write_all(&mut self, data: &[u8]) -> Result<(), ErrorKind> {
        let r = match &mut self.stream {
            Stream::Plain(s) => s.write_all(data).await,
            Stream::Tls(s) => match s.write_all(data).await {
                // rustls buffers: push the record out now, the server is waiting for it.
                Ok(()) => s.flush().await,
                Err(e) => Err(e),
            },
            Stream::Closed => return Err(ErrorKind::Disconnected(None)),
        };
        r.map_err(|e| lost(&e))
    }

    /// `first` then `second`, as one write where the stream allows (a plain socket: one `writev`, no copy joining
    /// them; TLS: both into rustls's buffer, then one flush).
    pub async fn write_all_pair(&mut self, first: &[u8], second: &[u8]) -> Result<(), ErrorKind> {
        let r = match &mut self.stream {
            Stream::Plain(s) => write_all_vectored(s, first, second).await,
            Stream::Tls(s) => match s.write_all(first).await {
                Ok(()) => match s.write_all(second).await {
                    Ok(()) => s.flush().await,
                    Err(e) => Err(e),
                },
                Err(e) => Err(e),
            },
            Stream::Closed => return Err(ErrorKind::Disconnected(None)),
        };
        r.map_err(|e| lost(&e))
    }

    async fn fill(&mut self) -> Result<(), ErrorKind> {
        const CHUNK: usize = 8192;
        let spare = self.rbuf.spare(CHUNK);
        let n = match &mut self.stream {
            Stream::Plain(s) => s.read(spare).await,
            Stream::Tls(s) => {
                ack_promptly(s.get_ref().0);
                s.read(spare).await
            }
            Stream::Closed => Ok(0),
        };
        let n = match n {
            Ok(n) => n,
            Err(e) => {
                self.rbuf.commit(CHUNK, 0);
                return Err(lost(&e));
            }
        };
        self.rbuf.commit(CHUNK, n);
        if n == 0 {
            return Err(ErrorKind::Disconnected(None));
        }
        Ok(())
    }

    /// Reads one complete reply. A line or reply past the caps in [`crate::reply`] fails as soon as it gets there.
    pub async fn read_reply(&mut self) -> Result<Reply, ErrorKind> {
        let mut parser = ReplyParser::default();
        loop {
            while let Some(line) = self.rbuf.next_line().map_err(ErrorKind::Malformed)? {
                if let Some(reply) = parser.feed(&line).map_err(ErrorKind::Malformed)? {
                    log::debug!(target: "resilient_smtp.wire", "S: {} {}", reply.code, printable(&reply.text().replace('\n', " | ")));
                    return Ok(reply);
                }
            }
            self.fill().await?;
        }
    }

    /// Bytes read from the server that no reply has taken yet.
    pub fn buffered(&self) -> usize {
        self.rbuf.pending()
    }

    /// Bytes received and not consumed: those buffered, plus (on a plain connection) what is already waiting in the
    /// socket, one read's worth, taken without blocking.
    pub fn unread(&mut self) -> usize {
        if let Stream::Plain(s) = &self.stream {
            const CHUNK: usize = 4096;
            let spare = self.rbuf.spare(CHUNK);
            let n = s.try_read(spare).unwrap_or(0);
            self.rbuf.commit(CHUNK, n);
        }
        self.rbuf.pending()
    }

    /// Takes the plain TCP stream out for a TLS handshake.
    pub fn take_plain(&mut self) -> Option<TcpStream> {
        match std::mem::replace(&mut self.stream, Stream::Closed) {
            Stream::Plain(s) => Some(s),
            other => {
                self.stream = other;
                None
            }
        }
    }

    /// Closes the write side: the peer sees the connection closed, with no RST for data it has not read.
    pub async fn shutdown(&mut self) {
        let _ = match &mut self.stream {
            Stream::Plain(s) => s.shutdown().await,
            Stream::Tls(s) => s.shutdown().await,
            Stream::Closed => Ok(()),
        };
        self.stream = Stream::Closed;
    }
}

/// Writes `first` and `second` with as few `writev` calls as the socket takes (usually one).
async fn write_all_vectored(s: &mut TcpStream, mut first: &[u8], mut second: &[u8]) -> std::io::Result<()> {
    while !first.is_empty() || !second.is_empty() {
        let mut n = s
            .write_vectored(&[std::io::IoSlice::new(first), std::io::IoSlice::new(second)])
            .await?;
        if n == 0 {
            return Err(std::io::ErrorKind::WriteZero.into());
        }
        let from_first = n.min(first.len());
        first = &first[from_first..];
        n -= from_first;
        second = &second[n..];
    }
    Ok(())
}

/// Acknowledge what arrives while we wait for a reply at once, not after the delayed-ACK timer (40 ms on Linux).
///
/// After a TLS 1.3 handshake the server sends its NewSessionTickets unasked, and our EHLO (sent right after our
/// Finished) is already on its way, so nothing of ours carries the ACK for them. A server without TCP_NODELAY (Postfix
/// smtpd) then holds its EHLO reply behind the unacknowledged tickets (Nagle) until our delayed ACK fires: 41-45 ms in
/// the EHLO of ~60 % of STARTTLS connections, seen in a packet capture on loopback. TCP_QUICKACK is not sticky (the
/// kernel re-enters delayed-ACK mode as we send), hence set before each read.
#[cfg(target_os = "linux")]
fn ack_promptly(tcp: &TcpStream) {
    use std::os::fd::AsRawFd;
    let one: libc::c_int = 1;
    // SAFETY: a valid socket descriptor owned by `tcp`, an int option of the size passed.
    unsafe {
        libc::setsockopt(
            tcp.as_raw_fd(),
            libc::IPPROTO_TCP,
            libc::TCP_QUICKACK,
            std::ptr::from_ref(&one).cast(),
            std::mem::size_of::<libc::c_int>() as libc::socklen_t,
        );
    }
}

#[cfg(not(target_os = "linux"))]
fn ack_promptly(_tcp: &TcpStream) {}
