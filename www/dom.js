// DOM helpers shared by the demo pages (api-example.js, rules.js). Everything is built with DOM
// calls, never innerHTML, so the pages' strict CSP holds and data always renders as text.

/** The element with this id. */
export const $ = (id) => document.getElementById(id);

/** A small DOM builder: h("p", {class: "x"}, "text", child, [more]). */
export function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== undefined && value !== null && value !== false) node.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}
