// The editor page: builds the state, the actions' dependencies and the UI
// parts, then loads the design.

import { acceptSuggestion } from "./actions/accept-suggestion.js";
import { addComponent } from "./actions/add-component.js";
import { cancelChoice } from "./actions/cancel-choice.js";
import { connectComponents } from "./actions/connect-components.js";
import { deleteComponent } from "./actions/delete-component.js";
import { dismissSuggestion } from "./actions/dismiss-suggestion.js";
import { focusFinding } from "./actions/focus-finding.js";
import { forgetSuggestion } from "./actions/forget-suggestion.js";
import { loadDesign } from "./actions/load-design.js";
import { loadSuggestions } from "./actions/load-suggestions.js";
import { moveComponent } from "./actions/move-component.js";
import { pickSuggestionChoice } from "./actions/pick-suggestion-choice.js";
import { redo } from "./actions/redo.js";
import { receiveFindings } from "./actions/receive-findings.js";
import { refreshDesign } from "./actions/refresh-design.js";
import { rememberTypes } from "./actions/remember-types.js";
import { removeConnection } from "./actions/remove-connection.js";
import { selectComponent } from "./actions/select-component.js";
import { selectConnection } from "./actions/select-connection.js";
import { tidyUp } from "./actions/tidy-up.js";
import { toggleConnectMode } from "./actions/toggle-connect-mode.js";
import { undo } from "./actions/undo.js";
import { updateComponent } from "./actions/update-component.js";
import { createApi } from "./api.js";
import { typeSummaries } from "./model/catalog.js";
import { unknownTypes } from "./model/elements.js";
import { takeWarnings, warningLines } from "./model/import-warnings.js";
import { failure, info, initialState } from "./model/state.js";
import { ghostTypes, highlightTargets } from "./model/suggestions.js";
import { debounce, sessionStore } from "./seams.js";
import { createStore, describeError } from "./store.js";
import { createTypeCache } from "./type-cache.js";
import { createCanvas } from "./ui/canvas.js";
import { createChoiceDialog } from "./ui/choice-dialog.js";
import { createEdgePanel } from "./ui/edge-panel.js";
import { createExportDialog } from "./ui/export-dialog.js";
import { createImportNotice } from "./ui/import-notice.js";
import { bindShortcuts } from "./ui/keyboard.js";
import { connectLiveUpdates } from "./ui/live-updates.js";
import { createPalette } from "./ui/palette.js";
import { createPropertiesPanel } from "./ui/properties-panel.js";
import { createSideTabs } from "./ui/side-tabs.js";
import { createStatusLine } from "./ui/status-line.js";
import { createSuggestionsPanel } from "./ui/suggestions-panel.js";
import { createToolbar } from "./ui/toolbar.js";

const byId = (id) => document.getElementById(id);
const config = JSON.parse(byId("editor-config").textContent);

// State and dependencies
const api = createApi({ root: config.apiRoot, cookies: () => document.cookie });
const store = createStore(initialState(config.designId), { api });
const typeCache = createTypeCache(api);
const dispatch = store.dispatch;
const report = (error) => {
  const text = typeof error === "string" ? error : describeError(error);
  return dispatch((state) => ({ ...state, notice: failure(text) }));
};

// UI parts
const statusLine = createStatusLine(byId("status-line"));

const commands = {
  undo: () => dispatch(undo),
  redo: () => dispatch(redo),
  "connect-mode": () => dispatch(toggleConnectMode),
  "zoom-in": () => canvas.zoomBy(1.25),
  "zoom-out": () => canvas.zoomBy(0.8),
  fit: () => canvas.fit(),
  export: () => exportDialog.open(),
  tidy: () => dispatch(tidyUp).then(() => canvas.fitReadable()),
  delete: () => {
    const { selected, selectedConnection } = store.getState();
    if (selectedConnection) dispatch(removeConnection, { path: selectedConnection });
    else if (selected) dispatch(deleteComponent, { logicalId: selected });
  },
  escape: () => {
    const state = store.getState();
    if (state.connectMode) dispatch(toggleConnectMode, { on: false });
    else if (state.selectedConnection) dispatch(selectConnection, { path: null });
    else dispatch(selectComponent, { logicalId: null });
  },
};
const toolbar = createToolbar(byId("toolbar"), commands);
bindShortcuts(document, commands);

// The right column: suggestions while nothing is selected, else properties
const sideTabs = createSideTabs(byId("side-tabs"), {
  suggestions: byId("suggestions-panel"),
  properties: byId("properties-panel"),
});
const showProperties = () => sideTabs.show("properties");

const canvas = createCanvas(byId("canvas"), {
  onSelect: (logicalId) => {
    sideTabs.show(logicalId ? "properties" : "suggestions");
    dispatch(selectComponent, { logicalId });
  },
  onSelectEdge: (path) => dispatch(selectConnection, { path }),
  onGhost: (suggestionId) => {
    sideTabs.show("suggestions");
    suggestionsPanel.reveal(suggestionId);
  },
  onMove: (logicalId, position) => dispatch(moveComponent, { logicalId, position }),
  onConnect: (source, target) => dispatch(connectComponents, { source, target }),
  onDrop: (type, position) => {
    showProperties();
    dispatch(addComponent, { type, position });
  },
  onZoom: (zoom) => toolbar.showZoom(zoom),
});

const suggestionsPanel = createSuggestionsPanel(
  { list: byId("suggestions-list"), summary: byId("suggestions-summary"), count: byId("suggestion-count") },
  {
    api,
    designId: config.designId,
    onSelectComponent: (logicalId) => {
      dispatch(selectComponent, { logicalId }).then(() => canvas.focus(logicalId));
    },
    onPick: (id, choice) => dispatch(pickSuggestionChoice, { id, choice }),
    onAccept: (id) => dispatch(acceptSuggestion, { id }),
    onDismiss: (id) => dispatch(dismissSuggestion, { id }),
    onHighlight: (ids) => canvas.highlight(highlightTargets(store.getState().suggestions, ids)),
    onError: report,
  },
);


const palette = createPalette(
  { input: byId("palette-search"), list: byId("palette-list") },
  {
    search: (text) => api.searchTypes(text),
    onTypes: (results) => dispatch(rememberTypes, { types: typeSummaries(results) }),
    onError: report,
    onPick: (type) => {
      showProperties();
      dispatch(addComponent, { type, position: canvas.centre() });
    },
  },
);

const properties = createPropertiesPanel(
  { form: byId("properties-form"), empty: byId("inspector-empty") },
  {
    typeSchema: (type) => typeCache.get(type),
    onSave: (changes) => dispatch(updateComponent, changes),
    onDelete: (logicalId) => dispatch(deleteComponent, { logicalId }),
    onDraftKept: (logicalId) =>
      dispatch((state) => ({
        ...state,
        notice: info(`Kept your unsaved changes to ${logicalId}; select it again to save them.`),
      })),
    onError: report,
  },
);

const edgePanel = createEdgePanel(byId("edge-panel"), {
  onRemove: (path) => dispatch(removeConnection, { path }),
  onClose: () => dispatch(selectConnection, { path: null }),
});

// cfn-lint's findings for the version on screen, fetched outside the action
// queue so that a slow check never holds up an edit
const checkDesign = debounce(async () => {
  const { design } = store.getState();
  if (!design) return;
  try {
    const payload = await api.validate(config.designId);
    dispatch(receiveFindings, { version: design.version, payload });
  } catch (error) {
    console.warn("Validation failed: %s", error.message);
  }
}, 250);

const choiceDialog = createChoiceDialog(byId("choice-dialog"), {
  onChoose: ({ source, target }, choice) => dispatch(connectComponents, { source, target, choice }),
  onCancel: () => dispatch(cancelChoice),
});

const exportDialog = createExportDialog(byId("export-dialog"), {
  api,
  designId: config.designId,
  designName: () => (store.getState().design || config).name,
  onFinding: (finding) => {
    showProperties();
    dispatch(focusFinding, { finding }).then(() => canvas.focus(finding.logicalId));
  },
});

// Colours for types the palette has not listed yet
const asked = new Set();
function learnTypes(state) {
  const ghosts = ghostTypes(state.suggestions).filter((type) => !state.types[type]);
  for (const type of [...unknownTypes(state.design, state.types), ...ghosts]) {
    if (asked.has(type)) continue;
    asked.add(type);
    typeCache
      .get(type)
      .then((detail) =>
        dispatch(rememberTypes, { types: { [type]: { service: detail.service, colour: detail.colour } } }),
      )
      .catch(() => asked.delete(type));
  }
}

const canvasEmpty = byId("canvas-empty");
const versionIndicator = byId("version-indicator");
const designName = byId("design-name");

store.subscribe((state, previous) => {
  canvas.render(state, previous);
  suggestionsPanel.render(state, previous);
  toolbar.render(state);
  properties.render(state, previous);
  edgePanel.render(state);
  choiceDialog.render(state);
  statusLine.render(state);
  if (previous.selected && !state.selected) sideTabs.show("suggestions");
  if (state.design) {
    canvasEmpty.hidden = Object.keys(state.design.components).length > 0;
    versionIndicator.textContent = `Version ${state.design.version}`;
    designName.textContent = state.design.name;
    if (state.design !== previous.design || state.suggestions !== previous.suggestions) {
      learnTypes(state);
    }
    // After any edit, undo, accept or change elsewhere
    if (!previous.design || state.design.version !== previous.design.version) {
      dispatch(loadSuggestions);
      checkDesign();
    } else if (state.selected && state.selected !== previous.selected) {
      const held = state.findings;
      if (!held || held.version !== state.design.version) checkDesign();
    }
  }
});

// Start, telling once what an import just now could not keep
createImportNotice(byId("import-notice")).show(
  warningLines(takeWarnings(sessionStore(), config.designId)),
);
dispatch(loadDesign);
palette.load("");
connectLiveUpdates({
  path: config.socketPath,
  indicator: byId("live-indicator"),
  onChanged: (version) => dispatch(refreshDesign, { version }),
  onDeleted: () => report("This design was deleted elsewhere; changes can no longer be saved."),
  onDismissed: (id) => dispatch(forgetSuggestion, { id }),
});

// Playwright drives the canvas through these; nothing else reads them.
window.designer = { store, canvas, cy: canvas.cy, edgehandles: canvas.edgehandles };
