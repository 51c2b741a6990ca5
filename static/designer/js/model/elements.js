// The design as Cytoscape elements: plain data, no canvas involved.

import { connectionsToEdges } from "./connections.js";

export const FALLBACK_COLOUR = "#8a94a6";

export function shortTypeName(type) {
  const parts = String(type).split("::");
  return parts.length >= 3 ? parts.slice(1).join(" ") : type;
}

export function componentToNode(logicalId, component, types) {
  const known = types[component.type] || {};
  const position = component.position || { x: 0, y: 0 };
  const node = {
    group: "nodes",
    data: {
      id: logicalId,
      label: `${logicalId}\n${shortTypeName(component.type)}`,
      type: component.type,
      service: known.service || "",
      colour: known.colour || FALLBACK_COLOUR,
    },
    position: { x: Number(position.x) || 0, y: Number(position.y) || 0 },
  };
  if (component.parent) node.data.parent = component.parent;
  return node;
}

export function designToElements(design, types = {}) {
  const components = (design && design.components) || {};
  const ids = new Set(Object.keys(components));
  const nodes = [...ids].map((id) => componentToNode(id, components[id], types));
  return [...nodes, ...connectionsToEdges(design && design.connections, ids)];
}

// Types the design uses that `types` knows nothing about yet.
export function unknownTypes(design, types) {
  const seen = new Set();
  for (const component of Object.values((design && design.components) || {})) {
    if (!types[component.type]) seen.add(component.type);
  }
  return [...seen];
}
