// Builds the e2e-only workbench page with a simulated co-author (pages/coauthor-workbench.tsx) into
// test-output/, with the samples beside it, in webpack's development mode (no minifying: fast).

import { cpSync, existsSync, mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import HtmlWebpackPlugin from "html-webpack-plugin";
import webpack from "webpack";
import { DIST, ROOT } from "./support";

export const COAUTHOR_PAGE_DIR = join(ROOT, "test-output", "e2e-coauthor-page");
export const COAUTHOR_PAGE = "coauthor-workbench.html";

export async function buildCoauthorPage(): Promise<string> {
  rmSync(COAUTHOR_PAGE_DIR, { recursive: true, force: true });
  const compiler = webpack({
    mode: "development",
    devtool: false,
    context: ROOT,
    entry: { coauthor: "./test/e2e/pages/coauthor-workbench.tsx" },
    output: { path: COAUTHOR_PAGE_DIR, filename: "[name].js" },
    resolve: { extensions: [".ts", ".tsx", ".js"], extensionAlias: { ".js": [".ts", ".tsx", ".js"] } },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              compilerOptions: { module: "es2022", moduleResolution: "bundler", sourceMap: false },
            },
          },
        },
      ],
    },
    plugins: [new HtmlWebpackPlugin({ filename: COAUTHOR_PAGE, template: "./src/workbench/workbench.html" })],
    performance: { hints: false },
  });
  await new Promise<void>((done, fail) => {
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) fail(error);
      else if (stats?.hasErrors()) fail(new Error(stats.toString({ all: false, errors: true })));
      else done();
    });
  });
  // "Load sample" fetches the samples from the page's own origin.
  const samples = join(DIST, "assets", "samples");
  const source = existsSync(samples) ? samples : join(ROOT, "assets", "samples");
  mkdirSync(join(COAUTHOR_PAGE_DIR, "assets"), { recursive: true });
  cpSync(source, join(COAUTHOR_PAGE_DIR, "assets", "samples"), { recursive: true });
  return COAUTHOR_PAGE_DIR;
}
