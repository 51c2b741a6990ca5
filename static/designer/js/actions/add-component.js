import { roundPosition } from "../model/geometry.js";
import { success, withEdit } from "../model/state.js";

// Add a component of `type` at `position` and select it.
export async function addComponent(state, { api }, { type, position }) {
  const response = await api.addComponent(state.designId, {
    type,
    position: roundPosition(position),
  });
  return withEdit(state, response.design, {
    selected: response.logical_id,
    notice: success(`Added ${response.logical_id} (${type}).`),
  });
}
