// Runs after the peer bundle (module scripts run in order): marks it ready and makes its first call.
const ready = performance.now();
globalThis.kzPeer.addWorkingDays("2026-03-20", 6);
const bench = (window.__benchApi ??= {});
Object.assign(bench, { peer: globalThis.kzPeer, peerReady: ready, peerFirstCall: performance.now() });
