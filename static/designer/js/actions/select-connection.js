import { keepConnection } from "../model/state.js";

// Select one connection by its pointer, or none with null; a selected
// connection and a selected component exclude each other.
export function selectConnection(state, _deps, { path }) {
  const selectedConnection = keepConnection(path, state.design);
  if (selectedConnection === state.selectedConnection && !(selectedConnection && state.selected)) {
    return state;
  }
  return { ...state, selectedConnection, selected: selectedConnection ? null : state.selected };
}
