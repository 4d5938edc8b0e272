/**
 * Read aloud, for residents who read with difficulty: the browser's speech synthesis with a French
 * voice. Never automatic: only on a button press. Without the API or a French voice, `onAvailable`
 * is never called and the buttons stay hidden.
 */
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
export function whenFrenchVoice(
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
