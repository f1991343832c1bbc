// The only place where outcomes become exit statuses (see ExitCode in model/error.hpp).
#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>

#ifdef __GLIBC__
#include <malloc.h>
#endif

#include "cli/app.hpp"
#include "cli/context.hpp"
#include "cli/huge_pages.hpp"
#include "kamgraph/model/error.hpp"

namespace {

// A big import holds a few hundred MB of records in vectors that grow, are sorted into new
// vectors and are freed. glibc gives a large allocation (above 128 KiB at first, the bar
// rising to 32 MiB) its own mmap and unmaps it on free, so the next one is faulted in page
// by page again. On the benchmark machine, a virtual machine where a page fault is dear,
// keeping every allocation in the heap, whose freed pages are reused, took a
// 10,000-account import from 10.8 s to 8.7 s (README: Performance). A command that runs
// for seconds gives nothing back to the system that it would miss.
void keep_freed_memory() {
#ifdef __GLIBC__
  mallopt(M_MMAP_MAX, 0);
#endif
}

}  // namespace

int main(int argc, char** argv) {
  using kamgraph::ExitCode;
  keep_freed_memory();
  kamgraph::cli::Context ctx;
  ctx.big_heap_ahead = [argv] { kamgraph::cli::restart_with_huge_pages(argv); };
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
