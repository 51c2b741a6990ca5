// Why an import was refused, shown on the list page until dismissed or
// replaced by the next attempt.

import { h } from "./dom.js";

export function createImportProblem(element) {
  element.addEventListener("click", (event) => {
    if (event.target.closest("[data-command=dismiss-import-problem]")) clear();
  });

  function clear() {
    element.hidden = true;
    element.replaceChildren();
  }

  function show({ title, lines }) {
    element.replaceChildren(
      h(
        "div",
        { class: "import-problem__header" },
        h("h2", { class: "import-problem__title", text: title }),
        h("button", {
          type: "button",
          class: "button button--quiet",
          dataset: { command: "dismiss-import-problem" },
          "aria-label": "Dismiss",
          text: "Dismiss",
        }),
      ),
      h("ul", { class: "import-problem__list" }, lines.map((line) => h("li", { text: line }))),
      h("p", { class: "import-problem__hint", text: "No design was created. Fix the file and import it again." }),
    );
    element.hidden = false;
  }

  return { show, clear };
}
