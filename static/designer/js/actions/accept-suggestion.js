import { ApiError } from "../api.js";
import { failure, keepConnection, keepSelection, success, withEdit } from "../model/state.js";
import { findSuggestion, pickedChoice, withoutSuggestion } from "../model/suggestions.js";
import { withSuggestions } from "./load-suggestions.js";

// Apply a suggestion (with its picked choice): the person's own edit, so it
// can be undone like any other.
export async function acceptSuggestion(state, { api }, { id }) {
  const suggestion = findSuggestion(state.suggestions, id);
  if (!suggestion) return { ...state, notice: failure("That suggestion is no longer listed.") };
  const choice = pickedChoice(suggestion, state.picks);
  const body = { version: state.design.version };
  if (choice) body.choice = choice.id;

  try {
    const design = await api.acceptSuggestion(state.designId, id, body);
    const accepted = choice ? `${suggestion.title} (${choice.title})` : suggestion.title;
    return withEdit(state, design, {
      suggestions: withoutSuggestion(state.suggestions, id),
      notice: success(`Accepted: ${accepted}.`),
    });
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return refused(state, api, suggestion, error);
  }
}

async function refused(state, api, suggestion, error) {
  const code = error.body.code;

  // Someone else changed the design: show theirs, and its suggestions
  if (error.status === 409 && code === "version_conflict") {
    const design = await api.getDesign(state.designId);
    return {
      ...state,
      design,
      selected: keepSelection(state.selected, design),
      selectedConnection: keepConnection(state.selectedConnection, design),
      notice: failure(
        `Not accepted: the design changed (now version ${design.version}). ` +
          "Check the suggestions again.",
      ),
    };
  }

  // The list was out of date
  if (code === "unknown_suggestion" || code === "choice_needed") {
    const fresh = withSuggestions(state, await api.listSuggestions(state.designId));
    const text =
      code === "unknown_suggestion"
        ? `“${suggestion.title}” no longer applies to this design.`
        : `“${suggestion.title}”: pick one of its choices first.`;
    return { ...fresh, notice: failure(text) };
  }

  if (error.status === 400 || error.status === 409) {
    return { ...state, notice: failure(error.body.message || `Could not accept “${suggestion.title}”.`) };
  }
  throw error;
}
