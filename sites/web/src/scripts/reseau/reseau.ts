/**
 * The network page’s island: files chosen (picker, folder or drop) are read on this device by `collect`, and
 * the worker does all the package’s work (`aggregatePart`, `mergeParts`, `networkReport`, `networkCSV`,
 * `networkJSON`); this script draws the report and makes the downloads. Nothing is sent anywhere.
 */
import type {
  AggregationPart,
  Instrument,
} from "@mediation-numerique/auto-evaluation/engine";
import { h } from "./dom";
import { ask, collect, type NamedFile, type PageSetAside } from "./collect";
import type {
  ExportFormat,
  ExportReply,
  Instruments,
  Kind,
  ReportReply,
} from "./protocol";
import { centreReport, mediateurReport, setAsideTable } from "./report";

/** What the page has read so far: the joined parts and the files it set aside itself. */
const state: {
  parts: Partial<Record<Kind, AggregationPart>>;
  setAside: PageSetAside[];
  names: Set<string>;
  busy: boolean;
} = { parts: {}, setAside: [], names: new Set(), busy: false };

function download(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h("a", { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A unique name per file in the session: its path in a chosen folder, or its name, numbered if needed. */
function named(files: readonly File[]): NamedFile[] {
  return files.map((file) => {
    const base = file.webkitRelativePath || file.name;
    let name = base;
    for (let n = 2; state.names.has(name); n += 1) name = `${base} (${n})`;
    state.names.add(name);
    return { name, file, size: file.size };
  });
}

const plural = (n: number, one: string, many: string) =>
  `${n} ${n > 1 ? many : one}`;

const FORMATS: readonly [ExportFormat, string, string, string][] = [
  ["csv", "CSV", ".csv", "text/csv;charset=utf-8"],
  ["excel", "CSV pour Excel", "-excel.csv", "text/csv;charset=utf-8"],
  ["json", "Rapport JSON", ".json", "application/json"],
];

function start(element: HTMLElement) {
  const text = (selector: string) =>
    element.querySelector(`script[${selector}]`)?.textContent ?? "";
  const instruments: Instruments = {
    centre: text('data-net-instrument="centre"'),
    mediateur: text('data-net-instrument="mediateur"'),
  };
  // Read here for the level labels only: the worker validates the same texts before any computing.
  const scales = {
    centre: JSON.parse(instruments.centre) as Instrument,
    mediateur: JSON.parse(instruments.mediateur) as Instrument,
  };
  const labels = JSON.parse(text("data-net-labels")) as Record<string, string>;
  const q = <T extends Element>(selector: string) =>
    element.querySelector<T>(selector);
  const progressBox = q<HTMLElement>("[data-net-progress]");
  const progress = q<HTMLProgressElement>("progress");
  const status = q<HTMLElement>("[data-net-status]");
  const report = q<HTMLElement>("[data-net-report]");
  const output = q<HTMLElement>("[data-net-output]");
  const exports = q<HTMLElement>("[data-net-exports]");
  const exportStatus = q<HTMLElement>("[data-net-export-status]");
  if (!progressBox || !progress || !status || !report || !output || !exports)
    return;

  const exportButtons = (kind: Kind, part: AggregationPart) => {
    const title = kind === "centre" ? "centres" : "médiateur·trice·s";
    const file = `reseau-${kind === "centre" ? "centres" : "mediateurs"}-${new Date().toISOString().slice(0, 10)}`;
    return h(
      "div",
      { class: "ae-buttons" },
      h("span", { class: "net-export-label" }, `Réponses des ${title}\u00a0:`),
      FORMATS.map(([format, label, suffix, type]) => {
        const button = h(
          "button",
          { type: "button" },
          label,
          h("span", { class: "visually-hidden" }, ` (${title})`),
        );
        button.addEventListener("click", async () => {
          try {
            const { text } = await ask<ExportReply>({
              type: "export",
              kind,
              part,
              format,
              instruments,
            });
            download(`${file}${suffix}`, text, type);
            if (exportStatus)
              exportStatus.textContent = `Fichier ${file}${suffix} enregistré sur cet appareil.`;
          } catch (error) {
            if (exportStatus)
              exportStatus.textContent = String((error as Error).message);
          }
        });
        return button;
      }),
    );
  };

  const render = ({ reports, noExport }: ReportReply) => {
    const { centre, mediateur } = reports;
    const all = [centre, mediateur].flatMap((r) => (r ? [r] : []));
    const received =
      state.setAside.length + all.reduce((sum, r) => sum + r.received, 0);
    const setAside =
      state.setAside.length +
      all.reduce((sum, r) => sum + r.setAside.length, 0);
    output.replaceChildren(
      h(
        "p",
        { class: "meta" },
        `Rapport du ${new Intl.DateTimeFormat("fr-FR", { dateStyle: "long" }).format(new Date())}.`,
      ),
      h(
        "p",
        { class: "net-summary", "data-net-summary": "" },
        `${plural(received, "fichier lu", "fichiers lus")}\u00a0: ${plural(centre?.documents ?? 0, "centre compté", "centres comptés")}, ${plural(mediateur?.documents ?? 0, "auto-évaluation de médiateur·trice comptée", "auto-évaluations de médiateur·trice·s comptées")}, ${plural(setAside, "fichier mis de côté", "fichiers mis de côté")}.`,
      ),
      ...(centre && centre.documents > 0
        ? [
            h("h3", {}, "Les centres"),
            ...centreReport(centre, scales.centre, labels, element.clientWidth),
          ]
        : []),
      ...(mediateur && mediateur.documents > 0
        ? [
            h("h3", {}, "Les médiateur·trice·s"),
            ...mediateurReport(mediateur, scales.mediateur, labels),
          ]
        : []),
      h("h3", { id: "mis-de-cote" }, "Les fichiers mis de côté"),
      setAsideTable(state.setAside, all),
    );
    exports.replaceChildren(
      ...(["centre", "mediateur"] as const).flatMap((kind) => {
        const part = state.parts[kind];
        if (!part || !reports[kind]?.documents) return [];
        const why = noExport[kind];
        return [why ? h("p", {}, why) : exportButtons(kind, part)];
      }),
    );
    report.hidden = false;
  };

  const add = async (files: readonly File[]) => {
    if (files.length === 0) return;
    if (state.busy) {
      status.textContent =
        "Des fichiers sont en cours de lecture\u00a0: attendez la fin, puis ajoutez les autres.";
      return;
    }
    state.busy = true;
    progressBox.hidden = false;
    progress.max = files.length;
    const onProgress = (done: number, total: number) => {
      progress.value = done;
      status.textContent = `${done} fichier${done > 1 ? "s" : ""} lu${done > 1 ? "s" : ""} sur ${total}`;
    };
    try {
      const collected = await collect(named(files), instruments, onProgress);
      const parts = {
        centre: [
          ...(state.parts.centre ? [state.parts.centre] : []),
          ...collected.parts.centre,
        ],
        mediateur: [
          ...(state.parts.mediateur ? [state.parts.mediateur] : []),
          ...collected.parts.mediateur,
        ],
      };
      const reply = await ask<ReportReply>({
        type: "report",
        parts,
        instruments,
      });
      state.parts = reply.parts;
      state.setAside.push(...collected.setAside);
      render(reply);
      status.textContent = `${status.textContent}. Le rapport est prêt.`;
    } catch (error) {
      status.textContent = `Le rapport n’a pas pu être fait\u00a0: ${(error as Error).message}`;
    } finally {
      state.busy = false;
    }
  };

  for (const input of element.querySelectorAll<HTMLInputElement>(
    "input[type=file]",
  ))
    input.addEventListener("change", () => {
      void add([...(input.files ?? [])]).then(() => {
        input.value = "";
      });
    });
  // « Choisir un dossier » where the browser can: the input is made a folder picker here.
  const folder = q<HTMLElement>("[data-net-folder]");
  const folderInput = q<HTMLInputElement>("#net-dossier");
  if (
    folder &&
    folderInput &&
    "webkitdirectory" in HTMLInputElement.prototype
  ) {
    folderInput.webkitdirectory = true;
    folder.hidden = false;
  }

  const zone = q<HTMLElement>("[data-net-drop]");
  zone?.addEventListener("dragover", (event) => {
    event.preventDefault();
    zone.classList.add("net-drop-over");
  });
  zone?.addEventListener("dragleave", () =>
    zone.classList.remove("net-drop-over"),
  );
  zone?.addEventListener("drop", (event) => {
    event.preventDefault();
    zone.classList.remove("net-drop-over");
    void add([...(event.dataTransfer?.files ?? [])]);
  });

  q("[data-net-print]")?.addEventListener("click", () => window.print());
  q("[data-net-reset]")?.addEventListener("click", () => {
    state.parts = {};
    state.setAside = [];
    state.names.clear();
    output.replaceChildren();
    exports.replaceChildren();
    report.hidden = true;
    progressBox.hidden = true;
    status.textContent = "";
    q<HTMLInputElement>("#net-fichiers")?.focus();
  });
  element.dataset.ready = "";
}

const root = document.querySelector<HTMLElement>("[data-net]");
if (root)
  try {
    start(root);
  } catch {
    const warning = root.querySelector<HTMLElement>("[data-net-warning]");
    if (warning) {
      warning.textContent =
        "L’outil n’a pas pu démarrer (description des instruments illisible dans la page)\u00a0: rechargez la page.";
      warning.hidden = false;
    }
  }
