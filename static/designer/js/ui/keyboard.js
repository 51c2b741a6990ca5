// Keyboard shortcuts for the editor, ignored while typing in a field.

import { isEditable } from "./dom.js";

export function bindShortcuts(target, commands) {
  target.addEventListener("keydown", (event) => {
    if (event.defaultPrevented || isEditable(event.target)) return;
    if (document.querySelector("dialog[open]")) return;

    const key = event.key.toLowerCase();
    const mod = event.ctrlKey || event.metaKey;
    let command = null;
    if (mod && key === "z") command = event.shiftKey ? "redo" : "undo";
    else if (mod && key === "y") command = "redo";
    else if (!mod && (event.key === "Delete" || event.key === "Backspace")) command = "delete";
    else if (!mod && key === "c") command = "connect-mode";
    else if (event.key === "Escape") command = "escape";
    else if (!mod && (key === "+" || key === "=")) command = "zoom-in";
    else if (!mod && key === "-") command = "zoom-out";

    if (command && commands[command]) {
      event.preventDefault();
      commands[command]();
    }
  });
}
