import { emptyHistory } from "../model/history.js";
import { keepConnection, keepSelection } from "../model/state.js";

// Fetch the design and start a fresh history from it.
export async function loadDesign(state, { api }) {
  const design = await api.getDesign(state.designId);
  return {
    ...state,
    design,
    history: emptyHistory(design.version),
    selected: keepSelection(state.selected, design),
    selectedConnection: keepConnection(state.selectedConnection, design),
  };
}
