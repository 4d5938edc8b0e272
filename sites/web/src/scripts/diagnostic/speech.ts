/**
 * Read aloud, for residents who read with difficulty: the browser's speech synthesis with a French
 * voice. Never automatic: only on a button press. Without the API or a French voice, `onAvailable`
 * is never called and the buttons stay hidden.
 */
import type { Tool } from "./types";

const isFrench = (voice: SpeechSynthesisVoice) =>
  voice.lang.replace("_", "-").toLowerCase().startsWith("fr");

function frenchVoice(): SpeechSynthesisVoice | null {
  const voices = window.speechSynthesis.getVoices().filter(isFrench);
  return (
    voices.find((v) => v.lang.replace("_", "-").toLowerCase() === "fr-fr") ??
    voices[0] ??
    null
  );
}

/** Calls `onAvailable(speak)` once a French voice exists (voices may load late). */
function whenFrenchVoice(
  onAvailable: (speak: (text: string) => void) => void,
): void {
  if (!window.speechSynthesis || typeof SpeechSynthesisUtterance !== "function")
    return;
  const speak = (text: string) => {
    const voice = frenchVoice();
    if (!voice) return;
    window.speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = voice.lang || "fr-FR";
    utterance.rate = 0.9;
    window.speechSynthesis.speak(utterance);
  };
  if (frenchVoice()) return onAvailable(speak);
  const retry = () => {
    if (!frenchVoice()) return;
    window.speechSynthesis.removeEventListener("voiceschanged", retry);
    onAvailable(speak);
  };
  window.speechSynthesis.addEventListener("voiceschanged", retry);
}

/** Shows each question's « Lire la question à voix haute » once a French voice exists. */
export function wireReadAloud(tool: Tool): void {
  whenFrenchVoice((speak) => {
    for (const button of tool.querySelectorAll<HTMLButtonElement>(
      ".dg-speak",
    )) {
      button.hidden = false;
      button.addEventListener("click", () => {
        const fieldset = button.closest("fieldset");
        const label = fieldset?.querySelector(".dg-label")?.textContent ?? "";
        const options = [
          ...(fieldset?.querySelectorAll(".dg-options label") ?? []),
        ].map((l) => l.textContent?.trim() ?? "");
        speak(`${label} ${options.join(" ")}`);
      });
    }
  });
}
