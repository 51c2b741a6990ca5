// Editor actions against a fake API: run with `node --test tests/js/`.

import assert from "node:assert/strict";
import { test } from "node:test";

import { connectComponents } from "../../static/designer/js/actions/connect-components.js";
import { loadDesign } from "../../static/designer/js/actions/load-design.js";
import { moveComponent } from "../../static/designer/js/actions/move-component.js";
import { undo } from "../../static/designer/js/actions/undo.js";
import { updateComponent } from "../../static/designer/js/actions/update-component.js";
import { ApiError } from "../../static/designer/js/api.js";
import { initialState } from "../../static/designer/js/model/state.js";

const design = (version, x = 0) => ({
  id: 7,
  name: "D",
  version,
  template: {},
  components: { Role: { type: "AWS::IAM::Role", properties: {}, position: { x, y: 0 } } },
  connections: [],
});

test("a move is recorded and undone with the version of the person's own edit", async () => {
  const calls = [];
  const api = {
    getDesign: async () => design(1),
    patchComponent: async (_id, _logicalId, changes) => {
      calls.push(["component", changes]);
      return { logical_id: "Role", design: design(2, changes.position.x) };
    },
    patchDesign: async (_id, body) => {
      calls.push(["design", body]);
      return { ...design(3), components: body.components };
    },
  };
  let state = await loadDesign(initialState(7), { api });
  state = await moveComponent(state, { api }, { logicalId: "Role", position: { x: 99.6, y: 0 } });
  assert.equal(state.design.components.Role.position.x, 100);

  state = await undo(state, { api });
  assert.equal(calls[1][1].version, 2);
  assert.equal(state.design.components.Role.position.x, 0);
  assert.equal(state.history.future.length, 1);
});

test("an undo refused by a version conflict is reported, and history cleared", async () => {
  const api = {
    getDesign: async () => design(9),
    patchComponent: async () => ({ logical_id: "Role", design: design(2, 5) }),
    patchDesign: async () => {
      throw new ApiError(409, { code: "version_conflict", version: 9 });
    },
  };
  let state = { ...initialState(7), design: design(1), history: { past: [], future: [], ownVersion: 1 } };
  state = await moveComponent(state, { api }, { logicalId: "Role", position: { x: 5, y: 0 } });
  state = await undo(state, { api });
  assert.equal(state.notice.level, "error");
  assert.match(state.notice.text, /someone else/);
  assert.equal(state.design.version, 9);
  assert.equal(state.history.past.length, 0);
});

test("a connection that needs a choice asks for one", async () => {
  const api = {
    connect: async () => {
      throw new ApiError(409, { code: "choice_needed", message: "Pick", choices: [{ id: "a", title: "A" }] });
    },
  };
  const state = await connectComponents({ ...initialState(7), design: design(1) }, { api }, { source: "A", target: "B" });
  assert.equal(state.choice.choices[0].id, "a");
});

test("a refused save keeps the server's field errors", async () => {
  const api = {
    patchComponent: async () => {
      throw new ApiError(400, {
        code: "invalid",
        message: "Invalid properties.",
        errors: [{ field: "properties.Engine", code: "enum", message: "Not one of the engines." }],
      });
    },
  };
  const state = await updateComponent(
    { ...initialState(7), design: design(1), selected: "Role" },
    { api },
    { logicalId: "Role", newLogicalId: "Role", properties: { Engine: "x" } },
  );
  assert.equal(state.formErrors.errors[0].field, "properties.Engine");
  assert.equal(state.design.version, 1);
});
