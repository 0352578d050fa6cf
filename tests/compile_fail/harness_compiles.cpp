// The twin of every compile-fail case: the same constructs with valid input compile.
#include <jvom/jvom.hpp>

using namespace std::chrono;
constexpr jvom::PersonnelCount four{.military = 4};
constexpr auto sum = jvom::checked_add(jvom::max_headcount - 1, 1);
constexpr auto date = jvom::as_printed::date("28 februari 2025");
constexpr auto abbreviated = jvom::as_printed::end("31 aug 2024");
constexpr auto basis = jvom::as_printed::legal_basis("VNVR-resolutie 82 en 83");
constexpr auto end = jvom::EndDate::on(2024y / February / 29);
constexpr jvom::ReportingPeriod period{2024y / May / 1, 2025y / April / 30};
static_assert(four.military == 4 && sum == jvom::max_headcount && date.ok() && abbreviated.is_date() &&
              basis.resolutions().size() == 2 && end.is_date() && period.days() == 365);

// The valid twins of the dataset cases: the same data, acknowledged or consistent, compiles.
#include "kfor_dataset.hpp"
#include "unifil_dataset.hpp"

inline constexpr jvom::Acknowledgement unifil_acknowledged[] = {
    {"dates.mandate_expired", "UNIFIL", "extended by VNVR-resolutie 2749; the annex was not updated"},
    {"dates.framework_expired", "UNIFIL", "the framework was extended with the mandate"},
};
inline constexpr jvom::Report unifil{
    .period = unifil_period, .annex1 = unifil_annex1, .annex2 = unifil_annex2, .acknowledgements = unifil_acknowledged};
inline constexpr jvom::Report kfor{.period = kfor_period, .annex1 = kfor_annex1, .annex2 = kfor_annex2};
inline constexpr auto at_most_three =
    jvom::mission_check("acme.at_most_three_deployed", jvom::Severity::warning, "more than three people deployed",
                        [](const jvom::Mission& m) { return m.deployed.total() > 3; });
static_assert(jvom::valid<unifil>());
static_assert(jvom::valid<kfor, jvom::default_config, at_most_three>());

// The valid twins of the temporary cases: a view of a report that is kept.
#include <jvom/io/dataset.hpp>

inline std::size_t rows_of(const std::filesystem::path& dir) {
  const jvom::io::LoadResult loaded = jvom::io::load_dataset(dir);
  const jvom::OwnedReport owned;
  return loaded.report ? loaded.report->report().annex1.size() + owned.report().annex2.size() : 0;
}
