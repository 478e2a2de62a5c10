/// <reference types="vitest/config" />
import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { "@": fileURLToPath(new URL("./src", import.meta.url)) },
  },
  server: {
    port: 5173,
    proxy: {
      "/api": "http://localhost:8080",
      "/config.json": "http://localhost:8080",
    },
  },
  build: {
    // scripts/bundle-budget.mjs reads it to weigh each route's cold load.
    manifest: true,
  },
  test: {
    environment: "jsdom",
    setupFiles: ["./src/testing/setup.ts"],
    include: ["src/**/*.test.{ts,tsx}"],
    css: false,
    // CI machines are shared and slow: a form filled key by key can take seconds there.
    testTimeout: 60_000,
  },
});
