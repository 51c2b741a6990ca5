import { info, keepConnection, keepSelection } from "../model/state.js";

// Fetch the design again after someone else changed it.
export async function refreshDesign(state, { api }, { version } = {}) {
  if (state.design && version !== undefined && version <= state.design.version) return state;

  const design = await api.getDesign(state.designId);
  if (state.design && design.version <= state.design.version) return state;
  return {
    ...state,
    design,
    selected: keepSelection(state.selected, design),
    selectedConnection: keepConnection(state.selectedConnection, design),
    notice: info(`The design was changed elsewhere; showing version ${design.version}.`),
  };
}
