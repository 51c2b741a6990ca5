// Connections as the server derives them, turned into labelled edges.

function unescapePointerToken(token) {
  return token.replace(/~1/g, "/").replace(/~0/g, "~");
}

// "/components/Cluster/properties/AssociatedRoles/0/RoleArn" becomes
// "AssociatedRoles.RoleArn": the property path, without list positions.
export function connectionLabel(connection) {
  const tokens = String(connection.path || "")
    .split("/")
    .slice(1)
    .map(unescapePointerToken);
  let rest = tokens;
  if (rest[0] === "components") rest = rest.slice(2);
  if (rest[0] === "properties" || rest[0] === "attributes") rest = rest.slice(1);
  const named = rest.filter((token) => !/^\d+$/.test(token));
  if (named.length > 0) return named.join(".");
  return connection.kind || "";
}

export function edgeId(connection) {
  return `${connection.source}\u2192${connection.target}@${connection.path}`;
}

export function connectionsToEdges(connections, componentIds) {
  return (connections || [])
    .filter((c) => componentIds.has(c.source) && componentIds.has(c.target))
    .map((connection) => ({
      group: "edges",
      data: {
        id: edgeId(connection),
        source: connection.source,
        target: connection.target,
        label: connectionLabel(connection),
        kind: connection.kind || "",
        attribute: connection.attribute || "",
        path: connection.path,
      },
    }));
}
