// cfn-lint's findings, in one shape whatever the validation endpoint's keys.

const SEVERITY_ORDER = { error: 0, warning: 1, informational: 2, info: 2 };

export function severityOf(finding) {
  const raw = String(finding.severity || finding.level || "").toLowerCase();
  if (raw) return raw === "informational" ? "info" : raw;
  const rule = String(finding.rule || finding.rule_id || "");
  return { E: "error", W: "warning", I: "info" }[rule[0]] || "error";
}

export function normaliseFindings(payload) {
  const list = Array.isArray(payload)
    ? payload
    : (payload && (payload.findings || payload.results || payload.matches)) || [];
  return list
    .map((finding) => ({
      severity: severityOf(finding),
      rule: String(finding.rule || finding.rule_id || finding.id || ""),
      message: String(finding.message || finding.description || ""),
      logicalId: finding.logical_id || finding.component || finding.resource || null,
      path: Array.isArray(finding.path) ? finding.path : null,
    }))
    .sort((a, b) => (SEVERITY_ORDER[a.severity] ?? 3) - (SEVERITY_ORDER[b.severity] ?? 3));
}

export function countBySeverity(findings) {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] = (counts[finding.severity] || 0) + 1;
  return counts;
}

// The form field a finding is about: ["Resources", "Db", "Properties", "Port"]
// names "properties.Port"; a finding elsewhere names no field.
export function findingField(finding) {
  const path = finding.path || [];
  if (path[0] === "Resources" && path[2] === "Properties" && path.length > 3) {
    return `properties.${path[3]}`;
  }
  return null;
}

// The findings about one component: by property (path[3]), and the rest.
export function findingsFor(findings, logicalId) {
  const grouped = { properties: {}, component: [] };
  for (const finding of findings || []) {
    const path = finding.path || [];
    const about = path[0] === "Resources" ? path[1] : finding.logicalId;
    if (!logicalId || about !== logicalId) continue;
    if (path[2] === "Properties" && path.length > 3) {
      (grouped.properties[path[3]] ||= []).push(finding);
    } else grouped.component.push(finding);
  }
  return grouped;
}
