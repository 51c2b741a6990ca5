// The toolbar: commands by name, through one delegated listener.

import { canRedo, canUndo } from "../model/history.js";

export function createToolbar(element, commands) {
  element.addEventListener("click", (event) => {
    const button = event.target.closest("[data-command]");
    if (!button || button.disabled || !element.contains(button)) return;
    const command = commands[button.dataset.command];
    if (command) command();
  });

  const button = (name) => element.querySelector(`[data-command="${name}"]`);
  return {
    render(state) {
      button("undo").disabled = !state.design || !canUndo(state.history);
      button("redo").disabled = !state.design || !canRedo(state.history);
      button("connect-mode").setAttribute("aria-pressed", String(state.connectMode));
    },
    showZoom(zoom) {
      element.querySelector("#zoom-level").textContent = `${Math.round(zoom * 100)}%`;
    },
  };
}
