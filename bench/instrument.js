// Injected into every bench page before its own scripts (page.addInitScript): records, in
// performance.now() milliseconds since navigation start, when things happened. Read back as
// window.__bench, and also left as performance marks named bench:<name>. Nothing here changes what the page does.
//
//   fcp              first-contentful-paint (Paint Timing)
//   dcl, load        DOMContentLoaded and load
//   contentPainted   the frame after DOMContentLoaded has been presented (rAF, then a task):
//                    when the page's own content is on screen
//   defined          <kz-work-permit> defined (kz-work-permit.js and the glue evaluated)
//   question         the first question's heading (.kzwp-heading) is in the shadow root
//   questionPainted  the frame showing it has been presented
//   resultInput      the trusted click on "See the result" (event.timeStamp: when the input arrived)
//   resultDom        the result screen (.kzwp-result) is in the shadow root
//   resultPainted    the frame showing it has been presented
(() => {
  const marks = {
    fcp: null, dcl: null, load: null, contentFrame: null, contentPainted: null, defined: null, shadowAttached: null,
    question: null, questionFrame: null, questionPainted: null,
    resultInput: null, resultHandler: null, resultDom: null, resultFrame: null, resultPainted: null,
  };
  window.__bench = marks;
  // Each mark is also a User Timing mark ("bench:question", …), so a DevTools trace shows them.
  const record = (values) => {
    for (const [name, time] of Object.entries(values)) {
      marks[name] = time;
      try {
        performance.mark(`bench:${name}`, { startTime: time });
      } catch {}
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
    }
    return root;
  };
})();
