// The graph page: draws the embedded graph with vis-network and wires the legend, filters,
// search box and evidence panel. Labels and sentences come from documents, so every one of
// them is set as text (textContent, text nodes), never parsed as markup.
(function () {
  "use strict";

  const KG = JSON.parse(document.getElementById("kg-data").textContent);
  const typeByName = new Map(KG.types.map((t) => [t.name, t]));
  const relationByName = new Map(KG.relations.map((r) => [r.name, r]));
  const nodeById = new Map(KG.nodes.map((n) => [n.id, n]));
  const edgesOfNode = new Map(KG.nodes.map((n) => [n.id, []]));
  for (const e of KG.edges) {
    edgesOfNode.get(e.from).push(e);
    if (e.to !== e.from) edgesOfNode.get(e.to).push(e);
  }

  const nodes = new vis.DataSet(KG.nodes);
  const edges = new vis.DataSet(KG.edges);
  const network = new vis.Network(document.getElementById("graph"), { nodes, edges }, KG.options);
  // For people poking at the page from the console, and for the browser test.
  const view = (window.kgView = { network, nodes, edges, ready: false, showNode, showEdge, focusNode });

  // ------------------------------------------------------------ settling

  const progress = document.getElementById("progress");
  function drawnThenReady() {
    network.once("afterDrawing", () => {
      progress.hidden = KG.nodes.length > 0;
      view.ready = true;
      document.body.dataset.ready = "true";
    });
    network.redraw();
  }
  if (KG.options.physics.enabled && KG.nodes.length) {
    network.on("stabilizationProgress", (p) => {
      progress.hidden = false;
      progress.textContent = `布局中 Laying out… ${Math.round((100 * p.iterations) / p.total)}%`;
    });
    network.once("stabilizationIterationsDone", () => {
      network.setOptions({ physics: { enabled: false } }); // settled: nodes stay where they are put
      drawnThenReady();
    });
  } else {
    drawnThenReady();
  }

  // ------------------------------------------------------------ small DOM helpers

  function el(tag, className, ...children) {
    const element = document.createElement(tag);
    if (className) element.className = className;
    element.append(...children.filter((c) => c !== null && c !== undefined)); // strings become text nodes
    return element;
  }

  function symbol(type) {
    const s = el("span", "symbol", type.symbol);
    s.style.color = type.colour;
    s.setAttribute("aria-hidden", "true");
    return s;
  }

  function line(relation) {
    const s = el("span", relation.dashed ? "line dashed" : "line");
    s.style.borderTopColor = relation.colour;
    s.setAttribute("aria-hidden", "true");
    return s;
  }

  // ------------------------------------------------------------ legend and filters

  const hiddenTypes = new Set();
  const hiddenRelations = new Set();
  const typeBoxes = new Map();

  function filterItem(text, en, count, mark, onToggle) {
    const box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.addEventListener("change", () => onToggle(box.checked));
    const label = el("label", null, box, mark, el("span", null, text), el("span", "en", en), el("span", "count", String(count)));
    return [el("li", null, label), box];
  }

  for (const type of KG.types) {
    const [item, box] = filterItem(type.zh, type.en, type.count, symbol(type), (on) => setTypeShown(type.name, on));
    box.dataset.type = type.name;
    typeBoxes.set(type.name, box);
    document.getElementById("type-filters").append(item);
  }
  for (const relation of KG.relations) {
    const [item, box] = filterItem(relation.zh, relation.en, relation.count, line(relation), (on) => {
      if (on) hiddenRelations.delete(relation.name);
      else hiddenRelations.add(relation.name);
      showEdges(KG.edges.filter((e) => e.relation === relation.name));
    });
    box.dataset.relation = relation.name;
    document.getElementById("relation-filters").append(item);
  }

  // An edge is shown when its relation is ticked and its confidence (if it has one) reaches
  // the slider's minimum.
  let minConfidence = 0;
  function edgeShown(e) {
    const c = (KG.confidence || [])[e.id];
    return !hiddenRelations.has(e.relation) && (c === null || c === undefined || c >= minConfidence);
  }
  function showEdges(list) {
    edges.update(list.map((e) => ({ id: e.id, hidden: !edgeShown(e) })));
  }
  const slider = document.getElementById("min-confidence");
  if (slider) {
    slider.addEventListener("input", () => {
      minConfidence = Number(slider.value);
      document.getElementById("min-confidence-value").textContent = minConfidence.toFixed(2);
      showEdges(KG.edges);
    });
  }

  function setTypeShown(name, on) {
    if (on) hiddenTypes.delete(name);
    else hiddenTypes.add(name);
    typeBoxes.get(name).checked = on;
    nodes.update(KG.nodes.filter((n) => n.kind === name).map((n) => ({ id: n.id, hidden: !on })));
  }

  document.getElementById("summary").textContent =
    `${KG.nodes.length} 个节点 nodes · ${KG.edges.length} 条关系 relations`;
  if (!KG.nodes.length) {
    progress.textContent = "图中还没有节点：先运行 kg build。 The graph has no nodes yet: run kg build first.";
    progress.hidden = false;
  }

  // ------------------------------------------------------------ search

  const names = document.getElementById("node-names");
  const searchKeys = KG.nodes.map((n) => {
    const d = KG.details[n.id];
    return { id: n.id, label: n.label.toLowerCase(), others: [...d.aliases, d.adcode || ""].map((s) => s.toLowerCase()) };
  });
  for (const n of KG.nodes) {
    const option = el("option");
    option.value = n.label;
    option.label = typeByName.get(n.kind).zh;
    names.append(option);
  }

  function findNode(text) {
    const q = text.trim().toLowerCase();
    if (!q) return null;
    const exact = searchKeys.find((k) => k.label === q) || searchKeys.find((k) => k.others.includes(q));
    if (exact) return exact.id;
    // A part of a name: prefer the biggest node (counties first).
    let best = null;
    for (const k of searchKeys) {
      if (k.label.includes(q) || k.others.some((o) => o.includes(q))) {
        if (best === null || nodeById.get(k.id).size > nodeById.get(best).size) best = k.id;
      }
    }
    return best;
  }

  const search = document.getElementById("search");
  const status = document.getElementById("search-status");
  function runSearch() {
    const id = findNode(search.value);
    search.classList.toggle("not-found", id === null && search.value.trim() !== "");
    status.textContent = id === null && search.value.trim() !== "" ? "未找到 Not found" : "";
    if (id !== null) focusNode(id);
  }
  document.getElementById("search-form").addEventListener("submit", (event) => {
    event.preventDefault();
    runSearch();
  });
  search.addEventListener("input", () => {
    // Picking a name from the list fills the box with an exact label: go there at once.
    status.textContent = "";
    search.classList.remove("not-found");
    if (searchKeys.some((k) => k.label === search.value.trim().toLowerCase())) runSearch();
  });

  function focusNode(id) {
    const node = nodeById.get(id);
    if (hiddenTypes.has(node.kind)) setTypeShown(node.kind, true);
    network.selectNodes([id]);
    showNode(id); // first: opening the panel narrows the graph, and the focus must aim at the new centre
    network.focus(id, { scale: Math.max(network.getScale(), 1.2), animation: { duration: 400, easingFunction: "easeInOutQuad" } });
  }

  // ------------------------------------------------------------ the panel

  const panel = document.getElementById("panel");

  function openPanel(...content) {
    const close = el("button", "close", "×");
    close.type = "button";
    close.title = "关闭 Close";
    close.addEventListener("click", () => {
      closePanel();
      network.unselectAll();
    });
    panel.replaceChildren(close, ...content);
    panel.scrollTop = 0;
    if (panel.hidden) {
      panel.hidden = false;
      network.setSize(); // measure the narrower graph now, not at vis-network's next periodic check
    }
  }

  function closePanel() {
    if (!panel.hidden) {
      panel.hidden = true;
      network.setSize();
    }
  }

  function nodeLink(id) {
    const b = el("button", "node-link", nodeById.get(id).label);
    b.type = "button";
    b.addEventListener("click", () => focusNode(id));
    return b;
  }

  function relationName(name) {
    const r = relationByName.get(name);
    const s = el("span", "relation-name", `${r.zh} ${r.en}`);
    s.style.color = r.colour;
    return s;
  }

  function evidenceList(edgeId) {
    const found = KG.evidence[edgeId];
    if (!found.length) return el("p", "none", "无证据句（由行政区划代码推出）No evidence sentence (follows from the adcode)");
    const more = (KG.moreEvidence || {})[edgeId];
    return el("div", null,
      el("ul", "evidence", ...found.map((e) => el("li", null,
        el("blockquote", null, e.sentence),
        el("cite", null, e.title ? `《${e.title}》 ${e.document}` : e.document),
        e.rule ? el("span", "provenance",
          ` 规则 rule ${e.rule}` + (e.confidence === null || e.confidence === undefined
            ? "" : ` · 置信度 confidence ${Number(e.confidence).toFixed(2)}`)) : null))),
      more ? el("p", "none", `另有 ${more} 句证据（用 evidence.rq 查询全部）${more} more sentences: query them with queries/evidence.rq`) : null);
  }

  // ------------------------------------------------------------ review: decisions as a file
  // A decision is named as `kg curate` names it: decision/{subject}/{relation}/{object},
  // from the IRIs the relation links; the download is TriG that `kg curate import` reads.

  const decisions = new Map(); // edge id → "accept" | "reject"
  const edgeById = new Map(KG.edges.map((e) => [e.id, e]));

  function iriPath(iri) {
    return iri.startsWith(KG.iriBase) && !iri.startsWith(KG.iriBase + "decision/") ? iri.slice(KG.iriBase.length) : null;
  }

  function decisionState(edgeId) {
    const pending = decisions.get(edgeId);
    if (pending === "accept") return ["accepted", "待导入：接受 to import: accepted"];
    if (pending === "reject") return ["rejected", "待导入：拒绝 to import: rejected"];
    if ((KG.checked || [])[edgeId]) return ["checked", "已接受 accepted"];
    return ["open", "未审阅 not reviewed"];
  }

  function decide(edgeId, verdict, holder) {
    if (decisions.get(edgeId) === verdict) decisions.delete(edgeId);
    else decisions.set(edgeId, verdict);
    document.getElementById("decision-count").textContent = String(decisions.size);
    document.getElementById("download-decisions").disabled = decisions.size === 0;
    holder.replaceWith(reviewControls(edgeId));
  }

  function reviewControls(edgeId) {
    const edge = edgeById.get(edgeId);
    const [state, text] = decisionState(edgeId);
    const holder = el("div", `review-state ${state}`, el("span", "state", text));
    const nameable = edge && edge.relation !== "locatedIn" &&
      iriPath(KG.details[edge.from].iri) !== null && iriPath(KG.details[edge.to].iri) !== null;
    if (!nameable) return holder;
    for (const [verdict, label] of [["accept", "接受 Accept"], ["reject", "拒绝 Reject"]]) {
      const button = el("button", `decide ${verdict}`, label);
      button.type = "button";
      button.dataset.edge = String(edgeId);
      button.addEventListener("click", () => decide(edgeId, verdict, holder));
      holder.append(button);
    }
    return holder;
  }

  function literal(text) {
    return JSON.stringify(String(text)); // a Turtle string: quotes, backslashes and newlines escaped
  }

  function decisionsTriG() {
    const by = document.getElementById("reviewer").value.trim() || "view";
    const when = new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
    const agent = `<${KG.iriBase}agent/${encodeURIComponent(by)}>`;
    const lines = [
      `@prefix lgp: <${KG.ontology}> .`,
      "@prefix prov: <http://www.w3.org/ns/prov#> .",
      "@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .",
      "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .",
      "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .",
      "",
    ];
    for (const [edgeId, verdict] of decisions) {
      const edge = edgeById.get(edgeId);
      const s = KG.details[edge.from].iri, o = KG.details[edge.to].iri;
      const d = `<${KG.iriBase}decision/${iriPath(s)}/${edge.relation}/${iriPath(o)}>`;
      const kind = verdict === "accept" ? "lgp:Acceptance" : "lgp:Rejection";
      lines.push(`${d} {`,
        `  ${d} a lgp:Decision, ${kind} ; rdf:subject <${s}> ; rdf:predicate lgp:${edge.relation} ; rdf:object <${o}> ;`,
        `    prov:wasAttributedTo ${agent} ; prov:generatedAtTime "${when}"^^xsd:dateTime ;`,
        `    rdfs:label ${literal(`${verdict === "accept" ? "accepted" : "rejected"} by ${by} in the graph view`)} .`,
        `  ${agent} a prov:Agent ; rdfs:label ${literal(by)} .`,
        "}", "");
    }
    return lines.join("\n");
  }

  document.getElementById("download-decisions").addEventListener("click", () => {
    const link = el("a");
    link.href = "data:application/trig;charset=utf-8," + encodeURIComponent(decisionsTriG());
    link.download = "decisions.trig";
    document.body.append(link);
    link.click();
    link.remove();
  });
  view.decisionsTriG = decisionsTriG;

  function statement(edge) {
    return el("div", "statement", nodeLink(edge.from), " → ", relationName(edge.relation), " → ", nodeLink(edge.to));
  }

  function showNode(id) {
    const node = nodeById.get(id);
    const type = typeByName.get(node.kind);
    const details = KG.details[id];
    const attrs = el("dl", "attributes");
    for (const [zh, en, value] of details.attrs) {
      attrs.append(el("dt", null, `${zh} ${en}`), el("dd", null, value));
    }
    // One group per relation and direction: "this → implements → …", "… → recognized by → this".
    const groups = [];
    for (const relation of KG.relations) {
      for (const outgoing of [true, false]) {
        const found = edgesOfNode.get(id).filter((e) =>
          e.relation === relation.name && (outgoing ? e.from === id : e.to === id && e.from !== id));
        if (!found.length) continue;
        const heading = outgoing
          ? el("h4", null, "本节点 this → ", relationName(relation.name), ` → (${found.length})`)
          : el("h4", null, `(${found.length}) → `, relationName(relation.name), " → 本节点 this");
        groups.push(heading, el("ol", "relations", ...found.map((e) =>
          el("li", "relation", nodeLink(outgoing ? e.to : e.from), reviewControls(e.id), evidenceList(e.id)))));
      }
    }
    openPanel(
      el("h2", null, node.label),
      el("p", "type", symbol(type), ` ${type.zh} ${type.en}`),
      attrs,
      el("h3", null, `关系与证据 Relations and evidence (${edgesOfNode.get(id).length})`),
      ...(groups.length ? groups : [el("p", "none", "无 None")]),
    );
    panel.dataset.node = String(id);
  }

  function showEdge(id) {
    const edge = KG.edges[id];
    openPanel(
      el("h2", null, relationName(edge.relation)),
      statement(edge),
      reviewControls(id),
      el("h3", null, "证据 Evidence"),
      evidenceList(id),
    );
    panel.dataset.node = "";
  }

  network.on("click", (params) => {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
    else closePanel();
  });
})();
