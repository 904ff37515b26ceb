/**
 * Builds the task pane (taskpane.html) and the ribbon's function file (commands.html) into
 * dist/. The pane loads React, Fluent UI, its own components and, to read the settings, the
 * Office.js executor at start; the commands (catalogue, rules) run in the command worker's
 * chunk and ExcelJS in a chunk of its own, each loaded when an action first needs it.
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const PORT = 3000;
const OFFICE_CDN = "https://appsforoffice.microsoft.com";

/**
 * The Content Security Policy of both pages: scripts from this origin and Microsoft's Office
 * CDN only; Fluent UI injects its styles at run time, hence 'unsafe-inline' for styles.
 * The dev server also needs its live-reload socket.
 */
function contentSecurityPolicy(serving) {
  const connect = serving ? `'self' wss://localhost:${PORT}` : "'self'";
  return [
    "default-src 'self'",
    `script-src 'self' ${OFFICE_CDN}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/** Certificates for https://localhost, created by office-addin-dev-certs on first use. */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  return devCerts.getHttpsServerOptions();
}

module.exports = async (env = {}, argv = {}) => {
  const serving = Boolean(env.WEBPACK_SERVE);
  const production = argv.mode === "production";
  const csp = contentSecurityPolicy(serving);
  return {
    mode: production ? "production" : "development",
    // Eval-based source maps would need 'unsafe-eval' in the policy: use plain source maps.
    devtool: production ? false : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, env.outputPath || "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      // dist/cli holds the command line build (tsc): keep it.
      clean: { keep: /^cli([\\/]|$)/ },
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // The xlsx executor can also read files from disk in Node; the pane never does.
      fallback: { fs: false, "fs/promises": false, path: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { noEmit: false } },
          },
        },
      ],
    },
    optimization: {
      splitChunks: {
        chunks: "async",
        cacheGroups: {
          // ExcelJS is needed only to write the auditor pack (in the command worker): its own
          // chunk, loaded then.
          exceljs: {
            test: /[\\/]node_modules[\\/]exceljs[\\/]/,
            name: "exceljs",
            chunks: "async",
            priority: 20,
            enforce: true,
          },
        },
      },
    },
    // Sizes are measured by `npm run bench` (bundle.initialGzipKB), not warned about here.
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        csp,
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        csp,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
    ],
    devServer: serving
      ? {
          port: PORT,
          headers: { "Access-Control-Allow-Origin": "*" },
          server: { type: "https", options: await httpsOptions() },
          static: false,
        }
      : undefined,
  };
};
