// The only script of the site's browse pages: pagefind is loaded on demand, from this site only.
const root = document.getElementById("resultats");
const base = root.dataset.base;
const status = root.querySelector("[role=status]");
const list = root.querySelector("ol");
const words =
  root.dataset.source === "path"
    ? decodeURIComponent(
        location.pathname.replace(/\/+$/, "").split("/").pop() || "",
      )
        .replace(/[-_.]+/g, " ")
        .replace(/\b(html?|index)\b/g, "")
        .trim()
    : (new URLSearchParams(location.search).get("q") || "").trim();
const input = document.querySelector("main input[type=search]");
if (input && words) input.value = words;
let loading;
const load = () =>
  (loading ??= import(`${base}pagefind/pagefind.js`).then(async (pagefind) => {
    // No web worker: one script file less to download, and the index is small.
    await pagefind.options({ baseUrl: base, noWorker: true });
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
// Results come 10 at a time: each one is a small file to download.
const more = root.querySelector(".more");
let pending = [];
const showMore = async () => {
  const next = await Promise.all(pending.slice(0, 10).map((r) => r.data()));
  pending = pending.slice(10);
  list.append(...next.map(item));
  more.hidden = pending.length === 0;
};
more.addEventListener("click", () => showMore());
if (words) {
  status.textContent = `Recherche de « ${words} »…`;
  try {
    const pagefind = await load();
    let search = await pagefind.search(words);
    // An address is often mistyped: if every word together finds nothing, try each word, longest first.
    const single = words.split(/\s+/).sort((a, b) => b.length - a.length);
    while (
      !search.results.length &&
      root.dataset.source === "path" &&
      single.length > 1
    ) {
      search = await pagefind.search(single.shift());
    }
    pending = search.results;
    await showMore();
    const count = search.results.length;
    status.textContent = count
      ? `${count} résultat${count > 1 ? "s" : ""} pour « ${words} ».`
      : `Aucun résultat pour « ${words} ».`;
  } catch {
    status.textContent = "La recherche n’a pas pu se charger.";
  }
}
