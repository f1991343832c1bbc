#include <CLI/CLI.hpp>
#include <charconv>
#include <cmath>
#include <fstream>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "cli/format.hpp"
#include "cli/time_options.hpp"
#include "kamgraph/model/error.hpp"
#include "kamgraph/plan/audit.hpp"
#include "kamgraph/render/audit_html.hpp"

namespace kamgraph::cli {
namespace {

struct AuditArgs {
  std::vector<std::string> segments;
  std::vector<std::string> owners;
  std::string sort = "revenue";
  std::string format;
  std::string output = "-";
  std::string abc;           // "80,95"
  std::string matrix_cut;    // "0.6,0.6"
  std::string contribution;  // "1000000,2500000"
  std::string margin;        // "0.2,0.15,0.12"
  TimeArgs time;
};

// "a,b[,c]" as exactly `n` finite numbers; Error(usage) naming the option otherwise.
std::vector<double> numbers(const std::string& text, std::size_t n, const std::string& option,
                            const std::string& example) {
  std::vector<double> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t comma = text.find(',', start);
    if (comma == std::string::npos) comma = text.size();
    std::string part = text.substr(start, comma - start);
    while (!part.empty() && part.front() == ' ') part.erase(part.begin());
    while (!part.empty() && part.back() == ' ') part.pop_back();
    double v = 0;
    auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), v);
    if (part.empty() || ec != std::errc{} || end != part.data() + part.size() || !std::isfinite(v))
      throw Error(ExitCode::usage, option + " '" + text + "': expected " + std::to_string(n) +
                                       " numbers separated by commas, for example " + example);
    out.push_back(v);
    start = comma + 1;
  }
  if (out.size() != n)
    throw Error(ExitCode::usage, option + " '" + text + "': expected " + std::to_string(n) +
                                     " numbers separated by commas, for example " + example);
  return out;
}

AuditOptions options_of(const AuditArgs& args) {
  AuditOptions o;
  o.time = args.time.resolve();
  for (const auto& word : args.segments) {
    if (normalise_word(word) == "none") {
      o.segments.push_back(std::nullopt);
      continue;
    }
    auto s = parse_segment(word);
    if (!s) {
      auto words = segment_words();
      words.push_back("none");
      std::string hint = nearest_word(word, words);
      throw Error(ExitCode::usage, "--segment '" + word +
                                       "': not a segment (strategic, status, star, opportunity, "
                                       "none)" +
                                       (hint.empty() ? "" : "; did you mean '" + hint + "'?"));
    }
    o.segments.push_back(*s);
  }
  o.owners = args.owners;
  auto sort = parse_audit_sort(args.sort);
  if (!sort) {
    std::string words;
    for (const auto& w : audit_sort_words()) words += (words.empty() ? "" : ", ") + w;
    throw Error(ExitCode::usage, "--sort '" + args.sort + "': sort by one of " + words);
  }
  o.sort = *sort;
  if (!args.abc.empty()) {
    auto v = numbers(args.abc, 2, "--abc", "80,95 (percent of revenue)");
    o.segmentation.abc = {v[0] / 100.0, v[1] / 100.0};
    // Checked here so that the message speaks in the option's percent.
    if (!(v[0] > 0 && v[0] < v[1] && v[1] <= 100))
      throw Error(ExitCode::usage, "--abc '" + args.abc + "': need 0 < A < B <= 100, e.g. 80,95");
  }
  if (!args.matrix_cut.empty()) {
    auto v = numbers(args.matrix_cut, 2, "--matrix-cut", "0.6,0.6");
    if (v[0] < 0 || v[0] > 1 || v[1] < 0 || v[1] > 1)
      throw Error(ExitCode::usage,
                  "--matrix-cut '" + args.matrix_cut + "': the scores are in [0,1], e.g. 0.6,0.6");
    o.segmentation.matrix = {v[0], v[1]};
  }
  if (!args.contribution.empty()) {
    auto v = numbers(args.contribution, 2, "--contribution-split", "1000000,2500000");
    o.segmentation.contribution = ContributionSplit{v[0], v[1]};
  }
  if (!args.margin.empty()) {
    auto v = numbers(args.margin, 3, "--margin-cuts", "0.2,0.15,0.12");
    if (!(v[0] >= v[1] && v[1] >= v[2]))
      throw Error(ExitCode::usage, "--margin-cuts '" + args.margin +
                                       "': classes 1 to 3 from the highest margin down, e.g. "
                                       "0.2,0.15,0.12");
    o.segmentation.margin = MarginCuts{v[0], v[1], v[2]};
  }
  return o;
}

void run_audit(const Context& ctx, const AuditArgs& args) {
  const AuditOptions options = options_of(args);  // bad options fail before the store opens
  auto store = ctx.open_existing_store();
  const PortfolioAudit audit = audit_portfolio(*store, options);
  std::string text;
  if (args.format == "json")
    text = audit_json(audit);
  else if (args.format == "csv")
    text = audit_csv(audit);
  else if (args.format == "html")
    text = audit_html(audit);
  else
    text = audit_text(audit, args.format == "md" ? TextStyle::markdown : TextStyle::plain);

  write_output(args.output, text);
  if (args.output == "-") return;
  note(ctx,
       "wrote the audit of " + std::to_string(audit.rows.size()) + " account(s) to " + args.output);
}

}  // namespace

void setup_audit(CLI::App& app, Context& ctx) {
  auto args = std::make_shared<AuditArgs>();
  auto* cmd = app.add_subcommand(
      "audit",
      "The portfolio at a glance, for sales managers: one row per account with its segment,\n"
      "ABC class, revenue, red / amber / green status, coverage, relationship stage, key roles\n"
      "known, uncovered deciders, single points of failure, threads, stale key ties, open and\n"
      "overdue actions and whether the segment's coverage policy is met; the colleagues the\n"
      "deciders of several accounts hang on (key-person risk, with the revenue at risk); and\n"
      "the ABC, attractiveness x supplier-strength, current x potential and revenue x margin\n"
      "matrices.\n"
      "  kamgraph audit --as-of 2026-11-23\n"
      "  kamgraph audit --segment strategic --segment status --sort status -f md\n"
      "  kamgraph audit --owner int_kam_rossi            # the accounts Rossi has a thread to\n"
      "  kamgraph audit -f html -o portfolio.html        # self-contained report");
  cmd->add_option("--segment", args->segments,
                  "Only these segments (strategic, status, star, opportunity, none); an account "
                  "without one is placed by its scores")
      ->take_all();
  cmd->add_option("--owner", args->owners,
                  "Only accounts where this colleague (internal person id) holds a direct tie")
      ->take_all();
  cmd->add_option("--sort", args->sort, "revenue, status, coverage, account or segment")
      ->capture_default_str();
  add_format_option(*cmd, args->format, {"table", "json", "csv", "md", "html"});
  cmd->add_option("-o,--output", args->output, "File to write; '-' is stdout")
      ->capture_default_str();
  cmd->add_option("--abc", args->abc,
                  "ABC cut-offs in percent of cumulative revenue (default 80,95)");
  cmd->add_option("--matrix-cut", args->matrix_cut,
                  "Attractiveness and supplier-strength scores that count as high (default "
                  "0.6,0.6)");
  cmd->add_option("--contribution-split", args->contribution,
                  "Revenue and potential that count as high (default: the portfolio's medians)");
  cmd->add_option("--margin-cuts", args->margin,
                  "Lowest margins of classes 1, 2 and 3 (default: the portfolio's quartiles)");
  add_time_options(*cmd, args->time);
  cmd->callback([&ctx, args] { run_audit(ctx, *args); });
}

}  // namespace kamgraph::cli
