/**
 * Read aloud, for residents who read with difficulty: the browser's speech synthesis with a French
 * voice, only on a button press. Without a French voice (no speech synthesis at all, or only voices
 * in other languages, as on many Linux builds), a sentence says so where the button would be.
 */

/** How long to wait for the browser's voices before saying there is none, when it never says it has loaded them. */
const VOICES_WAIT_MS = 1500;

const isFrench = (voice: SpeechSynthesisVoice) =>
  voice.lang.replace("_", "-").toLowerCase().startsWith("fr");

function frenchVoice(synth: SpeechSynthesis): SpeechSynthesisVoice | null {
  const voices = synth.getVoices().filter(isFrench);
  return (
    voices.find((v) => v.lang.replace("_", "-").toLowerCase() === "fr-fr") ??
    voices[0] ??
    null
  );
}

function speak(synth: SpeechSynthesis, text: string): void {
  const voice = frenchVoice(synth);
  if (!voice) return;
  synth.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang || "fr-FR";
  utterance.rate = 0.9;
  synth.speak(utterance);
}

/**
 * Offers read aloud: `button` (which reads `text()`) once a French voice exists, else `note`, the
 * sentence that says there is none. Voices load late: until the browser has said which voices it has
 * (or after a short wait), neither shows, so the note never flashes before the button.
 */
export function offerReadAloud(
  button: HTMLButtonElement,
  note: HTMLElement,
  text: () => string,
): void {
  const settle = (available: boolean) => {
    button.hidden = !available;
    note.hidden = available;
  };
  const synth =
    "speechSynthesis" in window &&
    typeof SpeechSynthesisUtterance === "function"
      ? window.speechSynthesis
      : null;
  if (!synth) return settle(false);
  button.addEventListener("click", () => speak(synth, text()));
  /** `known`: the browser has said which voices it has (an empty list may still be loading otherwise). */
  const look = (known: boolean) => {
    if (frenchVoice(synth)) settle(true);
    else if (known || synth.getVoices().length > 0) settle(false);
  };
  look(false);
  // Keeps listening: a voice installed later still brings the button.
  synth.addEventListener("voiceschanged", () => look(true));
  setTimeout(() => {
    if (button.hidden && note.hidden) look(true);
  }, VOICES_WAIT_MS);
}
