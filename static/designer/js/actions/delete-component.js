import { success, withEdit } from "../model/state.js";

// Remove a component, and with it the references to it.
export async function deleteComponent(state, { api }, { logicalId }) {
  const response = await api.deleteComponent(state.designId, logicalId);
  const removed = (response.removed || []).length;
  const extra = removed ? `, and ${removed} reference${removed === 1 ? "" : "s"} to it` : "";
  return withEdit(state, response.design, {
    selected: state.selected === logicalId ? null : state.selected,
    notice: success(`Deleted ${logicalId}${extra}.`),
  });
}
