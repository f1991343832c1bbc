// kamgraph render: an account's stakeholder map as SVG, PNG, PDF or DOT.
#include <CLI/CLI.hpp>
#include <fstream>
#include <iostream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/context.hpp"
#include "cli/format.hpp"
#include "cli/time_options.hpp"
#include "kamgraph/analysis/analyze.hpp"
#include "kamgraph/model/error.hpp"
#include "kamgraph/render/map.hpp"

namespace kamgraph::cli {
namespace {

struct RenderOptions {
  std::string account;
  std::string output;
  std::string format;  // empty: from the output's extension
  std::string view;    // empty: stakeholders, or ego with --around
  std::string around;
  int depth = 1;
  std::string engine;
  double min_power = 0;
  std::vector<std::string> roles;
  std::string department;
  std::vector<std::string> without;
  TimeArgs time;
};

std::vector<Role> parse_roles(const std::vector<std::string>& words) {
  std::vector<Role> roles;
  for (const auto& raw : words) {
    for (std::size_t start = 0; start <= raw.size();) {
      std::size_t end = raw.find(';', start);
      if (end == std::string::npos) end = raw.size();
      const std::string word = raw.substr(start, end - start);
      start = end + 1;
      if (normalise_word(word).empty()) continue;
      const auto meaning = parse_role_word(word);
      if (meaning && !meaning->role)
        throw Error(ExitCode::usage,
                    "--roles: '" + word + "' " +
                        (meaning->attitude ? "is an attitude, not a role" : "names no role"));
      if (!meaning) {
        std::string message = "--roles: '" + word + "' is not a role";
        const std::string near = nearest_word(word, role_words());
        if (!near.empty()) message += " (did you mean '" + near + "'?)";
        throw Error(ExitCode::usage, message);
      }
      roles.push_back(*meaning->role);
    }
  }
  return roles;
}

ImageFormat resolve_format(const RenderOptions& opt) {
  if (!opt.format.empty()) return *parse_image_format(opt.format);
  if (opt.output == "-")
    throw Error(ExitCode::usage, "writing to stdout (-o -): name the format with --format");
  if (auto f = image_format_for_path(opt.output)) return *f;
  throw Error(ExitCode::usage, "cannot tell the format from '" + opt.output +
                                   "': end it in .svg, .png, .pdf or .dot, or use --format");
}

void run_render(const Context& ctx, const RenderOptions& opt) {
  const ImageFormat format = resolve_format(opt);
  MapOptions map;
  map.view = opt.view.empty() ? (opt.around.empty() ? MapView::stakeholders : MapView::ego)
                              : *parse_map_view(opt.view);
  map.around = opt.around;
  map.depth = opt.depth;
  map.engine = opt.engine;
  map.min_power = opt.min_power;
  map.roles = parse_roles(opt.roles);
  map.department = opt.department;

  auto store = ctx.open_existing_store();
  const Dataset data = store->account_data(opt.account);
  // Refuses a map that is too big before the analysis runs.
  const auto people = map_people(data, opt.account, map);

  AnalysisOptions analysis_options;
  analysis_options.time = opt.time.resolve();
  analysis_options.without = opt.without;
  const AccountAnalysis analysis = analyze_account(data, opt.account, analysis_options);
  const std::string dot = map_dot(data, analysis, map);
  write_output(opt.output, format == ImageFormat::dot ? dot : render_image(dot, format));
  if (opt.output != "-")
    note(ctx, "wrote " + opt.output + ": the " + std::string(to_string(map.view)) + " map of " +
                  opt.account + ", " + std::to_string(people.size()) + " people, laid out by " +
                  map_engine(map, static_cast<int>(people.size())));
}

}  // namespace

void setup_render(CLI::App& app, Context& ctx) {
  auto opt = std::make_shared<RenderOptions>();
  auto* cmd = app.add_subcommand(
      "render",
      "Draw an account's stakeholder map with Graphviz: who is who in the buying centre,\n"
      "what they think of us, who on our team knows them, and where the gaps are. A legend\n"
      "in the picture explains shapes, colours and lines.\n"
      "  kamgraph render hospital -o hospital.png\n"
      "  kamgraph render hospital -o influence.svg --view influence\n"
      "  kamgraph render hospital -o ego.pdf --around os_dg --depth 2\n"
      "  kamgraph render big_account -o deciders.svg --roles decider,approver --min-power 0.6");
  cmd->add_option("ACCOUNT", opt->account, "Account id")->required();
  cmd->add_option("-o,--output", opt->output, "File to write ('-' is stdout)")->required();
  std::vector<std::string> formats;
  for (auto f : {ImageFormat::svg, ImageFormat::png, ImageFormat::pdf, ImageFormat::dot})
    formats.emplace_back(to_string(f));
  cmd->add_option("-f,--format", opt->format,
                  "svg|png|pdf|dot (default: from the -o file's extension); dot is the map's "
                  "Graphviz source, before layout")
      ->check(CLI::IsMember(formats));
  std::vector<std::string> views;
  for (MapView v : all_map_views()) views.emplace_back(to_string(v));
  cmd->add_option("--view", opt->view,
                  "stakeholders (default): our team and the customer by department; orgchart: "
                  "the reporting hierarchy with relationships overlaid; influence: who shapes "
                  "whom, with decision weights; coverage: our team's reach, gaps and single "
                  "points of failure; ego: one person's neighbourhood (--around)")
      ->check(CLI::IsMember(views));
  cmd->add_option("--around", opt->around, "Ego view: the id of the person at the centre");
  cmd->add_option("--depth", opt->depth,
                  "Ego view: how many relationships out from the centre (1 to " +
                      std::to_string(kMaxEgoDepth) + ")")
      ->capture_default_str();
  cmd->add_option("--engine", opt->engine,
                  "Graphviz layout engine: dot, neato, fdp, sfdp, twopi, circo (default: dot; "
                  "sfdp above " +
                      std::to_string(kBigMapPeople) + " people; twopi for the ego view)")
      ->check(CLI::IsMember(map_engines()));
  cmd->add_option("--min-power", opt->min_power,
                  "Only customer and outside people with at least this power (0 to 1)");
  cmd->add_option("--roles", opt->roles,
                  "Only people holding one of these roles (comma-separated, e.g. "
                  "decider,approver)")
      ->delimiter(',');
  cmd->add_option("--department", opt->department, "Only customer people of this department");
  cmd->add_option("--without", opt->without, "What-if: draw the map as if these people had left");
  add_time_options(*cmd, opt->time);
  cmd->footer("A map shows at most " + std::to_string(kMaxMapPeople) +
              " people; for bigger accounts use the filters or --around.\n"
              "Our team members stay on a filtered map when they know someone shown.");
  cmd->callback([&ctx, opt] { run_render(ctx, *opt); });
}

}  // namespace kamgraph::cli
