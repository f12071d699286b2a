// Every htmx request carries the antiforgery token from the layout's meta tag; unsafe requests
// without it are refused by the server (400).
document.addEventListener("htmx:configRequest", function (event) {
  var meta = document.querySelector('meta[name="csrf-token"]');
  if (meta) {
    event.detail.headers["RequestVerificationToken"] = meta.getAttribute("content");
  }
});

// A refused htmx form (422) shows its Dutch messages in the place the server names (HX-Retarget), without losing the input.
// Any other refusal (4xx, 5xx) must be visible too: htmx itself swaps nothing for those, and a coordinator who
// changed a filter would keep looking at the old results without knowing why.
document.addEventListener("htmx:beforeSwap", function (event) {
  var xhr = event.detail.xhr;
  if (!xhr || xhr.status < 400) {
    return;
  }
  if (xhr.status === 422) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
    return;
  }
  var melding = isMelding(xhr);
  var isRead = event.detail.requestConfig && event.detail.requestConfig.verb === "get";
  // Only a read whose result would have replaced its target may be replaced by the message: one that adds to what is
  // there (the plan's goal rows, to which "Doel toevoegen" appends one) would otherwise lose what the user typed.
  // (The element that sent the request: the event's own detail.elt is the target it was fired on.)
  var sender = event.detail.requestConfig && event.detail.requestConfig.elt;
  var swapElement = sender && sender.closest("[hx-swap]");
  var swapStyle = (swapElement ? swapElement.getAttribute("hx-swap") : htmx.config.defaultSwapStyle).split(" ")[0];
  var replacesTarget = swapStyle === "innerHTML" || swapStyle === "outerHTML";
  if (melding && isRead && replacesTarget) {
    // A read: the server's message goes where the result would have gone, whole (not through the element's hx-select).
    event.detail.shouldSwap = true;
    event.detail.isError = false;
    event.detail.selectOverride = "unset";
    event.detail.swapOverride = "innerHTML";
    toonMelding(null);
    return;
  }
  // A form, or a part of one, keeps what the user typed; the message goes above the page instead.
  toonMelding(melding ? xhr.responseText : null, xhr.status);
});

// No answer at all (the server is unreachable or took too long): say so, and keep everything on the screen.
document.addEventListener("htmx:sendError", function () { toonMelding(null, 0); });
document.addEventListener("htmx:timeout", function () { toonMelding(null, 0); });

// A request that succeeded clears a message about an earlier one.
document.addEventListener("htmx:afterRequest", function (event) {
  var xhr = event.detail.xhr;
  if (xhr && xhr.status >= 200 && xhr.status < 300) {
    toonMelding(null);
  }
});

// The server's message fragment (Views/Fout/_Melding) rather than some other error page, e.g. of a proxy.
function isMelding(xhr) {
  var type = xhr.getResponseHeader("Content-Type") || "";
  return type.indexOf("text/html") === 0 && (xhr.responseText || "").indexOf("data-zvh-melding") >= 0;
}

// Shows (or, with nothing to show, clears) the message region at the top of the page. Built with the DOM,
// not innerHTML, except for the server's own fragment, which Razor encoded.
function toonMelding(fragment, status) {
  var region = document.getElementById("zvh-verzoek-melding");
  if (!region) {
    return;
  }
  if (fragment === null && status === undefined) {
    region.replaceChildren();
    region.hidden = true;
    return;
  }
  if (fragment !== null) {
    region.innerHTML = fragment;
  } else {
    var alert = document.createElement("div");
    alert.className = "utrecht-alert utrecht-alert--warning";
    alert.setAttribute("role", "alert");
    var title = document.createElement("h2");
    title.className = "utrecht-heading-2";
    var text = document.createElement("p");
    text.className = "utrecht-paragraph";
    if (status === 0) {
      title.textContent = "Geen verbinding met de server";
      text.textContent = "Uw verzoek kwam niet aan of bleef onbeantwoord. Wat u invoerde staat nog op het scherm; controleer uw verbinding en probeer het opnieuw.";
    } else {
      title.textContent = "Er ging iets mis";
      text.textContent = "Uw verzoek is niet verwerkt (foutcode " + status + "). Wat u invoerde staat nog op het scherm; probeer het opnieuw. Blijft het misgaan, meld het dan bij de functioneel beheerder.";
    }
    alert.append(title, text);
    region.replaceChildren(alert);
  }
  region.hidden = false;
}

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
