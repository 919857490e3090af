// Boots Microsoft's Office.js the way an Excel-on-the-web task pane page does, in a Node vm context:
// the page loads office.debug.js (the loader); the loader reads `_host_Info` from the URL, loads the
// host script (excel-web-16.00.debug.js) and the locale strings by adding <script> elements, and asks
// the host for its app context over XDM (ContextActivationManager_getAppContextAsync); Office.onReady
// then resolves with host "Excel" and platform "OfficeOnline", and Office.context answers display
// language, diagnostics and requirement sets from that app context.
//
// Emulated here, nothing else: a minimal window and document (script elements run the dist/ file of
// their CDN URL), and the host's side of XDM — the client endpoint answers the app-context call and
// keeps event registrations (richApiMessage carries custom-function invocations). The transport of
// every context.sync() is `OSF.DDA.RichApi.executeRichApiRequestAsync`, installed before Office.js
// would install its own (it keeps an existing one), and answered by the `richApi` function given.

import { readFileSync } from "node:fs";
import * as vm from "node:vm";
import { NotModelledError } from "../fake-excel/errors";
import { CDN_BASE, compiledScript, distFile, LOADER } from "./library";
import type { AsyncResult } from "./rich-api";

export type RichApiTransport = (
  safeArray: readonly unknown[],
  callback: (result: AsyncResult) => void,
) => void;

export type OfficeBootOptions = {
  /** Office's UI language, e.g. "de-DE"; also the locale strings Office.js loads. */
  displayLanguage: string;
  /** Requirement sets the host reports, e.g. { ExcelApi: "1.17" }. */
  requirementSets: Readonly<Record<string, string>>;
  /** Shared runtime with custom functions (the flags Excel passes in _host_Info). */
  customFunctions: boolean;
  richApi: RichApiTransport;
  /** Files run as page scripts right after office.js, in order (taskpane.html: functions.js). */
  pageScripts?: readonly string[];
};

/** The Office.js globals of one booted page. */
export type OfficePage = {
  /** The page's global object (window). */
  readonly window: Record<string, unknown>;
  readonly Office: unknown;
  readonly Excel: unknown;
  readonly OfficeExtension: unknown;
  /** What Office.onReady resolved with. */
  readonly ready: { host: string | null; platform: string | null };
  /** Host → add-in: fires the richApiMessage event (custom-function invocations) with these entries. */
  sendRichApiMessage(entries: readonly unknown[][]): void;
  /** XDM calls the add-in made to the host, by method name (for tests of the start-up). */
  readonly hostCalls: readonly string[];
};

const HOST_SCRIPT_ORIGIN = "https://excel.officeapps.live.com";
const PAGE_URL = "https://localhost:3000/taskpane.html";

type Callback = (...args: unknown[]) => unknown;

function isCallback(value: unknown): value is Callback {
  return typeof value === "function";
}

/** The host's flags in _host_Info (OSF.HostInfoFlags): SharedApp 1, CustomFunction 2. */
function hostInfo(options: OfficeBootOptions): string {
  const flags = options.customFunctions ? 3 : 0;
  return `Excel$Web$16.01$${options.displayLanguage}$$$$${flags}`;
}

/** The requirement matrix as Excel sends it: lower-case set names, versions as strings ("1.10" ≠ 1.1). */
function requirementMatrix(sets: Readonly<Record<string, string>>): string {
  return JSON.stringify(Object.fromEntries(Object.entries(sets).map(([name, v]) => [name.toLowerCase(), v])));
}

/** ContextActivationManager_getAppContextAsync's answer, in the shape Office.js reads (OSF.InitializationHelper.getAppContext). */
function appContext(options: OfficeBootOptions): Record<string, unknown> {
  return {
    _id: "kam-planner",
    _appName: 16, // OSF.AppName.ExcelWebApp
    _appVersion: "16.0",
    _appUILocale: options.displayLanguage,
    _dataLocale: options.displayLanguage,
    _docUrl: `${HOST_SCRIPT_ORIGIN}/Kundenportfolio.xlsx`,
    _clientMode: 1, // read-write
    _settings: [],
    _reason: 1, // inserted
    _osfControlType: 1,
    _eToken: "",
    _correlationId: "00000000-0000-0000-0000-000000000000",
    _appInstanceId: "kam-planner-instance",
    _appMinorVersion: 1,
    _requirementMatrix: requirementMatrix(options.requirementSets),
    _hostFullVersion: "16.0.17000.10000",
    _initialDisplayMode: 2, // task pane
  };
}

export function bootOffice(options: OfficeBootOptions): Promise<OfficePage> {
  const hostCalls: string[] = [];
  const events = new Map<string, Callback>();
  const query = `?_host_Info=${hostInfo(options)}`;
  const timers = { setTimeout, clearTimeout, setInterval, clearInterval };
  const win: Record<string, unknown> = {
    // The outer realm's built-ins: values and errors crossing into the tests compare as usual.
    Promise,
    JSON,
    Error,
    TypeError,
    ...timers,
    console,
    navigator: { userAgent: "Mozilla/5.0 (Node.js) KAM Planner tests", language: options.displayLanguage },
    location: {
      href: `${PAGE_URL}${query}`,
      search: query,
      hash: "",
      protocol: "https:",
      host: "localhost:3000",
      hostname: "localhost",
      origin: "https://localhost:3000",
      pathname: "/taskpane.html",
    },
    name: JSON.stringify({
      baseFrameName: "kam-planner",
      hostInfo: hostInfo(options),
      xdmInfo: `conversation|kam-planner|${HOST_SCRIPT_ORIGIN}`,
      serializerVersion: 1,
    }),
    history: { replaceState: null, pushState: null },
    external: {},
    performance: { now: () => performance.now() },
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  };
  win.window = win;
  win.self = win;
  win.top = win;
  win.parent = {
    postMessage: () => {
      throw new NotModelledError("the emulated host answers XDM calls directly, not through postMessage");
    },
  };

  const context = vm.createContext(win);
  const run = (file: string): void => {
    compiledScript(file).runInContext(context);
  };
  const pageScripts: { src: string; getAttribute: (name: string) => string | null }[] = [
    { src: `${CDN_BASE}${LOADER}`, getAttribute: () => null },
  ];
  const head = {
    appendChild(element: Record<string, unknown>): void {
      if (element.tagName !== "script" || typeof element.src !== "string") return;
      const file = distFile(element.src);
      // Asynchronous, like a browser loading a script.
      setTimeout(() => {
        const onload = element.onload;
        const onerror = element.onerror;
        if (!file) {
          if (isCallback(onerror)) onerror();
          return;
        }
        run(file);
        if (file.includes("excel-web-16.00")) installHost();
        if (isCallback(onload)) onload();
      }, 0);
    },
  };
  win.document = {
    readyState: "complete",
    URL: `${PAGE_URL}${query}`,
    head,
    documentElement: {},
    getElementsByTagName: (tag: string) => (tag === "script" ? pageScripts : tag === "head" ? [head] : []),
    createElement: (tag: string) => {
      const element: Record<string, unknown> = { tagName: tag, style: {} };
      element.setAttribute = (name: string, value: unknown) => {
        element[name] = value;
      };
      element.getAttribute = (name: string) => element[name] ?? null;
      element.appendChild = () => undefined;
      return element;
    },
    querySelectorAll: () => [],
    hasFocus: () => false,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
  };

  function global(name: string): Record<string, unknown> {
    const value = win[name];
    if (typeof value !== "object" || value === null) throw new Error(`Office.js did not define ${name}`);
    return value as Record<string, unknown>;
  }

  function member(owner: Record<string, unknown>, ...names: string[]): Record<string, unknown> {
    let current = owner;
    for (const name of names) {
      const next = current[name];
      if ((typeof next !== "object" && typeof next !== "function") || next === null)
        throw new Error(`Office.js has no ${names.join(".")}`);
      current = next as Record<string, unknown>;
    }
    return current;
  }

  /** The host's XDM endpoints and the RichApi transport, in place before Office.js asks for them. */
  function installHost(): void {
    const xdm = member(global("Microsoft"), "Office", "Common", "XdmCommunicationManager");
    const clientEndPoint = {
      invoke(method: string, callback: unknown, params: unknown): void {
        hostCalls.push(method);
        if (method === "ContextActivationManager_getAppContextAsync") {
          setTimeout(() => {
            if (isCallback(callback)) callback(0, appContext(options));
          }, 0);
          return;
        }
        if (method === "ContextActivationManager_notifyHost") return;
        throw new NotModelledError(
          `the emulated Excel host does not answer ${method}(${JSON.stringify(params)})`,
        );
      },
      registerForEvent(eventName: string, handler: unknown, onComplete: unknown): void {
        hostCalls.push(`registerForEvent:${eventName}`);
        if (isCallback(handler)) events.set(eventName, handler);
        setTimeout(() => {
          if (isCallback(onComplete)) onComplete(0, {});
        }, 0);
      },
      unregisterForEvent(eventName: string, onComplete: unknown): void {
        events.delete(eventName);
        setTimeout(() => {
          if (isCallback(onComplete)) onComplete(0, {});
        }, 0);
      },
    };
    xdm.connect = () => clientEndPoint;
    xdm.createServiceEndPoint = () => ({
      registerConversation: () => undefined,
      registerMethod: () => undefined,
      unregisterMethod: () => undefined,
    });
    const richApi = member(global("OSF"), "DDA");
    richApi.RichApi ??= {};
    const transport: RichApiTransport = (safeArray, callback) => {
      options.richApi(safeArray, callback);
    };
    member(richApi, "RichApi").executeRichApiRequestAsync = transport;
  }

  run(distFile(`${CDN_BASE}${LOADER}`) ?? LOADER);
  for (const file of options.pageScripts ?? []) {
    new vm.Script(readFileSync(file, "utf8"), { filename: file }).runInContext(context);
  }

  const office = global("Office");
  const onReady = office.onReady;
  if (!isCallback(onReady)) throw new Error("Office.js has no Office.onReady");
  return Promise.resolve(
    onReady.call(office) as PromiseLike<{ host: string | null; platform: string | null }>,
  ).then((ready) => ({
    window: win,
    Office: win.Office,
    Excel: win.Excel,
    OfficeExtension: win.OfficeExtension,
    ready: { host: ready.host, platform: ready.platform },
    hostCalls,
    sendRichApiMessage(entries) {
      const handler = [...events.entries()].find(([name]) =>
        name.toLowerCase().includes("richapimessage"),
      )?.[1];
      if (!handler)
        throw new Error("the add-in has not registered for richApiMessage (custom functions not started)");
      handler({ ArrayData: entries });
    },
  }));
}
