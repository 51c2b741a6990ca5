import { ApiError } from "../api.js";
import { failure, success, withEdit } from "../model/state.js";

// Ask the server to relate two components; it may want a choice first.
export async function connectComponents(state, { api }, { source, target, choice }) {
  const body = { source, target };
  if (choice) body.choice = choice;

  try {
    const response = await api.connect(state.designId, body);
    return withEdit(state, response.design, {
      choice: null,
      notice: success(`Connected ${source} to ${target}.`),
    });
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.status === 409 && error.body.code === "choice_needed") {
      return {
        ...state,
        choice: {
          source,
          target,
          message: error.body.message || "",
          choices: error.body.choices || [],
        },
      };
    }
    if (error.status === 400 || error.status === 409) {
      return {
        ...state,
        choice: null,
        notice: failure(error.body.message || `${source} and ${target} cannot be connected.`),
      };
    }
    throw error;
  }
}
