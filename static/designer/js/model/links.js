// Links inside the engine's prose: found, and given short readable names.

const URL_PATTERN = /https?:\/\/[^\s<>"]+[^\s<>".,;:!?)]/g;

// Split text into [{text}] and [{url}] pieces, in order.
export function linkSegments(text) {
  const source = String(text || "");
  const segments = [];
  let last = 0;
  for (const match of source.matchAll(URL_PATTERN)) {
    if (match.index > last) segments.push({ text: source.slice(last, match.index) });
    segments.push({ url: match[0] });
    last = match.index + match[0].length;
  }
  if (last < source.length) segments.push({ text: source.slice(last) });
  return segments;
}

// "https://docs.aws.amazon.com/.../USER_Monitoring.OS.Enabling.html" becomes
// "USER_Monitoring.OS.Enabling"; a fragment is kept after the page.
export function docLabel(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return String(url);
  }
  const page = parsed.pathname.split("/").filter(Boolean).pop() || parsed.hostname;
  const name = page.replace(/\.html?$/, "");
  return parsed.hash ? `${name} ${parsed.hash}` : name;
}
