import { defineConfig } from "vite";
export default defineConfig({
  logLevel: "warn",
  build: {
    outDir: "/tmp/ae/out",
    emptyOutDir: true,
    minify: true,
    lib: false,
    rollupOptions: {
      input: process.env.ENTRY,
      output: { entryFileNames: "[name].js" },
    },
  },
});
