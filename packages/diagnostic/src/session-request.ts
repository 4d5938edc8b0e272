import {
  type FrenchParseResult,
  type ProblemPath,
  safeParseFrench,
} from "@mediation-numerique/core";
import { REQUEST_LIMITS, SessionRequest } from "./schema/session.js";

/**
 * A saved orientation request, or `null`: a JSON object within `REQUEST_LIMITS` (depth, value
 * count and text length are checked first, with precise messages, then the schema), never read
 * further. The orientation package validates what it means.
 */
export const readRequest = (
  value: unknown,
  path: ProblemPath,
): FrenchParseResult<SessionRequest | null> =>
  value === null
    ? { success: true, data: null }
    : safeParseFrench(SessionRequest, value, path, REQUEST_LIMITS);
