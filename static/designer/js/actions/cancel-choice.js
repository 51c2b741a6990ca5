import { info } from "../model/state.js";

// Close the connection choice without connecting anything.
export function cancelChoice(state) {
  if (!state.choice) return state;
  return { ...state, choice: null, notice: info("Connection cancelled.") };
}
