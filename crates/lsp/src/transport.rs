//! A guard on the wire: only well-formed JSON-RPC messages reach tower-lsp-server.
//!
//! tower-lsp-server 0.23 reads its input through tokio-util's `FramedRead`, which ends the
//! stream after the first frame that fails to decode, and the server then stops as if the
//! client had hung up: one malformed message from a buggy client, or garbage on the pipe,
//! would end the writer's session. So the server reads from a pipe fed by [`pump`], which
//! frames the real input itself, forwards every well-formed message unchanged, and answers
//! anything else with the JSON-RPC error the spec asks for (`-32700` parse error or
//! `-32600` invalid request). Those answers and the server's own output go out through one
//! writer, a whole frame at a time, so they can never interleave mid-message.

use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader};
use tokio::sync::mpsc;
use tokio::task::JoinHandle;

use crate::log::log;

/// Larger bodies are refused rather than buffered: no draft is a gigabyte.
const MAX_BODY: usize = 256 << 20;
/// A header line longer than this is garbage, not a header.
const MAX_HEADER_LINE: usize = 8 << 10;
/// Capacity of the pipe between the guard and the server.
const PIPE: usize = 64 << 10;

/// The tasks that move bytes between the real input and output and the server's ends.
pub(crate) struct Tasks {
    pump: JoinHandle<()>,
    writer: JoinHandle<()>,
}

impl Tasks {
    /// Stops reading input and waits (briefly) until everything the server wrote is out.
    /// Call after the server has dropped its output end.
    pub async fn finish(self) {
        self.pump.abort();
        let _ = self.pump.await;
        let _ = tokio::time::timeout(Duration::from_secs(2), self.writer).await;
    }
}

/// The ends the server reads from and writes to, and the tasks behind them.
pub(crate) fn guard<I, O>(input: I, output: O) -> (tokio::io::DuplexStream, FrameSink, Tasks)
where
    I: AsyncRead + Unpin + Send + 'static,
    O: AsyncWrite + Unpin + Send + 'static,
{
    let (frames_tx, frames_rx) = mpsc::unbounded_channel();
    let (server_input, to_server) = tokio::io::duplex(PIPE);
    let pump = tokio::spawn(pump(input, to_server, frames_tx.clone()));
    let writer = tokio::spawn(write_frames(output, frames_rx));
    let sink = FrameSink {
        pending: Vec::new(),
        frames: frames_tx,
    };
    (server_input, sink, Tasks { pump, writer })
}

fn frame(body: &[u8]) -> Vec<u8> {
    let mut out = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    out.extend_from_slice(body);
    out
}

fn error_frame(id: Value, code: i64, message: &str) -> Vec<u8> {
    let body = json!({"jsonrpc": "2.0", "id": id, "error": {"code": code, "message": message}});
    frame(body.to_string().as_bytes())
}

/// Whether `v` is a message tower-lsp-server can decode: a request, notification or
/// response of JSON-RPC 2.0 with an integer, string or null id. `Err` carries the id to
/// answer with.
fn check_message(v: &Value) -> Result<(), Value> {
    let Some(obj) = v.as_object() else {
        return Err(Value::Null);
    };
    let id = obj.get("id");
    let id_ok = match id {
        None | Some(Value::Null) | Some(Value::String(_)) => true,
        Some(Value::Number(n)) => n.is_i64(),
        Some(_) => false,
    };
    let answer_to = || match id {
        Some(id @ (Value::String(_) | Value::Number(_))) if id_ok => id.clone(),
        _ => Value::Null,
    };
    if obj.get("jsonrpc") != Some(&Value::String("2.0".into())) || !id_ok {
        return Err(answer_to());
    }
    let is_call = obj.get("method").is_some_and(Value::is_string);
    let is_response = id.is_some() && (obj.contains_key("result") || obj.contains_key("error"));
    if is_call || is_response {
        Ok(())
    } else {
        Err(answer_to())
    }
}

/// What the header lines of one frame said.
#[derive(Default)]
struct Headers {
    content_length: Option<usize>,
    garbage: bool,
}

fn header_line(h: &mut Headers, line: &str) {
    match line.split_once(':') {
        Some((k, v)) if k.trim().eq_ignore_ascii_case("content-length") => {
            match v.trim().parse::<usize>() {
                Ok(n) => h.content_length = Some(n),
                Err(_) => h.garbage = true,
            }
        }
        Some((k, _)) if k.trim().eq_ignore_ascii_case("content-type") => {}
        _ => h.garbage = true,
    }
}

async fn pump<I: AsyncRead + Unpin>(
    input: I,
    mut to_server: tokio::io::DuplexStream,
    replies: mpsc::UnboundedSender<Vec<u8>>,
) {
    let mut r = BufReader::new(input);
    loop {
        let mut h = Headers::default();
        loop {
            let mut line = Vec::new();
            let mut limited = (&mut r).take(MAX_HEADER_LINE as u64);
            match limited.read_until(b'\n', &mut line).await {
                Ok(0) | Err(_) => return, // end of input: the server sees its pipe close
                Ok(_) => {}
            }
            let text = String::from_utf8_lossy(&line);
            let text = text.trim_end_matches(['\r', '\n']);
            if text.is_empty() {
                if h.content_length.is_some() || h.garbage {
                    break;
                }
                continue;
            }
            if !line.ends_with(b"\n") {
                h.garbage = true; // an over-long line
            }
            header_line(&mut h, text);
            // Garbage before a real header: resynchronise on that header.
            if h.garbage && h.content_length.is_some() {
                h.garbage = false;
                let _ = replies.send(error_frame(Value::Null, -32700, "Parse error: bad header"));
            }
        }
        if h.garbage {
            log!(Warn, "dropped a frame with malformed headers");
            let _ = replies.send(error_frame(Value::Null, -32700, "Parse error: bad header"));
            continue;
        }
        let Some(len) = h.content_length.filter(|n| *n <= MAX_BODY) else {
            log!(
                Warn,
                "dropped a frame with a missing or oversized Content-Length"
            );
            let _ = replies.send(error_frame(Value::Null, -32700, "Parse error: bad length"));
            continue;
        };
        let mut body = vec![0; len];
        if r.read_exact(&mut body).await.is_err() {
            return;
        }
        match serde_json::from_slice::<Value>(&body) {
            Err(e) => {
                log!(Warn, "dropped a message that is not JSON: {e}");
                let _ = replies.send(error_frame(Value::Null, -32700, "Parse error"));
            }
            Ok(v) => match check_message(&v) {
                Ok(()) => {
                    if to_server.write_all(&frame(&body)).await.is_err() {
                        return; // the server has stopped
                    }
                }
                Err(id) => {
                    log!(Warn, "dropped a message that is not JSON-RPC 2.0: {v}");
                    let _ = replies.send(error_frame(id, -32600, "Invalid request"));
                }
            },
        }
    }
}

async fn write_frames<O: AsyncWrite + Unpin>(
    mut out: O,
    mut frames: mpsc::UnboundedReceiver<Vec<u8>>,
) {
    while let Some(f) = frames.recv().await {
        if out.write_all(&f).await.is_err() {
            return;
        }
        if frames.is_empty() && out.flush().await.is_err() {
            return;
        }
    }
    let _ = out.flush().await;
}

/// The server's output: collects bytes into whole frames and hands each to the writer.
pub(crate) struct FrameSink {
    pending: Vec<u8>,
    frames: mpsc::UnboundedSender<Vec<u8>>,
}

impl FrameSink {
    fn send_complete_frames(&mut self) -> io::Result<()> {
        loop {
            let Some(end) = self.pending.windows(4).position(|w| w == b"\r\n\r\n") else {
                return Ok(());
            };
            let headers = String::from_utf8_lossy(&self.pending[..end]).into_owned();
            let mut h = Headers::default();
            headers.split("\r\n").for_each(|l| header_line(&mut h, l));
            let Some(len) = h.content_length else {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidData,
                    "frame without length",
                ));
            };
            let total = end + 4 + len;
            if self.pending.len() < total {
                return Ok(());
            }
            let rest = self.pending.split_off(total);
            let whole = std::mem::replace(&mut self.pending, rest);
            self.frames
                .send(whole)
                .map_err(|_| io::Error::new(io::ErrorKind::BrokenPipe, "output closed"))?;
        }
    }
}

impl AsyncWrite for FrameSink {
    fn poll_write(
        self: Pin<&mut Self>,
        _: &mut Context<'_>,
        data: &[u8],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        this.pending.extend_from_slice(data);
        Poll::Ready(this.send_complete_frames().map(|()| data.len()))
    }

    fn poll_flush(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<io::Result<()>> {
        Poll::Ready(Ok(()))
    }

    fn poll_shutdown(self: Pin<&mut Self>, _: &mut Context<'_>) -> Poll<io::Result<()>> {
        Poll::Ready(Ok(()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_jsonrpc_messages_pass() {
        let ok = [
            json!({"jsonrpc": "2.0", "method": "initialized", "params": {}}),
            json!({"jsonrpc": "2.0", "id": 1, "method": "shutdown"}),
            json!({"jsonrpc": "2.0", "id": "a", "result": null}),
            json!({"jsonrpc": "2.0", "id": null, "error": {"code": 1, "message": "x"}}),
        ];
        for v in ok {
            assert_eq!(check_message(&v), Ok(()), "{v}");
        }
        assert_eq!(check_message(&json!([1, 2])), Err(Value::Null));
        assert_eq!(
            check_message(&json!({"jsonrpc": "2.0", "id": 7})),
            Err(json!(7))
        );
        assert_eq!(
            check_message(&json!({"jsonrpc": "1.0", "id": "x", "method": "m"})),
            Err(json!("x"))
        );
        assert_eq!(
            check_message(&json!({"jsonrpc": "2.0", "id": 1.5, "method": "m"})),
            Err(Value::Null)
        );
    }

    #[tokio::test]
    async fn garbage_is_answered_and_good_frames_pass_through() {
        let mut input = Vec::new();
        input.extend(frame(b"{not json"));
        input.extend(b"Garbage: yes\r\n\r\n");
        input.extend(frame(br#"{"jsonrpc":"2.0","id":3}"#));
        let good = br#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#;
        input.extend(frame(good));
        let (client, mut server_out) = tokio::io::duplex(1 << 16);
        let (mut server_in, sink, tasks) = guard(std::io::Cursor::new(input), client);
        let mut got = vec![0; frame(good).len()];
        server_in.read_exact(&mut got).await.expect("forwarded");
        assert_eq!(got, frame(good));
        drop(sink);
        tasks.finish().await;
        let mut replies = String::new();
        server_out
            .read_to_string(&mut replies)
            .await
            .expect("replies");
        assert_eq!(replies.matches("-32700").count(), 2, "{replies}");
        assert!(
            replies.contains(r#""id":3"#) && replies.contains("-32600"),
            "{replies}"
        );
    }
}
