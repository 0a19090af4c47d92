// Small enhancements only: every page works without this file.
"use strict";

// The date box on an entity page: picking a day from the calendar shows it at once; typing a
// date digit by digit fires change events on the way, so typed dates wait for Enter or Show.
function autoSubmitDates() {
  for (const input of document.querySelectorAll("form.day-form input[type=date]")) {
    let typing = false;
    input.addEventListener("keydown", (event) => { typing = event.key !== "Enter"; });
    input.addEventListener("pointerdown", () => { typing = false; });
    input.addEventListener("change", () => {
      if (!typing && input.value && input.validity.valid) input.form.requestSubmit();
    });
  }
}

// Filter boxes over long tables (programmes, instruments): rows holding every typed word stay.
function filterTables() {
  for (const input of document.querySelectorAll("input[data-filter]")) {
    const table = document.getElementById(input.dataset.filter);
    const count = document.querySelector(`[data-filter-count="${input.dataset.filter}"]`);
    if (!table) continue;
    const rows = Array.from(table.tBodies[0].rows);
    const texts = rows.map((row) => row.textContent.toLowerCase());
    const noun = count ? count.textContent.replace(/^[0-9]+ /, "").replace(/\.$/, "") : "";
    input.addEventListener("input", () => {
      const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
      let shown = 0;
      rows.forEach((row, i) => {
        const keep = words.every((word) => texts[i].includes(word));
        row.hidden = !keep;
        if (keep) shown += 1;
      });
      if (count) count.textContent = `${shown} of ${rows.length} ${noun}.`;
    });
  }
}

document.addEventListener("DOMContentLoaded", () => {
  autoSubmitDates();
  filterTables();
});
