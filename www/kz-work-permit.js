// <kz-work-permit>: the embeddable element. It loads the WebAssembly engine relative to this
// file's own URL, so one script tag works from any path or CDN, and hands the element's shadow
// root to the Rust widget, which renders everything inside it.
import init, { Widget } from "./pkg/kz_work_permit.js";

let ready = null;
function load() {
  ready ??= init({ module_or_path: new URL("./pkg/kz_work_permit_bg.wasm", import.meta.url) });
  return ready;
}

const LOAD_FAILED = {
  kk: "Калькулятор жүктелмеді. Бетті қайта жүктеп көріңіз.",
  ru: "Не удалось загрузить калькулятор. Попробуйте обновить страницу.",
  en: "The calculator could not load. Please reload the page.",
};

export class KzWorkPermitElement extends HTMLElement {
  static observedAttributes = ["lang", "contact-url", "contact-label", "as-of", "rules-src"];

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
    if (this.widget || this._loading) return;
    this._loading = true;
    this.setAttribute("aria-busy", "true");
    load()
      .then(() => {
        this.widget = new Widget(this.shadowRoot, this);
        this.widget.setUseFragment(!this.hasAttribute("no-url-state"));
        this.#readInlineRules();
        if (this._overrides !== undefined) this.widget.setOverrides(this._overrides);
        this.#apply();
      })
      .catch((error) => {
        const lang = (this.getAttribute("lang") || document.documentElement.lang || "ru").slice(0, 2);
        const p = document.createElement("p");
        p.setAttribute("role", "alert");
        p.textContent = LOAD_FAILED[lang] || LOAD_FAILED.en;
        this.shadowRoot.replaceChildren(p);
        console.error("kz-work-permit:", error);
      })
      .finally(() => this.removeAttribute("aria-busy"));
  }

  attributeChangedCallback() {
    if (this.widget) this.#apply();
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
    const lang = this.getAttribute("lang") || document.documentElement.lang || "";
    this.widget.setContact(this.getAttribute("contact-url") || "", this.getAttribute("contact-label") || "");
    this.widget.setAsOf(this.getAttribute("as-of") || "");
    this.widget.setLanguage(lang);
  }

  /** The current step: employer, staff, hire, dates, summary or result. */
  get step() {
    return this.widget ? this.widget.step() : null;
  }
}

if (!customElements.get("kz-work-permit")) {
  customElements.define("kz-work-permit", KzWorkPermitElement);
}
