// The interface words the checks compare against, read from data/words/{en,ru,kk}.toml (the one
// place they are written), so a reworded translation does not break the suite while a wrong
// verdict does.
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./paths.mjs";

const SOURCE = path.join(ROOT, "data", "words");
const words = {};

/**
 * The `[ui]` and `[lists]` tables of a language's file. Read line by line rather than with a TOML
 * library (none is among the npm packages): the lines used here are `key = "text"` and
 * `key = ["…", …]` (over one or more lines), whose right-hand sides are valid JSON; plural tables (`{ one = … }`) are not
 * used by the checks and are skipped.
 */
function load(lang) {
  if (words[lang]) return words[lang];
  const file = path.join(SOURCE, `${lang}.toml`);
  const tables = {};
  let table = null;
  let pending = "";
  for (const raw of fs.readFileSync(file, "utf8").split("\n")) {
    // A list may span lines: join them until its closing bracket.
    const line = pending ? `${pending} ${raw.trim()}` : raw;
    pending = /^\w+\s*=\s*\[/.test(line) && !line.trimEnd().endsWith("]") ? line : "";
    if (pending) continue;
    const header = line.match(/^\[(\w+)\]\s*$/);
    if (header) {
      table = tables[header[1]] = new Map();
      continue;
    }
    const entry = line.match(/^(\w+)\s*=\s*(".*"|\[.*\])\s*$/);
    if (table && entry) table.set(entry[1], JSON.parse(entry[2]));
  }
  if (!tables.ui || !tables.lists) throw new Error(`${file}: no [ui] or [lists] table`);
  return (words[lang] = tables);
}

/** The interface text `key` (a `Ui` variant, such as "PermitNeeded") in `lang`. */
export function ui(key, lang) {
  const name = key[0].toLowerCase() + key.slice(1);
  const text = load(lang).ui.get(name);
  if (text === undefined) throw new Error(`${name} not found in the [ui] table of ${path.join(SOURCE, `${lang}.toml`)}`);
  return text;
}

/** `ui` with its named placeholders filled in: uiFill("MaxForeigners", "en", { count: 3 }). */
export function uiFill(key, lang, values) {
  return Object.entries(values).reduce((text, [name, value]) => text.replaceAll(`{${name}}`, String(value)), ui(key, lang));
}

/** A list of `[lists]` (weekdays, months, countries) in `lang`. */
export function list(name, lang) {
  return load(lang).lists.get(name);
}

/** A date as the widget writes it (ui_text::date): "2 April 2026", "2 апреля 2026 г.", "2026 ж. 2 сәуір". */
export function formatDate(iso, lang) {
  const [year, month, day] = iso.split("-").map(Number);
  const name = load(lang).lists.get("months")[month - 1];
  if (lang === "en") return `${day} ${name} ${year}`;
  if (lang === "ru") return `${day} ${name} ${year} г.`;
  return `${year} ж. ${day} ${name}`;
}
