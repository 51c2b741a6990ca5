// Pure parts behind the properties panel, connections and the canvas.

import assert from "node:assert/strict";
import { test } from "node:test";

import { referencesRemoved } from "../../static/designer/js/actions/delete-component.js";
import { receiveFindings } from "../../static/designer/js/actions/receive-findings.js";
import { removeConnection } from "../../static/designer/js/actions/remove-connection.js";
import { attributeFields, collectAttributes } from "../../static/designer/js/model/attribute-form.js";
import { connectionLabels } from "../../static/designer/js/model/connections.js";
import { editedInputs, keepDraft, pruneDrafts } from "../../static/designer/js/model/drafts.js";
import { findingsFor } from "../../static/designer/js/model/findings.js";
import { freeSpot, overlaps, readableZoom, wheelZoomFactor } from "../../static/designer/js/model/geometry.js";
import { initialState } from "../../static/designer/js/model/state.js";

test("only changed inputs count as edits", () => {
  const drawn = [
    { name: "properties.Port", widget: "number", text: "5432" },
    { name: "properties.Encrypted", widget: "checkbox", text: "false" },
  ];
  const inputs = { "properties.Port": { text: "5432" }, "properties.Encrypted": { checked: true } };
  assert.deepEqual(editedInputs(drawn, inputs), { "properties.Encrypted": { checked: true } });
});

test("drafts are kept per component and dropped with it", () => {
  let drafts = keepDraft({}, "A", { x: { text: "1" } });
  drafts = keepDraft(drafts, "B", {});
  assert.deepEqual(Object.keys(drafts), ["A"]);
  assert.deepEqual(pruneDrafts(drafts, { components: { B: {} } }), {});
});

test("findings are grouped by property and by component", () => {
  const findings = [
    { rule: "E3690", path: ["Resources", "Db", "Properties", "Engine"], logicalId: "Db" },
    { rule: "E3003", path: ["Resources", "Db"], logicalId: "Db" },
    { rule: "E1", path: ["Resources", "Other", "Properties", "Engine"], logicalId: "Other" },
  ];
  const grouped = findingsFor(findings, "Db");
  assert.deepEqual(Object.keys(grouped.properties), ["Engine"]);
  assert.equal(grouped.component[0].rule, "E3003");
});

test("older findings never replace newer ones", () => {
  let state = receiveFindings(initialState(1), {}, { version: 3, payload: { findings: [] } });
  state = receiveFindings(state, {}, { version: 2, payload: { findings: [{ rule: "E1" }] } });
  assert.equal(state.findings.version, 3);
});

test("sibling connections keep their list indexes, long ones are shortened", () => {
  const base = "/components/Role/properties/Policies/0/PolicyDocument/Statement/0/Resource";
  const labels = connectionLabels([
    { source: "Role", target: "Bucket", path: `${base}/0` },
    { source: "Role", target: "Bucket", path: `${base}/1` },
    { source: "Cluster", target: "Role", path: "/components/Cluster/properties/AssociatedRoles/0/RoleArn" },
  ]);
  assert.notEqual(labels[0], labels[1]);
  assert.equal(labels[1], "Policies[0]\u2026Resource[1]");
  assert.equal(labels[2], "AssociatedRoles.RoleArn");
});

test("a drop on a node moves to the nearest free spot", () => {
  const taken = [{ x: 100, y: 100 }];
  assert.deepEqual(freeSpot({ x: 500, y: 500 }, taken), { x: 500, y: 500 });
  const spot = freeSpot({ x: 100, y: 100 }, taken);
  assert.ok(!overlaps(spot, taken[0]));
  assert.ok(Math.hypot(spot.x - 100, spot.y - 100) < 200);
});

test("the wheel zooms noticeably, and the initial fit stays readable", () => {
  assert.ok(wheelZoomFactor(300) < 0.75);
  assert.ok(wheelZoomFactor(-100) > 1.1);
  assert.ok(Math.abs(wheelZoomFactor(3, 1) - wheelZoomFactor(99)) < 1e-9);
  assert.equal(readableZoom(0.3), 0.6);
  assert.equal(readableZoom(2), 1.2);
});

test("the component itself and un-groupings are not counted as references", () => {
  const removed = ["/components/Bucket", "/components/Child/parent", "/components/Role/properties/X"];
  assert.equal(referencesRemoved(removed, "Bucket"), 1);
  assert.equal(referencesRemoved(["/components/Bucket"], "Bucket"), 0);
});

test("attributes offer policies, other components and the template's conditions", () => {
  const design = {
    template: { Conditions: { IsProd: {} } },
    components: { A: { attributes: { DependsOn: "B", Metadata: { m: 1 } } }, B: {} },
  };
  const fields = attributeFields("A", design.components.A, design);
  assert.deepEqual(fields.find((f) => f.name === "DependsOn").value, ["B"]);
  assert.deepEqual(fields.find((f) => f.name === "Condition").options, ["IsProd"]);
  const saved = collectAttributes(design.components.A.attributes, {
    DeletionPolicy: "Retain",
    DependsOn: [],
    Condition: "IsProd",
  });
  assert.deepEqual(saved, { Metadata: { m: 1 }, DeletionPolicy: "Retain", Condition: "IsProd" });
});

test("removing a connection posts its path and version, undoably", async () => {
  const connection = { source: "A", target: "B", path: "/components/A/properties/Role", kind: "Ref" };
  const design = (version, connections) => ({ version, template: {}, components: { A: {}, B: {} }, connections });
  const calls = [];
  const api = {
    disconnect: async (_id, body) => {
      calls.push(body);
      return { design: design(5, []), removed: [body.path] };
    },
  };
  const state = { ...initialState(1), design: design(4, [connection]), selectedConnection: connection.path };
  const next = await removeConnection(state, { api }, { path: connection.path });
  assert.deepEqual(calls, [{ path: connection.path, version: 4 }]);
  assert.equal(next.selectedConnection, null);
  assert.equal(next.history.past.length, 1);
});
