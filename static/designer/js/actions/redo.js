import { canRedo, snapshotOf, stepForward } from "../model/history.js";
import { info } from "../model/state.js";
import { restoreSnapshot } from "./restore-snapshot.js";

// Apply again the edit the person last undid.
export async function redo(state, { api }) {
  if (!canRedo(state.history)) return { ...state, notice: info("Nothing to redo.") };
  const step = stepForward(state.history, snapshotOf(state.design));
  return restoreSnapshot(state, api, step, "Redo");
}
