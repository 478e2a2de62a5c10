import "@testing-library/jest-dom/vitest";
import { cleanup, configure } from "@testing-library/react";
import { afterEach, beforeAll, expect, vi } from "vitest";
import i18n, { initI18n, loadLanguage } from "@/lib/i18n";

// findBy* waits this long for what a slow CI machine renders late.
configure({ asyncUtilTimeout: 5_000 });

const missingKeys: string[] = [];

beforeAll(async () => {
  await initI18n("zh-CN");
  await loadLanguage("en");
  // Every string a component asks for must exist: a missing key fails the test that rendered it.
  i18n.options.saveMissing = true;
  i18n.options.missingKeyHandler = (_languages, _namespace, key) => missingKeys.push(key);
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  const missing = missingKeys.splice(0);
  expect(missing, "i18n keys missing from the locales").toEqual([]);
});

// antd reads these browser APIs that jsdom lacks.
Object.defineProperty(window, "matchMedia", {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});
window.getComputedStyle = (
  (original) => (element: Element) =>
    original(element)
)(window.getComputedStyle);

class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= NoResizeObserver as unknown as typeof ResizeObserver;
