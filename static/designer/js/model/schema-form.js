// The properties form as data: which field each property gets, and how the
// person's input turns back into property values.

const INTRINSIC_KEYS = new Set(["Ref", "Condition"]);

export function isIntrinsic(value) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && (INTRINSIC_KEYS.has(keys[0]) || keys[0].startsWith("Fn::"));
}

const PRIMITIVE_WIDGETS = {
  string: "text",
  integer: "number",
  number: "number",
  boolean: "checkbox",
};

// A value that the schema's widget could not show faithfully, such as
// {"Ref": ...} in a string property, is edited as JSON instead.
function fitsWidget(widget, value) {
  if (value === undefined) return true;
  if (widget === "checkbox") return typeof value === "boolean";
  if (widget === "number") return typeof value === "number";
  if (widget === "text") return typeof value === "string";
  return true;
}

export function widgetFor(property, value) {
  let widget = PRIMITIVE_WIDGETS[property.type] || "json";
  if (property.enum && property.enum.length > 0 && widget !== "checkbox") widget = "select";
  if (widget === "select" && value !== undefined && !property.enum.includes(value)) {
    widget = typeof value === "string" ? "text" : "json";
  }
  return fitsWidget(widget, value) ? widget : "json";
}

export function initialText(widget, value) {
  if (value === undefined) return "";
  if (widget === "json") return JSON.stringify(value, null, 2);
  if (widget === "select") return JSON.stringify(value);
  if (widget === "checkbox") return value ? "true" : "false";
  return String(value);
}

// Required properties first, then those already set, then the rest; a
// property the schema does not list is kept, as JSON.
export function buildFields(schema, properties = {}) {
  const declared = (schema && schema.properties) || [];
  const known = new Set(declared.map((p) => p.name));
  const fields = declared.map((property) => {
    const value = properties[property.name];
    const widget = widgetFor(property, value);
    const group = property.required ? "required" : value !== undefined ? "set" : "optional";
    return {
      name: property.name,
      widget,
      group,
      required: Boolean(property.required),
      description: property.description || "",
      type: property.type || "json",
      enum: property.enum || null,
      createOnly: Boolean(property.create_only),
      hadValue: value !== undefined,
      text: initialText(widget, value),
    };
  });
  for (const [name, value] of Object.entries(properties)) {
    if (known.has(name)) continue;
    fields.push({
      name,
      widget: "json",
      group: "set",
      required: false,
      description: "Not in this type's schema.",
      type: "json",
      enum: null,
      createOnly: false,
      hadValue: true,
      text: initialText("json", value),
    });
  }
  const rank = { required: 0, set: 1, optional: 2 };
  return fields
    .map((field, index) => ({ field, index }))
    .sort((a, b) => rank[a.field.group] - rank[b.field.group] || a.index - b.index)
    .map(({ field }) => field);
}

// Turn one field's input back into a value: {value}, {omit: true} or {error}.
export function readField(field, input) {
  if (field.widget === "checkbox") {
    if (input.checked) return { value: true };
    return field.hadValue ? { value: false } : { omit: true };
  }

  const text = String(input.text ?? "");
  if (text.trim() === "") return { omit: true };

  if (field.widget === "number") {
    const number = Number(text);
    if (!Number.isFinite(number)) return { error: "Enter a number." };
    if (field.type === "integer" && !Number.isInteger(number)) {
      return { error: "Enter a whole number." };
    }
    return { value: number };
  }
  if (field.widget === "select" || field.widget === "json") {
    try {
      return { value: JSON.parse(text) };
    } catch (error) {
      return { error: field.widget === "json" ? `Not valid JSON: ${error.message}` : "Choose a value." };
    }
  }
  return { value: text };
}

export function collectProperties(fields, inputs) {
  const properties = {};
  const errors = {};
  for (const field of fields) {
    const result = readField(field, inputs[field.name] || {});
    if (result.error) errors[field.name] = result.error;
    else if (!result.omit) properties[field.name] = result.value;
  }
  return { properties, errors };
}

// Where a server error belongs in the form: "properties.Engine" names the
// Engine field, "logical_id" the logical ID; anything else, the whole form.
export function errorTarget(fieldPath) {
  const path = String(fieldPath || "");
  if (path === "logical_id") return { kind: "logical_id" };
  const match = /^properties[./](?<name>[^./[\]]+)/.exec(path);
  if (match) return { kind: "property", name: match.groups.name };
  return { kind: "form" };
}

export function groupErrors(errors) {
  const grouped = { logicalId: [], properties: {}, form: [] };
  for (const error of errors || []) {
    const target = errorTarget(error.field);
    const message = error.message || error.code || "Invalid value.";
    if (target.kind === "logical_id") grouped.logicalId.push(message);
    else if (target.kind === "property") {
      (grouped.properties[target.name] ||= []).push(message);
    } else grouped.form.push(error.field ? `${error.field}: ${message}` : message);
  }
  return grouped;
}
