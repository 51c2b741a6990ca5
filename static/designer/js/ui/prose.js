// Prose from the server, with its links made clickable and short.

import { docLabel, linkSegments } from "../model/links.js";
import { h } from "./dom.js";

export function link(url) {
  return h("a", { href: url, target: "_blank", rel: "noopener", title: url, text: docLabel(url) });
}

export function prose(tag, attributes, text) {
  return h(
    tag,
    attributes,
    ...linkSegments(text).map((segment) => (segment.url ? link(segment.url) : segment.text)),
  );
}
