// The editor's DOM-free model: run with `node --test tests/js/`.

import assert from "node:assert/strict";
import { test } from "node:test";

import { orderTypes } from "../../static/designer/js/model/catalog.js";
import { connectionLabel, connectionsToEdges } from "../../static/designer/js/model/connections.js";
import { designToElements, unknownTypes } from "../../static/designer/js/model/elements.js";
import { normaliseFindings } from "../../static/designer/js/model/findings.js";
import { clientToModel } from "../../static/designer/js/model/geometry.js";
import { emptyHistory, recordEdit, stepBack } from "../../static/designer/js/model/history.js";
import {
  buildFields,
  collectProperties,
  errorTarget,
  isIntrinsic,
  widgetFor,
} from "../../static/designer/js/model/schema-form.js";

test("a connection is labelled with its property path, without list positions", () => {
  const path = "/components/Cluster/properties/AssociatedRoles/0/RoleArn";
  assert.equal(connectionLabel({ path, kind: "GetAtt" }), "AssociatedRoles.RoleArn");
  assert.equal(connectionLabel({ path: "/components/A/properties/Role", kind: "Ref" }), "Role");
  assert.equal(connectionLabel({ path: "/components/A/attributes/DependsOn/0", kind: "DependsOn" }), "DependsOn");
  assert.equal(connectionLabel({ path: "/components/A/properties/Tags~1Name" }), "Tags/Name");
});

test("edges are made only between components that exist", () => {
  const edges = connectionsToEdges(
    [
      { source: "A", target: "B", path: "/components/A/properties/X", kind: "Ref" },
      { source: "A", target: "Gone", path: "/components/A/properties/Y", kind: "Ref" },
    ],
    new Set(["A", "B"]),
  );
  assert.equal(edges.length, 1);
  assert.equal(edges[0].data.label, "X");
});

test("components become nodes with their type's colour", () => {
  const design = {
    components: {
      Role: { type: "AWS::IAM::Role", properties: {}, position: { x: 10, y: 20 } },
      Queue: { type: "AWS::SQS::Queue", properties: {} },
    },
    connections: [],
  };
  const types = { "AWS::IAM::Role": { service: "IAM", colour: "#dd3344" } };
  const [role, queue] = designToElements(design, types);
  assert.equal(role.data.colour, "#dd3344");
  assert.equal(role.data.label, "Role\nIAM Role");
  assert.deepEqual(role.position, { x: 10, y: 20 });
  assert.deepEqual(queue.position, { x: 0, y: 0 });
  assert.deepEqual(unknownTypes(design, types), ["AWS::SQS::Queue"]);
});

test("a drop's client point becomes a model point through pan and zoom", () => {
  const point = clientToModel({ x: 300, y: 200 }, { left: 100, top: 50 }, { x: 40, y: 10 }, 2);
  assert.deepEqual(point, { x: 80, y: 70 });
});

test("featured types come first, otherwise in the server's order", () => {
  const ordered = orderTypes([
    { type: "A", featured: false },
    { type: "B", featured: true },
    { type: "C", featured: false },
    { type: "D", featured: true },
  ]);
  assert.deepEqual(ordered.map((t) => t.type), ["B", "D", "A", "C"]);
});

test("widgets follow the schema, and intrinsic functions are edited as JSON", () => {
  assert.equal(widgetFor({ type: "string" }, "x"), "text");
  assert.equal(widgetFor({ type: "string", enum: ["a", "b"] }, "a"), "select");
  assert.equal(widgetFor({ type: "boolean" }), "checkbox");
  assert.equal(widgetFor({ type: "integer" }, 3), "number");
  assert.equal(widgetFor({ type: "array" }), "json");
  assert.equal(widgetFor({ type: "string" }, { Ref: "Role" }), "json");
  assert.equal(widgetFor({ type: "string", enum: ["a"] }, { "Fn::GetAtt": ["R", "Arn"] }), "json");
  assert.ok(isIntrinsic({ "Fn::Sub": "x" }));
  assert.ok(!isIntrinsic({ Ref: "a", Other: 1 }));
});

test("required properties come first, unknown ones are kept", () => {
  const schema = {
    properties: [
      { name: "Optional", type: "string" },
      { name: "Set", type: "string" },
      { name: "Engine", type: "string", required: true },
    ],
  };
  const fields = buildFields(schema, { Set: "x", Extra: { a: 1 } });
  assert.deepEqual(fields.map((f) => f.name), ["Engine", "Set", "Extra", "Optional"]);
  assert.equal(fields.find((f) => f.name === "Extra").widget, "json");
});

test("inputs become properties; bad input is an error at its field", () => {
  const schema = {
    properties: [
      { name: "Port", type: "integer" },
      { name: "Encrypted", type: "boolean" },
      { name: "Deletion", type: "boolean" },
      { name: "Roles", type: "array" },
      { name: "Name", type: "string" },
      { name: "Engine", type: "string", enum: ["aurora-mysql", "aurora-postgresql"] },
    ],
  };
  const fields = buildFields(schema, { Deletion: true });
  const ok = collectProperties(fields, {
    Port: { text: "5432" },
    Encrypted: { checked: false },
    Deletion: { checked: false },
    Roles: { text: '[{"RoleArn": {"Fn::GetAtt": ["Role", "Arn"]}}]' },
    Name: { text: "" },
    Engine: { text: '"aurora-postgresql"' },
  });
  assert.deepEqual(ok.errors, {});
  assert.deepEqual(ok.properties, {
    Port: 5432,
    Deletion: false,
    Roles: [{ RoleArn: { "Fn::GetAtt": ["Role", "Arn"] } }],
    Engine: "aurora-postgresql",
  });

  const bad = collectProperties(fields, { Port: { text: "1.5" }, Roles: { text: "[" } });
  assert.deepEqual(Object.keys(bad.errors).sort(), ["Port", "Roles"]);
});

test("server error fields point at form fields", () => {
  assert.deepEqual(errorTarget("properties.Engine"), { kind: "property", name: "Engine" });
  assert.deepEqual(errorTarget("properties.AssociatedRoles.0.RoleArn"), { kind: "property", name: "AssociatedRoles" });
  assert.deepEqual(errorTarget("logical_id"), { kind: "logical_id" });
  assert.deepEqual(errorTarget("version"), { kind: "form" });
});

test("history starts again when someone else edited in between", () => {
  const snap = (n) => ({ template: {}, components: { n } });
  let history = emptyHistory(1);
  history = recordEdit(history, snap(1), { version: 1 }, 2);
  history = recordEdit(history, snap(2), { version: 2 }, 3);
  assert.equal(history.past.length, 2);

  const foreign = recordEdit(history, snap(5), { version: 5 }, 6);
  assert.deepEqual(foreign.past, [snap(5)]);

  const step = stepBack(history, snap(3));
  assert.deepEqual(step.target, snap(2));
  const after = step.settle(4);
  assert.equal(after.past.length, 1);
  assert.deepEqual(after.future, [snap(3)]);
  assert.equal(after.ownVersion, 4);
});

test("findings take one shape, errors first", () => {
  const findings = normaliseFindings({
    findings: [
      { rule: "W3005", message: "w", logical_id: "A" },
      { rule: "E3002", severity: "error", message: "e", logical_id: "B" },
    ],
  });
  assert.deepEqual(findings.map((f) => [f.severity, f.rule, f.logicalId]), [
    ["error", "E3002", "B"],
    ["warning", "W3005", "A"],
  ]);
});
