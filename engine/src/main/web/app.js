// sitrep map page: reads the filter state from the URL, draws the merged events of /api/events
// on an offline Natural Earth base map, a brushable timeline of /api/timeline, and the panel of
// one event from /api/events/{id}. Everything it loads comes from the same server.
(function () {
  'use strict';

  const TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
    'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
  // Cooperative types in greens and blues, verbal conflict in oranges, material conflict in reds.
  const COLOURS = {
    AGREE: '#1b9e77', CONSULT: '#66c2a5', SUPPORT: '#4daf4a', CONCEDE: '#a6d854', COOPERATE: '#377eb8',
    AID: '#80b1d3', RETREAT: '#8da0cb', REQUEST: '#bebada', ACCUSE: '#fdb462', REJECT: '#ff7f00',
    THREATEN: '#e6ab02', PROTEST: '#984ea3', SANCTION: '#a65628', MOBILIZE: '#f781bf', COERCE: '#e7298a',
    ASSAULT: '#e41a1c'
  };
  const WHERE_NOTE = {
    country: ' — shown at the centre of its country',
    'article-country': ' — not in the gazetteer: shown at the centre of the country the article names most'
  };
  const FILTERS = ['type', 'actor', 'country', 'q', 'polarity', 'from', 'to'];
  const state = readUrl();
  let fitted = false;

  const map = L.map('map', { worldCopyJump: true, minZoom: 1, maxZoom: 12 }).setView([25, 20], 2);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution(
    'Base map: <a href="https://www.naturalearthdata.com/">Natural Earth</a> (public domain) via world-atlas' +
    ' · Places: <a href="https://www.geonames.org/">GeoNames</a> (CC BY 4.0)');
  const clusters = L.markerClusterGroup({ maxClusterRadius: 40, showCoverageOnHover: false });
  map.addLayer(clusters);

  // Rings that cross the antimeridian jump from +180 to -180; unwrapping them keeps Leaflet from
  // drawing a line across the world. Antarctica (ISO 010) holds no news and cannot be unwrapped.
  function unwrap(ring) {
    let shift = 0;
    return ring.map((p, i) => {
      if (i > 0) {
        const d = p[0] - ring[i - 1][0];
        if (d > 180) { shift -= 360; } else if (d < -180) { shift += 360; }
      }
      return [p[0] + shift, p[1]];
    });
  }
  function unwrapGeometry(g) {
    if (g.type === 'Polygon') { g.coordinates = g.coordinates.map(unwrap); }
    if (g.type === 'MultiPolygon') { g.coordinates = g.coordinates.map(poly => poly.map(unwrap)); }
    return g;
  }

  fetch('vendor/world-atlas/countries-50m.json').then(r => r.json()).then(topology => {
    const land = topojson.feature(topology, topology.objects.countries);
    land.features = land.features.filter(f => f.id !== '010' && f.geometry);
    land.features.forEach(f => unwrapGeometry(f.geometry));
    L.geoJSON(land, {
      style: { color: '#8a8a8a', weight: 0.6, fillColor: '#f2efe6', fillOpacity: 1 },
      interactive: false
    }).addTo(map).bringToBack();
  });

  const typeSelect = document.getElementById('f-type');
  TYPES.forEach(t => typeSelect.add(new Option(t.toLowerCase(), t)));
  document.getElementById('legend').innerHTML = TYPES
    .map(t => `<span style="--c:${COLOURS[t]}">${t.toLowerCase()}</span>`).join('');

  const form = document.getElementById('filters');
  for (const name of ['type', 'actor', 'country', 'q', 'polarity']) {
    form.elements[name].value = state[name] || '';
  }
  let typing;
  form.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(applyForm, 350);
  });
  form.addEventListener('submit', e => { e.preventDefault(); applyForm(); });
  document.getElementById('f-clear').addEventListener('click', () => {
    form.reset();
    delete state.from;
    delete state.to;
    applyForm();
  });
  document.getElementById('range-clear').addEventListener('click', () => {
    delete state.from;
    delete state.to;
    refresh();
  });

  function applyForm() {
    for (const name of ['type', 'actor', 'country', 'q', 'polarity']) {
      const v = form.elements[name].value.trim();
      // A country filter waits for its second letter: one letter names no country.
      if (v && !(name === 'country' && !/^[A-Za-z]{2}$/.test(v))) { state[name] = v; } else { delete state[name]; }
    }
    refresh();
  }

  function readUrl() {
    const p = new URLSearchParams(location.search);
    const s = {};
    for (const k of FILTERS.concat(['ev'])) {
      if (p.get(k)) { s[k] = p.get(k); }
    }
    return s;
  }

  function query(extra, withoutTime) {
    const p = new URLSearchParams();
    for (const k of FILTERS) {
      if (state[k] && !(withoutTime && (k === 'from' || k === 'to'))) { p.set(k, state[k]); }
    }
    for (const [k, v] of Object.entries(extra || {})) { p.set(k, v); }
    return p.toString();
  }

  function writeUrl() {
    const p = new URLSearchParams(query());
    if (state.ev) { p.set('ev', state.ev); }
    const s = p.toString();
    history.replaceState(null, '', s ? '?' + s : location.pathname);
    for (const kind of ['csv', 'geojson', 'jsonl']) {
      document.getElementById('x-' + kind).href = 'api/export.' + kind + '?' + query();
    }
  }

  function getJson(url) {
    return fetch(url).then(r => r.json().then(body => {
      if (!r.ok) { throw new Error(body.error || r.statusText); }
      return body;
    }));
  }

  function refresh() {
    writeUrl();
    loadEvents();
    loadTimeline();
  }

  function loadEvents() {
    getJson('api/events?' + query({ size: 5000 })).then(page => {
      clusters.clearLayers();
      const markers = [];
      for (const e of page.events) {
        if (e.lat === null || e.lon === null) { continue; }
        const size = 10 + Math.min(10, 2 * (e.sourceCount - 1));
        const icon = L.divIcon({
          className: 'ev-marker ev-' + e.type + (/country/.test(e.coordPrecision || '') ? ' country' : ''),
          html: '', iconSize: [size, size]
        });
        const m = L.marker([e.lat, e.lon], { icon, title: label(e), alt: e.id, riseOnHover: true });
        m.on('add', () => { const el = m.getElement(); if (el) { el.style.background = COLOURS[e.type]; el.dataset.id = e.id; } });
        m.on('click', () => openEvent(e.id));
        markers.push(m);
      }
      clusters.addLayers(markers);
      // The first view frames the events; later filtering leaves the view where the reader put it.
      if (!fitted && markers.length) {
        fitted = true;
        map.fitBounds(L.featureGroup(markers).getBounds(), { maxZoom: 5, padding: [30, 30], animate: false });
      }
      document.getElementById('count').textContent =
        `${page.total} events, ${markers.length} on the map` + (page.total > page.events.length ? ` (first ${page.events.length})` : '');
    }).catch(err => { document.getElementById('count').textContent = 'error: ' + err.message; });
  }

  function label(e) {
    return [e.day, e.type.toLowerCase(), e.actor, e.target ? '→ ' + e.target : null, e.place ? 'in ' + e.place : null,
      e.sourceCount > 1 ? `(${e.sourceCount} sources)` : null].filter(Boolean).join(' ');
  }

  function esc(s) {
    return String(s === null || s === undefined ? '' : s)
      .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }

  function openEvent(id) {
    state.ev = id;
    writeUrl();
    const panel = document.getElementById('panel');
    getJson('api/events/' + encodeURIComponent(id)).then(d => {
      const e = d.event;
      const sources = d.sources.map(s => `
        <div class="source">
          <h3>${/^https?:\/\//i.test(s.url || '') ? `<a href="${esc(s.url)}" target="_blank" rel="noopener noreferrer">${esc(s.headline || s.url)}</a>` : esc(s.headline || s.articleId)}</h3>
          <div class="meta">${esc(s.published || '')}${s.date ? ' · event date ' + esc(s.date) : ''}</div>
          <p class="evidence">…${esc(s.before)}<mark>${esc(s.evidence)}</mark>${esc(s.after)}…</p>
        </div>`).join('');
      const quotes = d.quotes.map(q => `<blockquote>“${esc(q.text)}”${q.speaker ? ' — ' + esc(q.speaker) : ''}</blockquote>`).join('');
      panel.innerHTML = `
        <h2 id="ev-title" style="border-left: 6px solid ${COLOURS[e.type]}; padding-left: .4em">${esc(e.type.toLowerCase())}${e.mode ? ' (' + esc(e.mode) + ')' : ''}</h2>
        <div class="meta">${esc(e.day || 'no date')}${e.firstDay && e.firstDay !== e.lastDay ? ` (its sources date it ${esc(e.firstDay)} to ${esc(e.lastDay)})` : ''}
          · ${esc(e.polarity)} · ${e.sourceCount} source${e.sourceCount === 1 ? '' : 's'}</div>
        <p><b>Where:</b> ${esc(e.place || 'unknown')}${e.country ? ' (' + esc(e.country) + ')' : ''}${WHERE_NOTE[e.coordPrecision] || ''}</p>
        <p><b>Actors:</b> ${d.actors.length ? d.actors.map(esc).join(', ') : 'none named'}</p>
        ${e.fatalities !== null ? `<p><b>Fatalities:</b> ${e.fatalities}</p>` : ''}
        ${e.acledEventType ? `<p><b>ACLED:</b> ${esc(e.acledEventType)} / ${esc(e.acledSubEventType || '')}</p>` : ''}
        ${quotes ? '<h3>Quotes</h3>' + quotes : ''}
        <h3>Sources</h3>${sources}`;
    }).catch(err => { panel.textContent = 'Cannot load the event: ' + err.message; });
  }

  // ---- timeline: bars per day for the filters without their time range; drag to choose days ----
  const svg = document.getElementById('timeline');
  let days = [];
  function loadTimeline() {
    getJson('api/timeline?' + query({}, true)).then(counts => { days = counts; drawTimeline(); });
  }

  function dayNumber(iso) { return Date.parse(iso + 'T00:00:00Z') / 86400000; }
  function isoOf(n) { return new Date(n * 86400000).toISOString().slice(0, 10); }

  function drawTimeline(brushFrom, brushTo) {
    const w = svg.clientWidth || 800;
    const h = svg.clientHeight || 70;
    svg.setAttribute('viewBox', `0 0 ${w} ${h}`);
    document.getElementById('range').textContent = state.from || state.to ? `from ${state.from || '…'} to ${state.to || '…'}` : '';
    document.getElementById('range-clear').hidden = !(state.from || state.to);
    if (!days.length) { svg.innerHTML = '<text x="4" y="30">no dated events</text>'; return; }
    const first = dayNumber(days[0].day);
    const last = dayNumber(days[days.length - 1].day);
    const span = Math.max(1, last - first + 1);
    const max = Math.max(...days.map(d => d.count));
    const x = n => 4 + (n - first) / span * (w - 8);
    const bw = Math.min(30, Math.max(1, (w - 8) / span - 0.5));
    const from = state.from ? dayNumber(state.from) : -Infinity;
    const to = state.to ? dayNumber(state.to) : Infinity;
    let html = days.map(d => {
      const n = dayNumber(d.day);
      const bh = Math.max(1, d.count / max * (h - 16));
      return `<rect class="bar${n < from || n > to ? ' out' : ''}" x="${x(n)}" y="${h - 12 - bh}" width="${bw}" height="${bh}"><title>${d.day}: ${d.count}</title></rect>`;
    }).join('');
    html += `<text x="4" y="${h - 1}">${days[0].day}</text><text x="${w - 4}" y="${h - 1}" text-anchor="end">${days[days.length - 1].day}</text>`;
    if (brushFrom !== undefined) {
      const a = Math.min(brushFrom, brushTo);
      const b = Math.max(brushFrom, brushTo);
      html += `<rect class="brush" x="${a}" y="0" width="${Math.max(1, b - a)}" height="${h - 12}"></rect>`;
    }
    svg.innerHTML = html;
    svg.dataset.first = first;
    svg.dataset.span = span;
  }

  let dragStart = null;
  function svgX(ev) { const r = svg.getBoundingClientRect(); return ev.clientX - r.left; }
  svg.addEventListener('mousedown', ev => { dragStart = svgX(ev); });
  svg.addEventListener('mousemove', ev => { if (dragStart !== null) { drawTimeline(dragStart, svgX(ev)); } });
  window.addEventListener('mouseup', ev => {
    if (dragStart === null || !days.length) { dragStart = null; return; }
    const w = svg.clientWidth || 800;
    const first = Number(svg.dataset.first);
    const span = Number(svg.dataset.span);
    const toDay = px => first + Math.min(span - 1, Math.floor((Math.min(Math.max(px, 4), w - 4) - 4) / (w - 8) * span));
    const a = toDay(Math.min(dragStart, svgX(ev)));
    const b = toDay(Math.max(dragStart, svgX(ev)));
    dragStart = null;
    state.from = isoOf(a);
    state.to = isoOf(b);
    refresh();
  });
  window.addEventListener('resize', () => drawTimeline());

  refresh();
  if (state.ev) { openEvent(state.ev); }
})();
