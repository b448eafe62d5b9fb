//! A TCP proxy that puts a real round-trip time between a client and a server: used by the
//! tests (a bastion 50 ms away) and by `bench/` (a link with a 1 ms round trip).

use std::time::{Duration, Instant};

/// A TCP proxy in front of a server that delivers every byte `one_way` after it arrived, in
/// each direction, without serializing the chunks: a link with a round-trip time of
/// `2 * one_way` and ample bandwidth, on which pipelined requests stay pipelined.
pub struct LatencyProxy {
    pub port: u16,
}

impl LatencyProxy {
    pub fn start(upstream_port: u16, one_way: Duration) -> LatencyProxy {
        use std::io::{Read, Write};
        use std::net::{Shutdown, TcpListener, TcpStream};
        use std::sync::mpsc;
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = listener.local_addr().expect("addr").port();
        let pump = move |mut from: TcpStream, mut to: TcpStream| {
            let (tx, rx) = mpsc::channel::<(Instant, Vec<u8>)>();
            std::thread::spawn(move || {
                let mut buf = vec![0u8; 1 << 16];
                while let Ok(n) = from.read(&mut buf) {
                    if n == 0 || tx.send((Instant::now(), buf[..n].to_vec())).is_err() {
                        break;
                    }
                }
            });
            std::thread::spawn(move || {
                for (arrived, chunk) in rx {
                    let due = arrived + one_way;
                    let now = Instant::now();
                    if due > now {
                        std::thread::sleep(due - now);
                    }
                    if to.write_all(&chunk).is_err() {
                        break;
                    }
                }
                let _ = to.shutdown(Shutdown::Both);
            });
        };
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
                pump(c2, s2);
                pump(server, client);
            }
        });
        LatencyProxy { port }
    }
}
