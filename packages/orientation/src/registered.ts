import * as z from "zod/mini";

/**
 * Registers `schema` in `z.globalRegistry` under `id` (and `description`), so that it
 * becomes a `$defs` entry of the JSON Schema, and returns it. Marked free of side effects:
 * a bundler drops the schemas a page does not use.
 */
/* @__NO_SIDE_EFFECTS__ */
export function registered<T extends z.ZodMiniType>(
  schema: T,
  id: string,
  description?: string,
): T {
  z.globalRegistry.add(
    schema,
    description === undefined ? { id } : { id, description },
  );
  return schema;
}
