import { keepSelection } from "../model/state.js";

// Select one component, or none with null.
export function selectComponent(state, _deps, { logicalId }) {
  const selected = keepSelection(logicalId, state.design);
  if (selected === state.selected && !state.selectedConnection) return state;
  return { ...state, selected, selectedConnection: null, formErrors: null };
}
