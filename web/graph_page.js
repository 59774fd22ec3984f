// The vaultlint graph page (docs/graph.md): draws the JSON of the script
// element "vaultlint-data" with cytoscape. Text from the vault reaches the
// page only through textContent, attributes set as properties, and
// cytoscape's canvas labels; never through innerHTML.
(function () {
  'use strict';
  const data = JSON.parse(document.getElementById('vaultlint-data').textContent);
  const notes = data.notes;
  const kinds = data.kinds;
  const TYPE_COLORS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b',
    '#e377c2', '#17becf', '#bcbd22', '#393b79', '#637939', '#843c39'];
  const KIND_COLORS = ['#7f7f7f', '#17becf', '#9467bd', '#2ca02c', '#d62728', '#ff7f0e',
    '#8c564b', '#e377c2'];

  // Who links to whom, and what belongs to each note.
  const outEdges = notes.map(() => []);
  const inEdges = notes.map(() => []);
  data.edges.forEach((e, i) => { outEdges[e[0]].push(i); inEdges[e[1]].push(i); });
  const brokenOf = notes.map(() => []);
  data.broken.forEach((b, i) => brokenOf[b[0]].push(i));
  const findingsOf = notes.map(() => []);
  data.findings.forEach((f, i) => findingsOf[f[0]].push(i));
  const byPath = new Map(notes.map((n, i) => [n.path, i]));
  const types = [...new Set(notes.map((n) => n.type))].sort();
  const tags = [...new Set(notes.flatMap((n) => n.tags))].sort();
  const typeColor = new Map(types.map((t, i) =>
    [t, t === '' ? '#b0b0b0' : TYPE_COLORS[i % TYPE_COLORS.length]]));
  const kindColor = kinds.map((k, i) => KIND_COLORS[i % KIND_COLORS.length]);
  const large = notes.length > data.full_view_limit;

  const state = {
    types: new Set(types),
    kinds: new Set(kinds.map((k, i) => i)),
    tag: '',
    broken: true,
    neighbourhood: large,
    depth: 1,
    focus: -1,
    selected: -1,
  };

  const $ = (id) => document.getElementById(id);
  function el(tag, props, children) {
    const node = document.createElement(tag);
    Object.assign(node, props || {});
    for (const child of children || []) node.append(child);
    return node;
  }
  function label(n) { return n.title || n.id; }

  // ---- what is shown -------------------------------------------------
  function noteShown(i) {
    const n = notes[i];
    return state.types.has(n.type) && (state.tag === '' || n.tags.includes(state.tag));
  }
  function edgeShown(e) {
    return state.kinds.has(e[2]) && noteShown(e[0]) && noteShown(e[1]);
  }
  /// The kept notes: all shown ones, or those within `depth` hops of the focus.
  function keptNotes() {
    if (!state.neighbourhood || state.focus < 0) {
      return notes.map((n, i) => i).filter(noteShown);
    }
    const seen = new Set([state.focus]);
    let frontier = [state.focus];
    for (let d = 0; d < state.depth; ++d) {
      const next = [];
      for (const i of frontier) {
        for (const j of outEdges[i].concat(inEdges[i])) {
          const e = data.edges[j];
          if (!edgeShown(e)) continue;
          const other = e[0] === i ? e[1] : e[0];
          if (!seen.has(other)) { seen.add(other); next.push(other); }
        }
      }
      frontier = next;
    }
    return [...seen];
  }

  const cy = cytoscape({
    container: $('graph'),
    // While panning or zooming a large view, move a bitmap instead of redrawing every element.
    textureOnViewport: large,
    hideEdgesOnViewport: large,
    minZoom: 0.02,
    style: [
      { selector: 'node', style: {
        'background-color': 'data(color)', 'label': 'data(label)', 'font-size': 10,
        'text-valign': 'bottom', 'text-margin-y': 2, 'width': 'data(size)', 'height': 'data(size)',
        'min-zoomed-font-size': 7 } },
      { selector: 'node.has-error', style: { 'border-width': 3, 'border-color': '#d00' } },
      { selector: 'node.has-warning', style: { 'border-width': 3, 'border-color': '#e90' } },
      { selector: 'node.missing', style: {
        'shape': 'round-rectangle', 'background-color': '#fff', 'border-width': 1,
        'border-style': 'dashed', 'border-color': '#d00', 'color': '#d00', 'width': 12, 'height': 12 } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#000' } },
      { selector: 'edge', style: {
        'line-color': 'data(color)', 'target-arrow-color': 'data(color)',
        'target-arrow-shape': 'triangle', 'curve-style': 'bezier', 'width': 1.5, 'arrow-scale': 0.8 } },
      // Straight edges without arrows draw many times faster: the whole graph of a large vault.
      { selector: 'edge.fast', style: { 'curve-style': 'haystack', 'haystack-radius': 0,
        'target-arrow-shape': 'none', 'width': 0.5, 'opacity': 0.5 } },
      { selector: 'edge.missing', style: { 'line-style': 'dashed', 'line-color': '#d00',
        'target-arrow-color': '#d00' } },
    ],
  });

  function render() {
    const kept = keptNotes();
    const keptSet = new Set(kept);
    const elements = [];
    for (const i of kept) {
      const fs = findingsOf[i].map((k) => data.findings[k][4]);
      const degree = outEdges[i].length + inEdges[i].length;
      elements.push({ group: 'nodes', data: { id: 'n' + i, note: i, label: label(notes[i]),
        color: typeColor.get(notes[i].type), size: 14 + Math.min(26, 3 * Math.sqrt(degree)) },
        classes: fs.includes('error') ? 'has-error' : fs.includes('warning') ? 'has-warning' : '' });
    }
    let edgeCount = 0;
    const edgeClass = kept.length > data.full_view_limit ? 'fast' : '';
    data.edges.forEach((e, j) => {
      if (!keptSet.has(e[0]) || !keptSet.has(e[1]) || !edgeShown(e)) return;
      ++edgeCount;
      elements.push({ group: 'edges', data: { id: 'e' + j, source: 'n' + e[0], target: 'n' + e[1],
        color: kindColor[e[2]] }, classes: edgeClass });
    });
    let brokenCount = 0;
    if (state.broken) {
      data.broken.forEach((b, k) => {
        if (!keptSet.has(b[0]) || !state.kinds.has(b[2])) return;
        ++brokenCount;
        elements.push({ group: 'nodes', data: { id: 'b' + k, note: b[0], label: b[1], color: '#fff', size: 12 },
          classes: 'missing' });
        elements.push({ group: 'edges', data: { id: 'be' + k, source: 'n' + b[0], target: 'b' + k,
          color: '#d00' }, classes: 'missing' });
      });
    }
    cy.batch(() => { cy.elements().remove(); cy.add(elements); });
    const focusId = 'n' + state.focus;
    const layout = state.neighbourhood && state.focus >= 0
      ? { name: 'concentric', concentric: (node) => (node.id() === focusId ? 2 : 1),
          levelWidth: () => 1, minNodeSpacing: 12, animate: false }
      : kept.length <= data.full_view_limit
        ? { name: 'cose', animate: false, randomize: false, nodeRepulsion: () => 60000,
            idealEdgeLength: () => 60, numIter: 600 }
        : { name: 'grid', animate: false };
    cy.layout(layout).run();
    cy.fit(undefined, 30);
    if (state.selected >= 0) cy.$id('n' + state.selected).select();
    $('shown-notes').textContent = String(kept.length);
    $('shown-links').textContent = String(edgeCount);
    $('shown-broken').textContent = String(brokenCount);
    $('view-mode').textContent = state.neighbourhood && state.focus >= 0
      ? 'around ' + label(notes[state.focus]) + ' (' + state.depth + (state.depth === 1 ? ' hop)' : ' hops)')
      : 'whole graph';
  }

  // ---- the note panel --------------------------------------------------
  function noteButton(i, text) {
    const b = el('button', { className: 'note-link', type: 'button', textContent: text || label(notes[i]) });
    b.addEventListener('click', () => select(i));
    return b;
  }
  function section(title, count, items) {
    const list = el('ul', {}, items.map((item) => el('li', {}, [item])));
    return el('section', { className: 'panel-section' },
      [el('h3', { textContent: title + ' (' + count + ')' }), list]);
  }
  function showPanel(i) {
    const n = notes[i];
    const panel = $('panel');
    panel.replaceChildren();
    panel.append(el('h2', { id: 'panel-title', textContent: label(n) }));
    panel.append(el('p', { className: 'path', textContent: n.path }));
    const facts = el('dl', {}, [
      el('dt', { textContent: 'id' }), el('dd', { textContent: n.id }),
      el('dt', { textContent: 'type' }), el('dd', { textContent: n.type || '(none)' }),
      el('dt', { textContent: 'tags' }), el('dd', { textContent: n.tags.join(', ') || '(none)' }),
    ]);
    if (n.aliases.length) {
      facts.append(el('dt', { textContent: 'aliases' }), el('dd', { textContent: n.aliases.join(', ') }));
    }
    panel.append(facts);
    panel.append(el('section', { className: 'panel-section' }, [
      el('h3', { textContent: 'Front matter' }),
      el('pre', { id: 'front-matter', textContent: n.front_matter || '(none)' })]));
    const findings = findingsOf[i].map((k) => {
      const f = data.findings[k];
      return el('span', { className: 'finding ' + f[4],
        textContent: f[1] + ':' + f[2] + ' ' + f[4] + ': ' + f[5] + ' [' + f[3] + ']' });
    });
    const findingsSection = section('Findings', findings.length, findings);
    findingsSection.id = 'findings';
    panel.append(findingsSection);
    const back = inEdges[i].map((j) => data.edges[j]);
    const backSection = section('Backlinks', back.length,
      back.map((e) => el('span', {}, [noteButton(e[0]), ' ' + kinds[e[2]] + ', line ' + e[3]])));
    backSection.id = 'backlinks';
    panel.append(backSection);
    const out = outEdges[i].map((j) => data.edges[j]);
    panel.append(section('Links out', out.length,
      out.map((e) => el('span', {}, [noteButton(e[1]), ' ' + kinds[e[2]] + ', line ' + e[3]]))));
    const broken = brokenOf[i].map((k) => data.broken[k]);
    const brokenSection = section('Broken references', broken.length,
      broken.map((b) => el('span', { className: 'broken-ref',
        textContent: b[1] + ' (' + kinds[b[2]] + ', line ' + b[3] + ', ' + b[4] + ')' })));
    brokenSection.id = 'broken';
    panel.append(brokenSection);
    const focus = el('button', { type: 'button', id: 'focus-here', textContent: 'Show its neighbourhood' });
    focus.addEventListener('click', () => { state.neighbourhood = true; state.focus = i; syncControls(); render(); });
    panel.append(focus);
  }

  function select(i, fromHash) {
    state.selected = i;
    if (state.neighbourhood && !cy.$id('n' + i).nonempty()) { state.focus = i; render(); }
    cy.$(':selected').unselect();
    const node = cy.$id('n' + i);
    if (node.nonempty()) {
      node.select();
      cy.animate({ center: { eles: node }, duration: 200 });
    }
    showPanel(i);
    $('results').replaceChildren();
    if (!fromHash) history.replaceState(null, '', '#note=' + encodeURIComponent(notes[i].path));
  }

  // ---- search ----------------------------------------------------------
  function search(text) {
    const q = text.trim().toLowerCase();
    const results = $('results');
    results.replaceChildren();
    if (!q) return;
    const hits = [];
    for (let i = 0; i < notes.length && hits.length < 30; ++i) {
      const n = notes[i];
      if ([n.title, n.id, n.path].concat(n.aliases).some((s) => s.toLowerCase().includes(q))) hits.push(i);
    }
    for (const i of hits) {
      const b = noteButton(i, label(notes[i]) + ' \u2014 ' + notes[i].path);
      results.append(el('li', {}, [b]));
    }
    if (!hits.length) results.append(el('li', { className: 'none', textContent: 'no note matches' }));
  }
  $('search').addEventListener('input', (ev) => search(ev.target.value));
  $('search').addEventListener('keydown', (ev) => {
    const first = $('results').querySelector('button');
    if (ev.key === 'Enter' && first) first.click();
  });

  // ---- filters ---------------------------------------------------------
  function checkbox(name, color, checked, onChange) {
    const box = el('input', { type: 'checkbox', checked });
    box.addEventListener('change', () => { onChange(box.checked); render(); });
    const swatch = el('span', { className: 'swatch' });
    swatch.style.background = color;
    return el('label', { className: 'filter' }, [box, swatch, name]);
  }
  const typeCount = new Map();
  notes.forEach((n) => typeCount.set(n.type, (typeCount.get(n.type) || 0) + 1));
  $('type-filters').append(...types.map((t) => checkbox((t || '(no type)') + ' ' + typeCount.get(t),
    typeColor.get(t), true, (on) => (on ? state.types.add(t) : state.types.delete(t)))));
  const kindCount = kinds.map(() => 0);
  data.edges.forEach((e) => ++kindCount[e[2]]);
  $('kind-filters').append(...kinds.map((k, i) => checkbox(k + ' ' + kindCount[i], kindColor[i], true,
    (on) => (on ? state.kinds.add(i) : state.kinds.delete(i)))));
  $('broken-filter').append(checkbox('broken references ' + data.broken.length, '#d00', true,
    (on) => { state.broken = on; }));
  const tagSelect = $('tag-filter');
  tagSelect.append(el('option', { value: '', textContent: 'any tag' }),
    ...tags.map((t) => el('option', { value: t, textContent: t })));
  tagSelect.addEventListener('change', () => { state.tag = tagSelect.value; render(); });
  const modeBox = $('neighbourhood');
  const depthSelect = $('depth');
  function syncControls() { modeBox.checked = state.neighbourhood; depthSelect.value = String(state.depth); }
  modeBox.addEventListener('change', () => {
    state.neighbourhood = modeBox.checked;
    if (state.neighbourhood && state.focus < 0) state.focus = state.selected >= 0 ? state.selected : hub();
    render();
  });
  depthSelect.addEventListener('change', () => { state.depth = Number(depthSelect.value); render(); });

  /// The note with the most links: where a large vault's page opens.
  function hub() {
    let best = 0;
    notes.forEach((n, i) => {
      const d = outEdges[i].length + inEdges[i].length;
      if (d > outEdges[best].length + inEdges[best].length) best = i;
    });
    return notes.length ? best : -1;
  }

  function noteFromHash() {
    const m = /^#note=(.*)$/.exec(location.hash);
    if (!m) return -1;
    let path;
    try { path = decodeURIComponent(m[1]); } catch (e) { return -1; }
    return byPath.has(path) ? byPath.get(path) : -1;
  }

  $('total-notes').textContent = String(notes.length);
  $('total-links').textContent = String(data.edges.length);
  $('vault-name').textContent = data.vault;
  if (large) {
    $('large-note').textContent = 'More than ' + data.full_view_limit +
      ' notes: showing one note\u2019s neighbourhood. Untick \u201cneighbourhood only\u201d for the whole graph.';
  }
  const start = noteFromHash();
  if (state.neighbourhood) state.focus = start >= 0 ? start : hub();
  syncControls();
  render();
  // A large vault opens on its hub: show what that note is, too.
  if (start >= 0) select(start, true);
  else if (state.neighbourhood && state.focus >= 0) select(state.focus, true);
  window.addEventListener('hashchange', () => { const i = noteFromHash(); if (i >= 0) select(i, true); });
  cy.on('tap', 'node', (ev) => select(ev.target.data('note')));
  document.body.dataset.ready = 'true';
})();
