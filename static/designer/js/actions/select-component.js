import { keepSelection } from "../model/state.js";

// Select one component, or none with null.
export function selectComponent(state, _deps, { logicalId }) {
  const selected = keepSelection(logicalId, state.design);
  if (selected === state.selected) return state;
  return { ...state, selected, formErrors: null };
}
