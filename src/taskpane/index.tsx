// Task pane entry, in the order of Microsoft's React template: wait for Office.js, then mount the
// pane (src/taskpane/boot.tsx) with the real Excel and Office globals.

import { mountTaskPane } from "./boot";

const container = document.getElementById("container");
if (!container) throw new Error("taskpane.html has no element with id 'container'.");
const target = container;

void Office.onReady((info) => {
  mountTaskPane(target, { excel: Excel, office: Office, inExcel: info.host === Office.HostType.Excel });
});
