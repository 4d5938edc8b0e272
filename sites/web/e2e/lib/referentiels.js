// The package the site is built from, as the tests see it (its built dist, like the site).
export * as referentiels from "@mediation-numerique/referentiels";
