// Enter in a one-line field of the report form must not post it (without JavaScript it lands on
// the harmless "review" button instead).
document.querySelectorAll("form[data-no-enter-submit]").forEach(function (form) {
  form.addEventListener("keydown", function (event) {
    var target = event.target;
    if (event.key === "Enter" && target instanceof HTMLInputElement && target.type !== "submit" && target.type !== "file") {
      event.preventDefault();
    }
  });
});
