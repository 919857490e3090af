// Sideloads the add-in into Excel (or stops doing so) with Microsoft's office-addin-debugging,
// fetched on demand by npx, not a devDependency: it brings ~560 packages. Version 6, with
// --ignore-scripts: 6.1.x still pulls (as a peer of office-addin-dev-settings) a toolkit whose native
// keychain module (keytar) fails to build on plain Linux; sideloading does not need it. The tool
// prints its errors but exits 0, so this wrapper reads what it printed and exits 1 when it failed:
// a script must never claim a success it did not have.
//
//   node scripts/sideload.mjs start web --document <workbook URL>   (npm run start:web -- --document …)
//   node scripts/sideload.mjs start desktop                         (npm run start:desktop; Windows/macOS)
//   node scripts/sideload.mjs stop                                   (npm run stop)
/* global console */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const TOOL = "office-addin-debugging@6";
const MANIFEST = "manifest.xml";

/** Lines office-addin-debugging prints when something did not work (it exits 0 all the same). */
export const FAILURE_PATTERNS = [
  /Unable to (start|stop|sideload|install)/i,
  /\bError:/,
  /not (currently )?supported/i,
  /^npm (ERR!|error)/m,
];

/**
 * @param {string} output what the tool printed
 * @param {RegExp[]} [expected] lines that are no failure in this situation
 */
export function failureIn(output, expected = []) {
  const lines = output.split("\n").filter((line) => !expected.some((pattern) => pattern.test(line)));
  return FAILURE_PATTERNS.some((pattern) => pattern.test(lines.join("\n")));
}

const desktopExcel = process.platform === "win32" || process.platform === "darwin";

/**
 * @param {string} message
 * @returns {never}
 */
function fail(message) {
  process.stderr.write(`\n✗ ${message}\n`);
  process.exit(1);
}

/** The dev server port from package.json's config (npm passes it on; read the file when run directly). */
function devServerPort() {
  const fromNpm = process.env.npm_package_config_dev_server_port;
  if (fromNpm) return fromNpm;
  const match = /"dev_server_port"\s*:\s*(\d+)/.exec(readFileSync(join(root, "package.json"), "utf8"));
  return match?.[1] ?? "3000";
}

/**
 * @param {string[]} args
 * @returns {Promise<{ code: number, output: string }>}
 */
function run(args) {
  // Windows runs npx.cmd through a shell, which splits arguments at spaces unless quoted.
  const quoted =
    process.platform === "win32" ? args.map((arg) => (arg.includes(" ") ? `"${arg}"` : arg)) : args;
  return new Promise((resolve) => {
    const child = spawn("npx", ["--yes", "--ignore-scripts", TOOL, ...quoted], {
      cwd: root,
      stdio: ["inherit", "pipe", "pipe"],
      shell: process.platform === "win32",
    });
    let output = "";
    child.stdout.on("data", (/** @type {Buffer} */ data) => {
      output += data.toString();
      process.stdout.write(data);
    });
    child.stderr.on("data", (/** @type {Buffer} */ data) => {
      output += data.toString();
      process.stderr.write(data);
    });
    child.on("error", (error) => {
      resolve({ code: 1, output: `${output}\nError: ${error.message}` });
    });
    child.on("close", (code) => {
      resolve({ code: code ?? 1, output });
    });
  });
}

const [command, platform, ...rest] = process.argv.slice(2);

if (command === "start") {
  if (platform !== "desktop" && platform !== "web") {
    fail("usage: node scripts/sideload.mjs start desktop|web [--document <workbook URL>]");
  }
  if (platform === "desktop" && !desktopExcel) {
    fail(
      `Excel desktop exists only for Windows and macOS, so it cannot be sideloaded on ${process.platform}.\n` +
        "  Use Excel on the web instead: npm run start:web -- --document <URL of a workbook in OneDrive or SharePoint>,\n" +
        "  or run `npm start` and upload manifest.xml in Excel on the web (Home > Add-ins > More add-ins > Upload My Add-in).",
    );
  }
  if (platform === "web" && !rest.includes("--document")) {
    fail(
      "Excel on the web needs the workbook to open the add-in in:\n" +
        "  npm run start:web -- --document <URL of a workbook in OneDrive or SharePoint>",
    );
  }
  // npm 7 and later no longer pass package.json scripts to child processes, so say how to start
  // the dev server instead of relying on npm_package_scripts_dev_server.
  const devServer = ["--dev-server", "npm run dev-server", "--dev-server-port", devServerPort()];
  const { code, output } = await run(["start", MANIFEST, platform, ...devServer, ...rest]);
  if (code !== 0 || failureIn(output))
    fail(`Sideloading into Excel (${platform}) did not succeed: see the messages above.`);
  console.log(`\n✓ KAM Planner is sideloaded into Excel (${platform}). Stop with: npm run stop`);
} else if (command === "stop") {
  const { code, output } = await run([
    "stop",
    MANIFEST,
    ...(platform === undefined ? rest : [platform, ...rest]),
  ]);
  // Without Excel desktop nothing is registered on this machine (Excel on the web keeps a sideloaded
  // add-in with the workbook), so failing to unregister is expected there.
  const expected = desktopExcel ? [] : [/Unable to unregister/i];
  if (code !== 0 || failureIn(output, expected)) fail("Stopping did not succeed: see the messages above.");
  const done = [
    desktopExcel ? "the add-in is unregistered" : null,
    /Stopped dev server/.test(output)
      ? "the dev server it started is ended"
      : "no dev server of its was running",
  ].filter((part) => part !== null);
  console.log(`\n✓ Stopped: ${done.join(", ")}.`);
} else {
  fail("usage: node scripts/sideload.mjs start desktop|web [--document <workbook URL>] | stop");
}
