// The status line: the latest notice, errors kept visible until replaced.

export function createStatusLine(element) {
  let shown = null;
  return {
    render(state) {
      const notice = state.notice;
      if (notice === shown) return;
      shown = notice;
      element.textContent = notice ? notice.text : "";
      element.dataset.level = notice ? notice.level : "";
      element.setAttribute("role", notice && notice.level === "error" ? "alert" : "status");
    },
  };
}
