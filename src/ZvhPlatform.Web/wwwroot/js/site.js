// Every htmx request carries the antiforgery token from the layout's meta tag; unsafe requests
// without it are refused by the server (400).
document.addEventListener("htmx:configRequest", function (event) {
  var meta = document.querySelector('meta[name="csrf-token"]');
  if (meta) {
    event.detail.headers["RequestVerificationToken"] = meta.getAttribute("content");
  }
});
