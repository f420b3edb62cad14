// geokg web explorer: search an actor, draw its ego network with Cytoscape.js, filter it, read the
// evidence of an edge, ingest an article. Talks only to this application's JSON API.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const KIND_COLOURS = { PERSON: '#e07b39', COUNTRY: '#2f7ebc', ORGANIZATION: '#4a9d5b' };
  let cy = null;
  let centre = null;

  async function api(path, options) {
    const r = await fetch(path, options);
    const body = r.headers.get('content-type')?.includes('json') ? await r.json() : await r.text();
    if (!r.ok) {
      throw new Error((body && body.detail) || r.statusText);
    }
    return body;
  }

  function text(tag, value, cls) {
    const e = document.createElement(tag);
    e.textContent = value == null ? '' : String(value);
    if (cls) e.className = cls;
    return e;
  }

  // ---- search
  let searchTimer = null;
  $('search').addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(search, 200);
  });
  $('search').addEventListener('keydown', (e) => {
    if (e.key === 'Enter') {
      const first = $('results').querySelector('li');
      if (first) first.click();
    }
  });

  async function search() {
    const q = $('search').value.trim();
    const list = $('results');
    list.replaceChildren();
    if (!q) return;
    try {
      const actors = (await api('/api/actors?limit=15&q=' + encodeURIComponent(q))).items;
      for (const a of actors) {
        const li = text('li', a.name);
        li.dataset.id = a.id;
        li.appendChild(text('span', a.kind.toLowerCase() + (a.code ? ' ' + a.code : ''), 'kind'));
        li.addEventListener('click', () => showNetwork(a.id));
        list.appendChild(li);
      }
      if (actors.length === 0) list.appendChild(text('li', 'no actor found', 'hint'));
    } catch (e) {
      list.appendChild(text('li', e.message, 'hint'));
    }
  }

  // ---- filters
  async function loadTypes() {
    try {
      const stats = await api('/api/stats?top=1&days=1');
      const select = $('types');
      for (const t of stats.relationshipTypes) {
        if (t.name === 'MENTIONS' || t.name === 'HOLDS_ROLE') continue;
        const o = text('option', t.name + ' (' + t.count + ')');
        o.value = t.name;
        select.appendChild(o);
      }
    } catch (e) { /* the filter stays empty; the network still works */ }
  }

  function filterQuery() {
    const p = new URLSearchParams();
    p.set('depth', $('depth').value);
    for (const o of $('types').selectedOptions) p.append('type', o.value);
    if ($('since').value) p.set('since', $('since').value);
    if ($('until').value) p.set('until', $('until').value);
    const conf = parseFloat($('min-confidence').value);
    if (conf > 0) p.set('minConfidence', String(conf));
    const arts = parseInt($('min-articles').value, 10);
    if (arts > 1) p.set('minArticles', String(arts));
    p.set('maxNodes', '150');
    p.set('maxEdges', '600');
    return p.toString();
  }

  $('apply').addEventListener('click', () => { if (centre) showNetwork(centre); });

  // ---- network
  async function showNetwork(id) {
    centre = id;
    history.replaceState(null, '', '?actor=' + encodeURIComponent(id));
    $('graph-title').textContent = 'Loading ' + id + '…';
    let net;
    try {
      net = await api('/api/actors/' + encodeURIComponent(id) + '/network?' + filterQuery());
    } catch (e) {
      $('graph-title').textContent = e.message;
      return;
    }
    const centreNode = net.nodes.find((n) => n.id === id);
    $('graph-title').textContent = (centreNode ? centreNode.name : id) + ': ' + net.nodes.length + ' actors, '
      + net.edges.length + ' relations' + (net.truncated ? ' (limited to the strongest ties)' : '');
    const elements = [];
    for (const n of net.nodes) {
      elements.push({ group: 'nodes', data: { id: n.id, label: n.name, kind: n.kind, depth: n.depth } });
    }
    for (const e of net.edges) {
      elements.push({ group: 'edges', data: { id: e.id, source: e.source, target: e.target, label: e.type,
        relationId: e.relationId, articles: e.articles, first: e.firstDate, last: e.lastDate,
        symmetric: e.symmetric } });
    }
    draw(elements, id);
    showProfile(id);
  }

  function draw(elements, centreId) {
    if (cy) cy.destroy();
    cy = cytoscape({
      container: $('graph'),
      elements,
      style: [
        { selector: 'node', style: {
          'background-color': (n) => KIND_COLOURS[n.data('kind')] || '#888', label: 'data(label)',
          'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3, width: 26, height: 26 } },
        { selector: 'node[depth = 0]', style: { width: 40, height: 40, 'border-width': 3, 'border-color': '#222' } },
        { selector: 'edge', style: {
          width: (e) => Math.min(8, 1.5 + e.data('articles')), 'line-color': '#9aa7b4',
          'target-arrow-color': '#9aa7b4', 'target-arrow-shape': 'triangle', 'curve-style': 'bezier',
          label: 'data(label)', 'font-size': 8, color: '#555', 'text-rotation': 'autorotate' } },
        // A symmetric tie (met with, agreed with) has no direction to show.
        { selector: 'edge[?symmetric]', style: { 'target-arrow-shape': 'none' } },
        { selector: ':selected', style: { 'line-color': '#c9b458', 'target-arrow-color': '#c9b458',
          'border-width': 3, 'border-color': '#c9b458' } },
      ],
      layout: { name: elements.length > 2 ? 'cose' : 'grid', animate: false, fit: true, padding: 30 },
    });
    cy.on('tap', 'edge', (evt) => showEvidence(evt.target.data()));
    cy.on('tap', 'node', (evt) => showProfile(evt.target.id()));
    cy.on('dbltap', 'node', (evt) => showNetwork(evt.target.id()));
    window.geokgGraph = cy; // for tests and the curious
  }

  async function showEvidence(edge) {
    const panel = $('details');
    panel.replaceChildren(text('p', 'Loading…', 'hint'));
    try {
      const ev = await api('/api/relations/' + encodeURIComponent(edge.relationId));
      const r = ev.relation;
      panel.replaceChildren();
      panel.appendChild(text('h2', r.source.name + ' ' + r.type + ' ' + r.target.name));
      const dl = document.createElement('dl');
      for (const [k, v] of [['date', r.date], ['place', r.place], ['PLOVER', r.plover + ' (CAMEO ' + r.cameo + ')'],
        ['confidence', r.confidence], ['articles', edge.articles]]) {
        if (v == null) continue;
        dl.appendChild(text('dt', k));
        dl.appendChild(text('dd', v));
      }
      panel.appendChild(dl);
      for (const s of r.sentences) panel.appendChild(text('p', s, 'sentence'));
      if (r.article) {
        const a = document.createElement('a');
        a.id = 'article-link';
        a.href = r.article.url || '/api/articles/' + encodeURIComponent(r.article.id);
        a.target = '_blank';
        a.rel = 'noopener';
        a.textContent = 'Open the article: ' + (r.article.title || r.article.url || r.article.id);
        panel.appendChild(a);
        panel.appendChild(text('p', [r.article.publisher, r.article.publishedAt].filter(Boolean).join(', '), 'hint'));
      }
    } catch (e) {
      panel.replaceChildren(text('p', e.message, 'hint'));
    }
  }

  async function showProfile(id) {
    const panel = $('details');
    try {
      const a = await api('/api/actors/' + encodeURIComponent(id));
      panel.replaceChildren(text('h2', a.name));
      const dl = document.createElement('dl');
      for (const [k, v] of [['id', a.id], ['kind', a.kind], ['code', a.code], ['sector', a.sector],
        ['aliases', a.aliases.join(', ')], ['unresolved', a.unresolvedReason]]) {
        if (!v) continue;
        dl.appendChild(text('dt', k));
        dl.appendChild(text('dd', v));
      }
      panel.appendChild(dl);
      if (a.roles.length) {
        panel.appendChild(text('h2', 'Roles'));
        for (const r of a.roles) {
          panel.appendChild(text('p', r.title + ' of ' + r.of.name + (r.at ? ' at ' + r.at.name : '')
            + (r.firstSeen ? ' (' + r.firstSeen + (r.lastSeen !== r.firstSeen ? ' – ' + r.lastSeen : '') + ')' : '')
            // A dictionary role says so, with the span the dictionary gives (open ends left blank).
            + (r.source === 'dictionary' ? ' [dictionary' + (r.from || r.to ? ', ' + (r.from || '') + ' – ' + (r.to || '') : '')
              + ']' : '')));
        }
      }
      if (a.relationCounts.length) {
        panel.appendChild(text('h2', 'Relations'));
        panel.appendChild(text('p', a.relationCounts.map((c) => c.type + ' ' + c.count).join(', ')));
      }
      if (id !== centre) {
        const b = text('button', 'Show its network');
        b.addEventListener('click', () => showNetwork(id));
        panel.appendChild(b);
      }
      panel.appendChild(text('p', 'Click an edge to read its evidence.', 'hint'));
    } catch (e) {
      panel.replaceChildren(text('p', e.message, 'hint'));
    }
  }

  // ---- ingest
  $('ingest-button').addEventListener('click', async () => {
    const input = $('ingest-input').value.trim();
    const status = $('ingest-status');
    if (!input) {
      status.textContent = 'Paste a URL or an article first.';
      return;
    }
    const body = /^https?:\/\/\S+$/.test(input) ? { url: input } : { text: input };
    if ($('ingest-date').value) body.publishedAt = $('ingest-date').value;
    status.textContent = 'Reading the article (the first one takes ~30 s while the language models load)…';
    $('ingest-button').disabled = true;
    try {
      const r = await api('/api/articles', { method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body) });
      status.textContent = (r.unchanged ? 'Already in the graph: ' : 'Added: ') + (r.title || r.articleId) + ' — '
        + r.actors.length + ' actors, ' + r.relations.length + ' relations.';
      const first = r.actors.find((a) => r.relations.some((x) => x.source.id === a.id || x.target.id === a.id));
      if (first) showNetwork(first.id);
    } catch (e) {
      status.textContent = 'Not ingested: ' + e.message;
    } finally {
      $('ingest-button').disabled = false;
    }
  });

  loadTypes();
  const start = new URLSearchParams(location.search).get('actor');
  if (start) showNetwork(start);
})();
