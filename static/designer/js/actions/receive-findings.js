import { normaliseFindings } from "../model/findings.js";

// Keep cfn-lint's findings for a version, unless newer ones are held.
export function receiveFindings(state, _deps, { version, payload }) {
  if (state.findings && state.findings.version > version) return state;
  return { ...state, findings: { version, list: normaliseFindings(payload) } };
}
