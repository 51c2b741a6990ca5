// The relationship engine's suggestions as the editor keeps them: the list,
// the choice picked for each, and the ghosts the canvas draws for what
// accepting would add. Plain data only.

import { FALLBACK_COLOUR, shortTypeName } from "./elements.js";
import { NODE_SIZE, overlaps } from "./geometry.js";

export const GHOST_PREFIX = "ghost:";

const SEVERITY_ORDER = { error: 0, warning: 1, informational: 2 };
const KIND_LABELS = { bind: "bind", create: "create", fix: "fix", warn: "heads-up" };

// Ghosts that land on a component move down by a row until they are clear.
const ROW = NODE_SIZE.height + 20;
const TRIES = 12;

export function suggestionList(payload) {
  const items = ((payload && payload.suggestions) || []).map((item) => ({
    ...item,
    docs: item.docs || [],
    components: item.components || [],
    patch: item.patch || [],
    choices: item.choices || [],
  }));
  const rank = (item) => SEVERITY_ORDER[item.severity] ?? 3;
  const ordered = items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => rank(a.item) - rank(b.item) || a.index - b.index)
    .map(({ item }) => item);
  return { version: payload ? payload.version : null, items: ordered };
}

export const kindLabel = (kind) => KIND_LABELS[kind] || kind;

export function findSuggestion(suggestions, id) {
  return ((suggestions && suggestions.items) || []).find((item) => item.id === id) || null;
}

export function withoutSuggestion(suggestions, id) {
  if (!findSuggestion(suggestions, id)) return suggestions;
  return { ...suggestions, items: suggestions.items.filter((item) => item.id !== id) };
}

// The choice accepting would apply: the one picked, else the first.
export function pickedChoice(suggestion, picks = {}) {
  const choices = suggestion.choices || [];
  if (choices.length === 0) return null;
  return choices.find((choice) => choice.id === picks[suggestion.id]) || choices[0];
}

export function canAccept(suggestion) {
  return (suggestion.choices || []).length > 0 || (suggestion.patch || []).length > 0;
}

// Keep only the picks of suggestions still listed, and still offering them.
export function keepPicks(picks, suggestions) {
  const kept = {};
  for (const [id, choice] of Object.entries(picks || {})) {
    const suggestion = findSuggestion(suggestions, id);
    if (suggestion && suggestion.choices.some((option) => option.id === choice)) kept[id] = choice;
  }
  return kept;
}

export function ghostOf(suggestion, picks = {}) {
  const choice = pickedChoice(suggestion, picks);
  const ghost = (choice && choice.ghost) || suggestion.ghost || {};
  return { components: ghost.components || {}, connections: ghost.connections || [] };
}

export const ghostNodeId = (suggestionId, logicalId) => `${GHOST_PREFIX}${suggestionId}:${logicalId}`;

export const isGhostId = (id) => String(id).startsWith(GHOST_PREFIX);

// Return `position`, moved down a row at a time until it overlaps nothing in
// `occupied`; after TRIES rows, the last one tried.
export function clearPosition(position, occupied) {
  let candidate = { x: position.x, y: position.y };
  for (let attempt = 0; attempt < TRIES; attempt += 1) {
    if (!occupied.some((other) => overlaps(candidate, other))) return candidate;
    candidate = { x: candidate.x, y: candidate.y + ROW };
  }
  return candidate;
}

function realPositions(design) {
  return Object.values((design && design.components) || {})
    .filter((component) => component.position && !component.parent)
    .map((component) => ({ x: Number(component.position.x) || 0, y: Number(component.position.y) || 0 }));
}

// Every listed suggestion's ghosts as Cytoscape elements. A ghost edge joins
// ghosts of its own suggestion or real components; one to anything else is
// left out.
export function suggestionsToGhosts(suggestions, design, types = {}, picks = {}) {
  const components = (design && design.components) || {};
  const occupied = realPositions(design);
  const nodes = [];
  const edges = [];

  for (const suggestion of (suggestions && suggestions.items) || []) {
    const ghost = ghostOf(suggestion, picks);
    const local = new Map();

    // Nodes, clear of what is already drawn
    for (const [logicalId, component] of Object.entries(ghost.components)) {
      const id = ghostNodeId(suggestion.id, logicalId);
      const wanted = component.position || { x: 0, y: 0 };
      const position = clearPosition({ x: Number(wanted.x) || 0, y: Number(wanted.y) || 0 }, occupied);
      occupied.push(position);
      local.set(logicalId, id);
      const known = types[component.type] || {};
      nodes.push({
        group: "nodes",
        classes: "ghost",
        data: {
          id,
          label: `${logicalId}\n${shortTypeName(component.type)}`,
          type: component.type,
          colour: known.colour || FALLBACK_COLOUR,
          ghostOf: suggestion.id,
          logicalId,
        },
        position,
      });
    }

    // Edges, to ghosts of this suggestion first, else to real components
    const endpoint = (logicalId) => local.get(logicalId) || (components[logicalId] ? logicalId : null);
    for (const connection of ghost.connections) {
      const source = endpoint(connection.source);
      const target = endpoint(connection.target);
      if (!source || !target || source === target) continue;
      edges.push({
        group: "edges",
        classes: "ghost",
        data: {
          id: `${GHOST_PREFIX}${suggestion.id}:${connection.source}\u2192${connection.target}`,
          source,
          target,
          ghostOf: suggestion.id,
        },
      });
    }
  }
  return [...nodes, ...edges];
}

// The types the ghosts use, which the canvas needs colours for.
export function ghostTypes(suggestions) {
  const seen = new Set();
  for (const suggestion of (suggestions && suggestions.items) || []) {
    const ghosts = [suggestion.ghost, ...suggestion.choices.map((choice) => choice.ghost)];
    for (const ghost of ghosts) {
      for (const component of Object.values((ghost && ghost.components) || {})) {
        if (component.type) seen.add(component.type);
      }
    }
  }
  return [...seen];
}

// What to highlight for these suggestion ids: their ghosts and the real
// components they are about.
export function highlightTargets(suggestions, ids) {
  const wanted = new Set(ids);
  const components = new Set();
  for (const item of (suggestions && suggestions.items) || []) {
    if (!wanted.has(item.id)) continue;
    for (const logicalId of item.components) components.add(logicalId);
  }
  return { suggestions: wanted, components };
}

// A unified diff's lines, each with what it is: "file", "hunk", "add",
// "remove" or "context".
export function diffLines(diff) {
  const lines = String(diff || "").split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  return lines.map((text) => {
    let kind = "context";
    if (text.startsWith("+++") || text.startsWith("---")) kind = "file";
    else if (text.startsWith("@@")) kind = "hunk";
    else if (text.startsWith("+")) kind = "add";
    else if (text.startsWith("-")) kind = "remove";
    return { kind, text };
  });
}
