// Workbench entry: no Office.js, no network beyond this origin. Language from ?lang= or the
// browser, as-of date from ?asOf= (reproducible demos and tests) or today.

import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { isIsoDate, todayIso } from "../domain/dates";
import { languageOfDisplay } from "../domain/language";
import { Workbench } from "./Workbench";

/** Marked when the step list and the sample button are on screen (read by bench/workbench.bench.ts). */
export const FIRST_RENDER_MARK = "kam:workbench-ready";

const container = document.getElementById("container");
if (!container) throw new Error("workbench.html has no element with id 'container'.");

const params = new URLSearchParams(window.location.search);
const lang = params.get("lang");
const asOfParam = params.get("asOf");
const language = lang === "de" || lang === "en" ? lang : languageOfDisplay(navigator.language);
const asOf = asOfParam !== null && isIsoDate(asOfParam) ? asOfParam : todayIso(new Date());

createRoot(container).render(
  <FluentProvider theme={webLightTheme} style={{ height: "100%" }}>
    <Workbench
      initialLanguage={language}
      asOf={asOf}
      onFirstRender={() => {
        performance.mark(FIRST_RENDER_MARK);
      }}
    />
  </FluentProvider>,
);
