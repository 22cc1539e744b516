// The project's own static server (`xtask serve`), started on a free port. The built xtask binary
// is spawned directly, not through `cargo`, so that killing the child kills the server.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./paths.mjs";

const XTASK = path.join(ROOT, "target", "debug", process.platform === "win32" ? "xtask.exe" : "xtask");

/** Starts `xtask serve --no-build --port 0 --quiet`; resolves to {base, csp, stop}. */
export async function startServer({ timeoutMs = 60_000 } = {}) {
  if (!fs.existsSync(XTASK)) {
    const built = spawnSync("cargo", ["build", "-p", "xtask", "--quiet"], { cwd: ROOT, stdio: "inherit" });
    if (built.status !== 0) throw new Error("cargo build -p xtask failed");
  }
  const child = spawn(XTASK, ["serve", "--no-build", "--port", "0", "--quiet"], {
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
