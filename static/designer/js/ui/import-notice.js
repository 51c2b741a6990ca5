// The notice at the top of the canvas after an import: what the design will
// not give back exactly as the template was written. Shown once.

import { h } from "./dom.js";

export function createImportNotice(element) {
  element.addEventListener("click", (event) => {
    if (!event.target.closest("[data-command=dismiss-import-notice]")) return;
    element.hidden = true;
    element.replaceChildren();
  });

  return {
    show(lines) {
      if (lines.length === 0) return;
      element.replaceChildren(
        h(
          "div",
          { class: "import-notice__header" },
          h("h2", { class: "import-notice__title", text: "Imported from a template" }),
          h("button", {
            type: "button",
            class: "import-notice__close",
            dataset: { command: "dismiss-import-notice" },
            "aria-label": "Dismiss the import notice",
            title: "Dismiss",
            text: "\u00d7",
          }),
        ),
        h(
          "ul",
          { class: "import-notice__list" },
          lines.map((line) =>
            h(
              "li",
              { class: "import-notice__item", dataset: { code: line.code } },
              line.path ? h("code", { class: "import-notice__path", text: line.path }) : null,
              h("span", { text: line.message }),
            ),
          ),
        ),
      );
      element.hidden = false;
    },
  };
}
