// The only place where outcomes become exit statuses (see ExitCode in model/error.hpp).
#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>

#include "cli/app.hpp"
#include "cli/context.hpp"
#include "kamgraph/model/error.hpp"

int main(int argc, char** argv) {
  using kamgraph::ExitCode;
  kamgraph::cli::Context ctx;
  auto app = kamgraph::cli::make_app(ctx);
  try {
    app->parse(argc, argv);
    return static_cast<int>(ExitCode::ok);
  } catch (const CLI::Success& e) {  // --help, --version
    return app->exit(e);
  } catch (const CLI::ParseError& e) {
    app->exit(e);
    return static_cast<int>(ExitCode::usage);
  } catch (const kamgraph::InputError& e) {
    std::cerr << "kamgraph: error: the input has " << e.diagnostics().size()
              << (e.diagnostics().size() >= kamgraph::kMaxDiagnostics ? " or more" : "")
              << " problem(s); nothing was imported\n"
              << e.what() << '\n';
    return static_cast<int>(e.code());
  } catch (const kamgraph::Error& e) {
    std::cerr << "kamgraph: error: " << e.what() << '\n';
    return static_cast<int>(e.code());
  } catch (const std::exception& e) {
    std::cerr << "kamgraph: internal error: " << e.what()
              << "\nThis is a bug in kamgraph; please report it with the command you ran.\n";
    return static_cast<int>(ExitCode::internal);
  }
}
