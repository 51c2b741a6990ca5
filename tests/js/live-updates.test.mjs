// Live updates over a fake socket, with time and randomness replaced.

import assert from "node:assert/strict";
import { test } from "node:test";

import { connectComponents } from "../../static/designer/js/actions/connect-components.js";
import { refreshDesign } from "../../static/designer/js/actions/refresh-design.js";
import { ApiError } from "../../static/designer/js/api.js";
import { initialState } from "../../static/designer/js/model/state.js";
import { connectLiveUpdates } from "../../static/designer/js/ui/live-updates.js";

class FakeSocket extends EventTarget {
  static made = [];
  constructor(url) {
    super();
    this.url = url;
    FakeSocket.made.push(this);
  }
  close() {}
}

function message(data) {
  const event = new Event("message");
  event.data = JSON.stringify(data);
  return event;
}

test("a newer version is passed on, and a closed socket retries later", () => {
  globalThis.window = { location: { protocol: "https:", host: "example.test" } };
  const versions = [];
  const delays = [];
  const indicator = { dataset: {}, textContent: "" };
  connectLiveUpdates({
    path: "/ws/designs/4/",
    indicator,
    onChanged: (version) => versions.push(version),
    onDeleted: () => {},
    timer: { later: (callback, ms) => delays.push([callback, ms]) },
    jitter: { fraction: () => 0.5 },
    Socket: FakeSocket,
  });

  const socket = FakeSocket.made.at(-1);
  assert.equal(socket.url, "wss://example.test/ws/designs/4/");
  socket.dispatchEvent(new Event("open"));
  assert.equal(indicator.dataset.state, "on");
  socket.dispatchEvent(message({ type: "design.changed", version: 7 }));
  socket.dispatchEvent(message({ type: "other" }));
  assert.deepEqual(versions, [7]);

  socket.dispatchEvent(new Event("close"));
  assert.equal(indicator.dataset.state, "off");
  assert.equal(delays.length, 1);
  assert.equal(delays[0][1], 2000);
  delays[0][0]();
  assert.notEqual(FakeSocket.made.at(-1), socket);
});

test("refreshing ignores versions the page already has", async () => {
  let fetched = 0;
  const api = { getDesign: async () => ({ version: 5, components: {}, connections: [] }) };
  const counting = { getDesign: async () => (fetched++, api.getDesign()) };
  const state = { ...initialState(1), design: { version: 5, components: {} } };
  assert.equal(await refreshDesign(state, { api: counting }, { version: 5 }), state);
  assert.equal(fetched, 0);

  const newer = { getDesign: async () => ({ version: 8, components: {}, connections: [] }) };
  const next = await refreshDesign(state, { api: newer }, { version: 8 });
  assert.equal(next.design.version, 8);
  assert.equal(next.history, state.history);
});

test("a connection without a relationship is reported", async () => {
  const api = {
    connect: async () => {
      throw new ApiError(400, { code: "no_relationship", message: "No property of A can reference B." });
    },
  };
  const state = await connectComponents({ ...initialState(1), design: { version: 1 } }, { api }, { source: "A", target: "B" });
  assert.equal(state.notice.level, "error");
  assert.match(state.notice.text, /No property/);
});
