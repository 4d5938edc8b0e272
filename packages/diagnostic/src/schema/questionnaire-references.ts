import type { z } from "zod";
import { SKIPPED } from "../ids.js";
import type { QuestionnaireFields } from "./questionnaire.js";

type Fields = z.infer<typeof QuestionnaireFields>;
type Path = (string | number)[];
type Report = (message: string, path: Path) => void;

function checkUnique(ids: readonly string[], path: Path, report: Report) {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) report(`Duplicate ID "${id}".`, [...path, index, "id"]);
    seen.add(id);
  });
}

function checkSourceRefs(
  refs: readonly { source: string }[] | undefined,
  sources: ReadonlySet<string>,
  path: Path,
  report: Report,
) {
  refs?.forEach((ref, index) => {
    if (!sources.has(ref.source))
      report(`Unknown source "${ref.source}".`, [...path, index, "source"]);
  });
}

function checkQuestions(
  q: Fields,
  sources: ReadonlySet<string>,
  report: Report,
) {
  const domains = new Set(q.domains.map((d) => d.id));
  const obstacles = new Set(q.obstacles.map((o) => o.id));
  q.questions.forEach((question, i) => {
    const path = ["questions", i];
    if (!domains.has(question.domain))
      report(`Unknown domain "${question.domain}".`, [...path, "domain"]);
    checkUnique(
      question.options.map((o) => o.id),
      [...path, "options"],
      report,
    );
    const points = question.options.map((o) => o.points);
    if (Math.min(...points) !== 0 || Math.max(...points) === 0)
      report("The options must range from 0 points to more than 0.", [
        ...path,
        "options",
      ]);
    question.options.forEach((option, j) => {
      if (option.id === SKIPPED)
        report(`"${SKIPPED}" is reserved for unanswered questions.`, [
          ...path,
          "options",
          j,
          "id",
        ]);
      if (option.obstacle !== undefined && !obstacles.has(option.obstacle))
        report(`Unknown obstacle "${option.obstacle}".`, [
          ...path,
          "options",
          j,
          "obstacle",
        ]);
    });
    checkSourceRefs(question.sources, sources, [...path, "sources"], report);
  });
  q.domains.forEach((domain, i) => {
    if (!q.questions.some((question) => question.domain === domain.id))
      report(`Domain "${domain.id}" has no question.`, ["domains", i]);
  });
}

function checkMigrations(q: Fields, report: Report) {
  q.migrations.forEach((step, i) => {
    const expectedFrom = q.version - q.migrations.length + i;
    if (
      step.fromVersion !== expectedFrom ||
      step.toVersion !== expectedFrom + 1
    )
      report(
        `Migration steps must go one version at a time up to ${q.version}: expected ${expectedFrom} → ${expectedFrom + 1}.`,
        ["migrations", i],
      );
  });
}

/** Cross-reference checks that a JSON Schema cannot express. Reports every problem found. */
export function checkQuestionnaireReferences(
  q: Fields,
  ctx: z.core.$RefinementCtx<Fields>,
): void {
  const report: Report = (message, path) => {
    ctx.addIssue({ code: "custom", message, path });
  };
  const sources = new Set(q.sources.map((s) => s.id));
  checkUnique(
    q.sources.map((s) => s.id),
    ["sources"],
    report,
  );
  checkUnique(
    q.domains.map((d) => d.id),
    ["domains"],
    report,
  );
  checkUnique(
    q.obstacles.map((o) => o.id),
    ["obstacles"],
    report,
  );
  checkUnique(
    q.questions.map((o) => o.id),
    ["questions"],
    report,
  );
  checkQuestions(q, sources, report);
  checkMigrations(q, report);
  q.domains.forEach((d, i) => {
    checkSourceRefs(d.sources, sources, ["domains", i, "sources"], report);
  });
  q.obstacles.forEach((o, i) => {
    checkSourceRefs(o.sources, sources, ["obstacles", i, "sources"], report);
  });
}
