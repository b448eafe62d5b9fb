//! A TCP proxy that counts round trips as the wire sees them: a "turn" begins each time the
//! client sends after it last heard from the server (or for the first time). A pipeline sent
//! in one write is one turn, however many commands it holds; a client that waits for an
//! answer before sending again makes one turn per wait. It checks `REDOPS_TRACE_ROUND_TRIPS`
//! from outside redops.

use std::io::{Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::{Arc, Mutex};

#[derive(Default)]
struct State {
    /// Turns so far, over every connection.
    turns: u64,
    /// Connections accepted.
    connections: u64,
}

pub struct TurnCountingProxy {
    pub port: u16,
    state: Arc<Mutex<State>>,
}

impl TurnCountingProxy {
    pub fn start(upstream_port: u16) -> TurnCountingProxy {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = listener.local_addr().expect("addr").port();
        let state = Arc::new(Mutex::new(State::default()));
        let shared = Arc::clone(&state);
        std::thread::spawn(move || {
            for client in listener.incoming().flatten() {
                let Ok(server) = TcpStream::connect(("127.0.0.1", upstream_port)) else {
                    continue;
                };
                let _ = client.set_nodelay(true);
                let _ = server.set_nodelay(true);
                let (Ok(c2), Ok(s2)) = (client.try_clone(), server.try_clone()) else {
                    continue;
                };
                shared.lock().expect("state").connections += 1;
                // Per connection: whether the client spoke last (a new send after the server
                // answered starts a turn).
                let client_spoke_last = Arc::new(Mutex::new(false));
                let (st, last) = (Arc::clone(&shared), Arc::clone(&client_spoke_last));
                std::thread::spawn(move || {
                    pump(c2, s2, move || {
                        let mut l = last.lock().expect("last");
                        if !*l {
                            st.lock().expect("state").turns += 1;
                            *l = true;
                        }
                    })
                });
                let last = client_spoke_last;
                std::thread::spawn(move || {
                    pump(server, client, move || {
                        *last.lock().expect("last") = false;
                    })
                });
            }
        });
        TurnCountingProxy { port, state }
    }

    pub fn url(&self) -> String {
        format!("redis://127.0.0.1:{}", self.port)
    }

    /// Client turns over every connection so far.
    pub fn turns(&self) -> u64 {
        self.state.lock().expect("state").turns
    }

    /// Connections accepted so far.
    pub fn connections(&self) -> u64 {
        self.state.lock().expect("state").connections
    }
}

/// Copies `from` to `to`, calling `seen` when a chunk arrived (before it is passed on, so a
/// reply cannot be seen before the request that caused it).
fn pump(mut from: TcpStream, mut to: TcpStream, seen: impl Fn()) {
    let mut buf = vec![0u8; 1 << 16];
    while let Ok(n) = from.read(&mut buf) {
        if n == 0 {
            break;
        }
        seen();
        if to.write_all(&buf[..n]).is_err() {
            break;
        }
    }
    let _ = to.shutdown(Shutdown::Both);
}
