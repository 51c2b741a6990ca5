// Turn drawing connections on or off; without `on`, flip it.
export function toggleConnectMode(state, _deps, { on } = {}) {
  const connectMode = on === undefined ? !state.connectMode : Boolean(on);
  return connectMode === state.connectMode ? state : { ...state, connectMode };
}
