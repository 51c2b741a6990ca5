// Palette entries: featured types first, each keeping the server's order.

export function orderTypes(results) {
  return (results || [])
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => Number(Boolean(b.entry.featured)) - Number(Boolean(a.entry.featured)) || a.index - b.index)
    .map(({ entry }) => entry);
}

export function typeSummaries(results) {
  const summaries = {};
  for (const entry of results || []) {
    summaries[entry.type] = { service: entry.service || "", colour: entry.colour || null };
  }
  return summaries;
}
