/**
 * The network page’s island: files chosen (picker, folder or drop) are read on this device by `collect`
 * (a worker checks them, chunk by chunk), the parts are joined with `mergeParts`, and the report is drawn from
 * `networkReport`. Exports are made here too (`networkCSV`, `networkJSON`), as downloads. Nothing is sent.
 */
import {
  instrumentFromJSON,
  MIN_GROUP,
  mergeParts,
  networkCSV,
  networkJSON,
  networkReport,
  type AggregationPart,
  type Instrument,
} from "@mediation-numerique/auto-evaluation/engine";
import { h, problemsOf } from "../auto-evaluation/tool";
import { collect, type NamedFile, type PageSetAside } from "./collect";
import { centreReport, mediateurReport, setAsideTable } from "./report";

type Kind = "centre" | "mediateur";
const KINDS: readonly Kind[] = ["centre", "mediateur"];

const root = document.querySelector<HTMLElement>("[data-net]");
const json = (selector: string) =>
  root?.querySelector(`script[${selector}]`)?.textContent ?? "";

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

function start(element: HTMLElement, instruments: Record<Kind, Instrument>) {
  const labels = JSON.parse(json("data-net-labels") || "{}") as Record<
    string,
    string
  >;
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
    const instrument = instruments[kind];
    const who = kind === "centre" ? "centres" : "mediateurs";
    const day = new Date().toISOString().slice(0, 10);
    const file = `reseau-${who}-${day}`;
    const button = (label: string, hidden: string, make: () => void) => {
      const element = h(
        "button",
        { type: "button" },
        label,
        h("span", { class: "visually-hidden" }, ` (${hidden})`),
      );
      element.addEventListener("click", () => {
        try {
          make();
          if (exportStatus)
            exportStatus.textContent = "Fichier enregistré sur cet appareil.";
        } catch (error) {
          if (exportStatus)
            exportStatus.textContent = problemsOf(error)
              .map((problem) => problem.message)
              .join(" ");
        }
      });
      return element;
    };
    const title = kind === "centre" ? "centres" : "médiateur·trices";
    return h(
      "div",
      { class: "ae-buttons" },
      h("span", { class: "net-export-label" }, `Réponses des ${title}\u00a0:`),
      button("CSV", title, () =>
        download(
          `${file}.csv`,
          networkCSV(part, { instrument }),
          "text/csv;charset=utf-8",
        ),
      ),
      button("CSV pour Excel", title, () =>
        download(
          `${file}-excel.csv`,
          networkCSV(part, { instrument, separator: ";", bom: true }),
          "text/csv;charset=utf-8",
        ),
      ),
      button("Rapport JSON", title, () =>
        download(
          `${file}.json`,
          networkJSON(part, { instrument }),
          "application/json",
        ),
      ),
    );
  };

  /** The package’s reason for not exporting fewer than `MIN_GROUP` mediators’ answers. */
  const whyNoExport = (part: AggregationPart) => {
    try {
      networkCSV(part, { instrument: instruments.mediateur });
      return "";
    } catch (error) {
      return problemsOf(error)
        .map((problem) => problem.message)
        .join(" ");
    }
  };

  const render = () => {
    const reports = KINDS.flatMap((kind) => {
      const part = state.parts[kind];
      return part
        ? [
            {
              kind,
              part,
              report: networkReport(part, { instrument: instruments[kind] }),
            },
          ]
        : [];
    });
    const centre = reports.find((r) => r.kind === "centre");
    const mediateur = reports.find(
      (r) => r.kind === "mediateur" && r.report.received > 0,
    );
    const received =
      state.setAside.length +
      reports.reduce((sum, { report }) => sum + report.received, 0);
    const setAside =
      state.setAside.length +
      reports.reduce((sum, { report }) => sum + report.setAside.length, 0);
    const plural = (n: number, one: string, many: string) =>
      `${n} ${n > 1 ? many : one}`;
    output.replaceChildren(
      h(
        "p",
        { class: "net-summary", "data-net-summary": "" },
        `${plural(received, "fichier lu", "fichiers lus")}\u00a0: ${plural(centre?.report.documents ?? 0, "centre compté", "centres comptés")}, ${plural(mediateur?.report.documents ?? 0, "auto-évaluation de médiateur·trice comptée", "auto-évaluations de médiateur·trices comptées")}, ${plural(setAside, "fichier mis de côté", "fichiers mis de côté")}.`,
      ),
      ...(centre && centre.report.documents > 0
        ? [
            h("h3", {}, "Les centres"),
            ...centreReport(centre.report, instruments.centre, labels),
          ]
        : []),
      ...(mediateur
        ? [
            h("h3", {}, "Les médiateur·trices"),
            ...mediateurReport(mediateur.report, instruments.mediateur, labels),
          ]
        : []),
      h("h3", { id: "mis-de-cote" }, "Les fichiers mis de côté"),
      setAsideTable(
        state.setAside,
        reports.map((r) => r.report),
      ),
    );
    exports.replaceChildren(
      ...reports
        .filter(({ report }) => report.documents > 0)
        .map(({ kind, part, report: { documents } }) =>
          kind === "mediateur" && documents < MIN_GROUP
            ? h("p", {}, whyNoExport(part))
            : exportButtons(kind, part),
        ),
    );
    report.hidden = false;
  };

  const add = async (files: readonly File[]) => {
    if (files.length === 0 || state.busy) return;
    state.busy = true;
    progressBox.hidden = false;
    progress.max = files.length;
    const onProgress = (done: number, total: number) => {
      progress.value = done;
      status.textContent = `${done} fichier${done > 1 ? "s" : ""} lu${done > 1 ? "s" : ""} sur ${total}`;
    };
    try {
      const collected = await collect(named(files), {
        centre: json("data-net-instrument=centre"),
        mediateur: json("data-net-instrument=mediateur"),
        onProgress,
      });
      for (const kind of KINDS) {
        const previous = state.parts[kind];
        const parts = [...(previous ? [previous] : []), ...collected[kind]];
        if (parts.length > 0) state.parts[kind] = mergeParts(parts);
      }
      state.setAside.push(...collected.setAside);
      render();
      status.textContent = `${status.textContent}. Le rapport est prêt.`;
    } catch (error) {
      status.textContent = `Le rapport n’a pas pu être fait\u00a0: ${problemsOf(
        error,
      )
        .map((p) => p.message)
        .join(" ")}`;
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
  const folder = q<HTMLElement>("[data-net-folder]");
  if (folder && "webkitdirectory" in HTMLInputElement.prototype)
    folder.hidden = false;

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

  q<HTMLButtonElement>("[data-net-print]")?.addEventListener("click", () =>
    window.print(),
  );
  q<HTMLButtonElement>("[data-net-reset]")?.addEventListener("click", () => {
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
  element.querySelector("[data-net-nojs]")?.remove();
  q<HTMLElement>("[data-net-pick]")?.removeAttribute("hidden");
}

if (root) {
  try {
    start(root, {
      centre: instrumentFromJSON(json("data-net-instrument=centre")),
      mediateur: instrumentFromJSON(json("data-net-instrument=mediateur")),
    });
  } catch {
    const warning = root.querySelector<HTMLElement>("[data-net-warning]");
    if (warning) {
      warning.textContent =
        "L’outil n’a pas pu démarrer (description des instruments illisible dans la page)\u00a0: rechargez la page.";
      warning.hidden = false;
    }
  }
}
