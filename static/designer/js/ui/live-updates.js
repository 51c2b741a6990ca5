// Hear about other people's changes over a WebSocket. The page works
// without it: a failure only shows in the indicator, and it retries.

import { clock, random } from "../seams.js";

const VERSIONED = new Set(["design.hello", "design.changed"]);

export function connectLiveUpdates({
  path,
  indicator,
  onChanged,
  onDeleted,
  onDismissed = () => {},
  timer = clock,
  jitter = random,
  Socket = globalThis.WebSocket,
}) {
  let stopped = false;
  let attempt = 0;
  let socket = null;

  const show = (state, text) => {
    indicator.dataset.state = state;
    indicator.textContent = text;
  };

  function open() {
    if (typeof Socket !== "function") {
      show("off", "Live updates: unavailable");
      return;
    }
    const scheme = window.location.protocol === "https:" ? "wss" : "ws";
    try {
      socket = new Socket(`${scheme}://${window.location.host}${path}`);
    } catch {
      retry();
      return;
    }
    socket.addEventListener("open", () => {
      attempt = 0;
      show("on", "Live updates: on");
    });
    socket.addEventListener("message", (event) => {
      let message;
      try {
        message = JSON.parse(event.data);
      } catch {
        return;
      }
      if (!message) return;
      if (VERSIONED.has(message.type) && Number.isFinite(message.version)) {
        onChanged(message.version);
      } else if (message.type === "suggestion.dismissed" && message.id) {
        onDismissed(String(message.id));
      } else if (message.type === "design.deleted") {
        stopped = true;
        show("off", "Live updates: design deleted");
        onDeleted();
      }
    });
    socket.addEventListener("close", retry);
  }

  function retry() {
    socket = null;
    if (stopped) return;
    attempt += 1;
    const delay = Math.min(30000, 1000 * 2 ** Math.min(attempt, 5)) * (0.75 + jitter.fraction() / 2);
    show("off", "Live updates: offline, retrying");
    timer.later(open, delay);
  }

  open();
  return {
    close() {
      if (socket) {
        socket.removeEventListener("close", retry);
        socket.close();
      }
    },
  };
}
