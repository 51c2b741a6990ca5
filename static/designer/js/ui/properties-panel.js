// The properties panel: a form generated from the selected component's
// type schema, saved in one request.

import { FALLBACK_COLOUR } from "../model/elements.js";
import { buildFields, collectProperties, groupErrors } from "../model/schema-form.js";
import { h } from "./dom.js";

const GROUP_TITLES = {
  required: "Required",
  set: "In use",
  optional: "Optional",
};

function fieldId(name) {
  return `property-${name.replace(/[^A-Za-z0-9_-]/g, "_")}`;
}

function inputFor(field) {
  const id = fieldId(field.name);
  const common = { id, name: field.name, dataset: { property: field.name } };
  if (field.widget === "checkbox") {
    return h("input", { ...common, type: "checkbox", checked: field.text === "true" });
  }
  if (field.widget === "select") {
    const select = h(
      "select",
      common,
      h("option", { value: "", text: field.required ? "Choose…" : "(not set)" }),
      ...field.enum.map((option) =>
        h("option", { value: JSON.stringify(option), text: String(option) }),
      ),
    );
    select.value = field.text;
    return select;
  }
  if (field.widget === "number") {
    const step = field.type === "integer" ? "1" : "any";
    return h("input", { ...common, type: "number", step, value: field.text });
  }
  if (field.widget === "json") {
    const rows = Math.min(12, Math.max(2, field.text.split("\n").length));
    const area = h("textarea", { ...common, rows, spellcheck: "false", class: "code" });
    area.value = field.text;
    return area;
  }
  return h("input", { ...common, type: "text", value: field.text, spellcheck: "false" });
}

function fieldRow(field) {
  const badges = [
    field.required ? h("span", { class: "badge badge--required", text: "required" }) : null,
    field.createOnly
      ? h("span", { class: "badge", title: "Changing it replaces the resource", text: "replaces" })
      : null,
    field.widget === "json" ? h("span", { class: "badge", text: "JSON" }) : null,
  ];
  const label = h("label", { class: "field__label", for: fieldId(field.name) }, field.name, ...badges);
  const row = h(
    "div",
    { class: `field field--${field.widget}`, dataset: { field: `properties.${field.name}` } },
  );
  if (field.widget === "checkbox") {
    row.append(h("div", { class: "field__check" }, inputFor(field), label));
  } else {
    row.append(label, inputFor(field));
  }
  if (field.description) {
    row.append(h("p", { class: "field__hint", title: field.description, text: field.description }));
  }
  row.append(h("p", { class: "field__error", role: "alert", hidden: true }));
  return row;
}

function readInputs(form, fields) {
  const inputs = {};
  for (const field of fields) {
    const element = form.querySelector(`[data-property="${CSS.escape(field.name)}"]`);
    if (!element) continue;
    inputs[field.name] = field.widget === "checkbox" ? { checked: element.checked } : { text: element.value };
  }
  return inputs;
}

function showError(row, messages) {
  const slot = row.querySelector(".field__error");
  row.classList.toggle("has-error", messages.length > 0);
  slot.hidden = messages.length === 0;
  slot.textContent = messages.join(" ");
}

export function createPropertiesPanel({ form, empty }, { typeSchema, onSave, onDelete, onError }) {
  let shownKey = null;
  let fields = [];
  let dirty = false;
  let current = null;

  form.addEventListener("input", () => {
    dirty = true;
    form.classList.add("is-dirty");
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    save();
  });
  form.addEventListener("click", (event) => {
    const button = event.target.closest("[data-command]");
    if (!button) return;
    if (button.dataset.command === "delete-component" && current) onDelete(current.logicalId);
    if (button.dataset.command === "revert-component") {
      dirty = false;
      shownKey = null;
      if (current) draw(current, lastState);
    }
  });

  let lastState = null;

  function save() {
    if (!current) return;
    const { properties, errors } = collectProperties(fields, readInputs(form, fields));
    const logicalId = form.querySelector("[name=logical_id]").value.trim();

    clearErrors();
    const local = Object.entries(errors);
    if (!logicalId) showError(form.querySelector('[data-field="logical_id"]'), ["Enter a logical ID."]);
    for (const [name, message] of local) {
      const row = form.querySelector(`[data-field="properties.${CSS.escape(name)}"]`);
      if (row) showError(row, [message]);
    }
    if (local.length > 0 || !logicalId) {
      onError("Fix the highlighted fields before saving.");
      return;
    }
    onSave({ logicalId: current.logicalId, newLogicalId: logicalId, properties });
  }

  function clearErrors() {
    for (const row of form.querySelectorAll(".field.has-error")) showError(row, []);
    const summary = form.querySelector(".form-errors");
    if (summary) {
      summary.hidden = true;
      summary.replaceChildren();
    }
  }

  function applyServerErrors(formErrors) {
    clearErrors();
    const grouped = groupErrors(formErrors.errors);
    const unplaced = [...grouped.form];
    if (grouped.logicalId.length) showError(form.querySelector('[data-field="logical_id"]'), grouped.logicalId);
    for (const [name, messages] of Object.entries(grouped.properties)) {
      const row = form.querySelector(`[data-field="properties.${CSS.escape(name)}"]`);
      if (row) {
        showError(row, messages);
        const details = row.closest("details");
        if (details) details.open = true;
      } else unplaced.push(`${name}: ${messages.join(" ")}`);
    }
    if (unplaced.length === 0 && formErrors.errors.length === 0) unplaced.push(formErrors.message);
    const summary = form.querySelector(".form-errors");
    if (unplaced.length > 0) {
      summary.hidden = false;
      summary.replaceChildren(...unplaced.map((text) => h("p", { text })));
    }
    const first = form.querySelector(".has-error input, .has-error select, .has-error textarea");
    if (first) first.focus();
  }

  function draw(selection, state) {
    const { logicalId, component, schema } = selection;
    fields = buildFields(schema, component.properties || {});
    const colour = (state.types[component.type] || {}).colour || schema.colour || FALLBACK_COLOUR;

    const groups = ["required", "set", "optional"].map((group) => ({
      group,
      rows: fields.filter((field) => field.group === group).map(fieldRow),
    }));

    const sections = groups
      .filter(({ rows }) => rows.length > 0)
      .map(({ group, rows }) =>
        group === "optional"
          ? h(
              "details",
              { class: "inspector__group" },
              h("summary", { text: `${GROUP_TITLES[group]} properties (${rows.length})` }),
              ...rows,
            )
          : h("section", { class: "inspector__group" }, h("h3", { text: GROUP_TITLES[group] }), ...rows),
      );

    const docsUrl = schema.documentation_url || schema.documentation;
    const documentation = docsUrl
      ? h("a", { href: docsUrl, target: "_blank", rel: "noopener", class: "inspector__docs", text: "Docs" })
      : null;

    form.replaceChildren(
      h(
        "header",
        { class: "inspector__header" },
        h("span", { class: "inspector__swatch", style: { backgroundColor: colour }, "aria-hidden": "true" }),
        h(
          "div",
          { class: "inspector__titles" },
          h("h2", { text: logicalId }),
          h("p", { class: "inspector__type", text: component.type }),
        ),
        documentation,
      ),
      h("div", { class: "form-errors", role: "alert", hidden: true }),
      h(
        "div",
        { class: "field", dataset: { field: "logical_id" } },
        h("label", { class: "field__label", for: "logical-id", text: "Logical ID" }),
        h("input", {
          id: "logical-id",
          name: "logical_id",
          type: "text",
          value: logicalId,
          spellcheck: "false",
          autocomplete: "off",
        }),
        h("p", { class: "field__error", role: "alert", hidden: true }),
      ),
      ...sections,
      h(
        "div",
        { class: "inspector__actions" },
        h("button", { type: "submit", class: "button button--primary", text: "Save" }),
        h("button", {
          type: "button",
          class: "button",
          dataset: { command: "revert-component" },
          text: "Revert",
        }),
        h("span", { class: "inspector__spacer" }),
        h("button", {
          type: "button",
          class: "button button--danger",
          dataset: { command: "delete-component" },
          title: "Delete (Del)",
          text: "Delete",
        }),
      ),
    );
    dirty = false;
    form.classList.remove("is-dirty");
  }

  async function show(state) {
    const logicalId = state.selected;
    const component = logicalId && state.design ? state.design.components[logicalId] : null;
    if (!component) {
      current = null;
      shownKey = null;
      form.hidden = true;
      empty.hidden = false;
      return;
    }

    const key = JSON.stringify([logicalId, component.type, component.properties]);
    if (key !== shownKey && !(dirty && current && current.logicalId === logicalId)) {
      shownKey = key;
      let schema;
      try {
        schema = await typeSchema(component.type);
      } catch (error) {
        onError(error);
        schema = { properties: [] };
      }
      if (shownKey !== key) return;
      current = { logicalId, component, schema };
      draw(current, state);
    }
    empty.hidden = true;
    form.hidden = false;

    if (state.formErrors && state.formErrors.logicalId === logicalId) applyServerErrors(state.formErrors);
  }

  return {
    render(state, previous) {
      lastState = state;
      const changed =
        state.selected !== previous.selected ||
        state.design !== previous.design ||
        state.formErrors !== previous.formErrors ||
        state.types !== previous.types;
      if (changed) show(state);
    },
  };
}
