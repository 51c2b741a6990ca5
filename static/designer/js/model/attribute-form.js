// The resource attributes the properties panel edits, as data: which
// choices each offers, and how the person's choices become attributes.

export const POLICIES = ["Delete", "Retain", "RetainExceptOnCreate", "Snapshot"];
export const EDITED_ATTRIBUTES = ["DeletionPolicy", "UpdateReplacePolicy", "DependsOn", "Condition"];

const asList = (value) => (Array.isArray(value) ? value.map(String) : value ? [String(value)] : []);

// One field per edited attribute; `value` is a string, or a list for DependsOn.
export function attributeFields(logicalId, component, design) {
  const attributes = (component && component.attributes) || {};
  const others = Object.keys((design && design.components) || {})
    .filter((id) => id !== logicalId)
    .sort();
  const conditions = Object.keys(((design && design.template) || {}).Conditions || {}).sort();
  const dependsOn = asList(attributes.DependsOn);
  const condition = attributes.Condition ? String(attributes.Condition) : "";

  const policy = (name) => {
    const value = attributes[name] ? String(attributes[name]) : "";
    const options = POLICIES.includes(value) || !value ? POLICIES : [...POLICIES, value];
    return { name, widget: "select", options, value };
  };
  return [
    policy("DeletionPolicy"),
    policy("UpdateReplacePolicy"),
    {
      name: "DependsOn",
      widget: "multi",
      options: [...new Set([...others, ...dependsOn])],
      value: dependsOn,
    },
    {
      name: "Condition",
      widget: "select",
      options: condition && !conditions.includes(condition) ? [...conditions, condition] : conditions,
      value: condition,
    },
  ];
}

// The whole attributes object to save: the component's own, with the edited
// ones replaced by `values` (name to string or list; empty means not set).
export function collectAttributes(attributes, values) {
  const result = { ...(attributes || {}) };
  for (const name of EDITED_ATTRIBUTES) {
    if (!(name in values)) continue;
    const value = values[name];
    const empty = Array.isArray(value) ? value.length === 0 : !value;
    if (empty) delete result[name];
    else result[name] = value;
  }
  return result;
}

export function sameValue(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}
