// Where things are: the repository, the served folder, the built package, the report folder.
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const WWW = path.join(ROOT, "www");
export const PKG = path.join(WWW, "pkg");
export const FIXTURES = path.join(ROOT, "e2e", "fixtures");
export const OUT = path.join(ROOT, "target", "e2e");
export const CHROMIUM = process.env.CHROME_PATH || "/usr/bin/chromium";
