// kz-work-permit's JavaScript API, loaded as a firm's own script would: the wasm-bindgen glue and
// its init(). Exposes the exports and the wasm instance (for its memory) to the bench.
import init, * as api from "/pkg/kz_work_permit.js";

const wasm = await init({ module_or_path: new URL("/pkg/kz_work_permit_bg.wasm", location.href) });
const ready = performance.now();
api.addWorkingDays("2026-03-20", 6); // the first call builds the calendar table
const bench = (window.__benchApi ??= {});
Object.assign(bench, { ours: api, oursWasm: wasm, oursReady: ready, oursFirstCall: performance.now() });
