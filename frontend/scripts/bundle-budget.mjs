// Checks what a cold load of each route downloads: the entry's JavaScript and every chunk it
// imports, plus the route's own chunk and its imports (gzipped, as served). Prints each route's
// weight and fails the build when a route is over its budget. Reads Vite's build manifest.
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

const dist = resolve(dirname(fileURLToPath(import.meta.url)), "../dist");
const manifest = JSON.parse(readFileSync(resolve(dist, ".vite/manifest.json"), "utf8"));

/**
 * Route → the page module it loads, and its ceiling in KB of gzipped JavaScript (null: report
 * only). The ceilings are the issue's targets: 200 KB for the driver's phone page, 350 KB for the
 * desktop incident list. Phone pages sit in a light frame and desktop pages in the desktop frame
 * (its own chunk, counted for them); one language's texts load with every page. The phone page is
 * plain markup (no antd); the list is a plain table with antd's filters, and its date-range picker
 * and the narrow screens' menu drawer load when first used.
 */
const routes = [
  ["/m (driver's phone page)", "src/features/incidents/components/FieldPage.tsx", 200],
  ["/m/pages/:token (page link)", "src/features/notifications/components/PageAckPage.tsx", null],
  ["/incidents (desktop list)", "src/features/incidents/components/IncidentListPage.tsx", 350],
  ["/incidents/:id (war room)", "src/features/incidents/components/WarRoomPage.tsx", null],
  ["/incidents/new", "src/features/incidents/components/ReportIncidentPage.tsx", null],
  ["/detection", "src/features/detection/components/DetectionPage.tsx", null],
  ["/risks", "src/features/risks/components/RiskListPage.tsx", null],
  ["/knowledge", "src/features/knowledge/components/KnowledgeListPage.tsx", null],
  ["/plan", "src/features/plan/components/PlanPage.tsx", null],
  ["/notifications", "src/features/notifications/components/NotificationsPage.tsx", null],
  ["/audit", "src/features/audit/components/AuditPage.tsx", null],
  ["/org", "src/features/org/components/OrgPage.tsx", null],
];

const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
// The texts of one language load with every page (Chinese, the default): count them too.
const texts = "src/locales/zh-CN.ts";
const shell = "src/app/AppShell.tsx";
const gzipped = new Map();
const sizeOf = (file) => {
  if (!gzipped.has(file)) {
    gzipped.set(file, gzipSync(readFileSync(resolve(dist, file)), { level: 9 }).length);
  }
  return gzipped.get(file);
};
/** The JavaScript files a module needs before it runs: itself and its static imports. */
const closure = (key, files = new Set()) => {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return files;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) closure(imported, files);
  return files;
};

let failed = false;
console.log("Cold-load JavaScript per route (gzipped):");
for (const [route, module, budget] of routes) {
  if (!manifest[module]) {
    console.error(`  ${route}: ${module} is not a chunk of its own (is the route lazy?)`);
    failed = true;
    continue;
  }
  // Desktop pages sit in the desktop frame, a chunk of its own; phone pages in the light one.
  const frame = route.startsWith("/m") ? [] : [shell];
  const files = closure(module, closure(texts, closure(entry)));
  for (const key of frame) closure(key, files);
  const kb =
    [...files].filter((f) => f.endsWith(".js")).reduce((sum, f) => sum + sizeOf(f), 0) / 1024;
  const over = budget !== null && kb > budget;
  failed ||= over;
  console.log(
    `  ${route.padEnd(28)} ${kb.toFixed(1).padStart(7)} KB` +
      (budget === null ? "" : `   budget ${budget} KB ${over ? "EXCEEDED" : "ok"}`),
  );
}
if (failed) {
  console.error("A route is over its JavaScript budget (or not split): see above.");
  process.exit(1);
}
