import { keepPicks, suggestionList } from "../model/suggestions.js";

// Fetch the engine's suggestions, unless those held are for this version.
export async function loadSuggestions(state, { api }, { force = false } = {}) {
  if (!state.design) return state;
  const held = state.suggestions;
  if (!force && held && held.version !== null && held.version >= state.design.version) return state;
  return withSuggestions(state, await api.listSuggestions(state.designId));
}

// The state holding the suggestions in `payload`, keeping the picks that
// still apply.
export function withSuggestions(state, payload) {
  const suggestions = suggestionList(payload);
  return { ...state, suggestions, picks: keepPicks(state.picks, suggestions) };
}
