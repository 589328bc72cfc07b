/**
 * The report's browser script, inlined as text. It reads the embedded JSON once, lists documents,
 * applies filters, and renders a document's rows only when that document is shown, so a report of
 * thousands of documents opens as fast as one of ten. Kept to plain ES2020 with no dependencies;
 * it draws the rows the TypeScript view model built and takes no decision of its own.
 */
export const REVIEW_CLIENT_JS = String.raw`
(() => {
  'use strict';
  const data = JSON.parse(document.getElementById('review-data').textContent);
  const docs = data.docs;
  const $ = (id) => document.getElementById(id);
  const ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
  const esc = (text) => String(text).replace(/[&<>"']/g, (c) => ESC[c]);
  const colour = (category) => data.colours[category] || '#777';
  const MARKS = { kept: ' ', blank: ' ', removed: '−', trimmed: '~', title: '#', metadata: '@', unexplained: '?' };
  /** Runs of at least FOLD_MIN removed lines show FOLD_SHOWN of them and fold the rest. */
  const FOLD_MIN = 10;
  const FOLD_SHOWN = 3;
  const state = { rule: '', category: '', name: '', splitsOnly: false, hideKept: false, current: -1, visible: [] };

  const facts = docs.map((doc) => ({
    removed: doc.rows.filter((row) => row.kind === 'line' && row.status === 'removed').length,
    trimmed: doc.rows.filter((row) => row.kind === 'line' && row.status !== 'removed' && row.spans && row.spans.length > 0).length,
    name: doc.name.toLowerCase(),
  }));

  /** With a rule and a category chosen, one removal must fit both. */
  function matches(index) {
    const doc = docs[index];
    if ((state.rule || state.category) && !doc.removals.some(removalFits)) return false;
    if (state.splitsOnly && doc.articleCount < 2) return false;
    if (state.name && !facts[index].name.includes(state.name)) return false;
    return true;
  }

  function removalFits(removal) {
    return (!state.rule || removal.ruleId === state.rule) && (!state.category || removal.category === state.category);
  }

  function refreshList() {
    state.visible = docs.map((_, index) => index).filter(matches);
    $('doc-count').textContent = state.visible.length + ' of ' + docs.length + ' documents';
    $('doc-list').innerHTML = state.visible.map(listItem).join('');
  }

  function applyFilters() {
    refreshList();
    if (currentView() !== 'doc') return;
    if (state.visible.includes(state.current)) showDoc(state.current);
    else if (state.visible.length > 0) go(state.visible[0]);
    else showDoc(-1);
  }

  function listItem(index) {
    const doc = docs[index];
    const fact = facts[index];
    const meta = doc.error
      ? '<span class="err">' + esc(doc.error) + '</span>'
      : plural(doc.articleCount, 'article') + ' · ' + describeRemovals(fact) + ' · ' + plural(doc.lineCount, 'line');
    return '<li><a href="#doc=' + index + '" id="item-' + index + '"' + (index === state.current ? ' class="on"' : '') + '>' +
      '<span class="name" title="' + esc(doc.source) + '">' + esc(doc.name) + '</span><span class="meta">' + meta + '</span></a></li>';
  }

  function describeRemovals(fact) {
    return fact.removed + ' removed' + (fact.trimmed > 0 ? ' · ' + fact.trimmed + ' trimmed' : '');
  }

  function plural(count, noun) {
    return count + ' ' + noun + (count === 1 ? '' : 's');
  }

  function signed(weight) {
    return (weight >= 0 ? '+' : '−') + Math.abs(weight).toFixed(2);
  }

  function ruleHref(id) {
    return '#rule-' + encodeURIComponent(id);
  }

  function articleRow(row, docIndex) {
    let html = '<div class="art" id="d' + docIndex + '-a' + row.index + '"><span class="n">Article ' + (row.index + 1) + ' of ' + row.count + '</span>';
    if (row.boundary) {
      const score = row.boundary.score;
      html += '<span class="gauge" title="split score"><i style="width:' + Math.round(score * 100) + '%"></i></span>' +
        '<span class="score">split ' + score.toFixed(2) + '</span>' +
        row.boundary.signals.slice(0, 4).map((s) =>
          '<span class="sig' + (s.weight < 0 ? ' neg' : '') + '" title="contribution to the split log-odds">' + esc(s.name) + ' ' + signed(s.weight) + '</span>').join('');
    }
    const where = row.lines[0] === row.lines[1] ? 'line ' + row.lines[0] : 'lines ' + row.lines[0] + '–' + row.lines[1];
    html += '<span class="meta">' + where + ' · ' + plural(row.words, 'word') + '</span>';
    if (row.title !== null) html += '<span class="meta">title: ' + esc(row.title) + '</span>';
    return html + '</div>';
  }

  function candidateRow(row) {
    return '<div class="cand">no split before line ' + row.line + (row.score === null ? '' : ' · score ' + row.score.toFixed(2)) + ' · ' + esc(row.reason) + '</div>';
  }

  function reasonOf(removal) {
    return removal.ruleId + ' (' + removal.category + '): ' + removal.reason + (removal.score === undefined ? '' : ' · score ' + removal.score.toFixed(2));
  }

  function lineRow(row, doc, previousKey) {
    const removals = row.removals.map((k) => doc.removals[k]);
    const key = ruleKey(row, doc);
    const classes = ['ln', 'st-' + row.status];
    if (removals.length > 0 && (state.rule || state.category)) classes.push(removals.some(removalFits) ? 'match' : 'dim');
    const style = removals.length > 0 ? ' style="--c:' + colour(removals[0].category) + '"' : '';
    const title = removals.length > 0 ? ' title="' + esc(removals.map(reasonOf).join('\n')) + '"' : '';
    let chip = '';
    if (removals.length > 0 && key !== previousKey) {
      const first = removals[0];
      chip = '<a class="chip" href="' + ruleHref(first.ruleId) + '" style="--c:' + colour(first.category) + '">' + esc(first.ruleId) +
        (removals.length > 1 ? ' +' + (removals.length - 1) : '') + '</a>';
    }
    let text;
    if (row.spans && row.spans.length > 0) {
      text = '';
      let at = 0;
      for (const span of row.spans) {
        text += esc(row.text.slice(at, span.start)) + '<del title="' + esc(reasonOf(doc.removals[span.removal])) + '">' + esc(row.text.slice(span.start, span.end)) + '</del>';
        at = span.end;
      }
      text += esc(row.text.slice(at));
    } else text = esc(row.text);
    return '<div class="' + classes.join(' ') + '" data-line="' + row.line + '"' + style + title + '><span class="no">' + row.line +
      '</span><span class="mk">' + MARKS[row.status] + '</span><span class="rl">' + chip + '</span><span class="tx">' + text + '</span></div>';
  }

  /** Rule ids of a line's removals: a chip is drawn where this changes, not on every line of a block. */
  function ruleKey(row, doc) {
    return row.removals.map((k) => doc.removals[k].ruleId).join(',');
  }

  function renderRows(doc, docIndex) {
    const parts = [];
    let previousKey = '';
    let run = [];
    const flush = () => {
      // A block holding lines the filter asks for stays open.
      if (run.length >= FOLD_MIN && !run.some((row) => row.matched)) {
        const hidden = run.slice(FOLD_SHOWN);
        const rules = [...new Set(hidden.flatMap((row) => ruleKey(row, doc).split(',')))].join(', ');
        parts.push(...run.slice(0, FOLD_SHOWN).map((row) => row.html),
          '<button class="fold" type="button">▸ ' + hidden.length + ' more removed lines (' + esc(rules) + ')</button>' +
          '<div class="folded" hidden>' + hidden.map((row) => row.html).join('') + '</div>');
      } else parts.push(...run.map((row) => row.html));
      run = [];
    };
    for (const row of doc.rows) {
      if (row.kind === 'line') {
        const key = ruleKey(row, doc);
        const html = lineRow(row, doc, previousKey);
        previousKey = key;
        if (row.status === 'removed') {
          run.push({ html, removals: row.removals, matched: (state.rule || state.category) && row.removals.some((k) => removalFits(doc.removals[k])) });
          continue;
        }
        flush();
        parts.push(html);
      } else {
        flush();
        parts.push(row.kind === 'article' ? articleRow(row, docIndex) : candidateRow(row));
      }
    }
    flush();
    return parts.join('');
  }

  function ruleChips(doc) {
    const entries = Object.entries(doc.linesByRule).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    if (entries.length === 0) return '<div class="chips"><span class="meta">nothing removed</span></div>';
    return '<div class="chips">' + entries.map(([id, lines]) => {
      const removal = doc.removals.find((r) => r.ruleId === id);
      const known = data.rules[id];
      return '<a class="chip" data-filter-rule="' + esc(id) + '" href="' + ruleHref(id) + '" style="--c:' + colour(removal.category) + '" title="' +
        esc((known ? known.description : removal.reason) + ' — click to filter by this rule') + '">' + esc(id) + ' <b>' + lines + '</b></a>';
    }).join('') + '</div>';
  }

  function showDoc(index) {
    const section = $('view-doc');
    state.current = index;
    for (const item of document.querySelectorAll('#doc-list a.on')) item.classList.remove('on');
    if (index < 0 || !docs[index]) {
      section.innerHTML = '<div class="empty">No document matches these filters.</div>';
      return;
    }
    const item = $('item-' + index);
    if (item) {
      item.classList.add('on');
      item.scrollIntoView({ block: 'nearest' });
    }
    const doc = docs[index];
    const position = state.visible.indexOf(index);
    const stats = doc.error ? 'not reviewed' : plural(doc.lineCount, 'line') + ' · ' + plural(doc.articleCount, 'article') + ' · ' + describeRemovals(facts[index]);
    let html = '<div class="doc-head"><h2>' + esc(doc.source) + '</h2><span class="stats">' + stats + '</span>' +
      '<span class="pager"><button id="prev" ' + (position <= 0 ? 'disabled' : '') + ' title="previous document (k)">◀ prev</button>' +
      '<button id="next" ' + (position < 0 || position >= state.visible.length - 1 ? 'disabled' : '') + ' title="next document (j)">next ▶</button></span></div>';
    if (doc.error) {
      section.innerHTML = html + '<div class="error">' + esc(doc.error) + '</div>';
    } else {
      html += ruleChips(doc) +
        '<div class="legend"><span data-mark="−">removed</span><span data-mark="~">trimmed</span><span data-mark="#">title</span><span data-mark="@">metadata</span><span data-mark="?">dropped without a reason</span></div>' +
        '<div class="listing' + (state.hideKept ? ' hide-kept' : '') + '" style="--rule-col:' + (doc.removals.length > 0 ? '13em' : '0') + '">' + renderRows(doc, index) + '</div>' +
        (doc.notes.length > 0 ? '<div class="notes">' + doc.notes.map((n) => 'note: ' + esc(n)).join('<br>') + '</div>' : '');
      section.innerHTML = html;
    }
    $('prev').onclick = () => step(-1);
    $('next').onclick = () => step(1);
    $('main').scrollTop = 0;
  }

  function go(index) {
    location.hash = '#doc=' + index;
  }

  function step(delta) {
    const position = state.visible.indexOf(state.current);
    const next = state.visible[position + delta];
    if (next !== undefined) go(next);
  }

  function currentView() {
    return $('view-doc').hidden ? ($('view-summary').hidden ? 'rules' : 'summary') : 'doc';
  }

  function showView(name) {
    for (const view of ['doc', 'summary', 'rules']) {
      $('view-' + view).hidden = view !== name;
      $('tab-' + view).classList.toggle('on', view === name);
    }
  }

  function route() {
    const hash = decodeURIComponent(location.hash);
    if (hash === '#summary') showView('summary');
    else if (hash === '#rules' || hash.startsWith('#rule-')) {
      showView('rules');
      const target = document.getElementById(hash.slice(1));
      if (target) target.scrollIntoView({ block: 'start' });
    } else {
      showView('doc');
      const match = /^#doc=(\d+)$/.exec(hash);
      const wanted = match ? Number(match[1]) : -1;
      if (wanted >= 0 && wanted < docs.length) showDoc(wanted);
      else if (state.current >= 0) showDoc(state.current);
      else showDoc(state.visible.length > 0 ? state.visible[0] : -1);
    }
  }

  function setRuleFilter(id) {
    $('f-rule').value = id;
    state.rule = id;
    applyFilters();
  }

  $('f-rule').addEventListener('change', (e) => { state.rule = e.target.value; applyFilters(); });
  $('f-category').addEventListener('change', (e) => { state.category = e.target.value; applyFilters(); });
  $('f-name').addEventListener('input', (e) => { state.name = e.target.value.trim().toLowerCase(); applyFilters(); });
  $('f-splits').addEventListener('change', (e) => { state.splitsOnly = e.target.checked; applyFilters(); });
  $('f-hide').addEventListener('change', (e) => {
    state.hideKept = e.target.checked;
    for (const listing of document.querySelectorAll('.listing')) listing.classList.toggle('hide-kept', state.hideKept);
  });
  $('view-doc').addEventListener('click', (e) => {
    const fold = e.target.closest('.fold');
    if (!fold) return;
    const folded = fold.nextElementSibling;
    folded.hidden = !folded.hidden;
    fold.textContent = (folded.hidden ? '▸' : '▾') + fold.textContent.slice(1);
  });
  document.addEventListener('click', (e) => {
    const trigger = e.target.closest('[data-filter-rule]');
    if (!trigger) return;
    e.preventDefault();
    setRuleFilter(trigger.getAttribute('data-filter-rule'));
    if (currentView() !== 'doc' && state.visible.length > 0) go(state.visible[0]);
  });
  document.addEventListener('keydown', (e) => {
    if (e.metaKey || e.ctrlKey || e.altKey || e.target.closest('input, select, textarea')) return;
    if (e.key === 'j' || e.key === 'ArrowDown' || e.key === 'ArrowRight') {
      if (currentView() !== 'doc') return;
      e.preventDefault();
      step(1);
    } else if (e.key === 'k' || e.key === 'ArrowUp' || e.key === 'ArrowLeft') {
      if (currentView() !== 'doc') return;
      e.preventDefault();
      step(-1);
    } else if (e.key === '/') {
      e.preventDefault();
      $('f-name').focus();
    }
  });
  window.addEventListener('hashchange', route);

  refreshList();
  route();
})();
`;
