import type { BrowserContext } from "playwright-core";
import type { StaticServer } from "./support";

export type E2eContext = { context: BrowserContext; baseUrl: string; server: StaticServer };
export type E2eTest = { name: string; run: (ctx: E2eContext) => Promise<void> };
