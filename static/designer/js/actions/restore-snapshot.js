import { ApiError } from "../api.js";
import { emptyHistory } from "../model/history.js";
import { failure, keepConnection, keepSelection, success } from "../model/state.js";

// Shared by undo and redo: put a snapshot back, unless someone else has
// changed the design since the person's own last edit.
export async function restoreSnapshot(state, api, step, verb) {
  const { target, settle } = step;
  try {
    const design = await api.patchDesign(state.designId, {
      template: target.template,
      components: target.components,
      version: state.history.ownVersion ?? state.design.version,
    });
    return {
      ...state,
      design,
      history: settle(design.version),
      selected: keepSelection(state.selected, design),
      selectedConnection: keepConnection(state.selectedConnection, design),
      formErrors: null,
      notice: success(`${verb} done.`),
    };
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 409) throw error;
    const design = await api.getDesign(state.designId);
    return {
      ...state,
      design,
      history: emptyHistory(design.version),
      selected: keepSelection(state.selected, design),
      selectedConnection: keepConnection(state.selectedConnection, design),
      notice: failure(
        `${verb} not applied: someone else changed this design since your last edit. ` +
          `Showing their version ${design.version}; your undo history was cleared.`,
      ),
    };
  }
}
