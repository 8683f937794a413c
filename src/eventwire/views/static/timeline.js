// Story timeline: toggle event types from the legend, show details of the focused event.
(function () {
  "use strict";
  var detail = document.getElementById("tl-detail");
  var dots = document.querySelectorAll("svg.timeline a.ev");
  function show(ev) {
    if (detail) { detail.textContent = ev.currentTarget.getAttribute("data-label"); }
  }
  dots.forEach(function (dot) {
    dot.addEventListener("mouseenter", show);
    dot.addEventListener("focus", show);
  });
  document.querySelectorAll(".legend-item[data-type]").forEach(function (button) {
    button.addEventListener("click", function () {
      var on = button.getAttribute("aria-pressed") !== "true";
      button.setAttribute("aria-pressed", on ? "true" : "false");
      var type = button.getAttribute("data-type");
      dots.forEach(function (dot) {
        if (dot.getAttribute("data-type") === type) {
          dot.classList.toggle("hidden", !on);
          if (on) { dot.removeAttribute("tabindex"); } else { dot.setAttribute("tabindex", "-1"); }
        }
      });
    });
  });
})();
