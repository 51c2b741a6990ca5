// One place holding the editor's state. Actions run one after another, so a
// save never races the one before it; whatever an action throws is reported.

import { failure } from "./model/state.js";

export function describeError(error) {
  if (error && error.name === "ApiError") {
    const status = error.status ? ` (${error.status})` : "";
    return `${error.message}${status}`;
  }
  return `Something went wrong: ${error && error.message ? error.message : error}`;
}

export function createStore(initial, deps) {
  let state = initial;
  let queue = Promise.resolve();
  const listeners = new Set();

  const publish = (next, previous) => {
    for (const listener of listeners) {
      try {
        listener(next, previous);
      } catch (error) {
        console.error(error);
      }
    }
  };

  const run = async (action, args) => {
    const previous = state;
    let next;
    try {
      next = await action(state, deps, args);
    } catch (error) {
      console.error(error);
      next = { ...state, notice: failure(describeError(error)) };
    }
    if (next !== previous) {
      state = next;
      publish(state, previous);
    }
    return state;
  };

  return {
    getState: () => state,
    dispatch(action, args) {
      queue = queue.then(() => run(action, args));
      return queue;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
