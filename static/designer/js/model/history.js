// Undo and redo of one person's own edits, as snapshots of the document.
//
// `ownVersion` is the version the person's latest edit produced. When the
// design has moved past it, someone else edited in between, and the history
// starts again rather than undo across their change.

const LIMIT = 100;

export function emptyHistory(version = null) {
  return { past: [], future: [], ownVersion: version };
}

export function snapshotOf(design) {
  return structuredClone({ template: design.template, components: design.components });
}

export function recordEdit(history, before, designBefore, versionAfter) {
  const foreign = history.ownVersion !== null && designBefore.version !== history.ownVersion;
  const past = foreign ? [] : history.past;
  return { past: [...past, before].slice(-LIMIT), future: [], ownVersion: versionAfter };
}

export const canUndo = (history) => history.past.length > 0;
export const canRedo = (history) => history.future.length > 0;

// Return the snapshot to restore and the history once it is restored.
export function stepBack(history, current) {
  const target = history.past[history.past.length - 1];
  return {
    target,
    settle: (versionAfter) => ({
      past: history.past.slice(0, -1),
      future: [...history.future, current],
      ownVersion: versionAfter,
    }),
  };
}

export function stepForward(history, current) {
  const target = history.future[history.future.length - 1];
  return {
    target,
    settle: (versionAfter) => ({
      past: [...history.past, current],
      future: history.future.slice(0, -1),
      ownVersion: versionAfter,
    }),
  };
}
