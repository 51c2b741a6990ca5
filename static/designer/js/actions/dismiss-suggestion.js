import { ApiError } from "../api.js";
import { failure, info } from "../model/state.js";
import { findSuggestion, withoutSuggestion } from "../model/suggestions.js";
import { withSuggestions } from "./load-suggestions.js";

// Say a suggestion is not wanted; the server keeps it away from now on.
export async function dismissSuggestion(state, { api }, { id }) {
  const suggestion = findSuggestion(state.suggestions, id);
  if (!suggestion) return state;

  let notice = info(`Dismissed: ${suggestion.title}.`);
  try {
    await api.dismissSuggestion(state.designId, id);
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 404) throw error;
    notice = failure(`“${suggestion.title}” no longer applies to this design.`);
  }

  // Gone at once, whatever the fresh list says about the others
  const fresh = withSuggestions(state, await api.listSuggestions(state.designId));
  return { ...fresh, suggestions: withoutSuggestion(fresh.suggestions, id), notice };
}
