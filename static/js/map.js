// The optional map to move and zoom above a GeoJSON file's drawn map. It needs Leaflet
// (installed by the admin from the npm registry into static/vendor) and the tile server the
// admin configured; when either is missing or the file cannot be read, the drawn map stays.
(function () {
  "use strict";

  function asText(value) {
    // Leaflet shows the credit as HTML; the admin's text is shown as text.
    var span = document.createElement("span");
    span.textContent = value;
    return span.innerHTML;
  }

  function show(box, data) {
    box.hidden = false;
    var map = window.L.map(box, { scrollWheelZoom: false });
    window.L.tileLayer(box.dataset.tiles, {
      attribution: asText(box.dataset.attribution),
      maxZoom: 19,
    }).addTo(map);
    var shapes = window.L.geoJSON(data).addTo(map);
    var bounds = shapes.getBounds();
    if (bounds.isValid()) {
      map.fitBounds(bounds, { maxZoom: 16, padding: [12, 12] });
    } else {
      map.setView([52.1, 5.3], 7);
    }
    var drawn = document.getElementById(box.dataset.drawn);
    if (drawn) {
      drawn.style.display = "none";
    }
    box.dataset.ready = "1";
  }

  function start(box) {
    if (box.dataset.started || !window.L) {
      return;
    }
    box.dataset.started = "1";
    fetch(box.dataset.geojson, { credentials: "same-origin" })
      .then(function (answer) {
        return answer.ok ? answer.json() : Promise.reject(answer.status);
      })
      .then(function (data) {
        show(box, data);
      })
      .catch(function () {
        box.hidden = true;
      });
  }

  function startAll() {
    document.querySelectorAll(".interactive-map[data-geojson]").forEach(start);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", startAll);
  } else {
    startAll();
  }
})();
