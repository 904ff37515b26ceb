#!/usr/bin/env node
// The `arm` command: starts the compiled command line, which `npm install` builds.
const path = require("path");
const fs = require("fs");

const entry = path.join(__dirname, "..", "dist", "cli", "src", "cli", "arm.js");
if (!fs.existsSync(entry)) {
  process.stderr.write(
    "arm: the command line is not built yet: run npm install (it builds the command line).\n",
  );
  process.exit(2);
}
require(entry).runFromProcess();
