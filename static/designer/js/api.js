// The REST API's client: JSON in and out, the CSRF token on every request.

export class ApiError extends Error {
  constructor(status, body) {
    super((body && body.message) || `The server answered ${status}.`);
    this.name = "ApiError";
    this.status = status;
    this.body = body || {};
    this.code = this.body.code || "";
  }
}

export function readCookie(name, cookieText) {
  for (const part of cookieText.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return "";
}

async function readBody(response) {
  const text = await response.text();
  if (!text) return null;
  const type = response.headers.get("Content-Type") || "";
  if (type.includes("json")) {
    try {
      return JSON.parse(text);
    } catch {
      return { message: text };
    }
  }
  return text;
}

export function createApi({ root = "/api/", fetcher = globalThis.fetch, cookies }) {
  const request = async (method, path, body) => {
    const headers = { Accept: "application/json" };
    const csrf = readCookie("csrftoken", cookies());
    if (csrf) headers["X-CSRFToken"] = csrf;
    // A FormData body is multipart: the browser writes its own boundary.
    const multipart = typeof FormData !== "undefined" && body instanceof FormData;
    if (body !== undefined && !multipart) headers["Content-Type"] = "application/json";

    let response;
    try {
      response = await fetcher(root + path, {
        method,
        headers,
        credentials: "same-origin",
        body: body === undefined || multipart ? body : JSON.stringify(body),
      });
    } catch (error) {
      throw new ApiError(0, { code: "network", message: `Could not reach the server (${error.message}).` });
    }

    const payload = await readBody(response);
    if (!response.ok) {
      const detail = typeof payload === "string" ? { message: payload.slice(0, 200) } : payload;
      throw new ApiError(response.status, detail);
    }
    return payload;
  };

  const designPath = (id) => `designs/${encodeURIComponent(id)}/`;
  const componentPath = (id, logicalId) =>
    `${designPath(id)}components/${encodeURIComponent(logicalId)}/`;
  const suggestionPath = (id, suggestionId) =>
    `${designPath(id)}suggestions/${encodeURIComponent(suggestionId)}/`;

  return {
    listDesigns: () => request("GET", "designs/"),
    createDesign: (name) => request("POST", "designs/", { name }),
    importTemplate: (file, name = "") => {
      const form = new FormData();
      form.append("file", file, file.name);
      if (name) form.append("name", name);
      return request("POST", "designs/import/", form);
    },
    getDesign: (id) => request("GET", designPath(id)),
    patchDesign: (id, changes) => request("PATCH", designPath(id), changes),
    addComponent: (id, fields) => request("POST", `${designPath(id)}components/`, fields),
    patchComponent: (id, logicalId, changes) =>
      request("PATCH", componentPath(id, logicalId), changes),
    deleteComponent: (id, logicalId) => request("DELETE", componentPath(id, logicalId)),
    connect: (id, fields) => request("POST", `${designPath(id)}connect/`, fields),
    disconnect: (id, fields) => request("POST", `${designPath(id)}disconnect/`, fields),
    tidy: (id, fields) => request("POST", `${designPath(id)}tidy/`, fields),
    deleteDesign: (id) => request("DELETE", designPath(id)),
    exportTemplate: (id, format) =>
      request("GET", `${designPath(id)}export/?format=${encodeURIComponent(format)}`),
    validate: (id) => request("GET", `${designPath(id)}validate/`),
    listSuggestions: (id) => request("GET", `${designPath(id)}suggestions/`),
    previewSuggestion: (id, suggestionId, choice) => {
      const query = choice ? `?choice=${encodeURIComponent(choice)}` : "";
      return request("GET", `${suggestionPath(id, suggestionId)}preview/${query}`);
    },
    acceptSuggestion: (id, suggestionId, body) =>
      request("POST", `${suggestionPath(id, suggestionId)}accept/`, body),
    dismissSuggestion: (id, suggestionId) =>
      request("POST", `${suggestionPath(id, suggestionId)}dismiss/`),
    searchTypes: (text) =>
      request("GET", `catalog/types/?search=${encodeURIComponent(text)}`),
    typeDetail: (type) => request("GET", `catalog/types/${encodeURIComponent(type)}/`),
  };
}
