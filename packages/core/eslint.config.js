export { default } from "@mediation-numerique/tooling/eslint";
