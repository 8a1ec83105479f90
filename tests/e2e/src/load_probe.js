// The load benchmark's probe (tests/e2e/src/load.rs), run before any of the
// page's own scripts, in a function whose argument `CONFIG` names the
// system, its search box and the queries. It notes when the search box is shown, types the first
// query at once (as one `input` event with the whole text), notes when its
// results are shown, then types each next query as soon as the last one's
// results are shown. "Shown" is the first animation frame after the DOM
// holds it, so the time a paint could show it; times are milliseconds since
// navigation start. Then, for the explorer, it ticks and unticks a filter
// three times, timing each click to the frame that shows its chip come or
// go, and reads the memory held: the WebAssembly memories the page
// instantiated (caught as they are) and the JavaScript heap. The outcome is
// `window.__loadBench`.
if (window.top === window) {
  performance.setResourceTimingBufferSize(100000);
  const bench = (window.__loadBench = { box: null, queries: [], facet: [], memory: null, done: false, error: null });
  const memories = new Set();
  const keepMemory = (result) => {
    const instance = result.instance ?? result;
    for (const value of Object.values(instance.exports ?? {})) {
      if (value instanceof WebAssembly.Memory) memories.add(value);
    }
    return result;
  };
  for (const name of ["instantiate", "instantiateStreaming"]) {
    const original = WebAssembly[name];
    WebAssembly[name] = (...args) => original.apply(WebAssembly, args).then(keepMemory);
  }
  const input = () => document.querySelector(CONFIG.input);

  // The first frame after `holds()` is true of the DOM.
  const shown = (holds) =>
    new Promise((resolve) => {
      const check = () => {
        if (!holds()) return;
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now()));
      };
      const observer = new MutationObserver(check);
      observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      check();
    });

  const boxShown = () => {
    const box = input();
    if (!box) return false;
    const rect = box.getBoundingClientRect();
    return rect.width > 0 && rect.height > 0;
  };

  // Results of `query` on the page, not those of the view before it: for
  // the explorer, marks in its result items made or rewritten (it reuses
  // nodes) since the query was typed.
  const fresh = (mark) => mark.__was !== mark.textContent;
  const results = {
    explorer: (query) =>
      input().value === query && [...document.querySelectorAll("ol.results [data-doc-id] mark")].some(fresh),
    pagefind: (query) => {
      const message = document.querySelector(".pagefind-ui__message");
      return !!message && message.textContent.includes(query) && !!document.querySelector(".pagefind-ui__result-link");
    },
  }[CONFIG.system];

  const type = (query) => {
    for (const mark of document.querySelectorAll("mark")) mark.__was = mark.textContent;
    const box = input();
    box.focus();
    box.value = query;
    box.dispatchEvent(new Event("input", { bubbles: true }));
  };

  (async () => {
    bench.box = await shown(boxShown);
    for (const query of CONFIG.queries) {
      const typed = performance.now();
      type(query);
      bench.queries.push({ query, typed, shown: await shown(() => results(query)) });
    }
    if (CONFIG.system === "explorer") {
      const chips = () => document.querySelectorAll("[data-chip]").length;
      for (let click = 0; click < 6; click++) {
        const filter = document.querySelector(".facet-option:not(.disabled) input[type=checkbox]");
        const before = chips();
        const clicked = performance.now();
        filter.click();
        bench.facet.push((await shown(() => chips() !== before)) - clicked);
      }
      const wasm = [...memories].reduce((sum, memory) => sum + memory.buffer.byteLength, 0);
      bench.memory = { wasm, js: performance.memory ? performance.memory.usedJSHeapSize : 0 };
    }
    bench.done = true;
  })().catch((error) => {
    bench.error = String(error && error.stack ? error.stack : error);
  });
}
