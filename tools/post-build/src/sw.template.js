// The explorer's service worker, written at build time (tools/post-build).
//
// Install: every file of this build is fetched, two at a time, and kept
// only if its SHA-256 is this build's, so the cache never mixes two builds.
// A file named by its content is taken from the HTTP cache when it is there
// (the page has often just fetched it: it is not downloaded twice); the
// others (the page, the manifest, the icons) are revalidated with the host
// (a host may still send an old index.html; then the install fails, and
// the browser tries again later).
// Pages: fetched from the network, revalidated, when it answers within a few
// seconds; from the cache when it does not (offline, or a hanging connection).
// Files: from the cache, else the network.
// Updates: a new build's worker waits; the page asks for its build id and
// either lets it take over at once (the page is of that build already) or
// offers the reader to reload into it.
const CACHE = "{CACHE}";
const BUILD = "{BUILD}";
const FILES = [
  {FILES}
];
const NETWORK_WAIT_MS = 3000;

const hex = (buffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, "0")).join("");

// Files fetched at once while installing: few, so that on a first visit the
// page's own requests (a search's index files, a result's text) are not
// queued behind the worker's (a browser opens six connections to a host).
const PRECACHE_AT_ONCE = 2;

async function precache() {
  const cache = await caches.open(CACHE);
  const queue = [...FILES];
  const fetchNext = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [file, sha256, contentNamed] = next;
      const response = await fetch(file, { cache: contentNamed ? "default" : "no-cache" });
      if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
      const digest = hex(await crypto.subtle.digest("SHA-256", await response.clone().arrayBuffer()));
      if (digest !== sha256) throw new Error(`${file} is not of build ${BUILD}`);
      await cache.put(file, response);
    }
  };
  // One failure ends the install: the other fetches stop taking files.
  const stopOnFailure = () => fetchNext().catch((error) => {
    queue.length = 0;
    throw error;
  });
  await Promise.all(Array.from({ length: PRECACHE_AT_ONCE }, stopOnFailure));
}

self.addEventListener("install", (event) => {
  event.waitUntil(precache().catch(async (error) => {
    await caches.delete(CACHE);
    throw error;
  }));
});

self.addEventListener("activate", (event) => {
  const old = (name) => name.startsWith("explorer-") && name !== CACHE;
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter(old).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "build?") event.source.postMessage({ build: BUILD });
  if (event.data === "take-over") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    const page = new URL("./", self.registration.scope).href;
    const slow = new Promise((_, reject) => setTimeout(() => reject(new Error("no answer")), NETWORK_WAIT_MS));
    const network = fetch(request.url, { cache: "no-cache", credentials: "same-origin" })
      .then((response) => (response.ok ? response : Promise.reject(new Error(`HTTP ${response.status}`))));
    const cached = () => caches.open(CACHE).then((cache) => cache.match(page));
    event.respondWith(Promise.race([network, slow]).catch(() => cached().then((hit) => hit ?? fetch(request))));
  } else {
    event.respondWith(caches.open(CACHE).then((cache) => cache.match(request)).then((hit) => hit ?? fetch(request)));
  }
});
