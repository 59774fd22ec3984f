#!/usr/bin/env node
// Validates SARIF files against the official SARIF 2.1.0 JSON schema
// (draft-04; the copy shipped by @microsoft/jest-sarif) with ajv 6.
// usage: NODE_PATH=.../node_modules node validate.js FILE...
"use strict";
const fs = require("fs");
const Ajv = require("ajv");

const schema = require("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
const ajv = new Ajv({ schemaId: "id", allErrors: true, meta: false });
ajv.addMetaSchema(require("ajv/lib/refs/json-schema-draft-04.json"));
const validate = ajv.compile(schema);

let failed = 0;
for (const file of process.argv.slice(2)) {
  const log = JSON.parse(fs.readFileSync(file, "utf8"));
  if (validate(log)) {
    console.log(`ok   ${file} is valid SARIF 2.1.0`);
  } else {
    failed++;
    console.log(`FAIL ${file}:\n${ajv.errorsText(validate.errors, { separator: "\n  " })}`);
  }
}
process.exit(failed ? 1 : 0);
