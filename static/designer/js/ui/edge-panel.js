// The small panel for a selected connection: what it is, and a button to
// remove it.

import { connectionLabel, findConnection } from "../model/connections.js";
import { h } from "./dom.js";

export function createEdgePanel(element, { onRemove, onClose }) {
  let shown = null;

  element.addEventListener("click", (event) => {
    const button = event.target.closest("[data-command]");
    if (!button || !shown) return;
    if (button.dataset.command === "remove-connection") onRemove(shown.path);
    if (button.dataset.command === "close-connection") onClose();
  });

  return {
    render(state) {
      const connection = findConnection(state.design, state.selectedConnection);
      if (connection === shown) return;
      shown = connection;
      element.hidden = !connection;
      if (!connection) {
        element.replaceChildren();
        return;
      }
      element.replaceChildren(
        h("h2", { class: "edge-panel__title", text: "Connection" }),
        h("p", { class: "edge-panel__ends", text: `${connection.source} \u2192 ${connection.target}` }),
        h("p", {
          class: "edge-panel__path",
          title: connection.path,
          text: connectionLabel(connection, { indexes: true }),
        }),
        h("p", { class: "edge-panel__kind", text: connection.kind || "" }),
        h(
          "div",
          { class: "edge-panel__actions" },
          h("button", {
            type: "button",
            class: "button button--danger",
            dataset: { command: "remove-connection" },
            title: "Remove connection (Del)",
            text: "Remove connection",
          }),
          h("button", { type: "button", class: "button", dataset: { command: "close-connection" }, text: "Close" }),
        ),
      );
    },
  };
}
