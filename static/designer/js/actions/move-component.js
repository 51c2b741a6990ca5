import { roundPosition, samePosition } from "../model/geometry.js";
import { withEdit } from "../model/state.js";

// Save where a component was dropped on the canvas.
export async function moveComponent(state, { api }, { logicalId, position }) {
  const component = state.design.components[logicalId];
  if (!component || samePosition(component.position, position)) return state;

  const response = await api.patchComponent(state.designId, logicalId, {
    position: roundPosition(position),
  });
  return withEdit(state, response.design);
}
