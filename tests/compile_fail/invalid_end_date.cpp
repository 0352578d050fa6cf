// EndDate::on checks its date.
#include <jvom/end_date.hpp>

using namespace std::chrono;
constexpr auto end = jvom::EndDate::on(2025y / February / 29);
