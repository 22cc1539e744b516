// Injected into every bench page before its own scripts (page.addInitScript): records, in
// performance.now() milliseconds since navigation start, when things happened. Read back as
// window.__bench. Nothing here changes what the page does.
//
//   fcp              first-contentful-paint (Paint Timing)
//   dcl, load        DOMContentLoaded and load
//   contentPainted   the frame after DOMContentLoaded has been presented (rAF, then a task):
//                    when the page's own content is on screen
//   defined          <kz-work-permit> defined (kz-work-permit.js and the glue evaluated)
//   wasmCompileStart the first WebAssembly compile or instantiate call (compileStreaming,
//                    instantiateStreaming, compile or instantiate)
//   wasmCompiled     the module compiled (its promise resolved)
//   wasmInstantiated the instance created (the glue's init has it)
//   stylesheetAdopted the widget's stylesheet adopted into the shadow root (the element does it
//                    as its module runs, before it paints the first step)
//   question         the first question's heading (.kzwp-heading) is in the shadow root: the
//                    element's first paint, which its module carries, before the wasm is ready
//   questionPainted  the frame showing it has been presented
//   ready            the widget mounted and usable: the element removed its aria-busy
//   resultInput      the trusted click on "See the result" (event.timeStamp: when the input arrived)
//   resultDom        the result screen (.kzwp-result) is in the shadow root
//   resultPainted    the frame showing it has been presented
(() => {
  const marks = {
    fcp: null, dcl: null, load: null, contentFrame: null, contentPainted: null, defined: null, shadowAttached: null,
    wasmCompileStart: null, wasmCompiled: null, wasmInstantiated: null, stylesheetAdopted: null,
    question: null, questionFrame: null, questionPainted: null, ready: null,
    resultInput: null, resultHandler: null, resultDom: null, resultFrame: null, resultPainted: null,
  };
  window.__bench = marks;
  // The marks the bench waits for (bench/browser.mjs) are announced on the console
  // ("bench:questionPainted"), so it can wait without evaluating anything in the page while it
  // loads: Playwright's first evaluation in a page injects its utility script, a main-thread task
  // of about 30 ms that would land in the middle of the load being measured. Only those, and no
  // User Timing marks: in a page that has just started, with DevTools attached, such calls cost
  // up to a millisecond each (a profile of a cold load showed 3.5 ms of recording around the
  // element's module), and the widget page records more marks than the page without it, so
  // they made the widget look slower than it is.
  const ANNOUNCED = new Set(["contentPainted", "load", "questionPainted", "ready", "resultPainted"]);
  const record = (values) => {
    for (const [name, time] of Object.entries(values)) {
      marks[name] = time;
      if (ANNOUNCED.has(name)) console.debug(`bench:${name}`);
    }
  };

  // rAF runs just before the frame is drawn; a message posted from it is handled after the frame
  // has been committed, which is as close to "on screen" as a page can observe.
  const afterPaint = (done) =>
    requestAnimationFrame(() => {
      const frame = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(frame, performance.now());
      channel.port2.postMessage(0);
    });

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === "first-contentful-paint") record({ fcp: entry.startTime });
    }).observe({ type: "paint", buffered: true });
  } catch {}

  document.addEventListener("DOMContentLoaded", () => {
    record({ dcl: performance.now() });
    afterPaint((frame, painted) => record({ contentFrame: frame, contentPainted: painted }));
  });
  addEventListener("load", () => record({ load: performance.now() }));
  customElements.whenDefined("kz-work-permit").then(() => record({ defined: performance.now() }));

  addEventListener(
    "click",
    (event) => {
      const target = event.composedPath()[0];
      if (target instanceof Element && target.closest('[data-action="result"]')) {
        record({ resultInput: event.timeStamp, resultHandler: performance.now() });
      }
    },
    true,
  );

  // WebAssembly: when compiling starts and ends, when the instance exists. A result with an
  // `instance` (instantiateStreaming, instantiate of bytes) is both compiled and instantiated.
  const once = (name) => marks[name] === null && record({ [name]: performance.now() });
  for (const method of ["compileStreaming", "instantiateStreaming", "compile", "instantiate"]) {
    const original = WebAssembly[method];
    if (typeof original !== "function") continue;
    WebAssembly[method] = function (...args) {
      once("wasmCompileStart");
      const result = original.apply(this, args);
      result.then((value) => {
        if (value instanceof WebAssembly.Module) once("wasmCompiled");
        else {
          once("wasmCompiled");
          once("wasmInstantiated");
        }
      }, () => {});
      return result;
    };
  }
  const adopted = Object.getOwnPropertyDescriptor(ShadowRoot.prototype, "adoptedStyleSheets");
  if (adopted?.set) {
    Object.defineProperty(ShadowRoot.prototype, "adoptedStyleSheets", {
      ...adopted,
      set(sheets) {
        adopted.set.call(this, sheets);
        once("stylesheetAdopted");
      },
    });
  }

  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    if (this.localName === "kz-work-permit" && marks.shadowAttached === null) {
      record({ shadowAttached: performance.now() });
      new MutationObserver(() => {
        const now = performance.now();
        if (marks.question === null && root.querySelector(".kzwp-heading")) {
          record({ question: now });
          afterPaint((frame, painted) => record({ questionFrame: frame, questionPainted: painted }));
        }
        if (marks.resultInput !== null && marks.resultDom === null && root.querySelector(".kzwp-result")) {
          record({ resultDom: now });
          afterPaint((frame, painted) => record({ resultFrame: frame, resultPainted: painted }));
        }
      }).observe(root, { childList: true, subtree: true });
      const host = this;
      new MutationObserver(() => {
        if (marks.ready === null && marks.question !== null && !host.hasAttribute("aria-busy")) record({ ready: performance.now() });
      }).observe(host, { attributes: true, attributeFilter: ["aria-busy"] });
    }
    return root;
  };
})();
