// Microsoft's own manifest reader (office-addin-manifest, offline) must understand manifest.xml the
// way the add-in means it; the online validator is `npm run validate`. It runs in a child Node
// process because one of its dependencies is an ES module that Jest's CommonJS loader cannot load.

import { execFileSync } from "node:child_process";
import { join } from "node:path";

const root = join(__dirname, "..", "..");

function readWithOfficeTooling(): unknown {
  const script = `require("office-addin-manifest").OfficeAddinManifest.readManifestFile("manifest.xml")
    .then((info) => process.stdout.write(JSON.stringify(info)), (error) => { console.error(error); process.exit(1); });`;
  return JSON.parse(execFileSync(process.execPath, ["-e", script], { cwd: root, encoding: "utf8" }));
}

it("office-addin-manifest reads manifest.xml as the KAM Planner Excel task pane add-in", () => {
  expect(readWithOfficeTooling()).toMatchObject({
    id: expect.stringMatching(/^[0-9a-f-]{36}$/),
    officeAppType: "TaskPaneApp",
    displayName: "KAM Planner",
    defaultLocale: "en-US",
    hosts: ["Workbook"],
    permissions: "ReadWriteDocument",
    iconUrl: "https://localhost:3000/assets/icon-32.png",
    highResolutionIconUrl: "https://localhost:3000/assets/icon-64.png",
    defaultSettings: { sourceLocation: "https://localhost:3000/taskpane.html" },
  });
});
