import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    schema: "src/schema.ts",
    "fcs93-action": "src/referentiels/fcs93-action.ts",
    "fcs93-competences": "src/referentiels/fcs93-competences.ts",
    "conum-remn": "src/referentiels/conum-remn.ts",
    "anct-2021": "src/referentiels/anct-2021.ts",
    "hypra-charte": "src/referentiels/hypra-charte.ts",
  },
  format: ["esm"],
  dts: true,
  clean: true,
  target: "es2022",
  // French text stays readable and smaller than \uXXXX escapes.
  esbuildOptions(options) {
    options.charset = "utf8";
  },
});
