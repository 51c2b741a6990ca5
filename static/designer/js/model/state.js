// The editor's state, and the pure steps every action shares.

import { emptyHistory, recordEdit, snapshotOf } from "./history.js";

export function initialState(designId) {
  return {
    designId,
    design: null,
    types: {},
    selected: null,
    selectedConnection: null,
    history: emptyHistory(),
    choice: null,
    formErrors: null,
    notice: null,
    connectMode: false,
    suggestions: null,
    picks: {},
    findings: null,
  };
}

export const info = (text) => ({ level: "info", text });
export const success = (text) => ({ level: "success", text });
export const failure = (text) => ({ level: "error", text });

// Keep the selection only while the component still exists.
export function keepSelection(selected, design) {
  return selected && design && design.components && design.components[selected] ? selected : null;
}

// The state after the person's own edit turned `state.design` into `after`.
export function withEdit(state, after, changes = {}) {
  const history = recordEdit(state.history, snapshotOf(state.design), state.design, after.version);
  const next = { ...state, design: after, history, formErrors: null, ...changes };
  return {
    ...next,
    selected: keepSelection(next.selected, after),
    selectedConnection: keepConnection(next.selectedConnection, after),
  };
}

// Keep the selected connection only while the design still has it.
export function keepConnection(path, design) {
  const connections = (design && design.connections) || [];
  return path && connections.some((c) => c.path === path) ? path : null;
}
