import { findingField } from "../model/findings.js";
import { keepSelection } from "../model/state.js";

// Select the component a cfn-lint finding is about, and mark its field.
export function focusFinding(state, _deps, { finding }) {
  const selected = keepSelection(finding.logicalId, state.design);
  if (!selected) return state;
  const field = findingField(finding);
  return {
    ...state,
    selected,
    formErrors: {
      logicalId: selected,
      message: `${finding.rule}: ${finding.message}`,
      errors: [{ field: field || "", code: finding.rule, message: `${finding.rule}: ${finding.message}` }],
    },
  };
}
