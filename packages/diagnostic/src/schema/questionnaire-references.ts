import type * as z from "zod/mini";
import { list, quote } from "../errors.js";
import { SKIPPED } from "../ids.js";
import type { QuestionnaireFields } from "./questionnaire.js";

type Fields = z.infer<typeof QuestionnaireFields>;
type Path = (string | number)[];
type Report = (message: string, path: Path) => void;

function checkUnique(ids: readonly string[], path: Path, report: Report) {
  const seen = new Map<string, number>();
  ids.forEach((id, index) => {
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index);
    else
      report(
        `identifiant ${quote(id)} en double (déjà en ${[...path, first, "id"].join(".")})\u00A0: chaque identifiant doit être unique.`,
        [...path, index, "id"],
      );
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
      report(
        `source ${quote(ref.source)} absente de ${quote("sources")}\u00A0: ajoutez-la ou corrigez l’identifiant (sources connues\u00A0: ${list(sources) || "aucune"}).`,
        [...path, index, "source"],
      );
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
      report(
        `domaine inconnu ${quote(question.domain)}\u00A0: domaines possibles\u00A0: ${list(domains)}.`,
        [...path, "domain"],
      );
    checkUnique(
      question.options.map((o) => o.id),
      [...path, "options"],
      report,
    );
    const points = question.options.map((o) => o.points);
    if (Math.min(...points) !== 0 || Math.max(...points) === 0)
      report(
        `points des options\u00A0: ${list(points)}\u202F; attendu\u00A0: de 0 (la réponse la moins autonome) à plus de 0.`,
        [...path, "options"],
      );
    question.options.forEach((option, j) => {
      if (option.id === SKIPPED)
        report(
          `${quote(SKIPPED)} est réservé aux questions sans réponse («\u00A0Je ne sais pas\u00A0»)\u00A0: choisissez un autre identifiant d’option.`,
          [...path, "options", j, "id"],
        );
      if (option.obstacle !== undefined && !obstacles.has(option.obstacle))
        report(
          `frein inconnu ${quote(option.obstacle)}\u00A0: freins possibles\u00A0: ${list(obstacles) || "aucun"} (ajoutez-le dans ${quote("obstacles")} au besoin).`,
          [...path, "options", j, "obstacle"],
        );
    });
    checkSourceRefs(question.sources, sources, [...path, "sources"], report);
  });
  q.domains.forEach((domain, i) => {
    if (!q.questions.some((question) => question.domain === domain.id))
      report(
        `le domaine ${quote(domain.id)} n’a aucune question\u00A0: ajoutez-en une ou retirez le domaine.`,
        ["domains", i],
      );
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
        `étape de migration ${step.fromVersion} → ${step.toVersion}\u202F; attendu\u00A0: ${expectedFrom} → ${expectedFrom + 1} (une version à la fois, la dernière menant à la version ${q.version}).`,
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
