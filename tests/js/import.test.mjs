// Importing templates: choosing the file, reading a refusal, carrying the
// warnings to the editor, and the multipart request. Run with
// `node --test tests/js/`.

import assert from "node:assert/strict";
import { test } from "node:test";

import { ApiError, createApi } from "../../static/designer/js/api.js";
import {
  stashWarnings,
  takeWarnings,
  warningLines,
  warningsKey,
} from "../../static/designer/js/model/import-warnings.js";
import {
  chooseTemplate,
  importProblem,
  isTemplateFile,
  placeOf,
} from "../../static/designer/js/model/template-import.js";
import { sessionStore } from "../../static/designer/js/seams.js";

// A Storage with Web Storage's four methods, kept in a Map.
function memoryStorage() {
  const items = new Map();
  return {
    items,
    getItem: (key) => (items.has(key) ? items.get(key) : null),
    setItem: (key, value) => items.set(key, String(value)),
    removeItem: (key) => items.delete(key),
  };
}

const formatting = {
  code: "formatting",
  path: "/",
  message: "Comments and formatting are not kept; every section, value and list order is.",
};
const rain = {
  code: "foreign_tag",
  path: "/Resources/Site/Properties/Body",
  message: "!Rain::Embed is not a CloudFormation intrinsic function; it is kept exactly as written.",
};

// Choosing the file

test("template files are told by their extension, in any case", () => {
  for (const name of ["a.yaml", "a.YML", "stack.template.json", "a.template"]) {
    assert.equal(isTemplateFile(name), true, name);
  }
  for (const name of ["a.txt", "yaml", "", undefined, "a.yaml.zip"]) {
    assert.equal(isTemplateFile(name), false, String(name));
  }
});

test("one template file is chosen; none, several or another kind are refused", () => {
  const file = { name: "stack.yaml" };
  assert.deepEqual(chooseTemplate([file]), { file });

  assert.equal(chooseTemplate([]).problem.title, "Nothing to import");
  assert.equal(chooseTemplate([file, file]).problem.title, "Import one template at a time");
  const other = chooseTemplate([{ name: "notes.txt" }]).problem;
  assert.equal(other.title, "Could not import notes.txt");
  assert.deepEqual(other.lines, ["A template file ends in .yaml, .yml, .json or .template."]);
});

// Reading a refusal

test("a parse error reads with its line and column, without repeating them", () => {
  const error = new ApiError(400, {
    code: "parse_error",
    message: "broken.yaml: Duplicate found 'A' (line 2)",
    errors: [
      {
        field: "",
        code: "parse_error",
        message: "broken.yaml: Duplicate found 'A' (line 2)",
        line: 2,
        column: 3,
      },
    ],
  });

  assert.deepEqual(importProblem(error, "broken.yaml"), {
    title: "Could not import broken.yaml",
    lines: ["line 2, column 3: Duplicate found 'A'"],
  });
});

test("errors without a line name their field, and a bare message still shows", () => {
  const invalid = new ApiError(400, {
    code: "invalid",
    message: "file: A template is UTF-8 text.",
    errors: [{ field: "file", code: "invalid", message: "A template is UTF-8 text." }],
  });
  assert.deepEqual(importProblem(invalid, "x.json").lines, ["file: A template is UTF-8 text."]);

  const network = new ApiError(0, { code: "network", message: "Could not reach the server." });
  assert.deepEqual(importProblem(network, "x.json").lines, ["Could not reach the server."]);

  const crash = new ApiError(500, null);
  assert.deepEqual(importProblem(crash, "x.json").lines, ["The server answered 500."]);
});

test("a place has a line, and a column only with it", () => {
  assert.equal(placeOf({ line: 4 }), "line 4: ");
  assert.equal(placeOf({ line: 4, column: 9 }), "line 4, column 9: ");
  assert.equal(placeOf({ column: 9 }), "");
});

// Carrying the warnings to the editor

test("warnings stashed for a design are taken once, by that design only", () => {
  const storage = memoryStorage();
  assert.equal(stashWarnings(storage, 12, [rain, formatting]), true);
  assert.ok(storage.items.has(warningsKey(12)));

  assert.deepEqual(takeWarnings(storage, 13), []);
  assert.deepEqual(takeWarnings(storage, 12), [rain, formatting]);
  assert.deepEqual(takeWarnings(storage, 12), []);
  assert.equal(storage.items.size, 0);
});

test("a missing, refusing or garbled storage yields no warnings and no error", () => {
  const refusing = {
    getItem: () => {
      throw new Error("SecurityError");
    },
    setItem: () => {
      throw new Error("QuotaExceededError");
    },
    removeItem: () => {},
  };
  assert.equal(stashWarnings(refusing, 1, [formatting]), false);
  assert.deepEqual(takeWarnings(refusing, 1), []);
  assert.equal(stashWarnings(null, 1, [formatting]), false);
  assert.deepEqual(takeWarnings(null, 1), []);

  const garbled = memoryStorage();
  garbled.setItem(warningsKey(1), "{not json");
  assert.deepEqual(takeWarnings(garbled, 1), []);
  garbled.setItem(warningsKey(2), JSON.stringify([formatting, 7, { code: "x" }]));
  assert.deepEqual(takeWarnings(garbled, 2), [formatting]);
});

test("the sessionStorage seam gives null where the browser refuses it", () => {
  const refusing = Object.defineProperty({}, "sessionStorage", {
    get: () => {
      throw new Error("SecurityError");
    },
  });
  assert.equal(sessionStore(refusing), null);
  const storage = memoryStorage();
  assert.equal(sessionStore({ sessionStorage: storage }), storage);
});

test("the notice's lines give a foreign tag its path, the whole template none", () => {
  assert.deepEqual(warningLines([rain, formatting]), [
    { code: "foreign_tag", path: "/Resources/Site/Properties/Body", message: rain.message },
    { code: "formatting", path: "", message: formatting.message },
  ]);
});

// The request

test("an import posts the file as multipart with the CSRF token", async () => {
  const calls = [];
  const fetcher = async (url, options) => {
    calls.push({ url, options });
    const body = { design: { id: 5 }, warnings: [formatting] };
    return new Response(JSON.stringify(body), {
      status: 201,
      headers: { "Content-Type": "application/json" },
    });
  };
  const api = createApi({ fetcher, cookies: () => "csrftoken=tok%3D1; other=2" });
  const file = new File(["Resources: {}\n"], "stack.yaml", { type: "application/x-yaml" });

  const result = await api.importTemplate(file, "Stack");

  assert.deepEqual(result, { design: { id: 5 }, warnings: [formatting] });
  const [{ url, options }] = calls;
  assert.equal(url, "/api/designs/import/");
  assert.equal(options.method, "POST");
  assert.equal(options.headers["X-CSRFToken"], "tok=1");
  assert.equal(options.headers["Content-Type"], undefined, "the browser sets the boundary");
  assert.ok(options.body instanceof FormData);
  assert.equal(options.body.get("file").name, "stack.yaml");
  assert.equal(await options.body.get("file").text(), "Resources: {}\n");
  assert.equal(options.body.get("name"), "Stack");
});

test("a refused import throws the server's error body", async () => {
  const body = { code: "parse_error", message: "m", errors: [{ field: "", code: "parse_error", message: "m", line: 1 }] };
  const fetcher = async () =>
    new Response(JSON.stringify(body), { status: 400, headers: { "Content-Type": "application/json" } });
  const api = createApi({ fetcher, cookies: () => "" });

  await assert.rejects(api.importTemplate(new File(["x"], "x.yaml")), (error) => {
    assert.equal(error.status, 400);
    assert.equal(error.code, "parse_error");
    assert.deepEqual(error.body.errors, body.errors);
    return true;
  });
});
