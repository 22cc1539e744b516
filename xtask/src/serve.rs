//! `cargo xtask serve [--port N] [--no-build] [--no-csp] [--quiet]`: a small static file server for www/.
//!
//! std only, one thread per connection, HTTP/1.1 keep-alive, GET and HEAD only.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, UNIX_EPOCH};

use crate::util::{fail, repo_root, usage_error, Result};

pub const DEFAULT_PORT: u16 = 8000;
pub const CSP: &str =
    "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; \
img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";
pub const DEMO_PAGES: [&str; 4] = [
    "index.html",
    "embed-example.html",
    "api-example.html",
    "rules.html",
];

const MAX_HEADER_BYTES: usize = 16 * 1024;
const IDLE_TIMEOUT: Duration = Duration::from_secs(30);

#[derive(Debug, Clone)]
pub struct Options {
    pub port: u16,
    pub build: bool,
    pub csp: bool,
    pub quiet: bool,
}

pub fn parse_args(args: &[String]) -> Result<Options> {
    let mut opts = Options {
        port: DEFAULT_PORT,
        build: true,
        csp: true,
        quiet: false,
    };
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) => (f, Some(v.to_string())),
            None => (arg.as_str(), None),
        };
        match flag {
            "--port" | "-p" => {
                let v = inline
                    .or_else(|| it.next().cloned())
                    .ok_or_else(|| usage_error("--port needs a value, e.g. --port 8000"))?;
                opts.port = v.parse().map_err(|_| {
                    usage_error(format!(
                        "--port: `{v}` is not a port number (0-65535; 0 picks a free port)"
                    ))
                })?;
            }
            "--no-build" if inline.is_none() => opts.build = false,
            "--no-csp" if inline.is_none() => opts.csp = false,
            "--quiet" | "-q" if inline.is_none() => opts.quiet = true,
            _ => return Err(usage_error(format!("serve: unknown argument `{arg}`"))),
        }
    }
    Ok(opts)
}

pub fn run(opts: Options) -> Result {
    if opts.build {
        crate::build::run()?;
    }
    let root = repo_root().join("www");
    let root = root
        .canonicalize()
        .map_err(|e| fail(format!("cannot serve {}: {e}", root.display())))?;

    let listener = TcpListener::bind(("127.0.0.1", opts.port)).map_err(|e| {
        if e.kind() == std::io::ErrorKind::AddrInUse {
            fail(format!(
                "port {} on 127.0.0.1 is already in use (another server still running?); \
                 stop it or choose another port with `cargo xtask serve --port N`",
                opts.port
            ))
        } else {
            fail(format!("cannot listen on 127.0.0.1:{}: {e}", opts.port))
        }
    })?;
    let port = listener
        .local_addr()
        .map_err(|e| fail(format!("local_addr: {e}")))?
        .port();
    let base = format!("http://127.0.0.1:{port}/");

    // Scripts that spawn the server wait for this line (port 0 picks a free port).
    println!(
        "==> serving www/ at {base} (Ctrl-C to stop){}",
        if opts.csp { "" } else { " [CSP off]" }
    );
    for page in DEMO_PAGES {
        let note = if root.join(page).is_file() {
            ""
        } else {
            "  (not present yet)"
        };
        println!("    {base}{page}{note}");
    }
    let _ = std::io::stdout().flush();

    let config = Arc::new(Config {
        root,
        csp: opts.csp,
        quiet: opts.quiet,
    });
    for stream in listener.incoming() {
        match stream {
            Ok(stream) => {
                let config = Arc::clone(&config);
                std::thread::spawn(move || {
                    let _ = handle_connection(stream, &config);
                });
            }
            Err(e) => eprintln!("serve: accept failed: {e}"),
        }
    }
    Ok(())
}

struct Config {
    root: PathBuf,
    csp: bool,
    quiet: bool,
}

struct Request {
    method: String,
    target: String,
    keep_alive: bool,
    if_none_match: Option<String>,
}

enum Parsed {
    Request(Request),
    Closed,
    Bad(u16, &'static str),
}

/// Reads one line, but never more than the header budget left (plus one byte to detect overflow).
fn read_line_limited(
    reader: &mut BufReader<TcpStream>,
    line: &mut String,
    used: usize,
) -> std::io::Result<usize> {
    let budget = (MAX_HEADER_BYTES + 1).saturating_sub(used) as u64;
    reader.by_ref().take(budget).read_line(line)
}

fn read_request(reader: &mut BufReader<TcpStream>) -> std::io::Result<Parsed> {
    let mut total = 0;
    let mut line = String::new();
    // Skip blank lines between requests (RFC 9112 §2.2).
    loop {
        line.clear();
        let n = read_line_limited(reader, &mut line, total)?;
        if n == 0 {
            return Ok(Parsed::Closed);
        }
        total += n;
        if total > MAX_HEADER_BYTES {
            return Ok(Parsed::Bad(431, "Request Header Fields Too Large"));
        }
        if !line.trim().is_empty() {
            break;
        }
    }
    let mut parts = line.split_whitespace();
    let (Some(method), Some(target), Some(version), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Ok(Parsed::Bad(400, "Bad Request"));
    };
    if !version.starts_with("HTTP/1.") {
        return Ok(Parsed::Bad(505, "HTTP Version Not Supported"));
    }
    let mut req = Request {
        method: method.to_string(),
        target: target.to_string(),
        keep_alive: version == "HTTP/1.1",
        if_none_match: None,
    };
    let mut has_body = false;
    loop {
        line.clear();
        let n = read_line_limited(reader, &mut line, total)?;
        total += n;
        if total > MAX_HEADER_BYTES {
            return Ok(Parsed::Bad(431, "Request Header Fields Too Large"));
        }
        if n == 0 {
            return Ok(Parsed::Closed);
        }
        let l = line.trim_end_matches(['\r', '\n']);
        if l.is_empty() {
            break;
        }
        let Some((name, value)) = l.split_once(':') else {
            return Ok(Parsed::Bad(400, "Bad Request"));
        };
        let value = value.trim();
        match name.trim().to_ascii_lowercase().as_str() {
            "connection" => {
                let v = value.to_ascii_lowercase();
                if v.contains("close") {
                    req.keep_alive = false;
                } else if v.contains("keep-alive") {
                    req.keep_alive = true;
                }
            }
            "if-none-match" => req.if_none_match = Some(value.to_string()),
            "content-length" => has_body |= value != "0",
            "transfer-encoding" => has_body = true,
            _ => {}
        }
    }
    // GET/HEAD bodies are not expected; rather than parse one, close the connection afterwards.
    if has_body {
        req.keep_alive = false;
    }
    Ok(Parsed::Request(req))
}

fn handle_connection(stream: TcpStream, config: &Config) -> std::io::Result<()> {
    stream.set_read_timeout(Some(IDLE_TIMEOUT))?;
    let _ = stream.set_nodelay(true);
    let mut writer = stream.try_clone()?;
    let mut reader = BufReader::new(stream);
    loop {
        let req = match read_request(&mut reader) {
            Ok(Parsed::Request(r)) => r,
            Ok(Parsed::Closed) => return Ok(()),
            Ok(Parsed::Bad(code, reason)) => {
                let resp = error_response(code, reason, config);
                resp.write(&mut writer, false, false)?;
                return Ok(());
            }
            Err(_) => return Ok(()), // timeout or reset
        };
        let resp = respond(&req, config);
        if !config.quiet {
            eprintln!("{} {} {}", req.method, req.target, resp.status);
        }
        resp.write(&mut writer, req.method == "HEAD", req.keep_alive)?;
        if !req.keep_alive {
            return Ok(());
        }
    }
}

enum Body {
    Bytes(Vec<u8>),
    File(std::fs::File, u64),
}

struct Response {
    status: u16,
    reason: &'static str,
    headers: Vec<(&'static str, String)>,
    body: Body,
}

impl Response {
    fn write(self, w: &mut TcpStream, head_only: bool, keep_alive: bool) -> std::io::Result<()> {
        let len = match &self.body {
            Body::Bytes(b) => b.len() as u64,
            Body::File(_, n) => *n,
        };
        let mut head = format!("HTTP/1.1 {} {}\r\n", self.status, self.reason);
        for (k, v) in &self.headers {
            head.push_str(&format!("{k}: {v}\r\n"));
        }
        if self.status != 304 {
            head.push_str(&format!("Content-Length: {len}\r\n"));
        }
        head.push_str(if keep_alive {
            "Connection: keep-alive\r\n\r\n"
        } else {
            "Connection: close\r\n\r\n"
        });
        w.write_all(head.as_bytes())?;
        if !head_only {
            match self.body {
                Body::Bytes(b) => w.write_all(&b)?,
                Body::File(f, n) => {
                    std::io::copy(&mut f.take(n), w)?;
                }
            }
        }
        w.flush()
    }
}

pub fn mime_type(path: &Path) -> &'static str {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript",
        "css" => "text/css",
        "wasm" => "application/wasm",
        "json" | "map" => "application/json",
        "webmanifest" => "application/manifest+json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "ico" => "image/x-icon",
        "ics" => "text/calendar",
        "txt" | "md" | "ts" => "text/plain; charset=utf-8",
        "xml" => "application/xml",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        _ => "application/octet-stream",
    }
}

fn common_headers(content_type: &str, config: &Config) -> Vec<(&'static str, String)> {
    let mut h = vec![
        ("Content-Type", content_type.to_string()),
        ("Cache-Control", "no-cache".to_string()),
        ("X-Content-Type-Options", "nosniff".to_string()),
        ("Referrer-Policy", "no-referrer".to_string()),
    ];
    if config.csp && content_type.starts_with("text/html") {
        h.push(("Content-Security-Policy", CSP.to_string()));
    }
    h
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn error_response(status: u16, reason: &'static str, config: &Config) -> Response {
    let body = format!(
        "<!doctype html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>{status} {reason}</title></head>\n\
         <body><h1>{status} {reason}</h1><p><a href=\"/\">Back to the start page</a></p></body>\n</html>\n"
    );
    let mut headers = common_headers("text/html; charset=utf-8", config);
    if status == 405 {
        headers.push(("Allow", "GET, HEAD".to_string()));
    }
    Response {
        status,
        reason,
        headers,
        body: Body::Bytes(body.into_bytes()),
    }
}

fn not_found(path: &str, config: &Config) -> Response {
    let mut r = error_response(404, "Not Found", config);
    let body = format!(
        "<!doctype html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>404 Not Found</title></head>\n\
         <body><h1>404 Not Found</h1><p>There is no file at <code>{}</code>.</p>\
         <p><a href=\"/\">Back to the start page</a></p></body>\n</html>\n",
        html_escape(path)
    );
    r.body = Body::Bytes(body.into_bytes());
    r
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Maps a request path to a file under the root; None means "reject" (400).
fn safe_relative_path(url_path: &str) -> Option<PathBuf> {
    let decoded = percent_decode(url_path)?;
    if !decoded.starts_with('/') || decoded.contains('\0') || decoded.contains('\\') {
        return None;
    }
    let mut rel = PathBuf::new();
    for seg in decoded.split('/') {
        match seg {
            "" | "." => {}
            ".." => return None,
            s if s.contains(':') => return None,
            s => rel.push(s),
        }
    }
    Some(rel)
}

fn respond(req: &Request, config: &Config) -> Response {
    if req.method != "GET" && req.method != "HEAD" {
        return error_response(405, "Method Not Allowed", config);
    }
    let url_path = req.target.split(['?', '#']).next().unwrap_or("");
    let Some(rel) = safe_relative_path(url_path) else {
        return error_response(400, "Bad Request", config);
    };
    let mut path = config.root.join(&rel);
    if path.is_dir() {
        if !url_path.ends_with('/') {
            // Redirect so that relative URLs in index.html resolve inside the directory.
            let mut r = error_response(301, "Moved Permanently", config);
            r.headers.push(("Location", format!("{url_path}/")));
            return r;
        }
        path.push("index.html");
    }
    // Defence in depth: symlinks must not lead outside the root.
    let Ok(real) = path.canonicalize() else {
        return not_found(url_path, config);
    };
    if !real.starts_with(&config.root) || !real.is_file() {
        return not_found(url_path, config);
    }
    let Ok(file) = std::fs::File::open(&real) else {
        return not_found(url_path, config);
    };
    let Ok(meta) = file.metadata() else {
        return error_response(500, "Internal Server Error", config);
    };
    let mtime = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos());
    let etag = format!("\"{:x}-{:x}\"", meta.len(), mtime);
    let mut headers = common_headers(mime_type(&real), config);
    headers.push(("ETag", etag.clone()));
    if req.if_none_match.as_deref().is_some_and(|v| {
        v.split(',')
            .any(|t| t.trim().trim_start_matches("W/") == etag)
    }) {
        return Response {
            status: 304,
            reason: "Not Modified",
            headers,
            body: Body::Bytes(Vec::new()),
        };
    }
    Response {
        status: 200,
        reason: "OK",
        headers,
        body: Body::File(file, meta.len()),
    }
}
