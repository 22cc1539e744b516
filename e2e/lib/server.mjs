// The project's own static server (xtask/serve.mjs, Vite's preview server, which `cargo xtask
// serve` runs), started on a free port. Node runs the script directly, not through `cargo`, so that
// killing the child kills the server.
import { spawn } from "node:child_process";
import path from "node:path";
import { ROOT } from "./paths.mjs";

const SERVE = path.join(ROOT, "xtask", "serve.mjs");

/** Starts `node xtask/serve.mjs --port 0 --quiet` (www/); resolves to {base, csp, stop}. */
export async function startServer({ timeoutMs = 60_000 } = {}) {
  const child = spawn(process.execPath, [SERVE, "--port", "0", "--quiet"], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const base = await new Promise((resolve, reject) => {
    let stdout = "";
    const timer = setTimeout(() => reject(new Error(`server did not start in ${timeoutMs} ms:\n${stdout}${stderr}`)), timeoutMs);
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
      const match = stdout.match(/serving www\/ at (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code} before serving:\n${stdout}${stderr}`));
    });
  });
  // Keep draining stdout so the pipe never fills.
  child.stdout.resume();
  const response = await fetch(new URL("index.html", base));
  const csp = response.headers.get("content-security-policy");
  await response.arrayBuffer();
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  };
  return { base, csp, stop, pid: child.pid };
}
