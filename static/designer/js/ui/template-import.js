// The list page's ways into an import: the "Import template" button with
// its file picker, and dropping a file onto the list of designs.

import { chooseTemplate } from "../model/template-import.js";

const carriesFiles = (event) =>
  Boolean(event.dataTransfer) && Array.from(event.dataTransfer.types || []).includes("Files");

export function bindTemplateImport({ root, input, zone }, { onFile, onRefuse }) {
  let busy = false;

  const take = (files) => {
    if (busy) return;
    const { file, problem } = chooseTemplate(files);
    if (problem) onRefuse(problem);
    else onFile(file);
  };

  // The button opens the picker; the picker hands over its file
  root.addEventListener("click", (event) => {
    const button = event.target.closest("[data-command=import-template]");
    if (!button || busy) return;
    input.click();
  });
  input.addEventListener("change", () => {
    const files = Array.from(input.files || []);
    // Cleared, so that picking the same file again imports it again
    input.value = "";
    if (files.length) take(files);
  });

  // Dropping a file anywhere on the list
  const highlight = (on) => zone.classList.toggle("is-drop-target", on);
  zone.addEventListener("dragenter", (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    highlight(true);
  });
  zone.addEventListener("dragover", (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = busy ? "none" : "copy";
    highlight(true);
  });
  zone.addEventListener("dragleave", (event) => {
    if (event.relatedTarget && zone.contains(event.relatedTarget)) return;
    highlight(false);
  });
  zone.addEventListener("drop", (event) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    highlight(false);
    take(event.dataTransfer.files);
  });

  return {
    setBusy(on) {
      busy = on;
      zone.setAttribute("aria-busy", on ? "true" : "false");
      for (const button of root.querySelectorAll("[data-command=import-template]")) {
        button.disabled = on;
      }
    },
  };
}
