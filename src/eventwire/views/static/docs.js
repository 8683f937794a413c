// Start Swagger UI (served by this app) on the element that names the schema URL.
(function () {
  "use strict";
  var el = document.getElementById("swagger-ui");
  if (!el || typeof window.SwaggerUIBundle !== "function") { return; }
  window.SwaggerUIBundle({ url: el.getAttribute("data-url"), dom_id: "#swagger-ui",
                           deepLinking: true, validatorUrl: null });
  var list = document.getElementById("endpoint-list");
  if (list) { list.hidden = true; }
})();
