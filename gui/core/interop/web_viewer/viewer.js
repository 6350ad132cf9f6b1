// The Inroads web page viewer: lanes on a date axis, zoom and pan, search, and an event's details with its
// quoted passage highlighted in the source text. Every string from the timeline goes in as text
// (textContent, createTextNode, SVG <text>), never as HTML. Written for Inroads; nothing is loaded.
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var AXIS = 30, ROW = 24, LANE_GAP = 10, LANE_HEAD = 20, MAX_ROWS = 12, CHAR = 6.6, MIN_SPAN = 3;
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  var data = JSON.parse(document.getElementById("inroads-data").textContent);
  var events = data.events;
  events.forEach(function (e) {  // the fields the exporter leaves out when they have their usual value
    var status = data.statuses[e.status];
    e.precision = e.precision || "day";
    e.partners = e.partners || [];
    e.notes = e.notes || "";
    e.evidence = e.evidence || [];
    e.opacity = status.opacity;
    e.hollow = status.hollow;
    e.statusLabel = status.label;
    e.evidence.forEach(function (item) {
      if (item.at) item.quote = data.sources[item.source].text.slice(item.at[0], item.at[1]);
    });
  });
  var view = { t0: 0, t1: 1 }, home = { t0: 0, t1: 1 }, width = 800, selected = -1, query = "";
  var matches = null, laneTop = [], laneRows = [];

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    for (var key in attrs || {}) node.setAttribute(key, attrs[key]);
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }
  function svg(tag, attrs, text) {
    var node = document.createElementNS(SVG, tag);
    for (var key in attrs) node.setAttribute(key, attrs[key]);
    if (text !== undefined) node.textContent = String(text);
    return node;
  }

  // Days since 1970-01-01 <-> civil dates (H. Hinnant's algorithms, as in the app).
  function fromCivil(y, m, d) {
    y -= m <= 2 ? 1 : 0;
    var era = Math.floor(y / 400), yoe = y - era * 400;
    var doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
    return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
  }
  function toCivil(days) {
    days += 719468;
    var era = Math.floor(days / 146097), doe = days - era * 146097;
    var yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
    var doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
    var mp = Math.floor((5 * doy + 2) / 153), d = doy - Math.floor((153 * mp + 2) / 5) + 1;
    var m = mp + (mp < 10 ? 3 : -9);
    return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
  }

  // ---------------------------------------------------------------- the page's parts
  var header = el("header");
  header.appendChild(el("h1", {}, data.title || "Timeline"));
  if (data.description) header.appendChild(el("p", { "class": "description" }, data.description));
  var tools = el("div", { "class": "tools", role: "search" });
  var search = el("input", { type: "search", id: "search", placeholder: "Search events", "aria-label": "Search events" });
  var count = el("span", { id: "count", "aria-live": "polite" });
  var zoomOut = el("button", { type: "button", id: "zoom-out", "aria-label": "Zoom out" }, "−");
  var zoomIn = el("button", { type: "button", id: "zoom-in", "aria-label": "Zoom in" }, "+");
  var reset = el("button", { type: "button", id: "zoom-reset" }, "Whole timeline");
  [search, zoomOut, zoomIn, reset, count].forEach(function (node) { tools.appendChild(node); });
  header.appendChild(tools);
  var legend = el("ul", { "class": "legend", "aria-label": "Kinds" });
  Object.keys(data.kinds).forEach(function (kind) {
    var item = el("li"), swatch = el("span", { "class": "swatch" });
    swatch.style.background = data.kinds[kind].color;
    item.appendChild(swatch);
    item.appendChild(document.createTextNode(data.kinds[kind].label));
    legend.appendChild(item);
  });
  var keyItem = el("li", { "class": "key" });
  keyItem.appendChild(document.createTextNode("Hollow: rumoured or cancelled · Pale band: known only to the month or year"));
  legend.appendChild(keyItem);
  header.appendChild(legend);
  var main = el("main");
  var pane = el("section", { id: "timeline", tabindex: "0", "aria-label": "Timeline: drag or use the arrow keys to move, the wheel or + and − to zoom" });
  var chart = svg("svg", { id: "chart", role: "img", "aria-label": "Events by lane over time" });
  pane.appendChild(chart);
  var results = el("ol", { id: "results", "aria-label": "Search results" });
  var details = el("aside", { id: "details", "aria-live": "polite" });
  details.hidden = true;
  main.appendChild(pane);
  main.appendChild(details);
  document.body.appendChild(header);
  document.body.appendChild(results);
  document.body.appendChild(main);
  if (!events.length) pane.appendChild(el("p", { "class": "empty" }, "No events in this timeline."));

  // ---------------------------------------------------------------- rows: events that overlap share no row
  function pack() {
    var first = Infinity, last = -Infinity;
    events.forEach(function (e) { first = Math.min(first, e.start); last = Math.max(last, e.end); });
    if (!events.length) { first = 0; last = 365; }
    var shown = data.shown || [null, null];
    var pad = Math.max(15, (last - first) * 0.04);  // and room on the right for the last events' titles
    home = { t0: shown[0] !== null ? shown[0] : first - pad, t1: shown[1] !== null ? shown[1] : last + 6 * pad };
    var perDay = Math.max(pane.clientWidth || 800, 300) / (home.t1 - home.t0);
    var ends = data.lanes.map(function () { return []; });
    events.forEach(function (e, i) {
      e.i = i;
      var room = (e.title.length * CHAR + 24) / perDay, rows = ends[e.lane], row = -1, soonest = 0;
      for (var r = 0; r < rows.length; r++) {
        if (rows[r] <= e.start) { row = r; break; }
        if (rows[r] < rows[soonest]) soonest = r;
      }
      if (row < 0) row = rows.length < MAX_ROWS ? rows.length : soonest;
      rows[row] = Math.max(e.end, e.start + room);
      e.row = row;
    });
    var byRow = {};
    events.forEach(function (e) {
      var key = e.lane + ":" + e.row;
      if (byRow[key]) byRow[key].next = e.start;
      byRow[key] = e;
    });
    var y = AXIS;
    data.lanes.forEach(function (lane, index) {
      laneTop[index] = y;
      laneRows[index] = Math.max(1, ends[index].length);
      y += LANE_HEAD + laneRows[index] * ROW + LANE_GAP;
    });
    laneTop.push(y);
    view = { t0: home.t0, t1: home.t1 };
  }

  // ---------------------------------------------------------------- drawing
  function x(day) { return ((day - view.t0) / (view.t1 - view.t0)) * width; }

  function ticks() {
    var perDay = width / (view.t1 - view.t0), out = [];
    var c = toCivil(Math.floor(view.t0)), d;
    if (perDay * 30.4 < 45) {
      var years = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].filter(function (s) { return s * 365.25 * perDay >= 50; })[0] || 1000;
      for (var y = Math.floor(c[0] / years) * years; (d = fromCivil(y, 1, 1)) < view.t1; y += years) out.push([d, String(y)]);
    } else if (perDay < 4) {
      var months = [1, 2, 3, 6].filter(function (s) { return s * 30.4 * perDay >= 48; })[0] || 6;
      for (var m = c[0] * 12 + Math.floor((c[1] - 1) / months) * months; (d = fromCivil(Math.floor(m / 12), (m % 12) + 1, 1)) < view.t1; m += months)
        out.push([d, m % 12 === 0 || !out.length ? MONTHS[m % 12] + " " + Math.floor(m / 12) : MONTHS[m % 12]]);
    } else {
      var step = [1, 2, 7, 14].filter(function (s) { return s * perDay >= 52; })[0] || 14;
      for (d = Math.floor(view.t0); d < view.t1; d++) {
        var cd = toCivil(d);
        if ((step === 1 || (cd[2] - 1) % step === 0) && cd[2] <= 28) out.push([d, cd[2] + " " + MONTHS[cd[1] - 1] + (cd[1] === 1 && cd[2] === 1 ? " " + cd[0] : "")]);
      }
    }
    return out;
  }

  function marker(e, y, out) {
    var color = (data.kinds[e.kind] || {}).color || "#76b7b2";
    var cls = "event" + (e.i === selected ? " selected" : "") + (matches && !matches[e.i] ? " dim" : "");
    var x0 = x(e.start), x1 = x(e.end), shape;
    var fill = e.hollow ? "#ffffff" : color;
    if (!e.range && e.precision === "day") {
      shape = svg("circle", { cx: (x0 + x1) / 2, cy: y, r: 6, fill: fill, stroke: color, "stroke-width": 2 });
    } else if (!e.range) {  // a vague date: a pale band over the whole month or year, never a point
      var w = Math.max(MIN_SPAN, x1 - x0);
      shape = svg("rect", { x: x0, y: y - 8, width: w, height: 16, rx: 3, fill: e.hollow ? "#ffffff" : color, "fill-opacity": e.hollow ? 1 : 0.3, stroke: color, "stroke-width": e.hollow ? 2 : 1, "stroke-dasharray": e.hollow ? "4 3" : "none", "class": "band" });
    } else {
      shape = svg("rect", { x: x0, y: y - 5, width: Math.max(MIN_SPAN, x1 - x0), height: 10, rx: 5, fill: fill, stroke: color, "stroke-width": 2 });
    }
    // One element per event, and a label where it fits: a page of 10,000 events stays quick to lay out.
    shape.setAttribute("class", cls + (shape.getAttribute("class") ? " band" : ""));
    shape.setAttribute("data-i", e.i);
    shape.setAttribute("opacity", e.opacity);
    out.push(shape);
    if (e.ongoing) out.push(svg("path", { d: "M" + x1 + " " + (y - 6) + "l8 6l-8 6z", fill: color, "data-i": e.i, "class": "event" }));
    var right = e.next !== undefined ? Math.min(x(e.next), width) - 6 : width - 6;
    var left = Math.max(x1 + 6, 4), room = right - left;
    if (room > 40) {
      var chars = Math.floor(room / CHAR), title = e.title.length > chars ? e.title.slice(0, chars - 1) + "…" : e.title;
      out.push(svg("text", { x: left, y: y + 4, "class": "label" + (e.i === selected ? " selected" : "") + (matches && !matches[e.i] ? " dim" : ""), "data-i": e.i }, title));
    }
  }

  function render() {
    width = Math.max(pane.clientWidth, 200);
    var height = laneTop[laneTop.length - 1];
    chart.setAttribute("width", width);
    chart.setAttribute("height", height);
    chart.setAttribute("viewBox", "0 0 " + width + " " + height);
    pane.setAttribute("data-view-start", view.t0.toFixed(2));
    pane.setAttribute("data-view-end", view.t1.toFixed(2));
    while (chart.firstChild) chart.removeChild(chart.firstChild);
    var frag = document.createDocumentFragment();
    data.lanes.forEach(function (lane, index) {
      frag.appendChild(svg("rect", { x: 0, y: laneTop[index], width: width, height: laneTop[index + 1] - laneTop[index] - LANE_GAP / 2, fill: data.bands[index % 2] }));
    });
    var axis = svg("g", { "class": "axis" });
    ticks().forEach(function (t) {
      var tx = x(t[0]);
      axis.appendChild(svg("line", { x1: tx, x2: tx, y1: AXIS - 8, y2: laneTop[laneTop.length - 1], "class": "grid" }));
      axis.appendChild(svg("text", { x: tx + 3, y: AXIS - 12 }, t[1]));
    });
    frag.appendChild(axis);
    events.forEach(function (e) {
      if (e.end < view.t0 || e.start > view.t1) return;
      var made = [];
      marker(e, laneTop[e.lane] + LANE_HEAD + e.row * ROW + ROW / 2, made);
      made.forEach(function (node) { frag.appendChild(node); });
    });
    data.lanes.forEach(function (lane, index) {
      var name = svg("text", { x: 6, y: laneTop[index] + 14, "class": "lane-name" }, lane.name);
      frag.appendChild(name);
    });
    chart.appendChild(frag);
  }
  var pending = false;
  function redraw() {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () { pending = false; render(); });
  }

  // ---------------------------------------------------------------- zoom and pan
  function zoom(factor, atX) {
    var span = view.t1 - view.t0, full = home.t1 - home.t0;
    var next = Math.min(Math.max(span * factor, 2), Math.max(full * 8, 30));
    var at = view.t0 + (atX === undefined ? 0.5 : atX / width) * span;
    view.t0 = at - (at - view.t0) * (next / span);
    view.t1 = view.t0 + next;
    redraw();
  }
  function pan(pixels) {
    var days = (pixels / width) * (view.t1 - view.t0);
    view.t0 -= days;
    view.t1 -= days;
    redraw();
  }
  zoomIn.addEventListener("click", function () { zoom(1 / 1.6); });
  zoomOut.addEventListener("click", function () { zoom(1.6); });
  reset.addEventListener("click", function () { view = { t0: home.t0, t1: home.t1 }; redraw(); });
  pane.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var box = pane.getBoundingClientRect();
    if (ev.shiftKey || Math.abs(ev.deltaX) > Math.abs(ev.deltaY)) pan(-(ev.deltaX || ev.deltaY));
    else zoom(Math.exp(ev.deltaY * 0.002), ev.clientX - box.left);
  }, { passive: false });
  pane.addEventListener("keydown", function (ev) {
    var k = ev.key;
    if (k === "+" || k === "=") zoom(1 / 1.6);
    else if (k === "-" || k === "_") zoom(1.6);
    else if (k === "ArrowLeft") pan(width / 8);
    else if (k === "ArrowRight") pan(-width / 8);
    else if (k === "0" || k === "Home") { view = { t0: home.t0, t1: home.t1 }; redraw(); }
    else return;
    ev.preventDefault();
  });
  var pointers = {}, dragged = 0, pinch = 0;
  pane.addEventListener("pointerdown", function (ev) {
    pointers[ev.pointerId] = ev.clientX;
    dragged = 0;
    var ids = Object.keys(pointers);
    if (ids.length === 2) pinch = Math.abs(pointers[ids[0]] - pointers[ids[1]]) || 1;
  });
  pane.addEventListener("pointermove", function (ev) {
    if (!(ev.pointerId in pointers)) return;
    var ids = Object.keys(pointers), dx = ev.clientX - pointers[ev.pointerId];
    pointers[ev.pointerId] = ev.clientX;
    if (ids.length === 2) {
      var apart = Math.abs(pointers[ids[0]] - pointers[ids[1]]) || 1, box = pane.getBoundingClientRect();
      zoom(pinch / apart, (pointers[ids[0]] + pointers[ids[1]]) / 2 - box.left);
      pinch = apart;
      dragged = 99;
    } else if (ids.length === 1) {
      dragged += Math.abs(dx);
      if (dragged > 3) { pane.setPointerCapture(ev.pointerId); pan(dx); }
    }
  });
  function lift(ev) { delete pointers[ev.pointerId]; }
  pane.addEventListener("pointerup", lift);
  pane.addEventListener("pointercancel", lift);
  chart.addEventListener("click", function (ev) {
    var g = ev.target.closest ? ev.target.closest("[data-i]") : null;
    if (g && dragged <= 3) open(+g.getAttribute("data-i"));
  });

  // ---------------------------------------------------------------- search
  function haystack(e) {
    var parts = [e.title, e.when, e.notes, e.statusLabel, data.lanes[e.lane].name, (data.kinds[e.kind] || {}).label].concat(e.partners);
    e.evidence.forEach(function (ev) { parts.push(ev.quote, data.sources[ev.source].title, data.sources[ev.source].publisher); });
    return parts.join("\n").toLowerCase();
  }
  function runSearch() {
    query = search.value.trim().toLowerCase();
    while (results.firstChild) results.removeChild(results.firstChild);
    if (!query) { matches = null; count.textContent = ""; redraw(); return; }
    matches = {};
    var found = [];
    events.forEach(function (e) {
      if (e.hay === undefined) e.hay = haystack(e);
      if (e.hay.indexOf(query) >= 0) { matches[e.i] = true; found.push(e); }
    });
    count.textContent = found.length === 1 ? "1 event" : found.length + " events";
    found.slice(0, 100).forEach(function (e) {
      var item = el("li"), button = el("button", { type: "button", "data-i": e.i });
      button.appendChild(el("span", { "class": "result-title" }, e.title));
      button.appendChild(el("span", { "class": "result-when" }, e.when));
      button.addEventListener("click", function () { show(e.i); });
      item.appendChild(button);
      results.appendChild(item);
    });
    if (found.length > 100) results.appendChild(el("li", { "class": "more" }, "and " + (found.length - 100) + " more; narrow the search"));
    redraw();
  }
  search.addEventListener("input", runSearch);

  // ---------------------------------------------------------------- details
  function row(list, term, value) {
    if (!value) return;
    list.appendChild(el("dt", {}, term));
    list.appendChild(el("dd", {}, value));
  }
  function evidenceBlock(item) {
    var source = data.sources[item.source], box = el("section", { "class": "evidence" });
    box.appendChild(el("h3", {}, source.title || "Untitled source"));
    var meta = [source.publisher, source.date].filter(Boolean).join(" · ");
    if (meta) box.appendChild(el("p", { "class": "meta" }, meta));
    if (source.url && /^https?:\/\//i.test(source.url)) {
      var link = el("a", { href: source.url, rel: "noopener noreferrer", target: "_blank" }, source.url);
      box.appendChild(link);
    }
    box.appendChild(el("blockquote", { "class": "quote" }, item.quote));
    if (!source.text) return box;
    if (!item.at) {
      box.appendChild(el("p", { "class": "meta" }, "This passage was not found in the source's text."));
      return box;
    }
    var text = el("div", { "class": "source-text", tabindex: "0", "aria-label": "The source's text" });
    text.appendChild(document.createTextNode(source.text.slice(0, item.at[0])));
    text.appendChild(el("mark", {}, source.text.slice(item.at[0], item.at[1])));
    text.appendChild(document.createTextNode(source.text.slice(item.at[1])));
    box.appendChild(text);
    return box;
  }
  function open(i) {
    var e = events[i];
    selected = i;
    while (details.firstChild) details.removeChild(details.firstChild);
    var close = el("button", { type: "button", "class": "close", "aria-label": "Close the details" }, "×");
    close.addEventListener("click", function () { details.hidden = true; selected = -1; redraw(); pane.focus(); });
    details.appendChild(close);
    details.appendChild(el("h2", {}, e.title));
    details.appendChild(el("p", { "class": "when" }, e.when));
    var list = el("dl");
    row(list, "Lane", data.lanes[e.lane].name);
    row(list, "Kind", (data.kinds[e.kind] || {}).label);
    row(list, "Status", e.statusLabel);
    row(list, "Partners", e.partners.join(", "));
    row(list, "Notes", e.notes);
    details.appendChild(list);
    e.evidence.forEach(function (item) { details.appendChild(evidenceBlock(item)); });
    details.hidden = false;
    details.querySelectorAll(".source-text").forEach(function (box) {
      var mark = box.querySelector("mark");
      box.scrollTop = Math.max(0, mark.offsetTop - box.clientHeight / 3);  // the box is the mark's offsetParent
    });
    if (window.matchMedia("(max-width: 760px)").matches) details.scrollIntoView({ block: "start" });
    redraw();
  }
  function show(i) {  // a search result: bring the event into view and open it
    var e = events[i], span = view.t1 - view.t0;
    if (e.start < view.t0 || e.end > view.t1) { view.t0 = (e.start + e.end) / 2 - span / 2; view.t1 = view.t0 + span; }
    open(i);
  }
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape" && !details.hidden) { details.hidden = true; selected = -1; redraw(); }
  });
  window.addEventListener("resize", redraw);

  pack();
  render();
})();
