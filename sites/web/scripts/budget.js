// `npm run budget`: prints the weight of each page type of the built site (run `npm run build` first).
import { launch } from "../e2e/lib/browser.js";
import {
  formatTable,
  formatToolTable,
  measure,
  overBudget,
} from "../e2e/lib/budget.js";
import { serve } from "../e2e/lib/server.js";
import { distDir } from "../e2e/lib/site.js";
import { offlineSummary } from "./offline-size.js";

const server = await serve(distDir);
const browser = await launch();
try {
  const rows = await measure(browser, server, distDir);
  console.log(formatTable(rows));
  console.log(`\n${formatToolTable(rows)}`);
  console.log(
    "\nCibles : 0 Ko de JS (fichier ou <script>) sur les pages de consultation avant la recherche ; HTML de l’accueil ≤ 14 Ko compressé ;" +
      "\n≤ 100 Ko transférés et ≤ 10 requêtes par page de consultation à la première visite ; aucune requête vers un tiers ;" +
      "\nune fois la recherche ouverte (résultats, 404) : ≤ 150 Ko et ≤ 20 requêtes (script pagefind, WebAssembly, index, 5 premiers résultats)." +
      "\nLe seul JS des pages d’item est l’attribut onclick du bouton de copie, exécuté au clic seulement." +
      "\nPages d’outils : ≤ 36 Ko de JS compressé (gzip, paquets compris) au PREMIER AFFICHAGE (scripts de la page et leurs imports statiques) ;" +
      "\nle total avec tout ce que import() peut charger ensuite (chaînes complètes, chaque fichier compté une fois) sous le plafond de la page (mesure + 10 % environ)." +
      "\nLes pages d’outils échappent à la règle « 0 Ko de JS » des pages de consultation.",
  );
  console.log(`\n${(await offlineSummary(distDir)).join("\n")}`);
  const problems = overBudget(rows);
  if (problems.length) {
    console.error(`\nBudget dépassé :\n- ${problems.join("\n- ")}`);
    process.exitCode = 1;
  } else console.log("\nBudget respecté.");
} finally {
  await browser.close();
  await server.close();
}
