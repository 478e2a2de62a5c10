import js from "@eslint/js";
import boundaries from "eslint-plugin-boundaries";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

/** Which parts of src/ may import which; tests may also use src/testing. */
function boundaryRules(extra) {
  const allow = (from, targets) => ({ from, allow: [...targets, ...extra] });
  return {
    default: "disallow",
    message: "${file.type} must not import ${dependency.type}",
    rules: [
      allow("entry", ["app", "lib"]),
      allow("app", ["feature", "components", "lib", "types"]),
      allow("feature", ["components", "lib", "types", ["feature", { feature: "${from.feature}" }]]),
      allow("components", ["lib", "types"]),
      allow("lib", ["lib", "locales", "types"]),
      allow("locales", ["locales"]),
      allow("testing", ["app", "feature", "components", "lib", "locales", "types", "testing"]),
    ],
  };
}

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
      "boundaries/element-types": ["error", boundaryRules([])],
    },
  },
  {
    files: ["src/**/*.test.{ts,tsx}"],
    rules: { "boundaries/element-types": ["error", boundaryRules(["testing", "locales"])] },
  },
);
