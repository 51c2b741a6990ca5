// The list of designs: "New design" creates one through the API and opens it.

import { createApi } from "./api.js";
import { describeError } from "./store.js";

const form = document.getElementById("new-design");
const status = document.getElementById("status-line");
const api = createApi({ cookies: () => document.cookie });

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const name = form.elements.name.value.trim();
  if (!name) {
    status.textContent = "Enter a name for the design.";
    status.dataset.level = "error";
    return;
  }

  const button = form.querySelector("button[type=submit]");
  button.disabled = true;
  status.textContent = "Creating…";
  status.dataset.level = "info";
  try {
    const design = await api.createDesign(name);
    window.location.assign(form.dataset.editorUrl.replace(/0\/$/, `${design.id}/`));
  } catch (error) {
    status.textContent = `Could not create the design: ${describeError(error)}`;
    status.dataset.level = "error";
    button.disabled = false;
  }
});
