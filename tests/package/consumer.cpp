// A downstream program: parses a date as the report prints it and checks the answer, and adds up the 2025
// report's annex 2 by region on two threads (which the package's link to Threads::Threads makes possible).
#include <jvom/algorithms/parallel.hpp>
#include <jvom/datasets/jvom2025.hpp>
#include <jvom/jvom.hpp>

int main() {
  using namespace std::chrono;
  constexpr auto end = jvom::as_printed::end("31 augustus 2024");
  static_assert(end == jvom::EndDate::on(2024y / August / 31));
  const auto& rows = jvom::datasets::jvom2025::report.annex2;
  const auto on_threads = jvom::totals_by_region(jvom::Parallel{.threads = 2, .min_per_thread = 1}, rows);
  const auto on_one = jvom::totals_by_region(rows);
  const bool same = on_threads.size() == on_one.size() && on_threads[0] == on_one[0];
  return jvom::text::parse_count("1.481").value() == 1481 && same ? 0 : 1;
}
