import js from "@eslint/js";
import boundaries from "eslint-plugin-boundaries";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist", "node_modules", "src/types/api.ts", "e2e-artifacts"] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { "react-hooks": reactHooks, boundaries },
    settings: {
      "import/resolver": { typescript: { project: "./tsconfig.app.json" } },
      "boundaries/include": ["src/**/*"],
      "boundaries/elements": [
        { type: "app", pattern: "src/app" },
        { type: "feature", pattern: "src/features/*", capture: ["feature"] },
        { type: "components", pattern: "src/components" },
        { type: "lib", pattern: "src/lib" },
        { type: "locales", pattern: "src/locales" },
        { type: "types", pattern: "src/types" },
        { type: "testing", pattern: "src/testing" },
        { type: "entry", pattern: "src/main.tsx", mode: "file" },
      ],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "no-restricted-syntax": [
        "error",
        {
          selector: "ExportAllDeclaration",
          message: "No barrel files: import from the module that defines the thing.",
        },
      ],
      // Features never import each other; shared code lives in components/ or lib/.
      "boundaries/element-types": [
        "error",
        {
          default: "disallow",
          message: "${file.type} must not import ${dependency.type}",
          rules: [
            { from: "entry", allow: ["app", "lib"] },
            { from: "app", allow: ["feature", "components", "lib", "types"] },
            {
              from: "feature",
              allow: ["components", "lib", "types", ["feature", { feature: "${from.feature}" }]],
            },
            { from: "components", allow: ["lib", "types"] },
            { from: "lib", allow: ["lib", "locales", "types"] },
            { from: "locales", allow: ["locales"] },
            {
              from: "testing",
              allow: ["app", "feature", "components", "lib", "locales", "types", "testing"],
            },
          ],
        },
      ],
    },
  },
);
