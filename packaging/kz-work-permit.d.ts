/** The <kz-work-permit> custom element; importing this module defines it. */
export declare class KzWorkPermitElement extends HTMLElement {
  /** The site owner's rule overrides: `{ parameters: [{ id, value, citation, url?, effectiveFrom?, effectiveTo?, confidence? }] }`. */
  overrides: unknown;
  /** The current step: employer, staff, hire, dates, summary or result. */
  readonly step: string | null;
}
declare global {
  interface HTMLElementTagNameMap {
    "kz-work-permit": KzWorkPermitElement;
  }
}
