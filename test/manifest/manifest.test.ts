/**
 * @jest-environment jsdom
 */
// manifest.xml as Office reads it: element order (a wrong order makes it invalid), resource ids,
// the shared runtime wiring, the ribbon button, icons that exist at the size they claim, https only.
// jsdom supplies a namespace-aware DOMParser; `npm run validate` asks Microsoft's validator online.

import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "..", "..");
const DEV_BASE = "https://localhost:3000/";
const XSI = "http://www.w3.org/2001/XMLSchema-instance";
const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";

const doc = new DOMParser().parseFromString(
  readFileSync(join(root, "manifest.xml"), "utf8"),
  "application/xml",
);
const officeApp = doc.documentElement;
// jsdom answers malformed XML with a <parsererror> document: say so instead of failing later.
if (officeApp.localName === "parsererror") {
  throw new Error(`manifest.xml is not well-formed XML: ${officeApp.textContent}`);
}

const kids = (element: Element): Element[] => Array.from(element.children);
const names = (element: Element): string[] => kids(element).map((e) => e.localName);

function child(element: Element, name: string): Element {
  const found = kids(element).filter((e) => e.localName === name);
  if (found.length !== 1)
    throw new Error(`expected one <${name}> in <${element.localName}>, found ${String(found.length)}`);
  return found[0]!;
}

function path(element: Element, ...steps: string[]): Element {
  return steps.reduce(child, element);
}

const all = (name: string): Element[] => Array.from(doc.getElementsByTagNameNS("*", name));
const xsiType = (element: Element): string | null => element.getAttributeNS(XSI, "type");
const attr = (element: Element, name: string): string => element.getAttribute(name) ?? "";

/** True when `actual` lists names in the order `order` gives them (each at most once). */
function inOrder(actual: readonly string[], order: readonly string[]): boolean {
  const positions = actual.map((name) => order.indexOf(name));
  return positions.every((p, i) => p >= 0 && (i === 0 || p > (positions[i - 1] ?? -1)));
}

const versionOverrides = child(officeApp, "VersionOverrides");
const host = path(versionOverrides, "Hosts", "Host");
const resources = child(versionOverrides, "Resources");

/** Resource id → [kind, element], kind being Images, Urls, ShortStrings or LongStrings. */
const defined = new Map<string, [string, Element]>(
  kids(resources).flatMap((group) =>
    kids(group).map((e): [string, [string, Element]] => [attr(e, "id"), [group.localName, e]]),
  ),
);
const resource = (id: string): string => attr(defined.get(id)?.[1] ?? officeApp, "DefaultValue");

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** The file in the repository that a dev URL serves (assets are copied to dist/ as they are). */
const fileFor = (url: string): string => join(root, url.slice(DEV_BASE.length));

describe("manifest.xml", () => {
  it("is well-formed XML: an Excel task pane add-in with a GUID and a four-part version", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(officeApp.localName).toBe("OfficeApp");
    expect(xsiType(officeApp)).toBe("TaskPaneApp");
    expect(child(officeApp, "Id").textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(child(officeApp, "Version").textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(attr(path(officeApp, "Hosts", "Host"), "Name")).toBe("Workbook");
  });

  it("keeps the XSD's element order at the top level", () => {
    const order = [
      "Id",
      "AlternateId",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ];
    expect(inOrder(names(officeApp), order)).toBe(true);
  });

  it("requires SharedRuntime 1.1 and may read and write the document", () => {
    const sets = path(officeApp, "Requirements", "Sets");
    expect(attr(sets, "DefaultMinVersion")).toBe("1.1");
    expect(kids(sets).map((s) => [attr(s, "Name"), attr(s, "MinVersion")])).toEqual([
      ["SharedRuntime", "1.1"],
    ]);
    expect(child(officeApp, "Permissions").textContent).toBe("ReadWriteDocument");
  });

  it("orders VersionOverrides, Host and Resources as the XSD does, Runtimes right after <Host>", () => {
    expect(names(versionOverrides)).toEqual(["Hosts", "Resources"]);
    expect(xsiType(host)).toBe("Workbook");
    expect(names(host)).toEqual(["Runtimes", "AllFormFactors", "DesktopFormFactor"]);
    expect(names(resources)).toEqual(["Images", "Urls", "ShortStrings", "LongStrings"]);
  });

  it("runs everything in one long-lived runtime on Taskpane.Url", () => {
    const runtimes = kids(child(host, "Runtimes"));
    expect(runtimes.map((r) => [r.localName, attr(r, "resid"), attr(r, "lifetime")])).toEqual([
      ["Runtime", "Taskpane.Url", "long"],
    ]);
    expect(resource("Taskpane.Url")).toBe(`${DEV_BASE}taskpane.html`);
    expect(attr(path(officeApp, "DefaultSettings", "SourceLocation"), "DefaultValue")).toBe(
      resource("Taskpane.Url"),
    );
  });

  it("declares the custom functions (Script, Page, Metadata, Namespace in order) in namespace KAM", () => {
    const point = path(host, "AllFormFactors", "ExtensionPoint");
    expect(xsiType(point)).toBe("CustomFunctions");
    expect(names(point)).toEqual(["Script", "Page", "Metadata", "Namespace"]);
    const source = (name: string) => attr(path(point, name, "SourceLocation"), "resid");
    expect(source("Script")).toBe("Functions.Script.Url");
    expect(source("Page")).toBe("Taskpane.Url");
    expect(source("Metadata")).toBe("Functions.Metadata.Url");
    // The names webpack gives the functions bundle and the generated metadata.
    expect(resource("Functions.Script.Url")).toBe(`${DEV_BASE}functions.js`);
    expect(resource("Functions.Metadata.Url")).toBe(`${DEV_BASE}functions.json`);
    const namespace = attr(child(point, "Namespace"), "resid");
    expect(defined.get(namespace)?.[0]).toBe("ShortStrings");
    expect(resource(namespace)).toBe("KAM");
  });

  it("puts an 'Open KAM Planner' button in a 'KAM Planner' group on the Home tab", () => {
    const desktop = child(host, "DesktopFormFactor");
    expect(names(desktop)).toEqual(["ExtensionPoint"]);
    const surface = child(desktop, "ExtensionPoint");
    expect(xsiType(surface)).toBe("PrimaryCommandSurface");
    const tab = child(surface, "OfficeTab");
    expect(attr(tab, "id")).toBe("TabHome");
    const group = child(tab, "Group");
    expect(names(group)).toEqual(["Label", "Icon", "Control"]);
    expect(resource(attr(child(group, "Label"), "resid"))).toBe("KAM Planner");
    const button = child(group, "Control");
    expect(xsiType(button)).toBe("Button");
    expect(names(button)).toEqual(["Label", "Supertip", "Icon", "Action"]);
    expect(resource(attr(child(button, "Label"), "resid"))).toBe("Open KAM Planner");
    const action = child(button, "Action");
    expect(xsiType(action)).toBe("ShowTaskpane");
    expect(names(action)).toEqual(["TaskpaneId", "SourceLocation"]);
    expect(attr(child(action, "SourceLocation"), "resid")).toBe("Taskpane.Url");
    for (const icon of [child(group, "Icon"), child(button, "Icon")]) {
      expect(kids(icon).map((i) => attr(i, "size"))).toEqual(["16", "32", "80"]);
    }
  });

  it("defines every resid it references, in the right kind of resource, and uses every one it defines", () => {
    const expectedKind: Record<string, string> = {
      Image: "Images",
      SourceLocation: "Urls",
      Runtime: "Urls",
      Label: "ShortStrings",
      Title: "ShortStrings",
      Namespace: "ShortStrings",
      Description: "LongStrings",
    };
    const references = Array.from(host.querySelectorAll("[resid]"));
    expect(references.length).toBeGreaterThan(10);
    for (const element of references) {
      const id = attr(element, "resid");
      expect([element.localName, id, defined.get(id)?.[0]]).toEqual([
        element.localName,
        id,
        expectedKind[element.localName],
      ]);
    }
    const used = new Set(references.map((e) => attr(e, "resid")));
    expect([...defined.keys()].filter((id) => !used.has(id))).toEqual([]);
    // Exactly one Taskpane.Url: the shared runtime only loads when every page reference is the same.
    expect(all("Url").filter((u) => attr(u, "id") === "Taskpane.Url")).toHaveLength(1);
  });

  it("uses https for every URL", () => {
    const urls = Array.from(doc.querySelectorAll("[DefaultValue], [Value]"))
      .flatMap((e) => [attr(e, "DefaultValue"), attr(e, "Value")])
      .filter((v) => /^[a-z]+:\/\//i.test(v));
    expect(urls.length).toBeGreaterThan(5);
    expect(urls.filter((u) => !u.startsWith("https://"))).toEqual([]);
  });

  it("points every icon at a PNG in assets/ of the size it is used at", () => {
    const uses: [string, number][] = [
      [attr(child(officeApp, "IconUrl"), "DefaultValue"), 32],
      [attr(child(officeApp, "HighResolutionIconUrl"), "DefaultValue"), 64],
      ...Array.from(host.getElementsByTagNameNS(BT, "Image")).map((i): [string, number] => [
        resource(attr(i, "resid")),
        Number(attr(i, "size")),
      ]),
    ];
    for (const [url, size] of uses) {
      expect(url.startsWith(`${DEV_BASE}assets/`)).toBe(true);
      const file = fileFor(url);
      expect(existsSync(file)).toBe(true);
      expect([url, pngSize(file)]).toEqual([url, { width: size, height: size }]);
    }
  });

  it("speaks German as well as English", () => {
    const german = (element: Element) =>
      kids(element).find((o) => o.localName === "Override" && attr(o, "Locale") === "de-DE");
    expect(child(officeApp, "DefaultLocale").textContent).toBe("en-US");
    for (const element of [child(officeApp, "DisplayName"), child(officeApp, "Description")]) {
      expect(attr(german(element) ?? element, "Value")).not.toBe("");
    }
    for (const id of ["Group.Label", "OpenButton.Label", "OpenButton.Tooltip"]) {
      const override = german(defined.get(id)![1]);
      expect([id, override?.namespaceURI]).toEqual([id, BT]);
      expect(attr(override!, "Value")).not.toBe(resource(id));
    }
  });
});
