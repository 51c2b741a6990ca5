// The list of designs: "New design" creates one through the API and opens
// it; "Import template" (or a file dropped on the list) creates one from a
// CloudFormation template; each row can be renamed or deleted.

import { createApi } from "./api.js";
import { stashWarnings } from "./model/import-warnings.js";
import { importProblem } from "./model/template-import.js";
import { sessionStore } from "./seams.js";
import { describeError } from "./store.js";
import { createImportProblem } from "./ui/import-problem.js";
import { bindTemplateImport } from "./ui/template-import.js";

const form = document.getElementById("new-design");
const status = document.getElementById("status-line");
const api = createApi({ cookies: () => document.cookie });
const say = (text, level) => {
  status.textContent = text;
  status.dataset.level = level;
};
const editorUrl = (id) => form.dataset.editorUrl.replace(/0\/$/, `${id}/`);

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const name = form.elements.name.value.trim();
  if (!name) {
    status.textContent = "Enter a name for the design.";
    status.dataset.level = "error";
    return;
  }

  const button = form.querySelector("button[type=submit]");
  button.disabled = true;
  status.textContent = "Creating…";
  status.dataset.level = "info";
  try {
    const design = await api.createDesign(name);
    window.location.assign(editorUrl(design.id));
  } catch (error) {
    status.textContent = `Could not create the design: ${describeError(error)}`;
    status.dataset.level = "error";
    button.disabled = false;
  }
});

// Import a template, then open it with the import's warnings carried over
const problem = createImportProblem(document.getElementById("import-problem"));
const importer = bindTemplateImport(
  {
    root: document.querySelector(".page__main"),
    input: document.getElementById("template-file"),
    zone: document.getElementById("design-drop"),
  },
  {
    onFile: (file) => importFile(file),
    onRefuse: (refusal) => {
      say("", "");
      problem.show(refusal);
    },
  },
);

async function importFile(file) {
  problem.clear();
  importer.setBusy(true);
  say(`Importing ${file.name}…`, "info");
  try {
    const { design, warnings } = await api.importTemplate(file);
    stashWarnings(sessionStore(), design.id, warnings);
    say(`Imported ${file.name}; opening the editor…`, "success");
    window.location.assign(editorUrl(design.id));
  } catch (error) {
    const refusal = importProblem(error, file.name);
    say("", "");
    problem.show(refusal);
    importer.setBusy(false);
  }
}

// Rename in place and delete, through one delegated listener on the table
const table = document.getElementById("design-table");

function startRename(row) {
  const cell = row.querySelector(".design-table__name");
  if (cell.querySelector("form")) return;
  const rename = document.createElement("form");
  rename.className = "inline-form rename-form";
  const input = document.createElement("input");
  input.type = "text";
  input.name = "name";
  input.maxLength = 200;
  input.required = true;
  input.value = row.dataset.designName;
  input.setAttribute("aria-label", "New name");
  const save = document.createElement("button");
  save.type = "submit";
  save.className = "button button--primary";
  save.textContent = "Save";
  const cancel = document.createElement("button");
  cancel.type = "button";
  cancel.className = "button";
  cancel.dataset.command = "cancel-rename";
  cancel.textContent = "Cancel";
  rename.append(input, save, cancel);
  cell.querySelector("a").hidden = true;
  cell.append(rename);
  input.select();
}

function stopRename(row) {
  const cell = row.querySelector(".design-table__name");
  const rename = cell.querySelector("form");
  if (rename) rename.remove();
  cell.querySelector("a").hidden = false;
}

async function finishRename(row, name) {
  if (!name) {
    say("Enter a name for the design.", "error");
    return;
  }
  try {
    const design = await api.patchDesign(row.dataset.designId, { name });
    row.dataset.designName = design.name;
    row.querySelector(".design-table__name a").textContent = design.name;
    stopRename(row);
    say(`Renamed to ${design.name}.`, "success");
  } catch (error) {
    say(`Could not rename the design: ${describeError(error)}`, "error");
  }
}

async function deleteDesign(row) {
  const name = row.dataset.designName;
  if (!window.confirm(`Delete “${name}”? This cannot be undone.`)) return;
  try {
    await api.deleteDesign(row.dataset.designId);
    row.remove();
    say(`Deleted ${name}.`, "success");
  } catch (error) {
    say(`Could not delete the design: ${describeError(error)}`, "error");
  }
}

if (table) {
  table.addEventListener("click", (event) => {
    const button = event.target.closest("[data-command]");
    const row = button && button.closest("tr[data-design-id]");
    if (!row) return;
    if (button.dataset.command === "rename-design") startRename(row);
    if (button.dataset.command === "cancel-rename") stopRename(row);
    if (button.dataset.command === "delete-design") deleteDesign(row);
  });
  table.addEventListener("submit", (event) => {
    const row = event.target.closest("tr[data-design-id]");
    if (!row) return;
    event.preventDefault();
    finishRename(row, event.target.elements.name.value.trim());
  });
}
