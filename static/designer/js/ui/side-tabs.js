// The right column's tabs: suggestions or the selected component's
// properties, one at a time.

export function createSideTabs(tablist, panels) {
  const tabs = () => [...tablist.querySelectorAll("[role=tab]")];

  function show(name) {
    for (const tab of tabs()) {
      const active = tab.dataset.tab === name;
      tab.setAttribute("aria-selected", String(active));
      tab.tabIndex = active ? 0 : -1;
    }
    for (const [panelName, panel] of Object.entries(panels)) panel.hidden = panelName !== name;
  }

  tablist.addEventListener("click", (event) => {
    const tab = event.target.closest("[role=tab]");
    if (tab && tablist.contains(tab)) show(tab.dataset.tab);
  });
  tablist.addEventListener("keydown", (event) => {
    if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
    const all = tabs();
    const current = all.findIndex((tab) => tab.getAttribute("aria-selected") === "true");
    const next = all[(current + (event.key === "ArrowRight" ? 1 : all.length - 1)) % all.length];
    show(next.dataset.tab);
    next.focus();
  });

  return {
    show,
    showing: () => {
      const active = tabs().find((tab) => tab.getAttribute("aria-selected") === "true");
      return active ? active.dataset.tab : null;
    },
  };
}
