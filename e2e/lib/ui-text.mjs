// The interface words the checks compare against, read from src/web/ui_text.rs (the one place they
// are written), so a reworded translation does not break the suite while a wrong verdict does.
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./paths.mjs";

const SOURCE = path.join(ROOT, "src", "web", "ui_text.rs");
const ORDER = { en: 0, ru: 1, kk: 2 };
let catalogue = null;
let months = null;

function load() {
  if (catalogue) return;
  const text = fs.readFileSync(SOURCE, "utf8");
  catalogue = new Map();
  for (const match of text.matchAll(/^\s*U::(\w+)\s*=>\s*(\[.*\]),\s*$/gm)) {
    try {
      catalogue.set(match[1], JSON.parse(match[2]));
    } catch {
      // Entries that are not three plain string literals are not used here.
    }
  }
  months = ["EN", "RU", "KK"].map((lang) => {
    const line = text.match(new RegExp(`const MONTHS_${lang}: \\[&str; 12\\] = (\\[.*\\]);`));
    if (!line) throw new Error(`MONTHS_${lang} not found in ${SOURCE}`);
    return JSON.parse(line[1]);
  });
}

/** The interface text `key` (a `Ui` variant) in `lang`. */
export function ui(key, lang) {
  load();
  const entry = catalogue.get(key);
  if (!entry) throw new Error(`Ui::${key} not found in ${SOURCE}`);
  return entry[ORDER[lang]];
}

/** `ui` with {0}, {1}… filled in. */
export function uiFill(key, lang, ...values) {
  return values.reduce((text, value, i) => text.replaceAll(`{${i}}`, String(value)), ui(key, lang));
}

/** A date as the widget writes it (ui_text::date): "2 April 2026", "2 апреля 2026 г.", "2026 ж. 2 сәуір". */
export function formatDate(iso, lang) {
  load();
  const [year, month, day] = iso.split("-").map(Number);
  const name = months[ORDER[lang]][month - 1];
  if (lang === "en") return `${day} ${name} ${year}`;
  if (lang === "ru") return `${day} ${name} ${year} г.`;
  return `${year} ж. ${day} ${name}`;
}
