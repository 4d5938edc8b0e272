/**
 * Registers the service worker (`sw.js`, written at build time by integrations/offline.ts) from the
 * tool pages, so that after one visit the tools open again with no network. Browse pages ship no
 * script: once registered, the worker serves and keeps them too. When a new version of the site has
 * been downloaded, one line says so, and the worker waits until the person asks to switch: a page never
 * runs half on old files and half on new ones.
 */
const BASE = import.meta.env.BASE_URL.replace(/\/?$/, "/");

let asked = false;

function announce(waiting: ServiceWorker): void {
  if (document.querySelector(".offline-update")) return;
  const line = document.createElement("p");
  line.className = "offline-update";
  line.setAttribute("role", "status");
  line.append("Une nouvelle version du site est prête. ");
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = "Passer à la nouvelle version";
  button.addEventListener("click", () => {
    asked = true;
    waiting.postMessage({ type: "SKIP_WAITING" });
  });
  line.append(button);
  (document.querySelector("main .wrap") ?? document.body).prepend(line);
}

async function register(): Promise<void> {
  const registration = await navigator.serviceWorker.register(`${BASE}sw.js`, {
    scope: BASE,
  });
  if (registration.waiting && navigator.serviceWorker.controller)
    announce(registration.waiting);
  registration.addEventListener("updatefound", () => {
    const worker = registration.installing;
    worker?.addEventListener("statechange", () => {
      if (worker.state === "installed" && navigator.serviceWorker.controller)
        announce(worker);
    });
  });
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (asked) window.location.reload();
  });
}

if ("serviceWorker" in navigator)
  register().catch(() => {
    // No worker (a browser that refuses it, a private window): the site still works online.
  });
