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

// Tests sign callers in by role; what each role may do comes from the same document (every
// operation's x-roles and x-permissions), so the fixtures never restate the server's table.
const schema = JSON.parse(readFileSync(schemaPath, "utf8"));
const byRole = {};
for (const item of Object.values(schema.paths)) {
  for (const operation of Object.values(item)) {
    for (const role of operation["x-roles"] ?? []) {
      byRole[role] ??= new Set();
      for (const permission of operation["x-permissions"] ?? []) byRole[role].add(permission);
    }
  }
}
const table = Object.fromEntries(
  Object.keys(byRole)
    .sort()
    .map((role) => [role, [...byRole[role]].sort()]),
);
const rolesPath = resolve(here, "../src/lib/role-permissions.ts");
const rolesSource = await prettier.format(
  header.replace("api.ts", "role-permissions.ts") +
    "/** The permissions each realm role holds, read from the OpenAPI document. */\n" +
    `export const PERMISSIONS_OF_ROLE: Record<string, string[]> = ${JSON.stringify(table)};\n`,
  { ...options, parser: "typescript" },
);

if (mode === "write") {
  writeFileSync(typesPath, generated);
  writeFileSync(rolesPath, rolesSource);
  console.log(`wrote ${typesPath} and ${rolesPath}`);
} else if (
  readFileSync(typesPath, "utf8") !== generated ||
  !existsSync(rolesPath) ||
  readFileSync(rolesPath, "utf8") !== rolesSource
) {
  console.error(
    "src/types/api.ts or src/lib/role-permissions.ts is out of date with the backend's OpenAPI: run npm run gen:api.",
  );
  process.exit(1);
} else {
  console.log("src/types/api.ts matches the backend's OpenAPI document.");
}
