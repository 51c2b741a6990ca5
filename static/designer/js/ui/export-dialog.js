// The export dialog: the template as YAML or JSON, and cfn-lint's findings.

import { countBySeverity, normaliseFindings } from "../model/findings.js";
import { h } from "./dom.js";

function fileName(name, format) {
  const base = String(name || "template").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return `${base || "template"}.${format === "json" ? "json" : "yaml"}`;
}

export function createExportDialog(dialog, { api, designId, designName, onFinding }) {
  const text = dialog.querySelector("#export-text");
  const note = dialog.querySelector("#export-note");
  const summary = dialog.querySelector("#findings-summary");
  const list = dialog.querySelector("#findings-list");
  let format = "yaml";
  let loaded = "";
  let ticket = 0;
  let findings = [];

  const say = (message, level = "info") => {
    note.textContent = message;
    note.dataset.level = level;
  };

  async function loadTemplate() {
    const mine = ++ticket;
    text.textContent = "Loading…";
    text.setAttribute("aria-busy", "true");
    try {
      const body = await api.exportTemplate(designId, format);
      if (mine !== ticket) return;
      loaded = typeof body === "string" ? body : JSON.stringify(body, null, 2);
      text.textContent = loaded;
      text.dataset.format = format;
    } catch (error) {
      if (mine !== ticket) return;
      loaded = "";
      text.textContent = "";
      say(`Export failed: ${error.message}`, "error");
    } finally {
      if (mine === ticket) text.removeAttribute("aria-busy");
    }
  }

  async function loadFindings() {
    summary.textContent = "Running cfn-lint…";
    summary.dataset.level = "";
    list.replaceChildren();
    try {
      findings = normaliseFindings(await api.validate(designId));
      const counts = countBySeverity(findings);
      if (findings.length === 0) {
        summary.textContent = "No findings: cfn-lint is happy with this template.";
        summary.dataset.level = "success";
      } else {
        const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
        summary.textContent = [
          plural(counts.error, "error"),
          plural(counts.warning, "warning"),
          `${counts.info} informational`,
        ].join(", ");
        summary.dataset.level = counts.error ? "error" : "warning";
      }
      list.replaceChildren(
        ...findings.map((finding, index) =>
          h(
            "li",
            { class: `finding finding--${finding.severity}` },
            h("span", { class: "finding__severity", text: finding.severity }),
            h("code", { class: "finding__rule", text: finding.rule }),
            finding.logicalId
              ? h("button", {
                  type: "button",
                  class: "finding__component link",
                  dataset: { finding: String(index) },
                  text: finding.logicalId,
                })
              : h("span", { class: "finding__component", text: "template" }),
            h("span", { class: "finding__message", text: finding.message }),
          ),
        ),
      );
    } catch (error) {
      summary.textContent = `Validation failed: ${error.message}`;
      summary.dataset.level = "error";
    }
  }

  async function copy() {
    if (!loaded) return;
    try {
      await navigator.clipboard.writeText(loaded);
      say("Copied to the clipboard.", "success");
    } catch {
      // Clipboard access needs a secure context; select the text instead.
      const range = document.createRange();
      range.selectNodeContents(text);
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      const copied = document.execCommand && document.execCommand("copy");
      if (copied) say("Copied to the clipboard.", "success");
      else say("Press Ctrl+C to copy the selected text.");
    }
  }

  function download() {
    if (!loaded) return;
    const type = format === "json" ? "application/json" : "application/yaml";
    const url = URL.createObjectURL(new Blob([loaded], { type }));
    const link = h("a", { href: url, download: fileName(designName(), format) });
    document.body.append(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
    say(`Downloaded ${fileName(designName(), format)}.`, "success");
  }

  dialog.addEventListener("change", (event) => {
    if (event.target.name !== "export-format") return;
    format = event.target.value;
    say("");
    loadTemplate();
  });
  dialog.addEventListener("click", (event) => {
    const button = event.target.closest("[data-command], [data-finding]");
    if (!button) return;
    if (button.dataset.finding) {
      dialog.close();
      onFinding(findings[Number(button.dataset.finding)]);
      return;
    }
    const command = button.dataset.command;
    if (command === "copy-export") copy();
    if (command === "download-export") download();
    if (command === "close-export") dialog.close();
  });

  return {
    open() {
      say("");
      if (!dialog.open) dialog.showModal();
      loadTemplate();
      loadFindings();
    },
  };
}
