/* The campaign progress page without reloading: every few seconds fetch the same page and swap in its
   counts and recipients (#live) and its one-line summary (#live-summary, a polite status region), until
   the page says it is no longer sending. Without JavaScript the <noscript> meta refresh does the same. */
(function () {
  "use strict";
  var live = document.getElementById("live");
  var summary = document.getElementById("live-summary");
  if (!live || !live.dataset.refresh) { return; }
  var wait = parseInt(live.dataset.refresh, 10) * 1000;

  function update() {
    fetch(window.location.href, { credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        var next = html && new DOMParser().parseFromString(html, "text/html");
        var nextLive = next && next.getElementById("live");
        if (!nextLive) { window.setTimeout(update, wait); return; }
        live.innerHTML = nextLive.innerHTML;
        var nextSummary = next.getElementById("live-summary");
        if (summary && nextSummary && summary.textContent !== nextSummary.textContent) {
          summary.textContent = nextSummary.textContent;
        }
        if (nextLive.dataset.refresh) { window.setTimeout(update, wait); } else { delete live.dataset.refresh; }
      })
      .catch(function () { window.setTimeout(update, wait); });
  }

  window.setTimeout(update, wait);
}());
