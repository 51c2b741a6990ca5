// Which files the list page takes as templates, and how a refused import
// reads: one line per error, saying where in the file it was found.

export const TEMPLATE_EXTENSIONS = [".yaml", ".yml", ".json", ".template"];

const EXTENSION_LIST = `${TEMPLATE_EXTENSIONS.slice(0, -1).join(", ")} or ${TEMPLATE_EXTENSIONS.at(-1)}`;

export function isTemplateFile(name) {
  const lower = String(name || "").toLowerCase();
  return TEMPLATE_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

// Return {file} for the one template among `files`, else {problem}.
export function chooseTemplate(files) {
  const list = Array.from(files || []);
  if (list.length === 0) {
    return { problem: refusal("Nothing to import", "Choose or drop a template file.") };
  }
  if (list.length > 1) {
    return { problem: refusal("Import one template at a time", `${list.length} files were dropped.`) };
  }
  const [file] = list;
  if (!isTemplateFile(file.name)) {
    return {
      problem: refusal(
        `Could not import ${file.name}`,
        `A template file ends in ${EXTENSION_LIST}.`,
      ),
    };
  }
  return { file };
}

// Return "line 2, column 3: " for an error that says where it is, else "".
export function placeOf(error) {
  if (!Number.isInteger(error.line)) return "";
  const column = Number.isInteger(error.column) ? `, column ${error.column}` : "";
  return `line ${error.line}${column}: `;
}

// Drop what the place prefix already says: the file's name before the
// message, and "(line N)" after it.
function tidyMessage(message, filename, line) {
  let text = String(message || "").trim();
  if (filename && text.startsWith(`${filename}: `)) text = text.slice(filename.length + 2);
  if (Number.isInteger(line)) text = text.replace(new RegExp(`\\s*\\(line ${line}\\)$`), "");
  return text;
}

// Return {title, lines} describing why the server refused `filename`.
export function importProblem(error, filename) {
  const title = `Could not import ${filename}`;
  const body = (error && error.body) || {};
  const errors = Array.isArray(body.errors) ? body.errors : [];
  const lines = errors
    .map((entry) => {
      const message = tidyMessage(entry.message, filename, entry.line);
      const field = !Number.isInteger(entry.line) && entry.field ? `${entry.field}: ` : "";
      return `${placeOf(entry)}${field}${message}`;
    })
    .filter((line) => line.trim());
  if (lines.length === 0) {
    const message = body.message || (error && error.message) || "The server refused the template.";
    lines.push(tidyMessage(message, filename));
  }
  return { title, lines };
}

function refusal(title, line) {
  return { title, lines: [line] };
}
