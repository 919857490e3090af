// The workbench with a simulated co-author, for the e2e run only (built by coauthor-page.ts into
// test-output, never into dist/): the page users get has no way to apply someone else's edit.
// `window.kamCoauthor.edit(sheet, address, value)` changes a cell of the open workbook as another
// user would — the pane's next read sees it and its watch hears of it.

import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { Workbench } from "../../../src/workbench/Workbench";
import { withCoauthor } from "../../support/coauthor-port";

const container = document.getElementById("container");
if (!container) throw new Error("the page has no element with id 'container'.");
const params = new URLSearchParams(window.location.search);

createRoot(container).render(
  <FluentProvider theme={webLightTheme} style={{ height: "100%" }}>
    <Workbench
      initialLanguage={params.get("lang") === "en" ? "en" : "de"}
      asOf={params.get("asOf") ?? "2026-12-01"}
      decoratePort={(port) => {
        const coauthor = withCoauthor(port);
        Reflect.set(window, "kamCoauthor", { edit: coauthor.edit, watched: coauthor.watched });
        return coauthor.port;
      }}
    />
  </FluentProvider>,
);
