//! An SMTP server inside the test process (a tokio listener on 127.0.0.1), answering each command as a script says:
//! the Rust unit tests of `session`, `deliver` and `pool` talk to it over real loopback sockets.

use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

/// What the server does with one command.
pub enum Answer {
    /// These reply lines (`"250-a"`, `"250 b"`), each sent with CRLF.
    Reply(String),
    /// Nothing, ever (a server that stalls).
    Silent,
    /// Closes the connection without a reply.
    Close,
}

/// The script: the connection's number (from 0) and the command line (`"."` after a message) -> the answer.
pub type Script = dyn Fn(usize, &str) -> Answer + Send + Sync;

/// The usual answers: EHLO with PIPELINING, 250 to MAIL/RCPT/RSET/NOOP, 354 to DATA, 250 after ".", 221 to QUIT.
pub fn usual(command: &str) -> Answer {
    let verb = command.split(' ').next().unwrap_or("").to_ascii_uppercase();
    Answer::Reply(
        match verb.as_str() {
            "EHLO" => "250-peer.test\r\n250-PIPELINING\r\n250 SIZE 1000000",
            "DATA" => "354 go ahead",
            "." => "250 2.0.0 queued",
            "QUIT" => "221 bye",
            _ => "250 2.1.0 ok",
        }
        .into(),
    )
}

pub struct ScriptedPeer {
    pub addr: SocketAddr,
    /// Every command received, as `"<connection> <line>"`.
    pub log: Arc<Mutex<Vec<String>>>,
    pub connections: Arc<AtomicUsize>,
    task: JoinHandle<()>,
}

impl ScriptedPeer {
    /// Greets every connection with 220 and answers as `script` says.
    pub async fn start(script: impl Fn(usize, &str) -> Answer + Send + Sync + 'static) -> ScriptedPeer {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind on loopback");
        let addr = listener.local_addr().expect("bound");
        let log = Arc::new(Mutex::new(Vec::new()));
        let connections = Arc::new(AtomicUsize::new(0));
        let script: Arc<Script> = Arc::new(script);
        let (log2, count) = (log.clone(), connections.clone());
        let task = tokio::spawn(async move {
            while let Ok((socket, _)) = listener.accept().await {
                let n = count.fetch_add(1, Ordering::SeqCst);
                tokio::spawn(serve(socket, n, script.clone(), log2.clone()));
            }
        });
        ScriptedPeer {
            addr,
            log,
            connections,
            task,
        }
    }

    /// The commands received so far (verbs only, `"."` for a message's end), on every connection.
    pub fn verbs(&self) -> Vec<String> {
        verbs_in(&self.log)
    }
}

impl Drop for ScriptedPeer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn serve(socket: tokio::net::TcpStream, n: usize, script: Arc<Script>, log: Arc<Mutex<Vec<String>>>) {
    let (read, mut write) = socket.into_split();
    let mut lines = BufReader::new(read);
    if write.write_all(b"220 peer.test ESMTP\r\n").await.is_err() {
        return;
    }
    let mut line = String::new();
    let mut in_data = false;
    loop {
        line.clear();
        match lines.read_line(&mut line).await {
            Ok(0) | Err(_) => return,
            Ok(_) => {}
        }
        let command = line.trim_end_matches(['\r', '\n']).to_string();
        if in_data {
            if command != "." {
                continue;
            }
            in_data = false;
        }
        log.lock().unwrap().push(format!("{n} {command}"));
        match script(n, &command) {
            Answer::Reply(text) => {
                in_data = command.eq_ignore_ascii_case("DATA") && text.starts_with("354");
                let reply = text.replace("\r\n", "\n").replace('\n', "\r\n") + "\r\n";
                if write.write_all(reply.as_bytes()).await.is_err() {
                    return;
                }
            }
            Answer::Silent => {}
            Answer::Close => return,
        }
        if command.eq_ignore_ascii_case("QUIT") {
            return;
        }
    }
}

/// The verb of each command in a peer's log (its `log`, which a test may hold without the peer).
pub fn verbs_in(log: &Mutex<Vec<String>>) -> Vec<String> {
    let log = log.lock().unwrap();
    log.iter()
        .map(|l| l.split(' ').nth(1).unwrap_or("").to_ascii_uppercase())
        .collect()
}
