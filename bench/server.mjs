// The bench's static server: www/ at /, the bench pages (bench/pages/) at /__bench__/ and the peer
// bundles (target/bench/peer/, or KZWP_PEER_DIR) at /__bench__/peer/, all on one origin, so the embed loads exactly
// as on a firm's page and the bench pages never live in www/. It sends the headers `cargo xtask
// serve` sends (the CSP of xtask/src/serve.rs, passed in KZWP_CSP; no-cache; nosniff) and, like
// it, no compression: transfer sizes are reported from the files, not from the wire.
//
// Run as a child of run.mjs: `node bench/server.mjs` prints `serving at http://127.0.0.1:PORT/`.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const MOUNTS = [
  ["/__bench__/peer/", process.env.KZWP_PEER_DIR || path.join(ROOT, "target", "bench", "peer")],
  ["/__bench__/", path.join(ROOT, "bench", "pages")],
  ["/", path.join(ROOT, "www")],
];
const CSP =
  process.env.KZWP_CSP ||
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".wasm": "application/wasm",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
};

function resolve(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  for (const [prefix, dir] of MOUNTS) {
    if (!decoded.startsWith(prefix)) continue;
    const rest = decoded.slice(prefix.length).split("/").filter((s) => s && s !== ".");
    if (rest.some((s) => s === ".." || s.includes("\\") || s.includes("\0"))) return null;
    let file = path.join(dir, ...rest);
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, "index.html");
    return file;
  }
  return null;
}

const server = http.createServer((req, res) => {
  const urlPath = new URL(req.url, "http://x").pathname;
  const file = resolve(urlPath);
  const headers = { "Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer" };
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { ...headers, Allow: "GET, HEAD" }).end();
    return;
  }
  if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404, { ...headers, "Content-Type": "text/plain" }).end(`not found: ${urlPath}\n`);
    return;
  }
  const type = TYPES[path.extname(file)] || "application/octet-stream";
  if (type.startsWith("text/html")) headers["Content-Security-Policy"] = CSP;
  const body = fs.readFileSync(file);
  res.writeHead(200, { ...headers, "Content-Type": type, "Content-Length": body.length });
  res.end(req.method === "HEAD" ? undefined : body);
});

const portIndex = process.argv.indexOf("--port");
const port = portIndex > 0 ? Number(process.argv[portIndex + 1]) : 0;
server.listen(port, "127.0.0.1", () => {
  console.log(`serving at http://127.0.0.1:${server.address().port}/`);
});
// Stop with the parent: run.mjs kills this process; a closed stdin also ends it.
process.stdin.on("end", () => process.exit(0));
process.stdin.resume();
