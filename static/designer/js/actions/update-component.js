import { ApiError } from "../api.js";
import { failure, success, withEdit } from "../model/state.js";

// Save the properties form: a rename, the properties and the attributes, in
// one request.
export async function updateComponent(
  state,
  { api },
  { logicalId, newLogicalId, properties, attributes },
) {
  const changes = { properties };
  if (attributes) changes.attributes = attributes;
  if (newLogicalId && newLogicalId !== logicalId) changes.logical_id = newLogicalId;

  try {
    const response = await api.patchComponent(state.designId, logicalId, changes);
    return withEdit(state, response.design, {
      selected: response.logical_id,
      notice: success(`Saved ${response.logical_id}.`),
    });
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 400) throw error;
    return {
      ...state,
      formErrors: {
        logicalId,
        message: error.body.message || "The server refused these values.",
        errors: error.body.errors || [],
      },
      notice: failure(error.body.message || `Could not save ${logicalId}.`),
    };
  }
}
