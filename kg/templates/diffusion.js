// Draws a title's cumulative adopters per province as step lines in SVG; no library, no request.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("diffusion-data").textContent);
  var select = document.getElementById("title");
  var chart = document.getElementById("chart");
  var tbody = document.querySelector("#adopters tbody");
  var NS = "http://www.w3.org/2000/svg";
  var COLOURS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
                 "#bcbd22", "#17becf", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd"];

  function el(name, attrs, text) {
    var node = document.createElementNS(NS, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined) node.textContent = String(text);  // text, never markup
    return node;
  }

  data.titles.forEach(function (t, i) {
    var option = document.createElement("option");
    option.value = String(i);
    option.textContent = t.title + " (" + t.adopters + ")";
    if (t.title === data.selected) option.selected = true;
    select.appendChild(option);
  });

  function draw(t) {
    chart.textContent = "";
    var provinces = Object.keys(t.provinces);
    var width = 760, height = 420, left = 48, right = 170, top = 16, bottom = 40;
    var years = t.years.slice();
    // a year before the first and after the last: the curve starts at 0 and its last step shows
    var first = years[0] - 1, last = years[years.length - 1] + 1;
    var span = Math.max(last - first, 1);
    var most = Math.max.apply(null, t.total.concat([1]));
    var x = function (year) { return left + (year - first) / span * (width - left - right); };
    var y = function (n) { return top + (1 - n / most) * (height - top - bottom); };
    var svg = el("svg", {viewBox: "0 0 " + width + " " + height, width: width, height: height});
    var ticks = Math.min(most, 8);
    for (var i = 0; i <= ticks; i++) {
      var n = Math.round(most * i / ticks);
      svg.appendChild(el("line", {x1: left, x2: width - right, y1: y(n), y2: y(n), "class": "grid"}));
      svg.appendChild(el("text", {x: left - 6, y: y(n) + 4, "text-anchor": "end"}, n));
    }
    var step = Math.max(1, Math.ceil(span / 12));
    for (var year = first; year <= last; year += step) {
      svg.appendChild(el("text", {x: x(year), y: height - bottom + 16, "text-anchor": "middle"}, year));
    }
    svg.appendChild(el("line", {x1: left, x2: width - right, y1: y(0), y2: y(0), stroke: "#999"}));
    svg.appendChild(el("line", {x1: left, x2: left, y1: top, y2: y(0), stroke: "#999"}));
    svg.appendChild(el("text", {x: (left + width - right) / 2, y: height - 6, "text-anchor": "middle"}, "年 year"));

    function path(counts) {
      var d = "M" + x(first) + "," + y(0);
      counts.forEach(function (c, k) { d += " H" + x(years[k]) + " V" + y(c); });
      return d + " H" + x(last);
    }
    var series = provinces.map(function (p, k) {
      return {name: p, counts: t.provinces[p], colour: COLOURS[k % COLOURS.length], dash: ""};
    });
    if (provinces.length > 1) series.push({name: "全部 all", counts: t.total, colour: "#000", dash: "6 4"});
    series.forEach(function (s, k) {
      var line = el("path", {d: path(s.counts), fill: "none", stroke: s.colour, "stroke-width": 2,
                             "class": "series", "data-name": s.name});
      if (s.dash) line.setAttribute("stroke-dasharray", s.dash);
      line.appendChild(el("title", {}, s.name + ": " + s.counts[s.counts.length - 1]));
      svg.appendChild(line);
      var ly = top + 14 + k * 18;
      svg.appendChild(el("line", {x1: width - right + 12, x2: width - right + 32, y1: ly - 4, y2: ly - 4,
                                  stroke: s.colour, "stroke-width": 2, "stroke-dasharray": s.dash || "none"}));
      svg.appendChild(el("text", {x: width - right + 38, y: ly}, s.name + " " + s.counts[s.counts.length - 1]));
    });
    chart.appendChild(svg);

    tbody.textContent = "";
    provinces.forEach(function (p) {
      Object.keys(t["new"][p]).sort().forEach(function (year) {
        var row = document.createElement("tr");
        [p, year, t["new"][p][year].join("、")].forEach(function (cell) {
          var td = document.createElement("td");
          td.textContent = cell;
          row.appendChild(td);
        });
        tbody.appendChild(row);
      });
    });
  }

  select.addEventListener("change", function () { draw(data.titles[Number(select.value)]); });
  draw(data.titles[Number(select.value)] || data.titles[0]);
})();
