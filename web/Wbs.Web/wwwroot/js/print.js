// The print button needs JavaScript, so it starts hidden; without JavaScript the page says to use
// the browser's own print (Ctrl+P), which gives the same printout.
document.querySelectorAll("button[data-print]").forEach(function (button) {
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
});
