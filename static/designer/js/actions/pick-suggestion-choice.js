// Pick which of a suggestion's choices accepting would apply.
export function pickSuggestionChoice(state, _deps, { id, choice }) {
  if (state.picks[id] === choice) return state;
  return { ...state, picks: { ...state.picks, [id]: choice } };
}
