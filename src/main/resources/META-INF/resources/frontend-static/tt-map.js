// Työllisyystalo's small Leaflet wrapper: markers with grid clustering (Leaflet.markercluster is not
// on Maven Central here). Called from LeafletMap.java through executeJs; everything else on the page
// works without it, so a failed tile server or script never blocks the list.
window.ttMap = {
  show(element, tileUrl, attribution, points, labels) {
    if (!window.L) { element.setAttribute('data-map-error', 'leaflet-missing'); return; }
    if (element._ttMap) { element._ttMap.remove(); }
    const map = L.map(element, { scrollWheelZoom: false });
    element._ttMap = map;
    L.tileLayer(tileUrl, { attribution, maxZoom: 18 }).addTo(map);
    const layer = L.layerGroup().addTo(map);
    const render = () => {
      layer.clearLayers();
      const cells = new Map();
      for (const p of points) {
        const px = map.project([p.lat, p.lon], map.getZoom());
        const key = Math.floor(px.x / 70) + ':' + Math.floor(px.y / 70);
        if (!cells.has(key)) { cells.set(key, []); }
        cells.get(key).push(p);
      }
      for (const group of cells.values()) {
        if (group.length === 1 || map.getZoom() >= 17) {
          for (const p of group) {
            const m = L.marker([p.lat, p.lon], { title: p.name, alt: p.name, keyboard: true });
            const a = document.createElement('a');
            a.href = '/services/' + p.id; a.textContent = p.name;
            if (p.lang) { a.lang = p.lang; }
            const div = document.createElement('div');
            div.appendChild(a);
            if (p.address) { const s = document.createElement('div'); s.textContent = p.address; div.appendChild(s); }
            m.bindPopup(div);
            layer.addLayer(m);
          }
        } else {
          const lat = group.reduce((s, p) => s + p.lat, 0) / group.length;
          const lon = group.reduce((s, p) => s + p.lon, 0) / group.length;
          const icon = L.divIcon({ className: 'tt-cluster', html: '<span>' + group.length + '</span>', iconSize: [40, 40] });
          const m = L.marker([lat, lon], { icon, keyboard: true, title: labels.cluster.replace('{0}', group.length) });
          m.on('click', () => map.setView([lat, lon], Math.min(map.getZoom() + 2, 18)));
          m.on('keypress', e => { if (e.originalEvent.key === 'Enter') { map.setView([lat, lon], Math.min(map.getZoom() + 2, 18)); } });
          layer.addLayer(m);
        }
      }
      element.setAttribute('data-markers', String(layer.getLayers().length));
    };
    if (points.length > 0) {
      map.fitBounds(L.latLngBounds(points.map(p => [p.lat, p.lon])).pad(0.1));
    } else {
      map.setView([61.06, 28.19], 9);
    }
    map.on('zoomend', render);
    render();
  }
};
