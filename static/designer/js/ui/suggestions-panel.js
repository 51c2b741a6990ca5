// The suggestions list: what the relationship engine proposes, each with
// why, a preview of the template change, its choices, accept and dismiss.

import { canAccept, diffLines, kindLabel, pickedChoice } from "../model/suggestions.js";
import { h } from "./dom.js";
import { link, prose } from "./prose.js";

const SEVERITY_LABELS = { error: "Error", warning: "Warning", informational: "Info" };

function badges(suggestion) {
  const severity = suggestion.severity || "informational";
  return h(
    "div",
    { class: "suggestion__meta" },
    h("span", {
      class: `severity severity--${severity}`,
      text: SEVERITY_LABELS[severity] || severity,
    }),
    h("span", { class: "badge", text: kindLabel(suggestion.kind) }),
    h("code", { class: "suggestion__rule", text: suggestion.rule }),
  );
}

function componentList(suggestion) {
  if (suggestion.components.length === 0) return null;
  return h(
    "p",
    { class: "suggestion__components" },
    h("span", { class: "suggestion__label", text: "On" }),
    ...suggestion.components.map((logicalId) =>
      h("button", {
        type: "button",
        class: "chip",
        dataset: { component: logicalId },
        title: `Select ${logicalId} on the canvas`,
        text: logicalId,
      }),
    ),
  );
}

function choicePicker(suggestion, picks) {
  if (suggestion.choices.length === 0) return null;
  const picked = pickedChoice(suggestion, picks);
  return h(
    "fieldset",
    { class: "suggestion__choices" },
    h("legend", { class: "suggestion__label", text: "Choose one" }),
    ...suggestion.choices.map((choice) =>
      h(
        "label",
        { class: "choice choice--compact" },
        h("input", {
          type: "radio",
          name: `choice-${suggestion.id}`,
          value: choice.id,
          checked: choice.id === picked.id,
          dataset: { pick: suggestion.id },
        }),
        h(
          "span",
          { class: "choice__text" },
          h("span", { class: "choice__title", text: choice.title || choice.id }),
          choice.explanation ? prose("span", { class: "choice__explanation" }, choice.explanation) : null,
        ),
      ),
    ),
  );
}

function toggle(command, label, open) {
  return h("button", {
    type: "button",
    class: "button button--small button--toggle",
    dataset: { command },
    "aria-expanded": String(open),
    text: label,
  });
}

function whySection(suggestion) {
  return h(
    "div",
    { class: "suggestion__why" },
    prose("p", {}, suggestion.explanation),
    suggestion.docs.length
      ? h(
          "ul",
          { class: "suggestion__docs" },
          ...suggestion.docs.map((url) => h("li", {}, link(url))),
        )
      : null,
  );
}

function previewSection(preview) {
  if (!preview || preview.loading) return h("p", { class: "suggestion__pending", text: "Loading the diff…" });
  if (preview.error) return h("p", { class: "suggestion__pending", text: `No preview: ${preview.error}` });
  const lines = diffLines(preview.diff);
  if (lines.length === 0) return h("p", { class: "suggestion__pending", text: "The template would not change." });
  return h(
    "pre",
    { class: "diff", tabindex: "0", "aria-label": "Template changes" },
    ...lines.map((line) => h("span", { class: `diff__line diff__line--${line.kind}`, text: line.text })),
  );
}

export function createSuggestionsPanel(
  { list, summary, count },
  { api, designId, onSelectComponent, onPick, onAccept, onDismiss, onHighlight, onError },
) {
  const open = { why: new Set(), preview: new Set() };
  const previews = new Map();
  let hovered = null;
  let last = null;

  const itemOf = (element) => element.closest("[data-suggestion]");
  const previewKey = (suggestion, picks) => {
    const choice = pickedChoice(suggestion, picks);
    return `${suggestion.id}@${last.suggestions.version}:${choice ? choice.id : ""}`;
  };

  function emitHighlight() {
    const ids = new Set([...open.why, ...open.preview]);
    if (hovered) ids.add(hovered);
    onHighlight([...ids]);
  }

  async function loadPreview(suggestion) {
    const key = previewKey(suggestion, last.picks);
    if (previews.has(key)) return;
    previews.set(key, { loading: true });
    const choice = pickedChoice(suggestion, last.picks);
    try {
      const body = await api.previewSuggestion(designId, suggestion.id, choice ? choice.id : null);
      previews.set(key, { diff: body.diff || "" });
    } catch (error) {
      previews.set(key, { error: error.message });
      onError(error);
    }
    draw();
  }

  function item(suggestion) {
    const why = open.why.has(suggestion.id);
    const preview = open.preview.has(suggestion.id);
    const actions = h(
      "div",
      { class: "suggestion__actions" },
      toggle("why", "Why this?", why),
      canAccept(suggestion) ? toggle("preview", "Preview", preview) : null,
      h("span", { class: "suggestion__spacer" }),
      h("button", {
        type: "button",
        class: "button button--small",
        dataset: { command: "dismiss" },
        title: "Do not suggest this again for this design",
        text: "Dismiss",
      }),
      canAccept(suggestion)
        ? h("button", {
            type: "button",
            class: "button button--small button--primary",
            dataset: { command: "accept" },
            text: "Accept",
          })
        : null,
    );
    return h(
      "li",
      {
        class: `suggestion suggestion--${suggestion.severity}`,
        dataset: { suggestion: suggestion.id },
        "aria-label": suggestion.title,
      },
      badges(suggestion),
      h("p", { class: "suggestion__title", text: suggestion.title }),
      componentList(suggestion),
      choicePicker(suggestion, last.picks),
      actions,
      why ? whySection(suggestion) : null,
      preview ? previewSection(previews.get(previewKey(suggestion, last.picks))) : null,
    );
  }

  function draw() {
    const suggestions = last && last.suggestions;
    if (!suggestions) {
      summary.textContent = "Checking the design…";
      count.textContent = "";
      list.replaceChildren();
      return;
    }
    const items = suggestions.items;
    const live = new Set(items.map((entry) => entry.id));
    for (const set of [open.why, open.preview]) {
      for (const id of set) if (!live.has(id)) set.delete(id);
    }
    if (hovered && !live.has(hovered)) hovered = null;

    const errors = items.filter((entry) => entry.severity === "error").length;
    count.textContent = String(items.length);
    count.dataset.level = errors ? "error" : items.length ? "warning" : "";
    summary.textContent = items.length
      ? "What the relationship engine would add or fix. Dashed shapes on the canvas show it."
      : "No suggestions: the relationship engine has nothing to add.";
    list.replaceChildren(...items.map(item));
    for (const id of open.preview) {
      const suggestion = items.find((entry) => entry.id === id);
      if (suggestion) loadPreview(suggestion);
    }
    emitHighlight();
  }

  // Delegated: the items are redrawn with every change
  list.addEventListener("click", (event) => {
    const element = itemOf(event.target);
    if (!element || !last) return;
    const id = element.dataset.suggestion;
    const chip = event.target.closest("[data-component]");
    if (chip) {
      onSelectComponent(chip.dataset.component);
      return;
    }
    const button = event.target.closest("[data-command]");
    if (!button) return;
    const command = button.dataset.command;
    if (command === "why" || command === "preview") {
      const set = open[command];
      if (set.has(id)) set.delete(id);
      else set.add(id);
      draw();
    } else if (command === "accept") onAccept(id);
    else if (command === "dismiss") onDismiss(id);
  });
  list.addEventListener("change", (event) => {
    const input = event.target.closest("input[data-pick]");
    if (input) onPick(input.dataset.pick, input.value);
  });
  list.addEventListener("mouseover", (event) => {
    const element = itemOf(event.target);
    const id = element ? element.dataset.suggestion : null;
    if (id === hovered) return;
    hovered = id;
    emitHighlight();
  });
  list.addEventListener("mouseleave", () => {
    hovered = null;
    emitHighlight();
  });

  return {
    render(state, previous) {
      const changed =
        !last ||
        state.suggestions !== previous.suggestions ||
        state.picks !== previous.picks;
      last = state;
      if (changed) draw();
    },
    // Bring a suggestion into view, as when its ghost is clicked.
    reveal(id) {
      const element = list.querySelector(`[data-suggestion="${CSS.escape(id)}"]`);
      if (!element) return;
      element.scrollIntoView({ block: "nearest", behavior: "smooth" });
      element.classList.remove("is-revealed");
      void element.offsetWidth;
      element.classList.add("is-revealed");
      hovered = id;
      emitHighlight();
    },
  };
}
