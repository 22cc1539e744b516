// One line per check, a summary at the end, and the cleanup that must run however the run ends.
import fs from "node:fs";
import path from "node:path";
import { OUT } from "./paths.mjs";

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

export class Reporter {
  constructor() {
    this.rows = [];
    this.notes = [];
    this.started = Date.now();
  }

  /** Runs one check; a thrown error or a timeout fails it. Never throws. */
  async check(name, about, fn, { timeoutMs = 120_000 } = {}) {
    const start = Date.now();
    let timer;
    try {
      await Promise.race([
        fn(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`timed out after ${seconds(timeoutMs)}`)), timeoutMs);
        }),
      ]);
      this.rows.push({ name, ok: true });
      console.log(`  ok    ${name.padEnd(44)} ${about} (${seconds(Date.now() - start)})`);
      return true;
    } catch (error) {
      const message = String(error?.message ?? error).replace(/\n+/g, "\n          ");
      this.rows.push({ name, ok: false, message });
      console.log(`  FAIL  ${name.padEnd(44)} ${about} (${seconds(Date.now() - start)})\n          ${message}`);
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  note(text) {
    this.notes.push(text);
    console.log(`  note  ${text}`);
  }

  summary() {
    const failed = this.rows.filter((r) => !r.ok);
    const passed = this.rows.length - failed.length;
    console.log(`\n==> end-to-end summary (${seconds(Date.now() - this.started)}; screenshots and reports in ${path.relative(process.cwd(), OUT) || OUT})`);
    for (const row of failed) console.log(`    FAIL  ${row.name}: ${row.message.split("\n")[0]}`);
    for (const note of this.notes) console.log(`    note  ${note}`);
    console.log(`${passed} passed, ${failed.length} failed`);
    fs.mkdirSync(OUT, { recursive: true });
    fs.writeFileSync(path.join(OUT, "summary.json"), JSON.stringify({ rows: this.rows, notes: this.notes, ms: Date.now() - this.started }, null, 2));
    return failed.length === 0;
  }
}

/** Runs `fn` over `items`, at most `limit` at a time. */
export async function pool(items, limit, fn) {
  const queue = [...items];
  const workers = Array.from({ length: Math.min(limit, queue.length) }, async () => {
    while (queue.length) await fn(queue.shift());
  });
  await Promise.all(workers);
}

const cleanups = new Set();

/** Registers a synchronous cleanup (killing a process) run on exit, however the run ends. */
export function onExit(fn) {
  cleanups.add(fn);
  return () => cleanups.delete(fn);
}

export function runCleanups() {
  for (const fn of [...cleanups]) {
    try {
      fn();
    } catch {
      // Already gone.
    }
    cleanups.delete(fn);
  }
}

/** Kills a process by its id, quietly if it is gone. */
export function killPid(pid) {
  if (!pid) return;
  try {
    process.kill(pid, "SIGKILL");
  } catch {
    // Already gone.
  }
}
