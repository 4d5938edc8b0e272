// The only script of the search page and the 404: pagefind is loaded on demand, from this site only.
// It says what it is doing in words: « Recherche en cours… », then the count, or why it failed.
const root = document.getElementById("resultats");
const base = root.dataset.base;
const statusLine = root.querySelector("[role=status]");
const list = root.querySelector("ol");
const more = root.querySelector(".more");
const failed = root.querySelector(".search-failed");
const fromPath = root.dataset.source === "path";
const params = new URLSearchParams(location.search);
const words = fromPath
  ? decodeURIComponent(
      location.pathname.replace(/\/+$/, "").split("/").pop() || "",
    )
      .replace(/[-_.]+/g, " ")
      .replace(/\b(html?|index)\b/g, "")
      .trim()
  : (params.get("q") || "").trim();
// The documentation for developers has its own index, read only when asked (or from its own pages).
const withDocs = fromPath
  ? location.pathname.startsWith(`${base}documentation/`)
  : params.get("dans") === "documentation";
const input = document.querySelector("main input[type=search]");
if (input && words) input.value = words;
const docsBox = document.querySelector("main input[name=dans]");
if (docsBox) docsBox.checked = withDocs;

// Pagefind gives up quietly on an index file that does not arrive (no result, no error): note it,
// so that a failed download is never shown as « Aucun résultat ».
let missing = false;
const fetchFromNetwork = globalThis.fetch;
globalThis.fetch = (...args) =>
  fetchFromNetwork(...args).then(
    (response) => {
      missing ||= !response.ok;
      return response;
    },
    (error) => {
      missing = true;
      throw error;
    },
  );

let loading;
const load = () =>
  (loading ??= import(`${base}pagefind/pagefind.js`).then(async (pagefind) => {
    // No web worker: one script file less to download, and the index is small.
    await pagefind.options({ baseUrl: base, noWorker: true });
    if (withDocs)
      await pagefind.mergeIndex(`${base}pagefind/documentation/`, {
        baseUrl: base,
      });
    return pagefind;
  }));
input?.addEventListener("focus", () => load().catch(() => {}), {
  once: true,
});

const item = (result) => {
  const li = document.createElement("li");
  const a = document.createElement("a");
  a.href = result.url;
  a.textContent = result.meta.title || result.url;
  const where = [result.meta.referentiel, result.meta.domaine].filter(Boolean);
  li.append(a);
  if (where.length) {
    const p = document.createElement("p");
    p.className = "meta";
    p.textContent = where.join(" · ");
    li.append(p);
  }
  const excerpt = document.createElement("p");
  excerpt.innerHTML = result.excerpt;
  li.append(excerpt);
  return li;
};

// Results come 5 at a time: each one is a file to download, and the first ones matter most.
const PAGE = 5;
let pending = [];
const showMore = async () => {
  const next = await Promise.all(pending.slice(0, PAGE).map((r) => r.data()));
  pending = pending.slice(PAGE);
  list.append(...next.map(item));
  more.hidden = pending.length === 0;
};

const fail = () => {
  list.replaceChildren();
  more.hidden = true;
  statusLine.textContent =
    "La recherche n’a pas pu se charger. Vérifiez la connexion à internet, puis rechargez la page.";
  failed.hidden = false;
};
more.addEventListener("click", () => {
  more.disabled = true;
  showMore()
    .catch(fail)
    .finally(() => (more.disabled = false));
});

if (words) {
  statusLine.textContent = "Recherche en cours…";
  // Over a weak connection the first search downloads about 90 kB: say why it takes time.
  const slow = setTimeout(() => {
    statusLine.textContent =
      "Recherche en cours… Le premier chargement est long sur une connexion lente.";
  }, 3000);
  try {
    const pagefind = await load();
    let search = await pagefind.search(words);
    // An address is often mistyped: if every word together finds nothing, try each word, longest first.
    const single = words.split(/\s+/).sort((a, b) => b.length - a.length);
    while (!search.results.length && fromPath && single.length > 1) {
      search = await pagefind.search(single.shift());
    }
    if (missing) throw new Error("index incomplet");
    pending = search.results;
    await showMore();
    const count = search.results.length;
    const scope = withDocs ? ", documentation comprise" : "";
    statusLine.textContent = count
      ? `${count} résultat${count > 1 ? "s" : ""} pour « ${words} »${scope}.`
      : `Aucun résultat pour « ${words} »${scope}.`;
  } catch {
    fail();
  } finally {
    clearTimeout(slow);
  }
}
