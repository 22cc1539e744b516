// <kz-work-permit>: the embeddable element. `cargo xtask build` bundles and minifies this file to
// www/kz-work-permit.js, where it is served from (the paths below are relative to that place). It
// loads the WebAssembly widget relative to its own URL, so one script tag works from any path or
// CDN, and hands the element's shadow root to the Rust widget, which renders everything inside it.
//
// Each language has its own build (the widget with that language's text only), so a visitor
// downloads one language. Switching language loads the other build and carries the answers over.
// The widget's stylesheet and its first step in each language come with this file: the build
// draws them with the widget's own code (examples/prerender.rs writes www/pkg/first-paint.js,
// which the build bundles in here and then moves to target/). So the element paints the first
// question as soon as it runs, in the next frame (the page's own first frame when this script
// arrives before the page's stylesheets), and loads the widget's wasm after that frame.
// The paths are literal so that bundlers can follow them.
import { css as STYLESHEET, firstStep as FIRST_STEP, fragment as FRAGMENT_MARK } from "./pkg/first-paint.js";

const BUILDS = {
  kk: () => [() => import("./pkg/embed-kk/kz_work_permit.js"), new URL("./pkg/embed-kk/kz_work_permit_bg.wasm", import.meta.url)],
  ru: () => [() => import("./pkg/embed-ru/kz_work_permit.js"), new URL("./pkg/embed-ru/kz_work_permit_bg.wasm", import.meta.url)],
  en: () => [() => import("./pkg/embed-en/kz_work_permit.js"), new URL("./pkg/embed-en/kz_work_permit_bg.wasm", import.meta.url)],
};

const loaded = {};
/**
 * The build for `lang`, loaded once: resolves to its glue once its wasm is compiled, which starts
 * while the wasm downloads. A server that does not send the wasm as application/wasm cannot have
 * it compiled as a stream: then it is compiled from its bytes.
 */
function load(lang) {
  loaded[lang] ??= (async () => {
    const [glue, wasm] = BUILDS[lang]();
    const compiled = WebAssembly.compileStreaming(fetch(wasm)).catch(() =>
      fetch(wasm).then((response) => response.arrayBuffer()).then((bytes) => WebAssembly.compile(bytes)),
    );
    compiled.catch(() => {}); // Reported through the init below; not an unhandled rejection.
    const module = await glue();
    await module.default({ module_or_path: compiled });
    return module;
  })().catch((error) => {
    // A failed load may be retried (say, after the network came back).
    delete loaded[lang];
    throw error;
  });
  return loaded[lang];
}

/** Resolves once the page has drawn what is in the DOM now and the tasks queued by then have
 * run: requestAnimationFrame runs just before a frame; a message posted from it is handled after
 * the frame (a message rather than a timer, which may run first); a timer set from there runs
 * after the tasks already waiting (the page's own work after its first frame, input). */
function afterNextFrame() {
  if (document.visibilityState === "hidden") return Promise.resolve(); // it draws no frames
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => setTimeout(resolve);
      channel.port2.postMessage(null);
    }),
  );
}

/** The language the element shows: its lang attribute, else the page's, else Russian. */
function languageOf(element) {
  const tag = (element.getAttribute("lang") || document.documentElement.lang || "").toLowerCase();
  const primary = tag.split(/[-_]/)[0];
  if (primary === "kz") return "kk";
  return Object.hasOwn(BUILDS, primary) ? primary : "ru";
}

const LOAD_FAILED = {
  kk: "Калькулятор жүктелмеді. Бетті қайта жүктеп көріңіз.",
  ru: "Не удалось загрузить калькулятор. Попробуйте обновить страницу.",
  en: "The calculator could not load. Please reload the page.",
};

export class KzWorkPermitElement extends HTMLElement {
  static observedAttributes = ["lang", "contact-url", "contact-label", "contact-label-kk", "contact-label-ru", "contact-label-en", "firm-name", "as-of", "rules-src"];

  constructor() {
    super();
    this.attachShadow({ mode: "open" });
    this.widget = null;
    this._overrides = undefined;
    this._rulesSrc = null;
  }

  /** The site owner's rule overrides (`{parameters: [...]}`); see the README. */
  get overrides() {
    return this._overrides;
  }

  set overrides(value) {
    this._overrides = value;
    if (this.widget) this.widget.setOverrides(value ?? null);
  }

  connectedCallback() {
    if (this.widget || this._lang) return;
    this.#mount(languageOf(this), "", "");
  }

  attributeChangedCallback() {
    if (!this.widget) return;
    const lang = languageOf(this);
    if (lang === this._lang) {
      this.#apply();
      return;
    }
    // Another language's build: carry the answers over, and keep the focus on the language
    // buttons if the visitor was using them.
    const focusId = this.shadowRoot.activeElement ? `kzwp-lang-${lang}` : "";
    this.#mount(lang, this.widget.snapshot(), focusId);
  }

  // Loads the build for `lang` and mounts its widget in place of the current one; until the
  // first widget is there, shows the first step as the widget will draw it.
  #mount(lang, snapshot, focusId) {
    this._lang = lang;
    this.setAttribute("aria-busy", "true");
    this.#adoptStyles();
    // The build is requested once the first step is on screen: starting the wasm's download,
    // then compiling it and evaluating the glue, is main-thread work that delayed that frame by
    // a few milliseconds, while the wasm still arrived in time (bench/README.md).
    const painted = this.#paintFirst(lang) ? afterNextFrame() : Promise.resolve();
    painted
      .then(() => load(lang))
      .then((module) => {
        if (this._lang !== lang) return; // a later switch won
        this.widget?.free();
        this.widget = new module.Widget(this.shadowRoot, this);
        this._shown = lang;
        this.widget.setUseFragment(!this.hasAttribute("no-url-state"));
        this.#readInlineRules();
        if (this._overrides !== undefined) this.widget.setOverrides(this._overrides ?? null);
        this.#apply();
        if (snapshot || focusId) this.widget.restore(snapshot, focusId);
        // The lang attribute changed while this build was loading: switch again.
        if (languageOf(this) !== lang) this.attributeChangedCallback();
      })
      .catch((error) => {
        if (this._lang !== lang) return;
        console.error(`kz-work-permit: the ${lang} build did not load:`, error);
        if (this.widget) {
          // A language switch failed: keep the widget and the answers in the language shown.
          this._lang = this._shown;
          this.setAttribute("lang", this._shown);
          return;
        }
        const p = document.createElement("p");
        p.setAttribute("role", "alert");
        p.textContent = LOAD_FAILED[lang] || LOAD_FAILED.en;
        this.shadowRoot.replaceChildren(p);
      })
      .finally(() => {
        if (this._lang === lang || this._lang === this._shown) this.removeAttribute("aria-busy");
      });
  }

  // The widget's stylesheet, adopted once: it stays through every render and language switch.
  #adoptStyles() {
    if (this._styled) return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(STYLESHEET);
    this.shadowRoot.adoptedStyleSheets = [sheet];
    this._styled = true;
  }

  // The first step, inert, while the wasm is on its way: the visitor sees the question at once
  // and can use it as soon as the widget takes over (its first render replaces this one). Not
  // when the page's address holds answers to restore: the widget opens on their step instead.
  // Returns whether it painted.
  #paintFirst(lang) {
    if (this.widget) return false;
    const restoring = !this.hasAttribute("no-url-state") && location.hash.split("&")[0] === `#${FRAGMENT_MARK}`;
    if (restoring) return false;
    this.shadowRoot.innerHTML = FIRST_STEP[lang];
    this.shadowRoot.firstElementChild.inert = true;
    return true;
  }

  // Overrides given inline: <script type="application/json" slot="rules">{…}</script>.
  #readInlineRules() {
    const script = this.querySelector('script[type="application/json"][slot="rules"]');
    if (!script || this._overrides !== undefined) return;
    try {
      this._overrides = JSON.parse(script.textContent);
    } catch (error) {
      console.error(`kz-work-permit: the rules script is not valid JSON, built-in rules stay: ${error.message}`);
    }
  }

  // Overrides from a same-origin URL in the rules-src attribute.
  async #loadRules(src) {
    this._rulesSrc = src;
    if (!src) return;
    const url = new URL(src, document.baseURI);
    if (url.origin !== location.origin) {
      console.error(`kz-work-permit: rules-src must be on this site's origin (${location.origin}), got ${url.origin}; built-in rules stay`);
      return;
    }
    try {
      const response = await fetch(url, { credentials: "same-origin" });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const overrides = await response.json();
      if (this._rulesSrc === src) this.overrides = overrides;
    } catch (error) {
      console.error(`kz-work-permit: could not load rules-src ${url}: ${error.message}; built-in rules stay`);
    }
  }

  #apply() {
    const src = this.getAttribute("rules-src");
    if (src !== this._rulesSrc) this.#loadRules(src);
    // The call to action's label in the language shown, else the one for every language.
    const label = this.getAttribute(`contact-label-${this._lang}`) || this.getAttribute("contact-label") || "";
    this.widget.setFirm(this.getAttribute("firm-name") || "");
    this.widget.setContact(this.getAttribute("contact-url") || "", label);
    this.widget.setAsOf(this.getAttribute("as-of") || "");
  }

  /** The current step: employer, staff, hire, dates, summary or result. */
  get step() {
    return this.widget ? this.widget.step() : null;
  }
}

if (!customElements.get("kz-work-permit")) {
  customElements.define("kz-work-permit", KzWorkPermitElement);
}
