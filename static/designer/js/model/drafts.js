// Unsaved edits in the properties panel, as data: which inputs the person
// changed from what was drawn, so they survive a redraw or a change of
// selection.

// The inputs in `inputs` that differ from what `fields` were drawn with.
export function editedInputs(fields, inputs) {
  const edits = {};
  for (const field of fields) {
    const input = inputs[field.name];
    if (!input) continue;
    const changed =
      field.widget === "checkbox"
        ? Boolean(input.checked) !== (field.text === "true")
        : String(input.text ?? "") !== field.text;
    if (changed) edits[field.name] = input;
  }
  return edits;
}

export const hasEdits = (edits) => Boolean(edits) && Object.keys(edits).length > 0;

// Drafts by logical ID, kept only for components that still exist.
export function keepDraft(drafts, logicalId, edits) {
  const next = { ...drafts };
  if (hasEdits(edits)) next[logicalId] = edits;
  else delete next[logicalId];
  return next;
}

export function pruneDrafts(drafts, design) {
  const components = (design && design.components) || {};
  return Object.fromEntries(Object.entries(drafts).filter(([id]) => id in components));
}
