#!/usr/bin/env node
// Entry point of the `kam` command; the compiled CLI lives in lib/ (npm run build).
"use strict";
let main;
try {
  ({ main } = require("../lib/cli/main.js"));
} catch (error) {
  if (error && error.code === "MODULE_NOT_FOUND") {
    process.stderr.write("kam: not built yet - run `npm run build` first\n");
    process.exit(2);
  }
  throw error;
}
// `kam read … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on("error", (error) => {
  if (error && error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`kam: internal error: ${error && error.message ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
