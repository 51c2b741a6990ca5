// The canvas: Cytoscape draws the design; this module keeps it in step with
// the state and turns gestures into actions.

import cytoscape from "/static/vendor/cytoscape/cytoscape.esm.min.mjs";

import { designToElements } from "../model/elements.js";
import { clientToModel, freeSpot, readableZoom, wheelZoomFactor } from "../model/geometry.js";
import { suggestionsToGhosts } from "../model/suggestions.js";
import { canvasStyle } from "./canvas-style.js";

export const PALETTE_MIME = "application/x-designer-type";

let edgehandlesRegistered = false;

function registerEdgehandles() {
  if (edgehandlesRegistered) return;
  if (typeof window.cytoscapeEdgehandles !== "function") {
    throw new Error("cytoscape-edgehandles did not load.");
  }
  cytoscape.use(window.cytoscapeEdgehandles);
  edgehandlesRegistered = true;
}

const TEMPORARY = ["eh-preview", "eh-ghost", "eh-ghost-edge", "eh-ghost-node"];
const isTemporary = (element) => TEMPORARY.some((name) => element.hasClass(name));

// Ghosts show what a suggestion would add; they are never real components.
const isGhost = (element) => element.hasClass("ghost");
const isReal = (element) => !isTemporary(element) && !isGhost(element);

export function createCanvas(container, handlers) {
  registerEdgehandles();

  const cy = cytoscape({
    container,
    style: canvasStyle,
    boxSelectionEnabled: false,
    selectionType: "single",
    minZoom: 0.2,
    maxZoom: 3,
  });

  const edgehandles = cy.edgehandles({
    canConnect: (source, target) => !source.same(target) && isReal(source) && isReal(target),
    edgeParams: () => ({}),
    hoverDelay: 80,
    snap: true,
    snapThreshold: 24,
    snapFrequency: 30,
  });

  // Gestures become actions
  cy.on("tap", "node", (event) => {
    const node = event.target;
    if (isGhost(node)) handlers.onGhost(node.data("ghostOf"));
    else if (!isTemporary(node)) handlers.onSelect(node.id());
  });
  cy.on("tap", "edge", (event) => {
    const edge = event.target;
    if (isReal(edge)) handlers.onSelectEdge(edge.data("path"));
  });
  cy.on("tap", (event) => {
    if (event.target === cy) handlers.onSelect(null);
  });

  // The whole path of a connection, on hover
  cy.on("mouseover", "edge", (event) => {
    const edge = event.target;
    if (isReal(edge)) container.title = `${edge.data("fullLabel")}\n${edge.data("path")}`;
  });
  cy.on("mouseout", "edge", () => container.removeAttribute("title"));

  // The wheel zooms at the pointer, at a comfortable pace
  container.addEventListener(
    "wheel",
    (event) => {
      event.preventDefault();
      event.stopPropagation();
      const rect = container.getBoundingClientRect();
      const factor = wheelZoomFactor(event.deltaY, event.deltaMode);
      const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
      cy.zoom({ level, renderedPosition: { x: event.clientX - rect.left, y: event.clientY - rect.top } });
    },
    { capture: true, passive: false },
  );
  cy.on("dragfree", "node", (event) => {
    const node = event.target;
    if (!isReal(node)) return;
    handlers.onMove(node.id(), { ...node.position() });
  });
  cy.on("ehcomplete", (_event, source, target, added) => {
    added.remove();
    handlers.onConnect(source.id(), target.id());
  });
  cy.on("zoom", () => handlers.onZoom(cy.zoom()));

  // Palette items dropped where the pointer is
  container.addEventListener("dragover", (event) => {
    if (!event.dataTransfer.types.includes(PALETTE_MIME)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
    container.classList.add("is-drop-target");
  });
  container.addEventListener("dragleave", () => container.classList.remove("is-drop-target"));
  container.addEventListener("drop", (event) => {
    container.classList.remove("is-drop-target");
    const type = event.dataTransfer.getData(PALETTE_MIME);
    if (!type) return;
    event.preventDefault();
    const pointer = clientToModel(
      { x: event.clientX, y: event.clientY },
      container.getBoundingClientRect(),
      cy.pan(),
      cy.zoom(),
    );
    const taken = cy
      .nodes()
      .filter((node) => isReal(node) && !node.isParent())
      .map((node) => node.position());
    handlers.onDrop(type, freeSpot(pointer, taken));
  });

  let fittedOnce = false;

  function syncElements(state) {
    const elements = designToElements(state.design, state.types);
    const wanted = new Map(elements.map((element) => [element.data.id, element]));

    cy.batch(() => {
      cy.elements().forEach((element) => {
        if (isReal(element) && !wanted.has(element.id())) element.remove();
      });

      // Nodes first, without parents, so a parent always exists in time
      for (const element of elements) {
        if (element.group !== "nodes") continue;
        const { parent, ...data } = element.data;
        const existing = cy.getElementById(data.id);
        if (existing.empty()) {
          cy.add({ group: "nodes", data, position: element.position });
        } else {
          existing.data(data);
          if (!existing.grabbed()) existing.position(element.position);
        }
      }
      for (const element of elements) {
        if (element.group !== "nodes") continue;
        const node = cy.getElementById(element.data.id);
        const wanted = element.data.parent;
        const parent = wanted && cy.getElementById(wanted).nonempty() ? wanted : null;
        if ((node.data("parent") || null) !== parent) node.move({ parent });
      }

      for (const element of elements) {
        if (element.group !== "edges") continue;
        const existing = cy.getElementById(element.data.id);
        if (existing.empty()) cy.add(element);
        else existing.data(element.data);
      }
    });
  }

  // Ghosts are redrawn whole: they are few, and never dragged
  function syncGhosts(state) {
    const ghosts = suggestionsToGhosts(state.suggestions, state.design, state.types, state.picks);
    cy.batch(() => {
      cy.elements(".ghost").remove();
      for (const ghost of ghosts) {
        if (ghost.group === "nodes") cy.add({ ...ghost, selectable: false, grabbable: false });
        else cy.add({ ...ghost, selectable: false });
      }
    });
    applyHighlight();
  }

  let highlighted = { suggestions: new Set(), components: new Set() };

  function applyHighlight() {
    cy.batch(() => {
      cy.elements(".is-suggested").removeClass("is-suggested");
      cy.elements(".ghost").forEach((ghost) => {
        if (highlighted.suggestions.has(ghost.data("ghostOf"))) ghost.addClass("is-suggested");
      });
      for (const logicalId of highlighted.components) {
        const node = cy.getElementById(logicalId);
        if (node.nonempty() && isReal(node)) node.addClass("is-suggested");
      }
    });
  }

  function syncSelection(selected, selectedConnection) {
    cy.nodes(":selected").forEach((node) => {
      if (node.id() !== selected) node.unselect();
    });
    cy.edges(":selected").forEach((edge) => {
      if (edge.data("path") !== selectedConnection) edge.unselect();
    });
    if (selected) {
      const node = cy.getElementById(selected);
      if (node.nonempty() && !node.selected()) node.select();
    }
    if (selectedConnection) {
      const edge = cy.edges().filter((e) => isReal(e) && e.data("path") === selectedConnection);
      if (edge.nonempty() && !edge.selected()) edge.select();
    }
  }

  // Fit, but keep labels readable: a large design is centred instead
  function fitReadable() {
    if (cy.nodes().empty()) return;
    cy.fit(undefined, 60);
    const level = readableZoom(cy.zoom());
    if (level !== cy.zoom()) {
      cy.zoom(level);
      cy.center();
    }
  }

  return {
    cy,
    edgehandles,
    render(state, previous) {
      const redrawn = state.design !== previous.design || state.types !== previous.types;
      if (redrawn) syncElements(state);
      if (redrawn || state.suggestions !== previous.suggestions || state.picks !== previous.picks) {
        syncGhosts(state);
      }
      syncSelection(state.selected, state.selectedConnection);

      if (state.connectMode !== previous.connectMode) {
        if (state.connectMode) edgehandles.enableDrawMode();
        else edgehandles.disableDrawMode();
        container.classList.toggle("is-connecting", state.connectMode);
      }
      if (!fittedOnce && state.design) {
        fittedOnce = true;
        fitReadable();
        handlers.onZoom(cy.zoom());
      }
    },
    highlight(targets) {
      highlighted = targets;
      applyHighlight();
    },
    zoomBy(factor) {
      const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
      cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    },
    fitReadable,
    fit() {
      if (cy.nodes().nonempty()) cy.animate({ fit: { padding: 60 }, duration: 200 });
      else cy.reset();
    },
    focus(logicalId) {
      const node = cy.getElementById(logicalId);
      if (node.empty()) return;
      cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1), duration: 250 });
    },
    centre() {
      const extent = cy.extent();
      return { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
    },
  };
}
