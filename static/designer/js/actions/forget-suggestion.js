import { findSuggestion, withoutSuggestion } from "../model/suggestions.js";

// Drop a suggestion someone dismissed elsewhere.
export function forgetSuggestion(state, _deps, { id }) {
  if (!findSuggestion(state.suggestions, id)) return state;
  return { ...state, suggestions: withoutSuggestion(state.suggestions, id) };
}
