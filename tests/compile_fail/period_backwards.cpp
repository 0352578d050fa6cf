// A period that ends before it starts is a compile error.
#include <jvom/reporting_period.hpp>

using namespace std::chrono;
constexpr jvom::ReportingPeriod backwards{2025y / April / 30, 2024y / May / 1};
