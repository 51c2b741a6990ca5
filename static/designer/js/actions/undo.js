import { canUndo, snapshotOf, stepBack } from "../model/history.js";
import { info } from "../model/state.js";
import { restoreSnapshot } from "./restore-snapshot.js";

// Restore the document as it was before the person's latest edit.
export async function undo(state, { api }) {
  if (!canUndo(state.history)) return { ...state, notice: info("Nothing to undo.") };
  const step = stepBack(state.history, snapshotOf(state.design));
  return restoreSnapshot(state, api, step, "Undo");
}
