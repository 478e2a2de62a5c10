// Generates src/types/api.ts from the backend's OpenAPI document (written by the backend build to
// backend/target/openapi/openapi.json), or checks that the committed file is up to date.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";
import prettier from "prettier";

const here = dirname(fileURLToPath(import.meta.url));
const schemaPath = resolve(here, "../../backend/target/openapi/openapi.json");
const typesPath = resolve(here, "../src/types/api.ts");
const mode = process.argv[2] ?? "check";

if (!existsSync(schemaPath)) {
  console.error(`${schemaPath} is missing: build the backend first (mvn -DskipTests package).`);
  process.exit(1);
}
const header =
  "// Generated from the backend's OpenAPI document by `npm run gen:api`. Do not edit.\n\n";
const ast = await openapiTS(JSON.parse(readFileSync(schemaPath, "utf8")));
const options = (await prettier.resolveConfig(typesPath)) ?? {};
const generated = await prettier.format(header + astToString(ast), {
  ...options,
  parser: "typescript",
});

if (mode === "write") {
  writeFileSync(typesPath, generated);
  console.log(`wrote ${typesPath}`);
} else if (readFileSync(typesPath, "utf8") !== generated) {
  console.error("src/types/api.ts is out of date with the backend's OpenAPI: run npm run gen:api.");
  process.exit(1);
} else {
  console.log("src/types/api.ts matches the backend's OpenAPI document.");
}
