// Small enhancements only: every page works without this file.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  // The date box on an entity page: picking a day from the calendar shows it at once.
  for (const input of document.querySelectorAll("form.day-form input[type=date]")) {
    input.addEventListener("change", () => {
      if (input.value && input.validity.valid && input.dataset.typing !== "1") {
        input.form.requestSubmit();
      }
    });
    // Typing a date digit by digit fires change events on the way; wait for Enter instead.
    input.addEventListener("keydown", (event) => {
      input.dataset.typing = event.key === "Enter" ? "0" : "1";
    });
    input.addEventListener("pointerdown", () => { input.dataset.typing = "0"; });
  }
});
