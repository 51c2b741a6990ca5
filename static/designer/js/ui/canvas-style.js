// How the canvas draws components and connections.

import { FALLBACK_COLOUR } from "../model/elements.js";
import { NODE_SIZE } from "../model/geometry.js";

// Suggestions' own colour, apart from selection blue and drawing amber
const SUGGESTED = "#7c3aed";

// Edgehandles' own ghost node has no colour of its own.
const colourOf = (node) => node.data("colour") || FALLBACK_COLOUR;

const stripe = (node) => {
  const colour = colourOf(node);
  return `${colour} ${colour} #ffffff #ffffff`;
};

export const canvasStyle = [
  {
    selector: "node",
    style: {
      shape: "round-rectangle",
      width: NODE_SIZE.width,
      height: NODE_SIZE.height,
      "z-index": 10,
      "z-index-compare": "manual",
      "background-fill": "linear-gradient",
      "background-gradient-direction": "to-right",
      "background-gradient-stop-colors": stripe,
      "background-gradient-stop-positions": "0% 4% 4% 100%",
      "border-width": 1.5,
      "border-color": colourOf,
      label: "data(label)",
      "text-wrap": "wrap",
      "text-max-width": 160,
      "text-valign": "center",
      "text-halign": "center",
      "font-family": "Inter, system-ui, Roboto, Helvetica, Arial, sans-serif",
      "font-size": 12,
      "line-height": 1.35,
      color: "#1f2937",
      "padding-left": 6,
      "overlay-opacity": 0,
    },
  },
  {
    selector: ":parent",
    style: {
      shape: "round-rectangle",
      "background-fill": "solid",
      "background-color": colourOf,
      "background-opacity": 0.06,
      "border-style": "dashed",
      "text-valign": "top",
      "text-halign": "center",
      "text-margin-y": -4,
      padding: 24,
    },
  },
  {
    selector: "node:selected",
    style: {
      "border-width": 3,
      "border-color": "#2563eb",
      "underlay-color": "#2563eb",
      "underlay-opacity": 0.12,
      "underlay-padding": 6,
      "underlay-shape": "round-rectangle",
    },
  },
  {
    selector: "node.ghost",
    style: {
      "z-index": 1,
      opacity: 0.55,
      "border-style": "dashed",
      "border-width": 1.5,
      color: "#4b5563",
      "font-style": "italic",
    },
  },
  {
    selector: "node.is-suggested",
    style: {
      "underlay-color": SUGGESTED,
      "underlay-opacity": 0.14,
      "underlay-padding": 7,
      "underlay-shape": "round-rectangle",
    },
  },
  {
    selector: "node.ghost.is-suggested",
    style: { opacity: 0.95, "border-color": SUGGESTED, "border-width": 2.5 },
  },
  {
    selector: "edge",
    style: {
      // Above the nodes, so that a label on a short edge is never hidden
      "z-index": 20,
      "z-index-compare": "manual",
      width: 1.6,
      "curve-style": "bezier",
      "line-color": "#94a3b8",
      "target-arrow-color": "#94a3b8",
      "target-arrow-shape": "triangle",
      "arrow-scale": 1,
      label: "data(label)",
      "font-size": 11,
      "font-family": "ui-monospace, Menlo, Consolas, monospace",
      color: "#475569",
      "text-background-color": "#ffffff",
      "text-background-opacity": 0.92,
      "text-background-padding": 3,
      "text-background-shape": "round-rectangle",
      "text-border-color": "#cbd5e1",
      "text-border-width": 1,
      "text-border-opacity": 1,
      "text-rotation": "autorotate",
      "min-zoomed-font-size": 6,
    },
  },
  {
    selector: "edge[kind = 'DependsOn']",
    style: { "line-style": "dashed" },
  },
  {
    selector: "edge.ghost",
    style: {
      "line-style": "dashed",
      "line-dash-pattern": [6, 4],
      "line-color": "#a78bfa",
      "target-arrow-color": "#a78bfa",
      opacity: 0.7,
      label: "",
      "z-index": 1,
    },
  },
  {
    selector: "edge.ghost.is-suggested",
    style: { "line-color": SUGGESTED, "target-arrow-color": SUGGESTED, opacity: 1, width: 2.2 },
  },
  {
    selector: "edge:selected",
    style: {
      "line-color": "#2563eb",
      "target-arrow-color": "#2563eb",
      width: 3,
      color: "#1d4ed8",
      "text-border-color": "#2563eb",
      "underlay-color": "#2563eb",
      "underlay-opacity": 0.15,
      "underlay-padding": 5,
    },
  },
  {
    selector: ".eh-source, .eh-target",
    style: { "border-width": 3, "border-color": "#f59e0b" },
  },
  {
    selector: ".eh-preview, .eh-ghost-edge",
    style: {
      "line-color": "#f59e0b",
      "target-arrow-color": "#f59e0b",
      "line-style": "dashed",
      label: "",
    },
  },
  {
    selector: ".eh-ghost-edge.eh-preview-active",
    style: { opacity: 0 },
  },
  {
    selector: ".eh-ghost-node",
    style: { width: 1, height: 1, opacity: 0, label: "" },
  },
];
