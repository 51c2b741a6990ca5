// The warnings of an import, carried from the list page to the editor in a
// Storage (sessionStorage in the browser) and shown there once.

const PREFIX = "designer.import-warnings.";

export const warningsKey = (designId) => `${PREFIX}${designId}`;

// Keep `warnings` for the design's editor; return whether they were kept.
export function stashWarnings(storage, designId, warnings) {
  if (!storage || !Array.isArray(warnings) || warnings.length === 0) return false;
  try {
    storage.setItem(warningsKey(designId), JSON.stringify(warnings));
    return true;
  } catch {
    return false;
  }
}

// Return the design's stashed warnings and forget them, so they show once.
export function takeWarnings(storage, designId) {
  if (!storage) return [];
  let text = null;
  try {
    text = storage.getItem(warningsKey(designId));
    storage.removeItem(warningsKey(designId));
  } catch {
    return [];
  }
  if (!text) return [];
  try {
    const warnings = JSON.parse(text);
    return Array.isArray(warnings) ? warnings.filter(isWarning) : [];
  } catch {
    return [];
  }
}

const isWarning = (warning) =>
  Boolean(warning) && typeof warning === "object" && typeof warning.message === "string";

// Return one {code, path, message} line per warning, for the notice. The
// template as a whole ("/") names no place, so it gets no path.
export function warningLines(warnings) {
  return warnings.map((warning) => ({
    code: String(warning.code || "warning"),
    path: warning.path && warning.path !== "/" ? String(warning.path) : "",
    message: warning.message,
  }));
}
