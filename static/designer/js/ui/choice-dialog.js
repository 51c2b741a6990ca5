// The dialog that asks which relationship a new connection should make.

import { h } from "./dom.js";
import { prose } from "./prose.js";

export function createChoiceDialog(dialog, { onChoose, onCancel }) {
  const form = dialog.querySelector("#choice-form");
  const list = dialog.querySelector("#choice-list");
  const message = dialog.querySelector("#choice-message");
  let shown = null;

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const picked = form.querySelector("input[name=choice]:checked");
    if (picked && shown) onChoose(shown, picked.value);
  });
  dialog.addEventListener("click", (event) => {
    if (event.target.closest('[data-command="cancel-choice"]')) onCancel();
  });
  dialog.addEventListener("cancel", (event) => {
    event.preventDefault();
    onCancel();
  });

  return {
    render(state) {
      const choice = state.choice;
      if (choice === shown) return;
      shown = choice;
      if (!choice) {
        if (dialog.open) dialog.close();
        return;
      }

      message.textContent =
        choice.message || `${choice.source} and ${choice.target} can be related in more than one way.`;
      list.replaceChildren(
        ...choice.choices.map((option, index) =>
          h(
            "label",
            { class: "choice" },
            h("input", { type: "radio", name: "choice", value: option.id, checked: index === 0 }),
            h(
              "span",
              { class: "choice__text" },
              h("span", { class: "choice__title", text: option.title || option.id }),
              option.explanation ? prose("span", { class: "choice__explanation" }, option.explanation) : null,
            ),
          ),
        ),
      );
      if (!dialog.open) dialog.showModal();
      const first = list.querySelector("input");
      if (first) first.focus();
    },
  };
}
