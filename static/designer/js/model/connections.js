// Connections as the server derives them, turned into labelled edges.

function unescapePointerToken(token) {
  return token.replace(/~1/g, "/").replace(/~0/g, "~");
}

// The property path a connection's pointer names, as tokens:
// "/components/Cluster/properties/AssociatedRoles/0/RoleArn" gives
// ["AssociatedRoles", "0", "RoleArn"].
function propertyTokens(connection) {
  let rest = String(connection.path || "")
    .split("/")
    .slice(1)
    .map(unescapePointerToken);
  if (rest[0] === "components") rest = rest.slice(2);
  if (rest[0] === "properties" || rest[0] === "attributes") rest = rest.slice(1);
  return rest;
}

const isIndex = (token) => /^\d+$/.test(token);

// "AssociatedRoles.RoleArn", or with `indexes` "AssociatedRoles[0].RoleArn".
export function connectionLabel(connection, { indexes = false } = {}) {
  const tokens = propertyTokens(connection);
  const parts = [];
  for (const token of tokens) {
    if (!isIndex(token)) parts.push(token);
    else if (indexes && parts.length > 0) parts[parts.length - 1] += `[${token}]`;
  }
  if (parts.length > 0) return parts.join(".");
  return connection.kind || "";
}

export const LABEL_LIMIT = 26;

// A long label keeps its first and last segments: "Policies…Resource[1]".
export function shortLabel(label, limit = LABEL_LIMIT) {
  const parts = label.split(".");
  if (label.length <= limit || parts.length <= 2) return label;
  return `${parts[0]}\u2026${parts[parts.length - 1]}`;
}

// Labels for every connection, in order: short where that stays unambiguous
// among the connections from the same component, else with list indexes,
// shortened again when that is still unambiguous.
export function connectionLabels(connections) {
  const list = connections || [];
  const plain = list.map((c) => connectionLabel(c));
  const indexed = list.map((c) => connectionLabel(c, { indexes: true }));
  const clashes = (labels, i) =>
    labels.some((label, j) => j !== i && label === labels[i] && list[j].source === list[i].source);

  const chosen = list.map((_c, i) => (clashes(plain, i) ? indexed[i] : plain[i]));
  const short = chosen.map((label) => shortLabel(label));
  return list.map((_c, i) => (clashes(short, i) ? chosen[i] : short[i]));
}

export function findConnection(design, path) {
  return ((design && design.connections) || []).find((c) => c.path === path) || null;
}

export function edgeId(connection) {
  return `${connection.source}\u2192${connection.target}@${connection.path}`;
}

export function connectionsToEdges(connections, componentIds) {
  const shown = (connections || []).filter(
    (c) => componentIds.has(c.source) && componentIds.has(c.target),
  );
  const labels = connectionLabels(shown);
  return shown.map((connection, index) => ({
      group: "edges",
      data: {
        id: edgeId(connection),
        source: connection.source,
        target: connection.target,
        label: labels[index],
        fullLabel: connectionLabel(connection, { indexes: true }),
        kind: connection.kind || "",
        attribute: connection.attribute || "",
        path: connection.path,
      },
    }));
}
