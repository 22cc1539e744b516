// Which addresses a visitor may be shown: official texts and the state's service portals. The
// hosts of every other address the data names (evidence, non-official addresses) are the
// secondary sources the element's files, its result screen and its print must never carry.
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./paths.mjs";

/** An official site (adilet.zan.kz, egov.kz, *.gov.kz) or a state portal the checklist links to. */
export function allowedHost(host) {
  const official = host === "adilet.zan.kz" || host === "egov.kz" || host.endsWith(".egov.kz") || host.endsWith(".gov.kz");
  const portal = ["enbek.kz", "www.enbek.kz", "migration.enbek.kz", "elicense.kz"].includes(host);
  return official || portal;
}

/** Every secondary source's host named in the data (the evidence and non-official addresses of data/*.toml). */
export function secondaryHosts() {
  const hosts = new Set();
  for (const file of ["rules.toml", "calendar.toml"]) {
    const text = fs.readFileSync(path.join(ROOT, "data", file), "utf8");
    for (const [, url] of text.matchAll(/"(https?:\/\/[^"]+)"/g)) {
      const host = new URL(url).hostname;
      if (!allowedHost(host)) hosts.add(host.replace(/^www\./, ""));
    }
  }
  return [...hosts];
}
