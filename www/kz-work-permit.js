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
  static observedAttributes = ["lang", "contact-url", "contact-label", "as-of"];

  constructor() {
    super();
    this.attachShadow({ mode: "open" });
    this.widget = null;
  }

  connectedCallback() {
    if (this.widget || this._loading) return;
    this._loading = true;
    this.setAttribute("aria-busy", "true");
    load()
      .then(() => {
        this.widget = new Widget(this.shadowRoot, this);
        this.widget.setUseFragment(!this.hasAttribute("no-url-state"));
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

  #apply() {
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
