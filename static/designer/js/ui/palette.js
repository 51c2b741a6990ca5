// The palette: search the catalog, then drag a type onto the canvas.

import { orderTypes } from "../model/catalog.js";
import { FALLBACK_COLOUR, shortTypeName } from "../model/elements.js";
import { debounce } from "../seams.js";
import { PALETTE_MIME } from "./canvas.js";
import { h } from "./dom.js";

const SHOWN = 200;

export function createPalette({ input, list }, { search, onTypes, onError, onPick }) {
  let latest = 0;

  function render(results, text) {
    const ordered = orderTypes(results);
    list.replaceChildren(
      ...ordered.slice(0, SHOWN).map((entry) =>
        h(
          "li",
          {
            class: "palette__item",
            draggable: "true",
            tabindex: "0",
            title: entry.description || entry.type,
            dataset: { type: entry.type },
          },
          h("span", {
            class: "palette__swatch",
            style: { backgroundColor: entry.colour || FALLBACK_COLOUR },
            "aria-hidden": "true",
          }),
          h(
            "span",
            { class: "palette__names" },
            h("span", { class: "palette__name", text: shortTypeName(entry.type) }),
            h("span", { class: "palette__type", text: entry.type }),
          ),
          entry.featured ? h("span", { class: "palette__featured", title: "Featured", text: "★" }) : null,
        ),
      ),
    );
    if (ordered.length === 0) {
      list.append(h("li", { class: "palette__none", text: `No types match “${text}”.` }));
    } else if (ordered.length > SHOWN) {
      const more = `${ordered.length - SHOWN} more: refine the search.`;
      list.append(h("li", { class: "palette__none", text: more }));
    }
  }

  async function load(text) {
    const ticket = ++latest;
    list.setAttribute("aria-busy", "true");
    try {
      const payload = await search(text);
      if (ticket !== latest) return;
      const results = (payload && payload.results) || [];
      onTypes(results);
      render(results, text);
    } catch (error) {
      if (ticket === latest) onError(error);
    } finally {
      if (ticket === latest) list.removeAttribute("aria-busy");
    }
  }

  const searchSoon = debounce((text) => load(text), 200);
  input.addEventListener("input", () => searchSoon(input.value.trim()));

  // Delegated: items come and go with every search
  list.addEventListener("dragstart", (event) => {
    const item = event.target.closest(".palette__item");
    if (!item) return;
    event.dataTransfer.setData(PALETTE_MIME, item.dataset.type);
    event.dataTransfer.setData("text/plain", item.dataset.type);
    event.dataTransfer.effectAllowed = "copy";
  });
  list.addEventListener("dblclick", (event) => {
    const item = event.target.closest(".palette__item");
    if (item) onPick(item.dataset.type);
  });
  list.addEventListener("keydown", (event) => {
    const item = event.target.closest(".palette__item");
    if (item && event.key === "Enter") onPick(item.dataset.type);
  });

  return { load };
}
