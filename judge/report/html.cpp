// report.html: one self-contained page (inline CSS, JS and SVG; nothing
// fetched) that a person reads instead of the CSV. The SVG plots are drawn
// here rather than by a script, so the page shows them with JS off too.
#include <fmt/format.h>

#include <algorithm>
#include <optional>
#include <cmath>
#include <map>

#include "report/batch_results.h"
#include "report/markup.h"

namespace judge::report {

namespace {

const std::vector<Verdict> kVerdictOrder = {Verdict::AC, Verdict::WA, Verdict::TLE, Verdict::MLE, Verdict::OLE,
                                            Verdict::RE, Verdict::CE, Verdict::SV,  Verdict::IE};

// Okabe-Ito: told apart under the common colour-vision deficiencies; every
// chip also carries its code as text, so colour is never the only cue.
std::string colour_of(Verdict v) {
  switch (v) {
    case Verdict::AC: return "#009E73";
    case Verdict::WA: return "#D55E00";
    case Verdict::TLE: return "#E69F00";
    case Verdict::MLE: return "#CC79A7";
    case Verdict::OLE: return "#F0E442";
    case Verdict::RE: return "#0072B2";
    case Verdict::CE: return "#56B4E9";
    case Verdict::SV: return "#000000";
    case Verdict::IE: return "#999999";
  }
  return "#999999";
}

bool dark_text_on(Verdict v) { return v == Verdict::OLE || v == Verdict::CE || v == Verdict::TLE || v == Verdict::IE; }

std::string slug(const std::string& text) {
  std::string out;
  for (char c : text) out += std::isalnum(static_cast<unsigned char>(c)) ? c : '-';
  return out;
}

std::string e(const std::string& text) { return escape_markup(text); }

std::string chip(Verdict v, const std::string& tooltip) {
  return fmt::format(R"(<span class="chip v-{0}" title="{1}">{0}</span>)", to_string(v), e(tooltip));
}

std::string css() {
  std::string rules = R"(
:root{--ink:#1d232b;--muted:#5b6572;--line:#e3e7ec;--bg:#fafbfc;--card:#fff}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
main{max-width:1100px;margin:0 auto;padding:32px 24px 64px}
h1{font-size:26px;margin:0 0 4px;font-weight:650}
h2{font-size:19px;margin:40px 0 12px;font-weight:620}
h3{font-size:16px;margin:0 0 8px}
.sub{color:var(--muted);margin:0 0 20px}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:16px 20px;margin:12px 0}
table{border-collapse:collapse;width:100%}
th,td{padding:7px 10px;text-align:left;border-bottom:1px solid var(--line);vertical-align:top}
th{font-weight:600;font-size:13px;color:var(--muted);white-space:nowrap}
#cohort th{cursor:pointer;user-select:none}
#cohort th[aria-sort=ascending]::after{content:" \25B2"}
#cohort th[aria-sort=descending]::after{content:" \25BC"}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
a{color:#0b5cad;text-decoration:none}
a:hover{text-decoration:underline}
.chip{display:inline-block;min-width:40px;padding:1px 8px;border-radius:999px;font:600 12px/20px ui-monospace,SFMono-Regular,Menlo,monospace;text-align:center;color:#fff}
.chip.none{background:#fff;color:var(--muted);border:1px dashed #b8c0ca}
.legend{display:flex;flex-wrap:wrap;gap:12px;align-items:center;font-size:13px;color:var(--muted)}
.legend span.item{display:inline-flex;gap:6px;align-items:center}
.plots{display:flex;flex-wrap:wrap;gap:16px}
figure{margin:0}
figcaption{font-size:12px;color:var(--muted);max-width:360px}
pre{background:#f3f5f7;border-radius:6px;padding:10px;overflow:auto;font-size:12px;max-height:300px}
details{border-top:1px solid var(--line);padding:8px 0}
summary{cursor:pointer;display:flex;gap:10px;align-items:center}
.msg{color:var(--muted);font-size:13px}
svg text{font:11px system-ui,sans-serif;fill:#5b6572}
)";
  for (Verdict v : kVerdictOrder)
    rules += fmt::format(".v-{}{{background:{};color:{}}}\n", to_string(v), colour_of(v), dark_text_on(v) ? "#111" : "#fff");
  return rules;
}

std::string legend() {
  std::string out = R"(<div class="legend" id="legend">)";
  for (Verdict v : kVerdictOrder)
    out += fmt::format(R"(<span class="item">{} {}</span>)", chip(v, describe(v)), e(describe(v)));
  out += R"(<span class="item"><span class="chip none">&mdash;</span> no submission</span></div>)";
  return out;
}

// The order a column sorts by: accepted first, then by how far it got.
int verdict_rank(Verdict v) {
  return static_cast<int>(std::find(kVerdictOrder.begin(), kVerdictOrder.end(), v) - kVerdictOrder.begin());
}

std::string cohort_table(const BatchResults& batch) {
  std::string out = R"(<table id="cohort"><thead><tr><th data-type="text">Candidate</th>)";
  for (const auto& p : batch.set.problems)
    out += fmt::format(R"(<th data-type="number">{} <span class="msg">&times;{:g}</span></th>)", e(p.id), p.weight);
  out += fmt::format(R"(<th class="num" data-type="number">Total / {:g}</th></tr></thead><tbody>)", batch.max_score());
  for (const auto& candidate : batch.candidates) {
    out += fmt::format(R"(<tr class="candidate-row" data-candidate="{0}"><td data-sort="{0}"><a href="#cand-{1}">{0}</a></td>)",
                       e(candidate), slug(candidate));
    for (const auto& p : batch.set.problems) {
      const Result* r = batch.find(candidate, p.id);
      if (!r) {
        out += R"(<td data-sort="99"><span class="chip none">&mdash;</span></td>)";
        continue;
      }
      out += fmt::format(R"(<td data-sort="{}">{}</td>)", verdict_rank(r->report.verdict),
                         chip(r->report.verdict, r->report.message.empty() ? describe(r->report.verdict) : r->report.message));
    }
    out += fmt::format(R"(<td class="num" data-sort="{0}">{0:g}</td></tr>)", batch.total_score(candidate));
  }
  return out + "</tbody></table>";
}

// One stacked bar per problem: how the cohort's verdicts split.
std::string verdict_distribution(const BatchResults& batch) {
  const int label_w = 150, bar_w = 520, row_h = 30, top = 8;
  int height = top + row_h * static_cast<int>(batch.set.problems.size()) + 8;
  std::string out = fmt::format(
      R"(<svg id="verdict-distribution" class="plot" role="img" aria-label="verdicts per problem" width="{}" height="{}" viewBox="0 0 {} {}">)",
      label_w + bar_w + 60, height, label_w + bar_w + 60, height);
  int y = top;
  for (const auto& p : batch.set.problems) {
    std::map<Verdict, int> counts;
    int total = 0;
    for (const auto& r : batch.results)
      if (r.submission.problem == p.id) ++counts[r.report.verdict], ++total;
    out += fmt::format(R"(<text x="{}" y="{}" text-anchor="end">{}</text>)", label_w - 8, y + 15, e(p.id));
    double x = label_w;
    for (Verdict v : kVerdictOrder) {
      if (!counts[v]) continue;
      double w = bar_w * counts[v] / static_cast<double>(std::max(total, 1));
      out += fmt::format(R"(<rect class="bar v-{0}" x="{1:.1f}" y="{2}" width="{3:.1f}" height="20" fill="{4}"><title>{0}: {5}</title></rect>)",
                         to_string(v), x, y, w, colour_of(v), counts[v]);
      if (w >= 22)
        out += fmt::format(R"(<text x="{:.1f}" y="{}" text-anchor="middle" style="fill:{}">{}</text>)", x + w / 2, y + 14,
                           dark_text_on(v) ? "#111" : "#fff", counts[v]);
      x += w;
    }
    out += fmt::format(R"(<text x="{}" y="{}">{} graded</text>)", label_w + bar_w + 6, y + 15, total);
    y += row_h;
  }
  return out + "</svg>";
}

// The growth of a complexity class, for drawing its curve: "O(n log n)" -> n log n.
double growth(const std::string& cls, double n) {
  std::string inner = cls;
  if (inner.starts_with("O(") && inner.ends_with(")")) inner = inner.substr(2, inner.size() - 3);
  double value = 1;
  if (inner.starts_with("2^")) value = std::exp2(std::min(n, 1000.0));
  else if (auto power = inner.find("n^"); power != std::string::npos) value = std::pow(n, std::atof(inner.c_str() + power + 2));
  else if (inner.starts_with("n")) value = n;
  if (inner.find("log") != std::string::npos) value *= std::log2(std::max(n, 2.0));
  return value;
}

std::string seconds_label(double s) {
  if (s >= 1) return fmt::format("{:.2f} s", s);
  return s >= 0.01 ? fmt::format("{:.0f} ms", s * 1000) : fmt::format("{:.2g} ms", s * 1000);
}

// What the plot draws per point: the measure the class was fitted to.
struct PlotValues {
  bool counted = false;
  double value(const ComplexityPoint& p) const {
    return counted && p.instructions ? static_cast<double>(*p.instructions) : p.seconds;
  }
  std::optional<double> reference(const ComplexityPoint& p) const {
    if (counted && p.reference_instructions) return static_cast<double>(*p.reference_instructions);
    if (!counted && p.reference_seconds) return *p.reference_seconds;
    return std::nullopt;
  }
  std::string label(double v) const {
    if (!counted) return seconds_label(v);
    return v >= 1e9 ? fmt::format("{:.2f} G instr", v / 1e9) : fmt::format("{:.1f} M instr", v / 1e6);
  }
};

std::string complexity_plot(const std::string& id, const ComplexityReport& c) {
  const auto& pts = c.points;
  const PlotValues v{c.measure == "instructions"};
  const double W = 350, H = 210, L = 62, R = 12, T = 12, B = 34;
  auto [lo, hi] = std::minmax_element(pts.begin(), pts.end(), [](auto& a, auto& b) { return a.n < b.n; });
  double n0 = std::max<double>(1, lo->n), n1 = std::max<double>(n0 * 1.0001, hi->n);
  double t0 = std::max(1e-6, v.value(*lo));
  auto expected = [&](double n) { return t0 * growth(c.expected, n) / growth(c.expected, n0); };
  double ymin = 1e300, ymax = 0;
  auto widen = [&](double y) { ymin = std::min(ymin, std::max(y, 1e-6)), ymax = std::max(ymax, y); };
  for (const auto& p : pts) {
    widen(v.value(p));
    if (auto r = v.reference(p)) widen(*r);
  }
  for (double n : {n0, n1}) widen(expected(n));
  ymax = std::max(ymax, ymin * 1.0001);
  auto X = [&](double n) { return L + (W - L - R) * (std::log(n) - std::log(n0)) / (std::log(n1) - std::log(n0)); };
  auto Y = [&](double s) {
    return T + (H - T - B) * (1 - (std::log(std::max(s, 1e-6)) - std::log(ymin)) / (std::log(ymax) - std::log(ymin)));
  };

  std::string out = fmt::format(
      R"(<svg id="{}" class="plot complexity-plot" role="img" aria-label="{} against n" width="{}" height="{}" viewBox="0 0 {} {}">)",
      id, v.counted ? "instructions executed" : "CPU time", W, H, W, H);
  out += fmt::format(R"(<line x1="{0}" y1="{1}" x2="{2}" y2="{1}" stroke="#b8c0ca"/><line x1="{0}" y1="{3}" x2="{0}" y2="{1}" stroke="#b8c0ca"/>)",
                     L, H - B, W - R, T);
  out += fmt::format(R"(<text x="{}" y="{}" text-anchor="start">n = {}</text><text x="{}" y="{}" text-anchor="end">n = {}</text>)",
                     L, H - B + 14, lo->n, W - R, H - B + 14, hi->n);
  out += fmt::format(R"(<text x="{}" y="{}" text-anchor="end">{}</text><text x="{}" y="{}" text-anchor="end">{}</text>)",
                     L - 4, T + 8, v.label(ymax), L - 4, H - B, v.label(ymin));
  out += fmt::format(R"(<text x="{}" y="{}" text-anchor="middle">input size n (log scale)</text>)", (L + W - R) / 2, H - 4);

  std::string curve;
  for (int i = 0; i <= 24; ++i) {
    double n = n0 * std::pow(n1 / n0, i / 24.0);
    curve += fmt::format("{}{:.1f},{:.1f}", i ? " " : "", X(n), Y(expected(n)));
  }
  out += fmt::format(R"(<polyline class="expected" points="{}" fill="none" stroke="#5b6572" stroke-width="1.5" stroke-dasharray="5 4"><title>expected {}</title></polyline>)",
                     curve, e(c.expected));
  std::vector<ComplexityPoint> sorted = pts;
  std::sort(sorted.begin(), sorted.end(), [](auto& a, auto& b) { return a.n < b.n; });
  std::string reference;
  for (const auto& p : sorted)
    if (auto r = v.reference(p)) reference += fmt::format("{}{:.1f},{:.1f}", reference.empty() ? "" : " ", X(p.n), Y(*r));
  if (!reference.empty())
    out += fmt::format(R"(<polyline class="reference" points="{}" fill="none" stroke="#E69F00" stroke-width="2"><title>the reference solution</title></polyline>)",
                       reference);
  std::string line;
  for (const auto& p : sorted) line += fmt::format("{}{:.1f},{:.1f}", line.empty() ? "" : " ", X(p.n), Y(v.value(p)));
  out += fmt::format(R"(<polyline class="measured" points="{}" fill="none" stroke="#0072B2" stroke-width="2"/>)", line);
  for (const auto& p : sorted)
    out += fmt::format(R"(<circle cx="{:.1f}" cy="{:.1f}" r="3.5" fill="#0072B2"><title>n = {}: {}</title></circle>)",
                       X(p.n), Y(v.value(p)), p.n, v.label(v.value(p)));
  return out + "</svg>";
}

// What the measurements showed: one class, two neighbours they could not
// tell apart, or nothing sure.
std::string estimate_words(const ComplexityReport& c) {
  if (c.estimate) return *c.estimate;
  if (c.range.size() == 2) return fmt::format("{} or {} (not sure which)", c.range[0], c.range[1]);
  return "not sure";
}

std::string complexity_figure(const std::string& id, const ComplexityReport& c) {
  if (c.points.size() < 2) return "";
  const bool counted = c.measure == "instructions";
  return fmt::format(
      R"(<figure>{}<figcaption>Blue: this submission's {} per size. Orange: the reference solution's, on the same inputs. Dashed: the expected {} curve, scaled to pass through the smallest size. Estimate: {}.</figcaption></figure>)",
      complexity_plot(id, c), counted ? "instructions executed (counted)" : "median CPU time", e(c.expected),
      e(estimate_words(c)));
}

std::string tests_table(const Report& report) {
  if (report.tests.empty()) return "";
  std::string out = R"(<table class="tests"><thead><tr><th>test</th><th>verdict</th><th class="num">CPU ms</th><th class="num">memory KiB</th><th>message</th></tr></thead><tbody>)";
  for (const auto& t : report.tests) {
    // Why a test ran more than once (a confirmed time-out, a busy machine).
    std::string rerun = t.rerun.empty() ? "" : fmt::format(R"(<br><em>ran {} times: {}</em>)", t.runs, e(t.rerun));
    out += fmt::format(R"(<tr><td>{}/{}</td><td>{}</td><td class="num">{}</td><td class="num">{}</td><td class="msg">{}{}</td></tr>)",
                       e(t.group), e(t.name), chip(t.verdict, describe(t.verdict)), t.time_ms, t.memory_kb, e(t.message),
                       rerun);
  }
  if (report.tests.size() < report.tests_total)
    out += fmt::format(R"(<tr><td colspan="5" class="msg">{} more tests not run: grading stops at the first failure</td></tr>)",
                       report.tests_total - report.tests.size());
  return out + "</tbody></table>";
}

std::string problem_detail(const std::string& candidate, const Result& r) {
  const Report& report = r.report;
  std::string out = fmt::format(
      R"(<details{}><summary>{} <strong>{}</strong> <span class="msg">{} &middot; {:g}/{:g} &middot; {} of {} tests passed &middot; {} ms CPU</span></summary>)",
      report.verdict == Verdict::AC ? "" : " open", chip(report.verdict, describe(report.verdict)), e(r.submission.problem),
      e(report.language), r.score, r.weight, tests_passed(report), report.tests_total, cpu_ms(report));
  if (!report.message.empty()) out += fmt::format(R"(<p class="msg">{}</p>)", e(report.message));
  if (report.verdict == Verdict::CE) out += fmt::format(R"(<pre class="compile-log">{}</pre>)", e(report.compile.log));
  out += tests_table(report);
  if (report.complexity) {
    out += fmt::format(R"(<p class="hint">{}</p><div class="plots">{}</div>)", e(report.complexity->hint),
                       complexity_figure(fmt::format("plot-{}-{}", slug(candidate), slug(r.submission.problem)), *report.complexity));
  }
  return out + "</details>";
}

std::string candidate_details(const BatchResults& batch) {
  std::string out;
  for (const auto& candidate : batch.candidates) {
    out += fmt::format(R"(<section class="card candidate" id="cand-{}"><h3>{} <span class="msg">{:g} / {:g}</span></h3>)",
                       slug(candidate), e(candidate), batch.total_score(candidate), batch.max_score());
    bool any = false;
    for (const auto& p : batch.set.problems)
      if (const Result* r = batch.find(candidate, p.id)) out += problem_detail(candidate, *r), any = true;
    if (!any) out += R"(<p class="msg">No gradable file.</p>)";
    out += "</section>";
  }
  return out;
}

std::string skipped_list(const BatchResults& batch) {
  if (batch.skipped.empty()) return "";
  std::string out = R"(<h2>Skipped files</h2><div class="card"><table id="skipped"><tbody>)";
  for (const auto& s : batch.skipped)
    out += fmt::format(R"(<tr><td><code>{}</code></td><td class="msg">{}</td></tr>)", e(s.path.string()), e(s.reason));
  return out + "</tbody></table></div>";
}

// Sorting the cohort table by any column; the marker at the end tells a
// headless browser (and the tests) that the script ran to completion.
const char* kScript = R"JS(
(function () {
  try {
    var table = document.getElementById('cohort');
    var headers = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(headers, function (th, column) {
      th.addEventListener('click', function () {
        var ascending = th.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(headers, function (h) { h.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var numeric = th.dataset.type === 'number';
        var rows = Array.prototype.slice.call(table.tBodies[0].rows);
        rows.sort(function (a, b) {
          var x = a.cells[column].dataset.sort, y = b.cells[column].dataset.sort;
          var order = numeric ? parseFloat(x) - parseFloat(y) : x.localeCompare(y);
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { table.tBodies[0].appendChild(row); });
      });
    });
    document.getElementById('candidate-count').textContent = table.tBodies[0].rows.length;
    document.body.dataset.rendered = 'ok';
  } catch (error) {
    document.body.dataset.rendered = 'error: ' + error;
  }
})();
)JS";

}  // namespace

std::string to_html(const BatchResults& batch) {
  std::string title = batch.set.title.empty() ? "judge batch" : batch.set.title;
  return fmt::format(
      R"(<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{0}</title><style>{1}</style></head>
<body><main>
<h1>{0}</h1>
<p class="sub"><span id="candidate-count">{2}</span> candidates &times; {3} problems &middot; {4} graded, {5} skipped &middot; {6}, {7:.1f} s &middot; started {8}</p>
{9}
<h2>Cohort</h2>
<div class="card">{10}<p class="msg">Score: a problem's weight when accepted, else 0. Click a column to sort.</p></div>
<h2>Verdicts per problem</h2>
<div class="card">{11}</div>
<h2>Candidates</h2>
{12}
{13}
</main><script>{14}</script></body></html>
)",
      e(title), css(), batch.candidates.size(), batch.set.problems.size(), batch.results.size(), batch.skipped.size(),
      e(batch.daemon_socket ? "through the daemon at " + batch.daemon_socket->string()
                            : fmt::format("{} worker(s)", batch.workers)),
      batch.wall_seconds, e(batch.started_at), legend(), cohort_table(batch), verdict_distribution(batch),
      candidate_details(batch), skipped_list(batch), kScript);
}

}  // namespace judge::report
