// The Inroads web page viewer: lanes on a date axis, zoom and pan, search, and an event's details with its
// quoted passage highlighted in the source text. Every string from the timeline goes in as text
// (textContent, createTextNode, SVG <text>), never as HTML. Written for Inroads; nothing is loaded.
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var AXIS = 30, ROW = 24, LANE_GAP = 10, LANE_HEAD = 20, MAX_ROWS = 12, CHAR = 6.6, MIN_SPAN = 3;
  // Above SPARSE events on screen, markers are drawn in a canvas; titles stay SVG text whatever the number.
  var SPARSE = 400, ACCENT = "#0b57d0", GRID = "#d8dde3";
  var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  if (window.performance && performance.mark) performance.mark("inroads:start");
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
  var pane = el("section", { id: "timeline", tabindex: "0", "aria-label": "Timeline: drag or use the arrow keys to move, the wheel or + and − to zoom, n and p for the next and previous event" });
  // The canvas (lane bands, grid, dense markers) covers only the rows on screen; the SVG above it holds the
  // text: the axis, the lanes' names and the shown events' titles, which readers can find, select and hear.
  var plot = el("div", { id: "plot" });
  var canvas = el("canvas", { id: "marks", "aria-hidden": "true" });
  var chart = svg("svg", { id: "chart", role: "group", "aria-label": "Events by lane over time" });
  plot.appendChild(canvas);
  plot.appendChild(chart);
  pane.appendChild(plot);
  var results = el("ol", { id: "results", "aria-label": "Search results" });
  var details = el("aside", { id: "details", "aria-live": "polite" });
  details.hidden = true;
  main.appendChild(pane);
  main.appendChild(details);
  document.body.appendChild(header);
  document.body.appendChild(results);
  document.body.appendChild(main);
  if (!events.length) pane.appendChild(el("p", { "class": "empty" }, "No events in this timeline."));

  // ---------------------------------------------------------------- the scoreboard: where each maker stands
  function boardTable(table) {
    var node = el("table", { "class": "board" }), head = el("tr"), body = el("tbody");
    node.appendChild(el("caption", {}, table.by === "stage" ? "By stage: each maker's latest event at each stage" : "By partner: the furthest stage reached with each partner"));
    head.appendChild(el("th", { scope: "col" }, "Maker"));
    table.columns.forEach(function (title) { head.appendChild(el("th", { scope: "col" }, title)); });
    var thead = el("thead");
    thead.appendChild(head);
    node.appendChild(thead);
    table.rows.forEach(function (line) {
      var tr = el("tr");
      tr.appendChild(el("th", { scope: "row" }, line.name));
      line.cells.forEach(function (cell) {
        var td = el("td");
        if (cell) {
          var button = el("button", { type: "button", "class": "cell", "data-i": cell[0] }, cell[1]);
          button.addEventListener("click", function () { show(cell[0]); reveal(cell[0]); });
          td.appendChild(button);
        }
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    node.appendChild(body);
    var scroll = el("div", { "class": "board-scroll" });
    scroll.appendChild(node);
    return scroll;
  }
  function reveal(i) {  // from the scoreboard back up to the event's row, its details beside it
    var box = plot.getBoundingClientRect();
    window.scrollTo(0, Math.max(0, window.pageYOffset + box.top + rowY(i) - window.innerHeight / 3));
    if (window.matchMedia("(max-width: 760px)").matches) details.scrollIntoView({ block: "start" });
  }
  if (data.scoreboard && data.scoreboard.length) {
    var board = el("section", { id: "scoreboard", "aria-labelledby": "scoreboard-title" });
    board.appendChild(el("h2", { id: "scoreboard-title" }, "Scoreboard"));
    board.appendChild(el("p", { "class": "meta" }, "Each cell: when, status, partners and independent sources of its event; choose one to open it."));
    board.appendChild(boardTable(data.scoreboard[0]));
    data.scoreboard.slice(1).forEach(function (table) {
      var more = el("details");
      more.appendChild(el("summary", {}, "By partner"));
      more.appendChild(boardTable(table));
      board.appendChild(more);
    });
    document.body.appendChild(board);
  }

  // ---------------------------------------------------------------- rows: events that overlap share no row
  // The layout lives in typed arrays, one slot per event (events come sorted by start): computed once, read
  // by every frame and by the click's hit test.
  var n = events.length, START = new Float64Array(n), END = new Float64Array(n), REACH = new Float64Array(n);
  var LANE = new Int32Array(n), ROWS = new Int16Array(n), NEXT = new Float64Array(n), SHAPE = new Uint8Array(n);
  var kindColor = {};
  Object.keys(data.kinds).forEach(function (kind) { kindColor[kind] = data.kinds[kind].color; });
  function colorOf(e) { return kindColor[e.kind] || "#76b7b2"; }
  function pack() {
    var first = Infinity, last = -Infinity, i;
    for (i = 0; i < n; i++) {
      var e = events[i];
      e.i = i;
      START[i] = e.start;
      END[i] = e.end;
      LANE[i] = e.lane;
      SHAPE[i] = e.range ? 2 : e.precision === "day" ? 0 : 1;  // 0 a day, 1 a vague date's band, 2 a range
      REACH[i] = Math.max(i ? REACH[i - 1] : -Infinity, e.end);  // the furthest end so far: culls long ranges
      first = Math.min(first, e.start);
      last = Math.max(last, e.end);
    }
    if (!n) { first = 0; last = 365; }
    var shown = data.shown || [null, null];
    var pad = Math.max(15, (last - first) * 0.04);  // and room on the right for the last events' titles
    home = { t0: shown[0] !== null ? shown[0] : first - pad, t1: shown[1] !== null ? shown[1] : last + 6 * pad };
    var perDay = Math.max(pane.clientWidth || 800, 300) / (home.t1 - home.t0);
    var ends = data.lanes.map(function () { return []; }), lastInRow = {};
    for (i = 0; i < n; i++) {
      var room = (events[i].title.length * CHAR + 24) / perDay, rows = ends[LANE[i]], row = -1, soonest = 0;
      for (var r = 0; r < rows.length; r++) {
        if (rows[r] <= START[i]) { row = r; break; }
        if (rows[r] < rows[soonest]) soonest = r;
      }
      if (row < 0) row = rows.length < MAX_ROWS ? rows.length : soonest;
      rows[row] = Math.max(END[i], START[i] + room);
      ROWS[i] = row;
      NEXT[i] = NaN;
      var key = LANE[i] * MAX_ROWS + row;
      if (key in lastInRow) NEXT[lastInRow[key]] = START[i];
      lastInRow[key] = i;
    }
    var y = AXIS;
    data.lanes.forEach(function (lane, index) {
      laneTop[index] = y;
      laneRows[index] = Math.max(1, ends[index].length);
      y += LANE_HEAD + laneRows[index] * ROW + LANE_GAP;
    });
    laneTop.push(y);
    view = { t0: home.t0, t1: home.t1 };
  }
  function rowY(i) { return laneTop[LANE[i]] + LANE_HEAD + ROWS[i] * ROW + ROW / 2; }
  function firstEndingAfter(day) {  // the first event whose end, or an earlier event's, reaches past day
    var lo = 0, hi = n;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (REACH[mid] < day) lo = mid + 1; else hi = mid; }
    return lo;
  }
  function firstStartingAfter(day) {
    var lo = 0, hi = n;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (START[mid] <= day) lo = mid + 1; else hi = mid; }
    return lo;
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

  function svgMarker(i, y, out) {  // a sparse view: one SVG element per event, clickable and styled by CSS
    var e = events[i], color = colorOf(e), fill = e.hollow ? "#ffffff" : color, x0 = x(START[i]), x1 = x(END[i]), shape;
    var cls = "event" + (i === selected ? " selected" : "") + (matches && !matches[i] ? " dim" : "");
    if (SHAPE[i] === 0) {
      shape = svg("circle", { cx: (x0 + x1) / 2, cy: y, r: 6, fill: fill, stroke: color, "stroke-width": 2 });
    } else if (SHAPE[i] === 1) {  // a vague date: a pale band over the whole month or year, never a point
      shape = svg("rect", { x: x0, y: y - 8, width: Math.max(MIN_SPAN, x1 - x0), height: 16, rx: 3, fill: fill, "fill-opacity": e.hollow ? 1 : 0.3, stroke: color, "stroke-width": e.hollow ? 2 : 1, "stroke-dasharray": e.hollow ? "4 3" : "none" });
      cls += " band";
    } else if (e.core) {  // a range with vague ends: pale over its whole extent, solid only where it surely runs
      shape = svg("g", {});
      shape.appendChild(svg("rect", { x: x0, y: y - 5, width: Math.max(MIN_SPAN, x1 - x0), height: 10, rx: 5, fill: fill, "fill-opacity": e.hollow ? 1 : 0.3, stroke: color, "stroke-width": 1, "stroke-dasharray": "4 3" }));
      if (e.core[1] > e.core[0]) shape.appendChild(svg("rect", { x: x(e.core[0]), y: y - 5, width: Math.max(1, x(e.core[1]) - x(e.core[0])), height: 10, fill: fill, stroke: color, "stroke-width": 2 }));
      cls += " vague-ends";
    } else {
      shape = svg("rect", { x: x0, y: y - 5, width: Math.max(MIN_SPAN, x1 - x0), height: 10, rx: 5, fill: fill, stroke: color, "stroke-width": 2 });
    }
    shape.setAttribute("class", cls);
    shape.setAttribute("data-i", i);
    shape.setAttribute("opacity", e.opacity);
    out.appendChild(shape);
    if (e.ongoing) out.appendChild(svg("path", { d: "M" + x1 + " " + (y - 6) + "l8 6l-8 6z", fill: color, "data-i": i, "class": "event" }));
  }

  function paintMarker(ctx, i, y) {  // a dense view: the same shapes as pixels in the canvas
    var e = events[i], color = colorOf(e), x0 = x(START[i]), x1 = x(END[i]);
    ctx.globalAlpha = e.opacity * (matches && !matches[i] ? 0.15 : 1);
    ctx.strokeStyle = color;
    ctx.fillStyle = e.hollow ? "#ffffff" : color;
    ctx.beginPath();
    if (SHAPE[i] === 0) {
      ctx.arc((x0 + x1) / 2, y, 5, 0, 2 * Math.PI);
      ctx.lineWidth = 2;
      ctx.fill();
      ctx.stroke();
    } else {
      var band = SHAPE[i] === 1, h = band ? 16 : 10, pale = band || !!e.core;  // e.core: a range's firm days
      ctx.rect(x0, y - h / 2, Math.max(MIN_SPAN, x1 - x0), h);
      ctx.lineWidth = pale && !e.hollow ? 1 : 2;
      if (pale && !e.hollow) { ctx.globalAlpha *= 0.3; ctx.fill(); ctx.globalAlpha /= 0.3; } else ctx.fill();
      if ((band && e.hollow) || e.core) ctx.setLineDash([4, 3]);
      ctx.stroke();
      ctx.setLineDash([]);
      if (e.core && e.core[1] > e.core[0]) {
        ctx.beginPath();
        ctx.rect(x(e.core[0]), y - h / 2, Math.max(1, x(e.core[1]) - x(e.core[0])), h);
        ctx.lineWidth = 2;
        ctx.fill();
        ctx.stroke();
      }
    }
    if (e.ongoing) { ctx.beginPath(); ctx.moveTo(x1, y - 6); ctx.lineTo(x1 + 8, y); ctx.lineTo(x1, y + 6); ctx.fillStyle = color; ctx.fill(); }
    if (i === selected) {
      ctx.globalAlpha = 1;
      ctx.strokeStyle = ACCENT;
      ctx.lineWidth = 3;
      ctx.strokeRect(Math.min(x0, (x0 + x1) / 2 - 7) - 2, y - 10, Math.max(14, x1 - x0) + 4, 20);
    }
  }

  function label(i, y, out) {  // the title as real text, where it fits before the next event in its row
    var right = isNaN(NEXT[i]) ? width - 6 : Math.min(x(NEXT[i]), width) - 6;
    var left = Math.max(x(END[i]) + 6, 4), room = right - left, title = events[i].title, inside = false;
    if (room <= 40 && SHAPE[i] === 2 && Math.min(x(END[i]), width) - Math.max(x(START[i]), 0) > 60) {
      // no room after a long bar: the title goes inside it, on a halo, as the app draws it
      left = Math.max(x(START[i]), 0) + 6;
      right = Math.min(x(END[i]), width) - 6;
      room = right - left;
      inside = true;
    }
    if (room <= 40) return;
    var chars = Math.floor(room / CHAR);
    if (title.length > chars) title = title.slice(0, chars - 1) + "…";
    var cls = "label" + (inside ? " inside" : "") + (i === selected ? " selected" : "") + (matches && !matches[i] ? " dim" : "");
    if (i === selected) selectedRoom = room;
    if (inside) {  // a plate under a title drawn over its bar, so the bar's edges don't run through the words
      out.appendChild(svg("rect", { x: left - 3, y: y - 8, width: Math.min(room, title.length * CHAR) + 6, height: 16, rx: 3, "class": "plate" }));
    }
    var node = svg("text", { x: left, y: y + 4, "class": cls, "data-i": i, tabindex: "0" }, title);
    if (title !== events[i].title) node.setAttribute("aria-label", events[i].title);
    out.appendChild(node);
  }

  var selectedRoom = 0;
  function fitSelected() {  // the selected title is bold, wider than the plain one it was cut for: cut it to fit
    var node = chart.querySelector(".label.selected");
    if (!node || !node.getComputedTextLength) return;
    var full = events[selected].title, kept = node.textContent === full ? full.length : node.textContent.length - 1;
    while (kept > 1 && node.getComputedTextLength() > selectedRoom) node.textContent = full.slice(0, --kept) + "…";
    if (node.textContent !== full) node.setAttribute("aria-label", full);
  }

  function fitPlates() {  // a plate is as wide as its title, measured once the title is in the page
    Array.prototype.forEach.call(chart.querySelectorAll(".plate"), function (plate) {
      var text = plate.nextSibling, measured = text && text.getComputedTextLength ? text.getComputedTextLength() : 0;
      if (measured > 0) plate.setAttribute("width", measured + 6);
    });
  }

  function visibleRows() {  // the part of the chart on screen (and a screen's margin), in chart pixels
    var box = plot.getBoundingClientRect(), screen = window.innerHeight || 900;
    var top = Math.max(0, -box.top - screen / 2), bottom = Math.min(laneTop[laneTop.length - 1], screen * 1.5 - box.top);
    return [top, Math.max(top, bottom)];
  }

  function render() {
    width = Math.max(pane.clientWidth, 200);
    var height = laneTop[laneTop.length - 1], rows = visibleRows(), top = rows[0], bottom = rows[1], i, y;
    chart.setAttribute("width", width);
    chart.setAttribute("height", height);
    chart.setAttribute("viewBox", "0 0 " + width + " " + height);
    pane.setAttribute("data-view-start", view.t0.toFixed(2));
    pane.setAttribute("data-view-end", view.t1.toFixed(2));
    var focused = document.activeElement && chart.contains(document.activeElement) ? document.activeElement.getAttribute("data-i") : null;
    while (chart.firstChild) chart.removeChild(chart.firstChild);
    var ratio = window.devicePixelRatio || 1, ctx = canvas.getContext("2d");
    canvas.style.top = top + "px";
    canvas.style.width = width + "px";
    canvas.style.height = bottom - top + "px";
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round((bottom - top) * ratio);
    ctx.setTransform(ratio, 0, 0, ratio, 0, -top * ratio);
    data.lanes.forEach(function (lane, index) {
      ctx.fillStyle = data.bands[index % 2];
      ctx.fillRect(0, laneTop[index], width, laneTop[index + 1] - laneTop[index] - LANE_GAP / 2);
    });
    var axis = svg("g", { "class": "axis" });
    ctx.strokeStyle = GRID;
    ctx.lineWidth = 1;
    ticks().forEach(function (t) {
      var tx = Math.round(x(t[0])) + 0.5;
      ctx.beginPath();
      ctx.moveTo(tx, AXIS - 8);
      ctx.lineTo(tx, height);
      ctx.stroke();
      axis.appendChild(svg("text", { x: tx + 3, y: AXIS - 12 }, t[1]));
    });
    var frag = document.createDocumentFragment(), marks = document.createDocumentFragment(), shown = [];
    frag.appendChild(axis);
    var last = firstStartingAfter(view.t1);
    for (i = firstEndingAfter(view.t0); i < last; i++) {
      if (END[i] < view.t0) continue;
      y = rowY(i);
      if (y > top - ROW && y < bottom + ROW) shown.push(i);
    }
    var dense = shown.length > SPARSE;
    chart.setAttribute("data-drawn", dense ? "canvas" : "svg");
    shown.forEach(function (i) {
      var y = rowY(i);
      if (dense) paintMarker(ctx, i, y); else svgMarker(i, y, marks);
      label(i, y, marks);
    });
    frag.appendChild(marks);
    data.lanes.forEach(function (lane, index) {
      frag.appendChild(svg("text", { x: 6, y: laneTop[index] + 14, "class": "lane-name" }, lane.name));
    });
    chart.appendChild(frag);
    fitSelected();
    fitPlates();
    if (focused !== null) {
      var again = chart.querySelector('.label[data-i="' + focused + '"]');
      if (again) again.focus(); else pane.focus();
    }
  }
  var pending = false;
  function redraw() {
    if (pending) return;
    pending = true;
    requestAnimationFrame(function () { pending = false; render(); });
  }

  function hit(px, py) {  // the event drawn nearest (px, py) in chart pixels, within a few pixels; -1 for none
    var lane = -1;
    for (var l = 0; l < data.lanes.length; l++) if (py >= laneTop[l] && py < laneTop[l + 1]) lane = l;
    if (lane < 0) return -1;
    var row = Math.floor((py - laneTop[lane] - LANE_HEAD) / ROW), slack = 8, perPixel = (view.t1 - view.t0) / width;
    if (row < 0 || row >= laneRows[lane]) return -1;
    var day = view.t0 + px * perPixel, best = -1, bestGap = slack + 1;
    var last = firstStartingAfter(day + slack * perPixel);
    for (var i = firstEndingAfter(day - slack * perPixel); i < last; i++) {
      if (LANE[i] !== lane || ROWS[i] !== row) continue;
      var x0 = x(START[i]), x1 = x(END[i]), gap;
      if (SHAPE[i] === 0) gap = Math.abs(px - (x0 + x1) / 2) - 6;
      else gap = px < x0 ? x0 - px : px > Math.max(x1, x0 + MIN_SPAN) ? px - Math.max(x1, x0 + MIN_SPAN) : 0;
      if (gap <= slack && (gap < bestGap || (gap === bestGap && i > best))) { best = i; bestGap = gap; }
    }
    return best;
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
    else if ((k === "n" || k === "p") && n) step(k === "n" ? 1 : -1);
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
    if (!(ev.pointerId in pointers)) {  // hovering: a hand over a marker drawn in the canvas
      if (chart.getAttribute("data-drawn") !== "canvas" || ev.pointerType === "touch") return;
      var box = chart.getBoundingClientRect(), over = !ev.target.closest("[data-i]") && hit(ev.clientX - box.left, ev.clientY - box.top) >= 0;
      chart.classList.toggle("over-event", over);
      return;
    }
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
    if (dragged > 3) return;
    var g = ev.target.closest ? ev.target.closest("[data-i]") : null, box = chart.getBoundingClientRect();
    var i = g ? +g.getAttribute("data-i") : hit(ev.clientX - box.left, ev.clientY - box.top);
    if (i >= 0) open(i);
  });
  chart.addEventListener("keydown", function (ev) {  // a title has the focus: Enter or Space opens its event
    var g = ev.target.closest ? ev.target.closest(".label[data-i]") : null;
    if (g && (ev.key === "Enter" || ev.key === " ")) { ev.preventDefault(); ev.stopPropagation(); open(+g.getAttribute("data-i")); }
  });
  window.addEventListener("scroll", redraw, { passive: true });
  pane.addEventListener("scroll", redraw, { passive: true });

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
  function step(by) {  // n and p: the next or previous event in time, or the first or last on screen
    var to = selected >= 0 ? selected + by : by > 0 ? firstEndingAfter(view.t0) : firstStartingAfter(view.t1) - 1;
    show(Math.min(Math.max(to, 0), n - 1));
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

  if (window.performance && performance.mark) performance.mark("inroads:parsed");
  pack();
  if (window.performance && performance.mark) performance.mark("inroads:packed");
  render();
  if (window.performance && performance.mark) performance.mark("inroads:drawn");
})();
