// Maps of civcas: all incidents (#map) or one incident (#incident-map), over vendored Natural
// Earth outlines. Data from the page is only ever put into the map as text, never as markup.
(function () {
  "use strict";

  function outlines(map, url) {
    return fetch(url).then(function (r) { return r.json(); }).then(function (topo) {
      var land = topojson.feature(topo, topo.objects.countries);
      L.geoJSON(land, { interactive: false,
        style: { color: "#8a8f98", weight: 0.7, fillColor: "#f4f1ea", fillOpacity: 1 } }).addTo(map);
    });
  }

  function base(el) {
    var map = L.map(el, { worldCopyJump: true, minZoom: 1, maxZoom: 14 });
    if (el.dataset.tiles === "1") {
      L.tileLayer("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png",
        { maxZoom: 18, attribution: "© OpenStreetMap contributors" }).addTo(map);
    }
    return map;
  }

  // the marker's side in pixels grows with the square root of civilians killed, so areas compare
  function size(killed) {
    return Math.round(Math.min(56, 10 + 3 * Math.sqrt(Math.max(0, killed || 0))));
  }

  function icon(killed, grade) {
    var s = size(killed);
    return L.divIcon({ className: "inc-marker grade-" + String(grade || "").replace(/[^a-z]/g, ""),
                       iconSize: [s, s] });
  }

  // a cluster is sized, like a marker, by the civilians killed in it, and says how many incidents it holds
  function clusterIcon(cluster) {
    var killed = 0;
    cluster.getAllChildMarkers().forEach(function (m) { killed += m.options.killed || 0; });
    var s = Math.max(28, size(killed));
    var n = cluster.getChildCount();
    return L.divIcon({ html: "<div><span>" + n + "</span></div>", iconSize: [s, s],
                       className: "marker-cluster marker-cluster-" + (n < 10 ? "small" : n < 100 ? "medium" : "large") });
  }

  function popup(p) {
    var box = document.createElement("div");
    var a = document.createElement("a");
    a.href = p.url;
    a.textContent = (p.event_type || "incident").replace("_", " ") + " in " + (p.place || "unknown place");
    var line = document.createElement("div");
    line.textContent = (p.date_start || p.date_end || "date unknown") + " · civilians killed " + p.killed +
      " · injured " + p.injured + " · " + p.grade;
    var who = document.createElement("div");
    who.textContent = p.attacker ? "attacker: " + p.attacker : "attacker not stated";
    box.appendChild(a); box.appendChild(line); box.appendChild(who);
    return box;
  }

  function allIncidents(el) {
    var map = base(el);
    map.setView([30, 30], 3);
    var status = document.getElementById("map-status");
    outlines(map, el.dataset.world).then(function () {
      return fetch(el.dataset.points);
    }).then(function (r) { return r.json(); }).then(function (fc) {
      var group = L.markerClusterGroup({ maxClusterRadius: 40, showCoverageOnHover: false,
                                         iconCreateFunction: clusterIcon });
      var bounds = [];
      fc.features.forEach(function (f) {
        var p = f.properties, c = f.geometry.coordinates;
        var killed = p.killed_min != null ? p.killed_min : (p.killed_max || 0);
        var m = L.marker([c[1], c[0]], { icon: icon(killed, p.grade), killed: killed,
                                          title: (p.place || "") + " · " + p.killed + " killed" });
        m.bindPopup(popup(p));
        group.addLayer(m);
        bounds.push([c[1], c[0]]);
      });
      // not animated, so that "ready" means the markers and clusters are where they will stay
      if (bounds.length) { map.fitBounds(bounds, { padding: [30, 30], maxZoom: 8, animate: false }); }
      map.addLayer(group);
      if (status) { status.textContent = fc.features.length + " incidents with coordinates."; }
      el.dataset.ready = String(fc.features.length);
    }).catch(function (e) {
      if (status) { status.textContent = "The map could not be drawn: " + e; }
    });
  }

  function oneIncident(el) {
    var map = base(el);
    var at = [parseFloat(el.dataset.lat), parseFloat(el.dataset.lon)];
    map.setView(at, 6);
    outlines(map, el.dataset.world).then(function () {
      L.marker(at, { icon: icon(parseInt(el.dataset.killed, 10), ""), title: el.dataset.label }).addTo(map);
      el.dataset.ready = "1";
    });
  }

  var all = document.getElementById("map");
  if (all) { allIncidents(all); }
  var one = document.getElementById("incident-map");
  if (one) { oneIncident(one); }
})();
