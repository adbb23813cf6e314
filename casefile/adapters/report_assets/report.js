// The as-of switch: shows the case state as known right after the chosen report, rebuilt from
// the steps embedded in the page (what each report changed). The timeline's periods open and
// close together, and one opens when a link leads into it. Text goes in through textContent
// only, never as markup.
(function () {
  "use strict";
  var select = document.getElementById("as-of");
  var data = JSON.parse(document.getElementById("case-data").textContent);
  var body = document.getElementById("state-body");
  var caption = document.getElementById("state-caption");
  var reports = {};
  data.reports.forEach(function (report) { reports[report.id] = report; });

  // The facts known right after the report, and those the report itself carried.
  function stateAfter(reportId) {
    var facts = new Map();
    var carried = [];
    for (var i = 0; i < data.steps.length; i++) {
      var step = data.steps[i];
      step.gone.forEach(function (slot) { facts.delete(slot); });
      step.set.forEach(function (fact) { facts.set(fact.slot, fact); });
      if (step.report === reportId) { carried = step.carried; break; }
    }
    return { facts: Array.from(facts.values()), carried: new Set(carried) };
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function reportLink(reportId) {
    var report = reports[reportId];
    var link = element("a", null, report.number + ". " + report.label);
    link.href = "#report-" + reportId;
    return link;
  }

  function factCell(fact, reportId, carried) {
    var cell = element("td", "fact");
    if (document.getElementById(fact.id)) {
      var link = element("a", null, fact.summary);
      link.href = "#" + fact.id;
      cell.appendChild(link);
    } else {
      cell.textContent = fact.summary;
    }
    if (carried.has(fact.slot)) {
      cell.appendChild(element("span", "in-report",
        fact.first_report === reportId ? "new in this report" : "in this report"));
    }
    return cell;
  }

  function table(facts, reportId, carried) {
    var wrapper = element("div", "table-wrap");
    var tableNode = element("table", "state-table");
    var head = tableNode.createTHead().insertRow();
    ["Fact", "Reported by", "First report", "Independent outlets"].forEach(function (name) {
      head.appendChild(element("th", null, name));
    });
    var rows = tableNode.createTBody();
    facts.forEach(function (fact) {
      var row = rows.insertRow();
      row.className = "state-fact";
      row.dataset.fact = fact.id;
      row.appendChild(factCell(fact, reportId, carried));
      row.appendChild(element("td", "outlets", fact.outlets.join(", ")));
      var first = element("td", "first");
      first.appendChild(reportLink(fact.first_report));
      row.appendChild(first);
      row.appendChild(element("td", "corroboration", String(fact.corroboration)));
    });
    wrapper.appendChild(tableNode);
    return wrapper;
  }

  function render(reportId) {
    var known = stateAfter(reportId);
    var facts = known.facts;
    var report = reports[reportId];
    caption.textContent = "As known right after report " + report.number + " (" + report.label +
      "): " + facts.length + (facts.length === 1 ? " fact." : " facts.");
    body.replaceChildren();
    Object.keys(data.categories).forEach(function (category) {
      var inCategory = facts.filter(function (fact) { return fact.category === category; });
      if (inCategory.length === 0) { return; }
      body.appendChild(element("h3", null, data.categories[category]));
      body.appendChild(table(inCategory, reportId, known.carried));
    });
    document.querySelectorAll(".mark-reported").forEach(function (mark) {
      var later = reports[mark.dataset.report].number > report.number;
      mark.classList.toggle("later", later);
    });
  }

  select.addEventListener("change", function () { render(select.value); });
  render(select.value);

  document.querySelectorAll("button[data-periods]").forEach(function (button) {
    button.addEventListener("click", function () {
      var open = button.dataset.periods === "open";
      document.querySelectorAll("details.period").forEach(function (period) {
        period.open = open;
      });
    });
  });

  // A link to something folded away (a report's repeats, a fact's sources, a period) opens
  // what holds it, so the reader lands on it.
  function reveal() {
    var target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    for (var node = target; node; node = node.parentElement) {
      if (node.tagName === "DETAILS") { node.open = true; }
    }
    if (target && target.classList.contains("fact-evidence")) {
      target.querySelectorAll("details.sources").forEach(function (d) { d.open = true; });
    }
  }
  window.addEventListener("hashchange", reveal);
  reveal();
}());
