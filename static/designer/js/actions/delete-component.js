import { success, withEdit } from "../model/state.js";

// Count what a removal took with it: references, not the component itself
// ("/components/X") nor its children's un-grouping ("/components/Y/parent").
export function referencesRemoved(removed, logicalId) {
  const own = `/components/${logicalId.replace(/~/g, "~0").replace(/\//g, "~1")}`;
  return (removed || []).filter((pointer) => pointer !== own && !/^\/components\/[^/]+\/parent$/.test(pointer))
    .length;
}

// Remove a component, and with it the references to it.
export async function deleteComponent(state, { api }, { logicalId }) {
  const response = await api.deleteComponent(state.designId, logicalId);
  const removed = referencesRemoved(response.removed, logicalId);
  const extra = removed ? `, and ${removed} reference${removed === 1 ? "" : "s"} to it` : "";
  return withEdit(state, response.design, {
    selected: state.selected === logicalId ? null : state.selected,
    notice: success(`Deleted ${logicalId}${extra}.`),
  });
}
