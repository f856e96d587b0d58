//! Talking to one OpenSearch cluster over its REST API: where it is, how to log in, and
//! a request that either answers JSON or fails with an error naming the cluster.

use std::time::Duration;

use serde_json::Value;
use ureq::Agent;
use ureq::tls::{Certificate, RootCerts, TlsConfig};

use crate::CorpusError;

/// The scheme a backend address starts with.
pub(crate) const SCHEME: &str = "opensearch+";
/// Environment variables holding the credentials: never in a file figcheck reads.
pub const USER_VAR: &str = "FIGCHECK_OPENSEARCH_USER";
pub const PASSWORD_VAR: &str = "FIGCHECK_OPENSEARCH_PASSWORD";
/// A PEM file of the certificate authority a cluster's TLS certificate is signed by, for a
/// newsroom's own CA; without it, the Mozilla roots.
pub const CA_VAR: &str = "FIGCHECK_OPENSEARCH_CA";

/// How long one request may take unless the address says (`?timeout=SECONDS`).
pub(crate) const DEFAULT_TIMEOUT_SECS: u64 = 30;
/// Bodies read from the cluster are at most this large: a page of figures is far less.
const MAX_RESPONSE_BYTES: u64 = 256 * 1024 * 1024;

/// `opensearch+http://host:9200/INDEX?shards=2&replicas=1&timeout=10`, parsed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Address {
    /// `http://host:9200` (or https), without a trailing slash.
    pub base: String,
    pub index: String,
    /// Primary shards and replicas of an index `figcheck index` creates.
    pub shards: u32,
    pub replicas: u32,
    pub timeout: Duration,
}

impl Address {
    /// Reads a backend address. An address that is not one is an error saying what one
    /// looks like.
    pub fn parse(spec: &str) -> Result<Address, CorpusError> {
        let bad = |problem: &str| CorpusError::Backend {
            backend: spec.to_string(),
            message: format!(
                "{problem}; a backend is written opensearch+http://HOST:PORT/INDEX (or opensearch+https://…), with optional ?shards=N&replicas=N&timeout=SECONDS"
            ),
        };
        let rest = spec
            .strip_prefix(SCHEME)
            .ok_or_else(|| bad("not an OpenSearch address"))?;
        let (scheme, rest) = rest
            .split_once("://")
            .filter(|(s, _)| *s == "http" || *s == "https")
            .ok_or_else(|| bad("the scheme must be opensearch+http or opensearch+https"))?;
        let (rest, query) = rest.split_once('?').unwrap_or((rest, ""));
        let (host, index) = rest
            .split_once('/')
            .ok_or_else(|| bad("no index is named after the host"))?;
        let index = index.trim_end_matches('/');
        if host.is_empty() || host.contains('@') {
            return Err(bad(
                "the host is missing, or carries credentials (give those in FIGCHECK_OPENSEARCH_USER and FIGCHECK_OPENSEARCH_PASSWORD)",
            ));
        }
        // OpenSearch's own rules for an index name, so a bad one fails here and not as a
        // 400 from the cluster.
        let valid_index = !index.is_empty()
            && index.len() <= 255
            && !index.starts_with(['_', '-', '+'])
            && index
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-_.".contains(c))
            && index != "."
            && index != "..";
        if !valid_index {
            return Err(bad(&format!(
                "{index:?} is not an index name OpenSearch accepts (lower-case letters, digits, - _ .)"
            )));
        }
        let mut address = Address {
            base: format!("{scheme}://{host}"),
            index: index.to_string(),
            shards: 1,
            replicas: 0,
            timeout: Duration::from_secs(DEFAULT_TIMEOUT_SECS),
        };
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            if !["shards", "replicas", "timeout"].contains(&key) {
                return Err(bad(&format!("unknown setting {key}")));
            }
            let number = value
                .parse::<u32>()
                .map_err(|_| bad(&format!("{key}={value:?} is not a whole number")))?;
            match key {
                "shards" if number > 0 => address.shards = number,
                "replicas" => address.replicas = number,
                "timeout" if number > 0 => address.timeout = Duration::from_secs(number.into()),
                _ => return Err(bad(&format!("{key}={value} must be more than zero"))),
            }
        }
        Ok(address)
    }

    /// `OpenSearch index figcheck at http://127.0.0.1:9200`: how errors name it.
    pub fn label(&self) -> String {
        format!("OpenSearch index {} at {}", self.index, self.base)
    }
}

/// A connection to the cluster: one HTTP agent (which keeps connections alive), the
/// credentials, and the label errors carry.
pub(crate) struct Client {
    agent: Agent,
    pub(crate) address: Address,
    authorization: Option<String>,
}

/// A request's method.
#[derive(Clone, Copy, Debug)]
pub(crate) enum Method {
    Get,
    Put,
    Post,
    Head,
}

/// What a request came back with when it reached the cluster.
pub(crate) struct Answer {
    pub(crate) status: u16,
    pub(crate) body: String,
}

impl Client {
    pub(crate) fn new(address: Address) -> Result<Client, CorpusError> {
        let label = address.label();
        let fail = |message: String| CorpusError::Backend {
            backend: label.clone(),
            message,
        };
        let mut config = Agent::config_builder()
            .timeout_global(Some(address.timeout))
            .http_status_as_error(false);
        if let Ok(path) = std::env::var(CA_VAR) {
            let pem = std::fs::read(&path)
                .map_err(|e| fail(format!("cannot read {CA_VAR} file {path}: {e}")))?;
            let cert = Certificate::from_pem(&pem)
                .map_err(|e| {
                    fail(format!(
                        "{CA_VAR} file {path} is not a PEM certificate: {e}"
                    ))
                })?
                .to_owned();
            let tls = TlsConfig::builder()
                .root_certs(RootCerts::new_with_certs(&[cert]))
                .build();
            config = config.tls_config(tls);
        }
        let authorization = match (std::env::var(USER_VAR), std::env::var(PASSWORD_VAR)) {
            (Ok(user), Ok(password)) => {
                use base64::Engine as _;
                let token =
                    base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"));
                Some(format!("Basic {token}"))
            }
            (Ok(_), Err(_)) | (Err(_), Ok(_)) => {
                return Err(fail(format!(
                    "set both {USER_VAR} and {PASSWORD_VAR}, or neither"
                )));
            }
            _ => None,
        };
        Ok(Client {
            agent: config.build().into(),
            address,
            authorization,
        })
    }

    pub(crate) fn label(&self) -> String {
        self.address.label()
    }

    pub(crate) fn error(&self, message: impl Into<String>) -> CorpusError {
        CorpusError::Backend {
            backend: self.label(),
            message: message.into(),
        }
    }

    /// Sends one request to `path` (relative to the cluster, `/INDEX/_search`) and
    /// returns what came back, whatever its status. Fails only when no answer came.
    pub(crate) fn send(
        &self,
        method: Method,
        path: &str,
        body: Option<(&str, &str)>,
    ) -> Result<Answer, CorpusError> {
        let url = format!("{}{path}", self.address.base);
        let result = match (method, body) {
            (Method::Get, None) => self.with_auth(self.agent.get(&url)).call(),
            (Method::Head, _) => self.with_auth(self.agent.head(&url)).call(),
            (Method::Get, Some((ty, b))) => self
                .with_auth(self.agent.post(&url))
                .header("Content-Type", ty)
                .send(b),
            (Method::Post, b) => {
                let (ty, b) = b.unwrap_or(("application/json", ""));
                self.with_auth(self.agent.post(&url))
                    .header("Content-Type", ty)
                    .send(b)
            }
            (Method::Put, b) => {
                let (ty, b) = b.unwrap_or(("application/json", ""));
                self.with_auth(self.agent.put(&url))
                    .header("Content-Type", ty)
                    .send(b)
            }
        };
        let mut response = result.map_err(|e| self.unreachable(&e))?;
        let status = response.status().as_u16();
        let body = response
            .body_mut()
            .with_config()
            .limit(MAX_RESPONSE_BYTES)
            .read_to_string()
            .map_err(|e| self.error(format!("reading its answer to {path} failed: {e}")))?;
        Ok(Answer { status, body })
    }

    fn with_auth<B>(&self, request: ureq::RequestBuilder<B>) -> ureq::RequestBuilder<B> {
        match &self.authorization {
            Some(a) => request.header("Authorization", a),
            None => request,
        }
    }

    /// The error for a request that got no answer, in words a newsroom's operator acts on.
    fn unreachable(&self, error: &ureq::Error) -> CorpusError {
        let why = match error {
            ureq::Error::Timeout(_) => format!(
                "it did not answer within {} s (raise ?timeout=SECONDS in the address if it is only slow)",
                self.address.timeout.as_secs()
            ),
            ureq::Error::Io(e) if e.kind() == std::io::ErrorKind::ConnectionRefused => {
                "connection refused: is the cluster running, and on this port?".to_string()
            }
            ureq::Error::HostNotFound => "its host name does not resolve".to_string(),
            other => format!("it cannot be reached: {other}"),
        };
        self.error(why)
    }

    /// Sends a JSON request and returns the JSON answer; any status but 2xx is an error
    /// quoting the cluster's own reason.
    pub(crate) fn json(
        &self,
        method: Method,
        path: &str,
        body: Option<&Value>,
    ) -> Result<Value, CorpusError> {
        let text = body.map(Value::to_string);
        let answer = self.send(
            method,
            path,
            text.as_deref().map(|t| ("application/json", t)),
        )?;
        self.parse(path, answer)
    }

    /// An answer read as JSON, or the error its status and reason make.
    pub(crate) fn parse(&self, path: &str, answer: Answer) -> Result<Value, CorpusError> {
        if !(200..300).contains(&answer.status) {
            return Err(self.error(format!(
                "{path} answered {}: {}",
                answer.status,
                reason(&answer.body)
            )));
        }
        serde_json::from_str(&answer.body)
            .map_err(|e| self.error(format!("{path} answered what is not JSON: {e}")))
    }
}

/// The cluster's reason for refusing a request: `error.root_cause[0].reason` or
/// `error.reason`, else the start of the body.
pub(crate) fn reason(body: &str) -> String {
    let parsed: Option<Value> = serde_json::from_str(body).ok();
    let error = parsed.as_ref().and_then(|v| v.get("error"));
    let said = error
        .and_then(|e| {
            e.pointer("/root_cause/0/reason")
                .or_else(|| e.get("reason"))
        })
        .and_then(Value::as_str)
        .map(str::to_string)
        .or_else(|| error.and_then(Value::as_str).map(str::to_string));
    said.unwrap_or_else(|| body.chars().take(200).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_names_scheme_host_and_index_and_may_set_shards_replicas_and_timeout() {
        let a = Address::parse("opensearch+http://127.0.0.1:9200/figcheck").unwrap();
        assert_eq!(a.base, "http://127.0.0.1:9200");
        assert_eq!(a.index, "figcheck");
        assert_eq!((a.shards, a.replicas), (1, 0));
        let a = Address::parse(
            "opensearch+https://search.example:443/news-2024/?shards=2&replicas=1&timeout=5",
        )
        .unwrap();
        assert_eq!(a.base, "https://search.example:443");
        assert_eq!(a.index, "news-2024");
        assert_eq!((a.shards, a.replicas), (2, 1));
        assert_eq!(a.timeout, Duration::from_secs(5));
        assert_eq!(
            a.label(),
            "OpenSearch index news-2024 at https://search.example:443"
        );
    }

    #[test]
    fn a_wrong_address_says_what_one_looks_like() {
        for (spec, said) in [
            (
                "http://127.0.0.1:9200/figcheck",
                "not an OpenSearch address",
            ),
            ("opensearch+ftp://h/figcheck", "scheme"),
            ("opensearch+http://127.0.0.1:9200", "no index"),
            ("opensearch+http://127.0.0.1:9200/", "not an index name"),
            ("opensearch+http://127.0.0.1:9200/News", "not an index name"),
            ("opensearch+http://user:pw@h:9200/figcheck", "credentials"),
            (
                "opensearch+http://h:9200/figcheck?shards=0",
                "more than zero",
            ),
            (
                "opensearch+http://h:9200/figcheck?timeout=soon",
                "not a whole number",
            ),
            ("opensearch+http://h:9200/figcheck?colour=red", "unknown"),
        ] {
            let e = Address::parse(spec).unwrap_err().to_string();
            assert!(e.contains(said), "{spec}: {e}");
            assert!(
                e.contains("opensearch+http://HOST:PORT/INDEX"),
                "{spec}: {e}"
            );
        }
    }

    #[test]
    fn a_refusal_is_quoted_by_the_clusters_own_reason() {
        let body = r#"{"error":{"root_cause":[{"type":"x","reason":"no such index [news]"}],"reason":"outer"},"status":404}"#;
        assert_eq!(reason(body), "no such index [news]");
        assert_eq!(reason(r#"{"error":"plain"}"#), "plain");
        assert_eq!(reason("Bad Gateway"), "Bad Gateway");
    }

    #[test]
    fn a_cluster_that_is_not_there_is_an_error_naming_it() {
        // A port nothing listens on: bound, then released.
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let address = Address::parse(&format!(
            "opensearch+http://127.0.0.1:{port}/figcheck?timeout=2"
        ))
        .unwrap();
        let client = Client::new(address).unwrap();
        let e = client.json(Method::Get, "/", None).unwrap_err().to_string();
        assert!(
            e.contains(&format!(
                "OpenSearch index figcheck at http://127.0.0.1:{port}"
            )),
            "{e}"
        );
        assert!(
            e.contains("refused") || e.contains("cannot be reached"),
            "{e}"
        );
    }
}
