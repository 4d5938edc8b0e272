import {
  SCHEMA_VERSION,
  type AssessmentDocument,
  type SetAsideAnswer,
} from "./document.js";
import { readInstrument, type Instrument } from "./instrument.js";
import {
  checkDocument,
  olderSchemaVersion,
  readDocumentInput,
} from "./parse.js";

/** One thing `migrate` changed, for the site to tell the user. */
export type MigrationChange =
  | {
      /** The document was written in an older format version (version 1 had no `structure` block). */
      readonly type: "schema-version";
      readonly from: number;
      readonly to: number;
    }
  | {
      readonly type: "referentiel-version";
      readonly referentiel: string;
      readonly from: string | undefined;
      readonly to: string;
    }
  | { readonly type: "item-added"; readonly item: string }
  | {
      readonly type: "item-withdrawn";
      readonly item: string;
      /** True when the withdrawn item had an answer, now kept in `setAside`. */
      readonly answered: boolean;
      readonly replacedBy: readonly string[];
    }
  | {
      /** An item whose text is incomplete in the référentiel, no longer assessed: its answer is removed. */
      readonly type: "item-not-assessed";
      readonly item: string;
      /** True when the document had an answer to it (now removed). */
      readonly answered: boolean;
    };

/** The migrated document and the list of changes (empty when the document was already current). */
export interface MigrationResult {
  readonly document: AssessmentDocument;
  readonly changes: readonly MigrationChange[];
}

const isAnswered = (answer: object): boolean => Object.keys(answer).length > 0;

/** An answers document of an older format version that `parse` and `migrate` still read. */
export type OlderAssessmentDocument = Omit<
  AssessmentDocument,
  "schemaVersion" | "structure"
> & { readonly schemaVersion: 1 };

/**
 * Carries a document to the current format version (`SCHEMA_VERSION`) and to the référentiel versions of the
 * instrument: items added since are added unanswered,
 * answers to withdrawn items are kept aside in `setAside` (with their successors), answers to items whose text
 * is incomplete (no longer assessed) are removed, versions are updated.
 * `updatedAt` is left as is: it dates the user’s answers. Throws `AssessmentDocumentError` on an invalid document,
 * `AssessmentArgumentError` on an invalid instrument.
 */
export function migrate(
  document: AssessmentDocument | OlderAssessmentDocument,
  instrument: Instrument,
): MigrationResult {
  const current = readInstrument(instrument);
  const raw = readDocumentInput(document);
  const from = olderSchemaVersion(raw);
  const valid = checkDocument(raw, current);
  const changes: MigrationChange[] =
    from === undefined
      ? []
      : [{ type: "schema-version", from, to: SCHEMA_VERSION }];
  for (const [referentiel, to] of Object.entries(current.versions)) {
    const from = Object.hasOwn(valid.referentiels, referentiel)
      ? valid.referentiels[referentiel]
      : undefined;
    if (from !== to)
      changes.push({ type: "referentiel-version", referentiel, from, to });
  }
  const active = new Set(current.items.map(({ id }) => id));
  const withdrawn = new Map(
    current.withdrawn.map((item) => [item.id, item.replacedBy]),
  );
  const incomplete = new Set(current.incomplete);
  const versions = new Map(Object.entries(current.versions));
  const answers: AssessmentDocument["answers"] = {};
  const setAside: Record<string, SetAsideAnswer> = { ...valid.setAside };
  for (const [id, answer] of Object.entries(valid.answers)) {
    if (active.has(id)) {
      answers[id] = answer;
      continue;
    }
    if (incomplete.has(id)) {
      changes.push({
        type: "item-not-assessed",
        item: id,
        answered: isAnswered(answer),
      });
      continue;
    }
    const known = withdrawn.get(id);
    const replacedBy = known ?? [];
    const answered = isAnswered(answer);
    changes.push({ type: "item-withdrawn", item: id, answered, replacedBy });
    if (answered && known) {
      setAside[id] = {
        answer,
        withdrawnIn: versions.get(id.split("/")[0] ?? "") ?? "0.0.0",
        ...(replacedBy.length > 0 ? { replacedBy: [...replacedBy] } : {}),
      };
    }
  }
  for (const { id } of current.items) {
    if (!(id in answers)) {
      answers[id] = {};
      changes.push({ type: "item-added", item: id });
    }
  }
  const migrated: AssessmentDocument = {
    ...valid,
    referentiels: { ...current.versions },
    answers,
    setAside,
  };
  if (Object.keys(setAside).length === 0) delete migrated.setAside;
  return { document: migrated, changes };
}
