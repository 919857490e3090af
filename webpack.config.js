// Builds the Excel add-in into dist/: one page (taskpane.html) that hosts both the task pane and the
// KAM.* custom functions (shared runtime), functions.json generated from the functions' JSDoc, the
// icons and the manifest. Shaped like Microsoft's yo-office React task-pane template merged with
// its shared-runtime custom-functions template.
//
//   npx webpack --mode production        build dist/ for hosting (manifest points at KAM_PROD_URL)
//   npx webpack serve --mode development dev server on https://localhost:3000 (npm start)
//
// KAM_PROD_URL: where dist/ will be hosted, e.g. KAM_PROD_URL=https://kam.example.org/addin/
// (https, trailing slash optional). Production builds write it into dist/manifest.xml in place of
// https://localhost:3000/. Default: a placeholder that must be replaced before deploying.

const path = require("node:path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const packageJson = require("./package.json");

const DEV_URL = "https://localhost:3000/";
const PLACEHOLDER_PROD_URL = "https://kam-planner.example.com/";
const port = Number(
  process.env.npm_package_config_dev_server_port || packageJson.config.dev_server_port || 3000,
);
const dist = path.resolve(__dirname, "dist");

// Entry points. A colleague adds `workbench` (the browser page that uses exceljs) here and to PAGES;
// exceljs must never reach the chunks in OFFICE_CHUNKS (see ForbidModulesPlugin below).
const ENTRIES = {
  functions: "./src/functions/functions.ts",
  taskpane: "./src/taskpane/index.tsx",
  // The browser workbench: the task pane beside a preview of an .xlsx (exceljs, loaded lazily).
  workbench: "./src/workbench/index.tsx",
};
const PAGES = [
  // Shared runtime: the task pane page also loads the functions; functions first, so the KAM.*
  // functions are registered before React starts.
  { filename: "taskpane.html", template: "./src/taskpane/taskpane.html", chunks: ["functions", "taskpane"] },
  // No Office.js: the workbench runs on its own, offline.
  { filename: "workbench.html", template: "./src/workbench/workbench.html", chunks: ["workbench"] },
];
/** Chunks that run inside Excel: they must stay small and free of exceljs. */
const OFFICE_CHUNKS = ["functions", "taskpane"];
const FORBIDDEN_IN_OFFICE = /[\\/]node_modules[\\/]exceljs[\\/]/;

function productionUrl() {
  const raw = (process.env.KAM_PROD_URL || PLACEHOLDER_PROD_URL).trim();
  const url = raw.endsWith("/") ? raw : `${raw}/`;
  if (!url.startsWith("https://")) {
    throw new Error(
      `KAM_PROD_URL must be an https:// URL (Office loads add-ins only over https), not '${raw}'.`,
    );
  }
  return url;
}

/** Fails the build when a forbidden module (exceljs) lands in a chunk that Excel loads. */
class ForbidModulesPlugin {
  constructor(chunkNames, pattern) {
    this.chunkNames = new Set(chunkNames);
    this.pattern = pattern;
  }
  apply(compiler) {
    compiler.hooks.compilation.tap("ForbidModulesPlugin", (compilation) => {
      compilation.hooks.afterChunks.tap("ForbidModulesPlugin", (chunks) => {
        for (const entry of chunks) {
          if (!this.chunkNames.has(entry.name)) continue;
          // The entry chunk and every chunk it may load later (a dynamic import() counts too).
          for (const chunk of entry.getAllReferencedChunks()) {
            for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
              const resource = module.resource || "";
              if (this.pattern.test(resource)) {
                compilation.errors.push(
                  new webpack.WebpackError(
                    `${path.relative(__dirname, resource)} is bundled for '${entry.name}', which runs inside ` +
                      "Excel. Keep exceljs (and what imports it) out of src/functions and src/taskpane.",
                  ),
                );
              }
            }
          }
        }
      });
    });
  }
}

/**
 * HTTPS options for the dev server from office-addin-dev-certs. Installing its CA fails on plain
 * Linux (no sudo, no trust store it knows): then the server runs on http and says so, because Excel
 * will not load the add-in from it, while a browser can still open the pages.
 */
async function devServerTransport() {
  try {
    const devCerts = require("office-addin-dev-certs");
    const options = await devCerts.getHttpsServerOptions();
    return {
      protocol: "https",
      server: { type: "https", options: { ca: options.ca, key: options.key, cert: options.cert } },
    };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    console.warn(
      [
        "",
        "!! No trusted certificate for https://localhost: " + reason,
        `!! Serving over plain HTTP on http://localhost:${port}/ instead.`,
        "!! Excel will NOT load the add-in from there (the manifest and Office require https).",
        "!! On Windows or macOS run `npx office-addin-dev-certs install` once, then `npm start` again.",
        "",
      ].join("\n"),
    );
    return { protocol: "http", server: { type: "http" } };
  }
}

module.exports = async (env, options) => {
  const dev = options.mode !== "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const prodUrl = dev ? DEV_URL : productionUrl();
  const transport = serving ? await devServerTransport() : { protocol: "https", server: { type: "https" } };
  const base = `${transport.protocol}://localhost:${port}/`;

  return {
    mode: dev ? "development" : "production",
    devtool: "source-map",
    entry: ENTRIES,
    output: {
      path: dist,
      // Stable names: the manifest points at functions.js and functions.json.
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // Dynamic import() under TypeScript's nodenext resolution is written with ".js" (the
      // workbench's lazy exceljs chunks); webpack then finds the .ts source.
      extensionAlias: { ".js": [".ts", ".tsx", ".js"] },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type checking is `npm run typecheck`; here only transpile, as ES modules so
              // webpack can tree-shake (tsconfig.json says nodenext for Node and Jest).
              transpileOnly: true,
              compilerOptions: { module: "es2022", moduleResolution: "bundler", sourceMap: true },
            },
          },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      ...PAGES.map(
        (page) =>
          new HtmlWebpackPlugin({
            filename: page.filename,
            template: page.template,
            chunks: page.chunks,
            chunksSortMode: "manual",
          }),
      ),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // The workbench's "load sample" fetches these from its own origin.
          { from: "assets/samples/*.xlsx", to: "assets/samples/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform(content) {
              return dev ? content : content.toString().split(DEV_URL).join(prodUrl);
            },
          },
        ],
      }),
      new ForbidModulesPlugin(OFFICE_CHUNKS, FORBIDDEN_IN_OFFICE),
      ...(!dev && prodUrl === PLACEHOLDER_PROD_URL
        ? [
            {
              apply(compiler) {
                compiler.hooks.done.tap("ProdUrlNotice", () => {
                  console.warn(
                    `Note: dist/manifest.xml points at the placeholder ${PLACEHOLDER_PROD_URL}; ` +
                      "set KAM_PROD_URL to where dist/ is hosted before deploying.",
                  );
                });
              },
            },
          ]
        : []),
    ],
    performance: {
      // The task pane carries React and Fluent UI; warn only when it grows well past that.
      hints: dev ? false : "warning",
      maxEntrypointSize: 1_500_000,
      maxAssetSize: 1_500_000,
    },
    devServer: {
      port,
      server: transport.server,
      static: { directory: dist },
      headers: {
        // Excel fetches functions.json and functions.js across origins.
        "Access-Control-Allow-Origin": "*",
      },
      onListening: () => {
        console.log(
          [
            "",
            `KAM Planner task pane: ${base}taskpane.html`,
            `KAM Planner workbench: ${base}workbench.html   (open this in a browser: no Excel needed)`,
            "Sideload into Excel:   npm run start:web -- --document <URL of a workbook in OneDrive/SharePoint>" +
              "   or   npm run start:desktop (Windows/macOS)",
            "",
          ].join("\n"),
        );
      },
    },
  };
};
