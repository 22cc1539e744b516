// The packed npm tarball, installed offline into a scratch project and used two ways: from Node 20
// (`assess` on a sample input) and through a bundler (a Vite build of a page that embeds the
// element, loaded in Chromium). Usage: node tests/package/run.mjs <tarball>
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync, readFileSync, existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = fileURLToPath(new URL("../../", import.meta.url));
const tarball = resolve(process.argv[2] ?? "");
if (!existsSync(tarball)) {
  console.error(`usage: node tests/package/run.mjs <tarball>; not found: ${tarball}`);
  process.exit(2);
}
const scratch = join(root, "target/package/scratch");
rmSync(scratch, { recursive: true, force: true });
mkdirSync(scratch, { recursive: true });
const run = (cmd, args) => execFileSync(cmd, args, { cwd: scratch, stdio: ["ignore", "pipe", "inherit"] }).toString();

let failures = 0;
function check(name, ok, detail = "") {
  console.log(`${ok ? "ok  " : "FAIL"} ${name}${detail ? `: ${detail}` : ""}`);
  if (!ok) failures++;
}

writeFileSync(join(scratch, "package.json"), JSON.stringify({ name: "scratch", private: true, type: "module" }));
// --offline: the tarball alone must be enough (it has no dependencies).
run("npm", ["install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts", tarball]);
const manifest = JSON.parse(readFileSync(join(scratch, "node_modules/kz-work-permit/package.json"), "utf8"));
check("installed offline from the tarball", manifest.name === "kz-work-permit", manifest.version);
for (const file of ["kz_work_permit.js", "kz_work_permit_bg.wasm", "kz_work_permit.d.ts", "kz-work-permit.js", "kz-work-permit.d.ts", "README.md", "LICENSE"]) {
  check(`the package has ${file}`, existsSync(join(scratch, "node_modules/kz-work-permit", file)));
}

// 1. Node.
const sample = readFileSync(join(root, "docs/example-input.json"), "utf8");
writeFileSync(join(scratch, "node-check.mjs"), `
import { readFileSync } from "node:fs";
import { initSync, assess, addWorkingDays } from "kz-work-permit";
initSync({ module: readFileSync(new URL(import.meta.resolve("kz-work-permit/kz_work_permit_bg.wasm"))) });
const result = assess(${sample});
console.log(JSON.stringify({ permitNeeded: result.permitNeeded, review: result.deadlines.find((d) => d.id === "reviewDue").date, add: addWorkingDays("2026-03-20", 6) }));
`);
const fromNode = JSON.parse(run("node", ["node-check.mjs"]));
check("Node: assess on a sample input", fromNode.permitNeeded === true && fromNode.review === "2026-04-02" && fromNode.add === "2026-04-02", JSON.stringify(fromNode));

// 2. Vite.
writeFileSync(join(scratch, "index.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Firm page</title>
<script type="module" src="./main.js"></script></head><body><main><h1>Our firm</h1><kz-work-permit lang="en" as-of="2026-11-25" no-url-state></kz-work-permit></main></body></html>`);
writeFileSync(join(scratch, "main.js"), `import "kz-work-permit/element";\n`);
execFileSync(process.execPath, [join(root, "node_modules/vite/bin/vite.js"), "build", "--logLevel", "warn"], { cwd: scratch, stdio: "inherit" });
const dist = join(scratch, "dist");
check("Vite build wrote dist/index.html", existsSync(join(dist, "index.html")));

// The project's one server (xtask/serve.mjs, Vite's preview) on the Vite build; without the demo's
// CSP, as a firm's page may have none.
const server = spawn(process.execPath, [join(root, "xtask/serve.mjs"), "--dir", dist, "--port", "0", "--quiet", "--no-csp"], { stdio: ["pipe", "pipe", "inherit"] });
const origin = await new Promise((ok, fail) => {
  let out = "";
  server.stdout.on("data", (chunk) => {
    out += chunk;
    const match = out.match(/serving \S+ at (http:\/\/127\.0\.0\.1:\d+)\//);
    if (match) ok(match[1]);
  });
  server.on("exit", (code) => fail(new Error(`the server exited (${code}) before serving: ${out}`)));
});
server.stdout.resume();
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"] });
try {
  const page = await browser.newPage();
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  const foreign = [];
  await page.route("**/*", (route) => (route.request().url().startsWith(origin) ? route.continue() : (foreign.push(route.request().url()), route.abort())));
  await page.goto(`${origin}/index.html`);
  const heading = await page.locator("kz-work-permit .kzwp-heading").textContent({ timeout: 15000 });
  check("Chromium: the bundled element renders its first question", heading === "About the employer", heading);
  check("Chromium: no console errors", errors.length === 0, errors.join(" | "));
  check("Chromium: no request leaves the page's origin", foreign.length === 0, foreign.join(", "));
} finally {
  await browser.close();
  server.kill("SIGTERM");
}
if (failures) {
  console.error(`${failures} package check(s) failed`);
  process.exit(1);
}
console.log("package: all checks passed");
