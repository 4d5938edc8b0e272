import { quoteText } from "./text.js";

/**
 * Names a value for an error message without calling anything on it, so that it never throws and
 * stays short whatever the value: a string in « » (cut), a number, boolean or BigInt as is, « null »,
 * « rien » for a missing value, « un tableau de 2 éléments », « un objet », « une fonction ».
 */
export function describeValue(value: unknown): string {
  switch (typeof value) {
    case "string":
      return quoteText(value);
    case "number":
    case "boolean":
      return String(value);
    case "bigint":
      return `${String(value).slice(0, 40)}n`;
    case "undefined":
      return "rien";
    case "function":
      return "une fonction";
    case "symbol":
      return "un symbole";
    default:
      break;
  }
  if (value === null) return "null";
  try {
    if (Array.isArray(value)) {
      const n = value.length;
      return `un tableau de ${n} élément${n > 1 ? "s" : ""}`;
    }
  } catch {
    // A revoked proxy: say no more than « un objet ».
  }
  return "un objet";
}
