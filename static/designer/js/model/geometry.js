// Conversions between the page's pixels and the canvas's model coordinates.

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
