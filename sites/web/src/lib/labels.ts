/*
 * The French labels live in the package (`ITEM_STATUS_LABELS` and the others). This alias only keeps
 * `components/auto-evaluation/Questions.astro` building until it imports `ITEM_STATUS_LABELS` itself;
 * then delete this file.
 */
export { ITEM_STATUS_LABELS as STATUS_LABELS } from "@mediation-numerique/referentiels";
