// silkgraph workbench: draw the Plotly figures embedded as JSON, and mark a fact's evidence.
(function () {
  "use strict";

  function drawPlots() {
    if (!window.Plotly) { return; }
    document.querySelectorAll("[data-fig]").forEach(function (el) {
      var src = document.getElementById(el.getAttribute("data-fig"));
      if (!src) { return; }
      var fig = JSON.parse(src.textContent);
      window.Plotly.newPlot(el, fig.data, fig.layout, {responsive: true, displaylogo: false})
        .then(function () { el.setAttribute("data-drawn", "1"); });
      el.on("plotly_click", function (ev) {
        var p = ev && ev.points && ev.points[0];
        var url = p && p.customdata;
        if (typeof url === "string" && url.charAt(0) === "/") { window.location.href = url; }
      });
    });
  }

  function markFact(id, scroll) {
    document.querySelectorAll(".seg.hit").forEach(function (s) { s.classList.remove("hit"); });
    document.querySelectorAll("button.fact.active").forEach(function (b) { b.classList.remove("active"); });
    var segs = document.querySelectorAll('.seg[data-facts~="' + CSS.escape(id) + '"]');
    segs.forEach(function (s) { s.classList.add("hit"); });
    document.querySelectorAll('button.fact[data-fact="' + CSS.escape(id) + '"]').forEach(function (b) {
      b.classList.add("active");
    });
    if (scroll && segs.length) { segs[0].scrollIntoView({behavior: "smooth", block: "center"}); }
    return segs.length;
  }

  document.addEventListener("click", function (ev) {
    var b = ev.target.closest && ev.target.closest("button.fact");
    if (!b) { return; }
    var id = b.getAttribute("data-fact");
    markFact(id, true);
    if (history.replaceState) { history.replaceState(null, "", "#" + id); }
  });

  document.addEventListener("DOMContentLoaded", function () {
    drawPlots();
    var id = decodeURIComponent((window.location.hash || "").slice(1));
    if (id && document.querySelector(".seg")) { markFact(id, true); }
  });
})();
