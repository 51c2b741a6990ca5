// The properties panel: a form generated from the selected component's
// type schema, saved in one request.

import { attributeFields, collectAttributes } from "../model/attribute-form.js";
import { editedInputs, hasEdits, keepDraft, pruneDrafts } from "../model/drafts.js";
import { FALLBACK_COLOUR } from "../model/elements.js";
import { findingsFor } from "../model/findings.js";
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
  const common = { id, name: field.name, dataset: { property: field.name, key: `properties.${field.name}` } };
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
  row.append(h("ul", { class: "field__findings", hidden: true }));
  return row;
}

function attributeRow(field) {
  const id = `attribute-${field.name}`;
  const common = { id, name: `attribute-${field.name}`, dataset: { key: `attributes.${field.name}` } };
  let input;
  if (field.widget === "multi") {
    input = h(
      "select",
      { ...common, multiple: true, size: Math.min(6, Math.max(2, field.options.length)) },
      ...field.options.map((option) =>
        h("option", { value: option, text: option, selected: field.value.includes(option) }),
      ),
    );
  } else {
    input = h(
      "select",
      common,
      h("option", { value: "", text: "(not set)" }),
      ...field.options.map((option) => h("option", { value: option, text: option })),
    );
    input.value = field.value;
  }
  let hint = null;
  if (field.widget === "multi" && field.options.length === 0) {
    hint = h("p", { class: "field__hint", text: "No other components to depend on." });
  } else if (field.name === "Condition" && field.options.length === 0) {
    hint = h("p", { class: "field__hint", text: "The template has no Conditions." });
  }
  return h(
    "div",
    { class: "field field--select", dataset: { field: `attributes.${field.name}` } },
    h("label", { class: "field__label", for: id, text: field.name }),
    input,
    hint,
    h("p", { class: "field__error", role: "alert", hidden: true }),
    h("ul", { class: "field__findings", hidden: true }),
  );
}

// What each input shows, read the same way for every kind of field.
function readKeyed(form) {
  const inputs = {};
  for (const element of form.querySelectorAll("[data-key]")) {
    const key = element.dataset.key;
    if (element.type === "checkbox") inputs[key] = { checked: element.checked };
    else if (element.multiple) {
      inputs[key] = { text: JSON.stringify([...element.selectedOptions].map((o) => o.value)) };
    } else inputs[key] = { text: element.value };
  }
  return inputs;
}

function writeKeyed(form, edits) {
  for (const [key, input] of Object.entries(edits)) {
    const element = form.querySelector(`[data-key="${CSS.escape(key)}"]`);
    if (!element) continue;
    if (element.type === "checkbox") element.checked = Boolean(input.checked);
    else if (element.multiple) {
      const wanted = new Set(JSON.parse(input.text));
      for (const option of element.options) option.selected = wanted.has(option.value);
    } else element.value = input.text;
    const details = element.closest("details");
    if (details) details.open = true;
  }
}

// Every input as drawn, in the shape drafts compare against.
function drawnEntries(logicalId, fields, attributes) {
  return [
    { name: "logical_id", widget: "text", text: logicalId },
    ...fields.map((field) => ({ ...field, name: `properties.${field.name}` })),
    ...attributes.map((field) => ({
      name: `attributes.${field.name}`,
      widget: field.widget,
      text: field.widget === "multi" ? JSON.stringify(field.value) : field.value,
    })),
  ];
}


function showError(row, messages) {
  const slot = row.querySelector(".field__error");
  row.classList.toggle("has-error", messages.length > 0);
  slot.hidden = messages.length === 0;
  slot.textContent = messages.join(" ");
}

export function createPropertiesPanel(
  { form, empty },
  { typeSchema, onSave, onDelete, onDraftKept, onError },
) {
  let shownKey = null;
  let fields = [];
  let attributes = [];
  let drawn = [];
  let current = null;
  let drafts = {};
  let lastState = null;

  const edits = () => (current ? editedInputs(drawn, readKeyed(form)) : {});
  const markDirty = () => form.classList.toggle("is-dirty", hasEdits(edits()));

  form.addEventListener("input", markDirty);
  form.addEventListener("change", markDirty);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    save();
  });
  form.addEventListener("click", (event) => {
    const button = event.target.closest("[data-command]");
    if (!button || !current) return;
    if (button.dataset.command === "delete-component") onDelete(current.logicalId);
    if (button.dataset.command === "revert-component") revert();
  });

  // Draw the latest server values again, dropping the person's edits
  function revert() {
    const component = lastState && lastState.design && lastState.design.components[current.logicalId];
    if (!component) return;
    current = { ...current, component };
    draw(current, lastState);
    shownKey = keyOf(current.logicalId, component, lastState.design);
    showFindings(lastState);
  }

  function save() {
    if (!current) return;
    const inputs = readKeyed(form);
    const propertyInputs = {};
    for (const field of fields) {
      const input = inputs[`properties.${field.name}`];
      if (input) propertyInputs[field.name] = input;
    }
    const { properties, errors } = collectProperties(fields, propertyInputs);
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

    const chosen = {};
    for (const field of attributes) {
      const input = inputs[`attributes.${field.name}`];
      if (input) chosen[field.name] = field.widget === "multi" ? JSON.parse(input.text) : input.text;
    }
    onSave({
      logicalId: current.logicalId,
      newLogicalId: logicalId,
      properties,
      attributes: collectAttributes(current.component.attributes, chosen),
    });
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

  // cfn-lint's findings at their fields, and the rest at the top
  function showFindings(state) {
    if (!current) return;
    for (const list of form.querySelectorAll(".field__findings")) {
      list.hidden = true;
      list.replaceChildren();
      list.closest(".field").classList.remove("has-finding");
    }
    const top = form.querySelector(".component-findings");
    top.hidden = true;
    top.replaceChildren();

    const held = state.findings;
    if (!held || !state.design || held.version !== state.design.version) return;
    const grouped = findingsFor(held.list, current.logicalId);
    const item = (finding, prefix = "") =>
      h("li", {
        class: `field-finding field-finding--${finding.severity}`,
        dataset: { rule: finding.rule },
        text: `${prefix}${finding.rule}: ${finding.message}`,
      });

    const unplaced = [...grouped.component.map((finding) => item(finding))];
    for (const [name, found] of Object.entries(grouped.properties)) {
      const row = form.querySelector(`[data-field="properties.${CSS.escape(name)}"]`);
      if (!row) {
        unplaced.push(...found.map((finding) => item(finding, `${name}: `)));
        continue;
      }
      const list = row.querySelector(".field__findings");
      list.hidden = false;
      list.replaceChildren(...found.map((finding) => item(finding)));
      row.classList.add("has-finding");
      const details = row.closest("details");
      if (details) details.open = true;
    }
    if (unplaced.length > 0) {
      top.hidden = false;
      top.replaceChildren(...unplaced);
    }
  }

  function draw(selection, state) {
    const { logicalId, component, schema } = selection;
    fields = buildFields(schema, component.properties || {});
    attributes = attributeFields(logicalId, component, state.design);
    drawn = drawnEntries(logicalId, fields, attributes);
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
    const attributesSet = attributes.some((field) => field.value.length > 0);
    const attributeSection = h(
      "details",
      { class: "inspector__group inspector__attributes", open: attributesSet },
      h("summary", { text: "Resource attributes" }),
      ...attributes.map(attributeRow),
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
      h("p", { class: "draft-note", role: "status", hidden: true }),
      h("ul", { class: "component-findings", "aria-label": "cfn-lint findings", hidden: true }),
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
          dataset: { key: "logical_id" },
        }),
        h("p", { class: "field__error", role: "alert", hidden: true }),
      ),
      ...sections,
      attributeSection,
      h(
        "div",
        { class: "inspector__actions" },
        h("button", { type: "submit", class: "button button--primary", text: "Save" }),
        h("button", {
          type: "button",
          class: "button",
          dataset: { command: "revert-component" },
          title: "Show the saved values again",
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
    form.classList.remove("is-dirty");
  }

  // Put edits back over a fresh drawing; say so when they came from a draft
  function restore(kept, fromDraft) {
    if (!hasEdits(kept)) return;
    writeKeyed(form, kept);
    markDirty();
    if (fromDraft) {
      const note = form.querySelector(".draft-note");
      note.hidden = false;
      note.textContent = "Your unsaved changes are back. Save them, or Revert to the saved values.";
    }
  }

  // Leaving a component with edits keeps them as its draft
  function leave(state) {
    const kept = edits();
    const stillThere = state.design && state.design.components[current.logicalId];
    if (stillThere && hasEdits(kept)) {
      drafts = keepDraft(drafts, current.logicalId, kept);
      onDraftKept(current.logicalId);
    }
    current = null;
    shownKey = null;
  }

  async function show(state) {
    drafts = pruneDrafts(drafts, state.design);
    const logicalId = state.selected;
    const component = logicalId && state.design ? state.design.components[logicalId] : null;
    if (current && current.logicalId !== logicalId) leave(state);
    if (!component) {
      form.hidden = true;
      empty.hidden = false;
      return;
    }

    const key = keyOf(logicalId, component, state.design);
    if (key !== shownKey) {
      shownKey = key;
      let schema;
      try {
        schema = await typeSchema(component.type);
      } catch (error) {
        onError(error);
        schema = { properties: [] };
      }
      if (shownKey !== key) return;

      // The same component redrawn keeps the edits; another takes its draft
      const fromDraft = !current;
      const kept = current ? edits() : drafts[logicalId] || {};
      if (fromDraft) drafts = keepDraft(drafts, logicalId, {});
      current = { logicalId, component, schema };
      draw(current, lastState || state);
      restore(kept, fromDraft);
    }
    empty.hidden = true;
    form.hidden = false;
    showFindings(lastState || state);

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
      else if (state.findings !== previous.findings) showFindings(state);
    },
    hasDraft: (logicalId) => Boolean(drafts[logicalId]),
  };
}

// What the panel draws from: a change to any of it redraws the form.
function keyOf(logicalId, component, design) {
  const others = Object.keys(design.components).filter((id) => id !== logicalId);
  const conditions = Object.keys((design.template || {}).Conditions || {});
  return JSON.stringify([
    logicalId,
    component.type,
    component.properties,
    component.attributes,
    others,
    conditions,
  ]);
}
