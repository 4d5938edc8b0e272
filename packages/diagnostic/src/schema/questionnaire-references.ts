import {
  formatPath,
  frenchList,
  NBSP,
  NNBSP,
  type ProblemPath,
  quote,
  type SourceRef,
} from "@mediation-numerique/core";
import { SKIPPED } from "../ids.js";

type Path = ProblemPath;
type Sourced = { readonly id: string; readonly sources?: readonly SourceRef[] };

/** What the cross-reference checks read of a questionnaire (its schema’s output has it all). */
export interface QuestionnaireLinks {
  readonly version: number;
  readonly sources: readonly { readonly id: string }[];
  readonly domains: readonly Sourced[];
  readonly obstacles: readonly Sourced[];
  readonly questions: readonly (Sourced & {
    readonly domain: string;
    readonly options: readonly {
      readonly id: string;
      readonly points: number;
      readonly obstacle?: string | undefined;
    }[];
  })[];
  readonly migrations: readonly {
    readonly fromVersion: number;
    readonly toVersion: number;
  }[];
}

/** Reports one problem: its stable code, its French message and its path. */
export type Report = (code: string, message: string, path: Path) => void;

function checkUnique(ids: readonly string[], path: Path, report: Report) {
  const seen = new Map<string, number>();
  ids.forEach((id, index) => {
    const first = seen.get(id);
    if (first === undefined) seen.set(id, index);
    else
      report(
        "duplicate-id",
        `identifiant ${quote(id)} en double (déjà en ${formatPath([...path, first, "id"])})${NBSP}: chaque identifiant doit être unique.`,
        [...path, index, "id"],
      );
  });
}

function checkSourceRefs(
  refs: readonly SourceRef[] | undefined,
  sources: ReadonlySet<string>,
  path: Path,
  report: Report,
) {
  refs?.forEach((ref, index) => {
    if (!sources.has(ref.document))
      report(
        "unknown-source",
        `source ${quote(ref.document)} absente de ${quote("sources")}${NBSP}: ajoutez-la ou corrigez l’identifiant (sources connues${NBSP}: ${frenchList(sources) || "aucune"}).`,
        [...path, index, "document"],
      );
  });
}

function checkQuestions(
  q: QuestionnaireLinks,
  sources: ReadonlySet<string>,
  report: Report,
) {
  const domains = new Set(q.domains.map((d) => d.id));
  const obstacles = new Set(q.obstacles.map((o) => o.id));
  q.questions.forEach((question, i) => {
    const path = ["questions", i];
    if (!domains.has(question.domain))
      report(
        "unknown-domain",
        `domaine inconnu ${quote(question.domain)}${NBSP}: domaines possibles${NBSP}: ${frenchList(domains)}.`,
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
        "invalid-points",
        `points des options${NBSP}: ${frenchList(points)}${NNBSP}; attendu${NBSP}: de 0 (la réponse la moins autonome) à plus de 0.`,
        [...path, "options"],
      );
    question.options.forEach((option, j) => {
      if (option.id === SKIPPED)
        report(
          "reserved-id",
          `${quote(SKIPPED)} est réservé aux questions sans réponse (${quote("Je ne sais pas")})${NBSP}: choisissez un autre identifiant d’option.`,
          [...path, "options", j, "id"],
        );
      if (option.obstacle !== undefined && !obstacles.has(option.obstacle))
        report(
          "unknown-obstacle",
          `frein inconnu ${quote(option.obstacle)}${NBSP}: freins possibles${NBSP}: ${frenchList(obstacles) || "aucun"} (ajoutez-le dans ${quote("obstacles")} au besoin).`,
          [...path, "options", j, "obstacle"],
        );
    });
    checkSourceRefs(question.sources, sources, [...path, "sources"], report);
  });
  q.domains.forEach((domain, i) => {
    if (!q.questions.some((question) => question.domain === domain.id))
      report(
        "empty-domain",
        `le domaine ${quote(domain.id)} n’a aucune question${NBSP}: ajoutez-en une ou retirez le domaine.`,
        ["domains", i],
      );
  });
}

function checkMigrations(q: QuestionnaireLinks, report: Report) {
  q.migrations.forEach((step, i) => {
    const expectedFrom = q.version - q.migrations.length + i;
    if (
      step.fromVersion !== expectedFrom ||
      step.toVersion !== expectedFrom + 1
    )
      report(
        "invalid-migration",
        `étape de migration ${step.fromVersion} → ${step.toVersion}${NNBSP}; attendu${NBSP}: ${expectedFrom} → ${expectedFrom + 1} (une version à la fois, la dernière menant à la version ${q.version}).`,
        ["migrations", i],
      );
  });
}

/** Cross-reference checks that a JSON Schema cannot express. Reports every problem found. */
export function checkQuestionnaireReferences(
  q: QuestionnaireLinks,
  report: Report,
): void {
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
