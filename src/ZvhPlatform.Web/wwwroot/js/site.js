// Every htmx request carries the antiforgery token from the layout's meta tag; unsafe requests
// without it are refused by the server (400).
document.addEventListener("htmx:configRequest", function (event) {
  var meta = document.querySelector('meta[name="csrf-token"]');
  if (meta) {
    event.detail.headers["RequestVerificationToken"] = meta.getAttribute("content");
  }
});

// A refused htmx form (422) shows its Dutch messages in the place the server names (HX-Retarget), without losing the input.
document.addEventListener("htmx:beforeSwap", function (event) {
  if (event.detail.xhr && event.detail.xhr.status === 422) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
  // A busy instance (503) refuses a heavy read such as a report; show its Dutch message where the result would go.
  // Only for reads: a refused form keeps its input and is not replaced.
  if (event.detail.xhr && event.detail.xhr.status === 503 && event.detail.requestConfig && event.detail.requestConfig.verb === "get") {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});

// After a row was captured live, empty the form that sent it so the next one can be typed.
document.addEventListener("htmx:afterRequest", function (event) {
  var form = event.detail.elt;
  var xhr = event.detail.xhr;
  if (xhr && xhr.status >= 200 && xhr.status < 300 && form && form.tagName === "FORM" && form.hasAttribute("data-reset-on-success")) {
    form.reset();
    var errors = form.querySelector("[data-errors]");
    if (errors) { errors.innerHTML = ""; }
  }
});
