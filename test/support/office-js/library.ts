// Microsoft's Office.js files from @microsoft/office-js (dist/), compiled once per test process.
// The CDN path taskpane.html uses (https://appsforoffice.microsoft.com/lib/1/hosted/) maps onto dist/.

import { readFileSync } from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";

export const CDN_BASE = "https://appsforoffice.microsoft.com/lib/1/hosted/";

/** The debug build: readable stack traces; same code as the minified office.js. */
export const LOADER = "office.debug.js";

const dist = path.join(path.dirname(require.resolve("@microsoft/office-js/package.json")), "dist");
const scripts = new Map<string, vm.Script>();

/** dist/ file for a URL under the CDN base, or null. */
export function distFile(url: string): string | null {
  if (!url.toLowerCase().startsWith(CDN_BASE)) return null;
  const file = path.normalize(path.join(dist, url.slice(CDN_BASE.length)));
  return file.startsWith(dist) ? file : null;
}

/** The compiled script of a dist file (reused across vm contexts: each boot only runs it). */
export function compiledScript(file: string): vm.Script {
  let script = scripts.get(file);
  if (!script) {
    script = new vm.Script(readFileSync(file, "utf8"), { filename: path.relative(dist, file) });
    scripts.set(file, script);
  }
  return script;
}

/** The version in @microsoft/office-js/package.json, for reports. */
export function libraryVersion(): string {
  const pkg = JSON.parse(readFileSync(require.resolve("@microsoft/office-js/package.json"), "utf8")) as {
    version?: string;
  };
  return pkg.version ?? "unknown";
}
