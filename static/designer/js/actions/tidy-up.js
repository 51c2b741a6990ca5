import { success, withEdit } from "../model/state.js";

// Let the server lay the components out again; undoable like any edit.
export async function tidyUp(state, { api }) {
  if (!state.design) return state;
  const design = await api.tidy(state.designId, { version: state.design.version });
  return withEdit(state, design, { notice: success("Tidied up the layout.") });
}
