/* The events map: Leaflet + markercluster, data from /api/events.geojson.
 *
 * No HTML is ever built from event data: popups are DOM nodes filled with textContent.
 * The base layer is the bundled country outlines (no tiles are fetched) unless the server
 * was started with a tile URL.
 */
(function () {
  "use strict";
  var el = document.getElementById("map");
  if (!el || typeof L === "undefined") { return; }

  var COLORS = {
    "Protests": "#1f77b4", "Riots": "#ff7f0e", "Violence against civilians": "#d62728",
    "Battles": "#6a3d9a", "Explosions/Remote violence": "#8c564b",
    "Strategic developments": "#7f7f7f"
  };
  var status = document.getElementById("map-status");

  var map = L.map(el, { worldCopyJump: true, zoomSnap: 0.5, minZoom: 2, maxZoom: 18 });
  map.attributionControl.setPrefix("Leaflet");

  if (el.dataset.tiles) {
    L.tileLayer(el.dataset.tiles, { attribution: el.dataset.attribution || "", maxZoom: 18 }).addTo(map);
  } else {
    map.attributionControl.addAttribution("Country outlines: Natural Earth");
    fetch(el.dataset.outlines, { credentials: "same-origin" })
      .then(function (r) { return r.json(); })
      .then(function (topo) {
        var land = topojson.feature(topo, topo.objects.countries);
        land.features.forEach(dropAntimeridianParts);
        L.geoJSON(land, {
          interactive: false,
          style: { color: "#8d99a8", weight: 0.8, fillColor: "#f4f1ea", fillOpacity: 1 }
        }).addTo(map).bringToBack();
      })
      .catch(function () { /* the markers still work without outlines */ });
  }

  // Polygons that cross the antimeridian (Fiji, Chukotka) would be drawn as bands across
  // the whole map: leave those parts out of the outline layer.
  function dropAntimeridianParts(feature) {
    var g = feature.geometry;
    if (!g) { return; }
    var polygons = g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
    var kept = polygons.filter(function (polygon) {
      var lons = polygon[0].map(function (p) { return p[0]; });
      return Math.max.apply(null, lons) - Math.min.apply(null, lons) < 180;
    });
    feature.geometry = { type: "MultiPolygon", coordinates: kept };
  }

  var bounds = null;
  try { bounds = JSON.parse(el.dataset.bounds || "null"); } catch (e) { bounds = null; }
  if (bounds) {
    var pad = 0.2;
    map.fitBounds([[bounds[1] - pad, bounds[0] - pad], [bounds[3] + pad, bounds[2] + pad]], { maxZoom: 9 });
  } else {
    map.setView([-9.2, -75.0], 5);
  }

  var clusters = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 45 });
  var cells = L.layerGroup();
  map.addLayer(clusters);
  map.addLayer(cells);

  function text(tag, value, cls) {
    var node = document.createElement(tag);
    node.textContent = value;
    if (cls) { node.className = cls; }
    return node;
  }

  function popup(p) {
    var box = document.createElement("div");
    box.className = "popup";
    var link = text("a", (p.sub_event_type || p.event_type || "event") + (p.date ? ", " + p.date : ""));
    link.href = "/events/" + encodeURIComponent(p.id);
    box.appendChild(link);
    box.appendChild(document.createElement("br"));
    box.appendChild(text("span", [p.location, p.admin1].filter(Boolean).join(", "), "sub"));
    if (p.killed) {
      box.appendChild(document.createElement("br"));
      box.appendChild(text("strong", p.killed + " killed"));
    }
    return box;
  }

  function point(feature) {
    var p = feature.properties;
    var c = feature.geometry.coordinates;
    var killed = Number(p.killed) || 0;
    var marker = L.circleMarker([c[1], c[0]], {
      radius: 5 + 2.5 * Math.sqrt(killed),
      color: "#1d2430", weight: 1,
      fillColor: COLORS[p.event_type] || "#17becf", fillOpacity: 0.85,
      className: "event-marker"
    });
    marker.bindPopup(popup(p));
    return marker;
  }

  function cell(feature) {
    var p = feature.properties;
    var c = feature.geometry.coordinates;
    var count = Number(p.count) || 0;
    var size = Math.round(26 + 9 * Math.log10(Math.max(count, 1)));
    var label = document.createElement("span");
    label.textContent = String(count);
    var marker = L.marker([c[1], c[0]], {
      icon: L.divIcon({ className: "grid-cell", html: label, iconSize: [size, size] }),
      title: count + " events, " + (Number(p.killed) || 0) + " killed"
    });
    var b = p.cell;
    marker.on("click", function () { map.fitBounds([[b[1], b[0]], [b[3], b[2]]]); });
    return marker;
  }

  var sequence = 0;
  function render(data) {
    clusters.clearLayers();
    cells.clearLayers();
    var meta = data.meta || {};
    if (meta.mode === "grid") {
      data.features.forEach(function (f) { cells.addLayer(cell(f)); });
    } else {
      clusters.addLayers(data.features.map(point));
    }
    el.dataset.mode = meta.mode || "";
    el.dataset.events = String(meta.events || 0);
    el.dataset.loaded = String(sequence);
    if (status) {
      status.textContent = (meta.events || 0) + " events in view" +
        (meta.mode === "grid" ? ", grouped on a grid by the server" : "");
    }
  }

  function load() {
    var b = map.getBounds();
    var bbox = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]
      .map(function (v) { return v.toFixed(4); }).join(",");
    var url = el.dataset.geojson + "&bbox=" + bbox + "&zoom=" + Math.round(map.getZoom());
    var mine = ++sequence;
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (r) { if (!r.ok) { throw new Error(r.status); } return r.json(); })
      .then(function (data) { if (mine === sequence) { render(data); } })
      .catch(function (err) { if (status) { status.textContent = "the map could not load (" + err.message + ")"; } });
  }

  map.on("moveend", load);
  load();
})();
