// Keep the service and colour of types the catalog has told us about.
export function rememberTypes(state, _deps, { types }) {
  return { ...state, types: { ...state.types, ...types } };
}
