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

// The free spot nearest `wanted`: itself when no node there overlaps it,
// else the first free point on rings of candidates around it.
export function freeSpot(wanted, occupied, size = NODE_SIZE, gap = 16) {
  const clear = (point) => !occupied.some((other) => overlaps(point, other, size));
  if (clear(wanted)) return wanted;

  const stepX = size.width + gap;
  const stepY = size.height + gap;
  for (let ring = 1; ring <= 12; ring += 1) {
    const candidates = [];
    for (let dx = -ring; dx <= ring; dx += 1) {
      for (let dy = -ring; dy <= ring; dy += 1) {
        if (Math.max(Math.abs(dx), Math.abs(dy)) !== ring) continue;
        candidates.push({ x: wanted.x + dx * stepX, y: wanted.y + dy * stepY });
      }
    }
    const distance = (p) => (p.x - wanted.x) ** 2 + (p.y - wanted.y) ** 2;
    const free = candidates.filter(clear).sort((a, b) => distance(a) - distance(b));
    if (free.length > 0) return free[0];
  }
  return wanted;
}

// How much one wheel event zooms: about 12% per 100 pixels of scroll,
// whatever the device reports in (pixels, lines or pages).
export function wheelZoomFactor(deltaY, deltaMode = 0) {
  const pixels = deltaY * ([1, 33, 400][deltaMode] || 1);
  const bounded = Math.max(-600, Math.min(600, pixels));
  return Math.pow(1.0012, -bounded);
}

// The zoom an initial fit settles on: no closer than `most`, and never so
// far out that labels are unreadable.
export const READABLE_ZOOM = 0.6;
export function readableZoom(fitted, most = 1.2, least = READABLE_ZOOM) {
  return Math.min(most, Math.max(least, fitted));
}
