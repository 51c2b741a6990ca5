import { connectionLabel, findConnection } from "../model/connections.js";
import { failure, success, withEdit } from "../model/state.js";

// Remove the reference behind a connection; undoable like any edit.
export async function removeConnection(state, { api }, { path }) {
  const connection = findConnection(state.design, path);
  if (!connection) return { ...state, notice: failure("That connection is no longer in the design.") };

  const response = await api.disconnect(state.designId, { path, version: state.design.version });
  const label = connectionLabel(connection, { indexes: true });
  return withEdit(state, response.design, {
    selectedConnection: null,
    notice: success(`Removed the connection ${connection.source} \u2192 ${connection.target} (${label}).`),
  });
}
