// Suggestions: the model's ghosts and diffs, and the actions against a fake
// API. Run with `node --test tests/js/`.

import assert from "node:assert/strict";
import { test } from "node:test";

import { acceptSuggestion } from "../../static/designer/js/actions/accept-suggestion.js";
import { dismissSuggestion } from "../../static/designer/js/actions/dismiss-suggestion.js";
import { forgetSuggestion } from "../../static/designer/js/actions/forget-suggestion.js";
import { loadSuggestions } from "../../static/designer/js/actions/load-suggestions.js";
import { pickSuggestionChoice } from "../../static/designer/js/actions/pick-suggestion-choice.js";
import { undo } from "../../static/designer/js/actions/undo.js";
import { ApiError } from "../../static/designer/js/api.js";
import { docLabel, linkSegments } from "../../static/designer/js/model/links.js";
import { initialState } from "../../static/designer/js/model/state.js";
import {
  clearPosition,
  diffLines,
  ghostTypes,
  highlightTargets,
  keepPicks,
  pickedChoice,
  suggestionList,
  suggestionsToGhosts,
} from "../../static/designer/js/model/suggestions.js";
import { connectLiveUpdates } from "../../static/designer/js/ui/live-updates.js";

const design = (version, components = {}) => ({
  id: 7,
  name: "D",
  version,
  template: {},
  components: {
    Db: { type: "AWS::RDS::DBCluster", properties: {}, position: { x: 100, y: 100 } },
    ...components,
  },
  connections: [],
});

const monitoring = {
  id: "E7020-abc",
  kind: "create",
  severity: "error",
  rule: "E7020",
  title: "Give Db a role",
  explanation: "Needs monitoring.rds.amazonaws.com.",
  docs: ["https://docs.aws.amazon.com/x/USER_Monitoring.html"],
  components: ["Db"],
  patch: [{ op: "add", path: "/components/DbRole", value: {} }],
  ghost: {
    components: { DbRole: { type: "AWS::IAM::Role", position: { x: 320, y: 100 } } },
    connections: [{ source: "Db", target: "DbRole" }],
  },
};

const choosy = {
  id: "E7030-def",
  kind: "bind",
  severity: "warning",
  rule: "E7030",
  title: "Pick a role",
  explanation: "",
  docs: [],
  components: ["Db"],
  patch: [],
  choices: [
    { id: "use:Old", title: "Use Old", explanation: "", patch: [{}], ghost: { components: {}, connections: [{ source: "Db", target: "Old" }] } },
    {
      id: "create",
      title: "Create",
      explanation: "",
      patch: [{}],
      ghost: { components: { NewRole: { type: "AWS::IAM::Role", position: { x: 0, y: 0 } } }, connections: [] },
    },
  ],
  ghost: { components: {}, connections: [{ source: "Db", target: "Old" }] },
};

const listed = (version, ...items) => suggestionList({ version, suggestions: items });

// Model

test("errors are listed before warnings, each keeping the server's order", () => {
  const info = { ...monitoring, id: "i", severity: "informational" };
  const list = suggestionList({ version: 3, suggestions: [info, choosy, monitoring] });
  assert.deepEqual(list.items.map((item) => item.id), ["E7020-abc", "E7030-def", "i"]);
  assert.equal(list.version, 3);
  assert.deepEqual(list.items[0].choices, []);
});

test("a ghost node and its edge are drawn apart from the real components", () => {
  const [node, edge] = suggestionsToGhosts(listed(1, monitoring), design(1));
  assert.equal(node.classes, "ghost");
  assert.equal(node.data.id, "ghost:E7020-abc:DbRole");
  assert.equal(node.data.label, "DbRole\nIAM Role");
  assert.deepEqual(node.position, { x: 320, y: 100 });
  assert.equal(edge.data.source, "Db");
  assert.equal(edge.data.target, "ghost:E7020-abc:DbRole");
  assert.equal(edge.data.ghostOf, "E7020-abc");
});

test("a ghost on top of a real component moves down until it is clear", () => {
  const onTop = {
    ...monitoring,
    ghost: { components: { DbRole: { type: "AWS::IAM::Role", position: { x: 100, y: 100 } } }, connections: [] },
  };
  const crowded = design(1, { Other: { type: "AWS::S3::Bucket", position: { x: 110, y: 176 } } });
  const [node] = suggestionsToGhosts(listed(1, onTop), crowded);
  assert.deepEqual(node.position, { x: 100, y: 252 });
});

test("two suggestions' ghosts at one spot do not cover each other", () => {
  const twin = { ...monitoring, id: "E7020-twin" };
  const [first, second] = suggestionsToGhosts(listed(1, monitoring, twin), design(1));
  assert.deepEqual(first.position, { x: 320, y: 100 });
  assert.notDeepEqual(second.position, first.position);
});

test("a clear position is kept as it is", () => {
  assert.deepEqual(clearPosition({ x: 5, y: 5 }, [{ x: 400, y: 5 }]), { x: 5, y: 5 });
});

test("the picked choice's ghost is drawn; edges to nothing are left out", () => {
  const suggestions = listed(1, choosy);
  assert.equal(pickedChoice(suggestions.items[0], {}).id, "use:Old");
  assert.deepEqual(suggestionsToGhosts(suggestions, design(1)), []);

  const ghosts = suggestionsToGhosts(suggestions, design(1), {}, { "E7030-def": "create" });
  assert.deepEqual(ghosts.map((g) => g.data.id), ["ghost:E7030-def:NewRole"]);
  assert.deepEqual(ghostTypes(suggestions), ["AWS::IAM::Role"]);
});

test("picks are kept only for suggestions still offering them", () => {
  const suggestions = listed(1, choosy);
  const picks = { "E7030-def": "create", gone: "x", "E7020-abc": "nope" };
  assert.deepEqual(keepPicks(picks, suggestions), { "E7030-def": "create" });
});

test("highlighting a suggestion names its components", () => {
  const targets = highlightTargets(listed(1, monitoring, choosy), ["E7020-abc"]);
  assert.deepEqual([...targets.suggestions], ["E7020-abc"]);
  assert.deepEqual([...targets.components], ["Db"]);
});

test("a unified diff's lines say what they are", () => {
  const diff = "--- a\n+++ b\n@@ -1 +1,2 @@\n Resources:\n-  Old: 1\n+  New: 2\n";
  assert.deepEqual(
    diffLines(diff).map((line) => line.kind),
    ["file", "file", "hunk", "context", "remove", "add"],
  );
  assert.deepEqual(diffLines(""), []);
});

test("links in prose are found, and named by their page", () => {
  const segments = linkSegments("A role. See https://docs.aws.amazon.com/A/USER_X.html.");
  assert.deepEqual(segments, [
    { text: "A role. See " },
    { url: "https://docs.aws.amazon.com/A/USER_X.html" },
    { text: "." },
  ]);
  assert.equal(docLabel("https://docs.aws.amazon.com/A/page.html#frag"), "page #frag");
});

// Actions

test("suggestions are fetched once per version", async () => {
  let calls = 0;
  const api = {
    listSuggestions: async () => {
      calls += 1;
      return { version: 2, suggestions: [monitoring] };
    },
  };
  let state = { ...initialState(7), design: design(2) };
  state = await loadSuggestions(state, { api });
  assert.equal(state.suggestions.items.length, 1);
  assert.equal(await loadSuggestions(state, { api }), state);
  await loadSuggestions(state, { api }, { force: true });
  assert.equal(calls, 2);
});

test("accepting sends the picked choice and the version, and can be undone", async () => {
  const sent = [];
  const api = {
    acceptSuggestion: async (_id, suggestionId, body) => {
      sent.push([suggestionId, body]);
      return design(5, { NewRole: { type: "AWS::IAM::Role", position: { x: 0, y: 0 } } });
    },
    patchDesign: async (_id, body) => ({ ...design(6), components: body.components }),
  };
  let state = {
    ...initialState(7),
    design: design(4),
    history: { past: [], future: [], ownVersion: 4 },
    suggestions: listed(4, monitoring, choosy),
  };
  state = pickSuggestionChoice(state, {}, { id: "E7030-def", choice: "create" });
  state = await acceptSuggestion(state, { api }, { id: "E7030-def" });

  assert.deepEqual(sent, [["E7030-def", { version: 4, choice: "create" }]]);
  assert.equal(state.notice.level, "success");
  assert.deepEqual(state.suggestions.items.map((item) => item.id), ["E7020-abc"]);
  assert.equal(state.history.past.length, 1);

  state = await undo(state, { api });
  assert.deepEqual(Object.keys(state.design.components), ["Db"]);
});

test("accepting what no longer applies says so and refreshes the list", async () => {
  const api = {
    acceptSuggestion: async () => {
      throw new ApiError(404, { code: "unknown_suggestion", message: "No." });
    },
    listSuggestions: async () => ({ version: 4, suggestions: [] }),
  };
  const state = await acceptSuggestion(
    { ...initialState(7), design: design(4), suggestions: listed(4, monitoring) },
    { api },
    { id: "E7020-abc" },
  );
  assert.equal(state.notice.level, "error");
  assert.match(state.notice.text, /no longer applies/);
  assert.equal(state.suggestions.items.length, 0);
  assert.equal(state.history.past.length, 0);
});

test("accepting against a stale version shows the newer design", async () => {
  const api = {
    acceptSuggestion: async () => {
      throw new ApiError(409, { code: "version_conflict", version: 9 });
    },
    getDesign: async () => design(9),
  };
  const state = await acceptSuggestion(
    { ...initialState(7), design: design(4), suggestions: listed(4, monitoring) },
    { api },
    { id: "E7020-abc" },
  );
  assert.equal(state.design.version, 9);
  assert.equal(state.notice.level, "error");
});

test("a dismissed suggestion leaves the list at once", async () => {
  const dismissed = [];
  const api = {
    dismissSuggestion: async (_id, suggestionId) => dismissed.push(suggestionId),
    // The list may still be computing; the dismissal wins
    listSuggestions: async () => ({ version: 4, suggestions: [monitoring, choosy] }),
  };
  const state = await dismissSuggestion(
    { ...initialState(7), design: design(4), suggestions: listed(4, monitoring, choosy) },
    { api },
    { id: "E7020-abc" },
  );
  assert.deepEqual(dismissed, ["E7020-abc"]);
  assert.deepEqual(state.suggestions.items.map((item) => item.id), ["E7030-def"]);
  assert.match(state.notice.text, /^Dismissed/);
});

test("a dismissal heard over the socket drops the suggestion", () => {
  globalThis.window = { location: { protocol: "http:", host: "example.test" } };
  const heard = [];
  let socket = null;
  class Socket extends EventTarget {
    constructor() {
      super();
      socket = this;
    }
    close() {}
  }
  connectLiveUpdates({
    path: "/ws/designs/7/",
    indicator: { dataset: {}, textContent: "" },
    onChanged: () => {},
    onDeleted: () => {},
    onDismissed: (id) => heard.push(id),
    timer: { later: () => {} },
    jitter: { fraction: () => 0 },
    Socket,
  });
  const event = new Event("message");
  event.data = JSON.stringify({ type: "suggestion.dismissed", id: "E7020-abc" });
  socket.dispatchEvent(event);
  assert.deepEqual(heard, ["E7020-abc"]);

  const state = { ...initialState(7), design: design(4), suggestions: listed(4, monitoring) };
  assert.equal(forgetSuggestion(state, {}, { id: heard[0] }).suggestions.items.length, 0);
  assert.equal(forgetSuggestion(state, {}, { id: "other" }), state);
});
