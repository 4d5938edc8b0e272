// The network page's test data: centre documents made with the package (each with its identity), and the
// figures the page should show, computed with the package itself.
import {
  aggregateFiles,
  createDocument,
  getInstrument,
  serialize,
} from "@mediation-numerique/auto-evaluation";

export const centre = getInstrument("centre");
export const mediateur = getInstrument("mediateur");

const communes = ["Saint-Denis", "Bobigny", "Montreuil", "Aubervilliers"];

/** Centre `i`'s answers: a level, « non concerné » or nothing, varied from one centre to the next. */
function answersOf(i) {
  const { levels } = centre.scale;
  return Object.fromEntries(
    centre.items.flatMap(({ id }, index) => {
      const step = (index * 7 + i * 3) % (levels.length + 2);
      if (step === levels.length + 1) return [];
      return [
        [
          id,
          step === levels.length
            ? { notApplicable: true }
            : { level: levels[step].id },
        ],
      ];
    }),
  );
}

/** Centre `i`'s export, as the centre page saves it. */
export function centreFile(i) {
  const day = String((i % 28) + 1).padStart(2, "0");
  const month = String(Math.floor(i / 28) + 1).padStart(2, "0");
  const document = createDocument(centre, {
    date: `2025-${month}-${day}T09:00:00Z`,
    structure: {
      nom: `Centre social n° ${i + 1}`,
      commune: communes[i % communes.length],
    },
    answers: answersOf(i),
    indicators: {
      dedicatedRoom: i % 3 !== 0,
      publicWifi: i % 2 === 0,
      computers: 2 + (i % 9),
      digitalStaff: 1 + (i % 4),
      salariedStaff: i % 4,
    },
  });
  return {
    name: `centre-${String(i + 1).padStart(2, "0")}.json`,
    content: serialize(document),
  };
}

/** Three bad files: not JSON, a document of another instrument, a tampered centre document. */
export function badFiles() {
  const valid = JSON.parse(centreFile(99).content);
  const tampered = structuredClone(valid);
  tampered.answers[centre.items[0].id] = { level: "excellent" };
  return [
    { name: "pas-du-json.json", content: "Ceci n’est pas une auto-évaluation" },
    {
      name: "autre-outil.json",
      content: JSON.stringify({ ...valid, instrument: "diagnostic" }),
    },
    { name: "modifie.json", content: JSON.stringify(tampered) },
  ];
}

/** What playwright's setInputFiles takes. */
export const asUploads = (files) =>
  files.map(({ name, content }) => ({
    name,
    mimeType: "application/json",
    buffer: Buffer.from(content),
  }));

/** The report the page should show for centre files. */
export const expectedCentreReport = (files) =>
  aggregateFiles(files, { instrument: centre });

/** Text with every kind of space made one plain space, to compare cells. */
export const plain = (text) => text.replace(/\s+/g, " ").trim();

/** The rows of a table (header and data cells) as plain texts. */
export const tableTexts = (page, selector) =>
  page.$$eval(`${selector} tbody tr`, (rows) =>
    rows.map((row) =>
      [...row.querySelectorAll("th, td")].map((cell) =>
        cell.textContent.replace(/\s+/g, " ").trim(),
      ),
    ),
  );
