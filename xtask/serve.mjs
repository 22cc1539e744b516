#!/usr/bin/env node
// The project's one static server: Vite's preview server (the `vite` devDependency) through its
// JavaScript API, for `cargo xtask serve`, the end-to-end tests (e2e/lib/server.mjs), the bench
// (bench/browser.mjs, which mounts its pages beside www/) and the npm package test
// (tests/package/run.mjs, which serves a Vite build).
//
//   node xtask/serve.mjs [--port N] [--dir DIR] [--mount /prefix/=DIR]... [--page NAME]...
//                        [--no-csp] [--quiet]
//
//   --port N            port on 127.0.0.1 (default 8000; 0 picks a free one)
//   --dir DIR           the directory served at / (default www), relative to the repository
//   --mount /p/=DIR     also serve DIR at /p/ (the longest prefix wins)
//   --page NAME         a page to list under the URL at start-up (repeatable)
//   --no-csp            do not send the Content-Security-Policy header
//   --quiet             do not log requests
//
// What it sends, as the hand-written servers it replaces did: the strict Content-Security-Policy
// below on every HTML response; `Cache-Control: no-cache`, `X-Content-Type-Options: nosniff` and
// `Referrer-Policy: no-referrer` on every file; the MIME types of Vite's file server (sirv, with
// mrmime: .wasm application/wasm, .js and .mjs text/javascript, .html text/html;charset=utf-8);
// no compression (transfer sizes are reported from the files; Vite's preview would gzip text);
// and a 404 for a missing file (`appType: "mpa"`: no fallback to index.html; `/dir/` serves
// `/dir/index.html`, `/page` serves `/page.html`).
//
// Prints `==> serving DIR/ at http://127.0.0.1:PORT/ (Ctrl-C to stop)` once listening; the
// scripts that spawn it wait for that line. Ctrl-C (SIGINT) closes the server and exits 0;
// SIGTERM closes it too (Vite's own handling), and so does the end of a piped stdin.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import sirv from "sirv";
import { preview } from "vite";

export const CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";
const HEADERS = { "Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer" };
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function usage(error) {
  if (error) console.error(`serve: ${error}`);
  console.error("usage: node xtask/serve.mjs [--port N] [--dir DIR] [--mount /prefix/=DIR]... [--page NAME]... [--no-csp] [--quiet]");
  process.exit(2);
}

function parseOptions(args) {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      strict: true,
      options: {
        port: { type: "string", default: "8000" },
        dir: { type: "string", default: "www" },
        mount: { type: "string", multiple: true, default: [] },
        page: { type: "string", multiple: true, default: [] },
        "no-csp": { type: "boolean", default: false },
        quiet: { type: "boolean", default: false },
      },
    }));
  } catch (error) {
    usage(error.message);
  }
  const port = Number(values.port);
  if (!/^\d+$/.test(values.port) || port > 65535) usage(`--port: \`${values.port}\` is not a port number (0-65535; 0 picks a free port)`);
  const mounts = values.mount.map((mount) => {
    const at = mount.indexOf("=");
    if (!mount.startsWith("/") || at < 0) usage(`--mount: \`${mount}\` is not /prefix/=DIR`);
    return [mount.slice(0, at).replace(/\/+$/, ""), path.resolve(ROOT, mount.slice(at + 1))];
  });
  // The longest prefix first, so that /__bench__/peer wins over /__bench__.
  mounts.sort((a, b) => b[0].length - a[0].length);
  return { port, dir: values.dir, mounts, pages: values.page, csp: !values["no-csp"], quiet: values.quiet };
}

/** The plugin that adds what Vite's preview does not do by itself; its middlewares run first. */
function projectServer({ csp, quiet, mounts }) {
  return {
    name: "kz-work-permit-serve",
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        // No compression: Vite's preview gzips text responses when asked; the old servers never
        // did, and the bench reads transfer sizes from the wire.
        delete req.headers["accept-encoding"];
        if (csp) {
          // The policy on HTML responses only, whichever middleware writes them.
          const writeHead = res.writeHead;
          res.writeHead = function (status, ...rest) {
            const headers = rest.find((arg) => arg && typeof arg === "object");
            const type = headers?.["Content-Type"] ?? headers?.["content-type"] ?? this.getHeader("content-type");
            if (/^text\/html\b/i.test(String(type ?? ""))) {
              this.setHeader("Content-Security-Policy", CSP);
              // Vite's index.html middleware (for /) sends a bare text/html; sirv adds the charset.
              if (headers === undefined && /^text\/html$/i.test(String(type))) this.setHeader("Content-Type", "text/html; charset=utf-8");
            }
            return writeHead.call(this, status, ...rest);
          };
        }
        if (!quiet) res.on("finish", () => console.error(`${req.method} ${req.originalUrl ?? req.url} ${res.statusCode}`));
        next();
      });
      for (const [prefix, dir] of mounts) {
        server.middlewares.use(prefix, sirv(dir, { dev: true, etag: true, setHeaders: (res) => setHeaders(res) }));
      }
    },
  };
}

function setHeaders(res) {
  for (const [name, value] of Object.entries(HEADERS)) res.setHeader(name, value);
}

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const dir = path.resolve(ROOT, options.dir);
  let server;
  try {
    server = await preview({
      configFile: false,
      envDir: false,
      // Vite serves build.outDir of root; it warns when outDir is root itself, so root is its parent.
      root: path.dirname(dir),
      publicDir: false,
      logLevel: "warn",
      clearScreen: false,
      appType: "mpa",
      build: { outDir: path.basename(dir) },
      preview: { host: "127.0.0.1", port: options.port, strictPort: true, open: false, cors: false, headers: HEADERS },
      plugins: [projectServer(options)],
    });
  } catch (error) {
    if (/already in use/.test(error?.message ?? "")) {
      console.error(
        `error: port ${options.port} on 127.0.0.1 is already in use (another server still running?); ` +
          "stop it or choose another port with `cargo xtask serve --port N`",
      );
    } else {
      console.error(`error: cannot serve ${path.relative(ROOT, dir) || "."}: ${error?.message ?? error}`);
    }
    process.exit(1);
  }
  const base = `http://127.0.0.1:${server.httpServer.address().port}/`;
  const shown = path.relative(ROOT, dir).split(path.sep).join("/") || ".";
  console.log(`==> serving ${shown}/ at ${base} (Ctrl-C to stop)${options.csp ? "" : " [CSP off]"}`);
  for (const page of options.pages) {
    console.log(`    ${base}${page}${fs.existsSync(path.join(dir, page)) ? "" : "  (not present yet)"}`);
  }
  const stop = async () => {
    await server.close().catch(() => {});
    process.exit(0);
  };
  process.once("SIGINT", stop);
  // Spawned with a pipe as stdin (the bench, the package test): stop when the parent goes, even
  // where Vite does not watch stdin (it does not when CI=true).
  const stdin = fs.fstatSync(0);
  if (stdin.isFIFO() || stdin.isSocket()) process.stdin.on("end", stop).resume();
}

main();
