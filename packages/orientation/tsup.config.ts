import { defineConfig } from "tsup";

export default defineConfig({
  // One dist module per source module (no bundling): with `"sideEffects": false`, a bundler
  // drops whole modules a page does not use, e.g. every schema but `Situation` for `orient`.
  entry: ["src/**/*.ts", "!src/**/*.test.ts", "!src/**/*.test-d.ts"],
  bundle: false,
  format: ["esm"],
  dts: { entry: "src/index.ts" },
  clean: true,
  target: "es2022",
});
