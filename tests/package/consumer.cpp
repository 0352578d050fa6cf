// A downstream program: parses a date as the report prints it and checks the answer.
#include <jvom/jvom.hpp>

int main() {
  using namespace std::chrono;
  constexpr auto end = jvom::as_printed::end("31 augustus 2024");
  static_assert(end == jvom::EndDate::on(2024y / August / 31));
  return jvom::text::parse_count("1.481").value() == 1481 ? 0 : 1;
}
