/**
 * The questionnaire, one question per screen: each answer is saved as soon as it is chosen, « Question
 * suivante » asks for a choice (or « Je ne sais pas ») first, and the progress line follows.
 */
import { quoted } from "../ui";
import type { Shown, Step, Tool } from "./types";

const questionsOf = (tool: Tool) => tool.data.questionnaire.questions;

const indexOf = (tool: Tool, id: string): number =>
  questionsOf(tool).findIndex((q) => q.id === id);

export const firstQuestionStep = (tool: Tool): Step => ({
  kind: "question",
  id: questionsOf(tool)[0]?.id ?? "",
});

export const lastQuestionStep = (tool: Tool): Step => ({
  kind: "question",
  id: questionsOf(tool).at(-1)?.id ?? "",
});

/** The error line under question `id` ("" clears it). */
export function setQuestionError(tool: Tool, id: string, message: string) {
  const error = tool.querySelector(`#err-${CSS.escape(id)}`);
  if (error) error.textContent = message;
}

/** Checks the radios of the session's answers, and only those. */
export function fillAnswers(tool: Tool): void {
  for (const input of tool.querySelectorAll<HTMLInputElement>(
    ".dg-questions input[type=radio]",
  ))
    input.checked = tool.session.answers[input.name] === input.value;
}

function next(tool: Tool): void {
  const step = tool.session.step;
  if (step.kind !== "question") return;
  if (tool.session.answers[step.id] === undefined) {
    setQuestionError(
      tool,
      step.id,
      `Choisissez une réponse, ou ${quoted("Je ne sais pas")} pour passer la question.`,
    );
    tool
      .querySelector<HTMLInputElement>(`fieldset[data-id="${step.id}"] input`)
      ?.focus();
    return;
  }
  const following = questionsOf(tool)[indexOf(tool, step.id) + 1];
  tool.show(
    following ? { kind: "question", id: following.id } : { kind: "results" },
    true,
  );
}

/** Back to the previous question, whose answer is kept. */
export function back(tool: Tool): void {
  const step = tool.session.step;
  if (step.kind !== "question") return;
  const previous = questionsOf(tool)[indexOf(tool, step.id) - 1];
  if (previous) tool.show({ kind: "question", id: previous.id }, true);
}

/** Saves each answer as it is chosen; « Question suivante » submits the form. */
export function wireQuestions(tool: Tool): void {
  const form = tool.$<HTMLFormElement>(".dg-questions");
  form.addEventListener("change", (event) => {
    const input = event.target as HTMLInputElement;
    if (input.type !== "radio") return;
    tool.session.answers[input.name] = input.value;
    setQuestionError(tool, input.name, "");
    tool.save();
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    next(tool);
  });
}

/** Shows question `id` alone, with its number in the progress line. */
export function showQuestion(tool: Tool, id: string): Shown {
  const index = indexOf(tool, id);
  for (const fieldset of tool.querySelectorAll<HTMLFieldSetElement>(".dg-q"))
    fieldset.hidden = fieldset.dataset.id !== id;
  const message = `Question ${index + 1} sur ${questionsOf(tool).length}`;
  tool.$("#dg-progress-text").textContent = message;
  tool.$<HTMLProgressElement>(".dg-progress progress").value = index + 1;
  tool.$('[data-action="back"]').hidden = index === 0;
  return {
    heading: tool.querySelector(`fieldset[data-id="${id}"] h2`),
    message,
    view: [tool.$(".dg-progress"), tool.$(".dg-nav")],
  };
}

/** The question on screen and its choices, as one text to read aloud. */
export function questionText(tool: Tool): string {
  const step = tool.session.step;
  if (step.kind !== "question") return "";
  const fieldset = tool.querySelector(`fieldset[data-id="${step.id}"]`);
  const label = fieldset?.querySelector(".dg-label")?.textContent ?? "";
  const options = [
    ...(fieldset?.querySelectorAll(".dg-options label") ?? []),
  ].map((l) => l.textContent?.trim() ?? "");
  return `${label} ${options.join(" ")}`;
}
