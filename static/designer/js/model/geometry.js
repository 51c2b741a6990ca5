// Conversions between the page's pixels and the canvas's model coordinates.

// The size the canvas draws a component at, in model coordinates.
export const NODE_SIZE = { width: 184, height: 56 };

export function clientToModel(client, containerRect, pan, zoom) {
  return {
    x: (client.x - containerRect.left - pan.x) / zoom,
    y: (client.y - containerRect.top - pan.y) / zoom,
  };
}

export function roundPosition(position) {
  return { x: Math.round(position.x), y: Math.round(position.y) };
}

export function samePosition(a, b) {
  return Boolean(a && b) && Math.round(a.x) === Math.round(b.x) && Math.round(a.y) === Math.round(b.y);
}

// True when boxes of NODE_SIZE centred on a and b overlap.
export function overlaps(a, b, size = NODE_SIZE) {
  return Math.abs(a.x - b.x) < size.width && Math.abs(a.y - b.y) < size.height;
}
